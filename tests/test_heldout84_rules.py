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


# --- projects -----------------------------------------------------------------------------------

def test_talks_over_terms_and_the_matters_of_a_landing_are_negotiation() -> None:
    got = projects("本报讯（记者 谭雅琴）目前，衡阳高新区在谈项目18个。其中，广东一家电子企业拟投资3.6亿元"
                   "建设的智能穿戴设备项目已进入合同条款磋商阶段。\n")
    assert got["智能穿戴设备项目"].get("stage") == "negotiating"
    landed = projects("本报讯（记者 谭雅琴）7月8日，衡南县与湖南恒达铜业有限公司签约，后者投资5亿元建设的"
                      "精密铜管项目落地衡南工业园。\n")
    assert landed["精密铜管项目"].get("stage") == "signed"  # a landing, no talks


def test_the_latter_of_two_parties_invests() -> None:
    got = projects("本报讯（记者 谭雅琴）7月14日，常宁市与上海云"
                   "启数据科技有限公司签订投资协议，后者将投资8亿元"
                   "在常宁高新区建设智能算力中心项目。\n")
    assert got["智能算力中心项目"].get("investor") == "上海云启数据科技有限公司"
    alone = projects("本报讯（记者 谭雅琴）7月14日，常宁市签约一批"
                     "项目。后者将投资8亿元建设智能算力中心项目。\n")
    assert alone["智能算力中心项目"].get("investor") is None  # no party named before in the sentence


def test_that_company_investing_a_sum_in_a_later_paragraph_is_the_firm_of_the_story() -> None:
    page = ("本报讯（记者 谭雅琴）7月10日，湖南恒达铜业有限公司年产5万吨精密铜管项目在衡南工业园投产。\n"
            "“这条生产线自动化程度很高。”公司负责人说。\n"
            "同日，该公司投资3.2亿元的二期年产8万吨铜合金线材项目开工建设。\n")
    assert projects(page)["二期年产8万吨铜合金线材项目"].get("investor") == "湖南恒达铜业有限公司"


def test_a_holding_firm_named_with_investing_in_its_name_is_the_investor() -> None:
    page = ("本报讯（记者 谭雅琴）近日，衡阳高新区光电产业园"
            "一期项目全面竣工。该项目由衡阳高新区投资控股集团"
            "有限公司投资3.8亿元建设。\n")
    assert projects(page)["衡阳高新区光电"
                          "产业园一期项目"].get("investor") == "衡阳高新区投资控股集团有限公司"
    town = ("本报讯（记者 谭雅琴）近日，祁东县标准厂房项目主"
            "体封顶。该项目由祁东县城市建设投资发展集团有限公司"
            "投资建设。\n")
    assert projects(town)["祁东县标准厂房项目"].get("investor") == "祁东县城市建设投资发展集团有限公司"


def test_what_a_works_mainly_builds_in_the_next_clause_is_no_project() -> None:
    got = projects("本报讯（记者 谭雅琴）7月14日，耒阳市与北京某"
                   "科技有限公司签约，后者将投资6亿元建设数字产业园"
                   "项目，主要建设数据中心、直播基地和研发楼。\n")
    assert "数据中心" not in got and "直播基地" not in got
    assert "数字产业园项目" in got


def test_fireworks_heading_a_name_are_no_brand() -> None:
    got = projects("本报讯（记者 谭雅琴）7月10日，浏阳市烟花爆竹智能仓储物流园项目开工，总投资4.5亿元。\n")
    r = next(v for k, v in got.items() if "仓储物流园" in k)
    assert r.get("investor") is None


# --- batches --------------------------------------------------------------------------------------

def _batches(page: str) -> list[tuple]:
    return [(r.get("count"), r.get("event"), r.get("total_cny")) for r in records(page, "batch")]


def test_rounds_of_ceremonies_counted_in_pi_are_no_batch() -> None:
    got = _batches("本报讯（记者 谭雅琴）衡东县今年已举行3批重大项目集"
                   "中开工活动，共开工项目36个，总投资88.5亿元。\n")
    assert (3, "started", None) not in got and (36, "started", 8850000000) in got


def test_the_whole_a_part_is_counted_of_is_no_batch_of_the_part_s_event() -> None:
    got = _batches("本报讯（记者 谭雅琴）今年，衡山县共有28个项目"
                   "列入省市重点项目，总投资96.2亿元。截至6月底，"
                   "28个项目中已开工22个，开工率78.6%，累计完成投资21.3亿元。\n")
    assert (22, "started", None) in got
    assert all(not (c == 28 and e == "started") for c, e, _t in got)
    assert all(t != 2130000000 for _c, _e, t in got)  # the spending done is no batch's total


