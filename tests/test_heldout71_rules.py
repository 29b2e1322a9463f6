"""Rules the misses of the seventy-first held-out set called for, each on phrasings of its own.

The set is a regional paper's economy pages from Xinjiang, Tibet and Qinghai: counterpart aid
(``某省援疆资金支持建设的…``, ``某市对口支援某地区…``), clean-energy bases, the Production and
Construction Corps' divisions and cities (``第三师图木舒克市``), a prefecture's ten months and a batch
of projects started at once.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.extract_projects.members import _same_kind_anaphor
from newsmill.zh.pageyear import read_page_year
from newsmill.zh.projects import find_names
from newsmill.zh.recctx import Span, donor_or_origin
from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 21))


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def batches(page: str) -> list:
    return records(page, "batch")


def indicators(page: str) -> list:
    return records(page, "indicator")


# --- places: the province or city giving aid, and the home of firms, are not the works' place ---------

def test_a_donor_before_its_aid_word_is_no_place_of_the_works() -> None:
    text = "由江苏省援疆资金支持建设的阿合奇县"
    assert donor_or_origin(text, 1, 4)  # 江苏省, before 援疆资金
    assert not donor_or_origin(text, 14, 18)  # 阿合奇县, the aided county
    text = "山东省共向喀什地区安排援疆资金"
    assert donor_or_origin(text, 0, 3)
    assert not donor_or_origin(text, 5, 9)  # 向喀什地区: the receiving side
    text = "北京市对口支援玉树州"
    assert donor_or_origin(text, 0, 3) and not donor_or_origin(text, 7, 10)
    # the aided side as the subject keeps its place (it wins the funds: no donor)
    text = "疏勒县今年共争取援疆资金3亿元"
    assert not donor_or_origin(text, 0, 3)
    # firms of a place come to invest: their home
    assert donor_or_origin("泉州企业投资2亿元建设", 0, 2)
    assert not donor_or_origin("泉州企业利润增长", 0, 2)


PAGE_AID = """本报讯（记者 王宁）11月3日，由江苏省援疆资金支持建设的\
阿合奇县民族手工艺品加工园项目在哈拉奇乡开工，总投资6800万元。

