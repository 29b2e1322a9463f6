"""Finding a handful of words in a text without compiling a regex for them.

Annotators look for words learned from the document itself (a company's short
forms, the names of people found once).  A regex alternation built for them is
compiled anew for every document (``re``'s cache only helps when texts repeat),
and compiling costs far more than searching.  :func:`find_words` gives the same
matches as ``re.finditer`` over the alternation sorted longest first.

>>> find_words("美裕集团与美裕签约", ["美裕", "美裕集团"])
[(0, 4, '美裕集团'), (5, 7, '美裕')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def find_words(text: str, words: Iterable[str], start: int = 0,
               end: int | None = None) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping ``(start, end, word)`` occurrences of non-empty
    ``words`` inside ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    hits: list[tuple[int, int, str]] = []
    for word in words:
        if not word:
            continue
        n = len(word)
        i = text.find(word, start, end)
        while i >= 0:
            hits.append((i, -n, word))
            i = text.find(word, i + 1, end)
    hits.sort()
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for i, neg, word in hits:
        if i >= last_end:
            last_end = i - neg
            out.append((i, last_end, word))
    return out


def finditer_from(pattern: re.Pattern[str], text: str, first: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches start with one of the few
    characters ``first`` and are never empty: ``str.find`` skips to the candidates,
    which is several times faster than the regex scan when they are rare."""
    if len(first) == 1:
        starts = list(_positions(text, first))
    else:
        starts = sorted(i for ch in first for i in _positions(text, ch))
    return matches_at(pattern, text, starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches empty, given, in order,
    every position where a match can start: the pattern is tried only there."""
    last = 0
    for i in starts:
        if i < last:
            continue
        m = pattern.match(text, i)
        if m is not None:
            last = m.end()
            yield m


def _positions(text: str, ch: str) -> Iterator[int]:
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


__all__ = ["find_words", "finditer_from", "matches_at"]
