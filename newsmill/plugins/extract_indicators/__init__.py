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
from decimal import Decimal

import attrs

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record
from newsmill.plugins.extract_indicators.bonds import firm_bond
from newsmill.plugins.extract_indicators.figures import (
    _added_metric,
    _cadre_care,
    _companies_total,
    _floor_of_region,
    _month_on_month,
    _named_firm_subject,
    _region_firms,
    _rise_from,
    _rise_reached,
    _since_year_start,
    _task_start,
    _total_of,
    _works_told,
    beds_of_lodgings,
    built_figure,
    designed_list,
    goods_value_of,
    households_of_estates,
    income_of_visitors,
    listed_output,
    once_built_of_one_works,
    project_figure,
    project_forecast,
    yearly_list_opening,
)
from newsmill.plugins.extract_indicators.metrics import (
    _bare_share,
    _class_counted,
    _class_done_first,
    _metric,
    _parks_set_up,
    _plant_names,
    _plant_subject,
    _project_names,
    _scale_of,
    _share_of,
    _used_spans,
    _works_plan,
    _works_spent,
)
from newsmill.plugins.extract_indicators.patterns import (
    _CLASSES,
    _DONE_CLASS_BEFORE,
    _FIRM_TITLE,
    _MEASURES,
    _NAMED_WORKS,
    _PLACE_HEAD,
    _SCOPE_WORD,
    _TOP_LIST_BEFORE,
    CAPACITY_METRIC,
    ECONOMIC_COUNT,
    INDUSTRY_FARMS,
    MIN_METRIC,
    NOT_STATISTIC,
    PUBLIC_SERVICE_COUNT,
    VISITS_TREATED,
    one_bank_subject,
    platform_figure,
    topic_metric,
    works_capacity,
    works_gain,
)
from newsmill.plugins.extract_indicators.periods import (
    _after_plan_share,
    _cue_near,
    _goal_measures,
    _page_year_period,
    _report_paragraph,
    _restated,
    _sub_head_rounded,
    _value,
    _value_after_growth,
    _whole_year_looked_back,
)
from newsmill.plugins.extract_indicators.record import (
    _firm_quote,
    _indicator,
    _spoken_reach,
)
from newsmill.plugins.extract_indicators.scope import (
    _item_head,
)
from newsmill.plugins.extract_indicators.series import (
    _carry_over,
    _given_in_turn,
    _headline_period,
    _later_place_dropped,
    _part_metric,
    _ranks,
    _ranks_held,
    _rates_in_turn,
    _respective,
    _subjects_in_turn,
    _time_limits,
    _works_in_turn,
    added_part_metric,
    rates_ranked,
)
from newsmill.plugins.extract_indicators.support import funds_of_one_works, support_for_one_project
from newsmill.plugins.extract_indicators.tables import (
    _place_table_indicators,
    _table_indicators,
)
from newsmill.plugins.extract_indicators.values import (
    _content_label_end,
    _count_is,
    _counted_noun,
    _firms_among,
    _formed_series,
    _growth,
    _other_subject,
    _quoted_drive,
    _restates,
    _shared_head,
    _sites_built,
    _stage_measure,
)
from newsmill.plugins.extract_indicators.works_told import (
    first_days_of_works,
    funds_in_a_sum,
    land_for_a_class,
    plants_batch_size,
    shipped_a_day,
    site_plans,
    works_progress,
    yearly_turnover,
)
from newsmill.zh.abroad import park_abroad_subject
from newsmill.zh.article_layout import is_field_line
from newsmill.zh.figures import Figure
from newsmill.zh.readable import readable
from newsmill.zh.recctx import RecordContext, SpanSet, context_of, prose_items
from newsmill.zh.record_senses import no_statistic
from newsmill.zh.tables import spaced_row_spans

#: A part of the total just read, after ``其中`` (``总投资78.6亿元，其中设备购置投资41.2亿元``): the batch's.
#: (an investment of its own kind only: ``其中合同外资3.2亿美元`` after a signing's sum stays a statistic)
_PART_OF_TOTAL = re.compile(r"[,，;；]其中[\u4e00-\u9fff]{0,8}?投资(?:额)?(?:达到|达|为|约)?")
#: The share that part takes, told next (``，设备投资占比达到52.4%``).
_SHARE_OF_PART = re.compile(r"占比|比重|占总投资")


#: A round level climbed to, right after its figure (``迈上百亿元台阶``, ``突破千亿元大关``).
_CLIMBED_TO = re.compile(r"(?:的)?(?:台阶|大关|关口)")


#: What may close a figure's clause; a level climbed to closes it too (``迈上百亿元台阶。``,
#: ``突破千亿元大关``).
#: An infographic's next line, a figure with no stop (``完成年度计划的71.9%``), or the line's end:
#: the figure before it closed its own line.
_FIGURE_LINE = re.compile(r"[^\n。，,；;]{1,30}?\d+(?:\.\d+)?[^\n。，,；;]{0,12}(?:\n|$)|\n|$")


#: An infographic's next line opening on a figure's clause (``投放基金6.3亿元，支持项目7个``).
_FIGURE_CLAUSE_LINE = re.compile(r"[^\n。，,；;]{1,30}?\d+(?:\.\d+)?[^\n。，,；;]{0,12}[，,；;。]")


#: A clause opening on a period alone before a rate (``上半年累计上涨0.1%``, ``9月份上涨0.6%``): the rate
#: just told, of another period.
_PERIOD_ALONE = re.compile(r"[ \u3000]*(?:今年)?(?:[一二三四]季度|前三季度|上半年|下半年|前\d{1,2}个?月"
                           r"|1?\d\s*[-—–至]\s*1?\d月|1?\d月份?|今年以来)(?:以来)?(?:累计|同比|比上年同期)*"
                           r"(?:上涨|上升|增长|下降|回落)?")


#: What leads a breakdown by place after the whole's rate (``。分地州市看，``, ``。分县（市、区）看，``,
#: ``，其中，``).
_BY_PLACE_LEAD = re.compile(r"[。；;]\s*分[\u4e00-\u9fff（）()、]{1,8}看[，,：:]|[，,；;]\s*其中[，,：:]?")


def _rate_told_before(ctx: RecordContext, out: list[Record], m0: int) -> str | None:
    """The statistic of a rate told right before a breakdown by place that opens at ``m0`` (``全区规上
    工业增加值同比增长8.3%。分地州市看，甲州增长9.8%``): the places' rates are of the same statistic.
    None when the last record is no rate or a sentence of other words stands between."""
    if not out or out[-1].get("unit") != "%" or out[-1].get("growth_pct") is None or not out[-1].evidence:
        return None
    end = out[-1].evidence[0].end
    return str(out[-1].get("metric")) if 0 <= m0 - end <= 16 and _BY_PLACE_LEAD.fullmatch(ctx.text, end, m0) \
        else None


def _place_alone(ctx: RecordContext, m0: int, m1: int) -> bool:
    """True when the metric span ``m0``–``m1`` is a place's name and nothing else (``乙县增长9.6%``
    after ``甲县某指标增长…``): the next place's rate of the statistic just told."""
    found = ctx.mentions_in("places", m0, m1)
    return m1 - m0 >= 2 and len(found) == 1 and found[0].start == m0 and found[0].end == m1


def _bare_figure_line(text: str, end: int) -> bool:
    """True when the line ending at ``end`` is short and stop-free (``争取超长期特别国债资金9.6亿元``)
    and the next line opens on a figure's clause: an infographic's lines, each its own clause."""
    line = text[text.rfind("\n", 0, end) + 1:end]
    return len(line) <= 30 and not any(c in line for c in "。，,；;") \
        and _FIGURE_CLAUSE_LINE.match(text, end + 1) is not None


def _table_row(text: str, end: int) -> bool:
    """True when the line ending at ``end`` is a table's row, its cells apart by wide gaps or tabs
    (``合计  —  60.3亿元  22.5亿元``)."""
    line = text[text.rfind("\n", 0, end) + 1:end]
    return "  " in line or "\t" in line or "\u3000\u3000" in line


CLAUSE_TAIL = re.compile(r"(?:以上|左右|余|多)?(?:[,，。;；、:：!！?？()（）…]|[和及与](?=\d)|$"
                         r"|(?:的)?(?:台阶|大关|关口)(?=[,，。;；]|$)"
                         # the last of goals listed closing on what they are (``、固定资产投资增长8%以上的
                         # 预期目标``)
                         r"|的(?:预期|主要|年度)?目标(?=[,，。;；]|$)"
                         # the energy half of a storage plant's paired size (``312万千瓦/628万千瓦时,``)
                         r"|[/／]\d+(?:\.\d+)?万?(?:千瓦时|兆瓦时|吉瓦时|MWh|GWh|kWh)(?=[,，。;；]|$))")
#: The energy half of a paired size right after a power (``/628万千瓦时``): part of the figure told.
_PAIRED_ENERGY = re.compile(r"[/／]\d+(?:\.\d+)?万?(?:千瓦时|兆瓦时|吉瓦时|MWh|GWh|kWh)")


def _told_end(text: str, end: int) -> int:
    """The end of a figure ending at ``end`` with the energy half of its pair (``312万千瓦/628万千瓦时``)."""
    if text.startswith(("/", "／"), end) and (m := _PAIRED_ENERGY.match(text, end)) is not None:
        return m.end()
    return end


#: Visiting firms or receiving guests, before a count in its clause: work done, no statistic.
#: (on an investment trip: ``考察…企业8家``, ``对接…企业3家``)
_VISITS = re.compile(r"走访|拜访|接待(?![\u4e00-\u9fff]{0,4}?(?:游客|旅客))|来访|考察|对接(?!会)")
#: Firms counted, then what an office did with them in the same clause (``与3家企业交换了投资意向``,
#: ``其中2家企业计划…来某地实地考察``): a week's work, no statistic.
_FIRMS_MET = re.compile(r"[\d一二三四五六七八九十两]+家(?:企业|客商|公司)?[^，,。；;！？\n]{0,14}?"
                        r"(?:交换|达成|洽谈|对接|考察|踏勘|拜访|走访)")


SKIP_BEFORE = re.compile(r"(给予|一次性)[^,，。]{0,6}$"
                         # a reward per firm meeting a condition (``对年产值首次突破10亿元的企业奖励50万元``)
                         r"|对[^,，。；;]{2,30}?(?:企业|项目|个人|人才|团队|单位|商户|合作社|经营主体)(?:分别)?"
                         r"(?:最高)?(?:奖励|补贴|补助|奖补)(?:资金)?(?:最高)?$"
                         # the price of one contract or bid (``中标价1873万元``, ``投标报价：…``,
                         # ``合同价格为…``; a sum signed, ``合同金额``, ``签约金额``, is a tally of its own)
                         r"|(?:(?:中标|投标|控制|招标)(?:价格?|报价|金额|限价)|合同(?:价格?|报价))"
                         r"(?:为|是|达|约)?[:：]?$"
                         # what one firm named in full invests (``某某新材料股份有限公司投资36亿元，建设…``)
                         r"|(?:有限(?:责任)?公司|股份(?:有限)?公司)(?:则|亦|也|还)?(?:拟|将|计划|预计)?(?:总)?投资"
                         r"(?:约|近|超|达)?$"
                         # (a group planning a works: ``香港某某集团则计划投资22亿元，在…开发…``)
                         r"|集团(?:则|亦|也|还)?(?:拟|将|计划)(?:总)?投资(?:约|近|超|达)?$")


#: A share bounded by a floor or a ceiling (``其中公益岗位工资占比不低于60%``, ``比例原则上不超过30%``):
#: a rule for how funds are spent, no statistic, unless the clause aims at it (``力争…``, ``年内…``)
#: or measures a share of a whole it names (``工业投资占全部投资的比重不少于40%``).
_BOUNDED_SHARE = re.compile(r"(?:占比|比例|比重)(?:原则上|应|须|需)?"
                            r"(?:不低于|不少于|不超过|不高于|不得低于|不得超过)$")
_SHARE_AIMED = re.compile(r"力争|确保|争取|目标|年内|全年|今年|明年|到20\d\d年|20\d\d年底")
#: A share of a whole the clause names (``工业投资占全部投资的比重不少于40%``): a measure, as ever.
_SHARE_OF_WHOLE = re.compile(r"占[^，,。；;：:]{1,20}的(?:比重|比例)[^，,。；;]{0,6}$")


#: Between a statistic's figure and the next, a year's goal with its metric left out
#: (``…去年达到156亿元，今年力争突破170亿元``): the same statistic, aimed at.
_YEAR_GOAL_GOES_ON = re.compile(r"[,，]\s*(?:今年|明年|全年)(?:将)?(?:力争|争取|确保|预计)"
                                r"(?:达到|突破|超过|实现)?")


#: Two-character metrics that name a statistic on their own (``其中出口15.8亿元``).
SHORT_METRICS = ("出口", "进口", "产量", "营收", "税收", "利润", "销量", "产值")
#: An average per village or household right after a sum (``村集体经济收入1.26亿元，…，村均41.9万元``):
#: the same measure, averaged.
_PER_UNIT = ("村均", "户均")


#: Parks or zones themselves counted (``3个合作园区``, ``新建飞地园区2个``): works set up, no statistic
#: (the firms they hold are one: ``园区入驻企业27家``).
PARKS_COUNTED = re.compile(r"(?:园区|产业园|合作园|工业园|开发区|高新区|经开区|飞地)$")


PROJECT_WORD = re.compile(r"项目")
#: Papers a holder has, right before their count (``拥有医疗器械注册证73张``, ``持有发明专利120项``).
_HOLDS_PAPERS = re.compile(r"(?:拥有|持有)[^，,。；;\d]{0,12}?(?:注册证|注册批件|批件|专利|证书)"
                           r"(?:共|达|约)?$")
#: A place's or a park's scope in a sentence (``全市``, ``园区企业``, ``该区``): its figures are the place's.
_SCOPE_OF_PLACE = re.compile(r"全(?:省|市|州|县|区|镇)|(?:我|该|本)(?:省|市|州|县|区)|园区|区内|市内|县内")


#: Brands named before a count then chosen for a list (``“某某小米”等3个品牌入选全省农业品牌目录``):
#: the brands named, an honour, no statistic of the place.
_BRANDS_CHOSEN = re.compile(r"(?:个|项)?[\u4e00-\u9fff]{0,4}?(?:品牌|商标)(?:成功)?"
                            r"(?:入选|列入|入围|获评|被评为)")


#: Firms counted, then their plants landed or put into production (``已有4家外资企业落地投产``): an event
#: of their works, as a batch of projects is, no statistic of the place.
_FIRMS_STARTED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司)(?:已经|已)?(?:落地投产|建成投产|投产|落地)"
                            r"(?=[，,。；;]|$)")


