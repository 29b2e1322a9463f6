"""Rules the misses of the eighty-fourth held-out set called for, each on phrasings of its own.

The set is PDF pages of a city party paper: a running head repeated inside the columns, narrow
columns cut inside words and figures, headlines printed over two lines, kickers and decks, bylines
with reporters and correspondents, photo captions and an editor's line; projects at every stage, a
county's batch of projects and the half-year's figures.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_linebreaks import capacity_wrap, predicate_wrap, trend_wrap
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 7, 25))

_HEAD = "衡阳日报  2025年7月25日  第2版"


def _page(body: str) -> str:
    return f"衡阳日报\n2025年7月25日  星期五\n第2版  经济\n——————————————\n{body}\n责任编辑 王晓丽\n"


def _articles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


# --- cleaning: a running head inside a column ---------------------------------------------------

def test_a_running_head_inside_a_sentence_of_a_narrow_column_is_taken_out() -> None:
    page = _page("祁东县新材料产业园建成投用\n"
                 "本报讯（记者 谭雅琴）7月20日，祁东县\n"
                 "人民政府与广州市恒晟电子有限公司在广州签\n"
                 "署投资协议书，双方约定在祁东县归阳镇合作\n"
                 f"{_HEAD}\n"
                 "建设电子元器件产业园，项目总投资9亿元，\n"
                 "预计明年底建成。\n")
    clean = doc(page).clean
    assert "双方约定在祁东县归阳镇合作建设电子元器件产业园" in clean
    assert _HEAD not in clean


def test_a_column_goes_on_after_the_running_head_that_cut_it() -> None:
    page = _page("本报讯（通讯员 邓子涵）7月21日，随着塔吊\n"
                 "吊起最后一车混凝土，常宁市光电产业园一期\n"
                 f"{_HEAD}\n"
                 "研发大楼主体封顶，比原计划提前二十天完成\n"
                 "施工节点任务，项目预计年底全面竣工交付。\n"
                 "据介绍，该项目总投资4.2亿元。\n")
    assert "一期研发大楼主体封顶，比原计划提前二十天完成施工节点任务" in doc(page).clean


def test_a_short_last_line_after_a_running_head_keeps_its_break() -> None:
    page = _page("本报讯（记者 谭雅琴）7月20日，耒阳市召开项目\n"
                 "建设推进会，部署下半年重点项目建设工作。\n"
                 f"{_HEAD}\n"
                 "耒阳市新增规上企业12家\n"
                 "本报讯（记者 谭雅琴）上半年，耒阳市新增规上工业企业12家。\n")
    assert ("耒阳市新增规上企业12家", None) in _articles(page)


# --- cleaning: a headline printed over two lines ----------------------------------------------------

def test_a_works_line_over_its_predicate_is_one_title() -> None:
    assert predicate_wrap("衡南县智能装备产业园一期", "综合楼主体顺利封顶")
    assert predicate_wrap("祁阳市农副产品冷链仓储中心", "通过竣工验收")
    assert predicate_wrap("衡东县一批新能源项目", "投产达效")
    assert predicate_wrap("衡山县28个市重点项目", "上半年完成投资超六成")
    assert not predicate_wrap("衡南县召开项目调度会", "通过竣工验收")  # the line above has its own event
    assert not predicate_wrap("衡山县28个市重点项目", "完成投资12.6亿元")  # a figure, no share


def test_a_capacity_cut_from_its_product_goes_on_in_the_next_title_line() -> None:
    assert capacity_wrap("湖南恒达铜业年产5万吨", "精密铜管项目在衡阳高新区开工")
    assert capacity_wrap("某某公司年加工20万立方米", "木材项目签约")
    assert not capacity_wrap("湖南恒达铜业年产5万吨精密铜管", "项目开工")  # nothing cut
    assert not capacity_wrap("湖南恒达铜业年产5万吨", "本报讯（记者 谭雅琴）")


def test_the_economy_of_a_title_line_takes_its_trend_on_the_next_line() -> None:
    assert trend_wrap("一季度全县经济运行", "稳中有进、量质齐升")
    assert trend_wrap("前5个月我市外贸", "持续向好")
    assert not trend_wrap("一季度全县经济运行", "企业订单饱满")  # no trend phrase
    assert not trend_wrap("全县召开经济运行分析会", "持续向好")  # the line above ends on its own event


def test_two_title_lines_on_a_page_are_one_headline() -> None:
    page = _page("衡东县农产品物流园二期\n"
                 "通过竣工验收\n"
                 "本报讯（记者 谭雅琴）7月22日，衡东县农产品物流园二期项目通过竣工验收，总投资2.1亿元。\n")
    assert ("衡东县农产品物流园二期通过竣工验收", None) in _articles(page)


def test_a_deck_restating_the_signing_under_an_event_title_is_the_kicker() -> None:
    page = _page("衡阳—粤港澳产业对接会在深圳举行\n"
                 "现场签约项目12个 协议总投资186.5亿元\n"
                 "本报讯（记者 谭雅琴）7月22日，衡阳—粤港\n"
                 "澳产业对接会在深圳举行，现场签约项目12\n"
                 "个，协议总投资186.5亿元，涉及电子信\n"
                 "息、新材料等领域。\n")
    assert ("衡阳—粤港澳产业对接会在深圳举行", "现场签约项目12个 协议总投资186.5亿元") in _articles(page)