# --- indicators -----------------------------------------------------------------------------------

def _metrics(page: str) -> list[str]:
    return [r.get("metric") for r in records(page, "indicator")]


def test_the_parties_to_talks_and_the_firms_a_works_may_bring_in_are_no_statistic() -> None:
    got = _metrics("本报讯（记者 谭雅琴）当天，招商小分队与5家"
                   "企业就新材料项目进行了深入洽谈。该项目建成后，"
                   "可引进配套企业30家以上。\n")
    assert not any(m and "企业" in m for m in got)
    kept = _metrics("本报讯（记者 谭雅琴）上半年，衡阳市新增规上工业企业56家。\n")
    assert any(m and "规上工业企业" in m for m in kept)


def test_a_firm_investing_at_a_place_before_its_sum_is_the_investor() -> None:
    got = projects("本报讯（记者 谭雅琴）7月16日，衡阳—长沙产业对接会举行。其中，湖南湘源新材料有限公司将在"
                   "衡阳高新区投资6.8亿元，建设年产3000吨氮化硅陶瓷项目。\n")
    assert got["年产3000吨氮化硅陶瓷项目"].get("investor") == "湖南湘源新材料有限公司"
    town = projects("本报讯（记者 谭雅琴）7月16日，祁东县将在归"
                    "阳镇投资2亿元，建设农产品冷链物流中心项目。\n")
    assert town["农产品冷链物流中心项目"].get("investor") is None  # a county, no firm


def test_a_firm_told_only_as_one_of_a_place_is_no_investor() -> None:
    got = projects("本报讯（记者 谭雅琴）7月15日，常宁市招商小分队赴佛山考察，佛山一家陶瓷企业拟投资4亿元"
                   "建设年产1万吨特种陶瓷项目，双方正就用地细节进一步磋商。\n")
    assert got["年产1万吨特种陶瓷项目"].get("investor") is None


def test_the_main_venue_s_works_lie_in_the_town_the_ceremony_is_held_in() -> None:
    page = ("本报讯（记者 谭雅琴）7月9日，衡南县三季度重大项目集中开工仪式在云集镇举行，12个项目集中开工。"
            "主会场设在年产2万吨铜箔项目现场。该项目由湖南恒达铜业有限公司投资6亿元建设。\n")
    loc = projects(page)["年产2万吨铜箔项目"].get("location")
    assert loc["detail"] == "云集镇"
    elsewhere = ("本报讯（记者 谭雅琴）7月9日，衡南县三季度重大项目集中开工仪式在云集镇举行。"
                 "在分会场，耒阳市年产1万吨铜管项目同步开工。\n")
    got = projects(elsewhere)
    r = next(v for k, v in got.items() if "铜管" in k)
    assert (r.get("location") or {}).get("detail") != "云集镇"  # a branch venue in another county


def test_a_line_named_new_built_then_told_put_into_production_in_a_month_is_in_production() -> None:
    page = ("本报讯（记者 谭雅琴）走进祁阳市黎家坪镇的湖南祁瓷新材料有限公司，新建成的氧化锆陶瓷生产线"
            "正开足马力生产。这条生产线投资8000万元，今年4月正式投产，年产值可达1.5亿元。\n")
    r = projects(page)["氧化锆陶瓷生产线"]
    assert (r.get("stage"), r.get("date")) == ("in_production", "2025-04")
    assert r.get("investor") == "湖南祁瓷新材料有限公司"  # the firm the reporter walks into
    plan = ("本报讯（记者 谭雅琴）走进祁阳市黎家坪镇的湖南祁瓷新材料有限公司，新建成的氧化锆陶瓷生产线"
            "正在调试。这条生产线投资8000万元，计划10月正式投产。\n")
    assert projects(plan)["氧化锆陶瓷生产线"].get("stage") == "completed"  # a plan is no later news


def test_a_works_not_right_after_the_firm_walked_into_is_not_its_own() -> None:
    page = ("本报讯（记者 谭雅琴）走进祁阳市黎家坪镇的湖南祁瓷新材料有限公司，记者了解到，园区内新建成的"
            "氧化锆陶瓷生产线正开足马力生产，投资8000万元。\n")
    r = projects(page).get("氧化锆陶瓷生产线")
    assert r is None or r.get("investor") != "湖南祁瓷新材料有限公司"


