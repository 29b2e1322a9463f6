"""Names that are not projects: parks, plants' lines, roles of a region, table rows."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.keys import _abridged, _key_parts, _name_key
from newsmill.plugins.extract_projects.patterns import (
    _BUILDS,
    _PARK_END,
    HALTED,
)
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span

_ITEM_OR_CLAUSE_ENDS = frozenset("，,。；;！？\n")


_BUILDS_HEAD = re.compile(r"(?:建设|新建|扩建|上马|新上)")


_LINE_TAIL = ("生产线", "产线", "车间")


#: The role a project's plant takes for its company (``亚洲生产基地``, ``西南区域制造中心``): built
#: by the project named before in the ``；``-item, not a project of its own.
_SCOPED_ROLE = re.compile(r"(?:亚洲|亚太|全球|中国|国内|华东|华南|华北|华中|西南|西北|东北|中西部|西部|东部"
                          r"|北方|南方)(?:区域|地区)?(?:最大的)?[\u4e00-\u9fff]{0,6}(?:生产基地|制造基地|基地|制造中心|工厂)")


#: A plant that will build or bring in lines (``新厂将建置…生产线``, ``该厂拟新建两条…产线``).
_PLANT_BUILDS = re.compile(r"(?:新厂|工厂|该厂|新厂房|厂区)(?:将|拟|计划|预计|还将)?"
                           r"(?:建置|建设|新建|引进|导入|布局|上马)?$")


_BUILD_VERB_HEAD = re.compile(r"(?:建置|建设|新建|引进|导入|布局|上马)")


def _plant_builds_line(text: str, sent: Span, name: NameSpan) -> bool:
    """A production line a plant will build (``某新厂将建置12吋…生产线``): the plant's equipment, not
    a project of its own (the verb may have been read into the name)."""
    if not name.name.endswith(_LINE_TAIL):
        return False
    head = _BUILD_VERB_HEAD.match(name.name)
    m = _PLANT_BUILDS.search(text, max(sent.start, name.start - 8), name.start)
    return m is not None and (head is not None or m.group().endswith(
        ("建置", "建设", "新建", "引进", "导入", "布局", "上马")))


#: A count of projects right after a park's name (``某工业园区三个新项目同日投产``).
_PROJECTS_COUNTED = re.compile(r"(?:共有|共|有)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项|批)"
                               r"(?:新|重点|重大)?项目"
                               # (``某产业园招商引资项目集中签约活动``: the park the projects go to)
                               r"|(?:招商引资|招商|入园|入驻)项目")


#: How a park heading a project's name ends (also a logistics or science park: ``某空港物流园冷链仓储
#: 中心项目``).
_HEADING_PARK_END = re.compile(r"(?:园区|工业园|产业园|物流园|科技园|开发区|高新区|经开区|新区|集中区)$")


def _parks_heading_projects(names: list[NameSpan], text: str = "",
                            ) -> tuple[list[NameSpan], dict[int, NameSpan]]:
    """Names without a park's name that heads the next name (``某某循环经济产业园再生铅项目二期``:
    the park is where the project is, no project of its own), and those parks by the start of the
    project they head.  With ``text``, a park joined to the next name by ``的`` heads it too
    (``某县某某工业园的甲项目``)."""
    starts = {n.start: n for n in names}
    parks = {n.end: n for n in names if _HEADING_PARK_END.search(n.name) and n.end in starts
             and _PROJECT_TAIL.search(starts[n.end].name)}
    for n in names:
        nxt = starts.get(n.end + 1)
        if text[n.end:n.end + 1] == "的" and nxt is not None and _HEADING_PARK_END.search(n.name) \
                and _PROJECT_TAIL.search(nxt.name) and not n.name.endswith(("新区", "开发区")):
            parks[n.end + 1] = n
    heads = {id(p) for p in parks.values()}
    return [n for n in names if id(n) not in heads], parks


#: Works done on a facility just named (``污水处理厂`` + ``提标改造工程``).
#: (or on a road: ``空港大道`` + ``北延线项目``, ``某某路`` + ``东延段工程``)
_WORKS_ON = re.compile(r"(?:提标)?(?:改扩建|改造|扩建|提标|提升|升级|迁建|续建|技改|扩容)"
                       r"|[东南西北]延(?:伸)?(?:线|段)|延长(?:线|段)|拓宽")


def _works_on_facility(names: list[NameSpan]) -> list[NameSpan]:
    """A facility's name followed right away by works on it (``县城污水处理厂提标改造工程``,
    ``某某大道北延线项目``) is one name: the works on that facility."""
    out: list[NameSpan] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and prev.end == n.start and not prev.name.endswith("项目") \
                and not prev.listed and _WORKS_ON.match(n.name):
            out[-1] = NameSpan(prev.start, n.end, prev.name + n.name, n.listed)
            continue
        out.append(n)
    return out


#: How the name of a project (not a park) ends: ``项目``, ``工程``, a phase.
_PROJECT_TAIL = re.compile(r"(?:项目|工程)(?:[(（]?[一二三四五六七八九十\d]期[)）]?)?$"
                           r"|[一二三四五六七八九十\d]期$")


def _park_detail(ctx: RecordContext, r: Record, park: NameSpan) -> None:
    """The park heading a project's name is the detail of its location; a county its name opens
    with (``某某县某某工业园``) is the project's county."""
    loc = dict(r.get("location") or {"province": None, "city": None, "county": None})
    loc["detail"] = park.name
    head = next((m for m in ctx.mentions_in("places", park.start, park.start + 1)
                 if isinstance(m.value, dict) and m.value.get("level") == "county"
                 and m.end < park.end), None)
    if head is not None and loc.get("county") != head.value.get("name"):
        for key in ("province", "city", "county"):
            loc[key] = head.value.get(key)
        if "code" in loc or head.value.get("code"):
            loc["code"] = head.value.get("code")
    r.set("location", loc, ctx.evidence(park.start, park.end))


