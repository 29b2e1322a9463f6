"""Rules the misses of the seventieth held-out set called for, each on phrasings of its own.

The set is a securities newspaper's company page: news items retelling listed companies' notices,
a stock table's column header, and the notices themselves (``证券代码：…公告编号：…``, the issuer's
line over ``关于…的公告``, the board's guarantee, numbered parts, ``特此公告。``, the board and
date): an investment agreement signed with a county, a board approving a new base, a project's
later course told in a progress notice (started, put into production), and a share buyback.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_field_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 21))


# --- layout: a progress notice's title under its issuer; the parties of an agreement -------------

PROGRESS = """证券代码：300717        证券简称：沂蒙食品        公告编号：2026-023

山东沂蒙食品科技股份有限公司
关于募集资金投资项目的进展公告

本公司董事会及全体董事保证本公告内容真实、准确和完整。

公司于2025年11月3日披露了投资建设冷链物流中心项目的公告。2026年5月18日，该项目在蒙阴县经济开发区正式开工建设，项目总投资3.2亿元。

特此公告。

山东沂蒙食品科技股份有限公司董事会
2026年5月20日
"""


def test_progress_notice_title_joins_its_issuer() -> None:
    arts = doc(PROGRESS).articles
    assert len(arts) == 1
    assert arts[0].headline.replace(" ", "") == "山东沂蒙食品科技股份有限公司关于募集资金投资项目的进展公告"
    assert arts[0].source == "山东沂蒙食品科技股份有限公司"
    assert arts[0].kicker is None


def test_agreement_parties_are_field_lines() -> None:
    assert is_field_line("甲方：莒县人民政府")
    assert is_field_line("乙方:江苏金湖精工机械股份有限公司")
    assert is_field_line("2.投资主体：临邑华瑞化工有限公司")
    assert is_field_line("资金来源：自有资金")
    assert not is_field_line("甲方乙方携手共建产业园")  # no colon: a title may read so


# --- statistics: a company's filing, a firm's dealings in its own shares ------------------------

FILING_FIGURES = """证券代码：002561        证券简称：庆云钢构        公告编号：2026-019

山东庆云钢结构股份有限公司
关于全资子公司投资建设装配式建筑产业基地的公告

本公司董事会及全体董事保证本公告内容真实、准确和完整。

重要内容提示：
●投资标的名称：装配式建筑产业基地
●投资金额：860,000,000元

一、对外投资概述
公司全资子公司拟在山东省德州市庆云县投资建设装配式建筑产业基地。本次投资计划总额为860,000,000元，其中固定资产投资700,000,000元。

二、对公司的影响
截至2025年末，公司总资产为52.3亿元，净资产为24.6亿元，本次投资不会对公司财务状况产生重大影响。

三、风险提示
项目尚需办理用地、环评等手续，敬请投资者注意投资风险。

特此公告。

山东庆云钢结构股份有限公司董事会
2026年5月20日
"""

SHARE_DEALS = """公司动态

本报记者  方一鸣

今年以来，多家公司发布回购计划。江淮汽配拟以不低于2000万元、不超过4000万元回购股份；另有一家公司的控股股东计划增持，增持金额不低于1500万元。

