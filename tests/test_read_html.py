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
