"""Titles a narrow column printed over two lines, told by what each line lacks.

A print page sets a long title in two lines with nothing between them.  A kicker over a title (or
a subtitle under it) is a phrase of its own; the two parts of one title are not: the first names
what the news is about and reports nothing, the second goes on with it and cannot stand alone.
Three such cuts are told here:

* the second line opens with the bare head noun of the works the first line qualifies, then
  reports their event (``某区新能源汽车`` ⏎ ``产业园集中签约8个项目``);
* the first line names a park or a works and nothing else, the second gives its count or figure
  with no subject of its own (``某县某某数字产业园`` ⏎ ``签约入驻企业突破200家``);
* the first line opens with what a plant makes in a year and names the product, the second
  finishes the works' name and reports the event (``年产24万片12英寸功率芯片`` ⏎
  ``晶圆制造项目主厂房封顶``);
* the first line is a works' name and nothing else, the second only the trade's word for its
  first run, with the unit it is told of (``某县年产30万吨合成氨项目`` ⏎ ``2号气化炉投料试车成功``).
* the first line tells who invests and the sum, closing on the amount, the second opens on the
  building verb and names the works (``德企在某区投资8600万欧元`` ⏎ ``建设热管理系统生产基地``).

Each test takes the two stripped lines and says nothing about their layout; the cleaner asks it
only for two title-like lines with no blank line between them.
"""

from __future__ import annotations

import re

from newsmill.zh.layout import is_byline, is_heading_marker, is_running_text, is_title_like, opens_unit

#: Event verbs a title reports, with the adverbs printed before them.
_EVENT = (r"(?:集中|正式|全面|顺利|同步|陆续|相继|如期|提前)?"
          r"(?:开工|签约|投产|竣工|完工|落地|开业|建成|开建|动工|封顶|奠基|揭牌|达产|通车|落户|投运)")
#: The works or part of it a title's event is told of (``主厂房``, ``一期工程``, ``主体``).
_PART = r"(?:[一二三四首]期|主体|主厂房|厂房|车间|生产线|首条产线|工程|主体工程|[一二三四首]期工程)?"
#: Head nouns of works a title line cannot open with, bare, as a title of its own.
_HEAD_NOUN = r"(?:产业园区?|园区|产业基地|基地|产业城|项目|工程|产业集群)"
#: A count of projects after the event (``8个项目``, ``项目12个``).
_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)个(?:重点|重大)?项目|(?:重点|重大)?项目\d+个"
_HEAD_THEN_EVENT_RE = re.compile(rf"{_HEAD_NOUN}{_PART}{_EVENT}(?:{_COUNT})?")

#: A first line that is only a park's or works' name (ends on its kind).
_WORKS_NAME_END_RE = re.compile(r"(?:产业园|园区|工业园|科技园|软件园|孵化园|产业基地|基地|小镇|新城|产业城"
                                r"|项目|中心)$")
#: A park's figure with no subject of its own: firms signed in or settled, its output or revenue.
_PARK_FIGURE_RE = re.compile(
    r"(?:累计|新)?(?:签约)?(?:入驻|落户|引进)(?:企业|项目|团队|机构)"
    r"(?:突破|达到|超过|超|逾|达|增至)(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)[万]?(?:家|个|项)")

#: A first line opening with what a plant makes in a year, then naming the product.
_CAPACITY_HEAD_RE = re.compile(r"年(?:产|加工|处理|生产)(?:能力)?\d+(?:\.\d+)?[万亿千百]?"
                               r"(?:吨|台|套|件|辆|片|颗|块|只|条|平方米|立方米|千瓦时|GWh|吉瓦时)"
                               r"[\u4e00-\u9fff\dA-Za-z.]{2,16}")
#: The rest of the works' name and its event (``晶圆制造项目主厂房封顶``).
_WORKS_EVENT_RE = re.compile(rf"[\u4e00-\u9fff]{{0,10}}(?:项目|工程|生产线|基地){_PART}{_EVENT}")
#: A line opening with a place of a county or more (``某县…``, ``某市…``): a title naming its own subject.
_PLACE_OPEN_RE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:省|市|县|区|州|旗)")
_EVENT_IN_RE = re.compile(r"开工|签约|投产|竣工|完工|落地|开业|建成|动工|封顶|奠基|揭牌|达产|通车|落户|投运"
                          r"|增长|突破|实现|举行|召开|启动|推进|加快|打造|助力|再添|跑出")


#: A works' name ending on its kind (``…升级改造项目``, ``…热电联产工程``).
_WORKS_END_RE = re.compile(r"(?:项目|工程|生产线|装置)(?:[一二三四首]期)?$")
#: The unit of a plant a first run is told of (``1号焦炉``, ``一号窑``, ``气化炉``, ``首台机组``).
_RUN_UNIT = (r"(?:(?:\d+|[一二三四五六七八九十]+)号|首[座台条]|[一二三四五六七八九十两]座)?"
             r"(?:焦炉|高炉|转炉|电炉|窑炉|回转窑|窑|矿热炉|气化炉|锅炉|机组|装置|生产线|产线)?")
#: The trade's words for a plant's first run (``点火烘炉``, ``投料试车``, ``出铁``, ``热试``).
_FIRST_RUN = (r"(?:点火(?:烘炉|开炉|投产)?|烘炉|投料试车|投料开车|联动试车|热试|热负荷试车|试生产"
              r"|出铁|出钢|出焦|出炉|出料|产出合格产品|并网发电|并网)")
_FIRST_RUN_LINE_RE = re.compile(rf"{_RUN_UNIT}(?:顺利|成功|正式|一次性?)?{_FIRST_RUN}"
                                r"(?:一次性?)?(?:成功|顺利)?")


