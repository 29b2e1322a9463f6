"""Organization keys: an investor's name without its legal form, and short forms of one body."""

from __future__ import annotations

import re
from typing import Any

_ORG_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|"
                         r"股份公司|集团公司|控股集团|集团|公司|控股)+$")


def org_key(name: str) -> str:
    """Matching key of an organization name: legal-form suffixes removed."""
    key = _ORG_KEYS.get(name)
    if key is None:
        plain = re.sub(r"[\s()（）]", "", name)
        core = _ORG_SUFFIX.sub("", plain)
        key = core if len(core) >= 2 else plain
        if len(_ORG_KEYS) < _ORG_KEYS_MAX:
            _ORG_KEYS[name] = key
    return key


_PLACE_HEAD = 3
"""The longest place name (``山东``, ``四川省``) a firm's name may open with before its brand."""
_ORG_KEYS: dict[str, str] = {}
_ORG_KEYS_MAX = 10_000


def same_org(a: str, b: str) -> bool:
    """True when two organization keys name the same body (equal, or one a short form of the other)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 2 and long_.startswith(short):
        return True
    # a brand after a place's short name (``泓岳新材料`` of ``山东泓岳新材料科技``)
    at = long_.find(short, 1) if len(short) >= 2 else -1
    return 0 < at <= (_PLACE_HEAD if len(short) >= 3 else 2)


def investor_names(value: Any) -> list[str]:
    """The investors a record's ``investor`` value names (a list, or one string joined by 、和…)."""
    if not value:
        return []
    if isinstance(value, str):
        return [v for v in re.split(r"[、,，和与及]", value) if v]
    return [str(v) for v in value if v]
