"""Page-wide passes that settle the places of a page's projects."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.patterns import (
    _CLAUSE_ENDS,
    _FULL_STOPS,
    _ITEM_ENDS,
    _LOCAL,
    _NOT_LOCAL,
    _TOWN_AND_VILLAGE,
)
from newsmill.zh.recctx import RecordContext, Span, location_of

#: Levels of a place that may open a paragraph as its subject.
_SUBJECT_LEVELS = ("county", "district", "zone")


def _paragraph_subject_place(ctx: RecordContext, records: list[Record]) -> None:
    """A district, county or zone opening a paragraph as its subject (``某区则以汽车制造为支撑。在某镇，
    甲项目正在加快建设``, ``某新区同期规上工业产值…。其中，…乙项目开工``) is where the paragraph's
    projects are, over another district of the story, when no other district or zone is named
    between it and the project's name; a zone is the project's ``detail``."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or not r.fields["name"].evidence:
            continue
        n0, n1 = r.fields["name"].evidence[0].start, r.fields["name"].evidence[0].end
        p0 = text.rfind("\n", 0, n0) + 1
        while p0 < n0 and text[p0] in " \t\u3000":
            p0 += 1
        places = [m for m in ctx.mentions_in("places", p0, n1) if isinstance(m.value, dict)
                  and m.value.get("level") in _SUBJECT_LEVELS]
        if not places or places[0].start != p0 or any(m.value.get("name") != places[0].value.get("name")
                                                       for m in places[1:]):
            continue
        v = places[0].value
        if v.get("city") != loc.get("city") or not v.get("city") or ctx.in_org(p0):
            continue
        zone = v.get("level") == "zone"
        if (zone and (loc.get("detail") or loc.get("county") == v.get("county"))) \
                or (not zone and loc.get("county") in (None, v.get("name"))):
            continue
        new = {**loc, "county": v.get("county") if zone else v.get("name")}
        if zone:
            new["detail"] = v.get("name") or places[0].surface
        new.pop("code", None)
        r.set("location", new, *r.fields["location"].evidence, ctx.evidence(places[0].start, places[0].end))


def _municipal_zones(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A zone spanning districts of a municipality (``两江新区``, ``重庆高新区``: the gazetteer gives
    it no county) named as a project's ``detail`` leaves its county empty, whatever district the story
    is told from."""
    zones = {n for m in ctx.mentions_in("places", art.start, art.end) if isinstance(m.value, dict)
             and m.value.get("level") == "zone" and not m.value.get("county")
             and m.value.get("province") and m.value.get("province") == m.value.get("city")
             for n in (m.value.get("name"), m.surface) if n}
    if not zones:
        return
    for r in records:
        loc = r.get("location")
        if r.kind == "project" and loc and loc.get("county") and loc.get("detail") \
                and loc.get("city") == loc.get("province") and any(z in loc["detail"] for z in zones):
            r.set("location", {**loc, "county": None}, *r.fields["location"].evidence)


#: A zone's name (``某某高新区``, ``某某经开区``, ``某某工业园区``).
_ZONE_NAME = re.compile(r"(?:高新区|经开区|开发区|工业园区|园区|新区|产业园|工业园)$")


#: A count of firms (``3家企业``, ``两家公司``, ``多家企业``), which names no investor.
_FIRM_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两几数多]+)家(?:企业|公司|单位|客商|投资商)?$")


def _firm_counts(records: list[Record]) -> None:
    """``与3家企业签约……，其中包括甲项目``: a count of firms signing is no project's investor."""
    for r in records:
        inv = r.get("investor")
        if isinstance(inv, str) and _FIRM_COUNT.search(inv):  # (``省内外6家企业`` too)
            r.set("investor", None)


def _zone_counties(text: str, records: list[Record]) -> None:
    """A county read only from a zone's name (``某滩高新区`` → ``某滩区``) when the page never
    names the county itself: the zone alone is where the project is (county left empty)."""
    for r in records:
        loc = r.get("location")
        if not loc or not loc.get("county") or not loc.get("detail") \
                or not _ZONE_NAME.search(loc["detail"]) or _county_written(loc["county"], text):
            continue
        r.set("location", {**loc, "county": None}, *r.fields["location"].evidence)


def _county_written(county: str, text: str) -> bool:
    """True when ``text`` names ``county`` itself: in full, through its own paper's name, or an
    autonomous county by the short form news write (``某水苗族土家族自治县`` → ``某水县``)."""
    if county in text:
        return True
    if county[-1] in "区县市" and len(county) >= 3 and county[:-1] + "日报" in text:
        return True  # the county's own paper (``某川日报``): the page is the county's
    return county.endswith(("自治县", "自治旗")) and len(county) > 5 \
        and county[:2] + county[-1] in text


#: A town or zone (``某某镇``, ``某某工业园区``, ``某某经济开发区``), after the place that holds it.
_STORY_LOCAL = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:镇(?![村])|乡(?![村镇亲])|街道|高新区|经开区"
                          r"|经济技术开发区|经济开发区|开发区|工业园区|工业园|产业园区|产业园)(?![至到区])")


