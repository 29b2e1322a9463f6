"""Cleaning rules for noise a page gains in print: columns wrapped around reading aids, indents
that mark paragraphs, units cut from their figure, blanks scattered through a clause; and the
noise-robustness measure of ``benchmarks/noise_robustness.py`` on held-out sets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document
from newsmill.plugins.clean_linebreaks import join_glue
from newsmill.zh.pinyin import broken_annotations

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "noise_robustness.py"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def clean(pipe: Pipeline, text: str) -> str:
    doc = pipe.process_document(Document.from_text(text), stages=["clean"])
    assert doc.text is not None
    return doc.text


@pytest.fixture(scope="module")
def bench() -> Any:
    spec = importlib.util.spec_from_file_location("noise_robustness", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["noise_robustness"] = module
    spec.loader.exec_module(module)
    return module


# --- what a joined line break becomes -------------------------------------------------------

@pytest.mark.parametrize(("text", "glue"), [
    ("装机容量120\nMW的风电场", ""),       # a figure of Chinese text and its Latin unit
    ("年产8.5\nGWh电芯", ""),
    ("smart\ncity", " "),                  # two Latin words
    ("总投资12\n5亿元", ""),                # two digits of one number
    ("华为Mate\n60手机", " "),              # a Latin word and a model number
    ("年产10G\nWh储能电池", ""),            # a unit cut after its figure
    ("用电量120k\nWh", ""),
    ("推进5G\nbase station建设", " "),      # a word after a figure's letters: no unit
    ("产业\n园区", ""),
])
def test_join_glue(text: str, glue: str) -> None:
    gs = text.index("\n")
    assert join_glue(text, gs, gs + 1) == glue


def test_unit_after_a_wrapped_figure_is_glued(pipe: Pipeline) -> None:
    page = ("某县新能源产业园今年再添新项目，由某某能源公司投资建设的装机容量120\n"
            "MW风电场项目已完成全部风机吊装，预计年底前并网发电，年发电量可达\n"
            "3.2亿千瓦时，可满足约十五万户家庭一年的用电需求，减少碳排放二十万吨\n"
            "以上。项目负责人介绍，目前各项工作正有序推进。\n")
    out = clean(pipe, page)
    assert "容量120MW风电场" in out
    assert "可达3.2亿千瓦时" in out


# --- paragraphs marked by an indent ---------------------------------------------------------

INDENTED = ("某区人民政府关于印发重点项目推进方案的通知\n\n"
            "各镇街、区级各部门：\n"
            "\u3000\u3000现将方案印发给你们，请结合实际认真贯彻执行。\n"
            "\u3000\u3000一、总体目标。全年实施区级重点项目一百二十个，力争完成投资\n"
            "二百亿元以上，其中新开工项目四十个，竣工项目二十五个，确保年内\n"
            "形成实物工作量。\n"
            "\u3000\u3000二、工作措施。建立项目包联机制，实行清单化管理。\n")


def test_lines_without_indent_go_on_the_indented_paragraph(pipe: Pipeline) -> None:
    out = clean(pipe, INDENTED)
    assert "力争完成投资二百亿元以上，其中新开工项目四十个，竣工项目二十五个，确保年内形成实物工作量。" in out
    # the indented lines still open paragraphs of their own
    assert "\n二、工作措施。" in out
    assert "\n一、总体目标。" in out


def test_a_page_without_indents_is_not_read_as_one(pipe: Pipeline) -> None:
    page = INDENTED.replace("\u3000\u3000", "")
    out = clean(pipe, page)
    assert "\n二、工作措施。" in out


# --- reading aids a line break cut ----------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("產(chǎn\n)業", ["(chǎn\n)"]),
    ("億(y\nì)元", ["(y\nì)"]),
    ("項（\nxiàng）目", ["（\nxiàng）"]),
    ("(一期\n)工程", []),               # not a syllable
    ("(AI\n)应用", []),                 # no tone mark
])
def test_broken_annotations(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in broken_annotations(text)] == found


def test_annotation_cut_by_a_wrap_is_removed(pipe: Pipeline) -> None:
    page = "新簽約的冷鏈倉儲中心項(xiàng)目總投資4.6億(y\nì)元，將於年內開(kāi)工建設(shè)。\n"
    out = clean(pipe, page)
    assert "总投资4.6亿元，将于年内开工建设。" in out
    assert "yì" not in out


# --- a column wrapped with its reading aids -------------------------------------------------

def test_column_measured_on_the_raw_page(pipe: Pipeline) -> None:
    """(A masthead's short lines of one raw length are no column: see the next test.)"""
    # a paragraph with one clause mark, printed 24 raw characters a line; the annotations the
    # pinyin cleaner takes out leave cleaned lines of uneven length
    para = ("總投資(zī)8億元，某某建材年產(chǎn)60萬噸綠色新型建材項(xiàng)目已於今年5月開(kāi)工"
            "計劃後年4月建成(chéng)投產(chǎn)該項目達產後年產值可達20億元年納(nà)稅約1億元。")
    raw = "\n".join(para[i:i + 24] for i in range(0, len(para), 24)) + "\n"
    assert raw.count("\n") >= 4
    out = clean(pipe, raw)
    assert out.strip() == ("总投资8亿元，某某建材年产60万吨绿色新型建材项目已于今年5月开工"
                           "计划后年4月建成投产该项目达产后年产值可达20亿元年纳税约1亿元。")


def test_short_masthead_lines_of_one_raw_length_stay_apart(pipe: Pipeline) -> None:
    page = ("某某市投資(tóu)促進局\n招商引資工作月(yuè)報\n2025年第3期(第57期)\n\n"
            "本月，全市新簽約項目12個，協議總投資86.4億元。\n")
    out = clean(pipe, page)
    assert out.startswith("某某市投资促进局\n招商引资工作月报\n2025年第3期")


# --- blanks scattered through a clause ------------------------------------------------------

def test_scattered_blanks_in_a_clause_are_removed(pipe: Pipeline) -> None:
    page = ("今年以来，全县在建项目进展顺利，年产五万吨饲 料加 工项目已完成设备安装。"
            "下一步，将持续优化营商环境。\n")
    out = clean(pipe, page)
    assert "年产五万吨饲料加工项目已完成设备安装" in out


def test_a_list_of_names_keeps_its_blanks(pipe: Pipeline) -> None:
    page = "出席活动的还有赵明远 钱文静 孙立军等同志。会议由县委副书记主持。\n"
    out = clean(pipe, page)
    assert "赵明远 钱文静 孙立军" in out


# --- the robustness measure ------------------------------------------------------------------

def test_noise_kinds_change_the_page(bench: Any) -> None:
    text = "今年以来，某县签约项目二十三个，总投资186.5亿元，同比增长12%（其中工业项目十五个）。" * 3
    for kind, fn in bench.NOISE.items():
        assert fn(text) != text, kind


def test_agreement_counts_lost_records(bench: Any) -> None:
    from collections import Counter

    a = bench.Agreement()
    a.add("p", (Counter({("project", "甲", "signed", "1"): 2}), Counter({"5": 1}), 2),
          (Counter({("project", "甲", "signed", "1"): 1}), Counter({"5": 1}), 2))
    assert (a.records_found, a.records, a.money_found, a.same_articles) == (1, 2, 1, 1)
    assert a.record_ratio == 0.5 and a.lost


@pytest.mark.parametrize(("folder", "kind", "floor"), [
    ("heldout29", "hardwrap", 0.88),   # Traditional script with reading aids, wrapped
    ("heldout3", "hardwrap", 0.98),
    ("heldout22", "spaces", 1.0),      # blanks past the density gate
    ("heldout20", "gaplines", 0.98),   # a loosely spaced page
    ("heldout11", "runninghead", 0.88),
    ("heldout2", "trad", 1.0),
    ("heldout3", "fullwidth", 1.0),
    ("heldout11", "webblanks", 0.94),  # zero-width, no-break and ideographic spaces in words
    ("heldout19", "webblanks", 0.95),
    ("heldout13", "numwrap", 0.8),     # breaks inside figures (table cells too)
    ("heldout2", "crlf", 1.0),         # Windows line ends and a byte-order mark, read from a file
    ("heldout3", "pinyinwrap", 1.0),   # reading aids cut by the wrap
    ("heldout21", "entities", 1.0),    # HTML references and tags left by a site's export
])
def test_records_survive_noise(bench: Any, pipe: Pipeline, folder: str, kind: str, floor: float) -> None:
    pages = sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))
    result = bench.measure(pages, [kind], pipe)[kind]
    assert result.records > 20
    assert result.record_ratio >= floor, result.lost


