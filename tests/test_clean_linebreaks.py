"""Line breaks from PDF wraps: joined inside paragraphs, kept around headings, bylines, lists."""

import pytest

from newsmill.plugins.clean_linebreaks import decide
from tests.cleaning_support import clean

ONLY = ("clean-linebreaks",)


def test_word_cut_by_a_column_wrap_is_joined():
    raw = "今年以来,全区新开工亿元以上项目二十个,其中制造业项\n\n目占一半以上。\n\n下一段开头。"
    doc = clean(raw, ONLY)
    assert "制造业项目占一半以上。\n\n下一段开头。" in doc.clean
    i = doc.clean.index("业项目") + 1
    assert doc.raw[slice(*doc.raw_span(i, i + 2))] == "项\n\n目"


def test_sentence_cut_after_a_comma_or_enumeration_mark_is_joined():
    doc = clean("当天举行现场推进会,\n\n集中开工9个项目、\n\n竣工4个项目。", ONLY)
    assert doc.clean == "当天举行现场推进会,集中开工9个项目、竣工4个项目。"


@pytest.mark.parametrize("raw", [
    "# 绿色园区建设提速\n\n本报讯 近日,园区召开推进会。",            # heading
    "园区亮出成绩单\n\n去年以来,园区累计引进企业30家。",              # unmarked title
    "正文说明了情况,具体如下:\n\n(一)加快建设;\n\n(二)强化服务。",    # label and list items
    "全年完成投资百亿元。\n\n□ 本报记者 李华",                         # byline after a sentence
    "新建的厂房已经封顶并开始安装设备,预计下月\n\n□ 记者 张三",       # byline after a cut line
    "企业代表纷纷表示信心“更足了”\n\n下一段。",                        # closing quote ends a unit
])
def test_units_are_kept_apart(raw):
    assert clean(raw, ONLY).clean == raw


def test_doubled_character_at_the_cut_is_joined_with_a_warning():
    doc = clean("会上共签约项目12个,签约金额达40亿元。其中\n\n中方企业签约5个。", ONLY)
    assert "其中中方企业" in doc.clean
    warn = [p for p in doc.problems if "doubled" in p.message]
    assert warn and doc.raw[warn[0].raw_start:warn[0].raw_end] == "中\n\n中"


def test_wide_gap_join_is_reported():
    raw = "项目建成后预计年产值超过五十亿元,新增就业岗位两千个,可带动上下游企业\n\n\n\n集聚发展。"
    doc = clean(raw, ONLY)
    assert "企业集聚发展" in doc.clean
    assert any("blank lines" in p.message for p in doc.problems)


def test_running_text_stopped_before_a_title_is_warned_not_joined():
    raw = "今年园区完成投资八十亿元,同比增长百分之十二,下一步将加快推进\n\n三大工程齐头并进"
    doc = clean(raw, ONLY)
    assert doc.clean == raw
    assert any("mid-sentence" in p.message for p in doc.problems)


def test_latin_words_are_joined_with_a_space():
    doc = clean("the plant, which opened in May, will produce batteries and\nmotors for export.", ONLY)
    assert "and motors" in doc.clean


def test_decide_rules():
    assert decide("全年目标任务已完成过半,重点项目进展顺利,下一步将", "继续推进。") == "join"
    assert decide("稳中求进,开局良好", "全市经济运行总体平稳,主要指标好于预期。") == "keep"
    assert decide("全年目标任务已完成过半。", "继续推进。") == "keep"
    assert decide("## 小标题", "正文。") == "keep"


def test_flagged_caption_is_not_joined():
    raw = "### 新厂投产\n\n\n\n投产仪式现场\n\n本报讯(记者 王五)昨日,新厂正式投产。"
    doc = clean(raw, ("clean-furniture", "clean-linebreaks"))
    assert doc.clean == raw
    assert [r.kind for r in doc.regions] == ["caption"]


HARD_WRAPPED = """# 新区三季度经济运行平稳

本报讯 前三季度,新区完成地区生产总值
三百二十亿元,同比增长百分之七点五。其
中工业增加值增长百分之九,新签约项目二
十一个,协议投资总额一百六十亿元。
下一步,新区将继续抓好项目建设。

(记者 宋一)"""


