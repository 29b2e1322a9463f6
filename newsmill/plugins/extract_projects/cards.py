"""Project cards: label-and-value blocks (项目名称：… 建设内容：…)."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.amounts import (
    _attributes,
    _in_yuan,
)
from newsmill.plugins.extract_projects.patterns import (
    _CARD_LINE,
    _MAIN_PART_DONE,
)
from newsmill.zh.article_layout import is_field_line
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, cue_applies, target_in
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, location_of

_CARD_PLACE = ("建设地点", "项目地点", "项目地址", "建设地址", "选址")


#: A card's place that is one town or township by its name alone (``白霓镇``, ``某某街道``).
_CARD_TOWN = re.compile(r"\s*[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)\s*[。;；]?\s*")


_CARD_INVESTOR = ("建设单位", "项目单位", "业主单位", "投资单位", "投资主体", "申报单位", "实施主体",
                  # (a fair's list of signed projects: ``投资方：某某有限公司``, ``签约企业：…``)
                  "投资方", "投资企业", "签约企业", "出资方")


#: A notice card's date of its permit, reply or filing (``发证日期：``, ``批复日期：``): the project's date.
_CARD_DATE = ("发证日期", "批复日期", "核准日期", "备案日期", "审批日期")


_CARD_INVEST = ("总投资", "项目总投资", "投资总额", "计划总投资", "投资规模", "投资额")
#: A foreign amount with its worth in yuan after it (``投资额：7500万美元（约合人民币5.3亿元）``): the
#: yuan figure is the card's investment.
_IN_YUAN_AFTER_FOREIGN = re.compile(r"\s*(?:总投资|投资)?[\d.]+(?:万|亿)?(?:美元|港元|港币|欧元|日元|英镑)\s*"
                                    r"[（(](?:(?:约合|折合|约)人民币(?:约)?)?")
#: The cue a card's amount may repeat after its label (``投资规模：总投资4.6亿元``).
_AMOUNT_CUE = re.compile(r"\s*(?:总投资|计划投资|计划总投资|投资)?(?:额)?(?:约|达)?\s*")


_CARD_CONTENT = ("建设内容", "建设规模", "主要建设内容", "建设规模及内容",
                 # (what the works will yield: ``经济效益：项目全部达产后，预计年均营业收入约…``)
                 "经济效益", "预计经济效益", "预期效益", "经济效益分析")


_CARD_PROGRESS = ("建设进度", "项目进度", "进展情况", "项目进展", "形象进度")


#: Money spent so far on the works (``已完成投资1.1亿元``): under way.
_CARD_SPENT = re.compile(r"(?:已|累计|已累计)完成(?:投资|年度投资)")


#: A notice about projects still in their approvals: they are planned (环评公示, 审批, 核准, 备案).
#: (or a company's board approving the investment in a filing: ``董事会…审议通过…议案``)
_APPROVALS = re.compile(r"环境影响评价|环评|审批|核准|备案|审议通过|施工许可")


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
    if r.get("date") is None and status == "actual":
        # 进展情况：8月27日签订投资协议: the day told in the event's clause
        c0 = max(v0, max(text.rfind(c, v0, pick[1]) for c in ",，;；") + 1)
        day = next((d for d in reversed(ctx.mentions_in("dates", c0, pick[1])) if isinstance(d.value, dict)
                    and d.value.get("granularity") == "day" and d.value.get("start")), None)
        if day is not None:
            r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))


def _card_fields(ctx: RecordContext, r: Record, name: NameSpan, used: list[tuple[int, int]]) -> None:
    """Fields of a project printed as a card of ``label：value`` lines under ``项目名称：…``:
    the place of ``建设地点：``, the amount of ``总投资：``, the investor of ``建设单位：``; a card
    in a notice of approvals (环评, 审批, 核准, 备案) reports a project still ``planned``."""
    text = ctx.text
    pos = text.find("\n", name.end)
    while pos >= 0:
        m = _CARD_LINE.match(text, pos + 1)
        if m is None or m.group("label").endswith(("项目名称", "工程名称")):
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
            elif (loc := r.get("location")) is not None and not loc.get("detail") \
                    and _CARD_TOWN.fullmatch(text, v0, v1):
                # (a town the gazetteer does not know, in the county the story is of: ``建设地点：某某镇``)
                r.set("location", {**loc, "detail": text[v0:v1].strip(" 。;；")}, ctx.evidence(v0, v1))
        elif label in _CARD_DATE and r.get("date") is None:
            day = next((d for d in ctx.mentions_in("dates", v0, v1) if isinstance(d.value, dict)
                        and d.value.get("granularity") == "day" and d.value.get("start")), None)
            if day is not None:  # 发证日期：2025年3月28日: the day the permit or reply was given
                r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))
        elif label in _CARD_INVESTOR and r.get("investor") is None:
            r.set("investor", m.group("value").strip(" 。;；"), ctx.evidence(v0, v1))
        elif label in _CARD_CONTENT:
            _attributes(ctx, r, v0, v1, used)
        elif label in _CARD_PROGRESS:
            _card_progress(ctx, r, v0, v1)
        elif label in _CARD_INVEST and r.get("investment_cny") is None:
            figures = [f for f in ctx.figures_in(v0, v1, "money") if _in_yuan(f)]
            if figures and (figures[0].start - v0 <= 2 or _AMOUNT_CUE.fullmatch(text, v0, figures[0].start)
                            or _IN_YUAN_AFTER_FOREIGN.fullmatch(text, v0, figures[0].start)):
                f = figures[0]
                r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
                used.append((f.start, f.end))
        pos = text.find("\n", m.end()) if m.end() < len(text) else -1
        if pos != m.end():
            break
    if r.get("stage") is None and _APPROVALS.search(text, 0, name.start):
        r.set("stage", "planned", ctx.evidence(name.start, name.end))
        r.set("status", "actual", ctx.evidence(name.start, name.end))


#: A card's name line (``项目名称：甲项目``, after a bullet or a number; a permit's or a tender's
#: ``工程名称：甲工程``): the whole value is the name when it ends on a word of works.
_CARD_NAME_LINE = re.compile(r"[^\n：:]{0,6}?(?:项目|工程)名称\s*[:：]\s*"
                             r"(?P<name>[^\s：:，,。；;、]{4,40}?(?:项目|工程|基地|生产线|产业园|园区|中心"
                             # (a hub, a power station, a complex, a network of stations, a zone of
                             # demonstration: ``项目名称：某某冷链物流枢纽``)
                             r"|枢纽|电站|综合体|网络|示范区))"
                             r"\s*[。;；]?[ \t\u3000]*$", re.M)


def card_names(text: str, start: int, end: int) -> list[NameSpan]:
    """The names a card's name line gives in ``text[start:end]`` (``📍项目名称：某县青砖茶精深加工及
    仓储物流项目``): the label vouches for the whole value as one project, whatever its words."""
    return [NameSpan(m.start("name"), m.end("name"), m.group("name"))
            for m in _CARD_NAME_LINE.finditer(text, start, end)]


def with_card_names(names: list[NameSpan], cards: list[NameSpan]) -> list[NameSpan]:
    """``names`` with each card's name in place of the names found inside it."""
    kept = [n for n in names if not any(c.start <= n.start and n.end <= c.end for c in cards)]
    return sorted(kept + cards, key=lambda n: n.start)


