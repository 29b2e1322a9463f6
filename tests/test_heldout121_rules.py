"""Rules the misses of the hundred-and-twenty-first held-out set called for, each on phrasings of its own.

The set is the digital economy and computing power in Gansu and Guizhou: a city paper's page, a city
government's release with numbered cross-heads and a provincial paper's economy page (``本报某地讯
（新甘肃·甘肃日报记者 某某）``); data and computing centres with their racks, PUE and computing power
in ``P``, software parks, batches of digital projects signed and started, and the digital economy's
figures (its added value and share, software revenue, 5G base stations per head).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.extract_indicators import _PHASE_OPENS
from newsmill.zh.brands import brand_head
from newsmill.zh.bylines import parse_people
from newsmill.zh.units import find_quantities
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 12))


def _heads(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _indicators(page: str) -> dict[str, tuple[object, str]]:
    return {r.get("metric"): (r.get("value"), r.get("unit")) for r in records(page, "indicator")}


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(page, "batch")]


def _quantities(text: str) -> list[tuple[str, str]]:
    return [(format(q.value.normalize(), "f"), q.unit) for q in find_quantities(text)]


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_a_dated_head_with_the_page_its_section_and_editors_is_furniture() -> None:
    assert classify_text(["2026年6月12日　星期五　第B2版：产业·数智　责任编辑：韦小川　校对：马 骁"], 0) \
        == ("furniture", "page header")
    assert classify_text(["2026年6月12日 星期五 第6版 经济 编辑 吴 凡 美编 周一帆"], 0) is not None


def test_a_dated_sentence_on_a_page_of_a_book_stays() -> None:
    assert classify_text(["2026年6月12日　星期五，他在第6版写下了这篇关于数字经济的评论文章。"], 0) is None


def test_an_imprint_foot_with_the_pages_mailbox_and_its_printer_is_furniture() -> None:
    assert classify_text(["本版邮箱：szjj@126.com　　黔山日报社出版　　国内统一连续出版物号：CN52-0088"
                          "　　印刷：黔山日报社印刷厂"], 0) == ("furniture", "page header")


def test_a_sentence_on_a_printing_works_stays() -> None:
    assert classify_text(["黔山日报社出版的画册由县印刷厂承印，邮箱地址另行通知。"], 0) is None


def test_the_editor_in_chief_of_a_page_heads_an_editor_line() -> None:
    assert classify_text(["本版主编：杨一帆　　责任编辑：李 娟　　美编：王小勇"], 0) is not None


def test_a_chief_editor_in_a_sentence_stays() -> None:
    assert classify_text(["本版主编杨一帆说，数字经济专版今年已刊发稿件120篇，读者反响热烈。"], 0) is None


def test_a_meta_line_counting_visits_is_furniture() -> None:
    assert classify_text(["发布日期：2026-06-11 09:05　　信息来源：县科工局　　访问次数：812"], 0) is not None


# --- segmenting and bylines --------------------------------------------------------------------------

def test_a_groups_brand_before_an_outlet_and_a_role_is_no_reporter() -> None:
    c = parse_people("新黔南·黔南日报记者 罗晓岚 通讯员 王 进")
    assert c is not None and [r.text for r in c.reporters] == ["罗晓岚", "王进"]
    assert c.source is not None and c.source.text == "新黔南·黔南日报"


def test_a_name_with_a_middle_dot_stays_a_reporter() -> None:
    c = parse_people("记者 阿依努尔·买买提 通讯员 张 强")
    assert c is not None and [r.text for r in c.reporters][0] == "阿依努尔·买买提"


def test_a_centre_put_online_is_the_title_over_a_line_of_its_figures() -> None:
    page = ("安顺云谷数据中心首批800个标准机架上线运行\nPUE降至1.2 算力服务西南地区31家企业\n\n"
            "本报讯 6月10日，安顺云谷数据中心首批800个标准机架上线运行，总投资9亿元。\n")
    assert _heads(page) == [("安顺云谷数据中心首批800个标准机架上线运行",
                             "PUE降至1.2 算力服务西南地区31家企业")]


def test_a_batch_of_projects_started_stays_the_title_over_its_sum() -> None:
    page = ("兴义12个数字经济项目集中开工\n总投资36.5亿元\n\n"
            "本报讯 6月10日，兴义市12个数字经济项目集中开工，总投资36.5亿元。\n")
    assert _heads(page) == [("兴义12个数字经济项目集中开工", "总投资36.5亿元")]


def test_a_quoted_topic_line_under_a_provinces_figure_is_the_subtitle() -> None:
    page = ("前5月全省大数据产业收入增长18.2%\n数字产业“答卷”出彩\n\n"
            "本报讯 记者从省大数据局获悉，前5个月全省大数据产业收入增长18.2%。\n")
    assert _heads(page) == [("前5月全省大数据产业收入增长18.2%", "数字产业“答卷”出彩")]


def test_a_scope_figure_under_a_title_naming_its_place_stays_the_subtitle() -> None:
    page = ("遵义数字经济项目梯次推进\n前5个月全市数字经济投资增长21.3%\n\n"
            "本报讯 前5个月，全市数字经济投资增长21.3%。\n")
    assert _heads(page) == [("遵义数字经济项目梯次推进", "前5个月全市数字经济投资增长21.3%")]


# --- units and indicators ----------------------------------------------------------------------------

def test_computing_power_in_p_is_a_quantity() -> None:
    assert _quantities("全市算力总规模达到3200P，其中") == [("3200", "P")]
    assert _quantities("全省总算力规模突破2.3万P") == [("23000", "P")]


def test_storage_pue_and_a_videos_lines_are_no_computing_power() -> None:
    assert _quantities("存储容量800PB") == []
    assert _quantities("平均PUE值1.25") == []
    assert _quantities("支持1080P高清直播") == []


def test_a_count_per_head_keeps_its_fraction() -> None:
    assert _quantities("每万人拥有5G基站31.4个") == [("31.4", "个")]
    assert _quantities("每千人口拥有执业医师2.8名") == [("2.8", "人")]


def test_a_fraction_of_a_count_with_no_head_is_no_count() -> None:
    assert _quantities("全县新建基站31.4个") == []


def test_computing_power_and_base_stations_per_head_are_statistics() -> None:
    page = ("全市数字经济发展提速\n\n本报讯 截至5月底，全市算力总规模达到3200P。"
            "全市累计建成5G基站6120个，每万人拥有5G基站31.4个。\n")
    found = _indicators(page)
    assert (3200, "P") in found.values() and (31.4, "个") in found.values()


def test_online_rates_of_government_matters_and_homes_on_broadband_are_statistics() -> None:
    page = ("全县数字政府建设提速\n\n本报讯 今年以来，全县依申请政务服务事项全程网办率达到91.2%。"
            "全县千兆光网覆盖家庭8.6万户。\n")
    found = _indicators(page)
    assert (91.2, "%") in found.values() and (86000, "户") in found.values()


def test_matters_an_office_handled_stay_no_statistic() -> None:
    page = "县政务服务中心\n\n本报讯 今年以来，县政务服务中心共为企业办理审批服务事项860件。\n"
    assert _indicators(page) == {}


def test_a_quoted_schemes_growth_after_a_rate_is_a_statistic_of_its_own() -> None:
    page = ("全市数字政府\n\n本报讯 今年以来，全市政务服务事项网上可办率达到97.1%，"
            "“跨省通办”办件量同比增长42%。\n")
    found = records(page, "indicator")
    assert [(r.get("value"), r.get("growth_pct")) for r in found] == [(97.1, None), (42.0, 42.0)]


def test_a_parks_tallies_after_the_projects_it_counts_are_statistics() -> None:
    page = ("贵安数据园区\n\n本报讯 园区今年已有4个数据中心项目建成投运，入驻数字经济企业86家。\n")
    assert (86, "家") in _indicators(page).values()


def test_one_projects_figures_stay_its_own() -> None:
    page = ("贵安数据园区\n\n本报讯 该数据中心项目建成投运，新增就业岗位300个，年营业收入5亿元。\n")
    assert _indicators(page) == {}


def test_a_data_centre_put_online_or_finished_owns_its_racks_and_power() -> None:
    page = ("六枝数据中心上线\n\n本报讯 六枝绿色数据中心一期工程正式上线运行，首批300个标准机架全部投用，"
            "算力规模达到600P。六枝灾备中心一期于今年3月竣工，建成标准机架800个。\n")
    assert _indicators(page) == {}


def test_a_centres_park_told_after_it_keeps_the_parks_tallies() -> None:
    page = ("大数据产业园\n\n本报讯 由某公司建设的云计算中心二期项目于5月建成投运，新增标准机架600个，"
            "园区上线机架总数达到1800个。\n")
    assert (1800, "个") in _indicators(page).values()


def test_a_phases_racks_are_its_works_own() -> None:
    page = "数据中心建设\n\n本报讯 目前，二期900个机架正在进行机电安装，三期正在开展前期工作。\n"
    assert _indicators(page) == {}


def test_first_days_takings_and_a_subsidys_cap_are_no_statistics() -> None:
    page = ("县电商直播基地投运\n\n本报讯 该基地开播首周销售额突破80万元。"
            "明年单个企业年度奖励上限由30万元提高到60万元。\n")
    assert _indicators(page) == {}


def test_a_places_online_retail_stays_a_statistic() -> None:
    page = "全县网络零售\n\n本报讯 今年1至5月，全县网络零售额达到3.6亿元，同比增长12.1%。\n"
    assert list(_indicators(page).values()) == [(360000000, "CNY")]


# --- batches -----------------------------------------------------------------------------------------

def test_firms_a_place_reached_an_intention_with_are_a_batch_in_talks() -> None:
    page = ("县数字经济招商\n\n本报讯 推介会上，县政府还与4家软件企业达成合作意向，意向投资额约2.5亿元。\n")
    assert ("negotiating", 4, 250000000) in _batches(page)


def test_firms_met_with_no_intention_or_sum_are_no_batch() -> None:
    page = "县数字经济招商\n\n本报讯 推介会上，县领导与4家软件企业负责人座谈交流。\n"
    assert _batches(page) == []


def test_a_part_of_a_counted_set_takes_the_event_after_it() -> None:
    page = ("全市招商\n\n本报讯 截至5月底，24个签约项目中已有15个开工建设，开工率62.5%。\n")
    assert [b[:2] for b in _batches(page)] == [("started", 15)]


# --- projects ----------------------------------------------------------------------------------------

def test_data_and_recovery_centres_told_started_finished_or_online_are_projects() -> None:
    assert "正安县政务数据灾备中心" in projects(
        "本报讯 6月8日，正安县政务数据灾备中心开工建设，总投资1.2亿元。")
    assert any(n.startswith("绥阳县黄杨数据中心") for n in projects(
        "本报讯 绥阳县黄杨数据中心一期于今年3月竣工，项目总投资4.6亿元。"))
    assert "冷源数据中心" in projects("本报讯 某县正在对接两家企业，洽谈建设冷源数据中心。")


def test_a_citys_big_data_centre_and_centres_counted_are_no_projects() -> None:
    assert projects("本报讯 市大数据中心负责人介绍，全市在用数据中心39个。") == {}
    assert projects("本报讯 主办：某市人民政府办公室　承办：某市大数据中心") == {}


def test_a_parks_head_introducing_it_names_no_works() -> None:
    assert projects("本报讯 某大数据产业园相关负责人介绍，园区今年新增企业20家。") == {}


def test_the_digital_economys_words_head_no_brand() -> None:
    assert brand_head("政务数据灾备中心") is None
    assert brand_head("冷源数据中心项目") is None
    found = projects("本报讯 6月8日，正安县政务数据灾备中心开工建设，总投资1.2亿元。")
    assert [r.get("investor") for r in found.values()] == [None]


def test_a_firms_brand_still_heads_its_data_centre() -> None:
    assert brand_head("华为云数据中心项目") == "华为云"


def test_a_funds_first_tranche_stays_a_statistic() -> None:
    page = ("全区数字金融\n\n本报讯 区里联合社会资本设立规模10亿元的数字经济产业投资基金，首期到位3亿元。\n")
    assert 300000000 in [v for v, _ in _indicators(page).values()]


def test_firms_moving_into_a_phases_buildings_are_no_phases_figure() -> None:
    assert _PHASE_OPENS.match("二期标准机架") is not None
    assert _PHASE_OPENS.match("一期厂房已签约入驻企业") is None
    assert _PHASE_OPENS.match("首期到位") is None
