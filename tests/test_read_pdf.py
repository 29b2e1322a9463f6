"""PDF reader: reading order, columns kept apart, pages, truncated files, missing extra."""

from __future__ import annotations

import sys

import pytest

from tests.readers_samples import SIMPLIFIED, TRADITIONAL, errors, make_pdf, pipeline, read

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

LEFT = [SIMPLIFIED[0] + SIMPLIFIED[1] + SIMPLIFIED[2], SIMPLIFIED[3] + SIMPLIFIED[4]]
RIGHT = [SIMPLIFIED[5] + SIMPLIFIED[6], SIMPLIFIED[7] + SIMPLIFIED[0]]


def test_one_column_pages_in_order_with_paragraphs(tmp_path):
    pdf = make_pdf(tmp_path / "2021-01-21_paper.pdf", [
        {"headline": "临江县重点项目建设提速", "columns": [[LEFT[0], LEFT[1]]]},
        {"columns": [[TRADITIONAL[0] + TRADITIONAL[1]]]},
    ])
    docs = read(pdf)
    assert [d.source for d in docs] == [f"{pdf}#page=1", f"{pdf}#page=2"]
    assert len({d.id for d in docs}) == 2
    blocks = docs[0].raw.split("\n\n")
    assert blocks == ["# 临江县重点项目建设提速", LEFT[0], LEFT[1]]
    assert docs[1].raw == TRADITIONAL[0] + TRADITIONAL[1]
    assert docs[0].meta.pub_date_source == "filename"
    assert str(docs[0].meta.pub_date) == "2021-01-21"


def test_two_columns_are_not_interleaved(tmp_path):
    pdf = make_pdf(tmp_path / "two.pdf", [{"headline": "两栏版面的标题", "columns": [LEFT, RIGHT]}])
    (doc,) = read(pdf)
    blocks = doc.raw.split("\n\n")
    assert blocks == ["# 两栏版面的标题", *LEFT, *RIGHT]


def test_three_columns_under_a_spanning_headline(tmp_path):
    cols = [[SIMPLIFIED[0] + SIMPLIFIED[1]], [SIMPLIFIED[2] + SIMPLIFIED[3]], [SIMPLIFIED[4] + SIMPLIFIED[5]]]
    pdf = make_pdf(tmp_path / "three.pdf", [{"headline": "三栏版面：重点项目集中开工活动在全市各地同步举行",
                                             "columns": cols}])
    (doc,) = read(pdf)
    assert doc.raw.split("\n\n")[1:] == [c[0] for c in cols]


def test_lines_kept_when_join_lines_is_off(tmp_path):
    pdf = make_pdf(tmp_path / "one.pdf", [{"columns": [[LEFT[0]]]}])
    (doc,) = read(pdf, pipeline(**{"read-pdf": {"join_lines": False}}))
    lines = doc.raw.split("\n\n")
    assert len(lines) > 1
    assert "".join(lines) == LEFT[0]


def test_truncated_pdf_is_refused_with_cause(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [{"columns": [[LEFT[0]]]}, {"columns": [[LEFT[1]]]}])
    data = good.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 2 // 3])
    docs = read(cut)
    assert len(docs) == 1 and docs[0].failed
    (msg,) = errors(docs)
    assert str(cut) in msg and "truncated PDF" in msg


def test_truncated_pdf_recovered_on_request(tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [{"columns": [[LEFT[0]]]}])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good.read_bytes()[:-30])
    docs = read(cut, pipeline(**{"read-pdf": {"allow_truncated": True}}))
    if docs[0].raw:  # PDFium rebuilt the file: a warning, no error
        assert not errors(docs)
        assert any("truncated" in p.message for p in docs[0].problems)
    else:
        (msg,) = errors(docs)
        assert "truncated or damaged PDF" in msg


def test_garbage_named_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4 + b"\n%%EOF\n")
    (msg,) = errors(read(bad))
    assert str(bad) in msg and "damaged PDF" in msg


def test_pdf_without_text_is_an_error(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 200, 200, fill=1)
    c.showPage()
    c.save()
    (msg,) = errors(read(path))
    assert "no text" in msg and "OCR" in msg


def test_missing_extra_is_named(tmp_path, monkeypatch):
    pdf = make_pdf(tmp_path / "x.pdf", [{"columns": [[LEFT[0]]]}])
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    (msg,) = errors(read(pdf))
    assert "newsmill[pdf]" in msg and str(pdf) in msg


def test_blank_page_is_skipped_with_a_warning(tmp_path):
    pages = [{"columns": [[LEFT[0]]]}, {"columns": [[]]}, {"columns": [[LEFT[1]]]}]
    pdf = make_pdf(tmp_path / "p.pdf", pages)
    docs = read(pdf)
    assert [d.meta.extra["page"] for d in docs] == [1, 3]
    assert not errors(docs)
    assert any("page(s) 2 of 3 have no text" in p.message for p in docs[0].problems)


def test_headline_over_part_of_the_gutter_does_not_merge_columns(tmp_path):
    """A headline narrower than the page but crossing the gutter must not hide it."""
    headline = "两栏标题横跨栏间空白处了"  # 12 characters at 22 pt: past the gutter, not full width
    pdf = make_pdf(tmp_path / "two.pdf", [{"headline": headline, "columns": [LEFT, RIGHT]}])
    (doc,) = read(pdf)
    assert doc.raw.split("\n\n") == ["# " + headline, *LEFT, *RIGHT]


def test_two_articles_stacked_with_different_column_counts(tmp_path):
    top = [[SIMPLIFIED[0] + SIMPLIFIED[1]], [SIMPLIFIED[2] + SIMPLIFIED[3]]]
    bottom = [[SIMPLIFIED[4] * 2], [SIMPLIFIED[5] * 2], [SIMPLIFIED[6] * 2]]
    head2 = "第二篇文章的通栏标题：一批重大项目集中签约落地"
    pdf = make_pdf(tmp_path / "stacked.pdf", [{"sections": [
        {"headline": "第一篇", "columns": top}, {"headline": head2, "columns": bottom}]}])
    (doc,) = read(pdf)
    assert doc.raw.split("\n\n") == ["# 第一篇", top[0][0], top[1][0], "# " + head2,
                                     *(c[0] for c in bottom)]
