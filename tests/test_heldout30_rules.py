"""Rules the misses of the thirtieth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_column_label
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 7, 10)


_doc, _records, _projects = rule_helpers(DAY)


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


BRIEFS = ("绵阳日报  2025年7月10日  星期四  经济  第3版\n\n"
          "■快讯\n\n"
          "▲安州某某电子元件项目投产\n\n"
          "近日,安州区某某电子年产2亿只片式电感项目正式投产,总投资4.5亿元。(记者 蒋 涛)\n\n"
          "▲江油上半年工业投资增长9.8%\n\n"
          "上半年,江油市完成工业投资36.2亿元,同比增长9.8%。(通讯员 吕 娟)\n\n"
          "▲图为安州区某某电子生产车间。\n\n"
          "本版编辑  何 军\n")


def test_bullet_marked_titles_over_their_own_stories_open_briefs() -> None:
    heads = [a.headline for a in _doc(BRIEFS).articles]
    assert heads == ["安州某某电子元件项目投产", "江油上半年工业投资增长9.8%"], heads
    # on a markdown page, a ■ title over a bylined item opens it too
    page = ("## 区县动态 >>>\n\n■ 三台县某某食品产业园一期竣工\n\n"
            "四川经济日报绵阳讯(记者 苟 林)近日,三台县某某食品产业园一期竣工,总投资6亿元。\n\n"
            "■ 盐亭县二季度新开工项目9个\n\n"
            "二季度,盐亭县新开工项目9个,总投资18.4亿元。(通讯员 严 冬)\n")
    heads = [a.headline for a in _doc(page).articles]
    assert heads == ["三台县某某食品产业园一期竣工", "盐亭县二季度新开工项目9个"], heads


def test_a_column_word_under_a_mark_is_no_reporter() -> None:
    assert parse_credit_line("■快讯") is None
    assert parse_credit_line("□简讯") is None
    assert parse_credit_line("■ 欧阳晓峰") is not None  # a name under a mark still credits its writer
    assert is_column_label("产业项目巡礼") and is_column_label("链接")


def test_a_place_and_colon_title_is_the_title_over_a_figures_line() -> None:
    page = ("■项目巡礼\n\n北碚:产业项目跑出“加速度”\n\n上半年工业投资增长15.6%\n\n"
            "本报记者  邱 枫\n\n7月8日,记者走进北碚区多个项目现场。"
            "今年上半年,北碚区工业投资同比增长15.6%。\n")
    art = _doc(page).articles[0]
    assert art.headline.replace("：", ":") == "北碚:产业项目跑出“加速度”", art
    assert art.kicker == "上半年工业投资增长15.6%", art


def test_a_paragraphs_first_line_cut_inside_a_word_is_joined() -> None:
    page = ("某县项目建设提速\n\n本报讯 7月8日,记者走进某县工业园区。\n\n"
            "在工业园区,某某科技公司年产6万吨新能源电池壳\n体项目的车间里,工人们正在安装设备,预计9月投产。\n\n"
            "某县高质量发展\n正在起势\n")
    text = _doc(page).text
    assert "年产6万吨新能源电池壳体项目的车间里" in text
    assert "某县高质量发展\n正在起势" in text  # two title lines without a comma stay apart


def test_a_later_phase_named_alone_in_its_paragraph_is_a_project() -> None:
    page = ("某区重点项目巡礼\n\n本报讯 7月8日,记者走进某区项目现场。\n\n"
            "在某镇,某某湖康养度假区项目一期已于去年建成投用。项目二期正在加紧施工,将新建温泉酒店。\n\n"
            "某某锂业年产2万吨碳酸锂项目已投产,总投资12亿元。二期工程计划明年3月开工。\n")
    found = _projects(page)
    second = next(r for k, r in found.items() if "康养度假区" in k and "二期" in k)
    assert second.get("stage") == "under_construction", found.keys()
    lithium = next(r for k, r in found.items() if "碳酸锂" in k and "二期" in k)
    assert (lithium.get("stage"), lithium.get("status")) == ("started", "target")
    # the first phase of a project named without one is the project itself
    page = ("某某项目开工\n\n本报讯 7月8日,某某新材料项目开工,总投资20亿元,分两期建设。"
            "其中一期投资12亿元,计划明年建成投产。\n")
    assert not [k for k in _projects(page) if "一期" in k]


def test_parts_and_contents_of_a_project_are_no_projects() -> None:
    assert _names("二期已建成投产,新增生产线6条,二期投资2亿元。") == []
    assert _names("记者看到,综合楼、宿舍楼外立面已完成。") == []
    assert _names("项目将新建民宿集群、游客中心等业态。") == []
    assert _names("某某科技楼项目开工。") == ["某某科技楼项目"]


def test_a_projects_own_figures_give_no_statistics() -> None:
    page = ("某县一批项目建成\n\n本报讯 7月8日,某县某某纺织智能化改造项目竣工投产。该项目总投资3亿元,"
            "改造后生产效率提升35%。某某物流园项目则完成了仓储区主体建设,目前已完成投资2.4亿元。"
            "某某孵化园三期项目建筑面积5万平方米,已有6家企业签约入驻。"
            "某某新材料项目分两期建设,其中一期投资8亿元。\n")
    values = {r.get("value") for r in _records(page, "indicator")}
    assert not values & {35, 240000000, 6, 800000000}, values


def test_a_project_said_to_be_a_works_takes_the_event_told_after_a_look() -> None:
    page = ("某县民生项目加快推进\n\n本报讯 7月8日,记者走进某县项目现场。\n\n"
            "某县中医院迁建项目是今年的重点民生工程。记者看到,住院部已基本成型。该项目总投资6.8亿元,"
            "规划床位800张,计划11月底竣工。\n")
    found = _projects(page)
    r = found.get("某县中医院迁建项目")
    assert r is not None, found.keys()
    assert (r.get("stage"), r.get("status"), r.get("investment_cny")) == ("completed", "target", 680000000)


def test_the_month_of_an_event_told_relative_to_the_page() -> None:
    page = ("某区项目巡礼\n\n本报讯 7月8日,记者走进某区项目现场。\n\n"
            "在某镇,某某湿地公园项目一期于去年底通过竣工验收。\n\n"
            "某某饮品年产8万吨果汁项目已于上月开始试生产,投资2亿元。\n\n"
            "去年10月建成投产的某某年产20万吨水泥制品项目,今年5月实现达产达效。\n\n"
            "某某科技园项目计划年底投产,目前正在安装设备。\n")
    dates = {k: r.get("date") for k, r in _projects(page).items()}
    got = {k[:6]: v for k, v in dates.items()}
    assert got.get("某某湿地公园") == "2024-12", dates
    assert next(v for k, v in dates.items() if "果汁" in k) == "2025-06", dates
    assert next(v for k, v in dates.items() if "水泥制品" in k) == "2025-05", dates
    assert next(v for k, v in dates.items() if "科技园" in k) is None, dates  # a plan's 年底 dates nothing


def test_works_done_so_far_before_a_completion_goal() -> None:
    page = ("某县简讯\n\n上半年,某县工业投资增长。其中,年产3万吨特种涂料项目已完成投资1.6亿元,"
            "占年度计划的52%,预计10月竣工。\n")
    r = next(iter(_projects(page).values()))
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("completed", "target", "2025-10")
    # without a goal after it, the sum done so far tells works under way
    page = "某县简讯\n\n上半年,某县工业投资增长。其中,年产3万吨特种涂料项目已完成投资1.6亿元。\n"
    assert next(iter(_projects(page).values())).get("stage") == "under_construction"


def test_a_phase_named_alone_takes_its_projects_place_and_firm() -> None:
    page = ("某区重点项目巡礼\n\n本报讯 7月8日,记者走进某区项目现场。\n\n"
            "在荣县双石镇,某某新材料有限公司年产5万吨铜箔项目一期已建成投产。项目二期正在加快建设。\n\n"
            "某某物流园项目已于5月开工,总投资3亿元。\n")
    found = _projects(page)
    second = next(r for k, r in found.items() if "二期" in k)
    assert "双石镇" in ((second.get("location") or {}).get("detail") or ""), second.get("location")
    assert second.get("investor") == "某某新材料有限公司", second.get("investor")


def test_two_products_of_one_plant_stay_in_its_name() -> None:
    assert _names("某某食品年产3万吨火锅底料及调味品项目投产。") == ["某某食品年产3万吨火锅底料及调味品项目"]
    assert _names("某某纸业年产30万吨箱板纸和瓦楞纸项目开工。") == ["某某纸业年产30万吨箱板纸和瓦楞纸项目"]


def test_a_projects_figures_told_after_its_manager_speaks() -> None:
    page = ("某区项目巡礼\n\n本报讯 7月8日,记者走进某区项目现场。\n\n"
            "某某食品年产2万吨腊制品项目已于上月投产。“项目从签约到投产只用了10个月。”企业负责人介绍,"
            "项目投资3.6亿元,新建厂房及配套用房4.2万平方米。\n\n"
            "全区重点项目投资12亿元以上的有5个。\n")
    r = next(r for k, r in _projects(page).items() if "腊制品" in k)
    assert (r.get("investment_cny"), r.get("area")) == (360000000, "4.2万平方米"), r


def test_a_quarters_output_is_no_yearly_output() -> None:
    page = ("某区项目巡礼\n\n本报讯 7月8日,记者走进某区项目现场。某某电子的柔性线路板生产线去年9月竣工投产,"
            "今年上半年已达产达效,实现产值2.4亿元。某某年产5万吨饲料项目投产后年产值可达6亿元。\n")
    found = _projects(page)
    line = next(r for k, r in found.items() if "线路板" in k)
    assert line.get("annual_output_cny") is None, line
    # nor a statistic of the region: the plant's own output
    assert 240000000 not in {r.get("value") for r in _records(page, "indicator")}
    feed = next(r for k, r in found.items() if "饲料" in k)
    assert feed.get("annual_output_cny") == 600000000, feed


def test_a_firm_owning_a_plant_named_after_it_is_its_investor() -> None:
    page = ("某区项目巡礼\n\n本报讯 7月8日,记者走进某区。某某光电的车载显示屏生产线去年9月竣工投产。"
            "四川某某科技有限公司的锂电池隔膜生产线今年3月投产。\n")
    investors = {k: r.get("investor") for k, r in _projects(page).items()}
    assert investors.get("车载显示屏生产线") == "某某光电", investors
    assert investors.get("锂电池隔膜生产线") == "四川某某科技有限公司", investors


def test_the_month_opening_a_paragraph_dates_its_batchs_members() -> None:
    page = ("某区简讯\n\n上月,某区集中组织6个项目竣工验收,总投资9.8亿元。其中,某某标准化厂房二期项目"
            "建筑面积6万平方米。\n\n某某冷链物流中心项目总投资2亿元,目前正在加快建设。\n")
    dates = {k: r.get("date") for k, r in _projects(page).items()}
    assert next(v for k, v in dates.items() if "厂房" in k) == "2025-06", dates
    assert next(v for k, v in dates.items() if "冷链" in k) is None, dates


def test_the_stops_of_a_tour_are_no_projects() -> None:
    assert _names("观摩团先后走进某某工业园区、某某湖湿地公园等地,察看项目进展。") == []
    assert _names("考察组来到某某物流园、某某文化广场等处。") == []
    assert _names("某某湿地公园提档升级项目开工。") == ["某某湿地公园提档升级项目"]
