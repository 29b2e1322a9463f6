"""Rules the leftovers of sets 105, 106 and 107 called for, each on phrasings of its own.

Set 105 is biomedicine (a firm's own registrations), set 106 the year's review and the year ahead
(parts of the key projects with no whole counted, the rest under way, goals listed, an office's
services, brands chosen, old estates to renew), set 107 foreign capital and firms going abroad
(lines built with capital added, a line fitted inside a works, a plant abroad's figures, outward
investments filed, three rates in turn).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _batches(page: str) -> list[tuple]:
    return sorted(((r.get("count"), r.get("event"), r.get("region"), r.get("total_cny"))
                   for r in records(page, "batch")), key=str)


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("region")) for r in records(page, "indicator")]


def _values(page: str) -> list:
    return [r.get("value") for r in records(page, "indicator")]


# --- indicators: three subjects sharing a measure given their rates in turn -------------------------

def test_three_subjects_sharing_a_measure_get_a_rate_each() -> None:
    page = ("盈江县外贸稳中有进\n\n本报讯 1—9月，盈江县出口12.6亿元，增长9.1%。从商品看，"
            "咖啡豆、坚果和竹木制品出口分别增长14.2%、8.7%和6.3%。\n")
    stats = {m: v for m, v, _ in _stats(page)}
    assert stats.get("咖啡豆出口") == 14.2
    assert stats.get("坚果出口") == 8.7
    assert stats.get("竹木制品出口") == 6.3


def test_three_kinds_of_output_in_turn_after_the_measure_last() -> None:
    page = ("永德县工业运行\n\n本报讯 今年以来，永德县规上工业增加值增长8.2%。从产品看，"
            "蔗糖、茶叶和水泥产量分别增长5.2%、11.6%和3.4%。\n")
    stats = {m: v for m, v, _ in _stats(page)}
    assert stats.get("蔗糖产量") == 5.2 and stats.get("水泥产量") == 3.4


def test_subjects_outnumbering_their_rates_are_not_split() -> None:
    # four parts (``社会保障和就业`` is one subject) for three rates: no statistic per part
    page = ("沧源县财政支出\n\n本报讯 1—4月，沧源佤族自治县教育、卫生健康、社会保障和就业支出"
            "分别增长6.1%、7.4%和4.9%。\n")
    assert not any(m and m.startswith("教育") and m.endswith("出口") for m, _, _ in _stats(page))
    assert not any(m in ("卫生健康支出", "就业支出") for m, _, _ in _stats(page))


# --- indicators: outward investments filed -------------------------------------------------------------

def test_outward_investments_filed_are_a_statistic() -> None:
    page = ("赫章县企业“走出去”\n\n本报讯 今年以来，赫章县共备案境外投资项目4个，中方投资额0.8亿美元。\n")
    assert 4 in _values(page)
    page = ("纳雍县对外投资\n\n本报讯 1—9月，纳雍县企业境外投资备案项目7个。\n")
    assert 7 in _values(page)


def test_projects_signed_stay_no_statistic() -> None:
    page = ("赫章县招商引资\n\n本报讯 今年以来，赫章县签约招商项目12个，协议投资额36亿元。\n")
    assert 12 not in _values(page)


# --- indicators: a plant abroad's figures --------------------------------------------------------------

def test_a_plant_abroad_taken_up_keeps_its_figures() -> None:
    page = ("企业出海\n\n本报讯 去年，永德县一家机械企业在老挝万象建成海外工厂。该海外工厂总投资3200万美元，"
            "占地80亩，年产各类农机600台(套)，当地员工占比超过七成。今年以来，永德县农机产量达到1.2万台。\n")
    values = _values(page)
    assert 600 not in values and 32000000 not in values
    assert 1.2 in values  # the county's own output stays


# --- indicators: an office's services, a firm's own papers, brands chosen ----------------------------

def test_matters_an_office_handled_are_no_statistic() -> None:
    page = ("营商环境\n\n本报讯 今年以来，西盟佤族自治县政务服务中心为300余家企业办理各类事项2100余件，"
            "全县新登记市场主体1800户。\n")
    values = _values(page)
    assert 2100 not in values
    assert 1800 in values


def test_matters_handled_with_no_office_words_stay_as_before() -> None:
    page = ("西盟佤族自治县市场主体\n\n本报讯 今年以来，西盟佤族自治县新登记市场主体1800户，同比增长6.2%。\n")
    assert 1800 in _values(page)


def test_a_firm_s_own_papers_are_no_statistic_but_the_county_s_are() -> None:
    page = ("景东彝族自治县医药产业\n\n本报讯 某某生物2019年在景东投产，目前拥有医疗器械注册证52张。"
            "全县医药企业目前拥有医疗器械注册证210张。\n")
    values = _values(page)
    assert 52 not in values
    assert 210 in values


def test_brands_named_then_chosen_are_no_statistic() -> None:
    page = ("宁洱哈尼族彝族自治县农业品牌\n\n本报讯 “宁洱普洱茶”等4个品牌入选全省农业品牌目录。"
            "全县农产品品牌达到36个。\n")
    values = _values(page)
    assert 4 not in values
    assert 36 in values


# --- indicators: goals listed, old estates ---------------------------------------------------------------

def test_the_last_of_goals_closing_on_what_they_are_is_read() -> None:
    page = ("墨江哈尼族自治县2026年展望\n\n本报讯 展望2026年，墨江哈尼族自治县提出地区生产总值增长6%左右、"
            "规模以上工业增加值增长7%左右、固定资产投资增长8%以上的预期目标。\n")
    recs = records(page, "indicator")
    fixed = [r for r in recs if r.get("metric") == "固定资产投资"]
    assert fixed and fixed[0].get("value") == 8.0 and fixed[0].get("status") == "target"


def test_a_goal_named_as_a_noun_after_its_rate_stays_none() -> None:
    page = ("墨江哈尼族自治县\n\n本报讯 墨江哈尼族自治县明确增长10%的目标企业名单。\n")
    assert 10.0 not in _values(page)


def test_old_estates_after_another_works_are_the_place_s() -> None:
    page = ("钟山区民生实事\n\n本报讯 今年，钟山区将加快推进总投资8.5亿元的区人民医院综合楼项目，"
            "确保年底主体封顶。全年争取中央预算内资金不低于5亿元，改造城镇老旧小区28个，新建改建城市道路10公里。\n")
    assert 28 in _values(page)


def test_old_estates_after_a_visit_to_an_estate_s_works_stay_theirs() -> None:
    page = ("钟山区观摩\n\n本报讯 观摩团来到钟山区某某老旧小区改造项目现场。今年全区改造老旧小区23个。\n")
    assert 23 not in _values(page)


# --- batches: the part of a batch started, parts with no whole, the rest under way -------------------

def test_a_part_told_by_its_kind_after_其中_is_no_started_part() -> None:
    page = ("琼中黎族苗族自治县招商\n\n本报讯 今年以来，琼中黎族苗族自治县新引进项目8个，"
            "其中6个为农产品加工项目。\n")
    assert not [b for b in _batches(page) if b[0] == 6 and b[1] == "started"]


def test_parts_of_the_projects_carried_out_are_batches_with_no_whole() -> None:
    page = ("县区速览\n\n白沙黎族自治县：去年白沙黎族自治县实施的县级重点项目中,已竣工7个、在建11个\n"
            ",完成投资18.4亿元。\n")
    batches = _batches(page)
    assert (7, "completed", "白沙黎族自治县", None) in batches
    assert (11, "under_construction", "白沙黎族自治县", None) in batches  # the spending is of them all


def test_one_part_of_the_projects_carried_out_alone_is_none() -> None:
    page = ("县区速览\n\n本报讯 全年推进的重点项目中，已竣工9个。\n")
    assert not [b for b in _batches(page) if b[0] == 9]


def test_the_rest_under_way_is_a_batch() -> None:
    page = ("景东彝族自治县项目建设\n\n本报讯 去年，景东彝族自治县全年实施的38个重点项目中，已竣工投产15个，"
            "其余23个正在加快建设。\n")
    assert (23, "under_construction", "景东彝族自治县", None) in _batches(page)


def test_the_rest_still_to_start_is_none() -> None:
    page = ("镇沅项目建设\n\n本报讯 今年镇沅彝族哈尼族拉祜族自治县计划新开工的30个重点项目中，已开工27个，"
            "剩余3个项目力争11月底前全部开工。\n")
    assert not [b for b in _batches(page) if b[0] == 3]


# --- projects: lines built with capital added, a line fitted inside a works ------------------------------

def test_a_line_built_with_capital_added_in_yen_after_its_site() -> None:
    page = ("本报讯 日前，永德县与日本某某工业株式会社签订增资协议。"
            "该公司在永德设立的永德某某精密机械有限公司将追加投资30亿日元,在永德工业园区新建精密齿轮生产线,建成后每年新增精密齿轮800万套。\n")
    found = projects(page)
    assert "精密齿轮生产线" in found
    assert found["精密齿轮生产线"].get("investor") == "永德某某精密机械有限公司"


def test_a_line_put_up_by_a_parent_s_capital_is_named_without_its_count() -> None:
    page = ("◆近日，韩国某某精工株式会社宣布对其在赫章设立的赫章某某有限公司增资1500万美元，"
            "新上一条汽车座椅骨架生产线，增资后企业年产能将提高到500万件。\n")
    found = projects(page)
    assert "汽车座椅骨架生产线" in found
    assert found["汽车座椅骨架生产线"].get("investor") == "韩国某某精工株式会社"


def test_capital_added_for_working_funds_builds_nothing() -> None:
    page = ("本报讯 纳雍某某有限公司日前增资2000万元，主要用于补充流动资金。\n")
    assert not projects(page)


def test_a_line_fitted_inside_the_works_told_before_is_no_project() -> None:
    page = ("本报讯 纳雍某某铝业有限公司在老挝投资建设的铝板带加工项目正在加快建设,项目总投资1.2亿美元,"
            "目前主厂房已封顶,冷轧生产线设备正在安装,预计明年投产。\n")
    assert list(projects(page)) == ["铝板带加工项目"]


def test_a_line_fitted_on_its_own_stays_a_project() -> None:
    page = ("本报讯 沧源佤族自治县年产5万吨木材加工生产线设备已进场调试。\n")
    assert any("木材加工生产线" in n for n in projects(page))


# --- cleaning: a blank inside a works' name on a column paragraph's first line ----------------------

def test_a_blank_inside_a_capacity_name_opening_a_column_paragraph_goes() -> None:
    page = ("纳雍县重点项目集中开工\n\n本报讯 1月8日，纳雍县首批重点项目集中开工仪式在\n"
            "县经济开发区举行，12个项目集中开工，总投资46亿元。\n"
            "主会场的年产3万吨精密铸件 项目由贵州某某机械制造有限公司投资\n"
            "6.2亿元建设，占地120亩，达产后年产值可达8亿元。\n")
    text = doc(page).text
    assert "年产3万吨精密铸件项目由贵州某某机械制造有限公司投资6.2亿元建设" in text


def test_a_title_with_a_blank_under_a_paragraph_keeps_it() -> None:
    page = ("县区速览\n\n本报讯 今年，赫章县将坚持项目为王，全力以赴抓招商、上项目、促投资，\n"
            "确保全年签约项目不少于30个。\n"
            "威宁:高原人气旺 项目底气足\n"
            "本报记者 某某某 通讯员 某某\n"
            "岁末年初，赫章县游人如织。1月7日，记者从县文化和旅游局获悉，\n"
            "全县去年接待游客320万人次，增长12%。\n")
    assert "人气旺 项目底气足" in doc(page).text


def test_a_blank_between_a_class_and_its_noun_stays() -> None:
    page = ("本报讯 今年以来，沧源佤族自治县加快项目建设，全年计划实施重点项目40个。\n"
            "全县新开工 项目共12个，总投资36亿元，完成投资8亿元。\n")
    assert "新开工 项目" in doc(page).text


# --- projects: a numbered item restating a project named with its firm -------------------------------

def test_an_item_restating_a_project_named_with_its_firm_is_that_project() -> None:
    page = ("盈江县2026年重点项目\n\n本报讯 2026年盈江县计划实施重点项目60个。将开工建设云南某某硅业有限公司"
            "年产3万吨工业硅项目、盈江县城市供水提升工程等项目。\n\n"
            "**附：2026年部分计划新开工重点项目**\n\n"
            "1.年产3万吨工业硅项目：总投资12亿元，建设地点盈江县工业园区，计划3月开工；\n"
            "2.盈江县城市供水提升工程：总投资2.6亿元，计划二季度开工。\n")
    found = projects(page)
    silicon = [n for n in found if "工业硅" in n]
    assert len(silicon) == 1
    assert found[silicon[0]].get("investment_cny") == 1200000000


def test_an_item_of_a_project_named_without_a_firm_before_stays_one() -> None:
    page = ("盈江县2026年重点项目\n\n本报讯 2026年盈江县计划实施重点项目60个。\n\n"
            "1.年产3万吨工业硅项目：总投资12亿元，建设地点盈江县工业园区，计划3月开工；\n"
            "2.盈江县城市供水提升工程：总投资2.6亿元，计划二季度开工。\n")
    found = projects(page)
    assert "年产3万吨工业硅项目" in found
    assert found["年产3万吨工业硅项目"].get("investment_cny") == 1200000000


def test_firms_whose_plants_started_are_no_statistic_but_the_firms_a_place_has_are() -> None:
    page = ("本报讯 西盟佤族自治县商务局介绍，今年以来全县已有3家外资企业落地投产，全县外资企业达到12家。\n")
    values = _values(page)
    assert 3 not in values
    assert 12 in values


def test_a_line_built_after_a_capital_agreement_signed_is_signed() -> None:
    page = ("本报讯 日前，西盟佤族自治县与日本某某工业株式会社签订增资协议。某某工业在西盟设立的中外合资企业"
            "西盟某某精密机械有限公司将追加投资30亿日元,在县工业园区新建精密齿轮生产线。\n")
    line = projects(page)["精密齿轮生产线"]
    assert line.get("stage") == "signed"
    assert line.get("investor") == "西盟某某精密机械有限公司"


def test_capital_announced_with_no_agreement_leaves_the_stage_open() -> None:
    page = ("本报讯 5月，瑞士某某精工集团宣布增资8000万欧元，扩建其在景东的医疗器械工厂。\n")
    plant = projects(page)["医疗器械工厂"]
    assert plant.get("stage") is None
