"""Main text of an HTML news page with lxml, one block per paragraph.

The article container is found by known content ids/classes (WeChat's
``#js_content``, TRS and UCAP CMS containers used by Chinese portals and
government sites, ``<article>``…) or, failing that, by text density (the
element whose paragraphs hold the most text outside links, as readability
does).  When the page's ``<h1>`` sits just outside a container found by
density, the smallest common ancestor is taken so the headline and the
byline/source line are kept; before a known container, short lines naming
the source, author or date are kept (``byline_blocks``).

The text keeps block boundaries: every paragraph, heading, list item, table
row or ``<br>``-separated run is one line, with a blank line between blocks.
Headings are written ``# …`` (``##`` for h2, …) when ``markdown_headings``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs
from lxml import etree, html

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "figure", "figcaption", "center", "address", "hr", "header", "footer", "form", "fieldset",
    "details", "summary", "caption",
}
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "button",
             "select", "input", "textarea", "nav", "aside", "object", "embed", "video", "audio",
             "map", "head")
CONTAINER_XPATHS = (
    '//*[@id="js_content"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " rich_media_content ")]',
    '//*[@id="zoom"]', '//*[@id="UCAP-CONTENT"]', '//*[contains(@class, "TRS_Editor")]',
    '//*[@id="artibody"]', '//*[@id="article-content"]', '//*[@id="article_content"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " article-content ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " article_content ")]',
    '//*[@itemprop="articleBody"]', '//article',
)
MIN_CONTAINER_CHARS = 20
MIN_PARAGRAPH_CHARS = 8
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
#: a source line break between two Chinese characters is not a space
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])[ \t\r\f\v]*\n\\s*(?=[{_CJK}])")
_CELL = "\x1f"  # table cell separator, a tab once whitespace is collapsed
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)


@attrs.define
class Extracted:
    """The extracted text blocks and the container's description."""

    blocks: list[str]
    container: str


def _text_len(el: etree._Element) -> int:
    return len(_WS.sub("", el.text_content() or ""))


def _link_len(el: etree._Element) -> int:
    return sum(_text_len(a) for a in el.iter("a"))


def clean_tree(root: etree._Element) -> None:
    """Remove scripts, styles, navigation, hidden elements and comments in place."""
    etree.strip_elements(root, *DROP_TAGS, etree.Comment, etree.ProcessingInstruction,
                         with_tail=False)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        style = el.get("style") or ""
        if _HIDDEN.search(style) or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            if el.getparent() is not None:
                el.drop_tree()


def _known_container(root: etree._Element) -> etree._Element | None:
    for xp in CONTAINER_XPATHS:
        for el in root.xpath(xp):
            if _text_len(el) - _link_len(el) >= MIN_CONTAINER_CHARS:
                return el
    return None


def _is_leaf_block(el: etree._Element) -> bool:
    return el.tag in BLOCK_TAGS and not any(
        isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el.iterdescendants())


def _dense_container(root: etree._Element) -> etree._Element | None:
    scores: dict[etree._Element, float] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or not (el.tag == "p" or _is_leaf_block(el)):
            continue
        n = _text_len(el) - _link_len(el)
        if n < MIN_PARAGRAPH_CHARS:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + n / 2
    if not scores:
        return None
    return max(scores, key=lambda e: scores[e])


def _ancestors(el: etree._Element) -> list[etree._Element]:
    out = [el]
    while (el := el.getparent()) is not None:
        out.append(el)
    return out


