"""What record extractors read from a document: sentences, figures and places per article.

:class:`RecordContext` wraps a document once its mentions are known.
Figures come from the annotators' mentions (``money``, ``percent``,
``quantity``) when the document has them, else from
:func:`newsmill.zh.figures.find_figures`; places from ``place`` mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import Any

import attrs

from newsmill.core.model import Document, Evidence
from newsmill.core.pipeline import raw_span_mapper
from newsmill.zh.cues import ACTUAL_RE, CLAUSE_ACTUAL_RE, PLAN_RE, STAGE_RE, target_in, won_summed
from newsmill.zh.figures import Figure, find_figures
from newsmill.zh.orgs import latin_alias_spans

#: A place followed by an organization word in the same phrase names the organization
#: (``江苏国际知识产权运营交易中心``, ``成都某某集团``), not where something happens; a phrase
#: running over ``与`` (``某市与某某有限公司签约``) names the place as one party of a deal.
_MEDIA_WORDS = r"日报|晚报|电视台|广播电视|新闻网"
_ORG_WORDS = r"交易所|交易中心|集团|公司|银行|大学|学院|研究院|协会|商会|医院|控股|" + _MEDIA_WORDS
#: (nor over ``的``: ``位于某经济开发区的甲科技有限公司…`` names where the firm is)
ORG_AFTER = re.compile(r"[^\W\d与的]{0,10}?(?:" + _ORG_WORDS + ")")
MEDIA_AFTER = re.compile(r"[^\W\d]{0,4}?(?:" + _MEDIA_WORDS + ")")
#: A government office right after a place (``统计局``, ``农业农村局``, ``人民政府``, ``商务委``).
_OFFICE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:局|人民政府|政府|委员会|委)"
                           r"(?=[\u4e00-\u9fff]{0,6}?(?:显示|介绍|表示|发布|公布|数据|资料|消息))")
#: A wire agency's dateline (``新华社兰州11月7日电``): where the story was filed, not where it happens
#: (so is the place of a reporter's ``某地报道``).
WIRE_BEFORE = re.compile(r"(?:新华社|中新社|中国新闻社|新华网|中新网|人民网|央视网|央广网)$")
WIRE_AFTER = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯)")
#: A brief item led by a place and a colon (``◆某某市：``, ``■某某市:``).
_BRIEF_LEAD = re.compile(r"[◆●■▲·\s]*([\u4e00-\u9fff]{1,6}市)[:：]")
#: Scope words: ``全省``/``我省`` the article's province; ``全市``, and in an autonomous
#: prefecture or league ``全州``/``全盟`` (not the county 全州县), and in a prefecture ``全地区``, its
#: home city; ``全县``/``我县`` the one county of the article (else of the site's banner above it).
#: (Written ``(?:全|我|本)(省|市|州(?!县)|全地区|盟|县(?!域|城|乡|级))|(省|市)级``; opening on one set of
#: characters lets the regex engine skip every other position at once: same matches and groups.)
#: ``本市`` inside ``资本市场`` or ``日本市场`` (``全省上市公司通过资本市场再融资…``) is no scope word.
SCOPE_RE = re.compile(r"[全我本省市](?:(?<=[全我本])(?<![资日]本)"
                      r"(省|市|州(?!县)|(?<=全)地区|盟|县(?!域|城|乡|级))"
                      r"|(?<=([省市]))级)")
#: A scope word as the frame of a rank (``增速居全市第二``, ``位列全省前三``): no scope of what follows.
_RANK_BEFORE = re.compile(r"(?:居|位居|位列|排名|排在|列)$")
_RANK_AFTER = re.compile(r"(?:第|前|首位|榜首|末位)")


#: A scope word as the base of a comparison (``高于全省平均水平``, ``高出全市平均水平``, ``较全市平均水平高``,
#: ``比全省高0.8个百分点``) or the whole a share is of (``占全省…的38.5%``): no scope of what
#: follows either.
_COMPARE_BEFORE = re.compile(r"(?:高于|低于|快于|慢于|好于|优于|超出|高出|领先|较|比|占)$")


#: The mark opening an item of a numbered list (``1.``, ``（一）``, ``一是``).
_LIST_ITEM_HEAD = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                             r"|[一二三四五六七八九十]{1,2}、|[一二三四五六七八九十]是)")
#: A line introducing a list of tasks (``…重点工作进行了安排部署：``, ``要聚焦5项重点工作发力：``).
_TASK_INTRO = re.compile(r"部署|要求|重点工作|重点任务|工作任务|发力|着力|措施|举措")
#: The first item of a series of tasks told inline (``…重点工作。一是…；二是…``, ``…任务：其一，…``).
_FIRST_ORDINAL = re.compile(r"一是|其一[，,]|首先是")
#: The ordinal opening a later item of such a series (``；二是…``, ``；其次是…``, ``；三要…``).
_ORDINAL_ITEM = re.compile(r"[一二三四五六七八九十](?:是|要)|其[一二三四五六七八九十][，,]"
                           r"|首先是|其次是|再次是|最后是")
#: Words of a look back in the lead of such a series: its items report what was done.
_REVIEW_INTRO = re.compile(r"去年|过去|上年|取得|成效|成绩|回顾|完成|实现|总结")


def _rank_frame(text: str, m: re.Match) -> bool:
    """Whether the scope word ``m`` is only the frame of a rank (``居全市第二``), the base
    of a comparison (``高于全省平均水平``) or the whole a share is of (``占全省…的38.5%``)."""
    lo = max(0, m.start() - 2)
    if _COMPARE_BEFORE.search(text, lo, m.start()) is not None:
        return True
    return _RANK_BEFORE.search(text, lo, m.start()) is not None \
        and _RANK_AFTER.match(text, m.end()) is not None


#: What may stand between a place framing a rank and the rank (``居某市各县(市、区)首位``).
_RANK_FRAME_GAP = re.compile(r"[\u4e00-\u9fff（）()、]{0,12}?(?:第|前|首位|榜首|末位)")


def _rank_frame_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``–``end`` is only the frame of a rank (``入选数量居某市各县
    (市、区)首位``): the field ranked in, no place of the story."""
    return _RANK_BEFORE.search(text, max(0, start - 2), start) is not None \
        and _RANK_FRAME_GAP.match(text, end) is not None


#: An office of the autonomous region as the paragraph's source (``记者从自治区交通运输厅获悉``,
#: ``据自治区统计局消息``): its ``全区`` is the region.
_REGION_OFFICE_TOLD = re.compile(r"(?:从|据|经)自治区[\u4e00-\u9fff]{2,14}?(?:厅|局|委员会|委|办公室|办)"
                                 r"(?:了解到|获悉|得知|消息|介绍|统计)")
#: ``全区``/``我区``: an autonomous region's own scope word (or a district's).
#: How a county's own paper speaks of it (``我区``, ``全县``, ``本区``).
_HOME_WORD_RE = re.compile(r"[我本全][区县](?![级域内外])")
_REGION_SCOPE_RE = re.compile(r"(?:全|我|本)区(?!域|间|块|县)")
#: ``区里``/``县里`` as a speaker's word for their own district or county (``某区经信局局长说,区里依托…``),
#: not a park's, a scenic area's or a town's inside (``园区里``, ``景区里``, ``城区里``).
#: A sentence opening on a breakdown of the figures told before it (``分行业看，``, ``按经营单位所在地分，``,
#: ``从重点产品看，``, ``限额以上单位中，``).
_BREAKDOWN_OPEN = re.compile(r"(?:分[\u4e00-\u9fff]{1,5}看|按[\u4e00-\u9fff]{2,10}分|从[\u4e00-\u9fff]{2,8}看"
                             r"|限额以上单位中)[，,：:]")
#: Places listed and closed by their count (``石家庄、唐山、保定三市``, ``吉首和洪江两市``, ``甲、乙两个县``).
_COUNTED_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?[、和与及])+([\u4e00-\u9fff]{2,8}?)"
                             r"[两二三四五六七八九十]个?(?:县市区|县市|县区|市州|市|县|区|州|地)(?![场长委民])")
_OWN_LEVEL_RE = re.compile(r"(?<![园景社厂城片校营矿辖小街库镇全])(区|县)里(?![面边头])")
#: A notice's line of addressees (``各市、州、直管市发展改革委，省直有关部门：``): its places receive it.
ADDRESSEE_LINE_RE = re.compile(r"^[ \t\u3000]*各[^\n。]{1,80}[:：][ \t\u3000]*$", re.M)
_INDENT = frozenset(" \t\u3000")


#: A tier of key projects after ``省级``/``市级`` (``省级重点项目5个``): a list the projects are on.
_TIER_OF_PROJECTS = re.compile(r"(?:以上)?(?:重点|重大)(?:建设)?项目")


#: A tier of firms, farms or bodies a place has ranked by the province or the city (``省级龙头企业``,
#: ``市级以上农业产业化龙头企业``, ``省级示范家庭农场``, ``市级示范社``).
#: (and the tiers of upgraded firms and plants: ``新增省级智能制造示范工厂3家``, ``省级绿色工厂``,
#: ``省级专精特新企业``, ``市级数字化车间``)
_TIER_OF_FIRMS = re.compile(r"(?:以上)?[\u4e00-\u9fff]{0,8}?"
                            r"(?:龙头企业|示范社|示范合作社|示范家庭农场|示范农场"
                            r"|示范工厂|智能工厂|绿色工厂|数字化车间|智能车间|专精特新(?:中小)?企业|企业技术中心)")


#: A tier of parks or zones (``全市7个省级以上产业园区实现…``, ``全市省级以上园区规上工业总产值…``): the
#: place's own parks on the province's list, no province's figure.
_TIER_OF_PARKS = re.compile(r"(?:以上)?(?:产业|工业|经济)?(?:园区|开发区|产业园)")


def _tier_of_projects(text: str, m: re.Match[str]) -> bool:
    """Whether a scope match is ``省级``/``市级`` naming a tier of projects in a county's
    list, ``其中`` or ``；`` right before it (``其中，省级重点项目5个，…；市级重点项目17个``): the
    county's own projects on that tier, no province's or city's; or a tier of its firms and farms
    (``全县培育市级以上农业产业化龙头企业58家，其中省级12家``) or of its parks (``全市省级以上园区``)."""
    if m.group(2) and (_TIER_OF_FIRMS.match(text, m.end()) or _TIER_OF_PARKS.match(text, m.end())):
        return True
    if not m.group(2) or not _TIER_OF_PROJECTS.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 3):m.start()]
    return before.endswith(("其中，", "其中,", "其中", "；", ";"))


def _county_first(ok: list[Any]) -> bool:
    """Whether an article's first place is a county or district (an article about it)."""
    return bool(ok) and isinstance(ok[0].value, dict) and ok[0].value.get("level") in ("county", "district")


