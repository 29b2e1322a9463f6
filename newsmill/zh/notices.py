"""Notices, adverts and weather boxes printed between the stories of a newspaper page.

County papers and the county pages of city dailies fill their gaps with paid
notices (``遗失声明``, ``招聘启事``), public announcements of an office (an issuer
line, ``关于…的公告``, the text, ``特此公告。``, the issuer and the day again) and
a weather line (``今日天气  多云  8℃～15℃``).  None of them is a story: their
lines are page furniture.
"""

from __future__ import annotations

import re

#: The head of a notice on a line of its own: a statement, a hiring notice, an office's
#: announcement or publicity (``遗失声明``, ``招聘启事``, ``关于…的公告``, ``停电公告``).
_NOTICE_HEAD_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}声明|[\u4e00-\u9fff]{0,6}启事|招聘|公告|通告|公示"
    r"|关于[^\s，。]{2,40}的(?:公告|通告|公示)"
    r"|停(?:水|电|气)(?:公告|通告))")
#: The closing words of a notice's text (``声明作废。``, ``特此公告。``).
_NOTICE_END_RE = re.compile(r"(?:声明作废|特此(?:公告|声明|通告|公示)|予以作废)[。！!]?$")
#: An issuer printed on a line of its own above or below a notice (an office, a firm).
_ISSUER_RE = re.compile(r"[\u4e00-\u9fff（）()]{2,24}"
                        r"(?:局|委|委员会|政府|办公室|中心|公司|集团|银行|医院|学校|所)")
#: A day printed on a line of its own under a notice.
_DAY_RE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
#: A hiring notice's last line: how to reach the firm.
_CONTACT_RE = re.compile(r"(?:联系电话|联系人|咨询电话|报名电话)\s*[:：]")
#: A weather line: the word, then the day's sky and temperatures (``今日天气  多云  8℃～15℃``).
_WEATHER_RE = re.compile(r"(?:今日|明日|今天|明天|本地|城区)?天气(?:预报)?(?:[\s\u3000:：].*)?[℃°].*"
                         # (the label in square brackets: ``【今日天气】晴转多云　-3℃～8℃``)
                         r"|[【\[](?:今日|明日|今天|明天|后天|本地|城区)?天气(?:预报)?[】\]].*[℃°].*")
#: A line of living indices under a weather line: the label, then two or more short ``what：how``
#: pairs (``【生活指数】穿衣：较冷　洗车：适宜``).
_LIVING_INDEX_RE = re.compile(r"[【\[]?生活(?:气象)?指数[】\]]?\s*[:：]?\s*"
                              r"(?:[\u4e00-\u9fff]{1,4}指?数?\s*[:：]\s*[\u4e00-\u9fff]{1,6}"
                              r"[ \t\u3000]*){2,}")
#: A public-service advert's label after its slogan (``保护母亲河 共建美丽家园（公益广告）``).
_PSA_RE = re.compile(r".{2,40}[（(]\s*公益广告\s*[)）]")
#: Most lines a notice's text may take between its head and its closing words.
_MAX_NOTICE_LINES = 6
#: An advert's label on a line of its own, maybe spaced or bracketed (``广  告``, ``（广告）``).
_AD_LABEL_RE = re.compile(r"[（(【\[]?\s*广\s*告\s*[）)】\]]?")
#: A labelled telephone of an advert (``订购热线：0454-8686XXX``, ``咨询电话：0435-6288123``); digits
#: a page masks (``X``, ``*``) count as digits, and so does a number masked whole after its area
#: code (``0874-×××××××``).
_AD_PHONE_RE = re.compile(r"(?:热线|电话|咨询|订购|预订|订餐|服务)\S{0,4}\s*[:：]\s*"
                          r"(?:(?:0\d{2,3}-?)?\d{3,4}[\dXx*]{3,5}|1\d{4}[\dXx*]{6}"
                          r"|0\d{2,3}-?[×Xx*＊]{7,8}"
                          # (masked after its first digits: ``0836-28xxxxx``)
                          r"|0\d{2,3}-\d{1,4}[×Xx*＊]{3,6})(?![\dXx*×＊])")
#: A line that sells by telephone (``订购热线：…``, ``预订电话：…``, a paper's ``订阅热线：…``): a product's
#: advert, even of two lines.
_SALES_PHONE_RE = re.compile(r"(?:订购|预订|订餐|订货|团购|订阅)(?:热线|电话)\s*[:：]")
#: Marks of running text: an advert's lines hold none of them.
_CLAUSE_MARKS = frozenset("。，；！？,;!?")
#: Longest line of an advert block.
_AD_LINE_MAX = 40


def is_notice_head(s: str) -> bool:
    """True for the head of a notice on a line of its own (``遗失声明``, ``关于…的公告``)."""
    return len(s) <= 48 and _NOTICE_HEAD_RE.fullmatch(s) is not None


