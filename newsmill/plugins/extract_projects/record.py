"""The record of one named project in a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.clauses import (
    _after_last,
    _date,
    _ends_with_de,
    _item_of,
    _other_items_day,
    _same_item,
)
from newsmill.plugins.extract_projects.investors import (
    _investor_of_place_and_firm,
    _investor_signing_at,
)
from newsmill.plugins.extract_projects.keys import (
    _name_key,
)
from newsmill.plugins.extract_projects.patterns import (
    _AT_WORK_ON,
    _BUILD,
    _BUILDING_NOW,
    _DONE_NOW,
    _FITTED_AFTER,
    _INVESTOR_LOOK,
    _MAIN_PART_DONE,
    _NOT_FIRM_END,
    _ORG_END,
    _SHORT_LEAD,
    _SPENT,
    INVESTOR_BY,
    INVESTOR_BY_FIRM,
    INVESTOR_LEAD,
    INVESTOR_WITH,
    PLAN_BEFORE_DAY,
    SHORT_NAME,
    UNNAMED_FIRM,
)
from newsmill.plugins.extract_projects.places import (
    _agreed_build,
    _bare_park_detail,
    _build_place,
    _collective_village_detail,
    _county_head,
    _event_place_after,
    _firm_home_county,
    _firm_word_after_its_speaker,
    _firm_word_sited,
    _firms_county,
    _inner_place,
    _invest_place,
    _investor_heading,
    _investor_subject,
    _local_detail,
    _only_places,
    _opening_division,
    _opening_place,
    _own_detail,
    _own_place,
    _park_plant_detail,
    _partner_place,
    _route_place,
    _section_county,
    _short_county_opening,
    _signed_before,
    _upgraded_site_detail,
    _zone_of_another_item,
    port_detail,
)
from newsmill.plugins.extract_projects.stages import (
    _batch_for,
    _completion_planned,
    _part_completed,
    _stage,
    _topped_month,
    _under_way_now,
    _works_part_name,
)
from newsmill.zh.brands import trade_after_a_place
from newsmill.zh.cues import STAGE_CUES, WEAK_STAGES, target_in
from newsmill.zh.money import SUM_FIGURE
from newsmill.zh.orgs import LATIN_ALIAS
from newsmill.zh.projects import NameSpan, capacity_in, company_head
from newsmill.zh.recctx import RecordContext, Span, location_of

#: Land in mu opening a project's name (``200亩天麻种植基地``, ``3万亩茶园提质项目``): its area.
_LAND_OPENS = re.compile(r"(\d+(?:\.\d+)?万?亩)(?=[\u4e00-\u9fff]{4})")


#: The same right after a name with no ``已`` (``；乙项目完成投资11.3亿元，主体装置正在安装``).
_SPENT_BARE = re.compile(r"完成(?:投资|年度投资)(?=\d)")


#: The share of the works done (``目前路基工程已完成80%``, ``形象进度达65%``): the project is under way.
#: (a share told in tenths too, ``完成路基工程的八成``)
_PROGRESS = re.compile(r"已完成(?:总)?(?:工程量|工作量|[\u4e00-\u9fff]{1,6}?工程)?的?\d+(?:\.\d+)?%|形象进度"
                       r"|(?:已经?)?完成(?:总)?(?:工程量|工作量|[\u4e00-\u9fff]{1,6}?工程)的?[一二三四五六七八九]成")


#: The same of the plant's buildings told after the project's name (``甲项目现场，两栋标准化厂房已经
#: 完工``, ``车间已完工``): the project is under way (not when the buildings are the works named).
_PLANT_PART_DONE = re.compile(r"(?:标准化)?(?:厂房|车间)(?:已经|已|全面|基本|顺利|全部)*$")
#: A part of a road's or a railway's works done (``桥涵工程全部完工``, ``路基已完工``): the works go on.
_LINE_PART_DONE = re.compile(r"(?:路基|路面|桥涵|桥梁|隧道|涵洞|土石方|房建|交安)(?:工程)?"
                             r"(?:已经|已|全面|基本|顺利|全部)*$")



#: A start told with its day in the project's own item (``4月18日开工``, ``已于3月6日正式开工建设``).
_DAY_OF_START = re.compile(r"\d{1,2}月\d{1,2}日(?:正式|顺利|集中)?(?:开工|动工|开建)"
                           # a start told done on its month this year (``已于今年3月开工``, ``已于2025年4月
                           # 开工``; one of last year, ``已于去年10月开工，目前…施工至三层``, is old news)
                           r"|已[于於](?:今年|\d{4}年)?\d{1,2}月(?:份|初|底|中旬|上旬|下旬)?(?:正式|顺利)?"
                           r"(?:开工|动工|开建)")

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


def _short_named(ctx: RecordContext, sent: Span, aliases: dict[str, Record]) -> Record | None:
    """The project whose short name opens the sentence (``乙项目总投资…``), else None."""
    if not aliases:
        return None
    at = _SHORT_LEAD.match(ctx.text, sent.start, sent.end).end()
    for short, r in aliases.items():
        if ctx.text.startswith(short, at):
            return r
    return None


#: A sentence opening on what the agreement provides, a group putting in capital
#: (``根据协议，香港某某集团将增资1.2亿港元``).
_GROUP_AGREED = re.compile(r"(?:根据|按照|依据)(?:投资|合作|签约)?(?:协议|合同)[，,]"
                           r"(?P<inv>[\u4e00-\u9fff（）()]{2,24}?集团)(?:将|拟|计划)?(?:增资|投资|出资)")
#: A group told investing right before a name (``由香港某某实业集团投资的``).
_GROUP_BEFORE = re.compile(r"由(?P<inv>[\u4e00-\u9fff（）()]{2,24}?集团)(?:投资|出资|增资)"
                           r"(?:建设|兴建|实施)?的$")
#: A group told investing right after a name (``…项目由某某集团投资7.5亿元建设``).
_GROUP_AFTER = re.compile(r"[^，,。；;！？]{0,30}?(?:项目|工程|基地)"
                          r"由(?P<inv>[\u4e00-\u9fff（）()]{2,24}?集团)(?:投资|出资|增资)")


#: Words any firm's name may hold, which tell no brand (``香港``, ``实业``, ``控股``…).
_GENERIC_PAIRS = frozenset(("香港", "澳门", "台湾", "中国", "国际", "实业", "控股", "投资", "发展", "有限",
                            "公司", "科技", "集团", "产业", "股份"))


def same_brand(group: str, firm: str) -> bool:
    """True when ``group`` and ``firm`` share their brand (``香港恒晖实业集团``, ``温岭恒晖精密铸造有限
    公司``): two characters in a row of the group's name, no generic word, found in the firm's."""
    return any(group[i:i + 2] not in _GENERIC_PAIRS and group[i:i + 2] in firm
               for i in range(len(group) - 1))


def group_investing(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Works named after a firm (``甲有限公司乙项目``) that the news says a group of the same brand
    invests in, right before a mention of the name (``由香港甲实业集团投资的甲有限公司…项目``) or right
    after it in its clause (``甲有限公司…项目由甲集团投资7.5亿元建设``): the group is the investor, in
    place of the firm read from the head of the name; so is a group the next sentence says puts in the
    capital by the agreement (``…签约仪式在某镇举行。根据协议，香港甲集团将增资…``)."""
    text = ctx.text
    for r in records:
        inv, name = r.fields.get("investor"), r.fields.get("name")
        firm = r.get("investor")
        if inv is None or not inv.evidence or not name or not name.evidence or not isinstance(firm, str) \
                or inv.evidence[0].start != name.evidence[0].start or not firm.endswith(("公司", "厂")):
            continue
        at = text.find(firm, art.start, art.end)
        while at >= 0:
            group = _GROUP_BEFORE.search(text, max(art.start, at - 40), at) \
                or _GROUP_AFTER.match(text, at + len(firm), art.end)
            stop = text.find("。", at, art.end)
            if group is None and stop >= 0:
                # 甲有限公司增资扩产项目签约…。根据协议，香港甲集团将增资…: the group adds the capital
                group = _GROUP_AGREED.match(text, stop + 1, art.end)
            if group is not None and same_brand(group.group("inv"), firm):
                r.set("investor", group.group("inv"), ctx.evidence(*group.span("inv")))
                break
            at = text.find(firm, at + len(firm), art.end)


