"""Rules the misses left by the ninety-fourth and ninety-eighth held-out sets called for, each on
phrasings of its own.

A counted list of trades (``甲、乙、丙等项目19个``) names no works; a park told by its planned area in
square kilometres is a zone described, no project; ``园区`` before a later phase is the one park the
story names; a park signing firms as tenants signs no projects; a project named as a phase invests
that phase's own sum; space added once built is an area; projects counted right before their
contracted foreign capital are signed.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.extract_projects.filters import _park_sized
from newsmill.zh.projects import NameSpan, find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 18))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _batches(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(f"{page}\n", "batch")]


# --- projects: a counted list of trades ---------------------------------------------------------------

def test_a_bare_trade_among_trades_counted_is_no_project() -> None:
    assert _names("今年以来，樟树市已落地医药中间体、制剂灌装、医疗器械等项目23个，总投资超过160亿元。") == []
    assert _names("睢宁县共引进冷链配送、新材料等项目9个。") == []


def test_a_named_works_or_a_firm_in_a_counted_list_stays() -> None:
    assert _names("睢宁县共引进年产8万吨再生纤维、检验检测中心等项目7个。") == [
        "年产8万吨再生纤维项目", "检验检测中心"]
    # no count after the list: the trades rule does not apply
    assert "冷链配送项目" in _names("广德市加快建设冷链配送、新能源等项目。")


def test_a_trades_list_leaves_the_next_plant_to_be_read() -> None:
    ps = projects("樟树市已落地制剂灌装、医疗器械等项目11个，总投资超过80亿元。去年投产的年产5000万支"
                  "注射剂灌装项目，今年前5月实现产值3.2亿元。")
    assert "制剂灌装项目" not in ps
    assert any("注射剂灌装项目" in n for n in ps)


# --- projects: a park told by its planned area ------------------------------------------------------

def test_a_park_with_its_planned_area_in_square_kilometres_is_no_project() -> None:
    text = "据介绍，广德经济开发区规划面积12.5平方公里，已建成标准厂房30万平方米。"
    i = text.index("广德经济开发区")
    assert _park_sized(text, NameSpan(i, i + 7, "广德经济开发区"))
    text2 = "睢宁县空港产业园总规划用地面积约6平方公里。"
    j = text2.index("睢宁县空港产业园")
    assert _park_sized(text2, NameSpan(j, j + 8, "睢宁县空港产业园"))
    ps = projects("睢宁县高端纺织产业园规划面积8平方公里，目前已建成厂房26万平方米。")
    assert "睢宁县高端纺织产业园" not in ps


def test_a_park_project_told_by_its_land_in_mu_stays() -> None:
    text = "樟树市中药材加工产业园占地300亩，总投资6亿元，于5月开工。"
    i = text.index("樟树市中药材加工产业园")
    assert not _park_sized(text, NameSpan(i, i + 11, "樟树市中药材加工产业园"))
    text2 = "广德市新材料产业园二期规划面积500亩。"
    assert not _park_sized(text2, NameSpan(0, 9, "广德市新材料产业园"))


# --- batches: contracted foreign capital ----------------------------------------------------------

def test_projects_counted_before_their_contracted_foreign_capital_are_signed() -> None:
    bs = _batches("今年1至5月，睢宁县新增外资企业增资项目4个，合同外资3200万美元，实际使用外资1800万美元。")
    assert [(b["count"], b["event"]) for b in bs] == [(4, "signed")]
    bs = _batches("樟树市今年以来共有外资项目3个,协议外资额1.1亿美元。")
    assert [(b["count"], b["event"]) for b in bs] == [(3, "signed")]


def test_projects_counted_before_used_foreign_capital_keep_no_event() -> None:
    bs = _batches("今年1至5月，睢宁县共有外资企业增资项目4个，实际使用外资1800万美元。")
    assert [(b["count"], b.get("event")) for b in bs] == [(4, None)]


# --- projects: a park's later phase told by ``园区`` -------------------------------------------------

def _fields(ps: dict, part: str) -> dict:
    r = next(r for n, r in ps.items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


def test_a_later_phase_of_the_one_park_a_story_names_takes_its_name() -> None:
    ps = projects("6月3日，樟树市临港街道医药物流产业园与9家医药企业签约，园区入驻企业达到61家。\n\n"
                  "为留住企业，临港街道出台了租金减免办法。园区三期项目总投资4.6亿元，计划10月开工。")
    f = _fields(ps, "三期项目")
    assert f["name"] == "樟树市临港街道医药物流产业园三期项目"
    assert (f["stage"], f["status"], f["date"]) == ("started", "target", "2026-10")


def test_two_parks_named_leave_a_bare_phase_unread() -> None:
    ps = projects("6月3日，樟树市医药物流产业园与睢宁县纺织产业园签订合作协议。园区三期项目计划10月开工。")
    assert not any(n.endswith("产业园三期项目") for n in ps)


# --- stages: a park signing firms as tenants ---------------------------------------------------------

def test_firms_signed_as_tenants_give_no_signing_to_a_planned_phase() -> None:
    ps = projects("广德市智能装备产业园签约入驻企业突破80家\n\n"
                  "本报讯 6月3日，广德市智能装备产业园与12家企业集中签约，园区入驻企业累计达到83家。"
                  "园区二期项目总投资3.5亿元，计划9月开工。\n")
    assert (_fields(ps, "二期项目")["stage"], _fields(ps, "二期项目")["status"]) == ("started", "target")


def test_projects_signed_in_a_signing_story_still_take_the_signing() -> None:
    ps = projects("广德市3个项目集中签约\n\n"
                  "本报讯 6月3日，广德市3个项目集中签约，总投资26亿元。其中，某某新材料有限公司将投资12亿元"
                  "建设年产6万吨特种纸项目，计划明年3月开工。\n")
    assert _fields(ps, "特种纸项目")["stage"] == "signed"


def test_a_park_told_as_works_leaves_its_later_phase_to_the_phases() -> None:
    ps = projects("6月3日，位于睢宁县空港街道的睢宁县智慧物流园一期项目建成投用。"
                  "该项目由江苏睢联供应链管理有限公司"
                  "投资6亿元建设。\n\n园区二期项目已于今年4月开工，预计明年底建成。\n")
    assert _fields(ps, "二期项目")["name"] == "睢宁县智慧物流园二期项目"


# --- amounts: a phase's own sum, the floor added once built ------------------------------------------

def test_a_project_named_as_a_phase_invests_the_phase_sum() -> None:
    ps = projects("6月10日，樟树市江西樟锂能源科技有限公司年产8GWh储能电池项目一期正式投产。"
                  "该项目总投资36亿元，"
                  "其中一期投资15亿元，于去年5月开工。\n")
    assert _fields(ps, "项目一期")["investment_cny"] == 1_500_000_000


def test_the_whole_works_keep_the_whole_sum() -> None:
    ps = projects("6月10日，樟树市江西樟锂能源科技有限公司年产8GWh储能电池项目正式开工。该项目总投资36亿元，"
                  "其中一期投资15亿元。\n")
    assert _fields(ps, "储能电池项目")["investment_cny"] == 3_600_000_000


def test_the_floor_works_add_once_built_is_their_area() -> None:
    ps = projects("睢宁县科创孵化园三期项目总投资4.2亿元，计划8月开工，建成后可新增办公用房6.5万平方米。\n")
    assert _fields(ps, "三期项目")["area"] == "6.5万平方米"
    ps = projects("睢宁县科创孵化园三期项目总投资4.2亿元，计划8月开工。今年全县新增办公用房6.5万平方米。\n")
    assert _fields(ps, "三期项目").get("area") is None


def test_a_trades_area_added_once_built_is_no_area() -> None:
    ps = projects("睢宁县冷链物流中心项目总投资2.6亿元，计划8月开工，建成后可新增冷藏面积3万平方米。\n")
    assert _fields(ps, "冷链物流中心项目").get("area") is None
