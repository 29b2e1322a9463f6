"""Shortcuts of the eighth speed round in the stage plugins answer exactly as their plain forms:
brand heads looked up in a per-text list of the words before place suffixes, and words of
rankings and time limits looked up once per article before each of its sentences."""

from __future__ import annotations

import random

from newsmill.plugins.extract_indicators import _CUT_VERB
from newsmill.zh import brands
from newsmill.zh.brands import _PLACE_SUFFIXES, _before_suffix_scan, _named_before_suffix, brand_head

_PIECES = ["镇", "乡", "街道", "街", "道", "区", "县", "新区", "新", "开发区", "开发", "开", "发区",
           "甲乙", "甲", "乙", "丙丁", "某", "，", "。", "\n", "工业", "园", "光明", "光"]


def _texts(seed: int, count: int, most: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, most))) for _ in range(count)]


def test_heads_before_a_place_suffix_match_the_scan() -> None:
    checked = found = 0
    texts = _texts(1, 600, 14)
    for text in texts:
        heads = {text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 10) + 1)}
        heads |= {"甲乙", "光明", "某", "丙丁甲乙", "乙" * 9}
        for head in sorted(heads):
            want = _before_suffix_scan(head, text)
            assert _named_before_suffix(head, text) is want, (head, text)
            checked += 1
            found += want
    assert checked > 20000 and found > 2000


def test_the_per_text_list_follows_the_text_asked_about() -> None:
    a, b = "甲乙镇和丙丁公司", "丙丁开发区和甲乙公司"
    for _ in range(3):  # texts asked in turn: each answer is the scan's for its own text
        assert _named_before_suffix("甲乙", a) and not _named_before_suffix("丙丁", a)
        assert _named_before_suffix("丙丁", b) and not _named_before_suffix("甲乙", b)
    # an equal text that is another string object is answered from its own list
    c = "".join(["丙丁", "开发区和甲乙公司"])
    assert c == b and c is not b
    assert _named_before_suffix("丙丁", c) and not _named_before_suffix("甲乙", c)
    assert brands._SUFFIX_INDEX[0][0] is c


def test_every_place_suffix_start_is_listed() -> None:
    text = "".join(f"甲{s}" for s in _PLACE_SUFFIXES) + "新开发区街道"
    starts = [m.start() for m in brands._SUFFIX_STARTS.finditer(text)]
    assert starts == [i for i in range(len(text)) if text.startswith(_PLACE_SUFFIXES, i)]


def test_brand_heads_tell_towns_apart_as_before() -> None:
    assert brand_head("湖溪智能家居产业园") == "湖溪"
    assert brand_head("湖溪智能家居产业园", "项目位于湖溪镇工业集中区。") is None
    assert brand_head("湖溪智能家居产业园", "湖溪智能公司在某县街道办") == "湖溪"


def test_time_limit_words_of_a_sentence_are_words_of_its_article() -> None:
    # the gate of extract_indicators: a sentence inside an article holds a ranking word or a verb of
    # a time limit only if the article does (the words are plain literals, no look-around)
    pieces = ["压缩", "缩短", "压减", "控制", "排名", "压", "缩", "控", "排", "名", "至", "甲", "。"]
    rnd = random.Random(7)
    checked = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        whole_cut = _CUT_VERB.search(text, lo, hi) is not None
        whole_rank = text.find("排名", lo, hi) >= 0
        for a in range(lo, hi + 1):
            for b in range(a, hi + 1):
                if _CUT_VERB.search(text, a, b) is not None:
                    assert whole_cut
                if text.find("排名", a, b) >= 0:
                    assert whole_rank
                checked += 1
    assert checked > 20000
