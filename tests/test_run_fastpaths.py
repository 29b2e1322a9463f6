"""Shortcuts of the row builders, the record extractors and the host agree with their plain definitions.

Each shortcut (one JSON encoding for the value columns, raw spans through a
document's segment lists, figures searched by kind, records passed by
``readable`` unasked, count patterns skipped without a number and its unit,
complete evidence left unfilled) is checked against the plain code it
replaced, on generated values, spans, sentences and documents.
"""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill import Pipeline
from newsmill.core.model import Document, Evidence, Record
from newsmill.core.offsets import Edit, OffsetMap, apply_edits
from newsmill.tables.rows import dumps, offsets_json, value_columns, value_num, value_text
from newsmill.zh.readable import readable
from newsmill.zh.recctx import RecordContext

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8),
                     st.floats(allow_nan=False, allow_infinity=False))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)),
    max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_value_columns_are_the_three_encoders(value: object) -> None:
    assert value_columns(value) == (dumps(value), value_text(value), value_num(value))


def test_value_columns_keep_bools_and_floats_apart() -> None:
    assert value_columns(True) == ("true", "1", None)
    assert value_columns(1) == ("1", "1", 1.0)
    assert value_columns(2.5) == ("2.5", "2.5", 2.5)
    assert value_columns({"a": None}) == ('{"a":null}', '{"a":null}', None)
    assert value_columns([]) == ("[]", "[]", None)



_edits = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4), st.text("ab，", max_size=3),
                            st.booleans()), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text("甲乙 丙\n", max_size=30), _edits)
def test_offsets_json_is_the_json_of_the_segments(text: str, edits: list) -> None:
    taken: list[Edit] = []
    end = -1
    for start, width, rep, aligned in sorted(edits):
        start = min(start, len(text))
        stop = min(start + width, len(text))
        if start > end:
            taken.append(Edit(start, stop, rep, aligned and len(rep) == stop - start))
            end = stop
    _clean, offsets = apply_edits(text, taken)
    assert offsets_json(offsets) == dumps(offsets.segments())


def test_offsets_json_of_maps_without_and_with_one_segment() -> None:
    assert offsets_json(OffsetMap(0, 0)) == dumps(OffsetMap(0, 0).segments()) == "[]"
    assert offsets_json(OffsetMap.identity(5)) == "[[0,5,0,5,true]]"
    two = OffsetMap(3, 5, [(0, 0, False), (1, 3, True)])
    assert offsets_json(two) == dumps(two.segments()) == "[[0,1,0,3,false],[1,3,3,5,true]]"


# -- record context and readable values ------------------------------------------------------

def _sample_docs() -> list[Document]:
    nlp = Pipeline(disable=["hello"])
    return [nlp.process_document(Document.from_text(page.read_text(encoding="utf-8")),
                                 stages=("clean", "segment", "annotate"))
            for page in sorted(SAMPLES.glob("*.txt"))]


def test_evidence_raw_spans_are_those_of_the_offset_map() -> None:
    rnd = random.Random(3)
    checked = 0
    for doc in _sample_docs():
        ctx = RecordContext(doc)
        n = len(doc.clean)
        for _ in range(300):
            s = rnd.randint(0, n)
            e = min(n, s + rnd.randint(0, 30))
            rs, re_ = doc.offsets.to_raw(s, e)
            assert ctx.evidence(s, e) == Evidence(s, e, rs, re_, doc.raw[rs:re_])
            checked += 1
    doc = Document.from_text("甲乙丙丁项目开工")  # no offset map: a span is its own raw span
    doc.text = doc.raw
    assert RecordContext(doc).evidence(2, 6) == Evidence(2, 6, 2, 6, "丙丁项目")
    assert checked > 300


def test_figures_of_some_kinds_match_a_filter_of_all_figures() -> None:
    rnd = random.Random(7)
    kinds = [("money",), ("percent",), ("count", "quantity"), ("quantity",), ("money", "percent")]
    checked = 0
    for doc in _sample_docs():
        ctx = RecordContext(doc)
        n = len(doc.clean)
        for _ in range(300):
            s = rnd.randint(0, n)
            e = s + rnd.randint(0, 120)
            for k in kinds:
                plain = [f for f in ctx.figures_in(s, e) if f.kind in k]
                assert ctx.figures_in(s, e, *k) == plain
                checked += len(plain)
    assert checked > 50


