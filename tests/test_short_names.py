"""Short names (``以下简称``) and short subjects of companies and projects, on phrasings of our own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _projects(page: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 9))
    return [r for r in doc.records if r.kind == "project"]


def _project(records: list, part: str):  # noqa: ANN202 - a Record
    return next(r for r in records if part in r.get("name"))


def test_a_project_short_name_takes_the_figures_of_later_sentences() -> None:
    page = ("本报讯 5月8日，某县签约两个项目。其中，年产10GWh储能电池项目（以下简称“长河项目”）"
            "落户该县经济开发区，年产2万吨铜箔项目落户高新区。\n\n"
            "长河项目总投资42亿元，计划明年6月投产。")
    found = _projects(page)
    assert _project(found, "储能电池").get("investment_cny") == 4_200_000_000
    assert _project(found, "铜箔").get("investment_cny") is None
    assert len(found) == 2


def test_the_partner_of_a_signing_given_a_short_name_invests() -> None:
    page = ("本报讯 5月8日，某县人民政府与江苏长河储能科技有限公司（以下简称“长河储能”）在南京签署"
            "投资协议，年产10GWh储能电池项目落户该县经济开发区，总投资42亿元。")
    assert _projects(page)[0].get("investor") == "江苏长河储能科技有限公司"


def test_a_short_subject_investing_place_by_place_is_the_company_named_before() -> None:
    page = ("本报讯 5月8日，华北远景能源投资有限公司与两市签署合作协议。按照协议，华北远景将在"
            "张家口市蔚县投资18亿元建设风电装备制造项目；在承德市围场县投资9亿元建设储能电站项目。")
    found = _projects(page)
    assert {r.get("investor") for r in found} == {"华北远景能源投资有限公司"}
    assert len(found) == 2


def test_a_short_subject_given_as_a_short_name_is_the_company() -> None:
    page = ("本报讯 5月8日，某市与安徽新材料科技股份有限公司（以下简称“安新科技”）签约。"
            "安新科技将在该市高新区投资30亿元建设年产5万吨碳纤维项目。")
    assert _projects(page)[0].get("investor") == "安徽新材料科技股份有限公司"


def test_a_subject_that_is_no_company_named_before_invests_in_nothing() -> None:
    page = "本报讯 5月8日，全县将在城东片区投资12亿元建设污水处理厂项目，年底前开工。"
    assert _projects(page)[0].get("investor") is None


def _batches(page: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 9))
    return [r for r in doc.records if r.kind == "batch"]


def test_a_figures_title_gives_its_total_to_the_body_batch_of_that_count() -> None:
    page = ("某集团与我省两市签约\n8个项目总投资超150亿元\n\n"
            "本报讯（记者 王明）5月8日，某集团与安庆、芜湖两市分别签署合作协议，8个项目同时落地。\n")
    found = _batches(page)
    assert len(found) == 1
    assert found[0].get("count") == 8 and found[0].get("total_cny") == 15_000_000_000
    assert found[0].get("region") == "安徽省"


def test_a_title_total_of_another_count_is_not_taken() -> None:
    page = ("某集团与我省两市签约\n3个项目总投资超150亿元\n\n"
            "本报讯（记者 王明）5月8日，某集团与安庆、芜湖两市分别签署合作协议，8个项目同时落地。\n")
    eight = next(r for r in _batches(page) if r.get("count") == 8)
    assert eight.get("total_cny") is None


def test_a_town_opening_a_route_between_two_towns_is_no_detail() -> None:
    road = _projects("本报讯 5月8日，鄯善县七克台镇至连木沁镇公路改建项目开工，总投资3.4亿元。")[0]
    assert road.get("location").get("county") == "鄯善县"
    assert road.get("location").get("detail") is None
    park = _projects("本报讯 5月8日，鄯善县七克台镇光伏产业园项目开工，总投资3.4亿元。")[0]
    assert park.get("location").get("detail") == "七克台镇"


def _indicators(page: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 9))
    return [r for r in doc.records if r.kind == "indicator"]


def test_a_bare_total_after_a_count_of_companies_is_the_total_of_their_move() -> None:
    page = "本报讯 今年以来，苏州市已引导45家外资企业在本地扩产增资，投资总额超过260亿元。"
    found = [r for r in _indicators(page) if r.get("value") == 26_000_000_000]
    assert len(found) == 1 and found[0].get("metric") == "扩产增资投资总额"
    projects = "本报讯 5月8日，甲项目、乙项目等5个项目集中开工，投资总额超过26亿元。"
    assert not [r for r in _indicators(projects) if r.get("value") == 2_600_000_000]


def test_a_line_a_new_plant_will_build_is_no_project_and_its_capacity_no_statistic() -> None:
    page = ("本报讯 某电子公司湖州新厂5月8日开工，总投资20亿元。公司负责人表示，湖州新厂将建设8英寸功率器件"
            "封装生产线，年产能达12亿颗。")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 9))
    assert not [r for r in doc.records if r.kind == "project" and "生产线" in r.get("name")]
    assert not [r for r in doc.records if r.kind == "indicator" and "产能" in (r.get("metric") or "")]
    line = _projects("本报讯 5月8日，某县年产8万吨铝型材生产线项目开工，总投资3亿元。")
    assert line and line[0].get("investment_cny") == 300_000_000


def test_a_contractor_is_no_investor() -> None:
    built = _projects("本报讯 5月8日，某县滨江文旅综合体项目开工，总投资6亿元，"
                      "由中建三局投资发展有限公司承建。")
    assert built[0].get("investor") is None
    owned = _projects("本报讯 5月8日，某县滨江文旅综合体项目开工，总投资6亿元，由某文旅集团投资建设。")
    assert owned[0].get("investor") == "某文旅集团"
