"""The gold-annotation format: a document rendered as one gold JSON object.

The layout is the one hand-made gold files use (``articles``, ``money``,
``projects``, ``batches``, ``indicators``, ``cleaning``), so machine output can
be corrected by a person into gold, and gold can be scored against machine
output.  Every ``evidence`` string is copied from the *raw* text through the
raw spans the pipeline filled in.

:func:`document_to_gold` keeps, for scoring, the raw spans behind each item
under the private key ``"_spans"``; :func:`strip_private` removes them
before writing.
"""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Document, Evidence, Mention, Record
from newsmill.zh.article_layout import is_box_figure_line
from newsmill.zh.surface import norm

#: Keys of each item kind, in the order they are written.
ARTICLE_KEYS = ("headline", "kicker", "source", "dateline", "reporters", "first_words")
MONEY_KEYS = ("surface", "value_cny", "qualifier", "evidence")
PROJECT_KEYS = ("name", "article", "stage", "status", "date", "investor", "location",
                "investment_cny", "capacity", "area", "annual_output_cny", "jobs", "evidence")
LOCATION_KEYS = ("province", "city", "county", "detail")
BATCH_KEYS = ("article", "region", "event", "count", "total_cny", "evidence")
INDICATOR_KEYS = ("region", "metric", "period", "value", "unit", "growth_pct", "evidence")

FIRST_WORDS = 20
#: Raw length from which one cleaned character comes from a moved block, not from itself.
_MOVED_SPAN = 8
_CLAUSE_BREAK = re.compile(r"[,，。;；!！?？\n]")
MAX_EVIDENCE = 80


def clause_around(raw: str, start: int, end: int, limit: int = MAX_EVIDENCE) -> tuple[int, int]:
    """The raw span of the clause holding ``raw[start:end]`` (between clause punctuation).

    The span always contains ``[start, end)`` and is cut to about ``limit``
    characters around it.
    """
    left = start
    while left > 0 and not _CLAUSE_BREAK.match(raw[left - 1]) and start - left < limit // 2:
        left -= 1
    right = end
    while right < len(raw) and not _CLAUSE_BREAK.match(raw[right]) and right - end < limit // 2:
        right += 1
    while left < start and raw[left].isspace():
        left += 1
    while right > end and raw[right - 1].isspace():
        right -= 1
    return left, right


def _spans(evs: list[Evidence]) -> list[list[int]]:
    return [[e.raw_start, e.raw_end] for e in evs if e.raw_start >= 0 and e.raw_end >= e.raw_start]


def record_spans(record: Record) -> list[list[int]]:
    """Raw spans of a record: its own evidence, then every field's evidence."""
    evs = list(record.evidence)
    for f in record.fields.values():
        evs.extend(f.evidence)
    return _spans(evs)


def record_text(doc: Document, record: Record) -> str:
    """The raw evidence text of a record (its first evidence span), or ''."""
    for ev in record.evidence or [e for f in record.fields.values() for e in f.evidence]:
        if ev.raw_start >= 0:
            return doc.raw[ev.raw_start:ev.raw_end]
        if ev.text:
            return ev.text
    return ""


def _article_dict(doc: Document, index: int) -> dict[str, Any]:
    a = doc.articles[index]
    body_start = a.body_start if a.body_start is not None else a.start
    body = doc.clean[body_start:a.body_end if a.body_end is not None else a.end]
    first = body.lstrip()[:FIRST_WORDS]
    fs = body_start + (len(body) - len(body.lstrip()))
    rs, re_ = doc.raw_span(fs, fs + len(first))
    if first:
        one = doc.raw_span(fs, fs + 1)
        if one[1] - one[0] > _MOVED_SPAN:
            # the body opens inside text a cleaner moved (two columns put one after the
            # other): its raw span is the whole block, so the words are the cleaned ones
            rs, re_ = -1, -1
    return {
        "headline": a.headline,
        "kicker": a.kicker,
        "source": a.source,
        "dateline": a.dateline,
        "reporters": list(a.reporters),
        "first_words": (doc.raw[rs:re_] if rs >= 0 else first) if first else "",
        "_spans": [[a.raw_start, a.raw_end]],
        "_index": a.index,
    }


