"""Phases of a project and projects told phase by phase."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import (
    _attributes,
)
from newsmill.plugins.extract_projects.clauses import (
    _item_of,
)
from newsmill.plugins.extract_projects.patterns import (
    _ABOUT_NEXT,
    _KIND_TAIL,
    _LIFECYCLE,
    _SHORT_LEAD,
    _phase_of,
)
from newsmill.plugins.extract_projects.places import (
    _one_firm,
    _speakers_firm,
)
from newsmill.plugins.extract_projects.record import (
    _project,
)
from newsmill.plugins.extract_projects.stages import (
    _speaker_plans,
    _stage_cues,
)
from newsmill.plugins.extract_projects.timing import (
    _event_month,
)
from newsmill.zh.cues import STAGE_CUES, target_in
from newsmill.zh.dates import month_of
from newsmill.zh.project_names import phase_of
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span, location_of


def _firms_phases(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A phase of the one firm a feature is about (``三期项目`` read as ``某某三期项目``) is that
    firm's investment."""
    owner = None
    for r in records:
        name = r.get("name") or ""
        if r.get("investor") is not None or not _BARE_PHASE_TAIL.fullmatch(name):
            continue
        owner = owner or _one_firm(ctx, art.start)
        if owner is not None and name.startswith(owner) and _BARE_PHASE_TAIL.fullmatch(name[len(owner):]):
            m = next((m for m in ctx.mentions_in("orgs", art.start, art.end)
                      if ctx.text[m.start:m.end] == owner), None)
            if m is not None:
                r.set("investor", owner, ctx.evidence(m.start, m.end))
            continue
        ev = r.fields["name"].evidence if "name" in r.fields else []
        speaker = _speakers_firm(ctx, art.start, ev[0].start) if ev else None
        if speaker is not None and name.startswith(speaker):
            # 某某有限公司总经理某某说，公司正在筹备二期项目: the speaker's firm builds it
            r.set("investor", speaker, ctx.evidence(ev[0].start, ev[0].end))


#: A firm's full name with the short name the story sets for it
#: (``某某新材料有限公司（以下简称“某某新材”）``).
_FIRM_AKA = re.compile(r"(?P<full>[\u4e00-\u9fff（）()]{4,30}?(?:有限(?:责任)?公司|股份(?:有限)?公司|集团))"
                       r"[(（](?:以下)?简称[“\"「『](?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」』][)）]")


#: A works' equipment being fitted now (``正在进行机电安装``, ``正在设备调试``): the works are under way.
_FITTING_NOW = re.compile(r"(?:正在|正)(?:进行|开展)?(?:机电|设备)(?:安装|调试)")
#: A phase's own clause telling it fitted now, its size between (``二期800个机架正在进行设备安装``).
_PHASE_FITTING = re.compile(r"[^，,。；;]{0,10}?(?P<f>" + _FITTING_NOW.pattern + ")")


#: A phase named alone at the head of a clause (maybe after ``目前``), with its event or amount next
#: (``一期项目总投资6.5亿元``, ``，二期项目开工``, ``目前二期项目正在加紧建设``).
_FIRM_PHASE = re.compile(r"(?:(?<=[，,。；;\n“\"])|(?<=目前)|(?<=现在))(?P<p>[一二三四五]期)(?:项目|工程)"
                         r"(?=(?:计划|拟)?总?投资\d|[^，,。；;]{0,8}?(?:开工|建设|施工|建成|投产|竣工|达产|签约))")


def _firm_phases_alone(ctx: RecordContext, art: Span, found: list[tuple[Span, NameSpan, Record]],
                       counts: list[tuple[int, int]]) -> list[Record]:
    """A firm's profile (``某某新材料有限公司（以下简称“某某新材”）…``) telling its plants phase by
    phase, each phase named alone before any project is named (``一期项目总投资6.5亿元，…建成投产``,
    ``二期项目开工…。目前二期项目正在加紧建设``): a project per phase, named after the firm's short
    name (``某某新材一期项目``), the firm investing; a phase told again takes its later event done."""
    text = ctx.text
    aka = _FIRM_AKA.search(text, art.start, art.end)
    if aka is None:
        return []
    stop = min([n.start for _s, n, _r in found if not n.listed] + [art.end])
    told = {phase_of(str(r.get("name") or "")) for _s, _n, r in found}  # phases the names already tell
    phases: dict[str, Record] = {}
    for sent in ctx.sentences(art):
        if sent.start >= stop or sent.end <= aka.end():
            continue
        for m in _FIRM_PHASE.finditer(text, sent.start, min(sent.end, stop)):
            if phase_of(m.group("p")) in told:
                continue
            alone = NameSpan(m.start("p"), m.end(), aka.group("short") + m.group("p") + "项目")
            nxt = _FIRM_PHASE.search(text, m.end(), sent.end)
            item_end = nxt.start() if nxt else sent.end
            # (the phase's own event follows it: ``公司落户某区，一期项目…建成投产`` is 建成投产)
            item = Span(m.start(), item_end, sent.article)
            r = _project(ctx, item, alone, [alone], counts, _stage_cues(ctx, item, []))
            if r.get("stage") is None:
                continue
            _event_month(ctx, [r])
            had = phases.get(m.group("p"))
            if had is None:
                _attributes(ctx, r, m.end(), item_end, [])  # its own item's figures
                firm = next((o for o in ctx.orgs if o.end == aka.end("full") and o.start >= aka.start()),
                            None)
                if firm is not None:
                    r.set("investor", str(firm.surface), ctx.evidence(firm.start, firm.end))
                phases[m.group("p")] = r
            elif r.get("status") == "actual" and had.get("status") == "actual" \
                    and _LIFECYCLE.get(r.get("stage"), -1) > _LIFECYCLE.get(had.get("stage"), -1):
                for key in ("stage", "status"):  # 二期项目开工… 目前二期项目正在加紧建设
                    f = r.fields[key]
                    had.set(key, f.value, *f.evidence)
                had.set("date", None)  # (the works under way now: no day of an event)
                _attributes(ctx, had, m.end(), item_end, [])  # …，达产后可新增年产值30亿元
    return list(phases.values())


#: A firm's phase: its short name, then a bare phase (``某某三期项目``).
_BARE_PHASE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}[一二三四五六七八九]期(?:项目|工程)")