def _park_of_projects(text: str, name: NameSpan, end: int) -> bool:
    """True when a park's name heads a count of projects: it is where they are, no project itself."""
    return bool(_PARK_END.search(name.name)) and _PROJECTS_COUNTED.match(text, name.end, end) is not None


#: A zone's planned size in square kilometres right after its name (``某某产业园规划面积8.6平方公里``,
#: ``某工业园总规划面积12平方公里``).
_ZONE_SIZE = re.compile(r"(?:总)?规划(?:总)?(?:面积|用地面积?)(?:约|达|为)?\s*[\d.０-９．]+(?:多|余)?"
                        r"\s*平方公里")


#: The same size told before the name (``规划建设了面积12平方公里的煤化工产业园``).
_ZONE_SIZE_BEFORE = re.compile(r"(?:规划)?(?:总)?(?:面积|用地面积?|占地)(?:约|达|为)?"
                               r"\s*[\d.０-９．]+(?:多|余)?\s*平方公里的$")


def _park_sized(text: str, name: NameSpan) -> bool:
    """True when a park's name is followed right away by its planned area in square kilometres: the
    zone is described (``…规划面积8.6平方公里，已建成标准厂房42万平方米``), no project reported; also
    when the size in square kilometres comes right before the name (``规划建设了面积12平方公里的
    某某产业园``): a zone laid out, no works."""
    if not _PARK_END.search(name.name):
        return False
    return _ZONE_SIZE.match(text, name.end) is not None \
        or _ZONE_SIZE_BEFORE.search(text, max(0, name.start - 24), name.start) is not None


#: ``这是``/``此为`` right before a name (``这是该公司…``): what the thing just told is.
_THIS_IS = re.compile(r"(?:这是|这也是|此为|该项目是|项目是)[^，,。；;]{0,8}$")
#: The same with the rank told before the name (``这是某县今年第二个实现全容量并网的新能源基地项目``) or a
#: clause on ``是`` whose subject is the works just told (``…投资3亿元建设,是某市首个…储能项目``).
_THIS_IS_RANKED = re.compile(r"(?:这是|这也是|此为|该项目是|项目是|[，,]是|[，,]也是)"
                             r"[^，,。；;是]{0,6}?(?:首个|首座|第[一二三四五六七八九十\d]+个)[^，,。；;]{0,16}$")


#: A rank among like things (``首个``, ``第一个``, ``最大的``, ``唯一的``): a role, not a name.
_RANK_WORD = re.compile(r"首个|首座|首家|第[一二三四五六七八九十\d]+个|最大的?|唯一的?|又一个|重要的")


