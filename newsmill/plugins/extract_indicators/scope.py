"""The subject of a figure: the place, park or firm an indicator is about."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import VISITOR_ORIGIN
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import ITEM_HEAD_NAME, SCOPE_RE, RecordContext, Span


def _item_head(text: str, sent: Span) -> bool:
    """Whether a sentence opens on a dash item's bare project name closed by a full stop
    (``——甲工程。总投资2.9亿元，新建管网36公里``): the item is that project's."""
    dot = text.find("。", sent.start, sent.end)
    return dot > 0 and ITEM_HEAD_NAME.fullmatch(text, sent.start, dot) is not None


def _rate_before(ctx: RecordContext, sent: Span, before: list[Record] | None) -> tuple[str, int, int] | None:
    """The metric of the last rate told in the paragraph before ``sent`` (``全市规模以上工业增加值同比
    增长7.2%``) with its span, or None."""
    for r in reversed(before or []):
        ev = r.fields.get("metric")
        if ev is None or not ev.evidence or r.get("unit") != "%" or r.get("growth_pct") is None:
            continue
        e = ev.evidence[0]
        if e.end > sent.start or ctx.text.find("\n", e.end, sent.start) >= 0:
            return None
        return str(r.get("metric")), e.start, e.end
    return None


def _clause_place(ctx: RecordContext, sent: Span, f: Figure) -> Any:
    """A province or city opening the clause of a figure (``甘肃新能源发电量达到…``): its region."""
    c0 = ctx.clause_start(f.start, sent.start)
    for m in ctx.mentions_in("places", c0, c0 + 1):
        if isinstance(m.value, dict) and m.value.get("level") in ("province", "prefecture") \
                and m.end < f.start and not ctx.in_org(m.start) \
                and not VISITOR_ORIGIN.match(ctx.text, m.end):  # 香港旅客…: where they come from
            return m
    if c0 > 0 and ctx.text[c0 - 1] in "；;" and not ctx.mentions_in("places", c0, f.start):
        return _subject_goes_on(ctx, c0)
    return None


def _subject_goes_on(ctx: RecordContext, c0: int) -> Any:
    """The province or city opening a clause of the sentence's item before ``；`` (``今年首季，某市新设
    外商投资企业126家，…；实际使用外资4.37亿元``) when it is the last place named before the item at
    ``c0``, which names none: the subject goes on."""
    text = ctx.text
    lo = max(text.rfind(c, 0, c0 - 1) for c in "。！？\n") + 1
    before = [m for m in ctx.mentions_in("places", lo, c0 - 1)
              if isinstance(m.value, dict) and not ctx.in_org(m.start)]
    if not before:
        return None
    m = before[-1]
    if m.value.get("level") not in ("province", "prefecture") or ctx.clause_start(m.start, lo) != m.start:
        return None
    return m


#: A park opening a figure's clause as its subject (``崇某飞地产业园实现规上工业产值…``,
#: ``某某产业园完成工业投资…``), a park the gazetteer may not know: the park's own figures.
_PARK_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:飞地产业园|飞地园区|产业园区|产业园|工业园区|工业园)"
                           r"(?=(?:共|累计|共计)?(?:实现|完成|新增|引进|入驻))")


def _park_subject(ctx: RecordContext, sent: Span, f: Figure) -> tuple[str, int, int] | None:
    """The park named as the subject opening the clause of ``f`` (:data:`_PARK_SUBJECT`) when no
    known place opens it: (name, start, end); None otherwise."""
    c0 = ctx.clause_start(f.start, sent.start)
    m = _PARK_SUBJECT.match(ctx.text, c0, f.start)
    if m is None or any(p.start == c0 for p in ctx.mentions_in("places", c0, m.end())):
        return None
    return m.group(), m.start(), m.end()


#: A place a subject relies on (``某县将以某工业园为主阵地，…``): the platform, not the subject.
_PLATFORM = re.compile(r"以([^，,。；;以]{2,16}?)为(?:主阵地|主战场|主平台|主载体|载体|平台|依托|核心区?)")


