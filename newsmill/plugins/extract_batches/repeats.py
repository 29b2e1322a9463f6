"""Batches told again: restated, referred back to, or summed from their parts."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_batches.counts import (
    _whole_number,
)
from newsmill.zh.article_layout import is_box_figure_line
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import RecordContext, Span


def _told_before(r: Record, found: list[Record]) -> bool:
    """True when a batch of the article told before has the count, event and region of ``r``
    (which gives no total): the same projects named again (the region's zone written in full once
    and short the other time, ``某某经济开发区`` and ``某某经开区``, is one region)."""
    return any(o.get("count") == r.get("count") and o.get("event") == r.get("event")
               and _zone_form(o.get("region")) == _zone_form(r.get("region"))
               and r.get("event") is not None for o in found)


#: A zone's kind written in full → its short form.
_ZONE_KINDS = (("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"),
               ("高新技术开发区", "高新区"))


def _zone_form(region: object) -> object:
    """``region`` with its zone's kind in short form (``某某经济开发区`` → ``某某经开区``)."""
    if not isinstance(region, str):
        return region
    for full, short in _ZONE_KINDS:
        if region.endswith(full):
            return region[: -len(full)] + short
    return region


#: A count opening its sentence, what it counts and a word for all of them (``两个项目均…``,
#: ``上述3个项目都…``): the projects just told of, taken up again.
_BACK_REFERENCE = re.compile(r"(?:这|这些|上述|以上|前述)?(?:\d+|[两二三四五六七八九十])个(?:项目|工程)"
                             r"(?:均|都|全部|各自)")


#: Before a count: a rank (``是本批次投资额最大的两个项目``): the projects just named, singled out.
_RANKED_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,2}的$")


def _refers_back(text: str, s0: int, nstart: int) -> bool:
    """True when the count at ``nstart`` opens the sentence at ``s0`` or a clause of it and refers
    back to the projects told before it (``两个项目均计划2027年建成``, ``…，两个项目均…``), or
    follows a rank (``是…投资额最大的两个项目``)."""
    if _RANKED_BEFORE.search(text, max(s0, nstart - 6), nstart):
        return True
    c0 = max(s0, max(text.rfind(c, s0, nstart) for c in "，,；;") + 1)
    lead = text[c0:nstart]
    return lead in ("", "这", "这些", "上述", "以上", "前述") and _BACK_REFERENCE.match(text, c0) is not None


#: A count of the projects of the event just told, taken up again (``此次签约的3个项目均为…``,
#: ``本次集中开工的12个项目都…``): the batch told before, no batch of its own.
_EVENT_BACK = re.compile(r"(?:此次|本次|这次|当天|当日|同日)(?:集中|现场)?(?:签约|开工|竣工|投产|落地|签订)的"
                         r"(?:\d+|[两二三四五六七八九十]+)个(?:项目|工程)(?:均|都|全部|各自|大多|多为)")


def told_again(text: str, s0: int, nstart: int, value: int, found: list[Record]) -> bool:
    """True when the count at ``nstart`` opens its clause as the projects of the event just told
    (:data:`_EVENT_BACK`) and a batch of the article told before has that count."""
    c0 = max(s0, max(text.rfind(c, s0, nstart) for c in "，,；;") + 1)
    return _EVENT_BACK.match(text, c0) is not None and any(o.get("count") == value for o in found)


