"""Where a project is built: its site, town, park and county."""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import methodcaller
from typing import Any

from newsmill.core.model import Mention, Record
from newsmill.plugins.extract_projects.clauses import (
    _ends_with_de,
    _same_item,
)
from newsmill.plugins.extract_projects.patterns import (
    _ABOUT_NEXT,
    _BY_AGREEMENT,
    _COMPANY_FORM,
    _DONE_NOW,
    _EVENT_PROJECTS,
    _INVESTOR_LOOK,
    _LOCAL,
    _PARK_PLANT,
    _PRESENT,
    _SEMICOLONS_COMMAS,
    SHORT_NAME,
    UNNAMED_FIRM,
    parts_done_ahead,
)
from newsmill.zh.brands import brand_head
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, target_in
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.money import SUM_FIGURE
from newsmill.zh.projects import AT_WORK_ON_SITE, NameSpan, find_names, phased_park
from newsmill.zh.recctx import CLAUSE_END, RecordContext, Span


def _zone_resolver(ctx: RecordContext, floor: int) -> Callable[[str, int], str | None]:
    """What resolves a zone named by its kind alone (``新区``, ``园区``) at a position: the last
    development zone of that kind the article named before it in full (``某某新区``); ``园区`` after a
    list of zones stays generic."""
    def resolve(kind: str, pos: int) -> str | None:
        if kind == "期":
            return _one_firm(ctx, floor) or _speakers_firm(ctx, floor, pos)
        if kind.startswith("期"):  # 产业园二期工程: the park whose first phase was named before
            return phased_park(ctx.text, floor, pos, kind[1:])
        best = None
        for m in ctx.mentions_in("places", floor, pos):
            name = ctx.text[m.start:m.end]
            if isinstance(m.value, dict) and m.value.get("level") == "zone" and m.end <= pos \
                    and len(name) > len(kind) and (kind == "园区" or name.endswith(kind)) \
                    and (best is None or m.start > best.start):
                best = m
        if kind == "园区" and (park := _park_in_paragraph(ctx, max(floor, best.end if best else floor), pos)):
            return park  # 第四站…来到某产业园。…园区二期项目: the park of the paragraph, not the zone
        if kind == "园区" and best is None and _PHASE_AFTER.match(ctx.text, pos + 2) \
                and (park := _park_in_article(ctx, floor, pos)):
            return park  # 某某数字经济产业园与18家企业签约。…园区二期项目总投资…: that park's phase
        if best is None or (kind == "园区" and (ctx.text[best.start - 1:best.start] in _LISTED_WITH
                                                 or ctx.text[best.end:best.end + 1] in _LISTED_WITH)):
            return None  # 加快甲开发区、乙开发区扩区…，推动园区标准化厂房建设: the parks in general
        return ctx.text[best.start:best.end]
    return resolve


#: A park built as works, by its kind (``某某产业园``, ``某某物流园``), not a zone of the gazetteer.
_WORKS_PARK = re.compile(r"(?:产业园|工业园|物流园|科技园|创业园|农业园|示范园)$")


def _park_in_paragraph(ctx: RecordContext, lo: int, pos: int) -> str | None:
    """The last park built as works (:data:`_WORKS_PARK`) named in the paragraph of ``pos`` after
    ``lo``: what ``园区`` right after it means (``…走进某县枸杞深加工产业园。…园区二期项目…``)."""
    text = ctx.text
    para = max(lo, text.rfind("\n", 0, pos) + 1)
    if text.find("园", para, pos) < 0:
        return None
    parks = [n.name for n in find_names(text, para, pos) if _WORKS_PARK.search(n.name)]
    return parks[-1] if parks else None


_WORKS_PARK_WORD = re.compile(_WORKS_PARK.pattern.removesuffix("$"))
#: A park's name told as works (``某某物流园一期项目``, ``某某产业园项目``).
_NAMED_AS_WORKS = re.compile(r"(?:[(（]?[一二三四五六七八九十]期[)）]?|首期)?(?:项目|工程)"
                             r"|[一二三四五六七八九十]期")
#: A later phase right after ``园区`` (``园区二期项目``, ``园区三期工程``).
_PHASE_AFTER = re.compile(r"[二三四五]期(?:项目|工程)")


def _park_in_article(ctx: RecordContext, floor: int, pos: int) -> str | None:
    """The one park built as works (:data:`_WORKS_PARK`) the article from ``floor`` names before
    ``pos``, when the article names no other (a story about one park: ``园区二期项目`` is its phase)."""
    text = ctx.text
    if text.find("园", floor, pos) < 0:
        return None
    parks: set[str] = set()
    for m in _WORKS_PARK_WORD.finditer(text, floor, pos):
        # (the park's name up to its kind, whatever the clause does with it: ``某某产业园与18家企业签约``)
        c0 = max(floor, 1 + max(text.rfind(c, floor, m.start()) for c in "，,。；;：:\n"))
        parks.update(n.name for n in find_names(text, c0, m.end())
                     if n.end == m.end() and _WORKS_PARK.search(n.name))
        if _NAMED_AS_WORKS.match(text, m.end()):
            return None  # 某某物流园一期项目建成投用: the park is works whose phases are read as such
    return parks.pop() if len(parks) == 1 else None


#: What joins the zones of a list (``甲开发区、乙开发区``): ``园区`` after such a list is no one of them.
_LISTED_WITH = frozenset("、和与及")


def _one_firm(ctx: RecordContext, floor: int) -> str | None:
    """The short name of the one firm an article starting at ``floor`` is about (a feature: one
    company, named in full and by its short name, and no other organization), else None."""
    art = next((a for a in ctx.doc.articles if a.start <= floor < a.end), None)
    end = art.end if art is not None else len(ctx.text)
    orgs = ctx.mentions_in("orgs", floor, end)
    names = {str(m.value) for m in orgs}
    if len(orgs) < 2 or len(names) != 1 or not _COMPANY_FORM.search(names.pop()):
        return None
    short = min((ctx.text[m.start:m.end] for m in orgs), key=len)
    return short if 2 <= len(short) <= 6 else None


#: A firm's person speaking, then ``公司`` opening what they say (``某某有限公司总经理某某说，公司…``).
_FIRM_SPEAKS = re.compile(r"(?:总经理|董事长|副总经理|总裁|负责人|厂长)[\u4e00-\u9fff]{2,3}"
                          r"(?:说|表示|介绍|告诉记者)[,，]公司[^，,。；;]{0,8}$")


def _speakers_firm(ctx: RecordContext, floor: int, pos: int) -> str | None:
    """The short name of the firm whose person speaks right before a bare phase
    (``四川某某新材料有限公司总经理某某说，公司正在筹备二期项目`` → ``某某新材料``), else None."""
    m = _FIRM_SPEAKS.search(ctx.text, max(floor, pos - 24), pos)
    if m is None:
        return None
    org = next((o for o in reversed(ctx.mentions_in("orgs", max(floor, m.start() - 30), m.start()))
                if o.end == m.start()), None)
    if org is None:
        return None
    start = org.start
    for place in ctx.mentions_in("places", org.start, org.start + 1):
        start = max(start, place.end)  # (the province or city heading the firm's name)
    short = _COMPANY_FORM.sub("", ctx.text[start:org.end])
    return short if 2 <= len(short) <= 8 else None


#: ``与一家物流企业签订了``: a signing with a partner, right before what the agreement is about.
_SIGNED_WITH = re.compile(r"与(?P<firm>[^，,。；;与]{2,16}?)(?:签订了?|签署了?|签约)$")


#: What a signing is about, after its subject (``…合作协议``, ``…投资框架协议``).
_AGREEMENT_AFTER = re.compile(r"(?:项目)?(?:战略|投资|合作|框架|意向)*协议")


