"""Annotator ``annotate-quantity``: numbers with units of measure or counters.

Mention ``value`` is the exact decimal number as a string, with Chinese
magnitude words expanded into it (``2.6万千瓦`` → ``"26000"`` with unit ``kW``);
``attributes``: ``unit`` (normalized), ``dimension``, ``printed_unit``
(``万千瓦``), ``number`` (printed number) and ``qualifier``.  Spans already
claimed by money, percent or date mentions are skipped.
"""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.units import quantity_rows

PRIORITY = 230
_CLAIMED = ("money", "percent", "date")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After money, percent and dates, so their spans can be skipped."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every quantity in the cleaned text that no other numeric mention covers."""
    rows = quantity_rows(doc.clean)
    if not rows:
        return []  # nothing to check against the claimed spans
    claimed = sorted([(m.start, m.end) for m in doc.mentions if m.kind in _CLAIMED and m.end > m.start])
    n_claimed = len(claimed)
    i = 0
    reach = -1  # the furthest end of the claimed spans that start before the current quantity ends
    out: list[Mention] = []
    # quantities come in text order without overlaps, so their ends only grow: one walk over
    # the claimed spans (by start) tells for each whether one of them overlaps it
    for start, end, value, unit, dimension, printed, number, qualifier in rows:
        while i < n_claimed and claimed[i][0] < end:
            if claimed[i][1] > reach:
                reach = claimed[i][1]
            i += 1
        if reach > start:
            continue
        out.append(Mention("quantity", start, end, value,
                           {"unit": unit, "dimension": dimension, "printed_unit": printed,
                            "number": number, "qualifier": qualifier}))
    return out

