"""Rules the misses of the sixty-fifth held-out set called for, each on phrasings of its own.

The set follows a county's projects over a year and more, on pages of its government's site and of
its paper (``今日某某``): a project signed, its land won at auction, started, topped out and put
into production, named each time another way (in full with its investor, by its short name, by its
investor's short name and ``项目``).
"""

from __future__ import annotations

import datetime as dt

from newsmill.core.model import CorpusRecord, Evidence, Record
from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.extract_projects.keys import _lookup, _name_key
from newsmill.plugins.link_projects import project_entities, same_org
from newsmill.zh.pagedate import date_on_line
from newsmill.zh.project_names import normalize_project_name
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 9, 17))


def indicators(page: str) -> list:
    return records(page, "indicator")


def batches(page: str) -> list:
    return records(page, "batch")


# --- linking: a project's name without the investor heading it -------------------------------

def _rec(rid: str, name: str, stage: str, pub: str, investor: str | None) -> CorpusRecord:
    r = Record("project", id=rid, evidence=[Evidence(0, 4, 0, 4, name)])
    r.set("name", name)
    r.set("stage", stage)
    r.set("status", "actual")
    r.set("location", {"province": "河北省", "city": "邢台市", "county": "威县", "detail": None})
    r.set("investor", investor)
    r.set("investment_cny", 880_000_000)
    doc_id = rid.split(":")[0]
    return CorpusRecord(doc_id, f"/p/{doc_id}.txt", dt.date.fromisoformat(pub), 0, "标题", r)


def test_a_firms_project_named_three_ways_is_one_timeline() -> None:
    recs = [
        _rec("a:r0", "河北沃铭机械科技有限公司年产3000台大型青贮饲料收获机项目", "signed", "2024-04-02",
             "河北沃铭机械科技有限公司"),
        _rec("b:r0", "沃铭机械年产3000台大型青贮饲料收获机项目", "started", "2024-08-20",
             "河北沃铭机械科技有限公司"),
        _rec("c:r0", "沃铭机械大型青贮饲料收获机项目", "in_production", "2025-05-06", "沃铭"),
    ]
    ents = project_entities(recs)
    assert len(ents) == 1
    assert [ev["stage"] for ev in ents[0].timeline] == ["signed", "started", "in_production"]


def test_another_firms_project_of_the_same_product_stays_apart() -> None:
    recs = [
        _rec("a:r0", "河北沃铭机械科技有限公司年产3000台大型青贮饲料收获机项目", "signed", "2024-04-02",
             "河北沃铭机械科技有限公司"),
        _rec("b:r0", "河北禾丰农机有限公司年产3000台大型青贮饲料收获机项目", "started", "2024-08-20",
             "河北禾丰农机有限公司"),
    ]
    assert len(project_entities(recs)) == 2


def test_the_core_loses_the_investor_and_its_trade_word() -> None:
    places = ["福建省", "福州市", "永泰县"]
    full = normalize_project_name("福建闽泰食品有限公司李干深加工项目", places, ["福建闽泰食品有限公司"]).core
    brand = normalize_project_name("闽泰食品李干深加工项目", places, ["闽泰"]).core
    assert full == brand == "李干深加工"
    # no investor: the name stays whole
    assert normalize_project_name("闽泰食品李干深加工项目", places).core == "闽泰食品李干深加工"


def test_a_brand_after_a_province_is_the_same_firm() -> None:
    assert same_org("沃铭", "河北沃铭机械科技")
    assert not same_org("沃铭", "河北华沃铭星机械科技")


# --- page date and furniture: a county paper named 今日某某 ----------------------------------

MASTHEAD = "今日威县    2025年9月17日  星期三    第3版  经济    责任编辑 赵 宁   校对 高 远"


def test_a_county_papers_masthead_dates_the_page() -> None:
    found = date_on_line(MASTHEAD)
    assert found is not None and found.date == dt.date(2025, 9, 17)