# --- full-width figures ---------------------------------------------------------------------

def test_full_width_point_at_a_wrap_inside_a_number(pipe: Pipeline) -> None:
    page = ("今年前三季度，全县规上工业企业实现营业收入２４７．\n"
            "６亿元，同比增长１１．３％．其中新材料产业增长２０．５％．\n")
    out = clean(pipe, page)
    assert "营业收入247.6亿元，同比增长11.3%。其中新材料产业增长20.5%。" in out


def test_full_width_point_stays_in_latin_text(pipe: Pipeline) -> None:
    out = clean(pipe, "新建厂房位于园区Ａ区No．3地块，总投资２．５亿元。\n")
    assert "No．3" in out or "No.3" in out
    assert "2.5亿元" in out


def test_page_date_in_full_width_digits() -> None:
    from newsmill.zh.pagedate import date_on_line

    found = date_on_line("某某日报  ２０２５年３月１８日  星期二  第３版")
    assert found is not None and found.date.isoformat() == "2025-03-18"
    line = "某某日报  ２０２５年３月１８日  星期二  第３版"
    assert line[found.start:found.end] == "２０２５年３月１８日"


def test_stray_blank_in_a_wrapped_line_without_a_sentence_end(pipe: Pipeline) -> None:
    page = ("今年，全县将确保某某化工年产3万吨电子级硫酸项目、某某陶 瓷智能制造基地\n"
            "二期项目等6个项目上半年建成投产，加快推进一批补链项目建设。\n")
    out = clean(pipe, page)
    assert "某某陶瓷智能制造基地二期项目" in out


