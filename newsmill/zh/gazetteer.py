"""Chinese administrative divisions (GB/T 2260) and development zones: loading and matching.

The tables in ``newsmill/zh/data/`` are built once by ``tools/build_gazetteer.py``
(``divisions.tsv``, ``renames.tsv``) or written by hand (``zones.tsv``); see
``docs/places.md``.  Matching uses one Aho-Corasick automaton (leftmost-longest)
over full names, short forms, old names, curated zone names and *blockers*
(ordinary words that contain a place name, such as 示范县 or 投资兴业: they win
the leftmost-longest race and hide the name inside them).

>>> gaz = Gazetteer.default()
>>> [(p.division.name, p.division.code) for p in gaz.find("自贡沿滩区开工")]
[('自贡市', '510300'), ('沿滩区', '510311')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import ahocorasick_rs

from newsmill.zh.place_rules import (
    _NOT_PLACE_AFTER,
    BLOCKERS,
    GENERIC_SHORT_NAMES,
    NOT_PLACE_AFTER_FIRST,
    STOP_ALIASES,
    STRONG_ZONE_SUFFIXES,
    UNMATCHED_ALIASES,
    ZONE_SUFFIXES,
    alias_shape_ok,
    zone_type_of,
)

#: administrative words that make a county short form a place (青川县委 is full; 青川籍, 青川境内)
_ADMIN_AFTER = re.compile(r"(?:籍|境内|全县|全区|日报)")  # (``某江日报``: the county's paper)
#: a matched name: start, end, readings ``((division key, form), …)`` and the zone suffix after it
Candidate = tuple[int, int, tuple[tuple[str, str], ...], "str | None"]
#: a resolved place: start, end, division key, form, zone name, zone type, other codes (see PlaceMatch)
PlaceRow = tuple[int, int, str, str, "str | None", "str | None", tuple[str, ...]]
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3}
#: what the form of a reading adds to its score when a name is ambiguous
_FORM_BONUS = {"full": 2, "zone": 2, "old": 1, "alias": 0, "generic": 0}
#: zone values remembered at most (the memo starts afresh when full)
_ZONE_VALUES_MAX = 4096


@dataclass(frozen=True)
class Division:
    """One administrative division (or a zone from the tables).

    ``key`` is the code, or ``parent/name`` for the few units without one.
    """

    key: str
    code: str | None
    level: str
    name: str
    parent: str | None
    aliases: tuple[str, ...] = ()
    zone_type: str | None = None


@dataclass(slots=True)
class PlaceMatch:
    """A place found in a text: its span, the division it names and how it was named.

    ``form`` is ``full``, ``alias`` (short form), ``old`` (former name) or
    ``zone``; ``zone_name`` is set for zones built from a place and a suffix
    (``广元经开区``); ``ambiguous`` lists the other codes the name could mean.
    """

    start: int
    end: int
    division: Division
    form: str
    zone_name: str | None = None
    zone_type: str | None = None
    ambiguous: tuple[str, ...] = ()


@dataclass
class Priors:
    """Divisions the text is known to be about (page region, dateline, earlier mentions)."""

    keys: dict[str, float] = field(default_factory=dict)

    def add(self, key: str | None, weight: float = 1.0) -> None:
        """Add weight to a division key."""
        if key:
            self.keys[key] = self.keys.get(key, 0.0) + weight


def _data(name: str) -> str:
    return resources.files("newsmill.zh").joinpath("data", name).read_text(encoding="utf-8")


def _rows(text: str) -> Iterable[list[str]]:
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def division_names() -> frozenset[str]:
    """The name and every short name of each division in the shipped table (``乾安县``, ``乾安``)."""
    return frozenset(n for _code, _level, name, _parent, aliases in _rows(_data("divisions.tsv"))
                     for n in (name, *aliases.split("|")) if len(n) >= 2)


class Gazetteer:
    """The division and zone tables with a matcher over their names."""

    def __init__(self, divisions: Sequence[Division], renames: Sequence[tuple[str, str, str]] = ()) -> None:
        self.divisions: dict[str, Division] = {d.key: d for d in divisions}
        self._lineage: dict[str, list[Division]] = {}
        self._lineage_keys: dict[str, tuple[str, ...]] = {}
        self._ancestors: dict[str, frozenset[str]] = {}
        #: values of divisions by key, filled by :meth:`row_value` (shared: copy one before changing it)
        self.division_values: dict[str, dict[str, Any]] = {}
        #: values of zones named from a division and a suffix, by (key, zone name, zone type)
        self._zone_values: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        self._parts: dict[str, dict[str, str | None]] = {}
        self._support: dict[tuple[str, str], tuple[str, ...]] = {}
        self._top_keys = frozenset(k for k, d in self.divisions.items()
                                   if d.level in ("province", "prefecture"))
        self._county_keys = frozenset(k for k, d in self.divisions.items() if d.level == "county")
        self._zone_keys = frozenset(k for k, d in self.divisions.items() if d.level == "zone")
        # name -> [(key, form)]: every reading of a name
        names: dict[str, list[tuple[str, str]]] = {}

        def add(name: str, key: str, form: str) -> None:
            lst = names.setdefault(name, [])
            if all(k != key for k, _ in lst):
                lst.append((key, form))

        for d in divisions:
            add(d.name, d.key, "zone" if d.level == "zone" else "full")
            for a in d.aliases:
                if len(a) >= 2 and a not in UNMATCHED_ALIASES:
                    add(a, d.key, "zone" if d.level == "zone" else "alias")
            if d.level == "county" and d.name.endswith("自治县"):
                for a in d.aliases:  # 彭水县 for 彭水苗族土家族自治县: the short form with its kind
                    if len(a) >= 2:
                        add(a + "县", d.key, "full")
            if d.level == "prefecture" and d.name.endswith("自治州"):
                for a in d.aliases:  # 伊犁州 for 伊犁哈萨克自治州, 海西州 for 海西蒙古族藏族自治州
                    if len(a) >= 2 and not a.endswith("州"):
                        add(a + "州", d.key, "full")
        for old_name, old_alias, code in renames:
            if code in self.divisions:
                if len(old_name) > 2 and old_name not in GENERIC_SHORT_NAMES:
                    add(old_name, code, "old")
                if len(old_alias) >= 2 and old_alias not in STOP_ALIASES:
                    add(old_alias, code, "old")
        for word in BLOCKERS:  # no reading: they only hide the names inside them
            names.setdefault(word, [])
        self._names = names
        self._patterns = list(names)
        self._cands = [names[p] for p in self._patterns]
        # per pattern: its readings with the rule each must pass (see _reading_rule)
        self._ruled: list[tuple[tuple[str, str, int], ...]] = []
        for pat, cands in zip(self._patterns, self._cands):
            self._ruled.append(tuple((k, "generic" if pat in GENERIC_SHORT_NAMES and f != "zone" else f, rule)
                                     for k, f in cands
                                     if (rule := _reading_rule(self.divisions[k], f, pat)) != _NEVER))
        #: per pattern: None when no reading can pass, else ``(mode, readings…)``: mode bit 1 set
        #: when a reading needs alias_after_ok, bit 2 when one needs a zone suffix right after
        #: the name; then come the readings kept for each outcome of those two tests, at index
        #: ``1 + 2 * (after test failed) + (direct suffix follows)`` (None when none is kept)
        self._choices: list[tuple[Any, ...] | None] = [_choice_table(r) for r in self._ruled]
        self._ac = ahocorasick_rs.AhoCorasick(
            self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            # contiguous NFA: a DFA scans a page alone ~1.5x faster, but its ~13 MB fall out of
            # the CPU caches between pages when the other annotators run in between, and in the
            # annotate stage the compact automaton is the faster one (docs/mentions.md)
            implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        self._zone_codes = self._index_zones()
        #: the characters a place match can end with: the last character of a name with a
        #: reading, or of a zone suffix it was extended by
        self.end_chars = frozenset([*(p[-1] for p, r in zip(self._patterns, self._ruled) if r),
                                    *(sfx[-1] for sfx in (*ZONE_SUFFIXES, *STRONG_ZONE_SUFFIXES))])
        self._before: dict[str, re.Pattern[str]] = {}

    # -- construction -------------------------------------------------------------
    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The gazetteer built from the tables shipped with newsmill (cached)."""
        divisions: list[Division] = []
        for code, level, name, parent, aliases in _rows(_data("divisions.tsv")):
            key = code or f"{parent}/{name}"
            ztype = zone_type_of(name) if level == "zone" else None
            divisions.append(Division(key, code or None, level, name, parent or None,
                                      tuple(a for a in aliases.split("|") if a), ztype))
        index = {d.name: i for i, d in enumerate(divisions)}
        for row in _rows(_data("zones.tsv")):
            name, ztype, parent = row[0], row[1], row[2]
            aliases = tuple(a for a in (row[3] if len(row) > 3 else "").split("|") if a)
            same = next((index[n] for n in (name, *aliases) if n in index), None)
            if same is not None:  # the statistical table already has it: keep its code
                old = divisions[same]
                divisions[same] = Division(old.key, old.code, "zone", name, old.parent,
                                           tuple({*old.aliases, *aliases, old.name} - {name}), ztype)
                continue
            divisions.append(Division(f"{parent}/{name}", None, "zone", name, parent,
                                      aliases, ztype))
        renames = [(r[1], r[2], r[3]) for r in _rows(_data("renames.tsv"))]
        return cls(divisions, renames)

    def _index_zones(self) -> dict[tuple[str, str], str]:
        """``(parent key, zone type) -> zone key`` when a parent has one zone of that type."""
        seen: dict[tuple[str, str], list[str]] = {}
        for d in self.divisions.values():
            if d.level == "zone" and d.parent and d.zone_type:
                seen.setdefault((d.parent, d.zone_type), []).append(d.key)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    # -- hierarchy -----------------------------------------------------------------
    def get(self, key: str | None) -> Division | None:
        """The division with this key (a code), or None."""
        return self.divisions.get(key) if key else None

    def lineage(self, key: str) -> list[Division]:
        """The division and its ancestors, the division first."""
        cached = self._lineage.get(key)
        if cached is not None:
            return cached
        out: list[Division] = []
        d = self.divisions.get(key)
        while d is not None and len(out) < 5:
            out.append(d)
            d = self.divisions.get(d.parent) if d.parent else None
        self._lineage[key] = out
        return out

    def _lineage_keys_of(self, key: str) -> tuple[str, ...]:
        """Keys of :meth:`lineage` (cached)."""
        keys = self._lineage_keys.get(key)
        if keys is None:
            keys = self._lineage_keys[key] = tuple(d.key for d in self.lineage(key))
            self._ancestors[key] = frozenset(keys[1:])
        return keys

    def _support_of(self, key: str, form: str) -> tuple[str, ...]:
        """The divisions an unambiguous reading supports in :meth:`resolve`: its lineage, or
        none for a county short form (it needs support itself)."""
        if form == "alias" and self.divisions[key].level == "county":
            return ()
        return self._lineage_keys.get(key) or self._lineage_keys_of(key)

    def is_ancestor(self, anc: str, key: str) -> bool:
        """Whether ``anc`` is a strict ancestor of ``key``."""
        ancestors = self._ancestors.get(key)
        if ancestors is None:
            self._lineage_keys_of(key)
            ancestors = self._ancestors[key]
        return anc in ancestors

    def lookup(self, name: str) -> list[Division]:
        """Divisions whose full name, short form or old name is exactly ``name``."""
        return [self.divisions[k] for k, _ in self._names.get(name, [])]

    def parts(self, key: str) -> dict[str, str | None]:
        """Province, city (prefecture) and county names of a division.

        For municipalities the city is the municipality itself (重庆市/重庆市/渝北区).
        """
        cached = self._parts.get(key)
        if cached is not None:
            return dict(cached)
        out: dict[str, str | None] = {"province": None, "city": None, "county": None}
        for d in self.lineage(key):
            if d.name.endswith("直辖行政区划"):
                continue  # placeholder level of the source table (counties under a province)
            if d.level == "province":
                out["province"] = d.name
            elif d.level == "prefecture":
                out["city"] = d.name
            elif d.level == "county":
                out["county"] = d.name
        prov = out["province"]
        if prov and out["city"] is None and prov.endswith("市") and self.divisions[key].level != "province":
            out["city"] = prov
        if prov and self.divisions[key].level == "province" and prov.endswith("市"):
            out["city"] = prov
        self._parts[key] = dict(out)
        return out

    def value(self, m: PlaceMatch) -> dict[str, Any]:
        """The normalized value of a place mention (see docs/places.md)."""
        return self.row_value(m.division.key, m.zone_name, m.zone_type)

    def row_value(self, key: str, zone_name: str | None = None,
                  zone_type: str | None = None) -> dict[str, Any]:
        """:meth:`value` of a match given as its division key, zone name and zone type (a
        :data:`PlaceRow`'s); each call hands out its own dict."""
        if zone_name:
            zkey = (key, zone_name, zone_type)
            cached = self._zone_values.get(zkey)
            if cached is None:
                if len(self._zone_values) >= _ZONE_VALUES_MAX:
                    self._zone_values.clear()
                cached = self._zone_values[zkey] = self._zone_value(self.divisions[key], zone_name, zone_type)
            return cached.copy()
        cached = self.division_values.get(key)
        if cached is None:
            cached = self.division_values[key] = self._division_value(self.divisions[key])
        return cached.copy()

    def _zone_value(self, d: Division, zone_name: str, zone_type: str | None) -> dict[str, Any]:
        """The value of a zone named from ``d`` and a suffix (``广元经开区``)."""
        parts = self.parts(d.key)
        zone = self.get(self._zone_codes.get((self._zone_parent(d).key, zone_type or "")))
        return {"name": zone_name, "code": zone.code if zone else None, "level": "zone",
                **parts, "parent_code": d.code, "zone_type": zone_type}

    def _division_value(self, d: Division) -> dict[str, Any]:
        """The value of a mention of ``d`` itself (not of a zone built on it)."""
        if d.level == "zone":
            parent = self.get(d.parent)
            parts = self.parts(parent.key) if parent else {"province": None, "city": None, "county": None}
            return {"name": d.name, "code": d.code, "level": "zone", **parts,
                    "parent_code": parent.code if parent else None, "zone_type": d.zone_type}
        return {"name": d.name, "code": d.code, "level": d.level, **self.parts(d.key),
                "parent_code": self.get(d.parent).code if d.parent and self.get(d.parent) else None}

    def _zone_parent(self, d: Division) -> Division:
        """The prefecture a zone built on ``d`` is indexed under (statistical zone codes)."""
        for anc in self.lineage(d.key):
            if anc.level == "prefecture":
                return anc
        return d

    def may_end_before(self, text: str, pattern: str) -> bool:
        """False when no place match can end right before a match of the regex ``pattern``
        in ``text`` (no character a match ends with stands before one): a cheap test before
        :meth:`find`."""
        before = self._before.get(pattern)
        if before is None:
            chars = "".join(re.escape(c) for c in sorted(self.end_chars))
            before = self._before[pattern] = re.compile(f"(?<=[{chars}])(?:{pattern})")
        return before.search(text) is not None

    # -- matching ------------------------------------------------------------------
    def raw_matches(self, text: str) -> list[tuple[int, int, int]]:
        """Leftmost-longest ``(pattern index, start, end)`` matches, blockers included."""
        return self._ac.find_matches_as_indexes(text)

    def candidates(self, text: str) -> list[Candidate]:
        """Every matched name with the readings that pass the stop-list and context rules (the
        tuples of readings are shared between matches of a name)."""
        raw = self._ac.find_matches_as_indexes(text)  # raw_matches, inlined
        found: list[Candidate] = []
        if not raw:
            return found
        choices = self._choices
        suffix_at = _ZONE_SUFFIX_AT.match
        first, strong_third = _ZONE_FIRST, _STRONG_FIRST
        not_after_first, not_after = NOT_PLACE_AFTER_FIRST, _NOT_PLACE_AFTER.match
        proper = False  # a suffix with a proper name before it (宜宾|临港经开区) was seen
        towns: frozenset[str] | None = None  # names of the page's towns, on first need
        for idx, s, e in raw:
            choice = choices[idx]
            if choice is None:
                continue  # a blocker, or no reading can pass
            # a zone suffix starts right after the name, or a strong one two characters later
            nxt = text[e:e + 1]
            if nxt in first or text[e + 2:e + 3] in strong_third:
                hit = suffix_at(text, e)
                if hit:
                    suffix = hit.group()
                    if suffix not in _DIRECT_SUFFIXES:
                        proper = True
                else:
                    suffix = None
            else:
                suffix = None
            mode = choice[0]
            if mode:
                at = 1
                # place_rules.alias_after_ok, inlined: no street, brand, town… word after the name
                if mode & 1 and nxt in not_after_first and not_after(text, e):
                    at = 3
                elif mode & 1 and nxt == "组" and text[e + 1:e + 2] == "团" and _zone_before(text, s):
                    at = 3  # a cluster of a park or new area named like a city (园区|龙岩组团)
                elif mode & 1 and "\u4e00" <= nxt <= "\u9fff" and nxt not in _DIVISION_CHARS:
                    # a short form that opens a town's name the page writes in full
                    # (安顺|场水电站 beside 安顺场镇): the town, not the city
                    if towns is None:
                        towns = _town_names(text)
                    if text[s:e + 1] in towns:
                        at = 3
                if mode & 2 and suffix is not None and suffix in _DIRECT_SUFFIXES:
                    at += 1
                cands = choice[at]
                if cands is None:
                    continue
            else:
                cands = choice[1]
            found.append((s, e, cands, suffix))
        if proper:
            # a name between a place and a zone suffix that is itself a place takes the suffix
            # (绵阳|游仙经开区: the zone is under 游仙区, 绵阳 stays the city)
            for i in range(len(found) - 1):
                s, e, cands, suffix = found[i]
                if suffix and suffix not in _DIRECT_SUFFIXES and found[i + 1][0] == e:
                    found[i] = (s, e, cands, None)
        return found

    def quick_priors(self, found: Sequence[Candidate], weight: float = 0.25) -> Priors:
        """Priors from names that can only mean one province or prefecture (no resolution run)."""
        pri = Priors()
        keys = pri.keys
        top = self._top_keys
        for c in found:
            cands = c[2]
            if len(cands) == 1:
                key = cands[0][0]
                if key in top:  # a province or prefecture
                    keys[key] = keys.get(key, 0.0) + weight
        return pri

    def find(self, text: str, priors: Priors | None = None, address: bool = False) -> list[PlaceMatch]:
        """Places named in ``text``, resolved with the hierarchy around them and ``priors``.

        ``address``: ``text`` is an address, so an unambiguous county short form
        needs no support from the context.
        """
        return self.resolve(text, self.candidates(text), priors or Priors(), address)

    def resolve(self, text: str, found: Sequence[Candidate], priors: Priors,
                address: bool = False) -> list[PlaceMatch]:
        """Choose one reading per candidate (see docs/places.md); drop unsupported ones."""
        divisions = self.divisions
        return [PlaceMatch(s, e, divisions[key], form, zone_name, zone_type, others)
                for s, e, key, form, zone_name, zone_type, others
                in self.resolve_rows(text, found, priors, address)]

    def resolve_rows(self, text: str, found: Sequence[Candidate], priors: Priors,
                     address: bool = False) -> list[PlaceRow]:
        """:meth:`resolve` as plain tuples ``(start, end, key, form, zone name, zone type,
        other codes)``: no match objects, for callers that only read them."""
        divisions = self.divisions
        # unambiguous names other than county short forms count as priors for the rest; only
        # ambiguous names and county short forms read them, so they are added up on first need
        weights: dict[str, float] | None = None
        out: list[PlaceRow] = []
        prev_end = -3  # end of the previous match (after its zone suffix), none yet
        prev_key = ""
        n = len(found)
        counties, zones = self._county_keys, self._zone_keys
        for i, (s, e, cands, suffix) in enumerate(found):
            if s < prev_end:
                continue  # inside the zone name the previous match was extended to
            if len(cands) == 1:
                key, form = cands[0]
                others: tuple[str, ...] = ()
            else:
                nxt = found[i + 1] if i + 1 < n and found[i + 1][0] - e <= 2 else None
                cands = self._drop_seat_districts(cands)
                if weights is None:
                    weights = self._local_weights(found, priors)
                best = self._choose(cands, weights, prev_key if s - prev_end <= 2 else None, nxt)
                if best is None:
                    continue
                key, form = best
                others = tuple(sorted(divisions[k].code or k for k, _ in cands if k != key))
            # a generic name or a county short form may lean on the place right before it
            if form == "generic":
                if not (s - prev_end <= 2 and self.is_ancestor(prev_key, key)):
                    continue  # 东区, 城区, 市中区…: only right after their parent's name
            elif form == "alias" and key in counties and not (
                    (address and len(cands) == 1) or (s - prev_end <= 2 and self.is_ancestor(prev_key, key))):
                if weights is None:
                    weights = self._local_weights(found, priors)
                if not ((suffix and not self._other_province(key, weights)) or weights.get(key, 0) > 0
                        or weights.get(divisions[key].parent or "", 0) > 0 or _ADMIN_AFTER.match(text, e)):
                    # a county short form needs support: its parent or itself named elsewhere
                    continue
            if suffix and key not in zones:
                prev_end = e + len(suffix)
                out.append((s, prev_end, key, form, text[s:prev_end], zone_type_of(suffix), others))
            else:
                prev_end = e
                out.append((s, e, key, form, None, None, others))
            prev_key = key
        return out

    def _local_weights(self, found: Sequence[Candidate], priors: Priors) -> dict[str, float]:
        """``priors`` plus 0.5 for each division an unambiguous name of ``found`` supports."""
        weights = dict(priors.keys)
        support = self._support
        for c in found:
            cands = c[2]
            if len(cands) == 1:
                reading = cands[0]
                keys = support.get(reading)
                if keys is None:
                    keys = support[reading] = self._support_of(*reading)
                for k in keys:
                    weights[k] = weights.get(k, 0.0) + 0.5
        return weights

    def _other_province(self, key: str, weights: dict[str, float]) -> bool:
        """Whether the page's places support a province, but not the one of ``key`` (a zone named
        after a county's short form, ``老城经济开发区`` on a Hainan page, is then another place)."""
        top = self.lineage(key)[-1].key
        if weights.get(top, 0) > 0:
            return False
        divisions = self.divisions
        return any(w > 0 and k in divisions and divisions[k].level == "province" for k, w in weights.items())

    def _drop_seat_districts(self, cands: Sequence[tuple[str, str]]) -> Sequence[tuple[str, str]]:
        """When a name is a unit's and one of its children's (广安市, 广安区), keep the unit."""
        if len(cands) < 2:
            return cands
        keys = {k for k, _ in cands}
        out = []
        for k, f in cands:
            ancestors = self._ancestors.get(k)
            if ancestors is None:
                self._lineage_keys_of(k)
                ancestors = self._ancestors[k]
            if ancestors.isdisjoint(keys):  # no other reading is above this one
                out.append((k, f))
        return out

    def _choose(self, cands: Sequence[tuple[str, str]], weights: dict[str, float], prev: str | None,
                nxt: Candidate | None) -> tuple[str, str] | None:
        """The best reading of an ambiguous name: under the place right before it (``prev``, its
        key), above the one right after it (``nxt``), then by the weights of its lineage (the
        first of the best, in the order of ``cands``)."""
        if len(cands) == 1:
            return cands[0]
        lineage_keys = self._lineage_keys
        divisions = self.divisions
        below = [k for k, _ in nxt[2]] if nxt is not None else []
        best: tuple[str, str] | None = None
        best_score: tuple[float, int, str] | None = None
        for c in cands:
            key, form = c
            keys = lineage_keys.get(key) or self._lineage_keys_of(key)
            sc = 0.0
            if prev is not None and prev in keys[1:]:
                sc += 100
            if below and any(self.is_ancestor(key, k) for k in below):
                sc += 50
            sc += sum([weights.get(k, 0.0) for k in keys])
            sc += _FORM_BONUS[form]
            score = (sc, -LEVEL_RANK[divisions[key].level], key)
            if best_score is None or score > best_score:
                best, best_score = c, score
        return best