def _headline_scope(ctx: RecordContext, sent: Span, pos: int) -> tuple[str, int, int] | None:
    """The region of a scope word in the headline (``全市三季度重点项目现场推进会举行``) for a statistic
    whose paragraph names no place before it (``会议要求，各地要…，确保全年…``) in a story of the
    region's tour (see :func:`_region_toured`): the whole region's meeting sets the region's goals,
    not those of the first place it visited."""
    if sent.article is None or not 0 <= sent.article < len(ctx.doc.articles):
        return None
    ev = ctx.doc.articles[sent.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text) or SCOPE_RE.search(ctx.text, ev.start, ev.end) is None:
        return None
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.mentions_in("places", para, pos) or not _region_toured(ctx, ev.end, para):
        return None
    return ctx.scope_region(Span(ev.start, ev.end, sent.article), ev.end, sent.article)


#: A tour visiting places one after another (``先后深入甲县、乙县``, ``相继走进…``).
_TOUR = re.compile(r"(?:先后|相继|依次)(?:深入|走进|来到|前往|走访|到)")


def _region_toured(ctx: RecordContext, start: int, end: int) -> bool:
    """Whether a sentence of ``start``–``end`` sends a whole region's tour (a scope word before it in
    its sentence: ``全市…推进会举行，与会人员先后深入…``) to its places: the places named after it are
    stops, the region is the scope word's."""
    for m in _TOUR.finditer(ctx.text, start, end):
        stop = max(ctx.text.rfind("。", start, m.start()), ctx.text.rfind("\n", start, m.start()), start)
        if SCOPE_RE.search(ctx.text, stop, m.start()) is not None:
            return True
    return False


def visitor_origins(ctx: RecordContext, start: int, pos: int) -> list[tuple[int, int]]:
    """Spans of the places in ``[start, pos)`` right before a word for visitors (:data:`VISITOR_ORIGIN`):
    the visitors' origin (``入境旅客…，其中内地旅客…；香港旅客…``), no region of the figures."""
    if ctx.text.find("客", start, pos) < 0:  # cheap test before the mentions
        return []
    return [(m.start, m.end) for m in ctx.mentions_in("places", start, pos)
            if VISITOR_ORIGIN.match(ctx.text, m.end)]


def _platforms(ctx: RecordContext, sent: Span, pos: int) -> list[tuple[int, int]]:
    """Spans of the places a sentence's subject builds on (:data:`_PLATFORM`) before ``pos``, of
    the places opening the name of a hospital or a school told in the paragraph before the figure's
    clause (:func:`institution_places`), and of the places visitors come from (:func:`visitor_origins`)."""
    spans = institution_places(ctx, pos, ctx.clause_start(pos, sent.start)) \
        + visitor_origins(ctx, ctx.text.rfind("\n", 0, pos) + 1, pos)
    if ctx.text.find("以", sent.start, pos) < 0:
        return spans
    return [m.span(1) for m in _PLATFORM.finditer(ctx.text, sent.start, pos)] + spans


#: What follows a place that opens the name of a hospital or a school (``召陵区妇幼保健院``, ``某县第三
#: 实验小学``, ``某区人民医院``).
_INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:医院|保健院|卫生院|学校|中学|小学|幼儿园)")


def institution_places(ctx: RecordContext, pos: int, c0: int) -> list[tuple[int, int]]:
    """Spans of the places of the paragraph before clause ``c0`` (the figure at ``pos``) that open the
    name of a hospital or a school (``医疗方面，推进…召陵区妇幼保健院迁建等5个项目，新增床位…。…改造
    城镇老旧小区46个``): a name, not where the city's figures after it are; a place in the figure's own
    clause (``某县人民医院今年诊疗…``) stays."""
    para = ctx.text.rfind("\n", 0, pos) + 1
    return [(m.start, m.end) for m in ctx.mentions_in("places", para, c0)
            if m.end <= c0 and _INSTITUTION_AFTER.match(ctx.text, m.end)]


def _item_subject(ctx: RecordContext, sent: Span, pos: int) -> Any:
    """A city or county opening the sentence, or its ``；``-item, that holds ``pos``
    (``甲市完成投资X，占年度计划的Y%，完成率居全省第2位；…``): the subject of the item's figures."""
    text = ctx.text
    at = max(sent.start, text.rfind("；", sent.start, pos) + 1, text.rfind(";", sent.start, pos) + 1)
    for place in ctx.mentions_in("places", at, pos):
        if place.start == at and isinstance(place.value, dict) and not ctx.in_org(place.start) \
                and place.value.get("level") in ("prefecture", "city", "county"):
            return place
        break
    return None
