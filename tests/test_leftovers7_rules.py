"""Rules the leftovers of the fifty-fourth to fifty-sixth held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.cues import STAGE_RE
from newsmill.zh.pageyear import read_page_year, year_clues
from tests.heldout_support import page_helpers, places

doc, projects, indicators = page_helpers(dt.date(2024, 10, 18))


# --- places: a town whose name opens on a city's short form -------------------------------------

def test_a_short_form_opening_a_town_the_page_names_is_no_city() -> None:
    text = "乐山坪水电站首台机组投产。该电站位于峨边彝族自治县乐山坪镇。"
    assert ("乐山", "乐山市") not in places(text)
    assert ("峨边彝族自治县", "峨边彝族自治县") in places(text)


def test_a_short_form_before_a_township_is_no_city() -> None:
    text = "绵阳湾村的新茶园开园,绵阳湾乡今年种茶3000亩。"
    assert not [p for p in places(text) if p[1] == "绵阳市"]


def test_a_short_form_with_no_such_town_on_the_page_stays_the_city() -> None:
    assert ("乐山", "乐山市") in places("乐山坪水电站首台机组投产。")


def test_common_words_before_town_stay_the_city() -> None:
    text = "遂宁城区今年新建公园3个,全市城镇化率达到55%,城乡居民收入增长。"
    assert ("遂宁", "遂宁市") in places(text)


def test_a_city_before_a_town_of_its_own_stays_the_city() -> None:
    assert ("广元", "广元市") in places("广元昭化镇的文旅项目开工。")


def test_a_station_named_after_a_town_takes_the_town_s_county() -> None:
    page = ("水电站投产\n\n本报讯 11月5日,某水电开发公司投资建设的乐山坪水电站首台机组投产发电。"
            "乐山坪水电站位于峨边彝族自治县乐山坪镇,总装机容量24万千瓦。\n")
    loc = projects(page)["乐山坪水电站"].get("location")
    assert loc["county"] == "峨边彝族自治县"
    assert loc["city"] == "乐山市"


# --- projects: a store named by its power and energy ---------------------------------------------

def test_a_store_named_by_its_power_and_energy_keeps_the_pair() -> None:
    page = ("储能项目落地\n\n本报讯 10月16日,某县人民政府与甲能源有限公司签订投资协议,"
            "甲能源将在某工业园区投资建设10万千瓦/20万千瓦时共享储能电站项目。\n")
    found = projects(page)
    assert "10万千瓦/20万千瓦时共享储能电站项目" in found
    r = found["10万千瓦/20万千瓦时共享储能电站项目"]
    assert r.get("capacity") == "10万千瓦/20万千瓦时"
    assert r.get("investor") != "10万千瓦/"


def test_a_store_sized_in_megawatts_keeps_the_pair() -> None:
    page = ("开工\n\n本报讯 10月15日,某市100MW/200MWh电化学储能电站项目开工建设,总投资3.6亿元。\n")
    assert {n for n in projects(page) if n.startswith("100MW/200MWh")}


def test_a_slash_between_two_plants_joins_no_names() -> None:
    page = ("开工\n\n本报讯 10月15日,某县风电场三期5万千瓦/光伏电站二期项目同日开工。\n")
    assert not {n for n in projects(page) if n.startswith("5万千瓦/")}


# --- statistics: parks counted --------------------------------------------------------------------

def metrics(page: str) -> set[str]:
    return {str(r.get("metric")) for r in indicators(page)}


def test_parks_set_up_are_no_statistic() -> None:
    page = ("飞地经济\n\n本报讯 目前,4个省际合作产业园区挂牌运营,入驻企业52家,去年实现产值31.6亿元。\n")
    found = metrics(page)
    assert not {m for m in found if m.endswith("园区")}
    assert {m for m in found if "企业" in m}


def test_parks_to_be_built_are_no_statistic() -> None:
    page = ("飞地经济\n\n本报讯 该县计划到2026年新建飞地园区3个,园区累计引进企业突破80家。\n")
    assert not {m for m in metrics(page) if m.endswith("园区")}


def test_firms_a_park_holds_stay_a_statistic() -> None:
    page = ("园区建设\n\n本报讯 截至10月底,某县化工园区已入驻企业46家,实现产值58.2亿元。\n")
    assert {m for m in metrics(page) if "企业" in m}


# --- projects: a later phase whose preparation is taken up -----------------------------------------

def test_a_next_phase_whose_preparation_starts_is_a_planned_project() -> None:
    page = ("污水处理厂一期完工\n\n本报讯 近日,某县污水处理厂扩建工程(一期)通过竣工验收,"
            "该工程总投资9800万元,新增日处理能力1万吨。\n"
            "下一步,县住建部门将加快二期工程前期工作,争取明年开工。\n")
    later = [r for n, r in projects(page).items() if "二期" in n]
    assert len(later) == 1
    assert later[0].get("stage") == "planned"
    assert later[0].get("status") == "target"


def test_a_phase_started_stays_a_start_and_its_preparation_a_plan() -> None:
    assert "启动" in [m.group() for m in STAGE_RE.finditer("企业还将启动三期项目建设")]
    assert "启动" not in [m.group() for m in STAGE_RE.finditer("将启动三期项目前期工作")]
    assert "前期工作" in [m.group() for m in STAGE_RE.finditer("将启动三期项目前期工作")]


def test_preparation_with_no_phase_makes_no_project_of_its_own() -> None:
    page = ("一期完工\n\n本报讯 近日,某县供水工程(一期)通过竣工验收。"
            "下一步,县水务部门将做好项目前期工作。\n")
    assert not [n for n in projects(page) if "二期" in n]


# --- projects: the main venue's project with a plan of its own --------------------------------------

def test_the_main_venue_s_project_with_a_plan_takes_the_ceremony_s_start() -> None:
    page = ("集中开工\n\n本报讯 10月16日,某县四季度重点项目集中开工活动在某镇举行。"
            "此次集中开工项目11个,总投资28.6亿元。\n"
            "主会场的某镇康养小镇项目总投资4.8亿元,将建设康养公寓及配套设施,预计2027年建成投用。\n")
    r = projects(page)["某镇康养小镇项目"]
    assert (r.get("stage"), r.get("status")) == ("started", "actual")
    assert r.get("date") == "2024-10-16"


def test_a_project_with_a_plan_off_the_main_venue_keeps_its_plan() -> None:
    page = ("集中开工\n\n本报讯 10月16日,某县四季度重点项目集中开工活动在某镇举行。"
            "此次集中开工项目11个,总投资28.6亿元。\n"
            "另外,某镇康养小镇项目正在做前期准备,预计2027年建成投用。\n")
    r = projects(page).get("某镇康养小镇项目")
    assert r is None or r.get("status") == "target"


# --- investors and towns: a firm by its short name investing in a town, its works a clause later ----

def test_a_firm_by_its_short_name_invests_in_the_works_of_the_next_clause() -> None:
    page = ("签约\n\n本报讯 10月9日,某县人民政府与成都蜀香源调味品有限公司签订投资协议。"
            "根据协议,蜀香源公司将在金鸡镇投资3.6亿元,建设年产5万吨复合调味料项目,项目用地约90亩。\n")
    r = projects(page)["年产5万吨复合调味料项目"]
    assert r.get("investor") == "成都蜀香源调味品有限公司"
    assert (r.get("location") or {}).get("detail") == "金鸡镇"


def test_a_full_name_in_the_clause_stays_the_investor() -> None:
    page = ("签约\n\n本报讯 10月9日,某县人民政府与成都蜀香源调味品有限公司签订投资协议。"
            "根据协议,川味坊食品有限公司将在金鸡镇投资3.6亿元,建设年产5万吨复合调味料项目。\n")
    assert projects(page)["年产5万吨复合调味料项目"].get("investor") == "川味坊食品有限公司"


def test_a_short_name_told_nowhere_before_stays_as_printed() -> None:
    page = ("签约\n\n本报讯 10月9日,某县举行招商签约仪式。"
            "根据协议,蜀香源公司将在金鸡镇投资3.6亿元,建设年产5万吨复合调味料项目。\n")
    assert projects(page)["年产5万吨复合调味料项目"].get("investor") == "蜀香源公司"


def test_a_place_that_invests_gives_no_town_of_a_sum_of_another_clause() -> None:
    page = ("投资\n\n本报讯 今年以来,某县在金鸡镇投资3.6亿元,用于改善人居环境,"
            "建设年产5万吨复合调味料项目。\n")
    r = projects(page).get("年产5万吨复合调味料项目")
    assert r is None or (r.get("location") or {}).get("detail") != "金鸡镇"


# --- projects: later phases told with their years -------------------------------------------------

def _phases(page: str) -> dict[str, object]:
    return {n: r for n, r in projects(page).items() if "二期" in n or "三期" in n}


def test_two_later_phases_given_their_years_in_turn_are_two_projects() -> None:
    page = ("风电基地开工\n\n本报讯 10月10日,某县风电基地一期项目在石门乡开工。"
            "该基地由甲新能源有限公司投资建设,规划总装机120万千瓦,分三期实施:一期40万千瓦,"
            "计划2025年底前全容量并网;二期、三期分别计划于2027年、2029年建成。\n")
    found = _phases(page)
    assert sorted(str(r.get("date")) for r in found.values()) == ["2027", "2029"]
    for r in found.values():
        assert (r.get("stage"), r.get("status")) == ("completed", "target")
        assert r.get("investor") == "甲新能源有限公司"
        assert (r.get("location") or {}).get("detail") is None


def test_phases_with_one_year_between_them_are_not_read_in_turn() -> None:
    page = ("风电基地开工\n\n本报讯 10月10日,某县风电基地一期项目在石门乡开工。"
            "该基地分三期实施;二期、三期分别由两家企业投资建设。\n")
    assert not [r for r in _phases(page).values() if r.get("date") in ("2027", "2029")]


def test_a_later_phase_with_its_year_in_the_project_s_sentence_is_a_project() -> None:
    page = ("年报\n\n本报讯 甲化工股份有限公司日前披露年度报告,全年实现营业收入48.6亿元。\n"
            "年报还显示,公司位于某化工园区的年产10万吨磷酸铁项目已于去年6月建成,"
            "二期10万吨装置计划2026年投产。\n")
    found = projects(page)
    whole = found["年产10万吨磷酸铁项目"]
    assert whole.get("investor") == "甲化工股份有限公司"
    [later] = _phases(page).values()
    assert later.get("date") == "2026"
    assert later.get("capacity") == "10万吨"
    assert later.get("investor") == "甲化工股份有限公司"


def test_a_later_phase_with_no_year_in_the_project_s_sentence_is_no_project() -> None:
    page = ("投产\n\n本报讯 在某高新区,乙电子有限公司投资12亿元建设的柔性线路板项目一期"
            "已于今年4月建成投产,二期正在加紧建设。\n")
    assert not _phases(page)


def test_the_firm_word_with_two_firms_named_takes_neither() -> None:
    page = ("年报\n\n本报讯 甲化工股份有限公司与乙矿业有限公司日前披露年度报告。\n"
            "年报还显示,公司位于某化工园区的年产10万吨磷酸铁项目已于去年6月建成。\n")
    assert projects(page)["年产10万吨磷酸铁项目"].get("investor") is None


# --- batches: a zone where a district's signing is held -------------------------------------------

def _batch_regions(page: str) -> dict[int | None, str | None]:
    return {r.get("count"): r.get("region") for r in doc(page).records if r.kind == "batch"}


def test_a_zone_hosting_a_district_s_signing_is_its_venue() -> None:
    page = ("季度签约\n\n本报讯 今年以来,重庆市荣昌区坚持季度集中签约。前三季度,荣昌区共签约项目47个,"
            "协议引资186.2亿元。其中,一季度在荣昌高新区集中签约项目16个,协议引资60.5亿元;"
            "二季度赴深圳举办推介会,现场签约12个,协议引资52.1亿元。\n")
    regions = _batch_regions(page)
    assert regions.get(16) == "荣昌区"
    assert regions.get(12) == "荣昌区"


def test_a_zone_signing_of_its_own_stays_the_zone_s() -> None:
    page = ("园区招商\n\n本报讯 今年以来,荣昌高新区新签约项目23个,协议引资98.6亿元。\n")
    assert _batch_regions(page).get(23) == "荣昌高新区"


# --- places: a team named after the city it is posted in ------------------------------------------

def test_a_team_s_city_is_not_the_project_s_place() -> None:
    page = ("驻点招商\n\n本报讯 今年以来,重庆市永川区向沿海城市派出招商小分队。"
            "苏州小分队牵线的江苏恒锐精密机械有限公司年产50万件精密铸件项目,总投资4.6亿元,"
            "7月在永川区陈食街道开工,明年可投产。\n")
    loc = projects(page)["江苏恒锐精密机械有限公司年产50万件精密铸件项目"].get("location") or {}
    assert loc.get("county") == "永川区"
    assert loc.get("detail") == "陈食街道"


def test_a_city_heading_a_project_s_own_name_stays_its_place() -> None:
    page = ("开工\n\n本报讯 10月8日,苏州相城区年产50万件精密铸件项目开工,总投资4.6亿元。\n")
    loc = projects(page)["苏州相城区年产50万件精密铸件项目"].get("location") or {}
    assert loc.get("city") == "苏州市"


# --- page year: a year of a firm's history opening a sentence -------------------------------------

def test_a_year_a_firm_built_its_first_phase_does_not_date_the_page() -> None:
    text = "2018年,恒达新材在永川区投资建设一期项目,投产后订单一直饱满。今年5月,企业决定建设二期。"
    assert [c.kind for c in year_clues(text)] == ["none"]
    assert read_page_year(text) is None


def test_a_year_of_a_region_s_results_still_dates_the_page() -> None:
    text = "2023年,全区在工业项目建设上持续发力,新开工项目46个,完成投资128亿元。"
    assert [c.kind for c in year_clues(text)] == ["over"]
    text = "2023年,永川区在建设项目上完成投资128亿元。"
    assert [c.kind for c in year_clues(text)] == ["over"]


# --- batches: firms investing again, told with the sum of their agreements ------------------------

def _batch_events(page: str) -> dict[int | None, str | None]:
    return {r.get("count"): r.get("event") for r in doc(page).records if r.kind == "batch"}


def test_firms_investing_again_with_their_agreements_sum_signed() -> None:
    page = ("增资扩产\n\n本报讯 今年以来,9家在江津投资的企业追加投资,增资扩产项目协议金额合计41.3亿元,"
            "占全区招商引资总额的三成。\n")
    assert _batch_events(page).get(9) == "signed"


def test_firms_investing_again_with_no_agreement_tell_no_signing() -> None:
    page = ("增资扩产\n\n本报讯 今年以来,9家企业追加投资,新增投资额合计41.3亿元。\n")
    assert _batch_events(page).get(9) != "signed"


# --- investors: a firm closing the clause before its investment again ------------------------------

def test_a_firm_closing_the_clause_before_investing_again_is_the_investor() -> None:
    page = ("增资\n\n本报讯 2020年落户江津的重庆华锐精密机械有限公司,今年追加投资8亿元建设"
            "年产30万套新能源汽车电机壳体项目二期,目前二期厂房主体已完工。\n")
    found = {n: r for n, r in projects(page).items() if "电机壳体" in n}
    assert found
    assert {r.get("investor") for r in found.values()} == {"重庆华锐精密机械有限公司"}


def test_a_place_closing_the_clause_before_investing_is_no_investor() -> None:
    page = ("投资\n\n本报讯 据了解,江津区德感街道,今年追加投资8亿元建设年产30万套新能源汽车电机壳体项目。\n")
    for r in projects(page).values():
        assert r.get("investor") != "江津区德感街道"


# --- stages: the year a firm settled is its history -------------------------------------------------

def test_the_year_a_firm_settled_tells_no_stage_of_its_new_works() -> None:
    page = ("增资\n\n本报讯 2020年落户江津的重庆华锐精密机械有限公司,今年追加投资8亿元建设"
            "年产30万套新能源汽车电机壳体项目二期,目前二期厂房已经封顶。\n")
    stages = {r.get("stage") for n, r in projects(page).items() if "电机壳体" in n}
    assert stages == {"under_construction"}


def test_a_settling_with_no_year_before_it_stays_the_stage() -> None:
    page = ("落户\n\n本报讯 近日落户江津的重庆华锐精密机械有限公司年产30万套电机壳体项目签约。\n")
    stages = {r.get("stage") for n, r in projects(page).items() if "电机壳体" in n}
    assert stages == {"signed"}


# --- investors and parks: a firm signing with a park, then the works it plans -----------------------

def test_a_firm_signing_with_a_park_invests_in_the_works_there() -> None:
    page = ("飞地园区\n\n本报讯 今年以来,某区与苏州共建的“苏渝产业合作园”加快招商。"
            "5月,苏州恒邦电子有限公司与苏渝产业合作园签约,计划总投资6.2亿元建设年产80万套智能传感器项目,"
            "预计年内开工。\n")
    r = projects(page)["年产80万套智能传感器项目"]
    assert r.get("investor") == "苏州恒邦电子有限公司"
    assert (r.get("location") or {}).get("detail") == "苏渝产业合作园"


def test_a_firm_signing_with_a_county_takes_no_park_detail() -> None:
    page = ("签约\n\n本报讯 5月,苏州恒邦电子有限公司与某县人民政府签约,计划总投资6.2亿元建设"
            "年产80万套智能传感器项目。\n")
    r = projects(page)["年产80万套智能传感器项目"]
    assert r.get("investor") == "苏州恒邦电子有限公司"
    assert (r.get("location") or {}).get("detail") != "某县人民政府"


def test_parks_counted_as_a_state_stay_a_statistic() -> None:
    page = ("园区发展\n\n本报讯 截至9月底,全县市级以上产业园区达到6个,入驻企业312家。\n")
    assert {m for m in metrics(page) if m.endswith("园区")}
