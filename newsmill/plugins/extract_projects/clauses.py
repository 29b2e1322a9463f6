"""Small text helpers: the clause, list item, date and day around a project's name."""

from __future__ import annotations

import re
from typing import Any

from newsmill.core.model import Record
from newsmill.zh.projects import NameSpan
from newsmill.zh.recctx import RecordContext, Span


def _same_item(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` of a sentence lie in one ``；``-item."""
    lo, hi = min(a, b), max(a, b)
    return text.find("；", lo, hi) < 0 and text.find(";", lo, hi) < 0


def _item_of(text: str, sent: Span, name: NameSpan) -> tuple[int, int]:
    """The ``；``-separated item of the sentence that holds the name."""
    i0 = text.rfind("；", sent.start, name.start) + 1 or sent.start
    i1 = text.find("；", name.end, sent.end)
    return i0, sent.end if i1 < 0 else i1


#: What a day right before dates when it is a filing's or a board's day, no event of the works
#: (``7月1日晚间公告``, ``于2025年5月12日披露了《…》``, ``于2026年3月18日召开第三届董事会…``).
_FILING_DAY_AFTER = re.compile(r"(?:晚间|早间|晚|盘后)?(?:发布了?[^，,。；;]{0,12}?公告|公告|披露)"
                               # (the filing firm named between, by its short name and code:
                               # ``11月24日晚，某某农业（300989）发布公告``)
                               r"|(?:晚间|早间|晚|盘后)?[，,]?[\u4e00-\u9fffA-Z*]{2,8}[（(]\d{6}[）)]"
                               r"(?:发布了?[^，,。；;]{0,12}?公告|公告|披露)"
                               r"|召开了?(?:公司)?第[一二三四五六七八九十]{1,3}届(?:董事会|监事会)"
                               r"|召开了?(?:公司)?(?:\d{4}年)?(?:第[一二三四五六七八九十]次)?(?:临时)?股东(?:大)?会")


def _date(ctx: RecordContext, sent: Span) -> tuple[str | None, Any]:
    """The first day of the sentence; the date of a dateline (``某地7月28日电``) only when it is
    the sentence's one day (it is when the story was filed, not when the event happened); a day a
    filing came out or a board met on (:data:`_FILING_DAY_AFTER`) is none."""
    filed = None
    for m in ctx.mentions_in("dates", sent.start, sent.end):
        if isinstance(m.value, dict):
            if m.value.get("granularity") == "day" and m.value.get("start"):
                if ctx.text.startswith(("电", "讯"), m.end):
                    filed = filed or m
                    continue
                if _FILING_DAY_AFTER.match(ctx.text, m.end):
                    continue  # 7月1日晚间公告: the day of the filing, no event of the works
                return str(m.value["start"]), m
    if filed is not None:
        return str(filed.value["start"]), filed
    return None, None


def _other_items_day(text: str, sent: Span, name: NameSpan, pos: int) -> bool:
    """Whether a day at ``pos`` lies in another ``；``-item of the sentence than the name's (an
    earlier one, or a later one: ``甲项目…预计11月开工；乙项目9月28日建成``)."""
    if text.find("；", sent.start, sent.end) < 0 and text.find(";", sent.start, sent.end) < 0:
        return False
    i0, i1 = _item_of(text, sent, name)
    return pos < i0 or pos >= i1


def _ends_with_de(text: str, start: int, end: int) -> bool:
    """Whether ``的$`` can match in ``text[start:end]``: 的 ends it (or stands before a final line end)."""
    return text.find("的", max(start, end - 2), end) >= 0


def _after_last(pat: re.Pattern, text: str) -> int:
    """Offset in ``text`` just after the last match of ``pat`` (0 when none)."""
    last = 0
    for m in pat.finditer(text):
        last = m.end()
    return last


def _name_start(r: Record) -> int:
    """Where a record's name starts (-1 when it has no name's evidence)."""
    name = r.fields.get("name")
    return name.evidence[0].start if name is not None and name.evidence else -1
