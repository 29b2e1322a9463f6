"""Cleaner: HTML left in a text page (``&nbsp;``, ``&ldquo;``, ``<p>``, ``<br/>``) becomes plain text.

Pages exported from a site's content system, or scraped and saved as text,
keep pieces of their HTML: character references (``&nbsp;&nbsp;`` before a
paragraph, ``&ldquo;双招双引&rdquo;``, ``&mdash;``, ``&#8220;``, ``&#x4E2D;``)
and tags (``<p>…</p>``, ``<br/>``, ``<strong>``, ``<span style="…">``).
They cut words and figures (``12&nbsp;亿元``) and hide paragraphs, so

- a character reference becomes its character; a name HTML does not know
  is left as it is, and a ``&`` that opens no reference (``R&D``) stays;
- a run of no-break spaces (``&nbsp;``, ``&#160;``) goes where Chinese text
  has no blank: at a line's ends, and between Chinese characters and digits
  (``12&nbsp;亿元``); elsewhere (between Latin words) it is one space;
- a tag that breaks the line (``<br>``, ``</p>``, ``</div>``, ``</li>``, a
  heading's end…) becomes a line break, unless the text breaks the line
  right there already; any other tag of HTML is deleted (``<p>``, ``<span …>``,
  ``<strong>``, ``<a href=…>``, ``<img …>``), and so is a comment.

Only the tag names of HTML are read as tags, so ``<30%`` or ``<<某某条例>>``
stay.  A page without ``&`` and ``<`` is left alone after two substring tests.
Runs early (after the mojibake repair, before reading aids, script, width
and spaces), so every later cleaner sees the characters the page meant.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl

#: Default position in the cleaning chain (after ``clean-mojibake``, before ``clean-pinyin``).
PRIORITY = 12
#: A character reference: decimal, hexadecimal or named.
_REF_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: A run of no-break space references, blanks between them included (the ``;`` may be missing
#: after ``nbsp``, as hand-edited pages write it).
_NBSP_RUN_RE = re.compile(r"(?:&(?:nbsp;?|#160;|#[xX]0*[aA]0;)[ \t]*)+", re.I)
#: Tags that end a line or a block of text.
_BREAKING = frozenset("""br p div li tr h1 h2 h3 h4 h5 h6 section article table ul ol dd dt
    blockquote center""".split())
_TAG_NAMES = "|".join(sorted(_BREAKING | set("""span strong b i em u font a img sup sub small big
    td th tbody thead tfoot label hr strike s ins del mark""".split()), key=lambda n: (-len(n), n)))
#: An HTML tag of those names, opening, closing or empty (attributes on the same line), or a comment.
_TAG_RE = re.compile(rf"<(/?)({_TAG_NAMES})(?:\s[^<>\n]{{0,400}})?/?>|<!--[^\n]{{0,400}}?-->", re.I)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs right after the mojibake repair: every later cleaner sees plain text."""
    return {"clean": PRIORITY}


def _solid(ch: str) -> bool:
    """A character Chinese text sets no blank beside: a Chinese one or a digit."""
    return ch.isdigit() or "\u4e00" <= ch <= "\u9fff" or ch in "，。、；：！？（）“”《》"


def _blank_run(text: str, start: int, end: int) -> str:
    """What a run of no-break spaces becomes: nothing at a line's ends or beside Chinese text
    and digits, one space between Latin words."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before in "\n>" or after in "\n<" or _solid(before) or _solid(after):
        return ""
    return " "


def _reference(ref: str) -> str | None:
    """The character(s) of a reference (nothing for a control character or a code point that
    is none), or ``None`` when HTML does not know the name."""
    if ref[1] == "#":
        cp = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
        if cp in (9, 10):
            return chr(cp)
        if cp < 32 or 0x7F <= cp < 0xA0 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
            return ""
        return chr(cp)
    out = html.unescape(ref)
    return None if out == ref else out


def _tag(text: str, m: re.Match[str]) -> str:
    """What a tag becomes: a line break for the end of a block or ``<br>``, else nothing."""
    name = (m.group(2) or "").lower()
    closing = m.group(1) == "/"
    if name == "br" or (closing and name in _BREAKING):
        start, end = m.span()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        return "" if before == "\n" or after == "\n" else "\n"
    return ""


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Decode character references and take out HTML tags."""
    text = step.text
    if "&" in text:
        blanks = [m.span() for m in _NBSP_RUN_RE.finditer(text)]
        for start, end in blanks:
            step.replace(start, end, _blank_run(text, start, end))
        ends = [b for _a, b in blanks]
        for m in _REF_RE.finditer(text):
            k = bisect_right(ends, m.start())
            if k < len(blanks) and blanks[k][0] <= m.start():
                continue  # inside a run of no-break spaces, done above
            new = _reference(m.group())
            if new is not None:
                step.replace(m.start(), m.end(), new)
    if "<" in text:
        for m in _TAG_RE.finditer(text):
            step.replace(m.start(), m.end(), _tag(text, m))
