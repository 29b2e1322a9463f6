"""The period of an indicator (year, quarter, months, since…) and the value after its cue."""

from __future__ import annotations

import re
import weakref
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    _CLASSES,
    GROWTH_CUE,
)
from newsmill.zh.dates import month_of
from newsmill.zh.figures import Figure, number
from newsmill.zh.pageyear import read_page_year
from newsmill.zh.recctx import RecordContext, Span, place_name

PERIOD_RE = re.compile(r"(?=[\d一二三四上前])(?:(\d{4})年(?:(\d{1,2})(?:-|—|至)?(\d{1,2})?月)?"
                       r"|(\d{1,2})(?:-|—|至)(\d{1,2})月|(一|二|三|四)季度|上半年|前三季度)")


#: A company's periodic report (``2023年年度报告显示``, ``报告期内``, ``半年报``): the figures of
#: its paragraph are the firm's own (its revenue, profit, sales), no statistic of a place.
COMPANY_REPORT = re.compile(r"年度报告|年报|报告期|季报|业绩快报|业绩预告")


#: ``2024-03-01`` → ``2024-03``; a date without its year (``--03-01``) → ``--03``.
_month = month_of


def _format_period(v: dict[str, Any], year: int | None = None) -> str:
    """A period string from a date mention value: ``2020``, ``2020-Q1``, ``2020-H1``, ``2020-10``,
    ``2020-01/2020-09``, a day; from a start up to a day not known, ``2020(今年以来)`` (the
    page's ``year`` from its start) or ``2020-09/..``."""
    start, end, gran = str(v.get("start")), str(v.get("end") or v.get("start")), v.get("granularity")
    if end == ".." and year is not None:  # only a page's year known (see _period_in)
        return f"{start[:4]}(今年以来)" if start == f"{year}-01-01" else f"{_month(start)}/.."
    if gran == "year" and not start.startswith("--"):
        return start[:4]
    if gran in ("quarter", "half") and not start.startswith("--"):
        n = (int(start[5:7]) - 1) // (3 if gran == "quarter" else 6) + 1
        return f"{start[:4]}-{'Q' if gran == 'quarter' else 'H'}{n}"  # 2023-Q1, 2022-H1
    if gran == "day":
        # a day is no period: a stock up to it (``截至6月30日``) is of its month (see _period_in),
        # a sum given on an event's day (``8月5日，…会上集中签约…，其中合同外资…``) of its year
        return start if start.startswith("--") else start[:4]
    if gran == "period" and _days_of_one_month(start, end):
        return f"{start}/{end}"  # a holiday's days off, a fair's days (``10月1日至7日``): the days
    if _month(start) == _month(end):
        return _month(start)
    return f"{_month(start)}/{_month(end)}"


def _days_of_one_month(start: str, end: str) -> bool:
    """True for a run of days inside one month, shorter than it (``2026-05-01`` to ``2026-05-05``)."""
    if len(start) != 10 or len(end) != 10 or start.startswith("--") or start[:7] != end[:7]:
        return False
    return start[8:] != "01" or int(end[8:]) < 28


#: The line closing a run of results (``……这是某市今年前三季度产业链建设的一组数据``): it tells
#: when (and that) the figures before it were reached.
#: (or the results a place handed in, with no count word: ``……这是某市前三季度交出的“智改数转”成绩单``)
RUN_CLOSE = re.compile(r"(?:…|\.{3})\s*这(?:是|些是|就是)[^。！？]{0,40}?"
                       r"(?:(?:一组|一份)[^。！？]{0,8}?|(?:交出|写下|晒出|取得)的[^。！？]{0,10}?)"
                       r"(?:数据|成绩|答卷|成绩单)")


#: How far after a figure the closing line of its run may begin.
_RUN_REACH = 400


def _run_close(ctx: RecordContext, sent: Span, pos: int) -> re.Match[str] | None:
    """The closing line of the run of results holding the figure at ``pos`` (its sentence, or the
    next one when the run ends its sentence at the dots), else None."""
    if ctx.text.find("这", pos, pos + _RUN_REACH) < 0:
        return None
    end = ctx.text.find("。", sent.end, sent.end + _RUN_REACH)
    m = RUN_CLOSE.search(ctx.text, pos, end + 1 if end >= 0 else sent.end)
    if m is None or ctx.text.find("\n", pos, m.start()) >= 0:
        return None  # (the run and its close stand in one paragraph)
    return m


#: Who the closing line of a run credits, and the park it works on (``这是某县推进工业园区…``,
#: ``这是某经济开发区推行…``).
_RUN_WHO = re.compile(r"这(?:是|些是|就是)(?P<who>[\u4e00-\u9fff]{2,12}?)(?:推进|推行|实施|开展|深化|打造)"
                      r"(?P<park>工业园区|产业园区|工业园|产业园)?")


#: A zone's kind at the end of a name (``某经济开发区``, ``某高新区``).
_ZONE_END = re.compile(r"(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区|产业园区|工业园|产业园)$")


_ZONE_SHORT = (("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"))


