"""Money mentions: hand-written snippets and the corpus pages scored against the gold files."""

from __future__ import annotations

import json

import pytest

from newsmill import Pipeline
from newsmill.zh.money import find_money, parse_money

from .numeric_support import SHARED, clean_page, cleaning_pipeline


def money(text: str) -> list[tuple[str, int, str]]:
    return [(text[h.start:h.end], h.value, h.qualifier) for h in find_money(text)]


@pytest.mark.parametrize("text, expected", [
    ("今年一季度共引进项目逾60亿元。", [("逾60亿元", 6000000000, "more_than")]),
    ("签下一笔约3.5亿美元的订单", [("约3.5亿美元", 350000000, "approx")]),
    ("单个项目投资不低于500万元", [("不低于500万元", 5000000, "at_least")]),
    ("对新建工厂最高补贴200万元。", [("200万元", 2000000, "up_to")]),
    ("村里分红十五点八万元", [("十五点八万元", 158000, "exact")]),
    ("累计融资4000余万元", [("4000余万元", 40000000, "more_than")]),
    ("人均增收3万多元", [("3万多元", 30000, "more_than")]),
    ("贷款1,200万元", [("1,200万元", 12000000, "exact")]),
    ("产值 292 亿元", [("292 亿元", 29200000000, "exact")]),
    ("全年营收1.5万亿元左右", [("1.5万亿元左右", 1500000000000, "approx")]),
    ("预计年产值17.3亿元以上", [("17.3亿元以上", 1730000000, "more_than")]),
    ("总额近4亿元。", [("近4亿元", 400000000, "approx")]),
    ("力争打造千亿产值园区", [("千亿", 100000000000, "exact")]),
    ("港资企业投入8000万港元", [("8000万港元", 80000000, "exact")]),
    ("引进外资1.2亿欧元", [("1.2亿欧元", 120000000, "exact")]),
    ("年销售额过亿元", [("过亿元", 100000000, "more_than")]),
    ("带动上亿元投资", [("上亿元", 100000000, "more_than")]),
    ("总投资12亿余元", [("12亿余元", 1200000000, "more_than")]),
    ("吸引数亿元社会资本", [("数亿元", 100000000, "approx")]),
    ("撬动上百亿元投资", [("上百亿元", 10000000000, "more_than")]),
    ("外资企业投资1200万美元左右", [("1200万美元左右", 12000000, "approx")]),
])
def test_money_snippets(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text", [
    "打造千亿级产业集群", "2021年元旦前后", "推动千亿多元产业发展", "坚持多元化发展", "浙江庆元县",
    "年发电10亿千瓦时", "规上工业企业38个", "三元里街道", "统一元数据", "打造百亿元级产业集群",
    "亿元以上企业达到", "第一元件", "2021年元月起施行",
])
def test_not_money(text: str) -> None:
    assert money(text) == []


def test_prices_carry_their_unit() -> None:
    hits = list(find_money("发行价每股12.5元,收购价格2000元/吨左右"))
    assert [(h.per, h.value, h.qualifier) for h in hits] == [("股", 13, "exact"), ("吨", 2000, "approx")]
    assert str(hits[0].amount) == "12.5"  # value rounds half up; the exact amount is kept
    assert [h.per for h in find_money("总投资3亿元")] == [None]


def test_range_gives_two_mentions_sharing_the_range() -> None:
    text = "给予2万元至20万元的一次性奖励"
    hits = list(find_money(text))
    assert [(text[h.start:h.end], h.value, h.range_part) for h in hits] == [
        ("2万元", 20000, "low"), ("20万元", 200000, "high")]
    assert all(h.range == (20000, 200000) for h in hits)
    low, high = list(find_money("项目投资5-10亿元"))
    assert (low.value, high.value, low.unit) == (500000000, 1000000000, "亿元")


def test_parse_money_and_decimal_exactness() -> None:
    hit = parse_money("2502.7亿元")
    assert not isinstance(hit, tuple)
    assert hit.value == 250270000000  # float would give 250269999999.99997
    assert parse_money("三百万").value == 3000000
    vague = parse_money("3000多欧元")
    assert not isinstance(vague, tuple) and vague.bounds == (3000, 4000) and vague.currency == "EUR"
    with pytest.raises(ValueError):
        parse_money("三家企业")


