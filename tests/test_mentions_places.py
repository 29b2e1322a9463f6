"""Places: own snippets for short forms, stop-list, zones, old names and priors."""

from __future__ import annotations

import pytest

from newsmill.core.model import Article, Document
from newsmill.plugins.annotate_places import place_mentions
from newsmill.zh.gazetteer import Gazetteer, Priors, parse_location


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def places(text: str, region: str = "", articles: list[Article] | None = None) -> list[dict]:
    doc = Document.from_text(text)
    doc.articles = articles or []
    found = place_mentions(doc, Gazetteer.default(), region)
    return [m.value | {"surface": text[m.start:m.end]} for m in found]


def test_full_names_and_hierarchy():
    found = places("四川省广元市青川县新签约三个项目。")
    assert [(p["name"], p["code"], p["level"]) for p in found] == [
        ("四川省", "510000", "province"), ("广元市", "510800", "prefecture"), ("青川县", "510822", "county")]
    assert found[2]["province"] == "四川省" and found[2]["city"] == "广元市"
    assert found[2]["parent_code"] == "510800"


def test_short_forms_resolve_to_full_names():
    found = places("自贡出台新政策，内江、宜宾紧随其后。")
    assert [(p["surface"], p["name"], p["code"]) for p in found] == [
        ("自贡", "自贡市", "510300"), ("内江", "内江市", "511000"), ("宜宾", "宜宾市", "511500")]


def test_old_names_map_to_current_units():
    found = places("当年的襄樊市如今已更名。")
    assert found[0]["name"] == "襄阳市" and found[0]["code"] == "420600"


@pytest.mark.parametrize("text", [
    "双方签署战略合作协议，深化经贸合作。",
    "全面推进乡村振兴，做好巩固衔接。",
    "推动双城经济圈建设走深走实。",
    "该厂以玄武岩纤维为主要产品。",
    "创建国家农业示范县取得成效。",
    "营造投资兴业的良好环境。",
    "打通物流通道，擎起产业红旗，阔步前进。",
    "今年新建项目二十个，新区发展迅速。",
    "城区和郊区的路网同步改造。",
    "人民币汇率在合理均衡水平上保持基本稳定。",
    "配套政策正在陆续出台中。",
])
def test_stop_list_words_are_not_places(text):
    assert places(text) == []


def test_county_short_form_needs_context():
    # a lone county short form with no support from the page is not trusted
    assert places("兴化纤维项目开工。") == []
    # the same kind of short form after its prefecture is a place
    found = places("泰州兴化的稻米远销各地。")
    assert [p["name"] for p in found] == ["泰州市", "兴化市"]


def test_zones_from_patterns_and_curated_list():
    found = places("广元经开区与沿滩高新区、川渝高竹新区和天府新区均有新项目。")
    zones = {p["name"]: p for p in found}
    assert zones["广元经开区"]["level"] == "zone" and zones["广元经开区"]["parent_code"] == "510800"
    assert zones["广元经开区"]["zone_type"] == "econ_dev"
    assert zones["沿滩高新区"]["parent_code"] == "510311" and zones["沿滩高新区"]["city"] == "自贡市"
    assert zones["川渝高竹新区"]["parent_code"] == "511600"
    assert zones["四川天府新区"]["code"] == "510156"


def test_bare_zone_word_refers_back_to_named_zone():
    text = "德阳经开区今年引进项目十个。经开区负责人介绍，明年还将扩区。"
    found = places(text)
    assert [p["name"] for p in found] == ["德阳经开区", "德阳经开区"]


def test_generic_district_names_only_after_parent():
    assert [p["code"] for p in places("攀枝花市东区新建一所学校。")] == ["510400", "510402"]
    assert places("城东区一带") == []


def test_region_prior_resolves_ambiguous_county(gaz):
    text = "西湖区举行招商推介会。"
    assert {p["code"] for p in places(text, region="江西省")} == {"360103"}
    assert {p["code"] for p in places(text, region="浙江省")} == {"330106"}
    # without any prior the name stays ambiguous and lists its alternatives
    m = gaz.find(text)[0]
    assert m.ambiguous


def test_dateline_prior_resolves_ambiguous_county():
    text = "本报杭州讯 西湖区举行招商推介会，签约项目十二个。"
    doc_articles = [Article(start=0, end=len(text))]
    found = places(text, articles=doc_articles)
    assert found[-1]["code"] == "330106"
    art = [Article(start=0, end=len(text), dateline="南昌")]
    assert places(text.replace("杭州", "南昌"), articles=art)[-1]["code"] == "360103"


def test_neighbouring_names_resolve_each_other(gaz):
    found = gaz.find("浙江杭州西湖区")
    assert [m.division.code for m in found] == ["330000", "330100", "330106"]
    assert gaz.find("南昌市西湖区")[-1].division.code == "360103"


def test_street_names_are_not_places():
    assert [p["name"] for p in places("青岛市香港中路一号")] == ["青岛市"]
    found = places("公司位于沈阳市和平区太原南街。")
    assert [(p["name"], p["code"]) for p in found] == [("沈阳市", "210100"), ("和平区", "210102")]


def test_priors_object_accumulates():
    p = Priors()
    p.add("510000", 1.0)
    p.add("510000", 0.5)
    p.add(None)
    assert p.keys == {"510000": 1.5}


def test_parse_location_address():
    loc = parse_location("四川省成都市蒲江县西来镇")
    assert (loc["province"], loc["city"], loc["county"]) == ("四川省", "成都市", "蒲江县")
    loc = parse_location("重庆两江新区")
    assert (loc["county"], loc["city"], loc["province"]) == ("两江新区", "重庆市", "重庆市")
    assert parse_location("南阳镇东村") == {"province": None, "city": None, "county": None}


def test_prefecture_mentions_fill_the_city_of_a_location():
    from newsmill.zh.recctx import location_of

    doc = Document.from_text("项目落户广元市。")
    [m] = list(place_mentions(doc, Gazetteer.default()))
    loc = location_of(m)
    assert loc["city"] == "广元市" and loc["province"] == "四川省" and loc["detail"] is None


def test_region_option_through_the_pipeline():
    from newsmill import Pipeline

    text = "鼓楼区新签约项目八个。"
    codes = {}
    for region in ("江苏省", "福建省"):
        nlp = Pipeline(config={"annotate-places": {"region": region}})
        doc = nlp.process(text)
        codes[region] = {m.value["code"] for m in doc.mentions if m.kind == "place"}
    assert codes["江苏省"] <= {"320106", "320302"} and codes["江苏省"]
    assert codes["福建省"] == {"350102"}


def test_zone_with_a_proper_name_between_place_and_suffix():
    found = places("泸州临港经开区与绵阳游仙经开区签署协议。")
    zones = [(p["name"], p["parent_code"]) for p in found if p["level"] == "zone"]
    assert zones == [("泸州临港经开区", "510500"), ("游仙经开区", "510704")]
    assert [p["name"] for p in found if p["level"] != "zone"] == ["绵阳市"]
    assert [p["level"] for p in places("遂宁今年经开区扩区")] == ["prefecture"]


def test_a_zone_name_holding_another_place_name_is_one_mention():
    # 阳高 is a county of Shanxi; inside the zone name it starts no second zone
    found = places("山西欧阳高新区与湖北东阳高新区签约。")
    spans = [p["surface"] for p in found]
    assert "阳高新区" not in spans
    assert all(p["level"] == "zone" for p in found if p["surface"].endswith("高新区"))