def test_a_batch_told_after_the_story_s_one_project_keeps_its_own_figures() -> None:
    page = ("本报讯（记者 谭雅琴）走进衡东县大浦镇的湖南衡泰"
            "新材料有限公司，新建成的碳纤维预浸料生产线正满负荷"
            "运转。这条生产线投资2.2亿元，今年3月正式投产。\n"
            "今年以来，衡东县新材料产业新投产项目5个，新增产能8万吨。\n")
    r = projects(page)["碳纤维预浸料生产线"]
    assert r.get("capacity") != "新增产能8万吨"
    alone = ("本报讯（记者 谭雅琴）走进衡东县大浦镇的湖南衡泰"
             "新材料有限公司，新建成的碳纤维预浸料生产线正满负荷"
             "运转。这条生产线投资2.2亿元，今年3月正式投产，年产值可达3亿元。\n")
    assert projects(alone)["碳纤维预浸料生产线"].get("annual_output_cny") == 300000000


def test_a_section_label_of_two_words_joined_by_a_dot_is_no_kicker() -> None:
    page = _page("县域·经济\n"
                 "一期竣工 二期开建\n"
                 "衡南县铜箔产业园一期项目竣工\n"
                 "本报讯（记者 谭雅琴）7月9日，衡南县铜箔产业园一期项目竣工，总投资5亿元。\n")
    assert ("衡南县铜箔产业园一期项目竣工", "一期竣工 二期开建") in _articles(page)
    from newsmill.zh.article_layout import is_column_label
    assert is_column_label("园区·产业") and not is_column_label("衡南县·铜箔产业园一期项目")


def test_the_firm_of_the_story_builds_more_inside_its_works() -> None:
    page = ("本报讯（记者 谭雅琴）7月11日，位于衡东县大浦镇"
            "的农产品冷链物流中心项目通过竣工验收。该项目由衡阳市"
            "鲜丰供应链管理有限公司投资1亿元建设。\n"
            "下一步，公司还将在中心内建设一条果蔬分拣生产线。\n")
    got = projects(page)
    r = next(v for k, v in got.items() if "果蔬分拣生产线" in k)
    assert r.get("investor") == "衡阳市鲜丰供应链管理有限公司"
    other = ("本报讯（记者 谭雅琴）7月11日，衡东县召开项目推进"
             "会。下一步，县里将在园区内建设一条果蔬分拣生产线。\n")
    r2 = next((v for k, v in projects(other).items() if "果蔬分拣生产线" in k), None)
    assert r2 is None or r2.get("investor") is None


def test_kinds_of_works_talks_were_about_are_no_projects() -> None:
    got = projects("本报讯（记者 谭雅琴）当天，招商小分队还与4家企业就高压开关智能生产线、特种电缆等项目"
                   "进行了深入洽谈。\n")
    assert not got
    named = projects("本报讯（记者 谭雅琴）当天，衡南县与湖南恒达铜业有"
                     "限公司就年产5万吨精密铜管项目进行了深入洽谈。\n")
    assert any(k.endswith("年产5万吨精密铜管项目") for k in named)  # one named works talked over stays


def test_a_capacity_of_products_listed_before_their_kind() -> None:
    page = ("本报讯（记者 谭雅琴）7月10日，湖南衡泰新材料有限公司陶瓷材料项目在衡东县投产，可年产"
            "氧化铝球、蜂窝陶瓷等工业陶瓷5万吨，总投资2亿元。\n")
    r = next(v for k, v in projects(page).items() if "陶瓷材料" in k)
    assert r.get("capacity") == "年产氧化铝球、蜂窝陶瓷等工业陶瓷5万吨"
    one = ("本报讯（记者 谭雅琴）7月10日，衡东县陶瓷材料项目投产，可年产工业陶瓷5万吨，总投资2亿元。\n")
    r1 = next(v for k, v in projects(one).items() if "陶瓷材料" in k)
    assert r1.get("capacity") == "年产工业陶瓷5万吨"  # one product, as before


def test_firms_signed_to_move_into_one_park_are_no_statistic() -> None:
    got = _metrics("本报讯（记者 谭雅琴）近日，衡阳高新区光电产业"
                   "园一期项目竣工。目前，已有6家光电企业签约入驻，"
                   "其中2家已开始设备安装。\n")
    assert not any(m and "企业" in m for m in got)
    kept = _metrics("本报讯（记者 谭雅琴）上半年，衡阳高新区新引进光电企业12家。\n")
    assert any(m and "企业" in m for m in kept)


def test_the_matters_of_a_landing_still_worked_on_are_no_landing() -> None:
    got = projects("本报讯（记者 谭雅琴）目前，衡南县与湖南恒达铜业有限公司正抓紧对接年产5万吨精密铜管项目"
                   "落地事宜。\n")
    r = next(v for k, v in got.items() if k.endswith("精密铜管项目"))
    assert r.get("stage") != "signed"