#: the proper name of a zone between its place and its suffix: two Han characters, no function word
_NOT_ZONE_MIDDLE = frozenset("的了在是和与及将对为年月日等各全本该其这")
#: a zone suffix right after a place name (广元|经开区), or, for the strong suffixes, with a
#: two-character proper name between them (宜宾|临港经开区); alternatives in the order of the tables
#: verbs of a visit that stand between a place and a zone's kind (``到某县调研工业园区建设``): no name
_VISIT_VERBS = ("调研", "考察", "视察", "察看", "走访", "督导", "检查", "观摩")
#: verbs of work on a zone that stand between a place and the zone's kind (``某县推进工业园区更新``,
#: ``某市加快经济开发区建设``): no name either
_WORK_VERBS = ("推进", "推动", "加快", "打造", "建设", "做强", "做大", "做优", "提升", "壮大", "发展",
               "规划", "改造", "依托", "围绕")
_ZONE_SUFFIX_AT = re.compile(
    "|".join(map(re.escape, ZONE_SUFFIXES))
    + "|(?!" + "|".join(_VISIT_VERBS + _WORK_VERBS) + ")"
    + "(?:(?![" + "".join(sorted(_NOT_ZONE_MIDDLE)) + "])[\u4e00-\u9fff]){2}(?:"
    + "|".join(map(re.escape, STRONG_ZONE_SUFFIXES)) + ")")


