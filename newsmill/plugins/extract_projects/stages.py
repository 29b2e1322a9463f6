"""The lifecycle stage of a project and whether it is reached or planned."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from operator import itemgetter

from newsmill.core.model import Document, Record
from newsmill.plugins.extract_projects.clauses import (
    _after_last,
    _date,
    _item_of,
    _same_item,
)
from newsmill.plugins.extract_projects.keys import (
    _lookup,
    _name_key,
)
from newsmill.plugins.extract_projects.patterns import (
    _CLAUSE_ENDS,
    _DONE_NOW,
    _ITEM_ENDS,
    _LIFECYCLE,
    _MONTH_BEFORE,
    _ORG_END,
    _PRESENT,
    _SENTENCE_ENDS,
    _SETTLED,
    _SPENT,
    HALTED,
    INVESTOR_LEAD,
    parts_done_ahead,
)
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
from newsmill.zh.money import SUM_FIGURE
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import PROSE_ITEM, RecordContext, Span


def _batch_totals(doc: Document) -> list[tuple[int, int]]:
    """Where the totals of the document's batches are told: no project's own sum, but the sum firms
    counted in talks intend for one kind of works (``正与两家企业洽谈甲项目，意向投资约4亿元``), which is
    that works' sum too."""
    spans = []
    for r in doc.records:
        if r.kind == "batch" and "total_cny" in r.fields and not _firms_in_talks(doc, r):
            spans.extend((e.start, e.end) for e in r.fields["total_cny"].evidence)
    return spans


def _firms_in_talks(doc: Document, r: Record) -> bool:
    """Whether batch ``r`` counts firms in talks over one kind of works named with ``项目`` between
    the count and the sum (``与两家…企业洽谈甲项目，意向投资…``)."""
    if r.get("event") != "negotiating" or not r.fields.get("count") or not r.fields["count"].evidence \
            or not r.fields["total_cny"].evidence:
        return False
    c0 = r.fields["count"].evidence[0].start
    t0 = r.fields["total_cny"].evidence[0].start
    between = doc.raw[c0:t0] if c0 < t0 else ""  # (evidence is on the raw page, in its script)
    return "家" in between[:4] and between.count("项目") + between.count("項目") == 1 and "、" not in between


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


#: A building's frame before ``完工`` (``主体结构已经全部完工``; the main works done, ``一期主体工程全部
#: 完工``, are the works finished).
_FRAME_BEFORE_DONE = re.compile(r"主体结构(?:已经|已|均已|全部|基本|顺利)*$")


def _frame_done(text: str, sent: Span, cues: list[tuple[int, int, str]], at: int) -> bool:
    """True when ``完工`` at ``at`` closes a building's frame (``主体结构已经全部完工``) and no finish of
    the works is told after it in the sentence (``…主体已完工,计划年底前竣工``)."""
    return _FRAME_BEFORE_DONE.search(text, max(sent.start, at - 10), at) is not None and not any(
        STAGE_CUES.get(c) in ("completed", "in_production") for s, _, c in cues if s > at)


def _parts_done(text: str, sent: Span, names: list[NameSpan], cues: list[tuple[int, int, str]],
                at: int) -> bool:
    """True when the completion cue at ``at`` closes parts of the works (``车间和冷库主体已完工``) in
    a clause naming no project, and the sentence goes on to the works under way or their running
    ahead (:data:`_WORKS_AHEAD`): the works are still being built."""
    c0 = max(sent.start, *(text.rfind(c, sent.start, at) + 1 for c in "，,；;"))
    return not any(c0 <= n.start < at for n in names) and parts_done_ahead(text, c0, at, sent.end)


#: The preparation reported under way (``目前正在开展可行性研究等``), not pushed as a task
#: (``加快推进甲项目``: the push and its aim are a plan, the preparation stays the stage).
_PREP_UNDER_WAY = re.compile(r"正在(?:开展|进行|推进|做|抓紧)[^，,。；;]{0,12}$")


def _start_aimed_next(text: str, e: int, later: list[tuple[int, int, str]]) -> bool:
    """True when the next cue is a start aimed at in the clause right after ``e``
    (``…前期工作，力争今年下半年开工``)."""
    if not later:
        return False
    s2, _e2, c2 = later[0]
    return STAGE_CUES.get(c2) == "started" and s2 - e <= 20 \
        and _PLAN_BEFORE_CUE.search(text, e, s2) is not None and not _ITEM_BREAK.search(text, e, s2)


#: A sum planned for works, right before the cue ``元实施`` (``拟投资4.5亿元实施``, ``将投入2亿元实施``).
_SUM_PLANNED = re.compile(r"(?:拟|将|计划)(?:投资|投入)[约近超逾]?[\d.]+[万亿]*$")
#: After a signing cue: a loan's or a credit's contract (``签订银团贷款合同``, ``签署授信协议``,
#: ``签订了项目融资协议``): the lender's deal, no signing of the works.
_LOAN_CONTRACT = re.compile(r"了?[^，,。；;]{0,8}?(?:贷款|借款|融资|授信)(?:合同|协议)")


def _inside_org(ctx: RecordContext, sent: Span, s: int, e: int) -> bool:
    """True when the cue at ``[s, e)`` lies inside an organisation's name that opens before it
    (``某某顺投产业发展集团有限公司``: ``投产`` is letters of the name, no event)."""
    return any(o.start < s and e <= o.end for o in ctx.mentions_in("orgs", max(sent.start, s - 30), s))


#: A count right after ``入驻`` (``已入驻企业34家``, ``入驻商户达到120户``): what a park holds.
_FIRMS_IN = re.compile(r"(?:企业|商户|项目|经营主体)?(?:已经?|累计)?(?:达到|达|超过)?(?:约|近)?"
                       r"[\d一二三四五六七八九十百千]+(?:余|多)?(?:家|户|个)")


#: A clause telling what the works are done for (``为保障…顺利投用``, ``为确保…按期建成``).
_PURPOSE = re.compile(r"为了?(?:保障|确保|保证|服务|配合|满足)")


