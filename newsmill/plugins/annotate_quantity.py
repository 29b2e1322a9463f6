"""Annotator ``annotate-quantity``: numbers with units of measure or counters.

Mention ``value`` is the exact decimal number as a string, with Chinese
magnitude words expanded into it (``2.6万千瓦`` → ``"26000"`` with unit ``kW``);
``attributes``: ``unit`` (normalized), ``dimension``, ``printed_unit``
(``万千瓦``), ``number`` (printed number) and ``qualifier``.  Spans already
claimed by money, percent or date mentions are skipped.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.units import quantity_spans

PRIORITY = 230
_CLAIMED = ("money", "percent", "date")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After money, percent and dates, so their spans can be skipped."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every quantity in the cleaned text that no other numeric mention covers."""
    rows = quantity_spans(doc.clean)
    if not rows:
        return []  # nothing to check against the claimed spans
    claimed = sorted([(m.start, m.end) for m in doc.mentions if m.kind in _CLAIMED and m.end > m.start])
    if not claimed:
        return [Mention("quantity", start, end, value, attrs.copy()) for start, end, value, attrs in rows]
    starts, ends = zip(*claimed)
    reach = list(accumulate(ends, max))  # the furthest end of the claimed spans up to each one
    out: list[Mention] = []
    # a quantity is skipped when a claimed span starting before its end reaches past its start
    for start, end, value, attrs in rows:
        k = bisect_left(starts, end)
        if k and reach[k - 1] > start:
            continue
        out.append(Mention("quantity", start, end, value, attrs.copy()))  # the kept dict is shared
    return out
