"""HTML reader: main text with block boundaries, title, metadata dates, WeChat pages, bad pages."""

from __future__ import annotations

import datetime as dt

from newsmill.core.model import Source
from tests.readers_samples import EMPTY_HTML, PORTAL_HTML, WECHAT_HTML, errors, pipeline, read


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_portal_page_main_text_blocks_and_metadata(tmp_path):
    path = _write(tmp_path, "a1.html", PORTAL_HTML, "gb18030")
    (doc,) = read(path)
    assert not doc.failed
    blocks = doc.raw.split("\n\n")
    assert blocks[0] == "# 临江县新签约12个重点项目 总投资86亿元"
    assert blocks[1].startswith("来源：临江日报")  # the byline line beside the headline is kept
    assert blocks[2].startswith("本报讯（记者 王小明 通讯员 李芳）4月17日")
    assert "签约仪式，现场签约" in blocks[2]  # a source line break between Hanzi is no space
    assert "## 一季度经济运行稳中向好" in blocks
    assert "规模以上工业增加值同比增长8.7%。" in blocks  # <br> ends a line
    assert "固定资产投资\t42.6亿元" in blocks  # table rows, one per line
    for junk in ("首页", "热点推荐", "春耕", "版权所有", "不应出现"):
        assert junk not in doc.raw
    assert doc.meta.encoding == "gb18030"
    assert doc.meta.title == "临江县新签约12个重点项目 总投资86亿元"
    assert doc.meta.pub_date == dt.date(2022, 4, 18)
    assert doc.meta.pub_date_source == "metadata"
    assert doc.meta.url == "https://news.example.invalid/2022/0418/a1.html"
    assert doc.meta.outlet == "临江新闻网"


def test_wechat_page(tmp_path):
    (doc,) = read(_write(tmp_path, "wx.html", WECHAT_HTML))
    blocks = doc.raw.split("\n\n")
    assert blocks[0] == "# 重磅！总投资超百亿，这些项目集中开工"
    assert blocks[1] == "1月20日上午，临江县2022年第一季度重大项目集中开工活动在高新区举行。"
    assert blocks[-1] == "来源：临江日报"
    assert "分享" not in doc.raw and "在看" not in doc.raw
    assert blocks[3] == "其中，投资最大的是智能装备产业园项目，计划总投资32亿元。"
    assert doc.meta.outlet == "临江发布"
    # ct is a Unix time read in China time: 2022-01-20 16:00 UTC is the 21st in Beijing
    assert doc.meta.pub_date == dt.date(2022, 1, 21)
    assert doc.meta.extra["pub_date_from"] == "wechat ct"


def test_jsonld_date_and_title_from_page_title(tmp_path):
    page = """<html><head><title>高新区一季度签约项目18个 - 示例日报 - 示例网</title>
<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
 {"@type": "NewsArticle", "datePublished": "2023-03-31T20:15:00+08:00"}]}</script></head>
<body><div><p>高新区一季度共签约项目18个，协议总投资126亿元，其中制造业项目占七成。</p>
<p>下一步，园区将围绕主导产业开展精准招商，力争全年签约项目超过60个。</p></div></body></html>"""
    (doc,) = read(_write(tmp_path, "x.htm", page))
    assert doc.meta.title == "高新区一季度签约项目18个"
    assert doc.meta.pub_date == dt.date(2023, 3, 31)
    assert doc.raw.split("\n\n")[0] == "# 高新区一季度签约项目18个"


def test_metadata_date_beats_option_and_option_beats_filename(tmp_path):
    dated = _write(tmp_path, "2020-02-02_a.html", PORTAL_HTML)
    (doc,) = read(dated, pub_date="2024-05-05")
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2022, 4, 18), "metadata")
    undated = PORTAL_HTML.replace('<meta name="publishdate" content="2022-04-18 09:30">', "")
    path = _write(tmp_path, "2020-02-02_b.html", undated)
    (doc,) = read(path)
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2020, 2, 2), "filename")
    (doc,) = pipeline().read(Source(uri=str(path), path=path, metadata={"pub_date": "2024-05-05"}))
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2024, 5, 5), "option")


