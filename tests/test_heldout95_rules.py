"""Rules the misses of the ninety-fifth held-out set called for, each on phrasings of its own.

The set is agriculture, food and rural projects in Henan and Hunan: a city paper's web copy in
markdown (a cold-chain park, a chili plant, a county's rural signings, a duck chain, farmland, the
city's farm figures), a prefecture paper's page out of a PDF (a cattle farm, a flour plant, a batch
of rural starts, farmland and a grain depot cut by the page's foot, a layer farm, a sesame park), and
a county government's statistics release with the stories a site prints after it.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import _by_running_head, imprint_line, related_posts, running_head
from newsmill.plugins.segment_news import _TALLY_NEWS
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.projects import lines_listed_last
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 12, 10))

_LEAD = "本报讯(记者 韦 宁)12月8日,"


def _heads(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(page).items() if part in str(n))
    return {k: f.value for k, f in r.fields.items()}


def _values(page: str, kind: str) -> list:
    return [r.get("value") if kind == "indicator" else r.get("count") for r in records(page, kind)]


# --- articles: titles over their glosses, markdown levels, leads, meta lines ---------------------------

def test_a_one_works_title_over_its_figures_is_the_title() -> None:
    page = ("滑县万亩蔬菜基地建成投用\n新增大棚1200座 年产蔬菜6万吨\n\n" + _LEAD
            + "滑县万亩蔬菜基地正式建成投用,首批黄瓜已上市。该基地总投资4亿元,由本地一家合作社运营。\n")
    assert _heads(page)[0] == ("滑县万亩蔬菜基地建成投用", "新增大棚1200座 年产蔬菜6万吨")
    page = ("淇县肉鸡产业园二期完工\n新增年屠宰肉鸡2000万只\n\n" + _LEAD
            + "淇县肉鸡产业园二期项目完工,投资3亿元,新建屠宰车间和冷库,预计明年初投产。\n")
    assert _heads(page)[0] == ("淇县肉鸡产业园二期完工", "新增年屠宰肉鸡2000万只")


def test_a_gloss_that_builds_stays_the_title_under_a_works_named_by_kind() -> None:
    page = ("汤阴食品产业园二期建成投产\n新建6条速冻食品生产线 全部达产后年产值可达8亿元\n\n" + _LEAD
            + "汤阴食品产业园二期建成投产,新建6条速冻食品生产线,全部达产后年产值可达8亿元。\n")
    assert _heads(page)[0][0] == "新建6条速冻食品生产线 全部达产后年产值可达8亿元"


def test_a_batch_title_over_its_sum_stays_the_title() -> None:
    page = ("浚县12个农业项目集中开工\n总投资26亿元\n\n" + _LEAD
            + "浚县农业项目集中开工活动举行,此次集中开工项目12个,总投资26亿元,涵盖养殖、加工等领域。\n")
    assert _heads(page)[0] == ("浚县12个农业项目集中开工", "总投资26亿元")


def test_a_place_s_tally_title_over_its_sum() -> None:
    assert _TALLY_NEWS.fullmatch("内黄县新建高标准农田9万亩")
    assert _TALLY_NEWS.fullmatch("清丰县今年建成冷库12座")
    assert not _TALLY_NEWS.fullmatch("高标准农田建设提速")
    page = ("内黄县新建高标准农田9万亩\n总投资1.8亿元 亩均投入2000元\n\n本报讯(记者 韦 宁)入冬以来,"
            "内黄县实施高标准农田建设项目9万亩,总投资1.8亿元,目前已完成工程量的八成。\n")
    assert _heads(page)[0] == ("内黄县新建高标准农田9万亩", "总投资1.8亿元 亩均投入2000元")


def test_a_top_level_heading_reporting_news_is_no_column_banner() -> None:
    page = ("# 南乐县6个乡村振兴项目集中签约\n\n## 总投资15亿元 涵盖肉牛养殖和果蔬加工\n\n"
            "本报讯（记者 韦宁）12月8日，南乐县6个乡村振兴项目集中签约，总投资15亿元。"
            "签约项目涵盖肉牛养殖和果蔬加工。\n")
    assert _heads(page)[0] == ("南乐县6个乡村振兴项目集中签约", "总投资15亿元 涵盖肉牛养殖和果蔬加工")
    page = ("# 本地要闻\n\n## 南乐县6个乡村振兴项目集中签约\n\n"
            "本报讯（记者 韦宁）12月8日，南乐县6个乡村振兴项目集中签约，总投资15亿元。"
            "签约项目涵盖肉牛养殖和果蔬加工。\n")
    assert _heads(page)[0][0] == "南乐县6个乡村振兴项目集中签约"


def test_an_empty_meta_field_takes_none_of_the_widgets_after_it() -> None:
    c = parse_credit_line("来源：范县统计局　发布时间：2026-01-20 09:30　浏览次数：　"
                          "【字号：大 中 小】　【打印】")
    assert c is not None and c.source is not None and c.source.text == "范县统计局"
    c = parse_credit_line("发布时间：2026-01-20 09:30　来源：范县农业农村局　点击数：　【关闭】")
    assert c is not None and c.source is not None and c.source.text == "范县农业农村局"
    assert parse_credit_line("浏览次数是衡量网站热度的指标之一，今年全县网站浏览量大增。") is None


_RELEASE = ("2025年全县农业经济运行情况\n\n来源：台前县统计局　发布时间：2026-01-21 10:00\n\n"
            "2025年，全县农业经济运行总体平稳，粮食总产量32.5万吨，增长1.2%。农林牧渔业总产值61.3亿元，增长3.5%。\n\n")
_STORY = ("台前县10个农业项目集中开工\n\n1月18日，台前县2026年第一批农业项目集中开工仪式举行，"
          "此次集中开工项目10个，总投资12.6亿元，涵盖粮食加工和冷链仓储等领域。\n\n"
          "台前县面粉加工扩能项目投产\n\n日前，位于打渔陈镇的一家面粉企业扩能项目正式投产，"
          "该项目总投资8000万元，投产后年加工小麦能力提高到20万吨。\n")


def test_a_bare_piece_label_ends_the_release_s_source_and_a_vague_day_opens_a_story() -> None:
    arts = doc(_RELEASE + "【相关解读】\n\n" + _STORY).articles
    assert [(a.headline, a.source) for a in arts] == [
        ("2025年全县农业经济运行情况", "台前县统计局"), ("台前县10个农业项目集中开工", None),
        ("台前县面粉加工扩能项目投产", None)]


def test_without_the_label_the_page_label_reaches_the_stories() -> None:
    arts = doc(_RELEASE + _STORY).articles
    assert [a.source for a in arts][:2] == ["台前县统计局", "台前县统计局"]


def test_a_bare_piece_label_over_a_story_and_barred_links() -> None:
    long = "1月18日，台前县2026年第一批农业项目集中开工仪式举行，此次集中开工项目10个，总投资12.6亿元。"
    assert related_posts(["【相关解读】", "", "台前县10个农业项目集中开工", "", long]) == [0]
    assert related_posts(["【相关解读】", "", "短", "", "短句"]) == []
    links = ["相关链接：", "濮阳市人民政府 | 河南省统计局 | 台前县统计局", "", "主办：某办公室"]
    assert related_posts(links) == [0, 1]
    assert related_posts(["相关链接：", "详见县政府网站。", "", "正文"]) == []


# --- cleaning: a page's foot of the paper's name and number with its day, an imprint glued ------------

def test_a_page_foot_of_name_and_number_and_its_day() -> None:
    assert running_head("鹤壁日报 3") and running_head("安阳日报 第5版")
    assert not running_head("鹤壁日报社 3") and not running_head("鹤壁日报记者 3")
    texts = ["全县粮食仓容达到", "", "鹤壁日报 3", "2025年12月12日", "", "45万吨。"]
    assert _by_running_head(texts, 3)
    assert not _by_running_head(["某县项目建设提速", "2025年12月12日", "本报讯…"], 1)


def test_the_page_foot_between_two_halves_of_a_sentence_is_cut_out() -> None:
    page = ("鹤壁日报\n2025年12月12日 星期五 第3版 县域经济\n\n淇滨区粮库扩建\n\n" + _LEAD
            + "淇滨区中心粮库扩建工程已完工,新增仓容6万吨,全区粮食仓容达到\n\n鹤壁日报 3\n2025年12月12日\n\n"
            "45万吨。今年,全区粮食总产量达到12.6亿斤。\n")
    assert "全区粮食仓容达到45万吨" in doc(page).clean


def test_an_imprint_label_glued_to_the_value_before_it() -> None:
    assert imprint_line("本报地址：鹤壁市淇滨区邮编：458030 印刷：鹤壁日报印务中心")
    assert imprint_line("本报地址：鹤壁市淇滨区 邮编：458030 印刷：鹤壁日报印务中心")
    assert not imprint_line("地址在淇滨区邮编458030的那栋楼里")


# --- projects: goods down a line, goods of processing, lines added, sizes before a works ----------------

def test_goods_coming_down_a_line_are_no_project() -> None:
    page = _LEAD + "浚县一家食品公司年产2万吨挂面生产线项目正式投产,首批鸡蛋挂面和荞麦挂面产品走下生产线。\n"
    names = list(projects(page))
    assert not any("走下" in str(n) for n in names), names
    assert any("挂面生产线项目" in str(n) for n in names), names


def test_goods_of_a_stage_of_processing_listed_are_no_projects() -> None:
    page = _LEAD + ("林州市花椒种植面积稳定在20万亩。下一步,该市将引进花椒油、花椒精等深加工项目,"
                    "延长产业链。\n")
    assert not projects(page)
    page = _LEAD + "林州市花椒精深加工项目开工,总投资3亿元,年加工花椒1万吨。\n"
    assert any("花椒精深加工项目" in str(n) for n in projects(page))


def test_lines_a_works_adds_are_its_parts() -> None:
    assert lines_listed_last("新上饼干、糕点和", 0, 8)
    assert lines_listed_last("项目建设冷鲜肉、熟食及", 0, 11)
    assert not lines_listed_last("某公司建设饼干、糕点和", 0, 11)
    page = _LEAD + ("该项目由鹤壁丰禾食品有限公司投资3亿元建设,新上饼干、糕点和月饼生产线,"
                    "建成后年产值约6亿元。\n")
    assert not any("月饼生产线" == str(n) for n in projects(page))


def test_a_size_and_a_town_told_before_a_works() -> None:
    page = _LEAD + ("濮阳县与一家牧业公司签约:河南牧丰农业有限公司拟投资6亿元,在庆祖镇建设年出栏肉牛2万头的"
                    "标准化肉牛养殖基地;另一家企业将投资2亿元,在梁庄镇建设存栏奶牛3000头的奶牛养殖项目。\n")
    r = _project(page, "肉牛养殖基地")
    assert (r["investment_cny"], r["capacity"]) == (600000000, "年出栏肉牛2万头")
    assert r["location"]["detail"] == "庆祖镇"
    r = _project(page, "奶牛养殖项目")
    assert (r["investment_cny"], r["capacity"]) == (200000000, "存栏奶牛3000头")


def test_sums_in_turn_after_the_last_project_and_a_comma() -> None:
    page = _LEAD + ("此次签约的还有清丰县食用菌产业园项目和清丰县粮食烘干中心项目,"
                    "总投资分别为2亿元和1.5亿元。\n")
    assert _project(page, "食用菌")["investment_cny"] == 200000000
    assert _project(page, "烘干中心")["investment_cny"] == 150000000
    page = _LEAD + "此次签约的还有清丰县食用菌产业园项目和清丰县粮食烘干中心项目,总投资分别为2亿元。\n"
    assert _project(page, "食用菌").get("investment_cny") is None


# --- indicators: a streak's floor, storage a finished works adds ----------------------------------

def test_a_streak_s_floor_is_no_statistic() -> None:
    page = _LEAD + "今年全县粮食总产量达到30.2亿斤,同比增长1.5%,连续6年稳定在28亿斤以上。\n"
    assert 28 not in _values(page, "indicator") and 30.2 in _values(page, "indicator")
    page = _LEAD + "今年全县粮食总产量连续6年增长,达到30.2亿斤。\n"
    assert 30.2 in _values(page, "indicator")


def test_storage_a_finished_works_adds_is_no_statistic() -> None:
    page = _LEAD + "清丰县中心粮库扩建工程已于11月底完工,新增仓容6万吨,全县粮食仓容达到38万吨。\n"
    vals = _values(page, "indicator")
    assert 6 not in vals and 38 in vals
    page = _LEAD + "今年清丰县新增仓容6万吨,全县粮食仓容达到38万吨。\n"
    assert 6 in _values(page, "indicator")


# --- batches: the rest of a batch told by item ---------------------------------------------------

def test_the_rest_of_a_batch_told_by_item_is_no_batch() -> None:
    page = _LEAD + ("滑县农业项目集中开工,此次集中开工项目12个,总投资20亿元。"
                    "其余项目包括3个道路工程和2个供水工程,"
                    "将于明年汛期前完工。另外两个项目为滑县蛋鸡产业园项目和滑县冷链中心项目。\n")
    assert _values(page, "batch") == [12]
    page = _LEAD + "滑县农业项目集中开工,此次集中开工项目12个,总投资20亿元,其余6个项目总投资5亿元。\n"
    assert 6 in _values(page, "batch")
    # sums told each stay the items'; a total of the rest's own makes it a batch
    page = _LEAD + ("滑县农业项目集中开工,此次集中开工项目12个,总投资20亿元。另外两个项目为滑县蛋鸡"
                    "产业园项目和滑县冷链中心项目,总投资分别为2亿元和1亿元。\n")
    assert _values(page, "batch") == [12]
    page = _LEAD + ("滑县农业项目集中开工,此次集中开工项目12个,总投资20亿元。另外3个项目分别为农机"
                    "制造、饲料加工和粮油仓储项目,总投资合计4.2亿元。\n")
    assert 3 in _values(page, "batch")


# --- projects: an irrigated area's works named whole, preparation under way then a start aimed at -------

def test_an_irrigated_area_s_works_are_one_name() -> None:
    page = _LEAD + "石门水库灌区续建配套与节水改造工程总投资3.2亿元,目前正在进行施工招标。\n"
    names = [str(n) for n in projects(page)]
    assert names == ["石门水库灌区续建配套与节水改造工程"], names
    page = _LEAD + "该县与一家农业公司签约,共建石门水库生态渔业项目,总投资1亿元。\n"
    assert not any("与" in str(n) for n in projects(page))


def test_preparation_under_way_then_a_start_aimed_at() -> None:
    page = _LEAD + "陆浑灌区节水改造工程总投资2.6亿元,目前正在开展初步设计等前期工作,力争明年4月开工。\n"
    r = _project(page, "陆浑灌区")
    assert (r["stage"], r["status"]) == ("started", "target")
    page = _LEAD + "县里将加快推进总投资2.6亿元的陆浑灌区节水改造工程前期工作,力争明年4月开工。\n"
    assert _project(page, "陆浑灌区")["stage"] == "planned"
    page = _LEAD + "陆浑灌区节水改造工程总投资2.6亿元,目前正在开展初步设计等前期工作。\n"
    r = _project(page, "陆浑灌区")
    assert (r["stage"], r["status"]) == ("planned", "actual")


def test_a_works_cost_per_mu_after_its_total_is_no_statistic() -> None:
    page = _LEAD + "今年该县新建高标准农田12万亩,总投资2.4亿元,亩均投入2000元。\n"
    assert 2000 not in _values(page, "indicator")
    page = _LEAD + "今年全县种粮农户亩均投入680元,同比下降3.2%。\n"
    assert 680 in _values(page, "indicator")


def test_so_far_this_year_told_in_december_is_the_year() -> None:
    page = _LEAD + "今年以来,全县新建高标准农田9万亩,新增农产品加工企业21家。\n"
    periods = {r.get("value"): r.get("period") for r in records(page, "indicator")}
    assert periods.get(9) == "2025" and periods.get(21) == "2025"
    periods = {r.get("value"): r.get("period") for r in records(page, "indicator", dt.date(2025, 11, 20))}
    assert periods.get(9) == "2025-01/2025-11"


def test_room_a_depot_adds_is_its_capacity() -> None:
    page = _LEAD + "清丰县中心粮库扩建工程已于11月底完工,新增仓容6万吨,全县粮食仓容达到38万吨。\n"
    assert _project(page, "粮库扩建工程")["capacity"] == "仓容6万吨"
    page = _LEAD + "清丰县中心粮库扩建工程已于11月底完工。全县粮食仓容达到38万吨。\n"
    assert _project(page, "粮库扩建工程").get("capacity") is None
    page = _LEAD + ("清丰县粮食仓储物流中心项目开工,总投资1.6亿元,"
                    "新建仓容6万吨的粮仓和日烘干能力800吨的烘干线。\n")
    assert _project(page, "仓储物流中心")["capacity"] == "仓容6万吨"


def test_so_far_this_year_with_a_growth_on_the_same_time_keeps_its_months() -> None:
    page = _LEAD + "今年以来,全县已引进农产品加工项目18个,实际到位资金41亿元,同比增长12.5%。\n"
    periods = {r.get("value"): r.get("period") for r in records(page, "indicator")}
    assert periods.get(4100000000) == "2025-01/2025-12"
