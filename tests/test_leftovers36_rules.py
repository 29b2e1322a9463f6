"""Rules for misses the hundredth, hundred-and-second and hundred-and-third held-out sets listed, each on
phrasings of its own (Jilin's Huadian, Shulan, Panshi, Dehui, Taonan, Antu, Gongzhuling and Baicheng;
Heilongjiang's Yilan, Bin county, Tieli under Yichun, Jiayin)."""

from __future__ import annotations

import datetime as dt

from newsmill.core.model import Record
from newsmill.plugins.extract_indicators.figures import _total_of, goods_value_of, households_of_estates
from tests.heldout_support import rule_helpers

_doc, records, _projects = rule_helpers(dt.date(2026, 6, 20))


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _batches(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "batch")]


def _values(page: str) -> dict:
    return {r["value"]: r for r in _indicators(page)}


# --- old estates: the households they hold, a round's estates ----------------------------------------

def test_households_counted_bare_after_old_estates_are_theirs() -> None:
    got = _values("本报讯 记者近日从桦甸市住建局获悉,今年桦甸市计划改造城镇老旧小区23个、涉及2140户,"
                  "总投资1.8亿元。")
    assert got[2140]["metric"] == "老旧小区改造涉及户数"
    assert got[2140]["unit"] == "户"
    assert got[2140]["region"] == "桦甸市"


def test_households_after_another_count_are_not_the_estates() -> None:
    assert households_of_estates("培育规上企业", "涉及") is None
    assert households_of_estates("改造老旧小区", "居民") == "老旧小区居民"
    assert 2960 not in _values("本报讯 今年舒兰市培育规上企业16个、农户2960户。")


def test_a_renewal_rounds_estates_and_households_told_with_its_count_are_statistics() -> None:
    got = _values("本报讯 5月8日,舒兰市第二批城市更新项目集中开工。此次开工项目9个,总投资14.2亿元,"
                  "涉及老旧小区16个、居民2960户,将同步实施管网改造。")
    assert got[16]["metric"] == "涉及老旧小区"
    assert got[2960]["metric"] == "涉及居民"
    assert got[2960]["region"] == "舒兰市"


def test_estates_after_the_one_project_a_tour_visited_stay_its_own() -> None:
    got = _values("本报讯 观摩团来到舒兰市北山小区改造项目现场。今年全市改造老旧小区23个,涉及居民4100户。")
    assert 23 not in got and 4100 not in got


def test_estates_and_facilities_after_a_rounds_completions_are_statistics() -> None:
    got = _values("本报讯 据了解,宾县去年实施的第一批9个有机更新项目已完工8个,累计改造老旧小区13个,"
                  "新增养老托育设施7处。")
    assert got[13]["period"] == "2025"
    assert got[7]["metric"] == "新增养老托育设施"


def test_spending_after_estates_renewed_is_theirs() -> None:
    got = _values("本报讯 2021年以来,依兰县累计改造城镇老旧小区64个、惠及居民7210户,完成投资4.3亿元。")
    assert got[430000000]["metric"] == "城镇老旧小区完成投资"


def test_spending_after_a_roads_length_keeps_its_works() -> None:
    got = _values("本报讯 今年以来,依兰县新改建农村公路86公里,完成投资2.3亿元。")
    assert got[230000000]["metric"] == "农村公路完成投资"


# --- totals after a count added, canteens for elders --------------------------------------------------

def test_a_total_after_firms_added_in_a_period_counts_the_same_firms() -> None:
    page = ("伊春工业快讯\n\n本报讯 今年以来,伊春市工业经济稳中有进。\n\n"
            "●铁力市上半年新增规模以上工业企业6家,总数达到52家。\n")
    got = _values(page)
    assert got[52]["metric"] == "规模以上工业企业总数"
    assert got[52]["region"] == "铁力市"


def test_a_total_after_a_figure_of_no_addition_takes_no_metric_of_it() -> None:
    r = Record(kind="indicator")
    r.set("metric", "上半年规模以上工业企业营业收入")
    assert _total_of(r, "总数") is None