#: Matters an office handled for firms or people, right before their count in ``件``
#: (``为200余家企业办理各类事项1500余件``, ``办结审批事项86件``): the office's services, no statistic.
_MATTERS_HANDLED = re.compile(r"(?:办理|办结|受理|代办|帮办)(?:了)?[^，,。；;\d]{0,8}?事项(?:约|近|超|共)?$")
#: Outward investments filed, counted as ``项目`` (``备案境外投资项目5个``, ``企业境外投资备案项目9个``): a
#: place's firms' deals abroad, a statistic of the place, no works of it.
_FILED_ABROAD = re.compile(r"(?:境外|对外)投资备案项目$|备案(?:的)?(?:境外|对外)投资项目$")


#: A clause whose subject is the firm a feature is about (``…,公司日用陶瓷年产能从…``, ``该公司去年纳税…``):
#: the figures after it are that firm's, no region's (not ``上市公司``, ``公司数``, ``10家公司``).
#: (also after the year or months it opens with: ``2023年公司营业收入…``, ``去年公司纳税…``,
#: ``今年1-8月公司已实现产值…``; not ``上市公司``)
ONE_FIRM = re.compile(r"(?:^|(?<=[，,；;：:“\"\s。！？!?年月]))(?:该|这家)?公司(?![数家总])")


#: A group or firm told of by reference opening the sentence (``该集团2015年在某区设立…``, ``这家企业…``):
#: the figures after are its own.
ONE_GROUP = re.compile(r"[\s\u3000“\"]*(?:该|这家)(?:集团|企业|外资企业|公司)")
#: The sum added to a project named in the same sentence (``甲公司增资扩产项目已进入设备调试阶段，新增投资
#: 2800万美元``, ``乙技改项目于10月竣工，新增投资1500万美元``): the works' own, no statistic.
_PROJECT_ADDED_SUM = re.compile(r"项目[^。；;！？]{0,30}[，,](?:项目)?(?:新增|追加)投资(?:额)?(?:约|近|超)?$")


#: The firm just told of as a clause's bare subject borrowing from a bank (``为建设这条生产线，企业向银行
#: 申请了中长期贷款…``): its own loan; the firms a place helped (``帮助9家企业获得贷款…``) stay.
ONE_FIRM_LOAN = re.compile(r"(?:^|(?<=[，,；;：:“\"。！？!?]))(?:该|这家)?(?:企业|公司)(?:还|也|已|先后)?"
                           r"向[^，,。；;]{0,8}?(?:银行|金融机构)(?:申请|借)")
#: A yearly capacity raised from one level to another (``年产能从8000吨提高到2万吨``, ``年加工能力由800吨
#: 扩大到3000吨``) opening a clause …
CAPACITY_FROM = re.compile(r"年(?:产能|加工能力|生产能力|处理能力|产量)(?:从|由)")
#: … in a sentence telling a new line put in (``新上了两条自动化灌装线``): one firm's own gain.
NEW_LINE_PUT_IN = re.compile(r"(?:新上|上马|新增|新建|引进|建成)了?[^，,。；;]{0,12}?"
                             r"(?:生产|产|流水|灌装|包装|加工|装配)线")


#: The firm just told of as a clause's bare subject, then a year or a part of it and its own
#: output, sales or tax (``…说,企业今年产值有望突破2亿元``, ``，企业去年实现销售收入…``); not a
#: class of firms (``规上企业今年…``: a word before ``企业``).
ONE_FIRM_YEAR = re.compile(r"(?:^|(?<=[，,；;：:“\"。！？!?]))(?:该|这家)?企业"
                           r"(?:(?:今年|去年|全年|明年|上半年|前三季度)[^，,。；;\d]{0,6}?"
                           # (or the period told first, the firm then the products it sells: ``今年1—10月，
                           # 企业农机产品销售收入达到…``)
                           r"|(?<=\d月[，,]企业)[^，,。；;\d]{0,6}?)"
                           r"(?:产值|营收|营业收入|销售收入|销售额|纳税|利润)"
                           # the firm's aim, a sentence opening on it and its plans (``明年企业还将…，力争…
                           # 销售收入突破4亿元``)
                           r"|(?:^|(?<=[。！？!?\n]))(?:明年|今年|下一步|未来)?(?:该|这家)?企业(?:还|也)?"
                           r"(?:将|要|计划|准备)[^。！？!?]*?[，,]力争[^，,。；;\d]{0,8}?"
                           r"(?:产值|营收|营业收入|销售收入|销售额)")


#: A company named in full opening what it did in a period (``…的某某有限公司今年上半年实现销售收入…``,
#: ``某某股份有限公司1—9月出口…``): the figures after it are that firm's own (a port's or a group's
#: throughput, ``某港集团完成货物吞吐量…``, stays a statistic).
FIRM_DID = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司)"
                      r"(?:今年|去年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}(?:—|-|－|至)\d{1,2}月)*(?:共|累计)?(?:实现|完成)?"
                      r"(?:销售|营业收入|营收|出口|利润|利税|纳税|产值)")


#: A company named in full getting a grant (``某某有限公司刚刚拿到首笔技改补助186万元``,
#: ``某某股份有限公司获得省级奖励资金…``): the money is that firm's, no region's statistic.
FIRM_GOT = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司)[^，,。；;\d]{0,6}?(?:拿到|获得|领到|收到)"
                      r"[^，,。；;\d]{0,8}?(?:补助|补贴|奖励|奖补)(?:资金)?")


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


#: The contracted foreign capital of the projects a fair signed, after their count and sum
#: (``推介会上集中签约外资项目12个，总投资15.8亿美元，合同外资6.4亿美元``): a statistic, as the
#: contracted foreign capital of a signing is.
_SIGNED_FOREIGN_SUM = re.compile(r"签约[^，,。；;]{0,8}项目\d+个[^。；;]{0,24}?[，,]"
                                 r"(?:其中)?合同外资(?:额)?(?:达到|达|为|共)?$")


#: An item after a semicolon whose subject is the office of a place (``推介会上，…；区里还设立规模…的
#: 某某基金``): what the place does, no figure of the event.
_OFFICE_ITEM = re.compile(r"[；;](?:同时[，,]?)?(?:区里|县里|市里|镇里|乡里|州里)")


#: A facility or one site as the subject of a clause (``该水厂总投资…，日供水能力…``, ``该基地去年实现
#: 销售收入…``, ``某某景区共接待游客…，实现旅游收入…``): the figures after it are its own, no region's
#: (not a park or a zone, ``该园区规上工业产值…``: a zone's figures are statistics).
ONE_SITE = re.compile(r"(?:^|(?<=[，,；;：:“”\"\s。！？!?]))"
                      r"(?:(?:该|这座|这个|这家)(?:污水处理厂|水厂|电厂|电站|工厂|厂|基地|中心|小区|场馆|景区|馆"
                      # (a mall opened: ``该商业综合体由…投资…建设，…入驻商户236家``; a market's trade
                      # stays a statistic: ``该市场累计销售花卉苗木…``)
                      r"|商业综合体|综合体|购物中心|商场"
                      # (a mine: ``该矿核定产能…，智能化改造投入资金2.3亿元``)
                      r"|矿|煤矿|矿井)"
                      # (works counted by a demonstrative: ``这两座数据中心…年用绿电约9亿千瓦时``)
                      r"|这(?:两|[三四五六七八九十])(?:座|个|家|处)[\u4e00-\u9fff]{0,4}?"
                      r"(?:数据中心|电站|电厂|水厂|工厂|基地|中心)"
                      r"|[\u4e00-\u9fff]{2,8}(?:景区|景点|古镇)(?:共|累计|当天|期间)?(?:接待|迎来|实现))")


#: Land a region sold, supplied or cleared (``共出让工业用地28宗、面积1860亩``, ``清理闲置低效用地1260亩``):
#: a statistic, not a project's land.
#: (also land approved for building or secured for key projects: ``批准建设用地1.36万亩``,
#: ``保障重大项目用地9800余亩``)
#: A place's fund named by its kind, then its size (``某县产业投资引导基金规模``, ``文旅产业发展基金总规模``):
#: a statistic of the place; a bare ``基金规模`` after a fund set up by firms stays their business.
NAMED_FUND_SIZE = re.compile(r"(?:产业|引导|发展|投资)基金(?:总)?规模$")
#: A fund a place sets up with a sum, right after the sum (``设立1000万元的产业发展基金``, ``组建2亿元
#: 乡村振兴基金``): a measure of policy, no statistic.
FUND_SET_UP = re.compile(r"的?[\u4e00-\u9fff]{0,10}?基金")
_SETS_UP = ("设立", "设置", "成立", "组建")


LAND_SOLD = re.compile(r"(?:出让|供应|供地|成交|清理|盘活|处置|交付|移交|批准|保障)[\u4e00-\u9fff]{0,4}"
                       r"(?:用地|土地)")


#: (or a size class of projects, ``500万元以上项目``, ``亿元及以上产业项目``: those above the line a
#: statistics office counts)
CLASS_INVESTMENT = re.compile(rf"(?<![的该此])(?:{_CLASSES}|(?<![\d.])(?:\d+(?:\.\d+)?[万亿]元|亿元)及?以上"
                              rf"(?:{_CLASSES}|项目)"
                              # (the class just counted, taken up again: ``这些项目累计完成投资…``)
                              rf"|(?<![\u4e00-\u9fff])(?:这些|上述)项目)(?:累计|已)?完成投资$")


#: The funds in hand of a class of projects (``已开工项目的到位资金``, ``签约项目累计到位资金``), of a
#: sector's projects (``工业项目到位资金``, ``文旅项目实际到位资金``), or the credit the lenders give
#: them (``金融机构为重大项目授信``, ``银行业向全县重点项目累计授信``): a statistic of the region, no
#: one project's.
CLASS_FUNDS = re.compile(r"(?:已开工|新开工|开工|已签约|签约|在建|招商引资|引进"
                         r"|(?<![的该此一])(?:工业|农业|服务业|文旅|旅游|商贸|物流|基础设施)类?)项目的?"
                         r"(?:累计|实际)?到位资金$"
                         # (a part of the signed projects told just before, taken up as a set:
                         # ``有一部分是由…引进的，这部分项目到位资金达…``; one works' ``该项目`` is none)
                         r"|(?:这部分|这一部分|这批|这一批)项目的?(?:累计|实际)?到位资金$"
                         r"|[向为](?:全[省市县区])?(?:重点|重大)(?:工程|建设)?项目(?:累计|共)?"
                         r"授信$")


#: The jobs a class of projects brought (``全市新开工、新投产项目累计新增就业岗位…``), no one
#: project's: a class word right before ``项目``.
CLASS_JOBS = re.compile(r"(?<![的该此])(?:重点|重大|新开工|开工|新投产|投产|竣工|签约|在建|招商|产业|工业"
                        r"|落地)"
                        r"(?:工程|建设)?项目(?:累计|共|已|共计|合计)?(?:新增|带动|提供|创造|吸纳)?就业岗位(?:数)?$")


#: The power a class of energy projects has on the grid (``新型储能项目累计并网规模达到1.1GWh``,
#: ``光伏项目并网容量``): a statistic of the region, no one project's.
CLASS_ON_GRID = re.compile(r"(?<![的该此])(?:新型储能|储能|光伏|风电|新能源)(?:电站)?项目(?:累计|已|共)?"
                           r"(?:(?:并网|投运|建成)(?:规模|容量|装机)"
                           # (or filed and approved, summed by their size: ``新能源项目累计完成核准和备案
                           # 总装机容量达到35万千瓦``)
                           r"|(?:完成)?(?:核准|备案)(?:和|及|、)?(?:核准|备案)?(?:总)?装机(?:容量|规模))$")


#: A sentence about one project (``该项目总投资…``, ``…项目由某公司投资``, ``…项目,投资额…``,
#: ``…项目已于8月投产``):
#: its figures are the project's.
#: (It opens on one set of characters, the 项 of ``项目`` looked behind for 个/批/类 once read, so
#: that the regex engine skips every other position at once: the matches of
#: ``(?<![个批类])项目(…)|(?:该|此)项目``.)
PROJECT_SUBJECT = re.compile(r"[项该此](?:(?<=项)(?<![个批类]项)目(?:由|总投资|计划总投资"
                             # (``项目投资千人誓师大会``, ``项目投资工作``: a meeting or a task)
                             # (``其中项目投资增长9.7%``, ``全市项目投资…``: the class of fixed-asset
                             # investment beside real estate, a statistic)
                             r"|(?<!其中项目)(?<!全[市县区省]项目)"
                             r"投资(?!千人|大会|会议|工作|促进|推介|洽谈|誓师|座谈|环境|意向|热情|信心)|分[两三四]?期"
                             r"|正在|已于"
                             r"|位于|占地|建筑面积|建成|达产|投产|[一二三]期|则|完成了"
                             r"|[,，](?:投资额|总投资额?|计划投资|合同外资|协议投资|签约额|签约金额|签约资金|使用"
                             # (its size: ``建设分布式光伏项目，装机容量约40兆瓦``)
                             r"|装机容量|装机规模"
                             # (a firm's expansion and what it adds: ``启动扩产项目，新增投资5.8亿元``)
                             r"|新增投资"
                             # (its sum after the name signed: ``签约甲滑雪场改扩建项目，投资3.5亿元，新增…``)
                             r"|投资(?=[约近超逾]?\d))"
                             # (the month it was done: ``项目9月已建成投产，企业年产能由…提升到…``)
                             r"|\d{1,2}月(?:底|初|份)?已?(?:建成|投产)"
                             # (its results after its name: ``去年投产的甲项目，今年一季度实现产值…``)
                             r"|[,，](?:今年|去年|当年)?(?:[一二三四]季度|上半年|前三季度|\d{1,2}[-—至~]\d{1,2}月)?"
                             r"(?:实现|完成)(?:产值|工业产值|销售收入|营业收入|营收))"
                             r"|(?<=[该此])项目"
                             # (one vessel, platform or wharf of the ocean economy just told: ``该船长236米，
                             # 载重吨10万吨``, ``该平台由…投资…建设，养殖水体3万立方米``)
                             r"|(?<=[该此])(?:船|工船|平台|码头|渔港|泊位)(?=长|由|[,，]|总投资|投资|设计|可|养殖|建成))")


#: A works or a firm just told settling, then the floor it leases (``…项目去年5月签约落户，租用…``): its
#: own floor; a place leasing floor elsewhere (``在某产业园内租用标准厂房3.6万平方米``) stays a statistic.
_SETTLED_THEN_LEASES = re.compile(r"(?:项目|企业|公司)[^。；;！？]{0,24}?落户[^。；;，,]{0,8}[，,]$")


#: A business's first days open (``试营业首个周末``, ``开街首夜``, ``开业当天``), and the takings it tells
#: of them: the business's own, while the visitors it drew stay the place's (:func:`_visitors`).
_FIRST_DAYS = re.compile(r"首个?(?:周末|夜|晚|日)|(?:开业|开街|开园|开市)(?:当天|当晚|首日)")
_TAKINGS = ("营业额", "销售额", "成交额", "营业收入", "销售收入")
#: A business's takings of its first days named in the metric (``开播首周销售额``, ``上线首日交易额``).
_OPENING_TAKINGS = re.compile(r"(?:开播|开业|开街|开园|开市|试营业|上线|运营)"
                              r"(?:首周|首日|首月|当天|当日|首个周末)"
                              r"(?:营业额|销售额|成交额|交易额|营业收入|销售收入)$")