def addressee_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``ADDRESSEE_LINE_RE.finditer(text, lo, hi)``, found from the 各 that open lines
    (past their indent) instead of trying the pattern at every position."""
    out = []
    k = text.find("各", lo, hi)
    while k >= 0:
        line = text.rfind("\n", 0, k) + 1
        if line >= lo and all(c in _INDENT for c in text[line:k]):
            m = ADDRESSEE_LINE_RE.match(text, line, hi)
            if m is not None:
                out.append(m.span())
        k = text.find("各", k + 1, hi)
    return out


#: Where guests or firms came from (``来自温州、苏州等地的商会负责人``): their home places.
ORIGIN_RE = re.compile(r"来自[^，,。；;！？\n]{1,40}?(?:等地|等城市|等省市|的)")
#: A firm told by its home and no name, right after the place (``由贵阳一家国有企业牵头建设``, ``深圳一家
#:新能源企业``): where the firm comes from, no place of the story.
FIRM_HOME_AFTER = re.compile(r"一家[^，,。；;！？\n]{0,10}?(?:企业|公司|集团|民企|国企|外企)")
#: Where a delegation travels to seek investment (``赴浙江宁波、慈溪两地开展产业链招商``) and the host
#: city bracketed in its event's name (``某县（宁波）招商推介会``): no place the story's works stand in.
#: (the visits may follow a comma: ``带队赴北京、天津，先后走访…``)
TRIP_RE = re.compile(r"(?:远赴|奔赴|赴)[^，,。；;！？\n]{2,30}?(?:[，,](?:先后|分别|集中|重点|实地)?)?"
                     r"(?:开展|进行|举办|参加|拜访|走访|考察|招商|推介|对接|签约|洽谈)"
                     r"|[（(][^（()）\n]{2,8}[）)](?=[^，,。；;\n]{0,8}?(?:推介会|招商会|恳谈会|洽谈会|对接会))")
#: What sets a sentence's figures in a city (``在某市安排…``, ``向某州安排…``, ``对口支援某地区…``).
_SCENE_BEFORE = re.compile(r"(?:[在向]|对口支援)$")
#: A province or city giving aid, right before its aid word (``天津市援疆资金``, ``河北省援藏项目``,
#: ``上海市在某市安排援藏资金``, ``浙江省共向某州安排援青资金``, ``天津市对口支援某师``): the donor, no
#: place the aided works, batches or statistics are of.
AID_AFTER = re.compile(r"(?:省|市)?(?:第[一二三四五六七八九十\d]{1,3}批)?(?:今年|共|累计|已|还|先后)*"
                       r"(?:(?:在|向|为)[^，,。；;！？\n、]{2,12}?)?(?:安排|投入|下达|拨付)?"
                       r"(?:援疆|援藏|援青|援建|对口支援)")
#: What puts a place on the receiving side (``在某市安排援藏资金``, ``对口支援某地区``, ``援建某县``).
_AID_RECIPIENT = re.compile(r"(?:在|向|为|到|支援|援建)$")
#: Firms of a place come to invest (``佛山企业投资…``, ``广东企业项目19个``, ``引进浙江企业25家``):
#: where the firms are from.
FIRM_ORIGIN_AFTER = re.compile(r"(?:省|市)?(?:籍)?(?:企业|客商)(?=投资|到|来|在|落户|项目|\d)")


def donor_or_origin(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` gives aid (``天津市援疆资金…``) or is where firms come
    from (``佛山企业投资…``) rather than where the story's works stand."""
    if AID_AFTER.match(text, end) is not None:
        return _AID_RECIPIENT.search(text, max(0, start - 2), start) is None
    return FIRM_ORIGIN_AFTER.match(text, end) is not None


SENTENCE_ACTUAL_RE = re.compile(ACTUAL_RE.pattern + r"|同比|比上年")
#: The heading of a section that looks back (``一、2021年工作回顾``, ``过去一年的主要成效``).
REVIEW_HEADING = re.compile(r"回顾|过去[一五两三]?年|一年来|五年来|主要成效|主要成绩|取得的成绩|工作总结")
#: A paragraph opened by a look back at the year gone (``过去一年，``, ``去年以来，``, ``一年来，``):
#: what it tells was done, even in a report whose goals come after.
LOOK_BACK_OPENING = re.compile(r"(?:过去(?:的)?一年(?:里|中|来)?|一年来|去年(?:以来|一年)?)[,，]")
#: A paragraph opening on a dash or bullet and a project's bare name, closed by a full stop before
#: the item's facts (``——甲项目。总投资6.8亿元，11月竣工``): the name heads the item's sentence.
ITEM_HEAD_NAME = re.compile(r"[ \t\u3000]*(?:——|—|■|●|◆|▲|★|▶)[ \t\u3000]*"
                            r"[^，,；;：:。！？!?\n“”\"]{4,40}?(?:项目|工程|[一二三四五六七八九十]期)")
#: A numbered item of a bulletin whose first sentence is a project's name alone, its facts told
#: in the item's next sentences (``2.某某冷链物流园项目。总投资2.35亿元，…。形象进度：…``), or after
#: a colon (``1.某某项目：投资方为某公司，计划投资5亿元，…``).
#: Items numbered in Chinese count too (``一、某县甲公司乙技改项目。项目总投资…``, ``（二）…``).
#: (not a task heading a plan's item: ``1.加快推进重点项目。…``)
PROSE_ITEM = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）]|[①-⑳]"
                        r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*"
                        r"(?!加快|推进|推动|抓好|做好|全力|强化|持续|着力|坚持|积极|确保|力争|狠抓|实施|谋划|储备"
                        r"|全面|大力|扎实)"
                        r"(?P<name>[^：:；;。，,\s]{4,40}?(?:项目|工程))[。：:](?=[^\n]{8})", re.M)


def prose_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each item of :data:`PROSE_ITEM` in ``text[start:end]``, up to its line's end."""
    if text.find("项目。", start, end) < 0 and text.find("工程。", start, end) < 0 \
            and text.find("项目：", start, end) < 0 and text.find("项目:", start, end) < 0:
        return []
    out = []
    for m in PROSE_ITEM.finditer(text, start, end):
        e = text.find("\n", m.end(), end)
        out.append((m.start(), end if e < 0 else e))
    return out


#: (a question mark right before a clause mark, ``封？；``, stands for a lost character: no end)
SENTENCE_END = re.compile(r"[。！!\n]|[？?](?![，；、,;])")
CLAUSE_END = re.compile(r"[。！？!?\n,，;；:：]")
_SENTENCE_CHARS = frozenset("。！？!?\n")  # what SENTENCE_END matches, all of them in CLAUSE_END
#: The longest sentence the rules read (characters).  News sentences stay far below it (the longest
#: of the test pages has under 300); a longer run with no sentence end is a list or a table flattened
#: into one line, and the rules, which look back from each figure to its sentence's start, would
#: take time growing with the square of its length.  Such a run is cut at its last clause mark (or
#: list comma, or blank) before the limit, else at the limit.
MAX_SENTENCE = 1000
_RUN_CUT = re.compile(r"[,，;；:：、 \u3000]")
#: A clause mark right after a question mark (``封？；``): no question ends there, a character was lost.
_IN_CLAUSE_AFTER = ("，", "；", "、", ",", ";")
COUNTERS = set("个项家户宗条人名座台套所处批")


@attrs.define
class Span:
    """A piece of the cleaned text with its article index."""

    start: int
    end: int
    article: int | None


def _same_span(start: int, end: int) -> tuple[int, int]:
    """The raw span of a document without an offset map: the span itself."""
    return start, end


#: A paragraph opening that goes on from the one before (``同时，``, ``此外，``).
_GOES_ON = re.compile(r"(?:同时|与此同时|此外|另外)[，,]")
#: A sentence opening on a bare call to push work on, with no subject (``重点推进…``,
#: ``加快建设…``): after a sentence of the year's plan (``今年…将…``) it lists the plan's works.
_YEAR_AHEAD = re.compile(r"(?:今年|全年|明年|下一步|下步)")
_BARE_PUSH = re.compile(r"(?:重点|全力|着力|加快|大力|持续)?(?:推进|推动|建设|实施)")


