"""Rules the misses of the thirty-fifth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 3, 20)


_doc, _records, _ = rule_helpers(DAY)


ITEMS = ("某县12个项目列入今年省重点项目\n\n本报讯 日前,省里公布今年重点项目名单,三台县共有3个项目列入,"
         "总投资41.5亿元。\n\n入选项目名单如下:\n\n在建项目\n"
         "1.三台县冷链物流园项目。建设单位:某某供应链管理有限公司;总投资12亿元;"
         "建设内容:新建冷库8万立方米,配套道路3.5公里。\n\n"
         "新开工项目\n2.三台县黄桥镇农产品加工园项目。建设单位:某某农业发展有限公司;计划投资9.5亿元;"
         "建设内容:建设年加工果蔬10万吨生产线,计划于7月开工。\n"
         "3.三台县城区供水提升工程。建设单位:三台县水务局;总投资20亿元;建设内容:新建水厂1座,日供水15万吨。\n")


def test_a_line_introducing_a_list_is_no_title() -> None:
    doc = _doc(ITEMS)
    titles = [a.headline for a in doc.articles]
    assert len(doc.articles) == 1, titles
    assert not any("如下" in (t or "") for t in titles)


def test_numbered_items_named_before_their_labelled_fields_are_projects() -> None:
    projects = {r.get("name"): r for r in _records(ITEMS, "project")}
    assert {"三台县冷链物流园项目", "三台县黄桥镇农产品加工园项目", "三台县城区供水提升工程"} <= set(projects)
    cold = projects["三台县冷链物流园项目"]
    assert cold.get("investor") == "某某供应链管理有限公司"
    assert cold.get("investment_cny") == 1_200_000_000
    assert projects["三台县黄桥镇农产品加工园项目"].get("investment_cny") == 950_000_000
    # a town right after the county heading the name is its detail; no town, no detail
    assert projects["三台县黄桥镇农产品加工园项目"].get("location")["detail"] == "黄桥镇"
    assert not projects["三台县城区供水提升工程"].get("location")["detail"]


def test_the_content_cell_tells_the_stage_event_and_its_plan() -> None:
    projects = {r.get("name"): r for r in _records(ITEMS, "project")}
    park = projects["三台县黄桥镇农产品加工园项目"]
    assert (park.get("stage"), park.get("status"), park.get("date")) == ("started", "target", "2025-07")
    water = projects["三台县城区供水提升工程"]
    assert water.get("stage") == "started" and water.get("date") is None


def test_figures_after_a_content_label_are_the_items_not_statistics() -> None:
    values = {r.get("value") for r in _records(ITEMS, "indicator")}
    assert not values & {8, 3.5, 15}, values
    # a figure in running text with no such label is still a statistic
    plain = "某县经济\n\n本报讯 今年以来,某某县新建农村公路35公里,同比增长12%。\n"
    assert {r.get("value") for r in _records(plain, "indicator")}


def test_projects_put_on_a_key_project_list_are_works_under_way() -> None:
    page = ("我区项目喜报\n\n本报讯 近日,我区有5个项目纳入省重点项目,总投资36亿元。"
            "其中,续建项目3个、前期项目2个。\n")
    events = {b.get("count"): b.get("event") for b in _records(page, "batch")}
    assert events == {5: "under_construction", 3: "under_construction", 2: "planned"}
    # put on a list of another kind: no event read from it
    other = "我区喜报\n\n本报讯 近日,我区有5家企业纳入省级专精特新企业名单。\n"
    assert all(b.get("event") != "under_construction" for b in _records(other, "batch"))


def test_a_place_framing_a_rank_is_no_place_of_the_story() -> None:
    page = ("我县项目喜报\n\n本报讯 近日,省重点项目名单公布,我县有4个项目纳入,"
            "入选数量居绵阳市各县(市、区)第一。其中,新开工项目2个。\n\n1.盐亭县丝绸产业园项目。业主单位:盐亭县丝源实业有限公司;总投资8亿元;"
            "建设内容:新建厂房。\n")
    regions = {b.get("count"): b.get("region") for b in _records(page, "batch")}
    assert regions.get(2) == "盐亭县", regions


def test_a_part_opened_by_qizhong_keeps_the_wholes_scope() -> None:
    page = ("南充市发展和改革委员会\n首页 > 工作动态\n\n上半年全市重点项目完成投资88.2亿元\n"
            "发布时间:2025-07-10 09:30   来源:项目科\n\n今年以来,我市扎实推进项目建设。"
            "上半年,全市56个重点项目完成投资88.2亿元,占年度计划的52.1%。其中,30个续建项目完成投资61.4亿元;26个新开工项目已开工21个,"
            "开工率80.8%。\n\n分区县看,顺庆区、高坪区分别完成投资20.1亿元、18.5亿元。\n")
    stats = {r.get("value"): r.get("region") for r in _records(page, "indicator")}
    assert stats.get(80.8) == "南充市", stats
    assert stats.get(2_010_000_000) == "顺庆区"  # the districts' own figures keep their places


def test_a_rate_named_before_its_rank_is_ranked_with_the_scope() -> None:
    page = ("某市项目建设\n\n上半年重点项目进展\n\n上半年,全市重点项目完成投资88.2亿元,占年度计划的51.2%,"
            "资金到位率居全省第4位。\n\n分区看,顺庆区完成投资20.1亿元。\n")
    page = page.replace("某市", "南充市")
    ranks = [r for r in _records(page, "indicator") if r.get("unit") == "位"]
    assert [(r.get("value"), r.get("metric")) for r in ranks] == [(4, "资金到位率全省排名")]
    assert ranks[0].get("region") != "顺庆区"


def test_a_spending_plan_and_works_carried_on_are_no_plan_of_the_stage() -> None:
    page = ("某市重点项目名单公布\n\n本报讯 今年全市安排重点项目200个,力争全年完成投资500亿元,确保开工率"
            "达到90%以上,将加快推进。续建项目中,总投资30亿元的某某物流港二期工程规模最大,"
            "今年计划完成投资6亿元;总投资12亿元的涪城科创园二期项目正加快主体施工。"
            "新开工项目中,总投资8亿元的某某中学新校区项目计划9月开工。\n")
    projects = {r.get("name"): r for r in _records(page, "project")}
    port = next(r for n, r in projects.items() if "物流港" in n)
    assert (port.get("stage"), port.get("status")) == ("under_construction", "actual")
    park = next(r for n, r in projects.items() if "科创园" in n)
    assert park.get("status") == "actual"
    school = next(r for n, r in projects.items() if "中学" in n)
    assert (school.get("stage"), school.get("status")) == ("started", "target")


def test_the_projects_started_of_those_planned_right_after_them() -> None:
    page = ("某市项目建设\n\n本报讯 一季度,全市32个计划新开工项目已开工25个,开工率78.1%。\n")
    counts = {b.get("count"): b.get("event") for b in _records(page, "batch")}
    assert counts.get(32) == "started" and counts.get(25) == "started", counts
    # of another event too: the projects completed of those planned to complete
    other = "某市项目建设\n\n本报讯 一季度,全市12个计划竣工项目已竣工7个。\n"
    assert {b.get("count") for b in _records(other, "batch")} >= {12, 7}
