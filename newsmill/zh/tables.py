"""Plain-text tables of project lists: a header row naming the columns, rows of cells.

Reports of signing ceremonies and project plans often print the projects as
a table; as text, each row is one line whose cells are separated by runs of
two or more spaces (or tabs), or by vertical bars (``|``, ``｜``) on web pages::

    序号  项目名称  投资方  投资额(亿元)
    1  甲项目  甲公司  12

:func:`find_tables` finds such tables (a header row naming a project column,
then rows with the same number of cells) and returns their cells with their
offsets, so extractors can read a name, an investor and an amount per row.  Numbered rows with
no header (``1｜甲项目｜总投资12亿元｜主体施工``) are a table too: what the first row's cells hold
tells their columns.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from newsmill.zh.cues import STAGE_RE

#: Cells of a row: text between runs of two or more spaces or tabs (ideographic spaces too),
#: or between vertical bars.
_CELL = re.compile(r"[^\s\u3000|｜](?:[^\t\u3000 |｜]| (?=[^\s\u3000|｜]))*")
#: A markdown table's rule under its header (``| --- | :---: |``): no row.
_RULE_CELL = re.compile(r":?-{3,}:?")
#: Characters that show a line may be a table row: a wide gap, a tab or a bar between cells.
CELL_GAPS = ("  ", "\t", "|", "｜")


def may_be_table(text: str) -> bool:
    """Cheap first test before :func:`find_tables` / :func:`is_table_line`: a wide gap, a tab or a
    vertical bar is in ``text``."""
    return any(g in text for g in CELL_GAPS)
#: A row starting with its number (``1``, ``01``, ``1.``).
_ROW_NUMBER = re.compile(r"\d{1,3}[.、．]?$")
#: Header words per column role.
COLUMN_ROLES: dict[str, re.Pattern[str]] = {
    "name": re.compile(r"项目名称|项目$|^名称"),
    "investor": re.compile(r"投资方|投资主体|投资单位|投资企业|签约企业|签约单位|建设单位|业主单位"
                           r"|合作方|企业名称"),
    # (a year's share of the sum, ``年度计划投资（亿元）``, ``2024年计划投资``: not the project's amount)
    "annual": re.compile(r"年度(?:计划)?投资|本年(?:计划|度)?投资|\d{4}年(?:计划)?投资"),
    "investment": re.compile(r"投资额|总投资|投资规模|计划投资|协议投资|签约金额|金额"),
    "number": re.compile(r"序号|编号"),
    "place": re.compile(r"建设地点|项目地点|建设地址|所在地|项目位置|^地点$"
                        r"|所在县|所在区|县市区|所属县|属地|落地县|落户地|落地地点"
                        # (where a signing's projects land: ``落地地区``, ``落户地区``, ``落地区域``)
                        r"|(?:落地|落户|所在|所属)(?:地区|区域|县区|区县)"),
    "content": re.compile(r"建设(?:规模及)?内容|建设规模|主要内容|项目内容"),
    "progress": re.compile(r"进展|进度|所处阶段|项目阶段|建设阶段"),
    # what a year's list says of each row (``建设性质``: 新开工, 续建, 竣工, 预备)
    "nature": re.compile(r"建设性质|项目性质|建设类型"),
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
    #: The unit each column's header gives its amounts (``总投资（万元）``), None where it gives none.
    units: tuple[str | None, ...] = ()

    def cell(self, row: tuple[Cell, ...], role: str) -> Cell | None:
        """The cell of ``row`` in the column of ``role``, if the table has one."""
        if role not in self.roles:
            return None
        i = self.roles.index(role)
        return row[i] if i < len(row) else None


def column_units(header: list[Cell]) -> tuple[str | None, ...]:
    """The amount unit each header cell gives (``投资额(亿元)`` → ``亿元``), None where none."""
    return tuple(m.group(1) if (m := HEADER_UNIT.search(c.text)) else None for c in header)


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
    return bool(_ROW_NUMBER.match(cells[0])) or any(_role(c) in ("name", "number") for c in cells) \
        or is_figures_row(cells)


#: A cell holding a figure only (``702.3``, ``-4.1``, ``12%``), or a dash for no figure.
_FIGURE_CELL = re.compile(r"[-−+]?\d[\d,.]*%?|[—–-]{1,2}")
#: The first cell of a statistics table's header row (``指标名称``, ``指标``, ``项目``).
_FIGURES_HEADER = re.compile(r"指标(?:名称)?|主要指标")


def is_figures_row(cells: list[str]) -> bool:
    """Cells of a statistics table row: a label then mostly figures (``产量(万吨)  12.5  3.1``),
    or the header row (``指标名称  5月份  同比增长(%) …``)."""
    if _FIGURES_HEADER.fullmatch(cells[0]):
        return True
    figures = sum(1 for c in cells[1:] if _FIGURE_CELL.fullmatch(c))
    return figures >= 2 and 2 * figures >= len(cells) - 1


#: A category head inside a table, on a line of its own or as a row with one filled cell
#: (``一、先进制造业（5个）``, ``（二）基础设施``, ``| **三、社会事业** |  |  |``): the rows under it go on.
_SECTION_ROW = re.compile(r"(?:\*\*)?"
                          r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
                          r"[^\s\d|｜。；;，,]{2,20}(?:[（(]\d{1,4}个[)）])?(?:\*\*)?")
#: A note giving the unit of a table's amounts on a line above it (``（单位：亿元）``, ``金额单位：万元``).
_NOTE_UNIT = re.compile(r"[（(]?\s*(?:金额|投资)?单位\s*[：:]\s*(亿元|万元|元)\s*[)）]?[ \t\u3000]*\n")


def _note_unit(text: str, start: int) -> str | None:
    """The unit a note line right above a table's header gives its bare amounts, if any."""
    before = text[max(0, start - 40):start]
    found = list(_NOTE_UNIT.finditer(before))
    if not found or before[found[-1].end():].strip():
        return None
    return found[-1].group(1)