def _investor_named_after(ctx: RecordContext, r: Record, start: int, end: int) -> None:
    """A sentence on the project just reported that says who invests (``该项目由某公司投资建设``)
    replaces an investor read only from the head of its name (``青山沟100万千瓦风电项目``)."""
    inv = r.fields.get("investor")
    name = r.fields.get("name")
    if inv is None or not inv.evidence or not name or not name.evidence \
            or inv.evidence[0].start != name.evidence[0].start:
        return
    if ctx.text.find("由", start, end) < 0:
        return
    m = INVESTOR_BY.search(ctx.text, start, end)
    if m is not None and not _INVESTOR_LOOK.search(m.group("inv")):
        m = INVESTOR_BY_FIRM.search(ctx.text, start, end)  # 由某投资控股集团有限公司投资…: the firm in full
    if m is not None and _INVESTOR_LOOK.search(m.group("inv")):
        r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))


_PARK_SUBJECT = re.compile(r"(?:该|整个)?(?:园区|产业园)(?:[一二三四五六]期)?"
                           r"(?:已|共|累计|目前|现|去年|今年)")


def _park_turn(ctx: RecordContext, sents: list[Span], sent: Span) -> int | None:
    """Where a sentence after the project's ``sent`` opens with its park as subject, else None: what
    follows is the park's (``园区一期…一季度实现产值9.2亿元``), not the project's."""
    for s in sents:
        if s.start >= sent.end and _PARK_SUBJECT.match(ctx.text, s.start):
            return s.start
    return None


