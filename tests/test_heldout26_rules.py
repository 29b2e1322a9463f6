"""Rules the misses of the twenty-sixth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 9, 12)


_doc, _records, _ = rule_helpers(DAY)


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


ROUND_UP = ("某省各地项目建设提速\n\n"
            "本报讯(记者 张明)入秋以来,各地项目建设热度不减。\n\n"
            "【乐山】9月3日,五通桥区三季度重大项目集中开工,开工项目11个,总投资46.2亿元。\n\n"
            "【宜宾】翠屏区签约项目5个,协议投资额30亿元。其中,甲乙科技与翠屏区签约的电子元件产业园项目"
            "计划总投资12亿元。\n\n"
            "【泸州】纳溪区新开工项目4个,总投资9.6亿元。其中,\n丙丁包装材料生产线项目总投资3亿元。\n")


def test_a_round_ups_paragraphs_keep_their_own_cities() -> None:
    batches = {r.get("count"): r.get("region") for r in _records(ROUND_UP, "batch")}
    assert (batches.get(11), batches.get(5), batches.get(4)) == ("五通桥区", "翠屏区", "纳溪区"), batches
    projects = {r.get("name"): r.get("location") or {} for r in _records(ROUND_UP, "project")}
    park = next(v for k, v in projects.items() if "电子元件" in k)
    assert park.get("city") == "宜宾市" and park.get("county") == "翠屏区", projects
    line = next(v for k, v in projects.items() if "包装材料" in k)
    assert line.get("city") == "泸州市" and line.get("county") == "纳溪区", projects
    # a story about one city keeps its places in that city
    one = ("某县项目集中开工\n\n本报讯 9月3日,五通桥区三季度重大项目集中开工,"
           "开工项目11个,总投资46.2亿元。\n\n"
           "其中,某某新材料项目总投资8亿元。\n")
    assert {r.get("region") for r in _records(one, "batch")} == {"五通桥区"}


def test_the_leads_day_stays_in_its_citys_paragraph() -> None:
    dates = {r.get("name"): r.get("date") for r in _records(ROUND_UP, "project")}
    line = next(v for k, v in dates.items() if "包装材料" in k)
    assert line is None, dates


def test_a_park_counting_its_projects_is_no_project() -> None:
    assert _names("某某区智能终端产业园今年以来新签约项目9个,协议投资额20亿元。") == []
    assert _names("某某电子信息产业园上半年引进企业12家。") == []
    # a park that is itself built stays a project
    assert _names("总投资5亿元的某某智能终端产业园今年开工。") == ["某某智能终端产业园"]


def test_a_reporter_asking_about_projects_names_none() -> None:
    assert _names("日前,记者就项目建设有关问题采访了某县发展改革局局长。") == []
    assert _names("某某县就业培训基地项目开工。") == ["某某县就业培训基地项目"]


def test_a_products_property_stays_in_its_name() -> None:
    assert _names("年产5万吨可降解塑料项目已于8月签约。") == ["年产5万吨可降解塑料项目"]
    assert _names("某某可再生资源回收利用项目开工。") == ["某某可再生资源回收利用项目"]


def test_one_firms_own_figures_are_no_statistics() -> None:
    page = ("一家电机企业的转型路\n\n走进某某电机有限公司,生产线正满负荷运转。"
            "通过技改,公司电机年产能从50万台提升到120万台,去年实现产值6.2亿元,纳税3100万元。"
            "去年,全区电机产业实现产值48亿元,同比增长9.1%。\n")
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 4800000000 in values, values
    assert not values & {120, 620000000}, values


def test_a_commentators_byline_with_a_spaced_name() -> None:
    c = parse_credit_line("□ 本报评论员  王 丽")
    assert c is not None and [r.text for r in c.reporters] == ["王丽"] and c.source.text == "本报"
    c = parse_credit_line("本报特约评论员 李明")
    assert c is not None and [r.text for r in c.reporters] == ["李明"]


def test_a_papers_running_head_without_a_date_is_furniture() -> None:
    got = classify_text(["某某日报  经济  第5版"], 0)
    assert got is not None and got[0] == "furniture", got
    assert classify_text(["某某报  区县新闻  第12版"], 0) is not None
    # a headline naming a paper is no running head
    assert classify_text(["某某日报创刊七十周年座谈会举行"], 0) is None


def test_a_portal_meta_line_opened_by_its_source_is_furniture() -> None:
    line = "来源：某县融媒体中心    发布时间：2024-09-10 10:20    【字号：大 中 小】"
    got = classify_text([line], 0)
    assert got is not None and got[0] == "furniture", got
    page = "某县茶叶产业园开园\n\n" + line + "\n\n9月8日,某县茶叶产业园开园,首批入驻企业6家。\n"
    arts = _doc(page).articles
    assert arts and arts[0].source == "某县融媒体中心", [(a.headline, a.source) for a in arts]


def test_a_plan_opening_an_answer_covers_each_item() -> None:
    page = ("抓项目促发展\n\n——访某区发展改革局局长\n\n记者：今年的目标是什么？\n\n"
            "答：今年,我们力争新签约项目60个以上；实际利用内资增长8%以上。\n\n"
            "我们将优化服务,确保项目审批时间压缩至25个工作日以内。\n")
    stats = {r.get("unit"): r.get("period") for r in _records(page, "indicator")}
    assert stats.get("%", "").endswith("(目标)"), stats
    assert stats.get("个工作日", "").endswith("(目标)"), stats
    # what was done, reported in an answer, stays a fact
    done = ("答：去年,全区新签约项目52个；实际利用内资增长7.5%。\n")
    stats = _records("某区访谈\n\n" + done, "indicator")
    assert stats and all(r.get("status") == "actual" for r in stats), [r.get("metric") for r in stats]


def test_a_park_a_firm_invests_in_or_a_chemical_park_is_the_detail() -> None:
    page = ("綦江签约两个项目\n\n本报讯 9月5日,綦江区签约项目2个。其中,甲乙食品在古南工业园投资的"
            "冷链食品加工项目总投资4亿元;在扶欢化工园区,年产8万吨可降解塑料项目总投资6亿元。\n")
    details = {r.get("name"): (r.get("location") or {}).get("detail") for r in _records(page, "project")}
    food = next(v for k, v in details.items() if "冷链" in k)
    plastic = next(v for k, v in details.items() if "塑料" in k)
    assert food == "古南工业园" and plastic == "扶欢化工园区", details


def test_a_features_one_firm_owns_its_bare_phases() -> None:
    page = ("一家电机企业的扩张路\n\n走进位于璧山区青杠街道的重庆甲乙电机有限公司,新厂房里机器轰鸣。"
            "2020年,甲乙电机投资2亿元建设二期项目。去年6月,总投资5亿元的三期项目开工建设。\n")
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert got.get("甲乙电机三期项目") == "甲乙电机" and "甲乙电机二期项目" in got, got
    # with two firms on the page a bare phase stays nameless
    two = page.replace("新厂房里机器轰鸣。", "新厂房里机器轰鸣,丙丁物流有限公司的货车正在装货。")
    assert not [r for r in _records(two, "project") if "期项目" in (r.get("name") or "")]
