"""Executor ``dask``: per-document stages on a Dask distributed cluster.

``--executor dask`` starts a ``LocalCluster`` of ``--workers`` processes, or
connects to ``[exec-dask] scheduler = "tcp://host:8786"``.  Workers rebuild
the pipeline from its picklable spec, so newsmill and the same plugins must
be installed on every worker.  Sources go over the wire (paths, or the bytes
of in-memory sources) and processed documents come back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source
from newsmill.execkit import in_order, in_order_batches, process_source, process_sources

_PIPELINES: dict[Any, Any] = {}  # per worker process: spec -> pipeline


def _pipeline(spec: Any) -> Any:
    key = repr(spec)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        from newsmill.core.pipeline import Pipeline

        pipeline = _PIPELINES[key] = Pipeline.from_spec(spec)
    return pipeline


def _process(spec: Any, source: Source, finish: Callable[[list[Document]], Any] | None = None
             ) -> tuple[Any, dict]:
    return process_source(_pipeline(spec), source, finish)


def _process_batch(spec: Any, sources: list[Source],
                   finish: Callable[[list[Document]], Any] | None = None) -> tuple[list[Any], dict]:
    return process_sources(_pipeline(spec), sources, finish)


def _missing_extra() -> ImportError:
    return ImportError("the dask executor needs the `dask` extra: pip install 'newsmill[dask]'")


class DaskExecutor:
    """Submits tasks of ``batch`` sources to a Dask cluster, at most ``window`` sources in flight.

    Results come back in input order; a worker runs each task's sources as one
    batch (see ``Pipeline.process_sources``).
    """

    def __init__(self, pipeline: Any, workers: int | None = None, options: dict | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise _missing_extra() from None
        options = options or {}
        self.pipeline = pipeline
        self._cluster = None
        address = options.get("scheduler") or ""
        if address:
            self._client = Client(address)
            n = len(self._client.scheduler_info().get("workers", {})) or 1
        else:
            n = workers or 1
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        self.window = max(1, int(options.get("window_per_worker", 4))) * n
        self.batch = max(1, int(options.get("batch", 4)))

    def map(self, sources: Iterable[Source],
            finish: Callable[[list[Document]], Any] | None = None) -> Iterator[Any]:
        """The documents of each source (or ``finish(docs)``, made on the worker), in input order."""
        spec = self.pipeline.spec
        submit = self._client.submit
        if self.batch == 1:
            return in_order(lambda source: submit(_process, spec, source, finish, pure=False),
                            sources, self.window, self.pipeline)
        return in_order_batches(lambda chunk: submit(_process_batch, spec, chunk, finish, pure=False),
                                sources, self.batch, self.window, self.pipeline)

    def close(self) -> None:
        """Close the client, and the local cluster when this executor started one."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Scheduler address, window and batch size."""
    return {
        "scheduler": Option(str, "", "address of a running Dask scheduler (default: a LocalCluster)"),
        "window_per_worker": Option(int, 4, "sources in flight per worker"),
        "batch": Option(int, 4, "sources per task, run through the stages together"),
    }


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    """The ``dask`` executor."""
    return {"dask": DaskExecutor}
