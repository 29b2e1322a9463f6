"""Character classes of Chinese text: Han ranges, punctuation tables, width maps.

Everything here is a plain table or a compiled pattern; the cleaners and
other plugins build their rules from these names so that "what counts as a
Han character" or "what ends a sentence" is decided in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Han ideographs (CJK Unified + Extension A + Compatibility), as a regex class body.
HAN = "\u4e00-\u9fff" "\u3400-\u4dbf" "\uf900-\ufaff"
#: Supplementary-plane Han (Extensions B and later).
HAN_SUPPLEMENT = "\U00020000-\U0003134f"
HAN_CLASS = f"[{HAN}{HAN_SUPPLEMENT}]"
HAN_RE = re.compile(HAN_CLASS)

#: Full-width Chinese punctuation (the canonical form inside Chinese text).
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～"
#: Characters that end a sentence.
SENTENCE_END = "。！？!?…"
#: Closing quotes and brackets (a line ending with one ends a unit: title, quote, credit).
CLOSERS = "”’）)》〉」』】〕]"
#: Openers matching :data:`CLOSERS`.
OPENERS = "“‘（(《〈「『【〔["
#: Punctuation after which a sentence always goes on.
CONTINUES = "，,、；;"
#: Punctuation inside a sentence (a line holding one is running text, not a title).
CLAUSE_PUNCT = "，,、；;。！？!?"

#: Ideographic and other wide/odd spaces found in pasted or PDF text.
ODD_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000"

#: Invisible format characters pasted web text carries inside words: zero-width space and
#: non-joiner, word joiner, a byte-order mark inside the text, soft hyphen, direction marks.
#: (The zero-width joiner builds emoji; the emoji cleaner takes it with them.)
INVISIBLE_CHARS = "\u200b\u200c\u2060\ufeff\u00ad\u200e\u200f"

#: Full-width ASCII variants U+FF01–U+FF5E map to ASCII by subtracting this.
FULLWIDTH_OFFSET = 0xFEE0

#: ASCII punctuation and its full-width Chinese form.
ASCII_TO_CJK = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
#: Full-width symbols that are not Chinese punctuation and are written half-width.
FULLWIDTH_SYMBOLS = "％＋－＝＜＞＠＃＄＆＊／＼＾＿｜"


def is_han(ch: str) -> bool:
    """True for one Han character."""
    return bool(ch) and HAN_RE.fullmatch(ch) is not None


_CJK_PUNCT_SET = frozenset(CJK_PUNCT)


def is_chinese(ch: str) -> bool:
    """True for one Han character or one full-width Chinese punctuation mark (``""`` is not)."""
    return ch in _CJK_PUNCT_SET or (len(ch) == 1 and HAN_RE.match(ch) is not None)


def char_class(codes: Iterable[int]) -> str:
    """A regex class for code points, written as ranges (``re`` tests ranges faster than long lists)."""
    parts: list[list[int]] = []
    for c in sorted(codes):
        if parts and parts[-1][1] == c - 1:
            parts[-1][1] = c
        else:
            parts.append([c, c])
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in parts) + "]"