def _unnamed_partners_kind(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """True for a kind of facility agreed on with a firm the text does not name (``与一家物流企业
    签订了冷链物流园合作协议``): no project of its own, neither named, placed nor sized (a
    project with its capacity, ``年产5GWh储能电池项目``, is one)."""
    if re.search(r"\d|项目$", name.name):
        return False
    c0 = ctx.clause_start(name.start, sent.start)
    m = _SIGNED_WITH.search(ctx.text, c0, name.start)
    if m is None or not UNNAMED_FIRM.search(m.group("firm")) \
            or not _AGREEMENT_AFTER.match(ctx.text, name.end, sent.end):
        return False
    return brand_head(name.name, ctx.text) is None and not ctx.mentions_in("places", name.start, name.end)


def _is_zone(ctx: RecordContext, name: NameSpan) -> bool:
    """A name that is a development zone's whole name (``某能源化工基地`` of the zone table, or a
    county and its park, ``某县某工业园区``): the place projects are built in, no project."""
    at, last = name.start, None
    for m in ctx.mentions_in("places", name.start, name.end):  # 某县 + 某工业园区 tile the name too
        if m.start != at or not isinstance(m.value, dict):
            return False
        at, last = m.end, m
    return last is not None and at == name.end and last.value.get("level") == "zone"


def _opening_place(ctx: RecordContext, start: int, end: int, levels: tuple[str, ...] = ("zone",)) -> Any:
    """A development zone opening a name (``某高新区生物医药产业园``) — or, in a table row, a
    county (``准格尔旗煤制烯烃项目``): the project's place.  A city or province opening a name
    may be where the investor comes from."""
    for m in ctx.mentions_in("places", start, start + 1):
        if isinstance(m.value, dict) and m.value.get("level") in levels and m.end < end:
            return m
    return None


#: The project's amount told first, in a clause of its own (``甲项目总投资52亿元，将在某园区建设``).
_AMOUNT_FIRST = r"(?:(?:总投资|计划投资|投资)额?(?:约|达)?\d+(?:\.\d+)?[亿万]元[，,])?"


_LOCAL_LEAD = re.compile(r"(?:比如|例如|如|其中|而|像|在|位于)")


#: ``在某某镇，总投资…的甲项目``, ``位于某高新区的甲项目``, ``某公司在某工业园投资的甲项目``: a local
#: place set before the name.
#: (also where a firm will build what is named right after: ``某公司将在某某乡建设甲基地``,
#: ``…，在某镇打造甲营地项目``)
_DETAIL_AT = re.compile(rf"(?:在|位于)(?P<d>{_LOCAL})(?:的|[,，]|(?:投资|建设|投资建设|新建)的"
                        r"|(?:投资)?(?:建设|新建|兴建|打造)$"
                        # (its sum between: ``在某镇投资4.2亿元，建设``)
                        r"|投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)?元[,，]?(?:建设|新建|兴建)$)")


#: ``将在某县某镇建设甲项目``, ``位于某区某街道的甲项目``: a town printed after its county, set before
#: the name.
_TOWN_IN_COUNTY_AT = re.compile(r"(?:在|位于)[\u4e00-\u9fff]{1,7}?[县区市旗]"
                                r"(?P<d>(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))"
                                r"(?:的|[,，]|(?:投资|建设|投资建设|新建)的|(?:投资)?(?:建设|新建|兴建)$)")


#: ``在某村，投资…的甲项目``, ``在某镇某村建设的甲项目``: a village set before the name (not
#: ``农村``, ``山村``…).
_VILLAGE_AT = re.compile(r"(?:在|位于)(?P<d>[\u4e00-\u9fff]{2,8}?(?<![农乡山渔])村)"
                         r"(?:的|[,，]|(?:建设|新建|实施)的?)")


#: ``某市锂电产业园内，甲项目开工``: a park or zone framing the sentence, its scene.
#: (also a park holding the firm named next, right before the name: ``某县某产业园内的甲公司乙项目``)
_DETAIL_IN = re.compile(rf"(?:[\u4e00-\u9fff]{{1,5}}?[县市区旗])?(?P<d>{_LOCAL})内(?:[,，]|的$)")


#: ``某经济开发区的甲项目``, ``某镇某村的甲项目``: a zone or town (with its village) right before the name.
_DETAIL_OF = re.compile(rf"(?P<d>{_LOCAL}(?:[^\W\d镇乡村]{{2,3}}(?<![农乡山渔])村)?)的$")


#: A town of one character and ``镇`` opening a clause, right before the name (``；某镇的甲公司…项目``);
#: not a class of places (``城镇``, ``乡镇``, ``村镇``, ``各镇``, ``全镇``).
_ONE_CHARACTER_TOWN_OF = re.compile(r"(?<=[，,；;。：:\n])"
                                    r"(?P<d>[^\W\d城乡村集小市县区各全本该每一两重名]镇)的$")


#: ``甲项目已于6月底在某高新区建成投产``: a local place between the name and its event.
#: (also a cluster of a park named alone: ``甲项目在某某组团竣工投产``)
_DETAIL_AFTER = re.compile(rf"(?:[，,](?=(?:总投资|计划投资|投资)))?{_AMOUNT_FIRST}[^，,。；;]{{0,12}}?"
                           # (a village in the town: ``甲项目在某镇某村完工验收``)
                           rf"在(?P<d>(?:{_LOCAL}|[\u4e00-\u9fff]{{2,4}}?组团)"
                           r"(?:[^\W\d镇乡村]{2,3}(?<![农乡山渔])村)?)"
                           # (works under way there: ``甲项目在某工业园区加快建设``)
                           r"(?:加快|加紧|抓紧|全面|有序|顺利)?(?:建成|建设|开工|投产|落地|落户|竣工|完工|签约)")


#: ``甲项目（以下简称…）正式落户某县某镇工业园区``, ``…建设甲项目，落户某工业园区``, ``甲项目总投资
#: 5亿元，落户某工业园区``: the town or park a project settles in.
_DETAIL_SETTLES = re.compile(rf"{_AMOUNT_FIRST}(?:[，,](?=落户))?[^，,。；;]{{0,20}}?"
                             rf"(?:落户|落地)(?:于|在|到)?"
                             rf"(?:[\u4e00-\u9fff]{{1,5}}?[县市区旗])?(?P<d>{_LOCAL})")


#: ``高庙镇设施农业产业园项目``, ``某某片区电子信息产业园``: a town or an area of a zone opening the name.
_TOWN_OPENS = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,3}(?:镇|乡|街道|片区)(?![至到])(?=[\u4e00-\u9fff]{4}|\d)"
                         # (a town of four characters, a capacity after it: ``某某某某镇220千伏输变电工程``)
                         r"|[^\W\d_A-Za-z县市区旗省州]{4}镇(?=\d)"
                         # an ethnic township with its village (``某某苗族乡某某村产业路项目``)
                         r"|[\u4e00-\u9fff]{1,3}?(?:苗族|彝族|藏族|羌族|回族|土家族|蒙古族|布依族|侗族|瑶族)+乡"
                         r"(?:[^\W\d镇乡村]{2,3}村)?(?=[\u4e00-\u9fff]{4})"
                         # a township of Inner Mongolia's pastures (``某某塔拉苏木20万千瓦光伏项目``)
                         r"|[^\W\d_A-Za-z县市区旗省州]{2,4}?苏木(?=[\u4e00-\u9fff\d]{4})")


#: ``该村`` right before a name: the village the sentence before named.
_THIS_VILLAGE = re.compile(r"该村[^,，。;；]{0,10}$")


#: A village, with its town first when printed (``某某镇某某村``).
_VILLAGE = re.compile(r"(?:[^\W\d县市区省州]{2,3}(?:镇|乡|街道))?[^\W\d县市区省州镇乡]{2,3}村(?=[,，。;；])")


