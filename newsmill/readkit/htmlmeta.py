"""Metadata of an HTML page: declared charset, title, publication date, URL and outlet.

The publication date is taken only from metadata, in this order: JSON-LD
``datePublished``; ``<meta>`` tags (``article:published_time``, ``pubdate``,
``PubDate``, ``publishdate``, ``firstpublishedtime``, ``DC.date.issued``…);
WeChat's script variables (``var ct = "<unix time>"`` read in China time,
``publish_time``/``create_time``); ``<time datetime>`` marked as the
publication time; elements with a date id (``#publish_time`` of a WeChat page
saved from a browser, ``#pubtime_baidu``…).  Dates visible only in the text are left to the segmenter.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from lxml import etree

CHINA_TZ = dt.timezone(dt.timedelta(hours=8))
DATE_META_NAMES = (
    "article:published_time", "og:published_time", "og:release_date", "datepublished",
    "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time",
    "firstpublishedtime", "dc.date.issued", "dc.date", "dcterms.issued", "date",
    "parsely-pub-date", "sailthru.date", "weibo:article:create_at",
)
#: ids of elements that carry the publication date for crawlers (WeChat, Baidu's convention)
DATE_ELEMENT_IDS = ("publish_time", "pubtime_baidu", "pubtime", "pub_time", "publish_date")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜| - | — |－|--|(?<![\d\s])-(?![\d\s]))\s*")
_DATE_RX = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
                      r"|((?:19|20)\d\d)(\d\d)(\d\d)")
_CHARSET_RX = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_WECHAT_TS = re.compile(r"""\bvar\s+(?:ct|create_time)\s*=\s*["']?(\d{9,10})["']?""")
_WECHAT_DATE = re.compile(r"""\bvar\s+publish_time\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2})""")

CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
                   "big5": "big5hkscs", "x-big5": "big5hkscs", "utf8": "utf-8"}


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` in the first 4 KB declares (GB2312/GBK widened to GB18030)."""
    m = _CHARSET_RX.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    return CHARSET_ALIASES.get(name, name)


def parse_date(value: str) -> dt.date | None:
    """The first calendar date in a metadata value (ISO, ``2021/1/21``, ``2021年1月21日``, ``20210121``)."""
    m = _DATE_RX.search(value or "")
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _jsonld_objects(root: etree._Element) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                out.append(x)
                if isinstance(x.get("@graph"), list):
                    stack.extend(x["@graph"])
    return out


def _metas(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "")
        content = m.get("content")
        if key and content and key.lower() not in out:
            out[key.lower()] = content.strip()
    return out


def pub_date(root: etree._Element, scripts: str) -> tuple[dt.date | None, str | None]:
    """The publication date from metadata and where it was found (``None`` when absent)."""
    for obj in _jsonld_objects(root):
        for key in ("datePublished", "dateCreated"):
            d = parse_date(str(obj.get(key) or ""))
            if d:
                return d, f"json-ld {key}"
    metas = _metas(root)
    for name in DATE_META_NAMES:
        d = parse_date(metas.get(name, ""))
        if d:
            return d, f"meta {name}"
    m = _WECHAT_TS.search(scripts)
    if m:
        return dt.datetime.fromtimestamp(int(m.group(1)), CHINA_TZ).date(), "wechat ct"
    m = _WECHAT_DATE.search(scripts)
    if m:
        d = parse_date(m.group(1))
        if d:
            return d, "wechat publish_time"
    for t in root.xpath('//time[@pubdate or @itemprop="datePublished"]'):
        d = parse_date(t.get("datetime") or t.text_content())
        if d:
            return d, "time element"
    for id_ in DATE_ELEMENT_IDS:
        for el in root.xpath(f'//*[@id="{id_}"]'):
            d = parse_date(el.text_content())
            if d:
                return d, f"#{id_}"
    return None, None


def script_text(root: etree._Element) -> str:
    """The inline scripts of a page, concatenated (for WeChat's variables)."""
    return "\n".join(s.text or "" for s in root.iter("script") if not s.get("src"))


def _ws(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def title(root: etree._Element) -> str | None:
    """The article title: the page's ``<h1>``, og:title, JSON-LD headline or ``<title>`` minus the site."""
    metas = _metas(root)
    page_title = _ws(root.findtext(".//title"))
    h1 = next((_ws(h.text_content()) for h in root.iter("h1") if _ws(h.text_content())), "")
    og = _ws(metas.get("og:title") or metas.get("twitter:title"))
    headline = next((_ws(str(o["headline"])) for o in _jsonld_objects(root) if o.get("headline")), "")
    if h1 and (not page_title or h1 in page_title or h1 in (og, headline) or len(h1) >= 6):
        return h1
    if og or headline:
        return og or headline
    if page_title:
        parts = TITLE_SEPARATORS.split(page_title)
        return max(parts[:-1] or parts, key=len) if len(parts) > 1 else page_title
    return None


def url_and_outlet(root: etree._Element) -> tuple[str | None, str | None]:
    """The canonical URL and the outlet (site or WeChat account) when the page names them."""
    metas = _metas(root)
    url = next((link.get("href") for link in root.iter("link")
                if (link.get("rel") or "").lower() == "canonical" and link.get("href")), None)
    url = url or metas.get("og:url")
    outlet = metas.get("og:site_name") or metas.get("sitename") or metas.get("application-name")
    if not outlet:
        acc = root.xpath('//*[@id="js_name"]')
        outlet = _ws(acc[0].text_content()) if acc else None
    return url or None, outlet or None
