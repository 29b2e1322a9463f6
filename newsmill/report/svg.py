"""Small inline SVG charts (horizontal stacked bars) with every label escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

PALETTE = ("#2e7d32", "#1f6feb", "#d97706", "#7c3aed", "#0891b2", "#be123c", "#4d7c0f", "#64748b")


def stacked_bars(rows: Sequence[tuple[str, Sequence[tuple[str, float]]]], series: Sequence[str],
                 fmt: Callable[[float], str], width: int = 560, bar: int = 18,
                 label_width: int = 130) -> str:
    """A horizontal stacked bar chart: one bar per ``(label, [(series, value)…])`` row."""
    colors = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(series)}
    totals = [sum(v for _, v in parts) for _, parts in rows]
    top = max(totals, default=0) or 1.0
    plot = width - label_width - 70
    height = len(rows) * (bar + 6) + 6
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" font-size="12">']
    for i, ((label, parts), total) in enumerate(zip(rows, totals)):
        y = 6 + i * (bar + 6)
        out.append(f'<text x="{label_width - 6}" y="{y + bar - 5}" text-anchor="end">'
                   f'{escape(label)}</text>')
        x = float(label_width)
        for name, value in parts:
            w = plot * value / top
            if w <= 0:
                continue
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" '
                       f'fill="{colors.get(name, PALETTE[-1])}"><title>{escape(label)} · '
                       f'{escape(name)}: {escape(fmt(value))}</title></rect>')
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar - 5}" fill="#5b6670">{escape(fmt(total))}</text>')
    out.append("</svg>")
    return "".join(out)


def legend(series: Sequence[str], labels: dict[str, str] | None = None) -> str:
    """An HTML legend for the series colors of :func:`stacked_bars`."""
    labels = labels or {}
    items = "".join(f'<span><i style="background:{PALETTE[i % len(PALETTE)]}"></i>'
                    f'{escape(labels.get(s, s))}</span>' for i, s in enumerate(series))
    return f'<div class="legend">{items}</div>'