#: A place where a ceremony is held (``…仪式在某高新区举行``, ``在某高新区主会场举行``): a venue, not
#: where the story's projects are.
_HELD_AT = re.compile(r"(?:主会场|分会场|会场)?(?:隆重|正式|同步)?(?:举行|召开|举办|开幕)")


#: A count of projects right after a park (``某市某产业园3个项目同日投产``): the park holds them.
_PROJECTS_IN_LEAD = re.compile(r"(?:\d+|[一两二三四五六七八九十]{1,3})个(?:重点|重大)?项目")


def _story_local(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """The one town or zone a story's headline and lead name, right after the county or city that
    holds it (``某市某工业园区三个项目同日投产``, ``近日，某区某镇2个项目相继投产``), is the ``detail`` of
    the story's projects in that county or city that have none."""
    spans = []
    if art.article is not None and 0 <= art.article < len(ctx.doc.articles):
        ev = ctx.doc.articles[art.article].evidence.get("headline")
        if ev is not None and ev.end <= len(ctx.text):
            spans.append((ev.start, ev.end))
    lead = next((s for s in ctx.sentences(art) if not ctx.text.startswith("#", s.start)), None)
    if lead is not None:
        spans.append((lead.start, lead.end))
    found: dict[str, tuple[Any, int, int]] = {}
    for lo, hi in spans:
        for host in ctx.mentions_in("places", lo, hi):
            v = host.value
            if isinstance(v, dict) and v.get("level") == "zone" and not ctx.in_org(host.start):
                if not _HELD_AT.match(ctx.text, host.end, hi):
                    found.setdefault(v.get("name") or host.surface, (host, host.start, host.end))
                continue  # 某县某工业园区 known as a zone: it holds itself
            if not isinstance(v, dict) or v.get("level") not in ("prefecture", "county", "district"):
                continue
            m = _STORY_LOCAL.match(ctx.text, host.end, hi)
            if m is None or _NOT_LOCAL.search(m.group()) or (
                    m.group().endswith("产业园") and not _PROJECTS_IN_LEAD.match(ctx.text, m.end(), hi)) \
                    or any(p.start < m.end() and host.end <= p.start and p is not host
                           and isinstance(p.value, dict) and p.value.get("level") != "zone"
                           for p in ctx.mentions_in("places", host.end, m.end())):
                continue  # a division after the host (某市某县) is no town or zone of it
            if not _HELD_AT.match(ctx.text, m.end(), hi):
                found.setdefault(m.group(), (host, m.start(), m.end()))
    for short in [n for n in found if any(o != n and o.startswith(n) for o in found)]:
        del found[short]  # 某工业园 in the headline, 某工业园区 in the lead: one zone
    if len(found) != 1:
        return
    [(name, (host, z0, z1))] = found.items()
    hv = host.value
    if hv.get("level") == "zone":  # the zone's own county (else city) is where its projects are
        if not hv.get("city"):
            return
        hv = {"level": "county" if hv.get("county") else "prefecture",
              "name": hv.get("county") or hv.get("city"), "city": hv.get("city")}
    for r in records:
        if r.kind != "project":
            continue
        loc = r.get("location")
        if loc is None or loc.get("detail"):
            continue
        if hv.get("level") == "prefecture":
            same = loc.get("city") == hv.get("name") and loc.get("county") is None
        else:
            same = loc.get("county") == hv.get("name") or (loc.get("county") is None
                                                          and loc.get("city") == hv.get("city"))
        if not same:
            continue
        new = {**loc, "detail": name}
        if hv.get("level") != "prefecture":
            new["county"] = hv.get("name")
        r.set("location", new, *r.fields["location"].evidence, ctx.evidence(z0, z1))


#: What may stand before a name opening a list item: the item's mark (``1.``, ``（1）``, ``①``, ``◆``).
_ITEM_MARK = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑳]|[◆●■▲◇□○★☆•])\s*")


