"""Cleaner: re-join paragraphs cut by PDF column and page wraps (``规上工`` ⏎⏎ ``业企业培育``).

Two neighbouring non-blank lines A and B (with any blank lines between)
are joined, the whitespace between them removed, when

* A is not a heading, byline, photo credit or flagged region, and B is not
  a heading, byline, credit, list item or flagged region; neither is a row
  of a plain-text table (cells apart by wide gaps, see :mod:`newsmill.zh.tables`);
* A does not end a unit: its last character is not a sentence end
  (``。！？…``), a closing quote or bracket, a colon or a dash;
* A ends with a clause mark (``，、；``) — the sentence surely goes on — or
  A is running text (:func:`newsmill.zh.layout.is_running_text`) and B is not
  a title-like line.

Joins that may hide damage are kept but reported as warnings with the raw
span: the same character on both sides of the cut (probably doubled), a
cut across a wide gap (something may be lost between), and two digits
meeting.  A line of running text that stops mid-sentence before a
title-like line is left alone, with a warning.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import and_
from re import Match

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.article_layout import (
    is_box_figure_line,
    is_field_line,
    is_figure_line,
    is_named_figure_line,
    is_place_section_title,
)
from newsmill.zh.bylines import parse_dateline, parse_trailing_credit
from newsmill.zh.layout import (
    LIST_ITEM_RE,
    SPLIT_WORDS,
    is_byline,
    is_credit,
    is_heading_marker,
    is_list_item,
    is_running_text,
    is_title_like,
    opens_unit,
    word_tail_opens,
)
from newsmill.zh.place_items import opens_place_item
from newsmill.zh.script import CLOSERS, CONTINUES, SENTENCE_END, is_han
from newsmill.zh.tables import (
    find_stacked_tables,
    find_wrapped_tables,
    is_table_line,
    may_be_table,
    spaced_row_spans,
)
from newsmill.zh.title_wraps import event_title_over_figures, title_wrap

#: Default position in the cleaning chain (last: it needs the line structure the others keep).
PRIORITY = 70
_ENDS_UNIT = frozenset(SENTENCE_END + CLOSERS + ":：—-–")
_CONTINUES = frozenset(CONTINUES)
_NON_BODY_KINDS = ("furniture", "caption")
#: Whitespace holding at least one line break: the gap between two non-blank lines.
_GAP_RE = re.compile(r"[^\S\n]*\n\s*")
#: The same gaps found from their first line break (a literal, which ``re`` scans for fast).
_BREAK_RE = re.compile(r"\n\s*")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs last, after furniture is flagged and spaces are fixed."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Thresholds of the line classification."""
    return {
        "max_title_len": Option(int, 40, "longest line that may be a title (never joined to the next)"),
        "min_text_len": Option(int, 30, "shortest line with one comma that counts as running text"),
        "wide_gap": Option(int, 2, "blank lines between two parts from which a join is reported"),
    }


#: Notes of regions flagged inside a line (a jump line ``（下转第2版）``, a caption glued to a
#: paragraph): they never stop a join.
_INLINE_NOTES = frozenset(("jump line", "glued caption"))
#: Notes of furniture lines a page turn or a column's foot prints anywhere, also inside a sentence
#: (a running head, a page number, a rule, an editor's footer), and of the caption lines a photo
#: set into a column leaves between two lines of a paragraph (``图为…``, ``记者 X 摄``): see
#: :func:`page_turn_joins`.
_TRANSPARENT_NOTES = frozenset(("page header", "ruled line", "editor line", "caption line", "photo credit"))


def _flagged_spans(step: CleanStep) -> list[tuple[int, int]]:
    """Current-text spans of furniture and caption regions (those inside a line left out)."""
    return sorted(span for span, _note in _flagged_regions(step))


def _flagged_regions(step: CleanStep) -> list[tuple[tuple[int, int], str]]:
    """Current-text spans of furniture and caption regions with their notes (inline ones left out)."""
    out = []
    for r in step.doc.regions_of(*_NON_BODY_KINDS):
        if r.raw_end <= step.offsets.raw_len and r.note not in _INLINE_NOTES:
            out.append((step.offsets.to_clean(r.raw_start, r.raw_end), r.note))
    return out


def _cut_text(a: str, b: str) -> bool:
    """A line of text (a clause mark in it) stopping inside a word or figure, before a line going on
    with it (no byline, heading, list item or unit opening it)."""
    return (any(c in _CONTINUES for c in a) and (is_han(a[-1]) or a[-1].isdigit())
            and (is_han(b[0]) or b[0].isdigit()) and not opens_unit(b) and not is_byline(b)
            and not is_heading_marker(b) and not is_credit(b))


def _column_line_cut(above: str, a: str, b: str) -> bool:
    """A line of a narrow column (as wide as the column's line above it, no clause mark needed)
    stopping inside a sentence, before a line going on with it: ``…有限公司在深圳举行`` ⏎ running
    head ⏎ ``投资合作签约仪式，…``."""
    return (len(a) >= 12 and abs(len(above) - len(a)) <= 1 and bool(above) and above[-1] not in _ENDS_UNIT
            and (is_han(a[-1]) or a[-1].isdigit()) and (is_han(b[0]) or b[0].isdigit())
            and not opens_unit(b) and not is_byline(b) and not is_heading_marker(b) and not is_credit(b)
            and not is_byline(a) and not is_heading_marker(above) and not is_field_line(a))


def turned_column_gaps(text: str, gaps: list[tuple[int, int]], joins: list[tuple[int, int]]) -> set[int]:
    """Indexes of the line breaks after the line that a page turn's join (``joins``) brought up to
    the line above the furniture, when both are as wide (a column of the same width goes on there:
    ``…莲花`` ⏎ running head ⏎ ``县电子信息…项目`` ⏎ ``主体结构顺利封顶，…``)."""
    starts = [0] + [ge for _gs, ge in gaps]
    ends = [gs for gs, _ge in gaps] + [len(text)]
    index = {gs: k for k, (gs, _ge) in enumerate(gaps)}
    out = set()
    for start, end in joins:
        k = index.get(start)
        if k is None:
            continue
        m = next((x for x in range(k, len(gaps)) if gaps[x][1] == end), None)
        if m is None or m + 1 >= len(gaps):
            continue
        before, after = ends[k] - starts[k], ends[m + 1] - starts[m + 1]
        nxt = gaps[m + 1]
        if before >= 8 and abs(before - after) <= 1 and nxt[1] - nxt[0] == 1:
            out.add(m + 1)
    return out


def page_turn_joins(text: str, gaps: list[tuple[int, int]], transparent: list[tuple[int, int]],
                    max_title: int = 40, min_text: int = 30) -> list[tuple[int, int]]:
    """Spans to delete where page furniture cuts a sentence (``…同比增`` ⏎ running head ⏎ ``长18.2%``).

    A running head, a page number, a rule or an editor's footer printed between two
    columns or pages stands wherever the column broke, also inside a sentence or a
    number.  When every line between line A and line B is such a furniture line
    (``transparent``: their spans) and A and B would be joined were those lines not
    there (:func:`decide`), the break, the furniture lines and the next break are
    one span to delete: the sentence is whole again, and the furniture stays listed
    as a region (its raw span kept; it maps to an empty span of the cleaned text).
    """
    n = len(gaps)
    starts = [0] + [ge for _gs, ge in gaps]
    ends = [gs for gs, _ge in gaps] + [len(text)]
    whole = set()  # indexes of lines that a transparent region covers
    for x, y in transparent:
        for i in range(n + 1):
            if starts[i] >= x and ends[i] <= y and ends[i] > starts[i]:
                whole.add(i)
    out: list[tuple[int, int]] = []
    i = 1
    while i < n:
        if i not in whole:
            i += 1
            continue
        j = i
        while j + 1 <= n and j + 1 in whole:
            j += 1
        if j + 1 <= n and (i - 1) not in whole:
            a, b = text[starts[i - 1]:ends[i - 1]], text[starts[j + 1]:ends[j + 1]]
            above = text[starts[i - 2]:ends[i - 2]] if i >= 2 else ""
            tight = text.count("\n", *gaps[i - 1]) == 1 and text.count("\n", *gaps[j]) == 1
            if a and b and a[-1] not in _ENDS_UNIT and not (is_table_line(a) or is_table_line(b)) \
                    and (decide(a, b, max_title, min_text) == "join" or _cut_text(a, b)
                         or (tight and _column_line_cut(above, a, b))):
                out.append((gaps[i - 1][0], gaps[j][1]))
        i = j + 1
    return out


