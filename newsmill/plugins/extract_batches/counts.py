"""Counts of projects and the totals told with them."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_batches.events import (
    _event,
    _investment_of_others,
    _owned_by_next,
)
from newsmill.zh.cues import STAGE_RE, target_in
from newsmill.zh.figures import NUM, Figure, number
from newsmill.zh.recctx import CLAUSE_END, RecordContext, Span, place_name

_APPROX = r"(?:约|近|超|逾|共|达|计|达到|总计|合计|累计)?"


#: The first character of :data:`_APPROX` or of a number: a lookahead that lets the regex engine
#: skip every other position at once (it matches nothing more or less).
_NUMBER_AHEAD = r"(?=[约近超逾共达计总合累\d零〇一二两三四五六七八九十百千])"


#: The ``、`` between tiers of a list of projects (``省、市、县重点项目``): no list of items (not the
#: kinds of a county in brackets, ``10个县（市、区）观摩项目``).
_TIERS_APART = r"(?<=[省市县区])、(?=[省市县区](?:、[省市县区])*级?(?:重点|重大))"


#: Building permits issued (``核发建筑工程施工许可证``, ``办理施工许可``): each permit lets one works start.
PERMITS_ISSUED = (r"(?:核发|发放|颁发|办理|办结|发出)了?(?:房屋)?(?:建筑工程|建设工程|市政工程|工程)?"
                  r"施工许可(?:证|证书)?")


COUNT_PATTERNS = (
    # (``重点项目(任务)保持在20个以上``, ``项目数量稳定在35个``: a level kept; ``项目不少于6个``: a floor,
    # also each place's, ``两地新签约项目均不少于15个``;
    # ``新开工项目（3个，总投资23.5亿元）``: a list's head with its count in brackets)
    # (talks turned into signings, ``在谈项目转化签约12个``; kinds counted in turn by their event,
    # ``装备和材料项目分别签约11个和8个``: the first count here, the next in :func:`_kinds_in_turn`)
    re.compile(r"项目(?:建设|[(（][^()（）]{1,6}[)）]|招引|(?:转化|转为|分别)签约|分别(?:新开工|开工|竣工|投产)"
               r"|签约|开工|引进|储备|入库"
               r"|中已?(?:新开工|开复工|开工|竣工|投产|建成|落地))?"
               r"(?:数量|数)?(?:均|都|各)?(?:保持在|稳定在|维持在|不少于|不低于|至少|还有|尚有|仍有|突破"
               r"|共计|合计|总计"
               # (a running total then its verb: ``新开工项目累计达到40个以上``)
               r"|累计(?=达到|达)"
               r"|[(（](?=[^()（）\n]{0,20}[)）]))?" + _APPROX
               + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>个|项)(?:以上|左右)?"),
    # (tiers listed apart, ``52个省、市、县重点项目``; no second count on the way: in ``6个镇（街道）的
    # 21个项目`` the first counts the places holding the projects, the second the projects)
    re.compile(_NUMBER_AHEAD + _APPROX + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>个|项|批)(?!月)"
               r"(?:(?!\d+(?:余|多)?[个项])[^,，。;；、:：]|" + _TIERS_APART + r"){0,12}?项目"),
    # (routes of a tour are no works: ``推出3条精品旅游线路``; nor bus routes opened:
    # ``开通了至市区的3条公交线路``)
    re.compile(_NUMBER_AHEAD + _APPROX + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>条)[^,，。;；、]{0,6}?"
               r"(?:道路|公路|铁路|(?<!旅游)(?<!游览)(?<!公交)线路|管网|管道|干线)"),
    # a size class of projects, then how many are of it (``单个项目投资10亿元以上的有41个``,
    # ``其中投资10亿元以上的项目有3个``)
    re.compile(r"(?:项目[^,，。;；]{0,8}?|(?<![总])投资(?:额|规模)?在?)\d+(?:\.\d+)?[亿万]元(?:及)?以上的(?:项目)?(?:有|共有|共|达)"
               r"(?P<n>" + NUM + r")(?P<u>个|项)"),
    # a kind of projects and how many there are of it, the count closing its clause (``列入开工名单的
    # 产业项目有26个,总投资…``, ``“拿地即开工”的项目有16个``); not the parts of one (``该项目有3个车间``)
    re.compile(r"(?<![该此本])项目(?:共有|有)(?P<n>" + NUM + r")(?P<u>个|项)(?=[,，。;；]|$)"),
    # a further size class after one counted, its ``项目`` left out (``10亿元以上项目41个，50亿元以上7个``)
    re.compile(r"(?<=[,，、])(?:其中)?(?:投资)?\d+(?:\.\d+)?[亿万]元(?:及)?以上"
               r"(?P<n>" + NUM + r")(?P<u>个|项)(?=[,，。;；、]|$)"),
    # intents agreed, counted without ``项目`` (``达成合作意向11个``, ``签订投资意向协议5份``)
    re.compile(r"(?:达成|签订|签署)了?(?:合作|投资)?意向(?:协议|合同|书)?" + _APPROX
               + r"(?P<n>" + NUM + r")(?P<u>个|项|份)(?=[,，。;；、]|$)"),
    # building permits issued, one a works (``核发建筑工程施工许可证19个``, ``发放施工许可证共42张``)
    re.compile(PERMITS_ISSUED + _APPROX + r"(?P<n>" + NUM + r")(?P<u>个|张|件|份|本)(?=[,，。;；、]|$)"),
    # malls opened or built, each a works (``计划新开业商业综合体3个``, ``推动新建改造城市商业综合体4个``);
    # not those a place has (``全市共有商业综合体12个``)
    re.compile(r"(?:开业|新建|改造|建成|开工)[\u4e00-\u9fff]{0,3}?(?:商业综合体|城市综合体)" + _APPROX
               + r"(?P<n>" + NUM + r")(?P<u>个|座|家)(?=[,，。;；、]|$)"),
    # water works or bridges counted before their kind and the works done on them (``15座小型水库除险
    # 加固工程全部完工``, ``9座病险水闸已完成初步设计批复``): each a works; not a stock a place has
    # (``全市有中型水库12座``: the count after its noun)
    re.compile(_NUMBER_AHEAD + _APPROX + r"(?P<n>" + NUM + r")(?P<u>座)(?:[大中小]型|大中型|中小型|病险)?"
               r"(?:水库|水闸|泵站|山塘|危桥|桥梁)"
               r"(?=[^,，。;；]{0,8}?(?:除险加固|改造|改建|重建|工程|项目|完工|开工|竣工|批复))"),
    # plants counted before their kind and what they all reached (``某基地的两座数据中心完成竣工验收``,
    # ``3座储能电站同日并网``): each a works; not plants a place has (``全市有数据中心12座``)
    re.compile(_NUMBER_AHEAD + r"(?P<n>" + NUM + r")(?P<u>座)"
               r"(?:数据中心|变电站|储能电站|光伏电站|风电场|水厂|污水处理厂)"
               r"(?=(?:已经?|均已?|全部|同日|同时|先后)?(?:完成竣工验收|通过竣工验收|竣工|建成投产|建成投运"
               r"|投产|投运|并网|开工))"),
    # firms brought in counted in 家 with the sum they signed right after (``累计引进配套企业23家，签约
    # 总额148.6亿元``, ``新引进汽车零部件企业14家，总投资32.7亿元``): each firm a project signed; a count
    # of firms without such a sum is a statistic (``新引进企业12家``)
    re.compile(r"引进了?[\u4e00-\u9fff]{0,10}?企业" + _APPROX
               + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>家)"
               r"(?=[,，]\s*(?:签约总额|签约金额|签约资金|协议投资额?|计划总投资|总投资|投资总额)"
               r"(?:达到|约为|约|达|为|共计|合计|共|近|超过|超|逾)?\d)"),
    # key works counted by ``项`` after their tier, the count closing its clause (``全市安排省市重点工程
    # 186项，总投资…``, ``今年我市共有省级重点工程78项，…``)
    re.compile(r"(?:重点|重大)工程(?:共有|共|有)?" + _APPROX + r"(?P<n>" + NUM + r")(?P<u>项|个)"
               r"(?=[,，。;；]|$)"),
)


_COUNT_NEEDS = ("项目", "项目", "条", "项目", "项目", "元以上", "意向", "许可", "综合体", "座", "座", "企业",
                "工程")
"""A word each of :data:`COUNT_PATTERNS` requires (same order), to skip sentences it cannot match."""
_NUMERAL = r"[\d零〇一二两三四五六七八九十百千]"


_COUNT_GATES = (None,
                re.compile(_NUMERAL + r"[余多]?[个项批](?!月)(?:[^,，。;；、:：]|" + _TIERS_APART
                           + r"){0,12}?项目"),
                re.compile(_NUMERAL + r"[余多]?条[^,，。;；、]{0,6}?"
                           r"(?:道路|公路|铁路|(?<!旅游)(?<!游览)(?<!公交)线路|管网|管道|干线)"),
                None, None, None, None, None, None, None, None, None, None)


"""What each number-led pattern holds from its number's last character on (the unit and the words
after it): a search that opens on one set of characters (the regex engine skips every other
position at once) and skips the pattern, which tries every position, where it cannot match."""
_LEADING = frozenset("约近超逾共达到计总合累余多,.零〇一二两三四五六七八九十百千")


"""Every character a number-led count phrase may hold before its number's last character (the
words of :data:`_APPROX` and the numerals; digits are tested apart): no match starts before the
run of them that ends where the pattern's gate first matched."""
TOTAL_CUES = re.compile(r"(总投资额?|投资总额|投资额|计划投资|投资规模|投资|签约资金|签约金额|签约总额"
                        r"|签约额|引资额|协议额|协议金额|协议资金|合同金额|计划引资总额|计划引资|引资总额|引资|总额|资金|金额|揽金)"
                        r"(?:达到|约为|约|达|为|共计|合计|共|近|超过|超|逾)?"
                        # a sum restated in yuan (``协议投资额折合人民币86.5亿元``, ``总投资约合人民币…``)
                        r"(?:(?:折合|约合|合计折合)(?:人民币)?|人民币)?$")


