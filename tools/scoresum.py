"""Score every held-out set and the shared gold of a checkout, into one JSON file.

    python tools/scoresum.py OUT.json [--repo PATH] [--shared PATH] [--jobs N]

Runs ``newsmill evaluate`` (with the Python running this script, the checkout's code first
on the import path) on each ``tests/data/heldout*/`` set and on ``SHARED/gold`` with the
pages of ``SHARED/corpus``, and writes per set and kind: F1, precision, recall and the
accuracy of each field.  A set whose evaluation fails gets ``{"error": …}`` instead and is
named at the end.  Compare two such files with ``tools/scorediff.py``: the evaluation
sections of ``docs/evaluation.md`` call this the scorediff of a change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Job = tuple[str, Path, list[Path]]


def _set_number(path: Path) -> int:
    digits = path.name.removeprefix("heldout")
    return int(digits) if digits.isdigit() else 0


def jobs_of(repo: Path, shared: Path | None) -> list[Job]:
    """The sets to score: every held-out set in order, then the shared gold when present."""
    sets = sorted((p for p in (repo / "tests" / "data").glob("heldout*") if p.is_dir()), key=_set_number)
    jobs = [(s.name, s, sorted(s.glob("*.txt"))) for s in sets]
    if shared is not None and (shared / "gold").is_dir():
        jobs.append(("shared", shared / "gold", sorted((shared / "corpus").glob("*.txt"))))
    return jobs


def summary(total: dict[str, Any]) -> dict[str, Any]:
    """The figures kept of one evaluation's ``total``: rounded F1, P, R and field accuracies."""
    return {kind: {"f1": round(v["f1"], 3), "p": round(v["precision"], 3), "r": round(v["recall"], 3),
                   "fields": {f: fv.get("accuracy") for f, fv in v.get("fields", {}).items()}}
            for kind, v in total.items()}


def score(job: Job, repo: Path) -> tuple[str, dict[str, Any]]:
    """Evaluate one set with the checkout's code in a fresh process."""
    name, gold, pages = job
    path = os.pathsep.join(filter(None, [str(repo), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path, PYTHONDONTWRITEBYTECODE="1")
    command = [sys.executable, "-m", "newsmill", "evaluate", str(gold), *map(str, pages), "--json"]
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=repo)
    if run.returncode:
        return name, {"error": run.stderr[-2000:] or f"exit status {run.returncode}"}
    return name, summary(json.loads(run.stdout)["total"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the JSON file to write")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the checkout to score (default: this one)")
    ap.add_argument("--shared", type=Path, default=None,
                    help="the shared folder with gold/ and corpus/ (default: REPO/../shared)")
    ap.add_argument("--jobs", type=int, default=2, help="evaluations at once (default 2)")
    args = ap.parse_args(argv)
    repo = args.repo.resolve()
    shared = args.shared if args.shared is not None else repo.parent / "shared"
    jobs = jobs_of(repo, shared)
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        result = dict(pool.map(lambda job: score(job, repo), jobs))
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    failed = [name for name, v in result.items() if "error" in v]
    print(f"scored {len(result)} sets into {args.out}; failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
