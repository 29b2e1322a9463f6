"""Rules the misses of the ninety-ninth held-out set called for, each on phrasings of its own.

The set is investment promotion: a city's delegation visiting firms in another province, fairs
signing projects on the spot by framework agreements and letters of intent, projects going from talks
to a signing to a firm registered, the funds a city attracts, and a firm's visit that is only a
meeting.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.brands import brand_head
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 10))


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


def _names(page: str) -> list[str]:
    return list(projects(f"{page}\n"))


def _batches(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(f"{page}\n", "batch")]


# --- dates: a fair's signings on the spot --------------------------------------------------------------

def test_the_projects_a_fair_signs_on_the_spot_take_its_day() -> None:
    page = ("本报讯（记者 房雨桐）6月3日，2026鹤山区装备制造招商推介会在鹤山区举行。推介会现场签约项目7个，"
            "签约总额31.2亿元。\n\n签约项目中，甲乙机械有限公司年产2万台农机装备项目投资6亿元，用地120亩。")
    assert _project(page, "农机装备")["date"] == "2026-06-03"


def test_a_later_sentence_of_the_lead_opening_on_the_spot_signings_dates_them() -> None:
    page = ("6月4日，鹤壁（嘉兴）先进制造业投资说明会在浙江省嘉兴市举行。两地企业代表150余人参加活动。"
            "说明会现场签约项目9个，签约总额52亿元，其中投资协议6个、投资意向书3个。\n\n"
            "签约项目中，淇滨区与一家嘉兴企业签约年产8000吨功能膜材料项目，投资4亿元。")
    assert _project(page, "功能膜")["date"] == "2026-06-04"


def test_a_fair_whose_spot_signings_come_after_another_date_gives_none() -> None:
    page = ("6月4日，某县招商说明会在杭州举行。5月以来客商考察不断。说明会现场签约项目9个。\n\n"
            "签约项目中，某县与一家企业签约年产8000吨功能膜材料项目，投资4亿元。")
    assert _project(page, "功能膜").get("date") != "2026-06-04"


# --- stages: talks, a signing, a firm registered ----------------------------------------------------------

def test_a_firm_registered_after_the_signing_is_the_landing_reached_on_its_month() -> None:
    page = "本报讯 浚县年产5万吨果蔬冻干项目，今年2月正式签约，3月已完成工商注册，预计7月开工。"
    p = _project(page, "果蔬冻干")
    assert (p["stage"], p["date"]) == ("signed", "2026-03")


def test_a_signing_then_a_start_is_still_the_start() -> None:
    page = "本报讯 浚县年产5万吨果蔬冻干项目，今年2月正式签约，3月开工建设。"
    assert _project(page, "果蔬冻干")["stage"] == "started"


def test_talks_told_first_yield_to_the_signing_after_the_name() -> None:
    page = "本报讯 去年在某展会期间达成合作意向的淇县电子元件封装项目，今年4月正式签约，总投资3亿元。"
    assert _project(page, "电子元件封装")["stage"] == "signed"


def test_talks_told_first_with_no_later_event_stay_talks() -> None:
    page = "本报讯 去年在某展会期间达成合作意向的淇县电子元件封装项目，目前仍在跟进，意向投资3亿元。"
    assert _project(page, "电子元件封装")["stage"] == "negotiating"


def test_the_fair_a_project_was_signed_at_is_no_promotion_of_it() -> None:
    page = "本报讯 日前，山城区4月在招商推介会上签约的汽车座椅骨架项目完成工商注册，总投资2亿元。"
    assert _project(page, "座椅骨架")["stage"] == "signed"


def test_a_project_promoted_at_a_fair_is_still_planned() -> None:
    page = "本报讯 山城区在招商推介会上推介了汽车座椅骨架项目，项目估算总投资2亿元。"
    assert _project(page, "座椅骨架")["stage"] == "planned"


def test_a_site_after_an_agreement_signed_builds_what_was_signed() -> None:
    page = "本报讯 宜阳县与一家东莞企业签订投资协议，在宜阳县产业集聚区建设小家电组装项目，总投资2.6亿元。"
    assert _project(page, "小家电组装")["stage"] == "signed"


def test_a_site_and_building_with_no_agreement_signed_stay_building() -> None:
    page = "本报讯 宜阳县正在宜阳县产业集聚区建设小家电组装项目，总投资2.6亿元。"
    assert _project(page, "小家电组装")["stage"] == "under_construction"


def test_talks_in_depth_or_right_before_the_site_are_negotiation() -> None:
    page = ("本报讯 在东莞，考察组走进甲乙电子有限公司的车间。双方就在汝阳县建设智能穿戴设备项目深度洽谈，"
            "意向投资5亿元。在惠州，考察组走访了丙丁塑胶有限公司，对接在汝阳县建设日用塑料制品项目。")
    assert _project(page, "智能穿戴")["stage"] == "negotiating"
    assert _project(page, "日用塑料")["stage"] == "negotiating"


def test_a_start_told_done_on_its_month_stands_over_works_under_way_now() -> None:
    page = "本报讯 伊川县年产3万吨铝合金型材项目已于今年3月开工，目前主体厂房正在建设。"
    p = _project(page, "铝合金型材")
    assert (p["stage"], p["date"]) == ("started", "2026-03")


def test_a_start_of_last_year_is_old_news_under_the_works_now() -> None:
    page = "本报讯 伊川县年产3万吨铝合金型材项目已于去年10月开工，目前主体厂房正在建设。"
    assert _project(page, "铝合金型材")["stage"] == "under_construction"


# --- places and investors of talks ------------------------------------------------------------------------

def test_the_county_right_before_the_building_verb_is_where_the_works_go() -> None:
    page = ("深入东莞惠州走访企业9家　达成合作意向项目4个\n洛宁县党政代表团赴粤开展招商\n\n"
            "本报讯 6月2日至4日，洛宁县党政代表团赴广东省东莞市、惠州市开展招商活动。\n\n"
            "在东莞，代表团考察了甲乙五金制品有限公司，双方就在洛宁县建设精密五金件项目达成合作意向，"
            "意向投资6亿元。")
    p = _project(page, "精密五金件")
    assert p["location"]["county"] == "洛宁县"
    assert p["investor"] == "甲乙五金制品有限公司"


def test_a_place_named_before_a_firm_is_no_building_site() -> None:
    page = "本报讯 6月2日，洛宁县与东莞甲乙五金制品有限公司签约精密五金件项目，投资6亿元。"
    assert _project(page, "精密五金件")["location"]["county"] == "洛宁县"


def test_the_firm_met_or_visited_before_both_sides_talks_is_the_investor() -> None:
    page = ("本报讯 在嘉兴，代表团走进浙江甲乙纺织集团有限公司的展厅，了解企业产能布局。双方就在孟津区建设"
            "高端面料项目深入对接。在湖州，新安县与丙丁智能装备有限公司就在新安县建设工业传感器项目达成合作意向。"
            "双方还就精密减速器项目进行了深入洽谈。")
    assert _project(page, "高端面料")["investor"] == "浙江甲乙纺织集团有限公司"
    assert _project(page, "工业传感器")["investor"] == "丙丁智能装备有限公司"
    assert _project(page, "减速器")["investor"] == "丙丁智能装备有限公司"


def test_both_sides_talks_after_no_firm_named_take_no_investor() -> None:
    page = "本报讯 在嘉兴，代表团与当地商会座谈。双方就在孟津区建设高端面料项目深入对接。"
    assert _project(page, "高端面料").get("investor") is None


def test_a_firm_registered_right_after_the_name_is_its_investor() -> None:
    page = "本报讯 日前，偃师区签约的精密轴承项目完成工商注册，洛阳甲乙轴承有限公司正式注册落户偃师区。"
    assert _project(page, "精密轴承")["investor"] == "洛阳甲乙轴承有限公司"


def test_sectors_and_uses_heading_a_name_are_no_brands() -> None:
    assert brand_head("中医康养综合体项目") is None
    assert brand_head("低空旅游项目") is None
    assert brand_head("户外装备生产基地项目") is None
    assert brand_head("药用玻璃包装瓶项目") is None


def test_a_brand_heading_a_use_word_is_still_a_brand() -> None:
    assert brand_head("鸿途康养综合体项目") == "鸿途"


# --- names that are no projects ---------------------------------------------------------------------------

def test_parks_and_buildings_guests_tour_are_no_projects() -> None:
    page = ("本报讯 推介会后，30余名客商实地考察了偃师区食品产业园、物流园区和标准化厂房建设现场。"
            "偃师区年产2万吨速冻食品项目同日开工，投资3亿元。")
    names = _names(page)
    assert not any("食品产业园" in n or "标准化厂房" in n for n in names)
    assert any("速冻食品" in n for n in names)


def test_a_project_guests_tour_is_still_a_project() -> None:
    page = "本报讯 推介会后，客商实地考察了偃师区年产2万吨速冻食品项目建设现场，该项目投资3亿元。"
    assert any("速冻食品" in n for n in _names(page))


def test_a_name_counted_or_told_lively_is_a_class() -> None:
    page = ("本报讯 1—5月，全市新签约亿元以上项目40个。其中，智能装备和新材料项目分别签约9个和6个；"
            "文旅项目签约活跃。")
    assert not any("新材料项目" in n or "文旅项目" in n for n in _names(page))


def test_a_count_of_what_the_works_hold_leaves_the_name_a_project() -> None:
    page = "某某发布会\n\n位于宜阳县的北岭云谷算力中心一期2000个标准机架已于5月投入运营，二期计划明年开工。"
    assert any("算力中心一期" in n for n in _names(page))


def test_works_built_after_an_agreement_signed_are_a_project() -> None:
    page = "本报讯 6月5日，栾川县与郑州一家企业签订框架协议，拟合作打造山地康养小镇项目，计划投资8亿元。"
    assert any("山地康养小镇" in n for n in _names(page))


def test_a_goal_to_build_with_no_signing_or_sum_is_no_project() -> None:
    page = "本报讯 栾川县将坚持生态优先，着力打造全域旅游示范区。"
    assert not any("示范区" in n for n in _names(page))


# --- batches ----------------------------------------------------------------------------------------------

def test_the_talks_a_delegation_counts_are_its_home_places() -> None:
    page = ("深入东莞惠州走访企业9家　达成合作意向项目4个\n洛宁县党政代表团赴粤开展招商\n\n"
            "本报讯 6月2日至4日，洛宁县党政代表团赴广东省东莞市、惠州市开展招商活动。\n\n"
            "此行期间，代表团共达成合作意向项目4个，意向投资额21亿元；另有在谈项目5个。")
    regions = {b["count"]: b["region"] for b in _batches(page)}
    assert regions.get(4) == "洛宁县" and regions.get(5) == "洛宁县"


def test_letters_of_intent_in_a_breakdown_of_signings_are_signed() -> None:
    page = ("本报讯 6月8日，某县招商推介会举行，现场签约项目12个，签约总额40亿元，其中投资协议7个、"
            "框架协议3个、投资意向书2个。")
    events = {b["count"]: b["event"] for b in _batches(page)}
    assert events.get(2) == "signed" and events.get(3) == "signed"


def test_letters_of_intent_counted_alone_are_talks() -> None:
    page = "本报讯 6月8日，某县与客商签订投资意向书，达成合作意向项目5个，意向投资额20亿元。"
    events = {b["count"]: b["event"] for b in _batches(page)}
    assert events.get(5) == "negotiating"


# --- titles and furniture ---------------------------------------------------------------------------------

def test_a_line_of_the_projects_signed_together_restates_the_fair_reported() -> None:
    page = ("集中签约项目6个　总额22.5亿元\n洛宁县文旅产业招商推介会在郑州举行\n\n"
            "本报讯（记者 某某）6月6日，洛宁县文旅产业招商推介会在郑州举行，集中签约项目6个。\n")
    art = doc(page).articles[0]
    assert art.headline == "洛宁县文旅产业招商推介会在郑州举行"


def test_a_signing_line_over_a_fair_not_reported_held_stays_the_title() -> None:
    page = ("洛宁县赴郑州举办文旅产业招商推介会\n现场签约项目6个　签约总额22.5亿元\n\n"
            "本报讯（记者 某某）6月6日，洛宁县文旅产业招商推介会在郑州举办，现场签约项目6个。\n")
    art = doc(page).articles[0]
    assert art.headline.startswith("现场签约项目6个")


def test_a_site_name_over_its_menu_is_furniture() -> None:
    texts = ["鹤壁新闻网", "首页 | 鹤壁要闻 | 县区 | 经济", "当前位置: 首页 > 经济", "", "某县签约3个项目"]
    assert classify_text(texts, 0) == ("furniture", "crumbs")


def test_a_short_title_over_a_paragraph_is_no_site_name() -> None:
    texts = ["县区联播网", "本报讯 6月6日，某县举行项目集中签约仪式。"]
    assert classify_text(texts, 0) is None
    texts = ["", "某县签约3个项目", "首页 | 鹤壁要闻 | 县区 | 经济"]
    assert classify_text(texts, 1) is None


def test_the_signed_projects_whose_firms_registered_are_a_batch_landed() -> None:
    page = ("本报讯 截至5月底，偃师区今年新签约的31个项目中已有20个完成工商注册。"
            "今年新安县签约项目已有12个注册落户，另有4个正在办理手续。")
    counts = {b["count"]: b["event"] for b in _batches(page)}
    assert counts.get(20) == "signed" and counts.get(12) == "signed"


def test_projects_registered_with_no_signing_told_are_no_batch() -> None:
    page = "本报讯 今年以来，新安县新登记市场主体已有1200个完成注册。"
    assert not any(b["count"] == 1200 for b in _batches(page))


def test_pairs_made_in_a_year_are_a_capacity() -> None:
    page = "本报讯 6月3日，宜阳县甲乙鞋业有限公司年产600万双休闲鞋生产线项目开工，投资2亿元。"
    assert _project(page, "休闲鞋")["capacity"] == "年产600万双休闲鞋"


def test_both_sides_after_a_figure_are_no_pairs() -> None:
    page = "本报讯 6月3日，宜阳县与甲乙鞋业有限公司签约休闲鞋生产线项目，投资2亿元，2双方将加快推进。"
    assert _project(page, "休闲鞋").get("capacity") is None
