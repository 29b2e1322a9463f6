"""The record of one batch."""

from __future__ import annotations

import copy
import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_batches.counts import (
    _total,
    _whole_number,
)
from newsmill.plugins.extract_batches.describe import (
    _describe,
)
from newsmill.plugins.extract_batches.events import (
    AGREED_SUM,
)
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import SCOPE_RE, RecordContext, Span, place_name

#: ``…等13个配套项目,力争完成总投资100亿元``: a goal for the projects just counted.
GROUP_GOAL = re.compile(r"(?:完成|实现)(?:年度)?(?:总投资|投资)(?:额)?(?:达到|达|为|超过|超)?$")


#: The year's planned spending (``年度计划完成投资``, ``年度计划投资``): of a group already summed up, a
#: part of its total, no batch of its own.
_YEAR_SHARE = re.compile(r"^(?:当年|年度|今年|年内)(?:计划)?(?:完成)?投资(?:额)?(?:达到|达|为)?$")
#: One project named by its works, then its signed sum (``某某民宿集群项目签约金额3.2亿元``, ``某康养谷项目
#: 签约金额…``): the project's amount, no total of a batch.
_ONE_PROJECT_SIGNED = re.compile(r"(?:集群|园|基地|中心|酒店|综合体|谷|小镇|度假区|度假村|景区|街区|厂"
                                 r"|生产线"
                                 # (the ocean economy's works: ``某某滨海游艇旅游项目签约金额6.8亿元``,
                                 # ``某某养殖工船项目…``, ``某某风电运维码头项目…``)
                                 r"|游艇旅游|滨海旅游|码头|渔港|工船|平台|风电场)"
                                 r"项目(?:签约|协议)(?:总)?金额(?:达到|约为|约|达|为)?$")


#: A clause with a subject of its own, the projects of a whole region (``，全县重点项目完成投资X``):
#: a statistic of the region, not the goal of the projects the sentence counted.
REGION_CLASS = re.compile(r"全(?:省|市|州|县|区|镇|乡)[\u4e00-\u9fff]{0,8}项目")


#: Named projects listed with one event and one total (``甲项目、乙项目和丙项目集中开工,总投资105.6亿元``).
NAMED_LIST = re.compile(
    r"(?P<list>(?:[^,，。;；、]{2,30}?项目(?:、|和|及|以及)){1,9}[^,，。;；、]{2,30}?项目)(?:等)?"
    r"(?:集中|同时|同日|一并|共同|先后|现场)?(?P<ev>开工建设|开工|签约|竣工投产|竣工|投产|落户)"
    r"[,，]?(?:总投资额?|投资总额)(?:达到|达|约为|约|为|共)?")


#: A listed name joined to the next one, what every match of :data:`NAMED_LIST` holds.
_NAME_JOINED = re.compile(r"项目(?:、|和|及|以及)")


def _named_list(ctx: RecordContext, sent: Span) -> list[Record]:
    """A batch counted by its listed names: as many projects as names, the total that follows."""
    out: list[Record] = []
    text = ctx.text
    if text.count("项目", sent.start, sent.end) < 2 or text.find("投资", sent.start, sent.end) < 0:
        return out  # the pattern needs two names ending in 项目 and a total (投资)
    joined = _NAME_JOINED.search(text, sent.start, sent.end)
    if joined is None:
        return out  # nor a name joined to the next one
    # a match's first name ends at such a join, at most 30 characters from its start: none starts
    # before 30 characters ahead of the first join (the pattern, tried at every position, is slow)
    for m in NAMED_LIST.finditer(text, max(sent.start, joined.start() - 30), sent.end):
        money = [f for f in ctx.figures_in(m.end(), min(sent.end, m.end() + 16), "money")
                 if f.start <= m.end() + 1]
        if not money or money[0].unit not in ("CNY", "", None):
            continue
        f = money[0]
        r = Record("batch", article=sent.article)
        r.set("count", m.group("list").count("项目"), ctx.evidence(m.start("list"), m.end("list")))
        r.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        _describe(ctx, r, sent, m.start("list"), m.end("list"), f.end, m.start("list"))
        out.append(r)
    return out


#: ``签约项目总额近4亿元``, ``项目招引突破50亿元``, ``合计估算总投资近400亿元``, ``扩产项目协议金额突破
#: 120亿元``, ``新签约项目合同金额突破4500亿元``, ``在建项目累计完成投资131.6亿元``: a total with no count.
TOTAL_ONLY = re.compile(r"(?:项目[^,，。;；]{0,8}?"
                        r"(?:总额|招引|签约资金|签约金额|协议(?:投资)?(?:总)?金额|协议投资额|引资"
                        r"|(?<=签约项目)合同(?:总)?(?:金)?额)"
                        r"|(?:签约|开工|竣工|在建|重点|意向)项目[^,，。;；]{0,4}?(?:总投资额?|投资总额)"
                        r"|合计[^,，。;；]{0,4}?总投资"
                        # (what the works under way have spent so far: ``在建项目累计完成投资…``)
                        r"|在建项目[^,，。;；\d]{0,4}?(?:累计)?完成(?:年度)?投资(?:额)?"
                        # (the projects of a sector, what they have spent: ``文旅项目完成投资6.3亿元``)
                        r"|(?P<sector>文旅|文化旅游|旅游)项目(?:累计)?完成(?:年度)?投资(?:额)?)"
                        r"(?:达到|约为|约|达|为|共|突破|超过)?$")