#: A town, township (a pasture's ``苏木``), street or village (``嘎查``) closing the words before a
#: capacity in a name (``某某镇年屠宰…``, ``某某塔拉苏木20万千瓦…``):
#: the project's place, no investor.
_TOWN_END = re.compile(r"[\u4e00-\u9fff](?:镇|乡|街道|村|社区|苏木|嘎查)$"
                       # (a landform where the plant stands: ``某县某某沙漠50万千瓦光热项目``)
                       r"|[\u4e00-\u9fff](?:沙漠|戈壁|荒漠|沙地|草原|湿地|峡谷|盆地)$"
                       # (a river, a bay or a coast the plant is named after: ``某县大凌河300兆瓦风电项目``,
                       # ``东戴河10万千瓦海上光伏示范项目``)
                       r"|[\u4e00-\u9fff](?:河|江|湾|海|滩|岛|湖)$")


#: A firm brought in, then what it invests in and builds, right before the name (``随即引进甲有限公司,
#: 投资5.2亿元建设…项目``).
_BROUGHT_IN_BUILDS = re.compile(r"引进(?P<inv>[\u4e00-\u9fff]{2,20}?"
                                r"(?:股份有限公司|有限责任公司|有限公司|集团))[,，](?:并|由其)?投资[^,，;；。]{0,12}?(?:建设|新建|上马|新上|实施)$")


#: A place naming a team by where it is posted (``宁波小分队``, ``深圳招商组``).
_TEAM_POSTED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:招商)?(?:小分队|分队|工作组|招商组|驻点组)")


#: A phase alone before a capacity (``一期12万平方米标准厂房``, ``园区二期…``): no investor.
#: A phase closing a firm before a capacity (``该公司二期年产…``, ``甲公司三期…``): no part of the investor.
_PHASE_TAIL = re.compile(r"(?<=公司|企业|集团)[一二三四五六七八九十]期(?:工程|项目)?$")
_PHASE_ONLY = re.compile(r"(?:园区|厂区|基地|项目)?(?:[一二三四五六首本]期|新建|扩建|续建)(?:工程|项目)?")


#: After a name, in its item: the month it was signed (``…，2月已签约落户某开发区``).
_SIGNED_ON = re.compile(r"[，,]\d{1,2}月(?:初|底|中旬|上旬|下旬)?(?:已经|已|正式|成功)"
                        r"(?P<cue>签约落户|签约|签订协议|落户)")


#: Production lines, whose use is production (``某生产线正式投入使用``).
_LINES = ("生产线", "产线", "流水线")


#: A project put on the list of next starts (``已列入新开工清单``, ``纳入新开工计划``): a start planned
#: (the list of an event held, ``列入开工名单的…项目``, is its starts, done).
#: A firm that invests to build, right before a name opening on another firm (``由某株式会社以外商独资
#: 方式投资建设的``, ``某公司在某开发区投资建设的``, ``由某会社投资2800万美元建设的``).
_PARENT_BUILDS = re.compile(r"(?:由|(?<=[，,。；;：:\n]))"
                            r"(?P<inv>[^，,。；;、由]{2,30}?(?:株式会社|有限公司|公司|集团))"
                            r"(?:以[\u4e00-\u9fff]{2,8}方式|在[^，,。；;]{2,20}?)?"
                            r"(?:投资|出资)[^，,。；;的]{0,16}?建设的$")


