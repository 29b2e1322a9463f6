"""The year of a page read from its text when no publication date is known (``text-year``).

Unit tests of :mod:`newsmill.zh.pageyear` on sentences of their own, the dates and
periods a page year completes, and two whole-set checks: renamed copies of every
held-out page (no date in the file name) keep floors on project ``date`` and
indicator ``period``, and a dated page gives the same output with or without the step.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill import Pipeline
from newsmill.core.cli import cli
from newsmill.core.model import PUB_YEAR, DocumentMeta
from newsmill.zh.dates import find_dates
from newsmill.zh.pageyear import read_page_year, year_clues

DATA = Path(__file__).resolve().parent / "data"


def _year(text: str) -> int | None:
    found = read_page_year(text)
    return found.year if found is not None else None


# ------------------------------------------------------------------ the reader
@pytest.mark.parametrize("text, year", [
    # a year under way: a month, a part of the year, a programme of the year
    ("据市统计局通报，2022年8月全县工业用电量同比增长6%。", 2022),
    ("会上通报了2021年前三季度各乡镇招商引资完成情况。", 2021),
    ("昨天，高新区2023年第三批重点产业项目集中签约。", 2023),
    ("2020年1—7月，全区新增市场主体3400户。", 2020),
    ("发布日期：2019-06-03  来源：县发改局", 2019),
    # a year reported as over: the page is of the next one
    ("2021年，全县实现地区生产总值310亿元，同比增长7.2%。", 2022),
    ("2022年全区规模以上工业增加值增长9%，增速居全市第二。", 2023),
    ("截至2020年底，园区累计入驻企业186家。", 2021),
    ("2021年以来，该镇共引进农业项目17个。", 2022),
])
def test_a_reported_year_tells_the_page_year(text: str, year: int) -> None:
    assert _year(text) == year


@pytest.mark.parametrize("text", [
    "按照规划，到2035年全市将建成三条城际铁路。",
    "项目总投资40亿元，力争2026年建成投产。",
    "该基地预计2027年底前全面竣工。",
    "该厂始建于1987年，是当地最早的机械企业。",
    "项目于2019年签约，因资金原因一度停工。",
    "“十四五”期间，全县计划实施重点项目120个。",
    "2021—2025年，累计投入财政资金50亿元。",
    "2025年，全区将力争工业总产值突破千亿元。",
    "今年1—5月，全县固定资产投资增长4%。",  # no year written: nothing to read
])
def test_targets_plans_history_and_ranges_say_nothing(text: str) -> None:
    assert _year(text) is None


@pytest.mark.parametrize("text, year", [
    ("2019年全县粮食总产量同比增长3%。", 2020),                   # a whole year's result
    ("去年第四季度之后，2020年四季度全市用电量回升。", 2021),      # the year's last quarter
    ("公司发布2018年年报，净利润增长两成。", 2019),               # an annual report
    ("2021年开年以来，园区新落户企业14家。", 2021),               # since the year began
])
def test_more_phrasings_of_a_year_over_or_under_way(text: str, year: int) -> None:
    assert _year(text) == year


@pytest.mark.parametrize("text", [
    "钢材价格创2016年5月以来新高。",                              # a record against a past time
    "该指数跌至2009年以来最低水平。",
    "行业协会预计，2027年市场规模有望翻番。",                      # forecasts after the year
    "该款芯片最快2026年量产。",
    "这批债券2029年3月到期。",
    "回顾2010年-2019年的数据，开局多为下跌。",                     # a range
])
def test_records_forecasts_and_ranges_after_the_year_say_nothing(text: str) -> None:
    assert _year(text) is None


def test_the_latest_implied_year_wins_and_its_clue_is_kept() -> None:
    text = ("2022年，全市完成工业投资96亿元。\n"
            "今年以来，全市又新签约项目23个。力争到2030年建成区域制造业中心。\n"
            "3月12日，市里召开2023年一季度经济形势分析会。")
    found = read_page_year(text)
    assert found is not None and found.year == 2023
    assert text[found.clue.start:found.clue.end] == "2023年"
    kinds = [c.kind for c in year_clues(text)]
    assert kinds == ["over", "none", "current"]


def test_a_finished_year_implies_the_next_one_unless_a_later_year_is_under_way() -> None:
    assert _year("2023年，全县外贸进出口总额达58亿元，增长12%。") == 2024
    assert _year("2023年，全县外贸进出口总额达58亿元。截至2024年6月，又新增外贸企业9家。") == 2024


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FINNA = SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"


@pytest.mark.skipif(not FINNA.is_file(), reason="shared external data not present")
def test_wire_briefs_of_early_2022_mostly_read_as_2022() -> None:
    """Briefs of another kind (financial wires, all of early 2022): where a year is read, it
    is mostly 2022; a wrong guess is most often the year before (a report of the last year)."""
    years = []
    for line in FINNA.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = read_page_year(item["headline"] + "\n" + item["body"])
        if found is not None:
            years.append(found.year)
    assert len(years) >= 600
    assert years.count(2022) / len(years) >= 0.65     # measured 0.70 (591 of 840)
    assert sum(y > 2022 for y in years) / len(years) <= 0.06


# ------------------------------------------------------------------ dates with a page year
def _dates(text: str, pub: dt.date | None = None, year: int | None = None) -> dict[str, dict]:
    return {text[h.start:h.end]: h.value.as_dict() for h in find_dates(text, pub, "past", year)}


def test_a_page_year_completes_dates_without_inventing_month_or_day() -> None:
    got = _dates("今年4月，园区新开工项目6个；去年11月签约的项目也已落地。近日，又有3家企业入驻。", year=2022)
    assert got["今年4月"]["start"] == "2022-04-01"
    assert got["去年11月"]["start"] == "2021-11-01"
    assert "近日" not in got  # a day before an unknown day stays unknown
    assert _dates("6月18日，项目开工。", year=2021)["6月18日"]["start"] == "2021-06-18"
    assert _dates("6月18日，项目开工。")["6月18日"]["start"] == "--06-18"


def test_since_the_start_of_the_year_runs_to_a_day_not_known() -> None:
    got = _dates("今年以来，全县新增规上企业12家。", year=2020)
    assert got["今年以来"] == {"start": "2020-01-01", "end": "..", "granularity": "period"}


def test_a_publication_date_wins_over_the_page_year() -> None:
    text = "今年4月，园区新开工项目6个。今年以来，累计签约项目20个。"
    day = dt.date(2023, 5, 10)
    assert _dates(text, day, year=2019) == _dates(text, day)


# ------------------------------------------------------------------ the model field
def test_meta_year_reads_the_date_or_the_year_alone_and_round_trips() -> None:
    assert DocumentMeta(pub_date=dt.date(2021, 3, 4)).year == 2021
    meta = DocumentMeta(pub_date_source="text-year", extra={PUB_YEAR: 2022})
    assert meta.year == 2022
    back = DocumentMeta.from_dict(json.loads(json.dumps(meta.to_dict())))
    assert back.year == 2022 and back.pub_date is None and back.pub_date_source == "text-year"
    assert DocumentMeta().year is None and DocumentMeta(extra={PUB_YEAR: "2022"}).year is None


# ------------------------------------------------------------------ the pipeline step
PAGE = ("江城经济\n\n江城市经济运行稳中向好\n\n"
        "本报讯（记者 李明）2022年，江城市地区生产总值达到860亿元，同比增长6.5%。"
        "今年以来，全市规模以上工业增加值同比增长8.1%。\n\n5月20日，年产3万吨新材料项目在江城高新区开工。\n")


def _periods(doc) -> dict:
    return {r.get("growth_pct"): r.get("period") for r in doc.records if r.kind == "indicator"}


def test_an_undated_page_gets_its_year_from_the_text() -> None:
    doc = Pipeline().process(PAGE)
    assert doc.meta.pub_date is None and doc.meta.pub_date_source == "text-year"
    assert doc.meta.year == 2023
    start, end = doc.meta.extra["pub_year_raw_span"]
    assert doc.raw[start:end] == "2022年"
    projects = [r for r in doc.records if r.kind == "project"]
    assert [p.get("date") for p in projects] == ["2023-05-20"]
    assert _periods(doc) == {6.5: "2022", 8.1: "2023(今年以来)"}


def test_the_step_can_be_switched_off() -> None:
    doc = Pipeline(config={"segment-news": {"text_year": False}}).process(PAGE)
    assert doc.meta.year is None and doc.meta.pub_date_source is None
    assert [r.get("date") for r in doc.records if r.kind == "project"] == ["--05-20"]
    assert _periods(doc)[8.1] != "2023(今年以来)"


def _comparable(doc) -> dict:
    d = doc.to_dict()
    d.pop("timings", None)
    return d


def test_a_dated_page_gives_the_same_output_with_or_without_the_step() -> None:
    pages = sorted(DATA.glob("heldout*/*.txt"))[:12]
    on, off = Pipeline(), Pipeline(config={"segment-news": {"text_year": False}})
    for page in pages:
        a, b = on.process(page), off.process(page)
        assert a.meta.pub_date is not None
        assert json.dumps(_comparable(a), sort_keys=True) == json.dumps(_comparable(b), sort_keys=True)


# ------------------------------------------------------------------ renamed held-out copies
_DATED = re.compile(r"^\d{4}-\d{2}-\d{2}_")


def _renamed_copies(into: Path) -> list[Path]:
    """Every held-out page and its gold copied as ``NNN_name.txt`` (no date in the name)."""
    pages = []
    for n, page in enumerate(sorted(DATA.glob("heldout*/*.txt"))):
        name = f"{n:03d}_{_DATED.sub('', page.stem)}"
        shutil.copyfile(page, into / f"{name}.txt")
        gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        gold["page"] = f"{name}.txt"
        (into / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        pages.append(into / f"{name}.txt")
    return pages


def test_renamed_heldout_pages_keep_their_dates_and_periods(tmp_path: Path) -> None:
    pages = _renamed_copies(tmp_path)
    assert len(pages) >= 100
    r = CliRunner().invoke(cli, ["evaluate", str(tmp_path), *map(str, pages), "--json"])
    assert r.exit_code == 0, r.output
    tot = json.loads(r.stdout)["total"]
    date, period = tot["projects"]["fields"]["date"], tot["indicators"]["fields"]["period"]
    print(f"\nrenamed copies: project date {date['correct']}/{date['total']}, "
          f"indicator period {period['correct']}/{period['total']}")
    assert date["accuracy"] >= 0.87      # measured 0.888 (0.767 without a page year)
    assert period["accuracy"] >= 0.85    # measured 0.868 (0.749 without a page year)


def test_show_prints_the_year_known_alone(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["show", str(page)])
    assert r.exit_code == 0, r.output
    assert "pub_date=2023 (text-year)" in r.output


def test_a_forecast_of_a_year_before_the_page_year_is_an_estimate() -> None:
    page = ("江城经济\n\n江城区召开2024年一季度经济运行分析会\n\n"
            "本报讯（记者 李明）会议指出，2023年，全区预计完成地区生产总值420亿元，增长6%。\n")
    on = [r for r in Pipeline().process(page).records if r.kind == "indicator"]
    assert [(r.get("period"), r.get("status")) for r in on] == [("2023", "actual")]
    off = Pipeline(config={"segment-news": {"text_year": False}}).process(page)
    assert [r.get("status") for r in off.records if r.kind == "indicator"] == ["target"]