def test_canteens_in_all_and_the_elders_they_serve_are_statistics() -> None:
    got = _values("本报讯 今年以来,依兰县新建社区长者饭堂9家,累计达到41家,日均服务老年人2600人次。")
    assert got[41]["unit"] == "家"
    assert got[2600]["metric"] == "日均服务老年人"


def test_elders_served_with_no_canteens_counted_are_left() -> None:
    assert 2600 not in _values("本报讯 今年以来,依兰县养老院日均服务老年人2600人次。")


def test_homes_counted_in_ten_thousands_are_written_out() -> None:
    got = _indicators("本报讯 截至目前,洮南市累计筹集保障性租赁住房1.26万套。")
    assert [(r["value"], r["unit"]) for r in got] == [(12600, "套")]


def test_an_output_in_ten_thousands_keeps_its_unit() -> None:
    got = _indicators("本报讯 今年前5月,洮南市汽车产量1.26万辆。")
    assert [(r["value"], r["unit"]) for r in got] == [(1.26, "万辆")]


# --- a works' own figures ------------------------------------------------------------------------------

def test_what_a_works_finished_adds_is_its_own() -> None:
    assert not _indicators("本报讯 ■磐石市滨河公园二期工程日前完工,新增绿地面积8.4万平方米,已向市民开放。")
    assert not _indicators("本报讯 今年磐石市第二批更新项目全部完工后，老城区将新增绿地面积3.1万平方米。")
    assert not _indicators("本报讯 蛟河市城区供水管网改造工程已更换老旧管道18公里。")


def test_a_places_green_area_added_stays_a_statistic() -> None:
    got = _indicators("本报讯 今年以来,磐石市新增绿地面积38万平方米。")
    assert [r["value"] for r in got] == [38]


def test_beds_after_a_new_site_put_in_use_are_the_hospitals() -> None:
    assert not _indicators("本报讯 院方介绍,新院区投用后,医院开放床位由900张增加到1600张。")


def test_first_tenants_of_a_housing_works_are_no_statistic() -> None:
    assert not _indicators("本报讯 9月2日,德惠市滨河保障性租赁住房项目交付使用,首批214户新市民领到钥匙。")


def test_households_a_place_helps_stay_a_statistic() -> None:
    got = _indicators("本报讯 今年德惠市新增脱贫户就业214户。")
    assert [r["value"] for r in got] == [214]


def test_machines_and_crews_on_a_site_are_no_statistic() -> None:
    assert not _indicators("本报讯 开工当天,现场投入装载机、渣土车等机械30余台,施工人员160余人。")


def test_machines_a_county_adds_stay_a_statistic() -> None:
    got = _indicators("本报讯 今年以来,安图县新增工程机械320台。")
    assert [r["value"] for r in got] == [320]


# --- a rent capped, a speaker's aim --------------------------------------------------------------------

def test_a_rent_capped_as_a_share_of_the_market_is_no_statistic() -> None:
    assert not _indicators("本报讯 市住建局负责人表示,今年将在园区周边布局房源,"
                           "租金不高于同地段同品质市场租赁住房租金的85%。")


def test_a_speakers_own_aim_is_no_statistic() -> None:
    got = _indicators("本报讯 “园区就近配套率去年提高到了28%,我们的目标是两年内超过45%。”")
    assert 45.0 not in [r["value"] for r in got]


def test_a_places_rate_stays_a_statistic() -> None:
    got = _indicators("本报讯 今年以来,德惠市农产品加工转化率达到68%。")
    assert [r["value"] for r in got] == [68.0]


# --- freight trains: the value of the goods they carried ---------------------------------------------

def test_a_bare_value_of_goods_after_the_boxes_is_the_trains() -> None:
    got = _values("本报讯 今年1—5月,白城中欧班列累计开行36列,同比增长28.6%,发运货物2960标箱,货值7.4亿元。")
    assert got[740000000]["metric"] == "中欧班列货值"
    assert got[740000000]["period"] == "2026-01/2026-05"


