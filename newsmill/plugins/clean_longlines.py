"""Cleaner: break a line far longer than any paragraph at its sentence ends.

A page whose text came as one line (an export that lost its line ends, a
JSON record, a converter that joined everything) has no paragraphs, and the
record rules, which read the paragraph before each figure and each name,
then read the whole page again for every one of them: their time grows with
the square of the line's length.  The longest paragraph of the news pages
this project is tested on has under 600 characters; a line longer than
``max_line_chars`` (2,000 by default) is broken after a sentence end
(``。！？`` and a closing quote or bracket after it) each time the paragraph
would grow past the limit, else, in a run with no sentence end, after a
clause mark.  Shorter lines are never touched.  It runs last, after the
line-break cleaner has joined wrapped lines into paragraphs.
"""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl

#: Default position in the cleaning chain (after the line-break cleaner).
PRIORITY = 80

#: Where a long line may be broken: after a sentence end and the closing marks that follow it.
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)\]】]*")
#: Where it may be broken when no sentence ends in the window: after a clause mark.
_CLAUSE_END = re.compile(r"[；;，,、：:][”’」』）)\]】]*")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after every other built-in cleaner."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """The line length above which a line is broken."""
    return {"max_line_chars": Option(int, 2000, "Break lines longer than this many characters "
                                                 "at sentence ends (0: never).")}


def line_breaks(text: str, limit: int) -> list[int]:
    """Positions where a line end is inserted so that no line is longer than ``limit`` characters
    where sentence ends (else clause marks) allow it; lines within the limit get none."""
    out: list[int] = []
    if limit <= 0 or len(text) <= limit:
        return out
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        pos = start
        while end - pos > limit:
            cut = _last_end(_SENTENCE_END, text, pos, pos + limit) \
                or _last_end(_CLAUSE_END, text, pos, pos + limit)
            if cut is None:  # no mark in the window: break at the first one after it, if any
                m = _SENTENCE_END.search(text, pos + limit, end) or _CLAUSE_END.search(text, pos + limit, end)
                if m is None or m.end() >= end:
                    break
                cut = m.end()
            out.append(cut)
            pos = cut
        start = end + 1
    return out


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """End of the last match of ``pattern`` in ``text[lo:hi]`` past a quarter of the window."""
    best = None
    for m in pattern.finditer(text, lo + (hi - lo) // 4, hi):
        best = m.end()
    return best


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Insert line ends into lines longer than ``max_line_chars``."""
    for at in line_breaks(step.text, options.get("max_line_chars", 2000)):
        step.replace(at, at, "\n")
