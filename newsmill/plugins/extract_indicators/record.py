"""The record of one indicator."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    _FIRM_TITLE,
    MIN_METRIC,
    SLOGAN_PERIOD,
    TARGET_PERIOD,
    VISITOR_ORIGIN,
)
from newsmill.plugins.extract_indicators.periods import (
    _existing,
    _period,
    _run_close,
    _run_park,
    _value,
    _zone_before,
)
from newsmill.plugins.extract_indicators.scope import (
    _clause_place,
    _headline_scope,
    _park_subject,
    _platforms,
)
from newsmill.zh.figures import Figure
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.recctx import RecordContext, Span, place_name

#: A community or a street office right after a place (``某经开区某某社区``): a region below it.
_COMMUNITY_AFTER = re.compile(r"(?!城乡|城市|农村|基层|各|所有|辖区|相关|有关|重点|智慧|和谐|文明"
                              # (a verb and the communities it serves: ``某区新建社区长者饭堂12家``)
                              r"|新建|建成|新增|改造|打造)"
                              r"[\u4e00-\u9fff]{2,4}?(?:社区|街道)(?![\u4e00-\u9fff]{0,2}(?:办|工作|服务中心))")


#: The verb after a park's name in a metric read with it (``…产业园实现规上工业产值``).
#: An infographic's line of funds won (``争取超长期特别国债资金9.6亿元``): 争取 opening a stop-free line,
#: a kind of funds right before the figure.
_WON_FUNDS_LINE = re.compile(r"争取(?:到)?[\u4e00-\u9fff]{0,12}?(?:资金|债券|贷款|补助|补贴|授信)$")
#: Words of a time still ahead, which keep 争取 a goal (``争取全年…``, ``年内争取…``).
_AHEAD = ("今年", "全年", "明年", "年内", "年底", "力争", "将")


def won_funds_line(text: str, cue: int, pos: int) -> bool:
    """True when the 争取 at ``cue`` opens a short stop-free line whose figure at ``pos`` is funds won,
    the line before it stop-free too (an infographic's run of results), no time ahead in it."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    prev = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    return cue == line_start and len(line) <= 30 and _WON_FUNDS_LINE.match(text, cue, pos) is not None \
        and not any(c in line for c in "。，,；;") and prev != "" and prev[-1] not in "。，,；;" \
        and not any(w in line for w in _AHEAD)


_PARK_VERB = re.compile(r"^(?:共|累计|共计)?(?:实现|完成)")


#: Two places listed, then what they are counted as (``同江、抚远两个口岸``, ``甲县和乙县两地``): a
#: figure summed over both.
_TWO_PLACES = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,4}?)[、和与](?P<b>[\u4e00-\u9fff]{2,4}?)"
                         r"两(?:个|地|县|区|市|家)")


def _common_city(a: str, b: str) -> str | None:
    """The city both counties named by ``a`` and ``b`` (short or full) lie in, else None."""
    gaz = Gazetteer.default()
    parents = set()
    for name in (a, b):
        found = [d for d in gaz.lookup(name) if d.level == "county"]
        if len(found) != 1:
            return None
        parents.add(found[0].parent)
    city = gaz.get(parents.pop()) if len(parents) == 1 else None
    return city.name if city is not None and city.level == "prefecture" else None


#: A part of a set told by who brought it, then taken up as ``这部分`` (``有一部分是由在外某籍企业家牵线
#: 引进的，这部分项目到位资金…``): the part's makers name its figure.
_PART_BROUGHT_BY = re.compile(r"有一部分(?:是|系)?由(?P<who>[^，,。；;]{2,20}?)"
                              r"(?:引进|招引|带来|引来|推介)的[，,]$")
#: The words taking such a part up at the head of a metric.
_THIS_PART = ("这一部分", "这部分")


def _part_metric(ctx: RecordContext, sent: Span, metric: str, m0: int) -> str:
    """``metric`` with its head ``这部分`` replaced by who brought that part, when the clause before
    tells it (``由在外某籍企业家牵线引进的，这部分项目到位资金`` → ``在外某籍企业家牵线项目到位资金``)."""
    head = next((w for w in _THIS_PART if metric.startswith(w)), None)
    if head is None:
        return metric
    m = _PART_BROUGHT_BY.search(ctx.text, max(sent.start, m0 - 40), m0)
    return m.group("who") + metric[len(head):] if m is not None else metric



#: Words of time or source a sentence may open on before its subject (``今年，``, ``据了解，今年``).
_SENTENCE_LEAD = re.compile(r"(?:据了解|据悉|另外|此外|同时)?[，,]?"
                            r"(?:今年|去年|明年|今年以来|目前|当前|截至目前)?[，,]?")
#: A plan or a result told right after the city (``某市计划新建…``, ``某市共安排…``).
_CITY_PLANS = re.compile(r"(?:今年)?(?:计划|共安排|安排|将|累计|全年|新建|新增|建成|改造|完成|实现)")


