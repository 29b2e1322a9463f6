"""The mapping of JioNLP ``extract_money`` output used by ``benchmarks/money_vs_jionlp.py``.

jionlp itself is not needed: the results below are written in its output format
(``text``, ``offset``, ``detail`` with ``num``, ``case``, ``definition``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsmill import Pipeline
from newsmill.core.model import Document
from newsmill.zh.gold import document_to_gold

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "money_vs_jionlp.py"


@pytest.fixture(scope="module")
def bench() -> Any:
    spec = importlib.util.spec_from_file_location("money_vs_jionlp", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["money_vs_jionlp"] = module
    spec.loader.exec_module(module)
    return module


RAW = ("開發區(qū)今年引進項目12個，總投資逾35億元，其中5至8億元用於廠房，"
       "另有3000余萬元補助、近2億元貸款，單筆最高不超過500萬元，外資約120萬美元左右。")


def found_in(clean: str) -> list[dict[str, Any]]:
    """jionlp-shaped results for the spans of the sample, located in the cleaned text."""
    def item(text: str, num: Any, definition: str, case: str = "元") -> dict[str, Any]:
        start = clean.index(text)
        return {"text": text, "offset": [start, start + len(text)], "type": "money",
                "detail": {"num": num, "case": case, "definition": definition}}

    return [
        item("12个", "12.00", "accurate"),
        item("逾35亿元", "3500000000.00", "blur+"),
        item("5至8亿元", ["500000000.00", "800000000.00"], "blur"),
        item("3000余万元", ["30000000.00", "40000000.00"], "blur"),
        item("近2亿元", "200000000.00", "blur-"),
        item("不超过500万元", "5000000.00", "blur-"),
        item("约120万美元左右", "1200000.00", "blur", "美元"),
    ]


def test_mapping_gives_gold_items_on_raw_spans(bench: Any) -> None:
    doc = Pipeline(disable=["hello"]).process_document(Document.from_text(RAW), stages=["clean"])
    assert "(qū)" not in doc.clean and "亿" in doc.clean
    mentions = bench.jionlp_mentions(doc, found_in(doc.clean))
    gold = document_to_gold(attrs.evolve(doc, mentions=mentions))
    items = [(m["surface"], m["value_cny"], m["qualifier"]) for m in gold["money"]]
    assert items == [
        ("12個", 12, "exact"),
        ("逾35億元", 3_500_000_000, "more_than"),
        ("5至8億元", 500_000_000, "exact"),
        ("5至8億元", 800_000_000, "exact"),
        ("3000余萬元", 30_000_000, "more_than"),
        ("近2億元", 200_000_000, "approx"),
        ("不超過500萬元", 5_000_000, "up_to"),
        ("約120萬美元左右", None, "approx"),
    ]
    assert {RAW[m.raw_start:m.raw_end] for m in mentions} == {g["surface"] for g in gold["money"]}


def test_strict_counts_a_wrong_qualifier_as_miss_and_false_hit(bench: Any) -> None:
    from newsmill.zh.evaluation import KindScore

    s = KindScore("money", gold=4, pred=5, matched=4)
    s.wrong.append({"field": "qualifier"})
    s.wrong.append({"field": "other"})
    ok, p, r, f = bench.strict(s)
    assert (ok, p, r) == (3, 3 / 5, 3 / 4)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_missing_venv_is_reported(bench: Any, tmp_path: Path) -> None:
    assert "does not exist" in bench.jionlp_ready(str(tmp_path / "nope" / "python"))
    assert bench.jionlp_ready(None)
