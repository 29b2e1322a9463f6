"""Helpers for the numeric-mention tests: the shared-data path and cleaned corpus pages."""

from __future__ import annotations

from pathlib import Path

from newsmill import Pipeline
from newsmill.core.model import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def cleaning_pipeline() -> Pipeline | None:
    """A pipeline with the built-in cleaning plugins, or None when they are not installed."""
    p = Pipeline(disable=["hello"])
    names = p.stages().get("clean", [])
    return p if "clean-t2s" in names and "clean-pinyin" in names else None


def clean_page(p: Pipeline, raw: str) -> str:
    """The cleaned text of a raw page (only the ``clean`` stage runs)."""
    return p.process_document(Document.from_text(raw), stages=["clean"]).clean