def _own_item(ctx: RecordContext, sent: Span, found: list[Record], f: Figure) -> bool:
    """True when a ``；`` and a rate stand between the sentence's last counted batch and ``f``
    (``已开复工305个，开复工率95.9%；完成投资412.3亿元``), or between ``f`` and the first counted
    batch after it, not opening on ``其中`` (``完成投资3856亿元，同比增长8.2%；新开工项目186个``): the
    amount is a statistic of its own (after a rate, a comma does as well before the spending done:
    ``…开工率84.4%，累计完成投资29.6亿元``)."""
    text = ctx.text
    ends = [r.evidence[0].end for r in found if r.evidence and r.get("count")
            and sent.start <= r.evidence[0].start < f.start]
    if not ends:
        starts = [r.evidence[0].start for r in found if r.evidence and r.get("count")
                  and f.end <= r.evidence[0].start < sent.end]
        if not starts:
            return False
        lo, hi = f.end, min(starts)
        semi = max(text.rfind("；", lo, hi), text.rfind(";", lo, hi))
        if semi >= 0 and text.startswith("其中", semi + 1):
            return False  # ``完成投资X，占年度计划的Y%；其中，新开工项目N个``: the parts of that batch
    else:
        lo, hi = max(ends), f.start
    return (text.find("；", lo, hi) >= 0 or text.find(";", lo, hi) >= 0
            or (hi == f.start and _DONE_SPENDING.search(text, max(lo, f.start - 8), f.start) is not None)) \
        and bool(ctx.figures_in(lo, hi, "percent"))


#: The spending done so far right before a sum (``累计完成投资``): after a rate, with a comma too
#: (``已开工27个，开工率84.4%，累计完成投资29.6亿元``), a statistic of its own.
_DONE_SPENDING = re.compile(r"完成(?:年度)?投资(?:达到|达|为)?$")


def _total_only(ctx: RecordContext, sent: Span, found: list[Record],
                figures: list[Figure] | None = None) -> list[Record]:
    """Totals of projects given with no count (``签约项目总额近4亿元``): batches of their own;
    ``figures`` are the sentence's money figures when already known."""
    out: list[Record] = []
    if figures is None:
        figures = ctx.figures_in(sent.start, sent.end, "money")
    if not figures:
        return out
    text = ctx.text
    words = text.find("项目", sent.start, sent.end) >= 0 or text.find("合计", sent.start, sent.end) >= 0
    if not words and text.find("投资", sent.start, sent.end) < 0:
        return out  # TOTAL_ONLY needs 项目 or 合计, GROUP_GOAL needs 投资
    in_batch_sentence = any(r.evidence and sent.start <= r.evidence[0].start < sent.end
                            and r.get("count") for r in found)
    if not words and not in_batch_sentence:
        return out
    used = [(e.start, e.end) for r in found if "total_cny" in r.fields
            for e in r.fields["total_cny"].evidence]
    for f in figures:
        if any(s <= f.start < e for s, e in used) or f.unit not in ("CNY", "", None):
            continue
        c0 = ctx.clause_start(f.start, sent.start)
        before = text[c0:f.start]
        # (TOTAL_ONLY, tried at every position, needs 项目 or 合计)
        total_only = TOTAL_ONLY.search(before) if "项目" in before or "合计" in before else None
        if total_only is not None and _ONE_PROJECT_SIGNED.search(before):
            continue  # 丹巴县某某民宿集群项目签约金额3.2亿元: one project's sum, no batch
        if total_only is not None and total_only.group("sector") and _GROWTH_AFTER.match(text, f.end):
            continue  # 全区文旅项目完成投资3.2亿元，同比增长11.5%: a sector's statistic with its growth
        if not (total_only is not None
                or (in_batch_sentence and GROUP_GOAL.search(before) and not _own_item(ctx, sent, found, f)
                    and not REGION_CLASS.search(before) and "基金" not in before
                    and not _SECTOR_SPENT.search(before))):
            continue  # (``基金已完成投资4.6亿元,带动3个项目落户``: the fund's own investing, no batch's)
        if _YEAR_SHARE.search(before) and any(
                o.get("count") and o.get("total_cny") is not None and o.evidence
                and sent.start <= o.evidence[0].start < f.start for o in found):
            continue  # ``19个项目总投资74.3亿元,年度计划完成投资21.5亿元``: the year's part of that total
        r = Record("batch", article=sent.article)
        listed = _TOP_LIST.search(before) if "大" in before else None
        n = _whole_number(listed.group("n")) if listed is not None else None
        if n is not None:  # 十大重点项目总投资46.4亿元: the list's name says how many it holds
            r.set("count", n, ctx.evidence(c0 + listed.start("n"), c0 + listed.end("n")))
        else:
            r.set("count", None)
        r.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        _describe(ctx, r, sent, c0, f.end, f.end)
        if "全" in before and SCOPE_RE.search(before) is not None \
                and (scope := ctx.scope_region(sent, f.start, sent.article)) is not None \
                and c0 <= scope[1]:
            # ``力争上半年全市新签约项目合同金额突破…``: the scope word inside the clause names the region
            r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
        if r.get("event") is None and (agreed := AGREED_SUM.search(before)) is not None:
            # ``增资扩产项目协议投资额达到86亿元``: the sum of agreements, i.e. signed
            r.set("event", "signed", ctx.evidence(c0 + agreed.start(), c0 + agreed.end()))
        if n is not None and r.get("event") is None \
                and (done := _SPENT_AFTER.match(text, f.end, sent.end)) is not None:
            # ``…，全年完成投资21.3亿元``: the listed works are under way, their year's spending told
            r.set("event", "under_construction", ctx.evidence(done.start("cue"), done.end("cue")))
        out.append(r)
    return out


