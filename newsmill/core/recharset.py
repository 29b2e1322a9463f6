"""Faster compilation of regular expressions with large character classes.

Python's ``re`` compiler fills the bitmap of a character class one character
at a time in Python: a class over the CJK ideographs (about 28,000 code
points) costs about a millisecond to compile, and the plugins compile a few
hundred such classes when they are imported.  :func:`fast_charsets` swaps in
the same function with each range filled by one slice assignment while
plugins load: the compiled patterns are the very same (same code words), only
built sooner.  Case-insensitive classes, and Python versions whose function
was not checked against this one, go to the standard function.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

try:
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]

#: Versions whose ``_optimize_charset`` this module reproduces (their source is the same).
CHECKED_VERSIONS = ((3, 10), (3, 11), (3, 12), (3, 13))

_LITERAL = _sre_compiler.LITERAL
_RANGE = _sre_compiler.RANGE
_NEGATE = _sre_compiler.NEGATE
_CHARSET = _sre_compiler.CHARSET
_BIGCHARSET = _sre_compiler.BIGCHARSET


#: Results by class, for the classes patterns repeat (the Han class, a few hundred times).
_MEMO: dict[tuple, list | None] = {}
_MEMO_SIZE = 2048


def _fast_optimize_charset(charset: list, iscased: Callable | None = None,
                           fixup: Callable | None = None, fixes: dict | None = None,
                           _standard: Callable = _sre_compiler._optimize_charset) -> tuple[list, bool]:
    """``re``'s ``_optimize_charset`` with ranges filled by slices (same result)."""
    if fixup is not None:
        return _standard(charset, iscased, fixup, fixes)
    try:
        key = tuple(charset)
        known = _MEMO.get(key, _MEMO)
    except TypeError:  # an item that cannot be a key: no memo
        return _optimize(charset)
    if known is _MEMO:
        out, _cased = _optimize(charset)
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        known = _MEMO[key] = None if out is charset else out
    if known is None:
        return charset, False
    # a fresh list for each pattern, as the standard function gives (the compiler only reads it)
    return [(op, list(av) if type(av) is list else av) for op, av in known], False


def _optimize(charset: list) -> tuple[list, bool]:
    """The case-sensitive branch of ``_optimize_charset``, ranges filled by slices."""
    out: list = []
    tail: list = []
    charmap = bytearray(256)
    for op, av in charset:
        while True:
            try:
                if op is _LITERAL:
                    charmap[av] = 1
                elif op is _RANGE:
                    lo, hi = av
                    n = len(charmap)
                    if hi < n:
                        charmap[lo:hi + 1] = b"\1" * (hi + 1 - lo)
                    else:  # set what fits, then fail as the character loop does
                        if lo < n:
                            charmap[lo:n] = b"\1" * (n - lo)
                        raise IndexError(hi)
                elif op is _NEGATE:
                    out.append((op, av))
                else:
                    tail.append((op, av))
            except IndexError:
                if len(charmap) == 256:
                    # character set contains non-UCS1 character codes
                    charmap += b"\0" * 0xff00
                    continue
                # non-BMP character codes: the BMP part of a range is already set
                tail.append((op, av))
            break

    # compress character map
    runs: list | None = []
    q = 0
    while True:
        p = charmap.find(1, q)
        if p < 0:
            break
        if len(runs) >= 2:  # type: ignore[arg-type]
            runs = None
            break
        q = charmap.find(0, p)
        if q < 0:
            runs.append((p, len(charmap)))  # type: ignore[union-attr]
            break
        runs.append((p, q))  # type: ignore[union-attr]
    if runs is not None:
        # use literal/range
        for p, q in runs:
            if q - p == 1:
                out.append((_LITERAL, p))
            else:
                out.append((_RANGE, (p, q - 1)))
        out += tail
        if len(out) < len(charset):
            return out, False
        return charset, False

    # use bitmap
    if len(charmap) == 256:
        data = _sre_compiler._mk_bitmap(charmap)
        out.append((_CHARSET, data))
        out += tail
        return out, False

    # a big charset: 256-character chunks, duplicates shared (see the standard function)
    charmap = bytes(charmap)  # type: ignore[assignment]
    comps: dict[bytes, int] = {}
    mapping = bytearray(256)
    block = 0
    data = bytearray()
    for i in range(0, 65536, 256):
        chunk = charmap[i: i + 256]
        if chunk in comps:
            mapping[i // 256] = comps[chunk]
        else:
            mapping[i // 256] = comps[chunk] = block
            block += 1
            data += chunk
    words = _sre_compiler._mk_bitmap(data)
    words[0:0] = [block] + _sre_compiler._bytes_to_codes(mapping)
    out.append((_BIGCHARSET, words))
    out += tail
    return out, False


def supported() -> bool:
    """True when this Python's charset function is one :func:`fast_charsets` reproduces."""
    return sys.version_info[:2] in CHECKED_VERSIONS and callable(
        getattr(_sre_compiler, "_optimize_charset", None))


@contextlib.contextmanager
def fast_charsets() -> Iterator[None]:
    """Compile regular expressions with the faster charset function inside the block."""
    if not supported():
        yield
        return
    standard: Any = _sre_compiler._optimize_charset
    _sre_compiler._optimize_charset = _fast_optimize_charset
    try:
        yield
    finally:
        _sre_compiler._optimize_charset = standard
        _MEMO.clear()  # only loading compiles in bulk: keep nothing alive after it


__all__ = ["fast_charsets", "supported"]
