"""The news segmenter on written snippets and sample pages in several layouts.

Most tests run the segmentation stage alone on the text as written (``nlp``),
so they do not depend on what the cleaners do; the end-to-end ones (``full``)
run every installed stage and compare punctuation leniently.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmill import Pipeline
from newsmill.core.cli import cli as cli_main
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


class SegmentOnly:
    """Runs only the segmentation stage of a pipeline on a text."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def process_document(self, doc: Document) -> Document:
        return self.pipeline.process_document(doc, stages=["segment"])


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(disable=["hello"])


@pytest.fixture(scope="module")
def nlp(full) -> SegmentOnly:
    return SegmentOnly(full)


def segment(nlp, text: str, **meta) -> Document:
    return nlp.process_document(Document.from_text(text, **meta))


def plain(s: str | None) -> str | None:
    """Full-width punctuation as ASCII, for comparing cleaned text with what a test wrote."""
    return None if s is None else unicodedata.normalize("NFKC", s)


def body(doc: Document, i: int) -> str:
    a = doc.articles[i]
    return doc.clean[a.body_start:a.body_end]


def test_empty_and_blank_pages(nlp):
    for text in ("", "   \n\n \u3000\n"):
        doc = segment(nlp, text)
        assert doc.articles == [] and not doc.failed


def test_one_article_without_byline(nlp):
    doc = segment(nlp, "东坪县光伏产业园一期竣工\n\n日前,东坪县光伏产业园一期工程竣工,新建厂房8万平方米。"
                       "\n\n园区二期计划明年开工。")
    assert not doc.failed
    [a] = doc.articles
    assert a.headline == "东坪县光伏产业园一期竣工"
    assert (a.source, a.dateline, a.reporters, a.kicker) == (None, None, [], None)
    assert body(doc, 0).startswith("日前,东坪县") and body(doc, 0).endswith("明年开工。")
    assert len(a.attributes["paragraphs"]) == 2


def test_page_without_any_heading_is_one_article(nlp):
    doc = segment(nlp, "本报讯(记者 顾远)近日,某县新签约项目5个。\n\n项目总投资12亿元。")
    [a] = doc.articles
    assert a.headline is None and a.source == "本报" and a.reporters == ["顾远"]


def test_portal_page_with_source_line_and_dateline(nlp):
    text = ("首页 > 财经 > 地方\n\n"
            "北岭新区新材料产业园开园\n\n"
            "2022-04-18 10:05 来源：北岭日报\n\n"
            "北岭日报新区讯(记者 骆飞 通讯员 毕然)4月17日,北岭新区新材料产业园正式开园,首批9个项目入园。\n\n"
            "据介绍,园区规划面积3平方公里。\n\n"
            "责任编辑：甘露\n\n分享到：")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert a.headline == "北岭新区新材料产业园开园"
    assert (a.source, a.dateline, a.reporters) == ("北岭日报", "新区", ["骆飞", "毕然"])
    assert a.pub_date == dt.date(2022, 4, 18)
    assert doc.meta.pub_date == dt.date(2022, 4, 18) and doc.meta.pub_date_source == "text"
    assert body(doc, 0).startswith("北岭日报新区讯") and body(doc, 0).endswith("3平方公里。")
    assert "责任编辑" not in body(doc, 0)


def test_portal_page_with_only_a_source_line(nlp):
    text = "两江口港区扩建工程通过验收\n\n来源:河阳日报\n\n近日,两江口港区扩建工程通过竣工验收。"
    [a] = segment(nlp, text).articles
    assert a.source == "河阳日报" and a.reporters == [] and a.dateline is None


