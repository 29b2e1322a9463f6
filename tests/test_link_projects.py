"""Linking project records across articles and pages."""

from __future__ import annotations

import datetime as dt
import random

from newsmill.core.model import CorpusRecord, Evidence, Record
from newsmill.plugins.link_projects import org_entities, place_entities, project_entities
from newsmill.zh.project_names import normalize_project_name


def rec(rid: str, name: str, stage: str, *, doc: str, pub: str, status: str = "actual",
        date: str | None = None, city: str | None = "绵州市", county: str | None = None,
        investor: str | None = None, amount: int | None = None) -> CorpusRecord:
    r = Record("project", id=rid, evidence=[Evidence(0, 4, 10, 14, f"{name}{stage}")])
    r.set("name", name)
    r.set("stage", stage, Evidence(5, 7, 15, 17, "开工"))
    r.set("status", status)
    r.set("date", date)
    r.set("location", {"province": "四川省", "city": city, "county": county, "detail": None})
    r.set("investor", investor)
    r.set("investment_cny", amount)
    return CorpusRecord(doc, f"/pages/{doc}.txt", dt.date.fromisoformat(pub), 0, "标题", r)


def three_pages() -> list[CorpusRecord]:
    return [
        rec("d1:r0", "绵州市锂电正极材料产业园项目", "signed", doc="d1", pub="2023-03-02",
            date="2023-03-01", investor="华川锂电科技有限公司", amount=2_800_000_000),
        rec("d2:r3", "锂电正极材料产业园项目", "started", doc="d2", pub="2023-07-15",
            date="2023-07-14", investor="华川锂电", amount=2_800_000_000),
        rec("d3:r1", "绵州锂电正极材料产业园", "in_production", doc="d3", pub="2024-01-20",
            investor="华川锂电科技有限公司", amount=3_000_000_000),
    ]


def test_same_project_three_pages_is_one_timeline():
    ents = project_entities(three_pages())
    assert len(ents) == 1
    e = ents[0]
    assert [ev["stage"] for ev in e.timeline] == ["signed", "started", "in_production"]
    assert [ev["doc_id"] for ev in e.timeline] == ["d1", "d2", "d3"]
    assert e.fields["stage"]["value"] == "in_production"
    assert all(ev["evidence"] for ev in e.timeline)
    # the amount was revised: both kept with their sources, the latest shown, conflict flagged
    inv = e.fields["investment_cny"]
    assert inv["conflict"] and "investment_cny" in e.conflicts
    assert [v["value"] for v in inv["values"]] == [2_800_000_000, 2_800_000_000, 3_000_000_000]
    assert inv["value"] == 3_000_000_000
    assert all("score" in link and link["matched"] for link in e.links)
    assert any("investor" in link["matched"] for link in e.links)


def test_stable_id_whatever_the_order():
    recs = three_pages()
    ids = {project_entities(random.Random(seed).sample(recs, len(recs)))[0].id for seed in range(6)}
    assert len(ids) == 1


def test_similar_names_of_different_projects_do_not_merge():
    recs = [
        rec("a:r0", "锂电池正极材料生产线项目", "started", doc="a", pub="2023-05-01"),
        rec("b:r0", "锂电池负极材料生产线项目", "started", doc="b", pub="2023-05-02"),
        rec("c:r0", "绵州市冷链物流中心项目", "signed", doc="c", pub="2023-05-03"),
        rec("d:r0", "绵州市冷链物流中心项目", "signed", doc="d", pub="2023-05-04", city="德阳市"),
    ]
    ents = project_entities(recs)
    assert len(ents) == 4


def test_phase_one_and_two_stay_apart_and_unphased_joins_the_only_phase():
    recs = [
        rec("a:r0", "生猪良繁保供基地项目(一期)", "started", doc="a", pub="2020-11-20"),
        rec("b:r0", "生猪良繁保供基地项目(二期)", "signed", doc="b", pub="2021-06-01"),
    ]
    assert len(project_entities(recs)) == 2
    recs2 = [
        rec("a:r0", "成都市生猪良繁保供基地项目(一期)", "started", doc="a", pub="2020-11-20",
            city="成都市"),
        rec("b:r0", "成都生猪良繁保供基地项目", "completed", doc="b", pub="2021-09-01",
            city="成都市"),
    ]
    ents = project_entities(recs2)
    assert len(ents) == 1 and ents[0].fields["phase"]["value"] == 1


def test_name_normalization():
    n = normalize_project_name("四川省成都市生猪良繁保供基地项目(一期)", ["四川省", "成都市"])
    assert (n.core, n.phase) == ("生猪良繁保供基地", 1)
    assert normalize_project_name("年产5万吨正极材料项目二期工程").phase == 2
    assert normalize_project_name("首期工程").phase == 1