def _city_opening(ctx: RecordContext, sent: Span, pos: int) -> Any:
    """A city (prefecture) opening the sentence after words of time or source and telling a plan or
    a result (``今年，黄山市计划新建、改扩建中小学和幼儿园9所，新增学位6800个``): the subject of the
    sentence's figures, over a county the article opened on."""
    lead = _SENTENCE_LEAD.match(ctx.text, sent.start, pos)
    at = lead.end() if lead is not None else sent.start
    for place in ctx.mentions_in("places", at, at + 1):
        if place.start == at and isinstance(place.value, dict) and not ctx.in_org(place.start) \
                and place.value.get("level") == "prefecture" and place.end < pos \
                and _CITY_PLANS.match(ctx.text, place.end):
            return place
    return None


#: The statistics offices of Hong Kong and Macao, which their papers name without the place
#: (``统计暨普查局昨日公布``, ``政府统计处公布``).
_SAR_OFFICE = re.compile(r"(?P<mo>统计暨普查局)|(?P<hk>政府统计处)")
_SARS = ("香港特别行政区", "澳门特别行政区")


def _sar_office_region(ctx: RecordContext, pos: int) -> tuple[str, int, int] | None:
    """The region whose statistics office gives the figure at ``pos`` (the last one named in its
    paragraph before it: ``统计暨普查局昨日公布，今年首十个月入境旅客…``), with the office's span; None
    when a place other than that region (or where visitors come from) is named between them."""
    para = ctx.text.rfind("\n", 0, pos) + 1
    if ctx.text.find("统计", para, pos) < 0:  # cheap test before the pattern
        return None
    last = None
    for m in _SAR_OFFICE.finditer(ctx.text, para, pos):
        last = m
    if last is None:
        return None
    for p in ctx.mentions_in("places", last.end(), pos):
        if isinstance(p.value, dict) and p.value.get("province") not in _SARS \
                and not VISITOR_ORIGIN.match(ctx.text, p.end):
            return None
    return ("澳门特别行政区" if last.group("mo") else "香港特别行政区"), last.start(), last.end()


