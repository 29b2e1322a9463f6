"""Investors read from a brand heading a project's name and from partners listed in order."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.zh.brands import brand_head


@pytest.mark.parametrize(("name", "brand"), [
    ("瑞昇绿色涂料项目", "瑞昇"),
    ("鼎丰新能源装备产业园", "鼎丰"),
    ("凯翔生物酶制剂项目", "凯翔"),
    ("岚曜智能仓储中心项目", "岚曜"),
    ("星岚科技(绵阳)传感器生产项目", "星岚科技"),
])
def test_a_brand_before_a_trade_word_is_read(name: str, brand: str) -> None:
    assert brand_head(name) == brand


@pytest.mark.parametrize("name", [
    "生猪屠宰加工项目",        # a product, then what is done with it
    "现代农业产业园",          # a generic opening
    "茶叶精深加工项目",
    "西南装备制造产业园",      # a direction
    "长江新型包装材料项目",    # a river
    "川南新材料产业基地项目",  # a region named by a province's one-character name
    "保税物流中心",
    "玄武岩产业园",            # no trade word after the head
    "年产5万吨绿色建材项目",
    "龙门智能装备产业园",      # a county's short form (龙门县)
    "鹭洲岛文旅综合体项目",    # an island
    "沱江西岸储能电池配套项目",  # a river's bank
    "有机食品加工园",
    "某甲乙丙丁戊新能源项目",  # too long a head for a brand
])
def test_products_places_and_generic_openings_are_no_brands(name: str) -> None:
    assert brand_head(name) is None


def test_a_town_named_on_the_page_is_no_brand() -> None:
    assert brand_head("湖溪智能家居产业园") == "湖溪"
    assert brand_head("湖溪智能家居产业园", "项目位于湖溪镇工业集中区。") is None


def _investors(sentence: str) -> dict[str, object]:
    page = "某市招商引资工作综述\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 8))
    return {r.get("name"): r.get("investor") for r in doc.records if r.kind == "project"}


def test_a_project_named_after_its_brand_takes_it_as_investor() -> None:
    got = _investors("4月，睿峰新能源储能电站项目在临溪县开工建设，总投资8亿元。")
    assert got.get("睿峰新能源储能电站项目") == "睿峰", got


def test_a_company_named_in_the_clause_comes_before_the_brand() -> None:
    got = _investors("四川睿峰电力有限公司投资8亿元建设的睿峰新能源储能电站项目日前开工。")
    assert got.get("睿峰新能源储能电站项目") == "四川睿峰电力有限公司", got


def test_a_county_heading_a_name_is_no_investor() -> None:
    got = _investors("4月，临溪县绿色食品产业园项目开工建设，总投资8亿元。")
    assert got.get("临溪县绿色食品产业园项目") is None, got


def test_partners_listed_before_the_verb_invest_in_the_projects_listed_after_it() -> None:
    got = _investors("目前，我市已与华岳集团、恒川能源公司、晋源公司等企业签订了北山煤化工一体化项目、"
                     "城东天然气调峰站项目、白沙湾抽水蓄能电站项目等投资协议，合计总投资约260亿元。")
    assert got.get("北山煤化工一体化项目") == "华岳集团", got
    assert got.get("城东天然气调峰站项目") == "恒川能源公司", got
    assert got.get("白沙湾抽水蓄能电站项目") == "晋源公司", got


def test_partners_are_not_paired_when_the_counts_differ() -> None:
    got = _investors("目前，我市已与华岳集团、恒川能源公司等企业签订了北山煤化工一体化项目、"
                     "城东天然气调峰站项目、白沙湾抽水蓄能电站项目等投资协议。")
    assert got.get("城东天然气调峰站项目") != "恒川能源公司", got
    assert got.get("白沙湾抽水蓄能电站项目") is None, got


def test_a_county_in_full_then_a_brand_gives_the_brand() -> None:
    got = _investors("4月，南江县鸿岳锂电新材料项目开工建设，总投资12亿元。")
    assert got.get("南江县鸿岳锂电新材料项目") == "鸿岳", got


def test_a_county_then_a_product_gives_no_brand() -> None:
    got = _investors("4月，安岳县农产品冷链物流中心项目开工建设，总投资2亿元。")
    assert got.get("安岳县农产品冷链物流中心项目") is None, got


def test_the_partner_a_project_was_signed_with_invests_in_it() -> None:
    got = _investors("其中，我县与华岳新能源有限公司签约的100兆瓦光伏发电项目投资4.2亿元。")
    assert got.get("100兆瓦光伏发电项目") == "华岳新能源有限公司", got


def test_a_firm_investing_in_a_place_invests_in_what_it_builds() -> None:
    got = _investors("6月，鸿岳精密在临溪高新区投资30亿元建设的消费电子产业园项目签约落户。")
    assert got.get("消费电子产业园项目") == "鸿岳精密", got
    got = _investors("6月，我县在临溪高新区投资3亿元建设的标准化厂房项目开工。")
    assert got.get("标准化厂房项目") is None, got


def test_a_firm_named_by_its_trade_invests() -> None:
    got = _investors("青川天元锰业投资6亿元建设的电解锰渣综合利用项目建成投产。")
    assert got.get("电解锰渣综合利用项目") == "青川天元锰业", got


def _capacities(sentence: str) -> dict[str, object]:
    page = "某市招商引资工作综述\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 8))
    return {r.get("name"): r.get("capacity") for r in doc.records if r.kind == "project"}


def test_what_a_plant_can_make_a_year_is_its_capacity() -> None:
    got = _capacities("4月，鸿岳绿氢制备项目开工建设，总投资20亿元，建成后年可生产绿氢8000吨。")
    assert got.get("鸿岳绿氢制备项目") == "年可生产绿氢8000吨", got


def test_a_store_s_size_is_its_capacity() -> None:
    got = _capacities("城北冷链物流园项目主体封顶，总投资3亿元，冷藏能力达到6万吨。")
    assert got.get("城北冷链物流园项目") == "冷藏能力达到6万吨", got


def test_a_county_s_short_name_may_open_a_brand() -> None:
    got = _investors("4月，南江鸿芯半导体封装项目开工建设，总投资18亿元。")
    assert got.get("南江鸿芯半导体封装项目") == "南江鸿芯", got


def test_a_county_s_short_name_then_a_product_is_no_brand() -> None:
    got = _investors("4月，安岳茶叶冷链仓储中心项目开工建设，总投资2亿元。")
    assert got.get("安岳茶叶冷链仓储中心项目") is None, got


def test_a_phase_before_a_capacity_is_no_investor() -> None:
    got = _investors("园区一期12万平方米标准厂房已建成投用，二期8万平方米标准厂房开工建设。")
    assert got and all(v is None for v in got.values()), got
