"""Figures of a project, a firm or a plan rather than of a region's statistics."""

from __future__ import annotations

import re

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.patterns import (
    _NAMED_WORKS,
    _SCOPE_WORD,
    _TOP_LIST_NUMBER,
    CAPACITY_METRIC,
    SERVICE_STATIONS,
)
from newsmill.plugins.extract_indicators.record import (
    _indicator,
)
from newsmill.zh.cues import alternation
from newsmill.zh.figures import Figure
from newsmill.zh.recctx import RecordContext, Span

#: A firm's short name set on the page (``某某新材料有限公司(以下简称“某某新材”)``): the sentences
#: that name it before a figure report that firm's own figures.
FIRM_SHORT_NAME = re.compile(r"(?:公司|集团|厂)[(（](?:以下)?简称[“\"「『]"
                             r"([\u4e00-\u9fffA-Za-z]{2,8})[”\"」』]")


#: A clause opening on one phase of a works (``一期计划投资9.2亿元``, ``；二期投资1.4亿元，…``).
PHASE_CLAUSE = re.compile(r"(?<![\u4e00-\u9fff\w])(?:首期|[一二三四五六]期)(?:工程|项目)?"
                          r"(?:计划|拟|将|预计)?(?:总)?投资")


#: The same list's name opening a metric (``十大重点项目完成投资``).
_TOP_LIST_HEAD = re.compile(_TOP_LIST_NUMBER)


#: Figures of one plant or one company's move, not statistics: a new plant's total, a power
#: station's size, a plan's budget, an additional investment, what completion or a plant may
#: bring (``完工后年营收可增加…``, ``可创造…``).
PLANT_FIGURE = re.compile(alternation(
    "新厂", "电站", "电厂", "风电场", "总经费", "追加投资", "完工后", "可创造", "集团增资", "公司增资"))


#: The plants of a place summed (``某市已建成并网的光伏电站装机规模``): a statistic, no one plant's size.
REGION_PLANTS = re.compile(r"(?:建成|并网|在运|投运)的[\u4e00-\u9fff]{0,4}(?:电站|电厂|风电场)"
                           r"(?:总)?装机(?:规模|总量|容量)?$"
                           # (and the stations a place's grid put in service, counted: ``新投运110千伏
                           # 变电站7座``, ``建成投运充电站120座``)
                           + "|" + SERVICE_STATIONS.pattern
                           # (and a place's small plants summed by their size: ``全县已建成村级光伏
                           # 帮扶电站总规模``)
                           + r"|(?:已|累计)(?:建成|并网|投运)[\u4e00-\u9fff]{0,8}?(?:电站|电厂)"
                           r"总(?:装机)?(?:规模|容量)$")


#: A company raising its capital (``某集团宣布增资``, ``某株式会社追加增资``).
COMPANY_RAISES = re.compile(r"(?:集团|公司|株式会社|企业)[\u4e00-\u9fff]{0,4}增资$")


#: Funds one named works or project receives (``…工程获专项债券资金``, ``…项目获中央预算内投资``).
WORKS_FUNDED = re.compile(r"(?:项目|工程)获得?[\u4e00-\u9fff]{0,14}(?:资金|投资|补助|贷款|授信)$")


#: A part of one works' total told after ``其中`` (``甲工程总投资9.2亿元，其中使用专项债券资金…``).
#: (also by its approved estimate, with its funds listed: ``工程概算总投资18.7亿元，其中中央预算内投资…、
#: 省级配套资金…``)
_WORKS_TOTAL_PART = re.compile(r"(?:项目|工程)(?:计划|概算|估算)?总投资[^。；;，,]{0,12}[，,]"
                               r"其中[^。；;，,]{0,24}$")
#: A works' line of an infographic's ledger: its name, a colon, what it spent (``甲中心：已完成投资3``).
_LEDGER_WORKS = re.compile(r"(?:项目|工程|中心|基地|园)[：:](?:目前)?(?:已|累计)?完成投资(?:约)?\d")


