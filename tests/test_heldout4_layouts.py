"""Layouts the fourth held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text, site_furniture
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.cues import PLAN_RE
from newsmill.zh.tables import find_wrapped_tables, is_figures_row, is_table_line


@pytest.mark.parametrize("line", [
    "上一篇：某县召开项目观摩推进会",
    "下一条: 某区举办重点企业座谈会",
    "您的位置：首页 » 新闻动态 » 乡镇街道",
    "主办单位：某市人民政府办公厅  承办：某市大数据中心",
    "阅读 3056",
    "阅读 2.4万  点赞 18",
    "分享 收藏 在看",
    "写留言",
    "某某融媒  2024-02-03 19:05  发表于湖北",
    "扫码在手机上浏览本页",
    "发布日期：2022-11-02  来源：某市发展改革委  作者：办公室  字号：[ 大 中 小 ]  浏览次数：105",
])
def test_portal_and_app_lines_are_furniture(line: str) -> None:
    assert site_furniture(line) is not None
    found = classify_text([line], 0)
    assert found is not None and found[0] == "furniture"


@pytest.mark.parametrize("line", [
    "上一年度全市完成投资120亿元，同比增长9.1%，主要指标稳中有进。",
    "发布会上，市统计局介绍了一季度主要经济指标的运行情况",
    "阅读推广活动在某县图书馆启动",
    "主办方介绍，本次展会共吸引参展企业300余家",
    "首页设计大赛颁奖",
])
def test_sentences_opening_like_furniture_are_kept(line: str) -> None:
    assert site_furniture(line) is None
    assert classify_text([line], 0) is None


def test_a_long_meta_line_with_a_bracketed_font_switch_gives_its_source() -> None:
    line = ("发布时间：2021-09-30 10:15:42　　来源：某某县人民政府办公室　　"
            "字号：[ 大 中 小 ]　　浏览次数：1034")
    assert len(line) > 60
    c = parse_credit_line(line)
    assert c is not None and c.source is not None and c.source.text == "某某县人民政府办公室"
    assert parse_credit_line("据了解，" + "某" * 70 + "。") is None


@pytest.mark.parametrize(("line", "row"), [
    ("粮食产量(万吨)        412.6      2.3        1980.4      1.7", True),
    ("指标名称    3月    增速(%)    1-3月    增速(%)", True),
    ("城镇居民人均可支配收入(元)   —    —    21056    5.2", True),
    ("某某公司年产值达到12亿元  同比增长8%  带动就业300人", False),
])
def test_rows_of_a_statistics_table_are_table_lines(line: str, row: bool) -> None:
    assert is_table_line(line) is row
    if row:
        assert is_figures_row(line.split())


_WRAPPED = """序号 项目名称 建设单位 投资额
（万元）
1 某某县农村供水保障提
升工程 某某水务投资有限公司 8600
2 智能装备制造产业园 某某精工机械有限公司 25000
3 某某镇文旅综合体项目 某某文化旅游发展集团 12000

