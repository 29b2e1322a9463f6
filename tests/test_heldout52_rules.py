"""Rules the misses of the fifty-second held-out set called for, each on phrasings of its own.

The set is a long feature on a city's industrial-chain leaders and promotion by chain (an opening
run of results closed by ``……这是…``, sub-heads, a works told over two or three paragraphs, a
manager quoted with figures, the year's goals), then a photo story.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.cues import target_in
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 10, 8))


def _one(page: str) -> object:
    found = list(projects(page).values())
    assert len(found) == 1, [r.get("name") for r in found]
    return found[0]


# --- statistics: the firms an action goes to or is taken with ---------------------------------

def test_firms_helped_after_wei_are_no_statistic() -> None:
    page = ("某县金融助企\n\n本报讯 今年以来,某某县已为57家小微企业发放贷款3.1亿元,"
            "县工业园区入驻企业达到88家。\n")
    found = {(r.get("metric"), r.get("value")) for r in indicators(page)}
    assert all(v != 57 for _, v in found), found
    assert any(v == 88 for _, v in found), found


def test_firms_listed_before_their_count_after_wei_are_no_statistic() -> None:
    page = ("某县金融助企\n\n本报讯 某某县为天宇机械、恒达纺织等16家园区企业协调融资2.4亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 16 not in values, values
    assert 240000000 in values


def test_banks_joined_with_are_no_statistic() -> None:
    page = "某县金融助企\n\n本报讯 某某县工信局联合5家银行推出“园区贷”,今年已放款1.6亿元。\n"
    assert 5 not in {r.get("value") for r in indicators(page)}


# --- statistics: a firm's own months --------------------------------------------------------

def test_a_firms_output_after_the_months_is_its_own() -> None:
    page = ("某县走访企业\n\n本报讯 “订单已经排到了明年。”某某机械有限公司总经理刘成说,今年1-9月"
            "公司实现产值3.2亿元。今年1-9月,某某县规上工业增加值增长8.4%。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 320000000 not in values
    assert 8.4 in values


# --- regions: a run of results takes the place named at its close -----------------------------

def test_a_run_closed_by_a_county_takes_that_county() -> None:
    page = ("某市两县产业链观察\n\n广安市岳池县、邻水县推行链长制\n\n"
            "新签约装备制造项目8个、总投资64亿元;链上企业融资9.2亿元……这是广安市岳池县"
            "推行链长制一年来交出的一份答卷。\n")
    regions = {r.get("region") for r in indicators(page)}
    assert regions == {"岳池县"}, regions


def test_a_run_without_a_closing_place_keeps_the_city() -> None:
    page = ("某市两县产业链观察\n\n广安市岳池县、邻水县推行链长制\n\n"
            "新签约装备制造项目8个、总投资64亿元;链上企业融资9.2亿元。全市链长制运行平稳。\n")
    regions = {r.get("region") for r in indicators(page)}
    assert regions == {"广安市"}, regions


# --- stages: the later of two dated events, across years and phases ---------------------------

def test_the_later_event_of_last_year_and_this_year_is_reached() -> None:
    page = ("某县项目巡礼\n\n本报讯 某某县年产8万吨新型建材项目由某某建材集团投资建设,总投资6亿元,"
            "去年10月开工,今年5月一期建成投产。\n")
    r = _one(page)
    assert (r.get("stage"), r.get("date")) == ("in_production", "2024-05")


def test_two_events_of_one_year_keep_their_order() -> None:
    page = ("某县项目巡礼\n\n本报讯 某某县年产8万吨新型建材项目今年2月签约,今年7月开工建设。\n")
    assert _one(page).get("stage") == "started"


def test_a_later_month_of_last_year_is_not_after_this_years() -> None:
    page = ("某县项目巡礼\n\n本报讯 某某县年产8万吨新型建材项目今年3月签约,去年11月已完成选址。\n")
    assert _one(page).get("stage") == "signed"


# --- names: stores and hubs, parts of works, progress reports ---------------------------------

def test_a_hub_named_without_xiangmu_is_a_project() -> None:
    page = ("某县物流\n\n本报讯 某某物流公司拟投资2.3亿元在某某县建设川南果蔬冷链集配中心,"
            "建成后年周转能力达12万吨。\n")
    assert any(n.endswith("集配中心") for n in projects(page))


def test_a_phases_main_building_and_a_progress_report_are_no_projects() -> None:
    page = ("某县项目巡礼\n\n本报讯 某某县年产5万吨饲料项目今年3月开工,目前二期主体厂房已完成六成。"
            "县里要求专班每周报送一次项目进度。\n")
    names = set(projects(page))
    assert names == {"某某县年产5万吨饲料项目"} or names == {"年产5万吨饲料项目"}, names


# --- investors: a firm signing with the place, then investing to build ------------------------

def test_a_firm_signing_with_the_county_then_investing_builds_the_works() -> None:
    page = ("某县招商\n\n本报讯 9月,广东联创电子有限公司与某某县签订投资协议,拟投资9亿元在县经开区"
            "建设年产500万套精密结构件项目。\n")
    assert _one(page).get("investor") == "广东联创电子有限公司"


def test_two_firms_signing_name_no_investor_by_this_rule() -> None:
    page = ("某县招商\n\n本报讯 9月,甲乙贸易有限公司与丙丁物流有限公司签约,投资9亿元建设年产500万套"
            "精密结构件项目。\n")
    assert _one(page).get("investor") != "甲乙贸易有限公司"


# --- stages: talks about another works named after ------------------------------------------

def test_talks_about_the_next_named_base_leave_the_first_signed() -> None:
    page = ("某县招商\n\n本报讯 某某集团引荐的锂电铜箔项目已于8月签约,某某公司推介的新型储能"
            "电池生产基地正在洽谈。\n")
    found = projects(page)
    stages = {n: r.get("stage") for n, r in found.items()}
    assert stages.get("锂电铜箔项目") == "signed", stages
    assert any(s == "negotiating" for n, s in stages.items() if n.endswith("基地")), stages


# --- bylines: a photo credit naming its spaced author alone -----------------------------------

def test_a_spaced_name_with_a_photo_craft_is_a_credit() -> None:
    credit = parse_credit_line("罗 兰 摄")
    assert credit is not None and [s.text for s in credit.reporters] == ["罗兰"]


def test_spaced_words_without_a_craft_are_no_credit() -> None:
    assert parse_credit_line("丰 收 在 望") is None


# --- places: an area of a zone, a place after the name ----------------------------------------

def test_an_area_of_a_zone_before_building_is_the_detail() -> None:
    page = ("某县招商\n\n本报讯 宜宾市南溪区加快招商步伐。某某食品公司拟投资3亿元在城北片区建设"
            "年产2万吨火锅底料项目。\n")
    assert _one(page).get("location").get("detail") == "城北片区"


def test_the_county_where_the_event_happens_after_the_name() -> None:
    page = ("某市项目\n\n本报讯 遂宁市电子信息产业加快成势。总投资5亿元的年产800万片柔性线路板项目"
            "今年6月在射洪市开工。\n")
    loc = _one(page).get("location")
    assert (loc.get("city"), loc.get("county")) == ("遂宁市", "射洪市")


def test_a_place_of_another_city_after_the_name_is_not_taken() -> None:
    page = ("某市项目\n\n本报讯 遂宁市电子信息产业加快成势。总投资5亿元的年产800万片柔性线路板项目"
            "今年6月在成都开工。\n")
    assert _one(page).get("location").get("county") is None


# --- stages: a first phase's start told in the next sentence ----------------------------------

def test_a_first_phase_start_told_next_dates_the_works() -> None:
    page = ("某县项目\n\n本报讯 位于某某工业园的某某科技年产3万吨电子化学品项目,是全县的一号工程。"
            "该项目由某某化工集团投资建设,总投资18亿元。一期今年2月开工,目前正在安装设备。\n")
    r = _one(page)
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "actual", "2024-02")


# --- status: funds won for firms are work done --------------------------------------------------

def test_funds_won_for_firms_are_no_plan() -> None:
    assert target_in("帮助企业争取贷款2.2亿元") is None
    assert target_in("为园区企业争取上级资金8000万元") is None


def test_a_plan_to_win_funds_stays_a_plan() -> None:
    assert target_in("今年将争取上级资金5亿元") is not None
    assert target_in("力争帮助企业争取贷款3亿元") is not None


# --- places: a scene set at a park before the works' sentence ---------------------------------

def test_a_scene_at_a_park_gives_the_next_works_its_detail() -> None:
    page = ("某县项目\n\n本报讯 达州市通川区先进制造业提速。\n\n在通川工业园区罗江片区,某某精工的新车间里,"
            "工人们正在调试设备。\n\n这个年产20万台精密减速机项目由某某精工投资建设,总投资7亿元,"
            "今年4月开工。\n")
    r = _one(page)
    assert r.get("name") == "年产20万台精密减速机项目"
    assert r.get("location").get("detail") == "通川工业园区罗江片区"


def test_a_scene_before_another_project_gives_no_detail() -> None:
    page = ("某县项目\n\n本报讯 达州市通川区先进制造业提速。\n\n"
            "在通川工业园区罗江片区,甲项目正在调试设备。\n\n这个年产20万台精密减速机项目由某某精工投资建设,总投资7亿元,今年4月开工。\n")
    r = projects(page).get("年产20万台精密减速机项目")
    assert r is not None and r.get("location", {}) is not None
    assert (r.get("location") or {}).get("detail") != "通川工业园区罗江片区"


# --- dates: a month opening the sentence of a signing told before the name --------------------

def test_a_month_opening_a_signing_then_building_dates_the_works() -> None:
    page = ("某县招商\n\n本报讯 德阳市旌阳区加快招商。今年8月,江苏华拓物流有限公司与旌阳区签订协议,"
            "拟投资4亿元建设川中医药冷链集配中心。\n")
    r = _one(page)
    assert (r.get("stage"), r.get("date")) == ("signed", "2024-08")


def test_a_month_of_another_sentence_does_not_date_the_signing() -> None:
    page = ("某县招商\n\n本报讯 德阳市旌阳区加快招商。今年8月,全区召开招商推介会。江苏华拓物流有限公司"
            "与旌阳区签订协议,拟投资4亿元建设川中医药冷链集配中心。\n")
    assert _one(page).get("date") is None


# --- batches: a floor set for each place ------------------------------------------------------

def test_a_floor_for_each_place_is_a_batch() -> None:
    page = "某市目标\n\n本报讯 按照计划,三县今年新开工项目均不少于12个。\n"
    batches = [r for r in doc(page).records if r.kind == "batch"]
    assert [(b.get("count"), b.get("event")) for b in batches] == [(12, "started")]
