"""Rules the misses of the hundred-and-thirty-second held-out set called for, each on phrasings of its own.

The set is a week's economic round-up and a month's project schedule of Shanxi and Heilongjiang: a
weekly digest of one-line items under bracketed county names and under triangles, a city's monthly
table of key projects printed with single spaces between its cells, a progress report of a city's key
works, and the indicators of the cities and counties.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.tables import spaced_row_spans
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _cleaned(page: str) -> str:
    return doc(page).text


def _batches(page: str) -> list[tuple[object, object]]:
    return [(r.get("count"), r.get("total_cny")) for r in records(page, "batch")]


# --- cleaning: a table set with single spaces keeps its rows -----------------------------------------

_TABLE = ("柳川市2026年重点项目推进情况（部分）\n"
          "序号 项目名称 建设内容 总投资（万元） 年度计划 1-9月完成 形象进度\n"
          "1 北坡区年产3万吨碳纤维项目 新建原丝车间、碳化车间及配套设施 98000 40000 36500 "
          "主体完工，设备安装60%\n"
          "2 东湾县粮食烘干仓储中心项目 建设烘干塔6座、仓房4栋 26000 12000 11800 已投用\n"
          "3 南岭区污水处理厂扩建工程 新增日处理能力3万吨 18000 9000 4200 管网铺设\n")
_PAGE = ("本报讯（记者 周明）9月以来，全市重点项目建设持续提速，各地抢抓施工黄金期，推动项目早投产、"
         "早见效，确保完成全年目标任务。\n\n")


def test_the_one_line_rows_of_a_single_spaced_table_are_found() -> None:
    rows = spaced_row_spans(_TABLE)
    texts = [_TABLE[a:b] for a, b in rows]
    assert texts[0].startswith("序号 项目名称")
    assert any(t.startswith("1 北坡区年产3万吨碳纤维项目 ") and t.endswith("设备安装60%") for t in texts)
    assert len(rows) == 4


def test_a_single_spaced_table_keeps_its_cell_gaps_and_its_rows_on_a_noisy_page() -> None:
    text = _cleaned(_PAGE + _TABLE)
    assert "1 北坡区年产3万吨碳纤维项目 新建原丝车间" in text
    assert "98000 40000 36500 主体完工，设备安装60%\n2 东湾县" in text


def test_a_wrapped_row_is_no_one_line_row() -> None:
    table = ("序号 项目名称 总投资（亿元） 建设内容\n"
             "1 西河县年产5万吨\n新型建材项目 6.2 新建生产线2条\n")
    assert [table[a:b] for a, b in spaced_row_spans(table)] == ["序号 项目名称 总投资（亿元） 建设内容"]
    assert spaced_row_spans("项目名称 建设内容\n西河县某项目 新建厂房\n") == []


def test_the_projects_of_a_single_spaced_table_are_read_from_its_rows() -> None:
    found = projects(_PAGE + _TABLE)
    assert "北坡区年产3万吨碳纤维项目" in found
    assert found["北坡区年产3万吨碳纤维项目"].get("investment_cny") == 980000000


# --- segmentation: a digest's items opened by triangles ----------------------------------------------

_DIGEST = ("一周经济要闻\n"
           "【北岭县】北岭县年产8万吨饲料项目11月18日投产，总投资1.6亿元。\n"
           "▲11月19日，全市冬季重点项目集中签约活动举行，现场签约项目18个，签约总额96.5亿元。\n"
           "▲据市统计局消息，1至10月，全市社会消费品零售总额326.7亿元，同比增长4.6%。\n")


def test_a_run_of_triangle_items_with_figures_is_read_as_text() -> None:
    assert (18, 9650000000) in _batches(_DIGEST)


def test_triangle_items_credited_to_a_photographer_stay_captions() -> None:
    from newsmill.plugins.segment_news import triangle_item_run

    class _L:
        def __init__(self, text: str) -> None:
            self.text = text

    lines = [_L("▲工人在车间内调试设备，该生产线投资2.1亿元。（记者 李青 摄）"),
             _L("▲项目施工现场，已完成投资60%。（记者 李青 摄）")]
    assert not triangle_item_run(lines, 0)
    items = [_L("▲1至10月，全市外贸进出口总额52.1亿元，同比增长9.8%。"),
             _L("▲11月19日，南坪镇年产2万吨果汁项目开工，总投资1.2亿元。")]
    assert triangle_item_run(items, 0) and triangle_item_run(items, 1)
    assert not triangle_item_run([_L("▲11月19日，南坪镇年产2万吨果汁项目开工。")], 0)


# --- batches: key works counted by 项 ---------------------------------------------------------------


def test_key_works_counted_by_xiang_are_a_batch() -> None:
    page = "本报讯　今年全省共安排重大工程215项，总投资3860亿元，目前已开工196项。\n"
    assert (215, 386000000000) in _batches(page)
    page2 = "本报讯　全县确定民生工程12项，涉及教育、医疗等领域。\n"
    assert not any(c == 12 for c, _t in _batches(page2))


def test_a_group_told_first_with_its_spending_keeps_it_as_its_total() -> None:
    page = "本报讯　今年以来，全市9个文旅项目累计完成投资12.6亿元，带动就业3000余人。\n"
    assert (9, 1260000000) in _batches(page)


# --- furniture: page links with arrows, a table's note, a note of the page's copy ---------------------

def test_page_links_with_arrows_are_furniture() -> None:
    assert classify_text(["◀上一版　　下一版▶"], 0) is not None
    assert classify_text(["←上一版 下一版→ 返回目录"], 0) is not None
    assert classify_text(["上一版的报道引起了读者关注。"], 0) is None


def test_a_tables_unit_and_source_note_is_furniture() -> None:
    assert classify_text(["（单位：亿元　数据来源：县统计局）"], 0) == ("furniture", "source note")
    assert classify_text(["(金额单位：万元，数据来源：市商务局)"], 0) == ("furniture", "source note")
    assert classify_text(["（单位：万元）按照计划，项目将于年底完工。"], 0) is None


def test_a_note_of_where_the_pages_copy_came_from_is_furniture() -> None:
    assert classify_text(["（本版稿件由各县区融媒体中心提供）"], 0) == ("furniture", "source note")
    assert classify_text(["（以上信息由市发展改革委整理）"], 0) == ("furniture", "source note")
    assert classify_text(["稿件由群众提供线索后，记者赶赴现场。"], 0) is None


# --- segmentation: a deck of figures under a one-phrase title ----------------------------------------

def _headlines(page: str) -> list[str]:
    d = doc(page)
    return [a.headline or "" for a in d.articles]


def test_a_deck_of_figures_under_a_title_is_its_subtitle() -> None:
    page = ("全县重点项目11月份推进会召开\n"
            "1至11月完成投资86.4亿元　完成年度计划的102.3%\n\n"
            "本报讯（记者 王晨）12月2日，全县重点项目11月份推进会召开。今年全县共实施重点项目48个，总投资"
            "236.5亿元。\n")
    assert _headlines(page)[0] == "全县重点项目11月份推进会召开"
    page2 = ("全市市级重点工程完成年度计划的94.1%\n"
             "◆ 累计完成投资128.6亿元　9个项目形象进度超过八成\n\n"
             "本报讯（记者 王晨）记者从市发展改革委获悉，今年全市共有市级重点工程42项，总投资568.2亿元。\n")
    assert _headlines(page2)[0] == "全市市级重点工程完成年度计划的94.1%"


def test_a_kicker_of_one_phrase_over_its_title_stays_a_kicker() -> None:
    page = ("前10个月全县固定资产投资增长9.6%\n"
            "西河县项目建设跑出加速度\n\n"
            "本报讯（记者 王晨）今年以来，西河县坚持项目为王，1至10月，全县固定资产投资同比增长9.6%。\n")
    assert _headlines(page)[0] == "西河县项目建设跑出加速度"


# --- segmentation: a photo news telling a sum is a story ---------------------------------------------

def test_a_photo_news_telling_a_sum_is_a_story() -> None:
    page = ("图片新闻\n"
            "11月12日，南坪镇年产3万吨有机肥项目生产车间主体封顶。该项目总投资8600万元，计划明年4月投产。"
            "（通讯员 赵林 摄）\n\n"
            "经济快讯\n【开工】11月10日，北坡乡农村供水工程开工，总投资3200万元。\n")
    assert "图片新闻" in _headlines(page)
    assert any("年产3万吨有机肥项目" in n for n in projects(page))
    page2 = ("图片新闻\n▲11月16日，东湾县年产6万吨饲料项目施工现场，工人正在安装设备。该项目由某公司投资"
             "2.4亿元建设，计划明年6月投产，达产后年产值可达5亿元。\n记者 李青 摄\n\n"
             "经济快讯\n【开工】11月10日，北坡乡农村供水工程开工，总投资3200万元。\n")
    assert "图片新闻" in _headlines(page2)


def test_a_caption_of_a_scene_under_the_label_stays_a_caption() -> None:
    from newsmill.zh.article_layout import photo_news_body
    assert not photo_news_body(["图片新闻", "▲10月22日，观摩组在某开发区热电联产项目现场观摩。"], 1)
    assert photo_news_body(["图片新闻", "", "▲10月22日，某某项目投产，总投资1.2亿元。"], 2)
    assert not photo_news_body(["要闻", "某某项目投产，总投资1.2亿元。（记者 某某 摄）"], 1)


# --- indicators: a works' progress and a table row's figures are no statistics -----------------------

def _metrics(page: str) -> dict[object, object]:
    return {r.get("metric"): r.get("value") for r in records(page, "indicator")}


def test_a_works_progress_share_is_no_statistic() -> None:
    page = ("本报讯　北坡区年产3万吨碳纤维项目今年计划完成投资8亿元，1至10月已完成投资7.1亿元，形象进度80%。"
            "1至10月，全区固定资产投资同比增长8.4%。\n")
    values = _metrics(page)
    assert 80.0 not in values.values()
    assert 8.4 in values.values()


def test_a_table_rows_shares_are_no_statistics() -> None:
    values = _metrics(_PAGE + _TABLE)
    assert 60.0 not in values.values()
