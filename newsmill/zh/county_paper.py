"""Furniture of a county paper's printed or digital page that no story carries.

A county paper prints round its stories a publisher line under the masthead
(``中共某县委机关报　某县融媒体中心主办``), an issue line (``总第3318期　内部资料性出版物准印证：…``),
a foot with the printer and the price (``印刷：某某印务中心　本报零售价：每份1.00元　全年订价150元``);
its digital edition adds the page's own line (``第01版：要闻　　2026年11月28日　星期六``) and a
list of the page's titles under ``本版标题导航``.  Each helper takes one stripped line (or all the
stripped lines of a page) and says whether it is such furniture.
"""

from __future__ import annotations

import re

#: Wide blanks between the fields of one furniture line (an ideographic space, two blanks or more).
_GAP_RE = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")

#: A field naming who owns or publishes the paper (``中共某县委机关报``, ``某县融媒体中心主办``,
#: ``某县委宣传部主管``).
_OWNER_FIELD_RE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{2,16}?(?:机关报|主办|主管|主管主办|出版|协办)")

#: A field of the issue line under a masthead: the running number of the issue, the permit of an
#: internal publication, the count of pages (``总第3318期``, ``今日8版``,
#: ``内部资料性出版物准印证：某内资字〔2026〕第017号``).
_ISSUE_FIELD_RE = re.compile(r"总第\s*\d{2,6}\s*期"
                             r"|[\u4e00-\u9fff]{0,16}?准印证号?\s*[:：]?\s*\S{2,30}"
                             r"|今日\s*\d{1,2}\s*版")

#: A field of a paper's foot naming its printer (``印刷：某某日报社印务中心（地址：某市某区）``).
_PRINTER_FIELD_RE = re.compile(r"(?:印刷|承印)(?:单位)?\s*[:：]\s*[^\s，。；]{2,40}")
#: A field of the foot giving the paper's price (``本报零售价：每份1.00元``, ``全年订价150元``).
_PRICE_FIELD_RE = re.compile(r"(?:本报|本刊)?(?:每份|每期|全年|年)?(?:零售价|定价|订价|售价)\s*[:：]?\s*"
                             r"(?:每份|每期|全年)?\s*(?:人民币)?\d{1,4}(?:\.\d{1,2})?元")

#: A digital edition's line of the page alone: its number and section, then the day and maybe the
#: weekday (``第01版：要闻　　2026年11月28日　星期六``).
_EPAPER_PAGE_LINE_RE = re.compile(
    r"第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff·・]{2,8}"
    r"(?:[ \t\u3000]+\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
    r"|[ \t\u3000]+(?:星期|周)[一二三四五六日天])+")

#: The label of a digital edition's list of the titles printed on the page (``本版标题导航``).
_TITLE_NAV_HEAD_RE = re.compile(r"[【\[]?(?:本版)?(?:标题导航|标题索引|文章导航)[】\]]?\s*[:：]?")
#: An item of that list: a dot, then a title (``· 某县签约项目20个``).
_TITLE_NAV_ITEM_RE = re.compile(r"[·•・]\s*\S.{0,40}")


def _fields(s: str) -> list[str]:
    """The fields of a line set apart by wide blanks."""
    return [f for f in _GAP_RE.split(s.strip()) if f]


#: Words one of which names a paper's owner or publisher (a party committee, its publicity
#: department, a media centre, a press house).
_PUBLISHER_WORDS = ("委", "宣传部", "融媒体", "报社", "传媒")


def owner_line(s: str) -> bool:
    """True for a masthead's line naming the paper's owner and publisher and nothing else
    (``中共某县委机关报　某县融媒体中心主办``); a sentence saying a centre hosts an event never
    matches, since every field must end on the owner's word."""
    fields = _fields(s)
    # (one field alone only when it is the organ line, ``中共某县委机关报``: ``某博览会由某县人民政府主办``
    # is a sentence)
    # (the owner may be named by who oversees it and who publishes it instead:
    # ``中共某县委主管　某县融媒体中心出版``)
    return (2 <= len(fields) <= 4 or len(fields) == 1 and "机关报" in s) and len(s) <= 60 \
        and (any("机关报" in f or "主办" in f for f in fields)
             or any(f.endswith("主管") for f in fields) and any(f.endswith("出版") for f in fields)
             and any(w in s for w in _PUBLISHER_WORDS)) \
        and all(_OWNER_FIELD_RE.fullmatch(f) and "由" not in f for f in fields)


