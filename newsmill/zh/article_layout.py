"""Line shapes that split a Chinese news page into articles: titles, kickers, captions, furniture.

These are judgements about one line of text, without context; the
segmenter combines them with what surrounds the line.
"""

from __future__ import annotations

import re

from newsmill.zh.names import HAN
from newsmill.zh.tables import is_table_line, may_be_table
from newsmill.zh.variants import alternation

#: Punctuation that ends or splits sentences: a line holding any is body text.
SENTENCE_STOPS = "。；;"
#: A line ending with one of these continues on the next line.
CONTINUES = "，,、（(“‘《〈【[-—+"
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*?)\s*#*\s*$")
_OUTLINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                      r"|\d{1,2}[、.．](?!\d))")
#: The first item of a numbered list, per numbering style (``1.``, ``一、``, ``(一)``).
_OUTLINE_FIRST = re.compile(r"^(?:(?P<arabic>0?1[、.．](?!\d))|(?P<han>一[、.．])"
                            r"|(?P<paren>[(（](?:一|1)[)）]))")
_OUTLINE_STYLE = re.compile(r"^(?:(?P<arabic>\d{1,2}[、.．](?!\d))"
                            r"|(?P<han>[一二三四五六七八九十]{1,3}[、.．])"
                            r"|(?P<paren>[(（][一二三四五六七八九十\d]{1,3}[)）]))\s*")
_BANNER_MARK = re.compile(r"(?:>{2,}|》{2,}|→|▶|►|＞{2,})\s*$|^\s*(?:<{2,}|《{2,}|◀|◄)")
_COLUMN_WORDS = re.compile(alternation((
    "简讯", "快讯", "短讯", "要闻", "综合", "专题", "专栏", "聚焦", "关注", "视点", "观察", "特稿", "时评",
    "速递", "动态", "一线", "纵深", "新闻", "观澜", "特别报道", "深度", "调查", "评论", "图片新闻", "图说",
    "一周", "速览", "传真", "播报", "集锦", "扫描", "巡礼", "链接",
    "短评", "快评", "述评", "微评", "锐评")) + "$")
_LABEL = re.compile(rf"^[{HAN}A-Za-z0-9()（）·、]{{1,14}}[:：]$")
#: A brief opened by a triangle, a place and a colon (``▲某旗：…``): an item of a column, no caption.
_PLACE_BRIEF = rf"[{HAN}]{{1,8}}(?:省|市|县|区|旗|州|盟|镇|乡)[:：]"
_CAPTION_START = re.compile(r"^(?:[▲△↑↓上下左右]?图[为:：]|[▲△↑↓](?!" + _PLACE_BRIEF + r")"
                            r"|[(（]?图(?:\d*|[①-⑳])[)）]?\s*[:：]"
                            r"|[(（]?\s*(?:本版|本文)?(?:图片|照片)(?:由|来源|均由|为)|[(（]\s*资料图片?\s*[)）]"
                            # a table's caption (``表1  各县招商指标排名``)
                            r"|(?:附)?表\s*\d{1,2}(?:[\s\u3000:：]))")
_CAPTION_END = re.compile(alternation(("现场", "一角", "掠影", "全景", "场景", "实景", "效果图", "资料图",
                                        "供图", "航拍", "航拍图")) + r"[。.]?$")
_HAN_RE = re.compile(f"[{HAN}]")
#: Any of :data:`SENTENCE_STOPS` (one C-level scan instead of a test per character).
_SENTENCE_STOP = re.compile(f"[{SENTENCE_STOPS}]")
#: A sentence stop or a comma: a page header holds none.
_CLAUSE_STOP = re.compile("[，,。；;]")
#: A series name closing a kicker: a circled number, ``之三``, ``(上)``, ``系列报道``.
_SERIES_MARK = re.compile(r"(?:[\u2460-\u2473\u2776-\u277f]|之[一二三四五六七八九十]{1,2}"
                          r"|[(（][上中下一二三四五六七八九十][)）]|系列(?:报道|评论|访谈)[^，,]{0,6})$")
#: A printed label saying what a title line is (CMS pages keep them): 引题/肩题/眉题, 主题, 副题.
_ROLE_LABEL = re.compile(r"^(引题|肩题|眉题|主题|主标题|标题|副题|副标题|子标题)\s*[:：]\s*")
#: A title printed alone above a front page's masthead date: the outlet's name (``某某日报``).
#: (not a bulletin's name, ``招商引资工作月报``, ``项目建设简报``: a document, its office aside)
OUTLET_NAME = re.compile(rf"^(?![{HAN}]*(?:月报|简报|专报|通报|旬报|工作周报)$)"
                         rf"[{HAN}]{{2,10}}(?:日报|晚报|早报|商报|时报|导报|周报|报|新闻)$")
