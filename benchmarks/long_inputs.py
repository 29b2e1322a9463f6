"""How the time per page grows with the length of pages with no line ends or no sentence ends.

Run by hand (one core)::

    python benchmarks/long_inputs.py                      # every kind, 5,000 and 20,000 characters
    python benchmarks/long_inputs.py --sizes 10000,40000,80000 --kinds one_line

Each kind is a page of text written so that one rule of the language has nothing to hold on
to: ``one_line`` is a sample page with its line ends taken out (an export that lost them),
``no_stops`` Chinese characters with no mark at all, ``digits`` a run of digits, ``amounts``
a list of amounts with no sentence end (``5亿元、5亿元、…``), ``firms`` a firm's name and a
project repeated with no mark, ``rates`` growth rates after commas, ``short_lines`` lines
of one to three characters, ``numbered`` numbered items, ``spaced`` a blank after every
character, ``pinyin`` reading aids only, ``brackets`` unclosed brackets, ``places`` a
chain of place names, ``dates`` date ranges, ``semicolons`` clauses after semicolons.

For every kind it prints the CPU time of the whole pipeline at each size and the ratio of
the largest to the smallest: a ratio close to the ratio of the sizes (4 for 5,000 and
20,000 characters) means the time grows with the length, 16 with its square.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from newsmill import Pipeline

REPO = Path(__file__).resolve().parents[1]
#: Common characters to draw running text from.
HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
       "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
       "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正")


def _page() -> str:
    return sorted((REPO / "samples").glob("*.txt"))[0].read_text(encoding="utf-8")


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _random(chars: str, sep: str = "", span: tuple[int, int] = (1, 1)) -> Callable[[int], str]:
    def make(n: int) -> str:
        rnd = random.Random(1)
        out: list[str] = []
        size = 0
        while size < n:
            piece = rnd.choice(chars) * rnd.randint(*span)
            out.append(piece)
            size += len(piece) + len(sep)
        return sep.join(out)[:n]
    return make


KINDS: dict[str, Callable[[int], str]] = {
    "one_line": lambda n: _repeat(_page().replace("\n", ""))(n),
    "no_stops": _random(HAN),
    "digits": _random("0123456789."),
    "amounts": _repeat("5亿元、"),
    "firms": _repeat("某某科技有限公司投资建设年产5万吨新材料"),
    "rates": _repeat("增长5.2%，"),
    "short_lines": _random(HAN, "\n", (1, 3)),
    "numbered": _repeat("1.某某项目总投资2亿元；"),
    "spaced": _random(HAN, " "),
    "pinyin": _repeat("區(qū)業(yè)發(fā)"),
    "brackets": _repeat("（某某（某某（"),
    "places": _repeat("某省某市某县某镇某村"),
    "dates": _repeat("2025年3月5日至"),
    "semicolons": _repeat("开工；"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,20000", help="page lengths in characters, comma-separated")
    ap.add_argument("--kinds", default=",".join(KINDS), help="kinds of page, comma-separated")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    nlp = Pipeline(disable=["hello"])
    nlp.process("今年以来，某县新签约项目3个，总投资5亿元。")  # load and warm up
    print(f"{'kind':<12}" + "".join(f"{n:>10,}" for n in sizes) + f"{'ratio':>8}   (CPU seconds per page)")
    for kind in args.kinds.split(","):
        times = []
        for n in sizes:
            text = KINDS[kind](n)
            t0 = time.process_time()
            nlp.process(text)
            times.append(time.process_time() - t0)
        ratio = times[-1] / max(times[0], 1e-3)
        print(f"{kind:<12}" + "".join(f"{t:>10.3f}" for t in times) + f"{ratio:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
