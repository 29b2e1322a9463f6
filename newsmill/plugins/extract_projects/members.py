"""Projects listed under a batch or an event, and what they take from it."""

from __future__ import annotations

import bisect
import functools
import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import (
    _attributes,
)
from newsmill.plugins.extract_projects.clauses import (
    _name_start,
)
from newsmill.plugins.extract_projects.keys import (
    _core,
)
from newsmill.plugins.extract_projects.patterns import (
    _BUILDING_NOW,
    _BY_AGREEMENT,
    _CARD_LINE,
    _EVENT_PROJECTS,
    _FITTED_AFTER,
    _IT_OPENS,
    _KIND_OPENS,
    _LIFECYCLE,
    _LIST_ITEM,
    _LOCAL,
    _MAIN_VENUE_OF,
    _MONTH_BEFORE,
    _SEMICOLONS_COMMAS,
    _SETTLED,
)
from newsmill.plugins.extract_projects.stages import (
    _stage_cues,
)
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, TARGET_RE, WEAK_STAGES, target_in
from newsmill.zh.dates import month_of
from newsmill.zh.orgs import LATIN_ALIAS
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span
from newsmill.zh.surface import norm_name

_norm_name = functools.lru_cache(maxsize=4096)(norm_name)


#: A word taking up the facility just named by its kind (``该园区``, ``该基地``, ``该机场``), with the
#: endings of names of that kind.
_KIND_ANAPHORS = (("该园区", ("园", "园区")), ("该产业园", ("产业园",)), ("该基地", ("基地",)),
                  ("该工厂", ("厂",)), ("该厂", ("厂",)), ("该中心", ("中心",)),
                  # an airfield taken up by its kind (``某通用机场完成飞行校验。该机场位于…``)
                  ("该机场", ("机场",)),
                  # a unit taken up by its kind (``一套提氢装置正在运行。今年3月投运的这套装置日产…``)
                  ("这套装置", ("装置",)), ("该装置", ("装置",)))


#: The same, taken up by a demonstrative as spoken news do (``这条生产线投资…``, ``这个加工交易中心总投资…``,
#: ``这座综合体…``), a few words of the name's kind between.
_THIS_KIND = re.compile(r"(?:该|这个|这条|这座|这一)[\u4e00-\u9fff]{0,4}?"
                        r"(生产线|综合体|中心|基地|产业园|园区"
                        # a farm's plant, estate or store (``这座加工厂是…``, ``这座冷库是该村…建设的``)
                        r"|加工厂|养殖场|保鲜库|冷库)")


#: Ends of a mall's name that ``该综合体`` takes up (``某某购物中心``, ``某某广场``).
_MALL_ENDS = ("综合体", "购物中心", "商场", "广场", "商业中心")


def _same_kind_anaphor(text: str, sent: Span, name: str) -> bool:
    """True when the sentence opens (in its first clause) on ``该园区``/``该基地``/``这条生产线``… and
    the project just named is of that kind (``…加工园一期完工。该园区总投资3.2亿元``): the figures are
    its own."""
    head = text[sent.start:sent.start + 12]
    park = _BARE_PARK.match(text, sent.start, sent.end) or _BARE_CENTRE.match(text, sent.start, sent.end)
    if park is not None:
        # 甲产业园一期工程建成投产。产业园位于某镇，一期总投资…: the park just told of, by its kind
        return _PHASE_WORKS.sub("", name).endswith(park.group(1))
    if "该" not in head and "这" not in head:
        # 公司负责人介绍，基地全部达产后…: a base named bare after a speaker is the base just told of
        bare = _BARE_BASE.match(text, sent.start, sent.end)
        return bare is not None and _PHASE_WORKS.sub("", name).endswith(_BARE_ENDS[bare.group("k")])
    core = _PHASE_WORKS.sub("", name)  # 某加工园一期主体工程: a phase of the park
    if any(word in head and core.endswith(ends) for word, ends in _KIND_ANAPHORS):
        return True
    m = _THIS_KIND.match(text, sent.start, sent.start + 12)
    if m is None:
        return False
    bare = _END_WORKS.sub("", core)
    # a mall taken up as a complex (``某某购物中心开业。该商业综合体由…投资…建设``)
    return bare.endswith(m.group(1)) or m.group(1) == "综合体" and bare.endswith(_MALL_ENDS)


