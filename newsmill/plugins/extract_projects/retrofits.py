"""Works on a running plant told by what is done to it, not by a project's name: a retrofit done
(``某电厂完成超低排放改造``, ``该公司去年完成全流程节能改造``), a system a firm pays for
(``某有限公司投资4.6亿元建设烟气脱硫系统``), a unit told by its count (``一套…提氢装置正在满负荷运行``)."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.zh.dates import month_of
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span

#: A retrofit told done right after its subject (``完成超低排放改造``, ``去年完成全流程节能改造``), the kind
#: of retrofit closing its clause.
_DONE_RETROFIT = re.compile(r"(?:(?:去年|今年|前年|上年|日前|近日|年初|年底)(?:\d{1,2}月(?:份|底)?)?)?"
                            r"(?:已经|已|顺利|全面|率先)?完成了?(?P<kind>[\u4e00-\u9fff]{2,10}?改造)"
                            r"(?=[，,。；;])")


#: The legal forms that end a company's full name (``某某特钢有限公司``, ``某某能源集团``).
_LEGAL_FORM = "(?:有限公司|有限责任公司|股份公司|集团)"


#: A plant as the subject of its retrofit: its name is the works' head (``某某电厂超低排放改造``).
_PLANT_END = re.compile(r"(?:电厂|热电厂|电站|工厂|[^工]厂)$")


#: A firm as the subject, told by reference or by its legal form (``该公司``, ``某某特钢有限公司``):
#: the retrofit is named alone, the firm is its investor.
_FIRM_BEFORE = re.compile(rf"(?:(?:该|这家)(?:公司|企业|厂|集团)|{_LEGAL_FORM})$")


#: A system or unit a firm pays for, named after the sum (``投资4.6亿元建设烟气循环及脱硫脱硝系统``).
_FIRM_SYSTEM = re.compile(rf"(?:{_LEGAL_FORM}|公司)投资[\d.０-９．]+[万亿]元"
                          r"(?:建设|新建|建成|上马|实施)(?P<what>[\u4e00-\u9fff]{4,16}?(?:系统|装置))"
                          r"(?=[，,。；;])")


#: A unit counted as one (``一套焦炉煤气提氢装置正在满负荷运行``), with a state of its own after it.
_ONE_UNIT = re.compile(r"一套(?P<what>[\u4e00-\u9fff]{4,14}?装置)(?=(?:目前|现)?(?:正在|已经|已)"
                       r"[^，,。；;]{0,4}?(?:运行|生产|投运|投产))")


def retrofit_names(text: str, start: int, end: int,
                   names: list[NameSpan]) -> tuple[list[NameSpan], dict[int, tuple[int, int] | None]]:
    """The names of a sentence ``text[start:end]`` with the works on running plants added: a plant's
    name followed by a retrofit it completed is that retrofit (``某电厂完成超低排放改造`` → ``某电厂超低
    排放改造``), a retrofit a firm completed is named alone, a system or unit a firm pays for or runs is
    named by itself.  Also returns, by the start of each name added, the span of ``完成`` (the works
    are completed) or None (a system or unit, its stage told as any project's).  A count of firms
    (``11家企业全部完成超低排放改造``) names no works."""
    out = list(names)
    done: dict[int, tuple[int, int] | None] = {}
    if text.find("改造", start, end) >= 0 and text.find("完成", start, end) >= 0:
        for m in _DONE_RETROFIT.finditer(text, start, end):
            cue = text.find("完成", m.start(), m.end())
            plant = next((n for n in out if n.end == m.start() and _PLANT_END.search(n.name)), None)
            if plant is not None:
                out[out.index(plant)] = NameSpan(plant.start, m.end(), plant.name + m.group("kind"))
                done[plant.start] = (cue, cue + 2)
            elif _FIRM_BEFORE.search(text, max(start, m.start() - 8), m.start()) \
                    and not any(n.start <= m.start("kind") < n.end for n in out):
                out.append(NameSpan(m.start("kind"), m.end("kind"), m.group("kind")))
                done[m.start("kind")] = (cue, cue + 2)
    if text.find("投资", start, end) >= 0 or text.find("一套", start, end) >= 0:
        for m in (*_FIRM_SYSTEM.finditer(text, start, end), *_ONE_UNIT.finditer(text, start, end)):
            if not any(n.start < m.end("what") and m.start("what") < n.end for n in out):
                out.append(NameSpan(m.start("what"), m.end("what"), m.group("what")))
                done[m.start("what")] = None
    return sorted(out, key=lambda n: n.start), done


#: A company named in full (``某某特钢有限公司``, ``某某能源集团``).
_FIRM_IN_FULL = re.compile(_LEGAL_FORM + "$")


#: The firm told by reference as the subject right before a retrofit (``该公司去年完成…``).
_THAT_FIRM = re.compile(r"(?:该|这家)(?:公司|企业|集团)(?:去年|今年|前年|上年|日前|近日)?"
                        r"(?:已经|已|顺利|全面|率先)?(?:完成了?)?$")


def firm_of_works(ctx: RecordContext, sent: Span, art: Span, r: Record, name: NameSpan) -> None:
    """The investor of works on a running plant still without one: the company named in full last
    before the name in its sentence (``走进某某焦化有限公司，一套…装置正在满负荷运行``), or, when the
    works' subject is ``该公司``, the company named last before in the article (up to 300 characters)."""
    if r.get("investor") is not None or not ctx.orgs:
        return
    that = _THAT_FIRM.search(ctx.text, max(sent.start, name.start - 12), name.start) is not None
    lo = max(art.start, name.start - 300) if that else sent.start
    firm = next((o for o in reversed(ctx.orgs)
                 if lo <= o.start and o.end <= name.start and _FIRM_IN_FULL.search(str(o.surface))), None)
    if firm is not None:
        r.set("investor", str(firm.surface), ctx.evidence(firm.start, firm.end))


#: The next sentence taking up a unit by its kind after the event that started it (``今年3月投运的这套
#: 装置日产…``).
_UNIT_TAKEN_UP = re.compile(r"[^，,。；;]{0,12}?(?:投运|投产|建成投产|投入运行|投入使用|建成)"
                            r"的(?:这套|该)装置")


def unit_month(ctx: RecordContext, r: Record, name: NameSpan, nxt: Span | None) -> None:
    """The date of a unit told running by its count (``一套…装置正在满负荷运行``) from the next sentence
    taking it up after the event that started it (``今年3月投运的这套装置…``): that month (or day)."""
    if r.get("date") is not None or nxt is None or not name.name.endswith("装置"):
        return
    m = _UNIT_TAKEN_UP.match(ctx.text, nxt.start, nxt.end)
    if m is None:
        return
    for d in ctx.mentions_in("dates", nxt.start, m.end()):
        v = d.value
        if isinstance(v, dict) and v.get("granularity") in ("month", "day") and v.get("start"):
            day = str(v["start"])
            r.set("date", day if v["granularity"] == "day" else month_of(day), ctx.evidence(d.start, d.end))
            return


#: A headline telling retrofits done (``某市钢企超低排放改造全部完成``, ``某县完成燃煤锅炉改造``).
_RETROFITS_DONE = re.compile(r"改造(?:工作|任务)?(?:已经|已|全部|全面|基本|顺利)*(?:完成|完工|竣工)"
                             r"|(?:完成|完工)[^，,。；;]{0,10}?改造")


def system_of_done_retrofits(ctx: RecordContext, r: Record, name: NameSpan, article: int | None) -> None:
    """A system a firm built (``…投资4.6亿元建设烟气脱硫系统``) in a story whose headline tells the
    retrofits done (``某市钢企超低排放改造全部完成``) is completed with them, not still being built."""
    if not name.name.endswith("系统") or r.get("stage") not in (None, "under_construction") \
            or article is None or not 0 <= article < len(ctx.doc.articles):
        return
    a = ctx.doc.articles[article]
    ev = a.evidence.get("headline")
    if a.headline and ev is not None and _RETROFITS_DONE.search(a.headline):
        r.set("stage", "completed", ev)
        r.set("status", "actual", ev)


#: A unit or system named again by the tail of its name, then its sum (``提氢装置投资1.6亿元``).
_TAIL_SUM = re.compile(r"(?P<tail>[\u4e00-\u9fff]{2,8}(?:装置|系统))(?:总)?投资(?:约|近|达)?")


def unit_sum_later(ctx: RecordContext, r: Record, name: NameSpan, art: Span) -> None:
    """The sum of a unit or system still without one, told later in its article by the tail of its
    name (``一套焦炉煤气提氢装置…`` … ``提氢装置投资1.6亿元``)."""
    if r.get("investment_cny") is not None or not name.name.endswith(("装置", "系统")):
        return
    for m in _TAIL_SUM.finditer(ctx.text, name.end, art.end):
        tail = m.group("tail")
        while len(tail) > 3 and not name.name.endswith(tail):
            tail = tail[1:]  # (the words before the tail: ``负责人算了一笔账，提氢装置投资…``)
        if len(tail) < 4 or not name.name.endswith(tail):
            continue
        money = [f for f in ctx.figures_in(m.end(), m.end() + 16, "money") if f.start == m.end()]
        if money and money[0].value:
            r.set("investment_cny", int(money[0].value), ctx.evidence(money[0].start, money[0].end))
            return
