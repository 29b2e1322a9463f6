"""Rules for what the earlier sets and the shared gold still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_width import normalize
from newsmill.zh.units import find_percents

DAY = dt.date(2024, 6, 12)


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def _indicators(page: str) -> dict:
    return {r.get("value"): r for r in _records(page, "indicator")}


def test_a_bound_of_a_goal_is_no_decline_and_no_word_of_its_metric() -> None:
    page = "本报讯 某某县将对招商项目实行专班推进，力争签约项目年内开工率不低于65%。\n"
    got = _indicators(page)
    assert 65.0 in got, got
    assert got[65.0].get("metric") == "签约项目年内开工率", got[65.0].get("metric")
    assert got[65.0].get("status") == "target"
    hits = list(find_percents("开工率不低于65%，增速低于全省1.5个百分点"))
    assert hits[0].change is None and hits[0].value == 65.0  # a floor, no change
    assert hits[1].change == "decrease"  # 低于 alone still compares downwards
    share = "本报讯 今年，某某区工业投资占全部投资的比重不少于40%。\n"
    assert "不少于" not in str(_indicators(share).get(40.0).get("metric"))


def test_a_stop_after_a_closing_bracket_ends_the_sentence() -> None:
    assert normalize("做好服务(力争年内开工率达到75%以上).\n下一段") \
        == "做好服务（力争年内开工率达到75%以上）。\n下一段"
    assert normalize("Co. (Ltd.).\n") == "Co. (Ltd.).\n"  # Latin text keeps its stops
    assert normalize("(见附表).") == "（见附表）。"
    assert normalize("(2023).") == "(2023)."  # no Chinese around: maybe Latin text
    page = ("某县招商项目签约大会举行\n"
            "本报讯 6月5日，某某县招商项目签约大会举行，现场签约项目6个，协议总额12.5亿元.\n"
            "县相关负责人表示，下一步将做好签约项目服务(力争年内开工率达到75%以上).\n")
    assert 75.0 in _indicators(page), _indicators(page)  # the last paragraph stays in the story


def test_a_supply_formed_for_a_place_is_written_quantity_first() -> None:
    page = ("本报讯 下一步，某某农牧集团将加快建设产业链，力争到2026年底，为某某市形成年60万头"
            "生猪出栏量，2万吨冷鲜肉制品，5万吨蔬菜产品的市场供给能力。\n")
    got = _indicators(page)
    assert got[60].get("metric") == "生猪年出栏量", got[60].get("metric")
    assert got[60].get("unit") == "万头"
    assert got[2].get("metric") == "冷鲜肉制品供给能力", got[2].get("metric")
    assert got[5].get("metric") == "蔬菜产品供给能力", got[5].get("metric")
    assert got[60].get("period") == "2026(目标)", got[60].get("period")
    plant = "本报讯 该项目建成后，将形成年产60万吨饲料的生产能力。\n"
    assert 60 not in _indicators(plant)  # a plant's capacity, no place's supply


FEATURE = ("一家纸业企业的十年\n"
           "本报讯 走进位于某某县城北街道的四川青禾纸业有限公司，新车间里机器正在运转。\n"
           "2016年，青禾纸业签约落户城北园区，一期项目总投资2亿元。2020年，公司再投资4亿元建设二期项目，"
           "同年建成投产。去年3月，总投资9亿元的三期项目动工。\n"
           "三期项目达产后，公司将新增就业岗位300个。\n")


def _projects(page: str, day: dt.date = dt.date(2024, 10, 1)) -> dict:
    return {r.get("name"): r for r in _records(page, "project", day)}


def test_a_firms_first_phase_told_after_it_settles() -> None:
    got = _projects(FEATURE)
    first = got.get("青禾纸业一期项目")
    assert first is not None, list(got)
    assert first.get("stage") == "signed" and first.get("investment_cny") == 200_000_000
    assert first.get("investor") == "青禾纸业"
    assert first.get("date") == "2016", first.get("date")


def test_built_and_in_production_the_same_year() -> None:
    second = _projects(FEATURE).get("青禾纸业二期项目")
    assert second is not None
    assert second.get("stage") == "in_production", second.get("stage")
    assert second.get("date") == "2020", second.get("date")
    later = ("本报讯 某某县的甲乙食品有限公司去年投资1.5亿元建设冷链加工中心项目，目前进展顺利。\n")
    assert {r.get("stage") for r in _records(later, "project")} == {"under_construction"}


def test_a_phase_named_again_gives_its_figures() -> None:
    third = _projects(FEATURE).get("青禾纸业三期项目")
    assert third is not None and third.get("jobs") == 300, third and third.get("jobs")
    two_firms = ("本报讯 甲乙化工有限公司与丙丁物流有限公司在某某县签约。三期项目全面投产后，"
                 "新增就业岗位300个。\n")
    assert not _projects(two_firms), _projects(two_firms)  # no one firm: the phase stays generic


def _story(body: str) -> str:
    return "某市重点项目建设提速\n本报讯 " + body + "\n"


def test_a_class_of_projects_investment_written_verb_first_is_a_statistic() -> None:
    page = _story("今年全市计划实施重点项目240个。下一步，将聚焦在建项目抓进度，"
                  "确保全年完成重点项目投资410亿元以上。")
    got = _indicators(page)
    assert 41_000_000_000 in got, got
    assert got[41_000_000_000].get("metric") == "重点项目投资"
    assert got[41_000_000_000].get("status") == "target"
    one = _story("该项目总投资12亿元，确保年内完成项目投资5亿元。")
    assert 500_000_000 not in _indicators(one)  # one project's spending, no class's


def test_an_amount_after_a_semicolon_and_a_rate_is_no_batchs_total() -> None:
    page = _story("今年全市计划实施重点项目240个，1—5月已开复工198个，开复工率82.5%；完成投资156.8亿元，"
                  "同比增长9.1%。")
    batches = _records(page, "batch")
    assert [b.get("total_cny") for b in batches if b.get("count") == 198] == [None], \
        [(b.get("count"), b.get("total_cny")) for b in batches]
    assert not any(b.get("count") is None for b in batches)  # no batch of the amount alone
    got = _indicators(page)
    assert got[15_680_000_000].get("metric") == "重点项目完成投资", got[15_680_000_000].get("metric")
    assert got[15_680_000_000].get("growth_pct") == 9.1
    same = _story("今年以来，全市新开工项目48个，完成投资86.2亿元。")
    assert [b.get("total_cny") for b in _records(same, "batch")] == [8_620_000_000]


def test_a_reward_per_firm_is_no_statistic() -> None:
    page = _story("该市将对年营收首次突破5亿元的企业奖励30万元，对新认定的专精特新企业补贴20万元。"
                  "去年，全市规上工业增加值增长6.5%。")
    got = _indicators(page)
    assert 300_000 not in got and 200_000 not in got, got
    assert 6.5 in got


PARK = ("川黔协作工业园区新添项目\n"
        "本报讯 记者从川黔协作工业园区获悉，园区今年1—6月实现规上工业产值42.6亿元，同比增长9.8%。"
        "该园区由两地共同管理。川黔协作工业园区位于遂宁市安居区白马镇，主攻食品加工。"
        "园区二期基础设施项目正在加快建设，总投资6.2亿元，预计明年建成。\n")


def test_a_parks_own_site_places_it() -> None:
    doc = Pipeline().process(PARK, pub_date=DAY)
    zones = [m for m in doc.mentions if m.kind == "place" and m.value.get("name") == "川黔协作工业园区"]
    assert len(zones) == 3, zones
    assert {(m.value.get("city"), m.value.get("county")) for m in zones} == {("遂宁市", "安居区")}
    regions = {r.get("region") for r in doc.records if r.kind == "indicator"}
    assert regions == {"川黔协作工业园区"}, regions
    works = [r for r in doc.records if r.kind == "project"]
    names = [r.get("name") for r in works]
    assert names == ["川黔协作工业园区二期基础设施项目"], names
    assert works[0].get("location").get("county") == "安居区"
    assert works[0].get("stage") == "under_construction"


def test_a_park_without_its_site_stays_unknown() -> None:
    page = PARK.replace("川黔协作工业园区位于遂宁市安居区白马镇，主攻食品加工。", "")
    doc = Pipeline().process(page, pub_date=DAY)
    assert not any(m.kind == "place" and m.value.get("name") == "川黔协作工业园区" for m in doc.mentions)


def test_a_parks_next_phase_named_by_its_anaphor() -> None:
    page = ("某县食用菌加工园一期主体工程完工\n"
            "本报讯 近日，位于某某县城关镇的食用菌加工园一期主体工程完工，进入设备安装阶段。"
            "该园区总投资2.6亿元，全部建成后可年加工食用菌2万吨。\n"
            "据介绍，园区二期计划明年开工，将建设菌菇冷链物流中心和农产品直播基地。\n")
    got = _projects(page)
    second = got.get("食用菌加工园二期项目")
    assert second is not None, list(got)
    assert (second.get("stage"), second.get("status")) == ("started", "target")
    assert "农产品直播基地" not in got and "菌菇冷链物流中心" not in got, list(got)  # the phase's parts


def test_a_project_dated_spending_is_under_way() -> None:
    page = ("某市重点项目建设提速\n"
            "本报讯 阳江市重点项目加快推进。在沿海片区，某某石化二期项目正在加快建设。在西部山区，"
            "阳西海上风电场项目截至8月底已完成投资19.4亿元，预计年底前全容量并网。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    wind = got.get("阳西海上风电场项目")
    assert wind is not None, list(got)
    assert wind.get("stage") == "under_construction"
    assert wind.get("investor") is None  # the county and where the plant stands, no brand
    assert (wind.get("location") or {}).get("county") == "阳西县", wind.get("location")


def test_a_peninsula_is_no_city() -> None:
    page = "某市海上风电建设提速\n本报讯 在雷州半岛，多个风电项目加快建设。\n"
    doc = Pipeline().process(page, pub_date=DAY)
    assert not any(m.kind == "place" and m.value.get("name") == "雷州市" for m in doc.mentions)
    doc = Pipeline().process("某市产业提速\n本报讯 雷州市今年新签约项目12个。\n", pub_date=DAY)
    assert any(m.kind == "place" and m.value.get("name") == "雷州市" for m in doc.mentions)


def test_firms_come_to_talk_with_an_intended_sum_are_a_batch() -> None:
    page = _story("腾退的厂房挂牌后反响不错，已有4家企业前来洽谈，意向投资额合计12亿元。")
    got = [(b.get("count"), b.get("total_cny"), b.get("event")) for b in _records(page, "batch")]
    assert got == [(4, 1_200_000_000, "negotiating")], got
    visit = _story("今年以来，共有30家企业前来考察。")
    assert not _records(visit, "batch")


def test_a_bare_zone_word_is_the_zone_the_story_is_about() -> None:
    page = ("某区腾地招商\n本报讯 记者从广元经开区获悉，某化工公司已整体迁至德阳经开区。"
            "收回的土地已纳入经开区储备。\n")
    doc = Pipeline().process(page, pub_date=DAY)
    short = [m for m in doc.mentions if m.kind == "place" and doc.text[m.start:m.end] == "经开区"
             and m.start > doc.text.find("纳入")]
    assert [m.value.get("name") for m in short] == ["广元经开区"], short


def test_news_of_a_project_told_in_the_next_sentence() -> None:
    page = ("两个项目一停一迁\n本报讯 9月10日，记者从某某经开区获悉，两个项目有了新动态。"
            "同一天，雨湖区姜畲镇沿江造纸企业搬迁项目迎来新进展。湖南青禾纸业有限公司已迁入"
            "某某工业园，投资5.2亿元新建的厂区8月底竣工，年产生活用纸8万吨。\n")
    got = _projects(page)
    assert len(got) == 1, list(got)  # the park the plant moves to is no project
    moved = got.get("雨湖区姜畲镇沿江造纸企业搬迁项目")
    assert moved is not None, list(got)
    assert moved.get("stage") == "completed"
    assert moved.get("investor") == "湖南青禾纸业有限公司"
    assert moved.get("investment_cny") == 520_000_000
    assert moved.get("date") == "2024-08", moved.get("date")
    assert moved.get("capacity") == "年产生活用纸8万吨", moved.get("capacity")
    quiet = page.replace("迎来新进展", "稳步推进")
    assert "雨湖区姜畲镇沿江造纸企业搬迁项目" not in _projects(quiet) \
        or _projects(quiet)["雨湖区姜畲镇沿江造纸企业搬迁项目"].get("investor") is None


def test_a_count_shares_the_noun_of_the_next_parallel_item() -> None:
    page = _story("今年将加快培育甲乙材料等3个产值超5亿元、丙丁食品等6个产值超10亿元的龙头企业。")
    got = _indicators(page)
    assert got[3].get("metric") == "培育产值超5亿元的龙头企业", got[3].get("metric")
    assert "产值超10亿元" in str(got[6].get("metric")), got[6].get("metric")
    alone = _story("今年将加快培育甲乙材料等3个产值超5亿元、丙丁食品等6个重点项目。")
    assert 3 not in _indicators(alone)  # no firms shared: nothing counted


def test_since_a_body_was_set_up_told_in_another_paragraph() -> None:
    page = ("某市产业专班见成效\n"
            "本报讯 钢铁产业专班成立以来，帮助甲乙钢构等企业协调贷款5200万元。\n"
            "为推动工业发展，去年10月，某市组建重点产业专班运行体系。10月8日，专班召开月调度会。\n")
    got = _indicators(page)
    loan = got.get(52_000_000)
    assert loan is not None, got
    assert loan.get("period") == "2023-10/2024-06", loan.get("period")
    none = page.replace("去年10月，某市组建重点产业专班运行体系", "某市推进重点产业发展")
    assert _indicators(none)[52_000_000].get("period") != "2023-10/2024-06"
