"""Page furniture and captions: flagged as regions, never deleted."""

import pytest

from tests.cleaning_support import body_text, clean

ONLY = ("clean-furniture",)


@pytest.mark.parametrize("line, kind", [
    ("分享给更多朋友", "furniture"),
    ("点击上方蓝字关注我们", "furniture"),
    ("长按识别二维码关注", "furniture"),
    ("责任编辑：陈晨", "furniture"),
    ("编辑:周五 校对:吴六", "furniture"),
    ("来源：县融媒体中心", "furniture"),
    ("第3版", "furniture"),
    ("2023年6月8日 星期四", "furniture"),
    ("- 12 -", "furniture"),
    ("【打印本页】【收藏】【关闭】", "furniture"),
    ("【我要纠错】  【打印】  【关闭窗口】", "furniture"),
    ("[加入收藏] [关闭]", "furniture"),
    ("分享到：微博  微信  朋友圈", "furniture"),
    ("网站标识码：3301000002  浙ICP备12345678号", "furniture"),
    ("鲁公网安备 37010202000123号", "furniture"),
    ("通讯员 赵六 摄", "caption"),
    ("李四/摄", "caption"),
    ("图为新建成的物流园区", "caption"),
    ("项目开工仪式现场", "caption"),
    ("【大】【中】【小】  【打印本页】  【关闭】", "furniture"),  # font switch beside the tools
    ("[ 小 ][ 中 ][ 大 ] [打印] [关闭窗口]", "furniture"),
])
def test_lines_are_flagged(line, kind):
    raw = f"园区项目建设进展顺利,各项工作有序推进。\n\n{line}\n\n下一步将继续加大投入。"
    doc = clean(raw, ONLY)
    assert doc.clean == raw  # nothing deleted
    assert [(r.kind, raw[r.raw_start:r.raw_end]) for r in doc.regions] == [(kind, line)]
    assert line not in body_text(doc)


def test_photo_slot_between_headline_and_byline():
    raw = "### 新区引进三个重点项目\n\n\n\n嘉宾参观展区\n\n本报讯(记者 刘一)日前,新区举行推介会。"
    doc = clean(raw, ONLY)
    assert [(r.kind, r.note) for r in doc.regions] == [("caption", "photo slot")]


@pytest.mark.parametrize("line", [
    "园区编辑出版了招商手册,来源广泛的企业纷纷咨询。",  # running text mentioning such words
    "创新机制 健全体系强保障",                          # a subhead
    "本报讯 近日,市里召开会议。",
    "【经济周评】",                                      # a column tag
    "分享经济带动就业三千人",                            # running text starting like a share prompt
    "【大】项目签约【小】",                              # no row of buttons
])
def test_body_lines_are_not_flagged(line):
    doc = clean(f"前文。\n\n{line}\n\n后文。", ONLY)
    assert doc.regions == []


def test_flags_are_those_of_classify_over_iter_lines() -> None:
    from newsmill.plugins.clean_furniture import classify
    from newsmill.zh.layout import iter_lines

    page = ("# 园区新签项目十个\n\n\u3000\u3000开工仪式现场 \n\n本报记者 王五\n\n"
            "  本报讯 近日,园区集中签约十个项目,总投资约五十亿元。\r\n\n"
            "图为工人们在新建的生产线上调试设备,这条生产线投产后年产值可达二十亿元,带动就业三百人。\n"
            "通讯员 赵六 摄\n责任编辑：陈晨\n\n\n- 12 -\n")
    lines = list(iter_lines(page))
    expected = [(lines[i].text_start, lines[i].text_end, *found) for i in range(len(lines))
                if (found := classify(lines, i))]
    doc = clean(page, ONLY)
    got = [(*doc.clean_span(r.raw_start, r.raw_end), r.kind, r.note) for r in doc.regions]
    assert len(expected) >= 4
    assert got == expected


def test_running_head_with_outlet_date_and_lettered_page_is_furniture():
    from newsmill.plugins.clean_furniture import classify_text

    for line in ("滨江晚报 2023年11月2日 星期四 第B5版 城事", "东海商报 2022年6月30日 C3版", "第D12版"):
        assert classify_text([line], 0) == ("furniture", "page header"), line
    # a sentence naming a paper and a page is not a running head
    assert classify_text(["据滨江晚报2023年11月2日第5版报道,园区新签约项目六个"], 0) is None


@pytest.mark.parametrize("meta", [
    "发布时间：2025-03-18 10:42\u3000来源：某县融媒体中心\u3000浏览次数：356",
    "发布日期：2025-03-18\u3000\u3000信息来源：某县发展改革局\u3000点击数：90",
    "发布时间：2025-03-18 10:42  来源：某县融媒体中心  浏览次数：356",
])
def test_a_meta_line_with_fields_apart_by_one_wide_blank_is_furniture(meta: str) -> None:
    page = f"某县重点项目建设提速\n\n{meta}\n\n今年以来，某县新开工重点项目18个，完成投资26.4亿元。\n"
    body = body_text(clean(page))
    assert "浏览次数" not in body and "点击数" not in body
    assert "新开工重点项目18个" in body


def test_a_sentence_after_a_wide_blank_is_no_meta_line() -> None:
    from newsmill.plugins.clean_furniture import site_furniture
    assert site_furniture("发布时间：2025-03-18\u3000某县新开工重点项目18个，完成投资26.4亿元") is None
    assert site_furniture("发布时间：2025-03-18\u3000来源：某县融媒体中心") == "page meta"
