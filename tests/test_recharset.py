"""The faster charset function compiles every pattern to the same code as Python's own."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import newsmill
from newsmill.core import recharset

pytestmark = pytest.mark.skipif(not recharset.supported(), reason="charset function not checked here")

_compiler = recharset._sre_compiler
try:
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parser  # type: ignore[no-redef]


def _code(pattern: str | bytes, flags: int) -> list[int]:
    return _compiler._code(_sre_parser.parse(pattern, flags), flags)


def _both(pattern: str | bytes, flags: int = 0) -> tuple[list[int], list[int]]:
    plain = _code(pattern, flags)
    recharset._MEMO.clear()
    with recharset.fast_charsets():
        fast = _code(pattern, flags)
        again = _code(pattern, flags)  # from the memo
    assert fast == again
    return plain, fast


SAMPLES = [
    "[\u4e00-\u9fff]",
    "[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]{2,4}",
    "[^\u4e00-\u9fff，。]+",
    "[a-z]", "[a-zA-Z0-9_]", "[abc]", "[^abc]", "[\\d\\s]", "[\\w\u4e00-\u9fff-]",
    "[\x00-\xff]", "[\xf0-\u0105]", "[\u00ff\u0100]", "[a\u4e00]", "[ab]x[cd]",
    "[\U00010000-\U0010ffff]", "[\uff00-\U00010010a]", "[\U0001f600]",
    "[x\U0001f600-\U0001f64f\u4e00-\u9fff]",
    "[(（][一二三四五六七八九十\\d]{1,3}[)）]", "[\u2500-\u257f+|=\\-]", "[^\\S\n]",
    "[\u0000-\uffff]", "[\u0001-\ufffe]", "[ace]", "[a-ce-gi-k]",
]


@pytest.mark.parametrize("pattern", SAMPLES)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.ASCII])
def test_same_code_as_standard(pattern: str, flags: int) -> None:
    if flags & re.ASCII and not pattern.isascii():
        pattern = pattern.encode("unicode_escape").decode("ascii")
    plain, fast = _both(pattern, flags)
    assert fast == plain


def test_same_code_for_bytes_patterns() -> None:
    plain, fast = _both(rb"[\x00-\x7f][^a-f]", 0)
    assert fast == plain


def _patterns_of(module: object) -> list[re.Pattern]:
    found = []
    for value in vars(module).values():
        if isinstance(value, re.Pattern):
            found.append(value)
        elif isinstance(value, dict):
            found.extend(v for v in value.values() if isinstance(v, re.Pattern))
        elif isinstance(value, (list, tuple)):
            found.extend(v for v in value if isinstance(v, re.Pattern))
    return found


def test_every_project_pattern_compiles_to_the_same_code() -> None:
    patterns: dict[tuple[object, int], None] = {}
    for info in pkgutil.walk_packages(newsmill.__path__, "newsmill."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency not installed
            continue
        for p in _patterns_of(module):
            patterns[(p.pattern, p.flags)] = None
    assert len(patterns) > 300
    big = 0
    for pattern, flags in patterns:
        plain, fast = _both(pattern, flags)  # type: ignore[arg-type]
        assert fast == plain, pattern
        big += isinstance(pattern, str) and ("\u4e00" in pattern or "\\u4e00" in pattern)
    assert big > 100  # the Han classes, the case this is for


def test_block_restores_the_standard_function() -> None:
    standard = _compiler._optimize_charset
    with recharset.fast_charsets():
        assert _compiler._optimize_charset is not standard
        assert re.compile("[\u4e00-\u9fff]{2}y").fullmatch("中文y")
    assert _compiler._optimize_charset is standard


def test_patterns_work_the_same() -> None:
    text = "四川经济日报讯 Some text 2024年 😀 ｜表格｜"
    for pattern in SAMPLES:
        plain = [m.span() for m in re.compile(pattern).finditer(text)]
        re.purge()
        with recharset.fast_charsets():
            fast = [m.span() for m in re.compile(pattern).finditer(text)]
        re.purge()
        assert fast == plain, pattern
