"""Extractor ``extract-batches``: groups of projects announced together.

A batch is a count of projects (``签约项目79个``, ``新开工12个项目``,
``15条骨干道路``) with, when the sentence gives it, the group's total
(``总投资584.4亿元``, ``签约资金285.6亿元``, ``总投资75.6亿元的21个项目``).
Fields: ``region``, ``event`` (a stage), ``status``, ``count``,
``total_cny``; each with its evidence.  Runs before ``extract-projects`` so
projects listed under a batch can link to it.
"""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record
from newsmill.plugins.extract_batches.carry import (
    _carry_breakdown_event,
    _carry_event,
    _headline_batch,
    listed_batch_event,
)
from newsmill.plugins.extract_batches.counts import (
    _breakdown_counts,
    _counted_in_turn,
    _counts,
    _follow_on_counts,
    _kinds_in_turn,
    _later_parts,
    _parts_of_carried_out,
    _parts_of_whole,
    _set_parts,
    malls_built,
)
from newsmill.plugins.extract_batches.record import (
    _batch,
    _each_of_two,
    _named_list,
    _total_only,
)
from newsmill.plugins.extract_batches.regions import (
    _carry_region,
    _paragraph_region,
)
from newsmill.plugins.extract_batches.repeats import (
    _firms_before,
    _firms_signed,
    _refers_back,
    _restated_in_box,
    _summed,
    _told_before,
    told_again,
)
from newsmill.plugins.extract_batches.tables import (
    _table_batches,
)
from newsmill.zh.listed import LISTED_ON
from newsmill.zh.readable import readable
from newsmill.zh.recctx import RecordContext, Span, context_of
from newsmill.zh.record_senses import no_batch

