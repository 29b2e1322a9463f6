"""The dates annotator's second set of shortcuts (one exact anchor scan, a try answered from the
remembered values, remembered year placement, skipped connector and tail patterns, remembered
mention values) give what the plain code gives."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Document
from newsmill.plugins import annotate_dates
from newsmill.zh import dates, timefind

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_PIECES = [
    "2023", "2021", "1998", "20230915", "202309151", "1", "12", "3", "10", "19", "31", "一", "二", "三",
    "十", "十五", "五", "年", "月", "日", "号", "份", "的", "季", "季度", "旬", "上旬", "周", "期", "星期",
    "礼拜", "天", "久", "不久", "晚", "晨", "夜", "今", "去", "明", "上", "下", "本", "当", "近", "前", "后",
    "初", "底", "末", "-", "/", ".", "至", "到", "～", " ", "起", "以来", "至今", "之前", "以前", "今年",
    "去年", "明年", "同年", "次年", "前4个月", "上半年", "近日", "将", "计划", "预计", "，", "。", "\n",
    "“十四五”", "本周", "周三", "国庆", "春节", "每", "第", "度", "级", "项目", "签约", "开工", "２",
]
date_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_BASES = [None, dt.date(2021, 11, 25), dt.date(2023, 1, 3)]
_SNIPPETS = [
    "2021年3月，去年10月签约的项目于今年5月开工，预计明年6月底前投产。",
    "1-10月全市完成投资；前4个月增长12%；一季度、上半年和2020年第三季度均有增长。",
    "本报讯 11月19日，签约仪式举行。据悉，该项目将于12月底前竣工，近日已完成验收。",
    "“十四五”期间，2021-2025年，共安排项目300个；2019年以来累计投资；本周三开会。",
    "2020年全市生产总值增长；去年同期；今年以来；3月15日至4月2日举办展会。",
    "2019年的计划：今年3月开工，同年9月投产。\n2022年，今年3月再签约，计划年底前完工。",
]


class _PlainAnchors:
    """Stands for :data:`dates._ANCHOR_EXACT`: the anchors as :func:`dates._anchors` finds them."""

    @staticmethod
    def finditer(text: str):
        return dates._anchors(text)


def _plain(text: str, base: dt.date | None, mode: str) -> list:
    """``find_dates`` with every shortcut replaced by the code it stands for."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(dates, "_ANCHOR_EXACT", _PlainAnchors)
        m.setattr(dates, "_try_remembered", dates._try_at)
        m.setattr(dates, "_point_value", dates._span_of_point)
        m.setattr(dates, "_place_year", dates._place_year_plain)
        return [(h.start, h.end, h.value) for h in dates.find_dates(text, base, mode)]


def _fast(text: str, base: dt.date | None, mode: str) -> list:
    return [(h.start, h.end, h.value) for h in dates.find_dates(text, base, mode)]


@pytest.mark.parametrize("mode", dates.MODES)
def test_shortcuts_on_snippets(mode):
    for text in _SNIPPETS:
        for base in _BASES:
            expected = _plain(text, base, mode)
            assert expected, text
            assert _fast(text, base, mode) == expected  # first time: computed and kept
            assert _fast(text, base, mode) == expected  # second time: from the memos


def test_nearby_year_values_are_kept_per_year():
    dates._POINT_MEMO.clear()
    dates._PLACE_MEMO.clear()
    for year in (2019, 2022, 2019):
        text = f"{year}年的计划：今年3月开工，11月19日投产。"
        got = _fast(text, None, "past")
        assert [v.start_year for _, _, v in got] == [year, year, year]
        assert got == _plain(text, None, "past")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(date_text, st.sampled_from(_BASES), st.sampled_from(dates.MODES))
@example("2021年3月5日至2022-01-02，今年一季度，星期天，20210304近日不久今晚", None, "past")
@example("同年3月，19日前，2021年以来", dt.date(2021, 11, 25), "past")
def test_shortcuts_on_random_texts(text, base, mode):
    expected = _plain(text, base, mode)
    assert _fast(text, base, mode) == expected
    assert _fast(text, base, mode) == expected


@settings(max_examples=250, deadline=None, derandomize=True)
@given(date_text)
@example("2023年9月至2024-05，十五日晚２０２１年")
def test_exact_anchor_scan_is_the_anchor_scan(text):
    assert [m.span() for m in dates._ANCHOR_EXACT.finditer(text)] == [a.span() for a in dates._anchors(text)]


def test_no_connector_or_tail_starts_outside_the_first_characters():
    space = re.compile(r"\s")
    for code in range(0x110000):
        c = chr(code)
        assert bool(space.match(c)) == c.isspace()
    follow = ["", "至", "到", "-", "今", "来", "前", " ", "1"]
    for code in range(0x3400):  # the characters news text is made of, and more
        c = chr(code)
        if c in dates._CONN_TAIL_FIRST or c.isspace():
            continue
        for rest in follow:
            assert not dates._CONN_RE.match(c + rest) and not dates._TAIL.match(c + rest)
    for c in "".join(chr(k) for k in range(0x4E00, 0xA000)):
        if c not in dates._CONN_TAIL_FIRST:
            assert not dates._CONN_RE.match(c + "至") and not dates._TAIL.match(c + "今")
    for c in dates._CONN_TAIL_FIRST - dates._CONN_FIRST:
        for rest in follow:
            assert not dates._CONN_RE.match(c + rest)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(date_text)
