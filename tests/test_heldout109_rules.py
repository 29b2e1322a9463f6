"""Rules the misses of the hundred-and-ninth held-out set called for, each on phrasings of its own.

The set is new energy and power in Inner Mongolia and Gansu: a provincial paper's print page with a
column of briefs opened by diamonds, a banner's government web page with related stories, and a
digital edition with a column of briefs opened by triangles.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.article_layout import is_caption_start
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _metrics(page: str) -> list[str]:
    return [str(i.get("metric")) for i in _indicators(page)]


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_the_links_to_the_previous_and_next_articles_alone_on_a_line_are_furniture() -> None:
    assert classify_text(["上一篇　下一篇"], 0) is not None
    assert classify_text(["上一条 | 下一条"], 0) is not None


def test_prose_opening_on_the_word_for_the_previous_piece_stays() -> None:
    assert classify_text(["上一篇报道提到的风电项目已于10月并网发电。"], 0) is None


# --- articles: a column of briefs opened by triangles ---------------------------------------------------

def test_a_triangle_before_a_place_and_a_colon_opens_a_brief_not_a_caption() -> None:
    assert not is_caption_start("▲正镶白旗：10万千瓦风电项目完成核准。")
    assert not is_caption_start("▲和林格尔县：前三季度光伏发电量2.3亿千瓦时。")


def test_a_triangle_before_a_scene_still_opens_a_caption() -> None:
    assert is_caption_start("▲工人们在察右前旗风电场吊装风机叶轮。")
    assert is_caption_start("▲图为武川县光伏电站。")


def test_briefs_each_opened_by_a_triangle_under_their_column_label_are_one_article() -> None:
    page = ("武川县光伏治沙项目并网\n\n本报讯（记者 乌日根）10月15日，"
            "武川县20万千瓦光伏治沙项目实现全容量并网，"
            "项目总投资9.2亿元。\n\n■县域简讯\n▲正镶白旗：10万千瓦风电项目日前获得核准，项目总投资6.1亿元，"
            "计划明年4月开工，年底前并网发电。\n"
            "▲和林格尔县：前三季度全县光伏发电量2.3亿千瓦时，同比增长12.5%。\n"
            "▲察右前旗：巴音塔拉镇5万千瓦分散式风电项目9月开工，项目总投资3.2亿元，由旗属国有企业投资建设。\n")
    heads = [a.headline for a in doc(page).articles]
    assert heads[-1] == "县域简讯" and len(heads) == 2


# --- regions: 全区 of a story told by an office of the autonomous region ----------------------------

def test_the_region_told_by_its_office_in_the_lead_is_what_later_paragraphs_mean_by_whole_region() -> None:
    page = ("全区前三季度风电发电量增长14%\n\n本报呼和浩特10月18日电（记者 白雅琴）"
            "记者从自治区发展和改革委员会获悉，"
            "前三季度，全区风电发电量1120亿千瓦时，同比增长14.2%。\n\n"
            "今年以来，全区新增风电并网装机1260万千瓦，累计达到8300万千瓦。\n")
    regions = {str(i.get("region")) for i in _indicators(page)}
    assert regions == {"内蒙古自治区"}


def test_a_districts_whole_district_with_no_office_of_the_region_stays_the_district() -> None:
    page = ("赛罕区前三季度规上工业增加值增长8%\n\n本报讯（记者 白雅琴）前三季度，"
            "赛罕区规上工业增加值同比增长8.1%。\n\n"
            "今年以来，全区新增规上工业企业12家。\n")
    regions = {str(i.get("region")) for i in _indicators(page)}
    assert "内蒙古自治区" not in regions


# --- projects: names that are no works -----------------------------------------------------------------

def test_a_name_right_after_a_demonstrative_is_the_works_just_told() -> None:
    assert _names("10月12日，武川县光伏治沙项目全容量并网，标志着这一大型沙区光伏基地项目全面投产。") \
        == ["武川县光伏治沙项目"]


def test_a_name_after_other_words_stays_a_works() -> None:
    assert _names("标志着武川县大型沙区光伏基地项目全面投产。") == ["武川县大型沙区光伏基地项目"]


def test_the_projects_a_station_serves_told_by_their_capacity_are_a_class() -> None:
    assert _names("电站投运后，可为周边约80万千瓦风电项目提供调峰服务。") == []
    assert _names("线路建成后，可满足正镶白旗等地260万千瓦新能源项目接入需要。") == []


def test_a_works_told_by_its_capacity_with_its_own_event_stays() -> None:
    assert _names("10月9日，察右前旗80万千瓦风电项目开工。") == ["察右前旗80万千瓦风电项目"]


def test_the_place_goods_are_sent_to_is_no_works() -> None:
    assert _names("所产绿氨将通过管道输送至化工园区。") == []
    assert _names("厂里生产的塔筒主要供应风电基地。") == []


def test_a_supply_chains_park_stays_a_works() -> None:
    assert _names("10月9日，武川县供应链产业园项目开工。") == ["武川县供应链产业园项目"]
    assert _names("10月9日，武川县应急物资供应保障基地项目开工。") == ["武川县应急物资供应保障基地项目"]


# --- projects: places ---------------------------------------------------------------------------------

def test_a_pasture_township_heading_a_name_is_its_detail_and_no_investor() -> None:
    r = projects("本报讯 10月10日，正镶白旗白音敖包苏木30万千瓦风电项目开工建设，项目总投资18亿元。\n")
    (p,) = r.values()
    assert p.get("investor") is None
    assert (p.get("location") or {}).get("detail") == "白音敖包苏木"


def test_a_firm_heading_a_name_before_its_capacity_stays_its_investor() -> None:
    r = projects("本报讯 10月10日，明阳智能30万千瓦风电项目在正镶白旗开工建设，项目总投资18亿元。\n")
    assert [p.get("investor") for p in r.values()] == ["明阳智能"]


# --- indicators: figures of one works --------------------------------------------------------------------

def test_what_a_station_yields_once_put_into_service_is_no_statistic() -> None:
    page = ("本报讯 10月8日，察右前旗50万千瓦风电项目全容量并网。项目总投资30亿元。"
            "全部投运后，年均上网电量约15亿千瓦时，"
            "每年可减少二氧化碳排放约120万吨。\n")
    assert _indicators(page) == []


def test_a_places_yearly_power_stays_a_statistic() -> None:
    page = "本报讯 前三季度，察右前旗发电量15.6亿千瓦时，同比增长9.8%。\n"
    assert _metrics(page) and all("发电量" in m for m in _metrics(page))


def test_the_size_of_the_machines_just_set_up_is_no_statistic() -> None:
    page = "本报讯 10月8日，武川县风电场首批风机吊装完成。这批风机叶轮直径达200米，轮毂高度120米。\n"
    assert _indicators(page) == []


def test_the_pieces_of_a_works_set_up_so_far_and_the_machines_on_its_site_are_no_statistic() -> None:
    page = ("本报讯 正镶白旗60万千瓦风电项目于今年4月开工，目前已完成风机吊装45台、风机基础浇筑80座。"
            "现场投入挖掘机30台、施工人员600余人。\n")
    assert _indicators(page) == []


def test_a_places_stock_of_machines_stays_a_statistic() -> None:
    page = "本报讯 截至9月底，全旗累计建成风机1200台，风电装机达到620万千瓦。\n"
    assert any("风电装机" in m for m in _metrics(page))


def test_what_a_batch_of_starts_yields_once_built_is_no_statistic() -> None:
    page = ("本报讯 10月9日，和林格尔县集中开工项目8个，总投资60亿元，全部建成后可新增新能源装机90万千瓦，"
            "年新增产值约25亿元。\n")
    assert not any("新增" in m for m in _metrics(page))


def test_a_places_new_capacity_of_the_year_stays_a_statistic() -> None:
    page = "本报讯 今年以来，和林格尔县新增新能源装机90万千瓦，同比增长21%。\n"
    assert any("装机" in m for m in _metrics(page))


# --- batches: parts of a batch counted by their stage ---------------------------------------------------

def _batches(page: str) -> list[tuple[object, object]]:
    return [(r.get("event"), r.get("count")) for r in records(page, "batch")]


def test_the_parts_of_a_batch_after_its_other_part_are_batches_of_their_own() -> None:
    page = ("本报讯 武川县能源局负责人介绍，全县正在推进风电制氢项目5个，规划制氢规模合计6万吨/年，"
            "其中2个已开工、3个正在开展前期工作。\n")
    got = _batches(page)
    assert (None, 5) in got or any(c == 5 for _, c in got)
    assert ("planned", 3) in got


def test_a_count_of_firms_after_an_enumeration_comma_is_no_part_of_a_batch() -> None:
    page = "本报讯 全县签约项目6个，总投资12亿元。园区入驻企业有甲、乙等，3个厂房已交付使用。\n"
    assert all(c != 3 for _, c in _batches(page))


def test_a_town_before_a_capacity_heading_a_name_is_its_detail() -> None:
    r = projects("本报讯 10月10日，武川县哈乐镇220千伏输变电工程开工建设，工程总投资2.6亿元。\n")
    assert [(p.get("location") or {}).get("detail") for p in r.values()] == ["哈乐镇"]
    r = projects("本报讯 10月10日，正镶白旗重点项目集中开工。"
                 "其中，乌兰哈达镇30万千瓦风电项目总投资18亿元。\n")
    assert [(p.get("location") or {}).get("detail") for p in r.values()] == ["乌兰哈达镇"]


def test_a_place_with_no_town_before_a_capacity_names_no_detail() -> None:
    r = projects("本报讯 10月10日，武川县220千伏输变电工程开工建设，工程总投资2.6亿元。\n")
    assert [(p.get("location") or {}).get("detail") for p in r.values()] == [None]
