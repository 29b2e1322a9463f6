"""Annotator: places — administrative divisions with GB/T 2260 codes, and development zones.

Mentions have kind ``place`` and a value ``{"name", "code", "level", "province",
"city", "county", "parent_code"}`` (zones also carry ``zone_type``); see
``docs/places.md``.  Ambiguous names are resolved with, in order: the names
around them (``广元市青川县``), the article's dateline (``本报自贡讯``), the
page region given as the ``region`` option, and the unambiguous places of the page.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.gazetteer import Candidate, Gazetteer, PlaceRow, Priors
from newsmill.zh.place_rules import zone_type_of
from newsmill.zh.wordscan import find_words

#: a place right before these is the dateline of a news story (本报自贡讯, 新华社成都3月5日电)
_DATELINE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?(?:讯|电)")
#: how far into an article its dateline is looked for
_DATELINE_HEAD = 80
#: bare zone words that refer back to the zone last named in the article
_ZONE_BACKREF_WORDS = ("经开区", "高新区")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Places run early: organizations and people use them."""
    return {"annotate": 300}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """The page region prior."""
    return {
        "region": Option(str, "", "names or codes of the region the pages are about, comma-separated "
                                  "(e.g. '四川省'); used to resolve ambiguous names"),
    }


def _spans(doc: Document) -> list[tuple[int, int]]:
    """Articles, plus the text between them, in order (the whole text if there are none)."""
    n = len(doc.clean)
    arts = sorted((a.start, a.end) for a in doc.articles)
    if not arts:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e in arts:
        if s > pos:
            out.append((pos, s))
        s = max(s, pos)
        if e > s:
            out.append((s, e))
        pos = max(pos, e)
    if pos < n:
        out.append((pos, n))
    return out


def _spans_with_datelines(doc: Document) -> list[tuple[int, int, str | None]]:
    """:func:`_spans` with the dateline of the article each span is (None between articles;
    the last of several articles with the same span gives it)."""
    articles = doc.articles
    if len(articles) == 1:  # the common case of short texts: no sorting, no table of spans
        a = articles[0]
        start, end, n = a.start, a.end, len(doc.clean)
        out: list[tuple[int, int, str | None]] = [(0, start, None)] if start > 0 else []
        s = max(start, 0)
        if end > s:
            out.append((s, end, a.dateline if s == start else None))
        if max(0, end) < n:
            out.append((max(0, end), n, None))
        return out
    dl = {(a.start, a.end): a.dateline for a in articles}
    return [(s, e, dl.get((s, e))) for s, e in _spans(doc)]


def page_priors(gaz: Gazetteer, found: Sequence[Candidate], region: str) -> Priors:
    """Priors of a page: the configured region (weight 3) and its unambiguous places."""
    if not region:
        return gaz.quick_priors(found)  # a fresh Priors: the same keys and weights
    pri = Priors()
    for part in filter(None, (p.strip() for p in region.replace("，", ",").split(","))):
        for d in ([gaz.get(part)] if part.isdigit() else gaz.lookup(part)):
            if d is not None:
                pri.add(d.key, 3.0)
    for key, weight in gaz.quick_priors(found).keys.items():
        pri.add(key, weight)
    return pri


def dateline_keys(gaz: Gazetteer, text: str, dateline: str | None) -> list[str]:
    """Division keys of an article's dateline: the segmenter's, else one found in its first line."""
    if dateline:
        return [d.key for d in gaz.lookup(dateline)][:1]
    head = text[:_DATELINE_HEAD]
    if "讯" not in head and "电" not in head:
        return []  # no dateline can end in this head: skip matching it
    if not gaz.may_end_before(head, _DATELINE_AFTER.pattern):
        return []  # no place name can end right before 讯/电 (or a date before them)
    for m in gaz.find(head):
        if _DATELINE_AFTER.match(head, m.end):
            return [m.division.key]
    return []


def place_mentions(doc: Document, gaz: Gazetteer, region: str = "") -> Iterator[Mention]:
    """Every place mention of a document, article by article."""
    return iter(_place_mentions(doc, gaz, region))


