"""CSV and XLSX exports: typed cells, Swedish CSV conventions, and no cell that starts a formula."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soul_desktop.reports.tabular import (
    FORMULA_STARTS,
    clean_sheet_title,
    neutralise,
    write_csv,
    write_xlsx,
)

HEADER = ["Namn", "Timmar", "Saldo", "Belopp", "Född", "Registrerad", "Tom", "Närvarande"]
ROW = [
    '=HYPERLINK("http://x","klicka")',
    12,
    -3,
    Decimal("-1.50"),
    dt.date(1975, 3, 15),
    dt.datetime(2026, 11, 27, 14, 5),
    None,
    True,
]


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_csv_is_utf8_with_bom_semicolons_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    assert (
        write_csv(path, HEADER, [ROW, ["Åsa Öberg", 0, 2.5, Decimal("7"), None, None, "", False]])
        == 2
    )

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 3 and b"\n" not in raw.replace(b"\r\n", b"")
    assert _read_csv(path) == [
        HEADER,
        ["'=HYPERLINK(\"http://x\",\"klicka\")", "12", "-3", "-1,50", "1975-03-15",
         "2026-11-27 14:05", "", "ja"],
        ["Åsa Öberg", "0", "2,5", "7", "", "", "", "nej"],
    ]  # fmt: skip


def test_xlsx_cells_are_typed_and_the_header_bold_and_frozen(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    assert write_xlsx(path, HEADER, [ROW], sheet_title="Deltagare SE32") == 1

    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Deltagare SE32"
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == HEADER
    assert all(c.font.b for c in sheet[1])
    cells = sheet[2]
    assert cells[0].value == '\'=HYPERLINK("http://x","klicka")' and cells[0].data_type == "s"
    assert (cells[1].value, cells[1].data_type) == (12, "n")
    assert (cells[2].value, cells[2].data_type) == (-3, "n")  # a negative number is a number
    assert cells[3].value == Decimal("-1.5") and cells[3].data_type == "n"
    assert cells[4].value == dt.datetime(1975, 3, 15) and cells[4].number_format == "yyyy-mm-dd"
    assert cells[5].value == dt.datetime(2026, 11, 27, 14, 5)
    assert cells[5].number_format == "yyyy-mm-dd hh:mm"
    assert cells[6].value is None
    assert cells[7].value is True
    assert not any(c.font.b for c in cells)


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("förra exporten")

    def rows() -> object:
        yield ["ok"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_csv(path, ["Namn"], rows())  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        write_xlsx(path.with_suffix(".xlsx"), ["Namn"], rows(), sheet_title="x")  # type: ignore[arg-type]
    assert path.read_text() == "förra exporten"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lista.csv"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Närvaro: vecka 12/13", "Närvaro- vecka 12-13"), ("", "Blad1"), ("x" * 40, "x" * 31)],
)
def test_sheet_titles_are_made_acceptable_to_excel(title: str, expected: str) -> None:
    assert clean_sheet_title(title) == expected


def test_xlsx_replaces_control_characters_xml_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    write_xlsx(path, ["Anteckning"], [["ring\x07 tillbaka"]], sheet_title="x")
    assert openpyxl.load_workbook(path).active["A2"].value == "ring\ufffd tillbaka"


# -- property: no text cell can start a formula ----------------------------------------------

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
) | st.sampled_from(["=1+1", "+46 70", "-x", "@A1", "\tTAB", "\rCR", "-3", "=", "'=x"])
numbers = (
    st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
    | st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False)
)
cells = texts | numbers | st.dates(min_value=dt.date(1901, 1, 1)) | st.none() | st.booleans()
tables = st.integers(min_value=1, max_value=4).flatmap(
    lambda width: st.tuples(
        st.lists(texts, min_size=width, max_size=width),
        st.lists(st.lists(cells, min_size=width, max_size=width), max_size=6),
    )
)


def _is_text(value: object) -> bool:
    return isinstance(value, str)


# too_slow: the first draw of any text builds Hypothesis's Unicode tables (over a second).
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(table=tables)
def test_no_written_text_cell_can_start_a_formula(tmp_path: Path, table: tuple) -> None:
    header, rows = table
    csv_path, xlsx_path = tmp_path / "p.csv", tmp_path / "p.xlsx"
    write_csv(csv_path, header, rows)
    write_xlsx(xlsx_path, header, rows, sheet_title="Egenskap")

    read = _read_csv(csv_path)
    assert len(read) == len(rows) + 1
    for written, original in zip(read, [header, *rows], strict=True):
        for cell, value in zip(written, original, strict=True):
            if _is_text(value):
                assert not cell.startswith(FORMULA_STARTS), cell
                assert cell == neutralise(value)
            elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                # Numbers are written as numbers, a minus sign and all.
                assert float(cell.replace(",", ".")) == pytest.approx(float(value))

    sheet = openpyxl.load_workbook(xlsx_path).active
    grid = list(sheet.iter_rows(min_row=1, max_row=len(rows) + 1, max_col=len(header)))
    for written, original in zip(grid, [header, *rows], strict=True):
        for cell, value in zip(written, original, strict=True):
            assert cell.data_type != "f"
            if isinstance(cell.value, str):
                assert not cell.value.startswith(FORMULA_STARTS), cell.value
            if _is_text(value) and value:
                assert cell.data_type == "s"
            elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                assert cell.data_type == "n"
                assert float(cell.value) == pytest.approx(float(value))