全市今年以来新增上市公司3家，募集资金总额达到26.8亿元，同比增长18.5%。
"""


def test_company_filing_gives_no_statistic() -> None:
    assert records(FILING_FIGURES, "indicator") == []


def test_share_dealings_give_no_statistic_but_scope_sentence_does() -> None:
    found = {r.get("value") for r in records(SHARE_DEALS, "indicator")}
    assert not found & {20000000, 40000000, 15000000}
    assert 3 in found  # 全市…新增上市公司3家: a statistic of the city, kept


# --- project names: permits, a card's site, a phase's contents, share investors -------------------

def names(text: str) -> list[str]:
    from newsmill.zh.projects import find_names
    return [n.name for n in find_names(text, 0, len(text))]


def test_permit_names_no_works() -> None:
    assert names("目前项目已办结用地手续，并领取了建设工程规划许可证。") == []
    assert names("该公司取得建筑工程施工许可证后，年产2万吨饲料项目随即开工。") == ["年产2万吨饲料项目"]


def test_card_site_field_is_no_works() -> None:
    assert names("4.项目地址：山东省日照市五莲县洪凝工业园\n") == []
    assert names("1.项目名称：五莲县洪凝工业园标准化厂房项目\n") == ["五莲县洪凝工业园标准化厂房项目"]


def test_main_contents_of_a_phase_are_no_works() -> None:
    assert names("二期主要新建冷藏库、分拣车间及配套物流中心，计划年底完工。") == []
    assert names("项目一期主要建设输液袋、滴管等医疗器械洁净生产车间及仓储物流中心，计划投资2亿元。") == []
    assert names("该工程主要建设污水处理站及中水回用设施。") == []
    assert names("公司主要建设者均来自本地。") == []


def test_share_investors_name_no_works() -> None:
    assert names("分析人士提醒，投资者宜关注项目审批进度。") == []
    assert names("广大投资者应关注项目后续进展。") == []


# --- batches: projects counted, then their figures one by one --------------------------------------

EACH = ("""沂南县两个项目同日开工

本报讯（记者 马晓彤）5月18日，沂南县的肉制品深加工项目和包装材料项目同日开工，"""
"""三个项目的计划总投资分别为3.5亿元、2亿元和1.2亿元。

当天，全县还集中开工项目12个，总投资36亿元。
""")


def test_projects_counted_then_told_each_are_no_batch() -> None:
    counts = {r.get("count") for r in records(EACH, "batch")}
    assert 3 not in counts
    assert 12 in counts  # ``集中开工项目12个，总投资36亿元``: a batch as before


# --- cleaning: a stock table's column header standing alone -------------------------------------

def test_market_table_header_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import market_header
    assert market_header("证券代码   证券简称   最新价(元)   涨幅(%)   成交量(万股)")
    assert market_header("名称  开盘  收盘  最高  最低  涨跌额  涨跌幅（%）")
    assert not market_header("代码  简称")  # too few columns
    assert not market_header("项目名称  建设地点  总投资(亿元)  建设年限")  # a table of works
    page = ("今年以来，板块整体走强。\n\n股票代码    股票名称    收盘价(元)    涨跌幅(%)    总市值(亿元)\n\n"
            "全市新签约项目18个。\n")
    d = doc(page)
    at = d.clean.index("涨跌幅")
    assert any(d.clean_span(r.raw_start, r.raw_end)[0] <= at < d.clean_span(r.raw_start, r.raw_end)[1]
               for r in d.regions_of("furniture"))


# --- investors: the firm a filing or a story retelling filings is about ---------------------------

RETOLD = """多家公司披露投资进展

本报记者  魏思齐

5月19日晚间，多家上市公司披露投资进展。

山东临朐精机股份有限公司公告，其全资子公司在临朐县投资建设的年产5000台数控机床项目已于近日开工，该项目总投资6.5亿元。

另一家公司金湖阀业则在公告中称，公司位于江苏省金湖县的智能阀门产业园项目已建成投产。

蒙阴果业、莒县纺织分别发布进展公告，蒙阴果业位于蒙阴县的黄桃罐头加工项目已于5月8日投产，莒县纺织在莒县建设的高档面料项目则于5月12日开工。
"""

FILED = """证券代码：300861        证券简称：高唐纸业        公告编号：2026-031

山东高唐纸业股份有限公司
关于投资建设年产20万吨生活用纸项目的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。

重要内容提示：
●投资标的名称：年产20万吨生活用纸项目
●投资金额：9.8亿元

一、对外投资概述
公司于2026年5月18日召开董事会，同意公司在山东省聊城市高唐县投资建设年产20万吨生活用纸项目，项目总投资9.8亿元。

二、对公司的影响
本次投资有利于扩大公司产能。

三、风险提示
项目尚需办理用地、环评等手续，敬请投资者注意投资风险。

特此公告。