#: the first characters of the zone suffixes, and of the strong ones (what ``_ZONE_SUFFIX_AT`` can
#: match starts with the former, or has one of the latter two characters in)
_ZONE_FIRST = frozenset(s[0] for s in ZONE_SUFFIXES)
_STRONG_FIRST = frozenset(s[0] for s in STRONG_ZONE_SUFFIXES)


#: characters after a short form that name a division of its own (安顺|市, not a town's name)
_DIVISION_CHARS = frozenset("市县区州省盟旗")
#: a town or township word
_TOWN_WORD = re.compile(r"[镇乡]")
#: characters before 镇 or 乡 that make a common word of them (城镇, 城乡, 乡镇, 重镇, 家乡), no town
_NOT_TOWN_BEFORE = frozenset("城乡重集家故老下返回思同异")


#: How the name of a park or new area ends, before one of its clusters (``某某新区|礼嘉组团``).
_ZONE_ENDS = ("园区", "新区", "城区", "片区", "开发区", "经开区", "高新区", "产业园")


def _zone_before(text: str, start: int) -> bool:
    """True when a zone's name (or the bare word 园区) ends right before ``start``."""
    return text[max(0, start - 3):start].endswith(_ZONE_ENDS)


def _town_names(text: str) -> frozenset[str]:
    """The three and four characters right before each ``镇`` or ``乡`` of ``text`` that may
    close a town's name, so a short form opening one (安顺场镇) is told from the city."""
    if "镇" not in text and "乡" not in text:
        return frozenset()
    out: set[str] = set()
    for m in _TOWN_WORD.finditer(text):
        i = m.start()
        if i and text[i - 1] not in _NOT_TOWN_BEFORE:
            out.update(text[i - k:i] for k in (3, 4) if i >= k)
    return frozenset(out)


