"""Cleaner: remove inline pinyin reading aids such as ``區(qū)`` and ``經(jīng)濟(jì)``.

A parenthesised single tone-marked syllable is an annotation; real
parentheses (``(一期)``, ``(记者 张三)``, ``(AI)``) never match.  When the
``(`` of an annotation was eaten by mojibake, the tail ``zhàn)`` directly
after a ``?`` is removed too (the ``?`` stays for the mojibake cleaner).
"""

from __future__ import annotations

from re import Match

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.pinyin import (
    ANNOTATION_RE,
    ASCII_ANNOTATION_RE,
    TAIL_RE,
    TONE_LETTER_RE,
    broken_annotations,
)

#: Default position in the cleaning chain (before script conversion).
PRIORITY = 20


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after the mojibake repair and before script conversion."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_clean(step: CleanStep) -> None:
    """Delete every pinyin annotation (and orphaned ``syl)`` tails after ``?``, and annotations a
    line break cut in two, with the break)."""
    text = step.text
    toned = False  # known to hold a tone-marked letter
    if "（" in text:
        if TONE_LETTER_RE.search(text) is None:
            return
        pattern, toned = ANNOTATION_RE, True
    else:  # the same matches, found from a literal "(" (no tone letter: no match, no tail)
        pattern = ASCII_ANNOTATION_RE
    # one edit per annotation: a page in reading-aid style has thousands, handed over in bulk
    tails = []
    if "?" in text:
        for q in _question_marks(text):
            m = TAIL_RE.match(text, q + 1)
            if m:
                tails.append(m.span())
    # an annotation a break cut needs a tone letter too: most pages have none, and skip the scan
    broken = broken_annotations(text) if toned or ("(" in text and TONE_LETTER_RE.search(text)) else []
    if not tails and not broken:
        step.delete_matches(pattern)
        return
    spans = list(map(Match.span, pattern.finditer(text)))
    spans += tails
    spans += broken
    spans.sort()
    step.delete_spans(spans)


def _question_marks(text: str) -> list[int]:
    out = []
    i = text.find("?")
    while i >= 0:
        out.append(i)
        i = text.find("?", i + 1)
    return out
