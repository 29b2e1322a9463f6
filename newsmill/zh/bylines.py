"""Bylines, datelines and credits of Chinese news articles.

Three shapes are read, in Simplified or Traditional script:

* an opening dateline at the start of the first paragraph:
  ``四川经济日报自贡讯(记者 张三)``, ``本报讯``, ``新华社成都3月5日电(记者 李四)``;
* a credit line standing on its own: ``□ 本报记者 张三 文/图``, ``记者 王五 赵六``,
  ``通讯员 钱七``, ``新华社记者 孙八 摄``, ``(某某日报全媒体记者 周九 整理)``,
  ``来源：某某日报``;
* a trailing credit closing the last paragraph: ``……。(张三 李四)``.

Every parser takes the text of one line or paragraph plus the offset of that
text in the document, and returns a :class:`Credit` whose spans are document
offsets.
"""

from __future__ import annotations

import re

import attrs

from newsmill.zh.article_layout import names_a_column
from newsmill.zh.names import COMPOUND_SURNAMES, HAN, has_common_surname, is_tibetan_name, looks_like_name
from newsmill.zh.variants import alternation, either_script

#: Endings of outlet names (newspapers, agencies, sites, stations).
OUTLET_ENDINGS = ("日报", "晚报", "早报", "商报", "时报", "导报", "周报", "报", "通讯社", "社",
                  "新闻网", "网", "电视台", "台", "客户端", "融媒体中心", "新闻中心", "新闻", "在线",
                  "周刊", "杂志", "之声", "频道",
                  # (a county's or city's media centre by its short name: ``某某融媒讯``, ``某某融媒体讯``)
                  "融媒", "融媒体")
_OUTLET_ONE = rf"(?:{either_script('本报')}|本刊|本站|[{HAN}A-Za-z]{{1,12}}?{alternation(OUTLET_ENDINGS)})"
#: An outlet, or several joined by a dash (``某某网-某某客户端``).
_OUTLET = rf"(?:{_OUTLET_ONE}(?:[-—·]{_OUTLET_ONE})*)"
#: An outlet printed after the brand of its group's app or site, joined by a middle dot
#: (``新甘肃·甘肃日报记者``): the brand is no name of a person.
_BRANDED_OUTLET = rf"(?:[{HAN}]{{2,5}}[·•])?{_OUTLET}"

#: Roles credited with writing or photographing (their names are reporters).
AUTHOR_ROLES = ("记者", "全媒体记者", "融媒体记者", "首席记者", "见习记者", "实习记者", "特约记者",
                "摄影记者", "通讯员", "特约通讯员", "实习生", "作者", "撰稿", "撰文", "摄影", "采写", "文字")
#: Roles credited with editing (their names are not reporters).
EDITOR_ROLES = ("编辑", "责任编辑", "责编", "主编", "审核", "校对", "美编", "编审", "终审", "值班编辑")
#: Marks of what a person did, printed after (or before) the name.
CRAFTS = ("文/图", "图/文", "文/摄", "文图", "摄影报道", "摄", "报道", "整理", "供图", "综合",
          "编译", "采写", "撰文", "文/", "图/", "文|", "图|", "文｜", "图｜", "文丨", "图丨", "/文", "/图",
          "/摄")
#: Marks of a photo credit.
PHOTO_CRAFTS = ("摄", "摄影报道", "供图", "/摄")
#: Labels of meta lines that carry no person (their values are skipped).
META_LABELS = ("发布时间", "发布日期", "时间", "日期", "浏览次数", "浏览量", "阅读量", "阅读次数", "阅读",
               "点击量", "点击数", "点击", "字号", "字体", "访问量", "访问次数", "浏览")
#: Links of a web page printed on its meta line (``【打印本页】``, ``关闭窗口``): no person, no source.
PAGE_WIDGETS = ("打印本页", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "收藏本页", "收藏", "纠错",
                "分享到", "分享", "返回顶部", "返回")
#: Marks printed before a byline.
BYLINE_MARKS = "□■◇◆●○◎▲△▼★☆▌"

_ROLE = alternation(AUTHOR_ROLES + EDITOR_ROLES)
#: A two-character role printed letter-spaced as PDF titles are (``记 者``, ``通 讯 员``).
_SPACED_ROLE = "(?:" + "|".join(
    r"[ \u3000]{1,3}".join(either_script(ch) for ch in w) for w in ("记者", "通讯员", "编辑", "责编")) + ")"