def test_a_county_papers_masthead_is_furniture() -> None:
    assert classify_text([MASTHEAD], 0) == ("furniture", "page header")
    assert classify_text(["今日威县再添一家规上企业，全县工业经济稳步增长。"], 0) is None


def test_a_share_button_and_a_list_of_related_news_are_furniture() -> None:
    assert classify_text(["【打印】  【关闭】  【分享至：微信 QQ空间】"], 0)[0] == "furniture"
    page = ("某县新闻\n\n本报讯 某某县今年新签约项目8个。\n\n相关新闻：\n· 某某县召开项目推进会\n"
            "· 某某县开展安全检查\n")
    text = doc(page).clean
    assert "相关新闻" in text  # kept, but flagged
    bodies = "".join(text[a.start:a.end] for a in doc(page).articles)
    assert "召开项目推进会" not in bodies.split("新签约项目8个")[1] if "新签约项目8个" in bodies else True


# --- places: a county paper's one county is what 全县 means --------------------------------

def test_whole_county_on_a_county_paper_is_its_one_county() -> None:
    page = ("今日永泰    2025年9月17日  星期三    第2版\n\n"
            "茶企扩产\n\n本报讯（记者 林某）永泰县茶叶交易中心近日开业。\n\n"
            "前8个月工业运行\n\n本报讯（记者 陈某）1—8月，全县规模以上工业增加值同比增长7.4%。\n")
    found = {(r.get("metric"), r.get("region")) for r in indicators(page)}
    assert ("规模以上工业增加值", "永泰县") in found


def test_two_counties_on_the_page_leave_whole_county_unknown() -> None:
    page = ("综合新闻\n\n本报讯 威县茶叶交易中心近日开业。\n\n本报讯 平乡县自行车产业园新入驻企业5家。\n\n"
            "工业运行\n\n本报讯（记者 陈某）1—8月，全县规模以上工业增加值同比增长7.4%。\n")
    regions = {r.get("region") for r in indicators(page) if r.get("metric") == "规模以上工业增加值"}
    assert "威县" not in regions and "平乡县" not in regions


# --- projects: a firm's short name and 项目 is its project told before ----------------------

def test_a_firms_short_name_and_project_gives_its_figures_to_its_project() -> None:
    page = ("沃铭项目投产\n\n本报讯 5月6日，沃铭机械年产3000台青贮收获机项目正式投产。"
            "据介绍，沃铭项目总投资8.8亿元，达产后可实现年产值12亿元。\n")
    found = projects(page)
    assert list(found) == ["沃铭机械年产3000台青贮收获机项目"]
    r = found["沃铭机械年产3000台青贮收获机项目"]
    assert r.get("investment_cny") == 880_000_000 and r.get("annual_output_cny") == 1_200_000_000


def test_a_short_name_fitting_no_project_or_two_is_left_alone() -> None:
    def rec(name: str, investor: str | None) -> tuple[str, Record]:
        r = Record("project")
        r.set("name", name)
        r.set("investor", investor)
        return _name_key(name), r

    one = dict([rec("沃铭机械大型青贮饲料收获机项目", "沃铭")])
    assert _lookup(_name_key("沃铭项目"), one) is one[_name_key("沃铭机械大型青贮饲料收获机项目")]
    by_investor = dict([rec("大型青贮饲料收获机项目", "河北沃铭机械科技有限公司")])
    assert _lookup(_name_key("沃铭项目"), by_investor) is not None
    two = dict([rec("沃铭机械青贮收获机项目", "沃铭"), rec("沃铭机械秸秆打捆机项目", "沃铭")])
    assert _lookup(_name_key("沃铭项目"), two) is None
    other = dict([rec("闽泰食品李干深加工项目", "闽泰")])
    assert _lookup(_name_key("沃铭项目"), other) is None
    assert _lookup(_name_key("重点项目"), one) is None


