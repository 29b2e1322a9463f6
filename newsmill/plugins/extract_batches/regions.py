"""The region a batch of projects belongs to: the place of its clause, paragraph or list."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.zh.cues import STAGE_RE
from newsmill.zh.recctx import SCOPE_RE, RecordContext, Span

#: Projects taking part in the event told before (``共有7个项目参加``, ``参与的项目12个``).
_TAKING_PART = re.compile(r"(?:个|项)?(?:重点|重大)?(?:项目)?(?:参加|参与)"
                          r"(?!了?[^,，。;；]{0,6}(?:招标|竞标|评选|评比))")


def _taking_part(text: str, r: Record) -> bool:
    """True when a batch counts the projects taking part in an event (``分会场活动,共有7个项目参加``):
    the event of the batch before it."""
    count = r.fields.get("count")
    if count is None or not count.evidence:
        return False
    end = count.evidence[0].end
    return _TAKING_PART.match(text, end) is not None or _TAKING_PART.match(text, end - 1) is not None


def _later_part(text: str, start: int) -> bool:
    """A further part listed in one ``其中`` series (``其中10亿元以上项目41个，50亿元以上项目6个``):
    ``其中`` opens an earlier clause of the sentence and no clause between names an event; a
    part after a semicolon too when it opens its clause (``…现代服务业项目9个…；外资项目4个，…``)."""
    s0 = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    semi = max(text.rfind("；", s0, start), text.rfind(";", s0, start))
    if semi >= 0 and (text.find("其中", semi, start) >= 0 or text[semi + 1:start].strip()):
        s0 = semi + 1  # a series of its own after the semicolon, or a clause that is no part
    k = text.find("其中", s0, start)
    return k >= 0 and STAGE_RE.search(text, k, start) is None


#: A sentence opening on a count of projects told before, to break it down (``358个开工项目中,``).
_RESTATED_COUNT = re.compile(r"(\d+)个[^,，。;；\d]{0,10}?项目(?:中|里|当中)[,，]")


#: A paragraph opening on the way the projects just counted are broken down (``分领域看，``,
#: ``按行业分，``, ``从类别看：``): its batches are parts of those, of the same region.
_BREAKDOWN_OPENING = re.compile(r"(?:分|按|从)(?:领域|行业|类别|类型|产业|结构|投向)(?:看|分|来看)[,，：:]")


def _region_told_in(text: str, r: Record, para: int) -> bool:
    """True when the region of ``r`` is named in the paragraph at ``para``, not as a dateline."""
    ev = r.fields["region"].evidence if r.get("region") is not None else []
    return bool(ev) and ev[0].start >= para and not text.startswith("讯", ev[0].end)


def _paragraph_region(ctx: RecordContext, records: list[Record]) -> None:
    """A batch whose paragraph names no region of its own (its region came from the dateline or an
    earlier paragraph) takes the region of the batch it breaks down (``全省集中开工项目358个…。⏎
    358个开工项目中,产业项目221个``), else of the batch told before it in the same paragraph
    (``全州共达成合作项目21个…。…另有8个项目达成投资意向``)."""
    text = ctx.text
    told = sorted((r for r in records if r.evidence), key=lambda r: r.evidence[0].start)
    moved: set[int] = set()  # the batches given a region here: their region holds for the next
    for i, r in enumerate(told):
        e0 = r.evidence[0].start
        para = text.rfind("\n", 0, e0) + 1
        if i == 0 or _region_told_in(text, r, para):
            continue
        s0 = max(text.rfind(c, para, e0) for c in "。！？") + 1 or para
        s0 = max(s0, para)
        whole = _RESTATED_COUNT.match(text, s0)
        if whole is not None:
            n = int(whole.group(1))
            src = next((b for b in reversed(told[:i]) if b.get("count") == n), None)
        elif _BREAKDOWN_OPENING.match(text, para):
            src = told[i - 1]  # 分领域看，交通项目52个…: the projects of the paragraph before, by field
        else:
            src = next((b for b in reversed(told[:i]) if b.evidence[0].start >= para), None)
            if src is not None and id(src) not in moved and not _region_told_in(text, src, para):
                src = None
        if src is not None and src.get("region") is not None and src.get("region") != r.get("region"):
            r.set("region", src.get("region"), *src.fields["region"].evidence)
            moved.add(id(r))


def _carry_region(records: list[Record]) -> None:
    """Batches of an article without a region keep the region of the batch before them
    (``全省在建项目1863个;本年新开工项目916个``)."""
    prev = None
    for r in records:
        if r.get("region") is None and prev is not None:
            r.set("region", prev.value, *prev.evidence)
        elif r.get("region") is not None:
            prev = r.fields["region"]


#: ``甲、乙等地``, ``甲、乙等县区``, ``与甲、乙、丙三市``: places listed as where the projects are.
#: (Written ``等(?:地…|乡镇)|(?<=[\u4e00-\u9fff])[两…十](?:个)?(?:市|…)``; opening on one set of
#: characters lets the regex engine skip every other position at once: same matches.)
LISTED_PLACES = re.compile(r"[等两二三四五六七八九十](?:(?<=等)(?:地(?![产块标])|县区|区县|市县|县市|乡镇)"
                           r"|(?<=[\u4e00-\u9fff][两二三四五六七八九十])(?:个)?(?:市|州|盟|地市)(?![场民长委政]))")


def _listed_places_region(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """The province of places of different cities listed before ``等地`` ahead of a batch
    (``甲省A市、B市等地一批项目集中开工``): the batch's region."""
    found = list(LISTED_PLACES.finditer(ctx.text, sent.start, start))
    if not found:
        return None
    pos = found[-1].start()
    c0 = ctx.clause_start(pos, sent.start)
    places = [m for m in ctx.mentions_in("places", c0, pos) if isinstance(m.value, dict)]
    cities = {m.value.get("city") for m in places if m.value.get("city")}
    provinces = {m.value.get("province") for m in places}
    if len(cities) < 2 or len(provinces) != 1 or None in provinces:
        return None
    return provinces.pop(), places[0].start, pos


