"""Keeping text that cleaning could not read out of record values.

Cleaning marks undecodable bytes with U+FFFD placeholders (and flags the
span as an ``unreadable`` region).  A record value must never contain one: a
naming field (a project's ``name``, an indicator's ``metric``) is trimmed to
its readable part after the last placeholder, and the record is dropped when
too little is left; any other field read from such text is set to null.
"""

from __future__ import annotations

from newsmill.core.model import Document, Record

PLACEHOLDER = "\ufffd"
#: The field that names each kind of record: trimmed rather than nulled.
NAMING_FIELD = {"project": "name", "indicator": "metric"}
#: Fewest characters a trimmed naming field keeps.
MIN_READABLE = 4
_LEAD_PUNCT = " ,，、:：;；“”\"()（）"


def _unreadable(doc: Document, value: object, evidence: list) -> bool:
    if isinstance(value, str) and PLACEHOLDER in value:
        return True
    text = doc.text
    if text is None:
        return any(PLACEHOLDER in doc.text[e.start:e.end] for e in evidence)  # no cleaned text: as written
    for e in evidence:  # (a search of each span: no slice made)
        if text.find(PLACEHOLDER, e.start, e.end) >= 0:
            return True
    return False


def _placeholder_value(r: Record) -> bool:
    """Whether a value of ``r`` is a string holding a placeholder."""
    for f in r.fields.values():
        v = f.value
        if isinstance(v, str) and PLACEHOLDER in v:
            return True
    return False


def _unreadable_value(doc: Document, value: object, evidence: list) -> bool:
    return isinstance(value, str) and PLACEHOLDER in value


def _trimmed(doc: Document, r: Record, name: str) -> bool:
    """Trim naming field ``name`` after its last placeholder; False when too little is left."""
    f = r.fields[name]
    if not isinstance(f.value, str) or len(f.evidence) != 1:
        return False
    ev = f.evidence[0]
    cut = doc.text.rfind(PLACEHOLDER, ev.start, ev.end)
    rest = f.value[f.value.rfind(PLACEHOLDER) + 1:].lstrip(_LEAD_PUNCT)
    start = doc.text.find(rest, cut + 1, ev.end) if rest else -1
    if len(rest) < MIN_READABLE or start < 0:
        return False
    r.set(name, rest, doc.evidence(start, start + len(rest)))
    return True


def readable(doc: Document, records: list[Record]) -> list[Record]:
    """``records`` without values read from unreadable text (see the module docstring)."""
    out = []
    # with no placeholder in the text, no evidence can hold one: only values are looked at
    clean_text = doc.text is not None and PLACEHOLDER not in doc.text
    unreadable = _unreadable_value if clean_text else _unreadable
    for r in records:
        if clean_text and not _placeholder_value(r):
            out.append(r)  # no value holds a placeholder: nothing to trim or null
            continue
        keep = True
        for name, f in list(r.fields.items()):
            if f.value is None or not unreadable(doc, f.value, f.evidence):
                continue
            if name == NAMING_FIELD.get(r.kind):
                keep = _trimmed(doc, r, name)
                if not keep:
                    break
            else:
                r.set(name, None)
        if keep:
            out.append(r)
    return out