def test_words_around_a_project_are_no_project() -> None:
    page = ("闽泰项目投产\n\n本报讯 9月16日，闽泰食品李干深加工项目首批产品下线，"
            "标志着项目正式进入试生产阶段。"
            "镇里将抽调干部常驻项目一线。该项目由福建闽泰食品有限公司投资2.3亿元建设，"
            "引进自动化烘干生产线6条。仓储楼的桩基工程正在施工。\n")
    assert list(projects(page)) == ["闽泰食品李干深加工项目"]


def test_a_named_line_bought_on_its_own_stays_a_project() -> None:
    page = "某县项目\n\n本报讯 9月16日，闽泰食品李干烘干生产线在某某县建成投产。\n"
    assert "闽泰食品李干烘干生产线" in projects(page)


# --- projects: a plot bought for a project ----------------------------------------------------

def test_a_plot_bought_for_a_project_lands_it_on_that_day_by_the_buyer() -> None:
    page = ("沃铭拿地\n\n本报讯 9月12日，河北沃铭机械科技有限公司以2150万元竞得威县经济开发区一宗面积86亩的"
            "工业用地。该地块将用于建设年产3000台青贮收获机项目，项目计划10月开工。\n")
    r = projects(page)["年产3000台青贮收获机项目"]
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("signed", "actual", "2025-09-12")
    assert r.get("investor") == "河北沃铭机械科技有限公司"
    assert r.get("area") == "86亩"


def test_a_project_to_be_built_with_no_plot_bought_keeps_its_plan() -> None:
    page = ("沃铭项目\n\n本报讯 9月12日，河北沃铭机械科技有限公司与威县签订协议。"
            "公司将在威县经济开发区建设年产3000台青贮收获机项目。\n")
    r = projects(page)["年产3000台青贮收获机项目"]
    assert r.get("area") is None
    assert r.get("date") != "2025-09-12" or r.get("stage") == "signed"


# --- projects: a hub of goods, good news told next --------------------------------------------

def test_a_hub_gathering_and_sending_on_goods_is_a_works() -> None:
    page = "某县物流\n\n本报讯 9月10日，位于城南的永泰县农产品集散中心正式投入运营。\n"
    assert "永泰县农产品集散中心" in projects(page)


def test_good_news_of_a_park_told_next_is_its_event() -> None:
    page = ("某县项目\n\n本报讯 城东片区，沃铭智能农机产业园同样传来好消息。8月30日，该项目首台收获机下线，"
            "项目正式建成投产。\n")
    r = projects(page)["沃铭智能农机产业园"]
    assert (r.get("stage"), r.get("date")) == ("in_production", "2025-08-30")


def test_a_park_with_no_news_is_no_project() -> None:
    page = "某县项目\n\n本报讯 沃铭智能农机产业园位于城东片区。园区环境优美。\n"
    assert "沃铭智能农机产业园" not in projects(page)


# --- statistics and batches ------------------------------------------------------------------

def test_firms_added_since_the_year_began_after_a_project_are_the_countys() -> None:
    page = ("工业运行\n\n本报讯 此外，闽泰食品李干深加工项目已于8月建成投产，全县今年以来新增规模以上"
            "工业企业14家。\n")
    found = [(r.get("metric"), r.get("value")) for r in indicators(page)]
    assert ("新增规模以上工业企业", 14) in found


def test_firms_a_project_brings_stay_its_own() -> None:
    page = "某县项目\n\n本报讯 闽泰食品李干深加工项目已于8月建成投产，带动上下游企业14家。\n"
    assert not [r for r in indicators(page) if r.get("value") == 14]


def test_tiers_listed_apart_count_projects() -> None:
    page = ("项目建设\n\n本报讯 1—8月，全县47个省、市重点项目累计完成投资36.2亿元。\n")
    found = [(r.get("count"), r.get("total_cny")) for r in batches(page)]
    assert (47, 3_620_000_000) in found


def test_items_listed_apart_are_no_tiers() -> None:
    page = "项目建设\n\n本报讯 全县签约食品、机械项目12个。\n"
    assert all(r.get("count") != 12 or r.get("event") == "signed" for r in batches(page))
