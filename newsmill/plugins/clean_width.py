"""Cleaner: character width and the canonical form of Chinese punctuation.

* Full-width Latin letters and digits become ASCII (``２０２３`` → ``2023``),
  and so do full-width symbols that are not Chinese punctuation (``％`` → ``%``).
* A full stop ``.`` ending a Chinese sentence becomes ``。`` (``举行.该项目``).
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
    HAN,
    HAN_RE,
    char_class,
    is_chinese,
)

#: Default position in the cleaning chain.
PRIORITY = 40
#: Full-width letters, digits and symbols → ASCII (a C-speed ``str.translate`` table).
WIDE_TABLE = {c: c - FULLWIDTH_OFFSET for c in
              [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B),
               *map(ord, FULLWIDTH_SYMBOLS)]}
#: Runs of full-width letters, digits and symbols, ``[c]+`` written ``[c][c]*``: a pattern
#: starting with a class (not a repeat) lets ``re`` skip ahead to candidate characters.
_ANY_WIDE_RE = re.compile(f"{char_class(WIDE_TABLE)}{char_class(WIDE_TABLE)}*")
#: The keys of :data:`WIDE_TABLE` (all U+FFxx) as UTF-16-BE bytes: ``FF`` and the low byte.
#: A bytes pattern opening with a literal is scanned far faster than a class over the text.
_WIDE_BYTES_RE = re.compile(
    b"\xff[" + b"".join(re.escape(bytes([c & 0xFF])) for c in sorted(WIDE_TABLE)) + b"]")
#: A full-width point between digits, also at a line break inside a number (``186．`` ⏎ ``3亿元``).
_WIDE_DOT_RE = re.compile("(?<=[0-9])\uff0e(?=\n?[0-9])")
_CJK_CLASS = f"[{HAN}{re.escape(CJK_PUNCT)}]"
#: ``, ; : ? !`` with a Chinese character on either side, or one blank away from it in a line
#: spaced out letter by letter (``全 市 , 工 业``); never between two digits.
PUNCT_RES = {ch: re.compile(f"{re.escape(ch)}(?:(?<={_CJK_CLASS}{re.escape(ch)})"
                            f"|(?<={_CJK_CLASS} {re.escape(ch)})|(?= ?{_CJK_CLASS}|\n{_CJK_CLASS}))")
             for ch in ",;:?!"}
#: The same marks with no Chinese character on either side: where :data:`PUNCT_RES` leaves
#: them.  A page without any has every such mark replaced (one ``str.replace``).
_PUNCT_KEPT_RES = {ch: re.compile(f"{re.escape(ch)}(?<!{_CJK_CLASS}{re.escape(ch)})"
                                  f"(?<!{_CJK_CLASS} {re.escape(ch)})(?! ?{_CJK_CLASS}|\n{_CJK_CLASS})")
                   for ch in PUNCT_RES}
#: An ASCII full stop ending a Chinese sentence: after a Chinese character (or ``%``, a closing
#: bracket or quote) and before a Chinese character, an opening quote or the line's end
#: (``举行.该项目``, ``增长9.5%.``), also after an ASCII closing bracket that closes Chinese text
#: (``(力争…达到80%以上).``: brackets are made full-width after this rule); never between digits
#: (``12.5``) or in Latin text (``No.1``, ``(Ltd.)``).
_FULL_STOP_RE = re.compile(rf"\.(?:(?<=[{HAN}%）”」]\.)|(?<=[{HAN}%]\)\.))(?=[{HAN}“「（]|\n|$)")
#: A full-width point ending a Chinese sentence (``增长9.5%．``), in the places of :data:`_FULL_STOP_RE`.
_WIDE_STOP_RE = re.compile(rf"\uff0e(?:(?<=[{HAN}%）”」]\uff0e))(?=[{HAN}“「（]|\n|$)")
_PAREN_RE = re.compile("[()（）]")
_QUOTE_RE = re.compile("[\"'\uff02\uff07]")
_QUOTES = {'"': ("“", "”"), "'": ("‘", "’")}
_STRAIGHT = {'"': '"', "'": "'", "\uff02": '"', "\uff07": "'"}


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after script conversion and before space and line-break repair."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``punctuation``: ``fullwidth`` (canonical) or ``keep`` (only fix letters and digits)."""
    return {"punctuation": Option(str, "fullwidth", "Chinese punctuation form: fullwidth or keep")}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Report width and punctuation changes as one character-for-character substitution."""
    text = step.text
    new = normalize(text, options.get("punctuation", "fullwidth") == "fullwidth")
    if new != text:
        step.substitute(0, len(text), new)


def normalize(text: str, punctuation: bool = True) -> str:
    """``text`` with canonical widths (same length: every change is one character for one)."""
    new = _ANY_WIDE_RE.sub(_halfwidth, text) if _may_have_wide(text) else text
    if "\uff0e" in new:
        new = _WIDE_DOT_RE.sub(".", new)
    if not punctuation:
        return new
    for ch, rx in PUNCT_RES.items():
        if ch in new:
            if _PUNCT_KEPT_RES[ch].search(new) is None:
                new = new.replace(ch, ASCII_TO_CJK[ch])
            else:
                new = rx.sub(ASCII_TO_CJK[ch], new)
    if "." in new:
        new = _FULL_STOP_RE.sub("。", new)
    if "\uff0e" in new:
        new = _WIDE_STOP_RE.sub("。", new)
    if "(" in new or ")" in new:
        new = _parentheses(new)
    if '"' in new or "'" in new or "\uff02" in new or "\uff07" in new:  # what _QUOTE_RE finds
        new = _put(new, _quotes(new, [m.start() for m in _QUOTE_RE.finditer(new)]))
    return new


def _may_have_wide(text: str) -> bool:
    """True when ``text`` holds a key of :data:`WIDE_TABLE` (what ``_ANY_WIDE_RE.search`` says).

    A match at an odd offset straddles two characters (one ending in byte ``FF``) and is skipped.
    """
    for m in _WIDE_BYTES_RE.finditer(text.encode("utf-16-be", "surrogatepass")):
        if not m.start() & 1:
            return True
    return False


def _halfwidth(m: re.Match[str]) -> str:
    return m.group().translate(WIDE_TABLE)


def _put(text: str, changes: list[tuple[int, str]]) -> str:
    """``text`` with single characters replaced at the given positions."""
    if not changes:
        return text
    parts, pos = [], 0
    for i, ch in sorted(changes):
        parts.append(text[pos:i])
        parts.append(ch)
        pos = i + 1
    parts.append(text[pos:])
    return "".join(parts)


def _parentheses(text: str) -> str:
    """Full-width parentheses for pairs (and strays) standing in Chinese text."""
    changes: list[tuple[int, str]] = []
    opens: list[int] = []
    n = len(text)
    for i in _positions(text, "()（）"):
        ch = text[i]
        if ch in "(（":
            opens.append(i)
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if opens:
            o = opens.pop()
            if text[o] == "(" or ch == ")":
                before = text[o - 1] if o else ""
                if text[o] == "（" or ch == "）" or is_chinese(before) or is_chinese(nxt) \
                        or HAN_RE.search(text, o + 1, i):
                    changes += [(o, "（"), (i, "）")]
        elif ch == ")" and (is_chinese(text[i - 1] if i else "") or is_chinese(nxt)):
            changes.append((i, "）"))
    for o in opens:
        around = (text[o - 1] if o else "", text[o + 1] if o + 1 < n else "")
        if text[o] == "(" and (is_chinese(around[0]) or is_chinese(around[1])):
            changes.append((o, "（"))
    return _put(text, [c for c in changes if text[c[0]] != c[1]])


def _positions(text: str, chars: str) -> list[int]:
    """Sorted positions of every occurrence of the given characters (what a class regex finds)."""
    found = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    return sorted(found)


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
