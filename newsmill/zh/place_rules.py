"""Hand-made rules for place names that collide with ordinary words, and zone suffixes.

Three tools, from the bluntest to the finest:

- ``BLOCKERS``: ordinary words that *contain* a place name (示范县 hides 范县,
  投资兴业 hides 资兴).  They are patterns of the same leftmost-longest
  automaton and produce no place, so the name inside them is never reported.
- ``STOP_ALIASES``: short forms (a name without 省/市/县/区) that are mostly
  ordinary words (合作, 振兴, 双城, 朝阳…).  They count as places only when a
  zone suffix follows (``三江新区``) or their full name is used.
- ``UNMATCHED_ALIASES``: short forms never looked for, as they would hide the
  name after them (``位于洪雅县`` reads 于洪).
- ``GENERIC_SHORT_NAMES``: full names so generic (东区, 城区, 市中区) that
  they count only right after the name of their parent.
"""

from __future__ import annotations

import re

BLOCKERS: tuple[str, ...] = (
    # county names inside ordinary words
    "示范县", "示范区县", "投资兴业", "投资兴办", "投资兴建", "投资兴企", "提高县", "贡献县", "振兴县",
    "区和县", "市和县", "镇和县", "州和县", "省和县", "区县", "市县", "省市县",
    # short forms inside ordinary words and proper names
    "玄武岩", "大理石", "哈密瓜", "三明治", "长治久安", "孙中山", "中山装", "嘉陵江", "锦江饭店",
    "长江经济带", "白银价格", "金华火腿", "东方红", "大庆油田", "黄山松", "太原因", "来宾们",
    "各位来宾", "中外来宾", "海南航空", "吉利汽车", "东风汽车", "红旗渠", "通道内",
    "安居乐业", "安居工程", "长寿命", "朝阳产业", "中原地区", "南部地区", "东部地区", "西部地区",
    "平安银行", "光明日报", "光明乳业", "兴业银行", "兴业证券", "华夏银行", "长安汽车", "长安街",
    "东海岸", "南海岸", "普陀山", "黄山市场", "江南大学", "南开大学", "河海大学", "三峡大学",
    "金山软件", "宁夏回族", "新疆维吾尔",
    # measured on economic news briefs: names glued to the word before or after them
    "均衡水", "亚运城", "钱塘江", "出台中", "大同比", "长江干", "成渝中", "浦阳江", "长白山", "佛罗里达",
    "三山岛", "平台中", "松原始", "出台北", "淮南子", "中区域",
    # mountains whose names hold a city's short form (歌乐山 is in Chongqing, not 乐山市)
    "金佛山", "歌乐山", "米仓山", "缙云山",
    # zone names inside ordinary words
    "东海岛礁", "东海岛屿",
)

STOP_ALIASES: frozenset[str] = frozenset({
    "合作", "振兴", "双城", "三江", "玄武", "通道", "红旗", "前进", "友好", "新建", "城关", "和平",
    "新华", "长安", "永安", "安宁", "平安", "太平", "永和", "开发", "城中", "东方", "白云", "朝阳",
    "青山", "江北", "江南", "河东", "河西", "城东", "城西", "城南", "城北", "市中", "新城", "南山",
    "北山", "东山", "西山", "宝山", "金山", "高新", "江东", "新市", "团结", "胜利", "光明", "民主",
    "大通", "安定", "新兴", "兴业", "大方", "大安", "仁和", "朝天", "安居", "南部", "东坡", "前锋",
    "石棉", "长寿", "大兴", "东风", "高明", "武功", "吉利", "天河", "芙蓉", "东海", "中原", "鼓楼",
    "向阳", "建华", "铁西", "铁东", "江城", "龙华", "南海", "文化", "普陀", "黄埔", "上城", "下城",
    "开福", "天心", "雨花", "岳麓", "华容", "城厢", "市北", "市南", "新民", "永定", "清河", "龙泉",
    "金川", "宁海", "和县", "长宁", "海港", "港口", "港南", "港北", "新荣", "平山", "沙河", "白河",
    "城固", "富平", "白水", "和政", "合水", "正宁", "民勤", "红古", "来宾", "白银", "中山", "安康",
    "东区", "南岸",
    # epithets and ordinary words measured on news text
    "盐都", "富民", "大关", "红星", "三山",
    # county names that are everyday words (比如 "for example": 比如县 is written in full)
    "比如",
    # a district's short form that is the trade's word for a salt lake (``察尔汗盐湖``, ``盐湖提锂``,
    # ``盐湖化工``): 盐湖区 of 运城 is written in full
    "盐湖",
})

#: Short forms never looked for: a preposition glued to the name after it would hide that name
#: (``位于洪雅县`` reads 于洪 first); the full name (``于洪区``) is still found.
UNMATCHED_ALIASES: frozenset[str] = frozenset({"于洪"})