#: A name's last word of works (``项目``, ``工程``), dropped before its kind is compared.
_END_WORKS = re.compile(r"(?:建设)?(?:项目|工程)$")


_PHASE_WORKS = re.compile(r"(?:[一二三四五首]期)?(?:主体)?(?:工程|项目)?$")


#: A sentence opening on a park's kind bare, then its site or sum (``产业园位于…``, ``园区一期总投资…``);
#: a computing zone's too (``某大模型训练专区正式上线。专区总投资…``).
_BARE_PARK = re.compile(r"(产业园|工业园|园区|专区"
                        # (a hospital's or a school's new site just told opened or started: ``某医院某新院区
                        # 正式投用。新院区位于某镇，…设置床位1000张``)
                        r"|新院区|新校区"
                        # (a bridge, a reservoir, a tunnel, a wharf or an airport just told of: ``某大桥工程
                        # 完成交工验收。大桥全长…，总投资…``, ``某水库工程下闸蓄水。水库总库容…``)
                        r"|特大桥|大桥|水库|隧道|码头|机场)"
                        r"(?=位于|坐落|(?:[一二三首]期)?(?:计划|规划|概算|估算)?总投资|占地|全长|总库容)")


#: A sentence opening on ``中心`` bare, then what it does once running (``中心运营后可提供…岗位``): the
#: centre just told of.
_BARE_CENTRE = re.compile(r"(中心)(?=(?:正式)?(?:建成|运营|投用|启用|投入运营|投入使用)后)")


#: A sentence opening on a speaker, then ``基地`` bare (``公司负责人介绍，基地全部达产后…``) or the new
#: line (``公司总经理说,新生产线已于10月初开始试产``), after the speaker's quote when one opens it
#: (in curly or straight quotes).
_BARE_BASE = re.compile(r"\s*(?:“[^”]{0,120}”|”|\"[^\"]{0,120}\"|\")?"
                        r"[^，,。；;“”\"]{2,12}?(?:介绍|表示|透露|说)[，,：:]"
                        r"(?P<k>基地|新生产线|新产线)"
                        r"(?![\u4e00-\u9fff]{0,2}(?:项目|企业|建设))")
#: The ends of a name each bare word takes up.
_BARE_ENDS = {"基地": ("基地",), "新生产线": ("生产线", "产线"), "新产线": ("生产线", "产线")}


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


#: The context :func:`glued_caption_spans` last answered for, and its answer.
_glued: tuple[RecordContext | None, list[Span]] = (None, [])


def glued_caption_spans(ctx: RecordContext) -> list[Span]:
    """Cleaned-text spans of the photo captions the cleaners found glued to a paragraph
    (``…。某产业园内，工人正在作业。（某融媒体中心 供图）…``): a picture's scene, no project.
    Found once per context (every sentence of a document asks)."""
    global _glued
    if _glued[0] is not ctx:
        _glued = (ctx, [ctx.doc.clean_span(r.raw_start, r.raw_end) for r in ctx.doc.regions_of("caption")
                        if r.note == "glued caption"])
    return _glued[1]


def _past_glued_caption(ctx: RecordContext, at: int) -> int:
    """Where the sentence opening at ``at`` starts its own words: past a caption glued to its head
    (``签约仪式现场 某某 摄此次签约的项目中，…``)."""
    for a, b in glued_caption_spans(ctx):
        if a <= at < b:
            return b
    return at


def _member_stage(ctx: RecordContext, r: Record, sent: Span,
                  batches: dict[int | None, list[Record]] | None = None) -> None:
    """A project singled out of the batch just reported takes the batch's event: after ``其中,``
    in the next sentence (or an opening on the event's projects, ``签约项目中，``, or on what the
    agreement provides, ``根据协议，``), or in a list the batch's clause introduces with a colon.
    ``batches``: :func:`_article_batches` of the document's records, when already known."""
    s0 = _past_glued_caption(ctx, sent.start)
    opening = MEMBER_OPENING.match(ctx.text, s0) is not None \
        or _EVENT_MEMBERS.match(ctx.text, s0) is not None \
        or _AGREED_MEMBERS.match(ctx.text, s0) is not None
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
    # (a sentence of its own opening on another event's projects, after a paragraph's first on the
    # signing: ``签约项目中，甲项目…。开工项目中，乙项目…``: the second names the start's)
    told = _EVENTS_PARAGRAPH.match(ctx.text, s0) or _EVENTS_PARAGRAPH.match(ctx.text, para)
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
                or _gathered_member(ctx, sent, r, name_start, b) or _card_member(ctx.text, name_start, b)) \
                and b.get("event"):
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


