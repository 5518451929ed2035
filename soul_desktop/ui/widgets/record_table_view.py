"""The table view every list uses: sorting, copy as text, export, remembered layout, Tab out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QToolTip,
    QWidget,
)

SETTINGS_GROUP = "tables"
SETTINGS_EXPORT_FOLDER = "list_export/folder"
EXPORT_SHORTCUT = "Ctrl+Shift+E"


class RecordTableView(QTableView):
    """A QTableView set up as every list in SOUL Desktop should behave.

    `state_key` names the list in QSettings, where column widths, order and the sort column
    are kept between sessions. Tab and Shift+Tab move focus out of the table instead of
    from cell to cell, so the keyboard never gets trapped; arrows move within it.
    "Export list…" (context menu, Ctrl+Shift+E) writes what the list shows to CSV or XLSX.
    """

    exportFinished = Signal(str, int)  # path, rows written
    exportFailed = Signal(str)  # why, in the interface language

    def __init__(
        self,
        state_key: str,
        accessible_name: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._state_key = state_key
        self._settings = settings
        self.setAccessibleName(accessible_name)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._export_job: object | None = None
        self.export_action = QAction(self.tr("Export list…"), self)
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.setToolTip(self.tr("Save the list as shown as CSV or XLSX"))
        self.export_action.triggered.connect(lambda: self.export_list())
        self.addAction(self.export_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        header = self.horizontalHeader()
        # Without a remembered sort, keep the order the service delivered.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._restore_state()
        self.setSortingEnabled(True)
        header.sectionResized.connect(self._save_state)
        header.sectionMoved.connect(self._save_state)
        header.sortIndicatorChanged.connect(self._save_state)

    def settings(self) -> QSettings:
        return self._settings if self._settings is not None else QSettings()

    def _restore_state(self) -> None:
        state = self.settings().value(f"{SETTINGS_GROUP}/{self._state_key}")
        header = self.horizontalHeader()
        if isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)):
            return
        self.resizeColumnsToContents()

    def _save_state(self, *_args: object) -> None:
        self.settings().setValue(
            f"{SETTINGS_GROUP}/{self._state_key}", self.horizontalHeader().saveState()
        )

    def selected_text(self) -> str:
        """The selected rows as tab-separated text with a header line, in view order."""
        model = self.model()
        if model is None:
            return ""
        header = self.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        if not rows:
            return ""
        lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in rows:
            cells = (model.index(row, c).data() for c in columns)
            lines.append("\t".join("" if v is None else str(v).replace("\t", " ") for v in cells))
        return "\n".join(lines) + "\n"

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Copy):
            text = self.selected_text()
            if text:
                QGuiApplication.clipboard().setText(text)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- export -------------------------------------------------------------------------
    def export_list(self, path: str | None = None) -> bool:
        """Write the list as shown to `path` (asked for when None); False when not started."""
        from soul_desktop.ui import list_export

        model = self.model()
        if model is None or self._export_job is not None:
            return False
        if path is None:
            path = self._ask_path()
            if not path:
                return False
        columns = list_export.visible_columns(self.horizontalHeader())
        title = self.accessibleName()
        try:
            job = list_export.start_export(model, columns, path, title)
        except Exception as exc:
            self._export_failed(exc)
            return False
        self._export_job = job
        job.signals.succeeded.connect(lambda count: self._export_done(path, count))
        job.signals.failed.connect(self._export_failed)
        return True

    def _ask_path(self) -> str:
        settings = self.settings()
        folder = str(settings.value(SETTINGS_EXPORT_FOLDER, "") or Path.home())
        csv_filter = self.tr("CSV, semicolons (*.csv)")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        name = self.accessibleName().strip() or "lista"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export list"),
            str(Path(folder) / f"{name}.xlsx"),
            f"{xlsx_filter};;{csv_filter}",
        )
        if not path:
            return ""
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".csv" if chosen == csv_filter else ".xlsx"
        settings.setValue(SETTINGS_EXPORT_FOLDER, str(Path(path).parent))
        return path

    def _export_done(self, path: str, count: int) -> None:
        self._export_job = None
        self.exportFinished.emit(path, int(count))
        # A quiet word where the user looks; the window may also show it in its status bar.
        QToolTip.showText(
            self.mapToGlobal(self.rect().topLeft()),
            self.tr("%1 rows saved to %2").replace("%1", str(count)).replace("%2", path),
            self,
        )

    def _export_failed(self, exc: object) -> None:
        from soul_desktop.ui.refusals import refusal_text

        self._export_job = None
        text = refusal_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.exportFailed.emit(text)
        if self.property("soulQuietExport"):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export list"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
