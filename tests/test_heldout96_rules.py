"""Rules the misses of the ninety-sixth held-out set called for, each on phrasings of its own.

The set is statistics releases and economy pages of a province's cities: a city government's
release of the first three quarters with its menu and footer, a city paper's economy page out of a
PDF where projects signed and started sit beside the figures, and a city paper's page in
Traditional characters with inline pinyin.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, imprint_line, office_ad
from newsmill.plugins.extract_indicators.patterns import topic_metric
from newsmill.plugins.segment_news import _comparison_gloss
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 29))


def _kind(line: str) -> str | None:
    got = classify_text([line], 0)
    return got[0] if got else None


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(page).items() if n and part in n)
    return {k: f.value for k, f in r.fields.items()}


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


# --- cleaning: a spaced font-size button, a masthead's page in numerals, an imprint, an office's ad --

def test_a_font_size_button_of_three_spaced_letters_is_a_tool() -> None:
    assert _kind("[ 大 中 小 ]　[ 打印 ]　[ 关闭 ]") == "furniture"
    assert _kind("【 大 中 小 】") == "furniture"
    assert _kind("[ 大中型企业 ]") is None


def test_a_masthead_s_page_in_chinese_numerals_is_furniture() -> None:
    head = "营口日报　2025年9月17日　星期三　第三版　区县新闻　责编：韩露　美编：袁明　校对：林可"
    assert _kind(head) == "furniture"
    assert _kind("营口日报  2025年9月17日  第十二版  经济") == "furniture"
    assert _kind("营口日报第三版刊登了全市经济运行情况的报道，读者反响热烈") is None


def test_an_imprint_opened_by_its_publisher_is_furniture() -> None:
    assert imprint_line("阜新日报社出版　地址：阜新市细河区中华路　邮编：123000　印刷：阜新日报社印刷厂")
    assert not imprint_line("阜新日报社出版了一本画册")
    assert not imprint_line("阜新日报社出版　地址：阜新市细河区中华路")  # no post code, no licence


def test_a_paper_s_advertising_office_offering_its_business_is_an_advert() -> None:
    assert office_ad("辽阳日报社广告中心承接各类广告业务　电话：0419-2123456")
    assert _kind("抚顺传媒集团广告部诚接分类广告　热线：024-57501234") == "furniture"
    assert not office_ad("辽阳日报社广告中心承接了全市多场招商推介会的宣传工作")


# --- articles: a piece after a label; a heading telling only how the figures compare ---------------

def test_a_piece_after_a_bracketed_label_takes_no_page_label_source() -> None:
    page = ("盖州市人民政府\n首页 > 数据发布 > 统计数据\n\n前三季度盖州市经济运行情况\n\n"
            "来源：盖州市统计局　　发布时间：2025-10-28 10:20　　阅读次数：612\n\n"
            "前三季度，全市地区生产总值186.2亿元，同比增长5.9%。\n\n"
            "【数据解读】工业生产回升势头明显\n\n"
            "市统计局有关负责人表示，三季度全市规模以上工业增加值增长8.1%。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].source == "盖州市统计局"
    assert arts[-1].headline == "工业生产回升势头明显" and arts[-1].source is None


def test_a_gloss_comparing_the_figures_yields_the_title_to_the_period_s_line() -> None:
    page = ("大石桥日报 2025年10月22日 星期三\n\n多项指标增速高于全市平均水平\n前三季度我市经济稳中向好\n\n"
            "本报讯（记者 孟凡）前三季度，全市地区生产总值完成203.6亿元，同比增长6.1%。\n")
    art = next(a for a in doc(page).articles if a.headline)
    assert art.headline == "前三季度我市经济稳中向好" and art.kicker == "多项指标增速高于全市平均水平"


def test_a_gloss_with_no_period_line_beside_it_keeps_its_reading() -> None:
    assert _comparison_gloss(["多项指标增速高于全市平均水平", "前三季度我市经济稳中向好"], 0)
    assert not _comparison_gloss(["工业增速领跑全省", "镁产业链条再延伸"], 0)
    assert not _comparison_gloss(["前三季度工业增速居全省前列", "镁产业链条再延伸"], 0)


# --- indicators: a statistic named as a topic, ranks, periods, business entities, project investment --

def test_a_topic_names_the_statistic_of_the_places_rates_after_it() -> None:
    text = "规模以上工业增加值增速方面，灯塔市增长12.6%"
    assert topic_metric(text, 0, text.index("灯塔市")) == (0, 9)
    assert topic_metric("分县（市、区）看，灯塔市增长12.6%", 0, 9) is None
    page = ("前三季度，辽阳市经济运行平稳。\n规模以上工业增加值增速方面，灯塔市增长12.6%，居全市首位。\n")
    got = _indicators(page)
    assert any(g["region"] == "灯塔市" and g["metric"] == "规模以上工业增加值" and g["value"] == 12.6
               for g in got), got
    assert any(g["metric"] == "规模以上工业增加值增速全市排名" and g["value"] == 1 for g in got), got


def test_a_rank_over_the_counties_of_the_whole() -> None:
    page = "前三季度，新宾县固定资产投资增长15.2%，增速居全市各县（市、区）首位。\n"
    got = [g for g in _indicators(page) if g["unit"] in ("位", "名")]
    assert got and got[0]["value"] == 1 and got[0]["period"] == "2025-01/2025-09", got


def test_a_ranked_figure_takes_the_period_told_in_its_own_clause() -> None:
    page = "据统计，前三季度清原县社会消费品零售总额增长6.3%，增速居全市第一。\n"
    got = [g for g in _indicators(page) if g["unit"] in ("位", "名")]
    assert got and got[0]["period"] == "2025-01/2025-09", got


def test_a_record_in_a_span_is_no_period_of_what_follows() -> None:
    page = ("三季度，全市规模以上工业增加值增长9.2%，为年内单季最高；社会消费品零售总额增长4.7%。\n")
    got = {g["metric"]: g["period"] for g in _indicators(page)}
    assert got.get("社会消费品零售总额") == "2025-Q3", got


def test_a_month_told_with_fen_holds_for_its_paragraph_only() -> None:
    page = ("前三季度，彰武县地区生产总值增长5.8%。\n9月份，全县居民消费价格同比上涨0.4%。\n"
            "分县（区）看，新邱区规模以上工业增加值增长7.6%。\n")
    got = {g["metric"]: g["period"] for g in _indicators(page)}
    assert got.get("居民消费价格") == "2025-09", got
    assert [p for m, p in got.items() if m.endswith("规模以上工业增加值")] == ["2025-01/2025-09"], got


def test_business_entities_are_counted_and_project_investment_is_a_class() -> None:
    page = ("1—9月，全市新登记经营主体1.82万户，同比增长6.7%。"
            "全市固定资产投资增长2.1%，其中项目投资增长8.8%。\n")
    got = {g["metric"]: g["value"] for g in _indicators(page)}
    assert got.get("新登记经营主体") == 18200 and got.get("项目投资") == 8.8, got


def test_one_project_s_investment_growth_stays_its_own() -> None:
    page = "今年，甲公司扩建项目投资增长20%，新增生产线2条。\n"
    assert not [g for g in _indicators(page) if g["metric"] == "项目投资"]


# --- projects: joined steps, 同月, named blocks ----------------------------------------------------

def test_two_steps_of_one_goods_joined_by_ji_are_one_name() -> None:
    page = "签约项目中，榆树镇榛子精深加工及冷链物流项目投资4亿元。\n"
    assert any("榛子精深加工及冷链物流项目" in (n or "") for n in projects(page)), list(projects(page))
    page = "签约项目中，甲食品加工厂及乙冷链物流项目分别投资2亿元、1亿元。\n"
    assert not any("加工厂及乙冷链" in (n or "") for n in projects(page)), list(projects(page))


def test_a_start_told_in_the_same_month_takes_that_month() -> None:
    page = ("项目建设提速。9月下旬，清原县年产5000吨中药饮片项目竣工投产。"
            "同月，总投资1.8亿元的南口前镇林下经济产业园项目开工。\n")
    r = _project(page, "林下经济产业园项目")
    assert r.get("date") == "2025-09", r


def test_a_named_block_of_streets_is_works_a_class_of_blocks_is_not() -> None:
    page = "辽河畔文旅街区项目已完成主体施工，计划12月开街。\n"
    r = _project(page, "文旅街区项目")
    assert r.get("stage") == "under_construction", r
    assert not projects("各地要加快建设特色街区项目，提升消费活力。\n")