#: A ledger line opening on one works' name and a colon (``某景区提升工程：总投资2.4亿元，获…``);
#: not a class of projects (``产业类项目：``, ``重点项目：``).
_LEDGER_HEAD = re.compile(r"[^\n：:，,。；;\d【】\[\]]{4,40}?(?<!类项目)(?<!重点项目)(?<!重大项目)"
                          r"(?:项目|工程|中心|基地|园)[：:][^\n]*$")


def _ledger_line(text: str, pos: int) -> bool:
    """True when the figure at ``pos`` is on a ledger line of one works (:data:`_LEDGER_HEAD`): all
    the line's figures are that works' own (its total, the money it got)."""
    line = text.rfind("\n", 0, pos) + 1
    return _LEDGER_HEAD.match(text, line, pos) is not None


#: Progress of the works whose total the sentence gave first (``总投资81亿元，目前已完成投资23亿元``).
WORKS_PROGRESS = re.compile(r"(?:目前|现已|已|累计)*完成(?:投资|投资额)$")


#: A rate per portion, person or household (``每份补贴3元``, ``每户奖励2000元``): a tariff, no statistic.
PER_UNIT = re.compile(r"(?:每(?:份|人|户|位|次|辆|台|头|亩|平方米|吨|公斤|千克|斤|克|升|件|只|箱|袋)"
                      # (one unit told in speech: ``一亩地一年光电费就要…``)
                      r"|一亩地"
                      r"|单(?:台|套|个|户|笔|家|项|次|辆))[^,，。；;]{0,8}$")


#: (and a price per kilogram, ``每公斤12元``, or the most one machine gets, ``单台机具最高补贴5万元``)
#: The second figure of a paired capacity (``200兆瓦/400兆瓦时``).
PAIRED = re.compile(r"\d(?:兆瓦|万千瓦|MW|千瓦)\s*[/／]$")


