"""Annotator ``annotate-dates``: dates and periods, resolved relative to the day the page came out.

Mention ``value`` is ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "granularity": …}``
with granularity ``day``/``month``/``quarter``/``half``/``year``/``period``/``approx``;
lengths of time are ``{"kind": "duration", "duration": ISO 8601, …}`` and repeated
times ``{"kind": "recurrence", "every": ISO 8601, "first": date value | None}``
(attribute ``granularity`` ``duration`` / ``recurrence``).
The base is the article's publication date, else the document's; without one,
a 4-digit year written nearby is used, else the document's year when only that is
known (``doc.meta.year``, e.g. read from the text), else the year stays unknown
(``--MM-DD``).
Unparseable candidates are dropped.
"""

from __future__ import annotations

import datetime as dt

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.dates import MODES, REL_YEAR_FIRST, DateValue, relative_year
from newsmill.zh.durations import Duration, DurationRange
from newsmill.zh.timeexpr import Recurrence
from newsmill.zh.timefind import find_times

PRIORITY = 220


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After money and percent, before quantities."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``bias``: how a date without a year is placed around the publication date."""
    return {"bias": Option(str, "past", "past (news: no future date unless the clause announces a "
                                        "plan), same (the publication year) or future")}


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    """Every date expression, article by article when articles carry their own date."""
    mode = options.get("bias", "past")
    if mode not in MODES:
        raise ValueError(f"annotate-dates: option bias = {mode!r}; use one of {', '.join(MODES)}")
    text = doc.clean
    year = doc.meta.year if doc.meta.pub_date is None else None  # a year known without its date
    spans = [(a.start, a.end, a.pub_date or doc.meta.pub_date) for a in doc.articles if a.pub_date]
    if not spans:  # no article carries its own date: the whole text against the document's
        return _mentions(text, 0, len(text), doc.meta.pub_date, mode, year)
    out: list[Mention] = []
    covered = 0
    for start, end, pub in sorted(spans, key=lambda s: s[0]):
        if start > covered:  # text outside dated articles uses the document date
            out += _mentions(text, covered, start, doc.meta.pub_date, mode, year)
        out += _mentions(text, max(start, covered), end, pub, mode)
        covered = max(covered, end)
    if covered < len(text):
        out += _mentions(text, covered, len(text), doc.meta.pub_date, mode, year)
    return out


def _mentions(text: str, start: int, end: int, pub: dt.date | None, mode: str,
              year: int | None = None) -> list[Mention]:
    piece = text if start == 0 and end == len(text) else text[start:end]
    out: list[Mention] = []
    for h in find_times(piece, pub, mode, year):
        v = h.value
        if not isinstance(v, DateValue):
            # a length's dict holds strings and flags only (a copy is a fresh one), as does a
            # recurrence's without a first date; with one it holds that date's dict: built each time
            flat = type(v) in _FLAT_VALUES or (type(v) is Recurrence and v.first is None)
            value = _value_dict(v) if flat else v.as_dict()
            out.append(Mention("date", start + h.start, start + h.end, value,
                               {"granularity": value["kind"]}))
            continue
        attrs = {"granularity": v.granularity, "year_known": v.start_year is not None}
        if piece[h.start] in REL_YEAR_FIRST:
            rel = relative_year(piece[h.start:h.end])
            if rel is not None:
                attrs["relative_year"] = rel  # lets a consumer who learns the date resolve 去年9月 later
        out.append(Mention("date", start + h.start, start + h.end, _value_dict(v), attrs))
    return out


def _value_dict(v: DateValue | Duration | DurationRange | Recurrence) -> dict:
    """A fresh copy of ``v.as_dict()``, computed once per value object.

    The finders hand out the same objects for the same values (they are remembered), so the
    dicts are kept by the object's identity: the object is kept with its dict, so no other
    object can have its ``id`` while the entry lives (an equal object is just computed again,
    which costs less than the attrs ``__eq__`` a lookup by value would call)."""
    entry = _VALUE_DICTS.get(id(v))
    if entry is None or entry[0] is not v:
        if len(_VALUE_DICTS) >= _VALUE_DICTS_SIZE:
            _VALUE_DICTS.clear()
        entry = _VALUE_DICTS[id(v)] = (v, v.as_dict())
    return entry[1].copy()


#: ``id`` of a value object → (the object, its ``as_dict()``); emptied when full.
_VALUE_DICTS: dict[int, tuple[object, dict]] = {}
_VALUE_DICTS_SIZE = 4096
#: Value types whose ``as_dict()`` is flat (lengths; a recurrence holds a nested date value).
_FLAT_VALUES = (Duration, DurationRange)