_SOURCE_LABEL = alternation(("来源", "稿源", "出处", "信息来源", "文章来源", "稿件来源", "新闻来源"))
_SEP = r"[\s\u3000、，,;；/|｜丨]+"
_NAME_END = rf"(?=$|[\s\u3000、，,;；)）]|{alternation(CRAFTS)}|{_ROLE}|{either_script('本报')}|本刊)"
#: Endings of outlets and public bodies credited as a source (``(某某发布)``, ``(商务部)``).
_ORG_END = alternation(OUTLET_ENDINGS + ("发布", "资讯", "数据", "财经", "部", "局", "委", "厅", "办",
                                         "中心", "研究院"))
_TOKEN = re.compile(
    rf"(?P<per>据\s*(?P<per_src>{_OUTLET})(?=$|[\s\u3000]))"
    rf"|(?P<source>{_SOURCE_LABEL}\s*[:：|｜丨]\s*(?P<src>[^\s\u3000:：]{{2,24}}?))(?=$|[\s\u3000])"
    rf"|(?P<meta>(?:【\s*)?(?:字号|字体)\s*[:：]?\s*[\[［]?\s*[大中小]?(?:\s*[大中小])*\s*[\]］】]?"
    rf"|(?:[【\[]\s*[大中小]\s*[】\]]){{3}}"
    # (a field left empty, ``浏览次数：　【字号：大 中 小】``, takes none of the widget after it)
    rf"|{alternation(META_LABELS)}\s*[:：]\s*(?![【\[])[^\s\u3000]*(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)"
    rf"|(?P<widget>【\s*(?:我要)?{alternation(PAGE_WIDGETS)}\s*】|{alternation(PAGE_WIDGETS)}(?=$|[\s\u3000]))"
    rf"|(?P<date>\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"|{either_script('星期')}[一二三四五六日天]|{either_script('周')}[一二三四五六日])"
    rf"|(?P<role>(?![文图]丨)(?:本版|(?P<outlet>{_BRANDED_OUTLET}))?(?P<rname>{_ROLE}|{_SPACED_ROLE})\s*[:：]?)"
    rf"|(?P<craft>{alternation(CRAFTS)})"
    rf"|(?P<org>[{HAN}]{{1,12}}?{_ORG_END})(?=$|[\s\u3000、，,;；)）])"
    rf"|(?P<name>[{HAN}]{{2,4}}?{_NAME_END}|[{HAN}]{{1,6}}[·•][{HAN}]{{1,8}}{_NAME_END})"
    rf"|(?P<pair>[{HAN}]{{5,6}}{_NAME_END})"
    # (a craft mark set apart after the name is no character of it: ``许 可 摄``)
    rf"|(?P<spaced>[{HAN}](?:[ \u3000]{{1,3}}"
    rf"(?!{alternation(PHOTO_CRAFTS)}(?:$|[\s\u3000)）]))[{HAN}]){{1,5}}"
    rf"(?=$|[\s\u3000、，,;；)）])"
    # (a surname set apart from a given name of two: ``记者 丁 一鸣``, as PDF pages cut names)
    rf"|[{HAN}][ \u3000]{{1,3}}[{HAN}]{{2}}(?=$|[\s\u3000、，,;；)）]))"
    rf"|(?P<sep>{_SEP})"
)
_EDITOR_RE = re.compile(alternation(EDITOR_ROLES) + r"$")
_BENBAO = re.compile(either_script("本报"))
#: The opening of a paper's or a site's own report with its bracketed credit (``本报讯``, ``本站讯``,
#: ``本台讯（记者 某某）``),
#: as a pattern for rules that read what follows it.
OWN_DATELINE = r"(?:本报|本台|本刊|本网|本站)讯(?:[(（][^()（）]{0,20}[)）])?\s*"


@attrs.define
class Span:
    """A piece of text and its document offsets."""

    text: str
    start: int
    end: int


@attrs.define
class Credit:
    """What a byline, dateline or credit says: outlet, place, people, with spans.

    ``kind`` is ``dateline`` (an opening ``XX讯``/``XX电``), ``line`` (a credit
    line of its own) or ``trailing`` (a credit closing a paragraph).
    ``source`` is the outlet as printed (``本报`` stays ``本报``).
    """

    kind: str
    start: int
    end: int
    source: Span | None = None
    place: Span | None = None
    reporters: list[Span] = attrs.field(factory=list)
    editors: list[Span] = attrs.field(factory=list)
    has_role: bool = False
    roles: list[str] = attrs.field(factory=list)
    crafts: list[str] = attrs.field(factory=list)
    source_from: str = ""  # label (来源：), role (某某日报记者), org (named alone), dateline

    @property
    def photo_only(self) -> bool:
        """True for a photo credit (``(张三 摄)``, ``李四 供图``) that names no writer."""
        return bool(self.crafts) and all(c in PHOTO_CRAFTS for c in self.crafts) \
            and all(r in ("摄影", "摄影记者") for r in self.roles)

    @property
    def editors_only(self) -> bool:
        """True for a line that credits only editors (page furniture, not a byline)."""
        return bool(self.editors) and not self.reporters and self.source is None

    @property
    def reporters_span(self) -> tuple[int, int] | None:
        """The span from the first to the last reporter name."""
        if not self.reporters:
            return None
        return self.reporters[0].start, self.reporters[-1].end


