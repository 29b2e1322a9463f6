"""Rules the misses of the fourteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.projects import find_names, headquarters_org


def _doc(page: str, day: dt.date = dt.date(2024, 10, 8)):
    return Pipeline().process(page, pub_date=day)


def _projects(page: str) -> dict[str, object]:
    return {r.get("name"): r for r in _doc(page).records if r.kind == "project"}


def _indicators(page: str) -> list:
    return [r for r in _doc(page).records if r.kind == "indicator"]


def test_a_company_s_regional_headquarters_is_a_project_name() -> None:
    text = "10月7日，Acme Robotics华东总部项目在某某新区签约。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["Acme Robotics华东总部项目"]
    text = "德国企业Nordwerk Bio（诺德生物）亚太研发中心落户经开区。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["Nordwerk Bio（诺德生物）亚太研发中心"]
    assert headquarters_org("Acme Robotics华东总部") == "Acme Robotics"
    assert headquarters_org("甲乙科技西南区域总部") == "甲乙科技"


def test_headquarters_words_that_name_no_settling_are_no_project() -> None:
    for text in ("公司将以该园区作为其中国区总部。", "大力发展总部经济，建设研发中心。", "总部大楼已封顶。"):
        assert not find_names(text, 0, len(text)), text


def test_what_a_headquarters_builds_is_its_contents_and_the_company_its_investor() -> None:
    page = ("本报讯 10月7日，日本精工企业Kanto Seiki华南区域总部签约仪式在某某高新区举行。"
            "根据协议，Kanto Seiki首期投资3亿元建设研发中心和精密轴承生产基地，达产后年销售额可达12亿元。\n")
    projects = _projects(page)
    assert list(projects) == ["Kanto Seiki华南区域总部"]
    hq = projects["Kanto Seiki华南区域总部"]
    assert hq.get("stage") == "signed"
    assert hq.get("investor") == "Kanto Seiki"
    assert hq.get("investment_cny") == 300_000_000
    assert hq.get("annual_output_cny") == 1_200_000_000


def test_a_count_before_what_it_counts_is_a_statistic() -> None:
    page = "本报讯 今年前三季度，某某县共供应工业用地40宗，其中16宗为“带方案”出让。\n"
    found = {r.get("metric"): (r.get("value"), r.get("unit")) for r in _indicators(page)}
    assert found.get("带方案出让") == (16, "宗")


def test_a_count_after_其中_with_no_为_is_left_to_other_rules() -> None:
    page = "本报讯 今年前三季度，某某县共供应工业用地40宗，其中16宗已开工。\n"
    assert all(r.get("value") != 16 for r in _indicators(page))


def test_the_area_of_a_plot_bought_is_the_area_of_the_project_started_on_it() -> None:
    page = ("本报讯 10月8日，某某精密机械有限公司以2600万元摘得城东片区一宗面积约86亩的地块，"
            "当天即拿到施工许可证，其精密齿轮箱项目随即开工。\n\n"
            "某某食品有限公司同日竞得一宗45亩工业用地，将建设速冻食品项目，计划11月开工。\n")
    projects = _projects(page)
    assert projects["精密齿轮箱项目"].get("area") == "86亩"
    assert projects["速冻食品项目"].get("area") == "45亩"


def test_a_plot_bought_before_another_project_is_not_the_later_one_s() -> None:
    page = ("本报讯 某某精密机械有限公司摘得一宗面积86亩的地块，其甲齿轮箱项目当天开工，"
            "乙物流园项目也于同日开工。\n")
    projects = _projects(page)
    assert projects["甲齿轮箱项目"].get("area") == "86亩"
    assert projects["乙物流园项目"].get("area") is None
