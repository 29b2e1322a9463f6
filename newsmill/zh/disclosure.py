"""The catalogue box of a government's information-disclosure page.

A notice published on a government portal is printed under a box of labelled fields that file it
in the disclosure catalogue, one field a line or two apart by wide blanks, the labels often
letter-spaced to one width::

    索 引 号：11140000XX/2026-00123
    发文机关：某市发展和改革委员会
    成文日期：2026年03月02日
    发布日期：2026年03月04日
    主题分类：国民经济管理
    文　　号：某发改发〔2026〕12号
    有 效 性：有效

:func:`disclosure_line` tells such a line (the page's furniture, no title nor body), and
:func:`issuing_organ` reads the organ that issued the notice from its ``发文机关`` field: the
notice's source when no byline names one.
"""

from __future__ import annotations

import re

#: Labels that only a disclosure catalogue prints (letter-spaced or not).
_CATALOGUE_LABELS = ("索引号", "发文机关", "发布机构", "成文日期", "发文日期", "生成日期", "主题分类",
                     "体裁分类", "组配分类", "服务对象", "发文字号", "文号", "有效性", "时效性", "主题词",
                     "公开方式", "公开范围", "公开时限", "公开形式", "信息类别", "信息分类", "所属机构",
                     "文种", "公文种类")
#: Labels a disclosure box shares with other pages' meta lines: furniture beside a catalogue field.
_SHARED_LABELS = ("发布日期", "发布时间", "信息来源", "来源", "字号")


def _spaced(label: str) -> str:
    """``label`` with blanks allowed between its characters (``索 引 号``, ``文　　号``)."""
    return r"[ \u3000]*".join(re.escape(ch) for ch in label)


def _alternation(labels: tuple[str, ...]) -> str:
    return "|".join(_spaced(lb) for lb in sorted(labels, key=len, reverse=True))


#: One field: a label, a colon, a value of no sentence (no full stop, no comma).
_FIELD = r"(?:{labels})[ \u3000]*[:：][ \u3000]*[^\s。，；;,][^。，；;,]{{0,40}}?"
_GAP = r"(?:[ \t\u3000]{2,}|\t)"
#: A line of one to three fields apart by wide blanks.
_FIELDS_LINE = re.compile(
    rf"{_FIELD.format(labels=_alternation(_CATALOGUE_LABELS + _SHARED_LABELS))}"
    rf"(?:{_GAP}{_FIELD.format(labels=_alternation(_CATALOGUE_LABELS + _SHARED_LABELS))}){{0,2}}")
#: A label only a catalogue prints, opening a field.
_CATALOGUE_LABEL = re.compile(rf"(?:^|{_GAP})(?:{_alternation(_CATALOGUE_LABELS)})[ \u3000]*[:：]")
#: The issuing organ's field (``发文机关：某市发展和改革委员会``, ``发布机构：某县人民政府办公室``).
_ORGAN = re.compile(rf"(?:{_spaced('发文机关')}|{_spaced('发布机构')})[ \u3000]*[:：][ \u3000]*"
                    r"(?P<organ>[\u4e00-\u9fff（）()、]{4,40})[ \t\u3000]*$")


def catalogue_line(s: str) -> bool:
    """True for a line of a disclosure catalogue's fields, one of them a label only such a box
    prints (``索 引 号：…``, ``发文机关：…``, ``成文日期：…``, ``有 效 性：有效``)."""
    s = s.strip()
    return len(s) <= 80 and ("：" in s or ":" in s) and _CATALOGUE_LABEL.search(s) is not None \
        and _FIELDS_LINE.fullmatch(s) is not None


def disclosure_line(texts: list[str], i: int) -> bool:
    """True when line ``i`` of the stripped ``texts`` is a field line of a disclosure box: a
    catalogue field line, or a field line shared with other meta lines (``发布日期：…``) right
    beside one (blank lines skipped)."""
    s = texts[i]
    if catalogue_line(s):
        return True
    if len(s) > 60 or not s.strip() or _FIELDS_LINE.fullmatch(s.strip()) is None:
        return False
    before = next((t for t in reversed(texts[max(0, i - 3):i]) if t), "")
    after = next((t for t in texts[i + 1:i + 4] if t), "")
    return catalogue_line(before) or catalogue_line(after)


def issuing_organ(s: str) -> re.Match[str] | None:
    """The ``发文机关``/``发布机构`` field of a disclosure box line, its organ in group ``organ``."""
    if "机" not in s:
        return None
    return _ORGAN.match(s.strip())


__all__ = ["catalogue_line", "disclosure_line", "issuing_organ"]