#: A size class of projects right before their count (``投资50亿元以上项目``, ``10亿元至50亿元项目``).
SIZE_CLASS = re.compile(r"\d+(?:\.\d+)?[亿万]元(?:以上|及以上|至\d+(?:\.\d+)?[亿万]元)的?项目$")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 100}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of this extractor."""
    return {"min_count": Option(int, 2, "Smallest number of projects that makes a batch.")}


def extract_batches(doc: Document, min_count: int = 2) -> list[Record]:
    """Batch records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    out: list[Record] = []
    text = ctx.text
    for art in ctx.article_spans():
        first = len(out)
        seen: set[tuple[Any, Any]] = set()
        sentences = ctx.sentences(art)
        counted_end = -1  # the end of the sentence before when it counted projects
        for sent, money in zip(sentences, ctx.sentence_figures(sentences, "money"), strict=True):
            s0, s1 = sent.start, sent.end
            if text.startswith("#", s0):
                continue
            counts = _counts(ctx, sent)
            if text.find("个", s0, s1) >= 0 and (text.find("的有", s0, s1) >= 0
                                                 or text.find("协议", s0, s1) >= 0
                                                 or text.find("合同", s0, s1) >= 0
                                                 or text.find("项目占", s0, s1) >= 0):
                if extra := _breakdown_counts(ctx, sent, art, counts):
                    counts = sorted(counts + extra)
            if not counts and text.find("项目中", s0, s1) >= 0:
                counts = _set_parts(ctx, sent, art)  # 入选项目中，新开工5个、续建4个
            elif counts and text.find("项目中", s0, s1) >= 0 and (extra := _parts_of_carried_out(ctx, sent)) \
                    and extra[-1][1] <= counts[0][0]:
                counts = sorted(extra + counts)  # 实施的重点项目中，已竣工9个、在建15个…；计划储备项目60个
            if not counts and counted_end >= 0 and text.find("\n", counted_end, s0) < 0:
                counts = _later_parts(ctx, sent)  # …项目126个…。截至5月底，开工复工97个
            if (text.find("项目中", s0, s1) >= 0 or text.find("注册", s0, s1) >= 0) \
                    and (extra := _parts_of_whole(ctx, sent, counts)):
                counts = sorted(counts + extra)  # 12个签约项目中已有3个开工建设; 签约项目已有9个完成注册
            counted_end = s1 if counts else -1
            if counts and text.find("分别", s0, s1) >= 0:
                counts = sorted(counts + _kinds_in_turn(ctx, sent, counts))
            if counts:
                counts += _follow_on_counts(ctx, sent, counts)
                if money and text.find("家", s0, s1) >= 0:
                    counts = _firms_before(sent, counts, money, _firms_signed(ctx, sent)) + counts
            elif (money or text.find("签约落", s0, s1) >= 0) and text.find("家", s0, s1) >= 0:
                counts = _firms_signed(ctx, sent)
            parts: list[Record] = []
            entered_end = -1  # the end of a count of projects entered in the statistics in this sentence
            for start, end, nstart, value in counts:
                if value < min_count and not (value == 1 and SIZE_CLASS.search(ctx.text, max(0, nstart - 24),
                                                                                   nstart)):
                    continue  # (one project of a size class of the batch is a count: 50亿元以上项目1个)
                if no_batch(text, start, end):
                    continue  # 4个项目的比赛, 联合体中标2个项目, IPO项目48个: no projects of a place
                if text.endswith(_BROUGHT_ABOUT, s0, start):
                    continue  # ``同乡会…促成项目近10个``: projects a body helped bring about, its work
                if text.endswith(_ENTERED_IN_RECORDS, s0, start) or _entered_kind(text, s0, start):
                    entered_end = end
                    continue  # ``新增入库项目37个``: projects entered in the statistics, no event of theirs
                if entered_end >= 0 and _PART_AFTER.match(text, entered_end, start):
                    continue  # ``新入库工业项目38个，其中亿元以上项目21个``: a part of them, no batch either
                if _refers_back(text, s0, nstart):
                    continue  # ``两个项目均计划2027年建成``: the projects just named, no batch of their own
                if told_again(text, s0, nstart, value, out[first:]):
                    continue  # ``此次签约的3个项目均为…``: the batch just told, taken up again
                if _restated_in_box(text, s0, value, out[first:]):
                    continue  # a box of key figures restating a count of the story (``37个　新签约项目``)
                if text.find("未", end, s1) >= 0 and _NOT_DONE.match(text, end):
                    continue  # 尚有14个计划新开工项目未能按期开工: projects that missed the event
                if text.find("未", s0, nstart) >= 0 and _CLEARED_UNDONE.search(text, s0, nstart):
                    continue  # 清理长期未落地项目5个: projects dropped for missing the event
                if text.startswith("的", end) and _PAPERWORK_OF.match(text, end):
                    continue  # 完成剩余3个项目的施工许可办理: a task on the projects' papers, no event
                r = _batch(ctx, sent, start, end, nstart, value, counts)
                if r.get("event") is None and malls_built(text, start, end):
                    r.set("event", "under_construction", ctx.evidence(start, end))  # 新建改造商业综合体4个
                parts.append(r)
                key = (r.get("count"), r.get("total_cny"))
                if r.get("total_cny") is not None and key in seen:
                    continue  # the same batch restated later in the article
                if (twin := _crosshead_twin(ctx, art, r, out[first:])) is not None:
                    out.remove(twin)  # ``莱州:9个外资项目集中签约`` over the story telling them: the story's
                    seen.discard((twin.get("count"), twin.get("total_cny")))
                if r.get("total_cny") is None and _told_before(r, out[first:]):
                    continue  # 已投产项目11个…其中11个项目已经投产: the same batch told again
                if r.get("total_cny") is None and _WHOLE_OF_PARTS.match(text, nstart) \
                        and any(o.get("count") == value for o in out[first:]):
                    continue  # 68个重点项目中，已竣工9个、在建51个: the group told before, now in parts
                seen.add(key)
                out.append(r)
                if text.find("均", s0, nstart) >= 0:
                    out.extend(_each_of_two(ctx, sent, r, nstart))
            if len(parts) >= 2 and (text.find("计", s0, s1) >= 0 or text.find("共", s0, s1) >= 0):
                out.extend(_summed(ctx, sent, parts))
            if not counts and text.find("投资", s0, s1) >= 0:
                out.extend(_named_list(ctx, sent))
            if not counts and text.find("分别", s0, s1) >= 0:
                out.extend(_counted_in_turn(ctx, sent, art))
            if money:
                out.extend(_total_only(ctx, sent, out, money))
        if text.find("  ", art.start, art.end) >= 0 or text.find("\t", art.start, art.end) >= 0:
            out.extend(_table_batches(ctx, art, out[first:]))
        _carry_region(out[first:])
        _paragraph_region(ctx, out[first:])
        _carry_event(ctx, out[first:])
        _carry_breakdown_event(ctx, out[first:])
        if text.find("于", art.start, art.end) >= 0 and LISTED_ON.search(text, art.start, art.end):
            listed_batch_event(ctx, art, out[first:])  # 名单内项目已于…开工。……名单内…项目9个
        _event_of_restated(out[first:])
        out[first:] = _without_bare_repeats(out[first:])
        out.extend(_headline_batch(ctx, art, out[first:], min_count))
    return out


def _in_subheading(ctx: RecordContext, art: Span, r: Record) -> bool:
    """Whether ``r`` is read from a cross-head of its article (a subheading line)."""
    if art.article is None or not r.fields.get("count") or not r.fields["count"].evidence:
        return False
    at = r.fields["count"].evidence[0].start
    heads = ctx.doc.articles[art.article].attributes.get("subheadings") or []
    return any(h0 <= at < h1 for h0, h1 in heads)


def _crosshead_twin(ctx: RecordContext, art: Span, r: Record, found: list[Record]) -> Record | None:
    """A batch of the article read from a cross-head (``莱州:9个外资项目集中签约``) that ``r``, read
    from the story under it, tells again with the same count and event: the cross-head's is the
    label, the story's the batch (with its sentence, its total and its parts)."""
    if r.get("event") is None or _in_subheading(ctx, art, r):
        return None
    return next((o for o in found if o.get("count") == r.get("count") and o.get("event") == r.get("event")
                 and _in_subheading(ctx, art, o)), None)


