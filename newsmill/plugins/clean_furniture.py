"""Cleaner: flag page furniture and photo captions as regions (nothing is deleted).

Lines are flagged, never removed, so segmentation and the writers can use or
skip them.  Kinds:

``furniture``
    share/follow prompts of web and app pages (``分享让更多人看到``,
    ``点击关注``, ``分享到：微信 微博``, QR-code prompts, ``阅读原文``), portal
    tool links (``【打印】【关闭】``, ``【我要纠错】``), site registration lines
    (``网站标识码``, ``ICP备``), meta lines of labelled fields (``发布日期：… 浏览次数：…``),
    a disclosure box's fields (``索 引 号：…``),
    the frame and teasers of a box drawn in text (``┌── 导读 ──┐``), editor lines (``责任编辑：``,
    ``编辑:``, ``校对``), source and copyright notes, page headers and footers
    (``第3版``, a date with its weekday, bare page numbers).
``caption``
    photo credits (``新华社记者 X 摄``, ``X/摄``, ``供图``), caption lines
    (``图为…``, ``▲…``), short scene labels (``…现场``, ``…合影``), and a short
    untitled line in a photo slot (after a headline, right before the byline).

Every rule looks at one short line (at most ``max_len`` characters) plus,
for photo slots, the lines around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.article_layout import (
    BOX_EDGE_CHARS,
    footer_fields_line,
    is_box_frame,
    is_boxed_teaser,
    is_masthead,
    photo_news_body,
)
from newsmill.zh.county_paper import county_paper_furniture, title_nav_lines
from newsmill.zh.disclosure import disclosure_line
from newsmill.zh.layout import (
    IMAGE_PLACEHOLDERS,
    Line,
    is_byline,
    is_credit,
    is_heading_marker,
    is_title_like,
)
from newsmill.zh.notices import advert_lines, is_psa_line, is_weather_line, notice_lines
from newsmill.zh.webcopy import edition_navigation, glued_captions, page_tools_row, share_bar, site_name_line

#: Default position in the cleaning chain (before line joining, which must not join furniture).
PRIORITY = 60
#: A label's separator: a colon, a slash or an account's bar (``编辑｜某某``).
_SEP = r"\s*[:：/|｜]\s*"
#: Roles of a page's editor line.
_EDITOR_ROLES = ("本版主编|执行主编|主编|本版责任编辑|责任编辑|本版编辑|本版责编|值班编辑|美术编辑|编辑|"
                 "责编|审核|"
                 "审校|校对|终审|初审|复审|监制|美编|统筹|版式设计|版式|组版")
#: A person's name in an editor line, its characters maybe set apart by one space (``张 某``),
#: half- or full-width (``张\u3000某``, as a page set in full width prints it).
_NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
#: A name in a bracketed editor line, where a PDF may set two blanks between its characters.
_SPACED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}"
#: An app or a channel a web copy's share links name (``Facebook``, ``微信``, ``电邮``).
_SHARE_APP = (r"(?:Facebook|WhatsApp|Twitter|Telegram|LINE|Line|Email|E-mail"
              r"|微信|微博|朋友圈|QQ空间|QQ|电邮|邮件|脸书)")
FURNITURE_RES: dict[str, re.Pattern[str]] = {
    "share prompt": re.compile(
        # (an arrow may point up to the account's name: ``↑ 点击上方“某某发布”关注我们``; after a
        # picture's placeholder or a pointer down: ``[二维码] 长按识别…``, ``▼扫描下方…``; who made
        # the page's pictures before the prompt: ``某某日报社新媒体中心出品 扫码看更多图片``)
        r"(?:[\[【](?:图片|二维码)[\]】]\s*|[▼↑↓]\s*|[\u4e00-\u9fff]{2,20}(?:出品|制作)[ \t\u3000]*)?"
        r"(?:(?:分享|转发)(?:给|让)?(?:更多(?:的)?(?:人|朋友)|朋友)(?:看到|看看)?"
        r"|(?:点击|戳)(?:上方|下方|蓝字|右上角|这里)?.{0,6}(?:关注|订阅|阅读原文|查看)"
        r"|(?:长按|扫描?|扫一扫)(?:识别)?(?:下方|上方)?(?:二维码|图片|小程序码)?.{0,8}"
        r"(?:关注|下载|阅读|二维码|打开|(?:查)?看更多)"
        r"|阅读原文|(?:喜欢(?:的话)?(?:就|请)?)?点(?:个)?[“\"「]?(?:赞|在看)|喜欢(?:就|请)?(?:点赞|分享|关注)"
        r"|欢迎(?:分享|转发|关注))"
        r".{0,12}"
        # (a follow prompt broken over two lines: ``点击蓝字`` ⏎ ``关注我们``)
        r"|(?:点击|戳)(?:上方)?蓝字|关注我们[!！~～]*"
        r"|分享到\s*[:：]?.{0,30}"
        # (share links to named apps: ``分享：Facebook | WhatsApp | 电邮``)
        rf"|分享\s*[:：]\s*{_SHARE_APP}(?:\s*[|｜/、]\s*{_SHARE_APP}|[ \t\u3000]+{_SHARE_APP})*"
        # (a prompt to scan a code for more pictures or video, a producer's credit before it:
        # ``某某报社融媒体中心出品 扫码看更多视频``, ``扫一扫观看精彩图片``)
        r"|(?:[\u4e00-\u9fff]{2,20}(?:出品|制作|监制)[ \t\u3000]+)?(?:扫一扫|扫码|扫描二维码|长按二维码)"
        r"[\u4e00-\u9fff]{0,3}?(?:看|观看|查看|浏览|阅读|了解)[\u4e00-\u9fff]{0,8}?"
        r"(?:图片|照片|视频|精彩|详情|全文|内容|报道)"),
    # (an account's end mark on a line of its own: ``-END-``, ``— END —``, ``END``)
    "end mark": re.compile(r"[-—–_=·\s]*(?:END|End|end)[-—–_=·\s]*"),
    "page tools": re.compile(
        # (a share button naming the apps: ``【分享到：微信 微博 QQ空间】``)
        r"(?:\s*(?:[【\[]\s*分享到\s*[:：]?[^【】\[\]]{0,24}[】\]]"
        r"|[【\[]\s*(?:我要)?(?:打印|关闭|纠错|收藏|字号|字体|返回|推荐|保存|加入收藏|责任编辑|分享|上一篇|下一篇"
        # (the readers' comments: ``【网友留言】``, ``【我要留言】``, ``【发表评论】``)
        r"|(?:网友|发表)?(?:留言|评论)|视力保护色|护眼模式)"
        r"[^【】\[\]]{0,10}[】\]]"
        # (the font-size switch as three buttons, ``【大】【中】【小】``, alone or beside the others)
        r"|[【\[]\s*[大中小]\s*[】\]](?:\s*[【\[]\s*[大中小]\s*[】\]]){2}"
        # (or as one button of three letters apart by blanks, ``[ 大 中 小 ]``)
        r"|[【\[]\s*[大中小](?:[ \t\u3000]+[大中小]){2}\s*[】\]]))+"
        # (the same links bare, apart by blanks or bars: ``打印本页 关闭窗口``, ``打印本页 | 关闭窗口``)
        r"|(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部)"
        r"(?:\s*[|｜/]?\s*(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|打印|关闭|返回|收藏|纠错))*"
        # (a digital paper's page links, its page and section before them: ``第A02版:要闻  上一版  下一版
        # 返回目录``; its font switch in words: ``字号: 放大 默认 缩小``)
        r"|(?:第[A-Z]?\d{1,3}版\s*[:：]\s*[\u4e00-\u9fff·・]{1,8}[ \t\u3000]+)?"
        # (each link maybe with its arrow: ``◀上一版　　下一版▶``)
        r"(?:[◀◄←«]\s*)?(?:上一版|下一版|返回目录|版面导航)(?:\s*[▶►→»])?"
        r"(?:[ \t\u3000]+(?:[◀◄←«]\s*)?(?:上一版|下一版|返回目录|版面导航)(?:\s*[▶►→»])?)+"
        r"|(?:字号|字体)\s*[:：]\s*(?:放大|默认|缩小|大|中|小)"
        r"(?:[ \t\u3000]*(?:放大|默认|缩小|大|中|小)){1,3}"
        # (a site's search box: ``请输入关键字 搜索``, ``输入关键词检索``)
        r"|(?:请输入|输入)(?:关键字|关键词|搜索词|检索词|搜索内容|检索内容)[.。…]{0,3}"
        r"[ \t\u3000]*(?:搜索|检索|查询)?"
        # (the advanced search beside it: ``请输入关键字　搜索　高级检索``)
        r"(?:[ \t\u3000]*高级(?:检索|搜索|查询))?"
        # (an attachment's file name: ``附件：2025年1—11月某市主要经济指标.xls``)
        r"|附件(?:下载)?\s*\d{0,2}\s*[:：]\s*\S.{0,60}\.(?:xlsx?|docx?|pdf|wps|et|zip|rar)"),
    "page meta": re.compile(
        r"(?:\s*(?:发布时间|发布日期|来源|信息来源|作者|浏览次数|阅读次数|点击数|访问量)\s*[:：]\s*[^\s:：]{1,24}"
        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?){2,}\s*"),
    "editor line": re.compile(
        # (also in square brackets, as a web copy closes: ``【责任编辑:某某　校对:某某】``)
        rf"[(（【\[]?(?:{_EDITOR_ROLES}){_SEP}\S.{{0,24}}"
        # (in brackets, names apart by spaces: ``（责任编辑 某某 校对 某某）``, ``(编辑 张 某)``)
        # (a PDF's two blanks inside a name, ``(本版编辑  张  某)``, only up to the bracket)
        rf"|[(（](?:{_EDITOR_ROLES})\s+{_SPACED_NAME}"
        rf"(?:\s+(?:{_EDITOR_ROLES})\s+{_SPACED_NAME})*[)）]"
        # (no brackets, two roles or more, names apart by blanks: ``本版编辑  某某    美编  某 某``;
        # a later role may hold its name with no blank, ``责任编辑 某某 版式设计某某``, as a cleaner
        # closing up a two-character name leaves it)
        rf"|(?:{_EDITOR_ROLES})\s+{_NAME}(?:\s+(?:{_EDITOR_ROLES})\s*{_NAME})+"),
    "source note": re.compile(
        # (an infographic's data credit too: ``（数据来源：某局  制图：某某）``)
        rf"[(（]?(?:来源|稿源|本文来源|文章来源|图片来源|数据来源|资料来源|原标题){_SEP}\S.{{0,40}}"
        # (an account's credits for pictures and layout, its address for contributions:
        # ``图片：某区融媒体中心``, ``排版：某某``, ``投稿邮箱：…``)
        # (a table's note of its unit and its data's source: ``（单位：万元　数据来源：市发展改革委）``)
        rf"|[(（](?:金额|投资)?单位{_SEP}[^（）()\s]{{1,6}}[ \t\u3000，,；;]+"
        rf"(?:数据|资料)来源{_SEP}[^（）()]{{2,30}}[)）]"
        # (a page's note of where its copy came from: ``（本版稿件由各县融媒体中心提供）``)
        r"|[(（](?:本版|本栏|本期|以上)?(?:稿件|文稿|新闻|消息|图文|信息)均?由[^，,。；;()（）]{2,30}?"
        r"(?:提供|供稿|整理)[)）]"
        rf"|(?:图片|视频|排版|设计|海报|制图){_SEP}\S.{{0,24}}"
        rf"|(?:投稿|爆料|报料|新闻线索)(?:邮箱|信箱|热线|电话|微信)?{_SEP}\S.{{0,40}}"
        # (an account's line for investors to call: ``招商热线：…``, ``投资咨询：某局``)
        rf"|(?:(?:招商|投资)(?:咨询|洽谈)(?:热线|电话)?|招商(?:热线|电话)){_SEP}[^，,。；;]{{2,30}}"
        r"|.{0,10}版权(?:声明|所有).{0,40}"
        # (a site's notice under a bracketed label: ``[本网声明] 本网所载文章版权属某某集团所有…``)
        r"|[\[【](?:本网|本站|网站|版权|免责)声明[\]】].{0,60}"
        # (the publisher before it: ``某某日报报业集团主办  版权所有 未经授权禁止转载``)
        r"|[\u4e00-\u9fff]{2,16}(?:主办|出品)[ \t\u3000]+版权所有.{0,30}"
        r"|.{0,10}未经(?:授权|许可).{0,30}(?:转载|使用).{0,20}"
        r"|.{0,30}(?:ICP备|ICP证|公网安备|网站标识码).{0,40}"
        # (a hint on the screen or browser to view the site with: ``建议使用1920×1080分辨率浏览本网站``)
        r"|(?:建议|推荐)(?:您)?(?:使用|采用)\S{0,30}(?:分辨率|浏览器)\S{0,12}(?:浏览|访问|查看)\S{0,8}"),
    "page header": re.compile(
        r"第?\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版(?:\s*[:：|·・]?\s*\S{1,12})?"
        # (after the page's section name, set letter-spaced or not: ``经 济 新 闻   2024年…  星期五  3``)
        # (or after the paper's name, a supplement's after a dot: ``某某日报·海洋经济周刊 2026年…``)
        r"|(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,7}\s{2,}"
        r"|[\u4e00-\u9fff]{2,10}报(?:[·・][\u4e00-\u9fff]{2,8})?\s+)?"
        r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天](?:\s+\S{1,16})?"
        # (the page and its section after the weekday: ``2025年3月4日 星期二 第A3版 经济新闻``)
        r"(?:\s+第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：|·・]?\s*[\u4e00-\u9fff·・]{2,8})?)?"
        # (a running head with a dotted date, the section and the paper's name, the page's code:
        # ``2025.03.04 经济新闻 某某日报 A3``, ``2025.03.04 某某日报 要闻 3``)
        r"|\d{4}\.\d{1,2}\.\d{1,2}(?=\S*\s.*报)(?:\s+[\u4e00-\u9fff]{2,10}){1,3}\s+(?:第\s*)?[A-Z]?\d{1,2}(?:\s*版)?"
        r"|[-—–]?\s*\d{1,3}\s*[-—–]?"
        # (a paper's running head with no date: its name, a section, the page, a section after it:
        # ``某某日报  区县  第7版``, ``某某日报  第3版  综合新闻``)
        r"|\S{2,10}报(?:\s+[\u4e00-\u9fff()（）]{2,8})?\s+第\s*[A-Z]?\d{1,3}\s*版"
        r"(?:\s*[:：|·・]?\s*[\u4e00-\u9fff·・]{2,8})?"
        # (a running foot: the paper's name, the date, the page's code with its set letter and no
        # ``版``: ``某某日报  2025年9月16日  A3``)
        r"|\S{2,10}报\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?"
        r"\s+[A-Z]\d{1,2}"
        # (the paper's name, the day and the weekday, nothing after them: ``某某日报 2025年9月16日 星期二``,
        # the section and the page on the line under it; the blanks a cleaner took out of a noisy page
        # or not)
        r"|[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报)[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
        r"[ \t\u3000]*(?:星期|周)[一二三四五六日天]"),
}
#: Heads of portal and app lines that :func:`site_furniture` reads (a cheap test before any regex).
SITE_HEADS = frozenset(("发布", "上一", "下一", "首页", "当前", "您的", "您现", "您当", "位置", "主办",
                        "承办",
                        "时间", "协办", "播出", "首播",
                        "阅读", "分享", "点赞", "在看", "写留", "留言", "收藏", "扫一", "扫码",
                        "扫描", "转发", "评论", "证券", "股票", "债券", "信息", "来源", "地址",
                        "原创", "赞 ", "赞\u3000"))
#: A newspaper's running head: its name, the date, the page and its section
#: (``某某日报 2024年3月5日 第B3版 经济``; a county paper ``今日某某`` has no ``报`` in its name);
#: looked at only in lines holding ``版``.
#: (its fields apart by bars too: ``某某经济报 | 2026年11月20日 星期五 | 第03版：区域经济``)
_MASTHEAD_RE = re.compile(r"(?:[^\s|｜]{2,12}报|今日[\u4e00-\u9fff]{2,4})"
                          r"(?:\s*[|｜]\s*|\s+)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*[|｜]\s*|\s+)"
                          # (the page in digits or in Chinese numerals: ``第3版``, ``第二版``)
                          r"(?:第?\s*[A-Z]?\d{1,3}|第[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：|]?\s*\S{1,12})?")
#: A gap of blanks inside a line (a PDF line spread over the page width).
_GAP_RE = re.compile(r"[ \t\u3000]{2,}")
#: (also the two links alone on a line, no titles after them: ``上一篇　下一篇``)
_ADJACENT_RE = re.compile(r"[上下]一(?:篇|条|页)\s*[:：]|上一(?:篇|条|页)[\s\u3000|｜/]*下一(?:篇|条|页)\s*$"
                          # (the links in square brackets, each before its title: ``［上一篇］ 某某
                          # ［下一篇］ 某某``, ``[下一篇] 某某``)
                          r"|[［\[【][上下]一(?:篇|条)[］\]】]")
_CRUMBS_RE = re.compile(r"(?:首页|当前位置|您的位置|您现在的位置|您当前的位置|当前的位置|位置)"
                        r"\s*[:：]?.*?(?:>|»|›|＞)")
#: Crumbs without a home link: a site or section name, then sections (``某地区行政公署 > 工作动态``).
_PLAIN_CRUMBS_RE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:\s*(?:>>?|»|›|＞)\s*[\u4e00-\u9fff]{2,12}){1,5}")
#: A site's name, a gap, then its crumbs from the home link (``某区融媒体中心  首页 > 新闻 > 要闻``).
_SITE_THEN_CRUMBS_RE = re.compile(r"[\u4e00-\u9fff]{2,20}[ \t\u3000]{2,}(?:网站)?首页"
                                  r"(?:\s*(?:>>?|»|›|＞)\s*[\u4e00-\u9fff]{2,12}){1,5}")
_SCAN_RE = re.compile(r"(?:扫一扫|扫码|扫描二维码)(?:.{0,12}?(?:查看|浏览|打开|阅读)\S{0,8}"
                      # (a prompt to share by a code, the share links after it: ``扫一扫分享到微信
                      # 分享到：微博 QQ空间``)
                      r"|分享(?:到|至)?(?:微信|朋友圈|好友)?(?:[ \t\u3000]+分享(?:到|至)?\s*[:：]?.{0,30})?)")
_OWNER_RE = re.compile(r"(?:主办|承办|协办)(?:单位)?\s*[:：]")
#: The site's owner named before the word (``某县人民政府办公室主办    地址：…``): an office and
#: ``主办``/``承办`` alone on the line or before a wide gap (``某会由某县人民政府主办`` is a sentence).
_OWNER_AFTER_RE = re.compile(r"(?:(?!由)[\u4e00-\u9fff]){2,24}(?:办公室|政府|中心|委员会|局|宣传部)"
                             r"(?:主办|承办)(?:[ \t\u3000]{2,}\S.*)?")
_APP_ACTIONS_RE = re.compile(r"(?:(?:阅读|分享|点赞|在看|写留言|留言|收藏|推荐|转发|评论|赞)"
                             r"(?:\s*[\d.]+\s*[万千wW]?\+?)?\s*)+")
_APP_POSTED_RE = re.compile(r".{0,24}?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*\d{1,2}:\d{2}"
                            r"\s*(?:发表于\s*\S{2,8}|来自\s*\S.{0,16})")
#: An account's line over an original post: ``原创``, the author and the account, the posting time, the
#: region the post was sent from (``原创 某某融媒 某某融媒 2026年07月24日 18:06 内蒙古``).
_APP_ORIGINAL_RE = re.compile(r"原创[ \t\u3000]+\S.{0,40}?(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?"
                              r"[ \t\u3000]*\d{1,2}:\d{2}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,8})?")
_META_FIELD_RE = re.compile(r"[【\[]?\s*(?:发布时间|发布日期|时间|日期|来源|信息来源|作者|浏览次数|阅读次数"
                            r"|阅读量|阅读|浏览量|点击量|分享到"
                            # (a broadcaster's: ``播出时间：… 时长：18分42秒 浏览：1486``)
                            r"|播出时间|首播时间|播出日期|时长|浏览"
                            r"|点击数|访问量|访问次数|字号|字体|编辑|责任编辑|责编"
                            # a listed company's filing (``证券代码：… 证券简称：… 公告编号：…``)
                            r"|(?:证券|股票|债券)(?:代码|简称)|公告编号)\s*[:：]"
                            # a bare posting time (``2024-11-06 09:15``)
                            r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
                            # (written in words: ``2025年10月24日 09:12``)
                            r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_FIELD_GAP_RE = re.compile(r"[ \t\u3000]{2,}")
#: A bar between a meta line's fields (``2026-04-16 07:45 | 来源：某某日报 | 编辑：某某``).
_BAR_GAP_RE = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
#: One full-width blank between a meta line's fields (``发布时间：…\u3000来源：…\u3000浏览次数：…``).
_WIDE_GAP_RE = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")


def _posted_meta(s: str) -> bool:
    """Cheap test for a meta line opening with the posting time (``2024-11-06 09:15  来源：…``,
    ``2024-6-3 18:20 来自 某某客户端``)."""
    return s[:2] in ("19", "20") and ("来源" in s or "来自" in s)


#: A meta line opening with the posting time, its labelled fields apart by single blanks, an author's
#: field maybe holding several names, spaced or not (``2026-07-16 09:32 来源：某某日报 作者:张 某 李某某``).
_POSTED_LABELLED_RE = re.compile(
    r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+(?:来源|信息来源|作者|编辑|责任编辑|责编|记者)\s*[:：]\s*[^\s:：，,。；;]{1,24}"
    r"(?:\s[\u4e00-\u9fff]{1,4}){0,4}){1,4}\s*")


def site_furniture(s: str) -> str | None:
    """The rule flagging a portal or app line the one-line rules miss, else None.

    Links to the neighbouring articles (``上一篇：…``, ``下一篇：…``), crumbs
    (``当前位置：首页 >> …``), a prompt to read the page on a phone
    (``扫一扫在手机上查看当前页面``), the site's owner (``主办：… 承办：…``), a meta
    line of labelled fields, however long or whatever its values
    (``发布时间：… 来源：… 字号：[ 大 中 小 ] 浏览次数：…``), an app article's
    posting line (``某某发布 2023-07-19 08:30 发表于江苏``) and its row of
    actions (``阅读 1.2万``, ``分享  点赞  在看``, ``写留言``).  ``s`` is a
    stripped line; the caller tests :data:`SITE_HEADS` or ``发表于`` first.
    """
    if _ADJACENT_RE.match(s):
        return "page tools"
    if _CRUMBS_RE.match(s):
        return "crumbs"
    if _OWNER_RE.match(s):
        return "source note"
    if s[0] == "扫" and _SCAN_RE.fullmatch(s):
        return "share prompt"
    if _APP_ACTIONS_RE.fullmatch(s):
        return "share prompt"
    if ("发表于" in s or "来自" in s) and _APP_POSTED_RE.fullmatch(s):
        return "page meta"
    if s[:2] == "原创" and _APP_ORIGINAL_RE.fullmatch(s):
        return "page meta"
    if _meta_fields(_FIELD_GAP_RE.split(s)) or ("\u3000" in s and _meta_fields(_WIDE_GAP_RE.split(s))):
        return "page meta"  # (fields apart by two blanks, or by one full-width blank)
    if s[:2] in ("19", "20") and _POSTED_LABELLED_RE.fullmatch(s):
        return "page meta"  # (fields apart by single blanks after the posting time)
    if FURNITURE_RES["page meta"].fullmatch(s):
        return "page meta"  # (labelled fields apart by single blanks, longer than a short line)
    if ("【" in s or "[" in s) and _meta_then_tools(s):
        return "page meta"
    if ("|" in s or "｜" in s) and _meta_fields(_BAR_GAP_RE.split(s)):
        return "page meta"  # (fields apart by bars, the posting time first: ``2026-04-16 07:45 | 来源：…``)
    return None


#: A portal's tool links closing a meta line (`` 【打印】【关闭】``, `` [我要纠错]``).
_TRAILING_TOOLS_RE = re.compile(r"\s+(?:[【\[]\s*(?:我要)?(?:打印|关闭|纠错|收藏|返回|分享)"
                                r"[^【】\[\]\s]{0,4}\s*[】\]]\s*)+$")


def _meta_then_tools(s: str) -> bool:
    """True for a meta line of labelled fields apart by single blanks, the tool links after them
    (``发布时间:2025-03-02 10:20 来源:某县交易中心 【打印】【关闭】``)."""
    head = _TRAILING_TOOLS_RE.sub("", s)
    return head != s and FURNITURE_RES["page meta"].fullmatch(head) is not None


#: A field naming persons (``作者：某某``, ``记者：某某``): more names may follow it as fields of their own.
_PERSONS_FIELD_RE = re.compile(r"[【\[]?\s*(?:作者|记者|编辑|责任编辑|责编|通讯员)\s*[:：]")
#: A bare name of a person (``韦某某``), a field of its own after a field naming persons.
_BARE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _meta_fields(fields: list[str]) -> bool:
    """True when ``fields`` are two or more labelled fields of a meta line (tools among them); bare
    names right after a field naming persons are its further names (``作者：甲某　乙某某``)."""
    if len(fields) < 2 or _META_FIELD_RE.match(fields[0]) is None:
        return False
    persons = False
    for f in fields:
        if _META_FIELD_RE.match(f) or _TOOLS_RE.fullmatch(f):
            persons = _PERSONS_FIELD_RE.match(f) is not None
        elif not (persons and _BARE_NAME_RE.fullmatch(f)):
            return False
    return True


_TOOLS_RE = FURNITURE_RES["page tools"]
#: A site's menu: four or more short names apart by bars (``网站首页 | 园区概况 | 招商引资 | 政务公开``).
_MENU_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:\s*[|｜]\s*(?:[A-Za-z]{2,4})?[\u4e00-\u9fff]{2,6}"
                      r"(?:(?<=下载)[A-Za-z]{2,4})?){3,11}")


#: Links of a site's footer (``网站地图``, ``联系我们``): two of them make a short bar a menu.
FOOTER_LINKS = frozenset(("网站地图", "站点地图", "网站导航", "联系我们", "关于我们", "使用帮助", "帮助中心",
                          "网站声明", "免责声明", "法律声明", "隐私政策", "隐私声明", "版权声明", "意见反馈",
                          "设为首页", "加入收藏", "网站纠错", "无障碍浏览", "常见问题",
                          # (a digital edition's own: ``往期回顾 | 返回目录``)
                          "往期回顾", "返回目录", "版面导航", "本期目录"))
#: Two or three short names apart by bars (``网站地图 | 联系我们``).
_SHORT_MENU_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:\s*[|｜]\s*[\u4e00-\u9fff]{2,6}){1,2}")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


#: A site's menu of names apart by wide gaps, its home link first (``首页  政务公开  政务服务  互动交流``),
#: or by single blanks (``首页 政务公开 办事服务 互动交流``: four short names after the home link).
_GAP_MENU_RE = re.compile(r"(?:网站)?首页(?:(?:[ \t]+|[ \t]*\u3000[ \t\u3000]*)"
                          r"[\u4e00-\u9fff]{2,6}){3,11}")


def site_menu(s: str) -> bool:
    """True for a site's menu bar: four or more names of two to six characters apart by bars (the
    last maybe led by Latin letters, ``PDF下载``), or apart by blanks after the home link
    (``首页  政务公开  政务服务  互动交流``, ``首页 政务公开 办事服务 互动交流``), or a footer's two or
    three links, two of them of a site's own (``网站地图 | 联系我们 | 使用帮助``), or more of them, some
    longer (``违法和不良信息举报``)."""
    if s[:2] in ("首页", "网站") and _GAP_MENU_RE.fullmatch(s):
        return True
    if "|" not in s and "｜" not in s:
        return False
    if _MENU_RE.fullmatch(s):
        return True
    names = [name.strip() for name in re.split(r"[|｜]", s)]
    if not _SHORT_MENU_RE.fullmatch(s):
        # a footer's links, however many, with one name longer than a menu's (``违法和不良信息举报``)
        return len(names) <= 8 and all(2 <= len(n) <= 12 and _HAN_RE.fullmatch(n) for n in names) \
            and sum(n in FOOTER_LINKS for n in names) >= 2
    return sum(n in FOOTER_LINKS for n in names) >= 2


#: Last characters of the lines :func:`pager_or_docnumber` may flag (a cheap test before any regex).
_PAGER_LAST = frozenset("页号0123456789")
_PAGER_RE = re.compile(r"(?:(?:共\s*\d+\s*(?:条|页|篇|项)(?:记录)?|首页|上一页|下一页|尾页|末页|\d{1,3}"
                       r"|第\s*\d+\s*页|当前第?\s*\d+\s*/\s*\d+\s*页?)\s*)+")
_DOC_NUMBER_RE = re.compile(r"\S{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号")


def pager_or_docnumber(s: str) -> str | None:
    """``page tools`` for a list page's pager, ``document number`` for an official document's number.

    A pager is a row of page links (``共4条  首页  上一页  1  下一页  尾页``,
    ``第2页 共5页``) with at least one link word; a document number stands
    alone under the title of a notice (``某发改投资〔2024〕58号``).  ``s`` is a
    stripped line ending with a digit, ``页`` or ``号``.
    """
    if s[-1] == "号":
        return "document number" if _DOC_NUMBER_RE.fullmatch(s) else None
    if "页" in s and _PAGER_RE.fullmatch(s) and ("一页" in s or "共" in s or "尾页" in s or "末页" in s):
        return "page tools"
    return None


#: A site's registration footer (ICP number, site code), whatever else the line holds.
_SITE_FOOTER_RE = re.compile(r"ICP备|ICP证|公网安备|网站标识码")
#: A labelled field of a contact line (``本版投稿邮箱：…``, ``地址：…``, ``联系电话：…``).
#: (the paper's own name before the label: ``某某日报社地址：…``; its advertising licence: ``广告许可证：…``)
_CONTACT_FIELD_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,10}(?:报社|杂志社|传媒集团|融媒体中心))?"
                               # (a hotline to book space in the paper: ``订版热线：…``, ``刊登热线：…``)
                               r"(?:本版|本报|本刊|新闻|读者)?(?:投稿|爆料|报料|新闻线索|广告|发行|订阅|联系"
                               # (a finance paper's line for its readers: ``投资者服务热线：400-…``)
                               r"|通讯|投资者(?:服务)?|订版|订报|刊登)?(?:地址|邮政编码|邮编|电子[邮信]箱|邮箱|信箱|[Ee]-?mail|热线电话|电话|热线|传真"
                               # (a Hong Kong or Macao paper's enquiry line: ``本版广告查询：…``)
                               r"|广告(?:经营)?许可证|(?<=广告|订阅|发行)查询)"
                               # (a Hong Kong or Macao number, eight digits in two groups: ``2564 0768``)
                               r"\s*[:：]\s*(?:\d{4} \d{4}(?!\d)|[^\s:：，,。；;]{2,40})")
#: A contact field whose label a blank parts from its value instead of a colon, the value an e-mail
#: address or a telephone number, its last digits masked or not (``本版邮箱 某某@163.com``,
#: ``广告热线 0000-3xxxxxx``).
_BLANK_CONTACT_FIELD_RE = re.compile(r"(?:本版|本报|本刊|新闻)?"
                                     r"(?:投稿|爆料|报料|新闻线索|广告|发行|订阅|联系)?"
                                     r"(?:电子邮箱|邮箱|信箱|[Ee]-?mail|电话|热线)[ \t\u3000]+"
                                     r"(?:[\w.-]+@[\w-]+\.[\w.]+|0\d{2,3}-\d[\dxX×]{6,7})")
#: A single blank, between the labelled fields of a footer set tight (``地址：… 邮编：… 广告许可证：…``).
_BLANK_RE = re.compile(r"[ \t\u3000]+")
_CONTACT_VALUE_RE = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+"  # an e-mail address, a telephone or mobile number
                               r"|(?<!\d)(?:0\d{2,3}-?)?\d{7,8}(?!\d)|(?<!\d)1\d{10}(?!\d)"
                               # (a service number of ten digits: ``400-820-1234``)
                               r"|(?<![\d-])[48]00-?\d{3}-?\d{4}(?![\d-])"
                               # (a telephone whose last digits the page masks: ``0000-5xxxxxx``)
                               r"|(?<![\w-])0\d{2,3}-\d{1,4}[xX×]{3,7}(?![\w-])"
                               # (a Hong Kong or Macao number in two groups of four: ``2833 1234``)
                               r"|(?<![\d ])\d{4} \d{4}(?![\d ])")


#: A telephone number on a line of its own (``0534-4211368``, a mobile's eleven digits), as an account's
#: post prints it under its contact label once the phone emoji before it is gone.
_BARE_PHONE_RE = re.compile(r"(?:电话|热线)?\s*[:：]?\s*(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})")


#: A finance page's disclaimer at its foot (``本版数据仅供参考，不构成投资建议。据此操作，风险自担。``,
#: ``以上内容仅供参考，不作为投资依据``).
_ADVICE_DISCLAIMER_RE = re.compile(r"(?:本版|本栏|本文|以上|文中|上述)?(?:信息|数据|内容|观点|资料|行情)*"
                                   r"(?:均|仅)?仅供参考[，,、]?\s*(?:不构成|不作为|并不构成)(?:任何)?"
                                   r"(?:投资|买卖|操作)(?:建议|依据)[。.；;，,]?"
                                   r"(?:\s*(?:投资者)?据此(?:入市|操作)[，,]\s*风险自(?:担|负)[。.]?)?")


def contact_line(s: str) -> bool:
    """A page's or site's contact line: labelled contact fields only, apart by wide gaps, one of them an
    e-mail address or a telephone number, or an address with more fields after it
    (``本版投稿邮箱：某某@163.com    电话：023-12345678``, ``地址：某县某路1号  邮编：000000``)."""
    if "|" in s or "｜" in s:
        # (fields apart by bars: ``本版责编 某 某 | 版式 某某 | 投稿邮箱:…@….com``)
        fields = _BAR_GAP_RE.split(s.strip())
        if len(fields) >= 2 and all(_CONTACT_FIELD_RE.fullmatch(f) or _side_field(f) for f in fields) \
                and any(_CONTACT_FIELD_RE.fullmatch(f) for f in fields) \
                and _CONTACT_VALUE_RE.search(s) is not None:
            return True
    fields = _WIDE_GAP_RE.split(s.strip())
    if len(fields) >= 2 and all(_BLANK_CONTACT_FIELD_RE.fullmatch(f) for f in fields) \
            and _CONTACT_VALUE_RE.search(s) is not None:
        return True  # labels apart from their values by a blank (``本版邮箱 …@….com  广告热线 0000-…``)
    beside = len(fields)
    if len(fields) >= 2 and any(_CONTACT_FIELD_RE.fullmatch(f) for f in fields) \
            and all(_CONTACT_FIELD_RE.fullmatch(f) or _side_field(f) for f in fields):
        # the page's editor or who gave its pictures beside the contact fields (``本版责编：某 某
        # 新闻热线：0000-0000000``, ``本版邮箱：…@163.com    图片由受访单位提供``)
        fields = [f for f in fields if _CONTACT_FIELD_RE.fullmatch(f)]
    if not all(_CONTACT_FIELD_RE.fullmatch(f) for f in fields):
        # fields apart by one blank: three labelled fields at least, so an address holding a blank
        # (``地址：某县 某路1号``) is not split
        fields = _BLANK_RE.split(s.strip())
        # (two such fields are enough when a telephone or an e-mail address is among them:
        # ``地址：某市某路 联系电话：0000-1234567``)
        if len(fields) < (2 if _CONTACT_VALUE_RE.search(s) else 3) \
                or not all(_CONTACT_FIELD_RE.fullmatch(f) for f in fields):
            return False
    label = fields[0].replace(":", "：").partition("：")[0]
    # (an address with the paper's name and a note on its pictures beside it is the page's foot too:
    # ``本版图片除署名外均由本报记者拍摄　　某某日报社　　地址：某市某路``)
    return _CONTACT_VALUE_RE.search(s) is not None or (max(len(fields), beside) >= 2 and "地址" in label)


#: The page's editor as a field of a foot line (``本版责编：某 某``).
_EDITOR_FIELD_RE = re.compile(rf"(?:{_EDITOR_ROLES})\s*[:：]?\s*{_SPACED_NAME}")


#: A paper's web site as a field of a foot line (``某某报网站 www.example.com.hk``, ``网址：…``).
_SITE_FIELD_RE = re.compile(r"[\u4e00-\u9fff]{0,10}(?:网站|网址|电子版)\s*[:：]?\s*"
                            r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?")


def _side_field(f: str) -> bool:
    """A field a contact line may carry beside its contact fields: the page's editor, who gave
    its pictures, the publisher (``新闻热线：…　　广告热线：…　　某某日报社出版``) or the paper's web
    site (``某某报网站 www.….com.hk  订阅热线：…``)."""
    return _EDITOR_FIELD_RE.fullmatch(f) is not None \
        or _SITE_FIELD_RE.fullmatch(f) is not None \
        or CAPTION_RES["picture credit"].fullmatch(f) is not None \
        or _PUBLISHER_FIELD_RE.fullmatch(f) is not None


#: A field of a paper's imprint at the page foot (``某某日报社地址：…``, ``邮编：…``, ``广告许可证：…``).
_IMPRINT_FIELD_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:报社|杂志社|社)|本报|本刊)?"
                               r"(?:社址|地址|邮编|邮政编码|广告(?:经营)?许可证|定价|零售价|印刷|承印|发行|电话|传真"
                               # (the paper's hotlines and its counsel: ``新闻热线：…``, ``本报法律顾问：…``)
                               r"|(?:新闻|读者|发行|广告|订阅)?热线|法律顾问)"
                               r"\s*[:：]\s*[^\s:：，,。；;]{2,30}"
                               # (the publisher's name alone, first: ``某某日报社``, ``某某日报社出版``)
                               r"|[\u4e00-\u9fff]{2,10}(?:报社|杂志社)(?:出版)?")


#: Where an imprint's fields part: blanks, or right before a label (a post code's, a hotline's, the
#: printer's, an advertising licence's) glued to a Chinese character of the value before it.
_IMPRINT_SPLIT_RE = re.compile(r"\s+|(?<=[\u4e00-\u9fff])"
                               r"(?=(?:邮编|邮政编码|传真|新闻热线|读者热线|印刷|承印|广告(?:经营)?许可证)"
                               r"\s*[:：])"
                               # (the address glued to the publisher: ``某某日报社出版地址：…``)
                               r"|(?<=出版|主办)(?=(?:社址|地址)\s*[:：])")


#: The publisher opening a paper's imprint (``某某日报社出版``, ``某某传媒集团主办``).
#: (or one of its departments, whose telephone follows: ``某某日报社广告部　订版热线：…``)
_PUBLISHER_FIELD_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:报社|新闻社|传媒集团|融媒体中心)"
                                 r"(?:出版|主办|出版发行|广告部|发行部|广告中心|发行中心|新闻中心)"
                                 # (a paper's publisher named alone: ``某某日报社``)
                                 r"|[\u4e00-\u9fff]{2,8}[日晚]报社")


def imprint_line(s: str) -> bool:
    """A paper's imprint: two or more of its fields apart by blanks, a post code or an advertising
    licence among them (``某某日报社地址：某市某路1号 邮编：000000 广告许可证：…``), the publisher
    maybe first (``某某日报社出版 地址：… 邮编：… 印刷：…``); a field whose blank before it a cleaner
    closed up between two Chinese characters starts at its label (``…某某路邮编：000000``)."""
    fields = [f for f in _IMPRINT_SPLIT_RE.split(s) if f]
    published = bool(fields) and _PUBLISHER_FIELD_RE.fullmatch(fields[0]) is not None
    if published:
        fields = fields[1:]
    # (a post code or a licence among them, or the printer after the address: ``本报地址：… 印刷：…``;
    # after the publisher, its address is enough: ``某某日报社出版　地址：…　电话：…``)
    return len(fields) >= 2 and ("邮编" in s or "邮政编码" in s or "许可证" in s
                                 or ("印刷" in s or "承印" in s or published) and "地址" in s) \
        and all(_IMPRINT_FIELD_RE.fullmatch(f) for f in fields)


#: The editors' fields closing a page header, labels with or without a colon (``责任编辑 某某   美编 某 某``).
_TRAILING_EDITORS_RE = re.compile(
    rf"(?:[ \t\u3000]+(?:{_EDITOR_ROLES})\s*[:：/]?\s*{_SPACED_NAME})+[ \t\u3000]*$")
#: A digital edition's page line: the day (and weekday), the page and its section, then the page's
#: editors, several names after one label (``2026年11月28日 星期六  第06版：海洋经济  本版责编：某某 某某``).
_EDITION_PAGE_LINE_RE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?[ \t\u3000]+"
    r"第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*[\u4e00-\u9fff·・]{2,8})?"
    rf"(?:[ \t\u3000]+(?:{_EDITOR_ROLES})\s*[:：/]?\s*"
    r"[\u4e00-\u9fff](?:[ 、，,\u3000]{0,2}[\u4e00-\u9fff]){1,11})+"
    r"[ \t\u3000]*")

#: One editor's label of a page header, after a blank (`` 版式:``).
_EDITOR_LABEL_RE = re.compile(rf"[ \t\u3000]+(?:{_EDITOR_ROLES})\s*[:：/]?")
#: A section's name alone (``县域经济``, ``区县·产业``).
_BARE_SECTION_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}")


def section_then_editors(s: str) -> bool:
    """A page header of the section's name and two or more editors' fields, its page number on a line
    of its own (``5`` ⏎ ``县域经济 责任编辑:某某 版式:某某 校对:某某``); a byline's role word is no
    section."""
    head = _TRAILING_EDITORS_RE.sub("", s)
    return head != s and _BARE_SECTION_RE.fullmatch(head) is not None \
        and not head.endswith(("记者", "通讯员", "摄影", "作者", "实习生")) \
        and len(_EDITOR_LABEL_RE.findall(s[len(head):])) >= 2


#: A box-drawing character (a long line of a boxed panel holds one).
_BOX_CHAR_RE = re.compile(r"[\u2500-\u257f]")
#: A web copy's date line closed by its share links (``2026年5月6日 星期三 08:30  分享：Facebook | 电邮``).
_DATED_SHARE_RE = re.compile(
    rf"(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日[^，,。；;]{{0,16}}?[ \t\u3000]+分享\s*[:：]\s*{_SHARE_APP}"
    rf"(?:\s*[|｜/、]\s*{_SHARE_APP}|[ \t\u3000]+{_SHARE_APP})*")
#: The furniture rules as one alternation, tried in order: a full match of branch ``r<i>``
#: is the ``i``-th rule of :data:`FURNITURE_RES` (one regex call per line instead of four).
_FURNITURE_ANY_RE = re.compile(
    "|".join(f"(?P<r{i}>{rx.pattern})" for i, rx in enumerate(FURNITURE_RES.values())))
_FURNITURE_RULES = {f"r{i}": rule for i, rule in enumerate(FURNITURE_RES)}
CAPTION_RES: dict[str, re.Pattern[str]] = {
    "caption line": re.compile(r"(?:图为|图\s*[:：]|上图|下图|左图|右图|▲|△|■\s*图).{1,120}"),
    "scene label": re.compile(
        r"\S{2,14}(?:现场|合影|留影|一角|掠影|剪影|效果图|鸟瞰图|示意图|全景|外景|内景|实景)"),
    # (who gave the pictures, in brackets or not: ``（图片由某区发展改革委提供）``, ``照片均由某某拍摄``,
    # ``本版图片除署名外均由本报记者拍摄``)
    # (a broadcast transcript's note of the pictures shown, in brackets: ``（画面：签约仪式现场）``)
    "shot note": re.compile(r"[（(【\[](?:画面|镜头|现场画面|视频画面)\s*[:：]"
                            r"[^（）()【】\[\]]{1,30}[）)】\]]"),
    "picture credit": re.compile(
        r"[(（]?\s*(?:本版|本文|本组)?(?:图片|照片|图)(?:除(?:署名|注明|特别注明)(?:者)?外)?均?由[^，,。；;()（）]{2,30}?(?:提供|供图|拍摄)\s*[)）]?[。.]?"),
}


#: Characters a ruled line is drawn with (``————``, ``────``, ``━━━``, ``=====``).
RULE_CHARS = frozenset("—─━－-_=＝~～═")
#: An advertisement's label opening its line (``【广告】``, ``[广告]``, ``广告：``).
_AD_RE = re.compile(r"[【\[（(]\s*(?:广告|推广|商业广告|招聘|招租|公益广告)\s*[】\]）)]"
                    r"|(?:广告|推广)\s*[:：]")
#: A bare advertisement label opening its line, a wide gap or a bar after it (``广告    某某公司承接…``,
#: ``广告 | 某报征订进行中``) or the
#: advertising office of a paper right after it once the gap is gone (``广告某某日报社广告部承接…``).
_BARE_AD_LABEL_RE = re.compile(r"(?:广告|推广)(?:[ \t\u3000]{2,}\S|[ \t\u3000]*[|｜][ \t\u3000]*\S"
                               r"|[\u4e00-\u9fff]{2,12}"
                               r"(?:报社|传媒集团|融媒体中心)(?:广告部|广告中心|广告公司|经营部))"
                               # (the advertising office itself opening the line, after a box mark or not:
                               # ``■某某日报社广告部  诚招…合作伙伴  联系电话:…``)
                               r"|[■□◆●]?\s*[\u4e00-\u9fff]{2,12}(?:报社|传媒集团|融媒体中心)"
                               r"(?:广告部|广告中心|广告公司)[ \t\u3000]{2,}\S")


#: A paper's advertising office opening its line with the business it takes
#: (``某某日报社广告中心承接各类广告业务``, ``某某传媒集团广告部诚接…``).
_AD_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:报社|传媒集团|融媒体中心)(?:广告部|广告中心|广告公司)"
                           r"[\u4e00-\u9fff]{0,4}(?:承接|诚接|受理|代理|刊登)")


def office_ad(s: str) -> bool:
    """A paper's advertising office offering its business with a contact after it
    (``某某日报社广告中心承接各类广告业务　电话：0000-0000000``); a story naming the office has no
    contact field or number."""
    return _AD_OFFICE_RE.match(s) is not None \
        and (_CONTACT_VALUE_RE.search(s) is not None or _CONTACT_FIELD_RE.search(s) is not None)


def _after_ad_label(texts: list[str], i: int) -> bool:
    """True when the line before line ``i`` (blank lines skipped) is an advertisement's label alone
    (``【广告】``): line ``i`` is the advert's text."""
    k = i - 1
    while k >= 0 and not texts[k]:
        k -= 1
    if k < 0:
        return False
    if len(texts[k]) <= 8:
        return _AD_RE.fullmatch(texts[k].strip()) is not None
    # (the label opening the advert's first line, its text after it: ``【广告】某报年度订阅开始啦！``)
    return len(texts[k]) <= 40 and texts[k][:1] in "【[" and _AD_RE.match(texts[k]) is not None


