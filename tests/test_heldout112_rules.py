"""Rules the misses of the hundred-and-twelfth held-out set called for, each on phrasings of its own.

The set is PDF text of print pages in Traditional characters with inline pinyin, on new materials and
semiconductors: a page number on a line of its own over the section and its editors, a kicker over
its title that is a gloss or a period's statistic, briefs opened by ``◆`` wrapped at the column's
width, links of a chain listed as kinds of works, talks with firms over works with a joint sum, a
rate per year a plant will form, a firm's later phase told by reference and a site told after the
sum.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.extract_projects.amounts import RATE_FORMED
from newsmill.plugins.segment_news import _lead_statistic
from newsmill.zh.article_layout import kicker_score
from newsmill.zh.projects import find_names, is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


# --- cleaning: page furniture and wraps ---------------------------------------------------------------

def test_a_section_then_two_editors_under_a_bare_page_number_is_a_page_header() -> None:
    assert classify_text(["要闻·财经 责编:邝晓岚 美编:温小川"], 0) == ("furniture", "page header")
    assert classify_text(["区县·产业　责任编辑：龚可　校对：骆文"], 0) == ("furniture", "page header")


def test_a_section_with_one_editor_or_a_byline_before_editors_stays() -> None:
    assert classify_text(["县域经济 责任编辑:龚可"], 0) is None
    assert classify_text(["本报记者 编辑:龚可 校对:骆文"], 0) is None


def test_a_brief_item_running_to_the_columns_width_goes_on_below() -> None:
    page = ("■县区简讯\n"
            "◆前三季度，汝城县规模工业增加值增长7.2%，\n"
            "固定资产投资增长4.9%，一般公共预算收入增长\n"
            "3.1%。\n"
            "◆临武县与浙江一家电子企业洽谈年产2亿只电容\n"
            "器项目，意向投资8亿元。\n")
    assert "洽谈年产2亿只电容器项目" in doc(page).text


def test_a_brief_item_with_its_own_short_title_keeps_its_line() -> None:
    page = ("■县区简讯\n"
            "◆冷水江市锑品深加工项目投产\n"
            "10月15日，冷水江市年产3000吨高纯锑项目投产，总投资3.2亿元。\n")
    assert "锑品深加工项目投产10月15日" not in doc(page).text


# --- articles: titles -----------------------------------------------------------------------------------

def test_a_gloss_of_what_the_works_yields_once_built_is_the_kicker() -> None:
    assert kicker_score("投产后每年可回收废旧电池2万吨") >= 2
    assert kicker_score("项目全部建成后可年产碳化硅衬底10万片") >= 2
    page = ("达产后年产值可达12亿元\n涟源硅基材料产业园一期开工\n\n本报讯（记者 龚可）10月16日，涟源市"
            "硅基材料产业园一期开工，总投资6.5亿元。\n")
    assert _titles(page)[0] == ("涟源硅基材料产业园一期开工", "达产后年产值可达12亿元")


def test_a_title_naming_a_finished_works_is_no_gloss() -> None:
    assert kicker_score("建成投产的双峰农机产业园年产值超10亿元") == 0
    assert kicker_score("双峰县农机产业园建成投产") == 0


def test_a_periods_one_statistic_over_a_title_with_no_figure_is_the_kicker() -> None:
    assert _lead_statistic(["1—9月全县工业投资增长18.2%", "双峰县农机产业集群加速壮大"], 0)
    page = ("前9月规上工业增加值增长8.7%\n安福县锂电新材料产业加速集聚\n\n本报讯（记者 龚可）10月16日，"
            "记者从安福县工信局获悉，1—9月，全县规上工业增加值同比增长8.7%。\n")
    assert _titles(page)[0] == ("安福县锂电新材料产业加速集聚", "前9月规上工业增加值增长8.7%")


def test_a_statistic_over_another_figure_line_or_under_a_title_is_no_kicker_by_this_rule() -> None:
    assert not _lead_statistic(["前三季度全市GDP增长5.6%", "工业增加值增长7.1%"], 0)
    assert not _lead_statistic(["新干县经济运行稳中向好", "前三季度GDP增长5.6%"], 1)
    assert not _lead_statistic(["前三季度全市GDP增长5.6%", "稳中有进 持续向好"], 0)
    # a place's slogan under the statistic is its kicker, the statistic the title
    assert not _lead_statistic(["前三季度规上工业增加值增长9.1%", "双峰经开区跑出项目建设“加速度”"], 0)


# --- projects -------------------------------------------------------------------------------------------

def test_bare_links_of_a_battery_chain_listed_are_kinds_of_works() -> None:
    assert _names("近年来，峡江县先后引进锂电正极、负极、隔膜等项目，产业链条逐步完善。") == []


def test_works_listed_with_their_capacities_stay_projects() -> None:
    names = _names("峡江县引进年产2万吨正极材料项目、年产1亿平方米隔膜项目等项目，总投资26亿元。")
    assert "年产2万吨正极材料项目" in names


def test_works_of_a_downstream_link_are_no_named_project() -> None:
    assert is_generic("稀土下游应用项目")
    assert is_generic("锂电上游配套项目")
    assert not is_generic("年产2万吨有机硅下游深加工项目")
    assert not is_generic("修水县锂云母下游材料产业园")


def test_a_rate_per_year_a_works_will_form_is_its_capacity() -> None:
    m = RATE_FORMED.search("项目建成后可形成高纯石英砂5万吨/年的生产能力，年产值约6亿元。")
    assert m is not None and m.group("what") == "高纯石英砂5万吨/年"
    page = ("10月12日，都昌县年产碳化硅衬底项目开工，总投资9亿元，全部建成后可形成6英寸碳化硅衬底"
            "12万片/年的产能。\n")
    caps = [r.get("capacity") for r in records(page, "project")]
    assert "6英寸碳化硅衬底12万片/年" in caps


def test_a_rate_with_no_per_year_or_no_capacity_word_is_none_of_this_rule() -> None:
    assert RATE_FORMED.search("全县已形成年产5万吨的产能。") is None
    assert RATE_FORMED.search("项目形成6英寸晶圆2万片/年，带动就业300人。") is None


def test_a_firms_later_phase_told_by_reference_is_the_firms() -> None:
    page = ("10月12日，武宁县年产3万吨六氟磷酸锂项目开工，项目由江西武锂化学有限公司投资建设，总投资12亿元。"
            "该公司二期年产3万吨双氟磺酰亚胺锂项目正在开展前期工作。\n")
    p = projects(page)
    second = next(r for n, r in p.items() if "双氟磺酰亚胺锂" in n)
    assert second.get("investor") == "江西武锂化学有限公司"


def test_a_parks_later_phase_names_no_investor() -> None:
    page = "武宁县新材料产业园二期年产5万吨石英砂项目正在开展前期工作。\n"
    invs = [r.get("investor") for r in records(page, "project")]
    assert "园区" not in invs and "新材料产业园" not in invs


def test_a_site_told_after_the_sum_is_the_works_detail() -> None:
    page = "◆修水县年产1万吨钽铌精矿项目近日竣工，总投资5.3亿元，位于渣津镇矿业园。\n"
    [r] = records(page, "project")
    assert r.get("location")["detail"] == "渣津镇矿业园"


def test_a_site_after_another_works_named_stays_with_that_works() -> None:
    page = ("修水县年产1万吨钽铌精矿项目近日竣工，配套的年产500吨钽粉项目同日开工，位于渣津镇矿业园。\n")
    first = next(r for n, r in projects(page).items() if "钽铌精矿" in n)
    assert (first.get("location") or {}).get("detail") != "渣津镇矿业园"


# --- batches ---------------------------------------------------------------------------------------------

def test_talks_with_firms_over_works_with_a_joint_sum_are_a_batch_in_talks() -> None:
    page = "目前，涟源市正与3家企业洽谈硅基负极材料项目，意向投资合计38亿元。\n"
    batches = [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(page, "batch")]
    assert ("negotiating", 3, 3800000000) in batches


def test_talks_with_firms_and_no_joint_sum_are_no_batch() -> None:
    page = "目前，涟源市正与3家企业洽谈硅基负极材料项目，力争年内签约。\n"
    assert not any(r.get("total_cny") for r in records(page, "batch"))
