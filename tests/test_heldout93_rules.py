"""Rules the misses of the ninety-third held-out set called for, each on phrasings of its own.

The set is plans and early stages in Hubei, Hunan and Fujian: a city's list of next year's major
projects in markdown, a development and reform bureau's stories on a government portal (projects in
preparation, approved, in talks), and a county paper's page in Traditional characters with inline
pinyin.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import contact_line, related_posts
from newsmill.plugins.extract_projects.localities import _TOWN_IN_TALKS
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.webcopy import site_name_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 20))


def _page(body: str) -> str:
    return f"{body}\n"


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(_page(page)).items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- articles: an office in brackets closing a story --------------------------------------------------

def test_an_office_in_brackets_with_its_writer_is_a_credit() -> None:
    c = parse_credit_line("(醴陵市农业农村局 谭雅文)")
    assert c is not None and [n.text for n in c.reporters] == ["谭雅文"] and c.source is None
    c = parse_credit_line("（攸县统计局）")
    assert c is not None and not c.reporters and c.source is None


def test_other_lines_in_brackets_are_no_office_credit() -> None:
    assert parse_credit_line("（一）") is None
    assert parse_credit_line("(醴陵日报 谭雅文)") is None
    assert parse_credit_line("（图片由县委宣传部提供）") is None
    assert parse_credit_line("(市统计局数据)") is None


def test_stories_closed_by_an_office_keep_their_titles() -> None:
    page = ("醴陵市推进陶瓷产业项目建设\n\n今年以来,醴陵市加快陶瓷产业项目建设,新开工项目12个。\n\n"
            "(醴陵市发展和改革局 谭雅文)\n\n攸县召开项目调度会\n\n11月18日,攸县召开项目调度会,"
            "调度在建项目36个。\n\n(攸县发展和改革局)\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["醴陵市推进陶瓷产业项目建设", "攸县召开项目调度会"], heads


# --- cleaning: a portal's name, related links on one line, a markdown list, a contact line ------------

def test_a_portal_name_alone_is_furniture_a_sentence_is_not() -> None:
    assert site_name_line("攸县人民政府门户网站")
    assert site_name_line("醴陵市人民政府网")
    assert not site_name_line("攸县人民政府门户网站改版上线")


def test_related_links_on_the_heading_line_and_markdown_items() -> None:
    texts = ["正文最后一段。", "", "相关链接:湖南省人民政府 | 株洲市人民政府 | 攸县发展和改革局"]
    assert related_posts(texts) == [2]
    texts = ["相关新闻", "", "- 醴陵:三季度签约项目15个", "- 全市项目调度会召开", "", "正文"]
    assert related_posts(texts) == [0, 2, 3]
    assert related_posts(["相关链接是政府网站的常见栏目。"]) == []


def test_a_contact_line_of_two_fields_needs_a_phone() -> None:
    assert contact_line("地址:攸县联星街道 联系电话:0731-24212345")
    assert not contact_line("地址:攸县联星街道 邮编:412300")


# --- projects: steps of preparation, approvals, lists in preparation -------------------------------

def test_a_step_on_paper_then_a_start_aimed_at_is_the_start() -> None:
    r = _project("攸县智能家居产业园项目可研报告已获批复,总投资8亿元,力争明年3月开工。", "智能家居产业园")
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "target", "2026-03")
    r = _project("醴陵市城南污水处理厂项目已取得用地预审意见,总投资2亿元,争取明年二季度开工。",
                 "城南污水处理厂")
    assert (r.get("stage"), r.get("status")) == ("started", "target")


def test_a_step_on_paper_alone_is_preparation_under_way() -> None:
    r = _project("醴陵市渌江防洪治理工程正在开展初步设计,计划投资3.2亿元。", "渌江防洪治理工程")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    r = _project("攸县莲塘坳镇生态停车场项目日前获得县发展和改革局核准,总投资3000万元。", "生态停车场")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_an_approval_then_a_start_planned_in_the_next_sentence() -> None:
    r = _project("近日,攸县黄丰桥风电场项目获得株洲市发展和改革委员会核准。该项目总投资4.8亿元。"
                 "项目计划明年4月开工。", "风电场项目")
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "target", "2026-04")


def test_an_approval_aimed_at_is_a_plan() -> None:
    r = _project("攸县酒埠江抽水蓄能电站项目总投资70亿元,力争明年完成核准。", "抽水蓄能电站")
    assert (r.get("stage"), r.get("status")) == ("planned", "target")


def test_a_member_of_a_list_in_preparation_keeps_its_own_words() -> None:
    page = ("全县纳入前期工作计划的项目40个,总投资120亿元。\n"
            "其中,攸县电子信息产业园项目已完成备案,总投资9亿元,力争年底前开工;"
            "攸县城东片区棚户区改造项目目前正在编制可行性研究报告,计划总投资5亿元。")
    r = _project(page, "电子信息产业园")
    assert (r.get("stage"), r.get("status")) == ("started", "target")
    r = _project(page, "棚户区改造")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_a_member_with_no_words_of_its_own_takes_the_list() -> None:
    page = ("全县纳入前期工作计划的项目40个,总投资120亿元。\n"
            "其中,攸县电子信息产业园项目总投资9亿元,攸县城东片区棚户区改造项目总投资5亿元。")
    assert _project(page, "电子信息产业园").get("stage") == "planned"


def test_a_step_done_then_the_sum_to_be_invested_stays_actual() -> None:
    r = _project("醴陵市玻璃产业园项目已完成立项,计划投资6亿元。", "玻璃产业园")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    r = _project("醴陵市玻璃产业园项目计划投资建设,明年开工。", "玻璃产业园")
    assert r.get("status") == "target"


def test_a_start_by_a_list_is_a_plan() -> None:
    r = _project("攸县第二中学迁建等项目已列入新开工清单,总投资3亿元。", "第二中学迁建")
    assert (r.get("stage"), r.get("status")) == ("started", "target")
    r = _project("攸县第二中学迁建项目已于10月开工,总投资3亿元。", "第二中学迁建")
    assert r.get("status") == "actual"


def test_sectors_counted_and_the_fund_for_preparation_name_no_project() -> None:
    names = list(projects(_page("全县交通、水利等基础设施项目26个,总投资80亿元。"
                                "为加快能源项目落地,县里设立项目前期工作专项经费2000万元。")))
    assert not names, names
    assert any("新能源项目" in n for n in projects(_page("公安县宏达新能源项目3月5日投产,总投资3亿元。")))


def test_a_start_then_production_told_of_the_project_just_shown() -> None:
    page = ("走进醴陵经开区,湖南瓷源新材料有限公司年产2万吨陶瓷色料项目的车间里,工人正在调试设备。"
            "该项目总投资4亿元,去年12月开工,今年9月建成投产,年产值可达6亿元。")
    r = _project(page, "陶瓷色料项目")
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("in_production", "actual", "2025-09")


def test_a_production_aimed_at_stays_as_it_was() -> None:
    page = ("走进醴陵经开区,湖南瓷源新材料有限公司年产2万吨陶瓷色料项目的车间里,工人正在安装设备。"
            "该项目总投资4亿元,今年3月开工,预计明年6月建成投产。")
    r = _project(page, "陶瓷色料项目")
    assert r.get("stage") != "in_production" or r.get("status") == "target"


# --- places: a zone joined to a district --------------------------------------------------------------

def test_a_zone_joined_to_a_district_by_a_dot_lies_in_it() -> None:
    page = ("荆门高新区·掇刀区今年以来项目建设提速。在高新区,湖北恒瑞新材料有限公司年产2万吨铝箔项目"
            "9月开工,总投资5亿元。")
    r = _project(page, "铝箔项目")
    assert r["location"]["county"] == "掇刀区", r["location"]


def test_a_zone_named_alone_keeps_no_district() -> None:
    r = _project("在荆门高新区,湖北恒瑞新材料有限公司年产2万吨铝箔项目9月开工,总投资5亿元。", "铝箔项目")
    assert r["location"]["county"] != "掇刀区", r["location"]


# --- batches: a breakdown, the scope of a county-level city's own story -------------------------------

def test_a_breakdown_takes_the_batch_its_parts_add_up_to() -> None:
    page = ("攸县谋划储备项目150个,总投资500亿元。经综合评估,明年计划实施重点项目60个,总投资210亿元。"
            "从项目类型看,工业项目35个,总投资120亿元;基础设施项目25个,总投资90亿元。")
    events = {r.get("count"): r.get("event") for r in records(_page(page), "batch")}
    assert events.get(35) == "under_construction" and events.get(25) == "under_construction", events


def test_the_whole_city_of_a_story_within_a_county_level_city() -> None:
    page = ("醴陵经开区项目建设提速。全市纳入前期工作计划的项目45个,总投资126亿元。")
    regions = [r.get("region") for r in records(_page(page), "batch")]
    assert regions == ["醴陵市"], regions


def test_the_whole_city_when_the_prefecture_is_named_stays_the_prefecture() -> None:
    page = ("株洲市醴陵经开区项目建设提速。全市纳入前期工作计划的项目45个,总投资126亿元。")
    regions = [r.get("region") for r in records(_page(page), "batch")]
    assert regions != ["醴陵市"], regions


# --- projects in talks: the town talking; indicators: a works' designed scale -----------------------

def test_a_town_talking_with_a_firm_is_where_the_project_lies() -> None:
    r = _project("目前,官庄镇正与一家食品企业洽谈腊肉精深加工项目,意向投资2亿元。", "腊肉精深加工项目")
    assert (r.get("location") or {}).get("detail") == "官庄镇", r.get("location")
    assert r.get("stage") == "negotiating"


def test_a_firm_talking_with_a_town_or_a_town_anaphor_is_no_town_in_talks() -> None:
    assert _TOWN_IN_TALKS.match("湖南湘味食品有限公司正与官庄镇洽谈") is None
    assert _TOWN_IN_TALKS.match("该镇正与一家食品企业洽谈") is None
    assert _TOWN_IN_TALKS.match("官庄镇与一家食品企业洽谈") is not None


def test_a_works_designed_scale_is_no_statistic() -> None:
    page = _page("攸县城东水厂项目已完成可研批复,设计供水规模每天5万吨,计划明年3月开工。")
    assert not [r for r in records(page, "indicator") if r.get("value") == 5], records(page, "indicator")


def test_a_span_of_time_counted_is_no_batch() -> None:
    page = _page("对连续两个季度无实质进展的项目,将调出计划。攸县3个项目集中开工,总投资6亿元。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 2 not in counts and 3 in counts, counts


def test_the_start_list_of_an_event_held_is_done_and_an_approval_s_paper_no_event() -> None:
    page = _page("2月26日,攸县一季度重大项目集中开工活动举行,此次共有12个项目开工。"
                 "列入开工名单的产业项目有8个。由湖南湘味食品有限公司投资建设的年产5万吨腊肉项目总投资6亿元。")
    r = _project(page, "腊肉项目")
    assert r.get("status") == "actual", r
    names = list(projects(_page("本核准文件自印发之日起有效期2年。在有效期内未开工建设项目且未申请延期的,"
                                "本核准文件自动失效。")))
    assert not names, names
