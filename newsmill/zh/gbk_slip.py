"""GBK byte-slip mojibake: find it, and repair what can be repaired exactly.

When a GBK byte stream loses one byte (usually a lead byte) the decoder
reads every following pair one byte out of step until a single-byte
character (ASCII) brings it back in line.  The result looks like Chinese
but is nonsense: ``反饋?zhàn)钚虑闆r`` for ``反饋最新情況``.  Typical traces:

* a ``?`` (or U+FFFD) where the broken pair was, often followed by the tail
  of a pinyin annotation whose ``(`` was swallowed (``?zhàn)``);
* a run of rare characters, ending with a stray ASCII letter or symbol that
  is really the trail byte of the last character (``桨l``, ``闆r``, ``|``).

Re-encoding the run as GBK and dropping its first byte re-aligns the pairs.
A repair is accepted only when the re-aligned bytes decode strictly and every
recovered character is attested elsewhere on the same page; the characters
whose bytes were lost cannot be recovered and are reported as lost.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

import attrs

from newsmill.zh.pinyin import TAIL_RE
from newsmill.zh.script import HAN

ENCODING = "gbk"
#: ASCII bytes that can be the trail byte of a GBK pair (0x40–0x7E), minus digits' range.
_TRAIL_ASCII = frozenset(chr(b) for b in range(0x40, 0x7F))
_SYMBOL_TRAIL = frozenset("@[\\]^_`{|}~")
#: ASCII punctuation that a later width normalisation may have made of a full-width form.
_WIDENED = {"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
_MARK_RE = re.compile("[?\ufffd]")
_HAN_RE = re.compile(f"[{HAN}]")


@attrs.frozen
class Slip:
    """One damaged span ``[start, end)`` and what it stands for.

    ``pieces`` is the replacement as a list of ``(text, lost)`` parts: lost
    parts are characters whose bytes are gone; the others were recovered.
    ``strong`` is True when the span carries an unmistakable trace (a pinyin
    tail after the mark, or U+FFFD).
    """

    start: int
    end: int
    pieces: tuple[tuple[str, bool], ...]
    strong: bool

    @property
    def repaired(self) -> str:
        """The recovered characters, in order."""
        return "".join(t for t, lost in self.pieces if not lost)

    @property
    def lost(self) -> int:
        """How many lost parts the span holds."""
        return sum(1 for _t, lost in self.pieces if lost)


def _encodable(ch: str) -> bytes | None:
    if ord(ch) < 0x80:
        return None
    try:
        b = ch.encode(ENCODING)
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _is_trail(ch: str, nxt: str, after_run: bool) -> bool:
    """Whether the ASCII ``ch`` ending a slip is the stray trail byte of its last character."""
    if ch in _SYMBOL_TRAIL:
        return True
    if not ch.isalpha():
        return False
    return after_run or nxt == "(" or _HAN_RE.match(nxt) is not None


def find_slips(text: str) -> Iterator[Slip]:
    """Every candidate slip in ``text`` (strong and weak), not yet repaired."""
    last_end = 0
    for q in _marks(text):
        if q < last_end or q == 0 or text[q - 1].isspace():
            continue
        pos = q + 1
        strong = text[q] == "\ufffd"
        tail = TAIL_RE.match(text, pos)
        if tail:
            pos = tail.end()
            strong = True
        run_start = pos
        if pos < len(text) and text[pos] in _WIDENED and pos + 1 < len(text) \
                and (_encodable(text[pos + 1]) or text[pos + 1] in "?\ufffd"):
            pos += 1
        while pos < len(text) and _encodable(text[pos]):
            pos += 1
        run = text[run_start:pos]
        end = pos
        if pos < len(text):
            t = text[pos]
            nxt = text[pos + 1] if pos + 1 < len(text) else ""
            if t in "?\ufffd" and run:
                end = pos + 1
                after = TAIL_RE.match(text, end)
                if after:
                    end = after.end()
            elif t in _TRAIL_ASCII and not t.isdigit() and _is_trail(t, nxt, bool(run)):
                end = pos + 1
        if not strong:
            # a bare '?' between Han characters, or '?' + a widened '!' and a run
            prev_han = _HAN_RE.match(text[q - 1]) is not None
            if not (prev_han and run):
                continue
        last_end = end
        yield Slip(q, end, (), strong)


def _marks(text: str) -> list[int]:
    """Positions of every ``?`` and U+FFFD (what :data:`_MARK_RE` finds), in order."""
    found = []
    for mark in "?\ufffd":
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    return sorted(found)


class Attested(Container[str]):
    """The characters of a text, as a set of single characters (each looked up once, lazily).

    A set of every character of a page costs a hash per character; a slip
    needs only a handful of lookups, each a C-speed search of the text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, ch: object) -> bool:
        found = self._seen.get(ch)  # type: ignore[call-overload]
        if found is None:
            found = self._seen[ch] = isinstance(ch, str) and len(ch) == 1 and ch in self.text  # type: ignore[index]
        return found


