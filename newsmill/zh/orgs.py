"""Organization names by suffix rules: companies, banks, government bodies, associations.

An organization ends with a typed suffix (``有限公司``, ``集团``, ``银行``, ``局``,
``管委会``…); its start is found by walking left from the suffix until a
boundary: punctuation, a function word or a verb that introduces a name
(与, 和, 由, 签约, 引进, 携手…).  A government body may contain 和
(``自贡市经济和信息化局``) when a place name starts it.  Short forms of a
company inside the same text (``美裕集团`` for ``四川美裕集团有限公司``) are
found afterwards from the full names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick_rs

from newsmill.zh.wordscan import find_words

#: A firm's name in Latin letters printed in brackets right after its Chinese name
#: (``德国某某集团（Xxx GmbH）``, ``日本某某株式会社(Xxx Co., Ltd.)``, ``某某公司(Xxx Inc.)``): a gloss
#: of the name, no words of the sentence (its commas end no clause).
LATIN_ALIAS = r"[（(][A-Za-z][A-Za-z0-9&'’.,\-\s]{1,60}?[)）]"
_LATIN_ALIAS_RE = re.compile(rf"(?<=[团司社业行]){LATIN_ALIAS}")


def latin_alias_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the Latin names in brackets glossing a firm's Chinese name right before them
    (``某某集团（Xxx GmbH）``); brackets after other words are not counted."""
    return [m.span() for m in _LATIN_ALIAS_RE.finditer(text)]


