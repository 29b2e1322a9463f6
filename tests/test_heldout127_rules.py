"""Rules the misses of the hundred-and-twenty-seventh held-out set called for, each on phrasings of its own.

The set is new-energy vehicles, batteries and parts in counties and districts of Anhui and Shaanxi: a
county paper's front page whose owner line names who oversees and who publishes it, whose section and
page stand at the two ends of a ruled line, whose contents items sit behind pointers and whose foot
calls readers to subscribe; a city daily's inside page in narrow columns; a district portal's article
page with its brand before the portal's name and a row of page tools.  Firms brought in around a
maker are counted in 家 with the sum they signed, briefs open on the town that deals with a firm.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.county_paper import owner_line, spread_section_page_line, subscription_line
from newsmill.zh.gold import document_to_gold
from newsmill.zh.money import find_money
from newsmill.zh.webcopy import page_tools_row, site_name_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(page, "batch")]


# --- cleaning: a county paper's and a portal's furniture --------------------------------------------

def test_an_owner_line_of_overseer_and_publisher_is_furniture() -> None:
    assert owner_line("中共岚水县委主管　岚水县融媒体中心出版")
    assert owner_line("中共枫川县委宣传部主管　　枫川县融媒体中心出版")
    assert classify_text(["中共岚水县委主管　岚水县融媒体中心出版"], 0) == ("furniture", "page header")


def test_two_fields_of_overseeing_and_publishing_without_a_publisher_stay() -> None:
    assert not owner_line("该公司主管　某某出版")
    assert not owner_line("县委主管领导出席　并讲话")


def test_a_section_and_page_spread_over_the_width_are_furniture() -> None:
    assert spread_section_page_line("综　合　　　　　　　　　　　　　　　　第3版")
    assert spread_section_page_line("县域经济          第2版")
    line = "经　济　　　　　　　　　　　　　　　　　　第2版"
    assert classify_text([line], 0) == ("furniture", "page header")


def test_a_title_with_a_page_close_to_it_stays() -> None:
    assert not spread_section_page_line("要闻　第1版")
    assert not spread_section_page_line("全县项目建设再提速　详见第2版的报道")


def test_a_call_to_subscribe_is_furniture() -> None:
    assert subscription_line("★2027年度《岚水报》征订开始啦！全年订价150元，各邮政网点均可办理★")
    assert subscription_line("本报2027年度征订工作正在进行，欢迎订阅")
    line = "〓2027年度《枫川日报》征订进行中　全年定价360元〓"
    assert classify_text([line], 0) == ("furniture", "page header")


def test_a_story_on_post_offices_and_papers_stays() -> None:
    assert not subscription_line("本报讯 县邮政分公司征订报刊2万余份，同比增长5%")
    assert not subscription_line("全县党报党刊征订工作会议召开")


def test_a_contents_item_behind_a_pointer_is_furniture() -> None:
    texts = ["本期提要", "▶2版　枫林镇：茶园变景区", "▶3版　全县冬季安全生产部署", "", "正文"]
    assert classify_text(texts, 1) == ("furniture", "box")
    assert classify_text(texts, 0) == ("furniture", "box")


def test_a_pointer_in_a_story_stays() -> None:
    texts = ["▶2台挖掘机正在作业，工地一片繁忙。"]
    assert classify_text(texts, 0) is None


def test_a_portals_brand_and_name_apart_by_a_bar_are_furniture() -> None:
    assert site_name_line("岚水融媒 | 岚水县人民政府门户网站")
    assert site_name_line("枫川发布｜枫川区人民政府网")


def test_two_places_apart_by_a_bar_stay() -> None:
    assert not site_name_line("岚水县 | 枫川区")
    assert not site_name_line("岚水融媒 | 今日要闻")


def test_a_row_of_page_tools_is_furniture() -> None:
    assert page_tools_row("字号：[大 中 小]　　【打印本页】　【关闭窗口】　【我要纠错】")
    assert page_tools_row("【打印本页】 【关闭窗口】")
    assert classify_text(["【字号：大 中 小】　【打印】　【关闭】"], 0) == ("furniture", "share prompt")


def test_a_sentence_with_a_bracketed_word_stays() -> None:
    assert not page_tools_row("【打印】请关注")
    assert not page_tools_row("【关闭窗口】后再刷新页面即可查看")


# --- money ------------------------------------------------------------------------------------------

def test_a_number_in_kuai_right_after_boards_counts_pieces() -> None:
    assert list(find_money("全年可新增光伏组件背板30万块。")) == []
    assert list(find_money("该线年产手机屏12万块，良品率达98%。")) == []


def test_boards_counted_in_kuai_on_a_page_are_no_money() -> None:
    page = "本报讯 该公司新上2条产线，投资1.1亿元，年可新增光伏背板30万块。\n"
    money = [m["surface"] for m in document_to_gold(doc(page))["money"]]
    assert money == ["1.1亿元"]


def test_a_spoken_sum_in_kuai_stays_money() -> None:
    assert [h.amount for h in find_money("一年下来能多赚3万块。")] == [30000]
    assert [h.amount for h in find_money("家庭年收入10万块。")] == [100000]


# --- batches ----------------------------------------------------------------------------------------

def test_firms_brought_in_with_the_sum_they_signed_are_a_batch_signed() -> None:
    page = "本报讯 今年以来，太和县围绕链主企业累计引进电池配套企业18家，签约总额56.2亿元。\n"
    assert ("signed", 18, 5620000000) in _batches(page)
    page = "本报讯 今年以来，该区新引进汽车零部件企业9家，总投资21.5亿元，已有5家开工。\n"
    assert ("signed", 9, 2150000000) in _batches(page)


def test_a_count_of_firms_brought_in_without_a_sum_is_no_batch() -> None:
    page = "本报讯 今年以来，太和县新引进企业12家，规上工业增加值增长9.6%。\n"
    assert all(c != 12 for _e, c, _t in _batches(page))


# --- projects: stage and town -----------------------------------------------------------------------

def test_an_agreement_to_invest_before_the_site_clause_is_a_signing() -> None:
    page = ("本报讯 11月12日，太和县与浙江一家企业签订投资协议，由安徽锂拓科技有限公司投资4亿元，"
            "在旧县镇建设年产2万吨电池隔膜项目。\n")
    assert projects(page)["年产2万吨电池隔膜项目"].get("stage") == "signed"


def test_a_letter_of_intent_before_the_site_clause_is_no_signing() -> None:
    page = "本报讯 11月12日，太和县与浙江一家企业签订投资意向书，拟在旧县镇建设年产2万吨电池隔膜项目。\n"
    assert projects(page)["年产2万吨电池隔膜项目"].get("stage") != "signed"


def test_a_planned_sum_for_works_whose_preparation_is_under_way_is_a_plan() -> None:
    page = ("本报讯 公司拟投资12亿元建设三期年产6万吨负极材料项目，目前正在开展环评、能评等前期工作。\n")
    r = projects(page)["三期年产6万吨负极材料项目"]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_works_invested_and_being_fitted_stay_under_way() -> None:
    page = "本报讯 公司投资12亿元建设年产6万吨负极材料项目，目前正在开展设备安装。\n"
    assert projects(page)["年产6万吨负极材料项目"].get("stage") == "under_construction"


def test_a_town_in_talks_with_a_firm_at_a_briefs_head_is_the_projects_town() -> None:
    page = ("岚水报\n\n简　讯\n●本报讯　11月16日，枫林镇与苏州一家电子企业就年产50万套车载显示屏项目"
            "进行洽谈，项目拟投资2亿元。（林和）\n")
    loc = projects(page)["年产50万套车载显示屏项目"].get("location")
    assert loc.get("detail") == "枫林镇"


def test_a_town_right_before_a_names_capacity_in_a_brief_is_its_town() -> None:
    page = "岚水报\n\n简　讯\n●本报讯　11月15日，石门镇50兆瓦/100兆瓦时储能电站项目并网投运。（林和）\n"
    r = next(iter(projects(page).values()))
    assert r.get("location").get("detail") == "石门镇"
    page = "岚水报\n\n简　讯\n●本报讯　石门镇年产3000吨电解液项目近日投产。（林和）\n"
    assert "年产3000吨电解液项目" in next(iter(projects(page)))
    assert not next(iter(projects(page))).startswith("本报讯")


def test_a_town_in_talks_deep_in_a_sentence_is_not_taken() -> None:
    page = ("岚水报\n\n简　讯\n●本报讯　11月16日，县领导带队赴枫林镇与企业座谈，了解年产50万套车载显示屏项目"
            "推进情况。（林和）\n")
    for r in projects(page).values():
        assert (r.get("location") or {}).get("detail") != "枫林镇"


def test_a_capacity_counted_in_gen_is_read() -> None:
    page = "本报讯 其中，安徽固本车桥有限公司年产8万根商用车车桥项目投资3亿元，落户经开区。\n"
    r = projects(page)["安徽固本车桥有限公司年产8万根商用车车桥项目"]
    assert r.get("capacity") == "年产8万根商用车车桥"


def test_a_number_in_gen_without_a_yearly_output_names_no_capacity() -> None:
    page = ("本报讯 该项目已完成桩基施工，共打入管桩1200根，主体工程正在加紧建设。"
            "安徽固本车桥项目总投资3亿元。\n")
    for r in projects(page).values():
        assert "根" not in str(r.get("capacity") or "")


def test_a_district_portal_heading_the_page_places_its_projects() -> None:
    page = ("枫川发布 | 临泉县人民政府门户网站\n首页 | 政务公开\n\n年产3000万只电芯项目在旧县镇投产\n"
            "发布日期：2026-11-18　　信息来源：旧县镇\n"
            "11月16日，安徽锂拓科技有限公司年产3000万只电芯项目正式投产，项目总投资9000万元。\n")
    loc = next(iter(projects(page).values())).get("location")
    assert loc.get("county") == "临泉县"


def test_a_portal_of_a_province_gives_no_county() -> None:
    from newsmill.plugins.extract_projects import county_paper_name
    assert county_paper_name("安徽省人民政府门户网站\n首页\n") is None
    assert county_paper_name("枫川发布 | 太和县人民政府门户网站\n首页\n") == "太和"


def test_a_stage_label_over_a_paragraph_names_no_project_of_its_own() -> None:
    page = ("临泉县电池产业园加速成势\n本报讯 今年以来，园区新引进企业多家。\n开工：隔膜项目破土动工\n"
            "11月10日，安徽锂拓科技有限公司年产2亿平方米锂电池隔膜项目在园区开工，总投资6亿元。\n")
    names = list(projects(page))
    assert any("锂电池隔膜项目" in n and "年产2亿平方米" in n for n in names)
    assert "隔膜项目" not in names


def test_a_label_over_a_paragraph_naming_no_other_works_stays() -> None:
    page = ("临泉县电池产业园加速成势\n本报讯 今年以来，园区新引进企业多家。\n投产：汽车电子项目进入试生产\n"
            "在旧县镇，该项目已于11月上旬进入试生产阶段，总投资1.2亿元。\n")
    assert "汽车电子项目" in projects(page)


def _heads(page: str) -> list[tuple[object, object]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def test_two_glosses_under_a_works_event_are_its_subtitle() -> None:
    page = ("临泉县储能电池产业园二期竣工\n首批签约企业8家　年底前陆续投产\n"
            "本报讯（记者 林和）11月18日，临泉县储能电池产业园二期通过竣工验收。\n")
    assert ("临泉县储能电池产业园二期竣工", "首批签约企业8家　年底前陆续投产") in _heads(page)


def test_a_two_part_title_naming_works_stays_the_title() -> None:
    page = ("聚力链主　再添动能\n临泉县12个电池配套项目集中签约　总投资36亿元\n"
            "本报讯（记者 林和）11月18日，临泉县电池配套项目集中签约。\n")
    heads = _heads(page)
    assert heads and heads[0][0] == "临泉县12个电池配套项目集中签约　总投资36亿元"
