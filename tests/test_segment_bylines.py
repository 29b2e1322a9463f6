"""Bylines, datelines, credits and date lines (newsmill.zh helpers used by the segmenter)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill.zh.article_layout import (
    is_caption_start,
    is_heading_like,
    is_label,
    is_print_furniture,
    is_web_furniture,
    kicker_score,
    markdown_heading,
)
from newsmill.zh.bylines import parse_credit_line, parse_dateline, parse_trailing_credit
from newsmill.zh.pagedate import date_on_line, find_page_date


def names(credit) -> list[str]:
    return [n.text for n in credit.reporters]


@pytest.mark.parametrize("text, source, place, reporters", [
    ("青山晚报东坪讯(记者 马立群)3月2日,东坪县", "青山晚报", "东坪", ["马立群"]),
    ("青山晚报讯 日前,记者从市商务局获悉", "青山晚报", None, []),
    ("本报讯(记者 苏小禾 文/图)近日", "本报", None, ["苏小禾"]),
    ("本报讯(记者 苏小禾文/图)近日", "本报", None, ["苏小禾"]),
    ("本报河口讯(通讯员 韩素 吕晴 记者 白杨)昨日", "本报", "河口", ["韩素", "吕晴", "白杨"]),
    ("本报讯(通讯员 叶青)5月", "本报", None, ["叶青"]),
    ("新华社昆明6月3日电(记者 洪涛、蔡宁)", "新华社", "昆明", ["洪涛", "蔡宁"]),
    ("中国经济网北京讯 记者从有关方面获悉", "中国经济网", "北京", []),
    ("本報訊(記者 陳小明)上週", "本報", None, ["陳小明"]),
    ("本报讯 记者庞越报道:日前", "本报", None, ["庞越"]),
    ("本报讯 记者 施雨 柯南:日前", "本报", None, ["施雨", "柯南"]),
    ("本报讯 近日,记者从市里获悉:", "本报", None, []),
    ("东川网消息(记者 卓然):近日", "东川网", None, ["卓然"]),
    ("东川网-东川客户端4月1日17时讯(记者 卓然)", "东川网-东川客户端", None, ["卓然"]),
    ("本报4月1日讯 近日", "本报", None, []),
    ("本报讯(记者 向东/文 白露/图)昨日", "本报", None, ["向东", "白露"]),
    ("本报讯(记者 孟春燕魏岚)昨日", "本报", None, ["孟春燕", "魏岚"]),
    ("本报讯(记者 孟春燕魏晓岚)昨日", "本报", None, ["孟春燕", "魏晓岚"]),
    ("青山晚報東坪訊(記者 馬立群)", "青山晚報", "東坪", ["馬立群"]),
])
def test_opening_dateline(text, source, place, reporters):
    c = parse_dateline(text, offset=100)
    assert c is not None
    assert c.source.text == source
    assert (c.place.text if c.place else None) == place
    assert names(c) == reporters
    assert text[c.source.start - 100:c.source.end - 100] == source


@pytest.mark.parametrize("text", [
    "移动通讯行业发展迅速。",   # 讯 inside a word
    "资讯服务平台上线",
    "发电量同比增长5%",         # 电 without a date
    "今年以来,全区新签约项目12个。",
    "手机消息推送功能上线",     # 消息 without an outlet
])
def test_not_a_dateline(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize("line, source, reporters", [
    ("□ 龚平", None, ["龚平"]),
    ("■本报记者 邵丽 柯翔", "本报", ["邵丽", "柯翔"]),
    ("本报记者 张三 文/图", "本报", ["张三"]),
    ("记者 邓一鸣 彭雪", None, ["邓一鸣", "彭雪"]),
    ("记者 邓一鸣、彭雪", None, ["邓一鸣", "彭雪"]),
    ("通讯员 王五", None, ["王五"]),
    ("记者 赵强 通讯员 钱多多", None, ["赵强", "钱多多"]),
    ("新华社记者 汤明 摄", "新华社", ["汤明"]),
    ("吴雨 摄", None, ["吴雨"]),
    ("文/图 蓝天", None, ["蓝天"]),
    ("(青山晚报全媒体记者 尹冬 整理)", "青山晚报", ["尹冬"]),
    ("(青山晚報全媒體記者 尹冬 整理)", "青山晚報", ["尹冬"]),
    ("来源:东川日报", "东川日报", []),
    ("来源：东川日报  作者：秦岭", "东川日报", ["秦岭"]),
    ("2023-05-06 08:15 来源:东川日报", "东川日报", []),
    ("(据新华社)", "新华社", []),
    ("东川在线记者 蒙恬", "东川在线", ["蒙恬"]),
    ("本报记者 向东/文 白露/图", "本报", ["向东", "白露"]),
    ("文丨本报记者 程远", "本报", ["程远"]),
    ("图丨东川日报记者 柳青", "东川日报", ["柳青"]),
    ("信息来源：东川日报    发布时间：2023年05月06日 08:15    【字号 大 中 小】", "东川日报", []),
    ("2023-05-06  来源：东川市统计局  浏览量：1024", "东川市统计局", []),
])
def test_credit_lines(line, source, reporters):
    c = parse_credit_line(line, offset=7)
    assert c is not None
    assert (c.source.text if c.source else None) == source
    assert names(c) == reporters
    for n in c.reporters:
        assert line[n.start - 7:n.end - 7] == n.text


@pytest.mark.parametrize("line", [
    "创新机制 增强活力",            # a subheading: two short phrases, no role
    "张三 李四",                     # names alone, no mark or role
    "东坪县新签约项目12个",
    "记者从市发改委获悉,全市新开工项目30个。",
    "分享到朋友圈",
])
def test_not_a_credit_line(line):
    assert parse_credit_line(line) is None


def test_editor_line_is_recognised_as_editors_only():
    c = parse_credit_line("责任编辑:孔亮")
    assert c is not None and c.editors_only and names(c) == []


@pytest.mark.parametrize("para, reporters", [
    ("……力争年内建成投产。(马骏)", ["马骏"]),
    ("……带动就业1200人。(刘洋 陈晨)", ["刘洋", "陈晨"]),
    ("……将于年底竣工。(记者 宋词)", ["宋词"]),
    ("……已全面复工。（东川发布）", []),
    ("……得到有效保障。”(通讯员 汪淼)", ["汪淼"]),
])
def test_trailing_credit(para, reporters):
    c = parse_trailing_credit(para)
    assert c is not None and names(c) == reporters


@pytest.mark.parametrize("para", [
    "新建标准厂房3万平方米(一期)",
    "项目总投资5亿元。(二期)",
    "已完成主体施工。(试行)",
    "详见附件(表1)",
])
def test_not_a_trailing_credit(para):
    assert parse_trailing_credit(para) is None


@pytest.mark.parametrize("line, date", [
    ("2021年1月21日 星期四", dt.date(2021, 1, 21)),
    ("东川日报 2022年6月8日 星期三 第5版", dt.date(2022, 6, 8)),
    ("2023-09-10 09:30 来源:东川日报", dt.date(2023, 9, 10)),
    ("发布时间：2019/12/03", dt.date(2019, 12, 3)),
    ("2020年11月20日 星期五 责编:房玲 美编:夏雨", dt.date(2020, 11, 20)),
    ("2021年2月3日 星期三 农历庚子年腊月廿二 今日8版", dt.date(2021, 2, 3)),
    ("2021年2月3日 星期三 庚子年腊月廿二 总第9876期", dt.date(2021, 2, 3)),
])
def test_date_lines(line, date):
    found = date_on_line(line, 5)
    assert found is not None and found.date == date
    assert line[found.start - 5:found.end - 5].startswith(str(date.year))


@pytest.mark.parametrize("line", [
    "2021年1月20日,全市重大项目集中开工。",
    "2021年1月20日召开全市工业经济大会",
    "2021年2月30日 星期二",          # not a real day
    "1月20日 星期三",                 # no year
])
def test_not_date_lines(line):
    assert date_on_line(line) is None


def test_find_page_date_ignores_dates_in_sentences():
    text = "标题\n\n2020年5月3日,某县新开工项目8个。\n\n第二段。"
    assert find_page_date(text) is None
    text = "某某日报 2020年5月4日 星期一\n\n标题\n\n2020年5月3日,某县新开工项目8个。"
    found = find_page_date(text)
    assert found is not None and found.date == dt.date(2020, 5, 4)


def test_line_shapes():
    assert markdown_heading("## 某县签约 3 个项目") == (2, 3)
    assert markdown_heading("#某县") is None
    assert is_heading_like("某县签约3个项目 总投资12亿元")
    assert not is_heading_like("某县签约3个项目,总投资12亿元。")
    assert not is_heading_like("项目建成后,预计实现年产值超过,")     # cut after a comma
    assert not is_heading_like("全区新签约项目12个……")
    assert is_heading_like("收官之年怎么干？某县三大攻坚战全面打响")
    assert not is_heading_like("这是一个很长的问句吗？它还在继续说明项目的情况和进展以及下一步安排" * 2)
    assert is_label("东坪县:") and is_label("东坪县：")
    assert kicker_score("东坪县:") > kicker_score("东坪县签约3个项目")
    assert kicker_score("为乡村振兴打下基础,某县探索新路——") > kicker_score("某县探索新路")
    assert is_web_furniture("首页 > 新闻中心 > 经济") and is_web_furniture("分享到:")
    assert not is_web_furniture("某县签约3个项目")
    assert is_web_furniture("首页 › 政务公开 › 部门动态") and is_web_furniture("东坪市人民政府门户网站")
    assert not is_web_furniture("东坪市上线政务服务网 群众办事一网通办")
    assert is_print_furniture("2023年第12期（总第518期）  市发展改革委编")
    assert kicker_score("东坪县人民政府县长 王小川") > kicker_score("政府工作报告")
    assert kicker_score("一、2022年工作回顾") > kicker_score("政府工作报告")


def test_end_marks_and_photo_notes():
    assert is_print_furniture("（完）") and is_print_furniture("(待续)")
    assert not is_print_furniture("完成项目投资")
    assert is_caption_start("（本版图片由东川县委宣传部提供）") and is_caption_start("(资料图片)")
    assert is_caption_start("图为签约现场。") and not is_caption_start("图书馆新馆开馆")
