"""The writing path's shortcuts give what their plain forms give (entity rows, the entity spool)."""

from __future__ import annotations

import sqlite3
import threading

import attrs
import pytest

from newsmill.core.model import Entity, StreamedItems
from newsmill.core.spool import EntitySpool
from newsmill.tables import sqlite as sq
from newsmill.tables.rows import entity_row_chunks, entity_tuple_chunks
from newsmill.tables.sqlite import SqliteStore, entity_values


def _entities() -> list[Entity]:
    timeline = [
        {"stage": "signed", "status": "actual", "date": "2021-03-04", "pub_date": "2021-03-05",
         "doc_id": "d1", "record": "d1:r0", "article": 2, "evidence": "签约仪式上"},
        {"stage": "started", "date": None, "record": "d2:r3", "article": True,
         "evidence": [{"text": "开工建设"}]},
        {"member": "d3:m1", "date": 2022, "evidence": {"text": "投产"}, "article": None},
        {"document": "d4", "stage": None},
    ]
    return [
        Entity("p1", "project", "甲产业园项目", fields={"amount": {"value": 5e8, "conflict": False}},
               members=[("d1", "d1:r0"), ("d2", "d2:r3")], timeline=timeline,
               links=[{"member": "d2:r3", "matched": ["name"], "score": 0.9}], conflicts=["amount"],
               producer="link-projects"),
        Entity("o1", "org", "乙集团", members=[]),
        Entity("g1", "place", "丙县",
               members=StreamedItems(7, lambda: [("d9", f"d9:r{i}") for i in range(7)]),
               timeline=StreamedItems(2, lambda: iter(timeline[:2]))),
        Entity("p2", "project", "丁项目", members=[("d5", "d5:r1")], timeline=timeline[2:]),
    ]


@pytest.mark.parametrize("rows", [1, 2, 3, 7, 5000])
def test_entity_tuple_chunks_are_the_row_dicts_as_values(rows):
    plain = list(entity_values(entity_row_chunks(_entities(), "run", rows)))
    fast = list(entity_tuple_chunks(_entities(), "run", rows))
    assert plain and fast == plain
    assert sum(len(ids) for ids, _tables in fast) == 4


class _Tagged(Entity):
    """An entity subclass: it keeps its own pickling in the spool."""


def test_entity_spool_gives_back_equal_entities_of_the_same_class(monkeypatch):
    monkeypatch.setattr("newsmill.core.spool.PART_ITEMS", 2)
    given = _entities() + [_Tagged("t1", "org", "戊公司", members=[("d7", "d7:m2")] * 3)]
    want = [attrs.evolve(e, members=list(e.members), timeline=list(e.timeline)) for e in given]
    spool = EntitySpool()
    try:
        for e in given:
            spool.append(e)
        back = list(spool)
        assert [type(e) for e in back] == [Entity] * 4 + [_Tagged]
        for got, exp in zip(back, want):
            assert attrs.evolve(got, members=list(got.members), timeline=list(got.timeline),
                                links=list(got.links)) == exp
        assert isinstance(back[2].members, StreamedItems) and list(back[2].members) == want[2].members
        assert list(spool) == back  # read again, same entities
    finally:
        spool.close()


def _entity_tables(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("entities", "entity_members", "entity_timeline")}
    finally:
        con.close()


def test_entity_chunks_made_after_the_finishing_thread_ended_go_in_unstaged(tmp_path, monkeypatch):
    chunks = list(entity_tuple_chunks(_entities(), "run", 2))
    assert len(chunks) > 5
    plain = SqliteStore(tmp_path / "plain.sqlite")
    plain.con.execute("INSERT INTO runs (id) VALUES ('run')")
    plain.write_entity_values(chunks, "run")
    plain.close()

    staged: list[int] = []
    stage = sq._StagedChunks.__init__

    def counting(self, values):
        stage(self, values)
        staged.append(self._count)

    monkeypatch.setattr(sq._StagedChunks, "__init__", counting)
    store = SqliteStore(tmp_path / "staged.sqlite")
    store.con.execute("INSERT INTO runs (id) VALUES ('run')")
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    store._finishing = thread  # a finishing thread that ends while the third chunk is made

    def made():
        for i, chunk in enumerate(chunks):
            if i == 2:
                release.set()
                thread.join()
            yield chunk

    store.write_entity_values(made(), "run")
    store.close()
    assert staged == [3]  # two made while it ran, the first one after it ended; the rest direct
    want = _entity_tables(tmp_path / "plain.sqlite")
    assert want["entity_members"] and _entity_tables(tmp_path / "staged.sqlite") == want