def _village_before(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """The village (with its town) named in the sentence before when ``该村`` leads to the name
    (``走进某镇某村,…。这是该村今年实施的甲项目``); None otherwise."""
    if not _THIS_VILLAGE.search(text, max(sent.start, name.start - 14), name.start):
        return None
    prev = max(text.rfind("\n", 0, sent.start) + 1, sent.start - 120)
    found = list(_VILLAGE.finditer(text, prev, sent.start))
    return found[-1] if found else None


#: Sets of clause-ending characters looked up with ``RecordContext.last_mark``/``next_mark`` (each
#: stands for ``max(text.rfind(c, …) for c in …)`` or ``min(text.find(c, …) …)`` over its characters).
_SEMICOLONS = frozenset("；;")


def _detail_around(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """The match of the town, zone or village printed around a name (the patterns above, the last
    one set before the name first), else None."""
    lo = max(sent.start, name.start - 40)
    lo = max(lo, text.rfind("；", lo, name.start) + 1)  # (a town of the item before is its project's)
    # the words each pattern needs (在/位于, 内, 的 right before the name) before running it: the
    # zone patterns open with a lazy run of characters the engine would try at every position
    found = [*_DETAIL_AT.finditer(text, lo, name.start), *_VILLAGE_AT.finditer(text, lo, name.start),
             *_TOWN_IN_COUNTY_AT.finditer(text, lo, name.start)] \
        if text.find("在", lo, name.start) >= 0 or text.find("位于", lo, name.start) >= 0 else []
    if text.find("内", lo, name.start) >= 0:
        found.extend(_DETAIL_IN.finditer(text, lo, name.start))
    if len(found) > 1:
        found.sort(key=_MATCH_START)
    m = found[-1] if found else _detail_next_to(text, sent, name)
    if m is None and lo > sent.start:
        m = _framing_zone(text, sent, lo)
    return m if m is not None else _village_before(text, sent, name)


def _framing_zone(text: str, sent: Span, item: int) -> re.Match | None:
    """A zone or town framing the whole sentence in its first clause (``某工业园区内，…；乙项目…``,
    ``在某园区，…；…``): the scene of every ``；``-item, when the item at ``item`` names no place."""
    c1 = min((k for k in (text.find(c, sent.start, item) for c in ",，") if k >= 0), default=-1)
    if c1 < 0:
        return None
    for pat in (_DETAIL_IN, _DETAIL_AT):
        m = pat.search(text, sent.start, c1 + 1)
        if m is not None and m.end() == c1 + 1:
            before = text[sent.start:m.start()].strip()
            if not before or before.endswith(("讯", "）", ")")):  # (after a dateline: 本报讯 在某园区，)
                return m
    return None


def _detail_next_to(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """A zone or town right before the name (``…开发区的``), between it and its event (``在…建成``),
    where it settles (``落户…``) or opening it; each pattern only where its word is."""
    lo = max(sent.start, name.start - 14)
    m = _DETAIL_OF.search(text, lo, name.start) if _ends_with_de(text, lo, name.start) else None
    if m is None and text.startswith("镇的", name.start - 2):
        m = _ONE_CHARACTER_TOWN_OF.search(text, max(sent.start, name.start - 4), name.start)
    if m is None and text.find("在", name.end, min(sent.end, name.end + 36)) >= 0:
        # (the amount's clause may stand between: ``甲项目，总投资4.2亿元，7月15日在某镇开工``)
        m = _DETAIL_AFTER.match(text, name.end, sent.end)
    if m is None and text.find("落户", name.end, min(sent.end, name.end + 22)) >= 0:
        m = _DETAIL_SETTLES.match(text, name.end, sent.end)
    return m or _TOWN_OPENS.match(text, name.start, name.end)


#: The start of a match (sort key).
_MATCH_START = methodcaller("start")


#: A town or township heading a project's name, right before its capacity (``某某镇年屠宰…``).
_TOWN_HEAD = re.compile(r"([\u4e00-\u9fff]{1,4}(?:镇|乡|街道))(?=年产|年屠宰|年加工|年出栏|年处理|年生产)")


#: A demonstrative opening a detail (``这一片区``, ``该园区``, ``此区域``, ``那片园区``): an area pointed
#: back to.
_POINTED_AREA = re.compile(r"(?:这|此|该|那(?=[一个片]))")


def _local_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A town or zone printed around a project's name (see the patterns above) is its ``detail``
    when the place mentions gave none."""
    text = ctx.text
    town = _TOWN_HEAD.match(text, name.start, name.end)
    if town is not None:  # 某某镇年屠宰…项目: the town heading the name is where it is built
        r.set("location", {**r.get("location"), "detail": town.group(1)}, *r.fields["location"].evidence,
              ctx.evidence(*town.span(1)))
        return
    m = _detail_around(text, sent, name)
    if m is None:
        return
    d0, d1 = m.span("d") if "d" in m.re.groupindex else m.span()
    lead = _LOCAL_LEAD.match(text, d0, d1)
    if lead is not None:
        d0 = lead.end()
    if text.endswith(("镇", "乡", "街道"), d0, d1):
        for county in ctx.mentions_in("places", d0, d0 + 1):
            if county.end < d1 and (county.value or {}).get("level") == "county":
                d0 = county.end  # 在某区某街道开工: the street is the detail, the district its place
    if d1 - d0 < 3 and m.re is not _ONE_CHARACTER_TOWN_OF:
        return
    if _POINTED_AREA.match(text, d0, d1):
        return  # ``同在这一片区，…``: an area pointed back to, no place's name
    if text.startswith("同在", d0):  # 同在开发区的乙项目: the zone of the kind named before it
        zone = _zone_named_before(ctx, sent, text[d0 + 2:d1])
        if zone is None:
            return
        d0, d1 = zone
    loc = dict(r.get("location"))
    loc["detail"] = text[d0:d1]
    r.set("location", loc, *r.fields["location"].evidence, ctx.evidence(d0, d1))


def _zone_named_before(ctx: RecordContext, sent: Span, kind: str) -> tuple[int, int] | None:
    """The zone ``同在开发区`` points back to: the last zone of that kind (``开发区``, ``园区``, ``高新区``)
    the article names before the sentence (a place and the kind right after it, ``某某经济开发区``, when
    the zone has no entry of its own), as its span, else None."""
    if not kind or sent.article is None or not 0 <= sent.article < len(ctx.doc.articles):
        return None
    art = ctx.doc.articles[sent.article]
    found = ctx.mentions_in("places", art.start, sent.start)
    zones = [m for m in found if isinstance(m.value, dict) and m.value.get("level") == "zone"
             and ctx.text.endswith(kind, m.start, m.end)]
    if zones:
        return zones[-1].start, zones[-1].end
    tail = re.compile(r"[\u4e00-\u9fff]{0,6}?" + re.escape(kind))
    for m in reversed(found):  # 某某经济开发区 with no entry of its own: the place and the kind after it
        if isinstance(m.value, dict) and m.value.get("level") in ("county", "prefecture") \
                and (t := tail.match(ctx.text, m.end, sent.start)) is not None:
            return m.start, t.end()
    return None


#: A project set in the park by its kind alone, after its name (``甲项目在园区开工``, ``…今年7月签约落户
#:园区``).
_IN_BARE_PARK = re.compile(r"[^，,。；;]{0,14}?(?:在|落户(?:于|在|到)?|入驻|落地)园区(?![内外里])")


#: A park's whole name (``某某绿色产业园``, ``某工业园区``).
_WHOLE_PARK = re.compile(r"(?:工业园区|产业园区|工业园|产业园)$")


#: A bare ``园区`` before the name in its sentence, as its scene or its builder
#: (``在园区东区，甲公司乙项目…``, ``同在园区的甲公司乙项目``, ``园区正在建设的甲中心项目``); not the end
#: of a park's own name (``某工业园区``).
_BARE_PARK_BEFORE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=在))园区(?![内外里])")


#: A park named by its office, after the place opening it (``某区生物医药产业园管委会``).
_PARK_OFFICE = re.compile(r"(?P<park>[\u4e00-\u9fff]{0,10}?(?:产业园区|工业园区|产业园|工业园))"
                          r"(?:管委会|管理委员会)")


def _bare_park_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project set ``在园区`` or ``落户园区`` after its name, or told in a sentence that opens on a bare
    ``园区`` before it (:data:`_BARE_PARK_BEFORE`), is in the park the article named before it, when it
    named only one (``依托某某产业园…。甲项目在园区竣工投产``): that park is its detail."""
    text = ctx.text
    if not (_IN_BARE_PARK.match(text, name.end, sent.end)
            or _BARE_PARK_BEFORE.search(text, sent.start, name.start)) \
            or sent.article is None or not 0 <= sent.article < len(ctx.doc.articles):
        return
    art = ctx.doc.articles[sent.article]
    parks: dict[str, tuple[int, int]] = {}
    named = [(n.start, n.end) for n in find_names(text, art.start, sent.start) if _WHOLE_PARK.search(n.name)]
    for place in ctx.mentions_in("places", art.start, sent.start):
        if (office := _PARK_OFFICE.match(text, place.start, sent.start)) is not None:
            named.append((office.start(), office.end("park")))  # 记者从某区某产业园管委会获悉: that park
    for n0, n1 in named:
        p0 = n0
        for m in ctx.mentions_in("places", n0, n1):  # 某县某产业园: the park without its county
            if m.start == p0 and isinstance(m.value, dict) and m.value.get("level") != "zone":
                p0 = m.end
        if n1 - p0 >= 4:
            parks.setdefault(text[p0:n1], (p0, n1))
    if len(parks) == 1:
        (park, span), = parks.items()
        r.set("location", {**r.get("location"), "detail": park}, *r.fields["location"].evidence,
              ctx.evidence(*span))


#: A village's collective (``某镇某村股份经济合作社``, ``某村集体经济组织``): its village, with its town
#: when printed, is where the collective's project stands.
_COLLECTIVE_VILLAGE = re.compile(r"(?P<d>(?:[^\W\d县市区省州与和及的]{2,4}?(?:镇|乡|街道))?"
                                 r"[^\W\d县市区省州镇乡与和及的]{1,4}?村)"
                                 r"(?:股份)?(?:经济)?(?:合作社|集体经济组织)")


#: A town heading the clause before a firm's name (``平凯街道的某家庭农场投资…建设的甲项目``).
_TOWN_OF_FIRM = re.compile(r"(?:另外|此外|其中|同时|同样)?[,，]?(?P<d>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))的"
                           r"(?=[^,，。;；]{2,30}?(?:投资|出资))")


def _collective_village_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project with no detail whose investor or partner is a village's collective (``由某镇某村股份
    经济合作社投资建设的甲项目``, ``甲项目由某村股份经济合作社引进…``, ``某公司与某村股份经济合作社合作的
    甲项目``) stands in that village; a town heading the investing firm's clause (``某街道的某家庭农场
    投资…的甲项目``) is its town."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    m = _COLLECTIVE_VILLAGE.search(str(r.get("investor") or ""))
    if m is not None:
        inv = r.fields["investor"].evidence[0]
        d0, d1 = inv.start + m.start("d"), inv.start + m.end("d")
    else:
        found = list(_COLLECTIVE_VILLAGE.finditer(text, c0, name.start)) \
            if text.find("村", c0, name.start) >= 0 else []
        if not found and text.startswith("由", name.end):  # (甲项目由某村股份经济合作社引进…)
            found = [m for m in [_COLLECTIVE_VILLAGE.match(text, name.end + 1)] if m is not None]
        town = _TOWN_OF_FIRM.match(text, c0, name.start) if not found else None
        if not found and town is None:
            return
        d0, d1 = found[-1].span("d") if found else town.span("d")
    if text[d0:d1].startswith(("该", "本", "全")):
        return
    r.set("location", {**r.get("location"), "detail": text[d0:d1]}, *r.fields["location"].evidence,
          ctx.evidence(d0, d1))


#: Words of a visit or a site inside the run a zone pattern took before a zone (``首站来到位于某工业园区``).
_SITE_WORD = re.compile(r".*(?:位于|来到|走进|前往)")


def _after_site_word(text: str, d0: int, d1: int) -> int:
    """Where a detail starts after the last word of a visit or a site in ``text[d0:d1]``."""
    m = _SITE_WORD.match(text, d0, d1)
    return m.end() if m is not None and d1 - m.end() >= 3 else d0


#: A land port at the head of a works' name, after its county maybe (``某某口岸综合物流园项目``,
#: ``某州某县某某口岸一家进口香蕉加工厂``): where the works stand.
_PORT_IN_NAME = re.compile(r"(?:^|(?<=[县市区州旗]))(?P<port>[^\W\d县市区州省镇乡旗]{2,4}?口岸)"
                           r"(?=[^\W\d]{2})")


#: A kind of port, no port's name (``铁路口岸``, ``公路口岸``, ``一类口岸``).
_PORT_KIND = re.compile(r"(?:铁路|公路|水路|水运|航空|陆路|陆地|边境|国际|一类|二类|沿边|内陆"
                        r"|空港|海港|河港)口岸")


def port_detail(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """A land port heading the name of a works with no detail yet (see :data:`_PORT_IN_NAME`) is its
    ``detail``."""
    loc = r.get("location")
    if not loc or loc.get("detail") is not None or "口岸" not in ctx.text[name.start:name.end]:
        return
    m = _PORT_IN_NAME.search(ctx.text[name.start:name.end])
    if m is None or m.start("port") > 12 or _PORT_KIND.fullmatch(m.group("port")):
        return  # (``铁路口岸综合…``: a kind of port, no port named)
    p0, p1 = name.start + m.start("port"), name.start + m.end("port")
    r.set("location", {**loc, "detail": ctx.text[p0:p1]}, *r.fields["location"].evidence,
          ctx.evidence(p0, p1))


def _own_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A zone or town told right next to the name (``某产业区的甲项目``, ``甲项目落户某开发区``)
    is the project's own ``detail``, over one a place mention earlier in the sentence gave (the
    zone of the item before: ``位于甲开发区的A项目…；乙产业区的B项目…``)."""
    m = _detail_next_to(ctx.text, sent, name)
    if m is None or "d" not in m.re.groupindex:
        return
    d0, d1 = m.span("d")
    lead = _LOCAL_LEAD.match(ctx.text, d0, d1)
    if lead is not None:
        d0 = lead.end()
    d0 = _after_site_word(ctx.text, d0, d1)
    if ctx.text.startswith("同在", d0):  # 同在开发区的乙项目: the zone of the kind named before it
        zone = _zone_named_before(ctx, sent, ctx.text[d0 + 2:d1])
        if zone is None:
            return
        d0, d1 = zone
    loc = r.get("location")
    if d1 - d0 < 3 or ctx.text[d0:d1] == loc.get("detail"):
        return
    r.set("location", {**loc, "detail": ctx.text[d0:d1]},
          *r.fields["location"].evidence, ctx.evidence(d0, d1))


#: How a list item naming its investor first may open (``其中，``, ``签约项目中，``, ``根据协议，``).
_ITEM_OPENER = rf"(?:其中|另外|此外|同时|{_EVENT_PROJECTS}|{_BY_AGREEMENT})?"


#: A part of a list opening with its investor, then the amount, then what it builds
#: (``某集团将投资18亿元，在…打造甲项目``, ``某株式会社追加投资1.2亿美元，扩建乙生产线``,
#: ``某公司旗下企业拟投资25亿港元建设丙项目``).
_INVESTOR_HEAD = re.compile(_ITEM_OPENER + r"[,，]?(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,20}?)"
                            r"(?:旗下(?:企业|公司))?(?:拟|将|计划)?(?:追加|增资|再)?投资"
                            rf"(?=[\d约近超逾]|人民币|{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元))")


#: A company at an item's head building the name right after a place (``其中，某某股份有限公司将在某高新区
#: 某园区建设甲项目``).
_INVESTOR_BUILDS_AT = re.compile(_ITEM_OPENER + r"[,，]?(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,20}?)"
                                 r"(?:拟|将|计划)?在[^,，;；。]{2,16}?(?:投资)?(?:新建|建设|打造)")


def _investor_heading(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The investor heading the list item of a name (see :data:`_INVESTOR_HEAD`)."""
    text = ctx.text
    s0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS, sent.start, name.start))
    m = _INVESTOR_HEAD.match(text, s0, name.start) or _INVESTOR_BUILDS_AT.fullmatch(text, s0, name.start)
    if m is None or not _INVESTOR_LOOK.search(m.group("inv")):
        return
    r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))


