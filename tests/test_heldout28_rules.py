"""Rules the misses of the twenty-eighth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_linebreaks import sentence_tail_wrap
from newsmill.zh.bylines import parse_caption_credit, parse_credit_line
from newsmill.zh.projects import capacity_in, find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 10, 15)


_doc, _records, _ = rule_helpers(DAY)


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _feature(*paragraphs: str) -> str:
    """A feature page: title, kicker line, a byline line under a mark, then the paragraphs."""
    head = ("园区招商跑出加速度", "某市以专班机制推动项目落地见效", "□ 邹明轩")
    return "\n\n".join((*head, *paragraphs)) + "\n"


# --- articles -------------------------------------------------------------------------------------

def test_a_magazines_own_reporter_credits_the_magazine() -> None:
    credit = parse_credit_line("□ 本刊记者 黎 川 特约通讯员 邵雨桐")
    assert credit is not None and credit.source is not None and credit.source.text == "本刊"
    assert [n.text for n in credit.reporters] == ["黎川", "邵雨桐"]


def test_a_spaced_photographers_name_keeps_the_photo_mark_out() -> None:
    credit = parse_credit_line("通讯员 龙 飞 摄")
    assert credit is not None and [n.text for n in credit.reporters] == ["龙飞"] and "摄" in credit.crafts
    assert parse_caption_credit("图为某产业园生产车间。 本报记者 龙 飞 摄") is not None
    assert parse_caption_credit("图为某产业园生产车间。") is None


def test_a_features_caption_credits_its_photographer() -> None:
    page = _feature("今年以来,某县新开工项目12个,总投资30亿元。", "图为某产业园建设现场。 本报记者 龙 飞 摄")
    art = _doc(page).articles[0]
    assert art.reporters == ["邹明轩", "龙飞"] and art.source is None
    # a dated report closes no caption of its own: a picture printed after it may be of the story before
    report = ("某县项目集中签约\n\n本报讯(记者 邹明轩)10月8日,某县集中签约项目8个,总投资26亿元。\n\n"
              "图为签约仪式现场。 通讯员 龙 飞 摄\n")
    assert _doc(report).articles[0].reporters == ["邹明轩"]


# --- cleaning ---------------------------------------------------------------------------------------

def test_a_break_before_a_sentences_last_characters_is_joined() -> None:
    assert sentence_tail_wrap("自贡是全省重要的盐化", "工城市。近年来,自贡加快转型。")
    # no full stop right after a short tail
    assert not sentence_tail_wrap("某县召开项目推进会", "会议要求各部门加快推进。")
    assert not sentence_tail_wrap("招商引资 成效明显", "好。近年来…")  # a title's gap
    page = "标题\n\n自贡是全省重要的盐化\n\n工城市。近年来,自贡加快产业转型。\n"
    assert "盐化工城市" in _doc(page).clean


# --- project names ----------------------------------------------------------------------------------

def test_a_firms_project_staff_is_no_project() -> None:
    assert _names("某某建材有限公司项目经理刘某介绍,项目进展顺利。") == []
    assert _names("四川某某电子有限公司项目部设在园区内。") == []


def test_sectors_listed_before_a_chains_projects_are_no_names() -> None:
    assert _names("签约电子信息、生物医药等产业链项目26个,协议投资额180亿元。") == []
    names = _names("签约甲乙科技芯片封测、丙丁材料光刻胶等项目6个。")
    assert names == ["甲乙科技芯片封测项目", "丙丁材料光刻胶项目"]


def test_a_park_the_reporter_walks_into_is_no_project() -> None:
    names = _names("走进某某高新区电子信息产业园,甲乙科技年产500万片显示模组项目施工正酣。")
    assert names == ["甲乙科技年产500万片显示模组项目"]


def test_factory_floor_handed_over_is_no_project() -> None:
    assert _names("园区先行代建标准化厂房,全区已向入驻企业交付标准化厂房8万平方米。") == []
    assert _names("某某公司新建标准化厂房项目总投资2亿元。") == ["某某公司新建标准化厂房项目"]


def test_a_part_after_ji_in_a_projects_contents_is_no_project() -> None:
    names = _names("总投资8亿元的某某食品产业园项目落户某县,将建设生产线6条及冷链仓储中心。")
    assert "冷链仓储中心" not in names and "某某食品产业园项目" in names


def test_a_plants_second_product_after_ji_stays_in_its_name() -> None:
    names = _names("成功签约华岳新材年产5万吨碳纤维及复合材料、蜀禾食品年屠宰肉牛2万头及牛肉精深加工"
                   "等项目8个。")
    assert names == ["华岳新材年产5万吨碳纤维及复合材料项目", "蜀禾食品年屠宰肉牛2万头及牛肉精深加工项目"]


def test_he_after_one_character_is_part_of_a_firms_name() -> None:
    assert _names("成功签约甲乙电子、祥和化工20万吨烧碱等项目5个。")[-1] == "祥和化工20万吨烧碱项目"


def test_qianxia_signs_the_projects_it_lists() -> None:
    page = _feature("今年以来,某县化工专班先后签下甲乙科技电子级氢氟酸、丙丁化学磷酸铁锂等一批项目。")
    stages = {r.get("name"): r.get("stage") for r in _records(page, "project")}
    assert stages == {"甲乙科技电子级氢氟酸项目": "signed", "丙丁化学磷酸铁锂项目": "signed"}


# --- project fields ---------------------------------------------------------------------------------

def test_a_capacity_with_its_product_first_is_read_from_a_name() -> None:
    m = capacity_in("蜀禾食品年屠宰肉牛2万头及牛肉精深加工项目")
    assert m is not None and m.group() == "年屠宰肉牛2万头"
    m = capacity_in("华岳新材年产5万吨碳纤维项目")
    assert m is not None and m.group() == "年产5万吨碳纤维"


def test_short_trades_follow_a_brand() -> None:
    page = _feature("今年以来,某市成功签约华岳新材高强度复合材料、蜀禾果业柑橘深加工等项目5个,"
                    "总投资额21亿元。")
    investors = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert investors.get("华岳新材高强度复合材料项目") == "华岳"
    assert investors.get("蜀禾果业柑橘深加工项目") == "蜀禾"


def test_the_land_given_to_a_project_is_its_area() -> None:
    page = _feature("8月签约的某某调味品生产项目总投资3亿元,目前已完成供地45亩,计划明年开工。")
    assert [r.get("area") for r in _records(page, "project")] == ["45亩"]


def test_a_cluster_of_a_park_where_a_project_starts_is_its_detail() -> None:
    page = ("璧山区项目投产\n\n本报讯(记者 邹明轩)今年9月,璧山区甲乙精工年产20万套汽车零部件项目在龙溪组团"
            "竣工投产,项目总投资5亿元。\n")
    locations = [r.get("location") or {} for r in _records(page, "project")]
    assert [loc.get("detail") for loc in locations] == ["龙溪组团"]


def test_a_project_listed_then_told_done_takes_the_later_event() -> None:
    page = _feature("今年以来,专班成功签约甲乙科技年产1万吨电池隔膜、丙丁新材高纯石英砂等项目6个,"
                    "总投资额40亿元。其中,落户某某高新区的甲乙科技年产1万吨电池隔膜项目已于今年4月建成投产。")
    r = next(r for r in _records(page, "project") if "电池隔膜" in str(r.get("name")))
    assert (r.get("stage"), r.get("date")) == ("in_production", "2024-04")
    other = next(r for r in _records(page, "project") if "石英砂" in str(r.get("name")))
    assert other.get("stage") == "signed"


def test_a_project_named_again_at_its_site_takes_its_site_and_figures() -> None:
    page = _feature(
        "今年以来,泸州市化工专班成功签约蓉川化工10万吨甲醇、甲乙科技电子特气等项目7个,总投资额55亿元。",
        "合江县是化工产业的主阵地。在临港工业园区,蓉川化工10万吨甲醇项目施工现场车来车往。"
        "“项目手续一次办齐。”四川蓉川化工有限公司负责人说,该项目总投资12亿元,达产后年产值可达15亿元。")
    r = next(r for r in _records(page, "project") if "甲醇" in str(r.get("name")))
    assert (r.get("investment_cny"), r.get("annual_output_cny")) == (1_200_000_000, 1_500_000_000)
    location = r.get("location") or {}
    assert (location.get("county"), location.get("detail")) == ("合江县", "临港工业园区")


# --- batches ----------------------------------------------------------------------------------------

def test_a_long_list_between_the_event_and_the_count_keeps_the_event() -> None:
    page = _feature("今年以来,成功签约甲乙食品年加工鲜竹笋5万吨及竹笋罐头、丙丁竹业竹纤维新材料、戊己茶业"
                    "高山绿茶精深加工等项目9个,总投资额31亿元。")
    batches = [(r.get("event"), r.get("count")) for r in _records(page, "batch")]
    assert batches == [("signed", 9)]


# --- indicators -------------------------------------------------------------------------------------

def test_a_gain_on_the_year_before_is_no_statistic() -> None:
    page = _feature("去年,全县规上工业企业亩均税收达到12.8万元,较上年增加1.6万元。")
    found = [(r.get("metric"), r.get("value")) for r in _records(page, "indicator")]
    assert found == [("规上工业企业亩均税收", 128000)]


def test_a_firms_own_count_and_the_recipients_of_an_action_are_no_statistics() -> None:
    page = _feature("”某某科技有限公司总经理说,投产以后,公司上下游30多家配套企业陆续落户。",
                    "今年以来,全区已向12家企业交付标准化厂房5.4万平方米。")
    found = [(r.get("value"), r.get("unit")) for r in _records(page, "indicator")]
    assert found == [(5.4, "万平方米")]


def test_a_statistic_told_again_is_listed_once() -> None:
    page = _feature("某区装备专班交付标准化厂房6.3万平方米;食品专班协调融资900万元。",
                    "今年以来,某区已向8家企业集中交付标准化厂房6.3万平方米,企业拎包入驻。")
    values = [r.get("value") for r in _records(page, "indicator")]
    assert values.count(6.3) == 1


def test_land_handed_over_and_a_regions_new_floor_are_statistics() -> None:
    page = _feature("今年以来,全县新出让工业用地1200亩,新建标准化厂房16万平方米。",
                    "为加快项目落地,园区专班今年已向企业交付工业用地430亩。")
    found = {(r.get("value"), r.get("unit")) for r in _records(page, "indicator")}
    assert {(1200, "亩"), (16, "万平方米"), (430, "亩")} <= found


def test_a_rate_of_cases_closed_is_no_statistic() -> None:
    page = _feature("今年以来,专班受理企业诉求52件,办结率达到96%。")
    assert _records(page, "indicator") == []


def test_a_runs_closing_line_dates_its_figures_as_results() -> None:
    page = _feature("签约项目18个,协议投资额96亿元;为园区企业争取银行授信3.2亿元……这是某县今年上半年"
                    "招商引资的一组数据。")
    r = next(r for r in _records(page, "indicator") if r.get("value") == 320_000_000)
    assert (r.get("period"), r.get("status")) == ("2024-H1", "actual")


def test_what_a_task_force_did_for_firms_is_its_statistic() -> None:
    page = _feature("电子信息产业专班签约项目5个;装备制造产业专班为甲乙精工、丙丁机械等企业"
                    "协调融资3600万元。")
    r = next(r for r in _records(page, "indicator") if r.get("value") == 36_000_000)
    assert r.get("metric") == "装备制造产业专班企业协调融资"


def test_the_month_a_project_started_told_after_its_site_is_its_start() -> None:
    page = _feature("今年以来,泸州市新签约项目12个,总投资额88亿元。",
                    "在临港工业园区,蓉川化工10万吨甲醇项目现场,几台塔吊正在作业。"
                    "“项目去年11月签约,今年2月就开工了。”公司负责人说。")
    r = next(r for r in _records(page, "project") if "甲醇" in str(r.get("name")))
    assert (r.get("stage"), r.get("date")) == ("started", "2024-02")


def test_a_place_settled_by_the_project_before_a_semicolon_is_not_the_next_ones() -> None:
    page = ("泸县集中签约\n\n本报讯(记者 邹明轩)10月9日,泸县集中签约项目10个,总金额60亿元。\n\n"
            "其中,甲乙电子年产1亿只电容器项目总投资12亿元,落户泸县经济开发区;丙丁食品酱油酿造项目由"
            "四川丙丁食品有限公司投资建设,总投资3亿元。\n")
    details = {r.get("name"): (r.get("location") or {}).get("detail") for r in _records(page, "project")}
    assert details.get("丙丁食品酱油酿造项目") is None
    assert details.get("甲乙电子年产1亿只电容器项目")


def test_a_bare_phase_in_a_firms_spokesmans_words_is_that_firms() -> None:
    page = _feature("今年以来,某市签约甲乙电子、丙丁机械等项目5个,总投资额30亿元。",
                    "“这里的配套很齐全。”四川蓉川化工有限公司董事长何某某说,公司正在筹备三期项目,计划再投资4亿元。")
    r = next(r for r in _records(page, "project") if "三期" in str(r.get("name")))
    assert (r.get("name"), r.get("investor"), r.get("stage")) == ("蓉川化工三期项目", "蓉川化工", "planned")