山东高唐纸业股份有限公司董事会
2026年5月20日
"""


def test_retold_filings_name_the_firms_investing() -> None:
    found = {r.get("name"): r.get("investor") for r in records(RETOLD, "project")}
    assert found.get("年产5000台数控机床项目") == "山东临朐精机股份有限公司"
    assert found.get("智能阀门产业园项目") == "金湖阀业"
    assert found.get("黄桃罐头加工项目") == "蒙阴果业"
    assert found.get("高档面料项目") == "莒县纺织"


def test_filing_issuer_invests_when_told_as_the_company() -> None:
    found = {r.get("name"): r.get("investor") for r in records(FILED, "project")}
    assert found.get("年产20万吨生活用纸项目") == "山东高唐纸业股份有限公司"


# --- stage and status: a signing told done, then the works agreed; a board's approval ------------

SIGNED_AGREED = """县域签约

本报记者  魏思齐

五莲石材股份有限公司公告，公司已与五莲县人民政府签订《项目合作协议》，将在五莲经济开发区投资建设石材智能加工产业园项目，项目总投资约8亿元。

临邑化工近日公告，公司计划与临邑县人民政府签订投资协议，力争在临邑经济开发区建设年产10万吨新材料项目。
"""

BOARD = ("""公司速览

【鄄城纺织拟建新基地】鄄城纺织(603455)5月19日晚间公告,公司董事会审议通过议案,"""
         """同意全资子公司在山东省鄄城县投资建设高端家纺生产基地,项目总投资6.8亿元,将分两期建设。(记者 魏思齐)

【东明石化扩产】东明石化公告,公司已于5月18日在东明县开工建设年产20万吨聚丙烯项目,将于明年建成。(记者 魏思齐)
""")


def test_signing_done_then_works_agreed_is_actual() -> None:
    found = projects(SIGNED_AGREED)
    park = next(r for n, r in found.items() if n and "石材智能加工产业园" in n)
    assert (park.get("stage"), park.get("status")) == ("signed", "actual")
    plan = next(r for n, r in found.items() if n and "新材料" in n)
    assert plan.get("status") == "target"  # a signing only planned stays a target


def test_board_approval_is_planned_actual() -> None:
    found = projects(BOARD)
    base = next(r for n, r in found.items() if n and "家纺生产基地" in n)
    assert (base.get("stage"), base.get("status")) == ("planned", "actual")
    started = next(r for n, r in found.items() if n and "聚丙烯" in n)
    assert started.get("stage") == "started"  # no board's approval: the start as told


# --- dates: a filing's day, a board's day; each project's own clause -----------------------------

DAYS = ("""两家公司项目进展

本报讯（记者 魏思齐）5月19日晚间，高唐纸业、莘县食品分别发布进展公告。"""
        """高唐纸业位于高唐县的年产20万吨生活用纸项目已于5月16日开工，"""
        """莘县食品在莘县建设的冷链物流中心项目则已于5月10日投产。
""")

BRIEF = ("""公司速览

【临邑化工拟建新材料基地】临邑化工(002887)5月18日晚间公告,公司董事会审议通过议案,"""
         """同意全资子公司在临邑县投资建设年产5万吨新材料项目,项目总投资9亿元。(记者 魏思齐)

【莒县电子开工】莒县电子5月18日在莒县经济开发区开工建设年产500万片电路板项目。(记者 魏思齐)
""")


def test_each_project_takes_its_own_clauses_day() -> None:
    found = {n: r.get("date") for n, r in projects(DAYS).items()}
    assert found.get("年产20万吨生活用纸项目") == "2026-05-16"
    assert found.get("冷链物流中心项目") == "2026-05-10"


def test_a_filings_day_dates_no_event() -> None:
    found = {n: r.get("date") for n, r in projects(BRIEF).items()}
    assert found.get("年产5万吨新材料项目") is None  # 5月18日晚间公告: the filing's day
    assert found.get("年产500万片电路板项目") == "2026-05-18"  # the day of the start itself


# --- sums given in turn to the projects named before ----------------------------------------------

IN_TURN = ("""两个项目同日开工

本报讯（记者 魏思齐）5月18日，冠县的智能仓储物流园项目开工，"""
           """莘县的预制菜加工项目同日开工，两个项目的总投资分别为4.2亿元和2.6亿元。