#: The first days of a business just opened, before a rate of its rooms (``试营业首周入住率达到72%``,
#: ``开业首月客房出租率``): the business's own start, no statistic of the place.
_FIRST_DAYS_RATE = re.compile(r"(?:试营业|开业|运营|开园)?首(?:个)?(?:周|日|月|周末)[^，,。；;]{0,4}"
                              r"(?:入住率|出租率|上座率)(?:达到|达|为|超过|超)?$")


#: A sentence framed by one works' building (``工程建设中，…``, ``项目施工过程中，…``): what it tells built
#: (``沿河建成滨水步道9.6公里``) are the works' own parts, no statistic of the place.
_DURING_THE_WORKS = re.compile(r"(?:工程|项目)(?:建设|施工)(?:过程)?中[，,]")


#: A street block or a mall a firm built or renewed (``街区由某公司投资0.9亿元改造，引入…商户86家``): the
#: shops it brought in are its own tenants, no statistic (the visitors it drew stay the place's).
_BLOCK_BUILT_BY = re.compile(r"(?:街区|商业街|步行街|古城|商业综合体|购物中心)由[^，,。；;]{2,40}?"
                             r"(?:建设|改造|打造|开发)")


#: What one works expects to receive a year (``预计年接待游客150万人次``, ``预计可年接待…``): its own
#: forecast, no statistic of the place.
_EXPECTED_YEARLY = re.compile(r"预计(?:可|能)?年(?:均)?接待"
                              # (what a works can take in a year: ``规划客房380间，年可接待游客60万人次``)
                              r"|(?:每)?年(?:均)?(?:可|能够?)接待")


#: Works done, opening what they will yield (``建成后每年可回收…``, ``改造完成后日榨…能力提高到``),
#: in the clause of a figure whose metric a list cut short (``锌、铅、银等有价金属``).
_ONCE_DONE = re.compile(r"(?:建成|投产|达产|投运|改造|技改|扩建|建设|全部)(?:完成)?后")


#: Right after a sum, the works it builds (``投资5亿澳门元（折合人民币约4.5亿元）兴建…``,
#: Vehicles or machines rolled off one plant's line (``已下线各类新能源环卫车、物流车1.3万辆``,
#: ``累计下线整车5000辆``): the plant's own output, no statistic of the place.
_ROLLED_OFF = re.compile(r"(?:已|累计|共|先后)下线")

#: ``投资3亿元在某镇建设…``): a project's amount, no statistic.
_SUM_TO_BUILD = re.compile(r"(?:[(（][^()（）]{0,16}[)）])?(?:在[^，,。；;]{1,12}?)?"
                           r"(?:兴建|新建|建设|打造)")


#: Visitors a place received, before their count (``古镇接待游客68万人次``); not those a works can take
#: in a year (``建成后可年接待游客5万人次``, its capacity).
_VISITORS_BEFORE = re.compile(r"(?<!年)(?<!可)(?<!能)接待(?:游客|旅客|市民)$")


def _visitors(text: str, f: Figure) -> bool:
    """True when count ``f`` is of the visitors a place received: a statistic of the place though the
    sentence tells of one project (``甲古镇一期项目已于2024年建成，今年古镇接待游客68万人次``)."""
    return _VISITORS_BEFORE.search(text, max(0, f.start - 6), f.start) is not None


#: A tour going from place to place, the places listed after it (``先后来到甲镇、乙镇等``,
#: ``深入甲园区、乙镇等``).
_VISITED_STOPS = re.compile(r"(?:来到|走进|深入|前往|奔赴|走访|察看|观摩)"
                            r"[^，,。；;]{2,50}、[^，,。；;]{2,50}等$")


#: The first delivery to a plant, before a count of machines (``首批42台（套）设备``).
_FIRST_BATCH = ("首批", "第一批", "头批")


#: The counter of a count of sites or firms (``28家``, ``152个``).
_SAMPLE_COUNTERS = ("家", "个", "座", "所")
#: The sites or firms just counted, then their own figure in the same clause (``A级景区累计接待游客156.2万
#: 人次``, ``星级酒店平均出租率为81.4%``): the count is the sample the figure is measured on, no statistic.
_SAMPLE_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:累计|共计|共|合计)?"
                           r"(?:接待|实现|平均|营业|销售|出租率|入住率)[^，,。；;\d]{0,10}?\d")


#: A metric that is only a change (``同比增加``, ``较去年底增加``): the change of the statistic before it.
CHANGE_ONLY = re.compile(r"(?:同比|比上年|比去年|较上年|较去年|比年初|较年初)(?:同期|底|末)?"
                         r"(?:增加|减少|多|少)了?")
#: A metric that is only the money spent so far, no subject (``目前已累计完成投资``).
BARE_PROGRESS = re.compile(r"(?:目前|现已|已经|已|累计|共)*完成(?:投资|投资额)")


#: A sentence opening on one plant or line just told of (``电站总投资…``, ``该生产线投资…``, a plant abroad:
#: ``该海外工厂总投资…，年产…``): its figures.
ONE_PLANT_OPENING = re.compile(r"(?:该|此|这座|这条)?(?:海外|境外)?"
                               r"(?:光伏电站|水电站|风电场|电站|电厂|生产线|工厂)"
                               r"(?=总投资|计划总投资|投资|装机|建成后|投产后|达产后|年均|年可)"
                               # (the firm just told of and what it put into its works: ``企业投入1.8亿元，
                               # 更新织机420台…``, ``该公司投资3亿元…``)
                               r"|(?:该|这家)?(?:企业|公司)(?:先后|累计|共)?(?:投入|投资)(?=约|近|超|\d)"
                               # (the firm just told of going on with what else it does: ``企业还与12个合作社
                               # 签订了…``; its or the project's manager speaking: ``项目负责人表示，…``)
                               r"|(?:该|这家)?(?:企业|公司)(?:还|也|同时|并)(?:与|和|同|将)"
                               # (a firm named in full upgrading its plant: ``某精工科技有限公司借助…贷款，
                               # 新上加工中心24台``)
                               r"|[\u4e00-\u9fff()（）]{2,24}?(?:有限(?:责任)?公司|股份(?:有限)?公司)"
                               r"(?=借助|利用|投入|新上|购置|引进|更新|采购)"
                               # (also with a deputy's title and the name: ``公司副总经理某某说，…``)
                               r"|(?:该)?(?:项目|企业|公司)(?:有关)?副?(?:负责人|经理|总经理|董事长)"
                               r"(?:[\u4e00-\u9fff]{2,3}?)?(?:表示|介绍|说|称)")


#: A firm's person speaking right after a quote (``”公司副总经理某某说，``), and the year's output or
#: sales the firm hopes for in a clause of its own (``今年产值有望突破12亿元``): the firm's, no
#: statistic (what the firm's base drew in, ``基地已吸引…12家配套企业落户``, stays one).
_QUOTED_FIRM_SPEAKS = re.compile(r"[”\"](?:该)?(?:项目|企业|公司)(?:有关)?副?(?:负责人|经理|总经理|董事长)"
                                 r"(?:[\u4e00-\u9fff]{2,3}?)?(?:表示|介绍|说|称)")
_FIRM_YEAR_HOPE = re.compile(r"(?:今年|明年|全年)(?:的)?(?:产值|营收|营业收入|销售收入|销售额)"
                             r"(?:有望|预计|将|可望)")
#: A works just built or opened, and the yearly sum it hopes for in the clause right after
#: (``某物流园在某镇建成，年交易额有望突破3亿元``): the works' own, no statistic. The clause opens
#: on a bare ``年`` (a rate per year); a place's forecast (``全年…有望突破``) is not touched.
_WORKS_DONE_CLAUSE = re.compile(r"(?:建成|投产|投用|开业|落成|竣工|启用|开街|开园|投入使用|投入运营)"
                                r"(?:后)?[，,]$")
#: A quote opening on one works or its phase and the sum it has spent (``“三期工程今年完成投资2亿元，…”``,
#: ``“项目目前已完成投资5亿元``): a speaker's word on one works' progress, no statistic of a place.
_QUOTED_WORKS_SPENT = re.compile(r"[“\"](?:该)?(?:[一二三四五六]期)?(?:工程|项目)"
                                 r"(?:今年|去年|年内|目前|已经|已|累计)*完成投资$")
_WORKS_YEAR_HOPE = re.compile(r"年(?:交易额|交易量|产值|营收|营业收入|销售额|销售收入|综合收入)"
                              r"(?:有望|预计|可望|可达)")


#: A works the sentence tells of, anywhere in it (``电站安装4台…``, ``该工程由某公司投资建设``,
#: ``管道投运后``, ``基地全部建成后``, ``项目全部达产后``, ``电站建设期间``, ``项目采用…模式``,
#: ``生产线正式投产``):
#: the figures after it are the works' own (its yearly output, what it saves or pays), unless a
#: scope word (``全县``) opens a statistic of the place after it.
WORKS_SUBJECT = re.compile(r"(?:电站|风电场|电厂|管道|基地|工程|机组|项目|水库|变电站|公路|铁路|快速路|隧道"
                           # (a hospital's or a school's new site put in use: ``新院区投用后，医院开放床位…``)
                           r"|院区|校区)"
                           r"(?:全部|全面|正式)?"
                           r"(?:(?:建成|投运|投产|达产|满产|并网|完工|竣工|投用|启用)后|建设期间|安装|位于|由|采用"
                           r"|每年|同步建成)"
                           r"|[该此](?:工程|电站|风电场|管道|基地)(?:总投资|计划总投资)"
                           # (one works told of its progress or put into production: ``甲扩建工程已完成设备
                           # 安装，…处理规模将由…``, ``乙项目已建成投产，今年实现产值…``; finished, what it
                           # added: ``某公园三期工程日前完工，新增绿地面积…``; what it has laid so far:
                           # ``某供水管网改造工程已更换老旧管道26公里``)
                           r"|工程(?:已完成|已经完成|正在进行|已更换|已铺设|已敷设)|项目已(?:建成投产|投产|建成)[，,]"
                           r"|工程(?:日前|近日|已经?|全面)?(?:完工|竣工)[，,]"
                           # (a reservoir or a dam told by what it is and holds: ``某水库是…重点水利工程，
                           # …总库容4280万立方米``, ``大坝坝高…``)
                           r"|(?:水库|大坝)(?:是|总库容|坝高|坝长)"
                           # (a line, a furnace or a unit put to work: ``矿热炉成功点火，当天出炉…``)
                           r"|(?:生产线|产线|矿热炉|回转窑|高炉|机组)(?:正式|成功|顺利)?(?:点火|投产)"
                           # (a park, a resort or a shop opened, its first day told: ``开园首日，乐园接待
                           # 游客1.2万人次``, ``开业当天，商场销售额…``)
                           r"|(?:开园|开业|开板|试营业|营业)(?:首日|当天|当日|首周|首月|[一二两三四五六七]天)"
                           # (a public building opened, its first day or where it lies told: ``新院区正式
                           # 投用，…首日接诊患者…``, ``新院区位于某镇，…设置床位1000张``)
                           r"|(?:投用|启用|开放|开诊)[，,]?(?:首日|当天|当日)"
                           r"|(?:院区|校区|医院|卫生院|学校|体育中心|健身中心|养老服务中心)(?:位于|由)"
                           # (a farm's store, plant or estate opening a clause, its income or what it brings:
                           # ``…算了一笔账，冷库一年的租金收入可达…``; the firm running a works, what it pays:
                           # ``运营企业每年向村集体支付…``; a villager's household: ``…说，她家每年租金…``)
                           r"|(?:^|(?<=[，,：:]))(?:保鲜库|保鲜冷库|冷库|加工厂|养殖场)"
                           r"(?!库容|容量|容积|总|数量|达到|[\d个座家])"
                           r"|(?:运营|经营|承租)(?:企业|公司|主体|方)(?:每年|每月)?(?:向|给|为)"
                           r"|(?:^|(?<=[，,：:“”\"]))(?:她|他|我|俺)家(?![乡])"
                           # (a data or computing centre put online or finished, its racks and power told:
                           # ``某数据中心一期工程正式上线运行，…算力规模达到800P``, ``某数据中心一期于今年8月
                           # 竣工，建成标准机架1000个``)
                           r"|(?:数据中心|算力中心|智算中心|计算中心|灾备中心)(?:[一二三四首]期)?(?:工程|项目)?"
                           r"(?:于[^，,。；;]{1,10}?)?(?:已经?|正式|顺利|全面)?"
                           r"(?:上线运行|上线|投运|投用|投入运营|竣工|建成|点亮)"
                           # (or such a centre or a training zone opening a sentence with its sum:
                           # ``专区总投资18.5亿元，…新增智能算力3500P``)
                           r"|(?:^|(?<=[。，,]))(?:专区|训练专区|数据中心|算力中心|智算中心)(?:总投资|计划总投资)")


#: A notice's instruction to its addressees (``各地要…``, ``各有关部门务必…``).
INSTRUCTION = re.compile(r"各[^，,。；;]{0,10}?(?:要|务必|必须|应当|应)")


#: What follows a count of units that are the subject of the clause's next figure (``7个工业园区
#:实现营业收入658.6亿元``, ``12个重点园区完成工业投资…``).
_COUNTED_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:园区|开发区|高新区|产业园|集聚区|乡镇|县区|区县)"
                              r"(?:共|累计|合计)?(?:实现|完成)[^,，。;；]{1,12}?\d"
                              # (places signing with the projects' side: ``8个园区和乡镇分别与项目方
                              # 签订落地协议``, the parties of the signing, no statistic)
                              r"|[\u4e00-\u9fff]{0,4}?(?:园区|乡镇|县区|区县|街道)(?:[和及、][\u4e00-\u9fff]{1,4}?)?"
                              r"(?:分别|共同|先后)?[与同][^,，。;；]{1,12}?(?:签订|签署|签约)")


#: A figure compared with another one (``比上年同期多41亿元``, ``比上年末净增211家``): a difference.
#: (also with ``较``: ``较上年提高2.3万元``; ``同比多增31.2亿元``: more than a year before)
COMPARED = re.compile(r"[比较][^,，。;；]{1,12}(?:多|少|增加|减少|净增|净减|提高|降低|高出|高|低)(?:了)?$"
                      r"|同比(?:多|少)(?:增|减)?$")


