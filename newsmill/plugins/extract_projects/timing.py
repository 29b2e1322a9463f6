"""The month and day of a project's event, from the clause, paragraph or story."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Mention, Record
from newsmill.plugins.extract_projects.clauses import (
    _date,
    _name_start,
)
from newsmill.plugins.extract_projects.patterns import (
    _FULL_STOPS,
    _LIST_ITEM,
    _SEMICOLONS_COMMAS,
    _SENTENCE_ENDS,
    PLAN_BEFORE_DAY,
)
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, WEAK_STAGES, cue_applies
from newsmill.zh.dates import month_of
from newsmill.zh.recctx import RecordContext, Span

_STOPS_IN_LINE = frozenset("。！？")


_ITEM_ENDS_ALL = frozenset("。；;！!？?\n")


#: What may stand between a month and the event it dates (``已于上月点火投产``, ``计划于4月开工``).
_MONTH_TO_CUE = re.compile(r"(?:底|末|初|中旬|上旬|下旬)?(?:前|以前|之前)?(?:在[^,，。;；在]{2,12}?)?"
                           r"(?:[一二三四首]期(?:工程|项目)?)?(?:主体(?:工程|结构)?)?"
                           r"(?:已经|已|将|正式|顺利|全面|成功|实现|点火|建成|竣工|完成|开始|通过|即|就|便)*"
                           # (a trial run of all units together: ``预计明年6月联合试运转``)
                           r"(?:联合|整体)?")


#: A part of a month (``6月底``, ``10月中旬``, ``本月初``): dates an event to that month.
_MONTH_PART = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2}|本|这个|上个?)月"
                         r"(?:底|末|初|中旬|上旬|下旬)$")


def _news_cue(ctx: RecordContext, r: Record, cue: int, cue_end: int) -> int:
    """Where the event the story reports is told: after an event that qualifies the name
    (``去年底建成投产的甲项目，今年4月实现达产达效``), the cue of the same stage after the name in its
    sentence; else ``cue``."""
    ev = r.fields["name"].evidence if "name" in r.fields else None
    if not ev or not ctx.text.startswith("的", cue_end) or ev[0].start - cue_end > 20 \
            or ctx.last_mark(_SEMICOLONS_COMMAS, cue_end, ev[0].start) >= 0:
        return cue
    end = ctx.text.find("。", ev[0].end)
    for m in STAGE_RE.finditer(ctx.text, ev[0].end, end if end >= 0 else len(ctx.text)):
        if STAGE_CUES[m.group()] == r.get("stage"):
            return m.start()
    return cue


#: The end of a past year (``去年底``, ``前年年末``); a plan's ``年底`` dates nothing.
_YEAR_END = re.compile(r"(?:去年|前年)年?[底末]")


def _event_month(ctx: RecordContext, records: list[Record]) -> None:
    """Projects still without a date whose event cue follows a month (``上月点火投产``,
    ``今年8月竣工投产``, ``今年6月一期建成投产``,
    ``将于本月试运行``, ``6月底在某园区建成投产``, ``4月底主体封顶``) take that
    month (``2023-08``)."""
    for r in records:
        if r.get("date") is not None or "stage" not in r.fields or not r.fields["stage"].evidence:
            continue
        cue = _news_cue(ctx, r, r.fields["stage"].evidence[0].start, r.fields["stage"].evidence[0].end)
        for m in ctx.mentions_in("dates", max(0, cue - 16), cue):
            if isinstance(m.value, dict) and m.value.get("start") and (
                    m.value.get("granularity") == "month"
                    or m.value.get("granularity") == "approx" and _MONTH_PART.search(m.surface or "")) \
                    and _MONTH_TO_CUE.fullmatch(ctx.text, m.end, cue) \
                    and not (r.get("stage") == "started" and "前" in ctx.text[m.end:cue]):
                # (a deadline dates a completion, ``6月底前竣工投产``, not a start: ``6月底前开工``)
                r.set("date", month_of(str(m.value["start"])), ctx.evidence(m.start, m.end))
                break
            if isinstance(m.value, dict) and m.value.get("granularity") == "approx" \
                    and m.value.get("end") and _YEAR_END.fullmatch(m.surface or "") \
                    and _MONTH_TO_CUE.fullmatch(ctx.text, m.end, cue):
                # ``于去年底通过竣工验收``: the year's last month
                r.set("date", month_of(str(m.value["end"])), ctx.evidence(m.start, m.end))
                break
            if isinstance(m.value, dict) and m.value.get("granularity") == "period" and m.value.get("end") \
                    and _MONTH_DEADLINE.search(m.surface or "") and r.get("stage") != "started" \
                    and _MONTH_TO_CUE.fullmatch(ctx.text, m.end, cue):
                # ``确保…9月底前建成投用``: the deadline's month
                r.set("date", month_of(str(m.value["end"])), ctx.evidence(m.start, m.end))
                break


#: A month, then a first output in it (``7月实现首批产品下线``, ``5月首台整车下线``, ``6月试产``).
_OUTPUT_MONTH = re.compile(r"(?:[，,：:；;]|^)(\d{1,2}月(?:份|底|初)?)(?:已|已经|正式|顺利|成功)?(?:实现)?"
                           r"(?:首批|首台|首件|第一批)?[\u4e00-\u9fff]{0,4}?(?:下线|试产|试生产)")


def _item_output_month(ctx: RecordContext, records: list[Record]) -> None:
    """Projects put into production without a date, in an item of a list (its stage from the list's
    head), whose own line tells a month of first output (``…：年产…，7月实现首批产品下线``): that month."""
    text = ctx.text
    for r in records:
        if r.get("date") is not None or r.get("stage") != "in_production" or not r.fields.get("name") \
                or not r.fields["name"].evidence:
            continue
        start = r.fields["name"].evidence[0].start
        line_start = text.rfind("\n", 0, start) + 1
        if not _LIST_ITEM.match(text, line_start):
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        for m in _OUTPUT_MONTH.finditer(text, start, line_end):
            for d in ctx.mentions_in("dates", m.start(1), m.end(1)):
                if isinstance(d.value, dict) and d.value.get("granularity") == "month" \
                        and d.value.get("start"):
                    r.set("date", month_of(str(d.value["start"])), ctx.evidence(d.start, d.end))
                    break
            if r.get("date") is not None:
                break


#: A deadline within a month (``9月底前``, ``10月中旬前``).
_MONTH_DEADLINE = re.compile(r"\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)$")


#: A reporting day, not an event's: ``记者7月17日从市商务局获悉``, ``4月8日，记者从某局获悉``.
_LEARNED = re.compile(r"(?:[，,]?记者)?(?:上午|下午|晚间)?从[^，,。；;]{1,24}?(?:获悉|了解到|得知)")
#: The reporter's visit right after the day (``11月24日，记者在某市采访时看到，…``): the day of the
#: visit, no event of the projects it saw.
_REPORTER_VISIT = re.compile(r"[，,]?\s*记者(?:在[^，,。；;]{1,12}?)?(?:采访|走访|探访|调研)"
                             r"(?:时|中)?(?:看到|了解到|发现)?")


#: A month opening a clause, then a comma (``4月中旬，``, ``6月，``).
_OPENING_MONTH = re.compile(r"(?:今年|去年)?\d{1,2}月(?:底|末|初|中旬|上旬|下旬|份)?[，,]")


#: A year written out opening a sentence, then a comma (``2015年，``): the year of a feature's past event.
_OPENING_YEAR = re.compile(r"(?:19|20)\d{2}年[，,]")


def _opening_year(ctx: RecordContext, r: Record, cue: int) -> bool:
    """Date ``r`` with the year opening the sentence of its name and its event cue (see
    :func:`_clause_month`); True when it did."""
    text = ctx.text
    at = min(cue, r.evidence[0].start)
    s0 = ctx.last_mark(_SENTENCE_ENDS, 0, at) + 1
    while s0 < at and text[s0] in " \u3000":
        s0 += 1
    if not text.startswith(("19", "20"), s0) or _OPENING_YEAR.match(text, s0) is None:
        return False
    for m in ctx.mentions_in("dates", s0, s0 + 5):
        if isinstance(m.value, dict) and m.value.get("granularity") == "year" and m.value.get("start") \
                and m.start == s0:
            r.set("date", str(m.value["start"])[:4], ctx.evidence(m.start, m.end))
            return True
    return False


def _clause_month(ctx: RecordContext, records: list[Record]) -> None:
    """Projects without a date whose event cue stands in a clause series opened by a month
    (``4月中旬，总投资52亿元的甲项目在某区签约；``) take that month (``2023-04``); an event reported
    done in a sentence opened by a year (``2015年，某某落户某区，一期项目投资…``, ``2021年，公司投资…
    建设二期项目，当年建成投产``) takes that year (``2015``)."""
    text = ctx.text
    for r in records:
        if r.get("date") is not None or "stage" not in r.fields or not r.fields["stage"].evidence:
            continue
        cue = r.fields["stage"].evidence[0].start
        if r.get("status") == "actual" and r.evidence and _opening_year(ctx, r, cue):
            continue
        lo = ctx.last_mark(_ITEM_ENDS_ALL, 0, cue) + 1
        if not r.evidence:
            continue
        n0 = r.evidence[0].start
        if not lo <= n0 < cue and not (r.get("stage") == "signed" and cue < n0
                                        and ctx.last_mark(_ITEM_ENDS_ALL, cue, n0) < 0):
            # the name and its event must share the clause series (a signing may come first:
            # ``7月，甲公司与某区签订协议，拟投资…建设乙中心``)
            continue
        for m in ctx.mentions_in("dates", lo, cue):
            if m.start > lo + 6:
                break
            if isinstance(m.value, dict) and m.value.get("start") and m.value.get("granularity") in (
                    "month", "approx") and _OPENING_MONTH.match(text, m.start) \
                    and _OPENING_MONTH.match(text, m.start).end() >= m.end:
                r.set("date", month_of(str(m.value["start"])), ctx.evidence(m.start, m.end))
                break


#: A date told of the project named right before it (``某某项目于3月18日``, ``该工程已于``).
_OWN_DATE = re.compile(r"(?:项目|工程|基地|园|厂)(?:已|将|计划|预计)?于$")


def _another_items_day(text: str, sent: Span, records: list[Record], r: Record, at: int) -> bool:
    """Whether the date at ``at`` lies in a ``；``-item of the sentence that names another project
    before it, ``r`` being named outside that item (``其中，甲项目…3月18日开工；乙项目…``): that
    project's own day, not an event the sentence tells of all."""
    i0 = max(text.rfind("；", sent.start, at), text.rfind(";", sent.start, at)) + 1 or sent.start
    i0 = max(i0, sent.start)
    ends = [e for e in (text.find("；", at, sent.end), text.find(";", at, sent.end)) if e >= 0]
    i1 = min(ends) if ends else sent.end
    if i0 <= _name_start(r) < i1:
        return False
    return any(o is not r and i0 <= _name_start(o) < at for o in records)


