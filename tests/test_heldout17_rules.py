"""Rules the misses of the seventeenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.pageyear import read_page_year


def _indicators(page: str) -> list:
    return [r for r in Pipeline().process(page).records if r.kind == "indicator"]


def test_a_programme_named_for_a_year_is_of_that_year() -> None:
    for text in ("日前，某县印发《2026年招商引资提速增长实施方案》，提出…。",
                 "某某区出台2023年消费增长工作要点。",
                 "《2027年外贸稳增长行动方案》近日印发。"):
        found = read_page_year(text)
        assert found is not None and found.year == int(text[text.index("20"):][:4]), text
    # a whole year's result is still a year that is over
    assert read_page_year("2023年，全县地区生产总值增长6%。").year == 2024


def test_goals_of_a_year_s_programme_are_that_year_s_targets() -> None:
    page = ("本报讯 日前，某某市印发《2026年稳增长实施方案》，明确全年目标：力争地区生产总值增长6%，"
            "社会消费品零售总额增长7%以上。\n去年，某某市地区生产总值增长5.2%。\n")
    got = {(r.get("value"), r.get("period")) for r in _indicators(page)}
    assert (6.0, "2026(目标)") in got
    assert (5.2, "2025") in got


def test_a_column_label_under_a_mark_is_no_author() -> None:
    for line in ("■ 园区动态", "◆ 乡村振兴", "● 产业观察", "■ 项目建设"):
        assert parse_credit_line(line) is None, line
    for line, name in (("□ 李岚", "李岚"), ("■ 欧阳晓峰", "欧阳晓峰"), ("■ 本报记者 周凯", "周凯")):
        credit = parse_credit_line(line)
        assert credit is not None and [s.text for s in credit.reporters] == [name], line


def test_a_running_head_spread_over_the_page_is_furniture() -> None:
    for line in ("综 合 新 闻                                   2023年6月8日   星期四    2",
                 "要闻        2025年1月9日  星期四    A3"):
        assert classify_text([line], 0) == ("furniture", "page header"), line
    assert classify_text(["某某晚报 2024年5月6日  第B4版：财经"], 0) == ("furniture", "page header")
    # a spread line of running text is no header
    assert classify_text(["全县  今年  新签约项目  12个  总投资  45亿元  同比增长  8%"], 0) is None


def _projects(page: str) -> dict:
    return {r.get("name"): r for r in Pipeline().process(page).records if r.kind == "project"}


def test_projects_named_after_the_projects_of_an_event_are_of_that_event() -> None:
    page = ("本报讯 3月2日，某某经开区一季度重点项目集中签约，共签约项目12个，总投资88亿元。\n"
            "此次签约的项目中，装备制造项目7个，总投资60亿元；文旅项目5个，总投资28亿元。"
            "甲乙精工有限公司投资9亿元建设精密齿轮项目；丙丁科技有限公司投资6亿元，建设智能仓储物流项目。\n")
    projects = _projects(page)
    for name in ("精密齿轮项目", "智能仓储物流项目"):
        assert projects[name].get("stage") == "signed", name
        assert projects[name].get("status") == "actual", name


def test_a_park_taken_up_as_the_park_owns_its_figures() -> None:
    page = ("本报讯 近日，位于某某镇的竹木精深加工园一期主体工程完工。"
            "该园区总投资2.4亿元，占地150亩，建成后年产值约6亿元。\n")
    projects = _projects(page)
    (name, park), = projects.items()
    assert park.get("investment_cny") == 240_000_000
    assert park.get("annual_output_cny") == 600_000_000
    assert not [r for r in _indicators(page) if r.get("value") == 240_000_000]
    # a zone taken up with the same word keeps its statistics
    page = "本报讯 某某高新区今年新引进项目30个。该园区规上工业产值增长9.5%。\n"
    assert [r.get("value") for r in _indicators(page)] == [9.5]


def test_the_floor_space_of_a_building_put_up_is_no_statistic() -> None:
    page = "本报讯 某某物流园开工建设，一期新建冷链仓库3.5万平方米，配套建设综合楼8000平方米。\n"
    assert not [r for r in _indicators(page) if r.get("unit") == "平方米" or r.get("unit") == "万平方米"]
    page = "本报讯 今年以来，某某县新增标准化厂房面积12万平方米。\n"
    assert [r.get("value") for r in _indicators(page)] == [12]


def test_projects_going_well_are_under_construction() -> None:
    page = "本报讯 今年以来，某某新区实施重点项目32个。甲乙光电产业园、丙丁冷链物流园等项目进展顺利。\n"
    projects = _projects(page)
    assert set(projects) == {"甲乙光电产业园", "丙丁冷链物流园"}
    assert {r.get("stage") for r in projects.values()} == {"under_construction"}
    # talks going well are still talks
    page = "本报讯 某某区与甲乙集团洽谈的新能源装备产业园项目进展顺利。\n"
    assert _projects(page)["新能源装备产业园项目"].get("stage") == "negotiating"


def test_a_share_of_the_year_s_plan_done_is_no_plan_word() -> None:
    from newsmill.zh.cues import PLAN_RE, target_in
    assert target_in("完成投资58亿元，占年度计划的91.2%") is None
    assert target_in("全年计划投资80亿元") is not None
    assert not PLAN_RE.search("占全年计划的76%")
    page = ("本报讯 前三季度，某某开发区规上工业产值增长9%，实现营业收入320亿元，同比增长8%。\n"
            "全区实施重点项目28个，完成投资61亿元，占年度计划的90.5%。甲乙材料产业园、丙丁电子产业园等项目进展顺利。\n"
            "下一步，该区将紧盯全年目标，力争全年产值增长10%以上。\n")
    projects = _projects(page)
    assert {r.get("status") for r in projects.values()} == {"actual"}, projects
