"""Reader throughput and encoding-detection accuracy (run by hand: python benchmarks/readers.py).

Prints MB/s for the text reader per encoding, pages/s for the HTML and PDF
readers, and the share of short texts whose encoding is detected right by
newsmill's ordered attempts and, when installed, by charset-normalizer.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsmill import Pipeline  # noqa: E402
from newsmill.core.model import Source  # noqa: E402
from newsmill.readkit.encoding import decode  # noqa: E402
from tests.readers_samples import PORTAL_HTML, SIMPLIFIED, TRADITIONAL, make_pdf  # noqa: E402


def _time(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def text_throughput(p: Pipeline, tmp: Path) -> None:
    rng = random.Random(1)
    text = "\n\n".join("".join(rng.sample(SIMPLIFIED, len(SIMPLIFIED))) for _ in range(3000))
    for enc in ("utf-8", "gb18030", "big5"):
        body = text if enc != "big5" else "\n\n".join(TRADITIONAL * 2500)
        data = body.encode(enc)
        path = tmp / f"page_{enc}.txt"
        path.write_bytes(data)
        s = Source(uri=str(path), path=path)
        secs = _time(lambda s=s: p.read(s))
        print(f"text {enc:<8} {len(data) / 1e6:6.2f} MB  {len(data) / 1e6 / secs:7.1f} MB/s")


def html_throughput(p: Pipeline, tmp: Path) -> None:
    path = tmp / "portal.html"
    path.write_bytes(PORTAL_HTML.encode("gb18030"))
    s = Source(uri=str(path), path=path)
    n = 200
    secs = _time(lambda: [p.read(s) for _ in range(n)], 1)
    print(f"html portal page ({len(PORTAL_HTML)} chars): {n / secs:7.1f} pages/s")


def pdf_throughput(p: Pipeline, tmp: Path) -> None:
    cols = [[("".join(SIMPLIFIED)) * 2] * 3 for _ in range(3)]
    path = make_pdf(tmp / "paper.pdf", [{"headline": "版面标题", "columns": cols}] * 8)
    s = Source(uri=str(path), path=path)
    docs = p.read(s)
    chars = sum(len(d.raw) for d in docs)
    secs = _time(lambda: p.read(s), 2)
    print(f"pdf three columns: {len(docs)} pages, {chars} chars: {len(docs) / secs:6.1f} pages/s")


def detection_accuracy() -> None:
    rng = random.Random(7)
    cases = []
    for corpus, encs in ((SIMPLIFIED, ("gb18030",)), (TRADITIONAL, ("big5", "gb18030"))):
        for _ in range(300):
            t = "".join(rng.sample(corpus, len(corpus)))
            piece = t[: rng.randrange(6, 30)]
            cases += [(piece, e) for e in encs]
    ok = sum(decode(t.encode(e))[1] == e for t, e in cases)
    print(f"detection, 6-30 chars: newsmill {ok}/{len(cases)}", end="")
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        print()
        return
    fam = {"gb18030": "gb", "gbk": "gb", "gb2312": "gb", "big5": "big5", "cp950": "big5", "big5hkscs": "big5"}
    good = 0
    for t, e in cases:
        best = from_bytes(t.encode(e)).best()
        good += bool(best) and fam.get(best.encoding, best.encoding) == fam[e]
    print(f", charset-normalizer {good}/{len(cases)}")


def real_headlines() -> None:
    """Detection on real news headlines, when ../shared is present (read at run time, never copied)."""
    import json

    path = Path(__file__).resolve().parents[1].parent / "shared/external/fincuge-finna-news/articles.jsonl"
    if not path.is_file():
        return
    heads = [json.loads(line)["headline"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    ok = sum(decode(h.encode("gb18030"))[0] == h for h in heads)
    print(f"detection, {len(heads)} real headlines in GB18030: newsmill {ok}", end="")
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        print()
        return
    gb = {"gb18030", "gbk", "gb2312"}
    cn = sum(1 for h in heads if (r := from_bytes(h.encode("gb18030")).best()) and r.encoding in gb)
    print(f", charset-normalizer {cn}")


def main() -> None:
    p = Pipeline(autoload=False)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        text_throughput(p, tmp)
        html_throughput(p, tmp)
        pdf_throughput(p, tmp)
    detection_accuracy()
    real_headlines()


if __name__ == "__main__":
    main()
