"""A whole run: sources → executor → writers, then linking, errors file and summary."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import inspect
import json
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from newsmill.core.cache import DocumentCache, encode_entry
from newsmill.core.linking import RunLinkers, link_once, prepare_link_input
from newsmill.core.model import CorpusRecord, Document, Source
from newsmill.core.pipeline import Pipeline, corpus_records
from newsmill.core.spool import EntitySpool, encode_records

ERRORS_FILE = "errors.jsonl"


class RunError(Exception):
    """A run cannot start (unknown format or executor, missing extra…)."""


@attrs.define
class RunInfo:
    """Metadata of a run, given to writers and recorded in their outputs."""

    run_id: str
    started: str
    out_dir: Path
    formats: list[str]
    executor: str
    workers: int
    plugins: list[dict[str, Any]]
    config_hash: str
    options: dict[str, Any] = attrs.field(factory=dict)
    pub_date: dt.date | None = None
    finished: str | None = None
    force: bool = False
    cache: dict[str, int] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (paths and dates as strings)."""
        d = attrs.asdict(self, recurse=False)
        d["out_dir"] = str(self.out_dir)
        d["pub_date"] = self.pub_date.isoformat() if self.pub_date else None
        return d


@attrs.define
class RunSummary:
    """Counts and speed of a finished run."""

    documents: int = 0
    failed: int = 0
    articles: int = 0
    mentions: int = 0
    records: int = 0
    entities: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    bytes: int = 0
    skipped: int = 0
    cache: dict[str, int] = attrs.field(factory=dict)

    @property
    def mb_per_s(self) -> float:
        """Throughput in megabytes (10^6) of raw UTF-8 text per second."""
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        """The one-line summary printed at the end of ``newsmill run``."""
        return (f"{self.documents} documents ({self.failed} failed, {self.skipped} unchanged), "
                f"{self.articles} articles, {self.mentions} mentions, {self.records} records, "
                f"{self.entities} entities, {self.errors} errors, {self.warnings} warnings "
                f"in {self.seconds:.2f} s ({self.mb_per_s:.2f} MB/s)"
                + (f"; sources: {', '.join(f'{n} {k}' for k, n in sorted(self.cache.items()))}"
                   if self.cache else ""))


class WriteFailure(NamedTuple):
    """A writer's ``prepare`` raised on a document: why (recorded as a write error)."""

    message: str


class PreparedDocument(NamedTuple):
    """What a run needs of one processed document, made where the document was processed."""

    id: str
    source: str
    counts: tuple[int, ...]
    """failed, articles, mentions, records, errors, warnings, raw UTF-8 bytes, cached."""
    error_lines: list[str]
    """Lines of ``errors.jsonl`` for the document's errors."""
    payloads: tuple[Any, ...]
    """What each preparing writer's ``prepare(doc)`` returned, in writer order."""
    document: Document | None
    """The document itself, when a writer or a callback needs it."""


class PreparedSource(NamedTuple):
    """Every document of a source prepared for writing, its cache entry and its linking input."""

    documents: list[PreparedDocument]
    cache_entry: bytes | None
    link_chunk: bytes
    """The source's records encoded for spooling (empty when no linker needs them)."""
    link_count: int
    link_payloads: tuple[Any, ...] = ()
    """What each preparing link session's ``prepare(records)`` returned, in linker order."""


@attrs.frozen
class SourceFinisher:
    """Turns a source's processed documents into a :class:`PreparedSource` (picklable).

    Executors that support it run this where the documents were processed
    (``executor.map(sources, finish=...)``), so the process that starts the
    run only inserts prepared rows, stores ready-made cache entries and
    appends encoded linking input; for other executors the run applies it
    itself.
    """

    preparers: tuple[Callable[[Document], Any], ...] = ()
    keep_documents: bool = True
    link_preparers: tuple[Callable[[list[CorpusRecord]], Any], ...] = ()
    """The ``prepare(records)`` of the link sessions that offer one (see :mod:`newsmill.core.linking`)."""
    link_records: bool = True
    """Encode the records for the linkers that take them decoded (spooled, or a session's ``add``)."""

    def __call__(self, docs: list[Document]) -> PreparedSource:
        """Prepare every document of one source."""
        out = []
        for doc in docs:
            payloads = []
            for prepare in self.preparers:
                try:
                    payloads.append(prepare(doc))
                except Exception as exc:  # reported by the run, like a failing write
                    payloads.append(WriteFailure(f"{type(exc).__name__}: {exc}"))
            errors = warnings = 0
            lines = []
            for p in doc.problems:
                if p.level == "error":
                    errors += 1
                    lines.append(json.dumps({"file": doc.source, "document": doc.id, **p.to_dict()},
                                            ensure_ascii=False) + "\n")
                elif p.level == "warning":
                    warnings += 1
            counts = (int(doc.failed), len(doc.articles), len(doc.mentions), len(doc.records),
                      errors, warnings, len(doc.raw.encode("utf-8")),
                      int(bool(doc.meta.extra.get("cached"))))
            out.append(PreparedDocument(doc.id, doc.source, counts, lines, tuple(payloads),
                                        doc if self.keep_documents else None))
        cached = bool(docs) and bool(docs[0].meta.extra.get("cached"))
        chunk, count, payloads = b"", 0, ()
        if self.link_records or self.link_preparers:
            records = [r for d in docs for r in corpus_records(d)]
            if self.link_records:
                chunk, count = encode_records(records)
            payloads = prepare_link_input(self.link_preparers, records)
        return PreparedSource(out, None if cached else encode_entry(docs), chunk, count, payloads)