def _restated_in_box(text: str, at: int, value: int, found: list[Record]) -> bool:
    """True when the line at ``at`` is a line of a box of key figures (the figure, a gap, its
    label) whose count is that of a batch the page told before (in its story or another)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi >= 0 else len(text)]
    return is_box_figure_line(line) and any(r.get("count") == value for r in found)


#: A signing with firms and its sum, no count of projects (``与甲公司等3家企业集中签约，签约金额21.5亿元``,
#: ``与4家企业签订投资协议，签约总金额达30亿元``, ``…，协议投资额合计9.8亿元``): one project a firm,
#: the batch of the signing.
#: (also firms from a region, what they agreed on before the agreement and the sum they intend:
#: ``与省内外6家企业签订了算力合作协议，意向投资超过120亿元``)
_FIRMS_SIGNED = re.compile(r"与(?:[^，,。;；]{2,30}?等|(?:省|市|县|区|国|境)内外)?"
                           r"(?P<n>\d+|[两二三四五六七八九十]+)家"
                           r"[\u4e00-\u9fff]{0,4}?(?:企业|公司|单位)"  # (``两家能源企业``)
                           r"(?:集中|正式|成功|现场)?(?:签约|签订|签署)(?:了)?"
                           r"(?:[\u4e00-\u9fff]{2,4}?(?=合作协议|投资协议))?(?:投资|合作|项目)?(?:协议|合同)?"
                           r"(?=[^。;；]{0,16}?(?:签约总?金额|签约资金|签约总额|协议投资额|协议总?金额|总投资"
                           r"|意向投资额?)"
                           r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms signing with a place, told as the subject, then the sum of the agreements
#: (``4家企业与某县签约，协议总金额18亿元``, ``两家公司与某经开区签订投资协议，总投资9.6亿元``): one
#: project a firm, the batch of the signing.
_FIRMS_SIGNED_WITH = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家[\u4e00-\u9fff]{0,4}?(?:企业|公司)"
                                # (the partner a place or its government: firms signing with banks
                                # borrow, ``38家企业与金融机构现场签约``)
                                r"与[^，,。;；\d]{1,14}?(?:[省市县区镇乡]|街道|开发区|高新区|经开区|园区|管委会|政府)"
                                r"(?:集中|正式|成功|现场)?(?:签约|签订|签署)(?:了)?"
                                r"(?:投资|合作|项目)?(?:协议|合同)?"
                                r"(?=[，,][^。;；]{0,8}?(?:签约总?金额|签约资金|签约总额|协议投资额|协议总?金额"
                                r"|总投资)(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Pieces of the talks with firms below: the firms counted (``两家航空企业``), the talks, the sum
#: they intend (``意向投资额``).
_FIRMS_COUNTED = r"(?P<n>\d+|[两二三四五六七八九十]+)家[\u4e00-\u9fff]{0,4}?"
_TALKS = r"(?:洽谈|对接|接洽)"
_INTENDED = r"意向(?:投资额?|投资金额|金额)"


#: Firms come to talk with the sum they intend to invest (``已有3家企业前来洽谈，意向投资额共计20亿元``),
#: or a place talking with them (``正在与另外两家航空企业洽谈合作，意向投资额约2亿元``): one project a
#: firm, a batch in talks.
_FIRMS_TALK = re.compile(_FIRMS_COUNTED + r"(?:企业|公司|客商)(?:前来|来此)?" + _TALKS + r"(?:合作)?"
                         r"(?=[^。;；]{0,12}?" + _INTENDED + r"(?:共计|合计|约|达)?\d)")


#: A place in talks with firms over works of a kind, with the sum they intend together
#: (``正与两家央企洽谈某产业下游深加工项目，意向投资合计45亿元``,
#: ``与3家企业对接储能项目，意向投资共计12亿元``): one project a firm, a batch in talks.
_TALKS_WITH_FIRMS = re.compile(r"与" + _FIRMS_COUNTED + r"(?:企业|公司|央企|国企|外企)" + _TALKS
                               + r"[^，,。;；]{0,24}?项目"
                               # (``意向投资共3亿元``: the one-character word of the total too)
                               r"(?=[，,][^。;；]{0,4}?" + _INTENDED + r"(?:合计|共计|总计|共)(?:约|达)?\d)")


#: A place that reached an intention of working together with firms counted, and the sum they intend
#: (``还与3家电商平台企业达成合作意向，意向投资额约1.2亿元``, ``与两家企业签订投资意向书，意向投资5亿元``):
#: one project a firm, a batch in talks (an intention is no agreement signed).
_FIRMS_INTEND = re.compile(r"与" + _FIRMS_COUNTED + r"(?:企业|公司|客商)"
                           r"(?:达成|签订|签署)(?:了)?(?:合作|投资|项目)?意向(?:书|协议)?"
                           r"(?=[，,][^。;；]{0,4}?" + _INTENDED + r"(?:合计|共计|总计)?(?:约|达)?\d)")


#: A place in talks with firms, maybe of a province, over works of a kind told first, with the sum they
#: intend together (``与江苏两家企业就光伏支架、逆变器配套项目进行洽谈，意向投资合计约9亿元``): one
#: project a firm, a batch in talks.
_FIRMS_TALK_ON_WORKS = re.compile(r"与(?:[\u4e00-\u9fff]{2,3}?)?" + _FIRMS_COUNTED
                                  + r"(?:企业|公司|央企|国企|外企)就[^，,。;；]{0,24}?项目"
                                  r"(?:进行|开展)?了?(?:深入|初步|多轮)?的?" + _TALKS
                                  + r"(?=[，,][^。;；]{0,4}?" + _INTENDED
                                  + r"(?:合计|共计|总计)(?:约|达)?\d)")


#: Firms that signed and settled or that invest again, told as the subject, with the sum of their
#: agreements (``已有5家配套企业签约落户，协议投资额达21.4亿元``, ``3家企业相继签约入驻，签约金额12亿元``,
#: ``6家企业启动增资扩产，新增投资额32.8亿元``): one project a firm, a batch.
_FIRMS_SETTLED = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家[^，,。;；\d]{0,6}?(?:企业|公司)"
                            r"(?:今年|去年|已|先后|相继|陆续|成功)?(?:启动)?"
                            r"(?:签约落户|签约入驻|签约落地|签约进驻|增资扩产|追加投资)"
                            r"(?=[，,][^。;；]{0,6}?(?:签约总?金额|签约资金|协议投资额|协议总?金额|总投资|新增投资额?)"
                            r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms counted as those that settled (``其中,经龙头企业介绍落户的有5家``), the sum of their agreements
#: a clause or two later (``…,从接洽到签约平均不足50天,协议投资额合计28.6亿元``): one project a firm,
#: a batch signed. With no such sum the count is of firms, no batch.
_FIRMS_LANDED = re.compile(r"(?:落户|落地|签约|引进)的(?:企业|客商)?(?:就|已经?|共)?有"
                           r"(?P<n>\d+|[两二三四五六七八九十]+)家"
                           r"(?:企业)?(?=[，,][^。;；]{0,30}?(?:协议投资额|协议总?金额|签约总?金额|签约资金)"
                           r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms that have signed and settled, told with no sum at the clause's end (``其中6家企业已签约落户。``,
#: ``已有4家企业签约落地；``): one project a firm, a batch with no sum. Firms moving into a building
#: (``签约入驻``) are tenants, no batch.
_FIRMS_SETTLED_BARE = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家[^，,。;；\d]{0,6}?(?:企业|公司)"
                                 r"(?:今年|去年)?(?:已|先后|相继|陆续|成功)"
                                 r"(?:签约落户|签约落地)(?=[。;；]|$)")


#: What a sentence of such firms holds before them when they are a share of a batch of projects.
_BARE_AFTER = re.compile(r"项目|[\d.]+(?:亿|万)?元")


def _firms_signed(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """The count of :data:`_FIRMS_SIGNED`, :data:`_FIRMS_TALK`, :data:`_FIRMS_SETTLED`,
    :data:`_TALKS_WITH_FIRMS`, :data:`_FIRMS_INTEND`, :data:`_FIRMS_TALK_ON_WORKS` or
    :data:`_FIRMS_SETTLED_BARE` in a sentence with no count of projects."""
    m = _FIRMS_SIGNED.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_TALK.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_SETTLED.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_SIGNED_WITH.search(ctx.text, sent.start, sent.end) \
        or _TALKS_WITH_FIRMS.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_INTEND.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_TALK_ON_WORKS.search(ctx.text, sent.start, sent.end)
    if m is None and "有" in ctx.text[sent.start:sent.end]:
        m = _FIRMS_LANDED.search(ctx.text, sent.start, sent.end)
    if m is None and "签约落" in ctx.text[sent.start:sent.end]:
        m = _FIRMS_SETTLED_BARE.search(ctx.text, sent.start, sent.end)
        if m is not None and _BARE_AFTER.search(ctx.text, sent.start, m.start()):
            m = None
    if m is None:
        return []
    value = _whole_number(m.group("n"))
    return [] if value is None else [(m.start("n"), m.end(), m.start("n"), value)]


def _firms_before(sent: Span, counts: list[tuple[int, int, int, int]], money: list[Figure],
                  firms: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The firms' batch of a sentence that counts projects later (``12家企业追加投资，协议金额合计X；
    8个二期项目开工``): kept when its sum comes before the first count of projects."""
    first = min(c[0] for c in counts)
    return [f for f in firms if f[1] <= first and any(f[1] < m.start < first for m in money)]


