"""The year a page speaks of, read from its text when no publication date is known.

News names the current year with ``今年`` and a finished one by its number, so the
4-digit years written in reports tell the year of the page:

* a year reported as under way — a month or a part of it (``2023年5月``,
  ``2023年一季度``, ``2023年1-8月``, ``2023年开年以来``), a programme or an event of
  that year (``2023年重点项目集中签约``), a numeric date — says the page is of that year;
* a year reported as over — a whole-year result (``2022年，全市实现…``,
  ``2022年全省地区生产总值…增长``, ``2022年净利增长``), its last part or its end
  (``2022年四季度``, ``截至2022年底``), its annual report (``2022年年报``), a period
  that runs from it (``2022年以来``: the current year would be ``今年以来``) — says
  the page is of a later year, the next one at least;
* targets, plans and forecasts (``到2030年``, ``力争2025年建成``, ``预计2025年底投产``,
  ``2027年有望…``, ``最快2026年量产``), history (``始建于1998年``, ``于2019年签约``),
  records against a past time (``创2016年以来新高``), the past event of a firm or project named
  next (``2021年落户某区的甲公司``) and ranges (``2021—2025年``)
  say nothing.

The page year is the latest year so implied (a clue of a finished year ``X``
implies ``X+1``).  Month and day stay unknown.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["PageYear", "YearClue", "read_page_year", "year_clues"]


@attrs.frozen
class YearClue:
    """One written year and what it says of the page: ``kind`` is ``current`` (the page is of
    ``year``), ``over`` (``year`` is finished: the page is of a later year) or ``none``
    (a target, a plan, history or a range); ``start``/``end`` span the year's digits and 年."""

    year: int
    start: int
    end: int
    kind: str

    @property
    def implies(self) -> int | None:
        """The page year this clue implies (None for a clue that says nothing)."""
        if self.kind == "current":
            return self.year
        if self.kind == "over":
            return self.year + 1
        return None


@attrs.frozen
class PageYear:
    """The year read for a page and the clue that decided it."""

    year: int
    clue: YearClue


#: A 4-digit year written with 年 (not a decade ``1990年代``, not a class ``2021年级``), or the
#: year of a numeric date (``2023-09-14``, ``2023/9/14``).
_YEAR = re.compile(r"(?<![\d.．\-/])((?:19|20)\d{2})(?:\s*年(?![代级])|(?=([-/.])\d{1,2}\2\d{1,2}(?!\d)))")
#: Where a sentence starts (the plan words of a year are looked for from there).
_SENTENCE_END = re.compile(r"[。！？；;!?\n]")
#: Words before a year in its clause that make it a plan, target or forecast.
_PLAN_BEFORE = re.compile(
    r"力争|争取|计划|预计|拟|确保|有望|目标|规划|预期|要在|力求|努力|届时|将于|将在|即将|谋划|部署|做好|研究|"
    r"编制|制定|展望|愿景|远景|迈向|奋力")
#: A year right after these is an end point (``到2030年``, ``至2025年``) or a start in the past
#: (``于2019年``, ``在2019年``, ``自2019年``, ``从2019年``) — unless ``截至``.
_POINT_BEFORE = re.compile(r"(?:(?<!截)[到至]|(?<!关)于|[自从在])\s*$")
#: After the year: a one-off event of a firm or a project told in a clause naming it (``2021年落户某区的
#: 甲公司``, ``2019年签约的乙项目``, ``2020年投产的一期``): its history, whatever year the page is of.
_PAST_EVENT_OF = re.compile(r"(?:落户|签约|入驻|进驻|开工|投产|建成|竣工|引进)[^，,。；;\n]{0,10}?的")
#: A firm named just before the year and its settling after it (``该企业2016年落户某区``,
#: ``这家公司2019年入驻园区``): the firm's history, whatever year the page is of.
_FIRM_BEFORE = re.compile(r"(?:企业|公司|集团|工厂|外资|外企|港企|台企)\s*$")
_SETTLED_AFTER = re.compile(r"\s*(?:落户|入驻|进驻|注册落地)")
#: History: a founding, a first building, an earlier time.
#: After the year and a comma: a firm (no place, no scope word) building or settling its works
#: somewhere (``2019年，甲化工在某区投资建设一期项目``): the firm's history, whatever year the page is of.
_FIRM_BUILT_THEN = re.compile(r"\s*[，,](?![全我本该])(?P<firm>[^，,。；;\n在]{2,12}?)(?<![省市县区州镇乡旗])"
                              r"在[^，,。；;\n]{1,12}?(?:投资建设|投资兴建|投资|建设|落户|签约落户)"
                              r"[^，,。；;\n]{0,12}?(?:项目|工厂|基地|生产线)")