def _indicator(ctx: RecordContext, sent: Span, f: Figure, metric: str, m0: int, m1: int,
               growth: tuple[float, int] | None) -> Record:
    r = Record("indicator", article=sent.article)
    value, unit = _value(f)
    r.set("value", value, ctx.evidence(f.start, f.end))
    r.set("unit", unit, ctx.evidence(f.start, f.end))
    r.set("metric", _part_metric(ctx, sent, metric, m0), ctx.evidence(m0, m1))
    if growth is not None:
        r.set("growth_pct", growth[0], ctx.evidence(f.start, f.end))
        if f.kind == "percent":
            r.set("value", growth[0], ctx.evidence(f.start, f.end))  # 下降1.2%: a growth of -1.2
    else:
        r.set("growth_pct", None)
    period, p0, p1 = _period(ctx, sent, f.start)
    r.set("period", period, *([ctx.evidence(p0, p1)] if p0 >= 0 else []))
    scope = ctx.scope_region(sent, f.start, sent.article)
    if scope is None and ctx.text.find("园", sent.start, f.start) >= 0:
        scope = _park_subject(ctx, sent, f)  # 某飞地产业园实现…: the park's figures
        if scope is not None and metric.startswith(scope[0]):
            rest = _PARK_VERB.sub("", metric[len(scope[0]):])
            if len(rest) >= MIN_METRIC:
                r.set("metric", rest, ctx.evidence(m1 - len(rest), m1))
    place = None if scope is not None else _clause_place(ctx, sent, f)
    if scope is None and place is None:
        place = _city_opening(ctx, sent, f.start)  # 今年，某市计划新建…，新增学位6800个: the city's
    if scope is None and place is None:
        scope = _headline_scope(ctx, sent, f.start) \
            or ctx.lead_city_scope(sent, f.start)  # 全市…推进会举行 … 会议要求，…确保全年…
    if scope is None and place is None and not ctx.mentions_in("places", sent.start, f.start):
        scope = ctx.provincial_meeting(sent.article)  # 全省…推进会在某地召开。…完成投资X: the province's
    if scope is None and place is None:
        place = ctx.place_for(f.start, sent.article, sent, _platforms(ctx, sent, f.start), past_venue=True)
    # (a scope word wins, then a place of the clause, then the subject, not a platform it builds on)
    if scope is not None:
        r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
    elif place is not None:
        community = _COMMUNITY_AFTER.match(ctx.text, place.end)
        if community is not None:  # 某经开区某某社区今年以来…: the community is the region
            r.set("region", place_name(place) + community.group(), ctx.evidence(place.start, community.end()))
        else:
            r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    else:
        r.set("region", None)
    if (sar := _sar_office_region(ctx, f.start)) is not None:
        r.set("region", sar[0], ctx.evidence(sar[1], sar[2]))  # 统计暨普查局公布，…: Macao's figures
    c0 = ctx.clause_start(f.start, sent.start)
    if "两" in ctx.text[c0:f.start] and (pair := _TWO_PLACES.search(ctx.text, c0, f.start)) is not None \
            and (city := _common_city(pair.group("a"), pair.group("b"))) is not None:
        r.set("region", city, ctx.evidence(pair.start(), pair.end("b")))  # 甲、乙两个口岸…合计: their city's
    if (park := _run_park(ctx, sent, f.start)) is not None \
            and (ctx.text.startswith("园区", c0) or (park[3] and not ctx.mentions_in("places", c0, f.start))):
        # 园区亩均税收…:……这是某县推进工业园区…; 三年建成厂房…:……这是某经开区推行…: the park's figures
        r.set("region", park[0], ctx.evidence(park[1], park[2]))
    elif scope is None and ctx.text.startswith("园区", c0) and not ctx.mentions_in("places", c0, f.start) \
            and (zone := _zone_before(ctx, sent)) is not None:
        r.set("region", place_name(zone), ctx.evidence(zone.start, zone.end))  # 某经开区引进…。园区实现产值…
    elif scope is None and ctx.text.find("园区", sent.start, f.start) >= 0 \
            and (zone := ctx.asked_park(sent, f.start)) is not None:
        r.set("region", place_name(zone), ctx.evidence(zone.start, zone.end))  # 记者：某园区…？ 某某：园区…
    status, cue = ctx.status(sent, f.start)
    if status == "target" and _run_close(ctx, sent, f.start) is not None:
        status, cue = "actual", None  # 争取授信21.6亿元……这是…的一组数据: results, no goal
    if status == "target" and cue is not None and won_funds_line(ctx.text, cue[0], f.start):
        status, cue = "actual", None  # 争取超长期特别国债资金9.6亿元 on an infographic's line: funds won
    pub, year = ctx.doc.meta.pub_date, ctx.doc.meta.year
    if status == "target" and period is not None and year is not None \
            and _ended_before(period, (year, pub.month if pub is not None else 0)):  # 0: month unknown
        status, cue = "actual", None  # 预计全年… of a past year (or quarter) is an estimate, not a goal
    if status == "target" and cue is not None and ctx.text.startswith("预计", cue[0]) and year is not None \
            and pub is not None and pub.month == 12 and period == str(year):
        status, cue = "actual", None  # 全年预计实现… in the year's last month: the year's estimate, no goal
    if status == "target" and cue is not None and ctx.text.startswith("预计", cue[0]) and year is not None \
            and pub is not None and pub.month >= 10 and period in (None, str(year)) \
            and (_HARVEST.search(ctx.text, cue[0] - 12 if cue[0] >= 12 else 0, cue[0])
                 or _HARVEST_AFTER.match(ctx.text, cue[0] + 2)):
        status, cue = "actual", None  # 今年粮食总产量预计达到… late in the year: the harvest's estimate
        # (``预计全年粮食总产量达到…``: the forecast word before the harvest it estimates)
    if status == "target" and cue is not None and ctx.text.startswith("预计", cue[0]) \
            and cue[0] >= f.end and ctx.clause_start(cue[0], sent.start) > f.start:
        status, cue = "actual", None  # 今年粮食播种面积稳定在…，预计全年…: the forecast is of a later clause
    if status != "target" and period is not None and year is not None and period.isdigit() \
            and int(period) > year:
        status, cue = "target", None  # 提出，到2027年，…比重达到60%以上: a later year can only be a goal's
    r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(f.start, f.end))
    if status == "target" and (period is None or p0 < sent.start) and year is not None \
            and (each := _EACH_YEAR.search(ctx.text, c0, f.start)) is not None:
        # 到2027年…。市级财政每年安排5000万元设立…: a sum each year, from this year on (no goal year's)
        period = str(year)
        r.set("period", period, ctx.evidence(*each.span()))
    if status == "target" and period is not None and TARGET_PERIOD.fullmatch(period):
        # a goal's year: 2023(目标); what there is now, in a plan's sentence: 2023(现有)
        mark = "现有" if _existing(ctx.text, f.start) else "目标"
        r.set("period", f"{period}({mark})", *r.fields["period"].evidence)
    if _slogan_figure(ctx.text, f):
        r.set("period", SLOGAN_PERIOD, ctx.evidence(f.start, f.end))  # 建设“千亿产值、百亿税收”园区
    r.evidence = [ctx.evidence(min(m0, f.start), f.end)]
    return r


