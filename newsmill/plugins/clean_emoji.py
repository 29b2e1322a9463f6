"""Cleaner: pictographic emoji of new-media pages (``🔥``, ``👇``, ``⬇️``, ``✨``, ``📊``) and invisible
format characters of pasted web text (``磷酸\u200b铁锂``) are deleted.

Accounts of media centres and development zones dress their articles with
emoji: before the title (``🔥总投资…``), as pointers on a line of their own
(``👇👇👇``, ``⬇️⬇️⬇️``), before a sub-head (``📊数据速览``) or a follow
prompt (``👆点击蓝字``).  They carry no word of the news, so they go, with the
variation selector, joiner and keycap marks that build them; plain symbols
used as bullets or list numbers (``★``, ``■``, ``▶``, ``❶``) are kept.

Text copied from web pages also carries characters nobody sees: zero-width
spaces and non-joiners, word joiners, soft hyphens, direction marks and a
byte-order mark inside the text.  They sit inside words and figures
(``50万\u200b吨``) and cut names as a blank would, so they go too, on every page.
"""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.script import INVISIBLE_CHARS

#: Default position in the cleaning chain (after width, before columns, spaces and furniture).
PRIORITY = 42
#: Emoji: the pictograph planes, the few older symbols drawn as emoji, and their joining marks.
EMOJI_RE = re.compile(
    "[\U0001F300-\U0001FAFF\u2728\u2705\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u26A1\u2B50\u2B55"
    "\u231A\u231B\u23E9-\u23F3\u2B05-\u2B07\u2934\u2935\u27A1\uFE0F\u200D\u20E3]+")
#: Emoji and invisible format characters together: what the cleaner deletes.
_DELETED_RE = re.compile(EMOJI_RE.pattern[:-2] + INVISIBLE_CHARS + "]+")


def has_emoji(text: str) -> bool:
    """True when ``text`` holds an emoji :data:`EMOJI_RE` would delete."""
    return EMOJI_RE.search(text) is not None


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after the width cleaner and before the space and furniture cleaners."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Delete every emoji and every invisible format character of the page."""
    text = step.text
    if text.isascii():
        return
    if any(c in text for c in INVISIBLE_CHARS):
        step.delete_matches(_DELETED_RE)
    elif EMOJI_RE.search(text) is not None:
        step.delete_matches(EMOJI_RE)
