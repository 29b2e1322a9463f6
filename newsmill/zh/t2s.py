"""Traditional to Simplified script with OpenCC ``t2s``, plus a small fix-list for mainland usage.

OpenCC's ``t2s`` is character and phrase based and leaves Simplified text
byte-identical.  Its one defect on mainland economic news is the particle
着: ``著力`` stays ``著力`` (mainland standard 着力).  :data:`FIXES` corrects
that for words where 着 is a verb or aspect particle, never touching 著 in
显著 / 著名 / 著作 / 卓著.  Fixes apply only to paragraphs that OpenCC
changed, so a Simplified page is never altered.

:func:`simplify_edits` returns the changes as edits a cleaner can report:
whole lines replaced character for character where OpenCC kept the length
(the usual case), changed runs found with :mod:`difflib` elsewhere.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from newsmill.zh.gazetteer import division_names

#: Words in which Traditional 著 is Simplified 着 (verb/particle readings zhuó, zhe, zháo).
FIXES: dict[str, str] = {
    w: w.replace("著", "着")
    for w in (
        "著力", "著手", "著眼", "著重", "著陆", "著落", "著实", "著想", "著装", "著意",
        "跟著", "随著", "沿著", "朝著", "向著", "接著", "本著", "顺著", "凭著", "靠著",
        "意味著", "看著", "带著", "守著", "围绕著", "伴随著", "紧接著", "等著", "忙著",
        "有著", "存在著", "发挥著", "起著", "肩负著", "推动著", "引领著",
    )
}
#: Hong Kong forms of characters that ``t2s`` leaves as they are (``衞星`` stays, mainland 卫星):
#: read as the Simplified character in paragraphs the converter changed.
HK_VARIANTS = str.maketrans({"衞": "卫", "敍": "叙", "粧": "妆", "衹": "只"})
#: How far a word of :data:`FIXES` reaches on either side of its 著.
_FIX_REACH = max(len(w) for w in FIXES) - 1
_FIX_RE = re.compile("|".join(sorted(map(re.escape, FIXES), key=len, reverse=True)))


@lru_cache(maxsize=4)
def converter(config: str = "t2s") -> Any:  # opencc has no type stubs
    """The OpenCC converter for ``config`` (built once per process)."""
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=4)
def kept_names(config: str = "t2s") -> Any:
    """A pattern of the mainland place names that the converter would change, or None.

    A division's name is printed as the mainland writes it: ``乾安县`` is no Traditional
    ``乾`` (dry) to turn into ``干``.  The names come from the gazetteer's table of divisions
    (names and short names), kept where the converter alters them.
    """
    cc = converter(config)
    changed = sorted((n for n in division_names() if cc.convert(n) != n), key=len, reverse=True)
    return re.compile("|".join([*map(re.escape, changed), _TOWN_WITH_QIAN]))


#: A township's or village's name with ``乾`` (``乾丰镇``, ``乾元乡``, ``乾沟村``): no gazetteer of
#: divisions lists them, and ``乾`` there is a name, never ``干`` (dry); only the ``乾`` is kept.
_TOWN_WITH_QIAN = r"乾(?=[\u4e00-\u9fff]{1,2}?(?:镇|乡|村|鎮|鄉))"


def keep_names(original: str, converted: str, config: str = "t2s") -> str:
    """``converted`` with the place names of :func:`kept_names` written back as printed.

    Only lines that kept their length are touched, character for character.
    """
    pattern = kept_names(config)
    if pattern is None or not pattern.search(original):
        return converted
    if len(original) == len(converted):
        return _put_back(pattern, original, converted)
    o_lines, c_lines = original.split("\n"), converted.split("\n")
    if len(o_lines) != len(c_lines):
        return converted
    return "\n".join(_put_back(pattern, o, c) if len(o) == len(c) else c
                     for o, c in zip(o_lines, c_lines))


def _put_back(pattern: re.Pattern[str], original: str, converted: str) -> str:
    """Copy each match of ``pattern`` in ``original`` over the same span of ``converted``."""
    out = converted
    for m in pattern.finditer(original):
        out = out[: m.start()] + m.group() + out[m.end():]
    return out


def simplify(text: str, config: str = "t2s") -> str:
    """``text`` in Simplified script (OpenCC plus the fix-list, place names kept)."""
    converted = converter(config).convert(text)
    if converted == text:
        return converted
    converted = keep_names(text, converted, config)
    return converted if converted == text else _apply_fixes(text, converted)


def simplify_edits(text: str, config: str = "t2s") -> Iterator[tuple[int, int, str, bool]]:
    """Edits ``(start, end, replacement, aligned)`` turning ``text`` Simplified.

    Lines that keep their length are one aligned edit each (character for
    character; a page whose every line keeps its length is one edit); a line
    whose length OpenCC changed is split into changed runs with :mod:`difflib`.
    """
    converted = simplify(text, config)
    if converted == text:
        return
    if len(converted) == len(text):
        if list(map(len, text.split("\n"))) == list(map(len, converted.split("\n"))):
            yield 0, len(text), converted, True
            return
    pos = 0
    cc = converter(config)
    for line in text.splitlines(keepends=True):
        conv = keep_names(line, cc.convert(line), config)
        if conv != line:
            conv = _apply_fixes(line, conv)
            if len(conv) == len(line):
                yield pos, pos + len(line), conv, True
            else:
                for a, b, new in _diff_runs(line, conv, pos):
                    yield a, b, new, False
        pos += len(line)


def simplify_runs(text: str, config: str = "t2s") -> Iterator[tuple[int, int, str]]:
    """Runs of changed characters ``(start, end, replacement)``, sorted, never overlapping."""
    for start, end, new, aligned in simplify_edits(text, config):
        if aligned:
            yield from _aligned_runs(text[start:end], new, start)
        else:
            yield start, end, new


def _apply_fixes(original: str, converted: str) -> str:
    """Apply :data:`FIXES` and :data:`HK_VARIANTS` inside paragraphs that the converter changed."""
    converted = converted.translate(HK_VARIANTS)
    if "著" not in converted or not _has_fix(converted):
        return converted
    o_lines = original.split("\n")
    c_lines = converted.split("\n")
    if len(o_lines) != len(c_lines):
        return _FIX_RE.sub(lambda m: FIXES[m.group()], converted)
    parts = []
    for o, c in zip(o_lines, c_lines):
        parts.append(_FIX_RE.sub(lambda m: FIXES[m.group()], c) if o != c and "著" in c else c)
    return "\n".join(parts)


def _has_fix(text: str) -> bool:
    """True when a word of :data:`FIXES` occurs in ``text`` (as ``_FIX_RE.search`` says).

    Every such word holds 著, so only the few characters around each 著 are searched.
    """
    reach = _FIX_REACH
    i = text.find("著")
    while i >= 0:
        if _FIX_RE.search(text, max(0, i - reach), i + reach + 1):
            return True
        i = text.find("著", i + 1)
    return False


def _aligned_runs(old: str, new: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """Runs of differing characters between two strings of equal length."""
    diffs = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
    if not diffs:
        return
    start = prev = diffs[0]
    for i in diffs[1:]:
        if i != prev + 1:
            yield offset + start, offset + prev + 1, new[start:prev + 1]
            start = i
        prev = i
    yield offset + start, offset + prev + 1, new[start:prev + 1]


def _diff_runs(old: str, new: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """Changed runs between two strings of different lengths (difflib alignment)."""
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            yield offset + i1, offset + i2, new[j1:j2]