def _in_purpose(ctx: RecordContext, sent: Span, names: list[NameSpan], at: int) -> bool:
    """True when the cue at ``at`` lies in a clause opening the sentence on what the works after it
    are done for (``为保障三期工程顺利投用，港区同步实施了甲工程``), a name of the sentence after it (the
    aim is no event, of the works after it nor of those it names)."""
    c0 = ctx.clause_start(at, sent.start)
    if c0 != sent.start and ctx.text[c0 - 1] not in "，,":
        return False
    head = sent.start
    while head < c0 and ctx.text[head] in " \t\u3000\n":
        head += 1
    if not _PURPOSE.match(ctx.text, c0) or (c0 != head and not ctx.text.startswith("其中", head)):
        return False
    c1 = min((i for i in (ctx.text.find(ch, at, sent.end) for ch in "，,") if i >= 0), default=-1)
    return c1 >= 0 and any(n.start > c1 for n in names)


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
        if text[s] == "签" and _LOAN_CONTRACT.match(text, m.end()):
            continue  # 与甲公司签订银团贷款合同，为乙项目提供授信…: a loan signed, no project
        if text.startswith("完成建设并", s):
            continue  # 已完成建设并投入生产: the building done leads on to the event after it
        if ctx.orgs and _inside_org(ctx, sent, s, m.end()):
            continue  # 由某市顺投产业发展集团投资建设: the cue is letters of a firm's name
        if text[s] == "入" and _FIRMS_IN.match(text, m.end()):
            continue  # 某产业园…已入驻企业34家: the firms a park holds, counted, no event of the park
        if _in_purpose(ctx, sent, names, s):
            continue  # 为保障三期工程顺利投用，港区同步实施了甲工程: the aim, no event of the works after it
        out.append((s, m.end(), m.group()))
    if any(c == "完工" for _, _, c in out):
        # 主体结构已经全部完工: the frame done, the works go on (unless the sentence goes on to the
        # works' finish: 门诊楼主体已完工,计划年底前竣工)
        out = [(s, e, "主体完工" if c == "完工" and _frame_done(text, sent, out, s) else c)
               for s, e, c in out]
    if any(c in ("完工", "建成") for _, _, c in out):
        # 该项目…，目前屠宰车间和冷库主体已完工，正在进行内部装修: parts of the works just told done in a
        # clause of their own, the works going on or their running still ahead
        out = [(s, e, "主体完工" if c in ("完工", "建成") and _parts_done(text, sent, names, out, s) else c)
               for s, e, c in out]
    if len(out) > 1 and any(c == "建设" for _, _, c in out):
        out = _drop_invested_build(ctx, sent, out)
    if len(out) > 1 and out[0][2] == "建设" and text.endswith(("将", "拟"), 0, out[0][0]) \
            and out[1][2] not in WEAK_STAGES:
        out = out[1:]  # 将建设甲项目，…计划8月开工: what is to be built, then the event planned
    if len(out) > 1 and out[0][2] == "元实施" and out[1][2] not in WEAK_STAGES \
            and _SUM_PLANNED.search(text, max(sent.start, out[0][0] - 16), out[0][0]):
        out = out[1:]  # 拟投资4.5亿元实施甲技术改造，计划6月开工: the works planned, then their event
    if len(out) > 1:
        out = _drop_steps_before_now(text, sent, out)
    if len(out) > 1 and out[0][2] == "元实施" and text.startswith("的", out[0][1]) \
            and any(c not in WEAK_STAGES for _, _, c in out[1:]):
        # 某公司投资1.6亿元实施的甲技改项目，…，目前已进入试产阶段: the sum put in names the works,
        # the event told after the name is their stage
        out = out[1:]
    if len(out) > 1 and out[-1][2] == "建设" and text.startswith("的", out[-1][1]):
        colon = max(text.rfind("：", sent.start, out[-1][0]), text.rfind(":", sent.start, out[-1][0]))
        if colon > 0 and any(e <= colon and c not in WEAK_STAGES for _, e, c in out[:-1]):
            out = out[:-1]  # 开工的项目有：由某公司投资…建设的甲项目: the list's event, not an attribute
    if len(out) > 1 and any(c in _WORKS_PROGRESS for _, _, c in out):
        out = [(s, e, c) for k, (s, e, c) in enumerate(out)
               if c not in _WORKS_PROGRESS or not _SHARE_DONE.match(text, e) or not any(
                   STAGE_CUES.get(c2) in ("completed", "in_production")
                   and _PLAN_BEFORE_CUE.search(text, e, s2) and not _ITEM_BREAK.search(text, e, s2)
                   for s2, _, c2 in out[k + 1:])]
    if len(out) > 1 and any(c == "前期工作" for _, _, c in out):
        # 甲工程已完成前期工作，力争10月开工: the preparation done, the event planned next is the stage
        # (the preparation under way, then a start aimed at in the next clause, ``正在开展可行性研究等
        # 前期工作，力争下半年开工``: the start aimed at is the stage too)
        out = [(s, e, c) for k, (s, e, c) in enumerate(out)
               if c != "前期工作" or not _PREP_DONE.search(text, max(sent.start, s - 4), s)
               and not _PREP_DONE_AFTER.match(text, e)
               and not (_PREP_UNDER_WAY.search(text, max(sent.start, s - 16), s)
                        and _start_aimed_next(text, e, out[k + 1:]))
               or not any(c2 not in WEAK_STAGES for _, _, c2 in out[k + 1:])]
    if len(out) > 1 and any(c in _PAPER_STEPS for _, _, c in out):
        # 甲工程可研已获批复(已完成备案、已完成可行性研究报告编制)，争取明年二季度开工: a step on paper,
        # then the event aimed at in a clause of its own is the stage
        out = [(s, e, c) for k, (s, e, c) in enumerate(out)
               if c not in _PAPER_STEPS or not any(
                   STAGE_CUES.get(c2) not in (None, "planned") and c2 not in WEAK_STAGES
                   and _PLAN_BEFORE_CUE.search(text, e, s2) and not _ITEM_BREAK.search(text, e, s2)
                   for s2, _, c2 in out[k + 1:])]
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
            if c2 not in WEAK_STAGES and r2 is not None and m2 is not None \
                    and (r2 > r1 or r2 == r1 and c2 in _REGISTERED and c1 not in _REGISTERED) \
                    and _month_order(m1, m2) and _same_item(text, e1, s2) \
                    and not TARGET_RE.search(text, e1, s2):
                drop.add(k)  # 5月签约落户某园区，9月开工: the item's last event is the stage reached
                break  # (3月正式签约，4月已完成工商注册: the firm registered is the landing reached)
    return [c for k, c in enumerate(runs) if k not in drop]


