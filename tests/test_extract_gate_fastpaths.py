"""Gates of the ninth speed round (a rule skipped where a word it needs is absent) answer exactly as
the plain forms of the rules."""

from __future__ import annotations

import datetime as dt
import random

from newsmill.core.model import Document
from newsmill.plugins.extract_indicators import ONE_FIRM
from newsmill.plugins.extract_indicators.periods import _SINCE_GATE, PARK_SINCE, SINCE_SPAN, _since_span
from newsmill.plugins.extract_projects.amounts import AREA_RE
from newsmill.zh.recctx import RecordContext, Span

#: Pieces of paragraphs about spans of years: founding words, numerals, 年, 以来/来 and their parts.
_SINCE_PIECES = ["开业", "开园", "建园", "建区", "成立", "运营", "投产", "挂牌", "一", "两", "十", "3", "12",
                 "个", "年", "半", "以来", "来", "以", "，", "。", "\n", "全县", "累计", "接待游客", "万人次",
                 "未来", "来自", "甲", "乙", "一年来", "3年以来", "两年半来", "十个年来", "12年", "今年以来"]


def _since_span_plain(ctx: RecordContext, sent: Span, pos: int,
                      found: tuple[str | None, int, int]) -> tuple[str | None, int, int] | None:
    """``_since_span`` as written before its gate: every pattern runs over the paragraph."""
    from newsmill.plugins.extract_indicators.periods import FOUNDED_SINCE, _founding_month, _page_month
    from newsmill.zh.figures import number

    month = _page_month(ctx)
    if month is None:
        return None
    para = ctx.text.rfind("\n", 0, sent.start) + 1
    park = None
    for m in PARK_SINCE.finditer(ctx.text, para, pos):
        park = m
    if park is not None and not (found[0] is not None and found[1] >= park.end()):
        return f"{park.group('ev')}以来累计(至{month[0]}-{month[1]:02d})", park.start(), park.end()
    founded = None
    for m in FOUNDED_SINCE.finditer(ctx.text, para, pos):
        founded = m
    if founded is not None and not (found[0] is not None and found[1] >= founded.end()):
        start = _founding_month(ctx, sent.article, founded.group("noun"))
        if start is not None:
            return f"{start}/{month[0]}-{month[1]:02d}", founded.start(), founded.end()
    last = None
    for m in SINCE_SPAN.finditer(ctx.text, para, pos):
        last = m
    if last is None or (found[0] is not None and found[1] >= last.end()):
        return None
    n = number(last.group("n"))
    if n is None or n < 1:
        return None
    if last.group("ev"):
        span = ctx.text[last.start():last.end()]
        span = span[:-2] if span.endswith("以来") else span[:-1]
        return f"{span}累计(至{month[0]}-{month[1]:02d})", last.start(), last.end()
    if last.group("half"):
        return None
    return f"{month[0] - int(n)}-{month[1]:02d}/{month[0]}-{month[1]:02d}", last.start(), last.end()


def test_spans_of_years_need_the_word_lai() -> None:
    # the gate's premise: neither pattern matches a stretch of text without 来
    rnd = random.Random(9)
    checked = 0
    for _ in range(2000):
        text = "".join(rnd.choice(_SINCE_PIECES) for _ in range(rnd.randint(0, 14)))
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1, 3):
                if "来" not in text[a:b]:
                    assert SINCE_SPAN.search(text, a, b) is None
                    assert PARK_SINCE.search(text, a, b) is None
                    checked += 1
    assert checked > 20000


def test_since_span_gated_answers_as_plain() -> None:
    paragraphs = [
        "开业一年半以来，该店累计接待顾客12万人次。",
        "建园十年来，园区累计引进企业86家，其中规模以上企业20家。",
        "三年来，全县新增市场主体5200户。\n开园5年来，入驻企业达到40家。",
        "来自各地的客商签约项目8个。成立两年以来，合作社带动农户300户。",
        "今年以来，全市新签约项目45个。\n全区规上工业产值增长8%。",
        "投产12个月来，工厂产值2亿元；未来三年将再投资5亿元。",
        "去年3月，某县组建招商专班。\n专班成立以来，共洽谈项目26个。",
    ]
    rnd = random.Random(17)
    checked = 0
    for pub in (dt.date(2023, 9, 14), None):
        for _ in range(80):
            text = "".join(rnd.sample(paragraphs, rnd.randint(1, len(paragraphs))))
            doc = Document.from_text(text)
            doc.meta.pub_date = pub
            ctx = RecordContext(doc)
            for _ in range(20):
                pos = rnd.randint(1, len(text))
                start = rnd.randint(0, pos - 1)
                sent = Span(start, pos, None)
                for found in ((None, -1, -1), ("2023", max(0, pos - 3), pos),
                              ("2022", start, min(pos, start + 2))):
                    want = _since_span_plain(ctx, sent, pos, found)
                    assert _since_span(ctx, sent, pos, found) == want
                    checked += want is not None
    assert checked > 100


