"""Extractor ``extract-projects``: individually named investment and construction projects.

Rules over the cleaned text and the mentions (see ``docs/records.md``):
names come from :mod:`newsmill.zh.projects`; the stage is the nearest stage
cue of the clause (else of the sentence); the status is ``target`` when a
plan marker (计划, 力争, 争取, 将, 确保, 预计…) precedes the event in the
sentence; investment, annual output, area, jobs and capacity come from the
same sentence — or from the whole article when it reports one project — and
a figure already used as a batch total is never credited to a project.
Projects listed under a batch get the field ``batch`` = ``"r<index>"`` of the
batch record in ``doc.records``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter, methodcaller
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention, Record
from newsmill.zh.abroad import may_be_abroad, site_abroad
from newsmill.zh.brands import TRADE_WORDS, brand_head, city_liquor, not_a_brand, trade_after_a_place
from newsmill.zh.bylines import OWN_DATELINE
from newsmill.zh.cues import (
    AFTER_EVENT_RE,
    STAGE_CUES,
    STAGE_RE,
    TARGET_RE,
    WEAK_STAGES,
    cue_applies,
    target_in,
)
from newsmill.zh.dates import month_of
from newsmill.zh.figures import Figure, number
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.money import SUM_FIGURE
from newsmill.zh.project_names import phase_of
from newsmill.zh.projects import (
    COMPANY_END,
    NameSpan,
    capacity_in,
    company_head,
    find_names,
    headquarters_org,
    venue_at_site,
)
from newsmill.zh.readable import readable
from newsmill.zh.recctx import PROSE_ITEM, RecordContext, Span, context_of, location_of
from newsmill.zh.surface import norm_name
from newsmill.zh.tables import (
    Cell,
    Table,
    find_labelled_tables,
    find_stacked_tables,
    find_tables,
    find_wrapped_tables,
    has_named_items,
    may_be_table,
)

INVEST_CUE = re.compile(r"(总投资额?|投资总额|计划投资|拟投资|投资额|投资|斥资|估算总投资|签约额|签约金额"
                        # (what a firm puts into its works: ``该公司投入8600万元，将…窑改造为…``)
                        r"|(?<=[司业团])投入(?:资金)?"
                        r"|协议金额|协议资金"
                        r"|(?:补助|衔接)资金)"
                        r"(?:达到|约为|约|达|为|近|超过|超|逾)?$")
#: (not the output of the enterprises above scale, ``规上工业产值``: a statistic)
OUTPUT_CUE = re.compile(r"(年产值|新增产值|(?<![月日])(?<!规上工业)(?<!以上工业)产值"
                        r"|年销售收入|年销售额|年营业收入|年营收|年主营业务收入|年税收"
                        r"|(?:每年|年)(?:可)?实现(?:销售收入|营业收入))"
                        r"(?:预计)?(?:可|将)?(?:达到|达|突破|超过|超|逾|实现)?(?:约为|约|近)?$")
#: (new factory floor counts after a comma, or opening a table's content cell or a label's value)
AREA_RE = re.compile(r"(?:占地面积|占地|用地面积|用地|建筑面积|新增(?:养殖|种植)?面积|(?<=[,，])面积"
                     r"|(?<=[,，:：\n\t|｜ \u3000])(?:规划)?(?:新建|建设)(?:标准化|标准)?厂房"
                     r"(?:及配套用房|及配套设施)?"
                     # floor built after the town it stands in (``拟在某镇建设冷链仓储库房3万平方米``)
                     r"|(?<=[镇乡])(?:新建|建设)[\u4e00-\u9fff]{0,6}?(?:厂房|库房|仓库)(?=\d+(?:\.\d+)?万?平方米)"
                     # the land a project was given (``目前已完成供地78亩``)
                     r"|(?<=完成)供地"
                     # the land newly taken for it (``在现有厂区东侧新征土地80亩``)
                     r"|新征(?:土地|用地)"
                     # the acreage of a base a project plants (``，建设茶园基地2万亩``)
                     r"|(?<=[,，;；])(?:新建|建设|发展)(?:标准化|高标准)?[\u4e00-\u9fff]{1,6}?基地(?=[\d.]+万?亩)"
                     # a plantation or a farm by its land (``规划建设种植基地1.5万亩``, ``新建茶园3000亩``)
                     r"|(?<=[,，:：\n\t \u3000])(?:规划|计划)?(?:新建|建设)[\u4e00-\u9fff]{0,6}?"
                     r"(?:种植基地|示范基地|基地|茶园|果园|种植园)(?=\d+(?:\.\d+)?万?亩)"
                     # farmland a project builds or improves (``新建和改造高标准农田4.2万亩``)
                     r"|(?<=[,，;；:：\n\t \u3000])(?:新建|建设|建成|改造|提升|整治)"
                     r"(?:和|及|、)?(?:新建|改造|提升)?"
                     r"(?:高标准农田|农田|耕地)(?=\d+(?:\.\d+)?万?亩)"
                     # a base's own size after the project (``，种植基地面积3000亩``)
                     r"|(?<=[,，;；])(?:种植|养殖|示范|生产)?基地(?:总)?面积)"
                     r"(?:约|近|达|为)?((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})万?(?:亩|平方米|公顷))")
#: Land in mu opening a project's name (``200亩天麻种植基地``, ``3万亩茶园提质项目``): its area.
_LAND_OPENS = re.compile(r"(\d+(?:\.\d+)?万?亩)(?=[\u4e00-\u9fff]{4})")
#: Words before ``用地`` naming land a region sold, supplied or cleared (``出让工业用地``,
#: ``清理闲置低效用地``).
_REGION_LAND = re.compile(r"(?:出让|供应|供地|清理|盘活|处置|闲置|低效)[\u4e00-\u9fff]{0,4}$")
#: The jobs a project brings (``带动就业400人``, ``新增就业岗位600个``); ``城镇新增就业`` is a
#: place's statistic.
JOBS_RE = re.compile(r"(?:带动|提供|解决|(?<!城镇)(?<!城乡)新增|吸纳|用工(?:规模)?(?:将)?(?:达到|达))"
                     # the people given work (``带动周边群众就业400余人``)
                     r"(?:(?:周边|当地|本地|附近)?(?:群众|农民|村民|居民|劳动力)(?=就业)"
                     # (or the place alone: ``带动周边就业260余人``)
                     r"|(?:周边|当地|本地|附近)(?=就业))?"
                     r"(?P<posts>就业岗位|岗位)?(?:就业)?(?:约|近|超过|超)?"
                     r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(万)?(?:余|多)?"
                     r"(?:个就业岗位|个岗位|人就业|人|(?(posts)个|(?!)))")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 200}


def _batch_totals(doc: Document) -> list[tuple[int, int]]:
    spans = []
    for r in doc.records:
        if r.kind == "batch" and "total_cny" in r.fields:
            spans.extend((e.start, e.end) for e in r.fields["total_cny"].evidence)
    return spans


def _batch_counts(doc: Document) -> list[tuple[int, int]]:
    """``(start of the count's evidence, index in doc.records)`` of each batch with a counted size,
    by start (batches with the same start in record order)."""
    return sorted([(r.fields["count"].evidence[0].start, i) for i, r in enumerate(doc.records)
                   if r.kind == "batch" and "count" in r.fields and r.fields["count"].evidence],
                  key=itemgetter(0))


_CLAUSE_MARK = re.compile(r"[,，。;；:：]")


def _batch_for(ctx: RecordContext, sent: Span, name: NameSpan,
               counts: list[tuple[int, int]]) -> int | None:
    """Index in ``doc.records`` of the batch whose count follows a listed name in its sentence."""
    best = None
    # counts by start: only those from the name's end (and the sentence's start) up to 60 after it
    lo = bisect.bisect_left(counts, (max(sent.start, name.end), -1))
    hi = bisect.bisect_left(counts, (min(sent.end, name.end + 61), -1), lo)
    for start, i in counts[lo:hi]:
        ev_start = start
        between = ctx.text[name.end:ev_start]
        listed = "等" in between and not _CLAUSE_MARK.search(between)
        if listed or (name.listed and ev_start - name.end <= 40):
            if best is None or ev_start < best[0]:
                best = (ev_start, i)
    return best[1] if best else None


def _stage_cues(ctx: RecordContext, sent: Span, names: list[NameSpan]) -> list[tuple[int, int, str]]:
    """``(start, end, cue)`` of the stage cues of a sentence outside its names and not conditional
    (``建成后``)."""
    text = ctx.text
    out = []
    for m in STAGE_RE.finditer(text, sent.start, sent.end):
        s = m.start()
        if any(n.start <= s < n.end for n in names) or AFTER_EVENT_RE.match(text, s) \
                or not cue_applies(text, s, m.end()) or _stage_then_later(text, s, m.end()):
            continue
        out.append((s, m.end(), m.group()))
    if len(out) > 1 and any(c == "建设" for _, _, c in out):
        out = _drop_invested_build(ctx, sent, out)
    if len(out) > 1 and out[0][2] == "建设" and text.endswith(("将", "拟"), 0, out[0][0]) \
            and out[1][2] not in WEAK_STAGES:
        out = out[1:]  # 将建设甲项目，…计划8月开工: what is to be built, then the event planned
    if len(out) > 1 and out[-1][2] == "建设" and text.startswith("的", out[-1][1]):
        colon = max(text.rfind("：", sent.start, out[-1][0]), text.rfind(":", sent.start, out[-1][0]))
        if colon > 0 and any(e <= colon and c not in WEAK_STAGES for _, e, c in out[:-1]):
            out = out[:-1]  # 开工的项目有：由某公司投资…建设的甲项目: the list's event, not an attribute
    if len(out) > 1 and any(c in _WORKS_PROGRESS for _, _, c in out):
        out = [(s, e, c) for k, (s, e, c) in enumerate(out)
               if c not in _WORKS_PROGRESS or not _SHARE_DONE.match(text, e) or not any(
                   STAGE_CUES.get(c2) in ("completed", "in_production")
                   and _PLAN_BEFORE_CUE.search(text, e, s2) for s2, _, c2 in out[k + 1:])]
    if len(out) > 1 and any(c == "前期工作" for _, _, c in out):
        # 甲工程已完成前期工作，力争10月开工: the preparation done, the event planned next is the stage
        out = [(s, e, c) for k, (s, e, c) in enumerate(out)
               if c != "前期工作" or not _PREP_DONE.search(text, max(sent.start, s - 4), s)
               and not _PREP_DONE_AFTER.match(text, e)
               or not any(c2 not in WEAK_STAGES for _, _, c2 in out[k + 1:])]
    if len(out) > 1:
        out = _reached(text, out)
    if len(out) > 1 and any(c in _SETTLED or c == "签约" for _, _, c in out):
        # 2021年落户某区的甲公司，今年…建设乙项目二期，目前厂房已经封顶: the firm's history, no stage
        out = [(s, e, c) for s, e, c in out
               if not ((c in _SETTLED or c == "签约") and _YEAR_BEFORE_CUE.search(text, max(0, s - 6), s)
                       and _SETTLED_WHERE.match(text, e, sent.end))] or out
    if len(out) > 1 and any(c in _SETTLED for _, _, c in out):
        # 落户某高新区的甲项目已于5月建成投产: where it settled, told before its name; the event follows
        out = [c for c in out if not (c[2] in _SETTLED and any(
            _SETTLED_WHERE.fullmatch(text, c[1], n.start) and any(o[0] >= n.end for o in out)
            for n in names if n.start > c[1]))]
    return out


#: Cues of a plant running, which outdate the completion written right before them (``完工并网发电``,
#: ``建成投运``; ``竣工投用`` stays a completion, as the earlier sets have it).
_RUNNING = frozenset(("并网发电", "全容量并网", "投运", "投产", "达产", "试生产", "试运行", "正式运营",
                      "开业运营"))
#: Between two cues of one event (``吊装完成并实现全容量并网``): the later cue follows on.
_THEN_JOIN = re.compile(r"并(?:实现|正式|顺利|成功)?")
#: A month right before a cue (``5月签约``, ``9月28日正式开工``, ``11月份已竣工``), also with the
#: phase it is of (``6月一期建成投产``) and the year word before it (``去年9月动工``).
_MONTH_BEFORE = re.compile(r"(?P<y>前年|去年|上年|今年|当年|明年)?(\d{1,2})月(?:\d{1,2}日)?份?"
                           # (how soon it came: ``今年3月即投产``, ``5月就开工``; not ``即将``)
                           r"(?:[一二三四首]期(?:工程|项目)?)?(?:正式|顺利|成功|全面|已经|已|即|就|便)*$")
#: The order of the year words of :data:`_MONTH_BEFORE` (``当年`` is the year the item tells).
_YEAR_ORDER = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "当年": 0, "明年": 1}


def _month_order(m1: re.Match[str], m2: re.Match[str]) -> bool:
    """Whether the month of ``m1`` comes before that of ``m2``: by year word when both name one
    (``去年9月动工，今年6月…投产``), else by month."""
    y1, y2 = m1.group("y"), m2.group("y")
    if y1 and y2:
        return (_YEAR_ORDER[y1], int(m1.group(2))) < (_YEAR_ORDER[y2], int(m2.group(2)))
    return int(m1.group(2)) < int(m2.group(2))


def _reached(text: str, cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The stage an item reached when it tells several events: a plant running written right after
    another cue (``完工并网发电``, ``建成投运``, ``吊装完成并实现全容量并网``) is one event, the later,
    and so are two cues of one stage (``签约落户``); of events dated by month in one ``；``-item
    (``5月签约落户某园区，9月开工``) the last one is reached, when it comes later in the lifecycle and
    no plan word stands between."""
    runs: list[tuple[int, int, str]] = []
    for s, e, c in cues:
        if runs and (runs[-1][1] == s or _THEN_JOIN.fullmatch(text, runs[-1][1], s)) \
                and runs[-1][2] not in WEAK_STAGES and c not in WEAK_STAGES \
                and (c in _RUNNING or STAGE_CUES[c] == STAGE_CUES[runs[-1][2]]):
            r0, _, rc = runs[-1]
            later = _LIFECYCLE.get(STAGE_CUES[c], -1) > _LIFECYCLE.get(STAGE_CUES[rc], 99)
            runs[-1] = (r0, e, c if later else rc)  # 完工并网发电: the plant running is reached
        else:
            runs.append((s, e, c))
    drop: set[int] = set()
    for k, (s1, e1, c1) in enumerate(runs):
        r1 = _LIFECYCLE.get(STAGE_CUES[c1])
        m1 = _MONTH_BEFORE.search(text, max(0, s1 - 12), s1)
        if c1 in WEAK_STAGES or r1 is None or m1 is None:
            continue
        for s2, _, c2 in runs[k + 1:]:
            r2 = _LIFECYCLE.get(STAGE_CUES[c2])
            m2 = _MONTH_BEFORE.search(text, max(0, s2 - 12), s2)
            if c2 not in WEAK_STAGES and r2 is not None and r2 > r1 and m2 is not None \
                    and _month_order(m1, m2) and _same_item(text, e1, s2) \
                    and not TARGET_RE.search(text, e1, s2):
                drop.add(k)  # 5月签约落户某园区，9月开工: the item's last event is the stage reached
                break
    return [c for k, c in enumerate(runs) if k not in drop]


#: The preparation of a project told done (``已完成前期工作``, ``前期工作已基本完成``).
_PREP_DONE = re.compile(r"(?:完成|完成了|做完|办结)$")
_PREP_DONE_AFTER = re.compile(r"(?:已经?|均已|全部|基本)*(?:完成|办结)")


#: A share of the works done (``已完成主体工程的90%``) that a planned completion after it in the
#: sentence outdates (``，力争12月竣工``): the stage is the plan's, as for ``主体工程完成70%，预计8月完工``
#: (the works done whole, ``已完成主体工程，预计年底竣工``, stay under way).
_WORKS_PROGRESS = frozenset(("完成主体工程", "设备安装", "安装调试"))
_SHARE_DONE = re.compile(r"的?\d+(?:\.\d+)?%")
_PLAN_BEFORE_CUE = re.compile(r"[，,；;](?:目前)?(?:计划|力争|预计|争取|确保|将于|预计将)")


#: Cues of settling, which a relative clause before a name may hold (``落户某高新区的甲项目``).
_SETTLED = ("落户", "落地", "入驻")
_SETTLED_WHERE = re.compile(r"(?:于|在|到)?[^，,。；;]{1,16}的")
#: A year of the past right before a settling or signing (``2021年落户某区的甲公司``).
_YEAR_BEFORE_CUE = re.compile(r"(?:19|20)\d{2}年$")


#: ``投资8亿元建设``, ``投资建设``: the verb of an investment, right before 建设.
_INVESTED = re.compile(r"投资(?:[^，,。；;]{1,10}元)?$")
#: ``已建成投产``, ``已投产``: an event reported done in its clause; ``当年建成投产``, ``次年投产``: done
#: in the year the sentence tells (``2021年，公司投资3.2亿元建设二期项目，当年建成投产``).
_DONE_MARK = re.compile(r"(?:已(?:经)?|(?<![今去明])(?:当年|同年|次年|当月))(?:正式|全面|即|就)?$")


def _dated_done(text: str, sent: Span, s: int) -> bool:
    """A cue dated by its month in a later clause, no plan word in that clause
    (``由某公司投资3亿元建设，12月建成投产``): an event reported done."""
    m = _MONTH_BEFORE.search(text, max(sent.start, s - 12), s)
    if m is None:
        return False
    c0 = max(text.rfind("，", sent.start, m.start()), text.rfind(",", sent.start, m.start()))
    return c0 >= 0 and TARGET_RE.search(text, c0, s) is None


def _drop_invested_build(ctx: RecordContext, sent: Span,
                         cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``由某公司投资8亿元建设，今年4月已建成投产``: the 建设 of an investment is no event when the
    sentence reports a later one done; that one is the project's stage.  Nor is it one in a clause
    naming the project (``…投资6亿元建设的甲项目，落户某园区``) before events of its own."""
    text = ctx.text
    done = any(c not in WEAK_STAGES and (_DONE_MARK.search(text, max(sent.start, s - 4), s)
                                         or _dated_done(text, sent, s))
               for s, _, c in cues)
    if not done:
        # 由某公司投资6亿元建设的甲项目，落户某园区，计划4月开工: the investment's 建设 names the
        # project, the events told after the name are its stage
        return [(s, e, c) for s, e, c in cues
                if c != "建设" or not text.startswith("的", e)
                or not _INVESTED.search(text, max(sent.start, s - 14), s)
                or not any(s2 > e and c2 not in WEAK_STAGES for s2, _, c2 in cues)]
    return [(s, e, c) for s, e, c in cues
            if c != "建设" or not _INVESTED.search(text, max(sent.start, s - 14), s)]


#: The later stage of a span between two (``从签约到开工只用了52天``, ``从开工至投产仅用时8个月``).
_TO_LATER = re.compile(r"(?:到|至)(?:正式|全面|主体)?(?=" + STAGE_RE.pattern + ")")


def _stage_then_later(text: str, start: int, end: int) -> bool:
    """True for the earlier stage of a span between two stages (``从签约到开工只用了52天``): the
    time it took is told, and the project has reached the later stage."""
    return start > 0 and text[start - 1] == "从" and _TO_LATER.match(text, end) is not None


def _same_item(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` of a sentence lie in one ``；``-item."""
    lo, hi = min(a, b), max(a, b)
    return text.find("；", lo, hi) < 0 and text.find(";", lo, hi) < 0


def _stage(ctx: RecordContext, sent: Span, name: NameSpan,
           cues: list[tuple[int, int, str]], names: list[NameSpan] = ()) -> tuple[str | None, int, int]:
    """The stage cue of a name among the cues of its sentence: in its clause, strong, close, before it;
    never a cue of a later ``；``-item that names a project of its own."""
    if not cues:
        return None, -1, -1
    c0 = ctx.clause_start(name.start, sent.start)
    c1 = ctx.clause_end(name.end, sent.end)
    i0, i1 = _item_of(ctx.text, sent, name)
    means = _relied_on(ctx, sent, name)
    best = None
    for s, e, cue in cues:
        if s >= i1 and any(_same_item(ctx.text, n.start, s) for n in names if n is not name):
            continue  # ``…扩建甲工厂；乙项目3月初开工``: 开工 is 乙's, in 乙's own later ；-item
        in_clause = c0 <= s < c1
        if means and not in_clause:
            continue  # ``依托甲产业园，引进…企业``: a platform relied on, not what the event is about
        before = e <= name.start
        dist = name.start - e if before else s - name.end
        rank = (0 if in_clause else 2) + (1 if cue in WEAK_STAGES else 0) + (0 if before else 0.5) \
            + (0 if i0 <= s < i1 else 2)  # a cue of another ；-item of the sentence is that item's
        if before and _ATTRIBUTIVE.fullmatch(ctx.text, e, name.start):
            rank += 1  # 某县引进的甲项目正式投产: 引进 tells which project, the event follows its name
            if _DATED_BEFORE.search(ctx.text, max(sent.start, s - 8), s) \
                    and _later_event_done(ctx, sent, name, cues, STAGE_CUES[cue]):
                rank += 2  # 今年3月签约的甲项目，昨日…动工: a dated earlier event, the later one is news
            elif STAGE_CUES[cue] in _EARLY_STAGES and _works_done_later(ctx, sent, cues, name.end, i1):
                rank += 2  # 某市引进的甲项目，总投资…，一期厂房主体已封顶: the works' event told later
        if before and ctx.text.startswith("、", e):
            rank += 1  # 甲项目上半年开工、投资…的乙中心年内封关运营: 开工 closes the item before
        key = rank * 1000 + dist
        if best is None or key < best[0]:
            best = (key, STAGE_CUES[cue], s, e)
    if best is None:
        return None, -1, -1
    if ctx.text[best[2]:best[3]] in _APPROVAL_CUES:
        # 已完成立项备案，…，计划6月开工: the event planned after the approval is the one reported
        later = [(s, e, cue) for s, e, cue in cues if best[3] <= s < i1 and STAGE_CUES[cue] in _AFTER_APPROVAL
                 and cue not in WEAK_STAGES]
        if later:
            return STAGE_CUES[later[0][2]], later[0][0], later[0][1]
    if best[1] == "completed" and "期" not in name.name:
        later = _later_phase_building(ctx, sent, cues, best[2], best[3])
        if later is not None:
            return "under_construction", later[0], later[1]
    if ctx.text.startswith("建设", best[2]) and c0 <= best[2] < c1 and best[2] >= name.end:
        k = ctx.text.rfind("启动", c0, name.start)
        if k >= 0:  # 启动甲、乙等项目建设: the names between the two words start their works
            return "started", k, k + 2
    return best[1], best[2], best[3]


#: Stages before the works begin (a cue naming which project: ``某市引进的``, ``签约落户的``).
_EARLY_STAGES = frozenset(("planned", "negotiating", "signed"))
#: Stages of works begun.
_WORKS_STAGES = frozenset(("started", "under_construction", "completed", "in_production"))


def _works_done_later(ctx: RecordContext, sent: Span, cues: list[tuple[int, int, str]],
                      lo: int, hi: int) -> bool:
    """Whether a strong cue of works begun follows the name (from ``lo``) in its ``；``-item (up to
    ``hi``), told as done, with no plan word in its clause (``…，一期工程已于12月并网发电``)."""
    for s, _e, cue in cues:
        if lo <= s < hi and cue not in WEAK_STAGES and STAGE_CUES[cue] in _WORKS_STAGES \
                and TARGET_RE.search(ctx.text, ctx.clause_start(s, sent.start), s) is None:
            return True
    return False


#: A first phase opening the clause of a cue (``一期18万平方米已于5月竣工``).
_FIRST_PHASE = re.compile(r"[^，,。；;]{0,4}?(?:一期|首期)")
#: A later phase told under way opening the clause of a cue (``二期正在加紧施工``, ``二期工程正在建设``).
_LATER_PHASE_NOW = re.compile(r"(?:二期|三期|后续)(?:工程|项目)?(?:目前|也|仍)?(?:正在|正|在)")


def _later_phase_building(ctx: RecordContext, sent: Span, cues: list[tuple[int, int, str]],
                          s0: int, e0: int) -> tuple[int, int] | None:
    """The cue of a later phase told under way after a first phase told done (``…，一期已于今年5月
    竣工，二期正在加紧施工``): the works as a whole are still being built; None when none is told."""
    if not _FIRST_PHASE.match(ctx.text, ctx.clause_start(s0, sent.start), s0):
        return None
    for s, e, cue in cues:
        if s >= e0 and STAGE_CUES[cue] == "under_construction" \
                and _LATER_PHASE_NOW.match(ctx.text, ctx.clause_start(s, sent.start), s):
            return s, e
    return None


#: Cues of a project approved or filed (:data:`STAGE_CUES`), and the events that may follow them.
_APPROVAL_CUES = frozenset(("完成备案", "立项", "环评批复", "予以批复"))
_AFTER_APPROVAL = frozenset(("started", "completed", "in_production"))
#: The order of the lifecycle's stages.
_STAGE_ORDER = {"negotiating": 0, "planned": 0, "signed": 1, "started": 2, "under_construction": 3,
                "completed": 4, "in_production": 5}


def _later_event_done(ctx: RecordContext, sent: Span, name: NameSpan, cues: list[tuple[int, int, str]],
                      stage: str) -> bool:
    """Whether a cue after ``name`` tells a later stage reached, no plan (``…，昨日…正式动工`` after
    ``3月签约的``; not ``预计年底前开工``, nor ``已有12家企业入驻`` after ``建成投产的``)."""
    return any(s >= name.end and _STAGE_ORDER[STAGE_CUES[c]] > _STAGE_ORDER[stage] and c not in WEAK_STAGES
               and TARGET_RE.search(ctx.text, ctx.clause_start(s, sent.start), s) is None
               for s, _e, c in cues)


#: A month or a year right before a cue (``今年3月签约的``, ``去年签约的``): the cue's own date.
_DATED_BEFORE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|初|底|中旬|上旬|下旬)?$"
                           r"|(?:去年|前年|\d{4}年)$")
#: Between a cue and the name it qualifies (``引进的``, ``签约落户的``): an attributive clause.
_ATTRIBUTIVE = re.compile(r"的\s*")
#: A clause opening on what is relied on (``依托甲产业园和乙基地两大平台，…``): the names in it
#: are platforms or means, and the events of later clauses are not theirs.
#: (Written ``(?:充分|积极|着力)?(?:依托|借助|依靠|凭借)``; every branch opening with a literal lets the
#: regex engine skip every other position at once: same matches.)
_MEANS = re.compile(r"充分(?:依托|借助|依靠|凭借)|积极(?:依托|借助|依靠|凭借)|着力(?:依托|借助|依靠|凭借)"
                    r"|依托|借助|依靠|凭借")


def _relied_on(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """True for a name in a clause opening on what is relied on (see :data:`_MEANS`)."""
    return _MEANS.search(ctx.text, ctx.clause_start(name.start, sent.start), name.start) is not None


#: The investment done so far, right after a project's name: the works are under way (also
#: dated: ``甲项目截至9月底已完成投资28.6亿元``).
_SPENT = re.compile(r"(?:截至[^，,。；;！？]{1,8}?|今年以来|年初以来)?(?:目前|现)?(?:已|累计|已累计)"
                    r"完成(?:投资|年度投资)")
#: The same right after a name with no ``已`` (``；乙项目完成投资11.3亿元，主体装置正在安装``).
_SPENT_BARE = re.compile(r"完成(?:投资|年度投资)(?=\d)")


#: The share of the works done (``目前路基工程已完成80%``, ``形象进度达65%``): the project is under way.
#: (a share told in tenths too, ``完成路基工程的八成``)
_PROGRESS = re.compile(r"已完成(?:总)?(?:工程量|工作量|[\u4e00-\u9fff]{1,6}?工程)?的?\d+(?:\.\d+)?%|形象进度"
                       r"|(?:已经?)?完成(?:总)?(?:工程量|工作量|[\u4e00-\u9fff]{1,6}?工程)的?[一二三四五六七八九]成")
#: Works told under way now in a project's own item (``目前正在加紧建设``, ``正抓紧施工``, ``建设正酣``).
_BUILDING_NOW = re.compile(r"(?:目前|现在|当前|现)?正(?:在)?(?:加紧|加快|抓紧|全力|紧张|有序|全面)?(?:推进)?"
                           r"(?:建设|施工)(?!完成|完毕|任务|目标|规划)|(?:加紧|加快|抓紧)(?:建设|施工)中|建设正酣"
                           # the works' step now (``主体设备正在安装调试``, ``正在加快主管网铺设``)
                           r"|(?:目前|现在|当前|现)?正(?:在)?(?:加紧|加快|抓紧|紧张|有序)?(?:进行)?"
                           r"[\u4e00-\u9fff]{0,5}?(?:安装调试|安装|调试|铺设)(?!完成|完毕)")


#: Parts of the works whose completion leaves the project under way (``主体钢架全部完工``).
_WORKS_PART = re.compile(r"主体|钢架|钢结构|土建|基础工程|路基|桩基")


#: The main works done, right before a completion cue (``主体工程已完工``): the project is under way.
_MAIN_PART_DONE = re.compile(r"主体(?:工程|结构)?(?:已经|已|全面|基本|顺利)*$")
#: The same of the plant's buildings told after the project's name (``甲项目现场，两栋标准化厂房已经
#: 完工``, ``车间已完工``): the project is under way (not when the buildings are the works named).
_PLANT_PART_DONE = re.compile(r"(?:标准化)?(?:厂房|车间)(?:已经|已|全面|基本|顺利|全部)*$")


def _works_part_name(name: str) -> bool:
    """Whether a name ends on a part of some works (``路基工程``, ``甲项目主体结构``)."""
    return _PART_TAIL.search(name) is not None


#: A part of the works ending a name.
_PART_TAIL = re.compile(r"(?:主体|钢架|钢结构|土建|基础|路基|桩基|附属|装饰|安装)(?:工程|结构)?$")


def _part_completed(text: str, name_end: int, cue_start: int) -> bool:
    """Whether a part of the works stands between a name and its completion cue, in one clause."""
    if not 0 <= cue_start - name_end <= 12:
        return False
    between = text[name_end:cue_start]
    return not any(c in between for c in "，,。；;") and _WORKS_PART.search(between) is not None


#: A building topped out in a month, told done (``1号、2号厂房已于9月封顶``, ``主体已于6月底结顶``).
_TOPPED = re.compile(r"已(?:经)?于?(?P<m>(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|初|中旬|上旬|下旬)?)"
                     r"(?:主体(?:结构)?|全面|顺利)?(?:封顶|结顶)")


def _topped_month(ctx: RecordContext, r: Record, start: int, end: int) -> None:
    """Dates works under way by the month a building of theirs was topped out, told done in the
    project's own item (``…投资8.5亿元建设，1号、2号厂房已于9月封顶``)."""
    m = _TOPPED.search(ctx.text, start, end)
    if m is None:
        return
    for d in ctx.mentions_in("dates", m.start("m"), m.end("m")):
        if isinstance(d.value, dict) and d.value.get("start") \
                and d.value.get("granularity") in ("month", "approx", "day"):
            r.set("date", month_of(str(d.value["start"])), ctx.evidence(d.start, d.end))
            return


def _completion_planned(text: str, start: int, end: int) -> re.Match | None:
    """A completion planned right after a part of the works done (``…主体已完工，计划年底前竣工``): the
    cue of the goal, when a plan word opens the next clause (a use planned, ``预计明年3月投用``, or a
    goal after other figures leaves the works under way)."""
    plan = _PLAN_BEFORE_CUE.match(text, start)
    if plan is None:
        return None
    for m in STAGE_RE.finditer(text, plan.end(), end):
        if any(c in text[plan.end():m.start()] for c in "，,；;。"):
            return None
        return m if STAGE_CUES[m.group()] == "completed" else None
    return None


def _item_of(text: str, sent: Span, name: NameSpan) -> tuple[int, int]:
    """The ``；``-separated item of the sentence that holds the name."""
    i0 = text.rfind("；", sent.start, name.start) + 1 or sent.start
    i1 = text.find("；", name.end, sent.end)
    return i0, sent.end if i1 < 0 else i1


#: The scope of a whole industry or area before an output word (``全产业链产值``, ``全县…产值``).
_WHOLE_SCOPE = re.compile(r"(?:(?:全产业链|产业链|全[县市区省州旗]|全行业)[\u4e00-\u9fff]{0,6}"
                          # an industry's output, or last year's: a statistic (去年锂电产业实现产值)
                          r"|产业(?:实现|完成)(?:总)?|(?:去年|上年|前年)[\u4e00-\u9fff]{0,8}"
                          # a place's industrial output (力争实现工业产值150亿元): no plant's
                          r"|工业总?)"
                          r"(?:产值|销售收入|营业收入)[^，,。；;]{0,6}$")
#: Investment of an area or a period (``固定资产投资``, ``完成投资``), not of one project; nor what a
#: works spent in the year (``某段完成年度投资9.8亿元``).
AGGREGATE_INVEST = re.compile(r"(?:固定资产|工业|民间|社会|技改|制造业|外商|完成(?:年度|全年|当年)?|累计)"
                              r"(?:总)?投资额?"
                              r"(?:达到|约为|约|达|为|近|超过|超|逾)?$")
#: ``2000万美元(约合人民币1.4亿元)``: the yuan equivalent printed after a foreign amount.
IN_YUAN = re.compile(r"[(（,，]?(?:约合|折合|合)")


#: The rest of a range after its low end (``10亿—15亿元``, ``5000万至1亿元``).
_RANGE_ON = re.compile(r"\s*(?:—|－|-|~|～|至|到)\s*\d")


def _in_yuan(f: Figure) -> bool:
    return f.unit in ("CNY", "", None)


def _money_after_cue(ctx: RecordContext, start: int, end: int, cue: re.Pattern,
                     used: list[tuple[int, int]]) -> Figure | None:
    figures = ctx.figures_in(start, end, "money")
    for i, f in enumerate(figures):
        if any(s <= f.start < e for s, e in used):
            continue
        if cue.search(ctx.text[max(start, f.start - 12):f.start]):
            if cue is INVEST_CUE and AGGREGATE_INVEST.search(ctx.text, max(0, f.start - 14), f.start):
                continue  # ``完成固定资产投资260亿元``: a statistic of the area, not a project's amount
            if cue is OUTPUT_CUE and _WHOLE_SCOPE.search(ctx.text, max(0, f.start - 14), f.start):
                continue  # 全产业链产值突破30亿元: the output of a whole industry or area, not the project's
            if cue is INVEST_CUE and _RANGE_ON.match(ctx.text, f.end):
                return None  # ``计划投资10亿—15亿元``: a range, no one amount
            if _in_yuan(f):
                return f
            nxt = figures[i + 1] if i + 1 < len(figures) else None
            if nxt is not None and _in_yuan(nxt) and nxt.start - f.end <= 8 \
                    and IN_YUAN.match(ctx.text, f.end, nxt.end):
                return nxt
            return None  # a foreign amount with no yuan equivalent gives no investment in yuan
    return None


#: What joins the names of a bare list (``A、B和C``).
BARE_JOIN = re.compile(r"[、,，]?(?:和|及|与|以及|、)")
#: ``总投资18亿元的``, ``将投资8.5亿元，建设``: an amount attached to the name that follows it.
_AMOUNT_DE = re.compile(r"(?:以上|左右)?(?:(?:建设|新建|打造)?的|[,，](?:用于|主要)?(?:建设|新建|打造)"
                        r"|建设|新建|上马|新上"
                        r"|(?:[,，]?在[\u4e00-\u9fff]{2,10}?)(?:建设|新建|打造))$")  # 投资X元在某区建设
INVEST_BEFORE_CUE = re.compile(r"(?:总投资额?|投资总额|计划投资|拟投资|投资额|投资|计划引资|引资)"
                               r"(?:达到|约为|约|达|为|近|超过|超|逾)?(?:人民币)?$")


def _amount_before(ctx: RecordContext, sent: Span, name: NameSpan,
                   used: list[tuple[int, int]]) -> tuple[int, Figure] | None:
    """The investment given just before a name (``总投资18亿元的甲项目``): (start of its cue, figure)."""
    for f in ctx.figures_in(max(sent.start, name.start - 24), name.start, "money"):
        if any(s <= f.start < e for s, e in used) or not _in_yuan(f) \
                or not _AMOUNT_DE.fullmatch(ctx.text[f.end:name.start]):
            continue
        m = INVEST_BEFORE_CUE.search(ctx.text, max(sent.start, f.start - 8), f.start)
        if m is not None and m.end() == f.start:
            return m.start(), f
    return None


#: A project stopped or put off (``因规划调整暂缓实施``, ``已停工``, ``推迟至明年``): no lifecycle event.
HALTED = re.compile(r"暂缓|停工|停建|缓建|搁置|中止|终止|推迟至|延期至|取消")


def _halted(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """True when the name's clause reports the project stopped or put off: it is a project without a
    stage (status none), not a name to skip."""
    return HALTED.search(ctx.text, name.end, ctx.clause_end(name.end, sent.end)) is not None


def _one_project(found: list[tuple[Span, NameSpan, Record]],
                 priced: set[int] | None = None) -> tuple[Span, NameSpan, Record] | None:
    """The one project a story reports (a project stopped or put off, with no stage, aside; one
    reported with its own amount, ids in ``priced``, counts), else None."""
    live = [x for x in found if x[2].get("stage") is not None or x[2].get("capacity") is not None
            or (priced is not None and id(x[2]) in priced)] if len(found) > 1 else found
    return live[0] if len(live) == 1 and not live[0][1].listed else None


def _short_name_key(ctx: RecordContext, name: NameSpan, r: Record, keys: dict[str, Record],
                    aliases: dict[str, Record]) -> None:
    """``甲项目（以下简称“乙项目”）``: the short name is a key of the same project, so later sentences
    naming it give their figures to it (and do not report it again)."""
    m = SHORT_NAME.match(ctx.text, name.end)
    if m is not None and len(m.group("short")) >= 2:
        keys.setdefault(_name_key(m.group("short")), r)
        aliases.setdefault(m.group("short"), r)


#: What may open a sentence before the short name of a project it is about (``其中，``, ``目前，``).
_SHORT_LEAD = re.compile(r"(?:其中|目前|此外|另外|同时|据悉|据了解|据介绍|按照协议|根据协议)?[,，]?")


def _short_named(ctx: RecordContext, sent: Span, aliases: dict[str, Record]) -> Record | None:
    """The project whose short name opens the sentence (``乙项目总投资…``), else None."""
    if not aliases:
        return None
    at = _SHORT_LEAD.match(ctx.text, sent.start, sent.end).end()
    for short, r in aliases.items():
        if ctx.text.startswith(short, at):
            return r
    return None


#: A firm the news does not name (``深圳一家新能源企业``, ``某外资企业``): no investor.
UNNAMED_FIRM = re.compile(r"(?:一|某)(?:家|个|知名|大型|外资|民营|央企)[^，,。；;]{0,10}(?:企业|公司|集团)$"
                          r"|^某(?:企业|公司|集团)$")


def _investor_named_after(ctx: RecordContext, r: Record, start: int, end: int) -> None:
    """A sentence on the project just reported that says who invests (``该项目由某公司投资建设``)
    replaces an investor read only from the head of its name (``青山沟100万千瓦风电项目``)."""
    inv = r.fields.get("investor")
    name = r.fields.get("name")
    if inv is None or not inv.evidence or not name or not name.evidence \
            or inv.evidence[0].start != name.evidence[0].start or ctx.text.find("由", start, end) < 0:
        return
    m = INVESTOR_BY.search(ctx.text, start, end)
    if m is not None and _INVESTOR_LOOK.search(m.group("inv")):
        r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))