def parse_people(text: str, offset: int = 0) -> Credit | None:
    """Read a run of roles, names, craft marks and ``来源：`` fields; None if anything else is there."""
    if not text:
        return None
    first = _TOKEN.match(text)  # most lines read are no credit: they fail here, before any object
    if first is None or not first.end():
        return None
    credit = Credit("line", offset, offset + len(text))
    pos = 0
    role: str | None = None
    seen_token = False
    while pos < len(text):
        m = first if not pos else _TOKEN.match(text, pos)
        if (m is None or m.end() == pos) and _tibetan_last_char(credit.reporters, text, pos, offset):
            last = credit.reporters[-1]  # ``记者 泽郎 措``: a Tibetan name's closing character set apart
            credit.reporters[-1] = Span(last.text + text[pos], last.start, offset + pos + 1)
            pos += 1
            continue
        if m is None or m.end() == pos:
            return None
        if m.group("per") is not None:
            if credit.source is None:
                credit.source = Span(m.group("per_src"), offset + m.start("per_src"),
                                     offset + m.end("per_src"))
                credit.source_from = "label"
            credit.has_role = True
            seen_token = True
        elif m.group("source") is not None:
            if credit.source is None:
                credit.source = Span(m.group("src"), offset + m.start("src"), offset + m.end("src"))
                credit.source_from = "label"
            credit.has_role = True
            seen_token = True
        elif m.group("meta") is not None or m.group("date") is not None or m.group("widget") is not None:
            seen_token = True
        elif m.group("role") is not None:
            role = re.sub(r"[ \u3000]", "", m.group("rname"))
            credit.roles.append(role)
            credit.has_role = True
            seen_token = True
            if m.group("outlet") and credit.source is None and not _is_note_outlet(m.group("outlet")):
                credit.source = Span(m.group("outlet"), offset + m.start("outlet"), offset + m.end("outlet"))
                credit.source_from = "role"
        elif m.group("org") is not None:  # an outlet or body named alone: a source, not a role
            if credit.source is None:
                credit.source = Span(m.group("org"), offset + m.start("org"), offset + m.end("org"))
                credit.source_from = "org"
            seen_token = True
        elif m.group("craft") is not None:
            credit.has_role = True
            credit.crafts.append(m.group("craft"))
            seen_token = True
        elif m.group("name") is not None:
            span = Span(m.group("name"), offset + m.start("name"), offset + m.end("name"))
            if m.group("name").endswith("台") and text.startswith("报道", m.end()):
                pass  # ``（记者 甲 乙 某某台报道）``: the station reporting, no person
            elif credit.reporters and credit.place is None and text.startswith(_REPORTING, m.end()) \
                    and _is_place_name(m.group("name")):
                credit.place = span  # ``记者 甲 江门报道``: the place reported from, no person
            elif role is not None and _EDITOR_RE.search(role):
                credit.editors.append(span)
            elif _tibetan_second_part(credit.reporters, span, text, offset):
                last = credit.reporters[-1]  # ``记者 洛绒 曲珍``: the two parts of one Tibetan name
                credit.reporters[-1] = Span(last.text + span.text, last.start, span.end)
            else:
                credit.reporters.append(span)
            seen_token = True
        elif m.group("spaced") is not None:  # names with stray spaces between their characters (钟 伟)
            names = spaced_names(m.group("spaced"), offset + m.start("spaced"))
            if names is None and role is not None and _ROLE_LAST.fullmatch(text, m.end()):
                names = _one_spaced_name(m.group("spaced"), offset + m.start("spaced"))
            if role is None and names is not None and _PHOTO_LAST.fullmatch(text, m.end()):
                credit.reporters.extend(names)  # ``钟 敏 摄``: a photo credit naming its author alone
            elif role is None and names is not None and credit.reporters and not credit.has_role:
                credit.reporters.extend(names)  # ``□ 许某某 孙 某``: a spaced name after a plain one
            elif role is None or names is None:
                return None
            else:
                (credit.editors if _EDITOR_RE.search(role) else credit.reporters).extend(names)
            seen_token = True
        elif m.group("pair") is not None:  # two names printed without a space
            base = offset + m.start("pair")
            tail = _place_reported_from(m.group("pair"), text, m.end()) if role is not None else 0
            if tail:  # ``记者林某某汕尾报道``: a name and the place reported from, spaces lost
                cut = len(m.group("pair")) - tail
                credit.reporters.append(Span(m.group("pair")[:cut], base, base + cut))
                credit.place = Span(m.group("pair")[cut:], base + cut, offset + m.end("pair"))
                seen_token = True
                pos = m.end()
                continue
            parts = split_name_pair(m.group("pair")) if role is not None else None
            if parts is None:
                return None
            for a, b in parts:
                credit.reporters.append(Span(m.group("pair")[a:b], base + a, base + b))
            seen_token = True
        pos = m.end()
    return credit if seen_token else None