#: A later phase of the story's project named alone (``“二期项目计划明年5月开工``).
_PHASE_ALONE = re.compile(r"(?<=[，,。；;“\"\n])(?P<p>[二三四五]期)项目")


#: The first phase ending a name (``甲产业园一期``, ``乙基地（首期）``).
_FIRST_PHASE_TAIL = re.compile(r"[(（]?(?:一|首)期[)）]?$")


#: After the first phase, the next named alone with its event (``…，二期计划明年开工建设``).
#: (the phase may follow the park's anaphor: ``园区二期计划明年开工``)
_PHASE_NEXT = re.compile(r"(?<=[，,。；;“\"\n])(?:(?:该|此)?(?:园区|项目|基地|产业园|工程)"
                         # (or the kind that ends the project's name, checked by :func:`_own_kind`:
                         # ``甲冷链物流园一期…。物流园二期计划明年开工``)
                         r"|(?P<a>[\u4e00-\u9fff]{1,5}?(?:园|区|基地|港|城)))?"
                         r"(?P<p>[二三四五]期)(?:项目|工程)?(?=[^，,。；;]{0,10}?(?:开工|建设|建成|投产|竣工|签约))")


#: The first phase and a part of its works ending a name (``甲加工园一期主体工程``): the base is before it.
_FIRST_PHASE_PART = re.compile(r"[(（]?(?:一|首)期[)）]?(?:主体|厂房|基础设施)?(?:工程)?$")


#: The whole project's figures after a phase's own (``…，全部建成后可带动就业800余人``).
_WHOLE_DONE = re.compile(r"(?:全部|全面|整体)(?:建成|完工)(?:投产|投用|运营)?后")


def _phase_end(text: str, lo: int, hi: int) -> int:
    """Where a phase's own figures end in ``text[lo:hi]``: before the whole project's, if told."""
    m = _WHOLE_DONE.search(text, lo, hi)
    return m.start() if m is not None else hi


def _own_kind(m: re.Match, base: str) -> bool:
    """Whether the kind word before a phase named alone (``物流园二期``, group ``a``), if any, ends the
    name of the project it is a phase of (``甲冷链物流园``), so that it points back to it."""
    kind = m.groupdict().get("a")
    return kind is None or (len(kind) < len(base) and base.endswith(kind))


def _next_phase(ctx: RecordContext, art: Span, sent: Span, name: NameSpan,
                counts: list[tuple[int, int]]) -> Record | None:
    """The next phase of the one project of a story, named alone in a later sentence with an
    event of its own: a project named after the first (``甲产业园项目`` → ``甲产业园二期项目``)."""
    phase = phase_of(name.name)
    if phase is not None and phase != 1:
        return None
    base = _KIND_TAIL.sub("", name.name)
    if phase == 1:  # 甲产业园一期项目投产…，二期计划明年开工: the first phase's next one
        base = _FIRST_PHASE_TAIL.sub("", base)
        base = _FIRST_PHASE_PART.sub("", base)  # 甲加工园一期主体工程完工…园区二期计划明年开工
    for later in ctx.sentences(art):
        if later.start <= sent.start or ctx.text.find("期", later.start, later.end) < 0:
            continue
        m = (_PHASE_ALONE if phase is None else _PHASE_NEXT).search(ctx.text, later.start, later.end)
        if m is None or not _own_kind(m, base):
            continue
        if _speaker_plans(ctx.text, later.start, m):
            return None  # 公司负责人说，…，二期工程计划今年下半年开工: a plan in the firm's words
        alone = NameSpan(m.start("p"), m.end(), base + m.group("p") + "项目")
        r = _project(ctx, later, alone, [alone], counts, _stage_cues(ctx, later, []))
        if r.get("stage") is None:
            return None
        _event_month(ctx, [r])
        if r.get("capacity") is None and (_SHORT_LEAD.fullmatch(ctx.text, later.start, m.start())
                                          or m.groupdict().get("a")):
            # 园区二期…开工，计划新建冷库库容…: its size (not the whole's, told after ``全部建成后``)
            _attributes(ctx, r, m.end(), _phase_end(ctx.text, m.end(), later.end), [])
        return r
    return None


#: A phase named alone at the head of a clause, with its own event (``项目二期正在加快建设``,
#: ``二期工程预计年底前开工``, ``企业一期项目早已达产达效``).
_PHASE_CLAUSE = re.compile(r"(?:(?<=[，,。；;：:\n])(?:其中|该?项目|企业|公司|该?园区"
                           # (or the kind that ends the project's name, checked by :func:`_own_kind`:
                           # ``甲产业园二期项目开工…。产业园一期于2023年建成投产``; or the works of the
                           # year: ``分三期实施。今年实施的二期工程投资…``)
                           r"|(?P<a>[\u4e00-\u9fff]{1,5}?(?:园|区|基地|港|城))|(?:今年|年内)(?:实施|建设)的)?"
                           # (or its preparation taken up: ``将启动二期工程前期工作``)
                           r"|(?<=启动|开展|推进|抓紧|做好|加快)(?=[二三四五]期(?:项目|工程)?前期工作))"
                           r"(?P<p>[一二三四五]期)(?:项目|工程)?"
                           r"(?=[^，,。；;]{0,8}?(?:开工|建设|施工|建成|投产|竣工|达产|试生产|签约)"
                           # (or its preparation under way, named as a project: ``二期项目正在开展前期工作``;
                           # a bare ``二期正在开展前期工作`` is left unread, as set 92 has it)
                           r"|(?<=期项目|期工程)(?:目前)?(?:正在|正|已经|已)(?:开展|推进|进行|启动)前期工作"
                           # (or its papers being sought, named as a project: ``二期项目正在办理环评手续``)
                           r"|(?<=期项目|期工程)(?:目前)?(?:正在|正)(?:办理|报批)(?:环评|能评|用地|规划|立项|施工许可)"
                           # (or its paperwork done, in a ；-item of its own: ``；二期项目已完成立项，…``)
                           r"|(?<=[；;][二三四五]期项目|[；;][二三四五]期工程)(?:已|已经)?(?:完成|通过|获得?)"
                           r"(?:立项|备案|核准|可研批复|环评批复)"
                           # (or its size, then a plan's date and event: ``二期6万吨装置计划2025年投产``,
                           # ``二期3台计划2025年6月建成``)
                           r"|[^，,。；;]{1,8}?(?:计划|预计|拟)(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?[底前]?"
                           r"(?:开工|建成|投产|竣工|达产)"
                           # (or its own amount, after the project is told built in phases:
                           # ``分两期实施。一期投资1.8亿元，…``)
                           r"|(?:计划|拟)?总?投资(?:约|近)?\d"
                           # (or what it is, then its event in the next clause: ``项目二期为年产100万吨
                           # 线材生产线，正在进行土建施工``)
                           r"|为[^，,。；;]{2,30}?(?:生产线|产线|装置|车间)[，,](?:目前)?(?:正在|已)?"
                           r"[^，,。；;]{0,8}?(?:建设|施工|建成|投产|竣工)"
                           r"|前期工作"
                           # (or its size, then its equipment being fitted: ``二期800个机架正在进行设备安装``)
                           r"|[^，,。；;]{0,10}?" + _FITTING_NOW.pattern + ")")