@example("2019年\n今年2020年3月\n\n1998年")
def test_years_near_a_position_are_the_nearby_year(text):
    years = dates._Years(text)
    for i in range(len(text) + 1):
        assert years.near(i) == dates._nearby_year(text, i, years())
    assert dates._Years(text)() == [(m.start(), int(m.group()[:4])) for m in dates._YEAR_HINT.finditer(text)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["19", "20", "2", "1", "0", "9", "２", "年", "\n", "月", "x", "2021年"]),
                max_size=20).map("".join))
@example("2021年")
@example("12021年２2020年\n1999年")
def test_years_found_from_their_nian_are_the_year_scan(text):
    assert [m.start() - 4 for m in dates._YEAR_BEFORE_NIAN.finditer(text)] == \
        [m.start() for m in dates._YEAR_HINT.finditer(text)]


def _texts() -> list[tuple[str, dt.date | None]]:
    out: list[tuple[str, dt.date | None]] = []
    for path in sorted((_SHARED / "corpus").glob("*.txt")):
        out.append((path.read_text("utf-8"), None))
    briefs = _SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"
    if briefs.is_file():
        with briefs.open(encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k % 7 == 0:
                    a = json.loads(line)
                    out.append((f"{a['headline']}\n\n{a['body']}", None))
    return out


def test_shortcuts_on_real_texts():
    texts = _texts()
    if not texts:
        pytest.skip("../shared is absent")
    for text, _ in texts:
        for base in (None, dt.date(2022, 6, 30)):
            for mode in ("past", "future"):
                expected = _plain(text, base, mode)
                assert _fast(text, base, mode) == expected
                with pytest.MonkeyPatch.context() as m:
                    m.setattr(dates, "_ANCHOR_EXACT", _PlainAnchors)
                    m.setattr(dates, "_try_remembered", dates._try_at)
                    m.setattr(dates, "_point_value", dates._span_of_point)
                    m.setattr(dates, "_place_year", dates._place_year_plain)
                    plain_times = timefind.find_times(text, base, mode)
                assert timefind.find_times(text, base, mode) == plain_times


def _plain_mentions(text: str, pub: dt.date | None) -> list[tuple]:
    """The hook's mentions as first built: ``as_dict()`` and ``relative_year`` for every hit."""
    out = []
    for h in timefind.find_times(text, pub, "past"):
        value = h.value.as_dict()
        if isinstance(h.value, dates.DateValue):
            attrs = {"granularity": h.value.granularity, "year_known": h.value.start_year is not None}
            rel = dates.relative_year(text[h.start:h.end])
            if rel is not None:
                attrs["relative_year"] = rel
        else:
            attrs = {"granularity": value["kind"]}
        out.append(("date", h.start, h.end, value, attrs))
    return out


def test_remembered_mention_values_are_fresh_copies():
    texts = _SNIPPETS + ["每周一召开调度会，每月通报，每两个月检查。"] + [text for text, _ in _texts()[:60]]
    for pub in (None, dt.date(2021, 11, 25)):
        for _ in range(2):  # the second time from the remembered values
            for text in texts:
                doc = Document.from_text(text, source="t")
                doc.meta.pub_date = pub
                got = annotate_dates.newsmill_annotate(doc=doc, options={})
                assert [(m.kind, m.start, m.end, m.value, m.attributes) for m in got] == \
                    _plain_mentions(text, pub)
                assert len({id(m.value) for m in got}) == len(got)
    doc = Document.from_text("2021年3月5日和2021年3月5日", source="t")
    first, second = annotate_dates.newsmill_annotate(doc=doc, options={})
    first.value["start"] = "changed"
    assert second.value["start"] == "2021-03-05"
    assert annotate_dates.newsmill_annotate(doc=doc, options={})[0].value["start"] == "2021-03-05"


_LENGTH_PIECES = [
    "1", "3", "12", "2021", "２０２１", "2.5", ".", "一", "两", "十", "百", "几", "半", "多", "余",
    "个", "年", "个月", "月", "季度", "周", "周年", "星期", "礼拜", "交易日", "工作日", "天",
    "小时", "钟头", "分钟", "分", "钟", "头", "近", "未来", "每", "，", "项目", "②",
]


@settings(max_examples=250, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_LENGTH_PIECES), max_size=25).map("".join))
@example("2021年3个月近3年十个月1.5年②2021年２０２1年3个个月五分钟头2周年")
def test_trigger_scan_is_the_unit_scan(text):
    assert list(timefind._triggers(text)) == list(timefind._triggers_plain(text))