def _labelled_ad(s: str) -> bool:
    """An advertisement's line: a bare label apart by a wide gap or opening the paper's advertising
    office, a contact field or value after it
    (``广告   某报社广告部承接各类公告刊登业务   热线：0000-0000000``)."""
    return _BARE_AD_LABEL_RE.match(s) is not None \
        and (_CONTACT_VALUE_RE.search(s) is not None or _CONTACT_FIELD_RE.search(s) is not None)


#: A jump line of a story continued on another page (``（下转第2版）``, ``（上接第1版）``, ``(转A3版)``),
#: or a pointer to its pictures or a related story there (``（相关图片见第4版）``, ``（详见第3版）``).
JUMP_RE = re.compile(r"[（(]\s*(?:下转|上接|接上|转|接|紧转|续"
                     r"|(?:相关(?:图片|照片|报道|新闻|评论)|更多图片|详)见)(?:第|本报)?\s*"
                     r"[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版(?:[^（）()\n]{0,6})[）)]")
#: A jump line with no brackets, a pointer beside it (``▶下转第4版``, ``上接第1版◀``) or alone on its
#: line (``下转第二版``).
BARE_JUMP_RE = re.compile(r"[▶►→▷]\s*(?:下转|上接|接上|紧转|转|接|续)(?:第|本报)?\s*"
                          r"[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版"
                          r"|(?:下转|上接|接上|紧转)(?:第|本报)?\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版"
                          r"(?:\s*[◀◄←▶►]|(?=[ \t\u3000]*$))", re.M)