def _place_mentions(doc: Document, gaz: Gazetteer, region: str) -> list[Mention]:
    text = doc.clean
    found = gaz.candidates(text)
    out: list[Mention] = []
    if not found:
        return out  # no name at all: no place, and no zone for a bare 经开区 to refer to
    base = page_priors(gaz, found, region)
    starts = [c[0] for c in found]
    backrefs: list[tuple[int, int, str]] | None = None  # bare 经开区/高新区 of the page, on first need
    backref_starts: list[int] = []
    value = gaz.row_value
    values = gaz.division_values
    resolve = gaz.resolve_rows
    find = text.find
    for s, e, dateline in _spans_with_datelines(doc):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if lo == hi:
            continue  # no candidate: no match, so no zone either
        inside = found[lo:hi]
        if inside[-1][1] > e:  # candidates do not overlap: only the last one can end after e
            inside.pop()
            if not inside:
                continue
        # the dateline is looked for in the head of the article only (none can end in a head
        # without 讯 or 电: the test of dateline_keys, made here without copying the head)
        head_end = min(e, s + _DATELINE_HEAD)
        if dateline or find("讯", s, head_end) >= 0 or find("电", s, head_end) >= 0:
            keys = dateline_keys(gaz, text[s:head_end], dateline)
        else:
            keys = []
        if keys:
            pri = Priors(dict(base.keys))
            for key in keys:
                for anc in gaz.lineage(key):
                    pri.add(anc.key, 2.0)
        else:
            pri = base  # resolve works on a copy of its priors
        rows = resolve(text, inside, pri)
        zoned = False  # a zone named from a place and a suffix is among the rows
        for s0, e0, key, form, zone_name, zone_type, others in rows:
            if zone_name:
                zoned = True
                v = value(key, zone_name, zone_type)
            else:  # Gazetteer.row_value of a division, inlined
                v = values.get(key)
                v = value(key) if v is None else v.copy()
            if others:
                out.append(Mention("place", s0, e0, v, {"form": form, "alternatives": list(others)}))
            else:
                out.append(Mention("place", s0, e0, v, {"form": form}))
        if zoned:
            if backrefs is None:
                backrefs = find_words(text, _ZONE_BACKREF_WORDS)
                backref_starts = [b[0] for b in backrefs]
            if backrefs:
                hits = [b for b in backrefs[bisect_left(backref_starts, s):bisect_left(backref_starts, e)]
                        if b[1] <= e]
                if hits:
                    out.extend(_zone_backrefs(gaz, hits, rows))
    if "区" in text:
        out.extend(_bare_zones(gaz, text, out))
    if "位于" in text:
        out.extend(_sited_zones(gaz, text, out))
    if "·" in text or "・" in text:
        _zone_with_district(text, out)
    return out


def _zone_with_district(text: str, mentions: list[Mention]) -> None:
    """A zone run as one body with a district, the two names joined by a middle dot
    (``某某经济技术开发区·某某区``, ``某某经开区·某区``): the zone lies in that district, wherever the
    page names it (its mentions take the district as their county)."""
    joined: dict[str, str] = {}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        v = m.value
        if not isinstance(v, dict) or v.get("level") != "zone" or text[m.end:m.end + 1] not in "·・" \
                or m.end >= len(text):
            continue
        d = by_start.get(m.end + 1)
        dv = d.value if d is not None else None
        if isinstance(dv, dict) and dv.get("level") == "county" and str(dv.get("name", "")).endswith("区") \
                and dv.get("city") == v.get("city"):
            joined[str(v.get("name"))] = str(dv["name"])
    if not joined:
        return
    for m in mentions:
        v = m.value
        if isinstance(v, dict) and v.get("level") == "zone" and v.get("name") in joined \
                and not v.get("county"):
            v["county"] = joined[str(v["name"])]


#: A zone's suffix after its proper name (``某某港开发区``, ``某某经济开发区``).
_ZONE_TAIL = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区)")
#: Characters no zone's proper name holds (function words, verbs of the news).
_NOT_IN_ZONE_NAME = re.compile(r"[的了在是和与及将对为年月日等各全本该其这新签约投资建设园区]")


