"""The scorer and the report renderer are imported only when a run or a command needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.core.pipeline import Pipeline

LAZY = ("newsmill.zh.evaluation", "newsmill.zh.gold", "newsmill.report")

PAGE = ("本报讯（记者 周立新）3月8日，青禾县智能农机装备产业园项目签约仪式举行。"
        "该项目由江临机械集团投资，总投资12亿元，主要建设农机整机生产线。\n")


def test_loading_the_plugins_leaves_the_scorer_and_renderer_out() -> None:
    code = ("import sys; from newsmill.core.pipeline import Pipeline; Pipeline(); "
            f"print([m for m in {LAZY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_evaluate_imports_the_scorer_when_it_runs(tmp_path: Path) -> None:
    from newsmill.plugins.evaluate import evaluate

    page = tmp_path / "p1.txt"
    page.write_text(PAGE, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p1.json").write_text(json.dumps({"mentions": [], "records": []}), encoding="utf-8")
    result = evaluate(Pipeline(), gold, [str(page)])
    assert [name for name, _ in result["pages"]] == ["p1.json"]
    assert "newsmill.zh.evaluation" in sys.modules
    # the command prints the same table as the scorer imported beforehand
    from newsmill.zh.evaluation import format_table

    res = CliRunner().invoke(cli, ["evaluate", str(gold), str(page)])
    assert res.exit_code == 0, res.output
    assert format_table(result["total"]) in res.output


def test_gold_and_html_writers_import_what_they_need(tmp_path: Path) -> None:
    page = tmp_path / "p1.txt"
    page.write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["run", str(page), "-o", str(tmp_path / "out"), "-q",
                                    "--format", "gold", "--format", "html"])
    assert res.exit_code == 0, res.output
    from newsmill.zh.gold import document_to_gold, strip_private

    want = strip_private(document_to_gold(Pipeline().process(page)))
    got = json.loads((tmp_path / "out" / "p1.json").read_text(encoding="utf-8"))
    assert got == json.loads(json.dumps(want, ensure_ascii=False))
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "青禾县" in html
