"""Rules the misses of the twenty-seventh held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 10, 22)


_doc, _records, _ = rule_helpers(DAY)


def test_a_comparison_base_is_no_scope_of_the_next_clause() -> None:
    page = ("德阳工业稳中有升\n\n本报讯 1-9月,德阳市规上工业增加值同比增长7.4%,"
            "增速高于全省平均水平0.9个百分点;完成工业投资188.6亿元,同比增长12.1%。\n")
    regions = {r.get("value"): r.get("region") for r in _records(page, "indicator")}
    assert regions.get(18860000000) == "德阳市", regions
    page2 = ("泸州外贸\n\n本报讯 前三季度,泸州市外贸进出口总额同比增长9.2%,较全省平均水平高1.5个百分点;"
             "实际利用外资3.1亿美元。\n")
    assert all(r.get("region") != "四川省" for r in _records(page2, "indicator"))
    # a scope word that is the subject still gives the region
    page3 = "全省经济\n\n本报讯 1-9月,全省规上工业增加值同比增长6.2%;完成工业投资2100亿元。\n"
    assert {r.get("region") for r in _records(page3, "indicator")} <= {"四川省", None}


def test_a_gain_on_last_years_period_is_no_statistic() -> None:
    page = "某县产业\n\n本报讯 1-9月,剑阁县文旅综合收入25.4亿元,较去年同期增加3.2亿元。\n"
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 2540000000 in values and 320000000 not in values, values


def test_a_ranking_by_a_named_city_after_a_gap_in_points() -> None:
    page = ("某县工业\n\n本报讯 今年1-9月,苍溪县规上工业增加值同比增长10.3%,"
            "增速比全市平均水平高1.8个百分点,居广元市第一。\n")
    ranks = [r for r in _records(page, "indicator") if "排名" in (r.get("metric") or "")]
    assert [(r.get("value"), r.get("unit"), r.get("region")) for r in ranks] == [(1, "名", "苍溪县")], ranks


def test_a_signing_with_a_number_of_firms_and_its_sum_is_a_batch() -> None:
    page = "某区签约\n\n本报讯 10月9日,船山区与5家企业签订合作协议,签约总金额达22.6亿元。\n"
    batches = [(r.get("count"), r.get("total_cny"), r.get("event")) for r in _records(page, "batch")]
    assert batches == [(5, 2260000000, "signed")], batches


def test_a_count_of_the_projects_just_named_before_a_forecast_is_no_batch() -> None:
    page = ("某县签约\n\n本报讯 会上,甲乙科技公司投资3亿元建设电子元件项目;"
            "丙丁食品公司投资2亿元建设调味品项目。两个项目建成投产后,预计年产值可达12亿元。\n")
    assert all(r.get("count") != 2 for r in _records(page, "batch"))


def test_a_scene_label_with_its_photographer_and_a_bulleted_caption() -> None:
    assert classify_text(["集中开工仪式现场 李四 摄"], 0) == ("caption", "scene label")
    assert classify_text(["■ 图为项目建设现场。"], 0) == ("caption", "caption line")
    assert classify_text(["会议现场气氛热烈,与会代表踊跃发言 张三 摄影师说"], 0) is None


def _clean(page: str) -> str:
    return _doc(page).text


def test_a_blank_between_a_comparison_word_and_its_change_goes() -> None:
    text = _clean("某县数据\n\n本报讯 前三季度,全县社会消费品零售总额86亿元,"
                  "同比 增长6.1%;出口环比 下降2%。\n")
    assert "同比增长6.1%" in text and "环比下降2%" in text
    # a blank between other words stays below the gate
    assert "甲 乙" in _clean("名单\n\n本报讯 参加会议的有甲 乙两家公司的代表。\n")


def test_a_blank_inside_a_number_before_its_counter_goes() -> None:
    text = _clean("某县企业\n\n本报讯 今年该县新增规上工业企业1 8户,培育专精特新企业2 5家。\n")
    assert "企业18户" in text and "企业25家" in text
    # numbers after a mark, or before no counter, keep their blank
    assert "2 3号楼" in _clean("某县\n\n本报讯 名单见附件1、2 3号楼。\n")


def test_the_tail_of_a_list_items_clause_cut_by_the_print_is_joined() -> None:
    page = ("会议部署\n\n本报讯 会议要求:\n\n(一)加快推进园区配套建设,力争年内建成污水处理\n\n厂2座;\n\n"
            "(二)抓好招商引资。\n")
    assert "建成污水处理厂2座" in _clean(page)
    # a short title with a comma above a one-clause paragraph stays apart
    page2 = "抓项目,促发展\n\n会议强调要抓好落实。\n"
    assert "抓项目,促发展会议" not in _clean(page2).replace("，", ",")


def test_a_markdown_head_over_bulleted_briefs_opens_a_column() -> None:
    page = ("## 某县投产\n\n四川经济日报讯(记者 王明)10月8日,某某项目投产。该项目总投资3亿元。\n\n"
            "### 县域快讯\n\n■ 甲县:某某产业园开工。\n\n■ 乙县:某某物流中心竣工。\n")
    heads = [a.headline for a in _doc(page).articles]
    assert heads == ["某县投产", "县域快讯"], heads
    # a subhead over plain paragraphs stays a section of the story
    page2 = ("## 某县投产\n\n四川经济日报讯(记者 王明)10月8日,某某项目投产。\n\n"
             "### 下一步打算\n\n该县将继续抓好项目建设。\n\n力争全年完成投资20亿元。\n")
    assert [a.headline for a in _doc(page2).articles] == ["某县投产"]


def test_a_spaced_name_in_a_closing_credit() -> None:
    from newsmill.zh.bylines import parse_trailing_credit
    credit = parse_trailing_credit("该项目建成后可新增就业岗位300个。(刘 洋)")
    assert credit is not None and [n.text for n in credit.reporters] == ["刘洋"]
    assert parse_trailing_credit("该项目建成后可新增就业岗位300个。(附 表)") is None


def test_the_items_of_a_list_of_tasks_are_goals() -> None:
    # (an undated page, as the real ones: the year is read from the text)
    lead = "本报讯 2024年1-9月,全市规上工业增加值同比增长8.1%。"
    page = (f"某市部署\n\n{lead}会议对6项重点工作作出部署:\n\n1.壮大市场主体。全年新增规上工业企业45户。\n\n"
            "2.抓好园区建设。新建标准化厂房15万平方米。\n")
    periods = {r.get("value"): r.get("period") for r in _records(page, "indicator", None)}
    assert periods.get(45) == "2024(目标)", periods
    # a numbered list of results, introduced without a word of tasks, stays what was done
    page2 = f"某市成绩\n\n{lead}主要成绩如下:\n\n1.壮大市场主体。全年新增规上工业企业45户。\n"
    assert {r.get("period") for r in _records(page2, "indicator", None) if r.get("value") == 45} == {"2024"}


def test_this_year_is_nearer_than_a_goals_year_before_it() -> None:
    page = ("某县工业\n\n本报讯 2024年1-9月,该县规上工业增加值同比增长9%。\n\n"
            "该县力争到2027年工业总产值突破200亿元。今年,该县前三季度实现工业增加值86.4亿元。\n")
    periods = {r.get("value"): r.get("period") for r in _records(page, "indicator", None)}
    assert periods.get(8640000000, "").startswith("2024"), periods

def test_a_production_line_a_firm_invests_in_is_a_project() -> None:
    from newsmill.zh.projects import find_names
    text = "某某食品有限公司投资1.6亿元建设的年产3万吨果汁饮料生产线已进入调试阶段。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["年产3万吨果汁饮料生产线"]
    text2 = "项目主要建设年产3万吨果汁饮料生产线。"
    assert [n.name for n in find_names(text2, 0, len(text2))] == []


def test_a_share_of_the_works_done_before_a_planned_completion() -> None:
    page = "某县项目\n\n本报讯 某某物流园项目已完成主体工程的85%,力争11月竣工。\n"
    r = next(r for r in _records(page, "project"))
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("completed", "target", "2024-11")
    # the main works done whole leave the project under way
    page2 = "某县项目\n\n本报讯 某某物流园项目目前已完成主体工程,预计年底竣工。\n"
    r2 = next(r for r in _records(page2, "project"))
    assert r2.get("stage") == "under_construction"


def test_that_company_opening_the_clause_of_its_investment() -> None:
    page = ("某县调研\n\n本报讯 在某某工业园,调研组走进四川远达材料有限公司,了解企业生产情况,"
            "该公司投资3.6亿元实施的年产2万吨铝箔项目9月投产。\n")
    r = next(r for r in _records(page, "project"))
    assert r.get("investor") == "四川远达材料有限公司", r.get("investor")


def test_a_company_building_in_a_place_at_an_items_head() -> None:
    page = ("某区签约\n\n本报讯 10月9日,某区与2家企业签订投资协议。其中,浙江恒远科技股份有限公司"
            "将在某某工业园建设年产5万吨隔膜材料项目,计划总投资12亿元。\n")
    r = next(r for r in _records(page, "project"))
    assert r.get("investor") == "浙江恒远科技股份有限公司", r.get("investor")


def test_a_visit_verb_is_no_part_of_a_zones_name() -> None:
    page = "某市调研\n\n本报讯 副市长到甲县、剑阁县调研工业园区建设,察看项目进展。\n"
    names = [m.surface for m in _doc(page).mentions if m.kind == "place"]
    assert not any("调研" in n for n in names), names


def test_town_and_country_is_no_township() -> None:
    page = "某县开工\n\n本报讯 10月9日,总投资2.4亿元的剑阁县城乡供水一体化工程开工。\n"
    r = next(r for r in _records(page, "project"))
    assert (r.get("location") or {}).get("detail") is None, r.get("location")


def test_the_event_of_a_lists_head_over_a_build_told_as_an_attribute() -> None:
    page = ("某县开工\n\n本报讯 10月9日,剑阁县集中开工的项目有:由四川某某农业有限公司投资2.6亿元建设的"
            "中药材加工产业园项目,位于剑阁县普安镇。\n")
    r = next(r for r in _records(page, "project"))
    assert (r.get("stage"), r.get("date")) == ("started", "2024-10-09"), (r.get("stage"), r.get("date"))
    # with no event before it, the build stays the project's state
    page2 = ("某县项目\n\n本报讯 由四川某某农业有限公司投资2.6亿元建设的中药材加工产业园项目"
             "位于剑阁县普安镇。\n")
    r2 = next(r for r in _records(page2, "project"))
    assert r2.get("stage") == "under_construction"


def test_parks_in_general_after_a_list_of_zones() -> None:
    page = ("某市部署\n\n本报讯 会议要求,加快剑阁经济开发区、苍溪经济开发区扩区调位,"
            "推动园区标准化厂房建设。\n")
    assert _records(page, "project") == []
    # after one zone, the 园区 is that zone
    page2 = "某市部署\n\n本报讯 会议要求,加快剑阁经济开发区扩区调位,推动园区标准化厂房建设。\n"
    names = [r.get("name") for r in _records(page2, "project")]
    assert names == ["剑阁经济开发区标准化厂房"], names


def test_a_count_of_parks_as_the_subject_of_a_figure_is_no_statistic() -> None:
    page = ("某市工业\n\n本报讯 2024年1-9月,全市9个工业园区实现营业收入412.5亿元,同比增长8.2%。\n")
    values = {r.get("value") for r in _records(page, "indicator", None)}
    assert 41250000000 in values and 9 not in values, values
    # a count of parks standing alone is one
    page2 = "某市工业\n\n本报讯 截至2024年9月,全市省级以上工业园区达到9个。\n"
    assert 9 in {r.get("value") for r in _records(page2, "indicator", None)}


def test_a_district_written_after_its_city_is_the_batchs_region() -> None:
    page = "某区签约\n\n本报讯 10月9日,内江市市中区与4家企业签订投资协议,签约总金额达18亿元。\n"
    assert [r.get("region") for r in _records(page, "batch")] == ["市中区"]
    page2 = "某市签约\n\n本报讯 10月9日,内江市与4家企业签订投资协议,签约总金额达18亿元。\n"
    assert [r.get("region") for r in _records(page2, "batch")] == ["内江市"]


def test_a_scenic_site_in_a_tourism_projects_name_is_its_detail() -> None:
    page = "某县开工\n\n本报讯 10月9日,茂县坪头羌寨旅游提升项目开工,项目总投资2.2亿元。\n"
    r = next(r for r in _records(page, "project"))
    assert (r.get("location") or {}).get("detail") == "坪头羌寨", r.get("location")
    page2 = "某市开工\n\n本报讯 10月9日,阆中市的阆中古城文旅提升项目开工,项目总投资2.2亿元。\n"
    r2 = next(r for r in _records(page2, "project"))
    assert (r2.get("location") or {}).get("detail") == "阆中古城", r2.get("location")
    # a plant's name holds no site
    page3 = "某县开工\n\n本报讯 10月9日,茂县年产2万吨苹果汁项目开工,项目总投资2.2亿元。\n"
    r3 = next(r for r in _records(page3, "project"))
    assert (r3.get("location") or {}).get("detail") is None
