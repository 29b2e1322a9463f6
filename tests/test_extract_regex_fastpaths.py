"""Record patterns rewritten for speed match exactly as the patterns first written."""

from __future__ import annotations

import random
import re

from newsmill.zh.cues import PLAN_RE
from newsmill.zh.recctx import SCOPE_RE

#: The patterns as first written (each branch in its plain form).
PLAN_PLAIN = re.compile(r"力争|争取|确保|计划(?!总?投资)|目标|将|(?<![主重需])要(?!素)|全力|加快")
SCOPE_PLAIN = re.compile(r"(?:全|我|本)(省|市|州(?!县)|盟|县(?!域|城|乡|级))|(省|市)级")


def _found(pat: re.Pattern, text: str, start: int, end: int) -> list[tuple]:
    """Every match of ``pat`` in ``text[start:end]``: its span and the spans of its groups."""
    return [tuple(m.span(i) for i in range(pat.groups + 1)) for m in pat.finditer(text, start, end)]


def _agree(fast: re.Pattern, plain: re.Pattern, alphabet: str, seed: int) -> int:
    """Compare both patterns on random texts over ``alphabet``, from every start and to every end."""
    rnd = random.Random(seed)
    checked = 0
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        for k in range(len(text) + 1):
            assert _found(fast, text, k, len(text)) == _found(plain, text, k, len(text)), (text, k)
            assert _found(fast, text, 0, k) == _found(plain, text, 0, k), (text, k)
            checked += 1
    return checked


def test_plan_markers_match_as_first_written() -> None:
    assert _agree(PLAN_RE, PLAN_PLAIN, "力争取确保计划总投资目标将主重需要素全加快甲，", 11) > 20000
    assert PLAN_RE.findall("主要任务是要加快推进") == ["要", "加快"]


def test_scope_words_match_as_first_written() -> None:
    assert _agree(SCOPE_RE, SCOPE_PLAIN, "全我本省市州县域城乡级盟区甲，", 13) > 20000
    assert [m.group(1) or m.group(2) for m in SCOPE_RE.finditer("全州县，我县域，本省及市级")] == ["省", "市"]
