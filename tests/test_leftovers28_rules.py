"""Rules for misses the ninetieth held-out set listed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.notices import advert_lines


def _doc(page: str, day: dt.date = dt.date(2025, 10, 20)):
    return Pipeline().process(page, pub_date=day)


def test_a_product_over_a_masked_order_line_is_an_advert() -> None:
    texts = ["本报地址：某市某区  邮政编码：000000", "", "洪渡腊肉  山里滋味", "订购电话：0851-×××××××", "",
             "某报社印刷厂印刷"]
    assert advert_lines(texts) == [2, 3]
    # digits masked with X, a line to book by
    assert advert_lines(["", "花溪民宿  静享山居", "预订热线：0851-8866XXX"]) == [1, 2]


def test_two_lines_with_a_newsroom_hotline_are_no_product_advert() -> None:
    # a telephone one calls to give news is no order line: two lines need a sales telephone
    assert advert_lines(["", "欢迎提供新闻线索", "新闻热线：0851-×××××××"]) == []
    # a line of a story keeps its clause marks
    assert advert_lines(["", "该店推出新品，订购热线：0851-×××××××，欢迎选购。", "详见官网"]) == []


def _batches(page: str) -> list[tuple[object, object]]:
    return [(r.get("event"), r.get("count")) for r in _doc(page).records if r.kind == "batch"]


def test_the_part_of_a_counted_set_that_started_is_a_batch() -> None:
    page = ("德江招商成果加快转化\n\n"
            "本报讯 今年6月的招商推介会上，松桃县签约项目26个，签约金额88.4亿元。"
            "截至9月底，26个签约项目中已有9个开工建设，另有4个项目正在办理用地手续。\n")
    found = _batches(page)
    assert ("started", 9) in found, found
    # the set with no word of an event after its part: nothing of its own
    page2 = page.replace("已有9个开工建设", "已有9个完成项目备案")
    assert all(c != 9 for _e, c in _batches(page2)), _batches(page2)


def test_the_part_of_a_set_that_is_in_production_is_a_batch() -> None:
    page = ("绥阳县项目建设提速\n\n"
            "本报讯 去年绥阳县共引进项目40个。目前，40个引进项目中有12个竣工投产，其余正加快建设。\n")
    found = _batches(page)
    assert any(c == 12 for _e, c in found), found


def _indicators(page: str) -> list[tuple[object, object]]:
    return [(r.get("metric"), r.get("value")) for r in _doc(page).records if r.kind == "indicator"]


def test_firms_told_by_the_projects_they_bring_are_no_statistic() -> None:
    page = ("印江县招商引资签约项目18个\n\n"
            "本报讯 10月15日，印江县举行招商引资推介会，签约项目18个，签约金额61.2亿元。"
            "来自卢森堡、智利的3家企业带来的项目均签订了正式合同。\n")
    assert all(v != 3 for _m, v in _indicators(page)), _indicators(page)


def test_firms_counted_as_a_place_s_stock_stay_a_statistic() -> None:
    page = ("印江县外资企业持续增加\n\n"
            "本报讯 截至9月底，印江县共有外资企业37家，同比增长8.8%。\n")
    assert any(v == 37 for _m, v in _indicators(page)), _indicators(page)


_FUNDS = ("岑巩县招商引资到位资金稳步增长\n\n"
          "本报讯 1—9月，岑巩县招商引资到位资金64.7亿元，同比增长9.6%。{line}\n")


def test_the_funds_of_a_sector_s_projects_are_a_statistic() -> None:
    for line, value in (("按行业分，农业项目到位资金18.3亿元，占比近三成。", 1830000000),
                        ("其中，物流类项目实际到位资金7.5亿元。", 750000000)):
        found = _indicators(_FUNDS.format(line=line))
        assert any(v == value for _m, v in found), (line, found)


def test_the_funds_of_one_sector_project_are_no_statistic() -> None:
    found = _indicators(_FUNDS.format(line="该工业项目到位资金2.6亿元，设备已进场。"))
    assert all(v != 260000000 for _m, v in found), found