#: A teaser line of a front page's 导读 box: a title and where the story is (``…… 详见A3版``).
_TEASER = re.compile(r"(?:详见|见|请看|转)\s*第?\s*[A-Z]?\d{1,2}\s*版\s*[\u2500-\u257f|+]?$")
#: Box-drawing characters of a boxed panel (导读, 提示) drawn in text.
BOX_CHARS = "\u2500-\u257f"
#: The same boxes as text browsers draw them from HTML tables (``+----+``, ``| … |``).
_ASCII_BOX = "+|=\\-"
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_BOX_EDGE = re.compile(rf"^[{BOX_CHARS}{_ASCII_BOX}]|[{BOX_CHARS}{_ASCII_BOX}]$")
#: The characters :data:`_BOX_EDGE` looks for at a line's ends, for a quick test first.
BOX_EDGE_CHARS = frozenset(map(chr, range(0x2500, 0x2580))) | frozenset("+|=-")
_LINKS_LABEL = re.compile(r"^[【\[]?(?:相关链接|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读"
                          r"|热点推荐|猜你喜欢)"
                          r"[】\]]?\s*[:：]?$")
#: A broadcast script's part label opening a line (``【导语】``, ``【同期声】某局局长 王某``,
#: ``（同期声）…``, ``【记者出镜】``, ``【口播】``): the script's text, never a title or a kicker.
_SCRIPT_LABEL = re.compile(r"^[【\[（(](?:导语|正文|解说|同期声?|记者出镜|出镜|口播|结束语|主持人|主播|现场声"
                           r"|画外音|配音|字幕|采访|串词|演播室|片尾)[】\]）)]")
_EDITOR_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话|编前语|编后语)[】\]]?\s*[:：]?")
_WEB_FURNITURE = re.compile(
    r"^(?:首页|当前位置|您的位置|您现在的位置|位置)\s*[:：>»]"
    r"|\s[>»›＞]\s[^>»›＞]*\s[>»›＞]\s"
    r"|^(?:【\s*)?(?:字号|字体)\s*[:：]|^\s*【?\s*[大中小]\s*[大中小]\s*[大中小]\s*】?\s*$"
    r"|^(?:分享到|分享至|扫一扫|扫描二维码|点击关注|打印本页|关闭窗口|返回顶部|上一篇|下一篇|相关新闻|【打印】|【关闭】)"
    r"|^(?:主办单位|承办单位|主办|承办|版权所有)\s*[:：]|ICP备|网站标识码|公网安备"
    r"|^\S{2,20}(?:门户网站|政府网站|人民政府网|政务网|政务服务网|官方网站)$")  # the site's name
_PRINT_FURNITURE = re.compile(
    r"^!\[[^\]]*\]\([^)]*\)$"                                   # an image link of a converted PDF
    r"|^<[^>]+>$"                                                 # a lone HTML tag
    r"|^[(（]?\s*(?:[上下]转|转第|上接|接第)[^()（）]{0,12}版\s*[)）]?$"   # continued on / from page N
    r"|^第?\s*[A-Z]?\d{1,2}\s*版(?:\s*[:：]?\s*\S{0,8})?$"       # a page number with its section
    r"|^[(（]\s*(?:完|全文完|待续|未完待续|终)\s*[)）]$"               # end marks
    r"|^[^，,。；;]{0,24}(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期\s*[(（]?\s*总第\s*\d{1,5}\s*期"
    r"[^，,。；;]{0,24}$"                                           # an issue line: 2024年第8期(总第326期)
    r"|^(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期(?:\s+[^，,。；;]{0,24})?$"
    r"|^第\s*\d{1,4}\s*期$")                                      # a bare issue line: 第19期
_TABLE_ROW = re.compile(r"^\|.*\|$")
#: A page header: a full date with a weekday or page number (``某某报 2022年5月18日 星期三 第3版``).
_MASTHEAD_DATE = re.compile(r"(?:^|[\s\u3000|｜])(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                            r"(?=$|[\s\u3000|｜])")
_MASTHEAD_MARK = re.compile(r"星期[一二三四五六日天]|(?<![\d.])第?\s*[A-Z]?\d{1,2}\s*版"
                            r"|(?<![A-Za-z0-9])[A-Z]\d{1,2}(?![\dA-Za-z])"
                            r"|农历|总第\s*\d+\s*期")


#: A newspaper's name as a page header's first field (``某某日报``, ``某某晚报``).
_OUTLET_FIELD = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|报)(?=[\s\u3000])")