#: A sentence's subject investing in one place after another (``某集团将在甲市投资…建设…，在乙县…``).
_SUBJECT_INVESTS = re.compile(r"(?:(?:根据|按照)(?:协议|规划|计划)[,，])?"
                              r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,12}?)"
                              r"(?:还|也|又)?(?:将|拟|计划|准备|预计)?(?:分别)?在")


#: The clause of an item of such a sentence, up to the name: ``在某地投资N亿元建设``, also with the
#: works in a clause of their own (``在某镇投资4.2亿元，建设``).
_IN_PLACE_INVESTS = re.compile(r"(?:[^,，;；。]{0,16}?)在[^,，;；。]{1,16}?投资[^,，;；。]{0,16}"
                               r"(?:[,，](?:新建|建设|兴建|打造))?$")


#: A clause of the building verb alone before a name (``，建设甲项目``).
_BUILD_CLAUSE = re.compile(r"(?:新建|建设|兴建|打造)")


#: A sum closing a clause (``投资4.2亿元，``).
_SUM_CLOSES = re.compile(r"投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)?元[,，]")


#: A firm's short form: its name and ``公司`` or ``集团`` with no legal form (``某某公司``).
_SHORT_FORM_TAIL = re.compile(r"(?:公司|集团)$")


#: A company's legal form (``有限公司``, ``股份公司``): a full name, no short form.
_FULL_LEGAL_FORM = re.compile(r"(?:有限|股份|责任)(?:公司)?|有限公司|集团公司")


def _investor_subject(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The subject opening a sentence whose items invest place by place (``某集团将在甲市投资…建设甲项目，
    在乙县投资…建设乙项目``) invests in each item's project.  A short subject (``中国某某``) is the
    company named before in the article whose full name begins with it or that was given it as a
    short name (``（以下简称“…”）``)."""
    text = ctx.text
    c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start))
    if c0 > sent.start and _BUILD_CLAUSE.fullmatch(text, c0, name.start):
        # 某公司将在某镇投资4.2亿元，建设甲项目: the sum and the works in two clauses
        c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, c0 - 1))
        if not _SUM_CLOSES.search(text, c0, min(c0 + 40, name.start)):
            return
    if not _IN_PLACE_INVESTS.match(text, c0, name.start):
        return
    m = _SUBJECT_INVESTS.match(text, sent.start, name.start)
    if m is None:
        return
    subject = m.group("inv")
    if _INVESTOR_LOOK.search(subject) and not subject.startswith(("该", "这")):
        full = _full_company(ctx, _SHORT_FORM_TAIL.sub("", subject), sent) \
            if _SHORT_FORM_TAIL.search(subject) and not _FULL_LEGAL_FORM.search(subject) else None
        if full is not None:  # 渝味佳公司 for the 某某渝味佳食品有限公司 of the sentence before
            full = _whole_org(ctx, full)
            r.set("investor", text[full[0]:full[1]], ctx.evidence(*full))
        else:
            r.set("investor", subject, ctx.evidence(m.start("inv"), m.end("inv")))
        return
    full = _full_company(ctx, subject, sent)
    if full is not None:
        r.set("investor", text[full[0]:full[1]], ctx.evidence(*full))


#: ``公司位于某高新区的甲项目``: the bare word for the firm the story is about, then where its works are.
_FIRM_WORD_SITED = re.compile(r"(?<![\u4e00-\u9fff])(?:该)?(?:公司|企业|集团)(?:旗下)?位于"
                              r"[^，,。；;]{2,20}?的$")


#: A company's full legal name, after a mark, a joining word or at a line's head.
_LEGAL_NAME = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及、同]))[\u4e00-\u9fff]{2,24}?"
                         r"(?:股份有限公司|有限责任公司|有限公司)")


def _firm_word_sited(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project whose clause opens on the bare word for a firm and its site (``年报显示，公司位于某高新区
    的甲项目已建成``) is the firm's the article names in full, when it names one company only."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if _FIRM_WORD_SITED.search(text, c0, name.start) is None:
        return
    art = next((a for a in ctx.article_spans() if a.start <= sent.start < a.end), None)
    lo = art.start if art is not None else 0
    firms = {m.group(): m for m in _LEGAL_NAME.finditer(text, lo, c0)}
    if len(firms) == 1:
        [m] = firms.values()
        r.set("investor", m.group(), ctx.evidence(m.start(), m.end()))


#: A clause opening on the bare word for a firm right after its own person speaks
#: (``该公司副总经理某某说,公司今年又投资…``): the speaker's firm.
_SPEAKER_FIRM = re.compile(r"该公司[\u4e00-\u9fff]{2,12}?(?:说|介绍|表示|告诉记者)[,，]$")


def _firm_word_after_its_speaker(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project whose clause opens on ``公司`` after ``该公司`` and its person speaking
    (``该公司总经理某某说,公司今年投资…实施甲项目``) is the firm named in full last before ``该公司``
    in the paragraph."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if not text.startswith("公司", c0):
        return
    m = _SPEAKER_FIRM.search(text, max(sent.start, c0 - 24), c0)
    if m is None:
        return
    para = text.rfind("\n", 0, m.start()) + 1
    firms = list(_LEGAL_NAME.finditer(text, para, m.start()))
    if firms:
        r.set("investor", firms[-1].group(), ctx.evidence(firms[-1].start(), firms[-1].end()))


def _whole_org(ctx: RecordContext, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened to the organisation mention ending with it (a place heading the firm's name,
    ``重庆某某食品有限公司`` for ``某某食品有限公司``)."""
    for org in ctx.mentions_in("orgs", max(0, span[0] - 12), span[0] + 1):
        if org.end == span[1] and org.start <= span[0]:
            return org.start, org.end
    return span


#: A company's legal name after the first characters it shares with its short form.
_LEGAL_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,16}(?:股份有限公司|有限责任公司|有限公司)"
                         r"|[\u4e00-\u9fffA-Za-z]{0,12}?(?:集团|公司)")


