"""Rules the misses of the seventy-ninth held-out set called for, each on phrasings of its own.

The set is a county or city government site's notices about single projects (an environmental
publicity notice, a filing list, an approval reply, a construction permit, a tender and a bid
publicity), parts apart by rule lines, with the county's short news about one of the projects.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.article_layout import is_field_line
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 6, 10))


def _headlines(page: str) -> list[str]:
    return [a.headline for a in doc(page).articles]


# --- articles: a tender's labelled lines are no titles; a rule line parts the items --------------

def test_a_tender_s_labelled_lines_are_body_text() -> None:
    for line in ("3.2开工时间：2025年8月", "项目业主：某市城市发展集团有限公司",
                 "招标人:某县水利局", "第二中标候选人：某省路桥有限公司 投标报价：902.1万元",
                 "最高投标限价：1180万元", "发证机关：某市住房和城乡建设局", "招标范围：本项目全部施工内容"):
        assert is_field_line(line), line
    for line in ("某县：冷链物流中心项目开工", "招标人才引进工作全面启动"):
        assert not is_field_line(line), line


def test_a_title_under_a_rule_line_opens_an_item() -> None:
    page = (
        "宁明县某乡污水处理站建设项目招标公告\n\n"
        "发布时间：2025-05-20 来源：宁明县公共资源交易中心\n\n"
        "一、招标条件\n本招标项目已由县发展和改革局批准建设，现进行公开招标。\n"
        "招标人：宁明县住房和城乡建设局\n\n"
        "宁明县住房和城乡建设局\n2025年5月20日\n\n"
        "******************\n\n"
        "关于某乡污水处理站建设项目初步设计的批复\n\n"
        "你局报来的初步设计文件收悉。经审查，同意该项目初步设计，项目概算总投资860万元。\n\n"
        "============\n\n"
        "沿河步道改造工程完工\n\n"
        "6月2日，县城沿河步道改造工程完工，全长3.2公里，沿线新增休憩座椅60余处。\n"
    )
    heads = _headlines(page)
    assert "关于某乡污水处理站建设项目初步设计的批复" in heads
    assert "沿河步道改造工程完工" in heads


def test_a_heading_with_no_rule_above_stays_a_part_of_its_story() -> None:
    page = (
        "某县重点项目建设提速\n\n"
        "本报讯（记者 甲乙丙）今年以来，某县重点项目建设明显提速，一季度新开工项目12个。\n\n"
        "项目服务再升级\n\n"
        "县里为每个重点项目配备一名服务专员，协调解决用地、用电等问题。\n"
    )
    assert _headlines(page) == ["某县重点项目建设提速"]


# --- projects: a bidder's qualification, a project's particulars, the ancillary parts listed -----

def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def test_a_bidder_s_qualification_names_no_works() -> None:
    text = ("投标人应具有市政公用工程施工总承包二级及以上资质，"
            "拟派项目负责人须具备水利水电工程专业一级注册建造师证书。")
    names = _names(text)
    assert not any(n.endswith("工程") for n in names), names
    assert "永福县城东片区排水管网改造工程" in _names("永福县城东片区排水管网改造工程施工现场一片忙碌。")


def test_a_project_s_particulars_name_no_project() -> None:
    assert _names("登记赋码仅说明项目信息已报送主管部门。") == []
    assert "大新县明仕田园民宿集群项目" in _names("大新县明仕田园民宿集群项目近日开工。")


def test_the_ancillary_parts_of_one_works_are_no_projects() -> None:
    names = _names("建设冷藏库3座、综合楼1栋，以及场内道路、供配电、污水处理等配套工程。")
    assert not any(n.startswith(("场内道路", "供配电", "污水处理")) for n in names), names
    listed = _names("龙州县边贸加工园、凭祥物流中心等重点项目相继开工。")
    assert any("边贸加工园" in n for n in listed), listed


# --- statistics: a contract's price, what one project builds counted -------------------------------

def _indicators(page: str) -> list:
    return records(page, "indicator")


def test_a_contract_s_price_is_no_statistic() -> None:
    page = ("凭祥市边民互市贸易区改造工程开工\n\n"
            "本报讯（记者 甲乙）6月3日，凭祥市边民互市贸易区改造工程开工，"
            "由某建设集团承建，合同价格为2468万元。"
            "今年1—5月，全市外贸进出口总额完成312.6亿元，同比增长8.4%。\n")
    metrics = [r.get("metric") for r in _indicators(page)]
    assert not any("合同" in (m or "") for m in metrics), metrics
    assert any("进出口" in (m or "") for m in metrics), metrics


def test_a_sum_signed_at_a_meeting_stays_a_statistic() -> None:
    # (a tally of many contracts, unlike one contract's price)
    page = ("某市举办政银企对接会\n\n"
            "本报讯（记者 甲乙）5月下旬，铜仁市举办政银企对接会，21家企业与银行现场签约，"
            "签约金额86.4亿元。\n")
    values = [r.get("value") for r in _indicators(page)]
    assert 8_640_000_000 in values, values


def test_what_one_project_builds_counted_is_no_statistic() -> None:
    page = ("龙州县一批项目完成备案\n\n"
            "本报讯（记者 甲乙）龙州县某糖业公司技改项目近日完成备案，项目总投资1.2亿元，"
            "新建压榨生产线2条，配套建设仓库3座。截至5月底，全县规模以上工业企业达到46家。\n")
    got = {(r.get("metric"), r.get("value")) for r in _indicators(page)}
    assert not any(v in (2, 3) for _m, v in got), got
    assert any(v == 46 for _m, v in got), got


# --- cleaning: a table's row numbers on lines of their own stay -------------------------------------

def test_row_numbers_of_a_table_one_cell_a_line_stay() -> None:
    page = ("某县2025年5月企业投资项目备案公示\n\n序号\n项目名称\n建设单位\n总投资（万元）\n"
            "1\n甲乙丙项目\n某甲公司\n3200\n2\n丁戊项目\n某乙公司\n1500\n3\n己庚项目\n某丙公司\n800\n")
    clean = doc(page).clean
    assert "\n2\n丁戊项目" in clean and "\n3\n己庚项目" in clean, clean
    lines = ["本报讯（记者 甲乙）某县今年新开工项目12个，总投资46亿元。", "", "7", "", "下一条新闻"]
    assert classify_text(lines, 2) is not None  # a page number standing alone stays furniture
