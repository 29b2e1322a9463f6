"""Record patterns and context lookups rewritten for speed answer exactly as first written."""

from __future__ import annotations

import random
import re

from newsmill.core.model import Document, Mention
from newsmill.plugins.extract_batches.regions import LISTED_PLACES
from newsmill.plugins.extract_indicators import PROJECT_SUBJECT
from newsmill.plugins.extract_projects.amounts import CAPACITY_PHRASE, CAPACITY_UNIT
from newsmill.zh.cues import ACTUAL_RE, CLAUSE_ACTUAL_RE, PLAN_RE
from newsmill.zh.recctx import SCOPE_RE, RecordContext, Span
from tests.test_extract_speedups import _place_for_plain

#: The patterns as first written (each branch in its plain form).
PLAN_PLAIN = re.compile(r"力争|争取|确保|计划(?!总?投资)|目标|将|(?<![主重需])要(?!素)|全力|加快")
ACTUAL_PLAIN = re.compile(r"已经|已|成功|累计|先后|日前|近日|截至|(?<!项)目前|正在|举行|了(?![解])")
SCOPE_PLAIN = re.compile(r"(?:全|我|本)(省|市|州(?!县)|盟|县(?!域|城|乡|级))|(省|市)级")
LISTED_PLAIN = re.compile(r"等(?:地(?![产块标])|县区|区县|市县|县市|乡镇)"
                          r"|(?<=[\u4e00-\u9fff])[两二三四五六七八九十](?:个)?(?:市|州|盟|地市)(?![场民长委政])")


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


def test_marks_of_completion_match_as_first_written() -> None:
    assert _agree(ACTUAL_RE, ACTUAL_PLAIN, "已经成功累计目前项了解正在举行甲，", 31) > 20000
    assert ACTUAL_RE.findall("项目前期工作目前已完成了") == ["目前", "已", "了"]
    assert CLAUSE_ACTUAL_RE.pattern.startswith(ACTUAL_RE.pattern)


def test_scope_words_match_as_first_written() -> None:
    assert _agree(SCOPE_RE, SCOPE_PLAIN, "全我本省市州县域城乡级盟区甲，", 13) > 20000
    assert [m.group(1) or m.group(2) for m in SCOPE_RE.finditer("全州县，我县域，本省及市级")] == ["省", "市"]


def test_listed_places_match_as_first_written() -> None:
    assert _agree(LISTED_PLACES, LISTED_PLAIN, "等地产县区市乡镇两三个州盟场A，甲", 17) > 20000
    found = [m.group() for m in LISTED_PLACES.finditer("甲、乙等地，与A、B两市，丙三个州")]
    assert found == ["等地", "三个州"]

SUBJECT_PLAIN = re.compile(r"(?=[项该此])(?:(?<![个批类])项目(?:由|总投资|计划总投资|投资|分[两三四]?期"
                           r"|正在|已于|位于|占地|建成|达产|投产|[一二三]期"
                           r"|[,，](?:投资额|总投资额?|计划投资|合同外资|协议投资|签约额|签约金额|签约资金|使用))"
                           r"|(?:该|此)项目)")


def test_project_subjects_match_as_first_written() -> None:
    rnd = random.Random(29)
    pieces = ["项目", "项", "目", "该", "此", "个", "批", "类", "由", "总投资", "分两期", "正在", "，",
              "投资额", "使用", "二期", "甲"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 7)))
        for k in range(len(text) + 1):
            assert _found(PROJECT_SUBJECT, text, k, len(text)) == _found(SUBJECT_PLAIN, text, k, len(text))
            assert _found(PROJECT_SUBJECT, text, 0, k) == _found(SUBJECT_PLAIN, text, 0, k)
    assert PROJECT_SUBJECT.search("3个项目由甲投资，该项目位于") is not None
    assert [m.start() for m in PROJECT_SUBJECT.finditer("3个项目由甲投资，此项目位于")] == [9]


def test_a_capacity_phrase_always_holds_a_number_and_its_unit() -> None:
    rnd = random.Random(19)
    pieces = ["年产", "电子", "化学品", "10", "5.5", "三", "千", "万", "吨", "兆瓦", "MW", "，", "的",
              "装机容量", "产能", "达", "新建", "冷库", "库容", "立方米", "设计能力", "为", "台", "项目"]
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9)))
        m = CAPACITY_PHRASE.search(text)
        if m is not None:
            matched += 1
            assert CAPACITY_UNIT.search(text, m.start(), m.end()) is not None, text
    assert matched > 100


_LEVELS = ("province", "prefecture", "city", "county", "district", "town", "zone")


def _invented_doc(rnd: random.Random) -> Document:
    """A text of short clauses and lines with places of two cities and organizations over it."""
    text = "".join(rnd.choice("甲乙丙丁，。\n") for _ in range(rnd.randint(20, 90)))
    doc = Document.from_text(text)
    for _ in range(rnd.randint(0, 14)):
        s = rnd.randrange(len(text))
        level = rnd.choice(_LEVELS)
        value = {"level": level, "name": f"地{s}", "city": rnd.choice(["A市", "B市", None]),
                 "province": rnd.choice(["P省", "Q省"])}
        doc.mentions.append(Mention("place", s, min(len(text), s + rnd.randint(1, 4)), value))
    for _ in range(rnd.randint(0, 4)):
        s = rnd.randrange(len(text))
        doc.mentions.append(Mention("org", s, s + rnd.randint(1, 8)))
    for _ in range(rnd.randint(0, 8)):
        s = rnd.randrange(len(text))
        doc.mentions.append(Mention("money", s, s + rnd.randint(1, 5), rnd.randint(1, 9) * 10_000))
    if rnd.random() < 0.8:
        doc.mentions.sort(key=lambda m: m.start)
    return doc


