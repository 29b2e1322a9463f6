"""Rules for what the fifty-fourth held-out set still missed, each on phrasings of its own.

The set is a provincial daily's city news on energy and minerals; these rules read a season told
before a state (``汛期…运行平稳``) and a later phase a firm will start (``还将启动二期…项目``).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 11, 28))


# --- names: a season opening a phrase ------------------------------------------------------------

def test_a_season_before_a_state_heads_no_name() -> None:
    page = ("某地电站\n\n本报讯 11月3日,某某能源公司投资建设的泸定县某某水电站3号机组正式投产发电,"
            "丰水期外送通道运行良好。\n")
    names = set(projects(page))
    assert "泸定县某某水电站3号机组" in names or any(n.startswith("泸定县某某水电站") for n in names)
    assert not any(n.startswith("丰水期") for n in names)


def test_a_season_after_a_name_s_head_leaves_the_name() -> None:
    page = ("某地工程\n\n本报讯 10月9日,丹巴县某某河防汛期应急排洪工程开工建设。\n")
    assert any("排洪工程" in n for n in projects(page))


# --- stages: a later phase a firm will start ---------------------------------------------------

def test_a_later_phase_to_be_started_is_a_planned_start() -> None:
    page = ("某地项目投产\n\n本报讯 10月22日,某某钛业有限公司年产3万吨海绵钛项目在盐边县投产。"
            "后年,公司将启动三期钛合金锻件项目,计划投资6.5亿元。\n")
    phase = [r for n, r in projects(page).items() if n.startswith("三期")]
    assert [(r.get("stage"), r.get("status")) for r in phase] == [("started", "target")]


def test_a_launch_with_no_phase_after_it_tells_no_stage() -> None:
    from newsmill.zh.cues import STAGE_RE

    assert STAGE_RE.search("某某产业园项目启动仪式举行,启动资金3000万元") is None
    assert STAGE_RE.search("公司将启动二期项目").group() == "启动"


def test_the_firm_starting_its_next_phase_is_its_investor() -> None:
    page = ("某地项目投产\n\n本报讯 10月22日,位于盐边县的某某钛业有限公司年产3万吨海绵钛项目投产。\n\n"
            "该项目总投资9亿元。后年,企业还将启动三期钛合金锻件项目,计划投资6.5亿元。\n")
    phase = [r for n, r in projects(page).items() if n.startswith("三期")]
    assert [r.get("investor") for r in phase] == ["某某钛业有限公司"]


def test_a_firm_named_after_the_start_is_not_taken_from_before() -> None:
    page = ("某地项目投产\n\n本报讯 10月22日,某某钛业有限公司年产3万吨海绵钛项目投产。\n\n"
            "明年,园区还将启动二期标准化厂房项目。\n")
    phase = [r for n, r in projects(page).items() if n.startswith("二期")]
    assert all(r.get("investor") is None for r in phase)
