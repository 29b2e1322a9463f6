"""Projects listed in tables: one record per row."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import (
    _attributes,
    _in_yuan,
)
from newsmill.plugins.extract_projects.keys import (
    _key_parts,
    _lookup,
    _name_key,
)
from newsmill.plugins.extract_projects.patterns import (
    _SEMICOLONS_COMMAS,
)
from newsmill.plugins.extract_projects.places import (
    _opening_place,
)
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, cue_applies, target_in
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.listed import LISTED_ON
from newsmill.zh.projects import capacity_in
from newsmill.zh.recctx import RecordContext, Span, location_of
from newsmill.zh.tables import Cell, Table

#: Amount units a table header may give (``投资额(亿元)``), in yuan.
_HEADER_UNITS = {"亿元": 100_000_000, "万元": 10_000, "元": 1}


_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: A capacity that only counts production lines (``电解铜箔生产线10条``).
_LINES_ONLY = re.compile(r"[\u4e00-\u9fff]{0,8}?生产线\d+条|\d+条[\u4e00-\u9fff]{0,8}?生产线")


#: A line that only leads into the list after it (``具体项目如下：``, ``项目清单如下:``).
_LEAD_IN = re.compile(r"[^。；;\n]{0,16}如下[：:]")


def _table_event(ctx: RecordContext, art: Span, table: Table) -> tuple[str | None, int, int]:
    """The stage cue of the line introducing a table (``本次签约的重点项目如下:``); when that line
    only leads into the table with no cue (``具体项目如下：``), the cue of the paragraph before it."""
    end = table.start
    for _ in range(2):
        while end > art.start and ctx.text[end - 1].isspace():
            end -= 1  # the last line with text before the table
        lo = max(art.start, ctx.text.rfind("\n", art.start, end) + 1)
        best = None
        for m in STAGE_RE.finditer(ctx.text, lo, end):
            if cue_applies(ctx.text, m.start(), m.end()) and (best is None or best.end() != m.start()):
                best = m  # of two cues in one word (``竣工投用``) the first, as a project's own sentence
        if best is not None:
            return STAGE_CUES[best.group()], best.start(), best.end()
        if _LIST_HEADING.fullmatch(ctx.text, lo, end):
            return _ceremony_event(ctx, art, lo)
        if not _LEAD_IN.fullmatch(ctx.text, lo, end):
            break
        end = lo
    return None, -1, -1


#: A heading that only names a list of projects (``其他重点项目一览``, ``项目清单``), with no event.
_LIST_HEADING = re.compile(r"[^\s。；;，,：:！？]{0,10}项目(?:一览表?|清单|名单|列表)[：:]?")
#: A ceremony's event told of many projects at once (``集中开工仪式``, ``集中签约活动``).
_CEREMONY = re.compile(r"集中(?:开工|签约|竣工|投产)")


def _ceremony_event(ctx: RecordContext, art: Span, end: int) -> tuple[str | None, int, int]:
    """The event of the ceremony the article's lead tells (``…重点项目集中开工仪式在某园区举行``)
    for a list of projects headed only by its name (``其他重点项目一览``): its rows are works of
    that ceremony.  The lead is the first paragraph of the body that tells such an event; a list
    under an article telling none keeps no stage."""
    for m in _CEREMONY.finditer(ctx.text, art.start, end):
        cue = next((c for c in STAGE_RE.finditer(ctx.text, m.start() + 2, m.end() + 2)
                    if c.start() == m.start() + 2), None)
        if cue is None or not cue_applies(ctx.text, cue.start(), cue.end()):
            continue
        line = ctx.text.rfind("\n", art.start, m.start()) + 1
        tail = ctx.text[m.end():ctx.text.find("\n", m.end())]
        if ctx.text.find("。", line, m.start()) < 0 and "。" not in tail:
            continue  # a title or a sub-head, not the lead's sentence
        return STAGE_CUES[cue.group()], cue.start(), cue.end()
    return None, -1, -1


#: Levels of places, the most precise last.
_PLACE_RANK = {"province": 0, "prefecture": 1, "city": 1, "county": 2, "district": 2}


def _column_place(ctx: RecordContext, cell: Cell | None) -> Any:
    """The most precise place named in a table's place column (``某市某区`` → the district)."""
    if cell is None:
        return None
    best = None
    for m in ctx.mentions_in("places", cell.start, cell.end):
        level = m.value.get("level") if isinstance(m.value, dict) else None
        rank = _PLACE_RANK.get(level, 3)
        if best is None or rank >= best[0]:
            best = (rank, m)
    return best[1] if best else None


