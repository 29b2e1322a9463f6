"""Projects of a list whose event and day the article told for all of them in running text.

A notice or its explanation often says once what every listed project did and when
(``名单内项目已于11月16日同步开工``, ``上述项目均已于3月8日集中签约``) and then names some of them in
prose, each with its sum, firm or output but no event of its own.  Those projects take the list's
event and day.  A project whose own sentence tells an event keeps it (``某县甲项目已完成核准，计划明年
3月开工``); the ``建设`` of ``由某公司建设`` says who builds it, no event.
"""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.zh.listed import SENTENCE_END, listed_event
from newsmill.zh.recctx import RecordContext, Span

#: ``由某公司建设``, ``由某集团投资建设``: the builder named, the verb no event.
_BUILT_BY = re.compile(r"由[^，,。；;！？]{2,30}?(?:投资|负责|承建|牵头)?$")


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Start of the sentence holding ``at`` (no earlier than ``lo``)."""
    return max([lo, *(text.rfind(c, lo, at) + 1 for c in SENTENCE_END)])


def _no_event_of_its_own(ctx: RecordContext, r: Record, lo: int) -> bool:
    """The record's stage is none, told before its own sentence, or the verb of its builder."""
    field = r.fields.get("stage")
    if r.get("stage") is None or field is None or not field.evidence:
        return True
    cue = field.evidence[0]
    name = r.fields["name"].evidence[0]
    if cue.start < _sentence_start(ctx.text, lo, name.start):
        return True
    return ctx.text[cue.start:cue.end] in ("建设", "建") \
        and _BUILT_BY.search(ctx.text, max(lo, cue.start - 36), cue.start) is not None


def listed_in_prose(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Projects named after the article told every listed project's event and day, with no event
    of their own, take that event and day (``名单内项目已于11月16日同步开工。……交城某项目总投资45亿元，
    由某公司建设``)."""
    told = listed_event(ctx, art)
    if told is None:
        return
    stage, day, end = told
    for r in records:
        name = r.fields.get("name")
        if name is None or not name.evidence or name.evidence[0].start < end:
            continue
        if r.get("stage") == stage and r.get("date") is not None:
            continue
        if not _no_event_of_its_own(ctx, r, art.start):
            continue
        r.set("stage", stage, ctx.evidence(day.start, end))
        r.set("status", "actual", ctx.evidence(day.start, end))
        r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))