#: A line pointing to the page before or after, with its code and maybe its section
#: (``下一版：A06``, ``上一版：第3版 要闻``): a page's way to the next, no story's.
PAGE_POINTER_RE = re.compile(r"^[ \t\u3000]*(?:上一版|下一版)[ \t\u3000]*[:：][ \t\u3000]*第?[A-Z]?\d{1,3}版?"
                             r"(?:[ \t\u3000]*[:：]?[ \t\u3000]*[\u4e00-\u9fff·・]{2,8})?[ \t\u3000]*$", re.M)
#: The page's number and its section before the editors of a running head (``2  综合新闻``,
#: ``03  冰雪经济``).
#: The page's number and its section apart by one blank (``03 经济·视点``): a page header only with
#: two editors' roles or more after it (``03 经济·视点  责任编辑：某某  美编：某某``).
_ONE_BLANK_SECTION_RE = re.compile(r"\d{1,3}[ \t\u3000][\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}")
_NUMBERED_SECTION_RE = re.compile(r"\d{1,3}(?:[ \t\u3000]{2,}|\u3000)[\u4e00-\u9fff·・]{2,8}"
                                  # (or one ideographic space: ``05　园区·产业　责任编辑：…``; an
                                  # edition's letter before the number, one blank after it:
                                  # ``A3　经济·开放　责任编辑:…　校对:…``)
                                  # (the section may name a year, ``B4　县域·回眸2025　责任编辑:…``)
                                  r"|[A-Z]\d{1,2}[ \t\u3000]+[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}"
                                  r"(?:(?:19|20)\d{2}年?)?"
                                  # (the page told in words: ``第5版　乡村振兴·产业　责任编辑：…　美编：…``)
                                  r"|第[ \t\u3000]*[A-Z]?\d{1,3}[ \t\u3000]*版[ \t\u3000]+"
                                  r"[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}")
