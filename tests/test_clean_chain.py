"""The cleaning chain as a whole: offset-map properties, gold checks on real pages, CLI."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmill.core.cli import cli
from newsmill.plugins.clean_width import normalize
from newsmill.zh.pinyin import ANNOTATION_RE
from newsmill.zh.t2s import simplify
from tests.cleaning_support import (
    CLEANERS,
    SAMPLES,
    body_text,
    clean,
    corpus_pages,
    find_all,
    gold_cleaning,
    pipeline,
)

PAGES = corpus_pages()
needs_corpus = pytest.mark.skipif(not PAGES, reason="shared corpus not available")

# -- generated noisy text ---------------------------------------------------------

TOKENS = [
    "项目", "投资", "亿元", "园区", "签约", "开工", "。", "，", ",", "、", ";", ":", "(", ")",
    "區(qū)", "業(yè)", "項(xiàng)", "經(jīng)濟(jì)", "發展", "億", "著力", "開工",
    " ", "  ", "\u3000", "\n", "\n\n", "\n\n\n", "２０２３", "ＡＩ", "％", "\"", "'",
    "## ", "(记者 张三)", "本报讯 ", "责任编辑：李四", "点击关注", "图为施工现场",
    "?zhàn)钚虑闆r", "?!", "\ufffd", "12", "3.5", "1,200", "abc", "x", "(一期)", "“", "”",
]
noisy_text = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)


def _char_spans(doc):
    return [doc.raw_span(i, i + 1) for i in range(len(doc.clean))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_text)
def test_spans_map_monotonically_inside_raw(text):
    doc = clean(text)
    assert not doc.failed, doc.problems
    spans = _char_spans(doc)
    for rs, re_ in spans:  # every cleaned character comes from some raw text (nothing is made up)
        assert 0 <= rs < re_ <= len(doc.raw)
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    assert starts == sorted(starts)
    assert ends == sorted(ends)
    rs, re_ = doc.raw_span(0, len(doc.clean))
    assert 0 <= rs <= re_ <= len(doc.raw)
    for r in doc.regions:
        assert 0 <= r.raw_start <= r.raw_end <= len(doc.raw)


@settings(max_examples=100, deadline=None)
@given(noisy_text)
def test_every_cleaner_disabled_is_the_identity(text):
    doc = clean(text, only=())
    assert doc.clean == text
    assert doc.offsets.is_identity()
    assert [doc.raw_span(i, i + 1) for i in range(len(text))] == [(i, i + 1) for i in range(len(text))]


@settings(max_examples=100, deadline=None)
@given(noisy_text)
def test_unchanged_characters_map_to_themselves(text):
    """A cleaned character copied from the raw text maps back onto that same character."""
    doc = clean(text)
    for c0, c1, r0, _r1, copy in doc.offsets.segments():
        if copy:
            for k in range(c1 - c0):
                if doc.clean[c0 + k] == doc.raw[r0 + k]:
                    assert doc.raw_span(c0 + k, c0 + k + 1) == (r0 + k, r0 + k + 1)


def test_all_cleaners_are_in_the_default_chain_in_documented_order():
    assert [n for n in pipeline().stages()["clean"] if n in CLEANERS] == list(CLEANERS)


# -- real pages: gold strings ------------------------------------------------------

def _raw_to_clean(raw: str) -> str:
    """What the chain should make of a raw span of a real page (no mojibake inside)."""
    text = ANNOTATION_RE.sub("", raw)
    text = re.sub(r"\s*\n\s*", "", text)
    return normalize(simplify(text))


@needs_corpus
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem[:3])
def test_gold_cleaning_strings(page):
    gold = gold_cleaning(page)
    doc = pipeline().process(page)
    body = body_text(doc)
    missing = [s for s in gold["must_contain"] if s not in body]
    left = [s for s in gold["must_not_contain"] if s in body]
    assert not missing
    assert not left


@needs_corpus
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem[:3])
def test_removed_furniture_is_flagged_not_deleted(page):
    """A string that must leave the body but stays in the text lies inside a flagged region."""
    gold = gold_cleaning(page)
    doc = pipeline().process(page)
    regions = [doc.clean_span(r.raw_start, r.raw_end) for r in doc.regions_of("furniture", "caption")]
    for s in gold["must_not_contain"]:
        for i in find_all(doc.clean, s):
            assert any(a <= i and i + len(s) <= b for a, b in regions), s


@needs_corpus
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem[:3])
def test_gold_strings_map_back_to_their_raw_text(page):
    """raw[map(span)] of each gold string is the noisy raw text that cleans to it."""
    gold = gold_cleaning(page)
    doc = pipeline().process(page)
    for s in gold["must_contain"]:
        i = doc.clean.find(s)
        rs, re_ = doc.raw_span(i, i + len(s))
        raw = doc.raw[rs:re_]
        assert _raw_to_clean(raw) == s, (s, raw)
        assert not raw[0].isspace() and not raw[-1].isspace()


@needs_corpus
def test_raw_spans_of_each_kind_of_noise_on_real_pages():
    """Among the gold strings, each kind of noise is covered and maps to its raw form."""
    seen = set()
    for page in PAGES:
        doc = pipeline().process(page)
        for s in gold_cleaning(page)["must_contain"]:
            i = doc.clean.find(s)
            raw = doc.raw[slice(*doc.raw_span(i, i + len(s)))]
            if "\n" in raw:
                seen.add("line break")
            if ANNOTATION_RE.search(raw):
                seen.add("pinyin")
            if simplify(ANNOTATION_RE.sub("", raw)) != ANNOTATION_RE.sub("", raw):
                seen.add("traditional")
        for r in doc.regions_of("unreadable"):
            a, b = doc.clean_span(r.raw_start, r.raw_end)
            assert "\ufffd" in doc.clean[a:b]
            assert doc.raw[r.raw_start] in "?\ufffd"
            seen.add("mojibake")
        for r in doc.regions_of("caption", "furniture"):
            a, b = doc.clean_span(r.raw_start, r.raw_end)
            assert doc.clean[a:b] == normalize(simplify(doc.raw[r.raw_start:r.raw_end]))
            seen.add(r.kind)
    assert {"line break", "pinyin", "traditional", "mojibake", "caption", "furniture"} <= seen


@needs_corpus
def test_simplified_pages_are_unchanged_by_t2s():
    for page in PAGES:
        raw = page.read_text(encoding="utf-8")
        doc = clean(raw, only=("clean-t2s",))
        if simplify(raw) == raw:
            assert doc.clean == raw and doc.offsets.is_identity()


# -- the sample page ------------------------------------------------------------------

SAMPLE = SAMPLES / "2023-06-08_sample-trad-pdf.txt"


def test_sample_traditional_pdf_page():
    doc = pipeline().process(SAMPLE)
    body = body_text(doc)
    for s in ("临川市上半年工业投资提速", "计划总投资42亿元", "占地约260亩", "预制混凝土构件",
              "引入软件开发、电子商务", "省市重点项目已开工71个", "（临川日报记者 周明远 通讯员 何欣）"):
        assert s in body, s
    assert not ANNOTATION_RE.search(doc.clean)
    assert "责任编辑" not in body and "责任编辑" in doc.clean
    assert any("two digits" in p.message for p in doc.problems)


@pytest.mark.parametrize("name", CLEANERS)
def test_each_cleaner_can_be_disabled_alone(name):
    full = pipeline().process(SAMPLE)
    doc = pipeline(without=(name,)).process(SAMPLE)
    assert name not in pipeline(without=(name,)).stages()["clean"]
    assert not doc.failed
    checks = {
        "clean-pinyin": lambda d: bool(ANNOTATION_RE.search(d.clean)),
        "clean-t2s": lambda d: "臨川" in d.clean,
        "clean-width": lambda d: "，" not in d.clean,
        "clean-furniture": lambda d: not d.regions_of("furniture"),
        "clean-linebreaks": lambda d: "42亿\n元" in d.clean,
        "clean-spaces": lambda d: d.clean == full.clean,   # the sample has no stray spaces
        "clean-markdown": lambda d: d.clean == full.clean,  # nor Markdown
        "clean-mojibake": lambda d: d.clean == full.clean,  # nor mojibake
        "clean-columns": lambda d: d.clean == full.clean,  # nor two columns side by side
    }
    assert checks[name](doc)
    # the other cleaners still work
    if name != "clean-pinyin":
        assert not ANNOTATION_RE.search(doc.clean)
    if name != "clean-t2s":
        assert "临川" in doc.clean
    if name not in ("clean-linebreaks", "clean-pinyin"):  # a line ending in "(yì)" ends with a bracket
        assert re.search("42[亿億]元", doc.clean)


# -- command line ----------------------------------------------------------------------

def test_cli_clean_prints_the_cleaned_text():
    result = CliRunner().invoke(cli, ["-p", "no:hello", "clean", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "计划总投资42亿元" in result.output


def test_cli_clean_diff_shows_substitutions_regions_and_warnings():
    result = CliRunner().invoke(cli, ["-p", "no:hello", "clean", str(SAMPLE), "--diff"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "'臨' → '临'" in out
    assert "'業(yè)' → '业'" in out
    assert "[furniture (editor line)]" in out
    assert "warning: clean-linebreaks" in out


def test_cli_clean_with_one_cleaner_blocked():
    result = CliRunner().invoke(cli, ["-p", "no:hello", "-p", "no:clean-t2s", "clean", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "臨川" in result.output and "(yè)" not in result.output