#: What stands before a company's name given a short name (``与``, ``、``, a clause mark).
_NAME_LEFT = "与和同及、,，。;；:：\n"


def _full_company(ctx: RecordContext, short: str, sent: Span) -> tuple[int, int] | None:
    """The span of the company named earlier in the article that ``short`` stands for: its full name
    begins with it (``中国某某建设集团有限公司`` for ``中国某某``), or it was given as its short name
    (``某某新材料有限公司（以下简称“某某”）``)."""
    text = ctx.text
    art = next((a for a in ctx.article_spans() if a.start <= sent.start < a.end), None)
    lo = art.start if art is not None else 0
    at = text.find(short, lo, sent.start)
    while at >= 0:
        m = _LEGAL_TAIL.match(text, at + len(short))
        if m is not None and m.end() > at + len(short):
            return at, m.end()
        at = text.find(short, at + 1, sent.start)
    for m in SHORT_NAME.finditer(text, lo, sent.start):
        if m.group("short") != short:
            continue
        left = max(text.rfind(c, max(lo, m.start() - 30), m.start()) for c in _NAME_LEFT) + 1
        left = max(left, lo)
        if m.start() - left >= 4 and _INVESTOR_LOOK.search(text, left, m.start()):
            return left, m.start()
    return None


def _firms_county(ctx: RecordContext, r: Record, name: NameSpan, place: Any) -> Any:
    """A county's short name opening the investor read from a name (``某川某成50万吨…项目``, investor
    ``某川某成``): a local firm named after its county, where the project is built, when the place
    found so far is that county's city (or none)."""
    investor = r.get("investor")
    if not investor or len(investor) < 4 or not ctx.text.startswith(investor, name.start):
        return None
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        v = m.value
        if m.start == name.start and isinstance(v, dict) and v.get("level") == "county" \
                and m.end - m.start >= 2 and m.end <= name.start + len(investor) - 2 \
                and (place is None or (place.value.get("level") == "prefecture"
                                       and place.value.get("city") == v.get("city"))):
            return m
    return None


def _firm_home_county(ctx: RecordContext, r: Record, sent: Span, name: NameSpan, place: Any) -> Any:
    """A county printed in full heading the investor's name in the name's sentence (``某县甲轴承有限
    公司拟投资…实施乙技术改造``): a firm of that county upgrading its own plant, when the place found
    so far comes from an earlier sentence or is only its city (else None)."""
    investor = r.get("investor")
    if not isinstance(investor, str) or len(investor) < 6 or (
            place is not None and place.start >= sent.start and place.value.get("level") != "prefecture"):
        return None
    at = ctx.text.find(investor, sent.start, name.start)
    if at < 0:
        return None
    for m in ctx.mentions_in("places", at, at + 1):
        v = m.value
        if m.start == at and isinstance(v, dict) and v.get("level") == "county" \
                and _FULL_COUNTY.search(m.surface) and m.end <= at + len(investor) - 4 \
                and (place is None or place.value.get("city") == v.get("city")):
            return m
    return None


def _opening_division(ctx: RecordContext, name: NameSpan, sent: Span | None = None) -> Any:
    """A prefecture or county heading a name (``某市某港区二期工程``), not inside an organization's
    name: where the project is, when the other places gave no city.  With ``sent``, only a prefecture,
    a county directly under its province (``文昌某航天城…项目``) or a county named earlier in the
    sentence (``在某市英德，…英德某产业园``): a short county name alone may be a brand."""
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        if isinstance(m.value, dict) and m.start == name.start and m.value.get("province") \
                and (m.value.get("city") or m.value.get("level") == "county") \
                and m.value.get("level") in ("prefecture", "county") and name.end - m.end >= 4 \
                and not any(o.start <= m.start < o.end for o in ctx.orgs):
            if sent is None:
                return m if m.value.get("city") else None
            if m.value.get("level") == "prefecture" or not m.value.get("city") \
                    or any(p.value == m.value for p in ctx.mentions_in("places", sent.start, name.start)
                           if isinstance(p.value, dict) and not ctx.in_org(p.start)):
                return m
    return None


def _inner_place(ctx: RecordContext, name: NameSpan) -> Any:
    """A prefecture, county or zone inside a name after its first characters (after the investor), not
    inside an organization's name: the place of the project."""
    for m in ctx.mentions_in("places", name.start + 2, name.end):
        if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county", "zone") \
                and m.start >= name.start + 2 and m.end < name.end \
                and not any(o.start <= m.start < o.end for o in ctx.orgs):
            return m
    return None


#: A division of the Production and Construction Corps before its city (``第五师双河市``).
CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师")
#: A site named by its side of a place (``某市东出口``, ``某县城北``): a place still, no firm.
_SIDE_OF_PLACE = re.compile(r"[东西南北](?:出口|入口|郊|片区|部)|城[东西南北]")


def _only_places(ctx: RecordContext, start: int, end: int) -> bool:
    """True when place mentions cover ``start``–``end`` (``汉中市勉县`` before a capacity: no investor),
    a Corps division before them (``第五师双河市``) and a side of them after (``某市东出口``) too."""
    text = ctx.text
    lead = CORPS_DIVISION.match(text, start, end) if text.startswith("第", start) else None
    pos = lead.end() if lead is not None else start
    for m in ctx.mentions_in("places", start, end):
        if m.start > pos:
            return False
        pos = max(pos, m.end)
    return pos >= end or (pos > start and _SIDE_OF_PLACE.fullmatch(text, pos, end) is not None)


#: Where a power plant stands, after a county's short form heading its name (``某闻海上风电场项目``).
_PLANT_SITE = re.compile(r"(?:海上|陆上|近海|深远海|分布式|分散式)")


#: A county written in full (``某某县``, ``某某区``, ``某某市``, ``某某旗``), not a short form (a brand?).
_FULL_COUNTY = re.compile(r"[县区市旗]$")


#: What may stand between a place and the name it locates (``某市签约的``, ``某盟的``).
_PLACE_OF = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?(?:签约|引进|开工|落户|建设|投资|新建|落地|竣工|投产))?的")


#: Where the event told right after a name happens (``甲项目今年5月在某某经开区开工``).
_EVENT_AT_AFTER = re.compile(rf"{_AMOUNT_FIRST}[^，,。；;在]{{0,12}}?在(?P<p>[^，,。；;在]{{2,14}}?)"
                             r"(?:加快|加紧|抓紧|全面|有序|顺利|正式)?"
                             r"(?:建成|建设|开工|投产|落地|落户|竣工|完工|签约)")


def _event_place_after(ctx: RecordContext, sent: Span, name: NameSpan, place: Any) -> Any:
    """A county, or a zone of a known county, where the event told right after a project's name
    happens (``甲项目今年5月在某某经开区开工``), when the place found so far names no county and lies
    in the same city: that place, else None."""
    if ctx.text.find("在", name.end, min(sent.end, name.end + 40)) < 0:
        return None  # cheap test before the pattern
    m = _EVENT_AT_AFTER.match(ctx.text, name.end, sent.end)
    if m is None:
        return None
    for p in ctx.mentions_in("places", m.start("p"), m.end("p")):
        if p.start != m.start("p") or p.end != m.end("p") or not isinstance(p.value, dict):
            continue
        level = p.value.get("level")
        known = p.value.get("county") if level == "zone" else p.value.get("city")
        if level in ("county", "zone") and known \
                and (place is None or place.value.get("city") == p.value.get("city")):
            return p


#: What joins a firm to the place it signs with (``甲有限公司与某高新区签订…``).
_SIGNS_WITH = re.compile(r"与(?:[^，,。;；]{0,2})$")


