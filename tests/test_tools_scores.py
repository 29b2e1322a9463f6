"""The scoring tools of ``tools/``: every held-out set scored, and what moved between two runs."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scoresum = _tool("scoresum")
scorediff = _tool("scorediff")


def _scores(f1: float, stage: float) -> dict:
    return {"projects": {"f1": f1, "p": 1.0, "r": f1, "fields": {"stage": stage}}}


def test_jobs_take_the_sets_in_numeric_order_then_the_shared_gold(tmp_path: Path) -> None:
    for name in ("heldout10", "heldout", "heldout2"):
        (tmp_path / "tests" / "data" / name).mkdir(parents=True)
        (tmp_path / "tests" / "data" / name / "000_a.txt").write_text("页", encoding="utf-8")
    (tmp_path / "tests" / "data" / "heldout3.txt").write_text("not a set", encoding="utf-8")
    shared = tmp_path / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "corpus").mkdir()
    names = [name for name, _gold, _pages in scoresum.jobs_of(tmp_path, shared)]
    assert names == ["heldout", "heldout2", "heldout10", "shared"]
    assert [name for name, *_ in scoresum.jobs_of(tmp_path, tmp_path / "absent")][-1] == "heldout10"


def test_summary_rounds_and_keeps_field_accuracies() -> None:
    total = {"money": {"f1": 0.98765, "precision": 1.0, "recall": 0.97561,
                       "fields": {"qualifier": {"accuracy": 0.5, "n": 2}}}}
    assert scoresum.summary(total) == {"money": {"f1": 0.988, "p": 1.0, "r": 0.976,
                                                 "fields": {"qualifier": 0.5}}}


def test_changes_list_falls_rises_and_sets_not_compared() -> None:
    before = {"heldout1": _scores(0.9, 0.8), "heldout2": _scores(1.0, 1.0), "gone": _scores(1.0, 1.0),
              "broken": {"error": "boom"}}
    after = {"heldout1": _scores(0.95, 0.7), "heldout2": _scores(1.0, 1.0), "new": _scores(1.0, 1.0),
             "broken": _scores(1.0, 1.0)}
    down, up, other = scorediff.changes(before, after)
    assert down == ["heldout1 projects.stage: 0.8 -> 0.7"]
    assert up == ["heldout1 projects f1: 0.9 -> 0.95", "heldout1 projects r: 0.9 -> 0.95"]
    assert other == ["broken: failed before", "gone: only in before", "new: only in after"]


@pytest.mark.parametrize(("after", "status"), [(0.9, 0), (0.8, 1)])
def test_scorediff_exits_non_zero_when_anything_fell(tmp_path: Path, after: float, status: int,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"heldout1": _scores(0.9, 1.0)}), encoding="utf-8")
    b.write_text(json.dumps({"heldout1": _scores(after, 1.0)}), encoding="utf-8")
    assert scorediff.main([str(a), str(b)]) == status
    out = capsys.readouterr().out
    assert out.startswith("DOWN:") and ("f1: 0.9 -> 0.8" in out) == bool(status)


def test_score_runs_the_evaluation_of_one_set_with_the_checkouts_code() -> None:
    gold = REPO / "tests" / "data" / "heldout"
    name, result = scoresum.score(("heldout", gold, sorted(gold.glob("*.txt"))[:1]), REPO)
    assert name == "heldout" and "error" not in result
    assert set(result) >= {"articles", "money", "projects", "batches", "indicators"}
    assert result["articles"]["f1"] > 0.5 and 0.0 <= result["projects"]["p"] <= 1.0
