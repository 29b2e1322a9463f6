"""The speaker under the title of a report or speech is its author (own sample pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.core.model import Article


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _articles(nlp: Pipeline, text: str) -> list[Article]:
    doc = nlp.process(text, pub_date=dt.date(2023, 2, 20))
    assert not doc.failed, doc.problems
    return doc.articles


@pytest.mark.parametrize(("speaker", "name"), [
    ("某某市人民政府市长 张明远", "张明远"),
    ("某某区人民政府区长　李红梅", "李红梅"),
])
def test_the_speaker_line_under_a_report_title_is_the_author(nlp: Pipeline, speaker: str, name: str) -> None:
    page = ("政府工作报告\n"
            "——2023年1月10日在某某市第九届人民代表大会第三次会议上\n"
            f"{speaker}\n\n"
            "各位代表：\n\n"
            "现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
            "过去一年，全市地区生产总值增长6.1%，固定资产投资增长9.8%，新开工亿元以上项目86个。\n")
    arts = _articles(nlp, page)
    assert len(arts) == 1
    assert arts[0].reporters == [name]
    ev = arts[0].evidence["reporters"]
    assert page[ev.raw_start:ev.raw_end] == name


def test_a_credited_reporter_is_kept_before_a_speaker(nlp: Pipeline) -> None:
    page = ("某某县召开经济工作会议\n"
            "某某县人民政府县长 王建国\n\n"
            "本报讯（记者 赵小燕）1月9日，某某县召开经济工作会议，部署今年重点项目建设。\n")
    arts = _articles(nlp, page)
    assert arts[0].reporters == ["赵小燕"]
