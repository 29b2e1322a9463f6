"""Rules the misses of the ninety-eighth held-out set called for, each on phrasings of its own.

The set is the digital economy, new energy vehicles and high-tech parks: a city paper's print page
with full-width figures and a title set over two lines, a city paper's web copy in markdown with a
meta line of fields apart by bars, and a print page whose titles a narrow column cut in two.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import (
    classify_text,
    imprint_line,
    section_lines_between,
    site_furniture,
)
from newsmill.plugins.clean_linebreaks import predicate_wrap
from newsmill.plugins.extract_projects.amounts import RACKS
from newsmill.plugins.extract_projects.filters import _parks_heading_projects
from newsmill.zh.brands import brand_head
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.notices import advert_lines
from newsmill.zh.projects import NameSpan, find_names, is_generic
from newsmill.zh.title_wraps import capacity_head_wrap, head_noun_wrap, park_figure_wrap
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 4, 20))


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- cleaning: one title over two lines ---------------------------------------------------------------

def test_a_bare_head_noun_opening_the_second_line_goes_on_the_first() -> None:
    assert head_noun_wrap("仙桃智能家居", "产业园集中开工5个项目")
    assert head_noun_wrap("潜江生物医药", "基地一期工程封顶")


def test_a_kicker_with_a_verb_or_a_title_with_its_subject_is_no_head_noun_cut() -> None:
    assert not head_noun_wrap("加快打造智能家居", "产业园集中开工5个项目")
    assert not head_noun_wrap("仙桃智能家居产业园", "8个项目集中开工")
    assert not head_noun_wrap("项目建设 再提速", "产业园集中开工5个项目")


def test_a_park_then_its_count_of_firms_is_one_title() -> None:
    assert park_figure_wrap("潜江数字经济孵化园", "入驻企业突破120家")
    assert park_figure_wrap("天门市智能制造产业园", "累计签约入驻项目达到46个")


def test_a_park_with_its_news_or_firms_counted_first_is_no_park_figure_cut() -> None:
    assert not park_figure_wrap("潜江数字经济孵化园建设提速", "入驻企业突破120家")
    assert not park_figure_wrap("潜江数字经济孵化园", "120家企业签约入驻")
    assert not park_figure_wrap("孵化园", "入驻企业突破120家")


def test_a_capacity_and_product_then_the_works_and_its_event() -> None:
    assert capacity_head_wrap("年产5000万片高端光学", "镜片生产线项目投产")
    assert capacity_head_wrap("年产30GWh动力电池", "及储能系统项目正式开工")


def test_a_capacity_kicker_over_a_title_naming_its_place_is_kept_apart() -> None:
    assert not capacity_head_wrap("年产5000万片高端光学镜片", "荆门市光学产业园项目投产")
    assert not capacity_head_wrap("总投资12亿元 年产5000万片", "镜片生产线项目投产")
    assert not capacity_head_wrap("年产5000万片高端光学", "镜片销往东南亚")


def test_a_signing_and_the_place_the_works_settle_in_is_a_predicate_line() -> None:
    assert predicate_wrap("锂电池隔膜及涂覆材料项目", "集中签约落户潜江")
    assert not predicate_wrap("锂电池隔膜及涂覆材料项目", "落户潜江高新区智能装备产业园")
    assert not predicate_wrap("推动锂电池项目签约", "集中签约落户潜江")


def test_a_title_cut_before_its_park_noun_is_one_headline() -> None:
    page = ("天门新能源汽车\n产业园集中签约6个项目\n\n本报讯(记者 邹清远)4月16日,天门市新能源汽车产业招商"
            "大会举行,集中签约项目6个,总投资68亿元。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["天门新能源汽车产业园集中签约6个项目"], heads


# --- cleaning: furniture of print and web pages -------------------------------------------------------

def test_an_editor_line_whose_later_role_holds_its_name_closed_up() -> None:
    assert classify_text(["责任编辑 王楠 版式设计李可"], 0) == ("furniture", "editor line")
    assert classify_text(["责任编辑王楠介绍,项目已于3月开工。"], 0) is None


def test_a_meta_line_of_fields_apart_by_bars_led_by_the_time() -> None:
    assert site_furniture("2025-09-03 10:20 | 来源：荆州日报 | 作者：李明 | 编辑：王芳") == "page meta"
    assert site_furniture("2025-09-03 | 荆州召开项目调度会 | 来源：荆州日报") is None


def test_an_interior_view_with_its_credit_is_a_caption() -> None:
    assert classify_text(["智能工厂生产车间内景。（记者 张伟 摄）"], 0) == ("caption", "scene label")
    assert classify_text(["记者走进生产车间,内景一览无余,工人们正在忙碌。"], 0) is None


def test_an_advert_line_of_items_apart_by_wide_blanks() -> None:
    texts = ["【广告】", "荆楚之星汽车城　秋季车展　9月20日—21日　到店有礼", "咨询热线:0716-8123456"]
    assert advert_lines(texts) == [0, 1, 2]
    story = ["【广告】", "", "9月20日,荆州市秋季车展开幕,到店看车的市民络绎不绝,成交车辆300余台。"]
    assert advert_lines(story) == [0]


def test_an_imprint_with_hotline_and_counsel_and_fields_glued_at_their_label() -> None:
    assert imprint_line("荆州日报社地址：荆州市江津路邮编：434000 新闻热线：0716-8451234")
    assert imprint_line("荆州日报社 邮编：434000 本报法律顾问：湖北楚天律师事务所")
    assert not imprint_line("荆州市江津路 新闻热线")


def test_a_paper_name_and_a_section_between_header_lines() -> None:
    texts = ["2025年9月3日 星期三", "荆州日报", "经济·园区", "责任编辑 王楠 美编 李可"]
    assert section_lines_between(texts, {0, 3}) == [1, 2]
    texts = ["2025年9月3日 星期三", "项目建设", "加速推进", "责任编辑 王楠 美编 李可"]
    assert section_lines_between(texts, {0, 3}) == []


# --- places: zones of Huzhou --------------------------------------------------------------------------

def test_huzhou_zones_lie_in_their_city_and_county() -> None:
    r = _project("南太湖新区年产5万吨特种纤维项目日前开工,总投资9亿元。", "特种纤维")
    assert (r["location"]["city"], r["location"]["county"]) == ("湖州市", None), r["location"]
    r = _project("莫干山高新区年产2万套智能座椅项目日前开工,总投资6亿元。", "智能座椅")
    loc = r["location"]
    assert (loc["city"], loc["detail"]) == ("湖州市", "莫干山高新技术产业开发区"), loc


# --- projects: a park before 的, a building of the project, chemistry heading a name -------------------

def test_a_park_joined_to_a_project_by_de_is_its_site_not_a_project() -> None:
    text = "嘉鱼县潘家湾工业园的光伏边框项目正在安装设备"
    park = NameSpan(0, 9, "嘉鱼县潘家湾工业园")
    works = NameSpan(10, 16, "光伏边框项目")
    assert text[park.end] == "的" and text[works.start:works.end] == works.name
    kept, parks = _parks_heading_projects([park, works], text)
    assert kept == [works] and parks == {10: park}


def test_a_park_joined_to_a_name_that_is_no_project_stays() -> None:
    text = "嘉鱼县潘家湾工业园的标准厂房已建成"
    park = NameSpan(0, 9, "嘉鱼县潘家湾工业园")
    other = NameSpan(10, 14, "标准厂房")
    kept, parks = _parks_heading_projects([park, other], text)
    assert kept == [park, other] and parks == {}


def test_a_park_before_de_gives_the_project_its_county() -> None:
    page = ("咸宁市今年以来新开工项目21个。嘉鱼县潘家湾工业园的光伏边框项目正在安装设备,预计6月投产。")
    r = _project(page, "光伏边框")
    assert r["location"]["county"] == "嘉鱼县", r["location"]


def test_a_building_of_the_project_just_told_is_no_project() -> None:
    assert is_generic("项目联合厂房")
    assert is_generic("该项目主厂房")
    assert not is_generic("联合厂房扩建项目")


def test_a_battery_chemistry_or_chip_material_heading_a_name_is_no_brand() -> None:
    assert brand_head("锂离子电池隔膜项目") is None
    assert brand_head("氮化镓外延片项目") is None
    assert brand_head("恒达新能源电池项目") == "恒达"


def test_preparation_under_way_with_only_works_planned_stays_preparation() -> None:
    page = "潜江市江汉盐化工循环经济项目已完成选址,正在开展前期工作。"
    r = _project(page, "盐化工循环经济")
    assert r.get("stage") == "planned", r


def test_racks_a_phase_adds_or_plans_are_its_capacity() -> None:
    assert RACKS.search("该项目新增标准机架8000个") is not None
    assert RACKS.search("规划标准机架1.5万个") is not None
    assert RACKS.search("机架上架率达到75%") is None


def test_who_gave_the_page_pictures_credits_no_one() -> None:
    assert parse_credit_line("本版图片由荆州日报摄影部提供") is None
    assert parse_credit_line("（图片均由公安县融媒体中心提供）") is None
    c = parse_credit_line("（记者 张伟 摄）")
    assert c is not None and [n.text for n in c.reporters] == ["张伟"]


def test_a_fund_the_place_sets_up_in_an_item_after_the_fair_is_its_statistic() -> None:
    page = ("# 公安县数字经济招商推介会举行\n\n本报讯 4月8日,公安县数字经济招商推介会举行。\n\n"
            "推介会上,县政府与两家银行签署战略合作协议;县里还设立规模5亿元的数字产业发展基金。\n")
    metrics = [r.get("metric") for r in records(page, "indicator")]
    assert any("基金" in (m or "") for m in metrics), metrics


def test_the_fair_s_own_sums_stay_the_fair_s() -> None:
    page = ("# 公安县农产品展销会举行\n\n本报讯 4月8日,公安县农产品展销会举行。\n\n"
            "展销会上,现场销售额达到1200万元,签订购销合同36份。\n")
    assert [r.get("value") for r in records(page, "indicator")] == []


def test_a_plant_s_results_after_its_name_are_its_own() -> None:
    page = ("# 江陵县新材料产业加速集聚\n\n本报讯 去年投产的年产5万吨电子级硅材料项目,"
            "今年一季度实现产值3.2亿元,同比增长41%。\n")
    assert [r.get("value") for r in records(page, "indicator")] == []


def test_a_region_s_results_stay_its_statistic() -> None:
    page = "# 江陵县一季度经济运行\n\n本报讯 一季度,江陵县规上工业实现产值86.4亿元,同比增长9.2%。\n"
    assert 8640000000 in [r.get("value") for r in records(page, "indicator")]


def test_a_count_added_right_after_a_level_with_no_date_adds_to_it() -> None:
    page = ("# 监利市工业经济\n\n本报讯 去年,监利市规模以上工业企业达到186家,新增23家,"
            "规上工业产值增长10.8%。\n")
    found = {r.get("metric"): r.get("value") for r in records(page, "indicator")}
    assert found.get("新增规模以上工业企业") == 23, found


def test_a_count_added_of_another_unit_stays_apart() -> None:
    page = "# 监利市工业经济\n\n本报讯 去年,监利市规模以上工业企业达到186家,新增项目21个。\n"
    found = {r.get("metric"): r.get("value") for r in records(page, "indicator")}
    assert "新增规模以上工业企业" not in found, found


def test_projects_counted_with_their_agreed_sum_are_signed() -> None:
    page = ("# 松滋市招商引资\n\n本报讯 3月5日,松滋市举行招商推介会。其中,4个项目协议投资合计26亿元,"
            "涵盖新材料和食品加工领域。\n")
    batches = [(r.get("count"), r.get("event")) for r in records(page, "batch")]
    assert (4, "signed") in batches, batches


def test_projects_counted_with_a_plain_total_keep_no_agreed_event() -> None:
    page = "# 松滋市项目建设\n\n本报讯 今年松滋市共有4个项目总投资合计26亿元,涵盖新材料领域。\n"
    batches = [(r.get("count"), r.get("event")) for r in records(page, "batch")]
    assert (4, "signed") not in batches, batches


def test_a_factor_offered_to_firms_listed_first_is_no_works() -> None:
    assert find_names_in("洪湖市发布了电子信息产业园厂房、用地、用工等要素清单。") == []
    names = [n.name for n in find_names_in("洪湖市建设电子信息产业园、冷链物流园等项目。")]
    assert names == ["电子信息产业园", "冷链物流园"], names


def find_names_in(text: str) -> list:
    """The names :func:`find_names` finds in the whole of ``text``."""
    return find_names(text, 0, len(text))


def test_two_works_joined_by_he_are_two_names() -> None:
    text = "某区正与两家企业洽谈建设汽车测试验证中心和智能座舱研发总部项目。"
    names = [n.name for n in find_names_in(text)]
    assert names == ["汽车测试验证中心", "智能座舱研发总部项目"], names


def test_one_works_with_he_inside_stays_one_name() -> None:
    names = [n.name for n in find_names_in("某区研发和生产基地项目今年开工。")]
    assert names and all("研发" not in n or "基地" in n for n in names), names
    assert brand_head("车规级功率模块项目") is None
