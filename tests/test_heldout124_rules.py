"""Rules the misses of the hundred-and-twenty-fourth held-out set called for, each on phrasings of its own.

The set is resources, energy chemicals and textiles in Xinjiang and Qinghai: salt-lake lithium and
potash, coal to chemicals, polysilicon, cotton spinning and garments, projects told in the trade's
words (``投料试车``, ``打通全流程``, ``产出合格产品``, ``满负荷生产``), aid to Xinjiang and Qinghai, a
provincial paper's page, a regional news site's page and a weekly's page.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.cues import STAGE_CUES, STAGE_RE
from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 12))


def _stage(text: str) -> str | None:
    m = STAGE_RE.search(text)
    return STAGE_CUES[m.group()] if m else None


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_an_editor_line_after_the_pages_section_name_is_furniture() -> None:
    assert classify_text(["能源化工　　本版主编：阿不都热合曼·吐尔逊　责任编辑：赵琳　版式：孙一鸣"], 0) \
        == ("furniture", "editor line")
    assert classify_text(["主编：钱立新  执行主编：吴雨晴  美编：陈锋"], 0) == ("furniture", "editor line")


def test_a_sentence_naming_an_editor_stays() -> None:
    line = "该书主编：王某某教授在发布会上介绍了编写过程，　责任编辑：李某负责校订。"
    assert classify_text([line], 0) is None
    assert classify_text(["煤化工　　主编说这一期要讲清楚园区的产业链"], 0) is None


def test_a_prompt_to_share_by_a_code_with_share_links_is_furniture() -> None:
    assert classify_text(["扫一扫分享到微信　分享到：微博 QQ空间"], 0) == ("furniture", "share prompt")
    assert classify_text(["扫码分享至朋友圈"], 0) == ("furniture", "share prompt")


def test_a_sentence_on_scanning_to_share_stays() -> None:
    assert classify_text(["扫一扫分享的做法让园区企业的招聘信息传得更快，吸引了1200名求职者。"], 0) is None


# --- projects: the stage in the trade's words --------------------------------------------------------

def test_a_chemical_plants_whole_chain_run_end_to_end_is_in_production() -> None:
    assert _stage("某公司年产30万吨煤制甲醇项目近日打通全流程") == "in_production"
    assert _stage("装置全流程打通，各项指标达到设计要求") == "in_production"
    assert _stage("于9月3日产出第一批合格产品") == "in_production"
    assert _stage("新建生产线已产出合格产品") == "in_production"


def test_a_chain_opened_for_trade_is_no_plant_running() -> None:
    assert _stage("打通物流通道后，园区企业的运输成本下降了两成") is None


# --- places ------------------------------------------------------------------------------------------

def test_a_salt_lake_is_no_district_of_yuncheng() -> None:
    assert places("马海盐湖年产50万吨钾肥项目开工") == []
    assert places("推动盐湖提锂产业延链") == []


def test_the_yuncheng_district_written_in_full_is_still_found() -> None:
    assert places("运城市盐湖区新建一座物流园") == [("运城市", "运城市"), ("盐湖区", "盐湖区")]


def test_huangzhong_is_a_district_of_xining_its_old_county_name_too() -> None:
    assert places("湟中区鲁沙尔镇一座光伏电站并网") == [("湟中区", "湟中区")]
    assert places("原湟中县工业园区") [0][1] == "湟中区"


def test_an_autonomous_prefecture_is_named_short_with_its_kind() -> None:
    assert places("黄南州和果洛州的牧区") == [("黄南州", "黄南藏族自治州"), ("果洛州", "果洛藏族自治州")]
    assert places("博州精河县") == [("博州", "博尔塔拉蒙古自治州"), ("精河县", "精河县")]


def test_a_prefecture_written_in_full_is_found_once() -> None:
    assert places("甘孜藏族自治州康定市") == [("甘孜藏族自治州", "甘孜藏族自治州"), ("康定市", "康定市")]


# --- indicators: a breakdown by place ----------------------------------------------------------------

def _rates(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("region"), r.get("metric"), r.get("value")) for r in records(page, "indicator")]


def test_places_rates_after_a_breakdown_word_are_of_the_statistic_just_told() -> None:
    page = ("前5月全省投资增长6.4%\n\n本报讯 记者从省统计局获悉，今年1至5月，全省固定资产投资同比增长6.4%。"
            "分市州看，黄南州增长11.2%，果洛州增长7.5%。\n")
    assert _rates(page)[1:] == [("黄南藏族自治州", "固定资产投资", 11.2),
                                ("果洛藏族自治州", "固定资产投资", 7.5)]


def test_places_rates_after_其中_are_of_the_statistic_just_told() -> None:
    page = ("前5月全区工业增长7%\n\n本报讯 今年1至5月，全区社会消费品零售总额同比增长7.1%，"
            "其中，巴州增长9.4%。\n")
    assert ("巴音郭楞蒙古自治州", "社会消费品零售总额", 9.4) in _rates(page)


def test_a_place_with_a_statistic_of_its_own_after_a_breakdown_word_keeps_it() -> None:
    page = ("前5月全省投资增长6.4%\n\n本报讯 今年1至5月，全省固定资产投资同比增长6.4%。"
            "分市州看，海北州工业增加值增长8.8%。\n")
    assert ("海北藏族自治州", "工业增加值", 8.8) in _rates(page)


def test_the_regions_whole_told_by_its_office_is_the_region_though_other_provinces_firms_are_named() -> None:
    page = ("江苏企业在阿勒泰投资建厂\n\n本报讯 江苏一家企业投资5亿元在阿勒泰市建设年产10万吨饲料项目。\n\n"
            "前5月全区投资增长9%\n\n本报讯 记者从自治区统计局获悉，今年1至5月，"
            "全区固定资产投资同比增长9.2%。\n")
    regions = [r.get("region") for r in records(page, "indicator") if r.get("value") == 9.2]
    assert regions == ["新疆维吾尔自治区"]


def test_a_districts_whole_in_a_province_stays_unresolved_to_a_region() -> None:
    page = ("前5月全区投资增长9%\n\n本报讯 记者从区统计局获悉，今年1至5月，全区固定资产投资同比增长9.2%。"
            "江苏、浙江两省企业在区内投资项目12个。\n")
    assert "新疆维吾尔自治区" not in [r.get("region") for r in records(page, "indicator")]


# --- batches: the region of starts held at a main venue ---------------------------------------------

def _batch_regions(page: str) -> list[object]:
    return [r.get("region") for r in records(page, "batch")]


def test_a_regions_starts_held_at_a_main_venue_in_one_county_are_the_regions() -> None:
    page = ("海北州集中开工一批项目\n\n本报门源讯 5月18日，海北藏族自治州2026年第二季度重点项目集中开工活动"
            "在门源回族自治县主会场举行，祁连县、刚察县等设立分会场。此次集中开工项目21个，总投资64.2亿元。\n")
    assert _batch_regions(page) == ["海北藏族自治州"]


def test_a_countys_own_starts_at_its_main_venue_stay_the_countys() -> None:
    page = ("刚察县集中开工一批项目\n\n本报讯 5月18日，刚察县重点项目集中开工活动在县工业园区主会场举行。"
            "此次集中开工项目6个，总投资8.2亿元。\n")
    assert _batch_regions(page) == ["刚察县"]


# --- projects: lists of kinds, no works --------------------------------------------------------------

def test_fields_of_aid_listed_before_a_count_are_no_projects() -> None:
    page = ("援疆工作成效明显\n\n本报讯 今年以来，天津援疆资金累计投入和田地区3.1亿元，"
            "实施人才交流、消费帮扶等项目38个。\n")
    names = set(projects(page))
    assert not any("人才交流" in n or "消费帮扶" in n for n in names)


def test_a_works_named_among_aid_items_stays_a_project() -> None:
    page = ("援疆项目建设提速\n\n本报讯 今年以来，策勒县实施职业技能培训中心、产业园标准化厂房等项目12个，"
            "其中职业技能培训中心总投资3200万元，已于5月竣工。\n")
    assert any("职业技能培训中心" in n for n in projects(page))


def test_links_of_the_garment_chain_listed_are_no_projects() -> None:
    page = ("阿图什市补齐纺织产业链\n\n本报讯 下一步，阿图什市将重点引进织造、水洗等项目，补齐产业链短板。\n")
    assert not any(n.startswith(("织造", "水洗")) for n in projects(page))


def test_a_named_dyeing_works_stays_a_project() -> None:
    page = ("阿图什市印染项目开工\n\n本报讯 5月20日，阿图什市年产5000万米印染项目开工建设，"
            "项目总投资6.2亿元。\n")
    assert any("年产5000万米印染" in n for n in projects(page))


# --- indicators: a plant's own gains and load --------------------------------------------------------

def _values(page: str) -> list[object]:
    return [r.get("value") for r in records(page, "indicator")]


def test_a_plants_saving_against_the_old_one_told_with_可_is_no_statistic() -> None:
    page = ("新装置投用\n\n本报讯 新装置采用余热回收技术，吨产品能耗可比老装置降低约12%，"
            "每年节约标煤2万吨。\n")
    assert 12 not in _values(page) and -12 not in _values(page)


def test_a_plants_load_against_its_design_is_no_statistic() -> None:
    page = ("煤制甲醇项目试车\n\n本报讯 目前装置运行平稳，负荷已达设计能力的90%。\n")
    assert 90 not in _values(page)


def test_a_places_power_use_down_against_last_year_stays_a_statistic() -> None:
    page = ("前5月用电量下降\n\n本报讯 今年1至5月，全县工业用电量比上年下降3.2%。\n")
    assert 3.2 in _values(page) or -3.2 in _values(page)


# --- articles: a column of briefs after a story ------------------------------------------------------

_LEAD = ("德令哈光热电站并网\n\n本报讯（记者 韩东 通讯员 才让措）5月10日，德令哈一座光热电站实现全容量并网，"
         "项目总投资30亿元，年发电量约3.9亿千瓦时。\n\n")
_BRIEFS = ("■ 乌兰：枸杞加工项目签约\n5月12日，乌兰县与一家食品企业签约建设枸杞深加工项目，投资1.2亿元。\n\n"
           "■ 都兰：风电项目开工\n都兰县一座10万千瓦风电项目近日开工，投资5.8亿元。\n\n"
           "■ 天峻：光伏项目竣工\n天峻县一座光伏电站近日竣工，投资2.1亿元。\n")


def test_briefs_under_a_column_label_take_no_byline_of_the_story_before() -> None:
    arts = doc(_LEAD + "能源简讯\n\n" + _BRIEFS).articles
    briefs = [a for a in arts if a.headline and a.headline.startswith(("乌兰", "都兰", "天峻"))]
    assert len(briefs) == 3 and all(a.source is None and not a.reporters for a in briefs)


def test_places_sections_right_after_a_lead_story_share_its_byline() -> None:
    arts = doc(_LEAD + _BRIEFS).articles
    assert len(arts) == 4 and all(a.reporters == ["韩东", "才让措"] for a in arts)


# --- projects: a resource's site heading a works' name -----------------------------------------------

def test_a_salt_lake_or_a_mine_heading_a_works_name_is_its_site_no_investor() -> None:
    page = ("锂盐项目加快建设\n\n本报讯 总投资18亿元的茫崖市尕斯库勒盐湖年产1万吨碳酸锂项目"
            "目前已完成投资9亿元。\n\n"
            "煤矿改造完工\n\n本报讯 5月15日，拜城县俄霍布拉克煤矿年产90万吨改扩建工程通过竣工验收。\n")
    found = projects(page)
    lake = next(r for n, r in found.items() if "尕斯库勒盐湖" in n)
    mine = next(r for n, r in found.items() if "俄霍布拉克煤矿" in n)
    assert lake.get("investor") is None and lake.get("location")["detail"] == "尕斯库勒盐湖"
    assert mine.get("investor") is None and mine.get("location")["detail"] is None


def test_a_mining_firm_heading_a_works_name_stays_its_investor() -> None:
    page = ("煤矿改造完工\n\n本报讯 5月15日，新疆天钰矿业有限公司年产90万吨煤矿改扩建工程通过竣工验收。\n")
    assert any(r.get("investor") == "新疆天钰矿业有限公司" for r in projects(page).values())


# --- talks with firms over works of a kind -----------------------------------------------------------

_TALKS_PAGE = ("光伏产业园扩容\n\n本报讯 今年以来，乌兰县还与浙江三家企业就光伏玻璃、边框配套项目进行洽谈，"
               "意向投资合计约6亿元。\n")


def test_talks_with_firms_of_a_province_over_kinds_of_works_are_a_batch_in_talks() -> None:
    found = [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(_TALKS_PAGE, "batch")]
    assert found == [("negotiating", 3, 600000000)]


def test_the_last_kind_talked_over_is_no_project() -> None:
    assert not any("边框配套" in n for n in projects(_TALKS_PAGE))


def test_talks_on_one_named_works_keep_the_project() -> None:
    page = ("风电项目洽谈\n\n本报讯 乌兰县正与一家能源企业就年产5GW光伏组件项目进行洽谈，拟投资15亿元。\n")
    assert any("年产5GW光伏组件" in n for n in projects(page))


# --- projects: a park landed in ----------------------------------------------------------------------

def test_a_park_a_project_landed_in_is_its_place_no_project() -> None:
    page = ("光伏玻璃项目签约\n\n本报讯 5月8日，某某光能公司年产60万吨光伏玻璃项目签约落地南川工业园区，"
            "项目计划投资12亿元。\n")
    names = set(projects(page))
    assert any("年产60万吨光伏玻璃" in n for n in names)
    assert not any(n.endswith("南川工业园区") for n in names)


def test_a_parks_own_works_landed_stays_a_project() -> None:
    page = ("园区建设\n\n本报讯 5月8日，总投资3亿元的南川工业园区标准化厂房项目落地开工。\n")
    assert any("南川工业园区标准化厂房" in n for n in projects(page))
