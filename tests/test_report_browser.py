"""The HTML report in headless Chromium (Debian's chromium, driven by Playwright; no browser download)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmill.plugins.write_html import HtmlWriter

from .writer_runs import write_all

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def report(tmp_path, browser):
    write_all(HtmlWriter, tmp_path)
    path = tmp_path / "report.html"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    events = {"console": [], "errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: events["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    yield page, events, path
    page.close()


def test_loads_offline_without_errors(report):
    page, events, path = report
    assert events["errors"] == []
    assert [c for c in events["console"] if c.startswith(("error", "warning"))] == []
    assert [u for u in events["requests"] if u != path.as_uri()] == []
    assert events["dialogs"] == []  # markup in the pages never runs
    text = page.inner_text("#articles")
    assert '<script>alert("x")</script>测试项目签约' in text
    assert "<img src=x onerror=alert(1)>" in text


def test_filter_box_hides_what_does_not_match(report):
    page, _, _ = report
    rows = page.locator("#projects tbody tr")
    assert rows.count() == 4
    page.fill("#q", "西充")
    visible = [i for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert len(visible) == 1 and "年加工10万吨有机粮油项目" in rows.nth(visible[0]).inner_text()
    assert page.locator("#articles article:visible").count() == 1
    assert "of" in page.inner_text("#count")
    page.fill("#q", "")
    assert page.locator("#projects tbody tr:visible").count() == 4


def test_clicking_a_value_highlights_its_evidence(report):
    page, events, _ = report
    link = page.locator('#projects a.v[data-title="investment_cny = 3600000000"]')
    link.click()
    hits = page.locator("mark.hit")
    assert hits.count() >= 1
    assert "".join(hits.nth(i).inner_text() for i in range(hits.count())) == "总投资36亿元"
    assert hits.first.is_visible()
    assert page.locator("#panel").is_visible()
    assert page.inner_text("#panel .raw") == "总投资36亿元"
    page.locator('#projects a.v[data-title="jobs = 3000"]').click()
    hits = page.locator("mark.hit")
    jobs = "".join(hits.nth(i).inner_text() for i in range(hits.count()))
    assert jobs.replace("\n", "") == "带动就业3000人"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    assert events["errors"] == []

