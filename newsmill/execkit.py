"""Helpers shared by executor plugins: a bounded window of work, results in input order.

An executor submits one task per source (to a process pool, a cluster…);
the task returns the source's documents and the worker's timing snapshot
(:func:`process_source`), and :func:`in_order` hands the documents back in
input order with at most ``window`` tasks in flight, merging the timings
into the calling pipeline.  :func:`process_sources` and
:func:`in_order_batches` do the same for tasks of several sources, which the
pipeline runs as one batch.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from newsmill.core.model import Document, Source


def process_source(pipeline: Any, source: Source,
                   finish: Callable[[list[Document]], Any] | None = None) -> tuple[Any, dict]:
    """Run ``pipeline`` on one source in a worker: its documents and the worker's timings.

    With ``finish`` (the run's per-source finishing step, see
    :func:`newsmill.core.run.accepts_finish`), ``finish(docs)`` is returned
    instead of the documents: it is made here, in the worker.
    """
    docs = pipeline.process_source(source)
    return (docs if finish is None else finish(docs)), pipeline.instrument.snapshot()


def process_sources(pipeline: Any, sources: Sequence[Source],
                    finish: Callable[[list[Document]], Any] | None = None) -> tuple[list[Any], dict]:
    """Run ``pipeline`` on a batch of sources in a worker (see :meth:`Pipeline.process_sources`).

    Returns each source's documents (or ``finish(docs)``), in order, and the
    worker's timings.
    """
    results = pipeline.process_sources(sources)
    if finish is not None:
        results = [finish(docs) for docs in results]
    return results, pipeline.instrument.snapshot()


def batched(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    """Consecutive lists of at most ``size`` sources."""
    it = iter(sources)
    while chunk := list(itertools.islice(it, max(1, size))):
        yield chunk


def in_order_batches(submit: Callable[[list[Source]], Any], sources: Iterable[Source],
                     batch: int, window: int, pipeline: Any) -> Iterator[Any]:
    """As :func:`in_order`, for tasks of ``batch`` sources each (see :func:`process_sources`).

    At most ``window`` sources (rounded up to whole batches, two batches at
    least) are in flight.
    """
    inflight: deque[Any] = deque()
    most = max(2, -(-window // max(1, batch)))
    for chunk in batched(sources, batch):
        inflight.append(submit(chunk))
        if len(inflight) >= most:
            yield from _batch_result(inflight.popleft(), pipeline)
    while inflight:
        yield from _batch_result(inflight.popleft(), pipeline)


def _batch_result(future: Any, pipeline: Any) -> list[Any]:
    results, timings = future.result()
    pipeline.instrument.merge(timings)
    return results


def in_order(submit: Callable[[Source], Any], sources: Iterable[Source], window: int,
             pipeline: Any) -> Iterator[Any]:
    """Submit every source, keep at most ``window`` tasks in flight, yield their documents in order.

    ``submit(source)`` returns a future whose ``result()`` is what
    :func:`process_source` returns; the timings are merged into
    ``pipeline.instrument``.
    """
    inflight: deque[Any] = deque()

    def result(future: Any) -> Any:
        docs, timings = future.result()
        pipeline.instrument.merge(timings)
        return docs

    for source in sources:
        inflight.append(submit(source))
        if len(inflight) >= window:
            yield result(inflight.popleft())
    while inflight:
        yield result(inflight.popleft())
