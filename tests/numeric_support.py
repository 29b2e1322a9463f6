"""Helpers for the numeric-mention tests: shared-data paths and a minimal page normalizer."""

from __future__ import annotations

import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_VOWEL = "aeiouüv" + _TONE
_SYL = rf"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[{_VOWEL}]{{1,4}}(?:ng|n|r)?"
_PINYIN = re.compile(rf"[(?]((?=[a-zü]*[{_TONE}]){_SYL})\)")
_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff0-9.]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[0-9])")


def normalize_page(raw: str) -> str:
    """Pinyin annotations out, Traditional → Simplified, stray spaces between Han characters joined.

    Used until the real cleaning plugins are available in the pipeline.
    """
    import opencc

    text = _PINYIN.sub("", raw)
    text = opencc.OpenCC("t2s").convert(text)
    han = len(re.findall(r"[\u4e00-\u9fff]", text)) or 1
    if len(_HAN_SPACE.findall(text)) * 100 / han >= 1:
        text = _HAN_SPACE.sub("", text)
    return text
