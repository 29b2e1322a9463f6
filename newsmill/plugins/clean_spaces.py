"""Cleaner: stray spaces from PDF text (``天然 气``, ``292 亿元``), removed only where the page shows them.

Chinese running text has no spaces between characters, but real separators
exist: names in bylines (``(记者 陈家明)``), the space after a dateline
(``本报讯 近日``), the gap between the two parts of a headline, photo
credits.  So the cleaner

1. looks only at lines of running text (see :func:`newsmill.zh.layout.is_running_text`)
   and at letter-spaced lines (``赣 州 经 开 区 …``, a PDF title with a space after every character),
   never at titles, bylines or credits, and skips byline groups in parentheses
   and the space after a ``…讯`` dateline;
2. counts spaces standing between two Chinese characters, or between a
   Chinese character and a digit, in those lines;
3. removes them only when the page shows the noise: at least ``min_count``
   such spaces and at least ``min_per_mille`` per thousand non-ASCII
   characters of the page.

Whitespace at the ends of lines (indentation with U+3000, trailing blanks)
is removed on every page.
"""

from __future__ import annotations

import re
from re import Match

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.bylines import BYLINE_MARKS, parse_credit_line
from newsmill.zh.layout import (
    SPLIT_WORDS,
    has_sentence_end,
    is_credit,
    is_heading_marker,
    is_running_text,
    word_tail_opens,
)
from newsmill.zh.names import COMMON_SURNAMES
from newsmill.zh.script import HAN, ODD_SPACES, is_chinese
from newsmill.zh.tables import is_table_line, may_be_table, spaced_row_spans

#: Default position in the cleaning chain.
PRIORITY = 50
_WS = f" \\t\\r\\f\\v{ODD_SPACES}"
#: ``[blank]+`` written ``[blank][blank]*``: a pattern that starts with a class (not a
#: repeat) lets ``re`` skip ahead to candidates instead of trying every position.
_SPACE_RUN_RE = re.compile(f"[{_WS}][{_WS}]*")
#: Blanks other than the ASCII space; a page without them has runs of " " alone,
#: found from a literal (far faster than a class).
_OTHER_BLANKS = f"\t\r\f\v{ODD_SPACES}"
_SPACES_ONLY_RE = re.compile("  *")
#: Parenthesised groups that hold names (bylines, credits): spaces there are separators.
_NAME_GROUP_RE = re.compile(r"[(（][^()（）\n]{0,40}[)）]")
_DATELINE_RE = re.compile(f"^[{HAN}]{{0,14}}讯[{_WS}]")


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after width normalisation and before line joining."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Density gate of the stray-space removal."""
    return {
        "min_count": Option(int, 3, "fewest stray spaces on a page before any is removed"),
        "min_per_mille": Option(float, 1.0, "fewest stray spaces per 1000 Han characters of running text"),
    }


def _is_stray(text: str, start: int, end: int) -> bool:
    """A space run between two Chinese characters, or between Chinese and a digit."""
    if start == 0 or end >= len(text):
        return False
    a, b = text[start - 1], text[end]
    if a == "\n" or b == "\n":
        return False
    ca, cb = is_chinese(a), is_chinese(b)
    return (ca and (cb or b.isdigit())) or (a.isdigit() and cb)


def space_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the maximal runs of blanks (spaces, tabs, odd spaces; never line breaks)."""
    rx = _SPACE_RUN_RE if any(c in text for c in _OTHER_BLANKS) else _SPACES_ONLY_RE
    return list(map(Match.span, rx.finditer(text)))


def line_end_runs(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blank runs that start or end a line (indentation and trailing blanks); not the indent
    of a table row's wrapped part (:func:`wrapped_row_indent`)."""
    n = len(text)
    return [(a, b) for a, b in runs
            if b == n or text[b] == "\n"
            or ((a == 0 or text[a - 1] == "\n") and not wrapped_row_indent(text, a, b))]


#: A fragment of a cell wrapped under its column: short, no clause mark.
_CELL_FRAGMENT = re.compile(r"[^\s，。；;：:,！？]{1,14}")


def wrapped_row_indent(text: str, a: int, b: int) -> bool:
    """The blanks ``text[a:b]`` opening a line are the indent of a plain-text table row's wrapped
    part: the line above is a table row with wide gaps and this line holds only short fragments,
    each printed under a column of that row (``2  某某尾矿综合利用及  甘肃某某矿业  成县 …`` ⏎
    ``   新材料项目                   有限公司``).  The cells' columns are where the fragments sit,
    so the indent stays."""
    if b - a < 2 or a < 2 or "\t" in text[a:b]:
        return False
    ls = text.rfind("\n", 0, a - 1) + 1
    above = text[ls:a - 1]
    if "  " not in above or not is_table_line(above):
        return False
    le = text.find("\n", b)
    frags = text[b:le if le >= 0 else len(text)].split()
    return 0 < len(frags) < len(above.split()) and all(_CELL_FRAGMENT.fullmatch(f) for f in frags)


def letter_spaced(line: str) -> bool:
    """A line printed with a space after every character (``赣 州 经 开 区 …``), as PDF titles come out."""
    tokens = line.split()
    return len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens) \
        and sum(is_chinese(t) for t in tokens) >= 0.6 * len(tokens)


def figures_spaced(line: str) -> bool:
    """A line of figures spaced out letter by letter, digits and signs too (``1 - 8 月 , 全 市 … 6 . 9 %``).

    Twelve tokens or more, nine in ten of one character, two in five Chinese and no Latin letter.
    """
    tokens = line.split()
    return len(tokens) >= 12 and sum(len(t) == 1 for t in tokens) >= 0.9 * len(tokens) \
        and sum(is_chinese(t) for t in tokens) >= 0.4 * len(tokens) \
        and not any(t.isascii() and t.isalpha() for t in tokens)


#: In a byline: a role (spaced or not), or a run of single characters apart by blanks (``孙  宇  琪``),
#: matched so that a role is never read from inside a run of names.
_ROLE_WORDS = ("全媒体记者", "融媒体记者", "摄影记者", "见习记者", "实习记者", "特约记者", "记者",
               "特约通讯员", "通讯员", "实习生", "责任编辑", "编辑", "责编", "校对", "美编", "摄影")
_SPACED_ROLES = "|".join(f"[{_WS}]*".join(w) for w in _ROLE_WORDS)
_BYLINE_TOKEN_RE = re.compile(
    f"(?P<role>{_SPACED_ROLES})"
    f"|(?P<run>[{HAN}](?:[{_WS}]{{1,3}}(?!{_SPACED_ROLES})[{HAN}]){{1,5}}(?![{HAN}]))")
