"""Scoring machine output against gold files (the gold format of :mod:`newsmill.zh.gold`).

Matching is lenient on surface form and strict on values; the rules are
described in ``docs/evaluation.md``.  In short: gold evidence strings are
located in the raw page (exactly, else under :func:`~newsmill.zh.surface.norm`);
a predicted item matches a gold item when it sits at the same place of the
page and carries the same key value (amount, count/total, indicator value),
or — for articles and projects — when its name is similar enough.  Items
are paired one-to-one, best pairs first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from newsmill.core.model import Document
from newsmill.zh.surface import Locator, norm, norm_name, similarity

KINDS = ("articles", "money", "projects", "batches", "indicators", "cleaning")
NAME_THRESHOLD = 0.5
HEADLINE_THRESHOLD = 0.6
SLACK = 3

Span = tuple[int, int]
#: Region kinds the cleaners flag and keep in the text; they are not the article body.
NON_BODY = ("furniture", "caption")
#: Private key of a predicted page: cleaned-text spans of its ``NON_BODY`` regions.
FLAGGED_KEY = "_flagged"


def flagged_spans(doc: Document) -> list[Span]:
    """Cleaned-text spans of the regions flagged furniture or caption (kept in the text by design)."""
    return sorted(doc.clean_span(r.raw_start, r.raw_end) for r in doc.regions_of(*NON_BODY))


def found_outside(text: str, needle: str, flagged: Iterable[Span]) -> bool:
    """True when ``needle`` occurs in ``text`` at least once not wholly inside a flagged span."""
    spans = list(flagged)
    start = text.find(needle) if needle else -1
    while start >= 0:
        end = start + len(needle)
        if not any(a <= start and end <= b for a, b in spans):
            return True
        start = text.find(needle, start + 1)
    return False


@attrs.define
class KindScore:
    """Counts, field accuracies, misses and false hits of one kind."""

    kind: str
    gold: int = 0
    pred: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = attrs.field(factory=dict)  # name -> [correct, total]
    misses: list[dict[str, Any]] = attrs.field(factory=list)
    false_hits: list[dict[str, Any]] = attrs.field(factory=list)
    wrong: list[dict[str, Any]] = attrs.field(factory=list)

    @property
    def precision(self) -> float:
        """Matched over predicted (1.0 when nothing was predicted)."""
        return self.matched / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        """Matched over gold (1.0 when the gold has none)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def field(self, name: str, ok: bool) -> None:
        """Count one comparison of field ``name``."""
        c = self.fields.setdefault(name, [0, 0])
        c[0] += int(ok)
        c[1] += 1

    def accuracy(self, name: str) -> float | None:
        """Share of matched items whose field ``name`` is right (None if never compared)."""
        c = self.fields.get(name)
        return c[0] / c[1] if c and c[1] else None

    def add(self, other: KindScore) -> None:
        """Add another score of the same kind (micro-averaging)."""
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched
        for k, (c, t) in other.fields.items():
            mine = self.fields.setdefault(k, [0, 0])
            mine[0] += c
            mine[1] += t
        self.misses.extend(other.misses)
        self.false_hits.extend(other.false_hits)
        self.wrong.extend(other.wrong)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able summary with rounded scores, field accuracies, misses and false hits."""
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fields": {k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                       for k, (c, t) in sorted(self.fields.items())},
            "misses": self.misses, "false_hits": self.false_hits, "wrong_fields": self.wrong,
        }


# -- value comparisons ------------------------------------------------------------

def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def same_number(a: Any, b: Any) -> bool:
    """Numbers equal up to float rounding; two nulls are equal."""
    if a is None and b is None:
        return True
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return False
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def same_text(a: Any, b: Any) -> bool:
    """Strings equal under :func:`norm_name` (two nulls are equal)."""
    if a in (None, "") and b in (None, ""):
        return True
    return bool(a) and bool(b) and norm_name(str(a)) == norm_name(str(b))


def similar_text(a: Any, b: Any, threshold: float = 0.8) -> bool:
    """Strings equal, one containing the other, or similar above ``threshold``."""
    if a in (None, "") and b in (None, ""):
        return True
    if not a or not b:
        return False
    x, y = norm_name(str(a)), norm_name(str(b))
    return x == y or (min(len(x), len(y)) >= 2 and (x in y or y in x)) or similarity(x, y) >= threshold


#: Full names of zone kinds and the short forms news write for them (``某经济技术开发区`` = ``某经开区``).
_ZONE_SHORT = (("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"),
               ("经济开发区", "经开区"))


def _zone_short(v: Any) -> Any:
    if not isinstance(v, str):
        return v
    for full, short in _ZONE_SHORT:
        v = v.replace(full, short)
    return v


def similar_detail(a: Any, b: Any) -> bool:
    """:func:`similar_text` for a location's detail, a zone named in full or short (``某经开区``)."""
    return similar_text(_zone_short(a), _zone_short(b))


