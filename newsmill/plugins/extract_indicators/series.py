"""Figures told in turn or respectively, ranks and time limits."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    _MEASURES,
    METRIC_HEAD,
    SLOGAN_PERIOD,
    TARGET_PERIOD,
    one_bank_subject,
    topic_metric,
)
from newsmill.plugins.extract_indicators.periods import (
    _period,
    _period_in,
    _value,
)
from newsmill.plugins.extract_indicators.record import (
    _indicator,
)
from newsmill.plugins.extract_indicators.scope import (
    _item_subject,
    _rate_before,
)
from newsmill.zh.figures import Figure, number
from newsmill.zh.recctx import RecordContext, Span, place_name

#: A ranking after a statistic (``居全省第3位``, ``位居全市第二名``, ``居某某市第2位``, ``排名某某州
#: 第2位``, ``居某某各县(市、区)第二位``): its place
#: among the peers, the scope also given by the name of the city or province, or of a part of a
#: province (``增速居渝东南第2位``).
RANK_HELD = re.compile(r"(?:(?:位|排)?居|排名|(?<=[速幅量])排)(?P<scope>全国|全省|全市|全州|全区|全县"
                       r"|[\u4e00-\u9fff]{1,6}?(?:省|市|自治州|州)(?=第)"
                       # a group of a city's districts (``主城新区``, ``渝西片区``)
                       r"|[\u4e00-\u9fff]{1,4}?(?:新区|片区)(?=第)"
                       # a part of a province (``渝东南``, ``川南``, ``川东北经济区``) or of the country
                       r"|[川渝黔滇陕甘鄂湘桂豫赣皖](?:东南|东北|西南|西北|东|南|西|北)(?:地区|片区|经济区)?(?=第)"
                       r"|(?:东|中|西)部(?:地区)?(?=第)"
                       # the counties of a city or province, their districts in brackets
                       # (``台州各县(市、区)``; the bare ``某市各县区`` is left as it was, set 64's gold
                       # reading no rank there)
                       r"|(?:[\u4e00-\u9fff]{2,4}?|全[省市州])各(?:县|区|县市区|区县|县区)"
                       r"[(（][市区县、]{1,3}[)）](?=第))"
                       r"(?:县域|城市|同类城市|市州|地市|[\u4e00-\u9fff]{0,6}?中"
                       # (the counties of the whole: ``全市各县（市、区）``, ``全市各区县``)
                       r"|各(?:县[（(]市、区[)）]|区县|县区|县市区|县[（(]区[)）]))?"
                       r"(?:第(?P<n>\d+|[一二三四五六七八九十]+)(?P<u>位|名)?|(?P<top>首位))(?=[,，。;；、\s]|$)")


#: A clause of its own between a statistic and the rank after it, with no figure and not opening on a
#: comparison or on the statistic's rate (``…的52.3%，风电装机首次超过火电装机，稳居全国首位``): the rank
#: is of what that clause tells, no ranking of the statistic.
_OWN_CLAUSE_BETWEEN = re.compile(
    r"[，,](?!增速|增幅|总量|规模|其|高于|低于|快于|慢于|比|较|连续|继续|保持|均|分别|同比|环比)"
    r"[^，,。;；\d]{4,}[，,]")


#: What opens or ends a ranked statistic's words but is no part of its name.
_RANK_NOT_METRIC = re.compile(r"^(?:全[市省县区州]|[其该]中?)|(?:同比|比上年)?(?:增长|增速|下降)?$")


#: The statistic a ranking is of: the rate or sum the clauses before give (``工业投资同比增长8.7%``,
#: ``实际使用外资1.27亿美元``).
_RANKED = re.compile(r"(?P<m>[\u4e00-\u9fff（）()]{2,24}?)(?:同比|比上年)?(?:增长|下降)?(?:达到|达|为|实现)?"
                     r"[\d.]+(?:%|[万亿]?(?:美|港|欧|日)?元)")


#: What may stand between a figure and the ranking of it by a named scope (``，增速``), a gap in
#: percentage points to an average included (``，增速比全市平均水平高2.6个百分点，``).
_RIGHT_AFTER = re.compile(r"[，,]?(?:其)?(?:增速|增幅|总量|规模)?"
                          r"(?:(?:比|较|高于|低于|快于)[^,，。;；\d]{1,10}?(?:高|低|快|慢|高出)?"
                          r"[\d.]+个百分点[，,])?")


#: A rate named right before its ranking, after the figures (``，投资完成率居全省第5位``), or a count
#: of projects (``，项目个数居全省第4位``).
_NAMED_RATE = re.compile(r"[，,](?P<m>[\u4e00-\u9fff]{2,10}?率|[\u4e00-\u9fff]{0,8}?项目(?:个数|数))"
                         r"(?:达到|为)?$")


RANK_RE = re.compile(r"排名(?:全国|全省|全市|全球)?(?:第)?(?P<n>\d+|[一二三四五六七八九十]+)(?P<u>位|名)?")


#: A time a procedure takes, cut to a limit (``审批时间压缩至45个工作日以内``, ``办理时限缩短到3天``).
_TIME_LIMIT = re.compile(r"(?P<m>[\u4e00-\u9fff]{2,14}?(?:时间|时限|周期|用时))(?:平均)?"
                         r"(?:压缩|缩短|压减|减少|降低|控制)(?:至|到|在|为)"
                         r"(?P<n>\d+(?:\.\d+)?)(?P<u>个工作日|个小时|小时|个月|天|日)(?:以内|之内|内)?")


def _time_limits(ctx: RecordContext, sent: Span) -> list[Record]:
    """Time limits of procedures (``审批时间压缩至45个工作日以内``): value the limit, unit as written
    (``个工作日``, ``天``), metric the time limited."""
    out = []
    for m in _TIME_LIMIT.finditer(ctx.text, sent.start, sent.end):
        m0 = max(m.start("m"), ctx.clause_start(m.start("n"), sent.start))
        lead = METRIC_HEAD.match(ctx.text[m0:m.end("m")])
        m0 += lead.end() if lead else 0
        if m.end("m") - m0 < 4 or ctx.text.find("建设周期", m0, m.end("m")) >= 0:
            continue  # (``项目建设周期控制在18个月``: one project's schedule)
        if one_bank_subject(ctx.text, sent.start, m.start("n")):
            continue  # (``该行负责人介绍，“某某贷”…审批时限压缩至…``: a bank product's terms)
        if ctx.text.find("平均", m0, m.start("n")) >= 0:
            continue  # (``项目从签约到开工平均用时缩短至…``: the pace projects went at, no limit set)
        n = float(m.group("n"))
        f = Figure("quantity", m.start("n"), m.end("u"), int(n) if n.is_integer() else n, unit=m.group("u"))
        out.append(_indicator(ctx, sent, f, ctx.text[m0:m.end("m")], m0, m.end("m"), None))
    return out


def _ranks(ctx: RecordContext, sent: Span) -> list[Record]:
    """Rankings (``空气质量排名全国第一``, ``排名17``): value = the rank, unit ``名``."""
    out: list[Record] = []
    if ctx.text.find("排名", sent.start, sent.end) < 0:
        return out  # every ranking says 排名
    for m in RANK_RE.finditer(ctx.text, sent.start, sent.end):
        n = number(m.group("n"))
        if n is None:
            continue
        c0 = ctx.clause_start(m.start(), sent.start)
        metric = ctx.text[c0:m.start()]
        lead = METRIC_HEAD.match(metric)
        s = c0 + (lead.end() if lead else 0)
        if s == m.start() and ctx.text.startswith("的", m.end()):
            continue  # ``排名第一的单位将作交流发言``: who came first, no statistic ranked
        r = Record("indicator", article=sent.article)
        r.set("value", int(n), ctx.evidence(m.start("n"), m.end("n")))
        r.set("unit", m.group("u") or "名", ctx.evidence(m.start(), m.end()))
        r.set("metric", ctx.text[s:m.start()] + "排名", ctx.evidence(s, m.start() + 2))
        r.set("growth_pct", None)
        period, p0, p1 = _period(ctx, sent, m.start())
        r.set("period", period, *([ctx.evidence(p0, p1)] if p0 >= 0 else []))
        place = ctx.place_for(m.start(), sent.article, sent, past_venue=True)
        r.set("region", place_name(place) if place else None,
              *([ctx.evidence(place.start, place.end)] if place else []))
        status, cue = ctx.status(sent, m.start())
        r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(m.start(), m.end()))
        r.evidence = [ctx.evidence(s, m.end())]
        out.append(r)
    return out


#: A statistic's rate ranked with no figure before it, the places of the scope counted maybe
#: (``某市地区生产总值增速在全省14个市中居第2位``, ``规上工业增加值增速居全市第一``).
_RATE_RANKED = re.compile(r"(?P<m>[\u4e00-\u9fff]{2,20}?)增速(?:在|于|居|位居|排名?)?"
                          r"(?P<scope>全(?:国|省|区|市|州|盟|县))"
                          r"(?:\d{1,3}个(?:地级市|市州|盟市|市|县区|县市区|旗县市区|旗县区|县|区|州))?中?"
                          r"(?:居|位居|排名?|列)?第(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?P<u>位|名)")


def rates_ranked(ctx: RecordContext, sent: Span) -> list[Record]:
    """A statistic's rate ranked in a sentence with no figure of it (``某市地区生产总值增速在全省14个市中
    居第2位``): value the rank, unit the counter printed, metric the statistic, ``增速`` and the scope;
    the place opening the statistic's clause is the region."""
    out: list[Record] = []
    for m in _RATE_RANKED.finditer(ctx.text, sent.start, sent.end):
        n = number(m.group("n"))
        if n is None:
            continue
        m0 = ctx.clause_start(m.start("m"), sent.start)
        m0 = max(m0, m.start("m"))
        lead = None
        for place in ctx.mentions_in("places", m0, m.end("m")):
            if place.start == m0 or lead is None and place.end < m.end("m") - 1:
                lead = place
        c0 = lead.end if lead is not None else m0
        head = METRIC_HEAD.match(ctx.text, c0, m.end("m"))
        c0 = head.end() if head else c0
        core = ctx.text[c0:m.end("m")]
        if len(core) < 2:
            continue
        r = Record("indicator", article=sent.article)
        r.set("value", int(n), ctx.evidence(m.start("n"), m.end("n")))
        r.set("unit", m.group("u"), ctx.evidence(m.start("u"), m.end("u")))
        r.set("metric", f"{core}增速{m.group('scope')}排名", ctx.evidence(c0, m.end()))
        r.set("growth_pct", None)
        period, p0, p1 = _period(ctx, sent, m.start())
        r.set("period", period, *([ctx.evidence(p0, p1)] if p0 >= 0 else []))
        place = lead or ctx.place_for(m.start(), sent.article, sent, past_venue=True)
        r.set("region", place_name(place) if place else None,
              *([ctx.evidence(place.start, place.end)] if place else []))
        status, cue = ctx.status(sent, m.start())
        r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(m.start(), m.end()))
        r.evidence = [ctx.evidence(m.start("m"), m.end())]
        out.append(r)
    return out


