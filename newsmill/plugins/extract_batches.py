"""Extractor ``extract-batches``: groups of projects announced together.

A batch is a count of projects (``签约项目79个``, ``新开工12个项目``,
``15条骨干道路``) with, when the sentence gives it, the group's total
(``总投资584.4亿元``, ``签约资金285.6亿元``, ``总投资75.6亿元的21个项目``).
Fields: ``region``, ``event`` (a stage), ``status``, ``count``,
``total_cny``; each with its evidence.  Runs before ``extract-projects`` so
projects listed under a batch can link to it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Record
from newsmill.zh.article_layout import is_box_figure_line
from newsmill.zh.cues import STAGE_CUES, STAGE_RE, WEAK_STAGES, target_in
from newsmill.zh.figures import NUM, Figure, number
from newsmill.zh.readable import readable
from newsmill.zh.recctx import CLAUSE_END, SCOPE_RE, RecordContext, Span, context_of, place_name

_APPROX = r"(?:约|近|超|逾|共|达|计|达到|总计|合计|累计)?"
#: The first character of :data:`_APPROX` or of a number: a lookahead that lets the regex engine
#: skip every other position at once (it matches nothing more or less).
_NUMBER_AHEAD = r"(?=[约近超逾共达计总合累\d零〇一二两三四五六七八九十百千])"
#: The ``、`` between tiers of a list of projects (``省、市、县重点项目``): no list of items (not the
#: kinds of a county in brackets, ``10个县（市、区）观摩项目``).
_TIERS_APART = r"(?<=[省市县区])、(?=[省市县区](?:、[省市县区])*级?(?:重点|重大))"
COUNT_PATTERNS = (
    # (``重点项目(任务)保持在20个以上``, ``项目数量稳定在35个``: a level kept; ``项目不少于6个``: a floor,
    # also each place's, ``两地新签约项目均不少于15个``;
    # ``新开工项目（3个，总投资23.5亿元）``: a list's head with its count in brackets)
    re.compile(r"项目(?:建设|[(（][^()（）]{1,6}[)）]|招引|签约|开工|引进|储备|入库"
               r"|中已?(?:新开工|开复工|开工|竣工|投产|建成|落地))?"
               r"(?:数量|数)?(?:均|都|各)?(?:保持在|稳定在|维持在|不少于|不低于|至少|还有|尚有|仍有|突破"
               r"|共计|合计|总计"
               r"|[(（](?=[^()（）\n]{0,20}[)）]))?" + _APPROX
               + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>个|项)(?:以上|左右)?"),
    # (tiers listed apart, ``52个省、市、县重点项目``)
    re.compile(_NUMBER_AHEAD + _APPROX + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>个|项|批)(?!月)"
               r"(?:[^,，。;；、:：]|" + _TIERS_APART + r"){0,12}?项目"),
    # (routes of a tour are no works: ``推出3条精品旅游线路``)
    re.compile(_NUMBER_AHEAD + _APPROX + r"(?P<n>" + NUM + r")(?:余|多)?(?P<u>条)[^,，。;；、]{0,6}?"
               r"(?:道路|公路|铁路|(?<!旅游)(?<!游览)线路|管网|管道|干线)"),
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
)
_COUNT_NEEDS = ("项目", "项目", "条", "项目", "项目", "元以上", "意向")
"""A word each of :data:`COUNT_PATTERNS` requires (same order), to skip sentences it cannot match."""
_NUMERAL = r"[\d零〇一二两三四五六七八九十百千]"
_COUNT_GATES = (None,
                re.compile(_NUMERAL + r"[余多]?[个项批](?!月)(?:[^,，。;；、:：]|" + _TIERS_APART
                           + r"){0,12}?项目"),
                re.compile(_NUMERAL + r"[余多]?条[^,，。;；、]{0,6}?"
                           r"(?:道路|公路|铁路|(?<!旅游)(?<!游览)线路|管网|管道|干线)"),
                None, None, None, None)
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
CUE_WINDOW = 40
#: A size class of projects right before their count (``投资50亿元以上项目``, ``10亿元至50亿元项目``).
SIZE_CLASS = re.compile(r"\d+(?:\.\d+)?[亿万]元(?:以上|及以上|至\d+(?:\.\d+)?[亿万]元)的?项目$")
#: A range of amounts that differ from member to member (``5亿至8亿元不等``, ``3000万—1亿元不等``).
UNEVEN_RANGE = re.compile(r"\s*(?:至|到|—|－|-|~|～)\s*[^,，。;；]{1,12}?不等")
#: The sum after such a range (``合计超过50亿元``, ``总计约40亿元``).
SUM_CUE = re.compile(r"(?:合计|总计|共计|累计|总额|总投资)(?:达到|约为|约|达|为|共|近|超过|超|逾)?$")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Position in the extract stage (batches 100, projects 200, indicators 300)."""
    return {"extract": 100}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of this extractor."""
    return {"min_count": Option(int, 2, "Smallest number of projects that makes a batch.")}


#: A ranking before a count (``排名靠后的3个项目``, ``排名前5位的``): the top or last of a ranking;
#: or the projects a progress report singles out as ahead or behind (``对进度滞后的3个项目亮黄牌``).
_RANKED = re.compile(r"(?:排名|排位|位列|得分)(?:靠后|靠前|末位|前列|后|前|最后|倒数)的?$"
                     r"|(?:进度|推进|进展)(?:严重|明显|相对)?(?:滞后|缓慢|靠后|靠前|较快|较慢|领先|落后)的?$")
#: Projects turned down before their count (``已婉拒不达标项目6个``, ``否决…项目3个``): none taken in.
_TURNED_DOWN = re.compile(r"(?:婉拒|拒绝|谢绝|劝退|否决|退回)[^,，。;；、\d]{0,10}$")
#: Units of a place's own organization counted (``2个单位因项目推进滞后…``): no projects counted.
_UNITS_COUNTED = re.compile(r"(?:单位|部门|责任单位|牵头单位)(?!项目)")
#: A count as the subject of a forecast on the projects just named (``三个项目全部建成投产后，预计…``,
#: ``5个项目达产后``): those projects again, no batch.
_ONCE_BUILT = re.compile(r"(?:全部|均|都|陆续)?(?:建成投产|竣工投产|建成达产|建成投用|建成|投产|达产|投运)后")

#: A count as the subject of how far its projects got against their plan (``十个项目均达到年初确定的
#: 形象进度``, ``8个项目全部完成年度计划``): the projects counted before, no batch of their own.
_ALL_ON_SCHEDULE = re.compile(r"(?:均|都|全部)(?:已经?)?(?:达到|完成|实现|超过)[^，,。；;]{0,10}?"
                              r"(?:形象进度|进度|目标|计划)")

#: A count of those that got through a step of paperwork (``已有6个完成项目备案``, ``4个办理了项目核准``):
#: projects counted before, their filing no event of a batch.
_PAPERWORK = re.compile(r"(?:已经|已|均已|均)?(?:完成|办理|办结|取得|通过)了?项目"
                        r"(?:备案|核准|审批|立项|用地手续|前期手续|手续)")


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
            if _ONCE_BUILT.match(text, m.end()):
                continue  # ``三个项目全部建成投产后，预计…``: the projects just named, no batch
            if _ALL_ON_SCHEDULE.match(text, m.end()):
                continue  # ``十个项目均达到年初确定的形象进度``: the projects counted before, on schedule
            if m.group("u") == "个" and _PAPERWORK.match(text, m.end("u")):
                continue  # ``已有6个完成项目备案``: a step of paperwork, no batch
            seen.append((n0, m.end("u")))
            out.append((m.start(), m.end(), n0, value))
            if m.group("u") == "批":
                rounds.append(len(out) - 1)
    if rounds:
        out = [c for i, c in enumerate(out) if i not in rounds or not _projects_counted_after(text, c, out)]
    return out


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
                       r"|上半年|前三季度)?"
                       r"已?(?:新开工|开复工|开工|竣工|投产|签约|落地|建成|在建|续建|开工建设)"
                       r"(?P<n>" + NUM + r")(?P<u>个|项)"
                       # the next part of a run by quarter or month, after a semicolon (``…签约项目9个，
                       # 合同引资31.2亿元；二季度签约15个，…``; ``；三季度现场签约14个``)
                       r"|[；;](?:第?[一二三四]季度|\d{1,2}月(?:份)?)(?:[^，,。；;]{0,16}[，,])?(?:现场|集中)?"
                       r"(?P<v2>新开工|开工|竣工|投产|签约|落地|建成)(?P<n2>" + NUM + r")(?P<u2>个|项)"
                       r"(?=[，,。；;])"
                       # the part of those counted that got further, the count first (``8个项目开工，
                       # 3个已经竣工``)
                       # (``42个项目中，已有37个开工建设``)
                       r"|(?<=项目)中[，,]?已有(?P<n4>" + NUM + r")(?P<u4>个|项)"
                       r"(?=(?:已经|已)?(?:新开工|开工|竣工|投产|建成|落地))"
                       r"|[，,](?P<n3>" + NUM + r")(?P<u3>个|项)(?:已经|已|均已|也已)"
                       r"(?:新开工|开工|竣工|投产|建成|落地)(?=[，,。；;…]|$)")

#: Parts of a breakdown of projects counted with no word for them: by event, a sum right after
#: (``正式签约的有9个,金额…``, ``签订框架协议4个,金额…``), or a kind's share of those counted
#: (``开工的30个项目里,民生项目占了大半,共18个``).
_BREAKDOWN_PART = re.compile(
    r"(?:(?:正式|现场|集中|成功)?(?:签约|开工|竣工|投产|落地)的(?:有|共有)"
    r"|(?<![与和])(?:签订|签署)(?:框架|投资|合作|意向)?协议)"
    r"(?P<n>\d+|[两二三四五六七八九十]+)(?P<u>个)"
    r"(?=[,，](?:协议|签约|合同)?(?:金额|投资额|总投资|资金)(?:为|达|约|共|合计)?[\d一二三四五六七八九十两])"
    r"|项目占了?(?:一半|大半|多数|半数|近半|[一二三四五六七八九]成)[,，](?:共|共有|计|达|有)"
    r"(?P<n2>\d+|[两二三四五六七八九十]+)(?P<u2>个)(?=[,，。;；]|$)")
#: What the projects of such a breakdown are first counted by (``全州共达成合作项目21个``, ``28个项目里``).
_PROJECTS_COUNTED = re.compile(r"项目\d+个|\d+个[^,，。;；\d]{0,8}?项目")


def _breakdown_counts(ctx: RecordContext, sent: Span, art: Span,
                      counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Counts of :data:`_BREAKDOWN_PART` of a sentence, when the article counted projects before."""
    text = ctx.text
    out = []
    for m in _BREAKDOWN_PART.finditer(text, sent.start, sent.end):
        g = "n" if m.group("n") else "n2"
        n = _whole_number(m.group(g))
        if n is None or any(c[0] <= m.start(g) < c[1] for c in counts):
            continue
        if _PROJECTS_COUNTED.search(text, art.start, m.start()) is None:
            continue  # no projects counted before: not the part of a breakdown of them
        start = m.start() if g == "n" else m.start() + 2
        out.append((start, m.end(), m.start(g), n))
    return out


