"""Linking in a run: linkers fed as documents are written, and linkers given the whole corpus.

A linker plugin implements ``newsmill_link(records)`` (called once, after
the last document, with every record of the run).  It may also implement
``newsmill_link_session(options)``, returning a :class:`LinkSession`: the run
then hands it each source's records as soon as they are written
(``add``, in input order) and asks for the entities after the last document
(``finish``), so whatever a linker can do per record (keys, blocking rows,
storing) is done while the documents still come, beside the workers, rather
than at the end of the run.  A session may also offer a ``preparer()``: a
picklable function run where the documents were processed (in the worker
processes) whose result the run passes to ``add_prepared``; the run process
then no longer decodes the records for that linker at all.

:class:`RunLinkers` is what :func:`newsmill.core.run.execute` uses: it
starts the sessions, spools the records for the linkers without one, feeds
both, and at the end writes every linker's entities to an
:class:`~newsmill.core.spool.EntitySpool`.  Entities, errors and their order
are the same whichever path a linker takes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from newsmill.core.instrument import PluginFailure
from newsmill.core.model import CorpusRecord, Entity
from newsmill.core.spool import DuplicateEntityId, EntitySpool, RecordSpool, decode_records


@runtime_checkable
class LinkSession(Protocol):
    """A linker that takes the records of a run as they come (``newsmill_link_session``).

    ``add(records)`` is called once per source with that source's records
    (possibly none), in input order, as the source's documents are written;
    ``finish()`` once, after the last one, returns the entities (an iterable:
    a generator is best); ``close()`` always, last, also when the run fails.
    The entities must be those ``newsmill_link`` would return for the same
    records in the same order.

    Optional: ``preparer()`` returns a picklable function
    ``prepare(records: list[CorpusRecord]) -> payload`` (or None to decline);
    the run calls it where each source was processed and passes the payload
    to ``add_prepared(payload)`` instead of calling ``add``.
    """

    def add(self, records: Sequence[CorpusRecord]) -> None:
        """Take the records of one source."""

    def finish(self) -> Iterable[Entity] | None:
        """The entities, after the last source."""

    def close(self) -> None:
        """Release what the session holds (temporary files…)."""


class LinkFailure(Exception):
    """A linker's ``prepare`` raised on a source: why (the linker then adds nothing)."""


def _prepare_failure(prepare: Callable[[list[CorpusRecord]], Any], records: list[CorpusRecord]
                     ) -> Any:
    try:
        return prepare(records)
    except Exception as exc:  # reported by the run against the linker
        return LinkFailure(f"{type(exc).__name__}: {exc}")


def prepare_link_input(preparers: Sequence[Callable[[list[CorpusRecord]], Any]],
                       records: list[CorpusRecord]) -> tuple[Any, ...]:
    """Every preparing linker's payload for one source's records (a failure is a :class:`LinkFailure`)."""
    return tuple(_prepare_failure(p, records) for p in preparers)


def append_entities(found: Iterable[Entity] | None, stamp: str, out: Any, plugin: str,
                    errors: list[tuple[str, str]]) -> None:
    """Stamp a linker's entities and add them to ``out`` (an :class:`EntitySpool` or a list).

    Entity ids are unique in a run: an entity whose id was given before (by
    this linker or an earlier one) is dropped and reported in ``errors``.
    """
    seen = None if isinstance(out, EntitySpool) else {e.id for e in out}
    dropped: list[str] = []
    for e in found or ():
        e.producer = e.producer or stamp
        if seen is None:
            try:
                out.append(e)
            except DuplicateEntityId:
                dropped.append(e.id)
        elif e.id in seen:
            dropped.append(e.id)
        else:
            seen.add(e.id)
            out.append(e)
    if dropped:
        errors.append((plugin, f"{len(dropped)} entities with an id given before were dropped "
                               f"(the first: {dropped[0]!r})"))


def link_once(pipeline: Any, plugin: str, records: Sequence[CorpusRecord], out: EntitySpool,
              errors: list[tuple[str, str]]) -> None:
    """Call linker ``plugin``'s ``newsmill_link`` with every record; append its entities to ``out``.

    A linker may return its entities lazily (an iterator): they are then
    never all in memory.  A linker that fails, while called or while its
    entities are read, contributes nothing and is reported in ``errors``.
    """
    mark = out.mark()
    t0 = 0.0
    try:
        found = pipeline._call("link", plugin, records=records)
        stamp = pipeline.host.info(plugin).stamp
        t0 = time.perf_counter()
        append_entities(found, stamp, out, plugin, errors)
    except PluginFailure as f:
        out.truncate(mark)
        errors.append((f.plugin, f.detail))
    except Exception as exc:  # raised while the linker's iterator was read
        out.truncate(mark)
        errors.append((plugin, PluginFailure("link", plugin, exc).detail))
    finally:
        if t0:  # a lazy linker works while its entities are read: count that time too
            pipeline.instrument.merge({("link", plugin): [0, time.perf_counter() - t0]})