#: The firms an action goes to or is taken with, counted right after ``向``/``联合``
#: (``已向10家企业交付厂房…``, ``联合8家银行推出…``, ``向首批3家企业交付用地``), or after the examples
#: they lead
#: (``为甲、乙等21家企业协调…``, ``联合甲银行、乙银行等4家金融机构``): no statistic.
RECIPIENTS = re.compile(r"(?:向|联合)(?:首批|第[一二三四五六七八九十]批)?$"
                        r"|(?:向|为|联合)[^,，。;；向为]{1,24}等$")
#: Banks or lenders a place or a park works with, counted after ``与`` (``园区与县内3家银行合作推出…``,
#: ``同5家金融机构签订…``): its partners, no statistic.
_PARTNER_LENDERS = re.compile(r"(?:银行|金融机构|保险机构|担保机构)")
_WITH_BEFORE = re.compile(r"(?:与|同|和)[\u4e00-\u9fff]{0,3}$")


#: After a count of firms set after ``为``: the firms, then what was done for them (``为9家企业协调贷款``,
#: ``为12家加工企业解决用工``); ``为`` is no copula there (``规上企业为9家`` is a count).
_SERVED_FIRMS = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司|合作社|经营主体|商户)"
                           r"(?:协调|解决|争取|办理|兑现|发放|提供|对接|落实|减免|申请|筹措|融资"
                           # (policies brought to them: ``为42家外资企业送上政策“大礼包”``)
                           r"|送上|送去|送达)")


#: Right before a count of firms: a plan or policy pushing them to act (``推动10家以上企业实施技改``,
#: ``计划再引导20家企业上云``): the firms aimed at, no statistic.
_PUSHED = re.compile(r"(?:推动|引导|鼓励|动员)(?:再|全市|全区|全县|全镇)?$")


#: ``为`` and where the firms are, right before their count (``为园区内14家企业发放贷款``,
#: ``为辖区内30家商户办理…``): the firms served, as after a bare ``为``.
_SERVED_WITHIN = re.compile(r"为[\u4e00-\u9fff]{1,4}(?:内|里)的?$")


#: Guests of a ceremony or a meeting before their count of people (``前来观礼的…100余人``,
#: ``出席签约仪式的嘉宾…``, ``与会代表…``).
_CEREMONY_GUESTS = re.compile(r"观礼|出席(?:仪式|活动|会议|签约)?的|与会|参会")

#: Firms counted as they take part in a fair (``某市67家企业参展``, ``23家外贸企业组团参加…博览会``):
#: the fair's exhibitors, no statistic of the place.
_EXHIBITORS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?企业(?:组团)?"
                               r"(?:参展|布展|参加[^，,。；;]{0,16}?(?:会|展))")


#: After a count of firms: their delegates at a meeting (``与会的60余家企业代表表示…``,
#: ``30家企业代表参加推介会``): who attended, no statistic.
_DELEGATES = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:企业|公司|商会|金融机构|机构)(?:的)?(?:代表|负责人|客商)")


#: After a count of firms: the firms as one party of a signing (``已有甲公司等8家企业与园区签订入驻协议``,
#: ``6家公司同某区签署合作协议``): the signers, no statistic (a batch when their sum is told).
_SIGNING_FIRMS = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司)(?:已|先后|分别|相继)?(?:与|同|和)"
                            r"[^,，。;；]{1,20}?(?:签订|签署|签约)")


#: After a count of firms: the projects they bring (``来自日本、韩国的3家企业带来的项目均已签约``,
#: ``5家外资企业的项目全部落地``): the firms of a signing told by their projects, no statistic.
_FIRMS_PROJECTS = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司|客商)(?:所?(?:带来|投资|引进|签约))?的"
                             r"(?:\d+个)?项目")


#: Before a count of firms: the first of them to move into a park or its workshops (``首批入驻的5家``,
#: ``已入驻的3家企业``); after it: firms signing to move in (``4家企业签订入驻协议``): a park's tenants,
#: no statistic of the place.
_TENANTS_BEFORE = re.compile(r"(?:首批|先期|已经?|目前已)入驻(?:的)?$")
_TENANTS_AFTER = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司)(?:已|均已)?(?:签订|签署|签约)了?"
                            r"入驻(?:协议|合同)")


#: Firms a park will hold (``年底前将有8家企业入园``, ``届时还将有15家中小企业入驻``): tenants still to
#: come, no statistic of the place.
_TENANTS_AHEAD_BEFORE = re.compile(r"将(?:会)?有$")
_TENANTS_AHEAD_AFTER = re.compile(r"家?[\u4e00-\u9fff]{0,8}?(?:企业|公司|商户)(?:陆续|相继|先后)?"
                                  r"(?:入园|入驻|进驻|落户|入住|搬迁入园)")


def _tenants(text: str, c0: int, f: Figure) -> bool:
    """True when a count of firms counts a park's tenants (:data:`_TENANTS_BEFORE`,
    :data:`_TENANTS_AFTER`) or the ones still to come (:data:`_TENANTS_AHEAD_BEFORE`)."""
    return _TENANTS_BEFORE.search(text, max(c0, f.start - 6), f.start) is not None \
        or _TENANTS_AFTER.match(text, f.end) is not None \
        or (_TENANTS_AHEAD_BEFORE.search(text, max(c0, f.start - 4), f.start) is not None
            and _TENANTS_AHEAD_AFTER.match(text, f.end) is not None)


#: After a count of firms a party named before ``与`` works with: the firms as its partners
#: (``物流园与我市28家农产品加工企业建立了合作关系``, ``与12家合作社签订订单``): one party's partners,
#: no statistic.
_PARTNER_FIRMS = re.compile(r"家?[\u4e00-\u9fff]{0,10}?(?:企业|公司|合作社|商户|超市)"
                            r"(?:建立|签订|达成|开展)了?(?:长期|稳定|长期稳定)?的?(?:合作|供销|购销|订单|供货)")


#: A bare total (``…等项目开工,总投资40亿元``) is the sum of projects, not a statistic.
BARE_TOTAL = re.compile(r"(?:合计|共计|累计)?(?:总投资额?|投资总额)")


#: A rent or a price capped as a share of another (``租金不高于同地段同品质市场租赁住房租金的90%``,
#: ``售价不超过周边商品房价格的70%``): a rule set, no statistic.
_PRICE_CAP = re.compile(r"(?:租金|房价|售价|价格)[^，,。；;]{0,6}?(?:不高于|不超过|不得高于|不得超过|低于)"
                        r"[^，,。；;]{2,30}的$")
#: Machines, vehicles or crews put on a works' site before their count (``现场投入挖掘机等机械40余台``,
#: ``全线共投入施工人员1500余人``): the works' own, no statistic.
_SITE_CREW = re.compile(r"投入[^，,。；;]{0,14}?(?:机械|设备|车辆|人员|挖掘机|工人)[^，,。；;\d]{0,4}$")
#: Routes told by the lands they reach (``已开通至波兰、德国等国的线路8条``), and the trains running them
#: named before in the sentence (``某某中欧班列``): the trains' routes.
_LANDS_REACHED = re.compile(r"等(?:国|国家|国家和地区)的(?:线路|航线)$")
_TRAINS = re.compile(r"(?:中欧|中亚|西部陆海新通道|海铁联运)?班列")
#: A works put into service earlier in the sentence (``某电商物流园一期投入运营，``): the storage floor told
#: after it is the works' own.
_PUT_IN_SERVICE = re.compile(r"(?:投入运营|投入使用|正式运营|建成投用|正式投用|投运|开园|封关运行)[，,]")
#: A floor area with no measure of a place before it (``…三期项目，建筑面积6.8万平方米``): one
#: building's size, no statistic (a place's floors name what they are: ``新开工保障房面积``).
_FLOOR_ALONE = re.compile(r"(?:总|规划|设计)?建筑面积(?:约|达|为|共)?")
#: Land or floors handed to a batch of firms counted in the metric (``向首批3家入园企业交付工业用地``,
#: ``向第二批5家企业集中交付标准厂房``): one handover told with its firms, no tally of the place
#: (``今年已向企业交付…``, ``今年以来已向12家企业交付…`` stay).
_HANDED_TO_FIRMS = re.compile(r"向(?:首批|第[一二三四五六七八九十]批|新一批)\d+家[\u4e00-\u9fff]{0,6}?"
                              r"(?:企业|项目|公司)[\u4e00-\u9fff]{0,4}?(?:交付|移交|交地|供地)")
#: A speaker's own aim (``我们的目标是三年内超过50%``): what one party hopes for, no statistic.
_OUR_GOAL = re.compile(r"(?:我们|咱们|我们企业|我们公司)的目标是")


#: A money figure right after a count (``4个产值超10亿元的企业``) is a threshold, not a statistic.
#: (Searched for only: one digit before the counter finds what ``\d+`` would, and opening on one set
#: of characters lets the regex engine skip every other position at once.)
#: (``N个月`` is a length of time, no count: ``规上工业企业达到186家，前10个月新增14家`` is the count added
#: over the first ten months.)
THRESHOLD = re.compile(r"\d(?:个(?!月)|家|户)[^,，。;；]{0,4}$")
#: Households listed right after a count of estates (``老旧小区17个、涉及1836户``, ``…21个、居民3680户``):
#: those the estates hold, no threshold.
_HOMES_LISTED = re.compile(r"\d个、(?:涉及)?(?:居民|住户)?$")


_NOT_WORD = re.compile(r"\W")


#: A clause opening on building works (``新建…``, ``改造…``, ``安装…``): the things counted after it are
#: what one project builds.
_BUILDS_COUNTED = re.compile(r"(?:主要|计划|拟|将)?(?:新建|改造|改建|扩建|安装|建设)")
#: A clause telling what the works named before it will do, by length (``，将整治航道42公里``,
#: ``，拟新建堤防12公里``).
_WORKS_WILL_DO = re.compile(r"(?:将|拟|计划)(?:新建|整治|疏浚|治理|改造|改建|建设|铺设)")
#: A works named in the sentence before that clause (``某航道整治工程``, ``某项目``).
_WORKS_NAMED = re.compile(r"工程|项目")
#: Counters of things built (lines, buildings, rooms, machines).
_BUILT_UNITS = frozenset(("条", "栋", "座", "间", "台", "套", "幢"))


#: One works' length (``新建线路长约186公里``, ``隧道全长3.2公里``), or its height, span or width (``最大坝高
#: 68米``, ``主跨420米``, ``路基宽度24.5米``), before a figure.
WORKS_LENGTH = re.compile(r"(?:全长|长度|线路长|总长|长|(?:最大)?坝高|坝长|主跨|跨径|桥长|路基宽度?|宽度)"
                          r"(?:为|达|约|达到)?约?$")
#: How far a site lies from a place (``园区离机场不到20公里``, ``距市区约15千米``): its setting, no statistic.
_DISTANCE_FROM = re.compile(r"(?:离|距离?)[\u4e00-\u9fff]{1,12}?(?:不到|不足|仅|只有|约|大约|有)?$")
#: A run of years a figure held (``连续7年稳定在``, ``连续多年保持在``), before a floor: the record of the
#: years, no statistic of one period.
_STREAK_FLOOR = re.compile(r"连续[\d一二三四五六七八九十多两]+年(?:稳定|保持|稳|站稳)?(?:在|于)?$")
_FLOOR_AFTER = re.compile(r"(?:以上|之上|左右|大关)")
#: One product told of (``这款机器人身高1.65米``, ``该型无人机续航…``): its make, no statistic; also
#: the machines just set up (``这批风机叶轮直径达220米``, ``这组机组单机容量…``).
_ONE_PRODUCT = re.compile(r"(?:这|该)(?:款|台|架|型|种新|(?:批|组)(?=风机|机组|设备|电解槽|储能))")


def _one_product(text: str, s0: int, pos: int) -> bool:
    """True when the sentence from ``s0`` to a figure at ``pos`` is about one product, named at its
    head or after a comma or a byline (``该型无人机翼展3.2米,最大航程…``)."""
    if text.find("这", s0, pos) < 0 and text.find("该", s0, pos) < 0:
        return False
    m = _ONE_PRODUCT.search(text, s0, pos)
    return m is not None and (m.start() == s0 or text[m.start() - 1] in "),，）")


#: The pieces of a works set up so far (``已完成风机吊装92台``, ``完成风机基础浇筑186座``) and the
#: machines put on its site (``现场投入吊车26台``): how far the works have got, no statistic of a place.
_WORKS_PIECES_DONE = re.compile(r"(?:(?:已|累计)?完成[\u4e00-\u9fff]{0,6}?"
                                r"(?:吊装|浇筑|安装|架设|组立|打桩)"
                                r"|(?:现场|工地上?)(?:共)?(?:投入|调集|调配)[\u4e00-\u9fff]{0,6}?)$")
#: The sum of the projects a sentence counts (``集中开工项目13个…总装机规模约215万千瓦``).
#: (also the assets a count of asset projects holds: ``资产项目5个，资产规模约42亿元``)
BATCH_SUM_METRIC = re.compile(r"^总(?:装机|规模|产能|建筑面积|用地)|^资产规模")


BATCH_COUNTED = re.compile(r"项目\d+个|\d+个[\u4e00-\u9fff]{0,6}项目")
#: What projects counted in a sentence need to borrow (``…融资需求清单，共有项目38个，总投资…，融资需求
#: 56亿元``, ``12个项目资金缺口9亿元``): the list's own sum, no statistic of a place.
BATCH_NEED_METRIC = re.compile(r"^(?:融资|资金|贷款|信贷)(?:需求|缺口)(?:总额|金额|规模)?$")


#: How far works have got (``主体工程完成85%``, ``工程形象进度达到60%``, ``完成形象进度的80%``),
#: before a percent.
#: (a stage of the works named: ``桩基施工完成40%``, ``设备安装完成85%``)
WORKS_DONE = re.compile(r"(?:(?:工程|工程量|形象进度|工程进度|施工|安装|调试|装修|铺设)(?:已经?)?"
                        r"(?:完成|完工|达到|达)(?:了)?"
                        r"|完成(?:了)?(?:工程)?(?:形象进度|工程量|工程进度)的?)$")


#: A worker's pay by the month or the day (``人均月收入6000元``, ``日工资300元``), before a sum: what a
#: job pays, no statistic of a place (the yearly income per head of a place's people stays).
_PAY = re.compile(r"(?:人均)?(?:月|日)(?:均)?(?:收入|工资|薪资?)(?:达到|达|为|约|在)?约?$")


#: What a works pays the owners of its land (``每年支付草场补偿和租赁费用共计2300万元``, ``向村集体支付
#:土地租金约860万元``), before a sum: a rent, no statistic of a place.
_RENT_PAID = re.compile(r"支付[\u4e00-\u9fff]{0,10}?(?:补偿|租金|租赁费|流转费)[\u4e00-\u9fff]{0,4}?"
                        r"(?:共计|合计|总计|约|达到|达|为)?约?$")


