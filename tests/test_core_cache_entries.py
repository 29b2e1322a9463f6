"""Cache entries: the compact format, the first (gzip JSON) format, and damaged entries."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.cache import CACHE_FILE, ENTRY_TAG, EntryError, decode_entry, encode_entry
from newsmill.core.run import execute


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


def test_entry_round_trips_the_documents(pipeline):
    docs = pipeline.process_source(next(iter(pipeline.sources([str(Path(__file__).parents[1]
                                                                   / "samples")]))))
    blob = encode_entry(docs)
    assert blob is not None and blob.startswith(ENTRY_TAG)
    assert decode_entry(blob) == [d.to_dict() for d in docs]  # tuples stay tuples, unlike JSON
    first_format = gzip.compress(json.dumps([d.to_dict() for d in docs]).encode())
    assert decode_entry(first_format) == json.loads(json.dumps(decode_entry(blob)))


@pytest.mark.parametrize("damage", [
    lambda b: b[:len(b) // 2],                        # truncated
    lambda b: b[:-6] + bytes(x ^ 0x5A for x in b[-6:]),  # flipped bytes (frame checksum)
    lambda b: b"NMc\x01" + b[4:],                     # another marshal version
    lambda b: b"garbage",
])
def test_damaged_entries_are_refused(pipeline, damage):
    docs = pipeline.process_source(next(iter(pipeline.sources([str(Path(__file__).parents[1]
                                                                   / "samples")]))))
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
    assert decode_entry(_entries(out)[uri]) == decode_entry(entries[uri])  # stored again, whole
    third = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert third.skipped == 5 and third.cache == {"unchanged": 5}


def test_entries_of_the_first_format_are_still_used(tmp_path, pipeline):
    _pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    fresh = _lines(out)
    for uri, blob in _entries(out).items():
        _set_entry(out, uri, gzip.compress(json.dumps(decode_entry(blob)).encode()))
    again = execute(pipeline, [str(tmp_path / "in")], out, ["jsonl"])
    assert again.skipped == 3
    assert _lines(out) == fresh