def is_weather_line(s: str) -> bool:
    """True for a weather line (``今日天气  多云转小雨  8℃～15℃``) or a line of living indices under it
    (``【生活指数】穿衣：较冷　洗车：适宜``)."""
    return len(s) <= 80 and (_WEATHER_RE.fullmatch(s) is not None
                             or _LIVING_INDEX_RE.fullmatch(s) is not None)


def is_psa_line(s: str) -> bool:
    """True for a public-service slogan labelled as an advert (``…（公益广告）``)."""
    return _PSA_RE.fullmatch(s) is not None


def notice_lines(texts: list[str]) -> list[int]:
    """Indices of the lines of every notice in ``texts`` (stripped lines, ``""`` for a blank).

    A notice is its head, its text up to the closing words (``声明作废。``,
    ``特此公告。``) or, for a hiring notice, up to the contact line, then an issuer
    and a day printed under it; an issuer line right above the head belongs to it.
    A head whose text never closes so within a few lines is left alone (a story's title).
    """
    out: list[int] = []
    full = [i for i, s in enumerate(texts) if s]
    for n, i in enumerate(full):
        if not is_notice_head(texts[i]):
            continue
        hiring = "招聘" in texts[i] or texts[i].endswith("启事")
        end = None
        for k in range(n + 1, min(n + 1 + _MAX_NOTICE_LINES, len(full))):
            s = texts[full[k]]
            if _NOTICE_END_RE.search(s) or (hiring and _CONTACT_RE.search(s)):
                end = k
                break
        if end is None:
            continue
        while end + 1 < len(full) and len(texts[full[end + 1]]) <= 100 \
                and _NOTICE_END_RE.search(texts[full[end + 1]]):
            end += 1  # a second notice under the same head, on one line (``…不慎遗失…，声明作废。``)
        while end + 1 < len(full) and len(texts[full[end + 1]]) <= 24 and (
                _ISSUER_RE.fullmatch(texts[full[end + 1]]) or _DAY_RE.fullmatch(texts[full[end + 1]])):
            end += 1  # the issuer and the day signed under the text
        first = n
        if n > 0 and _ISSUER_RE.fullmatch(texts[full[n - 1]]) and full[n - 1] not in out:
            first = n - 1  # the issuer printed above the head
        out.extend(full[first:end + 1])
    return out


#: Wide blanks between the items of one advert line (``某某公司　春季购车节　订车即享补贴``).
_AD_GAP_RE = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")


def _short_ad_line(s: str) -> bool:
    """A line short enough for an advert: at most :data:`_AD_LINE_MAX` characters, or up to twice
    that when its items, apart by wide blanks, are each at most half of it."""
    if len(s) <= _AD_LINE_MAX:
        return True
    return len(s) <= 2 * _AD_LINE_MAX and all(len(f) <= _AD_LINE_MAX // 2 for f in _AD_GAP_RE.split(s))


def _blocks(texts: list[str]) -> list[list[int]]:
    """Runs of consecutive non-blank lines (indices), in page order."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, s in enumerate(texts):
        if s:
            run.append(i)
        elif run:
            out.append(run)
            run = []
    if run:
        out.append(run)
    return out


def is_ad_label(s: str) -> bool:
    """True for an advert's label alone on its line (``广告``, ``广  告``, ``（广告）``)."""
    return len(s) <= 12 and "告" in s and _AD_LABEL_RE.fullmatch(s) is not None


def advert_lines(texts: list[str]) -> list[int]:
    """Indices of the lines of the advert blocks of a page (stripped lines, ``""`` for a blank).

    An advert block is a run of short lines with no clause mark (a shop's or a product's name,
    slogans, an offer, an address, a telephone), set apart by blank lines, that carries an
    advert's label (``广告`` above it or inside it, ``（广告）`` under it) or, three lines or more,
    a labelled telephone (``订购热线：…``, ``咨询电话：…``); two lines suffice when the telephone
    is one to order by (a product's name or slogan over ``订购热线：…``).  A story's lines hold
    clause marks.
    """
    out: list[int] = []
    prev_label = False
    for block in _blocks(texts):
        lines = [texts[i] for i in block]
        label = prev_label or any(is_ad_label(s) for s in lines)
        prev_label = len(block) == 1 and is_ad_label(lines[0])
        if prev_label:
            out.extend(block)
            continue
        if not all(_short_ad_line(s) and not _CLAUSE_MARKS.intersection(s) for s in lines):
            continue
        phones = [s for s in lines if _AD_PHONE_RE.search(s)]
        if label or (len(block) >= 3 and phones) \
                or (len(block) >= 2 and any(_SALES_PHONE_RE.search(s) for s in phones)):
            out.extend(block)
    return out
