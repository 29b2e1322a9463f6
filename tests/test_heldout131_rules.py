"""Rules the misses of the hundred-and-thirty-first held-out set called for, each on phrasings of its own.

The set is Hong Kong and Macao papers in Traditional script on works in the Greater Bay Area: quarters
without ``度`` (``前三季``, ``首三季``, ``第三季``), visitors counted by origin, figures of the statistics
offices of the two regions, amounts in ``澳門幣``, contact lines with eight-digit numbers, works told by
their capital's origin after their site, and a fit-out begun.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.dates import parse_date
from newsmill.zh.money import find_money
from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _indicators(page: str) -> list[tuple[object, ...]]:
    return [(r.get("region"), r.get("metric"), r.get("period"), r.get("value"), r.get("unit"))
            for r in records(page, "indicator")]


# --- dates: Hong Kong and Macao quarters --------------------------------------------------------------

def test_quarters_without_du_are_periods_and_quarters() -> None:
    day = dt.date(2026, 11, 20)
    for text in ("前三季", "首三季", "今年首三季"):
        v = parse_date(text, day)
        assert (v.start, v.end) == ((1, 1), (9, 30))
    v = parse_date("前两季", day)
    assert (v.start, v.end) == ((1, 1), (6, 30))
    v = parse_date("第二季", day)
    assert (v.start, v.end, v.granularity) == ((4, 1), (6, 30), "quarter")


def test_seasons_and_quarters_with_du_keep_their_sense() -> None:
    day = dt.date(2026, 11, 20)
    for text in ("一年四季", "三季", "春夏秋三季"):
        try:
            parse_date(text, day)
        except ValueError:
            continue
        raise AssertionError(text)
    v = parse_date("前三季度", day)
    assert (v.start, v.end) == ((1, 1), (9, 30))


def test_a_city_statistic_of_the_first_three_quarters_has_their_period() -> None:
    page = ("江门经济\n\n【本报讯】记者 某某 报道：今年前三季，江门实现地区生产总值2860.4亿元，"
            "按年增长4.6%。")
    rows = [(r[0], r[2], r[3]) for r in _indicators(page)]
    assert ("江门市", "2026-01/2026-09", 286040000000) in rows


# --- indicators: visitors and the statistics offices of Hong Kong and Macao ---------------------------

def test_visitors_counted_by_origin_are_statistics_of_where_they_are_counted() -> None:
    page = ("肇庆旅游\n\n今年首9个月，肇庆市接待过夜旅客约860万人次，同比增长9.2%，"
            "其中香港旅客约48万人次，增长21.5%。")
    rows = _indicators(page)
    assert ("肇庆市", "接待过夜旅客", "2026-01/2026-09", 8600000, "人次") in rows
    assert ("肇庆市", "香港旅客", "2026-01/2026-09", 480000, "人次") in rows


def test_a_place_opening_its_clause_without_visitors_stays_the_region() -> None:
    page = "肇庆经济\n\n今年首9个月，肇庆市完成外贸进出口总额312.6亿元，同比增长5.1%。"
    assert _indicators(page)[0][0] == "肇庆市"


def test_figures_of_the_statistics_office_of_macao_or_hong_kong_are_that_regions() -> None:
    page = ("旅客量回升\n\n【本报讯】统计暨普查局昨日公布，九月份入境旅客286.4万人次，按年上升8.7%，"
            "其中内地旅客201.5万人次。\n\n另据珠海市统计局数据，横琴口岸通关车辆增长12.1%。")
    rows = {r[1]: r[0] for r in _indicators(page)}
    assert rows["入境旅客"] == "澳门特别行政区"
    assert rows["内地旅客"] == "澳门特别行政区"
    page = "出口数据\n\n【本报讯】政府统计处昨日公布，9月份商品整体出口货值为4,102亿港元，按年上升7.4%。"
    assert _indicators(page)[0][0] == "香港特别行政区"


def test_another_place_named_after_the_office_keeps_its_own_figures() -> None:
    page = ("口岸通关\n\n【本报讯】统计暨普查局昨日公布月度数据。珠海市前9个月接待游客"
            "约3100万人次，同比增长6.4%。")
    assert _indicators(page)[0][0] == "珠海市"


def test_a_groups_planned_sum_is_no_statistic() -> None:
    page = ("推介会签约\n\n江门市蓬江区前日在香港举办推介会。香港某某置业集团则计划投资18亿元，"
            "在蓬江区建设滨江商业综合体项目。")
    assert not [r for r in _indicators(page) if r[3] == 1800000000]
    page = "江门投资\n\n江门市蓬江区今年计划投资160亿元，实施重点项目58个。"
    assert [r for r in _indicators(page) if r[3] == 16000000000]


# --- money --------------------------------------------------------------------------------------------

def test_macao_patacas_named_as_macao_papers_name_them() -> None:
    hits = list(find_money("另一家企业拟斥资5000万澳门币设立物流中心，另有2亿葡币用于扩产"))
    assert [(h.currency, int(h.amount)) for h in hits] == [("MOP", 50000000), ("MOP", 200000000)]
    assert next(iter(find_money("出口额约3亿澳元"))).currency == "AUD"


# --- places -------------------------------------------------------------------------------------------

def test_the_zones_of_the_bay_area_and_the_two_regions() -> None:
    text = "惠州仲恺高新区、中山翠亨新区、深圳大鹏新区、深港科技创新合作区、北部都会区和香港特区"
    found = {division for _, division in places(text)}
    assert found == {"惠州仲恺高新技术产业开发区", "中山翠亨新区", "深圳大鹏新区", "河套深港科技创新合作区",
                     "香港北部都会区", "香港特别行政区"}
    assert dict(places("仲恺高新区今年新引进项目"))["仲恺高新区"] == "惠州仲恺高新技术产业开发区"
    assert not places("纪念廖仲恺先生诞辰")


# --- furniture ----------------------------------------------------------------------------------------

def test_hong_kong_and_macao_contact_lines_are_furniture() -> None:
    assert classify_text(["某某日报网站 www.example.com.mo  订阅热线：2855 0123"], 0) \
        == ("furniture", "contact line")
    assert classify_text(["本版广告查询：2871 4455"], 0) == ("furniture", "contact line")
    assert classify_text(["电话：2833 9911  传真：2833 9912"], 0) == ("furniture", "contact line")


def test_sentences_with_numbers_or_enquiries_stay() -> None:
    assert classify_text(["市民如需查询，可致电2871 4455，或到各区服务中心办理。"], 0) is None
    assert classify_text(["全市新增登记2871 4455户次的说法并不准确"], 0) is None


# --- projects -----------------------------------------------------------------------------------------

def test_a_works_told_after_its_site_by_its_capitals_origin_is_named_without_it() -> None:
    page = ("珠海项目\n\n位于金湾区三灶镇的港资冷链食品加工项目正加紧建设，总投资约6.5亿元，预计明年投产。")
    p = projects(page)
    assert "冷链食品加工项目" in p
    assert p["冷链食品加工项目"].get("stage") == "under_construction"


def test_a_title_telling_a_works_by_its_capitals_origin_names_none() -> None:
    assert not projects("台资光学镜片工厂投产")


def test_a_fit_out_begun_tells_a_works_under_way() -> None:
    page = "肇庆项目\n\n位于端州区的智能装备生产基地已进入装修阶段，项目总投资约4.2亿元。"
    p = projects(page)
    assert p and next(iter(p.values())).get("stage") == "under_construction"


def test_a_care_estate_for_the_old_opened_is_a_works() -> None:
    page = "江门民生\n\n由澳门某某集团投资约3亿元兴建的蓬江康乐养老社区日前落成，提供床位约500张。"
    p = projects(page)
    assert "蓬江康乐养老社区" in p
    assert p["蓬江康乐养老社区"].get("stage") == "completed"
    assert not projects("江门民生\n\n入住养老社区的长者越来越多，社区活动也丰富起来。")