def _ranks_held(ctx: RecordContext, sent: Span) -> list[Record]:
    """Rankings after a statistic (``…同比增长9.3%，居全省第3位``): value = the rank, unit the
    counter printed (``位``, else ``名``), metric the statistic of the clauses before and the scope."""
    out: list[Record] = []
    for m in RANK_HELD.finditer(ctx.text, sent.start, sent.end):
        n = 1 if m.group("top") else number(m.group("n"))  # (居全省首位: the first place)
        if n is None:
            continue
        g = "top" if m.group("top") else "n"
        stats = list(_RANKED.finditer(ctx.text, sent.start, m.start()))
        if not m.group("scope").startswith("全") and not (
                stats and _RIGHT_AFTER.fullmatch(ctx.text, stats[-1].end(), m.start())):
            continue  # a named scope ranks the figure just given (``增速居某某市第2位``), not a new subject
        if stats and _OWN_CLAUSE_BETWEEN.search(ctx.text, stats[-1].end(), m.start()):
            continue  # 占全区总装机的52.3%，新能源装机首次超过火电，稳居全国首位: the clause between ranks
        rate = "增速" if stats and re.search(r"增长|下降", stats[-1].group()) else ""
        core = ""
        lead = None  # a place opening the statistic's clause: the region ranked
        named = _NAMED_RATE.search(ctx.text, stats[-1].end(), m.start()) if stats else None
        if named is not None:  # 占年度计划的28.7%，…，投资完成率居全省第5位: the rate named is ranked
            core, rate, stat = named.group("m"), "", stats[-1]
        while stats and len(core) < 2:
            stat = stats.pop()
            head = METRIC_HEAD.match(stat.group("m"))
            c0 = stat.start("m") + (head.end() if head else 0)
            lead = None
            for place in ctx.mentions_in("places", c0, stat.end("m")):
                if place.start == c0:
                    c0 = place.end  # ``黎城县规模以上工业增加值…``: the place is the region, not the metric
                    lead = place
            core = _RANK_NOT_METRIC.sub("", ctx.text[c0:stat.end("m")].lstrip("，,"))
            # (``…总额112.4亿元，同比增长5.1%，居全市第二``: the rate's clause names no statistic, the one
            # before it does)
        if len(core) < 2 and lead is not None and stat.start("m") == lead.start \
                and (topic := topic_metric(ctx.text, sent.start, lead.start)) is not None:
            core, rate = ctx.text[topic[0]:topic[1]], "增速"  # 某指标增速方面，甲区增长14.3%，居全市首位
        if len(core) < 2:
            continue
        r = Record("indicator", article=sent.article)
        r.set("value", int(n), ctx.evidence(m.start(g), m.end(g)))
        r.set("unit", m.group("u") or ("位" if m.group("top") else "名"), ctx.evidence(m.start(), m.end()))
        r.set("metric", f"{core}{rate}{m.group('scope')}排名", ctx.evidence(m.start(), m.end()))
        r.set("growth_pct", None)
        period, p0, p1 = _period(ctx, sent, stat.end())  # the last date before the figure ranked
        r.set("period", period, *([ctx.evidence(p0, p1)] if p0 >= 0 else []))
        scope = None if lead is not None else ctx.scope_region(sent, stat.start(), sent.article)
        if lead is None and scope is None:
            lead = _item_subject(ctx, sent, stat.start())  # 甲市完成投资X，…，完成率居全省第2位；乙市…
        place = lead or (None if scope is not None
                         else ctx.place_for(stat.start(), sent.article, sent, past_venue=True))
        if scope is not None:  # 全市…增长9.3%，居全省第3位: the scope word's region is ranked
            r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
        else:
            r.set("region", place_name(place) if place else None,
                  *([ctx.evidence(place.start, place.end)] if place else []))
        status, cue = ctx.status(sent, m.start())
        r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(m.start(), m.end()))
        r.evidence = [ctx.evidence(m.start(), m.end())]
        out.append(r)
    return out