def _run_park(ctx: RecordContext, sent: Span, pos: int) -> tuple[str, int, int, bool] | None:
    """The park whose figures a run of results gives under the bare word ``园区`` (``园区亩均税收由…
    提高到……这是某县推进工业园区…的一份答卷``): the zone the closing line credits, or the county's
    park it works on; the zone by the short form the page writes it in (``某经开区``). None when the
    line names neither. The flag tells a zone credited (all the run's figures are its own)."""
    close = _run_close(ctx, sent, pos)
    if close is None:
        return None
    m = _RUN_WHO.match(ctx.text, close.start() + ctx.text[close.start():close.end()].find("这"))
    if m is None:
        return None
    who = m.group("who")
    if _ZONE_END.search(who):
        for full, short in _ZONE_SHORT:
            alt = who.replace(full, short)
            if alt != who and alt in ctx.text:
                return alt, m.start("who"), m.end("who"), True
        return who, m.start("who"), m.end("who"), True
    if m.group("park") and who[-1] in "县区市":
        return who + m.group("park"), m.start("who"), m.end("park"), False
    return None


def _zone_before(ctx: RecordContext, sent: Span) -> Any:
    """The zone or park named last in the paragraph before the sentence (``…某经济技术开发区引进企业8家…。
    2025年,园区实现产值…``): the park a bare ``园区`` opening a clause takes up; None when the place
    named last is no zone."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    places = ctx.mentions_in("places", para, sent.start)
    if not places:
        return None
    last = places[-1]
    name = place_name(last)
    return last if name and _ZONE_END.search(name) else None


def _period(ctx: RecordContext, sent: Span, pos: int) -> tuple[str | None, int, int]:
    """The period of a figure: the last date before it in its sentence, else earlier in its paragraph;
    a section headed by a year (``一、2021年工作回顾``) sets the year of a date that names none."""
    found = _period_in(ctx, sent.start, pos)
    if found[0] is not None and found[2] - found[1] == 2 and ctx.text.startswith("全年", found[1]):
        found = _next_year_whole(ctx.text, sent.start, found)
    if found[0] is not None and ctx.doc.meta.year is None \
            and (whole := _YEAR_AFTER_DATE.search(ctx.text, found[2], pos)) is not None:
        # 全力冲刺四季度,确保全年完成…: the year's, whose number a page with no year does not tell
        return None, whole.start(), whole.end()
    if found[0] is None and (close := _run_close(ctx, sent, pos)) is not None:
        closing = _period_in(ctx, close.start(), close.end())
        if closing[0] is not None:
            return closing  # 甲……;乙……这是某市今年前三季度…的一组数据: the closing line's period
    now = _present_word(ctx, sent.start, pos, found)
    if now is not None:
        found = now
    elif found[0] is None and (level := _LEVEL_REACHED.search(ctx.text, max(sent.start, pos - 12), pos)) \
            is not None and ctx.doc.meta.year is not None:
        # a capacity reached (``全县生猪年出栏能力已达120万头``) is a level now, of the page's year, not
        # a flow of the period an earlier sentence gives
        return str(ctx.doc.meta.year), level.start(), level.end()
    elif found[0] is None and ctx.text.find("已建成", max(sent.start, pos - 18), pos) >= 0 \
            and _BUILT_SO_FAR.search(ctx.text, max(sent.start, pos - 18), pos) is not None:
        return found  # 园区…已建成标准化厂房15万平方米: what stands built now, no period of the paragraph's
    elif found[0] is None:
        para = ctx.text.rfind("\n", 0, sent.start) + 1
        if para < sent.start:
            found = _period_in(ctx, para, sent.start)
            if found[0] is not None and ctx.text.startswith(_NEXT_YEAR, found[1]) \
                    and (PRESENT.search(ctx.text, sent.start, pos) is not None
                         or _EXISTING.search(ctx.text, sent.start, pos) is not None):
                found = (None, found[1], found[2])  # 预计明年一季度投产。截至目前,已累计引进…: no plan's time
                # (nor of what there is now: ``…计划明年5月建成投产。某市现有茶园面积2.1万亩``)
    year = ctx.doc.meta.year
    if year is not None and (found[0] is None or ctx.text[found[1]:found[2]] == "全年"
                             or PAST_YEAR.match(ctx.text, found[1], found[2]) is not None):
        # (过去一年 read by the dates as the twelve months up to the page is the year before it)
        last = PAST_YEAR.search(ctx.text, ctx.text.rfind("\n", 0, pos) + 1, pos)
        if last is not None:  # 过去一年，全区实现…；全年新签约…: the year before the page's
            return str(year - 1), last.start(), last.end()
    heading = ctx.section_heading(sent.start, sent.article)
    year = SECTION_YEAR.search(ctx.text, heading.start, heading.end) if heading else None
    if year is not None:
        period, p0, p1 = found
        if period is None:
            return year.group(1), year.start(1), year.end(1)
        if _WHOLE_YEAR.fullmatch(ctx.text, p0, p1):
            return year.group(1), p0, p1  # 一、2023年工作回顾 … 过去一年: the section's year
        if not re.search(r"\d{4}", ctx.text[p0:p1]) and period[:4].isdigit():
            return period.replace(period[:4], year.group(1)), p0, p1
        return found
    return _since_span(ctx, sent, pos, found) or found


#: The whole year or its remaining part after a shorter period in the figure's clauses
#: (``全力冲刺四季度,确保全年完成…``): the year is the figure's period.
_YEAR_AFTER_DATE = re.compile(r"(?<![上去前今明])(?:全年|年内)")


#: A time of next year, which nothing told as done or present happens in.
_NEXT_YEAR = ("明年", "后年", "下一年")


#: Right before a figure: what stands built so far (``已建成标准化厂房``).
_BUILT_SO_FAR = re.compile(r"已建成[\u4e00-\u9fff]{0,12}$")


def _next_year_whole(text: str, s0: int, found: tuple[str | None, int, int]) -> tuple[str | None, int, int]:
    """``全年`` after ``明年`` in its sentence (from ``s0``; ``明年将…，力争全年完成投资…``) is the next
    year's whole, not the page's: ``found`` with its year moved on by one."""
    period, p0, _p1 = found
    nxt = text.rfind("明年", s0, p0)
    if nxt < 0 or period is None or not period[:4].isdigit() or text.find("今年", nxt, p0) >= 0:
        return found
    return str(int(period[:4]) + 1), nxt, nxt + 2


#: A span of years counted back from the page's date (``一年来``, ``开业一年半以来``): with what
#: began it, a total since that event; without, the years up to the page's month (``2024年以来`` is
#: no span of 24 years).
SINCE_SPAN = re.compile(r"(?P<ev>开业|开园|成立|运营|运行|投产|投运|挂牌|建成|组建|设立|启用)?"
                        r"(?P<n>[一二两三四五六七八九十]|(?<!\d)\d{1,2})(?:个)?年(?P<half>半)?(?:以来|来)")


#: Since a park was founded (``建园以来``, ``建园十年来``, ``开园5年来``): its tally up to the page's
#: month, named by the founding (``建园以来累计(至2024-09)``), however many years it counts.
PARK_SINCE = re.compile(r"(?P<ev>建园|建区|开园)(?:[一二两三四五六七八九十]{1,3}|\d{1,2})?(?:个)?年?"
                        r"(?:以来|来)")


#: :data:`SINCE_SPAN` without the event opening it: what every match holds, found by a plain scan
#: for its first character (the full pattern's optional opening is tried at every position).
_SINCE_GATE = re.compile(r"(?:[一二两三四五六七八九十]|(?<!\d)\d{1,2})(?:个)?年(?:半)?(?:以来|来)")


def _since_span(ctx: RecordContext, sent: Span, pos: int,
                found: tuple[str | None, int, int]) -> tuple[str | None, int, int] | None:
    """The period of a figure after a span counted back from the page's date in its paragraph,
    when no later date stands before the figure: ``开业一年半以来，已收集…`` is the total since the
    opening up to the page's month, ``开业一年半累计(至2020-11)``; ``一年来，…服务企业1443家`` the
    twelve months up to it, ``2022-09/2023-09``."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.text.find("来", para, pos) < 0:
        return None  # every pattern below ends in 来 (以来, 年来): a paragraph without it has none
    month = _page_month(ctx)
    if month is None:
        return None
    park = None
    for m in PARK_SINCE.finditer(ctx.text, para, pos):
        park = m
    if park is not None and not (found[0] is not None and found[1] >= park.end()):
        return f"{park.group('ev')}以来累计(至{month[0]}-{month[1]:02d})", park.start(), park.end()
    founded = None
    if ctx.text.find("以来", para, pos) >= 0:
        for m in FOUNDED_SINCE.finditer(ctx.text, para, pos):
            founded = m
    if founded is not None and not (found[0] is not None and found[1] >= founded.end()):
        start = _founding_month(ctx, sent.article, founded.group("noun"))
        if start is not None:
            return f"{start}/{month[0]}-{month[1]:02d}", founded.start(), founded.end()
    last = None
    # every match holds one of the gate's (a numeral, then 年…来) and starts at most two
    # characters (the event) before it: the pattern is only tried from there
    gate = _SINCE_GATE.search(ctx.text, para, pos)
    for m in SINCE_SPAN.finditer(ctx.text, max(para, gate.start() - 2), pos) if gate else ():
        last = m
    if last is None or (found[0] is not None and found[1] >= last.end()):
        return None
    n = number(last.group("n"))
    if n is None or n < 1:
        return None
    if last.group("ev"):
        span = ctx.text[last.start():last.end()]
        span = span[:-2] if span.endswith("以来") else span[:-1]
        return f"{span}累计(至{month[0]}-{month[1]:02d})", last.start(), last.end()
    if last.group("half"):
        return None
    return f"{month[0] - int(n)}-{month[1]:02d}/{month[0]}-{month[1]:02d}", last.start(), last.end()


