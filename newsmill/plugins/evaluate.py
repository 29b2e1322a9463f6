"""Command ``newsmill evaluate GOLD_DIR PATH...``: score the pipeline against gold files.

Each processed page is compared with ``GOLD_DIR/<file stem>.json`` (the
gold format); pages without a gold file are skipped with a note.  Prints
per-kind precision/recall/F1, per-field accuracy on matched items, and the
misses and false hits with their evidence; ``--json`` prints the same as JSON.
Matching rules: ``docs/evaluation.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from newsmill.core.hookspecs import hookimpl

# The scorer (``newsmill.zh.evaluation``, ``newsmill.zh.gold``) is imported by the functions that
# use it: loading the plugin, as every run does, then costs nothing for it (see docs/scale.md).


def _stem(source: str) -> str:
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file, with a clear error naming it when it is not valid gold JSON."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise click.ClickException(f"{path}: cannot read gold file: {e}") from None
    if not isinstance(data, dict):
        raise click.ClickException(f"{path}: gold file must hold a JSON object")
    return data


def evaluate(pipeline: Any, gold_dir: Path, paths: list[str]) -> dict[str, Any]:
    """Run ``pipeline`` on ``paths`` and score every page that has a gold file."""
    from newsmill.zh.evaluation import FLAGGED_KEY, flagged_spans, score_page, total
    from newsmill.zh.gold import document_to_gold

    pages = []
    notes: list[dict[str, str]] = []
    for doc in pipeline.run(paths):
        gold_path = gold_dir / f"{_stem(doc.source)}.json"
        if not gold_path.is_file():
            notes.append({"page": doc.source, "reason": "skipped, no gold file"})
            continue
        if doc.failed and not doc.raw:
            notes.append({"page": doc.source,
                            "reason": "skipped: " + "; ".join(p.message for p in doc.problems)})
            continue
        errors = [f"{p.stage} ({p.plugin}): {p.message}" for p in doc.problems if p.level == "error"]
        if errors:
            notes.append({"page": doc.source, "reason": "scored despite errors: " + "; ".join(errors)})
        gold = load_gold(gold_path)
        pred = document_to_gold(doc)
        pred[FLAGGED_KEY] = flagged_spans(doc)
        scores = score_page(gold, pred, doc.raw, page=gold_path.name)
        pages.append((gold_path.name, scores))
    summary = total(s for _, s in pages)
    return {"total": summary, "pages": pages, "notes": notes}


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--max-items", type=click.IntRange(min=0), default=10, show_default=True,
              help="Misses and false hits listed per kind in the table.")
@click.pass_context
def evaluate_command(ctx: click.Context, gold_dir: str, paths: tuple[str, ...], as_json: bool,
                     max_items: int) -> None:
    """Score the pipeline on PATH... against the gold files in GOLD_DIR (same file stem).

    \b
    Examples:
      newsmill evaluate gold/ pages/
      newsmill evaluate gold/ pages/ --json > scores.json
      newsmill -p no:extract-batches evaluate gold/ pages/
    """
    from newsmill.core.cli import make_pipeline
    from newsmill.zh.evaluation import KINDS, format_table

    pipeline = make_pipeline(ctx)
    result = evaluate(pipeline, Path(gold_dir), list(paths))
    for s in result["notes"]:
        click.echo(f"note: {s['page']}: {s['reason']}", err=True)
    if not result["pages"]:
        raise click.ClickException(f"no page under {', '.join(paths)} has a gold file in {gold_dir}")
    if as_json:
        out = {
            "total": {k: result["total"][k].to_dict() for k in KINDS},
            "pages": [{"page": name, "kinds": {k: s[k].to_dict() for k in KINDS}}
                      for name, s in result["pages"]],
            "notes": result["notes"],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{len(result['pages'])} pages scored against {gold_dir}\n")
    click.echo(format_table(result["total"], max_items=max_items))


@hookimpl
def newsmill_cli(cli: click.Group) -> None:
    """Add ``newsmill evaluate``."""
    cli.add_command(evaluate_command)