#: Two works or projects listed (``甲项目、乙示范园项目``, ``甲工程和乙工程``) before ``分别``.
_WORKS_LISTED = re.compile(r"(?:项目|工程)(?:一期|二期|三期)?[、和及与][^，,。；;]{2,30}?(?:项目|工程)")


def _works_in_turn(text: str, sent: Span) -> int:
    """Where ``分别`` stands in ``sent`` after two works or projects it lists (``甲项目、乙项目将加快建设，
    年内完成投资分别不低于2亿元和1.5亿元``): the figures after it are the works' own, no statistics;
    else -1."""
    at = text.find("分别", sent.start, sent.end)
    if at < 0 or _WORKS_LISTED.search(text, sent.start, at) is None:
        return -1
    return at


#: Before the first of two figures given to two subjects in turn (``城镇、农村居民人均可支配收入分别达…``,
#: ``…分别增长5.3%和7.2%``).
_RESPECTIVE = re.compile(r"分别(?:同比|比上年)?(?:达到|达|为|是|实现|完成|增长|下降)?$")


#: The subjects of a clause listed before ``分别`` (``城镇、农村居民…``, ``城镇和农村居民…``).
_SUBJECT_JOINS = re.compile(r"[、和与及]")


def _subjects_in_turn(ctx: RecordContext, sent: Span, at: int) -> bool:
    """True when the clause before ``分别`` at ``at`` lists two subjects and holds no figure of its own
    (``城镇、农村常住居民人均可支配收入分别增长5.3%和7.2%``): the rates after it are theirs, not
    those of the two statistics told before."""
    c0 = ctx.clause_start(at, sent.start)
    return _SUBJECT_JOINS.search(ctx.text, c0, at) is not None and not ctx.figures_in(c0, at) \
        and not ctx.mentions_in("places", c0, at)


