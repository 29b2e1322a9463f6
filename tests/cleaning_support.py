"""Shared helpers of the cleaning tests: pipelines with chosen cleaners, shared data, body text."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from newsmill import Pipeline
from newsmill.core.model import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SAMPLES = REPO / "samples"
CLEANERS = ("clean-mojibake", "clean-pinyin", "clean-t2s", "clean-width", "clean-columns", "clean-spaces",
            "clean-markdown", "clean-furniture", "clean-linebreaks")
NON_BODY = ("furniture", "caption")


@lru_cache(maxsize=32)
def pipeline(only: tuple[str, ...] | None = None, without: tuple[str, ...] = ()) -> Pipeline:
    """A pipeline with the given cleaners only (all when None), minus ``without``."""
    keep = set(CLEANERS if only is None else only) - set(without)
    return Pipeline(disable=["hello", *(c for c in CLEANERS if c not in keep)])


def clean(text: str, only: tuple[str, ...] | None = None, without: tuple[str, ...] = ()) -> Document:
    """Run only the cleaning stage on ``text``."""
    doc = Document.from_text(text)
    return pipeline(only, tuple(without)).process_document(doc, stages=("clean",))


def body_text(doc: Document, kinds: tuple[str, ...] = NON_BODY) -> str:
    """The cleaned text without the flagged regions of ``kinds`` (furniture, captions)."""
    spans = sorted(doc.clean_span(r.raw_start, r.raw_end) for r in doc.regions_of(*kinds))
    parts, pos = [], 0
    for a, b in spans:
        parts.append(doc.clean[pos:a])
        pos = max(pos, b)
    parts.append(doc.clean[pos:])
    return "".join(parts)


def corpus_pages() -> list[Path]:
    """The real pages that have a gold file (empty when ``shared/`` is absent)."""
    if not CORPUS.is_dir():
        return []
    return [p for p in sorted(CORPUS.glob("*.txt")) if (GOLD / f"{p.stem}.json").is_file()]


def gold_cleaning(page: Path) -> dict:
    """The ``cleaning`` part of a page's gold file."""
    return json.loads((GOLD / f"{page.stem}.json").read_text(encoding="utf-8"))["cleaning"]


def find_all(text: str, needle: str) -> list[int]:
    """Every start position of ``needle`` in ``text``."""
    return [m.start() for m in re.finditer(re.escape(needle), text)]
