"""Figures of a project: investment, output, area, jobs and capacity."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.patterns import (
    _TOWN_AND_VILLAGE,
    INVESTOR_BY,
    INVESTOR_BY_FIRM,
    INVESTOR_WITH,
    UNNAMED_FIRM,
)
from newsmill.zh.figures import Figure, number
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span, location_of

INVEST_CUE = re.compile(r"(总投资额?|投资总额|计划投资|拟投资|投资额|投资|斥资|估算总投资|签约额|签约金额"
                        # (what a firm puts into its works: ``该公司投入8600万元，将…窑改造为…``)
                        r"|(?<=[司业团])投入(?:资金)?"
                        r"|协议金额|协议资金"
                        r"|(?:补助|衔接)资金)"
                        r"(?:达到|约为|约|达|为|近|超过|超|逾)?$")


#: (not the output of the enterprises above scale, ``规上工业产值``: a statistic; nor an industry's,
#: ``煤化工及新材料产业产值突破500亿元``, ``带动相关产业产值``)
OUTPUT_CUE = re.compile(r"(年产值|新增产值|(?<![月日])(?<!规上工业)(?<!以上工业)(?<!产业)产值"
                        r"|年销售收入|年销售额|年营业收入|年营收|年主营业务收入|年税收"
                        # (what an upgrade adds a year: ``全部达产后预计年新增销售收入6亿元``)
                        r"|年新增(?:销售收入|营业收入|营收|产值)"
                        r"|年均(?:销售收入|营业收入|营收|产值)"
                        r"|(?:每年|年)(?:可)?实现(?:销售收入|营业收入))"
                        r"(?:预计)?(?:可|将)?(?:达到|达|突破|超过|超|逾|实现)?(?:约为|约|近)?$")


#: The floor a works builds, its size first (``，将建设8000平方米的实训场地``, ``，新建1.2万平方米的
#:生产车间``); not one more to come (``再建…``) nor a size told of a place before a comma.
AREA_FIRST = re.compile(r"(?<=[,，])(?:将|拟|计划|规划)?(?:新建|建设)((?:\d+(?:\.\d+)?)万?平方米)的"
                        r"[\u4e00-\u9fff]{0,6}?(?:场地|厂房|车间|库房|仓库|展厅|用房)")


#: (new factory floor counts after a comma, or opening a table's content cell or a label's value)
AREA_RE = re.compile(r"(?:占地面积|占地|用地面积|用地|建筑面积|新增(?:养殖|种植)?面积|(?<=[,，])面积"
                     # the floor a mall or a market opens to trade (``营业面积8.6万平方米``,
                     # ``新增交易面积…``)
                     r"|(?<=[,，])(?:新增)?(?:营业|交易|经营)面积(?=(?:达到?|约|为)?\d+(?:\.\d+)?万?平方米)"
                     r"|(?<=[,，:：\n\t|｜ \u3000])(?:规划)?(?:新建|建设)(?:标准化|标准)?厂房"
                     r"(?:及配套用房|及配套设施)?"
                     # floor built after the town it stands in (``拟在某镇建设冷链仓储库房3万平方米``)
                     r"|(?<=[镇乡])(?:新建|建设)[\u4e00-\u9fff]{0,6}?(?:厂房|库房|仓库)(?=\d+(?:\.\d+)?万?平方米)"
                     # a workshop an upgrade builds, by its floor (``，新建数字化车间1.2万平方米``)
                     r"|(?<=[,，])(?:新建|建设)[\u4e00-\u9fff]{0,6}?车间(?=\d+(?:\.\d+)?万?平方米)"
                     # the space or buildings the works add once built (``建成后可新增孵化空间15万平方米``;
                     # a trade's area, ``新增仓储面积6万平方米``, is none: set 53)
                     r"|(?<=建成后)(?:可|将)?新增[\u4e00-\u9fff]{0,6}?(?:空间|厂房|用房)(?=\d+(?:\.\d+)?万?平方米)"
                     # the land a project was given (``目前已完成供地78亩``)
                     r"|(?<=完成)供地"
                     # the land newly taken for it (``在现有厂区东侧新征土地80亩``)
                     r"|新征(?:土地|用地)"
                     # the acreage of a base a project plants (``，建设茶园基地2万亩``)
                     r"|(?<=[,，;；])(?:新建|建设|发展)(?:标准化|高标准)?[\u4e00-\u9fff]{1,6}?基地(?=[\d.]+万?亩)"
                     # a plantation or a farm by its land (``规划建设种植基地1.5万亩``, ``新建茶园3000亩``)
                     r"|(?<=[,，:：\n\t \u3000])(?:规划|计划)?(?:新建|建设)[\u4e00-\u9fff]{0,6}?"
                     r"(?:种植基地|示范基地|基地|茶园|果园|种植园)(?=\d+(?:\.\d+)?万?亩)"
                     # farmland a project builds or improves (``新建和改造高标准农田4.2万亩``)
                     r"|(?<=[,，;；:：\n\t \u3000])(?:新建|建设|建成|改造|提升|整治)"
                     r"(?:和|及|、)?(?:新建|改造|提升)?"
                     r"(?:高标准农田|农田|耕地)(?=\d+(?:\.\d+)?万?亩)"
                     # a base's own size after the project (``，种植基地面积3000亩``)
                     r"|(?<=[,，;；])(?:种植|养殖|示范|生产)?基地(?:总)?面积"
                     # the land a farm project plans to plant (``，规划种植面积200公顷``), and a
                     # plantation listed second among what it builds
                     # (``新建加工厂1座、甘蔗种植示范基地1000亩``)
                     r"|(?<=[,，;；])(?:规划|计划)(?:种植|养殖)面积"
                     r"|(?<=、)[\u4e00-\u9fff]{0,6}?(?:种植示范基地|种植基地|示范基地)(?=\d+(?:\.\d+)?万?亩))"
                     r"(?:约|近|达|为)?((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})万?(?:亩|平方米|公顷))")


#: Words before ``用地`` naming land a region sold, supplied or cleared (``出让工业用地``,
#: ``清理闲置低效用地``).
_REGION_LAND = re.compile(r"(?:出让|供应|供地|清理|盘活|处置|闲置|低效)[\u4e00-\u9fff]{0,4}$")


#: The jobs a project brings (``带动就业400人``, ``新增就业岗位600个``, ``可安置就业260人``);
#: ``城镇新增就业`` is a place's statistic.
JOBS_RE = re.compile(r"(?:带动|提供|解决|安置|(?<!城镇)(?<!城乡)新增|吸纳|用工(?:规模)?(?:将)?(?:达到|达))"
                     # the people given work (``带动周边群众就业400余人``)
                     # (``带动周边农牧民就业300余人``, ``吸纳当地职工400余人就业``)
                     r"(?:(?:周边|当地|本地|附近)?(?:群众|农民|农牧民|牧民|村民|居民|职工|劳动力)"
                     # (also at work near home: ``可吸纳周边群众300余人就近务工``)
                     r"(?=就业|(?:约|近|超过|超)?\d[\d.]*万?(?:余|多)?人(?:就近)?(?:就业|务工))"
                     # (or the place alone: ``带动周边就业260余人``)
                     r"|(?:周边|当地|本地|附近)(?=就业)"
                     # (or the kinds of work or trades listed: ``提供护理、餐饮、保洁等就业岗位150个``,
                     # ``带动仓储、运输、电商等就业800余人``)
                     r"|(?:[\u4e00-\u9fff]{1,4}、){1,5}[\u4e00-\u9fff]{1,4}等(?=就业|岗位)"
                     # (or another thing provided first, counted: ``可提供床位1200张、就业岗位450个``)
                     r"|[\u4e00-\u9fff]{1,4}\d+(?:\.\d+)?万?[张个间套座]、(?=就业岗位))?"
                     r"(?P<posts>就业岗位|岗位)?(?:就业)?(?:约|近|超过|超)?"
                     r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(万)?(?:余|多)?"
                     # (not the people a utility serves: ``可解决3万人的饮水问题``)
                     r"(?:个就业岗位|个岗位|人就业|人(?!的?(?:饮水|吃水|用水|安全饮水|出行|就医|上学|就学|住房|用电))"
                     r"|(?(posts)个|(?!)))")


#: The scope of a whole industry or area before an output word (``全产业链产值``, ``全县…产值``).
_WHOLE_SCOPE = re.compile(r"(?:(?:全产业链|产业链|全[县市区省州旗]|全行业)[\u4e00-\u9fff]{0,6}"
                          # an industry's output, or last year's: a statistic (去年锂电产业实现产值)
                          r"|产业(?:实现|完成)(?:总)?|(?:去年|上年|前年)[\u4e00-\u9fff]{0,8}"
                          # a place's industrial output (力争实现工业产值150亿元): no plant's
                          r"|工业总?)"
                          r"(?:产值|销售收入|营业收入)[^，,。；;]{0,6}$")


#: Investment of an area or a period (``固定资产投资``, ``完成投资``), not of one project; nor what a
#: works spent in the year (``某段完成年度投资9.8亿元``).
AGGREGATE_INVEST = re.compile(r"(?:固定资产|工业|民间|社会|技改|制造业|外商|完成(?:年度|全年|当年)?|累计)"
                              r"(?:总)?投资额?"
                              r"(?:达到|约为|约|达|为|近|超过|超|逾)?$")


#: A finished project's money spent in all (``…已完成建设并投入生产，该项目累计投资2.8亿元``): its sum.
_DONE_SUM = re.compile(r"(?:建成|完成建设|投入生产|投产|竣工)[^。；;！？]{0,12}?[，,](?:该|此)项目累计投资"
                       r"(?:达到|约为|约|达|为|近)?$")


#: ``2000万美元(约合人民币1.4亿元)``: the yuan equivalent printed after a foreign amount.
IN_YUAN = re.compile(r"[(（,，]?(?:约合|折合|合)")


#: The rest of a range after its low end (``10亿—15亿元``, ``5000万至1亿元``).
_RANGE_ON = re.compile(r"\s*(?:—|－|-|~|～|至|到)\s*\d")



#: A firm's legal form or a group closing a name.
_FIRM_ENDS = re.compile(r"(?:公司|集团|株式会社|合作社)$")

def _in_yuan(f: Figure) -> bool:
    return f.unit in ("CNY", "", None)


def _money_after_cue(ctx: RecordContext, start: int, end: int, cue: re.Pattern,
                     used: list[tuple[int, int]]) -> Figure | None:
    figures = ctx.figures_in(start, end, "money")
    for i, f in enumerate(figures):
        if any(s <= f.start < e for s, e in used):
            continue
        if cue.search(ctx.text[max(start, f.start - 12):f.start]):
            if cue is INVEST_CUE and AGGREGATE_INVEST.search(ctx.text, max(0, f.start - 14), f.start) \
                    and not _DONE_SUM.search(ctx.text, max(start, f.start - 40), f.start):
                continue  # ``完成固定资产投资260亿元``: a statistic of the area, not a project's amount
            if cue is OUTPUT_CUE and _WHOLE_SCOPE.search(ctx.text, max(0, f.start - 14), f.start):
                continue  # 全产业链产值突破30亿元: the output of a whole industry or area, not the project's
            if cue is INVEST_CUE and _RANGE_ON.match(ctx.text, f.end):
                return None  # ``计划投资10亿—15亿元``: a range, no one amount
            if _in_yuan(f):
                return f
            nxt = figures[i + 1] if i + 1 < len(figures) else None
            if nxt is not None and _in_yuan(nxt) and nxt.start - f.end <= 8 \
                    and IN_YUAN.match(ctx.text, f.end, nxt.end):
                return nxt
            return None  # a foreign amount with no yuan equivalent gives no investment in yuan
    return None


#: A farm's or a plant's size told before the works it sizes (``年出栏生猪30万头``, ``存栏蛋鸡200万羽``,
#: ``年加工小麦30万吨``).
_SIZE_OF_WORKS = (r"(?:年出栏|年存栏|设计存栏|存栏|年屠宰|年加工|年产|年处理)[\u4e00-\u9fff]{0,6}?"
                  r"\d+(?:\.\d+)?(?:万|千|百)?(?:吨|头|只|羽|套|件|箱)[\u4e00-\u9fff]{0,6}?")
#: ``总投资18亿元的``, ``将投资8.5亿元，建设``: an amount attached to the name that follows it
#: (also ``投资2.8亿元打造``).
_AMOUNT_DE = re.compile(r"(?:以上|左右)?(?:(?:建设|新建|打造)?的|[,，](?:用于|主要)?(?:建设|新建|打造)"
                        r"|建设|新建|上马|新上|打造"
                        r"|(?:[,，]?在[\u4e00-\u9fff]{2,10}?)(?:建设|新建|打造)"  # 投资X元在某区建设
                        r"|(?:[,，]?在[\u4e00-\u9fff]{2,10}?)(?<=[镇乡村县区市湾岛])开发"  # …在某湾开发
                        # (the works' size between: ``投资9亿元，在某镇建设年出栏生猪30万头的``)
                        r"|(?:[,，]?在[\u4e00-\u9fff]{2,10}?)?(?:建设|新建|打造)" + _SIZE_OF_WORKS + r"的)$")


INVEST_BEFORE_CUE = re.compile(r"(?:总投资额?|投资总额|计划投资|拟投资|投资额|投资|计划引资|引资)"
                               r"(?:达到|约为|约|达|为|近|超过|超|逾)?(?:人民币)?$")


def _amount_before(ctx: RecordContext, sent: Span, name: NameSpan,
                   used: list[tuple[int, int]]) -> tuple[int, Figure] | None:
    """The investment given just before a name (``总投资18亿元的甲项目``): (start of its cue, figure)."""
    for f in ctx.figures_in(max(sent.start, name.start - 48), name.start, "money"):
        if any(s <= f.start < e for s, e in used) or not _in_yuan(f) \
                or not _AMOUNT_DE.fullmatch(ctx.text[f.end:name.start]):
            continue
        m = INVEST_BEFORE_CUE.search(ctx.text, max(sent.start, f.start - 8), f.start)
        if m is not None and m.end() == f.start:
            return m.start(), f
    return None


#: A town and the works' size right before a name (``在某某镇建设年出栏生猪30万头的``).
_BUILT_AT_SIZED = re.compile(r"在(?P<town>(?!城乡)[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))?(?:建设|新建|打造)"
                             r"(?P<size>" + _SIZE_OF_WORKS + r")的$")


def sized_before(ctx: RecordContext, r: Record, name: NameSpan) -> None:
    """A works built with its size told before its name (``在某镇建设年出栏生猪30万头的现代化养殖基地``):
    that size is its capacity (over one told later of its output, ``年产鲜蛋…``), and the town where it is
    built is its detail when its location names none."""
    m = _BUILT_AT_SIZED.search(ctx.text, max(0, name.start - 40), name.start)
    if m is None or m.end() != name.start:
        return
    r.set("capacity", m.group("size"), ctx.evidence(m.start("size"), m.end("size")))
    loc = r.get("location")
    if m.group("town") and loc is not None and loc.get("county") and not loc.get("detail"):
        r.set("location", {**loc, "detail": m.group("town")}, *r.fields["location"].evidence,
              ctx.evidence(m.start("town"), m.end("town")))


#: A part of a year before an output (``今年一季度…实现产值3.2亿元``, ``1-5月``): that period's output,
#: no yearly one.
_PART_OF_YEAR = re.compile(r"[一二三四]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月"
                           r"|\d{1,2}[-—–~至]\d{1,2}月")


def _next_item(text: str, r: Record, start: int, at: int) -> bool:
    """True when ``at`` lies past a semicolon after the record's name told up to ``at`` (in the scope
    from ``start`` or right before it): the clause of the next item of a list (``…建设甲项目，预计
    明年投产；某镇与乙有限公司签约，…``), whose firm is not this one's."""
    name = r.get("name")
    # (the scope may open right after the name)
    k = text.rfind(name, max(0, start - len(name) - 4), at) if isinstance(name, str) and name else -1
    if k < 0:
        return False
    return text.find("；", k + len(name), at) >= 0 or text.find(";", k + len(name), at) >= 0