#: Their growth rates in the same turn (``，同比分别增长5.1%、7.0%``, ``,增长8.1%、9.6%``).
_RESPECTIVE_GROWTH = re.compile(r"[,，]\s*(?:同比|比上年)?(?:分别)?(增长|下降)"
                                r"(\d+(?:\.\d+)?)%[、,，和及与](\d+(?:\.\d+)?)%")


#: What stands between two figures given in turn (``43860元、24215元``, ``42618元和20154元``).
_TURN_JOINS = frozenset("、和及与")


_CLAUSE_MARKS = "，,。；;：:\n"


#: The kind of measure a rate, a sum or an amount is named by (its last character).
_MEASURE_ENDS = frozenset("率额量值数")


def _head_of_pair(first: str, rest: str) -> str | None:
    """The head the first subject shares with a shorter second one (``签约项目开工率、投产率``:
    ``签约项目``): the first's words before a measure of the same kind (``…率``), or None."""
    if len(rest) < 2 or rest[-1] != first[-1] or rest[-1] not in _MEASURE_ENDS or len(first) <= len(rest):
        return None
    return first[:len(first) - len(rest)]


#: Counters of things a place has (``家``, ``个``, ``户``…): two kinds of them may be counted in turn.
_KIND_COUNTERS = frozenset(("家", "个", "户", "座", "栋", "处", "所"))


def _two_kinds_counted(r: Record, first: str, rest: str) -> bool:
    """True when the two subjects are two kinds of things counted (``农民专业合作社和家庭农场分别达到
    1436家、892家``): each is named in full, no head shared as with a measure (``开工率、投产率``)."""
    return r.get("unit") in _KIND_COUNTERS and len(first) >= 3 and len(rest) >= 3 and first[-1] != rest[-1]


#: The measure three or more subjects share, told once after the last (``玻璃制品、户外家具和工艺品出口``).
_SHARED_MEASURE = re.compile(r"(?:进出口额|进出口|出口额|出口|进口额|进口|产量|产值|销售额|销量|营业收入|营收"
                             r"|零售额|增加值|利润|收入)$")


def _several_in_turn(ctx: RecordContext, r: Record, subject: str, c0: int, f2: Figure,
                     taken: set[int]) -> list[Record]:
    """Three or more subjects sharing a measure told after the last and given their figures in turn
    (``玻璃制品、户外家具和工艺品出口分别增长15.3%、12.8%和9.6%``): the statistic read for the first
    figure gets the first subject with the measure, and each later figure a statistic of the subject
    in its place; empty when the subjects are fewer than three, the figures fewer than the subjects or
    the measure not one of ``_SHARED_MEASURE``."""
    text = ctx.text
    parts = re.split(r"[、和与及]", subject)
    if len(parts) < 3 or any(not 2 <= len(p) <= 8 for p in parts[:-1]):
        return []
    shared = _SHARED_MEASURE.search(parts[-1])
    if shared is None or shared.start() < 2 or any(p.endswith(shared.group()) for p in parts[:-1]):
        return []
    measure = shared.group()
    figs = [f2]
    while len(figs) < len(parts) - 1 and text[figs[-1].end:figs[-1].end + 1] in _TURN_JOINS:
        e = figs[-1].end
        nxt = next((f for f in ctx.figures_in(e + 1, e + 24) if f.start == e + 1), None)
        if nxt is None or nxt.kind != f2.kind:
            break
        figs.append(nxt)
    if len(figs) != len(parts) - 1 or any(f.start in taken for f in figs) \
            or text[figs[-1].end:figs[-1].end + 1] in _TURN_JOINS:
        return []
    rate = r.get("unit") == "%" and r.get("growth_pct") == r.get("value")
    r.set("metric", parts[0] + measure, ctx.evidence(c0, c0 + len(subject)))
    out: list[Record] = []
    for part, f in zip(parts[1:], figs, strict=True):
        r2 = Record("indicator", article=r.article)
        for name, fld in r.fields.items():
            r2.set(name, fld.value, *fld.evidence)
        value, unit = _value(f)
        if rate and unit == "%" and isinstance(value, (int, float)):
            value = -value if (r.get("value") or 0) < 0 else value  # …分别下降a%、b%和c%: all fell
            r2.set("growth_pct", value, ctx.evidence(f.start, f.end))
        r2.set("value", value, ctx.evidence(f.start, f.end))
        r2.set("unit", unit, ctx.evidence(f.start, f.end))
        named = part if part.endswith(measure) else part + measure
        r2.set("metric", named, ctx.evidence(c0, c0 + len(subject)))
        r2.evidence = [ctx.evidence(c0, f.end)]
        out.append(r2)
    return out


#: A subject of town and country together (``城乡居民人均可支配收入``, ``城乡常住居民人均消费支出``).
_TOWN_AND_COUNTRY = re.compile(r"城乡((?:常住)?居民[\u4e00-\u9fff]{2,12})$")


def _town_and_country(subject: str) -> tuple[str, str] | None:
    """The two subjects of ``城乡…`` given two figures in turn (``城乡居民人均可支配收入分别达到
    35860元、19420元``): the town's (``城镇居民…``) and the country's (``农村居民…``), or None."""
    m = _TOWN_AND_COUNTRY.fullmatch(subject)
    if m is None:
        return None
    return "城镇" + m.group(1), "农村" + m.group(1)