#: A clause adding firms to a place (``新增规上工业企业15户``, ``新培育…企业3家``): never one project's.
#: (the place's scope word and the time may open it: ``全县今年以来新增…企业21家``)
_FIRMS_ADDED = re.compile(r"(?:全[县市区州旗]|[我本][县市区])?(?:今年以来|今年|全年|年内)?"
                          r"(?:力争|确保|全年|年内)?(?:新增|新培育|培育|新引进)[^，,。；;]{0,10}?企业$")


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
    ``…产业园二期建成投用，新入驻电商企业86家``, ``…产业园一期项目，已有12家企业入驻``) or supply it
    (``产业园一期于2023年建成投产，目前已有配套企业11家``): the works' tenants or suppliers, no statistic
    (the phase's output after them stays one, as the park's)."""
    last = None
    for m in _PARK_PHASE.finditer(text, s0, pos):
        last = m
    if last is None or _PHASE_REACH.fullmatch(text, last.end(), pos) is None \
            or _SCOPE_WORD.search(text, last.end(), pos):
        return False
    opens = max(last.end(), *(text.rfind(c, last.end(), pos) + 1 for c in "，,"))
    close = _CLAUSE_CLOSE.search(text, pos)
    end = close.start() if close else len(text)
    return text.find("入驻", opens, end) >= 0 or text.find("配套企业", opens, end) >= 0


_CLAUSE_CLOSE = re.compile(r"[，,；;。！？!?\n]")


#: Floor a tenant rents (``计划租用标准厂房``, ``承租车间``): a firm's or project's, no statistic.
_RENTED_FLOOR = re.compile(r"(?:租用|承租|租赁)[\u4e00-\u9fff]{0,4}?(?:厂房|车间|仓库|用房|办公楼)$")
#: A clause of a yearly power yield with no subject of its own (``年发电量约1100万千瓦时``).
_YEARLY_POWER = re.compile(r"(?:预计|可|每年|年均)?(?:年发电量|年均发电量|年上网电量|年发电)")
#: One works and its event of running in the clause before (``某光伏项目1月底并网发电``, ``某电站建成投运``).
#: (its installed size may stand between: ``某光伏项目并网发电，项目装机容量2万千瓦，年发电量…``)
_WORKS_EVENT_BEFORE = re.compile(r"(?<![等类各批些点个])(?:项目|工程|电站|电厂)[^，,。；;]{0,12}?"
                                 r"(?:并网发电|并网|投产|投运|建成|竣工)[^，,。；;]{0,4}[，,]"
                                 r"(?:(?:该|项目|电站)?(?:总)?装机(?:容量|规模)?[^，,。；;]{0,14}[，,])?$")
#: A gain over the old way of working right before the figure (``较传统工艺节水40%``, ``比常规方式节能
#: 三成``): what one works' technique saves, no statistic of a place.
_GAIN_OVER_OLD_WAY = re.compile(r"(?:较|比|相比|与)(?:传统|常规|普通|同类|以往|原有)[\u4e00-\u9fff]{0,6}?"
                                r"(?:相比)?(?:可|能)?(?:节水|节能|节电|节约|节省|降低|减少|提高|提升|缩短)"
                                r"[\u4e00-\u9fff]{0,6}?$")
#: A works named in full before the investment it has done (``某镇某江流域生态修复工程完成投资``).
_WORKS_SPENT_METRIC = re.compile(r"(?P<name>[\u4e00-\u9fff]{6,30})(?:工程|项目)(?:已经?|累计|已累计)?"
                                 r"完成(?:了)?(?:年度|本年|全年)?投资$")
#: Words of a class of projects, no works' name (``社会民生项目``, ``县级以上重点项目``, ``基础设施项目``).
_PROJECT_CLASS = re.compile(r"重点|重大|产业|工业|民生|基础设施|技改|招商|民间|政府|续建|新开工|在建"
                            r"|以上|前期|[省市县区]级|全[省市县区镇]|城建|交通|水利|能源|社会|农业")


def _named_works_spent(metric: str) -> bool:
    """True when the metric is a works named in full and the investment it has done (``某镇某江流域生态
    修复工程完成投资``), not a class of projects (``社会民生项目完成投资``, ``县级以上重点项目完成投资``)."""
    m = _WORKS_SPENT_METRIC.search(metric)
    return m is not None and _PROJECT_CLASS.search(m.group("name")) is None


def project_figure(text: str, s0: int, c0: int, pos: int, metric: str) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``, sentence from ``s0``) is one plant's or plan's.

    Cheap first tests: the metric's characters before any regex.
    """
    if (PLANT_FIGURE.search(metric) and not REGION_PLANTS.search(metric)) or PER_UNIT.search(text, c0, pos) \
            or PAIRED.search(text, c0, pos):
        return True
    if "期" in text[s0:pos] and (PHASE_CLAUSE.search(text, s0, pos) or _park_phase_subject(text, s0, pos)):
        return True  # 一期投资1.8亿元，…，年加工某某1.5万吨；二期计划投资…: one phase of a works
    if text.find("带动", s0, pos) >= 0 and _WORKS_BRINGS.search(text, s0, pos):
        return True  # 项目已带动周边约300户茶农参与种植，茶园面积约2000亩: what the works brings along
    if metric.endswith("增资") and COMPANY_RAISES.search(metric):
        return True  # 某集团宣布增资1.2亿欧元: one company's money
    if "电" in metric and c0 > s0 and _YEARLY_POWER.match(text, c0) \
            and _WORKS_EVENT_BEFORE.search(text, s0, c0) and _SCOPE_WORD.search(text, s0, pos) is None:
        return True  # 某镇10兆瓦光伏项目1月底并网发电，年发电量约1100万千瓦时: the plant's yield
    if ("较" in text[c0:pos] or "比" in text[c0:pos]) and _GAIN_OVER_OLD_WAY.search(text, c0, pos):
        return True  # 项目采用…工艺，较传统工艺节水40%以上: what the technique saves
    if "租" in metric and _RENTED_FLOOR.search(metric) \
            and (text.find("公司", s0, pos) >= 0 or text.find("项目", s0, pos) >= 0):
        return True  # 某公司…项目落户园区，计划租用标准厂房3.2万平方米: the tenant's floor
    if metric.endswith("投资") and _named_works_spent(metric):
        return True  # 某镇某流域生态修复工程完成投资1.3亿元: one named works' progress
    if "获" in metric and WORKS_FUNDED.search(metric):
        return True  # 某某提标改造工程获专项债券资金8000万元: what one works receives
    if text.find("其中", s0, pos) >= 0 and _WORKS_TOTAL_PART.search(text, s0, pos):
        return True  # 甲工程总投资9.2亿元，其中使用专项债券资金3.5亿元: a part of one works' total
    if (text.find("：", s0, pos) >= 0 or text.find(":", s0, pos) >= 0) \
            and (_LEDGER_WORKS.search(text, max(s0, pos - 12), pos + 1) or _ledger_line(text, pos)):
        return True  # 甲旅游集散中心：已完成投资3.1亿元: a works' line of a ledger, its progress
    if "产能" in metric and text.find("产线", s0, c0) >= 0:
        return True  # 新厂将建置…生产线，年产能达30万件: the line's capacity
    if c0 > s0 and _WORKS_BUILD.match(text, c0) and _NAMED_WORKS.search(text, s0, c0) \
            and not _WORKS_COUNTED.search(text, s0, c0):
        return True  # 某路网工程同步开工,将新建城市道路7.2公里: what the works just named build
    if metric.startswith("亩均") and _PER_MU_SPENT.match(metric) and text.find("总投资", s0, c0) >= 0:
        return True  # 新建高标准农田12万亩，总投资2.4亿元，亩均投入2000元: the works' cost per mu
    if metric.startswith("新增") and _ADDED_STORE.match(metric) and _WORKS_DONE_BEFORE.search(text, s0, c0):
        return True  # 某粮库扩建工程已于11月底完工，新增仓容8万吨: what the works just finished add
    if c0 > s0 and _FITTED.match(text, c0) and _WORKS_DESCRIBED.search(text, s0, c0):
        return True  # 该酒店…投资2.2亿元建设，…，设有客房186间、康养床位240张: what the works hold
    if _works_own_clause(text, s0, c0, pos):
        return True  # 某供热工程计划投资2.7亿元，改造管网46公里: the works' own size or progress
    if "完成" not in metric or WORKS_PROGRESS.search(metric) is None \
            or _WHOLE_REGION.search(text, c0, pos) is not None or _TOP_LIST_HEAD.match(metric):
        return False  # (十大重点项目完成投资: the spending of a list, whose total the sentence told)
    return text.find("总投资", s0, pos) >= 0 or _spent_on_named_works(text, s0, c0)


