"""Checks shared by the held-out sets (tests/data/heldout*): gold evidence on its page, score floors."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsmill import Pipeline
from newsmill.core.cli import cli
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.surface import Locator

DATA = Path(__file__).resolve().parent / "data"

#: kind → {metric: floor}
Floors = dict[str, dict[str, float]]
#: (kind, field) → floor of field accuracy on matched items
FieldFloors = dict[tuple[str, str], float]


def pages_of(folder: Path) -> list[Path]:
    """The pages of a held-out set, in name order."""
    return sorted(folder.glob("*.txt"))


def check_gold_evidence(folder: Path, min_pages: int) -> None:
    """Every page has its gold file, and every gold evidence is found on the page."""
    pages = pages_of(folder)
    assert len(pages) >= min_pages
    for page in pages:
        gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        assert gold["page"] == page.name
        loc = Locator(page.read_text(encoding="utf-8"))
        for kind in ("money", "projects", "batches", "indicators"):
            for item in gold[kind]:
                assert loc.find(item["evidence"]), (page.name, kind, item["evidence"])


def check_floors(folder: Path, label: str, floors: Floors, field_floors: FieldFloors) -> None:
    """Score the set with ``newsmill evaluate``, print the table, and fail below any floor."""
    pages = pages_of(folder)
    r = CliRunner().invoke(cli, ["evaluate", str(folder), *map(str, pages), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    tot = data["total"]
    print(f"\n{label}\n" + "\n".join(
        f"{k:<11} gold={v.get('gold', '')!s:>4} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
        for k, v in tot.items()))
    assert len(data["pages"]) == len(pages)
    low = [(kind, metric, round(tot[kind][metric], 3), floor)
           for kind, metrics in floors.items() for metric, floor in metrics.items()
           if tot[kind][metric] < floor]
    low += [(kind, field, tot[kind]["fields"][field]["accuracy"], floor)
            for (kind, field), floor in field_floors.items()
            if (tot[kind]["fields"][field]["accuracy"] or 0.0) < floor]
    assert not low, (low, data.get("notes"))


def page_helpers(day: dt.date) -> tuple[Callable[..., Any], Callable[[str], dict], Callable[[str], list]]:
    """Helpers for rule tests on pages of their own, published on ``day`` unless told otherwise.

    ``doc(page, day=day)`` is the processed document; ``projects(page)`` its
    project records by name; ``indicators(page)`` its indicator records.
    """
    dated, records, projects = rule_helpers(day)

    def doc(page: str, on: dt.date = day) -> Any:
        return dated(page, on)

    def indicators(page: str) -> list:
        return records(page, "indicator")

    return doc, projects, indicators


def rule_helpers(day: dt.date) -> tuple[Callable[..., Any], Callable[..., list], Callable[[str], dict]]:
    """Helpers for rule tests on pages of their own, published on ``day`` unless told otherwise.

    ``doc(page, day=day)`` is the processed document (``day=None``: undated);
    ``records(page, kind, day=day)`` its records of one kind; ``projects(page)``
    its project records by name.
    """
    def doc(page: str, day: dt.date | None = day) -> Any:
        return Pipeline().process(page, pub_date=day)

    def records(page: str, kind: str, day: dt.date | None = day) -> list:
        return [r for r in doc(page, day).records if r.kind == kind]

    def projects(page: str) -> dict[str, Any]:
        return {r.get("name"): r for r in records(page, "project")}

    return doc, records, projects


def places(text: str) -> list[tuple[str, str]]:
    """(text matched, division) of every place the gazetteer finds in ``text``."""
    return [(text[m.start:m.end], m.division.name) for m in Gazetteer.default().find(text)]
