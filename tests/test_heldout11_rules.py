"""Rules the eleventh held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.money import find_money
from newsmill.zh.tables import find_tables, is_table_line, may_be_table

#: A portal's list of projects printed as a table with bars between the cells.
BAR_TABLE = ("6月3日，全市第二批重点项目集中开工，共开工项目36个，总投资98亿元。部分项目如下：\n"
             "序号|项目名称|建设地点|主要建设内容|总投资（万元）\n"
             "1|北川新型建材产业园|绵阳市北川县|年产加气砖60万立方米|46000\n"
             "2|城南物流枢纽项目|德阳市旌阳区|新建仓储库房12万平方米|85000\n")


def _projects(page: str) -> dict[str, object]:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 6, 4))
    return {r.get("name"): r for r in doc.records if r.kind == "project"}


def test_a_row_with_bars_between_cells_is_a_table_line() -> None:
    assert is_table_line("1|北川新型建材产业园|绵阳市北川县|46000")
    assert is_table_line("序号｜项目名称｜建设地点｜总投资（万元）")
    assert not is_table_line("首页 | 新闻中心")      # a breadcrumb: two cells
    assert may_be_table("1|某项目|某县") and not may_be_table("一句话，没有表格。")


def test_cells_of_a_bar_table_and_the_unit_of_each_column() -> None:
    text = BAR_TABLE.replace("|", "｜")
    (table,) = find_tables(text)
    assert table.roles[:3] == ("number", "name", "place")
    assert table.units[-1] == "万元" and table.units[0] is None
    assert [c.text for c in table.rows[1]][1:3] == ["城南物流枢纽项目", "德阳市旌阳区"]


def test_rows_of_a_bar_table_stay_lines_of_their_own() -> None:
    page = BAR_TABLE.replace("|", "｜")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 6, 4))
    assert "46000\n2" in doc.clean  # a row ending in a figure is not joined to the next row's number


def test_a_project_table_row_takes_place_amount_and_capacity_from_its_columns() -> None:
    projects = _projects(BAR_TABLE)
    row = projects["北川新型建材产业园"]
    assert row.get("location")["county"] == "北川羌族自治县"
    assert row.get("investment_cny") == 460_000_000
    assert row.get("capacity") == "年产加气砖60万立方米"
    assert row.get("stage") == "started"
    other = projects["城南物流枢纽项目"]
    assert other.get("location")["city"] == "德阳市" and other.get("location")["county"] == "旌阳区"


def test_a_count_in_yi_kuai_is_pieces_not_money() -> None:
    assert not list(find_money("项目建成后年产光伏电池片12亿块。"))
    assert [h.value for h in find_money("一年下来能挣三万块。")] == [30000]


#: A signing round-up listing its projects with circled numbers, a forecast inside one item.
CIRCLED = ("本报讯 5月8日，江口经开区招商项目集中签约，6个项目总投资31亿元。签约项目主要有：①外资企业新加坡"
           "鸿图控股有限公司投资2000万美元建设的冷链仓储中心项目；②福建蓝川电子有限公司投资5亿元的智能传感器"
           "产业园项目，预计年销售收入8亿元；③江口文旅集团投资3亿元的温泉康养小镇项目。\n")


def test_items_numbered_with_circled_digits_name_their_investors() -> None:
    projects = _projects(CIRCLED)
    assert set(projects) >= {"冷链仓储中心项目", "智能传感器产业园项目", "温泉康养小镇项目"}
    assert projects["冷链仓储中心项目"].get("investor") == "新加坡鸿图控股有限公司"
    assert projects["智能传感器产业园项目"].get("investor") == "福建蓝川电子有限公司"
    assert projects["温泉康养小镇项目"].get("investor") == "江口文旅集团"


def test_a_forecast_in_one_item_of_a_listed_signing_is_not_the_next_item_s_plan() -> None:
    projects = _projects(CIRCLED)
    assert projects["温泉康养小镇项目"].get("status") == "actual"
    plan = ("本报讯 今年，江口经开区力争：①智能传感器产业园项目6月开工；②温泉康养小镇项目年底前建成。\n")
    assert _projects(plan)["温泉康养小镇项目"].get("status") == "target"  # a plan before the colon covers all


def _indicators(page: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 7, 20))
    return [r for r in doc.records if r.kind == "indicator"]


def test_a_plant_in_equipment_installation_is_under_way_and_a_month_before_yijing_dates_it() -> None:
    page = ("问：园区重点项目进展如何？\n答：今年园区新引进项目12个。"
            "其中，60万吨聚丙烯项目正进入设备安装阶段；"
            "江岸港区三期工程今年4月已经开工，预计后年建成。\n")
    projects = _projects(page)
    assert projects["60万吨聚丙烯项目"].get("stage") == "under_construction"
    assert projects["江岸港区三期工程"].get("date") == "2024-04"


def test_a_speaker_s_goal_is_no_part_of_the_metric() -> None:
    page = "答：下半年，我们将力争全年完成固定资产投资180亿元以上。\n"
    (r,) = _indicators(page)
    assert r.get("metric") == "固定资产投资"


def test_the_investment_a_class_of_projects_completed_is_a_statistic() -> None:
    page = "本报讯 今年上半年，全县重大项目完成投资46亿元，同比增长12%。\n"
    assert [r.get("value") for r in _indicators(page)] == [4_600_000_000]
    page = "本报讯 总投资8亿元的城北水厂项目已完成投资3亿元。\n"
    assert not _indicators(page)


def test_what_a_listed_project_is_to_yield_is_no_statistic() -> None:
    page = ("本报讯 签约项目包括：①某某公司投资6亿元的光学膜项目，预计年销售收入9亿元、年纳税6000万元；"
            "②某某集团投资3亿元的冷库项目。\n"
            "另讯 湖东纺织有限公司年产5000吨色纺纱项目上月满负荷生产，月产值超过3000万元。\n")
    assert not _indicators(page)


def test_growth_over_the_same_period_written_out_after_a_calculation_note() -> None:
    page = ("上半年，全市地区生产总值1288.4亿元，按可比价格计算，比上年同期增长4.8%。"
            "社会消费品零售总额402.6亿元，较上年同期下降1.2%。\n")
    found = {r.get("metric"): r.get("growth_pct") for r in _indicators(page)}
    assert found == {"地区生产总值": 4.8, "社会消费品零售总额": -1.2}


def test_monthly_output_is_not_annual_output_and_a_yearly_sales_forecast_is() -> None:
    page = ("本报讯 9月5日，临河区年产2万吨面粉加工项目开工建设，项目总投资6000万元，"
            "建成后年可实现销售收入1.5亿元。\n"
            "另讯 北岸精密铸造有限公司年产1万吨铸件项目实现满负荷生产，月产值达2000万元。\n")
    projects = _projects(page)
    assert projects["临河区年产2万吨面粉加工项目"].get("annual_output_cny") == 150_000_000
    casting = next(r for n, r in projects.items() if "铸件" in n)
    assert casting.get("annual_output_cny") is None


#: A column of briefs, each opened by a bracketed stage tag.
TAGGED = ("项目快讯\n\n"
          "　　【签约】3月6日，海港新区与德国某精密机械公司签订协议，该公司将投资1.2亿美元在新区建设"
          "精密轴承生产基地项目，年产轴承600万套。\n\n"
          "　　【达产】位于滨海开发区的蓝湾化工有限公司年产3万吨环氧树脂项目2月底实现满负荷生产。\n")


def test_a_bracketed_stage_tag_gives_its_brief_s_event() -> None:
    projects = _projects(TAGGED)
    plant = projects["精密轴承生产基地项目"]
    assert (plant.get("stage"), plant.get("status")) == ("signed", "actual")
    resin = next(r for n, r in projects.items() if "环氧树脂" in n)
    assert (resin.get("stage"), resin.get("date")) == ("in_production", "2024-02")


def test_a_park_heading_a_project_name_is_its_detail_not_a_project() -> None:
    page = ("本报讯 在东兰县，东兰农副产品加工产业园红糖深加工项目二期8月30日建成试产，"
            "新增年加工甘蔗15万吨能力。\n")
    projects = _projects(page)
    assert list(projects) == ["红糖深加工项目二期"]
    r = projects["红糖深加工项目二期"]
    assert r.get("location")["detail"] == "东兰农副产品加工产业园"
    assert r.get("stage") == "in_production"
    assert r.get("capacity") == "年加工甘蔗15万吨"


def test_a_day_in_a_later_item_does_not_date_a_planned_start() -> None:
    page = ("本报讯 在凤山县，某某食品有限公司年产2万吨米粉项目已完成备案，预计12月开工建设；"
            "在巴马县，某某矿泉水项目10月8日建成投产。\n")
    projects = _projects(page)
    noodles = next(r for n, r in projects.items() if "米粉" in n)
    assert noodles.get("date") == "2024-12"


def test_that_company_invests_is_the_company_just_named() -> None:
    page = ("本报讯 天峨县与广州某某新材料科技有限公司签订协议，"
            "由该公司投资5亿元建设锂电池隔膜生产基地项目。\n")
    projects = _projects(page)
    assert projects["锂电池隔膜生产基地项目"].get("investor") == "广州某某新材料科技有限公司"


def test_a_list_of_related_posts_after_a_story_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import related_posts
    texts = ["（记者：某某）", "", "推荐阅读", "▶ 全县召开项目建设推进会", "", "▶ 某镇：特色种植助增收",
             "", "某某发布"]
    assert related_posts(texts) == [2, 3, 5]
    assert related_posts(["推荐阅读", "全县召开项目建设推进会"]) == []  # no items: a word, not a list


def test_what_a_partner_invests_to_build_after_a_signing_is_signed() -> None:
    page = ("本报讯 5月9日，南丹县与湖南某某环保科技有限公司签署合作协议，由该公司投资3亿元建设"
            "再生资源回收利用项目。\n")
    r = _projects(page)["再生资源回收利用项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")
    page = "本报讯 南丹县计划与某公司签署协议，由该公司投资3亿元建设再生资源回收利用项目。\n"
    assert _projects(page)["再生资源回收利用项目"].get("stage") == "under_construction"  # a plan to sign
