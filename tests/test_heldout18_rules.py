"""Rules the misses of the eighteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.pageyear import read_page_year


def _indicators(page: str, on: dt.date | None = None) -> list:
    return [r for r in Pipeline().process(page, pub_date=on).records if r.kind == "indicator"]


def _periods(page: str, on: dt.date | None = None) -> dict:
    return {r.get("value"): r.get("period") for r in _indicators(page, on)}


def test_the_year_of_a_share_of_the_plan_is_no_period_of_what_follows() -> None:
    page = ("本报讯 一季度，某某县新签约项目32个，签约金额88亿元，完成全年目标的28.6%；"
            "实际到位资金31.5亿元，同比增长7.2%；外贸进出口12.4亿元，同比增长5.1%。\n")
    periods = _periods(page, dt.date(2025, 4, 20))
    assert periods[3150000000] == "2025-Q1"
    assert periods[1240000000] == "2025-Q1"
    page = ("本报讯 1—5月，某某区工业投资完成46.2亿元，占年度计划任务的48.1%，"
            "规上工业总产值182亿元，同比增长9.4%。\n")
    assert _periods(page, dt.date(2023, 6, 18))[18200000000] == "2023-01/2023-05"


def _dates(page: str, on: dt.date) -> dict:
    return {m.surface: m.value["start"][:4] for m in Pipeline().process(page, pub_date=on).mentions
            if m.kind == "date" and isinstance(m.value, dict) and m.value.get("start")}


def test_a_cumulative_period_told_as_done_is_not_in_the_future() -> None:
    on = dt.date(2024, 8, 15)
    page = "本报讯 今年全市计划实施城建项目86个，1—7月已开工79个，开工率91.9%。\n"
    assert _dates(page, on)["1—7月"] == "2024"
    page = "本报讯 某某县全年计划新建厂房20万平方米，上半年累计完成投资12.3亿元，同比增长6.1%。\n"
    assert _dates(page, on)["上半年"] == "2024"
    assert _periods(page, on)[1230000000] == "2024-H1"
    # a plan for the months ahead stays ahead
    page = "本报讯 某某县计划1—3月新开工项目12个。\n"
    assert _dates(page, dt.date(2024, 11, 20))["1—3月"] == "2025"


def test_the_goals_a_work_report_sets_are_of_the_page_s_year() -> None:
    for text, year in (("报告提出2026年全县经济社会发展主要预期目标：地区生产总值增长6%。", 2026),
                       ("会议明确了2023年主要预期目标，全市规上工业增加值增长8%左右。", 2023)):
        found = read_page_year(text)
        assert found is not None and found.year == year, text


def test_the_past_year_of_a_work_report_is_the_year_before_its_goals() -> None:
    page = ("本报讯 1月6日，某某县人民代表大会开幕。政府工作报告提出2026年主要预期目标："
            "地区生产总值增长6%左右。\n"
            "过去的一年，全县实现地区生产总值168.2亿元，同比增长5.6%。全年新增市场主体5200户，"
            "外贸进出口总额18.6亿元。\n")
    periods = _periods(page)
    assert periods[16820000000] == "2025"
    assert periods[1860000000] == "2025"
    assert periods[6.0] == "2026(目标)"


def _projects(page: str, on: dt.date | None = None) -> dict:
    return {r.get("name"): r for r in Pipeline().process(page, pub_date=on).records if r.kind == "project"}


def test_a_bulleted_sub_head_names_the_project_of_its_paragraph() -> None:
    page = ("本报讯 记者走访了全县重点项目。\n"
            "◆某某化工园区危废处置中心项目：土建工程过半\n"
            "施工现场机器轰鸣，200余名工人正在加紧作业。该项目总投资6.8亿元，焚烧车间已封顶，"
            "计划明年3月建成。\n"
            "■甲乙新材料年产2万吨碳化硅项目：跑出加速度\n"
            "10月8日，年产2万吨碳化硅项目完成设备调试，进入试生产阶段，项目总投资12亿元。\n")
    projects = _projects(page, dt.date(2024, 10, 20))
    first = projects["某某化工园区危废处置中心项目"]
    assert (first.get("stage"), first.get("status"), first.get("investment_cny")) == \
        ("under_construction", "actual", 680000000)
    second = projects["甲乙新材料年产2万吨碳化硅项目"]
    assert (second.get("stage"), second.get("status"), second.get("date")) == \
        ("in_production", "actual", "2024-10-08")
    # a card's label line is no sub-head
    card = "本报讯 某公司公告。\n●项目名称：年产8万吨铜箔项目\n该公司拟在某县投资建设。\n"
    assert "项目名称" not in "".join(_projects(card, dt.date(2024, 10, 20)))


def test_a_project_named_again_gives_the_day_of_its_event() -> None:
    page = ("重点项目建设捷报频传\n\n"
            "□本报记者 周文斌\n\n"
            "据县发改局统计，今年全县计划实施重点项目56个，1—7月已开工49个，完成投资38亿元。\n\n"
            "●丙丁食品冷链加工项目：竣工投产\n\n"
            "7月16日，丙丁食品冷链加工项目竣工投产。项目总投资3亿元，年可加工冻品5万吨。\n\n"
            "●戊己包装材料项目：开工建设\n\n"
            "项目总投资2亿元，主要建设纸箱生产线。\n")
    projects = _projects(page, dt.date(2024, 8, 2))
    r = next(r for name, r in projects.items() if "冷链" in name)
    assert (r.get("stage"), r.get("date")) == ("in_production", "2024-07-16")
    r = next(r for name, r in projects.items() if "包装" in name)
    assert (r.get("stage"), r.get("date")) == ("started", None)


def test_a_bracketed_slogan_above_the_title_is_its_kicker() -> None:
    page = ("【决战四季度 冲刺全年目标】\n\n园区项目建设按下“快进键”\n\n□本报记者 吴海燕\n\n"
            "连日来，某某工业园区各项目工地施工正酣，12个在建项目均已进入设备安装阶段。\n")
    art = Pipeline().process(page).articles[0]
    assert (art.headline, art.kicker) == ("园区项目建设按下“快进键”", "【决战四季度 冲刺全年目标】")


def test_how_far_works_have_got_is_no_statistic() -> None:
    page = ("本报讯 截至目前，城南污水处理厂扩建项目主体工程完成70%，设备安装工程量完成45%。"
            "全县规上工业增加值同比增长8.1%，专项资金支出进度达到65.2%。\n")
    values = {r.get("value") for r in _indicators(page, dt.date(2024, 9, 1))}
    assert not {70.0, 45.0} & values
    assert {8.1, 65.2} <= values


def test_a_half_year_report_with_a_closing_goal_reports_its_projects_as_done() -> None:
    page = ("本报讯 上半年，某某市新签约项目92个，签约资金486亿元，同比增长12.4%，完成全年目标的55.1%；"
            "实际进资151亿元，同比增长8.2%，占全年目标任务的51.3%。\n"
            "5月份，总投资18亿元的丙丁光电显示模组项目开工建设；6月份，戊己新能源电池项目签约落户。\n"
            "下半年，全市将力争全年新签约项目180个以上，确保实际进资300亿元，加快推进一批项目。\n")
    projects = _projects(page, dt.date(2024, 7, 20))
    for name, stage in (("丙丁光电显示模组项目", "started"), ("戊己新能源电池项目", "signed")):
        r = next(r for n, r in projects.items() if name in n)
        assert (r.get("stage"), r.get("status")) == (stage, "actual"), name


def test_a_cue_qualifying_the_name_gives_way_to_the_event_after_it() -> None:
    page = ("本报讯 今年以来，某某县项目建设成效明显。"
            "3月份，该县去年引进的丙丁年产5万吨铝型材项目正式投产，新增就业岗位300个。\n")
    r = next(r for n, r in _projects(page, dt.date(2024, 5, 6)).items() if "铝型材" in n)
    assert (r.get("stage"), r.get("status")) == ("in_production", "actual")


def test_a_role_s_only_spaced_name_needs_no_common_surname() -> None:
    for line, name in (("(记者 乌 兰)", "乌兰"), ("（通讯员 塔 娜）", "塔娜"), ("(记者 其 木 格)", "其木格")):
        credit = parse_credit_line(line)
        assert credit is not None and [s.text for s in credit.reporters] == [name], line
    assert parse_credit_line("■ 项 目 建 设") is None  # no role: a spaced column label
    page = ("某旗前三季度农牧业增加值增长5.1%\n\n"
            "本报讯 前三季度，某旗农牧业增加值同比增长5.1%，牲畜存栏达到168万头只。(记者 乌 兰)\n")
    assert Pipeline().process(page).articles[0].reporters == ["乌兰"]


def test_the_lines_a_project_builds_listed_after_its_verb_are_no_projects() -> None:
    page = ("本报讯 4月18日，某市重点项目集中开工。主会场开工的丙丁智能装备产业园项目由戊己重工集团投资建设，"
            "总投资20亿元，占地300亩，主要建设光伏支架、逆变器整机装配等生产线，"
            "全部建成后可年产逆变器30万台，可提供就业岗位500个。\n")
    projects = _projects(page, dt.date(2024, 4, 20))
    assert not [n for n in projects if "生产线" in n]
    r = next(r for n, r in projects.items() if "产业园" in n)
    assert (r.get("investment_cny"), r.get("jobs")) == (2000000000, 500)


def test_what_a_region_is_to_be_built_into_is_no_project() -> None:
    page = ("本报讯 到2027年，某某县将建成全省重要的肉牛养殖基地和绿色食品加工基地，"
            "同时加快建设丙丁牛肉精深加工项目，总投资6亿元。\n")
    names = list(_projects(page, dt.date(2024, 3, 1)))
    assert not [n for n in names if n.endswith("基地")]
    assert any("牛肉精深加工" in n for n in names)


def _batches(page: str, on: dt.date | None = None) -> list:
    return [r for r in Pipeline().process(page, pub_date=on).records if r.kind == "batch"]


def test_a_count_by_event_after_a_period_follows_its_batch() -> None:
    page = ("本报讯 今年全县计划实施重点项目126个，1—6月已开复工118个，上半年已竣工23个。\n")
    got = {(r.get("count"), r.get("event")) for r in _batches(page, dt.date(2024, 7, 10))}
    assert {(126, "under_construction"), (118, "started"), (23, "completed")} <= got


def test_a_scope_word_framing_a_rank_is_no_scope() -> None:
    page = ("柳林县前三季度工业投资增长14%\n\n"
            "本报讯 前三季度，柳林县工业投资同比增长14.2%，增速位列全省第三；"
            "社会消费品零售总额实现31.6亿元，同比增长6.4%。\n")
    regions = {r.get("value"): r.get("region") for r in _indicators(page, dt.date(2024, 10, 25))}
    assert regions[3160000000] == "柳林县"


def test_an_amount_invested_to_build_the_name_after_it_is_its_investment() -> None:
    page = ("本报讯 今年以来，某市招商引资成效明显。5月份，丙丁电子在某某高新区投资28亿元建设的"
            "智能终端产业园项目签约落户；6月份，戊己物流园项目开工。\n")
    r = next(r for n, r in _projects(page, dt.date(2024, 7, 1)).items() if "智能终端" in n)
    assert r.get("investment_cny") == 2800000000


def test_a_place_heading_a_name_is_not_cut_at_a_word_inside_it() -> None:
    for page, county in (("本报讯 3月5日，将乐县竹木精深加工产业园项目开工，总投资8亿元。\n", "将乐县"),
                         ("本报讯 4月2日，让胡路区智慧物流园项目开工建设，总投资5亿元。\n", "让胡路区")):
        projects = _projects(page, dt.date(2024, 4, 10))
        r = next(r for n, r in projects.items() if n.startswith(county))
        assert r.get("location")["county"] == county, page


def test_the_next_phase_after_a_first_phase_is_a_project_of_its_own() -> None:
    page = ("某县食品产业园一期投产\n\n"
            "本报讯 5月12日，某某县丙丁食品产业园一期项目建成投产。项目总投资4.5亿元，"
            "一期建设速冻食品生产线4条，二期将于明年开工，建设冷链仓储中心。\n")
    projects = _projects(page, dt.date(2024, 5, 14))
    nxt = next(r for n, r in projects.items() if "二期" in n)
    assert (nxt.get("stage"), nxt.get("status")) == ("started", "target")
    first = next(r for n, r in projects.items() if "一期" in n)
    assert first.get("stage") == "in_production"


def test_the_projects_counted_from_a_set_by_their_event_are_a_batch() -> None:
    page = ("本报讯 今年以来，某某旗共引进项目36个，总投资88亿元。目前，已引进项目中开工21个，"
            "签约项目中已投产9个。\n")
    got = {(r.get("count"), r.get("event")) for r in _batches(page, dt.date(2024, 10, 8))}
    assert {(36, "signed"), (21, "started"), (9, "in_production")} <= got


def test_figures_given_respectively_go_to_the_places_listed() -> None:
    page = ("本报讯 今年前三季度，全市招商引资成效明显。其中，崇义县、大余县和上犹县到位资金居全市前列，"
            "分别达到56.2亿元、48.7亿元、31.5亿元。\n")
    got = {(r.get("region"), r.get("value")) for r in _indicators(page, dt.date(2024, 10, 20))}
    assert {("崇义县", 5620000000), ("大余县", 4870000000), ("上犹县", 3150000000)} <= got
    # two places, three figures: no pairing
    page = "本报讯 崇义县、大余县签约项目分别为12个、9个、7个。\n"
    assert not [r for r in _indicators(page, dt.date(2024, 10, 20)) if r.get("region") == "崇义县"]


def test_the_park_a_project_settles_in_after_a_comma_is_its_detail() -> None:
    page = ("本报讯 日前，中宁县与福建客商集中签约3个项目，协议总投资20亿元。其中，丙丁集团投资12亿元"
            "建设年产8万吨再生铝项目，落户中宁工业园区，预计年底开工；戊己公司投资5亿元建设硅铁冶炼项目；"
            "庚辛光伏组件项目投资3亿元。\n")
    r = next(r for n, r in _projects(page, dt.date(2024, 6, 1)).items() if "再生铝" in n)
    assert r.get("location")["detail"] == "中宁工业园区"