def test_context_lookups_match_their_plain_definitions_on_invented_pages() -> None:
    rnd = random.Random(23)
    checked = 0
    for _ in range(400):
        doc = _invented_doc(rnd)
        ctx = RecordContext(doc)
        n = len(ctx.text)
        for p in range(-1, n + 2):
            assert ctx.in_org(p) == any(o.start <= p < o.end for o in ctx.orgs)
        for start in range(0, n, 3):
            for end in range(start - 2, n + 2, 5):
                assert ctx.figures_in(start, end) == [f for f in ctx.figures if start <= f.start < end
                                                       and f.end <= end]
        for _ in range(20):
            pos = rnd.randint(0, n)
            s0 = rnd.randint(0, pos)
            sent = Span(s0, rnd.randint(pos, n), None) if rnd.random() < 0.7 else None
            exclude = [(m.start, m.end) for m in ctx.places if rnd.random() < 0.2]
            assert ctx.place_for(pos, None, sent, exclude) is _place_for_plain(ctx, pos, None, sent, exclude)
            checked += 1
    assert checked == 8000


def _opens_on_a_character_set(pat: re.Pattern) -> bool:
    """Whether the regex engine can skip to the positions where ``pat`` may start (a literal prefix
    or a set of first characters), as it does for a plain alternation of words."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    tree = _parser.parse(pat.pattern, pat.flags)
    prefix = _compiler._get_literal_prefix(tree, pat.flags)[0]
    return bool(prefix) or _compiler._get_charset_prefix(tree, pat.flags) is not None


def test_the_busiest_record_patterns_open_on_a_character_set() -> None:
    from newsmill.zh.cues import STAGE_RE, TARGET_RE
    from newsmill.zh.projects import _BOUNDARY_RE, _STRONG_RE, NAME_END
    from newsmill.zh.recctx import SENTENCE_ACTUAL_RE

    busy = [STAGE_RE, TARGET_RE, ACTUAL_RE, CLAUSE_ACTUAL_RE, SENTENCE_ACTUAL_RE, PLAN_RE, SCOPE_RE,
            LISTED_PLACES, PROJECT_SUBJECT, NAME_END, _BOUNDARY_RE, _STRONG_RE]
    assert [p.pattern[:30] for p in busy if not _opens_on_a_character_set(p)] == []
    assert not _opens_on_a_character_set(PLAN_PLAIN)  # a look behind opening a branch: every position


def _plan_register_plain(ctx: RecordContext) -> tuple[int, int] | None:
    """The plan register of a text without articles, as first written."""
    plans = list(PLAN_RE.finditer(ctx.text))
    done = len(ACTUAL_RE.findall(ctx.text))
    return plans[0].span() if len(plans) >= 4 and len(plans) > 4 * done else None


def test_plan_registers_match_their_plain_definition() -> None:
    rnd = random.Random(37)
    pieces = ["力争", "确保", "将", "要", "主要", "加快", "已", "目前", "项目前期", "甲", "，", "。"]
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        ctx = RecordContext(Document.from_text(text))
        assert ctx._plan_register(None) == _plan_register_plain(ctx), text
        found += ctx._plan_register(None) is not None
    assert found > 100


def test_addressee_lines_are_the_matches_of_their_pattern() -> None:
    from newsmill.zh.recctx import ADDRESSEE_LINE_RE, addressee_lines

    rnd = random.Random(41)
    found = 0
    for _ in range(4000):
        text = "".join(rnd.choice(["各", "甲", "市", "：", ":", "\n", " ", "\u3000", "。", "部门"])
                       for _ in range(rnd.randint(0, 18)))
        for lo in range(0, len(text) + 1, 2):
            for hi in range(lo, len(text) + 1, 3):
                plain = [m.span() for m in ADDRESSEE_LINE_RE.finditer(text, lo, hi)]
                assert addressee_lines(text, lo, hi) == plain, (text, lo, hi)
                found += len(plain)
    assert found > 300


def test_the_batch_of_a_listed_name_matches_a_scan_of_every_count() -> None:
    from newsmill.plugins.extract_projects.stages import _CLAUSE_MARK, _batch_for
    from newsmill.zh.projects import NameSpan

    def plain(text: str, sent: Span, name: NameSpan, counts: list[tuple[int, int]]) -> int | None:
        best = None
        for start, i in counts:
            if not (sent.start <= start < sent.end and start >= name.end and start - name.end <= 60):
                continue
            between = text[name.end:start]
            listed = "等" in between and not _CLAUSE_MARK.search(between)
            if listed or (name.listed and start - name.end <= 40):
                if best is None or start < best[0]:
                    best = (start, i)
        return best[1] if best else None

    rnd = random.Random(43)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice("甲乙等等，") for _ in range(rnd.randint(1, 130)))
        ctx = RecordContext(Document.from_text(text))
        s0 = rnd.randrange(min(len(text), 10))
        sent = Span(s0, rnd.randint(s0, len(text)), None)
        n0 = rnd.randint(s0, min(sent.end, s0 + 8))
        name = NameSpan(n0, rnd.randint(n0, min(sent.end, n0 + 4)), "甲项目", listed=rnd.random() < 0.5)
        near = [name.end + d for d in (-1, 0, 1, 39, 40, 41, 59, 60, 61)]
        near += [sent.start, sent.end - 1, sent.end]
        starts = [rnd.choice(near) if rnd.random() < 0.7 else rnd.randrange(len(text)) for _ in range(6)]
        counts = sorted((p, i) for i, p in enumerate(starts[:rnd.randint(0, 6)]) if 0 <= p < len(text))
        found = _batch_for(ctx, sent, name, counts)
        assert found == plain(text, sent, name, counts)
        hits += found is not None
    assert hits > 150
