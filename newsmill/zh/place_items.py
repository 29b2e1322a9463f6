"""Items of a column of county news, each led by its place's name (``某县 10月10日，…``).

A county paper's column of briefs (``县区快讯``, ``县域动态``) opens every item with the county's or
district's name, often its short name without ``县``/``区``/``市``, a blank after it
(``蕉城 11月21日，…``, ``霞浦 全县首个…``, ``福鼎 福鼎市某某项目…``).  A PDF's narrow column may print
an item's first line right under the full last line of the item before it; the break there is a
paragraph's, not a wrap.
"""

from __future__ import annotations

import functools
import re

from newsmill.zh.gazetteer import division_names

#: A line opening on a place's name (two to five Han characters), then a blank, then text.
_LED_BY_NAME = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,5})[ \u3000]+(?=[\u4e00-\u9fff\d])")
#: A place's short name glued to what an item opens with once the blank is gone: a date or a time
#: word (``蕉城11月21日``, ``霞浦今年…``), the scope of the county (``霞浦全县…``).
_SHORT_THEN_OPENING = re.compile(r"(?P<p>[\u4e00-\u9fff]{2,3})"
                                 r"(?=\d{1,2}月|日前|近日|今年|前三季度|全(?:县|区|市))")


@functools.cache
def _names() -> frozenset[str]:
    return division_names()


def led_by_place(line: str) -> bool:
    """True when ``line`` opens an item led by a division's name (full or short) and a blank
    (``霞浦 全县首个…``, ``福鼎 福鼎市…``), or by its short name glued to a date, a time word or
    ``全县`` (``蕉城11月21日，…``)."""
    s = line.lstrip()
    m = _LED_BY_NAME.match(s)
    if m is not None and m.group("p") in _names():
        return True
    m = _SHORT_THEN_OPENING.match(s)
    return m is not None and m.group("p") in _names()


def opens_place_item(line: str) -> bool:
    """True when ``line`` opens with a division's name and a blank (``福鼎 福鼎市某某项目…``): the
    first line of an item of a column of county news, never a wrapped piece of a sentence."""
    m = _LED_BY_NAME.match(line.lstrip())
    return m is not None and m.group("p") in _names()