#: The next paragraph opening on a phase of the project or park just told of (``园区二期项目…``), or
#: on the project itself (``据了解，该项目…``, ``据公告，该项目分两期建设``).
_NEXT_PARA_PHASE = re.compile(r"\s*(?:该?项目|该?园区)[一二三四五]期"
                              r"|\s*(?:据(?:了解|介绍|悉|公告)[，,])?(?:该|此)项目")


#: A phase ending a name (``…项目二期``, ``…二期项目``, ``…（一期）``).
_PHASE_TAIL = re.compile(r"[(（]?(?:[一二三四五]|首)期[)）]?(?:项目|工程)?$")


def _paragraph_phases(ctx: RecordContext, art: Span, found: list[tuple[Span, NameSpan, Record]],
                      records: list[Record], counts: list[tuple[int, int]]) -> list[Record]:
    """Phases of a project named alone in the later sentences of its paragraph, before the next
    project's name (``甲项目…。项目二期正在加快建设``, ``…分两期建设。其中一期投资15亿元…``): projects
    of their own, named after it with that phase, when they report an event."""
    out: list[Record] = []
    taken = {(_KIND_TAIL.sub("", _PHASE_TAIL.sub("", r.get("name") or "")), _phase_of(r.get("name") or ""))
             for r in records}
    starts = sorted(n.start for _s, n, _r in found)
    alone = sum(not n.listed for _s, n, _r in found) == 1  # a story of one project: all its paragraphs
    for sent, name, whole in found:
        if name.listed:
            continue
        # (甲加工园一期主体工程: the base is before the phase and the part of its works)
        base = _FIRST_PHASE_PART.sub("", name.name)
        base = _KIND_TAIL.sub("", _PHASE_TAIL.sub("", _KIND_TAIL.sub("", base)))
        own = _phase_of(name.name)
        para_end = -1 if alone else ctx.text.find("\n", sent.end)
        if para_end >= 0 and (nxt := _NEXT_PARA_PHASE.match(ctx.text, para_end)) is not None:
            # 甲物流园一期项目建成投用…。⏎ 园区二期项目已于5月开工: the next paragraph opens on its phase
            para_end = ctx.text.find("\n", nxt.end())
        stop = min([para_end if 0 <= para_end < art.end else art.end,
                    *(x for x in starts if x > name.end)])
        for later in ctx.sentences(art):
            if later.end <= name.end or later.start >= stop:
                continue
            # the name's own sentence too, after the name and a clause mark (``甲项目已于去年9月建成，
            # 二期6万吨装置计划2025年投产``)
            lo = later.start if later.start > name.end else name.end
            for k, m in enumerate(_PHASE_CLAUSE.finditer(ctx.text, lo, min(later.end, stop))):
                if k and ctx.text.rfind("；", later.start, m.start()) < 0:
                    break  # a later phase of the sentence counts only in a ；-item of its own
                if not _own_kind(m, base):
                    continue  # 乙产业园二期…: a kind word not ending the project's name is another park
                phase = _phase_of(m.group("p"))
                if phase == own or (base, phase) in taken or (phase == 1 and own is None):
                    continue  # the first phase of a project named without one is told as the project
                if lo > later.start and _PHASE_YEAR.match(ctx.text, m.end(), later.end) is None \
                        and _PHASE_PLANNED_WHEN.match(ctx.text, m.end(), later.end) is None \
                        and _PHASE_PAPERS.match(ctx.text, m.end(), later.end) is None:
                    continue  # in the name's own sentence, only a phase given its own year or plan
                if _speaker_plans(ctx.text, later.start, m):
                    continue  # 负责人说，…，二期工程计划今年下半年开工: the firm's intention
                r = _phase_record(ctx, later, m, base, whole, counts)
                if r is not None:
                    taken.add((base, phase))
                    out.append(r)
            if ctx.text.find("分别", lo, later.end) >= 0:
                out.extend(_phases_in_turn(ctx, later, lo, min(later.end, stop), base, whole, counts, taken))
    return out


#: Two later phases given their years in turn (``二期、三期分别计划于2026年、2028年建成``).
_PHASES_IN_TURN = re.compile(r"(?<=[，,。；;：:\n])(?P<p1>[二三四五]期)(?:项目|工程)?[、和及与]"
                             r"(?P<p2>[二三四五]期)(?:项目|工程)?分别(?:计划|预计|拟|将|力争|争取)?(?:于|在)?"
                             r"(?P<y1>\d{4})年(?:底|前)?[、和及与](?P<y2>\d{4})年(?:底|前)?(?:前)?"
                             r"(?=(?:全面|全部|正式)?(?:开工|建成|投产|竣工|并网|投运|完工))")


#: A town or street detail (``某镇``, ``某街道``).
_TOWN_DETAIL = re.compile(r"(?:镇|乡|街道)$")


#: A phase named alone (the head of :data:`_PHASES_IN_TURN`'s parts, read as :data:`_PHASE_CLAUSE`'s).
_ONE_PHASE = re.compile(r"(?P<p>[二三四五]期)(?:项目|工程)?")


