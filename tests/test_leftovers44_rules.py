"""Rules the leftovers of sets 86, 76 and 78 called for, each on phrasings of its own.

Set 76 is a round of works in the north-west's counties (bases, parks, farms, renewal): what one works
has done so far, what a base plans and what a market ships a day are the works' own, no statistic.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


def _values(page: str) -> list[object]:
    return [s[1] for s in _stats(page)]


# --- indicators: what one works has done so far ------------------------------------------------------

def test_work_done_after_a_works_told_with_its_sum_is_its_progress() -> None:
    page = ("扎兰屯市今年在卧牛河镇实施退化草原修复项目，投资3600万元，修复草原5万亩。"
            "截至5月上旬，已完成补播改良2.1万亩。\n")
    assert 2.1 not in _values(page)


def test_work_done_in_the_sentence_of_the_works_is_its_progress() -> None:
    page = ("牙克石市在免渡河镇建设千亩蓝莓标准化种植示范园，投资4200万元，今年已完成老果园改造800亩，"
            "带动农户320户。\n")
    assert 800 not in _values(page)


def test_a_whole_place_s_work_done_stays_a_statistic() -> None:
    page = ("科尔沁右翼前旗今年实施草原生态修复工程，投资1.2亿元。"
            "截至5月上旬，全旗已完成人工种草12万亩，同比增长8.5%。\n")
    assert 12 in _values(page)


def test_work_done_after_works_counted_stays_a_statistic() -> None:
    page = ("今年乌兰浩特市实施农田建设项目8个，投资2.3亿元。截至4月底，已完成高标准农田建设3.6万亩。\n")
    assert 3.6 in _values(page)


# --- indicators: a bare base or park and its plan ---------------------------------------------------

def test_a_bare_base_s_plan_is_its_own() -> None:
    page = ("在扎赉特旗巴彦高勒镇，扎赉特旗寒地水稻种业基地的育秧大棚里，秧苗长势喜人。"
            "基地今年计划繁育良种600万公斤，全部供应本地种植户。\n")
    assert 600 not in _values(page)


def test_a_bare_park_s_new_sheds_are_its_own() -> None:
    page = ("根河市好里堡街道冷水鱼养殖园区内，一排排养殖池整齐排列。园区今年新建养殖大棚45栋，"
            "投资1800万元，预计7月投用。\n")
    assert 45 not in _values(page)


def test_a_park_s_output_stays_a_statistic() -> None:
    page = "今年1至4月，乌兰浩特经济技术开发区实现工业产值42.6亿元，同比增长9.3%。园区新增规上工业企业4家。\n"
    assert 4 in _values(page)


# --- indicators: what is shipped each day --------------------------------------------------------------

def test_goods_shipped_each_day_are_no_statistic() -> None:
    page = ("连日来，阿荣旗那吉镇果蔬批发市场车来车往，每日销往哈尔滨、齐齐哈尔等地的马铃薯约150吨。\n")
    assert 150 not in _values(page)


def test_a_place_s_yearly_shipments_stay() -> None:
    page = "去年，鄂伦春自治旗外销马铃薯12.5万吨，同比增长6.2%。\n"
    assert 12.5 in _values(page)


# --- indicators: funds won as a part of a sum just told -------------------------------------------------

def test_funds_won_as_a_part_of_a_programme_s_sum_are_no_statistic() -> None:
    page = ("6月初，额尔古纳市今夏农田水利建设全面铺开，计划新建机电井120眼、维修渠道86公里，"
            "总投资8600万元，其中争取国家和自治区资金5200万元。\n")
    assert 52000000 not in _values(page)


def test_a_place_s_funds_won_this_year_stay() -> None:
    page = "今年以来，陈巴尔虎旗累计争取中央和自治区资金5.2亿元，同比增长12.6%。\n"
    assert 520000000 in _values(page)


# --- indicators: what a store or market moves in a year -------------------------------------------------

def test_what_a_store_moves_in_a_year_is_its_capacity() -> None:
    page = ("牙克石市绿色农畜产品交易中心是今年开工的重点项目之一，计划总投资1.8亿元，一期冷库已投入使用，"
            "年周转牛羊肉、蓝莓等农畜产品6万吨。\n")
    assert 6 not in _values(page)


def test_a_market_s_yearly_sales_stay() -> None:
    page = "去年，扎兰屯市农畜产品交易量达到38万吨，同比增长7.4%。\n"
    assert 38 in _values(page)


# --- indicators: land supplied to a class of projects ---------------------------------------------------

def test_land_supplied_to_key_projects_is_a_statistic() -> None:
    page = "呼伦贝尔市新巴尔虎左旗今年以来为重大项目供地1860亩，同比增长15%，保障了项目按期开工。\n"
    assert 1860 in _values(page)


def test_land_supplied_to_key_projects_after_its_place_is_a_statistic() -> None:
    page = "前4个月，科尔沁右翼前旗共为重点产业项目供地940亩，办理施工许可21件。\n"
    assert 940 in _values(page)


def test_one_key_project_s_land_is_no_statistic() -> None:
    page = "根河市冷水鱼产业园是今年的重点项目，该重点项目用地320亩，总投资5.6亿元。\n"
    assert 320 not in _values(page)


# --- indicators: works counted by a demonstrative -----------------------------------------------------

def test_figures_of_works_counted_by_a_demonstrative_are_theirs() -> None:
    page = ("扎赉诺尔区工业园区的两座数据中心日前投入运营。据介绍，这两座数据中心全部使用园区风电，"
            "年用电量约6.5亿千瓦时。\n")
    assert 6.5 not in _values(page)


def test_a_place_s_power_use_after_its_centres_stays() -> None:
    page = ("乌兰浩特市两座数据中心日前投入运营。今年1至4月，全市全社会用电量达到12.4亿千瓦时，"
            "同比增长9.1%。\n")
    assert 12.4 in _values(page)


# --- batches: plants a base holds, counted and finished together ---------------------------------------

_PLANTS = ("5月18日，{line}，新增装机规模60万千瓦，总投资约28亿元，投资方为内蒙古某某能源有限公司。\n")


def _batches(page: str) -> list[tuple]:
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")]


def _names(page: str) -> list[str]:
    return [str(r.get("name")) for r in projects(page)]


def test_plants_a_base_holds_counted_and_finished_are_a_batch() -> None:
    page = _PLANTS.format(line="呼伦贝尔市新巴尔虎右旗新能源产业基地的三座储能电站完成竣工验收")
    assert (3, 2800000000, "completed") in _batches(page)
    assert "新巴尔虎右旗新能源产业基地" not in " ".join(_names(page))


def test_plants_counted_and_put_on_grid_are_a_batch() -> None:
    page = _PLANTS.format(line="科尔沁右翼前旗风光制氢产业园的两座光伏电站同日并网")
    assert [b[0] for b in _batches(page)] == [2]


def test_the_size_plants_counted_add_is_no_statistic() -> None:
    page = _PLANTS.format(line="呼伦贝尔市新巴尔虎右旗新能源产业基地的三座储能电站完成竣工验收")
    assert 60 not in _values(page)


def test_plants_a_place_has_are_no_batch() -> None:
    page = "截至4月底，莫力达瓦达斡尔族自治旗已建成储能电站12座，总装机规模达到180万千瓦，同比增长35%。\n"
    assert _batches(page) == []
    assert 180 in _values(page)


# --- indicators: a works' first days of business --------------------------------------------------------

def test_a_hotel_s_first_week_is_its_own() -> None:
    page = ("位于乌兰浩特市的罕山温泉酒店日前开始试营业，拥有客房220间。试营业首周，酒店平均入住率达到83%，"
            "接待住客1600人次。\n")
    assert 83 not in _values(page)


def test_a_place_s_holiday_first_day_stays() -> None:
    page = "“五一”假期首日，扎兰屯市接待游客5.6万人次，同比增长18.2%。\n"
    assert 56000 in _values(page)