#: Words of an event of several projects (``集中开工``, ``5个项目``, ``一批``, ``等项目``).
_GROUP_EVENT = re.compile(r"集中|[\d一二两三四五六七八九十]+(?:个|项|批)|一批|等")


#: A sentence opening at a venue of the event the story reports (``在主会场，``, ``分会场上，``).
_AT_VENUE = re.compile(r"(?:在|位于)?(?:主会场|分会场)(?:上|内|里)?[，,]")


def _at_the_venue(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project with no event named in a sentence opening at the main or a branch venue
    (``在主会场，某公司甲项目现场机器轰鸣``) of the collective event the story's first sentence
    reports (``…集中开工活动在某园区举行``) takes that event, as having happened."""
    sents = ctx.sentences(art)
    if not sents or not any(r.get("stage") is None for r in records):
        return
    first = sents[0]
    cues = [m for m in STAGE_RE.finditer(ctx.text, first.start, first.end)
            if cue_applies(ctx.text, m.start(), m.end()) and m.group() not in WEAK_STAGES]
    if len({STAGE_CUES[m.group()] for m in cues}) != 1:
        return
    cue = cues[0]
    for r in records:
        if r.get("stage") is not None or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        pos = r.fields["name"].evidence[0].start
        sent = next((x for x in sents if x.start <= pos < x.end), None)
        if sent is None or sent is first or not _AT_VENUE.match(ctx.text, sent.start, pos):
            continue
        ev = ctx.evidence(cue.start(), cue.end())
        r.set("stage", STAGE_CUES[cue.group()], ev)
        r.set("status", "actual", ev)


#: A paragraph or sentence opening on a share of the projects of the story's event (``乡村振兴项目方面，``,
#: ``在清洁能源板块，``) or on the event's own project (``作为本次活动的主会场项目，``).
_MEMBER_OPENING = re.compile(r"(?:在)?[\u4e00-\u9fff]{2,8}?(?:项目方面|方面|板块)[，,]"
                             r"|作为(?:本次|此次|这次)(?:活动|仪式)的")


#: A count of projects (``开工项目14个``, ``11个项目``) in a paragraph's first sentence.
_EVENT_COUNT = re.compile(r"项目\d+个|\d+个(?:[\u4e00-\u9fff]{0,4})?项目")


#: Stage cues that tell a project's works, not an event of its own (``由某公司建设``, ``分三期建设``,
#: ``拟建设…生产线``, ``计划2026年底建成``).
_WORKS_CUES = frozenset(("建设", "拟建设", "拟建", "建成"))


def _event_stage(ctx: RecordContext, sent: Span) -> tuple[str, int, int] | None:
    """The one stage of a collective event a sentence reports (``…集中开工活动在某镇举行``), with the
    cue's span, else None."""
    cues = [m for m in STAGE_RE.finditer(ctx.text, sent.start, sent.end)
            if cue_applies(ctx.text, m.start(), m.end()) and m.group() not in WEAK_STAGES]
    if len({STAGE_CUES[m.group()] for m in cues}) != 1 \
            or not _GROUP_EVENT.search(ctx.text, sent.start, sent.end):
        return None
    return STAGE_CUES[cues[0].group()], cues[0].start(), cues[0].end()


def _event_members(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """In a story of a collective event (its first sentence: ``…集中开工活动在某镇举行``), a project with
    no event of its own, or only words about its works (``由某公司建设``, ``拟建设…``, ``计划…建成``),
    told in a paragraph opening on a count of the event's projects (``某县分会场集中开工项目14个…。
    位于…的甲项目…``) or on a share of them (``乡村振兴项目方面，``, ``作为本次活动的主会场项目，``)
    is one of the event's projects: it takes the event, as having happened."""
    sents = ctx.sentences(art)
    if not sents or _event_stage(ctx, sents[0]) is None:
        return
    text = ctx.text
    for r in records:
        f = r.fields.get("stage")
        if f is not None and r.get("stage") is not None and not (
                f.evidence and text[f.evidence[0].start:f.evidence[0].end] in _WORKS_CUES):
            continue
        if "name" not in r.fields or not r.fields["name"].evidence:
            continue
        pos = r.fields["name"].evidence[0].start
        sent = next((x for x in sents if x.start <= pos < x.end), None)
        event = _member_of_event(ctx, sents, sent) if sent is not None else None
        if event is None:
            continue
        ev = ctx.evidence(event[1], event[2])
        r.set("stage", event[0], ev)
        r.set("status", "actual", ev)


def _member_of_event(ctx: RecordContext, sents: list[Span], sent: Span) -> tuple[str, int, int] | None:
    """The collective event of the story (``sents``, its first sentence reporting it) when ``sent``
    tells one of its projects (see :func:`_event_members`), with the cue's span; else None."""
    if not sents or sent is sents[0]:
        return None
    event = _event_stage(ctx, sents[0])
    if event is None:
        return None
    text = ctx.text
    para = text.rfind("\n", 0, sent.start) + 1
    if _MEMBER_OPENING.match(text, sent.start) is not None or _MEMBER_OPENING.match(text, para) is not None:
        return event
    opening = next((x for x in sents if x.start <= para < x.end or x.start >= para), sent)
    if opening is sent or _EVENT_COUNT.search(text, opening.start, opening.end) is None:
        return None
    own = _event_stage(ctx, opening)
    return event if own is not None and own[0] == event[0] else None


def _story_head(ctx: RecordContext, art: Span) -> Span:
    """The first part of a story an article continues further down the page (its jump head and
    ``（上接第1版）``, ``attributes["continues"]``), else the article itself: the lead is told there."""
    arts = ctx.doc.articles
    if art.article is None or not 0 <= art.article < len(arts):
        return art
    cont = arts[art.article].attributes.get("continues")
    if not isinstance(cont, int):
        return art
    return next((a for a in ctx.article_spans() if a.article == cont), art)


#: A bulletin's item under a section, numbered in brackets (``（二）8月29日，…对接会在某地召开``):
#: one item among others, no event the article opens with.
_SUB_ITEM = re.compile(r"[ \t\u3000]*[(（][一二三四五六七八九十]{1,3}[)）]")


def _own_month(ctx: RecordContext, r: Record) -> tuple[str, Any] | None:
    """The month told right after a record's name (``甲项目11月底首批风机并网发电``, ``乙项目9月建成``)
    as ``YYYY-MM`` with its mention, when the year is known; else None."""
    name = r.fields.get("name")
    if name is None or not name.evidence:
        return None
    end = name.evidence[0].end
    for m in ctx.mentions_in("dates", end, end + 8):
        v = m.value if isinstance(m.value, dict) else {}
        if m.start <= end + 1 and v.get("granularity") in ("month", "approx") \
                and m.attributes.get("year_known") \
                and str(v.get("start") or "")[:7] == str(v.get("end") or "")[:7]:
            return str(v["start"])[:7], m
    return None


def _lead_date(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Projects without a date of their own whose stage is the event the article opens with
    (``9月13日,某区举行签约仪式…``) take that event's date."""
    if not any(r.get("date") is None and r.get("stage") for r in records):
        return
    for sent in ctx.sentences(art)[:3]:
        date, dm = _date(ctx, sent)
        if date is None:
            continue
        if _LEARNED.match(ctx.text, dm.end) or _REPORTER_VISIT.match(ctx.text, dm.end):
            return  # ``记者7月17日从某局获悉``: the day the news was learned, not the event's
        if PLAN_BEFORE_DAY.fullmatch(ctx.text, ctx.clause_start(dm.start, sent.start), dm.start):
            continue  # ``…，计划明年春节前投入使用``: the day of a plan, no event of the article
        if _LIST_ITEM.match(ctx.text, sent.start) or _SUB_ITEM.match(ctx.text, sent.start) \
                or _OWN_DATE.search(ctx.text, max(sent.start, dm.start - 6), dm.start):
            continue  # ``…；乙项目于3月18日开工建设``: one project's own day, no event of the article
        # ``3月26日，某县与某公司签订协议，…建设甲项目``: the day of that sentence's projects alone
        own_end = ctx.next_mark(_FULL_STOPS, dm.start) if _own_signing(ctx, records, None, dm.start) \
            else len(ctx.text)
        stages = {STAGE_CUES[m.group()] for m in STAGE_RE.finditer(ctx.text, sent.start, sent.end)
                  if cue_applies(ctx.text, m.start(), m.end()) and m.group() not in WEAK_STAGES}
        stages |= _meeting_stages(ctx, art, sent)
        own = [o for o in records if sent.start <= _name_start(o) < sent.end]
        if len(own) == 1 and own[0].get("date") == date \
                and not _GROUP_EVENT.search(ctx.text, sent.start, sent.end):
            return  # ``7月5日，某某公路改造工程全线通车。``: one project's own day, no event of the article
        if ctx.text.find("开竣工", sent.start, sent.end) >= 0:
            stages |= {"started", "completed", "in_production"}  # 集中开竣工活动: starts and completions
        city = ctx.opening_city(ctx.text.rfind("\n", 0, dm.start) + 1, dm.start)
        for r in records:
            if r.get("date") is None and r.get("stage") in stages and r.get("status") != "target" \
                    and (month := _own_month(ctx, r)) is not None:
                r.set("date", month[0], ctx.evidence(month[1].start, month[1].end))
                continue  # 甲项目11月底首批风机并网发电: its own month, not the day the story opens with
            if r.get("date") is None and r.get("stage") in stages and r.get("status") != "target" \
                    and not _other_city(ctx, r, city) and _name_start(r) < own_end \
                    and not _another_items_day(ctx.text, sent, records, r, dm.start) \
                    and not _recent_own(ctx, r):
                r.set("date", date, ctx.evidence(dm.start, dm.end))  # a plan is not dated by the lead
        return


#: A day told only as lately (``近日``, ``日前``, ``近期``): a day of its own, not known.
_LATELY = re.compile(r"近日|日前|近期|前不久|不久前|最近")


def _recent_own(ctx: RecordContext, r: Record) -> bool:
    """True when the clause of the project's name tells its event only as lately (``…建设的甲基地近日签约``):
    its own day, unknown, not the day of the story's lead."""
    name_ev = r.fields["name"].evidence if "name" in r.fields else None
    if not name_ev:
        return False
    n0, n1 = name_ev[0].start, name_ev[0].end
    lo = ctx.last_mark(_SEMICOLONS_COMMAS | _FULL_STOPS, 0, n0) + 1
    hi = ctx.next_mark(_SEMICOLONS_COMMAS | _FULL_STOPS, n1)
    return _LATELY.search(ctx.text, lo, hi if hi >= 0 else len(ctx.text)) is not None


def _other_city(ctx: RecordContext, r: Record, city: str | None) -> bool:
    """Whether a record lies in a paragraph that opens with a city other than ``city``, the one the
    lead's paragraph opens with (a round-up of many cities, one paragraph each): the lead's day is
    another city's event."""
    if city is None or not r.evidence:
        return False
    pos = r.evidence[0].start
    own = ctx.opening_city(ctx.text.rfind("\n", 0, pos) + 1, pos)
    return own is not None and own != city


#: A meeting named at the head of a sentence (``推介会上，``, ``签约仪式上，``, ``活动现场，``): the event
#: the article opened with goes on there.
_AT_MEETING = re.compile(r"[\u4e00-\u9fff]{0,8}(?:会|仪式|活动|现场)(?:上|中|现场)?[,，]"
                         # 会上集中签约…
                         r"|(?:会|仪式|活动)(?:上|中)(?=(?:集中|现场|共|还|又|正式|成功)?签)"
                         # 推介会现场签约项目11个
                         r"|[\u4e00-\u9fff]{0,8}(?:会|仪式|活动)现场(?=(?:集中|共|正式|成功)?签约)")


def _meeting_stages(ctx: RecordContext, art: Span, sent: Span) -> set[str]:
    """Stages of the next sentence when it goes on at the meeting the dated opening sentence names
    (``12月13日，某某推介会举行。推介会上，共签约项目32个…``): the same day's events."""
    nxt = next((x for x in ctx.sentences(art) if x.start >= sent.end), None)
    if nxt is not None and ctx.text.find("\n", sent.end, nxt.start) >= 0:
        nxt = None
    end = nxt.end if nxt is not None else -1
    parts = _meeting_parts(ctx, art, nxt) if nxt is not None and not _AT_MEETING.match(ctx.text, nxt.start) \
        else None
    if parts is not None:
        # ``记者…了解到,本次推介会共达成合作项目58个。其中,正式签约项目32个``: the meeting's results,
        # their parts after ``其中``
        end = parts.end
    elif nxt is None or not _AT_MEETING.match(ctx.text, nxt.start):
        nxt = _meeting_paragraph(ctx, art, sent)
        if nxt is None and _meeting_later(ctx, art, sent) is not None:
            return {"signed"}  # the signings on the spot; a letter of intent among them is no talks
        end = nxt.end if nxt is not None else -1
    if nxt is None:
        return set()
    return {STAGE_CUES[m.group()] for m in STAGE_RE.finditer(ctx.text, nxt.start, end)
            if cue_applies(ctx.text, m.start(), m.end()) and m.group() not in WEAK_STAGES}


#: The meeting of the opening sentence named again (``本次推介会``, ``此次洽谈会上``).
_THIS_MEETING = re.compile(r"(?:本次|此次|这次)[\u4e00-\u9fff]{0,6}?(?:会|仪式|活动)")


def _meeting_parts(ctx: RecordContext, art: Span, nxt: Span) -> Span | None:
    """The sentence opening on ``其中`` right after ``nxt`` in its paragraph, when ``nxt`` names the
    meeting again (``本次推介会``) and no date; else None."""
    if _THIS_MEETING.search(ctx.text, nxt.start, nxt.end) is None \
            or ctx.mentions_in("dates", nxt.start, nxt.end):
        return None
    after = next((x for x in ctx.sentences(art) if x.start >= nxt.end), None)
    if after is None or not ctx.text.startswith("其中", after.start) \
            or ctx.text.find("\n", nxt.end, after.start) >= 0:
        return None
    return after


#: A paragraph opening at the meeting just named (``会上，``, ``仪式上，``, ``推介会现场，``).
_MEETING_OPENS = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:会|仪式|活动)(?:上|中|现场)[,，]")


def _meeting_paragraph(ctx: RecordContext, art: Span, sent: Span) -> Span | None:
    """The first sentence of the next paragraph when it opens at the meeting of the dated opening
    sentence (``5月20日，某县招商恳谈会举行。来自…参加。`` / ``会上，现场签约项目11个…``), else None;
    none when a date comes between them."""
    sents = [x for x in ctx.sentences(art) if x.start >= sent.end][:3]
    for x in sents:
        if ctx.mentions_in("dates", x.start, x.end):
            return None
        if ctx.text.find("\n", sent.end, x.start) >= 0:
            return x if _MEETING_OPENS.match(ctx.text, x.start, x.end) else None
    return None


#: A sentence opening on the signings on the spot of the meeting (``说明会现场签约项目18个``,
#: ``推介会现场共签约…``).
_SPOT_SIGNING = re.compile(r"[\u4e00-\u9fff]{0,8}(?:会|仪式|活动)现场(?:集中|共|正式|成功)?签约")


def _meeting_later(ctx: RecordContext, art: Span, sent: Span) -> Span | None:
    """A later sentence of the dated opening sentence's paragraph that opens on the meeting's signings
    on the spot (``5月12日，某某投资说明会在某市举行。…代表260余人参加活动。说明会现场签约项目18个…``),
    else None; none when a date comes between them."""
    for x in [x for x in ctx.sentences(art) if x.start >= sent.end][:3]:
        if ctx.text.find("\n", sent.end, x.start) >= 0 or ctx.mentions_in("dates", x.start, x.end):
            return None
        if _SPOT_SIGNING.match(ctx.text, x.start, x.end):
            return x
    return None


#: The day of the event before (``同日``, ``同一天``, ``当天``, ``同时开工``), anywhere in a sentence.
_SAME_DAY_WORD = re.compile(r"同日|同一天|同天|当天|当日|同时(?=开工|签约|竣工|投产|投用)")


def _named_day(m: Mention) -> bool:
    """Whether a date mention names a day of its own (``3月20日``), not the day of the event before
    (``当天``, ``同日``, read by the dates as the page's day)."""
    return isinstance(m.value, dict) and m.value.get("granularity") == "day" and bool(m.value.get("start")) \
        and not _SAME_DAY_WORD.fullmatch(m.surface or "")


def _same_day_before(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project without a date whose sentence says it happened the same day (``同日，某县…项目开工``)
    takes the last day named in the article before that sentence."""
    text = ctx.text
    for r in records:
        if r.get("date") is not None or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        pos = r.fields["name"].evidence[0].start
        s0 = ctx.last_mark(_FULL_STOPS, art.start, pos) + 1
        if not _SAME_DAY_WORD.search(text, max(s0, art.start), pos):
            continue
        days = [m for m in ctx.mentions_in("dates", art.start, s0) if _named_day(m)]
        if days:
            r.set("date", str(days[-1].value["start"]), ctx.evidence(days[-1].start, days[-1].end))


#: A ceremony held (``…集中竣工投产活动在某市举行``, ``签约仪式举行``): the day of its sentence is its day.
_CEREMONY_HELD = re.compile(r"(?:活动|仪式|大会|现场会)[^。！？\n]{0,16}?(?:举行|举办|召开)")


def _ceremony_days(ctx: RecordContext, days: list[Mention]) -> list[Mention]:
    """The days among ``days`` whose sentence tells of a ceremony held (``6月16日，…集中竣工投产活动在
    某市举行``): what ``当天`` means in a sentence at one of its venues (``在某分会场，…也在当天竣工``),
    over a plant's own day told in between (``新建高炉于6月12日点火``)."""
    out = []
    for m in days:
        end = ctx.next_mark(_FULL_STOPS, m.end)
        if _CEREMONY_HELD.search(ctx.text, m.end, end) is not None:
            out.append(m)
    return out


def _paragraph_day(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project without a date singled out after its paragraph's dated event of the same stage
    (``陕西省3月20日举行…集中开工，…。其中，某县甲项目投资18亿元``; ``某区同日集中签约项目260个。
    某市签约的乙项目…``): the day of that event (``同日``: the last day named before it)."""
    text = ctx.text
    told: dict[tuple[int, int], set[str | None]] = {}  # the stages of the text before a sentence
    for r in records:
        if r.get("date") is not None or not r.get("stage") or not r.fields["name"].evidence \
                or _recent_own(ctx, r):
            continue  # (``…的乙基地近日签约``: its own day, unknown)
        pos = r.fields["name"].evidence[0].start
        para = max(art.start, text.rfind("\n", 0, pos) + 1)
        s0 = ctx.last_mark(_STOPS_IN_LINE, para, pos) + 1
        if s0 <= para:
            continue  # the project opens its paragraph: nothing before it there
        stages = told.get((para, s0))
        if stages is None:
            stages = told[(para, s0)] = {
                STAGE_CUES[m.group()] for m in STAGE_RE.finditer(text, para, s0)
                if cue_applies(text, m.start(), m.end()) and m.group() not in WEAK_STAGES}
        if r.get("stage") not in stages:
            continue
        days = [m for m in ctx.mentions_in("dates", para, s0) if isinstance(m.value, dict)
                and m.value.get("granularity") == "day" and m.value.get("start")
                and not text.startswith(("电", "讯"), m.end)
                and not _LEARNED.match(text, m.end)  # (the day the news was learned)
                and not _SAME_DAY_WORD.fullmatch(m.surface or "")]  # (``当天，…``: the day before)
        if not days and _SAME_DAY_WORD.search(text, para, s0):
            days = [m for m in ctx.mentions_in("dates", art.start, para) if _named_day(m)]
        if days and _own_signing(ctx, records, r, days[-1].start):
            continue
        if days:
            r.set("date", str(days[-1].value["start"]), ctx.evidence(days[-1].start, days[-1].end))
        elif (month := _opening_month(ctx, para, s0)) is not None:
            # ``上月，某区集中组织5个项目竣工验收。其中，甲项目…``: the month the paragraph opens with
            r.set("date", month_of(str(month.value["start"])), ctx.evidence(month.start, month.end))


def _opening_month(ctx: RecordContext, para: int, upto: int) -> Mention | None:
    """A month opening the paragraph at ``para`` with a comma (``上月，``, ``今年3月，``), before ``upto``."""
    for m in ctx.mentions_in("dates", para, min(upto, para + 8)):
        if isinstance(m.value, dict) and m.value.get("granularity") == "month" and m.value.get("start") \
                and m.start <= para + 2 and ctx.text.startswith(("，", ","), m.end):
            return m
    return None


#: A signing between two parties (``某县与某公司签订投资协议``, ``与某集团签署合作协议``).
_TWO_PARTY_SIGNING = re.compile(r"与[^。！？；;]{2,30}?(?:签订|签署|签约)")


def _own_signing(ctx: RecordContext, records: list[Record], r: Record | None, day: int) -> bool:
    """Whether the day at ``day`` is that of a signing between two parties whose sentence names a
    project of its own (``3月26日，某县与某公司签订投资协议，…建设甲项目``): the day of that one
    project, not an event another project of the paragraph shares."""
    end = ctx.next_mark(_FULL_STOPS, day)
    if not _TWO_PARTY_SIGNING.search(ctx.text, day, end):
        return False
    return any(o is not r and day <= _name_start(o) < end for o in records)


#: A sentence or clause opening with the day of the event told before it (``同一天，``, ``当日上午，``),
#: or along with that event (``与线路开通同步，``, ``与主线通车同步，``: the stations put to use with it).
_SAME_DAY = re.compile(r"[\s　]*(?:(?:同一天|同一日|同日|当天|当日)(?:上午|下午|晚上|晚间)?[，,]?"
                       r"|与[\u4e00-\u9fff]{0,8}?(?:开通|通车|开通运营|投产|投运|开业|启用)同步[，,]"
                       # (along with the ceremony's main venue: ``与主会场同步，``)
                       r"|与(?:主会场|分会场|会场)同步[，,])")


#: A sentence opening with the month of the event told before it (``同月，``, ``当月，``).
_SAME_MONTH = re.compile(r"[\s　]*(?:同月|当月)[，,]")


def _same_month(ctx: RecordContext, art: Span, r: Record, lo: int) -> None:
    """A project without a date of its own whose sentence opens with ``同月``/``当月`` (``10月中旬，甲项目
    竣工投产。同月，乙项目开工``) takes the month of the last date named before it in the article."""
    if r.get("date") is not None and r.fields["date"].evidence \
            and not _SAME_MONTH.match(ctx.text, r.fields["date"].evidence[0].start):
        return
    last = None
    for m in ctx.mentions_in("dates", art.start, lo):
        start = str(m.value.get("start") or "") if isinstance(m.value, dict) else ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", start) and not ctx.text.startswith(("电", "讯"), m.end):
            last = m
    if last is not None:
        r.set("date", str(last.value["start"])[:7], ctx.evidence(last.start, last.end))


def _same_day(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project whose sentence opens with ``同一天``/``同日``/``当天``/``当日`` takes the last day
    named before it in the article (the day of the event told before; ``当天`` is not the
    publication day there), not counting a dateline's filing day (``7月28日电``)."""
    text = ctx.text
    for r in records:
        if not r.evidence or "stage" not in r.fields:
            continue
        lo = ctx.last_mark(_ITEM_ENDS_ALL, art.start, r.evidence[0].start) + 1
        lo = max(lo, art.start)
        own = r.fields.get("date")
        if own is not None and own.value and own.evidence and r.evidence[0].start <= own.evidence[0].start \
                and _SAME_DAY_WORD.fullmatch(text, own.evidence[0].start, own.evidence[0].end):
            lo = own.evidence[0].start  # 乙项目当天同步开工: the day of the event told before, not today
        elif text[lo:lo + 4].lstrip(" \u3000")[:1] in ("同", "当") and _SAME_MONTH.match(text, lo):
            _same_month(ctx, art, r, lo)
            continue
        elif text[lo:lo + 4].lstrip(" \u3000")[:1] not in ("同", "当", "与") or not _SAME_DAY.match(text, lo):
            continue
        elif own is not None and own.value and own.evidence and own.evidence[0].start > r.evidence[0].start:
            continue  # 同日，甲项目也有了新进展。…新厂区于9月底竣工: the event's own month, told after it
        day = None
        named = []
        for m in ctx.mentions_in("dates", art.start, lo):
            if isinstance(m.value, dict) and m.value.get("granularity") == "day" and m.value.get("start") \
                    and not text.startswith(("电", "讯"), m.end) and not _SAME_DAY.fullmatch(m.surface or ""):
                day = m
                named.append(m)
        if text.find("会场", max(art.start, text.rfind("\n", 0, lo) + 1), lo + 12) >= 0 \
                and (held := _ceremony_days(ctx, named)):
            # 与主会场同步，乙项目…; 在某分会场，…。乙项目也在当天竣工: the ceremony's day, not a plant's own
            # told in between
            day = held[-1]
        if day is not None:
            r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))


#: The paragraph marks a project's event may be told across (a line break between its sentences).
_SENTENCE_STOPS = frozenset("。！？\n")


def _event_told_before(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project with no date whose event is the one a sentence before its own reports, as done
    (``5月22日，某县…集中开工活动在某镇举行…。⏎主会场设在甲项目现场。``: its stage read from
    ``集中开工``), takes the day that sentence names before the event."""
    text = ctx.text
    for r in records:
        f = r.fields.get("stage")
        if r.get("date") is not None or r.get("status") != "actual" or f is None or not f.evidence \
                or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        cue, pos = f.evidence[0], r.fields["name"].evidence[0].start
        s0 = ctx.last_mark(_SENTENCE_STOPS, art.start, pos) + 1
        if not art.start <= cue.start < s0 or text[cue.start:cue.end] in WEAK_STAGES \
                or text.find("集中", max(art.start, cue.start - 2), cue.end) < 0:
            continue  # (the event of many projects at once, told before the project's sentence)
        c0 = max(art.start, ctx.last_mark(_SENTENCE_STOPS, art.start, cue.start) + 1)
        days = [m for m in ctx.mentions_in("dates", c0, cue.start) if _named_day(m)
                and not text.startswith(("电", "讯"), m.end)]
        if days:
            r.set("date", str(days[-1].value["start"]), ctx.evidence(days[-1].start, days[-1].end))


#: Full output reached in a later month, right after the month the works went into production
#: (``今年6月投产，11月已实现满产``, ``8月建成试产，11月实现满产``).
_FULL_OUTPUT_LATER = re.compile(r"[^，,。；;]{0,8}?[，,](?:并)?(?:于)?(?P<m>1[0-2]|[1-9])月(?:份)?"
                                r"(?:底|初|中旬|下旬|上旬)?(?:已|已经|即|就)?(?:实现|达到)?(?:满产|达产|满负荷生产)")


def later_full_output(ctx: RecordContext, records: list[Record]) -> None:
    """Works in production dated by the month they went into it, whose next clause tells full output
    reached in a later month of the same year (``今年6月投产，11月已实现满产``): the later month, the
    state they are in now; full output planned (``预计明年3月满产``) leaves the date."""
    text = ctx.text
    for r in records:
        date, f = r.get("date"), r.fields.get("date")
        if r.get("stage") != "in_production" or r.get("status") != "actual" or not isinstance(date, str) \
                or not re.fullmatch(r"\d{4}-\d{2}", date) or f is None or not f.evidence:
            continue
        m = _FULL_OUTPUT_LATER.match(text, f.evidence[-1].end)
        if m is not None and int(m.group("m")) > int(date[5:]):
            r.set("date", f"{date[:4]}-{int(m.group('m')):02d}", ctx.evidence(*m.span("m")))