#: A range of amounts that differ from member to member (``5亿至8亿元不等``, ``3000万—1亿元不等``).
UNEVEN_RANGE = re.compile(r"\s*(?:至|到|—|－|-|~|～)\s*[^,，。;；]{1,12}?不等")


#: The sum after such a range (``合计超过50亿元``, ``总计约40亿元``).
SUM_CUE = re.compile(r"(?:合计|总计|共计|累计|总额|总投资)(?:达到|约为|约|达|为|共|近|超过|超|逾)?$")


#: A ranking before a count (``排名靠后的3个项目``, ``排名前5位的``): the top or last of a ranking;
#: or the projects a progress report singles out as ahead or behind (``对进度滞后的3个项目亮黄牌``).
_RANKED = re.compile(r"(?:排名|排位|位列|得分)(?:靠后|靠前|末位|前列|后|前|最后|倒数)的?$"
                     r"|(?:进度|推进|进展)(?:严重|明显|相对)?(?:滞后|缓慢|靠后|靠前|较快|较慢|领先|落后)的?$")


#: Projects turned down before their count (``已婉拒不达标项目6个``, ``否决…项目3个``): none taken in.
_TURNED_DOWN = re.compile(r"(?:婉拒|拒绝|谢绝|劝退|否决|退回)[^,，。;；、\d]{0,10}$")


#: Units of a place's own organization counted (``2个单位因项目推进滞后…``): no projects counted.
_UNITS_COUNTED = re.compile(r"(?:单位|部门|责任单位|牵头单位)(?!项目)")
#: Rides, games or contests counted before ``项目`` (``20余个游乐项目``, ``12个体验项目``).
_RIDES_COUNTED = re.compile(r"(?:游乐|娱乐|体验|游玩|互动|竞技|比赛|参赛)项目$")
#: Tasks of a call for research right before ``项目`` (``发布“揭榜挂帅”项目12项``, ``8个攻关项目``):
#: problems posed to firms and labs, no works counted.
_CALLS_COUNTED = re.compile(r"(?:揭榜挂帅|揭榜|攻关|科研|课题)[”\"」』]?$")


#: A count as the subject of a forecast on the projects just named (``三个项目全部建成投产后，预计…``,
#: ``5个项目达产后``): those projects again, no batch.
_ONCE_BUILT = re.compile(r"(?:全部|均|都|陆续)?(?:建成投产|竣工投产|建成达产|建成投用|建成|投产|达产|投运)后")