def _phases_in_turn(ctx: RecordContext, later: Span, lo: int, hi: int, base: str, whole: Record,
                    counts: list[tuple[int, int]], taken: set[tuple[str, int | None]]) -> list[Record]:
    """Two later phases of a project told in one clause with their years in turn
    (``二期、三期分别计划于2026年、2028年建成``): a project each, of its own year."""
    out: list[Record] = []
    for m in _PHASES_IN_TURN.finditer(ctx.text, lo, hi):
        for p, y in (("p1", "y1"), ("p2", "y2")):
            phase = _phase_of(m.group(p))
            one = _ONE_PHASE.match(ctx.text, m.start(p))
            if (base, phase) in taken or one is None:
                continue
            r = _phase_record(ctx, later, one, base, whole, counts)
            if r is None:
                continue
            r.set("date", m.group(y), ctx.evidence(*m.span(y)))
            loc = r.get("location")
            detail = loc.get("detail") if loc else None
            whole_detail = (whole.get("location") or {}).get("detail")
            if detail and _TOWN_DETAIL.search(detail) and detail == whole_detail:
                # 一期项目在某镇开工…；二期、三期分别计划于…: the first phase's town is not said of the others
                r.set("location", {**loc, "detail": None}, *r.fields["location"].evidence)
            taken.add((base, phase))
            out.append(r)
    return out


#: A phase's year in its own clause, right before its event (``二期…计划2025年投产``, ``二期2027年建成``).
_PHASE_YEAR = re.compile(r"[^，,。；;]{0,16}?(?:计划|预计|拟|将|力争|争取)?(?:于|在)?"
                         r"(?P<y>\d{4})年(?:底|内)?(?:前)?"
                         r"(?:全面|全部|正式)?(?:开工|建成|投产|竣工|并网|投运|完工|启动建设)")


#: A phase's paperwork done, told in a ；-item of its own (``…预计明年投产；二期项目已完成立项``).
_PHASE_PAPERS = re.compile(r"(?:已|已经)?(?:完成|通过|获得?)(?:立项|备案|核准|可研批复|环评批复)")


#: A phase's plan of its own with a time of the year (``…一期已投入运营，二期计划年底前开工``).
_PHASE_PLANNED_WHEN = re.compile(r"(?:计划|预计|拟|力争|争取)(?:于|在)?(?:今年|明年|年内|年底|年中)(?:前)?"
                                 r"(?:开工|建成|投产|竣工|并网|投运|完工|启动建设)")


#: A phase's size right after it, in tons or power (``二期6万吨装置``, ``二期20万千瓦…``).
_PHASE_SIZE = re.compile(r"(?P<c>\d+(?:\.\d+)?(?:万|千)?(?:吨|千瓦|兆瓦|MW|GW))(?![时hH/／])")


def _phase_record(ctx: RecordContext, later: Span, m: re.Match, base: str, whole: Record,
                  counts: list[tuple[int, int]]) -> Record | None:
    """The record of a phase named alone (``m``, see :data:`_PHASE_CLAUSE`) in sentence ``later``,
    with its event in its own ；-item, its figures, and its project's place and firm; None with no event."""
    text = ctx.text
    phase_name = NameSpan(m.start("p"), m.end(), base + "项目" + m.group("p"))
    i0, i1 = _item_of(text, later, phase_name)
    own_item = i0 <= m.start() and (i0 > later.start or i1 < later.end)
    scope = Span(i0, i1, later.article) if own_item else later  # 一期…开工；二期…: each its own event
    r = _project(ctx, scope, phase_name, [phase_name], counts, _stage_cues(ctx, scope, []))
    if r.get("stage") is None:
        return None
    _event_month(ctx, [r])
    if (fit := _PHASE_FITTING.match(text, m.end())) is not None and r.get("stage") != "under_construction":
        # 二期800个机架正在进行设备安装，计划明年5月投用: under way now, the plan after it a goal
        ev = ctx.evidence(*fit.span("f"))
        r.set("stage", "under_construction", ev)
        r.set("status", "actual", ev)
        r.set("date", None)
    if r.get("date") is None and (year := _PHASE_YEAR.match(text, m.end(), scope.end)) is not None:
        r.set("date", year.group("y"), ctx.evidence(*year.span("y")))  # 二期…计划2025年投产: its year
    if r.get("capacity") is None and (size := _PHASE_SIZE.match(text, m.end("p"), scope.end)) is not None:
        r.set("capacity", size.group("c"), ctx.evidence(*size.span("c")))  # 二期6万吨装置…: its size
    if r.get("capacity") is None and (_SHORT_LEAD.fullmatch(text, later.start, m.start()) or own_item):
        # 园区二期项目已于5月开工，计划新建冷库库容12万吨: a sentence (or ；-item) of its own tells its size
        # (after a short lead too: 据了解，该项目二期计划投资…)
        _attributes(ctx, r, m.end(), _phase_end(text, m.end(), scope.end), [])
    own, phase = _phase_of(whole.get("name") or ""), _phase_of(m.group("p"))
    earlier = own is not None and phase is not None and phase < own
    for key in ("location", "investor"):  # the phase is where its project is, by the same firm
        if key == "investor" and earlier:
            continue  # 甲产业园二期项目由某公司投资…。产业园一期于2023年建成: no firm said of the first
        have = whole.get(key)
        if have and (key == "investor" and not r.get(key)
                     or key == "location" and not (r.get(key) or {}).get("detail")):
            r.set(key, have, *whole.fields[key].evidence)
    return r


#: The project of the story named again as ``项目`` (``3月8日，项目正式开工``, ``项目一期正式投产``).
_AGAIN = re.compile(r"(?<=[，,。；;\n])(?:该|此)?项目(?:一期|首期)?[^，,。；;！!？?]{0,10}?"
                    r"(?:正式|顺利|全面|已经|已|成功)?(?P<cue>开工|动工|竣工|建成|投产|投运|达产|试生产)(?!后)")