def _attributes(ctx: RecordContext, r: Record, start: int, end: int,
                used: list[tuple[int, int]]) -> None:
    text = ctx.text
    if r.get("investment_cny") is None:
        f = _money_after_cue(ctx, start, end, INVEST_CUE, used)
        if f is not None:
            r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
            used.append((f.start, f.end))
    if r.get("annual_output_cny") is None:
        f = _money_after_cue(ctx, start, end, OUTPUT_CUE, used)
        if f is not None and not _PART_OF_YEAR.search(text, max(start, f.start - 20), f.start):
            r.set("annual_output_cny", int(f.value), ctx.evidence(f.start, f.end))
    if r.get("area") is None and (text.find("亩", start, end) >= 0 or text.find("平方米", start, end) >= 0
                                  or text.find("公顷", start, end) >= 0):  # (every area has its unit)
        m = AREA_RE.search(text, start, end)
        if m and _REGION_LAND.search(text, max(0, m.start() - 8), m.start()):
            m = None  # 共清理闲置低效用地1260亩: land a region sold or cleared, no project's
        if m is None and text.find("平方米的", start, end) >= 0:
            m = AREA_FIRST.search(text, start, end)
        if m is not None and m.group().startswith("占地") \
                and _PUBLIC_BUILDING.search(str(r.get("name") or "")):
            floor = _FLOOR_AREA.search(text, m.end(), end)
            if floor is not None:  # 某医院新院区…占地196亩，总建筑面积18.7万平方米: the building's floor
                m = floor
        if m:
            r.set("area", m.group(1), ctx.evidence(m.start(1), m.end(1)))
    if r.get("jobs") is None:
        m = JOBS_RE.search(text, start, end)
        if m:
            n = float(number(m.group(2)) or 0) * (10000 if m.group(3) else 1)
            r.set("jobs", int(n), ctx.evidence(m.start(2), m.end()))
    if r.get("investor") is None:
        m = INVESTOR_BY.search(text, start, end)
        if m is not None and (full := INVESTOR_BY_FIRM.match(text, m.start(), end)) is not None \
                and not _FIRM_ENDS.search(m.group("inv")):
            m = full  # 由某投资控股集团有限公司投资…: the firm in full, not the words before its 投资
        m = m or INVESTOR_IS.search(text, start, end) \
            or INVESTOR_WITH.search(text, start, end) or INVESTOR_SIGNS.search(text, start, end)
        if m and not UNNAMED_FIRM.search(m.group("inv")) and not _next_item(text, r, start, m.start("inv")):
            r.set("investor", m.group("inv"), ctx.evidence(m.start("inv"), m.end("inv")))
    if r.get("investor") is None and text.find("承建", start, end) >= 0:
        m = INVESTOR_BUILDS.search(text, start, end)
        g = ("inv" if m.group("inv") else "inv2") if m else ""
        if m and not _BUILDER_TRADE.search(m.group(g)) and not UNNAMED_FIRM.search(m.group(g)):
            r.set("investor", m.group(g), ctx.evidence(m.start(g), m.end(g)))
    if r.get("capacity") is None and text.find("由", start, end) >= 0 \
            and (m := RAISED_CAPACITY.search(text, start, end)) is not None:
        # 改造后年产日用陶瓷由3000万件增加到4500万件: the capacity the works bring, the new figure
        r.set("capacity", m.group("what") + m.group("to"), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("机组", start, end) >= 0 and text.find("装机", start, end) < 0:
        m = GENERATING_UNITS.search(text, start, end)
        if m:  # 建设2台35万千瓦…机组: a plant's units counted with their size, before its yearly generation
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None:
        m = CAPACITY_NUMBER_FIRST.search(text[start:end])
        if m:
            c0, c1 = start + m.start(), _more_output(text, start + m.end(), end)
            r.set("capacity", text[c0:c1], ctx.evidence(c0, c1))
        else:
            word = CAPACITY_WORD.search(text, start, end)
            # every phrase holds a capacity word at most 6 characters after its start: none starts
            # before the first word less 6
            m = CAPACITY_PHRASE.search(text, max(start, word.start() - 6), end) \
                if word is not None and CAPACITY_UNIT.search(text, start, end) else None
            if m is None and word is not None and text.find("等", word.end(), end) >= 0:
                m = LISTED_OUTPUT.search(text, word.start(), end)
            if m:
                c1 = _more_output(text, m.end(), end)
                r.set("capacity", text[m.start():c1], ctx.evidence(m.start(), c1))
    if r.get("capacity") is None and (text.find("机柜", start, end) >= 0
                                      or text.find("机架", start, end) >= 0):
        m = RACKS.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and (text.find("/", start, end) >= 0 or text.find("／", start, end) >= 0):
        m = STORAGE_SIZE.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
        elif (m := RATE_FORMED.search(text, start, end)) is not None:
            # 建成后可形成8英寸晶圆36万片/年的产能: the product and its yearly rate
            r.set("capacity", m.group("what"), ctx.evidence(*m.span("what")))
    if r.get("capacity") is None and text.find("存栏", start, end) >= 0:
        m = DESIGNED_STOCK.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("套", start, end) >= 0:
        m = HOMES_OFFERED.search(text, start, end)
        if m:  # 可提供房源1280套, 可提供保障性租赁住房1080套: the homes a housing works offers
            r.set("capacity", m.group("what"), ctx.evidence(m.start("what"), m.end()))
    if r.get("capacity") is None and _FACILITY_WORD.search(text, start, end):
        m = FACILITY_SIZE.search(text, start, end)
        while m is not None and _PARKING.search(m.group()) is not None \
                and (_RENEWAL_ITEM.match(text, m.end()) or _renewal_item_before(text, start, m.start())):
            m = FACILITY_SIZE.search(text, m.end(), end)  # 新建口袋公园5处、公共停车位650个: one item of many
            # (rooms a lodging works builds beside its blocks stay its size: ``民宿组团6个、客房320间``)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("容纳", start, end) >= 0:
        m = VENUE_HOLDS.search(text, start, end)
        if m and (m.group("who") == "观众" or _VENUE_NAME.search(str(r.get("name") or ""))):
            # (a venue of sport or shows: a training centre's ``可同时容纳800人开展…培训`` is no size told)
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("接待", start, end) >= 0:
        m = VISITORS_A_YEAR.search(text, start, end)
        if m and (m.group("can") or m.group("cap")):
            # 景区年接待游客能力将达到200万人次, 可年接待游客150万人次: the visitors the works can take a
            # year (a forecast of visitors, ``建成后预计年接待游客80万人次``, is no capacity)
            told = "年接待" + (m.group("who") or "") + m.group("n")
            r.set("capacity", told, ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and text.find("生产线", start, end) >= 0:
        m = PRODUCTION_LINES.search(text, start, end)
        if m:
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if r.get("capacity") is None and (text.find("厂", start, end) >= 0 or text.find("站", start, end) >= 0):
        m = PLANT_SIZE_FIRST.search(text, start, end)
        if m:  # 新建日供水10万吨水厂1座: the plant's daily size, told before the plant
            r.set("capacity", m.group(), ctx.evidence(m.start(), m.end()))
    if text.find("选址", start, end) >= 0 or text.find("位于", start, end) >= 0 \
            or text.find("坐落", start, end) >= 0 or text.find("落户", start, end) >= 0 \
            or text.find("建设地点", start, end) >= 0:
        _site(ctx, r, start, end)


#: ``项目选址在某高新区``, ``项目位于某县某镇``, ``…，落户某高新区``: where the project is built,
#: right after the words.
_SITE_WORDS = re.compile(r"(?:选址(?:在|于|为)?|位于|坐落(?:在|于)|(?:落户|落地)(?:在|于|到)?"
                         r"|建设地点(?:在|为|位于))")


#: Levels of a place finer than a city.
_LOCAL_LEVELS = ("county", "district", "zone")


def _site(ctx: RecordContext, r: Record, start: int, end: int) -> None:
    """The site named after ``选址在``/``位于``/``坐落于``/``落户`` makes a project's location finer:
    a county, district or zone of the project's city (or of no known city) replaces a location
    that names neither a county nor a detail, and the town printed after the project's own county
    (``位于某县某镇某村``) becomes its detail."""
    loc = r.get("location")
    if loc is not None and loc.get("city") and ctx.text.find("选址", start, end) >= 0:
        park = _SITE_PARK.search(ctx.text, start, end)
        p0 = park.start("park") if park is not None else -1
        if park is not None and loc.get("detail") != park.group("park") and not any(
                p.start == p0 for p in ctx.mentions_in("places", p0, park.end())):
            # 选址某某工业园区: a park the gazetteer does not know, named where the project is built,
            # is its detail over a town told before
            r.set("location", {**loc, "detail": park.group("park")}, *r.fields["location"].evidence,
                  ctx.evidence(park.start("park"), park.end("park")))
            return
    if loc is not None and loc.get("detail"):
        return
    for m in _SITE_WORDS.finditer(ctx.text, start, end):
        place = next((p for p in ctx.mentions_in("places", m.end(), min(end, m.end() + 12))
                      if p.start == m.end() and isinstance(p.value, dict)), None)
        if place is not None and place.value.get("level") not in _LOCAL_LEVELS:
            # 位于某市某区: the county printed after its city is the site
            place = next((p for p in ctx.mentions_in("places", place.end, min(end, place.end + 12))
                          if p.start == place.end and isinstance(p.value, dict)
                          and p.value.get("city") == place.value.get("name")), None)
        if place is None and loc is not None and loc.get("county") \
                and (town := _BARE_TOWN_SITE.match(ctx.text, m.end(), end)) is not None:
            # 选址某某镇。: a town the gazetteer does not know, alone in its clause, in the project's county
            r.set("location", {**loc, "detail": town.group()}, *r.fields["location"].evidence,
                  ctx.evidence(*town.span()))
            return
        if place is None or place.value.get("level") not in _LOCAL_LEVELS:
            continue
        if loc is not None and loc.get("city") and place.value.get("city") != loc.get("city"):
            continue
        county = place.value.get("level") in ("county", "district")
        if loc is not None and loc.get("county") and not county and place.value.get("level") == "zone" \
                and place.value.get("county") == loc.get("county"):
            # 位于某县某高新区某拓展区: a zone of the project's own county, with its part, is the detail
            part = _ZONE_PART.match(ctx.text, place.end, end)
            d1 = part.end() if part else place.end
            r.set("location", {**loc, "detail": ctx.text[place.start:d1]}, *r.fields["location"].evidence,
                  ctx.evidence(place.start, d1))
            return
        if loc is not None and loc.get("county"):
            if not county or place.value.get("name") != loc.get("county"):
                continue
            ev = r.fields["location"].evidence
        else:
            r.set("location", location_of(place), ctx.evidence(place.start, place.end))
            ev = [ctx.evidence(place.start, place.end)]
        town = (_TOWN_AND_VILLAGE.match(ctx.text, place.end, end)
                or _DISTRICT_PART.match(ctx.text, place.end, end)
                or _COUNTY_PARK.match(ctx.text, place.end, end)) if county else None
        if town is not None:  # 位于某县某镇某社区: the town (and village) is the detail
            r.set("location", {**r.get("location"), "detail": town.group()}, *ev,
                  ctx.evidence(*town.span()))
        return


#: A town alone right after ``选址``/``位于``, closing its clause (``选址某某镇。``).
_BARE_TOWN_SITE = re.compile(r"(?!城乡)[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[，,。；;]|$)")


#: A part of a district right after it, before what stands there (``位于某区茶园片区的``).
_DISTRICT_PART = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:片区|组团|港区)(?=的|[,，])")


#: A park named as a project's site (``选址芦溪工业园区，``), up to the clause's end.
_SITE_PARK = re.compile(r"选址(?:在|于|为)?(?P<park>[\u4e00-\u9fff]{2,10}?(?:工业园区|产业园区|工业园|产业园"
                        r"|物流园|园区))(?=[,，。;；]|$)")


#: A park of a county right after it, closing its clause (``位于某区某某工业园区,``).
_COUNTY_PARK = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:工业园区|产业园区|工业园|产业园|工业集中区)"
                          r"(?=[,，。;；])")