def repair(text: str, slip: Slip, attested: Container[str]) -> Slip:
    """The slip with its replacement pieces: recovered characters and lost ones.

    The run after the mark (and the pinyin tail) is re-encoded, its first
    byte dropped, and the rest decoded pair by pair; the longest decodable
    tail whose characters are all in ``attested`` is kept.
    """
    span = text[slip.start:slip.end]
    body_start = 1
    tail = TAIL_RE.match(span, 1)
    if tail:
        body_start = tail.end()
    body = span[body_start:]
    end_lost = False
    trail = b""
    if body and body[-1] in "?\ufffd":
        body, end_lost = body[:-1], True
    elif "?" in body or "\ufffd" in body:
        cut = min(i for i, c in enumerate(body) if c in "?\ufffd")
        body, end_lost = body[:cut], True
    elif body and ord(body[-1]) < 0x80 and body[-1] not in _WIDENED:
        trail = body[-1].encode("ascii")
        body = body[:-1]
    data = bytearray()
    for ch in body:
        enc = _encodable(_WIDENED.get(ch, ch))
        if enc is None:
            return Slip(slip.start, slip.end, (("", True),), slip.strong)
        data += enc
    data += trail
    shifted = bytes(data[1:])
    if end_lost and len(shifted) % 2:
        shifted = shifted[:-1]
    recovered = _decode_tail(shifted, attested)
    pieces: list[tuple[str, bool]] = [("", True)]
    if recovered:
        pieces.append((recovered, False))
    if end_lost:
        pieces.append(("", True))
    last = _read_aloud(text, slip, span, end_lost or len(pieces) == 1)
    if last:
        pieces[-1] = (last, False)
    return Slip(slip.start, slip.end, tuple(pieces), slip.strong)


def _read_aloud(text: str, slip: Slip, span: str, last_lost: bool) -> str:
    """The character lost at the end of a slip whose reading aid survived (``?xiàng)目``): the one
    character the page annotates with that reading before the same next character (``項(xiàng)目``),
    else ``""``."""
    if not last_lost or slip.end >= len(text) or _HAN_RE.match(text[slip.end]) is None:
        return ""
    mark = max(span.rfind("?"), span.rfind("\ufffd"))
    tail = TAIL_RE.fullmatch(span, mark + 1) if mark >= 0 else None
    if tail is None:
        return ""
    seen = {m.group(1) for m in re.finditer(
        rf"({_HAN_RE.pattern})[(（]{re.escape(tail.group(1))}[)）]{re.escape(text[slip.end])}", text)}
    return seen.pop() if len(seen) == 1 else ""


def _decode_tail(data: bytes, attested: Container[str]) -> str:
    """The longest suffix of ``data`` (cut at a pair boundary) that decodes to attested text."""
    best = ""
    for cut in range(0, len(data), 2):
        chunk = data[cut:]
        if len(chunk) % 2:
            continue
        try:
            s = chunk.decode(ENCODING)
        except UnicodeDecodeError:
            continue
        if s and all(c in attested for c in s) and _HAN_RE.search(s):
            best = s
            break
    return best


def scan(text: str) -> list[Slip]:
    """Find and repair every slip of ``text``.

    Weak candidates (a ``?`` wedged between characters) count only when the
    page also shows a strong trace, so an ordinary question mark on a clean
    page is never touched.
    """
    slips = list(find_slips(text))
    if not any(s.strong for s in slips):
        return []
    readable = []
    pos = 0
    for s in slips:
        readable.append(text[pos:s.start])
        pos = s.end
    readable.append(text[pos:])
    attested = Attested("".join(readable))
    return [repair(text, s, attested) for s in slips
            if s.strong or any(c not in attested for c in text[s.start + 1:s.end])]