def markdown_heading(line: str) -> tuple[int, int] | None:
    """``(level, offset of the title text)`` for a markdown ``#`` heading line, else None."""
    if not line.startswith("#"):
        return None  # (the pattern opens on it: most lines are tested for nothing)
    m = _MD_HEADING.match(line)
    if m is None:
        return None
    return len(m.group(1)), m.start(2)


#: A turn of an interview printed as a dialogue (``问：…？``, ``答：…``, ``记者：…？``): the
#: interview's text, never a title or a kicker.
_INTERVIEW_TURN = re.compile(r"^(?:问|答|记者)\s*[:：]\s*\S.*[？?，,]")

#: The end of a line introducing the list printed under it (``签约项目具体情况如下：``).
_INTRODUCES_LIST = re.compile(r"如下\s*[:：]$")


def is_heading_like(line: str, max_len: int = 100) -> bool:
    """A line that could be a headline, kicker or subheading: short, no sentence punctuation.

    Lines ending in ``，``/``、``/an opening bracket (cut paragraphs), lines
    ending in ``……``, lines over 60 characters with ``！``/``？``, lines
    introducing a list (``具体情况如下：``), rows of a plain-text table and the turns of an
    interview (``问：…？``) are body text.
    """
    s = line.strip()
    if not s or len(s) > max_len or not _HAN_RE.search(s) or _TABLE_ROW.match(s):
        return False
    if _SENTENCE_STOP.search(s):
        return False
    if may_be_table(s) and is_table_line(s):
        return False  # a row of a plain-text table
    if s.endswith(("…", "...")) or _INTRODUCES_LIST.search(s):
        return False
    if s[-1] in CONTINUES and not s.endswith("——"):
        return False
    if len(s) > 60 and any(p in s for p in "！？!?"):
        return False
    if s[:1] in "问答记" and _INTERVIEW_TURN.match(s):
        return False  # 问：园区今年的建设重点是什么？ — a question of an interview
    return True


#: A site's footer of fields apart by wide spaces or bars, opened by its owner or its links
#: (``版权所有：某县融媒体中心　地址：…　电话：…　邮箱：…``, ``相关链接　|　本期导读：02版：…``).
_FOOTER_OPENING = re.compile(r"^(?:版权所有|主办单位|主办|相关链接|友情链接)\s*[:：|｜\u3000 ]")
_FOOTER_FIELD = re.compile(r"[\u3000 |｜]{1,4}(?:地址|电话|联系电话|邮箱|电子邮箱|技术支持|邮编|传真|本期导读"
                           r"|\d{2}版)\s*[:：]")


def is_web_furniture(line: str) -> bool:
    """Web page furniture: breadcrumbs, font-size switches, share and print links."""
    s = line.strip()
    return len(s) <= 80 and bool(_WEB_FURNITURE.search(s))


def footer_fields_line(line: str) -> bool:
    """A site's footer of fields on one line, opened by its owner or its links, with a field of
    contact or of contents after a wide space or a bar (``版权所有：某县融媒体中心　地址：…　邮箱：…``,
    ``相关链接　|　本期导读：02版：…``); no sentence."""
    s = line.strip()
    return len(s) <= 200 and _FOOTER_OPENING.match(s) is not None and _FOOTER_FIELD.search(s) is not None \
        and "。" not in s


def is_print_furniture(line: str) -> bool:
    """Print furniture: image links, ``(下转第2版)``, page numbers, lines without any Han character."""
    s = line.strip()
    if is_box_frame(s) or is_boxed_teaser(s):
        return True
    if len(s) > 40:
        return is_masthead(s)
    if s and not _HAN_RE.search(s) and not _TABLE_ROW.match(s) and (
            len(s) <= 12 or (s.isupper() and not any(c.isdigit() for c in s))):
        return True  # page numbers, rules, the outlet's name in Latin capitals (ZHANJIANG DAILY)
    if "版" in s and _TEASER.search(s) and len(s) <= 40 and not any(p in s for p in "。；;，,"):
        return True
    return bool(_PRINT_FURNITURE.match(s)) or is_masthead(s)


#: Bullet marks printed before a title in a column of briefs (``■某某县：…``).
TITLE_BULLETS = "■□●○◆◇▲△★☆▌▶►◎"