#: A part of a zone right after its name (``某某拓展区``, ``某某片区``, ``某某组团``).
_ZONE_PART = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:拓展区|片区|组团|园区)(?=[,，。;；、\s])")


#: A farm's designed stock, when it gives no yearly output (``设计存栏蛋鸡80万羽``, ``可存栏生猪1.2万头``):
#: what it is built to hold (the animals it holds now, ``目前存栏…``, are no capacity).
DESIGNED_STOCK = re.compile(r"(?:(?:设计|规划|可)(?:常年)?存栏[\u4e00-\u9fff]{0,6}?"
                            # (or told bare after the estate's sheds: ``建有鸭舍12栋，存栏蛋鸭8万羽``; not a
                            # region's ``生猪存栏41.5万头``, the number right after)
                            r"|(?<=[，,])存栏[\u4e00-\u9fff]{1,6}?)\d+(?:\.\d+)?(?:万|千)?"
                            r"(?:头|只|羽|匹)")


#: A hospital or a school, whose size news tell by its floor (``某医院新院区``, ``某中学新校区项目``).
_PUBLIC_BUILDING = re.compile(r"医院|院区|卫生院|学校|校区|中学|小学|幼儿园")
#: A building's whole floor told after its land (``占地210亩，总建筑面积15.6万平方米``).
_FLOOR_AREA = re.compile(r"(?<=[，,])总?建筑面积(?:约|达|为)?(\d+(?:\.\d+)?万?平方米)")
#: The homes a housing works offers (``可提供房源1280套``, ``提供保障性租赁住房1080套``, ``房源420套``):
#: its capacity.
HOMES_OFFERED = re.compile(r"(?P<what>(?:房源|保障性租赁住房|租赁住房|保障性住房|公租房|人才公寓)"
                           r"(?:约|近|超|达)?\d+(?:\.\d+)?(?:万|千)?套)")
