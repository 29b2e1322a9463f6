"""Rules the misses of the hundred-and-second held-out set called for, each on phrasings of its own.

The set is heavy industry and resources in the north: mines, coking, chemical, steel, cement and
glass works told in the trade's own words (a kiln lit, a gasifier fed, the first iron out, a line run
hot), plants already running retrofitted, batches completed and put into production, and figures
of energy and industry; a city paper's print page, a city news site's web copy with full-width
figures and a title over two lines, and a provincial paper's print page.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import jump_spans
from newsmill.zh.title_wraps import first_run_wrap, title_wrap
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 20))


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- cleaning: one title over two lines ---------------------------------------------------------------

def test_a_works_name_then_its_first_run_in_the_trade_s_word_is_one_title() -> None:
    assert first_run_wrap("孝义市年产30万吨合成氨项目", "2号气化炉投料试车成功")
    assert first_run_wrap("介休市焦化产能置换工程", "首座焦炉顺利出焦")
    assert first_run_wrap("乌拉特前旗铁合金技改项目", "矿热炉点火成功")
    assert title_wrap("灵石县年产400万吨捣固焦项目", "热试一次成功")


def test_a_first_run_line_with_a_subject_or_a_title_reporting_already_stays_apart() -> None:
    assert not first_run_wrap("孝义市年产30万吨合成氨项目", "孝义化工2号气化炉投料试车成功")
    assert not first_run_wrap("孝义市合成氨项目加快建设", "气化炉投料试车成功")
    assert not first_run_wrap("煤化工产业链加快延伸", "气化炉投料试车成功")
    assert not first_run_wrap("项目", "出铁")


# --- cleaning: furniture -----------------------------------------------------------------------------

def test_a_pointer_to_the_next_or_previous_page_is_furniture() -> None:
    for line in ("下一版：B02", "上一版：第3版 要闻", "下一版:12"):
        text = f"正文一段。\n{line}\n"
        assert jump_spans(text), line


def test_a_story_naming_the_next_edition_is_no_pointer() -> None:
    text = "正文一段。\n下一版将刊登本市重点项目巡礼，敬请关注。\n"
    assert not jump_spans(text)


# --- projects: stages in the trade's words -------------------------------------------------------------

def test_a_line_run_hot_or_a_gasifier_fed_or_iron_out_runs_the_plant() -> None:
    page = "本报讯 6月3日，平遥县年产120万吨焦炭技改项目热试成功。"
    assert _project(page, "焦炭技改项目").get("stage") == "in_production"
    page = "本报讯 6月3日，托克托县年产40万吨乙二醇项目气化炉投料试车一次成功。"
    assert _project(page, "乙二醇项目").get("stage") == "in_production"
    page = "本报讯 6月3日，迁西县高炉大修改造项目新高炉顺利出铁。"
    assert _project(page, "高炉大修改造项目").get("stage") == "in_production"


def test_a_works_accepted_when_finished_is_built() -> None:
    page = "本报讯 近日，蒲县某煤矿智能化改造项目通过省级验收，投入资金1.8亿元。"
    assert _project(page, "智能化改造项目").get("stage") == "completed"


def test_a_plant_still_before_its_first_run_is_not_running() -> None:
    page = "本报讯 6月3日，平遥县年产120万吨焦炭技改项目正在进行设备安装，计划8月热试。"
    r = _project(page, "焦炭技改项目")
    assert (r.get("stage"), r.get("status")) != ("in_production", "actual"), r


# --- indicators: regions -------------------------------------------------------------------------------

def test_our_city_in_a_city_paper_is_the_paper_s_city_not_the_county_level_city_told_of() -> None:
    page = ("运城日报\n\n永济某煤矿完成改造\n\n本报讯 近日，永济市某某煤矿智能化改造完成。\n\n"
            "今年以来，我市持续推进煤矿智能化建设，1—5月，全市原煤产量1280.6万吨，同比增长3.2%。\n")
    regions = {r.get("value"): r.get("region") for r in records(page, "indicator")}
    assert regions.get(1280.6) == "运城市", regions


def test_a_county_level_city_s_own_page_keeps_its_whole_city() -> None:
    page = ("永济某煤矿完成改造\n\n本报讯 近日，永济市某某煤矿智能化改造完成。\n\n"
            "今年以来，全市持续推进煤矿智能化建设，1—5月，全市原煤产量280.6万吨，同比增长3.2%。\n")
    regions = {r.get("value"): r.get("region") for r in records(page, "indicator")}
    assert regions.get(280.6) == "永济市", regions


# --- indicators: one works' own figures ---------------------------------------------------------------

def _values(page: str) -> list:
    return [r.get("value") for r in records(page, "indicator")]


def test_one_works_capacity_raised_is_no_statistic() -> None:
    page = "# 古交市煤矿扩能\n\n本报讯 古交市某煤矿扩能项目获批，矿井产能将由120万吨/年提升至180万吨/年。\n"
    assert not {120, 180} & set(_values(page)), _values(page)
    page = "# 古交市煤矿扩能\n\n本报讯 该市一座煤矿完成产能核增，产能由45万吨/年核增至60万吨/年。\n"
    assert not {45, 60} & set(_values(page)), _values(page)


def test_a_place_s_whole_capacity_raised_stays_its_statistic() -> None:
    page = "# 古交市煤炭产能\n\n本报讯 去年，全市煤炭产能由3200万吨/年提升至3600万吨/年，原煤产量增长4.1%。\n"
    assert 4.1 in _values(page), _values(page)
    assert {3200, 3600} & set(_values(page)), _values(page)


def test_a_gain_against_the_old_plant_or_a_crew_s_yield_is_the_works_own() -> None:
    page = "# 阳城县钢厂改造\n\n本报讯 新转炉投用后，吨钢能耗比原有转炉降低约9%，单产水平却提高了11%。\n"
    assert not {-9.0, 9.0, 11.0} & set(_values(page)), _values(page)


def test_a_place_s_energy_per_output_falling_stays_its_statistic() -> None:
    page = "# 阳城县能耗\n\n本报讯 2025年，阳城县单位GDP能耗比上年下降4.2%。\n"
    assert {-4.2, 4.2} & set(_values(page)), _values(page)


def test_what_one_unit_yields_or_turns_in_a_year_is_its_own() -> None:
    page = ("# 托克托县化工项目\n\n本报讯 项目全部达产达效后，年可转化原煤约300万吨。"
            "去年投运的这套装置日产甲醇600吨，投运以来日均增收近15万元。\n")
    assert _values(page) == [], _values(page)


# --- zones ---------------------------------------------------------------------------------------------

def test_the_jinan_new_area_lies_in_handan() -> None:
    from tests.heldout_support import places
    assert places("冀南新区的玻璃项目点火") == [("冀南新区", "冀南新区")]
    assert places("邯郸冀南新区管委会") == [("邯郸冀南新区", "冀南新区")]
    assert places("冀南地区的冬小麦") == []


# --- projects: capacities --------------------------------------------------------------------------------

def test_a_rate_per_year_opening_a_name_is_its_capacity() -> None:
    from newsmill.zh.projects import capacity_in
    m = capacity_in("300万吨/年捣固焦技改项目")
    assert m is not None and m.group() == "300万吨/年"
    m = capacity_in("年产30万吨合成氨项目")
    assert m is not None and m.group().startswith("年产30万吨")


def test_a_furnace_s_volume_in_a_name_is_no_capacity() -> None:
    from newsmill.zh.projects import capacity_in
    assert capacity_in("2500立方米高炉大修改造项目") is None
    assert capacity_in("1200立方米级转炉项目") is None
    m = capacity_in("年产20万立方米新型墙材项目")
    assert m is not None


def test_a_works_capacity_raised_gives_the_new_one() -> None:
    page = "本报讯 静乐县某煤矿改扩建项目已开工建设，矿井产能将由60万吨/年提升至120万吨/年。"
    cap = _project(page, "改扩建项目").get("capacity") or ""
    assert "120万吨/年" in cap, cap


# --- projects: what names none ---------------------------------------------------------------------------

def test_a_round_of_a_place_s_projects_is_no_project() -> None:
    from newsmill.zh.projects import is_generic
    assert is_generic("繁峙县2026年第三批工业项目")
    assert is_generic("第2批重点项目")
    assert not is_generic("第二污水处理厂项目")
    assert not is_generic("繁峙县年产20万吨钢渣微粉项目")


def test_the_links_of_a_chain_listed_before_their_kind_are_no_works() -> None:
    page = "本报讯 准格尔旗正在引进煤焦油加氢、针状焦等下游项目，力争年内签约。"
    assert not [n for n in projects(page) if "加氢" in n or "针状焦" in n], list(projects(page))


def test_works_with_a_name_listed_before_their_kind_stay_works() -> None:
    page = "本报讯 准格尔旗已签约年产10万吨针状焦项目、甲醇制烯烃项目等下游项目。"
    assert [n for n in projects(page) if "针状焦" in n], list(projects(page))


# --- projects: dates ------------------------------------------------------------------------------------

_CEREMONY = ("本报讯 6月10日，全市重点项目集中竣工投产活动在孝义市举行。主会场设在某焦化公司。"
             "该公司新建焦炉于6月6日点火，6月8日顺利出焦。\n\n")


def test_along_with_the_main_venue_is_the_ceremony_s_day() -> None:
    page = _CEREMONY + "与主会场同步，介休市年产20万吨甲醇项目进入试生产阶段。"
    assert _project(page, "甲醇项目").get("date") == "2026-06-10"


def test_the_same_day_at_a_venue_is_the_ceremony_s_day() -> None:
    page = _CEREMONY + "在汾阳市分会场，年产5万吨活性炭项目完成热试。年产3万吨碳素项目也在当天竣工。"
    assert _project(page, "碳素项目").get("date") == "2026-06-10"


def test_the_same_day_with_no_venue_is_the_last_day_named() -> None:
    page = _CEREMONY + "年产3万吨碳素项目也在当天竣工。"
    assert _project(page, "碳素项目").get("date") == "2026-06-08"


def test_a_signing_told_the_same_day_takes_the_day_named_before() -> None:
    page = ("本报讯 6月2日，萝北县年产1万吨球形石墨项目投产。\n\n"
            "当天，鹤岗市还举行了项目集中签约活动，签约项目4个。其中，年产1万吨石墨纸项目投资3亿元。")
    assert _project(page, "石墨纸项目").get("date") == "2026-06-02"


# --- projects: members of two events -------------------------------------------------------------------

_SIGN_AND_START = ("本报讯 6月5日，清徐县精细化工产业园项目集中签约暨开工仪式举行，现场签约项目3个，"
                   "协议总投资21亿元；同时开工项目2个，总投资9.6亿元。\n\n")


def test_a_second_sentence_opening_on_the_start_s_projects_names_the_start_s() -> None:
    page = _SIGN_AND_START + ("签约项目中，年产5万吨电子级硫酸项目投资8亿元。"
                              "开工项目中，投资5.2亿元的年产3万吨医药中间体项目由某公司建设。")
    assert _project(page, "医药中间体").get("stage") == "started"
    assert _project(page, "电子级硫酸").get("stage") == "signed"


def test_a_paragraph_on_the_signing_names_the_signing_s() -> None:
    page = _SIGN_AND_START + ("签约项目中，年产5万吨电子级硫酸项目投资8亿元，"
                              "年产3万吨医药中间体项目投资5亿元。")
    assert _project(page, "医药中间体").get("stage") == "signed"


# --- projects: investors ---------------------------------------------------------------------------------

def test_the_company_right_before_a_name_opening_on_its_rate_invests() -> None:
    page = "本报讯 5月9日，山西晋孝煤化有限公司150万吨/年焦化技改项目1号焦炉点火。"
    assert _project(page, "焦化技改项目").get("investor") == "山西晋孝煤化有限公司"


def test_a_place_right_before_a_name_opening_on_its_rate_invests_nothing() -> None:
    page = "本报讯 5月9日，孝义市150万吨/年焦化技改项目1号焦炉点火。"
    assert _project(page, "焦化技改项目").get("investor") is None


def test_the_exports_a_branch_delivers_are_a_statistic_goods_seized_none() -> None:
    page = "# 工业快讯\n\n●清河县羊绒行业今年1—5月出口交货值3.26亿元，同比增长12.4%。\n"
    assert 326000000 in _values(page), _values(page)
    page = "# 市场监管\n\n今年以来，全县查处案件36起，涉案货值120万元。\n"
    assert 1200000 not in _values(page), _values(page)


# --- projects: phases ------------------------------------------------------------------------------------

def test_a_second_phase_told_by_what_it_is_then_its_works() -> None:
    page = ("本报讯 乌海市某钢厂产能置换项目一期日前投产。"
            "项目二期为年产80万吨型钢生产线，正在进行土建施工，计划明年建成。")
    r = _project(page, "二期")
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual"), r


def test_a_second_phase_told_with_no_works_of_its_own_is_none() -> None:
    page = "本报讯 乌海市某钢厂产能置换项目一期日前投产。项目二期为公司下一步的重点。"
    assert not [n for n in projects(page) if "二期" in n], list(projects(page))


def test_civil_works_under_way_outweigh_a_completion_planned() -> None:
    page = "本报讯 海勃湾区年产5万吨碳化硅项目正在进行土建施工，计划明年6月建成投产。"
    r = _project(page, "碳化硅项目")
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual"), r


def test_a_place_s_capacity_added_stays_its_statistic() -> None:
    page = ("# 芦溪县陶瓷产业\n\n本报讯 今年以来，芦溪县电瓷产业新投产项目4个，"
            "新增产能8万立方米。\n")
    assert 8 in _values(page), _values(page)


def test_an_office_s_task_of_urging_a_works_on_is_no_project() -> None:
    from newsmill.zh.projects import is_generic
    assert is_generic("督促某化工醋酸酯项目")
    assert not is_generic("某化工醋酸酯项目")


def test_a_building_of_the_works_accepted_is_a_step_not_the_works_built() -> None:
    page = "本报讯 交城县职业中学迁建项目，综合楼于5月8日通过验收，项目已于5月底建成投用。"
    assert _project(page, "迁建项目").get("stage") == "in_production"


def test_works_accepted_lately_are_built() -> None:
    page = "本报讯 另外，平遥县洪善镇垃圾转运站改造工程近日通过验收，日转运能力提升至200吨。"
    assert _project(page, "改造工程").get("stage") == "completed"
