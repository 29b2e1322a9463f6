"""Fast paths in plugin code give the answers of the plain definitions they replace."""

from __future__ import annotations

import random

from newsmill.core.model import CorpusRecord, Document, Record
from newsmill.plugins.link_projects import org_entities
from newsmill.zh.recctx import CLAUSE_END, RecordContext


def _scan_start(text: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and not CLAUSE_END.match(text[i - 1]):
        i -= 1
    return i


def _scan_end(text: str, pos: int, ceiling: int) -> int:
    i = pos
    while i < ceiling and not CLAUSE_END.match(text[i]):
        i += 1
    return i


def test_clause_bounds_match_a_character_scan():
    rnd = random.Random(11)
    for _ in range(200):
        text = "".join(rnd.choice("项目签约，。；:\n甲乙") for _ in range(rnd.randint(0, 25)))
        ctx = RecordContext(Document.from_text(text))
        for a in range(len(text) + 1):
            for b in range(len(text) + 1):
                assert ctx.clause_start(a, b) == _scan_start(text, a, b)
                assert ctx.clause_end(a, b) == _scan_end(text, a, b)


def _record(i: int, investor: str) -> CorpusRecord:
    r = Record("project", id=f"d{i}:r0")
    r.set("investor", investor)
    return CorpusRecord(f"d{i}", "s", None, 0, None, r)


def test_short_org_names_join_their_only_longer_form_among_many():
    names = [f"远山{c}{d}材料有限公司" for c in "甲乙丙丁" for d in "子丑寅卯"]
    records = [_record(i, n) for i, n in enumerate(names)]
    records.append(_record(99, "远山甲子"))           # short form of exactly one longer key: joins
    records.append(_record(98, "远山甲"))             # starts four longer keys: stays apart
    by_name = {}
    for e in org_entities(records):
        for n in e.fields["names"]:
            by_name[n] = e
    assert by_name["远山甲子"] is by_name["远山甲子材料有限公司"]
    assert by_name["远山甲"].fields["names"] == ["远山甲"]
    assert len({id(e) for e in by_name.values()}) == len(names) + 1