#: The links of a paper's digital edition between its pages and issues, each set apart by blanks.
#: (also in square brackets, a link to the page's PDF beside them: ``[上一版] [下一版] [PDF下载]``)
_EPAPER_NAV_RE = re.compile(r"(?:^|[ \t\u3000])(?:(?:上一版|下一版|版面导航|上一期|下一期|往期回顾)"
                            r"|[\[【](?:上一版|下一版|版面导航|上一期|下一期|往期回顾|PDF下载|PDF版)[\]】])"
                            r"(?=[ \t\u3000]|$)")
#: A page's date or number on such a line (``2026年05月18日``, ``第02版``).
_EPAPER_PAGE_RE = re.compile(r"第\s*[0-9A-Z０-９Ａ-Ｚ]{1,3}\s*版|\d{4}年\d{1,2}月\d{1,2}日")


def epaper_nav_line(s: str) -> bool:
    """A digital edition's line of the page's date or number and its links to the pages around it
    (``2026年05月18日　星期一　第02版:经济新闻　上一版　下一版　版面导航``), the links apart by blanks."""
    return len(_EPAPER_NAV_RE.findall(s)) >= 2 and _EPAPER_PAGE_RE.search(s) is not None
#: A paper's serial number under its masthead (``国内统一连续出版物号 CN23-0047``).
_SERIAL_RE = re.compile(r"国内统一(?:连续出版物|刊)号\s*[:：]?\s*CN\s*\d{2}\s*-\s*\d{4}(?:\s*/\s*\S{1,4})?"
                        r"(?:[ \t\u3000]+\S.{0,30})?")
_LATIN_CAPS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: One word of a paper's name in capitals, maybe with an apostrophe or a hyphen between two syllables
#: (``HUAI'AN``, ``XI'AN``).
_CAPS_WORD = r"[A-Z]{2,}(?:['’\-][A-Z]{1,})?"
#: A paper's name spelled in capitals under its Chinese name (``SUIHUA RIBAO``, ``HUAI'AN DAILY``).
_LATIN_NAME_RE = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,4}}")


#: A paper's name with its Latin name on the same line (``某某日报 MOUMOU DAILY``).
_NAME_THEN_LATIN_RE = re.compile(rf"[\u4e00-\u9fff]{{2,10}}报[ \t\u3000]+{_CAPS_WORD}"
                                 rf"(?: {_CAPS_WORD}){{0,4}}")
#: A dated running head carrying its editors between the weekday and the section or page
#: (``2025年3月4日 星期二 编辑 某 某 校对 某某 要闻 2``).
_DATED_EDITORS_HEAD_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
    rf"(?:[ \t\u3000]+(?:{_EDITOR_ROLES})\s*[:：]?\s*{_SPACED_NAME}){{1,4}}"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6})?(?:[ \t\u3000]+[A-Z]?\d{1,3})?")