#: A sentence turning from a project to its park (``园区一期已入驻…``, ``该园区…``): the park's figures.
#: A place or park closing a run of results (``……某县某产业园交出了一份亮眼的半年答卷``,
#: ``……某园区写下的成绩单``): the subject of the results, no project of theirs.
_RESULTS_SHOWN = re.compile(r"(?:交出|写下|晒出|递交|收获|书写)了?"
                            r"[^，,。；;！？]{0,12}?(?:答卷|成绩单|成绩|数据)")


_PARK_SUBJECT = re.compile(r"(?:该|整个)?(?:园区|产业园)(?:[一二三四五六]期)?"
                           r"(?:已|共|累计|目前|现|去年|今年)")


def _park_turn(ctx: RecordContext, sents: list[Span], sent: Span) -> int | None:
    """Where a sentence after the project's ``sent`` opens with its park as subject, else None: what
    follows is the park's (``园区一期…一季度实现产值9.2亿元``), not the project's."""
    for s in sents:
        if s.start >= sent.end and _PARK_SUBJECT.match(ctx.text, s.start):
            return s.start
    return None


#: A part of a year before an output (``今年一季度…实现产值3.2亿元``, ``1-5月``): that period's output,
#: no yearly one.
_PART_OF_YEAR = re.compile(r"[一二三四]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月"
                           r"|\d{1,2}[-—–~至]\d{1,2}月")


def _attributes(ctx: RecordContext, r: Record, start: int, end: int,
                used: list[tuple[int, int]]) -> None:
    text = ctx.text
    if r.get("investment_cny") is None:
        f = _money_after_cue(ctx, start, end, INVEST_CUE, used)
        if f is not None:
            r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
            used.append((f.start, f.end))
    if r.get("annual_output_cny") is None:
        f = _money_after_cue(ctx, start, end, OUTPUT_CUE, used)
        if f is not None and not _PART_OF_YEAR.search(text, max(start, f.start - 20), f.start):
            r.set("annual_output_cny", int(f.value), ctx.evidence(f.start, f.end))
    if r.get("area") is None and (text.find("亩", start, end) >= 0 or text.find("平方米", start, end) >= 0
                                  or text.find("公顷", start, end) >= 0):  # (every area has its unit)
        m = AREA_RE.search(text, start, end)
        if m and _REGION_LAND.search(text, max(0, m.start() - 8), m.start()):
            m = None  # 共清理闲置低效用地1260亩: land a region sold or cleared, no project's
        if m:
            r.set("area", m.group(1), ctx.evidence(m.start(1), m.end(1)))
    if r.get("jobs") is None:
        m = JOBS_RE.search(text, start, end)
        if m:
            n = float(number(m.group(2)) or 0) * (10000 if m.group(3) else 1)
            r.set("jobs", int(n), ctx.evidence(m.start(2), m.end()))
    if r.get("investor") is None:
        m = INVESTOR_BY.search(text, start, end) or INVESTOR_IS.search(text, start, end) \
            or INVESTOR_WITH.search(text, start, end) or INVESTOR_SIGNS.search(text, start, end)
        if m and not UNNAMED_FIRM.search(m.group("inv")):
            r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
    if r.get("investor") is None and text.find("承建", start, end) >= 0:
        m = INVESTOR_BUILDS.search(text, start, end)
        g = ("inv" if m.group("inv") else "inv2") if m else ""
        if m and not _BUILDER_TRADE.search(m.group(g)) and not UNNAMED_FIRM.search(m.group(g)):
            r.set("investor", m.group(g), ctx.evidence(m.start(g), m.end(g)))
    if r.get("capacity") is None and text.find("由", start, end) >= 0 \
            and (m := RAISED_CAPACITY.search(text, start, end)) is not None:
        # 改造后年产日用陶瓷由3000万件增加到4500万件: the capacity the works bring, the new figure
        r.set("capacity", m.group("what") + m.group("to"), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None:
        m = CAPACITY_NUMBER_FIRST.search(text[start:end])
        if m:
            c0, c1 = start + m.start(), _more_output(text, start + m.end(), end)
            r.set("capacity", text[c0:c1], ctx.evidence(c0, c1))
        else:
            word = CAPACITY_WORD.search(text, start, end)
            # every phrase holds a capacity word at most 6 characters after its start: none starts
            # before the first word less 6
            m = CAPACITY_PHRASE.search(text, max(start, word.start() - 6), end) \
                if word is not None and CAPACITY_UNIT.search(text, start, end) else None
            if m is None and word is not None and text.find("等", word.end(), end) >= 0:
                m = LISTED_OUTPUT.search(text, word.start(), end)
            if m:
                c1 = _more_output(text, m.end(), end)
                r.set("capacity", text[m.start():c1], ctx.evidence(m.start(), c1))
    if r.get("capacity") is None and (text.find("机柜", start, end) >= 0
                                      or text.find("机架", start, end) >= 0):
        m = RACKS.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and (text.find("/", start, end) >= 0 or text.find("／", start, end) >= 0):
        m = STORAGE_SIZE.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("存栏", start, end) >= 0:
        m = DESIGNED_STOCK.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and _FACILITY_WORD.search(text, start, end):
        m = FACILITY_SIZE.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("生产线", start, end) >= 0:
        m = PRODUCTION_LINES.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if text.find("选址", start, end) >= 0 or text.find("位于", start, end) >= 0 \
            or text.find("坐落", start, end) >= 0 or text.find("落户", start, end) >= 0 \
            or text.find("建设地点", start, end) >= 0:
        _site(ctx, r, start, end)


#: ``项目选址在某高新区``, ``项目位于某县某镇``, ``…，落户某高新区``: where the project is built,
#: right after the words.
_SITE_WORDS = re.compile(r"(?:选址(?:在|于|为)?|位于|坐落(?:在|于)|落户(?:在|于|到)?|建设地点(?:在|为|位于))")
#: Levels of a place finer than a city.
_LOCAL_LEVELS = ("county", "district", "zone")


def _site(ctx: RecordContext, r: Record, start: int, end: int) -> None:
    """The site named after ``选址在``/``位于``/``坐落于``/``落户`` makes a project's location finer:
    a county, district or zone of the project's city (or of no known city) replaces a location
    that names neither a county nor a detail, and the town printed after the project's own county
    (``位于某县某镇某村``) becomes its detail."""
    loc = r.get("location")
    if loc is not None and loc.get("city") and ctx.text.find("选址", start, end) >= 0:
        park = _SITE_PARK.search(ctx.text, start, end)
        p0 = park.start("park") if park is not None else -1
        if park is not None and loc.get("detail") != park.group("park") and not any(
                p.start == p0 for p in ctx.mentions_in("places", p0, park.end())):
            # 选址某某工业园区: a park the gazetteer does not know, named where the project is built,
            # is its detail over a town told before
            r.set("location", {**loc, "detail": park.group("park")}, *r.fields["location"].evidence,
                  ctx.evidence(park.start("park"), park.end("park")))
            return
    if loc is not None and loc.get("detail"):
        return
    for m in _SITE_WORDS.finditer(ctx.text, start, end):
        place = next((p for p in ctx.mentions_in("places", m.end(), min(end, m.end() + 12))
                      if p.start == m.end() and isinstance(p.value, dict)), None)
        if place is not None and place.value.get("level") not in _LOCAL_LEVELS:
            # 位于某市某区: the county printed after its city is the site
            place = next((p for p in ctx.mentions_in("places", place.end, min(end, place.end + 12))
                          if p.start == place.end and isinstance(p.value, dict)
                          and p.value.get("city") == place.value.get("name")), None)
        if place is None and loc is not None and loc.get("county") \
                and (town := _BARE_TOWN_SITE.match(ctx.text, m.end(), end)) is not None:
            # 选址某某镇。: a town the gazetteer does not know, alone in its clause, in the project's county
            r.set("location", {**loc, "detail": town.group()}, *r.fields["location"].evidence,
                  ctx.evidence(*town.span()))
            return
        if place is None or place.value.get("level") not in _LOCAL_LEVELS:
            continue
        if loc is not None and loc.get("city") and place.value.get("city") != loc.get("city"):
            continue
        county = place.value.get("level") in ("county", "district")
        if loc is not None and loc.get("county") and not county and place.value.get("level") == "zone" \
                and place.value.get("county") == loc.get("county"):
            # 位于某县某高新区某拓展区: a zone of the project's own county, with its part, is the detail
            part = _ZONE_PART.match(ctx.text, place.end, end)
            d1 = part.end() if part else place.end
            r.set("location", {**loc, "detail": ctx.text[place.start:d1]}, *r.fields["location"].evidence,
                  ctx.evidence(place.start, d1))
            return
        if loc is not None and loc.get("county"):
            if not county or place.value.get("name") != loc.get("county"):
                continue
            ev = r.fields["location"].evidence
        else:
            r.set("location", location_of(place), ctx.evidence(place.start, place.end))
            ev = [ctx.evidence(place.start, place.end)]
        town = (_TOWN_AND_VILLAGE.match(ctx.text, place.end, end)
                or _DISTRICT_PART.match(ctx.text, place.end, end)
                or _COUNTY_PARK.match(ctx.text, place.end, end)) if county else None
        if town is not None:  # 位于某县某镇某社区: the town (and village) is the detail
            r.set("location", {**r.get("location"), "detail": town.group()}, *ev,
                  ctx.evidence(*town.span()))
        return


#: A town alone right after ``选址``/``位于``, closing its clause (``选址某某镇。``).
_BARE_TOWN_SITE = re.compile(r"(?!城乡)[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[，,。；;]|$)")
#: A part of a district right after it, before what stands there (``位于某区茶园片区的``).
_DISTRICT_PART = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:片区|组团|港区)(?=的|[,，])")
#: A park named as a project's site (``选址芦溪工业园区，``), up to the clause's end.
_SITE_PARK = re.compile(r"选址(?:在|于|为)?(?P<park>[\u4e00-\u9fff]{2,10}?(?:工业园区|产业园区|工业园|产业园"
                        r"|物流园|园区))(?=[,，。;；]|$)")
#: A park of a county right after it, closing its clause (``位于某区某某工业园区,``).
_COUNTY_PARK = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:工业园区|产业园区|工业园|产业园|工业集中区)"
                          r"(?=[,，。;；])")
#: A part of a zone right after its name (``某某拓展区``, ``某某片区``, ``某某组团``).
_ZONE_PART = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:拓展区|片区|组团|园区)(?=[,，。;；、\s])")
#: A town right after a county, with its village or community when printed (``某某镇某某社区``);
#: not ``城乡`` (town and country: ``某县城乡供水一体化工程``).
_TOWN_AND_VILLAGE = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![至到])"
                               r"(?:[\u4e00-\u9fff]{1,5}?(?:村|社区)(?![委民]))?")


#: A farm's designed stock, when it gives no yearly output (``设计存栏蛋鸡80万羽``, ``可存栏生猪1.2万头``):
#: what it is built to hold (the animals it holds now, ``目前存栏…``, are no capacity).
DESIGNED_STOCK = re.compile(r"(?:设计|规划|可)(?:常年)?存栏[\u4e00-\u9fff]{0,6}?\d+(?:\.\d+)?(?:万|千)?"
                            r"(?:头|只|羽|匹)")
#: A count of production lines right after their name (``…生产线各一条``, ``…生产线3条``).
_LINES_COUNTED = re.compile(r"各?[\d一二两三四五六七八九十]+条")
#: What every :data:`FACILITY_SIZE` holds.
_FACILITY_WORD = re.compile("床位|病床|客房|学位|座位|坐席|车位|充电桩")
#: A building's size by what it holds or offers, when no output or volume is given: beds of a
#: hospital or a care home (``新增床位600张``), rooms of a hotel (``客房260间``), places of a school
#: (``可提供学位2160个``), seats of a hall (``设置座位3200个``), parking places and charging posts
#: (``停车位1200个``, ``建有充电桩86个``), number first too (``1200张床位``).
FACILITY_SIZE = re.compile(
    r"(?:床位|病床|客房|学位|座位|坐席|停车位|车位|充电桩)(?:约|近|超|达)?\d+(?:\.\d+)?(?:万|千)?"
    r"(?:张|间|套|个|席|座|根|台)"
    r"|\d+(?:\.\d+)?(?:万|千)?(?:张|间|个|席|根|台)(?:床位|病床|客房|学位|座位|停车位|车位|充电桩)")
#: Production lines a project builds, when it gives no yearly output (``新上化妆刷生产线30条``,
#: ``建设5条自动化生产线``).
PRODUCTION_LINES = re.compile(r"(?<=新上|新建|建设|新增|建成|引进|配套|上马)[\u4e00-\u9fff]{0,8}?生产线\d+条"
                              r"|\d+条[\u4e00-\u9fff]{0,8}?生产线")


#: The size of an energy store, power over energy (``200兆瓦/400兆瓦时``, ``100MW/200MWh``).
STORAGE_SIZE = re.compile(r"\d+(?:\.\d+)?万?(?:千瓦|兆瓦|MW)\s*[/／]\s*\d+(?:\.\d+)?万?(?:千瓦时|兆瓦时|MWh)")


#: A capacity raised by an upgrade or an expansion, from the old figure to the new one (``改造后年产日用
#: 陶瓷由3000万件增加到4500万件``, ``日处理鲜奶能力由300吨提升至500吨``, ``年产能将由5万立方米提高到
#: 10万立方米``): what is made and the new figure.
RAISED_CAPACITY = re.compile(r"(?P<what>(?:年产|年处理|年加工|年生产|日处理|日产|日加工)[\u4e00-\u9fff]{0,8}?"
                             r"(?:能力|产能)?|(?:年|日)?产能)(?:将|可)?由\d+(?:\.\d+)?(?:万|亿|千)?"
                             r"(?P<unit>[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,3})"
                             r"(?:提高|提升|增加|增长|扩大|扩|增)(?:到|至)"
                             r"(?P<to>\d+(?:\.\d+)?(?:万|亿|千)?(?P=unit))")
#: Capacity phrases with the number first (``年产5万吨…``), up to the next clause mark or name word,
#: ``及`` or the end of a table's cell (``年产2GWh液流电池电堆及系统集成``).
CAPACITY_NUMBER_FIRST = re.compile(r"(?:年产|年处理|年出栏|年屠宰|年加工|年生产|年吞吐|日处理|日产|日加工)"
                                   r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(?:万|亿|千)?"
                                   r"(?:台套|[吨套台头件辆只张片块条箱]|千升|GWh|GW|MWh|MW)"
                                   r"\w{0,12}?(?=[,，。;；、\t]|的|及|项目|生产线|$)")


def _date(ctx: RecordContext, sent: Span) -> tuple[str | None, Any]:
    """The first day of the sentence; the date of a dateline (``某地7月28日电``) only when it is
    the sentence's one day (it is when the story was filed, not when the event happened)."""
    filed = None
    for m in ctx.mentions_in("dates", sent.start, sent.end):
        if isinstance(m.value, dict):
            if m.value.get("granularity") == "day" and m.value.get("start"):
                if ctx.text.startswith(("电", "讯"), m.end):
                    filed = filed or m
                    continue
                return str(m.value["start"]), m
    if filed is not None:
        return str(filed.value["start"]), filed
    return None, None


def _other_items_day(text: str, sent: Span, name: NameSpan, pos: int) -> bool:
    """Whether a day at ``pos`` lies in another ``；``-item of the sentence than the name's (an
    earlier one, or a later one: ``甲项目…预计11月开工；乙项目9月28日建成``)."""
    if text.find("；", sent.start, sent.end) < 0 and text.find(";", sent.start, sent.end) < 0:
        return False
    i0, i1 = _item_of(text, sent, name)
    return pos < i0 or pos >= i1


#: A project's own amount after its name (``…，投资60万元，``, ``总投资1.2亿元``).
_OWN_AMOUNT = re.compile(r"(?<![^，,\s])(?:总)?投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)元")


def _zone_resolver(ctx: RecordContext, floor: int) -> Callable[[str, int], str | None]:
    """What resolves a zone named by its kind alone (``新区``, ``园区``) at a position: the last
    development zone of that kind the article named before it in full (``某某新区``); ``园区`` after a
    list of zones stays generic."""
    def resolve(kind: str, pos: int) -> str | None:
        if kind == "期":
            return _one_firm(ctx, floor) or _speakers_firm(ctx, floor, pos)
        best = None
        for m in ctx.mentions_in("places", floor, pos):
            name = ctx.text[m.start:m.end]
            if isinstance(m.value, dict) and m.value.get("level") == "zone" and m.end <= pos \
                    and len(name) > len(kind) and (kind == "园区" or name.endswith(kind)) \
                    and (best is None or m.start > best.start):
                best = m
        if best is None or (kind == "园区" and (ctx.text[best.start - 1:best.start] in _LISTED_WITH
                                                 or ctx.text[best.end:best.end + 1] in _LISTED_WITH)):
            return None  # 加快甲开发区、乙开发区扩区…，推动园区标准化厂房建设: the parks in general
        return ctx.text[best.start:best.end]
    return resolve


#: What joins the zones of a list (``甲开发区、乙开发区``): ``园区`` after such a list is no one of them.
_LISTED_WITH = frozenset("、和与及")


#: A company's legal form ending its full name.
_COMPANY_FORM = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团)$")


def _one_firm(ctx: RecordContext, floor: int) -> str | None:
    """The short name of the one firm an article starting at ``floor`` is about (a feature: one
    company, named in full and by its short name, and no other organization), else None."""
    art = next((a for a in ctx.doc.articles if a.start <= floor < a.end), None)
    end = art.end if art is not None else len(ctx.text)
    orgs = ctx.mentions_in("orgs", floor, end)
    names = {str(m.value) for m in orgs}
    if len(orgs) < 2 or len(names) != 1 or not _COMPANY_FORM.search(names.pop()):
        return None
    short = min((ctx.text[m.start:m.end] for m in orgs), key=len)
    return short if 2 <= len(short) <= 6 else None


#: A firm's person speaking, then ``公司`` opening what they say (``某某有限公司总经理某某说，公司…``).
_FIRM_SPEAKS = re.compile(r"(?:总经理|董事长|副总经理|总裁|负责人|厂长)[\u4e00-\u9fff]{2,3}"
                          r"(?:说|表示|介绍|告诉记者)[,，]公司[^，,。；;]{0,8}$")


def _speakers_firm(ctx: RecordContext, floor: int, pos: int) -> str | None:
    """The short name of the firm whose person speaks right before a bare phase
    (``四川某某新材料有限公司总经理某某说，公司正在筹备二期项目`` → ``某某新材料``), else None."""
    m = _FIRM_SPEAKS.search(ctx.text, max(floor, pos - 24), pos)
    if m is None:
        return None
    org = next((o for o in reversed(ctx.mentions_in("orgs", max(floor, m.start() - 30), m.start()))
                if o.end == m.start()), None)
    if org is None:
        return None
    start = org.start
    for place in ctx.mentions_in("places", org.start, org.start + 1):
        start = max(start, place.end)  # (the province or city heading the firm's name)
    short = _COMPANY_FORM.sub("", ctx.text[start:org.end])
    return short if 2 <= len(short) <= 8 else None


#: ``与一家物流企业签订了``: a signing with a partner, right before what the agreement is about.
_SIGNED_WITH = re.compile(r"与(?P<firm>[^，,。；;与]{2,16}?)(?:签订了?|签署了?|签约)$")
#: What a signing is about, after its subject (``…合作协议``, ``…投资框架协议``).
_AGREEMENT_AFTER = re.compile(r"(?:项目)?(?:战略|投资|合作|框架|意向)*协议")


def _unnamed_partners_kind(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """True for a kind of facility agreed on with a firm the text does not name (``与一家物流企业
    签订了冷链物流园合作协议``): no project of its own, neither named, placed nor sized (a
    project with its capacity, ``年产5GWh储能电池项目``, is one)."""
    if re.search(r"\d|项目$", name.name):
        return False
    c0 = ctx.clause_start(name.start, sent.start)
    m = _SIGNED_WITH.search(ctx.text, c0, name.start)
    if m is None or not UNNAMED_FIRM.search(m.group("firm")) \
            or not _AGREEMENT_AFTER.match(ctx.text, name.end, sent.end):
        return False
    return brand_head(name.name, ctx.text) is None and not ctx.mentions_in("places", name.start, name.end)


def _is_zone(ctx: RecordContext, name: NameSpan) -> bool:
    """A name that is a development zone's whole name (``某能源化工基地`` of the zone table, or a
    county and its park, ``某县某工业园区``): the place projects are built in, no project."""
    at, last = name.start, None
    for m in ctx.mentions_in("places", name.start, name.end):  # 某县 + 某工业园区 tile the name too
        if m.start != at or not isinstance(m.value, dict):
            return False
        at, last = m.end, m
    return last is not None and at == name.end and last.value.get("level") == "zone"


def _opening_place(ctx: RecordContext, start: int, end: int, levels: tuple[str, ...] = ("zone",)) -> Any:
    """A development zone opening a name (``某高新区生物医药产业园``) — or, in a table row, a
    county (``准格尔旗煤制烯烃项目``): the project's place.  A city or province opening a name
    may be where the investor comes from."""
    for m in ctx.mentions_in("places", start, start + 1):
        if isinstance(m.value, dict) and m.value.get("level") in levels and m.end < end:
            return m
    return None


#: A town or a development zone (a zone the zone table may not know), or an area of one named
#: alone (``某某片区``; after its district, ``某区某某片区``, the area is read by its own pattern).
_LOCAL = (r"(?:[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|高新区|经开区|开发区|工业园区|工业园|化工园区|产业园区"
          r"|产业园|加工园区|加工园|工业集中区|产业集聚区|新区|示范区|保税区|科技城|产业区|新城|组团)"
          r"|[^\W\d区县市旗州]{2,4}?片区)")
#: The project's amount told first, in a clause of its own (``甲项目总投资52亿元，将在某园区建设``).
_AMOUNT_FIRST = r"(?:(?:总投资|计划投资|投资)额?(?:约|达)?\d+(?:\.\d+)?[亿万]元[，,])?"
_LOCAL_LEAD = re.compile(r"(?:比如|例如|如|其中|而|像|在|位于)")
#: ``在某某镇，总投资…的甲项目``, ``位于某高新区的甲项目``, ``某公司在某工业园投资的甲项目``: a local
#: place set before the name.
#: (also where a firm will build what is named right after: ``某公司将在某某乡建设甲基地``)
_DETAIL_AT = re.compile(rf"(?:在|位于)(?P<d>{_LOCAL})(?:的|[,，]|(?:投资|建设|投资建设|新建)的"
                        r"|(?:投资)?(?:建设|新建|兴建)$"
                        # (its sum between: ``在某镇投资4.2亿元，建设``)
                        r"|投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)?元[,，]?(?:建设|新建|兴建)$)")
#: ``将在某县某镇建设甲项目``, ``位于某区某街道的甲项目``: a town printed after its county, set before
#: the name.
_TOWN_IN_COUNTY_AT = re.compile(r"(?:在|位于)[\u4e00-\u9fff]{1,7}?[县区市旗]"
                                r"(?P<d>(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道))"
                                r"(?:的|[,，]|(?:投资|建设|投资建设|新建)的|(?:投资)?(?:建设|新建|兴建)$)")
#: ``在某村，投资…的甲项目``, ``在某镇某村建设的甲项目``: a village set before the name (not
#: ``农村``, ``山村``…).
_VILLAGE_AT = re.compile(r"(?:在|位于)(?P<d>[\u4e00-\u9fff]{2,8}?(?<![农乡山渔])村)"
                         r"(?:的|[,，]|(?:建设|新建|实施)的?)")
#: ``某市锂电产业园内，甲项目开工``: a park or zone framing the sentence, its scene.
#: (also a park holding the firm named next, right before the name: ``某县某产业园内的甲公司乙项目``)
_DETAIL_IN = re.compile(rf"(?:[\u4e00-\u9fff]{{1,5}}?[县市区旗])?(?P<d>{_LOCAL})内(?:[,，]|的$)")
#: ``某经济开发区的甲项目``, ``某镇某村的甲项目``: a zone or town (with its village) right before the name.
_DETAIL_OF = re.compile(rf"(?P<d>{_LOCAL}(?:[^\W\d镇乡村]{{2,3}}(?<![农乡山渔])村)?)的$")
#: A town of one character and ``镇`` opening a clause, right before the name (``；某镇的甲公司…项目``);
#: not a class of places (``城镇``, ``乡镇``, ``村镇``, ``各镇``, ``全镇``).
_ONE_CHARACTER_TOWN_OF = re.compile(r"(?<=[，,；;。：:\n])"
                                    r"(?P<d>[^\W\d城乡村集小市县区各全本该每一两重名]镇)的$")
#: ``甲项目已于6月底在某高新区建成投产``: a local place between the name and its event.
#: (also a cluster of a park named alone: ``甲项目在某某组团竣工投产``)
_DETAIL_AFTER = re.compile(rf"(?:[，,](?=(?:总投资|计划投资|投资)))?{_AMOUNT_FIRST}[^，,。；;]{{0,12}}?"
                           # (a village in the town: ``甲项目在某镇某村完工验收``)
                           rf"在(?P<d>(?:{_LOCAL}|[\u4e00-\u9fff]{{2,4}}?组团)"
                           r"(?:[^\W\d镇乡村]{2,3}(?<![农乡山渔])村)?)"
                           # (works under way there: ``甲项目在某工业园区加快建设``)
                           r"(?:加快|加紧|抓紧|全面|有序|顺利)?(?:建成|建设|开工|投产|落地|落户|竣工|完工|签约)")
#: ``甲项目（以下简称…）正式落户某县某镇工业园区``, ``…建设甲项目，落户某工业园区``, ``甲项目总投资
#: 5亿元，落户某工业园区``: the town or park a project settles in.
_DETAIL_SETTLES = re.compile(rf"{_AMOUNT_FIRST}(?:[，,](?=落户))?[^，,。；;]{{0,20}}?落户(?:于|在|到)?"
                             rf"(?:[\u4e00-\u9fff]{{1,5}}?[县市区旗])?(?P<d>{_LOCAL})")
#: ``高庙镇设施农业产业园项目``, ``某某片区电子信息产业园``: a town or an area of a zone opening the name.
_TOWN_OPENS = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,3}(?:镇|乡|街道|片区)(?![至到])(?=[\u4e00-\u9fff]{4})"
                         # an ethnic township with its village (``某某苗族乡某某村产业路项目``)
                         r"|[\u4e00-\u9fff]{1,3}?(?:苗族|彝族|藏族|羌族|回族|土家族|蒙古族|布依族|侗族|瑶族)+乡"
                         r"(?:[^\W\d镇乡村]{2,3}村)?(?=[\u4e00-\u9fff]{4})")


#: ``该村`` right before a name: the village the sentence before named.
_THIS_VILLAGE = re.compile(r"该村[^,，。;；]{0,10}$")
#: A village, with its town first when printed (``某某镇某某村``).
_VILLAGE = re.compile(r"(?:[^\W\d县市区省州]{2,3}(?:镇|乡|街道))?[^\W\d县市区省州镇乡]{2,3}村(?=[,，。;；])")


def _village_before(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """The village (with its town) named in the sentence before when ``该村`` leads to the name
    (``走进某镇某村,…。这是该村今年实施的甲项目``); None otherwise."""
    if not _THIS_VILLAGE.search(text, max(sent.start, name.start - 14), name.start):
        return None
    prev = max(text.rfind("\n", 0, sent.start) + 1, sent.start - 120)
    found = list(_VILLAGE.finditer(text, prev, sent.start))
    return found[-1] if found else None


#: Sets of clause-ending characters looked up with ``RecordContext.last_mark``/``next_mark`` (each
#: stands for ``max(text.rfind(c, …) for c in …)`` or ``min(text.find(c, …) …)`` over its characters).
_SEMICOLONS = frozenset("；;")
_SEMICOLONS_COMMAS = frozenset("；;，,")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_FULL_STOPS = frozenset("。！？\n")
_STOPS_IN_LINE = frozenset("。！？")
_CLAUSE_ENDS = frozenset(",，。;；:：\n")
_ITEM_ENDS = frozenset("。；;！？\n")
_ITEM_ENDS_ALL = frozenset("。；;！!？?\n")
_ITEM_OR_CLAUSE_ENDS = frozenset("，,。；;！？\n")


def _detail_around(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """The match of the town, zone or village printed around a name (the patterns above, the last
    one set before the name first), else None."""
    lo = max(sent.start, name.start - 40)
    lo = max(lo, text.rfind("；", lo, name.start) + 1)  # (a town of the item before is its project's)
    # the words each pattern needs (在/位于, 内, 的 right before the name) before running it: the
    # zone patterns open with a lazy run of characters the engine would try at every position
    found = [*_DETAIL_AT.finditer(text, lo, name.start), *_VILLAGE_AT.finditer(text, lo, name.start),
             *_TOWN_IN_COUNTY_AT.finditer(text, lo, name.start)] \
        if text.find("在", lo, name.start) >= 0 or text.find("位于", lo, name.start) >= 0 else []
    if text.find("内", lo, name.start) >= 0:
        found.extend(_DETAIL_IN.finditer(text, lo, name.start))
    if len(found) > 1:
        found.sort(key=_MATCH_START)
    m = found[-1] if found else _detail_next_to(text, sent, name)
    if m is None and lo > sent.start:
        m = _framing_zone(text, sent, lo)
    return m if m is not None else _village_before(text, sent, name)


def _framing_zone(text: str, sent: Span, item: int) -> re.Match | None:
    """A zone or town framing the whole sentence in its first clause (``某工业园区内，…；乙项目…``,
    ``在某园区，…；…``): the scene of every ``；``-item, when the item at ``item`` names no place."""
    c1 = min((k for k in (text.find(c, sent.start, item) for c in ",，") if k >= 0), default=-1)
    if c1 < 0:
        return None
    for pat in (_DETAIL_IN, _DETAIL_AT):
        m = pat.search(text, sent.start, c1 + 1)
        if m is not None and m.end() == c1 + 1:
            before = text[sent.start:m.start()].strip()
            if not before or before.endswith(("讯", "）", ")")):  # (after a dateline: 本报讯 在某园区，)
                return m
    return None


def _detail_next_to(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """A zone or town right before the name (``…开发区的``), between it and its event (``在…建成``),
    where it settles (``落户…``) or opening it; each pattern only where its word is."""
    lo = max(sent.start, name.start - 14)
    m = _DETAIL_OF.search(text, lo, name.start) if _ends_with_de(text, lo, name.start) else None
    if m is None and text.startswith("镇的", name.start - 2):
        m = _ONE_CHARACTER_TOWN_OF.search(text, max(sent.start, name.start - 4), name.start)
    if m is None and text.find("在", name.end, min(sent.end, name.end + 13)) >= 0:
        m = _DETAIL_AFTER.match(text, name.end, sent.end)
    if m is None and text.find("落户", name.end, min(sent.end, name.end + 22)) >= 0:
        m = _DETAIL_SETTLES.match(text, name.end, sent.end)
    return m or _TOWN_OPENS.match(text, name.start, name.end)


#: The start of a match (sort key).
_MATCH_START = methodcaller("start")


#: A town or township heading a project's name, right before its capacity (``某某镇年屠宰…``).
_TOWN_HEAD = re.compile(r"([\u4e00-\u9fff]{1,4}(?:镇|乡|街道))(?=年产|年屠宰|年加工|年出栏|年处理|年生产)")


def _local_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A town or zone printed around a project's name (see the patterns above) is its ``detail``
    when the place mentions gave none."""
    text = ctx.text
    town = _TOWN_HEAD.match(text, name.start, name.end)
    if town is not None:  # 某某镇年屠宰…项目: the town heading the name is where it is built
        r.set("location", {**r.get("location"), "detail": town.group(1)}, *r.fields["location"].evidence,
              ctx.evidence(*town.span(1)))
        return
    m = _detail_around(text, sent, name)
    if m is None:
        return
    d0, d1 = m.span("d") if "d" in m.re.groupindex else m.span()
    lead = _LOCAL_LEAD.match(text, d0, d1)
    if lead is not None:
        d0 = lead.end()
    if text.endswith(("镇", "乡", "街道"), d0, d1):
        for county in ctx.mentions_in("places", d0, d0 + 1):
            if county.end < d1 and (county.value or {}).get("level") == "county":
                d0 = county.end  # 在某区某街道开工: the street is the detail, the district its place
    if d1 - d0 < 3 and m.re is not _ONE_CHARACTER_TOWN_OF:
        return
    loc = dict(r.get("location"))
    loc["detail"] = text[d0:d1]
    r.set("location", loc, *r.fields["location"].evidence, ctx.evidence(d0, d1))


#: A project set in the park by its kind alone, after its name (``甲项目在园区开工``, ``…今年7月签约落户
#:园区``).
_IN_BARE_PARK = re.compile(r"[^，,。；;]{0,14}?(?:在|落户(?:于|在|到)?|入驻|落地)园区(?![内外里])")
#: A park's whole name (``某某绿色产业园``, ``某工业园区``).
_WHOLE_PARK = re.compile(r"(?:工业园区|产业园区|工业园|产业园)$")


def _bare_park_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project set ``在园区`` or ``落户园区`` after its name is in the park the article named before
    it, when it named only one (``依托某某产业园…。甲项目在园区竣工投产``): that park is its detail."""
    text = ctx.text
    if not _IN_BARE_PARK.match(text, name.end, sent.end) or sent.article is None \
            or not 0 <= sent.article < len(ctx.doc.articles):
        return
    art = ctx.doc.articles[sent.article]
    parks: dict[str, tuple[int, int]] = {}
    for n in find_names(text, art.start, sent.start):
        if not _WHOLE_PARK.search(n.name):
            continue
        p0 = n.start
        for m in ctx.mentions_in("places", n.start, n.end):  # 某县某产业园: the park without its county
            if m.start == p0 and isinstance(m.value, dict) and m.value.get("level") != "zone":
                p0 = m.end
        if n.end - p0 >= 4:
            parks.setdefault(text[p0:n.end], (p0, n.end))
    if len(parks) == 1:
        (park, span), = parks.items()
        r.set("location", {**r.get("location"), "detail": park}, *r.fields["location"].evidence,
              ctx.evidence(*span))


#: A village's collective (``某镇某村股份经济合作社``, ``某村集体经济组织``): its village, with its town
#: when printed, is where the collective's project stands.
_COLLECTIVE_VILLAGE = re.compile(r"(?P<d>(?:[^\W\d县市区省州与和及的]{2,4}?(?:镇|乡|街道))?"
                                 r"[^\W\d县市区省州镇乡与和及的]{1,4}?村)"
                                 r"(?:股份)?(?:经济)?(?:合作社|集体经济组织)")
#: A town heading the clause before a firm's name (``平凯街道的某家庭农场投资…建设的甲项目``).
_TOWN_OF_FIRM = re.compile(r"(?:另外|此外|其中|同时|同样)?[,，]?(?P<d>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))的"
                           r"(?=[^,，。;；]{2,30}?(?:投资|出资))")


def _collective_village_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project with no detail whose investor or partner is a village's collective (``由某镇某村股份
    经济合作社投资建设的甲项目``, ``甲项目由某村股份经济合作社引进…``, ``某公司与某村股份经济合作社合作的
    甲项目``) stands in that village; a town heading the investing firm's clause (``某街道的某家庭农场
    投资…的甲项目``) is its town."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    m = _COLLECTIVE_VILLAGE.search(str(r.get("investor") or ""))
    if m is not None:
        inv = r.fields["investor"].evidence[0]
        d0, d1 = inv.start + m.start("d"), inv.start + m.end("d")
    else:
        found = list(_COLLECTIVE_VILLAGE.finditer(text, c0, name.start)) \
            if text.find("村", c0, name.start) >= 0 else []
        if not found and text.startswith("由", name.end):  # (甲项目由某村股份经济合作社引进…)
            found = [m for m in [_COLLECTIVE_VILLAGE.match(text, name.end + 1)] if m is not None]
        town = _TOWN_OF_FIRM.match(text, c0, name.start) if not found else None
        if not found and town is None:
            return
        d0, d1 = found[-1].span("d") if found else town.span("d")
    if text[d0:d1].startswith(("该", "本", "全")):
        return
    r.set("location", {**r.get("location"), "detail": text[d0:d1]}, *r.fields["location"].evidence,
          ctx.evidence(d0, d1))


#: Words of a visit or a site inside the run a zone pattern took before a zone (``首站来到位于某工业园区``).
_SITE_WORD = re.compile(r".*(?:位于|来到|走进|前往)")


def _after_site_word(text: str, d0: int, d1: int) -> int:
    """Where a detail starts after the last word of a visit or a site in ``text[d0:d1]``."""
    m = _SITE_WORD.match(text, d0, d1)
    return m.end() if m is not None and d1 - m.end() >= 3 else d0


def _own_detail(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A zone or town told right next to the name (``某产业区的甲项目``, ``甲项目落户某开发区``)
    is the project's own ``detail``, over one a place mention earlier in the sentence gave (the
    zone of the item before: ``位于甲开发区的A项目…；乙产业区的B项目…``)."""
    m = _detail_next_to(ctx.text, sent, name)
    if m is None or "d" not in m.re.groupindex:
        return
    d0, d1 = m.span("d")
    lead = _LOCAL_LEAD.match(ctx.text, d0, d1)
    if lead is not None:
        d0 = lead.end()
    d0 = _after_site_word(ctx.text, d0, d1)
    loc = r.get("location")
    if d1 - d0 < 3 or ctx.text[d0:d1] == loc.get("detail"):
        return
    r.set("location", {**loc, "detail": ctx.text[d0:d1]},
          *r.fields["location"].evidence, ctx.evidence(d0, d1))


#: The projects of an event a clause opens on (``签约项目中``, ``此次集中开工的项目中``).
_EVENT_PROJECTS = (r"(?:此次|本次|这次|今天|当天|现场)?(?:集中)?(?:签约|签订|开工|竣工|投产)的?"
                   r"(?:重点|重大)?项目中")
#: What an agreement provides, opening a clause (``根据协议``, ``按照投资合同``).
_BY_AGREEMENT = r"(?:根据|按照|依据)(?:投资|合作|框架|签约)?(?:协议|合同)"
#: How a list item naming its investor first may open (``其中，``, ``签约项目中，``, ``根据协议，``).
_ITEM_OPENER = rf"(?:其中|另外|此外|同时|{_EVENT_PROJECTS}|{_BY_AGREEMENT})?"


#: A part of a list opening with its investor, then the amount, then what it builds
#: (``某集团将投资18亿元，在…打造甲项目``, ``某株式会社追加投资1.2亿美元，扩建乙生产线``,
#: ``某公司旗下企业拟投资25亿港元建设丙项目``).
_INVESTOR_HEAD = re.compile(_ITEM_OPENER + r"[,，]?(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,20}?)"
                            r"(?:旗下(?:企业|公司))?(?:拟|将|计划)?(?:追加|增资|再)?投资"
                            rf"(?=[\d约近超逾]|人民币|{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元))")
#: A company at an item's head building the name right after a place (``其中，某某股份有限公司将在某高新区
#: 某园区建设甲项目``).
_INVESTOR_BUILDS_AT = re.compile(_ITEM_OPENER + r"[,，]?(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,20}?)"
                                 r"(?:拟|将|计划)?在[^,，;；。]{2,16}?(?:投资)?(?:新建|建设|打造)")
#: How an investor named at a list item's head looks: a company's legal form, or the home
#: country or region of a foreign investor.
_INVESTOR_LOOK = re.compile(r"(?:集团|公司|株式会社|控股|股份|有限公司|合作社|家庭农场)$"
                            r"|^(?:德国|法国|英国|美国|日本|韩国|新加坡|香港|澳门|台湾|意大利|荷兰|瑞士|瑞典|丹麦|"
                            r"芬兰|挪威|西班牙|比利时|奥地利|加拿大|澳大利亚|泰国|马来西亚|印度尼西亚|越南|阿联酋|沙特)")


#: A town, township, street or village closing the words before a capacity in a name (``某某镇年屠宰…``):
#: the project's place, no investor.
_TOWN_END = re.compile(r"[\u4e00-\u9fff](?:镇|乡|街道|村|社区)$")


def _investor_heading(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The investor heading the list item of a name (see :data:`_INVESTOR_HEAD`)."""
    text = ctx.text
    s0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS, sent.start, name.start))
    m = _INVESTOR_HEAD.match(text, s0, name.start) or _INVESTOR_BUILDS_AT.fullmatch(text, s0, name.start)
    if m is None or not _INVESTOR_LOOK.search(m.group("inv")):
        return
    r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))