#: A clause telling what a works holds or is fitted with (``设有客房186间``, ``设置学生床位1600张``,
#: ``配套建设…步道6公里``), no subject of its own.
_FITTED = re.compile(r"(?:并|还|另|同时)?(?:设有|设置|配备|配套建设|配建|建有)")
#: A works described earlier in the sentence: built by a sum, or told with its total or floor
#: (``由某公司投资2.2亿元建设``, ``学校总投资1.9亿元``, ``建筑面积4.8万平方米``).
_WORKS_DESCRIBED = re.compile(r"投资[^，,。；;]{0,12}建设|总投资|建筑面积")


#: The sum spent per mu of land (``亩均投入``, ``亩均投资``), after a works' total in its sentence.
_PER_MU_SPENT = re.compile(r"亩均(?:投入|投资|建设投入)")
#: Storage added (``新增仓容``, ``新增冷库库容``), and a works finished earlier in the sentence: the
#: works' own size, no statistic of the place.
_ADDED_STORE = re.compile(r"新增(?:冷库|粮食)?(?:仓容|库容|仓储能力)")
_WORKS_DONE_BEFORE = re.compile(r"(?:工程|项目|粮库|冷库|仓库)[^，,。；;]{0,10}(?:完工|竣工|建成|投用|投运)")


#: A clause with no subject of its own: time or state words, then a verb of building or progress
#: (``改造管网…``, ``年内完成投资…``, ``规划种植…``).
_BUILD_VERBS = "新建|改建|扩建|改造|更新|铺设|敷设|架设|修复|治理|恢复|改良|种植|造林|栽植|清淤|硬化"
_BARE_PREDICATE = re.compile(r"(?:今年|年内|目前|现已|已经?|累计|共|计划|将|拟|规划|预计)*"
                             rf"(?:{_BUILD_VERBS}|建设|完成(?!固定资产))")