#: Parking places and charging posts, which a renewal lists among its items (``公共停车位650个``).
_PARKING = re.compile(r"车位|充电桩")
#: A list of a renewal's items continuing after a facility's count (``停车位650个、``, ``公共停车位480个，
#: 改造供水、燃气管网9公里``: the next item); not a hub's own parking and chargers (``配建停车位300个、
#: 充电桩60个``).
_RENEWAL_ITEM = re.compile(r"、(?![\u4e00-\u9fff]{0,4}(?:车位|充电桩))"
                           r"|[，,](?:新建|改造|新增|建设|整治|加装|铺设|更新)")
#: An item of such a list counted right before the facility's (``口袋公园5处、``, ``雨污管网28公里，``).
_ITEM_COUNTED = re.compile(r"\d+(?:\.\d+)?(?:万|千)?(?:个|处|座|部|条|公里)$")


def _renewal_item_before(text: str, start: int, pos: int) -> bool:
    """True when the facility counted at ``pos`` follows another item counted before ``、`` or ``，``
    (``新建口袋公园5处、公共停车位650个``, ``改造雨污管网28公里，新增停车位620个``): one item of a
    renewal's list, no size of the works."""
    cut = max(text.rfind(c, start, pos) for c in "、，,")
    return cut > start and _ITEM_COUNTED.search(text, max(start, cut - 12), cut) is not None


