"""Rules the misses of the hundred-and-nineteenth held-out set called for, each on phrasings of its own.

The set is project tours and contests: a city's quarterly tour told one site a paragraph, a ranking of
counties by the investment they completed, a batch started at a main venue and sub-venues, vehicle,
battery and equipment plants at every stage, on a print page with a commentary box, a web copy in
half-width punctuation and a page extracted with markdown heading marks.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.evaluation import flagged_spans, found_outside
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 25))


def _titles(page: str) -> list[str | None]:
    return [a.headline for a in doc(page).articles]


def _survives(page: str, needle: str) -> bool:
    """True when ``needle`` is left in the page's cleaned text outside the furniture and captions."""
    d = doc(page)
    return found_outside(d.clean, needle, flagged_spans(d))


def _batches(page: str) -> list[tuple]:
    return [(b.get("region"), b.get("event"), b.get("count"), b.get("total_cny"))
            for b in records(page, "batch")]


def _indicators(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit")) for r in records(page, "indicator")]


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_a_running_head_whose_fields_are_apart_by_bars_is_furniture() -> None:
    texts = ["江淮商报 | 2026年9月4日 星期五 | 第07版：县域经济", "", "某县新签约项目12个"]
    assert classify_text(texts, 0) == ("furniture", "page header")
    texts = ["江淮商报｜2026年9月4日｜A5版：产业"]
    assert classify_text(texts, 0) == ("furniture", "page header")


def test_a_sentence_with_bars_and_a_date_is_no_running_head() -> None:
    texts = ["据了解 | 2026年9月4日起，某县将在第7版公布名单。"]
    assert classify_text(texts, 0) is None


def test_masked_hotlines_beside_the_publisher_make_a_foot_line() -> None:
    texts = ["读者热线：0371-6xxxxxx　　发行热线：0371-6xxxxxx　　中原晨报社出版"]
    assert classify_text(texts, 0) == ("furniture", "contact line")
    texts = ["新闻热线：0551-2xxxxxx　　江淮商报社出版"]
    assert classify_text(texts, 0) == ("furniture", "contact line")


def test_a_hotline_told_in_a_sentence_stays() -> None:
    texts = ["市民可拨打服务热线：0551-2xxxxxx反映问题，该中心由江淮商报社出版的周刊介绍。"]
    assert classify_text(texts, 0) is None


PAGE_WITH_COMMENTARY = (
    "某县三季度项目观摩活动举行\n\n"
    "本报讯（记者 柴远帆）9月26日，某县三季度重点项目观摩活动举行，观摩团察看了14个项目。"
    "此次观摩的14个项目总投资62.5亿元。\n\n"
    "【快评】\n"
    "项目观摩贵在较真\n"
    "观摩看的是工地，比的是实绩。排名靠前的要再加把劲，排名靠后的更要找差距、补短板，"
    "让每一次观摩都成为项目建设的加速器，而不是走过场的“参观团”。\n\n"
    "某县新增规上企业9家\n\n"
    "本报讯（通讯员 蔺初晴）今年以来，某县新增规上工业企业9家，总数达到136家。\n"
)


def test_a_bracketed_commentary_label_is_furniture_and_its_title_opens_a_piece() -> None:
    assert not _survives(PAGE_WITH_COMMENTARY, "【快评】")
    assert "项目观摩贵在较真" in _titles(PAGE_WITH_COMMENTARY)


def test_a_bracketed_label_that_names_no_commentary_stays_a_label() -> None:
    page = PAGE_WITH_COMMENTARY.replace("【快评】", "【相关链接】")
    assert "项目观摩贵在较真" not in _titles(page)


# --- indicators ----------------------------------------------------------------------------------

def test_one_projects_planned_sum_one_lines_pace_and_a_plants_vehicles_are_no_statistics() -> None:
    page = ("本报讯 9月12日，某县与一家康养企业签订协议，计划总投资4.5亿元建设康养小镇。"
            "记者在车间看到，这条产线每分钟可下线电芯90只。今年1—8月，某公司已下线各类电动叉车6800台。")
    got = _indicators(page)
    assert not any(u == "CNY" for _m, _v, u in got)
    assert not any(u in ("只", "台") for _m, _v, u in got)


def test_a_regions_vehicle_output_stays_a_statistic() -> None:
    page = "本报讯 1—8月，某市汽车产量达到12.6万辆，同比增长18.2%。"
    assert any(u == "万辆" for _m, _v, u in _indicators(page))


# --- batches ---------------------------------------------------------------------------------------

TOUR = ("本报讯 9月23日，亳州市三季度重点项目观摩活动举行。观摩团先后来到谯城区、涡阳县、蒙城县和利辛县，"
        "实地察看了21个在建项目。此次观摩的21个项目总投资186.4亿元，今年以来完成投资72.3亿元。")


def test_the_sums_told_after_a_tours_stops_belong_to_the_tours_host() -> None:
    got = _batches(TOUR)
    assert got and all(region == "亳州市" for region, *_ in got)


def test_a_sum_whose_sentence_names_its_own_place_keeps_that_place() -> None:
    page = TOUR + "其中，利辛县观摩的5个项目总投资41.2亿元。"
    assert ("利辛县", "under_construction", 5, 4120000000) in _batches(page)


def test_places_ranked_are_no_region_of_the_batches_after_them() -> None:
    page = ("本报讯 9月25日，宣城市召开三季度项目推进会，郎溪县、广德市、宁国市分列前三名。"
            "会议要求，各地要确保年底前再开工亿元以上项目40个。")
    assert _batches(page)[0][0] == "宣城市"


def test_sites_looked_at_in_places_are_works_under_way_and_the_count_restated_with_its_sum_is_one() -> None:
    page = ("本报讯 9月18日，某区组织开展重点项目拉练，观摩团先后察看了甲镇、乙镇和某园区等地的9个项目，"
            "9个项目总投资27.8亿元。")
    assert _batches(page) == [(_batches(page)[0][0], "under_construction", 9, 2780000000)]


def test_a_count_of_projects_with_no_tour_keeps_no_event() -> None:
    page = "本报讯 某区梳理了甲镇、乙镇的9个项目，9个项目总投资27.8亿元。"
    assert all(event != "under_construction" for _r, event, *_ in _batches(page))


# --- projects --------------------------------------------------------------------------------------

def test_a_tours_stop_at_a_named_projects_bare_site_names_the_project() -> None:
    page = ("本报讯 9月23日，观摩团来到蒙城经济开发区。在安徽驰岳新能源科技有限公司动力电池壳体项目现场，"
            "3栋厂房已全部封顶，冲压生产线正在安装调试。该项目总投资12.5亿元。")
    got = projects(page)
    assert "冲压生产线" not in got
    named = [r for n, r in got.items() if n and "动力电池壳体项目" in n]
    assert named and named[0].get("investment_cny") == 1250000000


def test_a_line_named_with_its_capacity_stays_a_project() -> None:
    page = "本报讯 9月23日，某公司年产5万吨铝合金压铸生产线正式投产，总投资3.2亿元。"
    assert any("压铸生产线" in (n or "") for n in projects(page))


def test_a_vehicle_plants_first_vehicle_off_its_line_is_production() -> None:
    page = "本报讯 9月20日，安徽江岳重型汽车有限公司生产基地首车下线。该基地总投资18亿元，规划年产重卡3万辆。"
    got = [r for n, r in projects(page).items() if n and "生产基地" in n]
    assert got and got[0].get("stage") == "in_production"


def test_what_a_project_told_before_plans_to_build_is_no_project() -> None:
    page = ("本报讯 9月23日，涡阳县的某纺织产业园项目加快建设。项目由安徽某纺织有限公司投资18亿元建设，"
            "规划建设高端纱线和功能面料生产线。")
    got = projects(page)
    assert not any("面料生产线" in (n or "") for n in got)


def test_what_two_parties_agree_to_build_at_a_site_is_a_project() -> None:
    page = ("本报讯 9月19日，潜山市与一家文旅企业签订合作协议，"
            "双方将在潜山市黄柏镇联合打造山水康养综合体项目，计划总投资6亿元。")
    got = [r for n, r in projects(page).items() if n and "康养综合体项目" in n]
    assert got and got[0].get("stage") == "signed"


def test_a_goal_to_build_with_no_agreement_is_no_project() -> None:
    page = "本报讯 潜山市将在黄柏镇联合打造山水康养示范区，推动文旅融合发展。"
    assert not any("康养示范区" in (n or "") for n in projects(page))