据了解，今年江苏省在克孜勒苏柯尔克孜自治州安排援疆资金9.6亿元，实施援疆项目58个。
"""


def test_a_project_aided_by_a_province_lies_in_the_aided_county_and_has_no_investor() -> None:
    p = projects(PAGE_AID)["阿合奇县民族手工艺品加工园项目"]
    loc = p.get("location")
    assert loc["county"] == "阿合奇县" and loc["province"] == "新疆维吾尔自治区"
    assert p.get("investor") is None  # (the province's aid funds invest nothing of their own)


def test_a_sentence_setting_its_figures_in_a_prefecture_gives_them_that_region() -> None:
    # the article's first place is a county; the sentence sets the aid in the prefecture (在某州)
    b = [r for r in batches(PAGE_AID) if r.get("count") == 58]
    assert b and b[0].get("region") == "克孜勒苏柯尔克孜自治州"
    i = [r for r in indicators(PAGE_AID) if r.get("value") == 960000000]
    assert i and i[0].get("region") == "克孜勒苏柯尔克孜自治州"


def test_the_whole_prefecture_is_a_scope_word() -> None:
    page = ("本报讯（记者 李娜）1—10月，阿勒泰地区规模以上工业增加值同比增长8.2%。分县市看，福海县、青河县"
            "分别增长12.1%、10.4%。截至10月底，全地区风电装机容量达到318万千瓦。\n")
    r = [x for x in indicators(page) if x.get("value") == 318]
    assert r and r[0].get("region") == "阿勒泰地区"


# --- projects: programmes and classes, bare kinds, scenes and contents -------------------------------

def test_an_aid_programme_or_a_class_after_a_copula_names_no_project() -> None:
    assert "福建省援疆招商引资项目" not in names("该项目是福建省援疆招商引资项目，总投资3亿元。")
    assert names("山东省援疆项目——麦盖提县红枣深加工厂在央塔克乡开工建设。") == ["麦盖提县红枣深加工厂"]
    assert "重点产业项目" not in names("是上海市援疆招商引资的重点产业项目，由某公司投资建设。")
    # a programme's own works keep their name (``援疆…产业园项目``)
    assert names("援疆纺织服装产业园项目正式开工。") == ["援疆纺织服装产业园项目"]


def test_a_bare_plant_kind_a_park_with_its_figures_or_as_a_scene_is_no_project() -> None:
    assert names("“风电场建成以后，牧民也能分红。”") == []
    assert names("某县纺织产业园新增就业3200人。") == []
    assert names("在不远处的电子产业园，一家企业的车间里灯火通明。") == []
    # a park where a project is told is its site, kept for the detail
    assert "食品产业园" in names("在开发区南侧的食品产业园，某公司年产1万吨果干项目已完成主体工程。")
    # a plant named by its power and its place still is one
    assert names("莎车县20万千瓦光伏电站并网发电。") == ["莎车县20万千瓦光伏电站"]


def test_a_line_a_firm_invests_in_at_a_site_named_between_is_its_project() -> None:
    found = names("西藏高原建材有限公司拟投资6.2亿元,在贡嘎县甲竹林镇建设年产80万吨水泥粉磨生产线。")
    assert "年产80万吨水泥粉磨生产线" in found
    # a line a works contains, no firm before it, is none
    assert names("项目建成年产5万吨饲料生产线。") == []


def test_a_sorting_centre_is_a_facility() -> None:
    found = names("由某援建资金投入800万元建设的核桃烘干分拣中心已于8月建成投用。")
    assert found[-1].endswith("核桃烘干分拣中心")
    # a store's sorting centre is a part of it
    assert names("建设冷藏保鲜库4万立方米及分拣中心、配送中心。") == []


def test_a_list_of_contents_closed_by_deng_is_no_project() -> None:
    assert names("项目计划建设游客中心、房车营地、观景平台等，预计明年运营。") == []


def test_a_park_phase_named_by_its_kind_is_the_next_phase_of_the_park_named_before() -> None:
    page = ("本报讯（记者 周明）10月20日，称多县牦牛乳业产业园一期工程建成投产，总投资9000万元。\n\n"
            "产业园二期工程计划明年5月开工，建设冷链仓储中心。\n")
    p = projects(page)["称多县牦牛乳业产业园二期工程"]
    assert p.get("stage") == "started" and p.get("status") == "target"


def test_a_speakers_we_opens_no_name() -> None:
    assert not any(n.startswith("我们") for n in names("“我们三期项目明年投产。”"))
    assert names("我们公司的新材料产业园项目明年投产。") == ["新材料产业园项目"]


def test_a_feasibility_study_reviewed_makes_a_project_planned() -> None:
    page = ("本报讯（记者 刘洋）记者从玉树州发展改革委获悉，囊谦县水电站项目可行性研究报告日前通过评审，"
            "估算总投资约42亿元。\n")
    assert projects(page)["囊谦县水电站项目"].get("stage") == "planned"


def test_a_corps_division_or_the_side_of_a_place_heading_a_name_is_no_investor() -> None:
    page = "本报讯（记者 马丽）11月2日，第八师石河子市20万千瓦光伏发电项目开工。\n"
    p = projects(page)["第八师石河子市20万千瓦光伏发电项目"]
    assert p.get("investor") is None
    page = "本报讯（记者 马丽）11月2日，投资30亿元的石河子市北郊50万千瓦光伏项目开工。\n"
    assert projects(page)["石河子市北郊50万千瓦光伏项目"].get("investor") is None


def test_an_economic_park_after_a_city_is_a_zone() -> None:
    assert places("五家渠市青湖经济园区")[0][0] == "五家渠市青湖经济园区"


# --- batches ----------------------------------------------------------------------------------------

def test_a_signing_with_firms_of_a_trade_and_its_sum_is_a_batch() -> None:
    page = "本报讯（记者 田甜）11月6日，共和县与三家新能源企业签订光伏项目投资协议，协议总投资约36亿元。\n"
    b = batches(page)
    assert [(r.get("count"), r.get("total_cny"), r.get("event")) for r in b] == [(3, 3600000000, "signed")]


def test_two_projects_just_named_taken_up_again_or_ranked_are_no_batch() -> None:
    page = ("本报讯（记者 田甜）11月6日，甲公司将在某镇建设30万千瓦风电项目，"
            "乙公司将在某乡建设20万千瓦光伏项目，两个项目均计划明年开工。\n\n某市新开工项目12个。其中，甲项目、乙项目是本批次投资额最大的两个项目。\n")
    assert [r.get("count") for r in batches(page)] == [12]


# --- statistics -------------------------------------------------------------------------------------

def test_a_change_alone_or_a_works_progress_is_no_statistic() -> None:
    page = ("本报讯（记者 索南）1—10月，玉树市牦牛出栏8.6万头，同比增加0.7万头。\n\n"
            "本报讯（记者 索南）近日，某光热项目主体完工。项目负责人介绍，目前已累计完成投资6.1亿元。\n")
    values = [r.get("value") for r in indicators(page)]
    assert 8.6 in values and 0.7 not in values and 610000000 not in values


def test_the_plants_of_a_place_summed_are_a_statistic_and_spindles_a_unit() -> None:
    page = ("本报讯（记者 索南）目前，海南州已建成并网的光伏电站装机规模达到1360万千瓦。\n\n"
            "本报讯（记者 索南）截至目前，某市棉纺产业已形成纱锭规模260万锭。\n")
    got = {(r.get("value"), r.get("unit")) for r in indicators(page)}
    assert (1360, "万千瓦") in got and (260, "万锭") in got
    # one plant's size stays the plant's
    one = "本报讯（记者 索南）该电站装机容量120万千瓦，年发电量约20亿千瓦时。\n"
    assert 120 not in [r.get("value") for r in indicators(one)]


# --- the page's year --------------------------------------------------------------------------------

def test_a_late_quarters_batch_started_together_is_of_the_year_under_way() -> None:
    year = read_page_year("11月8日，第七师胡杨河市2024年四季度重点项目集中开工，共开工项目17个。")
    assert year is not None and year.year == 2024


# --- project fields -----------------------------------------------------------------------------------

def test_aid_funds_put_in_are_no_investor_and_people_given_work_are_jobs() -> None:
    page = ("本报讯（记者 古丽）10月9日，由浙江援疆资金投入900万元建设的温宿县核桃烘干分拣中心建成投用，"
            "带动周边农牧民就业120余人。\n")
    p = projects(page)["温宿县核桃烘干分拣中心"]
    assert p.get("investor") is None and p.get("jobs") == 120
    page = "本报讯（记者 古丽）10月9日，某县年产2万吨果酱项目投产，可吸纳当地职工260余人就业。\n"
    assert projects(page)["某县年产2万吨果酱项目"].get("jobs") == 260


def test_a_zone_where_the_event_happens_in_the_county_named_before_is_the_detail() -> None:
    page = ("■第八师石河子市一化纤项目投产\n\n本报讯（记者 马丽）11月2日，"
            "新疆某某化纤有限公司年产6万吨粘胶短纤维项目在石河子经济技术开发区正式投产，总投资8亿元。\n")
    loc = projects(page)["新疆某某化纤有限公司年产6万吨粘胶短纤维项目"].get("location")
    assert loc["county"] == "石河子市" and loc["detail"] == "石河子经济技术开发区"


def test_a_sentence_opening_on_the_park_by_its_kind_gives_the_park_its_figures() -> None:
    page = ("本报讯（记者 次仁）9月30日，江孜县民族手工业产业园一期工程建成投产。产业园位于江孜县紫金乡，"
            "一期总投资8600万元，年产值预计达到6000万元。\n")
    p = projects(page)["江孜县民族手工业产业园一期工程"]
    assert p.get("investment_cny") == 86000000 and p.get("annual_output_cny") == 60000000
    # a park opening a sentence, another kind of works just named: the park's figures, not the works'
    text = "产业园位于江孜县紫金乡，总投资3亿元。"
    assert _same_kind_anaphor(text, Span(0, len(text), 0), "江孜县民族手工业产业园一期工程")
    assert not _same_kind_anaphor(text, Span(0, len(text), 0), "江孜县青稞加工厂")