#: A list of key works named by their number (``十大重点项目``, ``五大民生工程``), right before its total.
_TOP_LIST = re.compile(r"(?<![\d一二三四五六七八九十百])"
                       r"(?P<n>[两三四五六七八九]|十[一二三四五六七八九]?|二十)大"
                       r"[\u4e00-\u9fff]{0,4}?(?:项目|工程)(?:的)?(?:计划)?(?:总投资|投资总额)(?:约|达|为)?$")


#: A sector's spending with no project in its clause (``全省旅游产业完成投资…``, ``文旅行业完成投资…``): a
#: statistic of the sector, not the total of the projects the sentence counts.
_SECTOR_SPENT = re.compile(r"^[^项]*(?:产业|行业)(?:累计|共)?完成(?:固定资产)?投资(?:额)?$")



#: A growth rate right after a figure (``，同比增长11.5%``).
_GROWTH_AFTER = re.compile(r"[，,](?:同比|比上年|较上年)?(?:增长|下降)")


#: The year's spending told right after a total (``，全年完成投资21.3亿元``).
_SPENT_AFTER = re.compile(r"[，,](?:全年|今年|年内|当年|累计)?(?P<cue>完成(?:年度)?投资)")


#: The two places just named, each given the same count (``两地全年新签约项目均不少于15个``).
_EACH_OF_TWO = re.compile(r"两(?:地|县|区|县区|区县|市)[^,，。;；]{0,16}?均")


def _each_of_two(ctx: RecordContext, sent: Span, r: Record, nstart: int) -> list[Record]:
    """The batch of the other of two places named before a count given to each (``甲区…,乙县…,两地
    全年新签约项目均不少于15个``): a copy of ``r`` for it, when ``r`` has one of the two."""
    c0 = ctx.clause_start(nstart, sent.start)
    m = _EACH_OF_TWO.search(ctx.text, c0, nstart)
    if m is None:
        return []
    named: list[Any] = []
    for p in reversed(ctx.mentions_in("places", sent.start, c0 + m.start())):
        v = p.value if isinstance(p.value, dict) else {}
        if v.get("level") in ("county", "district", "city") and not ctx.in_org(p.start) \
                and place_name(p) not in [place_name(q) for q in named]:
            named.append(p)
        if len(named) == 2:
            break
    names = [place_name(p) for p in named]
    if len(named) < 2 or r.get("region") not in names:
        return []
    other = named[1 - names.index(r.get("region"))]
    twin = copy.deepcopy(r)
    twin.set("region", place_name(other), ctx.evidence(other.start, other.end))
    return [twin]


def _batch(ctx: RecordContext, sent: Span, start: int, end: int, nstart: int, value: int,
           counts: list[tuple[int, int, int, int]]) -> Record:
    r = Record("batch", article=sent.article)
    r.set("count", value, ctx.evidence(start, end))
    lo, hi = start, end
    total = _total(ctx, sent, start, end, counts)
    if total is not None and total.unit in ("CNY", "", None):
        r.set("total_cny", int(total.value), ctx.evidence(total.start, total.end))
        lo, hi = min(lo, total.start), max(hi, total.end)
    else:
        r.set("total_cny", None)
    _describe(ctx, r, sent, start, end, hi, lo)
    return r