#: A share of a plan or goal (``完成年度计划的86.2%``, ``占全年目标任务的七成``) or of a project's total
#: (``已完成投资2.1亿元，占总投资的58%``), or the rate of a plan's investment done
#: (``投资完成率达84.5%``, ``年度投资完成率为91%``): progress, not a statistic.
#: (the size or sum of the plan named: ``占计划规模的54%``, ``完成目标投资的62%``)
PLAN_SHARE = re.compile(r"(?:(?:(?:计划|目标)(?:规模|总量|投资|产能)?|任务|占总投资)的?"
                        r"|投资完成率(?:达到|达|为)?"
                        # (how far a works has got, ``形象进度75%``, ``形象进度达到85%``)
                        r"|形象进度(?:已经?)?(?:达到|达|为|完成)?)$")


#: One named works' spending, right before the money (``某港三期工程完成投资6.4亿元``, ``甲至乙高速公路
#: 某段完成年度投资9.8亿元``, ``今年实施的二期工程投资11.5亿元``): a phase or a section of a line is
#: one works, its sum or its progress no statistic.
_WORKS_SPENT = re.compile(r"(?:[一二三四五六七八九十\d]期(?:工程|项目)"
                          r"|(?:公路|铁路|高速|快速路|快速通道|大道|干线)[\u4e00-\u9fff]{0,6}?段)"
                          r"(?:已经?|累计|已累计)?(?:完成(?:了)?(?:年度|本年|全年)?)?投资$")


#: ``均`` (each) right before a figure, not of a mean (``人均``, ``亩均``, ``年均``, ``村均``): a bar each of
#: several clears (``三个产业产值均超过百亿元``), no level of one of them.
_EACH_ABOVE = re.compile(r"(?<![人户亩平年日月季村])均(?:已经?)?(?:超过|突破|超|过|达到|达|在|为|实现)?$")


#: A rate another statistic ends on across a semicolon (``…比重为41.2%；技改投资增长22.8%``) is its own.
_SEMICOLON_BETWEEN = re.compile(r"[;；。]")


#: A measure naming the subject of a rate's own clause (``…企业5户以上，全年技改投资增长12%``): the rate
#: is of that measure, not of the figure before the comma.
_OWN_SUBJECT = re.compile(r"投资|产值|增加值|收入|营收|总额|税收|利润|出口|进口|零售|产量|消费")


#: A rate of projects (``已签约项目开工率达到60%``, ``项目履约率``): a statistic of the place, not of
#: a project.
_PROJECTS_RATE = re.compile(r"项目[\u4e00-\u9fff]{0,4}?(?:开复工|开工|复工|投产|履约|落地|竣工|转化|资金到位)"
                            r"率(?:达到|达|为|保持在|稳定在)?$")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 300}


#: A year word alone before a figure's verb (``,去年达到126亿元``): no metric of its own.
_YEAR_WORDS = frozenset(("去年", "今年", "上年", "前年"))


#: A clause on a measure's run of growth right before a clause with no metric (``全市有色金属产业产值连续
#: 三年保持两位数增长,去年达到126亿元``): the measure is what the figure after it is the level of.
_STREAK = re.compile(r"(?:全[省市县区州])?(?P<m>[\u4e00-\u9fff]{2,14}?)"
                     r"连续(?:[一二两三四五六七八九十]|\d{1,2})年"
                     r"(?:保持|实现)?[^,，。；;]{0,8}?增长[,，]$")


#: The level of the statistic just given, named again before its share (``，总量约占全市的26.5%``).
_TOTAL_SHARE = re.compile(r"(?:其)?(?:总量|规模)约?(?=占)")


#: The joint share of places whose figures were just told one by one (``分地区看，甲区、乙县实际使用外资
#:分别为X和Y，合计占全市的40.6%``): a share of no one region, so no statistic of its own.
_JOINT_SHARE = re.compile(r"(?:两者|二者|两地|三地)?(?:合计|共计|共)约?占")
_PLACES_EACH = re.compile(r"[\u4e00-\u9fff]{1,5}[市县区州旗](?:、|和|与|及)[\u4e00-\u9fff]{1,5}[市县区州旗]"
                          r"[^。；;！？]{0,30}?分别")


#: What joins the two ends of a range (``5000万元至1亿元``).
RANGE_JOIN = re.compile(r"\s*(?:至|到|—|－|-|~|～)\s*")


#: A stage word standing alone for a part of a whole told before it (``…总装机120万千瓦,已建成并网
#: 46万千瓦,在建32万千瓦``): the part's metric is the stage and the whole's measure.
_STAGE_PARTS = frozenset(("在建", "已建", "待建", "拟建", "规划", "已建成", "建成", "已投运", "投运",
                          "已并网", "并网"))


_CUT_VERB = re.compile(r"压缩|缩短|压减|控制")


#: The title of a company's own filing (``某某股份有限公司关于…的公告``, ``…回购公司股份方案的公告``).
_FILING_TITLE = re.compile(r"(?:公司|集团)\s*(?:关于.{2,80}|.{0,40}(?:决议|进展|提示性))公告$")
#: Dealings of a firm or its holders in its own shares (``回购``, ``增持``, ``减持``): the sums a plan
#: names are the firm's, no statistic.
_SHARE_DEAL = ("回购", "增持", "减持")


def _company_filing(doc: Document, article: int | None) -> bool:
    """True for an article that is a company's own filing: its figures (sums, capital, assets,
    shares) are the company's, no statistic of a place."""
    if article is None or not doc.articles:
        return False
    art = next((a for a in doc.articles if a.index == article), None)
    head = (art.headline or "") if art is not None else ""
    return head.endswith("公告") and _FILING_TITLE.search(head) is not None \
        and (art.source or "").endswith(("公司", "集团"))


#: The yuan a foreign amount is worth, printed right after it (``2.4亿美元(约合人民币17.1亿元)``).
_YUAN_RESTATED = re.compile(r"\s*[(（]\s*(?:约合|折合|合)?(?:人民币)?\s*(约?\d[^()（）]{0,12}?元)\s*[)）]")


