"""Publication dates in file names and folder names, and source naming helpers."""

from __future__ import annotations

import datetime as dt
import re

MIN_YEAR = 1946
MAX_YEAR = 2100

_SEP_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.年/]([01]?\d)[-_.月/]([0-3]?\d)日?(?!\d)")
_MONTH_FOLDER = re.compile(r"((?:19|20)\d\d)[-_.]?([01]\d)")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)")


def _valid(y: str, m: str, d: str) -> dt.date | None:
    try:
        date = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    return date if MIN_YEAR <= date.year <= MAX_YEAR else None


def date_in_name(name: str) -> dt.date | None:
    """A calendar date written in one name (``2021-01-21_x``, ``20210121``, ``2021年1月21日``).

    Returns ``None`` when no valid date is found or when two different dates
    are present (the name is then ambiguous).
    """
    found: set[dt.date] = set()
    for rx in (_SEP_DATE, _COMPACT_DATE):
        for m in rx.finditer(name):
            d = _valid(*m.groups())
            if d:
                found.add(d)
    return found.pop() if len(found) == 1 else None


def date_from_uri(uri: str) -> dt.date | None:
    """The date in a source's file name, else in the nearest folder (or archive) name that has one.

    Components are split on ``/``, ``\\`` and ``!`` (archive members);
    a folder pair like ``2021-01/21`` is also recognised.
    """
    parts = [p for p in re.split(r"[/\\!]", uri) if p]
    for i in range(len(parts) - 1, -1, -1):
        d = date_in_name(parts[i])
        if d:
            return d
        if i >= 1 and re.fullmatch(r"[0-3]?\d", parts[i]):
            m = _MONTH_FOLDER.fullmatch(parts[i - 1])
            d = _valid(m.group(1), m.group(2), parts[i]) if m else None
            if d:
                return d
    return None


_PDF_DATE = re.compile(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)")


def pdf_date(value: str | None) -> dt.date | None:
    """The calendar date of a PDF date string (``D:20240315093000+08'00'``), as written.

    The date is taken in the time zone the string was written in (the
    producer's local day); strings without a full year-month-day give ``None``.
    """
    m = _PDF_DATE.match((value or "").strip())
    return _valid(*m.groups()) if m else None