其他内容。
"""


def test_a_pdf_table_with_wrapped_cells_gives_one_row_per_number() -> None:
    tables = find_wrapped_tables(_WRAPPED)
    assert len(tables) == 1
    t = tables[0]
    assert t.roles == ("number", "name", "investor", "investment") and t.unit == "万元"
    names = [t.cell(r, "name").text for r in t.rows]
    assert names == ["某某县农村供水保障提升工程", "智能装备制造产业园", "某某镇文旅综合体项目"]
    first = t.cell(t.rows[0], "name")
    assert "\n" in _WRAPPED[first.start:first.end]  # the cell's span covers the wrap
    assert [t.cell(r, "investment").text for r in t.rows] == ["8600", "25000", "12000"]
    assert find_wrapped_tables("序号 名单\n1 张三\n") == []  # no project column


def test_projects_of_a_wrapped_table_take_the_header_unit_and_the_caption_event() -> None:
    page = ("某市日报  2023年5月9日  星期二  第3版\n\n某市二季度重大项目集中开工\n\n"
            "本报讯（记者 某某）5月8日，某市二季度重大项目集中开工活动举行。\n\n"
            "某市二季度集中开工项目（部分）\n\n"
            "序号 项目名称 投资额\n（亿元） 建设内容\n"
            "1 某某新能源电池材料\n产业园项目 36.5 建设正极材料生产线\n"
            "2 某某冷链物流园项目 4.2 建设冷库及分拣中心\n\n"
            "活动要求，各地要加快项目建设。\n")
    doc = Pipeline().process(page)
    assert len(doc.articles) == 1
    got = {r.get("name"): (r.get("investment_cny"), r.get("stage"))
           for r in doc.records if r.kind == "project"}
    assert got["某某新能源电池材料产业园项目"] == (3_650_000_000, "started")
    assert got["某某冷链物流园项目"] == (420_000_000, "started")


def test_figure_labels_and_nouns_are_no_plan_markers() -> None:
    text = "年度计划投资12亿元，计划总投资30亿元，强化要素保障，主要领域，重要节点"
    assert PLAN_RE.search(text) is None
    assert PLAN_RE.search("计划年内开工") is not None
    assert PLAN_RE.search("各部门要加快") is not None


def _records(page: str, kind: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 9, 15))
    return [r for r in doc.records if r.kind == kind]


def test_month_on_month_rates_and_table_rows_are_statistics() -> None:
    page = ("某省统计局\n\n2024年8月份全省经济运行情况\n\n"
            "8月份，全省规模以上工业增加值同比增长4.8%，环比增长0.31%。全省居民消费价格同比上涨0.5%，"
            "环比下降0.1%。\n\n"
            "指标名称                  8月份      同比增长(%)     1-8月份     同比增长(%)\n"
            "原煤产量(万吨)            812.5      -3.2           6420.8      1.6\n"
            "出口总额(亿元)            95.4       12.7           701.2       8.3\n")
    got = {(r.get("metric"), r.get("period")): (r.get("value"), r.get("unit"), r.get("growth_pct"))
           for r in _records(page, "indicator")}
    assert got[("规模以上工业增加值(环比)", "2024-08")] == (0.31, "%", 0.31)
    assert got[("居民消费价格(环比)", "2024-08")] == (-0.1, "%", -0.1)
    assert got[("原煤产量", "2024-08")] == (812.5, "万吨", -3.2)
    assert got[("原煤产量", "2024-01/2024-08")] == (6420.8, "万吨", 1.6)
    assert got[("出口总额", "2024-01/2024-08")] == (70_120_000_000, "CNY", 8.3)


def test_plans_capacities_and_notes_around_statistics() -> None:
    page = ("某县召开重点项目推进会\n\n"
            "今年某县共推进重点项目80个，总投资520亿元，年度计划投资96亿元。"
            "总投资6亿元的某某食品项目已于5月建成投产，目前日加工鲜果300吨。"
            "1-6月，全县固定资产投资（不含农户）同比增长9.4%。\n")
    inds = _records(page, "indicator")
    assert not any(r.get("value") in (9_600_000_000, 300) for r in inds)
    fixed = [r for r in inds if r.get("value") == 9.4]
    assert len(fixed) == 1 and fixed[0].get("metric") == "固定资产投资"


def test_counts_and_parts_of_works_are_no_project_names() -> None:
    page = ("某区农业项目投产\n\n本报讯 近日，某区某某镇3个农业产业化项目相继投产。"
            "总投资12亿元的某某新材料项目主体工程已完成70%，预计年底投产；"
            "该项目已建成8栋标准化厂房。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert "某某新材料项目" in names
    assert not any("个" in n or "栋" in n or n == "主体工程" for n in names)


def test_a_batch_singled_out_with_qizhong_and_batches_under_way() -> None:
    page = ("某市重大项目集中签约\n\n本报讯 6月2日，某市集中签约项目40个，总投资210亿元。"
            "其中，制造业项目22个，总投资136亿元。今年某市共安排市级重点项目300个，总投资1800亿元。"
            "上半年，全市95个省重点项目累计完成投资310亿元。\n")
    events = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert events[40] == "signed" and events[22] == "signed"
    assert events[300] == "under_construction" and events[95] == "under_construction"


def test_month_parts_date_events_and_daily_capacities() -> None:
    page = ("某县项目建设提速\n\n本报讯 总投资6亿元的某某饲料项目已于8月底在某某工业园建成投产，"
            "目前日产饲料900吨。某某储能电池项目于7月中旬主体封顶，达产后年产储能电池8GWh的产能。"
            "投资1.5亿元的某某大米加工项目近日投产，年可加工稻谷3万吨。\n")
    got = {r.get("name"): (r.get("date"), r.get("capacity")) for r in _records(page, "project")}
    assert got["某某饲料项目"] == ("2024-08", "日产饲料900吨")
    assert got["某某储能电池项目"][0] == "2024-07"
    assert got["某某储能电池项目"][1].startswith("年产储能电池8GWh")
    assert got["某某大米加工项目"][1] == "年可加工稻谷3万吨"


@pytest.mark.parametrize(("sentence", "detail"), [
    ("在桥头镇，总投资2亿元的某某果蔬分拣中心项目于5月8日正式开工。", "桥头镇"),
    ("位于某某临港开发区的某某船舶配件项目5月8日开工，总投资3亿元。", "某某临港开发区"),
    ("例如某某经济开发区的某某轴承项目，投资5亿元，5月8日开工。", "某某经济开发区"),
    ("总投资4亿元的某某包装材料项目已于4月底在某某工业园建成投产。", "某某工业园"),
    ("白沙镇生态茶园提升项目总投资1.2亿元，5月8日开工。", "白沙镇"),
])
def test_a_town_or_zone_around_the_name_is_the_detail(sentence: str, detail: str) -> None:
    page = "桐庐县项目建设\n\n本报讯 桐庐县重点项目建设提速。" + sentence + "\n"
    projects = _records(page, "project")
    assert len(projects) == 1
    loc = projects[0].get("location")
    assert loc is not None and loc.get("county") == "桐庐县" and loc.get("detail") == detail


def test_a_section_line_under_the_masthead_is_no_kicker() -> None:
    page = ("某 某 日 报\n2024年3月5日 星期二\n要闻·综合 2\n\n某区一批项目集中签约\n\n"
            "本报讯（记者 王某）3月4日，某区集中签约项目12个，总投资86亿元。\n")
    doc = Pipeline().process(page)
    assert [a.headline for a in doc.articles] == ["某区一批项目集中签约"]
    assert doc.articles[0].kicker is None


def test_a_hospital_or_school_building_is_a_project() -> None:
    page = ("桐庐县项目建设\n\n本报讯 5月8日，投资3.6亿元的桐庐县第一人民医院住院楼顺利封顶。"
            "总投资1.2亿元的某某中学教学楼同日开工。\n")
    got = {r.get("name"): (r.get("stage"), r.get("investment_cny")) for r in _records(page, "project")}
    assert got["桐庐县第一人民医院住院楼"] == ("under_construction", 360_000_000)
    assert got["某某中学教学楼"][1] == 120_000_000


def test_an_investor_heading_a_list_item_before_its_amount() -> None:
    page = ("桐庐县外资项目签约\n\n本报讯 5月8日，桐庐县集中签约外资项目6个。其中，"
            "韩国某某化学株式会社追加投资8000万美元，扩建某某涂料生产线；"
            "某某控股旗下企业拟投资12亿港元建设某某冷链物流园项目。\n")
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert got["某某冷链物流园项目"] == "某某控股"
    assert any(inv == "韩国某某化学株式会社" for inv in got.values())


def test_ji_yishang_after_an_amount_is_at_least() -> None:
    page = "某县出台政策\n\n本报讯 对年纳税500万元及以上的企业给予奖励，对投资1亿元以上项目给予支持。\n"
    money = {m.surface: (m.value, m.attributes["qualifier"])
             for m in Pipeline().process(page).mentions if m.kind == "money"}
    assert money["500万元及以上"] == (5_000_000, "at_least")
    assert money["1亿元以上"] == (100_000_000, "more_than")
