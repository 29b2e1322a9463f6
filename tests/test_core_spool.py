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