def _display_col(text: str, line_start: int, pos: int) -> int:
    """The column ``pos`` is printed at on its line, a wide (Han) character taking two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[line_start:pos])


def _join(a: Cell, b: Cell) -> Cell:
    """A cell cut by a line break, rejoined: its text without the break, its span over both parts."""
    return Cell(a.text + b.text, a.start, b.end)


def _aligned_tail(text: str, row: tuple[Cell, ...], cells: list[Cell],
                  line_start: int) -> tuple[Cell, ...] | None:
    """``row`` with the fragments of an indented line under it (a PDF table's cells wrapped onto
    the next line, each fragment printed under its own column) appended to the cells they
    continue; None when a fragment stands under no cell of the row."""
    row_start = text.rfind("\n", 0, row[0].start) + 1
    cols = [_display_col(text, row_start, c.start) for c in row]
    out = list(row)
    for frag in cells:
        x = _display_col(text, line_start, frag.start)
        i = min(range(len(cols)), key=lambda k: abs(cols[k] - x))
        if abs(cols[i] - x) > 2:
            return None
        out[i] = _join(out[i], frag)
    return tuple(out)


#: A short cell telling where works stand (``主体施工``, ``设备安装``, ``已投产``).
_PROGRESS_CELL = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _progress_text(cell: str) -> bool:
    """True when a header-less row's cell tells the works' progress: a few characters holding a
    stage cue, no name (``主体施工``, not ``某某施工项目``)."""
    return bool(_PROGRESS_CELL.fullmatch(cell)) and _role(cell) is None \
        and STAGE_RE.search(cell) is not None


def find_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """The project tables in ``text[start:end]`` (see the module docstring).

    Inside a table, a category head (``一、先进制造业（5个）``) does not end it; a row whose
    last cell runs onto the next line (a cell holding a line break, ``…，⏎年加工黑茶3万吨|2025—2027``)
    is rejoined; and in a table set with blanks, an indented line of fragments under a row's
    columns (a PDF row wrapped: ``   新材料项目        有限公司``) continues that row's cells.
    A note above the header (``（单位：亿元）``) gives the amounts' unit when the header gives none.
    """
    end = len(text) if end is None else end
    tables: list[Table] = []
    pos = start
    header: list[Cell] | None = None
    rows: list[tuple[Cell, ...]] = []
    split: list[Cell] | None = None  # the first part of a row cut by a line break
    table_start = start

    def close() -> None:
        if header is not None and rows:
            roles = tuple(_role(c.text) for c in header)
            units = column_units(header)
            unit = next((u for u in units if u), None) or _note_unit(text, table_start)
            found = tuple(rows)
            if _ROW_NUMBER.fullmatch(header[0].text) and _ROW_NUMBER.fullmatch(rows[0][0].text):
                # no header: numbered rows from the first (``1｜某项目｜总投资…｜主体施工``), their
                # columns told by what the first row's cells hold
                roles = ("number", *(r or ("progress" if _progress_text(c.text) else None)
                                     for r, c in zip(roles[1:], header[1:], strict=True)))
                found = (tuple(header), *found)
            tables.append(Table(roles, unit, table_start, found, units))

    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        cells = _cells(text[pos:line_end], pos)
        if header is not None and cells:
            width = len(header)
            if all(_RULE_CELL.fullmatch(c.text) for c in cells) \
                    or (len(cells) == 1 and split is None and _SECTION_ROW.fullmatch(cells[0].text)):
                pos = line_end + 1
                continue  # the rule under a markdown table's header, or a category head
            if split is not None:
                joined = None
                if len(split) + len(cells) == width + 1:
                    joined = (*split[:-1], _join(split[-1], cells[0]), *cells[1:])
                elif len(split) + len(cells) == width:
                    joined = (*split, *cells)
                split = None
                if joined is not None:
                    rows.append(joined)
                    pos = line_end + 1
                    continue
            elif 2 <= len(cells) < width and _ROW_NUMBER.match(cells[0].text):
                split = cells  # a row whose last cell goes on past the line break
                pos = line_end + 1
                continue
            elif rows and len(cells) < width and text[pos:pos + 2] in ("  ", "\u3000\u3000") \
                    and "\t" not in text[pos:line_end] and "|" not in text[pos:line_end]:
                tail = _aligned_tail(text, rows[-1], cells, pos)
                if tail is not None:
                    rows[-1] = tail
                    pos = line_end + 1
                    continue
        if header is not None and len(cells) == len(header):
            rows.append(tuple(cells))
        else:
            close()
            header, rows, split = None, [], None
            if len(cells) >= 3 and "name" in (_role(c.text) for c in cells) \
                    and not any(_FIGURE_CELL.fullmatch(c.text) for c in cells[1:]):
                # (a row of figures is no header: ``新开工项目  12  18.4`` names a kind, no column)
                header, table_start = cells, pos
        pos = line_end + 1
    close()
    return tables


#: The header of a table printed from a PDF with single spaces between cells (``序号 项目名称 投资额``).
_WRAPPED_HEAD = re.compile(r"(?:序号|编号)[ \u3000]+\S")
#: A row opening with its number and a space (``3 某某项目 12.5 …``), or a tab where a row of
#: such a table was copied with tabs between its cells (``3⇥某某项目⇥12.5``).
_WRAPPED_ROW = re.compile(r"(\d{1,3})[.、．]?[ \t\u3000]+\S")
_ASCII_END = re.compile(r"[\x21-\x7e]")


def _wrapped_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text[start:end]``."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _joined_cells(text: str, lines: list[tuple[int, int]]) -> list[Cell]:
    """The cells of lines that wrap one row: space-separated tokens, a token cut by a line break
    rejoined (no space between Han characters; a figure after the break starts a new token)."""
    cells: list[Cell] = []
    open_cell: Cell | None = None
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        for j, m in enumerate(re.finditer(r"\S+", line)):
            tok = Cell(m.group(), s + m.start(), s + m.end())
            # a line's first token continues the cell the last line ended with, unless a figure
            # starts after Han text (``…项目⏎48.6``: the next column)
            figure_after_han = tok.text[0].isdigit() and _ASCII_END.match(open_cell.text[-1]) is None \
                if open_cell is not None else False
            if k > 0 and j == 0 and open_cell is not None and not figure_after_han:
                open_cell = Cell(open_cell.text + tok.text, open_cell.start, tok.end)
                cells[-1] = open_cell
            else:
                open_cell = tok
                cells.append(tok)
    return cells


def find_wrapped_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """Project tables printed from a PDF with single spaces between cells and cells wrapped
    onto the next lines (``序号 项目名称 投资额⏎（亿元） 建设内容⏎1 某某新材料⏎产业园项目 48.6 …``).

    The header opens with ``序号``/``编号`` and names a project column; each row
    opens with the next number; a row ends where the next number or a blank line
    starts.  Cells cut by a wrap are rejoined (their span covers the line
    break); cells beyond the header's last column belong to the last one.
    """
    end = len(text) if end is None else end
    tables: list[Table] = []
    lines = _wrapped_lines(text, start, end)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if not _WRAPPED_HEAD.match(text, s, e) or "  " in text[s:e]:
            i += 1
            continue
        j = i + 1  # the header may wrap too, up to the first row
        while j < len(lines) and lines[j][1] > lines[j][0] and not _WRAPPED_ROW.match(text, *lines[j]):
            j += 1
        header = _joined_cells(text, lines[i:j])
        roles = tuple(_role(c.text) for c in header)
        if "name" not in roles or j - i > 3:
            i += 1
            continue
        units = column_units(header)
        unit = next((u for u in units if u), None)
        rows: list[tuple[Cell, ...]] = []
        number = 1
        while j < len(lines):
            m = _WRAPPED_ROW.match(text, *lines[j])
            if m is None or int(m.group(1)) != number:
                break
            k = j + 1
            while k < len(lines) and lines[k][1] > lines[k][0] and not (
                    (n := _WRAPPED_ROW.match(text, *lines[k])) and int(n.group(1)) == number + 1):
                k += 1
            cells = _joined_cells(text, lines[j:k])
            if len(cells) >= len(header):
                last = cells[len(header) - 1:]
                tail = Cell("".join(c.text for c in last), last[0].start, last[-1].end)
                rows.append((*cells[:len(header) - 1], tail))
            number += 1
            j = k
        if rows:
            tables.append(Table(roles, unit, lines[i][0], tuple(rows), units))
        i = j
    return tables


#: A line holding only a table's number column head (``序号``), the first of a header printed one
#: cell per line.
_STACKED_HEAD = re.compile(r"[ \u3000]*(?:序号|编号)[ \u3000]*")
#: A header cell alone on its line: short, no sentence punctuation.
_HEAD_CELL = re.compile(r"[^，。；：,;:\s]{2,14}")
#: The label of a sub-total or total row (``合计``, ``小计``, ``总计``), which ends a table.
SUBTOTAL = re.compile(r"[ \u3000]*(?:合\s*计|小\s*计|总\s*计)")


def _line_cell(text: str, s: int, e: int) -> Cell:
    """The text of one line without its outer spaces, as a cell."""
    line = text[s:e]
    lead = len(line) - len(line.lstrip())
    body = line.strip()
    return Cell(body, s + lead, s + lead + len(body))


def find_stacked_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """Project tables printed from a PDF with every cell on its own line: the header's cells one
    per line (``序号`` ⏎ ``项目名称`` ⏎ ``建设单位`` ⏎ ``总投资(亿元)``), then each row as its number
    on a line and its other cells on the lines after it.

    The header needs three cells or more, one of them a project column; rows follow in number
    order, each with exactly as many lines as the header has cells; a blank line, a line out of
    order or a sub-total row (``合计``) ends the table.
    """
    end = len(text) if end is None else end
    tables: list[Table] = []
    lines = _wrapped_lines(text, start, end)
    i = 0
    while i < len(lines):
        if not _STACKED_HEAD.fullmatch(text, *lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i < 12 and _HEAD_CELL.fullmatch(text[lines[j][0]:lines[j][1]].strip()) \
                and not text[lines[j][0]:lines[j][1]].strip().isdigit():
            j += 1
        header = [_line_cell(text, *ln) for ln in lines[i:j]]
        roles = tuple(_role(c.text) for c in header)
        width = len(header)
        if width < 3 or "name" not in roles:
            i += 1
            continue
        rows: list[tuple[Cell, ...]] = []
        number = 1
        while j + width <= len(lines):
            first = text[lines[j][0]:lines[j][1]].strip()
            if not _ROW_NUMBER.fullmatch(first) or int(first.rstrip(".、．")) != number:
                break
            cells = [_line_cell(text, *ln) for ln in lines[j:j + width]]
            if any(not c.text for c in cells) or any(SUBTOTAL.match(c.text) for c in cells):
                break
            rows.append(tuple(cells))
            number += 1
            j += width
        if rows:
            units = column_units(header)
            tables.append(Table(roles, next((u for u in units if u), None), lines[i][0], tuple(rows), units))
        i = max(j, i + 1)
    return tables


#: A list item giving a project's fields by label (``1.项目名称：甲；建设单位：乙；总投资：3亿元``).
_LABELLED_ITEM = re.compile(r"[ \u3000]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）]|[①-⑳])?[ \u3000]*"
                            r"(?=项目名称[：:])")
#: One ``label：value`` field of such an item, up to the next semicolon or the item's end.
_LABELLED_FIELD = re.compile(r"([^：:；;。\n]{2,10})[：:]([^；;\n]+?)(?=[；;]|。?[ \u3000]*$)")


#: A numbered item whose name leads unlabelled and ends its sentence before the labelled fields
#: (``1.甲项目。业主单位：某公司；总投资52亿元；建设内容：…``), or is set apart from them by an
#: ideographic space, as are the fields from each other (``1．甲项目　建设单位：某公司　总投资3.4亿元``).
_NAMED_ITEM = re.compile(r"[ \u3000]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）]|[①-⑳])[ \u3000]*"
                         r"(?P<name>[^：:；;。，,\s]{4,40}?(?:项目|工程))(?:[。；;][ \u3000]*|\u3000+)"
                         r"(?=[^：:；;。，,\n\u3000]{2,10}[：:])")
#: An amount after its word with no colon, as one field of such an item (``总投资52亿元``).
_BARE_AMOUNT_FIELD = re.compile(r"(?:总投资|计划总投资|计划投资|投资)(?:约|达|为)?(?=\d)")


def _named_row(text: str, s: int, e: int) -> tuple[tuple[str | None, ...], tuple[Cell, ...]] | None:
    """The roles and cells of an item whose unlabelled name opens it, its other fields by label;
    a field giving an amount after its word without a colon (``总投资52亿元``) is the amount."""
    m = _NAMED_ITEM.match(text, s, e)
    if m is None:
        return None
    roles: list[str | None] = ["name"]
    cells = [Cell(m.group("name"), m.start("name"), m.end("name"))]
    pos = m.end()
    spaced = "\u3000" in text[m.end("name"):m.end()]  # fields apart by ideographic spaces
    for part in re.finditer(r"[^；;\n\u3000]+" if spaced else r"[^；;\n]+", text[pos:e]):
        p0, p1 = pos + part.start(), pos + part.end()
        while p1 > p0 and text[p1 - 1] in "。 \u3000":
            p1 -= 1
        seg = text[p0:p1]
        colon = re.match(r"([^：:。，,]{2,10})[：:]", seg)
        if colon is not None:
            roles.append(_role(colon.group(1).strip()))
            cells.append(Cell(text[p0 + colon.end():p1], p0 + colon.end(), p1))
            continue
        bare = _BARE_AMOUNT_FIELD.match(seg)
        if bare is not None:
            roles.append("investment")
            cells.append(Cell(text[p0 + bare.end():p1], p0 + bare.end(), p1))
    if len(cells) < 3:
        return None
    return tuple(roles), tuple(cells)


def has_named_items(text: str) -> bool:
    """True when ``text`` has a line that is a numbered item of a project named before its
    labelled fields (cheap test before :func:`find_labelled_tables`)."""
    return any(_NAMED_ITEM.match(line) for line in text.splitlines())


def _labelled_row(text: str, s: int, e: int) -> tuple[tuple[str | None, ...], tuple[Cell, ...]] | None:
    """The roles and value cells of one labelled item line, None when it is no such item."""
    m = _LABELLED_ITEM.match(text, s, e)
    if m is None:
        return _named_row(text, s, e)
    line = text[m.end():e]
    roles: list[str | None] = []
    cells: list[Cell] = []
    for f in _LABELLED_FIELD.finditer(line):
        roles.append(_role(f.group(1).strip()))
        v0, v1 = m.end() + f.start(2), m.end() + f.end(2)
        cells.append(Cell(text[v0:v1], v0, v1))
    if len(cells) < 3 or roles[0] != "name":
        return None
    return tuple(roles), tuple(cells)


def find_labelled_tables(text: str, start: int = 0, end: int | None = None) -> list[Table]:
    """Lists of projects with one item per line giving each field by its label
    (``1.项目名称：甲项目；建设单位：某公司；建设地点：某镇；总投资：4.2亿元；建设内容：…``), read as
    tables: the labels are the header, each item a row.  Items in a row with the same labels
    (blank lines between them allowed) make one table; the amounts keep their own units."""
    end = len(text) if end is None else end
    tables: list[Table] = []
    current: tuple[tuple[str | None, ...], int, list[tuple[Cell, ...]]] | None = None
    for s, e in _wrapped_lines(text, start, end):
        if s == e or not text[s:e].strip():
            continue
        row = _labelled_row(text, s, e)
        if current is not None and (row is None or row[0] != current[0]):
            tables.append(Table(current[0], None, current[1], tuple(current[2]), (None,) * len(current[0])))
            current = None
        if row is not None:
            if current is None:
                current = (row[0], s, [])
            current[2].append(row[1])
    if current is not None:
        tables.append(Table(current[0], None, current[1], tuple(current[2]), (None,) * len(current[0])))
    return tables


def wrapped_table_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each table :func:`find_wrapped_tables` or :func:`find_stacked_tables`
    finds: header to last row."""
    tables = find_wrapped_tables(text, start, end) + find_stacked_tables(text, start, end)
    return sorted((t.start, t.rows[-1][-1].end) for t in tables)


