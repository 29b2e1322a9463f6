"""Build the administrative-division tables shipped in ``newsmill/zh/data/``.

Run once, by hand, with the JioNLP package installed in a throwaway virtual
environment (it is never a dependency of newsmill)::

    python3 -m venv /tmp/jvenv && /tmp/jvenv/bin/pip install jionlp==1.5.31
    /tmp/jvenv/bin/python -c "import jionlp"     # unzips china_location.txt
    python tools/build_gazetteer.py "$(ls -d /tmp/jvenv/lib/python3*/site-packages)/jionlp/dictionary"

Inputs (JioNLP, Apache-2.0): ``china_location.txt`` (a tab-indented tree:
province / prefecture / county / town / village; the first three levels carry
GB/T 2260 codes and short forms) and ``china_location_change.txt`` (renames and
mergers).  Only the first three levels are kept.

Outputs:
- ``divisions.tsv``: ``code  level  name  parent_code  aliases`` (aliases
  separated by ``|``; counties without a code get an empty code);
- ``renames.tsv``: ``date  old_name  old_alias  new_code`` (an old name and the
  code of the unit that replaced it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "newsmill" / "zh" / "data"
ZONE_NAME = re.compile(r"(开发区|园区|产业园|高新区|新区|试验区|合作区|示范区)$")
#: administrative districts whose name ends like a zone (they are real county-level units)
ZONE_LIKE_DISTRICTS = {"浦东新区", "滨海新区"}
GENERIC_ALIASES = {"经开区", "高新区", "产业园", "新区", "开发区", "园区", "汽开区", "临港区", "新站区"}


def level_of(depth: int, name: str, code: str) -> str:
    """The level of a unit: province, prefecture, county or (statistical) zone."""
    if depth == 0:
        return "province"
    if depth == 1:
        return "prefecture"
    if name not in ZONE_LIKE_DISTRICTS and (ZONE_NAME.search(name) or (len(code) == 6 and code[4] == "7")):
        return "zone"
    return "county"


def read_tree(path: Path) -> list[tuple[str, str, str, str, list[str]]]:
    """Rows ``(code, level, name, parent_code, aliases)`` of the first three levels."""
    rows: list[tuple[str, str, str, str, list[str]]] = []
    parents: list[str] = ["", ""]
    for line in path.read_text("utf-8").splitlines():
        line = line.rstrip("\r")
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2 or not line.strip():
            continue
        parts = line.strip("\t").split("\t")
        name = parts[0]
        code = parts[1] if len(parts) > 1 else ""
        alias = parts[2] if len(parts) > 2 else ""
        level = level_of(depth, name, code)
        parent = "" if depth == 0 else parents[depth - 1]
        if depth == 1 and code == parent:  # municipality: the prefecture repeats the province
            parents[1] = code
            continue
        if depth == 2 and code == parent:  # placeholder "市直辖行政区划" of a city without districts
            continue
        if depth < 2:
            parents[depth] = code
        aliases = [a for a in set(alias.split("/")) if a and a != name and a not in GENERIC_ALIASES]
        if level == "zone":
            aliases = [a for a in aliases if ZONE_NAME.search(a) and len(a) >= 4]
        rows.append((code, level, name, parent, aliases))
    return rows


def read_renames(path: Path, rows: list[tuple[str, str, str, str, list[str]]],
                 late_aliases: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """Old names with the code of the unit now holding them.

    Renames newer than the tree (the tree still lists the old unit) are added
    to ``late_aliases`` as ``{code: [new name]}``.
    """
    by_name: dict[tuple[str, ...], str] = {}
    names = {r[0]: r[2] for r in rows}
    for code, _level, name, parent, _aliases in rows:
        chain = [name]
        p = parent
        while p:
            chain.insert(0, names.get(p, ""))
            p = next((r[3] for r in rows if r[0] == p), "")
        by_name[tuple(chain)] = code
    out: list[tuple[str, ...]] = []
    for line in path.read_text("utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_f = old.split("\t")
        date, old_parts = old_f[0], old_f[2:]
        new_parts = tuple(x for x in new.strip().split("\t") if x)
        code = by_name.get(new_parts)
        if code is None and len(new_parts) == 3 and new_parts[0] == new_parts[1]:
            code = by_name.get((new_parts[0], new_parts[2]))
        if code is None and len(new_parts) == 2:
            code = by_name.get((new_parts[0], new_parts[1]))
        if code is None:
            # the tree still holds the old unit: its new name becomes an alias of the old code
            old_key = (*new_parts[:-1], old_parts[-2])
            code = by_name.get(old_key)
            if code is None:
                print("skip (no unit):", line, file=sys.stderr)
            else:
                late_aliases.setdefault(code, []).append(new_parts[-1])
            continue
        old_name, old_alias = old_parts[-2], old_parts[-1]
        current = names.get(code)
        if old_name != current:
            out.append((date, old_name, old_alias if old_alias != old_name else "", code))
    return sorted(set(out))


def main(src: str) -> None:
    """Read the JioNLP dictionary folder ``src`` and write the data files."""
    folder = Path(src)
    rows = read_tree(folder / "china_location.txt")
    late: dict[str, list[str]] = {}
    renames = read_renames(folder / "china_location_change.txt", rows, late)
    rows = [(c, lv, n, p, a + late.get(c, [])) for c, lv, n, p, a in rows]
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "divisions.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tlevel\tname\tparent_code\taliases"
                "  (from JioNLP 1.5.31 china_location.txt, Apache-2.0)\n")
        for code, level, name, parent, aliases in rows:
            f.write(f"{code}\t{level}\t{name}\t{parent}\t{'|'.join(sorted(aliases))}\n")
    with (OUT / "renames.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("# date\told_name\told_alias\tnew_code  (from JioNLP 1.5.31 china_location_change.txt)\n")
        for r in renames:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} divisions, {len(renames)} renames -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_gazetteer.py <jionlp/dictionary folder>")
    main(sys.argv[1])