#: One works named (``某某生态修复项目``, ``某某保障工程``), no class of them (``等项目``, ``重点项目``,
#: ``新建项目``) and no count (``项目12个``).
#: Not after a word making the works a class or a count (``等项目``, ``重点项目``, ``新建项目``, ``个项目``).
_NOT_CLASS = r"(?<![等类各批些点大商约建工个])"
_ONE_WORKS = re.compile(_NOT_CLASS + r"(?:项目|工程)"
                        r"(?![\d一二三四五六七八九十两]{1,4}[个项])")
#: One works, then a verb of building or progress right before the figure (``某工程已铺设主管网``,
#: ``某种植基地扩建``).
_WORKS_DID = re.compile(_NOT_CLASS + r"(?:项目|工程|基地)"
                        r"(?:今年|年内|目前|已经?|累计|共|计划|将|拟)*"
                        rf"(?:{_BUILD_VERBS})[\u4e00-\u9fff]{{0,8}}$")


def _works_own_clause(text: str, s0: int, c0: int, pos: int) -> bool:
    """True when the figure at ``pos`` (clause from ``c0``) tells what one works named in its sentence
    (from ``s0``) build or have done: its clause opens with no subject of its own after the works' clause
    (``某工程计划投资2.7亿元，改造管网46公里``, ``某项目累计完成造林1.5万亩，年内完成投资9000万元``), or
    the works did it in the figure's clause (``投资…的某工程已铺设主管网31公里``).  Not with a whole region
    (``全县``) or a count of works in the sentence: then the figure is the place's."""
    bare = c0 > s0 and _BARE_PREDICATE.match(text, c0) is not None and _ONE_WORKS.search(text, s0, c0)
    if not bare and _WORKS_DID.search(text, max(c0, pos - 30), pos) is None:
        return False
    return _SCOPE_WORD.search(text, s0, pos) is None and _WORKS_COUNTED.search(text, s0, pos) is None


#: The works just told of as the subject bringing others along (``据介绍，项目已带动周边…``).
_WORKS_BRINGS = re.compile(r"(?<![\u4e00-\u9fff])(?:该|此|这个)?(?:项目|工程|基地)"
                           r"(?:已经?|还|将|共|累计)?带动")


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
    last = _FULL_NAMES[0]  # (read and replaced whole: threads of one worker each see one answer)
    if last[0] is not text or last[1] != a0:
        found = [(m.end(), m.group("core")) for m in _FIRM_FULL_NAME.finditer(text, a0)]
        last = _FULL_NAMES[0] = (text, a0, found)
    return last[2]


#: The last text and article start :func:`_full_names` was asked for, and its answer.
_FULL_NAMES: list[tuple[str | None, int, list[tuple[int, str]]]] = [(None, -1, [])]


#: A firm's full name told in an article: a place it opens with, its core name, the trade words and
#: legal form (``湖南湘岳新材料科技有限公司`` → ``湘岳新材料``); the core, four characters or more, is
#: how the story names it again.
_FIRM_FULL_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:省|市|县)?"
                             r"(?P<core>[\u4e00-\u9fff]{4,8}?)(?:科技|实业|发展|控股)?"
                             r"(?:股份)?有限(?:责任)?公司")