#: A dated running head giving the page and its section, then its editors (``2026年5月8日　星期五　第A3版：
#: 经济·民生　责任编辑：某某　版式：某某　校对：某 某``).
_DATED_PAGE_EDITORS_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*(?:星期|周)[一二三四五六日天]"
    r"[ \t\u3000]+第?[ \t\u3000]*[A-Z]?\d{1,3}[ \t\u3000]*版(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
    r"[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,9}"
    rf"(?:[ \t\u3000]+(?:{_EDITOR_ROLES})\s*[:：]?\s*{_SPACED_NAME}){{1,4}}")
#: A dated head giving the issue: the weekday, then two or more of the lunar date, the issue's number
#: and its count of pages (``2025年3月4日 星期二 农历乙巳年二月初五 第4021期 今日8版``).
_DATED_ISSUE_HEAD_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*(?:星期|周)[一二三四五六日天]"
    r"(?:[ \t\u3000]+(?:农历[\u4e00-\u9fff]{4,10}|总?第\s*\d{1,6}\s*期"
    r"|(?:今日|本期|共)\s*\d{1,3}\s*版)){2,4}")
#: One field of a paper's imprint foot: who publishes it, who oversees it, its serial number, its postal
#: code, an editor of the page (``某某日报社出版``, ``中共某县委主管主办``, ``国内统一连续出版物号CN50-0000``,
#: ``邮发代号77-00``).
_IMPRINT_FOOT_FIELD = (r"(?:[\u4e00-\u9fff]{2,10}(?:报社|传媒集团|融媒体中心)(?:出版|主办|出版发行)"
                       r"|[\u4e00-\u9fff]{2,12}?(?:委|政府|宣传部|融媒体中心)主管(?:主办)?"
                       r"|国内统一(?:连续出版物|刊)号\s*[:：]?\s*CN\s*\d{2}\s*-\s*\d{4}(?:\s*/\s*\S{1,4})?"
                       r"|邮发代号\s*[:：]?\s*\d{1,3}\s*-\s*\d{1,4}"
                       r"|(?:社址|地址|广告(?:经营)?许可证)\s*[:：]\s*[^\s:：，,。；;]{2,30}"
                       # (the page's mailbox and the printer: ``本版邮箱：…@….com``, ``印刷：某某印务中心``)
                       r"|(?:本版|投稿|电子)?邮箱\s*[:：]\s*[\w.\-]+@[\w.\-]+"
                       r"|(?:印刷|承印)(?:单位)?\s*[:：]\s*[\u4e00-\u9fff]{2,20}"
                       rf"|(?:{_EDITOR_ROLES})\s*[:：]?\s*{_SPACED_NAME})")
_IMPRINT_FOOT_RE = re.compile(rf"{_IMPRINT_FOOT_FIELD}(?:[ \t\u3000]+{_IMPRINT_FOOT_FIELD})+")


def masthead_or_imprint(s: str) -> bool:
    """True for a paper's name with its Latin name on one line, a dated running head with its
    editors before the section and page, a dated head giving the issue's lunar date, number or
    pages, an imprint foot of two or more fields, one of them the serial number or the postal
    code (``某某日报社出版 国内统一连续出版物号CN50-0000 邮发代号77-00``), or the publisher with its
    advertising licence."""
    if "报" in s[:11] and _NAME_THEN_LATIN_RE.fullmatch(s):
        return True
    if "星期" in s or "周" in s[:16]:
        if _DATED_EDITORS_HEAD_RE.fullmatch(s) or "期" in s and _DATED_ISSUE_HEAD_RE.fullmatch(s) \
                or "版" in s and _DATED_PAGE_EDITORS_RE.fullmatch(s):
            return True
    if "出版物号" in s or "刊号" in s or "邮发代号" in s:
        return _IMPRINT_FOOT_RE.fullmatch(s) is not None
    # (the publisher and its advertising licence: ``某某日报社出版 地址:… 广告经营许可证:… 本版编辑 某 某``)
    return "出版" in s and "许可证" in s and _IMPRINT_FOOT_RE.fullmatch(s) is not None


def _latin_masthead(texts: list[str], i: int) -> bool:
    """A line of capitals right under a paper's name on its own line (``某某日报`` ⏎ ``MOUMOU RIBAO``),
    the name maybe letter-spaced and ending in ``新闻`` (``某 某 新 闻`` ⏎ ``MOUMOU XINWEN``)."""
    if len(texts[i]) > 40 or not _LATIN_NAME_RE.fullmatch(texts[i]):
        return False
    j = i - 1
    while j >= 0 and not texts[j]:
        j -= 1
    if j < 0:
        return False
    name = "".join(texts[j].split())
    return len(name) <= 12 and (name[-1] == "报" or name[-2:] == "新闻" and len(name) >= 4)


#: A paper's name on a line of its own (``某某日报``, ``某某晚报``).
_OUTLET_LINE_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|报)")
#: A running head printed again inside the page, the paper's name before the day, the section and the
#: page (``某某日报 2025年11月12日 经济新闻 3``, ``某某日报 县域·产业 第4版``, a page's foot with the
#: name and the number only, ``某某日报 3``): the page's number ends it
#: (the blank after the day may be gone: ``2025年11月4日县域经济 3``).
_RUNNING_HEAD_RE = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报)"
    r"(?:[ \t\u3000]+(?:\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
    r"(?:[ \t\u3000]*[\u4e00-\u9fff·・]{2,8})?|(?:星期|周)[一二三四五六日天]|[\u4e00-\u9fff·・]{2,8})){0,3}"
    r"[ \t\u3000]+(?:第\s*)?[A-Z]?\d{1,2}(?:\s*版)?")


#: A folio line with the page's number first, then two to four fields apart by blanks: the day, the
#: weekday, the section, the paper's name (``A06  2025年11月20日  星期四  某某日报``,
#: ``第4版  视觉·产业  2025年12月3日``).
_NUMBER_FIRST_FOLIO_RE = re.compile(
    r"(?P<page>(?:第\s*)?[A-Z]?\d{1,2})(?P<ban>\s*版)?"
    r"(?:[ \t\u3000]+(?:\d{4}年\d{1,2}月\d{1,2}日|(?:星期|周)[一二三四五六日天]"
    r"|[\u4e00-\u9fff·・]{2,10})){2,4}")
_FOLIO_DAY_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_FOLIO_MARK_RE = re.compile(r"(?:星期|周)[一二三四五六日天]"
                            r"|[ \t\u3000][\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|报)$")


#: The second line of a masthead whose paper's name stands alone above it: the day, its weekday or not,
#: the page and the section (``2026年3月5日 星期四　第07版　上市公司``, ``2026年3月5日　A06　公司``), the
#: editors after it.
_DAY_FIRST_FOLIO_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
                                 r"[ \t\u3000]+(?:第[ \t\u3000]*[A-Z]?\d{1,3}[ \t\u3000]*版|[A-Z]\d{1,2})"
                                 r"[ \t\u3000]+[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,7}")


def number_first_folio(s: str) -> bool:
    """True for a folio line opening on the page's number (``A06  2025年11月20日  星期四  某某日报``):
    the day must be there, with a weekday, the paper's name last, or the number written as a page
    (``第4版``), so that a table's row (a number, a name, a date) is never taken for one."""
    m = _NUMBER_FIRST_FOLIO_RE.fullmatch(s)
    if m is None or not _FOLIO_DAY_RE.search(s):
        return False
    return m.group("ban") is not None or _FOLIO_MARK_RE.search(s) is not None


#: The day alone on a line, its weekday after it or not (``2025年12月12日``, ``2025年12月12日 星期五``).
_BARE_DAY_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?")


def _by_running_head(texts: list[str], i: int) -> bool:
    """True when the next line with text above or below line ``i`` is a running head (``某某日报 3``):
    the day printed with it at a page's foot is furniture too."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and not texts[j]:
            j += step
        if 0 <= j < len(texts) and abs(j - i) <= 2 and texts[j] and running_head(texts[j]):
            return True
    return False


def running_head(s: str) -> bool:
    """True for a paper's running head on a line of its own: its name, then the day, the weekday or
    the section, and the page's number last (``某某日报 县域经济 5``)."""
    return len(s) <= 40 and "报" in s[:12] and _RUNNING_HEAD_RE.fullmatch(s) is not None


#: A page's section and number on a line of their own (``文旅周刊 05``, ``要闻·综合 3``, ``县域经济  第6版``),
#: or its number first (``A06  城乡新闻``, ``第3版  要闻``).
_SECTION_PAGE_RE = re.compile(r"[\u4e00-\u9fff·・]{2,8}[ \t\u3000]+(?:第\s*)?\d{1,2}(?:\s*版)?"
                              r"|(?:第\s*)?[A-Z]?\d{1,2}(?:\s*版)?[ \t\u3000]+[\u4e00-\u9fff·・]{2,8}")


#: A paper's name, the day and the weekday, the blanks between them gone or not
#: (``某某日报2025年9月16日星期二``).
_NAME_DAY_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报)[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日"
                          r"[ \t\u3000]*(?:星期|周)[一二三四五六日天]")


def _masthead_stack(texts: list[str], i: int) -> bool:
    """A line of a masthead printed as a stack of short lines around its date line (``某某日报`` ⏎
    ``2025年10月10日 星期五`` ⏎ ``文旅周刊 05``): the paper's name right above the date line, or the
    page's section and number one or two lines under it."""
    s = texts[i]
    if _OUTLET_LINE_RE.fullmatch(s):
        j = i + 1
        while j < len(texts) and not texts[j]:
            j += 1
        return j < len(texts) and j - i <= 2 and is_masthead(texts[j])
    if not _SECTION_PAGE_RE.fullmatch(s):
        return False
    seen, j = 0, i - 1
    while j >= 0 and seen < 2:
        if texts[j]:
            if is_masthead(texts[j]) or _NAME_DAY_RE.fullmatch(texts[j]):
                return True
            seen += 1
        j -= 1
    return False


#: A scene label ending with a full stop, told as a caption only after a picture credit.
_SCENE_STOP_RE = re.compile(r"\S{2,14}(?:现场|合影|留影|一角|掠影|剪影|全景|外景|实景)。")


def is_ruled_line(s: str) -> bool:
    """A line drawn with rule characters only (four or more, blanks between allowed)."""
    return len(s) >= 4 and s[0] in RULE_CHARS and all(c in RULE_CHARS or c == " " for c in s) \
        and sum(c != " " for c in s) >= 4


def jump_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the jump lines in ``text`` (``（下转第2版）``), wherever they stand in a line."""
    if "版" not in text or ("转" not in text and "接" not in text and "续" not in text and "见" not in text
                           and "一版" not in text):
        return []
    spans = [m.span() for m in JUMP_RE.finditer(text)]
    if "下转" in text or "上接" in text or "接上" in text or "紧转" in text or "▶" in text or "→" in text:
        spans += [m.span() for m in BARE_JUMP_RE.finditer(text)]
    if "一版" in text:
        spans += [m.span() for m in PAGE_POINTER_RE.finditer(text)]
    return spans


def _after_picture_credit(texts: list[str], i: int) -> bool:
    """True when the line before line ``i`` (blank lines skipped) credits a picture."""
    j = i - 1
    while j >= 0 and not texts[j]:
        j -= 1
    if j < 0:
        return False
    prev = texts[j]
    return "图片来源" in prev or "供图" in prev or is_credit(prev) \
        or CAPTION_RES["caption line"].fullmatch(prev) is not None


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after the character-level cleaners and before line joining."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``max_len``: longest line a furniture or caption rule may flag."""
    return {"max_len": Option(int, 40, "longest line (characters) that may be flagged")}


def classify(lines: list[Line], i: int, max_len: int = 40) -> tuple[str, str] | None:
    """``(kind, rule)`` when line ``i`` is furniture or a caption, else None."""
    return classify_text([line.text for line in lines], i, max_len)


#: Words one of which a stock table's column header holds (cheap test before :func:`market_header`).
_MARKET_CUES = ("涨跌", "涨幅", "收盘", "最新价", "换手", "市值", "市盈率", "成交")
#: A column of a stock table, its unit in brackets after it (``收盘价(元)``, ``涨跌幅(%)``).
_MARKET_COLUMN_RE = re.compile(
    r"(?:(?:股票|证券)?(?:代码|简称|名称)|收盘价?|最新价|开盘价?|最高价?|最低价?|涨跌幅|涨跌额?|涨幅|跌幅"
    r"|换手率|成交额|成交量|市盈率|市净率|总市值|流通市值|振幅|量比|(?:主力)?净流入)"
    r"\s*(?:[(（](?:元|%|％|万元|亿元|万股|手|倍|TTM|ttm)[)）])?")


def market_header(s: str) -> bool:
    """True for the column header of a stock table standing alone on a page (``代码  简称  收盘价(元)
    涨跌幅(%)  换手率(%)``): four or more column names apart by wide gaps, two of them of price or
    trade, and nothing else."""
    cells = _GAP_RE.split(s.strip())
    if len(cells) < 4 or not all(_MARKET_COLUMN_RE.fullmatch(c) for c in cells):
        return False
    return sum(any(w in c for w in _MARKET_CUES) for c in cells) >= 2


#: A row of a stock table: the stock's code, its short name, then two figures or more, apart by gaps
#: (``603817　某某科技　21.37　2.15　18642.5``).
_MARKET_ROW_RE = re.compile(r"\d{6}(?:\.(?:SH|SZ|BJ))?[ \t\u3000]+[\u4e00-\u9fffA-Z*]{2,8}"
                            r"(?:[ \t\u3000]+[-+]?\d+(?:\.\d+)?%?){2,}")