#: What every :data:`FACILITY_SIZE` holds.
_FACILITY_WORD = re.compile("床位|病床|客房|学位|座位|坐席|车位|充电桩|泊位")


#: A building's size by what it holds or offers, when no output or volume is given: beds of a
#: hospital or a care home (``新增床位600张``), rooms of a hotel (``客房260间``), places of a school
#: (``可提供学位2160个``), seats of a hall (``设置座位3200个``), parking places and charging posts
#: (``停车位1200个``, ``建有充电桩86个``), number first too (``1200张床位``); the berths of a port
#: with their class (``1000吨级泊位4个``, ``3个5000吨级泊位``).
FACILITY_SIZE = re.compile(
    r"(?:床位|病床|客房|学位|座位|坐席|停车位|车位|充电桩)(?:约|近|超|达)?\d+(?:\.\d+)?(?:万|千)?"
    r"(?:张|间|套|个|席|座|根|台)"
    r"|\d+(?:\.\d+)?(?:万|千)?(?:张|间|个|席|根|台)(?:床位|病床|客房|学位|座位|停车位|车位|充电桩)"
    r"|\d+(?:\.\d+)?万?吨级(?:码头)?泊位\d+个|\d+个\d+(?:\.\d+)?万?吨级(?:码头)?泊位"
    # the ocean economy's works: the berths of a marina or a fishing port (``游艇泊位150个``,
    # ``渔船泊位86个``), the water a farm at sea holds (``养殖水体3万立方米``, ``养殖水体合计6万立方米``),
    # what a yard repairs or builds a year (``年修船能力300艘次``, ``年造船能力40万载重吨``)
    r"|(?:游艇|渔船)泊位(?:约|近|超|达)?\d+(?:\.\d+)?个"
    r"|养殖水体(?:合计|共|达|约)?\d+(?:\.\d+)?万?立方米"
    r"|年(?:修船|造船)能力(?:约|近|超|达)?\d+(?:\.\d+)?万?(?:艘次|艘|载重吨)")


#: The people a venue holds at once (``可同时容纳3000人``, ``可容纳观众1.2万人``): its size.
VENUE_HOLDS = re.compile(r"可(?:同时)?容纳(?P<who>观众|游客|市民|群众|师生)?(?:约|近|超)?"
                         r"\d+(?:\.\d+)?(?:万|千)?人(?!次)")


