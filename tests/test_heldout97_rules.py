"""Rules the misses of the ninety-seventh held-out set called for, each on phrasings of its own.

The set is transport and water works told in engineering words: a city paper's page of a highway
joined up end to end, a bridge's span closed, a waterway handed over and a province's list of
transport projects; a digital paper's web page of a container terminal, an express road in full
construction, a water diversion and a tender; a PDF page of a railway opened to service with two
stories printed side by side in one block.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_columns import column_blocks
from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.extract_projects.keys import _route_short
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 28))


def _page(body: str) -> str:
    return f"{body}\n"


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(_page(page)).items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


# --- cleaning: a caption beside a block of two columns, a digital paper's links, an advert ----------

_LEFT = ["  本报讯(记者 龙飞)11月20日,略阳县", "嘉陵江引水工程建成通水,总投资3.2亿",
         "元,新建输水管道26公里,日供水能力", "3万立方米,惠及县城及周边群众。"]
_RIGHT = ["  本报讯(通讯员 秦川)11月18日,宁强", "县汉源大道改造工程开工,总投资1.6亿",
          "元,全长5.8公里,按城市主干路标准建设", ",计划明年10月建成。"]


def _block(left: list[str], right: list[str], width: int = 40) -> str:
    from newsmill.plugins.clean_columns import display_width
    return "\n".join((a + " " * (width - display_width(a)) + b).rstrip() for a, b in zip(left, right))


def test_a_caption_with_its_credit_is_no_line_of_the_block_below() -> None:
    caption = "  图为略阳县嘉陵江引水工程取水枢纽,工人正在调试设备。    记者 龙飞 摄"
    text = "正文最后一句话。\n" + caption + "\n\n" + _block(_LEFT, _RIGHT) + "\n"
    blocks = column_blocks(text)
    assert len(blocks) == 1, blocks
    start, _end, rewritten = blocks[0]
    assert start > text.index(caption) + len(caption), (start, rewritten[:40])
    assert "记者 龙飞 摄" not in rewritten


def test_a_block_of_two_columns_is_still_found_without_a_caption() -> None:
    text = "某某日报  2025年11月28日\n\n" + _block(_LEFT, _RIGHT) + "\n"
    blocks = column_blocks(text)
    assert len(blocks) == 1 and "宁强" in blocks[0][2].split("\n\n")[-1], blocks


def test_a_digital_paper_s_page_links_and_font_switch_in_words_are_furniture() -> None:
    assert classify_text(["第B03版:县域  上一版  下一版  返回目录"], 0) is not None
    assert classify_text(["上一版 下一版"], 0) is not None
    assert classify_text(["字号: 大 中 小"], 0) is not None
    assert classify_text(["宁强县交通局上一版规划已经完成修订"], 0) is None


def test_the_line_after_an_advert_s_label_is_the_advert_when_it_holds_a_contact() -> None:
    lines = ["【广告】", "羌乡腊肉 年货直供  宁强特产馆冬季促销  咨询热线:0916-4212345"]
    assert classify_text(lines, 1) == ("furniture", "advertisement")
    lines = ["宁强县召开冬季安全生产会议", "县应急管理局值班电话:0916-4212345"]
    assert classify_text(lines, 1) != ("furniture", "advertisement")


# --- indicators: a works' design and its own funds ---------------------------------------------------

def test_a_road_s_design_is_no_statistic() -> None:
    page = _page("勉县至宁强高速公路全长68公里,设计时速100公里,路基宽度26米,桥隧比达62%,总投资98亿元,"
                 "目前正在进行桩基施工。")
    values = [r.get("value") for r in records(page, "indicator")]
    assert not {100, 26, 62.0} & set(values), values


def test_one_works_funds_are_no_statistic_a_city_s_funds_of_the_year_are() -> None:
    page = _page("洋县汉江大桥总投资6.2亿元。工程建设资金中,争取中央预算内资金1.8亿元。")
    assert not [r for r in records(page, "indicator") if r.get("value") == 180000000]
    page = _page("今年以来,汉中市共争取中央预算内资金9.6亿元,同比增长12%。")
    assert [r for r in records(page, "indicator") if r.get("value") == 960000000]


def test_a_water_works_assurance_rate_is_no_statistic() -> None:
    page = _page("城固县引水工程建成后,县城供水保证率将由80%提高到97%。")
    assert not [r for r in records(page, "indicator") if r.get("value") == 97.0]


# --- projects: bridges, lines joined up, roads by their two ends, stations ---------------------------

def test_a_bridge_named_with_its_milestone_is_a_works() -> None:
    r = _project("11月25日,略阳县嘉陵江四桥主桥顺利合龙,大桥转入桥面施工。", "嘉陵江四桥")
    assert r["stage"] == "under_construction" and r["status"] == "actual", r


def test_a_bridge_as_a_part_or_a_landmark_is_no_works() -> None:
    assert "汉江特大桥" not in _names("勉县至宁强高速公路施工全面铺开,汉江特大桥正在进行桩基施工。")
    assert _names("图为汉江特大桥。") == []
    assert "汉江特大桥" not in _names("勉县至宁强高速公路控制性工程——汉江特大桥主跨顺利合龙。")
    assert "汉江特大桥" not in _names("作为该工程控制性节点的汉江特大桥于11月18日顺利合龙。")
    assert _names("洋县汉江大桥及连接道工程开工。") == ["洋县汉江大桥及连接道工程"]
    assert _names("洋县汉江大桥及引线工程开工。") == ["洋县汉江大桥及引线工程"]


def test_a_line_joined_up_end_to_end_is_under_way_a_plant_s_line_is_not() -> None:
    r = _project("11月26日,城固至洋县一级公路实现全线贯通,计划明年春节前通车。", "一级公路")
    assert r["stage"] == "under_construction" and r["status"] == "actual", r
    page = _page("记者在车间看到,该企业年产5万吨饲料生产线已全线贯通。")
    assert not [r for r in records(page, "project") if r.get("stage") == "under_construction"]


def test_roads_named_by_their_two_ends_and_the_network_s_roads() -> None:
    assert _names("勉县至略阳公路计划明年3月开工。") == ["勉县至略阳公路"]
    assert _names("建成后将与滨江快速路、108国道相连。") == []
    assert _names("全线采用双向六车道一级公路标准建设。") == []


def test_stations_named_by_their_place_when_opened() -> None:
    assert _names("宁强站新站房已完工投用。") == ["宁强站新站房"]
    assert _names("旅客可在宁强站新站房候车。") == []


def test_a_works_site_as_the_scene_a_clause_opens_on() -> None:
    assert _names("连日来,在汉中至城固快速路施工现场,机械往来穿梭。") == ["汉中至城固快速路"]
    assert _names("他在汉中至城固快速路看到了变化。") == []


def test_descriptions_standards_sectors_firms_and_route_ends_name_no_works() -> None:
    assert _names("秦岭深处又一条出山大通道即将成形。") == []
    named = _names("此次开工的另一个项目为汉王镇供水管网改造工程。")
    assert [n for n in named if n.endswith("汉王镇供水管网改造工程")], named
    assert _names("涵盖铁路、公路、港口等领域。") == []
    assert _names("由陕西汉江铁路投资有限公司投资建设。") == []
    assert _names("该工程北起城固县柳林镇水电站,南至洋县。") == []
    assert _names("建成后将串联起沿线6个镇的产业园区。") == []


def test_a_line_opened_to_service_and_a_station_put_to_use_are_in_service() -> None:
    r = _project("11月26日,汉中至宁强城际铁路正式开通运营。", "城际铁路")
    assert r["stage"] == "in_production" and r["date"] == "2025-11-26", r


def test_a_line_shortened_to_its_ends_first_characters_is_the_line_told_before() -> None:
    assert _route_short("汉略铁路扩能改造", "汉中至略阳铁路扩能改造")
    assert _route_short("宁略高速", "宁强至略阳高速公路")
    assert not _route_short("宁略高速", "勉县至略阳高速公路")
    assert not _route_short("汉略铁路", "汉中至略阳铁路扩能改造")


def test_the_main_venue_s_project_told_as_what_the_venue_is() -> None:
    page = ("11月20日,全市交通项目集中开工活动在勉县周家山镇举行。此次集中开工项目8个,总投资36亿元。\n"
            "主会场项目为勉县周家山至老道寺公路改建工程。该工程全长18公里,总投资4.2亿元。")
    r = _project(page, "公路改建工程")
    assert r["stage"] == "started" and r["date"] == "2025-11-20", r
    assert (r.get("location") or {}).get("detail") is None, r.get("location")


# --- amounts: what a port or an airport handles; investors carrying works out with a partner --------

def test_what_a_port_or_an_airport_is_built_to_handle_is_its_capacity() -> None:
    r = _project("汉中港区二期工程开工,总投资5亿元,设计年吞吐量260万吨。", "港区二期工程")
    assert r["capacity"] == "设计年吞吐量260万吨", r
    r = _project("城固机场改扩建工程开工,总投资8亿元,建成后可满足年旅客吞吐量150万人次的需求。",
                 "机场改扩建工程")
    assert r["capacity"] == "年旅客吞吐量150万人次", r


def test_a_city_s_port_goal_is_no_works_capacity() -> None:
    r = _project("汉中港区二期工程加快建设,力争到2027年全市港口年吞吐量达到600万吨。", "港区二期工程")
    assert r.get("capacity") is None, r


def test_a_firm_in_full_carrying_works_out_with_a_partner_is_the_investor() -> None:
    r = _project("城固县引水工程总投资6亿元,由城固县水务投资有限公司与社会资本方共同实施,目前正在建设。",
                 "引水工程")
    assert r["investor"] == "城固县水务投资有限公司", r
    r = _project("汉江航道疏浚工程开工,由汉中航运建设有限公司组织实施,总投资1.2亿元。", "航道疏浚工程")
    assert r["investor"] == "汉中航运建设有限公司", r


# --- places: a city paper's county short forms, a detail across a route's ends, the region's 全区 ---

def test_a_city_paper_places_a_project_by_its_county_short_form() -> None:
    page = ("汉中日报  2025年11月28日  星期五  第2版\n\n全省交通投资保持增长\n"
            "本报讯(记者 周明)全省交通投资保持增长。汉中港西乡作业区一期工程正在进行桩基施工。\n")
    r = _project(page, "作业区一期工程")
    assert r["location"]["county"] == "西乡县", r["location"]


def test_a_detail_read_across_a_route_s_two_ends_is_no_town() -> None:
    page = ("汉中日报  2025年11月28日  星期五  第2版\n\n全省交通投资保持增长\n"
            "本报讯(记者 周明)全省交通投资保持增长。西乡至镇巴高速公路已完成施工招标,正在进行桩基施工。\n")
    r = _project(page, "高速公路")
    assert r["location"]["detail"] is None, r["location"]
    r = _project("西乡县沙河镇污水处理厂已完成施工招标,正在进行桩基施工。", "污水处理厂")
    assert r["location"]["detail"] == "沙河镇", r["location"]
    r = _project("东至经济开发区年产5万吨电子化学品项目正在进行桩基施工。", "电子化学品项目")
    assert r["location"]["detail"] == "东至经济开发区", r["location"]


def test_without_a_city_masthead_the_project_stays_unplaced() -> None:
    page = ("全省交通投资保持增长\n本报讯(记者 周明)全省交通投资保持增长。"
            "西乡至镇巴高速公路已完成施工招标,正在进行桩基施工。\n")
    r = _project(page, "高速公路")
    assert not (r.get("location") or {}).get("county"), r.get("location")


def test_the_region_s_office_as_the_source_makes_quanqu_the_region() -> None:
    page = ("本报讯(记者 王刚)记者从自治区交通运输厅获悉,2026年全区计划实施交通重点项目80个,总投资2100亿元。"
            "赤峰市元宝山区至松山区快速路正在加快建设。\n")
    regions = [r.get("region") for r in records(_page(page), "batch") if r.get("count") == 80]
    assert regions == ["内蒙古自治区"], regions


# --- batches: a whole region's event held at a venue, rounds counted in 批 ---------------------------

def test_a_whole_region_s_event_held_at_a_venue_keeps_its_scope() -> None:
    page = ("本报讯 11月20日,全市重大项目集中开工活动在略阳县接官亭镇举行。此次集中开工的项目共15个,"
            "总投资58亿元。\n")
    page = "汉中日报  2025年11月28日  星期五\n" + page
    regions = [r.get("region") for r in records(page, "batch") if r.get("count") == 15]
    assert regions == ["汉中市"], regions


def test_rounds_of_a_collective_start_counted_in_pi_are_no_batch() -> None:
    page = _page("今年以来,勉县已先后组织四批项目集中开工,累计开工项目42个,总投资120亿元。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 4 not in counts and 42 in counts, counts


# --- articles: a forecast line over the title of the day's news -------------------------------------

def test_a_forecast_line_over_an_event_title_is_the_kicker() -> None:
    page = ("预计明年6月建成通车\n宁强至略阳高速公路全线贯通\n本报讯(记者 周明)11月26日,宁强至略阳高速公路"
            "实现全线贯通。\n")
    heads = [(a.headline, a.kicker) for a in doc(page).articles if a.headline]
    assert heads == [("宁强至略阳高速公路全线贯通", "预计明年6月建成通车")], heads


def test_a_title_naming_its_works_before_the_forecast_stays_the_title() -> None:
    page = ("略阳嘉陵江四桥预计明年通车\n本报讯(记者 周明)11月26日,略阳县嘉陵江四桥主桥顺利合龙。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["略阳嘉陵江四桥预计明年通车"], heads
