"""Fast paths of the record extractors give the answers of the plain definitions they replace."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document, Mention, Record
from newsmill.plugins.extract_batches.counts import _COUNT_NEEDS, COUNT_PATTERNS, _counts
from newsmill.plugins.extract_indicators import PROJECT_SUBJECT
from newsmill.plugins.extract_indicators.metrics import METRIC_TAIL, METRIC_TAIL_WORDS
from newsmill.plugins.extract_indicators.periods import PERIOD_RE
from newsmill.zh.cues import alternation
from newsmill.zh.projects import (
    _GENERIC_RE,
    _JOINED,
    _NOT_PROJECT,
    _NOT_PROJECT_PATTERN,
    _SITE_CORE,
    _TAIL_BOUNDARY,
    _TAIL_GENERIC,
    BOUNDARY_WORDS,
    FACILITY,
    GENERIC_WORDS,
    _joined,
    _left_edge,
    _left_edge_scan,
    _object_upgraded,
    _process_upgraded,
    _product_supplied,
    _product_upgraded,
    _weak_core,
)
from newsmill.zh.readable import readable
from newsmill.zh.recctx import MEDIA_AFTER, ORG_AFTER, RecordContext, Span, SpanSet, context_of

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_left_edge_matches_the_character_scan() -> None:
    rnd = random.Random(5)
    alphabet = "甲乙项目（）()，。、 A1·.“”\"-_\n"
    for _ in range(400):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 70)))
        for end in range(len(text) + 1):
            for floor in range(0, end + 1, 2):
                assert _left_edge(text, end, floor) == _left_edge_scan(text, end, floor), (text, end, floor)


def _random_spans(rnd: random.Random) -> list[tuple[int, int]]:
    """Up to eight short spans, some empty, some overlapping, within the first 46 positions."""
    spans = []
    for _ in range(rnd.randint(0, 8)):
        s = rnd.randint(0, 40)
        spans.append((s, s + rnd.randint(0, 6)))
    return spans


def test_used_spans_answer_like_a_scan_of_every_span() -> None:
    rnd = random.Random(7)
    for _ in range(300):
        spans = _random_spans(rnd)
        used = SpanSet(spans)
        for start in range(45):
            for end in range(start, start + 8):
                assert used.overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_covering_spans_answer_like_a_scan_of_every_span() -> None:
    rnd = random.Random(9)
    for _ in range(300):
        spans = _random_spans(rnd)
        cover = SpanSet(spans)
        for p in range(-1, 50):
            assert cover.covers(p) == any(s <= p < e for s, e in spans)


def _weak_core_by_patterns(core: str) -> bool:
    # (a scenic area or a block of streets, ``某某古镇景区``, ``某某休闲街区``, is a site, never weak)
    if len(core) >= 8 or core.endswith(FACILITY) or _SITE_CORE.search(core):
        return False
    for pat in (_TAIL_BOUNDARY, _TAIL_GENERIC):
        m = pat.search(core)
        # (an object upgraded, ``厂房提升``, or a product's upgrade, ``高精度铜箔技改``, is a works of
        # its own: see ``_object_upgraded``, ``_process_upgraded`` and ``_product_upgraded``)
        n = len(m.group()) if m else 0
        if m and m.group() != "建设" and (core.endswith("\n") or not (
                _object_upgraded(core, n) or _process_upgraded(core, n) or _product_upgraded(core, n)
                or _product_supplied(core, n))):
            return True
    return False


def test_weak_name_cores_match_the_anchored_patterns() -> None:
    rnd = random.Random(21)
    words = [*BOUNDARY_WORDS, *GENERIC_WORDS, *FACILITY, "甲", "乙", "设", "\n"]
    for _ in range(20000):
        core = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 3)))[-rnd.randint(1, 9):]
        assert _weak_core(core) == _weak_core_by_patterns(core), core


def test_generic_words_and_joined_names_match_the_plain_patterns() -> None:
    plain_generic = re.compile("|".join(map(re.escape, GENERIC_WORDS)) + r"|[\d一二三四五六七八九十百千万]+")
    rnd = random.Random(4)
    pieces = [*GENERIC_WORDS, *FACILITY, "甲", "乙", "1", "二", "和", "及", "与", "项目", "(", "“"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert _GENERIC_RE.sub("", text) == plain_generic.sub("", text), text
        for start in range(len(text) + 1):
            found, plain = _joined(text, start, len(text)), _JOINED.search(text, start, len(text))
            assert (found and found.span()) == (plain and plain.span()), (text, start)


def test_patterns_with_a_first_character_lookahead_match_as_without() -> None:
    plain = {
        PERIOD_RE: re.compile(r"(\d{4})年(?:(\d{1,2})(?:-|—|至)?(\d{1,2})?月)?|(\d{1,2})(?:-|—|至)(\d{1,2})月"
                              r"|(一|二|三|四)季度|上半年|前三季度"),
        PROJECT_SUBJECT: re.compile(r"(?<![个批类])项目(?:由|总投资|计划总投资|投资|分[两三四]?期"
                                    r"|位于|占地|建成|达产|投产|[一二三]期)|(?:该|此)项目"),
        METRIC_TAIL: re.compile("(?:" + alternation(*METRIC_TAIL_WORDS) + ")+$"),
    }
    rnd = random.Random(2)
    pieces = ["2023年", "1-9月", "3至5月", "一季度", "上半年", "前三季度", "该项目", "此项目", "个项目",
              "项目总投资", "项目由", "达到", "为", "共计", "同比", "已", "是", "合计", "甲", "12", "年",
              "月"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        pos = rnd.randint(0, len(text))
        for fast, slow in plain.items():
            assert [m.span() + m.groups() for m in fast.finditer(text, pos)] == \
                [m.span() + m.groups() for m in slow.finditer(text, pos)], text
            assert fast.sub("", text) == slow.sub("", text), text


def _doc_with(mentions: list[Mention]) -> Document:
    doc = Document.from_text("甲" * 60)
    doc.mentions = mentions
    return doc


@pytest.mark.parametrize("ordered", [True, False])
def test_mentions_of_a_span_match_a_plain_filter(ordered: bool) -> None:
    rnd = random.Random(13)
    for _ in range(100):
        ms = []
        for _ in range(rnd.randint(0, 10)):
            s = rnd.randint(0, 50)
            ms.append(Mention(rnd.choice(["date", "org", "place"]), s, s + rnd.randint(1, 5)))
        if ordered:
            ms.sort(key=lambda m: m.start)
        ctx = RecordContext(_doc_with(ms))
        for kind in ("dates", "orgs", "places"):
            every = getattr(ctx, kind)
            for start in range(0, 56, 3):
                for end in range(start, 60, 4):
                    plain = [m for m in every if start <= m.start < end]
                    assert ctx.mentions_in(kind, start, end) == plain
                    if kind == "dates":
                        last = None
                        for m in plain:
                            if m.end - m.start > 2:
                                last = m
                        assert ctx.last_date(start, end, lambda m: m.end - m.start > 2) is last


def test_context_is_shared_until_the_document_changes() -> None:
    doc = _doc_with([Mention("place", 1, 3)])
    ctx = context_of(doc)
    assert context_of(doc) is ctx
    doc.mentions.append(Mention("org", 5, 8))
    changed = context_of(doc)
    assert changed is not ctx and len(changed.orgs) == 1
    other = _doc_with([])
    assert context_of(other) is not changed and context_of(other).doc is other


def _place_for_plain(ctx: RecordContext, pos: int, article: int | None, sent: Span | None,
                     exclude: list[tuple[int, int]]) -> Any:
    """The place of an event as first written: every candidate tested in turn."""
    candidates, home, home_prov = ctx._places_of(article)
    ok = [m for m in candidates if not any(s <= m.start < e for s, e in exclude)]
    if not ok:
        return None

    def fits(m: Any) -> bool:
        v = m.value
        if home is None or v.get("city") == home:
            return True
        return v.get("level") == "province" and v.get("province") == home_prov

    def is_local(m: Any) -> bool:
        return m.value.get("level") not in ("province", "prefecture", "city")

    para = ctx.text.rfind("\n", 0, pos) + 1
    sent_start = sent.start if sent is not None else para
    own = ctx._paragraph_city(para, pos, home)
    if own is not None:  # a round-up's paragraph about another city
        mine = [m for m in ok if m.start >= para and m.end <= pos and m.value.get("city") == own]
        found = next((m for m in reversed(mine) if m.start >= sent_start and is_local(m)), None) \
            or next((m for m in reversed(mine) if is_local(m)), None) \
            or next((m for m in mine if not is_local(m)), None)
        if found is not None:
            return found
    before = [m for m in ok if m.end <= pos and fits(m)]
    found = next((m for m in reversed(before) if m.start >= sent_start and is_local(m)), None)
    if found is None and is_local(ok[0]) and fits(ok[0]):
        found = ok[0]
    if found is None:
        found = next((m for m in reversed(before) if m.start >= para and is_local(m)), None)
    if found is None:
        found = next((m for m in reversed(before) if m.value.get("level") in ("prefecture", "city")), None)
    if found is None and before:
        found = before[-1]
    if found is not None:
        return found
    after = [m for m in ok if m.start >= pos and (sent is None or m.start < sent.end) and fits(m)]
    if after:
        return after[0]
    return next((m for m in ok if m.value.get("city") == home), None)


def _sample_docs() -> Iterator[Document]:
    nlp = Pipeline(disable=["hello"])
    for page in sorted(SAMPLES.glob("*.txt")):
        yield nlp.process_document(Document.from_text(page.read_text(encoding="utf-8")),
                                   stages=("clean", "segment", "annotate"))


def test_place_of_an_event_matches_the_plain_definition() -> None:
    rnd = random.Random(17)
    checked = 0
    for doc in _sample_docs():
        ctx = RecordContext(doc)
        for art in ctx.article_spans():
            for sent in ctx.sentences(art):
                for pos in range(sent.start, sent.end + 1, 3):
                    spans = [(p.start, p.end) for p in ctx.places if rnd.random() < 0.2]
                    spans.append((sent.start, sent.start + rnd.randint(0, 10)))
                    for exclude in ([], spans):
                        for s in (sent, None):
                            assert ctx.place_for(pos, art.article, s, exclude) \
                                is _place_for_plain(ctx, pos, art.article, s, exclude)
                            checked += 1
    assert checked > 1000


def test_sentences_and_evidence_are_the_same_on_every_call() -> None:
    doc = next(_sample_docs())
    ctx = RecordContext(doc)
    art = ctx.article_spans()[0]
    assert ctx.sentences(art) is ctx.sentences(art)
    sent = ctx.sentences(art)[0]
    first, again = ctx.evidence(sent.start, sent.end), ctx.evidence(sent.start, sent.end)
    assert first == again == doc.evidence(sent.start, sent.end) and first is not again


def test_readable_still_nulls_a_value_holding_a_placeholder_when_the_text_has_none() -> None:
    doc = Document.from_text("甲乙丙丁项目开工")
    doc.text = doc.raw
    r = Record("project")
    r.set("name", "甲乙丙丁项目", doc.evidence(0, 6))
    r.set("investor", "甲\ufffd", doc.evidence(0, 2))
    kept = readable(doc, [r])
    assert kept == [r] and r.get("investor") is None and r.get("name") == "甲乙丙丁项目"


def test_words_that_make_no_project_are_found_as_without_the_lookahead() -> None:
    plain = re.compile(_NOT_PROJECT_PATTERN)
    rnd = random.Random(5)
    pieces = ["全省", "国家级", "区域性", "重要", "装机", "暨", "”“", "“甲”工程", "示范基地", "培育工程",
              "仪式", "大会", "一批", "奖", "元以上", "补贴", "元的", "给予", "甲", "乙", "项目", "基地",
              "工程", "会", "国", "省", "”", "“", "12", "拟选址", "计划位于", "将坐落", "选址", "井筒工程",
              "路基工程", "桩基工程", "二是", "其三", "了解项目", "和项目"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        pos = rnd.randint(0, len(text))
        assert [m.span() for m in _NOT_PROJECT.finditer(text, pos)] == \
            [m.span() for m in plain.finditer(text, pos)], text
        assert bool(_NOT_PROJECT.search(text)) == bool(plain.search(text)), text


def _places_of_plain(ctx: RecordContext, article: int | None) -> tuple[list[Any], str | None, str | None]:
    """An article's candidate places as first written: organizations of the article only."""
    lo, hi = 0, len(ctx.text)
    if article is not None and 0 <= article < len(ctx.doc.articles):
        a = ctx.doc.articles[article]
        lo, hi = a.start, a.end
    orgs = [(o.start, o.end) for o in ctx.orgs if o.end > lo and o.start < hi]
    inside = [m for m in ctx.places if lo <= m.start < hi]
    ok = [m for m in inside if isinstance(m.value, dict) and not any(s <= m.start < e for s, e in orgs)
          and not ORG_AFTER.match(ctx.text, m.end)]
    named = [m for m in inside if isinstance(m.value, dict) and not MEDIA_AFTER.match(ctx.text, m.end)]
    home = next((m.value.get("city") for m in ok + named if m.value.get("city")), None)
    if home is None:
        cities = [m.value.get("city") for m in named if m.value.get("city")]
        home = max(cities, key=cities.count) if cities else None  # the first of the most frequent
    home_prov = next((m.value.get("province") for m in named if m.value.get("city") == home), None)
    if home is None and home_prov is None:  # a province's notice: the one province its page names
        provs = {m.value.get("province") for m in named or ctx.places if isinstance(m.value, dict)}
        home_prov = provs.pop() if len(provs) == 1 else None
    if home is not None and not any(m.value.get("city") == home for m in ok):
        ok = sorted(ok + [m for m in named if m.value.get("city") == home][:1], key=lambda m: m.start)
    return ok, home, home_prov