def _progress_cell(ctx: RecordContext, r: Record, cell: Cell | None) -> None:
    """The stage a row's progress column gives (``已开工``, ``试生产``, ``已签约``), as done unless
    the cell says it is a plan (``拟于年底开工``)."""
    if cell is None:
        return
    cue = None
    for m in STAGE_RE.finditer(ctx.text, cell.start, cell.end):
        if cue_applies(ctx.text, m.start(), m.end()):
            cue = m
    if cue is None:
        return
    r.set("stage", STAGE_CUES[cue.group()], ctx.evidence(cue.start(), cue.end()))
    plan = target_in(ctx.text[cell.start:cue.start()])
    status = "target" if plan is not None else "actual"
    r.set("status", status, ctx.evidence(cell.start, cell.end))


#: What a year's list says of a row in its nature column (``建设性质``) → the row's stage.
_NATURE = {"新开工": "started", "开工": "started", "新建": "started", "续建": "under_construction",
           "在建": "under_construction", "竣工": "completed", "建成": "completed", "完工": "completed",
           "投产": "in_production", "竣工投产": "in_production", "建成投产": "in_production",
           "预备": "planned", "前期": "planned", "储备": "planned", "谋划": "planned"}
#: A nature cell: a mark of a plan or of a thing done, the nature, a class word (``计划新开工``,
#: ``已竣工``, ``续建项目``).
_NATURE_CELL = re.compile(r"(?P<mark>计划|拟|已)?(?P<nature>[\u4e00-\u9fff]{2,4}?)(?:项目|类)?")


def _nature_cell(ctx: RecordContext, r: Record, cell: Cell | None, lead: str | None,
                 lead_status: str | None) -> bool:
    """The stage a year's list gives a row in its nature column: works carried on (``续建``) are
    under way and those in preparation (``预备``, ``前期``) planned, both as they stand; new starts
    and works to finish (``新开工``, ``竣工``) are the year's goals (``target``), unless the cell says
    they are done (``已开工``) or the line over the table reports that very event as done (a
    ceremony's list: ``集中开工项目如下``).  True when the cell gave the row its stage."""
    if cell is None:
        return False
    m = _NATURE_CELL.fullmatch(cell.text.strip())
    stage = _NATURE.get(m.group("nature")) if m is not None else None
    if stage is None:
        return False
    ev = ctx.evidence(cell.start, cell.end)
    r.set("stage", stage, ev)
    done = m.group("mark") == "已" or (stage == lead and lead_status == "actual")
    goal = stage in ("started", "completed", "in_production") and not done
    r.set("status", "target" if goal or m.group("mark") in ("计划", "拟") else "actual", ev)
    return True


#: A park or zone alone in a table's place column (``某某高新区``, ``某某工业园区``).
_ZONE_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}"
                        r"(?:高新区|经开区|开发区|工业园区|工业园|产业园区|产业园|新区|园区)")


def _zone_cell(ctx: RecordContext, r: Record, cell: Cell | None) -> None:
    """A zone named alone in the row's place column is the project's ``detail``."""
    loc = r.get("location")
    if cell is None or not isinstance(loc, dict) or loc.get("detail") or not _ZONE_CELL.fullmatch(cell.text):
        return
    r.set("location", {**loc, "detail": cell.text}, *r.fields["location"].evidence,
          ctx.evidence(cell.start, cell.end))


#: A town or a street-office area (``某某镇``, ``某某乡``, ``某某街道``).
_TOWN_CELL = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)")


def _town_cell(ctx: RecordContext, r: Record, cell: Cell | None) -> None:
    """A town named in the row's place column, alone or after its county (``某县某镇``), is the
    project's ``detail``."""
    loc = r.get("location")
    if cell is None or not isinstance(loc, dict) or loc.get("detail"):
        return
    lo = max((m.end for m in ctx.mentions_in("places", cell.start, cell.end)
              if isinstance(m.value, dict) and m.value.get("level") in ("county", "district", "city")),
             default=cell.start)
    if not _TOWN_CELL.fullmatch(ctx.text, lo, cell.end):
        return
    r.set("location", {**loc, "detail": ctx.text[lo:cell.end]}, *r.fields["location"].evidence,
          ctx.evidence(lo, cell.end))


