"""Rules the misses of the sixty-sixth held-out set called for, each on phrasings of its own.

The set is a city paper's page of short briefs from its counties and districts: each brief under a
``■`` or ``【某县】`` headline, or in a column of ``【某县】`` items, credited at its end
(``（通讯员 X 记者 Y）``); every stage of a project told briefly, upgrades of existing firms, enclave
parks, special bonds and a month's county figures.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.clean_linebreaks import closes_on_credit
from newsmill.zh.cues import STAGE_RE, cue_applies
from newsmill.zh.projects import find_names, is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 21))


def indicators(page: str) -> list:
    return records(page, "indicator")


def _cue(text: str, word: str) -> bool:
    m = next(m for m in STAGE_RE.finditer(text) if m.group() == word)
    return cue_applies(text, m.start(), m.end())


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


# --- stages: machines moved in, piles driven --------------------------------------------------

def test_machines_moved_in_are_works_under_way() -> None:
    assert _cue("生产设备陆续进场", "进场")
    assert _cue("首批设备已进场", "进场")
    assert not _cue("施工队伍已进场", "进场")  # crews on the site: no stage of their own


def test_a_project_whose_machines_arrived_is_under_construction() -> None:
    page = ("本报讯 位于郧西县上津镇的湖北秦巴硒茶科技有限公司年产3000吨富硒茶饮料项目，"
            "首批灌装设备日前进场，目前正在安装，计划11月试生产。\n")
    r = projects(page)["湖北秦巴硒茶科技有限公司年产3000吨富硒茶饮料项目"]
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")


def test_piles_done_before_a_planned_finish_keep_the_works_under_way() -> None:
    page = ("本报讯 今年以来，竹山县争取专项债券资金3.1亿元。其中，竹山县城区供水提质改造工程获得专项债券资金"
            "9000万元，目前已完成桩基施工，计划明年5月主体完工。\n")
    r = projects(page)["竹山县城区供水提质改造工程"]
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")


# --- stages: a signing with a clause of the site before the works --------------------------------

def test_a_signing_with_the_site_told_between_is_signed() -> None:
    page = ("本报讯 10月15日，西峡县与河南宛钢精工有限公司签订增资扩产协议，该公司将在西峡产业集聚区"
            "新征土地60亩，投资3.5亿元建设年产5万吨汽车精密铸件项目。\n")
    r = projects(page)["年产5万吨汽车精密铸件项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")


def test_a_signing_with_the_site_after_the_sum_is_signed() -> None:
    page = ("本报讯 10月12日，河南豫川储能科技有限公司与淅川县签约，投资4.6亿元在淅川县产业集聚区"
            "建设储能变流器生产线项目。\n")
    r = projects(page)["储能变流器生产线项目"]
    assert r.get("stage") == "signed"


def test_works_invested_in_without_a_signing_stay_under_way() -> None:
    page = ("本报讯 河南豫川储能科技有限公司投资4.6亿元在淅川县产业集聚区建设的储能变流器生产线项目"
            "正在加紧施工。\n")
    r = projects(page)["储能变流器生产线项目"]
    assert r.get("stage") == "under_construction"


# --- layout: briefs closing on a credit in fixed-width lines; a running foot ------------------------

def test_a_line_closing_on_a_credit_ends_the_story() -> None:
    assert closes_on_credit("入园企业按比例分享税收。（记者 李 明）")
    assert closes_on_credit("全年任务提前完成。（通讯员 周小川 记者 何 平）")
    assert not closes_on_credit("建成后年产电机50万台（套）")
    assert not closes_on_credit("某某县召开项目调度会（图）")


def test_a_title_after_a_full_line_closing_on_a_credit_opens_a_story() -> None:
    first = ("10月9日，郧西县年产3000吨富硒茶饮料项目开工，项目总投资2.6亿元，并由湖北秦巴硒茶"
             "科技有限公司投资建设，全部达产后年产值预计可达5亿元。（记者 王 平）")
    second = ("10月10日，竹溪县召开四季度重点项目推进会，听取各项目进展情况汇报，部署下一阶段"
              "工作，要求各单位倒排工期、加快推进。（通讯员 陈 立）")
    width = 20
    lines = ["郧西县茶饮料项目开工"]
    lines += [first[i:i + width] for i in range(0, len(first), width)]
    lines += ["竹溪县召开项目推进会"]
    lines += [second[i:i + width] for i in range(0, len(second), width)]
    assert len(lines[4]) == width and lines[4].endswith("（记者 王 平）")  # a full line closing on the credit
    heads = [a.headline for a in doc("\n".join(lines) + "\n").articles]
    assert heads == ["郧西县茶饮料项目开工", "竹溪县召开项目推进会"]


def test_a_running_foot_without_the_page_word_is_furniture() -> None:
    assert classify_text(["十堰日报  2025年10月21日  B2"], 0) == ("furniture", "page header")
    assert classify_text(["十堰晚报  2025年10月21日  星期二  A7"], 0) == ("furniture", "page header")
    assert classify_text(["十堰日报记者2025年10月21日从市统计局获悉"], 0) is None


# --- layout: a column of place-tagged briefs ------------------------------------------------------

def test_a_column_label_over_place_tagged_briefs_opens_a_story() -> None:
    page = ("■郧西县茶饮料项目开工\n\n本报讯（记者 王 平）10月9日，郧西县年产3000吨富硒茶饮料项目开工，"
            "项目总投资2.6亿元。\n\n区县速览\n\n【竹溪县】10月10日，竹溪县魔芋精深加工项目投产，总投资1.2亿元。\n\n"
            "【房县】10月11日，房县黄酒文化产业园二期项目开工，总投资2.3亿元。\n\n"
            "【丹江口市】10月12日，丹江口市召开招商引资工作推进会。\n\n"
            "【郧阳区】前三季度，郧阳区规上工业增加值同比增长7.9%。\n\n（本报记者 陈 立 整理）\n")
    arts = doc(page).articles
    assert [a.headline for a in arts] == ["郧西县茶饮料项目开工", "区县速览"]
    assert arts[0].reporters == ["王平"]


def test_place_tagged_paragraphs_under_a_story_with_an_intro_stay_in_it() -> None:
    page = ("各地项目建设跑出加速度\n\n本报讯（记者 王 平）入秋以来，各地一批重大项目集中开工。\n\n"
            "【竹溪县】10月10日，竹溪县魔芋精深加工项目投产，总投资1.2亿元。\n\n"
            "【房县】10月11日，房县黄酒文化产业园二期项目开工，总投资2.3亿元。\n")
    assert [a.headline for a in doc(page).articles] == ["各地项目建设跑出加速度"]


# --- names ---------------------------------------------------------------------------------------

def test_numbered_buildings_of_a_project_name_no_project() -> None:
    assert is_generic("1号至3号厂房")
    assert is_generic("3号、5号车间")
    assert is_generic("2号科研楼")
    assert "2号至5号厂房" not in _names("竹山县绿松石产业园项目2号至5号厂房主体全面封顶。")
    assert not is_generic("绿松石产业园项目")


def test_a_parks_first_project_names_the_project_not_the_park() -> None:
    names = _names("位于十堰经济技术开发区的竹溪飞地产业园首个项目——"
                   "湖北楚峰机电有限公司年产10万台电机项目开工。")
    assert "竹溪飞地产业园" not in names
    assert any(n.endswith("年产10万台电机项目") for n in names)


def test_a_class_ranked_by_its_size_is_no_project() -> None:
    assert "光电显示项目" not in _names("是竹山县今年签约的投资规模最大的光电显示项目。")
    # a named project after the rank stays one
    assert any("年产2万吨" in n for n in _names("是竹山县今年最大的年产2万吨绿松石饰品加工项目。"))


def test_a_plant_hall_where_a_scene_is_told_is_no_project() -> None:
    page = ("本报讯 走进竹山县绿松石产业园，湖北楚峰机电有限公司的新厂房里，从意大利进口的激光切割机等首批"
            "36台（套）设备已进场，工人正在抓紧调试。该公司年产10万台电机项目总投资5亿元，今年4月开工。\n")
    assert not any(n.endswith("厂房") for n in projects(page))


def test_machinery_after_engineering_is_part_of_the_name() -> None:
    names = _names("湖北楚峰机电有限公司投资5亿元建设工程机械传动件生产基地。")
    assert not any(n.endswith("建设工程") for n in names)
    assert "工程机械传动件生产基地" in names


def test_a_quoted_word_opening_a_name_keeps_its_pair_of_quotes() -> None:
    assert _names("该公司实施的“机器换人”改造项目近日完工。") == ["“机器换人”改造项目"]
    assert _names("在东湖建设“智造谷”项目。") == ["智造谷项目"]


# --- attributes of upgrades --------------------------------------------------------------------

def test_a_firms_outlay_on_its_upgrade_is_the_investment() -> None:
    page = ("本报讯 10月16日，湖北房州酒业有限公司酿造车间技改项目在房县建成投产。该公司投入6500万元，"
            "新上自动化制曲生产线2条，改造后年产黄酒由2万吨增加到3.5万吨。\n")
    r = projects(page)["湖北房州酒业有限公司酿造车间技改项目"]
    assert r.get("investment_cny") == 65_000_000
    assert r.get("capacity") == "年产黄酒3.5万吨"


def test_a_raised_capacity_by_its_kind_of_work() -> None:
    page = ("本报讯 近日，湖北武当乳业有限公司生产线改造项目完成设备安装调试，进入试产阶段。"
            "改造完成后，日加工鲜奶能力由200吨提升至350吨。\n")
    r = projects(page)["湖北武当乳业有限公司生产线改造项目"]
    assert r.get("capacity") == "日加工鲜奶能力350吨"


def test_a_firms_own_figures_are_no_statistics_of_its_county() -> None:
    page = ("本报讯 竹溪县湖北楚峰机电有限公司“智改数转”项目近日完工。企业投入9000万元，"
            "更新数控机床260台，用工减少两成。\n")
    assert indicators(page) == []


def test_a_county_outlay_stays_a_statistic() -> None:
    page = "本报讯 今年以来，竹溪县工业企业技改投资同比增长18.6%。\n"
    assert [r.get("value") for r in indicators(page)] == [18.6]


def test_the_first_machines_delivered_are_no_statistic() -> None:
    page = ("本报讯 走进竹山县绿松石产业园，湖北楚峰机电有限公司的新厂房里，"
            "从意大利进口的激光切割机等首批36台（套）设备已进场，工人正在抓紧调试。\n")
    assert indicators(page) == []


def test_jobs_given_nearby_and_land_newly_taken() -> None:
    page = ("本报讯 10月8日，丹江口市与湖北汉水新材料有限公司签订增资扩产协议，该公司将在丹江口经济开发区"
            "新征土地45亩，投资2.4亿元建设年产3万吨水性涂料项目，达产后可带动当地就业180余人。\n")
    r = projects(page)["年产3万吨水性涂料项目"]
    assert r.get("area") == "45亩"
    assert r.get("jobs") == 180


def test_land_cleared_by_a_county_is_no_projects_area() -> None:
    page = "本报讯 今年以来，房县盘活低效工业用地860亩，全部用于承接新引进的工业项目。\n"
    assert all(r.get("area") is None for r in projects(page).values())


def test_a_weeklys_bulleted_column_stays_in_its_story() -> None:
    page = ("前三季度湖北经济稳中有进\n\n本报讯（记者 王 平）前三季度，全省地区生产总值同比增长5.8%。\n\n"
            "本周看点\n\n"
            "● 十堰港区二期工程日前全面竣工，工程总投资约12亿元。\n\n"
            "● 襄阳高新区年产5万吨电池隔膜项目正式投产，总投资18亿元。\n")
    assert [a.headline for a in doc(page).articles] == ["前三季度湖北经济稳中有进"]
