"""Plain-text tables of project lists: a header row naming the columns, rows of cells.

Reports of signing ceremonies and project plans often print the projects as
a table; as text, each row is one line whose cells are separated by runs of
two or more spaces (or tabs)::

    序号  项目名称  投资方  投资额(亿元)
    1  甲项目  甲公司  12

:func:`find_tables` finds such tables (a header row naming a project column,
then rows with the same number of cells) and returns their cells with their
offsets, so extractors can read a name, an investor and an amount per row.
"""

from __future__ import annotations

import re

import attrs

#: Cells of a row: text between runs of two or more spaces or tabs (ideographic spaces too).
_CELL = re.compile(r"[^\s\u3000](?:[^\t\u3000 ]| (?! ))*")
#: A row starting with its number (``1``, ``01``, ``1.``).
_ROW_NUMBER = re.compile(r"\d{1,3}[.、．]?$")
#: Header words per column role.
COLUMN_ROLES: dict[str, re.Pattern[str]] = {
    "name": re.compile(r"项目名称|项目$|^名称"),
    "investor": re.compile(r"投资方|投资主体|投资单位|投资企业|签约企业|签约单位|建设单位|业主单位"
                           r"|合作方|企业名称"),
    "investment": re.compile(r"投资额|总投资|投资规模|计划投资|协议投资|签约金额|金额"),
    "number": re.compile(r"序号|编号"),
}
#: The unit a header gives its amounts (``投资额(亿元)``).
HEADER_UNIT = re.compile(r"[(（]\s*(亿元|万元|元|亿美元|万美元)\s*[)）]")


@attrs.frozen
class Cell:
    """One cell of a row: its text and its span in the text the table was found in."""

    text: str
    start: int
    end: int


@attrs.frozen
class Table:
    """A table: the role of each column (``name``, ``investor``, ``investment``…), the unit its
    header gives amounts, where it starts, and its rows of cells."""

    roles: tuple[str | None, ...]
    unit: str | None
    start: int
    rows: tuple[tuple[Cell, ...], ...]

    def cell(self, row: tuple[Cell, ...], role: str) -> Cell | None:
        """The cell of ``row`` in the column of ``role``, if the table has one."""
        if role not in self.roles:
            return None
        i = self.roles.index(role)
        return row[i] if i < len(row) else None


def _cells(line: str, offset: int) -> list[Cell]:
    return [Cell(m.group(), offset + m.start(), offset + m.end()) for m in _CELL.finditer(line)]


def _role(header: str) -> str | None:
    for role, rx in COLUMN_ROLES.items():
        if rx.search(header):
            return role
    return None


def is_table_line(line: str) -> bool:
    """A line of at least three cells separated by wide gaps, numbered or naming a project column
    (a row or the header of a project table, not a title)."""
    cells = _CELL.findall(line.strip())
    if len(cells) < 3:
        return False
    return bool(_ROW_NUMBER.match(cells[0])) or any(_role(c) in ("name", "number") for c in cells)


def find_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """The project tables in ``text[start:end]`` (see the module docstring)."""
    end = len(text) if end is None else end
    tables: list[Table] = []
    pos = start
    header: list[Cell] | None = None
    rows: list[tuple[Cell, ...]] = []
    table_start = start

    def close() -> None:
        if header is not None and rows:
            roles = tuple(_role(c.text) for c in header)
            unit = next((m.group(1) for c in header if (m := HEADER_UNIT.search(c.text))), None)
            tables.append(Table(roles, unit, table_start, tuple(rows)))

    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        cells = _cells(text[pos:line_end], pos)
        if header is not None and len(cells) == len(header):
            rows.append(tuple(cells))
        else:
            close()
            header, rows = None, []
            if len(cells) >= 3 and "name" in (_role(c.text) for c in cells):
                header, table_start = cells, pos
        pos = line_end + 1
    close()
    return tables


__all__ = ["Cell", "Table", "find_tables", "is_table_line", "COLUMN_ROLES"]