#: What an amount is, told in its clause before it: an investment, an output (yearly sales) or
#: money lent or allocated (``授信6亿元`` and ``年产值可达6亿元`` are two amounts).
_MONEY_KIND = re.compile(r"(?P<inv>投资|投入)|(?P<out>产值|营业收入|营收|销售收入|销售额)"
                         r"|(?P<fin>授信|贷款|放款|债券|基金)")


def _money_kind(text: str, pos: int) -> str | None:
    """``inv``, ``out`` or ``fin`` when the clause before the amount at ``pos`` says which it is (the last
    such word), else None."""
    lo = max(0, pos - 24)
    k = max(text.rfind(c, lo, pos) for c in _CLAUSE_ENDS)
    kind = None
    for m in _MONEY_KIND.finditer(text, k + 1 if k >= 0 else lo, pos):
        kind = m.lastgroup
    return kind


_CLAUSE_ENDS = ",，。;；!！?？\n"


def _money_items(doc: Document, m: Mention) -> list[dict[str, Any]]:
    attrs = m.attributes or {}
    currency = attrs.get("currency")
    rs, re_ = clause_around(doc.raw, m.raw_start, m.raw_end)
    evidence = doc.raw[rs:re_]
    qualifier = attrs.get("qualifier") or "exact"
    values: list[Any] = [m.value]
    rng = attrs.get("range")
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and all(v is not None for v in rng) \
            and "range_part" not in attrs and m.value is None:
        values = list(rng)
    out = []
    for v in values:
        value = v
        if currency not in (None, "CNY", "RMB"):
            value = None
        try:
            value = int(value) if value is not None else None
        except (TypeError, ValueError):
            value = None
        out.append({"surface": doc.raw[m.raw_start:m.raw_end], "value_cny": value,
                    "qualifier": qualifier, "evidence": evidence,
                    "_spans": [[m.raw_start, m.raw_end]]})
    return out


def _headline(doc: Document, record: Record) -> str | None:
    if record.article is None or not (0 <= record.article < len(doc.articles)):
        return None
    return doc.articles[record.article].headline


def _location(value: Any) -> dict[str, Any]:
    loc = value if isinstance(value, dict) else {}
    return {k: loc.get(k) for k in LOCATION_KEYS}


def _project(doc: Document, r: Record) -> dict[str, Any]:
    d: dict[str, Any] = {k: r.get(k) for k in PROJECT_KEYS}
    d["article"] = _headline(doc, r)
    d["location"] = _location(r.get("location"))
    inv = r.get("investor")
    if isinstance(inv, list):
        d["investor"] = "、".join(str(x) for x in inv) if inv else None
    d["evidence"] = record_text(doc, r)
    d["_spans"] = record_spans(r)
    d["_article"] = r.article
    d["_batch"] = r.get("batch")
    return d


def _batch(doc: Document, r: Record) -> dict[str, Any]:
    d: dict[str, Any] = {k: r.get(k) for k in BATCH_KEYS}
    d["article"] = _headline(doc, r)
    d["evidence"] = record_text(doc, r)
    d["_spans"] = record_spans(r)
    d["_article"] = r.article
    return d


def _indicator(doc: Document, r: Record) -> dict[str, Any]:
    d: dict[str, Any] = {k: r.get(k) for k in INDICATOR_KEYS}
    d["evidence"] = record_text(doc, r)
    d["_spans"] = record_spans(r)
    d["_article"] = r.article
    return d


def _stories(doc: Document) -> tuple[list[dict[str, Any]], dict[int, int]]:
    """The articles as stories: a part continued further down the page (an article whose
    ``attributes["continues"]`` names an earlier one) adds its span to that story instead of
    being listed again.  Also each article's position → its story's position in the list."""
    out: list[dict[str, Any]] = []
    place: dict[int, int] = {}
    for i, a in enumerate(doc.articles):
        cont = a.attributes.get("continues")
        if isinstance(cont, int) and 0 <= cont < i and cont in place:
            place[i] = place[cont]
            out[place[i]]["_spans"].append([a.raw_start, a.raw_end])
            continue
        place[i] = len(out)
        out.append(_article_dict(doc, i))
    return out, place


