"""Readers on real pages (from ../shared at test time) and on random or damaged bytes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsmill.core.model import Source
from newsmill.readkit.encoding import decode
from tests.readers_samples import PORTAL_HTML, SIMPLIFIED, make_pdf, pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt")) if (SHARED / "corpus").is_dir() else []


@pytest.mark.skipif(not CORPUS, reason="shared corpus not available")
@pytest.mark.parametrize("page", CORPUS, ids=lambda p: p.name)
def test_real_pages_read_the_same_in_every_encoding(tmp_path, page):
    p = pipeline()
    text = page.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    (doc,) = p.read(Source(uri=str(page), path=page))
    assert not doc.failed and doc.raw == text
    for enc in ("gb18030", "utf-16", "big5"):
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            continue  # a page with characters Big5 lacks
        copy = tmp_path / f"{enc}.txt"
        copy.write_bytes(data)
        (doc,) = p.read(Source(uri=str(copy), path=copy))
        assert doc.raw == text, enc
        assert doc.meta.encoding.replace("-le", "").replace("-be", "") == enc


def _damaged(rng: random.Random, src: bytes, shortest: int, longest: int, flips: int) -> bytes:
    """``src`` cut to a random length in [shortest, longest) with fewer than ``flips`` bytes overwritten."""
    data = bytearray(src[: rng.randrange(shortest, longest)])
    for _ in range(rng.randrange(0, flips)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _reads_or_explains(p, path: Path) -> None:
    docs = p.read(Source(uri=str(path), path=path))
    for d in docs:
        for prob in d.problems:
            if prob.level == "error":
                # a reader's own, explained refusal; never an unexpected exception
                assert prob.message.startswith("newsmill.ReadError: ") or "#L" in prob.message, prob.message
                assert str(path) in prob.message


def test_random_bytes_are_read_or_refused_with_a_reason(tmp_path):
    rng = random.Random(11)
    p = pipeline()
    pieces = [s.encode(e) for s in SIMPLIFIED for e in ("utf-8", "gb18030", "utf-16")]
    for i in range(150):
        kind = i % 3
        if kind == 0:
            data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        elif kind == 1:
            data = b"".join(rng.sample(pieces, 4))
        else:
            data = bytearray(rng.choice(pieces) * 3)
            for _ in range(rng.randrange(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            data = bytes(data)
        path = tmp_path / f"r{i}.txt"
        path.write_bytes(data)
        _reads_or_explains(p, path)


def test_damaged_html_is_read_or_refused_with_a_reason(tmp_path):
    rng = random.Random(5)
    p = pipeline()
    src = PORTAL_HTML.encode("gb18030")
    for i in range(40):
        path = tmp_path / f"h{i}.html"
        path.write_bytes(_damaged(rng, src, 20, len(src), 6))
        _reads_or_explains(p, path)


def test_damaged_pdfs_are_read_or_refused_with_a_reason(tmp_path):
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    good = make_pdf(tmp_path / "good.pdf", [{"columns": [[SIMPLIFIED[0] * 4], [SIMPLIFIED[1] * 4]]}])
    src = good.read_bytes()
    rng = random.Random(9)
    p = pipeline(**{"read-pdf": {"allow_truncated": True}})
    for i in range(30):
        path = tmp_path / f"d{i}.pdf"
        path.write_bytes(_damaged(rng, src, 10, len(src) + 1, 4))
        _reads_or_explains(p, path)


FINNA = SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"


@pytest.mark.skipif(not FINNA.is_file(), reason="shared external news not available")
def test_real_news_jsonl_with_renamed_fields(tmp_path):
    p = pipeline(**{"read-jsonl": {"text_field": "body", "title_field": "headline"}})
    docs = p.read(Source(uri=str(FINNA), path=FINNA))
    n_lines = sum(1 for line in FINNA.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(docs) == n_lines > 1000
    assert not [d for d in docs if d.failed]
    assert all(d.meta.title and d.raw for d in docs)


@pytest.mark.skipif(not FINNA.is_file(), reason="shared external news not available")
def test_encoding_of_real_short_headlines_is_detected():
    import json

    heads = [json.loads(line)["headline"] for line in FINNA.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    wrong = []
    for h in heads:
        for enc in ("gb18030", "utf-8"):
            text, name = decode(h.encode(enc))
            if text != h:
                wrong.append((enc, h))
    assert len(wrong) <= len(heads) * 2 // 1000, wrong[:5]  # at most 0.1 % of the cases


def test_damaged_archives_never_stop_the_sources(tmp_path):
    import io
    import tarfile
    import zipfile

    rng = random.Random(4)
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(3):
            z.writestr(f"p{i}.txt", ("".join(rng.sample(SIMPLIFIED, 4)) * 20).encode())
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w:gz") as t:
        for i in range(3):
            data = ("".join(rng.sample(SIMPLIFIED, 4)) * 20).encode()
            info = tarfile.TarInfo(f"p{i}.txt")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    p = pipeline()
    for name, src in (("a.zip", zbuf.getvalue()), ("a.tar.gz", tbuf.getvalue())):
        for i in range(25):
            path = tmp_path / f"{i}{name}"
            path.write_bytes(_damaged(rng, src, 10, len(src) + 1, 5))
            docs = list(p.run([str(path)]))  # never raises
            assert docs
            for d in docs:
                assert d.raw or d.failed