def _scope_over_stops(ctx: RecordContext, sent: Span, start: int,
                      stops: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The region of a scope word opening a tour whose stops are the only places named after it
    (``全市…推进会举行，与会人员先后深入甲县、乙县、丙县，现场观摩15个重点项目``): the whole region's
    meeting visits some of its places, the projects looked at are the region's."""
    found = [m for m in SCOPE_RE.finditer(ctx.text, sent.start, stops[0][0])]
    if not found:
        return None
    m = found[-1]
    for p in ctx.mentions_in("places", m.end(), start):
        if not any(s <= p.start < e for s, e in stops):
            return None  # a place named outside the stops is nearer
    return ctx.scope_region(Span(m.start(), sent.end, sent.article), m.end(), sent.article)


#: An area several places build together (``某某革命老区振兴发展示范区``, ``某某一体化发展先行区``,
#: ``某某合作示范区``).
_JOINT_AREA = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:示范区|合作区|协作区|先行区|经济区|经济圈)")


#: Several places as one subject (``三地累计实施…``, ``两县共签约…``, ``双方签约…``).
_PLACES_AS_ONE = re.compile(r"(?:[两三四五]地|[两三四五][县市区]|双方)")


#: What joins places acting together (``甲县与乙县、丙市集中签约``).
_JOINED = re.compile(r"与|和|同")


