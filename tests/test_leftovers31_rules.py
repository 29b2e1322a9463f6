"""Rules for misses the eighty-ninth to ninety-third held-out sets listed, each on phrasings of its
own (Heilongjiang's Wudalianchi, Mohe and Huma; Hubei's Tianmen, Zhongxiang, Shayang, Xingshan, Zigui,
Wufeng and Changyang; Hainan's Wuzhishan and Dongfang)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2025, 11, 20))


def _phases(page: str) -> dict[str, dict[str, object]]:
    """Project records whose name holds a phase, by name."""
    return {name: {k: r.get(k) for k in ("stage", "status", "date", "investment_cny", "jobs")}
            for name, r in projects(page).items() if name and "期" in name}


# --- projects: a phase named after the kind word that ends its project's name -----------------------

def test_an_earlier_phase_told_after_the_later_one_by_the_parks_kind_is_a_project() -> None:
    page = ("矿泉水产业园二期开工\n\n本报讯(记者 王某)11月12日,五大连池市矿泉水产业园二期项目开工建设。"
            "项目由黑龙江某某饮品有限公司投资5.6亿元建设,建成后年产矿泉水50万吨。"
            "产业园一期于2022年建成投产,目前运行良好。\n")
    first = [r for name, r in projects(page).items() if name and "一期" in name]
    assert first and first[0].get("stage") == "in_production" and first[0].get("date") == "2022"
    assert first[0].get("investor") is None  # the firm of the second phase is not said of the first


def test_a_later_phase_in_the_next_paragraph_by_the_parks_kind_is_a_project() -> None:
    page = ("漠河市冷链物流园一期竣工\n\n本报讯(记者 李某)11月6日,漠河市冷链物流园一期工程通过竣工验收。"
            "该物流园由某某冷链物流有限公司投资2.4亿元建设,占地90亩。\n"
            "物流园二期计划明年5月开工,将建设冷链配送中心,全部建成后可带动就业500余人。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["stage"] == "started" and second[0]["status"] == "target"
    assert second[0]["date"] == "2026-05"
    assert second[0]["jobs"] is None  # the whole park's jobs, told after 全部建成后


def test_a_phase_after_another_kind_word_is_no_phase_of_the_project() -> None:
    page = ("呼玛县北药加工产业园一期竣工\n\n本报讯(记者 赵某)11月5日,呼玛县北药加工产业园一期工程竣工。"
            "项目由某某药业有限公司投资1.8亿元建设。\n"
            "物流园二期计划明年6月开工,将建设仓储中心。\n")
    assert not [k for k in _phases(page) if "二期" in k]


def test_the_phase_of_the_year_told_after_the_whole_is_a_project() -> None:
    page = ("钟祥市文旅项目建设见闻\n\n本报讯 钟祥市莫愁湖康养旅游度假区项目由某某文旅集团有限公司投资建设,"
            "总投资19亿元,分三期实施。今年实施的二期工程投资7.2亿元,建设康养酒店和游客中心。"
            "目前,游客中心主体已封顶。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["investment_cny"] == 720_000_000


# --- projects: a later phase whose paperwork is done, in a ；-item of its own ------------------------

def test_a_later_phase_filed_in_its_own_item_is_a_planned_project() -> None:
    page = ("天门市重点项目建设观察\n\n本报讯 在竟陵街道,总投资9亿元的天门某某新材料产业园一期项目"
            "主体已全部封顶,正在进行设备安装,预计明年4月投产；二期项目已完成备案,正在办理施工许可。\n")
    got = _phases(page)
    second = [v for k, v in got.items() if "二期" in k]
    assert second and second[0]["stage"] == "planned" and second[0]["status"] == "actual"


def test_a_later_phase_only_thought_of_in_its_item_is_no_project() -> None:
    page = ("沙洋县重点项目建设观察\n\n本报讯 在沙洋镇,总投资6亿元的沙洋某某食品产业园一期项目主体已全部封顶,"
            "正在进行设备安装,预计明年4月投产；二期项目正在谋划之中。\n")
    assert not [k for k in _phases(page) if "二期" in k]


# --- projects: a plant's size told by its units or before the plant ---------------------------------

def test_a_plants_units_counted_with_their_size_are_its_capacity() -> None:
    page = ("秭归县热电联产项目开工\n\n本报讯 11月6日，秭归县某某热电联产项目开工建设。该项目总投资18亿元，"
            "建设2台30万千瓦超临界燃煤机组，年发电量约33亿千瓦时。\n")
    got = [r.get("capacity") for r in records(page, "project")]
    assert "2台30万千瓦超临界燃煤机组" in got


def test_a_whole_size_told_beside_the_units_stays_the_capacity() -> None:
    page = ("兴山县抽水蓄能电站开工\n\n本报讯 11月6日，兴山县某某抽水蓄能电站项目开工建设，"
            "总装机容量120万千瓦，安装4台30万千瓦可逆式机组，总投资80亿元。\n")
    got = [r.get("capacity") for r in records(page, "project")]
    assert "总装机容量120万千瓦" in got or "装机容量120万千瓦" in got


def test_a_water_plants_daily_size_before_the_plant_is_its_capacity() -> None:
    page = ("天门市供水工程开工\n\n本报讯 11月3日，天门市城乡供水一体化工程三水厂开工建设。"
            "该工程总投资3.2亿元，新建日供水8万吨水厂1座，铺设主管网120公里。\n")
    got = [r.get("capacity") for r in records(page, "project")]
    assert "日供水8万吨" in got


# --- indicators: an event's days, a works' gain, a firm's own sales, a few villages' figures ----------

def _metrics(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("metric") for r in records(page, "indicator")}


def test_what_a_sales_week_sold_in_its_days_is_no_statistic() -> None:
    page = ("钟祥市消费市场回暖\n\n本报讯 1—10月，钟祥市实现社会消费品零售总额88.6亿元，同比增长6.1%。"
            "其中，10月中旬开展的家居建材让利周，7天累计实现成交额1.2亿元。\n")
    got = _metrics(page)
    assert 120_000_000 not in got
    assert 8_860_000_000 in got


def test_a_plants_gain_in_added_worth_is_no_statistic() -> None:
    page = ("五峰县茶产业提质增效\n\n本报讯 今年以来，五峰县茶叶综合产值达到42亿元，同比增长7.3%。"
            "县里新上的茶叶精深加工线投用后，茶多酚、速溶茶粉等产品附加值可提升三成以上。\n")
    got = _metrics(page)
    assert 30.0 not in got
    assert 4_200_000_000 in got


def test_the_firms_own_sales_after_the_period_and_its_aim_are_no_statistic() -> None:
    page = ("老牌机械厂转产储能设备\n\n本报讯 走进长阳土家族自治县龙舟坪镇的湖北某某机械有限公司，"
            "一台台储能柜整齐排列。公司负责人介绍，今年1—9月，企业储能产品销售收入达到1.9亿元，"
            "占全部营业收入的42%。明年企业还将扩建一条生产线，力争储能产品销售收入突破3亿元。\n")
    got = _metrics(page)
    assert 190_000_000 not in got and 42.0 not in got and 300_000_000 not in got


def test_a_regions_firms_sales_after_its_period_stay_a_statistic() -> None:
    page = ("沙洋县工业经济运行平稳\n\n本报讯 今年1—9月，沙洋县规模以上工业企业实现营业收入126亿元，"
            "同比增长8.2%。\n")
    assert 12_600_000_000 in _metrics(page)


def test_a_few_villages_named_then_counted_keep_their_own_figures() -> None:
    page = ("秭归县乡村旅游升温\n\n本报讯 今年以来，秭归县接待游客820万人次，同比增长11.2%。"
            "景区周边，甲村、乙村的村民也忙了起来，两个村新建民宿42家，预计户均增收1.5万元。\n")
    got = _metrics(page)
    assert 42 not in got
    assert 8_200_000 in got


# --- indicators: the share projects take of a place's investment, the driers a farm region adds -------

def test_the_share_projects_take_of_the_whole_investment_is_a_statistic() -> None:
    page = ("兴山县经济运行稳中有进\n\n本报讯 1—9月，兴山县固定资产投资完成42.3亿元，同比增长8.8%，"
            "产业项目投资占固定资产投资的比重达到61%。\n")
    assert 61.0 in _metrics(page)


def test_the_share_one_project_takes_of_its_own_sum_is_no_statistic() -> None:
    page = ("兴山县某某项目进展顺利\n\n本报讯 兴山县某某康养项目总投资8亿元，今年计划投资3亿元，"
            "目前已完成投资2.4亿元，占年度计划的80%。\n")
    assert 80.0 not in _metrics(page)


def test_grain_driers_a_region_adds_are_a_statistic() -> None:
    page = ("钟祥市秋粮收购有序推进\n\n本报讯 为缓解农民售粮难，钟祥市今年新增烘干塔26座，"
            "粮食收储企业达到158家。\n")
    got = _metrics(page)
    assert 26 in got and 158 in got


def test_driers_one_project_builds_are_no_statistic() -> None:
    page = ("沙洋县粮食仓储项目开工\n\n本报讯 11月2日，沙洋县某某粮食仓储项目开工，总投资1.2亿元，"
            "建设日烘干能力500吨的烘干塔3座及仓容4万吨的仓库。\n")
    assert 3 not in _metrics(page)


# --- indicators: filings summed by size, a yearly average with no span, a saving per unit -------------

def test_projects_filed_and_approved_summed_by_their_size_are_a_statistic() -> None:
    page = ("天门市新能源发展提速\n\n本报讯 今年以来，天门市新能源项目累计完成备案和核准"
            "总装机容量达到42万千瓦。前三季度，天门市地区生产总值同比增长6.1%。\n")
    assert 42 in _metrics(page)


def test_one_projects_filing_is_no_statistic() -> None:
    page = ("天门市某某风电项目完成核准\n\n本报讯 天门市某某风电项目近日完成核准，总装机容量10万千瓦，"
            "总投资6亿元，计划明年3月开工。\n")
    assert 10 not in _metrics(page)


def test_a_yearly_average_growth_with_no_span_is_no_statistic() -> None:
    page = ("秭归县新能源产业壮大\n\n本报讯 1—10月，秭归县新能源发电量达到18.6亿千瓦时，同比增长12.3%。"
            "“十四五”以来，全县新能源装机规模年均增长超过25%，成为工业增长的重要支撑。\n")
    got = _metrics(page)
    assert 25.0 not in got
    assert 1_860_000_000 in got or 18.6 in got


def test_a_yearly_average_growth_with_its_span_is_left_as_read() -> None:
    page = ("秭归县经济发展回顾\n\n本报讯 2020年至2024年，秭归县地区生产总值年均增长7.2%。\n")
    assert 7.2 in _metrics(page)


def test_a_saving_per_unit_in_a_firms_words_is_no_statistic() -> None:
    page = ("五峰县化工园区延链补链\n\n本报讯 1—10月，五峰县化工园区实现产值46亿元，同比增长9.4%。"
            "“我们和上游企业隔墙供料，每吨产品的运输成本能省下近百元。”\n")
    got = _metrics(page)
    assert 4_600_000_000 in got
    assert 100 not in got


# --- articles: one project's event and its yearly output, printed under a title ----------------------

def _heads(page: str) -> list[tuple[object, object]]:
    return [(a.headline, a.kicker) for a in _doc(page).articles if a.headline]


def test_a_projects_event_and_output_under_a_title_is_its_subtitle() -> None:
    page = ("钟祥日报 2025年11月14日 星期五\n\n钟祥磷化工产业链再添新环节\n"
            "某某新材料项目投产 年产12万吨\n\n"
            "本报讯(记者 周某)11月12日,钟祥市某某新材料项目正式投产,总投资8亿元。\n")
    assert _heads(page)[0] == ("钟祥磷化工产业链再添新环节", "某某新材料项目投产 年产12万吨")


def test_a_projects_event_and_output_over_a_gloss_stays_the_title() -> None:
    page = ("钟祥日报 2025年11月14日 星期五\n\n某某新材料项目投产 年产12万吨\n"
            "钟祥磷化工产业链再添新环节\n\n"
            "本报讯(记者 周某)11月12日,钟祥市某某新材料项目正式投产,总投资8亿元。\n")
    assert _heads(page)[0][0] == "某某新材料项目投产 年产12万吨"


# --- projects: a site's levelling named with a part of its works is no project ----------------------

def test_a_sites_levelling_and_a_part_of_its_works_are_no_project() -> None:
    page = ("五指山市某某食品项目开工\n\n本报讯 12月1日，五指山市某某食品精深加工项目开工。"
            "施工单位负责人说，春节前将完成场地平整和综合楼基础施工。\n")
    assert not [n for n in projects(page) if n and n.startswith("场地平整")]


def test_a_land_levelling_works_named_as_such_stays_a_project() -> None:
    page = ("东方市高标准农田建设提速\n\n本报讯 东方市大田镇土地平整工程近日开工，总投资3200万元。\n")
    assert [n for n in projects(page) if n and "土地平整" in n]


# --- projects: a line a project builds, named after the products it makes ---------------------------

def test_a_line_named_after_its_listed_products_is_the_projects_content() -> None:
    page = ("长阳县重点项目建设提速\n\n本报讯 龙舟坪镇的中药材精深加工产业园项目由湖北某某生物科技有限公司"
            "投资建设，总投资6.2亿元，占地120亩，建设天麻、杜仲等“长阳药材”提取生产线和仓储物流中心。\n")
    names = [n for n in projects(page) if n]
    assert not [n for n in names if n.endswith("生产线")]
    assert "中药材精深加工产业园项目" in names


def test_a_line_named_after_its_listed_products_alone_stays_a_project() -> None:
    page = ("长阳县中药材加工再上新台阶\n\n本报讯 11月6日，湖北某某药业有限公司投资建设的天麻、杜仲等"
            "“长阳药材”提取生产线正式投产，总投资1.5亿元。\n")
    assert [n for n in projects(page) if n and n.endswith("生产线")]


# --- projects: a park a tour stops at, built by the firm the next sentence opens on -------------------

def test_a_park_a_tour_stops_at_built_by_a_firm_is_a_project() -> None:
    page = ("钟祥市三季度重点项目观摩\n\n本报讯 11月12日，钟祥市组织开展三季度重点项目观摩活动。"
            "第一站是位于胡集镇的某某磷基新材料产业园。湖北某某化工股份有限公司投资28亿元，"
            "建设年产15万吨电子级磷酸及配套装置。记者在现场看到，主装置区正在进行设备安装。\n")
    got = projects(page)
    park = got.get("某某磷基新材料产业园")
    assert park is not None and park.get("investor") == "湖北某某化工股份有限公司"
    assert park.get("investment_cny") == 2_800_000_000


def test_a_park_a_tour_stops_at_with_no_firm_investing_after_is_no_project() -> None:
    page = ("钟祥市三季度重点项目观摩\n\n本报讯 11月12日，钟祥市组织开展三季度重点项目观摩活动。"
            "第一站是位于胡集镇的某某磷基新材料产业园。园区今年新落户企业6家。\n")
    assert "某某磷基新材料产业园" not in projects(page)


# --- investors: the firm just named, taken up as ``这家…企业`` ------------------------------------------

def test_the_firm_taken_up_as_this_firm_invests_in_the_line() -> None:
    page = ("老牌机械厂转产农机\n\n本报讯 走进呼玛县的黑龙江某某重工机械有限公司总装车间，"
            "一台台新下线的播种机整齐排列。这家以矿山机械为主业的企业，去年投资1.2亿元新上年产800台套智能播种机生产线，今年5月投产。\n")
    got = [r.get("investor") for r in records(page, "project")]
    assert "黑龙江某某重工机械有限公司" in got


def test_a_cooperative_taken_up_names_no_firm_investor() -> None:
    page = ("合作社建起加工线\n\n本报讯 走进呼玛县的黑龙江某某重工机械有限公司参观后，记者来到某某村。"
            "这家以种植蓝莓为主业的合作社，去年投资300万元新上年产500吨蓝莓果酱生产线，今年5月投产。\n")
    got = [r.get("investor") for r in records(page, "project")]
    assert "黑龙江某某重工机械有限公司" not in got


# --- investors: a firm named by its owner alone ------------------------------------------------------

def test_a_firm_named_by_its_owner_alone_is_no_investor() -> None:
    page = ("东方市文旅项目运营\n\n本报讯 12月2日，东方市大田镇的坡鹿研学营地项目正式运营，"
            "该项目总投资1.2亿元，由市属国企投资建设。\n")
    got = [r.get("investor") for r in records(page, "project")]
    assert got and "市属国企" not in got


def test_a_state_firm_named_in_full_stays_the_investor() -> None:
    page = ("东方市文旅项目运营\n\n本报讯 12月2日，东方市大田镇的坡鹿研学营地项目正式运营，"
            "该项目总投资1.2亿元，由东方市旅游投资集团有限公司投资建设。\n")
    got = [r.get("investor") for r in records(page, "project")]
    assert "东方市旅游投资集团有限公司" in got
