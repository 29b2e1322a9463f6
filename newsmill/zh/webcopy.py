"""Lines and pieces of lines a reader's copy of a web page brings along with the story.

A portal's or a paper's digital edition copied from the browser keeps what
stands around the text: the row of share buttons (``分享到： 微信 微博 QQ空间``,
``分享： [微信] [微博] [QQ] [复制链接]``, the bare row ``朋友圈  微信好友  新浪微博``),
the site's name with its address (``某县人民政府门户网站    www.某.gov.cn``) or with its
owner (``某县人民政府    主办单位：某县人民政府办公室``) repeated between paragraphs, the
digital edition's crumbs through the day and the page (``某某日报数字报 > 2025年10月22日 >
第A2版：要闻``), its navigation row (``上一版  下一版  |  版面导航  |  往期回顾``), and a
photo's caption glued to a paragraph, with its credit (``签约仪式现场 某某 摄此次签约的…``,
``…增长10.4%。某产业园内，工人正在作业。（某融媒体中心 供图）投资保持增长。``).

The tests here take a stripped line after the character cleaners (simplified script,
half-width digits and Latin letters, colons made full-width).
"""

from __future__ import annotations

import re

#: Where a share button sends the page.
_SHARE_TARGETS = ("微信好友", "微信朋友圈", "朋友圈", "微信", "新浪微博", "腾讯微博", "微博", "QQ空间",
                  "QQ好友", "QQ", "复制链接", "复制网址", "抖音", "今日头条", "豆瓣", "钉钉")
#: One token of a share bar: its label, a button (bracketed or bare) or a page tool beside it.
_SHARE_TOKEN_RE = re.compile(
    r"[ \t\u3000|｜]*(?:(?P<head>(?:分享到|分享至|分享|转发到|转发至)\s*[:：]?)"
    r"|(?P<target>[【\[]?\s*(?:" + "|".join(_SHARE_TARGETS) + r")\s*[】\]]?)"
    r"|(?P<tool>[【\[]\s*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|返回顶部|返回|纠错)"
    r"\s*[】\]]|打印本页|关闭窗口|返回顶部|收藏本页))")


def share_bar(s: str) -> bool:
    """A row of share buttons, maybe with its label and page tools beside it: two buttons, or the
    label and one (``分享到： 微信 微博 QQ空间``, ``【打印本页】 【关闭窗口】    分享到： 微信``,
    ``朋友圈  微信好友  新浪微博  QQ空间``).  A sentence naming WeChat is never one: every token
    must be a button, a label or a tool."""
    if len(s) > 120 or not any(t in s for t in ("微信", "微博", "QQ", "朋友圈", "链接", "抖音")):
        return False
    pos, targets, head = 0, 0, False
    while pos < len(s):
        m = _SHARE_TOKEN_RE.match(s, pos)
        if m is None or m.end() == pos:
            return False
        targets += m.group("target") is not None
        head = head or m.group("head") is not None
        pos = m.end()
    return targets >= 2 or (head and targets >= 1)


#: A site's or an edition's name, a gap, its web address, maybe the page after another gap
#: (``某县人民政府门户网站    www.某.gov.cn``, ``某某日报数字报  某.cn  第A2版``).
_SITE_ADDRESS_RE = re.compile(
    r"[\u4e00-\u9fff]{2,24}(?:网站|网|政府|报|数字报|电子报|电子版|客户端)[ \t\u3000]{2,}"
    r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org)/?"
    r"(?:[ \t\u3000]{2,}第?\s*[A-Z]?\d{1,3}\s*版)?")
#: A site's name, a gap, then its owner's field (``某区人民政府    主办单位：某区人民政府办公室``).
_SITE_OWNER_RE = re.compile(r"[\u4e00-\u9fff]{2,24}(?:网站|网|政府|门户)[ \t\u3000]{2,}"
                            r"(?:主办|承办)(?:单位)?\s*[:：]\s*\S.{0,40}")