def extract_indicators(doc: Document) -> list[Record]:
    """Indicator records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    used = SpanSet(_used_spans(doc))
    plants = _plant_names(doc)
    projects = _project_names(doc)
    # (the rows of a project table set with single spaces: their figures are the works', no statistic)
    rows = spaced_row_spans(ctx.text) if "序号" in ctx.text or "编号" in ctx.text else []
    out: list[Record] = []
    for art in ctx.article_spans():
        if _company_filing(doc, art.article):
            continue  # 某某股份有限公司关于…的公告: the company's own figures, no statistic
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
                if ctx.text.find("增速", sent.start, sent.end) >= 0 \
                        and not any(f.kind == "percent" for f in figures):
                    out.extend(rates_ranked(ctx, sent))  # 某市地区生产总值增速在全省14个市中居第2位
            if cut and _CUT_VERB.search(ctx.text, sent.start, sent.end) is not None:
                out.extend(_time_limits(ctx, sent))
            if not figures:
                continue  # most sentences hold no figure: nothing below can find a statistic
            if any(ctx.text.find(w, sent.start, sent.end) >= 0 for w in _SHARE_DEAL) \
                    and not _SCOPE_WORD.search(ctx.text, sent.start, sent.end):
                continue  # 拟以不低于3000万元回购公司股份, 增持金额不低于2000万元: a firm's own plan
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
            # (the pattern needs 项目, 该 or 此)
            about_project = PROJECT_SUBJECT.search(ctx.text, sent.start, sent.end) \
                if any(ctx.text.find(w, sent.start, sent.end) >= 0 for w in ("项目", "该", "此")) else None
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
                                               about_project.start())
                    or _park_counts_projects(ctx.text, sent.start, about_project.start())):
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
            if event is None and any(ctx.text.find(c, sent.start, sent.end) >= 0 for c in "该景古这"):
                event = ONE_SITE.search(ctx.text, sent.start, sent.end)  # one site's figures, as an event's
            sent_first = len(out)
            total_end = part_end = -1  # a batch's total in the sentence, and a part of it told after
            prev_f: Figure | None = None
            risen: tuple[Figure, str, int, int] | None = None
            for f in figures:
                if prev_f is not None and prev_f.end + 1 == f.start and prev_f.kind == f.kind \
                        and ctx.text[prev_f.end] in _PAIR_JOINS:
                    prev_f = f
                    continue  # 分别达到X元和Y元: the second of a pair, read with the first (_given_in_turn)
                prev_f = f
                if used.overlaps(f.start, f.end) or f.start in each:
                    if f.kind == "money":
                        total_end = f.end
                    continue
                if total_end >= 0 and (
                        f.kind == "money" and _PART_OF_TOTAL.fullmatch(ctx.text, total_end, f.start)
                        or part_end >= 0 and f.kind == "percent"
                        and _SHARE_OF_PART.search(ctx.text, part_end, f.start)):
                    part_end = f.end  # 总投资78.6亿元，其中设备购置投资41.2亿元，设备投资占比…: the batch's
                    continue
                if f.kind == "count" and ctx.text.startswith("批次", f.end - 1):
                    continue  # 邀请62批次企业负责人来考察: rounds of guests or visits, a team's work
                if f.kind in ("count", "quantity") and f.unit in ("件", "万件") \
                        and _MATTERS_HANDLED.search(ctx.text, max(sent.start, f.start - 24), f.start):
                    continue  # 为200余家企业办理各类事项1500余件: an office's services, no statistic
                if f.kind in ("count", "quantity") \
                        and _HOLDS_PAPERS.search(ctx.text, max(sent.start, f.start - 20), f.start) \
                        and not _SCOPE_OF_PLACE.search(ctx.text, sent.start, f.start):
                    continue  # 某医疗…目前拥有医疗器械注册证73张: one firm's own papers, no statistic
                if f.kind == "count" and f.unit == "家" and _FIRMS_STARTED.match(ctx.text, f.end):
                    continue  # 已有4家外资企业落地投产: firms whose plants started, an event, no statistic
                if f.kind == "count" and ctx.text.endswith("等", max(sent.start, f.start - 1), f.start) \
                        and _BRANDS_CHOSEN.match(ctx.text, f.end):
                    continue  # “某某小米”等3个品牌入选全省农业品牌目录: the brands named, chosen
                if f.kind == "count" and ctx.text.endswith("等", max(0, f.start - 1), f.start) \
                        and _VISITED_STOPS.search(ctx.text, max(sent.start, f.start - 60), f.start):
                    continue  # 先后来到甲镇、乙镇等6个镇: the stops of a tour counted, no statistic
                if f.kind in ("count", "quantity") and f.unit[:1] in ("台", "套", "户") \
                        and ctx.text.endswith(_FIRST_BATCH, max(0, f.start - 3), f.start):
                    continue  # 首批42台（套）设备已进场: the machines delivered to one plant, no statistic
                    # (首批186户新市民领到钥匙: the first tenants of one housing works)
                if f.kind == "money" and f.unit not in ("CNY", "", None) \
                        and (yuan := _YUAN_RESTATED.match(ctx.text, f.end)) is not None \
                        and used.overlaps(yuan.start(1), yuan.end()):
                    continue  # 二期总投资2.4亿美元(约合人民币17.1亿元): one amount, the works' own
                if in_turn is not None and in_turn.start() <= f.start < in_turn.end():
                    continue  # 同比分别增长12.4%和15.1%: the rates of the two statistics before
                if 0 <= works_turn < f.start:
                    continue  # 甲项目、乙项目将加快建设，年内完成投资分别不低于2亿元和1.5亿元: theirs
                if event is not None and event.start() < f.start \
                        and not _SCOPE_WORD.search(ctx.text, event.end(), f.start) \
                        and not _OFFICE_ITEM.search(ctx.text, event.end(), f.start) \
                        and not _SIGNED_FOREIGN_SUM.search(ctx.text, max(sent.start, f.start - 40), f.start):
                    continue  # 举办的美食节吸引游客3万余人次，现场销售额…: the event's own figures
                if about_project is not None and about_project.start() < f.start \
                        and (f.kind != "percent" or plant_opening
                             and not _SCOPE_WORD.search(ctx.text, about_project.end(), f.start)) \
                        and not _region_firms(ctx, f, sent, about_project.end()) \
                        and not (f.kind in ("count", "quantity") and _visitors(ctx.text, f)):
                    continue  # capacity, output, jobs of the project the sentence is about (and the rates
                    # of a sentence opening on one plant or firm: ``企业投入…，用工减少三成``)
                if report >= 0 and not _SCOPE_WORD.search(ctx.text, report, f.start):
                    continue  # …年度报告显示，报告期内公司实现营业收入…: the firm's own figures
                if works is not None and works.start() < f.start and f.kind != "percent" \
                        and not _SCOPE_WORD.search(ctx.text, works.end(), f.start) \
                        and not ("中心" in works.group()
                                 and ctx.text.find("园区", works.end(), f.start) >= 0):
                    # (a centre's park told after it gives the park's tallies: ``…中心二期项目于9月底建成
                    # 投运，…，园区上线机架总数达到2300个``)
                    continue  # 电站投运后，年均发电量…，每年可节约标准煤…: the works' own figures
                if f.kind == "count" and projects and ctx.text.find("引进", sent.start, f.start) >= 0 \
                        and _works_plan(ctx, projects, sent, f.start):
                    continue  # 甲产业园开工，…，计划引进配套企业30家: what the works plans to bring in
                if plants and _plant_subject(ctx, plants, sent, f.start) and _quoted_drive(ctx, f) is None:
                    continue  # 某某电子的甲生产线…，今年一季度…实现产值3.2亿元: the plant's own output
                if f.kind == "percent" and f.unit == "pp":
                    continue  # X个百分点 is the gap between two rates (高于全省, 比上年提高), not a level
                c0 = ctx.clause_start(f.start, sent.start)
                if f.kind == "money" and _FIRM_YEAR_HOPE.match(ctx.text, c0) \
                        and _QUOTED_FIRM_SPEAKS.match(ctx.text, sent.start):
                    continue  # ”公司副总经理某某说，…，今年产值有望突破12亿元: the firm's hope
                if f.kind == "money" and _WORKS_YEAR_HOPE.match(ctx.text, c0) \
                        and _WORKS_DONE_CLAUSE.search(ctx.text, sent.start, c0):
                    continue  # 某中心在某镇建成，年交易额有望突破3亿元: the works' hoped-for yearly sum
                if f.kind == "money" and _QUOTED_WORKS_SPENT.search(ctx.text, sent.start, f.start):
                    continue  # “二期工程今年完成投资1.6亿元，…”项目负责人介绍: one works' progress
                if f.kind == "percent" and works_gain(ctx.text, c0, f.start):
                    continue  # 改造完成后产能提升30%, 单位产品能耗下降15%: what the works yield
                if f.kind == "quantity" and ctx.text.find("产能", sent.start, f.start) >= 0 \
                        and works_capacity(ctx.text, sent.start, f.start):
                    continue  # 矿井产能将由90万吨/年提升至150万吨/年: one works' capacity
                if f.kind == "count" and ctx.text.find("平台", c0, f.start) >= 0 \
                        and platform_figure(ctx.text, c0, f.start):
                    continue  # 某工业互联网平台已接入上下游企业430余家: the platform's own figure
                before = ctx.text[c0:f.start]
                if f.kind == "percent" and _BOUNDED_SHARE.search(before) and not _SHARE_AIMED.search(before) \
                        and not _SHARE_OF_WHOLE.search(before):
                    continue  # 收益资金主要用于…，其中公益岗位工资占比不低于60%: a rule of use
                if f.kind in ("count", "quantity") and f.unit[:1] in ("台", "辆", "人", "名", "套") \
                        and _SITE_CREW.search(before):
                    continue  # 现场投入挖掘机、运输车等机械40余台: a works' machines and crews on site
                if f.kind == "percent" and (_PRICE_CAP.search(before) or _OUR_GOAL.search(before)):
                    continue  # 租金不高于同地段…租金的90%: a cap set; “我们的目标是…超过50%”: a speaker's aim
                if f.kind == "percent" and _YEARLY_AVERAGE.search(before) \
                        and not _AVERAGE_SPAN.search(ctx.text, sent.start, f.start):
                    continue  # “十四五”以来，…装机规模年均增长超过30%: a rate over years no period holds
                if SKIP_BEFORE.search(before) or (THRESHOLD.search(before) and not (
                        f.kind == "count" and _HOMES_LISTED.search(before) and _value(f)[1] == "户")):
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
                if rows and any(a <= f.start < b for a, b in rows):
                    continue  # 1 某某项目 新建车间 186000 … 主体完工，设备安装85%: a row of a project table
                if f.kind == "money" and (_PAY.search(ctx.text, c0, f.start)
                                          or _RENT_PAID.search(ctx.text, max(c0, f.start - 24), f.start)):
                    continue  # 人均月收入5000元, 每年支付土地租金860万元: pay and rent, no statistic
                if f.kind == "money" and _WORKS_SPENT.search(ctx.text, c0, f.start):
                    continue  # 其中，某港三期工程完成投资6.4亿元: one works' progress
                if f.kind == "money" and ctx.text.endswith(_SETS_UP, c0, f.start) \
                        and FUND_SET_UP.match(ctx.text, f.end):
                    continue  # 设立1000万元的某产业发展基金: a fund set up, no statistic
                if f.kind == "percent" and (ctx.text.endswith("已完成", c0, f.start)
                                            or WORKS_SHARE.search(ctx.text, c0, f.start)):
                    continue  # 路基工程已完成80%, 完成工程量的65%: the share of some works done
                rise = _rise_from(ctx.text, c0, f) if f.kind != "percent" else None
                if not CLAUSE_TAIL.match(ctx.text, f.end) and rise is None \
                        and not (ctx.text.startswith("\n", f.end)
                                 and (f.kind == "percent" or ((_FIGURE_LINE.match(ctx.text, f.end + 1)
                                                               or _bare_figure_line(ctx.text, f.end))
                                                              and not _table_row(ctx.text, f.end)))):
                    # (a rate closing its line, 固定资产投资⏎同比增长8.6%⏎, closes its clause; so does
                    # any figure closing an infographic's line before the next figure's line:
                    # 1—8月完成投资421.5亿元⏎完成年度计划的71.9%)
                    if f.kind == "count" and f.unit == "个" and _COUNTED_SUBJECT.match(ctx.text, f.end):
                        continue  # 全市7个工业园区实现营业收入…: the subject of the next figure, counted
                    counted = _counted_noun(ctx, f, sent)
                    if counted is None and f.kind == "count":
                        counted = _count_is(ctx, f, c0) or _firms_among(ctx, f, c0) \
                            or _sites_built(ctx, f, c0)
                    if counted is None and f.kind == "count" and ctx.text.startswith("个", f.end - 1):
                        counted = _shared_head(ctx, f, c0)
                    if counted is None and f.kind == "quantity" \
                            and ctx.text.find("为", sent.start, f.start) >= 0:
                        counted = _formed_series(ctx, f, sent)
                    if counted is None or project_figure(ctx.text, sent.start, c0, f.start, counted[0]):
                        continue
                    if _PHASE_OPENS.match(counted[0]):
                        continue  # 二期1200个机架正在进行机电安装: a phase of one works, its own size
                    if f.kind == "count" and PARKS_COUNTED.search(counted[0]) \
                            and _parks_set_up(ctx, c0, f.end, sent):
                        continue  # 3个合作园区挂牌运营: parks set up, works counted, no statistic
                    if ONE_FIRM.search(ctx.text, sent.start, f.start) \
                            or (ctx.text.find("聘", c0, f.start) >= 0
                                and _APPOINTED.search(ctx.text, c0, f.start)) \
                            or RECIPIENTS.search(ctx.text, c0, f.start) \
                            or (f.unit == "家" and _PARTNER_LENDERS.match(ctx.text, f.end)
                                and _WITH_BEFORE.search(ctx.text, max(c0, f.start - 5), f.start)) \
                            or ((ctx.text.startswith("为", f.start - 1)
                                 or _SERVED_WITHIN.search(ctx.text, max(c0, f.start - 8), f.start))
                                and _SERVED_FIRMS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _SIGNING_FIRMS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _PUSHED.search(ctx.text, max(c0, f.start - 8), f.start)) \
                            or (f.unit == "家" and _DELEGATES.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _EXHIBITORS_AFTER.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _FIRMS_PROJECTS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _tenants(ctx.text, c0, f)) \
                            or (f.unit == "家" and ctx.text.find("与", c0, f.start) >= 0
                                and _PARTNER_FIRMS.match(ctx.text, f.end)) \
                            or (f.unit == "家" and _FIRMS_MET.match(ctx.text, f.start)) \
                            or (f.unit == "家" and _BROUGHT_BY.search(ctx.text, sent.start, f.start)) \
                            or (f.unit in _SAMPLE_COUNTERS
                                and _SAMPLE_AFTER.match(ctx.text, f.end, sent.end)):
                        # ,公司上下游20多家配套企业…: the firm's own; 向10家企业…, 为9家企业协调贷款…: the
                        # recipients (the help given is the statistic); 在某某的牵线下,已有4家…企业落户:
                        # firms one broker brought, his story; 全市28家A级景区累计接待游客…: the sites
                        # the figure after is measured on
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
                                      or _other_subject(ctx.text, c0, growth[1], last))) \
                        and not (c0 > last_end and last.get("unit") == "%" and "“" in ctx.text[c0:growth[1]]
                                 and _other_subject(ctx.text, c0, growth[1], last)):
                    # (a rate reached, then a quoted scheme's own growth: ``网上可办率达到98.5%，“一网通办”
                    # 办件量同比增长31%``, two statistics)
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
                if growth is not None and last is not None and last.get("growth_pct") is not None \
                        and _place_alone(ctx, m0, m1):
                    metric = str(last.get("metric"))  # 甲县规上工业增加值增长15.3%，乙县增长9.6%: the same
                elif growth is not None and last is not None and last.get("unit") == "%" \
                        and f.kind == "percent" and f.start - last_end <= 16 \
                        and _PERIOD_ALONE.fullmatch(ctx.text, c0, growth[1]):
                    metric = str(last.get("metric"))  # 6月份居民消费价格上涨0.2%；上半年累计上涨0.1%
                elif growth is not None and _place_alone(ctx, m0, m1) \
                        and (topic := topic_metric(ctx.text, sent.start, c0)) is not None:
                    metric = ctx.text[topic[0]:topic[1]]  # 某指标增速方面，甲区增长14.3%: the topic
                elif growth is not None and last is None and _place_alone(ctx, m0, m1) \
                        and (told := _rate_told_before(ctx, out, m0)) is not None:
                    metric = told  # 全区规上工业增加值增长8.3%。分地州市看，甲州增长9.8%: the same statistic
                core = _NOT_WORD.sub("", metric)
                if f.kind == "percent" and _JOINT_SHARE.match(core) \
                        and _PLACES_EACH.search(ctx.text, sent.start, c0) is not None:
                    continue  # 甲区、乙县…分别为X和Y，合计占全市的40.6%: the places' joint share
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
                        and (_works_told(ctx.text, sent.start, sent.end)
                             or ONE_WORKS.search(ctx.text, sent.start, f.start)
                             or _NAMED_WORKS.search(ctx.text, sent.start, c0)) and not tally:
                    continue  # 日产包装用纸1500吨 in a sentence about a project: its capacity
                line0 = max(c0, ctx.text.rfind("\n", c0, f.start) + 1)
                # (a counter the quantities take, ``22栋``, as well as the counts', ``3条``)
                if f.kind in ("count", "quantity") and f.unit in _BUILT_UNITS \
                        and _BUILDS_COUNTED.match(ctx.text, line0) \
                        and not TALLY.search(ctx.text, sent.start, f.start) \
                        and not REGION_WIDE.search(ctx.text, sent.start, f.start) \
                        and not _YEAR_BUILT.match(ctx.text, c0):
                    continue  # 新建…生产线3条, 改造闲置农房22栋: what one project builds, counted
                if f.kind == "quantity" and f.unit.endswith(("公里", "千米")) \
                        and _WORKS_WILL_DO.match(ctx.text, c0) \
                        and _WORKS_NAMED.search(ctx.text, sent.start, c0) \
                        and not REGION_WIDE.search(ctx.text, sent.start, f.start):
                    continue  # 某航道整治工程，总投资…，将整治航道42公里: the length one works will do
                if f.kind == "quantity" and not tally and "人均" not in metric \
                        and built_figure(ctx.text, sent.start, f.start, metric) \
                        and not _floor_of_region(ctx.text, _task_start(ctx.text, sent.start, c0), f.start,
                                                 metric):
                    continue  # 新建…车间，年产X10万吨 / 扩建…中心，新增仓储面积4.5万平方米
                if f.kind == "quantity" and ctx.text[f.start - 1:f.start] != "、" \
                        and ctx.text.find("、", c0, f.start) >= 0 and listed_output(ctx.text, c0, f.start):
                    continue  # 年产电驱动系统50万套、热管理总成80万套: a plant's second product
                if f.kind == "quantity" and designed_list(ctx.text, c0, f.start):
                    continue  # 设计年处理甲、乙等鲜果8万吨: a works' design, its goods listed
                if f.kind == "quantity" and yearly_list_opening(ctx.text, c0, f.start):
                    continue  # …加工园，年加工甲、乙30万吨: a works' capacity, its goods listed
                if not core and last is not None and f.start - last_end <= 12 \
                        and ctx.text.find("累计", c0, f.start) >= 0:
                    metric = _total_of(last, "累计") or metric  # 新认定…7家，累计达到185家
                    core = _NOT_WORD.sub("", metric)
                if last is not None and core in _TOTAL_WORDS and f.start - last_end <= 12 \
                        and ctx.text.find("分别", c0, f.start) < 0:
                    # (``…，其中…，总数分别达到486家和193家``: the totals of the two told, not of the last)
                    metric = _total_of(last, core) or metric  # 新增企业86家,总数达到2163家
                    core = _NOT_WORD.sub("", metric)
                added_this_year = -1
                if len(core) <= 3 and last is not None and f.kind == "count" and f.start - last_end <= 12 \
                        and last.get("unit") == _value(f)[1] and ctx.text.startswith("其中", c0) \
                        and (added := added_part_metric(str(last.get("metric")), core)) is not None:
                    metric = core = added  # 累计建成5G基站5420个，其中今年新建986个: what was added
                    added_this_year = ctx.text.find("今年", c0, f.start)
                added_to = None
                if last is not None and f.kind == "count" and f.start - last_end <= 12 \
                        and _ADDED_SINCE.fullmatch(core) and last.get("unit") == _value(f)[1]:
                    added_to = last  # 企业达到142家，比年初新增9家: what was added to that level
                    metric = core = _added_metric(str(last.get("metric")))
                if last is not None and f.kind == "count" and f.start - last_end <= 16 \
                        and ctx.text.startswith("其中", c0) and _NEW_UNITS.fullmatch(core) \
                        and str(last.get("metric")).startswith("新增") and last.get("unit") == _value(f)[1]:
                    metric = core = "新增" + core  # 新增市场主体4216户，其中企业1328户: the new ones' part
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
                elif core == "投资" and ctx.text.endswith("完成", max(0, m0 - 2), m0) \
                        and (built := _works_spent(ctx.text, sent.start, c0)) is not None:
                    metric = core = f"{built}完成投资"  # 新改建农村公路412公里，完成投资5.3亿元: the works'
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
                if core in _PER_UNIT and last is not None and f.start - last_end <= 20 \
                        and f.kind == "money" and last.get("unit") == "CNY":
                    metric = core = core + str(last.get("metric"))  # …收入1.26亿元，…，村均41.9万元
                if core in _STAGE_PARTS and last is not None and f.start - last_end <= 12 \
                        and last.get("unit") == _value(f)[1] \
                        and (measure := _stage_measure(ctx.text, sent.start, f.start)) is not None:
                    metric = core = core + measure  # 总装机120万千瓦,已建成并网46万千瓦,在建32万千瓦
                if last is not None and f.start - last_end <= 6 \
                        and (beds := beds_of_lodgings(str(last.get("metric")), core)) is not None:
                    metric = core = beds  # 景区周边已有民宿客栈210家,床位(达到)4600张: the beds they have
                if last is not None and f.kind == "money" and f.start - last_end <= 6 \
                        and (income := income_of_visitors(str(last.get("metric")), core)) is not None:
                    metric = core = income  # 乡村旅游接待游客860万人次，实现收入42.6亿元: their income
                if last is not None and f.kind == "count" and f.start - last_end <= 4 \
                        and (homes := households_of_estates(str(last.get("metric")), core)) is not None \
                        and _value(f)[1] == "户":
                    metric = core = homes  # 改造老旧小区17个、涉及1836户: the households the estates hold
                if core == "货值" and last is not None and f.kind == "money" and f.start - last_end <= 4 \
                        and (carried := goods_value_of([str(r.get("metric")) for r in out[sent_first:]])):
                    metric = core = carried  # 中欧班列开行42列，…发运货物…标箱，货值9.8亿元: what it carried
                if f.kind == "count" and _LANDS_REACHED.search(metric) \
                        and (trains := _TRAINS.search(ctx.text, sent.start, m0)) is not None:
                    metric = core = trains.group() + "线路"  # 中欧班列已开通至…等国的线路8条: the trains'
                if f.kind == "quantity" and metric.endswith("仓储面积") \
                        and _PUT_IN_SERVICE.search(ctx.text, sent.start, m0):
                    continue  # 某物流园一期投入运营，园区仓储面积3.5万平方米: the park's own floor
                if metric.startswith("日均") and _PUT_IN_SERVICE.search(ctx.text, sent.start, m0):
                    continue  # 某分拨中心已于9月投入运营，日均处理跨境包裹3万单: the works' own daily load
                if COMPARISON_ONLY.fullmatch(core):
                    continue  # 较上周下降1.5%: a change with no measure of its own
                if f.kind != "percent" and _PHASE_OPENS.match(metric):
                    continue  # 二期1200个机架正在进行机电安装: a phase of one works, its own size
                if _FLOOR_ALONE.fullmatch(core):
                    continue  # 同样在建的还有…三期项目，建筑面积6.8万平方米: the works' own floor
                if _HANDED_TO_FIRMS.search(metric):
                    continue  # 某产业园向首批3家入园企业交付工业用地共计210亩: one handover, no statistic
                if f.kind != "percent" and _CHANGE_ONLY.fullmatch(core):
                    continue  # 比上个冬季多出4.2亿元, 同比增加53万吨: by how much a figure before changed
                if (len(core) < MIN_METRIC and core not in SHORT_METRICS) or BARE_TOTAL.fullmatch(metric) \
                        or (NOT_STATISTIC.search(metric) and not LAND_SOLD.search(metric)
                            and not (f.kind == "money" and NAMED_FUND_SIZE.search(metric))
                            and not (f.kind == "count" and INDUSTRY_FARMS.search(metric))
                            and not (f.unit == "人次" and VISITS_TREATED.search(metric))
                            and not (f.kind == "percent" and _MATTERS_RATE.search(metric))):
                    continue
                if f.kind == "count" and f.unit in ("人", "名", "位") \
                        and _CEREMONY_GUESTS.search(ctx.text, sent.start, f.start):
                    continue  # 前来观礼的客商和企业家100余人: the guests of a ceremony, no statistic
                if metric.startswith("租用") and _SETTLED_THEN_LEASES.search(ctx.text, sent.start, m0):
                    continue  # …项目去年5月签约落户，租用园区厂房1.2万平方米: the works' own floor
                if f.kind == "money" and _OPENING_TAKINGS.search(metric):
                    continue  # 开播首周销售额突破200万元: a business's first days, its own takings
                if f.kind == "money" and core in _TAKINGS and _FIRST_DAYS.search(
                        ctx.text, sent.start, f.start):
                    continue  # 开街首夜，街区接待游客3.2万人次，营业额约180万元: the business's own takings
                if f.kind == "percent" and metric.endswith(("入住率", "出租率", "上座率")) \
                        and _FIRST_DAYS_RATE.search(ctx.text, max(sent.start, m0 - 8), f.start) is not None:
                    continue  # 酒店…试营业首周入住率达到72%: the business's first days, no statistic
                if ctx.text.find("中", sent.start, f.start) >= 0 and _DURING_THE_WORKS.search(
                        ctx.text, sent.start, f.start):
                    continue  # 工程建设中，…沿河建成滨水步道9.6公里: the works' own parts
                if f.unit == "家" and ctx.text.find("由", sent.start, f.start) >= 0 \
                        and _BLOCK_BUILT_BY.search(ctx.text, sent.start, f.start):
                    continue  # 街区由某公司投资…改造，引入…商户86家: the block's own tenants
                if f.unit == "人次" and _EXPECTED_YEARLY.search(
                        ctx.text, ctx.clause_start(f.start, sent.start), f.start):
                    continue  # …投资3.6亿元建设，预计年接待游客150万人次: what the works expects
                if ctx.text.find("后", sent.start, f.start) >= 0 and _ONCE_DONE.search(
                        ctx.text, ctx.clause_start(f.start, sent.start), f.start):
                    continue  # 建成后每年可回收锌、铅等金属3.5万吨: what the works yield once done
                if f.kind != "money" \
                        and _ROLLED_OFF.search(ctx.text, ctx.clause_start(f.start, sent.start), f.start):
                    continue  # 1—10月已下线各类新能源物流车1.3万辆: what one plant's line has turned out
                if f.kind == "money" and _SUM_TO_BUILD.match(ctx.text, f.end):
                    continue  # 计划投资5亿澳门元（折合…）兴建甲项目: the sum a works is built with
                if ctx.text.find("公司", sent.start, f.start) >= 0 \
                        and ONE_FIRM.search(ctx.text, sent.start, f.start):  # (the pattern needs 公司)
                    continue  # 通过技改,公司年产能从…提升到…: one firm's own figures, no region's
                if ("集团" in ctx.text[sent.start:f.start] or "这家" in ctx.text[sent.start:f.start]) \
                        and ONE_GROUP.match(ctx.text, sent.start):
                    continue  # 该集团…已累计投资2.6亿美元，去年…实现销售收入…: the group's own figures
                if f.kind == "money" \
                        and _PROJECT_ADDED_SUM.search(ctx.text, max(c0 - 40, sent.start), f.start):
                    continue  # 甲公司增资扩产项目已进入设备调试阶段，新增投资2800万美元: the works' own sum
                if ctx.text.find("企业", sent.start, f.start) >= 0 \
                        and ONE_FIRM_YEAR.search(ctx.text, sent.start, f.start):
                    continue  # …说,企业今年产值有望突破2亿元: the firm just told of, no region's
                if ctx.text.find("向", sent.start, f.start) >= 0 \
                        and ONE_FIRM_LOAN.search(ctx.text, sent.start, f.start):
                    continue  # …，企业向银行申请了中长期贷款8000万元: the firm's own loan, no region's
                if one_bank_subject(ctx.text, sent.start, f.start):
                    continue  # 今年以来，该行已累计向…投放贷款…，较去年同期多投放…: the bank's own business
                if CAPACITY_FROM.match(ctx.text, c0) and NEW_LINE_PUT_IN.search(ctx.text, sent.start, c0) \
                        and not _SCOPE_WORD.search(ctx.text, sent.start, f.start):
                    continue  # 企业新上了一条生产线，年产能从…提高到…: one firm's gain, no region's
                if (firm := FIRM_DID.search(ctx.text, sent.start, f.start)) is not None \
                        and not _SCOPE_WORD.search(ctx.text, firm.end(), f.start):
                    continue  # 某某有限公司今年上半年实现销售收入…，其中出口额…: the firm's own
                if f.kind == "money" \
                        and (firm := FIRM_GOT.search(ctx.text, sent.start, f.start)) is not None \
                        and firm.end() >= f.start - 4:
                    continue  # 某某有限公司刚刚拿到首笔技改补助186万元: one firm's grant, no region's
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
                if f.kind == "money" and support_for_one_project(ctx.text, sent.start, c0, f.start):
                    continue  # 为保障项目建设，…并为企业争取技改资金1200万元: the one project's help
                if f.kind == "money" and funds_of_one_works(ctx.text, sent.start, c0, f.start):
                    continue  # 项目建设资金中，争取地方政府专项债券资金3.5亿元: one works' funding
                if f.kind == "count" and ctx.text.find("家", f.start, f.end + 1) >= 0 \
                        and _BROUGHT_BY.search(ctx.text, sent.start, f.start):
                    continue  # 在某某的牵线下,已有4家配套企业落户: firms one broker brought, his story
                if f.kind == "count" and (_VISITS.search(ctx.text, c0, f.start)
                                          or _FIRMS_MET.match(ctx.text, f.start)):
                    continue  # 走访电子信息、智能装备企业9家: firms visited, a week's work
                if f.kind == "percent" and WORKS_DONE.search(ctx.text, max(c0, f.start - 12), f.start):
                    continue  # 主体工程完成85%: how far the works have got, no statistic
                if project_figure(ctx.text, sent.start, c0, f.start, metric):
                    continue
                if f.kind != "percent" and CHANGE_ONLY.fullmatch(metric):
                    continue  # 牦牛出栏12.3万头，同比增加1.1万头: the change of the statistic before
                if BARE_PROGRESS.fullmatch(metric) and ctx.text.find("项目", sent.start, c0) >= 0 \
                        and not _SCOPE_WORD.search(ctx.text, sent.start, f.start):
                    continue  # 项目建设单位负责人介绍，…目前已累计完成投资9.6亿元: the works' progress
                if f.kind == "quantity" and WORKS_LENGTH.search(ctx.text, max(c0, f.start - 6), f.start):
                    continue  # 新建线路长约186公里: the length of one works, no statistic
                if f.kind == "quantity" and f.unit.endswith(("公里", "千米", "米")) \
                        and _DISTANCE_FROM.search(ctx.text, max(c0, f.start - 16), f.start):
                    continue  # 园区离机场不到20公里: where a site lies, no statistic
                if _STREAK_FLOOR.search(ctx.text, max(c0, f.start - 16), f.start) \
                        and _FLOOR_AFTER.search(ctx.text, f.start, f.end + 2):
                    continue  # 连续5年稳定在190亿斤以上: the floor of a run of years, no one year's figure
                if f.kind != "percent" and _one_product(ctx.text, sent.start, f.start):
                    continue  # 这款机器人身高1.65米: one product's make, no statistic
                if BATCH_SUM_METRIC.match(metric) and BATCH_COUNTED.search(ctx.text, sent.start, c0):
                    continue  # 开工项目13个…总装机规模约215万千瓦: the batch's sum, no statistic
                if f.kind == "money" and BATCH_NEED_METRIC.match(metric) \
                        and BATCH_COUNTED.search(ctx.text, sent.start, c0):
                    continue  # 共有项目38个，总投资…，融资需求56亿元: the listed works' need, no statistic
                if f.kind in ("money", "percent") and firm_bond(ctx.text, sent.start, f.start, f.end):
                    continue  # 某公司成功发行公司债券8亿元，票面利率2.85%: the firm's own deal, no statistic
                if (b := BATCH_COUNTED.search(ctx.text, sent.start, c0)) is not None \
                        and _ONCE_DONE.search(ctx.text, b.end(), f.start):
                    continue  # 集中开工项目6个，…，全部建成后可新增装机180万千瓦: what the batch is to yield
                if f.kind != "percent" \
                        and _WORKS_PIECES_DONE.search(ctx.text, max(c0, f.start - 16), f.start):
                    continue  # 目前已完成风机吊装92台, 现场投入吊车26台: how far the works have got, its crew
                if f.kind in ("quantity", "count") and works_progress(ctx.text, sent.start, c0, f.start):
                    continue  # 实施某改良项目，投资…。截至4月中旬，已完成草籽补播1.2万亩: the works' progress
                if f.kind != "percent" and site_plans(ctx.text, sent.start, f.start):
                    continue  # (…种苗繁育基地…。)基地今年计划育苗800万株: the base's own plan
                if f.kind != "percent" and shipped_a_day(ctx.text, c0, f.start):
                    continue  # 每天发往甲、乙等地的蔬菜约80吨: a site's day, no statistic
                if f.kind == "money" and funds_in_a_sum(ctx.text, c0, f.start):
                    continue  # …总投资1.36亿元，其中争取中央和自治区资金9800万元: a part of the sum told
                if f.kind == "quantity" and yearly_turnover(ctx.text, sent.start, c0, f.start):
                    continue  # 一期仓储区已投入使用，年周转…产品10万吨: a works' capacity
                if first_days_of_works(ctx.text, sent.start, f.start):
                    continue  # 试营业首周，酒店平均入住率达到78%: the one hotel's own figure
                if f.kind != "percent" and ctx.text.find("座", sent.start, f.start) >= 0 \
                        and plants_batch_size(ctx.text, sent.start, f.start):
                    continue  # 两座数据中心完成竣工验收，新增标准机架2.4万架: the batch's size
                if f.kind == "money" and project_forecast(ctx.text, sent.start, f.start):
                    continue  # …项目，预计年产值20亿元、年纳税1.2亿元: what the project is to yield
                if once_built_of_one_works(ctx.text, sent.start, f.start):
                    continue  # 该工程投资…，建成后…单班产量提高到4000吨: what the works yields once built
                if _YIELD_OPENING.match(ctx.text, sent.start):
                    continue  # (…预计明年投产。)达产后年产值约12亿元,年纳税超5000万元: the works' yield
                if PROJECT_WORD.search(metric) and not (f.kind == "count" and f.unit in ("项", "宗")) \
                        and not (f.kind == "percent" and _PROJECTS_RATE.search(metric)) \
                        and not (f.kind == "percent" and metric == "项目投资") \
                        and not (f.kind == "quantity" and LAND_SOLD.match(metric)) \
                        and not (f.kind == "quantity" and land_for_a_class(metric)) \
                        and not (f.kind == "percent" and metric.endswith("占比")
                                 and CLASS_INVESTMENT.search(metric[:-2])) \
                        and not (f.kind == "percent" and _PROJECTS_SHARE_OF_INVESTMENT.search(metric)) \
                        and not (f.kind == "percent" and (CLASS_INVESTMENT.search(metric.split("占", 1)[0])
                                                          or _PROJECTS_CONTRIBUTION.search(metric))) \
                        and not (f.kind == "money" and (CLASS_INVESTMENT.search(metric)
                                                        or CLASS_FUNDS.search(metric)
                                                        or _class_done_first(ctx.text, metric, m0))) \
                        and not (f.kind == "count" and "岗位" in metric and CLASS_JOBS.search(metric)) \
                        and not (f.kind == "count" and _FILED_ABROAD.search(metric)) \
                        and not (f.kind == "quantity" and CLASS_ON_GRID.search(metric)):
                    continue
                if f.kind == "count" and f.value == 1:
                    continue
                if f.kind == "count" and (not (ECONOMIC_COUNT.search(metric) or PROJECT_WORD.search(metric)
                                               or public_service_count(ctx.text, sent.start, f.start, metric))
                                          or (PARKS_COUNTED.search(metric)
                                              and _parks_set_up(ctx, c0, f.end, sent))):
                    continue  # (新建合作园区2个: parks to be built, works counted, no statistic)
                r = _indicator(ctx, sent, f, metric, m0, m1, growth)
                if _YEARLY_YIELD.match(core) and _SINCE_PERIOD.search(str(r.get("period"))):
                    # 已有5个项目竣工投产,预计新增年产值25亿元: a yearly yield, of the whole year
                    r.set("period", str(r.get("period"))[:4], *r.fields["period"].evidence)
                if added_this_year >= 0 and _SINCE_PERIOD.search(str(r.get("period"))):
                    # 截至9月底…，其中今年新建986个: what this year added, of the year
                    r.set("period", str(r.get("period"))[:4],
                          ctx.evidence(added_this_year, added_this_year + 2))
                if added_to is not None and ctx.text.find("年初", c0, f.start) >= 0:
                    _since_year_start(r, added_to)
                out.append(r)
                last, last_end, last_fig = r, _told_end(ctx.text, f.end), f
            if in_turn is not None:
                _rates_in_turn(ctx, out[sent_first:], in_turn)
        if ctx.text.find("指标", art.start, art.end) >= 0:
            out.extend(_table_indicators(ctx, art))
        if ctx.text.find("  ", art.start, art.end) >= 0 and _PLACE_HEAD.search(ctx.text, art.start, art.end):
            out.extend(_place_table_indicators(ctx, art))
        if ctx.text.find("分别", art.start, art.end) >= 0:
            out[first:] = _given_in_turn(ctx, out[first:])
        out[first:] = _restated(out[first:])
        if ctx.text.find("\n", art.start, art.end) >= 0:
            out[first:] = _sub_head_rounded(ctx.text, out[first:])
        _value_after_growth(ctx, out[first:])
        _later_place_dropped(out[first:], ctx.text)
        _carry_over(out[first:], ctx.text)
        if any(r.get("period") is None for r in out[first:]):
            _headline_period(ctx, art, out[first:])
    year = doc.meta.year
    if year is not None:
        if doc.meta.pub_date is None:
            _whole_year_looked_back(doc.text, out, year)
        _page_year_period(doc.text, out, year)
    _goal_measures(out)
    _homes_written_out(out)
    return [r for r in out if not _other_sense(ctx.text, r)]


#: Homes counted (``保障性租赁住房``, ``房源``, ``安置房``): a count of dwellings, written out like any count.
_HOMES = re.compile(r"住房|房源|住宅|安置房|公租房|廉租房")


def _homes_written_out(out: list[Record]) -> None:
    """Homes counted in ten thousands (``累计筹集保障性租赁住房1.15万套``) and declarations or orders filed
    (``申报跨境电商清单1320万票``, ``跨境电商进口货量达1860万单``) are written out (``11500`` ``套``,
    ``13200000`` ``票``), as counts are in
    the gold; an output in ``万台``, ``万辆`` keeps its unit."""
    for r in out:
        value, unit = r.get("value"), r.get("unit")
        if unit in ("万套", "万票", "万单") and isinstance(value, (int, float, Decimal)) \
                and (unit in ("万票", "万单") or _HOMES.search(str(r.get("metric") or ""))):
            whole = Decimal(str(value)) * 10000
            r.set("value", int(whole) if whole == int(whole) else float(whole), *r.fields["value"].evidence)
            r.set("unit", unit[1:], *r.fields["unit"].evidence)


def _other_sense(text: str, r: Record) -> bool:
    """True for a record whose figure is no statistic (a market's move, a firm's results, a person's
    own money, a contest's result: :func:`newsmill.zh.record_senses.no_statistic`)."""
    value = r.fields.get("value")
    if value is None or not value.evidence:
        return False
    return no_statistic(text, value.evidence[0].start, str(r.get("metric") or ""), r.get("unit"),
                        value.evidence[0].end)


#: A yearly average rate of growth (``年均增长超过30%``, ``年均增速``, ``年均递增``).
_YEARLY_AVERAGE = re.compile(r"年均(?:增长|增速|递增|增幅)(?:率)?(?:为|达到|达|超过|超|保持在|在)?$")
#: The run of years such a rate is of, told in its sentence (``2020年至2024年，…年均增长7.2%``, ``近五年``):
#: a rate with its span told is left as the other rules read it.
_AVERAGE_SPAN = re.compile(r"\d{4}年?(?:至|—|-|到)\d{4}年|近[两三四五六七八九十\d]+年")


#: The share projects take of a place's whole investment (``项目投资占全部投资的比重``, ``产业项目投资占
#: 固定资产投资比重``): a statistic of the place, though it names projects.
_PROJECTS_SHARE_OF_INVESTMENT = re.compile(r"项目投资占(?:全部|全社会|全[省市县区])?(?:固定资产)?"
                                           r"投资(?:总额)?的?(?:比重|比例)$")


#: What the projects' investment gave to the growth of the whole (``项目投资对全部投资增长的贡献率``,
#: ``重点项目对投资增长的贡献率``): a rate of the place.
_PROJECTS_CONTRIBUTION = re.compile(r"项目(?:投资)?对(?:全部|全社会|全[省市县区旗])?(?:固定资产)?投资增长的?"
                                    r"(?:贡献率|拉动率)$")


#: A yearly yield (``新增年产值``, ``年税收``): a figure of a whole year, not of the months so far.
_YEARLY_YIELD = re.compile(r"(?:预计)?(?:新增)?年(?:产值|税收|营收|营业收入|销售收入|利税|纳税)")


#: A period from the year's start up to now (``2025(今年以来)``, ``2025-01/2025-04``).
_SINCE_PERIOD = re.compile(r"^\d{4}\(今年以来\)$|^(\d{4})-01/\1-\d\d$")


#: A bare amount word right after a count (``…共计62件，金额达…``): the amount of what was counted.
AMOUNT_OF_LAST = ("金额", "总额", "金额达", "总额达", "面积", "面积达")


#: A total named without its subject (``…,总数达到2163家``).
_TOTAL_WORDS = ("总数", "总量", "累计数", "总规模")


#: A count added since a date told with no subject, right after a level of the same units
#: (``…企业达到142家，比年初新增9家``, ``较上年末净增12户``; the date left out: ``…达到103家，新增21家``):
#: what was added to that level.
_ADDED_SINCE = re.compile(r"(?:比|较)(?:年初|上年末?|去年底?|上年底|去年同期|上年同期)?(?:新增|净增|增加)"
                          r"|新增|净增")


#: A capacity, not a statistic (``日产包装用纸1500吨``, ``年加工甲鱼5000吨``).
#: What a project builds (``新建冷库12万立方米``, ``建设厂房5万平方米``): its size, no statistic.
BUILT_METRIC = re.compile(r"(?:规划|计划|拟|将)?(?:新建|建设|新上|扩建|建成|铺设|敷设|架设)")


#: A sentence about one works named by an anaphor (``该工程…铺设管网186公里``): what it builds is its size.
ONE_WORKS = re.compile(r"[该本此](?:工程|项目)")


#: A sentence tallying what a place has done since it began (``建园以来，累计引进项目…，建成标准化厂房
#: 62万平方米``): the floor space built is the place's statistic, not one project's.
TALLY = re.compile(r"累计|(?:建园|成立|设立|开园|建区)以来")


#: A sentence opening on what works yield once built (``达产后年产值…,年纳税…``, ``全部投产后…``),
#: after the works were told of: their forecast, no place's statistic; its lines or phases may be named
#: (``全部产线达产后…``, ``二期生产线全部投产后…``); a plant's or a station's put into service
#: (``全部投运后，年均上网电量…``, ``全容量并网后…``).
_YIELD_OPENING = re.compile(r"\s*(?:项目|一期|二期|三期|首期)?(?:全部|全面)?(?:产线|生产线)?(?:全部|全面)?"
                            r"(?:达产|投产|建成|建成投产|投运|建成投运|全容量并网|投入运行)后")


#: Standard factory floor, built by a place for firms to rent (``新建标准化厂房46万平方米``): with no
#: works named before it in the sentence, its size is the place's statistic, not one project's.
CLASS_FLOOR = re.compile(r"标准化?(?:厂房|仓库)$")  # (or warehouses: ``新建标准化仓库8万平方米``)


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


#: A zone or park named before such a clause (``加快某经济开发区南区标准化厂房建设,年内新建厂房…``):
#: the floor space may be its own works; left alone.
_ZONE_NAMED = re.compile(r"开发区|高新区|经开区|新区|产业园|工业园")


#: Words joining a pair of figures (``42618元和20154元``); ``、`` is a clause tail of its own.
_PAIR_JOINS = frozenset("和及与")


#: Two rates given in turn to the two statistics before them, in clauses of their own
#: (``接待游客…万人次，实现旅游收入…亿元，同比分别增长12.4%和15.1%``, also ``分别同比增长``).
_RATES_IN_TURN = re.compile(r"(?:同比|比上年)?分别(?:同比|比上年)?(增长|下降)"
                            r"(\d+(?:\.\d+)?)%(?:和|、|与|及)(\d+(?:\.\d+)?)%")


#: A metric that is only the base of a comparison (``较上周``, ``比上月``, ``环比``): no measure.
COMPARISON_ONLY = re.compile(r"(?:较|比)(?:上周|上月|上旬|上季度|上年|去年|年初|上年同期|去年同期)|同比")
#: A change by an amount with no measure of its own (``比上个冬季多出``, ``同比增加``, ``较去年减少``,
#: a harvest's ``比上年增产``).
_CHANGE_ONLY = re.compile(r"(?:(?:较|比)(?:上个?[\u4e00-\u9fff]{1,3}|去年(?:同期)?|上年(?:同期)?|年初)|同比)"
                          r"(?:多出|多|少|增加|减少|增产|减产)了?")


#: The kind of a part after ``其中`` of units just counted as new (``新增市场主体…户，其中企业…户``,
#: ``新增“四上”企业…家，其中规上工业企业…家``): firms or other units of a market, new as the whole is.
_NEW_UNITS = re.compile(r"(?!新增|新登记|新注册)[\u4e00-\u9fff“”\"]{0,10}?"
                        r"(?:企业|公司|市场主体|工商户|合作社|家庭农场)")


#: A part of a region's land after ``其中`` (``其中中心城区增长8.1%``): the rate of the measure before.
_AREA_PART = re.compile(r"(?:其中)?(?:中心城区|主城区|主城都市区|城区|县城|城镇|农村|乡村|县域|园区)")


#: A firm's person telling, with no quotation marks, what follows (``某某有限公司总经理某某说，今年…``):
#: the figures after are the firm's own.
_FIRM_SAYS = re.compile(r"(?:公司|集团|厂)" + _FIRM_TITLE
                        + r"[\u4e00-\u9fff]{2,4}(?:说|表示|介绍|坦言|告诉记者)[,，:：]")


_SAYS_WORDS = ("说", "表示", "介绍", "坦言", "告诉")


#: People engaged for a role (``聘请12名在外企业家为“招商大使”``): a ceremony's appointments, no statistic.
_APPOINTED = re.compile(r"聘请|聘任|选聘|特聘|受聘|聘为")


#: Firms brought in through a broker's introduction (``在某某的牵线下``, ``由某企业牵线搭桥``).
_BROUGHT_BY = re.compile(r"牵线|引荐")


@hookimpl
def newsmill_extract(doc: Document) -> list[Record]:
    """Records of this kind for one document."""
    return readable(doc, extract_indicators(doc))

#: A works the sentence is about before a count (``该项目…``, ``某某学校项目位于…``, ``某片区改造工程…``), not
#: projects counted (``等5个项目``).
#: (projects counted with their figure, ``此次开工项目11个，…涉及老旧小区21个``, are a round, no works)
_WORKS_SUBJECT = re.compile(r"(?<![个批项])(?:项目|工程)(?![\d０-９]+[个项])|该校|新校区|新院区")
#: A works named in the sentence before (``观摩团来到某老旧小区改造项目现场。``), not projects counted.
_WORKS_WORD = re.compile(r"(?<![个批项])(?:项目|工程)")
#: A total in all closing a metric (``社区长者饭堂累计``): the units counted, in all.
_TOTAL_SUFFIX = re.compile(r"(?:累计|总数)$")
#: Canteens for elders counted in the sentence, whom they serve may follow.
_CANTEENS = re.compile(r"长者饭堂|长者食堂|老年食堂|助餐点")
#: A round of projects held together (``第二批城市更新项目集中开工``): many works, no one works named.
_ROUND_NAMED = re.compile(r"第[一二三四五六七八九十\d]+批|集中(?:开工|签约|竣工|投产)")
#: A next round told as an outlook (``明年，某区计划再改造老旧小区18个``).
_NEXT_ROUND = re.compile(r"明年|再(?:改造|新建|新增|建设)")


#: Projects counted before their word (``第一批14个有机更新项目``): a round, no one works.
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)[个批项][\u4e00-\u9fff]{0,8}$")


