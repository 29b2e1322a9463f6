"""Fast paths of the place, organization and person annotators agree with their plain definitions.

Each fast path (precomputed rules, Aho-Corasick instead of a regex alternation,
a scan on the reversed text…) is checked against the straightforward code it
replaced, on generated text made of the words the rules care about.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsmill.zh import orgs, people
from newsmill.zh.gazetteer import _NOT_ZONE_MIDDLE, Gazetteer, _zone_suffix
from newsmill.zh.place_rules import (
    GENERIC_SHORT_NAMES,
    STOP_ALIASES,
    STRONG_ZONE_SUFFIXES,
    ZONE_SUFFIXES,
    alias_context_ok,
)
from newsmill.zh.wordscan import find_words

GAZ = Gazetteer.default()
_PIECES = [
    *ZONE_SUFFIXES, *STRONG_ZONE_SUFFIXES, *sorted(STOP_ALIASES)[:30], *sorted(GENERIC_SHORT_NAMES),
    "自贡", "自贡市", "沿滩区", "沿滩", "广元", "青川县", "青川", "四川省", "绵阳", "游仙", "临港", "天府",
    "宜宾", "南阳镇", "重庆路", "牌", "式", "籍", "境内", "示范县", "投资兴业", "的", "年", "和", "与",
    "签约", "有限公司", "集团", "市委", "书记", "副市长", "主任", "局", "经济和信息化", "公司", "银行",
    "张", "王", "李明", "表示", "，", "。", "\n", " ", "(", ")", "1", "A", "·", "新", "材料", "科技",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _plain_zone_suffix(text: str, end: int) -> str | None:
    """The zone-suffix rule as first written: a loop over the suffix tables."""
    if end >= len(text):
        return None
    for sfx in ZONE_SUFFIXES:
        if text.startswith(sfx, end):
            return sfx
    mid = text[end:end + 2]
    if len(mid) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", mid) and not _NOT_ZONE_MIDDLE & set(mid):
        for sfx in STRONG_ZONE_SUFFIXES:
            if text.startswith(sfx, end + 2):
                return mid + sfx
    return None


def _plain_candidates(text: str) -> list:
    """Gazetteer.candidates as first written: every reading checked against the text."""
    found = []
    for idx, s, e in GAZ.raw_matches(text):
        cands = GAZ._cands[idx]
        if not cands:
            continue
        pat = GAZ._patterns[idx]
        suffix = _plain_zone_suffix(text, e)
        kept = []
        for k, f in cands:
            d = GAZ.divisions[k]
            if d.level == "zone" or f == "zone":
                ok = True
            elif f in ("alias", "old") and pat in STOP_ALIASES:
                # a stop-listed short form is a place only right before a zone suffix (三江|新区)
                ok = suffix in ZONE_SUFFIXES and d.level != "province"
            elif f == "alias":
                ok = alias_context_ok(d.level, pat, text, s, e)
            else:
                ok = True
            if ok:
                kept.append((k, "generic" if pat in GENERIC_SHORT_NAMES and f != "zone" else f))
        if kept:
            found.append((s, e, kept, suffix))
    for i in range(len(found) - 1):
        s, e, cands, suffix = found[i]
        if suffix and suffix not in ZONE_SUFFIXES and found[i + 1][0] == e:
            found[i] = (s, e, cands, None)
    return found


@given(texts)
def test_zone_suffix_regex_is_the_table_loop(text: str) -> None:
    for end in range(len(text) + 1):
        assert _zone_suffix(text, end) == _plain_zone_suffix(text, end)


@given(texts)
def test_candidates_with_precomputed_rules_are_the_plain_ones(text: str) -> None:
    assert [(s, e, list(c), x) for s, e, c, x in GAZ.candidates(text)] == _plain_candidates(text)


def test_candidates_on_a_written_page() -> None:
    page = "本报自贡讯 自贡高新区与沿滩区签约，青川籍企业家在广元经开区、宜宾临港经开区投资，重庆路上。"
    assert [(s, e, list(c), x) for s, e, c, x in GAZ.candidates(page)] == _plain_candidates(page)
    assert any(c[3] == "临港经开区" for c in GAZ.candidates(page))


@given(st.lists(st.text(alphabet="ab美裕集团", min_size=1, max_size=4), max_size=5),
       st.text(alphabet="ab美裕集团 ", max_size=40), st.integers(0, 10), st.integers(0, 45))
def test_find_words_is_the_regex_alternation(words: list[str], text: str, start: int, end: int) -> None:
    words = list(dict.fromkeys(words))
    pat = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    expected = [(m.start(), m.end(), m.group()) for m in pat.finditer(text, start, end)] if words else []
    assert find_words(text, words, start, end) == expected


@given(texts)
def test_title_automaton_is_the_title_regex(text: str) -> None:
    got = [(s, e, people._TITLE_LIST[i]) for i, s, e in people._TITLE_AC.find_matches_as_indexes(text)]
    assert got == [(m.start(), m.end(), m.group()) for m in people._TITLE_RE.finditer(text)]


@given(texts, st.integers(0, 30), st.integers(1, 30), st.booleans())
@example("签约签约某某公司", 6, 30, False)
@example("市政府与和邦生物公司", 8, 30, False)
@example("自贡市经济和信息化局", 9, 16, True)
def test_org_left_start_is_the_plain_walk(text: str, at: int, limit: int, government: bool) -> None:
    at = min(at, len(text))
    # the plain walk: one character at a time, then the boundary regex over the stretch
    i, lo = at, max(0, at - limit)
    while i > lo and re.match(r"[\u4e00-\u9fffA-Za-z0-9·&（）()]", text[i - 1]):
        i -= 1
    cut, last_end = i, -1
    for m in orgs._BOUNDARY_RE.finditer(text, i, at):
        if government and (orgs._GOV_AND.match(text, m.start()) or m.group() in orgs._GOV_INNER):
            continue
        if m.start() != last_end or m.group() not in ("和", "与", "及", "同"):
            cut = m.end()
        last_end = m.end()
    # a bracket opened and not closed before the suffix starts the name after it
    depth = 0
    for j in range(at - 1, cut - 1, -1):
        if text[j] in ")）":
            depth += 1
        elif text[j] in "(（":
            if depth == 0:
                cut = j + 1
                break
            depth -= 1
    assert orgs._left_start(text, at, limit, government) == cut
    assert orgs._left_start(text, at, limit, government, text[::-1]) == cut