_HISTORY_BEFORE = re.compile(r"始建|创建|建于|成立|创办|始于|诞生|组建|兴建|修建|早在|曾经")
#: A range of years (``2021—2025年``, ``2021年至2025年``).
_RANGE_BEFORE = re.compile(r"\d\s*[-－—–~～至到]\s*$")
_RANGE_AFTER = re.compile(r"\s*年?\s*[-－—–~～至到]\s*(?:19|20)\d{2}")
#: After the year: a deadline or a completion (``2025年底前``, ``2025年建成``) makes it a target.
_DONE_AFTER = re.compile(
    r"(?:底|末|年内|内|中|上半年|下半年|[一二三四1-4]季度|\d{1,2}月(?:底|末|份)?)?"
    r"(?:前|以前|之前|基本|全面|全部|实现|正式|将|要|力争)?"
    r"(?:建成|投产|竣工|完工|达产|投用|投运|通车|落成|完成建设)")
#: After the year: a month, a part of the year or a period within it (the year under way).
_PART_AFTER = re.compile(
    r"\s*(?:\d{1,2}|[一二三四五六七八九十元]{1,2})\s*月"
    r"|\s*第?[一二三四1-4]\s*季度|\s*[上下]半年|\s*前[一二三]季度|\s*首季"
    r"|\s*第\s*\d{1,4}\s*期")
#: After the year: a period running from it (``以来``, ``至今``).
_SINCE_AFTER = re.compile(r"以来|至今|起至今")
#: After the year's last quarter or half: an event held in it (``2024年第四季度…集中签约活动在…举行``,
#: ``2023年下半年项目推进大会召开``): the part is under way, not reported once over.
_LATE_PART_EVENT = re.compile(r"\s*(?:第?四季度|下半年)[^，,。；;\n]{0,24}?"
                              r"(?:活动|仪式|大会|会议|推介会|洽谈会|签约会|观摩会|举行|召开|举办|启动"
                              # (its projects started or signed together: ``2025年四季度重点项目集中开工``)
                              r"|集中开工|集中签约|集中竣工)")
#: After the year: since it began (``2022年开年以来``, ``2022年初以来``): the year under way.
_EARLY_SINCE_AFTER = re.compile(r"(?:开年|年初|初|伊始)以来")
#: A record measured against a past time (``创2014年10月以来新高``, ``为2020年以来最低``).
_RECORD_BEFORE = re.compile(r"[创为是自较比]\s*$")
_RECORD_AFTER = re.compile(r"[^，,。；;\n]{0,14}?(?:以来|之后|后)[^，,。；;\n]{0,6}?"
                           r"(?:最|新高|新低|首次|首度)")
#: Words after the year in its clause that make it a plan or forecast (``2030年将实现``,
#: ``最快2024年上市``, ``2026年1月到期``).
_PLAN_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:将|有望|预计|力争|争取|或将|可望|计划|目标|到期|前后|"
                         r"预期|预测|预估|展望|料将|料增|料降|料达)")
#: After the year: the rest of the title of a year's programme (``2025年工业稳增长工作方案``,
#: ``2024年招商引资工作要点``), read before the words of its title (``增长``) pass for a result.
_PLAN_DOC_AFTER = re.compile(r"[^，,。；;：:\n《》“”\d]{0,16}?(?:方案|工作要点)[》”]?"
                             r"(?=[，,。；;：:\s》”）)]|$)")
#: After the year: the expected goals a work report sets for it (``2024年全区经济社会发展主要预期目标``).
_GOALS_SET_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:主要)?预期目标")
_PLAN_WORD_BEFORE = re.compile(r"(?:最快|最早|最迟|最晚|或于|预计|有望)\s*$")
#: After the year: its end (``2022年底``, ``2022年末``).
_END_AFTER = re.compile(r"[底末]")
#: After the year: a whole-year result opens (``2022年，``, ``2022年全年``, ``2022年全市…``).
_WHOLE_AFTER = re.compile(r"\s*[，,]|全年|全[省市县区州盟旗]")
#: After the year: its last part (``2022年四季度``, ``2022年下半年``, ``2022年1-12月``,
#: ``2022年全年``, ``截至2022年12月31日``) or its report (``2022年年报``, ``2022年度报告``,
#: ``2022年年度报告``): a period reported once the year is over.
_LAST_PART_AFTER = re.compile(r"\s*(?:第?四季度|下半年|全年|(?:1|一)\s*[-－—–~～至到]\s*12月|12月31日"
                              r"|十二月三十一日|年报|度报告|度业绩|业绩|四季报|年度(?:报告|业绩))")
#: After the year, in its clause: a whole year's result (``2022年净利同比增长``,
#: ``2022年全市共完成投资``, ``2022年实现营业收入``), with no month or part before it.
_YEAR_RESULT = re.compile(r"[^，,。；;\n\d月季]{0,12}?(?:净利|营业收入|营收|实现|完成|共计|累计|同比|增长|"
                          r"下降|减少|增加)")