def market_row(texts: list[str], i: int) -> bool:
    """True for a row of a stock table (``603817　某某科技　21.37　2.15``) under the table's column header
    or under another row: figures without a unit, no sentence of a story."""
    if _MARKET_ROW_RE.fullmatch(texts[i].strip()) is None:
        return False
    above = next((t for t in reversed(texts[:i]) if t.strip()), "")
    return _MARKET_ROW_RE.fullmatch(above.strip()) is not None or market_header(above)


#: How a news site's or a portal's name ends (``某某新闻网``, ``某某在线``, ``某市人民政府``).
_SITE_NAME_ENDS = ("网", "在线", "人民政府", "融媒体中心", "客户端", "门户", "电视台", "广播电台")
#: Two names of one outlet on its banner, apart by a middle dot or a bar
#: (``某市广播电视台 · 某市网络广播电视台``, ``某某日报 | 某某网``).
_PAIRED_SITE_NAMES_RE = re.compile(r"[\u4e00-\u9fff]{2,16}[ \t\u3000]*[·・|｜][ \t\u3000]*"
                                   r"[\u4e00-\u9fff]{2,16}")


#: One outlet's name in a bar of the outlets a media centre runs (``某县新闻网``, ``某县发布``,
#: ``“云上某县”客户端``).
_OUTLET_NAME_RE = re.compile(r"[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?[\u4e00-\u9fff]{0,4}")
#: The bar between two outlet names.
_OUTLET_BAR_RE = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")


def outlet_bar(texts: list[str], i: int) -> bool:
    """True when line ``i``, near the top of the page, is two or more outlet names apart by bars
    (``某县新闻网　|　某县发布　|　“云上某县”客户端``), every one ending as a site's, an app's or an
    account's name does, over the site's menu or crumbs: the banner of a media centre's outlets."""
    if sum(1 for t in texts[:i] if t) > 2:
        return False
    names = _OUTLET_BAR_RE.split(texts[i])
    if len(names) < 2 or not all(_OUTLET_NAME_RE.fullmatch(n) for n in names) \
            or not all(n.endswith((*_SITE_NAME_ENDS, "发布", "APP", "App", "号")) for n in names):
        return False
    nxt = next((t for t in texts[i + 1:i + 3] if t), "")
    return bool(nxt) and (site_menu(nxt) or _CRUMBS_RE.match(nxt) is not None)


def site_name_over_menu(texts: list[str], i: int) -> bool:
    """True when line ``i`` opens the page (only blank lines before it) and the next line that is not
    blank is the site's menu or crumbs (``某某新闻网`` ⏎ ``首页 | 要闻 | 县区 | …``): the site's name
    on its banner, no title."""
    if any(texts[:i]):
        return False
    nxt = next((t for t in texts[i + 1:i + 3] if t), "")
    return bool(nxt) and (site_menu(nxt) or _CRUMBS_RE.match(nxt) is not None)


def classify_text(texts: list[str], i: int, max_len: int = 40) -> tuple[str, str] | None:
    """:func:`classify` on the stripped texts of the lines (``""`` for a blank line)."""
    s = texts[i]
    if not s:
        return None
    if s[0] in RULE_CHARS and is_ruled_line(s):
        return "furniture", "ruled line"
    if is_heading_marker(s):
        return None
    if (s[0] in "【[（(广推" or "广告" in s[:18]) and len(s) <= 3 * max_len \
            and (s[0] in "【[（(广推" and _AD_RE.match(s) or _labelled_ad(s)):
        return "furniture", "advertisement"
    if "广告" in s[:16] and len(s) <= 3 * max_len and office_ad(s):
        return "furniture", "advertisement"
    if len(s) <= 3 * max_len and _after_ad_label(texts, i) \
            and (_CONTACT_VALUE_RE.search(s) is not None or _CONTACT_FIELD_RE.search(s) is not None):
        return "furniture", "advertisement"  # 【广告】 ⏎ 某某年货专场…  订购热线:0000-0000000
    if is_box_frame(s) or is_boxed_teaser(s):
        return "furniture", "box"
    if len(s) <= 3 * max_len and _SITE_FOOTER_RE.search(s):
        return "furniture", "source note"
    if s[:2] in ("版权", "主办", "相关", "友情") and footer_fields_line(s):
        return "furniture", "source note"  # 版权所有：某县融媒体中心　地址：…　邮箱：…
    if ("：" in s or ":" in s) and len(s) <= 2 * max_len and disclosure_line(texts, i):
        return "furniture", "page meta"  # a disclosure box's field (``索 引 号：…``, ``发文机关：…``)
    if len(s) <= 3 * max_len and site_menu(s):
        return "furniture", "crumbs"
    if (len(s) <= 16 or len(s) <= 34 and _PAIRED_SITE_NAMES_RE.fullmatch(s)) and s.endswith(_SITE_NAME_ENDS) \
            and site_name_over_menu(texts, i):
        return "furniture", "crumbs"
    if len(s) <= 3 * max_len and ("|" in s or "｜" in s) and outlet_bar(texts, i):
        return "furniture", "crumbs"
    if len(s) <= 20 and _BARE_PHONE_RE.fullmatch(s):
        return "furniture", "contact line"
    if len(s) <= 3 * max_len and ("邮" in s or "电话" in s or "热线" in s or "mail" in s or "地址" in s[:6]
                                  or "查询" in s
                                  or "地址" in s and _WIDE_GAP_RE.search(s) is not None) \
            and contact_line(s):
        return "furniture", "contact line"
    if "仅供参考" in s and len(s) <= 2 * max_len and _ADVICE_DISCLAIMER_RE.fullmatch(s):
        return "furniture", "disclaimer"
    if s[:2] == "欢迎" and len(s) <= 3 * max_len and _WELCOME_CALL_RE.fullmatch(s):
        return "furniture", "advertisement"
    if len(s) <= 3 * max_len and ("邮" in s or "许可证" in s or "印刷" in s or "承印" in s
                                  or "出版" in s[:12] and "地址" in s) \
            and imprint_line(s):
        return "furniture", "contact line"
    if ("导读" in s or "要目" in s or "提要" in s or "版" in s) and len(s) <= max_len \
            and i in contents_box_lines(texts):
        return "furniture", "box"
    if max_len < len(s) <= 3 * max_len and "版" in s and "编" in s:
        head = _TRAILING_EDITORS_RE.sub("", s)  # a page header with its editors at the end
        if head != s and len(_GAP_RE.sub(" ", head)) <= max_len and _MASTHEAD_RE.fullmatch(head):
            return "furniture", "page header"
    if ("编" in s or "校对" in s) and s[0].isdigit() and _EDITION_PAGE_LINE_RE.fullmatch(s):
        return "furniture", "page header"  # the day, the page and its section, then the page's editors
    if "编" in s or "校对" in s:
        if (s[0].isdigit() or s[0] in _LATIN_CAPS and s[1:2].isdigit() or s[0] == "第" and "版" in s[:7]) \
                and len(s) <= 3 * max_len:
            head = _TRAILING_EDITORS_RE.sub("", s)  # the page's number and section, then its editors
            if head != s and (_NUMBERED_SECTION_RE.fullmatch(head) or _DAY_FIRST_FOLIO_RE.fullmatch(head)
                              or _ONE_BLANK_SECTION_RE.fullmatch(head)
                              and len(_EDITOR_LABEL_RE.findall(s[len(head):])) >= 2):
                return "furniture", "page header"
        elif len(s) <= 3 * max_len and section_then_editors(s):
            return "furniture", "page header"
    if len(s) <= 3 * max_len and ("版" in s or "期" in s) and epaper_nav_line(s):
        return "furniture", "page header"
    if s[:2] == "国内" and _SERIAL_RE.fullmatch(s) or s[0] in _LATIN_CAPS and _latin_masthead(texts, i):
        return "furniture", "page header"
    if len(s) <= 16 and ("报" in s or " " in s or "\u3000" in s or "\t" in s) and _masthead_stack(texts, i):
        return "furniture", "page header"
    if len(s) <= 3 * max_len and masthead_or_imprint(s):
        return "furniture", "page header"
    if len(s) <= 3 * max_len and county_paper_furniture(s):
        return "furniture", "page header"  # an owner, issue or price line; a digital page's own line
    if s[-1].isdigit() or s[-1] == "版":
        if running_head(s):
            return "furniture", "page header"
    elif (s[0].isdigit() or s[0] in _LATIN_CAPS or s[0] == "第") and len(s) <= max_len and "年" in s \
            and number_first_folio(s):
        return "furniture", "page header"
    if len(s) <= 20 and s[-1] in "日一二三四五六天" and _BARE_DAY_RE.fullmatch(s) \
            and _by_running_head(texts, i):
        return "furniture", "page header"
    if max_len < len(s) <= 3 * max_len and "  " in s and len(_GAP_RE.sub(" ", s)) <= max_len:
        # a PDF running head spread over the page width (``经 济 新 闻      2024年…  星期五   3``)
        m = _FURNITURE_ANY_RE.fullmatch(s)
        if m:
            return "furniture", _FURNITURE_RULES[m.lastgroup or ""]
        if "版" in s and _MASTHEAD_RE.fullmatch(s):
            return "furniture", "page header"
    if s in IMAGE_PLACEHOLDERS:
        return "caption", "image placeholder"
    if len(s) <= 3 * max_len:
        web = _web_copy_rule(s)
        if web:
            return "furniture", web
        if ("字" in s or "打印" in s or "关闭" in s) and gapped_tools(s):
            return "furniture", "page tools"
        if "分享" in s and _DATED_SHARE_RE.fullmatch(s):
            return "furniture", "share prompt"  # (a date line closed by share links, longer than short)
    if ("  " in s or "\u3000" in s) and len(s) <= 3 * max_len and any(w in s for w in _MARKET_CUES) \
            and market_header(s):
        return "furniture", "market table header"
    if s[:1].isdigit() and len(s) <= 2 * max_len and market_row(texts, i):
        return "furniture", "market table row"
    if len(s) <= 3 and s.isascii() and s.isdigit() and _row_number(texts, i):
        return None  # a table's row number on a line of its own, its cells on the lines after it
    if len(s) <= max_len:
        m = _FURNITURE_ANY_RE.fullmatch(s)
        if m:
            return "furniture", _FURNITURE_RULES[m.lastgroup or ""]
        if "版" in s and _MASTHEAD_RE.fullmatch(s):
            return "furniture", "page header"
        if is_credit(s):
            return "caption", "photo credit"
        if s[-1] in "摄图" or s[-2:] in ("摄）", "摄)"):  # a credit closing the line
            if _scene_with_credit(s):
                return "caption", "scene label"
            if _short_sentence_with_credit(s):
                return "caption", "caption with credit"
        for rule, rx in CAPTION_RES.items():
            if rx.fullmatch(s) and (rule != "scene label" or is_title_like(s, 16)):
                return "caption", rule
        if s[-1] == "。" and len(s) <= 16 and _SCENE_STOP_RE.fullmatch(s) and _after_picture_credit(texts, i):
            return "caption", "scene label"
        if is_title_like(s, 16) and _in_photo_slot(texts, i):
            return "caption", "photo slot"
        if s[:2] in SITE_HEADS or "发表于" in s or _posted_meta(s) or _bracketed_head(s):
            rule = site_furniture(s)
            if rule:
                return "furniture", rule
        if "主办" in s and _OWNER_AFTER_RE.fullmatch(s):
            return "furniture", "source note"
        if s[-1] in _PAGER_LAST and (rule := pager_or_docnumber(s)):
            return "furniture", rule
        if (">" in s or "›" in s or "»" in s or "＞" in s) \
                and (_PLAIN_CRUMBS_RE.fullmatch(s) or _SITE_THEN_CRUMBS_RE.fullmatch(s)):
            return "furniture", "crumbs"
    elif len(s) <= 3 * max_len and (s[:2] in SITE_HEADS or _posted_meta(s) or _bracketed_head(s)):
        rule = site_furniture(s)
        return ("furniture", rule) if rule else None
    elif CAPTION_RES["caption line"].fullmatch(s) and s[:2] == "图为":
        return "caption", "caption line"
    if s[0] in "(（" and s[1:3] == "图为" and len(s) <= 3 * max_len and bracketed_picture_caption(s):
        return "caption", "caption line"
    if s[-1] == "摄" and len(s) <= 3 * max_len and _SENTENCE_CREDIT_RE.fullmatch(s):
        return "caption", "caption with credit"
    if s[-2:] in ("摄)", "摄）") and len(s) <= 3 * max_len and sentence_with_bracketed_credit(s) \
            and not photo_news_body(texts, i):
        return "caption", "caption with credit"
    if len(s) <= 3 * max_len and ("|" in s or "｜" in s):
        return barred_furniture(s, max_len)
    if len(s) <= 3 * max_len and ("：" in s or ":" in s) and sectioned_editor_line(s):
        return "furniture", "editor line"
    return None


#: One role of a page's editor line with its name, a name maybe of two parts joined by a dot
#: (``本版主编：某某·某某``, ``版式：某某``).
_EDITOR_BLOCK_RE = re.compile(rf"(?:{_EDITOR_ROLES}){_SEP}[\u4e00-\u9fff·・]{{2,12}}")
#: A page's section name before its editor line (``纺织服装``, ``县域·经济``).
_SECTION_BLOCK_RE = re.compile(r"[\u4e00-\u9fff·・]{2,8}")