#: Counts listed one after the other (``开工13个项目、竣工11个项目``): only a separator between them.
_LISTED_NEXT = re.compile(r"[、,，]|和|及|以及")


#: What a gap between two listed counts never holds: the end of a sentence or an amount.
_NOT_LISTED = re.compile(r"[。;；:：\d]|元")


#: A sum of the counts just listed (``，合计总投资95亿元``, ``，共计完成投资40亿元``).
SUMMED_TOTAL = re.compile(r"[,，]?(?:合计|共计|总计)"
                          r"(?:总投资额?|投资总额|完成投资|投资|签约资金|签约金额|金额)?"
                          r"(?:达到|约为|约|达|为|近|超过|超|逾)?")


#: A total after counts listed under ``共`` (``共核准项目3个、备案项目43个，总投资187.3亿元``).
_PLAIN_TOTAL = re.compile(r"[,，](?:总投资额?|投资总额|计划总投资)(?:达到|约为|约|达|为|近|超过|超|逾)?")
#: ``共`` opening a list of counts of projects by how they were handled (``共核准``, ``全市共签约``).
_ALL_OPENING = re.compile(r"共(?:核准|备案|审批|签约|开工|引进|实施|安排|谋划|落地)")


def _summed(ctx: RecordContext, sent: Span, parts: list[Record]) -> list[Record]:
    """Counts listed in a row and then summed up (``集中开工13个项目、竣工11个项目，合计总投资95亿元``):
    the sum is a batch of its own (all the projects, the event they share, the total); the last
    count listed does not take the total.  Counts listed after ``共`` (``共核准企业投资项目3个、备案项目
    43个，总投资187.3亿元``) are summed by the total after them, with no ``合计``."""
    spans = [(r, r.fields["count"].evidence[0]) for r in parts if r.fields["count"].evidence]
    spans.sort(key=lambda x: x[1].start)
    text = ctx.text
    opened = bool(spans) and _ALL_OPENING.search(text, max(sent.start, spans[0][1].start - 24),
                                                 spans[0][1].start) is not None
    for k in range(len(spans) - 1, 0, -1):
        last, ev = spans[k]
        m = SUMMED_TOTAL.match(text, ev.end) or (_PLAIN_TOTAL.match(text, ev.end) if opened else None)
        if m is None or not m.group().lstrip(",，"):
            continue
        money = [f for f in ctx.figures_in(m.end(), min(sent.end, m.end() + 14), "money")
                 if f.start == m.end() and f.unit in ("CNY", "", None)]
        if not money:
            continue
        run = [spans[k]]
        j = k - 1
        while j >= 0:
            gap = text[spans[j][1].end:run[0][1].start]
            if len(gap) > 8 or not _LISTED_NEXT.match(gap) or _NOT_LISTED.search(gap):
                break
            run.insert(0, spans[j])
            j -= 1
        if len(run) < 2:
            continue
        f = money[0]
        if last.get("total_cny") == int(f.value):
            last.set("total_cny", None)
        whole = Record("batch", article=sent.article)
        whole.set("count", sum(r.get("count") for r, _ in run),
                  *(e for _, e in run))
        whole.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        events = {r.get("event") for r, _ in run}
        first = run[0][0]
        if len(events) == 1 and first.get("event") is not None:
            whole.set("event", first.get("event"), *first.fields["event"].evidence)
        else:
            whole.set("event", None)
        whole.set("status", first.get("status"), *first.fields["status"].evidence)
        if first.get("region") is not None:
            whole.set("region", first.get("region"), *first.fields["region"].evidence)
        else:
            whole.set("region", None)
        whole.evidence = [ctx.evidence(first.evidence[0].start if first.evidence else run[0][1].start,
                                       f.end)]
        return [whole]
    return []