#: A day told as a deadline (``国庆节前``, ``6月30日以前``): the day a plan sets.
_DEADLINE_AFTER = re.compile(r"(?:前|以前|之前)")


_LISTED_TO_START = re.compile(r"(?:列入|纳入)新?开工(?:项目)?(?:清单|计划)")


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
    if stage is None and (fit := _FITTED_AFTER.match(ctx.text, name.end)) is not None \
            and _AT_WORK_ON.search(ctx.text, max(item_start, name.start - 10), name.start):
        # 工人正在对新建的甲生产线进行调试: the works' equipment is being fitted now
        stage, s0, s1 = "under_construction", fit.start(), fit.end()
    if stage == "completed" and (_part_completed(ctx.text, name.end, s0)
                                 or _MAIN_PART_DONE.search(ctx.text, max(0, s0 - 10), s0)
                                 or (name.end < s0
                                     and (_PLANT_PART_DONE.search(ctx.text, max(name.end, s0 - 10), s0)
                                          or _LINE_PART_DONE.search(ctx.text, max(name.end, s0 - 10), s0)))):
        stage = "under_construction"  # 甲项目主体钢架全部完工, 目前主体工程已完工: a part of the works
        goal = _completion_planned(ctx.text, s1, item_end)
        if goal is not None:  # 甲项目门诊楼主体已完工，计划年底前竣工: the part done, then the goal
            stage, s0, s1 = STAGE_CUES[goal.group()], goal.start(), goal.end()
    if stage == "completed" and name.name.endswith(_LINES) and ctx.text.startswith("投入使用", s0):
        stage = "in_production"  # 这条…智能织造生产线正式投入使用: a line put to use makes goods
    under_way = _under_way_now(ctx, sent, s1, item_end) \
        if stage == "started" and not _DAY_OF_START.search(ctx.text, name.end, item_end) else None
    # (a start told with its day stands: ``4月18日开工建设，目前…正在进行基础施工``)
    if under_way is not None:  # 去年10月开工，目前设备正在安装: the works are under way now
        stage, s0, s1 = "under_construction", under_way[0], under_way[1]
    if stage == "under_construction" and s0 >= 0 and (agreed := _agreed_build(ctx, sent, s0, s1)) is not None:
        stage, s0, s1 = "signed", agreed[0], agreed[1]  # 签订协议，双方将采取…模式，在某镇建设甲基地
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
    if status != "target" and stage == "started" and s0 >= 2 and _LISTED_TO_START.match(ctx.text, s0 - 2):
        status, cue = "target", (s0 - 2, s1)  # 甲、乙等项目已列入新开工清单: a start the list plans
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
        parent = _PARENT_BUILDS.search(ctx.text, ctx.clause_start(name.start, sent.start), name.start)
        if parent is not None and not company.startswith(parent.group("inv")):
            # 由某株式会社以外商独资方式投资建设的甲有限公司新工厂: the firm that invests builds its plant
            r.set("investor", parent.group("inv"), ctx.evidence(*parent.span("inv")))
        else:
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
        prefix = _PHASE_TAIL.sub("", prefix)  # 该公司二期年产…项目: the firm, not the firm and its phase
        if 2 <= len(prefix) <= 16 and "investor" not in r.fields and not _PHASE_ONLY.fullmatch(prefix) \
                and not _only_places(ctx, name.start, name.start + len(prefix)) \
                and not _TOWN_END.search(prefix):
            r.set("investor", prefix, ctx.evidence(name.start, name.start + len(prefix)))
    for org in ctx.mentions_in("orgs", name.start, name.end):
        if "investor" not in r.fields and not _SERVED.search(org.surface or ""):
            r.set("investor", org.surface, ctx.evidence(org.start, org.end))
    if "investor" not in r.fields:
        _firm_glossed_before(ctx, r, sent, name)
    if "investor" not in r.fields and cap is not None and _RATE_FIRST.match(name.name):
        # 某焦化有限公司200万吨/年焦化升级改造项目: the company right before a name opening on its rate
        firm = next((o for o in ctx.mentions_in("orgs", max(sent.start, name.start - 30), name.start)
                     if o.end == name.start and _FIRM_END.search(o.surface or "")), None)
        if firm is not None:
            r.set("investor", firm.surface, ctx.evidence(firm.start, firm.end))
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
    invest = (_invest_place(ctx, sent, name) or _build_place(ctx, sent, name)) if head is None else None
    own = _own_place(ctx, sent, name) if head is None and invest is None else None
    if own is not None:
        place = own
    place = invest or place
    inner = _inner_place(ctx, name) if head is None and invest is None else None
    if inner is not None and (place is None or place.value.get("city") != inner.value.get("city")):
        place = inner  # 某能源公司酒泉百万千瓦风电项目: the city after the investor is where it is built
    if place is None or not place.value.get("city"):
        place = _opening_division(ctx, name) or place  # 台州头门港区二期工程: the city heading the name
    if head is None and invest is None and place is not None \
            and (opening := _opening_division(ctx, name, sent)) is not None \
            and _city_or_own(opening) != _city_or_own(place) \
            and ((opening.value.get("level") == "county"
                  and (place.start < sent.start or not place.value.get("city")))
                 or _brief_of_its_own(ctx.text, name.start, place.start)):
        # ``文昌某航天城…项目`` after a story told from elsewhere, ``■…承建的惠州某石化区…工程近日完工``
        # in a column of briefs after another city's: the division heading the name
        place = opening
    place = _firms_county(ctx, r, name, place) or place
    place = _firm_home_county(ctx, r, sent, name, place) or place
    place = _section_county(ctx, name) or place
    if place is None or not place.value.get("county"):
        place = _event_place_after(ctx, sent, name, place) or place
    elif place.value.get("level") == "county" \
            and (zone := _event_place_after(ctx, sent, name, None)) is not None \
            and zone.value.get("level") == "zone" and zone.value.get("county") == place.value.get("county"):
        place = zone  # 甲项目在某经开区正式投产 (its county named before): the zone, in that county
    if place is not None and place.end <= name.start and ctx.text.find("与", place.end, name.start) >= 0:
        place = _partner_place(ctx, sent, name, place) or place
    if place is None:
        place = ctx.page_home_county(sent.article)  # ``我区…``: the county whose paper the page is
    place = _route_place(ctx, sent, name, place)  # 甲至乙高速公路: the city holding both ends
    place = _short_county_opening(ctx, name, place)  # 余江220千伏输变电工程: the county so named
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
            if r.get("location").get("detail") is None and ctx.text.find("园区", sent.start, sent.end) >= 0:
                _bare_park_detail(ctx, r, sent, name)
        else:
            _own_detail(ctx, r, sent, name)
    if place is not None:
        _upgraded_site_detail(ctx, r, name)
        _park_plant_detail(ctx, r, name)
        if r.get("location").get("detail") is None:
            _collective_village_detail(ctx, r, sent, name)
        port_detail(ctx, r, name)  # 某某口岸综合物流园项目: the port the works stand at
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
    if date and dm.end <= name.start and any(n is not name and n.start < name.start for n in names):
        # 甲项目已于8月18日开工，乙项目则已于8月15日投产: the day of the name's own clause, not
        # the one of another project's clause before it
        c0 = ctx.clause_start(name.start, sent.start)
        own = _date(ctx, Span(c0, ctx.clause_end(name.end, sent.end), sent.article)) \
            if c0 >= dm.end else (None, None)
        if own[0] is not None:
            date, dm = own
    if date and r.get("status") == "actual" and _DEADLINE_AFTER.match(ctx.text, dm.end) \
            and target_in(ctx.text[ctx.clause_start(dm.start, sent.start):dm.start]) is not None:
        date = None  # …正在加快推进，计划国庆节前完工: the day a plan sets, no day of the event told done
    if date and stage == "under_construction" and r.get("status") == "actual" and 0 <= s1 <= dm.start \
            and PLAN_BEFORE_DAY.fullmatch(ctx.text, ctx.clause_start(dm.start, s1), dm.start):
        date = None  # 已完成总工程量的六成，计划明年春节前投入使用: the day of a plan, not of the works now
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