def sectioned_editor_line(s: str) -> bool:
    """True for a page's editor line of two roles or more apart by wide gaps, the section's name
    before them maybe (``纺织服装　　本版主编：某某·某某　责任编辑：某某　版式：某某``); a sentence naming
    an editor is no such line."""
    blocks = [b for b in _WIDE_GAP_RE.split(s.strip()) if b]
    if blocks and _SECTION_BLOCK_RE.fullmatch(blocks[0]) and not _EDITOR_BLOCK_RE.fullmatch(blocks[0]):
        blocks = blocks[1:]
    return len(blocks) >= 2 and all(_EDITOR_BLOCK_RE.fullmatch(b) for b in blocks)


def gapped_tools(s: str) -> bool:
    """A line of two or more blocks of a portal's tools apart by wide gaps (two blanks or a full-width
    one), each a tool line on its own (``字号：大 中 小　　【打印本页】　【关闭窗口】``, ``字号：大 中 小
    打印本页 关闭窗口``); a tool beside a sentence is no such line."""
    blocks = [b for b in _WIDE_GAP_RE.split(s.strip()) if b]
    return len(blocks) >= 2 and all(_TOOLS_RE.fullmatch(b) for b in blocks)


#: A word's character: a block of a barred line without one is a rule, no furniture of its own.
_WORDED_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
#: A bar between two blocks of a web page's tool or footer line (``… | 打印本页``).
_BAR_RE = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")


def barred_furniture(s: str, max_len: int = 40) -> tuple[str, str] | None:
    """A line of two blocks apart by a bar, each furniture on its own line (``字号: 大 中 小 | 打印本页 |
    关闭窗口``, ``扫一扫 在手机上阅读 | 关于我们 | 联系我们``): the whole line is, as the first block's kind.

    Each block is tried alone at one bar after another, so a bar inside a sentence (``甲 | 乙``) or
    one block of news stays; blocks of rules alone (a markdown table's ``|---|---|``) are no furniture
    line but a table's."""
    bars = list(_BAR_RE.finditer(s))
    for b in bars:
        head, tail = s[:b.start()], s[b.end():]
        if _WORDED_RE.search(head) is None or _WORDED_RE.search(tail) is None:
            continue
        first = classify_text([head], 0, max_len)
        if first is None or first[0] != "furniture":
            continue
        rest = classify_text([tail], 0, max_len)
        if rest is not None and rest[0] == "furniture":
            return first
    return None


#: What closes a sentence inside a line (a caption is one sentence).
_SENTENCE_STOPS = "。！？；!?;"


def bracketed_picture_caption(s: str) -> bool:
    """A caption set wholly in brackets, opening with ``图为`` and closed by its photographer after the
    full stop or a blank (``（图为5月1日，游客在某某梯田拍照。某 某 摄）``); a bracketed aside in a story
    has no credit at its end."""
    if s[-1] not in ")）":
        return False
    inner = s[1:-1].strip()
    # (the full stop before the credit, else the last blank before it; a name spaced out by two blanks,
    # ``记者  某  某  摄``, holds blanks of its own)
    k = inner.rfind("。")
    if k < 0 or k < len(inner) - 24:
        k = max(k, inner.rfind(" ", 0, max(0, len(inner) - 6)))
    # (a PDF sets the photographer's name spaced, ``某 某 摄``: closed up before the test)
    tail = _SPACED_CREDIT_RE.sub(lambda m: _INNER_BLANKS.sub("", m.group(1)) + " 摄", inner[k + 1:].strip())
    return inner[:2] == "图为" and k > 4 and is_credit(tail)


#: Blanks between two characters of a spaced name (``聂  远  航``).
_INNER_BLANKS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_SPACED_CREDIT_RE = re.compile(r"^((?:\S*(?:记者|通讯员)\s*)?"
                               r"[\u4e00-\u9fff](?:[ \u3000]{1,2}[\u4e00-\u9fff]){1,3})[ \u3000]{1,2}摄$")


#: A polite call to telephone closing an advertisement (``欢迎垂询 某某招商热线：0000-0000000``).
_WELCOME_CALL_RE = re.compile(r"欢迎(?:垂询|来电|咨询|致电|惠顾|洽谈)[ \t\u3000:：,，!！]*"
                              r"[\u4e00-\u9fff]{0,8}(?:热线|电话|专线)\s*[:：]?\s*(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9})")


def sentence_with_bracketed_credit(s: str) -> bool:
    """A caption told as one sentence closed by its photographer in brackets (``观摩团在某项目现场察看。
    （某某日报记者 某某 摄）``): a story's paragraph of several sentences, or one whose bracket holds
    no credit, is not one."""
    k = max(s.rfind("（"), s.rfind("("))
    if k < 6:
        return False
    head, tail = s[:k].rstrip(), s[k:]
    return head[-1] == "。" and not any(c in _SENTENCE_STOPS for c in head[:-1]) and is_credit(tail)


def _bracketed_head(s: str) -> bool:
    """A line opening with a bracketed field whose label a portal's line opens with
    (``[ 发布日期：2025-10-24 ]    [ 来源：某局 ]    [ 字号：大 中 小 ]    [ 打印 ]``)."""
    return s[0] in "[【［" and s[1:].lstrip(" \u3000")[:2] in SITE_HEADS


#: A line of links to related stories, two titles or more apart by bars (``相关文章：甲 | 乙``).
_RELATED_LINKS_RE = re.compile(r"[【\[]?(?:相关(?:文章|新闻|阅读|报道|链接|推荐)"
                               r"|(?:热点|热门|热文|精彩)推荐|推荐阅读|延伸阅读)[】\]]?\s*[:：]?\s*"
                               r"[^|｜\n]{2,40}?(?:\s*[|｜]\s*[^|｜\n]{2,40}?)+\s*")
#: One link to a related post on its label's line, a bare title with no sentence's marks
#: (``相关链接：某市1—10月外资外贸数据解读``, ``相关阅读：《某县招商引资十条》政策解读``).
_ONE_RELATED_LINK_RE = re.compile(r"[【\[]?相关(?:链接|阅读|文章|新闻)[】\]]?\s*[:：]\s*"
                                  r"[^，,。；;！!？?：:|｜]{4,40}")
#: A paper's e-paper or app with a prompt to scan it (``某某日报数字报  扫码阅读``, ``某某客户端 扫码下载``).
_EPAPER_SCAN_RE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:数字报|电子报|客户端|APP|App|公众号|视频号)"
                             r"[ \t\u3000]*(?:扫码|扫一扫|扫描二维码)(?:阅读|下载|关注|订阅|收看|查看)")
#: A dated page head: day, weekday, page and section apart by blanks
#: (``2025年11月14日  星期五  第3版  县域经济``, ``2025年12月4日 星期四 A05 市县新闻``).
_DATED_PAGE_HEAD_RE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]+(?:星期|周)[一二三四五六日天][ \t\u3000]+"
    r"(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,2}\s*版?)[ \t\u3000]+[\u4e00-\u9fff·・]{2,8}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]+(?:星期|周)[一二三四五六日天][ \t\u3000]+"
    r"[\u4e00-\u9fff·・]{2,8}[ \t\u3000]+(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,2}\s*版?)")


def _web_copy_rule(s: str) -> str | None:
    """The rule flagging a line a copied web page brings (:mod:`newsmill.zh.webcopy`), else None."""
    if share_bar(s):
        return "share prompt"
    if page_tools_row(s):
        return "share prompt"
    if ("相关" in s[:4] or "推荐" in s[:6] or "延伸" in s[:3]) and _RELATED_LINKS_RE.fullmatch(s):
        return "crumbs"
    if "相关" in s[:3] and _ONE_RELATED_LINK_RE.fullmatch(s):
        return "crumbs"
    if ("扫" in s) and _EPAPER_SCAN_RE.fullmatch(s):
        return "share prompt"
    if "年" in s[:6] and _DATED_PAGE_HEAD_RE.fullmatch(s):
        return "page header"
    if site_name_line(s):
        return "page header"
    if edition_navigation(s):
        return "crumbs"
    return None


#: How many lines a table flattened one cell a line may hold between two row numbers.
_ROW_REACH = 16


def _row_number(texts: list[str], i: int) -> bool:
    """A lone number ``n`` with the number ``n-1`` (or the ``序号`` head for 1) on a line of its own a
    few lines above, or ``n+1`` a few lines below: a row number of a table flattened one cell a
    line, no page number."""
    n = int(texts[i].strip())
    above = {str(n - 1), "序号"} if n == 1 else {str(n - 1)}
    for j in range(max(0, i - _ROW_REACH), i):
        if texts[j].strip() in above:
            return True
    below = str(n + 1)
    return any(texts[j].strip() == below for j in range(i + 2, min(len(texts), i + _ROW_REACH)))


#: A caption told as a sentence with its photographer after a blank (``某镇，药农正在剥取树皮。 通讯员
#: 某 某 摄``): a story's paragraph never closes on a bare ``摄`` (its credit is in brackets).
_SENTENCE_CREDIT_RE = re.compile(
    r"[^（()）\n]{4,100}?(?:[。！!][ \t\u3000]*|[ \t\u3000]+)(?:[\u4e00-\u9fff]{0,10}(?:记者|通讯员|摄影师?))"
    r"[ \t\u3000]*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}){0,2}[ \t\u3000]*摄")


def _scene_with_credit(s: str) -> bool:
    """A scene label and its photographer on one line (``签约仪式现场 某某 摄``, ``会场（某某 摄）``)."""
    k = _credit_cut(s)
    if k < 2:
        return False
    head, tail = s[:k].rstrip("。"), s[k:].strip()
    return is_credit(tail) and CAPTION_RES["scene label"].fullmatch(head) is not None


def _credit_cut(s: str) -> int:
    """Where a photographer's credit after a caption starts (its bracket, else the first blank)."""
    return max(s.rfind("（"), s.rfind("(")) if s[-1] in "）)" else s.find(" ")


def _short_sentence_with_credit(s: str) -> bool:
    """A short scene closed by its full stop, no comma in it, then its photographer with no role
    (``某某中心查验场地。 某某 摄``): a caption told as a sentence."""
    k = _credit_cut(s)
    if k < 2 or s[k - 1] != "。" or k > 21:
        return False
    return is_credit(s[k:].strip()) and not any(c in s[:k] for c in "，,；;：:、“”\"")