#: A town right after the county heading a row's name (``某县某某镇抽水蓄能电站项目``), not the
#: first end of a route (``某镇至某镇公路``).
_NAME_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?![至到和与、])(?=[\u4e00-\u9fff]{4})")


def _town_in_name(ctx: RecordContext, r: Record, cell: Cell) -> None:
    """A town named right after the county that heads a row's project name is its ``detail``."""
    loc = r.get("location")
    if not isinstance(loc, dict) or loc.get("detail") or not loc.get("county"):
        return
    head = next((m for m in ctx.mentions_in("places", cell.start, cell.end) if m.start == cell.start
                 and isinstance(m.value, dict) and m.value.get("level") in ("county", "district")), None)
    if head is None:
        return
    m = _NAME_TOWN.match(ctx.text, head.end, cell.end)
    if m is None:
        return
    r.set("location", {**loc, "detail": m.group()}, *r.fields["location"].evidence,
          ctx.evidence(m.start(), m.end()))


def _county_cell(ctx: RecordContext, r: Record, cell: Cell | None) -> None:
    """A county-level name alone in the row's place column that no mention reads (a name too
    generic to read in running text, ``东区``) is the county of that name in the row's city."""
    loc = r.get("location")
    if cell is None or not isinstance(loc, dict) or loc.get("county") or not loc.get("city") \
            or not 2 <= len(cell.text) <= 6 or ctx.mentions_in("places", cell.start, cell.end):
        return
    gaz = Gazetteer.default()
    found = [d for d in gaz.lookup(cell.text)
             if d.level == "county" and d.name == cell.text and gaz.parts(d.key).get("city") == loc["city"]]
    if len(found) == 1:
        r.set("location", {**loc, "county": found[0].name, "code": found[0].code},
              *r.fields["location"].evidence, ctx.evidence(cell.start, cell.end))


def _listed_day(ctx: RecordContext, art: Span, table: Table, stage: str) -> Any:
    """The day the article says the listed projects all reached the table's stage (``上述项目已于
    11月16日在各县同步开工``, before the list): each row's day."""
    for m in LISTED_ON.finditer(ctx.text, art.start, table.start):
        end = ctx.text.find("。", m.end(), table.start)
        end = table.start if end < 0 else end
        days = [d for d in ctx.mentions_in("dates", m.end(), min(end, m.end() + 12))
                if isinstance(d.value, dict) and d.value.get("granularity") == "day" and d.value.get("start")]
        if not days:
            continue
        cue = next((c for c in STAGE_RE.finditer(ctx.text, days[0].end, min(end, days[0].end + 20))
                    if cue_applies(ctx.text, c.start(), c.end())), None)
        if cue is not None and STAGE_CUES[cue.group()] == stage:
            return days[0]
    return None


