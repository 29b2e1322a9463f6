"""Pipeline bookkeeping: host-filled fields, model round trip, and failures at every stage."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Entity, Mention, Record
from newsmill.core.run import RunError, execute
from newsmill.testing import make_pipeline
from tests.conftest import PAGE, read_jsonl

pytestmark = pytest.mark.usefixtures("minimal_builtins")


class Plugin:
    """Base of the small in-test plugins: a name and nothing else."""

    def __init__(self, name: str) -> None:
        self.name = name


class Cleaner(Plugin):
    def __init__(self, name: str, edits: list[tuple[int, int, str]], priority: int = 500) -> None:
        super().__init__(name)
        self.edits, self.priority = edits, priority

    @hookimpl
    def newsmill_stage_priority(self):
        return {"clean": self.priority}

    @hookimpl
    def newsmill_clean(self, step):
        for s, e, r in self.edits:
            step.replace(s, e, r)
        if self.edits:
            step.flag(0, 1, "test", "first character")
            step.warn(0, 1, "looked at the first character")


def test_host_fills_spans_ids_and_stamps_through_two_cleaners():
    first = Cleaner("first", [(0, 3, "开发区")], priority=1)  # "开发区 三" stays, no-op
    second = Cleaner("second", [(3, 4, ""), (6, 7, "")], priority=2)

    class Marker(Plugin):
        version = "9.9"

        @hookimpl
        def newsmill_annotate(self, doc):
            i = doc.text.index("28亿元")
            return [Mention("money", i, i + 4, value="2800000000")]

        @hookimpl
        def newsmill_extract(self, doc):
            m = doc.mentions[0]
            r = Record("project", evidence=[doc.evidence(m.start, m.end)])
            r.set("investment", m.value, doc.evidence(m.start, m.end))
            return [r]

    p = make_pipeline([first, second, Marker("marker")])
    doc = p.process(PAGE)
    assert doc.text.startswith("开发区三个项目 集中")
    assert doc.offsets.to_raw(3, 4) == (4, 5)  # "三" after a deleted space
    (m,) = doc.mentions
    assert m.surface == "28亿元" == doc.raw[m.raw_start:m.raw_end]
    assert m.producer == "marker@9.9" and m.id == f"{doc.id}:m0" and m.article == 0
    (r,) = doc.records
    assert r.producer == "marker@9.9" and r.id == f"{doc.id}:r0" and r.article == 0
    assert r.fields["investment"].evidence[0].text == "28亿元"
    assert [reg.producer for reg in doc.regions] == ["first", "second"]
    assert [(w.level, w.plugin) for w in doc.problems] == [("warning", "first"), ("warning", "second")]
    assert all((reg.raw_start, reg.raw_end) == (0, 1) for reg in doc.regions)
    assert not doc.failed


def test_bad_cleaner_edits_are_that_cleaners_error_and_the_chain_goes_on():
    bad = Cleaner("bad", [(0, 4, ""), (2, 6, "")], priority=1)
    good = Cleaner("good", [(0, 1, "X")], priority=2)
    doc = make_pipeline([bad, good]).process(PAGE)
    assert doc.text == "X" + PAGE[1:]  # bad's step skipped, good's applied
    (err,) = [p for p in doc.problems if p.level == "error"]
    assert err.stage == "clean" and err.plugin == "bad" and "overlapping" in err.message
    assert len(doc.articles) == 1  # the later stages still ran


@pytest.mark.parametrize("stage", ["segment", "annotate", "extract"])
def test_wrong_return_types_name_the_plugin(stage):
    class Wrong(Plugin):
        pass

    def impl(doc):
        return [42] if stage != "segment" else 42

    setattr(Wrong, f"newsmill_{stage}", staticmethod(hookimpl(impl)))
    doc = make_pipeline(Wrong("wrong")).process(PAGE)
    (err,) = doc.problems
    assert err.stage == stage and err.plugin == "wrong"
    assert "TypeError" in err.message or "not" in err.message


def test_document_round_trip_through_dict_and_pickle():
    first = Cleaner("first", [(3, 4, ""), (10, 12, "XYZ")])
    doc = make_pipeline([first, "tests.plugins.annotate_numbers", "tests.plugins.extract_numbers"]).process(
        PAGE, pub_date=dt.date(2024, 3, 1))
    data = json.loads(json.dumps(doc.to_dict()))
    back = Document.from_dict(data)
    assert back.to_dict() == doc.to_dict()
    assert back.offsets.segments() == doc.offsets.segments()
    assert back.meta.pub_date == dt.date(2024, 3, 1)
    assert pickle.loads(pickle.dumps(doc)).to_dict() == doc.to_dict()
    e = Entity("e1", "project", "x", members=[("d", "r")])
    assert Entity.from_dict(json.loads(json.dumps(e.to_dict()))) == e


def test_link_and_writer_failures_are_recorded_and_the_run_completes(tmp_path):
    class BadLinker(Plugin):
        @hookimpl
        def newsmill_link(self, records):
            raise ValueError("cannot link")

    class FlakyWriter:
        def __init__(self, out_dir, run, options):
            self.n = 0

        def write(self, doc):
            self.n += 1
            if "second" in doc.source:
                raise OSError("disk full")

        def write_entities(self, entities):
            pass

        def close(self):
            pass

    class Writers(Plugin):
        @hookimpl
        def newsmill_writers(self):
            return {"flaky": FlakyWriter}

    for name in ("first.txt", "second.txt", "third.txt"):
        (tmp_path / name).write_text(PAGE + name, encoding="utf-8")
    p = make_pipeline([BadLinker("bad-linker"), Writers("writers")])
    out = tmp_path / "out"
    summary = execute(p, [str(tmp_path / n) for n in ("first.txt", "second.txt", "third.txt")],
                      out, ["jsonl", "flaky"])
    assert summary.documents == 3 and summary.errors == 2
    errors = read_jsonl(out / "errors.jsonl")
    assert [(e["stage"], e["plugin"]) for e in errors] == [("write", "writers"), ("link", "bad-linker")]
    assert Path(errors[0]["file"]).name == "second.txt" and "disk full" in errors[0]["message"]
    assert errors[1]["message"] == "ValueError: cannot link"
    assert len(read_jsonl(out / "documents.jsonl")) == 3


def test_writer_that_cannot_start_is_a_run_error(tmp_path):
    class Broken(Plugin):
        @hookimpl
        def newsmill_writers(self):
            def factory(out_dir, run, options):
                raise PermissionError("read-only folder")
            return {"broken": factory}

    with pytest.raises(RunError, match="format 'broken' \\(plugin 'broken'\\) cannot write to .*read-only"):
        execute(make_pipeline(Broken("broken")), [], tmp_path / "out", ["jsonl", "broken"])


def test_process_text_file_and_run():
    p = Pipeline(autoload=False)
    assert p.process("只是一段文字").source == "<text>"
    assert p.process("does-not-exist.txt").raw == "does-not-exist.txt"  # not a file: text


def test_run_yields_documents_lazily(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(PAGE + str(i), encoding="utf-8")
    it = Pipeline(autoload=False).run([tmp_path])
    first = next(it)
    assert Path(first.source).name == "0.txt"
    assert [Path(d.source).name for d in it] == ["1.txt", "2.txt"]


def test_pipeline_spec_rebuilds_the_same_pipeline():
    p = Pipeline(plugins=["tests.plugins.annotate_numbers"], config={"tests.plugins.annotate_numbers": {
        "kind": "n"}}, autoload=False)
    q = Pipeline.from_spec(pickle.loads(pickle.dumps(p.spec)))
    assert q.stages() == p.stages() and q.options == p.options
    assert [m.kind for m in q.process(PAGE).mentions] == ["n"] * 5
