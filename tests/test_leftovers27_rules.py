"""Rules for misses the eighty-fourth, eighty-sixth, eighty-seventh and eighty-eighth held-out sets
listed, each on phrasings of its own (Hainan's Qiongzhong, Tunchang and Ding'an, Fujian's Xiapu,
Gutian, Pingnan, Dehua and Yongchun, Hubei's Tongshan)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 9, 18))


def _values(page: str) -> dict[float, str]:
    return {r.get("value"): str(r.get("metric")) for r in indicators(page)}


# --- indicators: the help a place gives the one project a sentence serves ------------------------

def test_funds_won_for_the_firm_of_the_project_a_sentence_serves_are_no_statistic() -> None:
    page = ("琼中县黎乡新材料项目投产\n\n本报讯 9月10日，琼中县黎乡新材料项目正式投产。该项目总投资5亿元，"
            "去年6月开工。为加快项目建设，琼中县组建服务专班，协调解决用地、用电等问题15个，"
            "帮助企业争取专项资金900万元，并协调银行授信1.5亿元。\n")
    got = _values(page)
    assert 9_000_000 not in got
    assert 150_000_000 not in got


def test_funds_won_closing_a_list_of_matters_settled_for_the_project_are_no_statistic() -> None:
    page = ("屯昌县椰子食品加工项目投产\n\n本报讯 9月8日，屯昌县椰子食品加工项目正式投产。该项目总投资3亿元，"
            "去年5月开工。为保障项目建设，屯昌县组建工作专班，协调解决用水、用电等问题12个，"
            "并为企业争取技改资金600万元。\n")
    assert 6_000_000 not in _values(page)


def test_a_place_s_tally_of_funds_won_for_firms_stays_a_statistic() -> None:
    page = ("定安县项目服务提速\n\n本报讯 为保障项目建设，定安县今年已协调解决问题46个，"
            "帮助企业争取贷款2.3亿元。\n")
    assert 230_000_000 in _values(page)


def test_funds_won_for_a_class_of_projects_stay_a_statistic() -> None:
    page = ("定安县重点项目加快推进\n\n本报讯 为保障重点项目建设，定安县组建工作专班，"
            "帮助企业争取各类资金1.2亿元。\n")
    assert 120_000_000 in _values(page)


# --- indicators: public sites counted first, then told all built -------------------------------

def test_sites_after_the_towns_named_as_examples_told_all_built_are_counted() -> None:
    page = ("德化县公共服务设施建设提速\n\n本报讯 今年以来，德化县补齐公共服务短板。"
            "目前，浔中镇、龙浔镇等12处村级文化广场已全部建成，全县新建农家书屋30个。\n")
    got = _values(page)
    assert got.get(12) == "建成村级文化广场"


def test_sites_opening_their_clause_told_built_are_counted() -> None:
    page = ("永春县城乡公园建设\n\n本报讯 今年，永春县推进城乡公园建设，"
            "9个口袋公园均已建成，新增绿地面积4.6万平方米。\n")
    assert _values(page).get(9) == "建成口袋公园"


def test_sites_of_one_works_or_projects_told_built_stay_none() -> None:
    page = ("永春县滨江公园项目完工\n\n本报讯 永春县滨江公园项目总投资1.2亿元，"
            "该项目3处健身广场已全部建成，15个项目已全部建成。\n")
    got = _values(page)
    assert 3 not in got
    assert 15 not in got


# --- projects: a port's area named by its county's short form ----------------------------------

def test_a_port_s_area_named_by_a_county_s_short_form_gives_the_county() -> None:
    got = projects("宁德港口建设\n\n本报讯 宁德港霞浦港区三沙作业区二期工程已完成码头桩基施工，"
                   "计划明年建成。该工程总投资6.5亿元。\n")
    loc = got["宁德港霞浦港区三沙作业区二期工程"].get("location")
    assert loc["county"] == "霞浦县"


def test_a_port_s_area_named_by_no_county_gives_none() -> None:
    got = projects("宁德港口建设\n\n本报讯 宁德港城澳港区二期工程已完成码头桩基施工，"
                   "计划明年建成。该工程总投资6.5亿元。\n")
    loc = got["宁德港城澳港区二期工程"].get("location")
    assert loc["city"] == "宁德市"
    assert loc.get("county") is None


# --- articles: a heading of two parties over their joint work ----------------------------------

def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline and a.headline.replace(" ", ""), a.kicker) for a in doc(page).articles]


def test_two_parties_over_their_joint_work_are_one_title_over_two_lines() -> None:
    page = ("屏南县携手福州企业\n共建竹木精深加工产业园\n"
            "本报讯（记者 林晓岚）9月12日，屏南县与福州一家竹木企业签订合作协议，"
            "双方将在屏南县工业园区共建竹木精深加工产业园，总投资8亿元。\n")
    assert ("屏南县携手福州企业共建竹木精深加工产业园", None) in _titles(page)


def test_work_done_together_opening_the_second_line_joins_a_line_with_and() -> None:
    page = ("古田县与省农科院\n共同打造食用菌种业基地\n"
            "本报讯（记者 林晓岚）9月15日，古田县与省农科院签约，共同打造食用菌种业基地，总投资2.6亿元。\n")
    assert ("古田县与省农科院共同打造食用菌种业基地", None) in _titles(page)


def test_a_kicker_without_parties_stays_over_its_title() -> None:
    page = ("聚焦新材料产业\n通山县三个项目集中开工\n"
            "本报讯（记者 林晓岚）9月16日，通山县三个新材料项目集中开工，总投资12亿元。\n")
    assert ("通山县三个项目集中开工", "聚焦新材料产业") in _titles(page)


# --- projects: an airport's flight check, the airport taken up again ----------------------------

def test_an_airport_through_its_flight_check_is_a_works_under_way_with_its_own_figures() -> None:
    page = ("保亭通用机场完成校飞\n\n本报讯 9月10日，随着校验飞机平稳落地，保亭通用机场顺利完成飞行校验，"
            "为年底前通航打下基础。该机场位于保亭黎族苗族自治县七仙岭片区，总投资1.9亿元。\n"
            "机场周边的低空旅游项目同步落地。保亭县的甲乙飞行俱乐部项目已于8月底开业，项目投资3000万元。\n")
    got = projects(page)["保亭通用机场"]
    assert got.get("stage") == "under_construction"
    assert got.get("investment_cny") == 190_000_000


def test_a_plane_s_flight_check_names_no_works() -> None:
    page = ("霞浦低空航线开通\n\n本报讯 9月10日，一架新交付的巡检无人机在霞浦县完成飞行校验，"
            "将用于海上风电场巡检。\n")
    assert not projects(page)


# --- projects: the lines a phase builds ---------------------------------------------------------

def test_the_last_of_the_lines_a_phase_builds_is_no_works_of_its_own() -> None:
    page = ("通山县智能装备产业园开工\n\n本报讯 9月16日，通山县智能装备产业园一期开工。产业园总投资18亿元，"
            "分两期建设。一期建设电机装配、减速器和伺服控制器生产线，计划明年底建成投产。\n")
    got = projects(page)
    assert "伺服控制器生产线" not in got
    assert any(name.startswith("通山县智能装备产业园") for name in got)


def test_a_line_a_firm_builds_after_the_lines_it_has_stays_a_works() -> None:
    page = ("周宁县新能源项目投产\n\n本报讯 9月16日，周宁县甲乙新能源有限公司年产2GW光伏组件生产线投产，"
            "项目总投资6亿元。\n")
    assert any(name.endswith("光伏组件生产线") for name in projects(page))


# --- projects: the jobs of a centre, its kinds of work listed, told in a sentence of its own -------

_TWO_WORKS = ("柘荣县民生项目\n\n本报讯 9月12日，柘荣县城南污水处理厂开工，总投资1.5亿元。"
              "同日，柘荣县乐龄康养中心揭牌运营，该中心由柘荣县城市建设投资有限公司投资8000万元建设，"
              "设置养老床位200张。")


def test_jobs_listed_by_their_kinds_in_a_sentence_opening_on_the_bare_centre_are_its_own() -> None:
    page = _TWO_WORKS + "中心运营后可提供护理、厨师、保安等就业岗位90个。\n"
    got = projects(page)
    assert got["柘荣县乐龄康养中心"].get("jobs") == 90
    assert got["柘荣县城南污水处理厂"].get("jobs") is None
    assert 90 not in _values(page)


def test_a_bare_centre_with_nothing_running_takes_up_no_works() -> None:
    page = _TWO_WORKS + "中心城区今年提供就业岗位1200个。\n"
    assert projects(page)["柘荣县乐龄康养中心"].get("jobs") is None


# --- brands: an international airport named by its city and its site ---------------------------

def test_an_international_airport_s_city_and_site_are_no_brand_investing() -> None:
    page = ("昆明长水国际机场改扩建工程封顶\n\n本报讯 9月10日，"
            "昆明长水国际机场改扩建工程T2航站楼主体结构封顶，该工程总投资48亿元。\n")
    got = projects(page)
    name = next(n for n in got if n.startswith("昆明长水国际机场"))
    assert got[name].get("investor") is None


def test_a_brand_before_an_international_park_still_invests() -> None:
    page = ("晋江纺织项目开工\n\n本报讯 9月10日，华纶国际纺织产业园项目在晋江市开工，总投资12亿元。\n")
    got = projects(page)
    name = next(n for n in got if n.startswith("华纶国际"))
    assert got[name].get("investor") == "华纶"