def _table_projects(ctx: RecordContext, art: Span, table: Table, keys: dict[str, Record],
                    used: list[tuple[int, int]], dropped: list[Record] | None = None) -> list[Record]:
    """One project per row of a project table: name, investor and amount from their columns,
    the stage from the line that introduces the table.  ``dropped``: the rows read as prose,
    whose text below the table may have told more of them (see :func:`_told_below`)."""
    stage, s0, s1 = _table_event(ctx, art, table)
    day = _listed_day(ctx, art, table, stage) \
        if stage is not None and ctx.text.find("于", art.start, table.start) >= 0 else None
    prose = {_name_key(str(d.get("name"))): d for d in dropped or () if d.get("name")}
    out = []
    for row in table.rows:
        cell = table.cell(row, "name")
        if cell is None or len(cell.text) < 4:
            continue
        key = _name_key(cell.text)
        known = _lookup(key, keys)
        r = Record("project", article=art.article)
        r.set("name", cell.text, ctx.evidence(cell.start, cell.end))
        if stage is not None:
            r.set("stage", stage, ctx.evidence(s0, s1))
            status, cue = ctx.status(Span(s0, s1, art.article), s1)
            r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(s0, s1))
            if day is not None:
                r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))
        else:
            r.set("stage", None)
            r.set("status", None)
        inv = table.cell(row, "investor")
        if inv is not None:
            r.set("investor", inv.text, ctx.evidence(inv.start, inv.end))
        else:
            _firm_heading_name(ctx, r, cell)
        amount = table.cell(row, "investment")
        if amount is not None:
            money = [f for f in ctx.figures_in(amount.start, amount.end, "money") if _in_yuan(f)]
            bare = _BARE_NUMBER.fullmatch(amount.text)
            if money:
                r.set("investment_cny", int(money[0].value), ctx.evidence(money[0].start, money[0].end))
                used.append((money[0].start, money[0].end))
            elif bare is not None and table.unit in _HEADER_UNITS:
                value = round(float(bare.group()) * _HEADER_UNITS[table.unit])
                r.set("investment_cny", value, ctx.evidence(amount.start, amount.end))
        content = table.cell(row, "content")
        if content is not None:
            _attributes(ctx, r, content.start, content.end, used)
            if stage is not None:
                _content_stage(ctx, r, content, stage)
        lines_only = r.get("capacity") is not None and _LINES_ONLY.fullmatch(r.get("capacity"))
        cap = capacity_in(cell.text) if r.get("capacity") is None or lines_only else None
        if cap is not None:  # (a yearly output in the name over the lines the content counts)
            r.set("capacity", cap.group(), ctx.evidence(cell.start + cap.start(), cell.start + cap.end()))
        _progress_cell(ctx, r, table.cell(row, "progress"))
        nature = _nature_cell(ctx, r, table.cell(row, "nature"), stage, r.get("status"))
        row_span = Span(row[0].start, row[-1].end, art.article)
        place = _column_place(ctx, table.cell(row, "place")) \
            or _opening_place(ctx, cell.start, cell.end, ("county", "zone")) \
            or ctx.place_for(cell.start, art.article, row_span)
        if place is not None:
            r.set("location", location_of(place), ctx.evidence(place.start, place.end))
        _zone_cell(ctx, r, table.cell(row, "place"))
        _town_cell(ctx, r, table.cell(row, "place"))
        _town_in_name(ctx, r, cell)
        _county_cell(ctx, r, table.cell(row, "place"))
        if known is not None:
            _fill_from_row(known, r, nature, (table.start, row_span.end), _told_alone(ctx, known))
            continue
        r.evidence = [ctx.evidence(row[0].start, row[-1].end)]
        if prose:
            _told_below(ctx, r, _lookup(key, prose), (table.start, row_span.end))
        keys[key] = r
        out.append(r)
    return out


#: A firm's legal name heading a row's project name (``某某轮毂有限公司年产…项目``), then the works.
_FIRM_HEADS_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:股份有限公司|有限责任公司|有限公司)"
                              r"(?=[\u4e00-\u9fffA-Za-z0-9]{4})")


#: A firm's short name right before the yearly output that names the works (``某某华越年产20万吨…``).
_BRAND_BEFORE_OUTPUT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?=年产\d)")


def _firm_heading_name(ctx: RecordContext, r: Record, cell: Cell) -> None:
    """A row with no investor column whose name opens with a firm's legal name is that firm's
    project (the text reader cuts the same firm off a name told in a sentence); so is the short
    name right before the yearly output naming the works (``某某华越年产20万吨…项目``), unless it is
    a place alone (``某县年产…``)."""
    m = _FIRM_HEADS_NAME.match(ctx.text, cell.start, cell.end)
    if m is not None and not ctx.text.startswith(("项目", "工程"), m.end()):
        r.set("investor", m.group(), ctx.evidence(m.start(), m.end()))
        return
    m = _BRAND_BEFORE_OUTPUT.match(ctx.text, cell.start, cell.end)
    if m is None or any(p.end >= m.end() for p in ctx.mentions_in("places", m.start(), m.end())):
        return
    r.set("investor", m.group(), ctx.evidence(m.start(), m.end()))


#: What the text may tell of a row's works outside its table that the row leaves out.
_TOLD_OUTSIDE = ("investor", "capacity", "area", "jobs", "annual_output_cny")


def _told_below(ctx: RecordContext, r: Record, prose: Record | None, table: tuple[int, int]) -> None:
    """A row's works named again in the text outside the table, in full or by a shorter name
    (``1｜某县氢能产业园项目｜…`` over ``氢能产业园项目由甲集团有限公司投资建设，…建成后年供应高纯氢气
    1.5万吨``): what the paragraph naming them told and the row leaves out is theirs."""
    if prose is None:
        return
    core = _key_parts(_name_key(str(r.get("name"))))[0]
    for name in _TOLD_OUTSIDE:
        f = prose.fields.get(name)
        if r.get(name) is None and f is not None and f.value is not None and f.evidence \
                and not any(table[0] <= e.start < table[1] for e in f.evidence) \
                and _names_row(ctx.text, core, f.evidence[0].start):
            r.fields[name] = f


