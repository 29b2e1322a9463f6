"""Rules the leftovers of the fifty-eighth and sixtieth held-out sets called for, each on phrasings
of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


def metrics(page: str) -> set[str]:
    return {str(r.get("metric")) for r in indicators(page)}


def values(page: str) -> set[object]:
    return {r.get("value") for r in indicators(page)}


# --- statistics: an average time projects took ----------------------------------------------------

def test_an_average_lead_time_of_projects_is_no_statistic() -> None:
    page = ("标准地改革\n\n本报讯 今年以来,某县新供应工业用地300亩,"
            "项目从拿地到开工的时间平均缩短至25天左右。\n")
    assert 25 not in values(page)
    assert 300 in values(page)


def test_an_average_cycle_before_its_verb_is_no_statistic() -> None:
    page = ("项目服务\n\n本报讯 某区为每个签约项目配备专员,签约项目平均开工周期缩短到5个月。\n")
    assert 5 not in values(page)


def test_a_time_limit_set_for_approvals_stays_a_statistic() -> None:
    page = ("营商环境\n\n本报讯 某区推行并联审批,工业项目审批时间压缩至20个工作日以内。\n")
    assert {m for m in metrics(page) if m.endswith("审批时间")}


# --- statistics: what a speaker says a thing can reach -------------------------------------------

def test_what_a_plot_can_reach_in_a_quote_is_no_statistic() -> None:
    page = ("低效用地再利用\n\n本报讯 “过去这片地几乎不交税,现在亩均税收能达到25万元左右。”"
            "某开发区管委会主任说,今年园区亩均税收达到21万元。\n")
    found = values(page)
    assert 250000 not in found
    assert 210000 in found


def test_a_comparison_of_floor_in_a_quote_is_no_statistic() -> None:
    page = ("工业上楼\n\n本报讯 “同一块地,建平房只有500多平方米,建多层以后能做到1500平方米。”"
            "某园区负责人介绍,目前园区已入驻企业21家。\n")
    found = values(page)
    assert not found & {500, 1500}
    assert 21 in found


def test_a_level_reached_outside_quotes_stays_a_statistic() -> None:
    page = ("园区经济\n\n本报讯 今年1-5月,某园区规上工业产值能达到18亿元,同比增长9%。\n")
    assert 1800000000 in values(page)


# --- statistics: firms one broker brought ---------------------------------------------------------

def test_firms_brought_through_a_broker_are_no_statistic() -> None:
    page = ("以商招商\n\n本报讯 在老乡会长王某的牵线下,今年以来已有6家配套企业落户某园区。\n")
    assert 6 not in values(page)


def test_firms_a_firm_introduced_are_no_statistic() -> None:
    page = ("以商招商\n\n本报讯 由某食品公司牵线搭桥,先后引来包装、物流等上下游企业5家。\n")
    assert 5 not in values(page)


def test_firms_settled_with_no_broker_stay_a_statistic() -> None:
    page = ("园区建设\n\n本报讯 今年以来,某园区已有7家配套企业落户。\n")
    assert 7 in values(page)


# --- regions: the park a run of results is credited to ---------------------------------------------

def regions(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("region") for r in indicators(page)}


def test_the_bare_park_of_a_run_is_the_county_s_park_its_close_names() -> None:
    page = ("腾笼换鸟\n\n本报讯 盘活闲置土地900亩,新建标准化厂房30万平方米;园区亩均产值由2021年的150万元"
            "提高到2024年的320万元……这是永修县推进工业园区提质增效三年来交出的一份答卷。\n")
    found = regions(page)
    assert found[3200000] == "永修县工业园区"
    assert found[900] == "永修县"


def test_a_zone_credited_by_the_close_holds_all_the_run_s_figures() -> None:
    page = ("园区更新\n\n本报讯 记者走进繁昌经开区。三年新建标准化厂房逾60万平方米,盘活低效用地1500余亩;"
            "园区亩均税收由2021年的9万元提高到2024年的21万元……这是繁昌经济开发区推行“园区更新”三年来的一组数据。\n")
    found = regions(page)
    assert found[1500] == "繁昌经开区"
    assert found[210000] == "繁昌经开区"


def test_a_run_credited_to_a_county_keeps_the_county() -> None:
    page = ("工业经济\n\n本报讯 泗县今年新增规上工业企业15家,园区新增入驻企业12家……"
            "这是泗县今年前三季度工业经济交出的一份答卷。\n")
    assert regions(page)[12] == "泗县"


# --- periods: the year a place was founded ----------------------------------------------------------

def periods(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("period") for r in indicators(page)}


def test_a_founding_year_is_no_period_of_the_figures_after_it() -> None:
    page = ("老园区新生\n\n本报讯 某高新区始建于2008年,部分早期企业效益差。园区开展集中清理,"
            "已盘活闲置土地近500亩。\n")
    assert periods(page)[500] == "2025"


def test_a_firm_set_up_in_a_year_gives_no_period_either() -> None:
    page = ("园区经济\n\n本报讯 某物流园成立于2015年,目前园区入驻企业86家。\n")
    assert periods(page)[86] == "2025"


def test_a_year_of_results_stays_the_period() -> None:
    page = ("园区经济\n\n本报讯 2008年,某高新区盘活闲置土地近500亩。\n")
    assert periods(page)[500] == "2008"


# --- stages: a sum put into works carried out --------------------------------------------------------

def test_a_sum_invested_to_carry_out_works_is_under_way() -> None:
    page = ("技改提速\n\n本报讯 某县甲电子科技有限公司今年投资3.1亿元实施高端连接器智能化改造项目,"
            "建成后可新增年产值5亿元。\n")
    found = projects(page)
    assert "高端连接器智能化改造项目" in found
    assert found["高端连接器智能化改造项目"].get("stage") == "under_construction"


def test_works_carried_out_with_no_sum_make_no_stage() -> None:
    page = ("技改提速\n\n本报讯 某县将实施高端连接器智能化改造项目。\n")
    found = projects(page)
    assert found.get("高端连接器智能化改造项目") is None \
        or found["高端连接器智能化改造项目"].get("stage") != "under_construction"


# --- capacities: logs of mushroom substrate counted in 棒 ---------------------------------------------

def test_a_yield_counted_in_logs_is_a_capacity() -> None:
    from newsmill.zh.projects import CAPACITY_RE
    m = CAPACITY_RE.search("年产800万棒木耳菌棒加工项目")
    assert m is not None and m.group().startswith("年产800万棒")


def test_a_name_with_no_figure_before_its_logs_has_no_capacity() -> None:
    from newsmill.zh.projects import CAPACITY_RE
    assert CAPACITY_RE.search("木耳菌棒加工项目") is None


# --- areas: floor built after the town it stands in ---------------------------------------------------

def test_floor_built_after_its_town_is_the_project_s_area() -> None:
    page = ("冷链物流\n\n本报讯 某物流有限公司签约的陇东冷链集散中心项目总投资2.6亿元,"
            "拟在西峰镇建设低温仓储库房2万平方米及配套设施。\n")
    found = projects(page)
    assert found["陇东冷链集散中心项目"].get("area") == "2万平方米"


def test_floor_a_county_builds_is_no_area_of_a_project() -> None:
    page = ("冷链物流\n\n本报讯 某物流有限公司签约的陇东冷链集散中心项目总投资2.6亿元。"
            "今年全县建设标准化仓库5万平方米。\n")
    assert projects(page)["陇东冷链集散中心项目"].get("area") is None


# --- regions: a bare 园区 taking up the zone just named -----------------------------------------------

def test_a_bare_park_takes_up_the_zone_the_sentence_before_names() -> None:
    page = ("产业链\n\n本报讯 近年来,邓州经济技术开发区先后引进纺织企业6家,形成了完整链条。"
            "2024年,园区纺织产业实现产值28.4亿元,同比增长12.5%。\n")
    assert regions(page)[2840000000] == "邓州经济技术开发区"


def test_a_bare_park_after_a_county_keeps_the_county() -> None:
    page = ("产业链\n\n本报讯 近年来,邓州市先后引进纺织企业6家,形成了完整链条。"
            "2024年,园区纺织产业实现产值28.4亿元,同比增长12.5%。\n")
    assert regions(page)[2840000000] != "邓州经济技术开发区"


# --- investors: the firm whose person speaks right before ----------------------------------------------

def test_the_bare_firm_after_its_own_speaker_is_the_firm_named_before() -> None:
    page = ("亩产效益\n\n本报讯 作为园区骨干企业,湖北恒翔精工有限公司去年实现产值12亿元。"
            "该公司总经理刘某介绍,公司今年投资1.6亿元实施精密轴承智能化改造项目,预计明年建成。\n")
    r = projects(page)["精密轴承智能化改造项目"]
    assert r.get("investor") == "湖北恒翔精工有限公司"


def test_a_bare_firm_with_no_speaker_before_gets_no_firm_from_afar() -> None:
    page = ("亩产效益\n\n本报讯 湖北恒翔精工有限公司去年实现产值12亿元。\n\n"
            "某区相关负责人介绍,公司今年投资1.6亿元实施精密轴承智能化改造项目。\n")
    r = projects(page).get("精密轴承智能化改造项目")
    assert r is None or r.get("investor") != "湖北恒翔精工有限公司"


def test_a_name_keeps_its_capacity_in_latin_units() -> None:
    from newsmill.zh.projects import NAME_CAPACITY_RE
    m = NAME_CAPACITY_RE.search("年产12GWh动力电池项目")
    assert m is not None and m.group().startswith("年产12GWh")