def issue_line(s: str) -> bool:
    """True for a masthead's issue line: the issue's running number or the permit of an internal
    publication, each field one of them (``总第3318期　　某市内部资料性出版物准印证：…``)."""
    fields = _fields(s)
    return 1 <= len(fields) <= 4 and len(s) <= 100 and ("总第" in s or "准印证" in s) \
        and all(_ISSUE_FIELD_RE.fullmatch(f) for f in fields)


def price_foot_line(s: str) -> bool:
    """True for a paper's foot giving its printer and its price, every field one of them and a
    price among them (``印刷：某某印务中心　本报零售价：每份1.00元　全年订价150元``)."""
    fields = _fields(s)
    return len(fields) >= 2 and len(s) <= 120 and any(_PRICE_FIELD_RE.fullmatch(f) for f in fields) \
        and all(_PRICE_FIELD_RE.fullmatch(f) or _PRINTER_FIELD_RE.fullmatch(f) for f in fields)


def epaper_page_line(s: str) -> bool:
    """True for a digital edition's line of its page: number and section, then the day
    (``第01版：要闻　　2026年11月28日　星期六``); a contents item (a page and a story's title)
    carries no day after it and never matches."""
    return len(s) <= 60 and _EPAPER_PAGE_LINE_RE.fullmatch(s) is not None


def title_nav_lines(texts: list[str]) -> list[int]:
    """Indices of a digital edition's list of the page's titles: the label ``本版标题导航`` and the
    dotted items right under it (``· 某县签约项目20个``), up to the first other line."""
    out: list[int] = []
    for i, s in enumerate(texts):
        if not s or len(s) > 12 or _TITLE_NAV_HEAD_RE.fullmatch(s) is None:
            continue
        items = []
        j = i + 1
        while j < len(texts) and texts[j] and _TITLE_NAV_ITEM_RE.fullmatch(texts[j]):
            items.append(j)
            j += 1
        if items:
            out.extend([i, *items])
    return out


#: A page's section, letter-spaced or not, a wide gap, then the page's number
#: (``要　闻　　　　　　　　第1版``, ``县域经济        第3版``).
_SPREAD_SECTION_PAGE_RE = re.compile(r"[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff·・]){1,7}[ \t\u3000]{4,}"
                                     r"第\s*[A-Z]?\d{1,2}\s*版")


def spread_section_page_line(s: str) -> bool:
    """True for a page's section and number set at the two ends of a line
    (``要　闻　　　　　　　　第1版``): four blanks or more between them, nothing else on the line."""
    return len(s) <= 80 and _SPREAD_SECTION_PAGE_RE.fullmatch(s) is not None


#: Marks a notice is framed with (``〓〓…〓〓``, ``★…★``).
_FRAME_MARKS = "〓★☆◆◇■□●○※"
#: A paper's call to subscribe: its name in book marks, or ``本报``, then the drive's word
#: (``2027年度《某某报》征订工作开始啦``, ``本报2027年度征订进行中``).
_SUBSCRIBE_RE = re.compile(r"(?:\d{4}年度?)?(?:《[^》]{2,12}(?:报|刊)》|本报(?!讯)|本刊)[^，。！讯\s]{0,10}?"
                           r"(?:征订|订阅|订报|收订)")
#: What such a call says besides: a price, a welcome, where to order.
_SUBSCRIBE_DETAIL_RE = re.compile(r"[订定]价|\d元|欢迎|踊跃|办理|订阅热线|咨询电话|邮政")


def subscription_line(s: str) -> bool:
    """True for a paper's call to subscribe on a line of its own, framed by marks or not
    (``〓〓2027年度《某某报》征订工作开始啦！全年订价168元，欢迎广大读者踊跃订阅〓〓``): the paper
    and the drive's word open it, and a price, a welcome or a place to order follows; a story
    telling that a post office delivers papers never opens so."""
    t = s.strip(_FRAME_MARKS + " \t\u3000")
    return len(t) <= 80 and _SUBSCRIBE_RE.match(t) is not None and _SUBSCRIBE_DETAIL_RE.search(t) is not None


def county_paper_furniture(s: str) -> bool:
    """True for any one-line furniture of :mod:`this module <newsmill.zh.county_paper>`: the owner
    line, the issue line, the printer's and price foot, a digital edition's page line, a section
    and page line spread over the width, a call to subscribe."""
    if "机关报" in s or "主办" in s or "主管" in s:
        if owner_line(s):
            return True
    if s[-1] == "版" and spread_section_page_line(s):
        return True
    if ("订" in s or "收" in s) and subscription_line(s):
        return True
    if ("总第" in s or "准印证" in s) and issue_line(s):
        return True
    if "价" in s and price_foot_line(s):
        return True
    return s[:1] == "第" and "版" in s[:8] and epaper_page_line(s)
