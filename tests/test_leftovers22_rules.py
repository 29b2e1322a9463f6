"""Rules the misses left in sets 79, 82 and 76 called for, each on phrasings of its own (other
places, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 20))


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("count"), r.get("event"), r.get("total_cny")) for r in records(page, "batch")]


def _indicators(page: str) -> list[tuple[object, object]]:
    return [(r.get("metric"), r.get("value")) for r in records(page, "indicator")]


# --- batches: building permits issued, one a works ------------------------------------------------

def test_permits_issued_with_their_total_are_a_planned_batch() -> None:
    page = ("住建动态\n\n本报讯 上半年，嵊州市住建局推行并联审批，共发放建筑工程施工许可证42张，"
            "涉及总投资36.5亿元。\n")
    assert (42, "planned", 3650000000) in _batches(page)
    assert not any(v == 3650000000 for _, v in _indicators(page))


def test_permits_issued_counted_after_the_verb_and_a_total_word() -> None:
    page = ("住建动态\n\n本报讯 今年以来，武义县办理施工许可累计27个，总投资18亿元，"
            "平均办理时间压减至3个工作日。\n")
    assert (27, "planned", 1800000000) in _batches(page)


def test_a_single_permit_or_other_licences_are_no_batch() -> None:
    page = ("住建动态\n\n本报讯 5月8日，该项目取得施工许可证，总投资3.2亿元，当天即进场施工。\n")
    assert not any(c == 1 for c, _, _ in _batches(page))
    page = ("住建动态\n\n本报讯 上半年，全县共核发排污许可证42张，办理营业执照316个。\n")
    assert _batches(page) == []


# --- batches: the part of the projects counted before that got so far, in the next sentence ------

def test_the_projects_started_by_a_day_reached_are_a_batch() -> None:
    page = ("访谈\n\n记者：今年重点项目进展如何？\n陈伟：今年全区安排区级重点项目84个，总投资612亿元。"
            "截至6月底，开工复工63个，完成投资88.4亿元。\n")
    got = _batches(page)
    assert (84, "under_construction", 61200000000) in got
    assert (63, "started", 8840000000) in got


def test_later_parts_without_a_day_reached() -> None:
    page = ("本报讯 今年全县谋划招商引资项目45个，总投资230亿元。目前已签约31个，"
            "已开工12个。\n")
    got = [(c, e) for c, e, _ in _batches(page)]
    assert (31, "signed") in got
    assert (12, "started") in got


def test_a_count_with_no_projects_before_is_no_batch() -> None:
    page = ("本报讯 今年全区新增市场主体2300户。截至6月底，开工复工63个，就业人数增加。\n")
    assert _batches(page) == []


# --- projects: a permit notice names its works in a labelled line ---------------------------------

def test_a_permit_notice_s_works_are_a_planned_project() -> None:
    page = ("施工许可信息公示\n\n工程名称：永康市第三自来水厂扩建工程\n建设单位：永康市水务集团有限公司\n"
            "建设地址：永康市石柱镇\n合同价格：5120.6万元\n发证机关：永康市住房和城乡建设局\n"
            "发证日期：2026年5月12日\n")
    got = projects(page)
    assert "永康市第三自来水厂扩建工程" in got
    assert got["永康市第三自来水厂扩建工程"].get("stage") == "planned"
    assert got["永康市第三自来水厂扩建工程"].get("date") == "2026-05-12"


def test_a_works_name_label_with_a_bullet_in_a_tender() -> None:
    page = ("招标公告\n\n1.工程名称：缙云县壶镇污水管网提升改造工程\n2.招标人：缙云县住房和城乡建设局\n"
            "3.计划工期：180日历天\n")
    assert "缙云县壶镇污水管网提升改造工程" in projects(page)


def test_a_works_name_label_without_a_works_word_names_nothing() -> None:
    page = ("施工许可信息公示\n\n工程名称：永康市第三自来水厂扩建\n建设单位：永康市水务集团有限公司\n")
    assert not any(n.startswith("永康市第三") and n.endswith("扩建") for n in projects(page))


# --- projects: works named only in a tender's or a bid result's title -----------------------------

def test_works_named_only_in_a_bid_result_title_are_planned() -> None:
    page = ("首页 > 招标投标\n\n缙云县壶镇镇溪口至前路公路提质改造工程中标结果公告\n\n"
            "招标人：缙云县交通运输局\n开标时间：2026年5月8日\n"
            "项目概况：路线全长8.6公里，项目估算总投资3150万元。\n"
            "中标人：浙江某某路桥有限公司 中标价：2764.18万元\n")
    got = projects(page)
    name = next(n for n in got if n.endswith("溪口至前路公路提质改造工程"))
    r = got[name]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    assert r.get("investor") == "缙云县交通运输局"
    assert r.get("investment_cny") == 31500000


def test_a_tender_title_with_the_part_let() -> None:
    page = ("招标公告\n\n武义县城北污水泵站改造项目监理招标公告\n\n"
            "招标人：武义县水务局\n计划工期：120日历天\n")
    assert any(n.endswith("城北污水泵站改造项目") for n in projects(page))


def test_a_news_title_or_a_list_of_results_names_no_notice_project() -> None:
    page = ("招投标动态\n\n县公共资源交易中心公布上半年中标结果公告\n\n"
            "上半年，县公共资源交易中心共完成交易项目86个，节约资金2300万元。\n")
    assert not any("交易中心" in n for n in projects(page))
    page = ("本报讯\n\n武义县城北污水泵站改造项目开工\n\n5月6日，该项目正式开工，总投资1800万元。\n")
    got = projects(page)
    assert all(r.get("stage") != "planned" for r in got.values())


# --- projects: a stop of an observation tour, a share of the works done ---------------------------

def test_the_site_of_a_tour_stop_is_a_works_under_way() -> None:
    page = ("观摩\n\n10月15日，汉阴县组织重点项目观摩活动。\n\n"
            "第三站，观摩团走进位于涧池镇的汉阴县月河片区棚户区改造项目现场。\n\n"
            "第四站是位于城关镇的汉阴县农产品冷链物流中心。\n")
    got = projects(page)
    a = next(n for n in got if n.endswith("月河片区棚户区改造项目"))
    b = next(n for n in got if n.endswith("农产品冷链物流中心"))
    for n in (a, b):
        assert (got[n].get("stage"), got[n].get("status")) == ("under_construction", "actual")


def test_a_tour_stop_keeps_a_state_told_and_a_plain_sentence_names_nothing() -> None:
    page = ("观摩\n\n第二站，观摩团来到石泉县富硒茶加工厂项目现场，车间里两条生产线已建成投产。\n")
    got = projects(page)
    n = next(n for n in got if n.endswith("富硒茶加工厂项目"))
    assert got[n].get("stage") == "in_production"
    page = ("观摩\n\n当天，观摩团还听取了汉阴县农产品冷链物流中心的情况汇报。\n")
    assert not any(n.endswith("农产品冷链物流中心") for n in projects(page))


def test_a_share_of_the_works_done_says_they_go_on() -> None:
    page = ("进度\n\n● 岚皋县：南宫山游客服务中心项目完成总工程量的55%，年内完成投资1.2亿元。\n")
    got = projects(page)
    n = next(n for n in got if n.endswith("南宫山游客服务中心项目"))
    assert (got[n].get("stage"), got[n].get("status")) == ("under_construction", "actual")
    page = ("进度\n\n宁陕县城区供水管网改造工程已完成工程总量的六成，确保年底前通水。\n")
    got = projects(page)
    n = next(n for n in got if n.endswith("供水管网改造工程"))
    assert got[n].get("stage") == "under_construction"


def test_a_park_a_tour_stops_at_is_no_works_but_its_phase_is_its_own() -> None:
    page = ("观摩\n\n10月15日，汉阴县组织重点项目观摩活动，观摩团首先来到汉阴县工业园区。\n\n"
            "第二站，观摩团走进位于蒲溪镇的汉阴县富硒茶产业园。园区二期项目计划总投资1.8亿元，"
            "力争明年3月开工。\n")
    got = projects(page)
    assert not any(n.endswith("富硒茶产业园") for n in got)
    phase = next(n for n in got if "二期" in n)
    assert "富硒茶产业园" in phase and "工业园区" not in phase


def test_the_zone_s_phase_stays_the_zone_s_with_no_park_in_the_paragraph() -> None:
    page = ("本报讯 今年，汉阴县工业园区加快扩区提质。\n\n"
            "园区二期项目计划总投资6亿元，力争明年3月开工。\n")
    got = projects(page)
    assert any("工业园区" in n and "二期" in n for n in got)


# --- statistics: an infographic's lines -------------------------------------------------------------

_LEDGER = ("数读安康重点项目\n\n本报记者 李四 整理\n\n【全市重点项目】\n2026年全市安排市级重点项目265个\n"
           "总投资1480亿元\n1—5月完成投资196.3亿元\n\n【钱从哪里来】\n发行新增专项债券21.4亿元，支持项目33个\n"
           "【项目动态】\n岚皋县南宫山索道提升工程：总投资1.6亿元，获专项债券资金6000万元\n")


def test_a_figure_closing_an_infographic_line_is_a_statistic() -> None:
    got = {r.get("value"): r for r in records(_LEDGER, "indicator")}
    assert 19630000000 in got
    assert got[19630000000].get("period") == "2026-01/2026-05"


def test_an_infographic_line_s_months_hold_for_that_line_only() -> None:
    got = {r.get("value"): r for r in records(_LEDGER, "indicator")}
    assert 2140000000 in got
    assert got[2140000000].get("period") == "2026"


def test_a_works_ledger_line_s_money_is_the_works_own() -> None:
    assert not any(r.get("value") == 60000000 for r in records(_LEDGER, "indicator"))


def test_a_figure_cut_by_a_wrapped_line_is_still_read_in_its_sentence() -> None:
    page = ("本报讯 今年1—5月，全市规上工业增加值同比增长8.2%，\n高于全省1.1个百分点。\n")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 8.2 in got


# --- projects: a practice spread to projects at large ----------------------------------------------

def test_a_practice_spread_to_projects_at_large_is_no_project() -> None:
    page = ("本报讯 今年，嵊州市将“交地即交证”做法推广到全市重点产业项目，力争年内惠及项目20个以上。\n")
    assert not any("推广" in n for n in projects(page))
    page = ("本报讯 武义县把“标准地”改革经验复制至县域所有新建工业项目。\n")
    assert not any("复制" in n for n in projects(page))


def test_a_project_whose_name_holds_no_such_verb_stays() -> None:
    page = ("本报讯 5月6日，嵊州市越剧小镇文旅融合项目开工，总投资6.2亿元，将把越剧文化推广到长三角。\n")
    assert any(n.endswith("越剧小镇文旅融合项目") for n in projects(page))


def test_the_grid_point_a_plant_feeds_is_no_project() -> None:
    page = ("核准批复\n\n三、项目主要建设内容及规模：建设光伏组件及逆变升压设施，配套建设35千伏集电线路，"
            "并入附近220千伏变电站。\n")
    assert not any(n.startswith("并入") for n in projects(page))


def test_a_substation_built_as_works_stays() -> None:
    page = ("本报讯 6月3日，汉阴县110千伏涧池变电站新建工程正式开工，总投资6800万元。\n")
    assert any(n.endswith("变电站新建工程") for n in projects(page))


def test_a_table_row_s_last_cell_is_no_infographic_line() -> None:
    page = ("本报讯 全市重点项目资金情况如下。\n\n项目类别  计划投资  已完成\n"
            "合计  —  48.6亿元  19.2亿元\n产业项目  31.2亿元  12.5亿元\n")
    assert not any(r.get("value") == 1920000000 for r in records(page, "indicator"))