def test_square_mark_byline_with_two_reporters_and_a_correspondent(nlp):
    text = ("东湖片区“十大工程”全面提速\n\n□ 本报记者 熊伟 邹颖\n通讯员 岑可\n\n"
            "今年以来,东湖片区十大工程完成投资48亿元。\n\n"
            "下一步,片区将加快推进剩余工程。\n\n"
            "西坝镇建成农产品冷链中心\n\n□ 本报记者 熊伟\n\n西坝镇农产品冷链中心近日建成投用。")
    doc = segment(nlp, text)
    assert [a.headline for a in doc.articles] == ["东湖片区“十大工程”全面提速", "西坝镇建成农产品冷链中心"]
    a = doc.articles[0]
    assert (a.source, a.reporters) == ("本报", ["熊伟", "邹颖", "岑可"])
    assert body(doc, 0).startswith("今年以来") and "通讯员" not in body(doc, 0)
    assert doc.clean[a.evidence["reporters"].start:a.evidence["reporters"].end] == "熊伟 邹颖"


def test_kicker_below_the_headline(nlp):
    text = ("南川工业园新增标准厂房20万平方米\n——十二家企业拎包入驻,园区承载能力明显提升\n\n"
            "本报南川讯(记者 孟凡)日前,南川工业园二期标准厂房交付使用。")
    [a] = segment(nlp, text).articles
    assert a.headline == "南川工业园新增标准厂房20万平方米"
    assert a.kicker == "——十二家企业拎包入驻,园区承载能力明显提升"
    assert (a.source, a.dateline, a.reporters) == ("本报", "南川", ["孟凡"])


def test_markdown_kicker_banner_and_caption(nlp):
    text = ("## 专题报道 >>>\n\n### 清河两个项目签约\n\n签约现场\n\n"
            "本报讯(记者 包明)近日,清河县签约2个项目。\n\n"
            "## 推动工业提质增效——\n\n# 清河技改投资增长两成\n\n"
            "本报清河讯(记者 包明)今年前三季度,清河县技改投资同比增长21%。\n")
    doc = segment(nlp, text)
    assert [a.headline for a in doc.articles] == ["清河两个项目签约", "清河技改投资增长两成"]
    first, second = doc.articles
    assert first.kicker is None and first.attributes["column"] == "专题报道 >>>"
    assert doc.clean[slice(*first.attributes["captions"][0])] == "签约现场"
    assert body(doc, 0).startswith("本报讯")
    assert second.kicker == "推动工业提质增效——" and second.dateline == "清河"


