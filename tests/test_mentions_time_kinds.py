"""Time expressions beyond calendar dates: lengths of time, recurrences, offsets from the
reference, the lunar calendar, festivals, solar terms and seasons (hand-written snippets)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmill import Pipeline
from newsmill.zh.dates import DateValue
from newsmill.zh.durations import Duration, DurationRange, add_duration, parse_duration
from newsmill.zh.numbers import to_chinese
from newsmill.zh.timeexpr import Recurrence, parse_time
from newsmill.zh.timefind import find_times

NOW = dt.datetime(2024, 5, 15, 10, 30)  # a Wednesday


def span(text: str, base: dt.date | dt.datetime | None = NOW, mode: str = "same") -> tuple[str, str]:
    v = parse_time(text, base, mode)
    assert isinstance(v, DateValue), v
    d = v.as_dict()
    return d["start"], d["end"]


@pytest.mark.parametrize("text, iso, approx", [
    ("18个月", "P18M", False),
    ("三年零", None, None),
    ("两个多小时", "PT2H", True),
    ("一年半", "P1.5Y", False),
    ("6周", "P6W", False),
    ("八个季度", "P24M", False),
    ("2天12小时", "P2DT12H", False),
    ("45分钟20秒", "PT45M20S", False),
    ("两刻钟", "PT30M", False),
    ("半个月", "P0.5M", False),
])
def test_lengths_of_time_as_iso_durations(text: str, iso: str | None, approx: bool | None) -> None:
    if iso is None:
        with pytest.raises(ValueError):
            parse_duration(text)
        return
    d = parse_duration(text)
    assert isinstance(d, Duration)
    assert d.iso() == iso and d.approx is approx
    assert d.as_dict() == {"kind": "duration", "duration": iso, "approx": approx}


def test_ranges_of_lengths_and_working_days() -> None:
    r = parse_duration("5至10年")
    assert isinstance(r, DurationRange) and r.as_dict()["min"] == "P5Y" and r.as_dict()["max"] == "P10Y"
    assert parse_duration("两年以上").as_dict() == {"kind": "duration", "min": "P2Y", "max": None,
                                                 "approx": True}
    assert parse_duration("三个月以内").as_dict()["min"] == "P0D"
    wd = parse_duration("十个工作日")
    assert wd.as_dict() == {"kind": "duration", "duration": "P10D", "approx": False, "workdays": True}
    # working days skip weekends: ten working days after Friday 17 May is Friday 31 May
    assert add_duration(dt.datetime(2024, 5, 17), wd, 1).date() == dt.date(2024, 5, 31)
    one = parse_duration("1个工作日")
    assert isinstance(one, Duration)
    assert add_duration(dt.datetime(2024, 5, 17), one).date() == dt.date(2024, 5, 20)  # the Monday


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["年", "个月", "周", "天", "小时", "分钟"]))
def test_chinese_and_arabic_counts_give_the_same_duration(n: int, unit: str) -> None:
    a, b = parse_duration(f"{n}{unit}"), parse_duration(f"{to_chinese(n)}{unit}")
    assert isinstance(a, Duration) and a == b and a.parts[0][1] == Decimal(n)


@pytest.mark.parametrize("text, expected", [
    ("5天后", ("2024-05-20", "2024-05-20")),
    ("三年前", ("2021-01-01", "2021-12-31")),          # a whole year, as precise as the text
    ("两个月后", ("2024-07-01", "2024-07-31")),
    ("3周后", ("2024-06-03", "2024-06-09")),           # the week it falls in
    ("近两个月", ("2024-03-15", "2024-05-15")),
    ("过去三天", ("2024-05-12", "2024-05-15")),
    ("未来10天", ("2024-05-15", "2024-05-25")),
    ("6个月内", ("2024-05-15", "2024-11-14")),         # whole months include today
    ("两年多以来", ("2022-01-01", "2024-05-15")),
    ("10天以后", ("2024-05-25", "..")),                # open end
    ("两年半以前", ("..", "2021-11-30")),              # open start
    ("再过5天", ("2024-05-20", "..")),
    ("第二天", ("2024-05-16", "2024-05-16")),
    ("三十几年前", ("1984-01-01", "1994-12-31")),
])
def test_offsets_from_the_reference(text: str, expected: tuple[str, str]) -> None:
    assert span(text) == expected


@pytest.mark.parametrize("text, base, expected", [
    ("农历二月初二", dt.date(2024, 1, 1), ("2024-03-11", "2024-03-11")),
    ("2024年中秋节", None, ("2024-09-17", "2024-09-17")),
    ("2025年除夕", None, ("2026-02-16", "2026-02-16")),   # the last day of lunar year 2025
    ("腊月", dt.date(2023, 3, 1), ("2024-01-11", "2024-02-09")),
    ("去年端午节", dt.date(2024, 7, 1), ("2023-06-22", "2023-06-22")),
    ("大年初三", dt.date(2024, 4, 1), ("2024-02-12", "2024-02-12")),
    ("2023年清明", None, ("2023-04-05", "2023-04-05")),
    ("2022年夏季", None, ("2022-05-05", "2022-08-06")),   # 立夏 to the day before 立秋
    ("今年暑假", dt.date(2024, 3, 1), ("2024-07-01", "2024-08-31")),
    ("春节到元宵节", dt.date(2024, 1, 5), ("2024-02-10", "2024-02-24")),
    ("七月初七晚上", dt.date(2024, 1, 5), ("2024-08-10", "2024-08-10")),
])
def test_lunar_calendar_festivals_terms_and_seasons(text: str, base: dt.date | None,
                                                    expected: tuple[str, str]) -> None:
    assert span(text, base) == expected


def test_times_of_day_that_move_the_day() -> None:
    assert span("晚上十点至次日凌晨两点") == ("2024-05-15", "2024-05-16")
    assert span("半夜12点") == ("2024-05-16", "2024-05-16")
    assert span("5月3日0时至5月4日24时") == ("2024-05-03", "2024-05-05")
    assert span("下午2~4点") == ("2024-05-15", "2024-05-15")
    assert span("上午九点", mode="future") == ("2024-05-16", "2024-05-16")  # already past at 10:30


def test_weekends() -> None:
    assert span("周末") == ("2024-05-18", "2024-05-19")
    assert span("周末", mode="past") == ("2024-05-11", "2024-05-12")  # news: the one just past
    assert span("下个周末") == ("2024-05-25", "2024-05-26")


def test_recurrences() -> None:
    r = parse_time("每两周", NOW)
    assert isinstance(r, Recurrence) and r.as_dict() == {"kind": "recurrence", "every": "P2W", "first": None}
    r = parse_time("每周五下午", NOW)
    assert r.as_dict()["every"] == "P1W" and r.as_dict()["first"]["start"] == "2024-05-17"
    r = parse_time("每月10号", NOW)
    assert r.as_dict()["every"] == "P1M" and r.as_dict()["first"]["start"] == "2024-05-10"
    r = parse_time("每个工作日上午8点", NOW)
    assert r.as_dict()["workdays"] is True and r.as_dict()["every"] == "P1D"
    with pytest.raises(ValueError):
        parse_time("每人", NOW)


def test_not_time_expressions_raise() -> None:
    for text in ("项目", "三个人", "第五名"):
        with pytest.raises(ValueError):
            parse_time(text, NOW)


def _found(text: str, pub: dt.date | None) -> list[tuple[str, dict]]:
    return [(text[h.start:h.end], h.value.as_dict()) for h in find_times(text, pub)]


def test_running_text_lengths_recurrences_and_periods_counted_back() -> None:
    pub = dt.date(2024, 5, 15)
    text = ("园区运营两年来，累计引进企业36家；项目建设工期18个月，预计每年可实现产值5亿元，"
            "近三年来全县每季度召开一次推进会，每周三调度。")
    got = dict(_found(text, pub))
    assert got["两年来"] == {"start": "2022-05-15", "end": "2024-05-15", "granularity": "period"}
    assert got["18个月"]["duration"] == "P18M"
    assert got["每年"] == {"kind": "recurrence", "every": "P1Y", "first": None}
    assert got["近三年来"]["start"] == "2021-05-15"
    assert got["每季度"]["every"] == "P3M"
    assert got["每周三"]["first"]["start"] == "2024-05-15"
    # never a later occurrence than the paper's date in past-tense news
    assert _found("每周五调度", pub)[0][1]["first"]["start"] == "2024-05-10"
    # calendar dates, years and halves are untouched by the length finder
    assert _found("2023年上半年，新的一年，一年一考核", pub) == [
        ("2023年上半年", {"start": "2023-01-01", "end": "2023-06-30", "granularity": "half"})]
    assert _found("45周岁以下", pub) == []
    assert _found("从80年代到90年代，预计09年建成", pub) == []  # decades and short years
    found = _found("历时1年零3个月，用时2小时30分钟", pub)
    assert [v.get("duration") for _, v in found] == ["P1Y3M", "PT2H30M"]
    # counts that are ranges, and ranges of counts
    got = dict(_found("停牌一两天，工期3-5年，近两三年来，数十年，4个年份", pub))
    assert got["一两天"] == {"kind": "duration", "min": "P1D", "max": "P2D", "approx": True}
    assert got["3-5年"]["min"] == "P3Y" and got["3-5年"]["max"] == "P5Y"
    assert got["近两三年来"] == {"start": "2021-05-15", "end": "2024-05-15", "granularity": "approx"}
    assert set(got) == {"一两天", "3-5年", "近两三年来"}


def test_festivals_in_news_follow_the_past_bias() -> None:
    assert _found("春节期间，全市重点项目不停工", dt.date(2024, 1, 20))[0][1]["start"] == "2023-01-22"
    assert _found("计划春节后开工", dt.date(2024, 1, 20))[0][1]["start"] == "2024-02-10"
    assert _found("2023春节档", None)[0][1]["start"] == "2023-01-22"
    assert _found("公元1000年春节", dt.date(2024, 3, 1)) == []
    assert _found("2024年国庆节前后", None)[0] == (
        "2024年国庆节", {"start": "2024-10-01", "end": "2024-10-01", "granularity": "day"})


def test_lunar_dates_in_running_text() -> None:
    pub = dt.date(2024, 1, 20)
    got = dict(_found("腊月十八，全县项目集中开工；正月初八复工。计划正月十六投产。", pub))
    assert got["腊月十八"]["start"] == "2023-01-09"   # lunar 2023's 腊月十八 (28 Jan 2024) is still ahead
    assert got["正月初八"]["start"] == "2023-01-29"
    assert got["正月十六"]["start"] == "2024-02-25"   # a plan: the coming one
    assert _found("2023年农历八月十五", None)[0] == (
        "2023年农历八月十五", {"start": "2023-09-29", "end": "2023-09-29", "granularity": "day"})


def test_annotator_marks_lengths_and_recurrences() -> None:
    pipe = Pipeline(plugins=["annotate-dates"], disable=["hello"])
    doc = pipe.process("标题\n\n签约项目工期两年，每月通报一次进展。", pub_date=dt.date(2024, 5, 15))
    dates = [m for m in doc.mentions if m.kind == "date"]
    by_surface = {m.surface: m for m in dates}
    assert by_surface["两年"].value["kind"] == "duration"
    assert by_surface["两年"].attributes["granularity"] == "duration"
    assert by_surface["每月"].value["every"] == "P1M"
    assert by_surface["每月"].attributes["granularity"] == "recurrence"


@pytest.mark.parametrize("text", [
    "2021年，全市", "2021年度", "2021年级", "2021年代", "2021年3月", "2021年底前", "2021年以来",
    "2021年至2023年", "2021年 3月", "2021年起", "2021年第一季度", "2021年全年", "12021年", "2021年",
    "2021年上半年", "2021年元月", "2021年前", "2021年同比", "2021年-2022年",
])
def test_bare_year_fast_path_matches_the_full_patterns(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmill.zh import dates

    def run() -> list:
        return [(h.start, h.end, h.value) for h in dates.find_dates(text, dt.date(2022, 3, 1))]

    fast = run()
    monkeypatch.setattr(dates, "_bare_year", lambda text, i: None)
    assert fast == run()
