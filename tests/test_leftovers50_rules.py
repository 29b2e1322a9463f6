"""Rules the leftovers of sets 119 and 120 called for, each on phrasings of their own (places of
Ganzhou's south: Ruijin and its towns)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 28))


def _batches(page: str) -> list[tuple]:
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")]


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


def _names(page: str) -> list[str]:
    return [str(n) for n in projects(page)]


# --- batches: projects of a kind entered in the statistics ----------------------------------------------

def test_projects_of_a_kind_entered_in_the_statistics_are_no_batch() -> None:
    page = "瑞金市前三季度经济运行稳中向好。\n\n9月，瑞金市纳统产业项目27个，其中5亿元以上项目6个。\n"
    counts = [b[0] for b in _batches(page)]
    assert 27 not in counts and 6 not in counts


def test_projects_of_a_kind_entered_in_the_library_are_no_batch_in_other_order() -> None:
    page = "瑞金经开区项目建设提速。\n\n今年以来，全区累计新入库重点产业项目16个，计划总投资88亿元。\n"
    assert 16 not in [b[0] for b in _batches(page)]


def test_projects_of_a_kind_started_stay_a_batch() -> None:
    page = ("瑞金市重点项目集中开工。\n\n"
            "当天，瑞金市新开工工业项目12个，其中10亿元以上项目3个，总投资46亿元。\n")
    counts = [b[0] for b in _batches(page)]
    assert 12 in counts


# --- indicators: goods a works is designed to handle, listed ---------------------------------------------

def test_listed_goods_a_works_is_designed_to_handle_are_no_statistic() -> None:
    page = ("瑞金市冷链物流中心开工。\n\n"
            "该中心位于沙洲坝镇，总投资2.6亿元，设计年加工脐橙、蜜柚等水果12万吨，明年底建成。\n")
    assert not any(v == 12 or v == 120000 for _, v, _, _ in _stats(page))


def test_listed_goods_designed_daily_are_no_statistic_in_other_order() -> None:
    page = ("叶坪乡一座粮食烘干中心建成投用。\n\n中心由瑞金市粮食公司建设，设计日处理稻谷、玉米600吨。\n")
    assert not any(v == 600 for _, v, _, _ in _stats(page))


def test_listed_goods_a_place_produced_stay_a_statistic() -> None:
    page = ("瑞金市前三季度农业生产形势良好。\n\n1—9月，瑞金市脐橙、蜜柚等水果产量18.6万吨，同比增长6.2%。\n")
    assert any(v in (18.6, 186000) for _, v, _, _ in _stats(page))


# --- projects: a border town's service centre for its traders -------------------------------------------

def test_a_border_town_s_trade_service_centre_opened_is_a_works() -> None:
    page = ("瑞金市九堡镇边贸服务中心启用\n\n本报讯 日前，瑞金市九堡镇边贸服务中心正式启用。"
            "该中心总投资2600万元，设有申报和结算窗口。\n")
    assert any("边贸服务中心" in n for n in _names(page))


def test_a_port_s_service_centre_for_border_traders_finished_is_a_works() -> None:
    page = ("壬田镇边民互市服务中心建成投用\n\n近日，瑞金市壬田镇边民互市服务中心建成投用，"
            "总投资1500万元。\n")
    assert any("互市服务中心" in n for n in _names(page))


def test_a_trade_service_centre_as_a_venue_is_no_works() -> None:
    page = ("九堡镇召开边贸工作会\n\n11月20日，九堡镇在镇边贸服务中心召开边贸工作推进会，"
            "部署下一步工作。\n")
    assert not any("服务中心" in n for n in _names(page))


# --- projects: the kinds a counted batch holds, listed after 其中 -----------------------------------------

def test_kinds_listed_after_a_count_are_no_project() -> None:
    page = ("瑞金市做强光伏产业链\n\n今年以来，瑞金市围绕光伏产业链引进项目9个，总投资41亿元，"
            "其中边框、背板、接线盒项目已开工建设。\n")
    assert not any(n in ("接线盒项目", "背板项目") for n in _names(page))


def test_kinds_listed_after_a_count_in_other_order_are_no_project() -> None:
    page = ("壬田镇招商引资提速\n\n壬田镇前三季度新签约9个产业项目，其中竹木、茶叶项目已投产。\n")
    assert "茶叶项目" not in _names(page)


def test_a_named_project_after_a_count_stays_a_project() -> None:
    page = ("瑞金市项目建设提速\n\n今年以来，瑞金市签约项目12个，"
            "其中瑞金市沙洲坝镇富硒大米加工项目已开工建设，总投资1.8亿元。\n")
    assert any("富硒大米加工" in n for n in _names(page))


# --- projects: a project ranked, then taken up by a bare 项目 built by its firm ---------------------------

def _project(page: str, part: str) -> object:
    return next((r for n, r in projects(page).items() if part in str(n)), None)


def test_a_ranked_project_taken_up_by_a_bare_word_with_its_firm_is_a_project() -> None:
    page = ("瑞金市工业项目建设提速\n\n瑞金市的绿源竹木精深加工项目是今年全市单体投资最大的工业项目。"
            "项目由江西绿源竹业有限公司投资18亿元建设，规划建设竹地板和竹纤维生产线。\n")
    r = _project(page, "绿源竹木精深加工")
    assert r is not None and r.get("investment_cny") == 1_800_000_000


def test_a_ranked_project_taken_up_by_a_bare_word_in_other_order_is_a_project() -> None:
    page = ("九堡镇项目建设\n\n九堡镇的富硒茶叶加工项目是全镇今年最大的农业项目。"
            "项目由瑞金市茗香茶业有限公司投资2.4亿元建设，年底前建成。\n")
    r = _project(page, "富硒茶叶加工")
    assert r is not None and r.get("investor") == "瑞金市茗香茶业有限公司"


def test_a_ranked_project_with_no_firm_building_it_after_is_no_project() -> None:
    page = ("瑞金市工业项目\n\n瑞金市的绿源竹木精深加工项目是今年全市单体投资最大的工业项目。"
            "项目所在的园区交通便利。\n")
    assert _project(page, "绿源竹木精深加工") is None


# --- projects: the sum firms in talks intend for one kind of works -----------------------------------

def test_the_sum_firms_in_talks_intend_for_one_works_is_its_sum() -> None:
    page = ("瑞金市招商引资\n\n瑞金市正与两家台资企业洽谈电子线路板生产项目，意向投资约6亿元。\n")
    found = projects(page)
    assert [r.get("investment_cny") for r in found.values()] == [600_000_000]
    assert (2, 600_000_000, "negotiating") in _batches(page)


def test_a_sum_of_firms_talking_over_two_kinds_is_no_one_works_sum() -> None:
    page = ("瑞金市招商引资\n\n瑞金市正与两家台资企业洽谈电子线路板、智能家居项目，意向投资合计6亿元。\n")
    assert all(r.get("investment_cny") != 600_000_000 for r in projects(page).values())
