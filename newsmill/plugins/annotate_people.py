"""Annotator: people — reporters in bylines and officials named with their title.

Mentions have kind ``person``, the name as value and attributes ``role``
(reporter, official, other) and ``title`` (e.g. 市委书记) when given.  A name
found once is also marked where it appears again in the same document.
"""

from __future__ import annotations

import re

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.people import find_people


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After places and organizations."""
    return {"annotate": 320}


def person_mentions(doc: Document) -> list[Mention]:
    """Person mentions of a document."""
    text = doc.clean
    found = find_people(text)
    out = [Mention(kind="person", start=p.start, end=p.end, value=p.name,
                   attributes={"role": p.role, **({"title": p.title} if p.title else {})})
           for p in found]
    taken = [(p.start, p.end) for p in found]
    known = {p.name: p for p in found}
    if known:
        pat = re.compile("|".join(sorted(map(re.escape, known), key=len, reverse=True)))
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if m.end() < len(text) and "\u4e00" <= text[m.end()] <= "\u9fff" and len(m.group()) < 3:
                continue  # a two-character name glued to more text is too weak
            p = known[m.group()]
            out.append(Mention(kind="person", start=m.start(), end=m.end(), value=p.name,
                               attributes={"role": p.role, "repeat": True}))
    return out


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    """Find people in the cleaned text."""
    return person_mentions(doc)