#: Money spent on the works so far, opening its clause (``目前已完成投资4.2亿元``).
_SPENT_NOW = re.compile(r"(?:目前|现已|现在|当前)(?:已|累计|已累计)?完成投资")


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

    A works' expected yearly yield (``预计年交易额突破20亿元``, ``预计年销售额可达…``: ``年`` right after
    ``预计``) is one too, the works' size, with or without ``项目``; a place's forecast names its year
    (``预计全年…``, ``预计今年…``).

    Cheap first test: ``项目`` in the 60 characters before the figure.
    """
    if _YEARLY_YIELD_FORECAST.search(text, max(s0, pos - 14), pos) is not None:
        return True
    lo = max(s0, pos - 60)
    if text.find("项目", lo, pos) < 0:
        return False
    m = _PROJECT_FORECAST.search(text, lo, pos)
    # (a count of projects done, ``已有5个工业项目竣工投产,预计新增年产值…``: the place's, no one project's)
    return m is not None and _CLASS_COUNTED_BEFORE.search(text, max(s0, m.start() - 10), m.start()) is None


#: Right before a figure: a yearly yield forecast, ``年`` glued to ``预计`` (``预计年交易额突破``).
_YEARLY_YIELD_FORECAST = re.compile(r"预计年(?:交易额|交易量|销售额|销售收入|营业收入|营收|产值)"
                                    r"(?:将|可|能)?(?:达到?|突破|超过?|逾|约|为)?$")


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


#: What a works is designed to handle, its goods listed apart by ``、`` up to a position (``设计年处理
#: 甲、乙等鲜果``, ``设计日加工甲、乙``): the list's later goods are no metric of their own.
_DESIGNED_LIST = re.compile(r"设计(?:年|日)?(?:处理|加工|吞吐|生产|产能)[^，,。；;\d]{0,20}?、"
                            r"[^，,。；;\d]{1,12}$")


def designed_list(text: str, c0: int, pos: int) -> bool:
    """True when a quantity at ``pos`` closes a list of goods a works is designed to handle (``设计年处理
    甲、乙等鲜果8万吨``): the works' capacity, no statistic of the goods after ``、``."""
    return text.find("设计", c0, pos) >= 0 and _DESIGNED_LIST.search(text, c0, pos) is not None


#: A clause opening on a yearly output or throughput, its goods listed apart by ``、`` up to a position
#: (``，年加工甲、乙30万吨``, ``，每年可处理甲、乙等12万吨``): a works' capacity told after it, no goods'
#: statistic (a place's year opens with ``今年``/``全年``, a yield with ``年产值``).
_YEARLY_LIST_OPENING = re.compile(r"\s*(?:每|设计)?年(?:可|能)?(?:加工|处理|生产|产(?![值量能]))"
                                  r"[^，,。；;\d]{0,20}?、[^，,。；;\d]{1,12}$")


def yearly_list_opening(text: str, c0: int, pos: int) -> bool:
    """True when the clause from ``c0`` opens on a yearly output and lists its goods with ``、`` up to the
    quantity at ``pos`` (``年加工甲、乙30万吨``): the capacity of the works told before, no statistic."""
    m = _YEARLY_LIST_OPENING.match(text, c0, pos)
    return m is not None and m.end() == pos


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
                          # (or a logistics zone's warehouses: ``已建成标准化仓库``)
                          r"[\u4e00-\u9fff]{0,2}?标准化?(?:厂房|仓库)$")


def _floor_of_region(text: str, c0: int, pos: int, metric: str) -> bool:
    """True when the floor at ``pos`` (clause from ``c0``) is built by the place the sentence is about,
    told by its time or state (``力争年内新建标准化厂房20万平方米``, ``园区…已建成标准化厂房15万平方米``)
    with no works named in its clause: a statistic (the floor a project builds stays its own)."""
    return ("厂房" in metric or "仓库" in metric) and _FLOOR_BUILT.search(metric) is not None \
        and text.find("项目", c0, pos) < 0 and text.find("工程", c0, pos) < 0


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


#: The period a metric may open on before what is counted anew (``上半年新增…``, ``1—5月新增…``).
_HEAD_PERIOD = (r"(?:今年|去年|上半年|下半年|全年|年内|前三季度|[一二三四]季度|第[一二三四]季度"
                r"|\d{1,2}[—\-–~至]\d{1,2}月|\d{1,2}月)?(?:以来|份)?")
#: What is counted anew (``新增``, ``新登记``), after the place the metric may hold (``某县``, a city's
#: ``城区``) and its period (``上半年``, ``今年``: ``今年新增规上工业企业38户，总数达到612户``): the
#: total counts the same units without them.
_NEW_HEAD = re.compile(r"^(?:全[省市县区]|园区|[\u4e00-\u9fff]{1,4}[县区市])?" + _HEAD_PERIOD
                       + r"(?:新增|新登记|新注册|新设立|新设|新批|新引进|新培育|新认定)")


