"""Rules the misses of the sixty-seventh held-out set called for, each on phrasings of its own.

The set is the transcript of a city's, a county's and a district's press conferences on the first
three quarters' economy and on project investment, as their government sites publish them (a meta
line, turns headed by the host, the speaker's post and name, ``记者：`` and ``答：``).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.bylines import parse_credit_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 29))


def indicators(page: str) -> list:
    return records(page, "indicator")


def batches(page: str) -> list:
    return records(page, "batch")


# --- cleaning and bylines: a portal's meta line, tools and footer --------------------------------

def test_a_meta_line_with_views_share_and_font_buttons_is_furniture() -> None:
    for line in ("发布时间：2025-09-12 08:40　　来源：县融媒体中心　　浏览量：862",
                 "信息来源：市商务局　　发布日期：2025年9月12日　　【字号：大 中 小】　　分享到：",
                 "时间：2025-09-12 08:40　　来源：市统计局　　【大】【中】【小】　　【我要打印】",
                 "2025年9月12日 08:40　　来源：某某区融媒体中心　　作者：王 芳　　字号：大 中 小"):
        assert classify_text([line], 0) == ("furniture", "page meta"), line


def test_a_site_owner_named_before_the_word_is_furniture() -> None:
    assert classify_text(["吴忠市人民政府办公室主办　　地址：吴忠市利通区裕民街"], 0)[0] == "furniture"
    assert classify_text(["第三届枸杞博览会由中宁县人民政府主办"], 0) is None


def test_a_meta_line_opening_on_time_gives_the_source() -> None:
    credit = parse_credit_line("时间：2025-09-12 08:40　来源：县发展改革局　【大】【中】【小】　【我要打印】")
    assert credit is not None and credit.source is not None and credit.source.text == "县发展改革局"


def test_a_scene_label_with_its_credit_in_brackets_is_a_caption() -> None:
    assert classify_text(["项目签约仪式现场（马丽 摄）"], 0) == ("caption", "scene label")
    assert classify_text(["全县项目建设现场推进会召开（下转第二版）"], 0) != ("caption", "scene label")


def test_a_portal_meta_line_with_its_tools_dates_the_page() -> None:
    from newsmill.zh.pagedate import find_page_date
    for head in ("时间：2025-09-12 08:40　　来源：县统计局　　【大】【中】【小】　　【我要打印】",
                 "2025年9月12日 08:40　　来源：某某区融媒体中心　　作者：王 芳　　字号：大 中 小"):
        found = find_page_date("中卫市沙坡头区人民政府\n\n某某新闻发布会\n" + head + "\n\n正文。\n")
        assert found is not None and found.date == dt.date(2025, 9, 12), head
    assert find_page_date("某某新闻发布会\n时间：2025-09-12，地点：县会议中心，议程如下。\n") is None


# --- batches: the year's list, its members and the firms signed -------------------------------------

def test_a_list_of_major_projects_is_under_way_and_its_members_share_the_spending() -> None:
    page = ("吴忠市重大项目建设发布会\n\n截至8月底，全市纳入调度的重大项目共计156个，其中自治区重大项目21个、"
            "市级重大项目135个，累计完成投资212.4亿元。今年全区列入市级以上重大项目38个，完成投资41.2亿元。\n")
    found = {r.get("count"): r for r in batches(page)}
    assert found[156].get("event") == "under_construction" and found[156].get("total_cny") == 21_240_000_000
    assert found[135].get("total_cny") is None and found[21].get("total_cny") is None
    assert found[38].get("event") == "under_construction"
    # one member named after 其中: its own sum stays its own
    one = {r.get("count"): r for r in batches("某某发布会\n\n全县新签约项目46个，其中工业项目31个，"
                                               "协议投资额88.6亿元。\n")}
    assert one[31].get("total_cny") == 8_860_000_000


def test_asset_projects_for_reits_are_no_batch_and_their_assets_no_statistic() -> None:
    page = "某某发布会\n\n我们梳理了适合发行基础设施REITs的资产项目4个，资产规模约36亿元。\n"
    assert not batches(page)
    assert not [r for r in indicators(page) if r.get("value") == 3_600_000_000]


def test_firms_from_a_region_signing_what_they_intend_are_a_batch() -> None:
    page = "某某发布会\n\n吴忠市与区内外5家企业签订了储能合作协议，意向投资超过80亿元。\n"
    found = batches(page)
    assert [(r.get("count"), r.get("event"), r.get("total_cny")) for r in found] \
        == [(5, "signed", 8_000_000_000)]
    assert not batches("某某发布会\n\n吴忠市与区内外5家企业开展了座谈交流。\n")


def test_the_park_asked_about_is_what_the_answer_means_by_park() -> None:
    page = ("青铜峡市发布会\n\n青铜峡市召开新闻发布会。\n\n记者：请问青铜峡工业园区在招商方面有哪些成效？\n\n"
            "马强：今年以来，园区新引进项目9个，总投资28.6亿元。截至9月底，园区规上工业企业达到41家，"
            "前三季度实现工业总产值96.2亿元，同比增长12.5%。\n")
    assert {r.get("region") for r in batches(page) if r.get("count") == 9} == {"青铜峡工业园区"}
    regions = {r.get("value"): r.get("region") for r in indicators(page)}
    assert regions[41] == regions[9_620_000_000] == "青铜峡工业园区"
    # no park asked about: the park stays unknown, the district's figures stay the district's
    plain = page.replace("记者：请问青铜峡工业园区在招商方面有哪些成效？",
                         "记者：请问全市在招商方面有哪些成效？")
    assert {r.get("region") for r in batches(plain) if r.get("count") == 9} != {"青铜峡工业园区"}


def test_a_comparison_with_the_citys_average_frames_no_region() -> None:
    page = ("红寺堡区发布会\n\n红寺堡区召开发布会。\n\n"
            "任某：今年全区列入市级以上重大项目21个，完成投资28.7亿元，"
            "高出全市平均水平3.2个百分点。新签约招商引资项目12个，签约金额46.5亿元。\n")
    assert {r.get("region") for r in batches(page)} == {"红寺堡区"}


# --- projects: a press conference's words around and inside names --------------------------------

def test_a_hosts_turn_and_money_put_to_projects_name_none() -> None:
    assert not projects("某某发布会\n\n主持人：下面请马强局长介绍项目建设情况。\n")
    assert not projects("某某发布会\n\n回收的资金将全部用于新项目建设。\n")
    found = projects("某某发布会\n\n马强介绍，中卫市第二污水处理厂扩建项目总投资3.2亿元，"
                     "目前正在加紧建设。\n")
    assert list(found) == ["中卫市第二污水处理厂扩建项目"]


def test_a_point_of_a_speech_names_a_kind_of_projects_only() -> None:
    page = ("某某发布会\n\n主要有两个亮点。一是清洁能源项目加快落地。中宁县枸杞深加工产业园项目已于6月开工。"
            "二是盐池县滩羊屠宰加工项目已于8月建成投产。\n")
    found = projects(page)
    assert "清洁能源项目" not in found
    assert "中宁县枸杞深加工产业园项目" in found


def test_a_base_a_place_is_to_serve_is_no_works() -> None:
    assert not projects("某某发布会\n\n我们将把盐池建成宁东能源化工基地的重要支点。\n")
    assert "宁东光伏产业基地" in projects("某某发布会\n\n宁东光伏产业基地于9月开工建设。\n")


def test_a_computing_centre_and_its_next_phase_planned_this_year() -> None:
    page = ("某某发布会\n\n位于沙坡头区的西部云谷算力中心一期3000个标准机架已于6月投入运营，"
            "二期计划明年开工。\n")
    found = projects(page)
    first = found["西部云谷算力中心一期"]
    assert first.get("stage") == "in_production" and first.get("capacity") == "3000个标准机架"
    later = [r for name, r in found.items() if name.endswith("二期")]
    assert [(r.get("stage"), r.get("status")) for r in later] == [("started", "target")]
    assert "大数据中心" not in "".join(projects("某某发布会\n\n技术支持：中卫市大数据中心建成运行。\n"))


def test_a_mine_and_its_washing_plant_are_one_works_and_its_shaft_no_project() -> None:
    page = ("某某发布会\n\n灵武市羊场湾二号煤矿及选煤厂项目设计产能每年300万吨，总投资36.2亿元，"
            "目前井筒工程已全部完成，"
            "预计明年5月联合试运转。\n")
    found = projects(page)
    assert list(found) == ["灵武市羊场湾二号煤矿及选煤厂项目"]
    r = found["灵武市羊场湾二号煤矿及选煤厂项目"]
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("in_production", "target", "2026-05")
    assert "设计产能每年300万吨" in str(r.get("capacity"))
    # two works joined by 及 stay two
    two = projects("某某发布会\n\n固原市第二水厂及东部污水处理厂均已于8月建成。\n")
    assert len(two) != 1 or "固原市第二水厂及东部污水处理厂" not in two


def test_a_works_supply_capacity_is_its_own() -> None:
    page = "某某发布会\n\n总投资8.4亿元的固原市城乡供水一体化工程已建成通水，每天可新增供水能力5万立方米。\n"
    r = projects(page)["固原市城乡供水一体化工程"]
    assert r.get("capacity") == "供水能力5万立方米"
    assert not [x for x in indicators(page) if x.get("value") == 5]
    region = indicators("某某发布会\n\n截至9月底，固原市日供水能力达到26万立方米。\n")
    assert [x.get("value") for x in region] == [26]


def test_spending_right_after_a_name_keeps_its_works_under_way() -> None:
    page = ("某某发布会\n\n宁东光伏产业基地项目已于7月全容量并网；灵武市天然气储备调峰项目完成投资6.3亿元，"
            "主体装置正在安装。\n")
    r = projects(page)["灵武市天然气储备调峰项目"]
    assert r.get("stage") == "under_construction" and r.get("date") is None


def test_a_share_of_the_works_in_tenths_keeps_them_under_way() -> None:
    r = projects("某某发布会\n\n盐池县至同心县二级公路工程完成路基工程的七成，力争年底前全线贯通。\n")
    assert r["盐池县至同心县二级公路工程"].get("stage") == "under_construction"


def test_a_push_to_sign_soon_is_a_plan() -> None:
    r = projects("某某发布会\n\n推动年处理能力2万吨的退役光伏组件回收项目尽快签约落地。\n")
    one = next(iter(r.values()))
    assert (one.get("stage"), one.get("status")) == ("signed", "target")
    assert one.get("capacity") == "年处理能力2万吨"


def test_firms_counted_after_a_region_are_no_investor() -> None:
    page = ("某某发布会\n\n中卫市智算中心一期项目总投资约28亿元，正在进行机电安装；"
            "同时，我们还与区内外4家企业"
            "签订了算力合作协议，意向投资超过60亿元。\n")
    assert projects(page)["中卫市智算中心一期项目"].get("investor") is None


# --- statistics ------------------------------------------------------------------------------------

def test_the_share_of_a_class_of_projects_spending_is_a_statistic() -> None:
    page = "某某发布会\n\n分类型看，产业项目完成投资126.4亿元，占比61.3%；民生项目完成投资32.5亿元。\n"
    shares = [r for r in indicators(page) if r.get("unit") == "%"]
    assert [(r.get("metric"), r.get("value")) for r in shares] == [("产业项目完成投资占比", 61.3)]
    one = "某某发布会\n\n该项目完成投资3.1亿元，占比62%。\n"
    assert not [r for r in indicators(one) if r.get("unit") == "%"]


def test_parts_of_installed_power_named_by_their_kind() -> None:
    page = "某某发布会\n\n截至9月底，全市新能源装机规模达到1260万千瓦，其中风电520万千瓦、光伏740万千瓦。\n"
    found = {r.get("value"): r.get("metric") for r in indicators(page)}
    assert found[520] == "风电装机规模" and found[740] == "光伏装机规模"


def test_land_approved_and_secured_is_a_statistic() -> None:
    page = "某某发布会\n\n前三季度，全市共批准建设用地0.86万亩，其中保障重点项目用地6200余亩。\n"
    found = {r.get("value"): r.get("unit") for r in indicators(page)}
    assert found == {0.86: "万亩", 6200: "亩"}
    assert not indicators("某某发布会\n\n该项目规划用地320亩，计划明年开工。\n")


def test_a_growth_told_of_a_sums_scale_is_that_sums() -> None:
    page = ("某某发布会\n\n今年以来，已发行专项债券32.6亿元，支持项目41个，发行规模同比增长18.2%。\n")
    found = indicators(page)
    assert [(r.get("value"), r.get("growth_pct")) for r in found] == [(3_260_000_000, 18.2)]
    other = ("某某发布会\n\n全市实现外贸进出口86.2亿元，其中民营企业23家，进口规模同比增长12.4%。\n")
    assert any(r.get("growth_pct") == 12.4 and r.get("unit") == "%" for r in indicators(other))


def test_a_levels_share_of_the_wider_region_named_by_its_total() -> None:
    page = ("某某发布会\n\n前三季度，利通区实现地区生产总值186.5亿元，同比增长6.2%，比上半年加快0.8个百分点，"
            "高于全国平均水平1.0个百分点，总量约占全市的28.4%。\n")
    found = {r.get("value"): r.get("metric") for r in indicators(page)}
    assert found[28.4].endswith("地区生产总值占全市比重")
