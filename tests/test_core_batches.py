"""Batches: several documents through the stages at once give what one at a time gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention, Source
from newsmill.core.run import execute
from newsmill.testing import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


class Recorder:
    """Annotator that records its calls, finds every 亿 and fails on documents holding 坏."""

    def __init__(self, name: str, calls: list[tuple[str, str]]) -> None:
        self.name, self.calls = name, calls

    @hookimpl
    def newsmill_annotate(self, doc: Document) -> list[Mention]:
        self.calls.append((self.name, doc.clean[:2]))
        if "坏" in doc.clean and self.name == "first":
            raise RuntimeError("cannot read this one")
        seen = sum(m.kind == "first" for m in doc.mentions)  # the earlier annotator's mentions
        return [Mention(self.name, i, i + 1, value=str(seen))
                for i, ch in enumerate(doc.clean) if ch == "亿"]


def _texts() -> list[str]:
    return ["甲一项目投资3亿元,乙项目2亿元。", "乙二坏页面5亿元。", "丙三项目7亿元。"]


@pytest.mark.usefixtures("minimal_builtins")
def test_each_annotator_runs_over_the_batch_and_failures_stay_on_their_document() -> None:
    calls: list[tuple[str, str]] = []
    p = make_pipeline([Recorder("first", calls), Recorder("second", calls)])
    docs = p.process_documents([Document.from_text(t) for t in _texts()], stages=["annotate"])
    assert calls == [("first", "甲一"), ("first", "乙二"), ("first", "丙三"),
                     ("second", "甲一"), ("second", "丙三")]  # the failed page gets no second
    good, bad, last = docs
    assert [m.kind for m in good.mentions] == ["first", "second", "first", "second"]
    assert [m.value for m in good.mentions if m.kind == "second"] == ["2", "2"]  # saw first's
    assert [m.id for m in good.mentions] == [f"{good.id}:m{i}" for i in range(4)]
    assert good.mentions[0].producer == "first" and good.mentions[0].surface == "亿"
    assert not good.failed and not last.failed and len(last.mentions) == 2
    (err,) = bad.problems
    assert (err.stage, err.plugin) == ("annotate", "first") and "cannot read" in err.message
    assert bad.mentions == []


def test_a_batch_equals_documents_one_by_one_on_the_samples() -> None:
    p = Pipeline(disable=["hello"])
    texts = [f.read_text("utf-8") for f in SAMPLES]
    one = [p.process_document(Document.from_text(t)).to_dict() for t in texts]
    batch = p.process_documents([Document.from_text(t) for t in texts])
    assert [d.to_dict() for d in batch] == one
    assert sum(len(d["mentions"]) for d in one) > 100 and sum(len(d["records"]) for d in one) > 5


def test_process_sources_keeps_each_sources_documents_and_reader_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(_texts()[0], "utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff")
    p = Pipeline(disable=["hello"])
    out = p.process_sources([Source(uri=str(good), path=good), Source(uri=str(binary), path=binary),
                             Source(uri=str(good), path=good)])
    assert [len(docs) for docs in out] == [1, 1, 1]
    assert out[0][0].to_dict() == out[2][0].to_dict() == p.process(good).to_dict()
    assert out[1][0].failed and out[1][0].problems[0].stage == "read"


def _docs(out: Path) -> list[dict]:
    lines = (out / "documents.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("executor,workers,batch", [("serial", 1, 3), ("processes", 2, 2)])
def test_executors_give_the_same_output_whatever_the_batch(tmp_path: Path, executor: str,
                                                            workers: int, batch: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, f in enumerate(SAMPLES * 2):
        (folder / f"{i:02d}_{f.name}").write_text(f.read_text("utf-8"), "utf-8")
    (folder / "05_broken.txt").write_bytes(b"\x00\x01\x02binary")
    p = Pipeline(disable=["hello"])
    execute(p, [str(folder)], tmp_path / "one", ["jsonl"], executor, workers,
            executor_options={"batch": 1})
    summary = execute(p, [str(folder)], tmp_path / "many", ["jsonl"], executor, workers,
                      executor_options={"batch": batch})
    assert summary.documents == 2 * len(SAMPLES) + 1 and summary.failed == 1
    assert _docs(tmp_path / "one") == _docs(tmp_path / "many")


def test_run_and_pipe_give_the_same_documents_whatever_the_batch_size(tmp_path: Path) -> None:
    for f in SAMPLES:
        (tmp_path / f.name).write_text(f.read_text("utf-8"), "utf-8")
    p = Pipeline(disable=["hello"])
    one = [d.to_dict() for d in p.run([tmp_path], batch_size=1)]
    assert [d.to_dict() for d in p.run([tmp_path], batch_size=3)] == one
    texts = [f.read_text("utf-8") for f in SAMPLES]
    piped = [d.to_dict() for d in p.pipe(texts, batch_size=2)]
    assert piped == [p.process(t).to_dict() for t in texts]  # no file name: no date from it
    assert len(piped) == len(SAMPLES) and all(d["records"] for d in piped)
