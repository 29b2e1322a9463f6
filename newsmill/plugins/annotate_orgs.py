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
from newsmill.zh.orgs import OrgMatch, find_short_forms, orgs_in

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
    companies = [o for o in orgs if o.type in _SHORTENED]  # only they have short forms
    if not companies:
        return [Mention("org", o.start, o.end, o.name, {"type": o.type}) for o in orgs]
    place_names: dict[str, list[str]] = {}  # the places inside each company's name
    for o in companies:
        lo, hi = bisect_left(starts, o.start), bisect_left(starts, o.end)
        place_names[o.name] = [text[s:e] for s, e in places[lo:hi] if e <= o.end] if lo < hi else []
    spans = [(a.start, a.end) for a in doc.articles] or [(0, len(text))]
    shorts: list[OrgMatch] = []
    # orgs_in returns names in text order, without overlaps: the last one ends last
    if len(spans) == 1 and spans[0][0] <= orgs[0].start and orgs[-1].end <= spans[0][1]:
        shorts = find_short_forms(text, orgs, place_names, *spans[0])  # one article holding every name
    else:
        org_starts = [o.start for o in orgs]
        company_starts = [o.start for o in companies]
        for s, e in spans:
            if bisect_left(company_starts, s) == bisect_left(company_starts, e):
                continue  # no company starts in the article
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