def _zone_suffix(text: str, end: int) -> str | None:
    """The zone suffix right after a place name (广元|经开区), or with a two-character
    proper name between them for the strong suffixes (宜宾|临港经开区)."""
    hit = _ZONE_SUFFIX_AT.match(text, end)
    return hit.group() if hit else None


#: zone suffixes that follow a stop-listed short form right away (三江|新区): only then is it a place
_DIRECT_SUFFIXES = frozenset(ZONE_SUFFIXES)


#: rules a reading of a matched name must pass (decided once per pattern by _reading_rule)
_ALWAYS, _NEVER, _NEEDS_SUFFIX, _AFTER_OK = 0, 1, 2, 3


def _choice_table(ruled: tuple[tuple[str, str, int], ...]) -> tuple[Any, ...] | None:
    """The readings of a pattern kept for each outcome of the two context tests (see
    ``Gazetteer._choices``), decided once from the rule of each reading."""
    if not ruled:
        return None
    if len(ruled) == 1:  # most names have one reading: its table by its rule (same as below)
        key, form, rule = ruled[0]
        one = ((key, form),)
        if rule == _ALWAYS:
            return (0, one, one, one, one)
        if rule == _AFTER_OK:
            return (1, one, one, None, None)
        if rule == _NEEDS_SUFFIX:
            return (2, None, one, None, one)
    rules = {r for _k, _f, r in ruled}
    mode = (1 if _AFTER_OK in rules else 0) | (2 if _NEEDS_SUFFIX in rules else 0)
    table: list[Any] = [mode]
    for after in (True, False):
        for direct in (False, True):
            kept = tuple((k, f) for k, f, r in ruled
                         if r == _ALWAYS or (r == _AFTER_OK and after) or (r == _NEEDS_SUFFIX and direct))
            table.append(kept or None)
    return tuple(table)


