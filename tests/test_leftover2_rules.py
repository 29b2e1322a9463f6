"""Rules for what sets 21 to 24 still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.brands import brand_head, city_liquor

DAY = dt.date(2024, 6, 12)


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def _investors(page: str) -> dict:
    return {r.get("name"): r.get("investor") for r in _records(page, "project")}


def test_a_city_heading_a_liquor_brand_is_part_of_the_investor() -> None:
    assert city_liquor("绵竹大曲生态酿酒园区二期项目") == "绵竹大曲"
    assert city_liquor("甲乙大曲生态酿酒园区二期项目") is None  # no city: left to the trade rules
    page = "本报讯 6月10日，绵竹大曲生态酿酒园区二期技改项目开工建设，总投资12亿元。\n"
    assert _investors(page).get("绵竹大曲生态酿酒园区二期技改项目") == "绵竹大曲", _investors(page)


def test_a_brand_ending_in_cheng_heads_its_supply_park() -> None:
    assert brand_head("嘉城汽车零部件产业园二期项目") == "嘉城汽车"
    assert brand_head("嘉城汽车产业园二期项目") is None  # no parts: a town's car park may be meant
    assert brand_head("新城汽车零部件产业园项目") is None  # a new town's park
    page = "本报讯 某区在建的嘉城汽车零部件产业园二期项目，今年4月已完成主体施工，总投资9亿元。\n"
    assert _investors(page).get("嘉城汽车零部件产业园二期项目") == "嘉城汽车", _investors(page)


def test_a_scenic_site_after_a_county_is_no_brand() -> None:
    page = ("本报讯 6月8日，荣县龙潭文旅综合体项目开工，总投资6亿元；"
            "荣县甲乙锂电新材料项目签约，总投资18亿元。\n")
    got = _investors(page)
    assert got.get("荣县龙潭文旅综合体项目") is None, got
    assert got.get("荣县甲乙锂电新材料项目") == "甲乙", got


def test_a_parks_own_figures_after_its_project_are_not_the_projects() -> None:
    page = ("平昌县食品产业园扩能\n本报讯（记者 王某）记者近日从平昌县获悉，"
            "平昌县食品产业园二期标准化厂房项目正在加快"
            "建设，项目总投资4.5亿元，新建标准化厂房8万平方米。园区一期已入驻食品企业12家，"
            "今年前5月实现产值6.1亿元，同比增长9.5%。\n")
    got = [(r.get("annual_output_cny"), r.get("area")) for r in _records(page, "project")]
    assert got == [(None, "8万平方米")], got
    # the project's own output, told without turning to the park, is still its own
    own = page.replace("园区一期已入驻食品企业12家，今年前5月实现产值6.1亿元",
                       "项目建成后可实现年产值6.1亿元")
    got = [r.get("annual_output_cny") for r in _records(own, "project")]
    assert got == [610000000], got


def test_a_data_centres_racks_are_its_capacity() -> None:
    page = ("本报讯 8月28日，某县算力中心项目开工，总投资9亿元，新建数据中心机房，可部署标准机柜3200个。\n")
    got = [r.get("capacity") for r in _records(page, "project")]
    assert got == ["可部署标准机柜3200个"], got
    plain = page.replace("可部署标准机柜3200个", "配套建设机房及办公楼")
    assert [r.get("capacity") for r in _records(plain, "project")] == [None]


def test_an_items_month_of_first_output_dates_it_not_the_first_items_day() -> None:
    page = ("某园区公布重点项目进展\n发布日期：2024-10-08\n"
            "为推进项目建设，现将园区重点项目进展公布如下：\n"
            "一、新开工项目（1个，总投资4亿元）\n"
            "1、甲乙智能装备项目（某某机械有限公司，总投资4亿元）：建设厂房3栋，达产后年产值约6亿元，9月12日开工。\n"
            "二、竣工投产项目（2个，总投资7亿元）\n"
            "1、丙丁锂电材料项目（某某新材料有限公司，总投资5亿元）：年产电解液3万吨，8月实现首批产品下线。\n"
            "2、戊己包装材料项目（某某包装有限公司，总投资2亿元）：年产包装膜1万吨，厂房已完工。\n")
    got = {r.get("name"): r.get("date") for r in _records(page, "project", dt.date(2024, 10, 8))}
    assert got.get("丙丁锂电材料项目") == "2024-08", got
    assert got.get("甲乙智能装备项目") == "2024-09-12", got
    assert got.get("戊己包装材料项目") != "2024-09-12", got  # the first item's day is its own


def test_a_zone_prefixed_by_its_county_once_places_its_bare_mentions() -> None:
    page = ("富顺晨光港开发区管理委员会\n网站首页 | 园区概况 | 招商引资 | 园区动态 | 联系我们\n\n"
            "晨光港开发区两个项目开工\n发布日期：2024-06-12　　来源：经济发展局\n\n"
            "6月10日，晨光港开发区甲乙精密铸件项目开工，总投资6亿元。"
            "今年以来，晨光港开发区新签约项目12个，协议投资额88亿元。\n")
    doc = Pipeline().process(page, pub_date=DAY)
    zones = [m.value for m in doc.mentions if m.kind == "place" and m.value.get("name") == "晨光港开发区"]
    assert zones and all((z["province"], z["city"], z["county"]) == ("四川省", "自贡市", None) for z in zones)
    locs = [r.get("location") for r in doc.records if r.kind == "project"]
    assert locs and locs[0]["province"] == "四川省" and locs[0]["detail"] == "晨光港开发区", locs
    # without the prefixed name anywhere, the bare zone stays unplaced
    bare = Pipeline().process(page.replace("富顺晨光港", "晨光港"), pub_date=DAY)
    assert not [m for m in bare.mentions if m.kind == "place" and m.value.get("name") == "晨光港开发区"]


def test_a_park_counting_the_batch_in_the_lead_is_the_members_detail() -> None:
    page = ("本报讯 9月12日，遂溪县预制菜产业园4个项目同日竣工投产，总投资9.3亿元。"
            "其中，甲乙食品年产2万吨预制菜项目总投资3.1亿元。\n")
    got = [r.get("location") for r in _records(page, "project")]
    assert got and got[0]["detail"] == "预制菜产业园" and got[0]["county"] == "遂溪县", got
    # a park that is itself the project's name is no detail of it
    own = "本报讯 9月12日，遂溪县预制菜产业园二期项目开工，总投资9.3亿元。\n"
    assert [r.get("location")["detail"] for r in _records(own, "project")] == [None]


def test_a_quarter_or_half_year_and_a_bare_done_verb_head_no_metric() -> None:
    page = ("本报讯 某县工业园区今年以来加快发展。"
            "园区已入驻企业40家，上半年实现产值12.6亿元，同比增长8.2%。\n")
    got = [r.get("metric") for r in _records(page, "indicator")]
    assert "产值" in got, got


def test_a_portal_meta_lines_outlet_is_the_source_of_stories_run_on_below() -> None:
    page = ("首页 > 新闻中心 > 县域经济\n某市甲县举行2024年二季度重点项目集中开工活动\n"
            "发布时间:2024-06-12 10:05   来源:某州日报\n"
            "6月11日,甲县二季度重点项目集中开工活动举行,集中开工项目9个,总投资36亿元。\n"
            "乙县锂电新材料项目开工\n"
            "6月10日,乙县年产2万吨锂电负极材料项目开工,项目总投资5亿元。\n"
            "【打印本页】【关闭窗口】\n")
    doc = Pipeline().process(page, pub_date=DAY)
    assert [a.source for a in doc.articles] == ["某州日报", "某州日报"], [a.headline for a in doc.articles]
    # a story credited to a reporter of its own keeps to its own credit
    own = page.replace("6月10日,乙县", "本报讯（记者 陈某）6月10日,乙县")
    last = Pipeline().process(own, pub_date=DAY).articles[-1]
    assert last.reporters and last.attributes.get("source_from") != "page label", last


def test_a_parks_tally_since_its_founding_is_named_by_the_founding() -> None:
    page = ("本报讯 9月18日，记者从某某高新区获悉，园区建园八年来，累计引进项目64个，"
            "累计完成固定资产投资188.6亿元。2024年1-8月，园区实现规上工业总产值92.4亿元，同比增长9.1%。"
            "建园以来，园区累计实现税收21.3亿元。\n")
    got = {r.get("value"): r.get("period") for r in _records(page, "indicator", dt.date(2024, 9, 20))}
    assert got.get(18860000000) == "建园以来累计(至2024-09)", got
    assert got.get(2130000000) == "建园以来累计(至2024-09)", got
    assert got.get(9240000000) == "2024-01/2024-08", got


def test_a_firm_taken_up_by_qiye_before_its_sum_is_the_one_company_of_the_paragraph() -> None:
    page = ("本报讯 在某区智能制造园，四川甲乙精工有限公司的装配车间内，工人们正忙着调试设备。"
            "公司负责人介绍，企业投资2.6亿元建设的年产80万套精密轴承项目已于今年5月建成投产。\n")
    got = _investors(page)
    assert got.get("年产80万套精密轴承项目") == "四川甲乙精工有限公司", got
    two = page.replace("的装配车间内", "与四川丙丁机械有限公司的装配车间内")
    assert _investors(two).get("年产80万套精密轴承项目") is None, _investors(two)
