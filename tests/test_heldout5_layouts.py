"""Layouts and phrasings the fifth held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text, pager_or_docnumber
from newsmill.zh.article_layout import is_addressee_line
from newsmill.zh.units import find_tenths


def _doc(page: str, year: int = 2024):  # noqa: ANN202 - a Document
    return Pipeline().process(page, pub_date=dt.date(year, 9, 15))


def _records(page: str, kind: str, year: int = 2024) -> list:
    return [r for r in _doc(page, year).records if r.kind == kind]


# -- cleaning -------------------------------------------------------------------------

_COLUMN = """某某日报
2024年5月9日 星期四

某县工业项目建设提速
本报讯 (记者 某某 通讯员 某某) 今年以来，某县
围绕主导产业，全力推进项目建设。截至4月底，
全县28个重点项目已完成投资36.8亿元，占年度
计划的41.2%，其中总投资18亿元的某某新材料项
目已完成投资7.5亿元，预计年底建成；投资6亿
元的某某纺织项目4月底竣工，新增就业岗位800个。
"""


def test_a_pdf_column_with_narrow_digits_is_rejoined() -> None:
    text = _doc(_COLUMN).clean
    assert "某县围绕主导产业" in text
    assert "占年度计划的41.2%，其中总投资18亿元的某某新材料项目已完成投资7.5亿元" in text
    assert "投资6亿元的某某纺织项目" in text


def test_a_shorter_last_line_closing_a_sentence_ends_its_paragraph() -> None:
    page = ("某县召开项目推进会\n\n"
            "本报讯 近日，某县召开重点项目推进会，会议\n"
            "通报了一季度全县重点项目建设进展情况，部\n"
            "署了下一阶段重点工作，要求各乡镇和部门压\n"
            "实责任，加快推进。\n"
            "会议指出，要强化要素保障。\n")
    lines = _doc(page).clean.split("\n")
    assert lines[2].endswith("加快推进。") and lines[3] == "会议指出，要强化要素保障。"


def test_a_title_wrapped_above_its_byline_is_one_title() -> None:
    page = ("某某日报\n2024年6月3日 星期一\n\n某市新能源汽车产业链项目\n集中开工\n"
            "本报讯 (记者 某某) 6月2日，某市新能源汽车产业链项目集中开工，共12个项目。\n")
    doc = _doc(page)
    assert [a.headline for a in doc.articles] == ["某市新能源汽车产业链项目集中开工"]
    assert doc.articles[0].kicker is None


def test_a_short_kicker_above_a_title_stays_apart() -> None:
    page = ("\n项目为王\n某市新能源汽车产业链项目集中开工\n"
            "本报讯 (记者 某某) 6月2日，某市新能源汽车产业链项目集中开工，共12个项目。\n")
    doc = _doc(page)
    assert doc.articles[0].headline == "某市新能源汽车产业链项目集中开工"
    assert "项目为王\n某市新能源汽车产业链项目集中开工" in doc.clean


@pytest.mark.parametrize(("line", "rule"), [
    ("共12条  首页  上一页  1  2  下一页  尾页", "page tools"),
    ("第3页 共8页", "page tools"),
    ("首页 上一页 下一页 末页", "page tools"),
    ("某发改投资〔2023〕112号", "document number"),
    ("某政办发[2024]7号", "document number"),
])
def test_pagers_and_document_numbers_are_furniture(line: str, rule: str) -> None:
    assert pager_or_docnumber(line) == rule
    found = classify_text([line], 0)
    assert found is not None and found[0] == "furniture"


@pytest.mark.parametrize("line", ["全年新增就业1200人", "项目位于园区3号", "共建成标准厂房12栋",
                                  "首批12个项目"])
def test_lines_ending_like_pagers_are_kept(line: str) -> None:
    assert pager_or_docnumber(line) is None


# -- segmentation -----------------------------------------------------------------

def test_a_notice_opens_its_body_with_the_addressees() -> None:
    assert is_addressee_line("各县（市、区）人民政府，市直各有关单位：")
    assert is_addressee_line("同志们：")
    assert not is_addressee_line("各地加快推进项目建设，取得明显成效。")
    page = ("某省发展和改革委员会\n\n关于印发2024年省重点项目计划的通知\n\n某发改投资〔2024〕21号\n\n"
            "各设区市发展改革委，省直有关单位：\n\n"
            "　　2024年省重点项目共860个，总投资1.8万亿元。其中，续建项目410个，总投资1.1万亿元；"
            "前期项目120个，总投资1600亿元。按行业分，产业项目500个，总投资8200亿元。\n")
    doc = _doc(page)
    assert [a.headline for a in doc.articles] == ["关于印发2024年省重点项目计划的通知"]
    assert doc.articles[0].kicker is None
    assert doc.clean[doc.articles[0].body_start:].startswith("各设区市发展改革委")


def test_the_bare_name_of_an_office_above_a_title_is_no_kicker() -> None:
    page = ("某市人民政府新闻办公室\n2024年上半年全市经济运行情况新闻发布会\n\n"
            "发布时间：2024-07-18 10:00　　来源：市政府新闻办\n\n"
            "市统计局局长 某某：上半年，全市地区生产总值增长5.6%。\n")
    doc = _doc(page)
    assert doc.articles[0].headline == "2024年上半年全市经济运行情况新闻发布会"
    assert doc.articles[0].kicker is None


# -- places and batches --------------------------------------------------------------

def test_a_provincial_list_is_the_province_s_and_its_breakdown_takes_the_list_event() -> None:
    page = ("江西省发展和改革委员会\n\n关于下达2024年省重点建设项目的通知\n\n"
            "各设区市、赣江新区发展改革委：\n\n"
            "　　2024年省级重点建设项目共600个，总投资9000亿元。其中，续建项目300个，总投资6000亿元；"
            "前期项目100个，总投资800亿元。按领域分，产业项目350个，总投资5000亿元。\n")
    got = {r.get("count"): (r.get("event"), r.get("region")) for r in _records(page, "batch")}
    assert got[600] == ("under_construction", "江西省")
    assert got[100][0] == "planned"
    assert got[350] == ("under_construction", "江西省")


def test_further_counts_by_event_and_parts_after_qizhong_are_batches() -> None:
    page = ("桐庐县项目建设\n\n本报讯 今年以来，桐庐县共签约亿元以上项目31个，开工19个，投产8个。"
            "上半年，全县新签约项目45个，其中5亿元以上项目12个，10亿元以上项目4个。\n")
    got = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert got[31] == "signed" and got[19] == "started" and got[8] == "in_production"
    assert got[12] == "signed" and got[4] == "signed"


def test_the_scope_word_of_the_sentence_and_a_county_level_city() -> None:
    page = ("义乌市外资项目落地\n\n本报讯 今年以来，义乌市扩大开放。上半年全市新批外资项目40个，"
            "协议外资8.2亿美元，实际使用外资3.1亿美元，同比增长9.5%。\n")
    regions = {r.get("metric"): r.get("region") for r in _records(page, "indicator")}
    assert regions["实际使用外资"] == "义乌市"
    batch = _records(page, "batch")
    assert batch and batch[0].get("region") == "义乌市"


def test_a_bare_zone_word_on_a_zone_page_is_that_zone() -> None:
    page = ("湘潭高新技术产业开发区管理委员会\n首页 > 园区动态\n\n"
            "● 湘潭高新区与某公司签约\n2024年6月28日\n　　6月27日，湘潭高新区与某某科技有限公司签约。\n\n"
            "● 1-5月园区规上工业增加值增长8.1%\n2024年6月12日\n"
            "　　据统计，1-5月，高新区规模以上工业增加值同比增长8.1%。\n")
    inds = _records(page, "indicator")
    assert [r.get("region") for r in inds] == ["湘潭高新区"]
    item = ("\n● 某某装备产业园项目竣工\n2024年6月20日\n"
            "　　6月19日，总投资3亿元的某某装备产业园项目通过竣工验收。\n")
    projects = _records(page + item, "project")
    loc = projects[-1].get("location")
    assert (loc.get("city"), loc.get("detail")) == ("湘潭市", "湘潭高新区")


# -- projects ---------------------------------------------------------------------------

def test_counts_in_chinese_numerals_and_main_buildings_are_no_names() -> None:
    page = ("某区外资项目签约\n\n本报讯 9月3日，某区举行签约仪式，四个外资项目签约落户，总投资20亿元。"
            "总投资8亿元的某某精密部件项目主体厂房已封顶。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert "某某精密部件项目" in names
    assert not any(n.endswith("个外资项目") or n == "主体厂房" for n in names)


def test_a_line_the_project_builds_is_its_capacity() -> None:
    page = ("桐庐县新签一批项目\n\n本报讯 3月10日，总投资20亿元的某某光伏组件项目在桐庐县签约，"
            "计划新建年产5GW光伏组件生产线。\n")
    projects = _records(page, "project")
    assert [r.get("name") for r in projects] == ["某某光伏组件项目"]
    assert projects[0].get("capacity", "").startswith("年产5GW光伏组件")


def test_months_opening_items_date_the_signings_and_a_reporting_day_does_not() -> None:
    page = ("桐庐县上半年招商引资成效明显\n\n本报讯 记者7月10日从县商务局获悉，上半年桐庐县新签约项目20个。"
            "3月上旬，总投资12亿元的某某新材料项目在桐庐县签约，计划建设年产3万吨新材料生产线；"
            "5月，某某智能科技有限公司在桐庐县签约落户智能传感器项目，签约额6亿元。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    assert got["某某新材料项目"].get("date") == "2024-03"
    sensor = got["智能传感器项目"]
    assert (sensor.get("date"), sensor.get("status")) == ("2024-05", "actual")
    assert sensor.get("investor") == "某某智能科技有限公司"
    assert sensor.get("investment_cny") == 600_000_000
    assert not any(r.get("value") == 600_000_000 for r in _records(page, "indicator"))


def test_a_story_following_one_project_takes_its_latest_stage() -> None:
    page = ("从签约到投产仅八个月\n\n本报讯 今年2月6日，总投资15亿元的某某电池材料项目在桐庐县签约。"
            "\n\n4月1日，项目正式开工。\n\n8月底，项目一期正式投产，年产正极材料2万吨。"
            "\n\n“二期项目计划明年开工。”企业负责人说。\n")
    p = _records(page, "project")[0]
    assert (p.get("stage"), p.get("status"), p.get("date")) == ("in_production", "actual", "2024-08")


def test_the_next_phase_named_alone_in_a_later_sentence_is_a_project() -> None:
    page = ("从签约到投产仅八个月\n\n本报讯 今年2月6日，总投资15亿元的某某电池材料产业园项目在桐庐县签约。"
            "\n\n8月底，项目一期正式投产。\n\n“二期项目计划明年4月开工，主要建设负极材料生产线。”"
            "企业负责人说。\n")
    got = {r.get("name"): (r.get("stage"), r.get("status"), r.get("date")) for r in _records(page, "project")}
    assert got["某某电池材料产业园二期项目"] == ("started", "target", "2025-04")
    assert got["某某电池材料产业园项目"][0] == "in_production"


def test_projects_of_a_signing_story_given_later_plans_are_signed() -> None:
    page = ("两个项目签约落户桐庐\n\n本报讯 9月12日，桐庐县举行项目签约仪式，两个项目签约落户，总投资25亿元。"
            "\n\n据介绍，总投资15亿元的某某医药项目计划明年3月开工；某某物流有限公司将投资10亿元，"
            "建设智慧物流园项目，预计2026年建成。\n")
    got = {r.get("name"): (r.get("stage"), r.get("status"), r.get("date"), r.get("investment_cny"))
           for r in _records(page, "project")}
    assert got["某某医药项目"] == ("signed", "actual", "2024-09-12", 1_500_000_000)
    assert got["智慧物流园项目"] == ("signed", "actual", "2024-09-12", 1_000_000_000)


def test_a_place_heading_an_earlier_project_s_name_is_not_carried_on() -> None:
    page = ("洛阳项目建设\n\n本报讯 今年以来，洛阳市项目建设提速。总投资9亿元的涧西精密轴承产业园项目"
            "已完成投资2亿元。某某新材料项目计划投资5亿元，正在开展前期工作。\n")
    got = {r.get("name"): r.get("location") for r in _records(page, "project")}
    assert got["某某新材料项目"].get("county") is None
    assert got["某某新材料项目"].get("city") == "洛阳市"


def test_a_capacity_in_chinese_numerals() -> None:
    page = ("桐庐县项目投产\n\n本报讯 总投资五亿元的某某特种纸项目去年8月建成投产，年产特种纸八万吨。\n")
    assert [r.get("capacity") for r in _records(page, "project")] == ["年产特种纸八万吨"]


def test_investment_done_a_range_and_a_legal_form_heading_a_name() -> None:
    page = ("桐庐县项目建设\n\n本报讯 今年以来，总投资10亿元的某某装备项目已建成投产；"
            "总投资8亿元的某某农机产业园项目一期已完成投资3亿元。某某轴承项目计划投资5亿—8亿元，"
            "正在开展前期工作。9月2日，日本某某株式会社精密模具项目在桐庐县签约。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    assert got["某某农机产业园项目一期"].get("stage") == "under_construction"
    assert got["某某轴承项目"].get("investment_cny") is None
    mould = next(r for n, r in got.items() if n.endswith("精密模具项目"))
    assert mould.get("investor") == "日本某某株式会社"


# -- indicators -------------------------------------------------------------------------

def test_changes_in_tenths_are_percentages() -> None:
    assert [(h.value, h.change) for h in find_tenths("工业投资增长二成以上，民间投资下降两成，建成三成")] == \
        [(20.0, "increase"), (20.0, "decrease")]
    page = "桐庐县经济运行\n\n本报讯 2024年上半年，桐庐县工业投资增长三成。\n"
    inds = _records(page, "indicator")
    assert [(r.get("value"), r.get("unit"), r.get("growth_pct")) for r in inds] == [(30.0, "%", 30.0)]
    assert inds[0].get("metric").endswith("工业投资")


def test_a_notice_s_instruction_is_no_statistic() -> None:
    page = ("关于加快重点项目建设的通知\n\n各县（市、区）发展改革局：\n\n"
            "　　各地要加快新开工项目建设，确保9月底前开工率达到80%以上。\n")
    assert _records(page, "indicator") == []


def test_a_flow_up_to_a_month_end_counts_from_january() -> None:
    page = ("桐庐县经济运行\n\n本报讯 截至8月底，桐庐县累计完成固定资产投资126亿元，同比增长7.2%。"
            "截至8月底，全县市场主体总数达5.2万户。\n")
    periods = {r.get("value"): r.get("period") for r in _records(page, "indicator")}
    assert periods[12_600_000_000] == "2024-01/2024-08"
    assert periods[52_000] == "2024-08"
