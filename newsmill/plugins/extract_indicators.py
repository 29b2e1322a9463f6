"""Extractor ``extract-indicators``: statistics with a number (output, investment, counts, growth).

A statistic is a figure that closes its clause after a metric phrase
(``…实现工业产值70.73亿元``, ``新培育规上企业6户``, ``出口增长4%``).
Figures already used by batches or projects (totals, investments,
capacities, counts of projects) are skipped.  Fields: ``region``,
``metric``, ``period``, ``value`` (base units: yuan for money with unit
``CNY``; counts written out with their counter as unit; physical quantities
with the printed magnitude in the unit; shares and rates in ``%``),
``unit``, ``growth_pct`` (from a following ``同比增长Y%``, or the value
itself for a growth-only statistic), ``status`` (actual/target).
"""

from __future__ import annotations

import re
import weakref
from typing import Any

import attrs

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record
from newsmill.zh.abroad import park_abroad_subject
from newsmill.zh.article_layout import is_field_line
from newsmill.zh.bylines import OWN_DATELINE
from newsmill.zh.cues import alternation
from newsmill.zh.dates import month_of
from newsmill.zh.figures import Figure, number
from newsmill.zh.pageyear import read_page_year
from newsmill.zh.readable import readable
from newsmill.zh.recctx import (
    ITEM_HEAD_NAME,
    SCOPE_RE,
    RecordContext,
    Span,
    SpanSet,
    context_of,
    place_name,
    prose_items,
)
from newsmill.zh.tables import is_figures_row

#: A round level climbed to, right after its figure (``迈上百亿元台阶``, ``突破千亿元大关``).
_CLIMBED_TO = re.compile(r"(?:的)?(?:台阶|大关|关口)")
#: What may close a figure's clause; a level climbed to closes it too (``迈上百亿元台阶。``,
#: ``突破千亿元大关``).
CLAUSE_TAIL = re.compile(r"(?:以上|左右|余|多)?(?:[,，。;；、:：!！?？()（）…]|[和及与](?=\d)|$"
                         r"|(?:的)?(?:台阶|大关|关口)(?=[,，。;；]|$))")
DECLINE = ("同比下降", "比上年下降", "比上年同期下降", "比去年同期下降", "较上年同期下降", "下降", "降低",
           "回落")
#: Growth on the same period of last year, written out (``比上年同期增长5.3%``).
SAME_PERIOD_GROWTH = ("比上年同期增长", "比去年同期增长", "较上年同期增长", "较去年同期增长")
GROWTH_CUE = re.compile("(" + alternation("同比增长", "比上年增长", *SAME_PERIOD_GROWTH, "增长", "增速达到",
                                          "增速达", "增速为", "增速", "提高", *DECLINE)
                        + ")(?:了|达到|达|为|约)?$")
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
METRIC_HEAD = re.compile("^(?:" + alternation(
    "其中", "全年", "全月", "今年以来", "今年", "去年", "目前", "截至目前", "截至", "据悉", "据统计", "同时",
    "此外",
    "另外", "累计", "全市", "全省", "全县", "全区", "实现", "完成",
    # a speaker's goal (``我们将力争全年完成固定资产投资…``)
    "我们", "将", "力争", "争取", "确保", "预计",
    # a goal's verb (``推动县域工业总产值迈上…``)
    "推动")
    + "|" + OWN_DATELINE  # a dateline's ``本报讯``
    + "|[一二三四五六七八九十]是)+")  # a task in a list (``一是全县规上工业增加值增长9%``)
PERIOD_RE = re.compile(r"(?=[\d一二三四上前])(?:(\d{4})年(?:(\d{1,2})(?:-|—|至)?(\d{1,2})?月)?"
                       r"|(\d{1,2})(?:-|—|至)(\d{1,2})月|(一|二|三|四)季度|上半年|前三季度)")
#: Visiting firms or receiving guests, before a count in its clause: work done, no statistic.
_VISITS = re.compile(r"走访|拜访|接待(?![\u4e00-\u9fff]{0,4}?(?:游客|旅客))|来访")
SKIP_BEFORE = re.compile(r"(给予|一次性)[^,，。]{0,6}$"
                         # a reward per firm meeting a condition (``对年产值首次突破10亿元的企业奖励50万元``)
                         r"|对[^,，。；;]{2,30}?(?:企业|项目|个人|人才|团队|单位|商户|合作社|经营主体)(?:分别)?"
                         r"(?:最高)?(?:奖励|补贴|补助|奖补)(?:资金)?(?:最高)?$")
MIN_METRIC = 3
#: Between a statistic's figure and the next, a year's goal with its metric left out
#: (``…去年达到156亿元，今年力争突破170亿元``): the same statistic, aimed at.
_YEAR_GOAL_GOES_ON = re.compile(r"[,，]\s*(?:今年|明年|全年)(?:将)?(?:力争|争取|确保|预计)"
                                r"(?:达到|突破|超过|实现)?")
#: Two-character metrics that name a statistic on their own (``其中出口15.8亿元``).
SHORT_METRICS = ("出口", "进口", "产量", "营收", "税收", "利润", "销量", "产值")
#: The farm households a place's industry brings along (``某某产业带动农户1.2万户``): a statistic of the
#: place, though what one works brings (``带动周边农户600余户``) is none.
INDUSTRY_FARMS = re.compile(r"产业带动[\u4e00-\u9fff]{0,4}?农户$")
#: Counts are statistics only when they count economic units.
ECONOMIC_COUNT = re.compile(alternation(
    "企业", "公司", "商户", "经营户", "个体户", "市场主体", "机构", "客户", "园区", "产品", "专利", "商标",
    "品牌", "工厂", "门店", "网点", "游客", "人次", "就业", "岗位", "员工", "从业", "合作社",
    "家庭农场", "车辆", "户数", "用户", "会员单位", "用地", "土地", "地块", "人口",
    # lodging and the villages a collective economy is counted by (``民宿客房1.2万间``,
    # ``年经营性收入10万元以上的村达到126个``)
    "民宿", "客房", "农家乐", "床位", "以上的村", "以上的行政村")
    # livestock farms added (``新增肉牛养殖户150户``), not households paid or helped (``向受灾的56户养殖户``);
    + r"|新增[\u4e00-\u9fff]{0,6}养殖户$"
    # workers recruited for the firms (``帮助招聘技术工人1300余名``), not workers at a site (``200多名工人``)
    + r"|(?:招聘|招收|招用|输送)[\u4e00-\u9fff]{0,6}?(?:工人|技工)"
    + "|" + INDUSTRY_FARMS.pattern)
#: Parks or zones themselves counted (``3个合作园区``, ``新建飞地园区2个``): works set up, no statistic
#: (the firms they hold are one: ``园区入驻企业27家``).
PARKS_COUNTED = re.compile(r"(?:园区|产业园|合作园|工业园|开发区|高新区|经开区|飞地)$")
#: Parks set up or to be built (``挂牌运营``, ``新建``, ``共建``): works, not a state counted
#: (``全市省级以上工业园区达到9个`` stays a statistic).
PARKS_SET_UP = re.compile(r"新建|共建|建设|打造|设立|创建|挂牌|揭牌|开园")


def _parks_set_up(ctx: RecordContext, c0: int, at: int, sent: Span) -> bool:
    """Whether the clause of a count of parks at ``at`` tells them set up or to be built."""
    return PARKS_SET_UP.search(ctx.text, c0, ctx.clause_end(at, sent.end)) is not None


#: What a sum of money followed by a noun measures (``投入1亿元以上财政专项资金``).
FUND_NOUN = re.compile(r"(?:专项资金|资金|基金)")
#: Phrases of project attributes and of non-economic counts (not a share of the region's output,
#: ``占地区生产总值的比重``, nor the visitors a place received, ``接待游客…万人次``).
NOT_STATISTIC = re.compile(r"(?!占地区|接待[\u4e00-\u9fff]{0,4}?(?:游客|旅客))(?:" + alternation(
    "拟投资", "将投资", "将投入", "项目总投资", "工程总投资", "年度计划投资", "年度投资计划", "预计总投资",
    # one party's outlay (``某公司斥资6.5亿港元``), an amount restated in yuan (``折合人民币约5.9亿元``),
    # the contract of one works (``工程合同金额约7.8亿元``)
    "斥资", "折合", "工程合同",
    "投资规模",
    "估算", "占地", "用地", "解决就业",
    "带动就业", "达产后", "可实现", "可容纳", "可吸纳", "可提供", "可带动", "届时", "建成后", "投产后",
    # the same in speech (``到时候能解决四百多人就业``), and a way told by its length (``往东二十多公里``)
    "到时候", "能解决", "能带动", "能提供", "能到", "能达到", "往东", "往西", "往南", "往北", "相距", "车程",
    # what works or firms moving in could yield a year (``陆续投产，年产值可达30亿元``)
    "年产值可", "年销售收入可", "年营业收入可", "年营收可",
    # what an upgrade brings a plant (``改造后生产线日产能提升40%``), a phase's own sum (``其中一期投资…``)
    "改造后", "技改后", "扩能后", "扩建后", "一期投资", "二期投资", "三期投资", "首期投资",
    "一期总投资", "二期总投资", "三期总投资", "首期总投资",
    "问题", "困难", "诉求", "办结", "干部",
    "党员", "群众", "负责人", "人数", "考核", "培训", "活动", "调训", "名单", "会议", "惠及",
    "走访", "拜访", "接待", "来访",  # firms visited, guests received: a week's work, no statistic
    "提案", "议案",  # motions filed at a congress or a consultative conference: its work, no statistic
    "锁定", "目标企业",  # firms an office aims to bring in: prospects, no statistic
    # a fund's size or raising, one company's own figures
    "基金规模", "募集", "该集团", "该公司", "该企业",
    # what a project may bring a village, what a worker earns (``每年可为村集体增收``, ``每月能拿到``)
    "可为", "能拿到", "能挣", "可挣",
    # what a works-for-relief programme plans to pay its workers (``计划发放劳务报酬960万元``)
    "计划发放",
    # a household's or a worker's own figures (``自家种了30亩``, ``一年能增收``, ``每月能拿``), one
    # company's hiring (``已招录员工``)
    "自家", "能增收", "能拿", "招录",
    # one company's capital, a lender's promise (``注册资本5000万美元``, ``将提供意向性融资50亿元``)
    "注册资本", "意向性", "将提供",
    # firms come to talk and the sum they intend (``已有3家企业前来洽谈，意向投资额共计20亿元``): talks
    "前来洽谈", "意向投资",
    # how far a result went past its plan (``全年完成投资158.2亿元，超年度计划9.6亿元``): no level
    "超年度计划", "超出年度计划", "超过年度计划", "超计划", "超出计划",
    # a case an office or a court handled: fines, illegal gains, the value of the goods, wages
    # recovered or owed (``并处罚款5万元``, ``罚没款共计…``, ``为…追回工资…``, ``拖欠…工资…``)
    "罚款", "罚没", "违法所得", "货值", "立案", "查处", "案件", "追回", "追讨", "欠薪", "拖欠",
    # what an insurer or a lender pays, covers or promises (``支付理赔款…``, ``户均赔付…``,
    # ``承保…``, ``提供风险保障…``, ``向…企业授信…``, below): one company's business
    "理赔", "赔款", "赔付", "承保", "风险保障",
    # what one household could sell, what a thing brings its people (``5亩地能卖…``,
    # ``带动茶农人均增收…``); a wage guideline's rates (``基准线为6%``)
    "能卖", "带动", "基准线", "指导线",
    # what a facility can hold or serve at once (``可同时存栏肉牛600头``, ``可同时容纳…``)
    "可同时",
    # the area a park or a plan is laid out on (``某产业园…规划面积1200亩``): its plan, no statistic
    "规划面积")
    # a lender's credit to its clients (``向种植户授信…``, ``为12个项目授信…``); credit an office wins
    # for firms (``为企业争取银行授信…``) is its work, a statistic
    + r"|[向为][^，,。；;争]{0,12}?授信"
    # a fund's own portfolio (``产业基金已投资企业12家``): the fund's business, no place's statistic
    + r"|基金[^，,。；;、]{0,4}?投资(?:了)?(?:企业|项目)" + ")")
PROJECT_WORD = re.compile(r"项目")
#: A clause whose subject is the firm a feature is about (``…,公司日用陶瓷年产能从…``, ``该公司去年纳税…``):
#: the figures after it are that firm's, no region's (not ``上市公司``, ``公司数``, ``10家公司``).
#: (also after the year or months it opens with: ``2023年公司营业收入…``, ``去年公司纳税…``,
#: ``今年1-8月公司已实现产值…``; not ``上市公司``)
ONE_FIRM = re.compile(r"(?:^|(?<=[，,；;：:“\"\s。！？!?年月]))(?:该|这家)?公司(?![数家总])")
#: The firm just told of as a clause's bare subject, then a year or a part of it and its own
#: output, sales or tax (``…说,企业今年产值有望突破2亿元``, ``，企业去年实现销售收入…``); not a
#: class of firms (``规上企业今年…``: a word before ``企业``).
ONE_FIRM_YEAR = re.compile(r"(?:^|(?<=[，,；;：:“\"。！？!?]))(?:该|这家)?企业"
                           r"(?:今年|去年|全年|明年|上半年|前三季度)[^，,。；;\d]{0,6}?"
                           r"(?:产值|营收|营业收入|销售收入|销售额|纳税|利润)")
#: A firm's short name set on the page (``某某新材料有限公司(以下简称“某某新材”)``): the sentences
#: that name it before a figure report that firm's own figures.
FIRM_SHORT_NAME = re.compile(r"(?:公司|集团|厂)[(（](?:以下)?简称[“\"「『]"
                             r"([\u4e00-\u9fffA-Za-z]{2,8})[”\"」』]")
#: A clause opening on one phase of a works (``一期计划投资9.2亿元``, ``；二期投资1.4亿元，…``).
PHASE_CLAUSE = re.compile(r"(?<![\u4e00-\u9fff\w])(?:首期|[一二三四五六]期)(?:工程|项目)?"
                          r"(?:计划|拟|将|预计)?(?:总)?投资")
#: A company named in full opening what it did in a period (``…的某某有限公司今年上半年实现销售收入…``,
#: ``某某股份有限公司1—9月出口…``): the figures after it are that firm's own (a port's or a group's
#: throughput, ``某港集团完成货物吞吐量…``, stays a statistic).
FIRM_DID = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司)"
                      r"(?:今年|去年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:—|-|－|至)\d{1,2}月)*(?:共|累计)?(?:实现|完成)?"
                      r"(?:销售|营业收入|营收|出口|利润|利税|纳税|产值)")
#: One firm left unnamed as a sentence's subject (``同在某镇的一家老牌养殖场，今年…销售…``,
#: ``一家食品企业上半年…``): the figures after it are that firm's own.
ONE_UNNAMED_FIRM = re.compile(r"一家[\u4e00-\u9fff]{0,10}?(?:企业|公司|工厂|厂|场|合作社|酒庄)"
                              r"(?=[，,]|[今去上下前1-9一二三四])")
#: An event held (a fair, a show, a festival, a job fair: ``在某湖畔举办的美食节…``, ``秋季车展上，…``,
#: ``招聘会在县城举行，…``): the figures of its sentence are the event's own, no region's; not
#: where a speaker tells of the place (``某市负责人在推介会上介绍,…已探明…资源量…``).
EVENT_HELD = re.compile(r"(?:举办|举行)的[^，,。；;]{0,16}?(?:节|展|会)"
                        r"|(?:节|展|会)在[^，,。；;]{1,12}?(?:举行|举办|开幕)"
                        r"|(?:车展|展会|博览会|交易会|展销会|招聘会|订货会|推介会)"
                        r"(?:上(?!(?:重点|详细|全面)?(?:介绍|表示|指出|说|称|推介|致辞))|期间|举行|举办|开幕)")
#: A facility or one site as the subject of a clause (``该水厂总投资…，日供水能力…``, ``该基地去年实现
#: 销售收入…``, ``某某景区共接待游客…，实现旅游收入…``): the figures after it are its own, no region's
#: (not a park or a zone, ``该园区规上工业产值…``: a zone's figures are statistics).
ONE_SITE = re.compile(r"(?:^|(?<=[，,；;：:“”\"\s。！？!?]))"
                      r"(?:(?:该|这座|这个|这家)(?:污水处理厂|水厂|电厂|电站|工厂|厂|基地|中心|小区|场馆|景区|馆)"
                      r"|[\u4e00-\u9fff]{2,8}(?:景区|景点|古镇)(?:共|累计|当天|期间)?(?:接待|迎来|实现))")
#: A scope word after an event (``博览会期间，全市接待游客…``): the place's statistic stays.
_SCOPE_WORD = re.compile(r"全[省市县区州]")
#: Land a region sold, supplied or cleared (``共出让工业用地28宗、面积1860亩``, ``清理闲置低效用地1260亩``):
#: a statistic, not a project's land.
#: (also land approved for building or secured for key projects: ``批准建设用地1.36万亩``,
#: ``保障重大项目用地9800余亩``)
LAND_SOLD = re.compile(r"(?:出让|供应|供地|成交|清理|盘活|处置|交付|移交|批准|保障)[\u4e00-\u9fff]{0,4}"
                       r"(?:用地|土地)")
#: The investment a class of projects completed (``全区重点项目完成投资…``, ``全镇农业产业项目完成投资…``,
#: ``全县农业农村项目…``, ``全市交通项目…``),
#: no one project's.
_CLASSES = (r"(?:重点|重大|产业|工业|农业|农村|文旅|农文旅|交通|水利|民生"
            r"|乡村振兴|基础设施|社会事业|城建|能源)(?:工程|建设)?项目")
#: (or a size class of projects, ``500万元以上项目``, ``亿元及以上产业项目``: those above the line a
#: statistics office counts)
CLASS_INVESTMENT = re.compile(rf"(?<![的该此])(?:{_CLASSES}|(?<![\d.])(?:\d+(?:\.\d+)?[万亿]元|亿元)及?以上"
                              rf"(?:{_CLASSES}|项目)"
                              # (the class just counted, taken up again: ``这些项目累计完成投资…``)
                              rf"|(?<![\u4e00-\u9fff])(?:这些|上述)项目)(?:累计|已)?完成投资$")
#: The funds in hand of a class of projects (``已开工项目的到位资金``, ``签约项目累计到位资金``): a statistic
#: of the region, no one project's.
CLASS_FUNDS = re.compile(r"(?:已开工|新开工|开工|已签约|签约|在建|招商引资|引进)项目的?"
                         r"(?:累计|实际)?到位资金$")
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


