"""Reader ``read-pdf``: text PDFs with pypdfium2, one document per page, in reading order.

Claims ``.pdf`` sources and sources starting with ``%PDF-``.  Every character
is taken with its baseline origin, box and font size from PDFium; the
geometry in ``newsmill.readkit.pdflayout`` merges them into lines, keeps
columns apart and joins the lines of a paragraph.  Page *n* (1-based)
becomes the document ``FILE#page=n``; pages without any text (blank or
scanned) are skipped, and a file where no page has text is an error.  A file
without the ``%%EOF`` marker is refused as truncated unless
``allow_truncated`` is set.  The publication date falls back to the PDF's
own ``CreationDate`` (else ``ModDate``) when neither ``--pub-date`` nor the
file name gives one (``pub_date_source = "metadata"``).  pypdfium2 is the
``pdf`` extra.
"""

from __future__ import annotations

import ctypes
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source, content_id
from newsmill.readkit.common import (
    USE_MTIME_HELP,
    MissingExtra,
    ReadError,
    head_bytes,
    read_limited,
    set_fallback_date,
    set_mtime_date,
    set_name_date,
)
from newsmill.readkit.names import pdf_date
from newsmill.readkit.pdflayout import Run, merge_lines, paragraphs, reading_order

NAME = "read-pdf"


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """After the HTML reader, before plain text."""
    return {"read": 300}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Size and page limits, line joining, headings, truncated files."""
    return {
        "max_mb": Option((int, float), 200.0, "Refuse PDF files larger than this many MB (0: no limit)."),
        "max_pages": Option(int, 2000, "Refuse PDF files with more pages."),
        "join_lines": Option(bool, True, "Join the lines of a paragraph into one line."),
        "markdown_headings": Option(bool, True, "Write large-type lines (headlines) as '# ' lines."),
        "allow_truncated": Option(bool, False, "Read what PDFium recovers from a file without %%EOF "
                                                "(with a warning) instead of refusing it."),
        "use_mtime": Option(bool, False, USE_MTIME_HELP),
    }


def page_runs(page: Any, pdfium_c: Any) -> list[Run]:
    """One :class:`Run` per visible character of a page (baseline origin, box, font size)."""
    tp = page.get_textpage()
    runs: list[Run] = []
    try:
        x, y = ctypes.c_double(), ctypes.c_double()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        raw = tp.raw
        get_unicode, get_origin = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharOrigin
        get_box, get_size = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            code = get_unicode(raw, i)
            if code in (0, 0xFFFE, 0xFFFF) or (code < 32 and code != 9):
                continue
            ch = chr(code)
            if not get_origin(raw, i, ctypes.byref(x), ctypes.byref(y)):
                continue
            get_box(raw, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom),
                    ctypes.byref(top))
            size = get_size(raw, i) or max(right.value - left.value, 1.0)
            runs.append(Run(left.value, max(right.value, left.value + 0.1), y.value, float(size),
                            " " if ch.isspace() else ch))
    finally:
        tp.close()
    return runs


def document_date(pdf: Any) -> tuple[Any, str | None]:
    """The PDF's own date: ``CreationDate``, else ``ModDate`` (date, field name), or ``(None, None)``."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - damaged metadata is no reason to lose the text
        return None, None
    for key in ("CreationDate", "ModDate"):
        d = pdf_date(info.get(key))
        if d is not None:
            return d, key
    return None, None


def _has_eof(data: bytes) -> bool:
    return b"%%EOF" in data[-2048:]


def looks_like_pdf(source: Source) -> bool:
    """True for a ``.pdf`` name or content starting with ``%PDF-``."""
    return source.suffix == ".pdf" or head_bytes(source, 8).startswith(b"%PDF-")


@hookimpl
def newsmill_read(source: Source, options: dict) -> list[Document] | None:
    """Claim PDF sources and read one document per page with text."""
    if not looks_like_pdf(source):
        return None
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise MissingExtra(source, "PDF", "pdf", "pypdfium2") from None
    data = read_limited(source, options["max_mb"])
    if not data.strip():
        raise ReadError(source, "empty file")
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ReadError(source, "not a PDF file (no %PDF- header)")
    truncated = not _has_eof(data)
    if truncated and not options["allow_truncated"]:
        raise ReadError(source, "truncated PDF (no %%EOF marker at the end of the file); "
                                "set read-pdf allow_truncated to read what can be recovered")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        cause = "truncated or damaged PDF" if truncated else "damaged PDF"
        raise ReadError(source, f"{cause}: PDFium cannot open it ({e})") from None
    docs: list[Document] = []
    empty: list[int] = []
    try:
        meta_date, meta_key = document_date(pdf)
        n = len(pdf)
        if n > options["max_pages"]:
            raise ReadError(source, f"{n} pages, more than max_pages ({options['max_pages']})")
        for i in range(n):
            page = pdf[i]
            try:
                runs = page_runs(page, pdfium_c)
            finally:
                page.close()
            blocks = paragraphs(reading_order(merge_lines(runs)), options["join_lines"],
                                options["markdown_headings"])
            if not blocks:
                empty.append(i + 1)
                continue
            uri = f"{source.uri}#page={i + 1}"
            doc = Document(id=content_id(data + f"#page={i + 1}".encode()), source=uri,
                           raw="\n\n".join(blocks))
            doc.meta.extra.update({"page": i + 1, "pages": n})
            if truncated:
                doc.warn("read", NAME, f"{source.uri}: truncated PDF (no %%EOF); text recovered "
                                       "by PDFium may be incomplete")
            set_name_date(doc, source)
            set_fallback_date(doc, source, meta_date, "metadata", f"pdf {meta_key}")
            set_mtime_date(doc, source, options["use_mtime"])
            docs.append(doc)
    finally:
        pdf.close()
    if not docs:
        raise ReadError(source, f"no text in any of the {n} pages (a scanned PDF needs OCR first)")
    if empty:
        docs[0].warn("read", NAME, f"{source.uri}: page(s) {', '.join(map(str, empty))} of {n} "
                                   "have no text (blank or scanned) and were skipped")
    return docs