def _event_of_restated(found: list[Record]) -> None:
    """A count told again with its sum and no event (``观摩团先后察看了甲镇、乙镇的8个项目，8个项目总投资
    32.6亿元``) takes the event of the same count told just before without a sum, in the same region:
    the same projects (the count told first is then dropped as a repeat)."""
    for i, r in enumerate(found):
        if r.get("event") is not None or r.get("total_cny") is None or r.get("count") is None:
            continue
        src = next((o for o in reversed(found[:i]) if o.get("count") == r.get("count")
                    and o.get("region") == r.get("region") and o.get("total_cny") is None
                    and o.get("event") is not None and _at(o) < _at(r)), None)
        if src is not None:
            r.set("event", src.get("event"), *src.fields["event"].evidence)


def _without_bare_repeats(found: list[Record]) -> list[Record]:
    """The batches of an article without a bare count (no event, no total) of projects another of
    its batches counts with an event or a total (``实地观摩项目14个`` … ``此次观摩的14个项目总投资…``,
    ``一天走完21个项目``), nor a count with no total that another batch of the same event and region
    gives with its total: the same projects told again."""
    def bare(r: Record) -> bool:
        return r.get("count") is not None and r.get("event") is None and r.get("total_cny") is None
    told = {(r.get("count"), r.get("region")) for r in found if not bare(r)}
    # the projects counted with no sum and told again with their sum, the event the same
    # (``实地察看23个重点项目`` … ``此次观摩的23个项目总投资168.4亿元``)
    # (told first with no sum: a count told after the summed one is other projects, ``…5个项目投资额合计
    # 128亿元。…其中10亿元以上项目5个``)
    summed = {(r.get("count"), r.get("region"), r.get("event")): _at(r) for r in found
              if r.get("count") is not None and r.get("total_cny") is not None}
    return [r for r in found
            if (not bare(r) or (r.get("count"), r.get("region")) not in told)
            and not (r.get("total_cny") is None and r.get("count") is not None
                     and _at(r) < summed.get((r.get("count"), r.get("region"), r.get("event")), -1))]


def _at(r: Record) -> int:
    """Where batch ``r`` is told (the start of its first evidence), -1 when unknown."""
    return r.evidence[0].start if r.evidence else -1


#: Words before a count of projects a body helped bring about, no event told (``促成项目近10个``).
_BROUGHT_ABOUT = ("促成", "促成合作", "撮合", "牵线")


#: Words before ``项目`` of projects entered in the statistics or a project library
#: (``新增入库项目37个``, ``纳统项目19个``): a step of bookkeeping, no event of the works.
_ENTERED_IN_RECORDS = ("入库", "纳统", "入统")


#: A kind of projects between the bookkeeping word and ``项目`` (``新入库工业项目38个``,
#: ``纳统产业项目12个``): projects entered in the statistics all the same.
_ENTERED_KIND = re.compile(r"(?:入库|纳统|入统)[\u4e00-\u9fff]{1,4}$")


#: The way from a count to a part of it in the same sentence (``…38个，其中亿元以上项目21个``).
_PART_AFTER = re.compile(r"[,，]其中[^,，。;；]{0,12}$")


def _entered_kind(text: str, s0: int, start: int) -> bool:
    """Whether the count starting at ``start`` counts projects of a kind entered in the statistics or a
    project library (``全市新入库工业项目38个``): a step of bookkeeping, no event of the works."""
    return bool(_ENTERED_KIND.search(text, max(s0, start - 8), start))


#: Projects told as not having made their event (``…项目未能按期开工``, ``…项目尚未签约``).
_NOT_DONE = re.compile(r"[^,，。;；]{0,8}?(?:未能|尚未|仍未|未)(?:按期|如期|按时|按计划|全部)?"
                       r"(?:开工|开复工|复工|签约|落地|竣工|投产|建成)")


#: Projects cleared out or called off for never making their event, before their count
#: (``今年已清理长期未落地项目5个``, ``收回未开工项目用地``): no batch of the event.
_CLEARED_UNDONE = re.compile(r"(?:清理|清退|清出|退出|终止|解约|收回)[^,，。;；]{0,6}?(?:未能|尚未|仍未|未)"
                             r"(?:按期|如期)?(?:开工|签约|落地|竣工|投产|建成|履约)[^,，。;；\d]{0,6}?项目$")


#: The papers or steps of approval of the projects just counted, a task's object
#: (``完成剩余3个项目的施工许可办理``, ``加快5个项目的用地报批``): no event of the works.
_PAPERWORK_OF = re.compile(r"的(?:施工许可|施工图|手续|审批|报批|用地|土地|环评|能评|安评|立项|备案|核准"
                           r"|征地|征收)")


#: A count of projects opening a breakdown of them (``68个重点项目中，``).
_WHOLE_OF_PARTS = re.compile(r"\d+个[^,，。;；\d]{0,10}?项目中[,，]")


@hookimpl
def newsmill_extract(doc: Document, options: dict[str, Any]) -> list[Record]:
    """Records of this kind for one document."""
    return readable(doc, extract_batches(doc, int(options.get("min_count", 2))))