#: ``完成`` and a class word right before a ``项目`` (``完成重点项目投资``): no one project's subject.
_DONE_CLASS_BEFORE = re.compile(r"完成(?:重点|重大|产业|工业|农业|农村|文旅|交通|水利|民生|基础设施|新?能源)"
                                r"(?:工程|建设)?$")
#: A list of works named by its number right before ``项目`` (``十大重点项目``, ``八大民生项目``).
_TOP_LIST_NUMBER = r"(?:[两三四五六七八九]|十[一二三四五六七八九]?|二十)大"
_TOP_LIST_BEFORE = re.compile(r"(?<![\d一二三四五六七八九十百])" + _TOP_LIST_NUMBER
                              + r"[\u4e00-\u9fff]{0,4}?$")
#: The same list's name opening a metric (``十大重点项目完成投资``).
_TOP_LIST_HEAD = re.compile(_TOP_LIST_NUMBER)
#: The jobs a class of projects brought (``全市新开工、新投产项目累计新增就业岗位…``), no one
#: project's: a class word right before ``项目``.
CLASS_JOBS = re.compile(r"(?<![的该此])(?:重点|重大|新开工|开工|新投产|投产|竣工|签约|在建|招商|产业|工业"
                        r"|落地)"
                        r"(?:工程|建设)?项目(?:累计|共|已|共计|合计)?(?:新增|带动|提供|创造|吸纳)?就业岗位(?:数)?$")
#: A sentence about one project (``该项目总投资…``, ``…项目由某公司投资``, ``…项目,投资额…``,
#: ``…项目已于8月投产``):
#: its figures are the project's.
#: (It opens on one set of characters, the 项 of ``项目`` looked behind for 个/批/类 once read, so
#: that the regex engine skips every other position at once: the matches of
#: ``(?<![个批类])项目(…)|(?:该|此)项目``.)
PROJECT_SUBJECT = re.compile(r"[项该此](?:(?<=项)(?<![个批类]项)目(?:由|总投资|计划总投资"
                             # (``项目投资千人誓师大会``, ``项目投资工作``: a meeting or a task)
                             r"|投资(?!千人|大会|会议|工作|促进|推介|洽谈|誓师|座谈|环境|意向|热情|信心)|分[两三四]?期"
                             r"|正在|已于"
                             r"|位于|占地|建筑面积|建成|达产|投产|[一二三]期|则|完成了"
                             r"|[,，](?:投资额|总投资额?|计划投资|合同外资|协议投资|签约额|签约金额|签约资金|使用"
                             # (its size: ``建设分布式光伏项目，装机容量约40兆瓦``)
                             r"|装机容量|装机规模"
                             # (a firm's expansion and what it adds: ``启动扩产项目，新增投资5.8亿元``)
                             r"|新增投资)"
                             # (the month it was done: ``项目9月已建成投产，企业年产能由…提升到…``)
                             r"|\d{1,2}月(?:底|初|份)?已?(?:建成|投产))"
                             r"|(?<=[该此])项目)")
#: Works done, opening what they will yield (``建成后每年可回收…``, ``改造完成后日榨…能力提高到``),
#: in the clause of a figure whose metric a list cut short (``锌、铅、银等有价金属``).
_ONCE_DONE = re.compile(r"(?:建成|投产|达产|投运|改造|技改|扩建|建设|全部)(?:完成)?后")
#: Right after a sum, the works it builds (``投资5亿澳门元（折合人民币约4.5亿元）兴建…``,
#: ``投资3亿元在某镇建设…``): a project's amount, no statistic.
_SUM_TO_BUILD = re.compile(r"(?:[(（][^()（）]{0,16}[)）])?(?:在[^，,。；;]{1,12}?)?"
                           r"(?:兴建|新建|建设|打造)")
#: The first delivery to a plant, before a count of machines (``首批42台（套）设备``).
_FIRST_BATCH = ("首批", "第一批", "头批")
#: A sentence opening on one plant or line just told of (``电站总投资…``, ``该生产线投资…``): its figures.
ONE_PLANT_OPENING = re.compile(r"(?:该|此|这座|这条)?(?:光伏电站|水电站|风电场|电站|电厂|生产线|工厂)"
                               r"(?=总投资|计划总投资|投资|装机|建成后|投产后|达产后|年均|年可)"
                               # (the firm just told of and what it put into its works: ``企业投入1.8亿元，
                               # 更新织机420台…``, ``该公司投资3亿元…``)
                               r"|(?:该|这家)?(?:企业|公司)(?:先后|累计|共)?(?:投入|投资)(?=约|近|超|\d)")
#: A works the sentence tells of, anywhere in it (``电站安装4台…``, ``该工程由某公司投资建设``,
#: ``管道投运后``, ``基地全部建成后``, ``项目全部达产后``, ``电站建设期间``, ``项目采用…模式``,
#: ``生产线正式投产``):
#: the figures after it are the works' own (its yearly output, what it saves or pays), unless a
#: scope word (``全县``) opens a statistic of the place after it.
WORKS_SUBJECT = re.compile(r"(?:电站|风电场|电厂|管道|基地|工程|机组|项目)(?:全部|全面|正式)?"
                           r"(?:(?:建成|投运|投产|达产|满产|并网)后|建设期间|安装|位于|由|采用|每年|同步建成)"
                           r"|[该此](?:工程|电站|风电场|管道|基地)(?:总投资|计划总投资)"
                           # (a line, a furnace or a unit put to work: ``矿热炉成功点火，当天出炉…``)
                           r"|(?:生产线|产线|矿热炉|回转窑|高炉|机组)(?:正式|成功|顺利)?(?:点火|投产)")
#: A company's periodic report (``2023年年度报告显示``, ``报告期内``, ``半年报``): the figures of
#: its paragraph are the firm's own (its revenue, profit, sales), no statistic of a place.
COMPANY_REPORT = re.compile(r"年度报告|年报|报告期|季报|业绩快报|业绩预告")
#: A notice's instruction to its addressees (``各地要…``, ``各有关部门务必…``).
INSTRUCTION = re.compile(r"各[^，,。；;]{0,10}?(?:要|务必|必须|应当|应)")
#: What follows a count of units that are the subject of the clause's next figure (``7个工业园区
#:实现营业收入658.6亿元``, ``12个重点园区完成工业投资…``).
_COUNTED_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:园区|开发区|高新区|产业园|集聚区|乡镇|县区|区县)"
                              r"(?:共|累计|合计)?(?:实现|完成)[^,，。;；]{1,12}?\d")
#: A figure compared with another one (``比上年同期多41亿元``, ``比上年末净增211家``): a difference.
#: (also with ``较``: ``较上年提高2.3万元``; ``同比多增31.2亿元``: more than a year before)
COMPARED = re.compile(r"[比较][^,，。;；]{1,12}(?:多|少|增加|减少|净增|净减|提高|降低|高出|高|低)(?:了)?$"
                      r"|同比(?:多|少)(?:增|减)?$")
#: The firms an action goes to or is taken with, counted right after ``向``/``联合``
#: (``已向10家企业交付厂房…``, ``联合8家银行推出…``), or after the examples they lead
#: (``为甲、乙等21家企业协调…``): no statistic.
RECIPIENTS = re.compile(r"(?:向|联合)$|(?:向|为)[^,，。;；向为]{1,24}等$")
#: After a count of firms set after ``为``: the firms, then what was done for them (``为9家企业协调贷款``,
#: ``为12家加工企业解决用工``); ``为`` is no copula there (``规上企业为9家`` is a count).
_SERVED_FIRMS = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司|合作社|经营主体|商户)"
                           r"(?:协调|解决|争取|办理|兑现|发放|提供|对接|落实|减免|申请|筹措|融资)")
#: After a count of firms: the firms as one party of a signing (``已有甲公司等8家企业与园区签订入驻协议``,
#: ``6家公司同某区签署合作协议``): the signers, no statistic (a batch when their sum is told).
_SIGNING_FIRMS = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司)(?:已|先后|分别|相继)?(?:与|同|和)"
                            r"[^,，。;；]{1,20}?(?:签订|签署|签约)")
#: A bare total (``…等项目开工,总投资40亿元``) is the sum of projects, not a statistic.
BARE_TOTAL = re.compile(r"(?:合计|共计|累计)?(?:总投资额?|投资总额)")
#: A money figure right after a count (``4个产值超10亿元的企业``) is a threshold, not a statistic.
#: (Searched for only: one digit before the counter finds what ``\d+`` would, and opening on one set
#: of characters lets the regex engine skip every other position at once.)
THRESHOLD = re.compile(r"\d(?:个|家|户)[^,，。;；]{0,4}$")
_NOT_WORD = re.compile(r"\W")
#: One works' length (``新建线路长约186公里``, ``隧道全长3.2公里``), before a figure.
WORKS_LENGTH = re.compile(r"(?:全长|长度|线路长|总长|长)(?:为|达|约|达到)?约?$")
#: The sum of the projects a sentence counts (``集中开工项目13个…总装机规模约215万千瓦``).
#: (also the assets a count of asset projects holds: ``资产项目5个，资产规模约42亿元``)
BATCH_SUM_METRIC = re.compile(r"^总(?:装机|规模|产能|建筑面积|用地)|^资产规模")
BATCH_COUNTED = re.compile(r"项目\d+个|\d+个[\u4e00-\u9fff]{0,6}项目")
#: How far works have got (``主体工程完成85%``, ``工程形象进度达到60%``, ``完成形象进度的80%``),
#: before a percent.
WORKS_DONE = re.compile(r"(?:(?:工程|工程量|形象进度|工程进度)(?:已经?)?(?:完成|完工|达到|达)(?:了)?"
                        r"|完成(?:了)?(?:工程)?(?:形象进度|工程量|工程进度)的?)$")
#: A share of a plan or goal (``完成年度计划的86.2%``, ``占全年目标任务的七成``) or of a project's total
#: (``已完成投资2.1亿元，占总投资的58%``), or the rate of a plan's investment done
#: (``投资完成率达84.5%``, ``年度投资完成率为91%``): progress, not a statistic.
PLAN_SHARE = re.compile(r"(?:(?:计划|目标|任务|占总投资)的?|投资完成率(?:达到|达|为)?)$")
#: One named works' spending, right before the money (``某港三期工程完成投资6.4亿元``, ``甲至乙高速公路
#: 某段完成年度投资9.8亿元``): a phase or a section of a line is one works, its progress no statistic.
_WORKS_SPENT = re.compile(r"(?:[一二三四五六七八九十\d]期(?:工程|项目)"
                          r"|(?:公路|铁路|高速|快速路|快速通道|大道|干线)[\u4e00-\u9fff]{0,6}?段)"
                          r"(?:已经?|累计|已累计)?完成(?:了)?(?:年度|本年|全年)?投资$")
#: ``均`` (each) right before a figure, not of a mean (``人均``, ``亩均``, ``年均``): a bar each of several
#: clears (``三个产业产值均超过百亿元``), no level of one of them.
_EACH_ABOVE = re.compile(r"(?<![人户亩平年日月季])均(?:已经?)?(?:超过|突破|超|过|达到|达|在|为|实现)?$")
#: A rate another statistic ends on across a semicolon (``…比重为41.2%；技改投资增长22.8%``) is its own.
_SEMICOLON_BETWEEN = re.compile(r"[;；。]")
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


#: A measure naming the subject of a rate's own clause (``…企业5户以上，全年技改投资增长12%``): the rate
#: is of that measure, not of the figure before the comma.
_OWN_SUBJECT = re.compile(r"投资|产值|增加值|收入|营收|总额|税收|利润|出口|进口|零售|产量|消费")
#: A rate of projects (``已签约项目开工率达到60%``, ``项目履约率``): a statistic of the place, not of
#: a project.
_PROJECTS_RATE = re.compile(r"项目[\u4e00-\u9fff]{0,4}?(?:开复工|开工|复工|投产|履约|落地|竣工|转化|资金到位)"
                            r"率(?:达到|达|为|保持在|稳定在)?$")
#: A ranking after a statistic (``居全省第3位``, ``位居全市第二名``, ``居某某市第2位``, ``排名某某州
#: 第2位``): its place
#: among the peers, the scope also given by the name of the city or province, or of a part of a
#: province (``增速居渝东南第2位``).
RANK_HELD = re.compile(r"(?:(?:位|排)?居|排名|(?<=[速幅量])排)(?P<scope>全国|全省|全市|全州|全区|全县"
                       r"|[\u4e00-\u9fff]{1,6}?(?:省|市|自治州|州)(?=第)"
                       # a group of a city's districts (``主城新区``, ``渝西片区``)
                       r"|[\u4e00-\u9fff]{1,4}?(?:新区|片区)(?=第)"
                       # a part of a province (``渝东南``, ``川南``, ``川东北经济区``) or of the country
                       r"|[川渝黔滇陕甘鄂湘桂豫赣皖](?:东南|东北|西南|西北|东|南|西|北)(?:地区|片区|经济区)?(?=第)"
                       r"|(?:东|中|西)部(?:地区)?(?=第))"
                       r"(?:县域|城市|同类城市|市州|地市|[\u4e00-\u9fff]{0,6}?中)?"
                       r"(?:第(?P<n>\d+|[一二三四五六七八九十]+)(?P<u>位|名)?|(?P<top>首位))(?=[,，。;；、\s]|$)")
#: What opens or ends a ranked statistic's words but is no part of its name.
_RANK_NOT_METRIC = re.compile(r"^(?:全[市省县区州]|[其该]中?)|(?:同比|比上年)?(?:增长|增速|下降)?$")
#: The statistic a ranking is of: the rate or sum the clauses before give (``工业投资同比增长8.7%``).
_RANKED = re.compile(r"(?P<m>[\u4e00-\u9fff（）()]{2,24}?)(?:同比|比上年)?(?:增长|下降)?(?:达到|达|为|实现)?"
                     r"[\d.]+(?:%|亿元|万元|元)")
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


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 300}


def _used_spans(doc: Document) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
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


#: A year word between a metric and its verb (``产值去年达到``, ``营收今年有望突破``): the period, no
#: part of the metric.
_YEAR_WORD_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:去年|今年|上年|前年)$")
#: A year word alone before a figure's verb (``,去年达到126亿元``): no metric of its own.
_YEAR_WORDS = frozenset(("去年", "今年", "上年", "前年"))
#: A clause on a measure's run of growth right before a clause with no metric (``全市有色金属产业产值连续
#: 三年保持两位数增长,去年达到126亿元``): the measure is what the figure after it is the level of.
_STREAK = re.compile(r"(?:全[省市县区州])?(?P<m>[\u4e00-\u9fff]{2,14}?)"
                     r"连续(?:[一二两三四五六七八九十]|\d{1,2})年"
                     r"(?:保持|实现)?[^,，。；;]{0,8}?增长[,，]$")
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


#: A community or a street office right after a place (``某经开区某某社区``): a region below it.
_COMMUNITY_AFTER = re.compile(r"(?!城乡|城市|农村|基层|各|所有|辖区|相关|有关|重点|智慧|和谐|文明)"
                              r"[\u4e00-\u9fff]{2,4}?(?:社区|街道)(?![\u4e00-\u9fff]{0,2}(?:办|工作|服务中心))")
_DIGIT = re.compile(r"\d")
#: A one-word noun after ``、`` right before a figure (``补贴、奖励450万元``): the second of a pair.
_PAIRED_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")
#: A verb between a sector and its measure (``铝产业实现产值``, ``全县完成营业收入``): no part of it
#: (``可实现年产值`` stays: what projects could yield is no statistic, see NOT_STATISTIC).
_DONE_VERB = re.compile(r"(?:(?<=\w)(?<![可将能])|^)(?:实现|完成)"
                        r"(?=(?:年)?(?:产值|增加值|营业收入|营收|销售收入|主营业务收入|利润|税收)$)")
#: A period heading a metric (``2023年``, ``1-5月``, ``一季度``, ``上半年``).
_HEAD_PERIOD = re.compile(r"(?:\d{4}年)?(?:\d{1,2}(?:-|—|至)\d{1,2}月|\d{1,2}月"
                          r"|(?:前三|第?[一二三四])季度|[上下]半年)?")


def _past_period_and_place(ctx: RecordContext, s: int, e: int) -> int:
    """Start of a metric past the period and the place heading it (``2023年平果市铝产业产值``):
    the period and the region are fields of their own."""
    m = _HEAD_PERIOD.match(ctx.text, s, e)
    pos = m.end() if m else s
    for p in ctx.mentions_in("places", pos, pos + 1):
        if p.start == pos and e - p.end >= 2:
            pos = p.end
    if pos == s:
        return s
    lead = METRIC_HEAD.match(ctx.text, pos, e)
    pos = lead.end() if lead else pos
    return pos if e - pos >= 2 else s


#: A bracketed note closing a metric (``（不含农户）``).
_NOTE_TAIL = re.compile(r"[(（][^()（）]{1,12}[)）]$")


#: The level of the statistic just given, named again before its share (``，总量约占全市的26.5%``).
_TOTAL_SHARE = re.compile(r"(?:其)?(?:总量|规模)约?(?=占)")


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


#: ``2024-03-01`` → ``2024-03``; a date without its year (``--03-01``) → ``--03``.
_month = month_of


def _format_period(v: dict[str, Any], year: int | None = None) -> str:
    """A period string from a date mention value: ``2020``, ``2020-Q1``, ``2020-H1``, ``2020-10``,
    ``2020-01/2020-09``, a day; from a start up to a day not known, ``2020(今年以来)`` (the
    page's ``year`` from its start) or ``2020-09/..``."""
    start, end, gran = str(v.get("start")), str(v.get("end") or v.get("start")), v.get("granularity")
    if end == ".." and year is not None:  # only a page's year known (see _period_in)
        return f"{start[:4]}(今年以来)" if start == f"{year}-01-01" else f"{_month(start)}/.."
    if gran == "year" and not start.startswith("--"):
        return start[:4]
    if gran in ("quarter", "half") and not start.startswith("--"):
        n = (int(start[5:7]) - 1) // (3 if gran == "quarter" else 6) + 1
        return f"{start[:4]}-{'Q' if gran == 'quarter' else 'H'}{n}"  # 2023-Q1, 2022-H1
    if gran == "day":
        # a day is no period: a stock up to it (``截至6月30日``) is of its month (see _period_in),
        # a sum given on an event's day (``8月5日，…会上集中签约…，其中合同外资…``) of its year
        return start if start.startswith("--") else start[:4]
    if _month(start) == _month(end):
        return _month(start)
    return f"{_month(start)}/{_month(end)}"


#: The line closing a run of results (``……这是某市今年前三季度产业链建设的一组数据``): it tells
#: when (and that) the figures before it were reached.
RUN_CLOSE = re.compile(r"(?:…|\.{3})\s*这(?:是|些是|就是)[^。！？]{0,40}?(?:一组|一份)[^。！？]{0,8}?"
                       r"(?:数据|成绩|答卷|成绩单)")
