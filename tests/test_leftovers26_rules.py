"""Rules for misses of held-out sets 79, 82 and 78, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text


def _kind(line: str) -> tuple[str, str] | None:
    return classify_text([line], 0)


def test_a_meta_line_with_its_tool_links_after_single_blanks_is_furniture() -> None:
    meta = ("furniture", "page meta")
    assert _kind("发布日期:2024-11-03 16:40 来源:务川县发展和改革局 【打印】【关闭】") == meta
    assert _kind("发布时间：2023-07-21 来源：桐梓县融媒体中心 [我要纠错] [打印]") == meta


def test_a_title_with_a_print_link_is_no_meta_line() -> None:
    assert _kind("务川县丰乐镇茶叶加工厂建设项目招标公告 【打印】") is None


def test_a_footer_of_two_or_three_site_links_is_furniture() -> None:
    assert _kind("关于我们 ｜ 网站声明") == ("furniture", "crumbs")
    assert _kind("联系我们 | 站点地图 | 设为首页") == ("furniture", "crumbs")


def test_a_bar_with_one_site_link_is_not_a_footer() -> None:
    assert _kind("产业园区 | 联系我们") is None
    assert _kind("项目建设 | 招商引资 | 营商环境") is None


def _indicators(text: str) -> list[tuple[str, object]]:
    doc = Pipeline().process("某市日报 2025年6月12日\n\n项目建设快报\n\n本报讯 " + text + "\n",
                             pub_date=dt.date(2025, 6, 12))
    return [(r.fields["metric"].value, r.fields["value"].value) for r in doc.records if r.kind == "indicator"]


def test_the_lenders_credit_to_a_class_of_projects_is_a_statistic() -> None:
    found = _indicators("上半年，金沙县金融机构为重大项目授信315亿元，有力保障了项目建设资金需求。")
    assert ("金融机构为重大项目授信", 31500000000) in found
    found = _indicators("截至5月底，全县银行业累计向全县重点项目授信46.8亿元。")
    assert any(v == 4680000000 for _, v in found)


def test_a_bank_s_credit_to_its_clients_stays_its_business() -> None:
    assert _indicators("今年以来，县农商银行为种植大户授信2.3亿元。") == []


def _lines(*lines: str) -> list[tuple[str, object]]:
    doc = Pipeline().process("某市日报 2025年6月12日\n\n数说项目资金\n\n" + "\n".join(lines) + "\n",
                             pub_date=dt.date(2025, 6, 12))
    return [(r.fields["metric"].value, r.fields["value"].value) for r in doc.records if r.kind == "indicator"]


def test_an_infographic_line_before_a_line_with_a_comma_closes_its_figure() -> None:
    found = _lines("【资金保障】", "获得中央预算内投资4.2亿元", "新增专项债券额度15.6亿元，覆盖项目31个")
    assert any(v == 420000000 for _, v in found)
    assert any(v == 1560000000 for _, v in found)


def test_a_sentence_broken_by_a_line_end_keeps_its_figure_inside_the_clause() -> None:
    found = _lines("今年以来，城关镇引进的项目完成投资4.2亿元，其中工业项目完成投资2.1亿元，"
                   "占比达到五成以上的项目有", "6个，同比增加2个。")
    assert all(v != 6 for _, v in found)


def test_a_place_s_fund_named_by_its_kind_and_its_size_is_a_statistic() -> None:
    found = _indicators("目前，正安县产业引导基金规模2亿元，已投资项目3个。")
    assert ("产业引导基金规模", 200000000) in found


def test_a_bare_fund_size_after_a_fund_set_up_stays_no_statistic() -> None:
    found = _indicators("该县与一家投资公司共同发起设立乡村振兴产业基金，基金规模5亿元，首期募集2亿元。")
    assert all(v != 500000000 for _, v in found)


def test_a_table_cell_counting_the_buildings_one_project_builds_is_no_statistic() -> None:
    found = _lines("1", "鄂托克前旗民宿提升项目", "鄂托克前旗城川镇", "960", "改造闲置校舍8栋，建设客房40间")
    assert all(v != 8 for _, v in found)
    found = _lines("2", "道真县康养小镇项目", "道真县玉溪镇", "2300",
                   "新建康养公寓12栋，配套建设医疗服务中心")
    assert all(v != 12 for _, v in found)


def test_buildings_a_county_rebuilt_in_a_year_stay_a_statistic() -> None:
    assert ("改造农村危房", 326) in _indicators("今年以来，全县改造农村危房326栋。")


def _articles(body: str) -> list[tuple[object, list[str]]]:
    doc = Pipeline().process("凤冈县茶旅融合项目开工\n\n" + body + "\n", pub_date=dt.date(2025, 4, 2))
    return [(a.source, a.reporters) for a in doc.articles]


def test_a_site_s_own_dateline_names_the_site_as_source() -> None:
    assert _articles("本站讯 4月1日，凤冈县茶旅融合项目在龙泉镇开工。") == [("本站", [])]
    found = _articles("本站讯（通讯员 杨明远）4月1日，凤冈县茶旅融合项目在龙泉镇开工。")
    assert found == [("本站", ["杨明远"])]


def test_a_station_master_speaking_is_no_dateline() -> None:
    assert _articles("站长介绍，4月1日，凤冈县茶旅融合项目在龙泉镇开工。")[0][0] is None


def _statuses(*lines: str) -> dict[object, object]:
    doc = Pipeline().process("某市日报 2025年6月12日\n\n数说项目资金\n\n" + "\n".join(lines) + "\n",
                             pub_date=dt.date(2025, 6, 12))
    return {r.fields["value"].value: r.fields["status"].value for r in doc.records if r.kind == "indicator"}


def test_funds_won_on_an_infographic_line_are_a_result() -> None:
    found = _statuses("【项目资金】", "下达中央预算内投资3.4亿元", "争取省级文旅发展专项资金8600万元",
                      "新增专项债券额度15.6亿元，覆盖项目31个")
    assert found.get(86000000) == "actual"


def test_funds_to_win_this_year_stay_a_goal() -> None:
    found = _statuses("【下一步】", "下达中央预算内投资3.4亿元", "争取全年新增专项债券额度20亿元",
                      "新增专项债券额度15.6亿元，覆盖项目31个")
    assert found.get(2000000000) in (None, "target")
