"""Rules the misses of the ninety-fourth held-out set called for, each on phrasings of its own.

The set is existing plants adding capital and expanding in coastal manufacturing towns: a city
paper's PDF page of a district's industrial investment, a county news site's web copy of foreign
capital in half-width punctuation, and a photo page of numbered captions.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, number_first_folio, site_menu
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _kind(lines: list[str], i: int) -> str | None:
    c = classify_text(lines, i)
    return c[0] if c else None


# --- cleaning: a folio with the page's number first, a photo note, an ad office, footer links --------

def test_a_folio_opening_on_the_page_number_is_furniture() -> None:
    assert number_first_folio("B03  2025年6月12日  星期四  南通日报")
    assert number_first_folio("第7版  城乡·民生  2025年9月2日")
    assert number_first_folio("12  2025年3月5日  星期三")


def test_a_table_row_or_a_sentence_opening_on_a_number_is_no_folio() -> None:
    assert not number_first_folio("3  如东风电母港项目  2025年6月12日")
    assert not number_first_folio("12  个项目于2025年3月5日集中开工")
    assert not number_first_folio("A06  启东海工装备产业园")


def test_the_page_number_before_its_section_under_a_dated_masthead() -> None:
    lines = ["海门日报", "2025年6月12日  星期四", "B02  海门新闻", "", "正文第一段。"]
    assert _kind(lines, 2) == "furniture"
    lines = ["江海晚报讯 6月12日,海门区举行签约仪式。", "", "B02  海门新闻"]
    assert _kind(lines, 2) is None


def test_a_page_photo_note_with_an_exception_for_signed_pictures() -> None:
    assert _kind(["本版照片除注明外均由本报记者拍摄"], 0) == "caption"
    assert _kind(["本版图片除署名外均由通讯员提供"], 0) == "caption"
    assert _kind(["除署名外,项目均由企业自筹资金建设。"], 0) is None


def test_the_paper_s_advertising_office_with_a_contact_is_an_advertisement() -> None:
    assert _kind(["◆南通日报社广告部  承接各类广告刊登业务  热线:0513-85011234"], 0) == "furniture"
    assert _kind(["南通日报社广告部  诚招年度合作伙伴  联系电话:0513-85011234"], 0) == "furniture"
    assert _kind(["南通日报社广告部今年承接的公益广告增长两成。"], 0) is None


def test_footer_links_of_any_count_with_a_longer_name() -> None:
    assert site_menu("网站地图 | 关于我们 | 联系我们 | 违法和不良信息举报")
    assert site_menu("联系我们|隐私政策|网上有害信息举报专区")
    assert not site_menu("如东县 | 海安市 | 启东市 | 违法和不良信息举报")


# --- articles: a page's picture note names no reporter ------------------------------------------------

def test_a_picture_note_is_no_byline_a_photo_credit_is() -> None:
    from newsmill.zh.bylines import parse_credit_line
    assert parse_credit_line("本版照片除注明外均由本报记者拍摄") is None
    assert parse_credit_line("(图片均由本报记者提供)") is None
    c = parse_credit_line("本报记者 顾海燕 摄")
    assert c is not None and [n.text for n in c.reporters] == ["顾海燕"]


# --- articles: a reporter's notes under their column label are a piece of their own -------------------

def test_a_reporter_s_notes_under_their_label_open_a_piece() -> None:
    page = ("海安纺机企业忙技改\n\n本报讯(记者 顾海燕)11月18日,海安市纺机企业加快技改。"
            "全市实施技改项目46个。\n\n"
            "上午的车间里,工人们正在调试新设备,一台台织机整齐排列。\n\n"
            "采访札记\n\n小车间里的大变化\n\n在海安,记者发现不少老企业把利润投回了车间。设备更新了,效率提高了。\n\n"
            "车间主任说,明年还要再上两条生产线。\n\n(本报记者 顾海燕)\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["海安纺机企业忙技改", "小车间里的大变化"], heads


def test_a_plain_section_label_over_a_title_stays_inside_its_story() -> None:
    page = ("海安纺机企业忙技改\n\n本报讯(记者 顾海燕)11月18日,海安市纺机企业加快技改。"
            "全市实施技改项目46个。\n\n"
            "上午的车间里,工人们正在调试新设备,一台台织机整齐排列。\n\n"
            "采访见闻\n\n小车间里的大变化\n\n在海安,不少老企业把利润投回了车间。设备更新了,效率提高了。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["海安纺机企业忙技改"], heads


# --- projects: a photo page's numbered captions carry its story ---------------------------------------

_PHOTO_PAGE = ("港城车间见闻\n\n本报记者 顾海燕 文/图\n\n岁末,记者走进启东多家企业的车间和工地。\n\n"
               "图①:在吕四港镇,启东海韵船舶配件有限公司投资8600万元建设的舾装件生产线今年9月投产。"
               "  本报记者 顾海燕 摄\n\n"
               "图②:在寅阳镇,启东恒锐电器有限公司年产200万台电机项目正在安装设备。  本报记者 顾海燕 摄\n")


def test_numbered_captions_after_a_photo_story_s_lead_are_read() -> None:
    names = list(projects(_PHOTO_PAGE))
    assert any("舾装件生产线" in n for n in names) and any("电机项目" in n for n in names), names


def test_a_single_caption_after_a_story_stays_out_of_its_body() -> None:
    page = ("启东电机项目开工\n\n本报讯(记者 顾海燕)11月20日,"
            "启东恒锐电器有限公司年产200万台电机项目开工。\n\n"
            "图①:在吕四港镇,启东海韵船舶配件有限公司投资8600万元建设的舾装件生产线今年9月投产。"
            "  本报记者 顾海燕 摄\n")
    names = list(projects(page))
    assert not any("舾装件" in n for n in names), names


# --- projects: trial production after the sum put in, the state now after the steps done --------------

def _stage_of(page: str, part: str) -> tuple:
    r = next(r for n, r in projects(page + "\n").items() if part in n)
    f = {k: v.value for k, v in r.fields.items()}
    return f.get("stage"), f.get("status")


def test_a_sum_put_into_upgrades_names_them_the_event_after_is_their_stage() -> None:
    page = "启东宏达电器有限公司投资1.8亿元实施的智能装配线技改项目,今年8月建成试产,11月实现满产。"
    assert _stage_of(page, "装配线技改") == ("in_production", "actual")


def test_a_sum_put_into_upgrades_alone_keeps_them_under_way() -> None:
    page = "启东宏达电器有限公司投资1.8亿元实施的智能装配线技改项目,总投资1.8亿元,年新增产值3亿元。"
    assert _stage_of(page, "装配线技改") == ("under_construction", "actual")


def test_the_state_now_after_a_step_done_is_the_stage() -> None:
    page = "海门恒泰机械有限公司冲压车间改造项目8月完成设备安装,目前已进入试产阶段。"
    assert _stage_of(page, "冲压车间") == ("in_production", "actual")


def test_a_step_now_after_a_start_stays_the_works_under_way() -> None:
    page = "海门恒泰机械有限公司冲压车间改造项目5月开工,目前已进入设备安装阶段。"
    assert _stage_of(page, "冲压车间") == ("under_construction", "actual")


# --- indicators: a rank among a city's counties, a rank of a sum in dollars, firms aimed at -----------

def _indicators(page: str) -> list[dict]:
    return [{k: v.value for k, v in r.fields.items()} for r in records(page + "\n", "indicator")]


def test_a_rank_among_a_city_s_counties_with_districts_in_brackets() -> None:
    inds = _indicators("1—9月,海门区规上工业增加值同比增长8.6%,增速居南通各县(市、区)第三位。")
    assert any(i["unit"] == "位" and i["value"] == 3 for i in inds), inds


def test_a_rank_after_a_sum_in_dollars() -> None:
    inds = _indicators("1—9月,海门区实际使用外资1.36亿美元,同比增长18.2%,增速居全市第二位。")
    assert any(i["unit"] == "位" and i["value"] == 2 for i in inds), inds


def test_a_rank_of_a_place_named_without_a_ranking_word_is_none() -> None:
    inds = _indicators("1—9月,海门区规上工业增加值同比增长8.6%,南通各县(市、区)均保持增长。")
    assert not any(i["unit"] == "位" for i in inds), inds


def test_firms_a_policy_pushes_or_serves_are_no_statistic() -> None:
    inds = _indicators("明年,海门区计划再推动12家以上企业实施智能化改造。")
    assert not any(i["value"] == 12 for i in inds), inds
    inds = _indicators("今年,海门区商务局为36家外资企业送上惠企政策汇编。")
    assert not any(i["value"] == 36 for i in inds), inds


def test_firms_counted_as_doing_upgrades_stay_a_statistic() -> None:
    inds = _indicators("1—9月,海门区共有86家规模以上工业企业实施技术改造。")
    assert any(i["value"] == 86 for i in inds), inds


def test_one_firm_s_grant_is_no_statistic() -> None:
    inds = _indicators("在三厂街道,南通恒祥纺织有限公司日前拿到技改补助资金210万元。")
    assert not any(i["value"] == 2100000 for i in inds), inds


# --- projects: a firm told by its capital, a scene of lines, a phase of the works told again ----------

def test_a_capital_descriptor_is_no_part_of_the_firm_s_name() -> None:
    page = "9月2日,德资企业海门莱茵精工有限公司新能源汽车轴承项目在海门经济技术开发区开工。"
    names = list(projects(page + "\n"))
    assert any(n.startswith("海门莱茵精工有限公司") for n in names), names
    page = "9月2日,海门莱茵精工有限公司新能源汽车轴承项目在海门经济技术开发区开工。"
    assert any(n.startswith("海门莱茵精工有限公司") for n in projects(page + "\n"))


def test_lines_told_by_a_repeated_measure_word_are_no_project() -> None:
    page = "走进海门恒泰机械有限公司的新车间,一座座智能化立体仓库正在调试。"
    assert not any(n.startswith("一座座") for n in projects(page + "\n"))
    page = "一座智能化立体仓库项目在海门经济技术开发区开工,总投资2亿元。"
    assert any("立体仓库" in n for n in projects(page + "\n"))


def test_a_firm_s_plant_of_a_phase_and_a_phase_s_extension_told_again_are_no_project() -> None:
    page = ("海门恒泰机械有限公司年产30万台电机项目10月满产。该项目是企业在原厂区实施的二期扩建工程,"
            "总投资3亿元。该公司一期工厂2019年建成投产。")
    names = list(projects(page + "\n"))
    assert not any(n in ("二期扩建工程", "公司一期工厂") for n in names), names
    assert any("电机项目" in n for n in names), names


# --- batches: the rest of a batch told with 另外 --------------------------------------------------------

def _batches(page: str) -> list[dict]:
    return [{k: v.value for k, v in r.fields.items()} for r in records(page + "\n", "batch")]


def test_the_rest_of_a_batch_told_with_another_takes_its_event() -> None:
    bs = _batches("11月25日,海门区8个项目集中签约。另外4个服务业项目协议投资12.6亿元。")
    assert any(b["count"] == 4 and b["event"] == "signed" for b in bs), bs


def test_another_opening_a_new_sentence_of_its_own_event_keeps_it() -> None:
    bs = _batches("11月25日,海门区8个项目集中签约。另外,全区4个工业项目竣工,总投资12.6亿元。")
    assert any(b["count"] == 4 and b["event"] == "completed" for b in bs), bs


def test_the_kinds_of_projects_counted_then_their_sum_together_are_a_batch() -> None:
    bs = _batches("11月25日,海门区8个项目集中签约。另外3个项目分别为纺织、家纺和物流项目,总投资合计6.2亿元。")
    assert any(b["count"] == 3 and b["total_cny"] == 620000000 for b in bs), bs


def test_the_projects_counted_then_each_one_s_sum_are_no_batch() -> None:
    bs = _batches("11月25日,海门区8个项目集中签约。另外3个项目分别为纺织、家纺和物流项目,"
                  "投资额分别为2亿元、3亿元和1.2亿元。")
    assert not any(b["count"] == 3 for b in bs), bs


def test_a_rank_among_a_city_s_counties_without_brackets_is_left_as_it_was() -> None:
    inds = _indicators("1—9月,海门区生产总值同比增长6.1%,增速排南通市各县区第二位。")
    assert not any(i["unit"] == "位" for i in inds), inds


def test_a_phase_s_extension_signed_by_a_firm_stays_a_project() -> None:
    page = "11月20日,海门区与海门恒泰机械有限公司签订二期扩建项目投资协议,总投资5亿元。"
    assert any("二期扩建项目" in n for n in projects(page + "\n"))
