"""Rules the misses of the sixtieth held-out set called for, each on phrasings of its own.

The set is articles copied from county government sites (crumbs, a meta line, a font switch, the
body, print and close links, a footer with the site's contact line): a monthly bulletin of key
projects told item by item, an online signing, and a project's approval.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, related_posts
from newsmill.zh.recctx import prose_items
from tests.heldout_support import page_helpers, rule_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 8, 6))
_, records, _ = rule_helpers(dt.date(2025, 8, 6))


def _named(found: dict, tail: str):
    """The one record whose name ends with ``tail``."""
    (r,) = [r for n, r in found.items() if n.endswith(tail)]
    return r


def _batches(page: str) -> list[tuple]:
    return [(r.get("event"), r.get("count"), r.get("total_cny"), r.get("region"))
            for r in records(page, "batch")]


# --- cleaning: a portal's foot ------------------------------------------------------------------

def test_bare_print_and_close_links_are_furniture() -> None:
    for line in ("打印本页 关闭窗口", "打印此页  |  关闭本页", "关闭窗口", "打印本页　返回顶部"):
        assert classify_text([line], 0) == ("furniture", "page tools"), line


def test_a_sentence_asking_to_print_is_no_furniture() -> None:
    assert classify_text(["请打印本页并签字后交回。"], 0) is None


def test_a_sites_contact_line_is_furniture() -> None:
    for line in ("地址：某省某县城关镇人民路12号  联系电话：0919-5512345",
                 "地址：某县某街道某路8号　　邮编：745600　　传真：0934-1234567"):
        assert classify_text([line], 0) == ("furniture", "contact line"), line


def test_an_address_alone_or_told_in_a_sentence_is_no_furniture() -> None:
    assert classify_text(["地址：某县某街道某路8号"], 0) is None
    assert classify_text(["地址设在县城东关，联系电话已向社会公布，群众可随时咨询。"], 0) is None


def test_a_portals_related_links_are_furniture() -> None:
    texts = ["【打印本页】", "", "相关链接：", "某省政务服务网", "某市人民政府网站", "",
             "主办单位：某县人民政府"]
    assert related_posts(texts) == [2, 3, 4]
    assert related_posts(["相关链接：", "某省政务服务网"]) == []  # one bare title: no list


# --- projects: a bulletin's numbered items, each a project told in prose ----------------------

_BULLETIN = (
    "某县7月份重点项目进展情况通报\n\n"
    "现将7月份全县重点项目进展情况通报如下。\n\n"
    "1.旬邑县城乡供水一体化工程。总投资2.8亿元。形象进度：建成加压泵站3座，铺设输水管网36公里。"
    "1—7月完成投资6200万元，占年度计划的51.7%。\n\n"
    "2.旬邑果品冷链仓储中心项目。由陕西秦红果业有限公司投资1.5亿元建设。形象进度：冷库主体封顶，"
    "正在进行设备安装。1—7月完成投资4100万元，占年度计划的45.6%。\n\n"
    "3.旬邑县职业教育中心迁建项目。总投资3.6亿元。形象进度：实训楼于7月20日通过验收，"
    "项目已于7月底建成投用。1—7月完成投资9800万元。\n"
)


def test_a_numbered_item_opening_on_a_name_is_told_by_the_whole_item() -> None:
    found = projects(_BULLETIN)
    water = found["旬邑县城乡供水一体化工程"]
    assert (water.get("stage"), water.get("investment_cny")) == ("under_construction", 280000000)
    store = found["旬邑果品冷链仓储中心项目"]
    assert (store.get("stage"), store.get("investor")) == ("under_construction", "陕西秦红果业有限公司")
    school = found["旬邑县职业教育中心迁建项目"]
    assert (school.get("stage"), school.get("date"), school.get("investment_cny")) \
        == ("in_production", "2025-07", 360000000)
    assert not any("泵站" in n or "冷库主体" in n or "实训楼" in n for n in found)


def test_an_items_money_done_is_no_statistic() -> None:
    assert not [r for r in indicators(_BULLETIN) if r.get("unit") == "CNY"]


def test_a_task_heading_a_plans_item_is_no_project_item() -> None:
    text = ("1.加快推进重点项目。全年完成投资50亿元以上。\n"
            "2.旬邑县城乡供水一体化工程。总投资2.8亿元，已进场施工。\n")
    assert prose_items(text, 0, len(text)) == [(text.index("2."), len(text) - 1)]


# --- batches: a county's list of key projects, its tiers, starts missed ------------------------

_LIST = ("某县项目建设\n\n本报讯 今年，会宁县共确定县级以上重点项目52个，总投资160亿元。"
         "其中，省级重点项目3个，总投资40亿元；市级重点项目11个，总投资55亿元。全县计划新开工项目20个，已开工12个，尚有8个项目"
         "未能按期开工。下一步，力争新开工项目达到30个以上，确保全年重点项目完成投资80亿元。\n")


def test_a_countys_list_and_its_tiers_are_its_works_under_way() -> None:
    found = _batches(_LIST)
    assert ("under_construction", 52, 16000000000, "会宁县") in found
    assert ("under_construction", 3, 4000000000, "会宁县") in found
    assert ("under_construction", 11, 5500000000, "会宁县") in found


def test_projects_that_missed_their_start_are_no_batch() -> None:
    counts = [b[1] for b in _batches(_LIST)]
    assert 20 in counts and 12 in counts and 8 not in counts


def test_starts_with_no_accident_are_still_a_batch() -> None:
    page = "某县项目建设\n\n本报讯 今年以来，某某县新开工项目8个，均未发生安全事故。\n"
    assert [b[:2] for b in _batches(page)] == [("started", 8)]


def test_a_years_spending_told_after_a_count_stays_the_batchs() -> None:
    page = "某县项目建设\n\n本报讯 去年，某某县实施重点项目46个，全年完成投资158.2亿元。\n"
    assert 15820000000 in [b[2] for b in _batches(page)]


def test_projects_filed_are_planned() -> None:
    page = "某县项目建设\n\n本报讯 截至7月底，某某县已有15个项目完成备案，计划总投资42亿元。\n"
    assert [b[:3] for b in _batches(page)] == [("planned", 15, 4200000000)]


# --- projects: approvals, names, investors --------------------------------------------------

def test_a_project_approved_is_planned() -> None:
    page = ("某县项目动态\n\n本报讯 近日，西峡县伏牛山珍食品有限公司年产3万吨香菇酱项目通过县发展和改革委员会"
            "立项，目前正在办理用地手续。\n")
    r = _named(projects(page), "年产3万吨香菇酱项目")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_a_start_planned_after_the_filing_is_the_event() -> None:
    page = ("某县项目动态\n\n本报讯 西峡县伏牛山珍食品有限公司年产3万吨香菇酱项目已完成备案，"
            "计划9月开工建设。\n")
    r = _named(projects(page), "年产3万吨香菇酱项目")
    assert (r.get("stage"), r.get("status")) == ("started", "target")


def test_the_project_singled_out_after_de_shi_has_no_shi_in_its_name() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，某某县线上签约项目6个。其中投资额最大的是高台县20万千瓦风电项目，"
            "由甘肃某某新能源有限公司投资12亿元建设。\n")
    assert "高台县20万千瓦风电项目" in projects(page)


def test_a_project_team_and_a_class_of_filed_projects_are_no_projects() -> None:
    page = ("某县项目动态\n\n本报讯 签约后，某某公司将组建项目专班推进落地。县里将加快推进已立项项目的"
            "规划许可办理。\n")
    assert projects(page) == {}


def test_the_firm_that_signed_a_project_invests_in_it() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，某某县举行线上签约活动。兰州陇运冷链物流有限公司签约的"
            "祁连冷链配送中心项目总投资2亿元。\n")
    assert projects(page)["祁连冷链配送中心项目"].get("investor") == "兰州陇运冷链物流有限公司"


def test_the_firm_signing_then_building_at_a_place_invests() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，广州禾谷食品有限公司与县政府签订投资协议，将在某某工业园建设"
            "年产2万吨马铃薯全粉项目。\n")
    assert projects(page)["年产2万吨马铃薯全粉项目"].get("investor") == "广州禾谷食品有限公司"


def test_a_government_signing_names_no_investor() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，县政府签约的祁连冷链配送中心项目总投资2亿元。\n")
    assert projects(page)["祁连冷链配送中心项目"].get("investor") is None


def test_waste_and_study_tours_heading_a_name_are_no_brand() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，某某县线上签约废旧电池回收利用项目（投资1.2亿元）、"
            "石窟研学旅游营地项目（投资0.8亿元）。\n")
    found = projects(page)
    assert found["废旧电池回收利用项目"].get("investor") is None
    assert found["石窟研学旅游营地项目"].get("investor") is None


def test_a_cold_chain_and_a_drying_capacity() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，某某县签约河东冷链物流园项目，总投资3亿元，建成后年冷链周转能力"
            "可达15万吨。某某县粮食烘干中心项目已完成备案，拟建设日烘干能力800吨的烘干塔。\n")
    found = projects(page)
    assert found["河东冷链物流园项目"].get("capacity") == "年冷链周转能力可达15万吨"
    assert _named(found, "粮食烘干中心项目").get("capacity") == "日烘干能力800吨"


def test_a_start_aimed_at_in_a_quote_leaves_the_last_signing_alone() -> None:
    page = ("某县云签约\n\n本报讯 7月28日，某某县线上签约废旧电池回收利用项目，投资1.2亿元。"
            "某某公司负责人表示，将尽快组建项目团队，力争今年9月开工建设。\n")
    r = projects(page)["废旧电池回收利用项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")


# --- details: a town the gazetteer does not know, named as the site ----------------------------

def test_a_bare_town_after_the_site_word_is_the_detail() -> None:
    page = ("某县项目动态\n\n本报讯 旬邑县年产300万袋食用菌菌包项目已完成备案，由某某农业有限公司投资6000万元"
            "建设，选址土桥镇，计划10月开工。\n")
    r = _named(projects(page), "年产300万袋食用菌菌包项目")
    assert r.get("location")["detail"] == "土桥镇"


def test_a_site_that_is_no_town_leaves_the_detail_empty() -> None:
    page = ("某县项目动态\n\n本报讯 旬邑县年产300万袋食用菌菌包项目已完成备案，由某某农业有限公司投资6000万元"
            "建设，选址县城北侧，计划10月开工。\n")
    r = _named(projects(page), "年产300万袋食用菌菌包项目")
    assert not r.get("location")["detail"]


# --- stages: a start planned after the approval the story reports ------------------------------

_APPROVED = ("某县项目动态\n\n本报讯 近日，西峡县伏牛山珍食品有限公司年产3万吨香菇酱项目取得环评批复。\n\n"
             "项目基本情况\n项目名称：年产3万吨香菇酱项目\n建设单位：西峡县伏牛山珍食品有限公司\n"
             "总投资：2.2亿元\n\n该项目是去年引进的重点项目。{plan}\n")


def test_a_start_planned_after_an_approval_and_its_card_is_the_event() -> None:
    page = _APPROVED.format(plan="按照计划，项目将于9月中旬开工建设。")
    r = _named(projects(page), "年产3万吨香菇酱项目")
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "target", "2025-09")


def test_an_approval_with_no_start_planned_stays_planned() -> None:
    page = _APPROVED.format(plan="目前正在办理施工许可手续。")
    r = _named(projects(page), "年产3万吨香菇酱项目")
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
