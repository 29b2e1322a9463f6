"""Surface-form normalization for comparing Chinese strings leniently.

Two strings that differ only in spaces, punctuation width, script
(Traditional/Simplified), inline pinyin annotations such as ``區(qū)`` or
line breaks compare equal after :func:`norm`.  :class:`Locator` finds a
string in a raw page under the same leniency and returns raw spans.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONED = "".join(("āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ", "üê"))
_PINYIN = re.compile(r"[(（]\s*[a-zA-Z" + _TONED + r"]{1,7}\s*[)）]")
_DROP = re.compile(r"[\s\u3000]+")


@functools.lru_cache(maxsize=1)
def _converter():  # pragma: no cover - depends on the optional package
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to Simplified script when opencc is installed (else the text unchanged)."""
    conv = _converter()
    if conv is None or not text:
        return text
    out = conv.convert(text)
    return out if len(out) == len(text) else "".join(conv.convert(c) for c in text)


def _char(c: str) -> str:
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


def norm(text: str | None) -> str:
    """Lenient key of a string: no pinyin, no spaces, half-width, simplified, lower case."""
    if not text:
        return ""
    text = _PINYIN.sub("", text)
    text = _DROP.sub("", text)
    text = "".join(_char(c) for c in text)
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return to_simplified(text).lower()


_PUNCT = re.compile(r"[^\w]+")


def norm_name(text: str | None) -> str:
    """Like :func:`norm`, and without any punctuation (for names and headlines)."""
    return _PUNCT.sub("", norm(text))


def similarity(a: str, b: str) -> float:
    """Similarity of two normalized strings in [0, 1]: 1 when equal, high when one contains the other."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short in long_:
        return 0.6 + 0.4 * len(short) / len(long_)
    ba = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    bb = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(ba & bb) / (len(ba) + len(bb))


class Locator:
    """Finds strings in a raw text, exactly or under :func:`norm`, as raw spans."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        keep = [True] * len(raw)
        for m in _PINYIN.finditer(raw):
            for i in range(m.start(), m.end()):
                keep[i] = False
        chars: list[str] = []
        index: list[int] = []
        for i, c in enumerate(raw):
            if not keep[i] or c.isspace() or c == "\u3000":
                continue
            chars.append(_char(c))
            index.append(i)
        key = "".join(chars)
        key = key.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
        self.key = to_simplified(key).lower()
        self.index = index

    def find(self, needle: str) -> list[tuple[int, int]]:
        """Every raw span where ``needle`` occurs (exact matches first, else lenient ones)."""
        if not needle:
            return []
        spans = []
        i = self.raw.find(needle)
        while i >= 0:
            spans.append((i, i + len(needle)))
            i = self.raw.find(needle, i + 1)
        if spans:
            return spans
        key = norm(needle)
        if not key:
            return []
        i = self.key.find(key)
        while i >= 0:
            spans.append((self.index[i], self.index[i + len(key) - 1] + 1))
            i = self.key.find(key, i + 1)
        return spans
