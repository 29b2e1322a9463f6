"""Rules the leftovers of sets 104 and 108 called for, each on phrasings of its own (Heilongjiang's
Yanshou, Raohe, Tonghe, Fangzheng, Suibin; Jilin's Nong'an, Yongji, Dongliao; Liaoning's Wafangdian,
Zhuanghe, Kangping, Faku, Lingyuan, Xingcheng)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2026, 10, 20))


def _fields(page: str, part: str) -> dict:
    r = next(r for n, r in projects(page).items() if part in str(n))
    return {k: f.value for k, f in r.fields.items()}


# --- a later phase told by the works' kind --------------------------------------------------------

def test_a_later_phase_told_by_the_works_kind_with_a_start_planned_is_a_project() -> None:
    page = ("延寿县食品加工园二期开园\n\n本报讯 10月15日，延寿县食品加工园二期项目正式开园，"
            "项目由延寿县城市发展投资有限公司投资3.1亿元建设。县工信局负责人表示，食品加工园三期已完成方案设计，计划明年5月开工，"
            "将新建标准化厂房4万平方米。\n")
    got = _fields(page, "三期")
    assert got["name"] == "食品加工园三期"
    assert (got["stage"], got["status"]) == ("started", "target")
    assert got["location"]["county"] == "延寿县"


def test_a_later_phase_told_by_the_works_kind_in_preparation_is_planned() -> None:
    page = ("农安县乡村民宿集群开门迎客\n\n本报讯 9月30日，农安县合隆镇的波罗湖民宿集群开业，首批客房96间。"
            "合隆镇负责人介绍，民宿集群二期计划新建客房60间，目前正在开展前期工作。\n")
    got = _fields(page, "二期")
    assert (got["stage"], got["status"]) == ("planned", "actual")
    assert got["location"]["county"] == "农安县"


def test_a_phase_told_with_no_kind_or_of_another_kind_is_no_project() -> None:
    page = ("瓦房店市小微企业园二期竣工\n\n本报讯 瓦房店市小微企业园二期项目日前通过竣工验收。"
            "二期已有16家企业签订入驻协议。物流园三期已完成规划设计，计划明年开工。\n")
    names = [str(n) for n in projects(page)]
    assert not [n for n in names if "三期" in n]
    assert not [n for n in names if n.startswith("二期")]


# --- a firm's lines counted by ordinal ------------------------------------------------------------

_LINES = ("饶河县“专精特新”企业扩产\n\n本报讯 近日，位于饶河县经济开发区的省级“专精特新”企业"
          "黑龙江北岸木业有限公司，第二条实木复合地板生产线正式投产。该生产线投资1.2亿元。"
          "公司负责人介绍，目前，第三条生产线已完成厂房改造，计划明年4月开工建设。\n")


def test_a_firms_next_line_told_by_its_ordinal_with_a_start_aimed_at_is_a_project() -> None:
    got = _fields(_LINES, "第三条")
    assert got["name"] == "第三条生产线"
    assert (got["stage"], got["status"]) == ("started", "target")
    assert got["date"] == "2027-04"
    assert got["investor"] == "黑龙江北岸木业有限公司"
    assert got["location"]["county"] == "饶河县"


def test_a_firm_closing_the_clause_before_its_counted_line_is_its_investor() -> None:
    got = _fields(_LINES, "第二条")
    assert got["investor"] == "黑龙江北岸木业有限公司"


def test_an_ordinal_line_with_no_event_is_no_project() -> None:
    page = ("通河县木业企业见闻\n\n本报讯 走进通河县一家木业企业的车间，第四条生产线上的工人正在调试设备。\n")
    assert not [n for n in projects(page) if "第四条" in str(n)]


def test_an_ordinal_heading_a_name_is_no_brand() -> None:
    from newsmill.zh.brands import not_a_brand
    assert not_a_brand("第三条")
    assert not not_a_brand("宏达")


# --- a works a firm is preparing ------------------------------------------------------------------

def test_a_works_a_firm_is_preparing_is_planned() -> None:
    page = ("方正县企业新上项目\n\n本报讯 日前，方正县一家稻米加工企业的新产线投产。目前，该企业正在筹建"
            "稻壳发电项目，已完成项目备案，拟投资1.6亿元。\n")
    got = _fields(page, "稻壳发电")
    assert (got["stage"], got["status"]) == ("planned", "actual")
    assert got["investment_cny"] == 160000000


def test_a_preparatory_office_is_no_works() -> None:
    page = ("绥滨县召开会议\n\n本报讯 日前，绥滨县召开会议，听取县商会筹建工作汇报。\n")
    assert not [n for n in projects(page) if "商会" in str(n)]


# --- phases of factory buildings told by their floor ----------------------------------------------

def test_phases_of_a_places_factory_buildings_told_by_floor_with_their_event_are_projects() -> None:
    page = ("庄河市食品产业集群产值突破百亿\n\n本报讯 为承接食品加工企业，庄河市在循环经济产业园建设标准化"
            "厂房9万平方米，二期4万平方米正在加紧建设，其中一期5万平方米已于今年5月建成投用。\n")
    got = _fields(page, "二期")
    assert got["name"] == "标准化厂房二期"
    assert got["stage"] == "under_construction"
    assert got["area"] == "4万平方米"
    assert got["location"]["county"] == "庄河市"


def test_phases_told_by_floor_with_no_event_are_no_projects() -> None:
    page = ("康平县工业园区扩容\n\n本报讯 康平县在工业园区规划建设标准化厂房10万平方米，其中一期6万平方米，"
            "二期4万平方米。\n")
    assert not [n for n in projects(page) if "期" in str(n)]


# --- a place told as the scene ---------------------------------------------------------------------

def test_a_park_told_as_the_scene_is_no_project() -> None:
    page = ("辽中区小微企业成长记\n\n本报讯 辽中区茨榆坨街道，一排排厂房依次排开。"
            "这里是辽中区茨榆坨小微企业园，三年前还是一片洼地，如今已有29家企业“拎包入驻”。\n")
    assert not [n for n in projects(page) if "小微企业园" in str(n)]


def test_a_building_site_told_as_the_scene_stays_a_project() -> None:
    page = ("法库县重点项目建设忙\n\n本报讯 塔吊林立，机器轰鸣，这里是法库县通用航空产业园项目施工现场。\n")
    assert [n for n in projects(page) if "通用航空产业园" in str(n)]


# --- kinds of works counted together ---------------------------------------------------------------

def test_two_kinds_of_works_counted_together_are_no_project() -> None:
    page = "本报讯 近年来，凌源市推动企业上设备、上系统，全市已建成智能工厂和数字化车间16个。\n"
    assert not projects(page)
    assert [r for r in records(page, "indicator") if r.get("value") == 16]


def test_two_named_works_counted_as_projects_stay() -> None:
    page = "本报讯 兴城市泳装产业园和电商物流园2个项目日前竣工。\n"
    assert [n for n in projects(page) if "泳装产业园" in str(n)]


# --- a town's hotel ----------------------------------------------------------------------------------

def test_a_hotel_named_after_its_leisure_town_is_one_name() -> None:
    from newsmill.zh.projects import find_names
    text = "北票市大黑山康养小镇度假酒店于8月1日开始试营业，酒店客房120间。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["北票市大黑山康养小镇度假酒店"]


def test_a_towns_rooms_told_apart_leave_the_town() -> None:
    from newsmill.zh.projects import find_names
    text = "东辽县安石冰雪小镇正式开园，小镇内酒店客房300间。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["东辽县安石冰雪小镇"]


# --- a works' own figures: a phase's hotels, a room's price, its expected visitors ---------------

def _metrics(page: str) -> dict:
    return {r.get("value"): r.get("metric") for r in records(page, "indicator")}


def test_what_a_phase_builds_and_a_rooms_price_a_night_are_no_statistics() -> None:
    page = ("本报讯 绥中县海滨度假区由某文旅公司投资建设，一期建设滨海度假酒店3座、客房520间。"
            "国庆期间，度假区客房均价每晚560元，全县接待游客48.6万人次。\n")
    got = _metrics(page)
    assert 3 not in got and 560 not in got
    assert 486000 in got


def test_what_a_works_expects_to_receive_a_year_is_no_statistic() -> None:
    page = ("本报讯 兴城市古城夜市街区由兴城市文旅集团投资2.1亿元建设，改造商铺90间，预计年接待游客"
            "120万人次。今年前三季度，兴城市接待游客866.5万人次，同比增长9.1%。\n")
    got = _metrics(page)
    assert 1200000 not in got
    assert 8665000 in got


def test_beds_counted_bare_after_places_to_stay_are_theirs() -> None:
    page = "本报讯 目前五大连池景区周边已有民宿客栈160家，床位3200张，旺季一房难求。\n"
    got = {r.get("value"): r for r in records(page, "indicator")}
    assert got[3200].get("metric") == "五大连池景区周边民宿客栈床位"
    assert got[3200].get("unit") == "张"


def test_beds_after_another_count_are_left() -> None:
    from newsmill.plugins.extract_indicators.figures import beds_of_lodgings
    assert beds_of_lodgings("全县新建养老服务站", "床位") is None
    assert beds_of_lodgings("全市共有星级酒店", "床位") == "全市星级酒店床位"


def test_a_businesss_takings_on_its_first_days_are_its_own() -> None:
    page = ("本报讯 9月30日，瓦房店市复州古城夜市开街。开街首夜，夜市接待游客2.6万人次，营业额约150万元。"
            "今年前三季度，瓦房店市实现社会消费品零售总额126.4亿元。\n")
    got = _metrics(page)
    assert 1500000 not in got
    assert 26000 in got and 12640000000 in got


def test_a_shops_rooms_and_a_peak_told_in_speech_are_no_statistics() -> None:
    page = ("本报讯 “赛事期间店里32间客房全部订满，单日游客最多时有3万多人。”一位民宿老板说。"
            "据统计，赛事期间饶河县接待游客4.2万人次。\n")
    got = _metrics(page)
    assert 32 not in got and 30000 not in got
    assert 42000 in got


def test_the_floor_a_works_just_settled_leases_is_its_own() -> None:
    page = ("本报讯 某精密部件企业的传感器项目今年3月签约落户凌源经济开发区，租用园区厂房0.8万平方米，"
            "9月已投产。\n")
    assert 0.8 not in _metrics(page)


def test_the_floor_a_place_leases_elsewhere_stays_a_statistic() -> None:
    page = "本报讯 今年以来，北票市在沈阳某产业园内租用标准厂房2.4万平方米，引导本地企业就近配套。\n"
    assert 2.4 in _metrics(page)


def test_a_phase_of_factory_buildings_done_last_year_takes_the_year() -> None:
    page = ("普兰店区食品产业扩容\n\n本报讯 普兰店区在食品工业园建设标准化厂房8万平方米，其中一期3万平方米"
            "已于去年建成并全部租出，二期5万平方米正在加紧建设。\n")
    got = _fields(page, "一期")
    assert got["stage"] == "completed"
    assert got["date"] == "2025"


def test_a_named_parks_planned_buildings_told_by_phase_are_the_parks() -> None:
    page = ("凌源市产业园建设提速\n\n本报讯 由凌源市城投集团投资建设的凌源智造产业园，总投资9.6亿元，"
            "规划建设标准化厂房24万平方米，一期12万平方米已于今年4月竣工，二期正在加紧施工。\n")
    assert not [n for n in projects(page) if str(n).startswith("标准化厂房")]


def test_names_listed_before_a_count_of_projects_stay() -> None:
    page = "本报讯 现场签约了北岸新材高性能薄膜、宏达碳纤维等项目8个，总投资36亿元。\n"
    assert [n for n in projects(page) if "薄膜" in str(n)]