#: A media tag printed before a title on a web or TV news page (``【视频】``, ``[图文]``).
_MEDIA_TAG = re.compile(r"^[【\[](?:视频|短视频|图文|组图|图集|音频|直播|快讯|现场)[】\]]\s*")
#: A field of a notice or form printed as ``label：value`` (``建设单位：…``, ``一、项目名称：…``).
_FIELD_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}(?:[.．]\d{1,2})?[.、．]?|[■●◆▲◇□○·•▶►▷★☆◎])?\s*"
    rf"[{HAN}]{{0,6}}(?:名称|单位|地点|地址|投资|规模|内容|电话|工期|面积|性质|类别|编号|联系人|邮箱|传真|进度"
    # (a company's particulars in an announcement: ``注册资本：…``, ``股权结构：…``, ``法定代表人：…``)
    r"|资本|股权结构|代表人|经营范围|实施主体|金额|期限|周期"
    # (the parties to an agreement and a filing's other particulars: ``甲方：…``, ``乙方：…``,
    # ``投资主体：…``, ``资金来源：…``, ``关系说明：…``)
    r"|[甲乙丙丁]方|主体|来源|关系说明"
    # (a project card's progress: ``进展情况：…``, ``推进情况：…``)
    r"|进展情况|推进情况|建设进展"
    # (a tender's and a bid publicity's particulars: ``项目业主：…``, ``招标范围：…``, ``招标人：…``,
    # ``开标时间：…``, ``最高投标限价：…``, ``第一中标候选人：…``, ``发证机关：…``)
    r"|业主|范围|概况|招标人|投标人|中标人|候选人|代理机构|时间|日期|价格|限价|报价|机关"
    # (a signed project's particulars in a fair's list: ``投资方：…``, ``签约方：…``, ``签约形式：…``,
    # ``合作方式：…``, ``签约类型：…``, ``投资额：…``)
    r"|投资方|签约方|合作方|出资方|运营方|形式|方式|类型|投资额|签约额|合同额|企业)"
    r"\s*[:：]\s*\S")


def is_field_line(line: str) -> bool:
    """A ``label：value`` line of a notice or form (``建设地点：…``): body text, never a title."""
    return bool(_FIELD_LINE.match(line.strip()))


def title_offset(line: str) -> int:
    """Where the title text of a line starts: after a leading bullet mark or media tag and its spaces."""
    m = _MEDIA_TAG.match(line)
    if m is not None and m.end() < len(line):
        return m.end()
    i = 0
    while i < len(line) and line[i] in TITLE_BULLETS:
        i += 1
    if i == 0 or i == len(line):
        return 0
    while i < len(line) and line[i] in " \u3000":
        i += 1
    return i


def unspaced_title(text: str) -> str:
    """A title printed with a space between every character (``赣 州 新 区``) without those spaces."""
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens):
        return "".join(tokens)
    return text


def is_box_frame(line: str) -> bool:
    """A line of a box drawn in text: box-drawing characters with at most a short label (``┌── 导读 ──┐``)."""
    s = line.strip()
    if not s or (s[0] not in BOX_EDGE_CHARS and s[-1] not in BOX_EDGE_CHARS):
        return False  # no box edge (most lines): the test below would say so too
    if _MD_TABLE_RULE.match(s):
        return False  # the rule under a markdown table's header row
    inner = re.sub(rf"[{BOX_CHARS}{_ASCII_BOX}\s]", "", s)
    if not s or len(inner) > 6 or len(s) - len(inner) < 2 or not _BOX_EDGE.search(s):
        return False
    return len(inner) == 0 or any(c in s for c in "+─━═┌┏╔╭") or sum(c in _ASCII_BOX for c in s) >= 6


def is_boxed_teaser(line: str) -> bool:
    """A line inside a box drawn in text that points to a story elsewhere (``│ …… 详见A02版 │``)."""
    s = line.strip()
    if not s or (s[0] not in BOX_EDGE_CHARS and s[-1] not in BOX_EDGE_CHARS):
        return False
    return bool(_BOX_EDGE.search(s)) and bool(_TEASER.search(s))


def is_links_label(line: str) -> bool:
    """The label of a list of links at a web page's foot (``相关链接：``, ``推荐阅读``)."""
    return bool(_LINKS_LABEL.match(line.strip()))


def is_script_label(line: str, bare: bool = False) -> bool:
    """A line opening with a broadcast script's part label (``【解说】``, ``（同期声）某某 王某``);
    with ``bare``, a line that is the label alone (``【现场声】``)."""
    s = line.strip()
    if s[:1] not in "【[（(":
        return False  # (most lines: no label opens them)
    m = _SCRIPT_LABEL.match(s)
    return m is not None and (not bare or m.end() == len(s))


def is_editor_note(line: str) -> bool:
    """A paragraph opening with an editor's note mark (``【编者按】``, ``编者按：``)."""
    return bool(_EDITOR_NOTE.match(line.strip()))


