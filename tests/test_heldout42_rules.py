"""Rules the misses of the forty-second held-out set called for, each on phrasings of its own.

The set is whole pages of county papers: short stories, briefs with lead-in titles, notices and
weather lines between them, captions, titles in three lines, and a story continued further down
the same file on a later page.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, notices
from newsmill.zh.gold import document_to_gold
from newsmill.zh.leadins import leadin_breaks
from tests.heldout_support import rule_helpers

DAY = dt.date(2026, 6, 16)


_doc, _records, _ = rule_helpers(DAY)


def _headlines(page: str) -> list[str | None]:
    return [a.headline for a in _doc(page).articles]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, rep in sorted(edits, reverse=True):
        text = text[:start] + rep + text[end:]
    return text


# -- briefs: a lead-in title on the first line of the item ------------------------------------

def test_a_lead_in_title_is_put_on_a_line_of_its_own() -> None:
    cases = {
        "【高桥镇烤烟收购站建成】日前，高桥镇烤烟收购站建成，可年收购烤烟3000担。（通讯员 柯 兰）":
            "高桥镇烤烟收购站建成\n\n日前，",
        "**某县新增农民专业合作社35家**　上半年，某县新增农民专业合作社35家。（记者 董 岚）":
            "**某县新增农民专业合作社35家**\n\n上半年，",
        "◆ 石门乡光伏电站并网发电　6月10日，石门乡村级光伏电站并网发电。（通讯员 韩 松）":
            "◆ 石门乡光伏电站并网发电\n\n6月10日，",
        "凉水村民宿集群开门迎客　端午假期前，凉水村12家民宿集中开业，可接待游客300人。（记者 苏 雯）":
            "凉水村民宿集群开门迎客\n\n端午假期前，",
    }
    for line, opening in cases.items():
        assert _apply(line, leadin_breaks(line)).startswith(opening), line


def test_no_lead_in_without_a_closing_credit_or_a_gap() -> None:
    for line in (
        # a paragraph with no credit at its end is running text
        "【编者按】近年来，某县把产业园区作为发展主战场，本报今起推出系列报道，敬请关注。",
        # one plain space may stand inside a title: no lead-in without a wide gap or a bullet
        "城关镇 今年以来新建村级活动室5个，改造道路12公里，群众出行更方便了。（通讯员 柯 兰）",
        # a caption with its photographer is no brief
        "【图】新建的烤烟收购站 日前投入使用，可年收购烤烟3000担。（记者 柯 兰 摄）",
    ):
        assert leadin_breaks(line) == [], line


def test_briefs_with_lead_in_titles_are_articles_of_their_own() -> None:
    page = ("某县报  2026年6月16日  星期二  第2版\n\n"
            "■ 简讯速递\n\n"
            "【高桥镇烤烟收购站建成】日前，高桥镇烤烟收购站建成，可年收购烤烟3000担。（通讯员 柯 兰）\n\n"
            "【石门乡新修产业路8公里】今年以来，石门乡新修产业路8公里，惠及群众2000余人。（记者 董 岚）\n")
    assert _headlines(page) == ["高桥镇烤烟收购站建成", "石门乡新修产业路8公里"]


def test_bold_lead_ins_on_a_markdown_page_are_titles_of_briefs() -> None:
    page = ("# 某县召开项目推进会\n\n本报讯（记者 董 岚）6月12日，某县召开重点项目推进会。\n\n"
            "## 一周简讯\n\n"
            "**石门乡光伏电站并网发电**　6月10日，石门乡村级光伏电站并网发电，年发电量60万千瓦时。"
            "（通讯员 韩 松）\n\n"
            "**凉水村民宿集群开门迎客**　端午假期前，凉水村12家民宿集中开业。（记者 苏 雯）\n")
    heads = _headlines(page)
    assert heads[1:] == ["石门乡光伏电站并网发电", "凉水村民宿集群开门迎客"]


# -- notices, adverts, weather, captions -------------------------------------------------------

def test_notices_weather_and_public_service_adverts_are_furniture() -> None:
    texts = ["遗失声明", "", "某县某某建材有限公司遗失开户许可证一份，声明作废。", "",
             "招聘启事", "", "某某酒店招聘前台服务员3名、厨师2名，待遇面议。", "联系人：陈女士",
             "", "某县住房和城乡建设局", "", "关于城北片区部分路段临时停水的公告", "",
             "因管网维修，6月18日9:00至17:00城北片区部分路段停水，请提前储水。", "", "特此公告。",
             "", "某县住房和城乡建设局", "2026年6月15日", "",
             "明日天气  晴转多云  22℃～31℃", "", "文明出行 从我做起（公益广告）"]
    flagged = {texts[i] for i, _rule in notices(texts)}
    assert flagged == {t for t in texts if t}


def test_a_notice_head_whose_text_never_closes_is_left_alone() -> None:
    # a story titled like a notice, with no closing words, stays text
    texts = ["声明", "", "某县将于下月启动老旧小区改造，涉及居民1200户，改造资金已落实到位。", "",
             "该县住建局负责人表示，改造工作将分批推进。"]
    assert notices(texts) == []


def test_an_ad_label_for_hiring_opens_an_advert() -> None:
    assert classify_text(["【招聘】某某物流公司招聘叉车司机2名，联系电话：0000-0000000"], 0) \
        == ("furniture", "advertisement")


def test_a_caption_told_as_a_sentence_with_its_photographer_is_a_caption() -> None:
    for line in ("石门乡，农户正在晾晒烟叶。 通讯员 柯 兰 摄", "游客在凉水村民宿前合影留念。  记者 苏雯 摄"):
        assert classify_text([line], 0) == ("caption", "caption with credit"), line
    # a paragraph closed by a credit in brackets is no caption
    bracketed = "游客在凉水村民宿前合影留念。（记者 苏 雯 摄）"
    assert classify_text([bracketed], 0) != ("caption", "caption with credit")


# -- titles in several lines ---------------------------------------------------------------------

def test_a_place_and_a_period_over_the_news_are_one_title() -> None:
    page = ("聚力招商引资\n\n某某县上半年\n\n签约项目34个\n\n协议投资额126亿元 到位资金41亿元\n\n"
            "本报讯（记者 董 岚）上半年，某某县签约项目34个，协议投资额126亿元。\n")
    art = _doc(page).articles[0]
    assert art.headline is not None and art.headline.replace(" ", "").replace("\n", "") \
        == "某某县上半年签约项目34个"
    assert art.kicker == "聚力招商引资"


# -- a story continued further down the same file ------------------------------------------------

_JUMP_PAGE = ("某县报  2026年6月16日  星期二  第1版\n\n"
              "某县6个项目集中开工\n\n"
              "本报讯（记者 董 岚）6月12日，某县二季度重大项目集中开工活动举行，此次开工项目6个，"
              "总投资18亿元。（转第2版）\n\n"
              "石门乡新修产业路8公里\n\n"
              "本报讯（通讯员 柯 兰）今年以来，石门乡新修产业路8公里。\n\n"
              "某县报  2026年6月16日  星期二  第2版\n\n"
              "某县6个项目集中开工\n\n"
              "（上接第1版）此次开工的高桥镇冷链物流园项目总投资2.5亿元，建成后可储存果蔬2万吨。\n")


def test_a_jump_head_and_its_jump_line_continue_the_story() -> None:
    doc = _doc(_JUMP_PAGE)
    heads = [a.headline for a in doc.articles]
    assert heads.count("某县6个项目集中开工") == 2
    assert doc.articles[-1].attributes.get("continues") == 0
    gold = document_to_gold(doc)
    assert [a["headline"] for a in gold["articles"]] == ["某县6个项目集中开工", "石门乡新修产业路8公里"]
    assert len(gold["articles"][0]["_spans"]) == 2
    cold = [p for p in gold["projects"] if p["name"] == "高桥镇冷链物流园项目"]
    assert cold and cold[0]["_article"] == 0 and cold[0]["article"] == "某县6个项目集中开工"
    # the jump head restating the title gives no second batch
    batches = [(b["count"], b["total_cny"]) for b in gold["batches"]]
    assert batches == [(6, 1_800_000_000)]


def test_a_repeated_title_without_a_jump_line_is_no_continuation() -> None:
    page = _JUMP_PAGE.replace("（上接第1版）", "")
    assert all("continues" not in a.attributes for a in _doc(page).articles)


def test_the_evaluator_finds_a_record_in_either_part_of_a_story() -> None:
    from newsmill.zh.evaluation import PageScorer

    raw = _JUMP_PAGE
    doc = _doc(raw)
    pred = document_to_gold(doc)
    gold = {"articles": [], "money": [], "batches": [], "indicators": [], "projects": [
        {"name": "高桥镇冷链物流园项目", "evidence": "高桥镇冷链物流园项目总投资2.5亿元"}]}
    score = PageScorer(gold, pred, raw, "p").score()["projects"]
    assert score.matched == 1


# -- statistics, batches and projects of such pages ---------------------------------------------

def test_figures_of_one_site_or_a_job_fair_are_no_statistic() -> None:
    page = ("某县要闻\n\n本报讯（记者 董 岚）6月8日，某县夏季专场招聘会举行，38家企业带来岗位900余个，"
            "当天有150余人达成就业意向。该基地去年实现销售收入3600万元。"
            "端午假期，某某峡景区共接待游客5.2万人次，实现旅游收入1800万元。"
            "该污水处理厂总投资8000万元，日处理能力2万吨。"
            "今年1至5月，某县社会消费品零售总额达31.5亿元，同比增长6.1%。\n")
    inds = _records(page, "indicator")
    assert [(i.get("value"), i.get("growth_pct")) for i in inds] == [(3_150_000_000, 6.1)]


def test_what_a_facility_holds_at_once_is_no_statistic() -> None:
    page = "本报讯 近日，某镇生猪养殖小区建成投用，可同时存栏生猪2000头。今年以来，全县新增市场主体1200户。\n"
    assert [i.get("value") for i in _records(page, "indicator")] == [1200]


def test_tour_routes_are_no_count_of_works() -> None:
    page = "本报讯 6月5日，甲县、乙县签订文旅合作协议，将共同推出4条精品旅游线路。\n"
    assert _records(page, "batch") == []
    # roads are still works counted
    page = "本报讯 今年，某县计划新建改建5条农村公路，总投资1.2亿元。\n"
    assert [b.get("count") for b in _records(page, "batch")] == [5]


def test_works_named_without_xiangmu_are_projects() -> None:
    page = ("本报讯 6月9日，某县城北第三水厂建成通水。该水厂总投资2.3亿元，日供水能力5万吨。"
            "同日，某县高桥镇肉羊养殖小区建成投用。"
            "6月1日，某县凉水湖游客服务中心正式投用。\n")
    names = {r.get("name") for r in _records(page, "project")}
    assert {"某县城北第三水厂", "某县高桥镇肉羊养殖小区", "某县凉水湖游客服务中心"} <= names


def test_a_counted_addition_to_a_plant_is_no_project() -> None:
    page = ("本报讯 6月10日，某县魔芋精深加工厂二期项目建成投产。该项目总投资3亿元，"
            "新建3条全自动包装生产线，可年产魔芋制品2万吨。\n")
    names = {r.get("name") for r in _records(page, "project")}
    assert any(n and n.endswith("魔芋精深加工厂二期项目") for n in names)
    assert not any(n and "包装生产线" in n for n in names)


def test_a_county_paper_or_a_paper_in_the_crumbs_is_the_source_of_its_reporters_briefs() -> None:
    brief = ("【石门乡新修产业路8公里】今年以来，石门乡新修产业路8公里，惠及群众2000余人。（记者 董 岚）\n\n"
             "【高桥镇烤烟收购站建成】日前，高桥镇烤烟收购站建成。（通讯员 柯 兰）\n")
    sources = [a.source for a in _doc("某某报  2026年6月16日  星期二  第3版  综合\n\n" + brief).articles]
    assert sources == ["某某报", None]  # a reporter of the paper; a correspondent names no outlet
    sources = [a.source for a in _doc("某某日报 > 县区新闻\n\n" + brief, None).articles]
    assert sources == ["某某日报", None]
    # the paper's own word for itself is no outlet's name
    assert [a.source for a in _doc("本报  2026年6月16日  第3版\n\n" + brief).articles][0] is None


def test_a_zone_keeps_an_autonomous_county_the_page_names_by_its_short_form() -> None:
    page = ("本报讯 6月9日，位于石柱工业园区的某某饮品厂二期项目建成投产。"
            "今年以来，石柱县规上工业总产值同比增长7.2%。\n")
    (project,) = _records(page, "project")
    assert project.get("location")["county"] == "石柱土家族自治县"
    assert project.get("location")["detail"] == "石柱工业园区"


def test_a_county_paper_places_a_town_project_in_its_county() -> None:
    page = ("巫溪报  2026年6月16日  星期二  第2版  综合\n\n"
            "某镇山羊养殖基地开工\n\n"
            "本报讯（记者 董 岚）6月12日，某某农业开发有限公司投资2600万元建设的宁厂镇山羊养殖基地"
            "项目开工。\n")
    (project,) = _records(page, "project")
    loc = project.get("location")
    assert (loc["province"], loc["city"], loc["county"]) == ("重庆市", "重庆市", "巫溪县")
    # a city daily's masthead names no county
    page = page.replace("巫溪报", "重庆日报")
    (project,) = _records(page, "project")
    assert (project.get("location") or {}).get("county") is None


def test_a_scenic_site_heading_a_cableway_or_a_visitor_centre_is_its_detail() -> None:
    page = ("本报讯 近日，巫溪县凉水湖景区观光索道项目开工，总投资1.6亿元；"
            "同日，巫溪县鹰嘴岩旅游区游客服务中心项目开工，投资8000万元。\n")
    details = {r.get("name"): (r.get("location") or {}).get("detail") for r in _records(page, "project")}
    assert "凉水湖景区" in details.values() and "鹰嘴岩旅游区" in details.values()


def test_projects_in_a_continued_part_take_the_day_of_the_story_s_lead() -> None:
    doc = _doc(_JUMP_PAGE)
    cold = [r for r in doc.records if r.kind == "project" and r.get("name") == "高桥镇冷链物流园项目"]
    assert cold and cold[0].get("date") == "2026-06-12"


def test_a_visitor_centre_named_after_its_scenic_site_is_a_project() -> None:
    page = "本报讯 6月1日，巫溪县红池坝景区游客接待中心正式投用。该中心总投资5200万元。\n"
    names = {r.get("name") for r in _records(page, "project")}
    assert any(n and n.endswith("红池坝景区游客接待中心") for n in names)
    # a class of sites is still no name
    page = "本报讯 今年，全县景区游客服务中心建设有序推进。\n"
    assert not _records(page, "project")


def test_a_project_at_the_main_venue_takes_the_story_s_collective_event() -> None:
    page = ("某县二季度项目集中开工\n\n"
            "本报讯（记者 董 岚）6月12日，某县二季度重大项目集中开工活动在某县工业园区举行。"
            "此次集中开工项目7个，总投资21亿元。\n\n"
            "在主会场，某某新材料有限公司年产3万吨碳酸钙粉体项目现场一派繁忙。该项目总投资6亿元。\n")
    (project,) = [r for r in _records(page, "project") if "碳酸钙" in (r.get("name") or "")]
    got = (project.get("stage"), project.get("status"), project.get("date"))
    assert got == ("started", "actual", "2026-06-12")


def test_a_town_heading_a_works_name_is_its_detail() -> None:
    page = "本报讯 近日，巫溪县投资800万元的宁厂镇山羊养殖小区建成投用。\n"
    (project,) = _records(page, "project")
    assert (project.get("location") or {}).get("detail") == "宁厂镇"
    # an autonomous county's short form before a scenic site: the site is the detail
    page = ("本报讯 今年，彭水苗族土家族自治县加快文旅项目建设。"
            "6月11日，彭水县摩围山景区索道项目主体工程完工，总投资3亿元。\n")
    (project,) = _records(page, "project")
    assert (project.get("location") or {}).get("detail") == "摩围山景区"