#: A whole-year sentence that reports results (not ``2024年，全市将…``).
#: Counts of projects by event are results too (``2023年，某县新开工…项目19个，竣工项目11个``).
_RESULT = re.compile(r"实现|完成|达到|达|增长|下降|同比|累计|共计|突破|超过|新开工|新签约|竣工|投产")
_FUTURE_IN = re.compile(r"将|计划|力争|争取|预计|确保|目标")
#: A whole-year sentence that tells the state reached (``2024年，全县经济总量稳步扩大``,
#: ``2024年，全市经济回升向好``): a look back on a finished year.
_STATE_REACHED = re.compile(r"(?:稳步|持续|不断)扩大|回升向好|稳中(?:有进|向好)|进中(?:向好|提质)")
#: A look back on a year, in a label or a sentence (``【回眸2024】``, ``回望2024年``, ``盘点2024``):
#: that year is over.  ``_LOOK_BACK_BARE`` finds the year written without 年.
_LOOK_BACK_BEFORE = re.compile(r"(?:回眸|回望|回顾|盘点)\s*$")
_LOOK_BACK_BARE = re.compile(r"(?:回眸|回望|回顾|盘点)\s*((?:19|20)\d{2})(?![\d年])")
#: A statistic of the year after the year and a place or a word (``2022年保定市规模以上工业``).
_STAT_AFTER = re.compile(r"[^，,。；;\n]{0,12}?(?:生产总值|GDP|增加值|进出口|规模以上|规上|固定资产投资|"
                         r"社会消费品|财政收入|外贸|总产值|实际使用|到位资金)")


def _classify(text: str, m: re.Match[str]) -> str:
    s, e = m.start(), m.end()
    lead = text[max(0, s - 8):s]
    if _RANGE_BEFORE.search(lead) or _RANGE_AFTER.match(text, m.end(1)):
        return "none"
    if _POINT_BEFORE.search(lead) or _HISTORY_BEFORE.search(lead[-6:]):
        return "none"
    if _LOOK_BACK_BEFORE.search(lead):
        return "over"  # 回望2024年: a look back on a finished year
    sent = s
    while sent > 0 and s - sent < 120 and not _SENTENCE_END.match(text, sent - 1):
        sent -= 1
    if _PLAN_BEFORE.search(text, sent, s) or _DONE_AFTER.match(text, e) or _PLAN_WORD_BEFORE.search(lead):
        return "none"
    if _FIRM_BEFORE.search(lead) and _SETTLED_AFTER.match(text, e):
        return "none"  # 该企业2016年落户某市: the firm's history
    if _PAST_EVENT_OF.match(text, e):
        return "none"  # 2021年落户某区的甲公司: the history of the firm named next
    if _FIRM_BUILT_THEN.match(text, e):
        return "none"  # 2019年，甲公司在某区投资建设一期项目: the history of that firm
    if _RECORD_BEFORE.search(lead) or _RECORD_AFTER.match(text, e):
        return "none"  # 创2014年以来新高: a time to compare with, not the page's
    if _GOALS_SET_AFTER.match(text, e):
        return "current"  # 提出2024年…主要预期目标: a work report sets the goals of its own year
    if _PLAN_AFTER.match(text, e):
        return "none"  # 2030年将实现…, 2024年计划投资…: a plan, of this year or a later one
    if _PLAN_DOC_AFTER.match(text, e):
        return "current"  # 《2025年稳增长工作方案》: a programme of the year, whatever words its title holds
    if lead.endswith("截至") or lead.endswith("截止"):
        return "over" if _END_AFTER.match(text, e) or _LAST_PART_AFTER.match(text, e) else "current"
    if _EARLY_SINCE_AFTER.match(text, e):
        return "current"
    if _LATE_PART_EVENT.match(text, e):
        return "current"  # 2024年第四季度集中签约活动举行: an event of the part under way
    if _SINCE_AFTER.match(text, e) or _END_AFTER.match(text, e) or _LAST_PART_AFTER.match(text, e):
        return "over"  # 2022年以来, 2022年底, 2022年四季度: that year is over
    if _PART_AFTER.match(text, e):
        return "current"
    stop = _SENTENCE_END.search(text, e, e + 120)
    rest = text[e:stop.start() if stop else e + 120]
    if _WHOLE_AFTER.match(text, e) or _STAT_AFTER.match(text, e):
        if _FUTURE_IN.search(rest):
            return "none"  # 2024年，全市将…: a plan, of this year or a later one
        if _RESULT.search(rest) or _STATE_REACHED.search(rest):
            return "over"
    if _YEAR_RESULT.match(text, e):
        return "over"  # 2022年净利增长…, 2022年共完成…: a whole year's result
    return "current"


def year_clues(text: str) -> list[YearClue]:
    """Every 4-digit year written in ``text`` with what it says of the page's year."""
    clues = [YearClue(int(m.group(1)), m.start(), m.end(), _classify(text, m)) for m in _YEAR.finditer(text)]
    if "回" in text or "盘点" in text:
        clues += [YearClue(int(m.group(1)), m.start(1), m.end(1), "over")
                  for m in _LOOK_BACK_BARE.finditer(text)]
        clues.sort(key=lambda c: c.start)
    return clues


def read_page_year(text: str) -> PageYear | None:
    """The year the page speaks of (the latest year its clues imply), or None without a clue."""
    best: YearClue | None = None
    best_year = 0
    for clue in year_clues(text):
        y = clue.implies
        if y is not None and (y > best_year or (y == best_year and clue.kind == "current")):
            best, best_year = clue, y  # on a tie, a year under way is the clearer evidence
    return PageYear(best_year, best) if best is not None else None
