"""Shortcuts of ``extract-projects`` (words a pattern needs looked up first, searches started where a
match can start) answer exactly as the plain searches they replace."""

from __future__ import annotations

import random
import re

from newsmill.plugins.extract_projects import _APPROVED
from newsmill.plugins.extract_projects.amounts import CAPACITY_PHRASE, CAPACITY_WORD
from newsmill.plugins.extract_projects.clauses import _ends_with_de
from newsmill.plugins.extract_projects.places import (
    _DETAIL_AFTER,
    _DETAIL_AT,
    _DETAIL_IN,
    _DETAIL_OF,
    _DETAIL_SETTLES,
    _TOWN_OPENS,
    _VILLAGE_AT,
    _detail_around,
    _village_before,
)
from newsmill.plugins.extract_projects.record import INVESTOR_BEFORE
from newsmill.plugins.extract_projects.stages import _MEANS
from newsmill.zh.projects import CAPACITY_RE, NAME_PRODUCT_FIRST, NameSpan, capacity_in
from newsmill.zh.recctx import Span
from tests.test_extract_regex_fastpaths import _opens_on_a_character_set

MEANS_PLAIN = re.compile(r"(?:充分|积极|着力)?(?:依托|借助|依靠|凭借)")
APPROVED_PLAIN = re.compile(r"(?<!一致)(?<!双方)(?:同意|核准|批准)(?:建设|实施|新建|扩建)$")


def _found(pat: re.Pattern, text: str, start: int, end: int) -> list[tuple]:
    return [tuple(m.span(i) for i in range(pat.groups + 1)) for m in pat.finditer(text, start, end)]


def _texts(pieces: list[str], seed: int, count: int, most: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(count)]


def test_means_match_as_first_written() -> None:
    checked = 0
    pieces = ["充分", "积极", "着力", "依托", "借助", "依靠", "凭借", "充", "依", "甲", "，"]
    for text in _texts(pieces, 3, 3000, 8):
        for k in range(len(text) + 1):
            assert _found(_MEANS, text, k, len(text)) == _found(MEANS_PLAIN, text, k, len(text))
            assert _found(_MEANS, text, 0, k) == _found(MEANS_PLAIN, text, 0, k)
            checked += 1
    assert checked > 10000
    assert _MEANS.search("我们充分依托园区").group() == "充分依托"


def test_approvals_match_as_first_written() -> None:
    pieces = ["一致", "双方", "同意", "核准", "批准", "建设", "实施", "新建", "扩建", "一", "致", "方", "甲",
              "\n"]
    checked = 0
    for text in _texts(pieces, 4, 3000, 6):
        for k in range(len(text) + 1):
            assert _found(_APPROVED, text, k, len(text)) == _found(APPROVED_PLAIN, text, k, len(text))
            assert _found(_APPROVED, text, 0, k) == _found(APPROVED_PLAIN, text, 0, k)
            checked += 1
    assert checked > 10000
    assert _APPROVED.search("双方同意建设") is None and _APPROVED.search("会议同意建设") is not None


def test_means_and_approvals_open_on_a_character_set() -> None:
    assert _opens_on_a_character_set(_MEANS) and _opens_on_a_character_set(_APPROVED)
    assert not _opens_on_a_character_set(MEANS_PLAIN) and not _opens_on_a_character_set(APPROVED_PLAIN)


def _pieced(rnd: random.Random, parts: list[list[str]], filler: list[str]) -> str:
    """One piece of each part in turn (or none), with filler pieces between."""
    out = [rnd.choice(filler) for _ in range(rnd.randint(0, 3))]
    for choices in parts:
        if rnd.random() < 0.15:
            out.append(rnd.choice(filler))
        if rnd.random() < 0.9:
            out.append(rnd.choice(choices))
    out.extend(rnd.choice(filler) for _ in range(rnd.randint(0, 3)))
    return "".join(out)