#: A digital edition's name on a line of its own (``某某日报数字报``, ``某某晚报电子版``), the
#: paper's name and the edition's word apart by a middle dot or a blank (``某某导报·数字报``).
_EDITION_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,12}[·・ \t\u3000]?(?:数字报|电子报|电子版|数字版)(?:刊)?")
#: A government portal's name alone on its line (``某市人民政府门户网站``, ``某县人民政府网``).
_PORTAL_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:人民政府|政府)(?:门户网站|网站|网)")


#: A site's brand set before the portal's name on the head line (``某某融媒``, ``某某发布``, ``某某新闻网``).
_SITE_BRAND_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:融媒体中心|融媒体|融媒|发布|新闻网|在线|客户端|手机台)")


def _barred_site_names(s: str) -> bool:
    """A site's brand and a government portal's name on one line apart by a bar
    (``某某融媒 | 某区人民政府门户网站``): two or three fields, each a brand or a portal's name, one a
    portal's name."""
    fields = [f.strip(" \t\u3000") for f in re.split(r"[|｜]", s)]
    if not 2 <= len(fields) <= 3 or not all(fields):
        return False
    portals = [f for f in fields if len(f) <= 20 and _PORTAL_NAME_RE.fullmatch(f)]
    return bool(portals) and all(f in portals or _SITE_BRAND_RE.fullmatch(f) for f in fields)


#: One token of a portal's row of page tools: the font-size switch (``字号：[大 中 小]``) or a
#: bracketed tool (``【打印本页】``, ``【关闭窗口】``, ``【我要纠错】``).
_TOOL_TOKEN_RE = re.compile(
    r"[ \t\u3000|｜]*(?:(?P<font>[【\[]?\s*(?:字号|字体)\s*[:：]?\s*[\[［【]?\s*大\s*中\s*小\s*[\]］】]?)"
    r"|(?P<tool>[【\[]\s*(?:我要)?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|返回顶部"
    r"|返回|纠错|我要纠错)\s*[】\]]))")


def page_tools_row(s: str) -> bool:
    """A portal's row of page tools on a line of its own: the font-size switch and bracketed tools,
    two tokens or more and nothing else (``字号：[大 中 小]　　【打印本页】　【关闭窗口】　【我要纠错】``)."""
    if len(s) > 80 or ("【" not in s and "[" not in s):
        return False
    pos, tokens = 0, 0
    while pos < len(s):
        m = _TOOL_TOKEN_RE.match(s, pos)
        if m is None or m.end() == pos:
            return s[pos:].strip(" \t\u3000") == "" and tokens >= 2
        tokens += 1
        pos = m.end()
    return tokens >= 2


def site_name_line(s: str) -> bool:
    """A site's name with its address or its owner, as the page's head and foot repeat it (also
    between two paragraphs when the page is copied as printed), a digital edition's bare name, or
    a government portal's name alone (``某市人民政府门户网站``) or after the site's brand and a bar
    (``某某融媒 | 某区人民政府门户网站``)."""
    if s[-1] in "报版刊" and _EDITION_NAME_RE.fullmatch(s):
        return True
    if len(s) <= 20 and _PORTAL_NAME_RE.fullmatch(s):
        return True
    if ("|" in s or "｜" in s) and len(s) <= 48 and _barred_site_names(s):
        return True
    if "  " not in s and "\u3000" not in s:
        return False
    return _SITE_ADDRESS_RE.fullmatch(s) is not None or _SITE_OWNER_RE.fullmatch(s) is not None


#: A link of a digital edition's navigation row.
_EDITION_NAV_RE = re.compile(r"(?:首页|上一版|下一版|上一期|下一期|版面导航|版面目录|标题导航|往期回顾"
                             r"|往期浏览"
                             r"|往期查阅|PDF下载|PDF版|返回目录|本版目录|返回首页)")
_EDITION_NAV_ROW_RE = re.compile(_EDITION_NAV_RE.pattern
                                 + r"(?:[ \t\u3000|｜]+" + _EDITION_NAV_RE.pattern + ")+")
