"""Cleaner: stray spaces from PDF text (``天然 气``, ``292 亿元``), removed only where the page shows them.

Chinese running text has no spaces between characters, but real separators
exist: names in bylines (``(记者 陈家明)``), the space after a dateline
(``本报讯 近日``), the gap between the two parts of a headline, photo
credits.  So the cleaner

1. looks only at lines of running text (see :func:`newsmill.zh.layout.is_running_text`),
   never at titles, bylines or credits, and skips byline groups in parentheses
   and the space after a ``…讯`` dateline;
2. counts spaces standing between two Chinese characters, or between a
   Chinese character and a digit, in those lines;
3. removes them only when the page shows the noise: at least ``min_count``
   such spaces and at least ``min_per_mille`` per thousand Han characters of
   running text.

Whitespace at the ends of lines (indentation with U+3000, trailing blanks)
is removed on every page.
"""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.layout import is_byline, is_credit, is_heading_marker, is_running_text, iter_lines
from newsmill.zh.script import CJK_PUNCT, HAN, ODD_SPACES

#: Default position in the cleaning chain.
PRIORITY = 50
_CJK = f"{HAN}{re.escape(CJK_PUNCT)}"
_SPACE = f"[ \\t{ODD_SPACES}]+"
#: A space run between Chinese characters, or between Chinese and a digit (either order).
STRAY_RE = re.compile(
    f"(?<=[{_CJK}]){_SPACE}(?=[{_CJK}0-9])|(?<=[0-9]){_SPACE}(?=[{_CJK}])")
#: Parenthesised groups that hold names (bylines, credits): spaces there are separators.
_NAME_GROUP_RE = re.compile(r"[(（][^()（）\n]{0,40}[)）]")
_DATELINE_RE = re.compile(f"^[{HAN}]{{0,14}}讯{_SPACE}")
_HAN_RE = re.compile(f"[{HAN}]")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after width normalisation and before line joining."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Density gate of the stray-space removal."""
    return {
        "min_count": Option(int, 3, "fewest stray spaces on a page before any is removed"),
        "min_per_mille": Option(float, 1.0, "fewest stray spaces per 1000 Han characters of running text"),
    }


def stray_spaces(text: str) -> tuple[list[tuple[int, int]], int]:
    """Candidate stray-space spans in running-text lines, and the Han count of those lines."""
    spans: list[tuple[int, int]] = []
    han = 0
    for line in iter_lines(text):
        s = line.text
        if not s or is_heading_marker(s) or is_byline(s) or is_credit(s) or not is_running_text(s):
            continue
        han += len(_HAN_RE.findall(s))
        if " " not in s and not any(c in s for c in ODD_SPACES):
            continue
        protected = [(m.start(), m.end()) for m in _NAME_GROUP_RE.finditer(s)]
        d = _DATELINE_RE.match(s)
        if d:
            protected.append((0, d.end()))
        for m in STRAY_RE.finditer(s):
            if any(a <= m.start() < b for a, b in protected):
                continue
            spans.append((line.text_start + m.start(), line.text_start + m.end()))
    return spans, han


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Trim line ends everywhere; remove stray inner spaces on pages that show the noise."""
    text = step.text
    edits: list[tuple[int, int]] = []
    for line in iter_lines(text):
        if line.blank:
            if line.end > line.start:
                edits.append((line.start, line.end))
            continue
        if line.text_start > line.start:
            edits.append((line.start, line.text_start))
        if line.end > line.text_end:
            edits.append((line.text_end, line.end))
    spans, han = stray_spaces(text)
    if len(spans) >= options.get("min_count", 3) and han and \
            len(spans) * 1000 / han >= options.get("min_per_mille", 1.0):
        edits.extend(spans)
    for start, end in sorted(edits):
        step.delete(start, end)