def spaced_row_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the header and of each row of a table printed with single spaces (see
    :func:`find_wrapped_tables`) that stands on one line with one token per column
    (``序号 项目名称 建设内容 总投资（万元） …`` ⏎ ``1 某某项目 新建车间 186000 62000 …``): its
    blanks are the gaps between cells, not noise inside words, even where a cell holds a comma
    (``主体完工，设备安装85%``)."""
    if "序号" not in text and "编号" not in text:
        return []
    out: list[tuple[int, int]] = []
    for table in find_wrapped_tables(text):
        width = len(table.roles)
        head_end = text.find("\n", table.start)
        head = text[table.start:head_end if head_end >= 0 else len(text)]
        if width >= 4 and len(head.split()) == width:
            out.append((table.start, table.start + len(head)))
        for row in table.rows:
            a, b = row[0].start, row[-1].end
            if "\n" not in text[a:b] and len(text[a:b].split()) == width:
                out.append((a, b))
    return out


def plain_table_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each table :func:`find_tables` finds: header to the last row's wrapped
    part."""
    return [(t.start, max(c.end for c in t.rows[-1])) for t in find_tables(text, start, end)]


#: The note of a table's unit on its own line (``（单位：亿元）``), under the table's title.
TABLE_NOTE = re.compile(r"[（(]?\s*(?:金额|投资)?单位\s*[：:]\s*(?:亿元|万元|元)\s*[)）]?")


__all__ = ["plain_table_spans", "TABLE_NOTE", "Cell", "Table", "find_tables", "may_be_table",
           "find_wrapped_tables", "wrapped_table_spans", "spaced_row_spans",
           "find_stacked_tables", "find_labelled_tables", "SUBTOTAL",
           "is_table_line", "column_units",
           "is_figures_row", "COLUMN_ROLES"]
