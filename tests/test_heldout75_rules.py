"""Rules the misses of the seventy-fifth held-out set called for, each on phrasings of its own.

The set is county papers' pages on rural revitalisation: farm works named without ``项目`` (a
livestock estate, a store keeping produce fresh, a hub of farm goods), programmes of aid
(east-west cooperation, funds joining poverty relief to revitalisation) counted with their sums,
the county's farm figures of three quarters, firms and farms ranked by the province or the city.
The phrasings below use other places (Hunan's Xinhuang and Mayang, Guangxi's Rongshui and Sanjiang,
Anhui's Jinzhai), other firms and other word order.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 12))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _named(found: dict, part: str) -> str:
    """The one name of ``found`` holding ``part`` (empty when none does)."""
    return next((n for n in found if part in n), "")


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(page, "batch")]


def _indicators(page: str) -> dict[float, tuple[str, str]]:
    return {r.get("value"): (str(r.get("metric")), str(r.get("region"))) for r in records(page, "indicator")}


# --- names: farm works told without 项目 ----------------------------------------------------------

def test_a_livestock_estate_and_a_fresh_store_are_works() -> None:
    assert _names("总投资8600万元的波洲镇肉羊养殖场正式投产") == ["波洲镇肉羊养殖场"]
    assert _names("村里建起的柑橘保鲜库已投入使用") == ["柑橘保鲜库"]
    assert _names("合作社新建的蔬菜保鲜冷库已经完工") == ["蔬菜保鲜冷库"]


def test_farms_as_customers_and_a_sized_store_of_a_base_are_no_works() -> None:
    assert _names("第一批饲料已销往附近养殖场") == []
    assert _names("基地建有育苗大棚20栋和冷藏保鲜库5000立方米") == []


def test_a_hub_built_anew_in_a_town_is_named_after_the_verb() -> None:
    assert _names("某公司将在林城镇新建果蔬冷链物流集散中心") == ["果蔬冷链物流集散中心"]
    # after the builder it stays in the name
    assert _names("湘西某某公司新建冷链仓储厂房项目开工") == ["湘西某某公司新建冷链仓储厂房项目"]


def test_a_facility_taken_up_by_this_is_no_name() -> None:
    assert _names("这座冷库由村集体经营") == []
    assert _names("这座加工厂于今年5月建成投产") == []


def test_one_of_a_class_after_is_is_no_name() -> None:
    page = ("新晃县牛肉加工厂投产\n\n本报讯（记者 杨青）在新晃县扶罗镇新落成的牛肉加工厂里，"
            "工人正在分割牛肉。这座加工厂是该县今年实施的重点帮扶项目之一。\n")
    assert "重点帮扶项目" not in projects(page)


# --- names: fields of a programme of aid, the contents of a works ---------------------------------

def test_the_fields_of_an_aid_programme_are_no_projects() -> None:
    assert _names("实施产业提升、技能培训、人居环境整治等衔接资金项目36个") == []
    assert _names("今年实施融水县城供水工程、大年乡污水处理厂等帮扶项目9个") != []  # named works stay


def test_what_the_works_will_build_is_no_project_of_its_own() -> None:
    assert _names("该项目将建设育苗中心、初制加工厂和茶叶展示馆") == []
    assert _names("该工程拟新建游客服务中心和生态停车场") == []


# --- batches: a programme's funds before its count, the works finished ----------------------------

def test_the_funds_before_a_programme_count_are_its_total() -> None:
    page = ("三江县帮扶项目进展顺利\n\n本报讯（记者 吴宁）今年以来，三江县整合东西部协作资金8600万元，"
            "实施茶产业提升、村道硬化等协作项目23个，截至目前已完工17个。\n")
    found = _batches(page)
    assert ("under_construction", 23, 86000000) in found
    assert ("completed", 17, None) in found
    assert not [r for r in records(page, "indicator") if r.get("value") == 86000000]


def test_projects_drawn_up_are_planned() -> None:
    page = ("麻阳县策划乡村振兴项目\n\n本报讯（记者 滕飞）今年，麻阳县围绕特色产业共策划生成项目58个，"
            "总投资31.2亿元。\n")
    assert ("planned", 58, 3120000000) in _batches(page)


# --- statistics: tiers of firms, two kinds counted in turn ------------------------------------------

def test_a_tier_of_firms_ranked_by_the_province_keeps_the_county() -> None:
    page = ("金寨县农业产业化发展提速\n\n本报讯（记者 汪洋）今年前三季度，金寨县农产品加工业产值增长9.1%。"
            "全县培育市级以上农业产业化龙头企业64家，其中省级龙头企业15家。\n")
    found = _indicators(page)
    assert found[64][1] == "金寨县"
    assert found[15][1] == "金寨县"


def test_a_province_scope_word_still_names_the_province() -> None:
    page = ("安徽农业产业化\n\n本报讯（记者 汪洋）截至9月底，全省农业产业化龙头企业达到2150家。\n")
    assert _indicators(page)[2150][1] == "安徽省"


def test_two_kinds_of_farms_counted_in_turn_are_two_statistics() -> None:
    page = ("融水县新型经营主体\n\n本报讯（记者 梁秋）截至9月底，融水县家庭农场和农民专业合作社"
            "分别达到615家、938家。\n")
    found = _indicators(page)
    assert found[615][0] == "家庭农场"
    assert found[938][0] == "农民专业合作社"


def test_a_head_shared_by_two_rates_still_reads_the_second_after_it() -> None:
    page = ("某区项目建设\n\n本报讯（记者 梁秋）一季度，融水县签约项目开工率、投产率分别达到80%、45%。\n")
    found = _indicators(page)
    assert found[45.0][0].endswith("签约项目投产率")


# --- stages: projects of a signing listed after one singled out, works agreed by a way of working --

def test_the_rest_of_a_signing_s_projects_are_signed() -> None:
    page = ("芷江县招商签约\n\n本报讯（记者 杨青）10月8日，芷江县集中签约农业项目9个，"
            "协议投资额12.6亿元。\n\n"
            "签约项目中，投资最大的是湖南沅水农业发展有限公司的柑橘深加工项目，计划总投资4.2亿元。\n\n"
            "其余项目中，怀化禾丰牧业有限公司将投资1.1亿元，在禾梨坳乡建设生猪养殖场。\n")
    farm = projects(page)["生猪养殖场"]
    assert (farm.get("stage"), farm.get("status")) == ("signed", "actual")


def test_works_agreed_by_a_way_of_working_are_signed() -> None:
    page = ("融安县签约金桔基地\n\n本报讯（记者 韦青）11月3日，融安县与广西桔香农业有限公司签订合作协议，"
            "双方将按照“公司+基地+农户”模式，在大将镇建设金桔标准化种植基地，项目总投资6000万元。\n")
    base = projects(page)["金桔标准化种植基地"]
    assert (base.get("stage"), base.get("status")) == ("signed", "actual")


def test_a_plan_to_build_with_no_signing_stays_a_target() -> None:
    page = ("融安县谋划金桔基地\n\n本报讯（记者 韦青）融安县将按照“公司+基地+农户”模式，"
            "在大将镇建设金桔标准化种植基地，项目总投资6000万元。\n")
    base = projects(page)["金桔标准化种植基地"]
    assert base.get("stage") != "signed" and base.get("status") == "target"


# --- articles: a title and a kicker both of figures, over the story's dateline -----------------------

def test_two_figure_lines_over_a_dateline_are_the_story_s_titles() -> None:
    page = ("怀化日报  2026年10月20日  第3版\n\n芷江前三季度农业总产值增长4.6%\n"
            "农村居民人均可支配收入同比增长7.2%\n\n本报讯（记者 杨青）日前，芷江县统计局发布前三季度数据，"
            "全县农业总产值28.4亿元。\n")
    arts = doc(page).articles
    assert len(arts) == 1 and arts[0].headline is not None and "增长" in arts[0].headline
    assert arts[0].reporters == ["杨青"]


def test_two_figure_lines_inside_a_story_stay_its_body() -> None:
    page = ("芷江经济运行平稳\n\n本报讯（记者 杨青）日前，芷江县发布前三季度数据。\n"
            "农业总产值同比增长4.6%\n固定资产投资同比增长8.1%\n全县经济运行总体平稳。\n")
    arts = doc(page).articles
    assert [a.headline for a in arts] == ["芷江经济运行平稳"]


# --- statistics: a farm works', a firm's, a household's own figures ------------------

def test_a_farm_store_s_income_and_what_it_brings_are_its_own() -> None:
    page = ("金寨县村集体冷库\n\n本报讯（记者 汪洋）今年前三季度，金寨县农业总产值增长5.2%。"
            "村支书说，冷库一年的租金收入可达28万元。\n")
    assert 280000 not in _indicators(page)
    assert 5.2 in _indicators(page)


def test_a_county_s_stores_counted_stay_a_statistic() -> None:
    page = ("金寨县冷链建设\n\n本报讯（记者 汪洋）今年以来，金寨县新建冷库86座，冷库库容达到6.5万吨。\n")
    assert 6.5 in _indicators(page)


def test_what_the_operating_firm_pays_and_a_household_s_rent_are_no_statistics() -> None:
    page = ("融水县油茶加工\n\n本报讯（记者 梁秋）按照约定，运营企业每年向6个村集体支付收益48万元。"
            "村民说，她家每年租金收入3600元。\n")
    found = _indicators(page)
    assert 480000 not in found and 3600 not in found


# --- statistics: villages above a sum, an average per village --------------------------------------

def test_villages_above_a_sum_told_after_over_are_counted() -> None:
    page = ("金寨县村级集体经济\n\n本报讯（记者 汪洋）今年前三季度，金寨县村集体经济收入增长12.3%，"
            "集体经济收入超过20万元的村达到118个，其中超过50万元的村有21个。\n")
    found = _indicators(page)
    assert 118 in found and 21 in found


def test_an_average_per_village_after_a_sum_takes_its_measure() -> None:
    page = ("三江县村级集体经济\n\n本报讯（记者 吴宁）前三季度，三江县村集体经济收入达到8650万元，"
            "同比增长11.2%，村均51.2万元。\n")
    assert _indicators(page)[512000][0] == "村均村集体经济收入"


def test_a_bar_each_of_several_clears_is_still_no_level() -> None:
    page = ("三江县特色产业\n\n本报讯（记者 吴宁）前三季度，三江县茶叶、油茶两个产业产值均超过10亿元。\n")
    assert 1000000000 not in _indicators(page)


# --- capacities: stock an estate is built for, sticks of fungus, a store's volume -----------------

def test_the_stock_an_estate_is_built_for_is_its_capacity() -> None:
    page = ("麻阳县肉鸭养殖场投产\n\n本报讯（记者 滕飞）10月28日，麻阳县郭公坪镇的湘西禾润牧业有限公司"
            "肉鸭养殖场正式投产，项目总投资6200万元，建有鸭舍24栋，设计存栏肉鸭36万羽。\n")
    assert projects(page)["湘西禾润牧业有限公司肉鸭养殖场"].get("capacity") == "设计存栏肉鸭36万羽"


def test_sticks_of_fungus_and_a_store_s_volume_are_capacities() -> None:
    page = ("靖州县食用菌产业园开工\n\n本报讯（记者 滕飞）10月9日，靖州县甘棠镇食用菌产业园项目开工，"
            "总投资5400万元，建成后年产菌棒1500万棒。\n\n"
            "靖州县冷链物流中心竣工\n\n本报讯（记者 滕飞）靖州县农产品冷链物流中心项目近日竣工，"
            "项目总投资2600万元，建设冷库容积1.8万立方米。\n")
    caps = {name: r.get("capacity") for name, r in projects(page).items()}
    assert caps.get(_named(caps, "食用菌产业园")) == "年产菌棒1500万棒"
    assert caps.get(_named(caps, "冷链物流中心")) == "冷库容积1.8万立方米"


def test_a_county_s_stock_is_no_capacity_of_a_works() -> None:
    page = ("麻阳县养殖业\n\n本报讯（记者 滕飞）麻阳县肉牛养殖小区项目已建成投产，总投资1200万元。"
            "截至9月底，全县生猪存栏32万头。\n")
    caps = {name: r.get("capacity") for name, r in projects(page).items()}
    assert _named(caps, "肉牛养殖小区") and caps[_named(caps, "肉牛养殖小区")] is None


# --- names: a name right after the byline's closing bracket -----------------------------------------

def test_a_name_right_after_the_byline_starts_after_its_bracket() -> None:
    assert _names("本报讯（记者 滕飞）溆浦县冷链物流中心项目日前竣工") == ["溆浦县冷链物流中心项目"]
    # a bracket in the name stays
    assert _names("某县（东区）食品产业园项目开工") == ["某县（东区）食品产业园项目"]


# --- investors: a fruit or crop heading a works' name is no brand -------------------------------------

def test_a_fruit_heading_a_works_name_is_no_brand() -> None:
    from newsmill.zh.brands import brand_head
    assert brand_head("沃柑冷链物流产业园项目") is None
    assert brand_head("锥栗精深加工项目") is None
    assert brand_head("荣盛冷链物流园项目") == "荣盛"  # a maker's short name stays


# --- areas and jobs of farm works ------------------------------------------------------------------

def test_land_planned_to_plant_and_a_plantation_listed_second_are_the_area() -> None:
    page = ("会同县签约蔬菜基地\n\n本报讯（记者 滕飞）11月2日，会同县与湖南绿源农业有限公司签约，该公司将投资"
            "9000万元在林城镇建设高山蔬菜全产业链项目，规划种植面积150公顷。\n\n"
            "辰溪县甘蔗产业园开工\n\n本报讯（记者 滕飞）10月30日，辰溪县火马冲镇甘蔗产业园项目开工，"
            "新建红糖加工厂1座、甘蔗种植示范基地800亩。\n")
    areas = {name: r.get("area") for name, r in projects(page).items()}
    assert areas.get(_named(areas, "高山蔬菜全产业链")) == "150公顷"
    assert areas.get(_named(areas, "甘蔗产业园")) == "800亩"


def test_people_at_work_near_home_are_the_jobs() -> None:
    page = ("辰溪县食用菌产业园开工\n\n本报讯（记者 滕飞）10月30日，辰溪县孝坪镇食用菌产业园项目开工，"
            "总投资4800万元，建成后可吸纳周边群众260余人就近务工。\n")
    jobs = {name: r.get("jobs") for name, r in projects(page).items()}
    assert jobs.get(_named(jobs, "食用菌产业园")) == 260


# --- dates: a trial start on its month ----------------------------------------------------------------

def test_a_trial_start_on_its_month_dates_the_works() -> None:
    page = ("会同县茶叶加工厂试投产\n\n本报讯（记者 滕飞）会同县若水镇年产300吨红茶加工厂项目9月底试投产，"
            "项目总投资2600万元。\n")
    found = {name: r for name, r in projects(page).items()}
    works = found[_named(found, "红茶加工厂")]
    assert (works.get("stage"), works.get("date")) == ("in_production", "2026-09")


def test_a_plant_taken_up_by_this_gets_the_figures_of_its_sentence() -> None:
    page = ("辰溪县红糖加工厂投产\n\n本报讯（记者 滕飞）10月12日，辰溪县孝坪镇的红糖加工厂建成投产。"
            "这座加工厂总投资860万元，年可加工甘蔗1.5万吨。\n")
    plant = projects(page)["红糖加工厂"]
    assert (plant.get("investment_cny"), plant.get("capacity")) == (8600000, "年可加工甘蔗1.5万吨")