def test_a_capacity_phrase_starts_at_most_six_before_the_first_capacity_word() -> None:
    cues = ["年产", "年处理电子", "装机容量", "年设计能力为", "年货物吞吐能力达", "新增产能", "全年产能达到",
            "新建冷库", "冷库库容", "新增仓储能力", "日供水", "设计", "能力", "库"]
    filler = ["甲", "乙丙", "，", "的", "年", "新增", "新建", "库", "能力", "产"]
    rnd = random.Random(5)
    found = 0
    for _ in range(6000):
        text = _pieced(rnd, [cues, ["10", "三", "2.5", "一千"], ["万", ""], ["吨", "立方米", "兆瓦", "GW"],
                             ["，", "的", "能力", "。"]], filler)
        start, end = rnd.randint(0, len(text) // 3), rnd.choice([len(text), rnd.randint(0, len(text))])
        word = CAPACITY_WORD.search(text, start, end)
        plain = CAPACITY_PHRASE.search(text, start, end)
        fast = CAPACITY_PHRASE.search(text, max(start, word.start() - 6), end) if word else None
        assert (fast.span() if fast else None) == (plain.span() if plain else None), (text, start, end)
        found += plain is not None
    assert found > 400


def test_an_investor_before_a_name_needs_de_at_the_end() -> None:
    rnd = random.Random(9)
    found = 0
    for _ in range(6000):
        text = _pieced(rnd, [["甲乙公司", "丙丁集团", "某某控股"], ["投资建设", "出资建设", "投资", "出资"],
                             ["12亿元", "约3亿美元", ""], ["的", "的\n", "建设的"], ["甲项目"]],
                       ["，", "乙", "的", "\n"])
        start = rnd.randint(0, len(text) // 3)
        at = text.find("甲项目")
        end = at if at >= start and rnd.random() < 0.7 else rnd.randint(start, len(text))
        m = INVESTOR_BEFORE.search(text, start, end)
        if not _ends_with_de(text, start, end):
            assert m is None, (text, start, end)
        found += m is not None
    assert found > 400


def _detail_plain(text: str, sent: Span, name: NameSpan) -> re.Match | None:
    """The detail match as first written: every pattern run."""
    lo = max(sent.start, name.start - 40)
    found = sorted([*_DETAIL_AT.finditer(text, lo, name.start), *_VILLAGE_AT.finditer(text, lo, name.start),
                    *_DETAIL_IN.finditer(text, lo, name.start)], key=lambda f: f.start())
    m = found[-1] if found else (_DETAIL_OF.search(text, max(sent.start, name.start - 14), name.start)
                                 or _DETAIL_AFTER.match(text, name.end, sent.end)
                                 or _DETAIL_SETTLES.match(text, name.end, sent.end)
                                 or _TOWN_OPENS.match(text, name.start, name.end))
    return m if m is not None else _village_before(text, sent, name)


def test_the_detail_around_a_name_is_the_plain_one() -> None:
    pieces = ["在", "位于", "某某镇", "某某经济开发区", "产业园", "高新区", "内", "，", "的", "某村", "该村",
              "落户", "建成", "开工", "甲", "乙", "\n", "县"]
    rnd = random.Random(17)
    found = 0
    for _ in range(4000):
        head = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        tail = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        name = rnd.choice(["某某镇光伏项目", "甲乙新材料项目", "某片区电子信息产业园"])
        text = head + name + tail
        sent = Span(rnd.randint(0, len(head)), len(text), None)
        span = NameSpan(len(head), len(head) + len(name), name)
        fast, plain = _detail_around(text, sent, span), _detail_plain(text, sent, span)
        assert (fast is None) == (plain is None), text
        if fast is not None:
            assert (fast.re, fast.span(), fast.groupdict()) == (plain.re, plain.span(), plain.groupdict())
            found += 1
    assert found > 400


def test_a_capacity_in_a_name_needs_a_digit() -> None:
    for text in _texts(["年产", "5", "万", "吨", "五", "生产线", "项目", "甲", "，"], 21, 4000, 6):
        # (the product-first form, ``年产甲5万吨``, is looked for first)
        plain = NAME_PRODUCT_FIRST.search(text) or CAPACITY_RE.search(text)
        fast = capacity_in(text)
        assert (fast.span() if fast else None) == (plain.span() if plain else None), text
    assert capacity_in("年产5万吨甲项目").group() == "年产5万吨甲"