def test_html_sniffed_without_html_suffix(tmp_path):
    (doc,) = read(_write(tmp_path, "saved_page.txt", WECHAT_HTML))
    assert doc.raw.startswith("# 重磅")


def test_markdown_headings_off(tmp_path):
    (doc,) = read(_write(tmp_path, "a.html", PORTAL_HTML),
                  pipeline(**{"read-html": {"markdown_headings": False}}))
    assert "#" not in doc.raw
    assert "一季度经济运行稳中向好" in doc.raw.split("\n\n")


def test_page_without_text_is_an_error(tmp_path):
    path = _write(tmp_path, "empty.html", EMPTY_HTML)
    (msg,) = errors(read(path))
    assert str(path) in msg and "no text" in msg


def test_empty_html_file_is_an_error(tmp_path):
    path = _write(tmp_path, "zero.html", "")
    (msg,) = errors(read(path))
    assert str(path) in msg and "empty file" in msg


GOV_PAGE = """<html><head><meta charset="utf-8">
<title>临江县召开重点项目推进会-临江县人民政府</title>
<meta name="PubDate" content="2021-06-03 10:20">
<meta name="SiteName" content="临江县人民政府">
</head><body>
<table width="100%"><tr><td class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></td></tr>
<tr><td><table>
<tr><td class="title">临江县召开重点项目推进会</td></tr>
<tr><td>发布日期：2021-06-03　来源：县发改局</td></tr>
<tr><td><div id="zoom">
　　6月2日，临江县召开重点项目推进会，通报了1至5月全县重点项目建设情况。<br><br>
　　会议指出，今年以来全县48个重点项目完成投资31.5亿元，占年度计划的46.2%。<br>
　　会议要求，各责任单位要倒排工期，确保项目按期竣工投产。
</div></td></tr></table></td></tr></table>
<div class="foot">主办：临江县人民政府办公室</div>
</body></html>"""


def test_government_page_with_table_layout_and_br_paragraphs(tmp_path):
    (doc,) = read(_write(tmp_path, "t20210603_1.html", GOV_PAGE))
    blocks = doc.raw.split("\n\n")
    assert blocks[0] == "# 临江县召开重点项目推进会"
    assert blocks[1] == "发布日期：2021-06-03\u3000来源：县发改局"  # the line before the container
    assert blocks[2:] == [
        "6月2日，临江县召开重点项目推进会，通报了1至5月全县重点项目建设情况。",
        "会议指出，今年以来全县48个重点项目完成投资31.5亿元，占年度计划的46.2%。",
        "会议要求，各责任单位要倒排工期，确保项目按期竣工投产。",
    ]
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2021, 6, 3), "metadata")
    assert doc.meta.outlet == "临江县人民政府"
    assert doc.meta.extra["html_container"].startswith("div#zoom")


def test_undecodable_bytes_in_html_give_a_warning(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(GOV_PAGE.encode("utf-8").replace("通报了".encode(), b"\xff\xfe"))
    (doc,) = read(path)
    assert not doc.failed
    assert "\ufffd" in doc.raw
    assert any("invalid utf-8 at byte" in p.message for p in doc.problems if p.level == "warning")


def test_missing_lxml_is_named(tmp_path, monkeypatch):
    import sys

    path = _write(tmp_path, "a.html", PORTAL_HTML)
    monkeypatch.setitem(sys.modules, "lxml", None)
    (msg,) = errors(read(path))
    assert str(path) in msg and "pip install lxml" in msg


def test_wechat_page_saved_after_scripts_ran(tmp_path):
    page = WECHAT_HTML.replace('var ct = "1642694400"; var publish_time = "2022-01-21" || "";', "")
    em = '<em id="publish_time">2022-01-19 18:30</em>'
    page = page.replace('<span id="profileBt">', em + '<span id="profileBt">')
    (doc,) = read(_write(tmp_path, "wx.html", page))
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2022, 1, 19), "metadata")
    assert doc.meta.extra["pub_date_from"] == "#publish_time"