def _given_in_turn(ctx: RecordContext, records: list[Record]) -> list[Record]:
    """Two subjects sharing a measure and given two figures in turn (``城镇、农村居民人均可支配收入
    分别达43860元、24215元，同比分别增长5.1%、7.0%``): the statistic read for the first figure gets
    the first subject's metric and rate, and the second figure a statistic of its own."""
    text = ctx.text
    out: list[Record] = []
    taken = {ev.start for r in records for ev in (r.fields["value"].evidence if "value" in r.fields else [])}
    rates: list[tuple[int, int]] = []
    for r in records:
        out.append(r)
        ev = r.fields["value"].evidence if "value" in r.fields else []
        if not ev or text[ev[0].end:ev[0].end + 1] not in _TURN_JOINS:
            continue
        s, e = ev[0].start, ev[0].end
        m = _RESPECTIVE.search(text, max(0, s - 6), s)
        f2 = next((f for f in ctx.figures_in(e + 1, e + 24) if f.start == e + 1), None)
        if m is None or f2 is None or f2.start in taken:
            continue
        c0 = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
        if text.startswith("全", c0) and text[c0 + 1:c0 + 2] in "省市县区州盟旗":
            c0 += 2  # 全市进口、出口总额…: the scope is no part of the first subject
        lead = next((p for p in ctx.mentions_in("places", c0, m.start()) if p.start == c0), None)
        if lead is not None:
            c0 = lead.end  # 某区签约项目开工率、投产率…: the place is the region, no part of the subject
        subject = text[c0:m.start()]
        several = _several_in_turn(ctx, r, subject, c0, f2, taken)
        if several:
            out.extend(several)
            continue
        j = next((i for i, c in enumerate(subject) if c in "、和与及"), -1)
        first, rest = subject[:j], subject[j + 1:]
        paired = _town_and_country(subject) if j < 0 else None
        if paired is not None:
            first, rest = paired  # 城乡居民人均可支配收入分别达到X元、Y元: the town's, then the country's
            j = 1
        if j < 1:
            continue
        head: str | None = ""
        whole = paired is not None or _two_kinds_counted(r, first, rest)  # each named in full
        if len(rest) <= len(first) + 1 and not whole:
            head = _head_of_pair(first, rest)
            if head is None:
                continue  # 签约项目开工率、投产率: the first named in full, the second after its head
        r.set("metric", first if head or whole else first + rest[len(first):], ctx.evidence(c0, m.start()))
        r2 = Record("indicator", article=r.article)
        for name, fld in r.fields.items():
            r2.set(name, fld.value, *fld.evidence)
        value, unit = _value(f2)
        if unit == "%" and r.get("unit") == "%" and r.get("growth_pct") == r.get("value") \
                and isinstance(value, (int, float)):
            value = -value if (r.get("value") or 0) < 0 else value  # …分别下降a%和b%: both fell
            r2.set("growth_pct", value, ctx.evidence(f2.start, f2.end))  # a rate alone is its growth
        r2.set("value", value, ctx.evidence(f2.start, f2.end))
        r2.set("unit", unit, ctx.evidence(f2.start, f2.end))
        r2.set("metric", head + rest, ctx.evidence(c0 + j + 1 if paired is None else c0, m.start()))
        g = _RESPECTIVE_GROWTH.match(text, f2.end)
        if g is not None:
            sign = -1 if g.group(1) == "下降" else 1
            r.set("growth_pct", sign * float(g.group(2)), ctx.evidence(g.start(), g.end()))
            r2.set("growth_pct", sign * float(g.group(3)), ctx.evidence(g.start(), g.end()))
            rates.append((g.start(), g.end()))
        r2.evidence = [ctx.evidence(c0, f2.end)]
        out.append(r2)
    if rates:  # the rates given in turn are the two statistics' growth, no statistics of their own
        out = [r for r in out if "value" not in r.fields or r.get("unit") != "%"
               or not any(a <= r.fields["value"].evidence[0].start < b for a, b in rates)]
    return out


def _rates_in_turn(ctx: RecordContext, records: list[Record], m: re.Match[str]) -> None:
    """Give the rates of ``m`` (``同比分别增长A%和B%``) to the last two statistics of the sentence
    before it, when they have none and stand in clauses of their own (figures joined by ``、`` are
    two subjects of one measure, see :func:`_given_in_turn`)."""
    before = [r for r in records if "value" in r.fields and r.fields["value"].evidence
              and r.fields["value"].evidence[0].end <= m.start()]
    if len(before) < 2:
        return
    a, b = before[-2], before[-1]
    if a.get("growth_pct") is not None or b.get("growth_pct") is not None \
            or ctx.text.startswith("、", a.fields["value"].evidence[0].end):
        return
    sign = -1.0 if m.group(1) == "下降" else 1.0
    a.set("growth_pct", sign * float(m.group(2)), ctx.evidence(m.start(), m.end()))
    b.set("growth_pct", sign * float(m.group(3)), ctx.evidence(m.start(), m.end()))


def _part_metric(whole: str, part: str) -> str | None:
    """The metric of a part named by a short noun after ``其中`` (``水稻``), in the measure of the
    whole before it (``粮食播种面积`` → ``水稻播种面积``), or None when the whole names none."""
    measure = next((m for m in _MEASURES if whole.endswith(m)), None)
    return part + measure if measure and part else None


#: What was added of a stock, told as its part (``其中今年新建986个``, ``其中新增…``).
_ADDED_PART = re.compile(r"新建|新增|新开通|新安装|新建成")
#: The verb a stock of built things is counted by (``累计建成5G基站``, ``已开通…``).
_STOCK_VERB = re.compile(r"(?:累计|共|已|累计已)?(?:建成|建设|开通|安装|投运|部署)")


