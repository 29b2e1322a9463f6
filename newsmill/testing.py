"""Helpers for testing newsmill plugins.

Run a pipeline made of the built-ins plus your plugin, and inspect the
document it produces::

    from newsmill.testing import run_plugin

    def test_marks_greetings():
        doc = run_plugin("hello", "hello world")          # entry-point name, module path or object
        assert [m.surface for m in doc.mentions] == ["hello"]

With pytest, the fixtures ``pipeline_factory`` and ``newsmill_run`` are
available in every test once newsmill is installed (it registers this module
under the ``pytest11`` entry point group).

By default (``only=True``) third-party plugins installed in the environment
are not loaded: the pipeline holds the built-ins and the plugins you name,
so the result does not depend on what else is installed.  ``minimal=True``
also blocks every built-in beyond :data:`MINIMAL_BUILTINS` (the plain-text
reader, whole-document segmenter, JSONL writer and serial executor), to see
what your plugin does on its own.
"""

from __future__ import annotations

import importlib.metadata as md
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsmill.core.model import Document
from newsmill.core.pipeline import Pipeline

__all__ = ["MINIMAL_BUILTINS", "assert_traceable", "builtin_plugins", "make_pipeline",
           "problems_of", "run_plugin"]

#: The built-ins that make a pipeline run end to end on plain UTF-8 text.
MINIMAL_BUILTINS = ("files", "read-text", "segment-whole", "jsonl", "exec-serial")


def builtin_plugins() -> list[str]:
    """Names of the plugins the ``newsmill`` distribution registers (its built-ins)."""
    return sorted(ep.name for ep in md.entry_points(group="newsmill")
                  if ep.dist is not None and ep.dist.name.lower() == "newsmill")


def _as_list(plugins: Any) -> list[Any]:
    if plugins is None:
        return []
    if isinstance(plugins, (str, bytes)) or not isinstance(plugins, Sequence):
        return [plugins]
    return list(plugins)


def make_pipeline(plugins: Any = (), *, only: bool = True, minimal: bool = False,
                  disable: Sequence[str] = (), config: Mapping[str, Any] | None = None,
                  strict: bool = True) -> Pipeline:
    """A :class:`Pipeline` with ``plugins`` added to the built-ins.

    ``plugins`` is one plugin or a list: entry-point names, module paths,
    modules or objects with ``@hookimpl`` methods.  ``only=False`` also loads
    every installed third-party plugin; ``minimal=True`` blocks the built-ins
    beyond :data:`MINIMAL_BUILTINS`.  ``strict`` (default) raises
    :class:`~newsmill.core.plugins.PluginLoadError` when a named plugin
    cannot be loaded, instead of recording it as failed.
    """
    plugins = _as_list(plugins)
    block = list(disable)
    if minimal:
        named = {p for p in plugins if isinstance(p, str)}
        block += [b for b in builtin_plugins() if b not in MINIMAL_BUILTINS and b not in named]
    return Pipeline(plugins=plugins, disable=block, config=config,
                    autoload=False if only else None, strict_plugins=strict)


def run_plugin(plugins: Any, text: str | os.PathLike, *, only: bool = True,
               minimal: bool = False, disable: Sequence[str] = (),
               config: Mapping[str, Any] | None = None,
               stages: Sequence[str] | None = None, allow_errors: bool = False,
               **meta: Any) -> Document:
    """Process ``text`` (or a file path) with the built-ins plus ``plugins``; return the document.

    ``only``, ``minimal``, ``disable`` and ``config`` are as for
    :func:`make_pipeline`.  ``stages`` limits the per-document stages run (e.g. ``("clean",)``);
    ``meta`` sets document metadata such as ``pub_date``.  Unless
    ``allow_errors`` is set, a document with errors raises ``AssertionError``
    listing them, so a plugin that raises fails the test with its message.
    """
    pipeline = make_pipeline(plugins, only=only, minimal=minimal, disable=disable, config=config)
    if isinstance(text, os.PathLike):
        doc = pipeline.process(Path(text))
    elif stages is None:
        doc = pipeline.process(text, **meta) if meta else pipeline.process(text)
    else:
        doc = pipeline.process_document(Document.from_text(text, **meta), stages=stages)
    if not allow_errors and doc.failed:
        raise AssertionError("document has errors:\n" + "\n".join(problems_of(doc)))
    return doc


def problems_of(doc: Document) -> list[str]:
    """The document's errors and warnings as ``level stage (plugin): message`` lines."""
    return [f"{p.level} {p.stage} ({p.plugin}): {p.message}" for p in doc.problems]


def assert_traceable(doc: Document) -> None:
    """Check that every article, mention and evidence span points at the right raw text.

    Raises ``AssertionError`` naming the first span that does not: raw spans
    must lie inside ``doc.raw``, evidence text must equal the raw text of its
    span, and a mention's cleaned span must lie inside the cleaned text.
    """
    raw_len, clean_len = len(doc.raw), len(doc.clean)

    def span_ok(what: str, start: int, end: int, raw_start: int, raw_end: int) -> None:
        assert 0 <= start <= end <= clean_len, f"{what}: cleaned span ({start}, {end}) out of text"
        assert 0 <= raw_start <= raw_end <= raw_len, f"{what}: raw span ({raw_start}, {raw_end}) out of text"
        assert (raw_start, raw_end) == doc.raw_span(start, end), f"{what}: raw span does not match the map"

    for a in doc.articles:
        span_ok(f"article {a.index}", a.start, a.end, a.raw_start, a.raw_end)
    for m in doc.mentions:
        span_ok(f"mention {m.id} ({m.kind})", m.start, m.end, m.raw_start, m.raw_end)
        assert m.producer, f"mention {m.id}: no producer stamp"
    evidence = [(f"record {r.id}", e) for r in doc.records for e in r.evidence]
    evidence += [(f"record {r.id} field {k}", e) for r in doc.records
                 for k, f in r.fields.items() for e in f.evidence]
    evidence += [(f"article {a.index} {k}", e) for a in doc.articles for k, e in a.evidence.items()]
    for what, e in evidence:
        span_ok(what, e.start, e.end, e.raw_start, e.raw_end)
        assert e.text == doc.raw[e.raw_start:e.raw_end], f"{what}: evidence text is not the raw text"


try:  # the fixtures, when pytest is present
    import pytest
except ImportError:  # pragma: no cover
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def pipeline_factory() -> Iterator[Callable[..., Pipeline]]:
        """A function building isolated pipelines: ``pipeline_factory(plugins, only=True, config=...)``."""
        yield make_pipeline

    @pytest.fixture
    def newsmill_run() -> Iterator[Callable[..., Document]]:
        """:func:`run_plugin` as a fixture: ``newsmill_run(plugin, text, ...) -> Document``."""
        yield run_plugin