def test_subheadings_stay_inside_the_article(nlp):
    text = ("云岭镇走出产业振兴新路\n\n□ 本报记者 葛琳\n\n云岭镇近年来发展特色种植。\n\n"
            "建基地 稳产量\n\n全镇建成标准化基地12个。\n\n"
            "延链条 增效益\n\n新建加工厂3座,年加工能力2万吨。\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert len(a.attributes["subheadings"]) == 2
    assert body(doc, 0).endswith("年加工能力2万吨。")


def test_photo_news_with_credit_line_after_a_bylined_article(nlp):
    text = ("旧厂房变身创意园\n\n□ 本报记者 计然\n\n老城区一处旧厂房改造完成。\n\n"
            "港口新泊位投用\n\n港口新建的两个泊位近日投入使用。\n\n史亮 摄\n")
    doc = segment(nlp, text)
    assert [a.headline for a in doc.articles] == ["旧厂房变身创意园", "港口新泊位投用"]
    photo = doc.articles[1]
    assert photo.reporters == ["史亮"] and photo.source is None
    assert body(doc, 1) == "港口新建的两个泊位近日投入使用。"


def test_closing_credit_is_shared_by_a_series_without_bylines(nlp):
    text = ("各区县谋划新一年工作\n\n市经济工作会议后,各区县纷纷部署。\n\n"
            "东区:\n加快园区扩容\n\n东区将新建厂房。\n\n"
            "西区:\n抓好项目招引\n\n西区将引进项目20个。\n\n(河阳日报记者 景睿 整理)\n")
    doc = segment(nlp, text)
    assert [a.kicker for a in doc.articles] == [None, "东区:", "西区:"]
    assert [a.reporters for a in doc.articles] == [["景睿"]] * 3
    assert {a.source for a in doc.articles} == {"河阳日报"}


def test_trailing_credit_gives_reporters_and_leaves_the_body(nlp):
    text = "某银行获评优秀服务机构\n\n青山晚报讯 近日,某银行获评年度优秀服务机构。(裴蕾)\n"
    [a] = segment(nlp, text).articles
    assert (a.source, a.reporters) == ("青山晚报", ["裴蕾"])


TRADITIONAL = ("東坪縣新簽約項目8個\n\n本報東坪訊(記者 陳小明 通訊員 劉欣)日前,東坪縣集中簽約項目8個。\n\n"
               "項目總投資32億元。")


def test_traditional_script_page_segmented_as_printed(nlp):
    [a] = segment(nlp, TRADITIONAL).articles
    assert (a.headline, a.source, a.dateline) == ("東坪縣新簽約項目8個", "本報", "東坪")
    assert a.reporters == ["陳小明", "劉欣"]


def test_traditional_script_page_end_to_end(full):
    doc = full.process(TRADITIONAL)
    [a] = doc.articles
    assert (a.headline, a.source, a.dateline, a.reporters) == ("东坪县新签约项目8个", "本报", "东坪",
                                                               ["陈小明", "刘欣"])
    for name in ("headline", "source", "dateline", "reporters"):
        ev = a.evidence[name]
        assert doc.raw[ev.raw_start:ev.raw_end] == ev.text
    assert a.evidence["dateline"].text == "東坪"


def test_regions_flagged_by_cleaning_stay_out_of_the_body():
    class FlagCaption:
        @hookimpl
        def newsmill_clean(self, step):
            i = step.text.find("航拍的园区全景")
            if i >= 0:
                step.flag(i, i + len("航拍的园区全景"), "caption")

    nlp = Pipeline(plugins=[FlagCaption()], disable=["hello", "clean-furniture"])
    text = ("园区扩区获批\n\n本报讯(记者 车轩)园区扩区方案获批。\n\n"
            "航拍的园区全景\n\n扩区后面积达30平方公里。")
    doc = nlp.process_document(Document.from_text(text))
    [a] = doc.articles
    paragraphs = [plain(doc.clean[s:e]) for s, e in a.attributes["paragraphs"]]
    assert paragraphs == ["本报讯(记者 车轩)园区扩区方案获批。", "扩区后面积达30平方公里。"]
    assert [plain(doc.clean[s:e]) for s, e in a.attributes["captions"]] == ["航拍的园区全景"]


def test_text_date_wins_over_the_option_date_and_option_date_stays_otherwise(nlp):
    doc = segment(nlp, "江北日报 2020年3月2日 星期一\n\n标题一则\n\n正文。", pub_date=dt.date(2020, 1, 1),
                  pub_date_source="option")
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2020, 3, 2), "text")
    doc = segment(nlp, "标题一则\n\n正文。", pub_date=dt.date(2020, 1, 1), pub_date_source="option")
    assert (doc.meta.pub_date, doc.meta.pub_date_source) == (dt.date(2020, 1, 1), "option")
    assert doc.articles[0].pub_date == dt.date(2020, 1, 1)


def test_whole_document_segmenter_stays_selectable():
    nlp = Pipeline(disable=["hello", "segment-news"])
    assert nlp.stages()["segment"] == ["segment-whole"]
    doc = nlp.process_document(Document.from_text("甲地新闻\n\n本报讯 正文。\n\n乙地新闻\n\n本报讯 正文。"))
    assert len(doc.articles) == 1 and doc.articles[0].headline is None
    result = CliRunner().invoke(cli_main, ["-p", "no:segment-news", "pipeline"])
    assert result.exit_code == 0
    segment_row = next(line for line in result.output.splitlines() if line.startswith("segment"))
    assert "segment-whole" in segment_row and "segment-news" not in segment_row