#: How a story opens after its headline: a date or a time word, then a comma (``7月24日，``, ``近日，``).
_STORY_LEAD_RE = re.compile(r"(?:\d{1,2}月\d{1,2}日|近日|日前|目前|昨天|今天|昨日|今年以来)[，,]")


def opens_story(line: str) -> bool:
    """True when ``line`` opens a story: a date or time word and a comma (``7月24日，某县…``)."""
    return _STORY_LEAD_RE.match(line) is not None


def hyphen_wrap(a: str, b: str) -> bool:
    """True when A ends with a hyphen inside a Chinese word cut by the wrap (``…驱-`` ⏎ ``动电机…``)."""
    return len(a) >= 2 and a[-1] in "-‐\u00ad" and is_han(a[-2]) and bool(b) and is_han(b[0])


#: Words that qualify ``项目`` in a title (``…招商引资`` ⏎ ``项目集中签约活动``); an office's name
#: over a bulletin's title (``某市商务局`` ⏎ ``项目建设工作简报``) ends with none of them.
_BEFORE_XIANGMU = ("招商引资", "重点", "重大", "产业", "签约", "开工", "投产", "竣工", "集中", "民生",
                   "基础设施", "制造业", "工业", "亿元", "以上", "新建", "续建", "在建")


def title_word_cut(a: str, b: str) -> bool:
    """True when title-like lines A and B are one title cut inside or before a word.

    ``某某产业集中签约两个项`` ⏎ ``目 协议总投资…``: A's last and B's first
    character make a two-character word of economic news (:data:`SPLIT_WORDS`);
    ``某市举行三季度招商引资`` ⏎ ``项目集中签约活动``: no title opens with a bare ``项目`` after a
    word qualifying it (:data:`_BEFORE_XIANGMU`).
    """
    if not a or not b or not is_han(a[-1]) or len(b) < 2 or not is_han(b[0]):
        return False
    if a[-1] + b[0] not in SPLIT_WORDS and not (b[:2] == "项目" and a.endswith(_BEFORE_XIANGMU)):
        return False
    return (is_title_like(a) and is_title_like(b) and not is_heading_marker(a) and not opens_unit(b)
            and not is_byline(b) and not is_running_text(a) and not is_running_text(b))


#: Event verbs a headline ends with, and the adverbs and objects printed around them.
_EVENT_VERBS = "开工|签约|投产|竣工|完工|落地|开业|建成|开建|动工|封顶|奠基|揭牌|达产|通车"
#: A title line that is only a predicate (``集中开工``, ``正式投产运营``) or a phase with its
#: works and a predicate (``一期主体工程完工``): it has no subject of its own.
_PREDICATE_LINE_RE = re.compile(
    rf"(?:(?:[一二三四首]期|首批|主体|[\u4e00-\u9fff]{{0,4}}?(?:厂房|车间|楼|场馆|工程)主体)[\u4e00-\u9fff]{{0,6}}?)?"
    rf"(?:(?:集中|正式|全面|顺利|同步|陆续|相继|如期|提前|开工|签约)?(?:{_EVENT_VERBS})"
    r"(?:投产|建设|运营|落地|生产|达效|见效)?"
    # the place the works settle in, after a signing (``集中签约落户某区``)
    r"(?:(?:落户|落地|入驻|扎根)[\u4e00-\u9fff]{2,4})?"
    r"|(?:顺利|正式|全面)?通过(?:竣工|交工)?验收"
    # the share of a year's plan done by a date (``半年完成投资逾七成``, ``前5月完成年度计划六成``)
    r"|(?:上?半年|前[一二三四五六七八九十\d]{1,2}个?月|[一二三四]季度)?完成(?:年度)?(?:计划)?(?:投资)?"
    r"(?:逾|超|近|约)?[一二三四五六七八九]成)")
_EVENT_IN_RE = re.compile(_EVENT_VERBS)
#: A predicate of acceptance or of a share of the year's plan (no event verb of its own needed).
_ACCEPTED_OR_SHARE_RE = re.compile(r"通过(?:竣工|交工)?验收$|完成\S*成$")
#: A title line ending on works or a group of them (``…冷链物流中心``, ``…产业园二期``, ``…重点项目``).
_WORKS_END_RE = re.compile(r"(?:项目|工程|中心|基地|园|园区|[一二三四]期|厂房|车间|楼|生产线|电站|码头)$")


def predicate_wrap(a: str, b: str) -> bool:
    """True when title-like line B is the predicate of the title A above it, cut by a narrow column.

    ``某某高新区12个重大项目`` ⏎ ``集中开工``, ``某某加工园`` ⏎ ``一期主体工程完工``: B holds
    nothing but an event verb with its adverb (or a phase and its works before one),
    so it cannot be a title of its own; A names the subject and reports no event.
    A kicker over a title is no such pair (a title names its own subject:
    ``3个项目集中开工``).
    """
    if not a or not b or len(b) > 10 or not is_han(a[-1]) or not is_han(b[0]):
        return False
    if not _PREDICATE_LINE_RE.fullmatch(b) or _EVENT_IN_RE.search(a):
        return False
    if _ACCEPTED_OR_SHARE_RE.search(b) and not _WORKS_END_RE.search(a):
        return False  # an acceptance or a share of the plan is told of works (``…冷链物流中心``)
    return (is_title_like(a) and is_title_like(b) and not is_heading_marker(a) and not opens_unit(b)
            and not is_byline(a) and not is_byline(b) and not is_running_text(a) and " " not in a
            and "\u3000" not in a and len(a) >= 4)


#: A capacity cut from the product it counts at a title line's end (``某公司年产10万吨``): the title
#: goes on below (``再生铝合金项目投产``).
_CAPACITY_END_RE = re.compile(r"年(?:产|加工|处理|生产)(?:能力)?\d+(?:\.\d+)?[万亿千百]?"
                              r"(?:吨|台|套|件|辆|片|平方米|立方米|千瓦时|只|条)$")
#: The trend a title's second line gives the economy its first line names (``上半年全市经济运行`` ⏎
#: ``稳中向好、进中提质``): set phrases of four characters.
_TREND_PHRASES = ("稳中向好", "稳中有进", "稳中有升", "稳中提质", "进中提质", "持续向好", "回升向好",
                  "稳步回升", "稳步增长", "稳定增长", "量质齐升", "总体平稳", "平稳运行", "持续回升",
                  "向新向好", "好于预期", "稳中求进", "稳中加固")
_TREND_LINE_RE = re.compile(rf"(?:{'|'.join(_TREND_PHRASES)})(?:[、，,]?[\u4e00-\u9fff]{{4}}){{0,2}}")
#: What a trend is told of, ending a title's first line (``全市经济运行``, ``工业经济``, ``外贸``).
_TREND_SUBJECT_END = ("经济运行", "经济", "工业运行", "工业生产", "外贸", "消费市场", "投资", "运行")


def capacity_wrap(a: str, b: str) -> bool:
    """True when title line A ends with a capacity cut from its product and B, a title-like line
    below it, names the product and the news (``某某再生资源公司年产10万吨`` ⏎ ``再生铝合金项目投产``)."""
    if not _CAPACITY_END_RE.search(a) or not b or not is_han(b[0]) or len(b) > 20:
        return False
    return (is_title_like(a) and is_title_like(b) and not is_heading_marker(a) and not is_byline(b)
            and not opens_unit(b) and not is_running_text(a) and " " not in a and "\u3000" not in a)


def trend_wrap(a: str, b: str) -> bool:
    """True when title line A names the economy of a period or place with no verb and B, below it,
    is only its trend (``上半年全市经济运行`` ⏎ ``稳中向好、进中提质``): one title over two lines."""
    if not a.endswith(_TREND_SUBJECT_END) or not _TREND_LINE_RE.fullmatch(b) or len(a) < 4:
        return False
    return (is_title_like(a) and not is_heading_marker(a) and not is_byline(a) and not is_running_text(a)
            and " " not in a and "\u3000" not in a and "，" not in a)


#: Verbs of gaining that a title cannot end with (their object follows): ``某园区新添`` ⏎ ``3个…项目``.
_GAIN_VERBS = ("新添", "新增", "再添", "喜添", "又添", "引进", "签下", "迎来", "揽获", "斩获", "收获")
#: A title's object: a count of projects, firms or works (``3个“链主”项目``, ``两家龙头企业``).
_COUNTED_OBJECT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+|多|一批)(?:个|家|批|项|座)?"
                                r"\S{0,12}?(?:项目|企业|工程|基地|产业园)")