#: Since a body was set up, no span told (``某产业专班成立以来``): from the month the article says it was
#: set up (``去年9月，某市构建…产业专班运行体系``) up to the page's month.
FOUNDED_SINCE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})(?:成立|组建|设立|建立)以来")


#: The setting up of a body, after a month in its clause (``去年9月，某市创造性构建…``).
_FOUNDING = re.compile(r"[^。；;！？\n]{0,16}?(?:成立|组建|构建|设立|建立)[^。；;！？\n]{0,24}")


def _founding_month(ctx: RecordContext, article: int | None, noun: str) -> str | None:
    """``YYYY-MM`` of the month the article says ``noun`` (``专班``) was set up, else None."""
    art = next((a for a in ctx.doc.articles if a.start <= ctx.text.find(noun) < a.end), None) \
        if article is None else ctx.doc.articles[article] if article < len(ctx.doc.articles) else None
    lo, hi = (art.start, art.end) if art is not None else (0, len(ctx.text))
    for d in ctx.dates:
        v = d.value if isinstance(d.value, dict) else {}
        if not lo <= d.start < hi or v.get("granularity") != "month" or not v.get("start"):
            continue
        m = _FOUNDING.match(ctx.text, d.end)
        if m is not None and noun in m.group():
            return month_of(str(v["start"]))
    return None


