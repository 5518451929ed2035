"""The shared table view: copy as text, remembered layout, Tab leaves the table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.ui.models.record_table import Column, RecordTableModel
from soul_desktop.ui.widgets.record_table_view import RecordTableView


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    town: str


def _model() -> RecordTableModel[Row]:
    model: RecordTableModel[Row] = RecordTableModel(
        [Column("Namn", lambda r: r.name), Column("Ort", lambda r: r.town)], key=lambda r: r.id
    )
    model.set_records([Row("1", "Åsa", "Åre"), Row("2", "Bo", "Bräcke"), Row("3", "Cia", "Berg")])
    return model


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)


def test_copy_gives_header_and_selected_rows(qtbot: QtBot, tmp_path: Path) -> None:
    view = RecordTableView("test/copy", "Lista", settings=_settings(tmp_path))
    qtbot.addWidget(view)
    view.setModel(_model())
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(view.model().index(0, 0), flags)
    selection.select(view.model().index(2, 0), flags)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Namn\tOrt\nÅsa\tÅre\nCia\tBerg\n"


def test_sort_and_widths_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    settings = _settings(tmp_path)
    view = RecordTableView("test/state", "Lista", settings=settings)
    qtbot.addWidget(view)
    view.setModel(_model())
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    view.setColumnWidth(0, 211)
    again = RecordTableView("test/state", "Lista", settings=settings)
    qtbot.addWidget(again)
    model = _model()
    again.setModel(model)
    assert again.columnWidth(0) == 211
    assert again.horizontalHeader().sortIndicatorSection() == 1
    assert [model.record_at(r).town for r in range(3)] == ["Berg", "Bräcke", "Åre"]


def test_tab_leaves_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    view = RecordTableView("test/tab", "Lista", settings=_settings(tmp_path))
    view.setModel(_model())
    after = QLineEdit()
    layout.addWidget(view)
    layout.addWidget(after)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.waitUntil(host.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.hasFocus()
