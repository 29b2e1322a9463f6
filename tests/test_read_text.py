"""Plain-text reader: encodings, --encoding, undecodable bytes, binary and oversized files, name dates."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import random

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.readkit.encoding import DecodeFailure, decode, plausibility
from newsmill.readkit.names import date_from_uri, date_in_name
from tests.readers_samples import PAGE, SIMPLIFIED, TRADITIONAL, errors, pipeline, read


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gb18030", b"", "gb18030"),
    ("gbk", b"", "gb18030"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
])
def test_simplified_page_in_each_encoding(tmp_path, encoding, bom, expected):
    path = tmp_path / "page.txt"
    path.write_bytes(bom + PAGE.encode(encoding))
    (doc,) = read(path)
    assert doc.raw == PAGE
    assert doc.meta.encoding == expected
    assert not doc.failed


def test_traditional_page_in_big5_and_gb18030(tmp_path):
    text = "\n\n".join(TRADITIONAL)
    for enc, expected in (("big5", "big5"), ("gb18030", "gb18030")):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes(text.encode(enc))
        (doc,) = read(path)
        assert (doc.raw, doc.meta.encoding) == (text, expected)


def test_short_texts_are_detected():
    """Slices of 4 to 40 characters, where statistical detectors often guess wrong."""
    rng = random.Random(7)
    cases = 0
    plan = ((SIMPLIFIED, ("gb18030", "utf-8")), (TRADITIONAL, ("big5", "gb18030", "utf-8")))
    for corpus, encodings in plan:
        for _ in range(60):
            text = "".join(rng.sample(corpus, len(corpus)))
            start = rng.randrange(0, 20)
            piece = text[start:start + rng.randrange(4, 40)]
            for enc in encodings:
                got, name = decode(piece.encode(enc))
                assert (got, name.replace("ascii", "utf-8")) == (piece, enc), piece
                cases += 1
    assert cases == 300


def test_plausibility_prefers_the_right_reading():
    text = "總投資約三百億元，記者從縣發改局獲悉。".encode("big5")
    assert plausibility(text.decode("big5")) > 0.9
    assert plausibility(text.decode("gb18030", errors="replace")) < 0.6


def test_one_bad_byte_in_utf8_is_never_decoded_as_another_encoding():
    rng = random.Random(3)
    alphabet = [c for c in "".join(SIMPLIFIED) if not c.isascii()]
    for _ in range(100):
        data = "".join(rng.choice(alphabet) for _ in range(120)).encode("utf-8")
        k = rng.randrange(3, len(data))
        k -= (k % 3)  # on a character boundary: every Hanzi here is 3 bytes, punctuation too
        with pytest.raises(DecodeFailure) as e:
            decode(data[:k] + b"\xff" + data[k:])
        assert (e.value.encoding, e.value.offset) == ("utf-8", k)


def test_encoding_option_overrides_detection(tmp_path):
    path = tmp_path / "p.txt"
    data = "總投資約三百億元".encode("big5")
    path.write_bytes(data)
    (doc,) = read(path, encoding="gb18030")
    assert doc.meta.encoding == "gb18030" and doc.raw == data.decode("gb18030")
    (doc,) = read(path, encoding="latin-1")
    assert doc.meta.encoding == "iso8859-1"


def test_forced_encoding_that_does_not_fit_names_the_byte(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes("增长".encode("gb18030") + b"\xff\xff")
    (msg,) = errors(read(path, encoding="utf-8"))
    assert str(path) in msg and "invalid utf-8 at byte 0" in msg


def test_cli_encoding_option(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes("總投資約三百億元".encode("big5"))
    runner = CliRunner()
    res = runner.invoke(cli, ["-p", "no:hello", "show", str(path), "--json", "--encoding", "gb18030"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["meta"]["encoding"] == "gb18030"
    res = runner.invoke(cli, ["-p", "no:hello", "show", str(path), "--json"])
    assert json.loads(res.output)["meta"]["encoding"] == "big5"
    res = runner.invoke(cli, ["clean", str(path), "--encoding", "no-such-codec"])
    assert res.exit_code == 2 and "unknown encoding" in res.output
    out = tmp_path / "out"
    res = runner.invoke(cli, ["-p", "no:hello", "run", str(path), "-o", str(out), "--format", "jsonl", "-q",
                              "--encoding", "big5"])
    assert res.exit_code == 0, res.output
    assert '"encoding": "big5"' in (out / "documents.jsonl").read_text(encoding="utf-8")


def test_invalid_utf8_in_the_middle_is_reported_with_offset(tmp_path):
    head = ("增长" * 5000).encode("utf-8")
    path = tmp_path / "broken.txt"
    path.write_bytes(head + b"\xe5\xa2" + " 后面的文字".encode())
    (msg,) = errors(read(path))
    assert str(path) in msg
    assert f"invalid utf-8 at byte {len(head)}" in msg


def test_replace_mode_reads_with_a_warning_and_regions(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("前面的文字".encode() + b"\xff" + "后面".encode())
    (doc,) = read(path, pipeline(**{"read-text": {"invalid": "replace"}}))
    assert not doc.failed
    assert doc.raw == "前面的文字\ufffd后面"
    assert [(r.kind, r.raw_start, r.raw_end) for r in doc.regions] == [("undecodable", 5, 6)]
    assert any("byte 15" in p.message for p in doc.problems if p.level == "warning")


@pytest.mark.parametrize("data, cause", [
    (b"", "empty file"),
    (b" \n\r\n\t ", "only whitespace"),
    (codecs.BOM_UTF8, "only whitespace"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file (PNG image)"),
    (b"PK\x03\x04" + b"\x00" * 64, "binary file (ZIP archive"),
    (b"abc\x00def" * 10, "NUL byte at byte 3"),
    (codecs.BOM_UTF16_LE + b"\x00garbage\x00\xff\x01\x00\x02\x00", "binary data after a utf-16-le"),
])
def test_bad_files_name_the_cause(tmp_path, data, cause):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (msg,) = errors(read(path))
    assert str(path) in msg and cause in msg


def test_huge_single_line_file_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)  # sparse 50 MB of NULs, written instantly
    (msg,) = errors(read(path))
    assert str(path) in msg and "file too large" in msg and "50.0 MB" in msg


def test_over_long_line_is_refused(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text("项目" * 3000, encoding="utf-8")
    p = pipeline(**{"read-text": {"max_line_chars": 5000}})
    (msg,) = errors(read(path, p))
    assert "6000 characters (limit 5000)" in msg
    (doc,) = read(path)
    assert not doc.failed


def test_crlf_line_ends_are_normalized(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(PAGE.replace("\n", "\r\n").encode("gb18030"))
    (doc,) = read(path)
    assert doc.raw == PAGE and doc.meta.extra["newlines"] == "crlf"


@pytest.mark.parametrize("uri, expected", [
    ("pages/2021-01-21_x.txt", dt.date(2021, 1, 21)),
    ("pages/20210121.txt", dt.date(2021, 1, 21)),
    ("p/2021年1月5日报纸.txt", dt.date(2021, 1, 5)),
    ("paper/202101/21/node_3.htm", dt.date(2021, 1, 21)),
    ("2019-12-31/page_07.txt", dt.date(2019, 12, 31)),
    ("a.zip!2020_05_06/p.txt", dt.date(2020, 5, 6)),
    ("pages/20211399.txt", None),
    ("pages/12345678.txt", None),
    ("pages/page3.txt", None),
    ("pages/2021-01-21_vs_2021-01-22.txt", None),
])
def test_dates_in_names(uri, expected):
    assert date_from_uri(uri) == expected


def test_date_in_name_ignores_long_numbers():
    assert date_in_name("id_120210121999.txt") is None


def test_filename_date_and_option_precedence(tmp_path):
    path = tmp_path / "2021-01-21_p.txt"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = read(path)
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2021, 1, 21), "filename")
    (doc,) = read(path, pub_date="2022-02-02")  # an explicit date beats the guess from the name
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2022, 2, 2), "option")


def test_decode_failure_carries_offset():
    with pytest.raises(DecodeFailure) as e:
        decode("文字".encode() + b"\xff\xfe\xfd")
    assert e.value.offset is not None


def test_cache_reprocesses_when_encoding_option_changes(tmp_path):
    path = tmp_path / "p.txt"
    path.write_bytes("總投資約三百億元".encode("big5"))
    out = tmp_path / "out"
    runner = CliRunner()

    def run(*extra):
        res = runner.invoke(cli, ["-p", "no:hello", "run", str(path), "-o", str(out), "--format", "jsonl",
                                  "-q", *extra])
        assert res.exit_code == 0, res.output
        return json.loads((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])

    assert run()["meta"]["encoding"] == "big5"
    assert run("--encoding", "gb18030")["meta"]["encoding"] == "gb18030"
    assert run()["meta"]["encoding"] == "big5"


def test_read_error_pickles_for_worker_processes():
    import pickle

    from newsmill.readkit.common import ReadError

    e = pickle.loads(pickle.dumps(ReadError("a.txt", "empty file")))
    assert isinstance(e, ReadError) and str(e) == "a.txt: empty file"


def test_wrong_invalid_option_names_the_file_the_option_and_the_choices(tmp_path):
    from newsmill.testing import run_plugin

    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = run_plugin([], path, allow_errors=True, config={"read-text": {"invalid": "skip"}})
    (problem,) = doc.problems
    assert str(path) in problem.message and "[read-text] invalid = 'skip'" in problem.message
    assert "'error', 'replace'" in problem.message