#: How far after a figure the closing line of its run may begin.
_RUN_REACH = 400


def _run_close(ctx: RecordContext, sent: Span, pos: int) -> re.Match[str] | None:
    """The closing line of the run of results holding the figure at ``pos`` (its sentence, or the
    next one when the run ends its sentence at the dots), else None."""
    if ctx.text.find("这", pos, pos + _RUN_REACH) < 0:
        return None
    end = ctx.text.find("。", sent.end, sent.end + _RUN_REACH)
    m = RUN_CLOSE.search(ctx.text, pos, end + 1 if end >= 0 else sent.end)
    if m is None or ctx.text.find("\n", pos, m.start()) >= 0:
        return None  # (the run and its close stand in one paragraph)
    return m


#: Who the closing line of a run credits, and the park it works on (``这是某县推进工业园区…``,
#: ``这是某经济开发区推行…``).
_RUN_WHO = re.compile(r"这(?:是|些是|就是)(?P<who>[\u4e00-\u9fff]{2,12}?)(?:推进|推行|实施|开展|深化|打造)"
                      r"(?P<park>工业园区|产业园区|工业园|产业园)?")
#: A zone's kind at the end of a name (``某经济开发区``, ``某高新区``).
_ZONE_END = re.compile(r"(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区|产业园区|工业园|产业园)$")
_ZONE_SHORT = (("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"))


def _run_park(ctx: RecordContext, sent: Span, pos: int) -> tuple[str, int, int, bool] | None:
    """The park whose figures a run of results gives under the bare word ``园区`` (``园区亩均税收由…
    提高到……这是某县推进工业园区…的一份答卷``): the zone the closing line credits, or the county's
    park it works on; the zone by the short form the page writes it in (``某经开区``). None when the
    line names neither. The flag tells a zone credited (all the run's figures are its own)."""
    close = _run_close(ctx, sent, pos)
    if close is None:
        return None
    m = _RUN_WHO.match(ctx.text, close.start() + ctx.text[close.start():close.end()].find("这"))
    if m is None:
        return None
    who = m.group("who")
    if _ZONE_END.search(who):
        for full, short in _ZONE_SHORT:
            alt = who.replace(full, short)
            if alt != who and alt in ctx.text:
                return alt, m.start("who"), m.end("who"), True
        return who, m.start("who"), m.end("who"), True
    if m.group("park") and who[-1] in "县区市":
        return who + m.group("park"), m.start("who"), m.end("park"), False
    return None


def _zone_before(ctx: RecordContext, sent: Span) -> Any:
    """The zone or park named last in the paragraph before the sentence (``…某经济技术开发区引进企业8家…。
    2025年,园区实现产值…``): the park a bare ``园区`` opening a clause takes up; None when the place
    named last is no zone."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    places = ctx.mentions_in("places", para, sent.start)
    if not places:
        return None
    last = places[-1]
    name = place_name(last)
    return last if name and _ZONE_END.search(name) else None


def _period(ctx: RecordContext, sent: Span, pos: int) -> tuple[str | None, int, int]:
    """The period of a figure: the last date before it in its sentence, else earlier in its paragraph;
    a section headed by a year (``一、2021年工作回顾``) sets the year of a date that names none."""
    found = _period_in(ctx, sent.start, pos)
    if found[0] is not None and found[2] - found[1] == 2 and ctx.text.startswith("全年", found[1]):
        found = _next_year_whole(ctx.text, sent.start, found)
    if found[0] is not None and ctx.doc.meta.year is None \
            and (whole := _YEAR_AFTER_DATE.search(ctx.text, found[2], pos)) is not None:
        # 全力冲刺四季度,确保全年完成…: the year's, whose number a page with no year does not tell
        return None, whole.start(), whole.end()
    if found[0] is None and (close := _run_close(ctx, sent, pos)) is not None:
        closing = _period_in(ctx, close.start(), close.end())
        if closing[0] is not None:
            return closing  # 甲……;乙……这是某市今年前三季度…的一组数据: the closing line's period
    now = _present_word(ctx, sent.start, pos, found)
    if now is not None:
        found = now
    elif found[0] is None and (level := _LEVEL_REACHED.search(ctx.text, max(sent.start, pos - 12), pos)) \
            is not None and ctx.doc.meta.year is not None:
        # a capacity reached (``全县生猪年出栏能力已达120万头``) is a level now, of the page's year, not
        # a flow of the period an earlier sentence gives
        return str(ctx.doc.meta.year), level.start(), level.end()
    elif found[0] is None and ctx.text.find("已建成", max(sent.start, pos - 16), pos) >= 0 \
            and _BUILT_SO_FAR.search(ctx.text, max(sent.start, pos - 16), pos) is not None:
        return found  # 园区…已建成标准化厂房15万平方米: what stands built now, no period of the paragraph's
    elif found[0] is None:
        para = ctx.text.rfind("\n", 0, sent.start) + 1
        if para < sent.start:
            found = _period_in(ctx, para, sent.start)
            if found[0] is not None and ctx.text.startswith(_NEXT_YEAR, found[1]) \
                    and PRESENT.search(ctx.text, sent.start, pos) is not None:
                found = (None, found[1], found[2])  # 预计明年一季度投产。截至目前,已累计引进…: no plan's time
    year = ctx.doc.meta.year
    if year is not None and (found[0] is None or ctx.text[found[1]:found[2]] == "全年"
                             or PAST_YEAR.match(ctx.text, found[1], found[2]) is not None):
        # (过去一年 read by the dates as the twelve months up to the page is the year before it)
        last = PAST_YEAR.search(ctx.text, ctx.text.rfind("\n", 0, pos) + 1, pos)
        if last is not None:  # 过去一年，全区实现…；全年新签约…: the year before the page's
            return str(year - 1), last.start(), last.end()
    heading = ctx.section_heading(sent.start, sent.article)
    year = SECTION_YEAR.search(ctx.text, heading.start, heading.end) if heading else None
    if year is not None:
        period, p0, p1 = found
        if period is None:
            return year.group(1), year.start(1), year.end(1)
        if _WHOLE_YEAR.fullmatch(ctx.text, p0, p1):
            return year.group(1), p0, p1  # 一、2023年工作回顾 … 过去一年: the section's year
        if not re.search(r"\d{4}", ctx.text[p0:p1]) and period[:4].isdigit():
            return period.replace(period[:4], year.group(1)), p0, p1
        return found
    return _since_span(ctx, sent, pos, found) or found


#: The whole year or its remaining part after a shorter period in the figure's clauses
#: (``全力冲刺四季度,确保全年完成…``): the year is the figure's period.
_YEAR_AFTER_DATE = re.compile(r"(?<![上去前今明])(?:全年|年内)")
#: A time of next year, which nothing told as done or present happens in.
_NEXT_YEAR = ("明年", "后年", "下一年")
#: Right before a figure: what stands built so far (``已建成标准化厂房``).
_BUILT_SO_FAR = re.compile(r"已建成[\u4e00-\u9fff]{0,10}$")


def _next_year_whole(text: str, s0: int, found: tuple[str | None, int, int]) -> tuple[str | None, int, int]:
    """``全年`` after ``明年`` in its sentence (from ``s0``; ``明年将…，力争全年完成投资…``) is the next
    year's whole, not the page's: ``found`` with its year moved on by one."""
    period, p0, _p1 = found
    nxt = text.rfind("明年", s0, p0)
    if nxt < 0 or period is None or not period[:4].isdigit() or text.find("今年", nxt, p0) >= 0:
        return found
    return str(int(period[:4]) + 1), nxt, nxt + 2


#: A span of years counted back from the page's date (``一年来``, ``开业一年半以来``): with what
#: began it, a total since that event; without, the years up to the page's month (``2024年以来`` is
#: no span of 24 years).
SINCE_SPAN = re.compile(r"(?P<ev>开业|开园|成立|运营|运行|投产|投运|挂牌|建成|组建|设立|启用)?"
                        r"(?P<n>[一二两三四五六七八九十]|(?<!\d)\d{1,2})(?:个)?年(?P<half>半)?(?:以来|来)")


#: Since a park was founded (``建园以来``, ``建园十年来``, ``开园5年来``): its tally up to the page's
#: month, named by the founding (``建园以来累计(至2024-09)``), however many years it counts.
PARK_SINCE = re.compile(r"(?P<ev>建园|建区|开园)(?:[一二两三四五六七八九十]{1,3}|\d{1,2})?(?:个)?年?"
                        r"(?:以来|来)")
#: :data:`SINCE_SPAN` without the event opening it: what every match holds, found by a plain scan
#: for its first character (the full pattern's optional opening is tried at every position).
_SINCE_GATE = re.compile(r"(?:[一二两三四五六七八九十]|(?<!\d)\d{1,2})(?:个)?年(?:半)?(?:以来|来)")


def _since_span(ctx: RecordContext, sent: Span, pos: int,
                found: tuple[str | None, int, int]) -> tuple[str | None, int, int] | None:
    """The period of a figure after a span counted back from the page's date in its paragraph,
    when no later date stands before the figure: ``开业一年半以来，已收集…`` is the total since the
    opening up to the page's month, ``开业一年半累计(至2020-11)``; ``一年来，…服务企业1443家`` the
    twelve months up to it, ``2022-09/2023-09``."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.text.find("来", para, pos) < 0:
        return None  # every pattern below ends in 来 (以来, 年来): a paragraph without it has none
    month = _page_month(ctx)
    if month is None:
        return None
    park = None
    for m in PARK_SINCE.finditer(ctx.text, para, pos):
        park = m
    if park is not None and not (found[0] is not None and found[1] >= park.end()):
        return f"{park.group('ev')}以来累计(至{month[0]}-{month[1]:02d})", park.start(), park.end()
    founded = None
    if ctx.text.find("以来", para, pos) >= 0:
        for m in FOUNDED_SINCE.finditer(ctx.text, para, pos):
            founded = m
    if founded is not None and not (found[0] is not None and found[1] >= founded.end()):
        start = _founding_month(ctx, sent.article, founded.group("noun"))
        if start is not None:
            return f"{start}/{month[0]}-{month[1]:02d}", founded.start(), founded.end()
    last = None
    # every match holds one of the gate's (a numeral, then 年…来) and starts at most two
    # characters (the event) before it: the pattern is only tried from there
    gate = _SINCE_GATE.search(ctx.text, para, pos)
    for m in SINCE_SPAN.finditer(ctx.text, max(para, gate.start() - 2), pos) if gate else ():
        last = m
    if last is None or (found[0] is not None and found[1] >= last.end()):
        return None
    n = number(last.group("n"))
    if n is None or n < 1:
        return None
    if last.group("ev"):
        span = ctx.text[last.start():last.end()]
        span = span[:-2] if span.endswith("以来") else span[:-1]
        return f"{span}累计(至{month[0]}-{month[1]:02d})", last.start(), last.end()
    if last.group("half"):
        return None
    return f"{month[0] - int(n)}-{month[1]:02d}/{month[0]}-{month[1]:02d}", last.start(), last.end()


#: Since a body was set up, no span told (``某产业专班成立以来``): from the month the article says it was
#: set up (``去年9月，某市构建…产业专班运行体系``) up to the page's month.
FOUNDED_SINCE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2})(?:成立|组建|设立|建立)以来")
#: The setting up of a body, after a month in its clause (``去年9月，某市创造性构建…``).
_FOUNDING = re.compile(r"[^。；;！？\n]{0,16}?(?:成立|组建|构建|设立|建立)[^。；;！？\n]{0,24}")


def _founding_month(ctx: RecordContext, article: int | None, noun: str) -> str | None:
    """``YYYY-MM`` of the month the article says ``noun`` (``专班``) was set up, else None."""
    art = next((a for a in ctx.doc.articles if a.start <= ctx.text.find(noun) < a.end), None) \
        if article is None else ctx.doc.articles[article] if article < len(ctx.doc.articles) else None
    lo, hi = (art.start, art.end) if art is not None else (0, len(ctx.text))
    for d in ctx.dates:
        v = d.value if isinstance(d.value, dict) else {}
        if not lo <= d.start < hi or v.get("granularity") != "month" or not v.get("start"):
            continue
        m = _FOUNDING.match(ctx.text, d.end)
        if m is not None and noun in m.group():
            return month_of(str(v["start"]))
    return None


def _page_month(ctx: RecordContext) -> tuple[int, int] | None:
    """The (year, month) of the page: its date's, else the month of the latest day of its year the
    page names (news tell what happened up to the day they are printed; a month alone is too often
    a plan's, ``力争12月投产``).  Worked out once per page: it is asked for figure after figure."""
    found = _PAGE_MONTHS.get(ctx)
    if found is None:
        found = _PAGE_MONTHS[ctx] = (_find_page_month(ctx),)
    return found[0]


#: :func:`_page_month` of each page being read (dropped with the page's context).
_PAGE_MONTHS: weakref.WeakKeyDictionary[RecordContext, tuple[tuple[int, int] | None]] = \
    weakref.WeakKeyDictionary()


def _find_page_month(ctx: RecordContext) -> tuple[int, int] | None:
    """:func:`_page_month`, worked out."""
    pub, year = ctx.doc.meta.pub_date, ctx.doc.meta.year
    if pub is not None:
        return pub.year, pub.month
    if year is None:
        return None
    best = 0
    for d in ctx.dates:
        v = d.value if isinstance(d.value, dict) else {}
        start = str(v.get("start") or "")
        if v.get("granularity") == "day" and start[:4] == str(year) and start[5:7].isdigit():
            best = max(best, int(start[5:7]))
    return (year, best) if best else None


#: The year before the page's, told without its number (``过去一年``, ``过去的一年里``).
PAST_YEAR = re.compile(r"过去(?:的)?一年")


#: Words of the present (``目前，全市拥有…``, ``日前，记者获悉，某县蔬菜种植面积稳定在…``).
PRESENT = re.compile(r"截至目前|目前|当前|如今|现阶段|日前|近日")


def _present_word(ctx: RecordContext, start: int, pos: int,
                  found: tuple[str | None, int, int]) -> tuple[str | None, int, int] | None:
    """The page's year for a figure whose last time word in its sentence is one of the present
    (``目前，全市拥有茶叶加工企业86家``): what there is now, not the period of an earlier sentence,
    nor the month the news was heard (``日前``)."""
    year = ctx.doc.meta.year
    found_now = list(PRESENT.finditer(ctx.text, start, pos))
    last = found_now[-1] if found_now else None
    if last is None or year is None or (found[0] is not None and found[1] > last.start()):
        return None
    if FLOW.search(ctx.text, last.end(), pos):
        return None  # 目前已完成投资…: a flow so far, of the period the text gives
    return str(year), last.start(), last.end()


#: A capacity reached, right before its figure (``出栏能力已达``, ``装机容量已达到``, ``产能已达``).
_LEVEL_REACHED = re.compile(r"(?:能力|产能|装机容量|装机规模|库容)已(?:达到|达|超过|突破)$")
#: The whole year a review is about, told without its number (``过去一年``, ``一年来``).
_WHOLE_YEAR = re.compile(r"过去(?:的)?一年|一年来|这一年|全年")
#: A year heading a section (``一、2021年工作回顾``).
SECTION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _has_start(m: Any) -> bool:
    return isinstance(m.value, dict) and bool(m.value.get("start"))


#: What joins the two ends of a range (``5000万元至1亿元``).
RANGE_JOIN = re.compile(r"\s*(?:至|到|—|－|-|~|～)\s*")
#: Periods a goal is written for (a year, a quarter, a half-year).
TARGET_PERIOD = re.compile(r"\d{4}(?:-[QH]\d)?")
#: The end of a year (``去年底``, ``年末``).
YEAR_END = re.compile(r"年(?:底|末)$")
#: A date right after these is the base of a comparison (``比上半年加快``, ``较一季度``), not a period.
COMPARED_DATE = re.compile(r"(?:比|较|相比|对比|快于|慢于|高于|低于)$")

#: A year a place was founded in (``始建于2006年``, ``成立于2010年``): its history, no period of the
#: figures told after it.
FOUNDED_IN = re.compile(r"(?:始建|成立|组建|设立|创建|获批)于$")

#: A flow counted since the year began (``截至9月底，已完成投资…``), not a stock at the date.
#: (not what has been built up to the date, ``累计建成高标准农田…``: a stock at the date)
FLOW = re.compile(r"完成|累计(?!建成|创建|打造|认定|培育)|实现")


def _period_date(ctx: RecordContext) -> Any:
    """The test a date mention passes to give a statistic its period."""
    def accept(m: Any) -> bool:
        return _has_start(m) and not COMPARED_DATE.search(ctx.text, max(0, m.start - 2), m.start) \
            and not (PLAN_SHARE_YEAR.match(ctx.text, m.end)
                     and ctx.text[max(0, m.start - 2):m.start].endswith(("完成", "占"))) \
            and not _EVENT_DAY.match(ctx.text, m.end) and not _ITEMS_DATED.match(ctx.text, m.end) \
            and not _year_of_items(ctx.text, m.start, m.end) \
            and not FOUNDED_IN.search(ctx.text, max(0, m.start - 4), m.start)
    return accept


#: After ``今年``: the projects it picks (``今年新签约…项目``, ``今年引进的…``).
_ITEMS_OF_YEAR = re.compile(r"(?:新)?(?:签约|引进|招引|落地|开工)")
#: A stock's day before (``截至11月底，``, ``截至目前，某市``): the day the rates after it are told at.
_AS_OF_BEFORE = re.compile(r"截至[^，,。；;]{1,8}[，,]?[\u4e00-\u9fff]{0,6}$")


def _year_of_items(text: str, m0: int, m1: int) -> bool:
    """True for ``今年`` (``text[m0:m1]``) picking the projects counted after a stock's day
    (``截至11月底，某市今年新签约…项目214个，…开工率72.9%``): the rate is at that day, not the year's."""
    return text.startswith("今年", m0) and m1 - m0 == 2 and _ITEMS_OF_YEAR.match(text, m1) is not None \
        and _AS_OF_BEFORE.search(text, max(0, m0 - 20), m0) is not None


#: After a date, the event that picks the items counted (``2024年以来签约的42个项目中``, ``去年签约的
#: 56个项目``): it tells which projects, not the period of the rates and sums told of them.
_ITEMS_DATED = re.compile(r"(?:以来)?(?:新)?(?:签约|引进|招引|落地|开工|备案|储备|谋划)的")


def _items_dated_between(ctx: RecordContext, lo: int, hi: int) -> bool:
    """True when a date in ``lo``–``hi`` picks the items counted (``截至3月底,某县2024年以来签约的42个项目中,
    …累计到位资金X``): the sum runs from that date, no flow of the cut-off's year alone."""
    return any(_ITEMS_DATED.match(ctx.text, m.end) for m in ctx.mentions_in("dates", lo, hi))


