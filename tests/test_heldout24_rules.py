"""Rules the misses of the twenty-fourth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import is_ruled_line, jump_spans
from newsmill.plugins.clean_linebreaks import hyphen_wrap, opens_story, title_word_cut
from newsmill.plugins.clean_spaces import figures_spaced
from newsmill.plugins.clean_width import normalize
from newsmill.zh.projects import find_names
from tests.cleaning_support import body_text

DAY = dt.date(2024, 9, 20)


def _doc(page: str, day: dt.date | None = DAY):
    return Pipeline().process(page, pub_date=day)


def _notes(page: str) -> dict[str, str]:
    doc = _doc(page)
    return {doc.raw[r.raw_start:r.raw_end]: r.note for r in doc.regions_of("furniture", "caption")}


def test_ruled_lines_and_a_page_line_with_its_section_are_furniture() -> None:
    page = ("某州日报                       2024年9月20日  星期五\n"
            "第5版 · 县域经济\n"
            "═══════════════\n"
            "某县新能源产业园开工建设\n"
            "本报讯（记者 李想）9月18日，某县新能源产业园开工建设，总投资12亿元。\n"
            "- - - - - - - -\n")
    notes = _notes(page)
    assert notes.get("第5版 · 县域经济") == "page header", notes
    assert notes.get("═══════════════") == "ruled line", notes
    assert notes.get("- - - - - - - -") == "ruled line", notes
    assert is_ruled_line("————") and not is_ruled_line("——某某") and not is_ruled_line("—— 一")


def test_jump_lines_are_furniture_where_they_stand_and_the_paragraph_still_joins() -> None:
    page = ("本报讯（记者 王岚）某区今年以来新签约项目42个，协议投资额186亿元，其中先进制造业项\n"
            "目27个。（转第4版）\n"
            "\n"
            "（上接第1版）某区还将加快建设物流园二期，\n"
            "项目总投资3.5亿元。\n")
    doc = _doc(page)
    notes = {doc.raw[r.raw_start:r.raw_end]: r.note for r in doc.regions_of("furniture")}
    assert notes == {"（转第4版）": "jump line", "（上接第1版）": "jump line"}, notes
    body = body_text(doc)
    assert "其中先进制造业项目27个。" in body and "物流园二期，项目总投资3.5亿元" in body, body
    assert "转第4版" not in body and "上接" not in body
    assert jump_spans("（下转A3版）某某") == [(0, 7)]
    assert jump_spans("投资接近第3版面所列") == []


def test_an_advert_line_and_a_scene_label_with_a_stop_after_a_credit() -> None:
    page = ("某县特色农产品加工园投产\n"
            "本报讯（记者 周敏）9月16日，某县特色农产品加工园一期投产，总投资4.2亿元。\n"
            "（图片来源：某县融媒体中心）\n"
            "投产仪式现场。\n"
            "【广告】金秋家电以旧换新 详询某某商场\n")
    notes = _notes(page)
    assert notes.get("投产仪式现场。") == "scene label", notes
    assert notes.get("【广告】金秋家电以旧换新 详询某某商场") == "advertisement", notes
    # a paragraph's last line ending at a site is running text
    text = ("本报讯 9月16日，记者跟随调研组走进某县特色农产品加工园一期厂房，深入生产线和\n"
            "施工现场。\n")
    assert "施工现场。" not in _notes(text)


def test_a_hyphen_at_a_wrap_inside_a_word_goes_with_the_break() -> None:
    assert hyphen_wrap("某某公司年产50万套汽车热管-", "理系统项目")
    assert not hyphen_wrap("型号A-", "B")
    page = ("本报讯（通讯员 陈安）9月12日，某区的某某公司年产50万套新能源汽车热管-\n"
            "理系统项目竣工投产，项目总投资6.5亿元，预计年产值12亿元。\n")
    assert "新能源汽车热管理系统项目竣工投产" in _doc(page).clean


def test_a_title_cut_inside_a_word_or_before_xiangmu_is_one_title() -> None:
    assert title_word_cut("某市三季度重大项目集中开工 总投", "资286亿元")
    assert title_word_cut("某县举行2024年第二批招商引资", "项目集中签约活动")
    assert not title_word_cut("聚焦首位产业 做强县域经济", "某县重大项目集中开工")
    assert not title_word_cut("某县发展和改革局", "项目建设工作专报")
    page = ("某市三季度重大项目集中开工 总投\n"
            "资286亿元\n"
            "本报讯（记者 孙蕾）9月19日，某市三季度重大项目集中开工，共开工项目58个，总投资286亿元。\n")
    doc = _doc(page)
    assert doc.clean.startswith("某市三季度重大项目集中开工 总投资286亿元\n"), doc.clean[:40]
    assert doc.articles[0].headline == "某市三季度重大项目集中开工 总投资286亿元"


def test_an_ascii_full_stop_ends_a_chinese_sentence() -> None:
    assert normalize("项目开工.该项目总投资12.5亿元.\n增长8.6%.下一步") == \
        "项目开工。该项目总投资12.5亿元。\n增长8.6%。下一步"
    assert normalize("No.1 车间 v2.0 版本") == "No.1 车间 v2.0 版本"


def test_marks_of_a_letter_spaced_line_become_chinese() -> None:
    assert normalize("全 市 , 工 业 ;") == "全 市 ， 工 业 ；"
    assert normalize("增长3.1%,\n民间") == "增长3.1%，\n民间"
    assert normalize("1 , 2") == "1 , 2"


def test_a_line_of_figures_spaced_out_loses_every_blank() -> None:
    line = "1 - 9 月 , 全 县 规 上 工 业 增 加 值 同 比 增 长 7 . 4 % 。"
    assert figures_spaced(line)
    assert not figures_spaced("GDP 增 长 5 . 2 % , 高 于 全 省 0 . 3 个 百 分 点")
    page = ("某县前三季度经济运行情况\n"
            "1-9月，全县经济稳中有进。\n"
            f"{line}\n"
            "其 中 , 制 造 业 增 加 值 增 长 9 . 1 % 。\n")
    clean = _doc(page).clean
    assert "1-9月，全县规上工业增加值同比增长7.4%。" in clean, clean
    assert "其中，制造业增加值增长9.1%。" in clean, clean


def test_a_story_run_on_under_an_event_title_is_an_article_of_its_own() -> None:
    assert opens_story("9月12日，某县…") and not opens_story("9月12日开工")
    page = ("某区举行三季度项目集中签约活动\n"
            "发布时间:2024-09-14 10:20   来源:某某日报\n"
            "9月13日，某区三季度项目集中签约活动举行，签约项目8个，协议投资额36.5亿元。\n"
            "今年以来，某区地区生产总值同比增长6.1%。\n"
            "某县锂电回收项目投产\n"
            "9月12日，某县年产2万吨废旧锂电池回收利用项目投产，项目总投资3.8亿元。\n")
    doc = _doc(page)
    assert [a.headline for a in doc.articles] == ["某区举行三季度项目集中签约活动", "某县锂电回收项目投产"]
    # a section label with its item before a colon stays a part of the story
    labelled = ("某市重点项目建设加速推进\n"
                "本报讯（记者 赵新）9月以来，某市重点项目建设加速推进。\n"
                "某县乳品加工项目：竣工投产\n"
                "9月10日，某县乳品加工项目竣工投产，总投资5亿元。\n")
    assert len(_doc(labelled).articles) == 1


def test_a_project_named_before_its_own_ceremony() -> None:
    text = "9月6日，某县某某工业园年产8万吨碳酸锂项目开工仪式举行。"
    assert "年产8万吨碳酸锂项目" in [n.name for n in find_names(text, 0, len(text))]
    for batch in ("全市重大项目开工仪式举行。", "某区重大项目集中签约仪式举行。"):
        assert not [n.name for n in find_names(batch, 0, len(batch)) if n.name.endswith("项目")], batch


def test_a_story_continued_from_another_page_starts_after_its_jump_line() -> None:
    page = ("某区项目建设提速\n"
            "（上接第1版）某区在建的某某智能装备产业园二期项目已完成主体施工，总投资8亿元。\n")
    doc = _doc(page)
    art = doc.articles[0]
    assert doc.clean[art.body_start:].startswith("某区在建的"), doc.clean[art.body_start:art.body_start + 12]


def test_a_ranking_is_of_the_place_opening_the_statistic_before_it() -> None:
    page = ("德阳市中江县举行上半年经济形势分析会\n"
            "发布时间:2024-07-22 10:00   来源:某某日报\n"
            "今年上半年,中江县完成地区生产总值215.3亿元,同比增长7.2%,增速居全市第二。\n")
    ranks = [r for r in _doc(page).records if r.kind == "indicator" and r.get("unit") in ("名", "位")]
    assert [(r.get("region"), r.get("value")) for r in ranks] == [("中江县", 2)], ranks