def _follow_on_counts(ctx: RecordContext, sent: Span,
                      counts: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Counts of the same projects by event that follow a counted batch in its sentence."""
    text = ctx.text
    first = min(c[1] for c in counts)  # (after any count: 计划新开工项目21个，已开工15个；续建项目33个)
    out = []
    for m in FOLLOW_ON.finditer(text, first, sent.end):
        g = next(k for k in ("n", "n2", "n3", "n4") if m.group(k))
        n = _whole_number(m.group(g))
        if n is not None and not any(c[0] < m.end() and m.start() < c[1] for c in counts):
            start = m.start("v2") if g == "n2" else m.start() + (text[m.start()] in "，,、")
            out.append((start, m.end(), m.start(g), n))
    return out


#: Two or more members counted after the whole, in one clause (``…项目共计214个，其中省列重大项目37个、
#: 市列重大项目177个``), then the spending of them all (``，累计完成投资468.3亿元``).
_MEMBERS_LISTED = re.compile(r"[,，]其中[^,，。;；]{2,30}?[个项]、[^,，。;；]{2,30}?[个项]"
                             r"(?=[,，](?:累计|共计|共)?完成(?:年度)?投资)")
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
    floor = max([sent.start, start - 30, *earlier])
    before = ctx.figures_in(floor, start + 1, "money")
    if before:
        f = before[-1]
        between = text[f.end:start]
        cue = text[max(floor, f.start - 10):f.start]
        if len(between) <= 4 and "的" in between and TOTAL_CUES.search(cue) \
                and not (f.qualifier in ("more_than", "at_least") and "总" not in cue):
            return f  # (``投资超10亿元的项目11个`` is a size class: no total)
        if TOTAL_CUES.search(cue) and LIST_AFTER_TOTAL.fullmatch(between):
            return f  # ``计划总投资36亿元，推进甲、乙等12个项目``: the sum of the list that follows
    later = [c[0] for c in counts if c[0] > end]
    if _PARTS_NEXT.match(text, end):
        return None  # ``4个产业项目中,投资最多的是甲项目,投资7.8亿元``: a member's amount, no total
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
        if (text.find("；", end, f.start) >= 0 or text.find(";", end, f.start) >= 0) \
                and ctx.figures_in(end, f.start, "percent"):
            break  # ``已开复工305个，开复工率95.9%；完成投资412.3亿元``: a rate, then a statistic of its own
        cue = text[max(end, f.start - 10):f.start]
        if TOTAL_CUES.search(cue) and not _owned_by_next(text, f, stop) \
                and not _OF_A_NAME.match(text, f.end) \
                and not (cue.find("到位") >= 0 and FUNDS_ARRIVED.search(cue)) \
                and not _investment_of_others(text, cue, start, end):
            return f
        break
    return None


#: A kind of investment of a whole economy (``完成工业投资86.5亿元``, ``技改投资``): a statistic of
#: its own, not what the projects just counted invest.
SECTOR_INVESTMENT = re.compile(r"(?:完成)?"
                               r"(?P<kind>工业|固定资产|技改|技术改造|民间|基础设施|制造业|房地产开发?|社会)投资"
                               r"(?:额)?(?:达到|达|为|共)?$")


def _investment_of_others(text: str, cue: str, start: int, end: int) -> bool:
    """True when ``cue`` names a kind of investment of a whole economy (:data:`SECTOR_INVESTMENT`)
    other than the upgrades of the projects counted in ``start``–``end``: ``实施技改项目20个,完成技改投资
    12亿元`` is what those upgrades spend; ``新开工工业项目14个,完成工业投资58亿元`` stays a statistic
    of its own, as every kind but upgrades does."""
    m = SECTOR_INVESTMENT.search(cue)
    if m is None:
        return False
    kind = m.group("kind")
    return not (kind in _UPGRADES and m.group().startswith("完成")
                and text.find(kind + "项目", max(0, start - 12), end) >= 0)


#: Upgrades of existing plants, whose investment is the sum of the upgrade projects.
_UPGRADES = ("技改", "技术改造")


#: A clause of works listed after a sum and closed by ``等`` (``，推进甲、乙等``): the sum is theirs.
LIST_AFTER_TOTAL = re.compile(r"[,，](?:重点|加快|全力|全面|扎实|持续)?"
                              r"(?:推进|实施|建设|开工建设|谋划|储备|推动)[^,，。;；:：\d]{2,40}?等")
#: ``到位省外资金126.3亿元``: money that arrived in the period (or is to arrive, in a goal), a
#: statistic of its own, not what the projects just counted invest.
FUNDS_ARRIVED = re.compile(r"(?:实际)?到位[^,，。;；]{0,6}资金(?:达到|达|为|共)?$")
#: ``仪式在某区举行``: where a ceremony is held, not the region of the projects.
VENUE = re.compile(r"在([^,，。;；在]{2,12}?|[^,，。;；在]{2,24}?现场)(?:隆重|正式)?(?:举行|召开|举办)")
#: ``在某高新区集中签约项目19个``: a zone where the signing is held, after a district's batch told
#: before it, is the venue; the batch stays the district's.
SIGNED_IN_ZONE = re.compile(r"在([^,，。;；在]{2,12}?(?:高新区|经开区|开发区|工业园区|产业园区|园区))"
                            r"(?:集中|现场|成功|正式)?签约")
#: The sum of agreements (``协议金额``, ``协议投资额``, ``签约金额``): what firms counted signed.
AGREED_SUM = re.compile(r"协议(?:投资)?(?:总)?金额|协议投资额|签约(?:总)?金额")
#: Places a group visits (``观摩团先后走进甲园区、乙景区``): stops on its way, no batch's region.
VISITED = re.compile(r"(?:走进|来到|深入|前往|走访|先后到)([^,，。;；]{2,30})")
#: ``湄潭县、仁怀市设分会场``, ``甲区、乙县同步设置分会场``, ``某区为主会场``: the places of a
#: ceremony's venues.
SUB_VENUES = re.compile(r"(?:^|(?<=[,，。；;\n]))([^,，。；;\n]{2,30}?)(?:分别)?(?:同步|同时)?"
                        r"(?:设置|设立|设|为)(?:分会场|主会场)")


#: Where a main or sub-venue is set (``某市分会场设在甲区``, ``分会场活动在乙县某镇举行``): a host, no
#: region of the batch.
VENUE_SET_IN = re.compile(r"(?:分会场|主会场)(?:活动)?(?:设在|设于|在)([^,，。；;\n]{2,20}?)"
                          r"(?=举行|[,，。；;])")


#: A road or line between two places (``甲至乙高速公路``, ``甲至乙铁路``): its ends are no region.
ROUTE = re.compile(r"([\u4e00-\u9fff]{2,6}?至[\u4e00-\u9fff]{2,6}?)(?:高速公路|高速|城际铁路|铁路|快速通道"
                   r"|公路|航道|输气管道|管道|城际)")


def _sub_venues(ctx: RecordContext, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the places listed as a ceremony's main or sub-venues in ``lo``–``hi``: they host
    the ceremony, the batch is the whole region's."""
    return [(m.start(1), m.end(1)) for m in SUB_VENUES.finditer(ctx.text, lo, hi)] \
        + [(m.start(1), m.end(1)) for m in VENUE_SET_IN.finditer(ctx.text, lo, hi)]


#: A region's own sub-venue (``某州分会场``, ``某市分会场当天…``) or fair held somewhere
#: (``某州招商引资推介会在甲市举行``): the region whose batch it shows.
_VENUE_OF = re.compile(r"(?:州|市|县|区)(?:分会场|[^,，。;；]{0,12}?(?:推介会|签约会|招商会|洽谈会)(?=在))")


def _venue_owner(ctx: RecordContext, lo: int, hi: int, venues: list[tuple[int, int]]) -> Any:
    """The last prefecture, city or county naming its own sub-venue in ``lo``–``hi`` (``某州分会场``),
    when no other region is named after it but in ``venues`` (hosts, units listed as some of a group)."""
    owner = None
    for m in _VENUE_OF.finditer(ctx.text, lo, hi):
        at = m.start() + 1  # the place's name ends with its kind, or right before it (``黔西南``州)
        owner = next((p for p in ctx.mentions_in("places", max(lo, at - 12), at)
                      if p.end in (at - 1, at) and isinstance(p.value, dict)
                      and p.value.get("level") in _REGION_LEVELS), owner)
    if owner is None:
        return None
    later = [p for p in ctx.mentions_in("places", owner.end, hi) if isinstance(p.value, dict)
             and p.value.get("level") in _REGION_LEVELS and not any(v0 <= p.start < v1 for v0, v1 in venues)
             and p.value.get("name") != owner.value.get("name") and not ctx.in_org(p.start)]
    return None if later else owner


def _lead_scope(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """A batch naming no place whose paragraph opened with a scope word (``我市组织开展…。观摩团…
    观摩项目20个``): the region that word names, when no place comes between."""
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    last = None
    for m in SCOPE_RE.finditer(ctx.text, para, sent.start):
        last = m
    if last is None:
        return None
    return ctx.scope_region(Span(last.start(), sent.end, sent.article), start, sent.article)


#: ``实施重点项目186个``: projects carried out, i.e. under way; ``…资金X亿元，支持项目11个``: projects
#: funded, i.e. under way; ``纳入市级重点项目42个``, ``确定县级重点项目64个``, ``列入市级以上重大项目43个``:
#: the works on a year's list of key projects.
CARRIED_OUT = re.compile(r"(?:实施|安排|支持|(?:纳入|列入|确定)(?=[^,，。;；:：]{0,8}?重[点大]))"
                         r"[^,，。;；:：]{0,14}$")
#: ``新批外资项目87个``, ``新批设立外商投资企业``: projects newly approved, i.e. agreed and signed.
NEWLY_APPROVED = re.compile(r"新批[^,，。;；:：]{0,14}$")
#: ``156个重点项目累计完成投资X``: projects spending money, i.e. under way.
INVESTING = re.compile(r"[^,，。;；:：]{0,12}?(?:累计)?完成(?:年度)?投资")

#: ``走访10个项目现场``, ``察看了6个重点项目``: the sites a tour visits, i.e. works under way.
SITES_VISITED = re.compile(r"(?:走访|察看|查看|踏看|观摩|巡查)了?$")

#: ``6个项目纳入省重点项目``: projects put on a list of key projects, i.e. the list's works under way.
LISTED = re.compile(r"(?:项目)?(?:成功|均|全部)?(?P<verb>纳入|列入|入选)"
                    r"[^,，。;；:：]{0,8}?重点(?:建设)?项目")

#: ``…等13个配套项目,力争完成总投资100亿元``: a goal for the projects just counted.
GROUP_GOAL = re.compile(r"(?:完成|实现)(?:年度)?(?:总投资|投资)(?:额)?(?:达到|达|为|超过|超)?$")
NEW_GOAL = re.compile(r"[,，;；](?:力争|确保|争取|全年)")
#: The year's planned spending (``年度计划完成投资``, ``年度计划投资``): of a group already summed up, a
#: part of its total, no batch of its own.
_YEAR_SHARE = re.compile(r"^(?:当年|年度|今年|年内)(?:计划)?(?:完成)?投资(?:额)?(?:达到|达|为)?$")
#: After ``，全年``: the year's spending done (``实施重点项目46个，全年完成投资158.2亿元``), the group's
#: total in a sentence with no plan word (with one, ``全年完成投资…`` is a goal of its own).
YEAR_DONE = re.compile(r"(?:累计|共|共计)?完成(?:年度)?投资")
#: A clause with a subject of its own, the projects of a whole region (``，全县重点项目完成投资X``):
#: a statistic of the region, not the goal of the projects the sentence counted.
REGION_CLASS = re.compile(r"全(?:省|市|州|县|区|镇|乡)[\u4e00-\u9fff]{0,8}项目")
MEMBER_AFTER = re.compile(r"[,，;；:：]其中")


#: After a sum, ``的`` and a project's name (``…项目15个，推动总投资12.6亿元的甲产业园一期项目建成投产``):
#: the amount of that project, not the total of the projects counted before.
_OF_A_NAME = re.compile(r"(?:以上|左右)?的(?![^,，。;；]{0,3}?" + NUM + r"(?:个|项|批))"
                        r"[^,，。;；、等]{2,40}?(?:项目|工程|产业园|基地|中心)")


def _owned_by_next(text: str, f: Figure, stop: int) -> bool:
    """True when a money figure is the total of a following ``…的N个项目`` phrase."""
    follow = r"(?:以上)?的[^,，。;；]{0,3}?" + NUM + r"(?:个|项|批)"
    return re.match(follow, text[f.end:f.end + 12]) is not None


#: A clause summing up what the sentence listed (``合计总投资…``, ``共计完成投资…``).
SUM_OPENING = re.compile(r"合计|共计|总计")


def _event(ctx: RecordContext, sent: Span, start: int, end: int,
           hi: int | None = None, c0: int | None = None) -> tuple[str | None, int, int]:
    """The stage cue of a batch: in its own clause (up to its total) first, else earlier in the sentence.
    ``c0``: the start of the clause holding ``start`` when already known."""
    text = ctx.text
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    c1 = max(ctx.clause_end(end, sent.end), hi or 0)
    best: tuple[int, str, int, int] | None = None
    prev_end = -1
    for m in STAGE_RE.finditer(text, max(sent.start, start - CUE_WINDOW), c1):
        cue = m.group()
        after = prev_end == m.start() and cue in ("签约", "引进", "招引") and text.startswith("项目", m.end())
        prev_end = m.end()
        if text.startswith("类", m.end()):
            continue  # ``基础设施建设类项目``: a class of projects, not an event
        if after:
            continue  # ``新开工签约项目21个``: signed projects, counted by the event right before
        if m.end() == start and text.startswith("项目中", start):
            continue  # ``已签约项目中开工14个``: the set counted from, the event follows 中
        in_clause = c0 <= m.start()
        dist = abs(m.start() - start)
        rank = (0 if in_clause else 2) + (1 if cue in WEAK_STAGES else 0)
        if m.start() >= end and text.find("、", end, m.start()) >= 0:
            rank += 4  # 加快建设甲等10个项目、竣工投产乙等11个项目: the next item's event, not this one's
        key = rank * 1000 + dist
        if best is None or key < best[0]:
            best = (key, STAGE_CUES[cue], m.start(), m.end())
    if best is None and c0 < start - CUE_WINDOW and text.startswith("等", start - 1):
        # ``成功签约甲…、乙…、丙…等项目7个``: a long list between the clause's event and the count
        last = None
        for m in STAGE_RE.finditer(text, c0, start - CUE_WINDOW):
            if not text.startswith("类", m.end()):
                last = m
        if last is not None:
            return STAGE_CUES[last.group()], last.start(), last.end()
    if best is None and SUM_OPENING.match(text, c0):
        # ``与甲、乙签订了A、B、C等投资协议，合计总投资…``: the sum of what the sentence listed, done
        # by the sentence's last event before it, however long the list
        last = None
        for m in STAGE_RE.finditer(text, sent.start, c0):
            if not text.startswith("类", m.end()):
                last = m
        if last is not None:
            return STAGE_CUES[last.group()], last.start(), last.end()
    if best is None and text.find("家", start, end) >= 0:
        m = AGREED_SUM.search(text, end, c1)
        if m is not None:  # 12家企业追加投资，增资扩产项目协议金额合计…: the firms' agreements, signed
            return "signed", m.start(), m.end()
    if best is None:
        m = CARRIED_OUT.search(text, max(c0, start - 16), start + 1)
        if m is not None:
            return "under_construction", m.start(), m.start() + 2
        m = INVESTING.match(text, end)
        if m is not None:
            return "under_construction", m.end() - 4, m.end()
        m = LISTED.match(text, end)
        if m is not None:
            return "under_construction", m.start("verb"), m.end("verb")
        # (``观摩项目20个``, the count after the word: no event told, set 8)
        visit = not text.startswith("项目", start)
        m = SITES_VISITED.search(text, max(c0, start - 3), start) if visit else None
        if m is not None:
            return "under_construction", m.start(), m.start() + 2
        if text.find("新批", max(c0, start - 16), start + 1) >= 0:
            m = NEWLY_APPROVED.search(text, max(c0, start - 16), start + 1)
            if m is not None:
                return "signed", m.start(), m.start() + 2
        return None, -1, -1
    return best[1], best[2], best[3]


def extract_batches(doc: Document, min_count: int = 2) -> list[Record]:
    """Batch records of a document (see the module docstring for the rules)."""
    ctx = context_of(doc)
    out: list[Record] = []
    text = ctx.text
    for art in ctx.article_spans():
        first = len(out)
        seen: set[tuple[Any, Any]] = set()
        sentences = ctx.sentences(art)
        for sent, money in zip(sentences, ctx.sentence_figures(sentences, "money"), strict=True):
            s0, s1 = sent.start, sent.end
            if text.startswith("#", s0):
                continue
            counts = _counts(ctx, sent)
            if text.find("个", s0, s1) >= 0 and (text.find("的有", s0, s1) >= 0
                                                 or text.find("协议", s0, s1) >= 0
                                                 or text.find("项目占", s0, s1) >= 0):
                if extra := _breakdown_counts(ctx, sent, art, counts):
                    counts = sorted(counts + extra)
            if counts:
                counts += _follow_on_counts(ctx, sent, counts)
                if money and text.find("家", s0, s1) >= 0:
                    counts = _firms_before(sent, counts, money, _firms_signed(ctx, sent)) + counts
            elif (money or text.find("签约落", s0, s1) >= 0) and text.find("家", s0, s1) >= 0:
                counts = _firms_signed(ctx, sent)
            parts: list[Record] = []
            for start, end, nstart, value in counts:
                if value < min_count and not (value == 1 and SIZE_CLASS.search(ctx.text, max(0, nstart - 24),
                                                                                   nstart)):
                    continue  # (one project of a size class of the batch is a count: 50亿元以上项目1个)
                if _refers_back(text, s0, nstart):
                    continue  # ``两个项目均计划2027年建成``: the projects just named, no batch of their own
                if _restated_in_box(text, s0, value, out[first:]):
                    continue  # a box of key figures restating a count of the story (``37个　新签约项目``)
                if text.find("未", end, s1) >= 0 and _NOT_DONE.match(text, end):
                    continue  # 尚有14个计划新开工项目未能按期开工: projects that missed the event
                r = _batch(ctx, sent, start, end, nstart, value, counts)
                parts.append(r)
                key = (r.get("count"), r.get("total_cny"))
                if r.get("total_cny") is not None and key in seen:
                    continue  # the same batch restated later in the article
                if r.get("total_cny") is None and _told_before(r, out[first:]):
                    continue  # 已投产项目11个…其中11个项目已经投产: the same batch told again
                if r.get("total_cny") is None and _WHOLE_OF_PARTS.match(text, nstart) \
                        and any(o.get("count") == value for o in out[first:]):
                    continue  # 68个重点项目中，已竣工9个、在建51个: the group told before, now in parts
                seen.add(key)
                out.append(r)
                if text.find("均", s0, nstart) >= 0:
                    out.extend(_each_of_two(ctx, sent, r, nstart))
            if len(parts) >= 2 and text.find("计", s0, s1) >= 0:
                out.extend(_summed(ctx, sent, parts))
            if not counts and text.find("投资", s0, s1) >= 0:
                out.extend(_named_list(ctx, sent))
            if not counts and text.find("分别", s0, s1) >= 0:
                out.extend(_counted_in_turn(ctx, sent, art))
            if money:
                out.extend(_total_only(ctx, sent, out, money))
        if text.find("  ", art.start, art.end) >= 0 or text.find("\t", art.start, art.end) >= 0:
            out.extend(_table_batches(ctx, art, out[first:]))
        _carry_region(out[first:])
        _paragraph_region(ctx, out[first:])
        _carry_event(ctx, out[first:])
        _carry_breakdown_event(ctx, out[first:])
        out.extend(_headline_batch(ctx, art, out[first:], min_count))
    return out


#: Projects told as not having made their event (``…项目未能按期开工``, ``…项目尚未签约``).
_NOT_DONE = re.compile(r"[^,，。;；]{0,8}?(?:未能|尚未|仍未|未)(?:按期|如期|按时|按计划|全部)?"
                       r"(?:开工|开复工|复工|签约|落地|竣工|投产|建成)")
#: What closes a count of projects opening a breakdown of them (``4个产业项目中,``, ``开工的28个项目里,``).
_PARTS_NEXT = re.compile(r"(?:[^,，。;；\d]{0,10}?项目)?(?:中|里|当中)[,，]")
#: A count of projects opening a breakdown of them (``68个重点项目中，``).
_WHOLE_OF_PARTS = re.compile(r"\d+个[^,，。;；\d]{0,10}?项目中[,，]")


def _told_before(r: Record, found: list[Record]) -> bool:
    """True when a batch of the article told before has the count, event and region of ``r``
    (which gives no total): the same projects named again."""
    return any(o.get("count") == r.get("count") and o.get("event") == r.get("event")
               and o.get("region") == r.get("region") and r.get("event") is not None for o in found)


#: A count opening its sentence, what it counts and a word for all of them (``两个项目均…``,
#: ``上述3个项目都…``): the projects just told of, taken up again.
_BACK_REFERENCE = re.compile(r"(?:这|这些|上述|以上|前述)?(?:\d+|[两二三四五六七八九十])个(?:项目|工程)"
                             r"(?:均|都|全部|各自)")


def _refers_back(text: str, s0: int, nstart: int) -> bool:
    """True when the count at ``nstart`` opens the sentence at ``s0`` and refers back to the
    projects told before it (``两个项目均计划2027年建成``)."""
    lead = text[s0:nstart]
    return lead in ("", "这", "这些", "上述", "以上", "前述") and _BACK_REFERENCE.match(text, s0) is not None


def _restated_in_box(text: str, at: int, value: int, found: list[Record]) -> bool:
    """True when the line at ``at`` is a line of a box of key figures (the figure, a gap, its
    label) whose count is that of a batch the story told before."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo:hi if hi >= 0 else len(text)]
    return is_box_figure_line(line) and any(r.get("count") == value for r in found)


#: A signing with firms and its sum, no count of projects (``与甲公司等3家企业集中签约，签约金额21.5亿元``,
#: ``与4家企业签订投资协议，签约总金额达30亿元``, ``…，协议投资额合计9.8亿元``): one project a firm,
#: the batch of the signing.
#: (also firms from a region, what they agreed on before the agreement and the sum they intend:
#: ``与省内外6家企业签订了算力合作协议，意向投资超过120亿元``)
_FIRMS_SIGNED = re.compile(r"与(?:[^，,。;；]{2,30}?等|(?:省|市|县|区|国|境)内外)?"
                           r"(?P<n>\d+|[两二三四五六七八九十]+)家"
                           r"(?:企业|公司|单位)"
                           r"(?:集中|正式|成功|现场)?(?:签约|签订|签署)(?:了)?"
                           r"(?:[\u4e00-\u9fff]{2,4}?(?=合作协议|投资协议))?(?:投资|合作|项目)?(?:协议|合同)?"
                           r"(?=[^。;；]{0,16}?(?:签约总?金额|签约资金|签约总额|协议投资额|协议总?金额|总投资"
                           r"|意向投资额?)"
                           r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms come to talk with the sum they intend to invest (``已有3家企业前来洽谈，意向投资额共计20亿元``):
#: one project a firm, a batch in talks.
_FIRMS_TALK = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家(?:企业|公司|客商)(?:前来|来此)?(?:洽谈|对接)"
                         r"(?=[^。;；]{0,12}?意向(?:投资额?|投资金额|金额)(?:共计|合计|约|达)?\d)")


#: Firms that signed and settled or that invest again, told as the subject, with the sum of their
#: agreements (``已有5家配套企业签约落户，协议投资额达21.4亿元``, ``3家企业相继签约入驻，签约金额12亿元``,
#: ``6家企业启动增资扩产，新增投资额32.8亿元``): one project a firm, a batch.
_FIRMS_SETTLED = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家[^，,。;；\d]{0,6}?(?:企业|公司)"
                            r"(?:今年|去年|已|先后|相继|陆续|成功)?(?:启动)?"
                            r"(?:签约落户|签约入驻|签约落地|签约进驻|增资扩产|追加投资)"
                            r"(?=[，,][^。;；]{0,6}?(?:签约总?金额|签约资金|协议投资额|协议总?金额|总投资|新增投资额?)"
                            r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms counted as those that settled (``其中,经龙头企业介绍落户的有5家``), the sum of their agreements
#: a clause or two later (``…,从接洽到签约平均不足50天,协议投资额合计28.6亿元``): one project a firm,
#: a batch signed. With no such sum the count is of firms, no batch.
_FIRMS_LANDED = re.compile(r"(?:落户|落地|签约|引进)的(?:企业|客商)?(?:就|已经?|共)?有"
                           r"(?P<n>\d+|[两二三四五六七八九十]+)家"
                           r"(?:企业)?(?=[，,][^。;；]{0,30}?(?:协议投资额|协议总?金额|签约总?金额|签约资金)"
                           r"(?:合计|共计|总计)?(?:约|达到|达|为|近|超过|超|逾)?[\d一二三四五六七八九十两])")


#: Firms that have signed and settled, told with no sum at the clause's end (``其中6家企业已签约落户。``,
#: ``已有4家企业签约落地；``): one project a firm, a batch with no sum. Firms moving into a building
#: (``签约入驻``) are tenants, no batch.
_FIRMS_SETTLED_BARE = re.compile(r"(?P<n>\d+|[两二三四五六七八九十]+)家[^，,。;；\d]{0,6}?(?:企业|公司)"
                                 r"(?:今年|去年)?(?:已|先后|相继|陆续|成功)"
                                 r"(?:签约落户|签约落地)(?=[。;；]|$)")
#: What a sentence of such firms holds before them when they are a share of a batch of projects.
_BARE_AFTER = re.compile(r"项目|[\d.]+(?:亿|万)?元")


def _firms_signed(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """The count of :data:`_FIRMS_SIGNED`, :data:`_FIRMS_TALK`, :data:`_FIRMS_SETTLED` or
    :data:`_FIRMS_SETTLED_BARE` in a sentence with no count of projects."""
    m = _FIRMS_SIGNED.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_TALK.search(ctx.text, sent.start, sent.end) \
        or _FIRMS_SETTLED.search(ctx.text, sent.start, sent.end)
    if m is None and "有" in ctx.text[sent.start:sent.end]:
        m = _FIRMS_LANDED.search(ctx.text, sent.start, sent.end)
    if m is None and "签约落" in ctx.text[sent.start:sent.end]:
        m = _FIRMS_SETTLED_BARE.search(ctx.text, sent.start, sent.end)
        if m is not None and _BARE_AFTER.search(ctx.text, sent.start, m.start()):
            m = None
    if m is None:
        return []
    value = _whole_number(m.group("n"))
    return [] if value is None else [(m.start("n"), m.end(), m.start("n"), value)]


def _firms_before(sent: Span, counts: list[tuple[int, int, int, int]], money: list[Figure],
                  firms: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The firms' batch of a sentence that counts projects later (``12家企业追加投资，协议金额合计X；
    8个二期项目开工``): kept when its sum comes before the first count of projects."""
    first = min(c[0] for c in counts)
    return [f for f in firms if f[1] <= first and any(f[1] < m.start < first for m in money)]


#: Counts listed one after the other (``开工13个项目、竣工11个项目``): only a separator between them.
_LISTED_NEXT = re.compile(r"[、,，]|和|及|以及")
#: What a gap between two listed counts never holds: the end of a sentence or an amount.
_NOT_LISTED = re.compile(r"[。;；:：\d]|元")
#: A sum of the counts just listed (``，合计总投资95亿元``, ``，共计完成投资40亿元``).
SUMMED_TOTAL = re.compile(r"[,，]?(?:合计|共计|总计)"
                          r"(?:总投资额?|投资总额|完成投资|投资|签约资金|签约金额|金额)?"
                          r"(?:达到|约为|约|达|为|近|超过|超|逾)?")


def _summed(ctx: RecordContext, sent: Span, parts: list[Record]) -> list[Record]:
    """Counts listed in a row and then summed up (``集中开工13个项目、竣工11个项目，合计总投资95亿元``):
    the sum is a batch of its own (all the projects, the event they share, the total); the last
    count listed does not take the total."""
    spans = [(r, r.fields["count"].evidence[0]) for r in parts if r.fields["count"].evidence]
    spans.sort(key=lambda x: x[1].start)
    text = ctx.text
    for k in range(len(spans) - 1, 0, -1):
        last, ev = spans[k]
        m = SUMMED_TOTAL.match(text, ev.end)
        if m is None or not m.group().lstrip(",，"):
            continue
        money = [f for f in ctx.figures_in(m.end(), min(sent.end, m.end() + 14), "money")
                 if f.start == m.end() and f.unit in ("CNY", "", None)]
        if not money:
            continue
        run = [spans[k]]
        j = k - 1
        while j >= 0:
            gap = text[spans[j][1].end:run[0][1].start]
            if len(gap) > 8 or not _LISTED_NEXT.match(gap) or _NOT_LISTED.search(gap):
                break
            run.insert(0, spans[j])
            j -= 1
        if len(run) < 2:
            continue
        f = money[0]
        if last.get("total_cny") == int(f.value):
            last.set("total_cny", None)
        whole = Record("batch", article=sent.article)
        whole.set("count", sum(r.get("count") for r, _ in run),
                  *(e for _, e in run))
        whole.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        events = {r.get("event") for r, _ in run}
        first = run[0][0]
        if len(events) == 1 and first.get("event") is not None:
            whole.set("event", first.get("event"), *first.fields["event"].evidence)
        else:
            whole.set("event", None)
        whole.set("status", first.get("status"), *first.fields["status"].evidence)
        if first.get("region") is not None:
            whole.set("region", first.get("region"), *first.fields["region"].evidence)
        else:
            whole.set("region", None)
        whole.evidence = [ctx.evidence(first.evidence[0].start if first.evidence else run[0][1].start,
                                       f.end)]
        return [whole]
    return []


#: Header cells of a progress table by place: a count of projects, an amount of investment.
_COUNT_HEAD = re.compile(r"项目[^()（）]*[(（]个[)）]")
_MONEY_HEAD = re.compile(r"(?:投资|签约金额|签约额|签约资金)[^()（）]*[(（](亿元|万元)[)）]")
#: A rank or row-number column before the place (``排名  地区  签约项目数（个）…``).
RANK_HEAD = re.compile(r"排名|名次|序号|位次")
_HEAD_UNITS = {"亿元": 100_000_000, "万元": 10_000}
_CELL_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _table_batches(ctx: RecordContext, art: Span, before: list[Record]) -> list[Record]:
    """Rows of a progress table by place (``县市  攻坚项目（个）  完成投资（亿元）  完成率（%）`` ⏎
    ``某县  68  35.2  61.5``; a ranking's ``排名  地区  签约项目数（个）  签约金额（亿元）`` ⏎
    ``1  某县  12  68.2``): each row is a batch of that place, with the count and the amount
    of the header's columns, and the event of the article's batch before the table (a batch
    before it is needed: a table of places alone may count anything)."""
    text = ctx.text
    out: list[Record] = []
    cols: tuple[int, int, int, int] | None = None  # (count column, money column, unit, width)
    first = 0  # the place's column: 1 after a rank column (``排名  地区  …``)
    head_at = art.start  # where the header row starts
    pos = art.start
    while pos < art.end:
        nl = text.find("\n", pos, art.end)
        stop = art.end if nl < 0 else nl
        line = text[pos:stop]
        cells = [(m.group(), pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", line)] \
            if "  " in line or "\t" in line else []
        ci = next((i for i, c in enumerate(cells) if _COUNT_HEAD.search(c[0])), None)
        mi = next((i for i, c in enumerate(cells) if _MONEY_HEAD.search(c[0])), None)
        if ci is not None and mi is not None and ci > 0 and mi > 0:
            unit = _HEAD_UNITS[_MONEY_HEAD.search(cells[mi][0]).group(1)]  # type: ignore[union-attr]
            cols = (ci, mi, unit, len(cells))
            head_at = pos
            first = 1 if RANK_HEAD.fullmatch(cells[0][0]) and ci > 1 and mi > 1 else 0
        elif cols is not None and len(cells) == cols[3] \
                and all(_CELL_NUMBER.fullmatch(c[0]) for c in cells[first + 1:]) \
                and all(_CELL_NUMBER.fullmatch(c[0]) for c in cells[:first]):
            place = next((m for m in ctx.mentions_in("places", cells[first][1], cells[first][2])
                          if isinstance(m.value, dict)), None)
            if place is None and ZONE_CELL.fullmatch(cells[first][0]):
                place = _ZoneCell(cells[first][0], cells[first][1], cells[first][2])
            prior = next((b for b in reversed(before) if b.get("event") and b.evidence
                          and b.evidence[0].start < pos), None) \
                or next((b for b in reversed(before) if b.evidence and b.evidence[0].start < pos), None)
            if place is not None and prior is not None:
                out.append(_table_row(ctx, art, cells, cols, place, prior))
            elif first == 0 and (kind := _kind_row(cells[0][0])) is not None:
                out.append(_kind_table_row(ctx, art, cells, cols, kind, head_at))
        elif line.strip():
            cols = None
        pos = stop + 1
    return out


#: A row label naming a kind of projects by their stage (``新开工项目``, ``续建项目``, ``竣工投产项目``).
_KIND_CELL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?P<s>[\u4e00-\u9fff]{2,4})(?:重点|重大|产业)?项目")


def _kind_row(label: str) -> str | None:
    """The stage a table's row label names when it is a kind of projects (``续建项目`` →
    ``under_construction``), else None."""
    m = _KIND_CELL.fullmatch(label)
    if m is None:
        return None
    cues = [c for c in STAGE_RE.findall(label[:m.end("s")]) if c not in WEAK_STAGES]
    return STAGE_CUES[cues[-1]] if cues else None


def _kind_table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
                    cols: tuple[int, int, int, int], event: str, head_at: int) -> Record:
    """The batch of a row of a table by kind of projects (``类别  项目个数（个）  完成投资（亿元）`` ⏎
    ``续建项目  26  35.7``): the row's stage is its event, the place named before the table its
    region."""
    ci, mi, unit, _ = cols
    r = Record("batch", article=art.article)
    ev = ctx.evidence(cells[0][1], cells[-1][2])
    r.set("count", int(float(cells[ci][0])), ctx.evidence(cells[ci][1], cells[ci][2]))
    r.set("total_cny", int(round(float(cells[mi][0]) * unit)), ctx.evidence(cells[mi][1], cells[mi][2]))
    place = ctx.place_for(head_at, art.article)
    r.set("region", place_name(place) if place else None,
          *([ctx.evidence(place.start, place.end)] if place else []))
    r.set("event", event, ctx.evidence(cells[0][1], cells[0][2]))
    r.set("status", "actual", ev)
    r.evidence = [ev]
    return r


#: A zone in a table's place column (``万盛经开区``, ``某某高新区``): the gazetteer may lack it, the
#: row is still that zone's.
ZONE_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}(?:经开区|高新区|开发区|新区|工业园区|产业园区)")


class _ZoneCell:
    """A place read from a table cell alone: its surface is its name."""

    def __init__(self, surface: str, start: int, end: int) -> None:
        self.surface, self.start, self.end, self.value = surface, start, end, None


def _table_row(ctx: RecordContext, art: Span, cells: list[tuple[str, int, int]],
               cols: tuple[int, int, int, int], place: Any, prior: Record) -> Record:
    """The batch of one row of :func:`_table_batches`."""
    ci, mi, unit, _ = cols
    r = Record("batch", article=art.article)
    ev = ctx.evidence(cells[0][1], cells[-1][2])
    r.set("count", int(float(cells[ci][0])), ctx.evidence(cells[ci][1], cells[ci][2]))
    r.set("total_cny", int(round(float(cells[mi][0]) * unit)), ctx.evidence(cells[mi][1], cells[mi][2]))
    r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    if prior.get("event") is not None:
        r.set("event", prior.get("event"), *prior.fields["event"].evidence)
    else:
        r.set("event", None)
    r.set("status", "actual", ev)
    r.evidence = [ev]
    return r


def _headline_batch(ctx: RecordContext, art: Span, found: list[Record], min_count: int) -> list[Record]:
    """A batch counted only in the headline (``某开发区两个外资项目签约落户``, the body naming
    the projects one by one): no batch of the body has that count, nor do two of the body's batches of
    different events add up to it (``13个项目集中开竣工`` over ``开工项目8个…；竣工项目5个…``).  Not the
    jump head of a story's part continued further down the page (``attributes["continues"]``)."""
    if art.article is None or not 0 <= art.article < len(ctx.doc.articles):
        return []
    if "continues" in ctx.doc.articles[art.article].attributes:
        return []  # a jump head repeating the title of a story's first part, where its batch is told
    ev = ctx.doc.articles[art.article].evidence.get("headline")
    if ev is None or ev.end > len(ctx.text) or ctx.text.find("项目", ev.start, ev.end) < 0 \
            or ctx.text.find("   ", ev.start, ev.end) >= 0:
        return []  # a wide gap: the titles of two columns side by side
    head = Span(ev.start, ev.end, art.article)
    known = {r.get("count") for r in found}
    parts = [r for r in found if isinstance(r.get("count"), int) and r.get("event")]
    known |= {a.get("count") + b.get("count") for i, a in enumerate(parts) for b in parts[i + 1:]
              if a.get("event") != b.get("event")}
    counts = _counts(ctx, head)
    _headline_totals(ctx, head, counts, found)
    return [_batch(ctx, head, start, end, nstart, value, [])
            for start, end, nstart, value in counts
            if value >= min_count and value not in known]


def _headline_totals(ctx: RecordContext, head: Span, counts: list[tuple[int, int, int, int]],
                     found: list[Record]) -> None:
    """A figures title (``5个项目总投资逾260亿元``) over a body that gives the count alone
    (``…签署协议，5个项目同时落地``): the body's batch of that count takes the title's total, and
    the title is part of its evidence."""
    for start, end, nstart, value in counts:
        same = [r for r in found if r.get("count") == value]
        if len(same) != 1 or same[0].get("total_cny") is not None:
            continue
        title = _batch(ctx, head, start, end, nstart, value, [])
        if title.get("total_cny") is None:
            continue
        r = same[0]
        r.set("total_cny", title.get("total_cny"), *title.fields["total_cny"].evidence)
        r.evidence = [*r.evidence, *title.evidence]


#: A breakdown of a batch by a dimension (``按领域分，``, ``分行业看，``, ``从投资领域看，``).
BREAKDOWN = re.compile(r"(?:按|分|从)[^，,。；;：:\n]{1,8}?(?:分|看|划分|来看)[，,：:]")


def _carry_breakdown_event(ctx: RecordContext, records: list[Record]) -> None:
    """A batch without an event in a breakdown (``按领域分，产业发展项目612个``) is a part of the
    largest batch before it with an event (the list it breaks down): it takes that event."""
    for k, r in enumerate(records):
        if r.get("event") is not None or not r.evidence or k == 0:
            continue
        start = r.evidence[0].start
        para = ctx.text.rfind("\n", 0, start) + 1
        if ctx.text.find("分", para, start) < 0 and ctx.text.find("看", para, start) < 0:
            continue  # cheap test before the pattern
        if BREAKDOWN.search(ctx.text, para, start) is None:
            continue
        whole = [x for x in records[:k] if x.get("event") is not None and isinstance(x.get("count"), int)]
        if whole:
            best = max(whole, key=lambda x: x.get("count"))
            r.set("event", best.get("event"), *best.fields["event"].evidence)


def _carry_event(ctx: RecordContext, records: list[Record]) -> None:
    """A batch without an event singled out with ``其中`` (``…开工项目62个。其中,工业项目35个…``)
    is part of the batch before it: it takes that batch's event."""
    prev: Record | None = None
    for r in records:
        if r.get("event") is None and prev is not None and r.evidence:
            start = r.evidence[0].start
            if ctx.text.find("其中", max(0, start - 4), start + 2) >= 0 or _later_part(ctx.text, start) \
                    or _taking_part(ctx.text, r):
                r.set("event", prev.get("event"), *prev.fields["event"].evidence)
        if r.get("event") is not None:
            prev = r


#: Projects taking part in the event told before (``共有7个项目参加``, ``参与的项目12个``).
_TAKING_PART = re.compile(r"(?:个|项)?(?:重点|重大)?(?:项目)?(?:参加|参与)"
                          r"(?!了?[^,，。;；]{0,6}(?:招标|竞标|评选|评比))")


def _taking_part(text: str, r: Record) -> bool:
    """True when a batch counts the projects taking part in an event (``分会场活动,共有7个项目参加``):
    the event of the batch before it."""
    count = r.fields.get("count")
    if count is None or not count.evidence:
        return False
    end = count.evidence[0].end
    return _TAKING_PART.match(text, end) is not None or _TAKING_PART.match(text, end - 1) is not None


def _later_part(text: str, start: int) -> bool:
    """A further part listed in one ``其中`` series (``其中10亿元以上项目41个，50亿元以上项目6个``):
    ``其中`` opens an earlier clause of the sentence and no clause between names an event; a
    part after a semicolon too when it opens its clause (``…现代服务业项目9个…；外资项目4个，…``)."""
    s0 = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    semi = max(text.rfind("；", s0, start), text.rfind(";", s0, start))
    if semi >= 0 and (text.find("其中", semi, start) >= 0 or text[semi + 1:start].strip()):
        s0 = semi + 1  # a series of its own after the semicolon, or a clause that is no part
    k = text.find("其中", s0, start)
    return k >= 0 and STAGE_RE.search(text, k, start) is None


#: A sentence opening on a count of projects told before, to break it down (``358个开工项目中,``).
_RESTATED_COUNT = re.compile(r"(\d+)个[^,，。;；\d]{0,10}?项目(?:中|里|当中)[,，]")


def _region_told_in(text: str, r: Record, para: int) -> bool:
    """True when the region of ``r`` is named in the paragraph at ``para``, not as a dateline."""
    ev = r.fields["region"].evidence if r.get("region") is not None else []
    return bool(ev) and ev[0].start >= para and not text.startswith("讯", ev[0].end)


def _paragraph_region(ctx: RecordContext, records: list[Record]) -> None:
    """A batch whose paragraph names no region of its own (its region came from the dateline or an
    earlier paragraph) takes the region of the batch it breaks down (``全省集中开工项目358个…。⏎
    358个开工项目中,产业项目221个``), else of the batch told before it in the same paragraph
    (``全州共达成合作项目21个…。…另有8个项目达成投资意向``)."""
    text = ctx.text
    told = sorted((r for r in records if r.evidence), key=lambda r: r.evidence[0].start)
    moved: set[int] = set()  # the batches given a region here: their region holds for the next
    for i, r in enumerate(told):
        e0 = r.evidence[0].start
        para = text.rfind("\n", 0, e0) + 1
        if i == 0 or _region_told_in(text, r, para):
            continue
        s0 = max(text.rfind(c, para, e0) for c in "。！？") + 1 or para
        s0 = max(s0, para)
        whole = _RESTATED_COUNT.match(text, s0)
        if whole is not None:
            n = int(whole.group(1))
            src = next((b for b in reversed(told[:i]) if b.get("count") == n), None)
        else:
            src = next((b for b in reversed(told[:i]) if b.evidence[0].start >= para), None)
            if src is not None and id(src) not in moved and not _region_told_in(text, src, para):
                src = None
        if src is not None and src.get("region") is not None and src.get("region") != r.get("region"):
            r.set("region", src.get("region"), *src.fields["region"].evidence)
            moved.add(id(r))


def _carry_region(records: list[Record]) -> None:
    """Batches of an article without a region keep the region of the batch before them
    (``全省在建项目1863个;本年新开工项目916个``)."""
    prev = None
    for r in records:
        if r.get("region") is None and prev is not None:
            r.set("region", prev.value, *prev.evidence)
        elif r.get("region") is not None:
            prev = r.fields["region"]


#: Named projects listed with one event and one total (``甲项目、乙项目和丙项目集中开工,总投资105.6亿元``).
NAMED_LIST = re.compile(
    r"(?P<list>(?:[^,，。;；、]{2,30}?项目(?:、|和|及|以及)){1,9}[^,，。;；、]{2,30}?项目)(?:等)?"
    r"(?:集中|同时|同日|一并|共同|先后|现场)?(?P<ev>开工建设|开工|签约|竣工投产|竣工|投产|落户)"
    r"[,，]?(?:总投资额?|投资总额)(?:达到|达|约为|约|为|共)?")


#: A listed name joined to the next one, what every match of :data:`NAMED_LIST` holds.
_NAME_JOINED = re.compile(r"项目(?:、|和|及|以及)")


def _named_list(ctx: RecordContext, sent: Span) -> list[Record]:
    """A batch counted by its listed names: as many projects as names, the total that follows."""
    out: list[Record] = []
    text = ctx.text
    if text.count("项目", sent.start, sent.end) < 2 or text.find("投资", sent.start, sent.end) < 0:
        return out  # the pattern needs two names ending in 项目 and a total (投资)
    joined = _NAME_JOINED.search(text, sent.start, sent.end)
    if joined is None:
        return out  # nor a name joined to the next one
    # a match's first name ends at such a join, at most 30 characters from its start: none starts
    # before 30 characters ahead of the first join (the pattern, tried at every position, is slow)
    for m in NAMED_LIST.finditer(text, max(sent.start, joined.start() - 30), sent.end):
        money = [f for f in ctx.figures_in(m.end(), min(sent.end, m.end() + 16), "money")
                 if f.start <= m.end() + 1]
        if not money or money[0].unit not in ("CNY", "", None):
            continue
        f = money[0]
        r = Record("batch", article=sent.article)
        r.set("count", m.group("list").count("项目"), ctx.evidence(m.start("list"), m.end("list")))
        r.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        _describe(ctx, r, sent, m.start("list"), m.end("list"), f.end, m.start("list"))
        out.append(r)
    return out


#: ``签约项目总额近4亿元``, ``项目招引突破50亿元``, ``合计估算总投资近400亿元``, ``扩产项目协议金额突破
#: 120亿元``, ``新签约项目合同金额突破4500亿元``: a total with no count.
TOTAL_ONLY = re.compile(r"(?:项目[^,，。;；]{0,8}?"
                        r"(?:总额|招引|签约资金|签约金额|协议(?:投资)?(?:总)?金额|协议投资额|引资"
                        r"|(?<=签约项目)合同(?:总)?(?:金)?额)"
                        r"|(?:签约|开工|竣工|在建|重点|意向)项目[^,，。;；]{0,4}?(?:总投资额?|投资总额)"
                        r"|合计[^,，。;；]{0,4}?总投资)(?:达到|约为|约|达|为|共|突破|超过)?$")


def _own_item(ctx: RecordContext, sent: Span, found: list[Record], f: Figure) -> bool:
    """True when a ``；`` and a rate stand between the sentence's last counted batch and ``f``
    (``已开复工305个，开复工率95.9%；完成投资412.3亿元``), or between ``f`` and the first counted
    batch after it, not opening on ``其中`` (``完成投资3856亿元，同比增长8.2%；新开工项目186个``): the
    amount is a statistic of its own."""
    text = ctx.text
    ends = [r.evidence[0].end for r in found if r.evidence and r.get("count")
            and sent.start <= r.evidence[0].start < f.start]
    if not ends:
        starts = [r.evidence[0].start for r in found if r.evidence and r.get("count")
                  and f.end <= r.evidence[0].start < sent.end]
        if not starts:
            return False
        lo, hi = f.end, min(starts)
        semi = max(text.rfind("；", lo, hi), text.rfind(";", lo, hi))
        if semi >= 0 and text.startswith("其中", semi + 1):
            return False  # ``完成投资X，占年度计划的Y%；其中，新开工项目N个``: the parts of that batch
    else:
        lo, hi = max(ends), f.start
    return (text.find("；", lo, hi) >= 0 or text.find(";", lo, hi) >= 0) \
        and bool(ctx.figures_in(lo, hi, "percent"))


def _total_only(ctx: RecordContext, sent: Span, found: list[Record],
                figures: list[Figure] | None = None) -> list[Record]:
    """Totals of projects given with no count (``签约项目总额近4亿元``): batches of their own;
    ``figures`` are the sentence's money figures when already known."""
    out: list[Record] = []
    if figures is None:
        figures = ctx.figures_in(sent.start, sent.end, "money")
    if not figures:
        return out
    text = ctx.text
    words = text.find("项目", sent.start, sent.end) >= 0 or text.find("合计", sent.start, sent.end) >= 0
    if not words and text.find("投资", sent.start, sent.end) < 0:
        return out  # TOTAL_ONLY needs 项目 or 合计, GROUP_GOAL needs 投资
    in_batch_sentence = any(r.evidence and sent.start <= r.evidence[0].start < sent.end
                            and r.get("count") for r in found)
    if not words and not in_batch_sentence:
        return out
    used = [(e.start, e.end) for r in found if "total_cny" in r.fields
            for e in r.fields["total_cny"].evidence]
    for f in figures:
        if any(s <= f.start < e for s, e in used) or f.unit not in ("CNY", "", None):
            continue
        c0 = ctx.clause_start(f.start, sent.start)
        before = text[c0:f.start]
        # (TOTAL_ONLY, tried at every position, needs 项目 or 合计)
        if not ((("项目" in before or "合计" in before) and TOTAL_ONLY.search(before))
                or (in_batch_sentence and GROUP_GOAL.search(before) and not _own_item(ctx, sent, found, f)
                    and not REGION_CLASS.search(before) and "基金" not in before)):
            continue  # (``基金已完成投资4.6亿元,带动3个项目落户``: the fund's own investing, no batch's)
        if _YEAR_SHARE.search(before) and any(
                o.get("count") and o.get("total_cny") is not None and o.evidence
                and sent.start <= o.evidence[0].start < f.start for o in found):
            continue  # ``19个项目总投资74.3亿元,年度计划完成投资21.5亿元``: the year's part of that total
        r = Record("batch", article=sent.article)
        listed = _TOP_LIST.search(before) if "大" in before else None
        n = _whole_number(listed.group("n")) if listed is not None else None
        if n is not None:  # 十大重点项目总投资46.4亿元: the list's name says how many it holds
            r.set("count", n, ctx.evidence(c0 + listed.start("n"), c0 + listed.end("n")))
        else:
            r.set("count", None)
        r.set("total_cny", int(f.value), ctx.evidence(f.start, f.end))
        _describe(ctx, r, sent, c0, f.end, f.end)
        if "全" in before and SCOPE_RE.search(before) is not None \
                and (scope := ctx.scope_region(sent, f.start, sent.article)) is not None \
                and c0 <= scope[1]:
            # ``力争上半年全市新签约项目合同金额突破…``: the scope word inside the clause names the region
            r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
        if r.get("event") is None and (agreed := AGREED_SUM.search(before)) is not None:
            # ``增资扩产项目协议投资额达到86亿元``: the sum of agreements, i.e. signed
            r.set("event", "signed", ctx.evidence(c0 + agreed.start(), c0 + agreed.end()))
        if n is not None and r.get("event") is None \
                and (done := _SPENT_AFTER.match(text, f.end, sent.end)) is not None:
            # ``…，全年完成投资21.3亿元``: the listed works are under way, their year's spending told
            r.set("event", "under_construction", ctx.evidence(done.start("cue"), done.end("cue")))
        out.append(r)
    return out


#: A list of key works named by their number (``十大重点项目``, ``五大民生工程``), right before its total.
_TOP_LIST = re.compile(r"(?<![\d一二三四五六七八九十百])"
                       r"(?P<n>[两三四五六七八九]|十[一二三四五六七八九]?|二十)大"
                       r"[\u4e00-\u9fff]{0,4}?(?:项目|工程)(?:的)?(?:计划)?(?:总投资|投资总额)(?:约|达|为)?$")
#: The year's spending told right after a total (``，全年完成投资21.3亿元``).
_SPENT_AFTER = re.compile(r"[，,](?:全年|今年|年内|当年|累计)?(?P<cue>完成(?:年度)?投资)")


#: The two places just named, each given the same count (``两地全年新签约项目均不少于15个``).
_EACH_OF_TWO = re.compile(r"两(?:地|县|区|县区|区县|市)[^,，。;；]{0,16}?均")


def _each_of_two(ctx: RecordContext, sent: Span, r: Record, nstart: int) -> list[Record]:
    """The batch of the other of two places named before a count given to each (``甲区…,乙县…,两地
    全年新签约项目均不少于15个``): a copy of ``r`` for it, when ``r`` has one of the two."""
    c0 = ctx.clause_start(nstart, sent.start)
    m = _EACH_OF_TWO.search(ctx.text, c0, nstart)
    if m is None:
        return []
    named: list[Any] = []
    for p in reversed(ctx.mentions_in("places", sent.start, c0 + m.start())):
        v = p.value if isinstance(p.value, dict) else {}
        if v.get("level") in ("county", "district", "city") and not ctx.in_org(p.start) \
                and place_name(p) not in [place_name(q) for q in named]:
            named.append(p)
        if len(named) == 2:
            break
    names = [place_name(p) for p in named]
    if len(named) < 2 or r.get("region") not in names:
        return []
    other = named[1 - names.index(r.get("region"))]
    twin = copy.deepcopy(r)
    twin.set("region", place_name(other), ctx.evidence(other.start, other.end))
    return [twin]


def _batch(ctx: RecordContext, sent: Span, start: int, end: int, nstart: int, value: int,
           counts: list[tuple[int, int, int, int]]) -> Record:
    r = Record("batch", article=sent.article)
    r.set("count", value, ctx.evidence(start, end))
    lo, hi = start, end
    total = _total(ctx, sent, start, end, counts)
    if total is not None and total.unit in ("CNY", "", None):
        r.set("total_cny", int(total.value), ctx.evidence(total.start, total.end))
        lo, hi = min(lo, total.start), max(hi, total.end)
    else:
        r.set("total_cny", None)
    _describe(ctx, r, sent, start, end, hi, lo)
    return r


#: ``甲、乙等地``, ``甲、乙等县区``, ``与甲、乙、丙三市``: places listed as where the projects are.
#: (Written ``等(?:地…|乡镇)|(?<=[\u4e00-\u9fff])[两…十](?:个)?(?:市|…)``; opening on one set of
#: characters lets the regex engine skip every other position at once: same matches.)
LISTED_PLACES = re.compile(r"[等两二三四五六七八九十](?:(?<=等)(?:地(?![产块标])|县区|区县|市县|县市|乡镇)"
                           r"|(?<=[\u4e00-\u9fff][两二三四五六七八九十])(?:个)?(?:市|州|盟|地市)(?![场民长委政]))")


def _listed_places_region(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """The province of places of different cities listed before ``等地`` ahead of a batch
    (``甲省A市、B市等地一批项目集中开工``): the batch's region."""
    found = list(LISTED_PLACES.finditer(ctx.text, sent.start, start))
    if not found:
        return None
    pos = found[-1].start()
    c0 = ctx.clause_start(pos, sent.start)
    places = [m for m in ctx.mentions_in("places", c0, pos) if isinstance(m.value, dict)]
    cities = {m.value.get("city") for m in places if m.value.get("city")}
    provinces = {m.value.get("province") for m in places}
    if len(cities) < 2 or len(provinces) != 1 or None in provinces:
        return None
    return provinces.pop(), places[0].start, pos


def _scope_over_stops(ctx: RecordContext, sent: Span, start: int,
                      stops: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The region of a scope word opening a tour whose stops are the only places named after it
    (``全市…推进会举行，与会人员先后深入甲县、乙县、丙县，现场观摩15个重点项目``): the whole region's
    meeting visits some of its places, the projects looked at are the region's."""
    found = [m for m in SCOPE_RE.finditer(ctx.text, sent.start, stops[0][0])]
    if not found:
        return None
    m = found[-1]
    for p in ctx.mentions_in("places", m.end(), start):
        if not any(s <= p.start < e for s, e in stops):
            return None  # a place named outside the stops is nearer
    return ctx.scope_region(Span(m.start(), sent.end, sent.article), m.end(), sent.article)


#: An area several places build together (``某某革命老区振兴发展示范区``, ``某某一体化发展先行区``,
#: ``某某合作示范区``).
_JOINT_AREA = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:示范区|合作区|协作区|先行区|经济区|经济圈)")
#: Several places as one subject (``三地累计实施…``, ``两县共签约…``, ``双方签约…``).
_PLACES_AS_ONE = re.compile(r"(?:[两三四五]地|[两三四五][县市区]|双方)")
#: What joins places acting together (``甲县与乙县、丙市集中签约``).
_JOINED = re.compile(r"与|和|同")


def _joint_region(ctx: RecordContext, sent: Span, start: int) -> tuple[str, int, int] | None:
    """The area places build together, named earlier in the story (``某某振兴发展示范区…联席会议``),
    when the batch's clause has those places as one subject: two counties or more joined
    (``甲县与乙县、丙市集中签约项目9个``) or counted (``三地累计实施合作项目56个``).  None otherwise."""
    c0 = ctx.clause_start(start, sent.start)
    if _PLACES_AS_ONE.match(ctx.text, c0) is None:
        if _JOINED.search(ctx.text, c0, start) is None:
            return None
        counties = [m for m in ctx.mentions_in("places", c0, start)
                    if isinstance(m.value, dict) and m.value.get("level") in ("county", "district")]
        if len({m.value.get("name") for m in counties}) < 2 \
                or _JOINED.search(ctx.text, counties[0].end, counties[-1].start) is None:
            return None
    lo = next((a.start for a in ctx.article_spans() if a.start <= sent.start < a.end), sent.start)
    found = list(_JOINT_AREA.finditer(ctx.text, lo, c0))
    if not found:
        return None
    m = found[-1]
    return m.group(), m.start(), m.end()


#: Projects only intended (``意向投资项目15个``, ``签订意向协议项目8个``): under negotiation, not signed.
INTENT = re.compile(r"意向(?:性)?(?:投资|签约|合作)?(?:协议)?(?:项目|投资额)")


def _intent(ctx: RecordContext, sent: Span, start: int, c0: int | None = None) -> tuple[int, int] | None:
    """Span of an intent marker in the batch's own clause (up to its count phrase), else None;
    ``c0``: the start of that clause when already known."""
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    if ctx.text.find("意向", c0, start) < 0:
        return None
    m = INTENT.search(ctx.text, c0, start + 3)  # the count phrase may open with its noun (项目15个)
    return m.span() if m else None


_REGION_LEVELS = ("province", "prefecture", "county")


def _own_place(ctx: RecordContext, sent: Span, start: int, venues: list[tuple[int, int]]) -> Any:
    """A province, city or county opening a clause of the batch's sentence before it, the nearest
    one (``…，邢台市一季度计划开工…项目86个``, ``在西部，陕西省3月20日举行…，开工项目418个``):
    the subject of the batch.  Not a venue (``在某区举行``), not inside an organization's name."""
    places = ctx.mentions_in("places", sent.start, start)
    if not places:
        return None
    for m in reversed(places):
        if not isinstance(m.value, dict) or m.value.get("level") not in _REGION_LEVELS \
                or (venues and any(v0 <= m.start < v1 for v0, v1 in venues)) \
                or ctx.in_org(m.start):
            continue
        c0 = ctx.clause_start(m.start, sent.start)
        if m.start - c0 <= 1 and (_CLAUSE_SUBJECT.match(ctx.text, m.end) or (
                m.start == c0 > sent.start and ctx.text[c0 - 1] in "；;"
                and ctx.text.find("；", m.end, start) < 0 and ctx.text.find(";", m.end, start) < 0)):
            # (a place opening its part of the sentence is the subject of the part's clauses:
            # ``；某区以文旅项目为主，签约项目17个``)
            return m
    return None


def _clause_city(ctx: RecordContext, sent: Span, start: int, c0: int | None = None) -> Any:
    """A prefecture or city opening the batch's own clause (``，某州计划开工…项目53个``): the batch's
    region, before a county the article names earlier (``c0``: the clause's start when known); a
    county written right after it (``某市某区…``) is the region instead."""
    if c0 is None:
        c0 = ctx.clause_start(start, sent.start)
    for m in ctx.mentions_in("places", c0, c0 + 1):
        if m.start == c0 and m.end < start and isinstance(m.value, dict) \
                and m.value.get("level") in ("prefecture", "city"):
            for county in ctx.mentions_in("places", m.end, m.end + 1):
                if county.start == m.end and county.end < start and isinstance(county.value, dict) \
                        and county.value.get("level") == "county":
                    return county  # 某市某区与3家企业签订…: the district the city's name heads
            return m
    return None


#: What follows a place that is a clause's subject: a date, a period, or the event's verb.
_CLAUSE_SUBJECT = re.compile(r"(?:\d{1,2}月|今年|去年|[一二三四]季度|[上下]半年|全年|同日|当天|计划|"
                             r"举行|集中|共|新|累计|已|将|还|也|同步|签约|开工|竣工)")


def _listed_items(ctx: RecordContext, sent: Span, start: int) -> tuple[int, int] | None:
    """The projects named as examples right before a count (``开工甲、乙等项目25个``, ``甲等25个项目``):
    from the event word (else the clause start) to ``等``."""
    text = ctx.text
    k = start - 1 if text.startswith("等", start - 1) else (start if text.startswith("等", start) else -1)
    if k < 0:
        return None
    c0 = ctx.clause_start(k, sent.start)
    cue = None
    for m in STAGE_RE.finditer(text, c0, k):
        cue = m
    return (cue.end() if cue is not None else c0), k


def _earlier_examples(ctx: RecordContext, sent: Span, start: int) -> list[tuple[int, int]]:
    """The examples of the batches counted earlier in the sentence (``新开工某川某成…等项目25个，
    加快建设…等项目25个``): a firm's county among them is theirs, not the next batch's region."""
    text, out = ctx.text, []
    k = text.find("等", sent.start, start - 1)
    while 0 <= k < start - 1:
        if BATCH_COUNT_AFTER.match(text, k + 1):
            found = _listed_items(ctx, sent, k + 1)
            if found is not None and found[1] < start:
                out.append(found)
        k = text.find("等", k + 1, start - 1)
    return out


#: A count of projects right after ``等`` (``等项目25个``, ``等25个项目``).
BATCH_COUNT_AFTER = re.compile(r"(?:项目\d+个|\d+个项目)")
#: Investment done over a period (``完成总投资``, ``完成年度投资``), in a total's own clause.
_DONE_INVESTING = re.compile(r"完成(?:总|年度|全年)?投资")


#: Places listed as some of the units counted after them (``甲市、乙县、丙县等9个县(市、区)``,
#: ``甲镇、乙乡等12个乡镇``): the group does what follows, none of them alone.
_UNITS_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等"
                           r"(?:\d+|[两三四五六七八九十]{1,3})个(?:县|市|区|乡|镇|州)")


def _describe(ctx: RecordContext, r: Record, sent: Span, start: int, end: int, hi: int,
              lo: int | None = None) -> None:
    """Event, status, region and evidence of a batch whose key figure spans ``start``–``end``."""
    c0 = ctx.clause_start(start, sent.start)  # the batch's own clause
    event, e0, e1 = _event(ctx, sent, start, end, hi, c0)
    status, cue = ctx.status(sent, hi)
    if event == "signed" and status == "target" and ctx.text[e0:e1] in ("引进", "揽金") \
            and not ctx.text.startswith("签约", e0 - 2):  # (``力争签约引进…项目30个``: signings aimed at)
        event = "planned"  # a goal of bringing in projects is a plan, not a signature
    intent = _intent(ctx, sent, start, c0)
    if intent is not None:
        event, e0, e1 = "negotiating", intent[0], intent[1]
    if (event is None or e0 < c0) and not r.fields["count"].evidence:
        done = _DONE_INVESTING.search(ctx.text, c0, hi)
        if done is not None:  # ``…等13个项目，力争完成总投资100亿元``: a sum of works under way
            event, e0, e1 = "under_construction", done.start(), done.end()
    if event:
        r.set("event", event, ctx.evidence(e0, e1))
    else:
        r.set("event", None)
    key = r.fields["count"] if r.fields["count"].evidence else r.fields["total_cny"]
    anchor = key.evidence[0]
    r.set("status", status, ctx.evidence(*cue) if cue else anchor)
    scope = ctx.scope_region(sent, start, sent.article)
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    venues = [(m.start(1), m.end(1)) for m in VENUE.finditer(ctx.text, para, start)] \
        if ctx.text.find("在", para, start) >= 0 else []
    if ctx.text.find("会场", para, start) >= 0:
        venues += _sub_venues(ctx, para, start)
    if ctx.text.find("签约", sent.start, end) >= 0:  # (the venue of a run's first part too)
        venues += [m.span(1) for m in SIGNED_IN_ZONE.finditer(ctx.text, sent.start, start)]
    visited = [m.span(1) for m in VISITED.finditer(ctx.text, sent.start, start)]
    venues += visited
    if ctx.text.find("至", sent.start, start) >= 0:
        venues += [m.span(1) for m in ROUTE.finditer(ctx.text, sent.start, start)]
    if ctx.text.find("等", sent.start, start) >= 0:
        # 甲市、乙县、丙县等9个县(市、区)集中开工项目47个: the units counted with them do it together
        venues += [m.span(1) for m in _UNITS_LISTED.finditer(ctx.text, sent.start, start)]
    listed = _listed_items(ctx, sent, start)
    if listed is not None:
        venues.append(listed)  # 新开工某县某公司…等项目25个: the places of the examples are theirs
    venues.extend(_earlier_examples(ctx, sent, start))
    if scope is None:
        scope = _joint_region(ctx, sent, start)  # 甲县与乙县、丙市集中签约: the area they build together
    place = None
    if scope is None and visited:
        scope = _scope_over_stops(ctx, sent, start, visited)  # 全市…会举行，与会人员先后深入甲县、乙县
    own = _own_place(ctx, sent, start, venues) if scope is None else None
    if scope is None and own is None and (ctx.text.find("分会场", para, start) >= 0
                                          or ctx.text.find("会在", para, start) >= 0):
        # 在当天的某州分会场,…集中开工项目47个; 某州招商推介会在甲市举行。…共达成合作项目58个: the
        # region whose sub-venue or fair it is, not the host
        own = _venue_owner(ctx, para, start, venues)
    if scope is None and own is None:
        scope = _listed_places_region(ctx, sent, start)
    if own is not None:
        place = own
    elif scope is None:
        place = _clause_city(ctx, sent, start, c0)
    if scope is None and place is None and ctx.mentions_in("places", para, start) == []:
        scope = _lead_scope(ctx, sent, start) \
            or ctx.lead_city_scope(sent, start)  # 我市组织…。观摩项目20个: the lead's 我市
    if scope is None and place is None and not ctx.mentions_in("places", sent.start, start):
        scope = ctx.provincial_meeting(sent.article)  # 全省…推进会在某地召开。…新开工项目N个: the province
    if scope is None and place is None:  # a scope word wins; a venue only when no other place is known
        place = ctx.place_for(start, sent.article, sent, venues, past_venue=True) or (
            ctx.place_for(start, sent.article, sent, visited) if venues else None)
    if scope is None and ctx.text.find("园区", sent.start, start) >= 0 \
            and (zone := ctx.asked_park(sent, start)) is not None:
        place = zone  # 记者：请问某工业园区…？ 某某：今年以来，园区新引进项目11个: the park asked about
    if scope is not None:
        r.set("region", scope[0], ctx.evidence(scope[1], scope[2]))
    elif place is not None:
        r.set("region", place_name(place), ctx.evidence(place.start, place.end))
    else:
        r.set("region", None)
    if lo is not None and lo != start:
        c0 = ctx.clause_start(lo, sent.start)
    r.evidence = [ctx.evidence(c0, hi)]


@hookimpl
def newsmill_extract(doc: Document, options: dict[str, Any]) -> list[Record]:
    """Records of this kind for one document."""
    return readable(doc, extract_batches(doc, int(options.get("min_count", 2))))


#: Counts of projects given in turn to places named before (``两县新开工项目分别为19个和15个``).
_COUNTS_IN_TURN = re.compile(r"(?P<k>[两二三四五六七八九十])(?:个)?(?:县区|区县|市县|县市|县|区|市|地)"
                             r"[^，,。；;]{0,12}?项目分别(?:为|是|有|达到|达)?"
                             r"(?P<ns>\d+个(?:(?:和|、|及|与)\d+个)+)")
#: Their totals in the same turn (``，总投资分别达X、Y``).
_TOTALS_IN_TURN = re.compile(r"[,，]\s*(?:计划)?(?:总投资|签约金额|签约资金|协议投资额|协议金额|投资额)"
                             r"分别(?:为|是|达到|达)?")
_JOINS_IN_TURN = re.compile(r"\s*(?:、|和|及|与)\s*")


#: The class counted in turn right after a list of places (``甲市、乙市、丙县开工项目分别为14个、9个、7个``).
_CLASS_IN_TURN = re.compile(r"[^，,。；;、\d]{0,12}?项目(?:数|个数)?分别(?:为|是|有|达到|达)?"
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
