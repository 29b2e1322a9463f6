"""Text with highlighted spans: overlapping spans become flat, escaped ``<mark>`` pieces."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import attrs


@attrs.frozen
class Span:
    """A span to highlight: raw offsets, a short key, CSS classes and an info line."""

    start: int
    end: int
    key: str
    css: str
    info: str = ""


def highlight(text: str, base: int, spans: Iterable[Span]) -> str:
    """HTML of ``text`` (which starts at raw offset ``base``) with every span marked.

    Where spans overlap, the piece carries all their keys in ``data-s`` and
    the classes of all of them; each piece is escaped.
    """
    end = base + len(text)
    spans = [s for s in spans if s.start < s.end and s.end > base and s.start < end]
    cuts = sorted({base, end, *(max(s.start, base) for s in spans), *(min(s.end, end) for s in spans)})
    out = []
    for p, q in zip(cuts, cuts[1:]):
        piece = escape(text[p - base:q - base])
        active = [s for s in spans if s.start <= p and s.end >= q]
        if not active:
            out.append(piece)
            continue
        css = " ".join(sorted({c for s in active for c in s.css.split()}))
        keys = " ".join(s.key for s in active)
        info = " | ".join(s.info for s in active if s.info)
        out.append(f'<mark class="{escape(css)}" data-s="{escape(keys)}" data-info="{escape(info)}">'
                   f"{piece}</mark>")
    return "".join(out)
