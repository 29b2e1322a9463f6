"""The pipeline: plugin selection plus the per-document stage runner.

>>> from newsmill import Pipeline
>>> nlp = Pipeline(disable=["some-plugin"])           # doctest: +SKIP
>>> doc = nlp.process("some text")                     # doctest: +SKIP

A :class:`Pipeline` owns its own plugin manager: two pipelines in one process
never share plugins, options or timings.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

import attrs

from newsmill.core.cleaning import CleanStep, finish_step
from newsmill.core.config import Config, ConfigError, load_config
from newsmill.core.instrument import Instrument, PluginFailure
from newsmill.core.linking import append_entities
from newsmill.core.model import (
    CorpusRecord,
    Document,
    Entity,
    Mention,
    Record,
    Source,
    content_id,
)
from newsmill.core.offsets import OffsetMap
from newsmill.core.plugins import (
    DEFAULT_PRIORITY,
    FIRST_RESULT_STAGES,
    STAGE_ORDER,
    PluginHost,
    PluginInfo,
    PluginLoadError,
    SubsetCaller,
)

#: what :meth:`Pipeline._guarded` returns when the call failed
_FAILED = object()

#: documents run through the stages together by default (:meth:`Pipeline.process_documents`)
DEFAULT_BATCH = 32

#: the order of a document's mentions: by cleaned span, then kind
_MENTION_ORDER = attrgetter("start", "end", "kind")


@attrs.frozen
class PipelineSpec:
    """Everything needed to rebuild an identical pipeline elsewhere (picklable)."""

    plugins: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    config: dict[str, Any] = attrs.field(factory=dict)
    config_file: str | None = None
    autoload: bool | None = None
    strict_plugins: bool = False


class Pipeline:
    """A configured chain of stage plugins.

    ``plugins``: entry-point names or module paths to load, or plugin objects.
    ``disable``: names to block.  ``config``: a dict in the layout of
    ``newsmill.toml`` (merged over ``config_file`` when both are given).
    """

    def __init__(self, plugins: Sequence[Any] = (), disable: Sequence[str] = (),
                 config: Mapping[str, Any] | None = None,
                 config_file: str | os.PathLike | None = None,
                 autoload: bool | None = None, strict_plugins: bool | None = None) -> None:
        base = load_config(config_file, search=False) if config_file else Config()
        cfg = base.merged(config)
        names = [p for p in plugins if isinstance(p, str)]
        objects = [p for p in plugins if not isinstance(p, str)]
        strict = cfg.strict_plugins if strict_plugins is None else strict_plugins
        self.config = cfg
        self.spec = PipelineSpec(tuple(names), tuple(disable), dict(config or {}),
                                 str(config_file) if config_file else None, autoload, strict)
        try:
            self.host = PluginHost(load=[*cfg.plugins, *names], block=[*cfg.disable, *disable],
                                   objects=objects, autoload=autoload, strict=strict)
        except PluginLoadError as exc:
            if exc.plugin not in cfg.plugins:
                raise
            raise ConfigError(str(exc), cfg.file, "plugins") from None
        self.instrument = Instrument()
        self.host.pm.register(self.instrument, name=Instrument.name)
        known = set(self.host.infos)
        declared = self.host.declarations("newsmill_config_options")
        self.options = cfg.resolve_options(declared, known)
        self._order = {stage: self.host.stage_plugins(stage, cfg.order.get(stage))
                       for stage in STAGE_ORDER}
        for stage, listed in cfg.order.items():
            for name in listed:
                if name not in known:
                    raise ConfigError(f"unknown plugin {name!r} (see `newsmill plugins`)",
                                      cfg.file, f"order.{stage}")
        self._callers: dict[tuple[str, str], Any] = {}

    @classmethod
    def from_spec(cls, spec: PipelineSpec) -> Pipeline:
        """Rebuild a pipeline from its :class:`PipelineSpec` (in a worker process)."""
        return cls(plugins=spec.plugins, disable=spec.disable, config=spec.config,
                   config_file=spec.config_file, autoload=spec.autoload,
                   strict_plugins=spec.strict_plugins)

    # -- introspection ----------------------------------------------------------
    def stages(self) -> dict[str, list[str]]:
        """Each stage and the plugins serving it, in the order they run."""
        return {k: list(v) for k, v in self._order.items()}

    def plugins(self) -> list[PluginInfo]:
        """Every plugin considered (loaded, failed or blocked)."""
        return self.host.loaded()

    def writers(self) -> dict[str, tuple[str, Any]]:
        """Output formats: ``{name: (plugin, factory)}``."""
        return self._factories("newsmill_writers")

    def executors(self) -> dict[str, tuple[str, Any]]:
        """Executors: ``{name: (plugin, factory)}``."""
        return self._factories("newsmill_executors")

    def _factories(self, hook: str) -> dict[str, tuple[str, Any]]:
        """``{name: (plugin, factory)}``; a name declared twice goes to the lower priority
        (key ``writers`` / ``executors`` in ``newsmill_stage_priority``), then the lower name."""
        decl = self.host.declarations(hook)
        prio = self.host.priorities()
        key = hook.removeprefix("newsmill_")

        def rank(n: str) -> tuple[int, str]:
            p = prio.get(n, {})
            return p.get(key, p.get(hook, DEFAULT_PRIORITY)), n

        out: dict[str, tuple[str, Any]] = {}
        for plugin in sorted(decl, key=rank):
            for name, factory in decl[plugin].items():
                out.setdefault(name, (plugin, factory))
        return out

    def options_for(self, plugin: str) -> dict[str, Any]:
        """The resolved options of one plugin."""
        return dict(self.options.get(plugin, {}))

    # -- calling plugins --------------------------------------------------------
    def _call(self, stage: str, plugin: str, **kwargs: Any) -> Any:
        key = (stage, plugin)
        caller = self._callers.get(key)
        if caller is None:
            caller = self._callers[key] = self.host.caller(stage, plugin)
        self.instrument.current = plugin
        options = self.options_for(plugin)
        plain = caller.plain(self.instrument) if type(caller) is SubsetCaller else None
        if plain is not None:
            # the plugin's function inside the instrument's wrapper is all the hook call does:
            # call it directly (same result, timing and failure; pluggy's loop costs ~1 µs)
            kwargs["options"] = options
            try:
                args = list(map(kwargs.__getitem__, plain[1]))
            except KeyError:
                del kwargs["options"]  # pluggy reports the missing argument
            else:
                return self.instrument.run(stage, plain[0], args)
        result = caller(options=options, **kwargs)
        if stage in FIRST_RESULT_STAGES:
            return result
        # a chain hook's caller returns the list of its implementations' non-None
        # results; only one implementation (this plugin's) ran
        return result[0] if result else None

    def _first(self, stage: str, **kwargs: Any) -> tuple[str | None, Any]:
        assert stage in FIRST_RESULT_STAGES
        for plugin in self._order[stage]:
            result = self._call(stage, plugin, **kwargs)
            if result is not None:
                return plugin, result
        return None, None

    # -- sources ----------------------------------------------------------------
    def sources(self, targets: Iterable[str | os.PathLike]) -> Iterator[Source]:
        """Expand command-line targets (files, folders…) into sources, lazily."""
        for target in targets:
            target = os.fspath(target)
            try:
                _plugin, found = self._first("sources", target=target)
            except PluginFailure as f:
                yield Source(uri=target, path=Path(target),
                             metadata={"error": (f.stage, f.plugin, f.detail)})
                continue
            if found is None:
                yield Source(uri=target, path=Path(target))
                continue
            it = iter(found)
            while True:
                try:
                    source = next(it)
                except StopIteration:
                    break
                except Exception as exc:  # a plugin's lazy walk failed half way
                    yield Source(uri=target, path=Path(target), metadata={
                        "error": ("sources", _plugin, f"{type(exc).__name__}: {exc}")})
                    break
                yield source

    # -- documents --------------------------------------------------------------
    def read(self, source: Source) -> list[Document]:
        """Read a source; on failure return one document that carries the error."""
        if "error" in source.metadata:
            stage, plugin, detail = source.metadata["error"]
            return [self._failed_doc(source, stage, plugin, detail)]
        try:
            plugin, docs = self._first("read", source=source)
        except PluginFailure as f:
            return [self._failed_doc(source, "read", f.plugin, f.detail)]
        if plugin is None:
            return [self._failed_doc(source, "read", "-", "no reader claimed this source")]
        docs = list(docs)
        if not docs:
            return [self._failed_doc(source, "read", plugin, "the source holds no document")]
        option_date = source.metadata.get("pub_date")
        for d in docs:
            if d.meta.pub_date is None and option_date:
                d.meta.pub_date = dt.date.fromisoformat(str(option_date))
                d.meta.pub_date_source = "option"
        return docs

    def _failed_doc(self, source: Source, stage: str, plugin: str, message: str) -> Document:
        doc = Document(id=content_id(source.uri.encode("utf-8")), source=source.uri, raw="")
        doc.error(stage, plugin, message)
        return doc

    def process_source(self, source: Source) -> list[Document]:
        """Read a source and run every document stage on what it holds. Never raises."""
        return self.process_sources([source])[0]

    def process_sources(self, sources: Sequence[Source]) -> list[list[Document]]:
        """Read several sources and run the document stages over them as one batch.

        Returns each source's documents, in order; equal to
        :meth:`process_source` on each (see :meth:`process_documents`).
        Never raises.
        """
        read = [self.read(source) for source in sources]
        self.process_documents([d for docs in read for d in docs if not d.failed or d.raw])
        return read

    def process(self, text_or_path: str | os.PathLike, **meta: Any) -> Document:
        """Process one text or file and return its document.

        A :class:`os.PathLike`, or a string naming an existing file, is read
        as a file; any other string is processed as text.
        """
        if isinstance(text_or_path, os.PathLike) or (
                isinstance(text_or_path, str) and "\n" not in text_or_path
                and len(text_or_path) < 4096 and os.path.isfile(text_or_path)):
            docs = self.process_source(Source(uri=os.fspath(text_or_path),
                                              path=Path(text_or_path)))
            return docs[0]
        doc = Document.from_text(str(text_or_path), **meta)
        return self.process_document(doc)

    def run(self, paths: Iterable[str | os.PathLike],
            batch_size: int = DEFAULT_BATCH) -> Iterator[Document]:
        """Process files and folders, yielding documents in input order as they are done.

        Sources go through the stages ``batch_size`` at a time
        (:meth:`process_sources`); results do not depend on it.
        """
        it = self.sources(paths)
        while chunk := list(itertools.islice(it, max(1, batch_size))):
            for docs in self.process_sources(chunk):
                yield from docs

    def pipe(self, texts: Iterable[str], batch_size: int = DEFAULT_BATCH,
             **meta: Any) -> Iterator[Document]:
        """Process many texts (``meta`` as in :meth:`process`), yielding documents in order.

        The texts go through the stages ``batch_size`` at a time
        (:meth:`process_documents`); results do not depend on it.
        """
        it = iter(texts)
        while chunk := list(itertools.islice(it, max(1, batch_size))):
            yield from self.process_documents([Document.from_text(t, **meta) for t in chunk])

    def process_document(self, doc: Document,
                         stages: Sequence[str] | None = None) -> Document:
        """Run cleaning, segmentation, annotation and extraction (or only ``stages``) on a document."""
        return self.process_documents([doc], stages)[0]

    def process_documents(self, docs: Sequence[Document],
                          stages: Sequence[str] | None = None) -> Sequence[Document]:
        """Run the document stages (or only ``stages``) over a batch of documents.

        The result equals :meth:`process_document` on each document: stages run
        in order for every document, and a failure is recorded on its document
        only.  Within the annotate stage each annotator runs over the whole
        batch before the next one (each still sees, per document, the mentions
        of the annotators before it), which keeps an annotator's patterns and
        tables in the CPU caches from one document to the next.
        """
        for stage, fn in (("clean", self._clean), ("segment", self._segment),
                          ("annotate", None), ("extract", self._extract)):
            if stages is not None and stage not in stages:
                continue
            if fn is None:
                self._annotate_batch(docs)
                continue
            for doc in docs:
                self._guarded(stage, doc, fn, doc)
        return docs

    def _guarded(self, stage: str, doc: Document, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` for ``doc``, or :data:`_FAILED` with the failure recorded on ``doc``."""
        try:
            return fn(*args)
        except PluginFailure as f:
            doc.error(f.stage, f.plugin, f.detail)
        except Exception as exc:  # a bug in the host's own bookkeeping of bad output
            doc.error(stage, self.instrument.current, f"{type(exc).__name__}: {exc}")
        return _FAILED

    def _clean(self, doc: Document) -> None:
        text = doc.raw
        offsets = OffsetMap.identity(len(text))
        for plugin in self._order["clean"]:
            step = CleanStep(doc, text, offsets, plugin)
            try:
                self._call("clean", plugin, step=step)
                text, offsets = finish_step(step)
            except PluginFailure as f:
                doc.error(f.stage, f.plugin, f.detail)
            except ValueError as exc:
                doc.error("clean", plugin, f"bad edits: {exc}")
        doc.text, doc.offsets = text, offsets

    def _segment(self, doc: Document) -> None:
        plugin, articles = self._first("segment", doc=doc)
        articles = list(articles or [])
        stamp = self.host.info(plugin).stamp if plugin else ""
        for i, a in enumerate(articles):
            a.index = i
            a.id = f"{doc.id}:a{i}"
            a.producer = a.producer or stamp
            a.raw_start, a.raw_end = doc.raw_span(a.start, a.end)
            for ev in a.evidence.values():
                self._fill_evidence(doc, ev)
        doc.articles = articles

    def _fill_evidence(self, doc: Document, ev: Any) -> None:
        if ev.raw_start < 0 or ev.raw_end < 0:
            ev.raw_start, ev.raw_end = doc.raw_span(ev.start, ev.end)
        if not ev.text:
            ev.text = doc.raw[ev.raw_start:ev.raw_end]

    def _annotate(self, doc: Document) -> None:
        self._annotate_batch([doc])

    def _annotate_batch(self, docs: Sequence[Document]) -> None:
        # annotator-major over the batch; a document whose annotator fails gets no further
        # annotator and keeps its mentions unsorted and without ids (as a one-document run)
        live: list[tuple[Document, Callable]] = []
        for doc in docs:
            add = self._guarded("annotate", doc, self._mention_adder, doc)
            if add is not _FAILED:
                live.append((doc, add))
        call = self._call
        for plugin in self._order["annotate"]:
            if not live:
                return
            stamp = self.host.info(plugin).stamp
            live = [(doc, add) for doc, add in live
                    if self._guarded("annotate", doc, _annotate_one, call, plugin, stamp, doc, add)
                    is not _FAILED]
        for doc, _add in live:
            self._guarded("annotate", doc, _number_mentions, doc)

    def _mention_adder(self, doc: Document) -> Callable[[str, str, Any], None]:
        """The host's per-mention bookkeeping for one document, as one closure.

        Per-mention work is the host's hot loop (thousands of mentions a page):
        bound methods and locals, no per-mention attribute lookups through the document.
        """
        article_at = article_finder(doc)
        to_raw = raw_span_mapper(doc.offsets) if doc.offsets is not None else None
        clean = doc.clean
        mentions = doc.mentions

        def add(plugin: str, stamp: str, found: Any) -> None:
            if not found:
                return
            for m in found:
                if type(m) is not Mention and not isinstance(m, Mention):
                    raise TypeError(f"annotator {plugin!r} returned {type(m).__name__}, not Mention")
                if not m.producer:
                    m.producer = stamp
                start, end = m.start, m.end
                if to_raw is not None:
                    m.raw_start, m.raw_end = to_raw(start, end)
                else:
                    m.raw_start, m.raw_end = start, end
                if not m.surface:
                    m.surface = clean[start:end]
                if m.article is None:
                    m.article = article_at(start)
                mentions.append(m)

        return add

    def _extract(self, doc: Document) -> None:
        article_at = article_finder(doc)
        for plugin in self._order["extract"]:
            found = self._call("extract", plugin, doc=doc)
            stamp = self.host.info(plugin).stamp
            fill = self._fill_evidence
            for r in found or ():
                if not isinstance(r, Record):
                    raise TypeError(f"extractor {plugin!r} returned {type(r).__name__}, not Record")
                r.producer = r.producer or stamp
                # most evidence comes with its raw span and text (RecordContext.evidence): only
                # the rest is filled in
                for ev in r.evidence:
                    if ev.raw_start < 0 or ev.raw_end < 0 or not ev.text:
                        fill(doc, ev)
                for f in r.fields.values():
                    for ev in f.evidence:
                        if ev.raw_start < 0 or ev.raw_end < 0 or not ev.text:
                            fill(doc, ev)
                if r.article is None and r.evidence:
                    r.article = article_at(r.evidence[0].start)
                doc.records.append(r)
        for i, r in enumerate(doc.records):
            r.id = f"{doc.id}:r{i}"

    # -- corpus level -------------------------------------------------------------
    def link_session(self, plugin: str) -> Any:
        """Start linker ``plugin``'s streaming form (``newsmill_link_session``), or None.

        None when the plugin does not implement the hook or declines; a
        plugin that raises is a :class:`PluginFailure`.  See
        :mod:`newsmill.core.linking`.
        """
        for impl in self.host.impls("newsmill_link_session"):
            if impl.plugin_name == plugin:
                given = {"options": self.options_for(plugin)}
                try:
                    return impl.function(**{name: given[name] for name in impl.argnames})
                except Exception as exc:
                    raise PluginFailure("link", plugin, exc) from exc
        return None

    def link(self, records: Sequence[CorpusRecord]) -> tuple[list[Entity], list[tuple[str, str]]]:
        """Run every linker over the corpus records; return entities and (plugin, error) pairs."""
        entities: list[Entity] = []
        errors: list[tuple[str, str]] = []
        for plugin in self._order["link"]:
            try:
                found = self._call("link", plugin, records=records)
            except PluginFailure as f:
                errors.append((f.plugin, f.detail))
                continue
            append_entities(found, self.host.info(plugin).stamp, entities, plugin, errors)
        return entities, errors


