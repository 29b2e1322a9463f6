"""How a figure is told: growth, counts, shared heads and formed series."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    DECLINE,
    ECONOMIC_COUNT,
    GROWTH_CUE,
    METRIC_HEAD,
    NOT_STATISTIC,
)
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import RecordContext, Span

#: What a sum of money followed by a noun measures (``投入1亿元以上财政专项资金``).
FUND_NOUN = re.compile(r"(?:专项资金|资金|基金)")


#: A fund set up, its size told first (``设立了规模20亿元的某某产业基金``, ``组建总规模50亿元的…基金``):
#: the metric is the fund's size (``某某产业基金规模``).
_FUND_SIZE_BEFORE = re.compile(r"(?:设立|成立|组建|发起设立|设)了?(?:总|首期)?规模$")
#: (or a pool of funds: ``设立规模5亿元的技改专项贷款风险补偿资金池``; a revolving fund for works' early
#: steps: ``设立规模5亿元的重点项目前期工作周转金``)
_FUND_NAMED_AFTER = re.compile(r"的(?P<fund>[\u4e00-\u9fff]{2,16}?(?:基金|资金池|周转金|周转资金))")


def _fund_size(ctx: RecordContext, f: Figure, c0: int) -> tuple[str, int, int] | None:
    """For a fund's size told before its name (see :data:`_FUND_SIZE_BEFORE`): ``…基金规模`` and its span."""
    if not ctx.text.startswith("规模", f.start - 2) or not _FUND_SIZE_BEFORE.search(ctx.text, c0, f.start):
        return None
    m = _FUND_NAMED_AFTER.match(ctx.text, f.end)
    return None if m is None else (m.group("fund") + "规模", m.start("fund"), m.end())


#: Words around a growth cue that name no subject (``同比``, ``比上年``).
_NO_SUBJECT_WORDS = re.compile(r"同比|比上年|较上年|比去年|较去年|全年|其中|增长|下降|增速|增幅|减少"
                               r"|增加|提高|回落|分别|为|达|[,，;；\s]")


def _other_subject(text: str, c0: int, cue: int, last: Record) -> bool:
    """True when the clause ``c0``–``cue`` before a growth names a subject of its own that the last
    sum's metric does not hold (``…重点项目完成投资650亿元以上,全社会固定资产投资增长8%``)."""
    words = _NO_SUBJECT_WORDS.sub("", text[c0:cue])
    metric = last.get("metric")
    return bool(words) and not (isinstance(metric, str) and (words in metric or metric.endswith(words)))


def _growth(ctx: RecordContext, c0: int, f: Figure) -> tuple[float, int] | None:
    """``(signed growth, cue start)`` when a percent figure is a change (增长/下降 Y%), else None."""
    if f.kind != "percent":
        return None
    cue = GROWTH_CUE.search(ctx.text[max(c0, f.start - 8):f.start])
    if f.change in ("increase", "decrease"):
        return (-1.0 if f.change == "decrease" else 1.0) * abs(float(f.value)), f.start
    if cue is None:
        return None
    sign = -1.0 if cue.group(1) in DECLINE else 1.0
    return sign * float(f.value), max(c0, f.start - 8) + cue.start()


#: What a sum measures, right after it (``千亿产值``, ``百亿税收``, ``五百亿营收``).
_SLOGAN_METRIC = re.compile(r"(?:年)?(?:产值|税收|营收|营业收入|销售收入|工业总产值)"
                            r"(?![\u4e00-\u9fff]{0,3}(?:增长|下降))")


#: Firms coming to talk or to look (``3家企业前来洽谈``, ``5家客商来此考察``) or attending an
#: event (``80余家企业代表参加活动``) or acting on its spot (``10家金融机构现场…``): talks and
#: guests, no statistic.
#: Right after firms counted: their signing to move into one park (``已有7家企业签约入驻``, ``就已经有3家
#: 企业签了入驻协议``): the tenants of the works told, no statistic.
_SIGNED_TO_MOVE_IN = re.compile(r"(?:已经?)?(?:签约|签了|签订了?|签署了?)入驻(?:协议|合同)?")
_COME_TO_TALK = re.compile(r"(?:前来|来此|来园区?)?(?:洽谈|考察|对接|接洽)"
                           r"|(?:代表|负责人)?(?:参加|出席|参会|与会|应邀|现场)")


#: After lenders counted: the projects or firms they sign with (``14家银行机构与42个项目现场签约``,
#: ``12家金融机构与31个重大项目签约``): the parties of a financing fair, no statistic (lenders signing
#: with firms not counted, ``4家金融机构与签约企业签订了融资合作意向``, stay one).
_LENDERS_SIGN_WITH = re.compile(r"(?<=银行|机构)(?:分别|现场)?(?:与|同|和)(?:首批)?\d+(?:个|家)"
                                r"[^，,。；;]{0,12}?(?:现场|集中|分别)?(?:签约|签订|签署)")


