"""Rules the sixty-second held-out set called for, each on phrasings of its own (other places,
other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers, places

doc, projects, indicators = page_helpers(dt.date(2026, 5, 20))


def furniture(line: str) -> tuple[str, str] | None:
    """What the furniture cleaner makes of one line on its own."""
    return classify_text([line], 0)


def names(text: str) -> list[str]:
    return [text[n.start:n.end] for n in find_names(text, 0, len(text))]


def batches(page: str) -> list[tuple[str | None, int | None]]:
    return [(r.get("region"), r.get("count")) for r in doc(page).records if r.kind == "batch"]


# --- cleaning: a page header with its editors, a contact line, a picture credit ------------------

def test_a_page_header_closed_by_editors_without_colons_is_furniture() -> None:
    line = "璧山报    2025年9月3日  星期三    第3版    区县新闻    本版编辑 陈  洁   校对 王 宇"
    assert furniture(line) == ("furniture", "page header")


def test_a_long_line_naming_an_editor_in_a_sentence_is_no_header() -> None:
    line = "2025年9月3日，第3版刊发的报道由责任编辑陈洁审定后，在全区各乡镇广泛传阅并引发热烈讨论。"
    assert furniture(line) is None


def test_a_line_of_contact_fields_is_furniture() -> None:
    assert furniture("新闻热线：0831-8209911    投稿邮箱：xinwen@126.com") == ("furniture", "contact line")
    assert furniture("本报地址：江北区建新东路8号   邮编：400020   电话：023-67098888")[0] == "furniture"


def test_a_sentence_with_a_telephone_is_no_contact_line() -> None:
    assert furniture("市民可拨打服务热线12345反映问题，相关部门将在3个工作日内答复。") is None


def test_who_gave_the_pictures_is_a_caption() -> None:
    assert furniture("（本版图片均由綦江区融媒体中心提供）") == ("caption", "picture credit")
    assert furniture("照片由受访企业提供") == ("caption", "picture credit")


def test_a_sentence_about_pictures_is_no_credit() -> None:
    assert furniture("图片由人工智能生成的比例越来越高，平台正在完善标注规则。") is None


# --- places: a park's cluster named like a city, a mountain holding a city's short form ----------

def test_a_cluster_of_a_park_named_like_a_city_is_no_city() -> None:
    assert not [p for p in places("项目选址经开区三明组团，新建厂房5万平方米。") if p[1] == "三明市"]
    assert not [p for p in places("园区梅州组团首批企业投产") if p[1] == "梅州市"]


def test_a_city_forming_a_team_stays_the_city() -> None:
    assert ("遂宁", "遂宁市") in places("遂宁组团赴长三角开展招商推介。")


def test_a_mountain_holding_a_city_s_short_form_is_no_city() -> None:
    assert not [p for p in places("歌乐山片区城市更新项目开工") if p[1] == "乐山市"]
    assert not [p for p in places("米仓山生态旅游度假区签约") if p[1] == "仓山区"]


def test_the_city_itself_is_still_found_beside_a_mountain() -> None:
    assert ("乐山", "乐山市") in places("乐山大佛景区游客接待量增长")


# --- projects: a park's standard factory buildings -------------------------------------------------

def test_a_park_and_its_standard_plants_are_one_name() -> None:
    text = "此次开工的有渝南智能装备产业园标准厂房三期、某某大道等项目。"
    assert "渝南智能装备产业园标准厂房三期" in names(text)
    assert "渝南智能装备产业园" not in names(text)


def test_a_park_building_plants_names_the_park_only() -> None:
    assert names("某某食品产业园新建标准化厂房8万平方米") == ["某某食品产业园"]


def test_a_park_s_plants_take_the_park_as_detail_and_no_brand() -> None:
    page = ("厂房项目开工\n\n本报讯 5月18日，綦江区扶欢智能制造产业园标准化厂房二期项目开工，"
            "项目总投资3.6亿元，新建厂房15万平方米。\n")
    r = projects(page)["綦江区扶欢智能制造产业园标准化厂房二期项目"]
    assert r.get("location")["detail"] == "扶欢智能制造产业园"
    assert r.get("location")["county"] == "綦江区"
    assert r.get("investor") is None


def test_a_park_and_the_plants_in_it_are_two_projects() -> None:
    page = ("园区建设提速\n\n本报讯 今年以来，某县加快推进青山食品产业园建设，园区基础设施已基本完工。"
            "青山食品产业园标准化厂房二期项目正在进行主体施工，计划总投资2.4亿元。\n")
    found = projects(page)
    assert "青山食品产业园标准化厂房二期项目" in found


# --- projects: products listed in a yearly output ------------------------------------------------

def test_products_after_a_yearly_output_stay_in_the_capacity() -> None:
    page = ("项目签约\n\n本报讯 5月16日，甲智能科技有限公司投资20亿元建设的智能座舱产业园项目签约，"
            "达产后可年产车载显示屏120万片、智能座舱控制器60万套。\n")
    r = projects(page)["智能座舱产业园项目"]
    assert r.get("capacity") == "年产车载显示屏120万片、智能座舱控制器60万套"
    assert not [x for x in indicators(page) if x.get("value") == 60]


def test_products_listed_before_their_joint_quantity_are_the_capacity() -> None:
    page = ("项目签约\n\n本报讯 5月16日，乙电子有限公司投资6亿元建设消费电子产业基地项目，"
            "建成后可年产平板电脑、学习机等产品300万台。\n")
    assert projects(page)["消费电子产业基地项目"].get("capacity") == "年产平板电脑、学习机等产品300万台"


def test_a_region_s_listed_outputs_stay_statistics() -> None:
    page = ("工业运行\n\n本报讯 一季度，全市生产汽车12.3万辆、摩托车86万辆，同比分别增长8.1%和5.2%。\n")
    assert {x.get("value") for x in indicators(page)} >= {12.3}


# --- indicators: chips counted in pieces ----------------------------------------------------------

def test_chips_counted_in_pieces_are_a_statistic() -> None:
    page = "工业生产\n\n本报讯 1-4月，全省集成电路产量46.2亿块，同比增长12.6%。\n"
    found = [(x.get("value"), x.get("unit")) for x in indicators(page)]
    assert (46.2, "亿块") in found


# --- batches: a place opening its part of a sentence ----------------------------------------------

def test_a_place_opening_its_part_of_the_sentence_is_the_region_of_the_batch() -> None:
    page = ("招商成效\n\n本报讯 一季度，江津区签约项目26个，合同金额158亿元；"
            "綦江区以智能装备项目为主，签约项目14个，合同金额63亿元。\n")
    assert ("綦江区", 14) in batches(page)
    assert ("江津区", 26) in batches(page)


def test_a_partner_after_a_semicolon_gives_no_region() -> None:
    page = ("园区合作\n\n本报讯 铜梁区飞地园区入驻企业30家；与浙江湖州共建的产业园已投产项目9个。\n")
    assert ("湖州市", 9) not in batches(page)


# --- projects: the county of a county's own paper -------------------------------------------------

def test_a_county_s_own_paper_makes_its_zone_projects_its_own() -> None:
    page = ("綦江日报    2025年5月20日  星期二    第2版\n\n招商引资结硕果\n\n"
            "本报讯（记者 周敏）5月18日，我区与丙新材料有限公司签约，丙新材料将在綦江工业园区"
            "投资6亿元建设高性能复合材料项目。\n\n"
            "重点项目集中开工\n\n本报讯（记者 周敏）5月19日，我区二季度重点项目集中开工。"
            "同日开工的还有东溪古镇保护利用工程、三角镇污水处理厂等项目。\n")
    found = projects(page)
    assert found["高性能复合材料项目"].get("location")["county"] == "綦江区"
    assert found["东溪古镇保护利用工程"].get("location")["county"] == "綦江区"


def test_a_page_without_its_county_s_paper_keeps_a_zone_county_empty() -> None:
    page = ("招商引资结硕果\n\n本报讯 5月18日，丙新材料有限公司签约落户，将在綦江工业园区"
            "投资6亿元建设高性能复合材料项目。\n")
    assert projects(page)["高性能复合材料项目"].get("location")["county"] is None


# --- projects: the upgrade of a named scenic site ------------------------------------------------

def test_the_upgrade_of_a_named_scenic_site_is_a_project_name() -> None:
    assert names("同日开工的还有黑山谷景区提升工程等项目。") == ["黑山谷景区提升工程"]


def test_the_upgrade_of_a_region_s_sites_is_no_name() -> None:
    assert names("全区景区提升工程稳步推进。") == []
    assert names("持续推进景区提升工程。") == []