def _readable_plain(doc: Document, records: list[Record]) -> list[Record]:
    """:func:`readable` as first written: every field of every record asked."""
    from newsmill.zh.readable import NAMING_FIELD, _trimmed, _unreadable, _unreadable_value

    out = []
    unreadable = _unreadable_value if doc.text is not None and "\ufffd" not in doc.text else _unreadable
    for r in records:
        keep = True
        for name, f in list(r.fields.items()):
            if f.value is None or not unreadable(doc, f.value, f.evidence):
                continue
            if name == NAMING_FIELD.get(r.kind):
                keep = _trimmed(doc, r, name)
                if not keep:
                    break
            else:
                r.set(name, None)
        if keep:
            out.append(r)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["project", "indicator", "batch"]),
                          st.lists(st.tuples(st.sampled_from(["name", "metric", "investor", "count"]),
                                             st.one_of(st.none(), st.integers(0, 9),
                                                       st.text("甲乙项目\ufffd,", max_size=8))),
                                   max_size=4)),
                max_size=5),
       st.booleans())
def test_readable_keeps_and_nulls_as_when_every_field_is_asked(specs: list, placeholder: bool) -> None:
    text = "甲乙丙丁项目开工" + ("\ufffd" if placeholder else "") + "甲乙项目投产"

    def records() -> tuple[Document, list[Record]]:
        doc = Document.from_text(text)
        doc.text = doc.raw
        out = []
        for kind, fields in specs:
            r = Record(kind)
            for name, value in fields:
                r.set(name, value, doc.evidence(0, 6))
            out.append(r)
        return doc, out

    doc, fast = records()
    plain_doc, plain = records()
    kept = readable(doc, fast)
    assert [r.to_dict() for r in kept] == [r.to_dict() for r in _readable_plain(plain_doc, plain)]


# -- count phrases of batches ----------------------------------------------------------------

_COUNT_PIECES = ["项目", "项", "目", "个", "批", "条", "余", "多", "约", "近", "共", "达到", "累计",
                 "12", "3", "1,200", "2.5", "一", "十", "两", "百", "零", "〇", "道路", "公路", "管网",
                 "新", "重点", "签约", "开工", "(", "（一期）", ")", "，", "、", "。", "：", "“", "\"", "甲",
                 "以上", "左右"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=30).map("".join))
@example("新签约12项重点项目")
@example("共十二批项目,新建3条道路")
@example("开工两余项项目和1,200多条管网")
def test_count_phrases_with_the_unit_gates_match_every_pattern_tried(text: str) -> None:
    from newsmill.plugins.extract_batches.counts import COUNT_PATTERNS, _counts
    from newsmill.zh.figures import number
    from newsmill.zh.recctx import Span

    doc = Document.from_text(text)
    doc.text = doc.raw
    ctx = RecordContext(doc)
    sent = Span(0, len(text), None)
    seen: list[tuple[int, int]] = []
    plain = []
    for pat in COUNT_PATTERNS:  # every pattern tried on the whole sentence, as first written
        for m in pat.finditer(text, 0, len(text)):
            n = number(m.group("n"))
            if n is None or n != int(n) or any(s <= m.start("n") < e for s, e in seen) \
                    or text[m.start("n") - 1:m.start("n")] in "“\"":
                continue
            seen.append((m.start("n"), m.end("u")))
            plain.append((m.start(), m.end(), m.start("n"), int(n)))
    assert _counts(ctx, sent) == plain


# -- the host's evidence filling ---------------------------------------------------------------

def test_host_fills_only_evidence_without_raw_span_or_text() -> None:
    from newsmill.core.hookspecs import hookimpl
    from newsmill.testing import make_pipeline

    class Spans:
        name = "spans"

        @hookimpl
        def newsmill_extract(self, doc: Document) -> list[Record]:
            r = Record("project", evidence=[Evidence(0, 2)])  # no raw span, no text
            r.set("name", "x", Evidence(2, 4, 2, 4, ""))  # raw span, no text
            r.set("other", "y", Evidence(0, 1, 5, 6, "given"))  # complete: left as it is
            r.set("third", "z", Evidence(1, 3, -1, 3, "kept"))  # one end missing
            return [r]

    doc = make_pipeline([Spans()]).process("甲乙丙丁戊己庚")
    (r,) = doc.records
    assert (r.evidence[0].raw_start, r.evidence[0].raw_end, r.evidence[0].text) == (0, 2, "甲乙")
    assert r.fields["name"].evidence[0].text == "丙丁"
    assert r.fields["other"].evidence[0] == Evidence(0, 1, 5, 6, "given")
    assert r.fields["third"].evidence[0] == Evidence(1, 3, 1, 3, "kept")