def _one_works(text: str, s0: int, pos: int) -> bool:
    """True when a works is the subject of the sentence from ``s0`` before ``pos``
    (:data:`_WORKS_SUBJECT`), not projects counted (``去年实施的第一批14个有机更新项目已完工12个``)."""
    for m in _WORKS_SUBJECT.finditer(text, s0, pos):
        if m.group() in ("项目", "工程") and _COUNTED_BEFORE.search(text, max(s0, m.start() - 12), m.start()):
            continue
        return True
    return False


#: Projects counted right before the word (``已有3个数据中心项目建成投运``): a park's batch, no one project.
_PROJECTS_COUNTED_BEFORE = re.compile(r"(?:\d+|[两三四五六七八九十]+)个[\u4e00-\u9fff]{0,8}$")


def _park_counts_projects(text: str, s0: int, at: int) -> bool:
    """True when the project word at ``at`` closes projects counted by a park that opens the sentence
    from ``s0`` (``园区今年已有3个数据中心项目建成投运，累计上线标准机架1.6万个，入驻…企业132家``): the
    park's own tallies follow, no one project's figures."""
    return text.find("园区", s0, at) >= 0 \
        and _PROJECTS_COUNTED_BEFORE.search(text, max(s0, at - 12), at) is not None


#: A metric opening on a phase of a works (``二期机架``, ``一期建筑面积``): that works' own figure.
#: (not the firms moving into a phase's buildings, ``一期厂房已签约入驻企业21家``: the park's tenants)
_PHASE_OPENS = re.compile(r"[一二三四五六首]期(?!间|到位|资金|规模|募集|出资)(?![^企]*企业)")


