"""raw[map(span)] on real pages for two kinds of noise: stray spaces and character width.

The spots are found in the pages at test time (``../shared/corpus``); no page
text is kept here.  The real pages at hand have no stray spaces of their
own, so the space test also spaces out real lines the way PDF extraction
does and checks that the chain undoes it and maps back to the spaced raw text.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from newsmill.plugins.clean_width import normalize
from newsmill.zh.layout import is_running_text
from newsmill.zh.script import HAN
from newsmill.zh.t2s import simplify
from tests.cleaning_support import clean, corpus_pages

PAGES = corpus_pages()
needs_corpus = pytest.mark.skipif(not PAGES, reason="shared corpus not available")
PAGE_IDS = [p.stem[:3] for p in PAGES]
#: A space between two Chinese characters on one line.
HAN_SPACE_RE = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")
#: How many Chinese characters a width spot needs on each side (no space or line break nearby).
PLAIN_WINDOW = 2
WIDE = ("F", "W")


def _raw(page) -> str:
    return page.read_text(encoding="utf-8")


def _spaced_out(line: str, every: int = 3) -> str:
    """``line`` with a space put between every ``every``-th pair of Chinese characters.

    Brackets are left alone: spaces inside them separate names (``(记者 X)``).
    """
    out, pairs, depth = [], 0, 0
    for k, ch in enumerate(line):
        out.append(ch)
        depth += (ch in "(（") - (ch in ")）")
        if (not depth and k + 1 < len(line) and re.match(f"[{HAN}]", ch)
                and re.match(f"[{HAN}]", line[k + 1])):
            pairs += 1
            if pairs % every == 0:
                out.append(" ")
    return "".join(out)


@needs_corpus
@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_stray_spaces_in_real_lines_map_back_to_the_spaced_raw_text(page):
    raw = _raw(page)
    lines = raw.split("\n")
    running = sorted((k for k, ln in enumerate(lines)
                      if is_running_text(ln.strip()) and len(re.findall(f"[{HAN}]", ln)) >= 40),
                     key=lambda k: -len(lines[k]))[:3]
    assert running, "no line of running text found"
    noisy_lines = list(lines)
    for k in running:
        noisy_lines[k] = _spaced_out(lines[k])
    noisy = "\n".join(noisy_lines)
    assert len(HAN_SPACE_RE.findall(noisy)) >= len(HAN_SPACE_RE.findall(raw)) + 20

    plain, doc = clean(raw), clean(noisy)
    for k in running:
        target = plain.clean[slice(*plain.clean_span(*_line_span(lines, k)))]
        assert target and target in doc.clean, "the spaced-out line does not clean to the plain one"
        a = doc.clean.index(target)
        rs, re_ = doc.raw_span(a, a + len(target))
        assert (rs, re_) == _line_span(noisy_lines, k)
        spaced = doc.raw[rs:re_]
        assert " " in spaced and spaced.replace(" ", "") == lines[k].strip().replace(" ", "")
        # every removed space maps to an empty cleaned span between its two neighbours
        for m in HAN_SPACE_RE.finditer(spaced):
            i = rs + m.start()
            assert doc.clean_span(i, i + 1)[0] == doc.clean_span(i, i + 1)[1]
            c0, c1 = doc.clean_span(i - 1, i + 2)
            assert c1 - c0 == 2 and doc.clean[c0:c1] == normalize(simplify(_raw_pair(doc.raw, i)))


def _raw_pair(raw: str, i: int) -> str:
    """The two characters around the space at ``i``."""
    return raw[i - 1] + raw[i + 1]


def _line_span(lines: list[str], k: int) -> tuple[int, int]:
    """Span of line ``k`` of the joined ``lines``, without its leading and trailing blanks."""
    start = sum(len(x) + 1 for x in lines[:k])
    line = lines[k]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


@needs_corpus
@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_separator_spaces_on_real_pages_are_kept_and_map_back(page):
    """Spaces a real page puts between words (bylines, headline parts) stay, one for one."""
    raw = _raw(page)
    doc = clean(raw)
    for m in HAN_SPACE_RE.finditer(raw):
        i = m.start()
        a, b = doc.clean_span(i, i + 1)
        assert doc.clean[a:b] == " "
        assert doc.raw_span(a, b) == (i, i + 1)


def _width_spots(raw: str) -> list[int]:
    """Positions whose character the width cleaner changes, with plain Chinese around them."""
    changed = normalize(raw)
    return [i for i, (x, y) in enumerate(zip(raw, changed, strict=True))
            if x != y and i >= PLAIN_WINDOW
            and re.fullmatch(f"[{HAN}]{{{PLAIN_WINDOW}}}", raw[i - PLAIN_WINDOW:i])
            and re.fullmatch(f"[{HAN}]{{{PLAIN_WINDOW}}}", raw[i + 1:i + 1 + PLAIN_WINDOW])]


@needs_corpus
def test_width_spots_on_real_pages_map_back_one_for_one():
    """Half-width punctuation between Chinese characters becomes full-width, each at its raw place."""
    for page in PAGES:
        raw = _raw(page)
        doc, unwidened = clean(raw), clean(raw, without=("clean-width",))
        spots = _width_spots(raw)
        assert spots, f"{page.name}: no width spot found"
        for i in spots:
            a, b = doc.clean_span(i, i + 1)
            assert b - a == 1 and doc.raw_span(a, b) == (i, i + 1)
            new = doc.clean[a]
            assert unicodedata.east_asian_width(new) in WIDE
            assert unicodedata.east_asian_width(raw[i]) not in WIDE
            w0, w1 = doc.clean_span(i - PLAIN_WINDOW, i + 1 + PLAIN_WINDOW)
            assert doc.raw_span(w0, w1) == (i - PLAIN_WINDOW, i + 1 + PLAIN_WINDOW)
            u0, u1 = unwidened.clean_span(i - PLAIN_WINDOW, i + 1 + PLAIN_WINDOW)
            assert doc.clean[w0:w1] == normalize(unwidened.clean[u0:u1]) != unwidened.clean[u0:u1]