def _reading_rule(d: Division, form: str, pattern: str) -> int:
    """Stop-list and context rules for one reading of a name, as far as they do not depend on
    the text: always kept, never, only before a zone suffix, or only if alias_after_ok."""
    if d.level == "zone" or form == "zone":
        return _ALWAYS
    if form in ("alias", "old") and pattern in STOP_ALIASES:
        return _NEEDS_SUFFIX if d.level != "province" else _NEVER
    if form == "alias":
        return _AFTER_OK if alias_shape_ok(d.level, pattern) else _NEVER
    return _ALWAYS


def parse_location(text: str, gaz: Gazetteer | None = None) -> dict[str, str | None]:
    """Province, city and county of an address string (the first address found in it).

    An address needs no support for a county short form (莱芜 alone is 莱芜区); a
    zone fills the county slot with its own name (经济技术开发区 under 秦皇岛市).
    A county that is not under the named prefecture wins over it (old
    prefecture names: 柳州地区忻城县 → 来宾市忻城县); an ambiguous county alone
    gives only the county.
    """
    gaz = gaz or Gazetteer.default()
    matches = gaz.find(text, address=True)
    out: dict[str, str | None] = {"province": None, "city": None, "county": None}
    if not matches:
        return out
    chain = [matches[0]]
    for m in matches[1:]:
        if m.start - chain[-1].end > 2:
            break
        if gaz.is_ancestor(chain[-1].division.key, m.division.key) or (
                m.division.level in ("county",) and chain[-1].division.level == "prefecture"
                and m.start - chain[-1].end <= 2 and text[chain[-1].end:m.start] in ("地区", "")
                and m.form == "full"):
            chain.append(m)
        else:
            break
    last = chain[-1]
    if last.zone_name or last.division.level == "zone":
        value = gaz.value(last)
        own = value["name"]
        for p in (value["city"], value["province"]):
            for d in gaz.lookup(p) if p else ():
                for form in sorted((d.name, *d.aliases), key=len, reverse=True):
                    if own.startswith(form) and len(own) > len(form):
                        own = own[len(form):]
        return {"province": value["province"], "city": value["city"], "county": own}
    out.update(gaz.parts(last.division.key))
    if last.ambiguous and len(chain) == 1 and last.division.level == "county":
        out["province"] = out["city"] = None
    return out

__all__ = ["Candidate", "Division", "Gazetteer", "PlaceMatch", "PlaceRow", "Priors", "parse_location"]
