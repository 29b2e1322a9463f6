"""Rules the misses of the seventy-second held-out set called for, each on phrasings of its own.

The set is a north-eastern city paper's pages as text taken out of a PDF with heavy noise: words
and figures broken across line ends, stray blanks inside words and names, a title printed over two
lines, a running foot inside a sentence, stories cut by jump lines, captions and advert blocks;
the news is winter works, trade across the Russian border, farm processing and ice-and-snow
tourism.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, jump_spans
from newsmill.zh.bylines import parse_people
from newsmill.zh.money import find_money
from newsmill.zh.notices import advert_lines
from newsmill.zh.projects import find_names, is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 12, 10))


def indicators(page: str) -> list:
    return records(page, "indicator")


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _reporters(line: str) -> list[str] | None:
    credit = parse_people(line)
    return None if credit is None else [r.text for r in credit.reporters]


# --- bylines: a surname set apart from its given name -----------------------------------------

def test_a_surname_spaced_from_a_given_name_of_two_is_one_name() -> None:
    assert _reporters("记者 吕 思远") == ["吕思远"]
    assert _reporters("通讯员 邵 明哲 记者 左 宁") == ["邵明哲", "左宁"]
    assert _reporters("记者 王 强 李明") == ["王强", "李明"]  # two names, as before
    assert _reporters("记者 甲 江门报道") is None  # a place reported from, no name


def test_the_spaced_name_reaches_the_article() -> None:
    page = ("本溪口岸物流园二期开工\n\n本报讯（记者 吕 思远）12月8日，本溪口岸物流园二期项目开工，"
            "总投资6.2亿元。\n")
    assert doc(page).articles[0].reporters == ["吕思远"]


# --- money: 约 closing a verb -------------------------------------------------------------------

def _qualified(text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.qualifier) for h in find_money(text)]


def test_a_signing_before_its_sum_is_no_approximation() -> None:
    assert _qualified("招商会现场签约126亿元") == [("126亿元", "exact")]
    assert _qualified("累计节约资金2400万元") == [("2400万元", "exact")]
    assert _qualified("项目总投资约8亿元") == [("约8亿元", "approx")]
    assert _qualified("集中签约约30亿元") == [("约30亿元", "approx")]


# --- furniture: advert blocks, a numbered running head, serial numbers, bare jump lines ----------

def test_an_advert_block_under_its_label() -> None:
    texts = ["全县冬季施工项目进展顺利，工期比去年提前。", "", "广 告", "",
             "桓仁山参 礼盒装", "新品上市 全城配送", "地址：桓仁县东江路", ""]
    assert advert_lines(texts) == [2, 4, 5, 6]


def test_an_advert_block_closed_by_its_label_or_carrying_a_hotline() -> None:
    closed = ["", "开原大米 粒粒飘香", "产地直供 欢迎订购", "（广告）", ""]
    assert advert_lines(closed) == [1, 2, 3]
    hotline = ["", "本溪枫林温泉酒店", "雪季特惠 温泉畅泡", "预订电话：0414-2836XXX", ""]
    assert advert_lines(hotline) == [1, 2, 3]


def test_lines_of_a_story_with_a_telephone_are_no_advert() -> None:
    story = ["", "县人社局提醒，招聘会将于本周六举行，", "求职者可携带简历到场，",
             "咨询电话：0414-2836123。", ""]
    assert advert_lines(story) == []
    short = ["", "铁岭市政务服务中心", "咨询电话：024-72216000", ""]
    assert advert_lines(short) == []  # two lines: a contact, no advert


def test_a_running_head_opening_on_its_page_number_with_editors() -> None:
    assert classify_text(["5  经济新闻  责任编辑 赵 宁  版式 李 想"], 0) == ("furniture", "page header")
    assert classify_text(["07  文体  责任编辑：王 磊"], 0) == ("furniture", "page header")
    assert classify_text(["12  家企业参加了对接会，编辑部整理"], 0) is None


def test_a_serial_number_and_a_name_in_capitals_under_the_masthead() -> None:
    assert classify_text(["国内统一连续出版物号 CN21-0012"], 0) == ("furniture", "page header")
    assert classify_text(["本溪日报", "BENXI RIBAO"], 1) == ("furniture", "page header")
    assert classify_text(["冰雪经济", "CEO SAYS"], 1) is None


def test_a_jump_line_without_brackets() -> None:
    text = "全力确保明年一开春就能投产见效。▶下转第3版\n（上接第1版）此次签约的项目\n上接第2版◀\n"
    spans = [text[a:b] for a, b in sorted(jump_spans(text))]
    assert spans == ["▶下转第3版", "（上接第1版）", "上接第2版◀"]
    assert jump_spans("资金下转第2版面设计费用") == []


# --- layout: a title or sub-head printed over two lines ---------------------------------------

def test_a_title_over_two_lines_is_one_title() -> None:
    page = ("严冬时节 工地不停\n\n桓仁冰雪温泉小镇\n建设提速\n\n"
            "本报讯（记者 左 宁）12月5日，桓仁冰雪温泉小镇项目工地上，工人正在暖棚内施工。"
            "项目总投资12亿元。\n")
    d = doc(page)
    assert "桓仁冰雪温泉小镇建设提速" in d.clean
    assert d.articles[0].headline == "桓仁冰雪温泉小镇建设提速"
    assert d.articles[0].kicker == "严冬时节 工地不停"


def test_a_sub_head_over_two_lines_and_a_quote_closing_its_first() -> None:
    page = ("本报讯（记者 左 宁）昨日，市统计局发布数据。\n\n工业生产\n稳步回升\n\n"
            "前三季度，全市规模以上工业增加值同比增长7.6%，其中装备制造业增长11.2%。\n\n"
            "铁岭“农头工尾”\n越做越实\n\n"
            "本报讯（记者 左 宁）今年以来，铁岭市农产品加工业营业收入增长9.3%。\n")
    clean = doc(page).clean
    assert "工业生产稳步回升" in clean
    assert "铁岭“农头工尾”越做越实" in clean


def test_a_longer_second_line_or_a_spaced_line_is_no_split_title() -> None:
    page = ("喜迎新春\n本溪县举办冰雪旅游节系列活动\n\n本报讯（记者 左 宁）1月3日，本溪县冰雪旅游节开幕。\n\n"
            "冰雪搭台 经贸唱戏\n项目签约\n\n本报讯（记者 左 宁）1月4日，抚顺市签约项目5个。\n")
    clean = doc(page).clean
    assert "喜迎新春\n本溪县" in clean
    assert "经贸唱戏\n项目签约" in clean


# --- cleaning: a blank between a figure and its unit of measure --------------------------------

def test_a_blank_before_a_unit_of_measure_goes_in_running_text() -> None:
    page = "本报讯 开原市新增玉米烘干能力5000 吨，全市烘干塔达到46 座。\n\n产能  5000 吨\n"
    clean = doc(page).clean
    assert "新增玉米烘干能力5000吨，全市烘干塔达到46座。" in clean
    assert "产能  5000 吨" in clean  # a line with no sentence mark keeps its blanks


# --- names: parts of a project, rides, sectors, a railway port -----------------------------------

def test_parts_and_steps_of_a_project_are_no_names() -> None:
    assert is_generic("的主车间")
    assert not is_generic("的甲产业园二期")  # a name cut before 的 stays what it was
    assert is_generic("能安装调试灌装生产线")
    assert is_generic("钢结构厂房")
    assert not is_generic("桓仁县钢结构装配式建筑产业园")
    assert not is_generic("将军山温泉度假区项目")


def test_a_project_and_its_main_hall_are_one_project() -> None:
    page = ("本报讯 在开原经济开发区，辽宁禾润食品有限公司玉米深加工项目的主车间已于11月底封顶。"
            "该项目总投资5.2亿元。\n")
    names = list(projects(page))
    assert names == ["辽宁禾润食品有限公司玉米深加工项目"]


def test_rides_and_sectors_listed_before_a_count_are_no_projects() -> None:
    assert is_generic("30余个游乐项目")
    assert not is_generic("游乐设备制造项目")
    rides = ("本报讯 乐园设有雪圈滑道、冰上碰碰车、雪地坦克等30余个游乐项目，"
             "由本溪文旅集团投资6000万元建设。\n")
    assert not [n for n in projects(rides) if "滑道" in n or "碰碰车" in n or "游乐" in n]
    sectors = "本报讯 1月5日，抚顺市签约冰雪运动、温泉康养、体育休闲等项目5个，协议总投资12.6亿元。\n"
    assert not [n for n in projects(sectors) if "冰雪运动" in n or "温泉康养" in n or "体育休闲" in n]
    named = "本报讯 1月5日，抚顺市签约萨尔浒滑雪场、清原温泉酒店等项目5个，协议总投资12.6亿元。\n"
    assert "萨尔浒滑雪场" in _names(named) or "萨尔浒滑雪场项目" in projects(named)


def test_a_railway_port_is_part_of_the_name() -> None:
    names = _names("珲春市正在谋划建设珲春铁路口岸综合物流园，总投资约20亿元。")
    assert "珲春铁路口岸综合物流园" in names
    assert not any(n.endswith("铁路") for n in names)


# --- stages: a ski field or a park opened; a building's frame finished --------------------------

def test_a_ski_field_opened_and_a_park_opened_are_in_production() -> None:
    page = ("本报讯 12月20日，本溪县东营坊冰雪运动小镇一期正式开板，"
            "项目由辽宁东营坊旅游开发有限公司投资9亿元建设。同日，桓仁县五女湖冰雪乐园正式开园，乐园投资3000万元。\n")
    found = projects(page)
    assert found["本溪县东营坊冰雪运动小镇一期"].get("stage") == "in_production"
    assert found["桓仁县五女湖冰雪乐园"].get("stage") == "in_production"


def test_a_frame_finished_keeps_the_works_under_way() -> None:
    page = "本报讯 新宾县永陵温泉度假酒店项目主体结构已全部完工，目前正在进行室内装修，计划明年6月竣工。\n"
    assert projects(page)["新宾县永陵温泉度假酒店项目"].get("stage") == "under_construction"
    done = "本报讯 新宾县永陵温泉度假酒店项目已全部完工，近日通过竣工验收。\n"
    assert projects(done)["新宾县永陵温泉度假酒店项目"].get("stage") == "completed"


# --- batches and statistics: a class's spending told with its growth -----------------------------

def _batches(page: str) -> list[dict]:
    return [{k: r.get(k) for k in ("count", "total_cny", "event")} for r in records(page, "batch")]


def test_a_count_on_the_day_reached_takes_its_spending() -> None:
    page = ("铁岭日报\n本报讯 今年全市谋划实施千大项目230个，总投资612.4亿元，截至11月底开复工219个，"
            "完成投资402.7亿元，同比增长12.5%。\n")
    found = _batches(page)
    assert {"count": 219, "total_cny": 40270000000, "event": "started"} in found
    assert {"count": 230, "total_cny": 61240000000, "event": "under_construction"} in found


def test_rides_counted_before_projects_are_no_batch() -> None:
    page = "本报讯 乐园设有冰滑梯、雪地摩托等20余个游乐项目，由洮南市文旅集团投资5000万元建设。\n"
    assert _batches(page) == []


def test_a_change_by_an_amount_is_no_statistic() -> None:
    page = ("通化日报\n本报讯 前三季度，全市粮食加工企业累计加工玉米312万吨，同比增加41万吨。"
            "冬季计划完成投资9.6亿元，比上个冬季多出2.1亿元。\n")
    values = [r.get("value") for r in indicators(page)]
    assert 312 in values
    assert 41 not in values and 210000000 not in values


def test_a_frame_finished_before_the_works_finish_planned_is_that_finish() -> None:
    page = "本报讯 洮南市人民医院迁建项目门诊楼主体已完工，计划年底前竣工。\n"
    r = projects(page)["洮南市人民医院迁建项目"]
    assert (r.get("stage"), r.get("status")) == ("completed", "target")


# --- statistics: a place named later, a works' own figures ------------

def test_a_statistic_naming_no_place_keeps_the_region_before_it() -> None:
    page = ("白城日报  2026年12月10日  第2版  综合新闻\n\n前三季度全市经济运行平稳\n\n"
            "本报讯（记者 左 宁）市统计局日前发布数据。前三季度，全市规模以上工业增加值同比增长7.2%。"
            "分行业看，食品加工业增加值增长10.4%。\n\n镇赉、通榆两县工业产值合计达到86亿元。\n")
    regions = {r.get("metric"): r.get("region") for r in indicators(page)}
    assert regions.get("食品加工业增加值") == "白城市"  # not 镇赉县, named only in the next paragraph
    assert regions.get("规模以上工业增加值") == "白城市"


def test_a_works_own_figures_are_no_statistics() -> None:
    opened = ("本报讯 1月1日，洮南市冰雪乐园正式开园。开园首日，乐园接待游客8000人次，"
              "门票收入突破60万元。\n")
    assert indicators(opened) == []
    signed = ("本报讯 大安市与吉林雪原体育有限公司签约嫩江湾滑雪场改扩建项目，投资2.5亿元，"
              "新增雪道6条、造雪面积30万平方米。\n")
    assert indicators(signed) == []
    firm = ("本报讯 镇赉县吉林禾丰米业有限公司年产10万吨大米项目投产。企业还与8个合作社签订了订单协议，"
            "明年订单面积将达到3万亩。项目负责人表示，每吨大米可节省运输成本30元。\n")
    assert indicators(firm) == []
    county = "白城日报\n本报讯 今年以来，镇赉县水稻种植面积达到86万亩，同比增长3.2%。\n"
    assert [r.get("value") for r in indicators(county)] == [86]


def test_a_list_of_projects_offered_is_no_project() -> None:
    names = _names("白城市还发布了新能源装备招商项目清单，共包装项目60个。")
    assert not any("招商项目" in n for n in names)
    assert _names("大安市风电装备制造项目开工。") == ["大安市风电装备制造项目"]


def test_a_figure_summed_over_two_counties_is_their_citys() -> None:
    page = "白城日报\n本报讯 前三季度，镇赉、通榆两县粮食加工量合计达到126万吨。\n"
    assert [r.get("region") for r in indicators(page)] == ["白城市"]
    apart = "本报讯 前三季度，镇赉、同江两地粮食加工量合计达到126万吨。\n"  # two cities: no common one
    assert [r.get("region") for r in indicators(apart)] != ["白城市"]


def test_a_leisure_park_named_before_its_works_stays_in_the_name() -> None:
    assert _names("集安市五女湖冰雪乐园改扩建项目开工。") == ["集安市五女湖冰雪乐园改扩建项目"]
    assert _names("桓仁县冰雪运动小镇二期项目开工。") == ["桓仁县冰雪运动小镇二期项目"]
    assert _names("桓仁县五女湖冰雪乐园正式开园。") == ["桓仁县五女湖冰雪乐园"]
