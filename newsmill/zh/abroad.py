"""Sites abroad: a project a Chinese firm builds in another country has no Chinese division.

News of firms "going out" (``走出去``, ``一带一路``) place their works in a foreign country in a few
set ways: ``在泰国某府投资建设的甲基地``, a scene opening the sentence (``在印度尼西亚，某公司…``),
or a cooperation park named after the country it stands in (``越南某省中越产业合作园``).
"""

from __future__ import annotations

import re

#: Foreign countries as news name them (the longer name first where one holds another).
COUNTRIES = (
    "印度尼西亚", "马来西亚", "新加坡", "泰国", "越南", "老挝", "柬埔寨", "缅甸", "菲律宾", "文莱",
    "孟加拉国", "巴基斯坦", "斯里兰卡", "尼泊尔", "印度", "蒙古国", "蒙古",
    "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦",
    "阿联酋", "沙特阿拉伯", "沙特", "卡塔尔", "阿曼", "科威特", "伊朗", "伊拉克", "土耳其", "以色列",
    "埃及", "埃塞俄比亚", "肯尼亚", "坦桑尼亚", "尼日利亚", "南非", "赞比亚", "乌干达", "安哥拉",
    "阿尔及利亚", "摩洛哥", "加纳", "刚果(金)", "刚果（金）", "津巴布韦", "莫桑比克",
    "俄罗斯", "白俄罗斯", "乌克兰", "塞尔维亚", "匈牙利", "波兰", "捷克", "罗马尼亚", "希腊",
    "德国", "法国", "英国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "瑞典",
    "芬兰", "丹麦", "挪威", "奥地利", "爱尔兰",
    "美国", "加拿大", "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚",
    "澳大利亚", "新西兰", "日本", "韩国",
)
_COUNTRY = "|".join(re.escape(c) for c in COUNTRIES)

#: ``在`` + a country and its place, up to the verb of building or the ``的`` of the works:
#: ``在泰国罗勇府投资建设的``, ``在老挝某某综合开发区投资建设``, ``在越南建设``.
_BUILT_IN = re.compile(
    rf"在((?:{_COUNTRY})[^，,。；;：:、“”在的]{{0,20}}?)(?:投资|建设|新建|兴建|建成|设立|打造|的)")
#: A scene opening the sentence: ``在印度尼西亚，``.
_SCENE = re.compile(rf"在((?:{_COUNTRY})[^，,。；;：:、“”在的]{{0,12}}?)[，,]")
#: A cooperation park named after its country (``越南某省中越产业合作园``, ``某国中某经贸合作区``).
_COOPERATION_PARK = re.compile(
    rf"^((?:{_COUNTRY}))[^，,。；;]{{0,10}}?中[^，,。；;]{{0,3}}?(?:合作园|合作区|产业园|工业园)")


#: The same park anywhere in a text (``…建设的越南某省中越产业合作园二期开工``).
_PARK_ABROAD = re.compile(
    rf"(?:{_COUNTRY})[^，,。；;]{{0,10}}?中[^，,。；;]{{0,3}}?(?:合作园|合作区|产业园|工业园)")
#: A sentence opening on the park just named (``园区一期…``, ``该园区…``, ``园区内…``).
_PARK_OPENS = re.compile(r"(?:该|这个)?园区")


def park_abroad_subject(text: str, para: int, s0: int) -> bool:
    """True when the sentence at ``s0`` opens on ``园区`` and its paragraph (from ``para``) named a
    cooperation park abroad before it (``…越南某省中越产业合作园二期开工…。园区一期累计实现产值…``):
    the foreign park's own figures, no statistic of the Chinese place that builds it."""
    return _PARK_OPENS.match(text, s0) is not None and para < s0 \
        and _MAY_BE_ABROAD.search(text, para, s0) is not None \
        and _PARK_ABROAD.search(text, para, s0) is not None


#: Cheap test of a story: a foreign country after ``在``, or a cooperation park named after two countries.
_MAY_BE_ABROAD = re.compile(rf"在(?:{_COUNTRY})"
                            r"|中[越泰老柬缅马印白哈乌埃塞巴][^，,。；;]{0,6}?(?:合作园|合作区)")


def may_be_abroad(text: str) -> bool:
    """True when ``text`` may place works abroad (worth asking :func:`site_abroad`)."""
    return _MAY_BE_ABROAD.search(text) is not None


def site_abroad(text: str, lo: int, name_start: int, name: str) -> str | None:
    """The foreign site of the works named at ``name_start`` (its sentence opening at ``lo``), or None.

    A ``在`` + country clause in the same clause as the name and right before it
    (``某公司在泰国某府投资建设的甲基地``) gives the country and its place as printed; a country
    scene opening the sentence (``在印度尼西亚，某公司…建设的甲项目``) gives the country; a
    cooperation park headed by its country (``越南某省中越产业合作园``) gives the country.
    A foreign firm heading a name (``新加坡某某农业加工项目``) says nothing of the site.
    """
    park = _COOPERATION_PARK.match(name)
    if park is not None:
        return park.group(1)
    last = None
    for m in _BUILT_IN.finditer(text, lo, name_start):
        last = m
    if last is not None and not re.search(r"[，,。；;]", text[last.end():name_start]):
        return last.group(1)
    scene = _SCENE.match(text, lo)
    if scene is not None and not re.search(r"[。；;]", text[scene.end():name_start]) \
            and "在" not in text[scene.end():name_start]:
        return scene.group(1)
    return None


__all__ = ["COUNTRIES", "may_be_abroad", "park_abroad_subject", "site_abroad"]
