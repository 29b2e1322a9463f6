"""Linking on sample pages written for the purpose: one project over three pages, look-alikes, phases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli

PAGES = Path(__file__).parent / "data" / "link_pages"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("link") / "out"
    res = CliRunner().invoke(cli, ["run", str(PAGES), "-o", str(out), "-q", "-p", "no:hello"])
    assert res.exit_code == 0, res.output
    return out / "newsmill.sqlite"


def projects(db: Path, *args: str) -> list[dict]:
    res = CliRunner().invoke(cli, ["projects", str(db), "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def by_name(found: list[dict], *needles: str) -> list[dict]:
    return [p for p in found if all(n in p["name"] for n in needles)]


def test_one_project_followed_over_three_pages(db):
    found = by_name(projects(db), "华川锂电正极材料产业园")
    main = [p for p in found if "二期" not in p["name"]]
    assert len(main) == 1
    timeline = main[0]["timeline"]
    assert [e["stage"] for e in timeline] == ["signed", "started", "in_production"]
    assert len({e["doc_id"] for e in timeline}) == 3
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)
    assert all(e["evidence"] and "华川锂电正极材料产业园" in e["evidence"] for e in timeline)
    assert main[0]["fields"]["stage"]["value"] == "in_production"


def test_phase_two_is_its_own_project(db):
    phase2 = by_name(projects(db), "华川锂电正极材料产业园", "二期")
    assert len(phase2) == 1
    assert [e["stage"] for e in phase2[0]["timeline"]] == ["signed"]


def test_look_alike_projects_stay_apart(db):
    found = by_name(projects(db), "云岭光伏")
    assert len(found) == 2
    assert {len(p["timeline"]) for p in found} == {1}


def test_filters_and_stable_ids(db, tmp_path):
    started = projects(db, "--stage", "signed")
    assert started and all(p["fields"]["stage"]["value"] == "signed" for p in started)
    assert projects(db, "--place", "不存在的地方") == []
    ids = {p["id"] for p in projects(db)}
    # the same pages again, in a fresh output, give the same ids
    out = tmp_path / "again"
    CliRunner().invoke(cli, ["run", *sorted(map(str, PAGES.iterdir()), reverse=True),
                             "-o", str(out), "-q", "-p", "no:hello"])
    assert {p["id"] for p in projects(out / "newsmill.sqlite")} == ids
