"""Name keys: when two names in a page are the same project."""

from __future__ import annotations

import functools
import re
from typing import Any

from newsmill.core.model import Record
from newsmill.plugins.extract_projects.patterns import (
    _KIND_TAIL,
    _phase_of,
)
from newsmill.zh.project_names import phase_of
from newsmill.zh.surface import norm_name


@functools.lru_cache(maxsize=4096)  # pure, and asked again for every name of an article
def _name_key(name: str) -> str:
    """Matching key of a project name in an article; the phase stays part of it."""
    key = norm_name(re.sub(r"[(（][^()（）]*[)）]", "", name))
    phase = phase_of(name)
    return f"{phase}期:{key}" if phase is not None else key


@functools.lru_cache(maxsize=4096)
def _core(key: str) -> str:
    key = _PARENS.sub("", key)
    return _KIND_TAIL.sub("", key)


_PARENS = re.compile(r"[(（][^()（）]*[)）]")


def _lookup(key: str, keys: dict[str, Record]) -> Record | None:
    """The record of a name already found in the article, also when restated
    (``甲基地`` / ``甲(乙)基地项目``)."""
    if key in keys:
        return keys[key]
    core, phase = _key_parts(key)
    for k, r in keys.items():
        if _route_short(core, _key_parts(k)[0]) or _route_short(_key_parts(k)[0], core):
            return r  # 通辽至霍林郭勒铁路扩能改造工程 told again as 通霍铁路扩能改造工程
    if len(core) < 4:
        return _brand_named(core, key, keys) if phase is None else None
    for k, r in keys.items():
        other_core, other = _key_parts(k)
        if phase is not None and other is not None and phase != other:
            continue  # phase 1 and phase 2 are different projects
        if len(other_core) >= 4 and (core in other_core or other_core in core):
            if _park_and_its_plants(core, other_core):
                continue  # 某产业园 and 某产业园标准化厂房三期: the park and works inside it
            return r
    if len(core) >= 5:
        for k, r in keys.items():
            other_core, other = _key_parts(k)
            if (phase is None or other is None or phase == other) and _abridged(core, other_core):
                return r  # 香菇菌棒工厂化生产基地 told again as 菌棒生产基地
    for k, r in keys.items():
        other_core, other = _key_parts(k)
        if (phase is None or other is None or phase == other) \
                and (_size_left_out(core, other_core) or _size_left_out(other_core, core)):
            return r  # 某县20万千瓦风电项目 told again as 某县风电项目
    return None


def later_phase_of_whole(key: str, keys: dict[str, Record]) -> bool:
    """True when a name of a later phase (``甲产业园二期``) is one told before whole (``甲产业园``) with
    its phase added: the whole works, then a later phase of them, two projects (the caller asks it only
    of a name printed in full, not of a bare phase read as a park's, ``园区三期项目``)."""
    core, phase = _key_parts(key)
    if phase is None or phase < 2 or key in keys:
        return False
    whole = _PHASE_TAIL.sub("", core)
    return any(_key_parts(k) == (whole, None) for k in keys)


#: A phase closing a name's core (``二期``, ``(三期)``).
_PHASE_TAIL = re.compile(r"[(（]?(?:[二三四五六七八九十]|\d{1,2})期[)）]?$")


#: A size at the head of a name's kind (``20万千瓦``, ``年产5万吨``, ``1.2万平方米``).
_NAME_SIZE = re.compile(r"(?:年产|年处理|日处理|年加工|总装机)?\d+(?:\.\d+)?(?:万|亿)?"
                        r"(?:千瓦|兆瓦|吉瓦|千伏安|千伏|吨|立方米|平方米|标准箱|套|台|辆|头|只)")


def _size_left_out(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` told again without its size (``某县风电`` of ``某县20万千瓦
    风电``): a name of four characters or more holding no figure, equal to the other with its one
    size taken out."""
    if len(short) < 4 or len(long) <= len(short) or any(c.isdigit() for c in short):
        return False
    sizes = list(_NAME_SIZE.finditer(long))
    return len(sizes) == 1 and long[:sizes[0].start()] + long[sizes[0].end():] == short


#: A line named by its two ends, its kind and the rest of its name (``通辽至霍林郭勒铁路扩能改造``).
_ROUTE = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,8}?)至(?P<b>[\u4e00-\u9fff]{2,8}?)"
                    r"(?P<kind>高速公路|城际铁路|铁路|公路|快速路|高速|航道)(?P<rest>.*)")


def _route_short(short: str, long: str) -> bool:
    """True when ``short`` is the line ``long`` named by the first characters of its two ends
    (``通霍铁路…`` for ``通辽至霍林郭勒铁路…``, ``安岚高速`` for ``安康至岚皋高速公路``), as the news
    shortens a line told in full before."""
    m = _ROUTE.fullmatch(long)
    if m is None or "至" in short or len(short) < 4:
        return False
    head = m.group("a")[0] + m.group("b")[0]
    kinds = (m.group("kind"), "高速") if m.group("kind") == "高速公路" else (m.group("kind"),)
    return any(short == head + kind + m.group("rest") for kind in kinds)


def _abridged(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` told again with a middle part left out: a head of two
    characters or more found in ``long`` before the shared end of three or more (``菌棒生产基地`` of
    ``香菇菌棒工厂化生产基地``)."""
    if len(long) <= len(short) + 1 or short[-2:] != long[-2:]:
        return False
    for i in range(2, len(short) - 2):
        tail = short[i:]
        if long.endswith(tail) and short[:i] in long[:len(long) - len(tail) - 1]:
            return True
    return False


#: A firm's short name and ``项目`` (``某某项目``): two to four Han characters.
_BRAND_KEY = re.compile(r"[\u4e00-\u9fff]{2,4}项目")


def _brand_named(core: str, key: str, keys: dict[str, Record]) -> Record | None:
    """The one project found in the article whose investor or name opens with the firm's short
    name that ``key`` is (``某岳项目`` for ``某岳新材料年产…项目``, or for a project of
    某岳新材料科技有限公司), else None."""
    if not _BRAND_KEY.fullmatch(key):
        return None
    hits = {id(r): r for k, r in keys.items()
            if k.startswith(core) or _investor_opens(r.get("investor"), core)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _investor_opens(investor: Any, brand: str) -> bool:
    """True when a firm's name holds ``brand`` at its head, after a place's short name at most
    (``某岳`` of ``山东某岳新材料科技有限公司``)."""
    return isinstance(investor, str) and 0 <= investor.find(brand) <= 3


#: How the name of a park ends (the park itself, not works inside it).
_PARK_ENDS = ("产业园", "工业园", "园区", "经开区", "高新区", "开发区")


def _park_and_its_plants(a: str, b: str) -> bool:
    """True when one name is a park's and the other that of factory buildings in it."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short.endswith(_PARK_ENDS) and "厂房" in long[len(short):] and long.startswith(short)


@functools.lru_cache(maxsize=4096)
def _key_parts(key: str) -> tuple[str, str | None]:
    """The core of a name key and its phase, asked again for every key of an article (the
    phase's prefix is no part of the core: ``某县甲风电场二期`` restates ``甲风电场二期``)."""
    phase = _phase_of(key)
    return _core(key.split(":", 1)[1] if phase is not None else key), phase


def _same_project(key: str, keys: dict[str, Record]) -> bool:
    """True when a name restates one already found in the article."""
    return _lookup(key, keys) is not None
