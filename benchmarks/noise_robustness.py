"""Robustness to page noise: how much of what newsmill finds on a page it still finds once
the page carries noise of the kinds real pages have.

Each page is run as it is and once per kind of noise added to it:

- ``hardwrap``: long lines cut every 37 characters, as a PDF column prints them;
- ``caption``: ``hardwrap``, and a photo caption set inside every third paragraph it cut;
- ``spaces``: a stray blank between two Chinese characters here and there (4 %);
- ``halfwidth``: ASCII commas, colons, semicolons and brackets for the full-width ones;
- ``fullwidth``: full-width digits, point and percent sign;
- ``trad``: the page in Traditional script (OpenCC ``s2t``);
- ``pinyin``: ``trad`` with a reading aid after 12 % of the characters (``區(qū)``);
- ``runninghead``: ``hardwrap``, and a running head or footer line (paper, page, editor) set
  inside every third paragraph it cut, as a page break prints it;
- ``gaplines``: ``hardwrap``, and a blank line after every line, as loosely spaced PDF text
  comes out;
- ``crlf``: Windows line ends and a byte-order mark, as pages saved on Windows come;
- ``webblanks``: paragraphs indented with two ideographic spaces, a no-break space or a
  zero-width space between two Chinese characters here and there, blanks at line ends, as a
  copy from a web page gives;
- ``numwrap``: a line break inside every third figure with a unit (``12.\n5亿元``,
  ``12.5\n亿元``), as a PDF column cuts a line at any character;
- ``pinyinwrap``: ``pinyin``, then ``hardwrap`` (lines cut inside words and reading aids);
- ``entities``: the HTML a site's export leaves: every paragraph of running text in ``<p>…</p>``
  after four ``&nbsp;``, quotes and dashes as references (``&ldquo;``, ``&mdash;``), a
  ``&nbsp;`` between a figure and its unit, a ``<br/>`` after every other sentence and the
  first sentence of a paragraph in ``<strong>``.

For every kind it prints the share of the clean run's records (projects, batches,
indicators by their key values) and money values the noisy run finds again, and on how
many pages the article count stays the same.  Run by hand::

    python benchmarks/noise_robustness.py 'tests/data/heldout*/*.txt'
    python benchmarks/noise_robustness.py '../shared/corpus/*.txt' --kinds hardwrap,spaces -v
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import attrs

from newsmill import Pipeline
from newsmill.core.model import Document

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Width of the column ``hardwrap`` cuts long lines to.
WRAP_WIDTH = 37
#: Lines shorter than this are left as they are (already wrapped, titles, labels).
WRAP_MIN = 60


def hardwrap(text: str, width: int = WRAP_WIDTH) -> str:
    """Cut every long line of running text into lines of ``width`` characters (a short last
    piece stays on the line before it); headings and table rows are left whole."""
    out = []
    for line in text.split("\n"):
        if len(line) < WRAP_MIN or line.startswith("#") or "  " in line or "|" in line or "\t" in line:
            out.append(line)
            continue
        parts = [line[i:i + width] for i in range(0, len(line), width)]
        if len(parts) > 1 and len(parts[-1]) < 8:
            parts[-2:] = [parts[-2] + parts[-1]]
        out.extend(parts)
    return "\n".join(out)


def spaces(text: str, rate: float = 0.04, seed: int = 1) -> str:
    """Put a blank between two Chinese characters at ``rate`` of the places (seeded)."""
    rng = random.Random(seed)
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if _HAN.match(ch) and i + 1 < len(text) and _HAN.match(text[i + 1]) and rng.random() < rate:
            out.append(" ")
    return "".join(out)


#: The caption ``caption`` sets into paragraphs.
CAPTION = "图为园区一角。 本报记者 王林 摄"


def _wrap_with_inserts(text: str, insert: Callable[[int], str], every: int) -> str:
    """``hardwrap``, then ``insert(k)`` set after the first line of the k-th of every ``every``
    paragraphs the wrap cut into three lines or more (inside a sentence)."""
    out: list[str] = []
    seen = 0
    for line in text.split("\n"):
        if len(line) < WRAP_MIN or line.startswith("#") or "  " in line or "|" in line or "\t" in line:
            out.append(line)
            continue
        parts = hardwrap(line).split("\n")
        if len(parts) >= 3:
            seen += 1
            if seen % every == 1:
                parts.insert(1, insert(seen // every))
        out.extend(parts)
    return "\n".join(out)


def caption(text: str, every: int = 3) -> str:
    """``hardwrap``, then a photo caption set after the first line of every third paragraph the
    wrap cut into three lines or more (inside a sentence, as a photo in a column prints it)."""
    return _wrap_with_inserts(text, lambda _k: CAPTION, every)


#: The running heads and footers ``runninghead`` sets into paragraphs, in turn.
RUNNING_HEADS = ("东川日报  第3版  综合新闻", "责任编辑：陈立  美编：周航", "第3版 · 经济")


def runninghead(text: str, every: int = 3) -> str:
    """``hardwrap``, then a running head or footer set after the first line of every third paragraph
    the wrap cut into three lines or more (a page break inside a sentence)."""
    return _wrap_with_inserts(text, lambda k: RUNNING_HEADS[k % len(RUNNING_HEADS)], every)


def gaplines(text: str) -> str:
    """``hardwrap``, then a blank line after every line (blank lines of the page doubled)."""
    return hardwrap(text).replace("\n", "\n\n")


#: Syllables ``pinyin`` writes after characters (the reading is not checked against the character).
_SYLLABLES = ("qū", "chǎn", "xiàng", "jì", "shè", "yè", "zhàn", "guó", "jiàn", "tóu")


def pinyin(text: str, rate: float = 0.12, seed: int = 2) -> str:
    """The page in Traditional script with a reading aid after some characters (``區(qū)``), as
    web converters print them (seeded; the syllables are not the characters' readings)."""
    rng = random.Random(seed)
    out = []
    for ch in traditional(text):
        out.append(ch)
        if _HAN.match(ch) and rng.random() < rate:
            out.append(f"({rng.choice(_SYLLABLES)})")
    return "".join(out)


_HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
_FULL_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def halfwidth(text: str) -> str:
    """ASCII clause marks and brackets for the full-width ones."""
    return text.translate(_HALF)


def fullwidth(text: str) -> str:
    """Full-width digits, decimal point and percent sign."""
    return text.translate(_FULL_DIGITS)


def traditional(text: str) -> str:
    """The text in Traditional script."""
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def crlf(text: str) -> str:
    """Windows line ends and a byte-order mark."""
    return "\ufeff" + text.replace("\n", "\r\n")


_WEB_BLANKS = ("\u00a0", "\u200b", "\u3000")


def webblanks(text: str, rate: float = 0.03, seed: int = 3) -> str:
    """Two ideographic spaces before every paragraph of running text, a no-break, zero-width or
    ideographic space between two Chinese characters at ``rate`` of the places, and a blank at
    the end of every other line (seeded)."""
    rng = random.Random(seed)
    lines = []
    for n, line in enumerate(text.split("\n")):
        if len(line) >= WRAP_MIN and not line.startswith(("#", "|")):
            line = "\u3000\u3000" + line
        chars = []
        for i, ch in enumerate(line):
            chars.append(ch)
            if (_HAN.match(ch) and i + 1 < len(line) and _HAN.match(line[i + 1])
                    and rng.random() < rate):
                chars.append(rng.choice(_WEB_BLANKS))
        lines.append("".join(chars) + (" " if n % 2 and line else ""))
    return "\n".join(lines)


_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:元|吨|亩|平方米|千瓦|个|%)")


