"""Segmenter for news pages: a page → articles with headline, kicker, outlet, dateline, reporters.

How a page is read (see ``docs/segmentation.md``):

1. Every non-empty line of the cleaned text gets a shape: markdown heading,
   heading-like line (no sentence punctuation), credit line, date line,
   caption, furniture (flagged by cleaning) or body.
2. Runs of heading lines form *heading groups*.  A group opens a new article
   when the text after it shows a byline or dateline, when it holds a kicker
   and a title, when the previous article was closed by a credit, or when no
   article is open yet; otherwise it is a subheading of the open article.
3. Inside a group the title is told from kickers (引题/副题) and column banners
   by markdown level and by shape (colons, dashes, commas, length).
4. Bylines are read from the opening dateline (``某某日报某地讯(记者 某某)``),
   from credit lines, and from a credit closing the last paragraph.  A credit
   line that closes a series of articles without bylines is shared by them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import PUB_YEAR, Article, Document, Evidence
from newsmill.zh.article_layout import (
    OUTLET_NAME,
    TITLE_BULLETS,
    is_addressee_line,
    is_banner,
    is_box_figure_line,
    is_caption_start,
    is_column_label,
    is_editor_note,
    is_field_line,
    is_figure_line,
    is_first_outline_item,
    is_heading_like,
    is_label,
    is_links_label,
    is_named_figure_line,
    is_outline_item,
    is_place_section_title,
    is_print_furniture,
    is_script_label,
    is_speaker_line,
    is_web_furniture,
    kicker_score,
    markdown_heading,
    names_a_column,
    outline_style,
    photo_news_body,
    piece_label_len,
    role_label_len,
    title_offset,
    title_role,
    unspaced_title,
)
from newsmill.zh.bylines import (
    Credit,
    Span,
    is_benbao,
    parse_caption_credit,
    parse_credit_line,
    parse_dateline,
    parse_trailing_credit,
)
from newsmill.zh.disclosure import issuing_organ
from newsmill.zh.gazetteer import division_names
from newsmill.zh.layout import IMAGE_PLACEHOLDERS, is_credit
from newsmill.zh.names import HAN
from newsmill.zh.pagedate import PageDate, date_on_line, find_page_date
from newsmill.zh.pageyear import read_page_year
from newsmill.zh.place_items import led_by_place
from newsmill.zh.tables import TABLE_NOTE, may_be_table, plain_table_spans, wrapped_table_spans
from newsmill.zh.title_glosses import one_of_batch_under, works_gloss

NAME = "segment-news"
#: Region kinds flagged by cleaners that do not take a line out of the text.
KEEP_REGION_KINDS = ("unreadable", "mojibake", "warning", "uncertain")


@attrs.define(eq=False)
class Line:
    """One non-empty line of the cleaned text and its shape."""

    start: int
    end: int
    text: str
    kind: str = "body"  # heading, plainhead, credit, date, caption, furniture, note, body
    level: int = 0  # markdown heading level (0: not markdown)
    title_start: int = 0  # where the title text starts (after the ``#`` marks)
    credit: Credit | None = None
    date: PageDate | None = None
    _dateline: Credit | None | bool = attrs.field(default=False, repr=False)

    @property
    def dateline(self) -> Credit | None:
        """The opening dateline of this line read as a paragraph (computed once)."""
        if self._dateline is False:
            self._dateline = parse_dateline(self.text, self.start)
        return self._dateline  # type: ignore[return-value]

    @property
    def title(self) -> Span:
        """The title text of a heading line, with its span."""
        return Span(self.text[self.title_start - self.start:], self.title_start, self.end)


@attrs.define(eq=False)
class Draft:
    """An article being assembled: its header group and the lines that follow."""

    header: list[Line]
    lines: list[Line] = attrs.field(factory=list)
    column: str | None = None
    credits: list[Credit] = attrs.field(factory=list)
    closed: bool = False
    credited: bool = False
    place_section: bool = False  # opened by a round-up's place title (``某某区：…``)

    @property
    def level(self) -> int:
        """Markdown level of the title (0 when not markdown)."""
        levels = [ln.level for ln in self.header if ln.level]
        return min(levels) if levels else 0


# -- hooks -------------------------------------------------------------------------

@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs before the whole-document segmenter (priority 1000)."""
    return {"segment": 500}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the news segmenter."""
    return {
        "max_heading_chars": Option(int, 100, "longest line that can be a headline or kicker"),
        "share_closing_credit": Option(bool, True, "a credit line closing a series of articles "
                                       "without bylines credits them all"),
        "page_date": Option(bool, True, "take the publication date from a date line of the page"),
        "text_year": Option(bool, True, "without a publication date, read the page's year from "
                            "the years its reports name (pub_date_source text-year)"),
    }


@hookimpl
def newsmill_segment(doc: Document, options: dict) -> list[Article]:
    """Split the cleaned page into articles with their metadata and evidence."""
    text = doc.clean
    if not text.strip():
        return []
    lines = classify_lines(doc, int(options.get("max_heading_chars", 100)))
    if options.get("page_date", True):
        _set_page_date(doc, text)
    if doc.meta.pub_date is None and options.get("text_year", True):
        _set_text_year(doc, text)
    built = [(d, build_article(doc, d)) for d in split_drafts(lines)]
    pairs = [(d, a) for d, a in built if a is not None]
    if options.get("share_closing_credit", True):
        share_closing_credits(doc, pairs)
        share_opening_byline(doc, pairs)
        credit_post_over_related(doc, pairs)
    masthead = masthead_outlet(lines)
    if masthead is not None:
        for draft, art in pairs:
            staff = any(r in _STAFF_ROLES for c in draft.credits for r in c.roles)
            if art.source is None and art.reporters and staff:
                art.source = masthead.text  # the paper's own reporter: the paper is the source
                art.evidence["source"] = _evidence(doc, masthead)
                art.attributes["source_from"] = "masthead"
    if len(pairs) > 1 and masthead is None:
        if pairs[0][1].source is None and not pairs[0][1].dateline:
            _header_source(doc, lines, pairs[0][1])  # a portal's meta line under the first title
        _page_label_to_all(doc, lines, [a for _d, a in pairs])
    if len(pairs) == 1 and pairs[0][1].source is None:
        _header_source(doc, lines, pairs[0][1])
    elif len(pairs) == 1 and is_benbao(pairs[0][1].source or ""):
        _paper_of_benbao(doc, lines, pairs[0][1])
    elif len(pairs) == 1 and _BENWANG.fullmatch(pairs[0][1].source or ""):
        _paper_of_benbao(doc, lines, pairs[0][1], site=True)
    if pairs and pairs[0][1].source is None and not pairs[0][1].reporters:
        _issuer_source(doc, lines, pairs[0][1])
    if len(pairs) == 1 and pairs[0][1].source is None:
        _account_source(doc, lines, pairs[0][1])
    if pairs and pairs[0][1].source is None:
        _original_post_source(doc, lines, pairs[0][1])
    if len(pairs) == 1 and pairs[0][1].source is None:
        _banner_source(doc, lines, pairs[0][1])
    articles = [a for _d, a in pairs]
    if len(articles) > 1 and ("上接" in text or "接第" in text or "续第" in text):
        mark_continuations(doc, articles)
    return articles


def _title_key(title: str | None) -> str:
    """A headline without spaces and punctuation, to find it again as a jump head."""
    return "".join(c for c in title or "" if c.isalnum())


def mark_continuations(doc: Document, articles: list[Article]) -> None:
    """A story continued further down the same file (a later page of the paper) is one story.

    A jump head repeating an earlier headline over a body that opens on a
    jump line (``某县…集中开工`` ⏎ ``（上接第1版）此次开工的…``) continues that
    article: ``attributes["continues"]`` gives the earlier article's position,
    so outputs that list stories (the gold writer) can count it once.
    """
    first: dict[str, int] = {}
    for k, art in enumerate(articles):
        key = _title_key(art.headline)
        if not key:
            continue
        head_end = art.body_start if art.body_start is not None else art.start
        window = doc.clean[art.start:min(art.end, head_end + 12)]
        if key in first and _JUMP_OPENING.search(window):
            art.attributes["continues"] = first[key]
            continue
        first.setdefault(key, k)


#: ``来源：某县融媒体中心`` on a web page's dated header line (``某某新闻网 2024-02-27 09:12  来源：…``).
_HEADER_SOURCE = re.compile(r"来源\s*[:：]\s*(?P<src>[^\s:：]{2,24})")


def _header_source(doc: Document, lines: list[Line], art: Article) -> None:
    """The one article of a web page whose dated header line, above its title or right under its
    heading lines, names a source (``某某新闻网 2024-02-27 09:12  来源：某县融媒体中心``) takes
    that source."""
    for i, ln in enumerate(lines[:7]):
        if ln.kind == "furniture" and ln.start > art.start and 0 < i < 3 and is_print_furniture(ln.text):
            continue  # a bulletin's issue line between its title and its issuer (``第19期``)
        if ln.start >= art.start and (ln.kind not in ("heading", "date") or i >= 4 and ln.kind != "date"):
            return  # (a meta line may also stand under the title and its speaker, before the body)
        # (the first line, or the issuer's line under a bulletin's title: ``某县商务局  2025年5月12日``)
        pub = publisher_line(ln.text) if ln.kind == "date" and (i == 0 or ln.start > art.start) else None
        if pub is not None:
            art.source = pub.group("src")
            art.evidence["source"] = _evidence(doc, (ln.start + pub.start("src"), ln.start + pub.end("src")))
            art.attributes["source_from"] = "publisher"
            return
        m = _HEADER_SOURCE.search(ln.text) if ln.kind == "date" else None
        if m is not None:
            art.source = m.group("src")
            art.evidence["source"] = _evidence(doc, (ln.start + m.start("src"), ln.start + m.end("src")))
            art.attributes["source_from"] = "label"
            _header_authors(doc, ln, art)
            return


def _issuer_source(doc: Document, lines: list[Line], art: Article) -> None:
    """A notice under a disclosure box (``索 引 号：…`` ⏎ ``发文机关：某市某局`` ⏎ …) is the issuing
    organ's: the box's ``发文机关`` field above the first article names its source."""
    for ln in lines:
        if ln.start >= art.start:
            return
        m = issuing_organ(ln.text) if ln.kind == "furniture" else None
        if m is not None:
            lead = len(ln.text) - len(ln.text.lstrip())
            span = (ln.start + lead + m.start("organ"), ln.start + lead + m.end("organ"))
            art.source = m.group("organ")
            art.evidence["source"] = _evidence(doc, span)
            art.attributes["source_from"] = "label"
            return


#: The author field of a portal's meta line (``作者：记者 某某 通讯员 某某``), up to the next wide gap.
_HEADER_AUTHOR = re.compile(r"作者\s*[:：]\s*(?P<who>\S+(?: \S+)*)")


def _header_authors(doc: Document, ln: Line, art: Article) -> None:
    """The reporters a portal's meta line credits in its author field, when no byline names any."""
    m = _HEADER_AUTHOR.search(ln.text) if not art.reporters and "作者" in ln.text else None
    if m is None:
        return
    credit = parse_credit_line(m.group("who"), ln.start + m.start("who"))
    if credit is None or not credit.has_role or not credit.reporters:
        return  # (a bare name may be the site's editor: only reporters credited by their role)
    art.reporters = [n.text for n in credit.reporters]
    art.evidence["reporters"] = _evidence(doc, (credit.reporters[0].start, credit.reporters[-1].end))


def _page_label_to_all(doc: Document, lines: list[Line], arts: list[Article]) -> None:
    """A web page's meta line above its first story (``发布时间：…  来源：某某日报``) names the source
    of the page: later stories run on under their headlines alone, with no source, byline or
    dateline of their own, are that outlet's too."""
    first = arts[0]
    ev = first.evidence.get("source")
    if not first.source or ev is None:
        _site_label_to_all(doc, lines, arts)
        return
    line = next((ln for ln in lines[:6] if ln.start <= ev.start < ln.end), None)
    m = _HEADER_SOURCE.search(line.text) if line is not None and line.end <= first.start + 200 else None
    if m is None or m.group("src") != first.source:
        return
    # (a site's own stories close on its staff's credits: ``记者：某某  编辑：某某``)
    site = _SITE_SOURCE.fullmatch(first.source) is not None
    # (a piece the site prints after the release under a bare label, ``【相关解读】`` ⏎ its title,
    # and the stories after it are not the release's: the label ends the page label's reach)
    labels = [ln.start for ln in lines
              if ln.start > first.start and _BARE_PIECE_LABEL.fullmatch(ln.text.strip())]
    for art in arts[1:]:
        if labels and art.start > labels[0]:
            break
        if piece_label_len(doc.clean[art.start:art.start + 12]):
            continue  # 【数据解读】某某…: a piece printed after the release names no source of its own
        if art.source is None and (not art.reporters or site) and not art.dateline:
            art.source = first.source
            art.evidence["source"] = ev
            art.attributes["source_from"] = "page label"


def _site_label_to_all(doc: Document, lines: list[Line], arts: list[Article]) -> None:
    """A media site's meta line above a page of stories, none of which names a source (a
    programme's items: ``来源：某县融媒体中心 | 2026-09-18`` ⏎ ``《某某新闻》…`` ⏎ item titles),
    names the source of every story with no source or dateline of its own."""
    for ln in lines[:6]:
        if ln.start >= arts[0].start:
            return
        m = _HEADER_SOURCE.search(ln.text) if ln.kind in ("credit", "date") else None
        if m is None or _SITE_SOURCE.fullmatch(m.group("src")) is None:
            continue
        ev = _evidence(doc, (ln.start + m.start("src"), ln.start + m.end("src")))
        for art in arts:
            if art.source is None and not art.dateline:
                art.source = m.group("src")
                art.evidence["source"] = ev
                art.attributes["source_from"] = "page label"
        return


#: A bare label of a piece printed after a release, on a line of its own (``【相关解读】``).
_BARE_PIECE_LABEL = re.compile(r"[【\[](?:相关|政策|数据|图文|新闻)?解读[】\]]")
#: ``本网`` ("this site") in either script.
_BENWANG = re.compile(r"本[网網]")
#: What a site's meta line names as its own source: a paper, a media centre, a site, a station.
_SITE_SOURCE = re.compile(r".*(?:报|融媒体中心|新闻中心|网|电视台|电台|電視台|電台)")


