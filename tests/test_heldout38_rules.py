"""Rules the misses of the thirty-eighth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 8, 12)


_doc, _records, _projects = rule_helpers(DAY)


def _page(body: str, title: str = "南部县重点项目建设提速") -> str:
    return f"{title}\n\n本报讯 {body}\n"


# --- stages: test runs, works' progress, a start not yet made -------------------------------------

def test_equipment_test_runs_are_works_under_way() -> None:
    page = _page("南部县化工园区的甲醇制烯烃项目目前正在进行设备调试,年内有望投产。"
                 "另外,南部县某某食品有限公司年产8万吨冷冻面点项目本月完成设备调试,进入试生产阶段。")
    projects = _projects(page)
    olefin = projects["甲醇制烯烃项目"]
    assert (olefin.get("stage"), olefin.get("status")) == ("under_construction", "actual")
    # test runs told over give way to the state told next
    assert projects["南部县某某食品有限公司年产8万吨冷冻面点项目"].get("stage") == "in_production"


def test_a_start_not_yet_made_is_a_plan_in_preparation() -> None:
    page = _page("受征地拆迁影响,南部县城北水厂扩建工程至今尚未开工,目前正在办理用地手续。")
    works = _projects(page)["南部县城北水厂扩建工程"]
    assert (works.get("stage"), works.get("status")) == ("planned", "actual")


def test_the_image_progress_done_right_after_a_name_is_its_state() -> None:
    page = _page("南部县嘉陵江沿江防护堤工程完成形象进度的72%;南部县某某纺织有限公司新建厂房项目"
                 "计划9月建成投产。")
    projects = _projects(page)
    dyke = projects["南部县嘉陵江沿江防护堤工程"]
    assert dyke.get("stage") == "under_construction"
    assert dyke.get("date") is None  # the month is the other item's plan
    # how far one project's works have got is no statistic of the county
    assert 72 not in {r.get("value") for r in _records(page, "indicator")}


# --- batches: a progress report's counts ------------------------------------------------------------

def test_a_count_done_after_a_planned_count_with_another_count_after_it() -> None:
    page = _page("截至7月底,全县计划开工项目26个,已开工19个;续建项目41个全部复工,竣工项目8个。")
    counts = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert counts.get(19) == "started", counts
    assert counts.get(26) == "started" and counts.get(41) == "under_construction"


def test_units_and_lagging_projects_of_a_ranking_are_no_batch() -> None:
    page = _page("县里按月排名通报,对进度缓慢的4个项目挂牌督办,3个单位因项目推进不力被约谈;"
                 "全县新签约项目11个,协议投资52亿元。")
    counts = {r.get("count") for r in _records(page, "batch")}
    assert 11 in counts
    assert not counts & {3, 4}, counts


def test_sites_a_tour_visits_are_works_under_way() -> None:
    page = _page("8月8日,南部县组织项目观摩,观摩组一天走访12个项目现场,逐一打分。")
    visited = [r for r in _records(page, "batch") if r.get("count") == 12]
    assert visited and visited[0].get("event") == "under_construction"


def test_a_citys_tour_through_its_counties_counts_the_citys_projects() -> None:
    page = ("全市上半年重点项目拉练活动举行\n\n"
            "本报讯 8月6日,全市上半年重点项目拉练活动举行,拉练组先后深入阆中市、南部县、仪陇县,"
            "现场观摩18个重点项目。\n")
    doc = _doc(page)
    batches = [r for r in doc.records if r.kind == "batch" and r.get("count") == 18]
    assert batches and batches[0].get("region") == "南充市"


# --- project names and fields on a tour --------------------------------------------------------------

def test_a_project_named_before_one_of_its_buildings() -> None:
    page = _page("南部县妇幼保健院整体搬迁项目住院楼主体已完工,计划10月底竣工。"
                 "南部县职业中学扩建项目实训楼主体工程完工,项目总投资2.2亿元,预计明年投用。")
    projects = _projects(page)
    hospital = projects["南部县妇幼保健院整体搬迁项目"]
    # the main part done, then the completion planned right after: the goal is the stage
    assert (hospital.get("stage"), hospital.get("status"), hospital.get("date")) \
        == ("completed", "target", "2025-10")
    # a use planned after other figures leaves the works under way
    school = projects["南部县职业中学扩建项目"]
    assert (school.get("stage"), school.get("status")) == ("under_construction", "actual")


def test_a_tour_stop_whose_inside_is_looked_at_next() -> None:
    page = _page("上午,观摩组来到位于南部县经济开发区的柑橘精深加工产业园。车间里,"
                 "三条榨汁生产线正在安装调试。“项目总投资6.5亿元,建成后可年加工柑橘20万吨。”"
                 "负责人介绍。")
    projects = _projects(page)
    assert "三条榨汁生产线" not in projects  # lines of a plant counted: no project
    park = projects["柑橘精深加工产业园"]
    assert park.get("stage") == "under_construction"
    assert park.get("location")["detail"] == "南部县经济开发区"


def test_an_industrial_cluster_zone_and_spindles() -> None:
    page = _page("位于南部县升钟工业集中区的某某纺织有限公司年产30万锭环锭纺纱项目已于6月开工建设。")
    spin = _projects(page)["某某纺织有限公司年产30万锭环锭纺纱项目"]
    assert spin.get("capacity") == "年产30万锭环锭纺纱"
    assert spin.get("location")["detail"].endswith("升钟工业集中区")


# --- statistics: goals of a class's investment --------------------------------------------------------

def test_a_goal_of_a_class_investment_names_the_investment() -> None:
    page = _page("会议要求,各部门要倒排工期,确保全年重点项目完成投资86亿元以上。",
                 title="南部县召开重点项目推进会")
    goals = [r for r in _records(page, "indicator") if r.get("value") == 8_600_000_000]
    assert goals and goals[0].get("metric") == "重点项目投资"
    assert str(goals[0].get("period")).endswith("(目标)")
    # told done, the same words keep the verb
    done = _page("上半年,全县重点项目完成投资41.3亿元。", title="南部县重点项目半年通报")
    stats = [r for r in _records(done, "indicator") if r.get("value") == 4_130_000_000]
    assert stats and stats[0].get("metric") == "重点项目完成投资"


def test_a_mountain_heading_a_name_is_no_investor() -> None:
    page = _page("太蓬山冷链物流园一期冷库已主体完工,目前正在安装制冷设备。")
    park = _projects(page)["太蓬山冷链物流园一期"]
    assert park.get("stage") == "under_construction"
    assert park.get("investor") is None


def test_a_progress_reports_headline_period_for_a_rate_with_none() -> None:
    page = ("仪陇县通报1—7月项目建设情况\n\n"
            "本报讯 全县计划新开工项目30个,已开工24个,开工率80%;续建项目45个全部复工。\n")
    rates = [r for r in _records(page, "indicator") if r.get("value") == 80]
    assert rates and rates[0].get("period") == "2025-01/2025-07"
    # no part of a year in the headline: the page's year, as before
    plain = page.replace("1—7月", "今年")
    rates = [r for r in _records(plain, "indicator") if r.get("value") == 80]
    assert rates and rates[0].get("period") == "2025"


def test_a_regions_tour_sets_the_regions_goals() -> None:
    page = ("全市重点项目现场推进会举行\n\n"
            "本报讯 8月6日,全市重点项目现场推进会举行,与会人员先后深入阆中市、南部县,现场观摩12个项目。\n\n"
            "在阆中市七里街道,某某食品产业园项目已建成投产。\n\n"
            "会议要求,各地要倒排工期,确保全年重点项目完成投资900亿元以上。\n")
    goals = [r for r in _records(page, "indicator") if r.get("value") == 90_000_000_000]
    assert goals and goals[0].get("region") == "南充市"


def test_a_building_topped_out_in_a_month_dates_the_works() -> None:
    page = _page("南部县某某机械有限公司投资4亿元建设农机装备项目,3号厂房已于7月底封顶;"
                 "南部县城东幼儿园项目去年3月开工,今年5月主体封顶,目前正在进行内部装修。")
    projects = _projects(page)
    machines = projects["农机装备项目"]
    assert (machines.get("stage"), machines.get("date")) == ("under_construction", "2025-07")
    # a topping told with no 已 among other steps of the works leaves the date as it was
    assert projects["南部县城东幼儿园项目"].get("date") is None
