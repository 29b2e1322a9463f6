"""Person names in news text: reporters in bylines and officials named with their title.

Rules, not a statistical model: a name is a known surname plus one or two
characters, found right after a credit word (``记者 陈某 李某``, ``通讯员``) or
right after a title (``市委书记张某``, ``副市长 王某某``) and followed by a
boundary (punctuation, a verb of saying or attending…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick_rs

from newsmill.zh.wordscan import finditer_from, matches_at

_SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜"
    "海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜"
    "羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信"
    "展阴昝智幸奉植衡富尧闭由操"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                      "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "澹台")
SURNAMES = frozenset(_SINGLE_SURNAMES)

_CREDIT_WORDS = r"(?:本报|新华社|特约|首席|见习|实习)?(?:记者|通讯员|实习生|摄影|编辑|撰稿|文/图|文/|图/)"
_CREDIT = re.compile(r"(?:记者|通讯员|实习生|摄影|编辑|撰稿|文/图|文/|图/)[\s:：/]*")
#: a byline in parentheses: (记者 陈某), (欧某 廖某 记者 陈某), (李某) at the end of a story
_PAREN = re.compile(r"[(（]([^()（）\n]{2,40})[)）]")
#: an author line: □ 高某, ■ 高某
_AUTHOR_LINE = re.compile(r"^[□■◎●▲]\s*([^\n]{2,20})$", re.M)
_AUTHOR_MARKS = "□■◎●▲"
_CREDIT_TOKEN = re.compile(_CREDIT_WORDS + r"$")
#: a credit word anywhere (every token _CREDIT_TOKEN accepts contains one)
_CREDIT_ANYWHERE = re.compile(r"记者|通讯员|实习生|摄影|编辑|撰稿|文/|图/")
_PHOTO_TAIL = re.compile(r"(?:文/图|文/|/图|摄影|摄)$")
_TITLES = (
    "省委书记", "省委副书记", "市委书记", "市委副书记", "县委书记", "县委副书记", "区委书记", "区委副书记",
    "州委书记", "党工委书记", "党委书记", "党组书记", "工委书记", "纪委书记", "副书记", "书记",
    "常务副省长", "常务副市长", "常务副县长", "常务副区长", "副省长", "省长", "副市长", "市长", "副县长",
    "县长", "副区长", "区长", "副州长", "州长", "副镇长", "镇长", "乡长", "村支书", "主任委员",
    "常务副主任", "副主任", "主任", "副局长", "局长", "副厅长", "厅长", "副部长", "部长", "副主席", "主席",
    "秘书长", "市委常委", "县委常委", "区委常委", "省委常委", "常委", "董事长", "副董事长", "总经理",
    "副总经理", "总裁", "副总裁", "行长", "副行长", "会长", "副会长", "理事长", "院长", "副院长", "校长",
    "总工程师", "总经济师", "负责人", "创始人", "首席执行官", "党支部书记", "所长", "处长", "科长",
    "总书记", "委员长", "国务委员", "总理", "副总理", "外长", "大使", "主教练", "教练", "队长", "教授",
)
_TITLE_LIST = sorted(_TITLES, key=len, reverse=True)
_TITLE_RE = re.compile("|".join(map(re.escape, _TITLE_LIST)))
#: the same alternatives, matched the way the regex does (first alternative wins), but faster
_TITLE_AC = ahocorasick_rs.AhoCorasick(_TITLE_LIST, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)
_TITLE_INDEX = {t: i for i, t in enumerate(_TITLE_LIST)}
#: business titles (the rest are official)
_BUSINESS = ("董事长", "总经理", "总裁", "行长", "会长", "理事长", "创始人", "首席执行官", "总工程师",
             "总经济师", "负责人", "主教练", "教练", "队长", "教授")
#: honorifics and titles written after a name: 张某同志, 王某先生, 李某总理
_AFTER_TITLE = re.compile(r"同志|先生|女士|教授|院士|总理|副总理|主席|副主席|书记|市长|省长|县长|"
                          r"部长|局长|董事长|总经理")
#: a saying verb after a name at the start of a clause: 王某说，李某表示
_SAYS = re.compile(r"(?:说|表示|指出|介绍|认为|强调|告诉记者)[，,：:]")
_CLAUSE_START = frozenset("，,。；;：:“\n！？ ")
#: what may follow a name: punctuation, or a verb of saying, attending, leading…
_AFTER_NAME = re.compile(
    r"(?:$|[\s，,。、；;：:！!？?）)“”\"》]|表示|说|指出|介绍|强调|认为|称|出席|参加|主持|讲话|致辞|带队|率队|"
    r"调研|会见|一行|等|同志|在|到|与|和|及|对|为|代表|宣布|要求|希望|提出|接受|作|先后|也|还|则|就|"
    r"深入|前往|来到|实地|现场|视察|检查|考察|陪同|见证|签约|致|向|听取|分别|率|带领|表态|寄语|报道|摄)")
_VERB_START = re.compile(r"(?:表示|说|指出|介绍|强调|认为|称|出席|参加|主持|讲话|致辞|带队|率队|调研|会见|"
                         r"在|和|与|到|对|为|向|率|等)")
#: a "name" ending like this is an organization or a title part (商务部部长, 常务副市长)
_NOT_NAME_END = frozenset("部局委厅院会司行社所处办省市县区镇乡村副总正常网报台刊")
_NAME_BODY = re.compile(r"[\u4e00-\u9fff]{1,2}")
#: words that look like surname + 1–2 characters but are not names
_NOT_NAMES = frozenset({
    "表示", "指出", "介绍", "强调", "认为", "同志", "一行", "等人", "主持", "讲话", "代表", "带队",
    "报道", "记者", "专家", "有关", "相关", "负责", "工作", "同时", "此外", "另外", "据悉", "目前",
    "们", "时", "将", "也", "和", "等", "们表", "说", "还", "就", "对", "在", "要", "是", "高度", "全面",
    "高质量", "安全", "建设", "发展", "项目", "企业", "公司", "经济", "会议", "万元", "亿元",
    "文章", "简单", "高盛", "权利", "资料", "数据", "报告", "分析", "研究", "通知", "公告", "市场",
    "时间", "国际", "方面", "单位", "金融", "房地产", "调查", "统计", "文件", "应当", "严格",
    "应该", "信中", "文中", "会上", "会中", "巴克莱", "富瑞", "瑞银", "花旗", "摩根", "路透", "彭博",
})


#: every word the four scans of :func:`find_people` start from (credit words, honorifics and
#: titles after a name, saying verbs, titles before a name), with the scans each belongs to
_CUE_SETS: tuple[tuple[str, ...], ...] = (
    ("记者", "通讯员", "实习生", "摄影", "编辑", "撰稿", "文/图", "文/", "图/"),  # _CREDIT
    tuple(_AFTER_TITLE.pattern.split("|")),
    ("说", "表示", "指出", "介绍", "认为", "强调", "告诉记者"),  # _SAYS
    tuple(_TITLE_LIST),
    ("(", "（"),  # what a parenthesized byline (_PAREN) starts with
    tuple(_AUTHOR_MARKS),  # the marks of an author line
)
_CUE_WORDS = sorted({w for words in _CUE_SETS for w in words})
_CUE_KINDS = [tuple(k for k, words in enumerate(_CUE_SETS) if w in words) for w in _CUE_WORDS]
#: one overlapping scan for all of them (a DFA: several times faster than the NFA here, and small)
_CUE_AC = ahocorasick_rs.AhoCorasick(_CUE_WORDS, matchkind=ahocorasick_rs.MatchKind.Standard,
                                     implementation=ahocorasick_rs.Implementation.DFA)


def cue_starts(text: str) -> tuple[list[int], ...]:
    """Where a word of each cue set starts (credit words, words after a name, saying verbs,
    titles, opening parentheses, author-line marks): sorted positions, every occurrence
    (overlapping ones too)."""
    found: tuple[list[int], ...] = ([], [], [], [], [], [])
    kinds = _CUE_KINDS
    last = -1
    unordered = False  # matches come by end: starts are out of order only after a nested match
    for idx, start, _end in _CUE_AC.find_matches_as_indexes(text, overlapping=True):
        if start < last:
            unordered = True
        last = start
        for k in kinds[idx]:
            found[k].append(start)
    if unordered:
        for lst in found:
            lst.sort()
    return found




@dataclass(slots=True)
class PersonMatch:
    """A person found in a text: span, name, role (reporter, official, other) and title."""

    start: int
    end: int
    name: str
    role: str
    title: str | None = None
    title_start: int = -1


_START = attrgetter("start")


def _surname_len(text: str, i: int) -> int:
    if text.startswith(_COMPOUND_SURNAMES, i):
        return 2
    return 1 if i < len(text) and text[i] in SURNAMES else 0


def name_at(text: str, i: int, need_boundary: bool = True) -> int:
    """End of a personal name starting at ``i`` (surname + 1–2 characters), or -1.

    The longest reading followed by a boundary wins (王强表示 → 王强).
    """
    sl = _surname_len(text, i)
    if not sl:
        return -1
    for given in (2, 1):
        end = i + sl + given
        if end > len(text):
            continue
        body = text[i + sl:end]
        if not _NAME_BODY.fullmatch(body) or body in _NOT_NAMES or text[i:end] in _NOT_NAMES:
            continue
        if given == 2 and _VERB_START.match(text, end - 1):
            continue  # 欧阳明说: the last character starts the verb
        if not need_boundary or _AFTER_NAME.match(text, end):
            return end
    return -1


def find_reporters(text: str, starts: list[int] | None = None) -> list[PersonMatch]:
    """Names credited after 记者/通讯员/文/… (one or more, separated by spaces or 、).

    ``starts``: where credit words start (:func:`cue_starts`), when the caller has them.
    """
    out: list[PersonMatch] = []
    for m in (_CREDIT.finditer(text) if starts is None else matches_at(_CREDIT, text, starts)):
        i = m.end()
        while i < len(text):
            end = _reporter_name_end(text, i)
            if end < 0:
                break
            out.append(PersonMatch(i, end, text[i:end], "reporter"))
            j = end
            while j < len(text) and text[j] in " \u3000、,，":
                j += 1
            if j == end or j >= len(text) or text[j] in "\n":
                break
            i = j
    return out


def _reporter_name_end(text: str, i: int) -> int:
    """Names in a byline end at a separator: try the whole run of 2–4 Han characters first."""
    if text.startswith(("报道", "摄"), i + 2) or text.startswith(("报道", "摄"), i + 3):
        end = name_at(text, i)
        if end > 0:
            return end
    run = re.match(r"[\u4e00-\u9fff]{2,4}", text[i:i + 4])
    if not run or not _surname_len(text, i):
        return -1
    n = len(run.group())
    for length in range(n, 1, -1):
        end = i + length
        if text.startswith(("文/", "/图", "摄"), end) and length <= 3:
            return end
        if end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff"):
            return end if text[i:end] not in _NOT_NAMES else -1
    return -1


def _credit_group(text: str, start: int, end: int, *, need_credit: bool) -> list[PersonMatch]:
    """Names of a byline group text[start:end]: every token a credit word or a name."""
    if need_credit and not _CREDIT_ANYWHERE.search(text, start, end):
        return []  # no token can be a credit word
    out: list[PersonMatch] = []
    has_credit = False
    credit_tokens = _CREDIT_TOKENS
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word in credit_tokens:  # _CREDIT_TOKEN.match(word)
            has_credit = True
            continue
        t_s, t_e = m.span()
        tail = _photo_tail_len(word)
        if tail:
            t_e -= tail
            word = word[:-tail]
        sl = _surname_len(text, t_s)
        if not sl or not 1 <= len(word) - sl <= 2 or word in _NOT_NAMES or word[-1] in _NOT_NAME_END:
            return []  # (海外网) is an outlet
        out.append(PersonMatch(t_s, t_e, word, "reporter"))
    return out if out and (has_credit or not need_credit) else []


_TOKEN = re.compile(r"[^\s\u3000、,，]+")
#: every token ``_CREDIT_TOKEN`` accepts (tokens hold no line break, before which ``$`` matches too)
_CREDIT_TOKENS = frozenset(p + w for p in ("", "本报", "新华社", "特约", "首席", "见习", "实习")
                           for w in _CUE_SETS[0])


def _photo_tail_len(word: str) -> int:
    """Length of the match of ``_PHOTO_TAIL`` in ``word`` (0: none): the longest of its words
    that ends ``word`` (the leftmost match is the longest one)."""
    if word.endswith("文/图"):
        return 3
    if word.endswith(("文/", "/图", "摄影")):
        return 2
    return 1 if word.endswith("摄") else 0


def find_bylines(text: str, paren_starts: list[int] | None = None,
                 has_marks: bool | list[int] | None = None,
                 credit_starts: list[int] | None = None) -> list[PersonMatch]:
    """Reporters in parenthesized bylines and author lines.

    ``paren_starts``: where opening parentheses are; ``has_marks``: whether an author-line
    mark is in the text, or where the marks are; ``credit_starts``: where credit words start
    (:func:`cue_starts`); when the caller has them.
    """
    out: list[PersonMatch] = []
    parens = finditer_from(_PAREN, text, "(（") if paren_starts is None else \
        matches_at(_PAREN, text, paren_starts)
    for m in parens:
        g_start, g_end = m.span(1)
        after = text[g_end + 1:g_end + 2]
        before = text[g_start - 2:g_start - 1] if g_start > 1 else ""
        # a group without a credit word counts after 讯/电 or at the end of a paragraph
        loose = before in ("讯", "电") or after in ("", "\n")
        if not loose and credit_starts is not None:
            # a credit word in the group starts at one of credit_starts
            k = bisect_left(credit_starts, g_start)
            if k == len(credit_starts) or credit_starts[k] >= g_end:
                continue
        out += _credit_group(text, g_start, g_end, need_credit=not loose)
    if has_marks is None:
        has_marks = any(mark in text for mark in _AUTHOR_MARKS)
    if has_marks:  # the scan below needs one of these marks
        if has_marks is True:
            lines = _AUTHOR_LINE.finditer(text)
        else:  # an author line starts with a mark at the start of a line
            lines = matches_at(_AUTHOR_LINE, text, [i for i in has_marks if i == 0 or text[i - 1] == "\n"])
        for m in lines:
            out += _credit_group(text, m.start(1), m.end(1), need_credit=False)
    return out


def find_officials(text: str, starts: list[int] | None = None) -> list[PersonMatch]:
    """Names right after a title: 市委书记张某, 副市长 王某某.

    ``starts``: where titles start (:func:`cue_starts`), when the caller has them.
    """
    out: list[PersonMatch] = []
    n = len(text)
    if starts is None:
        titles = _TITLE_AC.find_matches_as_indexes(text)
    else:  # the regex's matches are the automaton's (leftmost-first, non-overlapping)
        index = _TITLE_INDEX
        titles = [(index[m.group()], m.start(), m.end()) for m in matches_at(_TITLE_RE, text, starts)]
    surnames = SURNAMES
    for idx, start, i in titles:
        while i < n and text[i] in " \u3000":
            i += 1
        if i == n or (text[i] not in surnames and not text.startswith(_COMPOUND_SURNAMES, i)):
            continue  # no name starts here (name_at's first test)
        end = name_at(text, i)
        if end < 0:
            continue
        title = _TITLE_LIST[idx]
        role = "other" if title in _BUSINESS else "official"
        out.append(PersonMatch(i, end, text[i:end], role, title, start))
    return out


def find_named(text: str, after_starts: list[int] | None = None,
               say_starts: list[int] | None = None) -> list[PersonMatch]:
    """Names followed by an honorific or title (张某同志, 李某总理) or, at the start of a
    clause, by a saying verb (王某说，).

    ``after_starts``, ``say_starts``: where those words start (:func:`cue_starts`), when the
    caller has them.
    """
    out: list[PersonMatch] = []
    after = _AFTER_TITLE.finditer(text) if after_starts is None else \
        matches_at(_AFTER_TITLE, text, after_starts) if after_starts else ()
    for m in after:
        at = m.start()
        if at < 2 or text[at - 1] in _NOT_NAME_END:
            continue  # no name of two characters or more ends here (tested for each length below)
        for sl_given in (3, 2, 4):
            i = at - sl_given
            if i < 0 or not _surname_len(text, i):
                continue
            if name_at(text, i, need_boundary=False) == at and (
                    i == 0 or not ("\u4e00" <= text[i - 1] <= "\u9fff")
                    or text[i - 1] in "的和与及、"):
                title = m.group()
                role = "other" if title in _BUSINESS or title in ("先生", "女士", "同志", "院士") \
                    else "official"
                out.append(PersonMatch(i, at, text[i:at], role, title))
                break
    says = _SAYS.finditer(text) if say_starts is None else \
        matches_at(_SAYS, text, say_starts) if say_starts else ()
    for m in says:
        at = m.start()
        if at < 2 or text[at - 1] in _NOT_NAME_END:
            continue  # as above
        for length in (3, 2):
            i = at - length
            if i < 0 or (i > 0 and text[i - 1] not in _CLAUSE_START):
                continue
            if _surname_len(text, i) and name_at(text, i, need_boundary=False) == at:
                out.append(PersonMatch(i, at, text[i:at], "other"))
                break
    return out


def find_people(text: str) -> list[PersonMatch]:
    """Reporters, titled officials and named speakers, without overlaps (reporters first)."""
    credit, after, say, title, paren, marks = cue_starts(text)
    found = find_bylines(text, paren, marks, credit) if paren or marks else []
    more: list[PersonMatch] = []
    if credit:
        more += find_reporters(text, credit)
    if title:
        more += find_officials(text, title)
    if after or say:
        more += find_named(text, after, say)
    if not more:
        return sorted(found, key=_START) if len(found) > 1 else found
    spans = [(p.start, p.end) for p in found]
    for p in more:
        if not spans or not any(a < p.end and p.start < b for a, b in spans):
            found.append(p)
            spans.append((p.start, p.end))
    return sorted(found, key=_START) if len(found) > 1 else found


__all__ = ["PersonMatch", "SURNAMES", "find_bylines", "find_named", "find_officials", "find_people",
           "find_reporters", "name_at"]
