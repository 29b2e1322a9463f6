"""Briefs whose title is a lead-in on the first line of their text.

A column of briefs (``简讯``, ``新闻速览``) often prints each item as one
paragraph: a short title set off from the text by brackets (``【某镇某某厂建成
投用】近日，…``), by bold marks (``**某县新增市场主体860户**　一季度，…``) or by an
ideographic space or a wide gap (``● 某镇某某小区建成　近日，…``) or by one space before
the lead's time word (``某县某厂投产 11月2日，…``), and a credit
in brackets closing it (``（通讯员 某某）``).  The title is a headline of its
own: it is put on a line of its own, the text below it.
"""

from __future__ import annotations

import re

from newsmill.zh.bylines import parse_trailing_credit

#: A bullet mark before a brief's lead-in.
_BULLETS = "●■◆▲◇□○▶►★☆◎"
#: A lead-in title: Han characters, digits and the signs a title keeps (``%``, ``·``, quotes);
#: no stop, comma or colon of a sentence.
_TITLE = r"[\u4e00-\u9fffA-Za-z0-9%．.·“”‘’、]{5,30}"
#: The lead-in of a paragraph: ``【title】``, ``**title**`` or ``title`` then an ideographic space
#: or a gap of two spaces, after an optional bullet; then the text.
_LEADIN_RE = re.compile(
    rf"^(?P<bullet>[{_BULLETS}][ \t\u3000]*)?"
    rf"(?:【(?P<br>{_TITLE})】[ \t\u3000]*"
    rf"|\*\*(?P<bold>{_TITLE})\*\*[ \t\u3000]*"
    rf"|(?P<plain>{_TITLE})(?:\u3000+|[ \t]{{2,}}|(?<=[\u4e00-\u9fff%]) (?=\S)))"
    r"(?P<text>\S.{19,})$")
#: The opening of a brief's text after its title: a day or a time of the report (``11月2日，``,
#: ``10月下旬，``, ``近日，``, ``今年1至9月，``, ``前10个月，``).  After it, one plain space is
#: enough to set a title off (``某县某厂投产 11月2日，…``).
_LEAD_OPENING_RE = re.compile(
    r"(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)|近日|日前|近期|眼下|目前|今年(?:以来)?"
    r"|(?:今年)?(?:1|一)(?:至|—|-|－)\d{1,2}月|前\d{1,2}个月|前[一二三]季度|上半年)[，,]")
#: Words of a caption or an editor's note, never a brief's title.
_NO_TITLE_RE = re.compile(r"图|摄$|编者按|记者|通讯员|广告")


def leadin_breaks(text: str) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` putting each brief's lead-in title on a line of its own.

    A paragraph (a line of its own) opens with a lead-in title and closes
    with a credit in brackets (``（记者 某某）``); the gap between title and
    text becomes a paragraph break.  A bracketed title loses its brackets (they mark the lead-in as
    bold type does); bold marks stay for the Markdown cleaner.
    """
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        s = line.strip()
        if len(s) < 26 or s[-1] not in ")）":
            continue
        lead = len(line) - len(line.lstrip())
        m = _LEADIN_RE.match(s)
        if m is None:
            continue
        title = m.group("br") or m.group("bold") or m.group("plain")
        gap = s[:m.start("text")]
        if _NO_TITLE_RE.search(title) or (
                m.group("plain") and not m.group("bullet") and "\u3000" not in gap and "  " not in gap
                and (title.endswith("讯") or not _LEAD_OPENING_RE.match(m.group("text")))):
            continue  # a plain title needs a bullet, a wide gap or a lead's time word after one space:
            # one space may be inside a title (and ``某某日报讯 11月2日，`` is a dateline)
        if parse_trailing_credit(m.group("text")) is None:
            continue
        # the gap: from the end of the title (and its closing marks) to the text
        if m.group("br"):
            out.append((start + lead + m.start("br") - 1, start + lead + m.start("br"), ""))  # 【
            gap_start = m.end("br")  # 】 goes with the gap
        elif m.group("bold"):
            gap_start = m.end("bold") + 2
        else:
            gap_start = m.end("plain")
        out.append((start + lead + gap_start, start + lead + m.start("text"), "\n\n"))
    return out
