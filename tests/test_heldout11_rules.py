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
