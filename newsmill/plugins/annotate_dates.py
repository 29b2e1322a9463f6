"""Annotator ``annotate-dates``: dates and periods resolved against the publication date.

Mention ``value`` is ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "granularity": …}``
with granularity ``day``/``month``/``quarter``/``half``/``year``/``period``/``approx``.
The base is the article's publication date, else the document's; without one,
a 4-digit year written nearby is used, else the year stays unknown (``--MM-DD``).
Unparseable candidates are dropped.
"""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.dates import find_dates

PRIORITY = 220


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After money and percent, before quantities."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every date expression, article by article when articles carry their own date."""
    text = doc.clean
    spans = [(a.start, a.end, a.pub_date or doc.meta.pub_date) for a in doc.articles if a.pub_date]
    if not spans:
        spans = [(0, len(text), doc.meta.pub_date)]
    out: list[Mention] = []
    covered = 0
    for start, end, pub in sorted(spans, key=lambda s: s[0]):
        if start > covered:  # text outside dated articles uses the document date
            out += _mentions(text, covered, start, doc.meta.pub_date)
        out += _mentions(text, max(start, covered), end, pub)
        covered = max(covered, end)
    if covered < len(text):
        out += _mentions(text, covered, len(text), doc.meta.pub_date)
    return out


def _mentions(text: str, start: int, end: int, pub) -> list[Mention]:  # noqa: ANN001
    piece = text[start:end]
    return [Mention(kind="date", start=start + h.start, end=start + h.end, value=h.value.as_dict(),
                    attributes={"granularity": h.value.granularity,
                                "year_known": h.value.start_year is not None})
            for h in find_dates(piece, pub)]
