"""Rules the leftovers of the fifty-seventh and sixty-second held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 4, 10))


def batches(page: str) -> list[dict]:
    """Region, event, count and total of every batch of ``page``."""
    return [{k: r.get(k) for k in ("region", "event", "count", "total_cny")}
            for r in doc(page).records if r.kind == "batch"]


# --- batches: a goal for the contract sum of signed projects, with no count ----------------------

def test_contract_sum_of_signed_projects_is_a_batch_with_no_count() -> None:
    page = ("招商引资\n\n本报讯 会议提出,今年绵阳市将开展产业链招商,"
            "力争全年新签约项目合同总额突破900亿元。\n")
    assert {"region": "绵阳市", "event": "signed", "count": None, "total_cny": 90000000000} in batches(page)


def test_a_goal_s_scope_word_names_its_region_over_the_last_district() -> None:
    page = ("招商成绩单\n\n本报讯 一季度成都市新签约项目260个,合同金额1800亿元。其中,双流区签约项目30个,"
            "合同金额210亿元;郫都区签约项目18个,合同金额96亿元。\n\n"
            "市投资促进局负责人表示,将开展以商招商,上半年力争全市新签约项目合同金额突破3500亿元。\n")
    found = [b for b in batches(page) if b["total_cny"] == 350000000000]
    assert found and found[0]["region"] == "成都市" and found[0]["count"] is None


def test_contract_sum_of_one_project_is_no_batch() -> None:
    page = ("工程中标\n\n本报讯 日前,泸州市某某建设有限公司中标城区污水管网改造项目,项目合同金额3.2亿元。\n")
    assert not [b for b in batches(page) if b["total_cny"] == 320000000]


# --- batches: those counted as having filed their projects are no batch --------------------------

def test_projects_counted_after_their_filing_are_no_batch() -> None:
    page = ("项目推进\n\n本报讯 今年一季度,曲靖市签约项目20个。其中,已有8个完成项目备案,"
            "4个办理了项目核准,预计二季度开工。\n")
    found = batches(page)
    assert not [b for b in found if b["count"] in (8, 4)]
    assert [b for b in found if b["count"] == 20]


def test_projects_counted_with_their_event_still_make_a_batch() -> None:
    page = "项目推进\n\n本报讯 今年一季度,曲靖市已有8个新开工项目完成投资12亿元。\n"
    assert [b for b in batches(page) if b["count"] == 8]


# --- batches: parts of a breakdown of projects counted with no word for them ---------------------

def test_parts_of_a_breakdown_by_depth_of_agreement_are_batches() -> None:
    page = ("推介会\n\n本报讯 4月2日,怒江州招商推介会在泸水市举行,共达成合作项目15个,涉及金额60.2亿元。"
            "其中,现场签约的有6个,金额28.4亿元;签署投资协议5个,金额20亿元;另有4个项目达成意向。\n")
    found = batches(page)
    assert {"region": "怒江傈僳族自治州", "event": "signed", "count": 6, "total_cny": 2840000000} in found
    assert {"region": "怒江傈僳族自治州", "event": "signed", "count": 5, "total_cny": 2000000000} in found


def test_a_kind_s_share_of_the_projects_started_is_a_batch() -> None:
    page = ("集中开工\n\n本报讯 3月8日,楚雄州集中开工项目40个。在开工的40个项目里,"
            "基础设施项目占了多数,共24个。\n")
    found = [b for b in batches(page) if b["count"] == 24]
    assert found and found[0]["event"] == "started"


def test_firms_signing_an_agreement_with_no_projects_counted_are_no_batch() -> None:
    page = ("校企合作\n\n本报讯 日前,某某职业学院与本地企业签订合作协议3个,金额800万元,"
            "用于共建实训基地。\n")
    assert not [b for b in batches(page) if b["count"] == 3]


def test_those_who_signed_up_counted_with_no_sum_are_no_batch() -> None:
    page = ("招聘会\n\n本报讯 昨日,某县新签约项目12个。招聘会上签约的有35个,多为返乡青年。\n")
    assert not [b for b in batches(page) if b["count"] == 35]


def test_a_project_after_a_kind_s_share_takes_the_whole_s_event() -> None:
    page = ("集中开工\n\n本报讯 3月8日,楚雄州在禄丰市设主会场集中开工项目40个,总投资210亿元。\n\n"
            "开工的40个项目里,基础设施项目占了多数,共24个。南华县野生菌冷链物流中心项目,"
            "投资额3.4亿元,建成后年交易鲜菌2万吨。\n")
    found = [r for name, r in projects(page).items() if "冷链物流中心" in name]
    assert found and found[0].get("stage") == "started"


# --- statistics: the investment of projects above a size line -------------------------------------

def test_investment_of_projects_above_a_size_line_is_a_statistic() -> None:
    page = ("投资运行\n\n本报讯 遵义市统计局数据显示,一季度全市500万元以上项目完成投资61.5亿元,"
            "同比增长6.2%。\n")
    found = [r for r in indicators(page) if r.get("value") == 6150000000]
    assert found and "500万元以上项目完成投资" in found[0].get("metric")
    page = "投资运行\n\n本报讯 一季度,六盘水市亿元以上产业项目完成投资48亿元,同比增长9%。\n"
    assert [r for r in indicators(page) if r.get("value") == 4800000000]


def test_one_project_s_investment_done_stays_no_statistic() -> None:
    page = ("项目建设\n\n本报讯 贵州某某新材料有限公司年产10万吨锂电材料项目完成投资6.5亿元,"
            "预计年底投产。\n")
    assert not [r for r in indicators(page) if r.get("value") == 650000000]


# --- project names: a town opening on 和 after its county; the upgrade of a named site -------------

def test_a_town_opening_on_he_after_its_county_stays_in_the_name() -> None:
    page = ("集中开工\n\n本报讯 3月18日,红河州集中开工项目20个。开工项目中,建水县和美村人居环境整治项目"
            "总投资1.6亿元,由建水县城投公司实施。\n")
    assert [n for n in projects(page) if "和美村人居环境整治项目" in n]


def test_two_places_joined_by_he_stay_two_parties() -> None:
    page = ("集中开工\n\n本报讯 3月18日,大理市和洱源县联合建设的洱海流域生态补水项目开工,总投资5.2亿元。\n")
    assert not [n for n in projects(page) if n.startswith("和")]


def test_the_upgrade_of_a_named_old_town_names_a_project() -> None:
    page = ("集中开工\n\n本报讯 4月1日,建水县集中开工项目12个。其中,临安古城提升改造工程总投资2.3亿元,"
            "计划明年完工。\n")
    assert [n for n in projects(page) if "临安古城提升改造工程" in n]


def test_upgrading_the_works_as_a_verb_names_no_project() -> None:
    page = ("项目推进\n\n本报讯 会议要求,各县区要全力提升改造项目推进速度,确保按期完工。\n")
    assert not [n for n in projects(page) if "改造项目" in n]


# --- project names: the name after a copula that follows the event -------------------------------

def test_the_name_after_a_copula_after_the_event_is_the_project() -> None:
    page = ("招商推介\n\n本报讯 4月3日,临沧市招商推介会举行。"
            "耿马县今年签约的最大项目是年产10万吨蔗糖深加工项目,由广西某某糖业有限公司投资,总投资6.8亿元。\n")
    assert [n for n in projects(page) if n.endswith("年产10万吨蔗糖深加工项目") and "是" not in n]


def test_whether_after_a_signing_is_no_copula() -> None:
    from newsmill.zh.projects import find_names
    t = "签约项目是否落地,关键看年产10万吨蔗糖深加工项目。"
    assert not [n for n in find_names(t, 0, len(t)) if n.name.startswith("否")]


# --- projects of a concentrated start: a later step they plan is no event of their own ------------

_START_DAY = ("集中开工\n\n本报讯 3月28日,曲靖市在陆良县设分会场,全市集中开工项目36个,总投资150.2亿元。\n\n"
              "单体投资最大的是陆良县的年产20万吨硅材料项目,总投资32亿元,投资方为云南某某硅业有限公司,"
              "项目计划2027年建成投产。马龙区的生猪屠宰加工项目计划投资2.4亿元,预计年底前投产。"
              "师宗县的乡村物流中心项目投资1.1亿元,计划6月开工。\n")


def test_a_project_planning_its_production_started_that_day() -> None:
    found = projects(_START_DAY)
    for key in ("硅材料项目", "生猪屠宰加工项目"):
        r = next(r for n, r in found.items() if n.endswith(key))
        assert (r.get("stage"), r.get("status")) == ("started", "actual")


def test_a_project_planning_its_start_keeps_its_plan() -> None:
    r = next(r for n, r in projects(_START_DAY).items() if n.endswith("乡村物流中心项目"))
    assert r.get("status") == "target"


# --- projects: the owner told as 项目业主 or 签约方, a firm building works of its own trade --------

def _investor(page: str, key: str) -> str | None:
    return next(r for n, r in projects(page).items() if n.endswith(key)).get("investor")


def test_the_project_s_owner_is_its_investor() -> None:
    page = ("集中开工\n\n本报讯 4月2日,玉溪市集中开工项目18个。其中,年产5万吨再生铝项目总投资9.6亿元,"
            "项目业主为云南某某铝业有限公司,预计明年投产。\n")
    assert _investor(page, "年产5万吨再生铝项目") == "云南某某铝业有限公司"


def test_the_signing_party_is_the_investor() -> None:
    page = ("招商签约\n\n本报讯 昭通市签约项目12个。其中,鲁甸县年产3万吨苹果脯项目投资2.2亿元,"
            "签约方为昭通某某果业有限公司。\n")
    assert _investor(page, "年产3万吨苹果脯项目") == "昭通某某果业有限公司"


def test_a_firm_building_works_of_its_own_trade_is_the_investor() -> None:
    page = ("集中开工\n\n本报讯 4月2日,玉溪市集中开工项目18个。其中,华宁县柑橘冷链仓储项目投资1.5亿元,"
            "由华宁县农业发展集团有限公司承建,建成后年周转柑橘10万吨。\n")
    assert _investor(page, "柑橘冷链仓储项目") == "华宁县农业发展集团有限公司"


def test_a_builder_by_trade_is_no_investor() -> None:
    page = ("集中开工\n\n本报讯 4月2日,玉溪市集中开工项目18个。其中,澄江市环湖生态廊道项目投资3.1亿元,"
            "由云南某某建工集团有限公司承建。\n")
    assert _investor(page, "环湖生态廊道项目") is None


# --- projects: a county's park or town told as the site ------------------------------------------

def _location(page: str, key: str) -> dict:
    return next(r for n, r in projects(page).items() if n.endswith(key)).get("location") or {}


def test_a_county_s_park_after_located_in_is_the_detail() -> None:
    page = ("集中开工\n\n本报讯 3月9日,普洱市集中开工项目22个。其中,总投资4.2亿元的咖啡烘焙项目"
            "位于思茅区南屏产业园区,由云南某某咖啡有限公司建设。\n")
    loc = _location(page, "咖啡烘焙项目")
    assert loc.get("county") == "思茅区" and (loc.get("detail") or "").endswith("南屏产业园区")


def test_a_town_after_the_site_words_is_the_detail() -> None:
    page = ("集中开工\n\n本报讯 3月9日,保山市集中开工项目22个。其中,万头肉牛养殖场项目投资1.2亿元,"
            "建设地点在施甸县由旺镇,建成后存栏肉牛5000头。\n")
    loc = _location(page, "肉牛养殖场项目")
    assert loc.get("county") == "施甸县" and loc.get("detail") == "由旺镇"


def test_a_county_alone_after_located_in_gives_no_detail() -> None:
    page = ("集中开工\n\n本报讯 3月9日,保山市集中开工项目22个。其中,总投资4.2亿元的硅基新材料项目"
            "位于隆阳区,由云南某某硅材料有限公司建设。\n")
    loc = _location(page, "硅基新材料项目")
    assert loc.get("county") == "隆阳区" and not loc.get("detail")


# --- project names: the fields a batch covers are no project --------------------------------------

def test_fields_a_batch_covers_are_no_project() -> None:
    page = ("招商签约\n\n本报讯 普洱市签约项目14个,协议金额62亿元。签约项目中,茶叶精深加工、冷链仓储、"
            "森林康养项目均有涉及。\n")
    assert not [n for n in projects(page) if n.endswith("康养项目")]


def test_a_named_project_before_its_sum_is_still_a_project() -> None:
    page = ("招商签约\n\n本报讯 普洱市签约项目14个。其中,思茅区森林康养度假项目涉及投资6亿元,"
            "由云南某某文旅有限公司投资。\n")
    assert [n for n in projects(page) if n.endswith("森林康养度假项目")]


# --- project names: what a project told before will build is no project of its own ---------------

def test_parts_a_project_will_build_are_no_projects() -> None:
    page = ("集中开工\n\n本报讯 4月2日,大理州集中开工项目30个。鹤庆县银器文化产业园项目投资3.2亿元,"
            "将建成银器工坊、游客中心和非遗体验基地。祥云县的物流项目计划投资5亿元,"
            "将在祥云县刘厂镇建设年吞吐20万吨的物流仓储中心。\n")
    names = list(projects(page))
    assert not [n for n in names if n.endswith(("体验基地", "仓储中心"))]
    assert [n for n in names if n.endswith("银器文化产业园项目")]


def test_a_facility_named_as_a_subject_after_a_count_of_projects_stays() -> None:
    from newsmill.zh.projects import find_names
    t = "大理州集中开工项目30个,鹤庆县银器产业基地同日开工,投资8000万元。"
    assert [n for n in find_names(t, 0, len(t)) if n.name.endswith("银器产业基地")]


def test_a_goal_striven_for_keeps_its_plan() -> None:
    page = _START_DAY.replace("预计年底前投产", "力争年底前投产")
    r = next(r for n, r in projects(page).items() if n.endswith("生猪屠宰加工项目"))
    assert r.get("status") == "target"


# --- dates: the meeting named again with its results, their parts after 其中 ----------------------

def test_projects_signed_at_a_meeting_named_again_take_its_day() -> None:
    page = ("招商推介会\n\n本报讯 3月12日,西双版纳州招商推介会在景洪市举行,200余家企业参会。"
            "记者从州投资促进局获悉,本次推介会共达成合作项目30个,涉及金额150亿元。其中,正式签约项目18个,"
            "签约金额96亿元。\n\n勐海县签下的“大单”是年产2万吨普洱茶精制项目,由云南某某茶业有限公司投资,"
            "总投资6亿元。\n")
    r = next(r for n, r in projects(page).items() if n.endswith("年产2万吨普洱茶精制项目"))
    assert (r.get("stage"), r.get("date")) == ("signed", "2025-03-12")


def test_a_meeting_named_again_with_a_day_of_its_own_gives_no_day() -> None:
    page = ("招商推介会\n\n本报讯 3月12日,西双版纳州招商推介会在景洪市举行,200余家企业参会。"
            "记者从州投资促进局获悉,本次推介会3月14日闭幕。其中,正式签约项目18个。\n\n"
            "勐海县签下的“大单”是年产2万吨普洱茶精制项目,由云南某某茶业有限公司投资,总投资6亿元。\n")
    r = next(r for n, r in projects(page).items() if n.endswith("年产2万吨普洱茶精制项目"))
    assert r.get("date") != "2025-03-12"
