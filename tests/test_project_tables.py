"""Plain-text tables of projects: found, kept as rows by cleaning and segmentation, read by extraction."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.zh.tables import find_tables, is_table_line

PAGE = ("南岭市重点项目集中开工\n\n本报讯(记者 温岚)3月18日,南岭市一季度重点项目集中开工活动举行,"
        "集中开工项目20个,总投资156亿元。\n\n部分开工项目一览:\n\n"
        "编号  项目名称  建设单位  总投资(亿元)\n"
        "01  南岭县高端纸品生产线项目  南岭纸业股份有限公司  18.5\n"
        "02  北坡区锂电池材料产业园项目  华锂新能源集团  32\n"
        "03  南岭港多用途码头工程  南岭港务集团有限公司  9.6\n\n"
        "据了解,今年全市计划实施重点项目300个。\n")


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def test_table_lines_and_cells() -> None:
    assert is_table_line("01  南岭县高端纸品生产线项目  南岭纸业股份有限公司  18.5")
    assert is_table_line("序号\t项目名称\t投资方\t投资额")
    assert not is_table_line("新疆日报  2022年7月29日  星期五  第5版")  # a masthead
    assert not is_table_line("16个项目签约落地 计划总投资218.5亿元")   # a title with a space
    [t] = find_tables(PAGE)
    assert t.roles == ("number", "name", "investor", "investment") and t.unit == "亿元"
    assert [t.cell(r, "name").text for r in t.rows] == [
        "南岭县高端纸品生产线项目", "北坡区锂电池材料产业园项目", "南岭港多用途码头工程"]
    c = t.cell(t.rows[1], "investor")
    assert PAGE[c.start:c.end] == "华锂新能源集团"


def test_rows_stay_lines_and_are_no_titles(nlp: Pipeline) -> None:
    doc = nlp.process(PAGE)
    assert "18.5\n02  北坡区" in doc.clean  # three rows of the same width are no wrapped column
    assert [a.headline for a in doc.articles] == ["南岭市重点项目集中开工"]


def test_each_row_is_a_project_with_its_columns(nlp: Pipeline) -> None:
    doc = nlp.process(PAGE)
    got = {r.get("name"): (r.get("stage"), r.get("investor"), r.get("investment_cny"))
           for r in doc.records if r.kind == "project"}
    assert got == {"南岭县高端纸品生产线项目": ("started", "南岭纸业股份有限公司", 1_850_000_000),
                   "北坡区锂电池材料产业园项目": ("started", "华锂新能源集团", 3_200_000_000),
                   "南岭港多用途码头工程": ("started", "南岭港务集团有限公司", 960_000_000)}
