"""Rules the misses left in sets 76 and 73 called for, each on phrasings of its own (other places,
other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2026, 11, 20))


def _names(page: str) -> set[str]:
    return set(projects(page))


# --- projects: visits, matchmaking meetings, organisers and a chain's suppliers ---------------------

def test_a_party_visiting_a_park_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 11月3日，浙江恒远纺织集团总经理一行赴县纺织产业园考察，"
                   "双方就设立印染基地进行了深入交流。\n")
    assert not any("一行" in n for n in names)


def test_a_park_a_firm_builds_in_stays() -> None:
    names = _names("招商动态\n\n本报讯 11月3日，浙江恒远纺织集团在县纺织产业园投资6亿元建设的"
                   "印染一体化项目正式开工。\n")
    assert "印染一体化项目" in names


def test_a_matchmaking_meeting_of_projects_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 10月12日，市商务局组织的“徽商回乡”项目对接会在合肥举行，"
                   "全县共推介项目8个。\n")
    assert not any("徽商回乡" in n for n in names)
    names = _names("招商动态\n\n本报讯 10月12日，全市文旅产业项目洽谈会在黄山召开。\n")
    assert not any("洽谈" in n for n in names)


def test_an_office_and_its_partner_park_holding_a_fair_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 县商务局联合青山经济开发区在杭州举办新材料产业专题推介会，"
                   "20余家企业参会。\n")
    assert not any(n.startswith("局联合") for n in names)


def test_a_chains_suppliers_at_large_are_no_project() -> None:
    names = _names("招商动态\n\n本报讯 今年以来，随着龙头企业落户，汽车零部件产业链上下游配套项目"
                   "不断增多，园区入驻率提升至85%。\n")
    assert not any("上下游" in n for n in names)


# --- cleaning: an issue's contents box, a paper's imprint, a prompt to scan for more ----------------

def _kinds(lines: list[str]) -> list[str | None]:
    return [(r[0] if (r := classify_text(lines, i)) else None) for i in range(len(lines))]


def test_an_issue_s_contents_box_is_furniture() -> None:
    lines = ["【本期导读】", "第5版 汉中：秦巴山里的茶产业", "A7版 让“安康造”走出大山", "",
             "本报讯 记者从市统计局获悉，前三季度全市经济稳中向好。"]
    assert _kinds(lines)[:3] == ["furniture"] * 3
    assert _kinds(lines)[4] is None


def test_a_contents_label_without_page_pointers_stays() -> None:
    assert classify_text(["导读", "本报讯 前三季度全市经济稳中向好。"], 0) is None


def test_a_paper_s_imprint_at_the_foot_is_furniture() -> None:
    assert classify_text(["安康日报社地址：安康市兴安路88号 邮编：725000 广告经营许可证：安工商广字003号"],
                         0) == ("furniture", "contact line")
    assert classify_text(["社址：某市滨江路1号 邮政编码：000000"], 0) == ("furniture", "contact line")


def test_a_sentence_naming_an_address_and_a_post_code_stays() -> None:
    assert classify_text(["新厂地址：某县工业园纬三路 邮编已变更，请客户留意。"], 0) is None


def test_a_prompt_to_scan_for_more_pictures_is_furniture() -> None:
    assert classify_text(["汉中日报融媒体中心出品 扫码观看更多精彩视频"], 0) == ("furniture", "share prompt")
    assert classify_text(["扫一扫看全部图片"], 0) == ("furniture", "share prompt")


def test_a_sentence_about_scanning_stays() -> None:
    assert classify_text(["村民扫码看病已成常态，卫生室每天接诊30余人。"], 0) is None