def test_sample_city_daily_page(full):
    doc = full.process(SAMPLES / "2021-01-21_sample-city-daily.txt")
    assert doc.meta.pub_date == dt.date(2021, 1, 21) and doc.meta.pub_date_source == "text"
    got = [(a.headline, a.kicker, a.source, a.reporters) for a in doc.articles]
    assert got == [
        ("江城42个重大项目集中开工 总投资386.5亿元", "稳投资 强产业 开局就是冲刺", "本报",
         ["周明远", "林晓雨"]),
        ("江南区一天签下8个项目 协议资金56.3亿元", "招商引资跑出“加速度”", "本报", ["何静怡"]),
        ("临港物流枢纽二期加紧施工", None, "本报", ["唐一凡"]),
        ("白河县特色农产品加工园投产", None, "本报", ["罗春", "韦小芳"]),
    ]
    second = doc.articles[1]
    assert [doc.clean[s:e] for s, e in second.attributes["captions"]] == ["图为签约现场。"]
    assert [doc.clean[s:e] for s, e in second.attributes["subheadings"]] == ["服务前移 项目落地快"]
    assert all(not doc.clean[s:e].startswith("图为") for s, e in second.attributes["paragraphs"])
    assert body(doc, 3).endswith("冷链配送企业。")
    for a in doc.articles:
        for ev in a.evidence.values():
            assert doc.raw[ev.raw_start:ev.raw_end] == ev.text


def test_sample_portal_page(full):
    doc = full.process(SAMPLES / "2023-09-10_sample-portal.txt")
    [a] = doc.articles
    assert a.headline == "清江新区数字产业园首批12家企业入驻"
    assert (a.source, a.dateline, a.reporters) == ("江城日报", "清江", ["周文涛", "许敏"])
    assert doc.meta.pub_date == dt.date(2023, 9, 10)
    assert len(a.attributes["paragraphs"]) == 4


