"""Which metric a figure measures, and the names that are not a region's statistic."""

from __future__ import annotations

import re

from newsmill.core.model import Document, Record
from newsmill.plugins.extract_indicators.patterns import (
    _CLASSES,
    _DONE_CLASS_BEFORE,
    _TOP_LIST_BEFORE,
    DECLINE,
    METRIC_HEAD,
    SAME_PERIOD_GROWTH,
    VISITOR_ORIGIN,
)
from newsmill.zh.cues import alternation
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import RecordContext, Span
from newsmill.zh.tables import may_be_table, plain_table_spans

GROWTH_WORDS = ("同比增长", "比上年增长", *SAME_PERIOD_GROWTH, "增长", "增速", "提高", "上涨", "下跌",
                *DECLINE)


GROWTH_TAIL = re.compile("(?:" + alternation(*GROWTH_WORDS) + ")$")


METRIC_TAIL_WORDS = ("达到", "达", "为", "共", "实现", "完成", "突破", "超过", "累计", "约", "近", "超", "逾",
                     "合计", "总计", "共计", "同比", "分别", "已", "是",
                     # a bound of a goal (``开工率不低于60%``): the figure's qualifier, no word of its metric
                     "不低于", "不少于", "至少", "不超过", "不高于",
                     # a level a goal holds (``履约率保持在90%以上``, ``稳定在``): no word of its metric
                     "保持在", "稳定在",
                     # a level a goal climbs to (``工业总产值迈上百亿元台阶``)
                     "迈上", "迈入", "跨上", "站上")


#: Each pattern below opens with a lookahead on the first characters it can start with: the
#: regex engine then skips every other position at once (what they match does not change).
METRIC_TAIL = re.compile("(?=[" + "".join(sorted({w[0] for w in METRIC_TAIL_WORDS})) + "])"
                         "(?:" + alternation(*METRIC_TAIL_WORDS) + ")+$")


#: The last characters of the words :data:`METRIC_TAIL` and :data:`GROWTH_TAIL` strip (and the line end
#: their ``$`` also matches before): where a text ends otherwise, they leave it as it is.
_METRIC_TAIL_LAST = frozenset({w[-1] for w in METRIC_TAIL_WORDS} | {"\n"})


_GROWTH_TAIL_LAST = frozenset({w[-1] for w in GROWTH_WORDS} | {"\n"})


#: Parks set up or to be built (``挂牌运营``, ``新建``, ``共建``): works, not a state counted
#: (``全市省级以上工业园区达到9个`` stays a statistic).
PARKS_SET_UP = re.compile(r"新建|共建|建设|打造|设立|创建|挂牌|揭牌|开园")


def _parks_set_up(ctx: RecordContext, c0: int, at: int, sent: Span) -> bool:
    """Whether the clause of a count of parks at ``at`` tells them set up or to be built."""
    return PARKS_SET_UP.search(ctx.text, c0, ctx.clause_end(at, sent.end)) is not None


#: The same written verb first (``确保全年完成重点项目投资530亿元以上``): the metric after ``完成``.
CLASS_DONE_INVESTMENT = re.compile(rf"{_CLASSES}投资$")


def _class_done_first(text: str, metric: str, m0: int) -> bool:
    """True for a class's investment written verb first (``完成重点项目投资``, metric from ``m0``)."""
    return CLASS_DONE_INVESTMENT.search(metric) is not None \
        and _DONE_CLASS_BEFORE.search(text, max(0, m0 - 11), m0 + len(metric) - 4) is not None


_CLASS_RE = re.compile(_CLASSES)


def _class_counted(text: str, lo: int, hi: int) -> str | None:
    """The last class of projects the sentence counted before ``hi`` (``实施亿元以上重点项目318个``),
    or named by their number (``十大重点项目``: the list's name says how many it holds)."""
    found = None
    for m in _CLASS_RE.finditer(text, lo, hi):
        found = m
    if found is None:
        return None
    if re.match(r"\d+个", text[found.end():found.end() + 6]):
        return found.group()
    top = _TOP_LIST_BEFORE.search(text, max(lo, found.start() - 4), found.start())
    return text[top.start():found.end()] if top is not None else None


#: A growth's clause naming the sum before by its scale (``已发行到位49.8亿元，支持项目63个，发行规模同比增长
#: 27.6%``): the growth of that sum.
_SCALE_OF_LAST = re.compile(r"(?:其)?[\u4e00-\u9fff]{0,2}(?:规模|总量)(?:同比|比上年|较上年|较去年)?"
                            r"(?:增长|下降|增加|减少)?")


