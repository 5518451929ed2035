"""The table view every list uses: sorting, copy as text, remembered layout, Tab that leaves."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SETTINGS_GROUP = "tables"


class RecordTableView(QTableView):
    """A QTableView set up as every list in SOUL Desktop should behave.

    `state_key` names the list in QSettings, where column widths, order and the sort column
    are kept between sessions. Tab and Shift+Tab move focus out of the table instead of
    from cell to cell, so the keyboard never gets trapped; arrows move within it.
    """

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
