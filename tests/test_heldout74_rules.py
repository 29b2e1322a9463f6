"""Rules the misses of the seventy-fourth held-out set called for, each on phrasings of its own.

The set is a city's or a province's list of the year's key projects as a paper or a commission's
site prints it: a table flattened into text (cells apart by tabs, runs of blanks or bars, or a
markdown table), rows grouped under category heads, some rows wrapped onto a second line, a
construction-nature column (新开工 / 续建 / 竣工 / 预备), and a short story giving the list's totals.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_spaces import wrapped_row_indent
from newsmill.zh.projects import find_names
from newsmill.zh.tables import find_tables
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 3, 18))

T = "\t"


def _rows(text: str) -> list[list[str]]:
    return [[c.text for c in row] for t in find_tables(text) for row in t.rows]


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


# --- tables: category heads, rows cut by a line break, wrapped PDF rows, a unit note -------------

def test_a_category_head_inside_a_table_does_not_end_it() -> None:
    text = "\n".join([
        T.join(["序号", "项目名称", "建设地点", "总投资（亿元）"]),
        "（一）工业项目（2个）",
        T.join(["1", "永州锰酸锂材料项目", "冷水滩区", "8.5"]),
        T.join(["2", "道县电子元件产业园", "道县", "4.2"]),
        "（二）基础设施",
        T.join(["3", "祁阳港区码头工程", "祁阳市", "3.1"]),
    ])
    assert [r[1] for r in _rows(text)] == ["永州锰酸锂材料项目", "道县电子元件产业园", "祁阳港区码头工程"]


def test_a_bold_head_row_of_a_markdown_table_does_not_end_it() -> None:
    text = "\n".join([
        "| 序号 | 项目名称 | 建设地点 | 总投资（亿元） |",
        "| --- | --- | --- | --- |",
        "| **一、产业项目** |  |  |  |",
        "| 1 | 亳州中药饮片产业园 | 谯城区 | 6.0 |",
        "| **二、社会民生** |  |  |  |",
        "| 2 | 涡阳县人民医院新院区 | 涡阳县 | 9.8 |",
    ])
    assert [r[1] for r in _rows(text)] == ["亳州中药饮片产业园", "涡阳县人民医院新院区"]


def test_a_sentence_between_rows_still_ends_the_table() -> None:
    text = "\n".join([
        T.join(["序号", "项目名称", "建设地点", "总投资（亿元）"]),
        T.join(["1", "永州锰酸锂材料项目", "冷水滩区", "8.5"]),
        "以上项目由各县区负责推进。",
        T.join(["2", "道县电子元件产业园", "道县", "4.2"]),
    ])
    assert [r[1] for r in _rows(text)] == ["永州锰酸锂材料项目"]


def test_a_row_cut_by_a_line_break_is_one_row() -> None:
    text = "\n".join([
        "序号|项目名称|建设单位|建设内容|建设年限",
        "1|淮北煤基新材料项目|淮北碳谷化工有限公司|新建合成气装置，",
        "年产可降解材料10万吨|2026—2028",
        "2|濉溪县冷链物流中心|濉溪县供销社|建设冷库3万吨|2026—2027",
    ])
    rows = _rows(text)
    assert [r[1] for r in rows] == ["淮北煤基新材料项目", "濉溪县冷链物流中心"]
    assert rows[0][3] == "新建合成气装置，年产可降解材料10万吨"


def test_a_short_numbered_line_is_not_joined_to_the_next_row() -> None:
    text = "\n".join([
        "序号|项目名称|建设单位|建设年限",
        "1|淮北煤基新材料项目",
        "2|濉溪县冷链物流中心|濉溪县供销社|2026—2027",
    ])
    assert [r[1] for r in _rows(text)] == ["濉溪县冷链物流中心"]


def _pdf_table() -> str:
    return "\n".join([
        "（单位：万元）",
        "序号  项目名称                  建设单位          总投资",
        "1     白银铜冶炼渣综合利用      白银有色渣业      52000",
        "      二期工程                  有限公司",
        "2     靖远县枸杞加工园          靖远县农投公司    18000",
    ])


def test_a_wrapped_pdf_row_continues_its_cells_under_their_columns() -> None:
    rows = _rows(_pdf_table())
    assert [r[1] for r in rows] == ["白银铜冶炼渣综合利用二期工程", "靖远县枸杞加工园"]
    assert rows[0][2] == "白银有色渣业有限公司"
    (table,) = find_tables(_pdf_table())
    assert table.unit == "万元"  # the note above the header gives the bare amounts' unit


def test_the_indent_of_a_wrapped_row_is_kept_by_the_cleaner() -> None:
    text = _pdf_table()
    a = text.index("      二期工程")
    assert wrapped_row_indent(text, a, a + 6)
    prose = "白银市今年安排项目32个，总投资86亿元。\n      其中工业项目18个。"
    b = prose.index("      其中")
    assert not wrapped_row_indent(prose, b, b + 6)  # no table row above: an indent like any other


# --- table rows: the nature column, the county, a prose mention filled by the row ----------------

LIST_PAGE = ("萍乡市2026年重点建设项目计划下达\n\n"
             "本报讯（记者 叶青）近日，萍乡市下达2026年重点建设项目计划，共安排项目86个，总投资512亿元。"
             "其中，总投资18亿元的萍乡经开区储能电池项目体量最大。\n\n"
             + T.join(["序号", "项目名称", "建设单位", "建设地点", "建设性质", "总投资（亿元）"]) + "\n"
             + T.join(["1", "萍乡经开区储能电池项目", "江西萍能科技有限公司", "安源区", "新开工",
                       "18"]) + "\n"
             + T.join(["2", "芦溪县电瓷产业园二期", "芦溪县城投公司", "芦溪县", "续建", "6.5"]) + "\n"
             + T.join(["3", "上栗县花炮物流中心", "上栗县交投公司", "上栗县", "竣工", "3.2"]) + "\n"
             + T.join(["4", "莲花县抽水蓄能电站", "江西莲能公司", "莲花县", "预备", "60"]) + "\n")


def test_the_nature_column_gives_the_stage_and_the_year_s_goal() -> None:
    found = projects(LIST_PAGE)
    assert (found["芦溪县电瓷产业园二期"].get("stage"), found["芦溪县电瓷产业园二期"].get("status")) \
        == ("under_construction", "actual")
    assert (found["上栗县花炮物流中心"].get("stage"), found["上栗县花炮物流中心"].get("status")) \
        == ("completed", "target")
    assert (found["莲花县抽水蓄能电站"].get("stage"), found["莲花县抽水蓄能电站"].get("status")) \
        == ("planned", "actual")
    assert found["莲花县抽水蓄能电站"].get("investor") == "江西莲能公司"
    assert found["莲花县抽水蓄能电站"].get("investment_cny") == 6_000_000_000


def test_a_row_fills_the_project_the_story_told_of() -> None:
    r = projects(LIST_PAGE)["萍乡经开区储能电池项目"]
    assert (r.get("stage"), r.get("status")) == ("started", "target")  # the story gave no stage
    assert r.get("location")["county"] == "安源区"
    assert r.get("investor") == "江西萍能科技有限公司"


def test_new_starts_under_a_ceremony_s_lead_are_done() -> None:
    page = ("鹰潭集中开工8个项目\n\n3月16日，鹰潭市一季度重大项目集中开工，本次集中开工的重点项目如下：\n\n"
            + T.join(["序号", "项目名称", "建设地点", "建设性质", "总投资（亿元）"]) + "\n"
            + T.join(["1", "贵溪铜箔二期项目", "贵溪市", "新开工", "12"]) + "\n"
            + T.join(["2", "余江眼镜产业园三期", "余江区", "续建", "5"]) + "\n")
    found = projects(page)
    first = found["贵溪铜箔二期项目"]
    assert (first.get("stage"), first.get("status")) == ("started", "actual")
    assert found["余江眼镜产业园三期"].get("stage") == "under_construction"


def test_a_table_title_over_its_unit_note_opens_no_story() -> None:
    page = ("临夏州12个项目列入省列重大项目\n\n本报讯（记者 马兰）今年全州共有12个项目列入省列重大项目。\n\n"
            "2026年临夏州省列重大项目表\n（单位：亿元）\n\n"
            "序号  项目名称              建设地点  建设性质  总投资\n"
            "1     临夏牛羊肉加工园      临夏县    新开工    5.6\n"
            "2     广河县皮革产业园      广河县    续建      3.4\n")
    d = doc(page)
    assert [a.headline for a in d.articles] == ["临夏州12个项目列入省列重大项目"]


# --- capacity: berths, a name's yearly output over lines counted ------------------------------

def test_berths_with_their_class_are_a_capacity() -> None:
    page = ("九江港湖口港区二期工程开工\n\n3月12日，九江港湖口港区二期工程开工，总投资9亿元，"
            "建设5000吨级泊位6个。\n")
    assert projects(page)["九江港湖口港区二期工程"].get("capacity") == "5000吨级泊位6个"


def test_a_yearly_output_in_the_name_over_the_lines_the_content_counts() -> None:
    page = ("亳州2026年重点项目清单\n\n亳州市公布重点项目清单，新开工项目如下：\n\n"
            + T.join(["序号", "项目名称", "建设地点", "建设内容"]) + "\n"
            + T.join(["1", "年产5万吨中药提取物项目", "谯城区", "新建提取生产线6条及仓库"]) + "\n"
            + T.join(["2", "利辛县纺织产业园", "利辛县", "新建纺纱生产线4条"]) + "\n")
    found = projects(page)
    assert found["年产5万吨中药提取物项目"].get("capacity") == "年产5万吨中药提取物"
    assert found["利辛县纺织产业园"].get("capacity") == "纺纱生产线4条"  # no output named: the lines


# --- batches: parts of a set, a breakdown's cue, heads and size classes, a goal ------------------

def _batches(page: str) -> list[tuple[int, str | None, int | None]]:
    return [(r.get("count"), r.get("event"), r.get("total_cny")) for r in records(page, "batch")]


def test_parts_of_a_set_counted_by_event() -> None:
    page = ("怀化市今年安排省重点项目45个\n\n今年全省共安排省重点建设项目300个，总投资8000亿元。"
            "全市入选项目中，新开工16个、续建21个、竣工8个。\n")
    got = _batches(page)
    assert (16, "started", None) in got and (21, "under_construction", None) in got \
        and (8, "completed", None) in got
    alone = "怀化见闻\n\n调研的项目中，有的已经开工，有的正在建设，进展良好。\n"
    assert _batches(alone) == []


def test_a_breakdown_keeps_its_own_cue() -> None:
    page = ("张家界公布首批重点项目\n\n首批共安排重点项目20个，总投资96亿元。"
            "按建设阶段分，新开工项目8个、续建项目9个、前期项目3个；按投向分，产业项目12个、基础设施项目8个。\n")
    got = dict((c, e) for c, e, _ in _batches(page) if c in (12, 3))
    assert got == {12: "under_construction", 3: "planned"}


def test_a_size_class_and_a_category_head_take_the_list_s_event() -> None:
    page = ("益阳市重点项目计划出炉\n\n今年全市共安排市重点建设项目150个，总投资980亿元。"
            "\n\n今年的计划注重产业，单体投资5亿元以上的项目有42个。\n")
    assert (42, "under_construction", None) in _batches(page)


def test_a_goal_of_turning_reserve_projects_into_starts() -> None:
    page = ("淮南市省重点项目计划下达\n\n今年全市共有省重点项目96个，总投资720亿元。"
            "另有省重点预备项目20个，总投资150亿元，力争年内转化开工8个以上。\n")
    assert (8, "started", None) in _batches(page)


# --- names: a set counted from, an office, a duty, a share in tenths, projects at large ----------

def test_sets_offices_duties_and_shares_are_no_projects() -> None:
    assert _names("全市入选项目中，新开工16个") == []
    assert _names("甲大桥是全县在建项目中投资最大的") == []
    assert _names("市发展改革委重点项目科负责人介绍") == []
    assert _names("各单位要压实项目建设主体责任") == []
    assert _names("新能源和新材料两大产业项目占六成以上") == []
    assert _names("推动纸上的项目尽快变成地上的厂房") == []
    assert _names("湖口港区二期工程建设有序推进") == ["湖口港区二期工程"]  # a name stays one


# --- statistics: a project table's figures ------------------------------------------------------

def test_a_project_table_s_figures_are_no_statistics() -> None:
    page = ("永州市重点项目名单\n\n永州市今年安排重点项目60个。名单如下：\n\n"
            "序号|项目名称|建设地点|建设性质|建设内容\n"
            "1|冷水滩区城市排水管网改造工程|冷水滩区|新开工|新建雨水管网86公里\n"
            "2|江华县污水处理厂扩建工程|江华瑶族自治县|续建|新增日处理污水2万吨\n")
    assert [r.get("value") for r in records(page, "indicator")] == []


# --- articles: a quoted meta line, a commentary's column ----------------------------------------

def test_a_quoted_meta_line_gives_the_reporter() -> None:
    page = ("# 新余出台重点项目保障措施\n\n> 来源：新余日报　　作者：记者 刘晓东　　发布时间：2026-03-10\n\n"
            "本报讯 近日，新余市出台重点项目要素保障十条措施。\n")
    assert doc(page).articles[0].reporters == ["刘晓东"]


def test_a_commentary_s_column_opens_a_piece_of_its_own() -> None:
    page = ("萍乡集中开工12个项目\n\n本报讯（记者 叶青）3月16日，萍乡市集中开工项目12个，总投资58亿元。\n\n"
            "■ 快评\n项目建设要跑出加速度\n一季度是全年的基础，各地要抢抓施工黄金期，把进度往前赶。\n")
    assert [a.headline for a in doc(page).articles] == ["萍乡集中开工12个项目", "项目建设要跑出加速度"]


def test_a_row_s_yearly_output_over_the_lines_the_story_counted() -> None:
    page = ("淮北市省重点项目公布\n\n淮北市今年共有省重点项目60个。在濉溪县，总投资7亿元的陶瓷产业园"
            "已完成3条生产线的设备安装。具体项目如下：\n\n"
            + T.join(["序号", "项目名称", "建设地点", "建设性质", "主要建设内容"]) + "\n"
            + T.join(["1", "濉溪县陶瓷产业园", "濉溪县", "续建",
                      "建设陶瓷生产线3条，年产日用陶瓷5000万件"]) + "\n"
            + T.join(["2", "相山区物流园二期", "相山区", "新开工", "建设仓储中心及配套设施"]) + "\n")
    assert projects(page)["陶瓷产业园"].get("capacity") == "年产日用陶瓷5000万件"
