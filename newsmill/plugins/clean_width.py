"""Cleaner: character width and the canonical form of Chinese punctuation.

* Full-width Latin letters and digits become ASCII (``２０２３`` → ``2023``),
  and so do full-width symbols that are not Chinese punctuation (``％`` → ``%``).
* Inside Chinese text the punctuation marks ``, ; : ? ! ( )`` take their
  full-width form (``，；：？！（）``), as in GB/T 15834; between digits or
  inside Latin text they stay ASCII (``1,200``, ``10:30``, ``Apple (US)``).
  Parentheses are converted as pairs, so a pair never ends up mixed.
* ASCII double and single quotes inside Chinese text become curly quotes,
  opening and closing in turn within the line (lines with an odd count are
  left alone).

Every change is one character for one character, so offsets map one to one.
"""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.script import (
    ASCII_TO_CJK,
    CJK_PUNCT,
    FULLWIDTH_OFFSET,
    FULLWIDTH_SYMBOLS,
    HAN_RE,
)

#: Default position in the cleaning chain.
PRIORITY = 40
_WIDE_RE = re.compile(f"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a{FULLWIDTH_SYMBOLS}]|\uff0e(?=[0-9０-９])")
_PUNCT_RE = re.compile("[,;:?!()\"'\uff02\uff07]")
_CJK_SET = frozenset(CJK_PUNCT)
_QUOTES = {'"': ("“", "”"), "'": ("‘", "’")}
_STRAIGHT = {'"': '"', "'": "'", "\uff02": '"', "\uff07": "'"}


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after Traditional→Simplified and before space and line-break repair."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``punctuation``: ``fullwidth`` (canonical) or ``keep`` (only fix letters and digits)."""
    return {"punctuation": Option(str, "fullwidth", "Chinese punctuation form: fullwidth or keep")}


def _chinese(ch: str) -> bool:
    return bool(ch) and (ch in _CJK_SET or HAN_RE.match(ch) is not None)


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Report one-for-one replacements for width and punctuation."""
    text = step.text
    for m in _WIDE_RE.finditer(text):
        ch = m.group()
        step.replace(m.start(), m.end(), chr(ord(ch) - FULLWIDTH_OFFSET))
    if options.get("punctuation", "fullwidth") != "fullwidth":
        return
    marks = [m.start() for m in _PUNCT_RE.finditer(text)]
    if not marks:
        return
    for i, new in _punctuation(text, marks):
        step.replace(i, i + 1, new)
    for i, new in _quotes(text, marks):
        step.replace(i, i + 1, new)


def _punctuation(text: str, marks: list[int]) -> list[tuple[int, str]]:
    """Full-width forms for ``, ; : ? ! ( )`` standing in Chinese text."""
    out: list[tuple[int, str]] = []
    opens: list[int] = []
    n = len(text)
    for i in marks:
        ch = text[i]
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "(":
            opens.append(i)
            continue
        if ch == ")":
            if opens:
                o = opens.pop()
                before = text[o - 1] if o else ""
                inner = text[o + 1:i]
                if _chinese(before) or _chinese(nxt) or HAN_RE.search(inner):
                    out.append((o, "（"))
                    out.append((i, "）"))
            elif _chinese(prev) or _chinese(nxt):
                out.append((i, "）"))
            continue
        if ch not in ASCII_TO_CJK:
            continue
        if prev.isdigit() and nxt.isdigit() and ch in ",:":
            continue
        if _chinese(prev) or _chinese(nxt):
            out.append((i, ASCII_TO_CJK[ch]))
    for o in opens:
        nxt = text[o + 1] if o + 1 < n else ""
        prev = text[o - 1] if o else ""
        if _chinese(prev) or _chinese(nxt):
            out.append((o, "（"))
    out.sort()
    return out


def _quotes(text: str, marks: list[int]) -> list[tuple[int, str]]:
    """Curly quotes for straight ones (ASCII or full-width) in lines of Chinese text (even counts only)."""
    out: list[tuple[int, str]] = []
    by_line: dict[tuple[int, str], list[int]] = {}
    for i in marks:
        q = _STRAIGHT.get(text[i])
        if q is None:
            continue
        line = text.rfind("\n", 0, i)
        by_line.setdefault((line, q), []).append(i)
    for (line, q), idx in by_line.items():
        if len(idx) % 2:
            continue
        end = text.find("\n", idx[-1])
        segment = text[line + 1:end if end >= 0 else len(text)]
        if not HAN_RE.search(segment):
            continue
        if q == "'" and not _pairs_wrap_chinese(text, idx):
            continue
        for k, i in enumerate(idx):
            out.append((i, _QUOTES[q][k % 2]))
    return out


def _pairs_wrap_chinese(text: str, idx: list[int]) -> bool:
    """True when every single-quote pair encloses Chinese (not English apostrophes)."""
    for a, b in zip(idx[::2], idx[1::2]):
        if not HAN_RE.search(text[a + 1:b]):
            return False
    return True