def _is_note_outlet(outlet: str) -> bool:
    """``本版稿件均为本报``: a note about the page's copy that ends in 本报, not an outlet."""
    return len(outlet) > 2 and bool(_BENBAO.search(outlet[-2:]))


def spaced_names(run: str, offset: int = 0) -> list[Span] | None:
    """The names in a run of letter-spaced characters (``钟 伟``, ``孙  宇  琪``, ``何  瑞  马  骁``).

    PDF pages space out the characters of names (a two-character name is
    padded to the width of three); the gaps no longer tell names apart, so
    the characters are cut as names are: where some gaps are wider than the
    others, at the wide gaps; else two or three characters make one name,
    four make two, five make two at a common surname, six make three
    two-character names when each opens with a common surname, else two.
    None when no cut gives names with a common surname.
    """
    chars = [(m.group(), m.start()) for m in re.finditer(rf"[{HAN}]", run)]
    compact = "".join(c for c, _ in chars)
    gaps = [chars[k + 1][1] - chars[k][1] for k in range(len(chars) - 1)]
    cuts: list[tuple[int, int]] | None
    wide = [k + 1 for k, g in enumerate(gaps) if g == max(gaps)] if gaps and len(set(gaps)) > 1 else []
    bounds = [0, *wide, len(compact)]
    parts = list(zip(bounds, bounds[1:]))
    if 2 <= len(compact) <= 4 and is_tibetan_name(compact):
        cuts = [(0, len(compact))]  # ``泽郎 措``, ``格 桑``: one Tibetan name, whatever the gaps
    elif wide and all(2 <= b - a <= 3 for a, b in parts):
        cuts = parts
    elif len(compact) <= 3:
        cuts = [(0, len(compact))]
    elif len(compact) == 4:
        cuts = [(0, 2), (2, 4)]
    elif len(compact) == 6 and all(has_common_surname(compact[k:k + 2]) for k in (0, 2, 4)):
        cuts = [(0, 2), (2, 4), (4, 6)]
    else:
        cuts = split_name_pair(compact)
    if cuts is None or not all(has_common_surname(compact[a:b]) or is_tibetan_name(compact[a:b])
                               for a, b in cuts):
        return None
    return [Span(compact[a:b], offset + chars[a][1], offset + chars[b - 1][1] + 1) for a, b in cuts]


#: The end of a credit after a name (nothing, or a closing bracket).
_ROLE_LAST = re.compile(r"[\s\u3000)）]*")
#: A photo craft closing a credit after a spaced name (``钟 敏 摄``, ``(李 娜 供图)``).
_PHOTO_LAST = re.compile(r"[\s\u3000]*(?:摄|供图)[\s\u3000)）]*")


def _tibetan_last_char(names: list[Span], text: str, pos: int, offset: int) -> bool:
    """True when the one character at ``pos``, apart from the last name read by blanks only and
    standing alone, closes that name as a Tibetan one (``泽郎 措``)."""
    if not names or not text[pos:pos + 1] or (pos + 1 < len(text) and text[pos + 1] not in " \u3000)）、，,"):
        return False
    gap = text[names[-1].end - offset:pos]
    return bool(gap) and not gap.strip(" \u3000") and is_tibetan_name(names[-1].text + text[pos])


def _tibetan_second_part(names: list[Span], span: Span, text: str, offset: int) -> bool:
    """True when ``span`` is the second part of a Tibetan name whose first part is the last name read,
    apart from it by blanks only (``洛绒 曲珍``, ``四郎　泽仁``)."""
    if not names or len(span.text) != 2 or len(names[-1].text) != 2:
        return False
    gap = text[names[-1].end - offset:span.start - offset]
    return bool(gap) and not gap.strip(" \u3000") and is_tibetan_name(names[-1].text + span.text)


def _one_spaced_name(run: str, offset: int) -> list[Span] | None:
    """A role's only name of two or three spaced characters, whatever its surname (``记者 乌 兰``)."""
    chars = [(m.group(), m.start()) for m in re.finditer(rf"[{HAN}]", run)]
    if not 2 <= len(chars) <= 3:
        return None
    return [Span("".join(c for c, _ in chars), offset + chars[0][1], offset + chars[-1][1] + 1)]