#: A card's name label right before the name (``📍项目名称：``).
_CARD_LABEL = re.compile(r"项目名称\s*[:：]\s*$")


def _card_member(text: str, name_start: int, b: Record) -> bool:
    """True when the project is told as a card (``项目名称：甲项目`` ⏎ ``总投资：…``) after a batch
    told as one concentrated event (``…集中开工活动举行。此次集中开工项目15个``): the story's cards
    are the day's projects, one a card, however long the list."""
    if b.get("event") not in _GATHERED_EVENTS \
            or _CARD_LABEL.search(text, max(0, name_start - 8), name_start) is None:
        return False
    b0, b1 = b.evidence[0].start, b.evidence[0].end
    para = text.rfind("\n", 0, b0) + 1
    return _GATHERED.search(text, para, b1) is not None


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


#: A count of projects, then ``其中`` and kinds listed apart by ``、`` up to a name (``签约项目11个,协议
#: 投资额68亿元,其中甲、乙项目已开工``): the name closes the list of the kinds the batch holds.
_KINDS_OF_COUNT = re.compile(r"(?:项目\d+个|\d+个[\u4e00-\u9fff]{0,6}?项目)[^。；;！？]{0,30}?[,，]其中"
                             r"(?:[\u4e00-\u9fff]{2,6}、)+$")


def kinds_of_count(ctx: RecordContext, r: Record, sent: Span) -> bool:
    """True for a short name closing a list of kinds opened by ``其中`` after a count of projects in
    the same sentence (``围绕电池产业链签约项目11个,…,其中结构件、电解液项目已开工建设``): the kinds of
    works the batch holds, no project named."""
    name = r.get("name") or ""
    if not name.endswith("项目") or not 2 <= len(name) - 2 <= 6 or r.get("investor") is not None:
        return False
    n0 = r.fields["name"].evidence[0].start
    return ctx.text.find("其中", sent.start, n0) >= 0 \
        and _KINDS_OF_COUNT.search(ctx.text, sent.start, n0) is not None


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
                            # (the rest of them, after one singled out: ``其余项目中，甲公司将投资…``)
                            + r"|(?:其余|其他|另外)的?(?:\d+个)?项目中[,，]"
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
#: (also in yen or won, with the site between, and a line put up: ``追加投资48亿日元,在某开发区新建…``,
#: ``增资2000万美元,新上一条…生产线``)
_FUNDED_WORKS = re.compile(r"(?:追加投资|增资|投资)(?:人民币)?约?[\d.]+(?:万|亿)?"
                           r"(?:元|美元|港元|欧元|日元|韩元|英镑)"
                           r"[,，]?(?:用于)?(?:在[^，,。；;]{2,16}?)?(?:扩建|新建|新上|上马)(?:一条|一个|1条)?")


def _funded_expansion(text: str, sent: Span, name: NameSpan) -> bool:
    """True when the clause before a facility's name is an amount paid in to build or extend it
    (``某公司增资2亿元,扩建其在园区内的冷链分拨中心``): a project even with no stage told."""
    ends = [m.end() for m in _FUNDED_WORKS.finditer(text, sent.start, name.start)]
    return bool(ends) and not any(text.find(c, ends[-1], name.start) >= 0 for c in ",，;；。")


_FUNDER = re.compile(r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,30}?(?:集团|公司|株式会社))"
                     rf"(?=(?:{LATIN_ALIAS})?(?:(?:宣布|决定|再次|拟|将)?(?:追加投资|增资|投资)"
                     # (a parent adding capital to its plant here:
                     # ``某株式会社宣布对其在某区设立的某公司增资…``)
                     r"|(?:宣布|决定)?对其[^，,。；;]{2,30}?(?:追加投资|增资)))")
#: A firm (maybe glossed by its Latin name) signing an agreement to add capital with the place, then
#: adding it in the next clause (``某集团(Xxx GmbH)与某开发区签署增资协议,追加投资…``).
_AGREED_FUNDER = re.compile(r"(?P<inv>[\u4e00-\u9fffA-Za-z·]{2,30}?(?:集团|公司|株式会社))"
                            rf"(?:{LATIN_ALIAS})?与[^，,。；;]{{2,20}}?(?:签署|签订)(?:了)?(?:增资|增资扩产|追加投资)协议"
                            r"[，,](?:将|拟)?(?:追加投资|增资)")