#: After a date, a project's event closing its clause (``甲项目二期3月开工，``): the day of that event,
#: no period of the statistics after it.
_EVENT_DAY = re.compile(r"(?:底|初|中旬|上旬|下旬)?(?:前)?(?:开工|签约|投产|竣工|建成|开业|完工|试生产|投用)"
                        r"(?=[，,。；;])")


#: After ``完成`` / ``占`` and a year (``完成全年目标的56.3%``, ``占年度计划的78.2%``): the share of
#: a plan, whose year is no period of the figures after it.
PLAN_SHARE_YEAR = re.compile(r"(?:目标|计划)?(?:任务)?的")


def _period_in(ctx: RecordContext, start: int, pos: int) -> tuple[str | None, int, int]:
    best = ctx.last_date(start, pos, _period_date(ctx))
    if best is not None:
        period = _format_period(best.value, ctx.doc.meta.year if ctx.doc.meta.pub_date is None else None)
        if best.value.get("granularity") == "day" and ctx.text.startswith("截至", max(0, best.start - 2)) \
                and not str(best.value.get("start")).startswith("--"):
            period = _month(str(best.value.get("start")))  # 截至6月30日，…余额: the month's stock
        if YEAR_END.search(best.surface or "") and period[:4] == period[-7:-3]:
            period = period[:4]  # 截至去年底: a year-end stock, the year's statistic
        elif len(period) == 7 and ctx.text.startswith("截至", max(0, best.start - 2)) \
                and FLOW.search(ctx.text, best.end, pos) and not _items_dated_between(ctx, best.end, pos):
            period = f"{period[:4]}-01/{period}"  # 截至9月底，已完成投资…: the year's flow so far
        return period, best.start, best.end
    m = None
    for m2 in PERIOD_RE.finditer(ctx.text, start, pos):
        if not COMPARED_DATE.search(ctx.text, max(0, m2.start() - 2), m2.start()) \
                and not FOUNDED_IN.search(ctx.text, max(0, m2.start() - 4), m2.start()):
            m = m2
    if m is None:
        return None, -1, -1
    year = m.group(1) or (str(ctx.doc.meta.year) if ctx.doc.meta.year else None)
    if m.group(1) and not m.group(2):
        return m.group(1), m.start(), m.end()
    lo, hi = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    if lo and year:
        lo_s = f"{year}-{int(lo):02d}"
        return (f"{lo_s}/{year}-{int(hi):02d}" if hi else lo_s), m.start(), m.end()
    return m.group(), m.start(), m.end()


#: A share of the plan right after a figure (``，占年度计划的64.1%``, ``，完成全年目标的52%``).
_PLAN_SHARE_CLAUSE = re.compile(r"[,，](?:占|完成)[^,，。;；]{0,8}?(?:计划|目标|任务)的?\d+(?:\.\d+)?%")


def _after_plan_share(text: str, last_end: int, pos: int) -> bool:
    """True when only a share of the plan stands between the last figure and a growth rate at ``pos``
    (``完成投资3856亿元，占年度计划的64.1%，同比增长8.2%``): the rate is the figure's growth."""
    m = _PLAN_SHARE_CLAUSE.match(text, last_end)
    return m is not None and _cue_near(text, m.end(), pos)


def _cue_near(text: str, last_end: int, pos: int) -> bool:
    """True when the growth cue of the rate at ``pos`` starts within 10 characters of the last
    figure's end."""
    cue = GROWTH_CUE.search(text, max(last_end, pos - 10), pos)
    return cue is not None and cue.start() - last_end <= 10


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
_COME_TO_TALK = re.compile(r"(?:前来|来此|来园区?)?(?:洽谈|考察|对接|接洽)"
                           r"|(?:代表|负责人)?(?:参加|出席|参会|与会|应邀|现场)")

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


#: A stage word standing alone for a part of a whole told before it (``…总装机120万千瓦,已建成并网
#: 46万千瓦,在建32万千瓦``): the part's metric is the stage and the whole's measure.
_STAGE_PARTS = frozenset(("在建", "已建", "待建", "拟建", "规划", "已建成", "建成", "已投运", "投运",
                          "已并网", "并网"))
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
    noun = ECONOMIC_COUNT if f.kind == "count" else FUND_NOUN
    # ``5亿元规模的某某产业发展专项基金``: a fund's long name after its size
    reach = 22 if f.kind == "money" and ctx.text.startswith("规模的", f.end) else 14
    m = noun.search(ctx.text, f.end, min(c1, f.end + reach))
    if m is None or NOT_STATISTIC.search(ctx.text, c0, m.end()) or "项目" in ctx.text[f.end:m.end()] \
            or _COME_TO_TALK.match(ctx.text, m.end()) \
            or (_SIGN.match(ctx.text, m.end()) and "与" in ctx.text[c0:f.start]):
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


#: A time a procedure takes, cut to a limit (``审批时间压缩至45个工作日以内``, ``办理时限缩短到3天``).
_TIME_LIMIT = re.compile(r"(?P<m>[\u4e00-\u9fff]{2,14}?(?:时间|时限|周期|用时))(?:平均)?"
                         r"(?:压缩|缩短|压减|减少|降低|控制)(?:至|到|在|为)"
                         r"(?P<n>\d+(?:\.\d+)?)(?P<u>个工作日|个小时|小时|个月|天|日)(?:以内|之内|内)?")


_CUT_VERB = re.compile(r"压缩|缩短|压减|控制")


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
        if len(core) < 2:
            continue
        r = Record("indicator", article=sent.article)
        r.set("value", int(n), ctx.evidence(m.start(g), m.end(g)))
        r.set("unit", m.group("u") or ("位" if m.group("top") else "名"), ctx.evidence(m.start(), m.end()))
        r.set("metric", f"{core}{rate}{m.group('scope')}排名", ctx.evidence(m.start(), m.end()))
        r.set("growth_pct", None)
        period, p0, p1 = _period(ctx, sent, stat.start())
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


def _restates(before: Figure | None, f: Figure) -> bool:
    """True when ``f`` is the exact figure of a rounded one just given (``突破百亿元,达到108.7亿元``)."""
    return before is not None and before.kind == f.kind == "money" and before.qualifier != "exact" \
        and f.qualifier == "exact"


def _value(f: Figure) -> tuple[Any, str]:
    if f.kind == "money":
        return int(f.value), f.unit if f.unit and f.unit not in ("CNY", "元") else "CNY"
    if f.kind == "percent":
        return float(f.value), "%" if f.unit != "pp" else "pp"
    return f.value, (f.magnitude + f.unit) if f.kind == "quantity" else f.unit


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


#: The yuan a foreign amount is worth, printed right after it (``2.4亿美元(约合人民币17.1亿元)``).
_YUAN_RESTATED = re.compile(r"\s*[(（]\s*(?:约合|折合|合)?(?:人民币)?\s*(约?\d[^()（）]{0,12}?元)\s*[)）]")


