"""Offset map benchmark: cleaning chains on long texts (run by hand, prints throughput).

    python benchmarks/offsets.py [--chars 1000000] [--steps 6] [--edit-every 50]

Builds a text of ``--chars`` characters, runs ``--steps`` cleaning steps that
each edit one place every ``--edit-every`` characters (deletions, insertions,
replacements and aligned substitutions in turn), composes the maps, then
looks up random spans. Prints edits/s for apply+compose, lookups/s, segments
and bytes per character of the final map.
"""

from __future__ import annotations

import argparse
import random
import time

from newsmill.core.offsets import Edit, OffsetMap, apply_edits

LINE = "开发区 新签约 项目5个，总投资28.6亿元。预计年产值 40 亿元。\n"


def step_edits(text: str, every: int, kind: int, rng: random.Random) -> list[Edit]:
    """One step's edits: one every ``every`` characters, of one kind per step."""
    edits = []
    for pos in range(rng.randrange(every), len(text) - 3, every):
        if kind == 0:
            edits.append(Edit(pos, pos + 1, ""))
        elif kind == 1:
            edits.append(Edit(pos, pos, "·"))
        elif kind == 2:
            edits.append(Edit(pos, pos + 2, "X"))
        else:
            edits.append(Edit(pos, pos + 1, "Y", aligned=True))
    return edits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--steps", type=int, default=6)
    ap.add_argument("--edit-every", type=int, default=50)
    ap.add_argument("--lookups", type=int, default=200_000)
    args = ap.parse_args()
    rng = random.Random(7)
    raw = (LINE * (args.chars // len(LINE) + 1))[: args.chars]
    text, composed = raw, OffsetMap.identity(len(raw))
    n_edits = 0
    t0 = time.perf_counter()
    for k in range(args.steps):
        edits = step_edits(text, args.edit_every, k % 4, rng)
        n_edits += len(edits)
        text, m = apply_edits(text, edits)
        composed = composed.compose(m)
    t_build = time.perf_counter() - t0
    spans = []
    for _ in range(args.lookups):
        a = rng.randrange(len(text))
        spans.append((a, min(len(text), a + rng.randrange(1, 40))))
    t0 = time.perf_counter()
    for a, b in spans:
        composed.to_raw(a, b)
    t_lookup = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a, b in spans[: args.lookups // 10]:
        composed.to_clean(a, min(b, len(raw)))
    t_back = time.perf_counter() - t0
    print(f"raw {len(raw):,} chars, cleaned {len(text):,} chars, {args.steps} steps, {n_edits:,} edits")
    print(f"apply+compose: {t_build:.2f} s ({n_edits / t_build:,.0f} edits/s, "
          f"{len(raw) * args.steps / t_build / 1e6:.1f} M chars/s over all steps)")
    n_back = len(spans[: args.lookups // 10])
    print(f"to_raw: {args.lookups / t_lookup:,.0f} lookups/s; to_clean: {n_back / t_back:,.0f}/s")
    print(f"map: {composed.segment_count:,} segments, {composed.nbytes():,} bytes "
          f"= {composed.nbytes() / len(raw):.2f} bytes per raw character")


if __name__ == "__main__":
    main()