def object_wrap(a: str, b: str) -> bool:
    """True when title line A ends with a verb of gaining and B, right below it, is its object:
    a count of projects or firms (``某某园新添`` ⏎ ``3个“链主”项目``): one title cut by a narrow column."""
    if not a.endswith(_GAIN_VERBS) or len(b) > 16 or not _COUNTED_OBJECT_RE.fullmatch(b):
        return False
    return (is_title_like(a) and is_title_like(b) and not is_heading_marker(a) and not is_byline(a)
            and not is_running_text(a) and len(a) >= 4 and " " not in a and "\u3000" not in a)


#: A line that goes on with the rest of a number cut by the wrap: digits and a magnitude or unit (``6亿元``).
_NUMBER_REST_RE = re.compile(r"^[\d.]*\d[\d.]*(?:[万亿]|元|%|％|[个项家户亩吨台套])")
#: A short title closing on a year (``数说2025``, ``【数读2024】``, ``回眸2025``): no figure cut after it.
_BOX_TITLE_YEAR = re.compile(r"^[【\[■◆●]?[\u4e00-\u9fff]{2,8}(?:19|20)\d{2}(?:年)?[】\]]?$")
#: A line that is only the start of a figure (``约12``, ``完成2``): a wrap cut the number.
_NUMBER_STUB_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}\d{1,4}$")
#: A qualifier printed after an amount (``35亿元`` ⏎ ``以上``).
_AFTER_AMOUNT_RE = re.compile(r"^(?:以上|以下|左右|以内|之间)")
_AMOUNT_END = frozenset("0123456789元万亿吨%％")
#: The unit that completes a figure ending in ``万`` or ``亿`` (``2.63亿`` ⏎ ``元``, ``5万`` ⏎ ``吨``).
_UNIT_REST_RE = re.compile(r"^(?:元|美元|欧元|港元|日元|吨|千瓦|平方米|立方米|亩|人次|人|户|家|个|头|套|台)")
#: A figure's digits closing a line after a word (``重点项目320``, ``总投资4.5``): never a date,
#: a code or a page number standing alone.
_DIGITS_AFTER_WORD_RE = re.compile(r"[\u4e00-\u9fff约超近逾达][\d.]*\d$")
#: The multiplier and unit, or the measure word, that a figure ending the line above lacks
#: (``320`` ⏎ ``个``, ``18`` ⏎ ``亿元``, ``30`` ⏎ ``万吨``); ``万``/``亿`` alone (``万州``) is no unit.
_UNIT_OPEN_RE = re.compile(
    r"^(?:[万亿](?:元|美元|欧元|港元|日元|吨|千瓦|平方米|立方米|亩|人次|人|户|家|个|头|套|台|件|千瓦时|标准箱|辆)"
    r"|元|%|％|个|项|家|户|亩|吨|台|套|件|辆|平方米|千瓦|兆瓦)")
#: A figure's multiplier and unit opening the next line after its digits (``实际到位资金61.2`` ⏎
#: ``亿元，…``), the multiplier's unit right after it or a clause mark.
_MULTIPLIER_REST_RE = re.compile(r"^[万亿](?:元|美元|吨|千瓦|平方米|立方米|亩|人次|人|户|[，,。；;、])")


def cuts_a_number(a: str, b: str) -> bool:
    """True when the break between A and B falls inside a figure (PDF wraps of columns).

    ``…生产总值1`` ⏎ ``326.5亿元…``, ``协议投资额87.`` ⏎ ``2亿元``, ``总投资`` ⏎ ``约12`` ⏎ ``6亿元``,
    ``可达35亿元`` ⏎ ``以上。``, ``重点项目320`` ⏎ ``个``: the digits run on, a line holds
    only the start of a figure, the next line opens with the figure's unit or with a
    qualifier of the amount.
    """
    if not a or not b:
        return False
    if _BOX_TITLE_YEAR.search(a) and is_box_figure_line(b):
        return False  # ``数说2025`` ⏎ ``1568.2亿元　地区生产总值``: a box's title, then its figures
    if a[-1].isdigit() and _NUMBER_REST_RE.match(b):
        return True
    if a[-1] == "." and a[-2:-1].isdigit() and _NUMBER_REST_RE.match(b):
        return True  # the wrap fell right after a decimal point (``87.`` ⏎ ``2亿元``)
    if a[-1] in "万亿" and a[-2:-1].isdigit() and _UNIT_REST_RE.match(b):
        return True  # the wrap fell between a figure's multiplier and its unit (``2.63亿`` ⏎ ``元``)
    if a[-1].isdigit() and _UNIT_OPEN_RE.match(b) and _DIGITS_AFTER_WORD_RE.search(a):
        return True  # the wrap fell between the digits and their unit (``项目320`` ⏎ ``个``)
    if a[-1].isdigit() and _MULTIPLIER_REST_RE.match(b):
        return True  # the wrap fell between a figure's digits and its multiplier (``61.2`` ⏎ ``亿元``)
    if len(b) <= 8 and b[-1].isdigit() and _NUMBER_STUB_RE.match(b) and a[-1] not in _ENDS_UNIT \
            and not is_heading_marker(a):
        return True
    return a[-1] in _AMOUNT_END and a[-2:-1] != "" and bool(_AFTER_AMOUNT_RE.match(b))


def dateline_then_text(line: str) -> bool:
    """A line opening with a dateline and going on with the story (``本报讯（记者 X）日前，某某``)."""
    dl = parse_dateline(line)
    return dl is not None and len(line) - dl.end >= 4


def bare_byline(line: str, min_text: int = 30) -> bool:
    """A byline on a line of its own (``本报记者 某某 通讯员 某某``), no story after it: its break
    stays even in a column whose lines look wrapped (the story opens on the next line)."""
    return len(line) <= min_text and _BARE_BYLINE.fullmatch(line) is not None


#: Roles and names alone on a line (``本报记者 某某 通讯员 某某``), no dateline, bracket or story.
_BARE_BYLINE = re.compile(r"(?:(?:本报|本刊|特约)?(?:记者|通讯员|实习生)[ \t\u3000]*[\u4e00-\u9fff]{2,4}"
                          r"[ \t\u3000]*)+")


def decide(a: str, b: str, max_title: int = 40, min_text: int = 30) -> str:
    """``join``, ``keep`` or ``stopped`` (A stops mid-sentence but B looks like a title)."""
    if is_heading_marker(a) or is_credit(a):
        return "keep"
    byline = is_byline(a)
    opens_body = byline and dateline_then_text(a)
    if byline and not opens_body and not is_running_text(a, min_text):
        return "keep"
    if cuts_a_number(a, b) and not is_table_line(a) and not is_table_line(b):
        return "join"
    if opens_unit(b):
        return "keep"
    last = a[-1]
    if last in _ENDS_UNIT:
        return "keep"
    if last in _CONTINUES:
        return "join"
    if not is_running_text(a, min_text) and not opens_body:
        return "keep"
    if is_title_like(b, max_title) and not is_running_text(b, min_text) and not b[0].islower():
        return "stopped"
    return "join"


