"""Rules the misses of the seventy-third held-out set called for, each on phrasings of its own.

The set is the weekly investment-promotion bulletins counties and zones print or post: a title,
an issue line and the issuing office with the day, a contents box, numbered parts, projects told
in one line, after a name and a colon, or as cards under a numbered name line, talks still going
on, registration and permits, and the officials' trips to firms.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_print_furniture
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 20))


def _project(page: str, name_part: str) -> dict:
    """The fields of the one project whose name holds ``name_part``."""
    found = [r for name, r in projects(page).items() if name_part in (name or "")]
    assert len(found) == 1, list(projects(page))
    return {k: f.value for k, f in found[0].fields.items()}


def _stats(page: str) -> list:
    return records(page, "indicator")


# --- the bulletin's head: issue line, issuer and day, contents box ------------------------------

def test_a_bare_issue_line_is_furniture() -> None:
    assert is_print_furniture("第27期")
    assert is_print_furniture("第 8 期")
    assert not is_print_furniture("第27期培训班开班")


BULLETIN = ("临澧县招商引资工作简报\n第12期\n临澧县商务和粮食局            2025年10月13日\n\n"
            "【本期要目】\n●县领导带队赴深圳开展电子信息产业招商\n●两个项目签约落地\n\n"
            "一、本周工作动态\n10月9日，县商务和粮食局组织召开重点项目调度会，梳理问题5项。\n\n"
            "二、签约项目\n1.精密模具制造项目：深圳市恒锐精密模具有限公司计划投资3.5亿元，建设精密模具生产线，"
            "目前正就标准厂房租赁条件进行洽谈。\n")


def test_the_issuer_under_the_title_is_the_source_and_the_contents_box_no_body() -> None:
    art = doc(BULLETIN).articles[0]
    assert art.source == "临澧县商务和粮食局"
    body = doc(BULLETIN).clean[art.body_start:art.end] if hasattr(art, "body_start") else None
    first = doc(BULLETIN).clean[art.start:art.end]
    assert "本期要目" not in first.split("一、本周工作动态")[-1]
    assert body is None or not body.startswith("【本期要目】")


# --- items headed by a name and a colon; talks phrased as a state ------------------------------

def test_an_item_headed_by_a_name_and_a_colon_keeps_its_investor_sum_and_talks() -> None:
    p = _project(BULLETIN, "精密模具制造项目")
    assert p["investment_cny"] == 350_000_000
    assert p["stage"] == "negotiating" and p["status"] == "actual"


def test_the_sum_a_part_of_the_item_took_goes_to_the_item() -> None:
    page = ("招商动态\n\n三、在谈项目\n"
            "2.功能饮料项目：湖南湘泉饮品集团有意投资1.8亿元建设年产20万吨功能饮料项目，双方已互访两次。\n"
            "3.竹木家具项目。福建一家家具企业拟投资9000万元建设竹木家具生产线，目前处于用地磋商阶段。\n")
    assert _project(page, "功能饮料项目")["investment_cny"] == 180_000_000
    assert _project(page, "竹木家具项目")["investment_cny"] == 90_000_000
    assert _project(page, "竹木家具项目")["stage"] == "negotiating"


def test_talks_told_as_a_state() -> None:
    page = ("招商动态\n\n三、在谈项目\n"
            "1.岳阳一家纸品企业拟投资2亿元建设生活用纸项目，洽谈中。\n"
            "2.某物流企业计划投资1.2亿元建设冷链仓储中心项目，双方正在对接用地指标。\n")
    stages = sorted((name, r.get("stage")) for name, r in projects(page).items())
    assert len(stages) == 2, stages
    assert all(s == "negotiating" for _n, s in stages), stages


# --- registration and permits -----------------------------------------------------------------

def test_registration_is_landing_and_a_permit_under_way_prepares_the_works() -> None:
    page = ("招商动态\n\n二、项目推进\n"
            "1.湖南澧兴环保科技有限公司固废综合利用项目，总投资1.5亿元，本周完成工商注册。（已注册）\n"
            "2.常德鑫达纺织有限公司年产3000万米坯布项目，总投资2.6亿元，正在办理施工许可。\n")
    assert _project(page, "固废综合利用项目")["stage"] == "signed"
    assert _project(page, "坯布项目")["stage"] == "planned"


# --- cards under a numbered name line ---------------------------------------------------------

def test_a_numbered_name_line_over_labelled_lines_is_a_card() -> None:
    page = ("宁乡经开区招商动态\n第9期\n宁乡经开区招商合作局            2025年10月13日\n\n"
            "一、本周工作动态\n10月9日，经开区召开电子信息产业链招商调度会，梳理在谈项目线索12条。\n\n"
            "二、签约项目\n本周签约项目2个，总投资3.9亿元。\n"
            "1.智能家电控制板生产线项目\n投资主体：宁乡市博远电子有限公司\n投资规模：总投资2.4亿元\n"
            "建设内容：建设控制板SMT生产线8条\n进展情况：10月10日签订投资协议\n"
            "两个项目签约后，将进一步完善园区电子信息产业链。\n")
    p = _project(page, "智能家电控制板生产线项目")
    assert p["investment_cny"] == 240_000_000
    assert p["investor"] == "宁乡市博远电子有限公司"
    assert p["stage"] == "signed" and p["date"] == "2025-10-10"


# --- a week's work, no statistics and no project -----------------------------------------------

def test_firms_visited_or_met_on_a_trip_are_no_statistic() -> None:
    page = ("招商动态\n\n一、本周工作动态\n"
            "10月8日至10日，县长带队赴广东东莞、惠州，考察电子元器件企业6家，"
            "与4家企业交换了投资意向，其中2家企业计划月底来县实地考察。\n")
    assert _stats(page) == []


def test_a_stage_of_the_works_done_in_percent_is_progress_no_statistic() -> None:
    page = ("招商动态\n\n二、项目推进\n"
            "澧县鼎盛建材有限公司年产50万吨干混砂浆项目桩基施工完成60%，设备安装完成30%。\n")
    assert _stats(page) == []
    assert _project(page, "干混砂浆项目")["stage"] == "under_construction"


def test_a_bracketed_sub_item_gives_the_article_no_lead_date() -> None:
    page = ("招商动态\n\n一、本周工作动态\n（一）10月9日，县招商服务中心组织重点项目调度会。\n"
            "（二）县经开区新能源电池壳体项目总投资4亿元，已签约。\n")
    p = _project(page, "新能源电池壳体项目")
    assert p.get("date") is None


def test_the_firm_opening_an_item_after_its_head_invests() -> None:
    page = ("招商动态\n\n三、在谈项目\n"
            "1.功能饮料项目：湖南湘泉饮品集团有意投资1.8亿元建设年产20万吨功能饮料项目，双方已互访两次。\n"
            "2.竹木家具项目。投资方为福建永兴竹业有限公司，计划投资9000万元，目前处于用地磋商阶段。\n"
            "3.汽车线束项目。县领导赴浙江湖州拜访浙江鼎力线束有限公司，商谈线束生产线落地事宜。\n")
    assert _project(page, "功能饮料项目")["investor"] == "湖南湘泉饮品集团"
    assert _project(page, "竹木家具项目")["investor"] == "福建永兴竹业有限公司"
    assert _project(page, "汽车线束项目").get("investor") != "县领导"  # no firm opens the item


# --- the issuing office's county ----------------------------------------------------------------

ZONE_BULLETIN = ("招 商 动 态\n第21期\n\n临澧经济开发区管委会                2025年10月13日\n\n"
                 "一、本周工作动态\n10月9日，开发区主要负责人带队赴深圳考察电子企业5家。\n"
                 "10月10日，县委书记到开发区调研，要求临澧各部门做好项目服务。\n\n"
                 "二、项目推进\n湖南澧兴环保科技有限公司固废综合利用项目总投资1.5亿元，本周完成工商注册。\n")


def test_a_zone_bulletin_places_its_works_in_the_zone_county() -> None:
    page = ZONE_BULLETIN.replace("要求临澧各部门", "要求临澧县各部门")
    loc = _project(page, "固废综合利用项目")["location"]
    assert (loc["county"], loc["city"], loc["detail"]) == ("临澧县", "常德市", None)


def test_a_media_centre_as_source_is_no_issuing_office() -> None:
    page = ZONE_BULLETIN.replace("临澧经济开发区管委会", "临澧经济开发区融媒体中心") \
        .replace("要求临澧各部门", "要求临澧县各部门")
    loc = _project(page, "固废综合利用项目")["location"]
    assert loc["detail"] == "临澧经济开发区"  # the zone named on the page, as before