_ROLE_WORD_RE = re.compile(r"记者|通讯员|实习生|编辑|责编|校对|美编|摄影")
#: Characters of a role word that another follows (``记`` of 记者), and those that follow one.
_ROLE_LEFT = frozenset(w[i] for w in _ROLE_WORDS for i in range(len(w) - 1))
_ROLE_RIGHT = frozenset(w[i + 1] for w in _ROLE_WORDS for i in range(len(w) - 1))


def _may_have_spaced_role(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether a blank run stands between two letters that follow each other in a role word:
    true wherever a role is written with blanks inside (``记 者``), so false means none is."""
    n = len(text)
    return any(a and b < n and text[a - 1] in _ROLE_LEFT and text[b] in _ROLE_RIGHT for a, b in runs)


def spaced_name_edits(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Blanks inside letter-spaced roles of bylines (``(记 者  孙  宇  琪)`` → ``(记者  孙  宇  琪)``).

    Looked for in parenthesised groups and byline lines that name a role.
    The names keep their blanks (a byline's separators are not touched; the
    byline reader cuts spaced names itself, see
    :func:`newsmill.zh.bylines.spaced_names`).  ``runs`` are the text's blank
    runs (:func:`space_runs`) when already found.
    """
    if not any(c in text for c in " \u3000"):
        return []
    if not _may_have_spaced_role(text, space_runs(text) if runs is None else runs):
        return []  # every role is written solid: no blank inside one to delete
    out: list[tuple[int, int]] = []
    segments = [m.span() for m in _NAME_GROUP_RE.finditer(text)]
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped and stripped[0] in BYLINE_MARKS + "本记通责编" and parse_credit_line(stripped):
            lead = pos + len(raw) - len(raw.lstrip())
            segments.append((lead, lead + len(stripped)))
        pos += len(raw) + 1
    for a, b in segments:
        seg = text[a:b]
        if not _ROLE_WORD_RE.search(re.sub(f"[{_WS}]", "", seg)):
            continue
        for m in _BYLINE_TOKEN_RE.finditer(seg):
            if m.group("role") is not None:
                out.extend((a + x.start(), a + x.end()) for x in _SPACE_RUN_RE.finditer(seg, *m.span()))
    return sorted(set(out))


def _wraps_into(first: str, second: str) -> bool:
    """A wrapped title: the first line is long and the second no longer (a kicker above is shorter)."""
    a, b = len(first.split()), len(second.split())
    return a >= 8 and b <= a


def _may_have_spaced_line(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether five one-character tokens stand between blank runs (``␣区␣``) somewhere.

    A letter-spaced line of eight tokens or more (four in five of one
    character) has at least five such tokens away from its ends, so false
    means no such line (blanks being those of :func:`space_runs`)."""
    count = 0
    for (_a, end), (start, _b) in zip(runs, runs[1:]):
        if start == end + 1 and text[end] != "\n":
            count += 1
            if count >= 5:
                return True
    return False


def spaced_title_wraps(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Line breaks inside a letter-spaced PDF title printed on two lines (``长 春 新 区`` ⏎ ``整 车 项 目``).

    Two letter-spaced lines in a row (no blank line between), the first not
    ending with a punctuation mark, at least eight characters long and not
    shorter than the second (a kicker above a title is the shorter line),
    are one title cut by the wrap: the span
    from the end of the first line's text to the start of the second's is
    returned, to be deleted.  ``runs`` are the text's blank runs
    (:func:`space_runs`) when already found.
    """
    if "\n" not in text or not _may_have_spaced_line(text, space_runs(text) if runs is None else runs):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    prev: tuple[int, str] | None = None  # (end of the text of the previous line, its text)
    for raw in text.split("\n"):
        line = raw.strip()
        start = pos + (len(raw) - len(raw.lstrip()))
        if line and prev is not None and prev[1] and letter_spaced(prev[1]) and letter_spaced(line) \
                and is_chinese(prev[1][-1]) and is_chinese(line[0]) and _wraps_into(prev[1], line):
            out.append((prev[0], start))
        prev = (start + len(line), line) if line else None
        pos += len(raw) + 1
    return out


def spread_title_wraps(text: str) -> list[tuple[int, int]]:
    """Blanks and the line break of a title whose first line is spread word by word over the
    title's width and whose second line is letter-spaced to the same width (``某某县 签约  落地`` ⏎
    ``   三 个 先 进 制 造 业``): one title typeset in a box, so the first line's blanks and the
    break go (the second line's blanks are the letter-spaced line's, see :func:`letter_spaced`).

    The first line holds three to six words of Han characters only (at most six each, some of
    two or more, so it is not letter-spaced itself), the second is letter-spaced, no blank line
    between, and both lines, blanks and indentation included, are within four display cells of
    one width (a kicker above a title is narrower).
    """
    if "\n" not in text or "  " not in text:
        return []
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for raw in lines:
        starts.append(pos)
        pos += len(raw) + 1
    for k in range(len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        words = a.split()
        if not 3 <= len(words) <= 6 or not all(len(w) <= 6 and all(map(is_chinese, w)) for w in words) \
                or all(len(w) == 1 for w in words) or not b.strip() or not letter_spaced(b.strip()):
            continue
        if any(c in "，。、；：！？" for c in a):
            continue
        if abs(_cells(a.rstrip()) - _cells(b.rstrip())) > 4:
            continue
        lead = len(a) - len(a.lstrip())
        base = starts[k] + lead
        inner = a.strip()
        for m in _SPACE_RUN_RE.finditer(inner):
            out.append((base + m.start(), base + m.end()))
        b_lead = len(b) - len(b.lstrip())
        out.append((base + len(inner), starts[k + 1] + b_lead))
    return out


def _cells(line: str) -> int:
    """Display width of a line: wide characters take two cells, blanks and ASCII one."""
    return len(line) + sum(1 for c in line if ord(c) >= 0x2E80 and c != "\u3000") + line.count("\u3000")


def stray_spaces(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Stray-space spans standing in lines of running text, outside bylines and datelines.

    ``runs`` are the page's blank runs (:func:`space_runs`), when already found.
    """
    if runs is None:
        runs = space_runs(text)
    return _standing_in_text(text, [(a, b) for a, b in runs if _is_stray(text, a, b)])


def split_words(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single blanks of ``found`` standing in running text inside one of :data:`SPLIT_WORDS`."""
    inside = [(a, b) for a, b in found
              if b - a == 1 and text[a] == " " and text[a - 1] + text[b] in SPLIT_WORDS]
    return _standing_in_text(text, inside) if inside else []


#: A comparison word and the change it measures, one phrase of economic news (``同比增长``,
#: ``环比下降``): a blank between them is stray.
_RATE_HEADS = frozenset(("同比", "环比"))
_RATE_VERBS = frozenset(("增长", "下降", "提高", "增加", "减少", "回落", "上升", "持平"))


def split_rate_phrases(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single blanks of ``found`` standing in running text between a comparison word and its
    change (``同比 增长4.8%``, ``环比 下降``)."""
    inside = [(a, b) for a, b in found
              if b - a == 1 and text[a] == " " and text[a - 2:a] in _RATE_HEADS
              and text[b:b + 2] in _RATE_VERBS]
    return _standing_in_text(text, inside) if inside else []


#: A number split by one blank between a word and its counter (``企业2 0户``, ``达到1 5个``), also with
#: decimals and its unit on the next line (``签约总额1 08.6`` ⏎ ``亿元``).
_SPLIT_FIGURE_RE = re.compile(f"(?<=[{HAN}])\\d{{1,3}}( )\\d{{1,3}}"
                              "(?=(?:\\.\\d+)?\\n?[户家个项人名亿万元吨亩台辆套%])")


def split_figures(text: str) -> list[tuple[int, int]]:
    """Single blanks inside a number of running text between a word and its counter
    (``培育专精特新企业2 0户``): PDF noise, never two numbers (those have a mark between)."""
    if " " not in text:
        return []
    found = [m.span(1) for m in _SPLIT_FIGURE_RE.finditer(text)]
    return _standing_in_text(text, found) if found else []


#: A figure set out digit by digit inside running text, a word before it and its unit after it
#: (``技工贸总收入 3 1 2 . 5亿元``, ``增长 1 2 . 6 %``): three tokens or more apart by one blank each.
_SPACED_DIGITS_RE = re.compile(f"(?<=[{HAN}])( ?)(\\d(?: [\\d.]){{2,}})( ?)"
                               "(?=[万亿]?元|%|[万亿](?:元|吨|人|户|千瓦时)|[个户家项人名吨亩台辆套])")


def spaced_digits(text: str) -> list[tuple[int, int]]:
    """Blanks of a figure set out digit by digit in running text between a word and its unit
    (``经开区实现技工贸总收入 3 1 2 . 5亿元``): one token in print, never a list of numbers (a
    list has marks between).  The figure's first and last tokens are digits; the line holds a
    sentence end."""
    if " " not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _SPACED_DIGITS_RE.finditer(text):
        digits = m.group(2)
        if digits[-1] == "." or not in_sentences(text, m.start(2), m.end(2)):
            continue
        for g in (1, 3):
            if m.group(g):
                out.append(m.span(g))
        base = m.start(2)
        out.extend((base + k, base + k + 1) for k, c in enumerate(digits) if c == " ")
    return out


def _standing_in_text(text: str, found: list[tuple[int, int]], gated: bool = False,
                      wrapped: bool = False, opening: bool = False) -> list[tuple[int, int]]:
    """The stray-space spans ``found`` (see :func:`_is_stray`) that stand in running text.

    On a page past the density gate (``gated``) a parenthesised group keeps its blanks only when
    it names a role or a credit (``（记者 某某）``): ``（自 贡）`` is a word the noise cut.  With
    ``wrapped``, a line of a narrow column that a paragraph goes on from (:func:`in_sentences`:
    ``由某某燃 气有限公司投资9.6亿元`` between two lines of the paragraph) counts as running text
    too, though it holds no clause mark; with ``opening`` also a line of such a column opening a
    paragraph (:func:`_opens_column_paragraph`), for the lone blanks of a page below the gate."""
    spans: list[tuple[int, int]] = []
    verdicts: dict[int, tuple[bool, int, list[tuple[int, int]]]] = {}
    for a, b in found:
        ls = text.rfind("\n", 0, a) + 1
        if ls not in verdicts:
            le = text.find("\n", b)
            raw = text[ls:le if le >= 0 else len(text)]
            line = raw.strip()
            lead = ls + len(raw) - len(raw.lstrip())
            spaced = letter_spaced(line)
            ok = spaced or (not (is_heading_marker(line) or is_credit(line)
                                 or (gated and _deck_line(text, ls, le, line)))
                            and (is_running_text(line) or _leads_a_list(line)
                                 or (wrapped and in_sentences(text, a, b) and not _DAY_THEN_BLANK.search(line)
                                     and (continued_from_above(text, ls) or _opens_wrapped_clause(line)
                                          # (a line running on into the tail of a word it cut: ``某镇
                                          # 正在推进某某 景区索道项目前期工`` ⏎ ``作，…``)
                                          or (le >= 0 and len(line) >= _WRAPPED_LINE
                                              and word_tail_opens(text, le + 1))
                                          or (opening and _opens_column_paragraph(text, ls, le, line)))))
                            and not (may_be_table(line) and is_table_line(line)))  # a table's header
            protected: list[tuple[int, int]] = []
            if ok and not spaced:  # protected spans only matter on lines whose spaces may go
                protected = [(lead + m.start(), lead + m.end()) for m in _NAME_GROUP_RE.finditer(line)
                             if not gated or _BYLINE_GROUP_RE.search(m.group())]
                d = _DATELINE_RE.match(line)
                if d:
                    protected.append((lead, lead + d.end()))
            verdicts[ls] = (ok, lead, protected)
        ok, _lead, protected = verdicts[ls]
        if ok and not any(p <= a < q for p, q in protected):
            spans.append((a, b))
    return spans


#: A full day and a blank after it: a running head printed inside the page (``某某日报 2025年11月4日
#: 县域经济 3``), whose blanks are its fields' gaps, not noise.
_DAY_THEN_BLANK = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]")


def _column_paragraph_openings(text: str, found: list[tuple[int, int]],
                               spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """On a page past the density gate, the lone blanks of a column's line opening a paragraph right
    under a closed sentence (``…25万吨。`` ⏎ ``与渔港配套的某某精深加工 园项目已于1`` ⏎ ``0月开工，…``,
    see :func:`_opens_column_paragraph`) that ``spans`` (the blanks standing in running text) left:
    one blank alone on its line, the line with no colon (``某县:古城人气旺 项目底气足`` is a title)."""
    out = []
    for a, b in _standing_in_text(text, found, gated=True, wrapped=True, opening=True):
        if (a, b) in spans or b - a != 1:
            continue
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", b)
        line = text[ls:le if le >= 0 else len(text)].strip()
        if ":" in line or "：" in line or sum(1 for c in line if c in " \u3000") != 1:
            continue
        out.append((a, b))
    return out


def _opens_wrapped_clause(line: str) -> bool:
    """A line of a narrow column that a sentence starts in and runs on from: a clause closes inside
    it and the line stops inside the next one (``在某街道，某某陶瓷 文化产业园项目今年``)."""
    return len(line) >= _WRAPPED_LINE and line[-1] not in _LINE_CLOSERS \
        and not _LINE_MARKS.isdisjoint(line[:-1])


#: The longest deck (a line under a title with the news's figures and scope).
_DECK_MAX = 40
#: Marks of a sentence or clause a deck does not hold (it lists with ``、`` only).
_DECK_MARKS_RE = re.compile("[，,；;。！？!?：:]")


def _deck_line(text: str, ls: int, le: int, line: str) -> bool:
    """True for a deck, a short line alone between blank lines that lists with ``、`` but holds no
    other clause or sentence mark (``总投资9.6亿元 涵盖甲、乙、丙等领域``): a title's parts, apart by
    the blank, no running text (a narrow column's line stands inside its paragraph)."""
    if len(line) > _DECK_MAX or _DECK_MARKS_RE.search(line):
        return False
    alone_above = ls <= 1 or text.startswith("\n\n", ls - 2)
    return alone_above and (le < 0 or le + 1 >= len(text) or text.startswith("\n\n", le))


#: What a parenthesised group of a byline or credit holds (``（记者 某某 通讯员 某某）``, ``（某某 供稿）``).
_BYLINE_GROUP_RE = re.compile(r"记\s*者|通\s*讯\s*员|实习生|编\s*辑|责编|校对|美编|摄"
                              r"|供稿|供图|报道|撰稿|整理|作者")
#: Cell gaps of a table printed in plain text (two blanks or more, a tab, a bar) and a label's colon.
_CELL_BOUND_RE = re.compile(r"[ \u3000]{2,}|[\t|｜：:]")
#: Lines whose blanks are separators on any page: bylines, editors' lines, meta lines of a portal.
_SEPARATOR_LINE_RE = re.compile(r"记\s*者|通\s*讯\s*员|编\s*辑|责编|校对|美编|摄影|作者|浏览|字号|字体")


def gated_line_blanks(text: str, found: Spans, spans: Spans) -> Spans:
    """On a page past the density gate, the single blanks between two Han characters of lines
    that are not running text (titles, labels, table rows and cells), when they cut a word:
    a character stranded between blanks (``某某物流枢纽 项 目``), a word split (``集 中签约``),
    or any blank of a table cell or a label's value holding a piece longer than a name
    (``某某县人参 精深加工项目`` after ``项目名称：``).  A title's part separator between two words
    (``集中签约 总投资23亿元``), names spread in short cells (``王 强``) and bylines keep theirs.
    ``found`` are the stray candidates, ``spans`` those already taken in running text."""
    taken = set(spans)
    out: Spans = []
    verdicts: dict[int, bool] = {}
    for a, b in found:
        if (a, b) in taken or b - a != 1 or text[a] != " " \
                or not (_HAN_CHAR.match(text[a - 1]) and _HAN_CHAR.match(text[b])):
            continue
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", b)
        le = len(text) if le < 0 else le
        if ls not in verdicts:
            line = text[ls:le].strip()
            verdicts[ls] = not (is_credit(line) or letter_spaced(line) or _SEPARATOR_LINE_RE.search(line))
        if not verdicts[ls]:
            continue
        bounds = [m.span() for m in _CELL_BOUND_RE.finditer(text, ls, le)]
        cs = max([e for _s, e in bounds if e <= a], default=ls)
        ce = min([s for s, _e in bounds if s >= b], default=le)
        left, right = text[cs:a], text[b:ce]
        group = _NAME_GROUP_RE.search(text, cs, ce)
        if group and group.start() < a < group.end() and _BYLINE_GROUP_RE.search(group.group()):
            continue
        lt, rt = left.split(" ")[-1], right.split(" ")[0]
        if (len(lt) == 1 and lt not in _NUMERALS) or (len(rt) == 1 and rt not in _NUMERALS | _CREDIT_TAILS):
            out.append((a, b))
            continue
        cell = bool(bounds) and (cs > ls or ce < le)
        if cell and max(map(len, (left + " " + right).split())) > _LIST_PIECE:
            out.append((a, b))
        elif cuts_a_word("".join(left.split()), "".join(right.split())):
            out.append((a, b))
        elif _CLAUSE_MARKS_RE.search(left) and splits_subject(left, right):
            out.append((a, b))  # a narrow column's piece of a sentence (``，项目 达产后…``)
    return out


#: Clause marks showing a line to be a piece of a sentence a narrow column cut.
_CLAUSE_MARKS_RE = re.compile("[，,；;。]")


def _leads_a_list(line: str) -> bool:
    """A sentence ending in a colon that opens a list (``签约仪式上，6个项目进行了现场签约：``):
    a clause mark inside it, so no label (``地址：``) or title."""
    return line.endswith(("：", ":")) and any(c in "，,；;" for c in line)


Spans = list[tuple[int, int]]


def spaced_line_rest(text: str, runs: Spans, spans: Spans) -> Spans:
    """In letter-spaced lines holding stray ``spans``, the single blanks between digits and signs too.

    ``7 . 2 亿 元 , 新 增 6 0 0 个`` keeps ``7 . 2`` and ``6 0 0`` after the Chinese
    spaces go; in a line spaced out letter by letter those blanks are noise as well
    (never between two Latin letters, where a word gap may stand).
    """
    starts = {text.rfind("\n", 0, a) + 1 for a, _b in spans}
    out: list[tuple[int, int]] = []
    taken = set(spans)
    for ls in starts:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        line = text[ls:le].strip()
        if not (letter_spaced(line) or figures_spaced(line)):
            continue
        for a, b in runs:
            if ls < a and b < le and b - a == 1 and (a, b) not in taken \
                    and not (text[a - 1].isascii() and text[a - 1].isalpha()
                             and text[b].isascii() and text[b].isalpha()):
                out.append((a, b))
    return out


def title_tail_spaces(text: str, found: Spans, spans: Spans) -> Spans:
    """On a page with stray spaces, the one before a title's last word of one or two characters
    (``…重大项目集中签约 仪式``): a word cut by the noise, not a separator between two phrases
    (``以链为纲 做强县域工业`` keeps its space).  ``found`` are the stray candidates, ``spans`` those
    standing in running text."""
    taken = set(spans)
    out: Spans = []
    n = len(text)
    for a, b in found:
        if (a, b) in taken or b - a != 1 or not (b + 2 >= n or text[b + 1] == "\n" or text[b + 2] == "\n"):
            continue
        le = text.find("\n", b)
        ls = text.rfind("\n", 0, a) + 1
        line = text[ls:n if le < 0 else le].rstrip()
        tail = text[b:n if le < 0 else le].rstrip()
        head = line[:a - ls].split()
        if 1 <= len(tail) <= 2 and all(map(is_chinese, tail)) and head and len(head[-1]) >= 4 \
                and len(line) <= 40 and not is_running_text(line):
            out.append((a, b))
    return out


#: A section head of a report letter-spaced by its typesetting (``一、综  合``, ``二、工　业``):
#: an outline number, then two to four characters apart by blanks, alone on its line.
_SPACED_SECTION_RE = re.compile(rf"^[ \t\u3000]*[一二三四五六七八九十]{{1,3}}、"
                                rf"[{HAN}](?:[ \u3000]+[{HAN}]){{1,3}}[ \t\u3000]*$", re.M)
_INNER_BLANKS_RE = re.compile("[ \u3000]+")
#: What every :data:`_SPACED_SECTION_RE` match holds (``、``, a character, a blank), found by a
#: plain scan for ``、`` (the full pattern, opening on a line start, is tried at every position).
_SPACED_SECTION_GATE = re.compile(rf"、[{HAN}][ \u3000]")


def spaced_section_heads(text: str) -> list[tuple[int, int]]:
    """The blanks inside letter-spaced section heads (``一、综  合`` → ``一、综合``), on any page."""
    out: list[tuple[int, int]] = []
    gate = _SPACED_SECTION_GATE.search(text)
    if gate is None:
        return out
    # no head starts before the line of the first place the gate matched
    for m in _SPACED_SECTION_RE.finditer(text, text.rfind("\n", 0, gate.start()) + 1):
        mark = text.index("、", m.start()) + 1
        end = len(text[:m.end()].rstrip(" \t\u3000"))
        out.extend(x.span() for x in _INNER_BLANKS_RE.finditer(text, mark, end))
    return out


#: Credit words a name is followed by (``记者 某某 摄``): a one-character token there is no split word.
_CREDIT_TAILS = frozenset("摄文图")
#: Numerals a list of items is made of (``一、二、三 产业``): one alone is no piece of a word.
_NUMERALS = frozenset("一二三四五六七八九十")


_HAN_CHAR = re.compile(f"[{HAN}]")


def _han_run(text: str, i: int, step: int) -> int:
    """How many Han characters (no punctuation) follow each other from ``i`` on, going by ``step``."""
    n = 0
    while 0 <= i < len(text) and _HAN_CHAR.match(text[i]):
        n += 1
        i += step
    return n


def stranded_characters(text: str, spans: Spans) -> Spans:
    """Below the density gate, the single spaces of running text that strand one character of a
    word (``，同 比增长9.3%``, ``、生 物医药等领域``): Chinese words run without spaces, and a
    character alone between a clause mark and a space belongs to the word after it (or a lone
    one after a word, to the word before).  ``spans`` are stray candidates standing in running
    text; names apart by spaces (two characters or more each) keep theirs."""
    out: Spans = []
    for a, b in spans:
        if b - a != 1 or text[a] not in _LONE_BLANKS or not (_HAN_CHAR.match(text[a - 1])
                                                           and _HAN_CHAR.match(text[b])):
            continue
        left, right = _han_run(text, a - 1, -1), _han_run(text, b, 1)
        lone = text[a - 1] if left == 1 else text[b] if right == 1 else None
        if lone is None or lone in _CREDIT_TAILS or lone in _NUMERALS:
            continue
        if in_sentences(text, a, b):
            out.append((a, b))  # (a line of sentences, not a label: ``一、二、三 产业`` keeps its space)
    return out


#: Shortest line of a wrapped paragraph (a column's width) whose sentence ends on a later line.
_WRAPPED_LINE = 16
#: A running head (paper, date, page: ``某某日报  2025年1月9日  第2版``) a page turn may set between
#: two lines of a paragraph; at most :data:`_HEAD_MAX` characters.
_RUNNING_HEAD_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日.*第\s*[A-Z]?\d{1,3}\s*版"
                              r"|第\s*[A-Z]?\d{1,3}\s*版.*\d{4}年\d{1,2}月\d{1,2}日")
_HEAD_MAX = 40


def in_sentences(text: str, a: int, b: int) -> bool:
    """True when the blank ``text[a:b]`` stands in a line of sentences: the line holds a sentence
    end, or it is a piece of a paragraph a column wrapped (at least 16 characters, no run of
    blanks, going straight on in the next lines up to running text within three lines), not a
    label, a title or a table row."""
    ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    line = text[ls:le if le >= 0 else len(text)]
    if has_sentence_end(line):
        return True
    if le < 0 or len(line) < _WRAPPED_LINE or "  " in line or "\u3000" in line:
        return False
    for _ in range(3):
        nxt_end = text.find("\n", le + 1)
        nxt = text[le + 1:nxt_end if nxt_end >= 0 else len(text)]
        if nxt_end >= 0 and "版" in nxt and len(nxt) <= _HEAD_MAX and _RUNNING_HEAD_RE.search(nxt):
            le = nxt_end  # a running head a page turn set inside the paragraph: the text goes on after it
            continue
        if not nxt.strip() or "  " in nxt or is_heading_marker(nxt):
            return False
        if has_sentence_end(nxt) or is_running_text(nxt):
            return True
        if nxt_end < 0:
            return False
        le = nxt_end
    return False


#: Marks a line closing a unit ends with (a sentence, a label, a quote or bracket).
_LINE_CLOSERS = frozenset("。！？!?：:”’」』）)》…—")
_LINE_MARKS = frozenset("，,、；;。！？!?")


def _opens_column_paragraph(text: str, ls: int, le: int, line: str) -> bool:
    """A line of a narrow column opening a paragraph right under the sentence that closed the one
    before (no blank line between) and running on into the next line with no clause mark of its own
    (``…其中工业项目7个。`` ⏎ ``主会场的年产5万吨高端铸造件 项目由某公司投资`` ⏎ ``9.6亿元建设,…``):
    running text, as a title never stands right under a sentence."""
    if ls < 2 or le < 0 or len(line) < _WRAPPED_LINE or line[-1] in _LINE_CLOSERS:
        return False
    a0 = text.rfind("\n", 0, ls - 1) + 1
    above = text[a0:ls - 1].strip()
    below = text[le + 1:text.find("\n", le + 1) if text.find("\n", le + 1) >= 0 else len(text)].strip()
    if not above or above[-1] not in "。！？" or len(below) < 4 or _LINE_MARKS.isdisjoint(below) \
            or below.startswith(("本报", "记者", "通讯员", "(", "（", "【")) or _DATELINE_RE.match(below):
        return False
    # (the sentence above closes a paragraph of the column: a long line, or the tail of one)
    return (len(above) >= _WRAPPED_LINE and not _LINE_MARKS.isdisjoint(above[:-1])) \
        or continued_from_above(text, a0)


def continued_from_above(text: str, ls: int) -> bool:
    """True when the line starting at ``ls`` goes on a paragraph from the line above: that line is
    a piece of running text (a clause or sentence mark in it, at least :data:`_WRAPPED_LINE`
    characters) stopping inside a sentence.  A title under a label (``某县：`` ⏎ ``甲 乙``) is not."""
    if ls < 2:
        return False
    above = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].strip()
    return len(above) >= _WRAPPED_LINE and above[-1] not in _LINE_CLOSERS \
        and not _LINE_MARKS.isdisjoint(above)


#: What bounds a clause around a blank: clause and sentence marks, brackets and quotes.
_CLAUSE_BOUND = frozenset("，,。；;：:、！？!?（）()【】“”「」《》\n")
#: Role and credit words: a blank after them (``记者 某某``) or a name before ``摄`` is a separator.
_CREDIT_WORDS = ("记者", "通讯员", "实习生", "编辑", "责编", "校对", "美编", "摄影", "作者", "讯", "电")


def _clause_around(text: str, a: int, b: int) -> tuple[int, int]:
    """Bounds of the clause holding the blank ``text[a:b]`` (between clause marks, brackets or line ends)."""
    i = a
    while i > 0 and text[i - 1] not in _CLAUSE_BOUND:
        i -= 1
    j = b
    n = len(text)
    while j < n and text[j] not in _CLAUSE_BOUND:
        j += 1
    return i, j


#: The blanks :func:`lone_blanks` looks at: a space, or the no-break and ideographic spaces of
#: text copied from web pages (``项目\u3000已进入``).
_LONE_BLANKS = frozenset(" \u00a0\u3000")


#: A works' name told by its capacity, cut by a blank before its noun and what the sentence says of it
#: (``年产5万吨高端铸造件 项目由某公司投资…``): the blank stands inside the name.
_CAPACITY_HEAD = re.compile(r"年产(?:能)?[\d.]+[万亿]?[\u4e00-\u9fff]")
_WORKS_TOLD = re.compile(r"(?:项目|工程)(?:由|总投资|计划总投资|位于|于\d|占地|已|将|正在|预计|计划)")


def lone_blanks(text: str, spans: Spans) -> Spans:
    """Below the density gate, a single blank of running text that cuts a word in two
    (``将建设茶 叶冷链仓储中心``, ``、现代煤 化工、``): Chinese sentences have no blanks, and one
    standing inside a word is a PDF slip.  Whether the blank falls inside a word is asked of
    a word segmenter (``rjieba``, loaded on the first candidate) on the blank's clause written
    without it; a space between two words (``新开工 项目``, ``王建国 李明华``) stays, a no-break
    or ideographic space goes there too (``乙烯项目\u3000已进入``: pasted web text, where no
    writer puts one).  A role or dateline before the blank (``记者 某某``), a credit
    (``某某 摄``) and a title in square brackets keep it.  ``spans`` are the stray candidates
    standing in running text."""
    out: Spans = []
    for a, b in spans:
        if b - a != 1 or text[a] not in _LONE_BLANKS or not (_HAN_CHAR.match(text[a - 1])
                                                           and _HAN_CHAR.match(text[b])):
            continue
        if not in_sentences(text, a, b):
            continue
        cs, ce = _clause_around(text, a, b)
        left, right = text[cs:a], text[b:ce]
        if ce < len(text) and text[ce] == "\n" and text[ce + 1:ce + 2].strip():
            right += text[ce + 1:_clause_around(text, ce + 1, ce + 1)[1]]  # a clause a wrap cut
        if cs and text[cs - 1] == "\n" and cs >= 2 and text[cs - 2].strip():
            left = text[_clause_around(text, cs - 1, cs - 1)[0]:cs - 1] + left
        if any(c.isspace() for c in left) or any(c.isspace() for c in right):
            if not _scattered_blanks(left, right):
                continue  # several blanks in one clause: names or labels apart by blanks
            left, right = "".join(left.split()), "".join(right.split())
        if left.endswith(_CREDIT_WORDS) or right.endswith(tuple(_CREDIT_TAILS)) or "摄" in right[:5]:
            continue
        if (cs and text[cs - 1] == "【") or (ce < len(text) and text[ce] == "】"):
            continue  # a title in square brackets (``【甲项目投产 乙项目开工】``)
        if text[a] != " " or cuts_a_word(left, right) \
                or (len(left) >= _SUBJECT_LEN and _PREDICATE_OPENS.match(right)) \
                or (len(left) >= 2 and _FIRM_TAIL_RE.match(right)) \
                or (_CAPACITY_HEAD.search(left) and _WORKS_TOLD.match(right)) \
                or splits_subject(left, right):
            out.append((a, b))  # a wide or no-break blank alone inside a sentence is no separator
    return out


#: Nouns of the works a sentence speaks of, and a step of the works opening the predicate right
#: after them (``项目 达产后``, ``工程 全面竣工``): a blank between them splits subject and verb
#: of one clause, where no list or label puts one.
_WORKS_NOUNS = ("项目", "工程")
_WORKS_STEP_RE = re.compile(r"(?:全面|全部|正式)?(?:达产|达效|投产|建成|竣工|完工|开工|投运|投用|落地)")

#: The head noun of a works' name with its predicate going on (``项目由某公司投资``, ``工程位于…``): a
#: blank before it in a sentence cuts the name (a stage word before it, ``新开工 项目``, is a label).
#: (the kind of works may open it, one character cut off its name: ``某某精深加工 园项目已于10月开工``,
#: ``某某饲料加 工厂项目由…``)
_WORKS_HEAD_RE = re.compile(r"(?:[园厂馆站库]|基地|中心)?(?:项目|工程)"
                            r"(?:由|位于|总投资|计划|占地|于|已|将|建成|主要)")

#: A person's post right before the name in running text (``副总经理``, ``董事长``, ``负责人``).
_POSTS_RE = re.compile(r"(?:经理|董事长|总裁|总监|主任|书记|负责人|厂长|局长|处长|科长|所长|站长|院长"
                       r"|馆长|部长|队长|社长|主席|县长|市长|镇长|乡长|村长|工程师|技术员)$")
#: Two given-name characters, alone in their clause or before a verb of speech.
_GIVEN_NAME_RE = re.compile(f"[{HAN}]{{2}}(?:告诉|表示|介绍|说|坦言|指出|谈到|算了|笑着|$)")


def splits_subject(left: str, right: str) -> bool:
    """True when the blank between ``left`` and ``right`` parts the works from the step opening
    their predicate (``项目 达产后``), or a surname after a post from a given name of two
    (``副总经理白 宏伟告诉记者``, ``厂长孙 建华表示``), as PDF text cuts a clause or a name."""
    if left.endswith(_WORKS_NOUNS):
        return bool(_WORKS_STEP_RE.match(right))
    if len(left) >= _SUBJECT_LEN and _WORKS_HEAD_RE.match(right) and _HAN_CHAR.match(left[-1]) \
            and not _WORKS_STEP_RE.search(left[-4:]):
        return True  # 年产5万吨高端铸造件 项目由…投资: a works' name cut before its head noun
    return len(left) >= 3 and left[-1] in COMMON_SURNAMES and bool(_POSTS_RE.search(left[:-1])) \
        and bool(_GIVEN_NAME_RE.match(right))


#: The legal form closing a firm's name (``…有限公司``, ``…股份有限公司``): a blank before it in a
#: sentence cuts the name (``某某冷链物流 有限公司``), no two words apart.
_FIRM_TAIL_RE = re.compile(r"(?:股份)?有限(?:责任)?公司")


#: Words opening a predicate with its time or plan (``预计8月封顶``, ``计划年底投产``, ``有望…``,
#: ``正在…``): a blank right before one, after a subject of some length (``主体结构 预计8月封顶``),
#: splits a sentence, no list or label.
_PREDICATE_OPENS = re.compile(r"(?:预计|计划于|计划在|有望|将于|已于|正在|力争|争取)")
#: Shortest subject before such a blank (a name and a role, ``记者 某某``, are shorter or credited).
_SUBJECT_LEN = 4


#: Longest piece between blanks that a list of names or short labels holds.
_LIST_PIECE = 4


def _scattered_blanks(left: str, right: str) -> bool:
    """True when the blanks of a clause are strays scattered through running text, not the
    separators of a list (``王建国 李明华 张伟``, ``一期 二期 三期``): the clause holds a piece
    between blanks longer than a name or label, and no blank stands next to a digit or a Latin
    letter (``G318 国道``), and none follows a dateline or a role (``本报讯 …``, ``记者 …``)."""
    pieces = (left + " " + right).split()
    if max(map(len, pieces)) <= _LIST_PIECE:
        return False
    clause = left + " " + right
    for m in re.finditer(r"\s+", clause):
        x, y = m.start(), m.end()
        if (x and clause[x - 1].isascii()) or (y < len(clause) and clause[y].isascii()) \
                or clause[:x].endswith(_CREDIT_WORDS):
            return False  # a figure or a Latin word, or a dateline or role before its blank
    return True


def cuts_a_word(left: str, right: str) -> bool:
    """True when ``left + right`` read as one text has a word across the point between them."""
    from rjieba import cut  # a word segmenter, loaded only when a lone blank is looked at

    pos = 0
    for token in cut(left + right):
        pos += len(token)
        if pos >= len(left):
            return pos > len(left)
    return False


#: Shortest table cell whose inner blank is looked at (shorter ones are names spread to align).
_MIN_CELL = 5
_CELL_SEP_RE = re.compile(r"[ \t\u3000]{2,}|\t")


#: A credit cell of a closing credits line (``记者：王瑞 雷佳  编辑：某某``): its blanks part names.
_CREDIT_CELL_RE = re.compile(r"(?:记者|通讯员|实习生|责任编辑|编辑|责编|校对|美编|摄影|摄像|作者|审核)"
                             r"[:：\s]")


def table_cell_blanks(text: str, found: Spans) -> Spans:
    """In a table printed in plain text (cells apart by two blanks or more), a single blank inside
    a cell that cuts a word in two (``…绒山羊精深加 工项目``): a cell holds one name or figure,
    and a PDF put the blank there.  Cells of fewer than five characters (names spread to the
    width of a column, ``王 强``), cells holding other blanks and the names of a credit
    (``记者：王瑞 雷佳``) keep theirs."""
    out: Spans = []
    for a, b in found:
        if b - a != 1 or text[a] not in _LONE_BLANKS or not (_HAN_CHAR.match(text[a - 1])
                                                           and _HAN_CHAR.match(text[b])):
            continue
        ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", b)
        line_end = le if le >= 0 else len(text)
        seps = [m.span() for m in _CELL_SEP_RE.finditer(text, ls, line_end)]
        if not seps:
            continue
        cs = max([e for _s, e in seps if e <= a], default=ls)
        ce = min([s for s, _e in seps if s >= b], default=line_end)
        left, right = text[cs:a], text[b:ce]
        if len(left) + len(right) < _MIN_CELL or " " in left or " " in right:
            continue
        if _CREDIT_CELL_RE.match(left):
            continue  # 记者：王瑞 雷佳: two names of a credit, no word cut
        if cuts_a_word(left, right):
            out.append((a, b))
    return out


#: Head nouns of an event or a works that never stand alone as a part of a title (``…集中签约 仪式``).
_TITLE_HEAD_NOUNS = frozenset(("仪式", "活动", "大会", "典礼", "会议", "项目", "工程"))


def title_noun_tails(text: str, found: Spans) -> Spans:
    """On any page, the blank before a title's last word when that word is a head noun of an event or
    works (``…重大项目集中签约 仪式``, ``…开工 活动``): a title's part never is such a noun alone, so the
    blank cuts a phrase (``以链为纲 做强县域工业`` keeps its separator).  ``found`` are the stray
    candidates."""
    out: Spans = []
    n = len(text)
    for a, b in found:
        if b - a != 1 or text[b:b + 2] not in _TITLE_HEAD_NOUNS or not (b + 2 >= n or text[b + 2] == "\n"):
            continue
        ls = text.rfind("\n", 0, a) + 1
        line = text[ls:b + 2].strip()
        head = line[:a - ls].split()
        if head and len(head[-1]) >= 4 and is_chinese(text[a - 1]) and len(line) <= 40 \
                and not is_running_text(line) and not has_sentence_end(line):
            out.append((a, b))
    return out


#: After a blank that follows a figure: the figure's unit (``6.2 亿元``, ``18 %``), or the last three
#: digits of a number grouped by thousands and then its unit (``36 218元``, ``1 250万元``).
_FIGURE_TAIL_RE = re.compile(r"(?:[万亿]?元|%|‰|[万亿]"
                             # (a measure's unit: ``新增产能3000 吨``, ``项目46 个``)
                             r"|(?:吨|个|人次|户|家|亩|台|套|辆|座|栋|公里|平方米|立方米|千瓦时|千瓦|头|件)"
                             r"(?=[\u4e00-\u9fff，。；、,;）)])"
                             r"|\d{3}(?![\d.])(?:[万亿]?元|万|亿|人|户|家|个|吨|平方米|亩))")


#: A measure's noun closing the words before a figure (``发电量``, ``销售额``, ``产值``, ``收入``).
_MEASURE_END = re.compile(r"(?:量|额|值|收入|投资|面积|人数|总数|规模|容量)$")
#: A figure with its unit right after a blank (``9.8亿千瓦时``, ``126万吨``, ``8.6%``).
_FIGURE_AFTER = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:[\u4e00-\u9fff]|%)")


def measure_blanks(text: str, runs: Spans) -> Spans:
    """On any page, a single blank between a measure and its figure in running text
    (``今年1—10月发电量 9.8亿千瓦时``): a statistic is printed as one run, the blank is a PDF slip.
    The clause must hold no other blank (names and labels apart by blanks keep theirs), and a
    line without a sentence mark (a masthead, a table) keeps its blanks."""
    out: Spans = []
    for a, b in runs:
        if b - a != 1 or text[a] != " " or a == 0 or not _HAN_CHAR.match(text[a - 1]) \
                or not _FIGURE_AFTER.match(text, b):
            continue
        cs, ce = _clause_around(text, a, b)
        if not _MEASURE_END.search(text, cs, a) or any(c.isspace() for c in text[cs:a] + text[b:ce]):
            continue
        ls, le = text.rfind("\n", 0, a) + 1, text.find("\n", b)
        if has_sentence_end(text[ls:le if le >= 0 else len(text)]):
            out.append((a, b))
    return out


def figure_blanks(text: str, runs: Spans) -> Spans:
    """On any page, a blank of one or two spaces inside a figure of running text: between its digits
    and its unit (``6.2 亿元``) or between the thousands of a number (``36 218元``).  A figure is one
    token in Chinese print; the blank is a PDF slip or a grouping space.  Lines without a sentence
    mark (tables, mastheads) keep their blanks, and so does a longer group before the blank
    (``2024 150元``: two numbers)."""
    out: Spans = []
    for a, b in runs:
        if b - a > 2 or a == 0 or not text[a - 1].isdigit() or text[a:b].strip(" "):
            continue
        m = _FIGURE_TAIL_RE.match(text, b)
        if m is None:
            continue
        if m.group(0)[0].isdigit():
            i = a
            while i > 0 and text[i - 1].isdigit():
                i -= 1
            if a - i > 3 or (i > 0 and text[i - 1] in ".,，"):
                continue  # not the first group of a number written in thousands
        if in_sentences(text, a, b):
            out.append((a, b))
    return out


#: Marks a line of running text ends a unit with (a sentence, a clause before a list, a quote).
_UNIT_ENDS = frozenset("。！？；：!?;:”’」』）)》…—")
_NEWLINES_RE = re.compile("\n\n+")
#: Fewest lines of a loosely spaced page, and lines cut mid-sentence that show its wrap.
_LOOSE_MIN_LINES = 8
_LOOSE_MIN_CUTS = 3


def loose_line_gaps(text: str) -> Spans:
    """On a page printed loosely spaced (a blank line after every line, as some PDF text comes
    out), the line breaks to delete so that the blank lines are halved: a paragraph's lines
    follow each other again and a blank line parts paragraphs.

    The page holds eight lines or more, hardly two of them in a row (one pair in twenty), and
    at least three lines of running text cut mid-sentence or rows of a table before a single
    blank line (and the next row after it), a fifth of those gaps or more (a page of one-line
    paragraphs apart by blank lines is no such page)."""
    if text.count("\n\n") < _LOOSE_MIN_LINES or 3 * text.count("\n\n") < text.count("\n"):
        return []
    lines = text.split("\n")
    nonempty = [k for k, line in enumerate(lines) if line.strip()]
    if len(nonempty) < _LOOSE_MIN_LINES:
        return []
    pairs = list(zip(nonempty, nonempty[1:]))
    adjacent = sum(1 for i, j in pairs if j == i + 1)
    single = [(i, j) for i, j in pairs if j == i + 2]
    if 20 * adjacent > len(pairs) or not single:
        return []
    cuts = 0
    for i, j in single:
        line = lines[i].strip()
        if line[-1] not in _UNIT_ENDS and is_running_text(line):
            cuts += 1
        elif may_be_table(line) and is_table_line(line) and is_table_line(lines[j].strip()):
            cuts += 1  # two rows of a table apart by a blank line
    if cuts < _LOOSE_MIN_CUTS or 5 * cuts < len(single):
        return []
    out: Spans = []
    for m in _NEWLINES_RE.finditer(text):
        k = m.end() - m.start()
        if m.start() and m.end() < len(text):
            out.append((m.start(), m.start() + k - (k + 1) // 2))
    return out


def chinese_chars(text: str) -> int:
    """How many non-ASCII characters ``text`` holds (the density gate's denominator)."""
    return len(text) - len(text.encode("ascii", "ignore"))


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Trim line ends everywhere; remove stray inner spaces on pages that show the noise; halve
    the blank lines of a loosely spaced page."""
    text = step.text
    loose = loose_line_gaps(text) if "\n\n" in text else []
    runs = space_runs(text)
    if not runs:
        if loose:
            step.delete_spans(loose)
        return
    edits = line_end_runs(text, runs) + loose
    min_count = options.get("min_count", 3)
    min_per_mille = options.get("min_per_mille", 1.0)
    found = [(a, b) for a, b in runs if _is_stray(text, a, b)]
    # the gate is checked on the candidates first: the spans kept are among them
    gated = False
    if len(found) >= min_count:
        chars = max(1, chinese_chars(text))
        if len(found) * 1000 / chars >= min_per_mille:
            # (a line of a narrow column going on a paragraph counts as running text on such a page
            # too: ``在某街道，某某陶瓷 文化产业园项目今年`` holds one comma and no full stop)
            spans = _standing_in_text(text, found, gated=True, wrapped=True)
            if len(spans) >= min_count and len(spans) * 1000 / chars >= min_per_mille:
                gated = True
                edits.extend(spans)
                edits.extend(_column_paragraph_openings(text, found, spans))
                edits.extend(spaced_line_rest(text, runs, spans))
                edits.extend(title_tail_spaces(text, found, spans))
                edits.extend(gated_line_blanks(text, found, spans))
    if not gated and found:
        standing = _standing_in_text(text, found, wrapped=True)
        edits.extend(stranded_characters(text, standing))
        opening = _standing_in_text(text, found, wrapped=True, opening=True)
        edits.extend(split_words(text, found))
        edits.extend(split_rate_phrases(text, found))
        edits.extend(lone_blanks(text, opening))
        edits.extend(title_noun_tails(text, found))
    if not gated and found and "  " in text:
        edits.extend(table_cell_blanks(text, found))
    edits.extend(split_figures(text))
    edits.extend(spaced_digits(text))
    edits.extend(figure_blanks(text, runs))
    edits.extend(measure_blanks(text, runs))
    names = spaced_name_edits(text, runs)
    if names:
        edits = [(a, b) for a, b in edits if not any(p <= a and b <= q for p, q in names)] + names
    if "、" in text:
        edits.extend(spaced_section_heads(text))
    wraps = spaced_title_wraps(text, runs) + spread_title_wraps(text)
    if wraps:
        edits = [(a, b) for a, b in edits if not any(p <= a and b <= q for p, q in wraps)] + wraps
    rows = spaced_row_spans(text) if edits else []
    if rows:  # the cell gaps of a single-spaced table's one-line rows stay
        edits = [(a, b) for a, b in edits if not any(p <= a and b <= q for p, q in rows)]
    last = -1
    for start, end in sorted(set(edits)):
        if start >= last:
            step.delete(start, end)
            last = end