#: The visitors a scenic area or a resort can take a year (``可年接待游客150万人次``, ``年接待游客能力将达到
#: 200万人次``; not a region's year, ``全年接待游客…``): the works' capacity.
VISITORS_A_YEAR = re.compile(r"(?P<can>可|能够)?(?<!全)年接待"
                             r"(?P<who>游客|旅客|[\u4e00-\u9fff]{2,4}游客)?(?P<cap>能力)?(?:将|可)?(?:达到|达|提升至|提高到|提升到|突破)?"
                             r"(?P<n>\d+(?:\.\d+)?万?人次)")
#: A venue of sport or shows by its name's end (``某县全民健身中心``, ``某体育场``, ``某大剧院``).
_VENUE_NAME = re.compile(r"(?:体育场|体育馆|体育中心|健身中心|游泳馆|剧院|演艺中心|会展中心|文化馆|体育公园)"
                         r"(?:项目|工程)?$")


#: Production lines a project builds, when it gives no yearly output (``新上化妆刷生产线30条``,
#: ``建设5条自动化生产线``).
PRODUCTION_LINES = re.compile(r"(?<=新上|新建|建设|新增|建成|引进|配套|上马)[\u4e00-\u9fff]{0,8}?生产线\d+条"
                              r"|\d+条[\u4e00-\u9fff]{0,8}?生产线")


#: A power plant's units, counted with the size of each (``建设2台35万千瓦超临界…机组``, ``安装4台30万千瓦
#: 可逆式机组``): its capacity, where no whole size is told.
GENERATING_UNITS = re.compile(r"(?<![\d.])\d+台\d+(?:\.\d+)?万?(?:千瓦|兆瓦)[\u4e00-\u9fff]{0,14}?机组")


#: A plant's daily or yearly size told right before the plant (``新建日供水10万吨水厂1座``, ``日处理污水
#: 3万吨污水处理厂``): its capacity.
PLANT_SIZE_FIRST = re.compile(r"(?:日|年)(?:供水|供气|供热|处理[\u4e00-\u9fff]{0,4}?)"
                              r"\d+(?:\.\d+)?万?(?:吨|立方米)"
                              r"(?=的?[\u4e00-\u9fff]{0,6}?(?:水厂|处理厂|净水厂|站))")


#: The size of an energy store, power over energy (``200兆瓦/400兆瓦时``, ``100MW/200MWh``).
STORAGE_SIZE = re.compile(r"\d+(?:\.\d+)?万?(?:千瓦|兆瓦|MW)\s*[/／]\s*\d+(?:\.\d+)?万?(?:千瓦时|兆瓦时|MWh)")


#: A capacity raised by an upgrade or an expansion, from the old figure to the new one (``改造后年产日用
#: 陶瓷由3000万件增加到4500万件``, ``日处理鲜奶能力由300吨提升至500吨``, ``年产能将由5万立方米提高到
#: 10万立方米``): what is made and the new figure.
RAISED_CAPACITY = re.compile(r"(?P<what>(?:年产|年处理|年加工|年生产|日处理|日产|日加工)[\u4e00-\u9fff]{0,8}?"
                             r"(?:能力|产能)?|(?:年|日)?产能|[年日](?:货运|客运|通过|吞吐)能力)(?:将|可)?由\d+(?:\.\d+)?(?:万|亿|千)?"
                             r"(?P<unit>[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,3})"
                             r"(?:提高|提升|增加|增长|扩大|扩|增)(?:到|至)"
                             r"(?P<to>\d+(?:\.\d+)?(?:万|亿|千)?(?P=unit))")


#: The units medicines and test kits are counted in (``1.5亿人份``, ``8000万贴``, ``3亿粒``, ``500万瓶``,
#: ``2000万袋``, ``600万盒``); not ``公斤``, which a farm's yield per mu is told in
#: (``每亩年产鲜椒约800公斤``).
_DRUG_UNITS = "人份|贴|粒|瓶|袋|盒"
#: The units of farm produce and seedlings counted one by one (``年加工鲜食玉米1.2亿穗``, ``年育苗3000万株``).
_PRODUCE_UNITS = "穗|株"


#: Capacity phrases with the number first (``年产5万吨…``), up to the next clause mark or name word,
#: ``及`` or the end of a table's cell (``年产2GWh液流电池电堆及系统集成``).
CAPACITY_NUMBER_FIRST = re.compile(r"(?:年产|年处理|年出栏|年屠宰|年加工|年生产|年吞吐|日处理|日产|日加工)"
                                   r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(?:万|亿|千)?"
                                   r"(?:台套|[吨套台头件辆只张片块条箱]|千升|GWh|GW|MWh|MW"
                                   r"|" + _DRUG_UNITS + "|" + _PRODUCE_UNITS + r")"
                                   r"\w{0,12}?(?=[,，。;；、\t]|的|及|项目|生产线|$)")


#: A firm signing with the county or its park, then told what it will invest (``甲公司与我县某工业园区签订
#: 投资协议，将在园区投资8亿元``): the investor.
INVESTOR_SIGNS = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<inv>[^,，。;；、:：与和]{2,30}?(?:公司|集团))"
                            r"与(?:我县|我区|我市|本县|[^,，。;；、:：]{2,16}?(?:县|区|市|园区|管委会|政府))"
                            # (or the sum it adds to its plant, ``签订增资扩产协议，新增投资4.5亿元建设…``)
                            r"(?:正式)?(?:签署|签订|签约)[^。；;]{0,10}?[，,](?:将|拟|计划|新增投资|追加投资)")


#: ``投资方为某公司``, ``投资主体是某集团``, ``项目业主为某公司``, ``签约方为某公司``.
INVESTOR_IS = re.compile(r"(?:投资方|投资主体|投资企业|签约企业|签约方|项目业主|业主单位|项目法人)(?:为|是)"
                         r"(?P<inv>[^,，。;；、:：]{2,30})")


#: A firm that builds works of its own trade (``由某农业投资集团有限公司承建``, ``承建单位为某冶金有限
#: 公司``): no builder by trade, the owner building its works.
INVESTOR_BUILDS = re.compile(r"(?:由(?P<inv>[^,，。;；、:：由]{2,30}?(?:有限公司|集团))承建|承建单位(?:为|是)"
                             r"(?P<inv2>[^,，。;；、:：]{2,30}?(?:有限公司|集团)))(?=[,，。;；]|$)")


#: What names a builder by trade, or a firm building for others (``建设``, ``建工``, ``工程``, ``中铁``).
_BUILDER_TRADE = re.compile(r"建设|建工|建筑|工程|施工|路桥|市政|设计|城投|交投|水电|电建"
                            r"|中铁|中建|中交|中冶|中国铁建|中国电建|中能建")