def _bare_zones(gaz: Gazetteer, text: str, found: Sequence[Mention]) -> list[Mention]:
    """A zone the gazetteer does not hold, written once with a county's or city's short name before
    its proper name (``某高某某港开发区``, a site's name in its header) and elsewhere without it
    (``某某港开发区新签约项目…``): the bare mentions are that zone, in that county's province and
    city; the county itself is left empty (the story never says it)."""
    covered = [(m.start, m.end) for m in found]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in covered)

    named: dict[str, tuple[str, dict]] = {}
    for m in _ZONE_TAIL.finditer(text):
        for n in (2, 3, 4):  # the proper name's length, then a two-character short name before it
            a = m.start() - n
            if a < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", text[a - 2:m.start()]) \
                    or _NOT_IN_ZONE_NAME.search(text, a, m.start()):
                continue
            divs = [d for d in gaz.lookup(text[a - 2:a]) if d.level in ("county", "prefecture")]
            if len(divs) != 1 or not free(a - 2, m.end()):
                continue
            bare = text[a:m.end()]
            value = gaz.row_value(divs[0].key, bare, zone_type_of(m.group()))
            value["county"] = None
            named.setdefault(bare, (text[a - 2:a], value))
            break
    out: list[Mention] = []
    for bare, (prefix, value) in named.items():
        at = text.find(bare)
        while at >= 0:
            end = at + len(bare)
            if free(at, end) and not (at >= 2 and text[at - 2:at] == prefix):
                out.append(Mention("place", at, end, dict(value), {"form": "bare_zone"}))
            at = text.find(bare, end)
    return out



#: A park or zone opening a clause, then its own site (``，甲乙工业园区位于某市某区某镇``).
_SITED_ZONE = re.compile(r"(?:^|(?<=[，,。；;：:\n“]))(?P<z>[\u4e00-\u9fff]{2,4}?"
                         r"(?P<t>经济技术开发区|经济开发区|高新技术产业开发区|工业园区|产业园区|开发区|工业园|产业园))位于")


def _sited_zones(gaz: Gazetteer, text: str, found: Sequence[Mention]) -> list[Mention]:
    """A zone the gazetteer does not hold whose own site the page tells (``甲乙工业园区位于某市某区
    某镇``, a park one city builds in another): every mention of it is that zone, in the division
    the site names last (its county when given)."""
    by_start = {m.start: m for m in found}
    covered = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for z in _SITED_ZONE.finditer(text):
        name = z.group("z")
        proper = name[:-len(z.group("t"))]
        if _NOT_IN_ZONE_NAME.search(proper) or any(s < z.end("z") and z.start() < e for s, e in covered):
            continue
        site, pos = None, z.end()
        while (m := by_start.get(pos)) is not None and isinstance(m.value, dict):
            if m.value.get("level") in ("province", "prefecture", "county"):
                site = m
            pos = m.end
        if site is None or site.value.get("level") == "province":
            continue
        div = next((d for d in gaz.lookup(str(site.value.get("name")))
                    if d.code and d.code == site.value.get("code")), None)
        if div is None:
            continue
        value = gaz.row_value(div.key, name, zone_type_of(z.group("t")))
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(s < end and at < e for s, e in covered):
                out.append(Mention("place", at, end, dict(value), {"form": "sited_zone"}))
                covered.append((at, end))
            at = text.find(name, end)
    return out


def _zone_backrefs(gaz: Gazetteer, hits: Sequence[tuple[int, int, str]],
                   found: list[PlaceRow]) -> Iterator[Mention]:
    """Bare 经开区/高新区 (``hits``: their spans in one article) after a named zone of that
    kind in the same article (``found``: the article's resolved places): the first one named, the
    zone the story is about (``记者从某某经开区获悉…某公司迁至某天易经开区…纳入经开区储备``)."""
    zones = [(r[0], r[1], gaz.row_value(r[2], r[4], r[5])) for r in found
             if r[4] and r[5] in ("econ_dev", "high_tech")]
    if not zones:
        return
    # the matches are in text order and do not overlap: the last one starting at or before a
    # position is the only one that can cover it
    starts = [r[0] for r in found]

    def covered(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < found[i][1]

    for start, end, word in hits:
        if covered(start) or covered(end - 1):
            continue
        kind = "high_tech" if word == "高新区" else "econ_dev"
        before = [z for z in zones if z[1] <= start and z[2].get("zone_type") == kind]
        if before:
            value = before[0][2]
            yield Mention("place", start, end, dict(value),
                          {"form": "short", "short_for": value["name"]})


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    """Find places in the cleaned text."""
    gaz = _DEFAULT[0] if _DEFAULT else _default_gazetteer()
    return _place_mentions(doc, gaz, options.get("region", ""))


#: the default gazetteer once loaded (a list lookup costs less than the cached class method)
_DEFAULT: list[Gazetteer] = []


def _default_gazetteer() -> Gazetteer:
    """:meth:`Gazetteer.default`, kept for the next documents."""
    _DEFAULT.append(Gazetteer.default())
    return _DEFAULT[0]