def _with_headline(container: etree._Element, root: etree._Element) -> etree._Element:
    """Widen to the common ancestor of the page's first ``<h1>`` when that adds little else."""
    h1s = [h for h in root.iter("h1") if _text_len(h)]
    if not h1s or container in _ancestors(h1s[0]) or h1s[0] in _ancestors(container):
        return container
    chain = _ancestors(container)
    for anc in _ancestors(h1s[0]):
        if anc in chain:
            if anc.tag == "body" or anc.tag == "html":
                return container
            body = _text_len(container)
            extra = (_text_len(anc) - body) - (_link_len(anc) - _link_len(container))
            return anc if extra <= max(200, body // 2) else container
    return container


_BYLINE_MARKERS = re.compile(r"来源|作者|记者|通讯员|发布|日期|时间|编辑|責任編輯|來源|記者")
MAX_BYLINE_CHARS = 100


def byline_blocks(root: etree._Element, container: etree._Element, markdown: bool) -> list[str]:
    """Short source/author/date lines just before a container (kept for the segmenter).

    Looks at the last few text blocks before the container in document order
    and keeps those that name a source, author, reporter or date and are not
    mostly links.
    """
    before: list[etree._Element] = []
    for el in root.iter():
        if el is container:
            break
        if isinstance(el.tag, str) and (_is_leaf_block(el) or el.tag in ("td", "span", "em")):
            before.append(el)
    out: list[str] = []
    for el in before[-8:]:
        if any(el in _ancestors(o) for o in before[-8:] if o is not el):
            continue  # an outer element of one that is listed too
        n = _text_len(el)
        if not 0 < n <= MAX_BYLINE_CHARS or _link_len(el) * 2 > n:
            continue
        b = _Blocks(markdown)
        b.walk_inner(el)
        b.flush()
        out.extend(line for line in b.blocks if _BYLINE_MARKERS.search(line))
    return list(dict.fromkeys(out))


class _Blocks:
    """Accumulates inline text into lines; ``flush`` ends a block."""

    def __init__(self, markdown_headings: bool) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []
        self.md = markdown_headings

    def add(self, text: str | None) -> None:
        """Append inline text to the current line."""
        if text:
            self.parts.append(text)

    def flush(self, prefix: str = "") -> None:
        """End the current block (written with ``prefix`` when it is a heading)."""
        line = _WS.sub(" ", _CJK_BREAK.sub("", "".join(self.parts))).strip(" \u3000")
        line = re.sub(f" ?{_CELL} ?", "\t", line)
        self.parts = []
        if line:
            self.blocks.append(prefix + line if self.md else line)

    def walk_inner(self, el: etree._Element) -> None:
        """Walk an element without its tail."""
        tail = el.tail
        el.tail = None
        self.walk(el)
        el.tail = tail

    def walk(self, el: etree._Element) -> None:
        """Add an element's text, its children's and its tail, ending blocks at block tags."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
            self.add(el.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
        if tag in ("td", "th") and self.parts:
            self.parts.append(_CELL)
        self.add(el.text)
        for child in el:
            self.walk(child)
        if block:
            level = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else 0
            self.flush("#" * level + " " if level else "")
        self.add(el.tail)


def extract_blocks(root: etree._Element, markdown_headings: bool = True) -> Extracted:
    """Find the article container of a cleaned tree and return its text blocks."""
    container = _known_container(root)
    how = "known container"
    lead: list[str] = []
    if container is not None:
        lead = byline_blocks(root, container, markdown_headings)
    if container is None:
        container = _dense_container(root)
        how = "text density"
        if container is not None:
            container = _with_headline(container, root)
    if container is None:
        body = root.find("body")
        container = body if body is not None else root
        how = "whole page"
    b = _Blocks(markdown_headings)
    b.walk_inner(container)
    b.flush()
    b.blocks[:0] = [line for line in lead if line not in b.blocks]
    desc = f"{container.tag}" + (f"#{container.get('id')}" if container.get("id") else "") + \
        (f".{container.get('class').split()[0]}" if (container.get("class") or "").split() else "")
    return Extracted(b.blocks, f"{desc} ({how})")


def parse(text: str) -> etree._Element:
    """Parse HTML text with lxml (an XML declaration is dropped first)."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    return html.document_fromstring(text)


def plain(el: etree._Element | None) -> str:
    """Whitespace-collapsed text of an element."""
    return _WS.sub(" ", el.text_content()).strip(" \u3000") if el is not None else ""


def join_blocks(blocks: Iterable[str]) -> str:
    """Blocks joined with a blank line between them."""
    return "\n\n".join(blocks)