#: The close of the line that introduces a list of cards (``部分项目情况如下：``, ``项目简介：``).
_CARDS_INTRO_END = ("：", ":")


def _card_list_event(ctx: RecordContext, r: Record, name: NameSpan, batches: list[Record]) -> None:
    """A card in a list that a batch's paragraph introduces with a colon (``5个项目同日开工。部分项目
    情况如下：`` ⏎ ``项目名称：甲项目`` ⏎ ``总投资：…``) is one of the batch's projects: with no event of
    its own it takes the batch's, or the event the paragraph tells. ``batches``: the batch records
    of the article, in order."""
    text = ctx.text
    end = text.rfind("\n", 0, name.start)
    while end > 0:  # up over the cards' labelled lines and the blank lines between them
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not is_field_line(line):
            break
        end = start - 1
    else:
        return
    if not line.endswith(_CARDS_INTRO_END):
        return
    para = text.rfind("\n\n", 0, start) + 1
    for b in reversed(batches):
        ev = b.evidence[0] if b.evidence else None
        if ev is not None and para <= ev.start and ev.end <= end and b.get("event"):
            r.set("stage", b.get("event"), *b.fields["event"].evidence)
            r.set("status", b.get("status"), *b.fields["status"].evidence)
            return
    # (no batch read there, its count told again: ``…集中开工活动在某镇举行，5个项目同日开工。``)
    _card_progress(ctx, r, para, end)
    if r.get("stage") is not None and r.get("status") == "actual" and r.get("date") is None:
        day = next((d for d in ctx.mentions_in("dates", para, end) if isinstance(d.value, dict)
                    and d.value.get("granularity") == "day" and d.value.get("start")), None)
        if day is None and _THIS_EVENT_INTRO.search(text, para, end):
            day = _lead_day(ctx, name.start)  # 本次签约的部分项目：: the day the story's lead tells
        if day is not None:  # the day the paragraph opens on is the event's
            r.set("date", str(day.value["start"]), ctx.evidence(day.start, day.end))


#: An intro naming the story's own event again (``本次签约的部分重点项目：``, ``此次开工项目简介：``).
_THIS_EVENT_INTRO = re.compile(r"(?:本次|此次|这次|当天|当日)[\u4e00-\u9fff]{0,4}?(?:签约|开工|竣工|投产)")


def _lead_day(ctx: RecordContext, pos: int) -> Any:
    """The day the opening sentence of the story holding ``pos`` names (``11月12日，某大会在某市举行``),
    else None."""
    art = next((a for a in ctx.article_spans() if a.start <= pos < a.end), None)
    if art is None:
        return None
    lead = next(iter(ctx.sentences(art)), None)
    if lead is None:
        return None
    return next((d for d in ctx.mentions_in("dates", lead.start, lead.end) if isinstance(d.value, dict)
                 and d.value.get("granularity") == "day" and d.value.get("start")), None)
