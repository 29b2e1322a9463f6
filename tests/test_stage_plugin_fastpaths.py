"""Shortcuts of the eighth speed round in the stage plugins answer exactly as their plain forms:
words of rankings and time limits looked up once per article before each of its sentences."""

from __future__ import annotations

import random

from newsmill.plugins.extract_indicators import _CUT_VERB


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
