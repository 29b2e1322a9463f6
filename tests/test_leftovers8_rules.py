"""Rules the leftovers of the older held-out sets called for, each on phrasings of its own (other
places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_spaces import lone_blanks
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 12, 20))


def page(body: str) -> str:
    """A one-article page whose body is ``body``."""
    return f"园区建设提速\n\n本报讯 {body}\n"


def metrics(body: str) -> list[str]:
    """The metrics of the statistics read on a page holding ``body``."""
    return [str(r.get("metric")) for r in indicators(page(body))]


# --- statistics: the tenants and output of a park's phase -----------------------------------------

def test_firms_settled_in_a_park_s_phase_project_are_no_statistic() -> None:
    body = "去年6月建成投用的营山县食品产业园一期项目,目前已有15家企业入驻。"
    assert not [m for m in metrics(body) if "企业" in m]


def test_a_phase_s_tenants_are_no_statistic_but_its_output_stays() -> None:
    found = metrics("南溪区绿色建材产业园区二期已入驻企业18家,今年前三季度实现产值3.2亿元。")
    assert not [m for m in found if "企业" in m]
    assert [m for m in found if m.endswith("产值")]


def test_tenants_after_a_phase_told_completed_are_no_statistic() -> None:
    body = "3月,石柱县农产品物流园二期建成投用,新入驻商户企业64家;6月,甲项目开工。"
    assert not [m for m in metrics(body) if "入驻" in m]


def test_a_park_s_own_tenants_stay_a_statistic() -> None:
    body = "仪陇县新材料产业园已入驻企业46家,今年1-9月实现产值21亿元。"
    assert any("入驻企业" in m for m in metrics(body))


def test_a_region_s_tenants_after_a_phase_stay_a_statistic() -> None:
    assert any("入驻企业" in m for m in metrics("蓬安县食品产业园一期建成投用,全县今年新入驻企业35家。"))


def test_the_park_in_the_next_sentence_stays_a_statistic() -> None:
    assert any("入驻企业" in m for m in metrics("武胜县食品产业园一期建成投用。园区已入驻企业26家。"))


# --- project names: a modern logistics port ------------------------------------------------------

def test_a_county_s_modern_logistics_port_is_a_project() -> None:
    found = projects(page("嘉陵江综合物流枢纽、营山县现代物流港一期建成投用,南部县快速通道开工建设。"))
    assert found["营山县现代物流港一期"].get("stage") == "in_production"


def test_a_modern_logistics_park_s_phase_is_a_project() -> None:
    found = projects(page("岳池县现代物流园二期昨日开工建设。"))
    assert found["岳池县现代物流园二期"].get("stage") == "started"


def test_a_class_of_modern_logistics_parks_is_no_project() -> None:
    assert projects(page("全县现代物流园建设加快,发展现代物流。")) == {}


# --- statistics: a rate at a stock's day, of the year's signings ----------------------------------

def _periods(body: str) -> dict[str, str]:
    return {str(r.get("metric")): str(r.get("period")) for r in indicators(page(body))}


def test_a_start_rate_after_a_stock_s_day_is_of_that_month() -> None:
    body = ("截至10月底,达州市今年新签约亿元以上项目88个,总投资620亿元,其中已开工项目61个,"
            "开工率69.3%。")
    assert _periods(body)["开工率"] == "2024-10"


def test_a_start_rate_with_no_stock_s_day_keeps_the_year() -> None:
    body = "达州市今年新签约亿元以上项目88个,总投资620亿元,其中已开工项目61个,开工率69.3%。"
    assert _periods(body)["开工率"] == "2024"


def test_this_year_s_own_flow_after_a_stock_s_day_runs_to_that_month() -> None:
    # (the rate's rule leaves the flow alone; the flow itself runs from January to the stock's day,
    # as sets 75 and 83 read ``截至9月底,…,今年新增…`` and ``截至5月底，全县今年累计签约…``)
    body = "截至10月底,达州市今年完成工业投资320亿元,同比增长9.1%。"
    assert list(_periods(body).values()) == ["2024-01/2024-10"]


# --- statistics: the welfare of a region's own officials ------------------------------------------

def test_subsidies_paid_to_officials_are_no_statistic() -> None:
    body = "强化激励保障。为基层干部落实带薪休假和疗休养制度,今年累计发放慰问补助金86.5万元。"
    assert metrics(body) == []


def test_allowances_of_officials_housing_are_no_statistic() -> None:
    assert metrics("落实干部周转房建设政策,累计建成周转房120间,发放住房补贴83万元。") == []


def test_officials_helping_firms_leave_the_help_a_statistic() -> None:
    assert "帮助企业融资" in metrics("县里选派干部组建服务专班,深入企业一线,今年帮助企业融资3200万元。")


def test_loans_a_county_grants_stay_a_statistic() -> None:
    assert "发放创业担保贷款" in metrics("今年以来,全县发放创业担保贷款3.9亿元,同比增长21%。")


# --- cleaning: a lone blank before a predicate of plan or time ------------------------------------

def _blank_in(text: str) -> list[tuple[int, int]]:
    at = text.index(" ")
    return lone_blanks(text, [(at, at + 1)])


def test_a_blank_between_a_subject_and_its_plan_goes() -> None:
    assert _blank_in("该项目已完成投资2.1亿元,综合办公楼 预计10月交付使用。") != []
    assert _blank_in("目前一号生产车间 正在进行设备安装调试。") != []


def test_a_blank_after_a_short_name_before_a_plan_word_stays() -> None:
    assert _blank_in("记者 王力争取到了采访机会。") == []
    assert _blank_in("全县新开工 项目12个,总投资36亿元。") == []


def test_the_blank_goes_in_a_page_s_cleaning() -> None:
    page = "厂房建设提速\n\n本报讯 眼下,该项目形象进度过半,钢结构厂房 预计9月完工。\n"
    assert "钢结构厂房预计9月完工" in doc(page).clean


# --- statistics: the spending of a list named by its number ---------------------------------------

def test_a_top_list_s_spending_after_its_total_is_a_statistic() -> None:
    body = "2024年,奉节县确定的八大重点项目总投资32.5亿元,全年完成投资14.6亿元,占年度计划的105.3%。"
    found = {str(r.get("metric")): r for r in indicators(page(body))}
    assert found["八大重点项目完成投资"].get("value") == 1_460_000_000


def test_one_project_s_spending_after_its_total_stays_its_own() -> None:
    body = "奉节县甲乙食品加工项目总投资3.2亿元,目前已完成投资1.6亿元。"
    assert metrics(body) == []


def test_the_whole_year_after_next_year_is_the_next_year() -> None:
    body = "奉节县发改委负责人表示,明年将继续实行八大重点项目清单管理,力争全年完成投资18亿元以上。"
    found = {str(r.get("metric")): r for r in indicators(page(body))}
    assert found["八大重点项目完成投资"].get("period") == "2025(目标)"


def test_the_whole_year_after_this_year_stays_this_year() -> None:
    assert list(_periods("奉节县今年全年完成工业投资50亿元。").values()) == ["2024"]


# --- statistics: a cooperation park abroad ---------------------------------------------------------

def test_the_figures_of_a_park_abroad_are_no_statistic() -> None:
    body = ("由某某集团牵头建设的泰国罗勇中泰产业合作园三期开工,三期总投资1.8亿美元。"
            "园区一期累计实现工业总产值32亿美元,纳税1.6亿美元。")
    assert metrics(body) == []


def test_a_home_park_s_figures_after_a_park_abroad_s_sentence_stay() -> None:
    body = ("由某某集团牵头建设的泰国罗勇中泰产业合作园三期开工。"
            "全区今年实现外贸进出口总额86亿元,同比增长12%。")
    assert metrics(body) != []


def test_a_home_park_s_figures_stay_statistics() -> None:
    body = "中德(某某)产业合作园二期开工。园区今年前三季度实现工业总产值42亿元,同比增长9%。"
    assert metrics(body) != []


# --- statistics: standard factory floor a region or a park builds ----------------------------------

def test_a_region_s_goal_of_standard_floor_is_a_statistic() -> None:
    body = ("广安市召开工业推进会。会议要求,各县(市、区)要抓好三项工作:\n\n"
            "(一)加快园区扩容,力争年内新建标准化厂房15万平方米;\n\n(二)加快在建项目建设,确保按期投产。")
    found = {str(r.get("metric")): r for r in indicators(page(body))}
    assert [m for m in found if m.endswith("标准化厂房")]


def test_a_park_s_standard_floor_built_so_far_keeps_no_earlier_period() -> None:
    body = ("今年1-9月,岳池县经开区实现规上工业产值86亿元,同比增长9%。"
            "园区规划面积6平方公里,已建成标准化厂房8万平方米,水电路气配套到位。")
    found = {str(r.get("metric")): r for r in indicators(page(body))}
    floor = [r for m, r in found.items() if m.endswith("标准化厂房")]
    assert floor and floor[0].get("period") in (None, "2024")  # the page's year, no flow of nine months


def test_the_standard_floor_a_project_builds_stays_its_own() -> None:
    body = "岳池县甲乙食品产业园二期项目正在加快建设,项目总投资5亿元,新建标准化厂房6万平方米。"
    assert not [m for m in metrics(body) if "厂房" in m]


def test_a_firm_s_own_floor_is_no_statistic() -> None:
    assert not [m for m in metrics("岳池县甲乙机械公司扩大生产,力争年内新建厂房2万平方米。") if "厂房" in m]