def _in_photo_slot(texts: list[str], i: int) -> bool:
    """A line after a headline (or a wide gap) and right before a byline."""
    j = i - 1
    gap = 0
    while j >= 0 and not texts[j]:
        gap += 1
        j -= 1
    k = i + 1
    while k < len(texts) and not texts[k]:
        k += 1
    if k >= len(texts) or not is_byline(texts[k]):
        return False
    if j < 0:
        return gap >= 2
    return is_heading_marker(texts[j]) or gap >= 2


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Flag each furniture or caption line as a region."""
    raws = step.text.split("\n")  # the lines of :func:`iter_lines`, without building Line objects
    texts = [raw.strip() for raw in raws]
    max_len = options.get("max_len", 40)
    # only short lines, long "图为…" lines, and long lines of site footers or boxes can be
    # flagged (see classify_text); the last are looked for only on pages that have them
    text = step.text
    footers = "ICP" in text or "公网安备" in text or "网站标识码" in text
    edges = BOX_EDGE_CHARS
    candidates = [i for i, s in enumerate(texts) if s and (
        len(s) <= max_len or s[:2] == "图为" or s[:2] in SITE_HEADS or _posted_meta(s)
        or (footers and _SITE_FOOTER_RE.search(s) is not None)
        or (len(s) <= 3 * max_len and "  " in s and len(_GAP_RE.sub(" ", s)) <= max_len)  # a spread head
        or (len(s) <= 3 * max_len and (("版" in s and "编" in s) or "邮" in s or "电话" in s or "热线" in s
                                       or "出版物号" in s or "许可证" in s))  # a head with its editors, a
        # contact line, an imprint with the serial number or the advertising licence
        or s[0] in RULE_CHARS or (s[0] in "【[（(广推" and len(s) <= 3 * max_len)  # a ruled line, an advert
        or (s[-1] == "摄" and len(s) <= 3 * max_len)  # a caption told as a sentence, its credit after it
        or (len(s) <= 3 * max_len and ("上一版" in s or "版面导航" in s))  # a digital edition's links
        or (len(s) <= 3 * max_len and ("编辑" in s or "总第" in s or "准印证" in s or "价" in s))
        # (a section with its editors, an issue line, a foot with the price)
        or (len(s) <= 3 * max_len and ("|" in s or "｜" in s))  # fields or links apart by bars
        or (s[-2:] in ("摄）", "摄)") and len(s) <= 3 * max_len)  # or its credit in brackets
        # a box line: only one with a box edge can be flagged (is_box_frame, is_boxed_teaser)
        or ((s[0] in edges or s[-1] in edges) and _BOX_CHAR_RE.search(s) is not None))]
    starts: list[int] = []  # where each line starts, counted when a line is first flagged
    flagged: set[int] = set()

    def flag(i: int, kind: str, rule: str) -> None:
        if not starts:
            starts.extend(accumulate([len(raw) + 1 for raw in raws], initial=0))
        start = starts[i] + len(raws[i]) - len(raws[i].lstrip())
        step.flag(start, start + len(texts[i]), kind, rule)

    for i in candidates:
        found = classify_text(texts, i, max_len)
        if found:
            flag(i, *found)
            flagged.add(i)
    # cheap test: related posts (``往期推荐``, ``相关阅读：``, ``相关新闻：``, ``友情链接``), a commentary's
    # bracketed label (``【短评】``, ``【记者手记】``)
    if "推荐" in text or "阅读" in text or "回顾" in text or "链接" in text or "相关" in text \
            or "评】" in text or "记】" in text or "评]" in text or "记]" in text:
        for i in related_posts(texts, max_len):
            if i not in flagged:
                flag(i, "furniture", "related posts")
    if "导读" in text or "要目" in text or "提要" in text:  # cheap test: a contents box
        for i in contents_box_lines(texts):
            if i not in flagged:
                flag(i, "furniture", "contents box")
                flagged.add(i)
    if "导航" in text or "索引" in text:  # cheap test: a digital edition's list of the page's titles
        for i in title_nav_lines(texts):
            if i not in flagged:
                flag(i, "furniture", "contents box")
                flagged.add(i)
    for a, b in jump_spans(text):
        step.flag(a, b, "furniture", "jump line")
    glued = glued_captions(text)
    if glued:
        if not starts:
            starts.extend(accumulate([len(raw) + 1 for raw in raws], initial=0))
        for a, b in glued:
            line = bisect_right(starts, a) - 1
            if line not in flagged and not photo_news_body(texts, line):
                # (a photo news's own text under its label, its credit closing it, is no glued caption)
                step.flag(a, b, "caption", "glued caption")
    if any(w in text for w in NOTICE_WORDS) or ("广" in text and "告" in text) or "热线" in text \
            or "电话" in text:
        # cheap test: a notice, an advert or a weather line
        for i, rule in notices(texts):
            if i not in flagged:
                flag(i, "furniture", rule)
                flagged.add(i)
    for i in section_lines_between(texts, flagged):
        flag(i, "furniture", "page header")


#: The label of a page's contents box printed without a frame (``今日导读``, ``【本期要目】``).
_CONTENTS_HEAD_RE = re.compile(r"[【\[]?(?:今日|本期|本刊|本版|内容|要闻)?(?:导读|要目|提要)"
                                r"[】\]]?\s*[:：]?")
#: A line of such a box: the page, then the story's title (``第5版 某县：茶园里的新产业``, ``A3 …``), or the
#: title, then its page (``某镇的冬季大棚……详见第6版``), maybe behind a pointer (``▶2版　某镇：…``).
_CONTENTS_ITEM_RE = re.compile(r"(?:[▶►▸▷→]\s*)?(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：|]?[ \t\u3000]*\S.{1,40}"
                               r"|[A-Z]\d{1,2}[ \t\u3000]+\S.{1,40}"
                               r"|\S.{1,40}?[ \t\u3000.…·]*(?:详见|见)?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版")


def contents_box_lines(texts: list[str]) -> list[int]:
    """Lines of a page's contents box set as plain lines: its label alone on a line (``今日导读``) and the
    lines right after it that each point to a page (``第3版 某某：…``), at most one blank line after the
    label; a label without such lines flags nothing."""
    out: list[int] = []
    n = len(texts)
    for i, s in enumerate(texts):
        if not s or len(s) > 8 or ("导读" not in s and "要目" not in s and "提要" not in s) \
                or not _CONTENTS_HEAD_RE.fullmatch(s):
            continue
        j = i + 1
        if j < n and not texts[j]:
            j += 1
        items = []
        while j < n and texts[j] and len(texts[j]) <= 48 and _CONTENTS_ITEM_RE.fullmatch(texts[j]):
            items.append(j)
            j += 1
        if not items:
            items = _titles_printed_below(texts, j)
        if items:
            out += [i, *items]
    return out


def _titles_printed_below(texts: list[str], j: int) -> list[int]:
    """The unnumbered lines of a programme's or an issue's rundown from line ``j`` (``【本期提要】`` ⏎
    ``某县11个项目集中签约`` ⏎ ``某县某某项目投产``): two or more short lines in a row, each printed again
    below as a line of its own (the title of its story); none when one of them is not."""
    items: list[int] = []
    while j < len(texts) and texts[j] and len(texts[j]) <= 48:
        if texts[j] not in texts[j + 1:]:
            return []
        items.append(j)
        j += 1
    return items if len(items) >= 2 else []


#: Words without which a page holds no notice, public-service advert or weather line.
NOTICE_WORDS = ("声明", "启事", "招聘", "公告", "通告", "公示", "天气", "指数")


def notices(texts: list[str]) -> list[tuple[int, str]]:
    """``(line index, rule)`` of the notices, public-service adverts and weather lines of a page
    (``遗失声明`` ⏎ ``…声明作废。``, ``…（公益广告）``, ``今日天气  多云  8℃～15℃``)."""
    out = [(i, "notice") for i in notice_lines(texts)]
    out += [(i, "weather") for i, s in enumerate(texts)
            if s and ("天气" in s or "指数" in s) and is_weather_line(s)]
    out += [(i, "advertisement") for i, s in enumerate(texts) if s and "公益广告" in s and is_psa_line(s)]
    out += [(i, "advertisement") for i in advert_lines(texts)]
    return out


#: The heading of a list of other posts after a story (``往期推荐``, ``推荐阅读``, ``往期回顾``).
_RELATED_HEAD_RE = re.compile(r"[▼▽↓]*[【\[]?(?:往期|精彩|热门|近期)?(?:推荐阅读|推荐|回顾|阅读)[】\]]?[▼▽↓]*"
                              # (with a colon: ``推荐阅读：``)
                              r"|[【\[]?(?:往期|精彩|热门|近期)?推荐阅读[】\]]?\s*[:：]"
                              r"|[▼▽↓]*[【\[]?(?:相关|延伸|更多)阅读[】\]]?(?:[▼▽↓]*|\s*[:：])"
                              # (a portal's news on the same subject: ``相关新闻：``)
                              r"|[【\[]?相关(?:新闻|文章|报道)[】\]]?\s*[:：]?"
                              # (a portal's links to other sites at its foot: ``相关链接：``)
                              r"|[【\[]?(?:相关|友情)链接[】\]]?\s*[:：]?")
#: A portal's links to other sites or posts set on the heading's line, two or more apart by bars
#: (``相关链接：某省人民政府 | 某市人民政府``).
_RELATED_INLINE_RE = re.compile(r"[【\[]?(?:相关|友情)(?:链接|新闻|文章)[】\]]?\s*[:：]\s*"
                                r"[^|｜\s]{2,30}(?:\s*[|｜]\s*[^|｜\s]{2,30})+")
#: A line of two or more names of sites apart by bars, listed under ``相关链接：``
#: (``某市人民政府 | 某省统计局 | 某县统计局``).
_BARRED_LINKS_RE = re.compile(r"[^|｜\s]{2,20}(?:[ \t\u3000]*[|｜][ \t\u3000]*[^|｜\s]{2,20})+")
#: A bare label of a piece a site prints after a release, on a line of its own (``【相关解读】``), or of
#: a commentary box a paper prints beside a story (``【短评】``, ``【记者手记】``).
_BARE_PIECE_LABEL_RE = re.compile(r"[【\[](?:(?:相关|政策|数据|图文|新闻)?解读|相关信息"
                                  r"|短评|快评|时评|述评|微评|锐评|(?:记者|采访)(?:手记|札记))[】\]]")


def _piece_over_story(texts: list[str], i: int) -> bool:
    """The bare piece label at line ``i`` stands over a story's title and its first paragraph
    (``【相关解读】`` ⏎ ``某县18个项目集中开工`` ⏎ ``1月20日，…``), or over a release's title and its
    meta line (``【相关信息】`` ⏎ ``某县一季度经济运行情况`` ⏎ ``发布时间：…　来源：某局``): the label
    alone is furniture."""
    rest = [t for t in texts[i + 1:i + 6] if t][:2]
    return len(rest) == 2 and len(rest[0]) <= 40 and rest[0][-1] not in "。！？.!?：:" \
        and (len(rest[1]) > 40 or site_furniture(rest[1]) == "page meta")


#: How an item of such a list opens: an arrow or a bullet.
_RELATED_ITEM = "▶►▷▸→·•●◆◇■□>》-"  # (``-``: an item of a list copied as markdown)


#: A story's lead opening with its dateline or byline (``本报讯``, ``某某讯（记者 某某）``,
#: ``（记者 某某）``).
_LEAD_OPEN_RE = re.compile(r"本报讯|(?:本报|本刊|[\u4e00-\u9fff]{2,12}?)讯\s*[（(]|[（(]\s*(?:记者|通讯员)")


def _over_lead(texts: list[str], j: int) -> bool:
    """The line ``j`` is a story's title: the next line with text, one blank line at most between,
    opens with a dateline or byline and runs on as a paragraph."""
    k = j + 1
    if k < len(texts) and not texts[k]:
        k += 1
    return j < len(texts) and k < len(texts) and len(texts[k]) > 40 \
        and _LEAD_OPEN_RE.match(texts[k]) is not None


def related_posts(texts: list[str], max_len: int = 40) -> list[int]:
    """Lines of a list of related posts: its heading (``往期推荐``) and the items after it that open
    with an arrow or a bullet (``▶ 某某召开…``), blank lines between them allowed; the list ends at
    the first other line, or at a story's title over its lead (``·某县…`` ⏎ ``本报讯（记者 某某）…``):
    stories printed in full under the heading leave it alone."""
    out = []
    for i, s in enumerate(texts):
        if s and ("链接" in s or "相关" in s) and _RELATED_INLINE_RE.fullmatch(s):
            out.append(i)  # the heading with its items on its line: ``相关链接：甲 | 乙 | 丙``
            continue
        if s and s[0] in "【[" and _BARE_PIECE_LABEL_RE.fullmatch(s) and _piece_over_story(texts, i):
            out.append(i)
            continue
        if not s or len(s) > 10 or not _RELATED_HEAD_RE.fullmatch(s):
            continue
        items = []
        for j in range(i + 1, len(texts)):
            t = texts[j]
            if not t:
                if items and texts[items[-1]][0] not in _RELATED_ITEM:
                    break  # a list of bare titles ends at its first blank line
                continue
            if t[0] not in _RELATED_ITEM and not (i + 1 + len(items) == j and _bare_post_title(t, max_len)) \
                    and not ("链接" in s and _BARRED_LINKS_RE.fullmatch(t)):
                break
            if len(t) > 3 * max_len:
                break
            if _over_lead(texts, j):
                break  # a story's title over its lead (``·某县…`` ⏎ ``本报讯（记者 某某）…``), no link
            items.append(j)
        if not items and _over_lead(texts, i + 1 if texts[i + 1:i + 2] != [""] else i + 2):
            out.append(i)  # the label over stories printed in full: the label alone
            continue
        if items and (len(items) >= 2 or texts[items[0]][0] in _RELATED_ITEM
                      or ("链接" in s and _BARRED_LINKS_RE.fullmatch(texts[items[0]]) is not None)):
            # (bare titles count only two or more: ``推荐阅读`` over one line may be a word and a title)
            out.append(i)
            out.extend(items)
    return out


#: Longest section name of a page header (``区县新闻``, ``经济·综合``).
_SECTION_MAX = 8
_SECTION_RE = re.compile(r"[\u4e00-\u9fff·・ ]{2,8}")


def section_lines_between(texts: list[str], flagged: set[int]) -> list[int]:
    """Lines naming a page's section inside a repeated page header (furniture on both sides).

    A PDF page turn repeats its header mid-story: ``2024年4月11日 星期四 A03`` ⏎
    ``区县新闻`` ⏎ ``责编：X 美编：Y``.  The date and editor lines are
    flagged by the one-line rules; the short run of Chinese between them
    (no punctuation, no digit, at most :data:`_SECTION_MAX` characters) is the
    section's name, furniture as well; so are two such lines when one is the paper's name alone
    (``某某日报`` ⏎ ``产业·园区``).  Only lines next to a flagged line are looked at.
    """
    out = []
    n = len(texts)
    for i in sorted(flagged):
        j = i + 1
        if j >= n or j in flagged or not texts[j] or len(texts[j]) > _SECTION_MAX:
            continue
        k = j + 1
        if k < n and k in flagged and _SECTION_RE.fullmatch(texts[j]):
            out.append(j)
        elif k + 1 < n and k + 1 in flagged and texts[k] and len(texts[k]) <= _SECTION_MAX \
                and _SECTION_RE.fullmatch(texts[j]) and _SECTION_RE.fullmatch(texts[k]) \
                and any(_OUTLET_LINE_RE.fullmatch(t) for t in (texts[j], texts[k])):
            out.extend((j, k))  # the paper's name and the section on lines of their own
    return out


#: The day of a listed post closing its title (``某县召开…推进会 (2025-10-16)``).
_DATED_TITLE_RE = re.compile(r"\S[^。；;]{5,}[ \t\u3000]*"
                             r"[(（]\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s*[)）]")


def _bare_post_title(s: str, max_len: int) -> bool:
    """A post's title listed without a bullet right under the list's heading: a short line
    ending with no stop and naming no editor or source, or a longer title closed by its day in
    brackets (``某市第三季度重大项目集中开工 某县分会场12个项目开工 (2025-10-27)``)."""
    if len(s) <= 3 * max_len and s[-1] in ")）" and _DATED_TITLE_RE.fullmatch(s):
        return True
    return len(s) <= max_len and s[-1] not in "。；;，," and "：" not in s[-3:] \
        and _FURNITURE_ANY_RE.fullmatch(s) is None
