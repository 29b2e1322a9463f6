"""Documents as nested tuples of plain values, and back: the cache's compact form.

:meth:`Document.to_dict` builds a dict per mention, evidence span, field…;
here each object becomes the tuple of its attribute values in attrs field
order (``operator.attrgetter`` builds it in C), dates as ISO strings and the
offset map as its pickling state (lengths and the bytes of its three arrays:
copied, not turned into a tuple per segment).  The result holds only values
``marshal`` can write, and :func:`document_from_tuple` rebuilds a document
whose ``to_dict()`` equals the original's.  It also reads the tuples of the
first layout, which held the offset map as its list of segments.

The layout follows the attrs fields of the model classes.  :data:`LAYOUT`
names them; :data:`SUPPORTED` is False when a class whose fields are handled
one by one (documents, their metadata, articles, records) has changed, and
callers then fall back to ``to_dict``.  A cache keys its entries on
:data:`LAYOUT_TAG`, so entries written with another layout are never read
with this one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from operator import attrgetter
from typing import Any

import attrs

from newsmill.core.model import (
    Article,
    Document,
    DocumentMeta,
    Evidence,
    Field,
    Mention,
    Problem,
    Record,
    Region,
)
from newsmill.core.offsets import OffsetMap


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(cls))


LAYOUT = {cls.__name__: _names(cls) for cls in (Document, DocumentMeta, Article, Mention, Record,
                                               Field, Evidence, Region, Problem)}
"""Attribute names of every class, in the order their tuples hold them."""
LAYOUT_TAG = hashlib.sha256(repr(sorted(LAYOUT.items())).encode()).digest()[:4]
"""Four bytes that change whenever :data:`LAYOUT` does."""

_HANDLED = {
    "Document": ("id", "source", "raw", "meta", "text", "offsets", "regions", "articles",
                 "mentions", "records", "problems"),
    "DocumentMeta": ("pub_date", "pub_date_source", "outlet", "encoding", "title", "url", "extra"),
    "Article": ("start", "end", "headline", "kicker", "source", "dateline", "reporters",
                "body_start", "body_end", "pub_date", "evidence", "attributes", "id", "index",
                "raw_start", "raw_end", "producer"),
    "Record": ("kind", "fields", "evidence", "article", "confidence", "id", "producer"),
    "Field": ("value", "evidence"),
}
SUPPORTED = all(LAYOUT[name] == fields for name, fields in _HANDLED.items())
"""True when the classes handled field by field have the fields this module was written for."""

_evidence = attrgetter(*LAYOUT["Evidence"])
_mention = attrgetter(*LAYOUT["Mention"])
_region = attrgetter(*LAYOUT["Region"])
_problem = attrgetter(*LAYOUT["Problem"])


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None


def _date_from_str(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def document_tuple(doc: Document) -> tuple[Any, ...]:
    """``doc`` as nested tuples of plain values (see the module doc)."""
    m = doc.meta
    ev = _evidence
    return (
        doc.id, doc.source, doc.raw,
        (_iso(m.pub_date), m.pub_date_source, m.outlet, m.encoding, m.title, m.url, m.extra),
        doc.text,
        doc.offsets.__getstate__() if doc.offsets is not None else None,
        list(map(_region, doc.regions)),
        [(a.start, a.end, a.headline, a.kicker, a.source, a.dateline, a.reporters, a.body_start,
          a.body_end, _iso(a.pub_date), {k: ev(v) for k, v in a.evidence.items()}, a.attributes,
          a.id, a.index, a.raw_start, a.raw_end, a.producer) for a in doc.articles],
        list(map(_mention, doc.mentions)),
        [(r.kind, [(name, f.value, list(map(ev, f.evidence))) for name, f in r.fields.items()],
          list(map(ev, r.evidence)), r.article, r.confidence, r.id, r.producer)
         for r in doc.records],
        list(map(_problem, doc.problems)),
    )


def document_from_tuple(t: tuple[Any, ...] | list[Any]) -> Document:
    """The document :func:`document_tuple` made ``t`` from."""
    did, source, raw, meta, text, segments, regions, articles, mentions, records, problems = t
    ev = Evidence
    offsets = None
    if type(segments) is tuple:  # the map's pickling state
        offsets = OffsetMap.__new__(OffsetMap)
        offsets.__setstate__(segments)
    elif segments is not None and text is not None:  # its segments (the first layout)
        offsets = OffsetMap(len(text), len(raw), [(c0, s0, bool(cp)) for c0, _c1, s0, _s1, cp in segments])
    pub, pub_source, outlet, encoding, title, url, extra = meta
    return Document(
        did, source, raw,
        DocumentMeta(_date_from_str(pub), pub_source, outlet, encoding, title, url, extra),
        text, offsets,
        [Region(*g) for g in regions],
        [Article(a0, a1, headline, kicker, asource, dateline, reporters, b0, b1, _date_from_str(apub),
                 {k: ev(*e) for k, e in aev.items()}, attrs_, aid, index, r0, r1, producer)
         for (a0, a1, headline, kicker, asource, dateline, reporters, b0, b1, apub, aev, attrs_, aid,
              index, r0, r1, producer) in articles],
        [Mention(*m) for m in mentions],
        [Record(kind, {name: Field(value, [ev(*e) for e in fev]) for name, value, fev in fields},
                [ev(*e) for e in rev], article, confidence, rid, producer)
         for kind, fields, rev, article, confidence, rid, producer in records],
        [Problem(*p) for p in problems],
    )
