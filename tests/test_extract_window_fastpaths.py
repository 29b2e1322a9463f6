"""Shortcuts of ``extract-batches``, ``extract-indicators`` and their record context (a pattern tried
only where it can match, one pass instead of several) answer exactly as the plain forms."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import Any

from newsmill.core.model import Document, Mention
from newsmill.plugins.extract_batches.counts import (
    _COUNT_GATES,
    _COUNT_NEEDS,
    _SPAN_OF_TIME,
    COUNT_PATTERNS,
    _counts,
    _whole_number,
)
from newsmill.plugins.extract_batches.record import _NAME_JOINED, NAMED_LIST, TOTAL_ONLY
from newsmill.plugins.extract_indicators import THRESHOLD
from newsmill.plugins.extract_indicators.metrics import (
    _GROWTH_TAIL_LAST,
    _METRIC_TAIL_LAST,
    GROWTH_TAIL,
    METRIC_TAIL,
)
from newsmill.zh.cues import ACTUAL_RE, PLAN_RE
from newsmill.zh.figures import Figure, find_figures, number
from newsmill.zh.recctx import (
    MEDIA_AFTER,
    ORG_AFTER,
    WIRE_AFTER,
    WIRE_BEFORE,
    RecordContext,
    Span,
    SpanSet,
    _number,
    _place_lists,
    _quantity,
)

#: Count phrases, their approximation words, numerals, units, stops and the words after them.
_COUNT_ALPHABET = ["项目", "条", "个", "项", "批", "余", "多", "月", "约", "达到", "总计", "合计", "共",
                   "1", "25", "3,000", "2.5", "十二", "两", "，", "。", "、", "道路", "管网", "签约",
                   "开工", "甲", "乙", "“", "以上", "（", "）"]


def _counts_plain(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """The count phrases of a sentence with every pattern tried over the whole sentence."""
    out: list[tuple[int, int, int, int]] = []
    seen: list[tuple[int, int]] = []
    for pat in COUNT_PATTERNS:
        for m in pat.finditer(ctx.text, sent.start, sent.end):
            n = number(m.group("n"))
            if n is None or n != int(n) or any(s <= m.start("n") < e for s, e in seen) \
                    or ctx.text[m.start("n") - 1:m.start("n")] in "“\"" \
                    or m.group("u") == "个" and _SPAN_OF_TIME.match(ctx.text, m.end("u")):
                continue  # (a span of time counted, ``3个月``, is skipped as the stage skips it)
            seen.append((m.start("n"), m.end("u")))
            out.append((m.start(), m.end(), m.start("n"), int(n)))
    return out


def _context(text: str) -> RecordContext:
    return RecordContext(Document.from_text(text))


def test_count_phrases_from_the_gate_match_every_position_tried() -> None:
    rnd = random.Random(5)
    found = 0
    for _ in range(6000):
        text = "".join(rnd.choice(_COUNT_ALPHABET) for _ in range(rnd.randint(0, 16)))
        ctx = _context(text)
        for start in range(0, len(text) + 1, 3):
            sent = Span(start, len(text), None)
            counts = _counts(ctx, sent)
            assert counts == _counts_plain(ctx, sent), (text, start)
            found += len(counts)
    assert found > 300
    assert len(COUNT_PATTERNS) == len(_COUNT_NEEDS) == len(_COUNT_GATES)


def test_whole_numbers_read_as_the_decimal_reading() -> None:
    for digits in ["0", "7", "12", "007", "3,000", "2.5", "2.0", "十二", "两", "百", "１２", "٣", "x"]:
        n = number(digits)
        plain = None if n is None or n != int(n) else int(n)
        assert _whole_number(digits) == plain, digits


def test_mention_values_read_as_through_float() -> None:
    def plain(v: Any) -> int | float | None:
        if isinstance(v, bool) or v is None:
            return None
        if isinstance(v, (int, float)):
            return v
        try:
            f = float(str(v))
        except ValueError:
            return None
        return int(f) if f == int(f) else f

    for v in ["12", "0012", "999999999999999", "1.5", "2.0", "-3", "", "abc", "１２", 7, 2.5, True, None,
              Decimal("4"), "123456789012345678"]:
        assert _number(v) == plain(v) and type(_number(v)) is type(plain(v)), v


def _figures_plain(doc: Document) -> list[Figure]:
    """The figures of a document's mentions as first written (a pass per question)."""
    kinds = {m.kind for m in doc.mentions}
    out: list[Figure] = []
    for m in doc.mentions:
        a = m.attributes or {}
        if m.kind == "money" and m.value is not None:
            out.append(Figure("money", m.start, m.end, int(m.value), a.get("currency") or "CNY",
                              a.get("qualifier") or "exact"))
        elif m.kind == "percent" and _number(m.value) is not None:
            out.append(Figure("percent", m.start, m.end, float(_number(m.value)), a.get("unit") or "%",
                              change=a.get("change")))
        elif m.kind == "quantity" and _number(m.value) is not None:
            out.append(_quantity(m, _number(m.value)))
    pairs = (("money", "money"), ("percent", "percent"), ("count", "quantity"), ("quantity", "quantity"))
    missing = tuple(k for k, mk in pairs if mk not in kinds)
    if missing:
        out.extend(find_figures(doc.clean, missing))
    out.sort(key=lambda f: (f.start, f.end))
    unique: list[Figure] = []
    for f in out:
        if not unique or (unique[-1].start, unique[-1].end, unique[-1].kind) != (f.start, f.end, f.kind):
            unique.append(f)
    return unique


