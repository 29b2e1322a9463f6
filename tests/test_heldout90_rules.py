"""Rules the misses of the ninetieth held-out set called for, each on phrasings of its own.

The set is pages of investment-promotion fairs and their signings in Yunnan, Guangxi and Hainan: a
city paper's county page with a fair's list of signed projects as labelled lines, a county portal's
page with a flattened table of the projects signed at a fair, and a provincial daily's county page
telling one signed project started weeks later.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.article_layout import is_field_line, kicker_score
from newsmill.zh.projects import is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 20))


def _page(body: str) -> str:
    return f"{body}\n"


# --- a fair's list of signed projects as labelled lines -------------------------------------------

_LIST = _page(
    "某县招商大会签约项目9个\n\n"
    "本报讯（记者 吴某某）11月18日，2025姚安县招商引资推介大会在姚安县举行，"
    "现场签约项目9个，签约金额64.2亿元。\n\n"
    "此次签约的部分项目：\n\n"
    "1.项目名称：栋川镇物流分拨枢纽\n"
    "签约企业：云南畅达供应链有限公司\n"
    "投资额：4.6亿元\n"
    "建设地点：姚安县栋川镇\n\n"
    "2.项目名称：年产5万吨核桃油精深加工项目\n"
    "投资方：新加坡嘉禾油脂私人有限公司\n"
    "投资额：3000万美元（折合人民币2.1亿元）\n"
    "合作方式：正式合同\n")


def test_labelled_lines_of_a_signed_project_are_no_titles() -> None:
    assert is_field_line("投资方：新加坡嘉禾油脂私人有限公司")
    assert is_field_line("签约形式：框架协议")
    assert is_field_line("投资额：3000万美元")
    assert is_field_line("合作方式：正式合同")
    heads = [a.headline for a in doc(_LIST).articles]
    assert not any(h and h.startswith(("投资方", "签约企业")) for h in heads), heads


def test_a_title_with_a_colon_stays_a_title() -> None:
    assert not is_field_line("姚安：一个项目带活一条产业链")
    assert not is_field_line("投资促进局：全力服务签约项目落地")


def test_a_fair_s_listed_projects_take_the_signing_its_day_investor_and_yuan_worth() -> None:
    got = projects(_LIST)
    hub = got["栋川镇物流分拨枢纽"]
    assert hub.get("stage") == "signed" and hub.get("date") == "2025-11-18"
    assert hub.get("investor") == "云南畅达供应链有限公司"
    assert hub.get("investment_cny") == 460000000
    oil = got["年产5万吨核桃油精深加工项目"]
    assert oil.get("stage") == "signed" and oil.get("date") == "2025-11-18"
    assert oil.get("investor") == "新加坡嘉禾油脂私人有限公司"
    assert oil.get("investment_cny") == 210000000


def test_a_foreign_amount_alone_gives_no_yuan() -> None:
    page = _LIST.replace("3000万美元（折合人民币2.1亿元）", "3000万美元")
    assert projects(page)["年产5万吨核桃油精深加工项目"].get("investment_cny") is None


def test_a_list_not_of_the_story_s_event_takes_no_lead_day() -> None:
    page = _LIST.replace("此次签约的部分项目：", "部分项目简介：")
    assert projects(page)["栋川镇物流分拨枢纽"].get("date") is None


def test_a_project_named_by_its_signing_paper_is_generic() -> None:
    assert is_generic("正式合同项目")
    assert is_generic("框架协议项目")
    assert not is_generic("核桃油精深加工项目")


# --- the home of a story opening in a county no city holds ----------------------------------------

def test_a_county_under_its_province_alone_is_the_home_not_the_fair_s_city() -> None:
    page = _page("本报保城11月19日电（记者 王某）11月18日，保亭县七仙岭工业园区，香港一家食品企业投资建设的"
                 "槟榔深加工项目开工。该项目是9月在三亚举行的保亭县招商推介会上签约的。")
    loc = projects(page)["槟榔深加工项目"].get("location")
    assert loc["county"] == "保亭黎族苗族自治县" and loc["city"] is None, loc


def test_a_project_in_the_city_named_keeps_the_city() -> None:
    page = _page("本报讯（记者 王某）11月18日，三亚市崖州湾科技城，某某种业有限公司投资建设的"
                 "南繁育种基地项目开工。")
    loc = projects(page)["南繁育种基地项目"].get("location")
    assert loc["city"] == "三亚市", loc


# --- batches of a fair split by the paper signed --------------------------------------------------

def test_parts_by_the_paper_signed_are_batches() -> None:
    page = _page("本报讯 推介会上，姚安县共签约项目15个，签约金额72.4亿元，其中正式合同11个、框架协议4个。")
    got = sorted(r.get("count") for r in records(page, "batch"))
    assert got == [4, 11, 15], got


def test_a_kind_s_lions_share_and_those_built_are_batches() -> None:
    page = _page("本报讯 推介会上，石屏县签约项目20个，签约金额88亿元。从签约项目看，农产品加工、文旅两类项目"
                 "占了大头，共12个，金额51.6亿元。去年推介会签约的16个项目中，目前已有9个开工建设，3个建成投产。")
    got = {(r.get("count"), r.get("event")) for r in records(page, "batch")}
    assert (12, "signed") in got and (9, "started") in got or (9, "signed") in got, got
    assert (3, "in_production") in got, got


def test_projects_cleared_for_never_landing_are_no_batch() -> None:
    page = _page("本报讯 今年以来，个旧市签约项目31个。今年已清理长期未落地项目6个。")
    got = [r.get("count") for r in records(page, "batch")]
    assert 6 not in got and 31 in got, got


def test_projects_doing_their_paperwork_are_planned() -> None:
    page = _page("本报讯 推介会签约的14个项目中，已有4个开工建设，另有6个项目正在办理前期手续。")
    got = {r.get("count"): r.get("event") for r in records(page, "batch")}
    assert got.get(6) == "planned", got


# --- furniture of such pages ------------------------------------------------------------------------

def test_a_dated_page_head_comment_links_related_links_and_an_e_paper_prompt_are_furniture() -> None:
    for line in ("2025年11月20日  星期四  第5版  县域经济", "2025年11月20日 星期四 B03 市县新闻",
                 "2025年11月20日  星期四  综合新闻  第2版", "【网友留言】  【我要纠错】",
                 "相关新闻：石屏县举办招商推介会 | 石屏：豆腐产业再扩能", "某某日报客户端  扫码下载"):
        got = classify_text([line], 0)
        assert got is not None and got[0] == "furniture", (line, got)


def test_a_dated_sentence_and_a_related_paragraph_stay_text() -> None:
    for line in ("2025年11月20日，石屏县第5版项目推进会召开", "相关新闻报道了石屏县签约项目的进展。",
                 "网友留言说，希望项目早日投产。"):
        assert classify_text([line], 0) is None, line


# --- a kicker telling the pace ----------------------------------------------------------------------

def test_a_line_telling_only_the_pace_is_the_kicker() -> None:
    assert kicker_score("从签约到投产仅用8个月") > kicker_score("某县一核桃油项目投产")
    page = _page("从拿地到开工只用了30天\n\n石屏县一豆制品加工项目开工\n\n"
                 "本报讯（记者 王某）11月18日，石屏县一豆制品加工项目开工。")
    art = doc(page).articles[0]
    assert art.headline == "石屏县一豆制品加工项目开工", art.headline


def test_a_title_telling_the_pace_with_more_stays_a_title() -> None:
    assert kicker_score("从签约到开工只用了47天的背后") == 0


# --- the year a goal is set for -----------------------------------------------------------------------

def test_the_year_word_before_a_goal_is_the_year_ahead() -> None:
    page = _page("本报讯 全年力争实际到位省外产业资金突破90亿元。")
    got = [r.get("period") for r in records(page, "indicator")]
    assert got == ["2025(目标)"], got


def test_the_year_word_before_a_result_keeps_its_reading() -> None:
    page = _page("本报讯 全年实现地区生产总值220亿元。")
    got = [r.get("period") for r in records(page, "indicator")]
    assert got and "(目标)" not in got[0], got


# --- the guests of a ceremony -------------------------------------------------------------------------

def test_the_guests_of_a_ceremony_are_no_statistic() -> None:
    page = _page("本报讯 签约仪式在昆明滇池国际会展中心举行，前来观礼的客商和商会代表200余人。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 200 not in got, got


def test_people_of_a_place_counted_stay_a_statistic() -> None:
    page = _page("本报讯 今年1—10月，石屏县新增城镇就业人员3200人。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 3200 in got, got


# --- a story after a column of briefs ----------------------------------------------------------------

_BRIEFS = _page(
    "县区简讯\n\n"
    "■元谋  11月15日，元谋县一座蔬菜冷库竣工，总投资1800万元。\n\n"
    "■鹤庆  11月16日，鹤庆县与一家文旅企业签订框架协议，意向投资约6亿元。\n\n"
    "全州外资快报\n\n"
    "据州商务局消息，1—10月，全州新设外商投资企业36家，实际使用外资5200万美元。\n")


def test_a_title_over_plain_paragraphs_after_a_column_of_briefs_opens_a_story() -> None:
    heads = [a.headline for a in doc(_BRIEFS).articles]
    assert heads == ["县区简讯", "全州外资快报"], heads


def test_a_brief_after_the_column_s_briefs_stays_in_the_column() -> None:
    page = _BRIEFS.replace("全州外资快报\n\n据州商务局消息，", "■姚安  据县商务局消息，")
    heads = [a.headline for a in doc(page).articles]
    assert heads == ["县区简讯"], heads