#: Partners a signing was made with (``与甲公司等3家企业签订投资协议``): the parties, no statistic.
_SIGN = re.compile(r"(?:分别)?(?:集中|正式|成功|现场)?(?:签订|签约|签署|达成|共签)")


#: A programme named by the firms it counts, in quotes (``实施“200家专精特新企业”培育工程``,
#: ``“50户外贸企业”倍增行动``): what is done to them and the firms are the metric.
_QUOTED_DRIVE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{0,8}?(?:企业|公司|商户|市场主体))[”\"]"
                           r"(?P<verb>培育|引育|招引|培优|提升|倍增|壮大|成长)(?:工程|行动|计划|专项行动)")


def _quoted_drive(ctx: RecordContext, f: Figure) -> re.Match[str] | None:
    """The programme whose quoted name opens with the count ``f`` (``“100家…企业”培育工程``)."""
    if f.kind != "count" or f.start == 0 or ctx.text[f.start - 1] not in "“\"" \
            or ctx.text[f.end - 1] not in "家户个":
        return None
    return _QUOTED_DRIVE.match(ctx.text, f.end)


_STAGE_MEASURE = re.compile(r"装机容量|装机规模|装机|产能|库容|面积|里程")


def _stage_measure(text: str, s0: int, pos: int) -> str | None:
    """The last measure word (``装机``, ``产能``) told in the sentence before ``pos``."""
    found = None
    for m in _STAGE_MEASURE.finditer(text, s0, pos):
        found = m
    return found.group() if found is not None else None


def _counted_noun(ctx: RecordContext, f: Figure, sent: Span) -> tuple[str, int, int] | None:
    """For a figure followed by what it measures (``新培育12家工业企业``, ``投入1亿元专项资金``):
    the metric phrase and its span."""
    if f.kind not in ("count", "money"):
        return None
    if (drive := _quoted_drive(ctx, f)) is not None:
        return drive.group("verb") + drive.group("noun"), drive.start("noun"), drive.end()
    c0 = ctx.clause_start(f.start, sent.start)
    c1 = ctx.clause_end(f.end, sent.end)
    if f.kind == "money" and (slogan := _SLOGAN_METRIC.match(ctx.text, f.end)) is not None:
        # ``建设“千亿产值、百亿税收”园区``: a goal's sum before what it measures
        return slogan.group(), slogan.start(), slogan.end()
    if f.kind == "money" and (fund := _fund_size(ctx, f, c0)) is not None:
        return fund
    noun = ECONOMIC_COUNT if f.kind == "count" else FUND_NOUN
    # ``5亿元规模的某某产业发展专项基金``: a fund's long name after its size
    reach = 22 if f.kind == "money" and ctx.text.startswith("规模的", f.end) else 14
    m = noun.search(ctx.text, f.end, min(c1, f.end + reach))
    if f.kind == "count" and ctx.text.startswith("与", f.start - 1) and f.start - 1 >= c0:
        return None  # ``与3家企业就…进行了洽谈``: the parties to talks, no statistic
    if m is None or NOT_STATISTIC.search(ctx.text, c0, m.end()) or "项目" in ctx.text[f.end:m.end()] \
            or _COME_TO_TALK.match(ctx.text, m.end()) or _SIGNED_TO_MOVE_IN.match(ctx.text, m.end()) \
            or (_SIGN.match(ctx.text, m.end()) and "与" in ctx.text[c0:f.start]) \
            or _LENDERS_SIGN_WITH.match(ctx.text, m.end()):
        return None
    s = c0
    lead = METRIC_HEAD.match(ctx.text[s:f.start])
    s += lead.end() if lead else 0
    if ctx.text.startswith("等", f.start - 1) and f.start - 1 > s:
        # 培育甲公司、乙公司等10家企业: the firms named are examples, not part of what is counted;
        # the verb before them stays (培育企业)
        verbs = list(_EXAMPLES_AFTER.finditer(ctx.text, s, f.start - 1))
        v = verbs[-1] if verbs else None  # the last one
        head = v.group() if v is not None else ""
        return head + ctx.text[f.end:m.end()], (v.start() if v is not None else f.end), m.end()
    if f.start - s > 10:
        s = f.start - 10
    return ctx.text[s:f.start] + ctx.text[f.end:m.end()], s, m.end()