def numwrap(text: str, every: int = 3) -> str:
    """A line break inside every ``every``-th figure with a unit: in turn between two digits,
    after the decimal point and between the number and its unit."""
    out: list[str] = []
    last = 0
    for k, m in enumerate(_FIGURE.finditer(text)):
        if k % every:
            continue
        s = m.group()
        digits = len(s) - len(s.lstrip("0123456789."))
        number = s[:len(s) - len(s.lstrip("0123456789."))] if digits else ""
        turn = (k // every) % 3
        if turn == 0 and len(number) >= 2 and number[1] != ".":
            cut = 1
        elif turn == 1 and "." in number:
            cut = number.index(".") + 1
        else:
            cut = len(number)
        out.append(text[last:m.start() + cut] + "\n")
        last = m.start() + cut
    out.append(text[last:])
    return "".join(out)


_REFS = str.maketrans({"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;"})
_FIGURE_UNIT = re.compile(r"(?<=[0-9])(?=[万亿]?元|%)")
_SENTENCE_END = re.compile(r"(?<=。)(?!$)")


def entities(text: str) -> str:
    """The HTML a site's export leaves in a text page (see the module's list)."""
    lines = []
    for line in text.split("\n"):
        if len(line) >= WRAP_MIN and not line.startswith(("#", "|")) and "  " not in line:
            line = _FIGURE_UNIT.sub("&nbsp;", line.translate(_REFS))
            parts = _SENTENCE_END.split(line)
            parts[0] = f"<strong>{parts[0]}</strong>"
            line = "".join(p + ("<br/>" if k % 2 and k < len(parts) - 1 else "")
                           for k, p in enumerate(parts))
            line = f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{line}</p>"
        lines.append(line)
    return "\n".join(lines)


def pinyinwrap(text: str) -> str:
    """``pinyin``, then ``hardwrap``: lines cut inside words and inside reading aids."""
    return hardwrap(pinyin(text))


NOISE: dict[str, Callable[[str], str]] = {
    "hardwrap": hardwrap, "caption": caption, "spaces": spaces, "halfwidth": halfwidth,
    "fullwidth": fullwidth, "trad": traditional, "pinyin": pinyin, "runninghead": runninghead,
    "gaplines": gaplines, "crlf": crlf, "webblanks": webblanks, "numwrap": numwrap,
    "pinyinwrap": pinyinwrap, "entities": entities,
}


def _value(v: object) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


#: Records, money values and the article count of one run of a page.
Signature = tuple[Counter, Counter, int]


def signature(doc: Document) -> Signature:
    """What a run found on a page, comparable across runs: records by kind and key values,
    money values, and the number of articles."""
    records: Counter = Counter()
    for r in doc.records:
        f = {k: v.value for k, v in r.fields.items()}
        if r.kind == "project":
            key = (f.get("name"), f.get("stage"), _value(f.get("investment_cny")))
        elif r.kind == "indicator":
            key = (f.get("name"), _value(f.get("value")), f.get("unit"), f.get("period"))
        else:
            key = (f.get("event"), _value(f.get("count")), _value(f.get("total_cny")))
        records[(r.kind, *key)] += 1
    money = Counter(_value(m.value) for m in doc.mentions if m.kind == "money")
    return records, money, len(doc.articles)


@attrs.define
class Agreement:
    """How much of the clean runs' findings the noisy runs found again."""

    records_found: int = 0
    records: int = 0
    money_found: int = 0
    money: int = 0
    same_articles: int = 0
    pages: int = 0
    lost: list[tuple[str, list, list]] = attrs.field(factory=list)

    def add(self, page: str, clean: Signature, noisy: Signature) -> None:
        """Count one page (its records and money as multisets: a value found twice counts twice)."""
        both = clean[0] & noisy[0]
        self.records_found += sum(both.values())
        self.records += max(sum(clean[0].values()), sum(noisy[0].values()))
        self.money_found += sum((clean[1] & noisy[1]).values())
        self.money += max(sum(clean[1].values()), sum(noisy[1].values()))
        self.same_articles += clean[2] == noisy[2]
        self.pages += 1
        if clean[0] != noisy[0]:
            lost, got = clean[0] - noisy[0], noisy[0] - clean[0]
            self.lost.append((page, sorted(lost, key=str), sorted(got, key=str)))

    @property
    def record_ratio(self) -> float:
        """Share of records found again (1.0 when there were none)."""
        return self.records_found / self.records if self.records else 1.0

    @property
    def money_ratio(self) -> float:
        """Share of money values found again (1.0 when there were none)."""
        return self.money_found / self.money if self.money else 1.0


#: Kinds of noise that live in a file's bytes (line ends, a byte-order mark): their pages are
#: written to a file and read by the readers, as a run over a folder reads them.
FILE_KINDS = frozenset({"crlf"})


def _read_back(pipe: Pipeline, text: str, name: str) -> Document:
    """``text`` written to a temporary file as UTF-8 (line ends as they are) and run from there."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(text.encode("utf-8"))
        return next(iter(pipe.run([path])))


def measure(pages: list[Path], kinds: list[str], pipeline: Pipeline | None = None) -> dict[str, Agreement]:
    """Run every page clean and with each kind of noise; the agreement per kind."""
    pipe = pipeline or Pipeline()
    out = {k: Agreement() for k in kinds}
    for path in pages:
        raw = path.read_text(encoding="utf-8")
        clean = signature(pipe.process_document(Document.from_text(raw, source=path.name)))
        clean_read = None  # the clean page read from a file: what the file kinds compare with
        for kind in kinds:
            if kind in FILE_KINDS:
                if clean_read is None:
                    clean_read = signature(_read_back(pipe, raw, path.name))
                noisy = _read_back(pipe, NOISE[kind](raw), path.name)
                out[kind].add(str(path), clean_read, signature(noisy))
            else:
                noisy = pipe.process_document(Document.from_text(NOISE[kind](raw), source=path.name))
                out[kind].add(str(path), clean, signature(noisy))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="+", help="page files or glob patterns")
    ap.add_argument("--kinds", default=",".join(NOISE), help="comma-separated kinds of noise")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the records each kind lost")
    args = ap.parse_args(argv)
    pages = sorted({Path(p) for pat in args.pages for p in (glob.glob(pat) or [pat])})
    kinds = [k for k in args.kinds.split(",") if k]
    for k in kinds:
        if k not in NOISE:
            ap.error(f"unknown kind of noise {k!r} (known: {', '.join(NOISE)})")
    result = measure(pages, kinds)
    print(f"{len(pages)} pages")
    print(f"{'noise':10} {'records found again':>24} {'money found again':>22} {'same articles':>14}")
    for kind, a in result.items():
        print(f"{kind:10} {a.records_found:>7}/{a.records:<6} = {a.record_ratio:.3f} "
              f"{a.money_found:>7}/{a.money:<6} = {a.money_ratio:.3f} {a.same_articles:>7}/{a.pages}")
        if args.verbose:
            for page, lost, got in a.lost:
                print(f"  {page}\n    lost {lost[:3]}\n    got  {got[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
