"""Rules the misses of the forty-seventh held-out set called for, each on phrasings of its own.

The set is about rural revitalization and county agriculture: projects of villages, cooperatives
and family farms, high-standard farmland, works-for-relief roads, rural roads and water works,
agritourism and homestay clusters, told in mu, kilometres, households and ten-thousand yuan.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.orgs import find_orgs
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 5, 20))


def _one(page: str, word: str):
    found = [r for name, r in projects(page).items() if word in (name or "")]
    assert len(found) == 1, list(projects(page))
    return found[0]


# --- investors: cooperatives, family farms, village collectives -----------------------------------

def test_cooperatives_and_family_farms_are_organizations() -> None:
    names = [o.name for o in find_orgs("由青山镇白果村股份经济合作社牵头,与某某县金叶茶叶专业合作社、"
                                       "某某县绿源家庭农场签订协议。")]
    assert names == ["青山镇白果村股份经济合作社", "某某县金叶茶叶专业合作社", "某某县绿源家庭农场"]


def test_a_family_farm_investing_before_the_name_is_the_investor() -> None:
    page = ("某县特色种植项目建成\n\n本报讯 5月18日,在某某镇,由某某县绿野家庭农场投资600万元建设的"
            "猕猴桃冷藏保鲜库项目建成,总库容2000吨。\n")
    assert _one(page, "猕猴桃").get("investor") == "某某县绿野家庭农场"


def test_a_cooperative_leading_others_invests() -> None:
    page = ("某县村级项目投产\n\n本报讯 5月18日,某某县青石村菜籽油加工坊项目建成投产。该项目由青石村"
            "股份经济合作社联合邻近3个村共同投资450万元建设,年加工油菜籽800吨。\n")
    assert _one(page, "菜籽油").get("investor") == "青石村股份经济合作社"


def test_a_firm_partnering_a_village_collective_invests_and_the_village_is_the_place() -> None:
    page = ("剑阁签约农旅项目\n\n本报讯 5月18日,剑阁县签约项目3个,协议总投资6亿元。其中,四川某某文旅"
            "有限公司与石门镇双河村股份经济合作社合作的双河湿地田园综合体项目投资2亿元。\n")
    r = _one(page, "田园综合体")
    assert r.get("investor") == "四川某某文旅有限公司"
    assert r.get("location").get("detail") == "石门镇双河村"


def test_a_collective_investing_after_the_name_gives_its_village() -> None:
    page = ("南江民宿项目开工\n\n本报讯 5月18日,南江县云顶山居民宿项目开工。云顶山居民宿项目由高坪镇"
            "桃园村股份经济合作社引进社会资本投资3000万元建设,将建成客房80间。\n")
    r = _one(page, "云顶山居")
    assert r.get("location").get("detail") == "高坪镇桃园村"
    assert r.get("capacity") == "客房80间"


def test_a_town_heading_the_investing_farms_clause_is_the_detail() -> None:
    page = ("屏山签约农业项目\n\n本报讯 5月18日,屏山县签约项目5个。此外,龙潭乡的某某县丰茂家庭农场投资"
            "500万元建设的食用菌大棚项目也已签约。\n")
    r = _one(page, "食用菌")
    assert r.get("investor") == "某某县丰茂家庭农场"
    assert r.get("location").get("detail") == "龙潭乡"


# --- villages and ethnic townships in the detail --------------------------------------------------

def test_a_village_after_the_town_where_the_works_end() -> None:
    page = ("叙永农田项目竣工\n\n本报讯 5月18日,叙永县2024年农田水利提升项目在白鹤镇柳湾村竣工,"
            "项目总投资2100万元。\n")
    assert _one(page, "农田水利").get("location").get("detail") == "白鹤镇柳湾村"


def test_an_ethnic_township_and_its_village_opening_a_name() -> None:
    page = ("屏山以工代赈项目开工\n\n本报讯 5月18日,屏山县以工代赈项目集中开工,共5个项目,总投资3000万元。"
            "其中,大坪彝族乡新民村机耕道项目投资420万元。\n")
    assert _one(page, "机耕道").get("location").get("detail") == "大坪彝族乡新民村"


# --- names: programmes and parts are no projects ---------------------------------------------------

def test_a_works_for_relief_programme_is_no_project() -> None:
    page = ("某县以工代赈项目开工\n\n本报讯 5月18日,某某县以工代赈项目集中开工,共6个项目,总投资2800万元。\n")
    names = list(projects(page))
    assert not any("代赈" in (n or "") for n in names), names


def test_a_bare_part_sized_after_the_project_is_no_project() -> None:
    page = ("南江农业项目推进\n\n本报讯 在赤溪镇,南江县李花种植示范园项目正在加快建设,示范基地面积1200亩,"
            "年产鲜果3000吨。\n")
    names = list(projects(page))
    assert len(names) == 1, names
    assert _one(page, "李花").get("area") == "1200亩"


# --- area and capacity -----------------------------------------------------------------------------

def test_land_opening_a_name_is_its_area() -> None:
    page = ("某县签约农业项目\n\n本报讯 5月18日,某某县签约项目2个。某某农业公司投资5000万元建设的5000亩"
            "柑橘标准化种植园项目签约。\n")
    assert _one(page, "柑橘").get("area") == "5000亩"


def test_farmland_a_project_improves_is_its_area() -> None:
    page = ("某县农田项目完工\n\n本报讯 5月18日,某某县高标准农田改造提升项目完工,总投资5200万元,"
            "建设高标准农田3.1万亩,新修机耕道40公里。\n")
    assert _one(page, "高标准农田").get("area") == "3.1万亩"


def test_produce_dried_or_sorted_a_year_is_a_capacity() -> None:
    page = ("某县签约项目\n\n本报讯 5月18日,某某县花椒烘干中心项目签约,总投资900万元,"
            "建成后年烘干鲜椒1200吨。\n")
    assert _one(page, "花椒").get("capacity") == "年烘干鲜椒1200吨"


# --- stages and days ---------------------------------------------------------------------------------

def test_built_and_put_into_operation_is_in_production() -> None:
    page = ("某县民宿投运\n\n本报讯 某某镇红岩村的山水民宿集群项目日前建成投运,总投资1800万元,"
            "新增客房60间。\n")
    assert _one(page, "山水民宿").get("stage") == "in_production"


def test_a_road_opened_to_traffic_is_completed_and_its_day_is_its_own() -> None:
    page = ("某县农村公路建设提速\n\n某某县政府网\n\n4月28日,某某县青龙镇至白马乡旅游公路改造工程全线通车,"
            "总投资1.2亿元。\n\n同时,某某县南坪村饮水巩固提升工程已完工,投资180万元。\n")
    road = _one(page, "旅游公路")
    assert (road.get("stage"), road.get("date")) == ("completed", "2025-04-28")
    water = _one(page, "饮水")
    assert (water.get("stage"), water.get("date")) == ("completed", None)


# --- statistics --------------------------------------------------------------------------------------

def test_rural_visitors_received_are_a_statistic() -> None:
    page = ("某县乡村旅游升温\n\n本报讯 今年1-4月,某某县接待农家乐游客128万人次,同比增长9.6%。\n")
    found = [(r.get("value"), r.get("unit"), r.get("growth_pct")) for r in indicators(page)]
    assert (1280000, "人次", 9.6) in found


def test_homestay_rooms_and_villages_counted_are_statistics() -> None:
    page = ("某县民宿产业发展\n\n本报讯 截至4月底,某某县累计建成精品民宿280家、民宿客房3.6万间。"
            "全县村集体经济年收入50万元以上的村达到48个。\n")
    found = {(r.get("value"), r.get("unit")): r.get("period") for r in indicators(page)}
    assert found.get((36000, "间")) == "2025-04"
    assert (48, "个") in found


def test_wages_a_programme_plans_to_pay_are_no_statistic() -> None:
    page = ("某县以工代赈项目开工\n\n本报讯 5月18日,某某县以工代赈项目集中开工,共4个项目,总投资1500万元,"
            "计划发放劳务报酬350万元。\n")
    assert not [r for r in indicators(page) if r.get("value") == 3500000]


def test_farmland_built_up_to_now_is_of_the_pages_year() -> None:
    page = ("某县农业生产\n\n本报讯 今年1-4月,某某县农林牧渔业增加值12.6亿元,增长4.1%。截至目前,"
            "全县已累计建成高标准农田38.2万亩。\n")
    found = {r.get("value"): r.get("period") for r in indicators(page)}
    assert found.get(38.2) == "2025"
