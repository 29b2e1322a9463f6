"""Rules the project misses left in the older held-out sets called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


# --- projects: a park the reporter walks into, named again by its kind -----------------------------

def test_a_park_walked_into_and_told_by_its_kind_is_a_project() -> None:
    page = ("园区巡礼\n\n本报讯 目前,某县正着力打造农旅融合。\n"
            "来到枣阳经开区汽配产业园,机器轰鸣,车辆往来。该产业园由枣阳市城投集团投资建设,"
            "总投资约7.2亿元,占地410亩,今年3月建成投用。\n")
    r = projects(page)["枣阳经开区汽配产业园"]
    assert r.get("investor") == "枣阳市城投集团"
    assert r.get("investment_cny") == 720_000_000
    assert r.get("status") == "actual"


def test_a_park_walked_into_takes_the_month_of_its_completion() -> None:
    page = ("园区巡礼\n\n本报讯 某县大力推进工业上楼。\n"
            "走进临泉高新区绿色食品产业园,一排排厂房错落有致。这个产业园由临泉县城投公司投资建设,"
            "建成厂房30万平方米,今年5月全面竣工。\n")
    r = projects(page)["临泉高新区绿色食品产业园"]
    assert (r.get("stage"), r.get("date")) == ("completed", "2025-05")


def test_a_base_walked_into_and_told_as_this_base_is_a_project() -> None:
    page = ("园区巡礼\n\n本报讯 目前,某县正着力打造农旅融合。\n"
            "走进宁陵县食用菌产业基地,大棚连片。这个基地由宁陵县农投公司建设,总投资1.5亿元,"
            "去年9月建成投产。\n")
    assert projects(page)["宁陵县食用菌产业基地"].get("investment_cny") == 150_000_000


def test_a_park_walked_into_with_only_its_output_told_is_no_project() -> None:
    page = ("园区巡礼\n\n本报讯 某县正着力打造农旅融合。\n"
            "走进宁陵县食用菌产业园,大棚连片。这个产业园今年预计实现产值5亿元。\n")
    assert "宁陵县食用菌产业园" not in projects(page)


def test_a_park_walked_into_then_a_base_of_another_kind_is_no_project() -> None:
    page = ("园区巡礼\n\n本报讯 某县正着力打造农旅融合。\n"
            "走进宁陵县食用菌产业园,大棚连片。这个基地由宁陵县农投公司建设,去年9月建成投产。\n")
    assert "宁陵县食用菌产业园" not in projects(page)


def test_a_base_told_next_as_this_base_takes_the_news() -> None:
    page = ("园区巡礼\n\n本报讯 郓城县鲁西南冷链物流基地是全县重点工程。该基地由郓城县城投公司投资建设,"
            "总投资3亿元,已于去年5月建成投用。\n")
    r = projects(page)["郓城县鲁西南冷链物流基地"]
    assert r.get("investment_cny") == 300_000_000
    assert r.get("investor") == "郓城县城投公司"


# --- projects: firms listed before a count of a chain's projects -----------------------------------

def test_firms_listed_before_a_chain_s_projects_are_projects() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区引进华光新材料、锦程智能装备等产业链项目12个,"
            "协议投资额56亿元。\n")
    found = projects(page)
    assert {"华光新材料项目", "锦程智能装备项目"} <= set(found)
    assert found["锦程智能装备项目"].get("stage") == "signed"


def test_sectors_listed_before_a_chain_s_projects_are_no_projects() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区签约锂电、晶硅光伏等产业链项目12个,协议投资额56亿元。\n")
    assert not projects(page)


def test_a_firm_listed_with_a_sector_before_a_chain_s_projects_makes_none() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区引进华光新材料、新一代信息技术等产业链项目12个,"
            "协议投资额56亿元。\n")
    assert not projects(page)


def test_listed_brand_tells_firms_from_sectors() -> None:
    from newsmill.zh.brands import listed_brand
    assert listed_brand("锦程智能装备")
    assert listed_brand("鼎盛碳基材料")
    for sector in ("晶硅光伏", "新能源汽车", "精细化工新材料", "文化旅游康养", "轨道交通装备",
                   "农产品加工", "先进装备制造"):
        assert not listed_brand(sector), sector


# --- projects: a zone only pushed ahead whose output the page gives --------------------------------

def test_a_park_pushed_ahead_with_its_output_told_is_no_project() -> None:
    page = ("建议答复\n\n您提出的建议收悉,现答复如下:\n"
            "近年来,我局联合高新区管委会加快推进航空产业园建设。2024年,航空产业园实现规上工业产值52亿元,"
            "同比增长8.6%。\n")
    assert "航空产业园" not in projects(page)


def test_a_park_pushed_ahead_with_no_output_told_stays_a_project() -> None:
    page = ("建议答复\n\n您提出的建议收悉,现答复如下:\n"
            "近年来,我局联合高新区管委会加快推进航空产业园建设。下一步将完善园区配套。\n")
    assert "航空产业园" in projects(page)


def test_a_park_pushed_ahead_with_its_own_sum_stays_a_project() -> None:
    page = ("园区建设\n\n近年来,某县加快推进航空产业园建设,总投资12亿元。"
            "2024年,航空产业园实现规上工业产值52亿元。\n")
    assert "航空产业园" in projects(page)


# --- stages: a first phase finished, a later one still being built ---------------------------------

def test_a_park_with_its_first_phase_done_and_the_second_building_is_under_way() -> None:
    page = ("园区建设\n\n本报讯 由某县城投公司合资建设的石门智造产业园,总投资8.6亿元,"
            "规划建设标准化厂房20万平方米,一期10万平方米已于今年4月竣工,二期正在加紧施工。\n")
    assert projects(page)["石门智造产业园"].get("stage") == "under_construction"


def test_a_first_phase_done_with_the_second_only_planned_stays_completed() -> None:
    page = ("园区建设\n\n本报讯 临湘智造产业园总投资6亿元,一期厂房已于今年4月竣工,二期将于明年开工。\n")
    assert projects(page)["临湘智造产业园"].get("stage") == "completed"


def test_a_first_phase_running_with_the_second_building_stays_in_production() -> None:
    page = ("园区建设\n\n本报讯 临湘智造产业园总投资6亿元,一期工程已于今年4月建成投产,二期工程正在建设中。\n")
    assert projects(page)["临湘智造产业园"].get("stage") == "in_production"


# --- investors: heads of names that are no brands -------------------------------------------------

def test_a_region_by_a_province_s_other_short_name_is_no_brand() -> None:
    from newsmill.zh.brands import brand_head
    assert brand_head("黔东果蔬冷链物流中心") is None
    assert brand_head("陇中冷链物流园项目") is None
    assert brand_head("黔源电力项目") == "黔源"  # a firm whose name opens with the character


def test_a_medicinal_herb_heading_a_name_is_no_brand() -> None:
    from newsmill.zh.brands import brand_head
    assert brand_head("天麻中药饮片加工项目") is None
    assert brand_head("黄精食品精深加工项目") is None


def test_big_data_is_one_trade_word_after_a_brand() -> None:
    from newsmill.zh.brands import brand_head
    assert brand_head("浪潮大数据产业园项目") == "浪潮"
    assert brand_head("武陵山大数据中心项目") is None  # a mountain heads it: where it lies


def test_a_county_s_herb_works_take_no_investor_from_the_herb() -> None:
    page = ("项目开工\n\n本报讯 2月26日,文山州一季度重大项目集中开工。"
            "丘北县天麻中药饮片生产线项目总投资2.1亿元,当天开工。\n")
    r = projects(page)["丘北县天麻中药饮片生产线项目"]
    assert r.get("investor") is None


# --- projects: rivers listed before a basin's works ------------------------------------------------

def test_each_river_listed_before_a_basin_s_base_names_one() -> None:
    page = ("清洁能源\n\n本报讯 甘孜州发展改革委负责人表示,将加快推进大渡河、鲜水河流域水风光一体化基地建设,"
            "力争全年能源投资突破200亿元。\n")
    assert {"大渡河流域水风光一体化基地", "鲜水河流域水风光一体化基地"} <= set(projects(page))


def test_one_river_s_basin_works_name_one() -> None:
    page = "清洁能源\n\n本报讯 全州将加快大渡河流域水风光一体化基地建设。\n"
    assert set(projects(page)) == {"大渡河流域水风光一体化基地"}


def test_rivers_of_another_clause_share_no_works() -> None:
    page = ("生态治理\n\n本报讯 沿线的岷江、沱江流域治理成效明显,某县加快推进沱江流域生态修复工程建设。\n")
    assert set(projects(page)) == {"沱江流域生态修复工程"}


# --- projects: works on a named place listed before a count of projects ----------------------------

def test_works_on_a_named_town_listed_before_a_count_of_projects_are_a_project() -> None:
    page = ("项目建设\n\n本报讯 今年,某市将加快建设平遥古城文旅提升、东关新区道路管网等18个项目,"
            "确保竣工投产。\n")
    assert {"平遥古城文旅提升项目", "东关新区道路管网项目"} <= set(projects(page))


def test_activities_listed_before_a_count_of_projects_are_no_projects() -> None:
    page = "项目建设\n\n本报讯 今年,某市将加快推进城市更新、老旧小区改造等18个项目。\n"
    assert not projects(page)


def test_works_on_a_named_town_before_a_class_of_works_are_no_project() -> None:
    page = ("项目建设\n\n本报讯 今年,某市将加快推进平遥古城文旅提升、东关新区道路管网等民生工程。\n")
    assert "平遥古城文旅提升项目" not in projects(page)


def test_works_on_an_old_town_only_listed_take_no_detail() -> None:
    page = ("项目建设\n\n本报讯 今年,某市将加快建设平遥古城文旅提升、东关新区道路管网等18个项目,"
            "确保竣工投产。\n")
    loc = projects(page)["平遥古城文旅提升项目"].get("location") or {}
    assert not loc.get("detail")


def test_works_on_an_old_town_told_alone_take_it_as_detail() -> None:
    page = ("项目开工\n\n本报讯 3月1日,平遥县分会场开工的平遥古城文旅提升项目总投资4.2亿元。\n")
    assert projects(page)["平遥古城文旅提升项目"].get("location")["detail"] == "平遥古城"
