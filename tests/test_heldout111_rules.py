"""Rules the misses of the hundred-and-eleventh held-out set called for, each on phrasings of its own.

The set is a county government site's releases: a year's list of key projects headed by its classes,
a quarter's progress of the key projects with a statistics release under it, a signing ceremony with
short items under ``相关新闻``, each page framed by the site's menu, crumbs, meta line, tool links and
footer.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, gapped_tools, related_posts
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _counts(page: str) -> list[object]:
    return [r.get("count") for r in records(page, "batch")]


# --- cleaning: a government site's furniture ------------------------------------------------------------

def test_blocks_of_tools_apart_by_gaps_are_one_tool_line() -> None:
    assert gapped_tools("字号：大 中 小　　【打印此页】　【关闭本页】")
    assert classify_text(["字体: 大 中 小  打印本页 关闭窗口"], 0) == ("furniture", "page tools")
    assert classify_text(["【打印此页】　【关闭本页】"], 0) is not None


def test_a_tool_block_beside_a_sentence_is_no_tool_line() -> None:
    assert not gapped_tools("字号：大 中 小　　武宁县一季度规上工业增加值增长8.1%")
    assert not gapped_tools("打印本页")


def test_a_menu_of_names_apart_by_single_blanks_after_the_home_link() -> None:
    assert classify_text(["首页 新闻中心 信息公开 办事服务 公众参与"], 0) == ("furniture", "crumbs")
    assert classify_text(["首页 新闻中心"], 0) is None


def test_a_long_meta_line_of_labelled_fields_apart_by_single_blanks() -> None:
    line = "发布日期: 2026-03-18 10:22 信息来源: 武宁县工业和信息化局 作者: 柯晓岚 阅读次数: 1204"
    assert classify_text([line], 0) == ("furniture", "page meta")
    sentence = "来源: 据县统计局数据，一季度全县规上工业增加值同比增长8.2%，增速高于全市平均水平1.2个百分点。"
    assert classify_text([sentence], 0) is None


def test_a_search_box_with_its_advanced_search_and_an_attachment_to_download() -> None:
    assert classify_text(["输入关键词　检索　高级搜索"], 0) == ("furniture", "page tools")
    assert classify_text(["附件下载：武宁县2026年重点项目表.xlsx"], 0) == ("furniture", "page tools")
    assert classify_text(["附件下载后请各乡镇认真核对项目信息。"], 0) is None


def test_a_hint_on_the_screen_or_browser_to_view_the_site_with() -> None:
    assert classify_text(["建议使用1366×768以上分辨率浏览本站"], 0) == ("furniture", "source note")
    assert classify_text(["推荐使用Chrome浏览器访问本网站"], 0) == ("furniture", "source note")
    assert classify_text(["建议使用节能设备的企业及时申报技改补贴。"], 0) is None


def test_a_related_information_label_over_a_release_title_and_its_meta_line() -> None:
    meta = "发布时间：2026-04-20 16:10　　来源：武宁县统计局"
    texts = ["【相关信息】", "", "武宁县一季度经济运行简况", "", meta]
    assert related_posts(texts) == [0]
    assert related_posts(["【相关信息】", "", "短", "", "短句"]) == []


# --- projects: a year's list of key projects headed by its classes ---------------------------------------

_PLAN = ("武宁县2026年重点项目计划印发\n\n"
         "　　日前，武宁县印发2026年重点项目计划，全年安排重点项目86个，总投资412亿元。\n\n"
         "　　（一）续建项目\n\n"
         "　　1．武宁县城北污水处理厂扩建工程。总投资2.6亿元，计划年底前建成投运。\n\n"
         "　　（二）新开工项目\n\n"
         "　　2．武宁县船滩镇茶叶精深加工项目。总投资1.8亿元，计划6月开工。\n\n"
         "　　（三）预备项目\n\n"
         "　　3．武宁县罗坪镇抽水蓄能电站项目。总投资约70亿元，正在开展预可研。\n\n"
         "　　4．武宁县巾口乡康养小镇项目。拟投资9亿元，力争年内开工。\n")


def test_a_works_carried_on_is_under_way_whatever_its_list_item_aims_at() -> None:
    r = next(r for name, r in projects(_PLAN).items() if "污水处理厂" in str(name))
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")


def test_a_reserve_works_reporting_no_event_is_in_preparation() -> None:
    r = next(r for name, r in projects(_PLAN).items() if "抽水蓄能" in str(name))
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


def test_a_new_start_and_a_reserve_works_aimed_at_a_start_keep_their_aim() -> None:
    found = projects(_PLAN)
    tea = next(r for name, r in found.items() if "茶叶" in str(name))
    spa = next(r for name, r in found.items() if "康养" in str(name))
    assert (tea.get("stage"), tea.get("status")) == ("started", "target")
    assert (spa.get("stage"), spa.get("status")) == ("started", "target")


def test_a_name_inside_book_title_marks_closed_by_a_plans_word_is_a_document() -> None:
    assert _names("日前，市政府印发《修水县2026年重大项目推进方案》，明确了全年目标。") == []
    found = _names("根据《重点项目建设计划》，修水县杭口镇蚕桑产业园项目今年开工。")
    assert found == ["修水县杭口镇蚕桑产业园项目"]


# --- batches ---------------------------------------------------------------------------------------

def test_rounds_a_plan_splits_a_collective_event_into_are_no_batch() -> None:
    assert 3 not in _counts("今年，修水县计划分三批组织重点项目集中签约，全年签约项目不少于30个。\n")
    assert 30 in _counts("今年，修水县计划分三批组织重点项目集中签约，全年签约项目不少于30个。\n")


def test_projects_a_place_serves_are_no_batch() -> None:
    assert 15 not in _counts("一季度，修水县为15个重点项目协调解决用工2000余人。\n")
    assert 15 in _counts("一季度，修水县新开工重点项目15个，总投资32亿元。\n")
    assert 9 in _counts("截至3月底，修水县金融机构已为9个重点项目授信21亿元。\n")
    assert 26 in _counts("一季度，修水县共为26个企业投资项目办理了备案，总投资31亿元。\n")


def test_places_signing_with_the_projects_side_are_no_batch_nor_statistic() -> None:
    page = "签约仪式上，6个乡镇和园区分别与项目方签订落地协议。\n"
    assert 6 not in _counts(page)
    assert not any(r.get("value") == 6 for r in _indicators(page))
    assert 21 in _counts("签约仪式上，6个乡镇的21个项目集中签约，总投资58亿元。\n")


# --- indicators ------------------------------------------------------------------------------------

def test_the_investment_a_works_named_in_full_has_done_is_its_progress() -> None:
    page = "一季度，修水县城区供水管网改造提升工程完成投资8600万元，占总投资的35%。\n"
    assert not any(r.get("value") == 86000000 for r in _indicators(page))


def test_the_investment_a_class_of_projects_has_done_stays_a_statistic() -> None:
    page = "一季度，修水县社会民生项目完成投资6.2亿元，同比增长9.5%。\n"
    assert any(r.get("value") == 620000000 for r in _indicators(page))


def test_a_yearly_power_yield_right_after_a_plants_own_event_is_the_plants() -> None:
    page = "修水县渣津镇8兆瓦分布式光伏项目3月并网发电，年发电量约900万千瓦时。\n"
    assert not any(r.get("unit") == "万千瓦时" for r in _indicators(page))


def test_a_places_yearly_power_yield_stays_a_statistic() -> None:
    page = "全县风电项目全部并网，年发电量达3.2亿千瓦时，同比增长15%。\n"
    assert any(r.get("unit") == "亿千瓦时" for r in _indicators(page))


def test_a_further_part_after_an_enumeration_comma_is_a_batch() -> None:
    counts = _counts("去年引进的36个项目中，已有20个开工建设、9个竣工投产，履约率达81%。\n")
    assert 20 in counts and 9 in counts


def test_a_count_of_other_things_after_an_enumeration_comma_is_no_batch() -> None:
    assert 4 not in _counts("园区今年引进项目12个，已建成标准化厂房6栋、4个冷库。\n")


def test_projects_counted_by_a_running_total_and_its_verb() -> None:
    assert 45 in _counts("力争到6月底，修水县新开工项目累计达到45个以上。\n")
    assert not _counts("一季度，修水县重点项目累计完成投资52亿元。\n")


def test_a_revolving_fund_a_place_sets_up_is_a_statistic_of_its_size() -> None:
    page = "今年，修水县设立规模3亿元的中小企业应急转贷周转资金。\n"
    assert any(r.get("value") == 300000000 for r in _indicators(page))
    assert not _indicators("企业的周转金5000万元来自银行贷款。\n")


def test_floor_a_tenant_rents_is_its_own() -> None:
    page = "江西某某科技有限公司电机项目落户修水工业园，计划租用标准厂房2.4万平方米，年内投产。\n"
    assert not any(r.get("unit") == "万平方米" for r in _indicators(page))
    page = "今年以来，修水工业园已出租标准厂房12万平方米，入驻企业36家。\n"
    assert any(r.get("unit") == "万平方米" for r in _indicators(page))