def test_fixed_width_column_is_rejoined_into_paragraphs():
    doc = clean(HARD_WRAPPED, ONLY)
    lines = doc.clean.split("\n")
    assert lines[2].startswith("本报讯 前三季度") and lines[2].endswith("一百六十亿元。")
    assert "其中工业增加值" in lines[2] and "项目二十一个" in lines[2]
    assert lines[3] == "下一步,新区将继续抓好项目建设。"   # paragraph end kept
    assert lines[0] == "# 新区三季度经济运行平稳" and lines[-1] == "(记者 宋一)"


def test_two_lines_of_equal_length_are_not_a_column():
    raw = "园区亮出上半年成绩单\n企业信心持续增强了\n\n正文。"
    assert clean(raw, ONLY).clean == raw


@pytest.mark.parametrize("text", [
    "甲 \n乙", "  \n\n \u3000丙\n", "丁\r\n\r\n戊", "\n", "", "己 \t \n\u3000", "庚\x85\n \x1c辛\n",
    "首段。\n\n\n  次段 \n末段", "无换行 的 文字 ",
])
def test_line_gaps_are_the_whitespace_runs_holding_a_break(text: str) -> None:
    from newsmill.plugins.clean_linebreaks import _GAP_RE, line_gaps

    assert line_gaps(text) == [m.span() for m in _GAP_RE.finditer(text)]


@pytest.mark.parametrize("line", ["今天,明天;后天。", "没有标点的标题", "问?答!", "列举、并列,", "", "……"])
def test_layout_punctuation_counts_match_their_definition(line: str) -> None:
    from newsmill.zh.layout import clause_marks, has_sentence_end
    from newsmill.zh.script import CLAUSE_PUNCT, SENTENCE_END

    assert clause_marks(line) == sum(c in CLAUSE_PUNCT for c in line)
    assert has_sentence_end(line) == any(c in SENTENCE_END for c in line)


def test_count_cut_after_its_first_digit_is_joined():
    assert decide("东湖区上半年新签约亿元项目1", "7个 协议资金近百亿元") == "join"
    assert decide("园区已集聚规上企业1", "2家,形成产业链条。") == "join"


ODD_WIDTHS = (
    "本报讯(记者 何一帆)近日,西林县召开全县重点项目推进会,对下半年工作作出部署安排。\n"
    "坐落于城东工业园的西林县竹木精\n"
    "深加工项目已完成厂房主体建设,预计年底前投入试生产运营。\n"
    "其中,西林\n"
    "生态康养\n"
    "小镇项目计划总投资5亿元,目前正在开展前期工作并办理用地手续。\n"
)


def test_short_lines_inside_a_paragraph_of_odd_widths_are_joined():
    out = clean(ODD_WIDTHS, ONLY).clean
    assert "西林县竹木精深加工项目已完成" in out
    assert "其中,西林生态康养小镇项目计划总投资5亿元" in out


def test_title_between_paragraphs_is_not_taken_for_a_wrapped_line():
    raw = ("县里今年计划实施重点项目六十个,总投资超过三百亿元,其中产业项目过半。\n"
           "抓招商 “强链”补链\n"
           "园区围绕主导产业开展精准招商,上半年新签约项目十二个,协议投资四十亿元。\n")
    out = clean(raw, ONLY).clean
    assert "抓招商 “强链”补链\n园区" in out


def test_subtitle_opened_by_a_dash_is_joined_to_its_short_tail():
    raw = ("东湖区签约六个数字经济项目\n"
           "——协议投资逾40亿元 明年\n"
           "上半年全部开工\n\n"
           "本报讯(记者 何一帆)近日,东湖区举行数字经济项目集中签约仪式。\n")
    out = clean(raw, ONLY).clean
    assert "——协议投资逾40亿元 明年上半年全部开工\n" in out
    assert "东湖区签约六个数字经济项目\n——" in out


def test_speaker_line_under_a_dash_subtitle_is_not_its_tail():
    raw = ("政府工作报告\n"
           "——在某某区第五届人民代表大会第三次会议上\n"
           "区长 周立新\n\n"
           "各位代表:现在,我代表区人民政府向大会报告工作,请予审议。\n")
    out = clean(raw, ONLY).clean
    assert "会议上\n区长 周立新" in out
