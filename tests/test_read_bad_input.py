"""One ``newsmill run`` over good pages mixed with every kind of bad input."""

from __future__ import annotations

import json
import zipfile

import pytest
from click.testing import CliRunner

from newsmill.core.cli import EXIT_FAILED_DOCS, cli
from tests.readers_samples import EMPTY_HTML, PAGE, PORTAL_HTML, SIMPLIFIED, make_pdf

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")


def _write_huge_line(path, size=50_000_000):
    chunk = b"x" * 1_000_000
    with path.open("wb") as f:
        for _ in range(size // len(chunk)):
            f.write(chunk)


def test_bad_inputs_are_reported_and_good_pages_kept(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    # good pages
    (d / "2021-01-21_good.txt").write_text(PAGE, encoding="utf-8")
    (d / "good_gbk.txt").write_bytes(PAGE.encode("gbk"))
    (d / "portal.html").write_bytes(PORTAL_HTML.encode("gb18030"))
    make_pdf(d / "two_columns.pdf", [{"columns": [[SIMPLIFIED[0] * 3], [SIMPLIFIED[1] * 3]]}])
    (d / "batch.jsonl").write_text(json.dumps({"text": SIMPLIFIED[2]}, ensure_ascii=False)
                                   + "\n{broken\n", encoding="utf-8")
    with zipfile.ZipFile(d / "bundle.zip", "w") as z:
        z.writestr("inner.txt", PAGE + SIMPLIFIED[5])  # not the same content (and id) as another page
        z.writestr("../../outside.txt", "x")
    # bad input
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    pdf = make_pdf(tmp_path / "whole.pdf", [{"columns": [[SIMPLIFIED[3]]]}])
    (d / "truncated.pdf").write_bytes(pdf.read_bytes()[:600])
    (d / "broken_utf8.txt").write_bytes(PAGE.encode() * 20 + b"\xc3\x28" + PAGE.encode())
    _write_huge_line(d / "huge_line.txt")
    (d / "no_text.html").write_text(EMPTY_HTML, encoding="utf-8")

    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["-p", "no:hello", "run", str(d), "-o", str(out),
                                   "--format", "jsonl", "-q"])
    assert res.exit_code == EXIT_FAILED_DOCS, res.output

    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    by_source = {doc["source"].replace(str(d) + "/", ""): doc for doc in docs}
    ok = {s for s, doc in by_source.items() if doc["raw"]}
    assert ok == {"2021-01-21_good.txt", "good_gbk.txt", "portal.html", "two_columns.pdf#page=1",
                  "batch.jsonl#L1", "bundle.zip!inner.txt"}
    assert by_source["good_gbk.txt"]["raw"] == PAGE
    assert by_source["2021-01-21_good.txt"]["meta"]["pub_date_source"] == "filename"
    pdf_text = by_source["two_columns.pdf#page=1"]["raw"]
    assert pdf_text.index(SIMPLIFIED[0] * 3) < pdf_text.index(SIMPLIFIED[1] * 3)

    errs = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    reading = {e["file"].replace(str(d) + "/", ""): e["message"] for e in errs
               if e["stage"] in ("read", "sources")}
    expected = {
        "empty.txt": "empty file",
        "image.txt": "binary file (PNG image)",
        "truncated.pdf": "truncated PDF",
        "broken_utf8.txt": f"invalid utf-8 at byte {len(PAGE.encode()) * 20}",
        "huge_line.txt": "file too large for a page (50.0 MB",
        "no_text.html": "HTML page has no text",
        "batch.jsonl#L2": "invalid JSON",
        "bundle.zip!../../outside.txt": "path traversal",
    }
    assert set(reading) == set(expected)
    for name, cause in expected.items():
        assert cause in reading[name], (name, reading[name])
        assert name.split("#")[0].split("!")[0] in reading[name]  # the message names the file
    assert not (tmp_path / "outside.txt").exists()