def is_masthead(line: str) -> bool:
    """A newspaper page header: outlet, full date and weekday or page number as separate fields."""
    s = line.strip()
    if len(s) > 40:
        # letter-spaced or wide fields (``德 阳 日 报      2024年…``), an editor's field at the end
        if "编" in s:  # every label of an editor's field holds 编 (a cheap first test)
            s = _EDITOR_FIELD.sub("", s).strip()
        if len(s) > 40 and len("".join(s.split())) > 32:
            return False
    if _CLAUSE_STOP.search(s):
        return False
    if "年" not in s or not _MASTHEAD_DATE.search(s):
        return False
    # a weekday or page number, or the paper's name heading three fields (``某某日报  县域新闻  2025年…``)
    return bool(_MASTHEAD_MARK.search(s)) or (_OUTLET_FIELD.match(s) is not None and len(s.split()) >= 3)


#: The editor's field ending a page header (``责任编辑：某  某``).
_EDITOR_FIELD = re.compile(r"[\s\u3000]+(?:责任编辑|本版编辑|责编|编辑)\s*[:：].{0,12}$")


def is_table_row(line: str) -> bool:
    """A row of a markdown table (``| a | b |``): body text, never a heading."""
    return bool(_TABLE_ROW.match(line.strip()))


#: A round-up's section title: a county's, city's or park's name, a colon, then its own short
#: title with no clause mark (``某某区：锂电产业链再延伸``, ``某某经开区:电子信息再上新台阶``).
_PLACE_SECTION_TITLE = re.compile(rf"^[{HAN}]{{1,8}}(?:县|区|市|州|新区|开发区|经开区|高新区|园区)[:：]"
                                  rf"[{HAN}A-Za-z0-9“”\"‘’、·　 ]{{4,24}}$")


def is_place_section_title(line: str) -> bool:
    """True for a line naming a place and, after a colon, the title of its section of a round-up."""
    text = line.strip()
    return _PLACE_SECTION_TITLE.match(text) is not None and "项目" not in text.split("：")[0].split(":")[0]


def is_label(line: str) -> bool:
    """A short label ending in a colon (``某某区：``), printed as a kicker above a title."""
    return bool(_LABEL.match(line.strip()))


def is_banner(line: str) -> bool:
    """A column or section banner (``聚焦某某 >>>``): not a title of its own."""
    return bool(_BANNER_MARK.search(line))


#: A short label letter-spaced between two marks, or after the first when the second opens the line
#: after it (``◆ 简 讯 ◆``, ``简 讯 ◆``, ``■ 快 讯 ■``).
_SPACED_LABEL = re.compile(r"[◆◇■□●○★☆◎▲△]?[ \u3000]*((?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff])"
                           r"[ \u3000]*[◆◇■□●○★☆◎▲△]")


def is_column_label(line: str) -> bool:
    """A column or section label printed above a title (``要闻``, ``经济简讯``, ``县域观察``)."""
    s = line.strip().lstrip("#").strip()
    spaced = _SPACED_LABEL.fullmatch(s)
    if spaced is not None:
        s = re.sub(r"\s", "", spaced.group(1))  # ``◆ 简 讯 ◆``: a label letter-spaced between two marks
    bracketed = len(s) > 2 and s[0] in "【[" and s[-1] in "】]"
    if bracketed:
        s = s[1:-1].strip()  # 【经济简讯】
    if not s or is_label(s) or any(c.isdigit() for c in s):
        return False
    if bracketed and len(s) <= 10 and "】" not in s and "【" not in s:
        return True  # a bracketed tag above a title names the column (【区域经济速览】)
    # (two short words joined by a middle dot: ``园区·产业``, ``经济·综合``)
    return len(s) <= 4 or (len(s) <= 8 and bool(_COLUMN_WORDS.search(s))) \
        or _DOTTED_LABEL.fullmatch(s) is not None


#: A section's label of two short words joined by a middle dot (``园区·产业``, ``县域·经济``).
_DOTTED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[·•・][\u4e00-\u9fff]{2,4}")


def names_a_column(word: str) -> bool:
    """True when ``word`` ends with a column's word (``简讯``, ``快讯``, ``速览``…)."""
    return bool(_COLUMN_WORDS.search(word.strip()))


def is_outline_item(line: str) -> bool:
    """A numbered outline heading (``一、``, ``(二)``, ``3.``) inside an article."""
    return bool(_OUTLINE.match(line.strip()))


def outline_style(line: str) -> tuple[str, int] | None:
    """``(numbering style, length of the number mark)`` of a numbered line (``3.``, ``二、``, ``(四)``)."""
    m = _OUTLINE_STYLE.match(line.strip())
    if m is None or m.lastgroup is None:
        return None
    return m.lastgroup, m.end()