def test_spans_of_years_tried_from_the_gate_match_every_position_tried() -> None:
    rnd = random.Random(23)
    checked = 0
    for _ in range(3000):
        text = "".join(rnd.choice(_SINCE_PIECES) for _ in range(rnd.randint(0, 16)))
        for a in range(len(text) + 1):
            b = rnd.randint(a, len(text))
            plain = [m.span() for m in SINCE_SPAN.finditer(text, a, b)]
            gate = _SINCE_GATE.search(text, a, b)
            gated = [m.span() for m in SINCE_SPAN.finditer(text, max(a, gate.start() - 2), b)] if gate else []
            assert gated == plain
            checked += len(plain)
    assert checked > 500


#: Pieces of clauses about firms and land: the words the gates look for, their parts and neighbours.
_CLAUSE_PIECES = ["公司", "公", "司", "该", "这家", "，", "；", "“", " ", "数", "家", "总", "占地", "用地",
                  "面积", "建筑面积", "新增", "养殖", "新建", "标准化", "厂房", "约", "达", "12", "3.5", "万",
                  "亩", "平方米", "公顷", "平方", "米", "顷", "甲", "全市", "占地120亩", "，面积3万平方米",
                  "用地约8公顷"]


def test_gated_clause_patterns_need_their_words() -> None:
    # a firm's own figure needs 公司; a project's area needs its unit (亩, 平方米, 公顷)
    rnd = random.Random(29)
    hits = [0, 0]
    for _ in range(1000):
        text = "".join(rnd.choice(_CLAUSE_PIECES) for _ in range(rnd.randint(0, 12)))
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1, 2):
                firm, area = ONE_FIRM.search(text, a, b), AREA_RE.search(text, a, b)
                if text.find("公司", a, b) < 0:
                    assert firm is None
                if all(text.find(u, a, b) < 0 for u in ("亩", "平方米", "公顷")):
                    assert area is None
                hits[0] += firm is not None
                hits[1] += area is not None
    assert min(hits) > 200


def test_markdown_heading_gate_answers_as_the_pattern() -> None:
    from newsmill.zh.article_layout import _MD_HEADING, markdown_heading

    pieces = ["#", "##", "###### ", " ", "\t", "某县", "招商", "#", "引资", "。", "一、", "　"]
    rnd = random.Random(41)
    found = 0
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        m = _MD_HEADING.match(line)
        assert markdown_heading(line) == (None if m is None else (len(m.group(1)), m.start(2)))
        found += m is not None
    assert found > 200


def test_spaced_section_heads_from_the_gate_as_over_the_whole_page() -> None:
    from newsmill.plugins.clean_spaces import _INNER_BLANKS_RE, _SPACED_SECTION_RE, spaced_section_heads

    def plain(text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for m in _SPACED_SECTION_RE.finditer(text):
            mark = text.index("、", m.start()) + 1
            end = len(text[:m.end()].rstrip(" \t\u3000"))
            out.extend(x.span() for x in _INNER_BLANKS_RE.finditer(text, mark, end))
        return out

    heads = ["一、综 合", "二、工\u3000业", " 三、商  贸 流 通 ", "十二、农 业\t", "四、交 通、运 输",
             "五、综合"]
    pieces = ["一、", "、", "综", "合", " ", "\u3000", "\n", "某县", "，"]
    rnd = random.Random(43)
    found = 0
    for _ in range(3000):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5))) if rnd.random() < 0.5
                 else rnd.choice(heads) for _ in range(rnd.randint(0, 4))]
        text = "\n".join(lines)
        want = plain(text)
        assert spaced_section_heads(text) == want
        found += bool(want)
    assert found > 100