def _later_stages(ctx: RecordContext, art: Span, sent: Span, r: Record) -> None:
    """The one project of a story followed through its stages (签约 → 开工 → 投产, each in a
    later paragraph that calls it ``项目``) takes the latest event reported as done, with its date."""
    text = ctx.text
    stage = r.get("stage")
    best = _LIFECYCLE.get(stage, -1) if stage else -1
    for later in ctx.sentences(art):
        if later.start <= sent.start or text.find("项目", later.start, later.end) < 0:
            continue
        for m in _AGAIN.finditer(text, later.start, later.end):
            new = STAGE_CUES.get(m.group("cue"))
            c0 = ctx.clause_start(m.start(), later.start)
            if new is None or text.find("“", later.start, m.start()) >= 0 \
                    or target_in(text[later.start:m.end()]) is not None:
                continue
            _later_site(ctx, r, m.start(), m.start("cue"))
            if _LIFECYCLE[new] <= best:
                continue
            date = None
            for d in ctx.mentions_in("dates", later.start, c0 + 1):
                if isinstance(d.value, dict) and d.value.get("start") \
                        and d.value.get("granularity") in ("day", "month", "approx"):
                    date = d
            if date is None:
                continue  # a story told in stages dates each of them
            best = _LIFECYCLE[new]
            r.set("stage", new, ctx.evidence(m.start("cue"), m.end("cue")))
            r.set("status", "actual", ctx.evidence(m.start("cue"), m.end("cue")))
            if date is not None:
                g = date.value.get("granularity")
                value = str(date.value["start"]) if g == "day" else month_of(str(date.value["start"]))
                r.set("date", value, ctx.evidence(date.start, date.end))


def _later_site(ctx: RecordContext, r: Record, lo: int, cue: int) -> None:
    """The zone a later event of the story's one project is held in (``项目在某经济开发区举行开工仪式``),
    in the county it was told of: the project's detail, when it had none."""
    loc = r.get("location")
    if not isinstance(loc, dict) or loc.get("detail") is not None:
        return
    for p in ctx.mentions_in("places", lo, cue):
        if isinstance(p.value, dict) and p.value.get("level") == "zone" \
                and ctx.text.startswith("在", p.start - 1):
            site = location_of(p)
            if site.get("county") and site.get("county") == loc.get("county"):
                r.set("location", {**loc, "detail": site["detail"]}, *r.fields["location"].evidence,
                      ctx.evidence(p.start, p.end))
            return


#: A visited site named (``甲项目建设现场``, ``甲项目施工现场``, ``甲项目现场``).
_SITE_AFTER = re.compile(r"(?:建设|施工)?现场")


#: The first phase told done (``一期工程已于今年7月竣工投产``, ``首期已建成投用``).
_FIRST_PHASE_DONE = re.compile(r"[一首]期(?:工程|项目)?(?:已|已经)于?(?P<when>[^，,。；;]{0,10}?)"
                               r"(?P<cue>竣工投产|建成投产|建成投用|正式投产|投产|投用|建成)(?![^，,。；;]*后)")


def _first_phase_done_next(ctx: RecordContext, art: Span, sent: Span, name: NameSpan, r: Record) -> bool:
    """A visited site (``察看了甲项目建设现场。``) whose next sentence, opening on it (``该项目…``), tells
    its first phase done (``一期工程已于今年7月竣工投产``): the project produces, from that month.
    Sets the stage (and the month when told); False when nothing of the kind is told."""
    text = ctx.text
    if not _SITE_AFTER.match(text, name.end):
        return False
    nxt = next((s for s in ctx.sentences(art) if s.start >= sent.end), None)
    if nxt is None or not _ABOUT_NEXT.match(text, nxt.start):
        return False
    done = _FIRST_PHASE_DONE.search(text, nxt.start, nxt.end)
    if done is None or target_in(text[ctx.clause_start(done.start(), nxt.start):done.start()]) is not None:
        return False
    ev = ctx.evidence(done.start("cue"), done.end("cue"))
    r.set("stage", STAGE_CUES.get(done.group("cue"), "in_production"), ev)
    r.set("status", "actual", ev)
    for m in ctx.mentions_in("dates", done.start("when"), done.end("when")):
        if isinstance(m.value, dict) and m.value.get("start") \
                and m.value.get("granularity") in ("month", "day"):
            r.set("date", month_of(str(m.value["start"])), ctx.evidence(m.start, m.end))
            break
    return True


#: A later phase closing a name (``…小镇二期``), and a phase and works word closing another.
_LATER_PHASE_END = re.compile(r"[二三四五六七八九十]期$")
_ANY_PHASE_TAIL = re.compile(r"(?:[一二三四五六七八九十首]期)?(?:项目|工程)?$")


def _later_phase_firm(records: list[Record]) -> None:
    """A later phase named with no firm (``某某小镇二期``) is built by the firm of the phase the
    article named before under the same name (``某某小镇一期…由甲公司投资建设``)."""
    for r in records:
        name = r.get("name")
        if r.get("investor") is not None or not isinstance(name, str) \
                or (m := _LATER_PHASE_END.search(name)) is None:
            continue
        base = name[:m.start()]
        for o in records:
            other = o.get("name")
            if o is not r and o.get("investor") and isinstance(other, str) and other != name \
                    and _ANY_PHASE_TAIL.sub("", other) == base:
                r.set("investor", o.get("investor"), *o.fields["investor"].evidence)
                break


#: A town's or a street's detail (``某镇``, ``某乡``, ``某街道``): the site a later phase shares.
_TOWN_SITE = re.compile(r"(?:镇|乡|街道)$")


def later_phase_site(records: list[Record]) -> None:
    """A later phase named with no site of its own (``某某产业园二期项目正在开展前期工作``) lies in the
    town of the phase the article named before under the same name (``位于某镇的某某产业园一期项目``),
    when both are in the same county; a zone or a park told as the first phase's site is not taken."""
    for r in records:
        name = r.get("name")
        loc = r.get("location")
        if not isinstance(name, str) or not isinstance(loc, dict) or loc.get("detail") \
                or not loc.get("county") or (m := _LATER_PHASE_AT.search(name)) is None:
            continue
        base = name[:m.start()]
        for o in records:
            other, site = o.get("name"), o.get("location")
            if o is r or not isinstance(other, str) or not isinstance(site, dict) \
                    or _FIRST_PHASE_NAME.search(other) is None or _ANY_PHASE_TAIL.sub("", other) != base:
                continue
            if site.get("county") == loc.get("county") and _TOWN_SITE.search(site.get("detail") or ""):
                r.set("location", {**loc, "detail": site["detail"]}, *r.fields["location"].evidence,
                      *o.fields["location"].evidence)
            break


