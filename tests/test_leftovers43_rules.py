"""Rules the leftovers of sets 82, 94 and 90 called for, each on phrasings of its own.

Set 82 is how projects are financed (loans, bonds, funds), set 94 plants adding capital in coastal
towns, set 90 investment fairs and their signings.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


# --- indicators: one bank's own business -----------------------------------------------------------

def test_one_bank_s_loans_and_their_rise_are_its_business() -> None:
    page = ("门源回族自治县讯 今年以来，青海银行门源支行围绕全县重点项目清单对接融资，该行已累计发放项目贷款"
            "9.6亿元，比上年同期多发放2.3亿元。\n")
    assert _stats(page) == []


def test_one_bank_s_plan_and_its_product_s_terms_are_no_statistic() -> None:
    page = ("刚察县讯 该行负责人表示，“牧业贷”以活畜抵押作为增信方式，放款时限缩短至3个工作日。"
            "接下来，该行计划年内向全县牧户投放信贷资金不少于2亿元。\n")
    values = [s[1] for s in _stats(page)]
    assert 3 not in values
    assert 200000000 not in values


def test_the_lenders_of_a_place_stay_a_statistic() -> None:
    page = ("尖扎县讯 截至10月末，全县银行机构各项贷款余额达到56.8亿元，同比增长9.4%。"
            "该行负责人介绍，全县涉农贷款余额21.3亿元。\n")
    values = [s[1] for s in _stats(page)]
    assert 5680000000 in values
    assert 2130000000 in values


def test_a_place_s_time_limit_stays_a_statistic() -> None:
    page = "泽库县讯 今年，泽库县确保企业投资项目审批时间压缩至20个工作日以内。\n"
    assert any(s[1] == 20 for s in _stats(page))


# --- projects: a ledger's line of one works, its total and no event ---------------------------------

def _names(page: str) -> list[str]:
    return list(projects(page))


def test_a_ledger_line_with_a_total_and_no_event_is_a_project() -> None:
    page = ("【项目动态】\n"
            "湟源县日月山游客服务中心改造工程：总投资1.6亿元，获中央预算内资金5200万元\n"
            "化隆回族自治县群科新区污水处理厂项目：总投资8600万元，已完成投资3100万元\n")
    found = projects(page)
    assert "湟源县日月山游客服务中心改造工程" in found
    assert found["湟源县日月山游客服务中心改造工程"].get("investment_cny") == 160000000
    assert found["湟源县日月山游客服务中心改造工程"].get("stage") is None


def test_a_works_named_after_its_total_with_no_colon_is_not_read_so() -> None:
    page = "循化撒拉族自治县去年重点项目总投资48亿元，今年继续加大投入。\n"
    assert _names(page) == []


# --- projects: a firm's own plant named by its capacity, its event after it ---------------------------

def test_a_firm_s_plant_named_by_its_capacity_with_its_event_is_a_project() -> None:
    page = ("在门源回族自治县青石嘴镇，青海祁牧源畜牧有限公司的年出栏5万只藏羊养殖基地一期已建成投产，"
            "二期正在建设。\n")
    assert any("藏羊养殖基地" in n for n in _names(page))


def test_a_firm_s_line_by_its_capacity_done_in_a_month_is_one_too() -> None:
    page = "刚察县讯 青海湖源乳业有限公司的年产2万吨牦牛乳制品加工厂已于10月全面投产。\n"
    assert any("乳制品加工厂" in n for n in _names(page))


def test_a_capacity_a_firm_builds_is_no_project_of_its_own() -> None:
    page = "泽库县讯 青海高原牧业有限公司建成年产3万吨有机肥生产线，目前已投产。\n"
    assert not any(n.startswith("年产3万吨") for n in _names(page))


# --- projects: a hydro plant's underground powerhouse is a part of it -----------------------------------

def test_an_underground_powerhouse_is_a_part_of_the_plant() -> None:
    page = ("湟源县抽水蓄能电站总投资约76亿元，去年9月开工。目前地下厂房、引水隧洞及上水库大坝正同步施工。\n")
    assert "地下厂房" not in _names(page)
    assert any("抽水蓄能电站" in n for n in _names(page))


def test_a_plant_named_with_its_powerhouse_stays_a_project() -> None:
    page = "化隆回族自治县讯 黄河公伯峡水电站地下厂房改造工程已于10月开工。\n"
    assert any(n.endswith("改造工程") for n in _names(page))


# --- projects: a line built with capital added, told next as the new line -------------------------------

def test_a_line_built_with_capital_added_is_a_project() -> None:
    page = ("湟源县讯 今年8月，香港一家投资集团对青海日月乳业有限公司增资2000万港元，用于建设年产1.5万吨"
            "牦牛酸奶生产线。\n")
    assert "年产1.5万吨牦牛酸奶生产线" in _names(page)


def test_the_new_line_told_after_a_speaker_takes_its_later_event_and_month() -> None:
    page = ("湟源县讯 今年8月，香港一家投资集团对青海日月乳业有限公司增资2000万港元，用于建设年产1.5万吨"
            "牦牛酸奶生产线。“这里奶源近，冷链也方便。”公司负责人说，新生产线已于11月上旬开始试产。\n")
    line = projects(page)["年产1.5万吨牦牛酸奶生产线"]
    assert line.get("stage") == "in_production"
    assert line.get("date") == "2026-11"


def test_a_capacity_line_a_grant_is_spent_on_is_still_a_part() -> None:
    page = "天峻县讯 县里安排资金300万元，用于建设年产5000吨饲草加工生产线和储草棚。\n"
    assert not any(n.startswith("年产5000吨") for n in _names(page))


def test_a_line_named_with_no_later_month_keeps_the_event_it_was_told_with() -> None:
    page = ("循化撒拉族自治县讯 今年6月，一家外资企业追加投资800万美元，用于建设年产2万吨辣椒酱生产线。"
            "企业负责人说，新生产线明年投产。\n")
    line = projects(page)["年产2万吨辣椒酱生产线"]
    assert line.get("stage") != "in_production"


# --- projects: a works named as the site people are seen working on -------------------------------------

def test_a_works_whose_site_people_work_on_is_a_project_under_way() -> None:
    page = ("乃东区讯 在昌珠镇，施工人员在山南雅砻河谷文旅产业园一期项目工地上进行钢结构吊装。"
            "该项目总投资6.8亿元，今年4月开工，计划明年10月建成。\n")
    park = projects(page).get("山南雅砻河谷文旅产业园一期项目")
    assert park is not None
    assert park.get("stage") == "under_construction"
    assert park.get("investment_cny") == 680000000


def test_workers_on_a_road_s_site_name_the_road_too() -> None:
    page = "琼结县讯 连日来，工人们在琼结县城南环线改造工程工地上忙着浇筑路面。\n"
    assert "琼结县城南环线改造工程" in _names(page)


def test_a_bare_project_site_names_nothing() -> None:
    page = "桑日县讯 连日来，工人们在项目工地上进行钢结构吊装，确保年底前完成主体施工。\n"
    assert _names(page) == []


# --- projects: the main venue's works a caption shows -----------------------------------------------------

def test_a_caption_showing_the_main_venue_s_works_takes_the_batch_s_event() -> None:
    page = ("图②：11月12日，白朗县2026年第四季度重点项目集中开工，5个项目总投资9.6亿元。"
            "图为主会场西藏高原青稞食品有限公司年产2万吨青稞挂面项目施工现场。  通讯员 次仁 摄\n")
    hub = projects(page).get("西藏高原青稞食品有限公司年产2万吨青稞挂面项目")
    assert hub is not None
    assert hub.get("stage") == "started"


def test_the_venue_word_opens_no_name() -> None:
    page = ("仁布县讯 11月10日，仁布县重点项目集中开工，主会场仁布县有机青稞加工厂项目现场彩旗招展，"
            "4个项目总投资3.2亿元。\n")
    assert not any(n.startswith("主会场") for n in _names(page))


def test_a_caption_of_another_scene_still_names_no_works() -> None:
    page = ("图④：11月12日，白朗县重点项目集中开工，5个项目总投资9.6亿元。"
            "图为白朗县蔬菜产业园冷链物流中心项目施工现场，工人们正在绑扎钢筋。  通讯员 次仁 摄\n")
    assert _names(page) == []


def test_the_central_bank_s_branch_reports_the_place_s_lenders() -> None:
    page = ("海南藏族自治州讯 记者从人民银行海南藏族自治州分行获悉，截至9月末，海南藏族自治州金融机构"
            "各项存款余额812.6亿元，同比增长7.4%。\n")
    assert any(s[1] == 81260000000 for s in _stats(page))


def test_a_bank_told_as_the_source_reports_the_place_s_figures() -> None:
    page = "据青海银行玉树分行统计，截至10月末，玉树藏族自治州各项贷款余额310.5亿元，同比增长6.2%。\n"
    assert any(s[1] == 31050000000 for s in _stats(page))
