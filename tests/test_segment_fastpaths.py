"""Cheap first tests of the line shapes and byline readers agree with the plain code they guard.

Each shortcut skips a regular expression when a character it needs is absent (``编`` of an
editor's field, ``年`` of a page header's date, ``版`` of a teaser, ``讯``/``电``/``消息`` of a
dateline, an opening bracket of a trailing credit) or answers a punctuation test with one
scan.  The plain definitions are kept below and compared with the code on the lines of the
project's own sample and held-out pages, and on lines generated from the pieces the rules
care about.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.zh import article_layout as al
from newsmill.zh import bylines as bl
from newsmill.zh import pagedate as pd

ROOT = Path(__file__).resolve().parents[1]


def _page_lines() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    lines: list[str] = []
    for f in files:
        lines += [ln for ln in f.read_text("utf-8").split("\n") if ln.strip()]
    return lines


LINES = _page_lines()

_PIECES = [
    "本报讯", "新华社成都3月5日电", "消息", "記者", "记者 张三", "（记者 李四 王五）", "(张三)", "。", "，",
    "责任编辑：王某", "本版编辑 李某", "编辑", "2024年3月15日", "星期五", "第3版", "A3", "  ", "\u3000",
    "某某日报", "详见A2版", "版", "年", "月", "日", "项目", "签约", "开工", "；", "！", "？", "讯", "电",
    "评论员", "本报评论员", "□", "■", "#", "【编者按】", "图为", "|", "——", "…", "12", "亿元", " ",
]


@st.composite
def _lines(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14)))


# -- the plain definitions ------------------------------------------------------------


def _plain_is_masthead(line: str) -> bool:
    s = line.strip()
    if len(s) > 40:
        s = al._EDITOR_FIELD.sub("", s).strip()
        if len(s) > 40 and len("".join(s.split())) > 32:
            return False
    if any(p in s for p in "，,。；;"):
        return False
    # a weekday or page number, or the paper's name heading three fields (``某某日报 2025年…日 要闻 3``)
    return bool(al._MASTHEAD_DATE.search(s)) and (
        bool(al._MASTHEAD_MARK.search(s)) or (al._OUTLET_FIELD.match(s) is not None and len(s.split()) >= 3))


def _plain_is_print_furniture(line: str) -> bool:
    s = line.strip()
    if al.is_box_frame(s) or al.is_boxed_teaser(s):
        return True
    if len(s) > 40:
        return _plain_is_masthead(s)
    if s and not al._HAN_RE.search(s) and not al._TABLE_ROW.match(s) and (
            len(s) <= 12 or (s.isupper() and not any(c.isdigit() for c in s))):
        return True
    if al._TEASER.search(s) and len(s) <= 40 and not any(p in s for p in "。；;，,"):
        return True
    return bool(al._PRINT_FURNITURE.match(s)) or _plain_is_masthead(s)


def _plain_stop_in_heading(s: str) -> bool:
    return any(p in s for p in al.SENTENCE_STOPS)


def _plain_date_line_refused(line: str) -> bool:
    return any(p in line for p in "。，,；;！？")


def _credit_key(c: bl.Credit | None) -> object:
    return None if c is None else (c.kind, c.start, c.end, c.source, c.place, c.reporters, c.editors,
                                   c.has_role, c.roles, c.crafts, c.source_from)


def _same_readers(line: str) -> None:
    assert al.is_masthead(line) == _plain_is_masthead(line), line
    assert al.is_print_furniture(line) == _plain_is_print_furniture(line), line
    assert bool(al._SENTENCE_STOP.search(line)) == _plain_stop_in_heading(line), line
    assert bool(pd._STOP.search(line)) == _plain_date_line_refused(line), line
    # a dateline needs its keyword (a compiled report's in its bracket near the start), a trailing
    # credit its bracket: the full scans say the same
    if bl._DATELINE.match(line) is not None:
        assert any(k in line for k in ("讯", "电", "消息", "訊", "電")) \
            or "综合" in line[:12] or "綜合" in line[:12], line
    if bl._TRAILING.search(line) is not None:
        assert "(" in line or "（" in line, line
    # parse_people: a text whose first token fails is no credit either way
    first = bl._TOKEN.match(line)
    if first is None or not first.end():
        assert bl.parse_people(line, 3) is None, line


def test_readers_agree_on_the_project_pages() -> None:
    assert len(LINES) > 1000
    for line in LINES:
        _same_readers(line)


@settings(max_examples=400, deadline=None)
@given(_lines())
def test_readers_agree_on_generated_lines(line: str) -> None:
    _same_readers(line)
    _same_readers(line * 4)  # long lines take the other branches


def test_shortcuts_still_find_what_they_guard() -> None:
    assert al.is_masthead("某某日报  2024年3月15日  星期五  第3版  责任编辑：王某")
    wide = "某某经济日报  2024年3月15日  星期五  第3版" + " " * 8 + "责任编辑：王某，李某"
    assert len(wide) > 40 and al.is_masthead(wide) and _plain_is_masthead(wide)  # only once cut
    assert al.is_print_furniture("（下转第2版）") and al.is_print_furniture("详见A2版")
    assert not al.is_heading_like("项目签约。") and al.is_heading_like("某县项目集中签约")
    found = pd.date_on_line("2024年3月15日 星期五")
    assert found is not None and found.date == dt.date(2024, 3, 15)
    dl = bl.parse_dateline("本报讯（记者 张三）近日，某县……")
    assert dl is not None and [r.text for r in dl.reporters] == ["张三"]
    tr = bl.parse_trailing_credit("某项目开工。（张三 李四）")
    assert tr is not None and [r.text for r in tr.reporters] == ["张三", "李四"]
    cr = bl.parse_credit_line("□ 本报记者 张三")
    assert cr is not None and _credit_key(cr) == _credit_key(bl.parse_credit_line("□ 本报记者 张三"))