另有三个项目分别在冠县、莘县和高唐县签约。
""")


def test_sums_given_in_turn_go_to_the_projects_in_order() -> None:
    found = {n: r.get("investment_cny") for n, r in projects(IN_TURN).items()}
    assert found.get("智能仓储物流园项目") == 420000000
    assert found.get("预制菜加工项目") == 260000000


def test_sums_in_turn_not_as_many_as_projects_go_nowhere() -> None:
    page = ("两个项目签约\n\n本报讯（记者 魏思齐）冠县的甲醇储运项目和莘县的钢构厂房项目签约，"
            "三家企业的计划总投资分别为1亿元、2亿元和3亿元。\n")
    assert all(r.get("investment_cny") is None for r in projects(page).values())


def test_this_years_spending_in_turn_is_no_sum() -> None:
    page = ("重点项目加快建设\n\n本报讯（记者 魏思齐）冠县的甲醇储运项目、莘县的钢构厂房项目将加快建设，"
            "年内完成投资分别不低于1亿元和8000万元。\n")
    assert all(r.get("investment_cny") is None for r in projects(page).values())


# --- a card's yield: the works' yearly revenue ------------------------------------------------------

CARD = """证券代码：603916        证券简称：莒州机械        公告编号：2026-027

山东莒州机械股份有限公司
关于投资建设农机零部件产业园项目的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。

一、对外投资概述
公司拟在山东省日照市莒县投资建设农机零部件产业园项目。

二、投资项目的基本情况
1、项目名称：农机零部件产业园项目
2、建设地点：山东省日照市莒县
3、投资总额：520,000,000元
4、经济效益：项目全部达产后，预计年均销售收入约900,000,000元

三、风险提示
项目尚需办理用地、环评等手续，敬请投资者注意投资风险。

特此公告。

山东莒州机械股份有限公司董事会
2026年5月20日
"""


def test_card_yield_is_the_works_yearly_output() -> None:
    found = projects(CARD)
    park = next(r for n, r in found.items() if n and "农机零部件产业园" in n)
    assert park.get("annual_output_cny") == 900000000
    assert park.get("investment_cny") == 520000000  # the sum stays the card's total


# --- the zone a later event of a story's one project is held in -----------------------------------

LATER_SITE = """证券代码：300927        证券简称：郓州食品        公告编号：2026-033

山东郓州食品股份有限公司
关于对外投资项目的进展公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。

一、对外投资概述
公司于2026年2月10日召开第二届董事会第八次会议，同意公司在山东省菏泽市郓城县投资建设年产3万吨预制菜项目，项目计划总投资3.6亿元。

二、项目进展情况
截至本公告披露日，项目已取得施工许可证。2026年5月15日，项目在郓城经济开发区举行开工仪式，正式开工建设。

三、风险提示
项目建设过程中可能受到多种因素影响，敬请广大投资者注意投资风险。

特此公告。

山东郓州食品股份有限公司董事会
2026年5月20日
"""


def test_later_events_zone_is_the_detail() -> None:
    kitchen = next(r for n, r in projects(LATER_SITE).items() if n and "预制菜" in n)
    assert kitchen.get("stage") == "started"
    assert kitchen.get("location")["detail"] == "郓城经济开发区"
    assert kitchen.get("date") == "2026-05-15"


# --- a finished project's money spent in all is its sum ------------------------------------------

DONE_SUM = ("""两项目进展

本报记者  魏思齐

庆云钢构在进展公告中称，位于庆云县的年产8万吨钢结构项目已建成投产，该项目累计投资3.1亿元。"""
            """临邑化工则表示，位于临邑县的年产2万吨助剂项目正在加紧建设，该项目累计投资1.2亿元。
""")


def test_finished_projects_money_spent_is_its_sum() -> None:
    found = {n: r.get("investment_cny") for n, r in projects(DONE_SUM).items()}
    assert found.get("年产8万吨钢结构项目") == 310000000
    assert found.get("年产2万吨助剂项目") is None  # still building: the money spent so far
