"""Rules the project misses left in sets 68, 69 and older called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.units import find_quantities
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 9, 18))


def _read(page: str) -> dict[float, tuple[str, str]]:
    return {r.get("value"): (str(r.get("metric")), str(r.get("period"))) for r in indicators(page)}


# --- numbers: one Chinese digit a rise adds ---------------------------------------------------------

def test_one_chinese_digit_after_a_rise_is_a_count() -> None:
    assert [(q.value, q.unit) for q in find_quantities("较年初净增七家")] == [(7, "家")]
    assert [(q.value, q.unit) for q in find_quantities("园区今年新增三个")] == [(3, "个")]


def test_one_chinese_digit_elsewhere_stays_no_count() -> None:
    assert list(find_quantities("走访三家村")) == []
    assert list(find_quantities("新增一家")) == []
    assert list(find_quantities("九家企业")) == []


# --- statistics: a count added to the level told just before ----------------------------------------

def test_a_count_added_since_the_year_began_names_the_level_it_adds_to() -> None:
    found = _read("科技创新\n\n本报讯 截至6月底，全区高新技术企业达到215家，较年初新增七家。\n")
    assert found[215][0] == "高新技术企业"
    assert found[7] == ("新增高新技术企业", "2025-01/2025-06")


def test_a_fall_from_the_level_is_no_added_count() -> None:
    found = _read("科技创新\n\n本报讯 截至6月底，全区高新技术企业达到215家，较去年同期减少七家。\n")
    assert 7 not in found


# --- projects: works told as background, things unnamed, sectors sought, projects brought along ------

def _names(page: str) -> set[str]:
    return {str(n) for n in projects(page)}


def test_works_of_a_class_built_little_by_little_are_background() -> None:
    names = _names("区域发展\n\n本报讯 随着广湛高铁、湛江湾大桥等跨海通道相继建成，"
                   "雷州市与珠三角的联系日益紧密。\n")
    assert not any("高铁" in n or "通道" in n for n in names)


def test_works_after_suiran_told_with_their_own_stage_stay_projects() -> None:
    names = _names("项目建设\n\n本报讯 随着雷州市乌石港扩建工程建成投产，当地渔获吞吐量大幅提升。\n")
    assert any("乌石港扩建工程" in n for n in names)


def test_a_thing_of_a_kind_planned_with_yige_is_no_name() -> None:
    names = _names("青年创业\n\n本报讯 潮州市今年计划建成一座服务归国青年的电商直播基地，"
                   "潮安区凤凰单丛茶加工基地项目已开工。\n")
    assert not any("直播基地" in n for n in names)
    assert any("单丛茶加工基地项目" in n for n in names)


def test_one_project_told_with_its_sum_after_yige_stays_a_project() -> None:
    names = _names("项目建设\n\n本报讯 榆林高新区一个总投资38亿元的煤基新材料项目日前开工，"
                   "另有一个计划投资5亿元的光伏组件项目同步建设。\n")
    assert any("煤基新材料项目" in n for n in names)
    assert any("光伏组件项目" in n for n in names)


def test_sectors_a_place_seeks_to_draw_are_no_projects() -> None:
    names = _names("招商引资\n\n本报讯 琼海市将重点吸引医疗健康、会展服务和滨海旅游项目，"
                   "博鳌乐城某某国际医院项目计划年底开工。\n")
    assert not any("滨海旅游项目" in n for n in names)
    assert any("国际医院项目" in n for n in names)


def test_projects_brought_along_are_a_way_of_speaking() -> None:
    names = _names("招商引资\n\n本报讯 中山市负责人在推介会上致辞时说，中山是湾区土地最充裕的城市之一，"
                   "「侨商带着项目来，我们负责把厂房准备好。」\n")
    assert not any("带着" in n for n in names)


def test_a_project_a_firm_brings_in_stays_a_project() -> None:
    names = _names("招商引资\n\n本报讯 中山市某某电子有限公司带来的年产200万台小家电项目已开工。\n")
    assert any("小家电项目" in n for n in names)


# --- batches: a title's count with no counter, places run together, projects brought about --------

def _batches(page: str) -> list[dict]:
    return [{k: r.get(k) for k in r.fields} for r in doc(page).records if r.kind == "batch"]


def test_a_titles_count_with_no_counter_over_two_counties_of_a_province() -> None:
    found = _batches("琼海陵水三项目集中开工 总投资逾40亿元\n\n本报讯 昨日，琼海市的康养社区项目、"
                     "陵水黎族自治县的酒店项目和琼海市的冷链物流项目同时开工。\n")
    assert [(b["count"], b["event"], b["region"], b["total_cny"]) for b in found] \
        == [(3, "started", "海南省", 4000000000)]


def test_a_titles_count_over_two_counties_of_one_city_is_the_citys() -> None:
    found = _batches("乐昌南雄两项目同日签约\n\n本报讯 昨日，乐昌市和南雄市各签约一个港资项目。\n")
    assert [(b["count"], b["region"]) for b in found] == [(2, "韶关市")]


def test_a_titles_ordinal_is_no_count() -> None:
    assert _batches("第三项目部完成年度任务\n\n本报讯 昨日，某某公司第三项目部通过验收。\n") == []


def test_projects_a_body_helped_bring_about_are_no_batch() -> None:
    found = _batches("乡情\n\n本报讯 某某商会今年已组织6批次客商回乡考察，促成项目12个。\n")
    assert found == []


def test_projects_signed_it_brought_about_stay_a_batch() -> None:
    found = _batches("乡情\n\n本报讯 某某商会今年已组织6批次客商回乡考察，促成签约项目12个。\n")
    assert [(b["count"], b["event"]) for b in found] == [(12, "signed")]


# --- projects: a division heading a project's name ---------------------------------------------------

def _location(page: str, word: str) -> dict:
    return next(r.get("location") for n, r in projects(page).items() if word in str(n))


def test_a_county_under_its_province_heading_a_name_is_its_place() -> None:
    page = ("鄂港合作\n\n本报讯 湖北省仙桃市和潜江市今年各引进港资项目3个。\n\n"
            "4日上午，由香港某某控股有限公司投资的仙桃国际无纺布产业园项目举行动工仪式。\n")
    loc = _location(page, "无纺布产业园")
    assert (loc.get("province"), loc.get("county")) == ("湖北省", "仙桃市")


def test_a_city_heading_a_name_after_another_citys_story() -> None:
    page = ("简讯\n\n■某某能源有限公司与珠海斗门区日前签约，拟投资约2亿元建设储能电站项目。\n\n"
            "■香港某某建设集团承建的湛江钢铁配套码头二期工程近日完工。\n")
    assert _location(page, "码头二期")["city"] == "湛江市"


def test_a_short_county_named_before_in_the_sentence_heads_the_name() -> None:
    page = ("茶旅融合\n\n本报讯 梅州市今年新签约港资项目12个。\n\n"
            "在韶关仁化，澳门某某集团投资的仁化丹霞白毛茶产业园一期工程日前建成。\n")
    loc = _location(page, "白毛茶产业园")
    assert (loc.get("city"), loc.get("county")) == ("韶关市", "仁化县")


def test_a_short_county_name_alone_keeps_the_storys_place() -> None:
    page = ("茶旅融合\n\n本报讯 梅州市今年新签约港资项目12个。\n\n"
            "澳门某某集团投资的仁化丹霞白毛茶产业园一期工程日前建成。\n")
    assert _location(page, "白毛茶产业园")["city"] == "梅州市"


def test_a_city_heading_a_name_in_a_story_of_another_city_may_be_the_firms_home() -> None:
    page = ("项目建设\n\n本报讯 宜春市今年新开工项目56个，其中亿元以上项目31个。\n\n"
            "厦门海联锂电材料二期项目上月建成投产。\n")
    assert _location(page, "锂电材料二期")["city"] == "宜春市"


# --- statistics: the subject of a sentence going on after ``；``, a sub-head rounding the body -------

def _regions(page: str) -> dict[float, str]:
    return {r.get("value"): str(r.get("region")) for r in indicators(page)}


_ITEMS = ("外资\n\n本报讯 某某县今年引进港资项目8个。\n\n据商务部门数据，今年前8个月，"
          "{subject}新设外商投资企业57家，同比增长12.5%；实际使用外资2.18亿元，同比增长21.4%。\n")


def test_a_clause_after_a_semicolon_naming_no_place_keeps_the_citys_subject() -> None:
    found = _regions(_ITEMS.replace("某某县", "兴宁市").format(subject="韶关市"))
    assert found[218000000] == "韶关市"


def test_a_clause_after_a_semicolon_after_a_county_keeps_its_reading() -> None:
    found = _regions(_ITEMS.replace("某某县", "兴宁市").format(subject="韶关市仁化县"))
    assert found[218000000] != "韶关市"


def test_a_sub_head_rounding_the_body_is_no_statistic_of_its_own() -> None:
    page = ("招商\n\n本报讯 汕头市近日举行港资项目推介会。\n\n■ 前8月实际使用外资增21%\n\n"
            "据汕头市商务局介绍，今年1至8月，汕头市实际使用外资8.6亿元，同比增长21.4%。\n")
    values = [r.get("value") for r in indicators(page)]
    assert 21 not in values and 21.0 not in values
    assert 860000000 in values


def test_a_sub_head_with_a_figure_the_body_does_not_tell_stays() -> None:
    page = ("招商\n\n本报讯 汕头市近日举行港资项目推介会。\n\n■ 前8月实际使用外资增21%\n\n"
            "据汕头市商务局介绍，今年1至8月，汕头市新设外商投资企业46家。\n")
    values = [r.get("value") for r in indicators(page)]
    assert 21 in values or 21.0 in values


# --- statistics: what the works told of brings along --------------------------------------------------

def test_what_the_works_brings_along_is_no_statistic() -> None:
    page = ("茶旅融合\n\n本报讯 某某集团投资的仁化白毛茶产业园一期工程日前建成。据了解，"
            "该项目已带动周边约500户茶农种植，茶园面积约3600亩。\n")
    assert 3600 not in _values_of(page)


def test_what_a_places_industry_brings_along_stays_a_statistic() -> None:
    page = ("茶旅融合\n\n本报讯 据了解，仁化县茶产业已带动农户1.2万户，全县茶园面积约3.6万亩。\n")
    assert 3.6 in _values_of(page)


def _values_of(page: str) -> list:
    return [r.get("value") for r in indicators(page)]


# --- batches: a zone called by its kind alone ----------------------------------------------------------

_ZONE_STORY = ("园区\n\n本报讯 昨日，某某食品有限公司冷链仓储项目在湛江东海经济开发区正式动工。\n\n"
               "{opening}管委会负责人介绍，今年以来，{subject}已新引进项目11个，总投资约52亿元。\n")


def test_a_zone_called_by_its_kind_is_the_zone_told_in_full() -> None:
    found = _batches(_ZONE_STORY.format(opening="东海经济开发区", subject="开发区"))
    assert [b["region"] for b in found if b["count"] == 11] == ["东海经济开发区"]


def test_a_clause_naming_its_own_place_keeps_it() -> None:
    found = _batches(_ZONE_STORY.format(opening="东海经济开发区", subject="麻章区"))
    assert [b["region"] for b in found if b["count"] == 11] == ["麻章区"]
