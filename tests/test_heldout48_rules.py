"""Rules the misses of the forty-eighth held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news: short stories, each under a ``##`` head with a
``某报某地讯(记者 甲 通讯员 乙)`` byline, about signings, starts, lines put into production, parks
and the month's figures.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 6, 12))


def _names(sentence: str) -> list[str]:
    return [n.name for n in find_names(sentence, 0, len(sentence))]


# --- a park that hosts what is told is a place, not a project -------------------------------------

def test_a_park_holding_a_signing_of_projects_is_no_project() -> None:
    assert _names("6月3日,某某县电子信息产业园隆重举行项目集中签约仪式,签约项目5个。") == []


def test_a_park_holding_a_firm_and_its_line_is_no_project() -> None:
    names = _names("落户某某市绿色食品产业园内的某某公司年产10万吨饲料项目正式投产。")
    assert not any(n.endswith("产业园") for n in names), names
    assert any(n.endswith("饲料项目") for n in names), names


def test_a_park_starting_works_of_its_own_is_still_a_project() -> None:
    assert any(n.endswith("产业园") for n in _names("近日,某某县智能家居产业园举行开工仪式。"))


# --- a signing told as done, then the works the parties agreed on ---------------------------------

def test_works_agreed_in_a_signed_deal_keep_the_signing_actual() -> None:
    page = ("## 某某县引进新能源项目\n\n某报某某讯(记者 张三)6月8日,某某县经济开发区与某某储能科技有限公司"
            "签署合作协议,该公司将投资建设储能电站项目,总投资6亿元。\n")
    r = projects(page)["储能电站项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")


def test_a_plan_to_sign_stays_a_target() -> None:
    page = ("## 某某县洽谈新能源项目\n\n某报某某讯(记者 张三)某某县计划下月与某某储能科技有限公司"
            "签署合作协议,该公司将投资建设储能电站项目,总投资6亿元。\n")
    r = projects(page)["储能电站项目"]
    assert r.get("status") == "target"


# --- a sentence opening on one plant gives that plant's figures, no statistic ----------------------

def test_a_plants_yearly_generation_is_no_statistic() -> None:
    page = ("## 某某县风电项目并网\n\n某报某某讯(记者 张三)6月6日,某某县高山风电场项目全容量并网。"
            "风电场总投资18亿元,装机容量30万千瓦,年均上网电量约6.5亿千瓦时。\n")
    assert [r.get("metric") for r in indicators(page)] == []


def test_a_countys_yearly_generation_is_a_statistic() -> None:
    page = ("## 某某县一季度发电量增长\n\n某报某某讯(记者 张三)一季度,某某县全县发电量达到6.5亿千瓦时,"
            "同比增长12%。\n")
    assert any("发电量" in (r.get("metric") or "") for r in indicators(page))


# --- a park holding the firm named next is the project's detail -----------------------------------

def test_a_park_holding_the_firm_is_the_detail() -> None:
    page = ("## 岳池一企业投产\n\n某报岳池讯(记者 张三)6月5日,岳池县绿色食品产业园内的某某食品有限公司"
            "年产2万吨调味品项目建成投产。\n")
    r = _only(page)
    assert ((r.get("location") or {}).get("detail") or "").endswith("绿色食品产业园")


def test_a_produce_processing_park_is_a_local_place() -> None:
    page = ("## 邻水一条生产线投产\n\n某报邻水讯(记者 张三)6月5日,位于邻水县果蔬加工园的某某农业有限公司"
            "冻干生产线正式投产。\n")
    r = _only(page)
    assert (r.get("location") or {}).get("detail") == "邻水县果蔬加工园"


def _only(page: str):
    found = list(projects(page).values())
    assert len(found) == 1, list(projects(page))
    return found[0]


# --- a cold store's yearly turnover is its capacity ------------------------------------------------

def test_a_cold_stores_yearly_turnover_is_its_capacity() -> None:
    page = ("## 岳池冷链项目开工\n\n某报岳池讯(记者 张三)6月5日,岳池县柑橘冷链仓储中心项目开工,"
            "总投资8000万元,建成后年仓储周转能力达到6万吨。\n")
    assert _only(page).get("capacity") == "年仓储周转能力达到6万吨"
