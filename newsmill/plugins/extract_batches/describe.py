"""Items listed under a batch and what they tell about it."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_batches.events import (
    _event,
    _lead_scope,
    _sub_venues,
    _venue_owner,
)
from newsmill.plugins.extract_batches.regions import (
    _clause_city,
    _intent,
    _joint_region,
    _listed_places_region,
    _own_place,
    _scope_over_stops,
)
from newsmill.zh.cues import STAGE_RE
from newsmill.zh.recctx import RecordContext, Span, place_name

#: ``仪式在某区举行``: where a ceremony is held, not the region of the projects (also held at a main
#: venue and its branches at once: ``在某县主会场和各市州分会场同步举行``).
VENUE = re.compile(r"在([^,，。;；在]{2,12}?|[^,，。;；在]{2,24}?现场)"
                   r"(?:隆重|正式|同步|同时)?(?:举行|召开|举办)")


#: ``在某高新区集中签约项目19个``: a zone where the signing is held, after a district's batch told
#: before it, is the venue; the batch stays the district's.
SIGNED_IN_ZONE = re.compile(r"在([^,，。;；在]{2,12}?(?:高新区|经开区|开发区|工业园区|产业园区|园区))"
                            r"(?:集中|现场|成功|正式)?签约")


#: Places a group visits (``观摩团先后走进甲园区、乙景区``): stops on its way, no batch's region.
#: (also the sites a group looks at: ``观摩团先后察看了甲街道、乙镇等地的12个项目``)
VISITED = re.compile(r"(?:走进|来到|深入|前往|走访|先后到|(?:先后|实地)察看了?)([^,，。;；]{2,30})")


#: Where places are ranked after they are listed (``甲县、乙市、丙区分列前三名``, ``…依次位列第二至第五名``,
#: ``…排名前三``): the places are the ranking's, no batch's region.
RANKED = re.compile(r"(?:分列|位列|依次位列|分别位列|依次列|排名)(?:前|第|全[省市州])")


#: A road or line between two places (``甲至乙高速公路``, ``甲至乙铁路``): its ends are no region.
ROUTE = re.compile(r"([\u4e00-\u9fff]{2,6}?至[\u4e00-\u9fff]{2,6}?)(?:高速公路|高速|城际铁路|铁路|快速通道"
                   r"|公路|航道|输气管道|管道|城际)")


def _tour_host(ctx: RecordContext, para: int, s0: int, start: int) -> Any:
    """The place holding a tour told earlier in the paragraph, when the batch's sentence names no place
    and every place after the tour's start is one of its stops (``甲市四季度重点项目观摩活动举行。观摩团
    先后来到乙县、丙区，实地察看17个项目。此次观摩的17个项目总投资…``): the host, not the last stop."""
    stops = [m.span(1) for m in VISITED.finditer(ctx.text, para, s0)]
    # (the stops name places: ``走访企业十一家`` is no tour of places)
    stops = [(a, b) for a, b in stops if ctx.mentions_in("places", a, b)]
    if not stops:
        return None
    after = ctx.mentions_in("places", stops[0][0], start)
    if any(not any(a <= p.start < b for a, b in stops) for p in after):
        return None  # a place named outside the stops is nearer
    hosts = [m for m in ctx.mentions_in("places", para, stops[0][0])
             if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county")
             and not ctx.in_org(m.start)]
    if not hosts or _TOUR_WORDS.search(ctx.text, hosts[-1].end, stops[0][0]) is None:
        return None  # (the host holds a tour: ``甲市…观摩活动举行``, ``甲区组织开展…拉练``)
    return hosts[-1]


#: Words of a tour of projects a place holds (``观摩``, ``拉练``).
_TOUR_WORDS = re.compile(r"观摩|拉练")


def _listed_items(ctx: RecordContext, sent: Span, start: int) -> tuple[int, int] | None:
    """The projects named as examples right before a count (``开工甲、乙等项目25个``, ``甲等25个项目``):
    from the event word (else the clause start) to ``等``."""
    text = ctx.text
    k = start - 1 if text.startswith("等", start - 1) else (start if text.startswith("等", start) else -1)
    if k < 0:
        return None
    c0 = ctx.clause_start(k, sent.start)
    cue = None
    for m in STAGE_RE.finditer(text, c0, k):
        cue = m
    return (cue.end() if cue is not None else c0), k


def _earlier_examples(ctx: RecordContext, sent: Span, start: int) -> list[tuple[int, int]]:
    """The examples of the batches counted earlier in the sentence (``新开工某川某成…等项目25个，
    加快建设…等项目25个``): a firm's county among them is theirs, not the next batch's region."""
    text, out = ctx.text, []
    k = text.find("等", sent.start, start - 1)
    while 0 <= k < start - 1:
        if BATCH_COUNT_AFTER.match(text, k + 1):
            found = _listed_items(ctx, sent, k + 1)
            if found is not None and found[1] < start:
                out.append(found)
        k = text.find("等", k + 1, start - 1)
    return out


#: A count of projects right after ``等`` (``等项目25个``, ``等25个项目``).
BATCH_COUNT_AFTER = re.compile(r"(?:项目\d+个|\d+个项目)")


#: Investment done over a period (``完成总投资``, ``完成年度投资``), in a total's own clause.
_DONE_INVESTING = re.compile(r"完成(?:总|年度|全年)?投资")


#: Places listed as some of the units counted after them (``甲市、乙县、丙县等9个县(市、区)``,
#: ``甲镇、乙乡等12个乡镇``): the group does what follows, none of them alone.
_UNITS_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等"
                           r"(?:\d+|[两三四五六七八九十]{1,3})个(?:县|市|区|乡|镇|州)")


#: A zone called by its kind alone opening a batch's clause (``开发区已新引进项目14个``).
_ZONE_KIND = re.compile(r"开发区|高新区|经开区")
#: A zone told in full, from a clause's or a sentence's start or after ``在`` (``在某某湾经济开发区``).
_ZONE_FULL = re.compile(r"(?<=[在于，,。；;：:\n])[\u4e00-\u9fff]{2,4}"
                        r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)")


def _zone_of_kind(ctx: RecordContext, sent: Span, c0: int, kind: str) -> tuple[str, int, int] | None:
    """The zone the article names last in full before ``c0``, its name ending in ``kind``
    (``某某经济开发区`` for ``开发区``): ``(name, start, end)``; else None."""
    lo = next((a.start for a in ctx.article_spans() if a.start <= sent.start < a.end), sent.start)
    if ctx.text.find(kind, lo, c0) < 0:
        return None
    found = [m for m in _ZONE_FULL.finditer(ctx.text, lo, c0) if m.group().endswith(kind)]
    return (found[-1].group(), found[-1].start(), found[-1].end()) if found else None


#: A group sent out by a place (``某市党政代表团``, ``某县招商考察团``) right after its name.
_DELEGATION = re.compile(r"(?:党政|经贸|招商|政府|投资)?(?:考察)?(?:代表团|考察团)")
#: The group named again as the subject of a batch's sentence (``此次考察期间，代表团共达成…``).
_DELEGATION_AGAIN = re.compile(r"代表团|考察团")


def _delegation_home(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """The place whose delegation the sentence's subject is (``某市党政代表团赴某省…。…此次考察期间，
    代表团共达成合作意向项目7个``): the region of the talks it counts, not the places it visited;
    else None."""
    if _DELEGATION_AGAIN.search(ctx.text, sent.start, start) is None or sent.article is None:
        return None
    arts = ctx.doc.articles
    if not 0 <= sent.article < len(arts):
        return None
    for m in ctx.mentions_in("places", arts[sent.article].start, sent.start):
        if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county") \
                and _DELEGATION.match(ctx.text, m.end) and (name := place_name(m)):
            return name, m.start, m.end
    return None


#: The signings a breakdown by paper splits (``现场签约项目18个，…，其中投资协议10个、…、投资意向书3个``).
_LETTERS_SIGNED = re.compile(r"签约[^。；;！？]{0,40}?其中")


def _describe(ctx: RecordContext, r: Record, sent: Span, start: int, end: int, hi: int,
              lo: int | None = None) -> None:
    """Event, status, region and evidence of a batch whose key figure spans ``start``–``end``."""
    c0 = ctx.clause_start(start, sent.start)  # the batch's own clause
    event, e0, e1 = _event(ctx, sent, start, end, hi, c0)
    status, cue = ctx.status(sent, hi)
    if event == "signed" and status == "target" and ctx.text[e0:e1] in ("引进", "揽金") \
            and not ctx.text.startswith("签约", e0 - 2):  # (``力争签约引进…项目30个``: signings aimed at)
        event = "planned"  # a goal of bringing in projects is a plan, not a signature
    intent = _intent(ctx, sent, start, c0)
    if intent is not None:
        event, e0, e1 = "negotiating", intent[0], intent[1]
    signed = _LETTERS_SIGNED.search(ctx.text, sent.start, start) if event == "negotiating" else None
    if signed is not None and ctx.text.find("意向书", max(sent.start, start - 6), end) >= 0:
        event, e0, e1 = "signed", signed.start(), signed.end()  # letters of intent among the signings
    if (event is None or e0 < c0) and not r.fields["count"].evidence:
        done = _DONE_INVESTING.search(ctx.text, c0, hi)
        if done is not None:  # ``…等13个项目，力争完成总投资100亿元``: a sum of works under way
            event, e0, e1 = "under_construction", done.start(), done.end()
    if event:
        r.set("event", event, ctx.evidence(e0, e1))
    else:
        r.set("event", None)
    key = r.fields["count"] if r.fields["count"].evidence else r.fields["total_cny"]
    anchor = key.evidence[0]
    r.set("status", status, ctx.evidence(*cue) if cue else anchor)
    scope = ctx.scope_region(sent, start, sent.article) or _delegation_home(ctx, sent, start)
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    venues = [(m.start(1), m.end(1)) for m in VENUE.finditer(ctx.text, para, start)] \
        if ctx.text.find("在", para, start) >= 0 else []
    if ctx.text.find("会场", para, start) >= 0:
        venues += _sub_venues(ctx, para, start)
    if ctx.text.find("签约", sent.start, end) >= 0:  # (the venue of a run's first part too)
        venues += [m.span(1) for m in SIGNED_IN_ZONE.finditer(ctx.text, sent.start, start)]
    if ctx.text.find("列", para, start) >= 0 or ctx.text.find("排名", para, start) >= 0:
        # 甲县、乙市、丙区分列前三名: places ranked, no batch's region
        venues += [(ctx.clause_start(m.start(), para), m.start())
                   for m in RANKED.finditer(ctx.text, para, start)]
    visited = [m.span(1) for m in VISITED.finditer(ctx.text, sent.start, start)]
    venues += visited
    if ctx.text.find("至", sent.start, start) >= 0:
        venues += [m.span(1) for m in ROUTE.finditer(ctx.text, sent.start, start)]
    if ctx.text.find("等", sent.start, start) >= 0:
        # 甲市、乙县、丙县等9个县(市、区)集中开工项目47个: the units counted with them do it together
        venues += [m.span(1) for m in _UNITS_LISTED.finditer(ctx.text, sent.start, start)]
    listed = _listed_items(ctx, sent, start)
    if listed is not None:
        venues.append(listed)  # 新开工某县某公司…等项目25个: the places of the examples are theirs
    venues.extend(_earlier_examples(ctx, sent, start))
    if scope is None:
        scope = _joint_region(ctx, sent, start)  # 甲县与乙县、丙市集中签约: the area they build together
    place = None
    if scope is None and visited:
        scope = _scope_over_stops(ctx, sent, start, visited)  # 全市…会举行，与会人员先后深入甲县、乙县
    if scope is None and (held := [m.span(1) for m in VENUE.finditer(ctx.text, para, start)]):
        # 全市交通项目集中开工活动在某区某镇举行。此次集中开工的项目共12个: the whole region's event held
        # at a venue, no other place named after its scope word
        scope = _scope_over_stops(ctx, Span(para, sent.end, sent.article), start, held)
    own = _own_place(ctx, sent, start, venues) if scope is None else None
    if scope is None and own is None and (ctx.text.find("分会场", para, start) >= 0
                                          or ctx.text.find("会在", para, start) >= 0):
        # 在当天的某州分会场,…集中开工项目47个; 某州招商推介会在甲市举行。…共达成合作项目58个: the
        # region whose sub-venue or fair it is, not the host
        own = _venue_owner(ctx, para, start, venues)
    if scope is None and own is None:
        scope = _listed_places_region(ctx, sent, start)
    if own is not None:
        place = own
    elif scope is None:
        place = _clause_city(ctx, sent, start, c0)
    if scope is None and place is None and ctx.mentions_in("places", para, start) == []:
        scope = _lead_scope(ctx, sent, start) \
            or ctx.lead_city_scope(sent, start)  # 我市组织…。观摩项目20个: the lead's 我市
    if scope is None and place is None and not ctx.mentions_in("places", sent.start, start):
        scope = ctx.provincial_meeting(sent.article)  # 全省…推进会在某地召开。…新开工项目N个: the province
    if scope is None and place is None and not ctx.mentions_in("places", sent.start, start):
        # 甲市…观摩活动举行。观摩团先后来到乙县、丙区…。此次…: the tour's host
        place = _tour_host(ctx, para, sent.start, start)
    if scope is None and place is None:  # a scope word wins; a venue only when no other place is known
        place = ctx.place_for(start, sent.article, sent, venues, past_venue=True) or (
            ctx.place_for(start, sent.article, sent, visited) if venues else None)
    if scope is None and ctx.text.find("园区", sent.start, start) >= 0 \
            and (zone := ctx.asked_park(sent, start)) is not None:
        place = zone  # 记者：请问某工业园区…？ 某某：今年以来，园区新引进项目11个: the park asked about
    if scope is None and (kind := _ZONE_KIND.match(ctx.text, c0, start)) is not None \
            and not ctx.mentions_in("places", c0, start) \
            and (zone := _zone_of_kind(ctx, sent, c0, kind.group())) is not None:
        scope = zone  # 某某经济开发区管委会负责人介绍，…，开发区已新引进项目14个: the zone told in full
    if scope is not None:
        r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
    elif place is not None:
        r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    else:
        r.set("region", None)
    if lo is not None and lo != start:
        c0 = ctx.clause_start(lo, sent.start)
    r.evidence = [ctx.evidence(c0, hi)]