def test_plain_title_group_with_caption_and_slogan_kicker(nlp):
    text = ("稳增长、促转型、强支撑\n河湾区15个项目集中开工\n开工仪式现场\n"
            "本报讯(记者 甘棠)昨日,河湾区15个项目集中开工,总投资62亿元。\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert (a.headline, a.kicker) == ("河湾区15个项目集中开工", "稳增长、促转型、强支撑")
    assert [doc.clean[s:e] for s, e in a.attributes["captions"]] == ["开工仪式现场"]
    assert body(doc, 0).startswith("本报讯")


def test_two_part_markdown_title_is_joined(nlp):
    text = "## 年产10万吨 \n## 某某新材料项目投产\n\n本报讯(记者 甘棠)近日,项目投产。\n"
    [a] = segment(nlp, text).articles
    assert a.headline == "年产10万吨 某某新材料项目投产" and a.kicker is None


def test_government_portal_page(nlp):
    text = ("当前位置：首页 > 政务动态 > 部门动态\n"
            "我市一季度工业投资增长一成半\n"
            "发布时间：2022-04-12 16:20 信息来源：市经信局 浏览次数：318\n"
            "【字体：大 中 小】\n"
            "一季度,全市完成工业投资96.4亿元,同比增长15.2%。\n"
            "其中技改投资41亿元。\n"
            "打印本页 关闭窗口\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert (a.headline, a.source, a.reporters) == ("我市一季度工业投资增长一成半", "市经信局", [])
    assert a.pub_date == dt.date(2022, 4, 12) == doc.meta.pub_date
    assert body(doc, 0) == "一季度,全市完成工业投资96.4亿元,同比增长15.2%。\n其中技改投资41亿元。"


def test_listing_of_dated_items_without_bylines(nlp):
    text = ("北坡镇污水处理厂通水运行\n2021-06-03\n北坡镇污水处理厂近日通水运行。\n\n"
            "南坡镇新建农贸市场开业\n2021-06-01\n南坡镇新建农贸市场开业迎客。\n")
    doc = segment(nlp, text)
    assert [(a.headline, a.pub_date) for a in doc.articles] == [
        ("北坡镇污水处理厂通水运行", dt.date(2021, 6, 3)), ("南坡镇新建农贸市场开业", dt.date(2021, 6, 1))]


def test_converted_pdf_page_with_image_links_table_and_page_furniture(nlp):
    text = ("四川某某报 2022年8月9日 星期二 | 编辑 金石 | 校对 文竹\n\n"
            "## 园区经济量质齐升\n\n![](images/p3_1.jpg)\n\n园区一角\n\n"
            "本报讯(记者 乔木)上半年,全市园区实现营业收入1260亿元。\n\n"
            "| 园区 | 营业收入(亿元) |\n\n| 东园 | 520 |\n\n"
            "下半年将新建标准厂房40万平方米。\n\n(下转第2版)\n")
    doc = segment(nlp, text)
    assert doc.meta.pub_date == dt.date(2022, 8, 9)
    [a] = doc.articles
    assert (a.headline, a.reporters) == ("园区经济量质齐升", ["乔木"])
    paragraphs = [doc.clean[s:e] for s, e in a.attributes["paragraphs"]]
    assert paragraphs[0].startswith("本报讯") and paragraphs[-1] == "下半年将新建标准厂房40万平方米。"
    assert "| 东园 | 520 |" in paragraphs
    assert not any("images/" in p or "下转" in p for p in paragraphs)


def test_short_title_before_a_byline_is_kept_when_cleaning_flags_it_as_a_caption():
    class FlagPhotoSlot:
        @hookimpl
        def newsmill_clean(self, step):
            i = step.text.find("夜市开张")
            step.flag(i, i + 4, "caption", "photo slot")

    nlp = Pipeline(plugins=[FlagPhotoSlot()], disable=["hello"])
    text = "甲地新闻\n\n本报讯 甲地新闻正文。\n\n\n\n夜市开张\n\n本报讯(记者 苗禾)日前,某街区夜市开张。\n"
    doc = nlp.process_document(Document.from_text(text))
    assert [a.headline for a in doc.articles] == ["甲地新闻", "夜市开张"]
    assert doc.articles[1].reporters == ["苗禾"]


def test_column_labels_and_a_run_of_briefs(nlp):
    text = ("经济简讯\n\n南江县新签约项目5个\n本报讯 日前,南江县集中签约项目5个,总投资18亿元。(庞山)\n\n"
            "北江县工业园扩区获批\n本报讯 近日,北江县工业园扩区方案获批。(严冬)\n\n"
            "要闻\n\n沪蓉高铁某段建设进入攻坚期\n全线桥隧比超八成\n\n本报记者 祁连\n\n"
            "初春时节,施工现场一派繁忙。\n")
    doc = segment(nlp, text)
    got = [(a.headline, a.kicker, a.reporters, a.attributes.get("column")) for a in doc.articles]
    assert got == [
        ("南江县新签约项目5个", None, ["庞山"], "经济简讯"),
        ("北江县工业园扩区获批", None, ["严冬"], None),
        ("沪蓉高铁某段建设进入攻坚期", "全线桥隧比超八成", ["祁连"], "要闻"),
    ]


def test_markdown_kicker_at_the_same_level_as_the_title(nlp):
    text = "## 抓项目、强产业,全力以赴稳增长——\n## 某县一季度工业投资增长两成\n\n本报讯(记者 甘棠)近日……\n"
    [a] = segment(nlp, text).articles
    assert (a.headline, a.kicker) == ("某县一季度工业投资增长两成", "抓项目、强产业,全力以赴稳增长——")


def test_dateline_alone_on_its_line_and_a_question_title(nlp):
    text = ("开局之年怎么干？东坪县三大攻坚战全面打响\n\n本报讯\n\n日前,东坪县召开动员大会。\n\n"
            "西坪县新签约项目3个\n\n西坪县新签约项目3个,总投资9亿元。(西坪发布)\n")
    doc = segment(nlp, text)
    assert [(a.headline, a.source) for a in doc.articles] == [
        ("开局之年怎么干？东坪县三大攻坚战全面打响", "本报"), ("西坪县新签约项目3个", "西坪发布")]
    assert body(doc, 0) == "日前,东坪县召开动员大会。"
    assert body(doc, 1) == "西坪县新签约项目3个,总投资9亿元。"


def test_benbao_stays_as_printed_and_the_known_outlet_is_added(nlp):
    [a] = segment(nlp, "某县新开工项目6个\n\n本报讯 近日,某县新开工项目6个。", outlet="江城日报").articles
    assert a.source == "本报" and a.attributes["outlet"] == "江城日报"
    [b] = segment(nlp, "某县新开工项目6个\n\n本报讯 近日,某县新开工项目6个。").articles
    assert b.source == "本报" and "outlet" not in b.attributes


def test_page_of_numbered_briefs_without_bylines(nlp):
    text = ("产业动态\n2023年第15期（总第204期）  市经济合作局编\n\n"
            "一、南湖片区新材料产业园开园\n\n5月6日,南湖片区新材料产业园正式开园,首批入驻企业12家。\n\n"
            "二、北山镇签约两个农产品加工项目\n\n日前,北山镇与两家企业签约,总投资3.2亿元。\n\n"
            "三、西城区一季度外贸进出口增长9%\n\n一季度,西城区外贸进出口总额46亿元,同比增长9%。\n")
    doc = segment(nlp, text)
    got = [(a.headline, a.kicker) for a in doc.articles]
    assert got == [("南湖片区新材料产业园开园", None), ("北山镇签约两个农产品加工项目", None),
                   ("西城区一季度外贸进出口增长9%", None)]
    assert body(doc, 1).startswith("日前,北山镇")


def test_numbered_sections_under_a_title_stay_in_one_article(nlp):
    text = ("全县工业经济运行情况通报\n\n今年以来,全县工业经济总体平稳。\n\n"
            "1.工业生产稳步回升\n\n1-5月,规上工业增加值增长6%。\n\n"
            "2.工业投资较快增长\n\n工业投资增长12%,技改投资增长15%。\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert a.headline == "全县工业经济运行情况通报"
    assert len(a.attributes["subheadings"]) == 2


def test_a_numbered_subsection_is_not_a_brief_after_a_titled_article(nlp):
    text = ("园区项目建设提速\n\n本报讯 今年以来,园区项目建设提速。\n\n"
            "1.签约项目加快落地\n\n新签约项目8个。\n\n2.在建项目加快推进\n\n在建项目15个。\n")
    doc = segment(nlp, text)
    assert [a.headline for a in doc.articles] == ["园区项目建设提速"]


def test_work_report_title_over_its_session_and_speaker_lines(nlp):
    text = ("市政府工作报告(摘要)\n——2023年1月9日在某市第十六届人民代表大会第三次会议上\n"
            "某市人民政府市长 林海涛\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作。\n\n"
            "一、2022年工作回顾\n\n过去一年,全市经济持续恢复。\n\n二、2023年主要任务\n\n今年要抓好六项工作。\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert a.headline == "市政府工作报告(摘要)"
    assert a.kicker.lstrip("—") == "2023年1月9日在某市第十六届人民代表大会第三次会议上"
    heads = [doc.clean[s:e] for s, e in a.attributes["subheadings"]]
    assert heads[0] == "一、2022年工作回顾" and "二、2023年主要任务" in heads


def test_publisher_banner_above_the_title_is_no_kicker(nlp):
    text = ("东川市统计局\n\n1-5月全市经济运行情况\n\n2023-06-20  来源：东川市统计局  浏览量：512\n\n"
            "1-5月,全市规模以上工业增加值同比增长6.1%。\n")
    doc = segment(nlp, text)
    [a] = doc.articles
    assert (a.headline, a.kicker, a.source) == ("1-5月全市经济运行情况", None, "东川市统计局")