def _partner_place(ctx: RecordContext, sent: Span, name: NameSpan, place: Any) -> Any:
    """A place heading a firm's name (``杭州某机械有限公司``: its home) when the firm signs with a zone
    or county right after it (``…与某高新区签订投资协议，…建设甲基地``): that zone or county, where the
    project goes; else None."""
    org = next((o for o in ctx.mentions_in("orgs", max(sent.start, place.start - 2), place.end)
                if o.start <= place.start and place.end < o.end), None)
    if org is None or not _SIGNS_WITH.match(ctx.text, org.end, org.end + 1):
        return None
    for m in ctx.mentions_in("places", org.end, name.start):
        if isinstance(m.value, dict) and m.value.get("level") in ("zone", "county") \
                and m.start - org.end <= 3 and ctx.text.find("与", org.end, m.start) >= 0:
            return m
    return None


#: The area of a city's port named by a county of the city (``某港某某港区``, ``某港某某作业区``).
_PORT_AREA_AFTER = re.compile(r"港区|作业区")


def _county_port_area(text: str, city: Any, county: Any) -> bool:
    """True when ``county`` (a short form may do) names the area of the port of ``city`` right before
    it (``濮阳港台前港区``: the port's area lies in that county), a county of that city."""
    return county.start == city.end + 1 and text[city.end] == "港" \
        and county.value.get("level") == "county" and county.value.get("city") == city.value.get("city") \
        and _PORT_AREA_AFTER.match(text, county.end) is not None


def _own_place(ctx: RecordContext, sent: Span, name: NameSpan) -> Any:
    """A county opening a name (``某县年产…项目``, ``某市某县…项目``) or a place heading the name's
    clause (``某市签约的甲项目``, ``某盟的乙电站``): where the project is, else None.

    A city opening the name itself may be the investor's home, and a short county name
    (``某州新能源…``) may be a brand, so only counties written in full count there.
    """
    at_name = [m for m in ctx.mentions_in("places", name.start, min(name.end, name.start + 12))
               if isinstance(m.value, dict)]
    if at_name and at_name[0].start == name.start:
        first = at_name[0]
        level = first.value.get("level")
        if level == "county" and first.end < name.end and (_FULL_COUNTY.search(first.surface)
                                                            or _PLANT_SITE.match(ctx.text, first.end)):
            return first  # (a short form before where a plant stands: ``某闻海上风电场``)
        if level == "prefecture" and len(at_name) > 1 and at_name[1].start == first.end \
                and at_name[1].value.get("level") == "county" and at_name[1].end < name.end \
                and _FULL_COUNTY.search(at_name[1].surface):
            return at_name[1]
        if level == "prefecture" and len(at_name) > 1 and _county_port_area(ctx.text, first, at_name[1]):
            return at_name[1]  # 某港某某港区一期工程: the port's area named by its county's short form
    c0 = ctx.clause_start(name.start, sent.start)
    if ctx.text.find("的", c0, name.start) < 0:
        return None  # cheap test before the mentions
    for m in reversed(ctx.mentions_in("places", c0, name.start)):
        if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county") \
                and _PLACE_OF.fullmatch(ctx.text, m.end, name.start):
            return m
    return None


#: A town, township or street right after a county heading a name (``某县某某镇甲项目``); not the
#: first end of a route (``某镇至某镇公路``: the road runs between two towns).
_TOWN_AFTER_COUNTY = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![至到])"
                                r"(?=[\u4e00-\u9fff]{4}|\d)"  # (a capacity after it: ``某镇330千伏…``)
                                # (a pasture's township, a capacity after it: ``某旗某某苏木30万千瓦…``)
                                r"|[^\W\d_A-Za-z县市区旗]{2,4}?苏木(?![至到])(?=[\u4e00-\u9fff\d]{4})")


#: A port area right after a district printed in full heading a name (``某某区某某港区二期扩能工程``).
_PORT_AFTER_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,4}?港区(?=[\u4e00-\u9fff]{4})")


def _county_head(ctx: RecordContext, name: NameSpan) -> tuple[Any, tuple[int, int] | None]:
    """A county printed under its full name at the head of a project's name (``某某旗甲项目``,
    ``某县某镇乙项目``): the project's county, with the town after it (its ``detail``) when there
    is one.  A short form (``某南新能源…``) may be an investor's or a zone's name and is read only
    with a town right after it (``丰都栗子乡抽水蓄能电站``: the town makes it the county)."""
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        v = m.value
        if not isinstance(v, dict) or v.get("level") not in ("county", "district") or m.start != name.start \
                or name.end - m.end < 4:
            continue
        town = _TOWN_AFTER_COUNTY.match(ctx.text, m.end, name.end)
        if m.surface != v.get("name") and town is None:
            continue
        if town is None:
            town = _PORT_AFTER_COUNTY.match(ctx.text, m.end, name.end)
        return m, (town.span() if town is not None else None)
    return None, None


#: A numbered road whose section a name's place is (``省道209``, ``国道342``, ``G235``, ``S209``).
_ROAD_NUMBER = re.compile(r"(?:[国省县乡]道|[GSXY])\d{1,4}(?:线)?$")
#: The works a section of a line belongs to, right before the section's place (``…输变电工程某某段``).
_SECTION_OF = re.compile(r"(?:工程|线|公路|铁路|高速|管道|渠)$")


def _section_county(ctx: RecordContext, name: NameSpan) -> Any:
    """A county or district naming the section of a line or works that ends a project's name
    (``甲—乙500千伏输变电工程某昌段``): the section is built there, the county is the project's."""
    text = ctx.text
    for m in ctx.mentions_in("places", name.start + 1, name.end + 8):
        v = m.value
        if isinstance(v, dict) and v.get("level") in ("county", "district", "prefecture") \
                and text.startswith("段", m.end) \
                and ((name.end in (m.start, m.end + 1) and _SECTION_OF.search(text, name.start, m.start))
                     or (m.end < name.end and _ROAD_NUMBER.search(text, name.start, m.start))):
            return m  # (a city's section: ``某城际铁路萍乡段``; a numbered road's: ``省道209某某段改建工程``)
    return _short_section_place(ctx, name)


#: A line's kind after ``甲至乙`` in its name (``甲至乙高速公路``, ``甲至乙城际铁路``, ``甲至乙快速路``).
_ROUTE_KIND = re.compile(r"高速公路|高速|公路|铁路|快速路|快速通道|城际|通道|大道|航道|管道|输变电")


#: Where a route begins or ends, right before a place (``起于某区``, ``上起某区``, ``止于某县``).
_ROUTE_END_BEFORE = re.compile(r"(?:[上东西南北]起|起于|起自|止于)$")


def _first_end_city(ctx: RecordContext, name: NameSpan, k: int, place: Any) -> Any:
    """The city of ``place`` as a place mention when its short form is the route's first end, right
    before the ``至`` at ``k`` (``安康至岚皋高速公路``, ``汉江安康至白河段航道``), else None."""
    city = place.value.get("city") or ""
    short = city[:-1] if city.endswith("市") and len(city) > 2 else city
    if not short or not ctx.text.endswith(short, name.start, k):
        return None
    gaz = Gazetteer.default()
    found = [d for d in gaz.lookup(city) if d.level == "prefecture"]
    if len(found) != 1:
        return None
    return Mention("place", k - len(short), k, gaz.row_value(found[0].key))


def _route_place(ctx: RecordContext, sent: Span, name: NameSpan, place: Any) -> Any:
    """A line named by its two ends (``甲至乙高速公路``) placed nowhere, only at the city of its first
    end, or at its far end in another province: it is the first end's (``某县至某区快速通道`` is the
    county's), unless its event is told at a place after the name (``…二期工程在某市某镇开工建设``)."""
    text = ctx.text
    k = text.find("至", name.start, name.end)
    if k < 0 or _ROUTE_KIND.search(text, k, name.end) is None \
            or _told_at_after(ctx, sent, name):
        return place
    ends = [m for m in ctx.mentions_in("places", name.start, name.end)
            if isinstance(m.value, dict) and m.end <= name.end
            and m.value.get("level") in ("prefecture", "county")]
    a = next((m for m in reversed(ends) if m.end <= k), None)
    if place is not None and place.start >= name.end \
            and _ROUTE_END_BEFORE.search(text, max(0, place.start - 4), place.start):
        # 甲至乙高速公路…。甲高速起于某区某镇: that district is the route's end, the line the first end's
        return a or _first_end_city(ctx, name, k, place) or place
    b = next((m for m in ends if m.start > k), None) or _short_county(ctx, k + 1)
    if a is None or b is None:
        return place
    if place is None \
            or (place.value.get("name") == b.value.get("name")
                and a.value.get("province") != b.value.get("province")) \
            or (place.value.get("level") == "prefecture" and a.value.get("level") == "county"
                and a.value.get("city") == place.value.get("name")):
        # 濮阳至聊城高速公路 (the far end in another province), 南乐至清丰高速公路 (only the city found):
        # the first end's
        return a
    return place


def _short_county_opening(ctx: RecordContext, name: NameSpan, place: Any) -> Any:
    """A name opening on a county's short form, then the works' voltage or size (``余江220千伏输变电
    工程``, ``丰城500千伏变电站``): that county, when the place found so far names none and lies in
    the same city (or none was found)."""
    text = ctx.text
    if not text[name.start + 2:name.start + 3].isdigit() \
            or (place is not None and place.value.get("county")):
        return place
    county = _short_county(ctx, name.start)
    if county is None or (place is not None and place.value.get("city") != county.value.get("city")):
        return place
    return county