def test_blank_in_a_label_line_stays(pipe: Pipeline) -> None:
    out = clean(pipe, "重点项目 进展情况一览\n序号  项目名称  总投资\n")
    assert "重点项目 进展情况一览" in out


def test_blank_cutting_a_word_in_a_table_cell_goes(pipe: Pipeline) -> None:
    page = ("序号  项目名称  建设单位  总投资\n"
            "1  某某县肉牛屠宰精深加 工项目  某某牧业公司  3.6亿元\n"
            "2  某某镇文旅康养综合体项目  某某文旅集团  5亿元\n"
            "3  王 强  李小红  项目联络人\n")
    out = clean(pipe, page)
    assert "某某县肉牛屠宰精深加工项目  某某牧业公司" in out
    assert "王 强" in out  # a name spread to the column's width


# --- a photo caption set inside a paragraph -------------------------------------------------

def test_caption_inside_a_sentence_is_stepped_over(pipe: Pipeline) -> None:
    page = ("本报讯 今年以来，某区紧盯年度目标，全力推动一批重大产业项目加快建\n"
            "图为某某智能装备产业园施工现场。 记者 周云 摄\n"
            "设，目前全区在建项目达到64个，完成投资41.3亿元，同比增长12.8%。\n")
    doc = pipe.process_document(Document.from_text(page), stages=["clean"])
    assert doc.text is not None
    assert "加快建设，目前全区在建项目达到64个" in doc.text
    assert "图为" not in doc.text
    captions = [r for r in doc.regions if r.kind == "caption"]
    assert captions and page[captions[0].raw_start:captions[0].raw_end].startswith("图为某某智能装备")