class _Linker:
    """One linker plugin of a run, with its session when it has one."""

    __slots__ = ("plugin", "session", "slot", "failure", "seconds")

    def __init__(self, plugin: str, session: Any) -> None:
        self.plugin = plugin
        self.session = session
        self.slot: int | None = None  # index of its payload, when it prepares in the workers
        self.failure: str | None = None
        self.seconds = 0.0


class RunLinkers:
    """The linkers of one run: sessions fed as sources are written, the others from a spool.

    Construct it before the first source, call :meth:`add` for every source
    (in input order), then :meth:`link` once, and :meth:`close`.
    """

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.linkers: list[_Linker] = []
        self.preparers: list[Callable[[list[CorpusRecord]], Any]] = []
        self.errors: list[tuple[str, str]] = []
        for plugin in pipeline.stages().get("link", []):
            session = None
            try:
                session = pipeline.link_session(plugin)
            except PluginFailure as f:  # falls back to the one-shot hook
                self.errors.append((f.plugin, f.detail))
            linker = _Linker(plugin, session)
            prepare = getattr(session, "preparer", None) if session is not None else None
            try:
                prepare = prepare() if callable(prepare) else None
            except Exception as exc:  # the session then takes decoded records
                self.errors.append((plugin, PluginFailure("link", plugin, exc).detail))
                prepare = None
            if prepare is not None and callable(getattr(session, "add_prepared", None)):
                linker.slot = len(self.preparers)
                self.preparers.append(prepare)
            self.linkers.append(linker)
        self.spool: RecordSpool | None = RecordSpool() if self.needs_spool else None

    @property
    def needs_records(self) -> bool:
        """True when some linker takes decoded records (a spooled linker, or a session's ``add``)."""
        return any(li.session is None or li.slot is None for li in self.linkers)

    @property
    def needs_spool(self) -> bool:
        """True when some linker is called once with the whole corpus (``newsmill_link``)."""
        return any(li.session is None for li in self.linkers)

    def add(self, chunk: bytes, count: int, payloads: Sequence[Any] = ()) -> None:
        """One source's linking input: its encoded records and the preparing sessions' payloads."""
        records: list[CorpusRecord] | None = None
        for li in self.linkers:
            if li.session is None or li.failure is not None:
                continue
            t0 = time.perf_counter()
            try:
                if li.slot is not None:
                    payload = payloads[li.slot] if li.slot < len(payloads) else LinkFailure(
                        "no prepared input for this source")
                    if isinstance(payload, LinkFailure):
                        raise payload
                    li.session.add_prepared(payload)
                else:
                    if records is None:
                        records = list(decode_records(chunk)) if count else []
                    li.session.add(records)
            except LinkFailure as f:  # its prepare raised in the worker
                li.failure = str(f)
            except Exception as exc:
                li.failure = PluginFailure("link", li.plugin, exc).detail
            finally:
                li.seconds += time.perf_counter() - t0
        if self.spool is not None:
            self.spool.extend_encoded(chunk, count)

    def link(self) -> tuple[EntitySpool, list[tuple[str, str]]]:
        """Every linker's entities, in stage order, on a disk spool; and (plugin, error) pairs.

        A linker that failed (while fed, called or read) adds no entity.
        """
        out = EntitySpool()
        errors = list(self.errors)
        for li in self.linkers:
            if li.session is None:
                self._call_once(li.plugin, out, errors)
                continue
            mark = out.mark()
            t0 = time.perf_counter()
            try:
                if li.failure is not None:
                    raise _Failed(li.failure)
                stamp = self.pipeline.host.info(li.plugin).stamp
                append_entities(li.session.finish(), stamp, out, li.plugin, errors)
            except _Failed as f:
                out.truncate(mark)
                errors.append((li.plugin, str(f)))
            except Exception as exc:
                out.truncate(mark)
                errors.append((li.plugin, PluginFailure("link", li.plugin, exc).detail))
            finally:
                li.seconds += time.perf_counter() - t0
                self.pipeline.instrument.merge({("link", li.plugin): [1, li.seconds]})
                self._close(li, errors)
        return out, errors

    def _call_once(self, plugin: str, out: EntitySpool, errors: list[tuple[str, str]]) -> None:
        link_once(self.pipeline, plugin, self.spool if self.spool is not None else [], out, errors)

    @staticmethod
    def _close(li: _Linker, errors: list[tuple[str, str]]) -> None:
        session, li.session = li.session, None
        if session is not None and callable(getattr(session, "close", None)):
            try:
                session.close()
            except Exception as exc:
                errors.append((li.plugin, PluginFailure("link", li.plugin, exc).detail))

    def close(self) -> None:
        """Close every session still open (the run failed before linking) and delete the spool."""
        for li in self.linkers:
            if li.session is not None:
                self._close(li, [])
        if self.spool is not None:
            self.spool.close()


class _Failed(Exception):
    """A linker that failed while it was fed."""