def test_places_of_an_article_match_the_plain_definition() -> None:
    checked = 0
    for doc in _sample_docs():
        ctx = RecordContext(doc)
        for art in [*ctx.article_spans(), Span(0, 0, None)]:
            found = ctx._places_of(art.article)
            plain = _places_of_plain(ctx, art.article)
            assert found[1:] == plain[1:]
            assert [id(m) for m in found[0]] == [id(m) for m in plain[0]]
            checked += len(found[0])
    assert checked > 10


def _counts_plain(ctx: RecordContext, sent: Span) -> list[tuple[int, int, int, int]]:
    """The count phrases of a sentence with every pattern tried."""
    from newsmill.zh.figures import number

    seen: list[tuple[int, int]] = []
    out = []
    for pat in COUNT_PATTERNS:
        for m in pat.finditer(ctx.text, sent.start, sent.end):
            n = number(m.group("n"))
            if n is None or n != int(n) or any(s <= m.start("n") < e for s, e in seen) \
                    or ctx.text[m.start("n") - 1:m.start("n")] in "“\"":
                continue
            seen.append((m.start("n"), m.end("u")))
            out.append((m.start(), m.end(), m.start("n"), int(n)))
    return out


def test_count_phrases_match_every_pattern_tried() -> None:
    assert set(_COUNT_NEEDS) <= {"项目", "条", "元以上", "意向", "许可", "综合体", "座", "企业", "工程"}
    found = 0
    for doc in _sample_docs():
        ctx = RecordContext(doc)
        for art in ctx.article_spans():
            for sent in ctx.sentences(art):
                counts = list(_counts(ctx, sent))
                assert counts == _counts_plain(ctx, sent)
                found += len(counts)
    assert found > 3


def test_sentences_picked_from_the_clause_marks_match_a_scan_for_sentence_ends() -> None:
    from newsmill.zh.recctx import _SENTENCE_CHARS, CLAUSE_END, SENTENCE_END

    assert all(CLAUSE_END.match(c) and SENTENCE_END.match(c) for c in _SENTENCE_CHARS)
    rnd = random.Random(11)
    texts = [d.clean for d in _sample_docs()] + \
        ["".join(rnd.choice("甲乙,。\n!?；：") for _ in range(rnd.randint(0, 40))) for _ in range(300)]
    checked = 0
    for text in texts:
        ctx = RecordContext(Document.from_text(text))
        for _ in range(5):
            a = rnd.randint(0, len(text))
            span = Span(a, rnd.randint(a, len(text)), None)
            plain, pos = [], span.start
            for m in SENTENCE_END.finditer(text, span.start, span.end):
                if m.start() > pos:
                    plain.append((pos, m.start()))
                pos = m.end()
            if pos < span.end:
                plain.append((pos, span.end))
            assert [(s.start, s.end) for s in ctx.sentences(span)] == plain
            checked += len(plain)
    assert checked > 100
