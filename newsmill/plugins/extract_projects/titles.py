"""Works named only in the title of a tender's or a bid result's notice."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import _attributes
from newsmill.plugins.extract_projects.keys import _name_key, _same_project
from newsmill.plugins.extract_projects.patterns import _CARD_LINE
from newsmill.plugins.extract_projects.record import _project
from newsmill.zh.projects import find_names
from newsmill.zh.recctx import RecordContext, Span

#: A notice's title: the works, the part let (``施工``, ``监理``), then the kind of notice
#: (``…工程中标候选人公示``, ``…项目施工招标公告``, ``…工程中标结果公告``).
NOTICE_TITLE = re.compile(r"(?P<name>[^\s，,。；;：:]{4,48}?(?:工程|项目))"
                          r"(?:[(（][^()（）]{1,12}[)）])?"
                          r"(?:施工|监理|勘察|设计|勘察设计|EPC|工程总承包|总承包|设计施工总承包)?"
                          r"(?:(?:公开)?招标公告|招标公示|中标候选人公示|中标结果公示|中标结果公告|中标公告"
                          r"|中标公示|评标结果公示|成交结果公告|成交公告)")


#: A notice's lines naming who lets the works (``招标人：``, ``项目业主：``): the works' owner.
_OWNER_LABELS = ("招标人", "项目业主", "建设单位", "业主单位", "采购人")


#: A notice's lines telling the works (``项目概况：…总投资2600万元``, ``建设规模：…``).
_ABOUT_LABELS = ("项目概况", "工程概况", "建设规模", "建设内容", "项目规模")


def title_project(ctx: RecordContext, art: Span, keys: dict[str, Record],
                  used: list[tuple[int, int]]) -> Record | None:
    """The works a tender's or a bid result's notice names only in its title
    (``某县某镇甲至乙公路改扩建工程中标候选人公示``): a project ``planned``, ``actual`` (a tender
    prepares the works), its owner from the notice's ``招标人：`` line and its sums from its
    ``项目概况：`` line; None when the title is no such notice or its works were read in the body."""
    if art.article is None or not 0 <= art.article < len(ctx.doc.articles):
        return None
    ev = ctx.doc.articles[art.article].evidence.get("headline")
    if ev is None:
        return None
    text = ctx.text
    m = NOTICE_TITLE.fullmatch(text, ev.start, ev.end)
    if m is None:
        return None
    name = next((n for n in find_names(text, ev.start, m.end("name")) if n.end == m.end("name")), None)
    if name is None:
        return None
    key = _name_key(name.name)
    if key in keys or _same_project(key, keys):
        return None
    r = _project(ctx, Span(ev.start, ev.end, art.article), name, [name], [], [], ())
    r.set("stage", "planned", ctx.evidence(ev.start, ev.end))
    r.set("status", "actual", ctx.evidence(ev.start, ev.end))
    for line in _CARD_LINE.finditer(text, art.start, art.end):
        label, v0, v1 = line.group("label"), line.start("value"), line.end("value")
        if label in _OWNER_LABELS and r.get("investor") is None:
            owner = line.group("value").split()[0].strip(" 。;；") if line.group("value").split() else ""
            if owner:
                r.set("investor", owner, ctx.evidence(v0, v0 + len(owner)))
        elif label in _ABOUT_LABELS:
            _attributes(ctx, r, v0, v1, used)
    keys[key] = r
    return r
