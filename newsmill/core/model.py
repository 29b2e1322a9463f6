"""The newsmill data model: documents, articles, mentions, records and entities.

Offsets everywhere are **Unicode code-point indices into a decoded text,
half-open** (``text[start:end]``).  ``start``/``end`` refer to the cleaned
text (:attr:`Document.text`); ``raw_start``/``raw_end`` to the decoded raw
text (:attr:`Document.raw`).  Plugins fill cleaned offsets; the host fills
the raw ones through the document's :class:`~newsmill.core.offsets.OffsetMap`.

Every class converts to plain JSON-able dicts with ``to_dict()`` and back
with ``from_dict()``; writers and executors rely on that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import attrs

from newsmill.core.offsets import OffsetMap


def content_id(data: bytes) -> str:
    """Stable id of a piece of content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def _date_to_str(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date_from_str(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


@attrs.define
class Source:
    """Something to read: a file, an archive member, a URI or a piece of text.

    ``data`` holds the bytes when they are already in memory (archive members,
    text given to :meth:`Pipeline.process`); otherwise readers open ``path``.
    A sources plugin that meets an entry it cannot open may yield a source with
    ``metadata["error"] = (stage, plugin, message)``: the host then records a
    failed document for it instead of reading it.
    """

    uri: str
    path: Path | None = None
    data: bytes | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict)

    @property
    def name(self) -> str:
        """The last component of the uri (a file name)."""
        return self.uri.rstrip("/").rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        """Lower-case file extension with the dot, or ''."""
        name = self.name
        return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""

    @property
    def stem(self) -> str:
        """File name without its extension."""
        name = self.name
        return name.rsplit(".", 1)[0] if "." in name else name

    def read_bytes(self) -> bytes:
        """The source's bytes (from memory or from disk)."""
        if self.data is not None:
            return self.data
        if self.path is None:
            raise OSError(f"{self.uri}: no data and no path")
        return self.path.read_bytes()


@attrs.define
class Evidence:
    """A span of the document that supports a value: cleaned and raw offsets plus the raw text."""

    start: int
    end: int
    raw_start: int = -1
    raw_end: int = -1
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"start": self.start, "end": self.end, "raw_start": self.raw_start,
                "raw_end": self.raw_end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(**d)


@attrs.define
class Problem:
    """An error or warning attached to a document, naming the stage and plugin."""

    level: str  # "error" or "warning"
    stage: str
    plugin: str
    message: str
    raw_start: int | None = None
    raw_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"level": self.level, "stage": self.stage, "plugin": self.plugin,
                "message": self.message, "raw_start": self.raw_start, "raw_end": self.raw_end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Problem:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(**d)


@attrs.define
class Region:
    """A flagged region of the raw text (page furniture, caption, unreadable span…)."""

    kind: str
    raw_start: int
    raw_end: int
    note: str = ""
    producer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"kind": self.kind, "raw_start": self.raw_start, "raw_end": self.raw_end,
                "note": self.note, "producer": self.producer}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Region:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(**d)