#: ``在园区内的``, ``在综保区内``: the zone of the story, named in short.
_IN_THE_ZONE = re.compile(r"在[\u4e00-\u9fff]{0,4}[区园]内的?$")


def _funder(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """The company that opens the clause paying for the works (``某集团增资X元,扩建…``)."""
    if r.get("investor") is not None:
        return
    c0 = ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, name.start)
    head = ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, c0) + 1 if c0 >= 0 else sent.start
    m = _FUNDER.match(ctx.text, max(head, sent.start), name.start)
    while m is None and head > sent.start and ctx.text[head - 1] in ",，":
        # (the firm two clauses back, then its agreement:
        # ``某集团(Xxx GmbH)与某区签署增资协议,追加投资…,扩建…``)
        head = ctx.last_mark(_SEMICOLONS_COMMAS, sent.start, head - 1) + 1 or sent.start
        m = _AGREED_FUNDER.match(ctx.text, max(head, sent.start), name.start)
    if m is not None:
        start = m.start("inv")
        if ctx.text.startswith(("旗下", "下属"), start):
            start += 2  # (…签署增资协议，旗下甲有限公司将追加投资…: the firm, not the word before it)
        cut = ctx.text.rfind("的", start, m.end("inv") - 4)
        if cut >= 0 and ctx.text.find("设立", start, cut) >= 0:
            start = cut + 1  # 该公司在某地设立的甲有限公司将追加投资…: the firm set up there
            if (lead := _CAPITAL_KIND.match(ctx.text, start, m.end("inv"))) is not None:
                start = lead.end()  # (…设立的中外合资企业甲有限公司: whose capital it is, no name)
        r.set("investor", ctx.text[start:m.end("inv")], ctx.evidence(start, m.end("inv")))
        if r.get("stage") is None:
            _capital_agreement(ctx, r, sent)


#: A firm told by whose capital it is, before its name (``中外合资企业``, ``外商独资企业``).
_CAPITAL_KIND = re.compile(r"(?:中外合资|中外合作|外商独资|[港外台澳侨美德日韩欧]资)企业")
#: An agreement to add capital signed (``与某株式会社签订增资协议``, ``签署增资扩产协议``).
_CAPITAL_AGREED = re.compile(r"(?:签订|签署|签约)了?(?:增资|增资扩产|追加投资)协议")