#: The number of an item in a list of contents (``1.``, ``2、``, ``①``), or its dot (``· 某县签约…``).
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[①②③④⑤⑥⑦⑧⑨⑩·•・])\s*")


def _listed_title(doc: Document, pos: int, titles: dict[str, int]) -> int | None:
    """The article whose headline the line at ``pos`` outside every article lists (a programme's
    contents, ``1.某县签约5个项目 总投资32.6亿元``): an amount there is the headline's, printed again."""
    text = doc.clean
    ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = _ITEM_NUMBER.sub("", text[ls:le if le >= 0 else len(text)])
    return titles.get(norm(line))


def _on_box_line(text: str, pos: int) -> bool:
    """True when the line at ``pos`` is a line of a box of key figures (the figure, a gap, its label:
    ``612.3亿元　2024年全县地区生产总值``)."""
    ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return is_box_figure_line(text[ls:le if le >= 0 else len(text)])


def document_to_gold(doc: Document) -> dict[str, Any]:
    """The document in the gold format, with private ``_spans`` for scoring."""
    money: list[dict[str, Any]] = []
    seen: dict[tuple, list[tuple[str | None, dict[str, Any]]]] = {}
    page_seen: dict[tuple, dict[str, Any]] = {}
    story = {i: a.attributes["continues"] for i, a in enumerate(doc.articles)
             if isinstance(a.attributes.get("continues"), int)}
    titles = {norm(a.headline): i for i, a in enumerate(doc.articles) if a.headline}
    for m in doc.mentions:
        if m.kind == "money" and m.raw_start >= 0:
            for item in _money_items(doc, m):
                # an amount restated as printed in the same article (headline, then body) is
                # one entry, as in hand-made gold; its other places are kept as spans (a
                # pinyin note or another script in one of them is the same print: 3億(yì)元)
                # (an investment and an output of one amount are two: 年产值15亿元, 二期投资15亿元)
                art = m.article if m.article is not None else _listed_title(doc, m.start, titles)
                told = (norm(item["surface"]), item["value_cny"], item["qualifier"])
                earlier = page_seen.get(told)
                if earlier is not None and _on_box_line(doc.text, m.start):
                    earlier["_spans"].extend(item["_spans"])
                    continue  # a box of key figures restating an amount the page told (``612.3亿元　…``)
                page_seen.setdefault(told, item)
                key = (story.get(art, art), norm(item["surface"]), item["value_cny"], item["qualifier"])
                kind = _money_kind(doc.text, m.start)
                same = next((k for k in seen.get(key, ()) if k[0] is None or kind is None or k[0] == kind),
                            None)
                if same is not None:
                    same[1]["_spans"].extend(item["_spans"])
                    continue
                seen.setdefault(key, []).append((kind, item))
                money.append(item)
    articles, place = _stories(doc)
    records = {kind: [make(doc, r) for r in doc.records if r.kind == kind]
               for kind, make in (("project", _project), ("batch", _batch), ("indicator", _indicator))}
    for items in records.values():
        for item in items:
            if item.get("_article") is not None:
                item["_article"] = place.get(item["_article"], item["_article"])
    return {
        "page": doc.source.replace("\\", "/").rsplit("/", 1)[-1],
        "articles": articles,
        "money": money,
        "projects": records["project"],
        "batches": records["batch"],
        "indicators": records["indicator"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "notes": []},
        "cleaned_text": doc.clean,
    }


def strip_private(data: Any) -> Any:
    """A copy of gold data without the private keys (those starting with ``_``)."""
    if isinstance(data, dict):
        return {k: strip_private(v) for k, v in data.items() if not str(k).startswith("_")}
    if isinstance(data, list):
        return [strip_private(v) for v in data]
    return data