#: Capacity phrases with the product before the number (``年产电子级化学品10万吨``, ``装机容量200兆瓦``).
CAPACITY_PHRASE = re.compile(
    r"(?:(?:年产|年处理|年加工|年可加工|年封装|年封测|年生产|年屠宰|年周转|月加工|日处理|日产|日加工"
    r"|日供水|日供气|年供|年可生产|年可产|年出栏|年可出栏|年储运|年可储运|年可储存|年可周转|年可处理"
    # farm produce handled after harvest (``年烘干鲜花800吨``, ``年可分拣柑橘2万吨``)
    r"|年(?:可)?(?:烘干|分拣|清洗|分选|脱水|初加工|精加工)"
    # a store by what it holds at once (``建成后可储存果蔬8000吨``)
    r"|(?<=可)(?:储存|存储|储藏|冷藏)"
    # a yearly output told in speech (``一年可以加工柑橘五万吨``, ``每年能生产…``)
    r"|(?:每年|一年)(?:能|可|可以)(?:加工|生产|处理|分选|回收)"
    # goods a port or a logistics park turns over a year, named before their weight (``年吞吐冷链货物
    # 50万吨``, ``年吞吐散货300万吨``)
    r"|年吞吐(?!能力|量))"
    # a product named with its size (``年产6英寸碳化硅衬底30万片``, ``12英寸晶圆``)
    r"(?:\d+(?:\.\d+)?(?:英寸|纳米|微米|毫米))?[\u4e00-\u9fff]{1,10}?"
    # (a plant's products listed, the kind they are after 等: ``年产规整填料、陶瓷球等化工填料3万立方米``;
    # not what it processes, ``年加工甲、乙等中药材…``)
    r"|(?<![今去明当前])年(?:可)?(?:产|生产)[\u4e00-\u9fff]{1,10}?(?:、[\u4e00-\u9fff]{1,8}?){1,3}等"
    r"[\u4e00-\u9fff]{1,8}?"
    r"|装机容量|装机规模|(?:年)?设计(?:吞吐|处理|生产|通过)?能力(?:为|达)?"
    # a plant's size written short after its name (``一期工程装机5万千瓦``; not a region's
    # ``风电装机412万千瓦``), a pipeline's yearly flow
    # (``设计年输气能力2亿立方米``)
    r"|(?<=工程|电站|电场|一期|二期|三期)装机(?=\d)|(?:设计)?年(?:输气|输水|输油|供气)能力(?:为|达)?"
    # (a port's as designed, ``设计年吞吐能力380万吨``: the design is the capacity's own word)
    r"|(?:设计)?年[\u4e00-\u9fff]{0,4}吞吐能力(?:可达|达到|达)?"
    # what a port, an airport or a station is built to handle (``设计年吞吐量120万标箱``, ``年旅客吞吐量
    # 300万人次``, ``年集装箱作业能力可达80万标箱``, ``日发送旅客能力可达1.2万人次``)
    r"|(?<!港口)(?<!全[省市县区])(?<!去年)(?<!上年)(?<!前年)(?:设计)?年(?:货物|集装箱|旅客)?吞吐量"
    r"(?:可达|达到|达|为)?"
    r"|[年日](?:集装箱|货物)?(?:作业|货运|客运|通过|发送旅客|旅客发送)能力(?:可达|达到|达|为)?"
    # what a wholesale market or a trading centre handles a year (``建成后年交易量可达80万吨``)
    r"|年交易量(?:可达|达到|达)?"
    # a power plant's yearly generation, told where no installed size is (``建成后年发电量约1.5亿千瓦时``)
    r"|(?:设计)?年发电量(?:预计|预期)?(?:可达|达到|达|约为|约|为)?(?=[^，,。；;]{1,8}千瓦时)"
    # a works' capacity raised, the new one its size (``矿井产能将由90万吨/年提升至150万吨/年``)
    r"|产能(?:将|可)?由\d+(?:\.\d+)?(?:万|亿|千)?吨[/／]年(?:提升|提高|增加|扩大|核增)(?:至|到)"
    r"|(?:年|新增)?[\u4e00-\u9fff]{0,4}产能(?:每年)?(?:可达|达到|达)?"
    r"|冷库(?:库容|容量|容积)?(?=[\d一二两三四五六七八九十])(?=[^，,。；;]{1,12}立方米)"
    r"|(?<=建设|新建)冷库容积(?=[\d一二两三四五六七八九十])"
    # a store built, by what it holds (``新建冷库8万吨``, ``新增仓储能力5万立方米``), without the verb
    r"|(?<=新建|新增|扩建|建成|建设)(?:冷库|冷藏库|冷藏保鲜库|保鲜库|气调库|粮库|仓库|储备库)(?:库容|容量)?"
    # (a depot's or a store's room added or built, ``新增仓容8万吨``, ``新建仓容10万吨的粮仓``)
    r"|(?<=新增|新建|建成)(?:冷库)?(?:仓容|库容)(?=[\d一二两三四五六七八九十])"
    r"|(?<=新增)[\u4e00-\u9fff]{0,4}(?:仓储|储存|储备|存储|冷藏|冷储|处理|吞吐|仓容|供水|供气|供热)能力"
    r"(?:达到|达)?"
    # a store's own size (``冷藏能力达到5万吨``), also what it turns over a year (``年冷藏周转能力…``)
    r"|(?:年|日)?(?:冷藏|冷储|仓储|冷链|烘干)(?:周转)?能力(?:可达|达到|达)?"
    # a store's volume however built (``建有冷库库容8万吨``), or told right after the store's name
    # (``建设甲仓储中心，库容2万吨``), a verb of size between (``建成后冷库容量达5万吨``)
    r"|冷库(?:库容|容量)(?:可达|达到|达)?(?=[\d一二两三四五六七八九十])|(?<=[，,])(?:库容|仓容)(?=[\d一二两三四五六七八九十])"
    # a reservoir's or a store's whole volume (``总库容4280万立方米``), a substation's transformers
    # (``主变容量2×24万千伏安``, ``新增变电容量200万千伏安``)
    r"|总库容(?:为|达)?|(?:新增)?(?:主变|变电)容量(?:为|达)?(?:\d{1,2}[×xX*])?)"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,6})(?:万|亿|千)?"
    r"(?:吨|台套|套|台|头|件|辆|只|张|片|块|条|箱|颗|羽|棒|支|千瓦|兆瓦|吉瓦|标箱|立方米|平方米|公里|千米|千升|人次"
    r"|千伏安|兆伏安|GWh|GW|MW"
    # the units of medicines and test kits (``年产诊断试剂1.5亿人份``, ``年产中药贴剂8000万贴``)
    r"|" + _DRUG_UNITS + "|" + _PRODUCE_UNITS + r")"
    # (a yearly generation's unit: ``千瓦时``, after the number of a ``年发电量``)
    r"(?:(?<=千瓦)时)?"
    # a rate per year written after the unit (``设计产能12万吨/年``)
    r"(?:/年|／年)?"
    r"(?=[,，。;；、]|的|能力|及|和|生产线|$)")