def test_caption_between_paragraphs_stays(pipe: Pipeline) -> None:
    page = ("本报讯 今年以来，某区全力推动一批重大产业项目加快建设，成效明显。\n"
            "图为某某智能装备产业园施工现场。 记者 周云 摄\n"
            "目前，全区在建项目达到64个，完成投资41.3亿元。\n")
    out = clean(pipe, page)
    assert "图为某某智能装备产业园施工现场。" in out


def test_blanks_in_a_line_leading_a_list_go_on_a_spaced_page(pipe: Pipeline) -> None:
    page = ("今天上午，某县2025年第一季度重大项目集中开工仪 式在某镇举行。"
            "此次集中开工项目12个，总投资58.6亿 元，涵盖先进制造、现代物流等领域，其中工业项 目8个。\n\n"
            "开工仪式上，3个重点 项 目作了现场推介：\n"
            "——某某集团投资 的新型建材产业园项目，总投资15亿元。\n")
    out = clean(pipe, page)
    assert "开工仪式上，3个重点项目作了现场推介：" in out


def test_a_label_ending_in_a_colon_keeps_its_blank(pipe: Pipeline) -> None:
    from newsmill.plugins.clean_spaces import _leads_a_list

    assert not _leads_a_list("联系 地址：")
    assert _leads_a_list("会上，5个项目 进行了签约：")


@pytest.mark.parametrize(("a", "b"), [
    ("上企业5户，实现税收收入3.41亿", "元，全年完成招商引资总额58亿元。"),
    ("新增标准厂房面积12万", "平方米，同比增长8%。"),
])
def test_break_between_a_multiplier_and_its_unit(a: str, b: str) -> None:
    from newsmill.plugins.clean_linebreaks import cuts_a_number, decide

    assert cuts_a_number(a, b)
    assert decide(a, b) == "join"


def test_a_line_ending_in_a_count_word_is_no_cut_figure() -> None:
    from newsmill.plugins.clean_linebreaks import cuts_a_number

    assert not cuts_a_number("全市签约项目一万", "人次参观")  # no digit before the multiplier


# --- stray blanks past the density gate, outside running text -------------------------------

SPACED_PAGE = ("柳溪县上半年 重点项目集中开工\n"
               "本报讯（记者 甘 露）6月28日，柳溪县上半年重点项目集中开 工仪式在城东园区举行。"
               "此次开工项目8个，总投 资42.6亿元，涵盖农产品加工、现 代物流和 新能源等领域。"
               "其中，柳溪（苍 梧）农旅融合示范区项目总投资6亿元。\n"
               "序号  项目名称  建设单位  总投资\n"
               "1  柳溪城东综合物流枢纽 项 目  柳溪物流集团有限 公司  9.8亿元\n"
               "2  柳溪县菌菇 精深加工项目  绿源食品公司  3.2亿元\n"
               "■项目名称：柳溪县茶 叶冷链仓储中心\n"
               "■建设地点：城东园区\n")


def test_blanks_of_cells_and_labels_go_on_a_spaced_page(pipe: Pipeline) -> None:
    out = clean(pipe, SPACED_PAGE)
    assert "柳溪城东综合物流枢纽项目  柳溪物流集团有限公司" in out   # a stranded character, a split word
    assert "柳溪县菌菇精深加工项目" in out                         # a cell holds one name
    assert "项目名称：柳溪县茶叶冷链仓储中心" in out
    assert "柳溪（苍梧）农旅融合示范区" in out                     # a group naming no role
    assert "（记者 甘 露）" in out                                 # a byline keeps its blanks
    assert "柳溪县上半年 重点项目集中开工" in out                   # a title's separator between two words