def _scale_of(text: str, c0: int, g0: int, last: Record) -> bool:
    """True when the growth's clause (``c0`` to its cue at ``g0``) names the sum before by its scale,
    the word before ``规模`` (if any) taken from that sum's metric (``发行规模`` of ``已发行到位``)."""
    m = _SCALE_OF_LAST.fullmatch(text, c0, g0)
    if m is None:
        return False
    head = text[c0:text.find("规模", c0, g0) if text.find("规模", c0, g0) >= 0 else c0].lstrip("其")
    return not head or head in str(last.get("metric"))


def _used_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of figures the batches and projects took, and the project tables of the page (a row's
    content, ``新建雨水管网96公里``, tells its project's works, no statistic of a place)."""
    spans: list[tuple[int, int]] = []
    text = doc.text
    if ("序号" in text or "项目名称" in text) and may_be_table(text):
        spans.extend(plain_table_spans(text))
    for r in doc.records:
        if r.kind == "batch":
            for name in ("count", "total_cny"):
                if name in r.fields:
                    spans.extend((e.start, e.end) for e in r.fields[name].evidence)
        elif r.kind == "project":
            for name in ("name", "investment_cny", "annual_output_cny", "capacity", "area", "jobs"):
                if name in r.fields:
                    spans.extend((e.start, e.end) for e in r.fields[name].evidence)
    return spans


#: Project names that are plants (a line, a works, a base), not ``项目`` (which the sentence's own
#: words already tell: :data:`PROJECT_SUBJECT`).
_PLANT_END = re.compile(r"(?:生产线|产线|工厂|车间|基地)$")


#: Between a plant and a figure: a new subject (a region's whole, a semicolon) ends the plant's clauses;
#: so does an investment of a whole economy, which no plant has (``加快推进甲基地建设,力争全年能源工业
#: 投资突破430亿元``).
_NEW_SUBJECT = re.compile(r"[；;]|全[省市县区镇乡]|规上|规模以上|我[省市县区]"
                          r"|(?:工业|固定资产|制造业|民间)投资")


def _plant_names(doc: Document) -> list[tuple[int, int]]:
    """Spans of the names of projects that are plants (``…生产线``, ``…工厂``)."""
    return sorted((e.start, e.end) for r in doc.records if r.kind == "project" and "name" in r.fields
                  and _PLANT_END.search(r.get("name") or "") for e in r.fields["name"].evidence)


def _project_names(doc: Document) -> list[tuple[int, int]]:
    """Spans of the names of every project found."""
    return sorted((e.start, e.end) for r in doc.records if r.kind == "project" and "name" in r.fields
                  for e in r.fields["name"].evidence)


#: What a works plans to bring in, right before the count (``计划引进配套企业30家``, ``拟引进…``).
_PLANS_TO_BRING = re.compile(r"(?:计划|拟|将|预计)(?:引进|引入|招引)[^，,。；;]{0,16}$")


def _works_plan(ctx: RecordContext, projects: list[tuple[int, int]], sent: Span, at: int) -> bool:
    """True when the count at ``at`` is what a project named before it in the sentence plans to bring
    in (``甲产业园二期开工，规划用地1200亩，计划引进配套企业30家``): the works' plan, no statistic."""
    c0 = ctx.clause_start(at, sent.start)
    return _PLANS_TO_BRING.search(ctx.text, c0, at) is not None \
        and any(sent.start <= s and e <= c0 for s, e in projects)


def _plant_subject(ctx: RecordContext, plants: list[tuple[int, int]], sent: Span, at: int) -> bool:
    """True when a plant named earlier in the sentence is the subject of the figure at ``at``
    (``某某电子的甲生产线去年9月竣工投产，今年一季度…实现产值3.2亿元``): no new subject between."""
    return any(sent.start <= s and e <= at and _NEW_SUBJECT.search(ctx.text, e, at) is None
               for s, e in plants)


#: Plan words right after the place heading a metric (``某县将力争全年…``), with the year word after.
_PLAN_HEAD = re.compile("^(?:将|力争|争取|确保|我们)+(?:全年|今年)?")


def _metric(ctx: RecordContext, c0: int, f: Figure) -> tuple[str, int, int]:
    full, end = ctx.text, f.start
    k = max(full.rfind("、", c0, end), full.rfind("(", c0, end), full.rfind("（", c0, end))
    if k >= 0 and ctx.text[k] in "(（" and _closed_note(ctx.text, k, f.start):
        k = ctx.text.rfind("、", c0, k)  # 固定资产投资（不含农户）同比增长: the note is no metric start
    if k >= 0 and full[k] == "、" and _PAIRED_NOUN.fullmatch(full, k + 1, end):
        k0 = full.rfind("、", c0, k)
        if not _DIGIT.search(full, k0 + 1 if k0 >= 0 else c0, k):
            k = k0  # 申报各类补贴、奖励450万元: the pair of nouns is the metric (not 用地16宗、面积…)
    b = max(full.rfind("）", c0, end), full.rfind(")", c0, end))
    if b > k and _CREDIT_NOTE.search(full, max(c0, k + 1), b) is not None:
        k = b  # 某网讯（记者 某某 通讯员 某某）“一季度工业投资增长…: the byline is no part of the metric
    q = full.rfind("“", c0, end)
    if q > k and full.find("”", q, end) < 0:
        k = q  # …说：“工业投资增长…: the metric opens inside the quote
    c0 = k + 1 if k >= 0 else c0
    while c0 < f.start and not (ctx.text[c0].isalnum()):
        c0 += 1
    text = ctx.text[c0:f.start]
    # (each tail pattern only where the text ends in what it can end in: most metrics do not)
    if text[-1:] in _METRIC_TAIL_LAST:
        text = METRIC_TAIL.sub("", text)
    if text[-1:] in _GROWTH_TAIL_LAST:
        text = GROWTH_TAIL.sub("", text)
    if text[-1:] in _METRIC_TAIL_LAST:
        text = METRIC_TAIL.sub("", text)
    text = _NOTE_TAIL.sub("", text)
    if text[-1:] == "年":
        text = _YEAR_WORD_TAIL.sub("", text)  # 有色金属产业产值去年达到…: the year is the period
    lead = METRIC_HEAD.match(text)
    s = c0 + (lead.end() if lead else 0)
    e = c0 + len(text)
    if e - s > 24:
        s = e - 24
    s0, s = s, _past_period_and_place(ctx, s, e)
    if s > s0 and (again := _PLAN_HEAD.match(ctx.text[s:e])) is not None:
        s += again.end()  # 某县将力争全年接待游客…: the plan words after the place are no metric
    metric = ctx.text[s:e]
    if "实现" in metric or "完成" in metric:  # what _DONE_VERB needs
        metric = _DONE_VERB.sub("", metric)
    if (firms := _FIRMS_HELPED.search(metric)) is not None \
            and (metric[firms.start()] == "等" or ctx.text[s - 1:s] == "、"):
        force = _task_force_before(ctx.text, s)
        if force is not None:  # 某产业专班为甲、乙等企业协调融资: what the task force did for firms
            metric = force + metric[firms.end():]
    return metric, s, e


#: A byline's roles inside the brackets before a figure (``（记者 某某 通讯员 某某）``).
_CREDIT_NOTE = re.compile(r"记者|通讯员|实习生|见习记者")


#: A year word between a metric and its verb (``产值去年达到``, ``营收今年有望突破``): the period, no
#: part of the metric.
_YEAR_WORD_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:去年|今年|上年|前年)$")