#: A verb naming what was done to the firms listed after it, before ``等`` and their count
#: (``培育甲、乙等10家企业``): the last one in the clause.
_EXAMPLES_AFTER = re.compile(r"培育|引进|引育|招引|新增|新引进|服务|帮助|帮扶|扶持|支持|认定|指导|"
                             r"推动|推荐|组织|吸引|带动")


#: A count whose noun the next parallel item gives
#: (``培育甲等4个产值超10亿元、乙等5个产值超20亿元的骨干企业``): its own qualifier, then the other
#: item, then the head they share.
_PARALLEL = re.compile(r"(?P<own>[^、，,。；;\d]{0,4}?[^、，,。；;]{2,12}?)、[^、，,。；;]{1,12}?等"
                       r"(?:\d+|[一二三四五六七八九十]+)个[^，,。；;]{2,14}?的"
                       r"(?P<noun>[\u4e00-\u9fff]{0,6}?(?:企业|公司|园区|基地))(?=[，,。；;]|$)")


def _shared_head(ctx: RecordContext, f: Figure, c0: int) -> tuple[str, int, int] | None:
    """The metric of a count whose noun is shared with the next item (see :data:`_PARALLEL`): the
    verb before the examples, the count's own qualifier and the shared noun."""
    m = _PARALLEL.match(ctx.text, f.end)
    if m is None:
        return None
    verbs = list(_EXAMPLES_AFTER.finditer(ctx.text, c0, f.start))
    head = verbs[-1].group() if verbs else ""
    return f"{head}{m.group('own')}的{m.group('noun')}", m.start("own"), m.end("noun")


#: A part of a total just given, counted before what it is (``其中21宗为“标准地”出让``,
#: ``其中12家为外资企业``): the metric follows ``为`` and closes the clause.
_PART_LEAD = re.compile(r"(?:其中|内含|包括)[,，]?$")


_PART_IS = re.compile(r"为[“\"‘]?(?P<m>[\u4e00-\u9fff]{1,8}[”\"’]?[\u4e00-\u9fff]{0,6}?)(?=[,，。;；]|$)")


#: A supply formed for a place (``为某市形成年100万头商品猪出栏量，3万吨肉类制品…的市场供给能力``):
#: a goal written quantity first, the noun it measures after it.
_FORMED_FOR = re.compile(r"为[\u4e00-\u9fff]{2,8}?(?:形成|提供|新增)")


#: One item of such a series: ``年``, the quantity, what it measures, then the next item's
#: separator, or the head the series shares (``…的市场供给能力``), or the clause's end.
_SERIES_ITEM = re.compile(r"(?P<year>年)?(?P<q>\d+(?:\.\d+)?(?:万|千|亿)?"
                          r"(?:千瓦时|千瓦|兆瓦|吨|头|平方米|立方米|亩|辆|件|标箱|只|羽))(?P<n>[\u4e00-\u9fff]{2,10}?)"
                          r"(?:(?P<sep>[,，、]|和|及)(?=年?\d)|的(?P<head>[\u4e00-\u9fff]{2,8}?)(?=[,，。；;]|$)"
                          r"|(?=[,，。；;]|$))")


#: The measure at the end of such a noun (``商品猪出栏量``): a yearly figure puts ``年`` before it.
_MEASURE_END = re.compile(r"(?:出栏量|存栏量|产量|销量|供应量|加工量|吞吐量|出货量|交易量|产能)$")


#: The last word of a shared head (``市场供给能力`` → ``供给能力``).
_HEAD_WORD = re.compile(r"[\u4e00-\u9fff]{2}(?:能力|规模|水平)$")


def _formed_series(ctx: RecordContext, f: Figure, sent: Span) -> tuple[str, int, int] | None:
    """For a quantity in a series of supplies a goal forms for a place (``为某市形成年100万头商品猪
    出栏量，3万吨肉类制品，4万吨果蔬产品的市场供给能力``): the metric the item measures and its span.

    The item's noun, with ``年`` put before its measure when the series says the figures are yearly
    (``商品猪年出栏量``), else with the shared head's last word (``果蔬产品供给能力``)."""
    cue = None
    for found in _FORMED_FOR.finditer(ctx.text, sent.start, f.start):
        cue = found  # the last one before the figure
    if cue is None:
        return None
    items: list[re.Match[str]] = []
    pos = cue.end()
    while (m := _SERIES_ITEM.match(ctx.text, pos, sent.end)) is not None:
        items.append(m)
        if not m.group("sep"):
            break
        pos = m.end()
    mine = next((m for m in items if m.start("q") == f.start), None)
    if mine is None:
        return None
    metric = mine.group("n")
    if NOT_STATISTIC.search(metric) or "项目" in metric:
        return None
    measure = _MEASURE_END.search(metric)
    head = items[-1].group("head")
    if measure is not None and items[0].group("year"):
        metric = f"{metric[:measure.start()]}年{metric[measure.start():]}"
    elif measure is None and head:
        word = _HEAD_WORD.search(head)
        metric += word.group() if word else head
    return metric, mine.start("n"), mine.end("n")


