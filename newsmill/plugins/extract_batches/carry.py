"""What a batch takes from its headline or from the batch before it."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_batches.counts import (
    _counts,
)
from newsmill.plugins.extract_batches.events import (
    BREAKDOWN,
)
from newsmill.plugins.extract_batches.record import (
    _batch,
)
from newsmill.plugins.extract_batches.regions import (
    _later_part,
    _taking_part,
)
from newsmill.zh.listed import SENTENCE_END, listed_event
from newsmill.zh.recctx import RecordContext, Span


def _headline_batch(ctx: RecordContext, art: Span, found: list[Record], min_count: int) -> list[Record]:
    """A batch counted only in the headline (``某开发区两个外资项目签约落户``, the body naming
    the projects one by one): no batch of the body has that count, nor do two of the body's batches of
    different events add up to it (``13个项目集中开竣工`` over ``开工项目8个…；竣工项目5个…``).  Not the
    jump head of a story's part continued further down the page (``attributes["continues"]``)."""
    if art.article is None or not 0 <= art.article < len(ctx.doc.articles):
        return []
    if "continues" in ctx.doc.articles[art.article].attributes:
        return []  # a jump head repeating the title of a story's first part, where its batch is told
    ev = ctx.doc.articles[art.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text) or ctx.text.find("项目", ev.start, ev.end) < 0 \
            or ctx.text.find("   ", ev.start, ev.end) >= 0:
        return []  # a wide gap: the titles of two columns side by side
    head = Span(ev.start, ev.end, art.article)
    known = {r.get("count") for r in found}
    parts = [r for r in found if isinstance(r.get("count"), int) and r.get("event")]
    known |= {a.get("count") + b.get("count") for i, a in enumerate(parts) for b in parts[i + 1:]
              if a.get("event") != b.get("event")}
    counts = _counts(ctx, head) or _bare_counts(ctx.text, head)
    _headline_totals(ctx, head, counts, found)
    out = []
    for start, end, nstart, value in counts:
        if value < min_count or value in known:
            continue
        r = _batch(ctx, head, start, end, nstart, value, [])
        if (joined := _places_joined(ctx, head, nstart)) is not None:
            r.set("region", joined[0], ctx.evidence(joined[1], joined[2]))
        out.append(r)
    return out


_REGION_LEVELS = ("county", "prefecture", "city")


def _places_joined(ctx: RecordContext, head: Span, nstart: int) -> tuple[str, int, int] | None:
    """The region of two places or more run together right before a title's count (``甲市乙市两项目
    同日动工``, ``甲县、乙县三个项目签约``): their city when they share one, else their province."""
    run: list[Any] = []
    pos = nstart
    for m in reversed(ctx.mentions_in("places", head.start, nstart)):
        if not isinstance(m.value, dict) or m.value.get("level") not in _REGION_LEVELS \
                or not (m.end == pos or (m.end == pos - 1 and ctx.text[m.end] in "、和与及")):
            break
        run.append(m)
        pos = m.start
    if len({m.value.get("name") for m in run}) < 2:
        return None
    provinces = {m.value.get("province") for m in run}
    if len(provinces) != 1 or None in provinces:
        return None
    cities = {m.value.get("city") or m.value.get("name") for m in run}
    return (cities.pop() if len(cities) == 1 else provinces.pop()), pos, run[0].end


#: A count of projects a title writes with no counter (``甲乙两项目同日动工``, ``三大项目签约``).
_BARE_COUNT = re.compile(r"(?<![第\d])(?P<n>[两三四五六七八九十])大?项目")
_SMALL = {c: i for i, c in enumerate("零一两三四五六七八九十") if i >= 2}


def _bare_counts(text: str, head: Span) -> list[tuple[int, int, int, int]]:
    """Counts of a title written with no counter (``某地某地两项目同日动工``): ``(start, end, number
    start, value)``, as :func:`_counts` gives them."""
    if text.find("项目", head.start, head.end) < 0:
        return []
    return [(m.start(), m.end(), m.start("n"), _SMALL[m.group("n")])
            for m in _BARE_COUNT.finditer(text, head.start, head.end)]


def _headline_totals(ctx: RecordContext, head: Span, counts: list[tuple[int, int, int, int]],
                     found: list[Record]) -> None:
    """A figures title (``5个项目总投资逾260亿元``) over a body that gives the count alone
    (``…签署协议，5个项目同时落地``): the body's batch of that count takes the title's total, and
    the title is part of its evidence."""
    for start, end, nstart, value in counts:
        same = [r for r in found if r.get("count") == value]
        if len(same) != 1 or same[0].get("total_cny") is not None:
            continue
        title = _batch(ctx, head, start, end, nstart, value, [])
        if title.get("total_cny") is None:
            continue
        r = same[0]
        r.set("total_cny", title.get("total_cny"), *title.fields["total_cny"].evidence)
        r.evidence = [*r.evidence, *title.evidence]


#: A category head of a list or table on its line, its count after it (``一、产业项目（5个）``).
_CATEGORY_HEAD = re.compile(r"[ \t]*(?:\*\*)?"
                            r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
                            r"[^，,。；;\n]{0,20}$")
#: A size class of the projects counted (``单体投资10亿元以上的项目有29个``, ``10亿元以上项目29个``).
#: (or a range of sizes: ``5亿元至10亿元的项目23个``)
_SIZE_CLASS_COUNT = re.compile(r"\d+(?:\.\d+)?[亿万]元(?:以上|及以上|至\d+(?:\.\d+)?[亿万]元)的?项目"
                               r"(?:有|共有|共)?\d+个$")


