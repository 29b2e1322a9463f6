"""Real corpus pages for mention tests, cleaned by the installed cleaning plugins when present.

Until the cleaning plugins are installed, a minimal local normalization is
applied (pinyin annotations removed, Traditional to Simplified with OpenCC).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_PINYIN = re.compile(r"\([a-zA-Züêāēīōūǖáéíóúǘǎěǐǒǔǚàèìòùǜ]+\)")


def pages() -> list[Path]:
    """The corpus pages that have a gold file (empty when shared data is absent: tests are skipped)."""
    corpus = SHARED / "corpus"
    return sorted(p for p in corpus.glob("*.txt")
                  if (SHARED / "gold" / f"{p.stem}.json").exists())


def gold(page: Path) -> dict:
    """The gold annotation of a page."""
    return json.loads((SHARED / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))


@cache
def processed(page: Path):
    """The page run through the installed pipeline (annotators included)."""
    from newsmill import Pipeline

    nlp = Pipeline()
    raw = page.read_text(encoding="utf-8")
    if not any(name.startswith("clean-") for name in nlp.stages().get("clean", [])):
        opencc = pytest.importorskip("opencc")
        raw = opencc.OpenCC("t2s").convert(_PINYIN.sub("", raw))
    return nlp.process(raw)
