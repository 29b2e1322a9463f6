"""Rules the misses of the hundred-and-twenty-fifth held-out set called for, each on phrasings of its own.

The set is listed companies' investment notices as securities and finance papers print them, for works
in Hebei, Shandong and Henan: boards' approvals, agreements signed with a county's government, funds
raised and approved, a column of firms' items led by their short names and stock codes, stock tables
and the indicators of a province's listed firms.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.orgs import find_orgs
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 14))


def _indicators(page: str) -> dict[str, tuple[object, object]]:
    return {r.get("metric"): (r.get("value"), r.get("region")) for r in records(page, "indicator")}


# --- cleaning: a finance page's furniture ------------------------------------------------------------

def test_an_investment_disclaimer_is_furniture() -> None:
    assert classify_text(["本版内容仅供参考，不构成任何投资建议。投资者据此操作，风险自负。"], 0) \
        == ("furniture", "disclaimer")
    assert classify_text(["以上行情数据仅供参考，不作为投资依据"], 0) == ("furniture", "disclaimer")


def test_a_sentence_calling_a_figure_a_reference_stays() -> None:
    assert classify_text(["这一数据仅供参考，最终结果以统计部门公布的为准。"], 0) is None


def test_an_investors_hotline_and_a_service_number_make_a_contact_line() -> None:
    assert classify_text(["本刊投资者热线：027-85631190　　电子信箱：tzz@jcjr.cn"], 0) \
        == ("furniture", "contact line")
    assert classify_text(["长江财经报社出版　　投资者服务热线：800-630-2288"], 0) is not None


def test_a_sentence_on_a_hotline_opened_stays() -> None:
    assert classify_text(["公司开通了投资者服务热线，方便股东咨询分红事宜。"], 0) is None


def test_a_dated_folio_under_the_papers_name_is_furniture() -> None:
    texts = ["楚天证券报", "2026年5月14日 星期四　第A05版　公司新闻　　编辑：鲍启航　校对：戴晓宁"]
    assert classify_text(texts, 1) == ("furniture", "page header")


def test_a_dated_sentence_naming_an_editor_stays() -> None:
    texts = ["楚天证券报", "2026年5月14日，编辑部收到读者来信，反映某小区第5期工程延误。"]
    assert classify_text(texts, 1) is None


def test_rows_under_a_stock_tables_header_are_furniture() -> None:
    texts = ["股票代码　　股票名称　　最新价　　涨跌幅(%)",
             "002716　鄂中科技　18.62　　-1.35",
             "688392　江汉材料　42.10　　3.08"]
    assert classify_text(texts, 0) == ("furniture", "market table header")
    assert classify_text(texts, 1) == ("furniture", "market table row")
    assert classify_text(texts, 2) == ("furniture", "market table row")


def test_a_row_of_figures_with_no_table_above_stays() -> None:
    texts = ["全市重点项目一览", "600123　某某项目　12.5　　8.3"]
    assert classify_text(texts, 1) is None


def test_a_long_imprint_with_an_advertising_licence_is_flagged() -> None:
    page = ("荆楚财经导报社出版　　地址：武汉市江汉区建设大道一千零八十八号　　"
            "广告许可证：鄂工商广字第0218号\n\n"
            "某县前4月规上工业增加值增长6.1%。\n")
    d = doc(page)
    assert any(d.raw[r.raw_start:r.raw_end].startswith("荆楚财经导报社出版")
               for r in d.regions_of("furniture"))


# --- articles: a column of firms' items ----------------------------------------------------------------

COLUMN = """沿江县域迎来新项目

本报讯（记者 祁远舟）5月12日，湖北省宜昌市枝江市与一家企业签约建设新材料产业园，总投资20亿元。

上市公司动态

江汉材料（688392）5月13日晚间公告，公司拟在湖北省孝感市大悟县投资建设年产3万吨电子级氢氟酸项目，项目总投资6.6亿元。

