"""The hand-made zone table (``newsmill/zh/data/zones.tsv``): rows, aliases, and zones whose
name does not open with a division's name, found with their city and province."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from newsmill import Pipeline
from newsmill.zh.gazetteer import Gazetteer

ZONE_TYPES = {"econ_dev", "high_tech", "new_area", "national_new_area", "cooperation_zone",
              "pilot_zone", "park", "bonded", "port"}


def _table(name: str) -> list[list[str]]:
    text = resources.files("newsmill.zh").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


ZONES = _table("zones.tsv")
DIVISIONS = _table("divisions.tsv")
CODES = {row[0] for row in DIVISIONS if row[0]}


def _aliases(row: list[str]) -> list[str]:
    return [a for a in (row[3] if len(row) > 3 else "").split("|") if a]


def test_every_zone_row_has_a_known_type_and_a_parent_code_of_the_division_table() -> None:
    assert len(ZONES) >= 60
    for row in ZONES:
        assert len(row) >= 3, row
        name, ztype, parent = row[:3]
        assert ztype in ZONE_TYPES, (name, ztype)
        assert parent in CODES, (name, parent)


def test_no_zone_name_or_alias_is_listed_twice_or_is_a_division_name() -> None:
    # a zone row may take over a statistical zone of the division table (same full name)
    division_names = {row[2] for row in DIVISIONS if row[1] != "zone"}
    division_aliases = {a for row in DIVISIONS if row[1] != "zone"
                        for a in (row[4] if len(row) > 4 else "").split("|") if a}
    seen: dict[str, str] = {}
    for row in ZONES:
        for form in (row[0], *_aliases(row)):
            assert form not in seen, (form, row[0], seen.get(form))
            seen[form] = row[0]
            assert form not in division_names and form not in division_aliases, form


def test_short_aliases_that_are_common_words_or_places_elsewhere_are_not_listed() -> None:
    forms = {f for row in ZONES for f in (row[0], *_aliases(row))}
    for word in ("新站", "东湖", "金桥", "临港", "长兴岛", "大亚湾", "中关村", "张江", "宁东", "虹桥",
                 "东疆", "梅山", "河套", "陆家嘴", "江东", "东海"):
        assert word not in forms, word


def _places(text: str) -> list[tuple[str, dict[str, object]]]:
    gaz = Gazetteer.default()
    return [(text[m.start:m.end], gaz.value(m)) for m in gaz.find(text)]


@pytest.mark.parametrize(("text", "surface", "name", "province", "city", "ztype"), [
    # economic and technological development zones
    ("洋浦新落地一个船舶燃料加注项目。", "洋浦", "洋浦经济开发区", "海南省", "儋州市", "econ_dev"),
    ("大亚湾开发区今年引进一家电池材料企业。", "大亚湾开发区", "惠州大亚湾经济技术开发区",
     "广东省", "惠州市", "econ_dev"),
    ("一座码头在长兴岛经济区动工。", "长兴岛经济区", "大连长兴岛经济技术开发区", "辽宁省", "大连市",
     "econ_dev"),
    ("准东开发区一家硅材料厂点火。", "准东开发区", "准东经济技术开发区", "新疆维吾尔自治区",
     "昌吉回族自治州", "econ_dev"),
    # high-tech zones and science parks
    ("东湖高新区一家激光企业扩产。", "东湖高新区", "武汉东湖新技术开发区", "湖北省", "武汉市",
     "high_tech"),
    ("新站高新区新添一条玻璃基板产线。", "新站高新区", "合肥新站高新技术产业开发区", "安徽省",
     "合肥市", "high_tech"),
    ("漕河泾开发区有一栋研发楼封顶。", "漕河泾开发区", "上海漕河泾新兴技术开发区", "上海市",
     "上海市", "econ_dev"),
    ("中关村科技园区的一家软件公司上市。", "中关村科技园区", "中关村科技园区", "北京市", "北京市",
     "high_tech"),
    ("松山湖一家无人机公司搬进新厂房。", "松山湖", "东莞松山湖高新技术产业开发区", "广东省",
     "东莞市", "high_tech"),
    # new areas and pilot zones
    ("瓯江口新区引进一家医疗器械厂。", "瓯江口新区", "温州瓯江口新区", "浙江省", "温州市", "new_area"),
    ("江东新区一座总部大楼开工。", "江东新区", "海口江东新区", "海南省", "海口市", "new_area"),
    ("辽东湾新区一个化工新材料项目投产。", "辽东湾新区", "盘锦辽东湾新区", "辽宁省", "盘锦市",
     "new_area"),
    ("临港新片区一座晶圆厂完成主体结构。", "临港新片区", "临港新片区", "上海市", "上海市", "new_area"),
    # parks, bases and ports
    ("宁东能源化工基地一套烯烃装置中交。", "宁东能源化工基地", "宁夏宁东能源化工基地",
     "宁夏回族自治区", "银川市", "park"),
    ("东海岛上一座炼化装置进入试运行。", "东海岛", "湛江东海岛", "广东省", "湛江市", "port"),
])
def test_a_zone_without_a_division_head_is_found_with_its_city(
        text: str, surface: str, name: str, province: str, city: str, ztype: str) -> None:
    found = [(s, v) for s, v in _places(text) if v["level"] == "zone"]
    assert len(found) == 1, found
    got, value = found[0]
    assert got == surface
    assert (value["name"], value["province"], value["city"], value["zone_type"]) == (
        name, province, city, ztype)


def test_the_full_forms_win_over_a_division_short_form_at_their_start() -> None:
    # 东湖 is also a district of 南昌; 杭州湾 opens with 杭州
    (hit,) = _places("东湖新技术开发区一座产业园竣工。")
    assert hit[1]["city"] == "武汉市"
    (hit,) = _places("杭州湾新区一家汽车零部件厂投产。")
    assert hit[1]["city"] == "宁波市"
    (hit,) = [p for p in _places("南昌市东湖区一条老街改造完工。") if p[0] == "东湖区"]
    assert hit[1]["city"] == "南昌市" and hit[1]["level"] == "county"


def test_ambiguous_short_names_alone_stay_no_zone() -> None:
    for text in ("东湖公园的荷花开了。", "金桥村修了一座桥。", "临港的渔船陆续返航。",
                 "东海岛礁的巡航任务。", "张江先生出席了会议。"):
        assert not [v for _s, v in _places(text) if v["level"] == "zone"], text


#: Invented pages from zones: named once, the project sentence has no other place.
ZONE_PAGES = {
    ("洋浦经济开发区", "儋州市", "海南省"): (
        "答：上半年，洋浦新开工项目12个。一家新加坡企业投资5亿元建设的年产20万吨特种油品项目"
        "今年4月已经开工，预计明年投产。\n"),
    ("东莞松山湖高新技术产业开发区", "东莞市", "广东省"): (
        "5月20日，一家机器人企业总投资8亿元的智能装备项目在松山湖正式投产。\n"),
    ("宁夏宁东能源化工基地", "银川市", "宁夏回族自治区"): (
        "宁东能源化工基地一个总投资60亿元的煤制烯烃项目近日开工建设，建成后年产烯烃50万吨。\n"),
}


@pytest.mark.parametrize(("where", "page"), list(ZONE_PAGES.items()))
def test_a_project_in_such_a_zone_takes_the_zone_as_detail_and_its_city(
        where: tuple[str, str, str], page: str) -> None:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 7, 1))
    locations = [r.get("location") for r in doc.records if r.kind == "project"]
    assert locations, page
    for loc in locations:
        assert (loc["detail"], loc["city"], loc["province"]) == where