def test_trigger_scan_on_real_texts():
    texts = _texts()
    if not texts:
        pytest.skip("../shared is absent")
    for text, _ in texts:
        assert list(timefind._triggers(text)) == list(timefind._triggers_plain(text))


def _outcome(fn, *args):
    try:
        return fn(*args)
    except (ValueError, OverflowError) as exc:
        return ("error", type(exc))


_WINDOW_PIECES = _LENGTH_PIECES + ["以来", "来", "内", "过去", "最近", "今后", "每隔", "3月", "一", "第", "0",
                                   "-", "到", "至", "～", "半", "多"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=16).map("".join))
@example("近3年来，过去两三个月，未来5年，每隔2天，3-5年，1年零3个月")
def test_remembered_lengths_equal_computed_ones(text):
    for pub in (None, dt.date(2021, 11, 25), dt.date(2024, 2, 29), dt.date(2021, 11, 25)):
        for j in range(len(text)):
            m = timefind._LENGTH.match(text, j)
            if m:
                expected = _outcome(timefind._length_hit_plain, text, m, pub)
                assert _outcome(timefind._length_hit, text, m, pub) == expected
                assert _outcome(timefind._length_hit, text, m, pub) == expected  # from the memo


def test_recurrences_per_unit_are_the_built_ones():
    from decimal import Decimal

    from newsmill.zh.durations import Duration
    from newsmill.zh.timeexpr import Recurrence
    for unit, value in timefind._EVERY_UNIT.items():
        assert value == Recurrence(Duration(((unit, Decimal(1)),)), None)
    hits = timefind.find_times("每年、每月、每季度、每周、每天和每日都检查", None)
    assert [h.value.as_dict()["every"] for h in hits] == ["P1Y", "P1M", "P3M", "P1W", "P1D", "P1D"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WINDOW_PIECES + ["的", "过去的", "每个", "每隔个"]),
                max_size=16).map("".join))
@example("过去的3年，每隔个2天，最近的5年，近的两年")
def test_prefixes_by_last_character_find_what_every_prefix_finds(text):
    every = {c: timefind._LENGTH_PREFIXES for c in timefind._PREFIX_LAST}
    with pytest.MonkeyPatch.context() as m:
        m.setattr(timefind, "_PREFIXES_ENDING", every)
        expected = list(timefind._lengths(text, dt.date(2021, 11, 25)))
    assert list(timefind._lengths(text, dt.date(2021, 11, 25))) == expected


def test_value_dicts_by_identity_are_the_values_dicts():
    from newsmill.zh.durations import parse_duration
    values = [dates.DateValue(2021, (3, 1), 2021, (3, 31), "month"),
              dates.DateValue(2021, (3, 1), 2021, (3, 31), "month"),  # equal, another object
              dates.DateValue(None, (2, 1), None, (2, 29), "month"),
              parse_duration("3个月"), parse_duration("3-5年"), timefind._EVERY_UNIT["M"]]
    for _ in range(2):
        got = [annotate_dates._value_dict(v) for v in values]
        assert got == [v.as_dict() for v in values]
        assert len({id(d) for d in got}) == len(got)
    got[0]["start"] = "changed"
    assert annotate_dates._value_dict(values[0]) == values[0].as_dict()


_CLAUSE_PIECES = ["前", "之前", "以前", "之", "以", "，", ",", "。", "；", ";", "！", "？", "!", "?", "\n",
                  "将", "计划", "力争", "预计", "目标", "届时", "年底", "6月", "开工", "项目建设", "x"]


@settings(max_examples=250, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=60).map("".join))
@example("计划" + "项目建设" * 25 + "年底前")
@example("年底以前，之前开工前")
def test_plan_clause_and_deadline_tests_equal_the_plain_ones(text):
    for pos in range(len(text) + 1):
        assert dates.is_future_clause(text, pos) == dates._is_future_clause_plain(text, pos)
        assert dates._before_deadline(text, pos) == dates._before_deadline_plain(text, pos)


def test_count_first_characters_are_those_of_the_count_pattern():
    from newsmill.zh.durations import NUM
    count = re.compile(NUM)
    for code in range(0x10000):
        c = chr(code)
        if count.match(c + "0年"):
            assert c.isdecimal() or c in timefind._COUNT_FIRST, c
    assert all(count.match(c) for c in timefind._COUNT_FIRST)


_COMPOUND_PIECES = _LENGTH_PIECES + ["零", "钟", "半", "刻钟", "秒", "分", "以来", "来", "0", "７", "俩",
                                     "万"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_COMPOUND_PIECES), max_size=12).map("".join))
@example("7年6个月以来，2小时30分钟，1年零3个月，一季度，3小时钟，两年半")
def test_compound_lengths_equal_the_plain_ones(text):
    for pub in (None, dt.date(2021, 11, 25)):
        for j in range(len(text)):
            expected = _outcome(timefind._compound_plain, text, j, pub)
            assert _outcome(timefind._compound, text, j, pub) == expected