def _place_key(v: Any) -> str:
    k = norm_name(str(_zone_short(v))) if v else ""
    for suffix in ("省", "市"):
        if len(k) > 2 and k.endswith(suffix):
            k = k[:-1]
    return k


def same_place(a: Any, b: Any) -> bool:
    """Place names equal, ignoring a final 省/市 (成都 = 成都市) and a zone's kind named in full or
    short (``某经济开发区`` = ``某经开区``)."""
    return _place_key(a) == _place_key(b)


def _width(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if len(unicodedata.normalize("NFKC", c)) == 1
                   else c for c in s)


# -- spans ------------------------------------------------------------------------

def overlaps(a: Iterable[Span], b: Iterable[Span], slack: int = SLACK) -> bool:
    """True when a span of ``a`` and one of ``b`` overlap (or touch within ``slack``)."""
    bl = list(b)
    return any(s0 < e1 + slack and s1 < e0 + slack for s0, e0 in a for s1, e1 in bl)


def _inside(spans: Iterable[Span], outer: list[Span] | None) -> bool:
    return outer is None or any(o[0] <= s and e <= o[1] for s, e in spans for o in outer)


# -- pairing ------------------------------------------------------------------------

def pair(gold: list[dict], pred: list[dict],
         score: Callable[[dict, dict], float | None]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)``, best scores first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                cands.append((-s, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _s, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _brief(item: dict, keys: Iterable[str]) -> dict[str, Any]:
    return {k: item.get(k) for k in keys if k in item}


class PageScorer:
    """Scores one page: gold dict vs predicted dict (both in the gold format) over the raw text."""

    def __init__(self, gold: dict[str, Any], pred: dict[str, Any], raw: str, page: str) -> None:
        self.gold = gold
        self.pred = pred
        self.page = page
        self.loc = Locator(raw)
        # every span of a story: a story continued further down the page has two
        self._art_spans = [[tuple(s) for s in a["_spans"]] if a.get("_spans") else None
                           for a in pred.get("articles", [])]

    def gold_spans(self, item: dict[str, Any]) -> list[Span]:
        """Raw spans where a gold item's evidence occurs."""
        return self.loc.find(item.get("evidence") or "")

    @staticmethod
    def pred_spans(item: dict[str, Any]) -> list[Span]:
        """Raw spans of a predicted item (kept by the gold converter under ``_spans``)."""
        return [tuple(s) for s in item.get("_spans") or []]

    def pred_article_span(self, item: dict[str, Any]) -> list[Span] | None:
        """Raw spans of the article a predicted record belongs to (two for a story continued)."""
        idx = item.get("_article")
        if idx is None or not (0 <= idx < len(self._art_spans)):
            return None
        return self._art_spans[idx]

    def score(self) -> dict[str, KindScore]:
        """Scores of every kind for this page."""
        return {
            "articles": self._articles(),
            "money": self._money(),
            "projects": self._projects(),
            "batches": self._batches(),
            "indicators": self._indicators(),
            "cleaning": self._cleaning(),
        }

    # -- generic --------------------------------------------------------------------
    def _run(self, kind: str, score: Callable[[dict, dict], float | None],
             fields: dict[str, Callable[[Any, Any], bool]], show: tuple[str, ...]) -> KindScore:
        gold = list(self.gold.get(kind) or [])
        pred = list(self.pred.get(kind) or [])
        ks = KindScore(kind, gold=len(gold), pred=len(pred))
        pairs = pair(gold, pred, score)
        ks.matched = len(pairs)
        for i, j in pairs:
            g, p = gold[i], pred[j]
            for name, same in fields.items():
                gv, pv = _get(g, name), _get(p, name)
                if gv in (None, "", []) and pv in (None, "", []):
                    continue
                ok = same(gv, pv)
                ks.field(name, ok)
                if not ok:
                    ks.wrong.append({"page": self.page, "field": name, "gold": gv, "pred": pv,
                                     "evidence": g.get("evidence") or g.get("headline")})
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        ks.misses = [{"page": self.page, **_brief(g, show)} for i, g in enumerate(gold)
                     if i not in matched_g]
        ks.false_hits = [{"page": self.page, **_brief(p, show)} for j, p in enumerate(pred)
                         if j not in matched_p]
        return ks

    # -- kinds ------------------------------------------------------------------------
    def _articles(self) -> KindScore:
        def score(g: dict, p: dict) -> float | None:
            s = similarity(norm_name(g.get("headline")), norm_name(p.get("headline")))
            if s >= HEADLINE_THRESHOLD:
                return s
            gf, pf = norm(g.get("first_words")), norm(p.get("first_words"))
            n = min(len(gf), len(pf), 15)
            if n >= 8 and gf[:n] == pf[:n]:
                return HEADLINE_THRESHOLD
            return None

        def first_words(a: Any, b: Any) -> bool:
            x, y = norm(a), norm(b)
            n = min(len(x), len(y), 15)
            return (not x and not y) or (n >= 6 and x[:n] == y[:n])

        def reporters(a: Any, b: Any) -> bool:
            return sorted(norm_name(x) for x in a or []) == sorted(norm_name(x) for x in b or [])

        fields = {"headline": same_text, "kicker": same_text, "source": same_text,
                  "dateline": same_place, "reporters": reporters, "first_words": first_words}
        return self._run("articles", score, fields, ("headline", "first_words"))

    def _money(self) -> KindScore:
        cache: dict[int, list[Span]] = {}

        def score(g: dict, p: dict) -> float | None:
            same_surface = norm(g.get("surface")) == norm(p.get("surface"))
            if g.get("value_cny") is None:
                # a foreign currency has no yuan value: the same surface stands for the value
                if p.get("value_cny") is not None or not same_surface:
                    return None
            elif not same_number(g.get("value_cny"), p.get("value_cny")):
                return None
            spans = cache.setdefault(id(g), self.gold_spans(g))
            if spans:
                return 1.0 + 0.5 * same_surface if overlaps(spans, self.pred_spans(p), 0) else None
            return 0.5 if same_surface else None

        return self._run("money", score, {"qualifier": same_text},
                         ("surface", "value_cny", "qualifier", "evidence"))

    def _projects(self) -> KindScore:
        cache: dict[int, list[Span]] = {}

        def core(name: Any) -> str:
            k = norm_name(name)
            for suffix in ("建设项目", "项目", "工程"):
                if k.endswith(suffix) and len(k) > len(suffix) + 1:
                    k = k[: -len(suffix)]
                    break
            return k

        def score(g: dict, p: dict) -> float | None:
            s = similarity(core(g.get("name")), core(p.get("name")))
            if s < NAME_THRESHOLD:
                return None
            spans = cache.setdefault(id(g), self.gold_spans(g))
            if spans and not _inside(spans, self.pred_article_span(p)):
                return None
            return s + (0.3 if spans and overlaps(spans, self.pred_spans(p)) else 0.0)

        def loc(level: str) -> Callable[[Any, Any], bool]:
            return same_place

        fields: dict[str, Callable[[Any, Any], bool]] = {
            "stage": same_text, "status": same_text, "date": same_text,
            "investor": similar_text, "location": _same_admin,
            "location.province": loc("province"), "location.city": loc("city"),
            "location.county": loc("county"), "location.detail": similar_detail,
            "investment_cny": same_number, "capacity": similar_text, "area": same_text,
            "annual_output_cny": same_number, "jobs": same_number,
        }
        return self._run("projects", score, fields, ("name", "stage", "status", "evidence"))

    def _keyed(self, kind: str, keys: tuple[str, ...]) -> Callable[[dict, dict], float | None]:
        cache: dict[int, list[Span]] = {}

        def score(g: dict, p: dict) -> float | None:
            both = [(g.get(k), p.get(k)) for k in keys
                    if g.get(k) is not None and p.get(k) is not None]
            if not both or not all(same_number(a, b) for a, b in both):
                return None
            spans = cache.setdefault(id(g), self.gold_spans(g))
            pspans = self.pred_spans(p)
            if spans:
                return 1.0 + 0.1 * len(both) if overlaps(spans, pspans) else None
            return 0.5 if _inside(pspans, None) and len(both) == len(
                [k for k in keys if g.get(k) is not None]) else None

        return score

    def _batches(self) -> KindScore:
        fields = {"region": same_place, "event": same_text, "count": same_number,
                  "total_cny": same_number}
        return self._run("batches", self._keyed("batches", ("count", "total_cny")), fields,
                         ("region", "event", "count", "total_cny", "evidence"))

    def _indicators(self) -> KindScore:
        fields = {"region": same_place, "metric": lambda a, b: similar_text(a, b, 0.5),
                  "period": same_text, "unit": same_text, "growth_pct": same_number}
        return self._run("indicators", self._keyed("indicators", ("value",)), fields,
                         ("region", "metric", "value", "unit", "evidence"))

    def _cleaning(self) -> KindScore:
        checks = self.gold.get("cleaning") or {}
        text = _width(self.pred.get("cleaned_text") or "")
        must = [s for s in checks.get("must_contain") or [] if s]
        must_not = [s for s in checks.get("must_not_contain") or [] if s]
        found = [s for s in must if _width(s) in text]
        flagged = [tuple(sp) for sp in self.pred.get(FLAGGED_KEY) or []]
        # noise left inside a flagged furniture/caption region is where it belongs
        survived = [s for s in must_not if found_outside(text, _width(s), flagged)]
        ks = KindScore("cleaning", gold=len(must), pred=len(found) + len(survived), matched=len(found))
        ks.fields["must_contain"] = [len(found), len(must)]
        ks.fields["must_not_contain"] = [len(must_not) - len(survived), len(must_not)]
        ks.misses = [{"page": self.page, "must_contain": s} for s in must if s not in found]
        ks.false_hits = [{"page": self.page, "must_not_contain": s} for s in survived]
        return ks


def _get(item: dict[str, Any], name: str) -> Any:
    if name == "location":
        return item.get("location")
    if "." in name:
        head, tail = name.split(".", 1)
        sub = item.get(head) or {}
        return sub.get(tail) if isinstance(sub, dict) else None
    return item.get(name)


def _same_admin(a: Any, b: Any) -> bool:
    a = a or {}
    b = b or {}
    return all(same_place(a.get(k), b.get(k)) for k in ("province", "city", "county"))


def score_page(gold: dict[str, Any], pred: dict[str, Any], raw: str, page: str = "") -> dict[str, KindScore]:
    """Score one page; ``pred`` comes from :func:`newsmill.zh.gold.document_to_gold`.

    ``pred[FLAGGED_KEY]`` (optional, see :func:`flagged_spans`) lists the cleaned-text
    spans of furniture and captions: a ``must_not_contain`` string found only there
    is not counted as left-over noise.
    """
    return PageScorer(gold, pred, raw, page or gold.get("page", "")).score()


def total(pages: Iterable[dict[str, KindScore]]) -> dict[str, KindScore]:
    """Micro-averaged scores over pages."""
    out = {k: KindScore(k) for k in KINDS}
    for page in pages:
        for k, s in page.items():
            out[k].add(s)
    return out


TABLE_FIELDS = {
    "articles": ("headline", "kicker", "source", "dateline", "reporters", "first_words"),
    "money": ("qualifier",),
    "projects": ("stage", "status", "investment_cny", "location", "location.detail", "date",
                 "investor", "capacity", "area", "annual_output_cny", "jobs"),
    "batches": ("event", "region", "count", "total_cny"),
    "indicators": ("unit", "growth_pct", "period", "region", "metric"),
    "cleaning": ("must_contain", "must_not_contain"),
}


def format_table(scores: dict[str, KindScore], max_items: int = 10) -> str:
    """A plain-text report: per-kind P/R/F1, field accuracies, then misses and false hits."""
    lines = [f"{'kind':<11} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for k in KINDS:
        s = scores[k]
        lines.append(f"{k:<11} {s.gold:>5} {s.pred:>5} {s.matched:>5} "
                     f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    lines.append("")
    lines.append("field accuracy on matched items (compared when gold or output has a value)")
    for k in KINDS:
        parts = []
        for f in TABLE_FIELDS[k]:
            c = scores[k].fields.get(f)
            if c and c[1]:
                parts.append(f"{f} {c[0]}/{c[1]}")
        if parts:
            lines.append(f"  {k:<11} " + ", ".join(parts))
    for k in KINDS:
        s = scores[k]
        for title, items in (("missed", s.misses), ("false hits", s.false_hits)):
            if not items or max_items == 0:
                continue
            lines.append(f"\n{k} {title} ({len(items)}):")
            for it in items[:max_items]:
                lines.append("  " + "  ".join(f"{key}={_one_line(val)}" for key, val in it.items()
                                             if key != "page")
                             + f"  [{it.get('page', '')}]")
            if len(items) > max_items:
                lines.append(f"  … {len(items) - max_items} more")
    return "\n".join(lines)


def _one_line(value: Any) -> str:
    return str(value).replace("\n", "⏎")