#: A count of projects whose figures are then given one by one (``两个项目的总投资分别为7亿元和5亿元``):
#: the projects just told, each on its own, no batch.
def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` opens (after the last clause mark before it)."""
    return max(text.rfind(c, 0, at) for c in "，,。；;\n") + 1


#: After a count of projects, the part of them that went through an event, in one clause
#: (``32个项目中已开工27个``, ``其中已竣工5个``).
_WHOLE_OF_PART = re.compile(r"(?:中|之中|当中|里)(?:已经?|共|有)?[\u4e00-\u9fff]{0,6}?\d+(?:个|项)")
_EACH_GIVEN = re.compile(r"的?(?:计划)?(?:总投资|投资总额|投资额|投资|总金额|占地面积|用地)?分别")


#: The kinds of the projects counted, then their sum together (``3个工业项目分别为五金制品、食品机械和
#: 再生铝加工项目，总投资合计9.1亿元``): a batch with its total.
_KINDS_THEN_SUM = re.compile(r"分别为[^。；;，,\d]{2,40}[，,]"
                             r"(?:总投资|投资总额|协议投资额?|投资)?(?:合计|共计|总计)")


#: A count as the subject of how far its projects got against their plan (``十个项目均达到年初确定的
#: 形象进度``, ``8个项目全部完成年度计划``): the projects counted before, no batch of their own.
_ALL_ON_SCHEDULE = re.compile(r"(?:均|都|全部)(?:已经?)?(?:达到|完成|实现|超过)[^，,。；;]{0,10}?"
                              r"(?:形象进度|进度|目标|计划)")


#: A count of those that got through a step of paperwork (``已有6个完成项目备案``, ``4个办理了项目核准``):
#: projects counted before, their filing no event of a batch.
_PAPERWORK = re.compile(r"(?:已经|已|均已|均)?(?:完成|办理|办结|取得|通过)了?项目"
                        r"(?:备案|核准|审批|立项|用地手续|前期手续|手续)")


#: What a place does for the projects it counts (``为12个重点项目解决建设用地``, ``为3个项目现场颁发了施工
#: 许可证``): projects served, no batch of an event (credit given to them, ``为12个重点项目授信…``, stays
#: a count of the projects financed; so do projects whose filing was done, ``为37个项目办理了备案``).
_SERVED = re.compile(r"[\u4e00-\u9fff]{0,6}?项目(?:业主)?(?:现场|集中|一次性|及时|协调)?"
                     r"(?:颁发|发放|核发|解决|提供|兑现|争取|落实|化解|发证)")
#: Places counted before the projects they deal with (``8个园区和乡镇分别与项目方签订落地协议``).
_PLACES_DEALING = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:园区|乡镇|镇街|街道|县区|区县|县市区|部门|单位)"
                             r"(?:[和及、][\u4e00-\u9fff]{1,4}?)?(?:分别|共同|先后)?[与同]项目")


#: Fields counted before the projects they hold (``发布了三个方向的招商项目``, ``两大领域项目``).
_FIELDS_COUNTED = re.compile(r"(?:方向|领域|方面|类别|板块|门类|赛道)的?")


def _research_calls(text: str, m: re.Match[str], s0: int) -> bool:
    """True when the ``项目`` a count counts are tasks of a call for research (:data:`_CALLS_COUNTED`),
    named before the word whether the count comes first or last."""
    if text.startswith("项目", m.start()):
        return _CALLS_COUNTED.search(text, max(s0, m.start() - 8), m.start()) is not None
    if text.endswith("项目", m.start(), m.end()):
        return _CALLS_COUNTED.search(text, m.end("u"), m.end() - 2) is not None
    return False


#: What a facility can take in before a count (``建成后可同时承接中试项目30个``, ``可容纳30个项目``,
#: the kinds of projects named between, ``可孵化海洋药物和功能食品项目20个以上``): its capacity, no batch.
_HOSTS = re.compile(r"(?:可|能|能够)(?:同时)?(?:承接|容纳|孵化|接纳)[^,，。;；\d]{0,14}$")


#: After ``个``: a span of time counted (``两个季度``, ``3个月``, ``20个工作日``), no projects.
_SPAN_OF_TIME = re.compile(r"(?:季度|月|工作日|星期|小时|年头)")


#: The rest of a whole right before a count (``剩余2个项目``, ``其余的3个``, ``余下4个``).
_REST_BEFORE = re.compile(r"(?:剩余|其余|余下|尚余|剩下)(?:的)?$")
#: A part of the whole already counted earlier in the sentence (``已开工36个``, ``已有5个建成``).
_PART_DONE = re.compile(r"已(?:有)?[\u4e00-\u9fff]{0,6}?\d+个|\d+个[^，,。；;]{0,6}?已")


#: The rest told under way now, right after its count (``其余26个正在加快建设``, ``其余8个项目均在有序施工``),
#: not a goal still to reach (``剩余2个项目力争月底前开工``).
_REST_UNDER_WAY = re.compile(r"(?:项目|工程)?(?:正在|均在|都在|仍在)(?:加快|加紧|有序|全力|抓紧)?"
                             r"(?:建设|推进|施工)")


def _rest_of_share(text: str, s0: int, n0: int, end: int) -> bool:
    """True when the count at ``n0`` is the rest of a whole whose part done was counted before it in
    the sentence, with no sum in the sentence after it (``…中，已开工36个，剩余2个项目力争月底前开工``):
    the share still to go, no batch; the rest told with its own total (``其余6个项目…，总投资21.3亿元``)
    stays."""
    if not _REST_BEFORE.search(text, max(s0, n0 - 3), n0):
        return False
    if not _PART_DONE.search(text, s0, n0):
        return False
    if _REST_UNDER_WAY.match(text, end):
        return False  # 已竣工投产19个，其余26个正在加快建设: the rest under way now, a batch of its own
    stop = min((i for i in (text.find(c, end) for c in "。；;\n") if i >= 0), default=len(text))
    return text.find("元", end, stop) < 0


#: The rest of a batch opening a clause that lists it (``其余项目包括``, ``其余的项目有``).
_REST_LISTED = re.compile(r"(?:此次[\u4e00-\u9fff]{0,4}的)?(?:其余|剩余|余下|其他)(?:的)?(?:项目|工程)"
                          r"(?:包括|有|为|是|涉及|涵盖)")
#: Another few projects before the names they are (``另外两个项目为``, ``另有3个项目是``).
_OTHERS_NAMED = re.compile(r"(?:另外|另有|其余|还有)$")
_NAMED_AFTER = re.compile(r"(?:项目|工程)?(?:分别)?(?:为|是)")
#: A sum of the rest told as one (``总投资合计…``), not item by item (``总投资分别为…``).
_SUMMED_TOGETHER = re.compile(r"合计|共计|总计")


def _rest_itemized(text: str, s0: int, n0: int, end: int) -> bool:
    """True when the count at ``n0`` is the rest of a batch told item by item, with no sum of its own in
    its sentence: a kind of works counted inside a clause that opens on the rest (``其余项目包括3个乡村
    道路提升工程、…和4个村集体经济项目``), or the rest counted before the names it is (``另外两个项目为
    甲项目和乙项目``): no batch."""
    stop = min((i for i in (text.find(c, end) for c in "。；;\n") if i >= 0), default=len(text))
    if text.find("元", n0, stop) >= 0 and (not _OTHERS_NAMED.search(text, max(s0, n0 - 3), n0)
                                          or _SUMMED_TOGETHER.search(text, end, stop) is not None):
        return False  # (``另外3个项目分别为甲、乙和丙项目，总投资合计9.1亿元``: their own total, a batch)
    c0 = max(s0, 1 + max(text.rfind(c, s0, n0) for c in "，,。；;:："))
    if _REST_LISTED.match(text, c0) is not None:
        return True
    return _OTHERS_NAMED.search(text, max(s0, n0 - 3), n0) is not None \
        and _NAMED_AFTER.match(text, end) is not None


def _counts(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """``(start, end, number start, value)`` of each count phrase of a sentence."""
    text = ctx.text
    s0, s1 = sent.start, sent.end
    # every pattern needs one of its words (项目 or 条): most sentences have neither; each word
    # is looked up once
    present = tuple(text.find(word, s0, s1) >= 0 for word in _COUNT_WORDS)
    if True not in present:
        return []
    seen: list[tuple[int, int]] = []
    out: list[tuple[int, int, int, int]] = []
    rounds: list[int] = []
    for pat, needed, gate in zip(COUNT_PATTERNS, _COUNT_NEED_AT, _COUNT_GATES, strict=True):
        if not present[needed]:
            continue  # the pattern cannot match without this word
        lo = s0
        if gate is not None:
            g = gate.search(text, s0, s1)
            if g is None:
                continue  # nor without a number, its unit and the words after it
            lo = g.start()
            while lo > s0 and (text[lo - 1] in _LEADING or text[lo - 1].isdecimal()):
                lo -= 1
        for m in pat.finditer(text, lo, s1):
            value = _whole_number(m.group("n"))
            if value is None:
                continue
            n0 = m.start("n")
            if any(s <= n0 < e for s, e in seen) or text[n0 - 1:n0] in "“\"第":
                continue
            if pat is _ELIDED_CLASS and not _CLASS_COUNTED.search(text, s0, m.start()):
                continue  # a size class counted alone (``…，100亿元以上3个``): no class of projects before
            if m.group("u") == "项" and text[n0 - 1:n0] == "数" and not text[n0].isdecimal():
                continue  # ``按签约额、到位资金、开工项目数三项打分``: the measures listed, no batch
            if _RANKED.search(text, max(s0, n0 - 8), n0):
                continue  # ``排名靠后的3个项目``: the last of a ranking, no batch
            if text.startswith("项目", m.start()) \
                    and text.endswith("资产", max(s0, m.start() - 2), m.start()):
                continue  # ``具备发行条件的资产项目5个``: assets to be funded again (REITs), no works
            if _TURNED_DOWN.search(text, max(s0, n0 - 14), n0):
                continue  # ``已婉拒不达标项目6个``: projects turned down, no batch
            if m.group("u") == "个" and _UNITS_COUNTED.match(text, m.end("u")):
                continue  # ``2个单位因项目推进滞后进入黑榜``: units ranked, no batch
            if text.startswith("项目", m.end() - 2) and _RIDES_COUNTED.search(text, m.end("u"), m.end()):
                continue  # ``设有冰滑梯等20余个游乐项目``: rides and games, no works
            if _research_calls(text, m, s0):
                continue  # ``拿出“揭榜挂帅”项目8个``: tasks of a call for research, no works
            if _HOSTS.search(text, max(s0, min(m.start(), n0) - 22), min(m.start(), n0)):
                continue  # ``可同时承接中试项目30个``: what a facility can take in, no batch
            if _ONCE_BUILT.match(text, m.end()):
                continue  # ``三个项目全部建成投产后，预计…``: the projects just named, no batch
            if text.endswith("项目", m.start(), m.end()) and _EACH_GIVEN.match(text, m.end()) \
                    and not _KINDS_THEN_SUM.match(text, m.end()):
                continue  # ``两个项目的总投资分别为…``: the projects told before, each on its own
            if text.endswith("项目", m.start(), m.end()) and _WHOLE_OF_PART.match(text, m.end()) \
                    and STAGE_RE.search(text, _clause_start(text, m.start()), m.start()) is None:
                continue  # ``32个项目中已开工27个``: the whole the next count is part of, told before
                # (with its own event it is a batch: ``去年签约的56个项目中已开工51个``)
            if _ALL_ON_SCHEDULE.match(text, m.end()):
                continue  # ``十个项目均达到年初确定的形象进度``: the projects counted before, on schedule
            if m.group("u") == "个" and _PAPERWORK.match(text, m.end("u")):
                continue  # ``已有6个完成项目备案``: a step of paperwork, no batch
            if m.group("u") == "个" and _SPAN_OF_TIME.match(text, m.end("u")):
                continue  # ``连续两个季度无实质进展的项目``: a span of time, no batch
            if m.group("u") == "个" and _FIELDS_COUNTED.match(text, m.end("u")):
                continue  # ``三个方向的招商项目清单``: the fields the projects fall in, no batch
            if text.endswith("为", max(s0, n0 - 1), n0) and _SERVED.match(text, m.end("u")):
                continue  # ``为12个重点项目解决建设用地``: projects served, no batch of an event
            if m.group("u") == "个" and _PLACES_DEALING.match(text, m.end("u")):
                continue  # ``8个园区和乡镇分别与项目方签订落地协议``: places counted, no projects
            if _rest_of_share(text, s0, n0, m.end()):
                continue  # ``38个项目中，已开工36个，剩余2个项目力争…``: the rest of a whole, no batch
            if _rest_itemized(text, s0, n0, m.end()):
                continue  # ``其余项目包括3个甲工程、…``, ``另外两个项目为甲和乙``: the rest told by item
            seen.append((n0, m.end("u")))
            out.append((m.start(), m.end(), n0, value))
            if m.group("u") == "批":
                rounds.append(len(out) - 1)
    if rounds:
        out = [c for i, c in enumerate(out)
               if i not in rounds or not (_projects_counted_after(text, c, out) or _rounds_held(text, c))]
    return out


#: Ceremonies or campaigns a count in 批 numbers (``已举行2批重大项目集中开工活动``).
_CEREMONY = re.compile(r"活动|仪式")
#: The collective event alone after the count (``三批交通项目集中开工``), rounds only when the clause
#: holds them before the count (``全市已先后组织三批…``): ``某县共有3批项目集中开工`` counts batches.
_COLLECTIVE = re.compile(r"集中(?:开工|签约|竣工|投产)")
_HELD_BEFORE = re.compile(r"(?:组织|举行|举办|开展)(?:了)?$")


def _rounds_held(text: str, count: tuple[int, int, int, int]) -> bool:
    """True when a count in 批 counts ceremonies held in its clause (``今年已举行2批重大项目集中开工
    活动``, ``全市已先后组织三批交通项目集中开工``), or the rounds a plan splits the event into
    (``计划分四批组织重点项目集中开工``): rounds of the event, no batch of projects."""
    if text.endswith("分", max(0, count[2] - 1), count[2]):
        return True
    stop = CLAUSE_END.search(text, count[1])
    end = stop.start() if stop else len(text)
    if _CEREMONY.search(text, count[1], end) is not None:
        return True
    return _HELD_BEFORE.search(text, max(0, count[2] - 4), count[2]) is not None \
        and _COLLECTIVE.search(text, count[1], end) is not None


def _projects_counted_after(text: str, count: tuple[int, int, int, int],
                            counts: list[tuple[int, int, int, int]]) -> bool:
    """True when a count of projects follows a count in 批 in its clause (``分三批集中开工重大项目186个``):
    the 批 are rounds of the event, the projects the batch."""
    stop = CLAUSE_END.search(text, count[1])
    end = stop.start() if stop else len(text)
    return any(count[2] < n0 < end for _, _, n0, _ in counts)


def _whole_number(digits: str) -> int | None:
    """The value of a numeral when it is a whole number (``number(digits)`` without its fraction),
    else None; plain digits are read without a Decimal."""
    if digits.isdecimal():
        return int(digits)
    n = number(digits)
    if n is None or n != int(n):
        return None
    return int(n)


_COUNT_WORDS = tuple(dict.fromkeys(_COUNT_NEEDS))


_ELIDED_CLASS = COUNT_PATTERNS[5]


#: A size class of projects counted before (``10亿元以上项目41个``, ``亿元以上的项目12个``).
_CLASS_COUNTED = re.compile(r"元(?:及)?以上的?项目(?:有|共有|达)?" + NUM + r"(?:个|项)")


_COUNT_NEED_AT = tuple(_COUNT_WORDS.index(word) for word in _COUNT_NEEDS)


"""The place in :data:`_COUNT_WORDS` of the word each of :data:`COUNT_PATTERNS` needs."""
#: A further count of the same projects by their event, after a counted batch
#: (``签约亿元以上项目28个，开工22个，投产11个``, ``…，其中新开工31个、续建52个``, ``…，目前已开工98个``,
#: ``19个计划新开工项目已开工14个``:
#: the projects done of those counted as planned, right after them).
FOLLOW_ON = re.compile(r"(?:[，,、]|(?<=项目)(?=已))"
                       r"(?:其中|目前|现|\d{1,2}\s*[—\-－–~～至到]\s*\d{1,2}月(?:份)?"
                       r"|上半年|前三季度"
                       # (the day reached: ``，截至11月末开复工108个``, ``，截至目前已开工9个``)
                       # (and after a comma, ``，截至5月底，开工复工97个``; ``，已经落地开工9个``)
                       r"|截至(?:目前|\d{1,2}月(?:末|底)|\d{1,2}月\d{1,2}日)[，,]?)?"
                       # (the year's goal for those counted: ``预备项目36个，全年力争转化开工12个以上``)
                       r"(?:(?:全年|年内|今年)?(?:力争|争取|计划)(?:年内|全年|今年)?(?:转化|转为)?)?"
                       r"(?:已经|已)?(?:新开工|开工复工|开复工|落地开工|开工|竣工|完工|投产|签约|落地|建成|在建|续建"
                       # (two steps in one word, ``其中竣工投产27个``; works in preparation,
                       # ``开展前期工作5个``)
                       r"|开工建设|竣工投产|建成投产|建成投用|(?:开展)?前期工作)"
                       r"(?P<n>" + NUM + r")(?P<u>个|项)"
                       # the next part of a run by quarter or month, after a semicolon (``…签约项目9个，
                       # 合同引资31.2亿元；二季度签约15个，…``; ``；三季度现场签约14个``)
                       r"|[；;](?:第?[一二三四]季度|\d{1,2}月(?:份)?)(?:[^，,。；;]{0,16}[，,])?(?:现场|集中)?"
                       r"(?P<v2>新开工|开工|竣工|投产|签约|落地|建成)(?P<n2>" + NUM + r")(?P<u2>个|项)"
                       r"(?=[，,。；;])"
                       # the part of those counted that got further, the count first (``8个项目开工，
                       # 3个已经竣工``)
                       # (``42个项目中，已有37个开工建设``)
                       r"|(?<=项目)中[，,]?(?:目前|现)?已有(?P<n4>" + NUM + r")(?P<u4>个|项)"
                       r"(?=(?:已经|已)?(?:新开工|开工|竣工|投产|建成|落地|完成(?:工商)?注册|注册落户))"

                       # (the rest told under way now: ``，已竣工投产19个，其余26个正在加快建设``)
                       r"|[，,](?:其余|剩余|余下)(?P<n5>" + NUM + r")(?P<u5>个|项)"
                       r"(?=(?:项目|工程)?(?:正在|均在|都在|仍在)(?:加快|加紧|有序|全力|抓紧)?(?:建设|推进|施工))"
                       # (also opened by ``其中`` or after the part before: ``，其中1个已开工、2个正在开展
                       # 前期工作``; after an enumeration comma too: ``已有29个开工建设、11个建成投产``)
                       r"|(?:[，,](?:其中)?|、)(?P<n3>" + NUM + r")(?P<u3>个|项)(?:(?:已经|已|均已|也已)"
                       r"(?:新开工|开工|竣工|投产|建成|落地)"
                       # (two steps in one word need no 已: ``已有11个开工建设，4个建成投产``)
                       r"|建成投产|竣工投产|建成投用"
                       # (the part getting ready to start, ``，6个进入开工准备阶段``: planned)
                       r"|进入开工准备(?:阶段)?|(?:正在|正)开展前期工作)(?=[，,、。；;…]|$)")


#: Parts of a breakdown of projects counted with no word for them: by event, a sum right after
#: (``正式签约的有9个,金额…``, ``签订框架协议4个,金额…``), or a kind's share of those counted
#: (``开工的30个项目里,民生项目占了大半,共18个``).
_BREAKDOWN_PART = re.compile(
    r"(?:(?:正式|现场|集中|成功)?(?:签约|开工|竣工|投产|落地)的(?:有|共有)"
    r"|(?<![与和])(?:签订|签署)(?:框架|投资|合作|意向)?协议)"
    r"(?P<n>\d+|[两二三四五六七八九十]+)(?P<u>个)"
    r"(?=[,，](?:协议|签约|合同)?(?:金额|投资额|总投资|资金)(?:为|达|约|共|合计)?[\d一二三四五六七八九十两])"
    r"|项目占了?(?:一半|大半|大头|多数|半数|近半|[一二三四五六七八九]成)[,，](?:共|共有|计|达|有)"
    r"(?P<n2>\d+|[两二三四五六七八九十]+)(?P<u2>个)(?=[,，。;；]|$)"
    # (the parts by the paper signed, no verb: ``其中正式合同8个、框架协议4个``, ``…、投资意向书3个``)
    r"|(?:其中[,，]?|(?<=个)[、,，])(?:正式合同|框架协议|意向协议|投资协议|合作协议|(?:投资|合作)?意向书)(?:项目)?"
    r"(?P<n3>\d+|[两二三四五六七八九十]+)(?P<u3>个)(?=[、,，。;；]|$)")


#: What the projects of such a breakdown are first counted by (``全州共达成合作项目21个``, ``28个项目里``).
_PROJECTS_COUNTED = re.compile(r"项目\d+个|\d+个[^,，。;；\d]{0,8}?项目")


def _breakdown_counts(ctx: RecordContext, sent: Span, art: Span,
                      counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Counts of :data:`_BREAKDOWN_PART` of a sentence, when the article counted projects before."""
    text = ctx.text
    out = []
    for m in _BREAKDOWN_PART.finditer(text, sent.start, sent.end):
        g = next(k for k in ("n", "n2", "n3") if m.group(k))
        n = _whole_number(m.group(g))
        if n is None or any(c[0] <= m.start(g) < c[1] for c in counts):
            continue
        if _PROJECTS_COUNTED.search(text, art.start, m.start()) is None:
            continue  # no projects counted before: not the part of a breakdown of them
        start = m.start() if g == "n" else m.start() + (2 if g == "n2" else text[m.start()] in "、,，")
        out.append((start, m.end(), m.start(g), n))
    return out


def _follow_on_counts(ctx: RecordContext, sent: Span,
                      counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Counts of the same projects by event that follow a counted batch in its sentence."""
    text = ctx.text
    first = min(c[1] for c in counts)  # (after any count: 计划新开工项目21个，已开工15个；续建项目33个)
    out = []
    for m in FOLLOW_ON.finditer(text, first, sent.end):
        g = next(k for k in ("n", "n2", "n3", "n4", "n5") if m.group(k))
        n = _whole_number(m.group(g))
        if n is not None and not any(c[0] < m.end() and m.start() < c[1] for c in counts):
            start = m.start("v2") if g == "n2" else m.start() + (text[m.start()] in "，,、")
            out.append((start, m.end(), m.start(g), n))
    return out


#: The next counts of kinds of projects counted in turn by their event (``甲和乙项目分别签约11个和8个``).
_KINDS_IN_TURN = re.compile(r"项目分别(?:签约|新开工|开工|竣工|投产)(?:" + NUM + r")(?:个|项)"
                            r"(?P<rest>(?:(?:和|、|及|与)(?:" + NUM + r")(?:个|项))+)(?=[，,。；;]|$)")


def _kinds_in_turn(ctx: RecordContext, sent: Span,
                   counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The counts after the first of kinds of projects counted in turn by their event
    (``装备制造和新材料项目分别签约11个和8个``: 8 is a batch of its own, signed, as 11 is)."""
    text = ctx.text
    out = []
    for m in _KINDS_IN_TURN.finditer(text, sent.start, sent.end):
        for p in re.finditer(r"(?:和|、|及|与)(" + NUM + r")(?:个|项)", text[m.start("rest"):m.end("rest")]):
            n0 = m.start("rest") + p.start(1)
            n = _whole_number(p.group(1))
            if n is not None and not any(c[2] == n0 for c in counts):
                out.append((m.start("rest") + p.start(), m.start("rest") + p.end(), n0, n))
    return out


#: The part of a set counted by its own number that got to an event, the set told before
#: (``截至目前，26个签约项目中已有9个开工建设``, ``40个入库项目中有12个竣工``): a batch of the part.
_PART_OF_WHOLE = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)(?:个|项)[^，,。；;\d]{0,10}?项目中"
                            r"[，,]?(?:目前|现)?"
                            r"(?P<part>(?:已有|有)(?P<n>" + NUM + r")(?:个|项)(?:已经|已)?"
                            r"(?:开工建设|新开工|开工|竣工|投产|建成投产|建成|落地|完成(?:工商)?注册|注册落户))")


#: The signed projects whose firms registered, the whole left uncounted (``今年全区签约项目已有9个完成
#: 注册落户``): a batch of the part, landed.
_REGISTERED_PART = re.compile(r"签约项目(?:目前|现)?(?P<part>已有(?P<n>" + NUM + r")(?:个|项)(?:已经|已)?"
                              r"(?:完成(?:工商)?注册|注册落户))")


def _parts_of_whole(ctx: RecordContext, sent: Span,
                    counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Counts of :data:`_PART_OF_WHOLE` (or :data:`_REGISTERED_PART`) in a sentence not already among
    its counts."""
    text = ctx.text
    out = []
    found = list(_PART_OF_WHOLE.finditer(text, sent.start, sent.end))
    if text.find("注册", sent.start, sent.end) >= 0:
        found += _REGISTERED_PART.finditer(text, sent.start, sent.end)
    for m in found:
        n = _whole_number(m.group("n"))
        if n is not None and not any(c[0] < m.end() and m.start("part") < c[1] for c in counts):
            out.append((m.start("part"), m.end(), m.start("n"), n))
    return out


#: A sentence opening on a set of projects told before, then counting its parts by event
#: (``我市入选项目中，新开工5个、续建4个、竣工2个``).
_SET_OPENING = re.compile(r"[^，,。；;]{0,12}项目中(?=[，,])")


def _set_parts(ctx: RecordContext, sent: Span, art: Span) -> list[tuple[int, int, int, int]]:
    """Counts by event of the parts of a set of projects a sentence opens on, when the article
    counted projects before (``…项目320个。我市入选项目中，新开工5个、续建4个``)."""
    text = ctx.text
    m = _SET_OPENING.match(text, sent.start, sent.end)
    if m is None or _PROJECTS_COUNTED.search(text, art.start, sent.start) is None:
        return _parts_of_carried_out(ctx, sent)
    return _follow_on_counts(ctx, sent, [(m.start(), m.end(), m.start(), 0)])


#: A sentence's first clause naming the projects a place carried out in a time, left uncounted
#: (``去年某县实施的县级重点项目中``, ``全年推进的省市重点项目中``), before their parts by event.
_CARRIED_OUT_SET = re.compile(r"[^，,。；;]{0,16}?(?:实施|推进|安排)的[^，,。；;的]{0,10}?项目中(?=[，,])")


def _parts_of_carried_out(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """Two or more parts by event of the projects a place carried out, the whole never counted
    (``去年某县实施的县级重点项目中，已竣工9个、在建15个``): a batch each, as the parts of a set
    counted before are (:func:`_set_parts`); one part alone is none."""
    text = ctx.text
    c1 = min((i for i in (text.find(c, sent.start, sent.end) for c in "，,") if i >= 0), default=-1)
    if c1 < 0:
        return []
    m = _CARRIED_OUT_SET.search(text, sent.start, c1 + 1)
    if m is None or m.end() != c1:
        return []
    parts = _follow_on_counts(ctx, sent, [(m.start(), m.end(), m.start(), 0)])
    return parts if len(parts) >= 2 else []


#: A sentence opening on the day reached (or ``目前``, ``其中``), then counting by event with no word
#: for the projects (``截至5月底，开工复工97个``, ``目前已开工9个``): the projects counted in the
#: sentence before.
_LATER_PARTS = re.compile(r"(?:截至(?:目前|\d{1,2}月(?:末|底|份)?|\d{1,2}月\d{1,2}日|年底|上半年末)[，,]?"
                          r"|目前[，,]?|其中[，,]?)"
                          r"(?:已经|已)?(?:新开工|开工复工|开复工|开工|竣工|完工|投产|签约|落地|建成)"
                          r"(?P<n>" + NUM + r")(?P<u>个|项)(?=[,，。;；]|$)")


def _later_parts(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """Counts by event of a sentence opening on :data:`_LATER_PARTS`, told right after a sentence
    that counted projects (``安排县级重点项目126个…。截至5月底，开工复工97个``): the part of those
    projects that got so far, a batch of its own; more parts may follow (``，竣工12个``)."""
    text = ctx.text
    m = _LATER_PARTS.match(text, sent.start, sent.end)
    n = _whole_number(m.group("n")) if m is not None else None
    if m is None or n is None:
        return []
    first = [(m.start(), m.end(), m.start("n"), n)]
    return first + _follow_on_counts(ctx, sent, first)


#: Two or more members counted after the whole, in one clause (``…项目共计214个，其中省列重大项目37个、
#: 市列重大项目177个``), then the spending of them all (``，累计完成投资468.3亿元``).
_MEMBERS_LISTED = re.compile(r"[,，]其中[^,，。;；]{2,30}?[个项]、[^,，。;；]{2,30}?[个项]"
                             r"(?=[,，](?:累计|共计|共)?完成(?:年度)?投资)")


#: The spending done so far right before a sum (``累计完成投资``, ``完成年度投资``).
_DONE_SPENDING = re.compile(r"完成(?:年度)?投资(?:达到|达|为)?$")


_SPENT_BY_ALL = re.compile(r"[,，](?:累计|共计|共)?完成(?:年度)?投资(?:达到|达|为)?")


def _members_spending(ctx: RecordContext, start: int, end: int,
                      counts: list[tuple[int, int, int, int]]) -> Figure | None | bool:
    """The spending after a whole's members counted in one clause: the whole's total (the figure) for
    the whole, none for a member (``False``); ``None`` when the count is neither."""
    text = ctx.text
    m = _MEMBERS_LISTED.match(text, end)
    if m is not None:
        spent = _SPENT_BY_ALL.match(text, m.end())
        found = ctx.figures_in(spent.end(), spent.end() + 16, "money") if spent else []
        return found[0] if found and found[0].start == spent.end() else None
    for c in counts:
        if c[1] <= start and (m := _MEMBERS_LISTED.match(text, c[1])) is not None and end <= m.end():
            return False
    return None


def _total(ctx: RecordContext, sent: Span, start: int, end: int,
           counts: list[tuple[int, int, int, int]]) -> Figure | None:
    """The group total of a count phrase: a money figure right after (or just before, ``…的N个``)."""
    text = ctx.text
    if text.startswith("之一", end):
        return None  # "one of N projects": the sentence is about one of them, not the group
    if "其中" in text[end:end + 3] or text.find("其中", sent.start, start) >= 0:
        members = _members_spending(ctx, start, end, counts)
        if members is not None:
            return members or None  # the spending of the whole, not of its last member
    earlier = [c[1] for c in counts if c[1] <= start]
    if earlier and text.startswith("、", earlier[-1]) and _SPENT_BY_ALL.match(text, end) \
            and _CARRIED_OUT_SET.search(text, sent.start, start):
        return None  # 实施的重点项目中，已竣工9个、在建15个，完成投资…: the spending of them all
    floor = max([sent.start, start - 30, *earlier])
    before = ctx.figures_in(floor, start + 1, "money")
    if before:
        f = before[-1]
        between = text[f.end:start]
        cue = text[max(floor, f.start - 10):f.start]
        if len(between) <= 4 and "的" in between and TOTAL_CUES.search(cue) \
                and not (f.qualifier in ("more_than", "at_least") and "总" not in cue) \
                and text.find("以上", f.start, start) < 0:
            return f  # (``投资超10亿元的项目11个``, ``总投资10亿元以上的项目9个``: a size class, no total)
        if TOTAL_CUES.search(cue) and LIST_AFTER_TOTAL.fullmatch(between):
            return f  # ``计划总投资36亿元，推进甲、乙等12个项目``: the sum of the list that follows
    later = [c[0] for c in counts if c[0] > end]
    if _PARTS_NEXT.match(text, end):
        return None  # ``4个产业项目中,投资最多的是甲项目,投资7.8亿元``: a member's amount, no total
    if text.startswith("\n", end) and (line := _TOTAL_LINE.match(text, end)) is not None:
        # 全市实施重大项目268个 ⏎ 总投资1520亿元: an infographic's count, its total on the next line
        found = ctx.figures_in(line.start(1), line.end(), "money")
        return found[0] if found and found[0].start == line.start(1) else None
    stop = min([sent.end, end + 40, *later])
    each = -1  # end of a range of the members' own amounts (``5亿至8亿元不等``)
    for f in ctx.figures_in(end, stop, "money"):
        if f.start < each:
            continue
        if UNEVEN_RANGE.match(text, f.end):
            each = UNEVEN_RANGE.match(text, f.end).end()
            continue  # what each project invests; a sum may follow (``合计超过50亿元``)
        if each >= 0:
            if SUM_CUE.search(text[max(end, f.start - 8):f.start]):
                return f
            break
        goal = NEW_GOAL.search(text, end, f.start)
        if goal is not None and not (goal.group().endswith("全年") and YEAR_DONE.match(text, goal.end())
                                     and target_in(text[sent.start:f.start]) is None):
            break  # ``…13个配套项目,力争完成总投资100亿元``: a goal of its own, not the group's total
        if MEMBER_AFTER.search(text, end, f.start):
            break  # ``N个项目开工,其中甲项目…总投资X``: the amount of the member singled out
        if (text.find("；", end, f.start) >= 0 or text.find(";", end, f.start) >= 0
                or _DONE_SPENDING.search(text, max(end, f.start - 8), f.start)) \
                and ctx.figures_in(end, f.start, "percent"):
            break  # ``已开复工305个，开复工率95.9%；完成投资412.3亿元``: a rate, then a statistic of its own
            # (also after a comma: ``已开工27个，开工率84.4%，累计完成投资29.6亿元``)
        cue = text[max(end, f.start - 10):f.start]
        if FINANCED_CUE.search(cue) or ("总投资" not in cue and _fund_invests(text, sent.start, start)):
            continue  # ``…获得金融工具支持，基金投放金额21.4亿元，带动项目总投资286亿元``, ``某引导基金…
            # 已投资项目8个，投资金额4.6亿元``: money lent or a fund's stakes, no investment of the
            # projects; their total may follow
        if TOTAL_CUES.search(cue) and not _owned_by_next(text, f, stop) \
                and not _OF_A_NAME.match(text, f.end) and not TRADE_OR_SALES_CUE.search(cue) \
                and not (cue.find("到位") >= 0 and FUNDS_ARRIVED.search(cue)) \
                and not _investment_of_others(text, cue, start, end):
            return f
        break
    return None


#: A clause of works listed after a sum and closed by ``等`` (``，推进甲、乙等``): the sum is theirs;
#: also with the programme's kind after ``等`` (``统筹帮扶资金…，实施甲、乙等协作项目42个``), or with
#: that kind alone (``投入东西部协作帮扶资金1.36亿元，实施协作项目71个``).
LIST_AFTER_TOTAL = re.compile(r"[,，](?:重点|加快|全力|全面|扎实|持续)?"
                              r"(?:推进|实施|建设|开工建设|谋划|储备|推动)(?:[^,，。;；:：\d]{2,40}?等"
                              r"(?:协作|帮扶|援建|衔接资金|以工代赈)?|(?:协作|帮扶|援建|衔接资金|以工代赈))")


#: An infographic's line giving only the total of the count on the line above (``⏎总投资1520亿元⏎``).
_TOTAL_LINE = re.compile(r"\n(?:计划)?总投资(?:约|近|超)?(\d+(?:\.\d+)?[万亿]元)(?=\n|$)")


#: A trade or sales figure right before an amount (``实现外贸进出口总额``, ``跨境电商交易额达``,
#: ``营业收入``): a statistic of the place, not the total of the projects just counted.
TRADE_OR_SALES_CUE = re.compile(r"(?:进出口|出口|进口|贸易|交易|销售|营业)(?:总额|总值|额|值|收入)"
                                r"(?:达到|达|为|共)?$")


#: Money lent, allocated or put in by a fund, right before a figure after a count
#: (``基金投放金额``, ``授信``, ``发放贷款``, ``放款``, ``专项债券资金``, ``出资``, ``融资金额``): no total
#: investment.
FINANCED_CUE = re.compile(r"(?:投放|授信|贷款|放款|债券|债资金|基金|出资|注资|融资)[^,，。;；\d]{0,6}$")
#: A fund as the subject of the sentence (``引导基金``, ``产业基金``, ``母基金``).
_FUND_SUBJECT = re.compile(r"基金")
#: The fund's verb right before the projects counted (``已投资项目8个``, ``累计投放项目``, ``支持项目``).
_FUND_VERB_BEFORE = re.compile(r"(?:投资|投放|参股|支持)(?:了)?(?:[\u4e00-\u9fff]{0,4})?$")


def _fund_invests(text: str, floor: int, start: int) -> bool:
    """True when the projects counted at ``start`` are those a fund named before them in the
    sentence put money in (``某引导基金…已投资项目8个``): the sums after are the fund's stakes."""
    return _FUND_SUBJECT.search(text, floor, start) is not None \
        and _FUND_VERB_BEFORE.search(text, max(floor, start - 8), start) is not None


#: ``到位省外资金126.3亿元``: money that arrived in the period (or is to arrive, in a goal), a
#: statistic of its own, not what the projects just counted invest; so is the investment in place of
#: firms a region brought to land (``引导24家企业到两县投资兴业，实际到位投资11.8亿元``).
FUNDS_ARRIVED = re.compile(r"(?:实际)?到位[^,，。;；]{0,6}(?:资金|投资)(?:达到|达|为|共)?$")


NEW_GOAL = re.compile(r"[,，;；](?:力争|确保|争取|全年)")


#: After ``，全年``: the year's spending done (``实施重点项目46个，全年完成投资158.2亿元``), the group's
#: total in a sentence with no plan word (with one, ``全年完成投资…`` is a goal of its own).
YEAR_DONE = re.compile(r"(?:累计|共|共计)?完成(?:年度)?投资")


MEMBER_AFTER = re.compile(r"[,，;；:：]其中")


#: After a sum, ``的`` and a project's name (``…项目15个，推动总投资12.6亿元的甲产业园一期项目建成投产``):
#: the amount of that project, not the total of the projects counted before.
_OF_A_NAME = re.compile(r"(?:以上|左右)?的(?![^,，。;；]{0,3}?" + NUM + r"(?:个|项|批))"
                        r"[^,，。;；、等]{2,40}?(?:项目|工程|产业园|基地|中心)")


#: What closes a count of projects opening a breakdown of them (``4个产业项目中,``, ``开工的28个项目里,``).
_PARTS_NEXT = re.compile(r"(?:[^,，。;；\d]{0,10}?项目)?(?:中|里|当中)[,，]")


#: Counts of projects given in turn to places named before (``两县新开工项目分别为19个和15个``).
_COUNTS_IN_TURN = re.compile(r"(?P<k>[两二三四五六七八九十])(?:个)?(?:县区|区县|市县|县市|县|区|市|地)"
                             r"[^，,。；;]{0,12}?项目分别(?:为|是|有|达到|达)?"
                             r"(?P<ns>\d+个(?:(?:和|、|及|与)\d+个)+)")


#: Their totals in the same turn (``，总投资分别达X、Y``).
_TOTALS_IN_TURN = re.compile(r"[,，]\s*(?:计划)?(?:总投资|签约金额|签约资金|协议投资额|协议金额|投资额)"
                             r"分别(?:为|是|达到|达)?")


_JOINS_IN_TURN = re.compile(r"\s*(?:、|和|及|与)\s*")


#: The class counted in turn right after a list of places (``甲市、乙市、丙县开工项目分别为14个、9个、7个``),
#: maybe after a word that they lead (``甲县、乙县入选项目较多，分别为9个和6个``).
_CLASS_IN_TURN = re.compile(r"[^，,。；;、\d]{0,12}?项目(?:数|个数)?(?:较多|最多|居前|领先)?[，,]?"
                            r"分别(?:为|是|有|达到|达)?"
                            r"(?P<ns>\d+个(?:(?:和|、|及|与)\d+个)+)")


def _listed_then_counted(ctx: RecordContext, sent: Span) -> tuple[re.Match[str] | None, list[Any]]:
    """A run of places joined by ``、``/``和`` and right after it the projects they counted in turn,
    as many counts as places: the match of the counts and the places."""
    text = ctx.text
    run: list[Any] = []
    for p in ctx.mentions_in("places", sent.start, sent.end):
        if not isinstance(p.value, dict):
            continue
        if run and not _JOINS_IN_TURN.fullmatch(text, run[-1].end, p.start):
            run = []
        run.append(p)
        m = _CLASS_IN_TURN.match(text, p.end)
        if m is not None and len(run) >= 2:
            n = len(re.findall(r"\d+个", m.group("ns")))
            return (m, run[-n:]) if len(run) >= n else (None, [])
    return None, []


def _counted_in_turn(ctx: RecordContext, sent: Span, art: Span) -> list[Record]:
    """Batches of places named before, counted in turn (``两县新开工项目分别为19个和15个，总投资分别达
    X、Y``): one per place of the last list of as many places earlier in the article
    (``甲县和乙县分别完成…``), in order, with its total when the totals follow in the same turn."""
    text = ctx.text
    m = _COUNTS_IN_TURN.search(text, sent.start, sent.end)
    if m is None:
        m, places = _listed_then_counted(ctx, sent)
        if m is None:
            return []
        values = [int(n) for n in re.findall(r"\d+", m.group("ns"))]
    else:
        k = _whole_number(m.group("k"))
        values = [int(n) for n in re.findall(r"\d+", m.group("ns"))]
        if k is None or k != len(values):
            return []
        places = []
        run: list[Any] = []
        for p in ctx.mentions_in("places", art.start, m.start()):
            if run and not _JOINS_IN_TURN.fullmatch(text, run[-1].end, p.start):
                run = []
            run.append(p)
            if len(run) == k:
                places = list(run)
        if len(places) != k:
            return []
    k = len(values)
    totals: list[Figure] = []
    t = _TOTALS_IN_TURN.match(text, m.end())
    if t is not None:
        for f in ctx.figures_in(t.end(), sent.end, "money"):
            if (not totals and f.start != t.end()) \
                    or (totals and not _JOINS_IN_TURN.fullmatch(text, totals[-1].end, f.start)):
                break
            totals.append(f)
        if len(totals) != k:
            totals = []
    event, e0, e1 = _event(ctx, sent, m.start(), m.end())
    status, cue = ctx.status(sent, m.end())
    hi = totals[-1].end if totals else m.end()
    out = []
    spots = [c.start() for c in re.finditer(r"\d+", m.group("ns"))]
    for i, (place, n) in enumerate(zip(places, values, strict=True)):
        r = Record("batch", article=sent.article)
        n0 = m.start("ns") + spots[i]
        r.set("count", n, ctx.evidence(n0, n0 + len(str(n)) + 1))
        if totals:
            r.set("total_cny", int(totals[i].value), ctx.evidence(totals[i].start, totals[i].end))
        else:
            r.set("total_cny", None)
        r.set("event", event, *([ctx.evidence(e0, e1)] if event else []))
        r.set("status", status, ctx.evidence(*cue) if cue else ctx.evidence(m.start(), m.end()))
        r.set("region", place_name(place), ctx.evidence(place.start, place.end))
        r.evidence = [ctx.evidence(m.start(), hi)]
        out.append(r)
    return out


#: Malls built or renewed, counted (``新建改造城市商业综合体4个``): works under way, though no cue of a
#: stage is told.
_MALLS_BUILT = re.compile(r"(?:新建|改造)[\u4e00-\u9fff]{0,3}?(?:商业综合体|城市综合体)")


def malls_built(text: str, start: int, end: int) -> bool:
    """True when the count phrase ``start``–``end`` counts malls built or renewed (:data:`_MALLS_BUILT`)."""
    return _MALLS_BUILT.search(text, start, end) is not None
