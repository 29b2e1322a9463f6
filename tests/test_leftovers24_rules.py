"""Rules for misses the eighty-sixth and eighty-seventh held-out sets listed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(page: str) -> dict[str, tuple[object, object]]:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 11, 20))
    return {str(r.get("metric")): (r.get("value"), r.get("unit"))
            for r in doc.records if r.kind == "indicator"}


def _page(body: str) -> str:
    return "临沧日报　2024年11月20日\n\n城区更新惠及万余户\n\n本报讯 " + body + "\n"


def test_lifts_fitted_and_parking_added_are_a_renewal_s_works() -> None:
    found = _indicators(_page("今年以来，临翔区在老旧小区改造中加装电梯27部，新增公共停车位960个。"))
    assert not any(v in ((27, "部"), (960, "个")) for v in found.values())


def test_bridges_made_safe_are_a_statistic_in_either_word_order() -> None:
    found = _indicators(_page("今年全市改造危桥18座，新改建农村公路260公里。"))
    assert found.get("改造危桥") == (18, "座")
    found = _indicators(_page("今年凤庆县完成农村公路危桥改造11座。"))
    assert any(v == (11, "座") for k, v in found.items() if "危桥" in k)


def test_parking_spaces_a_works_builds_are_none() -> None:
    found = _indicators(_page("该项目总投资2.1亿元，配建停车位420个。"))
    assert not any(v == (420, "个") for v in found.values())


def test_substations_a_grid_put_in_service_are_counted() -> None:
    found = _indicators(_page("今年全省电网完成投资96亿元，投运220千伏变电站12座。"))
    assert any(k.endswith("变电站") and v == (12, "座") for k, v in found.items())
    found = _indicators(_page("截至目前，全市累计建成投运公共充电站318座。"))
    assert any(k.endswith("充电站") and v == (318, "座") for k, v in found.items())


def test_substations_one_works_builds_are_no_statistic() -> None:
    found = _indicators(_page("该工程位于城北新区，新建110千伏变电站2座，总投资3.6亿元。"))
    assert not any(v == (2, "座") for v in found.values())


def test_villages_a_road_or_bus_reached_are_counted() -> None:
    found = _indicators(_page("今年全县新增通客车建制村41个，农村公路总里程达到2180公里。"))
    assert found.get("新增通客车建制村") == (41, "个")
    found = _indicators(_page("目前，全市通硬化路的自然村达到1260个。"))
    assert any(k.endswith("自然村") and v == (1260, "个") for k, v in found.items())


def test_villages_a_road_runs_through_are_no_count_of_them() -> None:
    found = _indicators(_page("这条公路建成后将贯通沿线行政村12个。"))
    assert not any(v == (12, "个") for v in found.values())


def test_a_bare_spending_after_the_works_a_place_built_is_theirs() -> None:
    found = _indicators(_page("今年全县改建通村公路186公里，完成投资2.4亿元。"))
    assert found.get("通村公路完成投资") == (240000000, "CNY")
    found = _indicators(_page("今年以来，全市整治供水、排水等地下管网98公里，累计完成投资1.2亿元。"))
    assert found.get("地下管网完成投资") == (120000000, "CNY")


def test_a_works_own_progress_takes_no_works_name() -> None:
    found = _indicators(_page("该工程今年新建道路5公里，完成投资2亿元。"))
    assert "道路完成投资" not in found


def test_a_per_head_measure_after_sites_built_is_the_place_s() -> None:
    found = _indicators(_page("全市12处城市口袋公园已建成开放，全市人均公园绿地面积达到14.6平方米。"))
    assert any(k.endswith("人均公园绿地面积") and v == (14.6, "平方米") for k, v in found.items())


def test_a_floor_built_after_sites_built_stays_no_statistic() -> None:
    found = _indicators(_page("该中心已建成投用，新增仓储面积4.5万平方米。"))
    assert not any(v == (45000, "平方米") for v in found.values())


def test_visits_clinics_treated_are_a_statistic() -> None:
    found = _indicators(_page("今年1至10月，全县村卫生室接诊群众21.4万人次，同比增长6.2%。"))
    assert any("接诊群众" in k and v == (214000, "人次") for k, v in found.items())


def test_people_a_team_served_stay_no_statistic() -> None:
    found = _indicators(_page("今年以来，志愿服务队走访慰问群众3200人次。"))
    assert not any(v == (3200, "人次") for v in found.values())