def split_name_pair(run: str) -> list[tuple[int, int]] | None:
    """Split 5 or 6 Han characters into two names at a common surname (3+2, 2+3, 3+3), or None."""
    if not has_common_surname(run):
        return None
    cuts = (3, 2) if len(run) == 5 else (3,)
    for cut in cuts:
        if has_common_surname(run[cut:]):
            return [(0, cut), (cut, len(run))]
    return None


def _plausible_unlabelled(names: list[Span]) -> bool:
    """Names printed with no role: all name-shaped, and a common surname among them."""
    if not names or not all(looks_like_name(n.text) for n in names):
        return False
    with_surname = sum(has_common_surname(n.text) or is_tibetan_name(n.text) for n in names)
    return with_surname == len(names) if len(names) == 1 else with_surname >= 1


def _marked_names(names: list[Span]) -> bool:
    """Names after a mark with no role (``□ 高寒``): plausible names, four characters only with
    a compound surname (``■ 欧阳晓峰``; ``■ 项目建设`` is a column label), none the full name
    of a county or city (``◆荣县`` heads a county's section of a round-up), none a column's word
    (``■简讯``: a surname opens it, but it names the column)."""
    if any(names_a_column(n.text) for n in names):
        return False
    return _plausible_unlabelled(names) and all(
        len(n.text) < 4 or n.text[:2] in COMPOUND_SURNAMES or "·" in n.text or "•" in n.text for n in names) \
        and not any(_is_division_name(n.text) for n in names)


#: ``报道`` right after a credit's last word: the place reported from (``记者 甲 江门报道``).
_REPORTING = ("报道", "報道")


def _is_place_name(text: str) -> bool:
    """True when ``text`` names a county, city or province, in full or short (``江门``, ``海口``)."""
    from newsmill.zh.gazetteer import Gazetteer  # the gazetteer loads its data on first use

    return any(d.level in ("province", "prefecture", "county") for d in Gazetteer.default().lookup(text))


def _place_reported_from(run: str, text: str, end: int) -> int:
    """Length of the place closing ``run`` right before ``报道`` (``林某某汕尾``), else 0."""
    if not text.startswith(_REPORTING, end):
        return 0
    for k in (2, 3):
        if 2 <= len(run) - k <= 3 and _is_place_name(run[-k:]):
            return k
    return 0


def _is_division_name(text: str) -> bool:
    """True when ``text`` is the full name of a county, city or province (``荣县``, ``万州区``)."""
    from newsmill.zh.gazetteer import Gazetteer  # the gazetteer loads its data on first use

    return text[-1] in "县区市州省旗" and any(d.name == text for d in Gazetteer.default().lookup(text))


_LINE = re.compile(
    rf"^(?P<mark>[{BYLINE_MARKS}]\s*)?(?P<open>[(（])?(?P<body>.*?)(?P<close>[)）])?\s*$")


#: A web page's meta line opens with a labelled field; such a line may be twice as long.
_META_OPEN = re.compile(r"(?:发布时间|发布日期|信息来源|来源|时间|日期)\s*[:：]")


#: A picture an agency issued, its photographer in brackets or after a space
#: (``新华社发(谢 某 摄)``, ``中新社发 王某 摄``).
_AGENCY_ISSUED = re.compile(rf"(?P<outlet>{_OUTLET})发[\s\u3000]*"
                            r"(?:[(（](?P<inner>[^()（）]+)[)）]|(?P<bare>[^()（）]+))")


def _agency_issued(stripped: str, offset: int) -> Credit | None:
    """The credit of a picture an agency issued (``新华社发(某 某 摄)``), else None."""
    m = _AGENCY_ISSUED.fullmatch(stripped)
    if m is None:
        return None
    key = "inner" if m.group("inner") is not None else "bare"
    credit = parse_people(m.group(key).strip(), offset + m.start(key))
    if credit is None or not credit.reporters or not credit.photo_only or credit.source is not None:
        return None
    credit.source = Span(m.group("outlet"), offset + m.start("outlet"), offset + m.end("outlet"))
    credit.source_from = "role"
    credit.kind = "line"
    credit.start, credit.end = offset, offset + len(stripped)
    return credit


#: Ends of a government office's name (``某市发展和改革局``, ``某县农业农村委员会``, ``某区政府办``).
_OFFICE_END = re.compile(r"(?:局|委员会|委|办公室|办|厅|中心)$")


def _bracketed_office(m: re.Match[str], credit: Credit) -> bool:
    """A line in brackets of an office alone or with its writers (``(某市发展和改革局 某某)``).

    Government sites close a story with it; it is a credit, no title.  The office is the
    writer's unit, not the outlet: no source is taken from it.
    """
    if not (m.group("open") and m.group("close")) or m.group("mark") or credit.has_role:
        return False
    if credit.source is None or credit.source_from != "org" or credit.editors:
        return False
    if not _OFFICE_END.search(credit.source.text) or credit.source.text.endswith(OUTLET_ENDINGS):
        return False
    if credit.reporters and not _plausible_unlabelled(credit.reporters):
        return False
    credit.source = None
    return True