#: Crumbs of a digital edition: its name, then the day and the page among the steps
#: (``某某日报数字报 > 2025年10月22日 > 第A2版：要闻``).
_STEP = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}" \
        r"|第?[A-Z]?\d{1,3}版(?:[:：]?[\u4e00-\u9fff]{2,8})?|[\u4e00-\u9fff]{2,12})"
_EDITION_CRUMBS_RE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:\s*(?:>>?|»|›|＞)\s*" + _STEP + "){1,5}")
_DAY_OR_PAGE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d版")


def edition_navigation(s: str) -> bool:
    """A digital edition's navigation row (two links or more) or its crumbs through the day and
    the page (a date or a page among the steps: crumbs of sections alone are another rule's)."""
    if _EDITION_NAV_ROW_RE.fullmatch(s):
        return True
    if not (">" in s or "»" in s or "›" in s or "＞" in s):
        return False
    return _EDITION_CRUMBS_RE.fullmatch(s) is not None and _DAY_OR_PAGE_RE.search(s) is not None


#: A caption glued to the head of a paragraph, its photographer closing it (``签约仪式现场 某某
#: 摄此次签约的…``, ``图为集中开工活动现场。本报记者 某某 摄主会场设在…``): a scene label or a
#: ``图为…。`` sentence, a role maybe, a name of two or three characters (two or three names),
#: ``摄`` — and the paragraph going on right after it.
_HEAD_CAPTION_RE = re.compile(
    r"^[ \t\u3000]*(?:图为[^。！？\n]{2,60}。"
    r"|[^\s，。；：,;:（）()]{2,14}(?:现场|合影|留影|一角|掠影|剪影|全景|外景|实景)。?)"
    r"[ \t\u3000]*(?:(?:本报|新华社|特约)?(?:记者|通讯员|摄影记者|摄影)[ \t\u3000]*)?"
    r"[\u4e00-\u9fff]{2,3}(?:[ \t\u3000、][\u4e00-\u9fff]{2,3}){0,2}[ \t\u3000]*摄(?![影像制])"
    r"(?=[^\s。，])", re.M)
#: A caption glued inside a paragraph: the sentence right before a bracketed picture credit
#: (``…同比增长10.4%。某产业园内，工人正在生产线上作业。（某区融媒体中心 供图）投资保持增长。``).
_INNER_CAPTION_RE = re.compile(
    r"(?<=[。！？])[^。！？\n（()）]{4,60}。"
    r"[（(][ \t\u3000]*[^（()）\n。，]{2,24}?[ \t\u3000]*(?:供图|摄)[）)]")


#: A dated caption glued inside a paragraph, its photographer's credit unbracketed and the text going
#: on right after it (``…销往外地。11月5日，工人在某车间内巡检设备。本报记者 某某 摄某县是…``); the
#: credit may be broken over two lines (``本报`` ⏎ ``记者 某某 摄``).
_DATED_CAPTION_RE = re.compile(
    r"(?:(?<=[。！？])|^)[ \t\u3000]*\d{1,2}月\d{1,2}日[,，][^。！？\n]{4,60}。"
    r"[ \t\u3000]*(?:本报|新华社|特约)?[ \t\u3000\n]?(?:记者|通讯员|摄影记者)[ \t\u3000]*"
    r"[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,2}[ \t\u3000]*摄(?![影像制])(?=[^\s。，,])", re.M)


def glued_captions(text: str) -> list[tuple[int, int]]:
    """Spans of photo captions glued to a paragraph, with their credits (see the patterns above);
    a caption alone on its line is the line rules' business."""
    if "摄" not in text and "供图" not in text:
        return []
    out = [m.span() for m in _HEAD_CAPTION_RE.finditer(text)]
    out += [m.span() for m in _INNER_CAPTION_RE.finditer(text)]
    if "月" in text:
        out += [m.span() for m in _DATED_CAPTION_RE.finditer(text)]
    return sorted(out)
