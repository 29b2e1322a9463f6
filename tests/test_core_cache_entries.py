"""Cache entries: the compact format, the first (gzip JSON) format, and damaged entries."""

from __future__ import annotations

import gzip
import json
import marshal
import sqlite3
from pathlib import Path

import pytest
import zstandard

from newsmill import Pipeline
from newsmill.core import doctuples
from newsmill.core.cache import (
    CACHE_FILE,
    DICTS_TAG,
    SEGMENTS_TAG,
    TUPLES_TAG,
    EntryError,
    decode_entry,
    encode_entry,
)
from newsmill.core.run import execute

ROOT = Path(__file__).resolve().parents[1]


def _pages(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"p{i}.txt").write_text(
            f"第{i}期简报\n\n本市{i}号园区新签约项目{i + 2}个,总投资{i + 5}.5亿元。\n", encoding="utf-8")


def _lines(out: Path) -> list[dict]:
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text("utf-8").splitlines()]
    for d in docs:
        d["meta"]["extra"].pop("cached", None)
    return docs


def _entries(out: Path) -> dict[str, bytes]:
    with sqlite3.connect(out / CACHE_FILE) as db:
        return dict(db.execute("SELECT uri, docs FROM cache"))


def _set_entry(out: Path, uri: str, blob: bytes) -> None:
    with sqlite3.connect(out / CACHE_FILE) as db:
        db.execute("UPDATE cache SET docs = ? WHERE uri = ?", (blob, uri))


@pytest.fixture
def pipeline() -> Pipeline:
    return Pipeline(disable=["hello"])


def _sample_docs(pipeline: Pipeline) -> list:
    docs = []
    for source in pipeline.sources([str(ROOT / "samples")]):
        docs.extend(pipeline.process_source(source))
    return docs


def _corpus_docs(pipeline: Pipeline) -> list:
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        return []
    return [d for s in pipeline.sources([str(corpus)]) for d in pipeline.process_source(s)]


def test_document_tuples_give_back_the_same_documents(pipeline):
    docs = _sample_docs(pipeline) + _corpus_docs(pipeline)
    assert doctuples.SUPPORTED
    assert sum(len(d.mentions) for d in docs) > 100 and sum(len(d.records) for d in docs) > 10
    for doc in docs:
        back = doctuples.document_from_tuple(doctuples.document_tuple(doc))
        assert back.to_dict() == doc.to_dict()  # offsets map included, as its segments
        assert [type(x) for x in back.mentions + back.records + back.articles] == \
            [type(x) for x in doc.mentions + doc.records + doc.articles]


def test_entry_round_trips_the_documents(pipeline):
    docs = _sample_docs(pipeline)
    blob = encode_entry(docs)
    assert blob is not None and blob.startswith(TUPLES_TAG)
    assert zstandard.get_frame_parameters(blob[len(TUPLES_TAG):]).has_checksum
    assert [d.to_dict() for d in decode_entry(blob)] == [d.to_dict() for d in docs]
    first_format = gzip.compress(json.dumps([d.to_dict() for d in docs]).encode())
    def as_json(ds: list) -> list:
        return json.loads(json.dumps([d.to_dict() for d in ds]))
    assert as_json(decode_entry(first_format)) == as_json(docs)


def test_entries_hold_offset_maps_as_their_arrays_and_the_second_format_is_still_read(pipeline):
    docs = _sample_docs(pipeline)
    assert any(d.offsets is not None and d.offsets.segment_count > 1 for d in docs)
    back = decode_entry(encode_entry(docs))
    for doc, again in zip(docs, back):
        assert again.offsets.__getstate__() == doc.offsets.__getstate__()
        assert again.offsets.to_raw(0, len(again.text)) == doc.offsets.to_raw(0, len(doc.text))
    # the second format: each offset map as its list of segments
    rows = [(*doctuples.document_tuple(d)[:5], d.offsets.segments(), *doctuples.document_tuple(d)[6:])
            for d in docs]
    second = SEGMENTS_TAG + zstandard.ZstdCompressor().compress(marshal.dumps(rows))
    assert [d.to_dict() for d in decode_entry(second)] == [d.to_dict() for d in docs]


def test_a_value_marshal_cannot_write_leaves_the_source_uncached(pipeline):
    docs = _sample_docs(pipeline)[:1]
    docs[0].meta.extra["odd"] = {1, 2}  # a set: marshal writes it (JSON would not)
    blob = encode_entry(docs)
    assert blob.startswith(TUPLES_TAG) and decode_entry(blob)[0].meta.extra["odd"] == {1, 2}
    docs[0].mentions[0].attributes["when"] = object()  # a plugin's own object
    assert encode_entry(docs) is None


def test_another_layout_is_not_read(pipeline, monkeypatch):
    blob = encode_entry(_sample_docs(pipeline)[:1])
    monkeypatch.setattr("newsmill.core.cache.TUPLES_TAG", blob[:4] + b"\0\0\0\0" + blob[8:9])
    with pytest.raises(EntryError):
        decode_entry(blob)
    monkeypatch.setattr(doctuples, "SUPPORTED", False)
    blob = encode_entry(_sample_docs(pipeline)[:1])
    assert blob.startswith(DICTS_TAG)
    assert [d.to_dict() for d in decode_entry(blob)] == [d.to_dict() for d in _sample_docs(pipeline)[:1]]


@pytest.mark.parametrize("damage", [
    lambda b: b[:len(b) // 2],                        # truncated
    lambda b: b[:-6] + bytes(x ^ 0x5A for x in b[-6:]),  # flipped bytes (frame checksum)
    lambda b: b[:len(b) // 2] + bytes([b[len(b) // 2] ^ 1]) + b[len(b) // 2 + 1:],  # one bit
    lambda b: b[:3] + b"\x01" + b[4:],                # another marshal version
    lambda b: b"garbage",
])
def test_damaged_entries_are_refused(pipeline, damage):
    docs = _sample_docs(pipeline)
    with pytest.raises(EntryError):
        decode_entry(damage(encode_entry(docs)))


@pytest.mark.parametrize("executor,workers", [("serial", 1), ("processes", 2)])
def test_a_damaged_entry_is_processed_again_in_order(tmp_path, pipeline, executor, workers):
    _pages(tmp_path / "in", 5)
    out = tmp_path / "out"
    execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    fresh = _lines(out)
    entries = _entries(out)
    uri = sorted(entries)[2]
    _set_entry(out, uri, entries[uri][:40])
    again = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"], executor=executor,
                    workers=workers)
    assert again.skipped == 4
    assert again.cache == {"unchanged": 4, "cache entry unreadable": 1}
    assert _lines(out) == fresh
    assert _entries(out)[uri] == entries[uri]  # stored again, whole
    third = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert third.skipped == 5 and third.cache == {"unchanged": 5}


def test_entries_of_the_first_format_are_still_used(tmp_path, pipeline):
    _pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    fresh = _lines(out)
    for uri, blob in _entries(out).items():
        docs = [d.to_dict() for d in decode_entry(blob)]
        _set_entry(out, uri, gzip.compress(json.dumps(docs).encode()))
    again = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert again.skipped == 3
    assert _lines(out) == fresh
