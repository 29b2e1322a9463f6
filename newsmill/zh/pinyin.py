"""Patterns for Hanyu Pinyin syllables with tone marks.

Web converters that print "reading aids" put a tone-marked syllable in
parentheses after a character: ``區(qū)``, ``經(jīng)濟(jì)``.  A real parenthesis
never holds exactly one valid syllable with a tone mark, so requiring the
tone mark keeps ``(AI)``, ``(e)``, ``(一期)`` and ``(记者 张三)`` safe.
Annotations without a tone mark (``的(de)``) cannot be told from short Latin words
and are left alone.
"""

from __future__ import annotations

import re

#: Vowels carrying a tone mark (and the syllabic nasals).
TONE = "āēīōūǖáéíóúǘǎěǐǒǔǚàèìòùǜńňǹḿ"
VOWEL = TONE + "aeiouvü"
INITIAL = r"(?:zh|ch|sh|[bcdfghjklmnpqrstwxyz])"
#: One syllable: optional initial, 1–4 vowels, optional final nasal or r.
SYLLABLE = rf"{INITIAL}?[{VOWEL}]{{1,4}}(?:ng?|r)?"
#: The syllable must carry a tone mark somewhere.
_HAS_TONE = rf"(?=[a-zü]*[{TONE}])"

#: ``(qū)`` or ``（qū）``: a parenthesised tone-marked syllable.
ANNOTATION_RE = re.compile(rf"[(（]{_HAS_TONE}({SYLLABLE})[)）]")
#: The annotations that open with an ASCII ``(`` (all of them on a page without ``（``):
#: a literal first character, which ``re`` finds far faster than a class.
ASCII_ANNOTATION_RE = re.compile(rf"\({_HAS_TONE}{SYLLABLE}[)）]")
#: ``zhàn)`` with its ``(`` lost: a syllable tail directly after a ``?``.
TAIL_RE = re.compile(rf"{_HAS_TONE}({SYLLABLE})[)）]")
#: An annotation a line break cut (``(chǎn`` ⏎ ``)``, ``(ch`` ⏎ ``ǎn)``): letters, one break (a blank
#: line after it too, on a loosely spaced page), letters.
_LETTERS = rf"([a-zü{TONE}]{{0,6}})"
BROKEN_ANNOTATION_RE = re.compile(rf"[(（]{_LETTERS}[ \t]*\n(?:[ \t\u3000]*\n)?[ \t\u3000]*{_LETTERS}[)）]")
#: Any tone-marked letter (a leftover after stripping means something was missed).
TONE_LETTER_RE = re.compile(f"[{TONE}]")


def is_syllable(word: str) -> bool:
    """True when ``word`` is one tone-marked pinyin syllable."""
    return re.fullmatch(rf"{_HAS_TONE}{SYLLABLE}", word) is not None


def broken_annotations(text: str) -> list[tuple[int, int]]:
    """Spans of the annotations a line break cut in two: the letters on both sides make one
    tone-marked syllable.  The break goes with the annotation (the line went on after it)."""
    if "\n" not in text:
        return []
    return [m.span() for m in BROKEN_ANNOTATION_RE.finditer(text) if is_syllable(m.group(1) + m.group(2))]