#: A column of the reporters' own notes or views, labelled on its own line (``■记者手记``,
#: ``【记者观察】``).
_REPORTERS_COLUMN = re.compile(rf"[{BYLINE_MARKS}\s\u3000【\[]*(?:本报)?记者"
                               r"(?:手记|观察|札记|随笔|日记|感言|点评|视点)[】\]]?")


#: A page's or a story's note on who took or gave its pictures (``本版图片除署名外均由本报记者拍摄``,
#: ``图片均由某某公司提供``): the maker of the pictures after 由, no reporter.
_PICTURE_NOTE = re.compile(r"[(（]?\s*(?:本版|本文|本组)?(?:图片|照片|图)[^由]{0,8}由[^，,。；;]{2,20}"
                           r"(?:拍摄|提供|供图)\s*[)）]?[。.]?")


#: Who gave a page's or a story's pictures (``本版图片由某某日报摄影部提供``, ``图片均由某区融媒体中心提供``).
_PICTURES_GIVEN = re.compile(r"[(（]?(?:本版|本期|文中|以上|本文)?(?:图片|照片|图)(?:均)?由"
                             r"[^，,。；;]{2,24}提供[)）]?")


def parse_credit_line(line: str, offset: int = 0, max_len: int = 60) -> Credit | None:
    """Read a line that is only a byline or credit; None when the line is anything else.

    Lines longer than ``max_len`` are read only when they open with a meta
    label (``发布时间：… 来源：… 字号：[ 大 中 小 ] 浏览次数：…``), up to twice that.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > max_len and (
            len(stripped) > 2 * max_len or not _META_OPEN.match(stripped)):
        return None
    lead = len(line) - len(line.lstrip())
    if "记者" in stripped and _REPORTERS_COLUMN.fullmatch(stripped):
        return None  # ■记者手记: a column's label, no reporter named
    if "由" in stripped and _PICTURE_NOTE.fullmatch(stripped):
        return None  # 本版图片除署名外均由本报记者拍摄: who took the page's pictures, no byline
    if "评论员" in stripped:
        return _commentator(stripped, offset + lead)
    if "提供" in stripped and _PICTURES_GIVEN.fullmatch(stripped):
        return None  # 本版图片由某某日报摄影部提供: who gave the page's pictures, no one credited
    if "发" in stripped and (issued := _agency_issued(stripped, offset + lead)) is not None:
        return issued
    m = _LINE.match(stripped)
    if m is None or bool(m.group("open")) != bool(m.group("close")):
        return None
    credit = parse_people(m.group("body"), offset + lead + m.start("body"))
    office = credit is not None and _bracketed_office(m, credit)
    if credit is not None and credit.source_from == "org" and not credit.reporters:
        credit.source = None  # an outlet named with no one credited: a page header, not a byline
    if office:
        credit.kind = "line"  # ``(某市发展和改革局 某某)``: the office and its writer closing a story
        credit.start, credit.end = offset + lead, offset + lead + len(stripped)
        return credit
    if credit is None or not (credit.reporters or credit.source or credit.editors):
        return None
    if not (m.group("mark") or credit.has_role):
        return None
    if not credit.has_role and credit.source is None and not _marked_names(credit.reporters):
        return None  # ■ 项目建设: a column label under a mark, not an author
    credit.kind = "line"
    credit.start, credit.end = offset + lead, offset + lead + len(stripped)
    return credit


#: A commentary's byline: the paper's commentator, unnamed or named (``本报评论员``,
#: ``本报特约评论员 王某某``, ``新华社评论员``, ``□ 本报评论员  刘 某``).
_COMMENTATOR = re.compile(rf"[{BYLINE_MARKS}\s\u3000]*(?P<outlet>{_OUTLET})(?:特约|首席)?评论员"
                          # (the writer's name maybe set apart by one space: ``本报评论员  刘 某``)
                          rf"(?:[\s\u3000]+(?P<name>[{HAN}·](?: ?[{HAN}·]){{1,4}}))?")


def _commentator(line: str, offset: int) -> Credit | None:
    """The credit of a commentary's byline line (its outlet, and its writer when named), else None."""
    m = _COMMENTATOR.fullmatch(line)
    if m is None:
        return None
    credit = Credit("line", offset, offset + len(line), has_role=True, roles=["评论员"], source_from="role")
    credit.source = Span(m.group("outlet"), offset + m.start("outlet"), offset + m.end("outlet"))
    if m.group("name"):
        name = m.group("name").replace(" ", "")
        credit.reporters.append(Span(name, offset + m.start("name"), offset + m.end("name")))
    return credit


