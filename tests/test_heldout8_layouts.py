"""Layouts and phrasings the eighth held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.projects import find_names


def _doc(page: str, day: dt.date = dt.date(2024, 7, 3)):  # noqa: ANN202 - a Document
    return Pipeline().process(page, pub_date=day)


def _records(page: str, kind: str, day: dt.date = dt.date(2024, 7, 3)) -> list:
    return [r for r in _doc(page, day).records if r.kind == kind]


def _project(records: list, part: str):  # noqa: ANN202 - a Record
    return next(r for r in records if part in r.get("name"))


# -- articles -------------------------------------------------------------------------

def test_a_subtitle_telling_what_the_title_person_said_is_no_main_title() -> None:
    page = ("市长王建国督导重点项目\n要求全力以赴抢工期保质量稳推进\n\n"
            "　　本报讯（记者 钱小雨）7月2日，市长王建国到城东新区督导重点项目建设。\n")
    art = _doc(page).articles[0]
    assert art.headline == "市长王建国督导重点项目"
    assert art.kicker == "要求全力以赴抢工期保质量稳推进"


def test_a_web_page_header_line_gives_the_source_of_its_one_article() -> None:
    page = ("城南新闻网 2024-07-02 16:40  来源：城南区融媒体中心\n\n"
            "城南区推进老旧厂房更新\n\n"
            "　　7月1日，城南区召开老旧厂房更新推进会，部署下半年工作。\n")
    art = _doc(page).articles[0]
    assert art.source == "城南区融媒体中心"
    assert art.headline == "城南区推进老旧厂房更新"


# -- projects -------------------------------------------------------------------------

def test_a_kind_of_place_visited_is_no_project_name() -> None:
    s = "7月1日，区长李明前往产业园区、重点企业，实地调研项目建设。"
    assert [n.name for n in find_names(s, 0, len(s))] == []
    s = "市委书记张华走进物流园，察看冷链仓储建设情况。"
    assert [n.name for n in find_names(s, 0, len(s))] == []


_VISIT = ("县长调研在建项目\n\n"
          "　　本报讯（记者 陶然）7月1日，县长陈刚一行来到位于青石镇的华锐新材料产业园项目现场。"
          "该项目总投资5.2亿元，目前2栋厂房已经封顶，正在进行设备基础施工。\n"
          "　　随后，陈刚来到县城北的城北再生水厂工程。该工程计划投资8600万元，去年9月开工，"
          "目前完成工程量的70%。\n")


def test_a_site_visited_then_told_of_is_a_project_under_way() -> None:
    projects = _records(_VISIT, "project")
    site = _project(projects, "华锐新材料产业园")
    assert site.get("stage") == "under_construction" and site.get("status") == "actual"
    assert site.get("investment_cny") == 520_000_000
    plant = _project(projects, "城北再生水厂")
    assert plant.get("stage") == "under_construction"
    assert plant.get("investment_cny") == 86_000_000


def test_a_share_of_the_works_done_is_no_statistic() -> None:
    assert not [r for r in _records(_VISIT, "indicator") if r.get("value") == 70]


def test_a_bracketed_item_of_a_project_list_is_a_project_without_an_event() -> None:
    page = ("重点项目巡礼\n\n　　本报讯（记者 袁飞）以下为部分项目情况：\n"
            "　　【河口区智能装备产业园项目】总投资7.6亿元，新上数控机床生产线12条，"
            "建成后年产值可达9亿元，新增就业岗位800个。\n")
    p = _project(_records(page, "project"), "智能装备产业园")
    assert p.get("stage") is None
    assert p.get("investment_cny") == 760_000_000
    assert p.get("annual_output_cny") == 900_000_000 and p.get("jobs") == 800
    assert not [r for r in _records(page, "project") if "生产线" in r.get("name")]


def test_a_start_then_works_under_way_now_is_under_construction() -> None:
    page = ("项目建设一线\n\n　　本报讯（记者 袁飞）\n"
            "　　【北湖冷链物流园项目】由某某物流有限公司投资建设，总投资4亿元，今年2月开工，"
            "目前仓库钢结构正在吊装，新建冷库8万立方米。\n")
    p = _project(_records(page, "project"), "北湖冷链物流园")
    assert p.get("stage") == "under_construction" and p.get("date") is None
    assert p.get("capacity") == "冷库8万立方米"
    assert not [r for r in _records(page, "indicator") if r.get("value") == 8]


def test_the_build_of_an_investment_yields_to_an_event_done() -> None:
    page = ("产业链延伸\n\n　　本报讯（记者 刘洋）记者近日从县工信局获悉，"
            "年产3万吨锂电铜箔项目由某某铜业有限公司投资6亿元建设，今年5月已建成投产，"
            "达产后年产值可达15亿元。\n")
    p = _project(_records(page, "project"), "锂电铜箔")
    assert p.get("stage") == "in_production"
    assert p.get("date") == "2024-05"


def test_a_capacity_counted_in_birds() -> None:
    page = ("项目动态\n\n　　本报讯（记者 刘洋）6月28日，白沙肉鸭加工项目开工，"
            "总投资1.8亿元，建成后可年屠宰肉鸭800万羽。\n")
    p = _project(_records(page, "project"), "白沙肉鸭加工")
    assert p.get("capacity") == "年屠宰肉鸭800万羽"


# -- places and investors ---------------------------------------------------------------

_CHAMBERS = ("金溪召开异地商会恳谈会\n现场签约项目6个 总金额18.4亿元\n\n"
             "　　本报讯（记者 龚雪）6月26日，金溪县异地商会恳谈会举行。"
             "来自泉州、宁波、东莞等地的商会代表90余人参会。\n"
             "　　会上，金溪县与客商签约项目6个，总金额18.4亿元。其中，泉州商会会员企业投资的"
             "香料精深加工项目投资3亿元。\n")


def test_guests_home_places_are_not_where_the_story_happens() -> None:
    batches = _records(_CHAMBERS, "batch")
    b = next(r for r in batches if r.get("count") == 6)
    assert b.get("region") == "金溪县"
    p = _project(_records(_CHAMBERS, "project"), "香料精深加工")
    assert p.get("location")["county"] == "金溪县"


def test_a_chambers_members_are_no_investor_and_the_meeting_paragraph_takes_the_lead_day() -> None:
    p = _project(_records(_CHAMBERS, "project"), "香料精深加工")
    assert p.get("investor") is None
    assert p.get("stage") == "signed" and p.get("date") == "2024-06-26"


def test_the_county_of_a_county_site_banner_scopes_quanxian() -> None:
    page = ("攸县人民政府门户网站\n首页 > 政务公开 > 统计数据\n\n"
            "上半年全县经济运行稳中有升\n\n发布时间：2024-07-18  来源：县统计局\n\n"
            "　　上半年，全县规模以上工业增加值同比增长7.9%。\n")
    ind = _records(page, "indicator", dt.date(2024, 7, 18))
    assert ind and all(r.get("region") == "攸县" for r in ind)


# -- batches ----------------------------------------------------------------------------

def test_sub_venues_are_not_the_region_of_the_citys_batch() -> None:
    page = ("二季度重大项目集中开工\n\n　　本报讯（记者 梁冰）6月20日，南充市二季度重大项目集中开工活动"
            "在顺庆区主会场举行，营山县、蓬安县设分会场。此次集中开工项目88个，总投资215亿元。\n"
            "　　营山县分会场集中开工项目12个，总投资30.5亿元。\n")
    batches = _records(page, "batch")
    assert next(r for r in batches if r.get("count") == 88).get("region") == "南充市"
    assert next(r for r in batches if r.get("count") == 12).get("region") == "营山县"


def test_a_batch_naming_no_place_takes_the_scope_of_its_paragraph() -> None:
    page = ("赣州日报 2024年7月3日 第2版\n\n全市重点项目拉练检查举行\n\n"
            "　　本报讯（记者 詹敏）7月1日至2日，我市开展重点项目拉练检查。检查组一行先后走访"
            "18个县（市、区），察看项目36个，总投资412亿元。\n"
            "　　其中，于都县纺织服装产业园项目已建成投产。\n")
    b = next(r for r in _records(page, "batch") if r.get("count") == 36)
    assert b.get("region") == "赣州市"


# -- indicators -------------------------------------------------------------------------

def test_a_metric_past_its_period_and_place_and_a_share_of_the_whole() -> None:
    page = ("产业观察\n\n　　本报讯（记者 苏杭）记者从市工信局获悉，"
            "2023年百色市铝产业实现产值520亿元，同比增长8.1%，占全市工业总产值的61%。\n")
    ind = _records(page, "indicator")
    total = next(r for r in ind if r.get("unit") == "CNY")
    assert total.get("metric") == "铝产业产值"
    share = next(r for r in ind if r.get("unit") == "%")
    assert share.get("metric") == "铝产业产值占工业总产值比重"


def test_what_projects_could_yield_stays_no_statistic_when_the_done_verb_is_dropped() -> None:
    page = ("园区动态\n\n　　本报讯（记者 苏杭）日前，汉川经开区举行招商签约会，"
            "签约的有华瑞公司年产8万吨再生铝、鑫达机电年产20万套电机配件,4个项目总投资15.6亿元,预计全部建成达效后,可实现年产值22亿元以上,"
            "带动就业600余人。1-6月，汉川市电子信息产业完成营业收入86亿元，同比增长7.4%。\n")
    metrics = [r.get("metric") for r in _records(page, "indicator")]
    assert not any("年产值" in (m or "") for m in metrics)  # 可实现年产值: what the projects promise
    assert "电子信息产业营业收入" in metrics  # the done verb is no part of the metric
