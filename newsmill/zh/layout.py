"""Line kinds of Chinese news pages: headings, bylines, credits, list items, running text.

Cleaners that work line by line (joining PDF wraps, removing stray spaces,
flagging page furniture) share these tests so that they agree on what a
heading or a byline is.  The tests look at one stripped line; the callers
add context (the lines around it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from newsmill.zh.script import CLAUSE_PUNCT, HAN, SENTENCE_END

#: Lines opened by ``#``…``######`` (headings as HTML/PDF converters leave them).
HEADING_MARK_RE = re.compile(r"#{1,6}\s")
_NAME = rf"[{HAN}·]{{2,5}}"
#: Bylines: ``□ 本报记者 丁南``, ``本报讯 今年以来``, ``XX日报自贡讯(记者 X)``, ``(记者 X)``, ``文/X``.
BYLINE_RE = re.compile(
    rf"(?:[□■◆◇●◎]\s*\S"
    rf"|(?:本报|本刊|特约)?(?:记者|通讯员)\s*{_NAME}"
    rf"|[{HAN}]{{0,14}}讯(?:\s|[(（]|$)"
    rf"|[(（](?:本报)?(?:记者|通讯员)"
    rf"|(?:文|撰文|图文)\s*[/／|:：]\s*{_NAME})")
#: Photo credits on a line of their own: ``新华社记者 杨文斌 摄``, ``王五/摄``, ``张三 供图``.
CREDIT_RE = re.compile(
    rf"[(（]?(?:[{HAN}]{{0,10}}(?:记者|通讯员|摄影师?)\s*)?{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"\s*[/／]?\s*(?:摄|供图|摄影)[)）]?")
#: List items: ``(一)``, ``（2）``, ``三、``, ``4.``, ``①``, bullets (``▲``, ``★``, ``▶`` need no space:
#: a digest's one-line items, ``▲3月25日，…``).
LIST_ITEM_RE = re.compile(
    r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[、.．](?!\d)"
    r"|[①-⑳]"
    r"|[-•·*▪●]\s"
    r"|[▲△▶►★☆])")
#: Line-ending punctuation after which a line is a complete unit.
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
#: ``str.translate`` table deleting clause marks (count = length lost).
_DROP_CLAUSE = dict.fromkeys(map(ord, CLAUSE_PUNCT))


def is_heading_marker(line: str) -> bool:
    """A line that starts with a markdown heading marker."""
    return HEADING_MARK_RE.match(line) is not None


def is_byline(line: str) -> bool:
    """A byline or dateline opener (``□ 记者 X``, ``本报讯``, ``XX讯(记者 X)``)."""
    return BYLINE_RE.match(line) is not None


#: The last character of every line :data:`CREDIT_RE` matches whole (``摄``, ``供图``, ``摄影``, a bracket).
_CREDIT_LAST = frozenset("摄图影)）")


def is_credit(line: str) -> bool:
    """A photo credit standing alone on its line."""
    return line[-1:] in _CREDIT_LAST and len(line) <= 40 and CREDIT_RE.fullmatch(line) is not None


def is_list_item(line: str) -> bool:
    """A line starting with a list marker."""
    return LIST_ITEM_RE.match(line) is not None


#: A web page's meta line (``来源：某市人民政府网 发布日期：…``).
META_LINE_RE = re.compile(r"(?:【\s*)?(?:来源|稿源|信息来源|文章来源|发布时间|发布日期|作者|字号|字体)"
                          r"\s*[:：]")


def is_meta_line(line: str) -> bool:
    """A web page's meta line naming the source, date or author (``来源：某市人民政府网``)."""
    return META_LINE_RE.match(line) is not None


#: Heading marker, byline, list item or meta line at the start of a line, as one pattern.
_OPENS_UNIT_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in
                                     (HEADING_MARK_RE, BYLINE_RE, LIST_ITEM_RE, META_LINE_RE)))