def _page_month(ctx: RecordContext) -> tuple[int, int] | None:
    """The (year, month) of the page: its date's, else the month of the latest day of its year the
    page names (news tell what happened up to the day they are printed; a month alone is too often
    a plan's, ``力争12月投产``).  Worked out once per page: it is asked for figure after figure."""
    found = _PAGE_MONTHS.get(ctx)
    if found is None:
        found = _PAGE_MONTHS[ctx] = (_find_page_month(ctx),)
    return found[0]


#: :func:`_page_month` of each page being read (dropped with the page's context).
_PAGE_MONTHS: weakref.WeakKeyDictionary[RecordContext, tuple[tuple[int, int] | None]] = \
    weakref.WeakKeyDictionary()


def _find_page_month(ctx: RecordContext) -> tuple[int, int] | None:
    """:func:`_page_month`, worked out."""
    pub, year = ctx.doc.meta.pub_date, ctx.doc.meta.year
    if pub is not None:
        return pub.year, pub.month
    if year is None:
        return None
    best = 0
    for d in ctx.dates:
        v = d.value if isinstance(d.value, dict) else {}
        start = str(v.get("start") or "")
        if v.get("granularity") == "day" and start[:4] == str(year) and start[5:7].isdigit():
            best = max(best, int(start[5:7]))
    return (year, best) if best else None


#: The year before the page's, told without its number (``过去一年``, ``过去的一年里``).
PAST_YEAR = re.compile(r"过去(?:的)?一年")


#: Words of the present (``目前，全市拥有…``, ``日前，记者获悉，某县蔬菜种植面积稳定在…``).
PRESENT = re.compile(r"截至目前|目前|当前|如今|现阶段|日前|近日")


def _present_word(ctx: RecordContext, start: int, pos: int,
                  found: tuple[str | None, int, int]) -> tuple[str | None, int, int] | None:
    """The page's year for a figure whose last time word in its sentence is one of the present
    (``目前，全市拥有茶叶加工企业86家``): what there is now, not the period of an earlier sentence,
    nor the month the news was heard (``日前``)."""
    year = ctx.doc.meta.year
    found_now = list(PRESENT.finditer(ctx.text, start, pos))
    last = found_now[-1] if found_now else None
    if last is None or year is None or (found[0] is not None and found[1] > last.start()):
        return None
    if FLOW.search(ctx.text, last.end(), pos):
        return None  # 目前已完成投资…: a flow so far, of the period the text gives
    return str(year), last.start(), last.end()


#: A capacity reached, right before its figure (``出栏能力已达``, ``装机容量已达到``, ``产能已达``).
_LEVEL_REACHED = re.compile(r"(?:能力|产能|装机容量|装机规模|库容)已(?:达到|达|超过|突破)$")


#: The whole year a review is about, told without its number (``过去一年``, ``一年来``).
_WHOLE_YEAR = re.compile(r"过去(?:的)?一年|一年来|这一年|全年")


#: A year heading a section (``一、2021年工作回顾``).
SECTION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _has_start(m: Any) -> bool:
    return isinstance(m.value, dict) and bool(m.value.get("start"))


#: The end of a year (``去年底``, ``年末``).
YEAR_END = re.compile(r"年(?:底|末)$")


#: A date right after these is the base of a comparison (``比上半年加快``, ``较一季度``), not a period.
COMPARED_DATE = re.compile(r"(?:比|较|相比|对比|快于|慢于|高于|低于)$")


#: A year a place was founded in (``始建于2006年``, ``成立于2010年``): its history, no period of the
#: figures told after it.
FOUNDED_IN = re.compile(r"(?:始建|成立|组建|设立|创建|获批)于$")


#: A flow counted since the year began (``截至9月底，已完成投资…``), not a stock at the date.
#: (not what has been built up to the date, ``累计建成高标准农田…``: a stock at the date)
FLOW = re.compile(r"完成|累计(?!建成|创建|打造|认定|培育)|实现")