def test_plugin_mentions_through_the_pipeline() -> None:
    p = Pipeline(plugins=["annotate-money"], disable=["hello"])
    doc = p.process("标题\n\n拟投资2.6亿元,其中财政资金约5000万元。")
    ms = [m for m in doc.mentions if m.kind == "money"]
    assert [(m.surface, m.value, m.attributes["qualifier"], m.attributes["unit"]) for m in ms] == [
        ("2.6亿元", 260000000, "exact", "亿元"), ("约5000万元", 50000000, "approx", "万元")]
    assert ms[0].raw_end - ms[0].raw_start == len("2.6亿元")
    assert ms[0].producer.startswith("annotate-money")


def score_pages() -> tuple[int, int, int, int, list[str]]:
    """(gold matched, gold total, mentions correct, mentions total, notes) over the corpus pages."""
    found = gold_total = correct = total = 0
    notes: list[str] = []
    pipeline = cleaning_pipeline()
    assert pipeline is not None
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        raw = (SHARED / "corpus" / gold["page"]).read_text(encoding="utf-8")
        text = clean_page(pipeline, raw)
        hits = list(find_money(text))

        def ok(g: dict, h, text: str = text) -> bool:  # noqa: ANN001
            around = text[max(0, h.start - 12):h.end + 12]
            return h.value == g["value_cny"] and h.qualifier == g["qualifier"] and g["surface"] in around

        golds = gold["money"]
        gold_total += len(golds)
        for g in golds:
            if any(ok(g, h) for h in hits):
                found += 1
            else:
                notes.append(f"{gold['page']}: missed {g['surface']} {g['value_cny']} {g['qualifier']}")
        total += len(hits)
        for h in hits:
            if any(ok(g, h) for g in golds):
                correct += 1
            else:
                notes.append(f"{gold['page']}: extra {text[h.start:h.end]!r} {h.value} {h.qualifier}")
    return found, gold_total, correct, total, notes


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared gold data not available")
def test_money_against_gold_pages() -> None:
    if cleaning_pipeline() is None:
        pytest.skip("the cleaning plugins are not installed")
    found, gold_total, correct, total, notes = score_pages()
    recall, precision = found / gold_total, correct / total
    print(f"\nmoney vs gold: recall {recall:.3f} ({found}/{gold_total}), "
          f"precision {precision:.3f} ({correct}/{total})")
    for n in notes:
        print("  ", n)
    assert recall >= 0.98
    assert precision >= 0.98


@pytest.mark.parametrize("text, expected", [
    ("出口总额首破300亿元", [("破300亿元", 30_000_000_000, "more_than")]),
    ("营收再破千亿元", [("破千亿元", 100_000_000_000, "more_than")]),
    ("价格跌破5元", [("5元", 5, "exact")]),  # falling below is no "more than"
    ("总额破300亿元", [("300亿元", 30_000_000_000, "exact")]),
])
def test_break_the_mark(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全省营收超1.5万亿，同比增长9%", [("超1.5万亿", 1_500_000_000_000, "more_than")]),
    ("全市GDP突破6万亿", [("突破6万亿", 6_000_000_000_000, "more_than")]),
    ("当年完成投资3.2亿。", [("3.2亿", 320_000_000, "exact")]),
])
def test_sum_in_yi_without_yuan_after_its_noun(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text", ["年发电量10亿千瓦时，", "全市人口1.2亿，", "营收超千亿级", "签约项目3亿。"])
def test_bare_yi_without_a_money_noun_is_not_money(text: str) -> None:
    assert money(text) == []


@pytest.mark.parametrize("text, expected", [
    ("每户获得3万多元补贴", [("3万多元", 30000, "more_than")]),
    ("合作社分得三万多元红利", [("三万多元", 30000, "more_than")]),
    ("一期投资3亿多元建设厂房", [("3亿多元", 300000000, "more_than")]),
    ("他领到3000多元奖金", [("3000多元", 3000, "more_than")]),
    ("村集体增收十万多元收入", [("十万多元", 100000, "more_than")]),
    ("两户共获5万余元赔偿", [("5万余元", 50000, "more_than")]),
])
def test_more_than_yuan_before_a_noun(text: str, expected: list) -> None:
    assert money(text) == expected


@pytest.mark.parametrize("text", [
    "培育百亿多元产业集群", "打造两千亿多元产业体系", "构建5个多元主体共治格局", "形成万亿多元化市场",
])
def test_diversified_after_a_number_is_not_money(text: str) -> None:
    assert money(text) == []