def opens_unit(line: str) -> bool:
    """A line that starts a unit of its own: heading, byline, photo credit, list item or meta line.

    Such a line is never glued to the line before it.
    """
    return _OPENS_UNIT_RE.match(line) is not None or is_credit(line)


def clause_marks(line: str) -> int:
    """How many clause or sentence punctuation marks ``line`` holds."""
    return len(line) - len(line.translate(_DROP_CLAUSE))


def has_sentence_end(line: str) -> bool:
    """True when a sentence ends somewhere in ``line``."""
    return _SENTENCE_END_RE.search(line) is not None


#: Any clause or sentence punctuation mark (what :func:`clause_marks` counts).
_CLAUSE_RE = re.compile(f"[{re.escape(CLAUSE_PUNCT)}]")


#: What a copied app article keeps of a picture or a video: a line holding only its label.
IMAGE_PLACEHOLDERS = frozenset(("图片", "图", "视频", "图片/视频", "[图片]", "【图片】", "[视频]",
                                "【视频】", "[二维码]", "【二维码】"))


def is_running_text(line: str, min_len: int = 30) -> bool:
    """A line of running text (a paragraph or a piece of one), not a title or label.

    It holds a full stop, or two clause marks, or it is long and holds one.
    """
    if has_sentence_end(line):
        return True
    # the marks are searched, not counted: the first one, and a second when the line is short
    first = _CLAUSE_RE.search(line)
    if first is None:
        return False
    return len(line) >= min_len or _CLAUSE_RE.search(line, first.end()) is not None


def is_title_like(line: str, max_len: int = 40) -> bool:
    """A short line without clause punctuation: a headline, subhead, label or caption."""
    return len(line) <= max_len and _CLAUSE_RE.search(line) is None


@attrs.frozen
class Line:
    """One line of a text: its span without the line break, and its stripped content span."""

    start: int
    end: int
    text_start: int
    text_end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for a line holding only whitespace."""
        return not self.text


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of ``text`` with its spans (stripped of surrounding whitespace)."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            ts = pos + lead
            te = ts + len(stripped)
        else:
            ts = te = pos
        yield Line(pos, end, ts, te, stripped)
        if nl < 0:
            break
        pos = nl + 1


#: Two-character words of economic news no page prints apart: a single blank between their
#: characters in running text is a stray one however few the page has (``社会消费品零 售总额``).
SPLIT_WORDS = frozenset((
    "零售", "总额", "增加", "增长", "增速", "投资", "项目", "产业", "企业", "工业", "经济", "建设",
    "签约", "开工", "投产", "竣工", "产值", "资金", "规模", "以上", "同比", "消费", "进出", "出口",
    "进口", "贷款", "存款", "余额", "收入", "利润", "税收", "园区", "实现", "完成", "累计", "计划",
))


#: The tail of a word cut by the wrap opening a line, right before a clause mark (``作，该项目…``, ``设，…``).
_WORD_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}[，,；;、]")
#: Words a sentence opens with before a comma (``目前，``, ``近日，``): no tail of a cut word.
_OPENERS = frozenset(("目前", "近日", "日前", "据悉", "同时", "此外", "其中", "今年", "去年", "明年", "随后",
                      "为此", "对此", "另外", "当天", "当日", "如今", "近年", "首先", "其次", "最后", "然而",
                      "但是", "因此", "所以", "眼下", "当前", "近期", "届时", "此前", "之后", "以后", "期间"))


def word_tail_opens(text: str, pos: int) -> bool:
    """True when the line at ``pos`` opens with one or two characters and a clause mark that no
    sentence opens with (``作，该项目拟投资…``): the tail of a word the wrap cut, so the line above
    (with no clause mark of its own, as after a caption) goes on into it."""
    m = _WORD_TAIL.match(text, pos)
    return m is not None and text[pos:m.end() - 1] not in _OPENERS
