"""Rules the misses of the fourteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names, headquarters_org
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 10, 8))


def test_a_company_s_regional_headquarters_is_a_project_name() -> None:
    text = "10月7日，Acme Robotics华东总部项目在某某新区签约。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["Acme Robotics华东总部项目"]
    text = "德国企业Nordwerk Bio（诺德生物）亚太研发中心落户经开区。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["Nordwerk Bio（诺德生物）亚太研发中心"]
    assert headquarters_org("Acme Robotics华东总部") == "Acme Robotics"
    assert headquarters_org("甲乙科技西南区域总部") == "甲乙科技"


def test_headquarters_words_that_name_no_settling_are_no_project() -> None:
    for text in ("公司将以该园区作为其中国区总部。", "大力发展总部经济，建设研发中心。", "总部大楼已封顶。"):
        assert not find_names(text, 0, len(text)), text


def test_what_a_headquarters_builds_is_its_contents_and_the_company_its_investor() -> None:
    page = ("本报讯 10月7日，日本精工企业Kanto Seiki华南区域总部签约仪式在某某高新区举行。"
            "根据协议，Kanto Seiki首期投资3亿元建设研发中心和精密轴承生产基地，达产后年销售额可达12亿元。\n")
    projects = _projects(page)
    assert list(projects) == ["Kanto Seiki华南区域总部"]
    hq = projects["Kanto Seiki华南区域总部"]
    assert hq.get("stage") == "signed"
    assert hq.get("investor") == "Kanto Seiki"
    assert hq.get("investment_cny") == 300_000_000
    assert hq.get("annual_output_cny") == 1_200_000_000


def test_a_count_before_what_it_counts_is_a_statistic() -> None:
    page = "本报讯 今年前三季度，某某县共供应工业用地40宗，其中16宗为“带方案”出让。\n"
    found = {r.get("metric"): (r.get("value"), r.get("unit")) for r in _indicators(page)}
    assert found.get("带方案出让") == (16, "宗")


def test_a_count_after_其中_with_no_为_is_left_to_other_rules() -> None:
    page = "本报讯 今年前三季度，某某县共供应工业用地40宗，其中16宗已开工。\n"
    assert all(r.get("value") != 16 for r in _indicators(page))


def test_the_area_of_a_plot_bought_is_the_area_of_the_project_started_on_it() -> None:
    page = ("本报讯 10月8日，某某精密机械有限公司以2600万元摘得城东片区一宗面积约86亩的地块，"
            "当天即拿到施工许可证，其精密齿轮箱项目随即开工。\n\n"
            "某某食品有限公司同日竞得一宗45亩工业用地，将建设速冻食品项目，计划11月开工。\n")
    projects = _projects(page)
    assert projects["精密齿轮箱项目"].get("area") == "86亩"
    assert projects["速冻食品项目"].get("area") == "45亩"


def test_a_plot_bought_before_another_project_is_not_the_later_one_s() -> None:
    page = ("本报讯 某某精密机械有限公司摘得一宗面积86亩的地块，其甲齿轮箱项目当天开工，"
            "乙物流园项目也于同日开工。\n")
    projects = _projects(page)
    assert projects["甲齿轮箱项目"].get("area") == "86亩"
    assert projects["乙物流园项目"].get("area") is None


def test_a_table_s_caption_opens_no_article() -> None:
    from newsmill.zh.article_layout import is_caption_start
    assert is_caption_start("表2  上半年各县市区项目建设进度")
    assert is_caption_start("附表1：重点企业名单")
    assert not is_caption_start("表彰大会在县城举行")


def test_a_month_opening_a_phrase_is_a_plan_s_date_not_a_name() -> None:
    text = "公司负责人表示，争取2025年3月底首条生产线投产。"
    assert not find_names(text, 0, len(text))


_RANKING = ("本报讯 9月份，全省新签约项目120个，签约金额530亿元；实际到位资金130.5亿元。\n\n"
            "表1  9月份各市招商引资主要指标排名\n\n"
            "名次  地区  签约项目数（个）  签约金额（亿元）  到位资金（亿元）\n"
            "1  南昌市  21  96.4  22.3\n"
            "2  九江市  17  71.0  18.6\n")


def test_a_ranking_by_place_gives_each_place_a_signed_batch() -> None:
    doc = _doc(_RANKING)
    batches = {r.get("region"): (r.get("event"), r.get("count"), r.get("total_cny"))
               for r in doc.records if r.kind == "batch"}
    assert batches["南昌市"] == ("signed", 21, 9_640_000_000)
    assert batches["九江市"] == ("signed", 17, 7_100_000_000)
    assert len(doc.articles) == 1  # the caption opens no article


def test_a_money_column_of_no_projects_is_a_statistic_of_each_place() -> None:
    found = {(r.get("region"), r.get("metric")): r.get("value") for r in _indicators(_RANKING)}
    assert found[("南昌市", "到位资金")] == 2_230_000_000
    assert found[("九江市", "到位资金")] == 1_860_000_000
    assert ("南昌市", "签约金额") not in found


def test_the_investment_a_class_of_farm_projects_completed_is_a_statistic() -> None:
    page = "本报讯 今年以来，某某镇农业产业项目完成投资1650万元。\n"
    assert [r.get("value") for r in _indicators(page)] == [16_500_000]


def test_land_a_region_cleared_is_a_statistic_not_the_area_of_its_one_project() -> None:
    page = ("本报讯 原定在某某开发区建设的甲乙新材料项目因投资方原因已正式终止，原计划总投资6亿元。"
            "今年以来，该区共盘活闲置低效用地830亩。\n")
    project = _projects(page)["甲乙新材料项目"]
    assert project.get("area") is None
    assert project.get("stage") is None  # called off: no lifecycle event
    assert [r.get("value") for r in _indicators(page)] == [830]


def test_the_figures_after_a_project_reported_done_are_its_own() -> None:
    page = ("本报讯 某某村投资200万元的茶叶加工厂项目已于5月建成投产，"
            "带动农户80户种茶600亩，户均增收3000元。\n")
    assert not _indicators(page)


def test_a_sentence_opening_on_这个项目_tells_the_project_named_before() -> None:
    page = ("本报讯 在某某经开区的甲乙电子产业园项目现场，工人们正在加紧施工。"
            "这个项目由某某电子有限公司投资建设，总投资12亿元，占地150亩。"
            "在城南，投资3亿元的丙物流园项目同日开工。\n")
    project = _projects(page)["甲乙电子产业园项目"]
    assert project.get("investment_cny") == 1_200_000_000
    assert project.get("area") == "150亩"


def test_firms_come_to_talk_and_their_intended_sum_are_no_statistics() -> None:
    page = ("本报讯 腾出的厂房已挂牌招租，目前有5家企业前来洽谈，意向投资额约8亿元。"
            "今年以来，全县新增市场主体1200家。\n")
    assert [r.get("value") for r in _indicators(page)] == [1200]


def test_a_station_reporting_is_no_reporter() -> None:
    from newsmill.zh.bylines import parse_people
    credit = parse_people("记者 王晓明 陈丽 岳阳台报道")
    assert credit is not None
    assert [r.text for r in credit.reporters] == ["王晓明", "陈丽"]


def test_the_past_year_of_a_review_section_is_the_section_s_year() -> None:
    page = ("政府工作报告\n\n一、2023年工作回顾\n\n"
            "过去一年，全县地区生产总值完成420亿元，同比增长5.1%。\n")
    found = [(r.get("value"), r.get("period")) for r in _doc(page, dt.date(2024, 2, 2)).records
             if r.kind == "indicator"]
    assert found == [(42_000_000_000, "2023")]
