"""List exports as CSV and XLSX that cannot attack whoever opens them in a spreadsheet.

A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return could be taken
for a formula (OWASP "CSV injection": `=HYPERLINK(...)`, DDE); such text gets a leading
single quote, so it is shown as the text it is. Numbers stay numbers (a negative number is a
number, not text), and dates stay dates: only text is ever prefixed.

CSV is written the way Swedish spreadsheet programs read it: UTF-8 with a byte-order mark,
semicolons between fields, CRLF line ends, decimal comma. XLSX cells are typed (text, number,
date, true/false), with the header row bold and frozen.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path

Cell = str | int | float | Decimal | bool | dt.date | dt.datetime | None

# What makes a spreadsheet read a cell as a formula (or a DDE call), per OWASP.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"

CSV_DELIMITER = ";"
CSV_LINE_END = "\r\n"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# Column widths are estimated from the header and this many first rows.
WIDTH_SAMPLE_ROWS = 200
MAX_COLUMN_WIDTH = 60
# Excel refuses these in a sheet's name, and names longer than 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_TITLE = 31


def neutralise(text: str) -> str:
    """Text as a spreadsheet shows it, never as a formula: dangerous starts get a `'`."""
    return NEUTRALISER + text if text.startswith(FORMULA_STARTS) else text


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary file beside `path` that replaces it only when the writing succeeded."""
    target = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


# -- CSV ---------------------------------------------------------------------------------------


def csv_text(value: Cell) -> str:
    """One cell as CSV text: numbers with a decimal comma, dates ISO, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        if isinstance(value, float) and value != value:  # NaN: no number to show
            return ""
        return str(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


def write_csv(
    path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[Cell]]
) -> int:
    """Write a CSV file (whole or not at all); returns the number of data rows."""
    count = 0
    with (
        _replacing(path) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator=CSV_LINE_END)
        writer.writerow([neutralise(str(name)) for name in header])
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
            count += 1
    return count


# -- XLSX --------------------------------------------------------------------------------------


def clean_sheet_title(title: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\, at most 31 characters, not empty."""
    cleaned = _SHEET_FORBIDDEN.sub("-", title).strip().strip("'")
    return cleaned[:MAX_SHEET_TITLE] or "Blad1"


def _xlsx_text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters XML cannot hold would make openpyxl refuse the whole file.
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))


def _width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    longest = max((len(line) for line in str(value).splitlines()), default=0)
    return min(longest, MAX_COLUMN_WIDTH)


def write_xlsx(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_title: str,
) -> int:
    """Write an XLSX workbook of one sheet (whole or not at all); returns the data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = iter(rows)
    sample = [list(row) for row in islice(rows, WIDTH_SAMPLE_ROWS)]
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "SOUL Desktop"
    workbook.properties.title = sheet_title
    sheet = workbook.create_sheet(title=clean_sheet_title(sheet_title))
    # Settings of a write-only sheet must come before its first row.
    sheet.freeze_panes = "A2"
    widths = [len(str(name)) for name in header]
    for row in sample:
        for column, value in enumerate(row[: len(widths)]):
            widths[column] = max(widths[column], _width(value))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = max(8, width + 2)

    bold = Font(bold=True)

    def header_cell(name: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=_xlsx_text(str(name)))
        cell.font = bold
        return cell

    def typed(value: Cell) -> WriteOnlyCell:
        if value is None or isinstance(value, bool) or _is_number(value):
            return WriteOnlyCell(sheet, value=value)
        if isinstance(value, dt.datetime):
            # Spreadsheets know no time zones: an aware time is shown in this computer's.
            local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
            cell = WriteOnlyCell(sheet, value=local)
            cell.number_format = DATETIME_FORMAT
            return cell
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        cell = WriteOnlyCell(sheet, value=_xlsx_text(str(value)))
        cell.data_type = "s"  # never a formula, whatever the text (belt and braces)
        return cell

    sheet.append([header_cell(name) for name in header])
    count = 0
    for row in chain(sample, rows):
        sheet.append([typed(value) for value in row])
        count += 1
    with _replacing(path) as temporary:
        workbook.save(temporary)
    return count
