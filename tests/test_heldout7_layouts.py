"""Layouts and phrasings the seventh held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.layout import is_list_item


def _doc(page: str, day: dt.date = dt.date(2024, 5, 6)):  # noqa: ANN202 - a Document
    return Pipeline().process(page, pub_date=day)


def _records(page: str, kind: str, day: dt.date = dt.date(2024, 5, 6)) -> list:
    return [r for r in _doc(page, day).records if r.kind == kind]


def _project(records: list, part: str):  # noqa: ANN202 - a Record
    return next(r for r in records if part in r.get("name"))


# -- cleaning -------------------------------------------------------------------------

def test_crumbs_without_a_home_link_are_furniture() -> None:
    assert classify_text(["黔南州人民政府 > 县市动态"], 0) == ("furniture", "crumbs")
    assert classify_text(["某州发展改革委 › 通知公告 › 项目建设"], 0) == ("furniture", "crumbs")
    assert classify_text(["产值>100亿元的企业12家"], 0) is None


def test_star_and_triangle_bullets_open_list_items() -> None:
    assert is_list_item("▲5月2日，某旗某项目开工。") and is_list_item("★某县新签约项目8个")
    page = ("某盟日报  2024年5月6日  星期一\n\n本周要览\n\n"
            "▲4月29日，扎鲁特旗某某牧业公司肉牛养殖项目开工，总投资3.2亿元。\n"
            "▲4月30日，开鲁县某某镇玉米深加工项目投产，年加工玉米20万吨。\n"
            "▲5月1日，科尔沁区某某物流园项目竣工，总投资1.6亿元。\n")
    lines = _doc(page).clean.split("\n")
    assert sum(1 for line in lines if line.startswith("▲")) == 3


# -- places ---------------------------------------------------------------------------

def test_a_county_with_a_town_heading_a_name_is_the_projects_place() -> None:
    page = ("某州多个乡镇项目集中开工\n\n"
            "本报讯 5月3日，凯里市某某公司与台江县签约。同日，黄平县旧州镇生态茶叶加工项目开工，"
            "总投资1.2亿元；施秉县城关镇中药材仓储项目同步开工，投资8000万元。\n")
    recs = _records(page, "project")
    tea = _project(recs, "茶叶")
    assert tea.get("location")["county"] == "黄平县" and tea.get("location")["detail"] == "旧州镇"
    herb = _project(recs, "中药材")
    assert herb.get("location")["county"] == "施秉县" and herb.get("location")["detail"] == "城关镇"


def test_a_place_before_yu_and_a_company_is_a_party_not_the_companys_head() -> None:
    page = ("某盟签约项目\n\n本报讯 5月2日，阿巴嘎旗与某某乳业有限公司签约乳制品加工项目，总投资4亿元。\n")
    assert _project(_records(page, "project"), "乳制品").get("location")["county"] == "阿巴嘎旗"


def test_scope_words_of_a_prefecture_and_a_league() -> None:
    page = ("某州项目建设提速\n\n本报讯 今年以来，红河州新开工项目210个。1至4月，全州完成固定资产"
            "投资同比增长9.6%，其中蒙自市新开工项目38个。\n")
    stats = _records(page, "indicator")
    assert any(r.get("region") == "红河哈尼族彝族自治州" and r.get("value") == 9.6 for r in stats)


def test_a_prefecture_opening_a_batchs_clause_is_its_region() -> None:
    page = ("德宏瑞丽一批项目开工\n\n本报讯 5月5日，瑞丽市某某镇边贸物流项目开工。"
            "据悉，今年以来，德宏州已开工亿元以上项目47个，总投资188亿元。\n")
    batch = next(r for r in _records(page, "batch") if r.get("count") == 47)
    assert batch.get("region") == "德宏傣族景颇族自治州"


def test_a_zone_named_after_another_provinces_county_short_form_is_not_read() -> None:
    page = ("某县项目推进\n\n本报讯 5月4日，澄迈县召开项目推进会。在老城经济开发区，"
            "总投资5亿元的某某食品加工项目已投产。\n")
    food = _project(_records(page, "project"), "食品")
    assert food.get("location")["province"] == "海南省"


# -- projects -------------------------------------------------------------------------

_SOE = ("某央企与我省两市签约\n4个项目总投资逾80亿元\n\n"
        "本报讯 5月5日，某某建工集团有限公司与遵义、毕节两市分别签署投资协议。根据协议，该集团将在"
        "遵义市汇川区投资20亿元建设智能建材产业园项目，在毕节市七星关区投资35亿元建设现代物流枢纽项目。\n")


def test_projects_an_investor_is_to_build_under_a_signing_are_signed_where_it_invests() -> None:
    recs = _records(_SOE, "project")
    park, hub = _project(recs, "建材"), _project(recs, "物流")
    assert park.get("stage") == hub.get("stage") == "signed"
    assert park.get("status") == "actual"
    assert park.get("investment_cny") == 2_000_000_000 and hub.get("investment_cny") == 3_500_000_000
    assert park.get("location")["county"] == "汇川区" and hub.get("location")["county"] == "七星关区"


def test_a_part_of_the_works_completed_leaves_the_project_under_construction() -> None:
    page = "某县项目建设\n\n本报讯 目前，某某镇冷链物流中心项目主体结构已完工，总投资1.5亿元。\n"
    assert _project(_records(page, "project"), "冷链").get("stage") == "under_construction"


def test_capacities_of_slaughter_and_throughput() -> None:
    page = ("某旗项目投产\n\n本报讯 5月1日，苏尼特右旗肉羊屠宰加工项目投产，年屠宰肉羊30万只。"
            "同日，二连浩特市某某保税仓储项目开工，总投资3亿元，年仓储吞吐能力可达40万吨。\n")
    recs = _records(page, "project")
    assert _project(recs, "屠宰").get("capacity") == "年屠宰肉羊30万只"
    assert "40万吨" in (_project(recs, "仓储").get("capacity") or "")


# -- indicators -------------------------------------------------------------------------

def test_fund_sizes_and_one_companys_figures_are_no_statistics() -> None:
    page = ("某县设立产业基金\n\n本报讯 今年以来，某县与某某投资公司设立产业引导基金，基金规模20亿元，"
            "首期募集5亿元。该公司在我省累计投资超过80亿元。全县地区生产总值同比增长6.1%。\n")
    stats = _records(page, "indicator")
    assert [r.get("value") for r in stats] == [6.1]


def test_a_forecast_of_the_quarter_just_ended_is_an_estimate_of_it() -> None:
    page = "某州经济运行\n\n本报讯 据初步测算，预计一季度全州地区生产总值增长6.8%。\n"
    stat = _records(page, "indicator", dt.date(2024, 4, 8))[0]
    assert stat.get("period") == "2024-Q1" and stat.get("status") == "actual"


# -- batches ----------------------------------------------------------------------------

def test_rows_of_a_progress_table_by_place_are_batches() -> None:
    page = ("某州“大干一百天”中期通报\n\n"
            "本报讯 截至4月30日，全州纳入攻坚的重点项目218个，完成投资96.4亿元。\n"
            "县市    项目数量（个）    完成投资（亿元）    完成率（%）\n"
            "凯里市    46    22.5    63.1\n"
            "黄平县    21    8.6    52.4\n")
    batches = {r.get("region"): r for r in _records(page, "batch")}
    assert batches["凯里市"].get("count") == 46 and batches["凯里市"].get("total_cny") == 2_250_000_000
    assert batches["黄平县"].get("total_cny") == 860_000_000
    assert batches["黄平县"].get("event") == batches["凯里市"].get("event")


def test_a_companys_name_and_what_a_project_will_become_are_no_projects() -> None:
    page = ("某县污水厂投运\n\n本报讯 5月2日，某县污水处理厂提标改造项目投运，"
            "由某某水务工程有限公司负责运营，建成后将成为全州规模最大的污水处理示范基地。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert any("污水处理厂" in n for n in names)
    assert not any("水务工程" in n or "示范基地" in n for n in names)


def test_a_share_of_the_works_done_means_under_way_and_is_no_statistic() -> None:
    page = ("某县项目推进\n\n本报讯 某县城区至某某镇二级公路PPP项目全长26公里，总投资9.2亿元，"
            "目前桥梁工程已完成65%。全县地区生产总值同比增长5.9%。\n")
    doc = _doc(page)
    road = _project([r for r in doc.records if r.kind == "project"], "公路")
    assert road.get("stage") == "under_construction" and road.get("investment_cny") == 920_000_000
    assert [r.get("value") for r in doc.records if r.kind == "indicator"] == [5.9]


def test_a_planned_events_date_is_not_the_day_of_another_item() -> None:
    page = ("某港建设提速\n\n本报讯 总投资18亿元的某港航道整治工程于4月26日完工；"
            "某港3号泊位工程预计今年9月底建成。\n")
    berth = _project(_records(page, "project"), "泊位")
    assert berth.get("status") == "target" and berth.get("date") in (None, "2024-09")


def test_the_park_a_project_settles_in_is_its_place_not_a_project() -> None:
    page = ("某县引进新材料项目\n\n本报讯 5月3日，永仁县与某某科技有限公司签订投资协议，"
            "年产3万吨高纯石英砂项目（以下简称“石英项目”）正式落户永仁县永定镇新材料产业园。石英项目总投资12亿元，"
            "预计年产值可达20亿元。\n")
    recs = _records(page, "project")
    assert [r.get("name") for r in recs] == ["年产3万吨高纯石英砂项目"]
    quartz = recs[0]
    assert quartz.get("investment_cny") == 1_200_000_000 and quartz.get("annual_output_cny") == 2_000_000_000
    assert "永定镇" in (quartz.get("location")["detail"] or "")


def test_securing_inside_a_name_does_not_cut_it() -> None:
    from newsmill.zh.projects import find_names

    for text, name in (("某县城乡供水保障EPC项目5月6日开工。", "某县城乡供水保障EPC项目"),
                       ("某区保障性住房项目正式开工。", "某区保障性住房项目")):
        assert [n.name for n in find_names(text, 0, len(text))] == [name]
