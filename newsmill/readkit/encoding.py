"""Decoding text files in the encodings Chinese pages come in.

Order of attempts (see ``docs/readers.md``):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. NUL bytes without a BOM mean a binary file (or BOM-less UTF-16) and are refused;
3. strict UTF-8 (multi-byte UTF-8 almost never decodes by accident);
4. strict GB18030 and strict Big5; when both decode, the reading with the
   higher share of plausible characters wins (common Hanzi, CJK punctuation,
   ASCII), GB18030 on a tie.

Nothing is decoded with replacement characters: when no candidate decodes,
:class:`DecodeFailure` names the byte offset where the most promising one
stopped.
"""

from __future__ import annotations

import codecs
import unicodedata

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CANDIDATES = ("utf-8", "gb18030", "big5")
SNIFF_BYTES = 4096
#: below this share of usual characters a GB18030/Big5 reading is taken for gibberish
MIN_PLAUSIBILITY = 0.6
#: above this share of control/unassigned characters decoded text is taken for binary data
MAX_ODD_SHARE = 0.05


class DecodeFailure(ValueError):
    """The bytes do not decode: carries the encoding tried and the byte offset."""

    def __init__(self, message: str, encoding: str | None = None, offset: int | None = None) -> None:
        super().__init__(message)
        self.encoding = encoding
        self.offset = offset


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """``(encoding, BOM length)`` when ``data`` starts with a byte-order mark."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _common_han(ch: str) -> bool:
    """True for a Hanzi in the frequent level of GB2312 or of Big5."""
    try:
        g = ch.encode("gb2312")
        if 0xB0 <= g[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return 0xA440 <= int.from_bytes(b, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def plausibility(text: str) -> float:
    """Share of characters that are usual in Chinese news text (0..1).

    Frequent Hanzi, CJK and full-width punctuation, ASCII and whitespace
    count 1; rarer Hanzi count 0.5; anything else (kana, bopomofo, box
    drawing, private use, Greek…, the debris of a wrong double-byte reading) 0.
    """
    if not text:
        return 0.0
    score = 0.0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            score += 1.0 if (ch.isprintable() or ch in "\n\r\t") else 0.0
        elif 0x4E00 <= o <= 0x9FFF:
            score += 1.0 if _common_han(ch) else 0.5
        elif 0x3000 <= o <= 0x3003 or 0x3008 <= o <= 0x3011 or 0xFF01 <= o <= 0xFF5E:
            score += 1.0
        elif ch in "“”‘’—…·●■□◆△▲○":
            score += 1.0
        elif unicodedata.category(ch) == "Zs":
            score += 1.0
    return score / len(text)


def _odd_share(text: str) -> float:
    """Share of control, unassigned, private-use and surrogate characters (binary data decoded)."""
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 0.0
    odd = sum(1 for ch in sample if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
                                     and ch not in "\t\n\r\f\v"))
    return odd / len(sample)


def _check_binary(data: bytes) -> None:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        at = head.index(b"\x00")
        raise DecodeFailure(f"binary data (NUL byte at byte {at}); if this is UTF-16 without "
                            "a byte-order mark, pass --encoding utf-16-le or utf-16-be",
                            None, at)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` strictly; return ``(text, encoding name)``.

    ``encoding`` forces one codec (a BOM of that family is still removed).
    Raises :class:`DecodeFailure` when nothing decodes without replacement.
    """
    if encoding:
        return _decode_forced(data, encoding)
    bom = bom_encoding(data)
    if bom:
        enc, n = bom
        try:
            text = data[n:].decode(enc)
        except UnicodeDecodeError as e:
            raise DecodeFailure(f"invalid {enc} at byte {e.start + n} ({e.reason}) after a "
                                f"{enc} byte-order mark", enc, e.start + n) from None
        if _odd_share(text) > MAX_ODD_SHARE:
            raise DecodeFailure(f"binary data after a {enc} byte-order mark (control or "
                                "unassigned characters)", None, n)
        return text, enc + ("-sig" if enc == "utf-8" else "")
    _check_binary(data)
    failures: list[tuple[int, str, str]] = []
    decoded: list[tuple[str, str]] = []
    for enc in CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            failures.append((e.start, enc, e.reason))
            continue
        if enc == "utf-8":
            return text, "ascii" if text.isascii() else "utf-8"
        decoded.append((text, enc))
    utf8 = next(f for f in failures if f[1] == "utf-8")
    if decoded:
        scored = [(plausibility(t[:SNIFF_BYTES]), t, e) for t, e in decoded]
        score, text, enc = max(scored, key=lambda x: x[0])
        if score >= MIN_PLAUSIBILITY or data[:utf8[0]].isascii():
            return text, enc
        # mostly valid UTF-8 that only a double-byte codec "decodes", into gibberish
        at, _, reason = utf8
        raise DecodeFailure(f"cannot decode without replacement characters: invalid utf-8 at byte "
                            f"{at} ({reason}); {enc} decodes it only into implausible text "
                            f"({score:.0%} usual characters); pass --encoding if you know the "
                            "encoding", "utf-8", at)
    at, enc, reason = max(failures)
    if not data[:utf8[0]].isascii():  # a valid multi-byte UTF-8 prefix: the file is UTF-8
        at, enc, reason = utf8
    raise DecodeFailure(f"cannot decode without replacement characters: invalid {enc} at byte {at} "
                        f"({reason}; also tried {', '.join(e for _, e, _ in failures if e != enc)}); "
                        "pass --encoding if you know the encoding", enc, at)


def _decode_forced(data: bytes, encoding: str) -> tuple[str, str]:
    name = codecs.lookup(encoding).name
    bom = bom_encoding(data)
    skip = 0
    if bom and (bom[0] == name or (name in ("utf-16", "utf-32") and bom[0].startswith(name))):
        skip = 0 if name in ("utf-16", "utf-32") else bom[1]
    elif bom and bom[0] == "utf-8" and name == "utf-8":
        skip = bom[1]
    try:
        return data[skip:].decode(name), name
    except UnicodeDecodeError as e:
        raise DecodeFailure(f"invalid {name} at byte {e.start + skip} ({e.reason}); the encoding "
                            f"was given with --encoding", name, e.start + skip) from None

