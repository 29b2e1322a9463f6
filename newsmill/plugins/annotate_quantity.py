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
    text = doc.clean
    taken = bytearray(len(text))
    for m in doc.mentions:
        if m.kind in _CLAIMED:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for start, end, value, unit, dimension, printed, number, qualifier in quantity_rows(text):
        if 1 in taken[start:end]:
            continue
        out.append(Mention("quantity", start, end, value,
                           {"unit": unit, "dimension": dimension, "printed_unit": printed,
                            "number": number, "qualifier": qualifier}))
    return out