def _cut_cell_gaps(text: str, gaps: list[tuple[int, int]]) -> set[int]:
    """Indexes of the single line breaks inside a row of a table set with single spaces (see
    :func:`newsmill.zh.tables.find_wrapped_tables`) that cut a cell between two Chinese characters
    (``…煤焦油深加工及针状焦`` ⏎ ``项目 某某公司 新建 22.8``): the cell is one word again."""
    rows = [(row[0].start, row[-1].end) for t in find_wrapped_tables(text) for row in t.rows]
    if not rows:
        return set()
    out = set()
    for k, (gs, ge) in enumerate(gaps):
        if gs and ge == gs + 1 and ge < len(text) and is_han(text[gs - 1]) and is_han(text[ge]) \
                and any(x < gs and ge < y for x, y in rows):
            out.add(k)
    return out


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Join the lines of paragraphs that a wrap cut; warn where a join may hide damage."""
    text = step.text
    gaps = line_gaps(text)
    if not gaps:
        return
    regions = _flagged_regions(step)
    flagged = sorted(span for span, _note in regions)
    max_title = options.get("max_title_len", 40)
    min_text = options.get("min_text_len", 30)
    wide_gap = options.get("wide_gap", 2)
    transparent = [span for span, note in regions if note in _TRANSPARENT_NOTES]
    turned: set[int] = set()
    if transparent:
        joins = page_turn_joins(text, gaps, transparent, max_title, min_text)
        for start, end in joins:
            step.replace(start, end, join_glue(text, start, end))
        turned = turned_column_gaps(text, gaps, joins)
    n = len(gaps)
    wrapped = hard_wrapped_gaps(text, gaps) | turned
    if len(step.doc.raw) != len(text):
        # measured on the raw page, a line closing a unit (``。``, ``”``) keeps its break: a title or
        # a paragraph's last line may happen to be as long as the column's lines
        wrapped |= {k for k in raw_wrapped_gaps(step, gaps) if text[gaps[k][0] - 1] not in _ENDS_UNIT}
    size = len(text)
    single_spaced = is_single_spaced(text, gaps)
    # the gaps after a unit's end are kept (unless in a column): only the others are examined
    ends_unit = _ENDS_UNIT
    todo = [k for k, (gs, _ge) in enumerate(gaps) if gs and (text[gs - 1] not in ends_unit
                                                           or (text[gs - 1] == "-" and is_han(text[gs - 2])))]
    if wrapped:
        todo = sorted(set(todo) | {k for k in wrapped if gaps[k][0]})
    # a table printed one cell per line keeps its lines (``序号`` ⏎ ``项目名称`` ⏎ …)
    stacked = [(t.start, t.rows[-1][-1].end) for t in find_stacked_tables(text)] \
        if "序号" in text or "编号" in text else []
    indents = indented_starts(step, gaps)
    # one-line rows of a table set with single spaces (``1 某某项目 新建车间 186000 …``) stay apart
    row_ends = {b for _a, b in spaced_row_spans(text)} if "序号" in text or "编号" in text else set()
    row_starts = {a for a, _b in spaced_row_spans(text)} if row_ends else set()
    # a cell of a table set with single spaces cut by a wrap (``4 某县年产…及针状焦`` ⏎ ``项目 某公司…``)
    cut_cells = _cut_cell_gaps(text, gaps) if "序号" in text or "编号" in text else set()
    joined = -2  # the last gap joined
    for k in todo:
        gs, ge = gaps[k]
        if ge == size:
            continue
        if stacked and any(x < gs and ge <= y for x, y in stacked):
            continue
        if gs in row_ends and ge in row_starts:
            continue
        a_start = gaps[k - 1][1] if k else 0
        b_end = gaps[k + 1][0] if k + 1 < n else size
        if flagged and any(x < b_end and y > a_start for x, y in flagged):
            continue
        a, b = text[a_start:gs], text[ge:b_end]
        if a and a[-1] in "。！？" and opens_place_item(b):
            continue  # ``…6.8万吨。`` ⏎ ``福鼎 福鼎市某某项目…``: the next item of a column of county news
        if hyphen_wrap(a, b) and is_running_text(a, min_text):
            step.delete(gs - 1, ge)  # the hyphen of a wrap inside a word goes with the break
            continue
        if k in cut_cells:
            joined = k
            _join(step, gs, ge, text.count("\n", gs, ge) - 1, wide_gap)
            continue
        verdict = decide(a, b, max_title, min_text)
        if k in wrapped and verdict != "join" and not opens_unit(b) and not is_heading_marker(a) \
                and not title_after_sentence(text, gaps, k, a, b) and not closes_on_credit(a) \
                and not event_title_over_figures(a, b) and not bare_byline(a, min_text):
            verdict = "join"
        if verdict == "keep" and len(b) <= _TITLE_TAIL and title_wraps(text, gaps, k, a, b):
            verdict = "join"
        if verdict == "keep" and len(a) + len(b) <= _SPLIT_TITLE_MAX and split_title(text, gaps, k, a, b):
            verdict = "join"
        if verdict == "keep" and gs + 1 == ge and len(b) <= _FIGURE_TAIL_MAX \
                and figure_tail_title(text, gaps, k, a, b):
            verdict = "join"
        if verdict != "join" and a[0] in _DASHES and subtitle_wraps(text, gaps, k, a, b):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and dash_item_wraps(a, b, min_text):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and a[0] in _BRIEF_MARKS \
                and brief_item_wraps(text, gaps, k, a, b):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and (title_word_cut(a, b) or predicate_wrap(a, b)
                                                   or object_wrap(a, b) or capacity_wrap(a, b)
                                                   or trend_wrap(a, b) or title_wrap(a, b)):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and is_han(a[-1]) and is_han(a[0]) \
                and inside_paragraph(text, gaps, k, a, b):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and not single_spaced \
                and paragraph_head_cut(text, gaps, k, a, b, min_text):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and clause_cut_in_word(a, b, min_text):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and indents is not None and ge not in indents \
                and not opens_unit(b) and (is_running_text(a, min_text) or joined == k - 1) \
                and not (is_table_line(a) or is_table_line(b)):
            verdict = "join"  # an indent-marked page: a line without an indent goes on a paragraph
        if verdict != "join" and sentence_tail_wrap(a, b):
            verdict = "join"
        if verdict != "join" and single_spaced and odd_blank_wrap(text, gs, ge, a, b, min_text):
            verdict = "join"
        if verdict != "join" and text.count("\n", gs, ge) <= 2 and clause_tail_cut(a, b):
            verdict = "join"
        if verdict != "join" and gs + 1 == ge and len(b) <= 16 and b[0] in _FIGURE_FIRST \
                and (glue := figure_under_label(a, b)) is not None:
            step.replace(gs, ge, glue)  # 新开工项目 ⏎ 186个 ⏎ 总投资…: an infographic's figures
            continue
        if verdict == "join" and gs + 1 < ge and exclaimed_title(a, max_title):
            verdict = "keep"  # 开门红！某区一季度6个项目投产 ⏎⏎ 一季度，…: an app title over its lead
        if verdict == "join" and gs + 1 == ge and is_place_section_title(a) and is_running_text(b, min_text):
            verdict = "keep"  # 某某区：锂电产业链再延伸 ⏎ 去年，…: a round-up's section title over its text
        if verdict == "join" and ("：" in b[:12] or ":" in b[:12]) and is_field_line(b) and is_field_line(a):
            verdict = "keep"  # 投资主体：某公司 ⏎ 投资规模：…: a card's fields are lines of their own
        if verdict == "join" and k and len(a) < min_text and b.endswith("。") and is_field_line(a) \
                and is_field_line(text[gaps[k - 2][1] if k > 1 else 0:gaps[k - 1][0]]):
            verdict = "keep"  # 进展情况：已签约 ⏎ 两个项目签约后，…。: a card's last field, then a paragraph
        if verdict == "join" and _ledger_line(a) and _ledger_line(b):
            verdict = "keep"  # 产业类项目226个，… ⏎ 基础设施类项目98个，…: an infographic's lines
        if verdict == "join" and (may_be_table(a) or may_be_table(b)) \
                and (is_table_line(a) or is_table_line(b)):
            verdict = "keep"  # rows of a plain-text table are lines of their own
        if verdict == "join":
            joined = k
            _join(step, gs, ge, text.count("\n", gs, ge) - 1, wide_gap)
        elif verdict == "stopped":
            step.warn(gs - 1, ge + 1, "line stops mid-sentence before a title-like line; not joined")
    # a title's first line ending on a closing quote (``某市“粮头食尾”`` ⏎ ``链条越拉越长``): only
    # the split-title test, the other rules keep a quote's end as a unit's end
    for k, (gs, ge) in enumerate(gaps):
        if gs and ge - gs == 1 and text[gs - 1] in _QUOTE_CLOSERS and k + 1 < n:
            a_start = gaps[k - 1][1] if k else 0
            a, b = text[a_start:gs], text[ge:gaps[k + 1][0]]
            hit = flagged and any(x < gaps[k + 1][0] and y > a_start for x, y in flagged)
            if len(a) + len(b) <= _SPLIT_TITLE_MAX and not hit and split_title(text, gaps, k, a, b):
                _join(step, gs, ge, 0, wide_gap)


def _ledger_line(line: str) -> bool:
    """A whole line of an infographic: a label and its figures, or a project's name and figures."""
    return is_figure_line(line) or is_named_figure_line(line)


#: Marks a new-media title may hold inside it (``开门红！…``, ``怎么干？…``).
_TITLE_STOPS = frozenset("！？!?")
#: Marks no title holds (a line with one is running text).
_TEXT_MARKS = frozenset("。，,、；;")


def exclaimed_title(a: str, max_title: int = 40) -> bool:
    """True for a short line whose only stops are exclamation or question marks inside it and that
    ends with no stop (``开门红！某区一季度6个项目竣工投产``): an app article's title, not a
    paragraph cut before a blank line."""
    return len(a) <= max_title and a[-1] not in _TITLE_STOPS and not _TEXT_MARKS.intersection(a) \
        and not _TITLE_STOPS.isdisjoint(a) and a.count("“") == a.count("”")


