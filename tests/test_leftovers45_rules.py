"""Rules for what the hundred-and-tenth and hundred-and-fourth held-out sets still missed, each on
phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _records(body: str, kind: str) -> list[object]:
    page = "鲁西发展纪实\n\n" + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2025, 11, 12))
    return [r for r in doc.records if r.kind == kind]


def _project_names(body: str) -> list[object]:
    return [r.get("name") for r in _records(body, "project")]


def test_a_kind_of_works_a_whole_province_built_by_its_length_is_no_project() -> None:
    names = _project_names("全市今年已建成农村公路安全生命防护工程1200余公里，排查隐患路段300处。")
    assert not any(n and "安全生命防护工程" in n for n in names)


def test_a_kind_of_works_a_whole_county_completed_by_its_length_is_no_project() -> None:
    names = _project_names("今年以来，全县累计完成城乡供水管网改造工程86公里，惠及茌平区群众3万人。")
    assert not any(n and "改造工程" in n for n in names)


def test_one_works_told_by_its_length_stays_a_project() -> None:
    names = _project_names("全县今年开工的茌平区城乡供水一体化工程全长86公里，总投资2.1亿元。")
    assert "茌平区城乡供水一体化工程" in names


def test_one_works_finished_without_a_region_wide_scope_stays_a_project() -> None:
    names = _project_names("齐河县城区雨污分流改造工程已完工，新建管网38公里。")
    assert "齐河县城区雨污分流改造工程" in names


def test_a_bus_station_s_new_site_put_in_trial_service_is_a_project() -> None:
    names = _project_names("·成武县汽车客运站新站投入试运营，总投资1.2亿元，日发送旅客能力8000人次。")
    assert "成武县汽车客运站新站" in names


def test_a_bus_station_s_new_site_opened_after_its_date_is_a_project() -> None:
    names = _project_names("5月20日，巨野县汽车客运站新站正式启用，总投资0.9亿元，设发车位24个。")
    assert "巨野县汽车客运站新站" in names


def test_a_new_station_told_as_a_place_is_no_project() -> None:
    names = _project_names("旅客可在曹县高铁新站换乘公交车前往市区，车程约20分钟。")
    assert not any(n and "新站" in n for n in names)


def _indicators(body: str) -> list[tuple[object, object, object]]:
    return [(r.get("region"), r.get("value"), r.get("unit")) for r in _records(body, "indicator")]


def test_what_one_works_built_while_under_way_is_no_statistic() -> None:
    found = _indicators("该工程建设中，定陶区将防洪与公园建设结合起来，沿河新建绿道12.4公里、亲水平台8处。")
    assert not any(u == "公里" for _, _, u in found)


def test_what_a_works_laid_during_its_building_is_no_statistic() -> None:
    found = _indicators("在项目施工过程中，陵城区同步铺设雨水管网6.3公里。")
    assert not any(u == "公里" for _, _, u in found)


def test_what_a_county_built_along_its_river_stays_a_statistic() -> None:
    found = _indicators("今年以来，武城县沿河建成滨水步道9.6公里，群众休闲有了好去处。")
    assert ("武城县", 9.6, "公里") in found


def test_the_shops_a_street_block_renewed_by_a_firm_brought_in_are_its_own() -> None:
    found = _indicators("该街区由单县城市发展集团有限公司投资1.1亿元改造，引入小吃、文创和茶饮等商户92家。")
    assert not any(u == "家" for _, _, u in found)


def test_the_shops_an_old_town_built_by_a_firm_drew_are_its_own() -> None:
    found = _indicators("曹县古城由县文旅集团投资3.2亿元打造，引进特色餐饮、文创等商户140余家。")
    assert not any(u == "家" for _, _, u in found)


def test_the_shops_a_county_added_stay_a_statistic() -> None:
    found = _indicators("今年以来，成武县新增各类商户1260家，市场主体活力持续增强。")
    assert ("成武县", 1260, "家") in found


def test_the_visitors_of_a_street_block_built_by_a_firm_stay_the_place_s() -> None:
    found = _indicators("该街区由巨野县文旅投资有限公司投资2.4亿元建设. 开街首个周末,街区接待游客3.6万人次。")
    assert any(u == "人次" for _, _, u in found)