_TRAILING = re.compile(r"(?<=[。！？!?”」』…])\s*[(（](?P<body>[^()（）\n]{2,40})(?P<close>[)）])"
                       r"(?P<tags>(?:\s*#[^#\n]{1,24}#)*)\s*$")  # topic tags of a post may follow


#: One name spaced out to the width of three characters (``陈 红``, ``欧阳 峰``).
_SPACED_PAIR = re.compile(rf"\s*[{HAN}]{{1,2}}[ \u3000]{{1,3}}[{HAN}]{{1,2}}\s*")


#: A photo credit closing a caption after its sentence (``图为…现场。 本报记者 何 勇 摄``).
_CAPTION_CREDIT = re.compile(r"(?<=[。！？!?”])[ \u3000]*"
                             r"(?P<body>[^。！？!?\n]{2,30}?[ \u3000/／]*(?:摄|供图))\s*$")


def parse_caption_credit(caption: str, offset: int = 0) -> Credit | None:
    """Read the photo credit closing a caption line (``图为…。 本报记者 何 勇 摄``); None without one."""
    m = _CAPTION_CREDIT.search(caption)
    if m is None:
        return None
    credit = parse_people(m.group("body"), offset + m.start("body"))
    if credit is None or not credit.reporters or not any(c in PHOTO_CRAFTS for c in credit.crafts):
        return None
    credit.kind = "trailing"
    credit.source = None  # the photographer's paper names no source of the story
    credit.start, credit.end = offset + m.start("body"), offset + m.end("body")
    return credit


#: An outlet's word for itself, read as a name in a bracketed credit (``（本报综合）``).
_OWN_OUTLET_WORDS = frozenset(("本报", "本報", "本台", "本刊", "本网", "本網", "本站"))


def parse_trailing_credit(paragraph: str, offset: int = 0) -> Credit | None:
    """Read a credit in parentheses closing a paragraph (``……。(张三 李四)``)."""
    if "(" not in paragraph and "（" not in paragraph:
        return None  # no opening bracket, no credit (most paragraphs: no scan of every position)
    m = _TRAILING.search(paragraph)
    if m is None:
        return None
    credit = parse_people(m.group("body"), offset + m.start("body"))
    if credit is None and _SPACED_PAIR.fullmatch(m.group("body")):
        # ``……。（陈 红）``: one name spaced out
        names = spaced_names(m.group("body"), offset + m.start("body"))
        if names is not None and len(names) == 1:
            credit = Credit(kind="trailing", start=0, end=0, reporters=names)
    if credit is not None and credit.source is None and len(credit.reporters) == 1 \
            and credit.reporters[0].text in _OWN_OUTLET_WORDS:
        # ``……。（本报综合）``: the outlet compiled the piece, no person wrote it
        credit.source, credit.reporters = credit.reporters[0], []
    if credit is None or not credit.reporters and credit.source is None:
        return None
    if not credit.has_role and not _plausible_unlabelled(credit.reporters) \
            and not (credit.source is not None and not credit.reporters):
        return None
    credit.kind = "trailing"
    credit.start, credit.end = offset + m.start(), offset + (m.end("close") if m.group("tags") else m.end())
    return credit


_DATE_IN_HEAD = re.compile(r"\d{1,2}月\d{1,2}日(?:\d{1,2}时(?:\d{1,2}分)?)?$")
_DATELINE = re.compile(
    rf"^(?P<lead>[{BYLINE_MARKS}\s\u3000]*(?:{either_script('据')}\s*)?)(?P<bracket>【)?(?P<head>[{HAN}A-Za-z0-9][{HAN}A-Za-z0-9\-—·]{{1,30}}?)"
    rf"(?P<kw>[讯訊]|[电電]|消息|(?(bracket)(?:综合报道|綜合報道|综合|綜合)|(?!)))(?(bracket)】)(?P<gap>[\s\u3000]*)"
    rf"(?:[(（](?P<people>[^()（）\n]{{1,60}})[)）]"
    rf"|(?P<inline>{_ROLE}[^()（）\n:：。，,]{{2,30}}?(?:{alternation(('报道', '摄'))})?)"
    rf"(?=[:：]|[\s\u3000]*(?:\n|$)))?")
_HEAD = re.compile(rf"^(?P<outlet>{_OUTLET})?(?P<place>[{HAN}]{{0,12}})$")
#: What an outlet's own channel is called (``客户端``, ``融媒体中心``, ``新闻网``): no place.
_OUTLET_TAIL = re.compile(alternation(("客户端", "新闻客户端", "融媒体中心", "新闻中心", "新闻网", "网",
                                       "电视台", "在线", "频道", "之声", "融媒", "融媒体")))


