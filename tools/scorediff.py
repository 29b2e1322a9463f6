"""Every score that moved between two files of ``tools/scoresum.py``, falls first.

    python tools/scorediff.py BEFORE.json AFTER.json

Prints what went down (F1, precision, recall or a field's accuracy of any set), then what
went up, then the sets found in one file only or failed in either; exits with status 1
when anything went down, so a script can stop on it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """``(down, up, other)``: one line per figure that moved, and the sets not comparable."""
    down: list[str] = []
    up: list[str] = []
    other: list[str] = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            other.append(f"{name}: only in {'after' if name in after else 'before'}")
            continue
        if "error" in before[name] or "error" in after[name]:
            other.append(f"{name}: failed {'before' if 'error' in before[name] else 'after'}")
            continue
        for kind, b in after[name].items():
            a = before[name].get(kind, {})
            pairs = [(m, a.get(m), b.get(m)) for m in ("f1", "p", "r")]
            pairs += [(f".{f}", a.get("fields", {}).get(f), y) for f, y in b.get("fields", {}).items()]
            for label, x, y in pairs:
                if x is not None and y is not None and x != y:
                    sep = "" if label.startswith(".") else " "
                    (down if y < x else up).append(f"{name} {kind}{sep}{label}: {x} -> {y}")
    return down, up, other


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    down, up, other = changes(before, after)
    for title, lines in (("DOWN", down), ("UP", up), ("NOT COMPARED", other)):
        print(f"{title}:")
        print("\n".join(f"  {line}" for line in lines) or "  none")
    return 1 if down else 0


if __name__ == "__main__":
    raise SystemExit(main())
