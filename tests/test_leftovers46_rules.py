"""Rules for what the hundred-and-eleventh and hundred-and-thirteenth held-out sets still missed, each
on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(body: str) -> list[tuple[object, object, object]]:
    page = "秦岭南麓园区建设观察\n\n" + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2025, 8, 6))
    return [(r.get("region"), r.get("value"), r.get("unit")) for r in doc.records if r.kind == "indicator"]


def test_firms_a_park_will_hold_are_no_statistic() -> None:
    found = _indicators("洋县食品产业园二期厂房已完成主体施工，年内将有9家食品加工企业入园。")
    assert not any(v == 9 and u == "家" for _, v, u in found)


def test_firms_still_to_come_after_the_works_are_no_statistic() -> None:
    found = _indicators("秦安县电商产业园孵化楼预计10月交付，届时还将有14家企业陆续入驻。")
    assert not any(v == 14 and u == "家" for _, v, u in found)


def test_firms_a_place_holds_now_stay_a_statistic() -> None:
    found = _indicators("上半年，柞水县规模以上工业企业达到63家，比上年同期增长8.6%。")
    assert any(v == 63 and u == "家" for _, v, u in found)


def test_the_workers_a_plant_hires_are_no_statistic() -> None:
    found = _indicators("西乡县食品产业园今年引进的陕南茶业有限公司年产2000吨茶饮料项目3月签约,5月就投产了,"
                         "总投资1.6亿元,年产值可达3亿元,招用工人460余名。")
    assert not any(v == 460 for _, v, _ in found)


def test_the_workers_a_place_helps_firms_hire_stay_a_statistic() -> None:
    found = _indicators("今年以来，商南县人社局帮助园区企业招聘技术工人1200余名。")
    assert any(v == 1200 for _, v, _ in found)


def test_land_handed_to_counted_firms_is_no_statistic() -> None:
    found = _indicators("8月5日，宁强县循环经济产业园向首批4家入园企业集中交付工业用地共计186亩，"
                        "4个项目同日开工。")
    assert not any(v == 186 for _, v, _ in found)


def test_land_a_place_handed_over_this_year_stays_a_statistic() -> None:
    found = _indicators("今年以来，平凉市崆峒区已向企业交付工业用地640亩，同比增长12.5%。")
    assert any(v == 640 for _, v, _ in found)



def test_matters_listed_before_their_count_are_no_statistic() -> None:
    found = _indicators("武山县经济开发区上半年实现工业总产值36亿元。园区还为外资企业开设“涉外服务专窗”，"
                        "上半年办结外资企业设立、变更等事项215件。")
    assert not any(v == 215 for _, v, _ in found)
    assert any(v == 3600000000 for _, v, _ in found)


def test_livelihood_projects_summed_are_no_matters() -> None:
    found = _indicators("甘谷县今年实施民生实事项目共计需投入资金，上半年全县规模以上工业增加值增长9.2%。")
    assert any(v == 9.2 for _, v, _ in found)


def test_a_building_s_floor_area_alone_is_no_statistic() -> None:
    found = _indicators("华亭市工业园区正在建设的还有园区孵化大楼项目，总建筑面积3.4万平方米，预计年底完工。")
    assert not any(u == "万平方米" for _, _, u in found)


def test_a_place_s_floors_named_by_their_kind_stay_a_statistic() -> None:
    found = _indicators("上半年，灵台县新开工保障性住房面积12.6万平方米，同比增长15.2%。")
    assert any(v == 12.6 for _, v, _ in found)
