"""Rules the misses of the fortieth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.money import SUM_FIGURE
from tests.heldout_support import rule_helpers

DAY = dt.date(2026, 5, 20)


_doc, _records, _ = rule_helpers(DAY)


def _projects(page: str, day: dt.date | None = DAY) -> dict:
    return {r.get("name"): r for r in _records(page, "project", day)}


def test_an_editor_line_in_full_width_with_ideographic_spaces_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text

    for line in ("（责任编辑　黄　莉）", "（本版编辑　周　敏　校对　何　静）", "（编辑　王　磊）"):
        assert classify_text([line], 0) == ("furniture", "editor line"), line
    # a credit of reporters with such spaces is still no editor line
    assert classify_text(["（记者　黄　莉　通讯员　周　敏）"], 0) is None


def test_the_sum_figure_reads_digits_and_chinese_numerals() -> None:
    import re
    for figure in ("12.5", "一点五", "三千", "二十三点五", "两"):
        assert re.fullmatch(SUM_FIGURE, figure), figure
    assert not re.fullmatch(SUM_FIGURE, "一批")


def test_an_investor_before_an_amount_in_chinese_numerals() -> None:
    page = ("宣汉签约三个农业项目\n\n本报讯 5月12日，宣汉县举行农业招商推介会，"
            "现场签约项目三个，签约金额八亿元。"
            "其中，达州某某粮油有限公司拟投资两亿元，在南坝镇建设菜籽油精炼项目；"
            "四川某某牧业有限公司投资五千万元的肉牛养殖项目落户峰城镇。\n")
    projects = _projects(page)
    oil = projects["菜籽油精炼项目"]
    assert oil.get("investor") == "达州某某粮油有限公司"
    assert oil.get("investment_cny") == 200_000_000
    cattle = projects["肉牛养殖项目"]
    assert cattle.get("investor") == "四川某某牧业有限公司"
    assert cattle.get("investment_cny") == 50_000_000


def test_firms_signed_with_a_sum_after_heji_are_a_batch() -> None:
    page = "开江签约两个项目\n\n本报讯 5月8日，开江县与两家企业签订合作协议，签约金额合计七点二亿元。\n"
    batches = _records(page, "batch")
    got = [(b.get("event"), b.get("count"), b.get("total_cny")) for b in batches]
    assert got == [("signed", 2, 720_000_000)]


def test_projects_of_the_agreement_or_of_the_signed_ones_are_signed() -> None:
    page = ("大竹签下两个新材料项目\n\n本报讯 5月6日，大竹县与两家企业签订投资协议，"
            "协议投资额合计11亿元。\n\n"
            "根据协议，四川某某新材料有限公司将投资8亿元，在庙坝镇建设玄武岩纤维项目，"
            "年产玄武岩纤维2万吨；"
            "某某建材公司投资3亿元建设新型墙材项目。\n")
    projects = _projects(page)
    fibre = projects["玄武岩纤维项目"]
    assert (fibre.get("stage"), fibre.get("status"), fibre.get("date")) == ("signed", "actual", "2026-05-06")
    assert fibre.get("investor") == "四川某某新材料有限公司"
    assert projects["新型墙材项目"].get("stage") == "signed"
    venue = ("渠县签约会落地项目6个\n\n本报讯 5月9日，渠县举行招商引资签约会，"
             "现场签约项目6个，协议总投资30亿元。\n\n"
             "签约项目中，重庆某某文旅有限公司投资约5亿元，在三汇镇建设古镇康养度假项目，"
             "计划年内开工。\n")
    resort = _projects(venue)["古镇康养度假项目"]
    got = (resort.get("stage"), resort.get("status"), resort.get("date"))
    assert got == ("signed", "actual", "2026-05-09")
    assert resort.get("investor") == "重庆某某文旅有限公司"


def test_money_spent_after_a_start_keeps_the_start_and_is_no_statistic() -> None:
    page = ("宣汉项目建设提速\n\n本报讯 今年2月，四川某某能源有限公司在宣汉县投资9亿元建设的"
            "年产3万吨负极材料项目开工，"
            "目前已完成投资2.6亿元，预计10月底建成投产。\n")
    project = _projects(page)["年产3万吨负极材料项目"]
    got = (project.get("stage"), project.get("status"), project.get("date"))
    assert got == ("started", "actual", "2026-02")
    assert not [r for r in _records(page, "indicator") if r.get("value") == 260_000_000]
    # works told under way now after their start still are
    busy = "宣汉项目\n\n本报讯 今年2月，宣汉县某某物流园项目开工，目前正在进行场平施工。\n"
    assert _projects(busy)["宣汉县某某物流园项目"].get("stage") == "under_construction"
    # a class of projects counted keeps its spending (the batch's total), never one works' progress
    region = "宣汉项目\n\n本报讯 今年以来，宣汉县实施重点项目52个，目前已完成投资40亿元。\n"
    got = [(b.get("count"), b.get("total_cny")) for b in _records(region, "batch")]
    assert got == [(52, 4_000_000_000)]


def test_a_county_short_form_with_a_town_heading_a_name_places_the_project() -> None:
    page = ("宣汉县重点项目\n\n本报讯 今年以来，宣汉县加快推进重大项目建设。"
            "4月18日，总投资60亿元的宣汉南坝镇抽水蓄能电站开工。\n")
    loc = _projects(page)["宣汉南坝镇抽水蓄能电站"].get("location")
    assert (loc["county"], loc["detail"]) == ("宣汉县", "南坝镇")


def test_a_store_by_what_it_can_hold_is_a_capacity() -> None:
    page = ("开江冷链项目开工\n\n本报讯 5月3日，总投资2000万元的开江县普安镇冷链物流中心项目开工建设，"
            "建成后可冷藏鲜肉3000吨。\n")
    assert _projects(page)["开江县普安镇冷链物流中心项目"].get("capacity") == "冷藏鲜肉3000吨"
