"""The event a batch is counted at (a signing, a start) and its venues."""

from __future__ import annotations

import re
from typing import Any

from newsmill.plugins.extract_batches.regions import (
    _REGION_LEVELS,
)
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, WEAK_STAGES, cue_applies
from newsmill.zh.figures import NUM, Figure
from newsmill.zh.recctx import SCOPE_RE, RecordContext, Span

CUE_WINDOW = 40


#: A kind of investment of a whole economy (``完成工业投资86.5亿元``, ``技改投资``): a statistic of
#: its own, not what the projects just counted invest.
SECTOR_INVESTMENT = re.compile(r"(?:完成)?"
                               # (and the equipment bought, ``完成设备购置投资46.3亿元``, a statistic too)
                               r"(?P<kind>工业|固定资产|技改|技术改造|民间|基础设施|制造业|房地产开发?|社会"
                               r"|设备购置|设备工器具购置|设备)投资"
                               r"(?:额)?(?:达到|达|为|共)?$")


def _investment_of_others(text: str, cue: str, start: int, end: int) -> bool:
    """True when ``cue`` names a kind of investment of a whole economy (:data:`SECTOR_INVESTMENT`)
    other than the upgrades of the projects counted in ``start``–``end``: ``实施技改项目20个,完成技改投资
    12亿元`` is what those upgrades spend; ``新开工工业项目14个,完成工业投资58亿元`` stays a statistic
    of its own, as every kind but upgrades does."""
    m = SECTOR_INVESTMENT.search(cue)
    if m is None:
        return False
    kind = m.group("kind")
    return not (kind in _UPGRADES and m.group().startswith("完成")
                and text.find(kind + "项目", max(0, start - 12), end) >= 0)


#: Upgrades of existing plants, whose investment is the sum of the upgrade projects.
_UPGRADES = ("技改", "技术改造")


#: The sum of agreements (``协议金额``, ``协议投资额``, ``签约金额``, ``协议投资合计``): what firms counted
#: signed.
AGREED_SUM = re.compile(r"协议(?:投资)?(?:总)?金额|协议投资额|签约(?:总)?金额"
                        # (the sum agreed told with its total word: ``3个项目协议投资合计41亿元``)
                        r"|协议(?:总)?投资(?=合计|共计|总计)")

#: The foreign capital contracted for the projects just counted (``外资企业增资项目6个，合同外资6800万
#: 美元``): their contracts are signed.
CONTRACTED_FOREIGN = re.compile(r"\s*[,，]\s*(?:合同|协议)(?:利用)?外资(?:额|金额)?(?:达到|达|为|共)?\s*\d")


#: ``湄潭县、仁怀市设分会场``, ``甲区、乙县同步设置分会场``, ``某区为主会场``: the places of a
#: ceremony's venues.
SUB_VENUES = re.compile(r"(?:^|(?<=[,，。；;\n]))([^,，。；;\n]{2,30}?)(?:分别)?(?:同步|同时)?"
                        r"(?:设置|设立|设|为)(?:分会场|主会场)")


#: Where a main or sub-venue is set (``某市分会场设在甲区``, ``分会场活动在乙县某镇举行``): a host, no
#: region of the batch.
VENUE_SET_IN = re.compile(r"(?:分会场|主会场)(?:活动)?(?:设在|设于|在)([^,，。；;\n]{2,20}?)"
                          r"(?=举行|[,，。；;])")