def _annotate_one(call: Callable[..., Any], plugin: str, stamp: str, doc: Document,
                  add: Callable[[str, str, Any], None]) -> None:
    add(plugin, stamp, call("annotate", plugin, doc=doc))


def _number_mentions(doc: Document) -> None:
    """Sort a document's mentions by span and kind and give them their ids."""
    doc.mentions.sort(key=_MENTION_ORDER)
    prefix = f"{doc.id}:m"
    for i, m in enumerate(doc.mentions):
        m.id = prefix + str(i)


def article_finder(doc: Document) -> Callable[[int], int | None]:
    """A fast equivalent of ``doc.article_at`` for the document's current articles.

    When the articles are in order and do not overlap (what segmenters
    produce) it is a binary search; otherwise it is ``doc.article_at`` itself.
    """
    arts = doc.articles
    if any(a.start > a.end for a in arts) or any(
            arts[i].end > arts[i + 1].start for i in range(len(arts) - 1)):
        return doc.article_at
    if len(arts) == 1:  # a page of one article (short texts): no search
        first, last, only = arts[0].start, arts[0].end, arts[0].index

        def within(pos: int) -> int | None:
            return only if first <= pos < last else None

        return within
    starts = [a.start for a in arts]
    ends = [a.end for a in arts]
    index = [a.index for a in arts]

    def find(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return index[i] if i >= 0 and pos < ends[i] else None

    return find


def raw_span_mapper(offsets: OffsetMap) -> Callable[[int, int], tuple[int, int]]:
    """A function equal to ``offsets.to_raw`` that is faster over many spans of one document.

    It holds the segments as plain lists (copied out of the map's arrays in C, so
    cheap however many there are) and maps a span with one binary search per end,
    the rule of :meth:`OffsetMap.to_raw`; a map that copies its whole text unchanged
    maps a span to itself.  Invalid spans raise the map's own ``ValueError``.
    """
    n = offsets.segment_count
    if not n:
        return offsets.to_raw
    starts, sources, copies = offsets._segment_lists()
    clean_len, raw_len = offsets.clean_len, offsets.raw_len
    if n == 1 and copies[0] and not starts[0] and not sources[0] and clean_len == raw_len:

        def same(start: int, end: int) -> tuple[int, int]:
            if start < 0 or end > clean_len or start > end:
                return offsets.to_raw(start, end)  # raises
            return start, end

        return same
    ends = starts[1:]
    ends.append(clean_len)
    source_ends = sources[1:]
    source_ends.append(raw_len)

    def to_raw(start: int, end: int) -> tuple[int, int]:
        if start < 0 or end > clean_len or start > end:
            return offsets.to_raw(start, end)  # raises
        i = bisect_right(starts, start) - 1
        c0 = starts[i]
        c1 = ends[i]
        if end <= c1 and copies[i] and c1 > c0:  # inside one copied segment (most spans)
            d = sources[i] - c0
            return start + d, end + d
        while c1 == c0 and i + 1 < n and start >= c1:  # skip empty segments ending at start
            i += 1
            c0 = c1
            c1 = ends[i]
        if copies[i]:
            rs = sources[i] + (start - c0)
            if rs > source_ends[i]:
                rs = source_ends[i]
        else:
            rs = sources[i] if start < c1 or c0 == c1 else source_ends[i]
        if start == end:
            return rs, rs
        if end > c1:  # else the last character is in the start's segment (as the search would say)
            i = bisect_right(starts, end - 1) - 1
        if copies[i]:
            re_ = sources[i] + (end - starts[i])
            if re_ > source_ends[i]:
                re_ = source_ends[i]
        else:
            re_ = source_ends[i] if end > starts[i] else sources[i]
        return rs, re_ if re_ > rs else rs

    return to_raw


def corpus_records(doc: Document) -> list[CorpusRecord]:
    """The records of a document as linking input."""
    heads = {a.index: a.headline for a in doc.articles}
    return [CorpusRecord(doc.id, doc.source, doc.meta.pub_date, r.article,
                         heads.get(r.article) if r.article is not None else None, r)
            for r in doc.records]


__all__ = ["DEFAULT_BATCH", "Pipeline", "PipelineSpec", "corpus_records", "raw_span_mapper"]