def _told_at_after(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """Whether the clause after a name tells its event at a place (``…工程在某市某镇开工建设``)."""
    text = ctx.text
    c1 = ctx.clause_end(name.end, sent.end)
    return any(text[m.start - 1:m.start] == "在" for m in ctx.mentions_in("places", name.end, c1))


def _short_section_place(ctx: RecordContext, name: NameSpan) -> Any:
    """A section named by the short form of a county, a district or a county-level city right after
    the works' name (``某航道整治工程丰城段``, ``某防洪提升工程临川段``), which the place finder leaves
    alone as too short to trust in running text: the one division of the page's province so named."""
    text = ctx.text
    if not text.startswith("段", name.end + 2) or not _SECTION_OF.search(text, name.start, name.end):
        return None
    return _short_county(ctx, name.end)


def _short_county(ctx: RecordContext, at: int) -> Any:
    """The county, district or county-level city whose short form is the two characters at ``at``
    (``丰城``, ``临川``, ``常山``): the one of the page's province so named, as a place mention."""
    text = ctx.text
    short = text[at:at + 2]
    provinces = {m.value.get("province") for m in ctx.mentions_in("places", 0, len(text))
                 if isinstance(m.value, dict) and m.value.get("province")}
    if len(provinces) != 1:
        return None
    gaz = Gazetteer.default()
    found = {d.key for full in (short + "县", short + "区", short + "市") for d in gaz.lookup(full)
             if d.level == "county" and gaz.parts(d.key).get("province") in provinces}
    if len(found) != 1:
        return None
    return Mention("place", at, at + 2, gaz.row_value(found.pop()))


def _invest_place(ctx: RecordContext, sent: Span, name: NameSpan) -> Any:
    """The place of ``在某市某区投资N亿元建设甲项目`` in the name's clause: where the investor builds it
    (one investor may build in several cities of one story)."""
    text = ctx.text
    c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start))
    if text.find("投资", c0, name.start) < 0:
        return None
    places = [m for m in ctx.mentions_in("places", c0, name.start) if isinstance(m.value, dict)]
    for i in range(len(places) - 1, -1, -1):
        m = places[i]
        if not text.startswith("投资", m.end):
            continue
        j = i
        while j > 0 and places[j - 1].end == places[j].start:
            j -= 1  # 在百色市平果市投资: the places named one after the other
        return m if text[places[j].start - 1:places[j].start] == "在" else None
    return None


#: A building verb right before a name, after the place it is built in (``在某县建设甲项目``,
#: ``在某区合作建设乙项目``).
_BUILT_AT = re.compile(r"(?:合作|共同|联合|投资)?(?:建设|新建|兴建|打造)$")


def _build_place(ctx: RecordContext, sent: Span, name: NameSpan) -> Any:
    """The county or city of ``在某县建设甲项目`` right before the name (``双方就在某县建设甲项目深入对接``):
    where it is built, whatever place the story's title or paragraph opens on; else None."""
    text = ctx.text
    lo = max(sent.start, name.start - 24)
    verb = _BUILT_AT.search(text, lo, name.start)
    if verb is None or verb.end() != name.start:
        return None
    places = [m for m in ctx.mentions_in("places", lo, verb.start()) if isinstance(m.value, dict)]
    for i, m in enumerate(places):
        if m.end != verb.start() or m.value.get("level") not in ("prefecture", "county") \
                or ctx.in_org(m.start):
            continue
        j = i
        while j > 0 and places[j - 1].end == places[j].start:
            j -= 1  # 在某省某市某县建设: the places named one after the other, the last one where it goes
        if text[places[j].start - 1:places[j].start] == "在":
            return m
    return None


#: What a signed agreement says the parties will build (``双方将合作建设``, ``该公司将投资建设``, the
#: firm by its short name: ``某某汇能将在某镇投资建设``, or the subject left out: ``签署《投资协议书》，
#: 将在某开发区投资建设``).
_AGREED_WORKS = re.compile(r"(?:(?:协议|合同)[^。；;！？]{0,6}?[，,](?:双方|三方|各方|该公司|企业|对方"
                           r"|(?!力争|争取|计划|预计|确保|拟|今年|明年)[\u4e00-\u9fff]{2,8}?)?"
                           r"将(?:在[^，,。；;]{1,12}?)?(?:合作|共同|联合|投资|出资)(?:建设|打造|实施|兴建)"
                           # (a firm adding capital as agreed:
                           # ``签署增资协议，旗下甲公司将追加投资…，在某区新建``)
                           r"|(?:协议|合同)?[，,](?:旗下|其)?[^，,。；;]{2,30}?将(?:追加投资|增资)"
                           r"[^，,。；;]{1,14}?[，,]?(?:在[^，,。；;]{1,16}?)?(?:新建|扩建|建设|新上)"
                           r"[^，,。；;]{0,12}?"
                           # (the way agreed first: ``双方将采取“公司+合作社+农户”模式，在某镇建设``)
                           r"|(?:协议|合同)[^。；;！？]{0,6}?[，,](?:双方|三方|各方|该公司|企业|对方)?将"
                           r"(?:采取|采用|按照|依托|通过)[^。；;！？]{1,24}?[，,](?:在[^，,。；;]{1,12}?)?"
                           r"(?:合作|共同|联合|投资|出资)?(?:建设|打造|实施|兴建)"
                           # (a signing told as done, then what it is for: ``与一家企业签约，将在某镇建设``)
                           r"|(?<!计划签约)(?<!拟签约)(?<!将签约)(?<=签约)[，,](?:双方|该公司|企业)?将"
                           r"(?:在[^，,。；;]{1,12}?)?"
                           r"(?:合作|共同|联合|投资|出资)?(?:建设|打造|兴建))"
                           # (a store's power before its name: ``投资建设10万千瓦/20万千瓦时储能电站``)
                           r"(?:[\d.]+(?:万千瓦|兆瓦|MW|GW)[/／])?$")


#: A signing told in a sentence (``签订合作协议``, ``签署投资协议``, ``正式签约``).
_SIGNING_CUE = re.compile(r"签订|签署|签约")


def _agreed_build(ctx: RecordContext, sent: Span, s0: int, s1: int) -> tuple[int, int] | None:
    """The signing cue before a bare building verb at ``s0:s1`` that only tells the works agreed on
    (``甲与乙签订合作协议，双方将采取…模式，在某镇建设丙基地``): the span of the signing, else None."""
    if ctx.text[s0:s1] not in ("建设", "兴建", "打造") \
            or _AGREED_WORKS.search(ctx.text, sent.start, s1) is None:
        return None
    signed = list(_SIGNING_CUE.finditer(ctx.text, sent.start, s0))
    return signed[-1].span() if signed else None


def _signed_before(ctx: RecordContext, sent: Span, name: NameSpan, s0: int, s1: int,
                   signed_on: re.Match[str] | None) -> bool:
    """True when a project's signing is told as done although its sentence plans what comes next:
    after its name with its month (:data:`_SIGNED_ON`), or before it in a clause qualifying it
    (``年初集中签约的甲项目，…力争4月开工``, ``该区引进的乙项目``) with no plan word of its own."""
    if signed_on is not None:
        return True
    if s1 <= name.start and _AGREED_WORKS.search(ctx.text, s1, name.start) is not None \
            and sent.start <= s0 and target_in(ctx.text[ctx.clause_start(s0, sent.start):s0]) is None:
        return True  # 甲与乙签订投资协议，双方将合作建设丙项目: the signing is done, the works agreed on
    if not (s1 <= name.start and ctx.text.startswith("的", s1) and s1 + 1 >= name.start - 1):
        return False
    c0 = ctx.clause_start(s0, sent.start)
    return target_in(ctx.text[c0:s0]) is None


def _zone_of_another_item(ctx: RecordContext, place: Any, name: NameSpan, names: list[NameSpan]) -> bool:
    """True when ``place``, a zone before ``name``, lies in an earlier ``；``-item of the sentence that
    names another project before it, or right after it in its clause (``其中，甲公司将在某园区建设乙
    项目，…；丙公司投资建设丁项目``): the site of that project, not of this one."""
    if not isinstance(place.value, dict) or place.value.get("level") != "zone" or place.start >= name.start \
            or _same_item(ctx.text, place.start, name.start):
        return False
    return any(n is not name and _same_item(ctx.text, n.start, place.start)
               and (n.end <= place.start or ctx.clause_start(n.start, place.start) <= place.start)
               for n in names)


#: A scenic site heading the name of works upgrading it (``某某湖国家湿地公园提档升级项目``,
#: ``某某景区提升工程``): the site is where the works are.
_UPGRADED_SITE = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:国家|省级)?"
                            r"(?:湿地公园|森林公园|地质公园|风景名胜区|风景区|景区|古镇|古城))(?:[\u4e00-\u9fff]{0,4}?)(?:提档升级|提质升级|提升|改造|升级|修复)")


