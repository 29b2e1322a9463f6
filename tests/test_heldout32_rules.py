"""Rules the misses of the thirty-second held-out set called for, each on tables of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.cues import STAGE_CUES
from newsmill.zh.tables import find_labelled_tables, find_stacked_tables, find_tables, is_table_line

DAY = dt.date(2025, 9, 2)


def _doc(page: str):
    return Pipeline().process(page, pub_date=DAY)


def _projects(page: str) -> dict:
    return {r.get("name"): r for r in _doc(page).records if r.kind == "project"}


STACKED = ("南江县三季度重点项目集中开工\n\n"
           "本报讯（记者 何雨桐）9月1日，南江县三季度重点项目集中开工，开工项目3个，总投资11.5亿元。\n\n"
           "南江县三季度集中开工项目表\n"
           "序号\n项目名称\n业主单位\n总投资（亿元）\n建设内容\n"
           "1\n南江核桃精深加工基地\n四川米仓山食品有限公司\n5.5\n新建年加工核桃2万吨生产线\n"
           "2\n光雾山游客集散中心\n南江县文旅投资有限公司\n4\n新建集散中心及停车场\n"
           "3\n南江县城东污水处理厂\n南江县水务有限公司\n2\n新建日处理污水1万吨设施\n"
           "合计\n11.5\n\n"
           "据介绍，项目全部建成后预计年产值超过20亿元。\n")


def test_a_table_printed_one_cell_per_line_is_read_row_by_row() -> None:
    tables = find_stacked_tables(STACKED)
    assert len(tables) == 1
    t = tables[0]
    assert t.roles == ("number", "name", "investor", "investment", "content") and t.unit == "亿元"
    assert [r[1].text for r in t.rows] == ["南江核桃精深加工基地", "光雾山游客集散中心",
                                           "南江县城东污水处理厂"]
    assert all(STACKED[c.start:c.end] == c.text for r in t.rows for c in r)  # spans on the text
    # a header without a project column, or cells short of the header's, is no such table
    assert find_stacked_tables("序号\n指标\n数值\n单位\n1\n产值\n12\n亿元\n") == []
    assert find_stacked_tables("序号\n项目名称\n总投资（亿元）\n1\n甲项目\n") == []


def test_the_rows_of_a_cell_a_line_table_are_projects_with_the_headers_unit() -> None:
    doc = _doc(STACKED)
    assert [a.headline for a in doc.articles] == ["南江县三季度重点项目集中开工"]
    projects = {r.get("name"): r for r in doc.records if r.kind == "project"}
    walnut = projects["南江核桃精深加工基地"]
    assert walnut.get("investment_cny") == 550_000_000
    assert walnut.get("investor") == "四川米仓山食品有限公司"
    assert walnut.get("stage") == "started"
    assert projects["光雾山游客集散中心"].get("investment_cny") == 400_000_000
    assert "四川米仓山食品有限公司\n5.5" in doc.text  # the cleaner keeps each cell on its line
    assert not any(n.startswith(("新建", "合计")) for n in projects)


PIPES = ("营山县集中签约4个项目\n\n"
         "8月28日，营山县招商引资项目集中签约，签约项目4个，协议投资9.75亿元。签约项目如下：\n\n"
         "| 序号 | 项目名称 | 协议投资（万元） | 项目地点 |\n"
         "| :---: | --- | ---: | --- |\n"
         "| 1 | 营山黑山羊屠宰加工项目 | 32000 | 城南街道 |\n"
         "| 2 | 汽车零部件智能制造项目 | 28500 | 营山县骆市镇 |\n"
         "| 3 | 丝绸文化产业园项目 | 21000 | 绥安街道 |\n"
         "| 4 | 农产品冷链物流园项目 | 16000 | 双河镇 |\n"
         "| 合计 |  | 97500 |  |\n")


def test_markdown_rows_with_spaces_by_their_bars_are_table_rows() -> None:
    row = "| 1 | 营山黑山羊屠宰加工项目 | 32000 | 城南街道 |"
    assert is_table_line(row) and is_table_line("| 序号 | 项目名称 | 协议投资（万元） | 项目地点 |")
    t = find_tables(PIPES)[0]
    assert [r[1].text for r in t.rows] == ["营山黑山羊屠宰加工项目", "汽车零部件智能制造项目",
                                           "丝绸文化产业园项目", "农产品冷链物流园项目"]  # no rule row
    assert t.rows[0][0].text == "1" and t.units[2] == "万元"


def test_a_town_in_the_place_column_is_the_projects_detail() -> None:
    projects = _projects(PIPES)
    assert "---" not in projects and ":---:" not in projects
    sheep = projects["营山黑山羊屠宰加工项目"]
    assert sheep.get("investment_cny") == 320_000_000 and sheep.get("stage") == "signed"
    assert sheep.get("location")["detail"] == "城南街道"
    # a town after its county in the cell: the town alone
    assert projects["汽车零部件智能制造项目"].get("location")["detail"] == "骆市镇"
    assert projects["农产品冷链物流园项目"].get("location")["county"] == "营山县"


GAPS = ("邻水县上半年3个项目竣工投用\n\n"
        "上半年，邻水县共有3个重点项目竣工投用，总投资8.6亿元。\n\n"
        "项目清单如下：\n\n"
        "序号  项目名称        建设地点    总投资（亿元）\n"
        "1     邻水县御临河防洪治理工程    鼎屏镇    4.1\n"
        "2\t邻水脐橙分拣中心\t柑子镇\t2.7\n"
        "3     邻水县第二人民医院迁建项目    鼎屏镇    1.8\n"
        "合计                  8.6\n")


def test_a_table_under_a_bare_lead_in_takes_the_event_of_the_paragraph_before() -> None:
    projects = _projects(GAPS)
    orange = projects["邻水脐橙分拣中心"]
    assert orange.get("stage") == "completed" and orange.get("status") == "actual"
    assert orange.get("investment_cny") == 270_000_000
    assert orange.get("location")["detail"] == "柑子镇"
    # of two cues in one word the first (``竣工投用``); one cue of two verbs stays whole (``建成投产``)
    assert _projects(GAPS.replace("竣工投用", "建成投产"))["邻水脐橙分拣中心"].get("stage") == "in_production"
    assert STAGE_CUES["建成投产"] == "in_production"
    # a lead-in with no cue under a paragraph with none gives no event
    assert _projects(GAPS.replace("竣工投用", "有新进展"))["邻水脐橙分拣中心"].get("stage") is None


LABELLED = ("城口县签约两个项目\n\n"
            "9月1日，城口县举行招商项目集中签约仪式，签约项目2个，总投资6.3亿元。项目情况如下：\n\n"
            "（1）项目名称：城口山地鸡全产业链项目；投资主体：重庆大巴山禽业有限公司；项目地点：修齐镇；"
            "总投资：3.8亿元；建设内容：新建年屠宰山地鸡500万羽生产线。\n\n"
            "（2）项目名称：城口老腊肉加工项目；投资主体：城口巴山腊味食品有限公司；项目地点：葛城街道；"
            "总投资：2.5亿元；建设内容：新建年加工腊肉3000吨生产线。\n")


def test_items_giving_fields_by_label_are_rows_of_one_table() -> None:
    tables = find_labelled_tables(LABELLED)
    assert len(tables) == 1 and tables[0].roles == ("name", "investor", "place", "investment", "content")
    assert [r[3].text for r in tables[0].rows] == ["3.8亿元", "2.5亿元"]
    assert find_labelled_tables("项目名称：甲项目。") == []  # one field is no item
    projects = _projects(LABELLED)
    chicken = projects["城口山地鸡全产业链项目"]
    assert chicken.get("investor") == "重庆大巴山禽业有限公司"
    assert chicken.get("investment_cny") == 380_000_000 and chicken.get("stage") == "signed"
    assert chicken.get("location")["detail"] == "修齐镇"
    assert chicken.get("capacity") == "年屠宰山地鸡500万羽"
    assert not any(n.startswith("新建") for n in projects)  # the content is no project of its own


def test_a_row_naming_a_project_the_text_told_of_fills_what_the_text_left_out() -> None:
    page = ("巫溪县签约3个项目\n\n"
            "8月30日，巫溪县与重庆红池坝文旅集团有限公司签订了红池坝滑雪场提升项目投资协议。"
            "签约项目如下：\n\n"
            "| 序号 | 项目名称 | 总投资（万元） | 建设地点 |\n| --- | --- | --- | --- |\n"
            "| 1 | 红池坝滑雪场提升项目 | 45000 | 红池坝镇 |\n"
            "| 2 | 巫溪洋芋加工项目 | 12000 | 尖山镇 |\n"
            "| 3 | 大宁河民宿集群项目 | 8000 | 宁河街道 |\n")
    ski = _projects(page)["红池坝滑雪场提升项目"]
    assert ski.get("investment_cny") == 450_000_000
    assert ski.get("location")["detail"] == "红池坝镇"
    assert ski.get("investor") == "重庆红池坝文旅集团有限公司"


def test_new_factory_floor_opening_a_content_cell_is_the_projects_area() -> None:
    page = ("长宁县两个项目开工\n\n"
            "9月1日，长宁县开工项目2个，总投资5亿元。开工项目如下：\n\n"
            "序号  项目名称  总投资（亿元）  建设内容\n"
            "1  长宁竹产业加工园  3  新建标准化厂房4.2万平方米\n"
            "2  长宁县城西污水管网工程  2  新建污水管网12公里\n")
    projects = _projects(page)
    assert projects["长宁竹产业加工园"].get("area") == "4.2万平方米"
    assert projects["长宁县城西污水管网工程"].get("area") is None
