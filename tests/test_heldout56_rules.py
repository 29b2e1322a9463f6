"""Rules the misses of the fifty-sixth held-out set called for, each on phrasings of its own.

The set is a county page of briefs in Traditional script with pinyin reading aids: signings,
starts, completions, a market's sales and a month's figures, one brief a small table set with
tabs or spaces.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.tables import find_tables
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 7, 18))


def _batches(page: str) -> list:
    return [r for r in doc(page).records if r.kind == "batch"]


# --- indicators: a statistics table set with tabs, its rows of the place named before it ------

TAB_TABLE = ("某县上半年经济运行\n\n本报讯 县统计局日前发布,2024年1—6月,通江县主要经济指标如下:\n"
             "指标名称\t1—6月\t同比增长(%)\n"
             "地区生产总值(亿元)\t96.3\t6.2\n"
             "社会消费品零售总额(亿元)\t41.8\t5.4\n")


def test_a_table_set_with_tabs_gives_its_rows_as_statistics_of_the_place() -> None:
    found = {(r.get("metric"), r.get("value"), r.get("growth_pct"), r.get("region"))
             for r in indicators(TAB_TABLE)}
    assert ("地区生产总值", 9_630_000_000, 6.2, "通江县") in found
    assert ("社会消费品零售总额", 4_180_000_000, 5.4, "通江县") in found


def test_a_spaced_table_takes_the_place_named_before_it() -> None:
    page = TAB_TABLE.replace("\t", "    ")
    regions = {r.get("region") for r in indicators(page) if r.get("metric") == "地区生产总值"}
    assert regions == {"通江县"}


def test_a_line_with_tabs_and_no_table_head_gives_no_table_row() -> None:
    page = ("某县上半年经济运行\n\n本报讯 通江县上半年经济平稳。\n"
            "地区生产总值(亿元)\t96.3\t6.2\n")
    assert not [r for r in indicators(page) if r.get("value") == 9_630_000_000]


# --- batches: a table by kind of projects ----------------------------------------------------

KIND_TABLE = ("某区项目推进情况\n\n本报讯 记者从万源市发改局获悉,上半年全市重点项目推进有序,情况如下:\n"
              "项目类型\t项目数(个)\t完成投资(亿元)\n"
              "在建项目\t31\t22.6\n"
              "签约项目\t9\t40.5\n")


def test_rows_of_a_table_by_kind_of_projects_are_batches_of_that_stage() -> None:
    found = {(r.get("event"), r.get("count"), r.get("total_cny"), r.get("region"))
             for r in _batches(KIND_TABLE)}
    assert ("under_construction", 31, 2_260_000_000, "万源市") in found
    assert ("signed", 9, 4_050_000_000, "万源市") in found


def test_a_row_of_figures_is_no_header_of_a_project_table() -> None:
    text = "类别\t项目个数(个)\t完成投资(亿元)\n新开工项目\t12\t18.4\n续建项目\t26\t35.7\n"
    assert find_tables(text) == []
    assert not projects(KIND_TABLE)


def test_a_row_label_naming_no_stage_gives_no_batch() -> None:
    page = KIND_TABLE.replace("在建项目", "民生项目").replace("签约项目", "产业项目")
    assert not [r for r in _batches(page) if r.get("count") in (31, 9)]


# --- batches: a size class then how many are of it --------------------------------------------

def test_a_size_class_counted_after_investment_is_a_batch() -> None:
    page = ("某市集中开工\n\n本报讯 7月10日,达州市集中开工项目42个,总投资186亿元,"
            "其中投资5亿元以上的项目有11个。\n")
    counts = {(r.get("count"), r.get("event")) for r in _batches(page)}
    assert (11, "started") in counts


def test_a_total_investment_is_no_size_class() -> None:
    page = "某市集中开工\n\n本报讯 7月10日,达州市集中开工项目42个,总投资186亿元。\n"
    assert {r.get("count") for r in _batches(page)} == {42}


# --- projects: lines a plant has or adds, counted after their kind ----------------------------

def test_lines_a_plant_has_counted_after_their_kind_are_no_project() -> None:
    page = ("某县企业投产\n\n本报讯 近日,位于杨家镇的某某茶业有限公司茶叶精制厂正式投产。"
            "该厂投资5000万元建成,建有自动化揉捻生产线2条,年可加工干茶3000吨。另一家企业新上智能分拣车间3个。\n")
    names = set(projects(page))
    assert not any(n.endswith(("生产线", "车间")) for n in names), names


def test_a_line_a_firm_invests_in_is_still_a_project() -> None:
    page = ("某县企业投产\n\n本报讯 近日,某某茶业有限公司投资1.2亿元建设的年产5000吨速溶茶粉生产线"
            "正式投产。\n")
    assert any(n.endswith("生产线") for n in projects(page))


# --- projects: the people given work -----------------------------------------------------------

def test_people_given_work_are_the_project_jobs() -> None:
    page = ("某县签约\n\n本报讯 7月2日,宣汉县与某某食品有限公司签约。该公司将投资3亿元,建设牛肉干加工项目,"
            "建成后可带动当地村民就业260余人。\n")
    jobs = {r.get("jobs") for r in projects(page).values()}
    assert 260 in jobs


def test_villagers_gaining_income_are_no_jobs() -> None:
    page = ("某县签约\n\n本报讯 7月2日,宣汉县与某某食品有限公司签约。该公司将投资3亿元,建设牛肉干加工项目,"
            "建成后可带动当地村民260余户增收。\n")
    assert {r.get("jobs") for r in projects(page).values()} <= {None}


# --- indicators: what one works lays, a class's funds, a market's figures ------------------------

def test_pipes_laid_by_one_works_are_no_statistic() -> None:
    page = ("某县供水工程完工\n\n本报讯 近日,某县农村供水保障工程完工。该工程总投资8600万元,"
            "新建水厂2座,铺设供水管网240公里。\n")
    assert not [r for r in indicators(page) if r.get("unit") == "公里"]


def test_pipes_laid_across_a_county_are_a_statistic() -> None:
    page = "某县民生工程\n\n本报讯 上半年,全县累计铺设供水管网240公里。\n"
    assert [r for r in indicators(page) if r.get("unit") == "公里"]


def test_funds_in_hand_of_a_class_of_projects_are_a_statistic() -> None:
    page = ("某县招商\n\n本报讯 1—6月,渠县签约项目21个,协议投资额92亿元,签约项目累计到位资金18.4亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 1_840_000_000 in values


def test_funds_of_one_project_are_no_statistic() -> None:
    page = "某县招商\n\n本报讯 6月,渠县某某项目到位资金1.2亿元。\n"
    assert 120_000_000 not in {r.get("value") for r in indicators(page)}


def test_a_market_counts_its_traders_and_its_pots() -> None:
    page = ("某镇市场\n\n本报讯 1—6月,石桥镇花木市场累计销售盆景花卉45万盆,销售额3100万元。"
            "目前,市场入驻经营户86户。\n")
    found = {(r.get("value"), r.get("unit")) for r in indicators(page)}
    assert (45, "万盆") in found
    assert (86, "户") in found


def test_a_month_word_opening_a_metric_is_no_part_of_it() -> None:
    page = "某县市场\n\n本报讯 6月,宣汉县农贸市场人气旺,全月实现交易量8600吨。\n"
    assert [r.get("metric") for r in indicators(page)] == ["交易量"]


def test_a_month_on_month_rate_alone_is_a_statistic_of_its_own() -> None:
    page = "某县市场\n\n本报讯 6月,宣汉县农贸市场交易额3200万元,环比增长5.6%。\n"
    found = {(r.get("metric"), r.get("value"), r.get("growth_pct")) for r in indicators(page)}
    assert ("农贸市场交易额", 32_000_000, None) in found
    assert ("农贸市场交易额(环比)", 5.6, 5.6) in found


def test_a_year_on_year_rate_stays_the_growth() -> None:
    page = "某县市场\n\n本报讯 6月,宣汉县农贸市场交易额3200万元,同比增长5.6%。\n"
    found = {(r.get("metric"), r.get("value"), r.get("growth_pct")) for r in indicators(page)}
    assert found == {("农贸市场交易额", 32_000_000, 5.6)}
