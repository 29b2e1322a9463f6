"""Rules for what the hundred-and-fifteenth held-out set still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(body: str) -> list[tuple[object, object, object]]:
    page = "辽东乡村振兴观察\n\n" + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2025, 11, 12))
    return [(r.get("region"), r.get("value"), r.get("unit")) for r in doc.records if r.kind == "indicator"]


def test_a_threshold_every_village_passes_is_no_statistic() -> None:
    found = _indicators("截至9月底，岫岩县新建村级光伏电站17座，全县203个村集体经济收入全部超过15万元。")
    assert not any(v == 150000 for _, v, _ in found)


def test_a_threshold_told_after_the_town_is_no_statistic() -> None:
    found = _indicators("今年，新宾县旺清门镇14个村的村集体经济收入全部超过30万元，其中超过60万元的村有5个。")
    assert not any(v == 300000 for _, v, _ in found)


def test_a_place_s_collective_income_stays_a_statistic() -> None:
    found = _indicators("前三季度，庄河市村级集体经济收入总额达到1.26亿元，同比增长11.3%。")
    assert any(v == 126000000 for _, v, _ in found)


def test_what_a_grower_sells_for_more_is_no_statistic() -> None:
    found = _indicators("有了这座烘干中心，彰武县的花生种植户每公斤花生可多卖2元至4元。")
    assert not any(v == 4 and u == "CNY" for _, v, u in found)


def test_what_a_grower_earns_more_in_a_year_is_no_statistic() -> None:
    found = _indicators("“合作社统一收购以后，我一年能多挣八千多元。”清原县湾甸子镇果农说。")
    assert not any(v == 8000 for _, v, _ in found)


def test_a_county_s_farm_income_stays_a_statistic() -> None:
    found = _indicators("今年前三季度，康平县农村居民人均可支配收入达到14620元，同比增长7.2%。")
    assert any(v == 14620 for _, v, _ in found)