def _period_date(ctx: RecordContext, pos: int = -1) -> Any:
    """The test a date mention passes to give a statistic at ``pos`` its period."""
    def accept(m: Any) -> bool:
        return _has_start(m) and not COMPARED_DATE.search(ctx.text, max(0, m.start - 2), m.start) \
            and not (PLAN_SHARE_YEAR.match(ctx.text, m.end)
                     and ctx.text[max(0, m.start - 2):m.start].endswith(("完成", "占"))) \
            and not (ctx.text.endswith("占", 0, m.start) and SHARE_WHOLE.match(ctx.text, m.end)) \
            and not _EVENT_DAY.match(ctx.text, m.end) and not _ITEMS_DATED.match(ctx.text, m.end) \
            and not _event_told_before(ctx.text, m, pos) \
            and not _year_of_items(ctx.text, m.start, m.end) \
            and not FOUNDED_IN.search(ctx.text, max(0, m.start - 4), m.start) \
            and not _BASE_OF_MULTIPLE.match(ctx.text, m.end) \
            and not _RECORD_OF.match(ctx.text, m.end)
    return accept


#: After a date, the record a figure sets in it (``为年内单季最高``, ``创今年以来新高``, ``为年内最低``):
#: the span it is compared over, no period of the figures told after it.
_RECORD_OF = re.compile(r"(?:以来)?(?:单季|单月|月度)?(?:最高|最低|新高|新低|峰值)")


#: A date a figure is a multiple of (``是去年同期的1.8倍``): the base of a comparison, no period of the
#: figures told after it.
_BASE_OF_MULTIPLE = re.compile(r"(?:同期)?(?:水平)?的"
                               r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)倍")


#: After ``今年``: the projects it picks (``今年新签约…项目``, ``今年引进的…``).
_ITEMS_OF_YEAR = re.compile(r"(?:新)?(?:签约|引进|招引|落地|开工)")


#: A stock's day before (``截至11月底，``, ``截至目前，某市``): the day the rates after it are told at.
_AS_OF_BEFORE = re.compile(r"截至[^，,。；;]{1,8}[，,]?[\u4e00-\u9fff]{0,6}$")


def _year_of_items(text: str, m0: int, m1: int) -> bool:
    """True for ``今年`` (``text[m0:m1]``) picking the projects counted after a stock's day
    (``截至11月底，某市今年新签约…项目214个，…开工率72.9%``): the rate is at that day, not the year's."""
    return text.startswith("今年", m0) and m1 - m0 == 2 and _ITEMS_OF_YEAR.match(text, m1) is not None \
        and _AS_OF_BEFORE.search(text, max(0, m0 - 20), m0) is not None


#: After a date, the event that picks the items counted (``2024年以来签约的42个项目中``, ``去年签约的
#: 56个项目``): it tells which projects, not the period of the rates and sums told of them.
_ITEMS_DATED = re.compile(r"(?:以来)?(?:新)?(?:签约|引进|招引|落地|开工|备案|储备|谋划)的")


def _items_dated_between(ctx: RecordContext, lo: int, hi: int) -> bool:
    """True when a date in ``lo``–``hi`` picks the items counted (``截至3月底,某县2024年以来签约的42个项目中,
    …累计到位资金X``): the sum runs from that date, no flow of the cut-off's year alone."""
    return any(_ITEMS_DATED.match(ctx.text, m.end) for m in ctx.mentions_in("dates", lo, hi))


#: After a date, a project's event closing its clause (``甲项目二期3月开工，``): the day of that event,
#: no period of the statistics after it.
_EVENT_DAY = re.compile(r"(?:底|初|中旬|上旬|下旬)?(?:前)?(?:开工|签约|投产|竣工|建成|开业|完工|试生产|投用)"
                        r"(?=[，,。；;])")


#: After a month or a day, a clause telling one works' event at its end (``12月初，某展销中心在某镇建成，``,
#: ``6月，某商业综合体正式开业。``): the day of that event (not when works are started or finished
#: all together: ``3月，全县重点项目全部开工，``).
_EVENT_CLAUSE = re.compile(r"(?:底|初|中旬|上旬|下旬)?[，,]"
                           r"(?![^，,。；;]*?(?:全部|全面|陆续|相继|集中|均|各))"
                           r"[^，,。；;]{2,40}?(?:开工|签约|投产|竣工|建成|开业|完工|投用|封顶|开街|开园|落成"
                           r"|建成开业|建成投用|投入运营|投入使用)(?=[，,。；;])")


def _event_told_before(text: str, m: Any, pos: int) -> bool:
    """True when the month ``m`` (a day is left as it was) dates one works' event told in a sentence
    or a ``；`` item ended before ``pos`` (``12月初，某展销中心在某镇建成，…。同时，全市新增…``): no
    period of the statistics after that item (the works' own figures in its item keep it)."""
    if pos < 0 or m.value.get("granularity") not in ("month", "approx"):
        return False
    event = _EVENT_CLAUSE.match(text, m.end)
    return event is not None and any(c in text[event.end():pos] for c in "。；;")


#: After ``完成`` / ``占`` and a year (``完成全年目标的56.3%``, ``占年度计划的78.2%``): the share of
#: a plan, whose year is no period of the figures after it.
PLAN_SHARE_YEAR = re.compile(r"(?:目标|计划)?(?:任务)?的")