def _carry_breakdown_event(ctx: RecordContext, records: list[Record]) -> None:
    """A batch without an event in a breakdown (``按领域分，产业发展项目612个``), under a list's
    category head (``一、产业项目（5个）``) or counting a size class (``单体投资10亿元以上的项目有29个``)
    is a part of the largest batch before it with an event (the list it breaks down): it takes that
    event.  When a batch before it counts as many projects as the parts of its paragraph add up to
    (``安排项目98个…。从项目类型看，工业项目41个…；…项目32个…；…项目25个``), that one is broken down,
    however large an earlier one (``储备项目152个``)."""
    sums = _part_sums(ctx, records)
    for k, r in enumerate(records):
        if r.get("event") is not None or not r.evidence or k == 0:
            continue
        start = r.evidence[0].start
        para = ctx.text.rfind("\n", 0, start) + 1
        count = r.fields.get("count")
        c0, c1 = (count.evidence[0].start, count.evidence[0].end) if count is not None and count.evidence \
            else (start, start)
        if not (_CATEGORY_HEAD.match(ctx.text, para, c0)
                or _SIZE_CLASS_COUNT.search(ctx.text, max(para, c1 - 30), c1)):
            if ctx.text.find("分", para, start) < 0 and ctx.text.find("看", para, start) < 0:
                continue  # cheap test before the pattern
            if BREAKDOWN.search(ctx.text, para, start) is None:
                continue
        whole = [x for x in records[:k] if x.get("event") is not None and isinstance(x.get("count"), int)]
        if whole:
            summed = [x for x in whole if x.get("count") == sums.get(para)]
            best = summed[-1] if summed else max(whole, key=lambda x: x.get("count"))
            r.set("event", best.get("event"), *best.fields["event"].evidence)


def _part_sums(ctx: RecordContext, records: list[Record]) -> dict[int, int]:
    """Paragraph start → the sum of the counts of the batches without an event in it, for paragraphs
    holding two such batches or more (a category head alone, ``一、产业项目（5个）``, adds up nothing)."""
    sums: dict[int, list[int]] = {}
    for r in records:
        if r.get("event") is None and r.evidence and isinstance(r.get("count"), int):
            para = ctx.text.rfind("\n", 0, r.evidence[0].start) + 1
            sums.setdefault(para, []).append(r.get("count"))
    return {para: sum(counts) for para, counts in sums.items() if len(counts) >= 2}


#: The rest of the batch just told (``其余4个项目涉及…``, ``其他3个项目``, ``剩余项目中``, ``另外3个工业
#: 项目``): a part of it.
_REST_OF = re.compile(r"(?:其余|剩余|其他|另外)(?:的)?(?:\d+|[两二三四五六七八九十]+)?个?(?:项目|工程)?")


def _carry_event(ctx: RecordContext, records: list[Record]) -> None:
    """A batch without an event singled out with ``其中`` (``…开工项目62个。其中,工业项目35个…``)
    or told as the rest of it (``其余4个项目涉及…``) is part of the batch before it: it takes that
    batch's event."""
    prev: Record | None = None
    sums: dict[int, int] | None = None
    for k, r in enumerate(records):
        if r.get("event") is None and prev is not None and r.evidence:
            start = r.evidence[0].start
            if ctx.text.find("其中", max(0, start - 4), start + 2) >= 0 or _later_part(ctx.text, start) \
                    or _taking_part(ctx.text, r) or _REST_OF.search(ctx.text, max(0, start - 4), start + 3):
                whole = prev
                if _larger_than(r, prev):
                    # a part cannot count more than its whole: the parts of the paragraph break down
                    # the batch before that counts as many as they add up to (``98个项目…完成投资…；
                    # …27个项目已竣工。其中，产业项目54个…；基础设施项目26个…；…项目18个…``)
                    sums = _part_sums(ctx, records) if sums is None else sums
                    total = sums.get(ctx.text.rfind("\n", 0, start) + 1)
                    whole = next((x for x in reversed(records[:k]) if x.get("event") is not None
                                  and total is not None and x.get("count") == total), prev)
                if whole is not None:
                    r.set("event", whole.get("event"), *whole.fields["event"].evidence)
        if r.get("event") is not None:
            prev = r


def _larger_than(part: Record, whole: Record) -> bool:
    """True when batch ``part`` counts more projects than batch ``whole``."""
    a, b = part.get("count"), whole.get("count")
    return isinstance(a, int) and isinstance(b, int) and a > b


#: A count of the list's own projects: ``名单内总投资10亿元以上项目9个``, ``入选项目较多``.
_OF_THE_LIST = re.compile(r"名单内|清单内|入选|列入|上述|以上项目|这批|该批")


def listed_batch_event(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A batch with no event counting the list's own projects by size or place (``名单内总投资10亿元
    以上项目9个``, ``甲县、乙县入选项目较多，分别为9个、8个``) after the article told every listed
    project's event on one day (``名单内项目已于11月16日同步开工``) takes that event."""
    told = listed_event(ctx, art)
    if told is None:
        return
    event, day, end = told
    for r in records:
        if r.get("event") is not None or not r.evidence or r.evidence[0].start < end:
            continue
        start = r.evidence[0].start
        s0 = max([art.start, *(ctx.text.rfind(c, art.start, start) + 1 for c in SENTENCE_END)])
        s1 = min((i for i in (ctx.text.find(c, start, art.end) for c in SENTENCE_END) if i >= 0),
                 default=art.end)
        if _OF_THE_LIST.search(ctx.text, s0, s1) is None:
            continue
        r.set("event", event, ctx.evidence(day.start, end))
