"""Rules the misses of the forty-first held-out set called for, each on phrasings of its own.

The set is about capacity told in units other than output value: farms (heads, birds, mu),
food and drink (kilolitres, tonnes a year, production lines), logistics (cold stores, parking
places, charging posts, containers), social buildings (beds, rooms, school places, seats) and
energy (kilowatts, megawatt-hours).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


def _one(page: str, word: str):
    found = [r for name, r in projects(page).items() if word in (name or "")]
    assert len(found) == 1, list(projects(page))
    return found[0]


# --- capacity in units other than output value ---------------------------------------------------

def test_kilolitres_read_in_a_name_and_as_a_statistic() -> None:
    page = ("某县签约一批项目\n\n本报讯 6月16日,某某县签约项目3个。"
            "其中,四川某某饮品有限公司年产5万千升果酒项目总投资6亿元。\n\n今年1-5月,"
            "该县葡萄酒产量1.8万千升,增长6.2%。\n")
    assert _one(page, "果酒").get("capacity") == "年产5万千升果酒"
    wine = [r for r in indicators(page) if r.get("unit") == "万千升"]
    assert [(r.get("value"), r.get("growth_pct")) for r in wine] == [(1.8, 6.2)]


def test_a_rate_per_year_after_the_unit_and_a_store_however_built() -> None:
    page = ("某园区项目开工\n\n本报讯 6月16日,某某调味品产业园项目开工,项目总投资4亿元,设计产能8万吨/年。"
            "某某冷链仓储中心项目同日开工,总投资3亿元,建有冷库库容6万吨。\n")
    assert _one(page, "调味品").get("capacity") == "设计产能8万吨/年"
    assert _one(page, "冷链仓储").get("capacity") == "冷库库容6万吨"


def test_a_farms_designed_stock_unless_it_gives_a_yearly_output() -> None:
    hens = ("某县蛋鸡场开工\n\n本报讯 6月16日,某某县蛋鸡养殖小区项目开工,总投资9000万元,"
            "设计存栏蛋鸡50万羽。\n")
    assert _one(hens, "蛋鸡").get("capacity") == "设计存栏蛋鸡50万羽"
    cattle = ("某县肉牛场投产\n\n本报讯 6月16日,某某县肉牛养殖场项目建成投产,总投资8000万元,"
              "设计存栏肉牛2000头,年出栏肉牛4000头。\n")
    assert _one(cattle, "肉牛").get("capacity") == "年出栏肉牛4000头"


def test_what_a_building_holds_or_offers_is_its_capacity() -> None:
    page = ("某区民生项目投用\n\n本报讯 6月16日,某某区中医医院康复楼项目竣工,总投资3亿元,新增病床450张。"
            "某某实验小学扩建项目竣工,总投资1.2亿元,新增学位1350个。某某体育馆项目竣工,总投资2亿元,"
            "可容纳座位5000个。"
            "某某温泉酒店项目开业,总投资5亿元,有客房180间。某某公交枢纽站项目竣工,总投资8000万元,"
            "配建停车位300个、充电桩60个。\n")
    caps = {name: r.get("capacity") for name, r in projects(page).items()}
    assert caps.get("某某区中医医院康复楼项目") == "病床450张"
    assert caps.get("某某实验小学扩建项目") == "学位1350个"
    assert caps.get("某某体育馆项目") == "座位5000个"
    assert caps.get("某某温泉酒店项目") == "客房180间"
    assert caps.get("某某公交枢纽站项目") == "停车位300个"


def test_production_lines_only_when_no_yearly_output_is_given() -> None:
    lines = ("某县食品项目签约\n\n本报讯 6月16日,某某食品有限公司速冻食品加工项目签约,总投资2亿元,"
             "新上生产线5条。\n")
    assert _one(lines, "速冻").get("capacity") == "生产线5条"
    output = ("某县食品项目签约\n\n本报讯 6月16日,某某食品有限公司速冻食品加工项目签约,总投资2亿元,"
              "新上生产线5条,年产速冻食品3万吨。\n")
    assert _one(output, "速冻").get("capacity") == "年产速冻食品3万吨"


def test_a_power_plant_named_by_its_site_has_no_brand_for_investor() -> None:
    page = "某县风电开工\n\n本报讯 6月16日,某某县青杠风电场项目开工,总投资9亿元,规划装机容量10万千瓦。\n"
    wind = _one(page, "风电场")
    assert wind.get("investor") is None
    assert wind.get("capacity") == "装机容量10万千瓦"


# --- projects ------------------------------------------------------------------------------------

def test_the_paragraph_after_a_batch_lead_lists_its_projects() -> None:
    page = ("某区民生项目集中开工\n\n本报讯 6月16日,某某区8个民生项目集中开工,总投资15.6亿元。\n\n"
            "某某区妇幼保健院项目总投资3.6亿元,设置床位300张。某某区第二中学项目总投资2.4亿元,"
            "可提供学位2400个。\n")
    caps = {name: (r.get("stage"), r.get("status"), r.get("capacity")) for name, r in projects(page).items()}
    assert caps.get("某某区妇幼保健院项目") == ("started", "actual", "床位300张")
    assert caps.get("某某区第二中学项目") == ("started", "actual", "学位2400个")
    # a paragraph that does not open on the project's name is no list of the lead's projects
    other = ("某区民生项目集中开工\n\n本报讯 6月16日,某某区8个民生项目集中开工,总投资15.6亿元。\n\n"
             "另据了解,某某区妇幼保健院项目总投资3.6亿元,设置床位300张。\n")
    assert "某某区妇幼保健院项目" not in projects(other)


def test_a_site_named_after_xuanzhi_is_a_detail_and_no_project() -> None:
    page = ("某县签约\n\n本报讯 6月16日,旺苍县与四川某某食品有限公司签约年加工鲜笋5万吨项目,项目总投资2亿元,"
            "选址青龙工业园区,将建设清洗、蒸煮和包装生产线各两条。\n")
    names = set(projects(page))
    assert not any(n.startswith("选址") or n.endswith("生产线") for n in names), names
    shoots = _one(page, "鲜笋")
    assert shoots.get("location")["detail"] == "青龙工业园区"


def test_a_base_opening_the_sentence_is_where_the_project_stands() -> None:
    page = ("某区物流项目完工\n\n江津区物流项目巡礼。\n\n6月16日,在附近的某某港物流基地,"
            "某某甩挂运输中心项目也已完工,总投资1.5亿元。\n")
    names = set(projects(page))
    assert "某某港物流基地" not in names
    hub = _one(page, "甩挂")
    assert hub.get("location")["detail"] == "某某港物流基地"


def test_a_district_part_or_a_port_area_after_the_district_is_the_detail() -> None:
    page = ("某区项目运营\n\n本报讯 6月16日,位于渝北区空港片区的某某冷链分拨中心项目投入运营,"
            "总投资2亿元。\n\n"
            "6月15日,渝北区洛碛港区三期工程开工,总投资12亿元。\n")
    assert _one(page, "分拨中心").get("location")["detail"] == "空港片区"
    assert _one(page, "三期工程").get("location")["detail"] == "洛碛港区"


def test_the_next_paragraph_opening_on_the_parks_phase_is_a_project() -> None:
    page = ("某物流园一期投用\n\n本报讯 6月16日,某某国际物流园一期项目建成投用,总投资6亿元。\n\n"
            "园区二期项目已于今年3月开工,计划新建冷库库容5万吨。\n")
    phase = [r for name, r in projects(page).items() if "二期" in (name or "")]
    assert len(phase) == 1, list(projects(page))
    assert (phase[0].get("stage"), phase[0].get("date"), phase[0].get("capacity")) == \
        ("started", "2025-03", "冷库库容5万吨")


def test_a_plantation_by_its_land_is_its_area() -> None:
    page = ("某县基地开工\n\n本报讯 6月16日,总投资8000万元的某某柑橘种植基地项目开工,"
            "规划建设示范基地6000亩。\n")
    base = _one(page, "柑橘")
    assert base.get("area") == "6000亩"
    assert not [r for r in indicators(page) if r.get("value") == 6000]


# --- statistics ----------------------------------------------------------------------------------

def test_birds_counted_in_wan_are_a_statistic() -> None:
    page = "某县畜牧业\n\n本报讯 今年1-5月,某某县出栏肉鸭860万羽,同比增长2.4%。\n"
    ducks = [r for r in indicators(page) if r.get("unit") == "万羽"]
    assert [(r.get("value"), r.get("growth_pct")) for r in ducks] == [(860, 2.4)]


def test_an_unnamed_firms_figures_are_no_statistic() -> None:
    page = ("某县畜牧业\n\n本报讯 今年1-5月,某某县出栏生猪32万头,同比增长3%。"
            "县城附近的一家肉牛养殖场,今年1-5月销售肉牛1200头,实现销售收入2400万元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 32 in values
    assert not values & {1200, 24_000_000}, values


def test_a_capacity_reached_is_of_the_pages_year_not_an_earlier_flow() -> None:
    page = ("某县畜牧业\n\n本报讯 今年1-5月,某某县出栏生猪32万头,同比增长3%。"
            "全县生猪年出栏能力已达80万头。\n")
    level = [r for r in indicators(page) if r.get("value") == 80]
    assert [r.get("period") for r in level] == ["2025"]
    flow = [r for r in indicators(page) if r.get("value") == 32]
    assert [r.get("period") for r in flow] == ["2025-01/2025-05"]


# --- cleaning ------------------------------------------------------------------------------------

def test_a_blank_between_a_measure_and_its_figure_is_removed() -> None:
    page = ("某市能源\n\n本报讯 今年1—9月,全市光伏发电量 3.4亿千瓦时,同比增长12%。\n\n"
            "（记者 王 涛）\n")
    text = doc(page).text
    assert "光伏发电量3.4亿千瓦时" in text
    # a blank after a word that names no measure, or in a line without a sentence mark, stays
    kept = doc("某市能源\n\n本报讯 全市新开工 3个项目。\n\n第 3 版\n").text
    assert "新开工 3个项目" in kept and "第 3 版" in kept


def test_a_base_named_bare_after_a_speaker_is_the_base_just_told_of() -> None:
    head = ("某县肉牛基地投产\n\n本报讯 6月16日,旺苍县年出栏肉牛2万头养殖基地项目投产,总投资3亿元。\n\n"
            "“牛舍全部用上了自动喂料机。”")
    tail = ",基地全部建成后年产值可达5亿元。\n\n当天,旺苍县还签约年加工牛肉1万吨项目,总投资2亿元。\n"
    assert _one(head + "企业负责人表示" + tail, "肉牛").get("annual_output_cny") == 500_000_000
    # a base named bare with no speaker before it is not taken for the one just told of
    assert _one(head + "据悉" + tail, "肉牛").get("annual_output_cny") is None