#: After ``占`` and a date, the whole a share is taken of (``占全年旅游收入的比重``, ``占全年GDP比重``):
#: the date bounds the whole, no period of the share.
SHARE_WHOLE = re.compile(r"[^,，。;；:：\d]{1,10}?(?:的|比重|比例)")


#: A month's end a stock or a flow so far is told at (``截至5月底，``).
_UP_TO_MONTH = re.compile(r"截至(\d{1,2})月(?:底|末)[，,]?")


def _last_up_to_month(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last ``截至N月底`` in ``text[start:end]`` within the clause run before ``end``."""
    found = None
    for m in _UP_TO_MONTH.finditer(text, start, end):
        found = m
    if found is None or any(c in text[found.end():end] for c in "。；;"):
        return None
    return found


#: A growth on the same time of last year (``同比增长``, ``同比下降``).
_SAME_TIME_COMPARED = re.compile(r"同比")


def _period_in(ctx: RecordContext, start: int, pos: int) -> tuple[str | None, int, int]:
    best = ctx.last_date(start, pos, _period_date(ctx, pos))
    if best is not None:
        period = _format_period(best.value, ctx.doc.meta.year if ctx.doc.meta.pub_date is None else None)
        if best.value.get("granularity") == "day" and ctx.text.startswith("截至", max(0, best.start - 2)) \
                and not str(best.value.get("start")).startswith("--"):
            period = _month(str(best.value.get("start")))  # 截至6月30日，…余额: the month's stock
        if YEAR_END.search(best.surface or "") and period[:4] == period[-7:-3]:
            period = period[:4]  # 截至去年底: a year-end stock, the year's statistic
        elif len(period) == 7 and ctx.text.startswith("截至", max(0, best.start - 2)) \
                and FLOW.search(ctx.text, best.end, pos) and not _items_dated_between(ctx, best.end, pos):
            period = f"{period[:4]}-01/{period}"  # 截至9月底，已完成投资…: the year's flow so far
        elif len(period) == 4 and best.surface in ("今年", "今年以来") \
                and (upto := _last_up_to_month(ctx.text, start, best.start)) is not None:
            # 截至5月底，全县今年累计签约…, 截至9月底，…，今年新增…: this year's flow up to that month
            return f"{period}-01/{period}-{int(upto.group(1)):02d}", upto.start(), upto.end()
        stop = ctx.text.find("。", pos)
        if best.surface in ("今年以来", "今年") and period.endswith("-12") \
                and period == f"{period[:4]}-01/{period[:4]}-12" \
                and not _SAME_TIME_COMPARED.search(ctx.text, pos, stop if stop >= 0 else len(ctx.text)):
            # 今年以来 told in December: the year's figure, the whole year nearly run (a growth on the
            # same time of last year, ``同比增长…``, keeps the months it compares)
            period = period[:4]
        return period, best.start, best.end
    m = None
    for m2 in PERIOD_RE.finditer(ctx.text, start, pos):
        if not COMPARED_DATE.search(ctx.text, max(0, m2.start() - 2), m2.start()) \
                and not FOUNDED_IN.search(ctx.text, max(0, m2.start() - 4), m2.start()):
            m = m2
    if m is None:
        return None, -1, -1
    year = m.group(1) or (str(ctx.doc.meta.year) if ctx.doc.meta.year else None)
    if m.group(1) and not m.group(2):
        return m.group(1), m.start(), m.end()
    lo, hi = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    if lo and year:
        lo_s = f"{year}-{int(lo):02d}"
        return (f"{lo_s}/{year}-{int(hi):02d}" if hi else lo_s), m.start(), m.end()
    return m.group(), m.start(), m.end()


#: A share of the plan right after a figure (``，占年度计划的64.1%``, ``，完成全年目标的52%``).
_PLAN_SHARE_CLAUSE = re.compile(r"[,，](?:占|完成)[^,，。;；]{0,8}?(?:计划|目标|任务)的?\d+(?:\.\d+)?%")


def _after_plan_share(text: str, last_end: int, pos: int) -> bool:
    """True when only a share of the plan stands between the last figure and a growth rate at ``pos``
    (``完成投资3856亿元，占年度计划的64.1%，同比增长8.2%``): the rate is the figure's growth."""
    m = _PLAN_SHARE_CLAUSE.match(text, last_end)
    return m is not None and _cue_near(text, m.end(), pos)


def _cue_near(text: str, last_end: int, pos: int) -> bool:
    """True when the growth cue of the rate at ``pos`` starts within 10 characters of the last
    figure's end."""
    cue = GROWTH_CUE.search(text, max(last_end, pos - 10), pos)
    return cue is not None and cue.start() - last_end <= 10


def _value(f: Figure) -> tuple[Any, str]:
    if f.kind == "money":
        return int(f.value), f.unit if f.unit and f.unit not in ("CNY", "元") else "CNY"
    if f.kind == "percent":
        return float(f.value), "%" if f.unit != "pp" else "pp"
    return f.value, (f.magnitude + f.unit) if f.kind == "quantity" else f.unit


#: A whole year named by its word alone (``全年实施…``, ``全年新签约…``).
_WHOLE_YEAR_WORD = "全年"


#: A whole year's work told done after ``全年`` (``全年实施…项目…``, ``全年新签约…``): a result.
_WHOLE_YEAR_DONE = re.compile(r"(?:共|累计)?(?:实施|完成|实现|新签约|签约|引进|接待|达到)")


def _whole_year_looked_back(text: str, records: list[Record], year: int) -> None:
    """On a page with no date whose year is read from a year reported as over (``2024年，全县…稳步
    扩大``: the page is of 2025), a result of ``全年`` told after that year (``全年实施…项目…，完成
    投资…``) or under a look-back label (``【回眸2024】``) is of the year looked back on, not of the
    page's: the page reviews it.  Work of ``全年`` told otherwise (``同时，全年新培育…``) keeps the
    page's year."""
    done = [r for r in records if r.get("period") == str(year) and r.get("status") != "target"
            and (ev := r.fields["period"].evidence) and text[ev[0].start:ev[0].end] == _WHOLE_YEAR_WORD]
    if not done:
        return
    found = read_page_year(text)
    if found is None or found.year != year or found.clue.kind != "over":
        return
    back = f"{year - 1}年"
    looks = _look_back_sections(text) if ("回" in text or "盘点" in text) else []
    for r in done:
        at, end = r.fields["period"].evidence[0].start, r.fields["period"].evidence[0].end
        if (looks and _section_year(looks, at) == year - 1) or (
                text.rfind(back, 0, at) >= 0 and _WHOLE_YEAR_DONE.match(text, end)):
            r.set("period", str(year - 1), *r.fields["period"].evidence)


#: A class's investment told done (``重点项目完成投资``): in a goal, the measure is the investment.
_CLASS_DONE_METRIC = re.compile(rf"({_CLASSES})完成投资")


def _goal_measures(records: list[Record]) -> None:
    """A goal of a class's investment written verb last (``确保全年重点项目完成投资1550亿元以上``) names
    the measure as the verb-first form does (``完成重点项目投资`` → ``重点项目投资``): the verb is the
    goal's, no part of what is measured (a statistic told done keeps ``重点项目完成投资``)."""
    for r in records:
        period, metric = r.get("period"), r.get("metric")
        if isinstance(period, str) and period.endswith("(目标)") and isinstance(metric, str):
            m = _CLASS_DONE_METRIC.fullmatch(metric)
            if m is not None:
                f = r.fields["metric"]
                r.set("metric", m.group(1) + "投资", *f.evidence)


#: After a rate alone: a joint and a verb of reaching, then the level the same measure reaches
#: (``固定资产投资增长10%、力争完成260亿元``, ``…增长9.8%，达到186亿元``).
_LEVEL_AFTER_RATE = re.compile(r"[、，,]\s*(?:力争|确保|争取|预计)?(?:完成|达到|达|实现|突破|超过)")


def _value_after_growth(ctx: RecordContext, records: list[Record]) -> None:
    """A rate alone followed by the level its measure reaches, with no measure named again
    (``固定资产投资增长10%、力争完成260亿元``): one statistic, the level its value and the rate its
    growth (the level would else be left with no metric)."""
    text = ctx.text
    taken = {r.fields["value"].evidence[0].start for r in records
             if "value" in r.fields and r.fields["value"].evidence}
    for r in records:
        if r.get("unit") != "%" or r.get("growth_pct") is None or r.get("growth_pct") != r.get("value"):
            continue
        ev = r.fields["value"].evidence
        if not ev or text.find("%", ev[0].start, ev[0].end + 1) < 0:
            continue
        m = _LEVEL_AFTER_RATE.match(text, ev[0].end)
        if m is None:
            continue
        f = next((f for f in ctx.figures_in(m.end(), m.end() + 16, "money") if f.start == m.end()), None)
        if f is None or f.start in taken:
            continue
        value, unit = _value(f)
        r.set("value", value, ctx.evidence(f.start, f.end))
        r.set("unit", unit, ctx.evidence(f.start, f.end))
        r.evidence = [ctx.evidence(min(e.start for e in r.evidence), f.end)] if r.evidence else r.evidence


#: Characters two metrics end with when one statistic is told twice in an article.
_RESTATED_TAIL = 4


def _restated(records: list[Record]) -> list[Record]:
    """``records`` of one article without a statistic told again further on: the same value and unit
    of the same region, its metric ending as the earlier one's (``专班交付标准化厂房7.2万平方米`` …
    ``已向10家企业集中交付标准化厂房7.2万平方米``)."""
    out: list[Record] = []
    for r in records:
        metric = str(r.get("metric") or "")
        if len(metric) >= _RESTATED_TAIL and any(
                o.get("value") == r.get("value") and o.get("unit") == r.get("unit")
                and o.get("region") == r.get("region")
                and str(o.get("metric") or "").endswith(metric[-_RESTATED_TAIL:]) for o in out):
            continue
        out.append(r)
    return out


#: A sentence's stops: a line holding none is a title or a sub-head.
_SENTENCE_STOPS = re.compile(r"[。，,；;！？]")


def _sub_head_rounded(text: str, records: list[Record]) -> list[Record]:
    """``records`` of one article without a figure of a sub-head (a line holding no sentence stop,
    ``■ 前7月实际使用外资增16%``) that a statistic below tells exactly (``…实际使用外资11.4亿元，同比
    增长16.3%``): the sub-head rounds it."""
    out: list[Record] = []
    for k, r in enumerate(records):
        ev = r.fields["value"].evidence if "value" in r.fields else []
        if ev and (line := _short_line(text, ev[0].start)) is not None \
                and any(_rounds(r, o) for o in records[k + 1:]
                        if o.evidence and o.evidence[0].start >= line):
            continue
        out.append(r)
    return out


def _short_line(text: str, pos: int) -> int | None:
    """The end of the line holding ``pos`` when it is short and holds no sentence stop, else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if end - start > 30 or _SENTENCE_STOPS.search(text, start, end):
        return None
    return end


def _rounds(r: Record, o: Record) -> bool:
    """True when ``r`` (a sub-head's figure) rounds statistic ``o``: ``o``'s metric inside ``r``'s and
    its value or rate within one point (a rate) or 5% (any other unit) of ``r``'s."""
    metric, value = str(o.get("metric") or ""), r.get("value")
    if len(metric) < 4 or metric not in str(r.get("metric") or "") or not isinstance(value, (int, float)):
        return False
    if r.get("unit") == "%":
        exact = o.get("growth_pct") if o.get("unit") != "%" else o.get("value")
        return isinstance(exact, (int, float)) and abs(exact - value) < 1
    exact = o.get("value")
    return o.get("unit") == r.get("unit") and isinstance(exact, (int, float)) \
        and abs(exact - value) <= 0.05 * abs(exact)


#: What stands right before a count of what there is now (``对现有103户企业``, ``现有企业12家``).
_EXISTING = re.compile(r"现有[\u4e00-\u9fff]{0,8}$")


def _existing(text: str, at: int) -> bool:
    """True when ``现有`` stands right before the figure at ``at`` (``对现有103户企业``)."""
    return _EXISTING.search(text, max(0, at - 10), at) is not None


#: A section label on a line of its own (``【回眸2024】``, ``【锚定2025】``, ``回望2024年``).
_SECTION_LABEL = re.compile(r"^\s*(?:[【\[〔][^\n】\]〕]{1,14}[】\]〕]|[^\n，。,；;：:]{2,12}?)\s*$", re.M)


#: A label looking back on a year (``回眸2024``, ``回望2024年``, ``盘点2024``).
_LOOK_BACK_YEAR = re.compile(r"(?:回眸|回望|回顾|盘点)\s*((?:19|20)\d{2})(?!\d)")


def _look_back_sections(text: str) -> list[tuple[int, int | None]]:
    """Where each section label of ``text`` ends, with the year it looks back on (None for another
    label): the figures under ``【回眸2024】`` up to the next label are of 2024."""
    out: list[tuple[int, int | None]] = []
    for m in _SECTION_LABEL.finditer(text):
        back = _LOOK_BACK_YEAR.search(m.group())
        out.append((m.end(), int(back.group(1)) if back else None))
    return out if any(y is not None for _, y in out) else []


def _section_year(sections: list[tuple[int, int | None]], at: int) -> int | None:
    """The year the last section label before ``at`` looks back on, or None."""
    year = None
    for end, y in sections:
        if end > at:
            break
        year = y
    return year


def _page_year_period(text: str, records: list[Record], year: int) -> None:
    """A statistic with no period, after the carry-over, is of the page's year: a statistic of
    the present (``目前…达``) gets ``2023``, a goal with no year (``力争…``) ``2023(目标)``, what
    there is now in a plan's sentence (``加强对现有103户企业扶持``) ``2023(现有)``.
    Its evidence is the figure's (the page's date may be in no character of the page)."""
    looks = _look_back_sections(text) if ("回" in text or "盘点" in text) else []
    for r in records:
        if r.get("period") is None and "value" in r.fields:
            ev = r.fields["value"].evidence
            period = str(year)
            back = _section_year(looks, ev[0].start) if looks and ev and r.get("status") != "target" else None
            if back is not None:
                r.set("period", str(back), *ev)  # 【回眸2024】⏎全县实现生产总值…: the year looked back on
                continue
            if r.get("status") == "target":
                period = f"{year}(现有)" if ev and _existing(text, ev[0].start) else f"{year}(目标)"
            r.set("period", period, *ev)


def _report_paragraph(text: str, sent: Span) -> int:
    """Where the paragraph of ``sent`` starts when it tells of a company's periodic report before
    the sentence ends (``…2023年年度报告显示，…。分产品看，…``), else -1."""
    para = text.rfind("\n", 0, sent.start) + 1
    if text.find("报", para, sent.end) < 0:  # cheap test before the pattern
        return -1
    return para if COMPANY_REPORT.search(text, para, sent.end) is not None else -1