def added_part_metric(whole: str, part: str) -> str | None:
    """The metric of what was added of a stock, told after it as its part (``累计建成5G基站5420个，
    其中今年新建986个`` → ``新建5G基站``): the adding verb and the stock's noun; None when ``part``
    is no adding verb or ``whole`` no stock of built things."""
    m = _STOCK_VERB.match(whole)
    if not _ADDED_PART.fullmatch(part) or m is None or len(whole) - m.end() < 2:
        return None
    return part + whole[m.end():]


def _headline_period(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Statistics told done with no period of their own, nor one before them, in an article whose
    headline names a part of a year (``某县通报1—5月重点项目推进情况``): the headline's period, that
    of the whole report (a bare year, or a goal, is left to the page's year)."""
    if art.article is None or not 0 <= art.article < len(ctx.doc.articles):
        return
    ev = ctx.doc.articles[art.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text):
        return
    period, p0, p1 = _period_in(ctx, ev.start, ev.end)
    if period is None or "(" in period or len(period) <= 4:
        return
    for r in records:
        if r.get("period") is None and r.get("status") == "actual" and not _counted_now(ctx.text, r):
            r.set("period", period, ctx.evidence(p0, p1))


#: A month told as one point inside a longer report: the month alone (``9月当月``, ``当月``) or its
#: end (``9月末``, ``6月底``).
_POINT_MONTH = re.compile(r"(?:份)?当月|[末底]")
#: One month named with ``份`` (``9月份``), no span of months: a point inside a longer report.
_MONTH_ALONE = re.compile(r"(?:\d{4}年)?\d{1,2}月份")


#: Months or a part of a year with no year's number (``1—8月``, ``前三季度``, ``上半年``).
_PART_OF_YEAR = re.compile(r"(?:\d{1,2}\s*[—\-－–~～至到]\s*\d{1,2}月(?:份)?|前[一二三]季度|上半年"
                           r"|[一二三四]季度)(?:以来)?")


def _line_period(text: str, field: Any) -> bool:
    """Whether a period was read from a part of a year opening a line inside a sentence
    (``…412个 ⏎ 1—8月完成投资421.5亿元 ⏎ …``, an infographic's line): it holds for that line only.
    A line that is a sentence of its own (``1—8月，…增长7.9%。``) is no infographic's line."""
    ev = field.evidence[0] if field.evidence else None
    if ev is None or not text.startswith("\n", ev.start - 1) \
            or _PART_OF_YEAR.fullmatch(text, ev.start, ev.end) is None:
        return False
    end = text.find("\n", ev.end)
    return text.find("。", ev.end, len(text) if end < 0 else end) < 0


def _point_period(text: str, field: Any) -> bool:
    """Whether a period was read from a month told as a point (``9月当月,规上工业增加值增长…``,
    ``9月末,存款余额…``)."""
    ev = field.evidence[0] if field.evidence else None
    if ev is None or not isinstance(field.value, str) or "/" in field.value:
        return False
    return ev.text.endswith(("末", "底")) or _POINT_MONTH.match(text, ev.end) is not None \
        or _MONTH_ALONE.fullmatch(ev.text) is not None


def _later_place_dropped(records: list[Record], text: str) -> None:
    """A statistic whose region is a place named only in a later sentence (the article's fallback,
    ``分门类看，农产品加工业增加值增长12.3%…。…同江、抚远两个口岸…``) takes the region of the
    statistic before it instead, as its sentence names none (see :func:`_carry_over`)."""
    prev: Any = None
    for r in records:
        field = r.fields.get("region")
        ev = field.evidence[0] if field is not None and field.evidence else None
        at = r.evidence[0].end if r.evidence else -1
        if ev is not None and prev is not None and at >= 0 and ev.start > at \
                and text.find("。", at, ev.start) >= 0 and prev.evidence and prev.evidence[0].start < at:
            r.set("region", prev.value, *prev.evidence)
        elif field is not None and r.get("region") is not None:
            prev = r.fields["region"]


#: The marks opening the items of a column of briefs (``● 某县：…``, ``◆ 某区：…``).
_BRIEF_MARKS = "●◆■▲★◇□"


def _own_brief_item(text: str, at: int, field: Any) -> bool:
    """True when the figure at ``at`` is in a brief item (a line opening with a bullet) that the
    figure a field comes from is not in: the brief is news of its own, told without the other's time."""
    line0 = text.rfind("\n", 0, at) + 1
    if text[line0:line0 + 1] not in _BRIEF_MARKS or not getattr(field, "evidence", None):
        return False
    return field.evidence[0].start < line0


#: A fund set up in the sentence of its size (``发起设立某某母基金，``, ``设立总规模2亿元的``).
_FUND_SET_UP_NOW = re.compile(r"(?:设立|成立|组建)")


def _carry_over(records: list[Record], text: str = "") -> None:
    """Statistics of an article without a period or region of their own keep those of the
    statistic before them (``前三季度,全省生产总值…。分产业看,第一产业增加值…``). A month told as a
    point (``9月当月``, ``9月末``) holds for its own paragraph only: a later paragraph keeps the
    period of the report before it."""
    prev: dict[str, Any] = {}
    span: Any = None  # the last period that is no point, and the end of the point's paragraph
    point_end = -1
    line_only = False  # the last period holds for its line only, none before it
    balance: Any = None  # the period of the last balance (a stock at a month's end)
    for r in records:
        at = r.evidence[0].start if r.evidence else -1
        if point_end >= 0 and at > point_end and span is not None and "period" in prev:
            prev["period"] = span  # 9月末,存款余额…。⏎居民收入…: the report's period again
            point_end = -1
        elif point_end >= 0 and at > point_end and line_only and "period" in prev:
            del prev["period"]  # 1—8月完成投资…⏎发行…: the line's months, no period before them
            point_end = -1
        if r.get("period") is None and balance is not None and str(r.get("metric") or "").endswith("余额"):
            r.set("period", balance.value, *balance.evidence)  # …余额…；其中涉农贷款余额…: the same day
        elif r.get("period") is not None and str(r.get("metric") or "").endswith("余额"):
            balance = r.fields["period"]
        for name in ("period", "region"):
            if r.get(name) is None and name in prev:
                if name == "period" and str(r.get("metric") or "").startswith("已建成"):
                    continue  # 园区…已建成标准化厂房15万平方米: what stands built now, no flow of a period
                if name == "period" and str(r.get("metric") or "").endswith(("基金规模", "基金总规模")) \
                        and _FUND_SET_UP_NOW.search(text, max(0, at - 40), at):
                    continue  # 2025年，…产值…。会上，设立某产业基金，基金规模…: set up now, no flow's year
                if name == "period" and text and _counted_now(text, r):
                    continue  # 📍 园区现有规上工业企业86家，…: what there is now, no flow's months
                if name == "period" and text and at >= 0 and _own_brief_item(text, at, prev[name]):
                    continue  # ● 甲县：前三季度…。⏎● 乙县：企业达到126家: each brief its own news
                value = prev[name].value
                if name == "period" and isinstance(value, str) and value.endswith("(目标)") \
                        and r.get("status") == "actual":
                    continue  # 会议提出，到2027年…。会上，设立…基金: what was done is no goal's
                if name == "period" and r.get("status") == "target" and isinstance(value, str) \
                        and TARGET_PERIOD.fullmatch(value):
                    value = f"{value}(目标)"  # 今年…增长10%;确保审批时间压缩至…: a goal of that year
                r.set(name, value, *prev[name].evidence)
            elif r.get(name) is not None and r.get(name) != SLOGAN_PERIOD:
                if name == "period" and text and (_point_period(text, r.fields[name])
                                                  or ("period" not in prev
                                                      and _line_period(text, r.fields[name]))):
                    if point_end < 0:
                        span = prev.get("period")
                        line_only = span is None and _line_period(text, r.fields[name])
                    ev = r.fields[name].evidence[0]
                    point_end = len(text) if (n := text.find("\n", ev.end)) < 0 else n
                elif name == "period":
                    point_end = -1
                prev[name] = r.fields[name]  # (a slogan's goal is no period of what follows)
    for r in records:
        period = r.get("period")
        if isinstance(period, str) and str(r.get("metric") or "").endswith("余额") \
                and (months := _MONTHS_OF_YEAR.fullmatch(period)) is not None:
            # 1—10月,…,存款余额达到…: a stock, at the end of the months
            r.set("period", months.group(2), *r.fields["period"].evidence)


#: A period of the year's first months (``2025-01/2025-10``), its last month in group 1.
_MONTHS_OF_YEAR = re.compile(r"(\d{4})-01/(\1-\d\d)")


#: What there is now, opening a sentence's counts (``园区现有规上工业企业86家``).
_HAS_NOW = re.compile(r"现有(?!的)")


def _counted_now(text: str, r: Record) -> bool:
    """True when the sentence of ``r``'s figure counts what there is now (``现有``) before it."""
    f = r.fields.get("value")
    if f is None or not f.evidence:
        return False
    at = f.evidence[0].start
    s0 = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return _HAS_NOW.search(text, s0, at) is not None


#: Figures given one to each of the places listed before them (``甲县、乙县签约资金…，分别为X、Y``,
#: ``甲县和乙区分别完成固定资产投资X、Y``, ``甲县和乙区规上工业增加值分别增长X%、Y%``).
_RESPECTIVELY = re.compile(r"分别(为|是|达到|达|实现|完成|增长|下降)")


#: What joins the items of a list (of places, of figures).
_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及)\s*")


#: Where the metric after a list of places ends (``签约资金位居全市前三，``).
_METRIC_STOP = re.compile(r"位居|位列|居|排在|均|[，,]")


#: The measure named between ``分别完成`` and the first figure (``分别完成固定资产投资``).
_MEASURE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,12}")