#: A rate per year a works will form, its product before the figure and ``的产能`` after it
#: (``可形成8英寸晶圆36万片/年的产能``, ``形成高纯石英砂2万吨/年的生产能力``).
RATE_FORMED = re.compile(r"(?:形成|具备|达到|新增)(?P<what>[\u4e00-\u9fff\dA-Za-z.]{2,16}?"
                         r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿|千)?(?:片|吨|件|套|台|只|颗|块|支|平方米)[/／]年)"
                         r"的?(?:产能|生产能力|加工能力|能力|规模)")


#: A yearly output of products listed before their joint quantity (``年产智能手表、蓝牙耳机等产品800万台
#: （件）``, ``每年可回收铜、镍等金属约2万吨``): the plant's capacity.
LISTED_OUTPUT = re.compile(
    r"(?:年(?:可)?(?:产|生产)|(?:每年|一年)(?:能|可|可以)(?:生产|加工|回收|处理))"
    r"[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10}){1,5}等[\u4e00-\u9fff]{0,4}?"
    r"(?:可达|达到|达)?(?:约|近|超)?\d+(?:\.\d+)?(?:万|亿|千)?(?:台套|套|台|件|辆|只|张|片|块|条|箱|吨|颗|部|支)"
    r"(?:[（(](?:台|件|套|只|部)[)）])?")


#: More products after a yearly output, each with its quantity (``年产甲50万套、乙80万套``,
#: ``年产50万套甲、80万套乙``): the same plant's capacity.
_MORE_OUTPUT = re.compile(
    r"(?:、(?:[\u4e00-\u9fff]{1,10}?\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|台套|套|台|件|辆|只|张|片|块|条|箱|颗|部)"
    r"|\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|台套|套|台|件|辆|只|张|片|块|条|箱|颗|部)[\u4e00-\u9fff]{1,12}?))+"
    r"(?=[,，。;；]|的|及|项目|生产线|$)")


def _more_output(text: str, end: int, limit: int) -> int:
    """Where a capacity ending at ``end`` ends with the products listed after it (``、乙80万套``)."""
    if text[end:end + 1] != "、":
        return end
    m = _MORE_OUTPUT.match(text, end, limit)
    return m.end() if m is not None else end


#: A data centre's size, by the racks it holds (``可容纳机柜6000架``, ``部署标准机柜1.2万个``, the racks
#: a phase adds or plans: ``新增标准机架1.2万个``, ``规划标准机架2万个``).
RACKS = re.compile(r"(?:可容纳|可部署|可承载|部署|建设|新建|新增|规划|容纳)(?:标准|服务器)?机[柜架]"
                   r"(?:约|近|超|达)?"
                   r"\d+(?:\.\d+)?(?:万|千)?(?:架|个|台|组)"
                   # (the number first: ``2000个标准机架已投入运营``, ``形成5000架标准机柜的算力规模``)
                   r"|(?<![\d.])\d+(?:\.\d+)?(?:万|千)?[个架](?:标准|服务器)?机[柜架]"
                   # the racks a zone or a centre puts to work at once (``一次性投用标准机架3200个``), the
                   # verb left out as the gold writes it
                   r"|(?<=投用|投运|上线|点亮)(?:标准|服务器)?机[柜架](?:约|近|超|达)?\d+(?:\.\d+)?(?:万|千)?(?:架|个|台|组)")


#: What every :data:`CAPACITY_PHRASE` holds: text without one of these has no capacity phrase.
CAPACITY_WORD = re.compile("年产|年处理|年加工|年可加工|年封装|年封测|年生产|年屠宰|年周转|月加工|日处理|日产"
                           "|日加工|年烘干|年分拣|年清洗|年分选|年脱水|年初加工|年精加工"
                           "|日供|年供|年可|年出栏|年储运"
                           "|装机|设计|产能|吞吐能力|冷库|库|仓容|能力|可储存|可存储|可储藏|可冷藏|容量"
                           "|每年能|每年可|一年能|一年可|年吞吐|年发电量|年交易量|吞吐量")


#: What every :data:`CAPACITY_PHRASE` ends with: the last character of its number, then its unit.
CAPACITY_UNIT = re.compile(r"[\d一二两三四五六七八九十百千](?:万|亿|千)?"
                           r"(?:吨|套|台|头|件|辆|只|张|片|块|条|箱|颗|羽|棒|支|千瓦|兆瓦|吉瓦|标箱|立方米|平方米|公里|千米"
                           r"|千升|千伏安|兆伏安|人次|GWh|GW|MW|双|" + _DRUG_UNITS + r")")


#: Sums given in turn to the projects named before (``两个项目的总投资分别为7.8亿元和6.5亿元``).
#: (Their whole sums, after ``项目`` or ``的``: not what they are to spend this year, ``年内完成投资分别…``.)
#: (also after the last of the projects and a comma: ``甲项目和乙项目，总投资分别为…``; or after the clause
#: telling their event: ``甲项目、乙项目也在当天开工，总投资分别为…``)
_SUMS_IN_TURN = re.compile(r"(?:(?<=[的目，,]))(?:计划)?(?:总投资|投资总额|总投资额)分别"
                           r"(?:为|是|达|约为|约)?")
#: What may stand between two sums given in turn.
_TURN_JOIN = re.compile(r"\s*(?:和|及|与|、|，|,)\s*")


def _amounts_respectively(ctx: RecordContext, art: Span, records: list[Record]) -> None:
    """Projects named one after the other in a sentence, then their sums given in turn
    (``甲项目…，乙项目…，两个项目的总投资分别为7.8亿元和6.5亿元``): each its own sum, in order, when
    the projects and the sums are as many and none has a sum yet."""
    text = ctx.text
    named = sorted((r.fields["name"].evidence[0].start, i) for i, r in enumerate(records)
                   if "name" in r.fields and r.fields["name"].evidence)
    for m in _SUMS_IN_TURN.finditer(text, art.start, art.end):
        s0 = max(art.start, 1 + max(text.rfind(c, art.start, m.start()) for c in "。！？\n"))
        own = [records[i] for pos, i in named if s0 <= pos < m.start()]
        if len(own) < 2 or any(r.get("investment_cny") is not None for r in own):
            continue
        sums: list[Figure] = []
        at = m.end()
        for f in ctx.figures_in(m.end(), art.end, "money"):
            if f.start != at or not _in_yuan(f):
                break
            sums.append(f)
            join = _TURN_JOIN.match(text, f.end)
            if join is None:
                break
            at = join.end()
        if len(sums) != len(own):
            continue
        for r, f in zip(own, sums, strict=True):
            r.set("investment_cny", int(f.value), ctx.evidence(f.start, f.end))