def _role_told(text: str, sent: Span, n: NameSpan) -> bool:
    """True when ``n`` tells what the thing just told is, ranked among like things
    (``这是该公司首个海外生产基地``, ``这也是全省最大的…基地``): a role, no project's name
    (``这是该村今年实施的甲项目`` names one)."""
    lo = max(sent.start, n.start - 12)
    m = _THIS_IS.search(text, lo, n.start)
    if m is not None and _RANK_WORD.search(text, m.start(), n.end) is not None:
        return True
    lo = max(sent.start, n.start - 28)
    return _THIS_IS_RANKED.search(text, lo, n.start) is not None \
        or _THIS_IS_RANKED.search(text, lo, _rank_end(text, n)) is not None


#: A rank word inside a name, ``首个`` or ``第N个`` (``某市首个电网侧独立共享储能项目``).
_RANK_IN_NAME = re.compile(r"首个|首座|第[一二三四五六七八九十\d]+个")


def _rank_end(text: str, n: NameSpan) -> int:
    """The end of the rank word inside ``n``'s name (``某市首个…项目`` → after ``首个``), else its start."""
    m = _RANK_IN_NAME.search(text, n.start, n.end)
    return m.end() if m is not None else n.start


#: What a region is to be built into (``将基本建成全国重要的奶产业基地``, ``打造西部一流的…``): its role.
_REGION_ROLE = re.compile(r"(?:建成|打造成?|建设成?|培育成)(?:为)?(?:全国|全省|全区|国家级?|省级|区域性?"
                          r"|西部|东部|中部|东北|西北|西南|国内外?|国际|世界|全球)[^，,。；;]{0,10}?的$")


def _whole_place_heads(ctx: RecordContext, names: list[NameSpan]) -> list[NameSpan]:
    """Names cut inside the place that heads them, at a word that is a boundary elsewhere
    (``让胡路区冷链物流园项目`` read from ``胡路区``): the whole place opens the name."""
    out = []
    for n in names:
        place = next((m for m in ctx.mentions_in("places", max(0, n.start - 3), n.start + 1)
                      if m.start < n.start < m.end <= n.end), None)
        if place is not None and isinstance(place.value, dict) and place.value.get("level") == "county":
            n = NameSpan(place.start, n.end, ctx.text[place.start:n.end], n.listed)
        out.append(n)
    return out


#: A sentence about the next phase of the story's project, named by an anaphor (``据介绍，园区二期
#:计划明年开工，``), then what it builds (``将建设甲中心和乙基地``).
_PHASE_SUBJECT = re.compile(r"(?:据介绍|据了解|据悉|目前|同时|此外)?[，,]?(?:该|此)?(?:园区|项目|基地|产业园)"
                            r"[二三四五]期[^。；;]*?(?:建设|新建|打造|配套)")


#: A ；-item opening on a phase (maybe after its date), then what that phase builds (``二期投资1.4亿元，
#: 建设甲生产线``, ``2024年8月，二期项目开工，总投资12亿元，新建年产10万吨乙生产线``).
_PHASE_ITEM = re.compile(r"(?:[^，,。；;]{0,12}[，,])?(?:其中[，,]?)?(?:首期|[一二三四五]期)(?:项目|工程)?"
                         r"[^。；;]*?(?:建设|新建|打造|配套)$")


#: The same item before a name that holds its verb (``…，二期项目开工，总投资12亿元，新建甲生产线``).
_PHASE_ITEM_CLAUSE = re.compile(_PHASE_ITEM.pattern.removesuffix("(?:建设|新建|打造|配套)$") + "[，,]$")


def _phase_builds(text: str, sent: Span, name: NameSpan) -> bool:
    """True for a name a phase builds, the phase named by an anaphor (see :data:`_PHASE_SUBJECT`) or
    opening the name's ；-item (see :data:`_PHASE_ITEM`): a part of that phase, no project of its own."""
    m = _PHASE_SUBJECT.match(text, sent.start, name.start + 1)
    if m is not None and m.end() <= name.start:
        return True
    i0 = max(text.rfind("；", sent.start, name.start), text.rfind(";", sent.start, name.start)) + 1 \
        or sent.start
    while i0 < name.start and text[i0] in " \t\n\u3000“\"":
        i0 += 1
    if name.name.startswith(("新建", "建设")):
        return _PHASE_ITEM_CLAUSE.match(text, i0, name.start) is not None
    return _PHASE_ITEM.match(text, i0, name.start) is not None