#: Growth rates given in the same turn after the figures (``，同比分别增长7.4%和6.8%``).
_TURN_GROWTH = re.compile(r"[,，]\s*(?:同比|比上年)?(?:分别)?(增长|下降)")


#: A count of projects given to places in turn (``开工项目``, ``签约项目数``, ``入选项目较多``): batches,
#: not statistics.
_PROJECTS_COUNTED = re.compile(r"项目(?:数|个数)?(?:较多|最多|居前|领先)?$")


def _turn_figures(ctx: RecordContext, at: int, end: int, kinds: tuple[str, ...]) -> list[Figure]:
    """The figures listed from ``at`` on (``X、Y和Z``): the first starts at ``at``, each next one
    after a list join."""
    figs: list[Figure] = []
    for f in ctx.figures_in(at, end):
        if f.kind not in kinds or (not figs and f.start != at) \
                or (figs and not _LIST_JOIN.fullmatch(ctx.text, figs[-1].end, f.start)):
            break
        figs.append(f)
    return figs


#: Two industries listed, counted as a pair, then the measure given to each in turn (``电子信息、新能源
#: 两大产业分别实现产值``, ``纺织和食品两个行业分别完成营业收入``).
_BRANCHES_IN_TURN = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,8})[、和与及](?P<b>[\u4e00-\u9fff]{2,8}?)"
                               r"(?:两大|两个|二大|2个)(?P<kind>产业|行业|板块|领域)"
                               r"(?:同比)?分别(?:实现|完成|达到|达)?"
                               r"(?P<m>产值|总产值|工业产值|营业收入|营收|增加值|销售收入|主营业务收入)")