@attrs.define
class Article:
    """One article of a page: metadata fields with their evidence, and its body span.

    ``start``/``end`` cover the whole article in the cleaned text;
    ``body_start``/``body_end`` its body.  ``evidence`` maps a field name
    (``headline``, ``source``, ``reporters``…) to the span that shows it.
    """

    start: int
    end: int
    headline: str | None = None
    kicker: str | None = None
    source: str | None = None
    dateline: str | None = None
    reporters: list[str] = attrs.field(factory=list)
    body_start: int | None = None
    body_end: int | None = None
    pub_date: dt.date | None = None
    evidence: dict[str, Evidence] = attrs.field(factory=dict)
    attributes: dict[str, Any] = attrs.field(factory=dict)
    id: str = ""
    index: int = 0
    raw_start: int = -1
    raw_end: int = -1
    producer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        d = attrs.asdict(self, recurse=False)
        d["pub_date"] = _date_to_str(self.pub_date)
        d["evidence"] = {k: v.to_dict() for k, v in self.evidence.items()}
        d["reporters"] = list(self.reporters)
        d["attributes"] = dict(self.attributes)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild the object from :meth:`to_dict` output."""
        d = dict(d)
        d["pub_date"] = _date_from_str(d.get("pub_date"))
        d["evidence"] = {k: Evidence.from_dict(v) for k, v in d.get("evidence", {}).items()}
        return cls(**d)


@attrs.define
class Mention:
    """A typed mention in the cleaned text with its normalized value.

    ``kind`` is e.g. ``money``, ``quantity``, ``percent``, ``date``, ``place``,
    ``org``, ``person``; ``value`` is JSON-able (numbers as int or str for
    exactness).  ``producer`` is ``plugin@version`` and is set by the host.
    """

    kind: str
    start: int
    end: int
    value: Any = None
    attributes: dict[str, Any] = attrs.field(factory=dict)
    surface: str = ""
    raw_start: int = -1
    raw_end: int = -1
    article: int | None = None
    id: str = ""
    producer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"kind": self.kind, "start": self.start, "end": self.end, "value": self.value,
                "attributes": dict(self.attributes), "surface": self.surface,
                "raw_start": self.raw_start, "raw_end": self.raw_end, "article": self.article,
                "id": self.id, "producer": self.producer}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(**d)


@attrs.define
class Field:
    """A record field: its value and the evidence span(s) that support it."""

    value: Any
    evidence: list[Evidence] = attrs.field(factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"value": self.value, "evidence": [e.to_dict() for e in self.evidence]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Field:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(d["value"], [Evidence.from_dict(e) for e in d.get("evidence", [])])


@attrs.define
class Record:
    """A structured fact (project, batch, indicator…) made of fields with evidence.

    ``evidence`` is the clause that states the record as a whole; each field
    may carry its own.  ``article`` is the index of the article it belongs to.
    """

    kind: str
    fields: dict[str, Field] = attrs.field(factory=dict)
    evidence: list[Evidence] = attrs.field(factory=list)
    article: int | None = None
    confidence: float = 1.0
    id: str = ""
    producer: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        """The value of a field, or ``default``."""
        f = self.fields.get(name)
        return default if f is None else f.value

    def set(self, name: str, value: Any, *evidence: Evidence) -> None:
        """Set a field's value with its evidence."""
        self.fields[name] = Field(value, list(evidence))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {
            "kind": self.kind,
            "fields": {k: f.to_dict() for k, f in self.fields.items()},
            "evidence": [e.to_dict() for e in self.evidence],
            "article": self.article,
            "confidence": self.confidence,
            "id": self.id,
            "producer": self.producer,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(
            kind=d["kind"],
            fields={k: Field.from_dict(v) for k, v in d.get("fields", {}).items()},
            evidence=[Evidence.from_dict(e) for e in d.get("evidence", [])],
            article=d.get("article"),
            confidence=d.get("confidence", 1.0),
            id=d.get("id", ""),
            producer=d.get("producer", ""),
        )


#: Key of ``DocumentMeta.extra`` holding a publication year known without its month and day.
PUB_YEAR = "pub_year"


@attrs.define
class DocumentMeta:
    """What is known about a document besides its text.

    ``pub_date_source`` says where the publication date came from
    (``text``, ``option``, ``filename``, ``metadata``, ``file-mtime``…).  When only
    the year is known (e.g. read from the text: source ``text-year``), ``pub_date``
    stays None and ``extra["pub_year"]`` holds it; :attr:`year` reads either.
    """

    pub_date: dt.date | None = None
    pub_date_source: str | None = None
    outlet: str | None = None
    encoding: str | None = None
    title: str | None = None
    url: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def year(self) -> int | None:
        """The publication year: that of ``pub_date``, else ``extra["pub_year"]`` (None if unknown)."""
        if self.pub_date is not None:
            return self.pub_date.year
        y = self.extra.get(PUB_YEAR)
        return y if isinstance(y, int) else None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        d = attrs.asdict(self, recurse=False)
        d["pub_date"] = _date_to_str(self.pub_date)
        d["extra"] = dict(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocumentMeta:
        """Rebuild the object from :meth:`to_dict` output."""
        d = dict(d)
        d["pub_date"] = _date_from_str(d.get("pub_date"))
        return cls(**d)


@attrs.define
class Document:
    """One page (or one text) flowing through the pipeline.

    ``raw`` is the decoded source text and never changes.  ``text`` is the
    cleaned view and ``offsets`` maps it back to ``raw``.  ``id`` is the
    content hash of the raw bytes, so the same page always gets the same id.
    """

    id: str
    source: str
    raw: str
    meta: DocumentMeta = attrs.field(factory=DocumentMeta)
    text: str | None = None
    offsets: OffsetMap | None = None
    regions: list[Region] = attrs.field(factory=list)
    articles: list[Article] = attrs.field(factory=list)
    mentions: list[Mention] = attrs.field(factory=list)
    records: list[Record] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)

    @classmethod
    def from_text(cls, raw: str, source: str = "<text>", data: bytes | None = None,
                  **meta: Any) -> Document:
        """Build a document from decoded text (id from ``data`` or the UTF-8 text)."""
        did = content_id(data if data is not None else raw.encode("utf-8"))
        return cls(id=did, source=source, raw=raw, meta=DocumentMeta(**meta))

    # -- cleaned view ---------------------------------------------------
    @property
    def clean(self) -> str:
        """The cleaned text (the raw text until cleaning has run)."""
        return self.raw if self.text is None else self.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span of a cleaned span."""
        if self.offsets is None:
            return start, end
        return self.offsets.to_raw(start, end)

    def clean_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Cleaned span covering what survived of a raw span."""
        if self.offsets is None:
            return raw_start, raw_end
        return self.offsets.to_clean(raw_start, raw_end)

    def evidence(self, start: int, end: int) -> Evidence:
        """An :class:`Evidence` for a cleaned span, with raw offsets and raw text filled in."""
        rs, re_ = self.raw_span(start, end)
        return Evidence(start, end, rs, re_, self.raw[rs:re_])

    def regions_of(self, *kinds: str) -> list[Region]:
        """Flagged regions of the given kinds (all when none given)."""
        return [r for r in self.regions if not kinds or r.kind in kinds]

    def article_at(self, pos: int) -> int | None:
        """Index of the article whose span contains cleaned position ``pos``."""
        for a in self.articles:
            if a.start <= pos < a.end:
                return a.index
        return None

    # -- problems -------------------------------------------------------
    def warn(self, stage: str, plugin: str, message: str,
             raw_span: tuple[int, int] | None = None) -> None:
        """Record a warning."""
        rs, re_ = raw_span if raw_span else (None, None)
        self.problems.append(Problem("warning", stage, plugin, message, rs, re_))

    def error(self, stage: str, plugin: str, message: str) -> None:
        """Record an error (the document is then reported as failed)."""
        self.problems.append(Problem("error", stage, plugin, message))

    @property
    def failed(self) -> bool:
        """True when any stage recorded an error for this document."""
        return any(p.level == "error" for p in self.problems)

    # -- serialization ----------------------------------------------------
    def to_dict(self, with_raw: bool = True) -> dict[str, Any]:
        """A JSON-able dict of the whole document (offset map as segments)."""
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "meta": self.meta.to_dict(),
            "text": self.text,
            "offsets": self.offsets.segments() if self.offsets is not None else None,
            "regions": [r.to_dict() for r in self.regions],
            "articles": [a.to_dict() for a in self.articles],
            "mentions": [m.to_dict() for m in self.mentions],
            "records": [r.to_dict() for r in self.records],
            "problems": [p.to_dict() for p in self.problems],
        }
        if with_raw:
            d["raw"] = self.raw
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Rebuild the object from :meth:`to_dict` output."""
        offsets = None
        if d.get("offsets") is not None and d.get("text") is not None:
            offsets = OffsetMap(len(d["text"]), len(d.get("raw", "")),
                                [(c0, s0, bool(cp)) for c0, _c1, s0, _s1, cp in d["offsets"]])
        return cls(
            id=d["id"],
            source=d["source"],
            raw=d.get("raw", ""),
            meta=DocumentMeta.from_dict(d.get("meta", {})),
            text=d.get("text"),
            offsets=offsets,
            regions=[Region.from_dict(r) for r in d.get("regions", [])],
            articles=[Article.from_dict(a) for a in d.get("articles", [])],
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
            records=[Record.from_dict(r) for r in d.get("records", [])],
            problems=[Problem.from_dict(p) for p in d.get("problems", [])],
        )


@attrs.define
class CorpusRecord:
    """A record seen at corpus level, with where it came from (input to linking)."""

    doc_id: str
    source: str
    pub_date: dt.date | None
    article: int | None
    headline: str | None
    record: Record

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        return {"doc_id": self.doc_id, "source": self.source,
                "pub_date": _date_to_str(self.pub_date), "article": self.article,
                "headline": self.headline, "record": self.record.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CorpusRecord:
        """Rebuild the object from :meth:`to_dict` output."""
        return cls(d["doc_id"], d["source"], _date_from_str(d.get("pub_date")),
                   d.get("article"), d.get("headline"), Record.from_dict(d["record"]))


T = TypeVar("T")


class StreamedItems(Sequence[T]):
    """A read-only sequence of known length whose items are produced anew on every pass.

    ``produce()`` returns an iterable of the ``length`` items; nothing is
    kept between passes, so a part of an entity with a hundred thousand
    members never has to be in memory at once.  Equal to any sequence with
    the same items (a list, say); indexing reads up to the item.  Pickled,
    it becomes a list.
    """

    __slots__ = ("_length", "_produce")

    def __init__(self, length: int, produce: Callable[[], Iterable[T]]) -> None:
        self._length = length
        self._produce = produce

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[T]:
        return iter(self._produce())

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        if not -self._length <= index < self._length:
            raise IndexError(index)
        return next(islice(iter(self), index % self._length, None))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(other) == self._length and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"StreamedItems({self._length} items)"

    def __reduce__(self) -> tuple[Any, ...]:
        return list, (list(self),)


@attrs.define
class Entity:
    """A corpus-level entity linked across documents (a project, an organization…).

    ``members`` are ``(doc_id, record_or_mention_id)`` pairs; ``fields`` hold
    the entity's current values (each a list of candidate values with their
    sources when they conflict); ``timeline`` lists dated events; ``links``
    explains why members were joined (matched fields and a score).

    ``members``, ``timeline`` and ``links`` are lists, except for very large
    entities in a run: a linker may then give a :class:`StreamedItems`, and
    the entities a run hands to writers hold large parts as sequences read
    back from disk in pieces.  Writers iterate them (and use ``len``) rather
    than copying them into lists.
    """

    id: str
    kind: str
    name: str
    fields: dict[str, Any] = attrs.field(factory=dict)
    members: list[tuple[str, str]] = attrs.field(factory=list)
    timeline: list[dict[str, Any]] = attrs.field(factory=list)
    links: list[dict[str, Any]] = attrs.field(factory=list)
    conflicts: list[str] = attrs.field(factory=list)
    producer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of this object."""
        d = attrs.asdict(self, recurse=False)
        d["members"] = [list(m) for m in self.members]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        """Rebuild the object from :meth:`to_dict` output."""
        d = dict(d)
        d["members"] = [tuple(m) for m in d.get("members", [])]
        return cls(**d)
