"""Rules the misses of the eighty-sixth held-out set called for, each on phrasings of its own.

The set is culture, tourism, health-care and commerce works: a holiday's visitors and tourism
income, scenic areas upgraded, resorts signed, hotels and malls opened, hospitals topped out,
care centres and sports venues put to use, on a city paper's page, a county portal and a
provincial daily's brief column.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 5, 8))


# --- places: a short form whose last character opens a word -----------------------------------------

def test_a_short_form_ending_in_tian_before_yuan_is_no_place() -> None:
    assert not places("新建采摘园和田园观光步道")
    assert not [p for p in places("农场配套民宿和田园餐厅") if p[1] == "和田地区"]


def test_the_place_itself_and_its_park_stay_places() -> None:
    assert ("和田地区", "和田地区") in places("和田地区新签约项目12个")
    assert places("莆田园区新签约项目")[0][1] == "莆田市"


def test_a_province_s_brief_column_gives_its_province_to_whole_province_figures() -> None:
    page = ("云南日报\n\n简 讯\n\n全省五一假期接待游客1206.5万人次\n\n"
            "本报讯（记者 李文）五一假期，全省累计接待游客1206.5万人次，同比增长8.1%。\n\n"
            "弥渡签约田园康养项目\n\n本报讯（记者 杨帆）5月3日，弥渡县与某公司签约，"
            "项目建设温泉中心和田园民宿，总投资6亿元。弥渡县将为项目提供全程服务。\n\n"
            "祥云县体育馆开馆\n\n本报讯 5月1日，祥云县体育馆开馆。祥云县今年还将新建健身步道。\n\n"
            "巍山古城提升项目开工\n\n本报讯 5月2日，巍山县古城提升项目开工，巍山县文旅局介绍…\n")
    got = [r for r in records(page, "indicator") if r.get("value") == 12065000]
    assert got and got[0].get("region") == "云南省"


# --- projects: a hotel, a mall, a venue or a care centre opened -------------------------------------

def test_a_hotel_opened_on_trial_is_a_works_in_production() -> None:
    page = ("本报讯（记者 王丽）5月6日，位于大理市下关镇的洱畔云栖酒店开始试营业。"
            "酒店由大理云栖酒店管理有限公司投资3.2亿元建设，拥有客房210间。\n")
    r = projects(page)["洱畔云栖酒店"]
    assert r.get("stage") == "in_production" and r.get("status") == "actual"
    assert r.get("date") == "2025-05-06" and r.get("investment_cny") == 320_000_000


def test_a_venue_opened_and_a_care_centre_unveiled_are_works() -> None:
    page = ("本报讯 5月1日，宾川县全民健身中心正式开馆，总投资8600万元。\n\n"
            "本报讯 4月28日，鹤庆县福寿康复中心揭牌运营，设置床位200张。\n")
    got = projects(page)
    assert got["宾川县全民健身中心"].get("stage") == "in_production"
    assert got["鹤庆县福寿康复中心"].get("stage") == "in_production"


def test_a_hotel_or_a_venue_named_as_a_place_or_an_operator_is_no_works() -> None:
    page = ("本报讯 5月3日，宾川县招商推介会在县城金穗酒店举行，鹤庆县体育馆管理人员参加。"
            "会上，宾川县与甲公司签约。\n")
    assert not [n for n in projects(page) if n.endswith(("酒店", "体育馆"))]


def test_a_first_of_its_kind_and_a_gap_filled_are_no_names() -> None:
    page = ("本报讯 5月1日，祥云县首个城市商业综合体——祥云万象汇购物中心正式开业，"
            "总投资6.8亿元。该购物中心填补了祥云县城大型商业综合体的空白。\n")
    got = projects(page)
    assert "祥云万象汇购物中心" in got
    assert not [n for n in got if "首个" in n or "大型商业综合体" in n]


def test_a_part_joined_after_the_verb_of_what_is_built_is_no_works() -> None:
    page = ("本报讯 5月2日，洱源县茈碧湖温泉度假酒店开业。酒店由甲公司投资2亿元建设，"
            "配套温泉理疗馆和露营基地，吸纳就业90人。\n")
    got = projects(page)
    assert "露营基地" not in got
    assert got["洱源县茈碧湖温泉度假酒店"].get("investment_cny") == 200_000_000


# --- cleaning: a masthead printed as a stack of short lines ----------------------------------------

def _furniture_texts(page: str) -> list[str]:
    d = doc(page)
    return [d.clean[slice(*d.clean_span(r.raw_start, r.raw_end))] for r in d.regions_of("furniture")]


_STACK = ("大理日报\n2025年5月8日 星期四\n文化·旅游 07\n\n"
          "## 巍山古城迎来五一客流高峰\n\n本报讯（记者 李文）五一假期，巍山古城接待游客35.2万人次。\n")


def test_a_paper_s_name_and_a_section_s_page_line_around_the_date_line_are_furniture() -> None:
    got = _furniture_texts(_STACK)
    assert "大理日报" in got and "文化·旅游 07" in got
    assert len(doc(_STACK).articles) == 1


def test_a_short_title_or_a_line_far_from_a_date_line_stays_text() -> None:
    page = ("## 巍山古城迎来五一客流高峰\n\n本报讯（记者 李文）五一假期，巍山古城接待游客35.2万人次。\n\n"
            "旅游消费 12\n\n大理日报\n\n古城夜游项目持续升温，带动消费增长。\n")
    got = _furniture_texts(page)
    assert "旅游消费 12" not in got and "大理日报" not in got


# --- projects: a venue's seats and a scenic area's visitors a year as capacity ------------------------

def test_the_people_a_venue_holds_is_its_capacity() -> None:
    page = "本报讯 5月1日，宾川县全民健身中心正式开馆。该中心总投资8600万元，可同时容纳2000人开展健身活动。\n"
    assert projects(page)["宾川县全民健身中心"].get("capacity") == "可同时容纳2000人"


def test_the_visitors_a_scenic_area_takes_a_year_is_its_capacity() -> None:
    page = ("本报讯 5月2日，巍山县古城提升改造项目开工，总投资2.4亿元。"
            "项目建成后，古城年接待游客能力将提升至260万人次。\n")
    assert projects(page)["巍山县古城提升改造项目"].get("capacity") == "年接待游客260万人次"


def test_a_region_s_visitors_of_the_year_are_no_capacity() -> None:
    page = ("本报讯 5月2日，巍山县古城提升改造项目开工，总投资2.4亿元。"
            "巍山县力争全年接待游客突破900万人次，容纳更多客流。\n")
    assert projects(page)["巍山县古城提升改造项目"].get("capacity") is None


# --- indicators: sites of tourism and care counted, and the sample a figure is measured on ----------

def test_graded_scenic_areas_and_care_centres_counted_are_statistics() -> None:
    page = ("本报讯 截至目前，全州A级旅游景区达到86家，其中4A级景区21家。"
            "全州建成农村幸福院420处。\n")
    got = {r.get("value"): r for r in records(page, "indicator")}
    assert 86 in got and 21 in got and 420 in got


def test_sites_counted_before_their_own_figure_are_the_sample() -> None:
    page = ("本报讯 五一假期，全州纳入监测的64家A级景区共接待游客210.4万人次；"
            "全州32家星级酒店平均入住率为79.6%。\n")
    values = [r.get("value") for r in records(page, "indicator")]
    assert 64 not in values and 32 not in values
    assert 2_104_000 in values


# --- articles: the last of a story's bracketed sub-heads before its closing credit --------------------

_PORTAL = ("鹤庆县人民政府\n首页 | 政务公开 | 互动交流\n\n鹤庆县三项民生工程同步推进\n\n"
           "发布时间：2025-05-06 10:20　　来源：鹤庆县融媒体中心\n\n"
           "　　今年以来，鹤庆县加快推进民生工程建设。\n\n"
           "　　【县中医医院住院楼封顶】\n\n　　4月30日，鹤庆县中医医院住院楼主体封顶。\n\n"
           "　　【县福寿康复中心揭牌运营】\n\n　　4月28日，鹤庆县福寿康复中心揭牌运营。\n\n"
           "　　【乡村医疗服务持续改善】\n\n　　5月2日，草海镇卫生院改扩建项目投入使用。\n\n"
           "　　（记者 段丽 通讯员 杨洁）\n")


def test_the_last_bracketed_sub_head_before_the_closing_credit_stays_a_section() -> None:
    arts = doc(_PORTAL).articles
    assert len(arts) == 1 and arts[0].reporters == ["段丽", "杨洁"]


def test_a_bracketed_title_after_a_story_without_such_sub_heads_opens_a_story() -> None:
    page = ("某县新闻\n\n鹤庆县中医医院住院楼封顶\n\n　　4月30日，鹤庆县中医医院住院楼主体封顶。\n\n"
            "　　（记者 段丽）\n\n【草海镇卫生院改扩建项目投入使用】\n\n"
            "　　5月2日，草海镇卫生院改扩建项目投入使用。\n\n　　（记者 杨洁）\n")
    assert len(doc(page).articles) == 2


# --- projects: the first of the parts a works builds ---------------------------------------------------

def test_the_first_part_after_a_verb_of_building_is_no_name() -> None:
    page = ("本报讯 洱源县人民医院迁建项目位于茈碧湖镇，总投资6.2亿元，建设门诊楼、综合楼和住院楼，"
            "设计床位600张。\n")
    got = projects(page)
    assert "洱源县人民医院迁建项目" in got and not [n for n in got if n.startswith("建设")]
    assert got["洱源县人民医院迁建项目"].get("capacity") == "床位600张"


def test_a_building_named_with_its_works_stays_a_name() -> None:
    page = "本报讯 5月3日，洱源县人民医院迁建项目门诊楼主体封顶，项目总投资6.2亿元。\n"
    assert "洱源县人民医院迁建项目" in projects(page)


def test_a_sector_s_spending_beside_a_count_of_projects_is_a_statistic() -> None:
    page = "本报讯 今年以来，全州文旅产业完成投资126.4亿元，同比增长6.2%，在建文旅项目达到148个。\n"
    assert [b.get("count") for b in records(page, "batch")] == [148]
    assert [r for r in records(page, "indicator") if r.get("value") == 12_640_000_000]


def test_the_projects_spending_beside_their_count_stays_their_total() -> None:
    page = "本报讯 今年以来，全州实施文旅项目148个，完成投资126.4亿元。\n"
    assert [(b.get("count"), b.get("total_cny")) for b in records(page, "batch")] == [(148, 12_640_000_000)]


def test_a_forecast_of_visitors_and_a_training_hall_s_people_are_no_capacity() -> None:
    page = ("本报讯 5月2日，巍山县古城提升改造项目开工，总投资2.4亿元，建成后预计年接待游客90万人次。\n\n"
            "本报讯 5月3日，宾川县职业技能培训中心项目竣工，总投资3000万元，可同时容纳600人开展培训。\n")
    got = projects(page)
    assert got["巍山县古城提升改造项目"].get("capacity") is None
    assert got["宾川县职业技能培训中心项目"].get("capacity") is None
