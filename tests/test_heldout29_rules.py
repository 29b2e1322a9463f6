"""Rules the misses of the twenty-ninth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_linebreaks import clause_cut_in_word, cuts_a_number
from newsmill.zh.article_layout import is_place_section_title
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.pageyear import read_page_year
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 4, 8)


_doc, _records, _ = rule_helpers(DAY)


def _project(page: str, day: dt.date | None = DAY) -> dict:
    (r,) = _records(page, "project", day)
    keys = ("name", "stage", "status", "date", "investor", "capacity", "annual_output_cny")
    return {k: r.get(k) for k in keys}


# -- cleaning -------------------------------------------------------------------------------

def test_a_wrap_right_after_a_decimal_point_is_joined() -> None:
    assert cuts_a_number("某区今年新签约项目9个，协议投资额43.", "6亿元，同比增长12%。")
    assert not cuts_a_number("某区今年新签约项目9个。", "6个项目已开工。")
    page = "◆某某区\n某某区新签约项目9个，协议投资额43.\n6亿元，新开工项目5个。\n"
    assert "协议投资额43.6亿元" in _doc(page).clean


def test_a_short_clause_line_cut_inside_a_word_is_joined() -> None:
    a, b = "某某县将着力发展食品产业，确保全年规上工", "业增加值增长8%以上。总投资5亿元的某某项目开工。"
    assert clause_cut_in_word(a, b)
    # a title (no clause mark) and a cut outside the word list stay apart
    assert not clause_cut_in_word("某某县全力推进重点工", b)
    assert not clause_cut_in_word("某某县将着力发展食品产业，确保全年", "增加值增长8%以上。某某项目开工。")
    page = ("◆某某县\n某某县将抓住机遇，今年力争新签约项\n"
            "目20个以上，协议投资额50亿元。去年，全县实现工业增加值60亿元。\n")
    assert "新签约项目20个以上" in _doc(page).clean


# -- articles -------------------------------------------------------------------------------

ROUND = ("某市各区县亮出今年工业“路线图”\n"
         "本报讯(记者 李青 通讯员 王可)全市工业大会召开后,各区县迅速行动。\n"
         "翠屏区:动力电池再扩能\n"
         "去年,翠屏区动力电池产业实现产值320亿元,同比增长21%。\n"
         "叙州区:白酒产业提质增效\n"
         "叙州区将推动白酒产业技改升级,全年实施技改项目15个。\n")


def test_a_place_and_its_title_on_one_line_open_a_section_of_a_round_up() -> None:
    assert is_place_section_title("翠屏区:动力电池再扩能")
    assert is_place_section_title("某某经开区：电子信息再上新台阶")
    assert not is_place_section_title("某某项目：竣工投产")
    assert not is_place_section_title("翠屏区:去年,全区实现产值320亿元,同比增长21%。")
    arts = _doc(ROUND).articles
    assert [a.headline for a in arts][1:] == ["翠屏区：动力电池再扩能", "叙州区：白酒产业提质增效"], arts
    # the lead's byline credits the places' sections
    assert all(a.source == "本报" and a.reporters == ["李青", "王可"] for a in arts), \
        [(a.source, a.reporters) for a in arts]
    # one such line alone is a subhead of its story
    one = ROUND.split("叙州区:")[0]
    assert len(_doc(one).articles) == 1


def test_a_county_after_a_mark_is_no_name() -> None:
    assert parse_credit_line("◆荣县") is None
    assert parse_credit_line("◆ 高县") is None
    assert [n.text for n in parse_credit_line("◆荣华").reporters] == ["荣华"]


# -- dates and years ------------------------------------------------------------------------

def test_a_whole_years_counts_of_projects_say_it_is_over() -> None:
    found = read_page_year("2023年,某县新开工亿元以上项目12个,竣工项目8个。今年将确保…")
    assert found is not None and found.year == 2024
    assert read_page_year("2024年,某县将新开工亿元以上项目12个。") is None  # a plan says nothing


def test_a_year_word_after_a_written_year_dates_what_follows() -> None:
    page = ("某县工业巡礼\n2023年,某县实现规上工业产值88亿元。"
            "今年将确保总投资12亿元的甲乙包装材料项目二期5月开工。\n")
    (r,) = _records(page, "project", day=None)
    assert r.get("date") == "2024-05", r.get("date")


# -- projects -------------------------------------------------------------------------------

def test_a_deadline_in_a_month_dates_the_event_on_an_undated_page() -> None:
    page = ("某区项目推进\n2023年,某区实现产值10亿元。今年,"
            "确保投资3亿元的甲乙门窗年产20万樘铝合金门窗项目9月底前竣工投产。\n")
    assert _project(page, day=None)["date"] == "2024-09"


def test_a_deadline_dates_a_completion_not_a_start() -> None:
    p = _project("确保投资3亿元的甲乙门窗年产20万樘铝合金门窗项目9月底前竣工投产。")
    assert p["date"] == "2024-09", p
    p = _project("推动甲乙门窗年产20万樘铝合金门窗项目9月底前开工。")
    assert p["date"] is None, p


def test_entering_the_site_is_a_start() -> None:
    p = _project("总投资8亿元的甲乙光伏支架项目已于2月进场施工,力争年底建成。")
    assert (p["stage"], p["status"], p["date"]) == ("started", "actual", "2024-02"), p


def test_a_signing_told_as_done_stays_done_before_a_planned_start() -> None:
    p = _project("今年,某县将以茶叶为重点。去年底集中签约的甲乙茶业年产2万吨茶饮料项目,"
                 "计划投资3亿元,力争6月开工。")
    assert (p["stage"], p["status"]) == ("signed", "actual"), p
    p = _project("今年,某区将招大引强。该区引进的甲乙电机项目总投资4亿元,3月已签约落户某某工业园,"
                 "计划三季度开工。")
    assert (p["stage"], p["status"], p["date"]) == ("signed", "actual", "2024-03"), p
    # a signing still to come stays a target
    p = _project("今年,某县将以茶叶为重点,力争签约甲乙茶业年产2万吨茶饮料项目。")
    assert p["status"] == "target", p


def test_a_town_before_a_capacity_is_no_investor() -> None:
    p = _project("某县将加快建设某某镇年屠宰20万头肉牛及冷链配送项目,总投资3亿元。")
    assert p["investor"] is None and p["capacity"] == "年屠宰20万头肉牛", p
    p = _project("某县将加快建设甲乙牧业年屠宰20万头肉牛项目,总投资3亿元。")
    assert p["investor"] == "甲乙牧业", p


def test_coking_and_circuits_are_trades_after_a_brand() -> None:
    assert _project("某县将加快甲乙焦化焦炉煤气制氢项目建设进度。")["investor"] == "甲乙"
    assert _project("总投资6亿元的甲乙电路多层板项目5月开工。")["investor"] == "甲乙"


def test_a_places_industrial_output_goal_is_no_plants_output() -> None:
    page = "今年,某某区将力争实现工业产值90亿元,推动甲乙年产300万只灯具项目满产达产。"
    p = _project(page)
    assert p["annual_output_cny"] is None, p
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 9000000000 in values, values


# -- indicators -----------------------------------------------------------------------------

def test_a_rate_with_its_own_subject_after_a_comma_is_its_own_statistic() -> None:
    page = "某某县将实施提质行动,力争新增规上工业企业5户以上,全年技改投资增长12%。"
    found = {r.get("metric"): (r.get("value"), r.get("growth_pct")) for r in _records(page, "indicator")}
    assert found.get("新增规上工业企业") == (5, None), found
    assert any(v == (12.0, 12.0) for v in found.values()), found
    # a bare rate after a count is still its growth
    page = "全县规上工业企业达到126户,同比增长7.9%。"
    (r,) = _records(page, "indicator")
    assert r.get("growth_pct") == 7.9


def test_firms_added_after_a_projects_clause_are_the_places() -> None:
    page = "今年,某某区将推动甲乙电路板项目二期3月开工,新增规上工业企业15户以上。"
    (r,) = _records(page, "indicator")
    assert (r.get("value"), r.get("period")) == (15, "2024(目标)"), r.get("period")
    # the project's own jobs stay out
    assert _records("甲乙项目二期建成后,新增就业岗位500个。", "indicator") == []


def test_a_cue_closing_the_item_before_is_not_the_next_items() -> None:
    page = ("今年将推动投资8亿元的甲乙铝业铝板项目上半年开工、投资2亿元的某某保税物流中心年内封关运营。")
    stages = {r.get("name"): r.get("stage") for r in _records(page, "project")}
    assert stages == {"甲乙铝业铝板项目": "started", "某某保税物流中心": "in_production"}, stages


def test_a_sum_before_a_projects_name_is_not_the_counted_batchs() -> None:
    page = "今年,该区将力争签约亿元以上项目12个,推动总投资9.8亿元的甲乙智能装备产业园二期项目建成投产。"
    (b,) = _records(page, "batch")
    assert (b.get("count"), b.get("total_cny")) == (12, None)
    assert _project(page)["name"] == "甲乙智能装备产业园二期项目"
    assert _records(page, "project")[0].get("investment_cny") == 980000000
    # a sum after the count is still its total
    (b,) = _records("今年新开工项目12个,总投资27.4亿元。", "batch")
    assert b.get("total_cny") == 2740000000


def test_industries_listed_before_a_batch_are_no_projects() -> None:
    assert _records("今年将推动航空零部件、工业机器人等项目落地。", "project") == []
    names = {r.get("name") for r in _records("加快建设甲田科技、乙川电子等10个项目。", "project")}
    assert names == {"甲田科技项目", "乙川电子项目"}, names


def test_a_town_heading_a_name_before_its_capacity_is_its_detail() -> None:
    (r,) = _records("今年,剑阁县将加快建设某某镇年屠宰30万头生猪项目,总投资3亿元。", "project")
    assert (r.get("location") or {}).get("detail") == "某某镇", r.get("location")
    assert r.get("investor") is None


def test_a_zone_of_another_items_project_is_not_the_next_ones() -> None:
    page = ("今年,安居区将新培育企业12户。该区引进的甲乙调味品项目总投资7亿元,"
            "2月已签约落户安居经济技术开发区,计划二季度开工;投资3.8亿元的丙丁肉制品加工项目将于9月竣工投产。")
    details = {r.get("name"): (r.get("location") or {}).get("detail") for r in _records(page, "project")}
    assert details == {"甲乙调味品项目": "安居经济技术开发区", "丙丁肉制品加工项目": None}, details
    # a zone told in the name's own item stays its detail
    page = "今年,投资3.8亿元的丙丁肉制品加工项目将于9月在安居经济技术开发区竣工投产。"
    (r,) = _records(page, "project")
    assert (r.get("location") or {}).get("detail") == "安居经济技术开发区", r.get("location")


def test_a_platform_the_subject_builds_on_is_not_its_region() -> None:
    page = "某某县将以某某工业园为主阵地,全年计划开工亿元以上工业项目15个,完成工业投资60亿元以上。"
    page = page.replace("某某县", "蓬溪县").replace("某某工业园", "蓬溪工业园")
    regions = {r.kind: r.get("region") for r in _records(page, "indicator") + _records(page, "batch")}
    assert regions == {"indicator": "蓬溪县", "batch": "蓬溪县"}, regions


def test_a_paragraph_going_on_from_a_plan_goes_on_with_it() -> None:
    page = ("某县工业\n2023年,某县实现产值10亿元。今年,某县将围绕白酒产业补链延链,力争引进项目10个以上。\n"
            "同时,全年新培育专精特新企业3家。\n")
    found = {r.get("metric"): r.get("period") for r in _records(page, "indicator", day=None)}
    assert found.get("新培育专精特新企业") == "2024(目标)", found
    # after a paragraph of results it is a result
    page = "某县工业\n2023年,某县实现产值10亿元。\n同时,全年新培育专精特新企业3家。\n"
    found = {r.get("metric"): r.get("period") for r in _records(page, "indicator", day=None)}
    assert found.get("新培育专精特新企业") == "2024", found
