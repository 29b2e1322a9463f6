"""Rules the misses of the eleventh to thirteenth held-out sets called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.projects import company_head, find_names
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 7, 1))


def test_a_store_built_by_what_it_holds_is_the_project_s_capacity() -> None:
    page = ("本报讯 6月28日，某县果蔬冷链物流项目开工，总投资2.5亿元，新建冷库6万吨及分拣中心。\n\n"
            "城西粮食储备库项目同日建成投用，新增仓储能力3万立方米。\n")
    projects = _projects(page)
    assert projects["某县果蔬冷链物流项目"].get("capacity") == "冷库6万吨"
    assert projects["城西粮食储备库项目"].get("capacity") == "仓储能力3万立方米"


def test_a_store_built_is_a_capacity_in_a_table_s_content_column_too() -> None:
    page = ("全省第二批重点项目开工清单\n"
            "序号｜项目名称｜建设地点｜建设规模及内容｜总投资（万元）\n"
            "1｜城北农产品冷链园｜酒泉市肃州区｜扩建气调库4万吨及配套设施｜32000\n"
            "2｜肃州区污水处理厂｜酒泉市肃州区｜建设日处理能力2万吨的处理设施｜18000\n")
    projects = _projects(page)
    assert projects["城北农产品冷链园"].get("capacity") == "气调库4万吨"
    assert projects["肃州区污水处理厂"].get("capacity") == "日处理能力2万吨"


def test_the_jobs_a_class_of_projects_brought_is_a_statistic() -> None:
    page = "本报讯 今年以来，全县签约、开工项目累计新增就业岗位2.4万个，城镇新增就业6800人。\n"
    values = {r.get("value"): r.get("unit") for r in _indicators(page)}
    assert values.get(24000) == "个"
    assert values.get(6800) == "人"


def test_the_jobs_of_one_named_project_are_no_statistic() -> None:
    page = "本报讯 某某食品产业园二期项目新增就业岗位600个。\n"
    assert not _indicators(page)


def test_a_group_s_short_name_heading_a_project_name_is_its_investor() -> None:
    assert company_head("中石油某某天然气储气库项目") == "中石油"
    assert company_head("华电新能源某某风电项目") == "华电新能源"
    assert company_head("中建设计院项目") is None  # 中建 heading the verb 建设
    assert company_head("京东方某某显示项目") is None  # another company, 京东 heading its name
    page = ("本报讯 7月1日，国家电网某某特高压变电站项目开工。"
            "同日，中海油某某液化天然气接收站项目投产。\n")
    projects = _projects(page)
    assert projects["国家电网某某特高压变电站项目"].get("investor") == "国家电网"
    assert projects["中海油某某液化天然气接收站项目"].get("investor") == "中海油"


def test_a_zone_the_tables_do_not_know_is_under_the_division_its_name_opens_with() -> None:
    gaz = Gazetteer.default()
    (m,) = gaz.find("本报讯 东港临港物流园区新签约项目6个。")
    assert (m.zone_name, gaz.value(m)["county"]) == ("东港临港物流园区", "东港区")
    page = ("本报讯 7月1日，宁明边贸产业园区两个项目开工。"
            "某某红木加工项目总投资3亿元，在宁明边贸产业园区建设。\n")
    (r,) = _projects(page).values()
    loc = r.get("location")
    # the page never names the county itself: the zone alone is where the project is
    assert (loc["detail"], loc["county"], loc["city"]) == ("宁明边贸产业园区", None, "崇左市")
    (r,) = _projects(page.rstrip("\n") + "据了解，宁明县今年已引进外资企业5家。\n").values()
    loc = r.get("location")
    assert (loc["detail"], loc["county"]) == ("宁明边贸产业园区", "宁明县")


def test_a_zone_whose_prefix_is_no_division_has_no_region() -> None:
    gaz = Gazetteer.default()
    assert gaz.find("某项目在金港湾物流园区开工。") == []


# -- rules the fourteenth held-out set called for ------------------------------------------------

def test_a_filing_s_code_line_is_furniture_and_its_issuer_heads_the_title() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["股票代码：002917     股票简称：某某科技     公告编号：2024-086"], 0) \
        == ("furniture", "page meta")
    page = ("证券代码：688123        证券简称：某某材料        公告编号：2024-052\n\n"
            "浙江某某新材料股份有限公司\n关于对外投资建设年产3万吨高纯石英砂项目的公告\n\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\n"
            "2024年10月8日，公司召开第二届董事会第九次会议，审议通过了《关于对外投资的议案》。\n\n"
            "1、项目名称：年产3万吨高纯石英砂项目\n2、实施主体：连云港某某石英科技有限公司\n"
            "3、建设地点：江苏省连云港市东海县\n4、建设内容：新建提纯生产线4条\n")
    doc = _doc(page, dt.date(2024, 10, 9))
    (art,) = doc.articles
    title = "浙江某某新材料股份有限公司关于对外投资建设年产3万吨高纯石英砂项目的公告"
    assert art.headline.replace(" ", "") == title
    assert art.source == "浙江某某新材料股份有限公司" and art.kicker is None
    (r,) = [x for x in doc.records if x.kind == "project"]  # no project of the content line
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    assert r.get("investor") == "连云港某某石英科技有限公司"
    assert r.get("location")["county"] == "东海县"


def test_an_infographic_s_labels_and_figures_are_read_as_one_line_each() -> None:
    from newsmill.plugins.clean_linebreaks import figure_under_label
    from newsmill.zh.article_layout import is_figure_line
    assert figure_under_label("新签约项目", "58个") == ""
    assert figure_under_label("58个", "协议投资额420亿元") == "，"
    assert figure_under_label("项目建设稳步推进", "全年完成投资") is None
    assert is_figure_line("规上工业增加值同比增长7.2%")
    assert not is_figure_line("某县新开工项目42个昨日集中开工")
    page = ("某某发布\n2024-12-28 20:10\n\n【图说2024】某某区经济运行成绩单\n\n"
            "2024年，某某区经济运行稳中有进。\n\n新开工项目\n75个\n总投资386亿元\n\n"
            "投产项目\n41个\n\n规上工业增加值\n同比增长7.2%\n\n（数据来源：区统计局  设计：张某）\n")
    doc = _doc(page, dt.date(2024, 12, 28))
    (art,) = doc.articles
    assert art.source == "某某发布" and art.headline == "【图说2024】某某区经济运行成绩单"
    batches = {(b.get("event"), b.get("count"), b.get("total_cny"))
               for b in doc.records if b.kind == "batch"}
    assert batches == {("started", 75, 38_600_000_000), ("in_production", 41, None)}
    (ind,) = [r for r in doc.records if r.kind == "indicator"]
    assert (ind.get("metric"), ind.get("value"), ind.get("growth_pct")) == ("规上工业增加值", 7.2, 7.2)


def test_a_reply_to_a_deputy_opens_on_the_member_addressed() -> None:
    from newsmill.zh.article_layout import is_addressee_line
    assert is_addressee_line("王建国委员：") and is_addressee_line("李某代表：")
    assert not is_addressee_line("李某代表说：")
    page = ("关于县十八届人大二次会议第36号建议的答复\n\n李某代表：\n\n"
            "您提出的建议收悉，现答复如下：城东大道南延段工程已完成可研批复，总投资2.4亿元，计划明年开工。\n")
    doc = _doc(page)
    (art,) = doc.articles
    assert art.headline == "关于县十八届人大二次会议第36号建议的答复"
    (r,) = [x for x in doc.records if x.kind == "project"]
    assert r.get("name") == "城东大道南延段工程" and r.get("investment_cny") == 240_000_000


def test_a_project_named_without_event_takes_the_one_the_next_sentence_tells() -> None:
    page = ("本报讯 某某银行为县中药材仓储物流项目发放贷款5000万元。"
            "该项目总投资2亿元，新增仓储能力4万立方米，已于今年4月开工建设。\n")
    (r,) = _projects(page).values()
    assert (r.get("stage"), r.get("status")) == ("started", "actual")
    assert r.get("investment_cny") == 200_000_000 and r.get("capacity") == "仓储能力4万立方米"


def test_a_land_buyer_s_project_takes_the_buyer_as_investor() -> None:
    page = ("本报讯 6月5日，某某精工机械有限公司以1800万元竞得一宗45亩工业用地，其精密齿轮项目当天开工。"
            "同日摘牌的还有某某新能源科技有限公司。该公司将建设储能电池项目，总投资3亿元，计划9月开工。\n")
    projects = _projects(page)
    assert projects["精密齿轮项目"].get("investor") == "某某精工机械有限公司"
    battery = projects["储能电池项目"]
    assert battery.get("investor") == "某某新能源科技有限公司"
    assert (battery.get("stage"), battery.get("status")) == ("started", "target")


def test_land_sold_and_running_totals_are_statistics_one_company_s_money_is_not() -> None:
    page = ("本报讯 今年以来，某县共出让工业用地16宗、面积940亩。新引进规上企业12家，累计达到260家。"
            "某某公司注册资本3000万美元。某银行将提供意向性融资20亿元。\n")
    found = {(r.get("metric"), r.get("value"), r.get("unit")) for r in _indicators(page)}
    assert found == {("某县共出让工业用地", 16, "宗"), ("某县共出让工业用地面积", 940, "亩"),
                     ("新引进规上企业", 12, "家"), ("规上企业累计", 260, "家")}


def test_a_project_s_share_of_its_total_and_a_park_s_output_are_told_apart() -> None:
    page = ("本报讯 2023年，某某产业园实现规上工业产值58亿元。"
            "某某产业园污水处理厂项目正在进行设备安装，已完成投资6000万元，占总投资的60%。"
            "某某水厂项目已建成通水，日供水能力5万立方米。\n")
    metrics = {r.get("metric") for r in _indicators(page)}
    assert any("规上工业产值" in m for m in metrics) and len(metrics) == 1
    caps = {r.get("name"): r.get("capacity") for r in _doc(page).records if r.kind == "project"}
    assert caps.get("某某水厂项目") == "日供水能力5万立方米"


def test_a_motto_and_engineering_equipment_are_no_project_names() -> None:
    text = "某区坚持项目为王，年产海洋工程装备10万吨的某某基地项目投产。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["某某基地项目"] or \
        "海洋工程" not in " ".join(n.name for n in find_names(text, 0, len(text)))
    page = "本报讯 7月1日，全区坚持项目为王，年产海洋工程装备10万吨的某某基地项目投产。\n"
    assert set(_projects(page)) == {"某某基地项目"}
