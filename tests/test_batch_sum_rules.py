"""Counts listed in a row and then summed up (``开工8个项目、竣工5个项目，合计总投资40亿元``)."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _batches(sentence: str) -> list[tuple[object, object, object]]:
    page = "某市重点项目建设提速\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 4, 18))
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in doc.records if r.kind == "batch"]


def test_the_sum_of_two_listed_counts_is_a_batch_of_its_own() -> None:
    got = _batches("4月17日，某市二季度集中签约项目9个、开工项目6个，合计总投资62.5亿元。")
    assert (15, 6_250_000_000, None) in got, got
    assert all(total is None for count, total, _ev in got if count in (9, 6)), got


def test_counts_of_one_event_sum_to_a_batch_of_that_event() -> None:
    got = _batches("当天，某区新开工工业项目7个、服务业项目4个，共计投资18亿元。")
    assert (11, 1_800_000_000, "started") in got, got


def test_a_total_given_right_after_its_own_count_stays_with_it() -> None:
    got = _batches("今年某市签约项目9个，总投资30亿元；开工项目6个，合计投资12亿元。")
    assert (9, 3_000_000_000, "signed") in got, got
    assert (6, 1_200_000_000, "started") in got, got
    assert not any(count == 15 for count, _t, _e in got), got


def test_the_event_of_the_next_listed_count_is_not_this_one_s() -> None:
    got = _batches("今年，某市加快建设东岭新材料等8个项目、竣工投产西湖食品等6个项目。")
    assert (8, None, "under_construction") in got, got
    assert (6, None, "in_production") in got, got


def test_the_places_of_the_projects_named_as_examples_are_not_the_batch_s_region() -> None:
    page = ("广元市一季度项目建设开门红\n\n本报讯 广元是川北的工业重镇。\n\n"
            "一季度，储能产业专班解决企业难题12项，新开工青川蓝海储能装备等项目31个，"
            "总投资126亿元。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 4, 18))
    [b] = [r for r in doc.records if r.kind == "batch"]
    assert b.get("count") == 31 and b.get("region") == "广元市", b.fields.get("region")


def test_a_sum_after_a_long_list_takes_the_event_that_opened_the_list() -> None:
    got = _batches("目前，我市已与华岳集团、恒川能源公司、晋源公司等企业签订了北山煤化工一体化项目、"
                   "城东天然气调峰站项目、白沙湾抽水蓄能电站项目等投资协议，合计估算总投资近260亿元。")
    assert (None, 26_000_000_000, "signed") in got, got


def test_a_sum_with_no_event_in_its_sentence_has_none() -> None:
    got = _batches("市级领导包联北山煤化工一体化项目、城东天然气调峰站项目、白沙湾抽水蓄能电站项目等"
                   "重大项目，合计估算总投资近260亿元。")
    assert [ev for _c, total, ev in got if total == 26_000_000_000] == [None], got


def test_a_number_of_projects_kept_at_a_level_is_a_batch() -> None:
    got = _batches("今年，确保全区省级重点项目(含任务)保持在18个以上，市级重点项目数量稳定在40个。")
    assert (18, None, None) in got and (40, None, None) in got, got


def test_a_goal_of_investment_done_is_works_under_way() -> None:
    got = _batches("今年，启动实施东环路、城南污水处理厂等12个配套项目，力争完成总投资80亿元以上。")
    assert (None, 8_000_000_000, "under_construction") in got, got
    assert (12, None, "started") in got, got
