"""Rules for misses the eighty-ninth to ninety-third held-out sets listed, each on phrasings of its
own (Heilongjiang's Wudalianchi, Mohe and Huma; Hubei's Tianmen, Zhongxiang, Shayang, Xingshan and
Zigui)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2025, 11, 20))


def _phases(page: str) -> dict[str, dict[str, object]]:
    """Project records whose name holds a phase, by name."""
    return {name: {k: r.get(k) for k in ("stage", "status", "date", "investment_cny", "jobs")}
            for name, r in projects(page).items() if name and "期" in name}


# --- projects: a phase named after the kind word that ends its project's name -----------------------

def test_an_earlier_phase_told_after_the_later_one_by_the_parks_kind_is_a_project() -> None:
    page = ("矿泉水产业园二期开工\n\n本报讯(记者 王某)11月12日,五大连池市矿泉水产业园二期项目开工建设。"
            "项目由黑龙江某某饮品有限公司投资5.6亿元建设,建成后年产矿泉水50万吨。"
            "产业园一期于2022年建成投产,目前运行良好。\n")
    got = _phases(page)
    first = [v for k, v in got.items() if "一期" in k]
    assert first and first[0]["stage"] == "in_production" and first[0]["date"] == "2022"


def test_a_later_phase_in_the_next_paragraph_by_the_parks_kind_is_a_project() -> None:
    page = ("漠河市冷链物流园一期竣工\n\n本报讯(记者 李某)11月6日,漠河市冷链物流园一期工程通过竣工验收。"
            "该物流园由某某冷链物流有限公司投资2.4亿元建设,占地90亩。\n"
            "物流园二期计划明年5月开工,将建设冷链配送中心,全部建成后可带动就业500余人。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["stage"] == "started" and second[0]["status"] == "target"
    assert second[0]["date"] == "2026-05"
    assert second[0]["jobs"] is None  # the whole park's jobs, told after 全部建成后


def test_a_phase_after_another_kind_word_is_no_phase_of_the_project() -> None:
    page = ("呼玛县北药加工产业园一期竣工\n\n本报讯(记者 赵某)11月5日,呼玛县北药加工产业园一期工程竣工。"
            "项目由某某药业有限公司投资1.8亿元建设。\n"
            "物流园二期计划明年6月开工,将建设仓储中心。\n")
    assert not [k for k in _phases(page) if "二期" in k]


def test_the_phase_of_the_year_told_after_the_whole_is_a_project() -> None:
    page = ("钟祥市文旅项目建设见闻\n\n本报讯 钟祥市莫愁湖康养旅游度假区项目由某某文旅集团有限公司投资建设,"
            "总投资19亿元,分三期实施。今年实施的二期工程投资7.2亿元,建设康养酒店和游客中心。"
            "目前,游客中心主体已封顶。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["investment_cny"] == 720_000_000


# --- projects: a later phase whose paperwork is done, in a ；-item of its own ------------------------

def test_a_later_phase_filed_in_its_own_item_is_a_planned_project() -> None:
    page = ("天门市重点项目建设观察\n\n本报讯 在竟陵街道,总投资9亿元的天门某某新材料产业园一期项目"
            "主体已全部封顶,正在进行设备安装,预计明年4月投产；二期项目已完成备案,正在办理施工许可。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["stage"] == "planned" and second[0]["status"] == "actual"


def test_a_later_phase_only_thought_of_in_its_item_is_no_project() -> None:
    page = ("沙洋县重点项目建设观察\n\n本报讯 在沙洋镇,总投资6亿元的沙洋某某食品产业园一期项目主体已全部封顶,"
            "正在进行设备安装,预计明年4月投产；二期项目正在谋划之中。\n")
    assert not [k for k in _phases(page) if "二期" in k]
