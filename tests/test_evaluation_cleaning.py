"""The cleaning check of ``evaluate``: noise kept inside flagged furniture/captions is not left-over noise."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsmill import Pipeline
from newsmill.core.cli import cli
from newsmill.zh.evaluation import FLAGGED_KEY, flagged_spans, found_outside, score_page
from tests.cleaning_support import body_text

PAGE = ("# 临水县新签约项目8个\n\n"
        "本报讯（记者 赵一）3月5日，临水县举行招商签约仪式，共签约项目8个，签约金额32亿元。"
        "其中，乙公司新能源装备项目计划总投资12亿元。\n\n"
        "责任编辑：钱二\n")
GOLD = {"page": "p.txt", "articles": [], "money": [], "projects": [], "batches": [], "indicators": [],
        "cleaning": {"must_contain": ["招商签约仪式"], "must_not_contain": ["责任编辑", "## "]}}


def test_found_outside_ignores_hits_wholly_inside_a_flagged_span() -> None:
    text = "正文甲乙。编辑甲乙"
    assert found_outside(text, "甲乙", [])
    assert found_outside(text, "甲乙", [(5, 9)])        # the first hit is in the body
    assert not found_outside(text, "编辑", [(5, 9)])
    assert found_outside(text, "。编辑", [(5, 9)])      # only partly inside
    assert not found_outside(text, "丙", [])


def _cleaning(cleaned: str, flagged: list[list[int]] | None) -> list:
    pred = {"cleaned_text": cleaned}
    if flagged is not None:
        pred[FLAGGED_KEY] = flagged
    return score_page(GOLD, pred, cleaned)["cleaning"].fields["must_not_contain"]


def test_score_counts_noise_in_the_body_only() -> None:
    cleaned = "举行招商签约仪式。\n责任编辑：钱二"
    flag = [[cleaned.index("责任"), len(cleaned)]]
    assert _cleaning(cleaned, flag) == [2, 2]
    assert _cleaning(cleaned, None) == [1, 2]
    body_too = "责任编辑说，举行招商签约仪式。\n责任编辑：钱二"
    assert _cleaning(body_too, [[body_too.index("\n") + 1, len(body_too)]]) == [1, 2]


def test_evaluate_agrees_with_the_body_check(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "p.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")

    doc = Pipeline(disable=["hello"]).process(page)
    assert "责任编辑" in doc.clean and "责任编辑" not in body_text(doc)
    assert any(a <= doc.clean.index("责任编辑") < b for a, b in flagged_spans(doc))

    result = CliRunner().invoke(cli, ["-p", "no:hello", "evaluate", str(gold_dir), str(page), "--json"])
    assert result.exit_code == 0, result.output
    cleaning = json.loads(result.output)["total"]["cleaning"]
    assert cleaning["fields"]["must_not_contain"]["correct"] == 2
    assert cleaning["fields"]["must_not_contain"]["accuracy"] == 1.0
    assert not cleaning["false_hits"]