def test_orgs_and_places_linked():
    orgs = org_entities(three_pages())
    assert len(orgs) == 1 and orgs[0].name == "华川锂电科技有限公司"
    assert len(orgs[0].members) == 3
    places = place_entities(three_pages())
    assert [p.name for p in places] == ["绵州市"]


def test_records_of_other_kinds_are_ignored():
    batch = Record("batch", id="x:r9")
    batch.set("count", 5)
    cr = CorpusRecord("x", "x", None, 0, None, batch)
    assert project_entities([cr]) == []


def test_two_dates_for_one_stage_are_kept_and_flagged():
    recs = [
        rec("a:r0", "白鹭湾冷链物流园项目", "started", doc="a", pub="2023-04-02", date="2023-04-01"),
        rec("b:r0", "白鹭湾冷链物流园项目", "started", doc="b", pub="2023-04-20", date="2023-04-18"),
        rec("c:r0", "白鹭湾冷链物流园项目", "completed", doc="c", pub="2024-02-01", date="2024-01-30"),
    ]
    (e,) = project_entities(recs)
    started = e.fields["stage_dates"]["started"]
    assert started["conflict"] and "date.started" in e.conflicts
    assert [v["value"] for v in started["values"]] == ["2023-04-01", "2023-04-18"]
    assert [v["doc_id"] for v in started["values"]] == ["a", "b"]
    assert not e.fields["stage_dates"]["completed"]["conflict"]
    assert "date.completed" not in e.conflicts


def repeated_pages(copies: int) -> list[CorpusRecord]:
    """The three pages republished many times under new document ids, with several records each."""
    out = []
    for n in range(copies):
        for k, cr in enumerate(three_pages()):
            rid = f"c{n}d{k}:r{n % 12}"
            r = cr.record
            r.id = rid
            out.append(CorpusRecord(f"c{n}d{k}", cr.source, cr.pub_date, 0, "标题", r))
    return out


def test_repeated_corpus_links_the_same_whatever_the_order():
    recs = repeated_pages(40)
    first = project_entities(recs)
    assert len(first) == 1 and len(first[0].members) == 120
    assert len(first[0].timeline) == 120
    for seed in range(3):
        shuffled = random.Random(seed).sample(recs, len(recs))
        assert project_entities(shuffled) == first
    orgs = org_entities(recs)
    assert len(orgs) == 1 and len(orgs[0].members) == 120
    assert orgs[0].name == "华川锂电科技有限公司"
    back = org_entities(list(reversed(recs)))
    assert [(o.id, o.name, o.members) for o in back] == [(o.id, o.name, o.members) for o in orgs]


def test_linker_keeps_one_key_per_distinct_project_not_per_record():
    from newsmill.plugins.link_projects.store import ProjectStore

    store = ProjectStore()
    try:
        for cr in repeated_pages(50):
            store.add(cr)
        assert store.key_count == 3  # three distinct (name, place, investor, amount) among 150 records
        assert sum(1 for _ in store.in_order()) == 150
    finally:
        store.close()



def _located(rid: str, location: dict) -> CorpusRecord:
    r = Record("project", id=rid, evidence=[Evidence(0, 4, 0, 4, "某某项目")])
    r.set("name", f"某某{rid}项目")
    r.set("location", location)
    return CorpusRecord(rid.split(":")[0], "x", None, 0, None, r)


def test_a_county_does_not_take_the_code_of_a_zone_inside_it():
    # a location's code is its most specific part's: here a development zone's,
    # which lies in a city whose counties are named beside it
    zone = "340172"  # 合肥经济技术开发区 in the shipped table, under 合肥市
    recs = [
        _located("a:r0", {"province": "安徽省", "city": "合肥市", "county": "肥西县",
                          "detail": "合肥经济技术开发区", "code": zone}),
        _located("b:r0", {"province": "安徽省", "city": "合肥市", "county": "巢湖市",
                          "detail": "合肥经济技术开发区", "code": zone}),
        _located("c:r0", {"province": "安徽省", "city": "合肥市", "county": "肥西县",
                          "detail": None, "code": "340123"}),
    ]
    places = place_entities(recs)
    ids = [p.id for p in places]
    assert len(ids) == len(set(ids)) == 2
    by_name = {p.name: p for p in places}
    assert by_name["肥西县"].fields["code"] == "340123"
    assert {m[1] for m in by_name["肥西县"].members} == {"a:r0", "c:r0"}
    assert by_name["巢湖市"].fields["code"] != zone


def test_one_unknown_code_with_two_names_gives_two_places_with_their_own_ids():
    recs = [_located("a:r0", {"county": "甲县", "code": "990001"}),
            _located("b:r0", {"county": "乙县", "code": "990001"}),
            _located("c:r0", {"county": "甲县", "code": "990001"})]
    places = place_entities(recs)
    assert sorted(p.name for p in places) == ["乙县", "甲县"]
    assert len({p.id for p in places}) == 2
    assert sum(len(p.members) for p in places) == 3