#: The share of a government's matters that can be done online or at once (``政务服务事项网上可办率``,
#: ``依申请事项全程网办率``): a statistic of the place's services, though matters an office handled
#: (``办理审批事项86件``) are its work.
_MATTERS_RATE = re.compile(r"事项[\u4e00-\u9fff]{0,6}?(?:可办率|网办率|办结率|即办率|覆盖率)$")


def public_service_count(text: str, s0: int, pos: int, metric: str) -> bool:
    """True when the count at ``pos`` (sentence from ``s0``, ``metric`` before it) counts a place's
    public services (:data:`PUBLIC_SERVICE_COUNT`: ``新增学位1.08万个``, ``改造城镇老旧小区46个、涉及居民
    5260户``) and no works is the subject of the sentence or of the one before it in the paragraph
    (``该项目总投资…，可新增学位…``, ``观摩团来到某老旧小区改造项目现场。今年全县改造老旧小区23个`` stay the
    works' own), nor is it a next round (``明年…计划再改造老旧小区18个``). Households counted with
    ``涉及`` count only after old estates in the sentence, the elders served a day only after canteens
    for elders; a total in all of such services (``累计达到58家`` after them) counts too."""
    m = PUBLIC_SERVICE_COUNT.search(_TOTAL_SUFFIX.sub("", metric))  # (…饭堂12家，累计达到58家: 饭堂累计)
    if m is None or _one_works(text, s0, pos) or _NEXT_ROUND.search(text, s0, pos):
        return False
    para = text.rfind("\n", 0, s0) + 1
    before = max(text.rfind("。", para, s0 - 1), para - 1) + 1
    if before < s0 and _WORKS_WORD.search(text, before, s0) and not _ROUND_NAMED.search(text, before, s0) \
            and not ("小区" in m.group() and text.find("小区", before, s0) < 0):
        return False  # (a hospital's works told before old estates to renew: no works of the estates)
    if metric.startswith("日均服务"):
        return _CANTEENS.search(text, s0, pos) is not None
    return not metric.startswith("涉及") or text.find("老旧小区", s0, pos) >= 0
