"""The site of works told across two provinces: cooperation between regions.

News of paired regions (``东西部协作``, ``京津冀协同``, enclave parks) names the investor's home and the
site in one sentence (``由西青区引进的甲公司年产…项目已于10月投产``, ``贵州某县一家企业投资…在某某经济开发区
建设的…项目正式投产``).  A project's location is its site: the zone or town printed as its detail, or
the zone it is said to settle in, wins over the other province the story's subject or the firm's home
gave it.
"""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.zh.recctx import RecordContext

#: The levels of a place that may hold a site.
_SITE_LEVELS = ("zone", "county")
#: The parts a location takes from its site.
_PARTS = ("province", "city", "county")
#: A zone the works are said to settle in after their name (``…项目，…，落户某某经济开发区``,
#: ``拟选址某某开发区``, ``选址于…``), in the name's item.
_SETTLES_IN = re.compile(r"(?:拟|将)?(?:落户|选址|落地|落户于|选址于|落地于)$")
#: The end of the name's item.
_ITEM_END = re.compile(r"[。；;！？\n]")
#: The end of a sentence.
_SENTENCE_END = re.compile(r"[。！？\n]")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence holding ``pos`` (by ``。！？`` and line breaks)."""
    s0 = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    m = _SENTENCE_END.search(text, pos)
    return s0, (m.start() if m else len(text))


def _place_value(m: Any) -> dict[str, Any] | None:
    """The dict of a place mention that can hold a site (a zone or a county known with its province)."""
    v = m.value if isinstance(m.value, dict) else None
    if v is None or v.get("level") not in _SITE_LEVELS or not v.get("province"):
        return None
    return v


def _detail_site(ctx: RecordContext, detail: str, s0: int, s1: int) -> dict[str, Any] | None:
    """Where a detail printed in the sentence ``s0``–``s1`` lies: the zone it names, or the county
    printed right before it (``赫章县妈姑镇``, ``河北霸州市胜芳镇``); else None."""
    text = ctx.text
    at = text.find(detail, s0, s1)
    while at >= 0:
        for m in ctx.mentions_in("places", max(s0, at - 12), at + len(detail)):
            v = _place_value(m)
            if v is None:
                continue
            if v.get("level") == "zone" and m.end == at + len(detail) and m.start <= at:
                return v
            if v.get("level") == "county" and m.end == at:
                return v
        at = text.find(detail, at + len(detail), s1)
    return None


def _settled_zone(ctx: RecordContext, n1: int) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The zone a project settles in after its name (see :data:`_SETTLES_IN`) in its item, with the
    zone's span; else None."""
    text = ctx.text
    end = _ITEM_END.search(text, n1)
    e = end.start() if end else len(text)
    for m in ctx.mentions_in("places", n1, e):
        v = _place_value(m)
        if v is None or v.get("level") != "zone":
            continue
        if _SETTLES_IN.search(text, max(n1, m.start - 6), m.start):
            return v, (m.start, m.end)
    return None


def site_over_home(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose site (its detail, or the zone it settles in) lies in another province than the
    location read for it takes the site's province, city and county: told from the investor's end,
    the works are where they are built, not where the firm or the story's subject is."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not isinstance(loc, dict) or not loc.get("province") \
                or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        name_ev = r.fields["name"].evidence[0]
        s0, s1 = _sentence_bounds(text, name_ev.start)
        detail = loc.get("detail")
        site, ev = None, None
        if isinstance(detail, str) and detail:
            site = _detail_site(ctx, detail, s0, s1)
        else:
            found = _settled_zone(ctx, name_ev.end)
            if found is not None:
                site, span = found
                detail = text[span[0]:span[1]]
                ev = ctx.evidence(*span)
        if site is None or site.get("province") == loc.get("province"):
            continue
        new = {**loc, **{k: site.get(k) for k in _PARTS}, "detail": detail}
        if "code" in loc:  # the county's code: a zone's parent, or the county's own
            new["code"] = site.get("parent_code") if site.get("level") == "zone" else site.get("code")
        evs = list(r.fields["location"].evidence) if "location" in r.fields else []
        if ev is not None:
            evs.append(ev)
        r.set("location", new, *evs)


#: An unnamed partner firm right before a name in its clause (``与天津一家物流企业洽谈公铁联运物流园项目``,
#: ``同一家文旅企业签约…``): the works' own words head the name, no firm's short name.
_UNNAMED_PARTNER_BEFORE = re.compile(r"一家[^，,。；;]{0,12}?(?:企业|公司|集团)"
                                     r"(?:就|洽谈|签约|签订|合作|对接|商谈)?[^，,。；;]{0,8}?$")
#: A place word read as an investor (``园区内``, ``厂区里``): where the works are, no firm.
_PLACE_WORD = re.compile(r"(?:园区|厂区|开发区|新区|产业园|基地|镇|乡|村)(?:内|里|中|上)")


def no_partner_head(ctx: RecordContext, records: list[Record]) -> None:
    """Drop an investor that is only the head of a project's name when the clause names its partner
    as an unnamed firm (:data:`_UNNAMED_PARTNER_BEFORE`), and one that is a place word
    (:data:`_PLACE_WORD`)."""
    text = ctx.text
    for r in records:
        investor, name = r.get("investor"), r.get("name")
        if r.kind != "project" or not isinstance(investor, str) or "name" not in r.fields \
                or not r.fields["name"].evidence:
            continue
        if _PLACE_WORD.fullmatch(investor):
            del r.fields["investor"]
            continue
        if not isinstance(name, str) or not name.startswith(investor) or investor.endswith(("公司", "集团")):
            continue
        n0 = r.fields["name"].evidence[0].start
        c0 = ctx.clause_start(n0, max(0, n0 - 40))
        if _UNNAMED_PARTNER_BEFORE.search(text, c0, n0) is not None:
            del r.fields["investor"]
