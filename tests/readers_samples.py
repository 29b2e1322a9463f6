"""Sample texts and file builders for the reader tests (all text written for these tests)."""

from __future__ import annotations

from pathlib import Path

from newsmill import Pipeline
from newsmill.core.model import Document, Source

SIMPLIFIED = [
    "本市今年新签约重点项目四十二个，总投资约三百亿元。",
    "记者从县发改局获悉，该产业园一期工程已于上月底正式投产。",
    "据介绍，项目达产后预计年产值可达十五亿元，新增就业岗位八百余个。",
    "一季度全区规模以上工业增加值同比增长9.6%。",
    "新能源汽车零部件生产基地项目在经开区举行开工仪式。",
    "会议强调，要抓好招商引资，推动一批大项目早落地、早见效。",
    "该公司计划投资20亿元建设年产5万吨锂电池材料生产线。",
    "上半年，全省固定资产投资增长较快，民间投资持续回暖。",
]
TRADITIONAL = [
    "本市今年新簽約重點項目四十二個，總投資約三百億元。",
    "記者從縣發改局獲悉，該產業園一期工程已於上月底正式投產。",
    "據介紹，項目達產後預計年產值可達十五億元，新增就業崗位八百餘個。",
    "新能源汽車零部件生產基地項目在經開區舉行開工儀式。",
    "會議強調，要抓好招商引資，推動一批大項目早落地、早見效。",
    "該公司計劃投資20億元建設年產5萬噸鋰電池材料生產線。",
]
PAGE = "\n\n".join(["# 临江县重点项目建设提速", *SIMPLIFIED[:4]]) + "\n"


def pipeline(**config: dict) -> Pipeline:
    """A pipeline with the built-in plugins only and the given plugin option tables."""
    return Pipeline(autoload=False, config=config or None)


def read(path: Path | str, p: Pipeline | None = None, **metadata: object) -> list[Document]:
    """Read one file with the configured readers (no later stage)."""
    p = p or pipeline()
    return p.read(Source(uri=str(path), path=Path(path), metadata=dict(metadata)))


def errors(docs: list[Document]) -> list[str]:
    """The error messages of some documents."""
    return [pr.message for d in docs for pr in d.problems if pr.level == "error"]


PORTAL_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临江县新签约12个重点项目 总投资86亿元_临江新闻网</title>
<meta name="publishdate" content="2022-04-18 09:30">
<meta property="og:site_name" content="临江新闻网">
<link rel="canonical" href="https://news.example.invalid/2022/0418/a1.html">
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">本地新闻</a> | <a href="/gov">政务公开</a></div>
<div class="main">
<h1>临江县新签约12个重点项目 总投资86亿元</h1>
<div class="info">来源：临江日报　作者：王小明　发布时间：2022-04-18 09:30</div>
<div class="content">
<p>　　本报讯（记者 王小明 通讯员 李芳）4月17日，临江县举行重点项目集中签约仪式，
现场签约项目12个，总投资86亿元。</p>
<p>　　此次签约项目涵盖新材料、装备制造、现代农业等领域。其中，年产3万吨高性能铝合金型材项目总投资15亿元。</p>
<h2>一季度经济运行稳中向好</h2>
<p>据统计，一季度全县完成固定资产投资42.6亿元，同比增长11.3%；<br>规模以上工业增加值同比增长8.7%。</p>
<table><tr><td>指标</td><td>数值</td></tr><tr><td>固定资产投资</td><td>42.6亿元</td></tr></table>
</div></div>
<div class="sidebar"><h3>热点推荐</h3><ul><li><a href="/a1">全县春耕生产有序推进</a></li>
<li><a href="/a2">临江文旅推出十条精品线路</a></li></ul></div>
<div class="footer">版权所有：临江新闻网　备案号：示例备00000000号</div>
<script>var tracker = "不应出现的脚本文字";</script>
</body></html>
"""

WECHAT_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:title" content="重磅！总投资超百亿，这些项目集中开工">
<title></title>
<script>var appmsg_type = "9"; var ct = "1642694400"; var publish_time = "2022-01-21" || "";</script>
</head><body id="activity-detail"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">
  重磅！总投资超百亿，这些项目集中开工
</h1>
<div id="meta_content"><span id="profileBt"><a id="js_name">临江发布</a></span></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section style="text-align:center"><img data-src="https://img.example.invalid/a.jpg"></section>
<section><span style="font-size:15px">
1月20日上午，临江县2022年第一季度重大项目集中开工活动在高新区举行。</span></section>
<p><span>本次集中开工项目共28个，总投资达106.5亿元，涉及先进制造、城市更新等领域。</span></p>
<p><br></p>
<p><span>其中，投资最大的是智能装备产业园项目，</span><span>计划总投资32亿元。</span></p>
<section><strong><span>来源：临江日报</span></strong></section>
</div>
<div class="rich_media_tool"><a id="js_share">分享</a> <span>在看</span></div>
</div></body></html>
"""

EMPTY_HTML = """<!DOCTYPE html><html><head><title></title>
<script>var x = 1;</script><style>body { color: red }</style></head>
<body><div><img src="a.png"></div><nav><a href="/">首页</a></nav></body></html>
"""


def make_pdf(path: Path, pages: list[dict], size: tuple[float, float] = (595, 842)) -> Path:
    """Write a PDF with reportlab's built-in CJK font.

    Each page dict has ``headline`` (optional) and ``columns``: a list of
    columns, each a list of paragraphs; or ``sections``, a list of such dicts
    drawn one under the other.  Paragraphs are wrapped to the
    column width; lines of all columns are drawn *interleaved* (row by row),
    so the content stream order mixes the columns and only geometry can
    separate them.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=size)
    margin, gutter, fs, lead = 50.0, 24.0, 10.5, 15.0
    for page in pages:
        y = size[1] - margin
        for section in page.get("sections", [page]):
            if section.get("headline"):
                c.setFont("STSong-Light", 22)
                c.drawString(margin, y - 22, section["headline"])
                y -= 50
            cols = section["columns"]
            width = (size[0] - 2 * margin - gutter * (len(cols) - 1)) / len(cols)
            per_line = int(width // fs)
            rendered: list[list[tuple[float, str]]] = []
            for ci, paras in enumerate(cols):
                x0 = margin + ci * (width + gutter)
                lines: list[tuple[float, str]] = []
                for para in paras:
                    text = "　　" + para
                    k = 0
                    while k < len(text):  # no line starts with punctuation, as in Chinese typesetting
                        end = k + per_line
                        while end < len(text) and text[end] in "，。、；：！？%）”":
                            end += 1
                        lines.append((x0, text[k:end]))
                        k = end
                    lines.append((x0, ""))
                rendered.append(lines)
            c.setFont("STSong-Light", fs)
            rows = max((len(r) for r in rendered), default=0)
            for row in range(rows):
                for lines in rendered:
                    if row < len(lines) and lines[row][1]:
                        c.drawString(lines[row][0], y - row * lead, lines[row][1])
            y -= rows * lead + 20
        c.showPage()
    c.save()
    return path