def extract_indicators(doc: Document) -> list[Record]:
    """Indicator records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    used = SpanSet(_used_spans(doc))
    plants = _plant_names(doc)
    projects = _project_names(doc)
    out: list[Record] = []
    for art in ctx.article_spans():
        first = len(out)
        sentences = ctx.sentences(art)
        # the words of ranks and time limits looked up in the article first: a sentence (inside
        # it) holds one only if the article does, and most articles hold neither
        ranked = ctx.text.find("排名", art.start, art.end) >= 0
        cut = _CUT_VERB.search(ctx.text, art.start, art.end) is not None
        items = prose_items(ctx.text, art.start, art.end)
        for sent, figures in zip(sentences, ctx.sentence_figures(sentences), strict=True):
            if ctx.text.startswith("#", sent.start):
                continue
            ranks = _ranks(ctx, sent) if ranked and ctx.text.find("排名", sent.start, sent.end) >= 0 else None
            if ranks:
                out.extend(ranks)
            elif ctx.text.find("居", sent.start, sent.end) >= 0 or ranks is not None \
                    or ctx.text.find("排", sent.start, sent.end) >= 0:  # (增速排某新区第1位)
                out.extend(_ranks_held(ctx, sent))  # (排名某某州第2位: a named scope, read as 居…)
            if cut and _CUT_VERB.search(ctx.text, sent.start, sent.end) is not None:
                out.extend(_time_limits(ctx, sent))
            if not figures:
                continue  # most sentences hold no figure: nothing below can find a statistic
            last: Record | None = None
            skipped: Figure | None = None
            last_end = -1
            rate_end = -1  # where the growth rate given to the last statistic ends
            last_fig: Figure | None = None
            if ctx.text.startswith("各", sent.start) and INSTRUCTION.match(ctx.text, sent.start):
                continue  # 各地要…确保开工率达到60%: a notice's instruction, no statistic
            if _item_head(ctx.text, sent):
                continue  # ——甲工程。总投资2.9亿元，新建管网36公里: one project's item, its own figures
            if items and any(a <= sent.start < b for a, b in items):
                continue  # 2.甲项目。总投资…。1—4月完成投资3420万元: a numbered project's item, its figures
            about_project = PROJECT_SUBJECT.search(ctx.text, sent.start, sent.end) \
                if ctx.text.find("项目", sent.start, sent.end) >= 0 else None  # the pattern needs 项目
            plant_opening = False
            if about_project is None:
                # 电站总投资23亿元，装机容量…，年均发电量…: a sentence opening on one plant, its figures
                about_project = ONE_PLANT_OPENING.match(ctx.text, sent.start, sent.end)
                plant_opening = about_project is not None
            works = WORKS_SUBJECT.search(ctx.text, sent.start, sent.end) if about_project is None else None
            report = _report_paragraph(ctx.text, sent)
            if report < 0 and ctx.text.startswith(("园区", "该园区"), sent.start) \
                    and park_abroad_subject(ctx.text, ctx.text.rfind("\n", 0, sent.start) + 1, sent.start):
                report = sent.start  # …越南某省中越产业合作园开工…。园区一期累计实现产值…: the park abroad's
            if report < 0 and _cadre_care(ctx.text, sent):
                report = sent.start  # 为干部提供…保障。…发放补助资金…: the staff's own welfare, no statistic
            while about_project is not None and (_DONE_CLASS_BEFORE.search(
                    ctx.text, max(sent.start, about_project.start() - 9), about_project.start())
                    or _TOP_LIST_BEFORE.search(ctx.text, max(sent.start, about_project.start() - 9),
                                               about_project.start())):
                # (十大重点项目总投资…: a list of works named by its number, no one project)
                # 确保全年完成重点项目投资…: the investment of a class of projects, no one project's
                about_project = PROJECT_SUBJECT.search(ctx.text, about_project.end(), sent.end)
            if ctx.text.find("：", sent.start, sent.end) >= 0 \
                    and is_field_line(ctx.text[ctx.text.rfind("\n", 0, sent.start) + 1:sent.end]):
                continue  # ■建设进度：已完成投资1.1亿元: a line of a project's card, its own figures
            content = _content_label_end(ctx.text, sent)
            if content is not None:
                # 1.甲项目。业主单位：…；建设内容：新建…管线86公里: the item's project's figures
                figures = [f for f in figures if f.start < content]
                if not figures:
                    continue
            each: set[int] = set()
            in_turn = None
            works_turn = _works_in_turn(ctx.text, sent)
            if ctx.text.find("分别", sent.start, sent.end) >= 0:
                found, each = _respective(ctx, sent, out[first:])
                out.extend(found)
                in_turn = _RATES_IN_TURN.search(ctx.text, sent.start, sent.end)
                if in_turn is not None and _subjects_in_turn(ctx, sent, in_turn.start()):
                    in_turn = None  # 城镇、农村居民人均可支配收入分别增长a%和b%: rates of the two subjects
            event = EVENT_HELD.search(ctx.text, sent.start, sent.end) \
                if any(ctx.text.find(c, sent.start, sent.end) >= 0 for c in "节展会") else None
            if event is None and any(ctx.text.find(c, sent.start, sent.end) >= 0 for c in "该景古"):
                event = ONE_SITE.search(ctx.text, sent.start, sent.end)  # one site's figures, as an event's
            sent_first = len(out)
            prev_f: Figure | None = None
            risen: tuple[Figure, str, int, int] | None = None
            for f in figures:
                if prev_f is not None and prev_f.end + 1 == f.start and prev_f.kind == f.kind \
                        and ctx.text[prev_f.end] in _PAIR_JOINS:
                    prev_f = f
                    continue  # 分别达到X元和Y元: the second of a pair, read with the first (_given_in_turn)
                prev_f = f
                if used.overlaps(f.start, f.end) or f.start in each:
                    continue
                if f.kind == "count" and ctx.text.startswith("批次", f.end - 1):
                    continue  # 邀请62批次企业负责人来考察: rounds of guests or visits, a team's work
                if f.kind in ("count", "quantity") and f.unit[:1] in ("台", "套") \
                        and ctx.text.endswith(_FIRST_BATCH, max(0, f.start - 3), f.start):
                    continue  # 首批42台（套）设备已进场: the machines delivered to one plant, no statistic
                if f.kind == "money" and f.unit not in ("CNY", "", None) \
                        and (yuan := _YUAN_RESTATED.match(ctx.text, f.end)) is not None \
                        and used.overlaps(yuan.start(1), yuan.end()):
                    continue  # 二期总投资2.4亿美元(约合人民币17.1亿元): one amount, the works' own
                if in_turn is not None and in_turn.start() <= f.start < in_turn.end():
                    continue  # 同比分别增长12.4%和15.1%: the rates of the two statistics before
                if 0 <= works_turn < f.start:
                    continue  # 甲项目、乙项目将加快建设，年内完成投资分别不低于2亿元和1.5亿元: theirs
                if event is not None and event.start() < f.start \
                        and not _SCOPE_WORD.search(ctx.text, event.end(), f.start):
                    continue  # 举办的美食节吸引游客3万余人次，现场销售额…: the event's own figures
                if about_project is not None and about_project.start() < f.start \
                        and (f.kind != "percent" or plant_opening
                             and not _SCOPE_WORD.search(ctx.text, about_project.end(), f.start)) \
                        and not _region_firms(ctx, f, sent, about_project.end()):
                    continue  # capacity, output, jobs of the project the sentence is about (and the rates
                    # of a sentence opening on one plant or firm: ``企业投入…，用工减少三成``)
                if report >= 0 and not _SCOPE_WORD.search(ctx.text, report, f.start):
                    continue  # …年度报告显示，报告期内公司实现营业收入…: the firm's own figures
                if works is not None and works.start() < f.start and f.kind != "percent" \
                        and not _SCOPE_WORD.search(ctx.text, works.end(), f.start):
                    continue  # 电站投运后，年均发电量…，每年可节约标准煤…: the works' own figures
                if f.kind == "count" and projects and ctx.text.find("引进", sent.start, f.start) >= 0 \
                        and _works_plan(ctx, projects, sent, f.start):
                    continue  # 甲产业园开工，…，计划引进配套企业30家: what the works plans to bring in
                if plants and _plant_subject(ctx, plants, sent, f.start) and _quoted_drive(ctx, f) is None:
                    continue  # 某某电子的甲生产线…，今年一季度…实现产值3.2亿元: the plant's own output
                if f.kind == "percent" and f.unit == "pp":
                    continue  # X个百分点 is the gap between two rates (高于全省, 比上年提高), not a level
                c0 = ctx.clause_start(f.start, sent.start)
                before = ctx.text[c0:f.start]
                if SKIP_BEFORE.search(before) or THRESHOLD.search(before):
                    skipped = f
                    continue
                if skipped is not None and RANGE_JOIN.fullmatch(ctx.text, skipped.end, f.start):
                    continue  # the high end of a range whose low end is no statistic (5000万元至1亿元)
                if f.kind != "percent" and COMPARED.search(ctx.text, c0, f.start):
                    continue
                if f.kind != "percent" and ctx.text.find("均", c0, f.start) >= 0 \
                        and _EACH_ABOVE.search(ctx.text, c0, f.start):
                    continue  # 甲、乙、丙三个产业产值均超过百亿元: a bar each of several clears, no level
                if f.kind == "percent" and PLAN_SHARE.search(ctx.text, c0, f.start):
                    continue
                if f.kind == "money" and _WORKS_SPENT.search(ctx.text, c0, f.start):
                    continue  # 其中，某港三期工程完成投资6.4亿元: one works' progress
                if f.kind == "percent" and (ctx.text.endswith("已完成", c0, f.start)
                                            or WORKS_SHARE.search(ctx.text, c0, f.start)):
                    continue  # 路基工程已完成80%, 完成工程量的65%: the share of some works done
                rise = _rise_from(ctx.text, c0, f) if f.kind != "percent" else None
                if not CLAUSE_TAIL.match(ctx.text, f.end) and rise is None \
                        and not (f.kind == "percent" and ctx.text.startswith("\n", f.end)):
                    # (a rate closing its line, 固定资产投资⏎同比增长8.6%⏎, closes its clause)
                    if f.kind == "count" and f.unit == "个" and _COUNTED_SUBJECT.match(ctx.text, f.end):
                        continue  # 全市7个工业园区实现营业收入…: the subject of the next figure, counted
                    counted = _counted_noun(ctx, f, sent)
                    if counted is None and f.kind == "count":
                        counted = _count_is(ctx, f, c0) or _firms_among(ctx, f, c0)
                    if counted is None and f.kind == "count" and ctx.text.startswith("个", f.end - 1):
                        counted = _shared_head(ctx, f, c0)
                    if counted is None and f.kind == "quantity" \
                            and ctx.text.find("为", sent.start, f.start) >= 0:
                        counted = _formed_series(ctx, f, sent)
                    if counted is None or project_figure(ctx.text, sent.start, c0, f.start, counted[0]):
                        continue
                    if f.kind == "count" and PARKS_COUNTED.search(counted[0]) \
                            and _parks_set_up(ctx, c0, f.end, sent):
                        continue  # 3个合作园区挂牌运营: parks set up, works counted, no statistic
                    if ONE_FIRM.search(ctx.text, sent.start, f.start) \
                            or (ctx.text.find("聘", c0, f.start) >= 0
                                and _APPOINTED.search(ctx.text, c0, f.start)) \
                            or RECIPIENTS.search(ctx.text, c0, f.start) \
                            or (ctx.text.startswith("为", f.start - 1)
                                and _SERVED_FIRMS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _SIGNING_FIRMS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _BROUGHT_BY.search(ctx.text, sent.start, f.start)):
                        # ,公司上下游20多家配套企业…: the firm's own; 向10家企业…, 为9家企业协调贷款…: the
                        # recipients (the help given is the statistic); 在某某的牵线下,已有4家…企业落户:
                        # firms one broker brought, his story
                        continue
                    r = _indicator(ctx, sent, f, *counted, None)
                    out.append(r)
                    last, last_end, last_fig = r, f.end, f
                    continue
                growth = _growth(ctx, c0, f)
                # near the last figure: within 14 characters, or its cue within 10 (a long cue,
                # ``…亿元，按不变价格计算，比上年同期增长5.3%``)
                if growth is not None and last is not None \
                        and (f.start - last_end <= 14 or _cue_near(ctx.text, last_end, f.start)
                             or _after_plan_share(ctx.text, last_end, f.start)
                             or (f.start - last_end <= 32 and last.get("unit") == "CNY"
                                 and _scale_of(ctx.text, c0, growth[1], last))) \
                        and last.get("growth_pct") is None \
                        and not _SEMICOLON_BETWEEN.search(ctx.text, last_end, f.start) \
                        and not (c0 > last_end and _OWN_SUBJECT.search(ctx.text, c0, growth[1])
                                 and (last.get("unit") != "CNY"
                                      or _other_subject(ctx.text, c0, growth[1], last))):
                    mom = ctx.text.find("环比", last_end, f.start)
                    if mom >= 0 and last.get("unit") != "%":
                        # 交易额5600万元,环比增长8.3%: the month-on-month rate, a statistic of its own
                        out.append(_month_on_month(ctx, sent, f, last, mom, mom + 2, growth))
                        continue
                    last.set("growth_pct", growth[0], ctx.evidence(growth[1], f.end))
                    rate_end = f.end
                    continue
                if risen is not None and _rise_reached(ctx.text, risen[0], f):
                    metric, m0, m1 = risen[1:]  # …由2021年的8.6万元提高到2023年的17.9万元: the same statistic
                else:
                    metric, m0, m1 = _metric(ctx, c0, f if rise is None else attrs.evolve(f, start=rise))
                risen = (f, metric, m0, m1) if rise is not None else None
                core = _NOT_WORD.sub("", metric)
                if not core and last is not None and _restates(last_fig, f) and f.start - last_end <= 6:
                    # 出口额突破百亿元,达到108.7亿元: the exact figure restates the rounded one
                    value, _unit = _value(f)
                    last.set("value", value, ctx.evidence(f.start, f.end))
                    last.evidence = [ctx.evidence(last.evidence[0].start, f.end)]
                    last_end, last_fig = f.end, f
                    continue
                if last is not None and f.kind == "money" and f.start - max(last_end, rate_end) <= 16 \
                        and _CLIMBED_TO.match(ctx.text, f.end) and _value(f)[1] == last.get("unit") \
                        and isinstance(last.get("value"), (int, float)) and last.get("value") >= _value(f)[0]:
                    continue  # 地区生产总值1011.6亿元,增长9.3%,总量跨上千亿元台阶: the level before, rounded
                if core == "环比" and growth is not None and last is not None:
                    out.append(_month_on_month(ctx, sent, f, last, m0, m1, growth))
                    continue  # 同比增长6.1%,环比增长0.4%: the month-on-month rate of the same statistic
                tally = (f.kind == "quantity" and (BUILT_METRIC.match(metric) is not None
                                                   or _YEAR_BUILT.match(ctx.text, m0) is not None)
                         and (TALLY.search(ctx.text, sent.start, f.start) is not None
                              or (REGION_WIDE.search(ctx.text, sent.start, f.start) is not None
                                  and ctx.text.find("项目", sent.start, f.start) < 0)
                              or (_YEAR_BUILT.match(ctx.text, c0) is not None
                                  and ctx.text.find("项目", c0, f.start) < 0
                                  and _ZONE_NAMED.search(ctx.text, _task_start(ctx.text, sent.start, c0),
                                                         c0) is None))) \
                    or (f.kind == "quantity" and CLASS_FLOOR.search(metric) is not None
                        and BUILT_METRIC.search(metric) is not None
                        and "期" not in metric and "已" not in metric  # (a stock, 已建成…, keeps its reading)
                        and not _ONE_WORKS_TOLD.search(ctx.text, sent.start, f.start))
                if f.kind == "quantity" and (CAPACITY_METRIC.match(metric) or BUILT_METRIC.match(metric)) \
                        and (ctx.text.find("项目", sent.start, sent.end) >= 0
                             or ONE_WORKS.search(ctx.text, sent.start, f.start)
                             or _NAMED_WORKS.search(ctx.text, sent.start, c0)) and not tally:
                    continue  # 日产包装用纸1500吨 in a sentence about a project: its capacity
                if f.kind == "quantity" and not tally \
                        and built_figure(ctx.text, sent.start, f.start, metric) \
                        and not _floor_of_region(ctx.text, _task_start(ctx.text, sent.start, c0), f.start,
                                                 metric):
                    continue  # 新建…车间，年产X10万吨 / 扩建…中心，新增仓储面积4.5万平方米
                if f.kind == "quantity" and ctx.text[f.start - 1:f.start] != "、" \
                        and ctx.text.find("、", c0, f.start) >= 0 and listed_output(ctx.text, c0, f.start):
                    continue  # 年产电驱动系统50万套、热管理总成80万套: a plant's second product
                if not core and last is not None and f.start - last_end <= 12 \
                        and ctx.text.find("累计", c0, f.start) >= 0:
                    metric = _total_of(last, "累计") or metric  # 新认定…7家，累计达到185家
                    core = _NOT_WORD.sub("", metric)
                if last is not None and core in _TOTAL_WORDS and f.start - last_end <= 12:
                    metric = _total_of(last, core) or metric  # 新增企业86家,总数达到2163家
                    core = _NOT_WORD.sub("", metric)
                total_share = f.kind == "percent" and last is not None and _TOTAL_SHARE.match(metric)
                if total_share:  # …地区生产总值…，高于全国…，总量约占全市的26.5%: the level's share
                    metric = metric[total_share.end():]
                    core = _NOT_WORD.sub("", metric)
                if f.kind == "percent" and last is not None and core.startswith("占") \
                        and f.start - max(last_end, rate_end) <= (48 if total_share else 24):
                    if core == "占比":  # 其中工业投资…，占比达到88.9%: its share of the statistic before
                        metric = core = _bare_share(ctx.text, out[first:], last)
                    else:
                        metric = _share_of(str(last.get("metric")), metric)  # 占全市工业总产值的72%
                if core == "投资" and ctx.text.endswith("完成", max(0, m0 - 2), m0) \
                        and (kind := _class_counted(ctx.text, sent.start, c0)) is not None:
                    metric = core = f"{kind}完成投资"  # 实施重点项目318个…；完成投资412.3亿元: the class's
                if BARE_TOTAL.fullmatch(metric) and c0 > sent.start:
                    metric = _companies_total(ctx.text, sent.start, c0 - 1, metric) or metric
                    core = metric
                if (not core or core in _YEAR_WORDS) and c0 > sent.start \
                        and (streak := _STREAK.search(ctx.text, sent.start, c0)) is not None:
                    metric = core = streak.group("m")  # 某产业产值连续三年保持两位数增长,去年达到X: its level
                if core in AMOUNT_OF_LAST and last is not None and f.start - last_end <= 8:
                    metric = f"{last.get('metric')}{core}"  # 共计62件，金额达X: the amount counted
                    core = metric
                if len(core) <= 4 and last is not None and f.kind == "quantity" \
                        and not any(core.endswith(m) for m in _MEASURES) \
                        and last.get("unit") == _value(f)[1] and ctx.text.startswith("其中", c0):
                    metric = _part_metric(str(last.get("metric")), core) or metric  # 其中水稻38.2万亩
                    core = _NOT_WORD.sub("", metric)
                if growth is not None and last is not None and last.get("unit") == "%" \
                        and last.get("growth_pct") is not None and _AREA_PART.fullmatch(core) \
                        and ctx.text.startswith("其中", c0) and f.start - last_end <= 16:
                    metric = str(last.get("metric"))  # …增加值同比增长7.2%，其中中心城区增长8.1%: a part's
                    core = metric
                if not core and last is not None and f.start - last_end <= 12 \
                        and _YEAR_GOAL_GOES_ON.fullmatch(ctx.text, last_end, f.start) \
                        and last.get("unit") == _value(f)[1]:
                    metric = core = str(last.get("metric"))  # …去年达到156亿元,今年力争突破170亿元: its goal
                if core in _STAGE_PARTS and last is not None and f.start - last_end <= 12 \
                        and last.get("unit") == _value(f)[1] \
                        and (measure := _stage_measure(ctx.text, sent.start, f.start)) is not None:
                    metric = core = core + measure  # 总装机120万千瓦,已建成并网46万千瓦,在建32万千瓦
                if COMPARISON_ONLY.fullmatch(core):
                    continue  # 较上周下降1.5%: a change with no measure of its own
                if (len(core) < MIN_METRIC and core not in SHORT_METRICS) or BARE_TOTAL.fullmatch(metric) \
                        or (NOT_STATISTIC.search(metric) and not LAND_SOLD.search(metric)
                            and not (f.kind == "count" and INDUSTRY_FARMS.search(metric))):
                    continue
                if ctx.text.find("后", sent.start, f.start) >= 0 and _ONCE_DONE.search(
                        ctx.text, ctx.clause_start(f.start, sent.start), f.start):
                    continue  # 建成后每年可回收锌、铅等金属3.5万吨: what the works yield once done
                if f.kind == "money" and _SUM_TO_BUILD.match(ctx.text, f.end):
                    continue  # 计划投资5亿澳门元（折合…）兴建甲项目: the sum a works is built with
                if ctx.text.find("公司", sent.start, f.start) >= 0 \
                        and ONE_FIRM.search(ctx.text, sent.start, f.start):  # (the pattern needs 公司)
                    continue  # 通过技改,公司年产能从…提升到…: one firm's own figures, no region's
                if ctx.text.find("企业", sent.start, f.start) >= 0 \
                        and ONE_FIRM_YEAR.search(ctx.text, sent.start, f.start):
                    continue  # …说,企业今年产值有望突破2亿元: the firm just told of, no region's
                if (firm := FIRM_DID.search(ctx.text, sent.start, f.start)) is not None \
                        and not _SCOPE_WORD.search(ctx.text, firm.end(), f.start):
                    continue  # 某某有限公司今年上半年实现销售收入…，其中出口额…: the firm's own
                if _named_firm_subject(ctx.text, art.start, sent.start, f.start):
                    continue  # 目前，某某新材…2025年实现营业收入…: the firm named by its short name
                if ctx.text.find("一家", sent.start, f.start) >= 0 \
                        and (firm := ONE_UNNAMED_FIRM.search(ctx.text, sent.start, f.start)) is not None \
                        and not _SCOPE_WORD.search(ctx.text, firm.end(), f.start):
                    continue  # 一家老牌蛋鸡场今年1-8月销售鲜蛋…: one firm's own figures, no region's
                if _firm_quote(ctx.text, art.start, f):
                    continue  # “我们…能耗下降了20%。”董事长某某说: the firm's own figure
                if any(ctx.text.find(w, sent.start, f.start) >= 0 for w in _SAYS_WORDS) \
                        and _FIRM_SAYS.search(ctx.text, sent.start, f.start):
                    continue  # 某某有限公司总经理某某说，…预计全年可生产…6000台: the firm's own
                if _spoken_reach(ctx.text, f):
                    continue  # “现在一亩地能做到…”某某说: what a thing can reach, said, no statistic
                if f.kind == "count" and ctx.text.find("家", f.start, f.end + 1) >= 0 \
                        and _BROUGHT_BY.search(ctx.text, sent.start, f.start):
                    continue  # 在某某的牵线下,已有4家配套企业落户: firms one broker brought, his story
                if f.kind == "count" and _VISITS.search(ctx.text, c0, f.start):
                    continue  # 走访电子信息、智能装备企业9家: firms visited, a week's work
                if f.kind == "percent" and WORKS_DONE.search(ctx.text, max(c0, f.start - 12), f.start):
                    continue  # 主体工程完成85%: how far the works have got, no statistic
                if project_figure(ctx.text, sent.start, c0, f.start, metric):
                    continue
                if f.kind == "quantity" and WORKS_LENGTH.search(ctx.text, max(c0, f.start - 6), f.start):
                    continue  # 新建线路长约186公里: the length of one works, no statistic
                if BATCH_SUM_METRIC.match(metric) and BATCH_COUNTED.search(ctx.text, sent.start, c0):
                    continue  # 开工项目13个…总装机规模约215万千瓦: the batch's sum, no statistic
                if f.kind == "money" and project_forecast(ctx.text, sent.start, f.start):
                    continue  # …项目，预计年产值20亿元、年纳税1.2亿元: what the project is to yield
                if _YIELD_OPENING.match(ctx.text, sent.start):
                    continue  # (…预计明年投产。)达产后年产值约12亿元,年纳税超5000万元: the works' yield
                if PROJECT_WORD.search(metric) and not (f.kind == "count" and f.unit in ("项", "宗")) \
                        and not (f.kind == "percent" and _PROJECTS_RATE.search(metric)) \
                        and not (f.kind == "quantity" and LAND_SOLD.match(metric)) \
                        and not (f.kind == "percent" and metric.endswith("占比")
                                 and CLASS_INVESTMENT.search(metric[:-2])) \
                        and not (f.kind == "money" and (CLASS_INVESTMENT.search(metric)
                                                        or CLASS_FUNDS.search(metric)
                                                        or _class_done_first(ctx.text, metric, m0))) \
                        and not (f.kind == "count" and "岗位" in metric and CLASS_JOBS.search(metric)):
                    continue
                if f.kind == "count" and f.value == 1:
                    continue
                if f.kind == "count" and (not (ECONOMIC_COUNT.search(metric) or PROJECT_WORD.search(metric))
                                          or (PARKS_COUNTED.search(metric)
                                              and _parks_set_up(ctx, c0, f.end, sent))):
                    continue  # (新建合作园区2个: parks to be built, works counted, no statistic)
                r = _indicator(ctx, sent, f, metric, m0, m1, growth)
                if _YEARLY_YIELD.match(core) and _SINCE_PERIOD.search(str(r.get("period"))):
                    # 已有5个项目竣工投产,预计新增年产值25亿元: a yearly yield, of the whole year
                    r.set("period", str(r.get("period"))[:4], *r.fields["period"].evidence)
                out.append(r)
                last, last_end, last_fig = r, f.end, f
            if in_turn is not None:
                _rates_in_turn(ctx, out[sent_first:], in_turn)
        if ctx.text.find("指标", art.start, art.end) >= 0:
            out.extend(_table_indicators(ctx, art))
        if ctx.text.find("  ", art.start, art.end) >= 0 and _PLACE_HEAD.search(ctx.text, art.start, art.end):
            out.extend(_place_table_indicators(ctx, art))
        if ctx.text.find("分别", art.start, art.end) >= 0:
            out[first:] = _given_in_turn(ctx, out[first:])
        out[first:] = _restated(out[first:])
        _value_after_growth(ctx, out[first:])
        _carry_over(out[first:], ctx.text)
        if any(r.get("period") is None for r in out[first:]):
            _headline_period(ctx, art, out[first:])
    year = doc.meta.year
    if year is not None:
        if doc.meta.pub_date is None:
            _whole_year_looked_back(doc.text, out, year)
        _page_year_period(doc.text, out, year)
    _goal_measures(out)
    return out


#: A whole year named by its word alone (``全年实施…``, ``全年新签约…``).
_WHOLE_YEAR_WORD = "全年"


#: A whole year's work told done after ``全年`` (``全年实施…项目…``, ``全年新签约…``): a result.
_WHOLE_YEAR_DONE = re.compile(r"(?:共|累计)?(?:实施|完成|实现|新签约|签约|引进|接待|达到)")


def _whole_year_looked_back(text: str, records: list[Record], year: int) -> None:
    """On a page with no date whose year is read from a year reported as over (``2024年，全县…稳步
    扩大``: the page is of 2025), a result of ``全年`` told after that year (``全年实施…项目…，完成
    投资…``) or under a look-back label (``【回眸2024】``) is of the year looked back on, not of the
    page's: the page reviews it.  Work of ``全年`` told otherwise (``同时，全年新培育…``) keeps the
    page's year."""
    done = [r for r in records if r.get("period") == str(year) and r.get("status") != "target"
            and (ev := r.fields["period"].evidence) and text[ev[0].start:ev[0].end] == _WHOLE_YEAR_WORD]
    if not done:
        return
    found = read_page_year(text)
    if found is None or found.year != year or found.clue.kind != "over":
        return
    back = f"{year - 1}年"
    looks = _look_back_sections(text) if ("回" in text or "盘点" in text) else []
    for r in done:
        at, end = r.fields["period"].evidence[0].start, r.fields["period"].evidence[0].end
        if (looks and _section_year(looks, at) == year - 1) or (
                text.rfind(back, 0, at) >= 0 and _WHOLE_YEAR_DONE.match(text, end)):
            r.set("period", str(year - 1), *r.fields["period"].evidence)


#: A class's investment told done (``重点项目完成投资``): in a goal, the measure is the investment.
_CLASS_DONE_METRIC = re.compile(rf"({_CLASSES})完成投资")


def _goal_measures(records: list[Record]) -> None:
    """A goal of a class's investment written verb last (``确保全年重点项目完成投资1550亿元以上``) names
    the measure as the verb-first form does (``完成重点项目投资`` → ``重点项目投资``): the verb is the
    goal's, no part of what is measured (a statistic told done keeps ``重点项目完成投资``)."""
    for r in records:
        period, metric = r.get("period"), r.get("metric")
        if isinstance(period, str) and period.endswith("(目标)") and isinstance(metric, str):
            m = _CLASS_DONE_METRIC.fullmatch(metric)
            if m is not None:
                f = r.fields["metric"]
                r.set("metric", m.group(1) + "投资", *f.evidence)


#: After a rate alone: a joint and a verb of reaching, then the level the same measure reaches
#: (``固定资产投资增长10%、力争完成260亿元``, ``…增长9.8%，达到186亿元``).
_LEVEL_AFTER_RATE = re.compile(r"[、，,]\s*(?:力争|确保|争取|预计)?(?:完成|达到|达|实现|突破|超过)")


def _value_after_growth(ctx: RecordContext, records: list[Record]) -> None:
    """A rate alone followed by the level its measure reaches, with no measure named again
    (``固定资产投资增长10%、力争完成260亿元``): one statistic, the level its value and the rate its
    growth (the level would else be left with no metric)."""
    text = ctx.text
    taken = {r.fields["value"].evidence[0].start for r in records
             if "value" in r.fields and r.fields["value"].evidence}
    for r in records:
        if r.get("unit") != "%" or r.get("growth_pct") is None or r.get("growth_pct") != r.get("value"):
            continue
        ev = r.fields["value"].evidence
        if not ev or text.find("%", ev[0].start, ev[0].end + 1) < 0:
            continue
        m = _LEVEL_AFTER_RATE.match(text, ev[0].end)
        if m is None:
            continue
        f = next((f for f in ctx.figures_in(m.end(), m.end() + 16, "money") if f.start == m.end()), None)
        if f is None or f.start in taken:
            continue
        value, unit = _value(f)
        r.set("value", value, ctx.evidence(f.start, f.end))
        r.set("unit", unit, ctx.evidence(f.start, f.end))
        r.evidence = [ctx.evidence(min(e.start for e in r.evidence), f.end)] if r.evidence else r.evidence


