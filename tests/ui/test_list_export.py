"""Export a list as shown: visible columns in view order, rows as sorted and filtered, typed."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain.reports import ReportError
from soul_desktop.ui import list_export
from soul_desktop.ui.models.record_table import Column, RecordTableModel, SearchProxyModel
from soul_desktop.ui.widgets.record_table_view import RecordTableView


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    born: dt.date
    hours: int
    status: str


def _model() -> RecordTableModel[Row]:
    model: RecordTableModel[Row] = RecordTableModel(
        [
            Column("Namn", lambda r: r.name),
            Column("Född", lambda r: r.born.isoformat(), sort_key=lambda r: r.born),
            Column(
                "Timmar", lambda r: f"{r.hours:,}".replace(",", " "), sort_key=lambda r: r.hours
            ),
            # Sorted by an order number that is not what the list shows.
            Column("Status", lambda r: r.status, sort_key=lambda r: len(r.status)),
        ],
        key=lambda r: r.id,
    )
    model.set_records(
        [
            Row("1", "Åsa Öberg", dt.date(1980, 5, 1), 12, "klar"),
            Row("2", "=HYPERLINK(1)", dt.date(1990, 1, 2), 1500, "avbruten"),
            Row("3", "Bo Ek", dt.date(1975, 3, 3), 3, "klar"),
        ]
    )
    return model


def _view(qtbot: QtBot, tmp_path: Path) -> tuple[RecordTableView, SearchProxyModel]:
    view = RecordTableView(
        "test/export",
        "Deltagare",
        settings=QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat),
    )
    view.setProperty("soulQuietExport", True)
    qtbot.addWidget(view)
    proxy = SearchProxyModel()
    proxy.setSourceModel(_model())
    view.setModel(proxy)
    return view, proxy


def _shown(view: RecordTableView, proxy: SearchProxyModel) -> None:
    # Hours sorted descending, "Född" hidden, "Status" moved first, only the "klar" rows.
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    view.setColumnHidden(1, True)
    view.horizontalHeader().moveSection(3, 0)
    proxy.set_search("klar")


def test_csv_has_what_the_list_shows(qtbot: QtBot, tmp_path: Path) -> None:
    view, proxy = _view(qtbot, tmp_path)
    _shown(view, proxy)
    path = tmp_path / "lista.csv"
    with qtbot.waitSignal(view.exportFinished, timeout=5000) as blocker:
        assert view.export_list(str(path))
    assert blocker.args == [str(path), 2]
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows == [
        ["Status", "Namn", "Timmar"],
        ["klar", "Åsa Öberg", "12"],
        ["klar", "Bo Ek", "3"],
    ]


def test_xlsx_keeps_numbers_and_dates_typed(qtbot: QtBot, tmp_path: Path) -> None:
    view, _proxy = _view(qtbot, tmp_path)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    path = tmp_path / "lista.xlsx"
    with qtbot.waitSignal(view.exportFinished, timeout=5000):
        view.export_list(str(path))
    sheet = openpyxl.load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Namn", "Född", "Timmar", "Status"]
    by_name = {row[0]: row for row in values[1:]}
    assert by_name["Åsa Öberg"][1] == dt.datetime(1980, 5, 1)  # a date cell
    assert by_name["Åsa Öberg"][2] == 12
    assert by_name["'=HYPERLINK(1)"][2] == 1500  # "1 500" on screen, a number in the file
    assert by_name["Bo Ek"][3] == "klar"  # the shown status, not its sort number
    assert sheet.freeze_panes == "A2"


def test_a_wrong_ending_is_refused_before_anything_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    view, _proxy = _view(qtbot, tmp_path)
    with qtbot.waitSignal(view.exportFailed, timeout=2000) as blocker:
        assert not view.export_list(str(tmp_path / "lista.pdf"))
    assert ".csv" in blocker.args[0]
    assert not (tmp_path / "lista.pdf").exists()
    with pytest.raises(ReportError):
        list_export.write_rows(tmp_path / "x.txt", ["a"], [], "x")


def test_export_action_in_context_menu_and_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    view, _proxy = _view(qtbot, tmp_path)
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert view.export_action in view.actions()
    assert view.export_action.shortcut().toString() == "Ctrl+Shift+E"


def test_cell_value_keeps_text_unless_it_states_the_typed_value() -> None:
    assert list_export.cell_value("1 234", 1234) == 1234
    assert list_export.cell_value("2,5", 2.5) == 2.5
    assert list_export.cell_value("Avbruten", 3) == "Avbruten"
    assert list_export.cell_value("2010-03-01", dt.date(2010, 3, 1)) == dt.date(2010, 3, 1)
    assert list_export.cell_value("mars 2010", dt.date(2010, 3, 1)) == "mars 2010"
    assert list_export.cell_value("ja", True) == "ja"
    assert list_export.cell_value(None, None) == ""