def test_cells_and_titles_keep_their_blanks_below_the_gate(pipe: Pipeline) -> None:
    page = ("柳溪县上半年 重点项目集中开工\n"
            "本报讯 6月28日，柳溪县上半年重点项目集中开工仪式在城东园区举行。\n"
            "序号  项目名称  联络人  总投资\n"
            "1  柳溪城东综合物流枢纽项目  王 强  9.8亿元\n")
    out = clean(pipe, page)
    assert "王 强" in out
    assert "柳溪县上半年 重点项目集中开工" in out


def test_gated_line_blanks_leave_title_separators_and_bylines() -> None:
    from newsmill.plugins.clean_spaces import gated_line_blanks, space_runs

    for line in ("某市三季度集中签约 总投资58亿元", "责任编辑：刘 燕", "本报记者 唐 磊"):
        text = line + "\n"
        runs = space_runs(text)
        assert gated_line_blanks(text, runs, []) == [], line
    text = "某某产业园 项 目集中开工\n"
    assert len(gated_line_blanks(text, space_runs(text), [])) == 2


def test_page_date_with_a_blank_in_the_weekday() -> None:
    from newsmill.zh.pagedate import date_on_line

    found = date_on_line("某某日报  2025年9月3日  星 期三  第4版")
    assert found is not None and found.date.isoformat() == "2025-09-03"


# --- a running head set between two halves of a paragraph -----------------------------------

@pytest.mark.parametrize("head", ["南岭日报  第5版  区县新闻", "南岭晚报 第12版 · 经济", "某某日报 第3版"])
def test_running_head_with_section_after_the_page_is_stepped_over(pipe: Pipeline, head: str) -> None:
    page = ("本报讯 今年以来，某县聚焦主导产业，一批补链强链项目加快建\n" + head + "\n"
            "设，目前全县在建项目达到38个，完成投资22.6亿元，同比增长9.4%，其中\n"
            "新开工项目十一个。\n")
    out = clean(pipe, page)
    assert "加快建设，目前全县在建项目达到38个" in out
    assert "版" not in out


def test_a_sentence_naming_a_paper_and_page_is_no_running_head(pipe: Pipeline) -> None:
    page = "某县融媒体中心的报道刊登在南岭日报第5版头条，介绍了园区建设情况。\n"
    assert "南岭日报第5版头条" in clean(pipe, page)


# --- a loosely spaced page: a blank line after every line -----------------------------------

LOOSE_LINES = ["某县二季度重大项目集中开工", "",
               "本报讯 6月26日，某县二季度重大项目集中开工活动在城北园区举行，此次",
               "集中开工项目14个，总投资63.2亿元，涵盖新材料、食品加工、现代物流",
               "等领域。其中，某某新材料公司年产5万吨高纯石英砂项目总投资12亿元，",
               "建成后年产值可达20亿元。", "",
               "序号  项目名称  总投资",
               "1  某某高纯石英砂项目  12亿元",
               "2  某某冷链物流中心项目  4.5亿元", "",
               "县发展改革局负责人表示，将为开工项目提供全程代办服务，推动项目早建",
               "成、早投产、早见效。"]


def test_blank_lines_of_a_loosely_spaced_page_are_halved(pipe: Pipeline) -> None:
    page = "\n\n".join(LOOSE_LINES) + "\n"
    out = clean(pipe, page)
    assert "此次集中开工项目14个，总投资63.2亿元，涵盖新材料、食品加工、现代物流等领域。" in out
    assert "序号  项目名称  总投资\n1  某某高纯石英砂项目  12亿元\n2  某某冷链物流中心项目" in out
    assert "推动项目早建成、早投产、早见效。" in out
    assert "\n\n县发展改革局" in out  # the paragraphs still stand apart


def test_one_line_paragraphs_apart_by_blank_lines_are_left_alone() -> None:
    from newsmill.plugins.clean_spaces import loose_line_gaps

    paragraphs = ["某县二季度重大项目集中开工",
                  "本报讯 6月26日，某县二季度重大项目集中开工活动在城北园区举行。",
                  "此次集中开工项目14个，总投资63.2亿元，涵盖新材料、食品加工等领域。",
                  "其中，某某新材料公司年产5万吨高纯石英砂项目总投资12亿元。",
                  "县发展改革局负责人表示，将为开工项目提供全程代办服务。"] * 2
    assert loose_line_gaps("\n\n".join(paragraphs) + "\n") == []
    # a page whose lines mostly follow each other is no loosely spaced page either
    assert loose_line_gaps("\n".join(LOOSE_LINES) + "\n") == []


