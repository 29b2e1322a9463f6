"""Traditional to Simplified script: OpenCC t2s with the mainland fix-list, exact per-character map."""

from newsmill.zh.t2s import FIXES, simplify, simplify_runs
from tests.cleaning_support import clean

ONLY = ("clean-t2s",)


def test_traditional_becomes_simplified_character_for_character():
    raw = "本縣將著力推進產業園區建設"
    doc = clean(raw, ONLY)
    assert doc.clean == "本县将着力推进产业园区建设"
    assert all(doc.raw_span(i, i + 1) == (i, i + 1) for i in range(len(raw)))


def test_fix_list_keeps_zhu_where_it_is_zhu():
    assert simplify("顯著成效與著名企業") == "显著成效与著名企业"
    assert simplify("跟著市場走,隨著需求變") == "跟着市场走,随着需求变"
    assert all("著" in k and "着" in v for k, v in FIXES.items())


def test_simplified_text_is_byte_identical():
    text = "显著提升,著名品牌,着力打造。余额覆盖互联网企业,建立指标体系。"
    doc = clean(text, ONLY)
    assert doc.clean == text
    assert doc.offsets.is_identity()
    assert list(simplify_runs(text)) == []


def test_fix_list_is_not_applied_to_simplified_paragraphs():
    # a Simplified paragraph with a stray 著 stays as printed; the Traditional one is fixed
    text = "市场著力点\n經濟著力點"
    assert clean(text, ONLY).clean == "市场著力点\n经济着力点"


def test_runs_are_sorted_and_cover_only_changed_characters():
    text = "工業和信息化局發佈通知"
    runs = list(simplify_runs(text))
    assert runs == sorted(runs)
    for a, b, new in runs:
        assert len(new) == b - a and text[a:b] != new


def test_raw_span_of_converted_word():
    raw = "簽約項目總投資達九億元"
    doc = clean(raw, ONLY)
    i = doc.clean.index("总投资")
    assert raw[slice(*doc.raw_span(i, i + 3))] == "總投資"


def test_length_changing_conversion_is_split_into_changed_runs(monkeypatch):
    """When a phrase changes length, each changed run is its own edit and the map stays exact."""
    import newsmill.zh.t2s as t2s

    class Stretch:
        def convert(self, text):
            return text.replace("甲乙", "丙").replace("丁", "戊己")

    monkeypatch.setattr(t2s, "converter", lambda config="t2s": Stretch())
    text = "前甲乙中丁丁后\n不变的一行\n"
    edits = list(t2s.simplify_edits(text))
    assert all(not aligned for *_rest, aligned in edits)
    assert [(text[a:b], new) for a, b, new, _ in edits] == [("甲乙", "丙"), ("丁丁", "戊己戊己")]
    doc = clean(text, ONLY)
    assert doc.clean == "前丙中戊己戊己后\n不变的一行\n"
    i = doc.clean.index("戊己")
    assert text[slice(*doc.raw_span(i, i + 2))] == "丁丁"
    j = doc.clean.index("后")
    assert doc.raw_span(j, j + 1) == (text.index("后"), text.index("后") + 1)
