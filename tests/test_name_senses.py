"""Works words in another sense end no project name (newsmill.zh.name_senses), on phrasings of
economic and financial news: firms and offices named after their works, figures of speech,
procedures' channels, linking in general, classes of transactions, classes and events listed."""

from __future__ import annotations

import pytest

from newsmill.zh.name_senses import figurative
from newsmill.zh.projects import find_names


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    # a firm, an office or a school named after its works
    "据悉，安澜水务工程建设有限公司已完成招标文件编制",
    "青岚路桥工程有限公司负责施工",
    "中国铁路兰州局集团有限公司透露，春运客流将明显回升",
    "由水利水电第九工程局承建",
    "两家企业共同出资设立项目公司，负责运营",
    "澄江化工有限公司作为项目实施主体",
    "会上，中国工程院一位院士作了报告",
    "北方某省召开2025年铁路建设工作会议",
    # linking in general, a procedure's channel
    "推动两地电网互联互通",
    "实现政务数据与企业数据互联互通",
    "各地要畅通企业融资通道",
    "企业可通过统一通道在线申报",
    # figures of speech
    "把招商引资作为全县的“一号工程”来抓",
    "优化营商环境是一项系统工程",
    "要把有限的资金投入到最需要的工程上",
    # classes of transactions or of funding
    "进一步便利个人经常项目下的结售汇",
    "证监会表示，部分IPO项目中止审核",
    "用好专项债项目储备库",
])
def test_no_project_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the works themselves stay names, before and after such words
    ("渭河特大桥工程建设进展顺利", "渭河特大桥工程"),
    ("雁栖至沙岭快速通道建成通车", "雁栖至沙岭快速通道"),
    ("黎川互通立交工程正式开工", "黎川互通立交工程"),
    ("青岚路桥工程有限公司承建的赤水河大桥工程完工", "赤水河大桥工程"),
])
def test_works_stay(text: str, expected: str) -> None:
    assert expected in names(text)


def test_classes_counted_and_sports_events_listed_are_no_projects() -> None:
    assert names("规划涵盖防洪排涝、灌区改造、城乡供水、河湖治理等4类工程") == []
    assert names("大会设有花样滑冰、短道速滑、冰球等体育项目") == []
    # works listed before a sport's word stay works
    found = names("晋阳体育公园、汾河全民健身中心等体育项目建成投用")
    assert "晋阳体育公园" in found


@pytest.mark.parametrize(("name", "expected"), [
    ("头号工程", True), ("是一项系统工程", True), ("统一通道", True), ("IPO项目", True),
    ("个人经常项目", True), ("新基建项目", True), ("最急需的工程", True),
    ("智能交通系统工程", False), ("沙岭快速通道", False), ("渭南资本项目", False),
    ("金沙江供水工程", False),
])
def test_figurative(name: str, expected: bool) -> None:
    assert figurative(name) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of firm and policy news bound the name on its left
    ("新研制的架桥机已投入柳江至融安高速改扩建项目施工", "柳江至融安高速改扩建项目"),
    ("要坚决遏制高耗能低水平项目盲目上马，同时", None),
    ("公司拟对外投资乌兰察布三期5GW光伏组件项目", "乌兰察布三期5GW光伏组件项目"),
    ("联营体将负责赣深客专联络线工程的设计和施工", "赣深客专联络线工程"),
    # a contract won: the works follow the winner
    ("近日，公司中标柏林县第二人民医院门诊综合楼项目", "柏林县第二人民医院门诊综合楼项目"),
    # a plant named by its yearly capacity written as a rate
    ("子公司投资建设的5万吨/年电池级碳酸锂项目已投料试车", "5万吨/年电池级碳酸锂项目"),
])
def test_left_bounds(text: str, expected: str | None) -> None:
    found = names(text)
    if expected is None:
        assert not any(n.startswith(("坚决", "遏制")) for n in found)
    else:
        assert expected in found


@pytest.mark.parametrize("text", [
    "加快推进重点项目库建设，做好项目储备",
    "积极推动大宗货物运输由公路向铁路转移",
    "预计铁路春运发送旅客同比增长",
    "完善中长期铁路网规划",
    "上述全部生产线年内完成技术改造",
])
def test_no_project_in_sector_or_store(text: str) -> None:
    assert names(text) == []


def test_put_into_use_after_a_name_is_no_boundary() -> None:
    assert "闽江口冷链物流中心" in names("闽江口冷链物流中心投入使用")