#: Firms a statement names by example or by kind before what was done for them (``甲、乙等企业协调
#: 融资``, ``挂面、预制菜企业协调融资``).
_FIRMS_HELPED = re.compile(r"等?(?=(?:企业|公司)[\u4e00-\u9fff]{2})")


#: A task force opening a statement (``某某产业链专班为…``, ``绿色家居产业专班搭建…``).
_TASK_FORCE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[县区市])?(?P<tf>[\u4e00-\u9fff]{2,10}?专班)")


#: How far back a statement's opening is looked for.
_STATEMENT_REACH = 80


def _task_force_before(text: str, pos: int) -> str | None:
    """The task force opening the statement (after the last ``。；;`` or line break) that holds ``pos``."""
    lo = max(0, pos - _STATEMENT_REACH)
    k = max(text.rfind(c, lo, pos) for c in "。；;\n")
    if k < 0:
        return None
    m = _TASK_FORCE.match(text, k + 1, pos)
    return m.group("tf") if m is not None else None


_DIGIT = re.compile(r"\d")


#: A one-word noun after ``、`` right before a figure (``补贴、奖励450万元``): the second of a pair.
_PAIRED_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")


#: A verb between a sector and its measure (``铝产业实现产值``, ``全县完成营业收入``): no part of it
#: (``可实现年产值`` stays: what projects could yield is no statistic, see NOT_STATISTIC).
_DONE_VERB = re.compile(r"(?:(?<=\w)(?<![可将能])|^)(?:实现|完成)"
                        r"(?=(?:年)?(?:产值|增加值|营业收入|营收|销售收入|主营业务收入|利润|税收)$)")


#: A period heading a metric (``2023年``, ``1-5月``, ``一季度``, ``上半年``, ``前10个月``).
_HEAD_PERIOD = re.compile(r"(?:\d{4}年)?(?:\d{1,2}(?:-|—|至)\d{1,2}月|\d{1,2}月"
                          r"|[前首](?:\d{1,2}|[两三四五六七八九十]|十[一二])个月"
                          # (a month in numerals with 份, ``十月份``; Hong Kong and Macao quarters without
                          # 度: ``首三季``, ``第三季``)
                          r"|(?:十[一二]?|[一二三四五六七八九])月份"
                          r"|(?:前三|第?[一二三四])季度|[前首][两二三]季(?!度)|第[一二三四]季(?!度)|[上下]半年)?")