def _paper_of_benbao(doc: Document, lines: list[Line], art: Article, site: bool = False) -> None:
    """``本报讯`` in the one article of a web page whose meta line, between the title and the body,
    names a paper as the source (``发布时间：…  来源：某某日报``): that paper is "this paper".
    With ``site``, ``本网讯`` takes the paper, media centre or site the meta line names."""
    for ln in lines[:6]:
        if ln.kind == "body":
            return
        if ln.kind not in ("date", "credit"):
            continue
        m = _HEADER_SOURCE.search(ln.text)
        ok = _SITE_SOURCE.fullmatch(m.group("src")) if site and m is not None else None
        if m is not None and (ok or m.group("src").endswith("报")) and not is_benbao(m.group("src")):
            art.source = m.group("src")
            art.evidence["source"] = _evidence(doc, (ln.start + m.start("src"), ln.start + m.end("src")))
            art.attributes["source_from"] = "label"
            return


#: An app's posting line (``2024-6-3 18:20 来自 微博网页版``, ``… 08:30 发表于江苏``).
_POSTED = re.compile(r".{0,24}?\d{1,2}:\d{2}\s*(?:来自|发表于)")
#: A posting time on a line of its own, under the account's name (``2024-12-30 18:05``).
#: (or the date in words and the province the post was sent from: ``2025年03月12日 09:30 四川``).
_BARE_POSTED = re.compile(r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                          rf"\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[{HAN}]{{2,3}})?")
#: An account's name on a line of its own (``某某发布``).
_ACCOUNT = re.compile(rf"[{HAN}A-Za-z]{{2,12}}")


def _banner_source(doc: Document, lines: list[Line], art: Article) -> None:
    """The one article of a page whose first line, above the title, is the bare name of a
    government office (``某市发展和改革委员会`` over its crumbs and the title) takes it as source."""
    first = lines[0] if lines else None
    head = art.headline or ""
    if "关于" in head[1:]:
        return  # the title names its issuer itself (``省发展改革委关于…的通知``), as the gold sets leave it
    if first is not None and first.kind == "heading" and first.end <= art.start \
            and _ORGAN_BANNER.fullmatch(first.text):
        art.source = first.text
        art.evidence["source"] = _evidence(doc, (first.start, first.end))


def _account_source(doc: Document, lines: list[Line], art: Article) -> None:
    """The one article of an app page takes as source the account named on the line right above
    the posting line (``某某发布`` ⏎ ``2024-6-3 18:20 来自 微博网页版``, or the bare time
    ``2024-12-30 18:05``)."""
    for i, ln in enumerate(lines[1:4], start=1):
        if ln.start >= art.start:
            return
        if (ln.kind == "furniture" and _POSTED.match(ln.text)) \
                or (ln.text[:2] in ("19", "20") and _BARE_POSTED.fullmatch(ln.text)):
            acc = lines[i - 1]
            if acc.end <= art.start and _ACCOUNT.fullmatch(acc.text):
                art.source = acc.text
                art.evidence["source"] = _evidence(doc, (acc.start, acc.end))
                art.attributes["source_from"] = "account"
            return


#: An account's line over its original post: ``原创``, the author (maybe), the account, the posting time
#: (``原创 某某融媒 某某融媒 2026年07月24日 18:06 内蒙古``).
_ORIGINAL_POST = re.compile(rf"原创[ \t\u3000]+(?:[{HAN}A-Za-z]{{2,12}}[ \t\u3000]+)?"
                            rf"(?P<acc>[{HAN}A-Za-z]{{2,12}})[ \t\u3000]+"
                            r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[ \t\u3000]*\d{1,2}:\d{2}")


def _original_post_source(doc: Document, lines: list[Line], art: Article) -> None:
    """The first article of an account's page takes as source the account its original-post line
    names, among the page's first lines (``上半年…出炉！`` ⏎ ``原创 某某融媒 某某融媒 2026年07月24日
    18:06``)."""
    for ln in lines[:5]:
        if ln.kind == "body":
            return
        m = _ORIGINAL_POST.match(ln.text) if ln.text[:2] == "原创" else None
        if m is not None:
            art.source = m.group("acc")
            art.evidence["source"] = _evidence(doc, (ln.start + m.start("acc"), ln.start + m.end("acc")))
            art.attributes["source_from"] = "account"
            return


#: Roles of a paper's own staff: an article they sign without naming an outlet is the paper's.
_STAFF_ROLES = frozenset(("记者", "全媒体记者", "融媒体记者", "首席记者", "见习记者", "实习记者"))
_MASTHEAD_OUTLET = re.compile(
    rf"^(?:[{HAN}]{{2,10}}(?:日报|晚报|早报|商报|时报|导报|周报|经济报)"
    # a county paper named after its county (``某某报  2026年3月31日  星期二  第1版``)
    rf"|(?!本报)[{HAN}]{{2,4}}报(?=[\s\u3000]+(?:19|20)\d{{2}}\s*年))(?=[\s\u3000]|$)")


#: A jump line opening a story continued from another page (``（上接第1版）``, ``(接第3版)``).
_JUMP_OPENING = re.compile(r"[（(]\s*(?:上接|接上|接|续)(?:第|本报)?\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}"
                           r"\s*版[^（）()\n]{0,6}[）)]")


def _after_jump_line(doc: Document, start: int, end: int) -> int:
    """Where a story's body starts: after a jump line opening it (``（上接第1版）某区…``)."""
    if doc.clean.startswith(("（", "("), start):
        m = _JUMP_OPENING.match(doc.clean, start, end)
        if m is not None:
            return m.end()
    return start


def masthead_outlet(lines: list[Line]) -> Span | None:
    """The outlet named at the head of a newspaper page (``某某日报 2023年8月17日 第6版``), if any.

    Only the first dated line of the page, or an outlet's name on the line
    right above it, counts.
    """
    for i, ln in enumerate(lines[:6]):
        if ln.kind != "date":
            continue
        for cand in (ln, lines[i - 1] if i else None):
            if cand is None:
                continue
            m = _MASTHEAD_OUTLET.match(cand.text)
            if m:
                return Span(m.group(), cand.start, cand.start + m.end())
        return None
    if lines and lines[0].kind == "furniture":
        # an undated web page of a paper: its crumbs open on the paper's name (``某某日报 > 县区新闻``)
        m = _CRUMBS_OUTLET.match(lines[0].text)
        if m:
            return Span(m.group(1), lines[0].start, lines[0].start + m.end(1))
    return None


#: A paper's name opening the crumbs of its web page (``某某日报 > 县市区新闻``).
_CRUMBS_OUTLET = re.compile(rf"([{HAN}]{{2,10}}(?:日报|晚报|早报|商报|时报|导报|周报|经济报))\s*(?:>|›|»|＞)")


# -- step 1: line shapes --------------------------------------------------------

def _flagged_spans(doc: Document) -> list[tuple[int, int, str]]:
    """Cleaned spans of the regions flagged by cleaners that take text out of the body."""
    spans = []
    for r in doc.regions:
        if r.kind in KEEP_REGION_KINDS:
            continue
        s, e = doc.clean_span(r.raw_start, r.raw_end)
        if e > s:
            spans.append((s, e, r.kind))
    return sorted(spans)


def _region_kind(start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> str | None:
    """The kind of the flagged regions covering at least half of ``[start, end)``, if any."""
    hits: dict[str, int] = {}
    for s, e, kind in spans:
        if s >= end:
            break
        overlap = min(end, e) - max(start, s)
        if overlap > 0:
            hits[kind] = hits.get(kind, 0) + overlap
    if not hits or sum(hits.values()) * 2 < end - start:
        return None
    return max(hits, key=lambda k: hits[k])


#: The blank of a name letter-spaced in a credit (``韦 青``): one blank between two characters.
_SPACED_PAIR = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}](?:[ \u3000]{{2,}}|[ \u3000]*摄|$))")


def classify_lines(doc: Document, max_heading: int = 100) -> list[Line]:
    """Every non-empty line of the cleaned text with its shape."""
    text = doc.clean
    flagged_spans = _flagged_spans(doc)
    out: list[Line] = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            start = pos + raw_line.index(stripped[0])
            out.append(Line(start, start + len(stripped), stripped, title_start=start))
        pos += len(raw_line) + 1
    posts = _split_posts(out) if "#【" in text or "# 【" in text else set()  # cheap test: a microblog post
    md_page = any(markdown_heading(ln.text) for ln in out)
    for i, ln in enumerate(out):
        prev = out[i - 1] if i else None
        if id(ln) in posts:
            ln.kind = "heading"  # the 【title】 of a microblog post
            continue
        flagged = _region_kind(ln.start, ln.end, flagged_spans) if flagged_spans else None
        if ln.text[-1] == "摄" and prev is not None and prev.kind == "caption" and i >= 2 \
                and out[i - 2].kind == "heading" and is_credit(_SPACED_PAIR.sub("", ln.text)):
            # a picture's credit under its caption printed under a label (``图片新闻`` ⏎ ``▲…`` ⏎
            # ``记者 某某 摄``): the picture's, no byline of a story (a story's own picture credits
            # its photographer among the story's reporters)
            ln.kind = "caption"
            continue
        credit = parse_credit_line(ln.text, ln.start)
        if credit is None and ln.dateline is not None and ln.dateline.end == ln.end:
            credit = ln.dateline  # a dateline printed on a line of its own (``本报讯``)
        if credit is not None:
            ln.credit = None if credit.editors_only else credit
            ln.kind = "furniture" if credit.editors_only else "credit"
            ln.date = date_on_line(ln.text, ln.start)
            continue
        ln.date = date_on_line(ln.text, ln.start)
        if ln.date is not None:
            ln.kind = "date"
            if prev is not None and prev.kind == "heading" and ln.text[:1] in "（(" \
                    and _BRACKETED_DATE.fullmatch(ln.text):
                ln.kind = "heading"  # 在某会上的讲话⏎（2024年9月9日）: the date printed under a title
            continue
        if flagged is not None:
            ln.kind = "caption" if flagged == "caption" else "furniture"
            continue
        if is_web_furniture(ln.text) or is_print_furniture(ln.text):
            ln.kind = "furniture"
            continue
        md = markdown_heading(ln.text)
        if md is not None:
            ln.kind, ln.level, ln.title_start = "heading", md[0], ln.start + md[1]
        elif ln.text[:1] in _ITEM_TRIANGLES and (triangle_item_run(out, i) or (
                prev is not None and photo_news_body([prev.text, ln.text], 1))):
            # (or the text of a photo news right under its label, telling a sum or a works: a story)
            continue  # ▲1至10月，全市…增长3.6%。 ⏎ ▲…: items of a digest, no captions
        elif is_caption_start(ln.text):
            ln.kind = "caption"
        elif ln.dateline is not None:
            continue  # a paragraph opening with a dateline is body text, stop or no stop
        elif is_field_line(ln.text):
            continue  # a ``label：value`` line of a notice (建设单位：…) is body text
        elif _ledger_line(ln.text) and _in_figure_block(out, i) and not _titles_over_lead(out, i):
            continue  # 新开工项目186个，总投资1420亿元: a figure of an infographic, body text
        elif is_script_label(ln.text) or (prev is not None and is_script_label(prev.text, bare=True)):
            continue  # 【同期声】某局局长 王某: a script's part label, its text (so is the line under a bare
            # label, 【现场声】 ⏎ （采茶歌）)
        elif ln.text[:1] in TITLE_BULLETS and roundup_item(ln.text):
            continue  # ◎某县　某某项目开工　总投资5.8亿元: one project of a roundup, its text
        elif is_editor_note(ln.text):
            ln.kind = "note"  # 【编者按】: belongs to the story printed after it
        elif len(ln.text) <= 12 and _list_label(out, i):
            continue  # 备案项目 ⏎ 3．某某项目　建设单位：…: the label of a list's part, body text
        elif is_heading_like(ln.text, max_heading) and not is_addressee_line(ln.text):
            ln.kind = "plainhead" if md_page else "heading"
            offset = title_offset(ln.text)  # after a bullet mark (■某某县：…)
            ln.title_start = ln.start + offset + role_label_len(ln.text[offset:])  # and a label (引题：)
    _mark_bulleted_briefs(out)
    if not md_page:
        _restore_flagged_titles(out, max_heading)
    _mark_publisher_line(out)
    _mark_figure_boxes(out)
    _mark_page_furniture(out)
    _mark_section_line(out)
    if "序号" in text or "编号" in text:
        _mark_wrapped_tables(out, text)
        if may_be_table(text):
            _mark_plain_tables(out, text)
    return out


#: Marks opening both a photo's caption and an item of a digest (``▲11月25日，全市…``).
_ITEM_TRIANGLES = "▲△"
#: A credit closing a caption (``（记者 某某 摄）``, ``某某/摄``).
_PHOTO_CUE = re.compile(r"摄[）)]?$|图为|供图")
#: A figure of a news item: money, a share, a count of projects (``186.4亿元``, ``3.6%``, ``项目26个``).
_ITEM_FIGURE = re.compile(r"\d(?:[\d.]*)(?:万|亿)?元|\d%|项目\d+个")


def _triangle_item(text: str) -> bool:
    return text[:1] in _ITEM_TRIANGLES and text.rstrip()[-1:] in "。；" \
        and _ITEM_FIGURE.search(text) is not None and _PHOTO_CUE.search(text) is None


def triangle_item_run(lines: list[Line], i: int) -> bool:
    """True when line ``i``, opened by a triangle (``▲``), is an item of a digest: a sentence holding
    a figure (money, a share, a count of projects) with no photo credit, right above or under
    another such item (``▲11月25日，全市…签约项目26个…。`` ⏎ ``▲据市统计局消息，1至10月…。``).  A lone
    triangle line, or one credited to a photographer, stays a caption."""
    if not _triangle_item(lines[i].text):
        return False
    return (i > 0 and _triangle_item(lines[i - 1].text)) \
        or (i + 1 < len(lines) and _triangle_item(lines[i + 1].text))


#: The label of one part of a list of projects (``核准项目``, ``二、备案项目``, ``签约项目（5个）``).
_LIST_LABEL = re.compile(rf"(?:[一二三四五六七八九十]{{1,2}}[、.．])?[{HAN}]{{2,6}}项目"
                         r"(?:[（(]\d{1,3}个[)）])?")