def test_annotation_cut_by_a_wrap_on_a_loosely_spaced_page() -> None:
    assert [("產(chǎn\n\n)業")[a:b] for a, b in broken_annotations("產(chǎn\n\n)業")] == ["(chǎn\n\n)"]
    assert broken_annotations("(一期\n\n)工程") == []


def test_column_measured_on_the_raw_page_when_loosely_spaced(pipe: Pipeline) -> None:
    """A loosely spaced page: the column's lines stand apart by blank lines in the raw page."""
    lead = ["今年以來，某某縣堅持把項目建設作為經濟工作的主抓手，實行縣級領導聯繫重點",
            "項目制度，一季度全縣固定資產投資同比增長9.2%，新簽約項目二十三個，協議總",
            "投資一百二十億元，其中工業項目十五個，為全年經濟平穩運行打下了堅實基礎，",
            "全縣上下正以更大力度推進項目建設。"]
    para = ("總投資(zī)8億元，某某建材年產(chǎn)60萬噸綠色新型建材項(xiàng)目已於今年5月開(kāi)工"
            "計劃後年4月建成(chéng)投產(chǎn)該項目達產後年產值可達20億元年納(nà)稅約1億元。")
    column = [para[i:i + 24] for i in range(0, len(para), 24)]
    raw = "\n\n".join(lead) + "\n\n\n\n" + "\n\n".join(column) + "\n\n"
    out = clean(pipe, raw)
    assert "总投资8亿元，某某建材年产60万吨绿色新型建材项目已于今年5月开工计划后年4月建成投产" in out


# --- pasted web text: invisible characters and wide blanks ------------------------------------

def test_invisible_characters_inside_words_are_deleted(pipe: Pipeline) -> None:
    raw = ("本报讯 日前，某某新能源公司年产8万\u200b吨磷酸\u200b铁锂正极材料项目在某某工业园签约，"
           "项目总投资\u206012\u00ad亿元，建成后年产值可达30亿元。\n")
    doc = pipe.process_document(Document.from_text(raw))
    assert "年产8万吨磷酸铁锂正极材料项目" in doc.clean
    assert "总投资12亿元" in doc.clean
    money = [m for m in doc.mentions if m.kind == "money"]
    assert any(m.value == 1_200_000_000 for m in money)
    # the evidence still points at the raw characters, invisible ones included
    amount = next(m for m in money if m.value == 1_200_000_000)
    assert raw[amount.raw_start:amount.raw_end].startswith("12")


def test_wide_blank_alone_in_a_sentence_goes(pipe: Pipeline) -> None:
    page = ("某某港区今年以来加快推进重点项目建设。其中，80万吨芳烃项目\u3000已进入设备安装阶段，"
            "某某码头扩建工程\u00a0主体结构已经完工，全年计划完成投资46亿元。\n\n"
            "本报记者\u3000周立新\n")
    out = clean(pipe, page)
    assert "80万吨芳烃项目已进入设备安装阶段" in out
    assert "某某码头扩建工程主体结构已经完工" in out
    assert "本报记者\u3000周立新" in out or "本报记者 周立新" in out  # a byline keeps its blank


def test_ascii_space_between_two_words_stays_below_the_gate(pipe: Pipeline) -> None:
    out = clean(pipe, "某县召开一季度重点项目推进会，会上通报了新开工 项目的进展情况，部署下一步工作。\n")
    assert "新开工 项目" in out


# --- a break between a figure and its unit --------------------------------------------------