_BULLETS = "■●◆▲"


def _brief_of_its_own(text: str, pos: int, other: int) -> bool:
    """True when ``pos`` lies in a paragraph opening with a bullet (a brief of a column of briefs) and
    ``other`` before that paragraph: each brief is a story of its own."""
    para = text.rfind("\n", 0, pos) + 1
    return text[para:para + 1] in _BULLETS and other < para


def _city_or_own(place: Any) -> Any:
    """The city of a place, or its own name when it has none (a county under its province)."""
    return place.value.get("city") or place.value.get("name")


#: A public institution a building is for (``县人民医院综合楼``, ``某中学教学楼``): no investor.
#: A name opening on a yearly rate written after its unit (``200万吨/年焦化…``), and a company's ending.
_RATE_FIRST = re.compile(r"\d+(?:\.\d+)?(?:万|亿|千)?吨[/／]年")
_FIRM_END = re.compile(r"(?:公司|集团)$")
_SERVED = re.compile(r"(?:医院|卫生院|学校|中学|小学|大学|学院|幼儿园|图书馆|博物馆)$"
                     # (a trade bloc a hub serves: ``东盟水果冷链集散中心``, ``上合…物流园``)
                     r"|^(?:东盟|上合|欧盟|金砖)$")


#: Members of a chamber or an association (``某商会会员企业``): a group of firms, no one investor.
_MEMBERS = re.compile(r"(?:商会|协会|联合会)(?:会员)?(?:企业|单位)?$|会员企业$")


