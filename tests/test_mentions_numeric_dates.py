"""Date mentions: resolution rules on hand-written snippets, and the pipeline plugin."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.zh.dates import find_dates, parse_date, plan_years

PUB = dt.date(2021, 1, 21)


def dates(text: str, pub: dt.date | None = PUB) -> list[tuple[str, str, str, str]]:
    out = []
    for h in find_dates(text, pub):
        v = h.value.as_dict()
        out.append((text[h.start:h.end], v["start"], v["end"], v["granularity"]))
    return out


@pytest.mark.parametrize("text, expected", [
    ("11月19日,项目开工", [("11月19日", "2020-11-19", "2020-11-19", "day")]),  # past bias
    ("2020年10月,全市", [("2020年10月", "2020-10-01", "2020-10-31", "month")]),
    ("1-10月,全省累计", [("1-10月", "2020-01-01", "2020-10-31", "period")]),
    ("今年一季度,完成投资", [("今年一季度", "2021-01-01", "2021-03-31", "quarter")]),
    ("去年12月开工", [("去年12月", "2020-12-01", "2020-12-31", "month")]),
    ("今年3月", [("今年3月", "2021-03-01", "2021-03-31", "month")]),
    ("上半年实现", [("上半年", "2020-01-01", "2020-06-30", "half")]),
    ("“十四五”期间,全市", [("“十四五”期间", "2021-01-01", "2025-12-31", "period")]),
    ("近日,记者获悉", [("近日", "2021-01-07", "2021-01-21", "approx")]),
    ("计划3月开工建设", [("3月", "2021-03-01", "2021-03-31", "month")]),  # a plan: future allowed
    ("9月", [("9月", "2020-09-01", "2020-09-30", "month")]),
    ("12月28日至次年1月5日", [("12月28日至次年1月5日", "2020-12-28", "2021-01-05", "period")]),
    ("19日上午,签约仪式", [("19日", "2021-01-19", "2021-01-19", "day")]),
    ("今年以来,全市", [("今年以来", "2021-01-01", "2021-01-21", "period")]),
    ("力争年底前投产", [("年底前", "2021-01-21", "2021-12-31", "period")]),
    ("一月一调度", []),
    ("2021年元月起施行", [("2021年元月", "2021-01-01", "2021-01-31", "month")]),
    ("《规划（2021—2025年）》", [("2021—2025年", "2021-01-01", "2025-12-31", "period")]),
    ("2019到2020年间", [("2019到2020年", "2019-01-01", "2020-12-31", "period")]),
])
def test_resolution_against_publication_date(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_without_publication_date_uses_a_nearby_year_or_none() -> None:
    assert dates("2019年工作会议提出,11月19日开工", None)[-1] == (
        "11月19日", "2019-11-19", "2019-11-19", "day")
    assert dates("11月19日开工", None) == [("11月19日", "--11-19", "--11-19", "day")]
    assert dates("近日,项目开工", None) == []  # relative to nothing: dropped
    assert dates("今年全年", None) == []  # a year-less year says nothing
    # a year in another paragraph is not "nearby"
    assert dates("2030年远景目标。\n9月7日,项目签约", None)[-1] == ("9月7日", "--09-07", "--09-07", "day")


def test_parse_date_modes_and_rejects() -> None:
    base = dt.date(2021, 6, 14)
    assert parse_date("9月30日", base).as_dict()["start"] == "2021-09-30"
    assert parse_date("9月30日", base, mode="past").as_dict()["start"] == "2020-09-30"
    assert parse_date("3月8日", base, mode="future").as_dict()["start"] == "2022-03-08"
    assert parse_date("去年7月4日晚上7点09分", base).as_dict()["start"] == "2020-07-04"
    assert parse_date("上世纪80年代", base).as_dict() == {
        "start": "1980-01-01", "end": "1989-12-31", "granularity": "period"}
    assert plan_years(14) == (2021, 2025) and plan_years(1) == (1953, 1957)
    for bad in ("项目", "13月", "2月30日"):
        with pytest.raises(ValueError):
            parse_date(bad, base)


def test_bias_option() -> None:
    text = "标题\n\n12月5日,项目开工。"
    past = Pipeline(plugins=["annotate-dates"], disable=["hello"]).process(text, pub_date=PUB)
    same = Pipeline(plugins=["annotate-dates"], disable=["hello"],
                    config={"annotate-dates": {"bias": "same"}}).process(text, pub_date=PUB)
    assert [m.value["start"] for m in past.mentions if m.kind == "date"] == ["2020-12-05"]
    assert [m.value["start"] for m in same.mentions if m.kind == "date"] == ["2021-12-05"]
    bad = Pipeline(plugins=["annotate-dates"], disable=["hello"],
                   config={"annotate-dates": {"bias": "sideways"}}).process(text, pub_date=PUB)
    assert bad.failed and "bias" in bad.problems[-1].message


def test_dates_plugin_uses_document_date() -> None:
    p = Pipeline(plugins=["annotate-dates"], disable=["hello"])
    doc = p.process("标题\n\n11月19日,项目开工,力争明年6月投产。", pub_date=dt.date(2020, 11, 20))
    vals = [(m.surface, m.value["start"]) for m in doc.mentions if m.kind == "date"]
    assert vals == [("11月19日", "2020-11-19"), ("明年6月", "2021-06-01")]
    assert [m.attributes.get("relative_year") for m in doc.mentions if m.kind == "date"] == [None, 1]
    undated = p.process("标题\n\n去年9月,项目开工。")
    m = [m for m in undated.mentions if m.kind == "date"][0]
    assert m.value["start"] == "--09-01" and m.attributes == {
        "granularity": "month", "year_known": False, "relative_year": -1}


@pytest.mark.parametrize("text, pub, expected", [
    # the period's own 前 is no deadline: 前三季度 stays in the paper's year
    ("前三季度,全县完成投资", "2021-11-03", [("前三季度", "2021-01-01", "2021-09-30", "period")]),
    # a quarter under way is this year's (an event named after it)
    ("举行第四季度项目集中开工活动", "2021-11-03", [("第四季度", "2021-10-01", "2021-12-31", "quarter")]),
    # 后 closing a clause (达产后, 投产后) is not the first character of 后年/后天
    ("达产后年处理秸秆8万吨", "2021-11-03", []),
    ("投产后天然气供应更稳", "2021-11-03", []),
    ("预计后年建成", "2021-11-03", [("后年", "2023-01-01", "2023-12-31", "year")]),
])
def test_heldout_date_wording(text: str, pub: str, expected: list) -> None:
    assert dates(text, dt.date.fromisoformat(pub)) == expected


@pytest.mark.parametrize("text, expected", [
    ("前4个月,全州外贸进出口额增长", [("前4个月", "2022-01-01", "2022-04-30", "period")]),
    ("前两个月,全省工业投资", [("前两个月", "2022-01-01", "2022-02-28", "period")]),
    ("项目前3个月完成投资", []),  # inside a clause: not the first months of the year
    ("一至三季度,全省外贸", [("一至三季度", "2021-01-01", "2021-09-30", "period")]),
])
def test_first_months_and_quarter_ranges(text: str, expected: list) -> None:
    assert dates(text, dt.date(2022, 5, 18)) == expected


def test_within_the_year_is_the_papers_year() -> None:
    assert dates("项目年内开工", dt.date(2023, 7, 6)) == [("年内", "2023-01-01", "2023-12-31", "year")]


def test_since_the_plan_began_ends_at_the_paper_date() -> None:
    assert dates("“十四五”以来,全市新增企业", dt.date(2023, 7, 6)) == [
        ("“十四五”以来", "2021-01-01", "2023-07-06", "period")]
