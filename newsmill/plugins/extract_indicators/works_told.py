"""Figures of one works or one site told in a story (what a works has done so far, what a base plans,
what a market ships a day): the works' or the site's own, no statistic of a place."""

from __future__ import annotations

import re

#: A quantity of work done so far right before the figure (``今年已完成低产园改造``, ``已完成草籽补播``,
#: ``累计完成退化草场改良``).
_DONE_SO_FAR = re.compile(r"(?:已经?|累计)完成了?[\u4e00-\u9fff]{2,10}?$")

#: One works told with its own money (``实施某某改良项目，投资2400万元``, ``建设某某示范园，投资1.1亿元``,
#: ``某某工程总投资…``): a name ending in a works word, then its sum.
_WORKS_WITH_SUM = re.compile(r"(?<![个批项类])(?:项目|工程|示范园|产业园|园区|基地|示范区)[，,]?"
                             r"(?:总|计划总|计划)?投资(?:额)?(?:约|达|为)?\d")

#: Works counted or a round of them (``实施项目12个``, ``等5个项目``, ``第二批``): many works, no one.
_MANY_WORKS = re.compile(r"\d+个[\u4e00-\u9fff]{0,8}?(?:项目|工程)|(?:项目|工程)\d+个"
                         r"|第[一二三四五六七八九十\d]+批|集中(?:开工|签约|竣工|投产)")

#: A place's whole named (``全县``, ``全旗``, ``全市``): a tally of the place.
_WHOLE_PLACE = re.compile(r"全[省市县区州旗盟镇乡]|各[省市县区旗乡镇]")


def _sentence_before(text: str, s0: int) -> int:
    """Start of the sentence before the one from ``s0`` in the same paragraph (``s0`` when none)."""
    para = text.rfind("\n", 0, s0) + 1
    if para >= s0:
        return s0
    stop = max(text.rfind("。", para, s0 - 1), text.rfind("！", para, s0 - 1), para - 1)
    return stop + 1


def works_progress(text: str, s0: int, c0: int, pos: int) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``, sentence from ``s0``) is what one works has
    done so far (``…实施高标准草场改良项目，投资2400万元…。截至4月中旬，已完成草籽补播1.2万亩``, ``…建设
    某某示范园，投资1.1亿元，今年已完成低产园改造6000亩``): the works is told with its own sum in the
    sentence or in the one before it, and no whole place nor works counted stand between; a place's tally
    (``全县已完成造林5万亩``) stays."""
    if _DONE_SO_FAR.search(text, max(c0, pos - 16), pos) is None:
        return False
    start = _sentence_before(text, s0)
    sums = list(_WORKS_WITH_SUM.finditer(text, start, pos))
    if not sums:
        return False
    return _WHOLE_PLACE.search(text, start, pos) is None and _MANY_WORKS.search(text, start, pos) is None


#: A bare base or park opening its sentence with what it plans or builds this year (``基地今年计划育苗``,
#: ``园区今年新建温室大棚``, ``基地明年将扩种``): the site just told of, its own works.
_SITE_PLANS = re.compile(r"\s*(?:该|这个|这座|这家)?(?:基地|园区)(?:今年|明年|年内|下一步)?"
                         r"(?:还)?(?:计划|拟|将|准备|新建|扩建)")


def site_plans(text: str, s0: int, pos: int) -> bool:
    """True when the sentence from ``s0`` opens on a bare base or park (the one told just before) and
    what it plans or builds (``基地今年计划育苗800万株``, ``园区今年新建温室大棚60栋``): the site's own
    plan or works, no statistic; a park's output or firms (``园区实现产值…``, ``园区入驻企业…``) stay."""
    m = _SITE_PLANS.match(text, s0)
    return m is not None and m.end() <= pos and _WHOLE_PLACE.search(text, s0, pos) is None


#: A quantity sent each day to places (``每天发往甲、乙等地的蔬菜约80吨``, ``日均销往…的鲜奶…``): a
#: market's or a site's day, told as a scene, no statistic.
_SHIPPED_A_DAY = re.compile(r"(?:每天|每日|天天|日均)(?:可|能)?(?:发往|销往|运往|发运到?|销售到|供应)"
                            r"[^，,。；;\d]{1,24}?$")


def shipped_a_day(text: str, c0: int, pos: int) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``) is what is sent to places each day
    (``每天发往甲、乙等地的蔬菜约80吨``); a place's yearly shipments (``全年外销蔬菜…``) stay."""
    return _SHIPPED_A_DAY.search(text, max(c0, pos - 32), pos) is not None