def _sub_venues(ctx: RecordContext, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the places listed as a ceremony's main or sub-venues in ``lo``–``hi``: they host
    the ceremony, the batch is the whole region's."""
    return [(m.start(1), m.end(1)) for m in SUB_VENUES.finditer(ctx.text, lo, hi)] \
        + [(m.start(1), m.end(1)) for m in VENUE_SET_IN.finditer(ctx.text, lo, hi)]


#: A region's own sub-venue (``某州分会场``, ``某市分会场当天…``) or fair held somewhere
#: (``某州招商引资推介会在甲市举行``): the region whose batch it shows.
_VENUE_OF = re.compile(r"(?:州|市|县|区)(?:分会场|[^,，。;；]{0,12}?(?:推介会|签约会|招商会|洽谈会)(?=在)"
                       # (the region's own starts held at a main venue: ``某州2026年第四季度重点项目集中开工
                       # 活动在甲县主会场举行``)
                       r"|(?=[^,，。;；]{0,16}?集中(?:开工|签约|竣工|投产)(?:活动|仪式)在[^,，。;；]{2,16}?主会场))")


def _venue_owner(ctx: RecordContext, lo: int, hi: int, venues: list[tuple[int, int]]) -> Any:
    """The last prefecture, city or county naming its own sub-venue in ``lo``–``hi`` (``某州分会场``),
    when no other region is named after it but in ``venues`` (hosts, units listed as some of a group)."""
    owner = None
    for m in _VENUE_OF.finditer(ctx.text, lo, hi):
        at = m.start() + 1  # the place's name ends with its kind, or right before it (``黔西南``州)
        owner = next((p for p in ctx.mentions_in("places", max(lo, at - 12), at)
                      if p.end in (at - 1, at) and isinstance(p.value, dict)
                      and p.value.get("level") in _REGION_LEVELS), owner)
    if owner is None:
        return None
    later = [p for p in ctx.mentions_in("places", owner.end, hi) if isinstance(p.value, dict)
             and p.value.get("level") in _REGION_LEVELS and not any(v0 <= p.start < v1 for v0, v1 in venues)
             and p.value.get("name") != owner.value.get("name") and not ctx.in_org(p.start)]
    return None if later else owner


def _lead_scope(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """A batch naming no place whose paragraph opened with a scope word (``我市组织开展…。观摩团…
    观摩项目20个``): the region that word names, when no place comes between."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    last = None
    for m in SCOPE_RE.finditer(ctx.text, para, sent.start):
        last = m
    if last is None:
        return None
    return ctx.scope_region(Span(last.start(), sent.end, sent.article), start, sent.article)


#: ``实施重点项目186个``: projects carried out, i.e. under way; ``…资金X亿元，支持项目11个``: projects
#: funded, i.e. under way; ``纳入市级重点项目42个``, ``确定县级重点项目64个``, ``列入市级以上重大项目43个``:
#: the works on a year's list of key projects; ``…专项债券额度6.7亿元，用于15个项目``: money spent on the
#: projects counted, i.e. works under way.
CARRIED_OUT = re.compile(r"(?:实施|安排|支持|(?<=元[,，])用于"
                         r"|(?:纳入|列入|确定)(?=[^,，。;；:：]{0,8}?重[点大]))"
                         r"[^,，。;；:：]{0,14}$")


#: ``新批外资项目87个``, ``新批设立外商投资企业``: projects newly approved, i.e. agreed and signed.
NEWLY_APPROVED = re.compile(r"新批[^,，。;；:：]{0,14}$")


#: ``156个重点项目累计完成投资X``: projects spending money, i.e. under way.
INVESTING = re.compile(r"[^,，。;；:：]{0,12}?(?:累计)?完成(?:年度)?投资")


#: ``走访10个项目现场``, ``察看了6个重点项目``: the sites a tour visits, i.e. works under way.
SITES_VISITED = re.compile(r"(?:走访|察看|查看|踏看|观摩|巡查)[了的]?$")


#: ``察看了甲街道、乙镇和某经开区等地的12个项目``: the sites of a tour counted after the places they lie in.
SITES_TOURED = re.compile(r"(?:走访|察看|查看|踏看|观摩)了?[^,，。;；:：\d]{2,30}?"
                          r"(?:等(?:地|镇|乡镇|园区))?的$")


#: ``6个项目纳入省重点项目``: projects put on a list of key projects, i.e. the list's works under way.
#: (also a list by its name: ``共有102个项目入列``, ``列入技改项目清单``, ``纳入设备更新项目名单``)
LISTED = re.compile(r"(?:项目)?(?:成功|均|全部)?(?:(?P<verb>纳入|列入|入选)"
                    r"(?:[^,，。;；:：]{0,8}?重点(?:建设)?项目|[^,，。;；:：]{0,12}?(?:清单|名单))"
                    r"|(?P<verb2>入列|入围)(?![^,，。;；]{0,4}?(?:企业|名单)))")


#: Projects offered to investors, right before their count (``共推出项目42个``, ``推出招商项目36个``,
#: ``发布招商项目28个``, ``推出60个项目``): a list of projects yet to be won, i.e. planned.
#: (``发布`` only of projects offered for investment: ``招商`` right after it or after the count.)
OFFERED = re.compile(r"(?:推出|发布)了?(?:[^,，。;；:：]{0,8}?项目)?$")
_OFFERED_FOR_INVESTMENT = re.compile(r"[^,，。;；:：]{0,12}?招商")


def _owned_by_next(text: str, f: Figure, stop: int) -> bool:
    """True when a money figure is the total of a following ``…的N个项目`` phrase."""
    follow = r"(?:以上)?的[^,，。;；]{0,3}?" + NUM + r"(?:个|项|批)"
    return re.match(follow, text[f.end:f.end + 12]) is not None


#: A clause summing up what the sentence listed (``合计总投资…``, ``共计完成投资…``).
SUM_OPENING = re.compile(r"合计|共计|总计")


#: A breakdown of a batch by a dimension (``按领域分，``, ``分行业看，``, ``从投资领域看，``).
BREAKDOWN = re.compile(r"(?:按|分|从)[^，,。；;：:\n]{1,8}?(?:分|看|划分|来看)[，,：:]")


#: Talks turned into signings, right after ``在谈`` (``在谈项目转化签约12个``, ``洽谈项目转为签约``).
_TALKS_SIGNED = re.compile(r"(?:的)?项目(?:已)?(?:转化|转为|转化为)(?:正式)?签约")


def _event(ctx: RecordContext, sent: Span, start: int, end: int,
           hi: int | None = None, c0: int | None = None) -> tuple[str | None, int, int]:
    """The stage cue of a batch: in its own clause (up to its total) first, else earlier in the sentence.
    ``c0``: the start of the clause holding ``start`` when already known."""
    text = ctx.text
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    c1 = max(ctx.clause_end(end, sent.end), hi or 0)
    best: tuple[int, str, int, int] | None = None
    prev_end = -1
    for m in STAGE_RE.finditer(text, max(sent.start, start - CUE_WINDOW), c1):
        cue = m.group()
        after = prev_end == m.start() and cue in ("签约", "引进", "招引") and text.startswith("项目", m.end())
        prev_end = m.end()
        if text.startswith("类", m.end()):
            continue  # ``基础设施建设类项目``: a class of projects, not an event
        if cue == "交付" and not cue_applies(text, m.start(), m.end()):
            continue  # ``向3家企业交付工业用地，3个项目总投资…``: land handed over, no works finished
        if after:
            continue  # ``新开工签约项目21个``: signed projects, counted by the event right before
        if cue in ("在谈", "洽谈") and _TALKS_SIGNED.match(text, m.end()):
            continue  # ``在谈项目转化签约12个``: talks turned into signings, signed
        if m.end() == start and text.startswith("项目中", start):
            continue  # ``已签约项目中开工14个``: the set counted from, the event follows 中
        if m.end() < start <= m.end() + 6 and text.startswith("项目中", m.end()) \
                and STAGE_RE.search(text, start, end) is not None:
            continue  # ``18个签约项目中已有11个开工建设``: the set counted from, its part's event follows
        in_clause = c0 <= m.start()
        if not in_clause and m.start() < start and BREAKDOWN.search(text, m.end(), start) is not None:
            continue  # ``按建设性质分，…预备项目1个；按投向分，产业发展项目5个``: another breakdown's cue
        dist = abs(m.start() - start)
        rank = (0 if in_clause else 2) + (1 if cue in WEAK_STAGES else 0)
        if m.start() >= end and text.find("、", end, m.start()) >= 0:
            rank += 4  # 加快建设甲等10个项目、竣工投产乙等11个项目: the next item's event, not this one's
        if m.end() == start - 1 and text.startswith("、", start - 1):
            rank += 4  # 其中2个已开工、3个正在开展前期工作: the part before's event, right before it
        key = rank * 1000 + dist
        if best is None or key < best[0]:
            best = (key, STAGE_CUES[cue], m.start(), m.end())
    if best is None and c0 < start - CUE_WINDOW and text.startswith("等", start - 1):
        # ``成功签约甲…、乙…、丙…等项目7个``: a long list between the clause's event and the count
        last = None
        for m in STAGE_RE.finditer(text, c0, start - CUE_WINDOW):
            if not text.startswith("类", m.end()):
                last = m
        if last is not None:
            return STAGE_CUES[last.group()], last.start(), last.end()
    if best is None and SUM_OPENING.match(text, c0):
        # ``与甲、乙签订了A、B、C等投资协议，合计总投资…``: the sum of what the sentence listed, done
        # by the sentence's last event before it, however long the list
        last = None
        for m in STAGE_RE.finditer(text, sent.start, c0):
            if not text.startswith("类", m.end()):
                last = m
        if last is not None:
            return STAGE_CUES[last.group()], last.start(), last.end()
    if best is None and text.find("家", start, end) >= 0:
        m = AGREED_SUM.search(text, end, c1)
        if m is not None:  # 12家企业追加投资，增资扩产项目协议金额合计…: the firms' agreements, signed
            return "signed", m.start(), m.end()
    if best is None and (m := AGREED_SUM.match(text, end)) is not None:
        return "signed", m.start(), m.end()  # 3个项目协议投资合计41亿元: the projects' agreements, signed
    if best is None and (m := CONTRACTED_FOREIGN.match(text, end)) is not None:
        return "signed", m.start(), m.end()  # 增资项目6个，合同外资6800万美元: their contracts, signed
    if best is None:
        m = CARRIED_OUT.search(text, max(c0, start - 16), start + 1)
        if m is not None:
            return "under_construction", m.start(), m.start() + 2
        m = INVESTING.match(text, end)
        if m is not None:
            return "under_construction", m.end() - 4, m.end()
        m = LISTED.match(text, end)
        if m is not None:
            v = "verb" if m.group("verb") else "verb2"
            return "under_construction", m.start(v), m.end(v)
        # (``观摩项目20个``, the count after the word: no event told, set 8)
        visit = not text.startswith("项目", start)
        m = SITES_VISITED.search(text, max(c0, start - 3), start) if visit else None
        if m is None and visit and text.find("的", max(c0, start - 2), start) >= 0:
            m = SITES_TOURED.search(text, max(c0, start - 40), start)  # 察看了甲镇、乙镇等地的12个项目
        if m is not None:
            return "under_construction", m.start(), m.start() + 2
        m = OFFERED.search(text, max(c0, start - 16), start) if text.find("推出", c0, start) >= 0 \
            or text.find("发布", c0, start) >= 0 else None
        if m is not None and (m.group().startswith("推出")
                              or _OFFERED_FOR_INVESTMENT.match(text, m.start() + 2, c1)):
            return "planned", m.start(), m.start() + 2
        if text.find("新批", max(c0, start - 16), start + 1) >= 0:
            m = NEWLY_APPROVED.search(text, max(c0, start - 16), start + 1)
            if m is not None:
                return "signed", m.start(), m.start() + 2
        return None, -1, -1
    return best[1], best[2], best[3]