#: A later phase closing a name, maybe before its works word (``…产业园二期项目``).
_LATER_PHASE_AT = re.compile(r"[二三四五六七八九十]期(?:项目|工程)?$")
#: A first phase closing a name (``…产业园一期项目``, ``…首期工程``).
_FIRST_PHASE_NAME = re.compile(r"[一首]期(?:项目|工程)?$")


#: A phase's own sum told after the whole's (``该项目总投资50亿元，其中一期投资22亿元``).
_PHASE_OWN_SUM = re.compile(r"其中[,，]?(?P<phase>首期|[一二三四五]期)(?:项目|工程)?(?:计划|拟|预计)?"
                            r"(?:总)?投资(?:额)?(?:约|达|为)?$")
#: A phase's own capacity right after its own sum (``其中一期投资22亿元、形成产能4GWh``,
#: ``，新增年产能5万吨``): a capacity word and a quantity of a unit, no money.
_PHASE_OWN_SIZE = re.compile(r"[、，,]?(?:可)?(?:形成|新增|具备|达到)?(?P<c>(?:年)?产能(?:为|达)?"
                             r"\d+(?:\.\d+)?(?:万|千|亿)?(?:GWh|MWh|GW|MW|吨|台|套|辆|件|片|千瓦|兆瓦))")
#: A sentence opening on the project just named (``该项目…``, ``项目…``).
_ABOUT_IT_NEXT = re.compile(r"\s*(?:该项目|项目)")
#: A phase closing a project's name (``…项目一期``, ``…一期项目``).
_NAME_PHASE = re.compile(r"(?P<phase>首期|[一二三四五]期)(?:项目|工程)?$")


def phase_own_sum(ctx: RecordContext, r: Record) -> None:
    """A project named as a phase (``甲项目一期``) whose sentence, or the next one opening on the
    project, gives the whole works' sum and then that phase's (``该项目总投资50亿元，其中一期投资22亿元``)
    invests the phase's own sum."""
    name = r.get("name")
    m = _NAME_PHASE.search(name) if isinstance(name, str) else None
    if m is None or "name" not in r.fields or not r.fields["name"].evidence:
        return
    text = ctx.text
    end = r.fields["name"].evidence[0].end
    stop = text.find("。", end)
    if stop >= 0 and _ABOUT_IT_NEXT.match(text, stop + 1):
        stop = text.find("。", stop + 1)  # (the next sentence opening on the project: ``该项目总投资…``)
    stop = len(text) if stop < 0 else stop
    for f in ctx.figures_in(end, stop, "money"):
        own = _PHASE_OWN_SUM.search(text, max(end, f.start - 16), f.start)
        if own is not None and own.group("phase") == m.group("phase") and f.unit == "CNY":
            r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
            size = _PHASE_OWN_SIZE.match(text, f.end, stop)
            if size is not None:  # …，其中一期投资22亿元、形成产能4GWh: the phase's own capacity too
                r.set("capacity", size.group("c"), ctx.evidence(*size.span("c")))
            return


#: A later phase told again at a clause's head by its phase alone, maybe after the project's word,
#: with its siting or study done (``项目三期已完成选址``: planned) or its works part done
#: (``二期厂房主体已完成七成``: under way).
_PHASE_TOLD = re.compile(
    r"(?:(?:该|此)?项目)?(?P<p>[二三四五]期)(?:项目|工程)?"
    r"(?:(?P<plan>(?:已|已经)?(?:完成|启动|开展|正在开展)[^，,。；;]{0,4}?(?:选址|规划设计|可行性研究|可研))"
    r"|(?P<work>(?:厂房|主厂房|车间|主体|厂房主体|主体工程)(?:已|已经)?(?:完成|完工)"
    r"(?:[一二三四五六七八九]成|\d{1,2}%|过半)))")
#: Marks a clause opens after (``。``, ``，`` and the like, a line's end).
_CLAUSE_MARKS = "，,。；;：:\n"
#: A phase in a project's name (``…二期项目``, ``…项目一期``).
_NAME_PHASE_AT = re.compile(r"(?:[一二三四五]|首)期")


def _phase_base(name: str) -> tuple[str, str] | None:
    """A phased name parted at its phase (``甲中心二期项目`` → (``甲中心``, ``项目``)), or None."""
    found = list(_NAME_PHASE_AT.finditer(name))
    m = found[-1] if found else None
    if m is None or len(name) - m.end() > 2:
        return None
    return name[:m.start()], name[m.end():]


def phases_told_again(ctx: RecordContext, art: Span, records: list[Record],
                      counts: list[tuple[int, int]]) -> list[Record]:
    """A later phase of a phased project told at a clause's head by its phase alone, with its siting or
    study done (``项目三期已完成选址，正在编制可行性研究报告``) or a part of its works done
    (``二期厂房主体已完成七成``): a project of its own, named as the phase before with its own phase,
    where that project is, by its firm. The project is the one named in the sentence before
    (``据了解，甲中心二期采用液冷技术。项目三期…``) or the only phased project of the story."""
    text = ctx.text
    phased = [(r, b) for r in records if isinstance(r.get("name"), str)
              and (b := _phase_base(str(r.get("name")))) is not None]
    if not phased:
        return []
    names = {str(r.get("name")) for r in records}
    out: list[Record] = []
    sents = ctx.sentences(art)
    for k, sent in enumerate(sents):
        at = sent.start
        while at < sent.end:
            m = _PHASE_TOLD.match(text, at, sent.end)
            if m is not None and (at == sent.start or text[at - 1] in _CLAUSE_MARKS):
                r = _phase_told(ctx, sent, m, phased, sents[k - 1] if k else None, names, counts)
                if r is not None:
                    out.append(r)
                    names.add(str(r.get("name")))
                break
            nxt = min((i for i in (text.find(c, at, sent.end) for c in "，,；;：:") if i >= 0),
                      default=-1)
            if nxt < 0:
                break
            at = nxt + 1
    return out