def _add_sentence(found: list[Span], text: str, start: int, end: int, article: int | None) -> None:
    """Append sentence ``start:end``, in pieces of at most :data:`MAX_SENTENCE` characters."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = -1
        for m in _RUN_CUT.finditer(text, limit - MAX_SENTENCE // 4, limit):
            cut = m.start()
        cut = cut + 1 if cut > start else limit
        found.append(Span(start, cut, article))
        start = cut
    found.append(Span(start, end, article))


class RecordContext:
    """Sentences, figures and places of one document, for record rules."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.clean
        self.places: list[Any]
        self.orgs: list[Any]
        self.dates: list[Any]
        self.figures = self._figures()  # (and the places, orgs and dates, in the same pass)
        self._register: dict[int | None, tuple[int, int] | None] = {}
        self._article_places: dict[int | None, tuple[list[Any], str | None, str | None]] = {}
        self._starts = [f.start for f in self.figures]
        self._of_kinds: dict[tuple[str, ...], tuple[list[Figure], list[int]]] = {}
        self._sentences: dict[tuple[int, int, int | None], list[Span]] = {}
        self._raw: dict[tuple[int, int], tuple[int, int, str]] = {}
        self._to_raw: Callable[[int, int], tuple[int, int]] | None = None
        self._articles: list[Span] | None = None
        # mentions by start, their starts, their places in the mentions' order (None: already in text order)
        self._kind_starts: dict[str, tuple[list[Any], list[int], list[int] | None]] = {}
        self._marks: list[int] | None = None
        self._firsts: dict[int | None, tuple[int, int]] = {}
        self._targets: dict[tuple[int, int], tuple[int, int] | None] = {}  # plan cue of a span
        self._place_table: dict[int | None, Any] = {}
        self._in_org: SpanSet | None = None  # the spans of the organization mentions
        self._people: set[tuple[int, int]] | None = None  # the spans of the person mentions
        self._one_city: tuple[str | None] | None = None  # the page's one city (see _page_city)
        # what the context was built from, to tell when it no longer describes the document
        self._built_from = (doc.clean, doc.mentions, len(doc.mentions), doc.articles, len(doc.articles),
                            doc.offsets, doc.raw)

    def describes(self, doc: Document) -> bool:
        """True when this context was built from ``doc`` as it is now (same text, mentions, articles)."""
        text, mentions, n_mentions, articles, n_articles, offsets, raw = self._built_from
        return self.doc is doc and doc.clean is text and doc.mentions is mentions \
            and len(mentions) == n_mentions and doc.articles is articles \
            and len(articles) == n_articles and doc.offsets is offsets and doc.raw is raw

    # -- figures ----------------------------------------------------------------
    def _figures(self) -> list[Figure]:
        """The figures of the money, percent and quantity mentions (found in the text for a kind no
        mention has), in text order; the place, org and date mentions go to :attr:`places`,
        :attr:`orgs` and :attr:`dates` on the way (each list made anew)."""
        places: list[Any] = []
        orgs: list[Any] = []
        dates: list[Any] = []
        self.places, self.orgs, self.dates = places, orgs, dates
        text = self.text
        donors = "援" in text or "企业" in text or "客商" in text  # (cheap test before the patterns)
        kinds: set[str] = set()
        out: list[Figure] = []
        for m in self.doc.mentions:
            kind = m.kind
            if kind == "place":
                if not (donors and donor_or_origin(text, m.start, m.end)):
                    places.append(m)  # (a donor's or the firms' home is no place of the records)
            elif kind == "quantity":
                kinds.add(kind)
                number = _number(m.value)
                if number is not None:
                    out.append(_quantity(m, number))
            elif kind == "date":
                dates.append(m)
            elif kind == "org":
                orgs.append(m)
            elif kind == "money":
                kinds.add(kind)
                if m.value is None:
                    continue
                try:
                    value = int(m.value)
                except (TypeError, ValueError):
                    continue
                a = m.attributes or {}
                out.append(Figure("money", m.start, m.end, value, a.get("currency") or "CNY",
                                  a.get("qualifier") or "exact"))
            elif kind == "percent":
                kinds.add(kind)
                number = _number(m.value)
                if number is not None:
                    a = m.attributes or {}
                    out.append(Figure("percent", m.start, m.end, float(number), a.get("unit") or "%",
                                      change=a.get("change")))
        pairs = (("money", "money"), ("percent", "percent"), ("count", "quantity"), ("quantity", "quantity"))
        missing = tuple(k for k, mk in pairs if mk not in kinds)
        if missing:
            out.extend(find_figures(self.text, missing))
        out.sort(key=_SPAN)
        unique: list[Figure] = []
        last = None  # unique[-1]
        for f in out:
            if last is None or last.start != f.start or last.end != f.end or last.kind != f.kind:
                unique.append(f)
                last = f
        return unique

    def mentions_in(self, kind: str, start: int, end: int) -> list[Any]:
        """The mentions of ``kind`` (``places``, ``orgs`` or ``dates``) starting in ``[start, end)``,
        in the order of :attr:`doc.mentions`."""
        found = self._kind_starts.get(kind)
        if found is None:
            ms = getattr(self, kind)
            at = [m.start for m in ms]
            if all(a <= b for a, b in zip(at, at[1:])):
                found = (ms, at, None)
            else:  # not in text order: search a copy sorted by start, answer in the mentions' order
                order = sorted(range(len(ms)), key=at.__getitem__)
                found = ([ms[i] for i in order], [at[i] for i in order], order)
            self._kind_starts[kind] = found
        ms, starts, order = found
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        if order is None or hi - lo < 2:
            return ms[lo:hi]
        return [ms[j] for _, j in sorted((order[j], j) for j in range(lo, hi))]

    def last_date(self, start: int, end: int, accept: Callable[[Any], bool]) -> Any:
        """The last date mention (in mention order) starting in ``[start, end)`` that ``accept`` takes."""
        for m in reversed(self.mentions_in("dates", start, end)):
            if accept(m):
                return m
        return None

    def _figures_of(self, kinds: tuple[str, ...]) -> tuple[list[Figure], list[int]]:
        """The figures of ``kinds`` (all when empty), in text order, and their starts; each
        selection is made once per document."""
        if not kinds:
            return self.figures, self._starts
        found = self._of_kinds.get(kinds)
        if found is None:
            figs = [f for f in self.figures if f.kind in kinds]
            found = self._of_kinds[kinds] = (figs, [f.start for f in figs])
        return found

    def figures_in(self, start: int, end: int, *kinds: str) -> list[Figure]:
        """Figures inside ``[start, end)`` of the given kinds (all when none given)."""
        figs, starts = self._figures_of(kinds)
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        if lo == hi:
            return []  # most spans hold no figure
        return [f for f in figs[lo:hi] if f.end <= end]

    def sentence_figures(self, sentences: list[Span], *kinds: str) -> list[list[Figure]]:
        """``figures_in(s.start, s.end, *kinds)`` for each of ``sentences`` (in text order), in one
        walk over the figures instead of two binary searches per sentence."""
        figs, starts = self._figures_of(kinds)
        out: list[list[Figure]] = []
        n = len(figs)
        i = bisect.bisect_left(starts, sentences[0].start) if sentences else 0
        for sent in sentences:
            start, end = sent.start, sent.end
            while i < n and starts[i] < start:
                i += 1
            j = i
            while j < n and starts[j] < end:
                j += 1
            out.append([f for f in figs[i:j] if f.end <= end] if j > i else [])
        return out

    # -- text units ---------------------------------------------------------------
    def article_spans(self) -> list[Span]:
        """Each article's body (or the whole text when the document has no articles)."""
        if self._articles is None:
            if not self.doc.articles:
                self._articles = [Span(0, len(self.text), None)]
            else:
                self._articles = [
                    Span(a.body_start if a.body_start is not None else a.start,
                         a.body_end if a.body_end is not None else a.end, a.index)
                    for a in self.doc.articles]
        return self._articles

    def sentences(self, span: Span) -> list[Span]:
        """Sentences of an article body (split at 。！？ and line ends); computed once per span."""
        key = (span.start, span.end, span.article)
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = []
            pos = span.start
            # sentence ends are clause ends too: pick them from the clause marks (one scan of the text)
            text = self.text
            marks = self._marks if self._marks is not None else self._clause_marks()
            for i in range(bisect.bisect_left(marks, span.start), bisect.bisect_left(marks, span.end)):
                at = marks[i]
                if text[at] in _SENTENCE_CHARS:
                    if text[at] == "。" and ITEM_HEAD_NAME.fullmatch(text, pos, at):
                        continue  # ——甲项目。总投资6.8亿元，11月竣工: the item's name heads its sentence
                    if text[at] in "？?" and at + 1 < span.end and text.startswith(_IN_CLAUSE_AFTER, at + 1):
                        continue  # 主体封？；乙…: a mark for a lost character, inside the sentence
                        # (as SENTENCE_END reads it)
                    if at > pos:
                        _add_sentence(found, text, pos, at, span.article)
                    pos = at + 1
            if pos < span.end:
                _add_sentence(found, text, pos, span.end, span.article)
        return found

    def _clause_marks(self) -> list[int]:
        """Positions of the clause-ending characters of the text (computed once)."""
        if self._marks is None:
            aliases = latin_alias_spans(self.text)  # (a comma in ``(Xxx Co., Ltd.)`` ends no clause)
            self._marks = [m.start() for m in CLAUSE_END.finditer(self.text)
                           if not any(a < m.start() < b for a, b in aliases)]
        return self._marks

    def last_mark(self, chars: frozenset[str], lo: int, hi: int) -> int:
        """``max(text.rfind(c, lo, hi) for c in chars)`` (-1 when none) for clause-ending characters
        ``chars`` (all of them matched by :data:`CLAUSE_END`) and ``0 <= lo``, ``0 <= hi``: read from the
        clause marks, nearest first, instead of one scan of the text per character."""
        marks = self._marks if self._marks is not None else self._clause_marks()
        text = self.text
        k = bisect.bisect_left(marks, hi) - 1
        while k >= 0:
            at = marks[k]
            if at < lo:
                return -1
            if text[at] in chars:
                return at
            k -= 1
        return -1

    def next_mark(self, chars: frozenset[str], pos: int) -> int:
        """``min(i for i in (text.find(c, pos) for c in chars) if i >= 0)``, else the text's length, for
        clause-ending characters ``chars`` (see :meth:`last_mark`) and ``0 <= pos``."""
        marks = self._marks if self._marks is not None else self._clause_marks()
        text = self.text
        for k in range(bisect.bisect_left(marks, pos), len(marks)):
            if text[marks[k]] in chars:
                return marks[k]
        return len(text)

    def clause_start(self, pos: int, floor: int) -> int:
        """Start of the clause holding ``pos`` (not before ``floor``)."""
        if pos <= floor:
            return pos
        if floor < 0 or pos > len(self.text):  # out of the text: scan as written
            i = pos
            while i > floor and not CLAUSE_END.match(self.text[i - 1]):
                i -= 1
            return i
        marks = self._marks if self._marks is not None else self._clause_marks()
        k = bisect.bisect_left(marks, pos) - 1  # the last clause end before pos
        return marks[k] + 1 if k >= 0 and marks[k] >= floor else floor

    def clause_end(self, pos: int, ceiling: int) -> int:
        """End of the clause holding ``pos`` (not after ``ceiling``)."""
        if pos >= ceiling:
            return pos
        if pos < 0 or ceiling > len(self.text):  # out of the text: scan as written
            i = pos
            while i < ceiling and not CLAUSE_END.match(self.text[i]):
                i += 1
            return i
        marks = self._marks if self._marks is not None else self._clause_marks()
        k = bisect.bisect_left(marks, pos)  # the first clause end at or after pos
        return marks[k] if k < len(marks) and marks[k] < ceiling else ceiling

    def _in_place(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a place's name."""
        return any(m.start <= pos < m.end for m in self.mentions_in("places", max(0, pos - 12), pos + 1))

    def _without_places(self, lo: int, hi: int) -> str:
        """``text[lo:hi]`` with the names of places blanked out (same length)."""
        chars = list(self.text[lo:hi])
        for m in self.mentions_in("places", lo, hi):
            for k in range(max(m.start, lo), min(m.end, hi)):
                chars[k - lo] = "\u3000"
        return "".join(chars)

    def status(self, sent: Span, upto: int) -> tuple[str, tuple[int, int] | None]:
        """``target`` or ``actual`` for an event reported in ``sent`` before ``upto``, with the cue's span.

        A plan marker earlier in the sentence makes it a target; a mark of
        completion (已, 成功, 了, 累计…) in its clause makes it actual; else a
        plan marker opening the paragraph or the article (``…县将…``) makes
        every plain statement that follows a target.
        """
        start = self._after_speaker(sent.start, upto)
        lo = _item_start(self.text, start, upto)
        m = target_in(self.text[lo:upto])
        opening = None
        if m is None and lo > start:
            opening = m = self._opening_plan(sent, lo)
            if m is not None:
                lo = sent.start  # 今年力争甲…；乙…: a plan word opening the sentence covers each item
        if m is not None and m.group() == "将" and self._in_place(lo + m.start()):
            m = target_in(self._without_places(lo, upto))  # 将台堡镇: a place's name, no plan word
        if m is not None and lo == start and opening is None:
            m = _series_target(self.text, lo, upto, m)
        if m is not None:
            done = _last(ACTUAL_RE.finditer(self.text, lo, upto))
            if done is None or lo + m.start() > done.start() \
                    or (done.group() == "成功"
                        and _AIMED_AT.fullmatch(self.text, lo + m.end(), done.start())):
                # (力争成功申建…, 力争甲项目成功落地: success is what the plan aims at, not done)
                return "target", (lo + m.start(), lo + m.end())
        c0 = self.clause_start(upto - 1 if upto > sent.start else upto, sent.start)
        done = CLAUSE_ACTUAL_RE.search(self.text, c0, upto)
        if done:
            return "actual", done.span()
        won = won_summed(self.text, c0, upto)
        if won is not None:
            return "actual", (c0 + won.start(), c0 + won.end())  # 今年，全市共争取…资金11.6亿元: won
        para = self.text.rfind("\n", 0, sent.start) + 1
        tasks = self._inline_task_intro(para, upto)
        if tasks is not None:
            return "target", tasks  # (``会议明确了…任务：其一，…``: the lead's 了 reports no result)
        done = SENTENCE_ACTUAL_RE.search(self.text, sent.start, upto)
        if done:
            return "actual", done.span()
        heading = self.section_heading(sent.start, sent.article)
        if heading is not None and REVIEW_HEADING.search(self.text, heading.start, heading.end):
            return "actual", None  # a review section of a plan or work report reports what was done
        para = self.text.rfind("\n", 0, sent.start) + 1
        back = LOOK_BACK_OPENING.match(self.text, para)
        if back is not None:
            return "actual", back.span()  # 过去一年，…建成投用: a look back reports what was done
        plan = self._plan_register(sent.article)
        if plan is not None:
            return "target", plan
        para = self.text.rfind("\n", 0, sent.start) + 1
        tasks = self._task_list_intro(para)
        if tasks is not None:
            return "target", tasks
        if sent.start > para and _BARE_PUSH.match(self.text, sent.start):
            # 今年计划新开工项目12个。重点推进甲项目建设: the plan's works, told right after it
            ends = [m.end() for m in SENTENCE_END.finditer(self.text, para, sent.start - 1)]
            lo = ends[-1] if ends else para
            m = target_in(self.text[lo:sent.start]) if _YEAR_AHEAD.match(self.text, lo) else None
            if m is not None:
                return "target", (lo + m.start(), lo + m.end())
        para_end = SENTENCE_END.search(self.text, para)
        first = self._first_sentence(sent.article)
        for lo, hi in ((para, min(sent.start, para_end.start() if para_end else sent.start)), first):
            if hi <= lo or sent.start - lo > 400:
                continue
            cue = self._targets.get((lo, hi), False)
            if cue is False:
                m = target_in(self.text[lo:hi])
                if m is not None and m.group() == "将" and self._in_place(lo + m.start()):
                    m = target_in(self._without_places(lo, hi))
                if m is not None and STAGE_RE.search(self.text, lo, lo + m.start()):
                    m = None  # 某日,甲与乙签署协议,双方将…: an event reported before the plan word
                if m is not None and self.text.find("以来", lo, lo + m.start()) >= 0:
                    m = None  # 今年以来,某区…全力抓项目: the work since then, no plan of what follows
                cue = self._targets[(lo, hi)] = None if m is None else (lo + m.start(), lo + m.end())
            if cue is not None:
                return "target", cue
        if para > 1 and _GOES_ON.match(self.text, para):
            # 同时，全年新培育…: a paragraph going on from a plan goes on with its plan
            prev = self.text.rfind("\n", 0, para - 1) + 1
            ends = [m.end() for m in SENTENCE_END.finditer(self.text, prev, para - 2)]
            lo = ends[-1] if ends else prev
            m = target_in(self.text[lo:para - 1])
            if m is not None and not STAGE_RE.search(self.text, lo, lo + m.start()):
                return "target", (lo + m.start(), lo + m.end())
        return "actual", None

    def _after_speaker(self, start: int, upto: int) -> int:
        """Where a sentence's words start after a speaker's label (``答：今年…``, ``某某某：…`` with a
        person's name), else ``start``: the label's colon opens no series."""
        m = _SPEAKER.match(self.text, start, upto)
        if m is None:
            return start
        if not m.group("role"):
            if self._people is None:
                self._people = {(p.start, p.end) for p in self.doc.mentions if p.kind == "person"}
            if (start, m.end() - 1) not in self._people:
                return start
        return m.end()

    def _opening_plan(self, sent: Span, item: int) -> re.Match[str] | None:
        """The plan word of a sentence's first clause (``今年我们力争…，…；…``), when no mark of a
        result stands between it and the item starting at ``item``; else None."""
        c0 = self._after_speaker(sent.start, item)
        c1 = self.clause_end(c0, item)
        m = target_in(self.text[c0:c1])
        if (m is None or m.group() == "将") and c1 < item:
            # ``我们将聚焦…，力争全年…；固定资产投资增长10%``: what will be done, then the goals
            goal = self._goal_after_will(c0, c1, item)
            if goal is not None:
                return _shifted(goal, -sent.start)
        if m is None or m.group() == "将" or ACTUAL_RE.search(self.text, c0 + m.end(), item):
            return None
        return _shifted(m, c0 - sent.start)

    def _goal_after_will(self, c0: int, c1: int, item: int) -> re.Match[str] | None:
        """The goal word opening a clause (``力争全年…``) after clauses telling what will be done
        (``下一步，我们将…，确保…``), all before the item at ``item``, no mark of a result among them."""
        if ACTUAL_RE.search(self.text, c0, item) is not None:
            return None
        will = False
        while c1 < item:
            clause = self.text[c0:c1]
            will = will or "将" in clause or _WORK_AHEAD_OPENING.match(clause) is not None
            c0 = c1 + 1
            goal = _GOAL_CLAUSE.match(self.text, c0, item)
            if goal is not None:
                return goal if will else None
            c1 = self.clause_end(c0, item)
        return None

    def section_heading(self, pos: int, article: int | None) -> Span | None:
        """The last subheading of the article before ``pos``: the heading of the section ``pos`` is in."""
        if article is None or not (0 <= article < len(self.doc.articles)):
            return None
        heads = self.doc.articles[article].attributes.get("subheadings") or []
        last = None
        for head in heads:
            if head[0] >= pos:
                break
            last = head
        return None if last is None else Span(last[0], last[1], article)

    def _task_list_intro(self, para: int) -> tuple[int, int] | None:
        """The deployment word introducing the numbered list whose item opens at ``para``
        (``会议对8项重点工作进行了安排部署：`` ⏎ ``1.…`` ⏎ ``2.…``), else None: the items of a list of
        tasks are goals, each of them."""
        if not _LIST_ITEM_HEAD.match(self.text, para):
            return None
        k = para
        for _ in range(20):  # back over the items before this one, to the line introducing them
            if k == 0:
                return None
            prev = self.text.rfind("\n", 0, k - 1)
            while prev > 0 and self.text[prev + 1:k].strip() == "":
                prev = self.text.rfind("\n", 0, prev)
            line_start = prev + 1
            line = self.text[line_start:k].strip()
            if not _LIST_ITEM_HEAD.match(self.text, line_start):
                if not line or line[-1] not in ":：":
                    return None
                cue = _TASK_INTRO.search(line)
                if cue is None:
                    return None
                at = self.text.find(cue.group(), line_start)
                return at, at + len(cue.group())
            k = line_start
        return None

    def _inline_task_intro(self, para: int, upto: int) -> tuple[int, int] | None:
        """The task word leading a series told inline in the paragraph, whose item holds ``upto``
        (``会议确定了6项重点工作。一是…；三是…，推动甲项目二季度开工``), else None: each item is a goal."""
        first = _FIRST_ORDINAL.search(self.text, para, upto)
        if first is None or self.text.find("。", first.end(), upto) >= 0:
            return None
        lo = max(para, first.start() - 60)
        if _REVIEW_INTRO.search(self.text, lo, first.start()):
            return None
        cue = _last(_TASK_INTRO.finditer(self.text, lo, first.start()))
        return cue.span() if cue is not None else None

    def _plan_register(self, article: int | None) -> tuple[int, int] | None:
        """The first plan marker of an article that reads as a plan (far more plan markers than
        marks of completion), else None."""
        if article not in self._register:
            found = None
            span = next((a for a in self.article_spans() if a.article == article), None)
            if span is not None:
                # counted as strings (no match objects); marks of completion only when it can matter
                plans = len(PLAN_RE.findall(self.text, span.start, span.end))
                # plans > 4 × marks of completion; a report of results compares years (同比)
                limit = (plans - 1) // 4 + 1 - self.text.count("同比", span.start, span.end)
                if plans >= 4 and limit > 0 and _fewer_than(
                        ACTUAL_RE.finditer(self.text, span.start, span.end), limit):
                    found = PLAN_RE.search(self.text, span.start, span.end).span()  # type: ignore[union-attr]
            self._register[article] = found
        return self._register[article]

    def _first_sentence(self, article: int | None) -> tuple[int, int]:
        found = self._firsts.get(article)
        if found is None:
            found = self._firsts[article] = self._find_first_sentence(article)
        return found

    def _find_first_sentence(self, article: int | None) -> tuple[int, int]:
        for span in self.article_spans():
            if span.article == article:
                for sent in self.sentences(span):
                    if not self.text.startswith("#", sent.start):
                        return sent.start, sent.end
        return 0, 0

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a cleaned span (a new object each time; its raw span is looked up once)."""
        raw = self._raw.get((start, end))
        if raw is None:
            to_raw = self._to_raw
            if to_raw is None:
                offsets = self.doc.offsets
                # the segments as lists, one binary search per end: offsets.to_raw's answers
                to_raw = self._to_raw = _same_span if offsets is None else raw_span_mapper(offsets)
            rs, re_ = to_raw(start, end)
            raw = self._raw[(start, end)] = (rs, re_, self.doc.raw[rs:re_])
        return Evidence(start, end, raw[0], raw[1], raw[2])

    # -- places -------------------------------------------------------------------
    def place_before(self, pos: int, floor: int) -> Any:
        """The nearest place mention ending before ``pos`` and starting at or after ``floor``."""
        best = None
        for m in self.places:
            if floor <= m.start and m.end <= pos:
                best = m
        return best

    def place_for(self, pos: int, article: int | None, sent: Span | None = None,
                  exclude: list[tuple[int, int]] = (), past_venue: bool = False) -> Any:
        """The place an event at ``pos`` happens in.

        Candidates are the article's place mentions outside organization names and
        ``exclude`` spans (``浙江客商…``, ``厦门晋东…``: where investors come from).  The
        article's home city is the city of its first place (else its most frequent city); among
        earlier candidates in that city, the nearest county, zone or town of the same sentence
        wins, else the article's first place when it is such a local place, else the nearest
        local place of the paragraph, else the nearest city, else the nearest place; else the
        first place after ``pos`` in the sentence, else the home city itself.  With ``past_venue`` the
        first place does not win when it is only a ceremony's venue (``主会场设在某区``): the totals and
        statistics of an article on a city's event are the city's (a project on the spot keeps it).
        """
        rows, home, starts = self._place_rows(article)
        if not rows:
            return None  # no candidate: nothing to exclude or choose
        drop: set[int] = set()  # indices of rows inside ``exclude``
        if starts is None:  # candidates not in text order: filter them one by one
            if exclude:
                rows = [r for r in rows if not any(s <= r[0].start < e for s, e in exclude)]
            lo, hi = 0, len(rows)
        else:
            for s, e in exclude:
                drop.update(range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)))
            # rows start before they end, in text order: only those starting up to ``pos`` can end by it
            lo, hi = bisect.bisect_left(starts, pos), bisect.bisect_right(starts, pos)
        first = next((r for i, r in enumerate(rows) if i not in drop), None) if drop else \
            (rows[0] if rows else None)
        if first is None:
            return None
        # rows: (mention, fits the home city, is local, is a city)
        para = self.text.rfind("\n", 0, pos) + 1
        sent_start = sent.start if sent is not None else para
        own = self._paragraph_city(para, pos, home)
        if own is not None:  # a round-up's paragraph about another city: its own places
            found = _paragraph_place(rows, own, para, sent_start, pos, drop)
            if found is not None:
                return found
        # the last member of the first non-empty group: in the sentence, the subject, in the
        # paragraph, a city, any place before (the last members of all groups in one pass from the
        # end, over the rows that fit and end by ``pos``); rows in text order stop once they start
        # before the sentence and the paragraph and nothing further can change the answer
        if past_venue:  # the places listed as venues before (``甲县、乙县同步设立分会场``) host, nothing
            # more (in the figure's own sentence, ``甲县分会场开工项目8个``, a venue is its subject)
            drop |= {i for i, r in enumerate(rows) if r[0].start < sent_start and self._ceremony_venue(r[0])}
        skip_lo, skip_hi = self._earlier_items(sent_start, pos)
        if skip_hi > sent_start:
            sent_start = skip_hi  # an item of a series: its own words are its sentence
        floor = min(sent_start, para) if starts is not None else -1
        first_wins = first[2] and first[1] and not (past_venue and self._ceremony_venue(first[0]))
        in_para = city = last = scene = None
        for i in range(hi - 1, -1, -1):
            r = rows[i]
            m = r[0]
            if m.start < floor and (first_wins or city is not None):
                break
            if m.end > pos or not r[1] or (drop and i in drop) or skip_lo <= m.start < skip_hi:
                continue  # (a place of an earlier item of the series is no place of this one)
            if last is None:
                last = m
            if r[2]:
                if m.start >= sent_start:
                    return m  # the first group: nothing else is asked
                if in_para is None and m.start >= para:
                    in_para = m
            if city is None and r[3]:
                city = m
                if past_venue and m.start >= sent_start \
                        and _SCENE_BEFORE.search(self.text, max(0, m.start - 4), m.start):
                    scene = m
        if first_wins:
            # 上海市在某市安排援藏资金…，实施援藏项目64个: the city the sentence sets its figures in
            return scene if scene is not None else first[0]
        if in_para is not None:
            return in_para
        if city is not None and (closing := self._run_close_place(rows, drop, pos)) is not None:
            return closing  # 甲……;乙……这是某市某区…的一份答卷: the run's place, named at its close
        if city is not None:
            return city
        if last is not None:
            return last
        if (closing := self._run_close_place(rows, drop, pos)) is not None:
            return closing  # 甲……;乙……这是某省某市…交出的成绩单: no place before, the run's at its close
        for i in range(lo, len(rows)):
            m, fit = rows[i][0], rows[i][1]
            if m.start >= pos and (sent is None or m.start < sent.end) and fit and i not in drop:
                return m
        return next((r[0] for i, r in enumerate(rows) if r[0].value.get("city") == home and i not in drop),
                    None)

    def _earlier_items(self, sent_start: int, pos: int) -> tuple[int, int]:
        """The span of the earlier items of an inline series of tasks (``一是…；二是…``) when ``pos``
        lies in a later item (``；三是…``), else ``(0, 0)``: what one item names is not where
        the next one happens."""
        k = self.text.rfind("；", sent_start, pos)
        if k < 0 or not _ORDINAL_ITEM.match(self.text, k + 1):
            return 0, 0
        first = _FIRST_ORDINAL.search(self.text, sent_start, k)
        return (first.start(), k + 1) if first is not None else (0, 0)

    def _run_close_place(self, rows: list[tuple[Any, bool, bool, bool]], drop: set[int],
                         pos: int) -> Any:
        """The local place named where a run of results closes, in the paragraph of ``pos``
        (``……这是某市某区实行链长制以来的一组数据``), else None."""
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        dots = self.text.find("…", pos, end)
        if dots < 0:
            return None  # cheap test: no run closes in the paragraph
        m = _RUN_CLOSE_OPEN.search(self.text, dots, end)
        if m is None:
            return None
        stop = self.text.find("。", m.end(), end)
        stop = min(end, m.end() + _RUN_CLOSE_REACH) if stop < 0 else stop
        for i, (place, fits, local, _is_city) in enumerate(rows):
            if m.end() <= place.start and place.end <= stop and fits and local and i not in drop:
                return place
        return None

    def _ceremony_venue(self, m: Any) -> bool:
        """Whether place ``m`` is named as a ceremony's venue (``主会场设在某区``, ``在某区主会场举行``,
        ``某县为分会场``): it hosts the event, it is not what the article is about."""
        text = self.text
        if text.find("会场", m.end, m.end + 30) >= 0 and _VENUE_AFTER.match(text, m.end):
            return True
        return text.find("会场", max(0, m.start - 6), m.start) >= 0 \
            and _VENUE_BEFORE.search(text, max(0, m.start - 6), m.start) is not None

    def _paragraph_city(self, para: int, pos: int, home: str | None) -> str | None:
        """The city a paragraph opens with when it is not the article's home city (a round-up of
        many cities, one paragraph each: ``【某阳】某某区…``, ``某阳市某某区…``), else None."""
        if home is None:
            return None
        city = self.opening_city(para, pos)
        if city is None and _FIRM_CODE_LEAD.match(self.text, para):
            city = self._firm_item_city(para, pos)
        return city if city != home else None

    def _firm_item_city(self, para: int, pos: int) -> str | None:
        """The city of the first place named outside a firm's name in a paragraph that a listed firm's
        short name and stock code open (``某某新材（301562）公告，公司拟在某省某市某县…``): an item of a
        column of firms' news is sited by its own words, not by the items before it; else None."""
        for m in self.mentions_in("places", para, pos):
            if isinstance(m.value, dict) and m.value.get("city") and not self.in_org(m.start):
                return m.value.get("city")
        return None

    def opening_city(self, para: int, pos: int) -> str | None:
        """The city of the place a paragraph starting at ``para`` opens with, as its label
        (``【某阳】``, ``■某阳``) or its first word, before ``pos``; else None."""
        lead = self.text[para:min(pos, para + 3)]
        if not lead or (lead[0] not in _PARA_LABEL_OPEN and not _is_han(lead[0])):
            return None  # cheap test: no label and no name opens the paragraph
        for m in self.mentions_in("places", para, min(pos, para + 12)):
            if self.text[para:m.start].strip(_PARA_LABEL_OPEN + " \u3000"):
                return None  # the paragraph opens with other words
            return m.value.get("city") if isinstance(m.value, dict) else None
        return None

    def _place_rows(self, article: int | None) -> tuple[list[tuple[Any, bool, bool, bool]], str | None,
                                                        list[int] | None]:
        """The candidate places of an article as ``(mention, fits, local, city)`` rows, its home city
        and the rows' start offsets (None when they are not in text order).

        A place fits when it lies in the home city (or is the home province); it is local
        below the city level; a city is a prefecture or city.
        """
        found = self._place_table.get(article)
        if found is None:
            cached = self._article_places.get(article)
            if cached is None:
                cached = self._article_places[article] = self._places_of(article)
            candidates, home, home_prov = cached
            rows = []
            starts: list[int] | None = []
            ordered = True  # starts in text order, each before its end
            last = -1
            for m in candidates:
                v = m.value
                level = v.get("level")
                fits = home is None or v.get("city") == home \
                    or (level == "province" and v.get("province") == home_prov)
                rows.append((m, fits, level not in ("province", "prefecture", "city"),
                             level in ("prefecture", "city")))
                start = m.start
                if start < last or start > m.end:
                    ordered = False
                starts.append(start)  # type: ignore[union-attr]
                last = start
            if not ordered:
                starts = None
            found = self._place_table[article] = (rows, home, starts)
        return found

    def _org_cover(self) -> SpanSet:
        """The spans of the organization mentions (built once)."""
        if self._in_org is None:
            self._in_org = SpanSet([(o.start, o.end) for o in self.orgs])
        return self._in_org

    def in_org(self, pos: int) -> bool:
        """Whether ``pos`` lies inside an organization mention (``any(o.start <= pos < o.end)``)."""
        return self._org_cover().covers(pos)

    def _places_of(self, article: int | None) -> tuple[list[Any], str | None, str | None]:
        """An article's place mentions outside organization names, its home city and province."""
        lo, hi = 0, len(self.text)
        if article is not None and 0 <= article < len(self.doc.articles):
            a = self.doc.articles[article]
            lo, hi = a.start, a.end
        in_org = self._org_cover()
        inside = self.mentions_in("places", lo, hi)
        addressed = addressee_lines(self.text, lo, hi)
        if addressed:  # the places a notice is sent to are not where its story happens
            inside = [m for m in inside if not any(s <= m.start < e for s, e in addressed)]
        if self.text.find("来自", lo, hi) >= 0:  # where guests came from is not where the story happens
            origins = [m.span() for m in ORIGIN_RE.finditer(self.text, lo, hi)]
            inside = [m for m in inside if not any(s <= m.start < e for s, e in origins)]
        if self.text.find("赴", lo, hi) >= 0 or self.text.find("会", lo, hi) >= 0:
            trips = [m.span() for m in TRIP_RE.finditer(self.text, lo, hi)]
            if trips:  # where a delegation went to seek investment is not where its works stand
                inside = [m for m in inside if not any(s <= m.start < e for s, e in trips)]
        if self.text.find("居", lo, hi) >= 0 or self.text.find("列", lo, hi) >= 0:
            inside = [m for m in inside if not _rank_frame_place(self.text, m.start, m.end)]
        if self.text.find("一家", lo, hi) >= 0:  # a firm's home (``由某市一家国有企业牵头建设``)
            inside = [m for m in inside if not FIRM_HOME_AFTER.match(self.text, m.end)]
        ok, named, filed = _place_lists(self.text, inside, in_org)
        issuer = self._issuer_place(article, inside)
        if issuer is not None and issuer not in ok:  # a county office's or a zone's own bulletin
            county = issuer if issuer.value.get("level") == "county" else next(
                (m for m in ok if m.value.get("level") == "county"
                 and m.value.get("county") == issuer.value.get("county")), issuer)
            # (a zone's bulletin: its works stand in the zone's county, as the text names it)
            ok = [county, *(m for m in ok if m is not county)]
        if filed and len(filed) < len(ok):  # a wire dateline's city is no home when the text names others
            ok = [m for m in ok if m not in filed]
            named = [m for m in named if m not in filed]
        # a wire story that first names a province is about the province: its cities are places in it
        province_story = bool(filed) and bool(ok) and ok[0].value.get("level") == "province" \
            and not ok[0].value.get("city")
        if not ok and not named:  # ``高新区规上工业增加值…`` on a zone's page: the zone named elsewhere on it
            zone = _page_zone(self.text, lo, hi, self.places) or self._site_zone(lo)
            if zone is not None:
                ok, named = [zone], [zone]
        first = None if province_story else \
            next((m.value.get("city") for m in ok + named if m.value.get("city")), None)
        home = first
        direct = None if province_story else _direct_county_first(ok)
        if direct is not None:  # 某县 under its province alone (定安县, 仙桃市) opens the story: its own
            # places are home, a city named later (``在某市举行的推介会``) only a venue or a visit
            home = None
            home_prov = direct.value.get("province")
            return ok, home, home_prov
        if home is None and not province_story:  # else the most frequent city
            cities = Counter(m.value.get("city") for m in named if m.value.get("city"))
            home = cities.most_common(1)[0][0] if cities else None
        home_prov = next((m.value.get("province") for m in named if m.value.get("city") == home), None)
        if home is None and home_prov is None:  # a province's notice: the one province its page names
            provs = {m.value.get("province") for m in named or self.places if isinstance(m.value, dict)}
            if len(provs) > 1 and not named:  # nearly every place of the page in one province (a firm
                # of another one, ``江苏某铝业有限公司``, is no home): that province
                counted = Counter(m.value.get("province") for m in self.places if isinstance(m.value, dict))
                top, n = counted.most_common(1)[0]
                provs = {top} if top and n >= 10 and n >= 0.9 * sum(counted.values()) else provs
            home_prov = provs.pop() if len(provs) == 1 else None
        if home is not None and not any(m.value.get("city") == home for m in ok):
            ok = ok + [m for m in named if m.value.get("city") == home][:1]
            ok.sort(key=lambda m: m.start)
        return ok, home, home_prov

    def _issuer_place(self, article: int | None, inside: list[Any]) -> Any:
        """The county or zone of the office that issues an article (its source, ``某县投资促进局``,
        ``某县经济开发区管委会``): its bulletin's works stand there unless they name their own place."""
        if article is None or not (0 <= article < len(self.doc.articles)):
            return None
        a = self.doc.articles[article]
        ev = a.evidence.get("source")
        if not a.source or ev is None or not _ISSUING_OFFICE.search(a.source):
            return None
        return next((m for m in inside if ev.start <= m.start < ev.end and isinstance(m.value, dict)
                     and m.value.get("level") in ("county", "zone") and m.value.get("county")), None)

    def _site_zone(self, lo: int) -> Any:
        """On a zone's own site (its name printed above the first article, every zone on the page in
        one city), an item naming no place is about the zone: its last mention before ``lo``."""
        if not self.doc.articles or not self.places:
            return None
        first = self.doc.articles[0].start
        zones = [m for m in self.places if isinstance(m.value, dict) and m.value.get("level") == "zone"]
        if not zones or zones[0].start >= first or len({m.value.get("city") for m in zones}) != 1:
            return None
        if any(isinstance(m.value, dict) and m.value.get("level") != "zone" and m.value.get("city")
               for m in self.places):
            return None  # the page names other cities or counties
        before = [m for m in zones if m.start < lo]
        return before[-1] if before else None

    def scope_region(self, sent: Span, pos: int, article: int | None) -> tuple[str, int, int] | None:
        """The region a scope word names before ``pos`` in its clause, with the word's span:
        ``全省``/``我省`` → the article's province, ``全市``/``我市`` → its home city."""
        c0 = self.clause_start(pos, sent.start)
        found = [m for m in SCOPE_RE.finditer(self.text, c0, pos) if not _rank_frame(self.text, m)
                 and not _tier_of_projects(self.text, m)]
        if not found and self.text.find("区", sent.start, pos) >= 0:  # cheap test before the pattern
            region = self._autonomous_region(sent.start, pos, article) \
                or self._home_district(sent.start, pos, article)
            if region is not None:
                return region
        if not found and c0 > sent.start:  # ``全市新批外资项目87个，协议外资X``: the sentence's scope
            found = [m for m in SCOPE_RE.finditer(self.text, sent.start, c0) if not _rank_frame(self.text, m)
                     and not _tier_of_projects(self.text, m)]
            if found and self.mentions_in("places", found[-1].end(), pos):
                return None  # a place named after the scope word is nearer
        if not found and self.text.startswith("其中", sent.start):
            # ``全市43个项目完成投资X。其中，24个续建项目完成投资Y``: the part keeps the whole's scope
            para = self.text.rfind("\n", 0, sent.start) + 1
            found = [m for m in SCOPE_RE.finditer(self.text, para, sent.start)
                     if not _rank_frame(self.text, m)]
            if found and self.mentions_in("places", found[-1].end(), pos):
                return None  # a place named after the scope word is nearer
        if not found and _BREAKDOWN_OPEN.match(self.text, sent.start) \
                and not self._uncounted_places(sent.start, pos):
            # ``全市社会消费品零售总额…。按经营单位所在地分，城镇消费品零售额…``, ``分行业看，…``: the
            # breakdown keeps the whole's scope (the last scope word of its paragraph or the one before,
            # no place named after it)
            para = self.text.rfind("\n", 0, sent.start) + 1
            lo = self.text.rfind("\n", 0, max(0, para - 1)) + 1 if para == sent.start else para
            if article is not None and 0 <= article < len(self.doc.articles):
                lo = max(lo, self.doc.articles[article].start)
            found = [m for m in SCOPE_RE.finditer(self.text, lo, sent.start)
                     if not _rank_frame(self.text, m) and not _tier_of_projects(self.text, m)][-1:]
            if found and self._uncounted_places(found[-1].end(), pos):
                return None  # a place named after the scope word is nearer
        if not found:
            return self._spoken_level(sent, pos)
        m = found[-1]
        cached = self._article_places.get(article)
        if cached is None:
            cached = self._article_places[article] = self._places_of(article)
        ok, home, home_prov = cached
        if m.group(1) == "县":
            county = self._home_county(ok, article)
            return (county, m.start(), m.end()) if county else None
        name = home_prov if (m.group(1) or m.group(2)) == "省" else home
        if m.group(1) in ("市", "省") and (named := self._named_before(m.start())) is not None:
            return named, m.start(), m.end()  # 莆田全市…: the place right before the word
        if m.group(1) == "市" and (office := self._office_city(sent.start, m.start())) is not None:
            return office, m.start(), m.end()  # 某市统计局数据显示，…全市…: that county-level city
        if m.group(1) == "市" and (led := self._lead_city_of_paragraph(m.start())) is not None:
            return led, m.start(), m.end()  # 1至10月，某市…增长4.7%；全市…: the city the paragraph leads with
        if name is None and m.group(1) == "市" and not ok:
            name = self._page_city()  # 全市… in a story naming no place: the city paper's city
        if (m.group(1) or m.group(2)) == "市" and ok:  # (``市级`` of a county-level city: its own level)
            county_city = _county_city(ok, m.start(), self.text) or self._brief_city(m.start()) \
                or self._headline_city(ok, article)
            if county_city and home and self._paper_voice(home, sent.start, m.end()):
                county_city = None  # 某市日报: 霍州某矿…。今年以来，我市…全市…: the paper's city
            name = county_city or name
            if m.group(2) and name == home and _county_first(ok) and not any(f.group(1) for f in found):
                return None  # 某区…纳入市级重点项目42个: a tier of a district's own projects, no scope

        return (name, m.start(), m.end()) if name else None

    def _uncounted_places(self, start: int, end: int) -> list[Any]:
        """The places named in ``[start, end)`` but those listed in a group closed by their count
        (``甲、乙、丙三市``, ``甲和乙两县``): a group of places in a breakdown is a part of the whole, no
        region of its own."""
        places = self.mentions_in("places", start, end)
        if not places:
            return places
        groups = [(m.start(), m.end(1)) for m in _COUNTED_PLACES.finditer(self.text, start, end)]
        return [p for p in places if not any(a <= p.start and p.end <= b for a, b in groups)]

    def _brief_city(self, pos: int) -> str | None:
        """The county-level city a brief item leads with (``◆某某市：…，全市…``, ``某某市:…``) for
        ``全市`` at ``pos`` in that item: the item speaks of that city, not of the prefecture."""
        para = self.text.rfind("\n", 0, pos) + 1
        lead = _BRIEF_LEAD.match(self.text, para)
        if lead is None or lead.end() > pos:
            return None
        found = self.mentions_in("places", lead.start(1), lead.end(1))
        if len(found) != 1 or not isinstance(found[0].value, dict):
            return None
        v = found[0].value
        name = str(v.get("name") or "")
        return name if v.get("level") == "county" and name.endswith("市") else None

    def _headline_city(self, ok: list[Any], article: int | None) -> str | None:
        """The county-level city an article's headline names when it is the article's first place
        and the article names neither its prefecture nor its province (``回眸2025丨某某：…``, ``某某市政府
        工作报告(摘要)``): what its ``全市`` means, whatever other counties it names (a road to one)."""
        if not ok or article is None or not 0 <= article < len(self.doc.articles):
            return None
        head = self.doc.articles[article].evidence.get("headline")
        v = ok[0].value
        if head is None or not head.start <= ok[0].start < head.end or not isinstance(v, dict):
            return None
        name = str(v.get("name") or "")
        if v.get("level") != "county" or not name.endswith("市"):
            return None
        if any(isinstance(m.value, dict) and m.value.get("level") in ("prefecture", "province")
               for m in ok):
            return None
        return name

    def _paper_voice(self, home: str, lo: int, pos: int) -> bool:
        """Whether ``我市`` before ``pos`` in its paragraph (from ``lo`` on, the sentence at least) is
        the voice of the page's own city paper: the page names a paper or a news site of the
        article's home city (``某某日报``, ``某某新闻网``), so ``我市`` and a ``全市`` after it are that
        city, not a county-level city the story tells of (``霍州某矿…。今年以来，我市…，目前全市…``)."""
        para = self.text.rfind("\n", 0, lo) + 1
        if self.text.find("我市", para, pos) < 0 or not home.endswith("市") or len(home) < 3:
            return False
        paper = re.escape(home[:-1]) + r"(?:日报|晚报|新闻网|融媒|广播电视台)"
        return re.search(paper, self.text) is not None

    def _named_before(self, pos: int) -> str | None:
        """The city or province named right before a scope word at ``pos`` (``莆田全市``, ``福建全省``)."""
        found = self.mentions_in("places", max(0, pos - 8), pos)
        if not found or found[-1].end != pos or not isinstance(found[-1].value, dict) \
                or found[-1].value.get("level") not in ("province", "prefecture", "county"):
            return None
        return _place_name(found[-1])

    def _lead_city_of_paragraph(self, pos: int) -> str | None:
        """The prefecture-level city a paragraph opens its figures with (``1至10月，某市农林牧渔业增加值
        实现…；全市农村居民…``), when it is the only place the paragraph names before the scope word at
        ``pos``: what ``全市`` then means, whatever city the story told of before (a data box closing a
        page of county stories)."""
        para = self.text.rfind("\n", 0, pos) + 1
        found = self.mentions_in("places", para, pos)
        if len(found) != 1 or not isinstance(found[0].value, dict) \
                or found[0].value.get("level") != "prefecture":
            return None
        head = self.text.find("。", para, pos)
        if head >= 0 and found[0].start > head:
            return None  # (named only in a later sentence: the paragraph does not lead with it)
        return _place_name(found[0])

    def _office_city(self, lo: int, pos: int) -> str | None:
        """The county-level city (``英德市``) whose office gives the figures of its sentence before
        ``pos`` (``某市农业农村局数据显示，…全市…``, ``某市投资促进局提供的资料显示，去年全市…``): the
        city ``全市`` then means, the last place named before it; else None."""
        found = self.mentions_in("places", lo, pos)
        if not found or not isinstance(found[-1].value, dict):
            return None
        v = found[-1].value
        name = str(v.get("name") or "")
        if v.get("level") != "county" or not name.endswith("市") \
                or _OFFICE_AFTER.match(self.text, found[-1].end) is None:
            return None
        return name

    def lead_city_scope(self, sent: Span, pos: int) -> tuple[str, int, int] | None:
        """The city ``我市`` names in an article's lead (its headline or first sentence, naming no place),
        for a figure at ``pos`` whose paragraph names no place before it (``分行业看，…全年落地项目56个``
        after ``…我市共签约…``): the city's, not the county a later paragraph tells of first (``全市`` in a
        lead may frame a goal, ``为全市经济发展贡献…``, and is left out)."""
        article = sent.article
        if article is None or not 0 <= article < len(self.doc.articles):
            return None
        para = self.text.rfind("\n", 0, sent.start) + 1
        if self.mentions_in("places", para, pos):
            return None
        spans = [self._first_sentence(article)]
        head = self.doc.articles[article].evidence.get("headline")
        if head is not None and head.end <= len(self.text):
            spans.insert(0, (head.start, head.end))
        for a, b in spans:
            if b > pos or self.text.find("我市", a, b) < 0:
                continue
            if any(not self.in_org(p.start) for p in self.mentions_in("places", a, b)):
                return None  # (a lead naming its place, ``于都县共签约…``, speaks of that place)
            for m in SCOPE_RE.finditer(self.text, a, b):
                if self.text.startswith("我市", m.start()) and not _rank_frame(self.text, m) \
                        and not _tier_of_projects(self.text, m):
                    return self.scope_region(Span(m.start(), b, article), m.end(), article)
        return None

    def _page_city(self) -> str | None:
        """The city the page names first (a city paper's name on its masthead) when it is also the
        city its places lie in most often (its other stories), else None: what a story naming no place
        means by ``全市``/``我市``."""
        if self._one_city is None:
            cities = [m.value.get("city") for m in self.places
                      if isinstance(m.value, dict) and m.value.get("city")]
            counted = Counter(cities).most_common(2)
            top, n = counted[0] if counted else (None, 0)
            ok = n >= 3 and cities[0] == top and (len(counted) == 1 or n >= 2 * counted[1][1])
            self._one_city = (top if ok else None,)
        return self._one_city[0]

    def _home_county(self, ok: list[Any], article: int | None) -> str | None:
        """The county ``全县`` means: the one county among an article's places, else the one county
        named on the page above its first article (a county site's banner)."""
        counties = {_place_name(m) for m in ok if m.value.get("level") == "county"}
        if not counties and self.doc.articles:
            first = self.doc.articles[0].start
            counties = {_place_name(m) for m in self.places if m.start < first
                        and isinstance(m.value, dict) and m.value.get("level") == "county"}
            if not counties and not any(m.value.get("level") in _NAMED_LEVELS for m in ok):
                counties = self._page_counties()  # (not when it names a zone: ``全区`` may be the zone)
        return counties.pop() if len(counties) == 1 else None

    def _page_counties(self) -> set[Any]:
        """The counties named anywhere on the page (a county paper's other stories, its footer's
        address): its one county is what an article naming none means by ``全县``."""
        return {_place_name(m) for m in self.places
                if isinstance(m.value, dict) and m.value.get("level") == "county"}

    def asked_park(self, sent: Span, pos: int) -> Any:
        """The park a bare ``园区`` means in an answer of a press conference: the clause before ``pos``
        opening on ``园区`` (``今年以来，园区新引进项目11个``) in a paragraph opening on a speaker's turn
        (``某某：``, ``答：``), the zone or park the question just before it names (``记者：请问某工业园区
        在招商方面…？``); None when the question names none or two."""
        text = self.text
        k = text.rfind("园区", sent.start, pos)
        if k < 0 or (k > sent.start and text[k - 1] not in "，,：:；;"):
            return None  # (not a clause's subject: ``某工业园区``)
        para = text.rfind("\n", 0, sent.start) + 1
        if _ANSWER_TURN.match(text, para) is None or self.mentions_in("places", para, pos):
            return None
        q_end = text.rfind("\n", 0, para - 1)
        while q_end > 0 and not text[q_end - 1:q_end].strip():
            q_end -= 1  # blank lines between the turns
        q0 = text.rfind("\n", 0, q_end) + 1
        if _QUESTION_TURN.match(text, q0) is None:
            return None
        zones = [m for m in self.mentions_in("places", q0, q_end) if isinstance(m.value, dict)
                 and m.value.get("level") == "zone"]
        return zones[0] if len({z.value.get("name") for z in zones}) == 1 else None

    def _spoken_level(self, sent: Span, pos: int) -> tuple[str, int, int] | None:
        """``区里``/``县里`` before ``pos`` in its sentence (or in the sentence before, for one opening on
        ``其中``), with no place named after it: the last district or county of that level named
        before it in the paragraph, an office's included (``某区经信局局长说,区里…``)."""
        lo = sent.start
        if self.text.startswith("其中", sent.start):
            lo = self.text.rfind("\n", 0, sent.start) + 1
        if self.text.find("里", lo, pos) < 0:
            return None
        found = list(_OWN_LEVEL_RE.finditer(self.text, lo, pos))
        if not found or self.mentions_in("places", found[-1].end(), pos):
            return None
        m = found[-1]
        para = self.text.rfind("\n", 0, m.start()) + 1
        for p in reversed(self.mentions_in("places", para, m.start())):
            name = place_name(p)
            if isinstance(p.value, dict) and p.value.get("level") in ("county", "district") \
                    and name and name.endswith(m.group(1)):
                return name, m.start(), m.end()
        return None

    def _home_district(self, c0: int, pos: int, article: int | None) -> tuple[str, int, int] | None:
        """``全区``/``我区`` in ``c0``–``pos`` of an article about one district (``某某区``, the one
        county-level place it names, or the one its site's banner names): that district."""
        found = list(_REGION_SCOPE_RE.finditer(self.text, c0, pos))
        if not found or self.mentions_in("places", found[-1].end(), pos):
            return None
        cached = self._article_places.get(article)
        if cached is None:
            cached = self._article_places[article] = self._places_of(article)
        county = self._home_county(cached[0], article)
        m = found[-1]
        return (county, m.start(), m.end()) if county and county.endswith("区") else None

    def page_home_county(self, article: int | None) -> Any:
        """The place mention of the one county named above the page's first article (its own paper's
        or site's banner, ``某川日报``) when ``article`` speaks of it as ``我区``/``我县``/``全区``/``全县``,
        else None: where the article's projects are when it names no place for them."""
        if article is None or not (0 <= article < len(self.doc.articles)):
            return None
        a = self.doc.articles[article]
        if not _HOME_WORD_RE.search(self.text, a.start, a.end):
            return None
        first = self.doc.articles[0].start
        found = [m for m in self.places if m.start < first and isinstance(m.value, dict)
                 and m.value.get("level") == "county"]
        if not found and not any(isinstance(m.value, dict) and m.value.get("level") in _NAMED_LEVELS
                                 for m in self.places if a.start <= m.start < a.end):
            # no banner, and the article names no place: the one county the page names
            found = [m for m in self.places if isinstance(m.value, dict) and m.value.get("level") == "county"]
        return found[0] if found and len({_place_name(m) for m in found}) == 1 else None

    def _autonomous_region(self, c0: int, pos: int, article: int | None) -> tuple[str, int, int] | None:
        """``全区``/``我区`` in ``c0``–``pos`` of an article naming places in two or more prefectures of one
        autonomous region (``…乌拉特中旗…阿拉善盟…``): that region, with the word's span, else None."""
        found = list(_REGION_SCOPE_RE.finditer(self.text, c0, pos))
        if not found or self.mentions_in("places", found[-1].end(), pos):
            return None  # none, or a place named after it is nearer
        m = found[-1]
        cached = self._article_places.get(article)
        if cached is None:
            cached = self._article_places[article] = self._places_of(article)
        ok = cached[0]
        if ok and self._region_office_before(article, m.start()):
            # (记者从自治区交通运输厅获悉，2026年全区计划…: the region's office tells the region's figures,
            # though the article's places lie in one city; so do the paragraphs after its lead)
            provinces = self._region_office_page(article, m.start())
        elif ok:
            provinces = {x.value.get("province") for x in ok}
            if len({x.value.get("city") for x in ok if x.value.get("city")}) < 2:
                return None
        else:  # no place in the article: the page's, when it names an office of the region
            provinces = self._region_office_page(article, m.start())
        if len(provinces) > 1:
            # (firms of other provinces named on the page, ``江苏援疆``, ``浙江一家企业``: the region is
            # the one autonomous region among the places)
            provinces = {p for p in provinces if p and p.endswith("自治区")}
        if len(provinces) != 1:
            return None
        province = provinces.pop()
        return (province, m.start(), m.end()) if province and province.endswith("自治区") else None

    def _region_office_before(self, article: int | None, pos: int) -> bool:
        """True when an office of the autonomous region tells the news before ``pos``: in its paragraph
        (``记者从自治区交通运输厅获悉，…全区…``), or in the lead paragraph of the article when that is the
        article's source (``本报呼和浩特…电 记者从自治区能源局获悉，…`` ⏎ ``今年以来，全区…``)."""
        para = self.text.rfind("\n", 0, pos) + 1
        if _REGION_OFFICE_TOLD.search(self.text, para, pos):
            return True
        if article is None or not 0 <= article < len(self.doc.articles):
            return False
        a = self.doc.articles[article]
        lead = a.body_start if a.body_start is not None else a.start
        lead_end = self.text.find("\n", lead)
        if lead >= para or lead_end < 0 or lead_end > pos:
            return False
        return _REGION_OFFICE_TOLD.search(self.text, lead, lead_end) is not None

    def _region_office_page(self, article: int | None, pos: int) -> set[str]:
        """For an article naming no place but an office of the autonomous region before ``pos``
        (``记者从自治区统计局获悉``): the provinces the page's places lie in."""
        if article is None or not 0 <= article < len(self.doc.articles):
            return set()
        if self.text.find("自治区", self.doc.articles[article].start, pos) < 0:
            return set()
        return {x.value.get("province") for x in self.places
                if isinstance(x.value, dict) and x.value.get("province")}

    def article_place(self, article: int | None) -> Any:
        """The first place mention of an article, preferring its headline and dateline."""
        if article is None or not (0 <= article < len(self.doc.articles)):
            return self.places[0] if self.places else None
        a = self.doc.articles[article]
        inside = [m for m in self.places if a.start <= m.start < a.end]
        return inside[0] if inside else None

    def article_region(self, article: int | None) -> tuple[str | None, Evidence | None]:
        """A region name for an article: its dateline, else its first place mention."""
        if article is not None and 0 <= article < len(self.doc.articles):
            a = self.doc.articles[article]
            if a.dateline:
                ev = a.evidence.get("dateline")
                place = self.article_place(article)
                name = _place_name(place) if place is not None and a.dateline in place.surface else None
                return name or a.dateline, ev
        place = self.article_place(article)
        if place is not None:
            return _place_name(place), self.evidence(place.start, place.end)
        return None, None

    def provincial_meeting(self, article: int | None) -> tuple[str, int, int] | None:
        """A province-wide meeting or event held in the article's first place (``全省…推进会在某地召开``,
        ``全省…`` in the headline or before the place): the place is only the venue, the article is
        about the province, whose name is returned with the span of ``全省``."""
        if article is None or not 0 <= article < len(self.doc.articles):
            return None
        a = self.doc.articles[article]
        whole = self.text.find("全省", a.start, a.end)
        if whole < 0:
            return None
        for place in self.mentions_in("places", whole, a.end):
            if isinstance(place.value, dict) and place.value.get("level") != "province":
                held = self.text.find("在", max(0, place.start - 1), place.start) >= 0 \
                    and _HELD_AT.match(self.text, place.end)
                province = place.value.get("province")
                return (province, whole, whole + 2) if held and province else None
        return None


