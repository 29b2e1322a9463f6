"""Annotator: organizations — companies, banks, government bodies, associations, institutes.

Mentions have kind ``org``, the full name as value and attributes ``type``
(company, bank, government, association, institute, exchange) and, for a
short form of a company named earlier in the same article, ``short_for``.
Place mentions made before (``annotate-places``) help find where a
government body's name starts.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.orgs import find_short_forms, orgs_in

#: the organization types that have short forms (find_short_forms finds nothing for the others)
_SHORTENED = ("company", "bank")
_START = attrgetter("start")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After places (300)."""
    return {"annotate": 310}


def org_mentions(doc: Document) -> list[Mention]:
    """Organization mentions of a document (short forms resolved within each article)."""
    text = doc.clean
    places = sorted([(m.start, m.end) for m in doc.mentions if m.kind == "place"])
    starts = [p[0] for p in places]
    orgs = orgs_in(text, places, starts)
    if not orgs:
        return []
    shorts = []
    if any(o.type in _SHORTENED for o in orgs):  # only companies and banks have short forms
        place_names: dict[str, list[str]] = {}
        for o in orgs:
            if o.type in _SHORTENED:  # only their place names are asked for
                lo, hi = bisect_left(starts, o.start), bisect_left(starts, o.end)
                place_names[o.name] = [text[s:e] for s, e in places[lo:hi] if e <= o.end]
        spans = [(a.start, a.end) for a in doc.articles] or [(0, len(text))]
        org_starts = [o.start for o in orgs]  # find_orgs returns names in text order
        for s, e in spans:
            inside = [o for o in orgs[bisect_left(org_starts, s):bisect_left(org_starts, e)] if o.end <= e]
            if any(o.type in _SHORTENED for o in inside):
                shorts += find_short_forms(text, inside, place_names, s, e)
    out = []
    for o in sorted([*orgs, *shorts], key=_START) if shorts else orgs:
        if o.short_for:
            out.append(Mention("org", o.start, o.end, o.name, {"type": o.type, "short_for": o.short_for}))
        else:
            out.append(Mention("org", o.start, o.end, o.name, {"type": o.type}))
    return out


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    """Find organizations in the cleaned text."""
    return org_mentions(doc)