#: An amount invested, between the verb and the name (``投资12亿元的``, ``投资1.5亿美元建设的``).
_SUM_INVESTED = rf"(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元)(?:建设|兴建|新建)?"


INVESTOR_BEFORE = re.compile(r"(?P<inv>[^,，。;；、:：]{2,30}?)" + _BUILD + "的$"
                             r"|(?P<org>[^,，。;；、:：]{2,30}?" + _ORG_END + r")(?:投资|出资)(?:"
                             + _SUM_INVESTED + ")?的$")


_GLOSSED_FIRM = re.compile(r"(?P<firm>[\u4e00-\u9fff]{2,24}?(?:公司|集团|株式会社))"
                           rf"(?:{LATIN_ALIAS})$")


def _firm_glossed_before(ctx: RecordContext, r: Record, sent: Span, name: NameSpan) -> None:
    """A firm whose Latin name in brackets stands right before the project's name
    (``开工的美国某某电子公司(Xxx Electronics Inc.)车载传感器项目``) invests in it: the firm's name
    from the clause's start or after ``的``."""
    if name.start < 1 or ctx.text[name.start - 1] not in ")）":
        return
    c0 = ctx.clause_start(name.start, sent.start)
    lo = max(c0, ctx.text.rfind("的", c0, name.start) + 1)
    m = _GLOSSED_FIRM.search(ctx.text, lo, name.start)
    if m is not None and m.start() == lo:
        r.set("investor", m.group("firm"), ctx.evidence(*m.span("firm")))


#: ``某某精密在某高新区投资50亿元建设的``, ``某某科技在某区投资的``: a firm investing in a place (maybe
#: glossed by its Latin name: ``日本某某株式会社(Xxx Co., Ltd.)在某区投资建设的``).
INVESTOR_IN_PLACE = re.compile(r"(?P<inv>[^,，。;；、:：在\d]{2,16}?)" rf"(?:{LATIN_ALIAS})?"
                               r"在[\u4e00-\u9fff]{2,12}?(?:投资|出资)"
                               rf"(?:(?:约|近|超)?{SUM_FIGURE}(?:万|亿)?(?:元|美元|港元|欧元)(?:建设|兴建|新建)"
                               r"|(?:建设|兴建|新建)?)的$")


#: What may stand between a signing with a partner and the project's name (``签约``, ``签订了``,
#: ``签约的``).
_SIGNED_RIGHT_BEFORE = re.compile(r"了?|的")  # (``与某公司签约的甲项目``)


NOT_A_COMPANY = re.compile(r"[路道桥线期区园馆港站厂库房心城校院场所]|项目|工程|基地|年产")


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


#: A firm that signed the project named right after (``某物流有限公司签约的甲项目``).
_SIGNED_BY = re.compile(r"(?P<org>[^,，。;；、:：与和]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团))"
                        r"(?:此次|本次|当天|现场)?签约的$")
