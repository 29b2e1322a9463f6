"""Annotator ``annotate-percent``: percentages, percentage points and multiples.

Mention ``value`` is a float (19.0 for ``19.0%``; the magnitude as printed, the
direction is in ``attributes["change"]``); ``attributes``: ``unit`` (``%`` or
``pp`` for 个百分点), ``change`` (``increase``/``decrease``/None) and
``multiple`` (2.0 for 翻一番, else None).
"""

from __future__ import annotations

from itertools import chain

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.units import find_percents, find_tenths

PRIORITY = 210


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After money, before dates and quantities."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every percentage and change in the cleaned text."""
    return [Mention("percent", h.start, h.end, h.value,
                    {"unit": h.unit, "change": h.change, "multiple": h.multiple})
            for h in chain(find_percents(doc.clean), find_tenths(doc.clean))]
