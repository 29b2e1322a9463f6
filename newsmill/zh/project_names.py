"""Normalizing Chinese project names for matching across articles.

``成都生猪良繁保供基地项目`` and ``成都市生猪良繁保供基地项目(一期)`` share the
core ``生猪良繁保供基地``; the second names phase 1.  Phases are kept apart
deliberately: phase 1 and phase 2 are different projects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsmill.zh.brands import TRADE_WORDS
from newsmill.zh.numbers import parse_int

_PHASE = re.compile(
    r"[(（]?\s*(?:第)?([一二三四五六七八九十首\d]{1,3})\s*(?:期|阶段)(?:工程|项目)?\s*[)）]?")
_BRACKETS = re.compile(r"[(（【\[][^()（）【】\[\]]*[)）】\]]")
_NOISE = re.compile(r"[\s\u3000“”\"'‘’《》<>「」『』·•,，、。:：;；!！?？—\-_/]+")
_TRAILING = ("建设项目", "项目", "工程")
_ADMIN_SUFFIX = "省市县区州盟旗"
#: A firm's legal name heading a project's name (``某某科技有限公司年产…项目``): the investor, no part of it.
_FIRM_HEAD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:股份有限公司|有限责任公司|有限公司)")
_MIN_REST = 4
_TRADE_HEAD = re.compile("|".join(sorted(map(re.escape, TRADE_WORDS), key=len, reverse=True)))


@attrs.frozen
class ProjectName:
    """A project name split into its matching core, its phase and the place prefixes removed."""

    original: str
    core: str
    phase: int | None
    firm_cut: bool = False
    """The core lost a firm heading the name (an investor's name or brand, a legal name)."""


def phase_of(name: str) -> int | None:
    """The phase number a name gives (``(一期)`` → 1, ``二期`` → 2, ``首期`` → 1), or None."""
    m = _PHASE.search(name)
    if not m:
        return None
    token = m.group(1)
    if token == "首":
        return 1
    try:
        return parse_int(token)
    except ValueError:
        return None


def _strip_places(text: str, places: list[str]) -> str:
    # longest first, repeatedly, from the start: "四川省成都市蒲江县" → ""
    forms: set[str] = set()
    for p in places:
        if not p:
            continue
        forms.add(p)
        if len(p) > 2 and p[-1] in _ADMIN_SUFFIX:
            forms.add(p[:-1])
    changed = True
    while changed and text:
        changed = False
        for f in sorted(forms, key=len, reverse=True):
            if text.startswith(f) and len(text) > len(f) + 1:
                text = text[len(f):]
                changed = True
                break
    return text


def _strip_investor(text: str, investors: Sequence[str]) -> str:
    """``text`` without the investor heading it (``某某新材料年产…`` of 某某新材料科技有限公司).

    The longest head found inside an investor's name goes, then a firm's legal
    name left at the head (``某某科技有限公司…``); at least four characters stay.
    """
    cut = 0
    for inv in investors:
        if not inv:
            continue
        k = 0
        while k < len(text) - _MIN_REST and text[: k + 1] in inv:
            k += 1
        if k >= 2:
            cut = max(cut, k)
    rest = text[cut:]
    m = _FIRM_HEAD.match(rest)
    if m and len(rest) - m.end() >= _MIN_REST:
        rest = rest[m.end():]
    elif cut:
        # the trade word a brand's project name goes on with (``某某新材料高性能…`` of 某某):
        # one name gives it, another not
        m = _TRADE_HEAD.match(rest)
        if m and len(rest) - m.end() >= _MIN_REST:
            rest = rest[m.end():]
    return rest


def normalize_project_name(name: str, places: list[str] | None = None,
                           investors: Sequence[str] | None = None) -> ProjectName:
    """Split ``name`` into a matching core and a phase.

    ``places`` are the names of the project's province, city and county (from
    its location): they are removed from the start of the name, in full or
    short form (``成都市`` and ``成都``).  The investor heading a name goes too
    (``investors``: its names; a firm's legal name goes even without them), so
    ``某某新材料科技有限公司年产…项目``, ``某某新材料年产…项目`` and ``年产…项目`` of one
    firm share a core.
    """
    phase = phase_of(name)
    core = _PHASE.sub("", name)
    core = _BRACKETS.sub("", core)
    core = _NOISE.sub("", core)
    core = _strip_places(core, places or [])
    whole = core
    core = _strip_investor(core, investors or ())
    firm_cut = core != whole
    for suffix in _TRAILING:
        if core.endswith(suffix) and len(core) > len(suffix) + 1:
            core = core[: -len(suffix)]
            break
    return ProjectName(name, core, phase, firm_cut)


def bigrams(text: str) -> set[str]:
    """Character bigrams of a text (a single character yields itself)."""
    if len(text) < 2:
        return {text} if text else set()
    return {text[i:i + 2] for i in range(len(text) - 1)}


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams, 0..1."""
    ga, gb = bigrams(a), bigrams(b)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))
