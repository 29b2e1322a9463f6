"""Rules the misses of the hundred-and-seventh held-out set called for, each on phrasings of its own.

The set is foreign capital and firms going abroad: a business weekly's web copy in markdown with bold
cross-heads, a weekly's PDF page with letter-spaced names and words broken over lines, and a city
paper's digital edition with a column of briefs.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.pagedate import date_on_line
from newsmill.zh.projects import find_names
from newsmill.zh.record_senses import no_batch
from newsmill.zh.title_wraps import title_wrap
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 9, 16))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[tuple[str, object]]:
    return [(str(r.get("metric")), r.get("value")) for r in records(page, "indicator")]


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- page dates: a weekly's masthead, a digital edition's line with its section and links -----------

def test_a_weeklys_masthead_dates_the_page() -> None:
    found = date_on_line("鲁 中 商 务 周 刊                          2025年9月16日  星期二")
    assert found is not None and found.date == dt.date(2025, 9, 16)
    found = date_on_line("海岱投资周刊　2025年9月16日　星期二")
    assert found is not None and found.date == dt.date(2025, 9, 16)


def test_a_digital_editions_line_with_its_section_and_links_dates_the_page() -> None:
    line = "2025年09月16日　星期二　　第B2版:对外开放与合作　　　上一版　下一版　　版面导航"
    found = date_on_line(line)
    assert found is not None and found.date == dt.date(2025, 9, 16)
    found = date_on_line("2025年9月16日　第05版：园区建设　上一期　下一期　往期回顾")
    assert found is not None and found.date == dt.date(2025, 9, 16)


def test_a_sentence_with_a_date_and_a_link_word_dates_no_page() -> None:
    assert date_on_line("2025年9月16日，某市召开对外开放大会，上一版已作报道") is None
    assert date_on_line("2025年9月16日 某某县举行外资企业座谈会 上一版") is None


# --- project dates: a deadline a plan sets ----------------------------------------------------------

def test_a_deadline_a_plan_sets_is_no_day_of_the_works_under_way() -> None:
    page = "本报讯 位于坊子区的老城商业步行街改造工程正在加快推进，项目投资2.1亿元，计划国庆节前完工。"
    r = _project(page, "步行街改造工程")
    assert r["stage"] == "under_construction" and r["status"] == "actual"
    assert r.get("date") is None


def test_a_day_told_as_the_day_of_the_event_stays() -> None:
    page = "本报讯 9月12日，总投资3亿元的潍坊老城商业步行街改造工程开工。"
    r = _project(page, "步行街改造工程")
    assert r["stage"] == "started" and r["date"] == "2025-09-12"


# --- statistics: a fair's deals and exhibitors, one firm's own sums -------------------------------

def test_a_fairs_deals_and_exhibitors_are_no_statistics() -> None:
    page = ("本报讯 在日前闭幕的某某博览会上，潍坊市41家企业参展，现场达成意向成交额5600万美元。"
            "寿光市企业签订出口订单金额2300万美元，采购商意向采购金额1.1亿美元。")
    assert _indicators(page) == []


def test_a_places_trade_and_firms_stay_statistics() -> None:
    page = "本报讯 1—8月，潍坊市出口额1260.5亿元，同比增长6.4%；新设外资企业41家。"
    metrics = [m for m, _v in _indicators(page)]
    assert any("出口" in m for m in metrics) and any("外资企业" in m for m in metrics)


def test_the_sum_one_firm_or_fund_puts_in_is_no_statistic() -> None:
    page = ("本报讯 根据协议，瑞士某某集团将以外商独资方式投资6200万欧元，在某开发区建设精密部件基地。"
            "另有一家新加坡物流基金投资4800万美元，收购两座冷库。")
    assert not [v for _m, v in _indicators(page)]


def test_what_a_places_guiding_fund_invested_stays_a_statistic() -> None:
    page = "本报讯 今年以来，寿光市产业引导基金投资2.4亿元，带动社会资本投入9.6亿元。"
    assert 240000000 in [v for _m, v in _indicators(page)]


def test_a_firms_plants_around_the_world_and_a_phases_own_plant_are_no_statistics() -> None:
    page = ("本报讯 该集团在全球11个国家设有26家工厂。今年前8个月，一期工厂实现销售收入1.6亿美元。")
    assert _indicators(page) == []


# --- names: a works told by its capital's origin, lines listed by kind ------------------------------

def test_a_works_told_by_its_capitals_origin_is_no_name() -> None:
    assert _names("青州:台资光学镜片工厂投产") == []
    assert _names("德资精密模具产业园开工") == []
    assert _names("港澳资冷链仓储中心项目在谈") == []


def test_a_works_named_with_its_investor_from_abroad_stays_a_name() -> None:
    assert _names("德国某某集团投资建设的精密模具产业园开工") == ["精密模具产业园"]
    assert "港口物流园项目" in _names("港口物流园项目开工")


def test_lines_listed_by_kind_before_deng_are_no_name() -> None:
    assert _names("建设激光切割、数控折弯等生产线") == []
    assert _names("新上注塑、喷涂等车间") == []


def test_a_line_named_on_its_own_stays_a_name() -> None:
    assert _names("总投资1.2亿元的数控折弯生产线投产") == ["数控折弯生产线"]


# --- investors: the firm that invests to build a plant named after another firm ----------------------

def test_the_firm_that_invests_to_build_is_the_investor_of_a_plant_named_after_another() -> None:
    page = ("本报讯 9月10日，由瑞典北辰机械集团以外商独资方式投资建设的北辰（潍坊）传动科技有限公司新工厂"
            "在潍坊高新区投产。")
    assert _project(page, "新工厂")["investor"] == "瑞典北辰机械集团"
    page = ("本报讯 9月10日，丹麦海森食品公司在寿光市投资建设的寿光海森食品有限公司新工厂投产，"
            "年产冷冻蔬菜2万吨。")
    assert _project(page, "新工厂")["investor"] == "丹麦海森食品公司"


def test_a_plant_named_after_its_firm_alone_keeps_that_firm() -> None:
    page = "本报讯 9月10日，北辰（潍坊）传动科技有限公司新工厂在潍坊高新区投产。"
    assert _project(page, "新工厂")["investor"] == "北辰（潍坊）传动科技有限公司"


# --- signing: a firm that will invest to build, after its agreement --------------------------------

def test_a_firm_investing_after_its_agreement_signed_the_project_that_day() -> None:
    page = ("本报讯 9月12日，高密市与韩国大信精密株式会社签订投资协议。大信精密将以外商独资方式投资"
            "4500万美元（约合人民币3.2亿元），在高密经济开发区建设汽车传感器生产基地，项目计划明年开工。")
    r = _project(page, "汽车传感器生产基地")
    assert (r["stage"], r["status"], r["date"]) == ("signed", "actual", "2025-09-12")
    assert r["investor"] == "韩国大信精密株式会社"


def test_a_firm_investing_with_no_agreement_before_signed_nothing() -> None:
    page = ("本报讯 9月12日，高密市召开外资企业座谈会。大信精密将投资4500万美元，在高密经济开发区建设"
            "汽车传感器生产基地，项目计划明年开工。")
    assert _project(page, "汽车传感器生产基地")["stage"] != "signed"


# --- batches: a cross-head told again by its story, outward investments filed --------------------

def test_a_cross_heads_count_told_again_by_its_story_is_the_storys_batch() -> None:
    page = ("# 某市外资招引提速\n\n**诸城:6个外资项目集中签约**\n\n"
            "9月8日，诸城市举行外资项目签约仪式，现场签约来自日本、韩国的外资项目6个，总投资3.2亿美元。\n")
    batches = records(page, "batch")
    assert [b.get("count") for b in batches] == [6]
    ev = batches[0].fields["count"].evidence[0]
    assert "现场签约" in doc(page).text[max(0, ev.start - 30):ev.end]


def test_outward_investments_filed_are_no_batch() -> None:
    text = "今年以来，全市企业境外投资备案项目12个，中方协议投资额2.1亿美元。"
    at = text.index("项目12个")
    assert no_batch(text, at, at + len("项目12个"))
    text = "今年以来，全市备案对外投资项目8个。"
    at = text.index("项目8个")
    assert no_batch(text, at, at + len("项目8个"))


def test_foreign_projects_signed_stay_a_batch() -> None:
    text = "今年以来，全市新签约外资项目12个，合同外资2.1亿美元。"
    at = text.index("外资项目12个")
    assert not no_batch(text, at, at + len("外资项目12个"))


# --- titles: a sum invested over the works it builds ---------------------------------------------

def test_a_title_closing_on_the_sum_over_the_works_it_builds_is_one_title() -> None:
    assert title_wrap("日企在高密追加投资30亿日元", "扩建精密轴承工厂")
    assert title_wrap("港资在寿光投资12亿港元", "建设冷链物流产业园")


def test_a_title_with_its_own_event_or_a_subject_under_it_is_no_wrap() -> None:
    assert not title_wrap("日企在高密追加投资30亿日元", "高密外资企业增至86家")
    assert not title_wrap("高密精密轴承工厂投产", "建设冷链物流产业园")


# --- signing: a project among those a signing just counted -----------------------------------------

def test_a_project_among_those_just_signed_was_signed_that_day() -> None:
    page = ("本报讯 9月5日，青州市举行外资项目集中签约仪式，"
            "现场签约来自日本和德国的外资项目7个，总投资4.1亿美元。"
            "签约项目中，德国某某机械集团投资8000万美元建设的精密传动部件产业园计划年底开工。")
    r = _project(page, "精密传动部件产业园")
    assert (r["stage"], r["status"], r["date"]) == ("signed", "actual", "2025-09-05")


def test_a_project_planned_with_no_signing_counted_before_keeps_its_plan() -> None:
    page = ("本报讯 9月5日，青州市召开外资工作座谈会。"
            "签约项目中，德国某某机械集团投资8000万美元建设的精密传动部件产业园计划年底开工。")
    r = _project(page, "精密传动部件产业园")
    assert (r["stage"], r["status"]) == ("started", "target")