#: A firm brought in, then what it invests in and builds, right before the name (``随即引进甲有限公司,
#: 投资5.2亿元建设…项目``).
_BROUGHT_IN_BUILDS = re.compile(r"引进(?P<inv>[\u4e00-\u9fff]{2,20}?"
                                r"(?:股份有限公司|有限责任公司|有限公司|集团))[,，](?:并|由其)?投资[^,，;；。]{0,12}?(?:建设|新建|上马|新上|实施)$")
#: A sentence's subject investing in one place after another (``某集团将在甲市投资…建设…，在乙县…``).
_SUBJECT_INVESTS = re.compile(r"(?:(?:根据|按照)(?:协议|规划|计划)[,，])?"
                              r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,12}?)"
                              r"(?:还|也|又)?(?:将|拟|计划|准备|预计)?(?:分别)?在")
#: The clause of an item of such a sentence, up to the name: ``在某地投资N亿元建设``, also with the
#: works in a clause of their own (``在某镇投资4.2亿元，建设``).
_IN_PLACE_INVESTS = re.compile(r"(?:[^,，;；。]{0,16}?)在[^,，;；。]{1,16}?投资[^,，;；。]{0,16}"
                               r"(?:[,，](?:新建|建设|兴建|打造))?$")
#: A clause of the building verb alone before a name (``，建设甲项目``).
_BUILD_CLAUSE = re.compile(r"(?:新建|建设|兴建|打造)")
#: A sum closing a clause (``投资4.2亿元，``).
_SUM_CLOSES = re.compile(r"投资(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿)?元[,，]")
#: A firm's short form: its name and ``公司`` or ``集团`` with no legal form (``某某公司``).
_SHORT_FORM_TAIL = re.compile(r"(?:公司|集团)$")
#: A company's legal form (``有限公司``, ``股份公司``): a full name, no short form.
_FULL_LEGAL_FORM = re.compile(r"(?:有限|股份|责任)(?:公司)?|有限公司|集团公司")


def _investor_subject(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The subject opening a sentence whose items invest place by place (``某集团将在甲市投资…建设甲项目，
    在乙县投资…建设乙项目``) invests in each item's project.  A short subject (``中国某某``) is the
    company named before in the article whose full name begins with it or that was given it as a
    short name (``（以下简称“…”）``)."""
    text = ctx.text
    c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start))
    if c0 > sent.start and _BUILD_CLAUSE.fullmatch(text, c0, name.start):
        # 某公司将在某镇投资4.2亿元，建设甲项目: the sum and the works in two clauses
        c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, c0 - 1))
        if not _SUM_CLOSES.search(text, c0, min(c0 + 40, name.start)):
            return
    if not _IN_PLACE_INVESTS.match(text, c0, name.start):
        return
    m = _SUBJECT_INVESTS.match(text, sent.start, name.start)
    if m is None:
        return
    subject = m.group("inv")
    if _INVESTOR_LOOK.search(subject) and not subject.startswith(("该", "这")):
        full = _full_company(ctx, _SHORT_FORM_TAIL.sub("", subject), sent) \
            if _SHORT_FORM_TAIL.search(subject) and not _FULL_LEGAL_FORM.search(subject) else None
        if full is not None:  # 渝味佳公司 for the 某某渝味佳食品有限公司 of the sentence before
            full = _whole_org(ctx, full)
            r.set("investor", text[full[0]:full[1]], ctx.evidence(*full))
        else:
            r.set("investor", subject, ctx.evidence(m.start("inv"), m.end("inv")))
        return
    full = _full_company(ctx, subject, sent)
    if full is not None:
        r.set("investor", text[full[0]:full[1]], ctx.evidence(*full))


#: ``公司位于某高新区的甲项目``: the bare word for the firm the story is about, then where its works are.
_FIRM_WORD_SITED = re.compile(r"(?<![\u4e00-\u9fff])(?:该)?(?:公司|企业|集团)(?:旗下)?位于"
                              r"[^，,。；;]{2,20}?的$")
#: A place naming a team by where it is posted (``宁波小分队``, ``深圳招商组``).
_TEAM_POSTED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:招商)?(?:小分队|分队|工作组|招商组|驻点组)")
#: A company's full legal name, after a mark, a joining word or at a line's head.
_LEGAL_NAME = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及、同]))[\u4e00-\u9fff]{2,24}?"
                         r"(?:股份有限公司|有限责任公司|有限公司)")


def _firm_word_sited(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project whose clause opens on the bare word for a firm and its site (``年报显示，公司位于某高新区
    的甲项目已建成``) is the firm's the article names in full, when it names one company only."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if _FIRM_WORD_SITED.search(text, c0, name.start) is None:
        return
    art = next((a for a in ctx.article_spans() if a.start <= sent.start < a.end), None)
    lo = art.start if art is not None else 0
    firms = {m.group(): m for m in _LEGAL_NAME.finditer(text, lo, c0)}
    if len(firms) == 1:
        [m] = firms.values()
        r.set("investor", m.group(), ctx.evidence(m.start(), m.end()))


#: A clause opening on the bare word for a firm right after its own person speaks
#: (``该公司副总经理某某说,公司今年又投资…``): the speaker's firm.
_SPEAKER_FIRM = re.compile(r"该公司[\u4e00-\u9fff]{2,12}?(?:说|介绍|表示|告诉记者)[,，]$")


def _firm_word_after_its_speaker(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A project whose clause opens on ``公司`` after ``该公司`` and its person speaking
    (``该公司总经理某某说,公司今年投资…实施甲项目``) is the firm named in full last before ``该公司``
    in the paragraph."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if not text.startswith("公司", c0):
        return
    m = _SPEAKER_FIRM.search(text, max(sent.start, c0 - 24), c0)
    if m is None:
        return
    para = text.rfind("\n", 0, m.start()) + 1
    firms = list(_LEGAL_NAME.finditer(text, para, m.start()))
    if firms:
        r.set("investor", firms[-1].group(), ctx.evidence(firms[-1].start(), firms[-1].end()))


def _whole_org(ctx: RecordContext, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened to the organisation mention ending with it (a place heading the firm's name,
    ``重庆某某食品有限公司`` for ``某某食品有限公司``)."""
    for org in ctx.mentions_in("orgs", max(0, span[0] - 12), span[0] + 1):
        if org.end == span[1] and org.start <= span[0]:
            return org.start, org.end
    return span


#: A company's legal name after the first characters it shares with its short form.
_LEGAL_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,16}(?:股份有限公司|有限责任公司|有限公司)"
                         r"|[\u4e00-\u9fffA-Za-z]{0,12}?(?:集团|公司)")
#: What stands before a company's name given a short name (``与``, ``、``, a clause mark).
_NAME_LEFT = "与和同及、,，。;；:：\n"


def _full_company(ctx: RecordContext, short: str, sent: Span) -> tuple[int, int] | None:
    """The span of the company named earlier in the article that ``short`` stands for: its full name
    begins with it (``中国某某建设集团有限公司`` for ``中国某某``), or it was given as its short name
    (``某某新材料有限公司（以下简称“某某”）``)."""
    text = ctx.text
    art = next((a for a in ctx.article_spans() if a.start <= sent.start < a.end), None)
    lo = art.start if art is not None else 0
    at = text.find(short, lo, sent.start)
    while at >= 0:
        m = _LEGAL_TAIL.match(text, at + len(short))
        if m is not None and m.end() > at + len(short):
            return at, m.end()
        at = text.find(short, at + 1, sent.start)
    for m in SHORT_NAME.finditer(text, lo, sent.start):
        if m.group("short") != short:
            continue
        left = max(text.rfind(c, max(lo, m.start() - 30), m.start()) for c in _NAME_LEFT) + 1
        left = max(left, lo)
        if m.start() - left >= 4 and _INVESTOR_LOOK.search(text, left, m.start()):
            return left, m.start()
    return None


def _firms_county(ctx: RecordContext, r: Record, name: NameSpan, place: Any) -> Any:
    """A county's short name opening the investor read from a name (``某川某成50万吨…项目``, investor
    ``某川某成``): a local firm named after its county, where the project is built, when the place
    found so far is that county's city (or none)."""
    investor = r.get("investor")
    if not investor or len(investor) < 4 or not ctx.text.startswith(investor, name.start):
        return None
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        v = m.value
        if m.start == name.start and isinstance(v, dict) and v.get("level") == "county" \
                and m.end - m.start >= 2 and m.end <= name.start + len(investor) - 2 \
                and (place is None or (place.value.get("level") == "prefecture"
                                       and place.value.get("city") == v.get("city"))):
            return m
    return None


def _opening_division(ctx: RecordContext, name: NameSpan) -> Any:
    """A prefecture or county heading a name (``某市某港区二期工程``), not inside an organization's
    name: where the project is, when the other places gave no city."""
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        if isinstance(m.value, dict) and m.start == name.start and m.value.get("city") \
                and m.value.get("level") in ("prefecture", "county") and name.end - m.end >= 4 \
                and not any(o.start <= m.start < o.end for o in ctx.orgs):
            return m
    return None


def _inner_place(ctx: RecordContext, name: NameSpan) -> Any:
    """A prefecture, county or zone inside a name after its first characters (after the investor), not
    inside an organization's name: the place of the project."""
    for m in ctx.mentions_in("places", name.start + 2, name.end):
        if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county", "zone") \
                and m.start >= name.start + 2 and m.end < name.end \
                and not any(o.start <= m.start < o.end for o in ctx.orgs):
            return m
    return None


#: A phase alone before a capacity (``一期12万平方米标准厂房``, ``园区二期…``): no investor.
_PHASE_ONLY = re.compile(r"(?:园区|厂区|基地|项目)?(?:[一二三四五六首本]期|新建|扩建|续建)(?:工程|项目)?")


def _only_places(ctx: RecordContext, start: int, end: int) -> bool:
    """True when place mentions cover ``start``–``end`` (``汉中市勉县`` before a capacity: no investor)."""
    pos = start
    for m in ctx.mentions_in("places", start, end):
        if m.start > pos:
            return False
        pos = max(pos, m.end)
    return pos >= end


#: Where a power plant stands, after a county's short form heading its name (``某闻海上风电场项目``).
_PLANT_SITE = re.compile(r"(?:海上|陆上|近海|深远海|分布式|分散式)")
#: A county written in full (``某某县``, ``某某区``, ``某某市``, ``某某旗``), not a short form (a brand?).
_FULL_COUNTY = re.compile(r"[县区市旗]$")
#: What may stand between a place and the name it locates (``某市签约的``, ``某盟的``).
_PLACE_OF = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?(?:签约|引进|开工|落户|建设|投资|新建|落地|竣工|投产))?的")


#: Where the event told right after a name happens (``甲项目今年5月在某某经开区开工``).
_EVENT_AT_AFTER = re.compile(rf"{_AMOUNT_FIRST}[^，,。；;在]{{0,12}}?在(?P<p>[^，,。；;在]{{2,14}}?)"
                             r"(?:加快|加紧|抓紧|全面|有序|顺利|正式)?"
                             r"(?:建成|建设|开工|投产|落地|落户|竣工|完工|签约)")


def _event_place_after(ctx: RecordContext, sent: Span, name: NameSpan, place: Any) -> Any:
    """A county, or a zone of a known county, where the event told right after a project's name
    happens (``甲项目今年5月在某某经开区开工``), when the place found so far names no county and lies
    in the same city: that place, else None."""
    if ctx.text.find("在", name.end, min(sent.end, name.end + 40)) < 0:
        return None  # cheap test before the pattern
    m = _EVENT_AT_AFTER.match(ctx.text, name.end, sent.end)
    if m is None:
        return None
    for p in ctx.mentions_in("places", m.start("p"), m.end("p")):
        if p.start != m.start("p") or p.end != m.end("p") or not isinstance(p.value, dict):
            continue
        level = p.value.get("level")
        known = p.value.get("county") if level == "zone" else p.value.get("city")
        if level in ("county", "zone") and known \
                and (place is None or place.value.get("city") == p.value.get("city")):
            return p


#: What joins a firm to the place it signs with (``甲有限公司与某高新区签订…``).
_SIGNS_WITH = re.compile(r"与(?:[^，,。;；]{0,2})$")


def _partner_place(ctx: RecordContext, sent: Span, name: NameSpan, place: Any) -> Any:
    """A place heading a firm's name (``杭州某机械有限公司``: its home) when the firm signs with a zone
    or county right after it (``…与某高新区签订投资协议，…建设甲基地``): that zone or county, where the
    project goes; else None."""
    org = next((o for o in ctx.mentions_in("orgs", max(sent.start, place.start - 2), place.end)
                if o.start <= place.start and place.end < o.end), None)
    if org is None or not _SIGNS_WITH.match(ctx.text, org.end, org.end + 1):
        return None
    for m in ctx.mentions_in("places", org.end, name.start):
        if isinstance(m.value, dict) and m.value.get("level") in ("zone", "county") \
                and m.start - org.end <= 3 and ctx.text.find("与", org.end, m.start) >= 0:
            return m
    return None


def _own_place(ctx: RecordContext, sent: Span, name: NameSpan) -> Any:
    """A county opening a name (``某县年产…项目``, ``某市某县…项目``) or a place heading the name's
    clause (``某市签约的甲项目``, ``某盟的乙电站``): where the project is, else None.

    A city opening the name itself may be the investor's home, and a short county name
    (``某州新能源…``) may be a brand, so only counties written in full count there.
    """
    at_name = [m for m in ctx.mentions_in("places", name.start, min(name.end, name.start + 12))
               if isinstance(m.value, dict)]
    if at_name and at_name[0].start == name.start:
        first = at_name[0]
        level = first.value.get("level")
        if level == "county" and first.end < name.end and (_FULL_COUNTY.search(first.surface)
                                                            or _PLANT_SITE.match(ctx.text, first.end)):
            return first  # (a short form before where a plant stands: ``某闻海上风电场``)
        if level == "prefecture" and len(at_name) > 1 and at_name[1].start == first.end \
                and at_name[1].value.get("level") == "county" and at_name[1].end < name.end \
                and _FULL_COUNTY.search(at_name[1].surface):
            return at_name[1]
    c0 = ctx.clause_start(name.start, sent.start)
    if ctx.text.find("的", c0, name.start) < 0:
        return None  # cheap test before the mentions
    for m in reversed(ctx.mentions_in("places", c0, name.start)):
        if isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "county") \
                and _PLACE_OF.fullmatch(ctx.text, m.end, name.start):
            return m
    return None


#: A town, township or street right after a county heading a name (``某县某某镇甲项目``); not the
#: first end of a route (``某镇至某镇公路``: the road runs between two towns).
_TOWN_AFTER_COUNTY = re.compile(r"(?!城乡)[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![至到])"
                                r"(?=[\u4e00-\u9fff]{4})")
#: A port area right after a district printed in full heading a name (``某某区某某港区二期扩能工程``).
_PORT_AFTER_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,4}?港区(?=[\u4e00-\u9fff]{4})")


def _county_head(ctx: RecordContext, name: NameSpan) -> tuple[Any, tuple[int, int] | None]:
    """A county printed under its full name at the head of a project's name (``某某旗甲项目``,
    ``某县某镇乙项目``): the project's county, with the town after it (its ``detail``) when there
    is one.  A short form (``某南新能源…``) may be an investor's or a zone's name and is read only
    with a town right after it (``丰都栗子乡抽水蓄能电站``: the town makes it the county)."""
    for m in ctx.mentions_in("places", name.start, name.start + 1):
        v = m.value
        if not isinstance(v, dict) or v.get("level") not in ("county", "district") or m.start != name.start \
                or name.end - m.end < 4:
            continue
        town = _TOWN_AFTER_COUNTY.match(ctx.text, m.end, name.end)
        if m.surface != v.get("name") and town is None:
            continue
        if town is None:
            town = _PORT_AFTER_COUNTY.match(ctx.text, m.end, name.end)
        return m, (town.span() if town is not None else None)
    return None, None


#: The works a section of a line belongs to, right before the section's place (``…输变电工程某某段``).
_SECTION_OF = re.compile(r"(?:工程|线|公路|铁路|高速|管道|渠)$")


def _section_county(ctx: RecordContext, name: NameSpan) -> Any:
    """A county or district naming the section of a line or works that ends a project's name
    (``甲—乙500千伏输变电工程某昌段``): the section is built there, the county is the project's."""
    text = ctx.text
    for m in ctx.mentions_in("places", name.start + 1, name.end + 8):
        v = m.value
        if isinstance(v, dict) and v.get("level") in ("county", "district") \
                and name.end in (m.start, m.end + 1) and text.startswith("段", m.end) \
                and _SECTION_OF.search(text, name.start, m.start):
            return m
    return None


def _invest_place(ctx: RecordContext, sent: Span, name: NameSpan) -> Any:
    """The place of ``在某市某区投资N亿元建设甲项目`` in the name's clause: where the investor builds it
    (one investor may build in several cities of one story)."""
    text = ctx.text
    c0 = max(sent.start, 1 + ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start))
    if text.find("投资", c0, name.start) < 0:
        return None
    places = [m for m in ctx.mentions_in("places", c0, name.start) if isinstance(m.value, dict)]
    for i in range(len(places) - 1, -1, -1):
        m = places[i]
        if not text.startswith("投资", m.end):
            continue
        j = i
        while j > 0 and places[j - 1].end == places[j].start:
            j -= 1  # 在百色市平果市投资: the places named one after the other
        return m if text[places[j].start - 1:places[j].start] == "在" else None
    return None


#: After a name, in its item: the month it was signed (``…，2月已签约落户某开发区``).
_SIGNED_ON = re.compile(r"[，,]\d{1,2}月(?:初|底|中旬|上旬|下旬)?(?:已经|已|正式|成功)"
                        r"(?P<cue>签约落户|签约|签订协议|落户)")


#: What a signed agreement says the parties will build (``双方将合作建设``, ``该公司将投资建设``, the
#: firm by its short name: ``某某汇能将在某镇投资建设``).
_AGREED_WORKS = re.compile(r"(?:协议|合同)[^。；;！？]{0,6}?[，,](?:双方|三方|各方|该公司|企业|对方"
                           r"|(?!力争|争取|计划|预计|确保|拟|今年|明年)[\u4e00-\u9fff]{2,8}?)"
                           r"将(?:在[^，,。；;]{1,12}?)?(?:合作|共同|联合|投资|出资)(?:建设|打造|实施|兴建)"
                           # (a store's power before its name: ``投资建设10万千瓦/20万千瓦时储能电站``)
                           r"(?:[\d.]+(?:万千瓦|兆瓦|MW|GW)[/／])?$")


def _signed_before(ctx: RecordContext, sent: Span, name: NameSpan, s0: int, s1: int,
                   signed_on: re.Match[str] | None) -> bool:
    """True when a project's signing is told as done although its sentence plans what comes next:
    after its name with its month (:data:`_SIGNED_ON`), or before it in a clause qualifying it
    (``年初集中签约的甲项目，…力争4月开工``, ``该区引进的乙项目``) with no plan word of its own."""
    if signed_on is not None:
        return True
    if s1 <= name.start and _AGREED_WORKS.search(ctx.text, s1, name.start) is not None \
            and sent.start <= s0 and target_in(ctx.text[ctx.clause_start(s0, sent.start):s0]) is None:
        return True  # 甲与乙签订投资协议，双方将合作建设丙项目: the signing is done, the works agreed on
    if not (s1 <= name.start and ctx.text.startswith("的", s1) and s1 + 1 >= name.start - 1):
        return False
    c0 = ctx.clause_start(s0, sent.start)
    return target_in(ctx.text[c0:s0]) is None


def _zone_of_another_item(ctx: RecordContext, place: Any, name: NameSpan, names: list[NameSpan]) -> bool:
    """True when ``place``, a zone before ``name``, lies in an earlier ``；``-item of the sentence that
    names another project before it, or right after it in its clause (``其中，甲公司将在某园区建设乙
    项目，…；丙公司投资建设丁项目``): the site of that project, not of this one."""
    if not isinstance(place.value, dict) or place.value.get("level") != "zone" or place.start >= name.start \
            or _same_item(ctx.text, place.start, name.start):
        return False
    return any(n is not name and _same_item(ctx.text, n.start, place.start)
               and (n.end <= place.start or ctx.clause_start(n.start, place.start) <= place.start)
               for n in names)


#: A scenic site heading the name of works upgrading it (``某某湖国家湿地公园提档升级项目``,
#: ``某某景区提升工程``): the site is where the works are.
_UPGRADED_SITE = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:国家|省级)?"
                            r"(?:湿地公园|森林公园|地质公园|风景名胜区|风景区|景区|古镇|古城))(?:[\u4e00-\u9fff]{0,4}?)(?:提档升级|提质升级|提升|改造|升级|修复)")


def _upgraded_site_detail(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """The scenic site heading the name of works upgrading it is the project's ``detail`` over a
    zone the sentences around give (a tour's first stop), not over a town named for it; an item
    only listed with others (``甲古城文旅提升、乙…等18个项目``) is named in passing and takes none."""
    site = _UPGRADED_SITE.match(ctx.text, name.start, name.end)
    loc = r.get("location")
    if site is None or not loc or (name.listed and ctx.text.startswith(("、", "等"), name.end)):
        return
    detail = loc.get("detail")
    if detail == site.group(1) or (detail and detail.endswith(("镇", "乡", "街道"))):
        return
    r.set("location", {**loc, "detail": site.group(1)}, *r.fields["location"].evidence,
          ctx.evidence(*site.span(1)))


#: A park heading the name of its standard factory buildings (``某县某某产业园标准化厂房二期项目``).
_PARK_PLANT = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?[县区市](?=[\u4e00-\u9fff]{2}))?"
                         r"([\u4e00-\u9fff]{2,14}?(?:产业园区|工业园区|产业园|工业园|园区|经开区|高新区|开发区))"
                         r"标准化?(?:生产|工业)?厂房")


