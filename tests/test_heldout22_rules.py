"""Rules the misses of the twenty-second held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 7, 18)


_doc, _records, _ = rule_helpers(DAY)


def test_a_list_opened_by_its_own_words_names_members_of_the_batch_before() -> None:
    page = ("本报讯 7月16日，某县第三季度重大项目集中开工。据介绍，此次开工的项目中，"
            "产业项目21个、总投资96.4亿元。具体包括：总投资7亿元的甲地智能仓储中心项目，总投资4.5亿元的乙岭生态康养综合体项目。\n")
    got = {r.get("name"): (r.get("stage"), r.get("investment_cny")) for r in _records(page, "project")}
    assert got.get("甲地智能仓储中心项目") == ("started", 700000000), got
    assert got.get("乙岭生态康养综合体项目") == ("started", 450000000), got


def test_the_sentence_after_one_opening_with_qizhong_names_members() -> None:
    page = ("本报讯 上半年，某市新签约项目48个，协议投资额320亿元。其中，签约20亿元以上项目5个。"
            "甲能科技在某高新区投资建设的储能电芯三期项目，计划总投资64亿元。\n")
    got = {r.get("name"): r.get("stage") for r in _records(page, "project")}
    assert got.get("储能电芯三期项目") == "signed", got
    # without the 其中 sentence before it, a project with no event of its own is not reported
    alone = "本报讯 上半年，某市经济平稳。甲能科技在某高新区投资建设的储能电芯三期项目，计划总投资64亿元。\n"
    assert not any(r.get("name") == "储能电芯三期项目" for r in _records(alone, "project"))


def test_works_after_a_facility_and_its_phase_end_one_name() -> None:
    text = "开工总投资3.2亿元的某某污水处理厂二期提标改造工程，总投资5亿元的某某电站四期增容项目。"
    names = [n.name for n in find_names(text, 0, len(text))]
    assert "某某污水处理厂二期提标改造工程" in names, names
    assert "某某电站四期增容项目" in names, names
    # a park's works are a project of their own, built in the park
    park = "某某产业园污水处理工程总投资1.6亿元。"
    found = [n.name for n in find_names(park, 0, len(park))]
    assert found[:1] == ["某某产业园"], found


def test_a_meeting_joined_to_a_start_up_is_no_project() -> None:
    page = ("本报讯 3月2日，江安县2024年重大项目集中开工暨项目建设推进大会在阳春工业园区举行，"
            "集中开工项目22个，总投资61亿元。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert not [n for n in names if n and n.startswith("江安县")], names


def test_a_park_signing_with_firms_is_a_party_and_the_firms_make_the_batch() -> None:
    page = ("本报讯 6月3日，某县某某工业园与甲乙新材料等4家企业集中签约，签约金额18.6亿元。"
            "其中，甲乙新材料年产8万吨改性塑料项目投资9亿元。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert "某某工业园" not in names, names
    batches = [(r.get("count"), r.get("total_cny"), r.get("event")) for r in _records(page, "batch")]
    assert (4, 1860000000, "signed") in batches, batches
    values = [r.get("value") for r in _records(page, "indicator")]
    assert 4 not in values and 1860000000 not in values, values
    # a count of projects given with the firms is the batch; the firms add none
    stated = "本报讯 某区与甲公司等3家企业签约，签约项目5个，签约金额22亿元。\n"
    counts = [r.get("count") for r in _records(stated, "batch")]
    assert counts == [5], counts


def test_the_number_of_a_round_is_no_count() -> None:
    page = "本报讯 7月10日，某市第三批重大项目集中开工活动举行，此次开工项目26个，总投资132亿元。\n"
    counts = sorted(r.get("count") for r in _records(page, "batch"))
    assert counts == [26], counts


def test_places_set_up_as_sub_venues_are_no_region_of_the_batch() -> None:
    page = ("本报讯 4月9日，巴中市二季度重大项目集中开工活动在某园区主会场举行，"
            "恩阳区、平昌县、南江县同步设置分会场。此次集中开工项目41个，总投资188亿元。\n")
    regions = {r.get("count"): r.get("region") for r in _records(page, "batch")}
    assert regions.get(41) == "巴中市", regions


def test_the_ends_of_a_route_are_no_region_of_a_batch() -> None:
    page = ("本报讯 今年，大竹县将新开工项目30个。同时，加快推进大竹至渠县高速公路、铜钵河航运枢纽等"
            "在建项目建设，确保城北大道等9个项目年内竣工。\n")
    regions = {r.get("count"): r.get("region") for r in _records(page, "batch")}
    assert regions.get(9) == "大竹县", regions


def test_a_ranking_held_after_a_statistic_is_a_statistic_of_its_own() -> None:
    page = ("本报讯 1-8月，绵竹市地区生产总值同比增长7.6%，居全省县域第4位；"
            "全市社会消费品零售总额112.4亿元，同比增长5.1%，居全市第二。\n")
    ranks = {r.get("value"): (r.get("metric"), r.get("unit")) for r in _records(page, "indicator")
             if "排名" in str(r.get("metric"))}
    assert ranks.get(4) == ("地区生产总值增速全省排名", "位"), ranks
    assert ranks.get(2) == ("社会消费品零售总额增速全市排名", "名"), ranks  # of the rate given last
    # a goal of first place is no ranking held
    goal = "本报讯 该县提出，力争全年工业投资增速进入全市第一方阵。\n"
    assert not [r for r in _records(goal, "indicator") if "排名" in str(r.get("metric"))]


def test_a_rate_after_a_semicolon_is_its_own_statistic_and_a_growth_share_is_no_growth() -> None:
    page = ("本报讯 1-4月，全市工业投资同比增长12.1%，占全部投资的比重为38.6%；民间投资增长4.9%。"
            "全市规上工业行业增长面达72.5%。\n")
    got = {r.get("value"): r.get("growth_pct") for r in _records(page, "indicator")}
    assert got.get(38.6) is None and 38.6 in got, got
    assert got.get(4.9) == 4.9, got
    assert 72.5 in got and got[72.5] is None, got


def test_a_rate_of_signed_projects_in_a_goal_is_a_target_statistic() -> None:
    page = "本报讯 3月5日，记者获悉。今年，某区将力争新签约项目80个，推动已签约项目开工率达到70%以上。\n"
    rates = [(r.get("value"), r.get("status")) for r in _records(page, "indicator")]
    assert (70.0, "target") in rates, rates
    # the same words after a count done stay a class of projects: 已 is no mark of completion there
    done = "本报讯 截至6月底，某区已开工项目36个，已签约项目履约率达85%。\n"
    assert (85.0, "actual") in [(r.get("value"), r.get("status")) for r in _records(done, "indicator")]


def test_a_months_own_figure_keeps_that_month() -> None:
    page = ("本报讯 1-7月，全县规模以上工业增加值同比增长8.2%。7月当月，全县规模以上工业增加值增长9.4%。\n")
    periods = {r.get("value"): r.get("period") for r in _records(page, "indicator", dt.date(2024, 8, 20))}
    assert periods.get(9.4) == "2024-07", periods
    assert periods.get(8.2) == "2024-01/2024-07", periods


def test_editor_lines_without_brackets_and_a_bureaus_meta_line_are_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text

    for line in ("责任编辑  张某某    校对  李某", "编辑 王某某 审核 赵某",
                 "信息来源：某县统计局   发布日期：2024-05-20   【字号：大 中 小】"):
        assert classify_text([line], 0) is not None and classify_text([line], 0)[0] == "furniture", line
    for line in ("编辑 部门 开展 培训", "信息化项目建设   稳步推进"):
        assert classify_text([line], 0) is None, line


def test_benbao_on_a_portal_is_the_paper_its_meta_line_names() -> None:
    page = ("某县召开重大项目推进会\n"
            "来源：某某日报    2024-06-03 09:12\n\n"
            "本报讯（记者 李某某）6月2日，某县召开重大项目推进会，新开工项目12个，总投资36亿元。\n")
    assert [a.source for a in _doc(page).articles] == ["某某日报"]
    # a meta line naming an office, not a paper, leaves 本报
    office = page.replace("来源：某某日报", "来源：某县发展改革局")
    assert [a.source for a in _doc(office).articles] == ["本报"]


def test_a_zone_alone_in_a_tables_place_column_is_the_detail() -> None:
    page = ("本报讯 8月6日，某市第三批重大项目集中开工，开工项目18个，总投资92亿元。\n\n"
            "部分集中开工项目\n"
            "序号\t项目名称\t建设地点\t总投资（万元）\n"
            "1\t甲乙精密铸造产业化项目\t某某经开区\t120000\n"
            "2\t丙丁冷链物流园项目\t雁江区\t56000\n")
    page = page.replace("某市", "资阳市")
    got = {r.get("name"): r.get("location") for r in _records(page, "project")}
    assert got["甲乙精密铸造产业化项目"]["detail"] == "某某经开区", got
    assert got["丙丁冷链物流园项目"]["county"] == "雁江区", got
    assert not got["丙丁冷链物流园项目"].get("detail"), got


def test_a_capacity_in_latin_units_of_power_is_read_from_the_name() -> None:
    from newsmill.zh.projects import capacity_in

    for name, cap in (("年产8GW异质结电池片三期项目", "年产8GW异质结电池片"),
                      ("甲乙储能年产12GWh磷酸铁锂电芯项目", "年产12GWh磷酸铁锂电芯"),
                      ("年产20万吨再生铝项目", "年产20万吨再生铝")):
        m = capacity_in(name)
        assert m is not None and m.group() == cap, (name, m and m.group())


def test_the_day_a_reporter_learned_the_news_dates_no_project() -> None:
    page = ("本报讯 9月3日，记者从某市投资促进局获悉，前8个月，某市新签约项目52个。"
            "其中，甲乙集团与某区签约的年产6万吨电解液项目，总投资18亿元。\n")
    got = {r.get("name"): r.get("date") for r in _records(page, "project", dt.date(2024, 9, 4))}
    assert "年产6万吨电解液项目" in got and got["年产6万吨电解液项目"] is None, got
    # the day of a ceremony the article opens with still dates its projects
    held = ("本报讯 9月3日，某区举行重大项目集中签约仪式，签约项目12个。"
            "其中，甲乙集团年产6万吨电解液项目总投资18亿元。\n")
    got = {r.get("name"): r.get("date") for r in _records(held, "project", dt.date(2024, 9, 4))}
    assert got.get("甲乙集团年产6万吨电解液项目") == "2024-09-03", got


def test_a_capacity_in_a_tables_content_cell_ends_with_the_cell_or_before_ji() -> None:
    page = ("本报讯 8月6日，某市第三批重大项目集中开工，开工项目18个，总投资92亿元。\n\n"
            "序号\t项目名称\t建设地点\t总投资（万元）\t建设内容\n"
            "1\t甲乙新材料产业化项目\t某某经开区\t120000\t年产3GWh钠离子电池电芯及模组\n"
            "2\t丙丁冷链物流园项目\t雁江区\t56000\t日处理200吨果蔬\n")
    page = page.replace("某市", "资阳市")
    got = {r.get("name"): r.get("capacity") for r in _records(page, "project")}
    assert got.get("甲乙新材料产业化项目") == "年产3GWh钠离子电池电芯", got
    assert got.get("丙丁冷链物流园项目") == "日处理200吨果蔬", got


def test_a_hot_spring_is_no_brand_and_a_drive_maker_is() -> None:
    from newsmill.zh.brands import brand_head

    assert brand_head("龙池温泉康养度假区三期") is None
    assert brand_head("恒驰动力电驱总成项目") == "恒驰"
    assert brand_head("三峡智造精密铸件项目") == "三峡"  # a gorge's name may still be a brand


def test_a_generic_district_alone_in_a_tables_place_column_is_the_citys() -> None:
    page = ("本报讯 9月2日，攀枝花市第四批重大项目集中开工，开工项目15个，总投资66亿元。\n\n"
            "序号\t项目名称\t建设地点\t总投资（万元）\n"
            "1\t甲乙钛材深加工项目\t西区\t88000\n"
            "2\t丙丁康养小镇项目\t东门外\t30000\n")
    got = {r.get("name"): r.get("location") for r in _records(page, "project")}
    assert got["甲乙钛材深加工项目"]["county"] == "西区", got
    assert not got["丙丁康养小镇项目"].get("county"), got  # no division of that name


def test_a_zone_of_the_projects_own_county_with_its_part_is_the_detail() -> None:
    page = ("本报讯 5月6日，江津区重大项目集中开工。在主会场，甲乙电子年产800万套汽车线束项目举行开工仪式。"
            "该项目位于江津经开区德感片区，总投资16亿元。\n")
    got = {r.get("name"): r.get("location") for r in _records(page, "project")}
    loc = next(v for k, v in got.items() if k and "线束" in k)
    assert loc["county"] == "江津区" and loc["detail"] == "江津经开区德感片区", loc
    # a zone of another county is no detail of this one
    other = page.replace("江津经开区德感片区", "璧山高新区")
    loc = next(r.get("location") for r in _records(other, "project") if "线束" in (r.get("name") or ""))
    assert loc.get("detail") != "璧山高新区" or loc.get("county") != "江津区", loc


def test_a_single_blank_inside_a_word_of_economic_news_goes_on_any_page() -> None:
    page = ("某县经济运行情况\n"
            "1-6月，全县实现规模以上工业增加值同比增 长7.2%，固定资产投资同比增长9.1%。\n"
            "（记者 王 林）\n")
    text = _doc(page).text
    assert "同比增长7.2%" in text, text
    assert "王 林" in text or "王林" in text  # a credit's spacing is no matter of this rule
    # a lone blank between two words (no word of the list across it) is left on such a page
    kept = "某县项目建设提速\n今年以来，全县新开工 项目12个，总投资36亿元，同比增长15%。\n"
    assert "新开工 项目12个" in _doc(kept).text