def is_first_outline_item(line: str) -> bool:
    """A line numbered as the first item of a list (``1.``, ``一、``, ``(一)``)."""
    return bool(_OUTLINE_FIRST.match(line.strip()))


#: The label of a photo news on a line of its own (``图片新闻``, ``图片报道``, ``新闻图片``).
PHOTO_NEWS_LABEL = re.compile(r"[■●◆▲]?\s*(?:图片新闻|图片报道|新闻图片|图说新闻)\s*")
#: A sum of money or a works with a figure in a caption: the news a photo news tells.
_CAPTION_NEWS = re.compile(r"\d(?:[\d.]*)(?:万|亿)元|项目[^，,。]{0,12}?\d")


def photo_news_body(texts: list[str], i: int) -> bool:
    """True when line ``i`` is the text of a photo news: right under its label (``图片新闻``, blank
    lines skipped), telling a sum or a works with a figure (``11月21日，某镇年产10万吨饲料项目…主体封顶。
    该项目总投资1.5亿元…（通讯员 某某 摄）``): a story of its own, not a caption to drop.  A caption
    of a scene with no such figure (``▲10月22日，观摩组在某项目现场观摩。``) stays one."""
    j = i - 1
    while j >= 0 and not texts[j].strip():
        j -= 1
    return j >= 0 and PHOTO_NEWS_LABEL.fullmatch(texts[j].strip()) is not None \
        and _CAPTION_NEWS.search(texts[i]) is not None


def is_caption_start(line: str) -> bool:
    """A photo or table caption: an opening ``图为…``/``▲…``/``图1：``/``表1 ``, or a short line such as
    ``签约现场``."""
    s = line.strip()
    return bool(_CAPTION_START.match(s)) or (len(s) <= 12 and bool(_CAPTION_END.search(s)))


#: A speaker's line under the title of a report or speech (``某县人民政府县长 王某``).
_SPEAKER = re.compile(rf"^[{HAN}（）()]{{0,24}}(?:省长|市长|县长|区长|旗长|州长|主席|书记|主任|局长|厅长|"
                      rf"董事长|总经理|行长)[\s\u3000]+[{HAN}·]{{2,5}}$")


def is_speaker_line(line: str) -> bool:
    """The line naming who delivers a report or speech (``某县人民政府县长 王某``)."""
    return bool(_SPEAKER.match(line.strip()))


#: The addressees of a notice or a speech (``各市、州发展改革委，省直有关部门：``, ``同志们：``).
_ADDRESSEES = re.compile(rf"(?:各[{HAN}（）()、，,]{{1,80}}|同志们|女士们、先生们|朋友们"
                         rf"|(?:尊敬的|亲爱的)[{HAN}（）()、，,]{{1,80}})[:：]")


#: The deputy or member a reply to a suggestion or a motion addresses (``张某某代表：``, ``李某委员：``).
_MEMBER_ADDRESSED = re.compile(rf"[{HAN}·]{{2,5}}(?:代表|委员)[:：]")


def is_addressee_line(line: str) -> bool:
    """The line a notice, a speech or a reply to a deputy opens with, naming whom it addresses;
    the body's first line."""
    s = line.strip()
    if s[-1:] not in ":：":
        return False
    if s[-3:-1] in ("代表", "委员"):
        return _MEMBER_ADDRESSED.fullmatch(s) is not None
    if s[:1] in "各同女朋尊亲" and _ADDRESSEES.fullmatch(s) is not None:
        return True
    return len(s) > 3 and s[-2] in _ORG_LAST and _ORG_ADDRESSED.fullmatch(s) is not None


#: ``局`` of an office, not of a word (``格局``, ``布局``, ``大局``, ``开局``…).
_OFFICE_JU = "(?<![格布大开结全变破胜僵困当])局"
#: The company or office an approval, a reply or a notice is addressed to (``某某材料有限公司：``,
#: ``某县发展和改革局、某县自然资源局：``); the line's next-to-last character is tested first.
_ORG_ADDRESSED = re.compile(rf"[{HAN}（）()]{{2,40}}?(?:公司|集团|人民政府|管委会|委员会|{_OFFICE_JU})"
                            rf"(?:[、，,][{HAN}（）()]{{2,40}}?(?:公司|集团|人民政府|管委会|委员会|{_OFFICE_JU}))*[:：]")
_ORG_LAST = frozenset("司团府会局")


#: One figure of an infographic's line: a count, a sum or a share (``412个``, ``2368亿元``, ``的71.9%``),
#: or a growth rate (``同比增长8.6%``).
_FIGURE = (r"(?:(?:约|近|超|逾)?\d+(?:\.\d+)?[万亿]?(?:个|家|项|户|宗|元|亩|吨)"
           r"|(?:同比)?(?:增长|下降)\d+(?:\.\d+)?%|的\d+(?:\.\d+)?%)")
