"""Indicators given in tables."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    _PLACE_HEAD,
)
from newsmill.plugins.extract_indicators.periods import (
    _period_in,
)
from newsmill.zh.recctx import RecordContext, Span, place_name
from newsmill.zh.tables import is_figures_row

#: The first cell of a statistics table's header (``指标名称``), a unit closing a row label.
_TABLE_HEAD = re.compile(r"(?:主要)?指标(?:名称)?")


_LABEL_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]$")


_GROWTH_HEAD = re.compile(r"增长|增速|增幅|同比")


_TABLE_FIGURE = re.compile(r"[-−+]?\d+(?:\.\d+)?")


_LABEL_MONEY = {"亿元": 100_000_000, "万元": 10_000, "元": 1}


def _line_cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _table_indicators(ctx: RecordContext, art: Span) -> list[Record]:
    """Statistics of a table appended to a release (``指标名称  5月份  同比增长(%)  1-5月份 …``):
    per row, one statistic per period column, the growth column after it as its growth; the
    unit is the row label's (``货物进出口总额(亿元)``), the period the column header's."""
    text = ctx.text
    out: list[Record] = []
    columns: list[tuple[str, str | None]] | None = None  # (kind, period) per column after the label
    place = None  # the place named last before the table: the region of its rows
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        line = text[pos:stop]
        cells = _line_cells(text, pos, stop) if "  " in line or "\t" in line else []
        if cells and _TABLE_HEAD.fullmatch(cells[0][0]):
            columns = [("growth", None) if _GROWTH_HEAD.search(c) else ("value", _period_in(ctx, s, e)[0])
                       for c, s, e in cells[1:]]
            place = ctx.place_for(pos, art.article)
        elif columns is not None and len(cells) == len(columns) + 1 \
                and is_figures_row([c for c, _, _ in cells]):
            out.extend(_table_row(ctx, art, cells, columns, place))
        elif cells or text[pos:stop].strip():
            columns = None
        pos = stop + 1
    return out


def _table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
               columns: list[tuple[str, str | None]], place: Any) -> list[Record]:
    label, l0, l1 = cells[0]
    unit_m = _LABEL_UNIT.search(label)
    unit = unit_m.group(1) if unit_m else None
    metric = label[:unit_m.start()] if unit_m else label
    out = []
    for j, (kind, period) in enumerate(columns):
        if kind != "value":
            continue
        cell = cells[j + 1]
        growth_cell = cells[j + 2] if j + 1 < len(columns) and columns[j + 1][0] == "growth" else None
        growth = float(growth_cell[0].replace("−", "-")) if growth_cell \
            and _TABLE_FIGURE.fullmatch(growth_cell[0]) else None
        if _TABLE_FIGURE.fullmatch(cell[0]):
            number = float(cell[0].replace("−", "-"))
            if unit in _LABEL_MONEY:
                value: Any = int(round(number * _LABEL_MONEY[unit]))
                value_unit = "CNY"
            else:
                value, value_unit = number, unit or ""
        elif growth is not None:
            value, value_unit = growth, "%"  # a growth-only row (规上工业增加值  —  6.1)
        else:
            continue
        r = Record("indicator", article=art.article)
        ev = ctx.evidence(l0, cells[-1][2])
        r.set("value", value, ctx.evidence(cell[1], cell[2]))
        r.set("unit", value_unit, ctx.evidence(cell[1], cell[2]))
        r.set("metric", metric, ctx.evidence(l0, l0 + len(metric)))
        r.set("growth_pct", growth, *([ctx.evidence(growth_cell[1], growth_cell[2])] if growth_cell else []))
        r.set("period", period, ev)
        r.set("region", place_name(place) if place else None,
              *([ctx.evidence(place.start, place.end)] if place else []))
        r.set("status", "actual", ev)
        r.evidence = [ev]
        out.append(r)
    return out


#: A column of money by place that counts no projects (``到位资金（亿元）``, ``实际使用外资（万元）``).
_PLACE_MONEY_HEAD = re.compile(r"(?P<m>[^()（）\s]{2,12})[(（](?P<u>亿元|万元)[)）]")


_BATCH_HEAD = re.compile(r"项目|签约|投资")


_RANK_CELL = re.compile(r"\d{1,3}")


def _place_table_indicators(ctx: RecordContext, art: Span) -> list[Record]:
    """A table by place (``排名  地区  签约项目数（个）  签约金额（亿元）  到位资金（亿元）`` ⏎
    ``1  某县  12  68.2  14.6``): each money column that counts no projects (``到位资金``) gives one
    statistic per row, of the row's place, for the period named last before the table; the
    columns of projects and their amounts are batches."""
    text = ctx.text
    out: list[Record] = []
    cols: list[tuple[int, str, int]] | None = None  # (column, metric, unit) per statistic column
    width = place_at = 0
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        cells = _line_cells(text, pos, stop) if "  " in text[pos:stop] else []
        head = next((i for i, c in enumerate(cells) if _PLACE_HEAD.fullmatch(c[0])), None)
        if head is not None and head <= 1:
            cols = []
            for j, (c, _s, _e) in enumerate(cells):
                m = _PLACE_MONEY_HEAD.fullmatch(c)
                if j > head and m is not None and not _BATCH_HEAD.search(m.group("m")):
                    cols.append((j, m.group("m"), _LABEL_MONEY[m.group("u")]))
            width, place_at = len(cells), head
            period = _period_in(ctx, art.start, pos)[0]
        elif cols and len(cells) == width and all(_RANK_CELL.fullmatch(c[0]) for c in cells[:place_at]):
            place = next((m for m in ctx.mentions_in("places", cells[place_at][1], cells[place_at][2])
                          if isinstance(m.value, dict)), None)
            if place is not None:
                for j, metric, unit in cols:
                    cell = cells[j]
                    if not _TABLE_FIGURE.fullmatch(cell[0]):
                        continue
                    r = Record("indicator", article=art.article)
                    ev = ctx.evidence(cells[0][1], cells[-1][2])
                    r.set("value", int(round(float(cell[0]) * unit)), ctx.evidence(cell[1], cell[2]))
                    r.set("unit", "CNY", ctx.evidence(cell[1], cell[2]))
                    r.set("metric", metric, ev)
                    r.set("growth_pct", None)
                    r.set("period", period, ev)
                    r.set("region", place_name(place), ctx.evidence(place.start, place.end))
                    r.set("status", "actual", ev)
                    r.evidence = [ev]
                    out.append(r)
        elif text[pos:stop].strip():
            cols = None
        pos = stop + 1
    return out