def _joint_region(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """The area places build together, named earlier in the story (``某某振兴发展示范区…联席会议``),
    when the batch's clause has those places as one subject: two counties or more joined
    (``甲县与乙县、丙市集中签约项目9个``) or counted (``三地累计实施合作项目56个``).  None otherwise."""
    c0 = ctx.clause_start(start, sent.start)
    if _PLACES_AS_ONE.match(ctx.text, c0) is None:
        if _JOINED.search(ctx.text, c0, start) is None:
            return None
        counties = [m for m in ctx.mentions_in("places", c0, start)
                    if isinstance(m.value, dict) and m.value.get("level") in ("county", "district")]
        if len({m.value.get("name") for m in counties}) < 2 \
                or _JOINED.search(ctx.text, counties[0].end, counties[-1].start) is None:
            return None
    lo = next((a.start for a in ctx.article_spans() if a.start <= sent.start < a.end), sent.start)
    found = list(_JOINT_AREA.finditer(ctx.text, lo, c0))
    if not found:
        return None
    m = found[-1]
    return m.group(), m.start(), m.end()


#: Projects only intended (``意向投资项目15个``, ``签订意向协议项目8个``): under negotiation, not signed.
INTENT = re.compile(r"意向(?:性)?(?:投资|签约|合作)?(?:协议)?(?:项目|投资额)")


def _intent(ctx: RecordContext, sent: Span, start: int, c0: int | None = None) -> tuple[int, int] | None:
    """Span of an intent marker in the batch's own clause (up to its count phrase), else None;
    ``c0``: the start of that clause when already known."""
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    if ctx.text.find("意向", c0, start) < 0:
        return None
    m = INTENT.search(ctx.text, c0, start + 3)  # the count phrase may open with its noun (项目15个)
    return m.span() if m else None


_REGION_LEVELS = ("province", "prefecture", "county")


def _own_place(ctx: RecordContext, sent: Span, start: int, venues: list[tuple[int, int]]) -> Any:
    """A province, city or county opening a clause of the batch's sentence before it, the nearest
    one (``…，邢台市一季度计划开工…项目86个``, ``在西部，陕西省3月20日举行…，开工项目418个``):
    the subject of the batch.  Not a venue (``在某区举行``), not inside an organization's name."""
    places = ctx.mentions_in("places", sent.start, start)
    if not places:
        return None
    for m in reversed(places):
        if not isinstance(m.value, dict) or m.value.get("level") not in _REGION_LEVELS \
                or (venues and any(v0 <= m.start < v1 for v0, v1 in venues)) \
                or ctx.in_org(m.start):
            continue
        c0 = ctx.clause_start(m.start, sent.start)
        if m.start - c0 <= 1 and (_CLAUSE_SUBJECT.match(ctx.text, m.end) or (
                m.start == c0 > sent.start and ctx.text[c0 - 1] in "；;"
                and ctx.text.find("；", m.end, start) < 0 and ctx.text.find(";", m.end, start) < 0)):
            # (a place opening its part of the sentence is the subject of the part's clauses:
            # ``；某区以文旅项目为主，签约项目17个``)
            return m
    return None


def _clause_city(ctx: RecordContext, sent: Span, start: int, c0: int | None = None) -> Any:
    """A prefecture or city opening the batch's own clause (``，某州计划开工…项目53个``): the batch's
    region, before a county the article names earlier (``c0``: the clause's start when known); a
    county written right after it (``某市某区…``) is the region instead."""
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    for m in ctx.mentions_in("places", c0, c0 + 1):
        if m.start == c0 and m.end < start and isinstance(m.value, dict) \
                and m.value.get("level") in ("prefecture", "city"):
            for county in ctx.mentions_in("places", m.end, m.end + 1):
                if county.start == m.end and county.end < start and isinstance(county.value, dict) \
                        and county.value.get("level") == "county":
                    return county  # 某市某区与3家企业签订…: the district the city's name heads
            return m
    return None


#: What follows a place that is a clause's subject: a date, a period, or the event's verb.
_CLAUSE_SUBJECT = re.compile(r"(?:\d{1,2}月|今年|去年|[一二三四]季度|[上下]半年|全年|同日|当天|计划|"
                             r"举行|集中|共|新|累计|已|将|还|也|同步|签约|开工|竣工)")