#: Characters two metrics end with when one statistic is told twice in an article.
_RESTATED_TAIL = 4


def _restated(records: list[Record]) -> list[Record]:
    """``records`` of one article without a statistic told again further on: the same value and unit
    of the same region, its metric ending as the earlier one's (``专班交付标准化厂房7.2万平方米`` …
    ``已向10家企业集中交付标准化厂房7.2万平方米``)."""
    out: list[Record] = []
    for r in records:
        metric = str(r.get("metric") or "")
        if len(metric) >= _RESTATED_TAIL and any(
                o.get("value") == r.get("value") and o.get("unit") == r.get("unit")
                and o.get("region") == r.get("region")
                and str(o.get("metric") or "").endswith(metric[-_RESTATED_TAIL:]) for o in out):
            continue
        out.append(r)
    return out


#: What stands right before a count of what there is now (``对现有103户企业``, ``现有企业12家``).
_EXISTING = re.compile(r"现有[\u4e00-\u9fff]{0,8}$")


def _existing(text: str, at: int) -> bool:
    """True when ``现有`` stands right before the figure at ``at`` (``对现有103户企业``)."""
    return _EXISTING.search(text, max(0, at - 10), at) is not None


#: A section label on a line of its own (``【回眸2024】``, ``【锚定2025】``, ``回望2024年``).
_SECTION_LABEL = re.compile(r"^\s*(?:[【\[〔][^\n】\]〕]{1,14}[】\]〕]|[^\n，。,；;：:]{2,12}?)\s*$", re.M)
#: A label looking back on a year (``回眸2024``, ``回望2024年``, ``盘点2024``).
_LOOK_BACK_YEAR = re.compile(r"(?:回眸|回望|回顾|盘点)\s*((?:19|20)\d{2})(?!\d)")


def _look_back_sections(text: str) -> list[tuple[int, int | None]]:
    """Where each section label of ``text`` ends, with the year it looks back on (None for another
    label): the figures under ``【回眸2024】`` up to the next label are of 2024."""
    out: list[tuple[int, int | None]] = []
    for m in _SECTION_LABEL.finditer(text):
        back = _LOOK_BACK_YEAR.search(m.group())
        out.append((m.end(), int(back.group(1)) if back else None))
    return out if any(y is not None for _, y in out) else []


def _section_year(sections: list[tuple[int, int | None]], at: int) -> int | None:
    """The year the last section label before ``at`` looks back on, or None."""
    year = None
    for end, y in sections:
        if end > at:
            break
        year = y
    return year


def _page_year_period(text: str, records: list[Record], year: int) -> None:
    """A statistic with no period, after the carry-over, is of the page's year: a statistic of
    the present (``目前…达``) gets ``2023``, a goal with no year (``力争…``) ``2023(目标)``, what
    there is now in a plan's sentence (``加强对现有103户企业扶持``) ``2023(现有)``.
    Its evidence is the figure's (the page's date may be in no character of the page)."""
    looks = _look_back_sections(text) if ("回" in text or "盘点" in text) else []
    for r in records:
        if r.get("period") is None and "value" in r.fields:
            ev = r.fields["value"].evidence
            period = str(year)
            back = _section_year(looks, ev[0].start) if looks and ev and r.get("status") != "target" else None
            if back is not None:
                r.set("period", str(back), *ev)  # 【回眸2024】⏎全县实现生产总值…: the year looked back on
                continue
            if r.get("status") == "target":
                period = f"{year}(现有)" if ev and _existing(text, ev[0].start) else f"{year}(目标)"
            r.set("period", period, *ev)


#: Figures of one plant or one company's move, not statistics: a new plant's total, a power
#: station's size, a plan's budget, an additional investment, what completion or a plant may
#: bring (``完工后年营收可增加…``, ``可创造…``).
PLANT_FIGURE = re.compile(alternation(
    "新厂", "电站", "电厂", "风电场", "总经费", "追加投资", "完工后", "可创造", "集团增资", "公司增资"))
#: A company raising its capital (``某集团宣布增资``, ``某株式会社追加增资``).
COMPANY_RAISES = re.compile(r"(?:集团|公司|株式会社|企业)[\u4e00-\u9fff]{0,4}增资$")
#: Funds one named works or project receives (``…工程获专项债券资金``, ``…项目获中央预算内投资``).
WORKS_FUNDED = re.compile(r"(?:项目|工程)获[\u4e00-\u9fff]{0,10}(?:资金|投资|补助|贷款|授信)$")
#: Progress of the works whose total the sentence gave first (``总投资81亿元，目前已完成投资23亿元``).
WORKS_PROGRESS = re.compile(r"(?:目前|现已|已|累计)*完成(?:投资|投资额)$")
#: A rate per portion, person or household (``每份补贴3元``, ``每户奖励2000元``): a tariff, no statistic.
PER_UNIT = re.compile(r"(?:每(?:份|人|户|位|次|辆|台|头|亩|平方米|吨|公斤|千克|斤|克|升|件|只|箱|袋)"
                      r"|单(?:台|套|个|户|笔|家|项|次|辆))[^,，。；;]{0,6}$")
#: (and a price per kilogram, ``每公斤12元``, or the most one machine gets, ``单台机具最高补贴5万元``)
#: The second figure of a paired capacity (``200兆瓦/400兆瓦时``).
PAIRED = re.compile(r"\d(?:兆瓦|万千瓦|MW|千瓦)\s*[/／]$")


#: A clause adding firms to a place (``新增规上工业企业15户``, ``新培育…企业3家``): never one project's.
#: (the place's scope word and the time may open it: ``全县今年以来新增…企业21家``)
_FIRMS_ADDED = re.compile(r"(?:全[县市区州旗]|[我本][县市区])?(?:今年以来|今年|全年|年内)?"
                          r"(?:力争|确保|全年|年内)?(?:新增|新培育|培育|新引进)[^，,。；;]{0,10}?企业$")


def _report_paragraph(text: str, sent: Span) -> int:
    """Where the paragraph of ``sent`` starts when it tells of a company's periodic report before
    the sentence ends (``…2023年年度报告显示，…。分产品看，…``), else -1."""
    para = text.rfind("\n", 0, sent.start) + 1
    if text.find("报", para, sent.end) < 0:  # cheap test before the pattern
        return -1
    return para if COMPANY_REPORT.search(text, para, sent.end) is not None else -1


#: Care a region gives its own officials (``为干部提供…保障``, ``落实干部年度健康体检``,
#: ``关心关爱基层干部``): the welfare of its staff, told in a report on cadres, no economic figure.
_CADRE_CARE = re.compile(r"(?:为|给|向)(?:基层|年轻|一线|乡镇|村)?干部(?:提供|落实|解决|发放|办理)"
                         r"|关心关爱(?:基层|年轻|一线|乡镇|村)?干部"
                         r"|干部(?:的)?(?:年度)?(?:健康体检|周转房|福利|待遇|津贴|疗休养)")


def _cadre_care(text: str, sent: Span) -> bool:
    """True when the paragraph of ``sent`` up to its end tells of the care given to officials."""
    para = text.rfind("\n", 0, sent.start) + 1
    return text.find("干部", para, sent.end) >= 0 and _CADRE_CARE.search(text, para, sent.end) is not None


def _region_firms(ctx: RecordContext, f: Figure, sent: Span, after: int) -> bool:
    """True when count ``f`` stands in a clause of its own after the project's (from ``after``) and
    adds firms to the place (``…甲项目3月开工，新增规上工业企业15户以上``): the place's statistic."""
    if f.kind != "count":
        return False
    c0 = ctx.clause_start(f.start, sent.start)
    return c0 > after and _FIRMS_ADDED.match(ctx.text, c0, f.start) is not None


#: A park's phase (``某产业园一期项目``, ``园区二期``, ``某物流港首期``): a works, not the park as a place.
_PARK_PHASE = re.compile(r"(?:园区?|基地|港|城)(?:首期|[一二三四五六七八九十]期)(?:项目|工程)?")
#: What may stand between a park's phase and a figure of its own: one clause at most.
_PHASE_REACH = re.compile(r"[^，,；;。！？!?]*(?:[，,][^，,；;。！？!?]*)?")


def _park_phase_subject(text: str, s0: int, pos: int) -> bool:
    """True when the firms counted at ``pos`` (sentence from ``s0``) settled in a park's phase, told in
    the count's clause or the one before it, with no region's scope word between (``园区一期已入驻企业22家``,
    ``…产业园二期建成投用，新入驻电商企业86家``, ``…产业园一期项目，已有12家企业入驻``): the works'
    tenants, no statistic (the phase's output after them stays one, as the park's)."""
    last = None
    for m in _PARK_PHASE.finditer(text, s0, pos):
        last = m
    if last is None or _PHASE_REACH.fullmatch(text, last.end(), pos) is None \
            or _SCOPE_WORD.search(text, last.end(), pos):
        return False
    opens = max(last.end(), *(text.rfind(c, last.end(), pos) + 1 for c in "，,"))
    close = _CLAUSE_CLOSE.search(text, pos)
    return text.find("入驻", opens, close.start() if close else len(text)) >= 0


_CLAUSE_CLOSE = re.compile(r"[，,；;。！？!?\n]")


def project_figure(text: str, s0: int, c0: int, pos: int, metric: str) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``, sentence from ``s0``) is one plant's or plan's.

    Cheap first tests: the metric's characters before any regex.
    """
    if PLANT_FIGURE.search(metric) or PER_UNIT.search(text, c0, pos) or PAIRED.search(text, c0, pos):
        return True
    if "期" in text[s0:pos] and (PHASE_CLAUSE.search(text, s0, pos) or _park_phase_subject(text, s0, pos)):
        return True  # 一期投资1.8亿元，…，年加工某某1.5万吨；二期计划投资…: one phase of a works
    if metric.endswith("增资") and COMPANY_RAISES.search(metric):
        return True  # 某集团宣布增资1.2亿欧元: one company's money
    if "获" in metric and WORKS_FUNDED.search(metric):
        return True  # 某某提标改造工程获专项债券资金8000万元: what one works receives
    if "产能" in metric and text.find("产线", s0, c0) >= 0:
        return True  # 新厂将建置…生产线，年产能达30万件: the line's capacity
    if c0 > s0 and _WORKS_BUILD.match(text, c0) and _NAMED_WORKS.search(text, s0, c0) \
            and not _WORKS_COUNTED.search(text, s0, c0):
        return True  # 某路网工程同步开工,将新建城市道路7.2公里: what the works just named build
    if "完成" not in metric or WORKS_PROGRESS.search(metric) is None \
            or _WHOLE_REGION.search(text, c0, pos) is not None or _TOP_LIST_HEAD.match(metric):
        return False  # (十大重点项目完成投资: the spending of a list, whose total the sentence told)
    return text.find("总投资", s0, pos) >= 0 or _spent_on_named_works(text, s0, c0)


#: A clause telling what works build (``将新建城市道路…``, ``拟改造管网…``), after the works' name.
_WORKS_BUILD = re.compile(r"(?:项目|工程)?(?:将|拟|计划)(?:新建|改建|扩建|改造|铺设|建设|新增)")


def _named_firm_subject(text: str, a0: int, s0: int, pos: int) -> bool:
    """True when the sentence from ``s0`` names, before ``pos``, a firm by the short name the article
    (from ``a0``) set for it, or by the core of its full name told earlier (``湖南湘岳新材料科技有限
    公司`` … ``的湘岳新材料，…去年产值达…``), with no scope word (``全市``) between: the figure is that
    firm's own."""
    shorts = FIRM_SHORT_NAME.findall(text, a0, pos) if text.find("简称", a0, pos) >= 0 else []
    if text.find("公司", a0, s0) >= 0:
        shorts += [core for end, core in _full_names(text, a0) if end <= s0]
    for short in shorts:
        at = text.find(short, s0, pos)
        if at >= 0 and not _SCOPE_WORD.search(text, at, pos):
            return True
    return False


def _full_names(text: str, a0: int) -> list[tuple[int, str]]:
    """(end, core) of each firm's full name in ``text`` from ``a0`` on, found once per article:
    each figure asks for the names before its sentence (a name ends in ``公司``, the shortest
    core first, so a match found in the whole text and ending before a point is the one found in
    the text up to that point)."""
    if _FULL_NAMES[0] is not text or _FULL_NAMES[1] != a0:
        _FULL_NAMES[:] = [text, a0, [(m.end(), m.group("core")) for m in _FIRM_FULL_NAME.finditer(text, a0)]]
    return _FULL_NAMES[2]


#: The last text and article start :func:`_full_names` was asked for, and its answer.
_FULL_NAMES: list = [None, -1, []]


#: A firm's full name told in an article: a place it opens with, its core name, the trade words and
#: legal form (``湖南湘岳新材料科技有限公司`` → ``湘岳新材料``); the core, four characters or more, is
#: how the story names it again.
_FIRM_FULL_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:省|市|县)?"
                             r"(?P<core>[\u4e00-\u9fff]{4,8}?)(?:科技|实业|发展|控股)?"
                             r"(?:股份)?有限(?:责任)?公司")


#: Money spent on the works so far, opening its clause (``目前已完成投资4.2亿元``).
_SPENT_NOW = re.compile(r"(?:目前|现已|现在|当前)(?:已|累计|已累计)?完成投资")
#: Works named in a sentence (``…的年产5万吨某某项目开工``), no count of a class of them (``项目12个``).
_NAMED_WORKS = re.compile(r"[\u4e00-\u9fff](?:项目|工程)(?![\d一二三四五六七八九十两]{1,4}[个项])")
_WORKS_COUNTED = re.compile(r"(?:项目|工程)[\d一二三四五六七八九十两]{1,4}[个项]"
                            r"|[\d]+个[\u4e00-\u9fff]{0,4}项目")


def _spent_on_named_works(text: str, s0: int, c0: int) -> bool:
    """True when the clause from ``c0`` opens with money spent so far (``目前已完成投资4.2亿元``)
    after works named earlier in its sentence (from ``s0``, ``…的甲项目开工，``) and no count of
    projects: the progress of those works, no statistic of the place."""
    return _SPENT_NOW.match(text, c0) is not None and _NAMED_WORKS.search(text, s0, c0) is not None \
        and _WORKS_COUNTED.search(text, s0, c0) is None


#: A clause about a whole region (``，全县重点项目完成投资X``): its own subject, no works' progress.
_WHOLE_REGION = re.compile(r"全(?:省|市|州|县|区|镇|乡)")


#: A project's name, then (in its own item of the sentence) a forecast of what it yields, or
#: what it yields at full production (``…项目8月底满负荷生产，月产值突破…``).
_PROJECT_FORECAST = re.compile(r"项目[^。；;！？]{0,30}?(?:预计|建成后|投产后|达产|满负荷生产|满产)"
                               r"[^。；;！？]{0,20}$")


def project_forecast(text: str, s0: int, pos: int) -> bool:
    """True when the money at ``pos`` is what a project just named is forecast to yield
    (``…的甲项目，预计年产值20亿元、年纳税1.2亿元``) or yields at full production, no statistic
    of a region.

    Cheap first test: ``项目`` in the 60 characters before the figure.
    """
    lo = max(s0, pos - 60)
    if text.find("项目", lo, pos) < 0:
        return False
    m = _PROJECT_FORECAST.search(text, lo, pos)
    # (a count of projects done, ``已有5个工业项目竣工投产,预计新增年产值…``: the place's, no one project's)
    return m is not None and _CLASS_COUNTED_BEFORE.search(text, max(s0, m.start() - 10), m.start()) is None


#: A yearly yield (``新增年产值``, ``年税收``): a figure of a whole year, not of the months so far.
_YEARLY_YIELD = re.compile(r"(?:预计)?(?:新增)?年(?:产值|税收|营收|营业收入|销售收入|利税|纳税)")
#: A period from the year's start up to now (``2025(今年以来)``, ``2025-01/2025-04``).
_SINCE_PERIOD = re.compile(r"^\d{4}\(今年以来\)$|^(\d{4})-01/\1-\d\d$")
#: A count of a class of projects right before ``项目`` (``5个工业``, ``12个重点``).
_CLASS_COUNTED_BEFORE = re.compile(r"(?<![\d.])\d+个[\u4e00-\u9fff]{0,4}$")


#: Words of building works in a sentence (``新建``, ``扩建``, ``建设``…).
_BUILD_WORK = re.compile(r"新建|扩建|改建|建设|建成")


_STOPS = re.compile(r"[。.；;！？!?]")
#: A metric naming a building (``建设标准化厂房``, ``新建仓库``): its size is of what is built.
_BUILDING_END = re.compile(r"(?:厂房|车间|仓库|库房|办公楼|综合楼|用房)$")


#: A yearly output, then another product after ``、`` up to a position (``年产甲50万套、乙``).
_LISTED_OUTPUT = re.compile(r"年(?:可)?(?:产|生产|加工|处理)[^，,。；;]{0,30}?\d(?:[\d.]*)(?:万|亿|千)?"
                            r"(?:吨|台套|套|台|件|辆|只|张|片|块|条|箱|颗|部)、[\u4e00-\u9fff]{1,10}$")


def listed_output(text: str, c0: int, pos: int) -> bool:
    """True when a quantity at ``pos`` follows a yearly output and ``、`` in its clause (``年产甲50万套、
    乙80万套``): a plant's capacity in another product, no statistic."""
    return _LISTED_OUTPUT.search(text, max(c0, pos - 50), pos) is not None


def built_figure(text: str, s0: int, pos: int, metric: str) -> bool:
    """True when a quantity at ``pos`` is the capacity or floor space of what the words just
    before it build (``建设…车间，年产饲料10万吨``, ``扩建…中心，新增仓储面积2万平方米``), not a statistic."""
    if not (CAPACITY_METRIC.match(metric) or "面积" in metric or _BUILDING_END.search(metric)):
        return False
    lo = max(s0, pos - 30)
    for m in _STOPS.finditer(text, lo, pos):
        lo = m.end()  # only the words since the last stop (a stray ``.`` may end a sentence)
    return _BUILD_WORK.search(text, lo, pos) is not None


