"""Publication date from file metadata: the PDF's own date, and the file's mtime as an opt-in last resort."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from newsmill.core.model import Source
from newsmill.readkit.names import pdf_date
from tests.readers_samples import PAGE, SIMPLIFIED, make_pdf, pipeline, read

MTIME = dt.datetime(2019, 6, 12, 12, 0)


def _touch(path, when: dt.datetime = MTIME):
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def _text_file(tmp_path, name: str, text: str = PAGE):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _touch(path)


@pytest.mark.parametrize(("value", "expected"), [
    ("D:20240315093000+08'00'", dt.date(2024, 3, 15)),
    ("D:20231231", dt.date(2023, 12, 31)),
    ("20200229120000Z", dt.date(2020, 2, 29)),
    ("D:20231302", None),
    ("D:2023", None),
    ("", None),
    (None, None),
])
def test_pdf_date_strings(value, expected):
    assert pdf_date(value) == expected


def test_mtime_is_off_by_default(tmp_path):
    (doc,) = read(_text_file(tmp_path, "page.txt"))
    assert doc.meta.pub_date is None
    assert doc.meta.pub_date_source is None


@pytest.mark.parametrize(("reader", "name", "text"), [
    ("read-text", "page.txt", PAGE),
    ("read-html", "page.html", "<html><body><p>" + SIMPLIFIED[0] + "</p><p>" + SIMPLIFIED[1]
                               + "</p></body></html>"),
])
def test_mtime_is_the_last_resort_when_turned_on(tmp_path, reader, name, text):
    p = pipeline(**{reader: {"use_mtime": True}})
    (doc,) = read(_text_file(tmp_path, name, text), p)
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (MTIME.date(), "file-mtime")
    (doc,) = read(_text_file(tmp_path, "2021-01-21_" + name, text), p)
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2021, 1, 21), "filename")
    (doc,) = read(_text_file(tmp_path, name, text), p, pub_date="2022-05-03")
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2022, 5, 3), "option")


def test_a_date_printed_on_the_page_beats_the_mtime(tmp_path):
    page = "临江日报  2023年8月9日  星期三\n\n" + PAGE
    p = pipeline(**{"read-text": {"use_mtime": True}})
    path = _text_file(tmp_path, "page.txt", page)
    (doc,) = p.process_source(Source(uri=str(path), path=path))
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2023, 8, 9), "text")


class TestPdf:
    """The PDF's CreationDate (else ModDate) comes after the option and the file name."""

    pytestmark = [pytest.mark.usefixtures("_pdf_libs")]

    @pytest.fixture
    def _pdf_libs(self, monkeypatch):
        pytest.importorskip("reportlab")
        pytest.importorskip("pypdfium2")
        # reportlab writes CreationDate/ModDate from this fixed time (2020-09-13 12:26:40 UTC)
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")

    def _pdf(self, tmp_path, name: str):
        return _touch(make_pdf(tmp_path / name, [{"columns": [[SIMPLIFIED[0]]]}]))

    def test_document_date_when_nothing_else_gives_one(self, tmp_path):
        (doc,) = read(self._pdf(tmp_path, "page.pdf"), pipeline(**{"read-pdf": {"use_mtime": True}}))
        assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2020, 9, 13), "metadata")
        assert doc.meta.extra["pub_date_from"] == "pdf CreationDate"

    def test_file_name_and_option_beat_the_document_date(self, tmp_path):
        (doc,) = read(self._pdf(tmp_path, "2021-01-21_page.pdf"))
        assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2021, 1, 21), "filename")
        (doc,) = read(self._pdf(tmp_path, "page.pdf"), pub_date="2022-05-03")
        assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2022, 5, 3), "option")

    def test_mtime_when_the_pdf_has_no_date(self, tmp_path):
        import pypdfium2 as pdfium

        path = self._pdf(tmp_path, "page.pdf")
        data = path.read_bytes()
        # blank the two date strings in place (same length, so the xref offsets stay right)
        for key in (b"/CreationDate (D:", b"/ModDate (D:"):
            at = data.index(key) + len(key) - 2
            data = data[:at] + b"x" * 16 + data[at + 16:]
        path.write_bytes(data)
        _touch(path)
        assert not pdf_date(pdfium.PdfDocument(data).get_metadata_dict().get("CreationDate"))
        (doc,) = read(path)
        assert doc.meta.pub_date is None
        (doc,) = read(path, pipeline(**{"read-pdf": {"use_mtime": True}}))
        assert (doc.meta.pub_date, doc.meta.pub_date_source) == (MTIME.date(), "file-mtime")
