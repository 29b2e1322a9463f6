"""Rules the misses of the fifty-eighth held-out set called for, each on phrasings of its own.

The set is a county's long feature on renewing its industrial park (standard factory buildings,
output and tax per mu, idle land cleared, firms bringing firms, funds bringing projects), with a
photo story at the end of each page.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.bylines import parse_credit_line
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 10, 18))


# --- bylines: a spaced name after a plain one; a picture an agency issued ----------------------

def test_a_marked_byline_of_a_plain_and_a_spaced_name() -> None:
    credit = parse_credit_line("■ 欧振东 杨 柳")
    assert credit is not None and [r.text for r in credit.reporters] == ["欧振东", "杨柳"]


def test_a_lone_spaced_run_without_a_mark_or_role_is_no_byline() -> None:
    assert parse_credit_line("高新 园区") is None
    assert parse_credit_line("欧振东 杨 柳") is None


def test_a_picture_an_agency_issued_is_a_photo_credit() -> None:
    for line in ("中新社发(吕 明 摄)", "新华社发（黄志强 摄）", "中新社发 吕明 摄"):
        credit = parse_credit_line(line)
        assert credit is not None and credit.photo_only, line
        assert credit.source is not None and credit.source.text in ("中新社", "新华社")
    assert parse_credit_line("新华社发") is None
    assert parse_credit_line("新华社发布消息") is None


def test_a_photo_story_under_an_agency_issued_credit_is_an_article_of_its_own() -> None:
    page = ("园区更新见成效\n\n□ 欧振东 杨 柳\n\n今年以来,某某县工业园区新签约项目12个,"
            "总投资36亿元。\n\n园区将继续推进标准化厂房建设。\n\n\n\n"
            "茶园秋采 忙碌正酣\n\n近日,浙江省丽水市松阳县的茶农在茶园里采摘秋茶。"
            "图为茶农在采茶。\n\n中新社发(吕 明 摄)\n")
    arts = doc(page, None).articles
    assert [a.headline for a in arts] == ["园区更新见成效", "茶园秋采 忙碌正酣"]
    assert [r for r in arts[0].reporters] == ["欧振东", "杨柳"]
    assert arts[1].source == "中新社" and arts[1].reporters == ["吕明"]


# --- statistics: a firm's own output; floor built for rent; a level risen from ----------------

def test_a_named_firms_output_last_year_is_no_statistic() -> None:
    page = ("本报讯 今年以来,某某县工业增加值增长8%。作为全县的龙头企业,湖北楚雄钢构有限公司去年"
            "实现产值28亿元、纳税9000万元。\n")
    assert [r.get("value") for r in indicators(page)] == [8]


def test_the_firm_just_told_of_as_a_bare_subject_is_no_statistic() -> None:
    page = ("本报讯 今年以来,某某县规上工业企业达到86家。“厂房现成,省了不少事。”该负责人说,"
            "按现有订单,企业今年产值有望达到3亿元。\n")
    assert [r.get("value") for r in indicators(page)] == [86]
    # a class of firms before the word stays the place's statistic
    page = "本报讯 今年以来,某某县规上企业今年产值突破120亿元,同比增长9%。\n"
    assert 12_000_000_000 in [r.get("value") for r in indicators(page)]


def test_standard_factory_floor_a_place_builds_is_a_statistic() -> None:
    page = ("本报讯 近年来,某某高新区还新建标准化厂房34万平方米,引进企业52家。"
            "下一步,园区将再建设标准厂房15万平方米。\n")
    got = {r.get("value"): r.get("unit") for r in indicators(page)}
    assert got.get(34) == "万平方米" and got.get(15) == "万平方米", got
    # the floor of one named works stays the works' own
    one = "本报讯 某某电子产业园项目总投资5亿元,新建标准化厂房6万平方米。\n"
    assert not [r for r in indicators(one) if r.get("unit") == "万平方米"]


def test_a_level_risen_from_is_a_statistic_of_its_year() -> None:
    page = ("本报讯 2024年1至9月,某某县规上工业增加值增长7%。某某经开区亩均营收从2020年的"
            "260万元提升到2023年的410万元。\n")
    got = {r.get("value"): (str(r.get("metric"))[-4:], r.get("period")) for r in indicators(page)}
    assert got.get(2_600_000) == ("亩均营收", "2020"), got
    assert got.get(4_100_000) == ("亩均营收", "2023"), got


def test_a_range_with_no_rise_is_left_as_before() -> None:
    page = "本报讯 今年以来,某某县对新落户企业给予奖励,金额从50万元到200万元不等。\n"
    assert not [r for r in indicators(page) if r.get("value") == 500_000]


# --- places: a verb of work between a county and a zone's kind names no zone ------------------

def test_a_verb_of_work_before_a_zones_kind_is_no_part_of_its_name() -> None:
    d = doc("标题\n\n本报讯 湖北郧西县加快经济开发区扩区调位,宜都市推进工业园区改造。\n", None)
    places = [d.clean[m.start:m.end] for m in d.mentions if m.kind == "place"]
    assert "郧西县加快经济开发区" not in places and "郧西县" in places, places
    assert "宜都市推进工业园区" not in places, places
    d = doc("标题\n\n本报讯 宜宾临港经开区新签约项目8个。\n", None)
    assert "宜宾临港经开区" in [d.clean[m.start:m.end] for m in d.mentions if m.kind == "place"]


# --- projects: a product's upgrade, floor rented or held, a line put up ------------------------

def test_a_products_upgrade_is_a_project_and_a_class_of_upgrades_is_not() -> None:
    got = projects("本报讯 湖北楚雄钢构有限公司今年投资1.6亿元建设重型钢结构技改项目。\n")
    assert "重型钢结构技改项目" in got, list(got)
    assert not projects("本报讯 今年,某某县投资8亿元建设一批工业技改项目和重点技改项目。\n")


def test_floor_a_firm_rents_or_already_has_is_no_project() -> None:
    page = ("本报讯 湖北楚雄钢构有限公司租用2层共9000平方米标准化厂房,投资6000万元建设"
            "年产5万件钢结构件项目,比企业自建厂房提前半年投产。园区按项目实际到位资金给予补助。\n")
    got = projects(page)
    assert list(got) == ["年产5万件钢结构件项目"], list(got)
    old = "本报讯 某某机械有限公司投资3亿元对旧厂房进行改造,建设年产2万台农机项目。\n"
    assert "年产2万台农机项目" in projects(old) and len(projects(old)) == 1


def test_a_line_a_firm_puts_up_is_its_project() -> None:
    page = ("本报讯 湖北楚雄钢构有限公司投资2亿元对原有车间进行改造,新上年产8万吨冷弯型钢生产线,"
            "项目4月开工。某某电器有限公司投资约9000万元上马年产20万台电机项目。\n")
    got = projects(page)
    assert "年产8万吨冷弯型钢生产线" in got, list(got)
    assert got["年产20万台电机项目"].get("investment_cny") == 90_000_000
    # a place's name opening with the same characters stays a place
    assert not [n for n in projects("本报讯 上马镇年产10万吨饲料项目开工。\n") if n.startswith("镇")]


# --- batches: projects turned down; a fund's own investing -------------------------------------

def _batches(page: str) -> list:
    return [r for r in doc(page).records if r.kind == "batch"]


def test_projects_turned_down_are_no_batch() -> None:
    page = "本报讯 今年以来,某某县新签约工业项目12个,对不达标的项目一律劝退,已谢绝高耗能项目5个。\n"
    assert [r.get("count") for r in _batches(page)] == [12]


def test_a_funds_own_investing_is_no_batch() -> None:
    page = ("本报讯 某某县设立总规模10亿元的产业基金。今年以来,基金已完成投资2.8亿元,带动4个项目落户,"
            "撬动社会资本近6亿元。\n")
    assert [(r.get("count"), r.get("total_cny")) for r in _batches(page)] == [(4, None)]
    # (the fund's size and what it invested stay statistics, as in the earlier sets)
    assert 280_000_000 in [r.get("value") for r in indicators(page)]


# --- statistics: a sentence opening on what works yield once built ----------------------------

def test_a_sentence_on_what_works_yield_once_built_is_no_statistic() -> None:
    page = ("本报讯 今年以来,某某县规上工业增加值增长9%。湖北楚雄钢构有限公司年产5万吨钢构件项目"
            "预计明年投产。全部投产后年产值约8亿元,年纳税超3000万元。\n")
    assert [r.get("value") for r in indicators(page)] == [9]


# --- a firm named again by the core of its full name; a firm brought in builds -----------------

def test_a_firm_named_again_by_its_core_name_gives_no_statistic() -> None:
    page = ("本报讯 今年以来,某某县规上工业企业达到64家。“园区服务好。”湖北楚雄钢构科技有限公司董事长说。"
            "2018年落户的楚雄钢构,主营重型钢结构,去年产值达9.6亿元,纳税4200万元。\n")
    assert [r.get("value") for r in indicators(page)] == [64]


def test_a_firm_brought_in_is_the_investor_of_what_it_builds() -> None:
    page = ("本报讯 去年6月,某某县依法收回闲置土地60亩,随即引进湖北楚雄钢构有限公司,投资2.6亿元"
            "建设年产6万吨钢构件项目。\n")
    got = projects(page)
    assert got["年产6万吨钢构件项目"].get("investor") == "湖北楚雄钢构有限公司", got


# --- stages: the later event of a chain, told how soon it came ---------------------------------

def test_an_event_told_how_soon_it_came_is_the_later_stage() -> None:
    page = ("本报讯 2024年1至9月,某某县工业投资增长9%。湖北楚雄钢构有限公司投资1.5亿元建设年产3万吨"
            "钢构件项目,去年11月签约,今年2月即投产。\n")
    got = projects(page)["年产3万吨钢构件项目"]
    assert (got.get("stage"), got.get("date")) == ("in_production", "2024-02"), got
    # an event about to come stays a plan: the signing is the stage
    page = page.replace("今年2月即投产", "今年12月即将投产")
    assert projects(page)["年产3万吨钢构件项目"].get("stage") == "signed"
