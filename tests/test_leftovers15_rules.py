"""Rules the project misses left in sets 51, 6, 7 and 2 called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.units import find_tenths
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


def _values(page: str) -> dict[float, str]:
    return {r.get("value"): str(r.get("metric")) for r in indicators(page)}


# --- projects: a later phase only planned in a speaker's words ---------------------------------------

_ONE_PROJECT = ("本报讯 近日,位于宜宾临港经开区的四川锂源新材料有限公司年产8万吨磷酸铁锂项目一期建成投产,"
                "该项目总投资22亿元,分两期建设。")


def test_a_later_phase_a_speaker_plans_is_no_project() -> None:
    page = ("锂电材料项目投产\n\n" + _ONE_PROJECT +
            "“从开工到投产只用了一年。”公司总经理说,下一步将加快产能爬坡,二期项目计划明年3月开工建设。\n")
    found = projects(page)
    assert not [n for n in found if "二期" in str(n)]
    assert any("一期" in str(n) or str(n).endswith("磷酸铁锂项目") for n in found)


def test_a_later_phase_told_by_the_reporter_stays_a_project() -> None:
    page = ("锂电材料项目投产\n\n" + _ONE_PROJECT + "据了解,二期项目计划明年3月开工建设。\n")
    assert [n for n in projects(page) if "二期" in str(n)]


def test_a_later_phase_a_speaker_says_is_under_way_stays_a_project() -> None:
    page = ("锂电材料项目投产\n\n" + _ONE_PROJECT + "公司负责人介绍,二期项目已于今年4月开工建设。\n")
    assert [n for n in projects(page) if "二期" in str(n)]


# --- projects: a first phase set as a goal of a project told before ---------------------------------

_REPORT = ("政府工作报告\n\n"
           "过去一年,全县实施重点项目120个。赣州高新区稀土永磁材料项目、南康家居智造产业园项目开工建设。\n"
           "今年重点抓好以下工作:全年计划实施重点项目150个。{goal};加快城南物流园项目建设。\n")


def test_a_first_phase_goal_of_a_project_told_before_is_no_project() -> None:
    found = projects(_REPORT.format(goal="推动稀土永磁材料项目一期竣工投产"))
    assert "赣州高新区稀土永磁材料项目" in found
    assert not [n for n in found if "一期" in str(n)]


def test_a_first_phase_goal_of_a_project_not_told_before_stays_a_project() -> None:
    found = projects(_REPORT.format(goal="推动锂电隔膜项目一期竣工投产"))
    assert [n for n in found if "锂电隔膜项目一期" in str(n)]


# --- statistics: a rate given in tenths ------------------------------------------------------------

def test_a_rate_in_tenths_is_a_percentage() -> None:
    hits = list(find_tenths("对全市服务业增长的贡献率达七成"))
    assert [(h.value, h.unit, h.change) for h in hits] == [(70.0, "%", None)]


def test_a_rate_in_tenths_is_a_statistic() -> None:
    page = ("经济运行\n\n本报讯 记者从岳池县统计局获悉,一季度,岳池县规模以上工业增加值增长9.1%,"
            "其中电子信息、农产品加工两大产业实现产值36.2亿元,同比增长10.4%,对全县工业增长的贡献率超过七成。\n")
    assert 70.0 in _values(page)


def test_a_share_an_occupancy_and_a_cost_in_tenths_are_no_rate() -> None:
    assert not list(find_tenths("签约项目中制造业占比超七成"))
    assert not list(find_tenths("目前产业园已入驻企业28家,入驻率达八成"))
    assert not list(find_tenths("对增长的贡献率八成本地"))  # 成本: no tenths