#: Facilities a place built or opened in the period (``新建5G基站``, ``新开通…``): a total of them in all
#: may follow (``新建5G基站1850个，累计达到4.1万个``).
_BUILT_HEAD = re.compile(r"^(?:全[省市县区]|[\u4e00-\u9fff]{1,4}[县区市])?(?:新建成|新建|新开通|新投用)")


def _total_of(last: Record, word: str) -> str | None:
    """The metric of a total right after a statistic of what was added (``新增规模以上工业企业86家,
    总数达到2163家``) or built (``新建5G基站1850个，累计达到4.1万个``): the same units, counted in all
    (``规模以上工业企业总数``, ``5G基站累计``)."""
    metric = last.get("metric") or ""
    m = _NEW_HEAD.match(metric) or _BUILT_HEAD.match(metric)
    if m is None or len(metric) - m.end() < 2:
        return None
    return metric[m.end():] + word


def _added_metric(metric: str) -> str:
    """The metric of a count added to a level just told (``规模以上工业企业达到142家，比年初新增9家``):
    the level's units, added (``新增规模以上工业企业``)."""
    return metric if _NEW_HEAD.match(metric) else "新增" + metric


_MONTH_PERIOD = re.compile(r"(\d{4})-\d\d")


def _since_year_start(r: Record, level: Record) -> None:
    """A count added since the year began (``比年初新增``) up to the month of the level it adds to
    (``截至8月底…达到142家``): its period runs from January to that month."""
    period = str(level.get("period"))
    if _MONTH_PERIOD.fullmatch(period):
        r.set("period", f"{period[:4]}-01/{period}", *level.fields["period"].evidence)


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


def _task_start(text: str, lo: int, pos: int) -> int:
    """Start of the item of a list of tasks holding ``pos`` (after the last ``；`` since ``lo``)."""
    return max(lo, text.rfind("；", lo, pos) + 1, text.rfind(";", lo, pos) + 1)


def _month_on_month(ctx: RecordContext, sent: Span, f: Figure, last: Record, m0: int, m1: int,
                    growth: tuple[float, int]) -> Record:
    """The month-on-month rate after a statistic's year-on-year one: a statistic of its own
    (metric ``…(环比)``), with the period and region of that statistic."""
    r = _indicator(ctx, sent, f, f"{last.get('metric')}(环比)", m0, m1, growth)
    for name in ("period", "region"):
        if last.get(name) is not None:
            r.set(name, last.get(name), *last.fields[name].evidence)
    return r


#: A count right after ``项目`` (``签约甲、乙等项目11个``, ``开工项目9个``): projects counted as a batch,
#: no one works.
_COUNTED_AFTER = re.compile(r"项目[\d一二两三四五六七八九十]+[个项]")