#: The firm an item names right after its project (``1.甲项目，某某有限公司投资，…``, ``◆乙项目：
#: 某某集团投资3.6亿元，…``), at the head of a clause of the item.
_ITEM_FIRM = re.compile(r"(?:由)?(?P<inv>[\u4e00-\u9fffA-Za-z（）()]{2,30}?"
                        r"(?:有限责任公司|股份有限公司|有限公司|股份公司|集团|公司))"
                        r"(?:共同|独资|全资)?(?:投资|出资)")


#: Where an item says its project is built: settled in (``落户某镇``), sited at (``建设地点位于某县某镇``)
#: or built in a place (``，在某县某镇建设``), at the head of a clause of the item.
_ITEM_SITE = re.compile(r"(?:(?:落户|落地)(?:于|在|到)?|(?:建设地点|项目地点|项目选址|选址)?(?:位于|设在)"
                        r"|(?:将|拟|计划)?在(?=[^，,。；;]{2,16}?(?:建设|新建|兴建|投资|实施)))")


#: A town or zone alone (:data:`_LOCAL`).
_LOCAL_RE = re.compile(_LOCAL)


#: A clause mark an item's clause opens after.
_ITEM_CLAUSE = frozenset(",，:：")


def _item_head_name(text: str, r: Record) -> tuple[int, int] | None:
    """The span of ``r``'s name when it opens a list item (after its mark) and a comma or a colon
    follows it; None otherwise."""
    ev = r.fields["name"].evidence if "name" in r.fields else None
    if not ev:
        return None
    n0, n1 = ev[0].start, ev[0].end
    line = text.rfind("\n", 0, n0) + 1
    if n1 >= len(text) or text[n1] not in _ITEM_CLAUSE or not _ITEM_MARK.fullmatch(text, line, n0):
        return None
    return n0, n1


def _item_site(ctx: RecordContext, r: Record, i0: int, i1: int) -> None:
    """The place a list item says its project is built (see :data:`_ITEM_SITE`) is its location:
    a county there (``在某县某镇建设``) over the story's place, and the town or zone after it (or
    alone: ``落户某镇``) its ``detail``."""
    text = ctx.text
    for m in _ITEM_SITE.finditer(text, i0, i1):
        if text[m.start() - 1] not in _ITEM_CLAUSE:
            continue  # the head of a clause only (``由甲县与乙市共同引进``: no site)
        p = m.end()
        at = [pl for pl in ctx.mentions_in("places", p, min(i1, p + 16)) if isinstance(pl.value, dict)
              and pl.value.get("level") in ("prefecture", "county", "district", "zone")]
        place = next((pl for pl in at if pl.start == p), None)
        if place is not None and place.value.get("level") == "prefecture":
            place = next((pl for pl in at if pl.start == place.end
                          and pl.value.get("level") in ("county", "district", "zone")), None)
        loc = r.get("location")
        if place is not None:
            new = location_of(place)
            new.pop("code", None)
            ev = [ctx.evidence(place.start, place.end)]
            town = _TOWN_AND_VILLAGE.match(text, place.end, i1) \
                if place.value.get("level") in ("county", "district") else None
            if town is not None and text[town.end():town.end() + 1] not in "区园":
                new["detail"] = town.group()
                ev.append(ctx.evidence(*town.span()))
            r.set("location", new, *ev)
            return
        local = _LOCAL_RE.match(text, p, i1)
        if local is not None and loc is not None and not loc.get("detail") \
                and not re.match(r"[\u4e00-\u9fff]", text[local.end():local.end() + 1] or "，"):
            r.set("location", {**loc, "detail": local.group()}, *r.fields["location"].evidence,
                  ctx.evidence(*local.span()))
        return


