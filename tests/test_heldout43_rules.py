"""Rules the misses of the forty-third held-out set called for, each on phrasings of its own.

The set is district and county news of Chongqing: a municipal daily's district pages and a district
or county media centre's portal pages, with the municipality's two levels (districts and counties,
then streets, towns and villages), its zones and platforms, and stories naming several districts.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 8, 20))


def _one(page: str, word: str):
    found = [r for name, r in projects(page).items() if word in (name or "")]
    assert len(found) == 1, list(projects(page))
    return found[0]


def _batches(page: str) -> list:
    return [r for r in doc(page).records if r.kind == "batch"]


# --- statistics of several districts ------------------------------------------------------------------

def test_rates_of_listed_districts_take_the_measure_told_before() -> None:
    page = ("前7月全市消费市场回暖\n\n本报讯 1-7月,全市社会消费品零售总额同比增长5.6%。"
            "从区县看,渝北区、南岸区分别增长8.2%、7.4%。\n")
    got = {(r.get("region"), r.get("metric"), r.get("value")) for r in indicators(page)}
    assert ("渝北区", "社会消费品零售总额", 8.2) in got
    assert ("南岸区", "社会消费品零售总额", 7.4) in got
    # a list with its own measure keeps it
    own = ("本报讯 1-7月,渝北区、南岸区固定资产投资分别增长6.1%、3.3%。\n")
    assert {r.get("metric") for r in indicators(own)} == {"固定资产投资"}


def test_a_part_of_the_land_after_qizhong_is_a_rate_of_the_measure_before() -> None:
    page = "本报讯 1-7月,全市规模以上工业增加值同比增长6.9%,其中主城都市区增长7.5%。\n"
    rates = sorted((r.get("value"), r.get("metric")) for r in indicators(page))
    assert rates == [(6.9, "规模以上工业增加值"), (7.5, "规模以上工业增加值")]


def test_two_rates_given_in_turn_after_fenbie_then_tongbi() -> None:
    page = ("本报讯 上半年,巴南区接待游客980万人次,实现旅游综合收入61.2亿元,"
            "分别同比增长8.8%、9.9%。\n")
    got = {r.get("metric"): r.get("growth_pct") for r in indicators(page)}
    assert got.get("旅游综合收入") == 9.9
    assert any(m and "游客" in m and g == 8.8 for m, g in got.items())


# --- places: districts, zones of the municipality --------------------------------------------------

def test_a_municipal_zone_is_named_as_the_municipality_writes_it() -> None:
    page = ("本报讯 1-7月,重庆两江新区规上工业产值同比增长8.7%。7月,西永综保区进出口总额320.5亿元。\n")
    assert {r.get("region") for r in indicators(page)} == {"两江新区", "西永综合保税区"}


def test_a_paragraph_opening_on_a_district_places_its_projects() -> None:
    page = ("多区工业投资提速\n\n本报讯 渝北区的工业投资增长最快。今年5月,"
            "某某精密轴承项目在渝北区空港工业园区建成投产,总投资12亿元。\n\n"
            "巴南区则以生物医药为支撑。在界石镇,某某疫苗产业化项目正在加快建设,总投资18亿元。\n")
    loc = _one(page, "疫苗").get("location")
    assert (loc["county"], loc["detail"]) == ("巴南区", "界石镇")


def test_a_zone_spanning_districts_has_no_county() -> None:
    page = ("某区项目签约\n\n来源:某区融媒体中心\n\n8月18日,南岸区举行项目签约活动。"
            "其中,某某光电显示模组项目投资22亿元,落户西部科学城重庆高新区。\n")
    loc = _one(page, "光电显示").get("location")
    assert loc["county"] is None and "重庆高新区" in loc["detail"]
    # a park of the district itself keeps the district
    own = ("某区项目签约\n\n8月18日,南岸区举行项目签约活动。"
           "其中,某某光电显示模组项目投资22亿元,落户南岸区茶园工业园区。\n")
    assert _one(own, "光电显示").get("location")["county"] == "南岸区"


def test_a_park_settled_in_within_the_projects_own_item_is_its_detail() -> None:
    page = ("某区项目签约\n\n本报讯 8月18日,沙坪坝区集中签约项目6个。其中,精密电子元件项目投资6亿元,"
            "落户西永综保区;冷链分拨中心项目投资2亿元,落户重庆某某港城物流园区。\n")
    assert _one(page, "冷链分拨").get("location")["detail"] == "重庆某某港城物流园区"
    assert "西永" in _one(page, "电子元件").get("location")["detail"]


# --- names and stages of a batch's works --------------------------------------------------------------

def test_a_works_with_its_own_supporting_works_is_one_name() -> None:
    page = ("某镇项目竣工\n\n本报讯 8月18日,某某县客运枢纽站及配套设施建设项目竣工,总投资6500万元。\n")
    assert _one(page, "客运枢纽站").get("name") == "某某县客运枢纽站及配套设施建设项目"


def test_the_main_venues_project_takes_the_batchs_event_and_day() -> None:
    page = ("某区项目集中开工\n\n本报讯 8月18日,某某区三季度重点项目集中开工活动举行,"
            "此次集中开工的9个项目总投资41.3亿元。\n\n"
            "主会场所在的新型储能电池项目由某某能源科技有限公司投资15亿元建设,建成后可年产储能电池10GWh。\n")
    r = _one(page, "储能电池")
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "actual", "2025-08-18")


def test_the_main_venues_project_stands_where_the_ceremony_was_held() -> None:
    page = ("某区项目集中开工\n\n本报讯 8月18日,南岸区三季度重点项目集中开工活动在迎龙镇举行,"
            "此次集中开工的7个项目总投资28.6亿元。\n\n"
            "主会场所在的智能家电配件项目由某某电器有限公司投资6亿元建设,建成后可年产家电配件500万套。\n")
    loc = _one(page, "家电配件").get("location")
    assert (loc["county"], loc["detail"]) == ("南岸区", "迎龙镇")


def test_a_main_venue_yet_to_be_built_among_starts_and_completions() -> None:
    page = ("某县项目集中开竣工\n\n本报讯 8月18日,某某县重点项目集中开竣工活动在某某工业园区举行。"
            "此次集中开工项目6个,总投资15.2亿元;集中竣工项目4个,总投资5.1亿元。\n\n"
            "主会场的再生铝项目由某某新材料有限公司投资4亿元建设,建成后可年产再生铝20万吨。\n")
    r = _one(page, "再生铝")
    assert (r.get("stage"), r.get("date")) == ("started", "2025-08-18")


def test_a_headline_count_summing_the_bodys_batches_is_no_batch() -> None:
    page = ("某县10个项目集中开竣工\n\n本报讯 8月18日,某某县重点项目集中开竣工活动举行。"
            "此次集中开工项目6个,总投资15.2亿元;集中竣工项目4个,总投资5.1亿元。\n")
    assert sorted(r.get("count") for r in _batches(page)) == [4, 6]
    # a headline count the body does not give stays a batch
    alone = ("某县12个项目集中签约\n\n本报讯 8月18日,某某县举行招商推介会,现场签约一批项目,"
             "协议金额36亿元。\n")
    assert 12 in {r.get("count") for r in _batches(alone)}


# --- cleaning -------------------------------------------------------------------------------------

def test_a_site_name_then_its_crumbs_is_furniture() -> None:
    for line in ("某县融媒体中心  首页 > 本地新闻 > 经济", "某某区新闻网　　网站首页 » 区县动态"):
        kind = classify_text([line], 0)
        assert kind is not None and kind[0] == "furniture", line
    # a sentence that names a home page and an arrow stays text
    assert classify_text(["打开首页 > 点击报名即可参加活动。"], 0) is None