#: Cues of the firm of a project registered (``完成工商注册``, ``已注册``): the last step of its landing,
#: after its signing.
_REGISTERED = frozenset(("工商注册", "完成工商注册", "已注册", "完成注册", "注册登记"))


#: The preparation of a project told done (``已完成前期工作``, ``前期工作已基本完成``).
_PREP_DONE = re.compile(r"(?:完成|完成了|做完|办结)$")


_PREP_DONE_AFTER = re.compile(r"(?:已经?|均已|全部|基本)*(?:完成|办结)")


#: A share of the works done (``已完成主体工程的90%``) that a planned completion after it in the
#: sentence outdates (``，力争12月竣工``): the stage is the plan's, as for ``主体工程完成70%，预计8月完工``
#: (the works done whole, ``已完成主体工程，预计年底竣工``, stay under way).
_WORKS_PROGRESS = frozenset(("完成主体工程", "设备安装", "安装调试"))
#: Where one item of a list ends and the next begins.
_ITEM_BREAK = re.compile(r"[;；]")
#: Steps of a project's preparation on paper: its filing, approval, feasibility study, permits.
_PAPER_STEPS = frozenset(("完成备案", "立项", "环评批复", "予以批复", "可行性研究报告", "可研报告",
                          "施工许可", "施工图", "用地预审", "初步设计", "核准", "环评手续", "办理环评",
                          "办理能评"))


_SHARE_DONE = re.compile(r"的?\d+(?:\.\d+)?%")


_PLAN_BEFORE_CUE = re.compile(r"[，,；;](?:目前)?(?:计划|力争|预计|争取|确保|将于|预计将)")


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


#: Right before a cue: the state the works are in now (``目前已进入``, ``现已实现``).
_NOW_MARK = re.compile(r"(?:目前|现已|现在|如今|眼下)(?:已经|已)?(?:进入|实现|开始)?$")