def _phase_told(ctx: RecordContext, sent: Span, m: re.Match, phased: list[tuple[Record, tuple[str, str]]],
                prev: Span | None, names: set[str], counts: list[tuple[int, int]]) -> Record | None:
    """The record of the phase ``m`` tells (see :func:`phases_told_again`), or None."""
    text = ctx.text
    told = [(r, b) for r, b in phased if prev is not None
            and text.find(_KIND_TAIL.sub("", b[0]), prev.start, prev.end) >= 0 and len(b[0]) >= 4]
    if len(told) != 1:
        told = phased if len({b for _r, b in phased}) == 1 and len(phased) == 1 else []
    if len(told) != 1:
        return None
    whole, (head, tail) = told[0]
    name = head + m.group("p") + tail
    if name in names or (whole.fields.get("name") and whole.fields["name"].evidence
                         and whole.fields["name"].evidence[0].start > m.start()):
        return None
    alone = NameSpan(m.start("p"), m.end("p"), name)
    r = _project(ctx, sent, alone, [alone], counts, [])
    cue = m.span("plan") if m.group("plan") else m.span("work")
    r.set("stage", "planned" if m.group("plan") else "under_construction", ctx.evidence(*cue))
    r.set("status", "actual", ctx.evidence(*cue))
    r.set("date", None)
    for key in ("location", "investor"):  # the phase is where its project is, by the same firm
        have = whole.get(key)
        if have:
            r.set(key, have, *whole.fields[key].evidence)
    return r


#: A firm's line named alone as a sentence (a caption's scene: ``某镇甲有限公司的自动化抛光生产线。``),
#: the next sentence opening on it by its kind (``这条生产线投资3200万元，今年6月投产``).
_LINE_SHOWN = re.compile(r"(?P<firm>[\u4e00-\u9fff（）()]{4,30}?(?:有限公司|股份公司|公司|厂))的"
                         r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:生产线|产线))。"
                         r"(?P<again>(?:这条|该|此)(?:生产线|产线))")


#: The town heading a firm's name (``某某镇甲有限公司``): where the firm is.
_TOWN_BEFORE_FIRM = re.compile(r"[^\W\d_A-Za-z区县市省州的于在镇乡]{2,3}(?:镇|乡|街道)$")


def lines_told_next(ctx: RecordContext, art: Span, records: list[Record], counts: list[tuple[int, int]],
                    used: list[tuple[int, int]]) -> list[Record]:
    """A firm's line shown by its name alone (``图④：某镇甲有限公司的自动化抛光生产线。``) whose next
    sentence tells its sum or event by the line's kind (``这条生产线投资3200万元，今年6月投产``): a
    project named after the line, by that firm, with what the next sentence tells; none when that
    sentence tells no event."""
    text = ctx.text
    names = {str(r.get("name")) for r in records}
    out: list[Record] = []
    for m in _LINE_SHOWN.finditer(text, art.start, art.end):
        if m.group("name") in names:
            continue
        nxt = next((s for s in ctx.sentences(art) if s.start <= m.start("again") < s.end), None)
        if nxt is None:
            continue
        line = NameSpan(m.start("name"), m.end("name"), m.group("name"))
        scope = Span(m.start("name"), nxt.end, nxt.article)
        r = _project(ctx, scope, line, [line], counts, _stage_cues(ctx, nxt, []))
        if r.get("stage") is None:
            continue
        _event_month(ctx, [r])
        _attributes(ctx, r, m.end("again"), nxt.end, used)
        firm = m.group("firm")
        cut = max(firm.rfind("镇"), firm.rfind("乡"), firm.rfind("街道") + 1)
        f0 = m.start("firm") + (cut + 1 if 0 <= cut < len(firm) - 6 else 0)  # 某镇甲有限公司: the firm
        r.set("investor", text[f0:m.end("firm")], ctx.evidence(f0, m.end("firm")))
        town = _TOWN_BEFORE_FIRM.search(text, m.start("firm"), f0)
        loc = r.get("location")
        if town is not None and isinstance(loc, dict) and not loc.get("detail"):
            r.set("location", {**loc, "detail": town.group()}, *r.fields["location"].evidence,
                  ctx.evidence(*town.span()))
        out.append(r)
        names.add(m.group("name"))
    return out


#: A later phase told at a clause's head by the kind of works a project of the story is, then its
#: phase, with its papers or preparation (``小微企业园三期已完成规划设计``, ``民宿集群二期计划新增客房
#: 120间``, ``创业园二期已完成土地征收``).
_KIND_PHASE_TOLD = re.compile(
    r"(?P<kind>[\u4e00-\u9fff]{2,8}?)(?P<p>[二三四五]期)(?:项目|工程)?"
    r"(?P<cue>(?:已|已经)?完成(?:规划设计|土地征收|征地拆迁|征地|选址|方案设计|初步设计)"
    r"|计划(?:新增|新建|建设)|(?:目前)?正在(?:开展|办理)前期)")
#: A phase and what follows it in a project's name (``…二期项目``), cut to leave the works' kind.
_PHASE_AND_TAIL = re.compile(r"[(（]?(?:[一二三四五]|首)期[)）]?(?:建设项目|项目|工程)?$"
                             r"|(?:建设项目|项目|工程)$")
#: A start planned later in the phase's sentence (``，计划明年上半年开工``, ``，力争10月动工``).
_START_PLANNED = re.compile(r"[，,](?:目前)?(?:计划|预计|拟|力争|争取)(?:于|在)?(?:今年|明年|年内)?"
                            r"(?:上半年|下半年|年底|年内|\d{1,2}月(?:份|底)?)?(?:前)?(?:开工建设|开工|动工)")


