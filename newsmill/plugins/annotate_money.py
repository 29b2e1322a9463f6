"""Annotator ``annotate-money``: amounts of money, normalized to integer currency units.

Mention ``value`` is the integer number of yuan (or of units of the currency
named); ``attributes`` carry ``qualifier``, ``currency`` (ISO code), ``unit``
(printed, e.g. ``亿元``) and ``number`` (printed number, normalized).  A range
gives two mentions with ``range`` = [low, high] and ``range_part``.
"""

from __future__ import annotations

from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.money import MoneyHit, find_money

PRIORITY = 200


def hit_to_mention(hit: MoneyHit) -> Mention:
    """The :class:`Mention` for one money hit (value conventions in docs/mentions.md)."""
    attrs: dict[str, Any] = {"qualifier": hit.qualifier, "currency": hit.currency,
                             "unit": hit.unit, "number": hit.number}
    value = hit.value
    if hit.amount != value:
        attrs["amount"] = format(hit.amount.normalize(), "f")
    if hit.range is not None:
        attrs["range"] = [int(hit.range[0]), int(hit.range[1])]
        attrs["range_part"] = hit.range_part
    if hit.bounds is not None:
        attrs["bounds"] = [int(hit.bounds[0]), int(hit.bounds[1])]
    if hit.per is not None:
        attrs["per"] = hit.per  # a price, not a sum
    return Mention("money", hit.start, hit.end, value, attrs)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Money runs before quantities, which skip what money already claimed."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every amount of money in the cleaned text."""
    hits = list(find_money(doc.clean))
    if "新台币" in doc.clean:  # cheap test: only a page that names the New Taiwan dollar
        local_dollars(doc.clean, hits)
    return [hit_to_mention(h) for h in hits]


def local_dollars(text: str, hits: list[MoneyHit]) -> None:
    """On a page whose amounts are in 新台币 and that never names 人民币, a bare ``元`` after the first
    such amount is the same currency (``投资总额逾3,200亿元``): it is set to TWD in place."""
    if "人民币" in text:
        return
    first = next((h.start for h in hits if h.currency == "TWD"), None)
    if first is None:
        return
    for h in hits:
        if h.start > first and h.currency == "CNY" and h.unit.endswith("元"):
            h.currency = "TWD"