def _count_is(ctx: RecordContext, f: Figure, c0: int) -> tuple[str, int, int] | None:
    """For a count right after ``其中`` followed by ``为`` and what it counts (``其中21宗为“标准地”
    出让``): the metric (quotes left out) and its span."""
    if not _PART_LEAD.fullmatch(ctx.text, c0, f.start):
        return None
    m = _PART_IS.match(ctx.text, f.end)
    if m is None or NOT_STATISTIC.search(m.group("m")) or "项目" in m.group("m"):
        return None
    return re.sub(r"[“”\"‘’]", "", m.group("m")), m.start("m"), m.end("m")


#: Firms picked out of those just named, then what they did (``新落户的企业中有12家直接租用标准化厂房
#: 投产``): the count of firms that did it.
_FIRMS_AMONG = re.compile(r"(?:企业|公司)中(?:有|共有)?$")


_FIRMS_DID = re.compile(r"(?:直接|已|均|先后|率先)?"
                        r"(?P<m>(?:租用|租赁|入驻|购买|使用|实施|开展|完成|建成|通过|获得|获评)"
                        r"[\u4e00-\u9fff“”]{2,12})(?=[，,。；;]|$)")


def _firms_among(ctx: RecordContext, f: Figure, c0: int) -> tuple[str, int, int] | None:
    """For a count of firms out of those named right before it (``…的企业中有12家租用厂房投产``):
    what they did with ``企业``, and its span."""
    if f.kind != "count" or f.unit not in ("家", "户") or not _FIRMS_AMONG.search(ctx.text, c0, f.start):
        return None
    m = _FIRMS_DID.match(ctx.text, f.end)
    if m is None or NOT_STATISTIC.search(m.group("m")) or "项目" in m.group("m"):
        return None
    return re.sub(r"[“”]", "", m.group("m")) + "企业", m.start("m"), m.end("m")


def _restates(before: Figure | None, f: Figure) -> bool:
    """True when ``f`` is the exact figure of a rounded one just given (``突破百亿元,达到108.7亿元``)."""
    return before is not None and before.kind == f.kind == "money" and before.qualifier != "exact" \
        and f.qualifier == "exact"


#: The label of a project's content in a list item or card (``建设内容：``, ``建设规模:``).
_CONTENT_LABEL = re.compile(r"(?:主要)?(?:建设内容|建设规模|项目内容|主要内容)(?:及规模)?\s*[:：]")


def _content_label_end(text: str, sent: Span) -> int | None:
    """Where a project's content label before or in ``sent`` on its line ends: the figures after
    it describe that project, no region's statistics."""
    lo = text.rfind("\n", 0, sent.start) + 1
    if text.find("内容", lo, sent.end) < 0 and text.find("规模", lo, sent.end) < 0:
        return None
    m = _CONTENT_LABEL.search(text, lo, sent.end)
    return m.start() if m is not None else None


#: Public sites counted first, then told all built (``某镇、某镇等8处镇级全民健身广场已全部建成``,
#: ``12个村级文化广场均已建成``): the sites the place gained, counted.
_SITES_BUILT = re.compile(r"(?P<n>[\u4e00-\u9fff]{0,10}?(?:广场|公园|游园|绿道|驿站|书屋|球场|体育场|体育公园"
                          r"|健身路径|卫生室|卫生院|幸福院|养老服务中心|日间照料中心|长者食堂|充电站))"
                          r"(?:已经?|均已|都已|已全部|全部|均)(?:建成|完工)(?:投用|投入使用|开放)?"
                          r"(?=[，,。；;]|$)")


def _sites_built(ctx: RecordContext, f: Figure, c0: int) -> tuple[str, int, int] | None:
    """For a count of public sites then ``已全部建成`` (see :data:`_SITES_BUILT`) opening its clause
    or after the places named as examples (``甲镇、乙镇等``): ``建成`` and the sites, and their span.
    A count after a works' name (``该项目3处广场已建成``) or of projects stays none."""
    if f.kind != "count" or f.unit not in ("处", "个", "座", "所"):
        return None
    m = _SITES_BUILT.match(ctx.text, f.end)
    if m is None or "项目" in m.group("n"):
        return None
    before = ctx.text[c0:f.start]
    lead = METRIC_HEAD.match(before)
    before = before[lead.end():] if lead else before
    if before and not before.endswith("等"):
        return None
    return "建成" + m.group("n"), m.start("n"), m.end("n")