#: Funds won or used as a part of a sum just told (``总投资1.36亿元，其中争取中央和省级资金``, ``总投资…，
#: 其中使用专项债券资金``): the works' or the programme's own money, no tally of the place's funds.
_PART_OF_SUM = re.compile(r"总投资(?:约|达|为)?\d+(?:\.\d+)?[亿万]元[，,]其中(?:争取|使用|申请|利用|安排)"
                          r"[^，,。；;\d]{0,16}?$")


def funds_in_a_sum(text: str, c0: int, pos: int) -> bool:
    """True when the sum at ``pos`` is funds won or used as a part of the total told right before it
    (``…总投资1.36亿元，其中争取中央和省级资金9800万元``); a place's funds of the year (``今年全市争取中央
    资金…``) stay."""
    return _PART_OF_SUM.search(text, max(0, c0 - 24), pos) is not None


#: What a works moves through in a year (``年周转冷冻水产品…``, ``年周转能力达…``): a store's or a market's
#: capacity.
_TURNOVER_A_YEAR = re.compile(r"(?:可|能)?年(?:周转|集散|中转)(?:能力)?[^，,。；;\d]{0,16}?"
                              r"(?:达到|达|约|为)?$")


def yearly_turnover(text: str, s0: int, c0: int, pos: int) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``) is what a store, market or park moves in a
    year (``一期仓储区已投入使用，年周转沙柳等产品10万吨``): the works' capacity, no statistic; a whole
    place's (``全市年周转…``) stays."""
    return _TURNOVER_A_YEAR.search(text, max(c0, pos - 24), pos) is not None \
        and _WHOLE_PLACE.search(text, s0, pos) is None


#: Land a place supplies a class of projects (``为重点项目供地``, ``保障重大项目用地``): a statistic of the
#: place's land work, though its metric names projects.
_CLASS_LAND = re.compile(r"(?<![该此这])(?:重点|重大)(?:产业|工业)?项目(?:供地|用地|供应土地)$")


def land_for_a_class(metric: str) -> bool:
    """True when ``metric`` is land supplied to a class of projects (``今年已经为重点项目供地``); one
    project's land (``该重点项目用地``) is none."""
    return _CLASS_LAND.search(metric) is not None


#: Plants counted before their kind, then what they reached together (``两座数据中心完成竣工验收``,
#: ``3座储能电站同日并网``): a batch of works, whose sizes follow.
_PLANTS_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十]+)座[\u4e00-\u9fff]{0,4}?"
                             r"(?:数据中心|变电站|电站|风电场|水厂|污水处理厂)"
                             r"(?:已经?|均已?|全部|同日|同时|先后)?"
                             r"(?:完成竣工验收|通过竣工验收|竣工|建成|投产|投运|并网|开工)")


def plants_batch_size(text: str, s0: int, pos: int) -> bool:
    """True when the figure at ``pos`` follows, in its sentence from ``s0``, plants counted and what they
    reached together (``某基地的两座数据中心完成竣工验收，新增标准机架2.4万架``): the batch's size, no
    statistic; a whole place's count (``全市…``) stays."""
    return _PLANTS_COUNTED.search(text, s0, pos) is not None and _WHOLE_PLACE.search(text, s0, pos) is None


#: A sentence opening on a works' first days of business, then the bare works (``试营业首周，酒店平均入住率
#: 达到78%``, ``开业首日，商场客流量…``): the one works just told of, its own figures.
_FIRST_DAYS_OF_WORKS = re.compile(r"\s*(?:试营业|试运营|开业|开馆|开园)(?:后的?)?"
                                  r"(?:首周|首日|首月|首个周末|当天|当日)[，,]\s*(?:该|这家|这座)?(?:酒店|宾馆|商场|购物中心|商业综合体|景区|民宿|场馆)")


def first_days_of_works(text: str, s0: int, pos: int) -> bool:
    """True when the sentence from ``s0`` opens on a works' first days of business and the bare works
    (``试营业首周，酒店平均入住率达到78%``) before the figure at ``pos``: that works' own figure, no
    statistic; a place's figures of a holiday (``假期首日，全市接待游客…``) stay."""
    m = _FIRST_DAYS_OF_WORKS.match(text, s0)
    return m is not None and m.end() <= pos
