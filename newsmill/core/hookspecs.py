"""Hook specifications: the contract between the newsmill host and its plugins.

A plugin is any module or object with functions marked ``@hookimpl`` whose
names match the specs below.  An implementation may accept a *subset* of a
spec's arguments (pluggy passes only the ones it names).

Per-document stage hooks are called by the host **one plugin at a time**, in
the order of the stage (see ``newsmill pipeline``), each call receiving the
plugin's own resolved ``options``.  Chains (``clean``, ``annotate``,
``extract``) run every plugin in order; ``sources``, ``read`` and ``segment``
stop at the first plugin that returns something other than ``None``.
Stage order within a chain comes from :func:`newsmill_stage_priority`
(lower first, ties broken by name) unless config ``[order]`` overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    import click

    from newsmill.core.cleaning import CleanStep
    from newsmill.core.config import Option
    from newsmill.core.linking import LinkSession
    from newsmill.core.model import Article, CorpusRecord, Document, Entity, Mention, Record, Source

PROJECT = "newsmill"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# -- declarations (called once, when a pipeline is built) ---------------------

@hookspec
def newsmill_config_options() -> Mapping[str, Option] | None:
    """Declare this plugin's config options.

    Called once per plugin when the configuration is resolved.  Return a
    mapping ``option name -> Option(type, default, help)``.  Users set them in
    the plugin's own table (``[NAME]`` in ``newsmill.toml``) or with
    ``Pipeline(config={"NAME": {...}})``; the host checks names and types and
    passes the resolved dict as ``options`` to every stage hook of the plugin.
    """


@hookspec
def newsmill_stage_priority() -> Mapping[str, int] | None:
    """Declare where this plugin sits in each stage it serves: ``{stage: priority}``.

    Lower runs first; ties are broken by plugin name, so the order never
    depends on registration or entry-point order.  Plugins that do not
    declare a priority get 500.  Config ``[order]`` overrides this.
    """


@hookspec
def newsmill_cli(cli: click.Group) -> None:
    """Add commands to the ``newsmill`` command line (``cli.add_command(...)``).

    Called when a command that is not built into the host is requested, or
    when ``newsmill plugins`` lists what each plugin adds.  Commands can get
    a configured :class:`~newsmill.Pipeline` from ``newsmill.core.cli.make_pipeline(ctx)``.
    """


@hookspec
def newsmill_writers() -> Mapping[str, Any] | None:
    """Declare output formats: ``{format name: factory}``.

    ``factory(out_dir: Path, run: RunInfo, options: dict) -> Writer``; a
    writer has ``write(doc)`` (called once per document, in input order),
    ``write_entities(entities)`` (once, after linking) and ``close()``.
    A writer that raises on one document is recorded in ``errors.jsonl``
    and the run goes on.

    Optional, for speed with several workers: ``preparer()`` returns a
    picklable function ``prepare(doc) -> payload`` (or None to decline).  The
    run then calls it where the document was processed (in the worker
    process, or on the cluster node) and calls ``write_prepared(payload)``
    instead of ``write(doc)``, in input order, in the process that started
    the run.  Put the per-document work there (building rows, encoding);
    keep only what needs the output file in ``write_prepared``.
    ``write_entities`` receives a re-iterable sequence read back from disk:
    iterate it rather than copying it into a list; the ``members``,
    ``timeline`` and ``links`` of a very large entity are themselves
    :class:`~newsmill.core.model.StreamedItems` read back a piece at a time.  Optional too:
    ``end_documents()``, called once after the last document and before
    linking, where a writer may start finishing work (indexing) in the
    background while the linkers run.
    All formats selected with ``--format`` (or config ``[run] formats``) are
    written.  When two plugins declare the same name, the one with the lower
    ``newsmill_stage_priority()["writers"]`` owns it (ties: lower plugin name).
    """


@hookspec
def newsmill_executors() -> Mapping[str, Any] | None:
    """Declare executors: ``{name: factory}``, chosen with ``--executor NAME``.

    ``factory(pipeline: Pipeline, workers: int, options: dict) -> Executor``;
    an executor has ``map(sources) -> iterator of list[Document]`` yielding,
    for every source it is given, the documents of that source (what
    ``pipeline.process_source(source)`` returns) **in input order**, and
    ``close()``.  Executors running elsewhere rebuild the pipeline with
    ``Pipeline.from_spec(pipeline.spec)``.

    Optional: ``map(sources, finish=None)``.  When ``map`` takes a ``finish``
    argument, the run passes a picklable function and the executor yields
    ``finish(docs)`` computed where the documents were processed (see
    ``newsmill.execkit.process_source``); the run then receives only what
    it writes (prepared rows, cache entries, linking input) instead of
    whole documents.  Executors without it keep working: the run applies
    ``finish`` itself.  ``pipeline.process_sources(sources)`` runs several
    sources as one batch (faster; same results).  Name clashes are settled by
    ``newsmill_stage_priority()["executors"]`` as for writers.
    """


# -- per-source and per-document stages ------------------------------------------

@hookspec(firstresult=True)
def newsmill_sources(target: str, options: dict) -> Iterable[Source] | None:
    """Expand one command-line target (file, folder, archive, URI) into sources.

    First plugin to return non-None wins.  Return an iterable of
    :class:`Source` (lazily, for large folders), or ``None`` to pass.
    """


@hookspec(firstresult=True)
def newsmill_read(source: Source, options: dict) -> Iterable[Document] | None:
    """Read a source into one or more documents.

    First plugin to return non-None claims the source.  Raise an exception
    with a clear message for unreadable input; the host records it against
    the source and carries on with the others.
    """


@hookspec
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """One cleaning step of the ordered cleaning chain.

    ``step.text`` is the text as left by the previous cleaners.  Report
    changes with ``step.replace(start, end, new)`` (offsets into
    ``step.text``), flag regions with ``step.flag(start, end, kind)`` and
    uncertain spots with ``step.warn(start, end, message)``.  The host applies
    the edits and composes the offset map back to the raw text.  Return
    nothing.
    """


@hookspec(firstresult=True)
def newsmill_segment(doc: Document, options: dict) -> list[Article] | None:
    """Split a cleaned document into articles.

    First plugin (in priority order) to return a list wins.  Articles carry
    cleaned offsets; the host fills ids, indices and raw spans.
    """


@hookspec
def newsmill_annotate(doc: Document, options: dict) -> Iterable[Mention] | None:
    """Find mentions in ``doc.text``; every annotator contributes, in order.

    Earlier annotators' mentions are visible in ``doc.mentions``.  Return
    mentions with cleaned offsets; the host fills raw spans, surface, the
    article index, the id and the producer stamp.
    """


@hookspec
def newsmill_extract(doc: Document, options: dict) -> Iterable[Record] | None:
    """Build records from the text and mentions; every extractor contributes, in order.

    Earlier extractors' records are visible in ``doc.records``.  Every field
    should carry evidence (``doc.evidence(start, end)``).
    """


@hookspec
def newsmill_link(records: Sequence[CorpusRecord], options: dict) -> Iterable[Entity] | None:
    """Link records across the corpus into entities; called once per run.

    ``records`` holds every record of the run with its document, article and
    publication date.  In a run it is spooled to disk (``len()`` and repeated
    iteration work; each pass reads it back), so memory stays flat: keep only
    what you need of each record, and read it once if you can.  All linkers
    contribute.  The entities may be returned lazily (a generator): a run
    writes them to disk as they come, so a linker that builds one entity at
    a time never holds them all; an error raised while they are read is
    reported like one raised by the call, and that linker adds nothing.
    Entity ids are unique in a run: an entity whose id was given before is
    dropped and reported.  A linker that also implements :func:`newsmill_link_session` is fed as
    the documents come instead, in a run.
    """


@hookspec
def newsmill_link_session(options: dict) -> LinkSession | None:
    """Optional streaming form of :func:`newsmill_link`: link records as documents are written.

    Called once per run, before the first document, for a plugin that also
    implements ``newsmill_link``.  Return a session object (see
    :class:`newsmill.core.linking.LinkSession`) or ``None`` to be called the
    one-shot way.  The run then calls ``session.add(records)`` with each
    source's records (in input order) as they are written, and
    ``session.finish()`` after the last one for the entities (instead of
    ``newsmill_link``), then ``session.close()``.  With ``preparer()`` /
    ``add_prepared(payload)`` the per-source work runs where the documents
    were processed (the worker processes).  The entities must be the ones
    ``newsmill_link`` gives for the same records; a session that raises adds
    no entity and is reported like a failing ``newsmill_link``.
    """
