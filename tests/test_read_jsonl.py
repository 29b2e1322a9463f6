"""JSONL reader: one document per line, a bad line fails alone."""

from __future__ import annotations

import datetime as dt
import json

from tests.readers_samples import SIMPLIFIED, errors, pipeline, read


def _lines(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs)


def test_good_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(_lines(
        {"id": "a-1", "text": SIMPLIFIED[0], "pub_date": "2021-03-04", "source": "临江日报",
         "url": "https://e.invalid/1"},
        '{"text": "未闭合的',
        {"text": SIMPLIFIED[1]},
        "",
        {"id": 7, "text": "   "},
        ["not", "an", "object"],
        {"text": SIMPLIFIED[2], "pub_date": "21/3/4"},
        {"text": SIMPLIFIED[3] + "\r\n第二段"},
    ), encoding="utf-8")
    docs = read(path)
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["L1", "L2", "L3", "L5", "L6", "L7", "L8"]
    good = [d for d in docs if not d.failed]
    assert [d.raw for d in good] == [SIMPLIFIED[0], SIMPLIFIED[1], SIMPLIFIED[3] + "\n第二段"]
    first = good[0]
    assert (first.meta.pub_date, first.meta.pub_date_source) == (dt.date(2021, 3, 4), "metadata")
    assert (first.meta.outlet, first.meta.url) == ("临江日报", "https://e.invalid/1")
    assert first.meta.extra["id"] == "a-1"
    msgs = errors(docs)
    assert len(msgs) == 4
    assert f"{path}#L2: invalid JSON" in msgs[0]
    assert "#L5: no 'text'" in msgs[1]
    assert "#L6: expected a JSON object, got list" in msgs[2]
    assert "#L7: pub_date '21/3/4' is not a YYYY-MM-DD date" in msgs[3]
    assert len({d.id for d in docs}) == len(docs)


def test_option_date_applies_to_lines_without_one(tmp_path):
    path = tmp_path / "2020-01-01_batch.jsonl"
    path.write_text(_lines({"text": SIMPLIFIED[0]}, {"text": SIMPLIFIED[1], "pub_date": "2021-03-04"}),
                    encoding="utf-8")
    a, b = read(path, pub_date="2022-02-02")
    assert (a.meta.pub_date, a.meta.pub_date_source) == (dt.date(2022, 2, 2), "option")
    assert b.meta.pub_date_source == "metadata"
    a, _ = read(path)
    assert (a.meta.pub_date, a.meta.pub_date_source) == (dt.date(2020, 1, 1), "filename")


def test_over_long_line_fails_alone(tmp_path):
    path = tmp_path / "big.ndjson"
    big = json.dumps({"text": "长" * 400_000}, ensure_ascii=False)
    path.write_text(_lines({"text": SIMPLIFIED[0]}, big, {"text": SIMPLIFIED[1]}), encoding="utf-8")
    docs = read(path, pipeline(**{"read-jsonl": {"max_line_mb": 1}}))
    assert [d.failed for d in docs] == [False, True, False]
    assert "#L2: line longer than 1 MB" in errors(docs)[0]


def test_empty_jsonl_is_an_error(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    (msg,) = errors(read(path))
    assert str(path) in msg and "empty JSONL" in msg


def test_invalid_utf8_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"text": "\xff\xfe"}\n' + json.dumps({"text": SIMPLIFIED[0]}).encode() + b"\n")
    docs = read(path)
    assert [d.failed for d in docs] == [True, False]
    assert "#L1: not UTF-8 (byte 10 of the line" in errors(docs)[0]