#: A numbered item of such a list (``3.``, ``3．``, ``3、``, then its text).
_LIST_ITEM = re.compile(r"\d{1,3}[.．、]\S")


def _list_label(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a short label of a kind of projects (``备案项目``) right over a
    numbered item of a list (``3．某某项目　建设单位：…``): a part of the list, no title."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return _LIST_LABEL.fullmatch(lines[i].text) is not None and _LIST_ITEM.match(nxt) is not None


#: A page's first line naming its publisher and the day, above the title: a channel and its
#: programme (``某某卫视《某某新闻》 2024-05-09 19:30``) or a government office's site
#: (``某县人民政府 2024-11-22  浏览次数：316``, ``某市商务局 2024-08-06``).
_PUBLISHER_LINE = re.compile(
    rf"(?P<src>[{HAN}]{{1,16}}(?:卫视|电视台|广播电视台|电台|人民政府|管委会|委员会|办公室|局|厅|委)"
    rf"|[{HAN}]{{2,8}}台(?=《))(?:《[^》\s]{{1,20}}》)?[\s\u3000]+"
    r"(?P<date>(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[\s\u3000]+(?:浏览次数|阅读次数|点击数|访问量)[:：]\s*\d+)?")


def publisher_line(line: str) -> re.Match[str] | None:
    """The match of a page's first line of publisher (group ``src``) and day (group ``date``)."""
    return _PUBLISHER_LINE.fullmatch(line)


def _mark_publisher_line(lines: list[Line]) -> None:
    """The page's first line naming its publisher and the day is a date line, no title, when a
    title follows it; so is the issuing office and the day printed right under a bulletin's title
    (``某某招商引资工作周报`` ⏎ ``第19期`` ⏎ ``某县商务局      2025年5月12日``)."""
    if len(lines) < 2:
        return
    if lines[0].kind in ("heading", "plainhead", "date") and lines[1].kind in ("heading", "plainhead"):
        _as_publisher_date(lines[0])
        return
    if lines[0].kind not in ("heading", "plainhead"):
        return
    for ln in lines[1:4]:
        if ln.kind in ("heading", "plainhead") and _as_publisher_date(ln):
            return
        if ln.kind != "furniture":
            return  # (only an issue line may stand between the title and its issuer)


def _as_publisher_date(ln: Line) -> bool:
    """Mark ``ln`` a date line when it names a publisher and the day; True when it does."""
    m = publisher_line(ln.text)
    if m is None:
        return False
    ln.kind = "date"
    if ln.date is None:
        ln.date = date_on_line(m.group("date"), ln.start + m.start("date"))
    return True


#: The longest title of a box of key figures (``【数说上半年】``, ``数读某县``, ``■数说上半年``).
_BOX_TITLE_LEN = 12


def _mark_figure_boxes(lines: list[Line]) -> None:
    """A box of key figures printed after a story (two or more lines each a figure, a gap and its
    label, ``37个　新签约项目``) is body text of that story, and so is the short title right above
    the box (``【数说上半年】``): neither opens an article of its own."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind == "heading" and is_box_figure_line(lines[j].text):
            j += 1
        if j - i < 2:
            i = j + 1 if j > i else i + 1
            continue
        for ln in lines[i:j]:
            ln.kind = "body"
        head = lines[i - 1] if i else None
        if head is not None and head.kind == "heading" and len(head.text) <= _BOX_TITLE_LEN \
                and not any(p in head.text for p in "，,。：:！？"):
            head.kind = "body"
        i = j


#: One line of a roundup of projects: a bullet, the place, the project with its event, then its sum,
#: the parts apart by wide blanks (``◎某县　某某公司某某项目开工　总投资5.8亿元``,
#: ``●某市  某某项目正在洽谈  意向投资约2亿元``).
_ROUNDUP_ITEM = re.compile(
    r"[◎●○◆◇■□▪•·]\s*[\u4e00-\u9fff]{1,10}[省市县区旗镇乡]"
    r"(?:[ \t]{2,}|[ \t]*\u3000[ \t\u3000]*)\S.{3,60}?"
    r"(?:[ \t]{2,}|[ \t]*\u3000[ \t\u3000]*)(?:总投资|计划投资|意向投资|协议投资|投资|签约金额|合同金额)"
    r"(?:额)?(?:约|超|近)?\d+(?:\.\d+)?(?:万|亿)元")


def roundup_item(text: str) -> bool:
    """One line of a roundup of projects (``◎某县　某某项目竣工投产　总投资7.2亿元``): text, no title."""
    return _ROUNDUP_ITEM.fullmatch(text.strip()) is not None


def _ledger_line(text: str) -> bool:
    """A line of an infographic: a label and its figures (``总投资2368亿元``) or a project's name
    and its figures (``某项目：总投资45亿元，…``)."""
    return is_figure_line(text) or is_named_figure_line(text)


def _in_figure_block(lines: list[Line], i: int) -> bool:
    """True when a neighbour of figure line ``i`` is a figure line too: the lines of an infographic
    (a single ``某某项目42个`` line may be a title)."""
    before, after = i - 1, i + 1
    if before > 0 and _BOX_LABEL.fullmatch(lines[before].text):
        before -= 1  # 【分类看】 over the line: the ledger's part label, the ledger goes on above it
    if after + 1 < len(lines) and _BOX_LABEL.fullmatch(lines[after].text):
        after += 1
    return (before >= 0 and _ledger_line(lines[before].text)) \
        or (after < len(lines) and _ledger_line(lines[after].text))


#: The label of a part of an infographic, in brackets on a line of its own (``【钱从哪里来】``).
_BOX_LABEL = re.compile(r"【[^】\n]{2,12}】")


def _titles_over_lead(lines: list[Line], i: int) -> bool:
    """True when figure line ``i`` is one of at most two such lines right above a story's dateline
    (``某县前三季度农业总产值增长5.1%`` ⏎ ``村级集体经济收入同比增长14.7%`` ⏎ ``本报讯（…）…``) or
    right above a byline of their own (``本报记者 某某``): a title and its kicker, both of figures,
    not the lines of an infographic."""
    j = i
    while j + 1 < len(lines) and is_figure_line(lines[j + 1].text):
        j += 1
    k = i
    while k > 0 and is_figure_line(lines[k - 1].text):
        k -= 1
    return j - k < 2 and j + 1 < len(lines) \
        and (lines[j + 1].dateline is not None or _reporters_line(lines[j + 1].text, lines[j + 1].start))


def _reporters_line(text: str, start: int) -> bool:
    """True when ``text`` is a byline of its own naming reporters (``本报记者 某某``), as a digital
    edition prints under a title and its kicker; no editors' line."""
    if len(text) > 30:
        return False
    credit = parse_credit_line(text, start)
    return credit is not None and not credit.editors_only and bool(credit.reporters) and credit.has_role


#: A microblog post: topic tags, then its title in brackets and the text run on (``#话题#【标题】正文…``).
_POST = re.compile(r"(?:#[^#\n]{1,24}#\s*)+【(?P<title>[^】\n]{4,40})】(?=\S)")


def _split_posts(lines: list[Line]) -> set[int]:
    """Split each line opening a microblog post (``#项目建设进行时#【某地：某项目投产】6月2日，…``)
    into its title line (the words in 【】, the tags before them left out of the title) and its
    text; returns the ids of the title lines."""
    titles: set[int] = set()
    k = 0
    while k < len(lines):
        ln = lines[k]
        m = _POST.match(ln.text) if ln.text[:1] == "#" else None
        if m is not None:
            head = Line(ln.start, ln.start + m.end("title"), ln.text[:m.end("title")],
                        title_start=ln.start + m.start("title"))
            body = Line(ln.start + m.end(), ln.end, ln.text[m.end():], title_start=ln.start + m.end())
            lines[k:k + 1] = [head, body]
            titles.add(id(head))
            k += 1
        k += 1
    return titles


#: A date in brackets on a line of its own (``（2024年9月9日）``), as printed under a speech's title.
_BRACKETED_DATE = re.compile(r"[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]")


#: A page's section and number on a line of its own (``经济·综合 3``, ``A3 要闻``).
_SECTION_LINE = re.compile(rf"[{HAN}·、]{{2,8}}\s*[A-Z]?\d{{1,2}}|[A-Z]?\d{{1,2}}\s*[{HAN}·、]{{2,8}}")


def _mark_section_line(lines: list[Line]) -> None:
    """The line right under the masthead's date line naming the page's section and number
    (``经济·综合 3``) is page furniture, not a kicker."""
    for i, ln in enumerate(lines[:6]):
        if ln.kind == "date" and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt.kind == "heading" and _SECTION_LINE.fullmatch(nxt.text):
                nxt.kind = "furniture"
            return


def _mark_table_spans(lines: list[Line], spans: list[tuple[int, int]]) -> None:
    """The lines of each table span are body text, and so is the heading line right above its
    header (the table's title), and the title over a note of its unit (``某市…项目表`` ⏎
    ``（单位：亿元）``): a category head inside a table or the title over it opens no story."""
    for start, end in spans:
        for i, ln in enumerate(lines):
            if ln.end <= start:
                continue
            if ln.start >= end:
                break
            ln.kind = "body"
            if ln.start != start or not i or lines[i - 1].kind != "heading":
                continue
            lines[i - 1].kind = "body"
            if i > 1 and TABLE_NOTE.fullmatch(lines[i - 1].text.strip()) and lines[i - 2].kind == "heading":
                lines[i - 2].kind = "body"


def _mark_wrapped_tables(lines: list[Line], text: str) -> None:
    """Lines of a table printed with single spaces and wrapped cells (see
    :func:`find_wrapped_tables`) are body text, and so is the table's title line
    right above it (``某市集中开工重大项目（部分）``): neither is an article title."""
    _mark_table_spans(lines, wrapped_table_spans(text))


def _mark_plain_tables(lines: list[Line], text: str) -> None:
    """The lines of a table whose cells are apart by wide gaps, tabs or bars (see
    :func:`find_tables`), the indented parts of its wrapped rows among them, are body text, and so
    are its title lines (see :func:`_mark_table_spans`)."""
    _mark_table_spans(lines, plain_table_spans(text))


#: The label of a programme's or an issue's contents (``【本期提要】``, ``今日导读``, ``内容提要：``).
_CONTENTS_LABEL = re.compile(r"[【\[]?(?:本期|今日|本期节目|内容|节目)(?:提要|导读|要目)[】\]]?\s*[:：]?")
#: An item of such contents: a number and a mark (``1.某县…``, ``2、…``, ``①…``).
#: (or a bullet: ``●某开发区赴长三角开展…招商``)
_CONTENTS_ITEM = re.compile(r"(?:\d{1,2}\s*[.．、]|[①②③④⑤⑥⑦⑧⑨⑩●○◆■▪•])\s*\S")


def _mark_page_furniture(lines: list[Line]) -> None:
    """Furniture told by its neighbours: a masthead's outlet name, a list of links at the foot.

    * a line that is only an outlet's name (``某某日报``) right above the
      masthead date line (furniture between them aside) is the masthead;
    * the bulleted lines (``· …``) after a ``相关链接：`` label are links to
      other pages, and so are the label and everything after it that is
      heading-like, up to a bulleted title over a lead opening with its
      dateline (a related story printed in full);
    * a contents label (``【本期提要】``) and the numbered titles after it list
      the stories printed below: no title of the first one.
    """
    for i, ln in enumerate(lines):
        if ln.kind == "heading" and OUTLET_NAME.match(ln.text):
            nxt = next((x for x in lines[i + 1:i + 4] if x.kind != "furniture"), None)
            if nxt is not None and nxt.kind == "date":
                ln.kind = "furniture"
        elif ln.kind in ("heading", "body") and is_links_label(ln.text):
            ln.kind = "furniture"
            for k, x in enumerate(lines[i + 1:], i + 1):
                if x.kind not in ("heading", "furniture") or x.text[:1] not in "·•-—●○▪":
                    break
                if k + 1 < len(lines) and lines[k + 1].kind == "body" and lines[k + 1].dateline is not None:
                    break  # a story printed in full under its bulleted title (``·某县…`` ⏎ ``本报讯…``)
                x.kind = "furniture"
        elif ln.kind in ("heading", "furniture") and _CONTENTS_LABEL.fullmatch(ln.text):
            ln.kind = "furniture"  # a programme's or issue's contents, its numbered items after it
            for x in lines[i + 1:]:
                if x.kind != "heading" or not _CONTENTS_ITEM.match(x.text):
                    break
                x.kind = "furniture"


#: A brief's title after its bullet mark: a short line, no colon of a field, no caption's words.
_BRIEF_TITLE_LEN = (6, 40)
_NO_BRIEF_TITLE = re.compile(r"[:：]|图|摄$")


def _brief_below(lines: list[Line], i: int) -> bool:
    """True when the lines after ``lines[i]`` are one short story: a paragraph opening with a
    byline or dateline, or paragraphs closed by a credit before the next title or mark."""
    body = []
    for ln in lines[i + 1:i + 5]:
        if ln.kind in ("heading", "date") or ln.text[:1] in TITLE_BULLETS:
            break
        if ln.kind == "credit":
            return bool(body)
        if ln.kind in ("body", "plainhead"):
            if not body and ln.dateline is not None:
                return True
            body.append(ln)
    return bool(body) and parse_trailing_credit(body[-1].text, body[-1].start) is not None


def _unmarked_brief_title(lines: list[Line], i: int) -> bool:
    """A plain line of a markdown page inside a column of briefs, over its own short story: after
    the column's heading (``## 县市简讯``) or after the credit closing the brief before it
    (``…。（记者 某某）`` ⏎ ``某县新增市场主体860户`` ⏎ ``一季度，…。（通讯员 某某）``)."""
    title = lines[i].text
    if not i or i + 1 >= len(lines) or not _BRIEF_TITLE_LEN[0] <= len(title) <= _BRIEF_TITLE_LEN[1] \
            or not is_heading_like(title) or _NO_BRIEF_TITLE.search(title) or is_caption_start(title):
        return False
    nxt = lines[i + 1]  # the brief: one paragraph closed by its credit, or opening with a dateline
    if nxt.kind != "body" or (nxt.dateline is None and parse_trailing_credit(nxt.text, nxt.start) is None):
        return False
    prev = lines[i - 1]
    if prev.kind == "heading":
        return prev.level > 0 and is_column_label(prev.text)
    return prev.kind in ("body", "credit") and (
        prev.kind == "credit" or parse_trailing_credit(prev.text, prev.start) is not None)


def _mark_bulleted_briefs(lines: list[Line]) -> None:
    """A bullet-marked title over its own short story is a brief's title (``▲某县某某项目试生产`` ⏎
    ``近日，…。（记者 某某）``, ``■ 某县某某项目竣工投产`` ⏎ ``某报某地讯（记者 某某）…``): a title
    even where a mark opens captions (``▲``) and on a markdown page, whose plain lines are no titles."""
    for i, ln in enumerate(lines):
        if ln.kind == "plainhead" and _unmarked_brief_title(lines, i):
            ln.kind, ln.level = "heading", 0
            if lines[i - 1].kind == "heading":
                lines[i - 1].kind = "furniture"  # the column's label (``## 县市简讯``), no title of a brief
            continue
        if ln.text[:1] not in TITLE_BULLETS or ln.kind not in ("caption", "plainhead", "heading", "body") \
                or roundup_item(ln.text):
            continue
        offset = title_offset(ln.text)
        title = ln.text[offset:]
        if not offset or not _BRIEF_TITLE_LEN[0] <= len(title) <= _BRIEF_TITLE_LEN[1] \
                or not is_heading_like(title) or _NO_BRIEF_TITLE.search(title) \
                or is_caption_start(title) or is_column_label(title):
            continue
        if _brief_below(lines, i):
            ln.kind, ln.level, ln.title_start = "heading", 0, ln.start + offset


def _restore_flagged_titles(lines: list[Line], max_heading: int) -> None:
    """A title-like line flagged as a caption is a title when a byline follows and no title precedes it.

    Cleaners flag a short line in a photo slot (after a gap, before a byline)
    as a caption; on a plain page that is also where a short headline stands.
    """
    for i, ln in enumerate(lines):
        if ln.kind != "caption" or is_caption_start(ln.text) or not is_heading_like(ln.text, max_heading) \
                or ln.text in IMAGE_PLACEHOLDERS:
            continue  # (a picture's label, ``图片``, is no title whatever follows it)
        before = lines[i - 1] if i else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if before is not None and before.kind == "heading":
            continue
        if after is not None and (after.kind == "credit" or (
                after.kind == "body" and after.dateline is not None)):
            ln.kind = "heading"


# -- step 2: articles from heading groups -------------------------------------------

def _groups(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Split lines into (heading group, lines up to the next group); the first group may be empty."""
    parts: list[tuple[list[Line], list[Line]]] = [([], [])]
    for ln in lines:
        head, rest = parts[-1]
        if ln.kind == "heading":
            if head and not rest:
                head.append(ln)
            else:
                parts.append(([ln], []))
        else:
            rest.append(ln)
    return parts


def _content(lines: list[Line]) -> list[Line]:
    return [ln for ln in lines if ln.kind not in ("furniture", "date", "caption")]


def _opens_with_byline(block: list[Line]) -> bool:
    """The text under a title opens with a byline, a dateline or the article's own date line."""
    content = [ln for ln in block if ln.kind not in ("plainhead", "furniture", "caption")][:2]
    for ln in content:
        if ln.kind in ("credit", "date"):
            return True
        if ln.kind == "body":
            return ln.dateline is not None
    return False


#: A column label in square brackets with the days it covers after it
#: (``【一周项目速递】（11月16日—11月22日）``, ``【本周项目动态】(3.2-3.8)``).
_DATED_LABEL = re.compile(r"【([^【】]{2,12})】\s*[（(][^（）()]{0,24}\d[^（）()]{0,24}[）)]")


def _dated_label(title: str) -> str:
    """The label of a column title printed with its days (``【一周项目速递】（11月16日—11月22日）`` →
    ``一周项目速递``); ``""`` for any other title."""
    m = _DATED_LABEL.fullmatch(title.strip())
    return m.group(1) if m else ""


def _opens_with_script_label(block: list[Line]) -> bool:
    """The text under a title opens with a broadcast script's bare part label (``【解说】``, ``【导语】``)."""
    first = next((ln for ln in block if ln.kind in ("body", "plainhead", "credit")), None)
    return first is not None and is_script_label(first.text, bare=True)


def _split_banner(group: list[Line]) -> tuple[list[Line], list[Line]]:
    """Separate column banners from the title lines of a heading group."""
    banners = [ln for ln in group if is_banner(ln.text)]
    rest = [ln for ln in group if ln not in banners]
    if len(rest) >= 2 and is_column_label(rest[0].title.text):
        banners.append(rest.pop(0))
    if len(rest) >= 2 and rest[0].level:
        first, others = rest[0], rest[1:]
        if all(o.level > first.level for o in others) and len(first.title.text) <= 16 \
                and not any(p in first.text for p in "，,：:—") \
                and not _REPORTS_EVENT.search(first.title.text):  # ``# 某县5个项目集中签约`` is news
            banners.append(first)
            rest = others
    return banners, rest


#: A photo news's label over its caption (``图片新闻``, ``新闻图片``, ``图说新闻``).
_PHOTO_NEWS_LABEL = re.compile(r"[【\[]?(?:图片新闻|新闻图片|图说新闻|图片报道|新闻图说)[】\]]?")


def _photo_news_caption(titles: list[Line], block: list[Line]) -> bool:
    """True when a photo news's label stands over captions only, the last closed by the picture's
    credit in brackets (``图片新闻`` ⏎ ``11月24日，…工人正在调试…。（记者 某某 摄）``): a piece of its own."""
    if len(titles) != 1 or not _PHOTO_NEWS_LABEL.fullmatch(titles[0].title.text.strip()):
        return False
    content = [ln for ln in block if ln.kind not in ("furniture", "date")]
    return bool(content) and all(ln.kind == "caption" for ln in content) \
        and parse_trailing_credit(content[-1].text, content[-1].start) is not None


def _has_body(block: list[Line]) -> bool:
    return any(ln.kind in ("body", "credit", "plainhead") for ln in block)


def split_drafts(lines: list[Line]) -> list[Draft]:
    """Group lines into article drafts, deciding which heading groups open an article."""
    drafts: list[Draft] = []
    current: Draft | None = None
    column: str | None = None
    parts = _groups(lines)
    style = _page_style(parts)
    briefs: str | None = None  # numbering style of a page of numbered briefs (1. 2. 3.)
    # a round-up whose places each have a one-line title (``某某区：…``): each opens a story
    place_sections = sum(1 for group, _block in parts if len(group) == 1
                         and _place_titled(group[0])) >= 2
    notes: list[Line] = []  # an editor's note printed above the next story
    dated: tuple[list[Line], list[Line]] | None = None  # a title over its date line only
    ruled = False  # the lines before this heading group end with a rule line (``------``)
    for k, (group, block) in enumerate(parts):
        after_rule, ruled = ruled, _ends_with_rule(block)
        if group and notes:
            block = [*notes, *block]
            notes = []
        block, notes = _split_trailing_notes(block)
        if not group:  # lines before the first heading
            if any(ln.kind in ("body", "plainhead") for ln in block):
                current = Draft(header=[], lines=list(block), credited=_credited(block))
                drafts.append(current)
            continue
        banners, titles = _split_banner(group)
        if dated is not None:
            titles, block = [*dated[0], *titles], [*dated[1], *block]
            dated = None
        if titles and block and not _has_body(block) and _opens_sections(block, parts, k):
            dated = (titles, block)  # a report's title and date, its first section heading next
            continue
        while len(titles) >= 2 and is_outline_item(titles[-1].title.text) \
                and not is_outline_item(titles[0].title.text):
            section = titles.pop()  # ``一、工作回顾`` right under the title opens the first section
            section.kind = "subheading"
            block = [section, *block]
        if banners:
            column = banners[0].title.text
        if not titles:
            if current is not None:
                current.lines.extend(block)
            continue
        if not _has_body(block) and _photo_news_caption(titles, block):
            for ln in block:
                if ln.kind == "caption":
                    ln.kind = "body"  # ``图片新闻`` ⏎ ``…工人正在…。（记者 某某 摄）``: its text
        if not _has_body(block):
            if len(titles) >= 2 and kicker_score(titles[-1].title.text) and not is_label(titles[-1].text):
                titles[-1].kind = "body"  # a paragraph without a final stop under its title
                block = [titles.pop(), *block]
            elif not drafts and group is parts[-1][0]:
                drafts.append(Draft(header=titles, lines=list(block), column=column))  # a lone title
                continue
            else:
                continue  # a title with nothing under it: trailing furniture
        brief = _brief_title(titles, briefs, drafts)
        placed = place_sections and len(titles) == 1 and _place_titled(titles[0])
        # (a commentary's column over its title, ``□ 短评`` ⏎ ``抓项目要…``: a piece of its own)
        commentary = bool(banners) and len(titles) == 1 \
            and _COMMENTARY_COLUMN.search(banners[-1].title.text) is not None \
            or len(titles) == 1 and k > 0 and _ends_with_commentary_label(parts[k - 1][1]) \
            or len(titles) == 1 and k > 0 and _ends_with_news_label(parts[k - 1][1]) \
            and _first_content_is_body(block)
        # (a title right under a rule line drawn between the items of a site's page opens an item,
        # when text stands under it)
        ruled_item = after_rule and len(titles) == 1 \
            and any(ln.kind in ("body", "credit") for ln in _content(block)[:1])
        if brief is not None or _opens_article(current, titles, block, style) or placed or commentary \
                or ruled_item:
            if brief is not None:
                briefs = brief
                ln = titles[0]
                ln.title_start = ln.start + _mark_len(ln.text)  # the title without its number
            current = Draft(header=titles, lines=list(block), column=column, credited=_credited(block),
                            place_section=placed)
            column = None
            drafts.append(current)
        else:
            assert current is not None
            for ln in titles:
                ln.kind = "subheading"
            current.lines.extend(titles + block)
            current.credited = current.credited or _credited(block)
        _note_closing(current)
    if notes and current is not None:
        current.lines.extend(notes)
    return drafts


#: A bulleted brief's title naming its place short, a colon, then its news (``■ 某某：某口岸联检楼竣工``).
_SHORT_PLACE_TITLE = re.compile(rf"(?P<place>[{HAN}]{{2,4}})[:：][{HAN}A-Za-z0-9“”\"‘’、·%.]{{4,24}}")


def _place_titled(ln: Line) -> bool:
    """True for a round-up's section title (see :func:`is_place_section_title`) or a bulleted one
    naming a county or city by its short name (``■ 某某：…``, the name a division's)."""
    if is_place_section_title(ln.title.text):
        return True
    if ln.text[:1] not in TITLE_BULLETS:
        return False
    m = _SHORT_PLACE_TITLE.fullmatch(ln.title.text.strip())
    return m is not None and m.group("place") in _division_names()


@functools.cache
def _division_names() -> frozenset[str]:
    return division_names()


#: A line drawn across between the items of a page: a run of dashes, equals signs or stars.
_RULE_LINE = re.compile(r"[-=_*＊—─━－＝]{6,}")


def _ends_with_rule(block: list[Line]) -> bool:
    """True when the last line of ``block`` is a rule line drawn between items."""
    return bool(block) and _RULE_LINE.fullmatch(block[-1].text) is not None


def _opens_sections(block: list[Line], parts: list[tuple[list[Line], list[Line]]], k: int) -> bool:
    """True when ``block`` holds a date line (furniture aside) and the next heading group opens
    with a short first section (``一、综合``): the title above belongs to the sections below."""
    if k + 1 >= len(parts) or not parts[k + 1][0]:
        return False
    if any(ln.kind not in ("date", "furniture") for ln in block) or all(ln.kind != "date" for ln in block):
        return False
    first = parts[k + 1][0][0].title.text
    return len(first) <= 14 and is_first_outline_item(first)  # a section's name, not a brief's title


def _split_trailing_notes(block: list[Line]) -> tuple[list[Line], list[Line]]:
    """``(block, notes)``: an editor's note ending a block (furniture after it aside) opens the next story."""
    at = None
    for k in range(len(block) - 1, -1, -1):
        kind = block[k].kind
        if kind == "note":
            at = k
        elif kind not in ("furniture", "date"):
            break
    if at is None:
        return block, []
    return block[:at], block[at:]


def _mark_len(text: str) -> int:
    found = outline_style(text)
    return found[1] if found else 0


def _brief_title(titles: list[Line], briefs: str | None, drafts: list[Draft]) -> str | None:
    """The numbering style when ``titles`` is the numbered title of a brief, else None.

    A page whose first title is numbered as a first item (``1.``, ``一、``)
    is a list of briefs: every later title numbered in the same style opens
    a brief of its own, bylined or not.
    """
    if len(titles) != 1:
        return None
    found = outline_style(titles[0].title.text)
    if found is None:
        return None
    if briefs is None:
        return found[0] if not drafts and is_first_outline_item(titles[0].title.text) else None
    return briefs if found[0] == briefs else None


def _credited(block: list[Line]) -> bool:
    return _opens_with_byline(block) or any(ln.kind == "credit" for ln in block)


def _page_style(parts: list[tuple[list[Line], list[Line]]]) -> dict[str, bool]:
    """Page-wide habits: do the markdown titles of this page come with bylines?"""
    md_groups = [block for group, block in parts if group and any(ln.level for ln in group)]
    with_byline = sum(_opens_with_byline(block) for block in md_groups)
    return {"md_bylined": len(md_groups) >= 3 and with_byline >= 0.6 * len(md_groups)}


def _closes_with_credit(block: list[Line]) -> bool:
    """A short block whose last line is a credit (photo news, briefs)."""
    content = _content(block)
    bodies = [ln for ln in content if ln.kind in ("body", "plainhead")]
    if not content or len(bodies) > 3:
        return False
    last = content[-1]
    if last.kind == "credit":
        return True
    # (a photo news's long caption with its credit in brackets at its end, ``…生产线。（记者 某某 摄）``)
    return last.kind in ("body", "caption") and parse_trailing_credit(last.text, last.start) is not None


#: A column of the paper's own comment (``□ 短评``, ``■ 快评``), or of a reporter's own notes
#: (``记者手记``, ``采访札记``), printed over a piece's title, in square brackets or not (``【短评】``).
_COMMENTARY_COLUMN = re.compile(r"(?:短评|快评|时评|述评|微评|锐评|(?:记者|采访)(?:手记|札记|随笔))[】\]]?$")


#: A commentary's column label in square brackets on a line of its own (``【短评】``, ``【记者手记】``).
_BRACKETED_COMMENTARY = re.compile(r"[【\[](?:短评|快评|时评|述评|微评|锐评"
                                   r"|(?:记者|采访)(?:手记|札记))[】\]]")


#: The bracketed label of a related story printed after an account's or a site's story (``【相关新闻】``,
#: ``【延伸阅读】``, ``[相关阅读]``); a bare ``相关链接`` box is the story's own background.
_BRACKETED_NEWS_LABEL = re.compile(r"[【\[]\s*(?:相关新闻|延伸阅读|相关阅读|相关报道)\s*[】\]]")


def _ends_with_news_label(block: list[Line]) -> bool:
    """The lines before a title end with a related story's bracketed label that cleaning took for
    furniture (``【相关新闻】`` ⏎ ``某旗：某项目投产`` ⏎ ``6月30日，…``): the title opens a story."""
    return bool(block) and block[-1].kind == "furniture" \
        and _BRACKETED_NEWS_LABEL.fullmatch(block[-1].text.strip()) is not None


def _first_content_is_body(block: list[Line]) -> bool:
    """True when the first text under a title is a paragraph or a byline (no sub-title, no list)."""
    first = next((ln for ln in block if ln.kind not in ("furniture", "caption", "date")), None)
    return first is not None and first.kind in ("body", "credit")


def _ends_with_commentary_label(block: list[Line]) -> bool:
    """The lines before a title end with a commentary's bracketed label that cleaning took for furniture
    (``【短评】`` ⏎ ``某某见作风`` ⏎ …): the title opens a piece of its own."""
    return bool(block) and block[-1].kind == "furniture" \
        and _BRACKETED_COMMENTARY.fullmatch(block[-1].text.strip()) is not None


def _opens_article(current: Draft | None, titles: list[Line], block: list[Line],
                   style: dict[str, bool]) -> bool:
    if current is None or current.closed:
        return True
    if _opens_with_byline(block):
        return True
    if len(titles) >= 2 and not all(is_outline_item(ln.title.text) for ln in titles):
        return True
    if len(titles) == 1 and is_outline_item(titles[0].title.text):
        return False
    if len(titles) == 1 and piece_label_len(titles[0].text):
        return True  # 【相关解读】某某…: a piece printed after the release, not a part of it
    if (current.credited or _desk_comment(current)) and _closes_with_credit(block) \
            and not _bracketed_like_before(current, titles):
        return True
    if len(titles) == 1 and story_title_over_lead(titles[0].title.text, block):
        return True
    if len(titles) == 1 and _opens_with_script_label(block) and not _opens_with_script_label(current.lines):
        return True  # 某县某某项目投产 ⏎ 【解说】: a transcript's item after one opened otherwise
    if len(titles) == 1 and _continued_below(block):
        return True  # a jump head over ``（上接第1版）…``: a story continued, never a section of another
    level = min((ln.level for ln in titles if ln.level), default=0)
    if level and current.level and level <= current.level and not style["md_bylined"]:
        return True
    if len(titles) == 1 and _bulleted_briefs(block) \
            and (level or names_a_column(titles[0].title.text)
                 or names_a_column(_dated_label(titles[0].title.text))):
        return True  # ``### 项目速递`` (or a plain ``简讯``) over ``■ 某县：…`` items: a column of briefs
    if len(titles) == 1 and _bulleted_briefs(current.lines) and _has_body(block) \
            and not _bulleted_briefs(block) and _first_body_unbulleted(block):
        return True  # a title over plain paragraphs after a column of ``■`` briefs: a story of its own
    if len(titles) == 1 and _COMMENT_LABEL.fullmatch(titles[0].title.text.strip()) and _has_body(block):
        return True  # ``【编后】`` ⏎ ``从…到…，…``: the desk's comment after the stories, a piece of its own
    if len(titles) == 1 and names_a_column(titles[0].title.text) and _place_led_items(block):
        return True  # ``县域快讯`` ⏎ ``某县 10月10日，…`` ⏎ ``某县 前三季度，…``: a column of items by place
    if len(titles) == 1 and names_a_column(titles[0].title.text) and _firm_led_items(block):
        return True  # ``公司速递`` ⏎ ``某某股份（600XXX）公告，…`` ⏎ …: a column of listed firms' items
    if len(titles) == 1 and is_column_label(titles[0].title.text) and _bulleted_briefs(block, tags=True):
        # ``县区速递`` over ``【某县】…`` items: a column of briefs by place (a weekly's ``本周看点`` over
        # ``●`` items stays a part of its story)
        return True
    return False


#: The label of the desk's or a reporter's comment alone on its line, in square brackets (``【编后】``,
#: ``【短评】``, ``【记者手记】``).
_COMMENT_LABEL = re.compile(r"[【\[]\s*(?:编后|编后语|编后感|短评|点评|快评|时评|微评|记者手记|采访手记)"
                            r"\s*[】\]]")


#: An item of a column led by its county or district, then a blank, a time word or the place again
#: (``某县 10月10日，…``, ``某区　前三季度，…``, ``某县某县人民医院…``).
_PLACE_LED_ITEM = re.compile(r"(?P<p>[\u4e00-\u9fff]{1,5}(?:县|区|市|旗))"
                             r"(?:[ \u3000]|(?=\d|前|今|近|日前|全|(?P=p)))")


def _desk_comment(current: Draft) -> bool:
    """True when the open piece is the desk's comment under its bracketed label (``【编后】``): it ends
    where a credited brief begins, as a credited story does."""
    return len(current.header) == 1 \
        and _COMMENT_LABEL.fullmatch(current.header[0].title.text.strip()) is not None


#: An item of a column of listed firms' news, led by the firm's short name and its stock code in
#: brackets (``某某股份（600123）公告，…``, ``某某科技(301234.SZ)披露，…``).
_FIRM_LED_ITEM = re.compile(r"[\u4e00-\u9fffA-Z*]{2,8}[（(]\d{6}(?:\.(?:SH|SZ|BJ))?[）)]")


def _firm_led_items(block: list[Line]) -> bool:
    """True when the text under a column's label is two paragraphs or more, each led by a listed firm's
    short name and stock code (``某某新材（301562）…公告，…``), the first paragraph one of them."""
    lines = [ln for ln in _content(block) if ln.kind == "body"]
    led = [ln for ln in lines if _FIRM_LED_ITEM.match(ln.text.lstrip())]
    return len(led) >= 2 and bool(lines) and lines[0] is led[0]


def _place_led_items(block: list[Line]) -> bool:
    """True when the text under a column's label is two items or more, each a paragraph led by its
    county or district (``某县 10月10日，…``, ``某区前三季度，…``), the first line of the block one."""
    lines = [ln for ln in _content(block) if ln.kind == "body"]
    led = [ln for ln in lines if _PLACE_LED_ITEM.match(ln.text.lstrip()) or led_by_place(ln.text)]
    return len(led) >= 2 and bool(lines) and lines[0] is led[0]


#: A sub-head in square brackets on a line of its own (``【县人民医院新院区主体封顶】``).
_BRACKETED_HEAD = re.compile(r"【[^【】\n]{2,30}】")


def _bracketed_like_before(current: Draft, titles: list[Line]) -> bool:
    """True when a lone title in square brackets follows sub-heads of that shape in the open article
    (``【甲医院主体封顶】`` … ``【乙中心揭牌运营】``): one more section of it, even when the closing
    credit of the whole story comes after it."""
    if len(titles) != 1 or _BRACKETED_HEAD.fullmatch(titles[0].title.text.strip()) is None:
        return False
    return any(ln.kind in ("subheading", "heading", "plainhead")
               and _BRACKETED_HEAD.fullmatch(ln.text.strip()) for ln in current.lines)


def _continued_below(block: list[Line]) -> bool:
    """True when the first text under a title opens with a jump line (``（上接第1版）此次…``)."""
    first = next((ln for ln in block if ln.kind in ("body", "plainhead")), None)
    return first is not None and first.text[:1] in "（(" and _JUMP_OPENING.match(first.text) is not None


#: The bullet opening each brief of a column (``■ 某县：…``, ``● …``, ``◆ …``; a digital edition's
#: middle dot, ``·某县…``; a triangle before a place and a colon, ``▲某旗：…``, which elsewhere opens
#: a caption; a bullseye, ``◎ …``).
_BRIEF_BULLETS = frozenset("■●◆▶★·•▲◎")


def _first_body_unbulleted(block: list[Line]) -> bool:
    """True when the first paragraph of ``block`` opens with no bullet of a brief."""
    first = next((ln for ln in block if ln.kind in ("body", "plainhead")), None)
    return first is not None and first.text[:1] not in _BRIEF_BULLETS


#: A place's tag in square brackets opening a brief (``【某某县】4月15日，…``).
_PLACE_TAG = re.compile(r"【[\u4e00-\u9fff]{2,10}】")
#: Or a place's name and a colon (``某某县：今年一季度，…``, ``某某市:某某物流园项目…``).
_PLACE_COLON = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|县|区|旗|州|镇|乡)[:：](?=\S)")


def _bulleted_briefs(block: list[Line], tags: bool = False) -> bool:
    """True when every paragraph of ``block`` (two or more) opens with a bullet (``tags``: with a
    place's tag in square brackets, ``【某某县】…``, or a place's name and a colon, ``某某县：…``): briefs."""
    bodies = [ln for ln in block if ln.kind in ("body", "plainhead")]
    if tags:
        return len(bodies) >= 2 and all(_PLACE_TAG.match(ln.text) is not None
                                        or _PLACE_COLON.match(ln.text) is not None for ln in bodies)
    if len(bodies) >= 3 and bodies[-1].text[:1] not in _BRIEF_BULLETS \
            and parse_trailing_credit(bodies[-1].text, bodies[-1].start) is not None:
        bodies = bodies[:-1]  # the column's closing line and its credit (``本周，…。（本报综合）``)
    return len(bodies) >= 2 and all(ln.text[:1] in _BRIEF_BULLETS for ln in bodies)


#: The event a news title reports, ending it (``某县某某项目开工``, ``某区两个项目签约``).
_EVENT_TITLE_END = re.compile(r"(?:开工|签约|投产|竣工|落地|开业|举行|召开|启动|建成|揭牌|通车|投运|落户"
                              r"|奠基"
                              # (works finished or accepted, water works filled or carrying water, a line's
                              # milestone: ``某县小型水库除险加固完工``, ``某工程通过完工验收``,
                              # ``某水库下闸蓄水``, ``某供水工程全线通水``, ``某隧道贯通``)
                              r"|完工|验收|蓄水|通水|贯通|合龙|试运营)$")
#: A story's first words: the day of the news and a comma (``7月24日，``), or a day the story leaves
#: vague (``日前，``, ``近日，``).
_STORY_LEAD = re.compile(r"(?:\d{1,2}月\d{1,2}日|日前|近日|昨日|昨天)[，,]")


def story_title_over_lead(title: str, block: list[Line]) -> bool:
    """True when a lone title reporting an event stands over a paragraph opening with the day of
    the news (``某县某某项目开工`` ⏎ ``7月24日，…``): a story run on after another, not a section
    (a section's label names its item before a colon: ``某某项目：竣工投产``)."""
    if _EVENT_TITLE_END.search(title) is None or is_outline_item(title) or "：" in title or ":" in title:
        return False
    first = next((ln for ln in block if ln.kind not in ("furniture", "caption")), None)
    return first is not None and first.kind == "body" and _STORY_LEAD.match(first.text) is not None


def _note_closing(draft: Draft) -> None:
    """Mark a draft closed when its last content line is a credit or ends with one."""
    content = _content(draft.lines)
    if not content:
        return
    last = content[-1]
    body = [ln for ln in content if ln.kind in ("body", "plainhead")]
    if last.kind == "credit" and body and last.start > body[0].start:
        draft.closed = True
    elif last.kind == "body" and parse_trailing_credit(last.text, last.start) is not None:
        draft.closed = True
    elif body and draft.lines[-1].kind == "furniture" and draft.lines[-1].start > body[-1].start \
            and _EDITOR_NOTE.fullmatch(draft.lines[-1].text.strip()):
        draft.closed = True  # ``…。`` ⏎ ``（责任编辑：某某）``: a site's editor line closes the story


#: A site's editor line in brackets after a story (``（责任编辑：某某）``, ``[编辑：某某]``).
_EDITOR_NOTE = re.compile(rf"[（(\[【]\s*(?:责任编辑|编辑|责编|审核)\s*[:：]\s*[{HAN}]{{2,4}}"
                          rf"(?:[ 、，,\u3000]+[{HAN}]{{2,4}})?\s*[）)\]】]")


# -- step 3: one article ------------------------------------------------------------

#: The company issuing a filing, on the line above its title (``某某股份有限公司``); a government
#: office above a notice's title is a banner, no part of it.
_ISSUER = re.compile(rf"[{HAN}（）()]{{4,40}}(?:公司|集团)")
#: The title of a company's filing (``关于投资建设…项目的公告``), also of one telling a matter's later
#: course or adding to an earlier one (``关于对外投资项目的进展公告``, ``…的补充公告``, ``…的更正公告``).
_DOC_TITLE = re.compile(r"关于.{2,60}的(?:提示性|进展|进展情况|补充|更正|实施)?公告")


def issuer_title(header: list[Line]) -> bool:
    """True for a two-line heading whose first line names a company and whose second is the title
    of its filing (``某某股份有限公司`` ⏎ ``关于…的公告``): one title, the company its source."""
    return len(header) == 2 and header[1].text.startswith("关于") \
        and _ISSUER.fullmatch(header[0].text) is not None and _DOC_TITLE.fullmatch(header[1].text) is not None


def _pick_title(header: list[Line], text: str, doc: Document | None = None) -> tuple[list[Line], list[Line]]:
    """Split a heading group into title line(s) and kicker lines (``doc`` tells which lines the
    page printed over two lines)."""
    if len(header) == 1 or issuer_title(header):
        return header, []
    if any(ln.level for ln in header):
        top = min(ln.level for ln in header if ln.level)
        first = next(i for i, ln in enumerate(header) if ln.level == top)
        last = first
        while (last + 1 < len(header) and header[last + 1].level == top
               and not text[header[last].end:header[last + 1].start].strip("#\n\t \u3000")):
            last += 1  # a title printed in two parts at the same level
        run = header[first:last + 1]
        if len(run) == 1 or not any(kicker_score(ln.title.text) for ln in run):
            return run, [ln for ln in header if ln not in run]
        best = _least_kicker_like(run)  # same size, but one of them reads as a kicker
        return [best], [ln for ln in header if ln is not best]
    for i, ln in enumerate(header[:-1]):
        if _PLACE_PERIOD_TITLE.fullmatch(ln.title.text):
            # ``某县前4个月`` ⏎ ``新签约项目21个``: one title printed over two lines
            return header[i:i + 2], header[:i] + header[i + 2:]
        if _PARTNERS_TITLE.fullmatch(ln.title.text) and _JOINT_WORK.match(header[i + 1].title.text):
            # ``某区牵手某地企业`` ⏎ ``共建某产业园``: one title printed over two lines
            return header[i:i + 2], header[:i] + header[i + 2:]
    figures = [ln for ln in header if _FIGURE_ONLY.fullmatch(ln.title.text)]
    best = _least_kicker_like([ln for ln in header if ln not in figures] or header, doc)
    at = header.index(best)
    if at + 1 < len(header) and header[at + 1] in figures:
        return [best, header[at + 1]], header[:at] + header[at + 2:]  # a title cut before its figure
    return [best], [ln for ln in header if ln is not best]


#: A heading line naming only a place and a period (``某县前4个月``, ``某区上半年``): the first line of
#: a title printed over two, the news on the next line.
_PLACE_PERIOD_TITLE = re.compile(
    rf"[{HAN}]{{1,8}}(?:县|区|市|州|镇|乡|旗)(?:今年)?"
    r"(?:前\d{1,2}个月|1?\d月|1?\d\s*[-—至~]\s*1?\d月|[一二三四]季度|前三季度|上半年|今年以来)")


#: A heading line that brings two parties together (``某区牵手某地企业``, ``甲县与乙集团``,
#: ``两地携手``), no blank inside (a kicker of two phrases, ``沪喀携手 产业援藏结硕果``, is one).
_PARTNERS_TITLE = re.compile(rf"[{HAN}]{{1,12}}(?:牵手|携手|联手|握手|与)[{HAN}]{{2,12}}")
#: A heading line opening on work the parties do together (``共建…``, ``共同打造…``, ``合力建设…``):
#: it needs the parties of the line above, so both print one title.
_JOINT_WORK = re.compile(rf"(?:(?:共同|合力|携手|联手)(?:打造|建设|推进|建)|共(?:建|创|推|育|筑|办|谋))"
                         rf"[{HAN}“]")


#: A heading line holding nothing but a figure (``156.4亿元``, ``23个``): the end of the title
#: above it, cut by a narrow column (``12个项目落地 协议总投资`` ⏎ ``156.4亿元``).
_FIGURE_ONLY = re.compile(r"[约近超逾]?\d+(?:\.\d+)?[万亿]*(?:元|美元|个|家|项|亿|万)(?:以上|余)?")


#: A title naming its place before a colon and what goes on there (``某县：项目建设“满格”推进``):
#: the main title, over a line of figures under it too.
_PLACE_TITLE = re.compile(rf"[{HAN}]{{2,6}}[:：](?=[{HAN}“\"]).{{4,}}")


def _least_kicker_like(lines: list[Line], doc: Document | None = None) -> Line:
    """The line that reads most like a main title (see :func:`kicker_score`); with ``doc``, a line
    the page printed over two lines (a large title in a narrow column) before one it printed on one."""
    texts = [ln.title.text for ln in lines]
    roles = [title_role(ln.text[title_offset(ln.text):]) for ln in lines]  # labelled 引题：, 主题：
    scores = [kicker_score(t) + {"kicker": 10, "title": -10}.get(r or "", 0) + _said_subtitle(t)
              + (3 if _ORGAN_BANNER.fullmatch(t) else 0)  # the bare name of an office is no title
              for t, r in zip(texts, roles)]
    digits = [any(c.isdigit() for c in t) for t in texts]  # news titles carry the figures
    events = [_REPORTS_EVENT.search(t) is not None or _TALLY_NEWS.fullmatch(t) is not None
              for t in texts]  # …集中开工, 某县新建高标准农田18万亩: the news itself
    sums = [t.startswith(_SUM_OPENERS) and any(e for j, e in enumerate(events) if j != i)
            for i, t in enumerate(texts)]  # 总投资…亿元 涵盖…: the sum restated under the event's title
    under = [_under_event_title(texts, events, i) for i in range(len(texts))]  # 某项目投产 ⏎ its gloss
    sums = [x or bare_figure_subtitle(texts, i) for i, x in enumerate(sums)]  # 某枢纽投运 ⏎ 年可周转…
    # (养殖水体… 年产… or 已完成投资… under a works' news; 某平台等5个项目落地 under a batch's signing)
    sums = [x or works_gloss(texts, i) or one_of_batch_under(texts, i) for i, x in enumerate(sums)]
    sums = [x or _paired_gloss_of_event(texts, i) for i, x in enumerate(sums)]  # 某园一期竣工 ⏎ 甲　乙
    placed = [_PLACE_TITLE.match(t) is not None for t in texts]  # 某地：…, a county report's title
    tallies = [_figure_subtitle(texts, i) or _batch_tally_under(texts, events, i)
               or figure_deck_under(lines, i)
               for i in range(len(texts))]  # 9个项目签约 总额…, under its title
    glosses = [_comparison_gloss(texts, i) for i in range(len(texts))]  # 主要指标增速高于全省…, no figure
    milestones = [_MILESTONE_TITLE.search(t) is not None for t in texts]
    plans = [plan_gloss(texts, events, milestones, i) for i in range(len(texts))]  # 全线计划…建成通车
    lead = [_lead_statistic(texts, i) for i in range(len(texts))]  # 前10月…增长9.6% ⏎ 某地某产业…
    scoped = [_scope_gloss(texts, i) for i in range(len(texts))]  # 某市… ⏎ 前10个月全市…增长18.6%
    # (某市一季度地区生产总值增长… ⏎ 工业投资增长…: the line of further figures)
    scoped = [x or _unplaced_figures(texts, i) for i, x in enumerate(scoped)]
    wrapped = [_printed_over_two_lines(doc, ln) for ln in lines] if doc is not None and doc.offsets \
        else [False] * len(lines)
    best = min(range(len(lines)),
               key=lambda i: (scores[i], not placed[i], sums[i], under[i], tallies[i], glosses[i], plans[i],
                              lead[i], scoped[i],
                              not wrapped[i],
                              not digits[i],
                              not milestones[i],  # 某水库下闸蓄水 under a slogan line: the news itself
                              -len(texts[i]), i))
    return lines[best]


#: A figure told of the place by its scope word alone (``前10个月全市工业投资增长18.6%``), which
#: refers back to the place another line names.
#: (the scope word opens the line or follows its period: ``天全县…`` names a county, no scope)
_SCOPE_FIGURE = re.compile(r"(?:今年|去年)?(?:前\d{1,2}个?月|1?\d\s*[-—–~至]\s*1?\d月|\d{1,2}月份?"
                           r"|[一二三四]季度|前三季度|上半年|今年以来|全年)?[，,]?"
                           rf"全(?:省|市|县|区|旗|州)[{HAN}]{{2,14}}?"
                           r"(?:增长|下降|突破|达到?|超)[^，,。\s]{0,4}?\d")
#: A place named at the head of a line (``灵武…``, ``某某县…``), the place a scope word refers to.
_NAMED_HEAD = re.compile(rf"[{HAN}]{{2,8}}")


#: A line opening on a statistic and its growth (``工业投资增长26.8% …``), the name at its head a measure.
_FIGURE_OPENING = re.compile(rf"(?P<head>[{HAN}]{{2,12}}?)(?:同比)?(?:增长|下降)\d+(?:\.\d+)?%")
#: A line naming a place, then a period, then its statistic (``某市一季度地区生产总值增长5.4%``).
_PLACE_PERIOD_FIGURE = re.compile(
    rf"(?P<place>[{HAN}]{{2,8}}?)(?:市|县|区|旗|盟|州)?(?:今年)?"
    r"(?:前\d{1,2}个?月|1?\d\s*[-—–~至]\s*1?\d月|[一二三四]季度|前三季度|上半年|今年以来|全年)"
    rf"[{HAN}A-Za-z]{{2,16}}?(?:同比)?(?:增长|下降)\d+(?:\.\d+)?%")


def _unplaced_figures(texts: list[str], i: int) -> bool:
    """True when heading ``i`` opens on a statistic with no place (``工业投资增长26.8% 新开工项目数创…``)
    while another heading names a division, its period and a statistic (``某市一季度地区生产总值增长5.4%``):
    the line of further figures is the subtitle under the title that names the place."""
    m = _FIGURE_OPENING.match(texts[i])
    if m is None or any(texts[i].startswith(n) for n in _division_names() if len(n) >= 2):
        return False
    for j, t in enumerate(texts):
        if j == i:
            continue
        p = _PLACE_PERIOD_FIGURE.match(t)
        if p is not None and (p.group("place") in _division_names()
                              or t[:p.end("place") + 1] in _division_names()):
            return True
    return False


def _scope_gloss(texts: list[str], i: int) -> bool:
    """True when heading line ``i`` tells a figure of ``全市``/``全县``… and another line of the
    group names no such scope: the figure is a subtitle under the title that names the place
    (``某市新材料项目梯次推进`` ⏎ ``前10个月全市工业投资增长18.6%``)."""
    if _SCOPE_FIGURE.match(texts[i]) is None:
        return False
    return any(j != i and "全" not in t[:6] and _NAMED_HEAD.match(t) is not None
               and _PERIOD_OPENS.match(t) is None  # (``前三季度粮食总产量…`` names no place)
               and not _topic_catchword(t)
               for j, t in enumerate(texts))


def _topic_catchword(t: str) -> bool:
    """True when heading ``t`` quotes a catchword and opens on no division's name (``数字经济“成绩单”
    亮眼``): a topic's gloss, which names no place a scope word could refer to."""
    return "“" in t and not any(t[:k] in _division_names() for k in (2, 3, 4, 5))


def _printed_over_two_lines(doc: Document, ln: Line) -> bool:
    """True when the cleaners joined heading line ``ln`` from two raw lines (``某某百大项目冬季施工`` ⏎
    ``掀起新热潮``)."""
    rs, re_ = doc.raw_span(ln.title_start, ln.end)
    return "\n" in doc.raw[rs:re_].strip()


#: Openers of a title line that restates the sum or the signings of the event another line reports
#: (``投资6.5亿港元 明年底建成投产`` under ``某基地动工``: ``投资`` right before its figure), or what
#: the works makes in a year (``年产3万吨某材料`` under ``某项目投产``).
_SUM_OPENERS = ("总投资", "协议投资", "计划投资", "投资总额", "签约金额", "协议总额", "总额", "现场签约",
                "集中签约",
                *(f"投资{c}" for c in "0123456789约近逾超"),
                *(f"{w}{c}" for w in ("年产", "年加工", "年处理") for c in "0123456789约近超"))
#: A heading line of a figure with no subject of its own: a rate maybe after its period and measure
#: (``一季度进出口额同比增长27.4%``, ``同比增长35.5%``), what works handle a year (``年可周转水产品
#: 80万吨``, ``年吞吐能力600万吨``) or what they add (``新增客房300间``).
_BARE_FIGURE = re.compile(
    r"(?:(?:前三季度|上半年|[一二三四]季度|前\d{1,2}个?月|1?\d\s*[-—–至]\s*1?\d月|今年以来)"
    r"(?:[\u4e00-\u9fff]{1,8}?(?:额|量|值|收入))?)?(?:同比|比上年|较上年)?(?:增长|增加|下降|增)\d[^\s]{0,16}"
    r"|年可?(?:周转|吞吐|集散|处理|加工|分拣|转运)[^\s\d]{0,8}\d[^\s]{0,12}"
    # (what the works add, counted: ``新增客房300间``, ``新增床位500张``, ``新增停车位1200个``)
    r"|新增[\u4e00-\u9fff]{1,6}\d+(?:\.\d+)?万?(?:间|张|个|座|套|家|席)")


def bare_figure_subtitle(texts: list[str], i: int) -> bool:
    """True when heading ``i`` is a figure with no subject of its own (see :data:`_BARE_FIGURE`)
    printed under a title line with no figure (``某某冷链物流枢纽一期投运`` ⏎ ``年可周转水产品80万吨``):
    the subtitle, the line above the title."""
    if i == 0 or _BARE_FIGURE.fullmatch(texts[i]) is None:
        return False
    above = texts[i - 1]
    # (or a period's rate under a title giving a place's own figure: ``某省今年粮食总产量预计达850亿斤`` ⏎
    # ``前三季度农林牧渔业总产值增长5.1%``, the second figure a gloss of the first)
    return not any(c.isdigit() for c in above) \
        or _PERIOD_STATISTIC.fullmatch(texts[i]) is not None and _PERIOD_STATISTIC.match(above) is None \
        and _PERIOD_OPENS.match(above) is None


#: A heading of two or more figures apart by blanks, the first opening it (``18个项目开工 11个项目竣工``,
#: ``9个项目现场签约 协议金额68.5亿元``).
_FIGURE_PAIR = re.compile(r"\d[^\s\d]{0,3}[^\s]{1,16}(?:[ \u3000]+[^\s\d]{0,8}\d[^\s]{0,16})+")


#: A heading line opening on a period (``前三季度…``, ``1—9月…``), a place's title never does.
_PERIOD_OPENS = re.compile(r"(?:今年)?(?:前\d{1,2}个?月|1?\d\s*[-—–~至]\s*1?\d月|[一二三四]季度|前三季度"
                           r"|上半年|今年以来)")


#: Words naming works or a place of works: a heading holding one tells news of its own.
_WORKS_WORDS = re.compile(r"项目|工程|产业园|工业园|园区|基地|工厂|电站|生产线")
#: A wide blank between the parts of a heading.
_HEADING_GAP = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")


def _paired_gloss_of_event(texts: list[str], i: int) -> bool:
    """True when heading ``i`` is two or three short parts apart by wide blanks, none naming works
    (``首批入驻企业5家　明年全面投产``), and another heading reports a works' event at its end
    (``某县汽车内饰件产业园一期竣工``): the glosses under the news, not its title."""
    parts = [p for p in _HEADING_GAP.split(texts[i].strip()) if p]
    if not 2 <= len(parts) <= 3 or any(len(p) > 12 or _WORKS_WORDS.search(p) for p in parts):
        return False
    return any(j != i and len(t) >= 8 and _WORKS_WORDS.search(t) is not None
               and _EVENT_TITLE_END.search(t.strip()) is not None for j, t in enumerate(texts))


#: Two or three phrases apart by a wide gap (an ideographic space or two blanks).
_WIDE_GAP = re.compile(r"\u3000+|[ ]{2,}")
#: How a deck of figures under a title opens: a bullet, a period or a running total
#: (``◆ 累计完成投资…``, ``1至10月完成投资…``, ``前三季度…``).
_DECK_OPENS = re.compile(r"[◆◇■□●○▲★☆]|(?:今年)?(?:前\d{1,2}个?月|1?\d\s*[-—–~至]\s*1?\d月|[一二三四]季度"
                         r"|前三季度|上半年|今年以来)|累计|截至")


def figure_deck_under(lines: list[Line], i: int) -> bool:
    """True when heading ``i`` is a deck of figures under the title line right above it: two or three
    phrases apart by a wide gap, each holding a figure, opening on a bullet, a period or a running
    total (``全市省级重点工程完成年度计划的96.2%`` ⏎ ``◆ 累计完成投资218.4亿元　12个项目形象进度超过九成``,
    ``某市重点产业项目调度会召开`` ⏎ ``1至10月完成投资142.7亿元　完成年度计划的93.5%``), the title a
    single phrase: the subtitle, not the title."""
    if i == 0:
        return False
    text = lines[i].text.strip()
    above = lines[i - 1].title.text.strip()
    if _DECK_OPENS.match(text) is None or _WIDE_GAP.search(above) or _DECK_OPENS.match(above):
        return False
    parts = [p for p in _WIDE_GAP.split(text.lstrip("◆◇■□●○▲★☆ ")) if p]
    return 2 <= len(parts) <= 3 and all(any(c.isdigit() for c in p) for p in parts)


def _figure_subtitle(texts: list[str], i: int) -> bool:
    """True when heading ``i`` is a pair of figures (see :data:`_FIGURE_PAIR`) printed under a title
    line with no figure that quotes a catchword (``某区三季度项目建设交出“加速度”答卷``): the subtitle
    that tallies the news, not the title.  Under a plain report of the event (``某区举行…集中签约活动``)
    the figures are the title."""
    if _EVENT_THEN_FIGURE.fullmatch(texts[i]):
        # 某某智能起重机项目投产 年产800台套, under a title naming no project and no figure: its subtitle
        return any(not any(c.isdigit() for c in t) and "项目" not in t for t in texts[:i])
    if not _FIGURE_PAIR.fullmatch(texts[i]) and not _COUNTED_EVENT.fullmatch(texts[i]):
        return False
    return any(not any(c.isdigit() for c in t) and "“" in t and "”" in t for t in texts[:i])


#: A heading tallying a batch: a count of projects, their event, then their sum (``某区16项目集中签约
#: 总投资86.4亿元``, ``某县13项目签约引资52.7亿``).
_BATCH_TALLY = re.compile(r"[^\s\d]{0,10}\d+个?[^\s\d]{0,6}项目[^\s\d]{0,6}"
                          r"(?P<event>签约|开工|动工|投产|竣工)[^\s\d]{0,8}?[ \u3000]*"
                          r"(?:总投资|总额|总金额|协议投资|投资|引资|金额)[约近超逾达]?\d+(?:\.\d+)?[万亿]+\S{0,6}")
#: A title's figure in words (``年处理量冲百万吨``, ``产值破千亿``): a title of its own news.
_WORDED_FIGURE = re.compile(r"[十百千万]+(?:亿|万)?(?:吨|元|亩|人|台|辆|标箱)|[百千万]亿")


def _batch_tally_under(texts: list[str], events: list[bool], i: int) -> bool:
    """True when heading ``i`` tallies a batch (see :data:`_BATCH_TALLY`) under a line with no
    figure in digits that tells news of its own: one works' event (``某口岸综合物流园动工``) or a
    figure in words (``某口岸进口锰矿落地加工 年处理量冲百万吨``), not the batch (``…集中签约活动``):
    the subtitle, not the title."""
    m = _BATCH_TALLY.fullmatch(texts[i])
    if m is None or i == 0:
        return False
    for j in range(i):
        t = texts[j]
        if any(c.isdigit() for c in t) or _BATCH_TITLE.search(t) or m.group("event") in t:
            continue
        if events[j] or _WORDED_FIGURE.search(t):
            return True
    return False


#: A heading opening on a count of projects, then their event (``4个项目同日交地同日动工``,
#: ``6个项目当天签约``): under a catchword title (``某区“拿地即开工”跑出加速度``) it tallies the news.
_COUNTED_EVENT = re.compile(r"\d+个[^\s\d]{0,6}项目[^\s\d]{0,12}(?:开工|动工|签约|投产|竣工|落地)")


#: A heading telling one project's event, then a blank and its yearly output (``某某起重机项目投产
#: 年产800台套``, ``某某项目开工 年产5万吨``).
_EVENT_THEN_FIGURE = re.compile(r"[^\s\d]{2,20}项目(?:正式)?(?:投产|开工|竣工|签约|落地|建成)"
                                r"[ \u3000]+年(?:产|加工|处理)[^\s]{0,8}\d[^\s]{0,10}")


#: A heading with no figure telling only how a place's figures compare with a benchmark or rank
#: (``主要指标增速高于全省平均水平``, ``三项指标增速居全市前列``, ``工业增速领跑全省``).
_COMPARISON = re.compile(r"(?:增速|增幅|指标)[\u4e00-\u9fff]{0,4}(?:高于|快于|领先|领跑|居前|位居)"
                         r"|居(?:全[省市国区县]|同类)[\u4e00-\u9fff]{0,6}(?:前列|前茅|首位)")
#: A heading opening on the period its figures cover, a place maybe before it (``前三季度我市经济…``,
#: ``某县上半年…``, ``1—9月全区…``).
_PERIOD_HEAD = re.compile(rf"[{HAN}]{{0,4}}?(?:前三季度|上半年|[一二三四]季度|前\d{{1,2}}个?月"
                          r"|1?\d\s*[-—–至]\s*1?\d月|今年以来)")


#: A heading line holding one statistic of a period and nothing else (``前10月规上工业增加值增长9.6%``,
#: ``1—9月全县工业投资增长18.2%``).
_PERIOD_STATISTIC = re.compile(
    rf"(?:今年)?(?:前\d{{1,2}}个?月|1?\d\s*[-—–~至]\s*1?\d月|[一二三四]季度|前三季度|上半年|今年以来)"
    rf"[{HAN}]{{2,16}}?(?:同比)?(?:增长|下降|增速达到?|增速为)\d+(?:\.\d+)?%")


def _lead_statistic(texts: list[str], i: int) -> bool:
    """True when line ``i`` is a period's one statistic printed above a line with no figure that names
    an industry or works (``前10月规上工业增加值增长9.6%`` ⏎ ``某市某产业链加速成势``): the figure is the
    kicker over the title."""
    if i + 1 >= len(texts) or i or not _PERIOD_STATISTIC.fullmatch(texts[i]):
        return False
    nxt = texts[i + 1]
    return not any(c.isdigit() for c in nxt) and _PLACE_OPENS.fullmatch(nxt) is not None


#: A title naming the industry or works it tells of (``龙南稀土新材料产业链加速成势``), no slogan in quotes
#: (``某高新区跑出发展“加速度”`` is a kicker under the statistic, as set 33 prints it).
_PLACE_OPENS = re.compile(rf"[{HAN}]{{2,12}}(?:产业|集群|园区|项目|工业)[{HAN}]{{0,10}}")


def _comparison_gloss(texts: list[str], i: int) -> bool:
    """True when heading ``i`` has no figure and tells only how the figures compare (see
    :data:`_COMPARISON`) while another heading with no figure opens on their period
    (``前三季度我市经济运行回升向好``): the gloss over or under the title, not the title."""
    t = texts[i]
    if any(c.isdigit() for c in t) or not _COMPARISON.search(t) or _PERIOD_HEAD.match(t):
        return False
    return any(j != i and not any(c.isdigit() for c in u) and _PERIOD_HEAD.match(u) is not None
               for j, u in enumerate(texts))


#: A heading opening on the plan for the whole works (``全线计划2027年底建成通车``, ``预计明年6月投产``,
#: ``项目力争年内完工``): a forecast, not the news.
_PLAN_OPENING = re.compile(r"(?:全线|全面|项目|工程|一期|二期|整体)?(?:计划|预计|力争|争取|有望|将于)")


def plan_gloss(texts: list[str], events: list[bool], milestones: list[bool], i: int) -> bool:
    """True when heading ``i`` opens on a plan (see :data:`_PLAN_OPENING`) while another heading reports
    an event or a milestone (``某高速公路某隧道贯通`` over ``全线计划2027年底建成通车``): the forecast is the
    gloss, the milestone the title."""
    if not _PLAN_OPENING.match(texts[i]):
        return False
    return any(j != i and (events[j] or milestones[j]) and not _PLAN_OPENING.match(texts[j])
               for j in range(len(texts)))


#: A title line that reports the event (ends with its verb: ``…重大项目集中开工``, ``…签约大会举行``,
#: ``…风电项目全容量并网``; or names the works after it: ``某县签约某某项目``; or counts the projects
#: after its verb: ``…洽谈会签约项目31个``); a line opening with its sum (``总投资152.3亿元 涵盖…``)
#: printed with it is its subtitle.
_REPORTS_EVENT = re.compile(r"(?:(?:开工|签约|投产|竣工|完工|落地|开业|建成|动工|封顶|奠基|揭牌|达产|通车"
                            # (a public building opened: ``某医院新院区正式投用``, ``某中心启用``; a
                            # park opened to its firms: ``某县小微企业创业园开园``)
                            r"|投用|启用|开园"
                            # (a data or computing centre put online: ``某数据中心500个机架上线运行``)
                            r"|上线"
                            r"|举行|启动|并网)(?:投产|投用|投运|建设|运营|运行|生产|发电|开放|\d+个(?:重点|重大)?项目"
                            r"|(?:重点|重大)?项目\d+个)?"
                            r"|(?:签约|开工|投产|竣工)[^\s\d，,、]{2,14}项目)$")


def _under_event_title(texts: list[str], events: list[bool], i: int) -> bool:
    """True when heading ``i`` is printed under a line that reports the event of one project
    (``某项目投产``, ``某风电项目全容量并网``) and reports none itself: the gloss under the news
    (``宁东再添一条…产业链``, ``32台风机全部投运 年上网电量约5.2亿千瓦时``), not the title.  A batch's
    event (``某市三季度重大项目集中开工`` over ``57个项目总投资…``) or a slogan naming no project
    (``拿地即开工``) printed above is the kicker, as before."""
    if events[i] or _EVENT_WORD.search(_TENANTS_SIGNED.sub("", texts[i])):
        return False
    # (a works named by its kind alone, ``某产业园二期建成投产``, is the news only over a gloss of figures
    # that builds nothing: ``新建4条生产线 全部达产后…`` under it tells the works, the title)
    builds = _BUILDS_OR_YIELDS.search(texts[i]) is not None
    return any(e and _ONE_WORKS.search(t) and not _BATCH_TITLE.search(t) and ("项目" in t or not builds)
               for e, t in zip(events[:i], texts[:i]))


#: A title line reporting what a place built or added in a period, with its figure at the end
#: (``某县新建高标准农田18万亩``, ``某区今年建成冷库12座``): the news, over the sum under it
#: (``总投资2.7亿元 亩均投入1500元``).
_TALLY_NEWS = re.compile(rf"[{HAN}]{{1,8}}(?:县|区|市|旗)(?:今年|全年|年内)?(?:新建|建成|新增|完成|实施)"
                         rf"[{HAN}]{{2,10}}\d+(?:\.\d+)?万?(?:亩|吨|座|个|公里|头|羽|只)")
#: A gloss that builds or yields (``新建4条生产线``, ``全部达产后…``): it tells the works itself.
_BUILDS_OR_YIELDS = re.compile(r"新建|建设|达产|建成后|投产后")
#: The works one project names (``…项目``, ``…工程``, ``…养殖基地``, ``…产业园二期``, ``…加工厂``): a
#: title reporting its event is the news over the gloss printed under it.
_ONE_WORKS = re.compile(r"项目|工程|基地|产业园|园区|[工车]厂|生产线|电站|冷库|粮库"
                        # (a park of small firms and its factory buildings: ``某县小微企业园二期标准化
                        # 厂房竣工``, ``某镇创业园开园``)
                        r"|企业园|创业园|厂房"
                        # (a public building: ``某医院新院区正式投用``, ``某中学新校区开工建设``)
                        r"|院区|校区|医院|学校|体育中心|健身中心"
                        # (a road, a railway, a bridge or a tunnel, a port, an airport, a reservoir or an
                        # irrigation district: ``某某高速公路建成通车``, ``某港区作业区投入试运营``)
                        r"|公路|高速|铁路|大桥|隧道|水库|灌区|码头|港区|作业区|机场|航道"
                        # (a tourist site's or a resort's works: ``某景区游客服务中心提升改造完工``, ``某温泉
                        # 度假村主体完工``, ``某商业综合体开业``)
                        r"|景区|游客中心|游客服务中心|集散中心|度假区|度假村|酒店|民宿|综合体|街区|小镇"
                        # (a data or computing centre: ``某数据中心一期500个标准机架上线运行``)
                        r"|数据中心|算力中心|智算中心|超算中心|计算中心")
#: Firms signed up to move into a park (``首批12家企业签约入驻``): its tenants, no event of a project.
_TENANTS_SIGNED = re.compile(r"[^\s\d]{0,4}\d+家[^\s\d]{0,6}?企业签约入驻")
#: An event's verb anywhere in a line, in either script (``三澳資項目簽約 總投資逾30億元``): the line
#: tells an event of its own, no gloss.
_EVENT_WORD = re.compile(r"签约|簽約|开工|開工|投产|投產|竣工|落地|落戶|落户")
#: A title of a batch's event (``…重大项目集中开工``, ``…一批项目``, ``…12个项目…``).
#: (racks counted are the size of one centre, no batch: ``某数据中心500个标准机架上线运行``)
_BATCH_TITLE = re.compile(r"集中|批|重[点大]项目|\d+个(?!标准机架|机架|标准机柜|机柜)|[两三四五六七八九十]个")
#: A title line ending on a milestone of a bridge, a tunnel, a line or a dam (``…特大桥主跨合龙``,
#: ``…隧道双洞贯通``, ``…水库下闸蓄水``, ``…高速公路通过交工验收``): the news, over a slogan line.
_MILESTONE_TITLE = re.compile(r"(?:合龙|贯通|下闸蓄水|交工验收)$")


#: A heading opening on what someone said, the speaker left out (``强调要…``, ``指出…``): the
#: subtitle under a title naming that person (``县委书记某某调研…``).
_SAID_OPENING = re.compile(r"(?:强调|指出|要求|表示|提出)")


def _said_subtitle(line: str) -> int:
    """2 for a heading that tells what the person of the title said, else 0."""
    return 2 if _SAID_OPENING.match(line.strip()) else 0


def _evidence(doc: Document, span: Span | tuple[int, int]) -> Evidence:
    s, e = (span.start, span.end) if isinstance(span, Span) else span
    return doc.evidence(s, e)


#: The bare name of a government office or body above a title: the site's banner, not a kicker.
_ORGAN_BANNER = re.compile(rf"[{HAN}（）()]{{2,24}}(?:人民政府|委员会|管委会|办公室|办公厅|新闻办|厅|局"
                           rf"|促进中心|服务中心|融媒体中心)")


#: A numbered picture's caption (``图①：…``, ``图2:…``, ``(图3)…``).
_NUMBERED_CAPTION = re.compile(r"[(（]?图\s*(?:\d{1,2}|[①-⑳])\s*[)）]?\s*[:：]?")


def _numbered_captions_end(captions: list[Line], after: int) -> int:
    """End of a photo story's run of numbered captions printed after its last paragraph, when two or
    more of them each tell their scene in a sentence (a photo page, whose captions carry the story);
    else ``after``."""
    run = [c for c in captions if c.start >= after and _NUMBERED_CAPTION.match(c.text)
           and len(c.text) >= 30 and "。" in c.text]
    return run[-1].end if len(run) >= 2 else after


def build_article(doc: Document, draft: Draft) -> Article | None:
    """Turn a draft into an :class:`Article` with fields, evidence and body paragraphs."""
    every = draft.header + draft.lines
    content = [ln for ln in every if ln.kind not in ("furniture", "date")]
    if not content:
        return None
    art = Article(start=content[0].start, end=content[-1].end)
    if draft.header:
        titles, kickers = _pick_title(draft.header, doc.clean, doc)
        cut = [ln for ln in titles if _FIGURE_ONLY.fullmatch(ln.title.text)]  # a figure wrapped off
        head = " ".join(unspaced_title(ln.title.text) for ln in titles if ln not in cut)
        head += "".join(ln.title.text for ln in cut)
        art.headline = head
        art.evidence["headline"] = _evidence(doc, (titles[0].title_start, titles[-1].end))
        if kickers:
            art.kicker = unspaced_title(kickers[0].title.text)
            art.evidence["kicker"] = _evidence(doc, kickers[0].title)
            if len(kickers) > 1:
                art.attributes["subtitles"] = [k.title.text for k in kickers[1:]]
    if draft.column:
        art.attributes["column"] = draft.column

    paragraphs: list[Line] = []
    captions: list[Line] = []
    credits: list[Credit] = []
    header_zone = True
    for ln in draft.lines:
        if ln.kind == "credit" and ln.credit is not None:
            credits.append(ln.credit)
            if ln.date is not None and art.pub_date is None:
                art.pub_date = ln.date.date
        elif ln.kind == "date":
            if header_zone and art.pub_date is None and ln.date is not None:
                art.pub_date = ln.date.date
        elif ln.kind == "note":
            art.attributes.setdefault("editor_notes", []).append([ln.start, ln.end])
        elif ln.kind == "caption" or (ln.kind == "plainhead" and header_zone):
            captions.append(ln)
        elif ln.kind in ("body", "plainhead", "subheading", "heading"):
            if header_zone:
                dl = ln.dateline
                if dl is not None:
                    credits.insert(0, dl)
            header_zone = False
            paragraphs.append(ln)
    if paragraphs:
        last = paragraphs[-1]
        trailing = parse_trailing_credit(last.text, last.start)
        if trailing is not None:
            # a photo credit printed after a story already closed by its own credit belongs to a picture
            photo = [c for c in credits if c.kind == "line" and c.start > last.end and c.photo_only]
            if photo:
                credits = [c for c in credits if c not in photo]
                art.attributes["photographers"] = [n.text for c in photo for n in c.reporters]
            credits.append(trailing)
        body_end = paragraphs[-1].end
        if trailing is not None and trailing.start > last.start:
            body_end = trailing.start  # the closing credit is not body text
        elif trailing is None:
            body_end = max(body_end, _numbered_captions_end(captions, body_end))
        art.body_start, art.body_end = _after_jump_line(doc, paragraphs[0].start, body_end), body_end
        if trailing is None and any(c.kind == "line" and c.reporters for c in credits):
            # a feature credited by a byline line at its head (``□ 某某``) and not closed by a credit
            # of its own: the photographer of its picture, credited at the end of the caption, is
            # credited with it (a caption after a dated report may be of the story before it)
            credits.extend(c for c in (parse_caption_credit(ln.text, ln.start) for ln in captions)
                           if c is not None)
    art.attributes["paragraphs"] = [[p.start, p.end] for p in paragraphs]
    subheads = [p for p in paragraphs if p.kind in ("subheading", "heading", "plainhead")]
    if subheads:
        art.attributes["subheadings"] = [[p.start, p.end] for p in subheads]
    if captions:
        art.attributes["captions"] = [[c.start, c.end] for c in captions]
    apply_credits(doc, art, credits)
    if art.source is None and draft.header and issuer_title(draft.header):
        issuer = draft.header[0]
        art.source = issuer.text  # 某某股份有限公司 ⏎ 关于…的公告: the filing's issuer
        art.evidence["source"] = _evidence(doc, (issuer.start, issuer.end))
    if not art.reporters and draft.header:
        _speaker_as_author(doc, art, draft.header)
    if art.kicker is not None and (art.kicker == art.source or _ORGAN_BANNER.fullmatch(art.kicker)):
        # the publisher's name printed above the title (a site banner), given again as the source,
        # or the bare name of a government office (``某市人民政府新闻办公室``): when no credit names
        # a source, that office issued the page (a bulletin, a communique under its title)
        if art.source is None:
            art.source = art.kicker
            art.evidence["source"] = art.evidence["kicker"]
        art.kicker = None
        art.evidence.pop("kicker", None)
    draft.credits = credits
    if art.pub_date is None:
        art.pub_date = doc.meta.pub_date
    return art


def _speaker_as_author(doc: Document, art: Article, header: list[Line]) -> None:
    """The speaker named under the title of a report or speech (``某县人民政府县长 王某``) is
    its author: listed as the reporter when no credit names one."""
    for ln in header:
        if not is_speaker_line(ln.text):
            continue
        name = ln.text.split()[-1]
        at = doc.clean.rfind(name, ln.start, ln.end)
        if at >= 0:
            art.reporters.append(name)
            art.evidence["reporters"] = _evidence(doc, (at, at + len(name)))
        return


def apply_credits(doc: Document, art: Article, credits: list[Credit]) -> None:
    """Fill source, dateline and reporters of ``art`` from its credits, first credit first."""
    for c in credits:
        if c.source is not None and art.source is None:
            art.source = c.source.text
            art.evidence["source"] = _evidence(doc, c.source)
            if is_benbao(c.source.text) and doc.meta.outlet:
                art.attributes["outlet"] = doc.meta.outlet
        if c.place is not None and art.dateline is None:
            art.dateline = c.place.text
            art.evidence["dateline"] = _evidence(doc, c.place)
        for name in c.reporters:
            if name.text not in art.reporters:
                art.reporters.append(name.text)
        if c.reporters and "reporters" not in art.evidence:
            span = c.reporters_span
            assert span is not None
            art.evidence["reporters"] = _evidence(doc, span)
        if c.editors:
            eds = art.attributes.setdefault("editors", [])
            eds.extend(e.text for e in c.editors if e.text not in eds)
    if credits:
        art.attributes["bylines"] = [[c.start, c.end] for c in credits]


def share_closing_credits(doc: Document, pairs: list[tuple[Draft, Article]]) -> None:
    """A credit line closing an article also credits the articles before it that have none."""
    drafts = [d for d, _a in pairs]
    articles = [a for _d, a in pairs]
    for k, draft in enumerate(drafts):
        closing = [ln.credit for ln in _content(draft.lines)[-1:] if ln.kind == "credit" and ln.credit]
        if not closing or not draft.closed:
            continue
        credit = closing[0]
        j = k - 1
        while j >= 0 and not drafts[j].credits:
            art = articles[j]
            apply_credits(doc, art, [credit])
            art.attributes["credit_shared_from"] = k
            j -= 1


#: An account's end mark on a line of its own (``END``, ``-END-``, ``— END —``).
_END_MARK = re.compile(r"^[-—–_=·\s]*END[-—–_=·\s]*$", re.M)


def credit_post_over_related(doc: Document, pairs: list[tuple[Draft, Article]]) -> None:
    """The credits an account prints after its end mark (``END`` ⏎ ``来源｜…`` ⏎ ``文字｜…``) are its
    post's: with stories after a links label (``相关阅读``) between the post and the mark, they credit
    the story before the label; the related stories keep only the bylines of their own."""
    if len(pairs) < 2:
        return
    text = doc.clean
    last_draft, last = pairs[-1]
    if not last_draft.credits or last.body_end is None:
        return
    mark = _END_MARK.search(text, last.body_end)
    after = [c for c in last_draft.credits if mark is not None and c.start >= mark.end()]
    if not after:
        return
    label = next((k for k in range(1, len(pairs)) if any(
        is_links_label(ln) for ln in text[pairs[k - 1][1].body_end or pairs[k - 1][1].end:
                                          pairs[k][1].start].split("\n"))), None)
    if label is None:
        return
    for k, (draft, art) in enumerate(pairs[label:], label):
        if k != len(pairs) - 1 and art.attributes.get("credit_shared_from") != len(pairs) - 1:
            continue
        art.source, art.reporters = None, []
        for key in ("source", "reporters"):
            art.evidence.pop(key, None)
        art.attributes.pop("credit_shared_from", None)
        art.attributes.pop("bylines", None)
        if k == len(pairs) - 1:  # its own byline stays
            apply_credits(doc, art, [c for c in draft.credits if c not in after])
    post = pairs[label - 1][1]
    if post.attributes.pop("credit_shared_from", None) is not None:
        post.source, post.reporters = None, []
        post.evidence.pop("reporters", None)
    apply_credits(doc, post, after)


def share_opening_byline(doc: Document, pairs: list[tuple[Draft, Article]]) -> None:
    """The byline opening a round-up's lead story credits the places' sections after it that have none
    (``本报讯（记者 X）…`` ⏎ ``某某区：…`` ⏎ …): one package, one byline."""
    lead: Credit | None = None
    lead_at = 0
    for draft, art in pairs:
        if not draft.place_section:
            lead = next((c for c in draft.credits if c.reporters or c.source), None)
            lead_at = art.start
        elif lead is not None and _briefs_label_between(doc.clean, lead_at, art.start):
            lead = None  # (``产业简讯`` ⏎ ``■ 某县：…``: a column of briefs, not the lead's package)
        elif lead is not None and not draft.credits and art.source is None and not art.reporters:
            apply_credits(doc, art, [lead])
            art.attributes["credit_shared_from"] = "lead"


#: A column label over briefs on a line of its own (``产业简讯``, ``县域快讯``, ``经济短波``).
_BRIEFS_LABEL = re.compile(r"[■◆●▲]?\s*[\u4e00-\u9fff]{0,6}(?:简讯|快讯|短讯|短波|速递|简报|集锦)\s*")


def _briefs_label_between(text: str, lo: int, hi: int) -> bool:
    """True when a line between ``lo`` and ``hi`` is a column label over briefs (:data:`_BRIEFS_LABEL`)."""
    return any(_BRIEFS_LABEL.fullmatch(line) for line in text[lo:hi].split("\n") if line)


def _set_page_date(doc: Document, text: str) -> None:
    found = find_page_date(text)
    raw_span = doc.raw_span(found.start, found.end) if found is not None else None
    left = _left_out_head_date(doc)
    if left is not None and (raw_span is None or left[1] < raw_span[0]):
        date, raw_span = left[0], (left[1], left[2])
    elif found is not None and raw_span is not None:
        date = found.date
    else:
        return
    doc.meta.pub_date = date
    doc.meta.pub_date_source = "text"
    doc.meta.extra["pub_date_raw_span"] = list(raw_span)


def _left_out_head_date(doc: Document) -> tuple[dt.date, int, int] | None:
    """The date of a running head that a cleaner left out of the text (a head printed inside a
    sentence, see ``clean-linebreaks``): still a flagged region, read from the raw page."""
    for r in doc.regions:
        if r.kind != "furniture" or r.note != "page header" or r.raw_end <= r.raw_start:
            continue
        cs, ce = doc.clean_span(r.raw_start, r.raw_end)
        if cs != ce:
            continue
        found = date_on_line(doc.raw[r.raw_start:r.raw_end])
        if found is not None:
            return found.date, r.raw_start + found.start, r.raw_start + found.end
    return None


def _set_text_year(doc: Document, text: str) -> None:
    """No publication date: the year the page is of, read from its text (month and day unknown)."""
    found = read_page_year(text)
    if found is None:
        return
    doc.meta.extra[PUB_YEAR] = found.year
    doc.meta.pub_date_source = "text-year"
    doc.meta.extra["pub_year_raw_span"] = list(doc.raw_span(found.clue.start, found.clue.end))