def _park_plant_detail(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """The park heading the name of its factory buildings is the project's ``detail``."""
    m = _PARK_PLANT.match(ctx.text, name.start, name.end)
    detail = r.get("location").get("detail")
    if m is not None and not (detail and (detail.endswith(("镇", "乡", "街道", "村", "社区"))
                                          or detail in ctx.text[name.start:m.start(1)])):
        # (a zone the name opens with, ``某高新区甲产业园标准厂房``, stays the detail)
        r.set("location", {**r.get("location"), "detail": m.group(1)}, *r.fields["location"].evidence,
              ctx.evidence(*m.span(1)))


def _ends_with_de(text: str, start: int, end: int) -> bool:
    """Whether ``的$`` can match in ``text[start:end]``: 的 ends it (or stands before a final line end)."""
    return text.find("的", max(start, end - 2), end) >= 0


def _project(ctx: RecordContext, sent: Span, name: NameSpan, names: list[NameSpan],
             counts: list[tuple[int, int]], cues: list[tuple[int, int, str]],
             earlier: Sequence[tuple[int, int]] = ()) -> Record:
    doc = ctx.doc
    r = Record("project", article=sent.article)
    r.set("name", name.name, ctx.evidence(name.start, name.end))
    stage, s0, s1 = _stage(ctx, sent, name, cues, names)
    item_start, item_end = _item_of(ctx.text, sent, name)
    spent = _SPENT.match(ctx.text, name.end) or _SPENT_BARE.match(ctx.text, name.end)
    if spent is not None and stage in _DONE_NOW and s0 >= spent.end() \
            and target_in(ctx.text[ctx.clause_start(s0, spent.end()):s0]) is not None:
        spent = None  # 甲项目已完成投资2.3亿元，…，预计8月竣工: what is done so far, then the goal
    if spent is not None and (stage is None or not item_start <= s0 < name.end):
        # ``甲项目一期已完成投资6.5亿元``: work under way, whatever an earlier item reports
        stage, s0, s1 = "under_construction", spent.start(), spent.end()
    if (stage is None or not _same_item(ctx.text, s0, name.start)) \
            and (progress := _PROGRESS.search(ctx.text, name.end, item_end)) is not None \
            and (progress.start() - name.end > 2 or progress.group() == "形象进度"
                 or not _works_part_name(name.name)):
        # (a works' part, ``路基工程已完成80%``, names no project; ``甲扩能工程已完成总工程量的70%``
        # and ``甲工程完成形象进度的80%`` tell 甲's state)
        # the share done in the name's own ；-item tells its state, whatever an earlier item reports
        stage, s0, s1 = "under_construction", progress.start(), progress.end()
    building_now = False
    if (stage in (None, "under_construction") or stage == "started" and not item_start <= s0 < item_end
            or ctx.text[s0:s1] in WEAK_STAGES) \
            and (now := _BUILDING_NOW.search(ctx.text, name.end, item_end)) is not None:
        # 其中,甲项目3月开工;乙项目由某公司投资建设,目前正在加紧建设: its own item tells it under
        # way, whatever the batch or an earlier item reports
        stage, s0, s1 = "under_construction", now.start(), now.end()
        building_now = True
    if stage == "completed" and (_part_completed(ctx.text, name.end, s0)
                                 or _MAIN_PART_DONE.search(ctx.text, max(0, s0 - 10), s0)
                                 or (name.end < s0
                                     and _PLANT_PART_DONE.search(ctx.text, max(name.end, s0 - 10), s0))):
        stage = "under_construction"  # 甲项目主体钢架全部完工, 目前主体工程已完工: a part of the works
        goal = _completion_planned(ctx.text, s1, item_end)
        if goal is not None:  # 甲项目门诊楼主体已完工，计划年底前竣工: the part done, then the goal
            stage, s0, s1 = STAGE_CUES[goal.group()], goal.start(), goal.end()
    under_way = _under_way_now(ctx, sent, s1, item_end) if stage == "started" else None
    if under_way is not None:  # 去年10月开工，目前设备正在安装: the works are under way now
        stage, s0, s1 = "under_construction", under_way[0], under_way[1]
    signed_on = _SIGNED_ON.search(ctx.text, name.end, item_end) if stage == "signed" else None
    if signed_on is not None:  # 甲项目…，2月已签约落户某开发区: the signing, on its month
        s0, s1 = signed_on.start("cue"), signed_on.end("cue")
    batch = _batch_for(ctx, sent, name, counts)
    if batch is not None:
        r.set("batch", f"r{batch}", *doc.records[batch].evidence)
        if stage is None and doc.records[batch].get("event"):
            b = doc.records[batch].fields["event"]
            stage = b.value
            s0, s1 = (b.evidence[0].start, b.evidence[0].end) if b.evidence else (-1, -1)
    if stage is not None and s0 >= 0:
        r.set("stage", stage, ctx.evidence(s0, s1))
    else:
        r.set("stage", None)
    upto = max(name.end, s1 if s0 >= 0 else name.end)
    status, cue = ctx.status(sent, upto)
    if status == "target" and stage == "under_construction" and s0 >= 0 \
            and ctx.text.startswith("续建", s0) and target_in(ctx.text[sent.start:upto]) is None:
        status, cue = "actual", None  # 续建项目中，甲工程…: works carried on are under way, in a plan too
    if status == "target" and cue is not None:
        r.set("status", "target", ctx.evidence(*cue))
    elif stage is not None:
        r.set("status", "actual", ctx.evidence(s0, s1))
    else:
        r.set("status", None)
    if stage == "signed" and r.get("status") == "target" \
            and _signed_before(ctx, sent, name, s0, s1, signed_on):
        r.set("status", "actual", ctx.evidence(s0, s1))
    company = company_head(name.name)
    if company is not None and ctx.text.startswith(company, name.start):
        r.set("investor", company, ctx.evidence(name.start, name.start + len(company)))
    if (land := _LAND_OPENS.match(ctx.text, name.start, name.end)) is not None:
        r.set("area", land.group(1), ctx.evidence(*land.span(1)))  # 200亩天麻种植基地: its land
    cap = capacity_in(name.name)
    if cap is not None and name.name.find(cap.group()) >= 0:
        off = ctx.text.find(cap.group(), name.start, name.end)
        if off >= 0:
            r.set("capacity", cap.group(), ctx.evidence(off, off + len(cap.group())))
        prefix = name.name[:cap.start()]
        prefix = re.sub(r"年$", "", prefix)
        if 2 <= len(prefix) <= 16 and "investor" not in r.fields and not _PHASE_ONLY.fullmatch(prefix) \
                and not _only_places(ctx, name.start, name.start + len(prefix)) \
                and not _TOWN_END.search(prefix):
            r.set("investor", prefix, ctx.evidence(name.start, name.start + len(prefix)))
    for org in ctx.mentions_in("orgs", name.start, name.end):
        if "investor" not in r.fields and not _SERVED.search(org.surface or ""):
            r.set("investor", org.surface, ctx.evidence(org.start, org.end))
    if "investor" not in r.fields:
        c0 = ctx.clause_start(name.start, sent.start)
        # every building verb of the pattern has 资 (投资建设, 出资建设…): no 资, no match
        m = INVESTOR_BEFORE.search(ctx.text, c0, name.start) if ctx.text.find("资", c0, name.start) >= 0 \
            and _ends_with_de(ctx.text, c0, name.start) \
            else None
        if m and (_MEMBERS.search(m.groupdict().get("inv") or m.group("org"))
                  or UNNAMED_FIRM.search(m.groupdict().get("inv") or m.group("org"))):
            m = None  # ``某商会会员企业投资的``: members of a chamber, no investor named
        if ctx.text.find("在", c0, name.start) >= 0 \
                and (m is None or "在" in (m.groupdict().get("inv") or "")):
            # (``某某电器在某县投资建设的``: the firm, not the firm and the place)
            placed = INVESTOR_IN_PLACE.search(ctx.text, c0, name.start)
            if placed is not None and not _NOT_FIRM_END.search(placed.group("inv")):
                m = placed
            elif m is not None and placed is not None:
                m = None  # ``我县在某镇投资建设的``: a place invests, no firm
        if m:
            g = "inv" if m.groupdict().get("inv") is not None else "org"
            inv0 = m.start(g) + _after_last(INVESTOR_LEAD, m.group(g))
            r.set("investor", ctx.text[inv0:m.end(g)], ctx.evidence(inv0, m.end(g)))
    if "investor" not in r.fields and ctx.text.find("与", sent.start, name.start) >= 0:
        c0 = ctx.clause_start(name.start, sent.start)
        m = INVESTOR_WITH.search(ctx.text, c0, name.start)
        if m is not None and _SIGNED_RIGHT_BEFORE.fullmatch(ctx.text, m.end(), name.start) \
                and not UNNAMED_FIRM.search(m.group("inv")):
            # 与某公司签约甲项目: the partner signing the project invests in it
            r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
    if "investor" not in r.fields and ctx.text.find("与", sent.start, name.start) >= 0:
        _investor_of_place_and_firm(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.find("在", sent.start, name.start) >= 0:
        _investor_signing_at(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.startswith("签约的", name.start - 3):
        c0 = ctx.clause_start(name.start, sent.start)
        m = _SIGNED_BY.search(ctx.text, c0, name.start)
        if m is not None:  # 某物流有限公司签约的甲项目: the firm that signed it invests
            r.set("investor", m.group("org"), ctx.evidence(*m.span("org")))
    if "investor" not in r.fields and (ctx.text.find("投资", sent.start, name.start) >= 0
                                       or ctx.text.find("在", sent.start, name.start) >= 0):
        _investor_heading(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.find("在", sent.start, name.start) >= 0:
        _investor_subject(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.find("位于", sent.start, name.start) >= 0:
        _firm_word_sited(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.find("该公司", sent.start, name.start) >= 0:
        _firm_word_after_its_speaker(ctx, r, sent, name)
    if "investor" not in r.fields and ctx.text.find("引进", sent.start, name.start) >= 0:
        m = _BROUGHT_IN_BUILDS.search(ctx.text, sent.start, name.start)
        if m is not None:  # 引进甲有限公司,投资5.2亿元建设乙项目: the firm brought in builds it
            r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
    if "investor" in r.fields and UNNAMED_FIRM.search(str(r.get("investor"))):
        del r.fields["investor"]  # 与深圳一家新能源企业签订…: the firm is not named
    item = ctx.text[name.start:name.end]
    if "investor" not in r.fields and name.listed and 2 <= len(item) <= 6 \
            and not NOT_A_COMPANY.search(item) and not trade_after_a_place(item):
        # ``四川能投等12个项目``: a short listed item with no product or facility word names the investor
        r.set("investor", item, ctx.evidence(name.start, name.end))
    head, town = _county_head(ctx, name)
    place = head or _opening_place(ctx, name.start, name.end)
    if place is None:
        exclude = [(n.start, n.end) for n in names]
        exclude.extend(earlier)
        exclude.extend(_settled_before_semicolon(ctx, sent, names, name))
        if ctx.text.find("队", sent.start, name.start) >= 0 \
                or ctx.text.find("组", sent.start, name.start) >= 0:
            # 宁波小分队牵线的甲项目: the city a team is posted in, not where the works go
            exclude.extend(m.span(1) for m in _TEAM_POSTED.finditer(ctx.text, sent.start, name.start))
        place = ctx.place_for(name.start, sent.article, sent, exclude)
    invest = _invest_place(ctx, sent, name) if head is None else None
    own = _own_place(ctx, sent, name) if head is None and invest is None else None
    if own is not None:
        place = own
    place = invest or place
    inner = _inner_place(ctx, name) if head is None and invest is None else None
    if inner is not None and (place is None or place.value.get("city") != inner.value.get("city")):
        place = inner  # 某能源公司酒泉百万千瓦风电项目: the city after the investor is where it is built
    if place is None or not place.value.get("city"):
        place = _opening_division(ctx, name) or place  # 台州头门港区二期工程: the city heading the name
    place = _firms_county(ctx, r, name, place) or place
    place = _section_county(ctx, name) or place
    if place is None or not place.value.get("county"):
        place = _event_place_after(ctx, sent, name, place) or place
    if place is not None and place.end <= name.start and ctx.text.find("与", place.end, name.start) >= 0:
        place = _partner_place(ctx, sent, name, place) or place
    if place is None:
        place = ctx.page_home_county(sent.article)  # ``我区…``: the county whose paper the page is
    if place is not None:
        r.set("location", location_of(place), ctx.evidence(place.start, place.end))
        zone_dropped = _zone_of_another_item(ctx, place, name, names)
        if zone_dropped:
            # 甲项目…签约落户某开发区，…；乙项目将于9月竣工投产: the zone is 甲's, in its own ；-item
            r.set("location", {**r.get("location"), "detail": None}, ctx.evidence(place.start, place.end))
        if town is not None:
            r.set("location", {**r.get("location"), "detail": ctx.text[town[0]:town[1]]},
                  ctx.evidence(place.start, place.end), ctx.evidence(*town))
        elif r.get("location").get("detail") is None:
            if zone_dropped:
                _own_detail(ctx, r, sent, name)  # ``；乙产业区的B项目``: the zone next to its name
            if r.get("location").get("detail") is None:
                _local_detail(ctx, r, sent, name)
            if r.get("location").get("detail") is None and ctx.text.find("园区", name.end, sent.end) >= 0:
                _bare_park_detail(ctx, r, sent, name)
        else:
            _own_detail(ctx, r, sent, name)
    if place is not None:
        _upgraded_site_detail(ctx, r, name)
        _park_plant_detail(ctx, r, name)
        if r.get("location").get("detail") is None:
            _collective_village_detail(ctx, r, sent, name)
    date, dm = _date(ctx, sent) if under_way is None and not building_now else (None, None)
    if date and r.get("status") == "target" and _other_items_day(ctx.text, sent, name, dm.start):
        date = None  # …12月28日完工；乙工程预计今年6月底建成: the day is the other item's event
    elif date and _other_items_day(ctx.text, sent, name, dm.start):
        # 甲项目…4月18日开工；乙项目…5月10日完工: each item's own day, none from another project's item
        i0, i1 = _item_of(ctx.text, sent, name)
        own = _date(ctx, Span(i0, i1, sent.article))
        if own[0] is not None:
            date, dm = own
        elif any(n is not name and _same_item(ctx.text, n.start, dm.start) for n in names):
            date = None
    if date:
        r.set("date", date, ctx.evidence(dm.start, dm.end))
    elif stage == "under_construction" and r.get("status") == "actual" \
            and ctx.text.find("顶", name.end, item_end) >= 0:
        _topped_month(ctx, r, name.end, item_end)
    c0 = ctx.clause_start(name.start, sent.start)
    c1 = ctx.clause_end(name.end, sent.end)
    if c1 - c0 > 80:
        c0, c1 = max(c0, name.start - 20), min(c1, name.end + 20)
    r.evidence = [ctx.evidence(c0, c1)]
    return r


@functools.lru_cache(maxsize=4096)  # pure, and asked again for every name of an article
def _name_key(name: str) -> str:
    """Matching key of a project name in an article; the phase stays part of it."""
    key = norm_name(re.sub(r"[(（][^()（）]*[)）]", "", name))
    phase = phase_of(name)
    return f"{phase}期:{key}" if phase is not None else key


@functools.lru_cache(maxsize=4096)
def _core(key: str) -> str:
    key = _PARENS.sub("", key)
    return _KIND_TAIL.sub("", key)


_PARENS = re.compile(r"[(（][^()（）]*[)）]")
_KIND_TAIL = re.compile(r"(?:建设项目|项目|工程)$")
#: Pure functions of a string, asked again for every name and headline of an article.
_phase_of = functools.lru_cache(maxsize=4096)(phase_of)
_norm_name = functools.lru_cache(maxsize=4096)(norm_name)


def _lookup(key: str, keys: dict[str, Record]) -> Record | None:
    """The record of a name already found in the article, also when restated
    (``甲基地`` / ``甲(乙)基地项目``)."""
    if key in keys:
        return keys[key]
    core, phase = _key_parts(key)
    if len(core) < 4:
        return _brand_named(core, key, keys) if phase is None else None
    for k, r in keys.items():
        other_core, other = _key_parts(k)
        if phase is not None and other is not None and phase != other:
            continue  # phase 1 and phase 2 are different projects
        if len(other_core) >= 4 and (core in other_core or other_core in core):
            if _park_and_its_plants(core, other_core):
                continue  # 某产业园 and 某产业园标准化厂房三期: the park and works inside it
            return r
    if len(core) >= 5:
        for k, r in keys.items():
            other_core, other = _key_parts(k)
            if (phase is None or other is None or phase == other) and _abridged(core, other_core):
                return r  # 香菇菌棒工厂化生产基地 told again as 菌棒生产基地
    return None


def _abridged(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` told again with a middle part left out: a head of two
    characters or more found in ``long`` before the shared end of three or more (``菌棒生产基地`` of
    ``香菇菌棒工厂化生产基地``)."""
    if len(long) <= len(short) + 1 or short[-2:] != long[-2:]:
        return False
    for i in range(2, len(short) - 2):
        tail = short[i:]
        if long.endswith(tail) and short[:i] in long[:len(long) - len(tail) - 1]:
            return True
    return False


#: A firm's short name and ``项目`` (``某某项目``): two to four Han characters.
_BRAND_KEY = re.compile(r"[\u4e00-\u9fff]{2,4}项目")


def _brand_named(core: str, key: str, keys: dict[str, Record]) -> Record | None:
    """The one project found in the article whose investor or name opens with the firm's short
    name that ``key`` is (``某岳项目`` for ``某岳新材料年产…项目``, or for a project of
    某岳新材料科技有限公司), else None."""
    if not _BRAND_KEY.fullmatch(key):
        return None
    hits = {id(r): r for k, r in keys.items()
            if k.startswith(core) or _investor_opens(r.get("investor"), core)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _investor_opens(investor: Any, brand: str) -> bool:
    """True when a firm's name holds ``brand`` at its head, after a place's short name at most
    (``某岳`` of ``山东某岳新材料科技有限公司``)."""
    return isinstance(investor, str) and 0 <= investor.find(brand) <= 3


#: How the name of a park ends (the park itself, not works inside it).
_PARK_ENDS = ("产业园", "工业园", "园区", "经开区", "高新区", "开发区")


def _park_and_its_plants(a: str, b: str) -> bool:
    """True when one name is a park's and the other that of factory buildings in it."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short.endswith(_PARK_ENDS) and "厂房" in long[len(short):] and long.startswith(short)


@functools.lru_cache(maxsize=4096)
def _key_parts(key: str) -> tuple[str, str | None]:
    """The core of a name key and its phase, asked again for every key of an article (the
    phase's prefix is no part of the core: ``某县甲风电场二期`` restates ``甲风电场二期``)."""
    phase = _phase_of(key)
    return _core(key.split(":", 1)[1] if phase is not None else key), phase


def _same_project(key: str, keys: dict[str, Record]) -> bool:
    """True when a name restates one already found in the article."""
    return _lookup(key, keys) is not None


#: A public institution a building is for (``县人民医院综合楼``, ``某中学教学楼``): no investor.
_SERVED = re.compile(r"(?:医院|卫生院|学校|中学|小学|大学|学院|幼儿园|图书馆|博物馆)$")
#: Members of a chamber or an association (``某商会会员企业``): a group of firms, no one investor.
_MEMBERS = re.compile(r"(?:商会|协会|联合会)(?:会员)?(?:企业|单位)?$|会员企业$")
_BUILD = r"(?:投资建设|投资建立|投资兴建|投资新建|出资建设|独资建设)"
#: How the name of an investing company or group ends (``…集团``, ``…有限公司``, ``…国际``).
_ORG_END = (r"(?:集团|公司|企业|控股|国际|股份|银行|基金|实业|投资|合作社|家庭农场"
            r"|(?:锰|铝|铜|锌|钛|锂|矿|药|乳|纸|酒|钢|煤|化)业)")
#: An amount invested, between the verb and the name (``投资12亿元的``, ``投资1.5亿美元建设的``).
_SUM_INVESTED = rf"(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元)(?:建设|兴建|新建)?"
INVESTOR_BEFORE = re.compile(r"(?P<inv>[^,，。;；、:：]{2,30}?)" + _BUILD + "的$"
                             r"|(?P<org>[^,，。;；、:：]{2,30}?" + _ORG_END + r")(?:投资|出资)(?:"
                             + _SUM_INVESTED + ")?的$")
#: ``某某精密在某高新区投资50亿元建设的``, ``某某科技在某区投资的``: a firm investing in a place.
INVESTOR_IN_PLACE = re.compile(r"(?P<inv>[^,，。;；、:：在\d]{2,16}?)在[\u4e00-\u9fff]{2,12}?(?:投资|出资)"
                               rf"(?:(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元)(?:建设|兴建|新建)"
                               r"|(?:建设|兴建|新建)?)的$")
#: What ends a place or a speaker, not a firm (``我县在…``, ``全市在…``, ``他们在…``).
_NOT_FIRM_END = re.compile(r"[省市县区镇乡村旗盟州里们]$|^(?:我|全|该|本)")
#: ``某公司拟投资15亿港元建设``, ``某集团将投资8亿元新建``: the company investing in what follows.
INVESTOR_TO_BUILD = re.compile(r"(?P<org>[^,，。;；、:：]{2,30}?" + _ORG_END + r")(?:拟|将|计划|有意)?"
                               rf"(?:投资|出资)(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元|日元)"
                               r"(?:在[\u4e00-\u9fff]{2,10}?)?(?:建设|兴建|新建|打造)$")
#: ``由某公司投资建设``; not a contractor (``由某投资发展有限公司承建``: builds, does not invest),
#: nor a pronoun (``由其在某县投资…``: the firm named before it).
INVESTOR_BY = re.compile(r"由(?![其该此它])(?![^,，。;；、:：]{2,30}?(?:承建|施工|总承包)(?:[,，。;；]|$))"
                         r"(?P<inv>[^,，。;；、:：]{2,24}?)(?:联合[^,，。;；、:：]{2,20}?)?(?:共同)?(?:负责)?"
                         r"(?:" + _BUILD + "|投资|承建|建设|实施)")
#: A short name given in brackets (``（以下简称“某某”）``, ``(简称某某)``).
SHORT_NAME = re.compile(r"[（(](?:以下|下文)?简称[：:]?[“\"「‘]?"
                        r"(?P<short>[^”\"」’（）()，,。]{1,12})[”\"」’]?[）)]")
#: ``与某公司签署合作协议``, ``与某公司（以下简称…）在某地签订…``: the partner of a signing.
INVESTOR_WITH = re.compile(r"与(?P<inv>[^,，。;；、:：与和（(]{2,30}?" + _ORG_END
                           + r")(?:[（(](?:以下|下文)?简称[^）)]{1,16}[）)])?(?:在[\u4e00-\u9fff]{1,8}?)?"
                           r"(?:正式)?(?:签署|签订|签约)")
#: A firm signing with the county or its park, then told what it will invest (``甲公司与我县某工业园区签订
#: 投资协议，将在园区投资8亿元``): the investor.
INVESTOR_SIGNS = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<inv>[^,，。;；、:：与和]{2,30}?(?:公司|集团))"
                            r"与(?:我县|我区|我市|本县|[^,，。;；、:：]{2,16}?(?:县|区|市|园区|管委会|政府))"
                            r"(?:正式)?(?:签署|签订|签约)[^。；;]{0,10}?[，,](?:将|拟|计划)")
#: What may stand between a signing with a partner and the project's name (``签约``, ``签订了``,
#: ``签约的``).
_SIGNED_RIGHT_BEFORE = re.compile(r"了?|的")  # (``与某公司签约的甲项目``)
#: ``投资方为某公司``, ``投资主体是某集团``, ``项目业主为某公司``, ``签约方为某公司``.
INVESTOR_IS = re.compile(r"(?:投资方|投资主体|投资企业|签约企业|签约方|项目业主|业主单位|项目法人)(?:为|是)"
                         r"(?P<inv>[^,，。;；、:：]{2,30})")
#: A firm that builds works of its own trade (``由某农业投资集团有限公司承建``, ``承建单位为某冶金有限
#: 公司``): no builder by trade, the owner building its works.
INVESTOR_BUILDS = re.compile(r"(?:由(?P<inv>[^,，。;；、:：由]{2,30}?(?:有限公司|集团))承建|承建单位(?:为|是)"
                             r"(?P<inv2>[^,，。;；、:：]{2,30}?(?:有限公司|集团)))(?=[,，。;；]|$)")
#: What names a builder by trade, or a firm building for others (``建设``, ``建工``, ``工程``, ``中铁``).
_BUILDER_TRADE = re.compile(r"建设|建工|建筑|工程|施工|路桥|市政|设计|城投|交投|水电|电建"
                            r"|中铁|中建|中交|中冶|中国铁建|中国电建|中能建")
#: ``某有限公司在某市签约落户甲项目``: the company signing where the project goes.
INVESTOR_AT = re.compile(r"(?P<inv>[^,，。;；、:：在]{2,30}?(?:有限公司|株式会社|集团|公司))"
                         r"在[^,，。;；、:：]{2,10}?(?:签约落户|签约|落户|投资建设|投资)$")


#: ``某集团与某区签约的甲项目``, ``某区与某物流签约的乙项目``: the two parties of a signing before a name.
PARTIES_SIGNED = re.compile(r"(?P<a>[^,，。;；、:：与和]{2,16}?)与(?P<b>[^,，。;；、:：与和]{2,16}?)"
                            r"(?:正式)?(?:签约|签订|签署|合作)的$")
#: How a party that is a place or its government ends (``某区``, ``区政府``, ``某经开区``).
_GOVERNMENT_END = re.compile(r"(?:[省市县区镇乡旗州]|政府|管委会|开发区|高新区|经开区|园区)$"
                             # a village's collective (``某村股份经济合作社``): the village's side
                             r"|村(?:股份)?(?:经济)?合作社$|村集体(?:经济组织)?$")


def _investor_of_place_and_firm(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """Of a place and a firm signing the project named right after (``某集团与某区签约的甲项目``,
    ``某区与某物流签约的乙项目``), the firm invests; two firms or two places name none."""
    c0 = ctx.clause_start(name.start, sent.start)
    m = PARTIES_SIGNED.search(ctx.text, c0, name.start)
    if m is None:
        return
    a0 = m.start("a") + _after_last(INVESTOR_LEAD, m.group("a"))
    a, b = ctx.text[a0:m.end("a")], m.group("b")
    a_place, b_place = bool(_GOVERNMENT_END.search(a)), bool(_GOVERNMENT_END.search(b))
    if a_place == b_place:
        return
    s, e = (m.start("b"), m.end("b")) if a_place else (a0, m.end("a"))
    firm = ctx.text[s:e]
    if len(firm) >= 2 and not UNNAMED_FIRM.search(firm) and not _NOT_FIRM_END.search(firm):
        r.set("investor", firm, ctx.evidence(s, e))


def _investor_signing_at(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company of ``某有限公司在某市签约落户甲项目`` invests in the project."""
    c0 = ctx.clause_start(name.start, sent.start)
    m = INVESTOR_AT.search(ctx.text, c0, name.start)
    if m:
        inv0 = m.start("inv") + _after_last(INVESTOR_LEAD, m.group("inv"))
        r.set("investor", ctx.text[inv0:m.end("inv")], ctx.evidence(inv0, m.end("inv")))


INVESTOR_LEAD = re.compile(r"旗下|下属|由|是|系|其中|据悉|据了解"
                          r"|^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区)的"
                          r"|" + OWN_DATELINE +
                          r"|^[—\-－·•●■◆\u2460-\u249b]*(?:港资|外资|台资|澳资|侨资|民营|外商独资)企业"
                          r"|^[—\-－·•●■◆\u2460-\u249b]+")


def _after_last(pat: re.Pattern, text: str) -> int:
    """Offset in ``text`` just after the last match of ``pat`` (0 when none)."""
    last = 0
    for m in pat.finditer(text):
        last = m.end()
    return last


#: Capacity phrases with the product before the number (``年产电子级化学品10万吨``, ``装机容量200兆瓦``).
CAPACITY_PHRASE = re.compile(
    r"(?:(?:年产|年处理|年加工|年可加工|年封装|年封测|年生产|年屠宰|年周转|月加工|日处理|日产|日加工"
    r"|日供水|日供气|年供|年可生产|年可产|年出栏|年可出栏|年储运|年可储运|年可储存|年可周转|年可处理"
    # farm produce handled after harvest (``年烘干鲜花800吨``, ``年可分拣柑橘2万吨``)
    r"|年(?:可)?(?:烘干|分拣|清洗|分选|脱水|初加工|精加工)"
    # a store by what it holds at once (``建成后可储存果蔬8000吨``)
    r"|(?<=可)(?:储存|存储|储藏|冷藏)"
    # a yearly output told in speech (``一年可以加工柑橘五万吨``, ``每年能生产…``)
    r"|(?:每年|一年)(?:能|可|可以)(?:加工|生产|处理|分选))"
    # a product named with its size (``年产6英寸碳化硅衬底30万片``, ``12英寸晶圆``)
    r"(?:\d+(?:\.\d+)?(?:英寸|纳米|微米|毫米))?[\u4e00-\u9fff]{1,10}?"
    r"|装机容量|装机规模|(?:年)?设计(?:吞吐|处理|生产|通过)?能力(?:为|达)?"
    # a plant's size written short after its name (``一期工程装机5万千瓦``; not a region's
    # ``风电装机412万千瓦``), a pipeline's yearly flow
    # (``设计年输气能力2亿立方米``)
    r"|(?<=工程|电站|电场|一期|二期|三期)装机(?=\d)|(?:设计)?年(?:输气|输水|输油|供气)能力(?:为|达)?"
    r"|年[\u4e00-\u9fff]{0,4}吞吐能力(?:可达|达到|达)?"
    r"|(?:年|新增)?[\u4e00-\u9fff]{0,4}产能(?:每年)?(?:可达|达到|达)?"
    r"|冷库(?:库容|容量)?(?=[\d一二两三四五六七八九十])(?=[^，,。；;]{1,12}立方米)"
    # a store built, by what it holds (``新建冷库8万吨``, ``新增仓储能力5万立方米``), without the verb
    r"|(?<=新建|新增|扩建|建成|建设)(?:冷库|冷藏库|冷藏保鲜库|保鲜库|气调库|粮库|仓库|储备库)(?:库容|容量)?"
    r"|(?<=新增)[\u4e00-\u9fff]{0,4}(?:仓储|储存|储备|存储|冷藏|冷储|处理|吞吐|仓容|供水|供气|供热)能力"
    r"(?:达到|达)?"
    # a store's own size (``冷藏能力达到5万吨``), also what it turns over a year (``年冷藏周转能力…``)
    r"|(?:年|日)?(?:冷藏|冷储|仓储|冷链|烘干)(?:周转)?能力(?:可达|达到|达)?"
    # a store's volume however built (``建有冷库库容8万吨``)
    r"|冷库(?:库容|容量)(?=[\d一二两三四五六七八九十]))"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(?:万|亿|千)?"
    r"(?:吨|台套|套|台|头|件|辆|只|张|片|块|条|箱|颗|羽|千瓦|兆瓦|吉瓦|标箱|立方米|平方米|公里|千米|千升"
    r"|GWh|GW|MW)"
    # a rate per year written after the unit (``设计产能12万吨/年``)
    r"(?:/年|／年)?"
    r"(?=[,，。;；、]|的|能力|及|和|生产线|$)")
#: A yearly output of products listed before their joint quantity (``年产智能手表、蓝牙耳机等产品800万台
#: （件）``): the plant's capacity.
LISTED_OUTPUT = re.compile(
    r"年(?:可)?(?:产|生产)[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10}){1,5}等[\u4e00-\u9fff]{0,4}?"
    r"(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿|千)?(?:台套|套|台|件|辆|只|张|片|块|条|箱|吨|颗|部)"
    r"(?:[（(](?:台|件|套|只|部)[)）])?")
#: More products after a yearly output, each with its quantity (``年产甲50万套、乙80万套``,
#: ``年产50万套甲、80万套乙``): the same plant's capacity.
_MORE_OUTPUT = re.compile(
    r"(?:、(?:[\u4e00-\u9fff]{1,10}?\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|台套|套|台|件|辆|只|张|片|块|条|箱|颗|部)"
    r"|\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|台套|套|台|件|辆|只|张|片|块|条|箱|颗|部)[\u4e00-\u9fff]{1,12}?))+"
    r"(?=[,，。;；]|的|及|项目|生产线|$)")


def _more_output(text: str, end: int, limit: int) -> int:
    """Where a capacity ending at ``end`` ends with the products listed after it (``、乙80万套``)."""
    if text[end:end + 1] != "、":
        return end
    m = _MORE_OUTPUT.match(text, end, limit)
    return m.end() if m is not None else end


#: A data centre's size, by the racks it holds (``可容纳机柜6000架``, ``部署标准机柜1.2万个``).
RACKS = re.compile(r"(?:可容纳|可部署|可承载|部署|建设|新建|容纳)(?:标准|服务器)?机[柜架](?:约|近|超|达)?"
                   r"\d+(?:\.\d+)?(?:万|千)?(?:架|个|台|组)"
                   # (the number first: ``2000个标准机架已投入运营``, ``形成5000架标准机柜的算力规模``)
                   r"|(?<![\d.])\d+(?:\.\d+)?(?:万|千)?[个架](?:标准|服务器)?机[柜架]")
#: What every :data:`CAPACITY_PHRASE` holds: text without one of these has no capacity phrase.
CAPACITY_WORD = re.compile("年产|年处理|年加工|年可加工|年封装|年封测|年生产|年屠宰|年周转|月加工|日处理|日产"
                           "|日加工|年烘干|年分拣|年清洗|年分选|年脱水|年初加工|年精加工"
                           "|日供|年供|年可|年出栏|年储运"
                           "|装机|设计|产能|吞吐能力|冷库|库|能力|可储存|可存储|可储藏|可冷藏"
                           "|每年能|每年可|一年能|一年可")
#: What every :data:`CAPACITY_PHRASE` ends with: the last character of its number, then its unit.
CAPACITY_UNIT = re.compile(r"[\d一二两三四五六七八九十百千](?:万|亿|千)?"
                           r"(?:吨|套|台|头|件|辆|只|张|片|块|条|箱|颗|羽|千瓦|兆瓦|吉瓦|标箱|立方米|平方米|公里|千米|千升"
                           r"|GWh|GW|MW)")
NOT_A_COMPANY = re.compile(r"[路道桥线期区园馆港站厂库房心城校院场所]|项目|工程|基地|年产")
THIS_PROJECT = re.compile(r"该项目|此项目|这个项目|这一项目|该工程|此工程|项目总投资|项目占地|项目建成"
                          r"|项目投产|项目达产"
                          # ``…介绍，项目投资4.8亿元``: the project told of, no class of projects before it
                          r"|(?<![\u4e00-\u9fff])项目投资(?=\d)")
#: A word taking up the facility just named by its kind (``该园区``, ``该基地``), with the
#: endings of names of that kind.
_KIND_ANAPHORS = (("该园区", ("园", "园区")), ("该产业园", ("产业园",)), ("该基地", ("基地",)),
                  ("该工厂", ("厂",)), ("该厂", ("厂",)), ("该中心", ("中心",)))
#: The same, taken up by a demonstrative as spoken news do (``这条生产线投资…``, ``这个加工交易中心总投资…``,
#: ``这座综合体…``), a few words of the name's kind between.
_THIS_KIND = re.compile(r"(?:该|这个|这条|这座|这一)[\u4e00-\u9fff]{0,4}?"
                        r"(生产线|综合体|中心|基地|产业园|园区)")


def _same_kind_anaphor(text: str, sent: Span, name: str) -> bool:
    """True when the sentence opens (in its first clause) on ``该园区``/``该基地``/``这条生产线``… and
    the project just named is of that kind (``…加工园一期完工。该园区总投资3.2亿元``): the figures are
    its own."""
    head = text[sent.start:sent.start + 12]
    if "该" not in head and "这" not in head:
        # 公司负责人介绍，基地全部达产后…: a base named bare after a speaker is the base just told of
        bare = _BARE_BASE.match(text, sent.start, sent.end)
        return bare is not None and _PHASE_WORKS.sub("", name).endswith("基地")
    core = _PHASE_WORKS.sub("", name)  # 某加工园一期主体工程: a phase of the park
    if any(word in head and core.endswith(ends) for word, ends in _KIND_ANAPHORS):
        return True
    m = _THIS_KIND.match(text, sent.start, sent.start + 12)
    return m is not None and _END_WORKS.sub("", core).endswith(m.group(1))


#: A name's last word of works (``项目``, ``工程``), dropped before its kind is compared.
_END_WORKS = re.compile(r"(?:建设)?(?:项目|工程)$")


_PHASE_WORKS = re.compile(r"(?:[一二三四五首]期)?(?:主体)?(?:工程|项目)?$")
#: A sentence opening on a speaker, then ``基地`` bare (``公司负责人介绍，基地全部达产后…``), after
#: the speaker's quote when one opens it.
_BARE_BASE = re.compile(r"\s*(?:“[^”]{0,120}”|”)?[^，,。；;“”\"]{2,12}?(?:介绍|表示|透露|说)[，,：:]基地"
                        r"(?![\u4e00-\u9fff]{0,2}(?:项目|企业|建设))")


#: A sentence opening on the project just reported (``项目位于…``, ``该项目…``).
ABOUT_IT = re.compile(r"(?:该|此|这个|这一)?项目(?!\d)")
MEMBER_OPENING = re.compile(r"(?:其中|(?:主要|具体)?包括|分别是|分别为|主要有)[,，:：]?")


def _told_building_now(ctx: RecordContext, r: Record) -> bool:
    """True when the stage of ``r`` comes from works told under way in its own item
    (``目前正在加紧建设``): its own state, not the batch's event."""
    ev = r.fields["stage"].evidence
    return bool(ev) and _BUILDING_NOW.fullmatch(ctx.text, ev[0].start, ev[0].end) is not None


def _weak_cue(ctx: RecordContext, r: Record) -> bool:
    """True when the stage of ``r`` comes from a weak cue (``建设``, ``推进``)."""
    ev = r.fields["stage"].evidence
    return bool(ev) and ctx.text[ev[0].start:ev[0].end] in WEAK_STAGES


def _settled_member(ctx: RecordContext, r: Record, sent: Span) -> bool:
    """True when ``r`` is ``signed`` only by where it settles (``落户``, ``落地``, ``入驻``) in a sentence
    opening on ``其中，`` (``…开工项目38个…。其中，甲公司投资…建设的乙项目落户某园区``): a member of the
    batch before, whose event it takes if that batch has one (a start day's project stands there)."""
    ev = r.fields["stage"].evidence
    return r.get("stage") == "signed" and bool(ev) and ctx.text[ev[0].start:ev[0].end] in _SETTLED \
        and ctx.text.startswith("其中", sent.start)


def _cue_outside_clause(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> bool:
    """True when the stage cue of ``r`` lies outside the clause of its name."""
    ev = r.fields["stage"].evidence
    if not ev:
        return False
    c0 = ctx.clause_start(name.start, sent.start)
    c1 = ctx.clause_end(name.end, sent.end)
    return not c0 <= ev[0].start < c1


#: A batch clause introducing a list (``6个重点项目进行了现场签约:``).
LIST_INTRO = re.compile(r"[^,，。;；:：]{0,14}[:：]")


def _article_batches(records: list[Record]) -> dict[int | None, list[Record]]:
    """The batch records with evidence of each article, in record order."""
    out: dict[int | None, list[Record]] = {}
    for b in records:
        if b.kind == "batch" and b.evidence:
            out.setdefault(b.article, []).append(b)
    return out


def _member_stage(ctx: RecordContext, r: Record, sent: Span,
                  batches: dict[int | None, list[Record]] | None = None) -> None:
    """A project singled out of the batch just reported takes the batch's event: after ``其中,``
    in the next sentence (or an opening on the event's projects, ``签约项目中，``, or on what the
    agreement provides, ``根据协议，``), or in a list the batch's clause introduces with a colon.
    ``batches``: :func:`_article_batches` of the document's records, when already known."""
    opening = MEMBER_OPENING.match(ctx.text, sent.start) is not None \
        or _EVENT_MEMBERS.match(ctx.text, sent.start) is not None \
        or _AGREED_MEMBERS.match(ctx.text, sent.start) is not None
    start = sent.start
    if not opening and (prev := _members_sentence_before(ctx.text, sent.start)) is not None:
        opening, start = True, prev
    if not opening:
        para = _member_paragraph(ctx, sent)
        if para is None and _INVESTS_AFTER.search(ctx.text, max(sent.start, _name_start(r)), sent.end):
            para = _later_member_paragraph(ctx, sent, _name_start(r))
        opening, start = (True, para) if para is not None else (False, start)
    name_ev = r.fields["name"].evidence
    name_start = name_ev[0].start if name_ev else sent.end
    if batches is None:
        batches = _article_batches(ctx.doc.records)
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    told = _EVENTS_PARAGRAPH.match(ctx.text, para)
    for b in reversed(batches.get(sent.article, ())):
        b0, b1 = b.evidence[0].start, b.evidence[0].end
        if told is not None and b1 <= sent.start and b.get("event") != STAGE_CUES.get(told.group(1)):
            continue  # 开工的28个项目里,…: the members of the start told before, not of the signing after it
        if b1 > sent.start:
            if sent.start <= b0 and b1 <= name_start and LIST_INTRO.match(ctx.text, b1) \
                    and b.get("event"):
                _take_event(r, b)
                return
            continue
        intro = LIST_INTRO.match(ctx.text, b1)
        listed = intro is not None and sent.start - b1 <= 600 \
            and "\n\n" not in ctx.text[intro.end():sent.start]  # an item of the list the batch opens
        if ((opening and start - b1 <= 200) or listed or _lead_paragraph_member(ctx, sent, name_start, b1)
                or _gathered_member(ctx, sent, r, name_start, b)) and b.get("event"):
            _take_event(r, b)
            return
        if told is not None and para <= b0:
            continue  # 开工的28个项目里,工业项目…共14个: a part of the breakdown, the whole told before
        return


#: A batch told as one concentrated event (``集中开工项目41个``, ``分会场当天同步开工…``, ``现场集中
#: 签约项目18个``): the story goes on to tell its projects one by one.
_GATHERED = re.compile(r"集中|同步|分会场|主会场")
#: The events whose story tells its projects (a ceremony's start or signing).
_GATHERED_EVENTS = frozenset(("started", "signed"))
#: An amount a project is told with (``投资3.6亿元``, ``投资额2.7亿元``, ``总投资为1.6亿元``).
_SUM_OF_ITS_OWN = re.compile(r"投资(?:额|总额)?(?:为|达|约)?[\d.]+(?:万|亿)?元")
#: A sentence turning to other news (``另据了解,``, ``此外,``).
_OTHER_NEWS = re.compile(r"(?:另据|另悉|另外|此外|据了解|据悉|与此同时)")
#: How far after its batch the story of a concentrated event tells its projects.
_GATHERED_REACH = 1200


#: ``计划投资3.9亿元的甲项目``, ``计划总投资…``: the label of a planned sum; ``将新建停车位1200个``:
#: what the works hold. No plan of an event.
_PLAN_LABEL = re.compile(r"计划(?:总)?投资|将(?:新建|建设|建成|打造)")


#: A plan of a later step, right after a plan word (``计划2027年建成投产``, ``预计年底前投产``,
#: ``计划10月完工``): when the works are to be done, no event of their own that day.
_LATER_STEP = re.compile(r"(?:于|在)?(?:\d{4}年|明年|年底|年内|今年)?(?:\d{1,2}月)?(?:底|前|初)?(?:前)?"
                         r"(?:全面)?(?:建成投产|建成投用|建成运营|建成|投产|达产|完工|竣工|投用|投运)")


def _plan_only_labels(text: str, sent: Span, later: bool = False) -> bool:
    """True when every plan word of ``sent`` labels a planned sum or tells what the works hold
    (``计划投资3.9亿元的甲项目由某公司实施,将新建停车位1200个``); ``later``: or a later step
    (``项目计划2027年建成投产``)."""
    marks = list(TARGET_RE.finditer(text, sent.start, sent.end))
    return bool(marks) and all(_PLAN_LABEL.match(text, m.start()) or (later and _later_step(text, m))
                               for m in marks)


def _later_step(text: str, m: re.Match[str]) -> bool:
    """True when the plan word ``m`` tells a schedule or a forecast of a later step (``计划2027年建成投产``,
    ``预计年底前投产``, the ``年底前`` inside it), no goal striven for (``力争年底前建成投产``)."""
    if m.group() in _FORECAST_WORDS:
        return _LATER_STEP.match(text, m.end()) is not None
    return text.endswith(("预计", "计划"), 0, m.start()) and _LATER_STEP.match(text, m.start()) is not None


#: Plan words that tell a schedule or a forecast (``计划``, ``预计``), not a goal striven for (``力争``).
_FORECAST_WORDS = frozenset(("计划", "预计"))


def _gathered_member(ctx: RecordContext, sent: Span, r: Record, name_start: int, b: Record) -> bool:
    """True when ``r`` is one of the projects of a concentrated event (told so in the batch's
    paragraph) named after its batch in the same story, with an amount of its own and no event of
    its own (``…分会场当天同步开工项目41个。…罗平县的甲项目投资3.6亿元,由某公司承建``,
    ``投资8.5亿元的乙物流园也同步动工``): it takes the event of the day; its works (``由某公司投资
    建设``) are no event."""
    if b.get("event") not in _GATHERED_EVENTS \
            or r.get("status") == "target" and not _plan_only_labels(ctx.text, sent, later=True) \
            or _MAIN_VENUE_OF.search(ctx.text, max(sent.start, name_start - 8), name_start):
        return False  # a plan of its own; the main venue's project (told by its own rule)
    own = r.fields.get("stage")
    if own is not None and own.evidence and ctx.text[own.evidence[0].start:own.evidence[0].end] \
            not in WEAK_STAGES \
            and not (r.get("status") == "target" and _plan_only_labels(ctx.text, sent, True)):
        return False  # (a later step it is to reach, ``预计年底前投产``, is no event of its own that day)
    b0, b1 = b.evidence[0].start, b.evidence[0].end
    if _OTHER_NEWS.match(ctx.text, sent.start):
        return False  # 另据了解,甲项目…: other news, not the day's projects
    if not 0 < name_start - b1 <= _GATHERED_REACH \
            or not _SUM_OF_ITS_OWN.search(ctx.text, sent.start, sent.end):
        return False
    if ctx.text.find("\n\n", b1, name_start) >= 0:
        end = ctx.text.find("\n", b1)
        if not ctx.text.startswith("\n\n", end):
            return False  # paragraphs one a line: a blank line ends the story of the day's projects
    para = ctx.text.rfind("\n", 0, b0) + 1
    return _GATHERED.search(ctx.text, para, b1) is not None  # told so in the batch's paragraph


#: A paragraph opening on the projects of one event told before (``开工的28个项目里,``, ``签约项目中,``,
#: ``正式签约项目中,``): its projects are that event's.
_EVENTS_PARAGRAPH = re.compile(r"(?:此次|本次|当天|正式|集中)?(开工|签约)的?(?:\d+个)?(?:重点|重大)?"
                               r"项目(?:中|里)[,，]")


def _lead_paragraph_member(ctx: RecordContext, sent: Span, name_start: int, b1: int) -> bool:
    """True when ``sent`` opens on the project's name and tells its own amount, in the paragraph
    right after the one the batch closes (``…5个民生项目集中竣工交付，总投资12.8亿元。`` ⏎
    ``甲项目总投资4.2亿元，新增床位600张。乙项目总投资2.6亿元，…``): the lead's projects, one a
    sentence."""
    text = ctx.text
    if name_start > sent.start + 1 or text.find("投资", name_start, sent.end) < 0 \
            or not _INVESTS_AFTER.search(text, name_start, sent.end):
        return False
    para = text.rfind("\n", 0, sent.start) + 1
    lead_end = text.find("\n", b1)
    if lead_end < 0 or lead_end >= para or text[lead_end:para].strip():
        return False  # another paragraph, or none, between the batch's and the sentence's
    return text.find("。", b1, lead_end) in (-1, lead_end - 1) or not text[b1:lead_end].strip("。 \u3000")


def _members_sentence_before(text: str, at: int) -> int | None:
    """Where the sentence right before ``at`` opens with ``其中,`` in the same paragraph
    (``其中,签约10亿元以上项目14个。甲集团投资建设的乙项目…``): the next one names members of
    the batch it singles out. None otherwise."""
    end = at - 1
    while end > 0 and text[end] in " \u3000":
        end -= 1
    if end <= 0 or text[end] not in "。！？":
        return None
    k = max(text.rfind(c, 0, end) for c in "。！？\n") + 1
    if MEMBER_OPENING.match(text, k) is None or text.startswith("包括", k):
        return None
    return k


#: The work ahead a report closes with (``下一步，…将加快推进…``, ``今后将…``).
_WORK_AHEAD = re.compile(r"(?:下一步|下阶段|今后|接下来)")


def _work_ahead(ctx: RecordContext, r: Record, sent: Span) -> bool:
    """True for a name without ``项目``/``工程`` whose only event is a weak cue (``推进…建设``)
    under a plan, in a clause opening with the work ahead (``下一步将加快推进某能源基地建设``):
    a goal of policy, not a project reported."""
    name = r.get("name") or ""
    if name.endswith(("项目", "工程")) or r.get("status") != "target" or not _weak_cue(ctx, r):
        return False
    c0 = ctx.clause_start(r.fields["name"].evidence[0].start, sent.start)
    return _WORK_AHEAD.match(ctx.text, c0) is not None


def _member_paragraph(ctx: RecordContext, sent: Span) -> int | None:
    """Where the paragraph of ``sent`` opens with ``其中,``: its later sentences go on listing the
    members singled out (``其中,甲项目…。乙项目…``); None when it does not."""
    text = ctx.text
    para = text.rfind("\n", 0, sent.start) + 1
    while para < sent.start and text[para] in " \u3000\t":
        para += 1
    if para >= sent.start or not (text[para] in "其包分主具" and MEMBER_OPENING.match(text, para)
                                  or _EVENT_MEMBERS.match(text, para)):
        return None
    return para


#: A paragraph opening on the projects of an event (``签约项目中，``, ``此次集中开工的项目中，``), or
#: on all of them as its subject (``签约项目均将在某市落地建设。``, ``此次签约的项目全部…``): the
#: projects it goes on to name are members of that event's batch.
_EVENT_MEMBERS = re.compile(_EVENT_PROJECTS + "[,，]"
                            + r"|(?:此次|本次|这次|今天|当天|现场)?(?:集中)?(?:签约|签订|开工|竣工|投产)的?"
                            r"(?:重点|重大)?项目(?:均|全部|都)(?:将|已)?(?:在|于|落户|落地)")


#: A sentence opening on what the agreement just signed provides (``根据协议，某公司将投资…建设甲项目``):
#: the projects it names are those signed.
_AGREED_MEMBERS = re.compile(_BY_AGREEMENT + "[,，]")


#: An amount invested (``投资12.6亿元``, ``总投资7.2亿元``): what a member of a batch reports.
_INVESTS_AFTER = re.compile(r"投资(?:人民币)?约?[\d.]+(?:万|亿)?元")


def _later_member_paragraph(ctx: RecordContext, sent: Span, name_at: int) -> int | None:
    """Where a ``其中,`` paragraph opens when ``sent`` is in one of the next few paragraphs, each
    naming its own project in its first clause (``其中,甲项目…。\n乙项目投资…。\n位于某街道的丙项目
    投资…``): the members singled out go on, one a paragraph. None otherwise."""
    text = ctx.text
    para = text.rfind("\n", 0, sent.start) + 1
    if name_at < para or any(text.find(c, para, name_at) >= 0 for c in ",，;；:：。"):
        return None  # the name opens its paragraph's first clause
    for _ in range(3):
        if para <= 1 or text[para - 2] == "\n":
            return None  # a blank line ends the list
        prev = text.rfind("\n", 0, para - 1) + 1
        clause = min((i for i in (text.find(c, prev, para) for c in ",，;；。") if i >= 0), default=para)
        if MEMBER_OPENING.match(text, prev):
            return prev
        if text.find("项目", prev, clause) < 0:
            return None  # the paragraph before does not open on a project of its own
        para = prev
    return None


#: An amount a company puts in, then the works it pays for (``增资3000万美元，扩建其…``).
_FUNDED_WORKS = re.compile(r"(?:追加投资|增资|投资)(?:人民币)?约?[\d.]+(?:万|亿)?(?:元|美元|港元|欧元)"
                           r"[,，]?(?:用于)?(?:扩建|新建)")


def _funded_expansion(text: str, sent: Span, name: NameSpan) -> bool:
    """True when the clause before a facility's name is an amount paid in to build or extend it
    (``某公司增资2亿元,扩建其在园区内的冷链分拨中心``): a project even with no stage told."""
    ends = [m.end() for m in _FUNDED_WORKS.finditer(text, sent.start, name.start)]
    return bool(ends) and not any(text.find(c, ends[-1], name.start) >= 0 for c in ",，;；。")


_FUNDER = re.compile(r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,20}?(?:集团|公司|株式会社))"
                     r"(?=(?:宣布|决定|再次|拟)?(?:追加投资|增资|投资))")
#: ``在园区内的``, ``在综保区内``: the zone of the story, named in short.
_IN_THE_ZONE = re.compile(r"在[\u4e00-\u9fff]{0,4}[区园]内的?$")


def _funder(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company that opens the clause paying for the works (``某集团增资X元,扩建…``)."""
    if r.get("investor") is not None:
        return
    c0 = ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start)
    head = ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, c0) + 1 if c0 >= 0 else sent.start
    m = _FUNDER.match(ctx.text, max(head, sent.start), name.start)
    if m is not None:
        r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))


def _zone_named_before(ctx: RecordContext, r: Record, sent: Span, name: NameSpan,
                       earlier: list[Record]) -> None:
    """``在综保区内的甲中心``: the zone named in short is the zone of the project reported before."""
    loc = r.get("location")
    if not isinstance(loc, dict) or loc.get("detail") \
            or not _IN_THE_ZONE.search(ctx.text, max(sent.start, name.start - 10), name.start):
        return
    for e in reversed(earlier):
        eloc = e.get("location")
        detail = eloc.get("detail") if isinstance(eloc, dict) else None
        if detail and detail.endswith(("区", "园")):
            loc = dict(loc)
            loc["detail"] = detail
            r.set("location", loc, *r.fields["location"].evidence, *e.fields["location"].evidence[-1:])
            return


#: The number or mark opening an item of a list (``1.``, ``2、``, ``（3）``, ``④``).
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑳])")
#: An item opened by a bullet, its name then a colon (``◆甲项目：…``).
_BULLET_ITEM = re.compile(r"[ \t\u3000]*[◆●▲◇○★☆•][^\n：:，,。]{2,40}[：:]")


#: A section head numbered in Chinese (``二、续建项目（2个，总投资30.6亿元）``, ``（三）竣工项目``).
_SECTION_HEAD = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]"
                           r"|[(（][一二三四五六七八九十]{1,3}[)）])")


def _list_lead_stage(ctx: RecordContext, r: Record, sent: Span) -> None:
    """A project in an item of a numbered list takes the event its lead line names
    (``签约的部分重点项目如下：`` ⏎ ``1. 某公司甲项目，总投资…；``): the lead is the line
    ending with a colon above the list's items (or the last sentence of such a line:
    ``…。部分签约项目如下：``), no blank line between, or a section head numbered in Chinese that
    names projects of a stage (``二、续建项目（2个，总投资30.6亿元）``).  Items opened by a bullet
    (``◆甲项目：…``) may stand one a paragraph, a blank line apart, under their lead."""
    text = ctx.text
    ls = text.rfind("\n", 0, sent.start) + 1
    bullet = _BULLET_ITEM.match(text, ls) is not None
    if not bullet and not _LIST_ITEM.match(text, ls):
        return
    for _ in range(20):
        if ls <= 1:
            return
        if text[ls - 2] == "\n":
            if not bullet or ls <= 2 or text[ls - 3] == "\n":
                return  # a blank line ends the list (bulleted items: two do)
            ls -= 1
        prev = text.rfind("\n", 0, ls - 1) + 1
        if _BULLET_ITEM.match(text, prev) if bullet else _LIST_ITEM.match(text, prev):
            ls = prev
            continue
        line = text[prev:ls - 1].rstrip()
        if len(line) > 40 and line.endswith(("：", ":")):
            last = max(line.rfind(c) for c in "。！？")
            if last >= 0:
                prev, line = prev + last + 1, line[last + 1:]
        if len(line) > 40 or not (line.endswith(("：", ":"))
                                  or (_SECTION_HEAD.match(line) and "项目" in line)):
            return
        lead = text.rfind(line, prev, ls)
        cue = next((m for m in STAGE_RE.finditer(line) if m.group() not in WEAK_STAGES), None)
        if cue is None:
            return
        ev = ctx.evidence(lead + cue.start(), lead + cue.end())
        r.set("stage", STAGE_CUES[cue.group()], ev)
        r.set("status", "target" if target_in(line) else "actual", ev)
        return


#: How far before the venue's sentence the batch of its ceremony may be told.
_VENUE_REACH = 400


#: A project named as the main venue of a batch's ceremony (``主会场所在的甲项目``, ``主会场的甲项目``).
_MAIN_VENUE_OF = re.compile(r"主会场(?:所在|设在|选在)?的$")
#: Works still to be completed (``建成后可年产…``, ``投产后``): not among a batch completed.
_YET_TO_FINISH = re.compile(r"(?:建成|竣工|投产|达产)后")


#: Where a ceremony is held (``…集中开工活动在某街道举行``): a street, town or park.
_CEREMONY_HELD_IN = re.compile(r"(?:活动|仪式|大会)在(?P<p>[\u4e00-\u9fff]{2,10}?"
                               r"(?:街道|镇|乡|工业园区|产业园区|园区|工业园|产业园|开发区|高新区|经开区))"
                               r"(?:隆重|正式|集中)?举行")


def _main_venue_site(ctx: RecordContext, art: Span, r: Record, sent: Span) -> None:
    """The main venue's project (``主会场所在的甲项目``) with no place finer than its county stands
    where the ceremony told before it was held (``…集中开工活动在某街道举行``): that is its detail."""
    loc = r.get("location")
    if not loc or loc.get("detail") or not loc.get("county"):
        return
    held = None
    for m in _CEREMONY_HELD_IN.finditer(ctx.text, art.start, sent.start):
        held = m
    if held is None:
        return
    r.set("location", {**loc, "detail": held.group("p")}, *r.fields["location"].evidence,
          ctx.evidence(held.start("p"), held.end("p")))


def _venue_batch_event(r: Record, sent: Span, batches: dict[int | None, list[Record]],
                       rest: str = "") -> None:
    """A project whose site holds the batch's ceremony (``…集中开工仪式在某园区举行，此次集中开工项目
    14个…`` ⏎ ``主会场设在甲项目现场。``) takes the event of the batch told last before it; of starts
    and completions told together (``集中开工项目8个…；集中竣工项目5个…``) works its sentence says are
    yet to be finished (``建成后可年产…``) take the starts."""
    told = [b for b in batches.get(sent.article, ()) if b.evidence and b.get("event")
            and 0 <= sent.start - b.evidence[0].end <= _VENUE_REACH]
    if told and told[-1].get("event") in ("completed", "in_production") and _YET_TO_FINISH.search(rest):
        told = [b for b in told if b.get("event") == "started"]
    if told:
        _take_event(r, told[-1])


def _take_event(r: Record, b: Record) -> None:
    ev = b.fields["event"]
    own = r.fields.get("stage")
    if own is not None and own.value == ev.value and own.evidence and r.get("status") == "target" \
            and b.get("status") == "target":
        return  # its own plan tells the goal's event (``其中，…；乙工程…，力争10月开工``): keep its month
    r.set("stage", ev.value, *ev.evidence)
    r.set("status", b.get("status"), *b.fields["status"].evidence)


#: A park and a batch of the projects or firms in it (``某产业园首批项目投产``, ``某园区5个项目集中开工``,
#: ``某产业园签约5家企业``).
_BATCH_IN_PARK = re.compile(r"(?:园|园区|开发区|高新区|经开区|新区)(?:集中)?(?:签约|引进|新签约|落户|开工)?"
                            r"(?:首批|一批|新一批|\d+[个家]|[一二两三四五六七八九十]+[个家])"
                            r"[\u4e00-\u9fff]{0,4}?(?:项目|企业)")


def _headline_stage(ctx: RecordContext, r: Record, article: int | None) -> None:
    """Take the stage from the article's headline (``…基地落户自贡``) when the text gives none
    and the headline names this project."""
    if article is None or not (0 <= article < len(ctx.doc.articles)):
        return
    a = ctx.doc.articles[article]
    if not a.headline or _core(_norm_name(r.get("name")))[:4] not in _norm_name(a.headline):
        return
    m = STAGE_RE.search(a.headline)
    if m is None or m.group() in WEAK_STAGES:
        return
    if _BATCH_IN_PARK.search(a.headline):
        return  # ``某产业园首批项目投产``: the stage of projects in the park, not of the park
    ev = a.evidence.get("headline")
    if ev is None:
        return
    r.set("stage", STAGE_CUES[m.group()], ev)
    r.set("status", "target" if target_in(a.headline) else "actual", ev)


#: A company opening a sentence (``某某化工有限公司整体迁址至…``).
_COMPANY_OPENS = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:有限责任公司|股份有限公司|有限公司|集团)")


def _news_told_next(ctx: RecordContext, r: Record, nxt: Span, used: list[tuple[int, int]]) -> None:
    """The sentence after one closing on news of a project (``…搬迁项目也有了新进展。``) tells that
    news: its amounts, the company opening it (the investor) and the month of its event."""
    text = ctx.text
    company = _COMPANY_OPENS.match(text, nxt.start, nxt.end)
    if company is not None and r.get("investor") is None:
        r.set("investor", company.group(), ctx.evidence(company.start(), company.end()))
    _attributes(ctx, r, nxt.start, nxt.end, used)
    cue = r.fields["stage"].evidence[0].start if r.fields["stage"].evidence else -1
    if nxt.start <= cue < nxt.end:
        for m in ctx.mentions_in("dates", nxt.start, cue):
            if isinstance(m.value, dict) and m.value.get("granularity") in ("month", "approx") \
                    and m.value.get("start"):
                r.set("date", month_of(str(m.value["start"])), ctx.evidence(m.start, m.end))


#: A scene opening a sentence at a park or an area of it (``在某某工业园区某某片区，…``,
#: ``走进某某经济开发区某某园区，…``).
_SCENE_AT = re.compile(rf"[ \t\u3000]*(?:在|走进|来到)"
                       rf"(?P<d>{_LOCAL}(?:[\u4e00-\u9fff]{{2,4}}?(?:园区|片区|组团))?)[,，]")
#: A scene told as a sentence of its own, a script moving on to a park (``…往东二十多公里，就是某县
#: 某产业园。``, ``活动主会场设在某县产业集聚区。``): the place closes the sentence.
_SCENE_TOLD = re.compile(rf"(?:就是|便是|设在|来到了?)(?P<d>{_LOCAL})[。！]?$")
#: How many sentences before a project's own a scene may be set.
_SCENE_REACH = 2


def _scene_told(text: str, sent: Span) -> re.Match[str] | None:
    """:data:`_SCENE_TOLD` closing ``sent`` (a cheap look for its verbs first)."""
    if not any(text.find(w, sent.start, sent.end) >= 0 for w in ("就是", "便是", "设在", "来到")):
        return None
    return _SCENE_TOLD.search(text, max(sent.start, sent.end - 30), sent.end)


def _scene_detail(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project with no detail whose sentence comes right after a scene set at a park, with no
    project and no other place told between (``在某工业园区某片区，…车间里，设备正在调试。`` ⏎
    ``这个年产…项目由某集团投资建设…``): the park is where it stands."""
    sents = ctx.sentences(art)
    starts = [x.start for x in sents]
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or loc.get("detail") or "name" not in r.fields \
                or not r.fields["name"].evidence:
            continue
        i = bisect.bisect_right(starts, r.fields["name"].evidence[0].start) - 1
        for j in range(i - 1, max(-1, i - 1 - _SCENE_REACH), -1):
            sent = sents[j]
            if text.find("项目", sent.start, sent.end) >= 0:
                break  # a project told between: the scene is not this one's
            m = _SCENE_AT.match(text, sent.start, sent.end) or _scene_told(text, sent)
            places = [p for p in ctx.mentions_in("places", sent.start, sent.end) if isinstance(p.value, dict)
                      and p.value.get("level") != "province" and not ctx.in_org(p.start)]
            if m is None:
                if places:
                    break  # another place told between
                continue
            if any(p.value.get("city") != loc.get("city") or (
                    loc.get("county") and p.value.get("county") not in (None, loc.get("county"))
                    and p.value.get("name") != loc.get("county")) for p in places):
                break  # a park of another county or city
            r.set("location", {**loc, "detail": m.group("d")}, *r.fields["location"].evidence,
                  ctx.evidence(*m.span("d")))
            break


#: A sentence opening on the project the sentence before named (``该项目总投资…``).
_IT_OPENS = re.compile(r"(?:该|此|这个|这一)项目")
#: A sentence opening on a park or base by its kind (``这个产业园由…建设``, ``该基地…``).
_KIND_OPENS = re.compile(r"(?:该|这个|这一|此)(?P<kind>产业园|工业园|园区|基地)")


#: A sentence opening where the reporter walks in, a park or a base (``走进某某经开区某某产业园，…``).
_VISITED_PARK = re.compile(r"[ \t\u3000]*(?:本报讯[ \t\u3000]*)?(?:走进|来到)"
                           r"(?P<n>[\u4e00-\u9fff]{4,20}?(?:产业园|工业园|园区|基地))[,，]")


def _visited_park(ctx: RecordContext, prev: Span, sent: Span) -> NameSpan | None:
    """The park or base the reporter walks into in ``prev`` when ``sent`` opens on it by its kind
    (``走进某某智造产业园，厂房林立。这个产业园由某公司投资建设…``): the works the next sentence tells."""
    m = _VISITED_PARK.match(ctx.text, prev.start, prev.end)
    if m is None or not _it_opens(ctx.text, sent.start, m.group("n")) \
            or _IT_OPENS.match(ctx.text, sent.start):
        return None
    return NameSpan(m.start("n"), m.end("n"), m.group("n"))


def _dated_cue(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """Of several cues of the record's stage in ``sent`` (``建成厂房…，今年6月全面竣工``), the last
    one a month comes right before is its evidence, so the event takes that month."""
    stage = r.get("stage")
    for s, e, cue in reversed(_stage_cues(ctx, sent, [name])):
        if STAGE_CUES[cue] == stage and _MONTH_BEFORE.search(ctx.text, max(sent.start, s - 12), s):
            if not r.fields["stage"].evidence or r.fields["stage"].evidence[0].start != s:
                r.set("stage", stage, ctx.evidence(s, e))
            return


def _it_opens(text: str, at: int, name: str) -> bool:
    """Whether the sentence at ``at`` opens on the works ``name`` by ``该项目``, or by its kind
    (``走进某某智造产业园，…。这个产业园由某公司投资建设…``: the park the scene named)."""
    if _IT_OPENS.match(text, at):
        return True
    m = _KIND_OPENS.match(text, at)
    return m is not None and _PHASE_WORKS.sub("", name).endswith(m.group("kind"))
#: A name's sentence closing on news of it (``…搬迁项目也有了新进展。``): the next sentence tells it.
_NEWS_OF_IT = re.compile(r"(?:也|又|再次)?(?:有了|迎来|取得)(?:新的|新|重要|重大|积极)进展$"
                         # (good news from it, told next: ``某产业园同样传来好消息。该项目…``)
                         r"|(?:也|又|同样|再次)?传来(?:了)?(?:好消息|喜讯|捷报)$")
#: A bulleted sub-head line naming one project and its progress (``●甲项目：主体封顶``).
_SUBHEAD = re.compile(r"[ \t\u3000]*[●■◆▲◇□○★☆]\s*[^\n：:]{2,40}(?=[：:][^\n]{0,20}\n)")


def _is_subhead(text: str, at: int) -> bool:
    """Whether the name at ``at`` heads a bulleted sub-head line before its colon."""
    m = _SUBHEAD.match(text, text.rfind("\n", 0, at) + 1)
    return m is not None and at < m.end() and not _CARD_LINE.match(text, m.start())


def _subhead_paragraph(text: str, name: NameSpan, nxt: Span) -> int | None:
    """The end of the paragraph under a bulleted sub-head that names a project (``●甲项目：主体
    封顶`` ⏎ ``在项目现场，…该项目总投资…``): the paragraph tells of that project."""
    if not _is_subhead(text, name.start) or text.find("\n", name.end) > nxt.start \
            or _SUBHEAD.match(text, nxt.start):
        return None
    end = text.find("\n", nxt.start)
    return len(text) if end < 0 else end


def _latest(found: list[tuple[Span, NameSpan, Record]],
            again: tuple[Span, NameSpan, Record] | None) -> tuple[Span, NameSpan, Record]:
    """The project named last: the last one found, or a known one named again after it."""
    last = found[-1]
    return again if again is not None and again[0].start > last[0].start else last


def _site_told_again(r: Record, again: Record) -> None:
    """A project named again later in its story at its site (``在某经开区，甲项目施工现场…``): the
    zone or town the first mention (in a list) lacks is the later one's, in the same city."""
    loc, new = r.get("location") or {}, dict(again.get("location") or {})
    if not loc.get("detail") and new.get("detail") and new.get("city") == loc.get("city") \
            and (not loc.get("county") or new.get("county") == loc.get("county")):
        new["detail"] = _SETTLING_VERB.sub("", new["detail"])  # (落户某高新区的甲项目: the zone)
        r.set("location", new, *again.fields["location"].evidence)


_SETTLING_VERB = re.compile(r"^(?:落户|落地|入驻|位于|坐落于|在)")


#: ``项目今年4月就顺利开工了``, ``项目去年12月签约，今年3月就开工了``: the month a project started,
#: told (in a quote too) right after its site was shown.
_START_TOLD = re.compile(r"项目[^。！？“”]{0,16}?(?:今年|去年)?\d{1,2}月(?:份|底|初)?(?:就|便|已经|已)?"
                         r"(?:顺利|正式)?(?P<cue>开工|动工)(?:了|建设)")
#: ``一期去年12月开工，目前…``: the start of the first phase of a project shown with no event yet,
#: opening the sentence after.
_PHASE_START_TOLD = re.compile(r"(?<![\u4e00-\u9fff])(?:一期|首期)(?:工程|项目)?(?:今年|去年)?\d{1,2}月"
                               r"(?:份|底|初)?(?:就|便|已经|已)?(?:顺利|正式)?(?P<cue>开工|动工)(?:了|建设)?"
                               r"(?=[，,。])")
#: How far after the sentence naming the project the month of its start may be told.
_START_TOLD_REACH = 160


#: A verb placing the project just named (``落户某工业园区``, ``位于某镇``).
_PLACED_BY = re.compile(r"(?:落户|落地|位于|坐落于|选址)(?:于|在|到)?$")


def _settled_before_semicolon(ctx: RecordContext, sent: Span, names: list[NameSpan],
                              name: NameSpan) -> list[tuple[int, int]]:
    """Spans of the places that an earlier project of the sentence settles in, before the ``；``
    that ends its clauses (``甲项目…，落户某工业园区；乙项目由…投资建设``): they are not ``name``'s."""
    semi = max(ctx.text.rfind("；", sent.start, name.start), ctx.text.rfind(";", sent.start, name.start))
    ends = [n.end for n in names if n is not name and n.end <= semi]
    if semi < 0 or not ends:
        return []
    return [(m.start, m.end) for m in ctx.mentions_in("places", min(ends), semi)
            if _PLACED_BY.search(ctx.text, max(sent.start, m.start - 5), m.start)]


def _start_told(ctx: RecordContext, r: Record, sent: Span) -> None:
    """A project shown signed or at work on its site, whose start the next sentence tells with its
    month (``“项目今年4月就顺利开工了。”``): started, in that month."""
    if r.get("date") is not None:
        return
    if r.get("stage") is None:  # a project shown with no event yet: its first phase's start told next
        m = _PHASE_START_TOLD.match(ctx.text, sent.start, sent.end)
    elif r.get("status") != "actual" or r.get("stage") not in ("signed", "under_construction"):
        return
    else:
        m = _START_TOLD.search(ctx.text, sent.start, sent.end)
    if m is None or target_in(ctx.text[m.start():m.start("cue")]) is not None:
        return  # (``组建项目团队，力争今年5月开工建设``: a start aimed at, none told done)
    for d in reversed(ctx.mentions_in("dates", m.start(), m.end())):  # the month right before the cue
        if isinstance(d.value, dict) and d.value.get("granularity") == "month" and d.value.get("start"):
            cue = m.start("cue")
            r.set("stage", "started", ctx.evidence(cue, m.end()))
            r.set("status", "actual", ctx.evidence(cue, m.end()))
            r.set("date", month_of(str(d.value["start"])), ctx.evidence(d.start, d.end))
            return


#: A sentence opening on the project just told and the start it plans (``按照计划，项目将于6月下旬开工
#: 建设``): the event its preparation leads to.
_START_PLANNED = re.compile(r"(?:(?:按照|根据|按)计划[，,])?(?:该)?项目(?P<plan>将|计划|预计|拟|力争)于?"
                            r"(?P<when>[^，,。；;]{0,10}?)(?P<cue>开工建设|开工|动工)")


def _start_planned(ctx: RecordContext, r: Record, sent: Span) -> None:
    """A project reported prepared (approved, filed: ``planned``, ``actual``) whose start the story
    plans in a later sentence opening on it (see :data:`_START_PLANNED`): started, a target, in the
    month named."""
    if r.get("stage") != "planned" or r.get("status") != "actual":
        return
    m = _START_PLANNED.match(ctx.text, sent.start, sent.end)
    if m is None:
        return
    r.set("stage", "started", ctx.evidence(*m.span("cue")))
    r.set("status", "target", ctx.evidence(*m.span("plan")))
    for d in ctx.mentions_in("dates", m.start("when"), m.end("when")):
        if isinstance(d.value, dict) and d.value.get("start") and d.value.get("granularity") in (
                "month", "approx", "day"):
            day = d.value.get("granularity") == "day"
            r.set("date", str(d.value["start"]) if day else month_of(str(d.value["start"])),
                  ctx.evidence(d.start, d.end))
            return


def _event_told_again(ctx: RecordContext, r: Record, again: Record) -> None:
    """A project named again later in its story (``8月28日，甲项目竣工投产``): the day of the same
    event the first mention lacks is the later one's; a sub-head's event too (``●甲项目：进展``)."""
    stage = again.get("stage")
    if stage is None or again.get("status") is None:
        return
    if r.get("stage") is None:
        if not r.fields["name"].evidence:
            return
        if not _is_subhead(ctx.text, r.fields["name"].evidence[0].start):
            return  # only a sub-head's bare name waits for its story to tell the event
        for f in ("stage", "status", "date"):
            if again.get(f) is not None:
                r.set(f, again.get(f), *again.fields[f].evidence)
    elif r.get("stage") == stage and r.get("status") == again.get("status") and again.get("date") is not None:
        r.set("date", again.get("date"), *again.fields["date"].evidence)
    elif r.get("status") == "actual" and again.get("status") == "actual" and r.get("date") is None \
            and _LIFECYCLE.get(stage, -1) > _LIFECYCLE.get(str(r.get("stage")), 9) \
            and (again.get("date") is not None or _done_before(ctx.text, again)):
        # 成功签约甲、乙等项目…。其中，甲项目已于今年5月建成投产: the later event, told done (its month
        # is read from before its cue later on)
        for f in ("stage", "status", "date"):
            if again.get(f) is not None:
                r.set(f, again.get(f), *again.fields[f].evidence)


#: How far before an event's cue ``已`` marks it done (``已于今年5月建成投产``).
_DONE_REACH = 8


def _done_before(text: str, r: Record) -> bool:
    """True when ``已`` stands shortly before the cue of ``r``'s stage (the event is done)."""
    ev = r.fields["stage"].evidence if "stage" in r.fields else []
    return bool(ev) and text.rfind("已", max(0, ev[0].start - _DONE_REACH), ev[0].start) >= 0


def extract_projects(doc: Document) -> list[Record]:
    """Project records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    used = _batch_totals(doc)
    counts = _batch_counts(doc)
    batches = _article_batches(doc.records)
    out: list[Record] = []
    for art in ctx.article_spans():
        found: list[tuple[Span, NameSpan, Record]] = []
        found_spans: list[tuple[int, int]] = []  # the names of ``found``
        priced: set[int] = set()  # ids of records kept for an amount of their own, with no event
        keys: dict[str, Record] = {}
        first_sent: dict[int, int] = {}  # record id -> start of the sentence that first names it
        # a known project named again, alone in its sentence, after the last one found: what the
        # next sentence says of ``该项目`` is its own
        again: tuple[Span, NameSpan, Record] | None = None
        aliases: dict[str, Record] = {}  # short name (以下简称) -> its project
        sents = ctx.sentences(art)
        for si, sent in enumerate(sents):
            if ctx.text.startswith("#", sent.start):
                continue
            names = find_names(ctx.text, sent.start, sent.end, _zone_resolver(ctx, art.start))
            if names and _PHOTO_SCENE.match(ctx.text, sent.start):
                names = []  # 图为某镇蔬菜基地，村民正在…: a photo's scene, no project reported
            if names:
                names = _whole_place_heads(ctx, names)
            if names and ctx.orgs:
                names = _outside_companies(ctx, names)
            if names:
                names = [n for n in names if not _is_zone(ctx, n)]
            if names and ctx.text.find("为王", sent.start, sent.end) >= 0:
                names = [n for n in names if not ctx.text.startswith("为王", n.end)]  # 坚持项目为王: a motto
            if names and ctx.text.find("落户", sent.start, sent.end) >= 0:
                names = [n for n in names if not _PARK_END.search(n.name)
                         or not _SETTLES_IN.search(ctx.text, max(sent.start, n.start - 4), n.start)]
            if names and ctx.text.find("项目", sent.start, sent.end) >= 0:
                names = [n for n in names if not _park_of_projects(ctx.text, n, sent.end)]
            if names and ctx.text.find("协议", sent.start, sent.end) >= 0:
                names = [n for n in names if not _unnamed_partners_kind(ctx, sent, n)]
            scene = None
            if len(names) > 1 and _SCENE_OPENS.fullmatch(
                    ctx.text, ctx.clause_start(names[0].start, sent.start), names[0].start) \
                    and ctx.text[names[0].end:names[0].end + 1] in ",，" and _SCENE_END.search(names[0].name):
                # 在一旁的某某物流基地，甲项目也已完工: the base opening the sentence is where the
                # project after it stands
                scene, names = names[0], names[1:]
            if len(names) > 1 and ctx.text.find("内", sent.start, sent.end) >= 0:
                # ``某市锂电产业园内，甲项目开工``: the park is the scene of the project after it
                names = [n for n in names
                         if not (_PARK_END.search(n.name) and _SCENE_AFTER.match(ctx.text, n.end))]
            if names and (ctx.text.find("成为", sent.start, sent.end) >= 0
                          or ctx.text.find("是", sent.start, sent.end) >= 0):
                # what a thing became or is (``这是该公司首个海外生产基地``): a role, no name
                names = [n for n in names
                         if not _BECOMES.search(ctx.text, max(sent.start, n.start - 16), n.start)
                         and not _role_told(ctx.text, sent, n)]
            if names and ctx.text.find("的", sent.start, sent.end) >= 0:
                names = _drop_region_roles(ctx.text, sent, names)
            if names and ctx.text.find("期", sent.start, sent.end) >= 0:
                names = [n for n in names if not _phase_builds(ctx.text, sent, n)]
            if names:  # 2014年建成首个加工厂: a plant told by its rank among a firm's, no name
                names = [n for n in names if not _RANKED_PLANT.fullmatch(n.name)]
            parks: dict[int, NameSpan] = {}
            if names and ctx.text.find("：", sent.start, sent.end) >= 0:
                names = [n for n in names if not _in_card_content(ctx.text, n)]
            if len(names) > 1:
                names = _drop_built_lines(ctx.text, names)
                names, parks = _parks_heading_projects(names)
                names = _works_on_facility(names)
            if names and ctx.text.find("厂", sent.start, sent.end) >= 0:
                names = [n for n in names if not _plant_builds_line(ctx.text, sent, n)]
            if len(names) > 1 and ctx.text.find("条", sent.start, sent.end) >= 0:
                # 签约甲项目，…，将建设屠宰、分割和熟食加工生产线各一条: lines counted after a project
                # named before them are what it builds
                names = [n for n in names if n is names[0] or not (
                    n.name.endswith("生产线") and _LINES_COUNTED.match(ctx.text, n.end))]
            if len(names) == 1 and found and names[0].name.endswith("生产线") \
                    and _LINES_COUNTED.match(ctx.text, names[0].end):
                names = []  # 引进…挤压生产线12条: the lines the project told of before puts in
            if names and found and ABOUT_IT.match(ctx.text, sent.start) \
                    and sent.start - found[-1][0].end <= 300:
                names = _lines_it_builds(ctx, sent, names)
                # ``项目位于…,总投资35亿元,将建设甲、乙生产线``: up to the first name, the text is
                # about the project just reported
                _attributes(ctx, found[-1][2], sent.start, names[0].start if names else sent.end, used)
            cues = None
            for name in names:
                if _RESULTS_SHOWN.match(ctx.text, name.end):
                    continue  # ……某产业园交出了一份亮眼的答卷: the park whose results close the run
                key = _name_key(name.name)
                if key in keys or _same_project(key, keys):
                    if _CARD_NAME.search(ctx.text, max(sent.start, name.start - 8), name.start):
                        # a filing's card of the project named in its summary: the card's fields
                        prev = next((x[2] for x in found if _name_key(x[1].name) == key), None) \
                            or _lookup(key, keys)  # (the summary may name the firm before it)
                        if prev is not None:
                            _card_fields(ctx, prev, name, used)
                            if found and sent.start > found[-1][0].end:
                                again = (sent, name, prev)  # what follows the card is of it again
                    elif len(names) == 1 and (prev := _lookup(key, keys)) is not None:
                        told = _project(ctx, sent, name, names, counts, _stage_cues(ctx, sent, names), ())
                        if prev.get("stage") is None or prev.get("date") is None:
                            _event_told_again(ctx, prev, told)
                        if found and sent.start > found[-1][0].end:
                            again = (sent, name, prev)
                            _site_told_again(prev, told)
                    continue
                if cues is None:
                    cues = _stage_cues(ctx, sent, names)
                # the names of projects found before: a place heading one is that project's own
                before = found_spans
                r = _project(ctx, sent, name, names, counts, cues, before)
                if scene is not None and name is names[0] and (loc := r.get("location")) is not None:
                    r.set("location", {**loc, "detail": scene.name}, *r.fields["location"].evidence,
                          ctx.evidence(scene.start, scene.end))
                if r.get("investor") is None and ctx.orgs:
                    _investor_intends(ctx, r, sent, name)
                if r.get("status") == "actual" and r.fields["stage"].evidence \
                        and _UNDER_STUDY.match(ctx.text, r.fields["stage"].evidence[0].end) \
                        and _STUDIED.search(ctx.text, sent.start, name.start):
                    # ``会议研究了甲项目引进事宜``: the event is being studied, not done
                    r.set("status", "target", *r.fields["stage"].evidence)
                if _APPROVED.search(ctx.text, max(sent.start, name.start - 8), name.start):
                    # ``同意建设某公司甲项目``: an approval grants it; it is being prepared
                    ev = ctx.evidence(name.start, name.end)
                    r.set("stage", "planned", ev)
                    r.set("status", "actual", ev)
                if r.get("stage") in (None, "signed"):
                    _intended_investment(ctx, r, sent, name)  # 公司拟…投资建设甲项目: a plan decided
                if name.start in parks:
                    _park_detail(ctx, r, parks[name.start])
                if _CARD_NAME.search(ctx.text, max(sent.start, name.start - 8), name.start):
                    _card_fields(ctx, r, name, used)
                if r.get("stage") is not None and (_cue_outside_clause(ctx, r, sent, name)
                                                   or _weak_cue(ctx, r) or _settled_member(ctx, r, sent)) \
                        and not _told_building_now(ctx, r):
                    # 其中,甲项目…;乙项目拟建设…: 拟 is 乙's; 甲 takes the batch's event;
                    # 其中,某集团将在某地建设甲项目: 建设 says what is built, the batch's event wins
                    _member_stage(ctx, r, sent, batches)
                if r.get("stage") is None:
                    _headline_stage(ctx, r, sent.article)
                if r.get("stage") is None:
                    _member_stage(ctx, r, sent, batches)
                if r.get("stage") is None \
                        and venue_at_site(ctx.text, sent.start, name.start, name.end - 2, name.end):
                    _venue_batch_event(r, sent, batches)  # 主会场设在甲项目现场: the ceremony's event
                if (r.get("stage") is None or _weak_cue(ctx, r) or r.get("status") == "target") \
                        and _MAIN_VENUE_OF.search(ctx.text, max(sent.start, name.start - 8), name.start):
                    # (主会场的甲项目…，计划2026年建成: its plan is told, the ceremony's event is today's)
                    _venue_batch_event(r, sent, batches, ctx.text[name.end:sent.end])  # 主会场所在的甲项目
                    _main_venue_site(ctx, art, r, sent)
                if (r.get("stage") is None or _weak_cue(ctx, r)) \
                        and (ctx.text.find("：", art.start, sent.start) >= 0
                             or ctx.text.find("、", art.start, sent.start) >= 0):
                    _list_lead_stage(ctx, r, sent)
                if (r.get("stage") is None or _weak_cue(ctx, r)) \
                        and _first_phase_done_next(ctx, art, sent, name, r):
                    pass  # 察看了甲项目建设现场。该项目…一期工程已于今年7月竣工投产
                elif r.get("stage") is None and _site_state(ctx, art, sent, name, r):
                    pass  # a site visited, and the state it is in told after its name
                elif r.get("stage") is None and r.get("capacity") is None:
                    if _bracketed_item(ctx.text, name):
                        pass  # a 【】 item of a list of projects: one whatever it reports
                    elif _relied_on(ctx, sent, name):
                        r.set("status", None)  # 依托甲产业园…: a platform the plan builds on, no event
                    elif _funded_expansion(ctx.text, sent, name):
                        # 某集团增资X美元,扩建其…分拨中心: works a company pays for
                        _funder(ctx, r, sent, name)
                        _zone_named_before(ctx, r, sent, name, [f[2] for f in found])
                    elif _AMOUNT_OF.search(ctx.text, max(sent.start, name.start - 16), name.start) \
                            and _member_of_event(ctx, sents, sent) is not None:
                        pass  # 乡村振兴项目方面,投资…的甲项目将…: one of the story's event's projects
                    elif len(names) == 1 and _OWN_AMOUNT.search(ctx.text, name.end, sent.end):
                        r.set("status", None)  # 某村的甲基地项目今年新增…，投资60万元: its amount, no event
                        priced.add(id(r))
                    elif not _halted(ctx, sent, name):
                        # a name with no event and no attribute is not reported as a project,
                        # unless the next sentence, opening on it (``该项目…``), tells its event
                        nxt = sents[si + 1] if si + 1 < len(sents) and len(names) == 1 else None
                        if nxt is not None and not _IT_OPENS.match(ctx.text, nxt.start) \
                                and _IS_A_WORKS.match(ctx.text, name.end, sent.end) and si + 2 < len(sents) \
                                and "\n" not in ctx.text[sent.end:sents[si + 2].start] \
                                and _IT_OPENS.match(ctx.text, sents[si + 2].start):
                            nxt = sents[si + 2]  # 甲项目是重点工程。记者看到…。该项目…: told after a look
                        sub = _subhead_paragraph(ctx.text, name, nxt) if nxt is not None else None
                        if nxt is None or (sub is None and not _it_opens(ctx.text, nxt.start, name.name)
                                           and not _NEWS_OF_IT.search(ctx.text, name.end, sent.end)):
                            continue
                        both = Span(sent.start, sub or nxt.end, sent.article)
                        r = _project(ctx, both, name, names, counts, _stage_cues(ctx, both, names), before)
                        if r.get("stage") is None \
                                and venue_at_site(ctx.text, sent.start, name.start, name.end - 2, name.end):
                            _venue_batch_event(r, sent, batches)  # 主会场设在甲项目现场。该项目…
                        if r.get("stage") is None:
                            continue
                        if sub is None and not _it_opens(ctx.text, nxt.start, name.name):
                            _news_told_next(ctx, r, nxt, used)  # …搬迁项目也有了新进展。某公司…竣工
                    else:
                        r.set("status", None)  # 原计划…开工的甲项目暂缓实施: neither done nor still planned
                if r.get("stage") is None and r.get("investor") is None \
                        and _funded_expansion(ctx.text, sent, name):
                    _funder(ctx, r, sent, name)  # 某集团宣布增资X欧元，扩建其…工厂，年产能…
                if _work_ahead(ctx, r, sent):
                    continue
                keys[key] = r
                _short_name_key(ctx, name, r, keys, aliases)
                first_sent[id(r)] = sent.start
                found.append((sent, name, r))
                found_spans.append((name.start, name.end))
            if not names and si and _KIND_OPENS.match(ctx.text, sent.start) \
                    and (park := _visited_park(ctx, sents[si - 1], sent)) is not None \
                    and _name_key(park.name) not in keys:
                both = Span(sents[si - 1].start, sent.end, sent.article)
                r = _project(ctx, both, park, [park], counts, _stage_cues(ctx, sent, [park]), found_spans)
                if r.get("stage") is not None:  # 这个产业园由…建设，今年6月全面竣工: the park's own news
                    _attributes(ctx, r, sent.start, sent.end, used)
                    _dated_cue(ctx, r, sent, park)
                    keys[_name_key(park.name)] = r
                    first_sent[id(r)] = sent.start
                    found.append((sent, park, r))
                    found_spans.append((park.start, park.end))
                    continue
            if not names and aliases and (aka := _short_named(ctx, sent, aliases)) is not None:
                _attributes(ctx, aka, sent.start, sent.end, used)
            elif not names and found and sent.start - (last := _latest(found, again))[0].end <= 300 \
                    and (THIS_PROJECT.search(ctx.text, sent.start, sent.end)
                         or _ITEM_ON_IT.match(ctx.text, sent.start)
                         or _same_kind_anaphor(ctx.text, sent, last[1].name)):
                _investor_named_after(ctx, last[2], sent.start, sent.end)
                _attributes(ctx, last[2], sent.start, sent.end, used)
            if not names and found \
                    and sent.start - (last := _latest(found, again))[0].end <= _START_TOLD_REACH:
                _start_told(ctx, last[2], sent)
            if not names and found and ctx.text.find("项目", sent.start, sent.start + 8) >= 0 \
                    and sent.start - (last := _latest(found, again))[0].end <= 400:
                _start_planned(ctx, last[2], sent)
            if not names or any(n.listed for n in names):
                continue  # members of a batch never take the figures that follow the batch
            own = names  # none of them listed
            # (a park heading a name: the amount before the park is the project's, 总投资X的某物流园甲项目)
            before = [_amount_before(ctx, sent, parks.get(n.start, n), used) for n in own]
            for i, name in enumerate(own):
                known = _lookup(_name_key(name.name), keys)
                if known is None or (known.get("batch") and first_sent.get(id(known)) == sent.start):
                    continue  # members of a batch never take the figures that follow the batch
                if before[i] is not None and known.get("investment_cny") is None:
                    f = before[i][1]
                    known.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
                    used.append((f.start, f.end))
                # a single name owns its sentence; several names own the text up to the next
                # name, or up to the amount the next name is given before it (``总投资X的B项目``)
                lo = sent.start if len(own) == 1 else name.end
                hi = sent.end
                if i + 1 < len(own):
                    hi = before[i + 1][0] if before[i + 1] is not None else own[i + 1].start
                    cut = ctx.last_mark(_SEMICOLONS_COMMAS, name.end, own[i + 1].start)
                    if cut >= 0:
                        hi = min(hi, cut + 1)  # the next name's clause is its own (由某公司投资的乙项目)
                elif i > 0 and BARE_JOIN.fullmatch(ctx.text, own[i - 1].end, name.start):
                    continue  # ``A、B和C开工,总投资X``: the figure after a bare list is the group's
                _attributes(ctx, known, lo, hi, used)
        body = ctx.text[art.start:art.end]
        # a profile of one firm may tell its phases before any project's name
        firm_phases = _firm_phases_alone(ctx, art, found, counts) if "期" in body and "简称" in body else []
        one = _one_project(found, priced)
        if one is not None:  # (the firm's phases told before it keep their figures)
            _attributes(ctx, one[2], one[0].start if firm_phases else art.start,
                        _park_turn(ctx, sents, one[0]) or art.end, used)
        records = [r for _, _, r in found]
        if may_be_table(body):  # every table has cells apart by wide gaps or bars
            for table in find_tables(ctx.text, art.start, art.end):
                _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used))
        if "序号" in body or "编号" in body:  # a PDF table: single spaces, wrapped cells, or a cell a line
            for table in find_wrapped_tables(ctx.text, art.start, art.end) \
                    + find_stacked_tables(ctx.text, art.start, art.end):
                _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used))
        if "项目名称" in body or has_named_items(body):  # a list of items giving each field by its label
            for table in find_labelled_tables(ctx.text, art.start, art.end):
                _drop_table_rows(records, keys, table.start, table.rows[-1][-1].end)
                records.extend(_table_projects(ctx, art, table, keys, used))
        if "。" in body and PROSE_ITEM.search(body):  # numbered items, each a project told in prose
            _prose_items(ctx, art, records, keys, counts, used)
        if one is not None:
            _later_stages(ctx, art, one[0], one[2])
            nxt = _next_phase(ctx, art, one[0], one[1], counts)
            if nxt is not None:
                records.append(nxt)
        if "期" in body:  # cheap test: a phase may be named alone after its project
            records.extend(_paragraph_phases(ctx, art, found, records, counts))
        records.extend(firm_phases)
        if not records:
            continue  # every rule below reads or amends the article's records
        _signing_story(ctx, art, records)
        if "【" in body:  # cheap test: a bracketed tag may open a paragraph
            _stage_tags(ctx, records)
        _investor_anaphora(ctx, records)
        _investor_to_build(ctx, records)
        if "协议" in body or "签约" in body:
            _investor_signed_to_build(ctx, records)
        _investor_in_brackets(ctx, records)
        _investor_its(ctx, records, art.start)
        if "的" in body:
            _investor_owning(ctx, records)
        _plot_bought(ctx, records)
        if "投资" in body or "斥资" in body or "投入" in body:
            _investor_invests_to_build(ctx, records)
        _scenic_site_in_name(ctx.text, records)
        if HALTED.search(ctx.text, art.start, art.end):
            _halted_records(ctx, records)
        if "推进" in body and ("产值" in body or "营业收入" in body or "营收" in body):
            records = [r for r in records if not _zone_with_results(ctx, r)]
        if "总部" in body or "中心" in body:
            _headquarters_builds(ctx, records, used)
        _investors_respectively(ctx, records)
        _investor_brands(ctx, records)
        _firms_phases(ctx, art, records)
        _signed_to_build(ctx, records)
        if "仪式" in body:  # cheap test: a ceremony may be held for a project
            _ceremony_held(ctx, art, records)
        if "谈" in body or "磋商" in body or "意向" in body:
            _still_in_talks(ctx, records)
        if "双方就" in body:
            _talks_partner(ctx, records)
        if "企业投资" in body or "公司投资" in body:
            _firm_word_investor(ctx, records)
        _firm_counts(records)
        _clause_month(ctx, records)
        _event_month(ctx, records)  # a month right before the event is nearer than the story's day
        _item_output_month(ctx, records)
        _same_day_before(ctx, art, records)
        _paragraph_day(ctx, art, records)
        _at_the_venue(ctx, art, records)
        _event_members(ctx, art, records)
        _lead_date(ctx, _story_head(ctx, art), records)
        _same_day(ctx, art, records)
        _story_local(ctx, art, records)
        if "在" in body or "走进" in body:  # cheap test: a scene may open a sentence at a park
            _scene_detail(ctx, art, records)
        _item_heads(ctx, records)
        if "落户" in body or "落地" in body or "选址" in body:
            _settled_county(ctx, records)
        if "均" in body or "全部" in body or "都" in body:
            _all_built_at(ctx, art, records)
        _paragraph_subject_place(ctx, records)
        if "落户" in body:
            _settled_park(ctx, records)
        _municipal_zones(ctx, art, records)
        if may_be_abroad(body):
            _sites_abroad(ctx, found, records)
        out.extend(records)
    if "期" in doc.text:
        out = [r for r in out if not _phase_goal_of_told(r, out)]
    _zone_counties(doc.text, out)
    _masthead_county(doc.text, out)
    _town_heading_name(out)
    return out


def _prose_items(ctx: RecordContext, art: Span, records: list[Record], keys: dict[str, Record],
                 counts: list[tuple[int, int]], used: list[tuple[int, int]]) -> None:
    """A project named alone at the head of a numbered item (see :data:`PROSE_ITEM`) is told by
    the whole item: its investor, sum, stage and date come from the item's sentences, and the
    works' parts the item names (``升压站主体工程完工``, ``灌装生产线于4月18日调试完毕``) are its
    progress, no projects of their own.  Items giving their fields by label are tables (left to
    :func:`find_labelled_tables`)."""
    text = ctx.text
    for m in PROSE_ITEM.finditer(text, art.start, art.end):
        line_end = text.find("\n", m.end(), art.end)
        if line_end < 0:
            line_end = art.end
        if has_named_items(text[m.start():line_end]):
            continue
        n0, n1 = m.span("name")
        name = next((n for n in find_names(text, m.start(), n1 + 1, _zone_resolver(ctx, art.start))
                     if n.end == n1), None)
        if name is None:
            continue
        if name.start > n0 and company_head(text[n0:n1]) is None:
            name = NameSpan(n0, n1, text[n0:n1])  # the whole head is the name (某县城区集中供热工程)
        item = Span(m.start(), line_end, art.article)
        r = _project(ctx, item, name, [name], counts, _stage_cues(ctx, item, [name]), ())
        _attributes(ctx, r, n1, line_end, used)
        _item_stage_clause(ctx, r, item)
        parts = [x for x in records if x.kind == "project" and "name" in x.fields
                 and x.fields["name"].evidence and m.start() <= x.fields["name"].evidence[0].start < line_end]
        for x in parts:
            records.remove(x)
            for k in [k for k, v in keys.items() if v is x]:
                del keys[k]
        keys[_name_key(name.name)] = r
        records.append(r)


#: Parts of works done, counted (``建成换热站6座``, ``完成厂房3栋``): progress, not the works' end.
_PARTS_DONE = re.compile(r"(?:建成|完成|竣工)[\u4e00-\u9fff]{1,8}?\d+(?:\.\d+)?"
                         r"(?:座|栋|个|条|台|套|处|公里|千米|米)")


def _item_stage_clause(ctx: RecordContext, r: Record, item: Span) -> None:
    """An item's stage told by counted parts done (``建成换热站6座``) is works under way; the
    date of an item's stage is the one of the stage's own clause (``…于4月18日调试完毕，项目已于
    4月底竣工投用``: April), when that clause names one."""
    ev = r.fields["stage"].evidence if "stage" in r.fields else None
    if not ev:
        return
    s0, s1 = ev[0].start, ev[0].end
    if r.get("stage") in ("completed", "in_production") and _PARTS_DONE.match(ctx.text, s0):
        r.set("stage", "under_construction", ctx.evidence(s0, s1))
        r.set("status", "actual", ctx.evidence(s0, s1))
        if "date" in r.fields:
            del r.fields["date"]
        return
    d = r.fields.get("date")
    c0 = ctx.clause_start(s0, item.start)
    if d is None or not d.evidence or d.evidence[0].start >= c0:
        return
    for m in ctx.mentions_in("dates", c0, s0):
        if isinstance(m.value, dict) and m.value.get("start") \
                and m.value.get("granularity") in ("day", "month", "approx"):
            day = m.value.get("granularity") == "day"
            r.set("date", str(m.value["start"]) if day else month_of(str(m.value["start"])),
                  ctx.evidence(m.start, m.end))
            return


#: A town or township heading a project's name (``某某镇肉牛养殖小区``, ``某某乡中药材初加工厂``).
#: (an ethnic township too, ``某某苗族乡``; a figure may follow, ``某某乡100兆瓦…``)
_TOWN_OPENS_NAME = re.compile(r"([\u4e00-\u9fff]{2,3}(?:镇|乡)"
                              r"|[\u4e00-\u9fff]{2}(?:苗族|彝族|藏族|羌族|回族|土家族)乡)"
                              r"(?![村镇乡])[\u4e00-\u9fff\d]{3,}")


#: The first phase ending a name, with or without the kind of works after it (``甲项目一期``, ``乙工程首期``).
_GOAL_PHASE_TAIL = re.compile(r"[(（]?(?:一|首)期[)）]?(?:项目|工程)?$")


def _phase_goal_of_told(r: Record, records: list[Record]) -> bool:
    """True for a first phase only set as a goal (``推动甲项目一期竣工投产``) of a project the page told
    of earlier under a fuller name with an actual event (``某园区甲项目开工建设``): the same works,
    no project of its own."""
    name = r.get("name")
    if r.get("status") != "target" or not isinstance(name, str) or r.get("investment_cny") is not None:
        return False
    m = _GOAL_PHASE_TAIL.search(name)
    if m is None or m.start() < 5:
        return False
    base, at = name[:m.start()], _name_start(r)
    if not base.endswith(("项目", "工程")):
        return False
    return any(x is not r and x.get("status") == "actual" and 0 <= _name_start(x) < at
               and isinstance(x.get("name"), str) and x.get("name") != base
               and x.get("name").endswith(base) and phase_of(x.get("name")) is None for x in records)


def _town_heading_name(records: list[Record]) -> None:
    """A project placed in a county but in no finer place whose name opens with a town or township
    (``某某乡中药材初加工厂建成投用``): that town is its detail."""
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        if not isinstance(loc, dict) or not loc.get("county") or loc.get("detail") \
                or not isinstance(name, str):
            continue
        m = _TOWN_OPENS_NAME.match(name)
        if m is None or _NOT_LOCAL.search(m.group(1)):
            continue
        r.set("location", {**loc, "detail": m.group(1)}, *r.fields["location"].evidence)


#: A county paper's masthead opening the page: its name is its county's short form and ``报``
#: (``某某报  2026年3月31日  星期二  第1版``).
_COUNTY_MASTHEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,3})报[ \t\u3000]+(?:19|20)\d{2}\s*年")


#: A detail that can lie in a county: a town, a street office, a zone, a park, a scenic site.
_LOCAL_DETAIL = re.compile(r"(?:镇|乡|街道|社区|村|园区|园|区|景区|基地)$")


def _masthead_county(text: str, records: list[Record]) -> None:
    """On a county paper's page, a project placed in a town or a zone the gazetteer does not know
    (``修齐镇山地鸡养殖基地``) and left without a county is in the paper's county, when its
    province and city, if read, are that county's."""
    m = _COUNTY_MASTHEAD.match(text)
    if m is None:
        return
    gaz = Gazetteer.default()
    counties = [d for d in gaz.lookup(m.group(1)) if d.level == "county"]
    if len(counties) != 1:
        return
    parts = gaz.parts(counties[0].key)
    for r in records:
        loc = r.get("location")
        loc = loc if isinstance(loc, dict) else {}
        detail = loc.get("detail")
        if loc.get("county") or not detail and loc.get("city"):
            continue  # placed in a county, or in another city
        if detail and not _LOCAL_DETAIL.search(detail):
            continue  # a site abroad (``泰国某府``), no town of the county
        if any(loc.get(k) and loc.get(k) != parts[k] for k in ("province", "city")):
            continue
        r.set("location", {"detail": None, **loc, **parts},
              *(r.fields["location"].evidence if "location" in r.fields else ()))


def _sites_abroad(ctx: RecordContext, found: list[tuple[Span, NameSpan, Record]],
                  records: list[Record]) -> None:
    """Works a firm builds in another country (``在泰国某府投资建设的甲基地``, ``在印度尼西亚，…建设的
    乙项目``, ``越南某省中越产业合作园``) have no Chinese province, city or county: the foreign site is
    their ``detail`` (see :func:`newsmill.zh.abroad.site_abroad`)."""
    kept = {id(r) for r in records}
    for sent, name, r in found:
        if id(r) not in kept or r.kind != "project":
            continue
        site = site_abroad(ctx.text, sent.start, name.start, name.name)
        if site is None:
            continue
        at = ctx.text.find(site, sent.start, name.end)
        ev = ctx.evidence(at, at + len(site)) if at >= 0 else ctx.evidence(name.start, name.end)
        r.set("location", {"province": None, "city": None, "county": None, "detail": site}, ev)


#: A park the project settles in, in its own item (``甲项目投资4.5亿元，落户某某物流枢纽园区；``).
_SETTLED_PARK = re.compile(r"落户(?:在|于|到)?(?P<park>[\u4e00-\u9fff]{2,12}?(?:工业园区|产业园区|园区|工业园"
                           r"|产业园|物流园))(?=[,，。;；])")


def _settled_park(ctx: RecordContext, records: list[Record]) -> None:
    """A park the gazetteer does not know, named after ``落户`` in the project's own ``；``-item, is
    its ``detail`` over a zone told in another item or sentence."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or not r.fields["name"].evidence:
            continue
        n1 = r.fields["name"].evidence[0].end
        m = _SETTLED_PARK.search(text, n1, ctx.next_mark(_ITEM_ENDS, n1) + 1)
        if m is None or loc.get("detail") == m.group("park") \
                or any(p.start == m.start("park") and not (isinstance(p.value, dict) and p.value.get("level")
                                                           in ("province", "prefecture"))
                       for p in ctx.mentions_in("places", m.start("park"), m.end())):
            continue  # (a park named after its city, 某市某某园区, is still the gazetteer's unknown)
        r.set("location", {**loc, "detail": m.group("park")}, *r.fields["location"].evidence,
              ctx.evidence(m.start("park"), m.end("park")))


#: Levels of a place that may open a paragraph as its subject.
_SUBJECT_LEVELS = ("county", "district", "zone")


def _paragraph_subject_place(ctx: RecordContext, records: list[Record]) -> None:
    """A district, county or zone opening a paragraph as its subject (``某区则以汽车制造为支撑。在某镇，
    甲项目正在加快建设``, ``某新区同期规上工业产值…。其中，…乙项目开工``) is where the paragraph's
    projects are, over another district of the story, when no other district or zone is named
    between it and the project's name; a zone is the project's ``detail``."""
    text = ctx.text
    for r in records:
        loc = r.get("location")
        if r.kind != "project" or not loc or not r.fields["name"].evidence:
            continue
        n0, n1 = r.fields["name"].evidence[0].start, r.fields["name"].evidence[0].end
        p0 = text.rfind("\n", 0, n0) + 1
        while p0 < n0 and text[p0] in " \t\u3000":
            p0 += 1
        places = [m for m in ctx.mentions_in("places", p0, n1) if isinstance(m.value, dict)
                  and m.value.get("level") in _SUBJECT_LEVELS]
        if not places or places[0].start != p0 or any(m.value.get("name") != places[0].value.get("name")
                                                       for m in places[1:]):
            continue
        v = places[0].value
        if v.get("city") != loc.get("city") or not v.get("city") or ctx.in_org(p0):
            continue
        zone = v.get("level") == "zone"
        if (zone and (loc.get("detail") or loc.get("county") == v.get("county"))) \
                or (not zone and loc.get("county") in (None, v.get("name"))):
            continue
        new = {**loc, "county": v.get("county") if zone else v.get("name")}
        if zone:
            new["detail"] = v.get("name") or places[0].surface
        new.pop("code", None)
        r.set("location", new, *r.fields["location"].evidence, ctx.evidence(places[0].start, places[0].end))


def _municipal_zones(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A zone spanning districts of a municipality (``两江新区``, ``重庆高新区``: the gazetteer gives
    it no county) named as a project's ``detail`` leaves its county empty, whatever district the story
    is told from."""
    zones = {n for m in ctx.mentions_in("places", art.start, art.end) if isinstance(m.value, dict)
             and m.value.get("level") == "zone" and not m.value.get("county")
             and m.value.get("province") and m.value.get("province") == m.value.get("city")
             for n in (m.value.get("name"), m.surface) if n}
    if not zones:
        return
    for r in records:
        loc = r.get("location")
        if r.kind == "project" and loc and loc.get("county") and loc.get("detail") \
                and loc.get("city") == loc.get("province") and any(z in loc["detail"] for z in zones):
            r.set("location", {**loc, "county": None}, *r.fields["location"].evidence)


#: A zone's name (``某某高新区``, ``某某经开区``, ``某某工业园区``).
_ZONE_NAME = re.compile(r"(?:高新区|经开区|开发区|工业园区|园区|新区|产业园|工业园)$")


#: A count of firms (``3家企业``, ``两家公司``, ``多家企业``), which names no investor.
_FIRM_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两几数多]+)家(?:企业|公司|单位|客商|投资商)?$")


def _firm_counts(records: list[Record]) -> None:
    """``与3家企业签约……，其中包括甲项目``: a count of firms signing is no project's investor."""
    for r in records:
        inv = r.get("investor")
        if isinstance(inv, str) and _FIRM_COUNT.search(inv):  # (``省内外6家企业`` too)
            r.set("investor", None)


def _zone_counties(text: str, records: list[Record]) -> None:
    """A county read only from a zone's name (``某滩高新区`` → ``某滩区``) when the page never
    names the county itself: the zone alone is where the project is (county left empty)."""
    for r in records:
        loc = r.get("location")
        if not loc or not loc.get("county") or not loc.get("detail") \
                or not _ZONE_NAME.search(loc["detail"]) or _county_written(loc["county"], text):
            continue
        r.set("location", {**loc, "county": None}, *r.fields["location"].evidence)


def _county_written(county: str, text: str) -> bool:
    """True when ``text`` names ``county`` itself: in full, through its own paper's name, or an
    autonomous county by the short form news write (``某水苗族土家族自治县`` → ``某水县``)."""
    if county in text:
        return True
    if county[-1] in "区县市" and len(county) >= 3 and county[:-1] + "日报" in text:
        return True  # the county's own paper (``某川日报``): the page is the county's
    return county.endswith(("自治县", "自治旗")) and len(county) > 5 \
        and county[:2] + county[-1] in text


#: A town or zone (``某某镇``, ``某某工业园区``, ``某某经济开发区``), after the place that holds it.
_STORY_LOCAL = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:镇(?![村])|乡(?![村镇亲])|街道|高新区|经开区"
                          r"|经济技术开发区|经济开发区|开发区|工业园区|工业园|产业园区|产业园)(?![至到区])")
#: A place where a ceremony is held (``…仪式在某高新区举行``, ``在某高新区主会场举行``): a venue, not
#: where the story's projects are.
_HELD_AT = re.compile(r"(?:主会场|分会场|会场)?(?:隆重|正式|同步)?(?:举行|召开|举办|开幕)")
#: Words no town or zone name holds (``修水县新建一批乡村…``: a verb and a quantity, not a town).
_NOT_LOCAL = re.compile(r"[批些]|[一两几多二三四五六七八九十]个|新建|建设|开工|实施|推进|城乡|家乡|全")


#: A count of projects right after a park (``某市某产业园3个项目同日投产``): the park holds them.
_PROJECTS_IN_LEAD = re.compile(r"(?:\d+|[一两二三四五六七八九十]{1,3})个(?:重点|重大)?项目")


def _story_local(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """The one town or zone a story's headline and lead name, right after the county or city that
    holds it (``某市某工业园区三个项目同日投产``, ``近日，某区某镇2个项目相继投产``), is the ``detail`` of
    the story's projects in that county or city that have none."""
    spans = []
    if art.article is not None and 0 <= art.article < len(ctx.doc.articles):
        ev = ctx.doc.articles[art.article].evidence.get("headline")
        if ev is not None and ev.end <= len(ctx.text):
            spans.append((ev.start, ev.end))
    lead = next((s for s in ctx.sentences(art) if not ctx.text.startswith("#", s.start)), None)
    if lead is not None:
        spans.append((lead.start, lead.end))
    found: dict[str, tuple[Any, int, int]] = {}
    for lo, hi in spans:
        for host in ctx.mentions_in("places", lo, hi):
            v = host.value
            if isinstance(v, dict) and v.get("level") == "zone" and not ctx.in_org(host.start):
                if not _HELD_AT.match(ctx.text, host.end, hi):
                    found.setdefault(v.get("name") or host.surface, (host, host.start, host.end))
                continue  # 某县某工业园区 known as a zone: it holds itself
            if not isinstance(v, dict) or v.get("level") not in ("prefecture", "county", "district"):
                continue
            m = _STORY_LOCAL.match(ctx.text, host.end, hi)
            if m is None or _NOT_LOCAL.search(m.group()) or (
                    m.group().endswith("产业园") and not _PROJECTS_IN_LEAD.match(ctx.text, m.end(), hi)) \
                    or any(p.start < m.end() and host.end <= p.start and p is not host
                           and isinstance(p.value, dict) and p.value.get("level") != "zone"
                           for p in ctx.mentions_in("places", host.end, m.end())):
                continue  # a division after the host (某市某县) is no town or zone of it
            if not _HELD_AT.match(ctx.text, m.end(), hi):
                found.setdefault(m.group(), (host, m.start(), m.end()))
    for short in [n for n in found if any(o != n and o.startswith(n) for o in found)]:
        del found[short]  # 某工业园 in the headline, 某工业园区 in the lead: one zone
    if len(found) != 1:
        return
    [(name, (host, z0, z1))] = found.items()
    hv = host.value
    if hv.get("level") == "zone":  # the zone's own county (else city) is where its projects are
        if not hv.get("city"):
            return
        hv = {"level": "county" if hv.get("county") else "prefecture",
              "name": hv.get("county") or hv.get("city"), "city": hv.get("city")}
    for r in records:
        if r.kind != "project":
            continue
        loc = r.get("location")
        if loc is None or loc.get("detail"):
            continue
        if hv.get("level") == "prefecture":
            same = loc.get("city") == hv.get("name") and loc.get("county") is None
        else:
            same = loc.get("county") == hv.get("name") or (loc.get("county") is None
                                                          and loc.get("city") == hv.get("city"))
        if not same:
            continue
        new = {**loc, "detail": name}
        if hv.get("level") != "prefecture":
            new["county"] = hv.get("name")
        r.set("location", new, *r.fields["location"].evidence, ctx.evidence(z0, z1))


#: What may stand before a name opening a list item: the item's mark (``1.``, ``（1）``, ``①``, ``◆``).
_ITEM_MARK = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）]|[①-⑳]|[◆●■▲◇□○★☆•])\s*")
#: The firm an item names right after its project (``1.甲项目，某某有限公司投资，…``, ``◆乙项目：
#: 某某集团投资3.6亿元，…``), at the head of a clause of the item.
_ITEM_FIRM = re.compile(r"(?:由)?(?P<inv>[\u4e00-\u9fffA-Za-z（）()]{2,30}?"
                        r"(?:有限责任公司|股份有限公司|有限公司|股份公司|集团|公司))"
                        r"(?:共同|独资|全资)?(?:投资|出资)")
#: Where an item says its project is built: settled in (``落户某镇``), sited at (``建设地点位于某县某镇``)
#: or built in a place (``，在某县某镇建设``), at the head of a clause of the item.
_ITEM_SITE = re.compile(r"(?:落户(?:于|在|到)?|(?:建设地点|项目地点|项目选址|选址)?(?:位于|设在)"
                        r"|(?:将|拟|计划)?在(?=[^，,。；;]{2,16}?(?:建设|新建|兴建|投资|实施)))")
#: A town or zone alone (:data:`_LOCAL`).
_LOCAL_RE = re.compile(_LOCAL)
#: A clause mark an item's clause opens after.
_ITEM_CLAUSE = frozenset(",，:：")


def _item_head_name(text: str, r: Record) -> tuple[int, int] | None:
    """The span of ``r``'s name when it opens a list item (after its mark) and a comma or a colon
    follows it; None otherwise."""
    ev = r.fields["name"].evidence if "name" in r.fields else None
    if not ev:
        return None
    n0, n1 = ev[0].start, ev[0].end
    line = text.rfind("\n", 0, n0) + 1
    if n1 >= len(text) or text[n1] not in _ITEM_CLAUSE or not _ITEM_MARK.fullmatch(text, line, n0):
        return None
    return n0, n1


def _item_site(ctx: RecordContext, r: Record, i0: int, i1: int) -> None:
    """The place a list item says its project is built (see :data:`_ITEM_SITE`) is its location:
    a county there (``在某县某镇建设``) over the story's place, and the town or zone after it (or
    alone: ``落户某镇``) its ``detail``."""
    text = ctx.text
    for m in _ITEM_SITE.finditer(text, i0, i1):
        if text[m.start() - 1] not in _ITEM_CLAUSE:
            continue  # the head of a clause only (``由甲县与乙市共同引进``: no site)
        p = m.end()
        at = [pl for pl in ctx.mentions_in("places", p, min(i1, p + 16)) if isinstance(pl.value, dict)
              and pl.value.get("level") in ("prefecture", "county", "district", "zone")]
        place = next((pl for pl in at if pl.start == p), None)
        if place is not None and place.value.get("level") == "prefecture":
            place = next((pl for pl in at if pl.start == place.end
                          and pl.value.get("level") in ("county", "district", "zone")), None)
        loc = r.get("location")
        if place is not None:
            new = location_of(place)
            new.pop("code", None)
            ev = [ctx.evidence(place.start, place.end)]
            town = _TOWN_AND_VILLAGE.match(text, place.end, i1) \
                if place.value.get("level") in ("county", "district") else None
            if town is not None and text[town.end():town.end() + 1] not in "区园":
                new["detail"] = town.group()
                ev.append(ctx.evidence(*town.span()))
            r.set("location", new, *ev)
            return
        local = _LOCAL_RE.match(text, p, i1)
        if local is not None and loc is not None and not loc.get("detail") \
                and not re.match(r"[\u4e00-\u9fff]", text[local.end():local.end() + 1] or "，"):
            r.set("location", {**loc, "detail": local.group()}, *r.fields["location"].evidence,
                  ctx.evidence(*local.span()))
        return


#: The place all the projects of an event are to be built, introducing their list
#: (``此次签约的项目均将在某飞地产业园建设：``, ``签约项目全部落户某经开区：``).
_ALL_BUILT_AT = re.compile(r"(?:签约|引进|落户|开工)的?(?:项目|企业)(?:均|全部|都)(?:将|已)?"
                           r"(?:落户|落地|入驻|在)(?:于|在|到)?(?P<p>[\u4e00-\u9fff]{2,16}?"
                           r"(?:镇|乡|街道|区|园|基地|新城|组团))(?:建设|落地|实施|投资)?[：:]")
#: Where a park is (``某飞地产业园位于某经开区``): its host, a zone or a county.
_PARK_SITS = "位于"


def _all_built_at(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """The projects listed after a lead-in that builds them all in one place (``此次签约的项目均将在
    某飞地产业园建设：甲…；乙…``) are there: the place is their ``detail``, and where the page tells
    where that place is (``某飞地产业园位于某经开区``, a park one county builds in another), the host's
    county and city are theirs, not those of the county that signed them."""
    text = ctx.text
    for m in _ALL_BUILT_AT.finditer(text, art.start, art.end):
        place = m.group("p")
        p0, p1 = m.span("p")
        stop = ctx.next_mark(_FULL_STOPS, m.end())
        members = [r for r in records if r.kind == "project" and "name" in r.fields
                   and r.fields["name"].evidence and m.end() <= r.fields["name"].evidence[0].start < stop]
        if not members:
            continue
        host = None
        at = text.find(place + _PARK_SITS, art.start, art.end)
        if at >= 0:
            h0 = at + len(place) + len(_PARK_SITS)
            host = next((pl for pl in ctx.mentions_in("places", h0, h0 + 16) if pl.start == h0
                         and isinstance(pl.value, dict)
                         and pl.value.get("level") in ("county", "district", "zone")), None)
        if host is None:
            host = next((pl for pl in ctx.mentions_in("places", p0, p1) if pl.start == p0 and pl.end == p1
                         and isinstance(pl.value, dict) and pl.value.get("level") == "zone"), None)
        for r in [r for r in records if r.kind == "project" and r.get("name") == place
                  and r.get("investment_cny") is None]:
            records.remove(r)  # the place the projects go to, told of on its own: no project itself
        for r in members:
            loc = dict(r.get("location") or {})
            ev = [ctx.evidence(p0, p1)]
            if host is not None:
                new = location_of(host)
                new.pop("code", None)
                loc = {**loc, **{k: new.get(k) for k in ("province", "city", "county")}}
                ev.append(ctx.evidence(host.start, host.end))
            loc["detail"] = place
            r.set("location", {k: loc.get(k) for k in ("province", "city", "county", "detail")}, *ev)


#: A project settling right after its name (``甲项目落户某区某镇``, ``…项目正式落户于某县``).
_SETTLES_RIGHT_AFTER = re.compile(r"(?:正式|成功|已|将)?(?:落户|落地|选址)(?:于|在|到)?")


def _settled_county(ctx: RecordContext, records: list[Record]) -> None:
    """A county or district printed where a project settles, right after its name (``由甲县与乙区
    共建的展销中心项目落户乙区某镇``), is where it is built, over the story's county (the county
    promoting it, or its investor's); the town after it is its ``detail``."""
    text = ctx.text
    for r in records:
        if r.kind != "project" or not r.get("location") or not r.fields["name"].evidence:
            continue
        n1 = r.fields["name"].evidence[0].end
        m = _SETTLES_RIGHT_AFTER.match(text, n1)
        if m is None:
            continue
        place = next((pl for pl in ctx.mentions_in("places", m.end(), m.end() + 12)
                      if pl.start == m.end() and isinstance(pl.value, dict)
                      and pl.value.get("level") in ("county", "district")), None)
        loc = r.get("location")
        if place is None or place.value.get("county") == loc.get("county"):
            continue
        new = location_of(place)
        new.pop("code", None)
        ev = [ctx.evidence(place.start, place.end)]
        town = _TOWN_AND_VILLAGE.match(text, place.end, ctx.next_mark(_CLAUSE_ENDS, place.end))
        if town is not None:
            new["detail"] = town.group()
            ev.append(ctx.evidence(*town.span()))
        r.set("location", new, *ev)


def _item_heads(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose name opens a list item (``1.甲项目，某公司投资，协议金额X，落户某镇；``,
    ``◆乙项目：某公司投资X，在某县某镇建设，…。``) takes from its own item the firm that invests
    and the place where it is built, over what the story around gave (the venue of a signing, the
    county that promotes it)."""
    text = ctx.text
    for r in records:
        if r.kind != "project":
            continue
        head = _item_head_name(text, r)
        if head is None:
            continue
        i1 = ctx.next_mark(_ITEM_ENDS, head[1])
        if i1 < 0:
            i1 = len(text)
        firm = next((f for f in _ITEM_FIRM.finditer(text, head[1] + 1, i1)
                     if text[f.start() - 1] in _ITEM_CLAUSE), None)
        if firm is not None:
            r.set("investor", firm.group("inv"), ctx.evidence(*firm.span("inv")))
        if text.find("在", head[1], i1) >= 0 or text.find("落户", head[1], i1) >= 0 \
                or text.find("位于", head[1], i1) >= 0:
            _item_site(ctx, r, head[1] + 1, i1)


#: A matter a meeting studies, right after the event's cue (``引进事宜``, ``签约有关事项``).
_UNDER_STUDY = re.compile(r"(?:事宜|有关事项|相关事项)")
_STUDIED = re.compile(r"研究|审议|讨论")
#: What a company intends right after its name, up to the project it would build
#: (``某公司有意在我区投资建设``, ``某集团拟投资1.2亿元建设``).
_INTENDS = re.compile(r"(?:有意|拟|计划|准备|打算)[^，,。；;]{0,16}?投资[^，,。；;]{0,12}?"
                      r"(?:建设|新建|兴建|打造)$")
#: A visiting party (``某集团一行到某区考察，拟投资…建设``): the company heads the sentence's first clause.
_PARTY = re.compile(r"一行")
_PLANS_TO_INVEST = re.compile(r"(?:有意|拟|计划|准备|打算)投资")


def _investor_intends(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company that intends to invest in a project it would build: named right before its
    intention (``其中某公司有意在我区投资建设甲项目``), or heading a visiting party whose next
    clause says it plans to invest (``某集团一行到某区考察，拟投资…建设甲基地``)."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    for o in reversed(ctx.orgs):
        if o.end > name.start or o.start < sent.start:
            continue
        if o.start >= c0 and _INTENDS.fullmatch(text, o.end, name.start):
            r.set("investor", text[o.start:o.end], ctx.evidence(o.start, o.end))
            return
        if o.start < c0 and _PARTY.match(text, o.end) and _PLANS_TO_INVEST.match(text, c0) \
                and ctx.clause_start(o.start, sent.start) == ctx.clause_start(c0 - 1, sent.start):
            r.set("investor", text[o.start:o.end], ctx.evidence(o.start, o.end))
            return


#: An approval granting a project, right before its name (``同意建设``, ``核准建设``, ``同意实施``).
#: (Written ``(?<!一致)(?<!双方)(?:同意|核准|批准)…``: the look-behinds after the verb, over it, so that
#: the pattern opens with a literal: same matches.)
#: An investment a firm intends, in the name's clause (``公司拟通过全资子公司在某经开区投资建设甲项目``,
#: ``拟在某县投资新建乙项目``): the plan is decided, the works not begun.
_INTENDS_TO_BUILD = re.compile(r"拟(?!于)[^，,。；;：:]{0,24}?(?:投资建设|投资新建|投建|新建|扩建|建设)$")
#: The building verb right before a name, in its clause (``由子公司在某开发区投资建设``).
_BUILT_BY = re.compile(r"(?:投资建设|投资新建|投建|新建|扩建)$")
#: A signing itself intended (``公司拟与某市人民政府签订《投资协议书》``): no signing yet.
_SIGNING_INTENDED = re.compile(r"拟[^，,。；;]{0,20}?(?:签订|签署|签约)")
#: An investor told only as a firm's subsidiary (``全资子公司``, ``公司拟通过全资子公司``).
_FIRM_IN_FULL = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司|集团)$")
_SUBSIDIARY_ONLY = re.compile(r"(?:该|本)?(?:公司)?(?:拟)?(?:通过|由|以)?(?:其)?(?:全资|控股)?子公司")


def _intended_investment(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A firm's intended investment (see :data:`_INTENDS_TO_BUILD`), with no event told but a signing
    that is itself intended (``拟与…签订…，由子公司…投资建设甲项目``): the project is planned, and the
    decision to build it is reported done. An investor told only as the firm's subsidiary becomes
    the firm named last before it in the sentence."""
    text = ctx.text
    c0 = ctx.clause_start(name.start, sent.start)
    if r.get("stage") == "signed":
        ev = r.fields["stage"].evidence
        if not ev or not _SIGNING_INTENDED.search(text, sent.start, ev[0].end):
            return
        m = _BUILT_BY.search(text, c0, name.start)
    else:
        m = _INTENDS_TO_BUILD.search(text, c0, name.start)
    if m is None:
        return
    ev = ctx.evidence(m.start(), m.end())
    r.set("stage", "planned", ev)
    r.set("status", "actual", ev)
    if _SUBSIDIARY_ONLY.fullmatch(str(r.get("investor") or "")):
        firm = next((o for o in reversed(ctx.orgs) if sent.start <= o.start and o.end <= m.start()
                     and _FIRM_IN_FULL.search(str(o.surface))
                     and not str(o.surface).endswith("子公司")), None)
        if firm is not None:
            r.set("investor", str(firm.surface), ctx.evidence(firm.start, firm.end))


_APPROVED = re.compile(r"(?:同意|核准|批准)(?<!一致..)(?<!双方..)(?:建设|实施|新建|扩建)$")
#: A sentence opening on the project, maybe after an item's number (``项目用地…``, ``二、项目建设地点…``).
_ITEM_ON_IT = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s*)?项目")
#: The name field of a project card in a notice (``项目名称：``), right before the name.
_CARD_NAME = re.compile(r"项目名称\s*[:：]\s*$")
#: One ``label：value`` line of a project card (``建设地点：…``, ``总投资：…``).
#: (a bullet or an item number before the label: ``■建设地点：``, ``3、建设地点：``)
_CARD_LINE = re.compile(r"^[ \t\u3000]*(?:[■●◆▲◇□○·•]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、)?\s*"
                        r"(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：]"
                        r"\s*(?P<value>[^\n]+)$", re.M)
_CARD_PLACE = ("建设地点", "项目地点", "项目地址", "建设地址", "选址")
_CARD_INVESTOR = ("建设单位", "项目单位", "业主单位", "投资单位", "投资主体", "申报单位", "实施主体")
_CARD_INVEST = ("总投资", "项目总投资", "投资总额", "计划总投资")
_CARD_CONTENT = ("建设内容", "建设规模", "主要建设内容", "建设规模及内容")
_CARD_PROGRESS = ("建设进度", "项目进度", "进展情况", "项目进展", "形象进度")
#: Money spent so far on the works (``已完成投资1.1亿元``): under way.
_CARD_SPENT = re.compile(r"(?:已|累计|已累计)完成(?:投资|年度投资)")
#: A notice about projects still in their approvals: they are planned (环评公示, 审批, 核准, 备案).
#: (or a company's board approving the investment in a filing: ``董事会…审议通过…议案``)
_APPROVALS = re.compile(r"环境影响评价|环评|审批|核准|备案|审议通过")


def _card_detail(text: str, places: list[Any], end: int) -> str | None:
    """What a card's place names below its county (``某县经济开发区某路东侧`` → ``经济开发区某路东侧``)."""
    last = places[-1]
    start = last.end
    if location_of(last)["detail"] is not None:  # a zone or town: from its own name on, less its county
        start = last.start
        for admin in (last.value.get("county"), last.value.get("city")):
            if admin and text.startswith(admin, start):
                start += len(admin)
                break
    return text[start:end].strip(" ，,。;；") or None


def _in_card_content(text: str, name: NameSpan) -> bool:
    """A name on a card's content or progress line (``■建设内容：新建矿泉水生产线6条``): what the
    card's project builds, no project of its own."""
    line = text.rfind("\n", 0, name.start) + 1
    m = _CARD_LINE.match(text, line)
    return m is not None and m.group("label") in (*_CARD_CONTENT, *_CARD_PROGRESS)


def _card_progress(ctx: RecordContext, r: Record, v0: int, v1: int) -> None:
    """The stage a card's progress line tells (``厂房主体已封顶，设备进场安装，计划10月投产``): the last
    event reported done or under way (money spent so far means under way), else the first planned."""
    text = ctx.text
    done = planned = None
    spent = _CARD_SPENT.search(text, v0, v1)
    if spent is not None:
        done = ("under_construction", spent.start(), spent.end())
    for m in STAGE_RE.finditer(text, v0, v1):
        if not cue_applies(text, m.start(), m.end()):
            continue
        c0 = max(text.rfind(c, v0, m.start()) for c in ",，;；、") + 1
        c0 = max(c0, v0)
        item = (STAGE_CUES[m.group()], m.start(), m.end())
        if target_in(text[c0:m.start()]) is not None:
            planned = planned or item
        elif done is None or m.start() > done[1]:
            done = item
    pick, status = (done, "actual") if done is not None else (planned, "target")
    if pick is None:
        return
    if pick[0] == "completed" and _MAIN_PART_DONE.search(text, max(v0, pick[1] - 10), pick[1]):
        pick = ("under_construction", pick[1], pick[2])
    r.set("stage", pick[0], ctx.evidence(pick[1], pick[2]))
    r.set("status", status, ctx.evidence(pick[1], pick[2]))


def _card_fields(ctx: RecordContext, r: Record, name: NameSpan, used: list[tuple[int, int]]) -> None:
    """Fields of a project printed as a card of ``label：value`` lines under ``项目名称：…``:
    the place of ``建设地点：``, the amount of ``总投资：``, the investor of ``建设单位：``; a card
    in a notice of approvals (环评, 审批, 核准, 备案) reports a project still ``planned``."""
    text = ctx.text
    pos = text.find("\n", name.end)
    while pos >= 0:
        m = _CARD_LINE.match(text, pos + 1)
        if m is None or m.group("label") == "项目名称" or m.group("label").endswith("项目名称"):
            break
        label, v0, v1 = m.group("label"), m.start("value"), m.end("value")
        if label in _CARD_PLACE:
            places = [p for p in ctx.mentions_in("places", v0, v1) if isinstance(p.value, dict)]
            if places:
                loc = location_of(places[-1])
                for p in places[:-1]:
                    loc.update({k: v for k, v in location_of(p).items() if v and not loc.get(k)})
                loc["detail"] = _card_detail(text, places, v1) or loc["detail"]
                r.set("location", loc, ctx.evidence(v0, v1))
        elif label in _CARD_INVESTOR and r.get("investor") is None:
            r.set("investor", m.group("value").strip(" 。;；"), ctx.evidence(v0, v1))
        elif label in _CARD_CONTENT:
            _attributes(ctx, r, v0, v1, used)
        elif label in _CARD_PROGRESS:
            _card_progress(ctx, r, v0, v1)
        elif label in _CARD_INVEST and r.get("investment_cny") is None:
            figures = [f for f in ctx.figures_in(v0, v1, "money") if _in_yuan(f)]
            if figures and figures[0].start - v0 <= 2:
                f = figures[0]
                r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
                used.append((f.start, f.end))
        pos = text.find("\n", m.end()) if m.end() < len(text) else -1
        if pos != m.end():
            break
    if r.get("stage") is None and _APPROVALS.search(text, 0, name.start):
        r.set("stage", "planned", ctx.evidence(name.start, name.end))
        r.set("status", "actual", ctx.evidence(name.start, name.end))


#: What a project builds, right before a line or workshop named after it (``计划建设年产X生产线``).
_BUILDS = re.compile(r"(?:建设|新建|扩建|建成|上马|布局|新上)$")
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


#: ``正式落户某县某镇工业园区``: the park a project settles in is its place, no project.
_SETTLES_IN = re.compile(r"落户(?:于|在|到)?$")
_PARK_END = re.compile(r"(?:园区|工业园|产业园|开发区|高新区|经开区|新区|集中区)$")
#: A count of projects right after a park's name (``某工业园区三个新项目同日投产``).
_PROJECTS_COUNTED = re.compile(r"(?:共有|共|有)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项|批)"
                               r"(?:新|重点|重大)?项目"
                               # (``某产业园招商引资项目集中签约活动``: the park the projects go to)
                               r"|(?:招商引资|招商|入园|入驻)项目")


#: How a park heading a project's name ends (also a logistics or science park: ``某空港物流园冷链仓储
#: 中心项目``).
_HEADING_PARK_END = re.compile(r"(?:园区|工业园|产业园|物流园|科技园|开发区|高新区|经开区|新区|集中区)$")


#: A photo's caption opening a sentence (``图为…``, ``▲图为…``, ``上图为…``).
_PHOTO_SCENE = re.compile(r"[\s\u3000▲△●■]*(?:[上下左右]?图[为是]|图片为)")


def _parks_heading_projects(names: list[NameSpan]) -> tuple[list[NameSpan], dict[int, NameSpan]]:
    """Names without a park's name that heads the next name (``某某循环经济产业园再生铅项目二期``:
    the park is where the project is, no project of its own), and those parks by the start of the
    project they head."""
    starts = {n.start: n for n in names}
    parks = {n.end: n for n in names if _HEADING_PARK_END.search(n.name) and n.end in starts
             and _PROJECT_TAIL.search(starts[n.end].name)}
    return [n for n in names if n.end not in parks or parks[n.end] is not n], parks


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
    """The park heading a project's name is the detail of its location."""
    loc = dict(r.get("location") or {"province": None, "city": None, "county": None})
    loc["detail"] = park.name
    r.set("location", loc, ctx.evidence(park.start, park.end))


#: Right after a park's name: it frames the sentence as its scene (``…产业园内，``).
_SCENE_AFTER = re.compile(r"内[,，]")
#: How a place where projects stand ends (a park, a base, a port area).
_SCENE_END = re.compile(r"(?:园区|工业园|产业园|物流园|开发区|高新区|经开区|新区|集中区|基地|港区)$")
#: What opens a sentence before the place it is set in (``在``, ``在一旁的``, ``在不远处的``).
_SCENE_OPENS = re.compile(r"\s*(?:在|而在|同样在)(?:[\u4e00-\u9fff]{1,6}的)?")


def _park_of_projects(text: str, name: NameSpan, end: int) -> bool:
    """True when a park's name heads a count of projects: it is where they are, no project itself."""
    return bool(_PARK_END.search(name.name)) and _PROJECTS_COUNTED.match(text, name.end, end) is not None


#: ``建成后将成为全州最大的某某基地``: what a project will become, no project of its own.
_BECOMES = re.compile(r"成为[^，,。；;]{0,12}$")
#: ``这是``/``此为`` right before a name (``这是该公司…``): what the thing just told is.
_THIS_IS = re.compile(r"(?:这是|这也是|此为|该项目是|项目是)[^，,。；;]{0,8}$")
#: A rank among like things (``首个``, ``第一个``, ``最大的``, ``唯一的``): a role, not a name.
_RANK_WORD = re.compile(r"首个|首座|首家|第[一二三四五六七八九十\d]+个|最大的?|唯一的?|又一个|重要的")


def _role_told(text: str, sent: Span, n: NameSpan) -> bool:
    """True when ``n`` tells what the thing just told is, ranked among like things
    (``这是该公司首个海外生产基地``, ``这也是全省最大的…基地``): a role, no project's name
    (``这是该村今年实施的甲项目`` names one)."""
    lo = max(sent.start, n.start - 12)
    m = _THIS_IS.search(text, lo, n.start)
    return m is not None and _RANK_WORD.search(text, m.start(), n.end) is not None
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


#: A plant told only by its rank among a firm's plants (``首个加工厂``, ``第二座工厂``, ``第三个生产基地``).
_RANKED_PLANT = re.compile(r"(?:\d{4}年)?(?:首个|首座|首家|第[一二三四五六七八九十\d]{1,2}[个座家])"
                           r"[\u4e00-\u9fff]{0,4}?(?:厂|工厂|加工厂|分厂|车间|生产基地|基地)")
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
                                       or _BUILDS_HEAD.match(n.name))
                     or (n.listed or text[n.start - 1:n.start] == "、") and _builds_listed(text, n)) \
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


def _lines_it_builds(ctx: RecordContext, sent: Span, names: list[NameSpan]) -> list[NameSpan]:
    """In a sentence about the project just reported (``项目位于…，将建设甲、乙生产线``), the
    production lines or workshops it builds are its content, not projects of their own."""
    return [n for n in names
            if not (n.name.endswith(_LINE_TAIL) and _BUILDS_IN_CLAUSE.search(
                ctx.text, ctx.clause_start(n.start, sent.start), n.start))]


def _drop_table_rows(records: list[Record], keys: dict[str, Record], start: int, end: int) -> None:
    """Forget the projects read as prose from the rows of a table in ``[start, end)``:
    the table's columns give their attributes."""
    inside = [r for r in records if "name" in r.fields and r.fields["name"].evidence
              and start <= r.fields["name"].evidence[0].start < end]
    for r in inside:
        records.remove(r)
        for key in [k for k, v in keys.items() if v is r]:
            del keys[key]


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
_SIGNING = ("签约", "落户", "签署")
#: A bracketed stage tag opening a paragraph of a column of briefs (``【签约】``, ``【开工】``).
_STAGE_TAG = re.compile(r"[ \t\u3000]*【(" + STAGE_RE.pattern + r")】")


#: A signing, then in a later clause of the sentence what the partner invests to build
#: (``与某公司签订协议，由该公司投资10亿元建设甲项目``; a clause of the site between:
#: ``签订增资扩产协议，该公司将在某园区新征土地80亩，投资4.3亿元建设``; the site after the sum:
#: ``与某县签约，投资7.2亿元在某开发区建设``).
_SIGNED_THEN = re.compile(r"(?:签订|签署|签约)[^。；;！？]{0,24}?[,，]"
                          r"(?:[^。；;！？,，]{0,24}?[,，])?"
                          r"[^。；;！？,，]{0,24}?投资[^。；;！？,，(（]{0,12}?(?:在[^。；;！？,，(（]{2,16}?)?"
                          # a foreign amount with its yuan in brackets (``投资8000万欧元(约合人民币…)，``)
                          r"(?:[(（][^()（）。；;]{0,16}[)）][,，]?)?"
                          # (the sum in a clause of its own: ``将在园区投资8亿元，建设甲基地``)
                          r"(?:(?<=元)[,，])?$")


#: A sentence closing on a signing with a partner (``与甲公司签订投资协议。``).
_AGREEMENT_SIGNED = re.compile(r"(?:签订|签署)了?[\u4e00-\u9fff]{0,6}?协议[。！]$|签约[。！]$")
#: The next sentence opening on what the partner invests (``甲公司将在某区投资6亿元``) before ``建设``.
_PARTNER_INVESTS = re.compile(r"[\s\u3000]*[^。；;！？,，]{2,20}?(?:将|拟|计划)?(?:在[^。；;！？,，]{2,12}?)?"
                              r"投资[^。；;！？,，]{0,12}")


def _signed_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose only cue is the ``建设`` of ``投资X亿元建设`` right after a signing reported
    in the sentence (or closing the sentence before: ``与甲公司签订投资协议。甲公司将在某区投资…建设``)
    is what was signed: ``signed``, as the signing is reported."""
    text = ctx.text
    for r in records:
        f = r.fields.get("stage")
        if f is None or r.get("stage") != "under_construction" or not f.evidence:
            continue
        cue = f.evidence[0]
        if text[cue.start:cue.end] != "建设":
            continue
        lo = ctx.last_mark(_SENTENCE_ENDS, 0, cue.start) + 1
        m = _SIGNED_THEN.search(text, max(lo, cue.start - 60), cue.start)
        if m is None and lo > 1 and _PARTNER_INVESTS.fullmatch(text, lo, cue.start):
            # the sentence before closes on the signing (``与甲公司签订投资协议。甲公司将在某区投资…``)
            m = _AGREEMENT_SIGNED.search(text, max(0, lo - 50), lo)
        elif m is not None and target_in(text[lo:m.start()]) is not None:
            continue
        if m is None:
            continue
        r.set("stage", "signed", ctx.evidence(m.start(), m.start() + 2))
        r.set("status", "actual", ctx.evidence(m.start(), m.start() + 2))


#: A ceremony held for one named project (``隆重举行甲项目开工仪式``): the event it marks.
_CEREMONY = re.compile(r"举行(?P<name>[^，,。；;！？]{4,40}?)(?P<cue>开工|签约|竣工|投产|奠基|开业)"
                       r"(?:仪式|典礼)")


def _ceremony_held(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """A project whose own ceremony the story reports held (``今天，我们在这里隆重举行甲项目开工仪式``)
    had that event then, whatever later plans the story gives (``一期计划2025年底建成``)."""
    text = ctx.text
    for m in _CEREMONY.finditer(text, art.start, art.end):
        held = _name_key(m.group("name"))
        r = _lookup(held, {_name_key(str(x.get("name"))): x for x in records if x.get("name")})
        if r is None:
            continue
        sent = next((s for s in ctx.sentences(art) if s.start <= m.start() < s.end), None)
        if sent is None or ctx.status(sent, m.start("cue"))[0] != "actual":
            continue
        r.set("stage", STAGE_CUES[m.group("cue")], ctx.evidence(m.start("cue"), m.end("cue")))
        r.set("status", "actual", ctx.evidence(m.start(), m.end()))
        date, dm = _date(ctx, sent)
        if date is not None:
            r.set("date", date, ctx.evidence(dm.start, dm.end))


#: Talks still going on about the project just named (``目前双方仍在洽谈``, ``正在磋商``).
_IN_TALKS = re.compile(r"(?:仍在|正在|尚在|还在|仍处于|处于)(?:洽谈|磋商|商谈|谈判)"
                       # an intention agreed, no contract yet (``双方已达成初步合作意向``)
                       r"|达成(?:了)?(?:初步)?(?:合作|投资|签约)?意向")
#: ``目前项目正在洽谈``: 项目 refers back to the project just named.
_PROJECT_BACK = re.compile(r"(?:目前|当前|现|该|此|这个)项目")


def _still_in_talks(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose own ``；``-item says talks about it are still going on (``有意投资…建设甲项目，
    目前双方仍在洽谈``) is being negotiated, whatever the story's signing."""
    text = ctx.text
    starts = sorted(r.fields["name"].evidence[0].start for r in records
                    if "name" in r.fields and r.fields["name"].evidence)
    for r in records:
        if r.get("stage") == "negotiating" or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        end = r.fields["name"].evidence[0].end
        stop = ctx.next_mark(_ITEM_ENDS, end)
        for m in _IN_TALKS.finditer(text, end, stop):
            k = text.find("项目", end, m.start())
            if k >= 0 and not _PROJECT_BACK.search(text, max(end, k - 2), k + 2):
                break  # ``甲项目已签约，乙项目正在洽谈``: the talks are about the project named after
            i = bisect.bisect_left(starts, end)
            if i < len(starts) and starts[i] < m.start():
                break  # ``甲项目已签约，乙基地正在洽谈``: another project named (no 项目 in its name)
            r.set("stage", "negotiating", ctx.evidence(m.start(), m.end()))
            r.set("status", "actual", ctx.evidence(m.start(), m.end()))
            break


#: An investor named by reference to a company just named (``由该公司投资…``).
_THAT_COMPANY = frozenset({"该公司", "该企业", "该集团", "公司", "企业"})


def _named_without_investor(records: list[Record]) -> Iterator[tuple[Record, int]]:
    """The records with a name in the text and no investor yet, with where the name starts."""
    for r in records:
        if r.get("investor") is None and "name" in r.fields and r.fields["name"].evidence:
            yield r, r.fields["name"].evidence[0].start


def _investor_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose clause opens with a company investing a sum to
    build it (``某公司拟投资15亿港元建设甲基地``): that company."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        c0 = ctx.last_mark(_CLAUSE_ENDS, 0, start) + 1
        if text.find("建设", c0, start) < 0 and text.find("新建", c0, start) < 0:
            continue
        m = INVESTOR_TO_BUILD.match(text, c0, start)
        if m is not None:
            inv0 = m.start("org") + _after_last(INVESTOR_LEAD, m.group("org"))
            r.set("investor", text[inv0:m.end("org")], ctx.evidence(inv0, m.end("org")))
        elif c0 > 1 and text[c0 - 1] in ",，" and _AGAIN_INVESTS.fullmatch(text, c0, start):
            # 2021年落户某区的甲有限公司，今年追加投资15亿元建设乙项目二期: the firm closing the clause before
            firm = _FIRM_CLOSES.search(text, max(0, c0 - 40), c0 - 1)
            if firm is not None:
                r.set("investor", firm.group("org"), ctx.evidence(*firm.span("org")))


#: A clause of a firm investing again (``今年追加投资15亿元建设``, ``再投资8亿元新建``), up to the name.
_AGAIN_INVESTS = re.compile(r"(?:今年|去年|近日|日前|此次|近期)?(?:又|再|还)?(?:追加|增资|再)投资"
                            rf"(?:约|近|超)?{SUM_FIGURE}(?:万|亿)元(?:建设|新建|扩建|实施)")
#: A company's full name closing a clause (``2021年落户某区的甲有限公司``).
_FIRM_CLOSES = re.compile(r"(?:^|(?<=[的，,。；;\n]))(?P<org>[\u4e00-\u9fff]{4,24}?"
                          r"(?:股份有限公司|有限责任公司|有限公司))$")
#: A firm and a place that signed an agreement, opening the sentence (``7月，甲有限公司与某高新区签订
#:投资协议，``), then the plan the firm agreed to build (``计划投资12亿元建设乙基地``).
_AGREEMENT_THEN = re.compile(r"(?P<a>[^,，。;；、:：与和]{2,30}?)与(?P<b>[^,，。;；、:：与和]{2,20}?)"
                             r"(?:正式|成功|现场)?(?:(?:签订|签署|签约)了?(?:投资|合作|入园|项目)?(?:协议|合同)"
                             r"|签约(?=[，,]))"
                             r"[，,](?:双方将|该公司将|将|拟|计划|预计)?"
                             r"(?:(?:总)?(?:投资|出资)[^，,。;；]{1,12}?"
                             # (or where it builds: ``…签订投资协议，将在某园区建设乙项目``)
                             r"|在[^，,。;；]{2,20}?)"
                             r"(?:建设|新建|打造)$")


#: A party to a signing that is a park (``某产业合作园``, ``某工业园区``, ``某经开区``).
_PARK_PARTY = re.compile(r"(?:园|园区|开发区|高新区|经开区)$")


def _investor_signed_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor, built by the plan agreed in the clause before it
    (``甲有限公司与某高新区签订投资协议，计划投资12亿元建设乙基地``): the firm of the two parties."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        c0 = ctx.last_mark(_SENTENCE_MARKS, 0, start) + 1
        m = _AGREEMENT_THEN.search(text, c0, start)
        if m is None:
            continue
        a0 = m.start("a") + _after_last(_LEAD_TIME, m.group("a"))
        for s, e in ((a0, m.end("a")), (m.start("b"), m.end("b"))):
            if _COMPANY_FORM.search(text, s, e) and not _GOVERNMENT_END.search(text[s:e]):
                r.set("investor", text[s:e], ctx.evidence(s, e))
                break
        loc = r.get("location")
        if loc and not loc.get("detail") and _PARK_PARTY.search(m.group("b")):
            # 甲有限公司与乙产业合作园签约，计划投资…建设丙项目: the park it signed with is where it goes
            r.set("location", {**loc, "detail": m.group("b")}, *r.fields["location"].evidence,
                  ctx.evidence(m.start("b"), m.end("b")))


#: A firm that signed the project named right after (``某物流有限公司签约的甲项目``).
_SIGNED_BY = re.compile(r"(?P<org>[^,，。;；、:：与和]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团))"
                        r"(?:此次|本次|当天|现场)?签约的$")
#: A time opening the sentence before its subject (``7月，``, ``日前，``, ``今年3月，``).
_LEAD_TIME = re.compile(r"^[^，,]{1,8}[，,]")
#: Where a sentence ends.
_SENTENCE_MARKS = frozenset("。！？\n")


#: A company opening the brackets right after a project's name, before its other facts
#: (``甲项目（某某食品有限公司，总投资3.8亿元）``).
_BRACKET_COMPANY = re.compile(r"[（(](?P<org>[\u4e00-\u9fff（）()]{2,30}?(?:有限责任公司|有限公司|集团|公司))"
                              r"(?:[，,、；;]|[）)])")


def _investor_in_brackets(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose name is followed by brackets that open with a
    company (``甲项目（某某科技有限公司，总投资12亿元）``, a roll of projects): that company builds it."""
    text = ctx.text
    for r in records:
        name = r.fields.get("name")
        if name is None or not name.evidence:
            continue
        inv = r.get("investor")
        if inv is not None and not inv.startswith(str(r.get("name"))):
            continue  # (an investor read as the name and the bracket's company is none)
        m = _BRACKET_COMPANY.match(text, name.evidence[0].end)
        if m is not None:
            r.set("investor", m.group("org"), ctx.evidence(m.start("org"), m.end("org")))


#: Partners listed before a signing verb (``与甲集团、乙分公司、丙公司等企业签订了…``).
_PARTNERS = re.compile(r"与(?P<orgs>(?:[^,，。;；、:：与和及（(]{2,24}?(?:集团|公司|控股|股份)[、和及]){1,9}"
                       r"[^,，。;；、:：与和及（(]{2,24}?(?:集团|公司|控股|股份))"
                       r"(?:等\d*家?(?:企业|公司|单位))?(?:正式)?(?:签署|签订|签约)了?")
_ONE_PARTNER = re.compile(r"[^、和及]+?(?:集团|公司|控股|股份)(?=[、和及]|$)")


def _investors_respectively(ctx: RecordContext, records: list[Record]) -> None:
    """Partners listed before a signing verb and as many projects listed right after it, in the
    same order (``与甲公司、乙公司签订了A项目、B项目等协议``): each project's investor."""
    text = ctx.text
    if "与" not in text or not records:
        return
    starts = sorted((r.fields["name"].evidence[0].start, i) for i, r in enumerate(records)
                    if "name" in r.fields and r.fields["name"].evidence)
    if not starts:
        return
    for m in _PARTNERS.finditer(text, max(0, starts[0][0] - 300), starts[-1][0]):
        end = min((k for k in (text.find(c, m.end()) for c in "，,。；;") if k >= 0), default=len(text))
        listed = [records[i] for s, i in starts if m.end() <= s < end]
        orgs = list(_ONE_PARTNER.finditer(m.group("orgs")))
        if len(orgs) < 2 or len(orgs) != len(listed):
            continue
        for org, r in zip(orgs, listed):
            if r.get("investor") is None:
                o0 = m.start("orgs") + org.start()
                r.set("investor", org.group(), ctx.evidence(o0, o0 + len(org.group())))


#: The last character of a division's name written in full (``某某县``, ``某某市``, ``某某区``).
_FULL_PLACE_END = frozenset("县市区旗州盟")


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


#: Trades of a scenic site named after the place it stands in (``某县某石文旅综合体``).
_SCENIC_TRADES = ("文旅", "旅游", "康养")


def _investor_brands(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor whose name opens with a brand (``甲乙绿色植保项目`` →
    ``甲乙``, see :func:`brand_head`), unless a place opens it (``某县绿色食品产业园``); a branch's
    home city may (``北京某某(某市)…``)."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        name = r.get("name")
        if "厂房" in name and _PARK_PLANT.match(name):
            continue  # ``某县甲乙产业园标准化厂房``: the park's buildings, its name no brand
        brand = brand_head(name, text)
        if brand is None:
            # ``某县某某锂电新材料项目``: a county or city written in full, then the brand
            head = next((p for p in ctx.mentions_in("places", start, start + 1)
                         if p.start == start and text[p.end - 1] in _FULL_PLACE_END), None)
            if head is not None and text.startswith(name, start):
                start = head.end
                brand = brand_head(name[head.end - head.start:], text)
                if brand is not None and text.startswith(_SCENIC_TRADES, start + len(brand)):
                    continue  # ``某县某石文旅综合体``: a scenic spot of the county, no company
        if brand is None or not text.startswith(brand, start):
            continue
        end = start + len(brand)
        if brand == city_liquor(name):
            r.set("investor", brand, ctx.evidence(start, end))  # ``某州老窖…``: the city is the brand's
            continue
        if _only_places(ctx, start, end) or (text[end] not in "(（" and any(
                p.start == start and (p.end >= end - 1 or text[p.end - 1] in _FULL_PLACE_END
                                      or not_a_brand(text[p.end:end]))
                for p in ctx.mentions_in("places", start, start + 1))):
            continue  # (a county's short name may open a brand: ``某川某成新材料…`` → ``某川某成``,
            # not a product: ``某山茶叶冷链…``)
        r.set("investor", brand, ctx.evidence(start, end))


#: A firm visited or met, then talks on a project in the same sentence (``拜访了甲公司，双方就在某区
#:投资建设乙项目进行深入洽谈``): the firm is the project's investor.
_VISITED_THEN_TALKS = re.compile(r"(?:拜访|走访|会见|会晤|考察)了?(?P<org>[^，,。；;！？]{4,30}?)[，,]双方就"
                                 r"[^。；;！？]{0,40}?$")


def _talks_partner(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no investor whose name follows ``双方就`` after a visit to a firm in the
    same sentence takes that firm as investor, when it is a company named in full (``…有限公司``)."""
    text = ctx.text
    for r in records:
        if r.get("investor") or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        at = r.fields["name"].evidence[0].start
        lo = ctx.last_mark(_SENTENCE_ENDS, 0, at) + 1
        m = _VISITED_THEN_TALKS.search(text, max(lo, at - 80), at)
        if m is None:
            continue
        end = m.end("org")
        tail = COMPANY_END.search(text, max(m.start("org"), end - 6), end)
        if tail is not None and tail.end() == end:
            r.set("investor", m.group("org"), ctx.evidence(m.start("org"), end))


#: The firm taken up by a bare word, then its sum, before a name (``企业投资3.2亿元建设的``).
_FIRM_WORD_INVESTS = re.compile(r"(?<![\u4e00-\u9fff])(?:该)?(?:企业|公司)(?:总)?投资[\d.]+(?:亿|万)元"
                                r"(?:新建|建设|打造|实施)的$")


def _firm_word_investor(ctx: RecordContext, records: list[Record]) -> None:
    """A project with no investor built by ``企业``/``公司`` and its sum (``…介绍，企业投资3.2亿元建设的
    甲项目``) takes the one company named in full in its paragraph before it; none when several are."""
    text = ctx.text
    for r in records:
        if r.get("investor") or not r.fields.get("name") or not r.fields["name"].evidence:
            continue
        at = r.fields["name"].evidence[0].start
        lo = ctx.last_mark(_SEMICOLONS_COMMAS, max(0, at - 40), at) + 1
        if not _FIRM_WORD_INVESTS.search(text, lo, at):
            continue
        para = text.rfind("\n", 0, at) + 1
        firms = {text[m.start:m.end]: m for m in ctx.mentions_in("orgs", para, at)
                 if m.end <= at and COMPANY_END.search(text, max(m.start, m.end - 6), m.end)}
        if len(firms) == 1:
            [m] = firms.values()
            r.set("investor", text[m.start:m.end], ctx.evidence(m.start, m.end))


def _investor_anaphora(ctx: RecordContext, records: list[Record]) -> None:
    """An investor read as ``该公司`` (``与甲公司签订协议，由该公司投资…建设乙项目``) is the last
    company named before it in the paragraph."""
    for r in records:
        if r.get("investor") not in _THAT_COMPANY or not r.fields["investor"].evidence:
            continue
        at = r.fields["investor"].evidence[0].start
        para = ctx.text.rfind("\n", 0, at) + 1
        org = None
        for m in ctx.mentions_in("orgs", para, at):
            if m.end <= at:
                org = m
        if org is not None:
            r.set("investor", ctx.text[org.start:org.end], ctx.evidence(org.start, org.end))


#: A plot a company bought, with its area (``摘得…一宗面积约86亩的地块``, ``竞得一宗70亩工业用地``).
_PLOT_BOUGHT = re.compile(r"(?:竞得|摘得|摘牌|购得|拍得|受让)[^。；;！？\n]{0,24}?(?:面积)?(?:约|近|为)?"
                          r"(?P<a>\d+(?:\.\d+)?(?:亩|平方米|公顷))")


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


def _plot_bought(ctx: RecordContext, records: list[Record]) -> None:
    """A project without an area named after a plot bought in its paragraph (``甲公司以…竞得一宗
    面积102亩的工业用地…其年产…项目随即开工``): the plot's area is the project's; not when
    another project is named between."""
    text = ctx.text
    if text.find("得", 0) < 0 and text.find("摘牌") < 0 and text.find("受让") < 0:
        return
    starts = sorted(r.fields["name"].evidence[0].start for r in records
                    if "name" in r.fields and r.fields["name"].evidence)
    for r in records:
        if r.get("area") is not None or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        start = r.fields["name"].evidence[0].start
        para = text.rfind("\n", 0, start) + 1
        plot = None
        for m in _PLOT_BOUGHT.finditer(text, para, start):
            plot = m
        if plot is None or any(plot.end() <= s < start for s in starts):
            continue
        r.set("area", plot.group("a"), ctx.evidence(plot.start("a"), plot.end("a")))
        if r.get("status") == "target" and r.get("stage") in ("under_construction", "started") \
                and _LAND_FOR.search(text, max(para, start - 12), start):
            _plot_landed(ctx, r, plot, para)


#: The plot bought given to the works it is for (``这宗土地将用于建设…``, ``该地块拟用于建设…``).
_LAND_FOR = re.compile(r"(?:土地|地块|用地)(?:将|拟|计划)?用于(?:建设|新建|实施)?$")


def _plot_landed(ctx: RecordContext, r: Record, plot: re.Match, para: int) -> None:
    """A project a plot was just bought for (``甲公司以…摘牌…一宗工业用地。这宗土地将用于建设乙项目``):
    the works to build on it are its plan, the purchase is its event: it has landed (``signed``,
    done) on the day of the purchase, and the buyer named before the purchase invests in it."""
    ev = ctx.evidence(plot.start(), plot.end())
    r.set("stage", "signed", ev)
    r.set("status", "actual", ev)
    s0 = max(ctx.text.rfind("。", para, plot.start()) + 1, para)  # the purchase's sentence
    day = next((d for d in ctx.mentions_in("dates", s0, plot.start()) if isinstance(d.value, dict)
                and d.value.get("granularity") == "day" and d.value.get("start")), None)
    if day is not None:
        r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))
    if r.get("investor") is None:
        buyer = [o for o in ctx.mentions_in("orgs", s0, plot.start())
                 if _COMPANY_FORM.search(ctx.text, o.start, o.end)]
        if buyer:
            r.set("investor", ctx.text[buyer[-1].start:buyer[-1].end],
                  ctx.evidence(buyer[-1].start, buyer[-1].end))


def _headquarters_builds(ctx: RecordContext, records: list[Record], used: list[tuple[int, int]]) -> None:
    """A company's headquarters (``Acme Robotics华东总部``) is the project: its company is the
    investor, and what it builds later in the paragraph (``首期投资2亿元建设研发中心和生产基地``)
    is its contents: the sum and figures of that sentence are the headquarters' own."""
    text = ctx.text
    for hq in list(records):
        if "name" not in hq.fields or not hq.fields["name"].evidence or hq not in records:
            continue
        org = headquarters_org(str(hq.get("name")))
        if org is None:
            continue
        ev = hq.fields["name"].evidence[0]
        if hq.get("investor") is None:
            at = text.find(org, ev.start, ev.end)
            if at >= 0:
                hq.set("investor", org, ctx.evidence(at, at + len(org)))
        para_end = text.find("\n", ev.end)
        para_end = len(text) if para_end < 0 else para_end
        for r in list(records):
            if r is hq or "name" not in r.fields or not r.fields["name"].evidence:
                continue
            start = r.fields["name"].evidence[0].start
            if not ev.end <= start < para_end or not _BUILDS.search(text, max(ev.end, start - 4), start):
                continue
            stop = ctx.next_mark(_ITEM_ENDS, start)
            for name in ("investment_cny", "annual_output_cny", "capacity", "area", "jobs"):
                if hq.get(name) is None and r.get(name) is not None:
                    hq.fields[name] = r.fields[name]
            records.remove(r)
            s0 = ctx.last_mark(_ITEM_ENDS, 0, start) + 1
            _attributes(ctx, hq, s0, stop, used)


#: What stands between ``该公司`` opening a clause and the name it builds (``投资6.2亿元实施的``).
_THAT_FIRM_BUILT = re.compile(r"(?:计划|拟|将)?(?:总)?投资(?:[\d.]+[亿万]?元)?"
                              r"(?:新建|建设|实施|打造|扩建)的?$")


#: A clause whose subject is the firm just told, then its start of the works named next
#: (``企业还将启动二期甲项目``, ``该公司计划启动三期乙项目``).
_THAT_FIRM_STARTS = re.compile(r"(?:该公司|该企业|该集团|企业|公司)(?:还|也|又|再)?(?:将|拟|计划)?"
                               r"(?:启动|启动建设|启动实施)$")


#: A scenic site heading a tourism project's name after its county (``某县某某古城文旅提升项目``,
#: ``某县某某藏寨旅游提升项目``): the site is where the project is.
_SCENIC_SITE = re.compile(r"(?P<site>[\u4e00-\u9fff]{2,4}?(?:古城|古镇|古寨|藏寨|羌寨|景区|风景区|旅游区))"
                          r"(?:(?:文旅|旅游)?(?:提升|提档升级|改造|综合开发|开发)"
                          # and the works a site is served by (``某某景区索道``, ``某某旅游区游客服务中心``)
                          r"|(?:观光)?索道|观光车道|游客服务中心|游客接待中心|游客中心|生态停车场|停车场|栈道|游步道)")


def _scenic_site_in_name(text: str, records: list[Record]) -> None:
    """A project without a detail whose name holds, right after its county written in full (or at
    its head), a scenic site and a tourism upgrade (``某县某某藏寨旅游提升项目``, ``某某古城文旅提升项目``):
    the site is its detail. An item only listed with others (``甲古城文旅提升、乙…等18个项目``) is
    named in passing and takes none."""
    for r in records:
        loc = r.get("location")
        name = r.get("name")
        if not isinstance(loc, dict) or loc.get("detail") or not isinstance(name, str) \
                or not r.fields["name"].evidence:
            continue
        county = loc.get("county") or ""
        at = len(county) if county and name.startswith(county) else 0
        if not at and county.endswith("自治县") and name.startswith(county[:2] + "县"):
            at = 3  # an autonomous county by its short form (``某水县某某景区索道项目``)
        m = _SCENIC_SITE.match(name, at)
        if m is None:
            continue
        ev = r.fields["name"].evidence[0]
        if text.startswith(("、", "等"), ev.end):
            continue
        r.set("location", {**loc, "detail": m.group("site")}, *r.fields["location"].evidence, ev)


#: A firm owning what is named after ``的``: a company in full, or a short name of two to eight
#: characters ending in its trade (``重庆某某电子的``, ``某某食品的``), opening its clause.
_FIRM_OWNS = re.compile(r"(?:[\u4e00-\u9fff()（）]{2,30}(?:有限公司|有限责任公司|集团)"
                        r"|[\u4e00-\u9fff]{2,6}(?:" + "|".join(sorted(map(re.escape, TRADE_WORDS), key=len,
                                                                        reverse=True)) + r"))的$")


#: From a company to the works it is to build: what it invests, maybe in a clause of its own, and
#: where (``拟投资12亿港元，在某区建设``, ``与某集团合资组建…企业，投资45亿日元在某区建设``,
#: ``，投资1.5亿港元建设的``), also after its signing with the place (``与某市签约，投资28亿元建设``,
#: ``与某区签订协议，拟投资6.5亿元在某片区建设``).
_INVESTS_THEN_BUILDS = re.compile(
    r"[,，]?(?:则|亦|也|还|又)?(?:与[^，,。；;]{2,20}?(?:合资|共同|联合)?(?:组建|成立|设立)[^，,。；;]{0,12}[,，]"
    r"|与[^，,。；;与]{1,10}?(?:市|县|区|州|镇|乡|园区|开发区|管委会|政府)(?:正式|成功)?"
    r"(?:签约|签订|签署)[^，,。；;]{0,8}?[,，])?"
    # (Hong Kong and Macao wording: ``斥资6.5亿港元``, ``拟投入2.8亿澳门元``)
    r"(?:拟|将|计划|已)?(?:投资|出资|斥资|投入)[^，,。；;在]{1,14}?(?:[(（][^()（）]{0,16}[)）])?[,，]?"
    r"(?:在[^，,。；;]{1,12}?)?(?:投资)?(?:建设|新建|兴建|打造)的?")
#: A firm's name by its legal form, opening a clause and then investing to build (for firms the
#: organization finder does not know: ``日本某某株式会社与…合资组建…，投资45亿日元在某区建设``).
_FIRM_INVESTS = re.compile(r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,24}?(?:有限责任公司|股份有限公司|有限公司"
                           r"|集团|株式会社))" + _INVESTS_THEN_BUILDS.pattern)
#: A firm's legal form closing its name (what a short form drops).
_LEGAL_FORM = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|株式会社)$")
#: A firm presented as formed by others (``由甲公司与乙集团共同组建的中外合资企业``), right before its name.
_FORMED_BY = re.compile(r"(?:组建|成立|设立|合资)的[^，,。；;]{0,8}?(?:企业|公司)?$")


def _origin_before(ctx: RecordContext, start: int, lo: int) -> int:
    """Where a firm's name at ``start`` begins with the place it comes from printed before it
    (``香港甲实业有限公司``, ``澳门乙投资有限公司``, the place opening its clause); else ``start``."""
    found = ctx.mentions_in("places", max(lo, start - 4), start)
    if found and found[-1].end == start \
            and (found[-1].start == lo or ctx.text[found[-1].start - 1] in "，,；;：:"):
        return found[-1].start
    return start


def _investor_invests_to_build(ctx: RecordContext, records: list[Record]) -> None:
    """The company opening a clause (or presented as formed by others, ``由甲与乙共同组建的…企业丙``)
    whose next words are what it invests and the works it builds with it (``签约项目中，甲公司拟投资12亿
    港元，在某区建设乙产业园``; ``丙，投资1.5亿港元建设的丁项目``) is the investor of those works."""
    text = ctx.text
    for r in records:
        name_ev = r.fields["name"].evidence if "name" in r.fields else None
        if r.kind != "project" or not name_ev:
            continue
        n0 = name_ev[0].start
        lo = ctx.last_mark(_FULL_STOPS, 0, n0) + 1
        for o in reversed(ctx.orgs):
            if o.end > n0 or o.start < lo:
                continue
            if not _INVESTS_THEN_BUILDS.fullmatch(text, o.end, n0):
                continue
            head = _origin_before(ctx, o.start, lo)  # 香港甲公司: the place a firm comes from heads it
            opens = head == lo or text[head - 1] in "，,；;：:" \
                or _FORMED_BY.search(text, max(lo, o.start - 14), o.start) is not None
            inv = r.fields.get("investor")
            elsewhere = inv is not None and inv.value \
                and any(e.start < lo or e.end > n0 for e in inv.evidence)
            firm = text[head:o.end]
            core = _LEGAL_FORM.sub("", firm)
            if opens and not elsewhere and not (core and core in (r.get("investor") or "")):
                # (a firm named in full before, ``美国某某化学公司`` for ``某某公司``, stays)
                r.set("investor", firm, ctx.evidence(head, o.end))
            break
        else:
            if r.get("investor") is not None:
                continue
            c0 = ctx.last_mark(_SEMICOLONS_COMMAS, lo, n0)
            while True:  # each clause opening before the name, the nearest first, then the sentence's
                m = _FIRM_INVESTS.fullmatch(text, max(c0 + 1, lo), n0)
                if m is not None:
                    r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
                    break
                if c0 < lo:
                    break
                c0 = ctx.last_mark(_SEMICOLONS_COMMAS, lo, c0)


def _investor_owning(ctx: RecordContext, records: list[Record]) -> None:
    """A project still without an investor named right after a firm and ``的`` at the head of its
    clause (``重庆某某电子的新型显示模组生产线去年9月竣工投产``): that firm, the plant's owner."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        if not text.startswith("的", start - 1):
            continue
        c0 = ctx.last_mark(_CLAUSE_ENDS, max(0, start - 40), start) + 1
        m = _FIRM_OWNS.search(text, max(c0, start - 40), start)
        if m is None or m.start() != max(c0, start - 40):
            continue
        if text[m.start()] in "全我该本各其":
            continue  # 全市电子的…: a region's sector, no firm
        r.set("investor", m.group()[:-1], ctx.evidence(m.start(), m.end() - 1))


def _investor_its(ctx: RecordContext, records: list[Record], art_start: int = 0) -> None:
    """A project without an investor named right after ``其`` (``其年产2万台…项目随即开工``) or in a
    sentence whose subject is ``该公司`` (``该公司以…竞得…，将建设甲项目``), or a clause opening with
    ``该公司`` and its investment right before the name: the last company named before in the
    paragraph (the article, for a firm starting its next works told after the firm's first story)."""
    text = ctx.text
    for r, start in _named_without_investor(records):
        s0 = ctx.last_mark(_FULL_STOPS, 0, start) + 1
        para = text.rfind("\n", 0, start) + 1
        if text.startswith("其", start - 1):
            upto = start - 1
        elif text.startswith(("该公司", "该企业", "该集团"), s0):
            upto = s0
        elif text.startswith(("该公司", "该企业", "该集团"), c0 := ctx.clause_start(start, s0)) \
                and _THAT_FIRM_BUILT.match(text, c0 + 3, start):
            upto = c0  # ``…走进某某有限公司，…，该公司投资6.2亿元实施的甲项目``: the clause's subject
        elif (firm := _THAT_FIRM_STARTS.match(text, ctx.clause_start(start, s0), start)) is not None:
            upto = firm.start()  # ``明年，企业还将启动二期甲项目``: the firm just told starts its next works
            para = min(para, max(art_start, 0))
        else:
            continue
        org = None
        for m in ctx.mentions_in("orgs", para, upto):
            if m.end <= upto:
                org = m
        if org is not None:
            r.set("investor", text[org.start:org.end], ctx.evidence(org.start, org.end))


def _stage_tags(ctx: RecordContext, records: list[Record]) -> None:
    """In a column of briefs each opened by a bracketed stage tag (``【签约】…``, ``【投产】…``),
    the tag names the event the brief reports: its projects take that stage, as reported
    (``RPC公司将投资…建设`` under ``【签约】`` is signed, not a plan to build); the cue of the same
    stage in the brief's text, when there is one, is the evidence (it dates the event)."""
    text = ctx.text
    for r in records:
        if "name" not in r.fields or not r.fields["name"].evidence:
            continue
        start = r.fields["name"].evidence[0].start
        para = text.rfind("\n", 0, start) + 1
        tag = _STAGE_TAG.match(text, para, start)
        if tag is None or STAGE_CUES[tag.group(1)] is None:
            continue
        stage = STAGE_CUES[tag.group(1)]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cue = next((m for m in STAGE_RE.finditer(text, tag.end(), end)
                    if STAGE_CUES[m.group()] == stage and cue_applies(text, m.start(), m.end())), None)
        span = cue.span() if cue is not None else tag.span(1)
        if r.get("stage") == stage and r.fields["stage"].evidence \
                and r.fields["stage"].evidence[0].start >= tag.end():
            continue  # the brief's own words report the tag's event already
        r.set("stage", stage, ctx.evidence(*span))
        r.set("status", "actual", ctx.evidence(*tag.span(1)))


def _signing_story(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """In a story of a signing (an opening sentence reports projects signed, the headline reports
    that signing or no event at all, and no other event is reported done), a project given only a
    plan for later (``计划明年3月动工``, ``将投资…建设``, ``预计…建成``) is one of those signed: it
    takes the signing as its event.  Under a headline reporting no event (``某园新添3个项目``) only
    what an investor is to build (``某公司投资12亿元建设甲项目``) is taken so."""
    if art.article is None or not records:
        return
    evs = ctx.doc.articles[art.article].evidence
    head = "".join(ctx.text[ev.start:ev.end] for ev in (evs.get("headline"), evs.get("kicker"))
                   if ev is not None and ev.end <= len(ctx.text))
    signed_head = any(w in head for w in _SIGNING)
    if not signed_head and (not head or STAGE_RE.search(head)):
        return  # (a headline reporting no event, ``某园新添3个项目``, leaves it to the opening sentence)
    if any(_done_event(ctx, r) and not _invests_to_build(ctx, r) for r in records):
        return  # the story reports other events done: its projects are not all of the signing
    for sent in ctx.sentences(art)[:2]:
        cue = next((m for m in STAGE_RE.finditer(ctx.text, sent.start, sent.end)
                    if STAGE_CUES[m.group()] == "signed" and m.group() in _SIGNING), None)
        if cue is None or ctx.status(sent, cue.end())[0] != "actual":
            continue
        for r in records:
            if ((signed_head and r.get("status") == "target") or _invests_to_build(ctx, r)) \
                    and r.get("stage") != "signed" \
                    and r.evidence and r.evidence[0].start > cue.end():
                r.set("stage", "signed", ctx.evidence(cue.start(), cue.end()))
                r.set("status", "actual", ctx.evidence(cue.start(), cue.end()))
                r.set("date", None)
        return


#: ``投资36亿元建设``: what an agreement's investor is to build, the amount right before the verb.
_INVEST_TO_BUILD = re.compile(r"投资[^，,。；;]{1,12}元$")


def _invests_to_build(ctx: RecordContext, r: Record) -> bool:
    """A project whose stage comes from ``建设`` right after ``投资`` and an amount (``在某区投资36亿元
    建设甲项目``): the content of an agreement, no construction under way."""
    ev = r.fields["stage"].evidence if "stage" in r.fields else None
    if not ev or ctx.text[ev[0].start:ev[0].end] != "建设":
        return False
    return _INVEST_TO_BUILD.search(ctx.text, max(0, ev[0].start - 16), ev[0].start) is not None


def _done_event(ctx: RecordContext, r: Record) -> bool:
    """A project reported with an event other than signing, done (no plan word in the cue's clause)."""
    if r.get("status") != "actual" or r.get("stage") in (None, "signed") or "stage" not in r.fields:
        return False
    ev = r.fields["stage"].evidence
    if not ev:
        return True
    c0 = ctx.clause_start(ev[0].start, max(0, ev[0].start - 60))
    return target_in(ctx.text[c0:ev[0].start]) is None


#: A later phase of the story's project named alone (``“二期项目计划明年5月开工``).
_PHASE_ALONE = re.compile(r"(?<=[，,。；;“\"\n])(?P<p>[二三四五]期)项目")


#: The first phase ending a name (``甲产业园一期``, ``乙基地（首期）``).
_FIRST_PHASE_TAIL = re.compile(r"[(（]?(?:一|首)期[)）]?$")
#: After the first phase, the next named alone with its event (``…，二期计划明年开工建设``).
#: (the phase may follow the park's anaphor: ``园区二期计划明年开工``)
_PHASE_NEXT = re.compile(r"(?<=[，,。；;“\"\n])(?:(?:该|此)?(?:园区|项目|基地|产业园|工程))?"
                         r"(?P<p>[二三四五]期)(?:项目|工程)?(?=[^，,。；;]{0,10}?(?:开工|建设|建成|投产|竣工|签约))")
#: The first phase and a part of its works ending a name (``甲加工园一期主体工程``): the base is before it.
_FIRST_PHASE_PART = re.compile(r"[(（]?(?:一|首)期[)）]?(?:主体|厂房|基础设施)?(?:工程)?$")


#: A person of the firm or the place speaking, before what they tell (``公司负责人说，``, ``总经理表示：``).
_SPEAKER = re.compile(r"(?:负责人|总经理|董事长|经理|厂长|主任|书记|县长|市长)[\u4e00-\u9fff]{0,4}?"
                      r"(?:说|表示|告诉记者|介绍)[，,：:]")
#: A phase's event only planned in its own clause (``二期工程计划今年下半年开工``, ``二期将于明年建成``).
_PHASE_PLANNED = re.compile(r"[^，,。；;]{0,6}?(?:计划|将|拟|力争|争取|预计)")


def _speaker_plans(text: str, s0: int, m: re.Match) -> bool:
    """True when the phase of ``m`` is only planned in a speaker's words told in the same sentence
    (``公司负责人说，下一步将加快调试，二期工程计划今年下半年开工建设``): the firm's intention, no project."""
    return _SPEAKER.search(text, s0, m.start()) is not None \
        and _PHASE_PLANNED.match(text, m.end()) is not None


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
        if m is None:
            continue
        if _speaker_plans(ctx.text, later.start, m):
            return None  # 公司负责人说，…，二期工程计划今年下半年开工: a plan in the firm's words
        alone = NameSpan(m.start("p"), m.end(), base + m.group("p") + "项目")
        r = _project(ctx, later, alone, [alone], counts, _stage_cues(ctx, later, []))
        if r.get("stage") is None:
            return None
        _event_month(ctx, [r])
        if r.get("capacity") is None and _SHORT_LEAD.fullmatch(ctx.text, later.start, m.start()):
            _attributes(ctx, r, m.end(), later.end, [])  # 园区二期…开工，计划新建冷库库容…: its size
        return r
    return None


#: A phase named alone at the head of a clause, with its own event (``项目二期正在加快建设``,
#: ``二期工程预计年底前开工``, ``企业一期项目早已达产达效``).
_PHASE_CLAUSE = re.compile(r"(?:(?<=[，,。；;：:\n])(?:其中|该?项目|企业|公司|该?园区)?"
                           # (or its preparation taken up: ``将启动二期工程前期工作``)
                           r"|(?<=启动|开展|推进|抓紧|做好|加快)(?=[二三四五]期(?:项目|工程)?前期工作))"
                           r"(?P<p>[一二三四五]期)(?:项目|工程)?"
                           r"(?=[^，,。；;]{0,8}?(?:开工|建设|施工|建成|投产|竣工|达产|试生产|签约)"
                           # (or its size, then a plan's date and event: ``二期6万吨装置计划2025年投产``,
                           # ``二期3台计划2025年6月建成``)
                           r"|[^，,。；;]{1,8}?(?:计划|预计|拟)(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月)?[底前]?"
                           r"(?:开工|建成|投产|竣工|达产)"
                           # (or its own amount, after the project is told built in phases:
                           # ``分两期实施。一期投资1.8亿元，…``)
                           r"|(?:计划|拟)?总?投资(?:约|近)?\d"
                           r"|前期工作)")
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
                phase = _phase_of(m.group("p"))
                if phase == own or (base, phase) in taken or (phase == 1 and own is None):
                    continue  # the first phase of a project named without one is told as the project
                if lo > later.start and _PHASE_YEAR.match(ctx.text, m.end(), later.end) is None \
                        and _PHASE_PLANNED_WHEN.match(ctx.text, m.end(), later.end) is None:
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
    if r.get("date") is None and (year := _PHASE_YEAR.match(text, m.end(), scope.end)) is not None:
        r.set("date", year.group("y"), ctx.evidence(*year.span("y")))  # 二期…计划2025年投产: its year
    if r.get("capacity") is None and (size := _PHASE_SIZE.match(text, m.end("p"), scope.end)) is not None:
        r.set("capacity", size.group("c"), ctx.evidence(*size.span("c")))  # 二期6万吨装置…: its size
    if r.get("capacity") is None and (_SHORT_LEAD.fullmatch(text, later.start, m.start()) or own_item):
        # 园区二期项目已于5月开工，计划新建冷库库容12万吨: a sentence (or ；-item) of its own tells its size
        # (after a short lead too: 据了解，该项目二期计划投资…)
        _attributes(ctx, r, m.end(), scope.end, [])
    for key in ("location", "investor"):  # the phase is where its project is, by the same firm
        have = whole.get(key)
        if have and (key == "investor" and not r.get(key)
                     or key == "location" and not (r.get(key) or {}).get("detail")):
            r.set(key, have, *whole.fields[key].evidence)
    return r


#: A name said to be a works of some kind (``甲项目是今年的民生重点工程``, ``是全县重点项目之一``).
_IS_A_WORKS = re.compile(r"(?:也|则)?是[^，,。；;]{0,14}?(?:工程|项目)(?:之一)?(?:[。；;]|$)")


#: The lifecycle order of the stages (a later event supersedes an earlier one).
_LIFECYCLE = {"planned": 0, "negotiating": 1, "signed": 2, "started": 3, "under_construction": 4,
              "completed": 5, "in_production": 6}
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
            if new is None or _LIFECYCLE[new] <= best or text.find("“", later.start, m.start()) >= 0 \
                    or target_in(text[later.start:m.end()]) is not None:
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


#: A reporting day, not an event's: ``记者7月17日从市商务局获悉``, ``4月8日，记者从某局获悉``.
_LEARNED = re.compile(r"(?:[，,]?记者)?(?:上午|下午|晚间)?从[^，,。；;]{1,24}?(?:获悉|了解到|得知)")
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
#: An amount of investment right before a name (``投资1.6亿元的``): the project's own attribute.
_AMOUNT_OF = re.compile(r"投资(?:约|近|超过|超)?\d+(?:\.\d+)?(?:万|亿)?元的$")
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


def _lead_date(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Projects without a date of their own whose stage is the event the article opens with
    (``9月13日,某区举行签约仪式…``) take that event's date."""
    if not any(r.get("date") is None and r.get("stage") for r in records):
        return
    for sent in ctx.sentences(art)[:3]:
        date, dm = _date(ctx, sent)
        if date is None:
            continue
        if _LEARNED.match(ctx.text, dm.end):
            return  # ``记者7月17日从某局获悉``: the day the news was learned, not the event's
        if _LIST_ITEM.match(ctx.text, sent.start) or _OWN_DATE.search(ctx.text, max(sent.start, dm.start - 6),
                                                                        dm.start):
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
                         r"|(?:会|仪式|活动)(?:上|中)(?=(?:集中|现场|共|还|又|正式|成功)?签)")


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


#: The day of the event before (``同日``, ``同一天``, ``当天``), anywhere in a sentence.
_SAME_DAY_WORD = re.compile(r"同日|同一天|同天|当天|当日")


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
                and not _LEARNED.match(text, m.end)]  # (the day the news was learned)
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


def _name_start(r: Record) -> int:
    """Where a record's name starts (-1 when it has no name's evidence)."""
    name = r.fields.get("name")
    return name.evidence[0].start if name is not None and name.evidence else -1


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


#: A sentence or clause opening with the day of the event told before it (``同一天，``, ``当日上午，``).
_SAME_DAY = re.compile(r"[\s　]*(?:同一天|同一日|同日|当天|当日)(?:上午|下午|晚上|晚间)?[，,]?")


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
        elif text[lo:lo + 4].lstrip(" \u3000")[:1] not in ("同", "当") or not _SAME_DAY.match(text, lo):
            continue
        elif own is not None and own.value and own.evidence and own.evidence[0].start > r.evidence[0].start:
            continue  # 同日，甲项目也有了新进展。…新厂区于9月底竣工: the event's own month, told after it
        day = None
        for m in ctx.mentions_in("dates", art.start, lo):
            if isinstance(m.value, dict) and m.value.get("granularity") == "day" and m.value.get("start") \
                    and not text.startswith(("电", "讯"), m.end) and not _SAME_DAY.fullmatch(m.surface or ""):
                day = m
        if day is not None:
            r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))


#: Amount units a table header may give (``投资额(亿元)``), in yuan.
_HEADER_UNITS = {"亿元": 100_000_000, "万元": 10_000, "元": 1}
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


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
        if not _LEAD_IN.fullmatch(ctx.text, lo, end):
            break
        end = lo
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


def _table_projects(ctx: RecordContext, art: Span, table: Table, keys: dict[str, Record],
                    used: list[tuple[int, int]]) -> list[Record]:
    """One project per row of a project table: name, investor and amount from their columns,
    the stage from the line that introduces the table."""
    stage, s0, s1 = _table_event(ctx, art, table)
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
        else:
            r.set("stage", None)
            r.set("status", None)
        inv = table.cell(row, "investor")
        if inv is not None:
            r.set("investor", inv.text, ctx.evidence(inv.start, inv.end))
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
        cap = capacity_in(cell.text) if r.get("capacity") is None else None
        if cap is not None:
            r.set("capacity", cap.group(), ctx.evidence(cell.start + cap.start(), cell.start + cap.end()))
        _progress_cell(ctx, r, table.cell(row, "progress"))
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
            _fill_from_row(known, r)
            continue
        r.evidence = [ctx.evidence(row[0].start, row[-1].end)]
        keys[key] = r
        out.append(r)
    return out


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


def _fill_from_row(known: Record, row: Record) -> None:
    """A table row naming a project the text told of already gives it what the text did not:
    its amount, investor, capacity, and the town or zone of the place column when the place
    is the same county."""
    for name in ("investment_cny", "investor", "capacity", "area", "jobs"):
        if known.get(name) is None and row.get(name) is not None:
            known.fields[name] = row.fields[name]
    loc, new = known.get("location"), row.get("location")
    if not isinstance(new, dict) or not new.get("detail"):
        return
    if loc is None:
        known.fields["location"] = row.fields["location"]
    elif isinstance(loc, dict) and not loc.get("detail") and loc.get("county") == new.get("county"):
        known.set("location", {**loc, "detail": new["detail"]}, *known.fields["location"].evidence,
                  *row.fields["location"].evidence)


@hookimpl
def newsmill_extract(doc: Document) -> list[Record]:
    """Records of this kind for one document."""
    records = extract_projects(doc)
    for r in records:
        _firm_by_short_name(r)
    return readable(doc, records)


#: A firm's full name and the short name the story sets for it, heading a project's name
#: (``某某农业开发有限公司（以下简称“某某农业”）某县加工基地项目``).
_FIRM_AKA_HEAD = re.compile(r"[^（(]{2,40}[（(](?:以下)?简称[“\"「『]"
                            r"(?P<short>[^”\"」』]{2,10})[”\"」』][)）]")


def _firm_by_short_name(r: Record) -> None:
    """A project's name headed by a firm with its short-name note names the firm as the news does
    afterwards: by the short name (``某某农业某县加工基地项目``); the name keeps its evidence."""
    name = r.get("name")
    if not isinstance(name, str) or "简称" not in name:
        return
    m = _FIRM_AKA_HEAD.match(name)
    if m is None or m.end() >= len(name):
        return
    f = r.fields["name"]
    r.set("name", m.group("short") + name[m.end():], *f.evidence)


#: A paragraph item headed by its project's name in brackets (``【某县某某项目】总投资…``).
_BRACKET_OPEN = "【["
_BRACKET_CLOSE = re.compile(r"[】\]]")


def _bracketed_item(text: str, name: NameSpan) -> bool:
    """True for a name printed in brackets at the head of its paragraph: a list of projects, one
    per paragraph (an inspection tour, a roll of key projects), each an item whatever it reports."""
    if name.start == 0 or text[name.start - 1] not in _BRACKET_OPEN \
            or not _BRACKET_CLOSE.match(text, name.end):
        return False
    line = text.rfind("\n", 0, name.start - 1) + 1
    return not text[line:name.start - 1].strip(" \t\u3000")


#: The next sentence speaks of the site just named (``该项目…``, ``该工程…``, ``项目由…``).
_ABOUT_NEXT = re.compile(r"(?:该|此|这个|这一)?(?:项目|工程)(?![\d个])")
#: The next sentence looks inside the site just named (``厂区内，…``, ``车间里，…``, ``现场，…``).
_INSIDE_IT = re.compile(r"(?:厂区|园区|项目现场|施工现场|现场|车间|工地)(?:内|里|上)?[,，]")
#: Words of the state a site is in when visited (``目前…已进场调试``, ``正在进行内部装修``).
_PRESENT = re.compile(r"目前|正在|现已|当前")
_DONE_NOW = frozenset({"in_production", "completed"})


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


def _site_state(ctx: RecordContext, art: Span, sent: Span, name: NameSpan, r: Record) -> bool:
    """A site named with no event (``来到位于某镇的甲项目现场。``) whose present state its own
    sentence (``…项目现场，工人们正在调试轧机``) or the next one (``该项目…目前厂房已完成主体施工``)
    tells: that state is the project's stage, under way unless something is reported in use
    already.  Sets the stage; False when no state is told."""
    text = ctx.text
    now = _PRESENT.search(text, name.end, sent.end)
    end = sent.end
    if now is None:
        nxt = next((s for s in ctx.sentences(art) if s.start >= sent.end), None)
        if nxt is None or not (_ABOUT_NEXT.match(text, nxt.start) or _INSIDE_IT.match(text, nxt.start)):
            return False
        now, end = _PRESENT.search(text, nxt.start, nxt.end), nxt.end
    if now is None:
        return False
    stage = "under_construction"
    for m in STAGE_RE.finditer(text, now.start(), end):
        c0 = ctx.clause_start(m.start(), now.start())
        if STAGE_CUES[m.group()] in _DONE_NOW and "已" in text[c0:m.start()] \
                and target_in(text[c0:m.start()]) is None:
            stage = STAGE_CUES[m.group()]
    r.set("stage", stage, ctx.evidence(now.start(), now.end()))
    r.set("status", "actual", ctx.evidence(now.start(), now.end()))
    return True


def _under_way_now(ctx: RecordContext, sent: Span, after: int, end: int) -> tuple[int, int] | None:
    """The span of ``目前``/``正在`` after a start in the project's own item of the sentence (up to
    ``end``: ``去年10月开工，目前1号车间设备正在安装``) when what it tells is no event done: the
    works are under way now.  Money spent so far (``目前已完成投资4.2亿元``) tells no new state."""
    now = _PRESENT.search(ctx.text, after, end)
    if now is None or _SPENT.match(ctx.text, now.start()) is not None:
        return None  # 今年1月开工，目前已完成投资4.2亿元: money spent so far, the start stands
    c1 = ctx.clause_end(now.end(), sent.end)
    for m in STAGE_RE.finditer(ctx.text, now.start(), c1):
        if STAGE_CUES[m.group()] in _DONE_NOW:
            return None  # 目前已建成投产: an event done, not works under way
    return now.start(), now.end()
