"""Page layout rules: two columns side by side, running heads inside a sentence, lone stray
blanks, titles cut by a narrow column; each checked on pages and phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_columns import column_blocks, display_width
from newsmill.plugins.clean_linebreaks import object_wrap, page_turn_joins, predicate_wrap
from newsmill.plugins.clean_spaces import lone_blanks, spread_title_wraps, title_noun_tails
from newsmill.zh.gold import document_to_gold
from tests.cleaning_support import body_text, clean


def _pad(left: str, right: str, at: int) -> str:
    """A line of two columns: ``left``, blanks up to display cell ``at``, then ``right``."""
    return left + " " * max(4, at - display_width(left)) + right


def _two_columns(left: list[str], right: list[str], at: int) -> str:
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append(_pad(a, b, at) if a and b else a or " " * at + b)
    return "\n".join(rows)


LEFT = ["某某县一季度新签约项目",
        "",
        "本报讯（记者 钟一鸣）3月28",
        "日，某某县举行一季度招商引资",
        "项目签约会，现场签约项目8个，",
        "总投资46.5亿元。其中，某某新",
        "材料有限公司投资12亿元建设",
        "高性能纤维项目，建成后年产",
        "纤维3万吨。"]
RIGHT = ["某某园区新落户",
         "",
         "本报讯（通讯员 曹小满）近",
         "日，某某园区引进的智能仓储",
         "物流中心项目开工，总投资5.",
         "6亿元，计划明年6月建成，建",
         "成后年吞吐货物80万吨。"]


def test_two_columns_side_by_side_are_put_one_after_the_other() -> None:
    head = "某某晚报  2025年3月30日  星期日                      第2版\n\n"
    page = head + _two_columns(LEFT, RIGHT, 34) + "\n"
    doc = clean(page)
    text = doc.clean
    assert "现场签约项目8个，总投资46.5亿元" in text
    assert "建成后年产纤维3万吨" in text
    assert "总投资5.6亿元，计划明年6月建成，建成后年吞吐货物80万吨" in text
    assert text.index("纤维3万吨") < text.index("某某园区新落户")  # the left column first
    # a value inside the block maps to the block's raw span, which holds its pieces
    at = text.index("46.5亿元")
    rs, re_ = doc.raw_span(at, at + 6)
    assert "46.5亿元" in page[rs:re_] and page[rs:re_].count("\n") >= 5
    # text outside the block keeps its exact map
    rs, re_ = doc.raw_span(0, 4)
    assert page[rs:re_] == "某某晚报"


def test_columns_of_other_widths_and_ideographic_gaps() -> None:
    left = ["全市工业投资连续三月两位数增", "长，1-8月全市工业投资同比增长", "12.4%，其中技改投资增长18.1%，",
            "高于全市平均水平。"]  # a column of one width (the last line of the paragraph apart)
    right = ["某区新开工亿元以上项目21个，", "总投资达138亿元，涵盖新能源、",
             "新材料等产业，年内计划完成投资", "42亿元。"]
    rows = [f"{a}\u3000\u3000\u3000{b}" for a, b in zip(left, right)]
    text = clean("\n".join(rows) + "\n").clean
    assert "两位数增长，1-8月全市工业投资同比增长12.4%，其中技改投资增长18.1%，高于全市平均水平。" in text
    assert "总投资达138亿元，涵盖新能源、新材料等产业，年内计划完成投资42亿元。" in text
    assert text.index("高于全市平均水平") < text.index("某区新开工")


def test_tables_mastheads_and_one_column_pages_are_not_columns() -> None:
    rows = (("项目名称", "总投资（亿元）"), ("某某电池材料项目", "12.5"), ("某某物流园二期", "6.8"),
            ("某某食品加工项目", "3.2"))
    table = "\n".join(_pad(a, b, 30) for a, b in rows)
    assert column_blocks(table) == []
    head = _pad("某某日报  2025年4月1日", "第3版", 60) + "\n某县新开工项目6个，总投资18亿元。\n"
    assert column_blocks(head) == []
    names = "\n".join(_pad(a, b, 24) for a, b in (("主办单位：某某县人民政府", "承办单位：某某县商务局"),
                                                 ("协办单位：某某县投促中心", "支持单位：某某园区管委会"),
                                                 ("联系人：张某", "电话：1234567")))
    assert column_blocks(names) == []  # no running text on either side


def test_a_running_head_inside_a_sentence_is_stepped_over() -> None:
    page = ("某某县今年以来引进项目27个，协议投资额达1\n"
            "某某晚报  2025年5月13日  星期二                        第4版\n"
            "6.5亿元，其中工业项目19个。\n"
            "另据统计，1-4月全县规上工业增加值同比增\n"
            "某某晚报  2025年5月13日  星期二                        第4版\n"
            "长7.3%，增速居全市第二。\n")
    doc = Pipeline().process(page)
    assert "协议投资额达16.5亿元，其中工业项目19个。" in doc.clean
    assert "同比增长7.3%，增速居全市第二。" in doc.clean
    heads = [r for r in doc.regions_of("furniture") if r.note == "page header"]
    assert len(heads) == 2  # still listed, with their raw spans
    assert all(page[r.raw_start:r.raw_end].startswith("某某晚报") for r in heads)
    assert doc.meta.pub_date == dt.date(2025, 5, 13)  # the page's date is still read from a head
    assert page[slice(*doc.meta.extra["pub_date_raw_span"])] == "2025年5月13日"


def test_a_running_head_between_paragraphs_stays() -> None:
    page = ("某某县新开工项目12个，总投资31亿元。\n"
            "某某日报  2025年5月13日  星期二                        第4版\n"
            "某某园区二期项目开工\n"
            "本报讯（记者 马力）5月12日，某某园区二期项目开工。\n")
    doc = clean(page)
    assert "某某日报" in doc.clean and "某某日报" not in body_text(doc)
    text = "甲乙丙，丁戊\n头\n己庚。"
    assert page_turn_joins(text, [(6, 7), (8, 9)], [(7, 8)]) == [(6, 9)]
    assert page_turn_joins("甲乙丙。\n头\n己庚。", [(4, 5), (6, 7)], [(5, 6)]) == []


def test_a_lone_blank_inside_a_word_goes_on_any_page() -> None:
    assert "新建冷库和分拣中心" in clean("园区三期将新建冷 库和分拣中心，预计明年投用。\n").clean
    assert "涵盖生物医药、精细化 工、新能源等产业" in clean(
        "此次签约项目涵盖生物医药、精细化 工、新能源等产业。\n").clean.replace("精细化工", "精细化 工")
    text = "此次签约项目涵盖生物医药、精细化 工、新能源等产业。"
    blank = (text.index(" "), text.index(" ") + 1)
    assert lone_blanks(text, [blank]) == [blank]
    for keep in ("出席活动的有刘志强 陈晓东。", "全县新开工 项目12个，总投资36亿元。",
                 "市商务局局长 王某：今年以来，全市外贸稳中有进。",
                 "【某县甲项目投产 乙项目开工】当天，两个项目同步推进。", "获奖人员名单：王小 李大 赵四。"):
        at = keep.index(" ")
        assert lone_blanks(keep, [(at, at + 1)]) == [], keep


def test_a_head_noun_alone_after_a_blank_ends_the_title() -> None:
    page = "某县三季度重大项目集中开工 活动\n\n正文第一段。\n"
    assert "某县三季度重大项目集中开工活动" in clean(page).clean
    text = "以链为纲 做强县域工业\n"
    assert title_noun_tails(text, [(4, 5)]) == []
    text = "某区一季度招商引资项目签约 仪式\n"
    assert title_noun_tails(text, [(13, 14)]) == [(13, 14)]


def test_titles_cut_before_their_predicate_or_object() -> None:
    assert predicate_wrap("某某经开区8个重点项目", "同步开工")
    assert predicate_wrap("某某冷链物流园", "二期主体工程封顶")
    assert not predicate_wrap("奋力冲刺四季度", "3个项目集中开工")  # a kicker over its title
    assert not predicate_wrap("某县6个项目集中开工", "正式投产")  # the line above reports its event
    assert object_wrap("某某高新区再添", "两家龙头企业")
    assert object_wrap("某市开发区新增", "5个亿元项目")
    assert not object_wrap("某市开发区新增", "用地指标")
    page = "某某经开区8个重点项目\n同步开工\n\n本报讯（记者 田野）4月2日，某某经开区8个重点项目同步开工。\n"
    text = clean(page).clean
    assert text.startswith("某某经开区8个重点项目同步开工\n")


def test_the_title_reporting_the_event_wins_over_a_line_of_sums() -> None:
    page = ("某某区12个重大项目集中开工\n"
            "总投资88.6亿元 涉及新能源等领域\n\n"
            "本报讯（记者 程远）6月3日，某某区12个重大项目集中开工，总投资88.6亿元。\n")
    art = Pipeline().process(page).articles[0]
    assert art.headline == "某某区12个重大项目集中开工"
    assert art.kicker == "总投资88.6亿元 涉及新能源等领域"


def test_first_words_of_a_story_in_moved_columns_are_its_cleaned_words() -> None:
    page = _two_columns(LEFT, RIGHT, 34) + "\n"
    gold = document_to_gold(Pipeline().process(page, pub_date=dt.date(2025, 3, 30)))
    firsts = [a["first_words"] for a in gold["articles"]]
    assert any(f.startswith("本报讯（通讯员 曹小满）") for f in firsts), firsts
    assert all("\n" not in f for f in firsts), firsts


def test_a_title_spread_word_by_word_over_a_letter_spaced_second_line() -> None:
    page = ("某某市高新区 引进  投产\n"
            "  两 个 新 能 源 项 目\n\n"
            "本报讯（记者 龚立）5月6日，某某市高新区引进的两个新能源电池项目投产。\n"
            "其中，甲项 目总投资18亿元，乙 项目总投资9亿元，丙项目 在建。\n")
    text = clean(page).clean
    assert text.startswith("某某市高新区引进投产两个新能源项目\n"), text
    # a narrower kicker above a letter-spaced title; a title over a line of text
    assert spread_title_wraps("稳增长 促发展 惠民生\n某 某 县 新 开 工 项 目 十 个\n") == []
    assert spread_title_wraps("以链为纲 做强县域 工业\n正文第一行，说明情况。\n") == []


def test_centred_titles_right_above_the_columns_go_with_their_column() -> None:
    left = ["某县冷链物流园开工", "本报讯（记者 岳川）6月9日，某", "县冷链物流园项目开工，总投资",
            "7.2亿元，建成后年周转果蔬", "30万吨。"]
    right = ["某镇民宿集群投用", "本报讯（通讯员 江宁）近日，某", "镇民宿集群项目投入运营，总投",
             "资1.6亿元，可接待游客20万", "人次。"]
    rows = [_pad(left[0], right[0], 40)] + [_pad(a, b, 34) for a, b in zip(left[1:], right[1:])]
    text = clean("\n".join(rows) + "\n").clean
    assert "总投资7.2亿元，建成后年周转果蔬30万吨。" in text
    assert "总投资1.6亿元，可接待游客20万人次。" in text
    assert text.index("某县冷链物流园开工") < text.index("30万吨") < text.index("某镇民宿集群投用")