#: Standard factory floor built in a year or so far (``年内新建标准化厂房``, ``已建成标准化厂房``): with a
#: time or state word before the building verb, the floor a region or a park builds to let to firms,
#: no one works' size (a firm's own ``厂房`` is left alone).
_FLOOR_BUILT = re.compile(r"(?:力争|确保|争取)?(?:年内|全年|今年|已)(?:新建|建成)"
                          r"[\u4e00-\u9fff]{0,2}?标准化?厂房$")


def _floor_of_region(text: str, c0: int, pos: int, metric: str) -> bool:
    """True when the floor at ``pos`` (clause from ``c0``) is built by the place the sentence is about,
    told by its time or state (``力争年内新建标准化厂房20万平方米``, ``园区…已建成标准化厂房15万平方米``)
    with no works named in its clause: a statistic (the floor a project builds stays its own)."""
    return "厂房" in metric and _FLOOR_BUILT.search(metric) is not None \
        and text.find("项目", c0, pos) < 0 and text.find("工程", c0, pos) < 0


#: A bare amount word right after a count (``…共计62件，金额达…``): the amount of what was counted.
AMOUNT_OF_LAST = ("金额", "总额", "金额达", "总额达", "面积", "面积达")


#: The clause before a bare total counting companies and what they did (``协助68家企业在某地增资设厂``).
_COMPANIES_DID = re.compile(r"[\d,.]+万?(?:家|户)[\u4e00-\u9fff]{0,4}?(?:企业|公司|厂商|外商|台商|客商)"
                            r"(?:在[\u4e00-\u9fff]{1,6}?(?=增资|投资|设厂|建厂|扩产|扩建|新建|落户))?"
                            r"(?P<did>(?:增资|投资|设厂|建厂|扩产|扩建|新建|落户)[\u4e00-\u9fff]{0,6})$")


def _companies_total(text: str, start: int, end: int, metric: str) -> str | None:
    """The metric of a bare total (``投资总额逾…``) right after a count of companies and what they did
    (``已协助68家企业在某地增资设厂，投资总额逾…``): the total of that move, a statistic of the place
    (``增资设厂投资总额``), unlike a bare total after a list of projects."""
    c0 = max(start, 1 + max(text.rfind(c, start, end) for c in ",，;；"))
    m = _COMPANIES_DID.search(text, c0, end)
    return m.group("did") + metric if m is not None else None


#: A total named without its subject (``…,总数达到2163家``).
_TOTAL_WORDS = ("总数", "总量", "累计数", "总规模")
#: What is counted anew (``新增``, ``新登记``), after the place the metric may hold (``某县``, a city's
#: ``城区``): the total counts the same units without it.
_NEW_HEAD = re.compile(r"^(?:全[省市县区]|园区|[\u4e00-\u9fff]{1,4}[县区市])?"
                       r"(?:新增|新登记|新注册|新设立|新设|新批|新引进|新培育|新认定)")


def _total_of(last: Record, word: str) -> str | None:
    """The metric of a total right after a statistic of what was added (``新增规模以上工业企业86家,
    总数达到2163家``): the same units, counted in all (``规模以上工业企业总数``)."""
    metric = last.get("metric") or ""
    m = _NEW_HEAD.match(metric)
    if m is None or len(metric) - m.end() < 2:
        return None
    return metric[m.end():] + word


#: A capacity, not a statistic (``日产包装用纸1500吨``, ``年加工甲鱼5000吨``).
#: What a project builds (``新建冷库12万立方米``, ``建设厂房5万平方米``): its size, no statistic.
BUILT_METRIC = re.compile(r"(?:规划|计划|拟|将)?(?:新建|建设|新上|扩建|建成|铺设|敷设|架设)")
#: A sentence about one works named by an anaphor (``该工程…铺设管网186公里``): what it builds is its size.
ONE_WORKS = re.compile(r"[该本此](?:工程|项目)")
#: A sentence tallying what a place has done since it began (``建园以来，累计引进项目…，建成标准化厂房
#: 62万平方米``): the floor space built is the place's statistic, not one project's.
TALLY = re.compile(r"累计|(?:建园|成立|设立|开园|建区)以来")
#: A level a statistic rose from, right before its figure (``亩均税收由2021年的8.6万元提高到…``,
#: ``从去年的…``), and the rise that follows the figure (``提高到``, ``增至``, ``跃升至``).
_RISE_FROM = re.compile(r"[由从](?:(?:19|20)\d{2}年(?:底|末)?|去年|上年|前年)?的?$")
_RISE_TO = re.compile(r"(?:提高|提升|增加|增长|上升|跃升|扩大|升)(?:到|至)|增至")
#: What may stand between the rise and the level it reached (``提高到2023年的``).
_RISE_GAP = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?|去年|上年|今年)?的?")


def _rise_from(text: str, c0: int, f: Figure) -> int | None:
    """Where the words ``由``/``从`` open before a figure a statistic rose from (``亩均产值由2021年的
    210万元增至2023年的386万元``): the figure is the statistic's earlier level; None otherwise."""
    if not _RISE_TO.match(text, f.end):
        return None
    m = _RISE_FROM.search(text, max(c0, f.start - 10), f.start)
    return m.start() if m is not None and m.start() > c0 else None


def _rise_reached(text: str, frm: Figure, f: Figure) -> bool:
    """True when ``f`` is the level reached after the rise from ``frm`` (``…提高到2023年的17.9万元``)."""
    m = _RISE_TO.match(text, frm.end)
    return m is not None and _RISE_GAP.fullmatch(text, m.end(), f.start) is not None


#: A sentence opening on what works yield once built (``达产后年产值…,年纳税…``, ``全部投产后…``),
#: after the works were told of: their forecast, no place's statistic.
_YIELD_OPENING = re.compile(r"\s*(?:项目)?(?:全部|全面)?(?:达产|投产|建成|建成投产)后")
#: Standard factory floor, built by a place for firms to rent (``新建标准化厂房46万平方米``): with no
#: works named before it in the sentence, its size is the place's statistic, not one project's.
CLASS_FLOOR = re.compile(r"标准化?厂房$")
#: A works told of in the sentence before such floor (``某产业园项目…``, ``该园区总投资…``): its own floor.
_ONE_WORKS_TOLD = re.compile(r"项目|工程|总投资|[该本此](?:园区|产业园|基地)")
#: The share of a project's works done (``目前完成工程量的65%``, ``完成总工程量65%``), or of a part of
#: them (``已完成路基工程的70%``, ``完成主体工程的九成``).
WORKS_SHARE = re.compile(r"完成(?:了)?(?:总)?(?:工程量|[\u4e00-\u9fff]{1,6}?工程)的?$")
#: A whole region as the subject (``全市新出让工业用地…，新建标准化厂房38万平方米``): with no project
#: named before it, the floor space built is the region's statistic.
REGION_WIDE = re.compile(r"全[市省县区州](?!场|年|面|部|力|国)")
#: A clause opening on the year's floor space or works to build (``年内新建厂房不少于20万平方米``,
#: ``年内建成投用标准化厂房12万平方米``): with no project named in it, the place's goal.
_YEAR_BUILT = re.compile(r"(?:年内|全年|今年)(?:计划|力争|确保|争取)?(?:新建|建成|建设)")
def _task_start(text: str, lo: int, pos: int) -> int:
    """Start of the item of a list of tasks holding ``pos`` (after the last ``；`` since ``lo``)."""
    return max(lo, text.rfind("；", lo, pos) + 1, text.rfind(";", lo, pos) + 1)


#: A zone or park named before such a clause (``加快某经济开发区南区标准化厂房建设,年内新建厂房…``):
#: the floor space may be its own works; left alone.
_ZONE_NAMED = re.compile(r"开发区|高新区|经开区|新区|产业园|工业园")
CAPACITY_METRIC = re.compile(r"(?:目前|现已|已)?[日月年]可?(?:产|加工|处理|生产|出栏|屠宰)"
                             # (what works supply a day: ``每天可新增供水能力8万立方米``, ``日供气能力``)
                             r"|(?:每天|每日|每年|[日年])?可?(?:新增)?[日年]?(?:供水|供气|供热|污水处理|处理)能力")


def _month_on_month(ctx: RecordContext, sent: Span, f: Figure, last: Record, m0: int, m1: int,
                    growth: tuple[float, int]) -> Record:
    """The month-on-month rate after a statistic's year-on-year one: a statistic of its own
    (metric ``…(环比)``), with the period and region of that statistic."""
    r = _indicator(ctx, sent, f, f"{last.get('metric')}(环比)", m0, m1, growth)
    for name in ("period", "region"):
        if last.get(name) is not None:
            r.set(name, last.get(name), *last.fields[name].evidence)
    return r


#: The first cell of a statistics table's header (``指标名称``), a unit closing a row label.
_TABLE_HEAD = re.compile(r"(?:主要)?指标(?:名称)?")
_LABEL_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6}?)\s*[)）]$")
_GROWTH_HEAD = re.compile(r"增长|增速|增幅|同比")
_TABLE_FIGURE = re.compile(r"[-−+]?\d+(?:\.\d+)?")
_LABEL_MONEY = {"亿元": 100_000_000, "万元": 10_000, "元": 1}


def _line_cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _table_indicators(ctx: RecordContext, art: Span) -> list[Record]:
    """Statistics of a table appended to a release (``指标名称  5月份  同比增长(%)  1-5月份 …``):
    per row, one statistic per period column, the growth column after it as its growth; the
    unit is the row label's (``货物进出口总额(亿元)``), the period the column header's."""
    text = ctx.text
    out: list[Record] = []
    columns: list[tuple[str, str | None]] | None = None  # (kind, period) per column after the label
    place = None  # the place named last before the table: the region of its rows
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        line = text[pos:stop]
        cells = _line_cells(text, pos, stop) if "  " in line or "\t" in line else []
        if cells and _TABLE_HEAD.fullmatch(cells[0][0]):
            columns = [("growth", None) if _GROWTH_HEAD.search(c) else ("value", _period_in(ctx, s, e)[0])
                       for c, s, e in cells[1:]]
            place = ctx.place_for(pos, art.article)
        elif columns is not None and len(cells) == len(columns) + 1 \
                and is_figures_row([c for c, _, _ in cells]):
            out.extend(_table_row(ctx, art, cells, columns, place))
        elif cells or text[pos:stop].strip():
            columns = None
        pos = stop + 1
    return out


def _table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
               columns: list[tuple[str, str | None]], place: Any) -> list[Record]:
    label, l0, l1 = cells[0]
    unit_m = _LABEL_UNIT.search(label)
    unit = unit_m.group(1) if unit_m else None
    metric = label[:unit_m.start()] if unit_m else label
    out = []
    for j, (kind, period) in enumerate(columns):
        if kind != "value":
            continue
        cell = cells[j + 1]
        growth_cell = cells[j + 2] if j + 1 < len(columns) and columns[j + 1][0] == "growth" else None
        growth = float(growth_cell[0].replace("−", "-")) if growth_cell \
            and _TABLE_FIGURE.fullmatch(growth_cell[0]) else None
        if _TABLE_FIGURE.fullmatch(cell[0]):
            number = float(cell[0].replace("−", "-"))
            if unit in _LABEL_MONEY:
                value: Any = int(round(number * _LABEL_MONEY[unit]))
                value_unit = "CNY"
            else:
                value, value_unit = number, unit or ""
        elif growth is not None:
            value, value_unit = growth, "%"  # a growth-only row (规上工业增加值  —  6.1)
        else:
            continue
        r = Record("indicator", article=art.article)
        ev = ctx.evidence(l0, cells[-1][2])
        r.set("value", value, ctx.evidence(cell[1], cell[2]))
        r.set("unit", value_unit, ctx.evidence(cell[1], cell[2]))
        r.set("metric", metric, ctx.evidence(l0, l0 + len(metric)))
        r.set("growth_pct", growth, *([ctx.evidence(growth_cell[1], growth_cell[2])] if growth_cell else []))
        r.set("period", period, ev)
        r.set("region", place_name(place) if place else None,
              *([ctx.evidence(place.start, place.end)] if place else []))
        r.set("status", "actual", ev)
        r.evidence = [ev]
        out.append(r)
    return out


#: The place column of a table by place (``地区``, ``县（市、区）``, ``县市区``).
_PLACE_HEAD = re.compile(r"(?<!\S)(?:地区|县[（(]市、区[)）]|县市区|县区|区县|县市)(?!\S)")
#: A column of money by place that counts no projects (``到位资金（亿元）``, ``实际使用外资（万元）``).
_PLACE_MONEY_HEAD = re.compile(r"(?P<m>[^()（）\s]{2,12})[(（](?P<u>亿元|万元)[)）]")
_BATCH_HEAD = re.compile(r"项目|签约|投资")
_RANK_CELL = re.compile(r"\d{1,3}")


def _place_table_indicators(ctx: RecordContext, art: Span) -> list[Record]:
    """A table by place (``排名  地区  签约项目数（个）  签约金额（亿元）  到位资金（亿元）`` ⏎
    ``1  某县  12  68.2  14.6``): each money column that counts no projects (``到位资金``) gives one
    statistic per row, of the row's place, for the period named last before the table; the
    columns of projects and their amounts are batches."""
    text = ctx.text
    out: list[Record] = []
    cols: list[tuple[int, str, int]] | None = None  # (column, metric, unit) per statistic column
    width = place_at = 0
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        cells = _line_cells(text, pos, stop) if "  " in text[pos:stop] else []
        head = next((i for i, c in enumerate(cells) if _PLACE_HEAD.fullmatch(c[0])), None)
        if head is not None and head <= 1:
            cols = []
            for j, (c, _s, _e) in enumerate(cells):
                m = _PLACE_MONEY_HEAD.fullmatch(c)
                if j > head and m is not None and not _BATCH_HEAD.search(m.group("m")):
                    cols.append((j, m.group("m"), _LABEL_MONEY[m.group("u")]))
            width, place_at = len(cells), head
            period = _period_in(ctx, art.start, pos)[0]
        elif cols and len(cells) == width and all(_RANK_CELL.fullmatch(c[0]) for c in cells[:place_at]):
            place = next((m for m in ctx.mentions_in("places", cells[place_at][1], cells[place_at][2])
                          if isinstance(m.value, dict)), None)
            if place is not None:
                for j, metric, unit in cols:
                    cell = cells[j]
                    if not _TABLE_FIGURE.fullmatch(cell[0]):
                        continue
                    r = Record("indicator", article=art.article)
                    ev = ctx.evidence(cells[0][1], cells[-1][2])
                    r.set("value", int(round(float(cell[0]) * unit)), ctx.evidence(cell[1], cell[2]))
                    r.set("unit", "CNY", ctx.evidence(cell[1], cell[2]))
                    r.set("metric", metric, ev)
                    r.set("growth_pct", None)
                    r.set("period", period, ev)
                    r.set("region", place_name(place), ctx.evidence(place.start, place.end))
                    r.set("status", "actual", ev)
                    r.evidence = [ev]
                    out.append(r)
        elif text[pos:stop].strip():
            cols = None
        pos = stop + 1
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
#: Words joining a pair of figures (``42618元和20154元``); ``、`` is a clause tail of its own.
_PAIR_JOINS = frozenset("和及与")
_CLAUSE_MARKS = "，,。；;：:\n"


#: The kind of measure a rate, a sum or an amount is named by (its last character).
_MEASURE_ENDS = frozenset("率额量值数")


def _head_of_pair(first: str, rest: str) -> str | None:
    """The head the first subject shares with a shorter second one (``签约项目开工率、投产率``:
    ``签约项目``): the first's words before a measure of the same kind (``…率``), or None."""
    if len(rest) < 2 or rest[-1] != first[-1] or rest[-1] not in _MEASURE_ENDS or len(first) <= len(rest):
        return None
    return first[:len(first) - len(rest)]


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
        j = next((i for i, c in enumerate(subject) if c in "、和与及"), -1)
        first, rest = subject[:j], subject[j + 1:]
        if j < 1:
            continue
        head = ""
        if len(rest) <= len(first) + 1:
            head = _head_of_pair(first, rest)
            if head is None:
                continue  # 签约项目开工率、投产率: the first named in full, the second after its head
        r.set("metric", first if head else first + rest[len(first):], ctx.evidence(c0, m.start()))
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
        r2.set("metric", head + rest, ctx.evidence(c0 + j + 1, m.start()))
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


#: Two rates given in turn to the two statistics before them, in clauses of their own
#: (``接待游客…万人次，实现旅游收入…亿元，同比分别增长12.4%和15.1%``, also ``分别同比增长``).
_RATES_IN_TURN = re.compile(r"(?:同比|比上年)?分别(?:同比|比上年)?(增长|下降)"
                            r"(\d+(?:\.\d+)?)%(?:和|、|与|及)(\d+(?:\.\d+)?)%")


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


#: A metric that is only the base of a comparison (``较上周``, ``比上月``, ``环比``): no measure.
COMPARISON_ONLY = re.compile(r"(?:较|比)(?:上周|上月|上旬|上季度|上年|去年|年初|上年同期|去年同期)|同比")
#: A part of a region's land after ``其中`` (``其中中心城区增长8.1%``): the rate of the measure before.
_AREA_PART = re.compile(r"(?:其中)?(?:中心城区|主城区|主城都市区|城区|县城|城镇|农村|乡村|县域|园区)")
#: The measures a part of a whole shares with it (``粮食播种面积…，其中水稻38.2万亩``).
#: (``新能源装机规模…，其中风电312万千瓦、光伏174万千瓦``: the parts' power installed)
_MEASURES = ("播种面积", "种植面积", "面积", "产量", "产值", "零售额", "出口额", "进口额", "余额", "收入",
             "装机容量", "装机规模", "装机")


def _part_metric(whole: str, part: str) -> str | None:
    """The metric of a part named by a short noun after ``其中`` (``水稻``), in the measure of the
    whole before it (``粮食播种面积`` → ``水稻播种面积``), or None when the whole names none."""
    measure = next((m for m in _MEASURES if whole.endswith(m)), None)
    return part + measure if measure and part else None


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
        if r.get("period") is None and r.get("status") == "actual":
            r.set("period", period, ctx.evidence(p0, p1))


#: A month told as one point inside a longer report: the month alone (``9月当月``, ``当月``) or its
#: end (``9月末``, ``6月底``).
_POINT_MONTH = re.compile(r"(?:份)?当月|[末底]")


def _point_period(text: str, field: Any) -> bool:
    """Whether a period was read from a month told as a point (``9月当月,规上工业增加值增长…``,
    ``9月末,存款余额…``)."""
    ev = field.evidence[0] if field.evidence else None
    if ev is None or not isinstance(field.value, str) or "/" in field.value:
        return False
    return ev.text.endswith(("末", "底")) or _POINT_MONTH.match(text, ev.end) is not None