#: A line of an infographic's text: a label and its figure, with a second figure after a comma
#: (``新开工项目186个，总投资1420亿元``, ``发行新增专项债券38.2亿元，支持项目57个``), or a label and a
#: growth rate (``固定资产投资同比增长8.6%``); the label may open on the year or the months it is of
#: (``2025年全市安排重点项目412个``, ``1—8月完成投资421.5亿元``).
_FIGURE_LINE = re.compile(
    r"(?:(?:19|20)\d{2}年|\d{1,2}(?:—|－|-|至)\d{1,2}月)?[\u4e00-\u9fff]{2,16}?" + _FIGURE
    + r"(?:，[\u4e00-\u9fff]{2,8}?" + _FIGURE + r")?")
#: A project's line in an infographic's ledger: its name, a colon and its figures, no sentence
#: stop (``某经开区某项目：总投资45亿元，一期计划年底建成``, ``某景区提升工程：已完成投资3.1亿元``).
_NAMED_FIGURE_LINE = re.compile(
    r"[\u4e00-\u9fff（）()]{4,30}(?:项目|工程|中心|基地|园)[：:](?:总投资|计划投资|已?完成投资|累计完成投资|投资)"
    r"(?:约|近|超)?\d+(?:\.\d+)?[万亿]元(?:[，,][^。；;！!？?\n]{2,30})?")


def is_figure_line(line: str) -> bool:
    """A label with its figure printed as a line of an infographic (``竣工投产项目97个``): body text,
    no title.  Cheap first test: the line ends with a counter, a unit or ``%``."""
    s = line.strip()
    return s[-1:] in "个家项户宗元亩吨%" and _FIGURE_LINE.fullmatch(s) is not None


def is_named_figure_line(line: str) -> bool:
    """A project's line of an infographic's ledger, its name, a colon and its figures
    (``某县某项目：总投资2.4亿元，获专项债券资金1.1亿元``): body text, no title."""
    s = line.strip()
    return ("：" in s or ":" in s) and s[-1:] not in "。！？" and _NAMED_FIGURE_LINE.fullmatch(s) is not None


#: A line of a 'by the numbers' box: the figure first, then a gap and its label
#: (``37个　新签约项目``, ``268.4亿元  协议投资额``, ``9.4%　固定资产投资增速``); the label may open on
#: the year it is of and close on the figure's growth (``416.2亿元 2024年全县地区生产总值，增长6.7%``).
_BOX_FIGURE_LINE = re.compile(
    r"[约近超逾]?\d+(?:\.\d+)?(?:%|个百分点|[万亿千]?[\u4e00-\u9fff]{0,3}?(?:个|家|项|户|宗|元|亩|吨|人|人次|位|名"
    r"|千瓦时|平方米|公里))(?:以上|左右)?[\u3000\s]+(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff][\u4e00-\u9fff（）()、·]{1,19}"
    r"(?:[，,](?:同比)?(?:增长|下降)\d+(?:\.\d+)?%)?")


def is_box_figure_line(line: str) -> bool:
    """A figure and its label printed as one line of a box of key figures (``37个　新签约项目``):
    body text, no title."""
    s = line.strip()
    return s[:1].isdigit() and _BOX_FIGURE_LINE.fullmatch(s) is not None


def kicker_score(line: str) -> int:
    """How much a heading line looks like a kicker rather than the main title (higher = kicker)."""
    s = line.strip()
    score = 0
    if s.endswith(("——", "—", ":", "：")) or s.startswith(("——", "—")):
        score += 3
    if is_label(s) or is_speaker_line(s) or is_outline_item(s):
        score += 3
    if any(p in s for p in "，,"):
        score += 2
    if len(s) > 40:
        score += 1
    if s.startswith("【") and s.endswith("】"):
        score += 3  # a campaign's or column's slogan in brackets above the title (``【奋战四季度】``)
    if _SERIES_MARK.search(s):
        score += 3  # the name of a series (``某某行①``, ``……系列报道之三``) above the story's own title
    if s[:1] in "（(" and (_DATE_ONLY.fullmatch(s) or _ISSUE_OR_WEEK.fullmatch(s)):
        score += 3  # the date a speech was given, a bulletin's issue or week, printed under its title
    if s[:1] == "从" and _PACE_ONLY.fullmatch(s):
        score += 2  # how fast it went, alone (``从签约到开工只用了47天``), over the news it times
    if s[:2] in _FORECAST_HEADS and _FORECAST_ONLY.fullmatch(s):
        score += 2  # a later event forecast, alone (``预计明年5月建成通车``), over the news of the day
    if _ONCE_BUILT.match(s):
        score += 2  # what the works will yield once built (``建成后可年产某材料5万吨``), over its news
    return score


