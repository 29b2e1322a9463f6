"""Rules the leftovers of the fifty-first and fifty-second held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.dates import find_dates
from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers, places

doc, projects, indicators = page_helpers(dt.date(2025, 2, 20))

MEETING = ("某县部署全年工作\n\n本报讯 2月18日,某县召开经济工作会议,明确今年四项重点:"
           "一是推动总投资15亿元的某县锂电材料产业园二期项目加快建设;二是全县规上工业增加值增长9%;"
           "三是全年城乡新增就业2600人以上;四是城镇新增就业岗位1800个。\n")


def metrics(page: str) -> dict[str, object]:
    """Metric → value of every indicator found on ``page``."""
    return {r.get("metric"): r.get("value") for r in indicators(page)}


# --- projects: a place's new urban jobs are no project's jobs -------------------------------------

def test_new_urban_jobs_of_a_place_are_no_project_s_jobs() -> None:
    park = projects(MEETING)["某县锂电材料产业园二期项目"]
    assert park.get("jobs") is None
    assert metrics(MEETING).get("城乡新增就业") == 2600


def test_new_posts_a_project_brings_stay_its_jobs() -> None:
    page = ("园区项目开工\n\n本报讯 2月18日,乙新材料有限公司投资5亿元建设的年产3万吨铝型材项目"
            "在某县经济开发区开工。项目建成后可新增就业岗位600个。\n")
    assert projects(page)["年产3万吨铝型材项目"].get("jobs") == 600


# --- indicators: the list's ordinal is no part of a metric ----------------------------------------

def test_a_task_s_ordinal_is_no_part_of_its_metric() -> None:
    found = metrics(MEETING)
    assert found.get("规上工业增加值") == 9.0
    assert not [m for m in found if m and m[1:2] == "是" and m[:1] in "一二三四"]


def test_a_metric_opening_on_a_numeral_keeps_it() -> None:
    page = ("三产发展\n\n本报讯 2月18日记者获悉,去年全县第三产业增加值增长6.5%。\n")
    assert any(m and m.startswith("第三产业") for m in metrics(page))


# --- indicators: what works yields once fully built or at full output is the works' own ----------

WORKS = ("食品项目试产\n\n本报讯 2月18日,丁食品有限公司投资3亿元建设的预制菜加工项目在某县工业园区试生产。"
         "\n\n据介绍,项目满产后,年产值可达8亿元,可提供岗位400个,每年就近采购辣椒、生姜等农产品6万吨以上。"
         "\n\n另据了解,某风电基地全面建成后,每年可输送清洁电能9亿千瓦时。\n")


def test_what_a_project_buys_at_full_output_is_no_statistic() -> None:
    assert not [r for r in indicators(WORKS) if r.get("unit") == "万吨"]


def test_what_a_base_yields_once_fully_built_is_no_statistic() -> None:
    assert not [r for r in indicators(WORKS) if r.get("unit") == "亿千瓦时"]


def test_a_place_s_power_output_stays_a_statistic() -> None:
    page = ("清洁能源\n\n本报讯 2月18日记者获悉,去年全县清洁能源发电量达到9亿千瓦时,同比增长12%。\n")
    assert [r for r in indicators(page) if r.get("unit") == "亿千瓦时" and r.get("value") == 9]


# --- indicators: a fund's own portfolio is no place's statistic ----------------------------------

def test_the_firms_a_fund_invested_in_are_no_statistic() -> None:
    page = ("基金招商见效\n\n本报讯 近日记者获悉,某市产业引导基金已投资企业14家,"
            "一季度全市新增规上工业企业23家。\n")
    values = {(r.get("value"), r.get("unit")) for r in indicators(page)}
    assert (14, "家") not in values
    assert (23, "家") in values


def test_a_fund_that_invested_in_projects_is_no_statistic() -> None:
    page = ("基金助力\n\n本报讯 近日记者获悉,省级产业基金去年投资了项目9个,带动项目总投资80亿元。\n")
    assert not [r for r in indicators(page) if r.get("value") == 9]


# --- places: a zone's south or north part is no district of its own -----------------------------

def test_the_south_part_of_a_zone_is_no_district() -> None:
    assert places("加快射洪经济开发区南区标准化厂房建设") == [("射洪经济开发区", "射洪市")]
    assert places("高新区北区新建厂房8万平方米") == []


def test_a_city_s_own_south_district_is_still_found() -> None:
    assert ("南区", "南区") in places("台南市南区")


def test_a_project_in_a_zone_s_south_part_is_in_the_zone() -> None:
    page = ("园区建设\n\n本报讯 2月18日,投资6亿元的年产2万吨特种纤维项目在射洪经济开发区南区开工。\n")
    loc = projects(page)["年产2万吨特种纤维项目"].get("location")
    assert (loc["province"], loc["city"], loc["detail"]) == ("四川省", "遂宁市", "射洪经济开发区")


# --- periods: a year that picks the projects counted is no period ---------------------------------

_, _, april_indicators = page_helpers(dt.date(2025, 4, 10))
TALLY = ("招商引资见成效\n\n本报讯(记者 罗文)截至3月底,某县2023年以来签约的35个项目中,已有30个开工,"
         "项目开工率达85.7%。去年以来引进的18个项目中,资金到位率达64%。\n")


def test_the_year_that_picks_the_projects_is_no_span_of_years() -> None:
    periods = {r.get("value"): r.get("period") for r in april_indicators(TALLY)}
    assert periods.get(85.7) == "2025-03"
    assert not [p for p in periods.values() if p and p.startswith("20") and int(p[:4]) < 2020]


def test_a_year_of_its_own_stays_the_period() -> None:
    page = "招商引资\n\n本报讯 2023年以来,某县引进项目46个,总投资120亿元,开工率达到80%。\n"
    assert any(r.get("period") and r.get("period").startswith("2023") for r in april_indicators(page))


# --- dates: a year told after a semicolon opens what follows --------------------------------------

def test_a_year_after_a_semicolon_does_not_date_the_quarter_before_it() -> None:
    text = "一季度,某市实现招商引资到位资金86.4亿元,同比增长9.9%;2024年签约项目履约率达到90.2%。"
    first = next(iter(find_dates(text, None, "past", 2025)))
    assert first.value.as_dict()["start"].startswith("2025")


def test_a_year_later_in_the_same_clause_still_dates_a_month() -> None:
    text = "3月,某县签约项目12个,均为2024年储备项目。"
    first = next(iter(find_dates(text, None, "past", None)))
    assert first.value.as_dict()["start"].startswith("2024")


# --- batches: the part of a counted group that got further, after a comma -------------------------

def batches(page: str) -> list:
    """The batch records of ``page`` (published on 10 April 2025)."""
    return [r for r in doc(page, dt.date(2025, 4, 10)).records if r.kind == "batch"]


def test_those_of_a_group_already_started_are_a_batch() -> None:
    page = ("项目落地\n\n本报讯 截至3月底,某县去年签约的26个项目中,已有21个开工建设,"
            "累计完成投资18.2亿元。\n")
    found = {(r.get("count"), r.get("event")) for r in batches(page)}
    assert (21, "started") in found


def test_those_of_a_group_still_in_talks_are_no_started_batch() -> None:
    page = ("项目落地\n\n本报讯 截至3月底,某县去年签约的26个项目中,有5个仍在办理前期手续。\n")
    assert not [r for r in batches(page) if r.get("count") == 5 and r.get("event") == "started"]


# --- project names: a logistics port is a works, a railway port a zone ----------------------------

def test_a_logistics_port_is_a_works() -> None:
    text = "达州公铁物流港一期建成投用。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["达州公铁物流港一期"]


def test_a_railway_logistics_port_is_no_works() -> None:
    text = "成都国际铁路物流港今年开行班列1200列。"
    assert find_names(text, 0, len(text)) == []
