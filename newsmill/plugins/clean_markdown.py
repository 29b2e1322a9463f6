"""Cleaner: unwrap the Markdown of a web page saved as Markdown (links, images, emphasis).

Pages fetched from the web and converted keep Markdown marks around their
words: ``[首页](https://…)`` crumbs, ``![](https://…/a.jpg)`` image lines,
``**小标题**`` subheads, a caption in ``*…*``.  The marks go (the words stay),
so a subhead reads as a subhead and a caption as a caption:

- an image (``![alt](url)``) is deleted, its alt text kept and flagged ``caption``;
- a link (``[text](url)``) keeps its text; a line holding nothing but a link
  (``- [另一篇报道的标题](url)``, a list of related stories) is flagged ``furniture``:
  it points to another page;
- ``**bold**`` and ``__bold__`` lose their marks, and so does a whole line in
  ``*italics*``;
- a quoted line (``> 来源：某日报  作者：记者 某某``, a page's meta line set as a quote) loses its
  ``>``, so it reads as the line it quotes.

Headings (``# 标题``) stay: segmentation reads them.  A page without ``](`` (``]（``),
``**``, ``__`` and a line opening with ``*`` is left alone after three
substring tests.
"""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl

#: Default position in the cleaning chain (after stray spaces, before furniture and line joining).
PRIORITY = 55
#: An image or a link: ``![alt](url)`` / ``[text](url)`` on one line (no nested brackets; the
#: width cleaner may have made the brackets around the address full-width); the address is
#: printable ASCII with a ``/``, ``.`` or ``#`` (``见附件[1]（略）`` is no link).
_LINK_RE = re.compile(r"(!?)\[([^\[\]\n]{0,200})\][(（](?=[!-'*-~]*[/.#])([!-'*-~]{1,400})"
                      r"(?:\s+\"[^\"\n]*\")?[)）]")
#: ``**bold**`` or ``__bold__`` inside one line.
_BOLD_RE = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])([^\n]+?)(?<=[^\s*_])\1(?![*_])")
#: A whole line in single-star italics (``*图为…*``); never a ``* `` list item.
_ITALIC_LINE_RE = re.compile(r"^([ \t]*)\*(?=[^\s*])([^\n*]+)(?<=\S)\*[ \t]*$", re.M)
#: The mark of a quoted line (``> …``) at a line's start, with the blank after it.
_QUOTE_RE = re.compile(r"^[ \t]*>[ \t]?(?=[^\s>])", re.M)
#: What may stand around a link on a line that holds nothing else (a list bullet, blanks).
_LINK_LINE_REST_RE = re.compile(r"[ \t]*(?:[-*+•·]|\d{1,2}[.、])?[ \t]*")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after stray-space removal, before furniture flagging and line joining."""
    return {"clean": PRIORITY}


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (before the line break) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def markdown_edits(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The edits ``(start, end, replacement)`` unwrapping the Markdown of ``text``, and the
    regions ``(start, end, kind)`` to flag, both in ``text`` offsets."""
    edits: list[tuple[int, int, str]] = []
    flags: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if "](" in text or "]（" in text:
        for m in _LINK_RE.finditer(text):
            image, label = m.group(1), m.group(2)
            start, end = m.span()
            a, b = _line_bounds(text, start)
            if image:
                edits.append((start, m.start(2), ""))
                edits.append((m.end(2), end, ""))
                if label.strip():
                    flags.append((m.start(2), m.end(2), "caption"))
            else:
                edits.append((start, m.start(2), ""))
                edits.append((m.end(2), end, ""))
                if (_LINK_LINE_REST_RE.fullmatch(text, a, start) and not text[end:b].strip()
                        and label.strip()):
                    flags.append((a, b, "furniture"))
            taken.append((start, end))
    if "**" in text or "__" in text:
        for m in _BOLD_RE.finditer(text):
            if any(p < m.end() and m.start() < q for p, q in taken):
                continue
            edits.append((m.start(), m.start(2), ""))
            edits.append((m.end(2), m.end(), ""))
    if text.startswith(">") or "\n>" in text:
        edits.extend((m.start(), m.end(), "") for m in _QUOTE_RE.finditer(text))
    if text.startswith("*") or "\n*" in text or "\n *" in text:
        for m in _ITALIC_LINE_RE.finditer(text):
            star = m.end(1)
            close = m.end(2)
            if any(p <= star < q or p <= close < q for p, q in edits_spans(edits)):
                continue
            edits.append((star, star + 1, ""))
            edits.append((close, close + 1, ""))
    edits.sort()
    return edits, flags


def edits_spans(edits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The spans of ``edits``."""
    return [(a, b) for a, b, _ in edits]


@hookimpl
def newsmill_clean(step: CleanStep) -> None:
    """Delete Markdown link, image and emphasis marks; flag image alt texts and link-only lines."""
    text = step.text
    if "](" not in text and "]（" not in text and "**" not in text and "__" not in text \
            and not (text.startswith("*") or "\n*" in text or "\n *" in text) \
            and not (text.startswith(">") or "\n>" in text):
        return
    edits, flags = markdown_edits(text)
    for start, end, kind in flags:
        step.flag(start, end, kind, "markdown")
    step.replace_spans(edits)