#: Longest section label (``西充县：``, ``某某经开区：``) ending a look-back for a paragraph.
_LABEL_MAX = 12


def is_section_label(line: str) -> bool:
    """A short label closed by a colon (``某县：``, ``某区:``): it opens a section, not a paragraph."""
    return 2 <= len(line) <= _LABEL_MAX and line[-1] in ":：" and not any(c in line for c in "，。；")


#: Clause marks: a line holding one stops mid-sentence when it ends without a stop.
_CLAUSE_MARKS = frozenset("，,、；;")


def clause_cut_in_word(a: str, b: str, min_text: int = 30) -> bool:
    """True when a short line A, holding a clause mark, is cut inside a word going on in B.

    ``某区将着力壮大盐化工产业，确保全年规上工`` ⏎ ``业增加值增长9%以上。…``: A is too short
    for running text, but its comma makes it no title; its last character and B's first
    make a two-character word of economic news (:data:`SPLIT_WORDS`), and B is running
    text.  A title ending with such a word is not cut (it holds no clause mark).
    """
    if len(b) < 2 or not is_han(a[-1]) or not is_han(b[0]) or a[-1] + b[0] not in SPLIT_WORDS:
        return False
    if not any(c in _CLAUSE_MARKS for c in a) or not (_is_plain_line(a) and _is_plain_line(b)):
        return False
    return is_running_text(b, min_text)


#: Share of the gaps that hold one line break from which a page counts as single-spaced.
_SINGLE_SPACED = 0.8


def is_single_spaced(text: str, gaps: list[tuple[int, int]]) -> bool:
    """True when the page's paragraphs stand apart by single line breaks (at least five gaps, most single)."""
    if len(gaps) < 5:
        return False
    single = sum(1 for gs, ge in gaps if text.count("\n", gs, ge) == 1)
    return single >= _SINGLE_SPACED * len(gaps)


def odd_blank_wrap(text: str, gs: int, ge: int, a: str, b: str, min_text: int = 30) -> bool:
    """True when one blank line, odd on a single-spaced page, cuts a paragraph (``…规上工`` ⏎⏎ ``业…``).

    A stops mid-sentence (it ends with a Chinese character and holds a clause mark, so
    it is no title) and B is running text opening no unit: the blank line is a wrap
    of the print, not a paragraph's end.
    """
    if text.count("\n", gs, ge) != 2 or not is_han(a[-1]) or is_title_like(a):
        return False
    if not (_is_plain_line(a) and _is_plain_line(b)):
        return False
    return is_running_text(b, min_text)


#: Marks that end a clause inside a line of running text, a label's colon included.
_CLAUSE_OR_COLON_MARKS = _CLAUSE_MARKS | frozenset("：:")
#: Marks that end the tail of a cut clause (``房20万平方米；``).
_TAIL_ENDS = frozenset("。；;！？!?")


def clause_tail_cut(a: str, b: str) -> bool:
    """True when B is the rest of the clause A stops in (``（一）…力争年内新建标准化厂`` ⏎⏎
    ``房20万平方米；``): A, a list item or a line of 20 characters or more, holds a clause mark
    and ends with a Chinese character (no title does both), B is one clause without a mark but
    its last, opens with a Chinese character and no unit: a cut of the print, on any page, short
    lines included."""
    if (len(a) < 20 and not is_list_item(a)) or not is_han(a[-1]) or not is_han(b[0]) \
            or len(b) > 24 or b[-1] not in _TAIL_ENDS:
        return False
    item = LIST_ITEM_RE.match(a)
    body = a[item.end():] if item else a  # (a list item's own mark is no clause mark: ``一、农业``)
    if len(body) < 12 or not any(c in _CLAUSE_OR_COLON_MARKS for c in body) \
            or any(c in _CLAUSE_OR_COLON_MARKS or c in _TAIL_ENDS for c in b[:-1]):
        return False
    return not (is_heading_marker(a) or is_heading_marker(b) or opens_unit(b) or is_credit(a))


#: What a figure line of an infographic opens with: a digit, or a growth or sum word.
_FIGURE_FIRST = frozenset("0123456789同增下总协签计")
#: A line holding only a figure (``186个``, ``同比增长8.6%``, ``总投资1420亿元``).
_FIGURE_LINE = re.compile(r"(?:同比增长|同比下降|增长|下降|(?:总投资|协议投资|签约金额|计划投资)额?(?:达)?)?"
                          r"\d+(?:\.\d+)?(?:万|亿)?(?:个|家|项|户|人|元|%|亩|吨)?")
#: A short label above a figure (``新开工项目``, ``固定资产投资``): Han characters only.
_LABEL_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def figure_under_label(a: str, b: str) -> str | None:
    """The glue joining line B, a figure, to line A above it when A is its label (``新开工项目`` ⏎
    ``186个``: ``""``) or a figure of the same label (``186个`` ⏎ ``总投资1420亿元``: ``"，"``); None
    when B is no figure or A no label or figure."""
    if not _FIGURE_LINE.fullmatch(b):
        return None
    if b[0].isdigit() or b[0] in "同增下":
        return "" if _LABEL_LINE.fullmatch(a) else None
    if a[0].isdigit() and a[-1] in "个家项户人元%亩吨" and _FIGURE_LINE.fullmatch(a):
        return "，"
    return None


#: Longest tail of a title wrapped onto a line of its own (``“加速度”``, ``签约落户``).
_TITLE_TAIL = 6


