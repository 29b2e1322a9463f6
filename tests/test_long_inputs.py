"""Pages far longer than news paragraphs and sentences: broken where the language allows, read
in bounded pieces, and read the same as before when they are of ordinary size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document
from newsmill.plugins.clean_longlines import line_breaks
from newsmill.zh.recctx import MAX_SENTENCE, Span, context_of

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))

# A paragraph of a county's news in our own words, ~150 characters.
PARAGRAPH = ("今年以来，某某县围绕新材料产业链精准招商，新签约亿元以上项目12个，总投资46.5亿元；"
             "甲乙新材料有限公司年产3万吨改性塑料项目于9月开工建设，预计明年6月建成投产。"
             "全县规模以上工业增加值同比增长8.1%，高于全市平均水平1.2个百分点。")


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def test_short_lines_get_no_break() -> None:
    text = "\n".join([PARAGRAPH] * 20)
    assert line_breaks(text, 2000) == []
    assert line_breaks(PARAGRAPH * 30, 0) == []  # 0: never


def test_a_long_line_is_broken_after_sentence_ends_within_the_limit() -> None:
    text = PARAGRAPH * 40  # one line of ~6,000 characters
    cuts = line_breaks(text, 1000)
    assert cuts and cuts == sorted(cuts)
    bounds = [0, *cuts, len(text)]
    assert all(b - a <= 1000 for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(text[c - 1] in "。！？!?" for c in cuts)
    # as few breaks as the limit needs: no two pieces in a row would fit in one line
    assert all(c - a > 1000 for a, c in zip(bounds, bounds[2:], strict=False))


def test_a_run_with_no_sentence_end_breaks_after_clause_marks_or_not_at_all() -> None:
    items = "某某路改造工程、" * 400
    cuts = line_breaks(items, 1000)
    assert cuts and all(items[c - 1] == "、" for c in cuts)
    assert line_breaks("某" * 5000, 1000) == []  # no mark: no place to break


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = ("他说：“项目建成后年产值可达20亿元。”" + PARAGRAPH) * 30
    for c in line_breaks(text, 800):
        assert text[c - 1] in "。！？”"
        assert text[c] != "”"


def test_the_cleaner_breaks_a_one_line_page_and_keeps_offsets(nlp: Pipeline) -> None:
    assert "clean-longlines" in {p.name for p in nlp.plugins()}
    raw = PARAGRAPH * 40
    doc = nlp.process(raw)
    lines = doc.clean.split("\n")
    assert len(lines) > 2 and max(map(len, lines)) <= 2000
    assert doc.clean.replace("\n", "") == raw  # only line ends were added
    assert doc.records, "the records of a one-line page are still read"
    for r in doc.records:
        for ev in r.evidence:
            assert doc.raw[ev.raw_start:ev.raw_end] == ev.text.replace("\n", "")


def test_a_one_line_page_reads_like_its_paragraphs(nlp: Pipeline) -> None:
    """The same news as one line or in paragraphs: the same projects and indicators."""
    text = "\n".join([PARAGRAPH.replace("某某县", f"某{n}县") for n in "甲乙丙丁戊己庚辛"] * 3)
    wrapped, flat = nlp.process(text), nlp.process(text.replace("\n", ""))

    def kinds(doc: Document) -> list[tuple[str, str]]:
        return sorted((r.kind, str(r.get("name") or r.get("metric") or "")) for r in doc.records)

    assert kinds(wrapped) and kinds(flat) == kinds(wrapped)


@pytest.mark.parametrize("path", SAMPLES[:3], ids=lambda p: p.name)
def test_pages_of_ordinary_size_are_untouched(nlp: Pipeline, path: Path) -> None:
    off = Pipeline(disable=["hello", "clean-longlines"])
    on = nlp.process(path)
    assert on.clean == off.process(path).clean
    assert len(on.records) == len(off.process(path).records)


def test_an_overlong_sentence_is_read_in_pieces_cut_at_clause_marks() -> None:
    run = "开工项目5个、" * 500  # 3,500 characters with no sentence end
    text = f"{PARAGRAPH}\n{run}。{PARAGRAPH}"
    ctx = context_of(Document.from_text(text))
    sents = ctx.sentences(Span(0, len(text), None))
    assert all(s.end - s.start <= MAX_SENTENCE for s in sents)
    long_part = [s for s in sents if text.find(run) <= s.start < text.find(run) + len(run)]
    assert len(long_part) >= 4
    assert all(text[s.end - 1] == "、" for s in long_part[:-1])
    # pieces follow each other with nothing left out
    assert "".join(text[s.start:s.end] for s in long_part) == run


def test_ordinary_sentences_are_unchanged() -> None:
    ctx = context_of(Document.from_text(PARAGRAPH))
    sents = ctx.sentences(Span(0, len(PARAGRAPH), None))
    assert [PARAGRAPH[s.start:s.end] for s in sents] == [x for x in re.split("。", PARAGRAPH) if x]


def test_firm_names_found_once_are_those_found_up_to_each_point() -> None:
    from newsmill.plugins.extract_indicators.figures import _FIRM_FULL_NAME, _full_names

    text = ("山东鲁源新材料科技有限公司年产值增长20%。后来，江苏华腾实业股份有限公司投资建设；"
            "另有浙江某某新能源有限公司、湖北长顺发展有限责任公司两家签约。") * 3
    found = _full_names(text, 5)
    for s0 in range(5, len(text) + 1, 7):
        expected = [m.group("core") for m in _FIRM_FULL_NAME.finditer(text, 5, s0)]
        assert [core for end, core in found if end <= s0] == expected