def test_unit_cut_from_its_figure_by_a_lone_break(pipe: Pipeline) -> None:
    page = ("据了解，今年全市计划实施市级重点项目286\n"
            "个，年度计划投资657亿元。\n\n"
            "目前，某某光伏组件项目已完成投资18\n"
            "亿元，预计年底建成投产。\n")
    out = clean(pipe, page)
    assert "市级重点项目286个，年度计划投资657亿元。" in out
    assert "已完成投资18亿元，预计年底建成投产。" in out


def test_a_place_opening_with_wan_is_no_unit(pipe: Pipeline) -> None:
    page = ("全县新增各类市场主体1260\n"
            "万州区商会代表团一行来我县考察\n")
    out = clean(pipe, page)
    assert "1260万州" not in out
    page = "咨询电话：0813-5201234\n个人申报请登录县政务服务网\n"
    assert "5201234个人" not in clean(pipe, page)


# --- a column whose reading aids the wrap cut ------------------------------------------------

def test_column_line_joined_from_a_cut_reading_aid_counts_as_its_lines(pipe: Pipeline) -> None:
    """An aid cut by the wrap (``新(q`` ⏎ ``ū)區``) joins two raw lines into one cleaned line; the
    column is still found, and its last line is joined to the short line ending the paragraph."""
    para = ("某某新區相(zhàn)關負責人介紹,今年一至六月,新(qū)區規上工業總產值同比增長11.6%,"
            "工業投資(jì)完成186億元,同比增長21.4%。下半年,新區計劃再推動二十個以上重(yè)點項目開工,"
            "終端產業園項目爭取四季度開工,預計總投資60億元左右。")
    lines = [para[i:i + 28] for i in range(0, len(para), 28)]
    assert lines[0].endswith("新(q") and len(lines[-1]) < 20  # the wrap cut an aid; a short end
    out = clean(pipe, "\n".join(lines) + "\n")
    assert "\n" not in out.strip(), out
    assert "项目争取四季度开工，预计总投资60亿元左右。" in out


def test_line_as_wide_as_the_column_is_wrapped_in_a_short_paragraph(pipe: Pipeline) -> None:
    """Two full lines and a short one make no run of three, but the column the page's other
    paragraphs show tells that the full lines were wrapped."""
    first = ("今年以来，某某县坚持把重点项目建设作为稳增长的主抓手，一季度全县新开工项目二十三个，"
             "完成投资四十六亿元，同比增长百分之十二点五，项目建设实现开门红，为全年打下基础。"
             "县里实行县级领导联系重点项目制度，每月调度一次，及时解决用地、用工等问题。")
    para = ["续建项目中，总投资二十八亿元的某某物流园二期工程体量最大，今",
            "年计划完成投资九亿元；总投资十六亿元的某某智能装备产业园二期",
            "项目正加快主体施",
            "工。新开工项目中，由某某新材料公司投资建设的年产三万吨碳纤维项目计划六月开工。"]
    lines = [first[i:i + 30] for i in range(0, len(first), 30)]
    assert len(para[0]) == len(para[1]) == 30 and [len(x) for x in lines[:3]] == [30] * 3
    out = clean(pipe, "\n".join(lines) + "\n\n" + "\n".join(para) + "\n")
    assert "智能装备产业园二期项目正加快主体施工。新开工项目中" in out


def test_title_as_wide_as_the_column_keeps_its_break(pipe: Pipeline) -> None:
    body = ("今年以来，某某县坚持把重点项目建设作为稳增长的主抓手，一季度全县新开工项目二十三个，"
            "完成投资四十六亿元，同比增长百分之十二点五，项目建设实现开门红，为全年打下基础。")
    lines = [body[i:i + 30] for i in range(0, len(body), 30)]
    title = "某某县一季度重点项目建设综述之二 项目为王 奋力实现开门红"  # no clause mark
    assert abs(len(title) - 30) <= 1
    out = clean(pipe, "\n".join(lines) + "\n\n" + title + "\n某某县发展和改革局供稿，某某摄影。\n")
    assert title + "\n" in out