def _carry_over(records: list[Record], text: str = "") -> None:
    """Statistics of an article without a period or region of their own keep those of the
    statistic before them (``前三季度,全省生产总值…。分产业看,第一产业增加值…``). A month told as a
    point (``9月当月``, ``9月末``) holds for its own paragraph only: a later paragraph keeps the
    period of the report before it."""
    prev: dict[str, Any] = {}
    span: Any = None  # the last period that is no point, and the end of the point's paragraph
    point_end = -1
    balance: Any = None  # the period of the last balance (a stock at a month's end)
    for r in records:
        at = r.evidence[0].start if r.evidence else -1
        if point_end >= 0 and at > point_end and span is not None and "period" in prev:
            prev["period"] = span  # 9月末,存款余额…。⏎居民收入…: the report's period again
            point_end = -1
        if r.get("period") is None and balance is not None and str(r.get("metric") or "").endswith("余额"):
            r.set("period", balance.value, *balance.evidence)  # …余额…；其中涉农贷款余额…: the same day
        elif r.get("period") is not None and str(r.get("metric") or "").endswith("余额"):
            balance = r.fields["period"]
        for name in ("period", "region"):
            if r.get(name) is None and name in prev:
                if name == "period" and str(r.get("metric") or "").startswith("已建成"):
                    continue  # 园区…已建成标准化厂房15万平方米: what stands built now, no flow of a period
                value = prev[name].value
                if name == "period" and isinstance(value, str) and value.endswith("(目标)") \
                        and r.get("status") == "actual":
                    continue  # 会议提出，到2027年…。会上，设立…基金: what was done is no goal's
                if name == "period" and r.get("status") == "target" and isinstance(value, str) \
                        and TARGET_PERIOD.fullmatch(value):
                    value = f"{value}(目标)"  # 今年…增长10%;确保审批时间压缩至…: a goal of that year
                r.set(name, value, *prev[name].evidence)
            elif r.get(name) is not None and r.get(name) != SLOGAN_PERIOD:
                if name == "period" and text and _point_period(text, r.fields[name]):
                    if point_end < 0 and "period" in prev:
                        span = prev["period"]
                    ev = r.fields[name].evidence[0]
                    point_end = len(text) if (n := text.find("\n", ev.end)) < 0 else n
                elif name == "period":
                    point_end = -1
                prev[name] = r.fields[name]  # (a slogan's goal is no period of what follows)


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


#: A count of projects given to places in turn (``开工项目``, ``签约项目数``): batches, not statistics.
_PROJECTS_COUNTED = re.compile(r"项目(?:数|个数)?$")


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
    return out, taken


def _item_head(text: str, sent: Span) -> bool:
    """Whether a sentence opens on a dash item's bare project name closed by a full stop
    (``——甲工程。总投资2.9亿元，新建管网36公里``): the item is that project's."""
    dot = text.find("。", sent.start, sent.end)
    return dot > 0 and ITEM_HEAD_NAME.fullmatch(text, sent.start, dot) is not None


def _rate_before(ctx: RecordContext, sent: Span, before: list[Record] | None) -> tuple[str, int, int] | None:
    """The metric of the last rate told in the paragraph before ``sent`` (``全市规模以上工业增加值同比
    增长7.2%``) with its span, or None."""
    for r in reversed(before or []):
        ev = r.fields.get("metric")
        if ev is None or not ev.evidence or r.get("unit") != "%" or r.get("growth_pct") is None:
            continue
        e = ev.evidence[0]
        if e.end > sent.start or ctx.text.find("\n", e.end, sent.start) >= 0:
            return None
        return str(r.get("metric")), e.start, e.end
    return None


def _clause_place(ctx: RecordContext, sent: Span, f: Figure) -> Any:
    """A province or city opening the clause of a figure (``甘肃新能源发电量达到…``): its region."""
    c0 = ctx.clause_start(f.start, sent.start)
    for m in ctx.mentions_in("places", c0, c0 + 1):
        if isinstance(m.value, dict) and m.value.get("level") in ("province", "prefecture") \
                and m.end < f.start and not ctx.in_org(m.start):
            return m
    return None


#: A park opening a figure's clause as its subject (``崇某飞地产业园实现规上工业产值…``,
#: ``某某产业园完成工业投资…``), a park the gazetteer may not know: the park's own figures.
_PARK_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:飞地产业园|飞地园区|产业园区|产业园|工业园区|工业园)"
                           r"(?=(?:共|累计|共计)?(?:实现|完成|新增|引进|入驻))")


#: The verb after a park's name in a metric read with it (``…产业园实现规上工业产值``).
_PARK_VERB = re.compile(r"^(?:共|累计|共计)?(?:实现|完成)")


def _park_subject(ctx: RecordContext, sent: Span, f: Figure) -> tuple[str, int, int] | None:
    """The park named as the subject opening the clause of ``f`` (:data:`_PARK_SUBJECT`) when no
    known place opens it: (name, start, end); None otherwise."""
    c0 = ctx.clause_start(f.start, sent.start)
    m = _PARK_SUBJECT.match(ctx.text, c0, f.start)
    if m is None or any(p.start == c0 for p in ctx.mentions_in("places", c0, m.end())):
        return None
    return m.group(), m.start(), m.end()


#: A place a subject relies on (``某县将以某工业园为主阵地，…``): the platform, not the subject.
_PLATFORM = re.compile(r"以([^，,。；;以]{2,16}?)为(?:主阵地|主战场|主平台|主载体|载体|平台|依托|核心区?)")


def _headline_scope(ctx: RecordContext, sent: Span, pos: int) -> tuple[str, int, int] | None:
    """The region of a scope word in the headline (``全市三季度重点项目现场推进会举行``) for a statistic
    whose paragraph names no place before it (``会议要求，各地要…，确保全年…``) in a story of the
    region's tour (see :func:`_region_toured`): the whole region's meeting sets the region's goals,
    not those of the first place it visited."""
    if sent.article is None or not 0 <= sent.article < len(ctx.doc.articles):
        return None
    ev = ctx.doc.articles[sent.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text) or SCOPE_RE.search(ctx.text, ev.start, ev.end) is None:
        return None
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    if ctx.mentions_in("places", para, pos) or not _region_toured(ctx, ev.end, para):
        return None
    return ctx.scope_region(Span(ev.start, ev.end, sent.article), ev.end, sent.article)


#: A tour visiting places one after another (``先后深入甲县、乙县``, ``相继走进…``).
_TOUR = re.compile(r"(?:先后|相继|依次)(?:深入|走进|来到|前往|走访|到)")


def _region_toured(ctx: RecordContext, start: int, end: int) -> bool:
    """Whether a sentence of ``start``–``end`` sends a whole region's tour (a scope word before it in
    its sentence: ``全市…推进会举行，与会人员先后深入…``) to its places: the places named after it are
    stops, the region is the scope word's."""
    for m in _TOUR.finditer(ctx.text, start, end):
        stop = max(ctx.text.rfind("。", start, m.start()), ctx.text.rfind("\n", start, m.start()), start)
        if SCOPE_RE.search(ctx.text, stop, m.start()) is not None:
            return True
    return False


def _platforms(ctx: RecordContext, sent: Span, pos: int) -> list[tuple[int, int]]:
    """Spans of the places a sentence's subject builds on (:data:`_PLATFORM`) before ``pos``."""
    if ctx.text.find("以", sent.start, pos) < 0:
        return []
    return [m.span(1) for m in _PLATFORM.finditer(ctx.text, sent.start, pos)]


def _item_subject(ctx: RecordContext, sent: Span, pos: int) -> Any:
    """A city or county opening the sentence, or its ``；``-item, that holds ``pos``
    (``甲市完成投资X，占年度计划的Y%，完成率居全省第2位；…``): the subject of the item's figures."""
    text = ctx.text
    at = max(sent.start, text.rfind("；", sent.start, pos) + 1, text.rfind(";", sent.start, pos) + 1)
    for place in ctx.mentions_in("places", at, pos):
        if place.start == at and isinstance(place.value, dict) and not ctx.in_org(place.start) \
                and place.value.get("level") in ("prefecture", "city", "county"):
            return place
        break
    return None


def _indicator(ctx: RecordContext, sent: Span, f: Figure, metric: str, m0: int, m1: int,
               growth: tuple[float, int] | None) -> Record:
    r = Record("indicator", article=sent.article)
    value, unit = _value(f)
    r.set("value", value, ctx.evidence(f.start, f.end))
    r.set("unit", unit, ctx.evidence(f.start, f.end))
    r.set("metric", metric, ctx.evidence(m0, m1))
    if growth is not None:
        r.set("growth_pct", growth[0], ctx.evidence(f.start, f.end))
        if f.kind == "percent":
            r.set("value", growth[0], ctx.evidence(f.start, f.end))  # 下降1.2%: a growth of -1.2
    else:
        r.set("growth_pct", None)
    period, p0, p1 = _period(ctx, sent, f.start)
    r.set("period", period, *([ctx.evidence(p0, p1)] if p0 >= 0 else []))
    scope = ctx.scope_region(sent, f.start, sent.article)
    if scope is None and ctx.text.find("园", sent.start, f.start) >= 0:
        scope = _park_subject(ctx, sent, f)  # 某飞地产业园实现…: the park's figures
        if scope is not None and metric.startswith(scope[0]):
            rest = _PARK_VERB.sub("", metric[len(scope[0]):])
            if len(rest) >= MIN_METRIC:
                r.set("metric", rest, ctx.evidence(m1 - len(rest), m1))
    place = None if scope is not None else _clause_place(ctx, sent, f)
    if scope is None and place is None:
        scope = _headline_scope(ctx, sent, f.start) \
            or ctx.lead_city_scope(sent, f.start)  # 全市…推进会举行 … 会议要求，…确保全年…
    if scope is None and place is None and not ctx.mentions_in("places", sent.start, f.start):
        scope = ctx.provincial_meeting(sent.article)  # 全省…推进会在某地召开。…完成投资X: the province's
    if scope is None and place is None:
        place = ctx.place_for(f.start, sent.article, sent, _platforms(ctx, sent, f.start), past_venue=True)
    # (a scope word wins, then a place of the clause, then the subject, not a platform it builds on)
    if scope is not None:
        r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
    elif place is not None:
        community = _COMMUNITY_AFTER.match(ctx.text, place.end)
        if community is not None:  # 某经开区某某社区今年以来…: the community is the region
            r.set("region", place_name(place) + community.group(), ctx.evidence(place.start, community.end()))
        else:
            r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    else:
        r.set("region", None)
    c0 = ctx.clause_start(f.start, sent.start)
    if (park := _run_park(ctx, sent, f.start)) is not None \
            and (ctx.text.startswith("园区", c0) or (park[3] and not ctx.mentions_in("places", c0, f.start))):
        # 园区亩均税收…:……这是某县推进工业园区…; 三年建成厂房…:……这是某经开区推行…: the park's figures
        r.set("region", park[0], ctx.evidence(park[1], park[2]))
    elif scope is None and ctx.text.startswith("园区", c0) and not ctx.mentions_in("places", c0, f.start) \
            and (zone := _zone_before(ctx, sent)) is not None:
        r.set("region", place_name(zone), ctx.evidence(zone.start, zone.end))  # 某经开区引进…。园区实现产值…
    elif scope is None and ctx.text.find("园区", sent.start, f.start) >= 0 \
            and (zone := ctx.asked_park(sent, f.start)) is not None:
        r.set("region", place_name(zone), ctx.evidence(zone.start, zone.end))  # 记者：某园区…？ 某某：园区…
    status, cue = ctx.status(sent, f.start)
    if status == "target" and _run_close(ctx, sent, f.start) is not None:
        status, cue = "actual", None  # 争取授信21.6亿元……这是…的一组数据: results, no goal
    pub, year = ctx.doc.meta.pub_date, ctx.doc.meta.year
    if status == "target" and period is not None and year is not None \
            and _ended_before(period, (year, pub.month if pub is not None else 0)):  # 0: month unknown
        status, cue = "actual", None  # 预计全年… of a past year (or quarter) is an estimate, not a goal
    if status == "target" and cue is not None and ctx.text.startswith("预计", cue[0]) and year is not None \
            and pub is not None and pub.month == 12 and period == str(year):
        status, cue = "actual", None  # 全年预计实现… in the year's last month: the year's estimate, no goal
    if status != "target" and period is not None and year is not None and period.isdigit() \
            and int(period) > year:
        status, cue = "target", None  # 提出，到2027年，…比重达到60%以上: a later year can only be a goal's
    r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(f.start, f.end))
    if status == "target" and (period is None or p0 < sent.start) and year is not None \
            and (each := _EACH_YEAR.search(ctx.text, c0, f.start)) is not None:
        # 到2027年…。市级财政每年安排5000万元设立…: a sum each year, from this year on (no goal year's)
        period = str(year)
        r.set("period", period, ctx.evidence(*each.span()))
    if status == "target" and period is not None and TARGET_PERIOD.fullmatch(period):
        # a goal's year: 2023(目标); what there is now, in a plan's sentence: 2023(现有)
        mark = "现有" if _existing(ctx.text, f.start) else "目标"
        r.set("period", f"{period}({mark})", *r.fields["period"].evidence)
    if _slogan_figure(ctx.text, f):
        r.set("period", SLOGAN_PERIOD, ctx.evidence(f.start, f.end))  # 建设“千亿产值、百亿税收”园区
    r.evidence = [ctx.evidence(min(m0, f.start), f.end)]
    return r


#: A sum or amount given each year (``每年安排``, ``每年新增``), before a figure in its clause.
_EACH_YEAR = re.compile(r"每年")


#: The period of a slogan's figures: a goal with no date.
SLOGAN_PERIOD = "远期目标"
#: A round scale with no digits (``千亿``, ``百亿元``, ``万亿级``).
_ROUND_SCALE = re.compile(r"[十百千万]+亿")


def _slogan_figure(text: str, f: Figure) -> bool:
    """True for a round figure written in words inside quotation marks, a slogan of what a place
    is to become (``立下建设“千亿产值、百亿税收”园区军令状``): a goal with no date of its own."""
    surface = text[f.start:f.end]
    if re.search(r"\d", surface) or not _ROUND_SCALE.match(surface):
        return False
    line = text.rfind("\n", 0, f.start) + 1
    opened = text.rfind("“", line, f.start)
    if opened < 0 or text.find("”", opened, f.start) >= 0:
        return False
    close, eol = text.find("”", f.end, f.end + 20), text.find("\n", f.end)
    return close >= 0 and (eol < 0 or close < eol)


#: A title of a firm's own person (``公司董事长某某``, ``总经理某某``, ``项目生产负责人某某``).
_FIRM_TITLE = (r"(?:董事长|总经理|总裁|厂长|创始人|首席执行官"
               r"|(?:公司|企业|集团|项目[\u4e00-\u9fff]{0,2})负责人)")
#: The speaker right after a closing quotation mark (``”董事长某某介绍``, ``”某某说``), maybe while
#: doing something (``”某某一边查看产品一边介绍``).
_SPEAKER_AFTER = re.compile(r"”[,，]?(?P<who>[\u4e00-\u9fff]{2,14}?)(?:一边[\u4e00-\u9fff]{1,10}?一边)?"
                            r"(?:介绍|说|表示|坦言|告诉记者|感慨)")
#: A firm's person telling, with no quotation marks, what follows (``某某有限公司总经理某某说，今年…``):
#: the figures after are the firm's own.
_FIRM_SAYS = re.compile(r"(?:公司|集团|厂)" + _FIRM_TITLE
                        + r"[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|坦言|告诉记者)[,，:：]")
_SAYS_WORDS = ("说", "表示", "介绍", "坦言", "告诉")
#: People engaged for a role (``聘请12名在外企业家为“招商大使”``): a ceremony's appointments, no statistic.
_APPOINTED = re.compile(r"聘请|聘任|选聘|特聘|受聘|聘为")
#: The speaker right before an opening quotation mark (``某某说：“``).
_SPEAKER_BEFORE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,14}?)(?:介绍|说|表示|坦言|告诉记者)[:：]?$")


def _firm_quote(text: str, art_start: int, f: Figure) -> bool:
    """True for a figure inside quotation marks spoken by a firm's person: the speaker is named
    with a firm's title there (``”公司董事长某某说``) or earlier in the article
    (``董事长某某`` before ``”某某介绍``); what a firm's person tells is the firm's own figure."""
    quote = _quote_around(text, f)
    if quote is None:
        return False
    line, (opened, close) = text.rfind("\n", 0, f.start) + 1, quote
    m = _SPEAKER_AFTER.match(text, close, close + 24) \
        or _SPEAKER_BEFORE.search(text, max(line, opened - 16), opened)
    if m is None:
        return False
    who = m.group("who")
    return re.search(_FIRM_TITLE, who) is not None \
        or re.search(_FIRM_TITLE + re.escape(who), text[art_start:opened]) is not None


#: Firms brought in through a broker's introduction (``在某某的牵线下``, ``由某企业牵线搭桥``).
_BROUGHT_BY = re.compile(r"牵线|引荐")
#: What a thing can reach or only comes to, right before the figure (``能达到``, ``只有``).
_REACH_BEFORE = re.compile(r"(?:能够?|可以)(?:达到|做到|实现|有)$|只有$")


def _spoken_reach(text: str, f: Figure) -> bool:
    """True for a figure inside quotation marks told as what something can reach or only comes to
    (``“一亩地盖单层厂房只有…,上楼以后能做到…”``): a speaker's comparison, no statistic."""
    return _REACH_BEFORE.search(text, max(0, f.start - 4), f.start) is not None \
        and _quote_around(text, f) is not None


def _quote_around(text: str, f: Figure) -> tuple[int, int] | None:
    """The opening and closing quotation marks around ``f`` on its line, else None."""
    line = text.rfind("\n", 0, f.start) + 1
    opened = text.rfind("“", line, f.start)
    if opened < 0 or text.find("”", opened, f.start) >= 0:
        return None
    eol = text.find("\n", f.end)
    close = text.find("”", f.end, len(text) if eol < 0 else eol)
    return (opened, close) if close >= 0 else None


_PART_OF_YEAR = re.compile(r"(\d{4})-([QH])([1-4])")


def _ended_before(period: str, when: tuple[int, int]) -> bool:
    """Whether a period (``2023``, ``2024-Q1``, ``2024-H1``) ended before the (year, month) of
    publication (month 0 when only the year is known)."""
    if not period[:4].isdigit():
        return False
    m = _PART_OF_YEAR.match(period)
    if m is None:
        return int(period[:4]) < when[0]
    last_month = int(m.group(3)) * (3 if m.group(2) == "Q" else 6)
    return (int(m.group(1)), last_month) < when


@hookimpl
def newsmill_extract(doc: Document) -> list[Record]:
    """Records of this kind for one document."""
    return readable(doc, extract_indicators(doc))