鄂中科技（002716）公告，公司控股子公司在湖北省荆门市京山市建设的年产20万套汽车座椅项目已于5月10日投产。
"""


def test_a_column_label_over_items_led_by_stock_codes_opens_an_article() -> None:
    heads = [a.headline for a in doc(COLUMN).articles]
    assert heads == ["沿江县域迎来新项目", "上市公司动态"]


def test_a_column_label_over_plain_paragraphs_stays_in_its_story() -> None:
    page = COLUMN.replace("江汉材料（688392）", "江汉材料公司").replace("鄂中科技（002716）", "鄂中科技公司")
    assert [a.headline for a in doc(page).articles][0] == "沿江县域迎来新项目"
    assert "上市公司动态" not in [a.headline for a in doc(page).articles][1:]


def test_each_firms_item_is_sited_by_its_own_places() -> None:
    found = projects(COLUMN)
    assert found["年产3万吨电子级氢氟酸项目"].get("location")["county"] == "大悟县"
    assert found["年产20万套汽车座椅项目"].get("location")["county"] == "京山市"


# --- projects: where and at what stage ------------------------------------------------------------------

def test_a_works_built_in_a_chain_of_places_is_sited_at_the_last() -> None:
    page = ("公司动态\n\n甲方公司（600111）公告，公司控股子公司某某板材有限公司在湖北省荆州市公安县的"
            "年产10万立方米板材项目"
            "已于5月6日投产。\n\n乙方科技（600222）公告，公司拟使用自有资金3.2亿元，在安徽省六安市霍邱县建设"
            "铁精粉深加工项目，项目已完成备案。\n")
    assert projects(page)["铁精粉深加工项目"].get("location")["county"] == "霍邱县"


def test_an_intent_told_before_a_bare_building_verb_makes_the_works_planned() -> None:
    page = ("丙丁股份（300555）公告，公司拟以募集资金4.5亿元在江西省九江市彭泽县投资设立全资子公司，"
            "建设年产8万吨锂电铜箔项目。\n")
    r = projects(page)["年产8万吨锂电铜箔项目"]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_works_told_under_way_after_the_intent_stay_under_construction() -> None:
    page = "丙丁股份公告，公司拟投资4.5亿元扩大产能，目前正在加快建设年产8万吨锂电铜箔项目。\n"
    assert projects(page)["年产8万吨锂电铜箔项目"].get("stage") == "under_construction"


def test_an_intent_after_a_signing_keeps_the_works_signed() -> None:
    page = ("戊己材料（688666）公告称，公司于5月12日与江西省九江市彭泽县人民政府签订投资协议，"
            "拟投资约9亿元在彭泽工业园建设年产5万吨电解液项目。\n")
    assert projects(page)["年产5万吨电解液项目"].get("stage") == "signed"


def test_a_day_after_a_done_mark_is_past_whatever_plan_came_before() -> None:
    page = ("庚辛电气（301888）公告，公司拟在安徽省六安市霍邱县投资2.4亿元建设储能柜生产线项目，"
            "项目已于5月8日取得备案。\n")
    assert projects(page)["储能柜生产线项目"].get("date") == "2026-05-08"


def test_a_day_a_plan_sets_stays_ahead() -> None:
    page = "庚辛电气公告，公司拟于3月18日开工建设储能柜生产线项目，总投资2.4亿元。\n"
    assert projects(page)["储能柜生产线项目"].get("date") == "2027-03-18"


def test_funds_going_to_projects_name_no_works() -> None:
    page = "今年以来，全省上市公司募集资金96.4亿元，其中投向省内项目建设的资金超过60亿元。\n"
    assert not any("投向" in str(n) for n in projects(page))


# --- indicators: a province's listed firms --------------------------------------------------------------

def test_a_places_class_of_listed_firms_is_no_firms_name() -> None:
    text = "截至4月底，安徽省境内上市公司达178家。江西省A股上市公司共有94家。"
    assert not any("上市公司" in o.name for o in find_orgs(text, [(6, 9), (21, 24)]))


def test_a_listed_firms_full_name_stays_an_org() -> None:
    text = "安徽恒远新材料股份有限公司发布公告。"
    assert [o.name for o in find_orgs(text, [(0, 2)])] == ["安徽恒远新材料股份有限公司"]


def test_the_region_of_a_provinces_listed_firms_is_the_province() -> None:
    page = ("安徽上市公司再添新军\n\n本报讯 记者从安徽证监局获悉，截至4月底，安徽省境内上市公司达178家，"
            "总市值2.31万亿元。从地区看，合肥、芜湖两市上市公司数量居前。\n")
    found = _indicators(page)
    assert found["境内上市公司"] == (178, "安徽省")


def test_summed_results_of_a_places_listed_firms_are_statistics() -> None:
    page = ("江西上市公司一季度营收增长\n\n本报讯 今年一季度，全省上市公司合计实现营业收入1268.4亿元，"
            "同比增长3.9%；"
            "实现净利润86.2亿元，同比增长5.4%。\n")
    assert _indicators(page).get("净利润", (None,))[0] == 8620000000


def test_one_firms_net_profit_is_no_statistic() -> None:
    page = "鄂中科技公告，今年一季度公司实现营业收入12.6亿元，实现归属于上市公司股东的净利润1.2亿元。\n"
    assert "净利润" not in _indicators(page)


def test_a_shares_turnover_after_its_price_is_no_statistic() -> None:
    page = "受此消息影响，5月13日江汉材料股价上涨5.12%，收于42.10元/股，成交额2.6亿元。\n"
    assert "成交额" not in _indicators(page)


def test_a_markets_turnover_of_a_place_stays() -> None:
    page = "今年前4个月，某市农产品批发市场成交额86.3亿元，同比增长7.2%。\n"
    assert "成交额" in " ".join(str(m) for m in _indicators(page))


def test_a_filing_day_naming_the_filing_firm_between_dates_no_event() -> None:
    page = ("5月12日晚，江汉材料（688392）发布公告，公司董事会审议通过议案，同意公司在湖北省孝感市大悟县"
            "投资建设年产3万吨电子级氢氟酸项目。\n")
    assert projects(page)["年产3万吨电子级氢氟酸项目"].get("date") is None


def test_a_day_of_the_works_after_the_firm_stays() -> None:
    page = "5月12日，江汉材料投资建设的年产3万吨电子级氢氟酸项目在湖北省孝感市大悟县开工。\n"
    assert projects(page)["年产3万吨电子级氢氟酸项目"].get("date") == "2026-05-12"


def test_a_boards_consent_naming_the_subsidiary_in_full_makes_the_works_planned() -> None:
    page = ("鄂中科技（002716）公告，公司董事会审议通过议案，同意控股子公司荆门鄂中汽车部件有限公司在湖北省"
            "京山经济开发区投资建设汽车座椅骨架生产基地。\n")
    r = projects(page)["汽车座椅骨架生产基地"]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_a_batch_members_intent_keeps_the_batchs_event() -> None:
    page = ("5月12日，某县举行招商引资项目集中签约仪式，签约项目6个，总投资48亿元。"
            "其中，某某新材料有限公司拟投资12亿元在某县经济开发区建设年产3万吨碳纤维项目。\n")
    assert projects(page)["年产3万吨碳纤维项目"].get("stage") == "signed"
