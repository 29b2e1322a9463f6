"""Rules for what sets 27 to 33 still missed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline

DAY = dt.date(2025, 4, 20)


def _projects(page: str, day: dt.date | None = DAY) -> dict:
    return {r.get("name"): r for r in Pipeline().process(page, pub_date=day).records if r.kind == "project"}


BATCH_MEMBERS = (
    "旺苍青川一季度项目建设提速\n\n"
    "本报讯 一季度,旺苍县和青川县分别完成固定资产投资20.6亿元、15.2亿元。\n\n"
    "两县新开工项目分别为12个和9个,总投资分别达30.5亿元、21.6亿元。其中,旺苍县茶叶精深加工园项目"
    "总投资4.8亿元,2月26日开工,建成后可年加工茶叶8000吨;青川县年产10万吨有机肥项目总投资1.6亿元,"
    "由某某农业科技有限公司投资建设,{state}。\n"
)


def test_a_member_told_under_way_in_its_own_item_keeps_that_state() -> None:
    for state in ("目前正抓紧施工", "目前正在加紧建设", "现正加快建设"):
        got = _projects(BATCH_MEMBERS.format(state=state))
        first, second = got["旺苍县茶叶精深加工园项目"], got["青川县年产10万吨有机肥项目"]
        assert first.get("stage") == "started" and first.get("date") == "2025-02-26"
        assert second.get("stage") == "under_construction", (state, second.get("stage"))
        assert second.get("date") is None, (state, second.get("date"))  # the other item's day
    # told nothing of its own, the member still takes its batch's event
    plain = _projects(BATCH_MEMBERS.format(state="建成后可年产有机肥10万吨"))
    assert plain["青川县年产10万吨有机肥项目"].get("stage") == "started"
    # ... but not the day told in the other project's own ；-item
    assert plain["青川县年产10万吨有机肥项目"].get("date") is None
    assert plain["旺苍县茶叶精深加工园项目"].get("date") == "2025-02-26"


def test_a_products_home_heading_a_name_is_a_brand_not_a_township() -> None:
    from newsmill.zh.brands import brand_head

    assert brand_head("茶乡茶业精制加工项目") == "茶乡"
    assert brand_head("梨乡食品冻干生产线项目") == "梨乡"
    assert brand_head("东乡食品加工项目") is None  # a direction heads a township's name
    assert brand_head("某乡农业产业园项目") is None
    # the page writes it as a place: a township, no brand
    assert brand_head("桃乡农业观光园项目", "桃乡党委书记介绍，全乡已种植桃树3000亩。") is None
    page = ("某县签约4个农产品加工项目\n\n"
            "本报讯 今年以来,某某县聚焦茶叶、柑橘等特色资源开展延链招商,成功签约茶乡茶业精制加工、"
            "梨乡食品冻干生产线等项目4个,总投资额12.6亿元。\n")
    got = _projects(page)
    assert got["茶乡茶业精制加工项目"].get("investor") in ("茶乡", "茶乡茶业"), got
    assert got["梨乡食品冻干生产线"].get("investor") in ("梨乡", "梨乡食品"), got


ZONE_ITEMS = (
    "某区与3家企业签约\n\n"
    "本报讯 11月5日，内江市东兴区与3家企业签订投资协议，签约总金额达30.5亿元。其中，{first}；"
    "四川某某材料有限公司投资8.5亿元建设年产10万吨新型建材项目；成都某某科技有限公司投资4亿元"
    "建设电子陶瓷材料项目。\n"
)


def test_a_zone_of_one_item_stays_with_the_project_it_names() -> None:
    first = "江苏某某科技股份有限公司将在内江高新区东兴园区建设年产5万吨负极材料项目，计划总投资18亿元"
    got = _projects(ZONE_ITEMS.format(first=first), dt.date(2024, 11, 8))
    assert got["年产5万吨负极材料项目"].get("location")["detail"] == "东兴园区"
    for other in ("年产10万吨新型建材项目", "电子陶瓷材料项目"):
        assert got[other].get("location")["county"] == "东兴区", got[other].get("location")
        assert got[other].get("location")["detail"] is None, got[other].get("location")


VISIT = (
    "市领导调研重点项目建设\n\n"
    "本报讯 11月20日，市委书记王某某到某某县调研重点项目建设。在某某经济开发区，王某某察看了四川某某"
    "新材料有限公司年产8万吨负极材料项目建设现场。该项目总投资12.5亿元，占地300亩，{phase}，"
    "二期计划明年4月开工建设。\n"
)


def test_a_visited_sites_first_phase_told_done_next_gives_its_stage_and_month() -> None:
    name = "四川某某新材料有限公司年产8万吨负极材料项目"
    done = _projects(VISIT.format(phase="一期工程已于今年6月竣工投产"), dt.date(2024, 11, 22))[name]
    assert (done.get("stage"), done.get("status"), done.get("date")) == ("in_production", "actual", "2024-06")
    built = _projects(VISIT.format(phase="首期已建成投用"), dt.date(2024, 11, 22))[name]
    assert built.get("stage") == "in_production"
    planned = _projects(VISIT.format(phase="一期工程预计明年6月竣工投产"), dt.date(2024, 11, 22))[name]
    assert planned.get("stage") != "in_production" or planned.get("status") == "target"


def test_a_countys_produce_before_a_trade_word_names_no_investor() -> None:
    from newsmill.zh.brands import brand_head

    for name in ("银耳科技产业园二期项目", "魔芋食品精深加工项目", "羊肚菌科技示范园项目",
                 "竹笋食品加工项目"):
        assert brand_head(name) is None, name
    assert brand_head("某辰科技产业园项目") == "某辰"  # a firm's short name still is one
    page = "本报讯 今年，某某县将加快推进宁强县魔芋科技产业园二期项目建设，力争年底前建成。\n"
    got = _projects(page)
    assert got, got
    assert all(r.get("investor") is None for r in got.values()), got


def test_a_sum_each_year_after_goals_is_no_goal_years() -> None:
    page = ("某市出台措施支持制造业发展\n\n"
            "本报讯 近日，某某市出台支持制造业高质量发展若干措施，提出到2028年，全市制造业增加值占地区"
            "生产总值比重达到35%以上。市级财政每年安排8000万元设立制造业发展专项资金，"
            "对新认定的专精特新企业一次性奖励30万元。\n")
    got = {r.get("value"): r for r in Pipeline().process(page, pub_date=dt.date(2025, 5, 6)).records
           if r.kind == "indicator"}
    assert got[35.0].get("period") == "2028(目标)", got[35.0].get("period")
    fund = got[80_000_000]
    assert fund.get("period") == "2025(目标)", fund.get("period")


TOUR = (
    "某区开展重点项目现场观摩\n\n"
    "本报讯 5月16日，重庆市梁平区组织开展重点项目现场观摩活动，观摩团一行先后走进梁平工业园区、"
    "{site}等地，实地察看6个重点项目建设进展。\n\n"
    "{site}{works}项目完成了栈道、停车场等主体建设，目前已完成投资1.2亿元。\n"
)


def test_a_scenic_site_heading_works_upgrading_it_is_their_detail() -> None:
    for site, works in (("百里竹海森林公园", "提质升级"), ("某某湖国家湿地公园", "生态修复"),
                        ("滑石古镇", "风貌改造")):
        got = _projects(TOUR.format(site=site, works=works), dt.date(2025, 5, 18))
        r = got[f"{site}{works}项目"]
        assert r.get("location")["detail"] == site, (site, r.get("location"))
        assert r.get("location")["county"] == "梁平区"


def test_a_town_of_the_item_before_is_not_the_next_works() -> None:
    page = ("某市一季度重大项目集中开工\n\n"
            "本报讯 3月28日，某市一季度重大项目集中开工活动举行。旺苍县主会场开工的项目有：由四川某某食品"
            "有限公司投资5.5亿元建设的茶叶精深加工产业园项目，位于旺苍县嘉川镇，占地200亩，建成后可年加工"
            "茶叶3万吨；总投资3.8亿元的旺苍县农村饮水安全巩固提升工程；总投资2.2亿元的旺苍经济开发区标准化厂房"
            "二期项目，新建厂房10万平方米。\n")
    got = _projects(page, dt.date(2024, 3, 30))
    assert got["茶叶精深加工产业园项目"].get("location")["detail"] == "嘉川镇"
    water = got["旺苍县农村饮水安全巩固提升工程"].get("location")
    assert water["county"] == "旺苍县" and water["detail"] is None, water
    assert got["旺苍经济开发区标准化厂房二期项目"].get("location")["detail"] == "旺苍经济开发区"


def test_a_start_intended_for_a_month_is_a_plan() -> None:
    page = ("某县食品产业加快发展\n\n本报讯 近年来,某县食品产业规模不断扩大。丙公司{cue}9月开工建设年产3万吨"
            "预制菜项目,总投资1.8亿元。\n")
    planned = _projects(page.format(cue="拟于"))["年产3万吨预制菜项目"]
    assert (planned.get("stage"), planned.get("status")) == ("started", "target")
    done = _projects(page.format(cue="已于"))["年产3万吨预制菜项目"]
    assert (done.get("stage"), done.get("status")) == ("started", "actual")