def _drop_region_roles(text: str, sent: Span, names: list[NameSpan]) -> list[NameSpan]:
    """Names of what a region is to become (``建成全国重要的奶产业基地和现代纺织产业基地``): no projects,
    nor a name joined to one by 和/及/、."""
    out: list[NameSpan] = []
    role_end = -1
    for n in names:
        if _REGION_ROLE.search(text, max(sent.start, n.start - 24), n.start) \
                or (role_end >= 0 and text[role_end:n.start] in ("和", "及", "、", "与", "以及")):
            role_end = n.end
            continue
        role_end = -1
        out.append(n)
    return out


def _outside_companies(ctx: RecordContext, names: list[NameSpan]) -> list[NameSpan]:
    """Names that are not the head of a company's name (``某某环境工程`` of ``某某环境工程有限公司``)."""
    return [n for n in names
            if not any(n.end < o.end for o in ctx.mentions_in("orgs", max(0, n.start - 30), n.start + 1))]


def _drop_built_lines(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """Names of production lines or workshops that a project named earlier in the ``；``-item builds
    (``总投资52亿元的甲项目在某区签约，计划建设年产12GWh储能电池生产线``), or the plant's role for
    its company (``甲项目…将在经开区建设亚洲生产基地``): the project's content (its capacity), not a
    project of its own."""
    out = [names[0]]
    for n in names[1:]:
        if (n.name.endswith(_LINE_TAIL) or _SCOPED_ROLE.fullmatch(n.name)) \
                and (not n.listed and (_BUILDS.search(text, max(0, n.start - 4), n.start)
                                       or _BUILDS_HEAD.match(n.name)
                                       # (told by what it makes: ``建成年产…3万台的柔性生产线``)
                                       or text[n.start - 1:n.start] == "的" and _builds_listed(text, n))
                     # (or after the products it makes, listed: ``建设山药、地黄等“某某”提取生产线``)
                     or (n.listed or text[n.start - 1:n.start] in ("、", "等")) and _builds_listed(text, n)) \
                and any(m.name.endswith("项目") and text.find("；", m.end, n.start) < 0 for m in out):
            continue
        out.append(n)
    return out


#: A building verb anywhere before a line's name in its clause (``将建设智能冰箱、洗衣机生产线``).
_BUILDS_IN_CLAUSE = re.compile(r"建设|新建|扩建|建成|上马|布局")


def _builds_listed(text: str, n: NameSpan) -> bool:
    """A listed line's name (``主要建设高压储氢瓶、加氢站成套设备等生产线``) whose clause opens on
    building it: what the project before it builds."""
    c0 = max(text.rfind(ch, 0, n.start) for ch in "，,；;。\n") + 1
    return _BUILDS_IN_CLAUSE.search(text, c0, n.start) is not None


#: A building verb told of the line as done, right before its name (``新建的``, ``刚建成的``): what
#: the line is, no building of it now.
_BUILT_ADJECTIVE = re.compile(r"(?:新|刚|已|刚刚)?(?:建设|新建|扩建|建成|上马)的$")


def _lines_it_builds(ctx: RecordContext, sent: Span, names: list[NameSpan]) -> list[NameSpan]:
    """In a sentence about the project just reported (``项目位于…，将建设甲、乙生产线``), the
    production lines or workshops it builds are its content, not projects of their own; a line
    told only as newly built (``工人正在对新建的甲生产线进行调试``) is the sentence's own works."""
    out = []
    for n in names:
        if n.name.endswith(_LINE_TAIL):
            c0 = ctx.clause_start(n.start, sent.start)
            verbs = list(_BUILDS_IN_CLAUSE.finditer(ctx.text, c0, n.start))
            if verbs and not (len(verbs) == 1 and _BUILT_ADJECTIVE.search(ctx.text, c0, n.start)):
                continue
        out.append(n)
    return out


def _drop_table_rows(records: list[Record], keys: dict[str, Record], start: int,
                     end: int) -> list[Record]:
    """Forget the projects read as prose from the rows of a table in ``[start, end)``:
    the table's columns give their attributes.  Returns the records forgotten (what the text
    told of them outside the table is still theirs)."""
    inside = [r for r in records if "name" in r.fields and r.fields["name"].evidence
              and start <= r.fields["name"].evidence[0].start < end]
    for r in inside:
        records.remove(r)
        for key in [k for k, v in keys.items() if v is r]:
            del keys[key]
    return inside


#: A zone or park only pushed ahead (``加快推进某某产业园建设``), its name right before the verb's object.
_PUSHED_ZONE = re.compile(r"(?:产业园|工业园|园区|开发区|新区)$")


_PUSHED = re.compile(r"推进$")


#: What a zone's own results are told by after its name (``某某产业园实现规上工业产值…``).
_ZONE_RESULTS = re.compile(r"[^，,。；;]{0,6}?(?:实现|完成)?(?:规上|规模以上)?(?:工业)?(?:总)?"
                           r"(?:产值|营业收入|营收|主营业务收入|税收收入)")


def _zone_with_results(ctx: RecordContext, r: Record) -> bool:
    """True for a park or zone only pushed ahead (``加快推进某某产业园建设``, no sum, no investor, no
    date) whose own output the page gives (``某某产业园实现规上工业产值…``): the zone the figures are
    of, no project."""
    name = r.get("name") or ""
    if r.get("stage") != "under_construction" or not _PUSHED_ZONE.search(name) \
            or any(r.get(f) is not None for f in ("investment_cny", "investor", "date", "capacity")) \
            or not r.fields["name"].evidence:
        return False
    at = r.fields["name"].evidence[0].start
    if not _PUSHED.search(ctx.text, max(0, at - 4), at):
        return False
    text = ctx.text
    i = text.find(name)
    while i >= 0:
        if _ZONE_RESULTS.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


def _halted_records(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose clause reports it stopped or called off (``原定在该区建设的甲项目因…已正式
    终止``) has no lifecycle event: a plan told before (``原定…建设``) is no stage of it."""
    text = ctx.text
    for r in records:
        if r.get("stage") is None or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        end = r.fields["name"].evidence[0].end
        stop = ctx.next_mark(_ITEM_OR_CLAUSE_ENDS, end)
        if HALTED.search(text, end, stop) is None:
            continue
        for name in ("stage", "status", "date"):
            r.fields.pop(name, None)


#: Marks opening a sub-head line (``■ 甲产业园一期试业``).
_SUB_HEAD_MARKS = frozenset("■□●◆▲▶★◎")
#: How far below its sub-head the paragraph it heads may name the project in full.
_SUB_HEAD_REACH = 240


def _sub_head_restated(text: str, records: list[Record]) -> list[Record]:
    """``records`` without a project named only in a sub-head when the paragraph under it names
    it in full (``■ 甲红茶产业园一期试业`` over ``…投资的甲红茶文化产业园一期工程日前建成``): the
    sub-head tells the same works short, no project of its own."""
    if not any(m in text for m in _SUB_HEAD_MARKS):
        return records
    drop: set[int] = set()
    for r in records:
        ev = r.fields["name"].evidence if "name" in r.fields else []
        if not ev:
            continue
        ls = text.rfind("\n", 0, ev[0].start) + 1
        head = text[ls:ev[0].start].strip()
        if not head or head[0] not in _SUB_HEAD_MARKS or len(head) > 2:
            continue
        le = text.find("\n", ev[0].end)
        if le < 0:
            continue
        key = _name_key(str(r.get("name")))
        core, phase = _key_parts(key)
        for o in records:
            oev = o.fields["name"].evidence if o is not r and "name" in o.fields else []
            if not oev or not le < oev[0].start <= le + _SUB_HEAD_REACH:
                continue
            other, ophase = _key_parts(_name_key(str(o.get("name"))))
            if phase == ophase and len(core) >= 5 and _abridged(core, other):
                drop.add(id(r))
                break
    return [r for r in records if id(r) not in drop] if drop else records


#: Guests touring sites (``客商分三组实地考察了…``, ``与会嘉宾参观了…``) right before the places they see.
_GUESTS_TOUR = re.compile(r"(?:客商|嘉宾|来宾|与会人员|与会代表|参会人员)[^，,。；;！？]{0,12}?(?:实地|现场)?"
                          r"(?:考察|参观|察看|观摩|走访)了?")


def _guests_stops(text: str, sent: Span, names: list[NameSpan]) -> list[NameSpan]:
    """Names in the clause of guests touring sites (``推介会后，客商实地考察了某食品产业园、冷链物流园区
    和标准化厂房建设现场``) that are no project by their own word (``项目``, ``工程``): the parks and
    buildings shown to them, no works reported."""
    out = []
    for n in names:
        c0 = max(sent.start, 1 + max(text.rfind(c, sent.start, n.start) for c in "，,；;"))
        if _GUESTS_TOUR.search(text, c0, n.start) and not _PROJECT_TAIL.search(n.name):
            continue
        out.append(n)
    return out


#: Right after a name: a count of such projects (``…和新材料项目分别签约11个和8个``, ``工业项目开工9个``;
#: not a count of what the works hold, ``某中心一期3000个标准机架``) or how lively their signing is
#: (``文旅康养项目签约活跃``): the name is a class of projects.
_CLASS_AFTER = re.compile(r"(?:分别)?(?:签约|开工|竣工|投产|落地|引进|入驻|储备|达)?了?"
                          r"(?:\d+|[两三四五六七八九十]+)个(?=[和、及与，,。；;]|$)"
                          r"|(?:签约|投资|落地|招引)(?:活跃|踊跃|火热|增多|提速)"
                          # a class named with another, then their count (``智能工厂和数字化车间28个``)
                          r"|[和及与](?:(?!等|项目)[^\W\d_A-Za-z]){2,8}?(?:\d+|[两三四五六七八九十]+)[个家座]"
                          r"(?=[，,。；;]|$)")


#: A length, an area or a number of sites right after a name (``…安全生命防护工程2860公里``).
_MEASURED_AFTER = re.compile(r"(?:\d+(?:\.\d+)?|[两三四五六七八九十百千]+)(?:余|多)?(?:万)?"
                             r"(?:公里|千米|平方米|亩|处)(?![\u4e00-\u9fff]{0,3}(?:的|项目|工程))")
#: A whole region heading the clause (``全省今年已建成…``, ``全市累计完成…``).
_REGION_WIDE = re.compile(r"全(?:省|市|州|盟|县|区|镇|乡)")
#: Where a clause begins.
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?\n]")


def _class_measured(text: str, name: NameSpan) -> bool:
    """True when ``name`` is followed by the length or area a whole region built of its kind
    (``全省今年已建成农村公路安全生命防护工程2860公里``): a kind of works summed over the region, no
    project.  One works told by its length (``某某公路改建工程全长12公里``) has a word between."""
    if not _MEASURED_AFTER.match(text, name.end):
        return False
    lo = max(0, name.start - 30)
    marks = list(_CLAUSE_MARK.finditer(text, lo, name.start))
    c0 = marks[-1].end() if marks else lo
    return _REGION_WIDE.search(text, c0, name.start) is not None


#: The rest of a list of kinds closed by ``等项目`` and their count (``产业发展、就业帮扶、乡村建设等
#: 项目38个``, ``…等协作项目71个``, ``…等12个项目``): each item is a kind of projects, the list's sum a
#: count.
_KINDS_COUNTED_AFTER = re.compile(r"(?:、[^、，,。；;：:]{1,10}?)*等[\u4e00-\u9fff]{0,4}?"
                                  r"(?:项目|工程)(?:\d+|[两三四五六七八九十百]+)(?:余|多)?个"
                                  r"|(?:、[^、，,。；;：:]{1,10}?)*等(?:\d+|[两三四五六七八九十百]+)(?:余|多)?个"
                                  r"[\u4e00-\u9fff]{0,4}?(?:项目|工程)")


#: A kind of work a programme funds, named by its field (``产业发展``, ``就业帮扶``, ``乡村建设``,
#: ``人才培训``, ``饮水安全``), not by a firm or a works (``某某科技``, ``某某12万吨热轧板``).
_KIND_OF_WORK = re.compile(r"[\u4e00-\u9fff]{0,4}(?:发展|帮扶|建设|培训|提升|安全|改造|治理|保护|振兴|服务"
                           r"|保障|扶贫|协作|就业|教育|医疗|养老|整治|交流|合作)")


def _kinds_counted(text: str, n: NameSpan) -> bool:
    """True for an item of a list of kinds the text counts (see :data:`_KINDS_COUNTED_AFTER`) whose
    printed words carry no ``项目`` of their own and, as every item after it, name a kind of work
    (:data:`_KIND_OF_WORK`: ``实施产业发展、就业帮扶…等项目38个``): a kind, no works; a list of firms' or
    works' names so counted (``签约甲公司12万吨热轧板等项目28个``) stays."""
    if not n.listed or text.endswith(("项目", "工程"), n.start, n.end):
        return False
    tail = _KINDS_COUNTED_AFTER.match(text, n.end)
    if tail is None or not _KIND_OF_WORK.fullmatch(text, n.start, n.end):
        return False
    rest = text[n.end:tail.end()].split("等", 1)[0]
    return all(_KIND_OF_WORK.fullmatch(item) for item in rest.split("、") if item)


#: A class label a project is told under before a dash and its own name (``某区东西部协作重点项目——甲
#: 项目在某开发区开工``, ``市级重点工程——乙``): the label, no works.
_LABEL_NAME = re.compile(r"(?:重点|协作|示范|标志性|龙头|帮扶|招商)(?:项目|工程)$")
#: The stage a works has reached, told after ``进入`` (``已进入厂房建设阶段``, ``进入设备安装阶段``): a
#: phase of the works named before, no name.
_PHASE_ENTERED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:建设|施工|安装|调试|试生产)阶段")


#: A batch's event right after a class of projects (``某县承接京津产业转移项目集中竣工投产活动举行``,
#: ``…协作项目集中签约``): the class the batch is of, no works.
_TOLD_TOGETHER = re.compile(r"集中(?:签约|开工|竣工|投产|竣工投产|开竣工|签约开工|开工签约|落地)")


#: The projects a region takes in from another, named by the move alone (``承接京津产业转移项目``,
#: ``承接产业转移项目``): a class, no works.
_MOVED_CLASS = re.compile(r"(?:其中)?承接[\u4e00-\u9fff]{0,8}?(?:产业)?转移(?:的)?(?:重点)?(?:项目|工程)")


def _labels_and_phases(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """``names`` without class labels before a dash and a name (see :data:`_LABEL_NAME`), without
    classes a batch's event follows (:data:`_TOLD_TOGETHER`) and without stages entered
    (``进入厂房建设阶段``, :data:`_PHASE_ENTERED`)."""
    starts = {n.start for n in names}
    out = []
    for n in names:
        if _LABEL_NAME.search(n.name) and text.startswith(("——", "—", "：", ":"), n.end) \
                and any(n.end < s <= n.end + 2 for s in starts):
            continue
        if not n.listed and _TOLD_TOGETHER.match(text, n.end) or _MOVED_CLASS.fullmatch(n.name):
            continue
        if (n.name.startswith("进入") or text.endswith("进入", max(0, n.start - 2), n.start)) \
                and _PHASE_ENTERED.match(text, n.start):
            continue
        out.append(n)
    return out


def _classes_counted(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """Names followed by a count of their kind or by how lively their signing is (see
    :data:`_CLASS_AFTER`), or by the length a whole region built of them (:func:`_class_measured`),
    or items of a list of kinds counted together (:func:`_kinds_counted`): classes of projects, no
    project."""
    return [n for n in names if not _CLASS_AFTER.match(text, n.end) and not _class_measured(text, n)
            and not _kinds_counted(text, n)]


#: What a name is the frame of rather than a works reported: its site still being searched for
#: (``将某某研发基地的选址范围扩大到某市``).
_SITE_SEARCHED_AFTER = re.compile(r"的选址(?:范围|区域)")


#: A place told as the scene a story opens on (``一排排厂房依次排开。这里是某区某小微企业园，…``).
_SCENE_BEFORE = re.compile(r"(?:这里|这儿)(?:就)?是$")
#: A building site after a name (``这里是甲项目施工现场``): the works seen being built.
_SITE_AFTER_NAME = re.compile(r"(?:的)?(?:建设|施工)?(?:现场|工地)")


#: Plants a base or park holds counted after it, then what they reached together (``某基地的两座数据中心
#: 完成竣工验收``, ``某园区的3座储能电站同日并网``): the plants are the works (a batch), the base their host.
_HOSTS_PLANTS = re.compile(r"的(?:\d+|[两三四五六七八九十]+)座[\u4e00-\u9fff]{0,4}?"
                           r"(?:数据中心|变电站|电站|风电场|水厂|污水处理厂)"
                           r"(?:已经?|均已?|全部|同日|同时|先后)?"
                           r"(?:完成竣工验收|通过竣工验收|竣工|建成|投产|投运|并网|开工)")
_HOST_END = ("基地", "园区", "产业园", "园", "集群")


#: A works built in support of another, told as one of its kind and dedicated to it
#: (``还配套建设了一座35千伏专用变电站``, ``配套新建一条铁路专用线``): part of the works it serves.
_SUPPORT_BEFORE = re.compile(r"配套(?:建设|新建|建成|修建)了?$")
_DEDICATED_ONE = re.compile(r"(?:一|1)(?:座|条|处)[^，,。；;]{0,12}?专用")


#: Works counted in a list that a name holds (``双回路供电和3条出市光缆通道``, ``…及2条进园道路``):
#: a place's utilities told together, no project (a line ranked, ``第二条生产线``, has no list mark).
_COUNTED_IN_LIST = re.compile(r"[和及与、](?:\d+|[两二三四五六七八九十]+)(?:条|座|处)")


def _frame_not_works(text: str, name: NameSpan) -> bool:
    """True when ``name`` is no works reported but the frame of another act: a site being searched
    for (``…中试基地的选址范围扩大到某市``), or a place told as the scene the reporter stands in
    (``这里是某区某小微企业园，两年前还是一片荒坡，如今已有37家企业“拎包入驻”``; a building site,
    ``这里是甲项目施工现场``, is a works seen), or a base hosting plants counted after it
    (``某基地的两座数据中心完成竣工验收``), or a works built in support of another and dedicated to it
    (``还配套建设了一座35千伏专用变电站``), or works counted in a list (``双回路供电和2条污水管网``).
    (A plan built around a park, ``将围绕某产业园二期建设``, is left: set 54's gold holds such a base
    as a project under way, set 99's holds none.)"""
    if _SCENE_BEFORE.search(text, max(0, name.start - 4), name.start) \
            and not _SITE_AFTER_NAME.match(text, name.end):
        return True
    if name.name.endswith(_HOST_END) and _HOSTS_PLANTS.match(text, name.end):
        return True  # 某基地的两座数据中心完成竣工验收: the base hosts the works counted
    if _DEDICATED_ONE.match(name.name) and _SUPPORT_BEFORE.search(text, max(0, name.start - 8), name.start):
        return True  # 还配套建设了一座35千伏专用变电站: part of the works it is dedicated to
    if _COUNTED_IN_LIST.search(name.name):
        return True  # 园区已建成双回路供电和2条污水管网: utilities counted in a list
    return _SITE_SEARCHED_AFTER.match(text, name.end) is not None


#: A part of a later phase named by the phase and the part alone (``二期粉磨生产线``, ``三期包装车间``).
_LATER_PHASE_PART = re.compile(r"[二三四五]期[\u4e00-\u9fff]{1,10}?(?:生产线|产线|车间|装置|厂房)")


def _later_phase_parts(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names of a sentence without a later phase's part told right after the first phase of a
    project named before it in the sentence (``甲项目一期已于10月投产，二期粉磨生产线正在安装设备``):
    the part is of that project, no project of its own."""
    out = []
    for k, n in enumerate(names):
        if k and _LATER_PHASE_PART.fullmatch(n.name) and text[n.start - 1:n.start] in "，,；;" \
                and any("一期" in p.name or "首期" in p.name or text.startswith(("一期", "首期"), p.end)
                        for p in names[:k]):
            continue
        out.append(n)
    return out


#: A line's equipment being fitted right after its name (``挤压生产线设备正在安装``, ``…设备已进场调试``).
_LINE_FITTED = re.compile(r"(?:的)?(?:主要|主体|核心|关键)?设备(?:正在|已经|已|陆续|开始)"
                          r"(?:安装|进场|调试|就位)")


def _lines_being_fitted(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """The names of a sentence without a line opening its clause whose equipment is being fitted, a
    project named before it in the sentence (``甲项目正在加快建设，…，目前两座主厂房已封顶，挤压生产线设备
    正在安装``): the line is part of that project's works, no project of its own."""
    out = []
    for k, n in enumerate(names):
        if k and n.name.endswith(_LINE_TAIL) and text[n.start - 1:n.start] in "，,；;" \
                and _LINE_FITTED.match(text, n.end) \
                and any(p.name.endswith(("项目", "工程")) for p in names[:k]):
            continue
        out.append(n)
    return out