def title_wraps(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when line B is the tail of title A wrapped onto the next line, right above a byline.

    A narrow PDF column breaks a title as it breaks the text: ``海宁项目建设跑出``
    ⏎ ``“加速度”`` ⏎ ``本报讯（记者 X）…``.  A stands after a blank line (or
    opens the page), B follows it directly and holds at most :data:`_TITLE_TAIL`
    characters, half of A at most, and the line right after B opens the story
    with a byline.  A kicker printed above a title is the shorter line, and a
    subtitle below it is longer than a few characters, so neither is taken.
    """
    gs, ge = gaps[k]
    if ge - gs != 1 or len(a) < 2 * len(b) or len(a) < 8 or len(b) < 2:
        return False
    if k and text.count("\n", *gaps[k - 1]) < 2:
        return False
    if k + 1 >= len(gaps) or gaps[k + 1][1] - gaps[k + 1][0] != 1:
        return False
    nxt = gaps[k + 2][0] if k + 2 < len(gaps) else len(text)
    c = text[gaps[k + 1][1]:nxt]
    return (is_byline(c) and is_title_like(a) and is_title_like(b) and a[-1] not in _ENDS_UNIT
            and not is_heading_marker(a) and not opens_unit(b))


#: Closing quotes a title's first line may end with (``某市“粮头食尾”`` ⏎ ``链条越拉越长``).
_QUOTE_CLOSERS = frozenset("”」』\"’")
#: Longest title (both lines) that :func:`split_title` joins.
_SPLIT_TITLE_MAX = 18


def split_title(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when A and B are one title or sub-head a PDF column printed over two lines, apart from
    the lines around them by blank lines.

    ``某某百大项目冬季施工`` ⏎ ``掀起新热潮`` ⏎⏎ ``本报讯（记者 X）…``, ``工业生产`` ⏎ ``提速回升`` ⏎⏎
    ``前三季度，…``: the two lines stand alone between blank lines (or the page's start), both
    title-like with no blank and no clause mark inside, the second no longer than the first, and
    what follows opens the story (a byline, a dateline, running text).  A kicker over its title,
    or a title over its subtitle, is set apart by a blank line or holds a blank (the caller keeps
    the pair within :data:`_SPLIT_TITLE_MAX` characters).
    """
    gs, ge = gaps[k]
    if ge - gs != 1 or len(b) < 2 or len(b) > len(a) or (a[-1] in _ENDS_UNIT and a[-1] not in _QUOTE_CLOSERS):
        return False
    if k and text.count("\n", *gaps[k - 1]) < 2:
        return False
    if k + 1 >= len(gaps) or text.count("\n", *gaps[k + 1]) < 2:
        return False
    for line in (a, b):
        if " " in line or "\u3000" in line or _TEXT_MARKS.intersection(line) or not is_title_like(line):
            return False
    if is_heading_marker(a) or is_byline(a) or is_byline(b) or opens_unit(b) or is_list_item(b):
        return False
    if _FIGURE_TAIL_RE.fullmatch(b):
        return False  # ``某某基地开工`` ⏎ ``总投资6.5亿元`` ⏎⏎: the sum set apart from the story, a subtitle
    nxt = gaps[k + 2][0] if k + 2 < len(gaps) else len(text)
    c = text[gaps[k + 1][1]:nxt]
    if is_byline(c) or dateline_then_text(c):
        return True
    end = text.find("\n\n", gaps[k + 1][1])
    return is_running_text(text[gaps[k + 1][1]:end if end >= 0 else len(text)].replace("\n", ""))


#: The news's sum printed as a title's second line (``总投资41.2亿元``, ``协议总金额23.6亿元``).
_FIGURE_TAIL_RE = re.compile(r"(?:计划)?(?:总投资|协议总?金额|签约总?金额|签约资金|签约总额|协议投资额"
                             r"|投资总额|总金额)(?:约|近|超|达|逾)?\d+(?:\.\d+)?[万亿]元")
#: Longest such second line.
_FIGURE_TAIL_MAX = 16
#: Longest first line of such a title.
_FIGURE_TITLE_MAX = 24


def figure_tail_title(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when B is the news's sum a title prints on its second line, right above the byline.

    ``某县16个项目集中开工`` ⏎ ``总投资41.2亿元`` ⏎ ``本报讯（记者 X）…``: A is a short title-like
    line with no clause mark, B only the sum with its label (:data:`_FIGURE_TAIL_RE`), and the line
    right after B opens the story with a byline; the three follow each other with no blank line.
    A kicker over the title stays apart (it is not right above the sum).
    """
    if len(a) > _FIGURE_TITLE_MAX or _FIGURE_TAIL_RE.fullmatch(b) is None:
        return False
    if _TEXT_MARKS.intersection(a) or not is_title_like(a) or is_byline(a) or is_heading_marker(a):
        return False
    if k + 1 >= len(gaps) or gaps[k + 1][1] - gaps[k + 1][0] != 1:
        return False
    nxt = gaps[k + 2][0] if k + 2 < len(gaps) else len(text)
    return is_byline(text[gaps[k + 1][1]:nxt])


_DASHES = frozenset("—–-")
#: Longest second line of a subtitle opened by a dash.
_SUBTITLE_TAIL = 16


def subtitle_wraps(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when B is the rest of a subtitle A opened by a dash, cut by a narrow title column.

    ``——总投资30亿元 明年`` ⏎ ``全面投产`` ⏎ (blank line or byline): A opens with a dash
    and ends with a Chinese character, B is a short title-like line (at most
    :data:`_SUBTITLE_TAIL` characters, no dash or gap: a speaker line ``某某市长 张三``
    is no tail) followed by a blank line, a
    byline or the end of the text.  The caller tests A's first character.
    """
    gs, ge = gaps[k]
    if ge - gs != 1 or not is_han(a[-1]) or len(b) > _SUBTITLE_TAIL or b[0] in _DASHES \
            or " " in b or "\u3000" in b:
        return False
    if is_byline(b) or opens_unit(b) or is_heading_marker(b) or not is_title_like(b):
        return False
    if k + 1 >= len(gaps):
        return True
    if text.count("\n", *gaps[k + 1]) >= 2:
        return True
    nxt = gaps[k + 2][0] if k + 2 < len(gaps) else len(text)
    return is_byline(text[gaps[k + 1][1]:nxt])


#: Shortest dash-opened list item (``——由某公司投资…建设的年产…``) whose cut is read as a wrap.
_DASH_ITEM_MIN = 16
#: A figure or an amount in a line: a list item of facts, not a subtitle (``——访某县县长``).
_FIGURE_IN_RE = re.compile(r"\d")


def dash_item_wraps(a: str, b: str, min_text: int = 30) -> bool:
    """True when B goes on with a dash-opened list item A cut inside a word by the wrap.

    ``——由某公司投资6亿元建设的年产5万吨果汁饮`` ⏎ ``料项目，落户某园区，计划4月开工。``: A opens
    with a dash, is long (:data:`_DASH_ITEM_MIN`), holds a figure and no clause mark and ends with
    a Chinese character; B opens with one, is running text ending the sentence and opens no unit,
    byline or list item.  A subtitle (``——访某县县长 X``) is short and holds no figure.
    """
    if len(a) < _DASH_ITEM_MIN or a[0] not in _DASHES or a[1:2] not in _DASHES or not is_han(a[-1]):
        return False
    if not b or not is_han(b[0]) or _FIGURE_IN_RE.search(a) is None or is_running_text(a, min_text):
        return False
    return (is_running_text(b, min_text) and b[-1] in SENTENCE_END and not opens_unit(b)
            and not is_byline(b) and not is_heading_marker(b) and not is_list_item(b))


#: Signs of a title rather than a wrapped piece of text: a gap between its parts, quotes, a dash.
_TITLE_SIGNS = " \u3000“”‘’\"——|"
#: Lines looked at on each side of a short line for the running text of its paragraph.
_BLOCK_REACH = 3


#: Marks opening each item of a column of briefs (``◆某县…``, ``●某区…``).
_BRIEF_MARKS = frozenset("◆◇●•▪▲")


def brief_item_wraps(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when line A opens an item of a column of briefs (``◆``), runs to the column's width with no
    stop, and B, right below it, goes on with the sentence (``◆某市与一家企业洽谈年产1万吨高纯`` ⏎
    ``石英砂项目，意向投资12亿元。``): a wrap inside the item, no brief's title over its text."""
    if len(a) < 16 or a[-1] in SENTENCE_END or a[-1] in "：:；;" or not b or b[0] in _BRIEF_MARKS:
        return False
    if not (is_han(b[0]) or b[0].isdigit()) or not any(c in b for c in "，,。") or is_byline(b):
        return False
    widths = [ge - gs for gs, ge in _line_spans(gaps, k, 4)]
    return bool(widths) and len(a) >= max(widths) - 2


def _line_spans(gaps: list[tuple[int, int]], k: int, n: int) -> list[tuple[int, int]]:
    """The spans of up to ``n`` lines before the line that ends at gap ``k`` (single breaks only)."""
    spans = []
    for j in range(k - 1, max(k - 1 - n, 0), -1):
        if gaps[j][1] - gaps[j][0] != 1:
            break
        spans.append((gaps[j - 1][1] if j else 0, gaps[j][0]))
    return [(x, y) for x, y in spans if y > x]


def _is_plain_line(line: str) -> bool:
    """Not a heading, byline, credit, list item or table row: a line a paragraph may hold."""
    return bool(line) and not (is_heading_marker(line) or is_credit(line) or is_byline(line)
                               or opens_unit(line) or is_table_line(line))


def inside_paragraph(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str,
                     min_text: int = 30) -> bool:
    """True when short lines A and B stand inside a paragraph block cut at odd widths.

    ``…举行。`` ⏎ ``位于某街道的某某片区有机更`` ⏎ ``新项目投资12亿元，…``: A opens and ends
    with a Chinese character (the caller checks), and single line breaks tie it both to
    a sentence ended before it in running text and to running text at or after B
    (within :data:`_BLOCK_REACH` lines each way), so A is a wrapped piece of that
    paragraph, not a title between two paragraphs (a title shows a gap between its
    parts or quotes: :data:`_TITLE_SIGNS`).
    """
    if any(c in a for c in _TITLE_SIGNS) or not (_is_plain_line(a) and _is_plain_line(b)) or opens_story(b):
        return False
    n = len(gaps)
    before = False
    j = k - 1
    for _ in range(_BLOCK_REACH):
        if j < 0 or gaps[j][1] - gaps[j][0] != 1:
            break
        line = text[gaps[j - 1][1] if j else 0:gaps[j][0]]
        if (is_byline(line) and not dateline_then_text(line)) or is_heading_marker(line) \
                or is_section_label(line):
            break
        if is_running_text(line, min_text):
            before = line[-1] in _PARAGRAPH_END
            break
        j -= 1
    if not before:
        return False
    j = k
    for _ in range(_BLOCK_REACH):
        line = text[gaps[j][1]:gaps[j + 1][0] if j + 1 < n else len(text)]
        if not _is_plain_line(line):
            return False
        if is_running_text(line, min_text):
            return True
        j += 1
        if j >= n or gaps[j][1] - gaps[j][0] != 1:
            return False
    return False


#: The rest of a sentence cut by a break: one to three Han characters and a full stop, then
#: running text (``工基地。今年以来，…``).
_SENTENCE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}。\s*[\u4e00-\u9fff“]")
#: Shortest line that a cut sentence tail is read as the end of.
_MIN_CUT_LINE = 6


def sentence_tail_wrap(a: str, b: str) -> bool:
    """True when B opens with the last few characters of A's sentence (``…全国重要的磷化`` ⏎
    ``工基地。今年以来，…``): a title never goes on in a paragraph of one to three characters ended
    by a full stop, so the break fell inside A's last word.  A is a plain line ending in a Chinese
    character with no sign of a title (a gap, quotes, a dash) and no mark of a byline or credit."""
    return (len(a) >= _MIN_CUT_LINE and is_han(a[-1]) and not any(c in a for c in _TITLE_SIGNS)
            and _is_plain_line(a) and _SENTENCE_TAIL.match(b) is not None)


def paragraph_head_cut(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str,
                       min_text: int = 30) -> bool:
    """True when A is the first line of a paragraph cut by a wrap inside a word: after a blank
    line, a clause with its comma ending on a Chinese character, then running text on the next
    line (``在某某新区，某某公司年产8万吨锂电隔`` ⏎ ``膜项目的车间里，…。``); a title holds no
    comma, and on a page whose paragraphs are apart by blank lines a single break inside one is a wrap."""
    if not (is_han(a[-1]) and is_han(b[0])) or ("，" not in a and "," not in a):
        return False
    if k and text.count("\n", *gaps[k - 1]) < 2:
        return False  # A does not open its paragraph
    if not _is_plain_line(a) or not _is_plain_line(b) or opens_story(b):
        return False
    return is_running_text(b, min_text) and not is_running_text(a, min_text)


def title_after_sentence(text: str, gaps: list[tuple[int, int]], k: int, a: str, b: str) -> bool:
    """True when B is the title of the next story in a narrow column: A ends a sentence, a byline follows B.

    ``…计划年内建成。`` ⏎ ``某区签约5个项目`` ⏎ ``本报讯（记者 X）…``: the column's
    line breaks are joined, but not this one.  Cheap first test: A's last character.
    """
    if not a or a[-1] not in _PARAGRAPH_END or not is_title_like(b):
        return False
    if k + 1 >= len(gaps):
        return False
    nxt = gaps[k + 2][0] if k + 2 < len(gaps) else len(text)
    return is_byline(text[gaps[k + 1][1]:nxt])


def closes_on_credit(line: str) -> bool:
    """True when ``line`` ends a story on a credit with a role in brackets (``…分成。（记者 王 晨）``,
    ``…培训。（通讯员 某某）``): the story ends there although the line fills the column, so a
    title or a running footer after it starts a line of its own."""
    if not line or line[-1] not in ")）":
        return False
    credit = parse_trailing_credit(line)
    return credit is not None and credit.has_role


def line_gaps(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace runs holding a line break (what :data:`_GAP_RE` matches)."""
    gaps = list(map(Match.span, _BREAK_RE.finditer(text)))
    # blanks before the break belong to the gap (rare: the spaces cleaner trims line ends);
    # the character before a match is never a line break, which the match would have taken
    for k in [k for k, (start, _end) in enumerate(gaps) if start and text[start - 1].isspace()]:
        start, end = gaps[k]
        while start and text[start - 1] != "\n" and text[start - 1].isspace():
            start -= 1
        gaps[k] = (start, end)
    return gaps


def hard_wrapped_gaps(text: str, gaps: list[tuple[int, int]]) -> set[int]:
    """Indexes of single line breaks inside hard-wrapped text (fixed-width PDF columns).

    A run of three or more consecutive lines of the same length (within one
    character, at least 8 characters) is a column.  Every line of the run is
    joined to the next line, the last one to the shorter line that ends the
    paragraph.
    """
    starts = [0] + [ge for _gs, ge in gaps]
    lens = [gs - start for (gs, _ge), start in zip(gaps, starts)]
    # a column needs three lines in a row, each within one character of the widest before it:
    # neighbours differ by at most two
    near = [-2 <= a - b <= 2 for a, b in zip(lens, islice(lens, 1, None))]
    if True not in map(and_, near, islice(near, 1, None)):
        found = _display_wrapped(text, gaps, starts, lens)
        return found | column_wide_lines(text, gaps, starts, lens, found) if found else found
    single = [ge - gs == 1 or text.count("\n", gs, ge) == 1 for gs, ge in gaps]
    found = _equal_runs(lens, single) | _display_wrapped(text, gaps, starts, lens)
    return found | column_wide_lines(text, gaps, starts, lens, found) if found else found


def _one_width_rows(block: str) -> int:
    """How many lines ``block`` holds when they are all of one length (within one character),
    else 1."""
    widths = [len(line) for line in block.split("\n")]
    return len(widths) if max(widths) - min(widths) <= 1 else 1


def _equal_runs(lens: list[int], single: list[bool], weights: list[int] | None = None) -> set[int]:
    """Indexes of the single line breaks after lines in runs of three or more lines of one length
    (within one character, at least 8 characters): ``lens[k]`` is the length of the line before
    break ``k``, ``single[k]`` whether break ``k`` is a single one, ``weights[k]`` how many lines
    of the column line ``k`` stands for (1 when not given)."""
    n = len(lens)
    out: set[int] = set()
    k = 0
    while k < n:
        if not single[k] or lens[k] < 8:
            k += 1
            continue
        j = k
        width = lens[k]
        while j + 1 < n and single[j] and lens[j + 1] >= 8 and \
                max(width, lens[j + 1]) - min(width, lens[j + 1]) <= 1:
            width = max(width, lens[j + 1])
            j += 1
        if (j - k + 1 if weights is None else sum(weights[k:j + 1])) >= 3:
            out.update(i for i in range(k, j + 1) if single[i])
        k = j + 1
    return out


def raw_wrapped_gaps(step: CleanStep, gaps: list[tuple[int, int]]) -> set[int]:
    """Single line breaks inside a fixed-width column measured on the raw page: a column's
    lines are of one length as printed, before earlier cleaners took reading aids, stray
    blanks or symbols out of some of them (``產(chǎn)業`` is one column cell wide with its
    pinyin).  Each cleaned line is measured as the raw line it ends in: a line an earlier
    cleaner made of two raw lines (a reading aid cut by the wrap, ``新(`` ⏎ ``qū)區``, taken out
    with its break) is as wide as its last raw line."""
    raw = step.doc.raw
    size = len(step.text)
    starts = [0] + [ge for _gs, ge in gaps]
    lines: list[tuple[int, int] | None] = []  # the raw start and end of each line
    widths: list[int] = []  # the length of the raw line each line ends in
    weights: list[int] = []  # how many raw lines of one width each line is made of
    for (gs, _ge), start in zip(gaps, starts):
        if gs <= start:
            lines.append(None)  # the page opens with a line break
            widths.append(0)
            continue
        rs, re_ = step.raw_span(start, start + 1)[0], step.raw_span(gs - 1, gs)[1]
        ls, le = raw.rfind("\n", 0, rs) + 1, raw.find("\n", re_)
        lines.append((ls, le) if le >= 0 else None)
        widths.append(le - raw.rfind("\n", 0, re_) - 1 if le >= 0 else 0)
        # a line made of raw lines of one width counts as that many lines of a column
        rows = 1 if le < 0 or raw.count("\n", ls, le) == 0 else _one_width_rows(raw[ls:le])
        weights.append(rows)
    # a column's lines are long; short ones of one length are a masthead's or a list's
    lens = [w if w >= _MIN_RAW_COLUMN else 0 for w in widths]
    single = []
    for k, (gs, ge) in enumerate(gaps):
        here = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is None and ge < size:
            nxt = (step.raw_span(ge, ge + 1)[0], 0)
        single.append(ge - gs == 1 and here is not None and nxt is not None
                      and _one_raw_break(raw, here[1], nxt[0]))
    found = _equal_runs(lens, single, weights)
    if not found:
        return found
    # a run of lines of one length is a column of text only when one of its lines has a clause mark
    text = step.text
    out: set[int] = set()
    run: list[int] = []
    for k in sorted(found) + [-2]:
        if run and k != run[-1] + 1:
            if any(_CLAUSE_MARKS.intersection(text[starts[i]:gaps[i][0]]) for i in run):
                out.update(run)
            run = []
        run.append(k)
    return out


def _one_raw_break(raw: str, start: int, end: int) -> bool:
    """Whether the raw text between two lines is one line break, or only blank lines (the blank
    lines of a loosely spaced page, halved by ``clean-spaces``)."""
    n = raw.count("\n", start, end)
    return n == 1 or (n > 1 and not raw[start:end].strip())


#: Shortest raw line counted as a line of a column (titles and labels are shorter).
_MIN_RAW_COLUMN = 16


_PARAGRAPH_END = frozenset("。！？!?")
#: Lines of a column measured in display width (see :func:`_display_wrapped`).
_MIN_COLUMN_WIDTH = 12
#: A masthead's fields, a weekday then a page number (``…星期五 区县新闻 第3版``).
_MASTHEAD = re.compile(r"星期[一二三四五六日天]\s.*第\s*[A-Z]?\d{1,3}\s*版")
#: Widest spread of display widths within one column (digits and Latin letters are narrow).
_COLUMN_SPREAD = 2.0


def _display_wrapped(text: str, gaps: list[tuple[int, int]], starts: list[int], lens: list[int]) -> set[int]:
    """Single line breaks inside a column whose lines hold narrow digits or Latin letters.

    A PDF column has one width on paper, not one count of characters: a
    line holding ``142.6亿元`` or ``(记者 X)`` holds more characters than
    a line of Chinese only.  Widths are counted in full-width units (an
    ASCII character is half of one); three or more lines in a row, single
    line breaks apart, at least :data:`_MIN_COLUMN_WIDTH` units wide and
    within :data:`_COLUMN_SPREAD` units of each other, are a column.  Cheap
    first test: three neighbouring lines whose character counts differ by
    at most four.
    """
    n = len(gaps)
    cand = [k for k in range(n - 2)
            if lens[k] >= _MIN_COLUMN_WIDTH and abs(lens[k] - lens[k + 1]) <= 4
            and abs(lens[k + 1] - lens[k + 2]) <= 4]
    if not cand:
        return set()
    width: dict[int, float] = {}

    def units(k: int) -> float:
        if k not in width:
            line = text[starts[k]:gaps[k][0]]
            width[k] = _units(line)
            if "星期" in line and _MASTHEAD.search(line):
                width[k] = 0.0  # a masthead (weekday, page) spans the page: no line of a column
        return width[k]

    out: set[int] = set()
    for k in cand:
        if k in out or gaps[k][1] - gaps[k][0] != 1 or gaps[k + 1][1] - gaps[k + 1][0] != 1:
            continue
        lo = hi = units(k)
        j = k
        while j + 1 < n and gaps[j][1] - gaps[j][0] == 1 and lens[j + 1] >= _MIN_COLUMN_WIDTH:
            w = units(j + 1)
            if max(hi, w) - min(lo, w) > _COLUMN_SPREAD:
                break
            lo, hi = min(lo, w), max(hi, w)
            j += 1
        if j - k >= 3 and text[gaps[j][0] - 1] in _PARAGRAPH_END \
                and units(j) < min(units(i) for i in range(k, j)) - 1:
            j -= 1  # a shorter last line closing a sentence ends the paragraph: it stays a line end
        if j - k + 1 >= 3 and lo >= _MIN_COLUMN_WIDTH:
            out.update(i for i in range(k, j + 1) if gaps[i][1] - gaps[i][0] == 1)
    return out


def _units(line: str) -> float:
    """Display width of a line in full-width units (an ASCII character is half of one)."""
    wide = (len(line.encode("utf-8")) - len(line)) / 2  # CJK characters take three bytes
    return wide + (len(line) - wide) / 2


#: How far a line may fall short of a column's width and still fill it (a mark hung or moved).
_FILL_SLACK = 1.0


def column_wide_lines(text: str, gaps: list[tuple[int, int]], starts: list[int], lens: list[int],
                      found: set[int]) -> set[int]:
    """Single line breaks after a line as wide as a column found on the page (``found``: breaks
    inside runs of one width), though in no run itself: the first line of a paragraph that holds
    more digits than its neighbours (``2024年12月16日至20日，某县代表团`` ⏎ ``赴…``), or the line
    before a paragraph's short last line when the paragraph has only two lines more
    (``…230个以上，实际到位内`` ⏎ ``资增长10%以上。``).  The line holds a clause mark and ends
    inside a sentence, and the next line is running text (a clause or sentence mark in it), so
    a title as wide as the column stays a line of its own; so is a next line that stops inside
    a sentence right before another line (``酿造产业园二期项目正加快主体施`` ⏎ ``工。…``)."""
    widths = {_units(text[starts[k]:gaps[k][0]]) for k in found}
    widest = [w for w in widths if w >= _MIN_COLUMN_WIDTH]
    if not widest:
        return set()
    n = len(gaps)
    out: set[int] = set()
    for k in range(n - 1):
        gs, ge = gaps[k]
        if k in found or ge - gs != 1 or lens[k] < _MIN_COLUMN_WIDTH:
            continue
        a = text[starts[k]:gs]
        if a[-1] in _ENDS_UNIT or not (_CLAUSE_MARKS.intersection(a) or word_tail_opens(text, ge)):
            continue
        w = _units(a)
        if not any(0 <= c - w <= _FILL_SLACK or 0 <= w - c <= 0.5 for c in widest):
            continue
        b = text[ge:gaps[k + 1][0]]
        if _CLAUSE_MARKS.intersection(b) or _PARAGRAPH_END.intersection(b):
            out.add(k)
        elif b and b[-1] not in _ENDS_UNIT and gaps[k + 1][1] - gaps[k + 1][0] == 1 \
                and gaps[k + 1][1] < len(text):
            out.add(k)  # the next line stops inside a word too (``…主体施`` ⏎ ``工。…``)
    return out


#: Fewest indented line starts that make a page one whose paragraphs open with an indent.
_MIN_INDENTED = 3


def indented_starts(step: CleanStep, gaps: list[tuple[int, int]]) -> frozenset[int] | None:
    """The starts of the lines (ends of ``gaps``) that stand indented in the raw page (``\u3000\u3000``
    or two blanks or more before them, trimmed by an earlier cleaner), when the page opens its
    paragraphs so: at least three such lines, and not every line (a page indented all through
    marks nothing).  ``None`` on any other page."""
    raw = step.doc.raw
    if "\u3000\u3000" not in raw and "\n  " not in raw and "\n\t" not in raw:
        return None
    out = set()
    for _gs, ge in gaps:
        if ge >= len(step.text):
            continue
        rb = step.raw_span(ge, ge + 1)[0]
        lead = raw[raw.rfind("\n", 0, rb) + 1:rb]
        if lead and not lead.strip() and (len(lead) >= 2 or lead in ("\u3000", "\t")):
            out.add(ge)
    if len(out) < _MIN_INDENTED or len(out) >= len(gaps) - 1:
        return None
    return frozenset(out)


def join_glue(text: str, gs: int, ge: int) -> str:
    """What replaces the line break ``text[gs:ge]`` when its lines are joined: a space between two
    Latin words (``new\nenergy``), nothing in Chinese text, between the digits of a number, and
    between a figure of Chinese text and its unit in Latin letters (``年产20\nGW``), inside such
    a unit (``10G\nWh``)."""
    left, right = text[gs - 1], text[ge]
    if not (left.isascii() and left.isalnum() and right.isascii() and right.isalnum()):
        return ""
    if left.isdigit():
        if right.isdigit():
            return ""
        i = gs - 1
        while i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
            i -= 1
        if i > 0 and not text[i - 1].isascii():
            return ""  # a figure of Chinese text before its unit
    elif left.isalpha() and right.isalpha():
        m = _UNIT_HEAD_RE.search(text, max(0, gs - 6), gs)
        if m and m.end() == gs and _LATIN_UNIT_RE.match(m.group(1) + text[ge:ge + 4]):
            return ""  # a unit cut after a figure (``10G`` ⏎ ``Wh``)
    return " "


#: Latin letters right after a figure's digits, before a break (``10G``, ``120k``).
_UNIT_HEAD_RE = re.compile(r"[0-9]([A-Za-z]{1,3})")
#: Units of power, energy and data written in Latin letters, followed by no other letter.
_LATIN_UNIT_RE = re.compile(r"(?:[kKMGT]Wh?|[kKM]VA|[kK]V|[MG]bps|[GTP]B)(?![A-Za-z])")


def _join(step: CleanStep, gs: int, ge: int, blanks: int, wide_gap: int) -> None:
    text = step.text
    left, right = text[gs - 1], text[ge]
    step.replace(gs, ge, join_glue(text, gs, ge))
    where = (gs - 1, ge + 1)
    if left == right and is_han(left):
        step.warn(*where, f"joined a wrapped line; {left!r} on both sides of the cut may be doubled")
    elif blanks >= wide_gap:
        step.warn(*where, f"joined a wrapped line across {blanks} blank lines; text may be lost")
    elif left.isdigit() and right.isdigit():
        step.warn(*where, "joined a wrapped line between two digits; check the number")