# suffix -> type; longest alternatives first in the regex below
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("股份有限公司", "company"), ("有限责任公司", "company"), ("集团有限公司", "company"),
    ("有限公司", "company"), ("集团公司", "company"), ("股份公司", "company"), ("分公司", "company"),
    ("子公司", "company"),
    ("公司", "company"), ("集团", "company"), ("股份", "company"), ("控股", "company"),
    ("农村商业银行", "bank"), ("农商银行", "bank"), ("银行", "bank"), ("信用社", "bank"),
    ("证券", "company"), ("交易所", "exchange"),
    ("人民政府", "government"), ("管理委员会", "government"), ("委员会", "government"),
    ("管委会", "government"), ("政府", "government"), ("办公室", "government"), ("法院", "government"),
    ("检察院", "government"), ("局", "government"), ("厅", "government"), ("委", "government"),
    ("部", "government"),
    ("联合会", "association"), ("协会", "association"), ("商会", "association"), ("学会", "association"),
    ("研究院", "institute"), ("研究所", "institute"), ("大学", "institute"), ("学院", "institute"),
    ("医院", "institute"), ("出版社", "company"), ("通讯社", "company"), ("杂志社", "company"),
    ("电视台", "company"), ("广播电台", "company"), ("报社", "company"), ("理事会", "association"),
    ("居委会", "government"), ("村委会", "government"),
    ("股份经济合作社", "company"), ("专业合作社", "company"), ("经济合作社", "company"),
    ("合作社", "company"), ("家庭农场", "company"),
)
SUFFIX_TYPE = dict(_SUFFIXES)
#: suffixes are found leftmost-longest (…有限公司 before …公司) by one automaton scan
_SUFFIX_LIST = sorted((s for s, _ in _SUFFIXES), key=len, reverse=True)
_SUFFIX_AC = ahocorasick_rs.AhoCorasick(_SUFFIX_LIST, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

#: words a name never runs across on its left (function words and verbs that introduce names)
_BOUNDARY_WORDS = (
    "与", "和", "及", "跟", "由", "在", "是", "的", "了", "对", "将", "为", "被", "把", "从",
    "等", "据", "让", "给", "并", "或", "该", "这", "那", "各", "每", "均", "也", "又",
    "就", "即", "于", "至", "到", "个", "家", "批", "次", "年", "月",
    "签约", "签订", "签署", "引进", "落户", "携手", "联合", "成立", "组建", "设立", "来自", "包括",
    "其中", "位于", "通过", "获得", "推动", "支持", "召开", "举行", "主办", "承办", "出资", "收购",
    "入驻", "负责", "作为", "根据", "按照", "助力", "吸引", "对接", "洽谈", "考察", "拜访", "会见",
    "走访", "调研", "参观", "邀请", "组织", "牵头", "依托", "发布", "宣布", "表示", "介绍", "认为",
    "指出", "记者", "看到", "了解", "获悉", "当天", "近日", "目前", "此前", "今年", "去年", "同时",
    "分别", "已经", "正在", "计划", "预计", "拟", "总投资", "投资", "建设", "实施", "新建", "打造",
    "全市", "全县", "全区", "全省", "全国", "我市", "我县", "我区", "我省", "本市", "如", "像", "较",
    "有", "日电", "项目", "年度", "召开", "坚持", "紧扣", "围绕", "加快", "推进", "梳理", "服务",
    "觉得", "需要", "估计", "扶持", "促使", "迫使", "拯救", "利用", "指控", "表明", "出卖", "推出",
    "考入", "现任", "保证", "实现", "委托", "提出", "联名", "而使", "私营企业", "民营企业", "国有企业",
    "同", "向", "莅临", "走进", "中标", "成功", "减持", "增持", "评估", "完成", "全部", "授权", "本",
    "司长", "局长", "部长", "主任", "董事长", "总经理", "总裁", "书记", "市长", "县长",
    "其", "呼吁", "以来", "季度", "开展", "规定", "要求", "鼓励", "引导",
)
#: a name never contains these (使生物制药公司, 最受赞赏公司, 增长型公司)
_FUNCTION_CHARS = frozenset("使向的后续型受持将为对把被了着过在是从给让很更最都也就还又再才")
#: suffixes that are ordinary nouns too: their names must be short and clean
_BARE_SUFFIXES = frozenset({"公司", "集团", "股份", "控股", "证券"})
#: boundary words that are also parts of government names (住房和城乡建设局, 投资促进局)
_GOV_INNER = frozenset({"建设", "投资", "服务", "实施", "发展", "组织", "推进", "总投资", "新建"})
#: 和 inside government names (经济和信息化局, 住房和城乡建设局, 人力资源和社会保障局)
_GOV_AND = re.compile(r"和(?=信息化|城乡|社会保障|改革|旅游|体育|科技|技术|规划|农村|对外|经济合作|外事|"
                      r"投资促进|人力|事务|宗教|广播|新闻|地方|金融|国有|计划|健康|卫生|"
                      r"教育|应急|商务)")
_BOUNDARY_RE = re.compile("|".join(sorted(map(re.escape, _BOUNDARY_WORDS), key=len, reverse=True)))
#: the same words for scanning a stretch of text (leftmost-longest, like the regex, but faster)
_BOUNDARY_LIST = sorted(set(_BOUNDARY_WORDS), key=len, reverse=True)
_BOUNDARY_AC = ahocorasick_rs.AhoCorasick(_BOUNDARY_LIST, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_NAME_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&（）()]*")
_MAX_LEN = {"company": 30, "bank": 16, "exchange": 12, "government": 16, "association": 16,
            "institute": 16}

#: A class of firms after a place, before ``公司`` (``境内上市``, ``A股上市``, ``新三板挂牌``): the place's
#: listed firms counted, no firm's name.
_FIRM_CLASS = re.compile(r"(?:境内|境外|辖区|域内)?(?:A股|H股|B股|主板|创业板|科创板|北交所)?"
                         r"(?:上市|拟上市|挂牌|新三板挂牌)")
#: cores that make no name: 该公司, 子公司, 上市公司, 商业银行…
_GENERIC_CORES = frozenset({
    "该", "本", "子", "分", "母", "总", "新", "老", "上市", "合资", "控股", "投资", "国有", "民营",
    "外资", "企业", "一家", "多家", "两家", "三家", "几家", "这家", "那家", "其", "商业", "地方", "各",
    "大型", "龙头", "科技", "实业", "平台", "股份", "集团", "公司", "相关", "有关", "政府", "人民",
    "中央", "省", "市", "县", "区", "镇", "乡", "村", "主管", "职能", "行业", "产业", "上级", "下级",
    "管理", "服务", "发展", "村镇", "城市", "金融", "农村", "持有", "入股", "参股", "夺冠", "格", "布",
    "结", "开", "大", "全", "时", "出", "僵", "残", "棋", "饭", "终", "变", "骗", "赌", "战", "政", "定",
    "胜", "败", "当", "党", "纪", "干", "内", "外", "北", "南", "东", "西", "中", "全国", "经营",
    "分管", "主", "副", "常", "编", "支", "俱乐", "总部", "团", "局", "全体", "单位", "部门",
    "中国", "中华", "国际", "国家", "党委", "全能", "大平台", "当地", "我国", "经济", "一些", "众多",
    "公立", "私立", "跨国", "保险", "贷款", "世界一流", "期货", "咨询", "基金", "信托", "医疗", "生物",
    "制药", "生物制药", "互联网", "汽车", "能源", "地产", "房地产", "物流", "电商", "游戏", "芯片",
    "半导体", "航空", "券商", "子分", "下属子", "下属", "公司子", "定点", "科技型", "科创", "医药",
    "供应链", "咨询有限", "证券", "不少", "其他", "中小", "主流", "多数", "部分", "所有", "国内", "国外",
    "海外", "外国", "境外", "本土", "头部", "优质", "重点", "规上", "骨干", "成员",
})
#: well-known bodies named without a typed suffix (found as whole words)
KNOWN_ORGS: dict[str, str] = {
    "国务院": "government", "全国人大": "government", "全国政协": "government", "中共中央": "government",
    "中央军委": "government", "证监会": "government", "银保监会": "government", "国资委": "government",
    "国家发改委": "government", "人民银行": "bank", "央行": "bank", "新华社": "company",
    "联合国": "association", "欧盟": "association", "北约": "association", "东盟": "association",
    "世界贸易组织": "association", "世贸组织": "association", "世界卫生组织": "association",
    "国际货币基金组织": "association", "中国共产党": "association", "共青团": "association",
}
_KNOWN_LIST = sorted(KNOWN_ORGS, key=len, reverse=True)
_KNOWN_AC = ahocorasick_rs.AhoCorasick(_KNOWN_LIST, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
#: the suffix must not continue into another word (局长, 委托, 部分, 政府采购 is fine)
_BAD_AFTER = {
    "局": re.compile(r"[长势面部限域]"), "委": re.compile(r"[员托屈婉任派实身靡会]"),
    "部": re.compile(r"[分长署门位件队署落委]"), "厅": re.compile(r"[长堂]"),
    "股份": re.compile(r"[制化合有公]"), "控股": re.compile(r"[股权]"), "集团": re.compile(r"[化军]"),
    "证券": re.compile(r"[化市法业]"), "银行": re.compile(r"[卡业]"), "政府": re.compile(r"[工采债投]"),
    "学院": re.compile(r"[派]"), "大学": re.compile(r"[生]"),
}
#: single-character suffixes need an administrative core ending (经济和信息化局, 发改委, 商务厅)
_GOV_ONE_CHAR = {"局", "厅", "委", "部"}
_GOV_CORE_END = re.compile(r"(?:市|县|区|省|州|乡|镇|务|业|源|通|育|生|化|保|监|统计|安|政|资|改|信|健|"
                           r"建|设|交|贸|理|侨|口|文|旅|体|科|技|展|划|规|障|社|环|法|管|应急|农|林|水|护|督|药|险|场|院|府|"
                           r"部|厅|组|闻|"
                           r"利|委|纪|组织|宣传|统战|财|税|审计|能|港|航|邮|粮|储|档|案|局|司)$")


@dataclass(slots=True)
class OrgMatch:
    """An organization found in a text: span, full name and type."""

    start: int
    end: int
    name: str
    type: str
    short_for: str | None = None


def _left_start(text: str, suffix_start: int, limit: int, government: bool = False,
                reverse: str | None = None) -> int:
    """Where a name ending at ``suffix_start`` begins (walking left to a boundary).

    ``reverse`` is ``text[::-1]`` when the caller has it (one regex match instead of a walk).
    """
    lo = max(0, suffix_start - limit)
    if reverse is None:
        reverse = text[lo:suffix_start][::-1]
        i = suffix_start - _NAME_RUN.match(reverse).end()
    else:
        n = len(text)
        i = suffix_start - _NAME_RUN.match(reverse, n - suffix_start, n - lo).end() + (n - suffix_start)
    # the rightmost boundary word inside [i, suffix_start) cuts the name, except a 和/与/及
    # right after another boundary word, which may start the name (与和邦生物: 和邦生物)
    cut = i
    last_end = -1
    words = _BOUNDARY_LIST
    for idx, s, e in _BOUNDARY_AC.find_matches_as_indexes(text[i:suffix_start]):
        word = words[idx]
        s += i
        if government and (_GOV_AND.match(text, s) or word in _GOV_INNER):
            continue
        if s != last_end or word not in ("和", "与", "及", "同"):
            cut = e + i
        last_end = e + i
    if text.find("（", cut, suffix_start) >= 0 or text.find("(", cut, suffix_start) >= 0:
        cut = _after_open_bracket(text, cut, suffix_start)
    return cut


def _after_open_bracket(text: str, start: int, end: int) -> int:
    """Where a name that must end at ``end`` begins when ``text[start:end]`` holds a bracket opened
    and not closed before it (``甲工程（某某港务有限公司``): right after that bracket."""
    depth = 0
    for j in range(end - 1, start - 1, -1):
        c = text[j]
        if c in ")）":
            depth += 1
        elif c in "(（":
            if depth == 0:
                return j + 1
            depth -= 1
    return start


#: per suffix of the automaton: (suffix, type, the characters it must not be followed by (None: any;
#: 子公司 is a relation, never a name), whether it is one of the one-character government suffixes,
#: the longest name, whether it names a government body, whether it is an ordinary noun too,
#: whether its core must end with a government word (one-character suffixes, 办公室), whether a
#: core ending in 省/市/县/区/州 must be a place name)
_SUFFIX_INFO = [(sfx, SUFFIX_TYPE[sfx],
                 frozenset() if sfx == "子公司" else
                 frozenset(_BAD_AFTER[sfx].pattern[1:-1]) if sfx in _BAD_AFTER else None,
                 sfx in _GOV_ONE_CHAR, _MAX_LEN[SUFFIX_TYPE[sfx]], SUFFIX_TYPE[sfx] == "government",
                 sfx in _BARE_SUFFIXES, sfx in _GOV_ONE_CHAR or sfx == "办公室",
                 sfx in ("委", "政府", "人民政府"))
                for sfx in _SUFFIX_LIST]
#: the last characters of the words ``_GOV_CORE_END`` accepts: a window ending otherwise (and not
#: in a newline, before which ``$`` matches too) cannot match it
_GOV_CORE_LAST = frozenset([*(w[-1] for w in _GOV_CORE_END.pattern[3:-2].split("|")), "\n"])
#: the characters ``_NAME_RUN`` accepts besides Han ones: a suffix after any other character has
#: an empty name before it
_NAME_RUN_EXTRA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·&（）()")
_START = attrgetter("start")


def find_orgs(text: str, places: Sequence[tuple[int, int]] = ()) -> list[OrgMatch]:
    """Organizations in ``text``; ``places`` are place-mention spans (they may start a name)."""
    places = sorted(places)
    return orgs_in(text, places, [p[0] for p in places])


def orgs_in(text: str, places: Sequence[tuple[int, int]], place_starts: Sequence[int]) -> list[OrgMatch]:
    """:func:`find_orgs` given the place spans sorted and their starts (the plugin has them)."""
    out: list[OrgMatch] = []
    hits = _SUFFIX_AC.find_matches_as_indexes(text)
    if hits:
        _suffix_names(text, hits, places, place_starts, out)
    known = _KNOWN_AC.find_matches_as_indexes(text)
    if known:
        added = False
        covered = None
        if out:
            # the names found by suffix, as a mask (known names never overlap one another)
            covered = bytearray(len(text))
            for o in out:
                covered[o.start:o.end] = b"\x01" * (o.end - o.start)
        for idx, k_start, k_end in known:
            if covered is None or 1 not in covered[k_start:k_end]:
                name = _KNOWN_LIST[idx]
                out.append(OrgMatch(k_start, k_end, name, KNOWN_ORGS[name]))
                added = True
        if added:  # no two names overlap: text order is start order
            out.sort(key=_START)
    return out


def _suffix_names(text: str, hits: list[tuple[int, int, int]], places: Sequence[tuple[int, int]],
                  place_starts: Sequence[int], out: list[OrgMatch]) -> None:
    """Append to ``out`` the names ending in the suffixes ``hits`` (automaton matches), in text order
    and without overlaps.

    A name starts after the rightmost boundary word of the run of name characters before its
    suffix (at most the type's longest name), or at the last chain of places inside it, or at
    中国 (:func:`_left_start`, :func:`_anchor`, written out here: they run for every suffix).
    """
    n = len(text)
    reverse: str | None = None
    china: list[int] | None = None  # where 中国 is, found on first need
    taken_until = -1
    gov_last = _GOV_CORE_LAST
    gov_core_end = _GOV_CORE_END.search
    run_extra = _NAME_RUN_EXTRA
    words = _BOUNDARY_LIST
    boundary_scan = _BOUNDARY_AC.find_matches_as_indexes
    for idx, sfx_start, sfx_end in hits:
        sfx, kind, bad, gov_one, max_len, government, bare, gov_end, place_core = _SUFFIX_INFO[idx]
        if bad is not None and (not bad or text[sfx_end:sfx_end + 1] in bad):
            continue  # 局长, 部分…; 某某子公司 is a relation, not a name
        if sfx_start == 0:
            continue  # no name before it
        before = text[sfx_start - 1]
        if gov_one and (before not in gov_last or not gov_core_end(text, max(0, sfx_start - 4), sfx_start)):
            continue  # cheap early test; the same test on the core follows
        if not ("\u4e00" <= before <= "\u9fff" or before in run_extra) and (
                not out or out[-1].end != sfx_start):
            continue  # nothing before the suffix can be a name, nor continue the one before
        # _left_start: the run of name characters, cut after its rightmost boundary word
        if reverse is None:
            reverse = text[::-1]
        lo = sfx_start - max_len
        if lo < 0:
            lo = 0
        start = n - _NAME_RUN.match(reverse, n - sfx_start, n - lo).end()
        if start < sfx_start:
            i = start
            last_end = -1
            for b_idx, b_s, b_e in boundary_scan(text[i:sfx_start]):
                word = words[b_idx]
                b_s += i
                if government and (_GOV_AND.match(text, b_s) or word in _GOV_INNER):
                    continue
                if b_s != last_end or word not in ("和", "与", "及", "同"):
                    start = b_e + i
                last_end = b_e + i
            if text.find("（", start, sfx_start) >= 0 or text.find("(", start, sfx_start) >= 0:
                start = _after_open_bracket(text, start, sfx_start)  # 甲工程（某某有限公司
        # _anchor: the last chain of places inside the name, or 中国
        p_lo = bisect_right(place_starts, start)
        p_hi = bisect_left(place_starts, sfx_start)
        inside = [(ps, pe) for ps, pe in places[p_lo:p_hi] if pe <= sfx_start - 2] if p_lo < p_hi else None
        if inside:
            chain_start = inside[-1][0]
            for ps, pe in reversed(inside[:-1]):
                if chain_start - pe <= 0:
                    chain_start = ps
            start = chain_start
        else:
            if china is None:
                china = []
                j = text.find("中国")
                while j >= 0:
                    china.append(j)
                    j = text.find("中国", j + 1)
            if china:
                j = bisect_right(china, start)
                if j < len(china) and china[j] + 2 <= sfx_start:
                    start = china[j]
        if out and out[-1].type == kind == "government" and start <= out[-1].end <= sfx_start and (
                _NAME_RUN.fullmatch(text, out[-1].end, sfx_start)):
            start = out.pop().start  # 市委 + 组织部, 省政府 + 办公厅: one body
        elif start < taken_until:
            # a longer suffix continues an earlier name (…集团 + 有限公司): extend it
            if out and out[-1].end == sfx_start:
                start = out.pop().start
            else:
                continue
        core = text[start:sfx_start]
        while core and core[0] in "()（）·&0123456789":
            start += 1
            core = core[1:]
        if len(core) < (2 if kind != "government" else 1) or core in _GENERIC_CORES:
            continue
        if _FIRM_CLASS.search(core) and _class_after_places(text, places, place_starts, start, sfx_start):
            continue  # 山东省境内上市公司, 河南省A股上市公司: the province's listed firms as a class, no name
        if gov_end and not gov_core_end(core):
            continue
        if bare and (len(core) > 10 or not _FUNCTION_CHARS.isdisjoint(core)):
            continue
        if government:
            if len(core) == 1 and core not in "省市县区州":
                continue
            if place_core and core[-1] in "省市县区州":
                # 自贡市委, 广元市政府: the core must be a place name (one starting here and reaching
                # the suffix; places are sorted, so the first one from (start, sfx_start - 1) tells)
                j = bisect_left(places, (start, sfx_start - 1))
                if j == len(places) or places[j][0] != start:
                    continue
        out.append(OrgMatch(start, sfx_end, text[start:sfx_end], kind))
        taken_until = sfx_end


def _class_after_places(text: str, places: Sequence[tuple[int, int]], place_starts: Sequence[int],
                        start: int, sfx_start: int) -> bool:
    """True when the words from ``start`` to a suffix are a chain of places, then a class of firms
    (:data:`_FIRM_CLASS`: ``山东省境内上市`` before ``公司``)."""
    k = bisect_left(place_starts, start)
    end = start
    while k < len(places) and places[k][0] == end:
        end = places[k][1]
        k += 1
    return end > start and _FIRM_CLASS.fullmatch(text, end, sfx_start) is not None


def _anchor(text: str, start: int, suffix_start: int, places: Sequence[tuple[int, int]] = (),
            starts: Sequence[int] | None = None) -> int:
    """Start a name at the last chain of places inside it, or at 中国.

    ``加快推进四川川老食品科技有限公司`` → ``四川川老食品科技有限公司``; a place right
    before the suffix is a branch, not a start (``华电四川公司``, ``昆仑燃气四川分公司``).
    ``starts``: the places' starts, when the caller has them (spans end at 0 or later, so the
    places starting after ``start`` and before ``suffix_start`` are found by start alone).
    """
    if starts is None:
        lo = bisect_right(places, (start, 1 << 30))
        hi = bisect_left(places, (suffix_start, -1))
    else:
        lo = bisect_right(starts, start)
        hi = bisect_left(starts, suffix_start)
    inside = [(ps, pe) for ps, pe in places[lo:hi] if pe <= suffix_start - 2]
    if inside:
        chain_start, chain_end = inside[-1]
        for ps, pe in reversed(inside[:-1]):
            if chain_start - pe <= 0:
                chain_start = ps
        return chain_start
    i = text.find("中国", start + 1, suffix_start)
    return i if i >= 0 else start


#: what may follow a short form besides a boundary word: a verb or a possessive
_AFTER_SHORT = re.compile(
    r"(?:表示|介绍|称|已|还|则|将|也|都|拟|计划|预计|公司|集团|方面|负责人|董事长|总经理)")
_LEGAL = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
#: one trade word at the end of a name (stripped one at a time: 东某新能源科技 → 东某新能源 → 东某)
_TRADE = re.compile(r"(?:集团|控股|股份|实业|科技|发展|投资|新材料|材料|化工|新能源|能源|电力|建设|建筑|"
                    r"置业|地产|房地产|工业|机械|制造|食品|农业|贸易|商贸|物流|医药|生物|电子|信息|"
                    r"技术|环保|燃气|矿业|有限)$")


#: the words of ``_LEGAL`` and ``_TRADE`` (each pattern's leftmost match ending the string is the
#: longest of its words that ends it; names hold no line break, before which ``$`` matches too)
_LEGAL_WORDS = tuple(sorted(_LEGAL.pattern[3:-2].split("|"), key=len, reverse=True))
_TRADE_WORDS = frozenset(_TRADE.pattern[3:-2].split("|"))


def short_forms(name: str, place_prefixes: Sequence[str]) -> list[str]:
    """Short forms a company is called by later in a text: 美裕集团, 美裕 for 四川美裕集团有限公司."""
    base = name
    for word in _LEGAL_WORDS:  # _LEGAL.sub("", name)
        if name.endswith(word):
            base = name[:-len(word)]
            break
    if place_prefixes:
        by_length = sorted(place_prefixes, key=len, reverse=True)
        changed = True
        while changed:
            changed = False
            for p in by_length:
                if base.startswith(p) and len(base) - len(p) >= 2:
                    base = base[len(p):]
                    changed = True
    out = []
    if base != name and len(base) >= 2:
        out.append(base)
    core = base
    trade = _TRADE_WORDS
    while True:  # strip one trade word at a time (_TRADE.search), leaving at least two characters
        if core[-3:] in trade:  # its words have three or two characters
            cut = len(core) - 3
        elif core[-2:] in trade:
            cut = len(core) - 2
        else:
            break
        if cut < 2:
            break
        core = core[:cut]
        out.append(core)
    if core != base and "集团" in name:
        out.append(core + "集团")
    return [s for s in dict.fromkeys(out)
            if s not in _GENERIC_CORES and s not in SUFFIX_TYPE and s != name and s not in place_prefixes]


_SHORT_FORMS: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
_SHORT_FORMS_MAX = 4096


def _kept_short_forms(name: str, prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`short_forms`, kept per name and place prefixes (company names recur across pages)."""
    key = (name, prefixes)
    forms = _SHORT_FORMS.get(key)
    if forms is None:
        forms = tuple(short_forms(name, prefixes))
        if len(_SHORT_FORMS) >= _SHORT_FORMS_MAX:
            _SHORT_FORMS.clear()
        _SHORT_FORMS[key] = forms
    return forms


def find_short_forms(text: str, orgs: Sequence[OrgMatch], prefixes: dict[str, list[str]],
                     start: int = 0, end: int | None = None) -> list[OrgMatch]:
    """Occurrences of companies' short forms in ``text[start:end]`` outside the full names.

    Names in ``orgs`` that are the short form of an earlier one get ``short_for`` set.
    """
    end = len(text) if end is None else end
    forms: dict[str, OrgMatch] = {}
    of_name: dict[str, tuple[str, ...]] = {}  # a name named again has the same short forms
    for o in orgs:
        if o.type in ("company", "bank") and o.short_for is None:
            found = of_name.get(o.name)
            if found is None:
                found = of_name[o.name] = _kept_short_forms(o.name, tuple(prefixes.get(o.name, ())))
            for f in found:
                forms.setdefault(f, o)
    if not forms:
        return []
    for o in orgs:  # a name found by its suffix that is the short form of an earlier one
        full = forms.get(o.name)
        if full is not None and full is not o and full.start < o.start:
            o.short_for = o.name = full.name
    out: list[OrgMatch] = []
    covered = [(o.start, o.end) for o in orgs]
    for m_start, m_end, form in find_words(text, forms, start, end):
        if any(a < m_end and m_start < b for a, b in covered):
            continue
        full = forms[form]
        if m_start < full.start:
            continue  # a short form refers back to a name already given
        nxt = text[m_end:m_end + 1]
        if nxt and "\u4e00" <= nxt <= "\u9fff" and not _BOUNDARY_RE.match(text, m_end) \
                and not _AFTER_SHORT.match(text, m_end):
            continue  # glued to more name: 某某锂电正极材料产业园 names a project, not the company
        out.append(OrgMatch(m_start, m_end, full.name, full.type, short_for=full.name))
    return out


__all__ = ["KNOWN_ORGS", "OrgMatch", "SUFFIX_TYPE", "find_orgs", "find_short_forms", "orgs_in", "short_forms"]
