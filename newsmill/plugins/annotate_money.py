"""Annotator ``annotate-money``: amounts of money, normalized to integer currency units.

Mention ``value`` is the integer number of yuan (or of units of the currency
named); ``attributes`` carry ``qualifier``, ``currency`` (ISO code), ``unit``
(printed, e.g. ``亿元``) and ``number`` (printed number, normalized).  A range
gives two mentions with ``range`` = [low, high] and ``range_part``.
"""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention
from newsmill.zh.money import MoneyHit, MoneyRow, money_rows, row_of_hit

PRIORITY = 200


def hit_to_mention(hit: MoneyHit) -> Mention:
    """The :class:`Mention` for one money hit (value conventions in docs/mentions.md)."""
    start, end, value, attrs = row_of_hit(hit)
    return Mention("money", start, end, value, attrs)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Money runs before quantities, which skip what money already claimed."""
    return {"annotate": PRIORITY}


@hookimpl
def newsmill_annotate(doc: Document) -> list[Mention]:
    """Every amount of money in the cleaned text."""
    text = doc.clean
    rows = money_rows(text)
    if not rows:
        return []
    if "新台币" in text:  # cheap test: only a page that names the New Taiwan dollar
        local_dollars(text, rows)
    return [Mention("money", start, end, value, attrs) for start, end, value, attrs in rows]


def local_dollars(text: str, rows: list[MoneyRow]) -> None:
    """On a page whose amounts are in 新台币 and that never names 人民币, a bare ``元`` after the first
    such amount is the same currency (``投资总额逾3,200亿元``): it is set to TWD in place."""
    if "人民币" in text:
        return
    first = next((row[0] for row in rows if row[3]["currency"] == "TWD"), None)
    if first is None:
        return
    for start, _, _, attrs in rows:
        if start > first and attrs["currency"] == "CNY" and attrs["unit"].endswith("元"):
            attrs["currency"] = "TWD"