#: A Taiwan-style opening credit: ``【記者林某／台北報導】``, ``記者林某、王某/高雄報導``.
_REPORTED_FROM = re.compile(
    rf"^[\s\u3000]*(?P<open>【|\[)?(?P<role>{either_script('记者')}|{either_script('实习记者')})\s*"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[、，,\s][{HAN}]{{2,4}}){{0,3}})\s*[／/]\s*"
    rf"(?P<place>[{HAN}]{{2,6}}?)(?:[报報]导|[报報]導|{either_script('报道')}|{either_script('电')})"
    rf"(?(open)[】\]])")


def _reported_from(paragraph: str, offset: int) -> Credit | None:
    """Read a credit naming the reporters and the place they report from (``【記者X／台北報導】``)."""
    m = _REPORTED_FROM.match(paragraph)
    if m is None:
        return None
    credit = Credit("dateline", offset + m.start(), offset + m.end(), has_role=True,
                    roles=[re.sub("記", "记", m.group("role"))])
    credit.place = Span(m.group("place"), offset + m.start("place"), offset + m.end("place"))
    for n in re.finditer(rf"[{HAN}]{{2,4}}", m.group("names")):
        credit.reporters.append(Span(n.group(), offset + m.start("names") + n.start(),
                                     offset + m.start("names") + n.end()))
    return credit


def parse_dateline(paragraph: str, offset: int = 0) -> Credit | None:
    """Read an opening dateline (``某某日报某地讯(记者 张三)``, ``本报讯``, ``某社某地3月5日电``)."""
    # the match needs its keyword (讯, 电, 消息) somewhere: most paragraphs have none (a cheap first test)
    m = _DATELINE.match(paragraph) if ("讯" in paragraph or "电" in paragraph or "消息" in paragraph
                                       or "訊" in paragraph or "電" in paragraph
                                       or "综合" in paragraph[:12] or "綜合" in paragraph[:12]) else None
    if m is None:
        return _reported_from(paragraph, offset) if "/" in paragraph[:40] or "／" in paragraph[:40] else None
    head, head_start = m.group("head"), m.start("head")
    dated = _DATE_IN_HEAD.search(head)
    if m.group("kw") in "电電" and not dated:
        return None
    if dated:
        head = head[: dated.start()]
    if len(head) > 2 and head[-1] in "专專" and m.group("kw") in "讯訊":
        head = head[:-1]  # ``某报专讯``: the paper's special dispatch, no place called 专
    if len(head) > 2 and head[-1] in "简簡快短" and m.group("kw") in "讯訊" and m.group("people") is None \
            and m.group("inline") is None and not paragraph[m.end():].strip():
        return None  # ``某州新闻简讯`` alone on its line: a column of briefs, no outlet's dispatch
    h = _HEAD.match(head)
    if h is None:
        return None
    outlet, place = h.group("outlet"), h.group("place")
    if outlet and place and _OUTLET_TAIL.fullmatch(place):
        outlet, place = outlet + place, ""  # 某某报客户端讯: the paper's app is the outlet, no place
    people = m.group("people")
    people_at = m.start("people")
    if people is None and m.group("inline") is not None:
        people, people_at = m.group("inline"), m.start("inline")
    if m.group("kw") == "消息" and not outlet:
        return None
    if m.group("kw")[:2] in ("综合", "綜合") and (not outlet or place):
        return None  # ``【本报综合报道】``: the outlet compiled the piece, in a bracket of its own
    if not outlet and not people:
        return None
    credit = Credit("dateline", offset + m.start("head"), offset + m.end())
    if outlet:
        credit.source = Span(outlet, offset + head_start, offset + head_start + len(outlet))
        credit.source_from = "dateline"
    if place:
        p0 = head_start + h.start("place")
        credit.place = Span(place, offset + p0, offset + p0 + len(place))
    if people:
        inner = parse_people(people, offset + people_at)
        if inner is not None:
            credit.reporters, credit.editors = inner.reporters, inner.editors
            credit.has_role = inner.has_role
            if credit.place is None:
                credit.place = inner.place
            if credit.source is None and inner.source is not None:
                credit.source, credit.source_from = inner.source, inner.source_from
        elif not outlet:
            return None
    return credit


def is_benbao(outlet: str) -> bool:
    """True for ``本报`` ("this paper") in either script."""
    return bool(_BENBAO.fullmatch(outlet))


__all__ = ["Credit", "Span", "parse_people", "parse_credit_line", "parse_trailing_credit",
           "parse_caption_credit",
           "spaced_names",
           "BYLINE_MARKS",
           "parse_dateline", "is_benbao", "OUTLET_ENDINGS", "AUTHOR_ROLES", "EDITOR_ROLES", "CRAFTS"]
