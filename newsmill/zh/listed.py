"""The event and day an article tells once for every project of a list (``名单内项目已于11月16日同步开工``,
``上述项目均已于3月8日集中签约``): a notice of a list of projects, or its explanation, says it before
naming some of them, or counting them by size and place, in prose."""

from __future__ import annotations

import re
from typing import Any

from newsmill.zh.cues import STAGE_CUES, STAGE_RE, cue_applies
from newsmill.zh.recctx import RecordContext, Span

#: The projects of a list told together (``上述项目已于``, ``名单内项目均已于``), then their day.
LISTED_ON = re.compile(r"(?:上述|以上|名单内|清单内|这批|该批)(?:重点|重大)?项目(?:已|均已|均|都已|已经)?于")

#: Events a list's projects are told to have reached together, done.
_DONE_EVENTS = frozenset(("signed", "started", "completed", "in_production"))

SENTENCE_END = "。！？\n"


def listed_event(ctx: RecordContext, art: Span) -> tuple[str, Any, int] | None:
    """(event, day mention, end of the telling) of the first sentence of the article telling every
    listed project's event on one day (``名单内项目已于11月16日同步开工``), or None."""
    for m in LISTED_ON.finditer(ctx.text, art.start, art.end):
        end = min((i for i in (ctx.text.find(c, m.end(), art.end) for c in SENTENCE_END) if i >= 0),
                  default=art.end)
        days = [d for d in ctx.mentions_in("dates", m.end(), min(end, m.end() + 12))
                if isinstance(d.value, dict) and d.value.get("granularity") == "day" and d.value.get("start")]
        if not days:
            continue
        cue = next((c for c in STAGE_RE.finditer(ctx.text, days[0].end, min(end, days[0].end + 20))
                    if cue_applies(ctx.text, c.start(), c.end())), None)
        if cue is not None and STAGE_CUES[cue.group()] in _DONE_EVENTS:
            return STAGE_CUES[cue.group()], days[0], cue.end()
    return None
