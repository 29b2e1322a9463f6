"""The HTML report: self-contained, everything escaped, every value linked to its evidence."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from newsmill.core.cli import cli
from newsmill.plugins.write_html import HtmlWriter
from newsmill.plugins.write_sqlite import SqliteWriter
from newsmill.report import render_report
from newsmill.tables.rows import document_rows, view_rows

from .output_docs import documents
from .writer_runs import write_all


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict]]:
    p = _Tags()
    p.feed(page)
    return p.tags


def _report(tmp_path: Path) -> str:
    write_all(HtmlWriter, tmp_path)
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def _report_from_db(tmp_path: Path, out: Path, *args: str) -> str:
    """``newsmill report`` on the SQLite output in ``tmp_path``: the page it wrote."""
    r = CliRunner().invoke(cli, ["report", str(tmp_path / "newsmill.sqlite"), "-o", str(out), *args])
    assert r.exit_code == 0, r.output
    return out.read_text(encoding="utf-8")


def test_page_text_is_escaped(tmp_path):
    page = _report(tmp_path)
    tags = _tags(page)
    assert [t for t, _ in tags].count("script") == 1
    assert "img" not in [t for t, _ in tags] and "b" not in [t for t, _ in tags]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;测试项目签约" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in page  # a mention value, in data-info
    assert "pages/&lt;b&gt;odd&lt;/b&gt;.txt" in page


def test_page_is_self_contained(tmp_path):
    page = _report(tmp_path)
    for tag, attrs in _tags(page):
        assert "src" not in attrs, tag
        href = attrs.get("href")
        assert href is None or href.startswith("#") or href.startswith("data:"), href
    assert "default-src 'none'" in page
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", page)
    assert len(page.encode()) < 200_000


def test_every_value_links_to_highlighted_evidence(tmp_path):
    page = _report(tmp_path)
    tags = _tags(page)
    marks = {k for t, a in tags if t == "mark" for k in a.get("data-s", "").split()}
    links = [a for t, a in tags if t == "a" and "data-ev" in a]
    assert len(links) > 30
    for a in links:
        keys = a["data-ev"].split()
        assert keys and set(keys) <= marks, a
    inv = next(a for a in links if a.get("data-title") == "investment_cny = 3600000000")
    assert inv["data-raw"] == "总投资36亿元"
    jobs = next(a for a in links if a.get("data-title") == "jobs = 3000")
    assert jobs["data-raw"] == "带动就\n业3000人"


def test_linked_project_shows_its_timeline_and_conflict(tmp_path):
    page = _report(tmp_path)
    linked = page[page.index('id="linked"'):page.index('id="projects"')]
    assert "川渝智造集团智能终端产业园项目" in linked and "38.00 亿元" in linked
    assert "conflicting: investment_cny" in linked
    assert linked.index("2023-05-18") < linked.index("2023-10-30")
    strip = re.search(r'<div class="tl">(.*?)</div>', linked).group(1)
    assert strip.count('class="on"') == 2  # started and completed


def test_charts_show_totals_by_place_and_stage(tmp_path):
    page = _report(tmp_path)
    assert page.count("<svg") >= 3
    assert "南充市 · started: 36.00 亿元" in page
    assert "南充市 · completed: 38.00 亿元" in page
    assert "成都市 · signed: 2.00 亿元" in page


def test_report_command_from_the_database(tmp_path):
    write_all(SqliteWriter, tmp_path)
    page = _report_from_db(tmp_path, tmp_path / "r.html", "--title", "一季度 <项目>")
    assert "<title>一季度 &lt;项目&gt;</title>" in page
    (tmp_path / "mem").mkdir()
    assert page.count('class="v"') == _report(tmp_path / "mem").count('class="v"')
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 200)
    r = CliRunner().invoke(cli, ["report", str(bad), "-o", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "bad.sqlite: not a SQLite database" in r.output


def test_text_is_withheld_beyond_max_documents(tmp_path):
    write_all(HtmlWriter, tmp_path, options={"max_documents": 1})
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "3 more documents are not shown" in page
    assert page.count("<article") == 2  # the two articles of the first page
    assert "南充市 · completed: 38.00 亿元" in page  # charts still use every document
    write_all(SqliteWriter, tmp_path)
    from_db = _report_from_db(tmp_path, tmp_path / "db.html", "--max-documents", "1")
    assert "3 more documents are not shown" in from_db and from_db.count("<article") == 2
    assert from_db.count('class="v"') == page.count('class="v"')


def test_render_requires_view_rows():
    rows = document_rows(documents()[0])
    try:
        render_report(rows)
    except ValueError as e:
        assert "projects" in str(e)
    else:
        raise AssertionError("expected ValueError")
    rows.update(view_rows(rows))
    assert "嘉陵江畔智能终端产业园开工" in render_report(rows)