def _branches_in_turn(ctx: RecordContext, sent: Span) -> tuple[list[Record], set[int]]:
    """Statistics of two industries given in turn (``电子信息、新能源两大产业分别实现产值98.3亿元和
    76.4亿元，同比分别增长21.6%和18.2%``): one per industry, its measure named after its kind
    (``电子信息产业产值``), with the rate given in the same turn."""
    text = ctx.text
    m = _BRANCHES_IN_TURN.search(text, sent.start, sent.end)
    if m is None:
        return [], set()
    figs = _turn_figures(ctx, m.end(), sent.end, ("money",))
    if len(figs) != 2:
        return [], set()
    rates: list[Figure] = []
    g = _TURN_GROWTH.match(text, figs[-1].end)
    if g is not None:
        rates = _turn_figures(ctx, g.end(), sent.end, ("percent",))
        if len(rates) != 2:
            rates = []
    out: list[Record] = []
    for i, (part, f) in enumerate(zip(("a", "b"), figs, strict=True)):
        metric = m.group(part) + m.group("kind") + m.group("m")
        r = _indicator(ctx, sent, f, metric, m.start(part), m.end("m"), None)
        if rates:
            gs = -1.0 if g is not None and g.group(1) == "下降" else 1.0
            r.set("growth_pct", gs * float(rates[i].value), ctx.evidence(rates[i].start, rates[i].end))
        out.append(r)
    return out, {f.start for f in figs} | {f.start for f in rates}


def _respective(ctx: RecordContext, sent: Span,
                before: list[Record] | None = None) -> tuple[list[Record], set[int]]:
    """Statistics of places listed, then their figures in the same order (``井冈山经开区、吉安县、泰和县
    签约资金位居全市前三，分别为186.3亿元、152.6亿元、118.4亿元``): one per place, of the metric
    named after the list or after ``分别完成`` (``甲县和乙区分别完成固定资产投资X、Y``); rates after
    ``分别增长`` are growth-only statistics, and rates in turn after the figures
    (``，同比分别增长a%和b%``) are their growth.  A later ``分别`` of the sentence with no list of its
    own (``…，社会消费品零售总额分别为X和Y``) keeps the places listed before.  Rates of places
    that name no measure (``分区县看，甲区、乙区分别增长X%、Y%``) are of the rate told just before in
    the paragraph (``全市规模以上工业增加值同比增长7.2%``).  Returns the records and the starts of
    the figures they took."""
    text = ctx.text
    out: list[Record] = []
    taken: set[int] = set()
    places: list[Any] = []
    pos = sent.start
    for m in _RESPECTIVELY.finditer(text, sent.start, sent.end):
        listed: list[Any] = []
        for p in ctx.mentions_in("places", pos, m.start()):
            if listed and not _LIST_JOIN.fullmatch(text, listed[-1].end, p.start):
                listed = []
            listed.append(p)
        if len(listed) >= 2:
            places = listed
        pos = m.end()
        rate = m.group(1) in ("增长", "下降")
        kinds = ("percent",) if rate else ("money", "count", "quantity")
        c_end = ctx.clause_end(m.end(), sent.end)
        measure = None if rate else _MEASURE_AFTER.match(text, m.end(), c_end)
        figs = _turn_figures(ctx, measure.end(), sent.end, kinds) if measure is not None else []
        if not figs:
            measure = None
            figs = _turn_figures(ctx, m.end(), sent.end, kinds)
        if len(figs) < 2 or len(places) != len(figs) or any(f.start in taken for f in figs):
            continue
        if measure is not None:
            m0, m1 = measure.span()
        else:
            m0 = places[-1].end if len(listed) >= 2 else ctx.clause_start(m.start(), sent.start)
            stop = _METRIC_STOP.search(text, m0, m.start())
            m1 = stop.start() if stop else m.start()
        metric = text[m0:m1]
        if rate and not metric and len(listed) >= 2 and (prior := _rate_before(ctx, sent, before)):
            metric, m0, m1 = prior
        if not 2 <= len(metric) <= 12 or not all("\u4e00" <= c <= "\u9fff" for c in metric):
            continue
        if _PROJECTS_COUNTED.search(metric) and not rate:
            taken.update(f.start for f in figs)
            continue  # 甲市、乙县开工项目分别为14个、9个: batches of the places, no statistics
        sign = -1.0 if m.group(1) == "下降" else 1.0
        rates: list[Figure] = []
        g = _TURN_GROWTH.match(text, figs[-1].end) if not rate else None
        if g is not None:
            rates = _turn_figures(ctx, g.end(), sent.end, ("percent",))
            if len(rates) != len(figs):
                rates = []
        for i, (place, f) in enumerate(zip(places, figs, strict=True)):
            growth = (sign * float(f.value), f.start) if rate else None
            r = _indicator(ctx, sent, f, metric, m0, m1, growth)
            r.set("region", place_name(place), ctx.evidence(place.start, place.end))
            if rates:
                gs = -1.0 if g.group(1) == "下降" else 1.0
                r.set("growth_pct", gs * float(rates[i].value), ctx.evidence(rates[i].start, rates[i].end))
            out.append(r)
            taken.add(f.start)
        taken.update(f.start for f in rates)
    if not out:
        return _branches_in_turn(ctx, sent)
    return out, taken
