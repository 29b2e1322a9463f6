"""Rules for what set 126 still missed in its indicators, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(body: str) -> list[tuple[object, object, object]]:
    page = "某县经济运行稳中有进\n\n本报讯　" + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2026, 11, 20))
    return [(r.get("metric"), r.get("value"), r.get("period")) for r in doc.records if r.kind == "indicator"]


def test_a_count_added_over_the_first_months_after_its_level() -> None:
    got = _indicators("截至10月底，交口县规模以上工业企业达到58家，前10个月新增6家。")
    assert ("规模以上工业企业", 58, "2026-10") in got
    assert ("新增规模以上工业企业", 6, "2026-01/2026-10") in got


def test_the_first_months_written_in_words_head_no_metric() -> None:
    got = _indicators("文水县个体工商户达到2.6万户，前九个月新增1930户。")
    assert ("新增个体工商户", 1930, "2026-01/2026-09") in got


def test_the_first_months_heading_a_sum_are_its_period() -> None:
    got = _indicators("汾西县工业运行平稳，前10个月工业产值达到12.6亿元，同比增长7.4%。")
    assert [m for m, v, _p in got if v == 1260000000] == ["工业产值"]


def test_a_sum_after_a_count_of_firms_stays_a_threshold() -> None:
    got = _indicators("安泽县培育出5个年产值超10亿元的龙头企业。")
    assert all(v != 1000000000 for _m, v, _p in got)


def test_a_part_after_qizhong_of_new_units_is_new_too() -> None:
    got = _indicators("1至10月，隰县新增经营主体2740户，其中个体工商户1985户。")
    assert ("新增经营主体", 2740, "2026-01/2026-10") in got
    assert ("新增个体工商户", 1985, "2026-01/2026-10") in got


def test_a_bare_word_for_firms_after_qizhong_is_the_new_firms() -> None:
    got = _indicators("今年前三季度，大宁县新增市场主体1620户，其中企业410户，同比增长9.6%。")
    assert [m for m, v, _p in got if v == 410] == ["新增企业"]


def test_a_part_of_a_level_not_told_as_new_keeps_its_name() -> None:
    got = _indicators("截至9月底，浮山县市场主体总量达到2.9万户，其中企业4380户。")
    assert all(m != "新增企业" for m, _v, _p in got)


def test_a_part_after_qizhong_of_new_jobs_is_not_firms() -> None:
    got = _indicators("1至10月，大宁县城镇新增就业2150人，其中农村劳动力1320人。")
    assert all(not str(m).startswith("新增农村") for m, _v, _p in got)


def test_totals_told_in_turn_are_no_total_of_the_last_count() -> None:
    got = _indicators("今年以来，浮山县新增“四上”企业26家，其中规上工业企业9家，总数分别达到311家和104家。")
    assert ("新增规上工业企业", 9, "2026-01/2026-11") in got
    assert all(m != "规上工业企业总数" and m != "新增规上工业企业总数" for m, _v, _p in got)
