"""A firm's own bond (``某城市建设投资有限公司成功发行公司债券8亿元，期限5年，票面利率2.85%``): the firm's
deal, its sum and its coupon no statistic of a place."""

from __future__ import annotations

import re

#: A firm issuing a bond of its own (``某某有限公司成功发行公司债券``, ``企业发行了1亿元科技创新公司债券``,
#: ``某集团发行中期票据``); a place's government bonds (``发行新增专项债券``) are no firm's.
_FIRM_BOND = re.compile(r"(?:公司|集团|企业)(?:[^，,。；;]{0,6}?)(?:已经?|成功|顺利|首次|首单)?发行了?"
                        r"[^，,。；;]{0,12}?(?:公司债券?|企业债券?|中期票据|短期融资券|私募债券?|可转换公司债券?)")
#: The terms a bond is issued at (``票面利率2.85%``, ``发行利率3.1%``), right before a percent.
_BOND_RATE = re.compile(r"(?:票面|发行|中标|年)利率(?:为|仅为|约)?$")


def firm_bond(text: str, s0: int, start: int, end: int) -> bool:
    """True when the figure ``start``–``end`` of a sentence from ``s0`` is the sum of a firm's own bond
    (its clause ``…公司成功发行公司债券8亿元``, ``…发行了1亿元科技创新公司债券``) or the rate it is issued at
    (``…，票面利率2.85%``); bonds a place issues (``全市发行新增专项债券38亿元``) and a place's average
    lending rate (``加权平均利率3.15%``) stay statistics."""
    bond = None
    for m in _FIRM_BOND.finditer(text, s0, min(len(text), end + 16)):
        if m.start() < start:
            bond = m
    if bond is None:
        return False
    if bond.start() < start < bond.end() or 0 <= start - bond.end() <= 2:
        return True  # the bond's own sum, inside its clause or right after it
    return _BOND_RATE.search(text, max(s0, start - 8), start) is not None