def kind_phase_told(ctx: RecordContext, art: Span, records: list[Record],
                    counts: list[tuple[int, int]]) -> list[Record]:
    """A later phase told at a clause's head by the kind of a works named before in the story, with its
    papers or preparation (``…，小微企业园三期已完成规划设计，计划明年上半年开工``, ``民宿集群二期计划新增
    客房120间，目前正在开展前期工作``): a project of its own, named as told, where that works is; planned,
    or a start aimed at when the sentence plans one. One works of the kind only; a phase told with no
    kind (``二期已有21家企业签订入驻协议``) is left, as is a phase already named."""
    text = ctx.text
    bases: list[tuple[str, Record, int]] = []
    for r in records:
        name = r.get("name")
        ev = r.fields["name"].evidence if r.fields.get("name") else None
        if isinstance(name, str) and ev:
            bases.append((_PHASE_AND_TAIL.sub("", name), r, ev[0].start))
    if not bases:
        return []
    names = {(_PHASE_AND_TAIL.sub("", str(r.get("name"))), phase_of(str(r.get("name")))) for r in records}
    out: list[Record] = []
    for sent in ctx.sentences(art):
        for m in _KIND_PHASE_TOLD.finditer(text, sent.start, sent.end):
            if m.start() > sent.start and text[m.start() - 1] not in _CLAUSE_MARKS:
                continue
            kind = m.group("kind")
            told = {b for b, _r, at in bases if len(kind) >= 4 and b.endswith(kind) and at < m.start()}
            if len(told) != 1:
                continue
            base = told.pop()
            if (base, phase_of(m.group("p"))) in names:
                continue
            whole = next(r for b, r, _at in bases if b == base)
            alone = NameSpan(m.start(), m.end("p"), kind + m.group("p"))
            r = _project(ctx, sent, alone, [alone], counts, [])
            cue = m.span("cue")
            start = _START_PLANNED.search(text, m.end(), sent.end)
            if start is not None:  # 三期已完成规划设计，计划明年上半年开工: the start aimed at
                cue = (start.start() + 1, start.end())
            r.set("stage", "started" if start is not None else "planned", ctx.evidence(*cue))
            r.set("status", "target" if start is not None else "actual", ctx.evidence(*cue))
            r.set("date", None)
            _attributes(ctx, r, m.end(), sent.end, [])
            have = whole.get("location")
            if have:
                r.set("location", have, *whole.fields["location"].evidence)
            out.append(r)
            names.add((base, phase_of(m.group("p"))))
    return out


#: A firm's next line told at a clause's head by its ordinal alone (``第四条生产线已完成设备招标``).
_ORDINAL_LINE = re.compile(r"(?:目前[，,]?)?(?P<name>第(?P<n>[二三四五六七八九十])条(?:生产线|产线))"
                           r"(?![上中里内的])")
#: A line's name (``…生产线``, ``第三条…产线``).
_LINE_NAME = re.compile(r"(?:生产线|产线)(?:项目)?$")


def ordinal_line_told(ctx: RecordContext, art: Span, records: list[Record],
                      counts: list[tuple[int, int]]) -> list[Record]:
    """A firm's next line told at a clause's head by its ordinal alone, with its own event
    (``目前，第四条生产线已完成设备招标，计划明年3月开工建设``), in a story that named a line of the firm
    before (``第三条…生产线正式投产``): a project of its own, named as told, by the firm of that line and
    where it is. With no event in its sentence (``第四条生产线上的工人…``) or no line told before, none."""
    text = ctx.text
    lines = [r for r in records if isinstance(r.get("name"), str) and _LINE_NAME.search(str(r.get("name")))
             and r.fields.get("name") and r.fields["name"].evidence]
    if not lines:
        return []
    names = {str(r.get("name")) for r in records}
    out: list[Record] = []
    for sent in ctx.sentences(art):
        for m in _ORDINAL_LINE.finditer(text, sent.start, sent.end):
            if m.start() > sent.start and text[m.start() - 1] not in _CLAUSE_MARKS:
                continue
            before = [r for r in lines if r.fields["name"].evidence[0].start < m.start()]
            if not before or m.group("name") in names:
                continue
            alone = NameSpan(m.start("name"), m.end("name"), m.group("name"))
            r = _project(ctx, sent, alone, [alone], counts, _stage_cues(ctx, sent, []))
            if r.get("stage") is None:
                continue
            _event_month(ctx, [r])
            whole = before[-1]
            for key in ("location", "investor"):  # the firm's next line, where its last one is
                have = whole.get(key)
                if have and not r.get(key):
                    r.set(key, have, *whole.fields[key].evidence)
            out.append(r)
            names.add(m.group("name"))
    return out


#: Factory buildings a place builds somewhere told by their floor, then a phase of them by its own floor
#: (``在工业集中区建设标准化厂房12万平方米，其中一期5万平方米已于去年建成…，二期7万平方米正在加紧建设``;
#: not a named park's plan, ``某产业园，总投资…，规划建设标准化厂房32万平方米，一期…``: the park's).
_FLOOR_WORKS = re.compile(r"在[^，,。；;]{2,12}?(?:建设|新建|建成)(?P<kind>标准化厂房|标准厂房)"
                          r"\d+(?:\.\d+)?万?平方米[，,](?:其中[，,]?)?")
#: A phase of the buildings by its floor at a clause's head, then its clause.
_FLOOR_PHASE = re.compile(r"(?P<p>[一二三四五]期|首期)(?P<a>\d+(?:\.\d+)?万?平方米)(?P<rest>[^，,。；;]*)")


def floor_phases(ctx: RecordContext, art: Span, records: list[Record],
                 counts: list[tuple[int, int]]) -> list[Record]:
    """Phases of the factory buildings a place builds, told each by its floor with its own event right
    after the buildings' floor (``在工业集中区建设标准化厂房12万平方米，其中一期5万平方米已于去年建成并全部
    租出，二期7万平方米正在加紧建设``): a project each, named by the buildings and the phase, with its floor
    for area. A phase told with no event of its own (``一期5万平方米，二期7万平方米``) is none."""
    text = ctx.text
    names = {str(r.get("name")) for r in records}
    out: list[Record] = []
    for sent in ctx.sentences(art):
        for w in _FLOOR_WORKS.finditer(text, sent.start, sent.end):
            at = w.end()
            while (m := _FLOOR_PHASE.match(text, at, sent.end)) is not None:
                clause = Span(m.start(), m.end(), sent.article)
                name = w.group("kind") + m.group("p")
                cues = _stage_cues(ctx, clause, [])
                if cues and name not in names:
                    alone = NameSpan(m.start("p"), m.end("p"), name)
                    r = _project(ctx, clause, alone, [alone], counts, cues)
                    if r.get("stage") is not None:
                        _event_month(ctx, [r])
                        if r.get("date") is None:  # 一期…已于去年建成: the year it was done
                            for d in ctx.mentions_in("dates", m.end("a"), m.end()):
                                v = d.value if isinstance(d.value, dict) else {}
                                if v.get("granularity") == "year" and v.get("start"):
                                    r.set("date", str(v["start"])[:4], ctx.evidence(d.start, d.end))
                                    break
                        r.set("area", m.group("a"), ctx.evidence(*m.span("a")))
                        out.append(r)
                        names.add(name)
                at = m.end()
                if at < sent.end and text[at] in "，,":
                    at += 1
    return out
