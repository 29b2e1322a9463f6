"""Rules the project misses left in sets 65, 64, 63, 49 and 3 called for, each on phrasings of its
own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


def _values(page: str) -> dict[float, str]:
    return {r.get("value"): str(r.get("metric")) for r in indicators(page)}


# --- statistics: workers recruited for a zone's firms ----------------------------------------------

def test_workers_recruited_for_the_firms_are_a_statistic() -> None:
    page = ("园区服务\n\n本报讯 今年以来,宁乡高新区已为园区企业争取贴息贷款3.4亿元,"
            "帮助招聘一线工人2100余名,新增市场主体160家。\n")
    assert 2100 in _values(page)


def test_workers_at_a_site_are_no_statistic() -> None:
    page = ("项目建设\n\n本报讯 走进宁乡高新区储能电池项目现场,300多名工人正在车间内紧张施工,"
            "园区今年新增市场主体160家。\n")
    assert 300 not in _values(page)
    assert 160 in _values(page)


# --- statistics: people engaged for a role ---------------------------------------------------------

def test_people_engaged_for_a_role_are_no_statistic() -> None:
    page = ("招商大会\n\n本报讯 大会上,宁乡市聘请15名在外湘商企业家为“招商联络员”,"
            "现场签约项目8个。全市今年新增规上企业46家。\n")
    values = _values(page)
    assert 15 not in values
    assert 46 in values


# --- statistics: a firm's person telling the firm's figures ----------------------------------------

def test_a_firm_managers_words_are_the_firms_figures() -> None:
    page = ("企业生产\n\n本报讯 湖南宏远机械有限公司总经理陈志刚介绍,今年订单已排满二季度,"
            "预计全年可生产各类挖掘机4200台。全市今年一季度规模以上工业增加值增长8.1%。\n")
    values = _values(page)
    assert 4200 not in values
    assert 8.1 in values


def test_a_project_managers_quote_is_the_projects_figure() -> None:
    page = ("项目投产\n\n本报讯 “两条生产线已经试车,产品良品率已经达到93%。”"
            "项目技术负责人周凯一边检查样品一边介绍。全县一季度工业投资增长12.5%。\n")
    values = _values(page)
    assert 93.0 not in values
    assert 12.5 in values


def test_an_officials_words_stay_the_places_figures() -> None:
    page = ("经济运行\n\n本报讯 县发展改革局局长刘洋介绍,一季度全县固定资产投资完成42.6亿元,同比增长9.3%。\n")
    assert 4260000000 in _values(page)


# --- statistics: the farm households an industry brings along ---------------------------------------

def test_households_an_industry_brings_along_are_a_statistic() -> None:
    page = "产业发展\n\n本报讯 去年,全县茶叶种植面积达到12万亩,油茶产业带动农户2.6万户。\n"
    assert _values(page).get(26000) == "油茶产业带动农户"


def test_households_a_works_brings_along_are_no_statistic() -> None:
    page = ("项目建设\n\n本报讯 总投资3亿元的湘西腊肉加工项目在龙山县开工,建成后年加工腊肉1万吨,"
            "带动周边农户900余户增收。全县今年新增规上企业14家。\n")
    values = _values(page)
    assert 900 not in values
    assert 14 in values


# --- statistics: a bar each of several clears -------------------------------------------------------

def test_a_bar_each_of_several_clears_is_no_statistic() -> None:
    page = ("工业经济\n\n本报讯 去年,全市电子信息、新材料、生物医药三大产业营业收入均突破80亿元,"
            "人均地区生产总值达到7.4万元。\n")
    values = _values(page)
    assert 8000000000 not in values
    assert 74000 in values


# --- projects: a town of one character before the name ----------------------------------------------

def test_a_town_of_one_character_opening_the_clause_is_the_detail() -> None:
    page = ("重点项目\n\n本报讯 今年,永新县将推进一批项目。县城污水管网工程3月开工建设;"
            "禾镇的江西永和食品有限公司年产2万吨酱菜加工项目建成投产。\n")
    found = projects(page)
    r = next(r for n, r in found.items() if "酱菜" in str(n))
    assert (r.get("location") or {}).get("detail") == "禾镇"


def test_a_class_of_towns_is_no_detail() -> None:
    page = ("重点项目\n\n本报讯 今年,永新县将推进一批项目。县城污水管网工程3月开工建设;"
            "各镇的江西永和食品有限公司年产2万吨酱菜加工项目建成投产。\n")
    found = projects(page)
    r = next(r for n, r in found.items() if "酱菜" in str(n))
    assert (r.get("location") or {}).get("detail") != "各镇"


# --- places: the city of an article's lead, the city of a city paper's page ----------------------------

_CITY_PAPER = ("赣州日报\n2025年1月9日  星期四  第1版  要闻\n\n"
               "我市去年签约亿元以上项目185个\n\n"
               "本报讯 记者从全市招商引资工作会上获悉,2024年,我市共签约亿元以上项目185个,"
               "协议总投资1120亿元。\n"
               "{middle}\n"
               "一批大项目接连落地。南康区引进的广东华美家具有限公司年产60万套智能家具项目已开工建设;"
               "信丰县与赣南新能源有限公司合作的光伏电站项目正在开展前期工作。\n"
               "项目开工同样提速。{last}\n")


def test_a_placeless_paragraph_after_a_lead_of_the_city_is_the_citys() -> None:
    page = _CITY_PAPER.format(middle="分行业看,电子信息领域全年落地项目42个、协议投资额310亿元;"
                                     "全年实际到位省外资金512.6亿元,同比增长9.4%。",
                              last="全年新开工项目96个。")
    found = indicators(page)
    assert [str(r.get("region")) for r in found if r.get("value") == 51260000000] == ["赣州市"]
    batches = [r for r in doc(page).records if r.kind == "batch" and r.get("count") == 42]
    assert [str(r.get("region")) for r in batches] == ["赣州市"]


def test_a_placeless_paragraph_after_a_lead_of_a_county_keeps_its_reading() -> None:
    page = _CITY_PAPER.replace("我市", "于都县").format(
        middle="全年实际到位省外资金51.2亿元,同比增长9.4%。", last="全年新开工项目96个。")
    found = indicators(page)
    assert [str(r.get("region")) for r in found if r.get("value") == 5120000000] == ["于都县"]


def test_a_story_naming_no_place_means_the_city_papers_city_by_quanshi() -> None:
    page = ("赣州日报\n2025年1月9日  星期四  第2版  经济\n\n"
            "章贡区新建标准厂房20万平方米\n\n"
            "本报讯 今年,章贡区新建标准厂房20万平方米,南康区新增规上企业32家。\n\n"
            "去年规上工业增加值增长6.3%\n\n"
            "本报讯 记者从市统计局获悉,2024年,全市规模以上工业增加值同比增长6.3%。\n")
    found = indicators(page)
    assert [str(r.get("region")) for r in found if r.get("value") == 6.3] == ["赣州市"]


# --- projects: the works' event told after a project named by who brought it in ----------------------

_BROUGHT_IN = ("招商引资\n\n本报讯 2024年,全市招商成效明显。一批大项目接连落地。"
               "临汾市引进的江苏恒达机械有限公司年产30万台农机具项目,总投资12亿元,{tail}。\n")


def test_works_done_after_a_project_brought_in_give_its_stage() -> None:
    found = projects(_BROUGHT_IN.format(tail="一期厂房主体已封顶"))
    assert [r.get("stage") for n, r in found.items() if "农机具" in str(n)] == ["under_construction"]


def test_a_start_planned_after_a_project_brought_in_keeps_it_signed() -> None:
    found = projects(_BROUGHT_IN.format(tail="计划明年3月开工建设"))
    assert [r.get("stage") for n, r in found.items() if "农机具" in str(n)] == ["signed"]


# --- statistics: a level a goal climbs to ------------------------------------------------------------

def test_a_level_a_goal_climbs_to_is_a_statistic() -> None:
    page = ("工业发展\n\n本报讯 下一步,会昌县将围绕稀土新材料、食品两大产业持续招商,"
            "推动全县规上工业营业收入迈上200亿元台阶。\n")
    found = [r for r in indicators(page) if r.get("value") == 20000000000]
    assert [str(r.get("metric")) for r in found] == ["规上工业营业收入"]


def test_a_level_climbed_past_as_a_threshold_of_firms_is_no_level() -> None:
    page = ("工业发展\n\n本报讯 去年,会昌县营业收入迈上10亿元台阶的企业达到6家。\n")
    assert 1000000000 not in _values(page)


def test_a_level_climbed_past_right_after_the_figure_restates_it() -> None:
    page = ("经济运行\n\n本报讯 去年,全县实现地区生产总值1036.2亿元,增长7.1%,总量迈上千亿元台阶;"
            "规模以上工业增加值增长9.4%。\n")
    values = _values(page)
    assert 103620000000 in values
    assert 100000000000 not in values


def test_quanshi_framing_a_goal_in_a_lead_is_no_scope() -> None:
    page = ("赣州日报\n2025年2月9日  星期日  第2版  经济\n\n"
            "章贡区:\n聚焦电子信息产业 为全市工业发展贡献更多力量\n\n"
            "今年,章贡区将实施“项目提速”行动,全年计划新开工项目22个。\n"
            "力争全年规上工业增加值增长9%,新增规上工业企业12户以上。\n")
    found = indicators(page)
    assert [str(r.get("region")) for r in found if r.get("value") == 9.0] == ["章贡区"]
