"""The disk spool that holds corpus records until linking."""

import datetime as dt

from newsmill.core.model import CorpusRecord, Evidence, Record
from newsmill.core.spool import RecordSpool


def record(i: int) -> CorpusRecord:
    r = Record("project", id=f"d{i}:r0", evidence=[Evidence(0, 2, 0, 2, "项目")])
    r.set("name", f"第{i}号项目", Evidence(0, 2, 0, 2, "项目"))
    return CorpusRecord(f"d{i}", f"p{i}.txt", dt.date(2023, 1, 1 + i % 28), 0, "标题", r)


def test_spool_gives_back_every_record_in_order_any_number_of_times():
    spool = RecordSpool()
    spool.extend(record(i) for i in range(50))
    first = list(spool)
    spool.extend([record(50)])  # appending after a pass still works
    second = list(spool)
    assert len(spool) == 51 and len(second) == 51
    assert [c.doc_id for c in second] == [f"d{i}" for i in range(51)]
    assert second[:50] == first
    assert second[7].record.get("name") == "第7号项目" and spool[-1].doc_id == "d50"
    spool.close()


def test_chunks_encoded_elsewhere_decode_to_equal_records():
    from newsmill.core.spool import encode_records

    r = Record("project", id="d9:r3", evidence=[Evidence(0, 2, 5, 7, "项目"), Evidence(3, 4, 9, 10, "期")],
               article=2, confidence=0.75, producer="x@1")
    r.set("name", "绿色数据中心", Evidence(0, 6, 0, 6, "绿色数据中心"), Evidence(8, 9, 8, 9, "心"))
    r.set("location", {"province": "某省", "city": None})
    r.set("investment_cny", 1_200_000_000)
    r.set("stage", None)
    originals = [CorpusRecord("d9", "p9.txt", None, 2, None, r), record(3)]
    chunk, count = encode_records(originals)
    spool = RecordSpool()
    spool.extend_encoded(chunk, count)
    spool.extend_encoded(*encode_records([]))  # an empty chunk adds nothing
    spool.extend([record(4)])
    back = list(spool)
    assert len(spool) == 3 and back[:2] == originals and back[2] == record(4)
    assert back[0].record.fields["name"].evidence[1].text == "心"
    spool.close()


def test_entity_spool_reads_back_in_order_and_truncates_to_a_mark():
    from newsmill.core.model import Entity
    from newsmill.core.spool import EntitySpool

    spool = EntitySpool()
    for i in range(3):
        spool.append(Entity(id=f"e{i}", kind="k", name=f"第{i}", members=[("d", f"d:r{i}")]))
    mark = spool.mark()
    spool.append(Entity(id="dropped", kind="k", name="x"))
    spool.truncate(mark)
    spool.append(Entity(id="e3", kind="k", name="第3"))
    assert len(spool) == 4 and [e.id for e in spool] == ["e0", "e1", "e2", "e3"]
    assert spool[1].members == [("d", "d:r1")] and list(spool) == list(spool)
    spool.close()
