"""Rules the leftovers of the hundred-and-fifteenth, -sixteenth and -eighteenth held-out sets called
for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 12))


def _one(page: str, head: str) -> dict:
    found = {n: r for n, r in projects(page).items() if n and n.startswith(head)}
    assert found, projects(page).keys()
    r = next(iter(found.values()))
    return {"stage": r.get("stage"), "status": r.get("status"), "date": r.get("date")}


_EXPLAINED = ("关于《商洛市第二季度重点项目集中开工名单》的解读\n"
              "今年以来，全市持续扩大有效投资。名单内项目已于6月8日在各县区同步开工。\n"
              "从投资规模看，名单内总投资5亿元以上项目6个。{body}\n")


def test_a_listed_project_built_by_a_firm_takes_the_lists_start_and_day() -> None:
    page = _EXPLAINED.format(body="山阳县年产8万吨钒电池电解液项目总投资12.5亿元，由陕西某钒业有限公司建设，"
                                  "建成后年产值约30亿元。")
    assert _one(page, "山阳县年产8万吨") == {"stage": "started", "status": "actual", "date": "2026-06-08"}


def test_a_listed_project_named_after_another_takes_the_lists_start() -> None:
    page = _EXPLAINED.format(body="洛南县年产3万吨石墨负极材料项目总投资6亿元，由陕西某新材料有限公司建设；"
                                  "商州区现代中药产业园项目建成后可日加工中药材100吨。")
    assert _one(page, "商州区现代中药产业园")["stage"] == "started"
    assert _one(page, "商州区现代中药产业园")["date"] == "2026-06-08"


def test_the_lists_signing_told_with_other_word_order() -> None:
    page = ("汉中市招商引资项目集中签约情况说明\n"
            "上述项目均已于5月26日在市会展中心集中签约，总金额186亿元。"
            "其中，南郑区年产20万套汽车零部件项目总投资9亿元，由某汽车配件有限公司投资。\n")
    assert _one(page, "南郑区年产20万套") == {"stage": "signed", "status": "actual", "date": "2026-05-26"}


def test_a_project_with_an_event_of_its_own_keeps_it() -> None:
    page = _EXPLAINED.format(body="此外，佛坪县年产5万吨山茱萸精深加工项目已完成备案，计划明年3月开工。")
    got = _one(page, "佛坪县年产5万吨")
    assert got["date"] != "2026-06-08"
    assert got["status"] == "target"


def test_no_list_told_together_leaves_the_builders_verb_alone() -> None:
    page = ("汉台区年产10万吨食品级包装材料项目总投资8亿元，由某包装科技有限公司建设，目前主体厂房已封顶。\n")
    assert _one(page, "汉台区年产10万吨")["date"] != "2026-06-08"
    assert _one(page, "汉台区年产10万吨")["stage"] != "started"


def _events(page: str) -> dict[int, str | None]:
    return {r.get("count"): r.get("event") for r in records(page, "batch")}


def test_the_lists_projects_counted_by_size_take_the_lists_start() -> None:
    page = _EXPLAINED.format(body="从区域分布看，商州区、洛南县入选项目较多，分别为7个和5个。")
    got = _events(page)
    assert got.get(6) == "started"
    assert got.get(7) == "started" and got.get(5) == "started"


def test_the_lists_signing_counts_by_place_with_other_word_order() -> None:
    page = ("汉中市二季度招商引资项目集中签约情况说明\n"
            "上述项目均已于5月26日集中签约。列入本次名单的制造业项目共14个，总投资96亿元。\n")
    assert _events(page).get(14) == "signed"


def test_a_count_of_other_projects_after_the_list_takes_no_event_from_it() -> None:
    page = _EXPLAINED.format(body="同时，全市储备项目达到85个，总投资420亿元。")
    assert _events(page).get(85) != "started"


def test_a_listed_project_told_again_without_its_size_is_the_same_project() -> None:
    page = ("汉中市10月核准企业投资项目5个\n"
            "10月，全市共核准企业投资项目5个。其中，留坝县15万千瓦风电项目总投资9.8亿元，建设单位为"
            "留坝县某新能源有限公司。\n记者了解到，留坝县风电项目同期获得核准，目前正在开展施工图设计。\n")
    names = [n for n in projects(page) if n and "风电" in n]
    assert names == ["留坝县15万千瓦风电项目"]


def test_the_same_kind_of_another_size_told_apart_stays_two() -> None:
    page = ("南郑区年产3万吨茶饮料项目已于5月开工，总投资4亿元。同时，南郑区年产8万吨茶饮料项目签约落户，"
            "总投资9亿元。\n")
    names = [n for n in projects(page) if n and "茶饮料" in n]
    assert len(names) == 2
