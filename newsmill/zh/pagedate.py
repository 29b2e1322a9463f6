"""Publication dates printed on a page: header lines such as ``2021年1月21日 星期四``.

A date counts as the page's date only on a *date line*: a short line where,
once the date, the weekday, the lunar date, the page number, an outlet name
and labelled fields (``来源：``, ``发布时间：``…) are taken away, almost
nothing is left.  Dates inside sentences never count.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from newsmill.zh.names import HAN
from newsmill.zh.variants import alternation, either_script

_FULL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d))")
#: A weekday, a stray blank of a PDF allowed between its characters (``星 期四``).
_WEEKDAY = either_script("星") + r"[ \u3000]?" + either_script("期") + r"[ \u3000]?[一二三四五六日天]"
_FURNITURE = re.compile(
    "|".join([
        # a digital edition's page and its section's name after a colon (``第A3版:开放型经济``)
        r"第\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*[^\s\u3000]{1,8}",
        r"\d{1,2}:\d{2}(?::\d{2})?",
        # a portal's font switch and tools (``字号：大 中 小``, ``【大】【中】【小】``, ``【我要打印】``)
        # and an author whose name is letter-spaced (``作者：贺 娜``)
        r"(?:字号|字体)\s*[:：]\s*[\[［]?\s*大\s*中\s*小\s*[\]］]?",
        r"(?:[【\[]\s*[大中小]\s*[】\]]){3}",
        r"【\s*(?:我要)?(?:打印|关闭|纠错|收藏)[\u4e00-\u9fff]{0,2}\s*】",
        # an author field crediting reporters by their roles (``作者：记者 某某 通讯员 某某``)
        rf"作者\s*[:：]\s*(?:(?:记者|通讯员|实习生|见习记者|特约记者)[ \u3000]*)?[{HAN}]{{2,4}}"
        rf"(?:[ \u3000]+(?:(?:记者|通讯员|实习生|见习记者|特约记者)[ \u3000]*)?[{HAN}]{{2,4}}){{0,3}}"
        rf"(?![{HAN}])",
        rf"作者\s*[:：]\s*[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}",
        _WEEKDAY,
        r"(?<![" + HAN + r"])" + either_script("周") + r"[一二三四五六日](?![" + HAN + r"])",
        either_script("农历") + rf"[{HAN}]{{2,8}}",
        r"第\s*[\dA-Za-z一二三四五六七八九十]{1,4}\s*版",
        r"[A-Z]?\d{1,2}\s*版",
        alternation(("来源", "作者", "编辑", "责任编辑", "责编", "发布时间", "发布日期", "时间", "日期",
                     "浏览次数", "点击数", "字号", "版次", "期号")) + r"\s*[:：]\s*[^\s\u3000]*",
        rf"[{HAN}]{{1,10}}" + alternation(("日报", "晚报", "报", "网", "社",
                                           "新闻联播", "联播", "电视台", "卫视", "周刊", "旬刊")),
        # an outlet's name letter-spaced by a PDF (``德 阳 日 报``, a weekly's ``某 某 周 刊``)
        rf"(?:[{HAN}][ \u3000]{{1,3}}){{1,9}}(?:[日晚][ \u3000]{{1,3}})?报",
        rf"(?:[{HAN}][ \u3000]{{1,3}}){{1,9}}[周旬][ \u3000]{{1,3}}刊",
        # a digital edition's links (``第A3版:开放型经济　上一版　下一版　版面导航``)
        alternation(("上一版", "下一版", "版面导航", "上一期", "下一期", "往期回顾", "返回目录")),
        r"总?第\s*\d{1,6}\s*期",
        r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年",
        r"(?:闰)?[正一二三四五六七八九十冬腊臘]{1,2}月(?:初|十|廿|二十|三十)[一二三四五六七八九十]?",
        r"今日\s*\d{1,3}\s*版",
        # the office that compiles a bulletin, printed beside its date (``某市投资促进局编``)
        rf"[{HAN}（）()]{{2,20}}?(?:局|委|办|厅|中心|委员会|政府|管委会|办公室)(?:编印|编发|编|主办)(?![{HAN}])",
        rf"[{HAN}]{{1,4}}\s*[:：]\s*[^\s\u3000]{{0,12}}",
        # an editor's role and name, the name perhaps letter-spaced (``校对 孙 岩``)
        alternation(("责任编辑", "责任校对", "编辑", "责编", "版式", "美编", "校对", "审读", "组版", "制图",
                     "设计", "检校", "主编"))
        + rf"\s*[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}",
        # a county paper named ``今日某某`` (no ``报`` in its name)
        rf"(?<![{HAN}])今日[{HAN}]{{2,4}}(?![{HAN}])",
        alternation(("要闻", "综合", "经济", "新闻", "打印", "关闭", "分享", "大中小", "大 中 小")),
    ]))
_HAN_RE = re.compile(f"[{HAN}]")
#: A weekday, then a page number further on: the fields of a masthead (``第5版``, ``第十五版``, and a
#: Hong Kong or Macao paper's lettered page, ``A15``, ``B3``).
_WEEKDAY_AND_PAGE = re.compile(_WEEKDAY + r"\s.*(?:第\s*[A-Z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
                               r"|(?<![A-Za-z\d])[A-H]\d{1,2}(?![A-Za-z\d]))")
#: Han characters a section's name may leave on a masthead line.
_SECTION_CHARS = 8
#: Punctuation of a sentence: a date line holds none.
_STOP = re.compile("[。，,；;！？]")


#: Full-width digits, read as ASCII ones (a raw head such as ``２０２４年６月２０日``).
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE_DIGIT_RE = re.compile("[０-９]")


@attrs.define
class PageDate:
    """A date printed on a date line: the date and the span of its characters."""

    date: dt.date
    start: int
    end: int


def date_on_line(line: str, offset: int = 0, max_len: int = 80, max_left: int = 2) -> PageDate | None:
    """The date of a date line, or None when ``line`` is not one (full-width digits read too)."""
    if _WIDE_DIGIT_RE.search(line):
        line = line.translate(_WIDE_DIGITS)  # one character for one: spans stay
    if len(line.strip()) > max_len or _STOP.search(line):
        return None
    m = _FULL_DATE.search(line)
    if m is None:
        return None
    y = int(m.group("y"))
    mo = int(m.group("m1") or m.group("m2"))
    d = int(m.group("d1") or m.group("d2"))
    try:
        date = dt.date(y, mo, d)
    except ValueError:
        return None
    rest = line[: m.start()] + " " + line[m.end():]
    if _WEEKDAY_AND_PAGE.search(rest):
        # a masthead giving weekday and page holds its section's name too (``星期二  区(市)县  第5版``)
        max_left = max(max_left, _SECTION_CHARS)
    rest = _FURNITURE.sub(" ", rest)
    if len(_HAN_RE.findall(rest)) > max_left:
        return None
    return PageDate(date, offset + m.start(), offset + m.end())


def find_page_date(text: str, head_lines: int = 12, tail_lines: int = 6) -> PageDate | None:
    """The first date line among the first ``head_lines`` and last ``tail_lines`` non-empty lines."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw_line in text.split("\n"):
        if raw_line.strip():
            lines.append((pos, raw_line))
        pos += len(raw_line) + 1
    picked = lines[:head_lines] + lines[max(head_lines, len(lines) - tail_lines):]
    for start, line in picked:
        found = date_on_line(line, start)
        if found is not None:
            return found
    return None


__all__ = ["PageDate", "date_on_line", "find_page_date"]
