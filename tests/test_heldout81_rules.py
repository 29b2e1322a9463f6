"""Rules the misses of the eighty-first held-out set called for, each on phrasings of its own.

The set is industrial upgrading news: technical renovation and large-scale equipment renewal of
factories already there, a city's list of upgrade projects with their sums and expected gains, the
city's upgrade investment and its share, and loans and subsidies for equipment.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 6, 20))


def _page(body: str, head: str = "某市技改项目情况") -> str:
    return f"## {head}\n\n本报讯(记者 甲乙){body}\n"


# --- projects: items numbered in Chinese, each a project told in prose ---------------------------

def test_an_item_numbered_in_chinese_is_a_project_told_by_its_item() -> None:
    page = _page("现将部分项目情况介绍如下:\n\n"
                 "　　一、桓台县鲁丰化纤有限公司差别化纤维智能生产线改造项目。项目总投资3.1亿元，"
                 "更新纺丝设备96台（套），计划9月底前投产。\n\n"
                 "　　（二）周村区齐纺家纺有限公司数字化印染车间项目。总投资8600万元，已于5月建成投用。\n")
    got = projects(page)
    a = next(r for n, r in got.items() if "差别化纤维智能生产线改造项目" in n)
    assert a.get("investment_cny") == 310_000_000 and a.get("stage") == "in_production"
    assert a.get("status") == "target"
    b = next(r for n, r in got.items() if "数字化印染车间项目" in n)
    assert b.get("investment_cny") == 86_000_000


def test_a_numbered_task_or_section_head_is_no_project_item() -> None:
    page = _page("　　一、加快推进重点项目。各地要倒排工期，确保年内完成投资计划。\n\n"
                 "　　二、重点工业项目（8个）\n")
    assert not projects(page)


# --- statistics: the gains of an upgrade told as rates ----------------------------------------

def _indicators(page: str) -> list[tuple[str | None, str, float, str]]:
    return [(r.get("region"), r.get("metric"), r.get("value"), r.get("unit"))
            for r in records(page, "indicator")]


def test_the_gains_of_an_upgrade_are_no_statistics() -> None:
    page = _page("日前,桓台县鲁丰化纤有限公司差别化纤维技改项目竣工投产。改造完成后,单位产品能耗下降12%,"
                 "人均劳动生产率提高35%,产品次品率由2.6%降至0.9%,交付周期缩短40%。")
    assert not [x for x in _indicators(page) if x[3] == "%"]


def test_a_place_s_energy_rate_stays_a_statistic() -> None:
    page = _page("今年上半年,桓台县规上工业增加值同比增长7.5%,全县单位工业增加值能耗同比下降4.6%。")
    got = _indicators(page)
    assert any(v == -4.6 for _, _, v, _ in got)
    assert any(v == 7.5 for _, _, v, _ in got)


# --- names: plants of a kind counted in firms -------------------------------------------------

def test_plants_counted_in_firms_name_no_project() -> None:
    page = _page("今年以来,淄川区新增省级绿色工厂5家,新认定市级智能工厂8家。")
    assert not projects(page)
    assert projects(_page("淄川区鲁阳陶瓷有限公司绿色工厂项目日前开工,总投资2亿元。"))


# --- statistics: tiers of upgraded plants, and the workshops a place counts ----------------------

def test_a_tier_of_upgraded_plants_keeps_the_place_s_region() -> None:
    page = _page("今年以来,博山区新增省级绿色工厂5家,累计建成数字化车间45个。")
    got = _indicators(page)
    assert ("博山区", 5) in [(r, v) for r, _, v, _ in got]
    assert any(v == 45 and u == "个" for _, _, v, u in got)


# --- periods and regions: a run of results closed by the place that handed them in -----------

def test_a_run_closed_by_the_results_handed_in_gives_its_place_and_period() -> None:
    page = ("## 数字化转型提速\n\n□ 本报记者 甲乙\n\n新增省级专精特新企业12家,规上工业增加值同比增长8.1%"
            "……这是山东省淄博市周村区2025年上半年交出的“数字化转型”成绩单。\n\n周村区近年来持续推进技术改造。\n")
    got = {r.get("metric"): (r.get("region"), r.get("period")) for r in records(page, "indicator")}
    assert ("周村区", "2025-H1") in got.values()
    assert all(reg == "周村区" for reg, _ in got.values())


# --- projects: a line a project builds, told by what it makes ----------------------------------

def test_a_line_told_by_what_it_makes_is_the_project_s_own() -> None:
    page = _page("其中,位于马桥镇的山东齐鲁电机有限公司高效电机数字化工厂项目投资3亿元,"
                 "建成年产高效电机20万台的自动化生产线。")
    got = projects(page)
    assert len(got) == 1
    (r,) = got.values()
    assert r.get("capacity") and "20万台" in r.get("capacity")
    # a line with news of its own stays a project
    assert len(projects(_page("甲公司乙项目开工,总投资2亿元;丙公司的自动化生产线同日投产。"))) == 2


# --- attributes: what a batch told before its one project yields -----------------------------

def test_a_batch_s_yield_is_not_its_member_s_output() -> None:
    page = _page("6月18日,高青县5个技改项目集中竣工投产,总投资12亿元,全部达产后可新增产值20亿元。"
                 "其中,位于高城镇的黄河纺织有限公司智能纺纱项目投资3亿元,年产高支纱线1.5万吨。")
    (r,) = projects(page).values()
    assert r.get("annual_output_cny") is None and r.get("investment_cny") == 300_000_000


# --- places: a zone before 的 and a firm, and a county heading the investor --------------------

def test_a_zone_before_de_and_a_firm_is_where_the_works_stand() -> None:
    page = _page("淄博经济开发区企业加快技改。位于周村经济开发区的鲁泰纺织科技有限公司智能纺纱技改项目"
                 "已于3月动工,总投资2.6亿元。周村区今年计划实施技改项目80个。")
    (r,) = projects(page).values()
    assert r.get("location")["detail"] == "周村经济开发区"
    assert r.get("location")["county"] == "周村区"


def test_a_county_heading_the_investor_places_its_upgrade() -> None:
    page = _page("博山区鲁中泵业有限公司高效水泵智能工厂项目总投资3亿元,已于4月开工。"
                 "沂源县鲁康药业有限公司拟投资2.2亿元实施“智慧工厂”技术改造,计划7月开工。")
    got = projects(page)
    r = next(v for n, v in got.items() if "智慧工厂" in n)
    assert r.get("location")["county"] == "沂源县"
    assert r.get("stage") == "started" and r.get("status") == "target"
    # an investor named with no county keeps the place of its own sentence
    page = _page("位于桓台县马桥镇的金诚石化有限公司拟投资3亿元实施“绿色工厂”技术改造,计划8月开工。")
    (r,) = projects(page).values()
    assert r.get("location")["county"] == "桓台县"


# --- capacity: what an upgraded plant makes, without the upgrade's words ------------------------

def test_an_upgrade_s_words_end_no_capacity() -> None:
    from newsmill.zh.projects import capacity_in
    assert capacity_in("年产3万吨改性塑料技改扩能项目").group() == "年产3万吨改性塑料"
    assert capacity_in("甲公司年产20万套汽车座椅智能化改造项目").group() == "年产20万套汽车座椅"
    assert capacity_in("年产10万吨再生铝项目").group() == "年产10万吨再生铝"


# --- stages: machines brought in are no signing ------------------------------------------------

def test_machines_brought_in_are_no_signing() -> None:
    page = _page("日前,高青县鲁泉造纸有限公司纸机技改项目已于5月建成投用。项目投资1.1亿元,"
                 "引进进口纸机、自动分切线等设备42台（套）。")
    (r,) = projects(page).values()
    assert r.get("stage") != "signed"
    from newsmill.zh.cues import cue_applies
    assert cue_applies("今年引进山东鲁嘉食品有限公司建设预制菜项目", 2, 4)  # a firm brought in signs
    assert not cue_applies("今年引进进口纸机等设备42台", 2, 4)


def test_a_place_s_power_use_stays_a_statistic() -> None:
    page = _page("1—5月,高青县工业用电量增长9.6%,规上工业增加值增长6.8%。")
    assert any(v == 9.6 for _, _, v, _ in _indicators(page))


# --- batches and statistics: the equipment a year's upgrades bought --------------------------

def test_equipment_bought_after_a_count_of_upgrades_is_a_statistic() -> None:
    page = _page("上半年,淄川区共有21个技改项目竣工投产,完成设备购置投资18.6亿元,同比增长19.2%。")
    (b,) = records(page, "batch")
    assert b.get("count") == 21 and b.get("total_cny") is None
    assert any(v == 1_860_000_000 for _, _, v, _ in _indicators(page))
    page = _page("全年实施技改项目30个以上,完成技改投资15亿元。")  # an upgrade's own sum: the batch's
    (b,) = records(page, "batch")
    assert b.get("total_cny") == 1_500_000_000


# --- statistics: a firm's manager speaking, named ------------------------------------------------

def test_what_a_named_manager_says_of_the_year_is_the_firm_s() -> None:
    page = _page("博山区鲁中泵业有限公司智能工厂项目日前投产。“我们的订单排到了年底。”"
                 "公司副总经理李明远说,产品已销往30多个国家,今年销售收入有望突破8亿元。")
    assert not [x for x in _indicators(page) if x[2] == 800_000_000]


# --- batches: a list's entries and its size classes ------------------------------------------

def test_projects_entering_a_list_are_its_works_under_way() -> None:
    page = _page("淄博市近日公布年度设备更新重点项目清单,共有68个项目入列,总投资152.6亿元。"
                 "从规模看,总投资5亿元以上的项目12个,1亿元至5亿元的项目31个。")
    got = {b.get("count"): b for b in records(page, "batch")}
    assert got[68].get("event") == "under_construction" and got[68].get("total_cny") == 15_260_000_000
    assert got[12].get("total_cny") is None and got[12].get("event") == "under_construction"
    assert got[31].get("event") == "under_construction"


def test_a_total_before_its_count_stays_the_batch_s() -> None:
    page = _page("今年一季度,淄川区总投资86亿元的12个项目集中开工。")
    (b,) = records(page, "batch")
    assert b.get("total_cny") == 8_600_000_000 and b.get("count") == 12


# --- statistics: a batch's parts, a fund set up, a firm's own machines -----------------------

def test_a_part_of_a_batch_s_total_and_its_share_are_no_statistics() -> None:
    page = _page("本批共确定设备更新项目28个,总投资46.2亿元,其中设备购置投资25.1亿元,设备投资占比达到54.3%。"
                 "今年1—4月,全市工业投资增长11.2%。")
    got = _indicators(page)
    assert not [x for x in got if x[2] in (2_510_000_000, 54.3)]
    assert any(v == 11.2 for _, _, v, _ in got)
    page = _page("会上集中签约外资项目8个,协议投资额折合人民币42亿元,其中合同外资1.6亿美元。")
    assert any(u == "USD" for _, _, _, u in _indicators(page))  # foreign capital stays a statistic


def test_a_firm_named_in_full_upgrading_its_plant_gives_its_own_figures() -> None:
    page = _page("今年以来,博山区新上数控机床1200台。山东鲁阳精工机械有限公司借助1500万元设备更新贷款,"
                 "新上数控磨床18台,产品精度提升到微米级。")
    got = _indicators(page)
    assert not [x for x in got if x[2] == 18]
    assert any(v == 1200 for _, _, v, _ in got)


# --- regions: ``全市`` in a feature on a county-level city the kicker names after its province -----

def test_the_whole_city_of_a_feature_is_the_county_level_city() -> None:
    page = ("## 老厂焕新\n\n山东诸城以设备更新推动传统产业升级\n\n□ 本报记者 甲乙\n\n"
            "诸城市今年已完成技改项目42个。\n\n今年以来,全市金融机构已发放设备更新贷款18.6亿元。\n")
    got = [(r.get("region"), r.get("value")) for r in records(page, "indicator")]
    assert ("诸城市", 1_860_000_000) in got


def test_a_quoted_manager_s_base_drawing_firms_stays_a_statistic() -> None:
    page = _page("“产线满负荷运转。”公司总经理说,目前园区已吸引8家配套企业落户周边。")
    assert any(v == 8 for _, _, v, _ in _indicators(page))


# --- places: a county's high-tech park ----------------------------------------------------------

def test_a_county_s_high_tech_park_is_a_zone() -> None:
    page = _page("日前,位于桓台县高新园区的山东金岭化工有限公司年产10万吨特种树脂技改项目竣工投产。")
    (r,) = projects(page).values()
    assert r.get("location")["detail"] == "桓台县高新园区" and r.get("location")["county"] == "桓台县"


# --- stages and capacity: a line put to use, output counted in 支 ------------------------------

def test_a_line_put_to_use_is_in_production() -> None:
    page = _page("5月8日,位于博山区的鲁博泵业有限公司投资8000万元的水泵智能装配生产线正式投入使用。")
    (r,) = projects(page).values()
    assert r.get("stage") == "in_production"
    page = _page("5月8日,博山区鲁博泵业有限公司研发中心项目正式投入使用,总投资8000万元。")
    (r,) = projects(page).values()
    assert r.get("stage") == "completed"


def test_output_counted_in_zhi_is_a_capacity() -> None:
    page = _page("名单如下:\n\n一、临清市鲁韵乐器有限公司民族乐器智能车间项目。总投资6000万元,"
                 "建成后年产二胡、琵琶等民族乐器可达15万支。项目已于4月开工。\n\n"
                 "二、临清市鲁临轴承有限公司轴承套圈技改项目。总投资1.2亿元,建成后可年产轴承套圈800万支,计划7月投产。")
    got = projects(page)
    a = next(r for n, r in got.items() if "民族乐器" in n)
    assert "15万支" in (a.get("capacity") or "")
    b = next(r for n, r in got.items() if "轴承套圈" in n)
    assert "800万支" in (b.get("capacity") or "")


# --- attributes: a year's added sales, a workshop's floor, the firm of the scene before ----------

def test_added_sales_and_a_workshop_s_floor_are_the_project_s() -> None:
    page = _page("名单如下:\n\n三、诸城市鲁诚机械有限公司农机智能车间项目。总投资2.1亿元,"
                 "新建智能车间2.4万平方米,全部达产后预计年新增销售收入5亿元。项目已于3月开工。\n")
    (r,) = projects(page).values()
    assert r.get("area") == "2.4万平方米"
    assert r.get("annual_output_cny") == 500_000_000


def test_the_firm_word_after_a_scene_takes_the_scene_s_company() -> None:
    page = ("## 老厂焕新\n\n□ 本报记者 甲乙\n\n走进山东鲁泰精密机械有限公司的加工车间,机械臂正在忙碌。\n\n"
            "今年5月,企业投资1.6亿元建设的年产20万套精密齿轮智能化改造项目全面投产。\n")
    (r,) = projects(page).values()
    assert r.get("investor") == "山东鲁泰精密机械有限公司"
    from newsmill.plugins.extract_projects.investors import _FIRM_WORD_OPENS
    assert _FIRM_WORD_OPENS.match("今年5月,企业投资1.6亿元建设的")
    assert not _FIRM_WORD_OPENS.match("该项目由两家企业投资建设")  # no paragraph opening on the firm word


# --- statistics: one platform's firms ------------------------------------------------------------

def test_one_platform_s_firms_are_no_statistic() -> None:
    page = _page("在周村纺织城,一个面向纺织产业的工业互联网平台已接入上下游企业260余家。")
    assert not _indicators(page)
    page = _page("截至4月底,全市工业互联网平台接入企业1.2万家。")
    assert any(v == 12000 for _, _, v, _ in _indicators(page))


# --- statistics: a pool of funds set up, by its size ---------------------------------------------

def test_a_pool_of_funds_set_up_is_its_size() -> None:
    page = _page("沂源县设立规模3亿元的设备更新贷款风险补偿资金池,引导银行加大中长期贷款投放。")
    got = _indicators(page)
    assert ("设备更新贷款风险补偿资金池规模", 300_000_000) in [(m, v) for _, m, v, _ in got]
