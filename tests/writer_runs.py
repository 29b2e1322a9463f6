"""Drive writers directly with hand-made documents, as a run would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsmill.core.run import RunInfo

from .output_docs import documents, entities


def run_info(out_dir: Path, run_id: str = "run-0001", formats: tuple[str, ...] = ("sqlite",)) -> RunInfo:
    """Metadata of a pretend run."""
    return RunInfo(run_id=run_id, started="2026-01-02T03:04:05+00:00", out_dir=out_dir,
                   formats=list(formats), executor="serial", workers=1,
                   plugins=[{"name": "handmade", "version": "1.0", "distribution": None,
                             "module": "tests.output_docs", "builtin": False, "status": "loaded",
                             "error": None, "hooks": ["newsmill_extract"], "origin": "object"}],
                   config_hash="c0ffee", options={"handmade": {"x": 1}})


def write_all(factory: Any, out_dir: Path, run_id: str = "run-0001", options: dict | None = None,
              docs: list | None = None) -> list:
    """Write the test documents and entities with a writer factory; return the documents."""
    docs = documents() if docs is None else docs
    info = run_info(out_dir, run_id)
    w = factory(out_dir, info, options or {})
    for d in docs:
        w.write(d)
    w.write_entities(entities(docs))
    info.finished = "2026-01-02T03:04:09+00:00"
    w.close()
    return docs
