"""Rules the misses of the sixty-third held-out set called for, each on phrasings of its own.

The set is a city daily's front and economy pages as PDF text: narrow fixed-width columns cut
inside words and figures, stray blanks, a running head inside a paragraph, and a year-end review
of the city's investment promotion (signings by size class, funds in place, trips to sign firms,
flagship projects with their investors and stages).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_linebreaks import cuts_a_number
from tests.cleaning_support import clean
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 2, 12))


def batches(page: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(r.get("event"), r.get("count"), r.get("total_cny"))
            for r in doc(page).records if r.kind == "batch"]


# --- cleaning: narrow PDF columns -------------------------------------------------------------

#: A column of 17 characters a line, a stray blank in a line without a clause mark.
_COLUMN = ("本报讯 2月10日，位于忻州市原平市的铸\n"
           "造产业园二期正式开工。该园区由山西恒\n"
           "泰铸业有限公司投资6.2亿元建设，新建\n"
           "厂房8万平方米，达产后年产铸件12万吨\n"
           "，可带动就业500人。园区一期已入驻企\n"
           "业9家，由太原晟宏机 械制造有限公司负\n"
           "责运营，全年产值超过10亿元。\n")


def test_a_stray_blank_in_a_column_line_without_a_clause_mark_goes() -> None:
    assert "晟宏机械制造有限公司" in clean(_COLUMN).clean


def test_a_title_under_a_label_keeps_its_separator() -> None:
    page = ("某县项目巡礼\n\n原平市：\n铸造产业园扩能 打造北方铸件基地\n"
            "原平市今年将加快铸造产业园扩能，力争全年铸件产量突破20万吨，产值增长12%以上。\n")
    assert "铸造产业园扩能 打造北方铸件基地" in clean(page).clean


def test_a_stray_blank_before_a_running_head_inside_a_paragraph_goes() -> None:
    page = ("本报讯 2月8日，代县举行招商推介会，会上签约项目6个，签约金 额22.4亿\n"
            "忻州日报  2025年2月12日  第3版\n"
            "元，涉及新材料、文旅康养、特色农业等领域，代县将为签约企业提供全程代办服务。\n")
    out = clean(page).clean
    assert "签约金额22.4亿元" in out


def test_a_blank_before_a_firm_s_legal_form_goes() -> None:
    page = ("本报讯 签约的项目中，大同云冈光伏科技\n"
            "发展 有限公司将在左云县投资3.5亿元建设分布式\n"
            "光伏电站，预计年底前并网发电，年发电量约1.2亿千瓦时。\n")
    out = clean(page).clean
    assert "发展有限公司将在左云县" in out
    assert "发展 有限" not in out


def test_a_number_cut_by_a_blank_with_its_decimals_is_one() -> None:
    page = ("本报讯 今年以来，灵丘县签约项目21个，协议投资总额1 26.4\n"
            "亿元，同比增长18.3%，带动就业1200余人。\n")
    assert "协议投资总额126.4亿元" in clean(page).clean


def test_a_figure_cut_from_its_multiplier_joins() -> None:
    assert cuts_a_number("协议投资额86.5亿元；实际到位资金41.7", "亿元，同比增长9.6%。")
    assert cuts_a_number("全年接待游客共计326", "万人次，旅游收入增长")


def test_a_line_ending_on_digits_before_another_word_is_no_cut_figure() -> None:
    assert not cuts_a_number("创建示范项目编号为2024", "万众一心谋发展")


#: A column of 19 units: the paragraph's first line holds more digits than the others, and the
#: paragraph's second line stands before a short last line.
_DIGITS_FIRST = ("繁峙县招商小分队赴珠三角招商\n"
                 "本报讯（记者 甲乙）\n"
                 "2025年2月5日至9日，繁峙县招商小分队\n"
                 "赴广东深圳、东莞和佛山等地开展产业链招\n"
                 "商，先后拜访企业16家，召开座谈会4场，\n"
                 "洽谈项目9个，达成合作意向5个，意向投资\n"
                 "额28.6亿元。\n"
                 "繁峙县委主要负责人表示，今年将力争签约\n"
                 "亿元以上项目20个以上，到位资金突破15亿\n"
                 "元。\n")


def test_a_column_s_first_line_with_more_digits_joins_the_next() -> None:
    out = clean(_DIGITS_FIRST).clean
    assert "2025年2月5日至9日，繁峙县招商小分队赴广东深圳" in out
    assert "力争签约亿元以上项目20个以上，到位资金突破15亿元" in out


def test_a_title_as_wide_as_the_column_stays_a_line() -> None:
    out = clean(_DIGITS_FIRST).clean
    assert "繁峙县招商小分队赴珠三角招商\n" in out


# --- projects ---------------------------------------------------------------------------------

def test_a_store_named_by_what_it_holds_is_a_project() -> None:
    page = ("本报讯 2月3日，位于原平市崞阳镇的天然气应急储备项目正式投运，该项目由山西晋北燃气有限公司"
            "投资3.8亿元建设。\n")
    found = projects(page)
    assert [n for n in found if "储备" in n], found
    rec = next(r for n, r in found.items() if "储备" in n)
    assert rec.get("stage") == "in_production"
    assert rec.get("investment_cny") == 380000000


def test_projects_kept_in_reserve_stay_a_batch() -> None:
    page = "本报讯 今年，五台县谋划储备项目48个，总投资126亿元。\n"
    assert not projects(page)
    assert ("planned", 48, 12600000000) in batches(page)


def test_a_park_holding_a_batch_s_signing_is_no_project() -> None:
    page = ("本报讯 2月6日，原平市新材料产业园举行集中签约仪式，8家企业签约入驻，协议投资额共计6.4亿元。\n")
    assert not projects(page)


def test_a_park_holding_its_own_start_is_a_project() -> None:
    page = "本报讯 2月6日，原平市新材料产业园举行开工仪式，园区总投资12亿元。\n"
    assert [n for n in projects(page) if "新材料产业园" in n]


def test_projects_in_a_conjunction_are_no_name() -> None:
    page = "本报讯 座谈中，县领导详细询问企业用工用能和项目推进情况，现场协调解决问题。\n"
    assert not projects(page)


def test_a_park_s_first_batch_in_the_headline_gives_the_park_no_stage() -> None:
    page = ("代县机械制造产业园首批项目投产\n\n本报讯 从一片荒坡到厂房林立，代县机械制造产业园只用了"
            "两年时间。园区内，甲公司年产3万吨精密铸件项目已于去年底投产。\n")
    names = list(projects(page))
    assert not [n for n in names if n.endswith("产业园")], names


def test_a_park_s_own_works_in_the_headline_keep_its_stage() -> None:
    page = ("代县机械制造产业园一期竣工\n\n本报讯 2月5日，代县机械制造产业园一期主体工程全部完工，"
            "一期总投资5.6亿元。\n")
    assert any(r.get("stage") == "completed" for r in projects(page).values())


def test_a_yearly_output_with_a_sized_product_is_the_capacity() -> None:
    page = ("本报讯 去年10月，山西晶硕半导体有限公司功率器件项目建成投产，达产后可年产8英寸晶圆"
            "24万片，年产值约15亿元。\n")
    found = projects(page)
    assert len(found) == 1, found
    rec = next(iter(found.values()))
    assert rec.get("capacity") == "年产8英寸晶圆24万片"


# --- batches ----------------------------------------------------------------------------------

def test_a_size_class_with_its_projects_left_out_is_counted() -> None:
    page = ("本报讯 2024年，忻州市共签约亿元以上项目156个，协议总投资902.3亿元。其中，10亿元以上项目"
            "26个，50亿元以上4个。\n")
    found = batches(page)
    assert ("signed", 26, None) in found
    assert ("signed", 4, None) in found


def test_a_size_class_of_something_else_is_no_batch() -> None:
    page = "本报讯 全市培育营收10亿元以上企业15家，产业集群中100亿元以上3个。\n"
    assert batches(page) == []


def test_intents_agreed_are_counted_with_their_sum() -> None:
    page = ("本报讯 小分队先后拜访企业18家，洽谈项目10个，达成合作意向6个，意向投资额21.5亿元。\n")
    found = batches(page)
    assert ("negotiating", 6, 2150000000) in found
    assert ("negotiating", 10, None) in found


def test_intents_without_a_count_are_no_batch() -> None:
    page = "本报讯 小分队与多家企业达成合作意向，双方约定近期赴原平实地考察。\n"
    assert batches(page) == []


# --- indicators -------------------------------------------------------------------------------

def test_a_total_after_a_district_s_new_firms_counts_the_same_firms() -> None:
    page = "本报讯 2024年，城区新增高新技术企业11家，总数达到64家。\n"
    found = {(r.get("metric"), r.get("value")) for r in indicators(page)}
    assert ("高新技术企业总数", 64) in found