#: A harvest's output named right before ``预计`` (``粮食总产量预计达到…``, ``大豆产量预计…``).
_HARVEST = re.compile(r"(?:粮食|玉米|水稻|稻谷|大豆|小麦|马铃薯|杂粮|油料|蔬菜|水果)"
                      r"[\u4e00-\u9fff]{0,4}产量$")


#: A harvest's output named right after ``预计`` (``预计全年粮食总产量…``, ``预计今年全县玉米产量…``).
_HARVEST_AFTER = re.compile(r"(?:全年|今年|年内)?(?:全[省市县区])?(?:粮食|玉米|水稻|稻谷|大豆|小麦|马铃薯"
                            r"|杂粮|油料|蔬菜|水果)[\u4e00-\u9fff]{0,4}产量")


#: A sum or amount given each year (``每年安排``, ``每年新增``), before a figure in its clause.
_EACH_YEAR = re.compile(r"每年")


#: A round scale with no digits (``千亿``, ``百亿元``, ``万亿级``).
_ROUND_SCALE = re.compile(r"[十百千万]+亿")


def _slogan_figure(text: str, f: Figure) -> bool:
    """True for a round figure written in words inside quotation marks, a slogan of what a place
    is to become (``立下建设“千亿产值、百亿税收”园区军令状``): a goal with no date of its own."""
    surface = text[f.start:f.end]
    if re.search(r"\d", surface) or not _ROUND_SCALE.match(surface):
        return False
    line = text.rfind("\n", 0, f.start) + 1
    opened = text.rfind("“", line, f.start)
    if opened < 0 or text.find("”", opened, f.start) >= 0:
        return False
    close, eol = text.find("”", f.end, f.end + 20), text.find("\n", f.end)
    return close >= 0 and (eol < 0 or close < eol)


#: The speaker right after a closing quotation mark (``”董事长某某介绍``, ``”某某说``), maybe while
#: doing something (``”某某一边查看产品一边介绍``).
_SPEAKER_AFTER = re.compile(r"”[,，]?(?P<who>[\u4e00-\u9fff]{2,14}?)(?:一边[\u4e00-\u9fff]{1,10}?一边)?"
                            r"(?:介绍|说|表示|坦言|告诉记者|感慨)")


#: The speaker right before an opening quotation mark (``某某说：“``).
_SPEAKER_BEFORE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,14}?)(?:介绍|说|表示|坦言|告诉记者)[:：]?$")


def _firm_quote(text: str, art_start: int, f: Figure) -> bool:
    """True for a figure inside quotation marks spoken by a firm's person: the speaker is named
    with a firm's title there (``”公司董事长某某说``) or earlier in the article
    (``董事长某某`` before ``”某某介绍``); what a firm's person tells is the firm's own figure."""
    quote = _quote_around(text, f)
    if quote is None:
        return False
    line, (opened, close) = text.rfind("\n", 0, f.start) + 1, quote
    m = _SPEAKER_AFTER.match(text, close, close + 24) \
        or _SPEAKER_BEFORE.search(text, max(line, opened - 16), opened)
    if m is None:
        return False
    who = m.group("who")
    return re.search(_FIRM_TITLE, who) is not None \
        or re.search(_FIRM_TITLE + re.escape(who), text[art_start:opened]) is not None


#: What a thing can reach or only comes to, right before the figure (``能达到``, ``只有``).
_REACH_BEFORE = re.compile(r"(?:能够?|可以)(?:达到|做到|实现|有)$|只有$")


def _spoken_reach(text: str, f: Figure) -> bool:
    """True for a figure inside quotation marks told as what something can reach or only comes to
    (``“一亩地盖单层厂房只有…,上楼以后能做到…”``): a speaker's comparison, no statistic."""
    return _REACH_BEFORE.search(text, max(0, f.start - 4), f.start) is not None \
        and _quote_around(text, f) is not None


def _quote_around(text: str, f: Figure) -> tuple[int, int] | None:
    """The opening and closing quotation marks around ``f`` on its line, else None."""
    line = text.rfind("\n", 0, f.start) + 1
    opened = text.rfind("“", line, f.start)
    if opened < 0 or text.find("”", opened, f.start) >= 0:
        return None
    eol = text.find("\n", f.end)
    close = text.find("”", f.end, len(text) if eol < 0 else eol)
    return (opened, close) if close >= 0 else None


_PART_OF_YEAR = re.compile(r"(\d{4})-([QH])([1-4])")


def _ended_before(period: str, when: tuple[int, int]) -> bool:
    """Whether a period (``2023``, ``2024-Q1``, ``2024-H1``) ended before the (year, month) of
    publication (month 0 when only the year is known)."""
    if not period[:4].isdigit():
        return False
    m = _PART_OF_YEAR.match(period)
    if m is None:
        return int(period[:4]) < when[0]
    last_month = int(m.group(3)) * (3 if m.group(2) == "Q" else 6)
    return (int(m.group(1)), last_month) < when