#: Words opening a forecast of a works' later event (see :data:`_FORECAST_ONLY`).
_FORECAST_HEADS = ("预计", "计划", "力争", "有望")
#: A line telling only when a works' next event is expected (``预计明年5月建成通车``, ``力争年底前投产``,
#: ``有望春节前通车``): no name of its own, a kicker over the title of what happened today.
_FORECAST_ONLY = re.compile(r"(?:预计|计划|力争|有望)(?:于|在)?[\u4e00-\u9fff0-9]{0,8}?"
                            r"(?:建成|全线)?(?:通车|投产|开工|竣工|完工|运营|通水|投用|通航|开通)")


#: A line opening on what a works will yield once built or running (``建成后可年产8英寸晶圆36万片``,
#: ``达产后年产值可达20亿元``, ``项目全部投产后每年可处理…``): a gloss, never the title of the news.
_ONCE_BUILT = re.compile(r"(?:项目)?(?:全部|全面)?(?:建成|投产|达产|达效|建成投产|竣工投产|满产)后"
                         r"(?:可|将|预计|每年|年)")


#: A line telling only how long a project took from one step to the next (``从签约到开工只用了47天``,
#: ``从拿地到投产仅用8个月``).
_PACE_ONLY = re.compile(r"从[\u4e00-\u9fff]{1,6}到[\u4e00-\u9fff]{1,6}(?:只|仅|仅仅)?(?:用了?|花了?)"
                        r"(?:\d+|[一二三四五六七八九十两半]+)(?:个)?(?:天|日|月|小时|年)(?:时间)?[!！]?")


#: A line holding only a date in brackets (``（2024年9月9日）``).
_DATE_ONLY = re.compile(r"[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]")
#: A bulletin's issue number or the span of days it covers, in brackets under its title
#: (``（2024年第24期）``, ``（总第312期）``, ``（6月10日—6月16日）``, ``（2024年3月4日至10日）``).
_ISSUE_OR_WEEK = re.compile(
    r"[(（]\s*(?:(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[(（]?\s*总第\s*\d{1,5}\s*期\s*[)）]?)?"
    r"|总第\s*\d{1,5}\s*期"
    r"|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:[-—–~～]{1,2}|至)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?)"
    r"\s*[)）]")


def title_role(line: str) -> str | None:
    """The role a line's printed label gives it: ``kicker`` (引题：, 副题：) or ``title`` (主题：)."""
    m = _ROLE_LABEL.match(line.strip())
    if m is None:
        return None
    return "title" if m.group(1) in ("主题", "主标题", "标题") else "kicker"


def role_label_len(line: str) -> int:
    """Length of a leading title-role label (``引题：``) or of the bracketed label of a piece printed
    after a story (``【相关解读】``, see :func:`piece_label_len`) with its spaces, 0 if none."""
    m = _ROLE_LABEL.match(line)
    return m.end() if m else piece_label_len(line)


#: The bracketed label of a piece a site prints after a release, on its title's line
#: (``【相关解读】某某成为…``, ``【政策解读】…``, ``[延伸阅读]…``).
_PIECE_LABEL = re.compile(r"[【\[](?:相关|政策|数据|图文|新闻)?(?:解读|延伸阅读|链接)[】\]]"
                          r"[ \t\u3000]*(?=[^\s【\[])")


def piece_label_len(line: str) -> int:
    """Length of a bracketed piece label opening a title line (``【相关解读】``) with its spaces, 0
    if none or if nothing follows it on the line (a bare label heads a list of links)."""
    if line[:1] not in "【[":
        return 0
    m = _PIECE_LABEL.match(line)
    return m.end() if m else 0


__all__ = ["markdown_heading", "is_web_furniture", "is_print_furniture", "is_masthead", "unspaced_title",
           "title_offset", "TITLE_BULLETS",
           "is_table_row",
           "is_heading_like", "is_label", "is_banner", "is_column_label", "is_outline_item",
           "outline_style", "is_first_outline_item", "is_speaker_line", "is_addressee_line",
           "is_caption_start", "photo_news_body", "PHOTO_NEWS_LABEL",
           "kicker_score", "SENTENCE_STOPS", "title_role", "role_label_len",
           "OUTLET_NAME", "BOX_EDGE_CHARS", "piece_label_len",
           "is_box_frame", "is_boxed_teaser", "is_links_label",
           "is_editor_note", "is_field_line"]