def _drop_steps_before_now(text: str, sent: Span,
                           cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``…项目9月完成设备安装，目前已进入试产阶段``: the works' steps told before the production or
    finish they are in now are no stage of theirs; the state now is."""
    now = next((k for k, (s, _, c) in enumerate(cues) if k > 0
                and STAGE_CUES.get(c) in ("in_production", "completed")
                and _NOW_MARK.search(text, max(sent.start, s - 8), s)), None)
    if now is None:
        return cues
    return [x for k, x in enumerate(cues)
            if k >= now or STAGE_CUES.get(x[2]) not in ("under_construction", "started")]


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
            elif STAGE_CUES[cue] == "negotiating" and _later_event_done(ctx, sent, name, cues, "negotiating"):
                rank += 2  # 去年达成合作意向的甲项目，今年3月正式签约: the signing is the news
            elif STAGE_CUES[cue] in _EARLY_STAGES and _works_done_later(ctx, sent, cues, name.end, i1):
                rank += 2  # 某市引进的甲项目，总投资…，一期厂房主体已封顶: the works' event told later
        if before and ctx.text.startswith("、", e):
            rank += 1  # 甲项目上半年开工、投资…的乙中心年内封关运营: 开工 closes the item before
        if before and _FOR_BUILDING.search(ctx.text, max(sent.start, s - 3), s) \
                and _AFTER_PURPOSE.match(ctx.text, e, name.start) \
                and _CAPITAL_ADDED.search(ctx.text, ctx.clause_start(max(sent.start, s - 4), sent.start), s):
            rank += 2  # 增资500万美元，用于建设甲生产线，项目已于11月开工: what the capital is for
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
        if ctx.text[best[2]:best[3]] in _PERMIT_CUES:
            # 甲项目已注册，正在进行施工图设计: the landing told before the permits is the event
            landed = [(s, e, cue) for s, e, cue in cues if i0 <= s < best[2] and STAGE_CUES[cue] == "signed"
                      and cue not in WEAK_STAGES]
            if landed:
                return "signed", landed[-1][0], landed[-1][1]
    if ctx.text[best[2]:best[3]] in WEAK_STAGES and best[2] >= name.end \
            and _STEP_DONE.search(ctx.text, max(i0, best[2] - 20), best[2]):
        # 甲项目已完成外墙保温和屋面防水施工，预计6月底完工: a step done, the finish planned is the news
        # (a production planned after the main works leaves them under way: ``已完成主体建设，计划5月试生产``)
        later = [(s, e, cue) for s, e, cue in cues if best[3] <= s < i1 and cue not in WEAK_STAGES
                 and STAGE_CUES[cue] == "completed"
                 and TARGET_RE.search(ctx.text, ctx.clause_start(s, sent.start), s) is not None]
        if later:
            return STAGE_CUES[later[0][2]], later[0][0], later[0][1]
    if ctx.text[best[2]:best[3]] in WEAK_STAGES and best[3] <= name.start \
            and _WILL_PUSH.search(ctx.text, max(i0, best[2] - 3), best[2]):
        # 将推进甲二期工程，总投资…，计划明年一季度开工: the start planned is the event told
        later = [(s, e, cue) for s, e, cue in cues if name.end <= s < i1 and cue not in WEAK_STAGES
                 and STAGE_CUES[cue] == "started"
                 and TARGET_RE.search(ctx.text, ctx.clause_start(s, sent.start), s) is not None]
        if later:
            return "started", later[0][0], later[0][1]
    if ctx.text[best[2]:best[3]] in WEAK_STAGES and best[3] == name.start \
            and ctx.text.endswith("推进", best[2], best[3]):
        # 推进甲公路改建工程，确保10月底前建成通车: the goal set for the works pushed on is the event told
        # (only ``推进`` right before the name: ``签订协议，拟投资…建设甲项目，…，力争…开工`` is a signing)
        later = [(s, e, cue) for s, e, cue in cues if name.end <= s < i1 and cue not in WEAK_STAGES
                 and STAGE_CUES[cue] in _GOAL_STAGES
                 and _GOAL_OPENS.match(ctx.text, ctx.clause_start(s, sent.start))
                 and ctx.clause_start(s, sent.start) <= c1 + 1  # (the clause right after the name's)
                 and not any(name.end <= n.start < s for n in names if n is not name)]
        if later:
            return STAGE_CUES[later[0][2]], later[0][0], later[0][1]
    if ctx.text.startswith("建设", best[2]) and best[2] < name.start and c0 <= best[2] \
            and _WILL_BUILD.fullmatch(ctx.text, c0, best[2]):
        # 某县与一家企业签约，将在某镇建设甲项目: what the signing was for, the signing the event
        # (a bare ``签约`` closing the clause right before; an agreement or a letter of intent signed,
        # ``签订投资协议，将在…``, ``签订了投资意向书，拟在…``, is read by what the paper is)
        signed = [(s, e) for s, e, cue in cues if s < c0 and cue == "签约"
                  and ctx.text[e:c0] in ("，", ",")]
        if signed:
            return "signed", signed[-1][0], signed[-1][1]
    if ctx.text.startswith("建设", best[2]) and best[3] <= name.start and c0 <= best[2]:
        prep = _prep_for_planned_build(ctx.text, sent, best[2], name.end, cues)
        if prep is not None:
            return "planned", prep[0], prep[1]
    if ctx.text.startswith("建设", best[2]) and best[2] < name.start and c0 <= best[2] \
            and _BUILD_WHERE.fullmatch(ctx.text, c0, best[2]):
        signed_at = _agreement_then_build(ctx.text, sent, c0, cues)
        if signed_at is not None:
            return "signed", signed_at[0], signed_at[1]
    if best[1] == "completed" and "期" not in name.name:
        later = _later_phase_building(ctx, sent, cues, best[2], best[3])
        if later is not None:
            return "under_construction", later[0], later[1]
    if ctx.text.startswith("建设", best[2]) and c0 <= best[2] < c1 and best[2] >= name.end:
        k = ctx.text.rfind("启动", c0, name.start)
        if k >= 0:  # 启动甲、乙等项目建设: the names between the two words start their works
            return "started", k, k + 2
    return best[1], best[2], best[3]


#: A goal opening the clause after a works pushed on (``，确保…建成通车``, ``，力争…竣工投用``).
_GOAL_OPENS = re.compile(r"(?:确保|力争|争取)")
#: The events such a goal sets.
_GOAL_STAGES = frozenset(("started", "completed", "in_production"))
#: A plan right before a weak cue (``将推进``, ``拟建设``): the works are still to come.
_WILL_PUSH = re.compile(r"(?:将|拟|要|将要|将加快)$")


#: An agreement to invest signed, then maybe who invests how much, right before the clause of the
#: place the works will stand (``签订投资协议，由某公司投资2.6亿元，在某镇建设…``).
_AGREEMENT_BEFORE_BUILD = re.compile(
    r"(?P<cue>签订|签署|签下)了?(?:正式|框架)?(?:投资|合作|项目|入园|落户|招商)?(?:协议|合同)(?:书)?[，,]"
    r"(?:(?:由|将由)[^，,。；;]{2,40}?(?:投资|出资)[^，,。；;]{0,12}?[，,])?$")


#: A sum planned for the works right before ``建设`` (``计划投资30亿元``, ``拟投资8亿元``).
_SUM_PLANNED_YUAN = re.compile(r"(?:拟|将|计划|准备)(?:投资|投入)[约近超逾]?[\d.]+[万亿]*元$")


def _prep_for_planned_build(text: str, sent: Span, build_at: int, name_end: int,
                            cues: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where the preparation is when a sum is planned for building a project and the same sentence
    then says its preparation is under way (``计划投资30亿元建设二期甲项目，目前正在开展规划设计等前期
    工作``): the works are planned, not under way; None otherwise."""
    if not _SUM_PLANNED_YUAN.search(text, max(sent.start, build_at - 16), build_at):
        return None
    for s, e, cue in cues:
        if s >= name_end and STAGE_CUES.get(cue) == "planned" \
                and _PREP_UNDER_WAY.search(text, max(sent.start, s - 16), s):
            return s, e
    return None


#: The clause of the place a project is built in, with no plan word (``在某镇``; ``将在某园区`` is read
#: by the rule of a signing before a plan to build).
_BUILD_WHERE = re.compile(r"(?:在|于)[^，,。；;]{1,16}")


def _agreement_then_build(text: str, sent: Span, c0: int,
                          cues: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where the signing is when an agreement to invest was signed right before the clause that says
    where the project will be built (``某区与一家企业签订投资协议，由某公司投资2.6亿元，在某镇建设甲项目``):
    the signing is the event, the building what it is for; None otherwise (a letter of intent is no
    agreement: ``签订投资意向书，拟在…``)."""
    m = _AGREEMENT_BEFORE_BUILD.search(text, max(sent.start, c0 - 60), c0)
    if m is None or m.end() != c0:
        return None
    s = m.start("cue")
    return (s, s + 2) if any(cs == s for cs, _, _ in cues) else None
#: A step of the works told done right before a weak cue (``已完成外墙保温和屋面防水施工``).
_STEP_DONE = re.compile(r"已(?:经)?完成[^，,。；;]{0,16}$")
#: What a sum is put in for, right before its building verb (``用于建设``, ``将用于新建``).
_FOR_BUILDING = re.compile(r"(?:用于|用以|主要用于)$")
#: Capital a firm added, in the clause before what it is for (``完成增资500万美元，用于建设``).
_CAPITAL_ADDED = re.compile(r"增资|追加投资|注资")
#: Nothing but the object's opening between that verb and the name.
_AFTER_PURPOSE = re.compile(r"[^，,。；;]{0,4}")
#: A clause opening on what will be built after a signing (``，将在某镇``, ``，拟在某园区``).
_WILL_BUILD = re.compile(r"(?:双方)?(?:将|拟)(?:在|于)[^，,。；;]{1,16}")


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
_APPROVAL_CUES = frozenset(("完成备案", "立项", "环评批复", "予以批复", "施工许可", "施工图"))
#: The works' permits and drawings under way (``正在办理施工许可``, ``施工图设计``).
_PERMIT_CUES = frozenset(("施工许可", "施工图"))


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


#: Parts of the works whose completion leaves the project under way (``主体钢架全部完工``).
_WORKS_PART = re.compile(r"主体|钢架|钢结构|土建|基础工程|路基|桩基")


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


def _halted(ctx: RecordContext, sent: Span, name: NameSpan) -> bool:
    """True when the name's clause reports the project stopped or put off: it is a project without a
    stage (status none), not a name to skip."""
    return HALTED.search(ctx.text, name.end, ctx.clause_end(name.end, sent.end)) is not None


#: ``某公司拟投资15亿港元建设``, ``某集团将投资8亿元新建``: the company investing in what follows.
INVESTOR_TO_BUILD = re.compile(r"(?P<org>[^,，。;；、:：]{2,30}?" + _ORG_END + r")(?:拟|将|计划|有意)?"
                               rf"(?:投资|出资)(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元|日元)"
                               r"(?:在[\u4e00-\u9fff]{2,10}?)?(?:建设|兴建|新建|打造)$")


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


#: An agreement signed, then in the next clause the site where the works named after ``建设`` are to
#: be built (``与一家深圳企业签订投资协议，在某县产业集聚区建设甲项目``).
_SIGNED_THEN_SITE = re.compile(r"(?:签订|签署)了?[^。；;！？,，]{0,12}?协议[,，]"
                               r"(?:双方)?(?:将|拟|计划)?(?:合作)?"
                               r"在[^。；;！？,，(（]{2,16}?$")


#: A sentence closing on a signing with a partner (``与甲公司签订投资协议。``).
_AGREEMENT_SIGNED = re.compile(r"(?:签订|签署)了?[\u4e00-\u9fff]{0,6}?协议[。！]$|签约[。！]$")


#: The next sentence opening on what the partner invests (``甲公司将在某区投资6亿元``) before ``建设``,
#: the sum in a clause of its own too (``甲将在某园投资9亿元，建设…``).
#: (the way it invests and the sum's yuan in brackets, then the site: ``甲集团将以外商独资方式投资8600万欧元
#: （约合人民币6.7亿元），在某开发区建设``)
_PARTNER_INVESTS = re.compile(r"[\s\u3000]*(?P<who>[^。；;！？,，]{2,20}?)(?:将|拟|计划)?"
                              r"(?:以[\u4e00-\u9fff]{2,8}方式)?(?:在[^。；;！？,，]{2,12}?)?"
                              r"投资[^。；;！？,，（(]{0,12}(?:[（(][^（()）]{2,16}[)）])?"
                              r"(?:[,，](?:用于|主要)?(?:在[^。；;！？,，]{2,16}?)?)?")
#: The parties of the signing closing the sentence before (``甲集团与某开发区签署投资协议。``).
_SIGNING_PARTIES = re.compile(r"(?P<a>[^，,。；;！？]{2,40}?)与(?P<b>[^，,。；;！？]{2,40}?)(?:签订|签署)")
_FIRM_PARTY = re.compile(r"(?:集团|公司|会社)$")


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
        m = _SIGNED_THEN.search(text, max(lo, cue.start - 60), cue.start) \
            or _SIGNED_THEN_SITE.search(text, max(lo, cue.start - 40), cue.start)
        partner = None
        if m is None and lo > 1 and (partner := _PARTNER_INVESTS.fullmatch(text, lo, cue.start)):
            # the sentence before closes on the signing (``与甲公司签订投资协议。甲公司将在某区投资…``)
            m = _AGREEMENT_SIGNED.search(text, max(0, lo - 50), lo)
        elif m is not None and target_in(text[lo:m.start()]) is not None:
            continue
        if m is None:
            continue
        r.set("stage", "signed", ctx.evidence(m.start(), m.start() + 2))
        r.set("status", "actual", ctx.evidence(m.start(), m.start() + 2))
        if partner is not None:
            _signing_before(ctx, r, ctx.last_mark(_SENTENCE_ENDS, 0, lo - 1) + 1, lo, partner.group("who"))


def _signing_before(ctx: RecordContext, r: Record, p0: int, p1: int, who: str) -> None:
    """A project signed in the sentence ``p0``–``p1`` before its own (``11月16日，德国甲集团与某开发区
    签署投资协议。甲集团将…投资…建设…``): the day of that sentence, and the party the short name
    ``who`` stands for, in full, when no investor was read."""
    if r.get("date") is None:
        date, dm = _date(ctx, Span(p0, p1, None))
        if date is not None:
            r.set("date", date, ctx.evidence(dm.start, dm.end))
    parties = _SIGNING_PARTIES.search(ctx.text, p0, p1)
    if r.get("investor") is not None or parties is None or len(who) < 3:
        return
    for g in ("a", "b"):
        party = _LEADING_DAY.sub("", parties.group(g))
        if who[:3] in party and _FIRM_PARTY.search(party):
            at = parties.end(g) - len(party)
            r.set("investor", party, ctx.evidence(at, parties.end(g)))
            return


#: A sentence opening on the projects just signed (``签约项目中，``, ``此次签约的项目中，``).
_SIGNED_MEMBERS_OPEN = re.compile(r"[\s\u3000]*(?:此次|本次|这次|现场)?(?:集中)?签约(?:的)?"
                                  r"(?:[\u4e00-\u9fff]{0,4})?项目中[，,]")
#: A signing counted in the sentence before (``现场签约…外资项目9个``, ``集中签约项目12个``).
_SIGNING_COUNTED = re.compile(r"签约[^。！？；;]{0,30}?(?:项目\d+个|\d+个[\u4e00-\u9fff]{0,4}项目)")


def _signed_members_planned(ctx: RecordContext, records: list[Record]) -> None:
    """A project told among the ones a signing just counted (``…现场签约外资项目9个，总投资…。签约项目中，
    甲集团投资…建设的乙项目计划明年3月开工``) was signed then, whatever later event it plans: ``signed``,
    ``actual``, on the signing's day."""
    text = ctx.text
    for r in records:
        if r.get("status") != "target" or r.get("stage") in (None, "signed", "planned", "negotiating"):
            continue
        name = r.fields.get("name")
        if name is None or not name.evidence:
            continue
        pos = name.evidence[0].start
        s0 = ctx.last_mark(_SENTENCE_ENDS, 0, pos) + 1
        opening = _SIGNED_MEMBERS_OPEN.match(text, s0)
        if opening is None or opening.end() > pos or s0 < 2:
            continue
        p0 = ctx.last_mark(_SENTENCE_ENDS, 0, s0 - 1) + 1
        if text.find("\n", p0, s0) >= 0 or _SIGNING_COUNTED.search(text, p0, s0) is None:
            continue
        ev = ctx.evidence(opening.start(), opening.end())
        r.set("stage", "signed", ev)
        r.set("status", "actual", ev)
        date, dm = _date(ctx, Span(p0, s0, None))
        r.set("date", date, *(ctx.evidence(dm.start, dm.end),) if date is not None else ())


#: A day opening a sentence before its subject (``11月16日，``).
_LEADING_DAY = re.compile(r"^[^，,]{0,12}?日[，,]")


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
_IN_TALKS = re.compile(r"(?:仍在|正在|尚在|还在|仍处于|处于|正)(?:洽谈|磋商|商谈|谈判)"
                       # (the matter talked over first: ``正就厂房租赁条件进行洽谈``; a stage of
                       # talks: ``处于商务条件磋商阶段``, ``尚处初步接洽阶段``;
                       # a state: ``洽谈中``, ``仍在谈``)
                       r"|正(?:在)?就[^，,。；;！？\n]{1,16}?(?:进行|开展)?(?:洽谈|磋商|商谈|谈判)"
                       r"|(?:处于|尚处|仍处|正处)[^，,。；;！？\n]{0,8}?(?:洽谈|磋商|商谈|谈判|接洽)阶段"
                       r"|(?:洽谈|磋商|商谈|谈判|对接)中|(?:仍|尚|还|目前)在谈(?!判)"
                       # (the terms still matched: ``双方正在对接用地和能耗指标``)
                       r"|(?:仍在|正在|尚在|还在)对接(?=[^，,。；;！？\n]{0,10}?(?:指标|条件|价格|细节|事宜|方案))"
                       # an intention agreed, no contract yet (``双方已达成初步合作意向``)
                       r"|达成(?:了)?(?:初步)?(?:合作|投资|签约)?意向"
                       # the two sides on the works in depth (``双方就在某县建设甲项目深入对接``)
                       r"|(?:深入|深度|进一步)(?:对接|洽谈|磋商|商谈)")


#: Talks right before the site and the building of the project named next (``对接在某县建设甲项目``,
#: ``洽谈在某园区投资建设乙项目``): the project talked over.
_TALKS_BEFORE = re.compile(r"(?:对接|洽谈|商谈|磋商)(?:在[^，,。；;！？]{2,16}?)?(?:投资)?(?:建设|新建)$")


#: ``目前项目正在洽谈``: 项目 refers back to the project just named.
_PROJECT_BACK = re.compile(r"(?:目前|当前|现|该|此|这个)项目")


def _heads_item(text: str, end: int) -> bool:
    """True when the name ending at ``end`` alone heads a numbered item (:data:`PROSE_ITEM`)."""
    line = text.rfind("\n", 0, end) + 1
    m = PROSE_ITEM.match(text, line)
    return m is not None and m.end("name") == end


def _still_in_talks(ctx: RecordContext, records: list[Record]) -> None:
    """A project whose own ``；``-item says talks about it are still going on (``有意投资…建设甲项目，
    目前双方仍在洽谈``) is being negotiated, whatever the story's signing."""
    text = ctx.text
    starts = sorted(r.fields["name"].evidence[0].start for r in records
                    if "name" in r.fields and r.fields["name"].evidence)
    for r in records:
        if (r.get("stage") == "negotiating" and r.get("status") == "actual") \
                or "name" not in r.fields or not r.fields["name"].evidence:
            continue
        end = r.fields["name"].evidence[0].end
        start = r.fields["name"].evidence[0].start
        if (m := _TALKS_BEFORE.search(text, max(0, start - 24), start)) is not None:
            r.set("stage", "negotiating", ctx.evidence(m.start(), m.start() + 2))
            r.set("status", "actual", ctx.evidence(m.start(), m.start() + 2))
            continue
        stop = ctx.next_mark(_ITEM_ENDS, end)
        if stop < len(text) and text[stop] == "。" and stop == end and _heads_item(text, end):
            # 1.甲项目。某公司拟投资…，目前处于磋商阶段: the whole item
            stop = len(text) if (k := text.find("\n", end)) < 0 else k
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


#: A sub-head of an account's post naming the event of the projects under it (``重点签约项目``,
#: ``【投产项目】``, ``开工项目跑出“加速度”``, ``其他签约项目一览``, its tagline set apart by a blank:
#: ``签约项目 加工贸易唱主角``); ``新开工项目`` heads a class of a plan's list, no event reported.
#: A year's list of key projects heads its classes by an ordinal (``一、续建项目``, ``（三）预备项目``):
#: the works carried on from last year are under way, the reserve ones in preparation.
_STAGE_HEAD = re.compile(r"[【\[]?(?:[一二三四五六七八九十]{1,2}[、.．]"
                         r"|[（(][一二三四五六七八九十]{1,2}[)）])?"
                         r"(?:重点|其他|主要)?(签约|开工|投产|竣工|在建|续建|预备)项目"
                         r"(?:一览|清单|名单|[ \u3000]?[\u4e00-\u9fff“”\"]{2,10})?[】\]]?")
#: A line numbering the parts of a post (``01``, ``PART 2``): no sub-head of its own.
_PART_NUMBER = re.compile(r"(?:PART|Part|part)?\s*\d{1,2}")
#: Marks of a line of running text, never in a sub-head.
_CLAUSE_MARKS = frozenset("。，；：,;:！？")
#: How a sub-head's word names its event.
_HEAD_EVENTS = {"签约": "signed", "开工": "started", "投产": "in_production", "竣工": "completed",
                "在建": "under_construction", "续建": "under_construction", "预备": "planned"}
#: Classes of a year's list of key projects telling where the project stands now.
_PLAN_CLASSES = frozenset(("续建", "预备"))


def _head_over(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The stage sub-head the paragraph at ``start`` stands under, looking back to ``stop``: None when
    another sub-head comes first (a short line with no clause mark, not a part's number)."""
    end = text.rfind("\n", stop, start)
    while end > stop:
        s0 = text.rfind("\n", stop, end) + 1
        line = text[s0:end].strip()
        end = s0 - 1
        if not line or len(line) > 20 or any(c in _CLAUSE_MARKS for c in line):
            continue
        if _PART_NUMBER.fullmatch(line):
            continue
        m = _STAGE_HEAD.fullmatch(line)
        return _STAGE_HEAD.match(text, text.find(line, s0)) if m is not None else None
    return None


def _stage_heads(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """In a post whose parts are headed by the event of their projects (``重点签约项目``, ``【投产
    项目】``, ``一、续建项目``), a project under such a sub-head takes its event when it reports none of
    its own that is done (no cue, a weak one, ``建设``, or a plan for later, ``预计今年10月开工``); one
    under a reserve head (``三、预备项目``) only when it reports no event, or its preparation."""
    text = ctx.text
    for r in records:
        if "name" not in r.fields or not r.fields["name"].evidence:
            continue
        own = r.fields.get("stage")
        if r.get("stage") is not None and r.get("status") == "actual" and own is not None \
                and own.evidence and text[own.evidence[0].start:own.evidence[0].end] not in WEAK_STAGES:
            continue
        start = r.fields["name"].evidence[0].start
        head = _head_over(text, text.rfind("\n", art.start, start) + 1, art.start)
        if head is None or r.get("stage") == _HEAD_EVENTS[head.group(1)] \
                and (r.get("status") == "actual" or head.group(1) not in _PLAN_CLASSES):
            continue  # (its own words tell the head's event, as done or as planned: they stand; a
            # plan's class tells the present, ``续建`` under way now whatever is aimed at)
        if _HEAD_EVENTS[head.group(1)] == "planned" and r.get("stage") not in (None, "planned"):
            continue  # a reserve project aimed at a start (``力争年底前开工``) keeps that aim
        ev = ctx.evidence(head.start(1), head.end(1))
        r.set("stage", _HEAD_EVENTS[head.group(1)], ev)
        r.set("status", "actual", ev)


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
        upto = art.end
        if cue is None and signed_head:
            # (an agreement signed, ``某县与甲公司签订投资协议，该公司拟投资…建设乙项目``, under a title
            # of the signing: the projects of its own sentence only)
            cue = next((m for m in STAGE_RE.finditer(ctx.text, sent.start, sent.end)
                        if m.group() == "签订"), None)
            upto = sent.end
        if cue is None or ctx.status(sent, cue.end())[0] != "actual":
            continue
        if _TENANTS_SIGN.search(ctx.text, ctx.clause_start(cue.start(), sent.start), cue.start()):
            return  # 某产业园与18家企业集中签约: firms signed as tenants, no projects
        for r in records:
            if ((signed_head and r.get("status") == "target") or _invests_to_build(ctx, r)) \
                    and r.get("stage") != "signed" \
                    and r.evidence and cue.end() < r.evidence[0].start < upto:
                r.set("stage", "signed", ctx.evidence(cue.start(), cue.end()))
                r.set("status", "actual", ctx.evidence(cue.start(), cue.end()))
                r.set("date", None)
        return


#: A sentence opening on the signing just told (``签约当天，``, ``签约仪式后，``, ``签约现场，``).
_AT_THE_SIGNING = re.compile(r"(?:在|就在)?签约(?:仪式)?(?:当天|当日|后|结束后|现场|期间|之后)[，,]?")


def talks_beside_signing(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Talks told in a sentence opening on the signing the story reported (``签约当天，某区还与两家企业
    就甲项目进行了洽谈``) were held on the signing's day: a project in talks with no date of its own,
    or only the page's, takes the date of the one signed."""
    signed = [r for r in records if r.get("stage") == "signed" and r.get("status") == "actual"
              and r.get("date") and "date" in r.fields and r.fields["date"].evidence]
    if not signed:
        return
    pub = ctx.doc.meta.pub_date.isoformat() if ctx.doc.meta.pub_date is not None else None
    for r in records:
        if r.get("stage") != "negotiating" or not r.evidence or r.get("date") not in (None, pub):
            continue
        at = r.evidence[0].start
        s0 = max(art.start, 1 + max(ctx.text.rfind(c, art.start, at) for c in "。！？\n"))
        s0 += len(ctx.text[s0:at]) - len(ctx.text[s0:at].lstrip(" \t\u3000"))
        if _AT_THE_SIGNING.match(ctx.text, s0) is None:
            continue
        r.set("date", signed[0].get("date"), *signed[0].fields["date"].evidence)


#: Firms counted right before a signing's cue (``与18家数字内容企业集中签约``): a park signs tenants.
_TENANTS_SIGN = re.compile(r"与(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?家[^，,。；;与]{0,12}?"
                           r"(?:企业|公司|机构)(?:集中|现场|正式|分别)?$")


#: ``投资36亿元建设``: what an agreement's investor is to build, the amount right before the verb.
#: (the place told between: ``拟投资2.6亿元，在某镇某产业园建设``)
_INVEST_TO_BUILD = re.compile(r"投资[^，,。；;]{1,12}元(?:[，,]?(?:在|于)[^，,。；;]{2,24})?$")


def _invests_to_build(ctx: RecordContext, r: Record) -> bool:
    """A project whose stage comes from ``建设`` right after ``投资`` and an amount (``在某区投资36亿元
    建设甲项目``): the content of an agreement, no construction under way."""
    ev = r.fields["stage"].evidence if "stage" in r.fields else None
    if not ev or ctx.text[ev[0].start:ev[0].end] != "建设":
        return False
    return _INVEST_TO_BUILD.search(ctx.text, max(0, ev[0].start - 44), ev[0].start) is not None


def _done_event(ctx: RecordContext, r: Record) -> bool:
    """A project reported with an event other than signing, done (no plan word in the cue's clause);
    talks held beside the signing (``签约仪式后，…就甲项目进行了洽谈``) are none."""
    if r.get("status") != "actual" or r.get("stage") in (None, "signed", "negotiating") \
            or "stage" not in r.fields:
        return False
    ev = r.fields["stage"].evidence
    if not ev:
        return True
    c0 = ctx.clause_start(ev[0].start, max(0, ev[0].start - 60))
    return target_in(ctx.text[c0:ev[0].start]) is None


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


def _under_way_now(ctx: RecordContext, sent: Span, after: int, end: int) -> tuple[int, int] | None:
    """The span of ``目前``/``正在`` after a start in the project's own item of the sentence (up to
    ``end``: ``去年10月开工，目前1号车间设备正在安装``) when what it tells is no event done: the
    works are under way now.  Money spent so far (``目前已完成投资4.2亿元``) tells no new state."""
    now = _PRESENT.search(ctx.text, after, end)
    if now is None or _SPENT.match(ctx.text, now.start()) is not None:
        return None  # 今年1月开工，目前已完成投资4.2亿元: money spent so far, the start stands
    c1 = ctx.clause_end(now.end(), sent.end)
    if _PREPARED_NOW.match(ctx.text, now.end(), c1) is not None:
        return None  # 将开工建设甲项目，…，目前已完成规划设计: papers ready, no works under way
    for m in STAGE_RE.finditer(ctx.text, now.start(), c1):
        if STAGE_CUES[m.group()] in _DONE_NOW:
            return None  # 目前已建成投产: an event done, not works under way
    return now.start(), now.end()


#: Papers or preparation done now (``已完成规划设计``, ``已完成备案和用地预审``, ``正在办理环评``): the works
#: have not begun.
_PREPARED_NOW = re.compile(r"[，,]?(?:已经|已|正在|正)?(?:完成|办理|编制|开展)(?:了)?[^，,。；;]{0,4}?"
                           r"(?:规划设计|初步设计|施工图设计|方案设计|可研|可行性研究|备案|立项|选址|用地预审"
                           r"|环评|前期工作|前期手续)")


#: The works' papers reviewed or approved (``某高速公路工程可行性研究报告获省发展改革委批复``,
#: ``工可获批``): the cue of a stage ``planned`` that a start planned later may follow.
_PAPERS_APPROVED = re.compile(r"可行性研究报告|可研报告|可研|工可")
#: Its start planned, with its time, in a later sentence of the same paragraph (``计划明年二季度进场施工``,
#: ``力争年底前开工建设``).
_START_PLANNED = re.compile(r"(?:计划|预计|力争|争取|拟)(?:于|在)?[^，,。；;]{0,10}?"
                            r"(?P<cue>进场施工|开工建设|开工|动工)")


#: Another works or a phase named (``二期``, ``乙工程``); the works just told taken up again (``该工程``,
#: ``，项目初步设计…``) is none.
_OTHER_WORKS = re.compile(r"[一二三四五六七八九十]期|[\u4e00-\u9fff](?<![该此本])(?:项目|工程)")


def start_planned_after_papers(ctx: RecordContext, art: Span, sent: Span, r: Record) -> None:
    """A works whose papers the news tells approved (stage ``planned``), then, in a later sentence of
    the same paragraph with no other works nor phase named, its start planned (``某高速公路工程可行性
    研究报告获批复。……计划明年二季度进场施工``): the start is the event reported, as a target."""
    st = r.fields.get("stage")
    if st is None or st.value != "planned" or not st.evidence or r.get("status") == "target":
        return
    cue = st.evidence[0]
    if not _PAPERS_APPROVED.search(ctx.text, max(sent.start, cue.start - 4), min(sent.end, cue.end + 4)):
        return
    stop = ctx.text.find("\n", sent.end)
    stop = art.end if stop < 0 else min(stop, art.end)
    m = _START_PLANNED.search(ctx.text, sent.end, stop)
    if m is None:
        return
    if _OTHER_WORKS.search(ctx.text, sent.end, m.start()):
        return  # ``……二期工程计划明年开工``, ``乙项目计划…``: another works' plan
    ev = ctx.evidence(m.start(), m.end())
    r.set("stage", "started", ev)
    r.set("status", "target", ev)