def _plain_title(line: str) -> bool:
    """A title-like line with no blank inside, no heading marker and no running text."""
    return (is_title_like(line) and not is_heading_marker(line) and not is_byline(line)
            and not is_running_text(line) and " " not in line and "\u3000" not in line)


def _reports_nothing(line: str) -> bool:
    """A line with no event or trend verb: it names what the news is about, no more."""
    return _EVENT_IN_RE.search(line) is None and "，" not in line and "," not in line


def _split_title(a: str, b: str) -> bool:
    """Both lines plain title text, A reporting nothing of its own and B opening on no unit: the
    shape every wrap below shares once its own lines are recognised."""
    return _plain_title(a) and _plain_title(b) and _reports_nothing(a) and not opens_unit(b)


def head_noun_wrap(a: str, b: str) -> bool:
    """True when title line B opens with the bare head noun of the works A qualifies and reports
    their event (``某区新能源汽车`` ⏎ ``产业园集中签约8个项目``): one title over two lines."""
    if len(a) < 4 or len(b) > 20 or not _HEAD_THEN_EVENT_RE.fullmatch(b):
        return False
    return _split_title(a, b)


def park_figure_wrap(a: str, b: str) -> bool:
    """True when title line A is only a park's or works' name and B its count of firms signed in
    or settled, with no subject of its own (``某县某某数字产业园`` ⏎ ``签约入驻企业突破200家``)."""
    if len(a) < 6 or len(b) > 16 or not _WORKS_NAME_END_RE.search(a) or not _PARK_FIGURE_RE.fullmatch(b):
        return False
    return _split_title(a, b)


def capacity_head_wrap(a: str, b: str) -> bool:
    """True when title line A opens with what a plant makes in a year and names part of the
    product, and B finishes the works' name and reports its event (``年产24万片12英寸功率芯片`` ⏎
    ``晶圆制造项目主厂房封顶``); B opening with a place names a subject of its own (a title under a
    capacity kicker)."""
    if not _CAPACITY_HEAD_RE.fullmatch(a) or len(b) > 20 or not _WORKS_EVENT_RE.fullmatch(b):
        return False
    if _PLACE_OPEN_RE.match(b):
        return False
    return _split_title(a, b)


def first_run_wrap(a: str, b: str) -> bool:
    """True when title line A is a works' name and nothing else and B only the trade's word for
    its first run with the unit it is told of (``某县年产30万吨合成氨项目`` ⏎ ``2号气化炉投料试车成功``,
    ``…焦化升级改造项目`` ⏎ ``1号焦炉点火烘炉``): B has no subject of its own."""
    if len(a) < 6 or len(b) > 14 or not _WORKS_END_RE.search(a) or not _FIRST_RUN_LINE_RE.fullmatch(b):
        return False
    return _split_title(a, b)


#: A title line closing on the event it reports (``某县重点项目观摩会举行``, ``某区9个项目集中开工``).
_CLOSES_ON_EVENT_RE = re.compile(rf"(?:{_EVENT}|举行|召开|启动|开幕|闭幕)$")
#: A line of figures opening on a count (``19个观摩项目三季度完成投资37.6亿元``, ``22个项目总投资156.7亿元``).
_FIGURES_OPEN_RE = re.compile(r"\d+(?:\.\d+)?(?:个|家|项|宗)[^，,。；;！？]{2,24}?"
                              r"\d+(?:\.\d+)?(?:[万亿]元|%)")


def event_title_over_figures(a: str, b: str) -> bool:
    """True when title line A closes on the event it reports and B, right under it, is a line of
    figures opening on a count (``某市三季度重点项目观摩会举行`` ⏎ ``19个观摩项目完成投资37.6亿元``): two
    headings (the figures the title, the event line its kicker), two lines even in a column of one
    width."""
    return _CLOSES_ON_EVENT_RE.search(a) is not None and _FIGURES_OPEN_RE.fullmatch(b) is not None \
        and _plain_title(a) and _plain_title(b)


#: A first line telling who invests and how much, closing on the amount (``德企在某区投资8600万欧元``).
_SUM_CLOSES_RE = re.compile(r"[\u4e00-\u9fff]{2,14}(?:投资|斥资|出资|增资|追加投资)(?:超|逾|近|约)?"
                            r"\d+(?:\.\d+)?[万亿]?(?:元|美元|欧元|日元|港元|英镑)")
#: A second line opening on the building verb and naming the works (``建设热管理系统生产基地``).
_BUILDS_WORKS_RE = re.compile(r"(?:建设|新建|兴建|扩建|打造)[\u4e00-\u9fff\dA-Za-z]{2,18}"
                              r"(?:基地|项目|工厂|产业园|园区|中心|生产线|工程)(?:[一二三四首]期)?")


def sum_then_works_wrap(a: str, b: str) -> bool:
    """True when title line A tells who invests and the sum, closing on the amount, and B opens on
    the building verb and names the works (``德企在某区投资8600万欧元`` ⏎ ``建设热管理系统生产基地``): B has
    no subject of its own, A no works."""
    if len(b) > 20 or not _SUM_CLOSES_RE.fullmatch(a) or not _BUILDS_WORKS_RE.fullmatch(b):
        return False
    return _split_title(a, b)


def title_wrap(a: str, b: str) -> bool:
    """True when lines A and B, with no blank line between, are one title cut by a narrow column
    in one of the ways this module tells."""
    return (head_noun_wrap(a, b) or park_figure_wrap(a, b) or capacity_head_wrap(a, b)
            or first_run_wrap(a, b) or sum_then_works_wrap(a, b))