#: The place all the projects of an event are to be built, introducing their list
#: (``此次签约的项目均将在某飞地产业园建设：``, ``签约项目全部落户某经开区：``).
_ALL_BUILT_AT = re.compile(r"(?:签约|引进|落户|开工)的?(?:项目|企业)(?:均|全部|都)(?:将|已)?"
                           r"(?:落户|落地|入驻|在)(?:于|在|到)?(?P<p>[\u4e00-\u9fff]{2,16}?"
                           r"(?:镇|乡|街道|区|园|基地|新城|组团))(?:建设|落地|实施|投资)?[：:]")


#: Where a park is (``某飞地产业园位于某经开区``): its host, a zone or a county.
_PARK_SITS = "位于"


def _all_built_at(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """The projects listed after a lead-in that builds them all in one place (``此次签约的项目均将在
    某飞地产业园建设：甲…；乙…``) are there: the place is their ``detail``, and where the page tells
    where that place is (``某飞地产业园位于某经开区``, a park one county builds in another), the host's
    county and city are theirs, not those of the county that signed them."""
    text = ctx.text
    for m in _ALL_BUILT_AT.finditer(text, art.start, art.end):
        place = m.group("p")
        p0, p1 = m.span("p")
        stop = ctx.next_mark(_FULL_STOPS, m.end())
        members = [r for r in records if r.kind == "project" and "name" in r.fields
                   and r.fields["name"].evidence and m.end() <= r.fields["name"].evidence[0].start < stop]
        if not members:
            continue
        host = None
        at = text.find(place + _PARK_SITS, art.start, art.end)
        if at >= 0:
            h0 = at + len(place) + len(_PARK_SITS)
            host = next((pl for pl in ctx.mentions_in("places", h0, h0 + 16) if pl.start == h0
                         and isinstance(pl.value, dict)
                         and pl.value.get("level") in ("county", "district", "zone")), None)
        if host is None:
            host = next((pl for pl in ctx.mentions_in("places", p0, p1) if pl.start == p0 and pl.end == p1
                         and isinstance(pl.value, dict) and pl.value.get("level") == "zone"), None)
        for r in [r for r in records if r.kind == "project" and r.get("name") == place
                  and r.get("investment_cny") is None]:
            records.remove(r)  # the place the projects go to, told of on its own: no project itself
        for r in members:
            loc = dict(r.get("location") or {})
            ev = [ctx.evidence(p0, p1)]
            if host is not None:
                new = location_of(host)
                new.pop("code", None)
                loc = {**loc, **{k: new.get(k) for k in ("province", "city", "county")}}
                ev.append(ctx.evidence(host.start, host.end))
            loc["detail"] = place
            r.set("location", {k: loc.get(k) for k in ("province", "city", "county", "detail")}, *ev)


#: A project settling right after its name (``甲项目落户某区某镇``, ``…项目正式落户于某县``).
_SETTLES_RIGHT_AFTER = re.compile(r"(?:正式|成功|已|将)?(?:落户|落地|选址)(?:于|在|到)?")


def _settled_county(ctx: RecordContext, records: list[Record]) -> None:
    """A county or district printed where a project settles, right after its name (``由甲县与乙区
    共建的展销中心项目落户乙区某镇``), is where it is built, over the story's county (the county
    promoting it, or its investor's); the town after it is its ``detail``."""
    text = ctx.text
    for r in records:
        if r.kind != "project" or not r.get("location") or not r.fields["name"].evidence:
            continue
        n1 = r.fields["name"].evidence[0].end
        m = _SETTLES_RIGHT_AFTER.match(text, n1)
        if m is None:
            continue
        place = next((pl for pl in ctx.mentions_in("places", m.end(), m.end() + 12)
                      if pl.start == m.end() and isinstance(pl.value, dict)
                      and pl.value.get("level") in ("county", "district")), None)
        loc = r.get("location")
        if place is None or place.value.get("county") == loc.get("county"):
            continue
        new = location_of(place)
        new.pop("code", None)
        ev = [ctx.evidence(place.start, place.end)]
        town = _TOWN_AND_VILLAGE.match(text, place.end, ctx.next_mark(_CLAUSE_ENDS, place.end))
        if town is not None:
            new["detail"] = town.group()
            ev.append(ctx.evidence(*town.span()))
        r.set("location", new, *ev)


def _item_heads(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose name opens a list item (``1.甲项目，某公司投资，协议金额X，落户某镇；``,
    ``◆乙项目：某公司投资X，在某县某镇建设，…。``) takes from its own item the firm that invests
    and the place where it is built, over what the story around gave (the venue of a signing, the
    county that promotes it)."""
    text = ctx.text
    for r in records:
        if r.kind != "project":
            continue
        head = _item_head_name(text, r)
        if head is None:
            continue
        i1 = ctx.next_mark(_ITEM_ENDS, head[1])
        if i1 < 0:
            i1 = len(text)
        firm = next((f for f in _ITEM_FIRM.finditer(text, head[1] + 1, i1)
                     if text[f.start() - 1] in _ITEM_CLAUSE), None)
        if firm is not None:
            r.set("investor", firm.group("inv"), ctx.evidence(*firm.span("inv")))
        if text.find("在", head[1], i1) >= 0 or text.find("落户", head[1], i1) >= 0 \
                or text.find("位于", head[1], i1) >= 0:
            _item_site(ctx, r, head[1] + 1, i1)


#: A later clause of a project's sentence telling where it lies (``…近日竣工，总投资7.6亿元，位于某镇循环
#: 经济园。``): a town, or a zone or park, maybe after its town, closing the clause.
_SITED_LATER = re.compile(r"[，,](?:项目|该项目)?(?:位于|坐落于|选址于?)(?P<d>[\u4e00-\u9fff]{2,14}?"
                          r"(?:镇|乡|街道|园区|园|开发区|高新区|经开区|工业集中区|产业集聚区|集中区))(?=[。；;，,]|$)")


def _sited_later(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no ``detail`` whose sentence goes on, no other project named between, to a
    clause telling where it lies (see :data:`_SITED_LATER`): that place is its ``detail``
    (no county or city inside it: that would be a place of its own)."""
    text = ctx.text
    starts = sorted(r.fields["name"].evidence[0].start for r in records
                    if r.kind == "project" and "name" in r.fields and r.fields["name"].evidence)
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or loc.get("detail") or not r.fields["name"].evidence:
            continue
        n1 = r.fields["name"].evidence[0].end
        s1 = ctx.next_mark(frozenset("。！？!?\n"), n1)
        s1 = len(text) if s1 < 0 else s1
        m = _SITED_LATER.search(text, n1, s1 + 1)
        if m is None or any(n1 <= x < m.start() for x in starts) or re.search(r"[县市州]", m.group("d")):
            continue
        r.set("location", {**loc, "detail": m.group("d")}, *r.fields["location"].evidence,
              ctx.evidence(*m.span("d")))


#: A town opening a clause as the party talking with a firm about the project the clause names
#: (``某镇正与一家食品企业洽谈甲项目``, ``某乡与一家央企洽谈的乙项目``).
_TOWN_IN_TALKS = re.compile(r"(?P<town>[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))(?:正在|正|已经|已)?(?:与|同|和)"
                            r"[^，,。；;]{2,24}?(?:洽谈|磋商|对接)")


def _town_in_talks(ctx: RecordContext, records: list[Record]) -> None:
    """A project in talks whose clause opens on a town talking with a firm (see :data:`_TOWN_IN_TALKS`)
    lies in that town: it is its ``detail`` when it has none."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not r.fields["name"].evidence or (loc and loc.get("detail")):
            continue
        n0 = r.fields["name"].evidence[0].start
        c0 = max(text.rfind(c, 0, n0) for c in "，,。；;：:\n") + 1
        if text.startswith(("其中", "同时", "此外"), c0):
            continue  # (the clause of a word opening the sentence: the town's clause is the next one)
        m = _TOWN_IN_TALKS.match(text, c0, n0)
        if m is None:
            continue
        new = {**(loc or {}), "detail": m.group("town")}
        new.pop("code", None)
        r.set("location", new, *(r.fields["location"].evidence if loc else ()), ctx.evidence(*m.span("town")))


#: A town opening a headline by its name alone (``某某镇3个工业项目集中签约``), before what it did.
_TOWN_OPENS = re.compile(r"(?P<town>[^\W\d_A-Za-z区县市省州的于在镇乡]{2,3}(?:镇|乡|街道))"
                         r"(?=[^，,。；;\s]{0,12}?(?:\d+|[一两二三四五六七八九十]{1,3})个[^，,。；;\s]{0,6}?项目)")
#: Any town named (``某某镇``, ``某某乡``, ``某某街道``).
_ANY_TOWN = re.compile(r"[^\W\d_A-Za-z区县市省州的于在镇乡和与、]{2,3}(?:镇(?![村])|乡(?![村镇亲])|街道)")


def town_story(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A story whose headline opens on a town's projects counted (``某某镇3个工业项目集中签约``) and whose
    lead names that town and no other: its projects with no detail lie in that town."""
    if art.article is None or not 0 <= art.article < len(ctx.doc.articles):
        return
    ev = ctx.doc.articles[art.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text):
        return
    m = _TOWN_OPENS.match(ctx.text, ev.start, ev.end)
    lead = next((s for s in ctx.sentences(art) if s.start >= ev.end), None)
    if m is None or lead is None:
        return
    town = m.group("town")
    named = {t.group() for t in _ANY_TOWN.finditer(ctx.text, lead.start, lead.end)}
    if named != {town}:
        return
    for r in records:
        loc = r.get("location")
        if r.kind == "project" and isinstance(loc, dict) and loc.get("county") and not loc.get("detail"):
            r.set("location", {**loc, "detail": town}, *r.fields["location"].evidence,
                  ctx.evidence(*m.span("town")))


def provincial_zones(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A zone the gazetteer holds under its province alone, across cities (a national new area such as
    ``某安新区`` between two cities), named as a project's ``detail``: the project has no city or county,
    whatever city the story names elsewhere (``由某阳一家国有企业牵头建设的…``)."""
    zones = {n for m in ctx.mentions_in("places", art.start, art.end) if isinstance(m.value, dict)
             and m.value.get("level") == "zone" and m.value.get("province")
             and not m.value.get("city") and not m.value.get("county")
             for n in (m.value.get("name"), m.surface) if n}
    if not zones:
        return
    for r in records:
        loc = r.get("location")
        if r.kind == "project" and isinstance(loc, dict) and loc.get("city") and loc.get("detail") \
                and any(str(loc["detail"]).startswith(z) for z in zones):
            new = {k: v for k, v in loc.items() if k != "code"}
            r.set("location", {**new, "city": None, "county": None}, *r.fields["location"].evidence)