def accepts_finish(executor: Any) -> bool:
    """True when the executor's ``map`` takes a ``finish`` function to apply where it works."""
    try:
        return "finish" in inspect.signature(executor.map).parameters
    except (TypeError, ValueError):
        return False


def config_hash(pipeline: Pipeline) -> str:
    """A hash of the plugins, versions and options in effect (changes re-process documents)."""
    payload = {
        "plugins": sorted((i.name, i.version or "") for i in pipeline.plugins() if i.status == "loaded"),
        "options": pipeline.options,
        "order": pipeline.stages(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


GC_GEN0_THRESHOLD = 100_000
"""Allocations between two young-generation garbage collections during a run.

A run allocates many small objects that die young (mentions, evidence,
rows); Python's default (700) spends several per cent of a run in the
collector for nothing.  The count is of objects allocated less those freed,
so with this setting a collection comes only when a batch of documents
holds more than that many new objects: a few per 20 MB of pages instead of
hundreds (each young collection walks every object of the batch still
alive, and every tenth one the older ones too; see docs/scale.md).  Set for
the duration of :func:`execute` only (and inherited by forked workers); the
previous thresholds are restored after.
"""


def _fewer_gc_passes(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        old = gc.get_threshold()
        gc.set_threshold(max(old[0], GC_GEN0_THRESHOLD), *old[1:])
        try:
            return fn(*args, **kwargs)
        finally:
            gc.set_threshold(*old)
    return wrapper


@_fewer_gc_passes
def execute(pipeline: Pipeline, targets: Sequence[str], out_dir: Path,
            formats: Sequence[str], executor: str = "serial", workers: int = 1,
            pub_date: dt.date | None = None, force: bool = False,
            encoding: str | None = None,
            on_document: Callable[[Document, int], None] | None = None,
            executor_options: dict[str, Any] | None = None,
            on_progress: Callable[[str, int], None] | None = None) -> RunSummary:
    """Process ``targets`` with ``executor`` and write them with every selected format.

    ``pub_date`` and ``encoding`` go into every source's metadata for the readers;
    ``executor_options`` override the executor plugin's options (e.g. ``scheduler``).
    ``on_progress(source, n)`` is called after each document is written;
    ``on_document(doc, n)`` too, with the whole document (which then has to be
    sent back from the workers: prefer ``on_progress``).
    """
    writers_avail = pipeline.writers()
    execs_avail = pipeline.executors()
    for f in formats:
        if f not in writers_avail:
            raise RunError(f"unknown format {f!r} (available: {', '.join(sorted(writers_avail))})")
    if executor not in execs_avail:
        raise RunError(f"unknown executor {executor!r} (available: {', '.join(sorted(execs_avail))})")
    out_dir.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    info = RunInfo(
        run_id=hashlib.sha256(f"{started}{time.time_ns()}{targets}".encode()).hexdigest()[:12],
        started=started, out_dir=out_dir, formats=list(formats), executor=executor,
        workers=workers, plugins=[p.to_dict() for p in pipeline.plugins()],
        config_hash=config_hash(pipeline), options=pipeline.options, pub_date=pub_date,
        force=force)
    writers: list[tuple[str, str, Any]] = []
    for f in formats:
        plugin, factory = writers_avail[f]
        try:
            writers.append((f, plugin, factory(out_dir, info, pipeline.options_for(plugin))))
        except Exception as exc:
            _close_all(writers)
            raise RunError(f"format {f!r} (plugin {plugin!r}) cannot write to {out_dir}: "
                           f"{type(exc).__name__}: {exc}") from exc
    eplugin, efactory = execs_avail[executor]
    eoptions = pipeline.options_for(eplugin)
    for key, value in (executor_options or {}).items():
        if key not in eoptions:
            _close_all(writers)
            raise RunError(f"executor {executor!r} takes no {key!r} setting")
        eoptions[key] = value
    try:
        ex = efactory(pipeline, workers, eoptions)
    except Exception as exc:
        _close_all(writers)
        raise RunError(f"executor {executor!r} (plugin {eplugin!r}) cannot start: {exc}") from exc
    cache = DocumentCache(out_dir, info.config_hash, force=force)
    summary = RunSummary()
    try:
        linkers = RunLinkers(pipeline)
    except BaseException:
        cache.close()
        ex.close()
        _close_all(writers)
        raise
    try:
        return _execute(pipeline, targets, out_dir, writers, ex, cache, linkers, info, summary,
                        pub_date, encoding, on_document, on_progress)
    finally:
        linkers.close()


def _execute(pipeline: Pipeline, targets: Sequence[str], out_dir: Path,
             writers: list[tuple[str, str, Any]], ex: Any, cache: DocumentCache,
             linkers: RunLinkers, info: RunInfo, summary: RunSummary,
             pub_date: dt.date | None, encoding: str | None,
             on_document: Callable[[Document, int], None] | None,
             on_progress: Callable[[str, int], None] | None) -> RunSummary:
    """The body of :func:`execute` once writers, executor, cache and linkers are set up."""
    t0 = time.perf_counter()
    errors_path = out_dir / ERRORS_FILE
    sources = _with_source_options(pipeline.sources(targets), pub_date, encoding)
    # writers that can prepare a document where it is processed get a slot in the payloads
    slots: list[int | None] = []
    preparers: list[Callable[[Document], Any]] = []
    for _f, _p, w in writers:
        prepare = w.preparer() if callable(getattr(w, "preparer", None)) else None
        slots.append(len(preparers) if prepare is not None else None)
        if prepare is not None:
            preparers.append(prepare)
    finish = SourceFinisher(tuple(preparers), keep_documents=on_document is not None
                            or any(slot is None for slot in slots),
                            link_preparers=tuple(linkers.preparers),
                            link_records=linkers.needs_records)
    with errors_path.open("w", encoding="utf-8") as errf:
        try:
            for source, prepared in ordered_results(ex, sources, cache.lookup, finish):
                for pd in prepared.documents:
                    _count(summary, pd.counts)
                    errf.writelines(pd.error_lines)
                    for (fmt, plugin, w), slot in zip(writers, slots):
                        try:
                            if slot is None:
                                w.write(pd.document)
                            elif isinstance(pd.payloads[slot], WriteFailure):
                                raise _Failed(pd.payloads[slot].message)
                            else:
                                w.write_prepared(pd.payloads[slot])
                        except Exception as exc:  # one document must not stop the run
                            summary.errors += 1
                            why = str(exc) if isinstance(exc, _Failed) else f"{type(exc).__name__}: {exc}"
                            errf.write(json.dumps({
                                "file": pd.source, "document": pd.id, "level": "error",
                                "stage": "write", "plugin": plugin,
                                "message": f"format {fmt}: {why}"},
                                ensure_ascii=False) + "\n")
                    if on_document:
                        on_document(pd.document, summary.documents)  # type: ignore[arg-type]
                    if on_progress:
                        on_progress(pd.source, summary.documents)
                linkers.add(prepared.link_chunk, prepared.link_count, prepared.link_payloads)
                if prepared.cache_entry is not None:
                    cache.store_entry(source.uri, prepared.cache_entry)
        finally:
            ex.close()
            cache.close()
        info.cache = summary.cache = dict(cache.reasons)
        for fmt, plugin, w in writers:  # writers may finish their documents while linking runs
            end = getattr(w, "end_documents", None)
            if callable(end):
                try:
                    end()
                except Exception as exc:
                    summary.errors += 1
                    errf.write(json.dumps({
                        "file": None, "document": None, "level": "error", "stage": "write",
                        "plugin": plugin, "message": f"format {fmt}: {type(exc).__name__}: {exc}"},
                        ensure_ascii=False) + "\n")
        entities, link_errors = linkers.link()
        for plugin, message in link_errors:
            summary.errors += 1
            errf.write(json.dumps({"file": None, "document": None, "level": "error",
                                   "stage": "link", "plugin": plugin, "message": message},
                                  ensure_ascii=False) + "\n")
    summary.entities = len(entities)
    info.finished = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    try:
        for _fmt, _plugin, w in writers:
            w.write_entities(entities)
            w.close()
    finally:
        entities.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def link_to_spool(pipeline: Pipeline, records: Sequence[CorpusRecord]
                  ) -> tuple[EntitySpool, list[tuple[str, str]]]:
    """Run every linker, as :meth:`Pipeline.link` does, writing entities to a disk spool as they come.

    A linker may return its entities lazily (an iterator): they are then
    never all in memory.  A linker that fails, while called or while its
    entities are read, contributes nothing and is reported as ``(plugin, error)``.
    """
    out = EntitySpool()
    errors: list[tuple[str, str]] = []
    for plugin in pipeline.stages().get("link", []):
        link_once(pipeline, plugin, records, out, errors)
    return out, errors


def _close_all(writers: list[tuple[str, str, Any]]) -> None:
    for _f, _p, w in writers:
        w.close()


class _Failed(Exception):
    """A write that failed where the document was prepared."""


def ordered_results(executor: Any, sources: Iterable[Source],
                    lookup: Callable[[Source], Callable[[], list[Document] | None] | None],
                    finish: Callable[[list[Document]], Any] | None = None
                    ) -> Iterator[tuple[Source, Any]]:
    """Results for every source in input order: cached ones from ``lookup``, others from the executor.

    Only sources without a cached result are sent to the executor, which
    yields results in the order it received them; the two streams are merged
    back into input order without holding more than the executor's window.
    With ``finish``, each source's documents are replaced by ``finish(docs)``,
    computed by the executor where it supports it (see :func:`accepts_finish`).
    A loader that returns None (an unreadable cache entry) has its source
    processed by the executor on the spot.
    """
    pending: deque[tuple[Source, Callable[[], list[Document] | None] | None]] = deque()
    ready: deque[Any] = deque()

    def feed() -> Iterator[Source]:
        for s in sources:
            loader = lookup(s)
            pending.append((s, loader))
            if loader is None:
                yield s

    if finish is None:
        results = iter(executor.map(feed()))
    elif accepts_finish(executor) and _picklable(finish):
        results = iter(executor.map(feed(), finish=finish))
    else:
        results = map(finish, executor.map(feed()))
    end = object()
    while True:
        if not pending:
            r = next(results, end)
            if r is end and not pending:
                return
            if r is not end:
                ready.append(r)
            continue
        source, loader = pending[0]
        if loader is None:
            if not ready:
                r = next(results, end)
                if r is end:
                    raise RuntimeError(f"executor returned no result for {source.uri}")
                ready.append(r)
            docs = ready.popleft()
        else:
            docs = loader()
            if docs is None:  # an unreadable cache entry: process the source after all
                docs = _process_one(executor, source, finish)
            elif finish is not None:
                docs = finish(docs)
        pending.popleft()
        yield source, docs


def _process_one(executor: Any, source: Source, finish: Callable[[list[Document]], Any] | None
                 ) -> Any:
    """One source through ``executor`` (a second ``map`` beside the run's), finished as the others."""
    if finish is None:
        return next(iter(executor.map([source])))
    if accepts_finish(executor) and _picklable(finish):
        return next(iter(executor.map([source], finish=finish)))
    return finish(next(iter(executor.map([source]))))


def _picklable(obj: Any) -> bool:
    """True when ``obj`` can be sent to another process (a writer may offer a local ``prepare``)."""
    try:
        pickle.dumps(obj)
    except Exception:
        return False
    return True


def _with_source_options(sources: Iterable, pub_date: dt.date | None,
                         encoding: str | None = None) -> Iterable:
    for s in sources:
        if pub_date is not None:
            s.metadata.setdefault("pub_date", pub_date.isoformat())
        if encoding:
            s.metadata.setdefault("encoding", encoding)
        yield s


def _count(summary: RunSummary, counts: tuple[int, ...]) -> None:
    failed, articles, mentions, records, errors, warnings, nbytes, cached = counts
    summary.documents += 1
    summary.failed += failed
    summary.articles += articles
    summary.mentions += mentions
    summary.records += records
    summary.errors += errors
    summary.warnings += warnings
    summary.bytes += nbytes
    summary.skipped += cached
