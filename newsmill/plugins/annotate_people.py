"""Annotator: people — reporters in bylines and officials named with their title.

Mentions have kind ``person``, the name as value and attributes ``role``
(reporter, official, other), ``title`` (e.g. 市委书记) when given and ``of``,
the organization or place the title belongs to (自贡市委书记 → 自贡市委).  A name
found once is also marked where it appears again in the same document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.people import PersonMatch, find_people
from newsmill.zh.wordscan import find_words


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After places and organizations (a title may belong to one of them)."""
    return {"annotate": 320}


def person_mentions(doc: Document) -> list[Mention]:
    """Person mentions of a document."""
    text = doc.clean
    found = find_people(text)
    if not found:
        return []
    owners = _TitleOwners(doc.mentions) if any(p.title and p.title_start >= 0 for p in found) else None
    out = [Mention("person", p.start, p.end, p.name,
                   {"role": p.role, **_title_attrs(owners, p)} if p.title else {"role": p.role})
           for p in found]
    known = {p.name: p for p in found}
    # found is in text order: a span overlaps one of them when one of those starting before its
    # end reaches past its start (the largest end among them tells)
    starts = [p.start for p in found]
    reach = list(accumulate([p.end for p in found], max))
    n = len(text)
    for m_start, m_end, name in find_words(text, known):
        k = bisect_left(starts, m_end)
        if k and reach[k - 1] > m_start:
            continue  # overlaps a name found before
        if m_end < n and "\u4e00" <= text[m_end] <= "\u9fff" and len(name) < 3:
            continue  # a two-character name glued to more text is too weak
        p = known[name]
        out.append(Mention("person", m_start, m_end, p.name, {"role": p.role, "repeat": True}))
    return out


class _TitleOwners:
    """The organization and place mentions of a document, by end, for finding whose title it is."""

    __slots__ = ("ends", "rows")

    def __init__(self, mentions: Sequence[Mention]) -> None:
        # (end, position in the document's list, mention): ties keep the list's order
        self.rows = sorted((m.end, i, m) for i, m in enumerate(mentions) if m.kind in ("org", "place"))
        self.ends = [r[0] for r in self.rows]

    def owner(self, title_start: int, title_end: int) -> Mention | None:
        """The mention a title at ``[title_start, title_end)`` belongs to: among those that start
        before the title and end inside it, an organization before a place, then the leftmost,
        then the first in the document's list."""
        rows = self.rows[bisect_left(self.ends, title_start):bisect_right(self.ends, title_end)]
        best = None
        for _end, i, m in rows:
            if m.start < title_start:
                key = (m.kind != "org", m.start, i)
                if best is None or key < best[0]:
                    best = (key, m)
        return None if best is None else best[1]


def _title_attrs(owners: _TitleOwners | None, p: PersonMatch) -> dict[str, str]:
    """``title``, and ``of``: the body or place the title belongs to (自贡市委书记 → 自贡市委)."""
    if not p.title:
        return {}
    out = {"title": p.title}
    if p.title_start >= 0 and owners is not None:
        best = owners.owner(p.title_start, p.title_start + len(p.title))
        if best is not None:
            value = best.value
            out["of"] = value.get("name") if isinstance(value, dict) else str(value)
    return out


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    """Find people in the cleaned text."""
    return person_mentions(doc)
