"""Batches given in tables."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, WEAK_STAGES
from newsmill.zh.recctx import RecordContext, Span, place_name

#: Header cells of a progress table by place: a count of projects, an amount of investment.
_COUNT_HEAD = re.compile(r"项目[^()（）]*[(（]个[)）]")


_MONEY_HEAD = re.compile(r"(?:投资|签约金额|签约额|签约资金)[^()（）]*[(（](亿元|万元)[)）]")


#: A rank or row-number column before the place (``排名  地区  签约项目数（个）…``).
RANK_HEAD = re.compile(r"排名|名次|序号|位次")


_HEAD_UNITS = {"亿元": 100_000_000, "万元": 10_000}


_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _table_batches(ctx: RecordContext, art: Span, before: list[Record]) -> list[Record]:
    """Rows of a progress table by place (``县市  攻坚项目（个）  完成投资（亿元）  完成率（%）`` ⏎
    ``某县  68  35.2  61.5``; a ranking's ``排名  地区  签约项目数（个）  签约金额（亿元）`` ⏎
    ``1  某县  12  68.2``): each row is a batch of that place, with the count and the amount
    of the header's columns, and the event of the article's batch before the table (a batch
    before it is needed: a table of places alone may count anything)."""
    text = ctx.text
    out: list[Record] = []
    cols: tuple[int, int, int, int] | None = None  # (count column, money column, unit, width)
    first = 0  # the place's column: 1 after a rank column (``排名  地区  …``)
    head_at = art.start  # where the header row starts
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        line = text[pos:stop]
        cells = [(m.group(), pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", line)] \
            if "  " in line or "\t" in line else []
        ci = next((i for i, c in enumerate(cells) if _COUNT_HEAD.search(c[0])), None)
        mi = next((i for i, c in enumerate(cells) if _MONEY_HEAD.search(c[0])), None)
        if ci is not None and mi is not None and ci > 0 and mi > 0:
            unit = _HEAD_UNITS[_MONEY_HEAD.search(cells[mi][0]).group(1)]  # type: ignore[union-attr]
            cols = (ci, mi, unit, len(cells))
            head_at = pos
            first = 1 if RANK_HEAD.fullmatch(cells[0][0]) and ci > 1 and mi > 1 else 0
        elif cols is not None and len(cells) == cols[3] \
                and all(_CELL_NUMBER.fullmatch(c[0]) for c in cells[first + 1:]) \
                and all(_CELL_NUMBER.fullmatch(c[0]) for c in cells[:first]):
            place = next((m for m in ctx.mentions_in("places", cells[first][1], cells[first][2])
                          if isinstance(m.value, dict)), None)
            if place is None and ZONE_CELL.fullmatch(cells[first][0]):
                place = _ZoneCell(cells[first][0], cells[first][1], cells[first][2])
            prior = next((b for b in reversed(before) if b.get("event") and b.evidence
                          and b.evidence[0].start < pos), None) \
                or next((b for b in reversed(before) if b.evidence and b.evidence[0].start < pos), None)
            if place is not None and prior is not None:
                out.append(_table_row(ctx, art, cells, cols, place, prior))
            elif first == 0 and (kind := _kind_row(cells[0][0])) is not None:
                out.append(_kind_table_row(ctx, art, cells, cols, kind, head_at))
        elif line.strip():
            cols = None
        pos = stop + 1
    return out


#: A row label naming a kind of projects by their stage (``新开工项目``, ``续建项目``, ``竣工投产项目``).
_KIND_CELL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?P<s>[\u4e00-\u9fff]{2,4})(?:重点|重大|产业)?项目")


def _kind_row(label: str) -> str | None:
    """The stage a table's row label names when it is a kind of projects (``续建项目`` →
    ``under_construction``), else None."""
    m = _KIND_CELL.fullmatch(label)
    if m is None:
        return None
    cues = [c for c in STAGE_RE.findall(label[:m.end("s")]) if c not in WEAK_STAGES]
    return STAGE_CUES[cues[-1]] if cues else None


def _kind_table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
                    cols: tuple[int, int, int, int], event: str, head_at: int) -> Record:
    """The batch of a row of a table by kind of projects (``类别  项目个数（个）  完成投资（亿元）`` ⏎
    ``续建项目  26  35.7``): the row's stage is its event, the place named before the table its
    region."""
    ci, mi, unit, _ = cols
    r = Record("batch", article=art.article)
    ev = ctx.evidence(cells[0][1], cells[-1][2])
    r.set("count", int(float(cells[ci][0])), ctx.evidence(cells[ci][1], cells[ci][2]))
    r.set("total_cny", int(round(float(cells[mi][0]) * unit)), ctx.evidence(cells[mi][1], cells[mi][2]))
    place = ctx.place_for(head_at, art.article)
    r.set("region", place_name(place) if place else None,
          *([ctx.evidence(place.start, place.end)] if place else []))
    r.set("event", event, ctx.evidence(cells[0][1], cells[0][2]))
    r.set("status", "actual", ev)
    r.evidence = [ev]
    return r


#: A zone in a table's place column (``万盛经开区``, ``某某高新区``): the gazetteer may lack it, the
#: row is still that zone's.
ZONE_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}(?:经开区|高新区|开发区|新区|工业园区|产业园区)")


class _ZoneCell:
    """A place read from a table cell alone: its surface is its name."""

    def __init__(self, surface: str, start: int, end: int) -> None:
        self.surface, self.start, self.end, self.value = surface, start, end, None


def _table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
               cols: tuple[int, int, int, int], place: Any, prior: Record) -> Record:
    """The batch of one row of :func:`_table_batches`."""
    ci, mi, unit, _ = cols
    r = Record("batch", article=art.article)
    ev = ctx.evidence(cells[0][1], cells[-1][2])
    r.set("count", int(float(cells[ci][0])), ctx.evidence(cells[ci][1], cells[ci][2]))
    r.set("total_cny", int(round(float(cells[mi][0]) * unit)), ctx.evidence(cells[mi][1], cells[mi][2]))
    r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    if prior.get("event") is not None:
        r.set("event", prior.get("event"), *prior.fields["event"].evidence)
    else:
        r.set("event", None)
    r.set("status", "actual", ev)
    r.evidence = [ev]
    return r
