"""Projects listed under the label of their approval or filing.

An approving office's notice, or a report of it, lists the projects it approved or filed under a
label of the kind, one numbered item a line::

    核准项目
    1．某某公司年产20万吨某某项目　建设地点：某区某镇　总投资46.8亿元
    备案项目
    3．某县年产1万吨某某加工项目　建设单位：某某公司　总投资1.6亿元

Such an item tells no event of its own: the project has its papers, its works are still to come
(stage ``planned``).  :func:`approved_items` gives that stage to items whose own line tells none.
"""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.zh.cues import STAGE_RE, cue_applies
from newsmill.zh.recctx import RecordContext

#: The label of approved or filed projects, alone on its line (``核准项目``, ``二、备案项目``,
#: ``审批项目（3个）``).
_APPROVAL_LABEL = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．])?(?:已|新)?"
                             r"(?:核准|备案|审批|立项)(?:类)?项目(?:[（(]\d{1,3}个[)）])?[:：]?[ \t\u3000]*")
#: A field's label a stage word opens (``建设单位：``, ``建设地点``): no event told.
_FIELD_LABEL = re.compile(r"(?:单位|地点|地址|内容|规模|性质|年限|期限|工期)")
#: A numbered item opening its line (``1．``, ``12.``, ``3、``).
_ITEM_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}[.．、]")


def _label_over(text: str, line_start: int) -> tuple[int, int] | None:
    """The span of an approval label heading the run of numbered items the line at ``line_start``
    belongs to, None when the run has no such label."""
    pos = line_start
    for _ in range(30):
        if pos <= 0:
            return None
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if _APPROVAL_LABEL.fullmatch(line):
            return prev, pos - 1
        if not _ITEM_NUMBER.match(line):
            return None
        pos = prev
    return None


def approved_items(ctx: RecordContext, records: list[Record]) -> None:
    """Projects named by a numbered item under an approval label (see the module docstring) whose
    item line tells no event of its own: stage ``planned``, status ``actual``."""
    text = ctx.text
    for r in records:
        name = r.fields.get("name")
        if name is None or not name.evidence:
            continue
        at = name.evidence[0].start
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if not _ITEM_NUMBER.match(text, line_start) or any(
                cue_applies(text, m.start(), m.end()) and not _FIELD_LABEL.match(text, m.end())
                for m in STAGE_RE.finditer(text, line_start, line_end)):
            continue
        label = _label_over(text, line_start)
        if label is None:
            continue
        if r.get("stage") in (None, "under_construction") and r.get("status") in (None, "actual"):
            r.set("stage", "planned", ctx.evidence(*label))
            r.set("status", "actual", ctx.evidence(*label))


__all__ = ["approved_items"]
