"""GBK byte-slip mojibake: detected, flagged unreadable, repaired only where exact."""

from newsmill.zh.gbk_slip import scan
from tests.cleaning_support import clean

ONLY = ("clean-mojibake",)
CONTEXT = "新區今年簽約重大項目十個,協議投資總額超過百億元,重點項目建設進展順利,情況良好。"


def slip(text: str, index: int, tail: str = "") -> str:
    """``text`` as a GBK stream that lost the lead byte of character ``index``, re-read."""
    before, rest = text[:index], text[index:]
    data = rest.encode("gbk")[1:]
    garbled = data.decode("gbk", errors="replace").replace("\ufffd", "?")
    return before + "?" + tail + garbled


def test_shifted_run_is_repaired_and_the_lost_character_flagged():
    damaged = slip("項目情況良好", 0, "xiàng)") + "。"
    raw = CONTEXT + damaged
    doc = clean(raw, ONLY)
    assert doc.clean.endswith("\ufffd目情況良好。") or doc.clean.endswith("\ufffd情況良好。")
    assert [r.kind for r in doc.regions] == ["unreadable"]
    r = doc.regions[0]
    assert raw[r.raw_start] == "?"
    assert any("repaired" in p.message for p in doc.problems)


def test_unrepairable_damage_becomes_one_placeholder():
    raw = CONTEXT + "全面啟動?xùn)|部新城建設。"
    doc = clean(raw, ONLY)
    assert "啟動\ufffd部新城" in doc.clean
    assert any("unreadable" in p.message for p in doc.problems)
    r = doc.regions[0]
    assert raw[r.raw_start:r.raw_end] == "?xùn)|"


def test_ordinary_question_marks_are_left_alone():
    text = "投资回报如何?这是企业最关心的问题。项目何时投产?预计明年!"
    doc = clean(text, ONLY)
    assert doc.clean == text and doc.regions == []


def test_weak_traces_count_only_on_a_page_with_strong_ones():
    assert scan("规划建设?!新的厂房区域") == []


def test_repair_needs_attested_characters():
    # the repaired characters must occur elsewhere on the page; here they do not
    damaged = slip("鑫淼垚", 0, "xīn)")
    slips = scan("完全无关的一句话。" + damaged)
    assert slips and all(s.repaired == "" for s in slips)


def test_repair_option_off_keeps_only_placeholders():
    from newsmill import Pipeline
    from newsmill.core.model import Document

    p = Pipeline(disable=["hello", "clean-pinyin", "clean-t2s", "clean-width", "clean-spaces",
                          "clean-furniture", "clean-linebreaks"],
                 config={"clean-mojibake": {"repair": False, "placeholder": "□"}})
    raw = CONTEXT + slip("項目情況良好", 0, "xiàng)")
    doc = p.process_document(Document.from_text(raw), stages=("clean",))
    assert doc.clean == CONTEXT + "□良好"  # the run realigns after the ASCII trail byte


def test_attested_characters_behave_as_the_set_of_the_text() -> None:
    from newsmill.zh.gbk_slip import Attested

    text = "反馈最新情况?好\ufffd,ok"
    attested, plain = Attested(text), set(text)
    for probe in [*text, "", "反馈", "缺", "\0", "o", "k?", 3]:
        assert (probe in attested) == (probe in plain), probe
        assert (probe in attested) == (probe in plain), probe  # memoised answer


def test_marks_are_every_question_mark_and_replacement_character_in_order() -> None:
    from newsmill.zh.gbk_slip import _MARK_RE, _marks

    for text in ["", "无", "?", "甲?乙\ufffd丙??\ufffd", "\ufffd?\ufffd"]:
        assert _marks(text) == [m.start() for m in _MARK_RE.finditer(text)]