def test_a_value_of_goods_with_nothing_moving_them_is_left() -> None:
    assert goods_value_of(["进出口货物"]) is None
    assert goods_value_of(["发运货物", "中欧班列累计开行"]) == "中欧班列货值"


def test_routes_the_trains_or_buses_run_are_statistics() -> None:
    got = _values("本报讯 目前,白城中欧班列已开通至德国、波兰等国的线路6条,本地货源占比提高到五成。")
    assert got[6]["metric"] == "中欧班列线路"
    got = _values("本报讯 为推广氢能应用,白城市已开通氢能公交线路4条,投运氢燃料电池重卡90辆。")
    assert got[4]["unit"] == "条"


def test_a_tours_routes_and_routes_aimed_at_are_left() -> None:
    assert not _indicators("本报讯 今年,通榆县开通低空旅游航线5条。")
    assert not _indicators("本报讯 通榆县力争三年内开通低空物流航线10条。")
    assert not _indicators("本报讯 今年通榆县推出精品旅游线路6条。")


def test_declarations_filed_are_counted_in_piao_and_written_out() -> None:
    got = _values("本报讯 今年一季度,图们市完成进出口总额36.3亿元,申报跨境电商清单860万票。")
    assert got[8600000]["unit"] == "票"
    assert not _indicators("本报讯 会议以52票赞成通过决议,实行一票否决。")


# --- plants retired, mines made intelligent, one mine's own figures ------------------------------------

def test_old_plants_retired_so_far_and_mines_made_intelligent_are_statistics() -> None:
    got = _values("本报讯 近年来,汪清县推进焦化行业转型,已累计淘汰4.3米及以下焦炉12座,退出产能360万吨。")
    assert got[12]["unit"] == "座"
    got = _values("本报讯 今年以来,汪清县持续推进煤矿智能化建设,目前全县已有28座煤矿建成智能化煤矿。")
    assert got[28]["region"] == "汪清县"


def test_one_plants_item_retiring_a_furnace_is_no_tally() -> None:
    from newsmill.plugins.extract_indicators.patterns import ECONOMIC_COUNT
    assert not ECONOMIC_COUNT.search("淘汰冲天炉")
    assert ECONOMIC_COUNT.search("已累计淘汰4.3米及以下焦炉")


def test_a_mines_figures_after_it_opens_the_sentence_are_its_own() -> None:
    assert not _indicators("本报讯 该矿核定产能90万吨/年,智能化改造投入资金1.6亿元,建成智能综采工作面2个。")


# --- a park's storage floor ----------------------------------------------------------------------------

def test_a_storage_floor_after_a_park_put_into_service_is_its_own() -> None:
    got = _indicators("本报讯 4月18日,通榆县电商物流园一期投入运营,园区仓储面积2.5万平方米,"
                      "已入驻快递、电商企业18家。")
    assert [r["value"] for r in got] == [18]


def test_a_places_storage_floor_stays_a_statistic() -> None:
    got = _indicators("本报讯 截至目前,通榆县冷链物流仓储面积达到12万平方米。")
    assert [r["value"] for r in got] == [12]


# --- batches: malls opened or built --------------------------------------------------------------------

def test_malls_to_open_counted_are_a_batch() -> None:
    got = _batches("本报讯 洮南市商务局负责人介绍,今年全市计划新开业商业综合体2个,"
                   "新增商业营业面积25万平方米。")
    assert [(b["count"], b["event"], b["status"]) for b in got] == [(2, "in_production", "target")]


def test_malls_built_or_renewed_counted_are_under_way() -> None:
    got = _batches("本报讯 公主岭市商务局负责人介绍,今年公主岭市将推动新建改造城市商业综合体3个,"
                   "培育省级步行街1条。")
    assert [(b["count"], b["event"], b["region"]) for b in got] == [(3, "under_construction", "公主岭市")]


def test_malls_a_place_has_are_no_batch() -> None:
    assert not _batches("本报讯 目前,公主岭市共有商业综合体12个,总营业面积60万平方米。")