#: Levels of a place an article may name for its projects instead of its page's county.
_NAMED_LEVELS = frozenset(("prefecture", "city", "county", "district", "zone"))

#: What follows a place named as a ceremony's venue (``某区主会场``, ``某县为分会场``).
_VENUE_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*(?:同步|同时|分别)?(?:设立|设置|设|为|作为)?"
                          r"(?:主|分)会场")
#: What comes before one (``主会场设在某区``, ``分会场位于某县``).
_VENUE_BEFORE = re.compile(r"会场(?:设在|设于|位于|放在|选在)$")

#: What follows a venue (``在某地召开``, ``在某市主会场举行``).
#: The words closing a run of results (``……这是``, ``……这便是``), before the place they name.
_RUN_CLOSE_OPEN = re.compile(r"(?:…|\.{3})\s*这(?:是|就是|便是|些是)")
#: How far into the closing line its place may stand.
_RUN_CLOSE_REACH = 40

_HELD_AT = re.compile(r"(?:市|县|区|州)?(?:主会场|会场)?(?:隆重|正式)?(?:召开|举行|举办|开幕)")

#: Marks that may open a paragraph's place label (``【某阳】``, ``■某阳``).
_PARA_LABEL_OPEN = "【[■●◆▲★□"


def _is_han(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


#: A listed firm's short name and its stock code opening a paragraph (``某某股份（600123）公告，…``).
_FIRM_CODE_LEAD = re.compile(r"[\u4e00-\u9fffA-Z*]{2,8}[（(]\d{6}(?:\.(?:SH|SZ|BJ))?[）)]")


def _paragraph_place(rows: list[tuple[Any, bool, bool, bool]], city: str, para: int, sent_start: int,
                     pos: int, drop: set[int]) -> Any:
    """The place of an event at ``pos`` in a paragraph about ``city``: the last place below the city
    level in the sentence, else in the paragraph, else the paragraph's city itself."""
    in_sent = in_para = label = None
    for i, (m, _fits, local, _is_city) in enumerate(rows):
        if m.start < para or m.end > pos or i in drop or not isinstance(m.value, dict) \
                or m.value.get("city") != city:
            continue
        if local:
            if m.start >= sent_start:
                in_sent = m
            in_para = m
        elif label is None:
            label = m
    return in_sent or in_para or label


#: A zone called by its kind alone (``高新区``, ``经开区``) on a page of that zone.
_BARE_ZONES = ("高新区", "经开区", "开发区", "新区", "园区")


def _direct_county_first(ok: list[Any]) -> Any:
    """The first of an article's places below its province when it is a county-level place that no
    city holds (a county of Hainan, ``定安县``, or a city under its province alone, ``仙桃市``) or a zone
    of one (``定安县某工业园区``); else None."""
    below = [m for m in ok if m.value.get("level") != "province"]
    first = min(below, key=lambda m: m.start, default=None)
    if first is None:
        return None
    v = first.value
    if v.get("level") not in ("county", "zone") or not v.get("county") or v.get("city") \
            or not v.get("province"):
        return None
    return first


def _place_lists(text: str, places: list[Any], in_org: SpanSet) -> tuple[list[Any], list[Any], list[Any]]:
    """Of the ``places`` with a dict value: those outside organizations and their names (``ok``), those
    not the outlet's (``named``: the home city may come from an organization's name, 成都某交易所,
    never from the outlet's) and the places of ``ok`` that are a wire dateline's (``filed``).

    One pass: every media word is an organization word, so ``MEDIA_AFTER`` only matches where
    ``ORG_AFTER`` does, or where 与 (which ``ORG_AFTER`` does not cross) comes within its four
    characters.
    """
    ok, named, filed = [], [], []
    for m in places:
        if not isinstance(m.value, dict):
            continue
        end = m.end
        org_after = ORG_AFTER.match(text, end) is not None
        if not org_after and not in_org.covers(m.start):
            ok.append(m)
            after = text[end:end + 1]  # what WIRE_AFTER opens with: a space or a digit
            if (after.isdecimal() or after.isspace()) and WIRE_AFTER.match(text, end) \
                    and WIRE_BEFORE.search(text, max(0, m.start - 5), m.start):
                filed.append(m)
            elif after == "报" and text.startswith("报道", end):
                filed.append(m)  # ``记者 某某 海口报道``: where the reporter files from, as a wire's city
        if (not org_after and text.find("与", end, end + 4) < 0) or not MEDIA_AFTER.match(text, end):
            named.append(m)
    return ok, named, filed


def _page_zone(text: str, lo: int, hi: int, places: list[Any]) -> Any:
    """The zone a bare ``高新区`` of ``text[lo:hi]`` means: the one zone of that kind the page names."""
    for word in _BARE_ZONES:
        if text.find(word, lo, hi) < 0:
            continue
        zones = [m for m in places if isinstance(m.value, dict) and m.value.get("level") == "zone"
                 and str(m.value.get("name") or "").endswith(word)]
        if len({m.value.get("name") for m in zones}) == 1:
            return zones[0]
    return None


#: A clause opening on the goals (``力争全年…``, ``确保…``), after one telling what will be done.
_GOAL_CLAUSE = re.compile(r"(?:今年|全年|年内)?(?:力争|争取|确保)")
#: A clause opening on the work ahead (``下一步``, ``今后``).
_WORK_AHEAD_OPENING = re.compile(r"(?:下一步|下阶段|今后|接下来)")


def _county_city(places: list[Any], pos: int, text: str) -> str | None:
    """The county-level city ``全市``/``我市`` at ``pos`` means: the article's first place, when it is
    such a city (``海宁市``, ``津市市``) and is named again earlier in the same paragraph, or when
    every place of the article lies in it (a city's own press conference names no prefecture).  The
    province a feature's kicker opens on (``江苏丹阳以…``) is no place of the story."""
    if places[0].value.get("level") == "province" and len(places) > 1:
        places = [m for m in places
                  if not (isinstance(m.value, dict) and m.value.get("level") == "province")] or places
    v = places[0].value
    name = str(v.get("name") or "")
    if v.get("level") != "county" or not name.endswith("市"):
        return _zones_city(places)
    para = text.rfind("\n", 0, pos)
    again = any(para < m.start < pos and m.value.get("name") == name for m in places[1:])
    inside = all(isinstance(m.value, dict) and m.value.get("county") == name for m in places)
    return name if again or inside else None


def _zones_city(places: list[Any]) -> str | None:
    """The county-level city the article's first place lies in when that place is below a county
    (``浏阳经开区``, a town of it) and no other county, nor that city's prefecture or province, is
    named: its own site's story (``全市纳入前期工作计划的项目87个``) speaks of that city (a firm's
    home far away, ``一家深圳企业``, changes nothing)."""
    if not all(isinstance(m.value, dict) for m in places):
        return None
    first = places[0].value
    city = first.get("county")
    if first.get("level") in ("province", "prefecture", "county") or not isinstance(city, str) \
            or not city.endswith("市"):
        return None
    for m in places:
        v = m.value
        if v.get("level") == "county" and v.get("name") != city:
            return None
        if v.get("level") in ("prefecture", "province") \
                and v.get("name") in (first.get("city"), first.get("province")):
            return None
    return city


#: A turn answering at a press conference (``答：``, ``答（某局局长 某某）：``, ``某某：``,
#: ``某局局长 某某：``).
_ANSWER_TURN = re.compile(r"(?:答(?:[(（][^()（）\n]{2,24}[)）])?"
                          r"|[\u4e00-\u9fff]{2,16}(?:[ \u3000][\u4e00-\u9fff]{2,4})?)[:：]")
#: A turn asking (``记者：``, ``问：``, ``某报记者：``, ``记者（某报社）：``).
_QUESTION_TURN = re.compile(r"(?:问|[\u4e00-\u9fff]{0,8}记者)(?:[(（][^()（）\n]{2,24}[)）])?[:：]")
#: A speaker's label opening an answer or a question (``答：``, ``记者：``), or a name before a colon.
#: An office that issues bulletins (``某县商务局``, ``某开发区管委会``, ``某县投资促进中心``), not a paper.
_ISSUING_OFFICE = re.compile(r"(?:管委会|管理委员会|[商务投资促进招商合作粮食发展改革]+局|招商(?:服务)?中心"
                             r"|投资促进中心|人民政府|政府办公室)$")
_SPEAKER = re.compile(r"(?:(?P<role>答|问|记者|主持人)|[\u4e00-\u9fff]{2,4})[:：]")


class _Shifted:
    """A match's group and span moved by ``by`` characters (the span relative to another start)."""

    def __init__(self, m: re.Match[str], by: int) -> None:
        self._m, self._by = m, by

    def group(self) -> str:
        """The matched text."""
        return self._m.group()

    def start(self) -> int:
        """Start, shifted."""
        return self._m.start() + self._by

    def end(self) -> int:
        """End, shifted."""
        return self._m.end() + self._by


def _shifted(m: re.Match[str], by: int) -> Any:
    """``m`` with its span moved by ``by`` characters."""
    return _Shifted(m, by) if by else m


def _item_start(text: str, start: int, upto: int) -> int:
    """Where the item of a sentence holding ``upto`` starts: after the last ``；`` before it, unless a
    colon opens the series (``力争：甲项目开工；乙项目投产``: the plan covers every item)."""
    k = text.rfind("；", start, upto)
    if k < 0:
        return start
    if text.find("：", start, k) >= 0 or text.find(":", start, k) >= 0:
        return start
    return k + 1


def _series_target(text: str, lo: int, upto: int, m: re.Match[str]) -> re.Match[str] | None:
    """The plan word ``m`` found last in ``text[lo:upto]``, when it still applies to a later
    ``；``-item holding ``upto`` of a series a colon opens: a plan word before the colon covers
    every item (``力争：甲开工；乙投产``), one in an earlier item only that item (``包括：甲，预计年产值
    …；乙…``).  Offsets stay relative to ``lo``; None when no plan word applies."""
    k = text.rfind("；", lo, upto)
    if k < 0 or lo + m.start() > k:
        return m
    colon = min((c for c in (text.find("：", lo, k), text.find(":", lo, k)) if c >= 0), default=-1)
    if colon < 0 or lo + m.start() < colon:
        return m
    return target_in(text[lo:colon])


class SpanSet:
    """Spans that answer overlap and cover questions by binary search over their starts."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._max_end: list[int] = []  # the largest end among the spans up to each index
        top = -1
        for _, e in spans:
            top = max(top, e)
            self._max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        k = bisect.bisect_left(self._starts, end)  # spans [0, k) start before ``end``
        return k > 0 and self._max_end[k - 1] > start

    def covers(self, p: int) -> bool:
        """True when some span ``(s, e)`` has ``s <= p < e``."""
        k = bisect.bisect_right(self._starts, p)  # spans [0, k) start at or before p
        return k > 0 and self._max_end[k - 1] > p


_SPAN = attrgetter("start", "end")


#: What may come between a plan marker and the ``成功`` it aims at: words of one clause.
_AIMED_AT = re.compile(r"[^，,。；;！!？?\n]{0,30}")


def _fewer_than(matches: Iterator[re.Match], limit: int) -> bool:
    """Whether there are fewer than ``limit`` of ``matches`` (stops reading them at ``limit``)."""
    n = 0
    for _ in matches:
        n += 1
        if n >= limit:
            return False
    return True


def _last(matches: Iterator[re.Match]) -> re.Match | None:
    """The last of ``matches`` (None when there is none)."""
    found = None
    for found in matches:  # noqa: B007
        pass
    return found


_shared: RecordContext | None = None


def context_of(doc: Document) -> RecordContext:
    """The :class:`RecordContext` of ``doc``, built once and shared by the extractors of a document.

    Only the context of the last document asked for is kept; it is rebuilt when the
    document, its texts, offsets, mentions or articles are not the ones it was built from (or
    mentions or articles were added or removed). An extractor that edits mentions in place
    before another one runs should build its own ``RecordContext(doc)``.
    """
    global _shared
    ctx = _shared
    if ctx is None or not ctx.describes(doc):
        ctx = _shared = RecordContext(doc)
    return ctx


def _place_name(m: Any) -> str | None:
    v = m.value if isinstance(m.value, dict) else {}
    name = v.get("name")
    if name and v.get("level") == "zone" and m.surface and not m.surface.startswith(name[:2]):
        short = _PROVINCE_SUFFIX.sub("", str(v.get("province") or ""))
        if len(short) >= 2 and name.startswith(short) and len(name) - len(short) >= 4:
            # 宁东基地 printed for 宁夏宁东能源化工基地: the page leaves the province out
            return name[len(short):]
    return name or m.surface or None


#: The endings of a province's name left out of its short name (``宁夏回族自治区`` → ``宁夏``).
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|(?:维吾尔|回族|壮族)?自治区)$")


def place_name(m: Any) -> str | None:
    """The full name of a place mention (its ``value["name"]``, else its surface)."""
    return _place_name(m)


def location_of(m: Any) -> dict[str, Any]:
    """A project location dict from a place mention: province/city/county, ``detail`` for a zone,
    town or village, and the place's ``code`` when known."""
    v = m.value if isinstance(m.value, dict) else {}
    level = v.get("level")
    name = v.get("name") or m.surface
    loc: dict[str, Any] = {"province": v.get("province"), "city": v.get("city"),
                           "county": v.get("county"), "detail": None}
    if level == "province":
        loc["province"] = loc["province"] or name
    elif level in ("prefecture", "city"):
        loc["city"] = loc["city"] or name
    elif level in ("county", "district"):
        loc["county"] = loc["county"] or name
    else:
        loc["detail"] = name
    if v.get("code"):
        loc["code"] = v.get("code")
    return loc


def _number(v: Any) -> int | float | None:
    """An int or float from a mention value (int, float, or a numeric string)."""
    if type(v) is str and v.isdigit() and v.isascii() and len(v) < 16:
        return int(v)  # plain digits: what ``float`` then ``int`` give (exact below 16 digits)
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    try:
        f = float(str(v))
    except ValueError:
        return None
    return int(f) if f == int(f) else f


PLAIN_COUNTERS = set("个项家户宗条人名座所处批间")
#: Counters of more than one character written out in full too (``1126.8万人次`` → 11268000 ``人次``,
#: ``4.6万辆次`` → 46000 ``辆次``).
LONG_COUNTERS = frozenset(("人次",
                           # (trips through a port: ``出入境车辆126.4万辆次``, ``跨境班车8.6万车次``)
                           "辆次", "车次", "架次", "艘次"))
#: Counters of things a statistic counts by the piece whose count is written out in full though the
#: figure stays a quantity (``床位总数达到1.26万张`` → 12600 ``张``: beds, tickets, cards).
ITEM_COUNTERS = frozenset(("张",))


def _quantity(m: Any, value: int | float) -> Figure:
    """A figure from a ``quantity`` mention: counts of units (and of visits, ``人次``) written out in
    full with their counter,
    physical quantities with the printed number and the printed unit (``560万吨`` → 560, ``万吨``);
    ``value`` is the mention's value as a number."""
    a = m.attributes or {}
    unit = str(a.get("unit") or "")
    if (len(unit) == 1 and unit in PLAIN_COUNTERS) or unit in LONG_COUNTERS:
        return Figure("count", m.start, m.end, value, unit, a.get("qualifier") or "exact")
    printed = str(a.get("printed_unit") or unit)
    if unit in ITEM_COUNTERS:
        return Figure("quantity", m.start, m.end, value, unit, a.get("qualifier") or "exact")
    number = _number(str(a.get("number") or "").replace(",", ""))
    if number is not None and printed:
        return Figure("quantity", m.start, m.end, number, printed, a.get("qualifier") or "exact")
    return Figure("quantity", m.start, m.end, value, printed or unit, a.get("qualifier") or "exact")
