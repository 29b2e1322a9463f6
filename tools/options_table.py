"""The table of every built-in plugin's options, as ``docs/config.md`` shows it.

    python tools/options_table.py            # print the table
    python tools/options_table.py --write    # replace it in docs/config.md

``tests/test_core_docs.py`` checks that the table in the doc is this one.
"""

from __future__ import annotations

import importlib
import sys
from importlib.metadata import entry_points
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "config.md"
BEGIN = "<!-- options table: python tools/options_table.py --write -->"
END = "<!-- end of options table -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def options_table() -> str:
    """A Markdown table: plugin, option, type, default and help of every built-in option."""
    rows = ["| plugin | option | type | default | meaning |", "|---|---|---|---|---|"]
    builtins = sorted((ep.name, ep.value) for ep in entry_points(group="newsmill")
                      if ep.value.startswith("newsmill.plugins."))
    for name, module in builtins:
        declare = getattr(importlib.import_module(module), "newsmill_config_options", None)
        for option, spec in (declare() if declare else {}).items():
            types = spec.type if isinstance(spec.type, tuple) else (spec.type,)
            type_name = " or ".join(t.__name__ for t in types)
            rows.append(f"| `{name}` | `{option}` | {type_name} | `{_cell(repr(spec.default))}` "
                        f"| {_cell(spec.help)} |")
    return "\n".join(rows)


def table_in_doc(text: str) -> str:
    """The table between the markers of ``docs/config.md``."""
    return text.split(BEGIN, 1)[1].split(END, 1)[0].strip()


def main() -> None:
    """Print the table, or write it into docs/config.md with ``--write``."""
    table = options_table()
    if "--write" not in sys.argv[1:]:
        print(table)
        return
    head, rest = DOC.read_text(encoding="utf-8").split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DOC.write_text(f"{head}{BEGIN}\n{table}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