GENERIC_SHORT_NAMES: frozenset[str] = frozenset({
    "东区", "西区", "南区", "北区", "城区", "矿区", "郊区", "市中区", "新城区", "城关区", "城中区", "城东区",
    "城西区", "城南区", "城北区", "市辖区", "新区", "高新区", "开发区", "园区", "老城区", "中区",
})

#: zone suffixes, longest first (matched right after a place name)
ZONE_SUFFIXES: tuple[str, ...] = (
    "产业转移工业园区", "产业转移工业园", "产业转移园",  # 某市产业转移工业园: a province's transfer park
    "高新技术产业开发区", "经济技术开发区", "高新技术产业园区", "高新技术开发区", "综合保税区",
    "经济开发区", "工业开发区", "现代产业园区", "临港经济区", "产业集聚区", "工业集中区",
    "工业园区", "产业园区", "农业园区", "物流园区", "经济园区", "高新园区", "经开区", "高新区", "开发区",
    "工业园", "产业园", "保税区", "新区", "园区",
)

#: suffixes that may follow a short proper name after the place (宜宾临港经开区, 成都天府高新区,
#: 集宁现代物流园区: a zone the tables do not know, under the division its name opens with)
STRONG_ZONE_SUFFIXES: tuple[str, ...] = (
    "高新技术产业开发区", "经济技术开发区", "综合保税区", "经济开发区", "经开区", "高新区",
    "物流园区", "产业园区", "工业园区", "经济园区",
)

_ZONE_TYPES = (
    ("保税", "bonded"), ("高新", "high_tech"), ("经济技术", "econ_dev"), ("经开", "econ_dev"),
    ("经济开发", "econ_dev"), ("开发区", "econ_dev"), ("新区", "new_area"), ("新城", "new_area"),
    ("园", "park"), ("集聚区", "park"), ("集中区", "park"),
)


def zone_type_of(name: str) -> str:
    """The type of a zone from its name or suffix: high_tech, econ_dev, new_area, park, bonded…"""
    for key, kind in _ZONE_TYPES:
        if key in name:
            return kind
    return "zone"


#: after a short form, these show a street, a company or a product rather than a place, or a
#: land named after it (``雷州半岛`` reaches beyond 雷州市); nor a short form ending in 田 whose 田 opens
#: the word 田园 (``温泉中心和田园休闲区``: 和 joins two parts, no 和田); nor a bay named after it, as a
#: coast names its bays and their deep-water ports (``三沙湾`` in Fujian is no part of 三沙市, ``胶州湾``
#: reaches beyond 胶州市; a district or a new area named so, ``某某湾区``, ``某某湾新区``, stays)
_NOT_PLACE_AFTER = re.compile(
    r"(?:[东南西北中]?(?:路|街|大街|大道)|巷|号|牌|式|镇(?!村)|乡(?!村|镇)|村(?!镇)|半岛|(?<=田)园(?!区)"
    r"|湾(?!区|新区))")
#: the characters a match of ``_NOT_PLACE_AFTER`` can start with: elsewhere it is not tried
NOT_PLACE_AFTER_FIRST = frozenset("东南西北中路街大巷号牌式镇乡村半园湾")


def alias_context_ok(level: str, alias: str, text: str, start: int, end: int) -> bool:
    """Context rules for a short form (a name without its 省/市/县/区).

    Refuses short forms used as street names (``重庆路``, ``香港中路``) or as
    brands/styles (``…牌``, ``…式``) or as the name of a town or village
    (``南阳镇`` is a town in a county, not 南阳市).  Province and prefecture short forms are
    otherwise accepted; county short forms must be at least two characters.
    """
    return alias_after_ok(text, end) and alias_shape_ok(level, alias)


def alias_shape_ok(level: str, alias: str) -> bool:
    """The part of :func:`alias_context_ok` that does not look at the text: county and
    zone short forms must be at least two characters."""
    return not (level in ("county", "zone") and len(alias) < 2)


def alias_after_ok(text: str, end: int) -> bool:
    """The part of :func:`alias_context_ok` that looks at the text: no street, brand, style,
    town or village word right after the short form ending at ``end``."""
    return text[end:end + 1] not in NOT_PLACE_AFTER_FIRST or not _NOT_PLACE_AFTER.match(text, end)


__all__ = ["BLOCKERS", "GENERIC_SHORT_NAMES", "NOT_PLACE_AFTER_FIRST", "STOP_ALIASES", "STRONG_ZONE_SUFFIXES",
           "ZONE_SUFFIXES", "alias_after_ok", "alias_context_ok", "alias_shape_ok", "zone_type_of"]
