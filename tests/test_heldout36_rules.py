"""Rules the misses of the thirty-sixth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_box_figure_line
from newsmill.zh.gold import document_to_gold
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 4, 22)


_doc, _records, _projects = rule_helpers(DAY)


BOX = ("都江堰市一季度招商引资开门红\n\n"
       "本报讯 一季度，都江堰市新签约文旅和康养项目14个，协议投资额86.5亿元；新开工项目9个。"
       "全市一般公共预算收入同比增长4.3%。\n\n"
       "■一季度数读\n"
       "14个　新签约项目\n"
       "86.5亿元　协议投资额\n"
       "9个　新开工项目\n\n"
       "（责任编辑：某某）\n")


def test_a_line_of_a_box_of_key_figures_is_told_by_its_shape() -> None:
    assert is_box_figure_line("14个　新签约项目")
    assert is_box_figure_line("86.5亿元  协议投资额")
    assert is_box_figure_line("4.3%　一般公共预算收入增速")
    assert not is_box_figure_line("新签约项目14个")  # the label first: an infographic's line
    assert not is_box_figure_line("2025年一季度经济运行情况")
    assert not is_box_figure_line("14个项目集中签约")  # no gap: a title


def test_a_box_of_key_figures_belongs_to_the_story_and_restates_it() -> None:
    doc = _doc(BOX)
    (art,) = doc.articles
    assert art.headline == "都江堰市一季度招商引资开门红"
    assert doc.clean.index("9个　新开工项目") < art.end  # the box is the story's text
    gold = document_to_gold(doc)
    assert [m["value_cny"] for m in gold["money"]] == [8_650_000_000]  # one entry, as printed twice
    batches = sorted((b.get("event"), b.get("count")) for b in doc.records if b.kind == "batch")
    assert batches == [("signed", 14), ("started", 9)]  # the box's restated counts give no batches


def test_a_box_figure_new_to_the_story_still_counts() -> None:
    page = BOX.replace("9个　新开工项目", "6个　竣工投产项目")
    counts = {b.get("count") for b in _records(page, "batch")}
    assert 6 in counts and 14 in counts


def test_the_whole_county_level_city_is_its_own_scope() -> None:
    page = ("简阳市召开一季度项目建设新闻发布会\n\n"
            "市投资促进局负责人介绍，一季度，全市新签约项目18个，协议投资额92.3亿元。"
            "今年全市共安排市级重点项目65个，年度计划投资210亿元。\n")
    regions = {b.get("count"): b.get("region") for b in _records(page, "batch")}
    assert regions == {18: "简阳市", 65: "简阳市"}
    # a page naming the prefecture too: 全市 there is still the prefecture
    other = ("成都市简阳市一季度项目建设\n\n成都市召开会议。会上介绍，一季度，全市新签约项目18个，"
             "协议投资额92.3亿元。\n")
    assert {b.get("region") for b in _records(other, "batch")} == {"成都市"}


def test_works_told_by_the_share_of_a_part_done_are_under_way() -> None:
    page = ("某区交通建设提速\n\n本报讯 总投资26亿元的城东快速路扩能工程已完成桥梁工程的65%；"
            "目前，某某大道项目路基工程已完成80%。\n")
    projects = _projects(page)
    assert projects["城东快速路扩能工程"].get("stage") == "under_construction"
    assert projects["城东快速路扩能工程"].get("investment_cny") == 2_600_000_000
    assert not any(name.endswith("路基工程") for name in projects)  # a works' part names no project
    assert not _records(page, "indicator")  # the shares done are no statistics


def test_money_spent_on_works_whose_total_opens_the_clause_is_no_statistic() -> None:
    page = ("某县重点项目\n\n本报讯 另外，总投资4.2亿元的沱江大桥工程已完成投资1.6亿元，正在进行桥面施工。"
            "全县重点项目完成投资18.4亿元。\n")
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 160_000_000 not in values
    assert 1_840_000_000 in values  # the whole county's is a statistic


def test_a_host_asking_a_speaker_to_present_names_no_project() -> None:
    text = "主持人：谢谢。接下来请刘主任介绍全县重点项目推进情况。"
    assert find_names(text, 0, len(text)) == []


def test_works_upgrading_a_city_function_are_named() -> None:
    text = "总投资3.1亿元的城区排涝提升工程计划年内开工。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["城区排涝提升工程"]


def test_preparation_done_leaves_the_planned_event_as_the_stage() -> None:
    page = ("某县项目建设\n\n本报讯 城北水厂扩建工程前期工作已全部完成，计划11月开工建设。"
            "南山隧道工程正在开展前期工作。\n")
    projects = _projects(page)
    plant = projects["城北水厂扩建工程"]
    assert (plant.get("stage"), plant.get("status"), plant.get("date")) == ("started", "target", "2025-11")
    assert projects["南山隧道工程"].get("stage") == "planned"  # preparation under way stays planned


def test_a_goal_batch_s_member_keeps_the_month_of_its_own_plan() -> None:
    page = ("某县下半年项目谋划\n\n本报讯 下半年，全县将力争新开工项目12个。"
            "其中，总投资2亿元的甲乙路改造工程计划8月开工；总投资1.5亿元的城南污水处理厂项目已完成前期工作，争取11月开工。\n")
    projects = _projects(page)
    assert projects["城南污水处理厂项目"].get("date") == "2025-11"
    assert projects["甲乙路改造工程"].get("date") == "2025-08"


def test_a_step_of_the_works_told_now_keeps_them_under_way() -> None:
    page = ("某区项目建设\n\n本报讯 今年，全区将力争新开工项目20个。"
            "同时，全力推进总投资9亿元的智能终端产业园项目建设，目前该项目生产设备正在调试。总投资2亿元的城西供气工程正在加紧主管道铺设。\n")
    projects = _projects(page)
    park = projects["智能终端产业园项目"]
    assert (park.get("stage"), park.get("status")) == ("under_construction", "actual")
    gas = projects["城西供气工程"]
    assert (gas.get("stage"), gas.get("status")) == ("under_construction", "actual")


def test_a_zone_framing_the_sentence_is_the_scene_of_each_item() -> None:
    page = ("武隆区工业项目\n\n本报讯 在城南工业园区，某某科技有限公司投资8亿元建设的电子元件项目已建成投产；"
            "总投资3亿元的精密模具项目正在加快建设。\n")
    details = {n: r.get("location")["detail"] for n, r in _projects(page).items()}
    assert details == {"电子元件项目": "城南工业园区", "精密模具项目": "城南工业园区"}


def test_goals_after_a_clause_of_what_will_be_done_are_goals() -> None:
    page = ("盐边县县长访谈\n\n记者：今年有何打算？\n\n某某：上半年，盐边县地区生产总值同比增长6.1%。"
            "下一步，我们将围绕主导产业强链补链，确保全年新签约项目30个以上；规上工业增加值增长8%。\n")
    stats = {r.get("metric"): r for r in _records(page, "indicator", dt.date(2025, 8, 6))}
    assert stats["规上工业增加值"].get("period") == "2025(目标)"
    assert stats["地区生产总值"].get("period") == "2025-H1"


def test_a_rank_within_a_part_of_a_province_is_a_statistic() -> None:
    page = "某县经济\n\n本报讯 一季度，全县规上工业增加值同比增长9.6%，增速居川南第1位。\n"
    ranks = [r for r in _records(page, "indicator") if r.get("unit") == "位"]
    assert [(r.get("metric"), r.get("value")) for r in ranks] == [("规上工业增加值增速川南排名", 1)]