def _mention(kind: str, start: int, end: int, value: Any, **attributes: Any) -> Mention:
    return Mention(kind, start, end, value, attributes)


def test_mentions_sorted_in_one_pass_as_by_kind() -> None:
    text = "某市某县签约项目12个，总投资30亿元，增长5%。某集团2023年产值8万吨。" * 3
    rnd = random.Random(3)
    kinds = [("place", {"level": "city"}), ("org", None), ("date", {"start": "2023"}), ("person", None),
             ("money", 3_000_000_000), ("percent", 5.0), ("quantity", "12"), ("quantity", "8")]
    mentions = []
    for _ in range(120):
        kind, value = rnd.choice(kinds)
        start = rnd.randrange(len(text) - 4)
        attrs = {"unit": rnd.choice(["个", "万吨", "家"]), "number": "8"} if kind == "quantity" else {}
        mentions.append(_mention(kind, start, start + rnd.randint(1, 4), value, **attrs))
    doc = Document.from_text(text)
    doc.mentions = mentions
    ctx = RecordContext(doc)
    assert ctx.places == [m for m in mentions if m.kind == "place"]
    assert ctx.orgs == [m for m in mentions if m.kind == "org"]
    assert ctx.dates == [m for m in mentions if m.kind == "date"]
    assert ctx.figures == _figures_plain(doc)
    assert any(f.kind == "count" for f in ctx.figures) and any(f.kind == "money" for f in ctx.figures)
    ctx._figures()  # made anew: a second call does not add to the lists
    assert ctx.places == [m for m in mentions if m.kind == "place"]