def _past_period_and_place(ctx: RecordContext, s: int, e: int) -> int:
    """Start of a metric past the period and the place heading it (``2023年平果市铝产业产值``):
    the period and the region are fields of their own."""
    m = _HEAD_PERIOD.match(ctx.text, s, e)
    pos = m.end() if m else s
    for p in ctx.mentions_in("places", pos, pos + 1):
        if p.start == pos and e - p.end >= 2 and not VISITOR_ORIGIN.match(ctx.text, p.end):
            pos = p.end  # (not the visitors' origin: ``香港旅客``, the metric)
    if pos == s:
        return s
    lead = METRIC_HEAD.match(ctx.text, pos, e)
    pos = lead.end() if lead else pos
    return pos if e - pos >= 2 else s


#: A bracketed note closing a metric (``（不含农户）``).
_NOTE_TAIL = re.compile(r"[(（][^()（）]{1,12}[)）]$")


def _share_of(subject: str, metric: str) -> str:
    """The share the statistic just given is of a whole (``产值…，占全市工业总产值的72%``):
    ``产值占工业总产值比重``; a scope word (全市) in the whole is left out."""
    whole = re.sub(r"^占(?:全[省市县区]|我[省市县区])?", "", metric)
    whole = re.sub(r"的?比重$", "", whole).removesuffix("的")  # 占全县…产值的比重达到41%
    if not whole:  # 总量占全市的26.5%: a share of the same measure of the wider region
        whole = re.sub(r"^占|的?比重$|的$", "", metric)
    return f"{subject}占{whole}比重"


def _bare_share(text: str, records: list[Record], last: Record) -> str:
    """The metric of a bare share (``占比达到88.9%``) after a part given with ``其中`` (``完成固定资产
    投资42.3亿元，…，其中工业投资37.6亿元，占比…``): the part's share of the whole before it
    (``工业投资占固定资产投资比重``); without such a whole, ``工业投资占比``."""
    part = str(last.get("metric"))
    at = records.index(last) if last in records else -1
    if at >= 1 and "value" in last.fields and "value" in records[at - 1].fields:
        a = records[at - 1].fields["value"].evidence[0].end
        b = last.fields["value"].evidence[0].start
        if 0 <= b - a <= 40 and text.find("其中", a, b) >= 0:
            whole = _WHOLE_VERB.sub("", str(records[at - 1].get("metric")))
            if whole and whole != part:
                return f"{part}占{whole}比重"
    return f"{part}占比"


#: Verbs a metric may open with (``完成固定资产投资``): no part of the whole a share is of.
_WHOLE_VERB = re.compile(r"^(?:全年|累计)?(?:完成|实现|达到)")


def _closed_note(text: str, k: int, end: int) -> bool:
    """The bracket opened at ``k`` closes before ``end``, within a short note."""
    close = max(text.find(")", k, end), text.find("）", k, end))
    return 0 < close - k <= 13


#: A clause telling how much of some works a place built, closing right before a bare ``完成投资``
#: (``新改建农村公路412公里，``, ``改造燃气、供水等老旧管网126公里，``): the verb, the works and the
#: measure.
_WORKS_MEASURED = re.compile(r"(?:新改建|新建|改扩建|改建|改造|提升改造|铺设|修复|整治)"
                             r"(?P<works>[\u4e00-\u9fff、]{2,16}?)\d+(?:\.\d+)?(?:万|千)?(?:公里|千米|座|条|处|平方米)[，,]$"
                             # (estates renewed with the households they hold: ``改造城镇老旧小区86个、惠及
                             # 居民9420户，完成投资5.7亿元``)
                             r"|(?:改造|改建|提升改造)(?P<estates>[\u4e00-\u9fff]{0,4}老旧小区)\d+个"
                             r"(?:、[\u4e00-\u9fff]{2,6}\d+(?:\.\d+)?万?户)?[，,]$")


def _works_spent(text: str, lo: int, c0: int) -> str | None:
    """The works a place built, told in the clause just before ``c0`` (from ``lo``), whose spending a
    bare ``完成投资`` then gives (``新改建农村公路412公里，完成投资5.3亿元``: ``农村公路``); the last of
    listed works (``燃气、供水等老旧管网``: ``老旧管网``).  None when the clause names a project or a
    works of its own (``该工程新建道路5公里``: the works' own progress)."""
    m = _WORKS_MEASURED.search(text, max(lo, c0 - 30), c0)
    if m is None or re.search(r"项目|工程|[该此]", text[lo:c0]):
        return None
    if m.group("estates"):
        return m.group("estates")
    works = re.split(r"[、等]", m.group("works"))[-1]
    return works if len(works) >= 2 else None
