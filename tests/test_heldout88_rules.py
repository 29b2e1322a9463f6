"""Rules the misses of the eighty-eighth held-out set called for, each on phrasings of its own.

The set is Sichuan and Chongqing economic pages: a provincial economic daily's city news in markdown,
a city paper's page out of a PDF in Traditional characters with inline pinyin, and a county paper's
page with its masthead, a letter-spaced title over a subtitle of figures, a narrow column and an
imprint foot.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import masthead_or_imprint
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 4))


def _page(body: str) -> str:
    return f"{body}\n"


# --- cleaning: a masthead with its Latin name, a dated head with editors, an imprint foot ----------

def test_a_masthead_a_dated_head_with_editors_and_an_imprint_foot_are_furniture() -> None:
    assert masthead_or_imprint("合江日报 HEJIANG DAILY")
    assert masthead_or_imprint("2025年11月4日 星期二 责任编辑 马 骁 美编 陈宁 综合 3")
    assert masthead_or_imprint("2025年11月4日 星期二 编辑:苏 岚")
    assert masthead_or_imprint("某某日报社出版 国内统一连续出版物号CN51-0099 邮发代号61-12 本版责编 马 骁")
    assert masthead_or_imprint("邮发代号 61-12 责任编辑 马骁")


def test_a_sentence_with_a_date_or_a_paper_stays_text() -> None:
    assert not masthead_or_imprint("2025年11月4日 星期二 某县召开项目调度会")
    assert not masthead_or_imprint("合江日报 记者走进园区")
    assert not masthead_or_imprint("国内统一连续出版物号是报刊的身份证")
    assert not masthead_or_imprint("本版责编 马 骁")


def test_the_whole_masthead_and_foot_leave_the_clean_text() -> None:
    page = ("合江日报 HEJIANG DAILY\n2025年11月4日 星期二 编辑 马 骁 校对 陈 宁 要闻 2\n\n"
            "合江县前10个月新签约项目12个\n\n"
            "本报讯(记者 苏岚)记者从县投资促进局获悉,前10个月,合江县新签约项目12个,协议金额46.2亿元。\n\n"
            "合江日报社出版 国内统一连续出版物号CN51-0099 邮发代号61-12 本版责编 马 骁\n")
    d = doc(page)
    got = " ".join(d.clean[slice(*d.clean_span(r.raw_start, r.raw_end))] for r in d.regions_of("furniture"))
    for s in ("HEJIANG DAILY", "校对 陈 宁", "邮发代号", "本版责编"):
        assert s in got, s
    assert "新签约项目12个" not in got


# --- articles: a subtitle of figures or of a year's output under its title -------------------------

def test_a_pair_of_figures_under_a_title_with_none_is_the_subtitle() -> None:
    page = ("泸州日报 2025年11月4日 星期二\n\n纳溪区四季度项目跑出“加速度”\n"
            "7个项目集中开工 总投资28.6亿元\n\n"
            "本报讯(记者 苏岚)11月3日,纳溪区四季度重点项目集中开工活动举行,7个项目集中开工,总投资28.6亿元。"
            "其中,某某化工年产2万吨电子化学品项目总投资9亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "纳溪区四季度项目跑出“加速度”"
    assert arts[0].kicker == "7个项目集中开工 总投资28.6亿元"


def test_figures_under_a_plain_report_of_the_event_stay_the_title() -> None:
    page = ("泸州日报 2025年11月4日 星期二\n\n纳溪区举行四季度重点项目集中开工活动\n"
            "7个项目集中开工 总投资28.6亿元\n\n"
            "本报讯(记者 苏岚)11月3日,纳溪区四季度重点项目集中开工活动举行,7个项目开工,总投资28.6亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "7个项目集中开工 总投资28.6亿元"


def test_a_year_s_output_under_an_event_s_title_is_the_subtitle() -> None:
    page = ("内江日报 2025年11月4日 星期二\n\n威远一家钒钛企业新线投产\n年产5万吨钒钛合金\n\n"
            "本报讯(记者 苏岚)10月30日,四川钒鑫材料有限公司年产5万吨钒钛合金项目投产,总投资6.4亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "威远一家钒钛企业新线投产"
    assert arts[0].kicker == "年产5万吨钒钛合金"


def test_a_figure_pair_printed_above_the_title_stays_as_it_was() -> None:
    page = ("泸州日报 2025年11月4日 星期二\n\n7个项目集中开工 总投资28.6亿元\n纳溪区四季度项目开门红\n\n"
            "本报讯(记者 苏岚)11月3日,纳溪区四季度重点项目集中开工活动举行,7个项目开工,总投资28.6亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "7个项目集中开工 总投资28.6亿元"


# --- projects: goods coming off a line ----------------------------------------------------------

def test_goods_coming_off_a_line_name_no_project() -> None:
    page = _page("11月2日,位于江安县阳春工业园区的四川锐拓电机有限公司新能源电机项目正式投产,总投资5.2亿元。"
                 "车间里,一台台电机从装配线上依次下线,被叉车运往仓库。")
    names = list(projects(page))
    assert not any("装配线" in n for n in names), names
    assert any("新能源电机项目" in n for n in names), names


def test_a_line_a_project_builds_from_scratch_is_still_read() -> None:
    page = _page("四川锐拓电机有限公司投资3亿元新建的电机装配线项目11月2日开工,建成后年产电机50万台。")
    assert any("装配线项目" in n for n in projects(page))


# --- batches: fields counted before projects --------------------------------------------------------

def test_fields_counted_before_projects_are_no_batch() -> None:
    page = _page("推介会上,江安县发布了竹产业、新材料两个领域的招商项目,共推出项目18个,总投资约95亿元。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 2 not in counts and 18 in counts, counts


def test_projects_of_a_kind_counted_are_still_a_batch() -> None:
    page = _page("11月3日,江安县3个产业项目集中签约,协议金额12.5亿元。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 3 in counts, counts


# --- projects: a start told with its day, a cue inside a firm's name, a testing centre, 完成建设 ------

def test_a_start_told_with_its_day_in_the_next_sentence_starts_the_project() -> None:
    page = _page("在阳春镇,四川锐拓电机有限公司年产30万台新能源电机项目正在加紧建设。"
                 "该项目9月3日开工,总投资5.2亿元,占地120亩。")
    r = next(r for n, r in projects(page).items() if "新能源电机项目" in n)
    assert r.get("stage") == "started" and r.get("status") == "actual"
    assert r.get("date") == "2025-09-03"


def test_a_start_planned_for_a_day_stays_a_plan() -> None:
    page = _page("10月3日,四川锐拓电机有限公司新能源电机项目签约。该项目将于12月1日开工,总投资5亿元。")
    r = next(r for n, r in projects(page).items() if "新能源电机项目" in n)
    assert r.get("stage") == "signed" and r.get("date") == "2025-10-03"


def test_a_stage_cue_inside_a_firm_s_name_is_no_event() -> None:
    page = _page("7月开工的江安竹浆纸一体化项目,由宜宾市江投产业集团有限公司投资建设,总投资18亿元。")
    r = next(r for n, r in projects(page).items() if "竹浆纸一体化项目" in n)
    assert r.get("stage") == "started", r.get("stage")


def test_a_firm_putting_a_plant_into_production_is_still_read() -> None:
    page = _page("10月8日,宜宾市江投产业集团有限公司竹浆纸一体化项目投产,总投资18亿元。")
    r = next(r for n, r in projects(page).items() if "竹浆纸一体化项目" in n)
    assert r.get("stage") == "in_production"


def test_a_testing_centre_and_works_whose_building_is_done_are_completed() -> None:
    page = _page("江安县新能源汽车电池检测中心已于10月20日竣工,总投资1.9亿元;"
                 "城南污水处理厂10月完成建设,总投资0.8亿元,日处理污水2万吨。")
    got = {n: r.get("stage") for n, r in projects(page).items()}
    assert any("检测中心" in n and s == "completed" for n, s in got.items()), got
    assert any("污水处理厂" in n and s == "completed" for n, s in got.items()), got


def test_building_done_and_then_production_is_production() -> None:
    page = _page("11月1日,位于江安县的年产2万吨竹纤维项目已完成建设并投入生产,总投资4亿元。")
    r = next(r for n, r in projects(page).items() if "竹纤维项目" in n)
    assert r.get("stage") == "in_production"


def test_a_building_still_to_be_done_is_no_completion() -> None:
    page = _page("城南污水处理厂计划于明年6月完成建设,总投资0.8亿元。")
    r = next(r for n, r in projects(page).items() if "污水处理厂" in n)
    assert r.get("status") == "target"


# --- investors: a firm investing in a place first, then building ----------------------------------

def test_a_firm_investing_in_a_place_then_building_is_the_investor() -> None:
    page = _page("推介会上,四川蜀江能源有限公司将在江安经济开发区投资15亿元,建设年产2万吨电池正极材料项目。")
    r = next(r for n, r in projects(page).items() if "正极材料项目" in n)
    assert r.get("investor") == "四川蜀江能源有限公司"
    assert r.get("location")["detail"] == "江安经济开发区"


def test_a_place_investing_is_no_firm() -> None:
    page = _page("江安县将在阳春镇投资3亿元,建设城乡供水一体化工程。")
    r = next(r for n, r in projects(page).items() if "供水一体化工程" in n)
    assert r.get("investor") is None


# --- indicators: firms' delegates at a meeting ----------------------------------------------------

def test_firms_delegates_at_a_meeting_are_no_statistic() -> None:
    page = _page("推介会上,来自成渝两地的45家企业代表参加了项目对接,江安县现场签约项目6个。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 45 not in got, got


def test_firms_of_a_place_counted_stay_a_statistic() -> None:
    page = _page("截至9月底,江安县规上工业企业达到86家,同比增加7家。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 86 in got, got