def _names_row(text: str, core: str, at: int) -> bool:
    """True when the paragraph holding ``at`` names the row whose name's core is ``core``, in full
    or without a few characters at its head (its county: ``某县氢能产业园`` → ``氢能产业园``)."""
    p0 = text.rfind("\n", 0, at) + 1
    p1 = text.find("\n", at)
    para = text[p0:p1 if p1 >= 0 else len(text)]
    shortest = max(4, len(core) - 4)
    return any(core[i:] in para for i in range(len(core) - shortest + 1))


def _content_stage(ctx: RecordContext, r: Record, cell: Cell, stage: str) -> None:
    """A row's content cell telling the event of its table's stage (``…，计划5月开工`` under
    ``新开工项目``) gives that event's cue: a plan word before it in the cell makes it a target."""
    cue = None
    for m in STAGE_RE.finditer(ctx.text, cell.start, cell.end):
        if STAGE_CUES[m.group()] == stage and cue_applies(ctx.text, m.start(), m.end()):
            cue = m
    if cue is None:
        return
    r.set("stage", stage, ctx.evidence(cue.start(), cue.end()))
    c0 = max(cell.start, ctx.last_mark(_SEMICOLONS_COMMAS, cell.start, cue.start()) + 1)
    plan = target_in(ctx.text[c0:cue.start()])
    if plan is not None:
        r.set("status", "target", ctx.evidence(c0 + plan.start(), c0 + plan.end()))
    else:
        r.set("status", "actual", ctx.evidence(cue.start(), cue.end()))


def _read_in(r: Record, name: str, span: tuple[int, int]) -> bool:
    """True when every evidence of ``r``'s field ``name`` lies in ``span``."""
    f = r.fields.get(name)
    return f is not None and bool(f.evidence) and all(span[0] <= e.start < span[1] for e in f.evidence)


def _told_alone(ctx: RecordContext, r: Record) -> bool:
    """True when the stage of ``r`` was read in the sentence that names it (its own cue), not taken
    from a batch told before (a list's member singled out, ``其中，甲项目体量最大``)."""
    stage, name = r.fields.get("stage"), r.fields.get("name")
    if stage is None or not stage.evidence or name is None or not name.evidence:
        return True
    n0 = name.evidence[0].start
    stop = max(ctx.text.rfind(c, 0, n0) for c in "。！？\n")
    return stage.evidence[0].start > stop


def _fill_from_row(known: Record, row: Record, nature: bool = False,
                   table: tuple[int, int] = (0, 0), own_stage: bool = True) -> None:
    """A table row naming a project the text told of already gives it what the text did not:
    its amount, investor, capacity, and the town or zone of the place column when the place
    is the same county, or the county when the text gave only the city.  A list's nature column
    (``续建``, ``新开工``) gives the stage the text left out, and the status when the text told the
    same stage (``今年将重点推进…`` of works carried on: under way as they stand) or took its stage
    from the list it belongs to (``其中，总投资18亿元的甲项目体量最大``).  What the text
    reader took from the row's own line (inside ``table``) gives way to the row's columns."""
    for name in ("investment_cny", "investor", "capacity", "area", "jobs"):
        if row.get(name) is not None and (known.get(name) is None or _read_in(known, name, table)):
            known.fields[name] = row.fields[name]
    cap = known.get("capacity")
    if isinstance(cap, str) and _LINES_ONLY.fullmatch(cap) and isinstance(row.get("capacity"), str) \
            and not _LINES_ONLY.fullmatch(row.get("capacity")):
        known.fields["capacity"] = row.fields["capacity"]  # a yearly output over the lines the text counted
    if nature and row.get("stage") is not None \
            and (known.get("stage") in (None, row.get("stage")) or not own_stage):
        for name in ("stage", "status"):
            known.fields[name] = row.fields[name]
    loc, new = known.get("location"), row.get("location")
    if isinstance(loc, dict) and isinstance(new, dict) and not loc.get("county") and new.get("county") \
            and loc.get("city") == new.get("city"):
        known.fields["location"] = row.fields["location"]
        return
    if not isinstance(new, dict) or not new.get("detail"):
        return
    if loc is None:
        known.fields["location"] = row.fields["location"]
    elif isinstance(loc, dict) and not loc.get("detail") and loc.get("county") == new.get("county"):
        known.set("location", {**loc, "detail": new["detail"]}, *known.fields["location"].evidence,
                  *row.fields["location"].evidence)
