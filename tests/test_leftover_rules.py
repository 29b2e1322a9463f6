"""General rules for misses the earlier evaluation sets still listed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.brands import brand_head

DAY = dt.date(2024, 6, 20)


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def _periods(page: str, day: dt.date | None = DAY) -> dict:
    return {r.get("value"): r.get("period") for r in _records(page, "indicator", day)}


def test_figures_since_an_opening_are_a_total_up_to_the_pages_month() -> None:
    page = ("本报讯 据了解，某市技术交易中心运营两年以来，累计促成技术交易2860项，"
            "成交金额达到41亿元，服务企业1375家。\n")
    got = _periods(page)
    assert got.get(4100000000) == "运营两年累计(至2024-06)", got
    assert got.get(1375) == "运营两年累计(至2024-06)", got
    # twelve months counted back from the page's month when no event is named
    page = "本报讯 一年来，某区新增市场主体8600户，新培育规上工业企业36家，实现税收收入12亿元。\n"
    got = _periods(page)
    assert got.get(8600) == got.get(36) == "2023-06/2024-06", got
    # a date given after the span is the period of the figures after it
    page = "本报讯 成立三年来，该园区发展迅速。今年1-5月，园区实现产值56亿元。\n"
    assert _periods(page).get(5600000000) == "2024-01/2024-05"


def test_without_a_page_date_the_latest_day_named_on_the_page_gives_its_month() -> None:
    page = ("某县项目建设提速\n本报讯 2023年8月15日，某县召开项目推进会，力争12月投产一批项目。\n"
            "据介绍，该县创业服务中心开园一年半以来，已孵化企业126家，带动就业3400人。\n")
    got = _periods(page, None)
    assert got.get(126) == "开园一年半累计(至2023-08)", got


def test_a_round_figure_in_a_quoted_slogan_is_a_goal_with_no_date() -> None:
    page = ("本报讯 2024年，某县将全力冲刺目标任务，誓将工业园区建成“百亿产值、十亿税收”园区，"
            "力争新培育规上工业企业15家以上。\n")
    got = _periods(page)
    assert got.get(10000000000) == "远期目标", got
    assert got.get(1000000000) == "远期目标", got
    # the slogan's period is not carried to the figures after it
    assert got.get(15) == "2024(目标)", got
    # a figure in digits inside quotes keeps its year
    page = "本报讯 2024年，某区将实施好“200家小微企业”培育工程，全年新增规上企业10家。\n"
    assert "远期目标" not in _periods(page).values()


def test_a_brand_before_a_region_of_provinces_or_a_plants_place_is_the_investor() -> None:
    assert brand_head("金穗农联陕甘宁国际冷链港") == "金穗农联"
    assert brand_head("鸿达川黔物流园") == "鸿达"
    # a company's short name with its trade, then the county of its plant
    assert brand_head("宏城电气涪陵电机产业园") == "宏城电气"
    assert brand_head("恒达机械璧山零部件基地") == "恒达机械"
    # a region alone, a county then a trade, or a generic opening give no brand
    for name in ("川陕甘国际物流港", "现代农业綦江示范园", "金牛川渝食品产业园"):
        assert brand_head(name) is None, name
    page = "本报讯 日前，某市成功签约金穗农联陕甘宁国际冷链港、某某光伏组件等项目12个。\n"
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert any(v == "金穗农联" for v in got.values()), got


def test_a_zone_named_by_its_kind_in_a_listed_name_takes_the_zones_full_name() -> None:
    page = ("本报讯 今年，白沙新区将加快完善基础设施，推进环湖大道二期建设，"
            "启动实施新区标准厂房、白鹭湖公园等9个配套项目。\n")
    names = {r.get("name") for r in _records(page, "project")}
    assert "白沙新区标准厂房" in names, names
    assert "新区标准厂房" not in names, names
    # with no zone named before, the generic phrase stays no project
    page = "本报讯 今年，某县将启动实施新区标准厂房、白鹭湖公园等9个配套项目。\n"
    names = {r.get("name") for r in _records(page, "project")}
    assert not [n for n in names if n and "标准厂房" in n], names


def test_a_character_lost_in_a_byte_slip_is_read_back_from_its_surviving_reading_aid() -> None:
    from newsmill.zh.gbk_slip import scan

    # ``力促招商項`` lost its first and last bytes: the pairs between slip, the reading aid of
    # the last character survives, and the page annotates ``項`` before ``目`` elsewhere
    slipped = "力促招商項".encode("gbk")[1:-1].decode("gbk", errors="replace")
    page = ("全縣力促招商項(xiàng)目建設,新簽約項(xiàng)目12個。今年(nián)?nián)"
            + slipped + "?xiàng)目開工30個。")
    slips = scan(page)
    assert len(slips) == 1 and slips[0].pieces[-2:] == (("促招商", False), ("項", False)), slips
    assert page[slips[0].end] == "目"
    # two characters read the same before the same next character: nothing is guessed
    page = page.replace("新簽約項(xiàng)目", "新簽約巷(xiàng)目")
    assert scan(page)[0].pieces[-1] == ("", True)


def test_a_listed_trade_named_after_a_river_names_no_investor() -> None:
    page = "本报讯 今年，某市将确保竣工投产宏远精工、沱江饮料等7个项目。\n"
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert got.get("沱江饮料项目", "missing") is None, got
    # a listed brand still names its investor
    assert got.get("宏远精工项目") == "宏远精工", got


def test_a_kind_of_facility_agreed_with_an_unnamed_firm_is_no_project() -> None:
    page = "本报讯 签约仪式上，某县政府与重庆一家食品企业签订了调味品产业园合作协议。\n"
    assert not _records(page, "project")
    # sized, or agreed with a firm the text names, it is one
    for page in ("本报讯 签约仪式上，某县政府与重庆一家食品企业签订了年产8万吨调味品项目投资协议。\n",
                 "本报讯 签约仪式上，某县政府与重庆宏味食品有限公司签订了调味品产业园合作协议。\n"):
        assert _records(page, "project"), page


def test_a_firm_named_after_its_county_places_its_project_there() -> None:
    page = ("本报讯 一年来，达州市铝业专班服务企业120家，新开工宣汉鑫达30万吨再生铝等项目18个，"
            "加快建设万通材料20万吨铝型材等项目12个。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    first = next(r for n, r in got.items() if n and n.startswith("宣汉鑫达"))
    assert first.get("investor") == "宣汉鑫达"
    assert (first.get("location") or {}).get("county") == "宣汉县", first.get("location")
    # the second batch is the city's, not the county of the firm named among the first's examples
    regions = {r.get("count"): r.get("region") for r in _records(page, "batch")}
    assert regions.get(12) != "宣汉县", regions


def test_a_project_with_its_own_amount_and_no_event_is_reported() -> None:
    page = ("本报讯 走进宁都县黄坑镇，记者看到一派繁忙景象。\n"
            "在黄坑镇，投资80万元的茶叶加工厂房项目已于5月完工。"
            "石门乡白岭村的林下养蜂基地项目今年新增养殖面积200亩，投资45万元，带动农户26户。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    assert got["茶叶加工厂房项目"].get("area") is None  # the next project's figure is not the first's
    bees = got.get("林下养蜂基地项目")
    assert bees is not None, list(got)
    assert bees.get("investment_cny") == 450000 and bees.get("stage") is None
    assert bees.get("area") == "200亩"
    assert (bees.get("location") or {}).get("detail") == "石门乡白岭村", bees.get("location")
    # a name with no amount nor event of its own is still no project
    page = "本报讯 会上，与会人员参观了林下养蜂基地项目展板，听取了情况介绍。\n"
    assert not _records(page, "project")


def test_a_region_statistic_of_planted_area_is_no_projects_area() -> None:
    page = ("本报讯 今年，某县马铃薯种植面积达50万亩。投资2亿元建设的马铃薯淀粉加工项目日前正式投产。\n")
    got = [r.get("area") for r in _records(page, "project")]
    assert got and got[0] is None, got


def test_a_pair_of_nouns_before_a_figure_is_the_whole_metric() -> None:
    page = ("本报讯 今年以来，某县企业升规申报7家，获得各类科技补贴、奖励380万元，"
            "走访电子信息、智能装备企业90家。\n")
    got = {r.get("value"): r.get("metric") for r in _records(page, "indicator")}
    assert got.get(3800000) == "获得各类科技补贴、奖励", got


def test_a_community_after_a_zone_is_the_region_of_its_statistics() -> None:
    page = ("某区云溪社区打造企业服务新平台\n"
            "本报讯 今年以来，成都高新区云溪社区聚焦企业服务，帮助企业融资620万元，企业升规申报8家。\n")
    regions = {r.get("value"): r.get("region") for r in _records(page, "indicator")}
    assert regions.get(6200000) == "成都高新区云溪社区", regions
    # a kind of community is no region
    page = "本报讯 今年以来，成都市城乡社区发展治理投入资金3.2亿元。\n"
    regions = {r.get("value"): r.get("region") for r in _records(page, "indicator")}
    assert regions.get(320000000) == "成都市", regions
