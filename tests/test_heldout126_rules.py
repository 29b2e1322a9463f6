"""Rules the misses of the hundred-and-twenty-sixth held-out set called for, each on phrasings of its own.

The set is county papers of Hebei and Henan with heavy layout noise: a front page with a publisher
line, an issue line, a weather box with living indices, a contents box, a photo news with a long
caption, a column of briefs and a jump line; an inside page under a running head whose section line
carries the editors, with lost-document notices and a foot naming the printer and the price; a digital
edition whose page line, weather line and list of the page's titles stand over the stories.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.extract_projects import county_paper_name
from newsmill.zh.county_paper import (
    epaper_page_line,
    issue_line,
    owner_line,
    price_foot_line,
    title_nav_lines,
)
from newsmill.zh.evaluation import flagged_spans
from newsmill.zh.notices import is_weather_line, notice_lines
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _flagged(page: str) -> list[str]:
    d = doc(page)
    return [d.text[a:b] for a, b in flagged_spans(d)]


def _indicators(page: str) -> dict[str, tuple[object, str]]:
    return {r.get("metric"): (r.get("value"), r.get("unit")) for r in records(page, "indicator")}


# --- cleaning: a county paper's furniture ------------------------------------------------------------

def test_a_mastheads_owner_line_is_furniture() -> None:
    assert owner_line("中共桐岭县委机关报　桐岭县融媒体中心主办")
    assert owner_line("中共云溪县委机关报")
    assert classify_text(["中共桐岭县委机关报　　桐岭县融媒体中心主办"], 0) == ("furniture", "page header")


def test_a_sentence_on_a_centre_hosting_an_event_stays() -> None:
    assert not owner_line("桐岭县融媒体中心主办的短视频大赛昨日启动，共收到作品300余件")
    assert classify_text(["活动由桐岭县融媒体中心主办，县文联协办。"], 0) is None
    assert not owner_line("第三届茶叶博览会由桐岭县人民政府主办")
    assert not owner_line("茶叶博览会由桐岭县人民政府主办　　县商务局承办")


def test_an_issue_line_with_the_permit_of_an_internal_paper_is_furniture() -> None:
    assert issue_line("总第2051期　　　　安州市内部资料性出版物准印证：安内资字〔2025〕第009号")
    assert issue_line("准印证号：云内资准字（2026）第12号　　总第512期　　今日8版")
    assert classify_text(["总第2051期　　　　　　　　　　安州市内部资料性出版物准印证：安内资字〔2025〕第00"
            "9号"], 0) \
        == ("furniture", "page header")


def test_a_sentence_on_an_issue_stays() -> None:
    assert not issue_line("本报总第2000期特刊今日出版，共16个版面，记录全县发展历程")


def test_a_foot_with_the_printer_and_the_price_is_furniture() -> None:
    assert price_foot_line("印刷：云州日报社印务中心（地址：云州市城北区）　本报零售价：每份1.50元　全年订"
            "价180元")
    assert price_foot_line("承印：东岚印务有限公司　　定价：每份2元")
    assert classify_text(["承印：东岚印务有限公司　　零售价：每份1.00元"], 0) == ("furniture", "page header")


def test_a_sentence_on_prices_stays() -> None:
    assert not price_foot_line("猪肉零售价每斤13元　较上周下降0.5元")
    assert not price_foot_line("印刷：东岚印务有限公司　地址：东岚市滨江路8号")  # no price: another rule's


def test_a_digital_editions_page_line_is_furniture() -> None:
    assert epaper_page_line("第03版：县域经济　　　2025年12月9日　星期二")
    assert epaper_page_line("第A1版:要闻 2026年1月6日")
    assert classify_text(["第03版：县域经济　　　　　2025年12月9日　星期二"
            ""], 0) == ("furniture", "page header")


def test_a_contents_item_naming_a_page_stays_out_of_the_page_line_rule() -> None:
    assert not epaper_page_line("第3版：全县冬季安全生产工作会议召开")
    assert not epaper_page_line("第二批项目于2025年12月9日集中开工")


def test_a_digital_editions_list_of_titles_is_furniture() -> None:
    texts = ["本版标题导航", "· 东岚县签约项目12个", "· 图片新闻", "", "东岚县签约项目12个"]
    assert title_nav_lines(texts) == [0, 1, 2]
    page = ("东岚报数字报\n本版标题导航\n· 东岚县签约项目12个　总投资33亿元\n· 图片新闻\n\n东岚县签约项目12"
            "个　总投资33亿元\n"
            "本报讯 11月18日，东岚县集中签约项目12个，总投资33亿元。\n")
    flagged = _flagged(page)
    assert "· 东岚县签约项目12个　总投资33亿元" in flagged and "本版标题导航" in flagged


def test_a_list_of_dotted_points_without_the_label_stays() -> None:
    assert title_nav_lines(["会议要求：", "· 抓紧推进项目建设", "· 做好安全生产"]) == []
    assert title_nav_lines(["本版标题导航", "东岚县签约项目12个"]) == []


def test_a_section_line_with_its_editors_is_furniture() -> None:
    page = ("2025年12月9日　星期二\n3\n县域·产业　　　　　　　　　　　　　责任编辑：周　宁　美术编辑：林　"
            "卉　校对：何　畅\n\n"
            "东岚县冷库项目投用\n本报讯 12月5日，东岚县冷库项目投用，总投资1.2亿元。\n")
    assert any("责任编辑：周　宁" in s for s in _flagged(page))


def test_a_sentence_naming_an_editor_stays() -> None:
    page = ("东岚县冷库项目投用\n本报讯 12月5日，东岚县冷库项目投用，总投资1.2亿元。县融媒体中心编辑周宁参"
            "与了报道。\n")
    assert not any("编辑周宁" in s for s in _flagged(page))


def test_a_bracketed_weather_label_and_its_living_indices_are_a_weather_box() -> None:
    assert is_weather_line("【今日天气】多云转阴　2℃～11℃　东南风2级")
    assert is_weather_line("【明日天气】小雪　-5℃～1℃")
    assert is_weather_line("【生活指数】穿衣：寒冷　晾晒：不宜　感冒：易发")
    assert classify_text(["【生活指数】穿衣：寒冷　晾晒：不宜"], 0) is None  # told by the page's notices pass
    page = ("东岚报\n【今日天气】多云　2℃～11℃\n【生活指数】穿衣：寒冷　晾晒：不宜\n\n东岚县冷库项目投用\n"
            "本报讯 东岚县冷库项目投用。\n")
    flagged = _flagged(page)
    assert "【今日天气】多云　2℃～11℃" in flagged and "【生活指数】穿衣：寒冷　晾晒：不宜" in flagged


def test_a_sentence_on_the_weather_or_on_indices_stays() -> None:
    assert not is_weather_line("【今日关注】东岚县冷库项目投用，总投资1.2亿元")
    assert not is_weather_line("生活指数显示，居民消费价格指数同比上涨0.3%，其中食品价格下降1.2%")


def test_a_second_notice_under_one_head_is_furniture_too() -> None:
    texts = ["遗失声明", "东岚县某某商行不慎遗失营业执照副本，声明作废。",
             "东岚县某某种植合作社不慎遗失公章一枚，声明作废。", "", "东岚县冷库项目投用"]
    assert notice_lines(texts) == [0, 1, 2]


def test_a_story_after_a_notice_stays() -> None:
    texts = ["遗失声明", "东岚县某某商行不慎遗失营业执照副本，声明作废。",
             "东岚县冷库项目于12月5日投用，总投资1.2亿元。"]
    assert notice_lines(texts) == [0, 1]


# --- money: a dotted contents item restates its headline's amount ---------------------------------------

def test_an_amount_in_a_dotted_list_of_the_pages_titles_is_the_headlines() -> None:
    page = ("东岚报数字报\n本版标题导航\n· 东岚县签约项目12个　总投资33亿元\n\n东岚县签约项目12个　总投资33"
            "亿元\n"
            "本报讯 11月18日，东岚县集中签约项目12个，总投资33亿元。\n")
    from newsmill.zh.gold import document_to_gold
    money = [m["surface"] for m in document_to_gold(doc(page))["money"]]
    assert money.count("33亿元") == 1


# --- projects: the county of a county paper ------------------------------------------------------------

def test_a_county_papers_name_on_a_line_of_its_own_names_its_county() -> None:
    assert county_paper_name("涉县报\nSHEXIAN BAO\n2026年11月20日　星期五\n") == "涉县"
    assert county_paper_name("唐河报数字报\n首页 | 往期回顾\n") == "唐河"
    assert county_paper_name("2026年11月20日　星期五　　　　　　唐河新闻\n2\n") == "唐河"


def test_a_page_without_a_paper_on_its_first_lines_names_no_county() -> None:
    assert county_paper_name("唐河县冷库项目投用\n本报讯 12月5日，唐河县冷库项目投用。\n") is None
    assert county_paper_name("新闻\n首页 | 往期回顾\n") is None


def test_briefs_on_a_county_papers_page_are_in_its_county() -> None:
    page = ("唐河报数字报\n首页　|　往期回顾\n\n新闻简讯\n【投产】11月15日，某某镇年产2万吨饲料项目投产，总"
            "投资8000万元。\n")
    p = projects(page)
    loc = next(r for n, r in p.items() if n and "饲料项目" in n).get("location")
    assert loc["county"] == "唐河县" and loc["city"] == "南阳市"


# --- indicators: what one works or technique yields ----------------------------------------------------

def test_a_plants_yearly_yield_after_its_installed_size_is_its_own() -> None:
    page = ("东岚县光伏项目并网\n本报讯 11月12日，城南光伏发电项目并网发电，项目装机容量3万千瓦，年发电量约"
            "3800万千瓦时。\n")
    assert "年发电量" not in _indicators(page)


def test_a_countys_yearly_power_stays() -> None:
    page = "东岚县能源运行平稳\n本报讯 今年前10个月，全县发电量12.6亿千瓦时，同比增长4.2%。\n"
    assert any("发电量" in m for m in _indicators(page))


def test_a_techniques_gain_over_the_old_way_is_no_statistic() -> None:
    page = ("东岚县印染项目投产\n本报讯 11月12日，东岚县印染项目投产，总投资2亿元。项目采用冷轧堆工艺，比常"
            "规工艺节能35%。\n")
    assert not any(v == 35.0 for v, _ in _indicators(page).values())


def test_a_countys_savings_stay() -> None:
    page = "东岚县节能降耗成效明显\n本报讯 今年前10个月，全县规上工业单位增加值能耗同比下降5.2%。\n"
    assert any(v in (5.2, -5.2) for v, _ in _indicators(page).values())


# --- projects: lines, another project, a visit's stops --------------------------------------------------

def test_a_line_told_as_newly_built_and_being_fitted_is_a_project() -> None:
    page = ("图片新闻\n11月10日，在东岚县经济开发区，工人正在对新建的碳纤维预浸料生产线进行调试。该生产线总"
            "投资8000万元，"
            "已于本月上旬进入试生产阶段。\n")
    p = projects(page)["碳纤维预浸料生产线"]
    assert p.get("stage") == "in_production" and p.get("investment_cny") == 80000000


def test_a_line_a_project_builds_stays_its_content() -> None:
    page = ("东岚县新材料项目签约\n本报讯 11月10日，东岚县甲新材料项目签约，总投资5亿元。项目将新建碳纤维预"
            "浸料生产线两条。\n")
    assert "碳纤维预浸料生产线" not in projects(page)


def test_another_project_told_by_its_yearly_output_is_named() -> None:
    page = ("东岚县签约项目6个\n本报讯 11月10日，东岚县集中签约项目6个。其中，甲公司投资3亿元建设某物流园项"
            "目；"
            "另一个备受关注的年产50万套汽车座椅项目由东岚乙汽车部件有限公司投资6亿元建设。\n")
    assert "年产50万套汽车座椅项目" in projects(page)


def test_one_thing_of_a_kind_planned_stays_unnamed() -> None:
    page = "东岚县青年创业\n本报讯 东岚县将建成一个面向青年的创业孵化基地，帮助返乡青年创业。\n"
    assert not any("孵化基地" in (n or "") for n in projects(page))


def test_a_visits_stop_takes_the_event_its_story_tells_later() -> None:
    page = ("东岚县观摩重点项目\n本报讯 观摩组一行先后来到甲镇年产5万吨饲料项目、乙镇冷库项目等8个观摩点。\n"
            "位于甲镇的年产5万吨饲料项目由东岚丙饲料有限公司投资1.2亿元建设，今年8月竣工投产。\n")
    p = projects(page)
    name = next(n for n in p if n and "饲料项目" in n)
    assert p[name].get("stage") == "in_production"


def test_a_project_named_only_as_a_stop_keeps_no_event() -> None:
    page = ("东岚县观摩重点项目\n本报讯 观摩组一行先后来到甲镇年产5万吨饲料项目、乙镇冷库项目等8个观摩点。\n"
            "县发改委负责人表示，将加快推进项目建设。\n")
    p = projects(page)
    assert all(r.get("stage") != "in_production" for r in p.values())


def test_a_town_or_zone_signing_with_a_firm_is_where_its_project_goes() -> None:
    page = ("东岚县新闻\n\n经济简讯\n【签约】11月12日，桐河镇与一家农业企业签订协议，投资2.2亿元建设年产5万"
            "吨有机肥项目。\n")
    fert = next(r for n, r in projects(page).items() if n and "有机肥" in n)
    assert fert.get("location")["detail"] == "桐河镇"
    page = ("东岚县新闻\n\n经济简讯\n◆11月13日，县高新技术产业开发区与一家电子企业签约年产100万片电路板项目，"
            "总投资4亿元。\n")
    board = next(r for n, r in projects(page).items() if n and "电路板" in n)
    assert "开发区" in (board.get("location")["detail"] or "")


def test_a_town_named_after_the_signing_is_not_the_signing_party() -> None:
    page = ("东岚县新闻\n\n经济简讯\n【签约】11月12日，东岚县与一家农业企业签订协议，投资2.2亿元建设年产5万"
            "吨有机肥项目。\n")
    p = projects(page)
    fert = next(r for n, r in p.items() if n and "有机肥" in n)
    assert fert.get("location")["detail"] in (None, "")


def test_a_zone_a_project_is_to_settle_in_is_its_site() -> None:
    page = ("东岚县新闻\n\n经济简讯\n◆县招商部门正与一家农业企业洽谈中央厨房项目，意向投资5亿元，拟落户东岚"
            "县食品产业开发区。\n")
    p = projects(page)
    assert p["中央厨房项目"].get("location")["detail"] == "东岚县食品产业开发区"