def _capital_agreement(ctx: RecordContext, r: Record, sent: Span) -> None:
    """Works a firm adds capital for, told right after the sentence in which the agreement to add
    it was signed (``某市与某株式会社签订增资协议。…公司将追加投资…，新建…生产线``): signed."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    before = max(ctx.text.rfind("。", para, max(para, sent.start - 1)) + 1, para)
    m = _CAPITAL_AGREED.search(ctx.text, before, sent.start)
    if m is not None:
        r.set("stage", "signed", ctx.evidence(m.start(), m.end()))
        r.set("status", "actual", ctx.evidence(m.start(), m.end()))


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


#: An item opened by a bullet, its name then a colon (``◆甲项目：…``).
_BULLET_ITEM = re.compile(r"[ \t\u3000]*[◆●▲◇○★☆•][^\n：:，,。]{2,40}[：:]")


#: A section head numbered in Chinese (``二、续建项目（2个，总投资30.6亿元）``, ``（三）竣工项目``).
_SECTION_HEAD = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]"
                           r"|[(（][一二三四五六七八九十]{1,3}[)）])")


#: A lender and its loan in a list's item (``甲项目　某银行某支行　授信8亿元``, ``…农商银行，贷款3000万元``).
_LOAN_ITEM = re.compile(r"(?:银行|分行|支行|信用社)[^。；;\n]{0,6}?(?:授信|贷款|融资|放款)")


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
    le = text.find("\n", ls)
    loan_item = _LOAN_ITEM.search(text, ls, le if le >= 0 else len(text)) is not None
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
        if loan_item and STAGE_CUES[cue.group()] == "signed":
            return  # ``签约项目如下：`` ⏎ ``1.甲项目　某银行　授信8亿元``: a loan agreed, no signing
        ev = ctx.evidence(lead + cue.start(), lead + cue.end())
        r.set("stage", STAGE_CUES[cue.group()], ev)
        r.set("status", "target" if target_in(line) else "actual", ev)
        return


#: How far before the venue's sentence the batch of its ceremony may be told.
_VENUE_REACH = 400


#: Works still to be completed (``建成后可年产…``, ``投产后``): not among a batch completed.
_YET_TO_FINISH = re.compile(r"(?:建成|竣工|投产|达产)后")


#: Where a ceremony is held (``…集中开工活动在某街道举行``): a street, town or park.
_CEREMONY_HELD_IN = re.compile(r"(?:活动|仪式|大会)在(?P<p>[\u4e00-\u9fff]{2,10}?"
                               r"(?:街道|镇|乡|工业园区|产业园区|园区|工业园|产业园|开发区|高新区|经开区))"
                               r"(?:隆重|正式|集中)?举行")


#: A route named by its two ends (``甲至乙公路改建工程``, ``甲至乙快速路``).
_ROUTE_NAMED = re.compile(r"至[\u4e00-\u9fff]{1,10}?(?:公路|道路|快速路|快速通道|铁路|高速|大道|航道)")


def _main_venue_site(ctx: RecordContext, art: Span, r: Record, sent: Span) -> None:
    """The main venue's project (``主会场所在的甲项目``) with no place finer than its county stands
    where the ceremony told before it was held (``…集中开工活动在某街道举行``): that is its detail."""
    loc = r.get("location")
    if not loc or loc.get("detail") or not loc.get("county"):
        return
    if _ROUTE_NAMED.search(str(r.get("name") or "")):
        return  # 主会场项目为某区甲至乙公路改建工程: a road between two places, in neither
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
    if ev.value == "planned" and own is not None and own.evidence \
            and (own.value != "planned" and r.get("status") == "target" or own.value == "planned"):
        # a project of a list in preparation with a goal of its own (``…已完成备案，力争年底前开工``)
        # or a step of its own (``…目前正在编制可行性研究报告``): its own words tell its state
        return
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


#: A sentence opening where the reporter walks in, a park or a base (``走进某某经开区某某产业园，…``).
_VISITED_PARK = re.compile(r"[ \t\u3000]*(?:本报讯[ \t\u3000]*)?(?:走进|来到)"
                           r"(?P<n>[\u4e00-\u9fff]{4,20}?(?:产业园|工业园|园区|基地))[,，]")


#: A tour's stop that is a park, the whole sentence (``第一站是位于某镇的某某材料产业园。``).
_STOP_PARK = re.compile(r"[ \t\u3000]*(?:第[一二三四五六七八九十]站|首站)(?:是|为|便是|就是|来到)"
                        r"(?:位于[\u4e00-\u9fff]{2,10}?的)?"
                        r"(?P<n>[\u4e00-\u9fff]{4,20}?(?:产业园|工业园|园区|基地))[。！!]?")
#: A sentence opening on a firm named in full that invests (``某某新材料股份有限公司投资36亿元，建设…``).
_FIRM_INVESTS_OPENS = re.compile(r"[ \t\u3000]*(?P<f>[\u4e00-\u9fff（）()]{4,30}?"
                                 r"(?:有限(?:责任)?公司|股份(?:有限)?公司))(?:计划|拟|总)?投资(?:约|近)?\d")


def firm_investing(text: str, at: int) -> tuple[int, int] | None:
    """The span of the firm a sentence at ``at`` opens on when it invests (:data:`_FIRM_INVESTS_OPENS`)."""
    m = _FIRM_INVESTS_OPENS.match(text, at)
    return m.span("f") if m is not None else None


def _visited_park(ctx: RecordContext, prev: Span, sent: Span) -> NameSpan | None:
    """The park or base the reporter walks into in ``prev`` when ``sent`` opens on it by its kind
    (``走进某某智造产业园，厂房林立。这个产业园由某公司投资建设…``): the works the next sentence tells.
    Also a park a tour stops at, the whole of ``prev``, when ``sent`` opens on a firm that invests
    (``第一站是位于某镇的某某材料产业园。某某股份有限公司投资36亿元，建设…``): the firm builds the park."""
    stop = _STOP_PARK.fullmatch(ctx.text, prev.start, prev.end)
    if stop is not None and _FIRM_INVESTS_OPENS.match(ctx.text, sent.start):
        return NameSpan(stop.start("n"), stop.end("n"), stop.group("n"))
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


#: The lifecycle in order: a later event told of the same works is its news.
_STAGE_ORDER = ("planned", "negotiating", "signed", "started", "under_construction", "completed",
                "in_production")
#: A participle before a name telling its state, not the event reported (``新建成的甲生产线正满负荷运转``).
_STATE_PARTICIPLE = re.compile(r"(?:新|刚|刚刚|已)?(?:建成|落成|竣工)的$")
#: A part of a month before a cue, then its start (``已于10月初开始试产``, ``9月下旬起投产``).
#: (the month told by the page's day: ``已于本月中旬进入试生产``)
_MONTH_PART_BEFORE = re.compile(r"(?:\d{1,2}|本|上)月(?:初|上旬|中旬|下旬|底|末)(?:已经?|正式|全面)?"
                                r"(?:开始|起|进入)?$")
#: A sum's use naming the works (``增资1500万欧元,用于建设…生产线``): the purpose, no event of its own.
_PURPOSE_BEFORE = re.compile(r"(?:主要)?用于$")


def _dated_later_event(ctx: RecordContext, r: Record, sent: Span) -> None:
    """A sentence taking up the works just named by its kind (``这条生产线投资…，今年5月正式投产``)
    that tells a later event with its month than the participle or the sum's use that named it
    (``新建成的甲生产线``, ``增资…用于建设甲生产线``): that event is the news (its month then dates it)."""
    stage, ev = r.get("stage"), r.fields["stage"].evidence if "stage" in r.fields else []
    if stage not in _STAGE_ORDER or not ev \
            or not (_STATE_PARTICIPLE.search(ctx.text, max(0, ev[0].start - 3), ev[0].end + 1)
                    or _PURPOSE_BEFORE.search(ctx.text, max(0, ev[0].start - 4), ev[0].start)
                    # (or the fitting of its equipment: ``正在对甲生产线进行调试。该生产线…已于本月中旬
                    # 进入试生产阶段``)
                    or _FITTED_AFTER.fullmatch(ctx.text, ev[0].start, ev[0].end)):
        return
    for s, e, cue in reversed(_stage_cues(ctx, sent, [])):
        later = STAGE_CUES[cue]
        if later in _STAGE_ORDER and _STAGE_ORDER.index(later) > _STAGE_ORDER.index(stage) \
                and (_MONTH_BEFORE.search(ctx.text, max(sent.start, s - 12), s)
                     or _MONTH_PART_BEFORE.search(ctx.text, max(sent.start, s - 12), s)) \
                and TARGET_RE.search(ctx.text, max(sent.start, s - 12), s) is None:
            r.set("stage", later, ctx.evidence(s, e))
            r.set("status", "actual", ctx.evidence(s, e))
            return


#: A sentence opening on works the sentence before named by their kind (``该工程全长…``).
_WORKS_OPENS = re.compile(r"(?:该|此|这一)工程")


#: A sentence opening on a bare ``项目`` built by a firm it names (``项目由某公司投资32亿元建设``): the
#: project just named, taken up again.
_BARE_IT_BUILT = re.compile(r"项目由[\u4e00-\u9fff（）()]{2,30}?(?:公司|集团|企业)(?:投资|出资|建设|投建)")


def _it_opens(text: str, at: int, name: str) -> bool:
    """Whether the sentence at ``at`` opens on the works ``name`` by ``该项目``, or by its kind
    (``走进某某智造产业园，…。这个产业园由某公司投资建设…``: the park the scene named)."""
    if _IT_OPENS.match(text, at):
        return True
    if _WORKS_OPENS.match(text, at) and name.endswith("工程"):
        return True  # 某公路改建工程发布施工招标公告。该工程全长…，计划明年4月开工: the works told on
    if name.endswith("项目") and _BARE_IT_BUILT.match(text, at):
        return True  # 甲项目是全县单体投资最大的项目。项目由乙公司投资…建设: the bare word takes it up
    m = _KIND_OPENS.match(text, at)
    return m is not None and _PHASE_WORKS.sub("", name).endswith(m.group("kind"))


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
                         r"(?:顺利|正式)?(?P<cue>开工|动工)(?:了|建设)"
                         # (the day, the clause closing on the start: ``该项目8月12日开工，总投资…``)
                         r"|(?:该|此)项目(?:于|已于|在)?(?:今年)?\d{1,2}月\d{1,2}日(?:正式)?(?P<cue2>开工|动工)"
                         r"(?=[，,。；;])")


#: ``一期去年12月开工，目前…``: the start of the first phase of a project shown with no event yet,
#: opening the sentence after.
_PHASE_START_TOLD = re.compile(r"(?<![\u4e00-\u9fff])(?:一期|首期)(?:工程|项目)?(?:今年|去年)?\d{1,2}月"
                               r"(?:份|底|初)?(?:就|便|已经|已)?(?:顺利|正式)?(?P<cue>开工|动工)(?:了|建设)?"
                               r"(?=[，,。])")


#: ``该项目总投资…，去年11月开工，今年10月建成投产``: the start, then a later event done, each with its
#: month, told of the project just shown (the later event is its stage).
_DONE_TOLD = re.compile(r"(?:该|此)项目[^。！？“”]{0,24}?[，,]"
                        r"(?:今年|去年)?\d{1,2}月(?:份)?(?:开工|动工)(?:建设)?[，,](?P<when>(?:今年|去年)?\d{1,2}月(?:份|底)?)(?:正式|顺利)?"
                        r"(?P<cue>建成投产|竣工投产|投产|竣工|建成)(?=[，,。；;])")


def _done_told(ctx: RecordContext, r: Record, sent: Span) -> bool:
    """Apply :data:`_DONE_TOLD` to ``r``: its later event, done, in that month; False when the
    sentence tells no such chain."""
    m = _DONE_TOLD.match(ctx.text, sent.start, sent.end)
    if m is None:
        return False
    for d in ctx.mentions_in("dates", m.start("when"), m.end("when")):
        if isinstance(d.value, dict) and d.value.get("start") and d.value.get("granularity") == "month":
            stage = "in_production" if m.group("cue").endswith("投产") else "completed"
            r.set("stage", stage, ctx.evidence(*m.span("cue")))
            r.set("status", "actual", ctx.evidence(*m.span("cue")))
            r.set("date", month_of(str(d.value["start"])), ctx.evidence(d.start, d.end))
            return True
    return False


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
        if _done_told(ctx, r, sent):
            return
        m = _START_TOLD.search(ctx.text, sent.start, sent.end)
    if m is None:
        return
    group = "cue" if m.group("cue") else "cue2"
    if target_in(ctx.text[m.start():m.start(group)]) is not None:
        return  # (``组建项目团队，力争今年5月开工建设``: a start aimed at, none told done)
    for d in reversed(ctx.mentions_in("dates", m.start(), m.end())):  # the month right before the cue
        if not isinstance(d.value, dict) or not d.value.get("start"):
            continue
        grain = d.value.get("granularity")
        if grain == "month" or grain == "day" and group == "cue2":
            cue = m.start(group)
            r.set("stage", "started", ctx.evidence(cue, m.end()))
            r.set("status", "actual", ctx.evidence(cue, m.end()))
            day = str(d.value["start"])
            r.set("date", month_of(day) if grain == "month" else day[:10], ctx.evidence(d.start, d.end))
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


#: A visit's stops told before a name in its sentence (``观摩组先后来到甲项目、乙项目等现场``).
_VISIT_BEFORE = re.compile(r"(?:先后|相继|依次|一行)?(?:来到|走进|深入|前往|实地察看|实地查看"
                           r"|观摩了?|考察了?|参观了?)[^。！？\n]{0,60}$")


def _visit_stop(text: str, at: int) -> bool:
    """True when the name at ``at`` is one stop of a visit told in its sentence (``观摩组一行先后来到
    位于某区的甲项目、乙项目等11个观摩点``): the story tells its event later."""
    s0 = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return _VISIT_BEFORE.search(text, s0, at) is not None


def _event_told_again(ctx: RecordContext, r: Record, again: Record) -> None:
    """A project named again later in its story (``8月28日，甲项目竣工投产``): the day of the same
    event the first mention lacks is the later one's; a sub-head's event too (``●甲项目：进展``)."""
    stage = again.get("stage")
    if stage is None or again.get("status") is None:
        return
    if r.get("stage") is None:
        if not r.fields["name"].evidence:
            return
        at = r.fields["name"].evidence[0].start
        if not _is_subhead(ctx.text, at) and not _visit_stop(ctx.text, at):
            return  # only a sub-head's bare name, or a visit's stop, waits for its story to tell the event
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