def test_media_words_only_follow_where_organization_words_do() -> None:
    rnd = random.Random(9)
    alphabet = ["日报", "晚报", "电视台", "新闻网", "集团", "公司", "与", "某", "市", "1", "，", "广播电视"]
    checked = 0
    for _ in range(4000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        for end in range(len(text) + 1):
            if ORG_AFTER.match(text, end) is None and text.find("与", end, end + 4) < 0:
                assert MEDIA_AFTER.match(text, end) is None, (text, end)
                checked += 1
    assert checked > 1000


def test_place_lists_in_one_pass_match_the_plain_lists() -> None:
    rnd = random.Random(21)
    words = ["某市", "某县", "集团", "日报", "与", "新华社", "11月7日电", "，", "公司", "晚报", "项目", " "]
    sizes = [0, 0, 0]
    for _ in range(400):
        text = "".join(rnd.choice(words) for _ in range(30))
        places, orgs = [], []
        for k in range(0, len(text) - 2, 2):
            if rnd.random() < 0.5:
                value = {"level": "city"} if rnd.random() < 0.9 else "某市"
                places.append(_mention("place", k, k + 2, value))
            elif rnd.random() < 0.3:
                orgs.append((k, k + rnd.randint(1, 6)))
        in_org = SpanSet(orgs)
        ok = [m for m in places if isinstance(m.value, dict) and not in_org.covers(m.start)
              and not ORG_AFTER.match(text, m.end)]
        named = [m for m in places if isinstance(m.value, dict) and not MEDIA_AFTER.match(text, m.end)]
        filed = [m for m in ok if WIRE_AFTER.match(text, m.end)
                 and WIRE_BEFORE.search(text, max(0, m.start - 5), m.start)]
        assert _place_lists(text, places, in_org) == (ok, named, filed), text
        sizes = [a + len(b) for a, b in zip(sizes, (ok, named, filed), strict=True)]
    assert min(sizes) > 0 and sizes[1] > sizes[0]


def test_named_lists_found_from_the_first_joined_name() -> None:
    rnd = random.Random(13)
    template = ["某某", "甲乙", "项目", "、", "丙丁", "项目", "和", "戊己", "项目", "集中", "开工", "，",
                "总投资"]
    others = ["以及", "及", "，", "等", "签约", "项目", "丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未申酉戌"]
    hits = 0
    for _ in range(2000):
        tokens = list(template)
        for _ in range(rnd.randint(0, 4)):
            k = rnd.randrange(len(tokens) + 1)
            if rnd.random() < 0.5 and k < len(tokens):
                del tokens[k]
            else:
                tokens.insert(k, rnd.choice(others + template))
        text = "".join(tokens)
        for start in range(0, len(text) + 1, 2):
            plain = [m.span() for m in NAMED_LIST.finditer(text, start)]
            joined = _NAME_JOINED.search(text, start)
            fast = [] if joined is None else \
                [m.span() for m in NAMED_LIST.finditer(text, max(start, joined.start() - 30))]
            assert fast == plain, (text, start)
            hits += len(plain)
    assert hits > 1000


def test_pattern_shortcuts_answer_as_the_patterns() -> None:
    rnd = random.Random(29)
    plain_threshold = re.compile(r"\d+(?:个|家|户)[^,，。;；]{0,4}$")
    alphabet = ["12", "3", "个", "家", "户", "，", "企业", "项目", "合计", "总额", "签约", "总投资", "达到",
                "增长", "同比", "实现", "\n", "为", "累计", "下降"]
    for _ in range(6000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        assert bool(THRESHOLD.search(text)) == bool(plain_threshold.search(text)), text
        if text[-1:] not in _METRIC_TAIL_LAST:
            assert METRIC_TAIL.sub("", text) == text, text
        if text[-1:] not in _GROWTH_TAIL_LAST:
            assert GROWTH_TAIL.sub("", text) == text, text
        if "项目" not in text and "合计" not in text:
            assert TOTAL_ONLY.search(text) is None, text


def test_figures_of_each_sentence_in_one_walk_match_the_binary_searches() -> None:
    text = "某市签约项目12个，总投资30亿元，增长5%。产值8万吨，出口2亿元。" * 4
    rnd = random.Random(31)
    mentions = []
    for _ in range(60):
        kind, value = rnd.choice([("money", 200_000_000), ("percent", 5.0), ("quantity", "12")])
        start = rnd.randrange(len(text) - 4)
        attrs = {"unit": rnd.choice(["个", "万吨"]), "number": "12"} if kind == "quantity" else {}
        mentions.append(_mention(kind, start, start + rnd.randint(1, 5), value, **attrs))
    doc = Document.from_text(text)
    doc.mentions = mentions
    ctx = RecordContext(doc)
    checked = 0
    for _ in range(300):
        cuts = sorted(rnd.sample(range(len(text) + 1), rnd.randint(0, 12)))
        sentences = [Span(a, b, None) for a, b in zip(cuts, cuts[1:]) if rnd.random() < 0.8]
        for kinds in [(), ("money",), ("percent", "count")]:
            assert ctx.sentence_figures(sentences, *kinds) == \
                [ctx.figures_in(s.start, s.end, *kinds) for s in sentences]
            checked += sum(map(len, ctx.sentence_figures(sentences, *kinds)))
    assert checked > 1000


def test_plan_register_counts_marks_of_completion_only_as_far_as_needed() -> None:
    rnd = random.Random(37)
    words = ["力争", "确保", "将", "加快", "已", "成功", "累计", "目前", "开工", "，", "。", "项目"]
    plans_seen = 0
    for _ in range(1500):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 40)))
        ctx = _context(text)
        plans = len(PLAN_RE.findall(text))
        plain = PLAN_RE.search(text).span() \
            if plans >= 4 and plans > 4 * len(ACTUAL_RE.findall(text)) else None  # type: ignore[union-attr]
        assert ctx._plan_register(None) == plain, text
        plans_seen += plain is not None
    assert plans_seen > 20
