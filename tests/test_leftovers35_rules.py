"""Rules for misses the ninety-fourth and ninety-eighth held-out sets listed, each on phrasings of
its own (Fujian's Taining, Ninghua and Mingxi under Sanming; Minqing and Luoyuan under Fuzhou)."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.brands import brand_head
from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2026, 6, 20))


# --- brands: who a product is for, a place's trade -------------------------------------------------

def test_who_a_product_is_for_is_no_brand() -> None:
    assert brand_head("老年智能康复器械生产基地") is None
    assert brand_head("宠物食品加工项目") is None
    assert brand_head("婴幼儿营养食品产业园") is None


def test_a_brand_before_the_same_trade_stays() -> None:
    assert brand_head("闽泰智能康复器械生产基地") == "闽泰"


def test_a_place_then_its_sound_trade_is_no_brand() -> None:
    page = "宁化县翠江镇有电声企业12家。宁化电声产业园项目计划总投资3亿元。"
    assert brand_head("宁化电声产业园项目", page) is None


def test_a_firm_then_its_sound_trade_is_a_brand() -> None:
    assert brand_head("声悦电声产业园项目") == "声悦"


# --- phases: a phase's own capacity after its own sum ---------------------------------------------

def test_a_first_phase_takes_its_own_capacity_after_its_own_sum() -> None:
    page = ("泰宁储能电池项目一期投产\n\n本报讯 6月16日，位于泰宁县经济开发区的福建泰储能源科技有限公司"
            "年产8GWh储能电池项目一期正式投产。该项目总投资36亿元，其中一期投资15亿元、形成产能3GWh，"
            "于去年5月开工建设。\n")
    got = projects(page)
    name = next(n for n in got if n and n.endswith("一期"))
    r = got[name]
    assert r.get("investment_cny") == 1_500_000_000
    assert r.get("capacity") == "产能3GWh"


def test_a_first_phase_with_no_capacity_of_its_own_keeps_the_names() -> None:
    page = ("泰宁储能电池项目一期投产\n\n本报讯 6月16日，位于泰宁县经济开发区的福建泰储能源科技有限公司"
            "年产8GWh储能电池项目一期正式投产。该项目总投资36亿元，其中一期投资15亿元，"
            "于去年5月开工建设。\n")
    got = projects(page)
    name = next(n for n in got if n and n.endswith("一期"))
    assert got[name].get("capacity") != "产能3GWh"


# --- phases: a later phase lies in its first phase's town ------------------------------------------

def test_a_later_phase_named_in_full_takes_the_first_phases_town() -> None:
    page = ("宁化县翠江镇纺织产业园一期投产\n\n本报讯 走进位于翠江镇的宁化纺织智造产业园一期项目，"
            "一台台织机正在运转。该项目总投资3.2亿元，6月10日建成投产。目前，宁化纺织智造产业园二期项目"
            "正在开展前期工作，计划总投资2亿元。\n")
    got = projects(page)
    later = next(n for n in got if n and "二期" in n)
    assert (got[later].get("location") or {}).get("detail") == "翠江镇"


def test_a_later_phase_in_another_county_keeps_its_own_place() -> None:
    page = ("本报讯 位于翠江镇的宁化纺织智造产业园一期项目6月10日建成投产，总投资3.2亿元。"
            "明溪县宁化纺织智造产业园二期项目正在开展前期工作，计划总投资2亿元。\n")
    got = projects(page)
    later = next((n for n in got if n and "二期" in n), None)
    if later is not None:
        assert (got[later].get("location") or {}).get("detail") != "翠江镇"


# --- investors: a group investing through its firm -------------------------------------------------

def test_a_group_told_investing_after_the_name_is_the_investor() -> None:
    page = ("罗源县5个项目集中开工\n\n本报讯 6月18日，罗源县第二季度重点项目集中开工。主会场的福州"
            "鼎铭不锈钢制品有限公司年产3万吨不锈钢管材项目由鼎铭集团投资6亿元建设，占地150亩。\n")
    got = projects(page)
    name = next(n for n in got if n and "鼎铭" in n)
    assert got[name].get("investor") == "鼎铭集团"


def test_a_group_told_investing_before_the_name_is_the_investor() -> None:
    page = ("闽清县外资项目加快建设\n\n本报讯 由香港荣峰实业集团投资的闽清荣峰陶瓷有限公司智能窑炉技改项目"
            "已于5月竣工，企业投入6500万港元。\n")
    got = projects(page)
    name = next(n for n in got if n and "荣峰" in n)
    assert got[name].get("investor") == "香港荣峰实业集团"


def test_a_group_adding_capital_by_the_agreement_is_the_investor() -> None:
    page = ("闽清县一外资企业增资扩产\n\n本报讯 6月12日，闽清华盛电瓷有限公司增资扩产项目签约仪式在闽清县"
            "梅溪镇举行。根据协议，香港华盛集团将增资8000万港元，在原厂区内扩建一条电瓷生产线。\n")
    got = projects(page)
    name = next(n for n in got if n and "华盛" in n)
    assert got[name].get("investor") == "香港华盛集团"


def test_a_group_of_another_brand_leaves_the_firm() -> None:
    page = ("罗源县5个项目集中开工\n\n本报讯 6月18日，罗源县第二季度重点项目集中开工。主会场的福州"
            "鼎铭不锈钢制品有限公司年产3万吨不锈钢管材项目由海宏集团承建，占地150亩。\n")
    got = projects(page)
    name = next(n for n in got if n and "鼎铭" in n)
    assert got[name].get("investor") == "福州鼎铭不锈钢制品有限公司"


# --- dates: full output reached in a later month ---------------------------------------------------

def test_full_output_reached_later_dates_the_works_in_production() -> None:
    page = ("明溪县技改项目见效\n\n本报讯 明溪县福建绿源竹业有限公司投资5200万元实施的竹材深加工技改项目"
            "今年3月建成试产，5月已实现满产，年加工竹材能力提高到8万立方米。\n")
    got = projects(page)
    name = next(n for n in got if n and "竹材深加工" in n)
    r = got[name]
    assert r.get("stage") == "in_production" and r.get("date") == "2026-05"


def test_full_output_planned_later_leaves_the_month_of_production() -> None:
    page = ("明溪县技改项目见效\n\n本报讯 明溪县福建绿源竹业有限公司投资5200万元实施的竹材深加工技改项目"
            "今年3月建成试产，预计9月实现满产，年加工竹材能力将提高到8万立方米。\n")
    got = projects(page)
    name = next(n for n in got if n and "竹材深加工" in n)
    assert got[name].get("date") == "2026-03"


# --- phases: a later phase told again by its phase alone -------------------------------------------

def test_a_third_phase_after_the_projects_word_is_planned() -> None:
    page = ("闽清算力中心二期投运\n\n本报讯 6月15日，位于闽清县白樟镇的闽江智算中心二期项目建成投运。"
            "该项目由福建闽江数据科技有限公司投资20亿元建设。同日，另一家企业的算力产业园一期项目开工。\n\n"
            "据了解，闽江智算中心二期采用浸没式液冷技术。项目三期已完成选址，正在编制可行性研究报告。\n")
    got = projects(page)
    assert "闽江智算中心三期项目" in got
    r = got["闽江智算中心三期项目"]
    assert r.get("stage") == "planned" and r.get("status") == "actual"
    assert r.get("investor") == "福建闽江数据科技有限公司"


def test_a_second_phase_with_its_works_part_done_is_under_way() -> None:
    page = ("泰宁电池材料项目一期投产\n\n本报讯 6月8日，位于泰宁县经济开发区的福建泰锂新材料有限公司"
            "年产5万吨正极材料项目一期正式投产，该项目总投资30亿元。\n\n"
            "在二期施工现场，多台塔吊正在作业。企业负责人介绍，二期厂房主体已完成八成，计划今年9月建成投产。\n")
    got = projects(page)
    later = [n for n in got if n and n.endswith("二期")]
    assert later
    r = got[later[0]]
    assert r.get("stage") == "under_construction" and r.get("status") == "actual"
    assert r.get("date") is None


def test_a_phase_told_with_no_project_phased_before_makes_none() -> None:
    page = ("泰宁一批项目加快推进\n\n本报讯 泰宁县福建泰锂新材料有限公司年产5万吨正极材料项目正在加快建设，"
            "该项目总投资30亿元。企业负责人介绍，二期厂房主体已完成八成。\n")
    assert not [n for n in projects(page) if n and "二期" in n]


# --- stages and investors: capital added for a line, its start told after -------------------------

def test_a_line_the_added_capital_is_for_takes_the_start_told_after() -> None:
    page = ("罗源县外资企业增资扩产\n\n本报讯 起步镇的台资企业福州联晟包装材料有限公司日前完成增资300万美元，"
            "用于建设彩印包装智能生产线，项目已于5月开工，预计10月试产。\n")
    got = projects(page)
    name = next(n for n in got if n and "彩印包装智能生产线" in n)
    r = got[name]
    assert r.get("stage") == "started" and r.get("date") == "2026-05"
    assert r.get("investor") == "福州联晟包装材料有限公司"


def test_a_line_built_with_no_later_event_stays_under_way() -> None:
    page = ("罗源县外资企业增资扩产\n\n本报讯 福州联晟包装材料有限公司日前完成增资300万美元，"
            "用于建设彩印包装智能生产线，目前设备正在安装。\n")
    got = projects(page)
    name = next((n for n in got if n and "彩印包装智能生产线" in n), None)
    if name is not None:
        assert got[name].get("stage") != "started"


def test_capital_added_by_one_firm_names_no_investor_of_works_another_builds() -> None:
    page = ("罗源县项目建设提速\n\n本报讯 福州联晟包装材料有限公司日前完成增资300万美元。"
            "起步镇还将建设彩印包装智能生产线，项目已于5月开工。\n")
    got = projects(page)
    name = next((n for n in got if n and "彩印包装智能生产线" in n), None)
    if name is not None:
        assert got[name].get("investor") != "福州联晟包装材料有限公司"


# --- places: the town of the firm building the works -----------------------------------------------

def test_works_of_a_firm_told_in_a_town_lie_in_that_town() -> None:
    page = ("宁化县技改项目见效\n\n本报讯 6月10日，位于宁化县安远镇的福建宁丰竹木制品有限公司，"
            "工人在调试新设备。该公司投资9000万元实施的竹木家具智能化技改项目今年3月建成投产。\n")
    got = projects(page)
    name = next(n for n in got if n and "技改项目" in n)
    r = got[name]
    assert r.get("investor") == "福建宁丰竹木制品有限公司"
    assert (r.get("location") or {}).get("detail") == "安远镇"


def test_a_firm_told_with_no_town_leaves_the_works_detail_empty() -> None:
    page = ("宁化县技改项目见效\n\n本报讯 6月10日，宁化县福建宁丰竹木制品有限公司工人在调试新设备。"
            "该公司投资9000万元实施的竹木家具智能化技改项目今年3月建成投产。\n")
    got = projects(page)
    name = next(n for n in got if n and "技改项目" in n)
    assert not (got[name].get("location") or {}).get("detail")


# --- places: a town's own story of its projects ----------------------------------------------------

def test_projects_of_a_towns_signing_story_lie_in_the_town() -> None:
    page = ("城厢镇4个工业项目集中签约 总投资6.3亿元\n\n本报讯 6月16日，城厢镇2026年第二批工业项目集中签约"
            "仪式举行，4个项目现场签约。签约项目中，投资最大的是福建明溪宏达矿业有限公司萤石精深加工项目，"
            "总投资2.6亿元，达产后年产值可达5亿元。明溪县有关负责人出席。\n")
    got = projects(page)
    name = next(n for n in got if n and "萤石精深加工" in n)
    assert (got[name].get("location") or {}).get("detail") == "城厢镇"


def test_a_story_naming_two_towns_in_its_lead_gives_neither() -> None:
    page = ("城厢镇4个工业项目集中签约 总投资6.3亿元\n\n本报讯 6月16日，城厢镇、瀚仙镇2026年第二批工业项目"
            "集中签约仪式举行，4个项目现场签约。签约项目中，投资最大的是福建明溪宏达矿业有限公司萤石精深加工项目，"
            "总投资2.6亿元，达产后年产值可达5亿元。明溪县有关负责人出席。\n")
    got = projects(page)
    name = next(n for n in got if n and "萤石精深加工" in n)
    assert (got[name].get("location") or {}).get("detail") != "城厢镇"


# --- indicators: a total in all after facilities built ---------------------------------------------

def _indicators(page: str) -> list:
    return records(page, "indicator", dt.date(2026, 4, 16))


def test_a_total_after_facilities_built_is_their_count_in_all() -> None:
    page = ("三明市新基建提速\n\n本报讯 今年以来，全市新开通5G基站2300个，累计达到1.6万个，"
            "实现乡镇全覆盖。\n")
    got = {r.get("value"): r for r in _indicators(page)}
    assert 16000 in got and str(got[16000].get("metric")).startswith("5G基站")
    assert 2300 in got


def test_a_total_after_no_count_of_its_own_is_left_alone() -> None:
    page = ("三明市新基建提速\n\n本报讯 今年以来，全市5G基站建设提速，累计达到1.6万个，"
            "实现乡镇全覆盖。\n")
    assert not [r for r in _indicators(page) if r.get("value") == 16000]


def test_a_funds_size_set_up_now_takes_no_year_of_the_figures_before() -> None:
    page = ("宁化县纺织产业推介会举行\n\n本报讯 2025年，宁化县纺织产业实现规上工业产值86.2亿元，"
            "同比增长12.4%。\n\n在会上，宁化县设立总规模3亿元的纺织人才发展基金，首期到位1亿元。\n")
    got = {r.get("value"): r for r in _indicators(page)}
    assert 300_000_000 in got
    assert got[300_000_000].get("period") == "2026"  # set up now: no year of the figures before


def test_a_figure_after_a_year_keeps_that_year() -> None:
    page = ("宁化县纺织产业推介会举行\n\n本报讯 2025年，宁化县纺织产业实现规上工业产值86.2亿元，"
            "同比增长12.4%。\n\n全县纺织企业实现营业收入92.6亿元，同比增长10.8%。\n")
    got = {r.get("value"): r for r in _indicators(page)}
    assert 9_260_000_000 in got and got[9_260_000_000].get("period") == "2025"


# --- places: a town opening the name is finer than the story's zone --------------------------------

def test_a_town_opening_the_name_is_finer_than_the_zone_of_the_story() -> None:
    page = ("罗源经济开发区一季度项目建设提速\n\n本报讯 一季度，罗源县罗源经济开发区项目建设提速。"
            "起步镇年产5万吨特种陶瓷项目已完成主体工程，正在安装设备。\n")
    got = projects(page)
    name = next(n for n in got if n and "特种陶瓷" in n)
    assert (got[name].get("location") or {}).get("detail") == "起步镇"


def test_a_town_road_between_two_towns_keeps_the_zone() -> None:
    page = ("罗源经济开发区一季度项目建设提速\n\n本报讯 一季度，罗源县罗源经济开发区项目建设提速。"
            "起步镇至碧里乡公路改建工程已完成路基施工。\n")
    got = projects(page)
    name = next((n for n in got if n and "公路改建" in n), None)
    if name is not None:
        assert (got[name].get("location") or {}).get("detail") != "起步镇"


# --- projects: a line shown, then told by its kind -------------------------------------------------

_PHOTO_STORY = ("车间里的新投入\n——明溪县企业技改见闻\n\n本报记者 林某 文/图\n\n"
                "今年以来，明溪县企业技改热情高涨，一批新设备、新产线陆续投用。\n\n"
                "图①：6月10日，城关乡一家竹木企业的工人在调试新设备。  本报记者 林某 摄\n\n"
                "图②：夏阳镇福建明辉竹木制品有限公司的智能封边生产线。{}  本报记者 林某 摄\n")


def test_a_line_shown_then_told_by_its_kind_is_a_project() -> None:
    got = projects(_PHOTO_STORY.format("这条生产线投资1800万元，今年4月投产，用工减少了一半。"))
    assert "智能封边生产线" in got
    r = got["智能封边生产线"]
    assert r.get("stage") == "in_production" and r.get("date") == "2026-04"
    assert r.get("investment_cny") == 18_000_000
    assert r.get("investor") == "福建明辉竹木制品有限公司"
    assert (r.get("location") or {}).get("detail") == "夏阳镇"


def test_a_line_shown_with_nothing_told_of_it_is_none() -> None:
    got = projects(_PHOTO_STORY.format("这条生产线上的工人大多来自周边村庄。"))
    assert "智能封边生产线" not in got


# --- indicators: what a place usually has is no figure of a period --------------------------------

def test_a_usual_area_is_no_statistic_but_the_years_area_is() -> None:
    page = ("泰宁县特色农业发展\n\n本报讯 泰宁县是有名的黄花菜产区，全县黄花菜常年种植面积稳定在3万亩左右。"
            "今年以来，全县黄花菜种植面积达到3.2万亩，同比增长6.5%。\n")
    metrics = [str(r.get("metric")) for r in _indicators(page)]
    assert not [m for m in metrics if "常年" in m]
    assert [m for m in metrics if m.endswith("种植面积")]


# --- places: a zone under the province alone has no city ------------------------------------------

def test_works_in_a_zone_under_the_province_alone_have_no_city() -> None:
    page = ("赣江新区又一数据中心投运\n\n本报讯 4月15日，位于赣江新区的云岭智算中心二期项目建成投运，"
            "总投资30亿元。\n\n另据了解，由南昌一家国有企业牵头建设的城市数据交易平台已上线试运行。\n")
    got = projects(page)
    name = next(n for n in got if n and "云岭智算中心" in n)
    loc = got[name].get("location") or {}
    assert loc.get("detail") == "赣江新区" and loc.get("city") is None


def test_works_in_a_zone_of_a_city_keep_their_city() -> None:
    page = ("双流区又一数据中心投运\n\n本报讯 4月15日，位于四川天府新区的云岭智算中心二期项目建成投运，"
            "总投资30亿元。\n")
    got = projects(page)
    name = next(n for n in got if n and "云岭智算中心" in n)
    loc = got[name].get("location") or {}
    assert loc.get("city") is not None or loc.get("detail") is None