def _works_told(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` tells of works (``项目``) other than a batch counted
    (``签约甲等项目11个``): a size built in such a sentence is the works' own."""
    i = text.find("项目", lo, hi)
    while i >= 0:
        if not _COUNTED_AFTER.match(text, i):
            return True
        i = text.find("项目", i + 2, hi)
    return False


def households_of_estates(last_metric: str, core: str) -> str | None:
    """The metric of households counted right after old estates (``改造城镇老旧小区17个、涉及1836户``,
    ``涉及老旧小区21个、居民3680户``): those the estates hold (``老旧小区改造涉及户数``, ``涉及居民``).
    None when the count before is of something else or the households have a measure of their own."""
    if not last_metric.endswith("老旧小区"):
        return None
    if core == "涉及":
        return "老旧小区改造涉及户数"
    if core in ("居民", "住户"):
        return f"涉及{core}" if "涉及" in last_metric else f"老旧小区{core}"
    return None


#: Places to stay, closing a count's metric (``景区周边已有民宿客栈210家``, ``全县星级酒店46家``).
_LODGINGS_END = re.compile(r"(?:民宿|客栈|酒店|宾馆|农家乐|旅馆|养老机构|养老院)$")
#: What a metric says of its count's being, not what is counted (``已有``, ``共有``).
_HAVING = re.compile(r"(?:目前|现已|已经|已|共|现|累计)?(?:有|拥有|达到|达)")
#: A stock's growth to its level, closing its metric (``民宿发展到``): no word of what is counted.
_GROWN_TO = re.compile(r"(?:发展到|发展至|增加到|增加至|增至)$")


def beds_of_lodgings(last_metric: str, core: str) -> str | None:
    """The metric of beds counted bare right after places to stay (``目前景区周边已有民宿客栈210家，床位
    4600张``): the beds those places have (``景区周边民宿客栈床位``). None when the count before is of
    something else (``培育精品民宿…``, a hospital's beds) or the beds have a measure of their own."""
    last_metric = _GROWN_TO.sub("", last_metric)
    if core != "床位" or not _LODGINGS_END.search(last_metric):
        return None
    return _HAVING.sub("", last_metric, count=1) + "床位"


#: The visitors a place or a sector received, closing a metric (``全年乡村旅游接待游客``).
_VISITORS_END = re.compile(r"接待(?:游客|旅客)$")
#: A period or a word of doing before the subject of such a metric (``全年``, ``今年以来``).
_PERIOD_HEAD = re.compile(r"^(?:全年|今年以来|今年|去年|上半年|前三季度|同期|共|累计)+")


def income_of_visitors(last_metric: str, core: str) -> str | None:
    """The metric of an income told bare right after the visitors received (``全年乡村旅游接待游客860万
    人次，实现收入42.6亿元``): the income of those who received them (``乡村旅游收入``). None when the
    statistic before is no count of visitors or the income has a measure of its own (``旅游收入``)."""
    if core != "收入" or not _VISITORS_END.search(last_metric):
        return None
    subject = _PERIOD_HEAD.sub("", _VISITORS_END.sub("", last_metric))
    return subject + "收入" if len(subject) >= 2 else None


#: The subject of a statistic of goods moved, before its verb (``中欧班列累计开行``, ``某港发运``).
_SHIPPER = re.compile(r"(?P<s>[\u4e00-\u9fff]{2,12}?)(?:累计|已|共|共计)?"
                      r"(?:开行|发运|发送|开出|运送|完成|吞吐)")


def goods_value_of(metrics: list[str]) -> str | None:
    """The metric of a bare value of goods (``货值9.8亿元``) told after the trains, ships or boxes of the
    sentence (``中欧班列累计开行42列，…，发运货物3864标箱，货值9.8亿元``): the value the first of them
    carried (``中欧班列货值``); None when no statistic before tells what moved the goods."""
    for metric in metrics:
        m = _SHIPPER.match(metric)
        if m is not None and not m.group("s").startswith(("发运", "货物")):
            return m.group("s") + "货值"
    return None


#: One works named by an anaphor, then a clause opening on its being built or run (``该工程投资…，建成后…``,
#: ``该项目…，投产后…``): what follows in the sentence is what the works yields once done.
_ONE_WORKS_ONCE_DONE = re.compile(r"[该本此](?:工程|项目)[^。；;！？!?]{0,30}?[，,]\s*(?:全部|全面)?"
                                  r"(?:建成|投产|投用|投运|达产|完工|改造完成)后")
#: A place's whole in the words after (``全县``, ``全市``): its statistic, told after the works.
_WHOLE_AFTER = re.compile(r"全[省市县区州旗](?!部|面|年)|我[省市县区]")


def once_built_of_one_works(text: str, s0: int, pos: int) -> bool:
    """True when the figure at ``pos`` follows, in its sentence from ``s0``, one works named by an anaphor
    and a clause opening on its being built (``该工程投资9600万元，建成后…用工减少三分之一，单班产量提高到
    4000吨``): the works' forecast, no statistic; a place's whole after it (``全县…``) keeps its own."""
    m = _ONE_WORKS_ONCE_DONE.search(text, max(s0, pos - 90), pos)
    return m is not None and _WHOLE_AFTER.search(text, m.end(), pos) is None