def _upgraded_site_detail(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """The scenic site heading the name of works upgrading it is the project's ``detail`` over a
    zone the sentences around give (a tour's first stop), not over a town named for it; an item
    only listed with others (``甲古城文旅提升、乙…等18个项目``) is named in passing and takes none."""
    site = _UPGRADED_SITE.match(ctx.text, name.start, name.end)
    loc = r.get("location")
    if site is None or not loc or (name.listed and ctx.text.startswith(("、", "等"), name.end)):
        return
    detail = loc.get("detail")
    if detail == site.group(1) or (detail and detail.endswith(("镇", "乡", "街道"))):
        return
    r.set("location", {**loc, "detail": site.group(1)}, *r.fields["location"].evidence,
          ctx.evidence(*site.span(1)))


def _park_plant_detail(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """The park heading the name of its factory buildings is the project's ``detail``."""
    m = _PARK_PLANT.match(ctx.text, name.start, name.end)
    detail = r.get("location").get("detail")
    if m is not None and not (detail and (detail.endswith(("镇", "乡", "街道", "村", "社区"))
                                          or detail in ctx.text[name.start:m.start(1)])):
        # (a zone the name opens with, ``某高新区甲产业园标准厂房``, stays the detail)
        r.set("location", {**r.get("location"), "detail": m.group(1)}, *r.fields["location"].evidence,
              ctx.evidence(*m.span(1)))


#: A plot a company bought, with its area (``摘得…一宗面积约86亩的地块``, ``竞得一宗70亩工业用地``).
_PLOT_BOUGHT = re.compile(r"(?:竞得|摘得|摘牌|购得|拍得|受让)[^。；;！？\n]{0,24}?(?:面积)?(?:约|近|为)?"
                          r"(?P<a>\d+(?:\.\d+)?(?:亩|平方米|公顷))")


def _plot_bought(ctx: RecordContext, records: list[Record]) -> None:
    """A project without an area named after a plot bought in its paragraph (``甲公司以…竞得一宗
    面积102亩的工业用地…其年产…项目随即开工``): the plot's area is the project's; not when
    another project is named between."""
    text = ctx.text
    if text.find("得", 0) < 0 and text.find("摘牌") < 0 and text.find("受让") < 0:
        return
    starts = sorted(r.fields["name"].evidence[0].start for r in records
                    if "name" in r.fields and r.fields["name"].evidence)
    for r in records:
        if r.get("area") is not None or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        start = r.fields["name"].evidence[0].start
        para = text.rfind("\n", 0, start) + 1
        plot = None
        for m in _PLOT_BOUGHT.finditer(text, para, start):
            plot = m
        if plot is None or any(plot.end() <= s < start for s in starts):
            continue
        r.set("area", plot.group("a"), ctx.evidence(plot.start("a"), plot.end("a")))
        if r.get("status") == "target" and r.get("stage") in ("under_construction", "started") \
                and _LAND_FOR.search(text, max(para, start - 12), start):
            _plot_landed(ctx, r, plot, para)


#: The plot bought given to the works it is for (``这宗土地将用于建设…``, ``该地块拟用于建设…``).
_LAND_FOR = re.compile(r"(?:土地|地块|用地)(?:将|拟|计划)?用于(?:建设|新建|实施)?$")


def _plot_landed(ctx: RecordContext, r: Record, plot: re.Match, para: int) -> None:
    """A project a plot was just bought for (``甲公司以…摘牌…一宗工业用地。这宗土地将用于建设乙项目``):
    the works to build on it are its plan, the purchase is its event: it has landed (``signed``,
    done) on the day of the purchase, and the buyer named before the purchase invests in it."""
    ev = ctx.evidence(plot.start(), plot.end())
    r.set("stage", "signed", ev)
    r.set("status", "actual", ev)
    s0 = max(ctx.text.rfind("。", para, plot.start()) + 1, para)  # the purchase's sentence
    day = next((d for d in ctx.mentions_in("dates", s0, plot.start()) if isinstance(d.value, dict)
                and d.value.get("granularity") == "day" and d.value.get("start")), None)
    if day is not None:
        r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))
    if r.get("investor") is None:
        buyer = [o for o in ctx.mentions_in("orgs", s0, plot.start())
                 if _COMPANY_FORM.search(ctx.text, o.start, o.end)]
        if buyer:
            r.set("investor", ctx.text[buyer[-1].start:buyer[-1].end],
                  ctx.evidence(buyer[-1].start, buyer[-1].end))


#: The next sentence looks inside the site just named (``厂区内，…``, ``车间里，…``, ``现场，…``).
_INSIDE_IT = re.compile(r"(?:厂区|园区|项目现场|施工现场|现场|车间|工地)(?:内|里|上)?[,，]")


def _site_state(ctx: RecordContext, art: Span, sent: Span, name: NameSpan, r: Record) -> bool:
    """A site named with no event (``来到位于某镇的甲项目现场。``) whose present state its own
    sentence (``…项目现场，工人们正在调试轧机``) or the next one (``该项目…目前厂房已完成主体施工``)
    tells: that state is the project's stage, under way unless something is reported in use
    already.  Sets the stage; False when no state is told."""
    text = ctx.text
    now = _PRESENT.search(text, name.end, sent.end) or AT_WORK_ON_SITE.match(text, name.end, sent.end)
    end = sent.end
    if now is None:
        nxt = next((s for s in ctx.sentences(art) if s.start >= sent.end), None)
        if nxt is None or not (_ABOUT_NEXT.match(text, nxt.start) or _INSIDE_IT.match(text, nxt.start)):
            return False
        now, end = _PRESENT.search(text, nxt.start, nxt.end), nxt.end
    if now is None:
        return False
    stage = "under_construction"
    for m in STAGE_RE.finditer(text, now.start(), end):
        c0 = ctx.clause_start(m.start(), now.start())
        if STAGE_CUES[m.group()] in _DONE_NOW and "已" in text[c0:m.start()] \
                and target_in(text[c0:m.start()]) is None and not parts_done_ahead(text, c0, m.start(), end):
            stage = STAGE_CUES[m.group()]
    r.set("stage", stage, ctx.evidence(now.start(), now.end()))
    r.set("status", "actual", ctx.evidence(now.start(), now.end()))
    return True


#: A stop of an observation tour opening its sentence (``第二站是位于某镇的…``, ``第五站，观摩团来到…``,
#: ``第三站：``); the site it visits follows in the same clause.
_TOUR_STOP = re.compile(r"[\s\u3000]*第[一二三四五六七八九十\d]{1,3}站(?:是|为|[，,：:])")


#: Parks a tour stops at, the place of the works it sees (``产业园``, ``工业园区``, ``开发区``).
_PARKS_VISITED = ("园", "园区", "开发区", "新区", "集聚区")


def _tour_stop(ctx: RecordContext, sent: Span, name: NameSpan, r: Record) -> bool:
    """A works named as the site of a stop of an observation tour (``第五站，观摩团来到某片区改造项目
    现场。``) with no event of its own: a tour visits works under way, so it is under construction (as
    a batch of sites visited is).  A park visited (``第四站，观摩团走进某产业园。``) is the place of the
    works told inside it, no works itself.  Sets the stage; False when the name is no stop's site."""
    text = ctx.text
    if name.name.endswith(_PARKS_VISITED):
        return False
    m = _TOUR_STOP.match(text, sent.start, name.start)
    if m is None or name.start - m.end() > 30 or CLAUSE_END.search(text, m.end(), name.start) is not None:
        return False
    ev = ctx.evidence(sent.start, name.end)
    r.set("stage", "under_construction", ev)
    r.set("status", "actual", ev)
    return True


#: A town told as where a firm is, right before its name (``位于某区某镇的甲有限公司``, ``某镇的港资企业
#: 甲有限公司``): the town, then maybe the kind of firm it is.
_TOWN_HOLDS_FIRM = re.compile(r"(?P<town>[^\W\d_A-Za-z区县市省州的于在镇乡]{2,4}?(?:镇|乡|街道))的"
                           r"(?:[^，,。；;的]{0,6}?企业)?$")


def firm_town(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Works with no site detail whose investor the story tells is in a town (``位于某区某镇的甲有限公司，…
    该公司投资…实施的乙项目``, ``某镇的港资企业甲有限公司…用于建设乙生产线``) lie in that town, when it is in
    the works' county."""
    text = ctx.text
    for r in records:
        firm, loc = r.get("investor"), r.get("location")
        if not isinstance(firm, str) or len(firm) < 6 or not firm.endswith(("公司", "集团")) \
                or not isinstance(loc, dict) or loc.get("detail"):
            continue
        at = text.find(firm, art.start, art.end)
        while at >= 0:
            m = _TOWN_HOLDS_FIRM.search(text, max(art.start, at - 20), at)
            if m is not None and _town_in_county(ctx, m, loc):
                r.set("location", {**loc, "detail": m.group("town")}, *r.fields["location"].evidence,
                      ctx.evidence(*m.span("town")))
                break
            at = text.find(firm, at + len(firm), art.end)


def _town_in_county(ctx: RecordContext, m: re.Match, loc: dict[str, Any]) -> bool:
    """Whether the town of ``m`` may be in the works' county: a place the text knows there, or one
    it knows nothing of."""
    for p in ctx.mentions_in("places", m.start("town"), m.end("town")):
        v = p.value if isinstance(p.value, dict) else {}
        if v.get("level") in ("province", "prefecture", "city", "county", "district"):
            continue
        return not v.get("county") or not loc.get("county") or v.get("county") == loc.get("county")
    return True  # (a town the gazetteer does not hold: the story's own)
