"""Shortcuts of the organization and person annotators agree with the plain code.

The plain definitions (as first written) are kept below; each shortcut is checked
against them on generated text made of the pieces the rules care about: suffixes,
boundary words, places, known names, titles, credit words, parentheses and marks.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Article, Document, Mention
from newsmill.plugins import annotate_orgs, annotate_people, annotate_places
from newsmill.zh import orgs, people
from newsmill.zh.wordscan import find_words, finditer_from, matches_at

# -- organizations ---------------------------------------------------------------------------

_ORG_PIECES = [
    *orgs._SUFFIX_LIST, "中国", "国务院", "证监会", "人民银行", "国资委", "央行", "新华社", "和", "与",
    "及", "同", "的", "在", "签约", "投资", "建设", "服务", "信息化", "城乡", "社会保障", "农村", "广播",
    "经济", "自贡市", "自贡", "四川", "成都", "美裕", "科技", "统计", "应急", "商务", "发改", "市", "县",
    "区", "省", "全", "该", "上市", "长", "分", "门", "员", "卡", "(", ")", "（", "）", "1", "A", "·", "，",
    "。", "\n", " ", "记者", "主任",
]
org_text = st.lists(st.sampled_from(_ORG_PIECES), max_size=30).map("".join)
#: place spans as (start, length), sorted by the tests
_place_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 5)), max_size=8)


def _plain_merge_adjacent(found: list[orgs.OrgMatch]) -> list[orgs.OrgMatch]:
    """Drop names nested in a longer one (…集团 inside …集团有限公司)."""
    found.sort(key=lambda o: (o.start, -(o.end - o.start)))
    out: list[orgs.OrgMatch] = []
    for o in found:
        if out and o.start < out[-1].end:
            continue
        out.append(o)
    return out


def _plain_find_orgs(text: str, places: list[tuple[int, int]]) -> list[orgs.OrgMatch]:
    """``find_orgs`` as first written: ``_left_start`` and ``_anchor`` called for every suffix,
    the suffix tests by their regexes, the result sorted and merged."""
    places = sorted(places)
    out: list[orgs.OrgMatch] = []
    taken_until = -1
    for m in re.finditer("|".join(map(re.escape, orgs._SUFFIX_LIST)), text):
        sfx, sfx_start, sfx_end = m.group(), m.start(), m.end()
        kind = orgs.SUFFIX_TYPE[sfx]
        bad = orgs._BAD_AFTER.get(sfx)
        if sfx == "子公司" or (bad and bad.match(text, sfx_end)):
            continue
        if sfx in orgs._GOV_ONE_CHAR and not orgs._GOV_CORE_END.search(text, max(0, sfx_start - 4),
                                                                       sfx_start):
            continue  # the early test on the characters before a one-character suffix
        government = kind == "government"
        start = orgs._left_start(text, sfx_start, orgs._MAX_LEN[kind], government)
        start = orgs._anchor(text, start, sfx_start, places)
        if out and out[-1].type == kind == "government" and start <= out[-1].end <= sfx_start and (
                orgs._NAME_RUN.fullmatch(text, out[-1].end, sfx_start)):
            start = out.pop().start
        elif start < taken_until:
            if out and out[-1].end == sfx_start:
                start = out.pop().start
            else:
                continue
        core = text[start:sfx_start]
        while core and core[0] in "()（）·&0123456789":
            start += 1
            core = core[1:]
        if len(core) < (2 if kind != "government" else 1) or core in orgs._GENERIC_CORES:
            continue
        if (sfx in orgs._GOV_ONE_CHAR or sfx == "办公室") and not orgs._GOV_CORE_END.search(core):
            continue
        if sfx in orgs._BARE_SUFFIXES and (len(core) > 10 or any(c in orgs._FUNCTION_CHARS for c in core)):
            continue
        if government and len(core) == 1 and core not in "省市县区州":
            continue
        if government and core[-1] in "省市县区州" and sfx in ("委", "政府", "人民政府"):
            if not any(ps == start and pe >= sfx_start - 1 for ps, pe in places):
                continue
        out.append(orgs.OrgMatch(start, sfx_end, text[start:sfx_end], kind))
        taken_until = sfx_end
    covered = set()
    for o in out:
        covered.update(range(o.start, o.end))
    for m in re.finditer("|".join(map(re.escape, orgs._KNOWN_LIST)), text):
        if not covered.intersection(range(m.start(), m.end())):
            out.append(orgs.OrgMatch(m.start(), m.end(), m.group(), orgs.KNOWN_ORGS[m.group()]))
    return _plain_merge_adjacent(out)


@settings(max_examples=600)
@given(org_text, _place_spans)
@example("自贡市经济和信息化局与四川美裕科技有限公司签约，市委组织部、中国银行", [(0, 3), (11, 13)])
@example("（1）美裕集团有限公司和国务院，该公司", [])
@example("市委\n局", [])
def test_find_orgs_is_the_plain_suffix_loop(text: str, spans: list[tuple[int, int]]) -> None:
    places = sorted((s, s + n) for s, n in spans)
    assert orgs.find_orgs(text, places) == _plain_find_orgs(text, places)


def test_suffix_facts_are_the_tables() -> None:
    for sfx, kind, bad, gov_one, max_len, government, bare, gov_end, place_core in orgs._SUFFIX_INFO:
        assert kind == orgs.SUFFIX_TYPE[sfx] and max_len == orgs._MAX_LEN[kind]
        assert government == (kind == "government") and gov_one == (sfx in orgs._GOV_ONE_CHAR)
        assert bare == (sfx in orgs._BARE_SUFFIXES)
        assert gov_end == (gov_one or sfx == "办公室") and place_core == (sfx in ("委", "政府", "人民政府"))
        if sfx == "子公司":
            assert bad == frozenset()
        elif sfx in orgs._BAD_AFTER:  # every character the one-class pattern accepts, and only those
            pattern = orgs._BAD_AFTER[sfx]
            assert re.fullmatch(r"\[[^\]\\-]+\]", pattern.pattern)
            assert all(pattern.fullmatch(c) for c in bad) and len(bad) == len(set(pattern.pattern[1:-1]))
        else:
            assert bad is None


def test_name_run_characters_besides_han() -> None:
    for code in range(0x3000, 0xa000):
        c = chr(code)
        assert bool(orgs._NAME_RUN.fullmatch(c)) == ("\u4e00" <= c <= "\u9fff" or c in orgs._NAME_RUN_EXTRA)
    for code in range(0x3000):
        c = chr(code)
        assert bool(orgs._NAME_RUN.fullmatch(c)) == (c in orgs._NAME_RUN_EXTRA)


# -- people ----------------------------------------------------------------------------------

_PEOPLE_PIECES = [
    *people._TITLE_LIST[:30], "记者", "本报记者", "新华社记者", "通讯员", "实习生", "摄影", "编辑", "文/图",
    "文/", "图/", "/图", "摄", "说", "表示", "同志", "先生", "张", "王", "李明", "欧阳", "陈家", "某",
    "，", "、", "：", "。", "\n", "\n\n", " ", "\u3000", "(", ")", "（", "）", "讯", "电", "□", "■", "▲",
    "◎", "●", "在", "和", "市委", "海外网",
]
people_text = st.lists(st.sampled_from(_PEOPLE_PIECES), max_size=40).map("".join)
_PLAIN_CREDIT_TOKEN = people._CREDIT_TOKEN  # the regexes the look-ups stand for
_PLAIN_PHOTO_TAIL = people._PHOTO_TAIL


def _plain_credit_group(text: str, start: int, end: int, *, need_credit: bool) -> list[people.PersonMatch]:
    """``_credit_group`` as first written (tokens and their tails by regex)."""
    if need_credit and not people._CREDIT_ANYWHERE.search(text, start, end):
        return []
    out: list[people.PersonMatch] = []
    has_credit = False
    for t in re.finditer(r"[^\s\u3000、,，]+", text[start:end]):
        t_s, t_e = start + t.start(), start + t.end()
        word = text[t_s:t_e]
        if _PLAIN_CREDIT_TOKEN.match(word):
            has_credit = True
            continue
        tail = _PLAIN_PHOTO_TAIL.search(word)
        if tail:
            t_e -= len(tail.group())
            word = text[t_s:t_e]
        sl = people._surname_len(text, t_s)
        if not sl or not 1 <= len(word) - sl <= 2 or word in people._NOT_NAMES or \
                word[-1] in people._NOT_NAME_END:
            return []
        out.append(people.PersonMatch(t_s, t_e, word, "reporter"))
    return out if out and (has_credit or not need_credit) else []


def _plain_find_bylines(text: str) -> list[people.PersonMatch]:
    """``find_bylines`` as first written: every parenthesized group, every author line by regex."""
    out: list[people.PersonMatch] = []
    for m in people._PAREN.finditer(text):
        after = text[m.end():m.end() + 1]
        before = text[max(0, m.start() - 1):m.start()]
        loose = before in ("讯", "电") or after in ("", "\n")
        out += _plain_credit_group(text, m.start(1), m.end(1), need_credit=not loose)
    for m in people._AUTHOR_LINE.finditer(text):
        out += _plain_credit_group(text, m.start(1), m.end(1), need_credit=False)
    return out


@settings(max_examples=600)
@given(people_text)
@example("本报讯（记者 张某 通讯员 李明 文/图）\n□ 王某 摄\n（海外网）")
@example("（王某）")
def test_bylines_from_cue_positions_are_the_plain_ones(text: str) -> None:
    credit, _after, _say, _title, paren, marks = people.cue_starts(text)
    plain = _plain_find_bylines(text)
    assert people.find_bylines(text, paren, marks, credit) == plain
    assert people.find_bylines(text, paren, bool(marks)) == plain
    assert people.find_bylines(text) == plain


_CREDIT_PIECES = ["记者", "本报", "新华社", "实习", "实习生", "文/", "图", "/", "摄", "影", "张", "文",
                  "特约", "首席", "见习"]


@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=5).map("".join))
def test_credit_tokens_and_photo_tails_are_the_regex_ones(word: str) -> None:
    assert (word in people._CREDIT_TOKENS) == bool(_PLAIN_CREDIT_TOKEN.match(word))
    tail = _PLAIN_PHOTO_TAIL.search(word)
    assert people._photo_tail_len(word) == (len(tail.group()) if tail else 0)


@settings(max_examples=400)
@given(people_text)
def test_find_people_is_the_plain_composition(text: str) -> None:
    found = _plain_find_bylines(text)
    spans = [(p.start, p.end) for p in found]
    for p in [*people.find_reporters(text), *people.find_officials(text), *people.find_named(text)]:
        if not any(a < p.end and p.start < b for a, b in spans):
            found.append(p)
            spans.append((p.start, p.end))
    assert people.find_people(text) == sorted(found, key=lambda p: p.start)


def test_paren_starts_by_scan_are_the_finditer_ones() -> None:
    text = "甲（乙）丙(丁戊)己（庚"
    assert [m.span() for m in finditer_from(people._PAREN, text, "(（")] == \
        [m.span() for m in people._PAREN.finditer(text)]
    assert [m.span() for m in matches_at(people._PAREN, text, [1, 5])] == \
        [m.span() for m in people._PAREN.finditer(text)]


# -- the plugins -----------------------------------------------------------------------------

def _doc(text: str) -> Document:
    """A document of ``text`` (already clean) with its place and organization mentions."""
    doc = Document.from_text(text, source="t")
    doc.text = text
    doc.mentions = annotate_places.newsmill_annotate(doc=doc, options={})
    doc.mentions += annotate_orgs.org_mentions(doc)
    return doc


def _plain_person_mentions(doc: Document) -> list[Mention]:
    """``person_mentions`` as first written: each repeat checked against every name found."""
    text = doc.clean
    found = people.find_people(text)
    owners = annotate_people._TitleOwners(doc.mentions) \
        if any(p.title and p.title_start >= 0 for p in found) else None
    out = [Mention("person", p.start, p.end, p.name,
                   {"role": p.role, **annotate_people._title_attrs(owners, p)} if p.title
                   else {"role": p.role})
           for p in found]
    taken = [(p.start, p.end) for p in found]
    known = {p.name: p for p in found}
    if known:
        for m_start, m_end, name in find_words(text, known):
            if any(a < m_end and m_start < b for a, b in taken):
                continue
            if m_end < len(text) and "\u4e00" <= text[m_end] <= "\u9fff" and len(name) < 3:
                continue
            p = known[name]
            out.append(Mention("person", m_start, m_end, p.name, {"role": p.role, "repeat": True}))
    return out


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*_PEOPLE_PIECES, "张某", "王某某", "李明说", "自贡市委书记"]),
                max_size=40).map("".join))
@example("市委书记张某说，张某表示。（记者 李明）李明、张某某")
def test_person_mentions_are_the_plain_ones(text: str) -> None:
    assert annotate_people.person_mentions(_doc(text)) == _plain_person_mentions(_doc(text))


def _plain_find_short_forms(text: str, found: list[orgs.OrgMatch], prefixes: dict[str, list[str]],
                            start: int, end: int) -> list[orgs.OrgMatch]:
    """``find_short_forms`` as first written: each occurrence checked against every name."""
    covered = [(o.start, o.end) for o in found]
    forms: dict[str, orgs.OrgMatch] = {}
    for o in found:
        if o.type in ("company", "bank") and o.short_for is None:
            for f in _plain_short_forms(o.name, prefixes.get(o.name, [])):
                forms.setdefault(f, o)
    if not forms:
        return []
    for o in found:
        full = forms.get(o.name)
        if full is not None and full is not o and full.start < o.start:
            o.short_for = o.name = full.name
    out: list[orgs.OrgMatch] = []
    for m_start, m_end, form in find_words(text, forms, start, end):
        if any(a < m_end and m_start < b for a, b in covered):
            continue
        full = forms[form]
        if m_start < full.start:
            continue
        nxt = text[m_end:m_end + 1]
        if nxt and "\u4e00" <= nxt <= "\u9fff" and not orgs._BOUNDARY_RE.match(text, m_end) \
                and not orgs._AFTER_SHORT.match(text, m_end):
            continue
        out.append(orgs.OrgMatch(m_start, m_end, full.name, full.type, short_for=full.name))
    return out


_SHORT_PIECES = ["四川", "美裕", "中际", "实业", "集团", "股份", "有限公司", "科技", "银行", "公司", "与",
                 "表示", "，", "。", "园区", "和"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_SHORT_PIECES), max_size=30).map("".join), st.integers(0, 20),
       st.booleans())
@example("四川美裕科技有限公司与美裕表示，美裕科技", 0, False)
def test_short_forms_are_the_plain_ones(text: str, cut: int, shuffled: bool) -> None:
    def names() -> list[orgs.OrgMatch]:
        found = orgs.find_orgs(text)
        return found[::-1] if shuffled else found  # the order of names given must not matter
    a, b = names(), names()
    start = min(cut, len(text))
    got = orgs.find_short_forms(text, a, {}, start, len(text))
    assert got == _plain_find_short_forms(text, b, {}, start, len(text))
    assert a == b


def _plain_short_forms(name: str, place_prefixes: list[str]) -> list[str]:
    """``short_forms`` as first written (the legal and trade words by regex)."""
    base = orgs._LEGAL.sub("", name)
    changed = True
    while changed:
        changed = False
        for p in sorted(place_prefixes, key=len, reverse=True):
            if base.startswith(p) and len(base) - len(p) >= 2:
                base = base[len(p):]
                changed = True
    out = []
    if base != name and len(base) >= 2:
        out.append(base)
    core = base
    while (m := orgs._TRADE.search(core)) and m.start() >= 2:
        core = core[:m.start()]
        out.append(core)
    if core != base and "集团" in name:
        out.append(core + "集团")
    return [s for s in dict.fromkeys(out) if s not in orgs._GENERIC_CORES and s not in orgs.SUFFIX_TYPE
            and s != name and s not in place_prefixes]


_NAME_PIECES = ["四川", "成都", "美裕", "东", "某", "新", "材料", "新材料", "能源", "新能源", "房地产",
                "地产", "科技", "集团", "控股", "股份", "有限", "有限公司", "股份有限公司", "有限责任公司",
                "责任", "公司", "银行", "实业", "发展"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=7).map("".join),
       st.lists(st.sampled_from(["四川", "成都", "四川成都", "东"]), max_size=3))
@example("四川东某新能源科技有限公司", [])
@example("美裕新材料", ["四川"])
def test_short_forms_are_the_regex_ones(name: str, prefixes: list[str]) -> None:
    assert {len(w) for w in orgs._TRADE_WORDS} == {2, 3}  # the look-ups try three, then two characters
    assert orgs.short_forms(name, prefixes) == _plain_short_forms(name, prefixes)


def _plain_find_officials(text: str) -> list[people.PersonMatch]:
    """``find_officials`` as first written: titles by regex, ``name_at`` after each."""
    out = []
    for m in people._TITLE_RE.finditer(text):
        i = m.end()
        while i < len(text) and text[i] in " \u3000":
            i += 1
        end = people.name_at(text, i)
        if end < 0:
            continue
        role = "other" if m.group() in people._BUSINESS else "official"
        out.append(people.PersonMatch(i, end, text[i:end], role, m.group(), m.start()))
    return out


def _plain_find_named(text: str) -> list[people.PersonMatch]:
    """``find_named`` as first written: every length tried with every test."""
    out = []
    for m in people._AFTER_TITLE.finditer(text):
        for sl_given in (3, 2, 4):
            i = m.start() - sl_given
            if i < 0 or not people._surname_len(text, i):
                continue
            if people.name_at(text, i, need_boundary=False) == m.start() and (
                    text[m.start() - 1] not in people._NOT_NAME_END) and (
                    i == 0 or not ("\u4e00" <= text[i - 1] <= "\u9fff") or text[i - 1] in "的和与及、"):
                title = m.group()
                role = "other" if title in people._BUSINESS or title in ("先生", "女士", "同志", "院士") \
                    else "official"
                out.append(people.PersonMatch(i, m.start(), text[i:m.start()], role, title))
                break
    for m in people._SAYS.finditer(text):
        for length in (3, 2):
            i = m.start() - length
            if i < 0 or (i > 0 and text[i - 1] not in people._CLAUSE_START):
                continue
            if people._surname_len(text, i) and people.name_at(text, i, need_boundary=False) == m.start() \
                    and text[m.start() - 1] not in people._NOT_NAME_END:
                out.append(people.PersonMatch(i, m.start(), text[i:m.start()], "other"))
                break
    return out


@settings(max_examples=500)
@given(st.lists(st.sampled_from([*_PEOPLE_PIECES, "欧阳明", "张某", "王某某", "市长", "部长", "说，",
                                 "表示："]), max_size=40).map("".join))
@example("副市长 欧阳明说，张某同志表示：市委书记王某某")
def test_officials_and_named_are_the_plain_ones(text: str) -> None:
    _credit, after, say, title, _paren, _marks = people.cue_starts(text)
    assert people.find_officials(text, title) == people.find_officials(text) == _plain_find_officials(text)
    assert people.find_named(text, after, say) == people.find_named(text) == _plain_find_named(text)


def _plain_org_mentions(doc: Document) -> list[Mention]:
    """``org_mentions`` as first written, on the plain finders above."""
    text = doc.clean
    places = sorted((m.start, m.end) for m in doc.mentions if m.kind == "place")
    found = _plain_find_orgs(text, places)
    place_names = {o.name: [text[s:e] for s, e in places if o.start <= s and e <= o.end] for o in found}
    shorts: list[orgs.OrgMatch] = []
    for s, e in [(a.start, a.end) for a in doc.articles] or [(0, len(text))]:
        inside = [o for o in found if s <= o.start < e and o.end <= e]
        shorts += _plain_find_short_forms(text, inside, place_names, s, e)
    return [Mention("org", o.start, o.end, o.name,
                    {"type": o.type, "short_for": o.short_for} if o.short_for else {"type": o.type})
            for o in sorted([*found, *shorts], key=lambda o: o.start)]


def _doc_with_articles(text: str, cuts: list[int], keep: int = 0) -> Document:
    """A document of ``text`` with articles between the cut points (only the ``keep``-th of them
    when ``keep`` > 0: part of the text in no article), and its place mentions."""
    doc = Document.from_text(text, source="t")
    doc.text = text
    bounds = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    doc.articles = [Article(start=a, end=b) for a, b in zip(bounds, bounds[1:]) if b > a]
    if keep:
        doc.articles = doc.articles[keep - 1:keep]
    doc.mentions = annotate_places.newsmill_annotate(doc=doc, options={})
    return doc


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*_ORG_PIECES[-40:], *_SHORT_PIECES]), max_size=30).map("".join),
       st.lists(st.integers(0, 60), max_size=3), st.integers(0, 3))
@example("自贡市经济和信息化局与四川美裕科技有限公司签约。美裕科技表示，美裕", [], 0)
@example("四川美裕科技有限公司签约。美裕科技表示，美裕", [13], 0)
@example("四川美裕科技有限公司签约。美裕科技表示，美裕", [13], 2)
@example("四川美裕集团有限公司签约。美裕集团表示", [13], 1)
def test_org_mentions_are_the_plain_ones(text: str, cuts: list[int], keep: int) -> None:
    assert annotate_orgs.org_mentions(_doc_with_articles(text, cuts, keep)) == \
        _plain_org_mentions(_doc_with_articles(text, cuts, keep))


@settings(max_examples=300)
@given(people_text)
@example("市委书记副市长常务副市长（记者")
def test_cue_starts_are_every_start_sorted(text: str) -> None:
    plain: tuple[list[int], ...] = ([], [], [], [], [], [])
    for k, words in enumerate(people._CUE_SETS):
        plain[k].extend(sorted({i for w in words for i in range(len(text)) if text.startswith(w, i)}))
    got = people.cue_starts(text)
    assert [sorted(set(lst)) for lst in got] == list(plain)
    assert all(lst == sorted(lst) for lst in got)
