"""Evaluation: lenient location of gold evidence, pairing rules, the gold writer and the corpus floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.zh.evaluation import format_table, score_page, total
from newsmill.zh.surface import Locator, norm_name, similarity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

RAW = ("## 某市新签约项目12个\n"
       "本报讯(记者 王小明)3月2日,某市举行招商签约仪式,共签约项目12个,签约金额86.5亿元。"
       "其中,甲公司年产5万吨新材料项目总投资20亿元。\n")


def _pred_item(raw: str, needle: str, **values: object) -> dict:
    i = raw.index(needle)
    return {**values, "evidence": needle, "_spans": [[i, i + len(needle)]], "_article": 0}


def test_locator_is_lenient_on_script_spaces_and_pinyin() -> None:
    raw = "今年全區(qū)新開工項(xiàng)目 36 個,總投資 45億元"
    loc = Locator(raw)
    spans = loc.find("全区新开工项目36个")
    assert len(spans) == 1
    s, e = spans[0]
    assert raw[s:e].startswith("全區") and raw[s:e].endswith("個")
    assert loc.find("新竣工项目") == []


def test_similarity_prefers_containment() -> None:
    assert similarity("甲公司新材料", "甲公司新材料") == 1.0
    assert similarity("甲公司新材料", "新材料") > 0.6
    assert similarity("甲公司新材料", "乙集团物流园") < 0.3
    assert norm_name("“甲” 公司,") == norm_name('"甲"公司，')


def test_values_are_strict_and_places_must_agree() -> None:
    gold = {
        "page": "x.txt",
        "articles": [{"headline": "某市新签约项目12个", "first_words": "本报讯(记者 王小明)3月2日"}],
        "money": [{"surface": "86.5亿元", "value_cny": 8650000000, "qualifier": "exact",
                   "evidence": "签约金额86.5亿元"},
                  {"surface": "20亿元", "value_cny": 2000000000, "qualifier": "exact",
                   "evidence": "项目总投资20亿元"}],
        "projects": [{"name": "甲公司年产5万吨新材料项目", "stage": "signed", "status": "actual",
                      "investment_cny": 2000000000, "evidence": "甲公司年产5万吨新材料项目"}],
        "batches": [{"count": 12, "total_cny": 8650000000, "event": "signed",
                     "evidence": "共签约项目12个,签约金额86.5亿元"}],
        "indicators": [],
        "cleaning": {"must_contain": ["招商签约仪式"], "must_not_contain": ["## "]},
    }
    pred = {
        "articles": [{"headline": "某市新签约项目 12 个", "first_words": "本报讯(记者 王小明)3月2日",
                      "_spans": [[0, len(RAW)]]}],
        "money": [_pred_item(RAW, "86.5亿元", surface="86.5亿元", value_cny=8650000000,
                             qualifier="exact"),
                  _pred_item(RAW, "20亿元", surface="20亿元", value_cny=200000000,
                             qualifier="exact")],
        "projects": [_pred_item(RAW, "甲公司年产5万吨新材料项目", name="甲公司年产5万吨新材料项目",
                                stage="signed", status="target", investment_cny=2000000000)],
        "batches": [_pred_item(RAW, "共签约项目12个", count=12, total_cny=8650000000,
                               event="signed")],
        "indicators": [_pred_item(RAW, "12个", value=12, unit="个")],
        "cleaned_text": RAW,
    }
    s = score_page(gold, pred, RAW, "x.json")
    assert (s["articles"].matched, s["articles"].gold) == (1, 1)
    # a wrong amount is a miss and a false hit, never a match
    assert s["money"].matched == 1 and len(s["money"].misses) == 1 and len(s["money"].false_hits) == 1
    assert s["projects"].matched == 1
    assert s["projects"].accuracy("stage") == 1.0 and s["projects"].accuracy("status") == 0.0
    assert s["batches"].f1 == 1.0
    assert s["indicators"].precision == 0.0 and s["indicators"].recall == 1.0
    assert s["cleaning"].recall == 1.0 and s["cleaning"].precision == 0.5
    report = format_table(total([s]))
    assert "money" in report and "false hits" in report


def test_foreign_currency_matches_on_its_surface() -> None:
    raw = "全年进出口总额12.5亿美元,另有3000万美元外资到位。\n"
    gold = {"page": "y.txt", "articles": [], "projects": [], "batches": [], "indicators": [],
            "money": [{"surface": "12.5亿美元", "value_cny": None, "qualifier": "exact",
                       "evidence": "进出口总额12.5亿美元"},
                      {"surface": "3000万美元", "value_cny": None, "qualifier": "exact",
                       "evidence": "另有3000万美元"}],
            "cleaning": {"must_contain": [], "must_not_contain": []}}
    pred = {"articles": [], "projects": [], "batches": [], "indicators": [], "cleaned_text": raw,
            "money": [_pred_item(raw, "12.5亿美元", surface="12.5亿美元", value_cny=None, qualifier="exact"),
                      _pred_item(raw, "3000万美元", surface="3000万元", value_cny=None, qualifier="exact")]}
    s = score_page(gold, pred, raw, "y.json")
    # same surface: a match; another surface without a yuan value: a miss and a false hit
    assert s["money"].matched == 1 and len(s["money"].misses) == 1 and len(s["money"].false_hits) == 1


def test_gold_writer_writes_every_key(tmp_path: Path) -> None:
    page = tmp_path / "sample_page.txt"
    page.write_text(RAW, encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(page), "--format", "gold", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    data = json.loads((out / "sample_page.json").read_text(encoding="utf-8"))
    for key in ("page", "articles", "money", "projects", "batches", "indicators", "cleaning",
                "cleaned_text"):
        assert key in data
    assert data["cleaned_text"].startswith("## 某市")
    assert not any(k.startswith("_") for a in data["articles"] for k in a)
    for kind in ("projects", "batches", "indicators", "money"):
        for item in data[kind]:
            assert item["evidence"] and item["evidence"] in RAW


def test_evaluate_names_a_bad_gold_file(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(RAW, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p.json").write_text("{not json", encoding="utf-8")
    r = CliRunner().invoke(cli, ["evaluate", str(gold), str(tmp_path / "p.txt")])
    assert r.exit_code != 0
    assert "p.json" in r.output


# Per-kind floors on the corpus gold. The stage issues' targets are: articles P/R >= 0.95,
# money P/R >= 0.98, projects F1 >= 0.80, batches F1 >= 0.85, indicators F1 >= 0.75, stage/amount/
# location right on >= 90% of matched projects. A floor sits at the target when it is reached, else
# just under the measured score; raise floors as quality improves, never lower them silently.
FLOORS = {
    "articles": ("recall", 0.95),
    "money": ("recall", 0.98),
    "projects": ("f1", 0.99),  # 1.000 measured (60/60)
    "batches": ("f1", 0.99),  # 1.000 measured (53/53)
    "indicators": ("f1", 0.99),  # 1.000 measured, 53/53 (0.981 before firms counted after 户外贸)
    "cleaning": ("recall", 0.95),
}
EXTRA_FLOORS = [("money", "precision", 0.98), ("articles", "precision", 0.95),
                # at the measured level: rules written for other pages must not add false hits here
                ("projects", "precision", 1.0), ("batches", "precision", 1.0),
                ("indicators", "precision", 0.98), ("indicators", "recall", 0.99)]
FIELD_FLOORS = {
    ("projects", "stage"): 0.90,
    ("projects", "status"): 0.85,
    ("projects", "location"): 0.98,  # 60/60
    ("projects", "investor"): 0.96,  # 31/31
    ("projects", "investment_cny"): 0.90,  # 2/2 measured: any wrong amount fails
    ("batches", "count"): 0.95,
    ("batches", "event"): 0.80,
    ("indicators", "unit"): 0.95,
    ("indicators", "period"): 0.96,  # 50/52 (45/48, and 35/47 before totals since an opening, the last
    # twelve months and slogans' goals were read; 6/42 before goals were written 2023(目标))
    ("indicators", "region"): 0.98,  # 51/52
}


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared gold not available")
def test_corpus_scores_reach_floors() -> None:
    r = CliRunner().invoke(cli, ["evaluate", str(SHARED / "gold"), str(SHARED / "corpus"), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    tot = data["total"]
    print("\n" + "\n".join(f"{k:<11} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
                           for k, v in tot.items()))
    assert len(data["pages"]) == 3
    for kind, (metric, floor) in FLOORS.items():
        assert tot[kind][metric] >= floor, (kind, metric, tot[kind][metric])
    for kind, metric, floor in EXTRA_FLOORS:
        assert tot[kind][metric] >= floor, (kind, metric, tot[kind][metric])
    for (kind, field), floor in FIELD_FLOORS.items():
        acc = tot[kind]["fields"][field]["accuracy"]
        assert acc is not None and acc >= floor, (kind, field, acc)


def test_gold_writer_names_archive_members_by_their_stem(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a/first.txt", RAW)
        z.writestr("second.txt", "全县新开工项目12个,总投资30亿元。")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["run", str(archive), "--format", "gold", "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.glob("*.json")) == ["first.json", "second.json"]
    second = json.loads((out / "second.json").read_text(encoding="utf-8"))
    assert [(b["count"], b["total_cny"]) for b in second["batches"]] == [(12, 3_000_000_000)]
