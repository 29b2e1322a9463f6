"""Senses of figures and counts that make no statistic and no batch (``newsmill.zh.record_senses``).

Each rule on phrasings of its own, with the statistics and batches of a place that must stay.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.record_senses import no_batch, no_statistic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 3, 18))


def _stat(text: str, figure: str, metric: str, unit: str | None = "%") -> bool:
    """``no_statistic`` for the first ``figure`` of ``text``."""
    start = text.index(figure)
    return no_statistic(text, start, metric, unit, start + len(figure))


def _batch(text: str, count: str) -> bool:
    """``no_batch`` for the count phrase ``count`` of ``text``."""
    start = text.index(count)
    return no_batch(text, start, start + len(count))


# --- indicators: markets -------------------------------------------------------------------------------

def test_a_share_or_an_index_moving_is_no_statistic() -> None:
    assert _stat("午后沪深300指数收跌逾1.2%，某某科技跌超6%。", "1.2%", "沪深300指数收跌逾")
    assert _stat("港股方面，某某控股涨约3.4%。", "3.4%", "某某控股涨约")
    assert _stat("早盘某某板块涨幅扩大至2%。", "2%", "某某板块涨幅扩大至")
    assert _stat("日经指数上涨0.9%，韩国综指上涨小于0.1%。", "0.9%", "日经指数")
    assert _stat("某某航运指数上涨95点或6.1%，至1650点。", "6.1%", "某某航运指数上涨95点或")


def test_a_price_or_a_region_growing_stays_a_statistic() -> None:
    assert not _stat("全市居民消费价格同比上涨0.6%。", "0.6%", "居民消费价格")
    assert not _stat("其中鲜菜价格涨4.2%，鲜果价格跌1.1%。", "4.2%", "鲜菜价格涨")
    assert not _stat("全县规上工业增加值增长9.3%。", "9.3%", "规上工业增加值")
    assert not _stat("居民消费价格涨幅控制在3%左右。", "3%", "居民消费价格涨幅控制在")


def test_a_yield_in_basis_points_an_exchange_rate_and_a_quote_are_no_statistic() -> None:
    assert _stat("5年期国债收益率涨2.5个基点。", "2.5个基点", "5年期国债收益率涨", "个基点")
    assert _stat("在岸人民币兑美元16:30收报6.4120元。", "6.4120元", "16:30收报", "CNY")
    assert _stat("某某合约收跌1.8%，报612.5元/吨。", "1.8%", "某某合约")
    assert _stat("今日两市成交额8650亿元。", "8650亿元", "今日两市成交额", "CNY")


def test_a_statistic_turned_into_dollars_at_the_years_rate_stays() -> None:
    assert not _stat("全省人均地区生产总值9.1万元，按年均汇率折算为13200美元。", "13200美元",
                     "按年均汇率折算", "USD")


# --- indicators: firms, persons, contests ---------------------------------------------------------------

def test_a_listed_firms_results_and_holdings_are_no_statistic() -> None:
    assert _stat("某某股份预计2025年归母净利润3.2亿元至3.6亿元，同比增长41%至58%。", "58%",
                 "同比增长41%至")
    assert _stat("某某电气：全年净利同比预增60%。", "60%", "净利同比预增")
    assert _stat("某某控股Q3营收同比增5%至21亿美元。", "21亿美元", "营收同比增5%至", "USD")
    assert _stat("其中某某投资持股比例为35%。", "35%", "持股比例")
    assert _stat("某某集团拟转让股份，占公司总股本的4.8%。", "4.8%", "占公司总股本的")


def test_a_firms_result_set_against_what_was_expected_and_an_analysts_forecast_are_no_statistic() -> None:
    assert _stat("某某银行第三季度净营收58亿美元，市场预估55亿美元。", "58亿美元", "某某银行第三季度净营收",
                 "USD")
    assert _stat("某某电子本季营业利润820亿日元，预估760亿日元。", "820亿日元", "某某电子本季营业利润", "JPY")
    assert _stat("某证券分析师李某表示，铜价年底前有望升至每吨1.1万美元。", "1.1万美元",
                 "铜价年底前有望升至每吨", "USD")


def test_a_places_figure_with_its_hoped_yield_or_an_analysts_word_stays_a_statistic() -> None:
    assert not _stat("今年已协助42家企业增资扩产，投资总额逾260亿元，预估可新增就业5000人。", "260亿元",
                     "投资总额", "CNY")
    assert not _stat("统计局公布的数据达到分析师预测的上限，5月居民消费价格为3.1%。", "3.1%",
                     "居民消费价格为")


def test_a_regions_firms_and_profits_stay_statistics() -> None:
    assert not _stat("全区规上工业企业实现利润总额31.5亿元，增长8.2%。", "31.5亿元", "利润总额", "CNY")
    assert not _stat("股份制企业增长10.6%，外商投资企业增长4.4%。", "10.6%", "股份制企业")
    assert not _stat("新认定制造业单项冠军企业6家。", "6家", "制造业单项冠军企业", "家")
    assert not _stat("今年以来全县企业升规申报11家。", "11家", "企业升规申报", "家")


def test_a_persons_own_money_a_crime_and_one_things_price_are_no_statistic() -> None:
    assert _stat("三年来，她先后拿出8万余元资助村里的学生。", "8万余元", "她先后拿出", "CNY")
    assert _stat("他的果园去年卖了6万多元。", "6万多元", "他的果园去年卖了", "CNY")
    assert _stat("两人盗窃电缆价值3.6万元。", "3.6万元", "两人盗窃电缆价值", "CNY")
    assert _stat("这幅油画的成交价为260万元。", "260万元", "这幅油画的成交价", "CNY")


def test_a_place_told_by_someone_who_speaks_stays_a_statistic() -> None:
    assert not _stat("他说，全县去年接待游客860万人次。", "860万人次", "全县去年接待游客", "人次")
    assert not _stat("其他制造业增加值增长6.1%。", "6.1%", "其他制造业增加值")


def test_a_contests_results_are_no_statistic() -> None:
    assert _stat("在女子49公斤级比赛中，她以抓举92公斤名列第一。", "92公斤", "以抓举", "公斤")
    assert _stat("本届运动会某队夺得14枚金牌，总奖牌数31枚。", "31枚", "总奖牌数", "枚")


# --- batches ---------------------------------------------------------------------------------------------

def test_a_contests_events_are_no_batch() -> None:
    assert _batch("她将参加全部3个项目的比赛。", "3个项目")
    assert _batch("经过两天9个项目的角逐，东道主队列团体第一。", "9个项目")
    assert _batch("今晚将决出两个项目的8强。", "两个项目")


def test_a_firms_deals_and_homes_for_sale_are_no_batch() -> None:
    assert _batch("某某建工联合体中标3个EPC项目。", "3个EPC项目")
    assert _batch("公司目前在执行项目41个，合同金额92亿元。", "项目41个")
    assert _batch("某某置业对外出售的项目还有6个。", "项目还有6个")
    assert _batch("受牵连的IPO项目达到21个。", "项目达到21个")
    assert _batch("两个项目中标金额合计约4.1亿元。", "两个项目")
    assert _batch("本季度计划入市的商品住宅项目9个。", "住宅项目9个")
    assert _batch("已有五个省市发布了重大项目清单。", "五个省市发布了重大项目")


def test_projects_of_a_place_stay_batches() -> None:
    assert not _batch("今年以来，某县新签约项目17个，协议投资额96亿元。", "项目17个")
    assert not _batch("某区今年已引进“三类500强”企业投资项目9个。", "项目9个")
    assert not _batch("某某港开发区新开工项目12个。", "项目12个")
    assert not _batch("滚动实施养老、健身等民生实事项目15个。", "项目15个")
    assert not _batch("全市实施安置住宅项目8个，总投资31亿元。", "项目8个")
    assert not _batch("参加集中开工的项目共26个，总投资118亿元。", "项目共26个")


# --- through the pipeline --------------------------------------------------------------------------------

def test_a_market_report_yields_no_indicator_and_a_regions_report_keeps_its_own() -> None:
    page = ("收评：三大指数午后回落\n\n"
            "截至收盘，沪指跌0.42%，深证成指跌0.87%，两市成交额9120亿元。\n\n"
            "某县前两月经济运行平稳\n\n"
            "1—2月，某县规上工业增加值同比增长8.4%，社会消费品零售总额21.3亿元，同比增长6.2%。\n")
    metrics = [str(r.get("metric")) for r in records(page, "indicator")]
    assert not any("沪指" in m or "成指" in m or "成交额" in m for m in metrics), metrics
    assert any("工业增加值" in m for m in metrics) and any("零售总额" in m for m in metrics), metrics


def test_a_contest_report_yields_no_batch() -> None:
    page = "全省运动会举重赛落幕\n\n在两天12个项目的比赛中，某市队夺得5枚金牌。\n"
    assert records(page, "batch") == []
