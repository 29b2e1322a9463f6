"""Helpers shared by executor plugins: a bounded window of work, results in input order.

An executor submits one task per source (to a process pool, a cluster…);
the task returns the source's documents and the worker's timing snapshot
(:func:`process_source`), and :func:`in_order` hands the documents back in
input order with at most ``window`` tasks in flight, merging the timings
into the calling pipeline.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
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
