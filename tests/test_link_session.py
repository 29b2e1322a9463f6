"""Linking while documents come (``newsmill_link_session``) and large entities streamed to writers."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import CorpusRecord, Entity, Field, Record, StreamedItems
from newsmill.core.run import execute
from newsmill.core.spool import EntitySpool
from newsmill.plugins import link_projects as lp
from newsmill.plugins.write_jsonl import write_entity_line
from newsmill.tables.rows import entity_row_chunks, entity_rows
from tests.conftest import read_jsonl
from tests.test_run_prepared import sample_pages, tables_without_run_ids


class Recorder:
    """A linker with both forms; records which one the host used and what it was fed."""

    name = "recorder"

    def __init__(self, prepare: bool = True, fail_in: str = "") -> None:
        self.prepare, self.fail_in = prepare, fail_in
        self.fed: list[int] = []
        self.one_shot = 0

    @staticmethod
    def entities(pairs):
        return [Entity(id=f"rec:{i}", kind="rec", name=rid, members=[(doc, rid)])
                for i, (doc, rid) in enumerate(pairs)]

    @hookimpl
    def newsmill_link(self, records):
        self.one_shot += 1
        return self.entities((cr.doc_id, cr.record.id) for cr in records)

    @hookimpl
    def newsmill_link_session(self, options):
        return RecorderSession(self)


def _ids(records):
    if any(cr.record.kind == "boom" for cr in records):
        raise ValueError("cannot prepare")
    return [(cr.doc_id, cr.record.id) for cr in records]


class RecorderSession:
    def __init__(self, owner: Recorder) -> None:
        self.owner = owner
        self.pairs: list[tuple[str, str]] = []
        self.closed = False

    def preparer(self):
        return _ids if self.owner.prepare else None

    def add(self, records):
        if self.owner.fail_in == "add":
            raise RuntimeError("add failed")
        self.owner.fed.append(len(records))
        self.pairs += [(cr.doc_id, cr.record.id) for cr in records]

    def add_prepared(self, pairs):
        self.owner.fed.append(len(pairs))
        self.pairs += pairs

    def finish(self):
        if self.owner.fail_in == "finish":
            raise RuntimeError("finish failed")
        return self.owner.entities(self.pairs)

    def close(self):
        self.closed = True


@pytest.mark.parametrize("prepare", [True, False])
@pytest.mark.parametrize("executor,workers", [("serial", 1), ("processes", 2)])
def test_a_session_gets_every_source_in_order_and_gives_what_the_one_shot_hook_gives(
        tmp_path, prepare, executor, workers):
    sample_pages(tmp_path / "in", 4)
    session_linker = Recorder(prepare)
    execute(Pipeline(plugins=[session_linker], disable=["hello", "link-projects"]),
            [str(tmp_path / "in")], tmp_path / "streamed", ["jsonl"], executor, workers)
    assert session_linker.one_shot == 0 and len(session_linker.fed) == 4 and sum(session_linker.fed) > 4

    class OneShot(Recorder):
        newsmill_link_session = None

    one_shot = OneShot()
    execute(Pipeline(plugins=[one_shot], disable=["hello", "link-projects"]),
            [str(tmp_path / "in")], tmp_path / "once", ["jsonl"])
    assert one_shot.one_shot == 1
    streamed = read_jsonl(tmp_path / "streamed" / "entities.jsonl")
    assert streamed == read_jsonl(tmp_path / "once" / "entities.jsonl")
    assert streamed and all(e["producer"] == "recorder" for e in streamed)


@pytest.mark.parametrize("fail_in", ["add", "finish", "prepare"])
def test_a_failing_session_adds_nothing_and_is_reported(tmp_path, fail_in):
    sample_pages(tmp_path / "in", 2)
    bad = Recorder(prepare=True, fail_in=fail_in)
    if fail_in == "add":
        bad.prepare = False
    if fail_in == "prepare":  # one record the prepare function refuses
        (tmp_path / "in" / "page000.txt").write_text("x", "utf-8")

        class Boom:
            name = "boom"

            @hookimpl
            def newsmill_extract(self, doc):
                return [Record("boom", {"v": Field(1, [])})] if doc.text == "x" else None

        plugins = [bad, Boom()]
    else:
        plugins = [bad]
    summary = execute(Pipeline(plugins=plugins, disable=["hello"]), [str(tmp_path / "in")],
                      tmp_path / "out", ["jsonl"])
    entities = read_jsonl(tmp_path / "out" / "entities.jsonl")
    assert not any(e["kind"] == "rec" for e in entities)
    assert any(e["kind"] == "project" for e in entities)  # link-projects is unaffected
    errors = [e for e in read_jsonl(tmp_path / "out" / "errors.jsonl") if e["stage"] == "link"]
    want = {"add": "RuntimeError: add failed", "finish": "RuntimeError: finish failed",
            "prepare": "ValueError: cannot prepare"}[fail_in]
    assert [(e["plugin"], e["message"]) for e in errors] == [("recorder", want)]
    assert summary.documents == 2


def corpus_records(n_docs: int, per_doc: int) -> list[CorpusRecord]:
    """Project records in one city, each document naming two investors."""
    recs = []
    for d in range(n_docs):
        for r in range(per_doc):
            rec = Record("project", {
                "name": Field(f"{'甲乙丙丁'[r % 4]}{'新能源材料'[d % 5]}产业园项目", []),
                "location": Field({"province": "四川省", "city": "广元市"}, []),
                "investor": Field("华川锂电科技有限公司、青禾集团", []),
                "investment_cny": Field(1e8 * (1 + d % 3), []),
                "stage": Field("signed", [])}, [], 0, 1.0, f"d{d:03d}:r{r}")
            recs.append(CorpusRecord(f"d{d:03d}", f"s{d}.txt", None, 0, "标题", rec))
    return recs


def test_link_projects_session_prepared_or_not_equals_the_one_shot_linker():
    recs = corpus_records(30, 4)
    once = list(lp.link_all(recs))
    for prepared in (True, False):
        session = lp.ProjectLinkSession()
        try:
            for d in range(30):
                chunk = recs[d * 4:(d + 1) * 4]
                if prepared:
                    session.add_prepared(pickle.loads(pickle.dumps(session.preparer()(chunk))))
                else:
                    session.add(chunk)
            assert list(session.finish()) == once
        finally:
            session.close()


def test_a_large_place_is_streamed_through_the_spool_and_the_writers(tmp_path, monkeypatch):
    monkeypatch.setattr(lp.places, "STREAM_MEMBERS", 5)
    monkeypatch.setattr("newsmill.core.spool.PART_ITEMS", 3)
    recs = corpus_records(4, 3)
    session = lp.ProjectLinkSession()
    spool = EntitySpool()
    try:
        session.add(recs)
        for e in session.finish():
            if e.kind == "place":
                assert isinstance(e.members, StreamedItems) and len(e.members) == 12
            spool.append(e)
        place = [e for e in spool if e.kind == "place"][0]
    finally:
        session.close()
    (want,) = [e for e in lp.place_entities(recs)]
    assert isinstance(want.members, list)
    assert place == want and list(place.members) == want.members
    assert place.members[11] == want.members[11] and place.members[-12] == want.members[0]
    assert pickle.loads(pickle.dumps(place.members)) == want.members
    # the writers get the same text and rows as from the whole entity
    path = tmp_path / "e.jsonl"
    with path.open("w", encoding="utf-8") as f:
        write_entity_line(f, place)
    assert path.read_text("utf-8") == json.dumps(want.to_dict(), ensure_ascii=False) + "\n"
    chunks = list(entity_row_chunks([place, place], "run", rows=5))
    assert max(sum(map(len, c.values())) for c in chunks) == 5
    merged = {t: [r for c in chunks for r in c[t]] for t in chunks[0]}
    assert merged == entity_rows([want, want], "run")
    spool.close()


def test_spool_truncation_drops_streamed_parts_too(monkeypatch):
    monkeypatch.setattr("newsmill.core.spool.PART_ITEMS", 2)
    spool = EntitySpool()
    keep = Entity("a", "k", "a", members=[("d", str(i)) for i in range(5)], timeline=[{"i": 1}])
    spool.append(keep)
    mark = spool.mark()
    spool.append(Entity("b", "k", "b", members=StreamedItems(3, lambda: [("d", "x")] * 3)))
    spool.truncate(mark)
    spool.append(Entity("c", "k", "c", links=StreamedItems(4, lambda: iter([{"n": 1}] * 4))))
    a, c = list(spool)
    assert a == keep and isinstance(a.members, StreamedItems) and a.timeline == [{"i": 1}]
    assert c.links == [{"n": 1}] * 4 and len(spool) == 2
    spool.close()


def test_runs_with_tiny_stream_bounds_write_the_same_outputs(tmp_path, monkeypatch):
    sample_pages(tmp_path / "in", 6)
    p = Pipeline(disable=["hello"])
    execute(p, [str(tmp_path / "in")], tmp_path / "plain", ["jsonl", "sqlite"])
    monkeypatch.setattr(lp.places, "STREAM_MEMBERS", 1)
    monkeypatch.setattr("newsmill.core.spool.PART_ITEMS", 2)
    monkeypatch.setattr("newsmill.plugins.write_sqlite.ENTITY_CHUNK_ROWS", 3)
    execute(p, [str(tmp_path / "in")], tmp_path / "tiny", ["jsonl", "sqlite"])
    for name in ("documents.jsonl", "entities.jsonl"):
        assert (tmp_path / "plain" / name).read_bytes() == (tmp_path / "tiny" / name).read_bytes()
    plain = tables_without_run_ids(tmp_path / "plain" / "newsmill.sqlite")
    assert plain["entity_members"]
    assert plain == tables_without_run_ids(tmp_path / "tiny" / "newsmill.sqlite")
    assert len({e["kind"] for e in read_jsonl(Path(tmp_path / "tiny" / "entities.jsonl"))}) >= 2


def test_entities_staged_beside_a_slow_finishing_thread_give_the_same_tables(tmp_path, monkeypatch):
    import threading
    import time

    import newsmill.tables.sqlite as sq

    sample_pages(tmp_path / "in", 4)
    p = Pipeline(disable=["hello"])
    execute(p, [str(tmp_path / "in")], tmp_path / "plain", ["sqlite"])
    staged: list[int] = []
    stage = sq._StagedChunks.__init__

    def counting(self, chunks):
        stage(self, chunks)
        staged.append(self._count)

    index_pending = sq.index_pending

    def slow(con):
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.5)  # the finishing thread is still at work when entities come
        return index_pending(con)

    monkeypatch.setattr(sq._StagedChunks, "__init__", counting)
    monkeypatch.setattr(sq, "index_pending", slow)
    monkeypatch.setattr("newsmill.plugins.write_sqlite.ENTITY_CHUNK_ROWS", 7)
    execute(p, [str(tmp_path / "in")], tmp_path / "staged", ["sqlite"])
    assert staged and staged[0] > 3
    plain = tables_without_run_ids(tmp_path / "plain" / "newsmill.sqlite")
    assert plain["entities"] and plain == tables_without_run_ids(tmp_path / "staged" / "newsmill.sqlite")


def test_a_session_that_cannot_start_falls_back_to_the_one_shot_hook(tmp_path):
    class NoSession(Recorder):
        @hookimpl
        def newsmill_link_session(self, options):
            raise OSError("no room for a session")

    sample_pages(tmp_path / "in", 2)
    linker = NoSession()
    execute(Pipeline(plugins=[linker], disable=["hello", "link-projects"]), [str(tmp_path / "in")],
            tmp_path / "out", ["jsonl"])
    assert linker.one_shot == 1 and not linker.fed
    assert read_jsonl(tmp_path / "out" / "entities.jsonl")
    errors = [e for e in read_jsonl(tmp_path / "out" / "errors.jsonl") if e["stage"] == "link"]
    assert [(e["plugin"], e["message"]) for e in errors] == [("recorder", "OSError: no room for a session")]


class Repeater(Recorder):
    """A linker whose entities share ids (every entity is given twice)."""

    @staticmethod
    def entities(pairs):
        return [e for e in Recorder.entities(pairs) for _ in range(2)]


@pytest.mark.parametrize("session", [True, False])
def test_entities_with_a_taken_id_are_dropped_and_reported_not_a_failed_run(tmp_path, session):
    sample_pages(tmp_path / "in", 2)
    linker = Repeater()
    if not session:
        linker.newsmill_link_session = None  # type: ignore[assignment]
    summary = execute(Pipeline(plugins=[linker], disable=["hello", "link-projects"]),
                      [str(tmp_path / "in")], tmp_path / "out", ["jsonl", "sqlite"])
    ids = [e["id"] for e in read_jsonl(tmp_path / "out" / "entities.jsonl")]
    assert ids and len(ids) == len(set(ids)) == summary.entities
    errors = [e for e in read_jsonl(tmp_path / "out" / "errors.jsonl") if e["stage"] == "link"]
    assert [e["plugin"] for e in errors] == ["recorder"]
    assert f"{len(ids)} entities with an id given before were dropped" in errors[0]["message"]


def test_pipeline_link_keeps_one_entity_per_id():
    linker = Repeater()
    recs = [CorpusRecord("d", "d", None, 0, None, Record("project", id=f"d:r{i}")) for i in range(3)]
    entities, errors = Pipeline(plugins=[linker], disable=["hello", "link-projects"]).link(recs)
    assert [e.id for e in entities] == ["rec:0", "rec:1", "rec:2"]
    assert errors and errors[0][0] == "recorder"


def test_spool_refuses_a_taken_id_and_forgets_ids_it_truncates():
    spool = EntitySpool()
    spool.append(Entity(id="a", kind="k", name="a"))
    mark = spool.mark()
    spool.append(Entity(id="b", kind="k", name="b"))
    with pytest.raises(ValueError):
        spool.append(Entity(id="a", kind="k", name="again"))
    spool.truncate(mark)
    spool.append(Entity(id="b", kind="k", name="b2"))  # b was truncated: free again
    assert [e.name for e in spool] == ["a", "b2"]
