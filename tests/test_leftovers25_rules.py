"""Rules for misses the eighty-fourth and eighty-eighth held-out sets listed, each on phrasings of its
own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _projects(page: str) -> dict[str, dict]:
    doc = Pipeline().process(page, pub_date=dt.date(2025, 6, 18))
    return {str(r.get("name")): {"capacity": r.get("capacity"),
                                 "detail": (r.get("location") or {}).get("detail")}
            for r in doc.records if r.kind == "project"}


_HEAD = "祁门县重点项目建设提速\n\n本报讯 今年以来，祁门县一批重点工程加快推进，进度好于往年。\n\n"


def _one(line: str, name: str | None = None) -> dict:
    found = _projects(_HEAD + line + "\n")
    if name is not None:
        return found[name]
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_goods_a_park_turns_over_a_year_named_before_their_weight_are_its_capacity() -> None:
    got = _one("由安徽祁红物流有限公司投资3.5亿元建设的祁门县城西公铁联运物流园项目，"
               "占地260亩，投用后年吞吐散装矿石和建材120万吨。")
    assert got["capacity"] == "年吞吐散装矿石和建材120万吨"


def test_a_port_s_throughput_of_last_year_is_no_capacity() -> None:
    got = _one("由安徽祁红物流有限公司投资3.5亿元建设的祁门县城西公铁联运物流园项目，占地260亩，"
               "今年3月开工，投用后将分流该县货运站的货物，货运站去年年吞吐量达到80万吨。")
    assert got["capacity"] is None


def test_a_power_plant_s_yearly_generation_is_its_capacity_where_no_size_is_told() -> None:
    got = _one("祁门县平里镇农光互补光伏电站项目由安徽祁能新能源有限公司投资2.8亿元建设，"
               "并网后每年发电，年发电量预计可达9600万千瓦时。")
    assert got["capacity"] == "年发电量预计可达9600万千瓦时"


def test_a_power_plant_s_installed_size_comes_before_its_generation() -> None:
    got = _one("祁门县平里镇农光互补光伏电站项目总投资2.8亿元，今年5月开工，"
               "装机容量12万千瓦，建成后年发电量约1.4亿千瓦时。")
    assert got["capacity"] == "装机容量12万千瓦"


def test_the_town_a_project_starts_in_after_its_amount_is_its_detail() -> None:
    got = _one("竣工项目中，安徽祁红茶业有限公司红茶精制加工项目，总投资1.6亿元，"
               "今年4月12日在平里镇开工，建成后年产值5亿元。")
    assert got["detail"] == "平里镇"


def test_a_town_two_clauses_after_the_amount_is_no_detail() -> None:
    got = _one("竣工项目中，安徽祁红茶业有限公司红茶精制加工项目，总投资1.6亿元，主要建设精制车间，"
               "其原料基地在平里镇建成。", "安徽祁红茶业有限公司红茶精制加工项目")
    assert got["detail"] is None


def _batches(page: str) -> list[tuple[object, object]]:
    doc = Pipeline().process(page, pub_date=dt.date(2025, 6, 18))
    return [(r.get("event"), r.get("count")) for r in doc.records if r.kind == "batch"]


_FAIR = ("东至县在合肥举办招商推介会\n\n本报讯 6月16日，东至县在合肥举办文旅康养产业招商推介会，"
         "30余家企业负责人参会。{line}\n")


def test_projects_offered_at_a_fair_before_their_count_are_planned() -> None:
    got = _batches(_FAIR.format(line="推介会上，东至县面向客商推出招商项目36个，总投资约180亿元。"))
    assert ("planned", 36) in got


def test_projects_offered_with_their_count_first_are_planned() -> None:
    got = _batches(_FAIR.format(line="会上，该县发布了28个文旅招商项目，总投资约96亿元。"))
    assert ("planned", 28) in got


def test_a_count_of_projects_started_is_not_read_as_offered() -> None:
    got = _batches(_FAIR.format(line="今年以来，东至县推出一系列惠企政策，新开工项目19个，总投资52亿元。"))
    assert ("planned", 19) not in got


def _investors(page: str) -> dict[str, object]:
    doc = Pipeline().process(page, pub_date=dt.date(2025, 6, 18))
    return {str(r.get("name")): r.get("investor") for r in doc.records if r.kind == "project"}


_STARTS = "祁门县三季度新开工项目7个\n\n本报讯 今年三季度，祁门县新开工项目7个，总投资16亿元。{line}\n"


def test_a_landform_heading_a_road_s_name_is_no_brand() -> None:
    got = _investors(_STARTS.format(line="其中，牯牛降峡谷旅游公路改造工程于9月开工，总投资2.1亿元。"))
    assert got == {"牯牛降峡谷旅游公路改造工程": None}


def test_a_lake_heading_a_resort_s_name_is_no_brand() -> None:
    got = _investors(_STARTS.format(line="其中，月牙湖康养度假区项目于8月开工，总投资3.2亿元。"))
    assert got == {"月牙湖康养度假区项目": None}


def test_a_brand_heading_a_plant_s_name_is_still_its_investor() -> None:
    got = _investors(_STARTS.format(line="其中，祁润新材料生产基地项目于8月开工，总投资3.2亿元。"))
    assert got == {"祁润新材料生产基地项目": "祁润"}
