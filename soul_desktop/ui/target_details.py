"""What lies behind a number on the targets page: the persons or courses, in a dialog.

Also the two controls that open it: a number that is a button (`NumberButton`) and a table
whose number cells open it on a click or Enter (`DrillTableView`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.targets import CourseBrief, DrillDown, PersonBrief
from soul_desktop.services import targets
from soul_desktop.ui.models.record_table import SearchProxyModel
from soul_desktop.ui.models.targets import CourseBriefModel, PersonBriefModel, lists_courses
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import SETTINGS_GROUP, RecordTableView
from soul_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from soul_desktop.services.setup import Database

ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


# Columns sized to their contents are never wider than this: long texts have tooltips.
MAX_COLUMN_WIDTH = 460


def layout_remembered(state_key: str) -> bool:
    """Whether a table's column widths are remembered (RecordTableView restores them)."""
    return QSettings().value(f"{SETTINGS_GROUP}/{state_key}") is not None


def size_columns(view: RecordTableView, limit: int = MAX_COLUMN_WIDTH) -> None:
    """Columns as wide as what they show, up to `limit` (for a table filled after it was
    made: RecordTableView sizes them when the model is set, while it is still empty)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


class NumberButton(QPushButton):
    """A number that opens the list behind it: looks like a link, works by click, Space or
    Enter, and is read as a whole phrase ("Goal 1: 123 of 170 persons completed")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.font()
        font.setUnderline(True)
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleDescription(self.tr("Opens the list of persons or courses behind it"))

    def set_number(self, text: str, phrase: str) -> None:
        self.setText(text)
        self.setAccessibleName(phrase)
        self.setToolTip(self.tr("%1 — click to see who or what is behind it").replace("%1", phrase))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog a push button ignores Enter; a number should open on it.
        if event.key() in ACTIVATE_KEYS and not event.modifiers():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class DrillTableView(RecordTableView):
    """A RecordTableView whose number columns open the list behind them.

    `numberChosen` carries the (view) index of the cell, on a left click on a number cell or
    Enter on the current cell when it is one; other cells behave as in any list.
    """

    numberChosen = Signal(QModelIndex)

    def __init__(
        self,
        state_key: str,
        accessible_name: str,
        drill_columns: Collection[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state_key, accessible_name, parent)
        self.drill_columns = frozenset(drill_columns)
        self.setMouseTracking(True)
        self.setAccessibleDescription(
            self.tr("Move to a number with the arrow keys and press Enter to see what is behind it")
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() in self.drill_columns:
            self.numberChosen.emit(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        over_number = index.isValid() and index.column() in self.drill_columns
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over_number else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in ACTIVATE_KEYS
            and index.isValid()
            and index.column() in self.drill_columns
        ):
            self.numberChosen.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class TargetDetailsDialog(QDialog):
    """The persons or courses behind one number, loaded on the worker; copyable as text.

    `subject` says what the number is ("Persons who attended: SE11 Stockholm"); the title
    adds how many there are. A list cut at the service's limit says so, and the title gives
    `expected` (the number clicked) when it is known.
    """

    loaded = Signal(object)  # the tuple of records
    loadFailed = Signal(object)  # the exception

    def __init__(
        self,
        worker: Worker,
        database: Database,
        what: DrillDown,
        region_code: str | None,
        key: str | None,
        subject: str,
        parent: QWidget | None = None,
        expected: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.expected = expected
        self.what = what
        self.region_code = region_code
        self.key = key
        self.subject = subject
        self.records: tuple[PersonBrief | CourseBrief, ...] | None = None
        self.setAccessibleName(subject)
        self.resize(820, 520)

        layout = QVBoxLayout(self)
        title = QLabel(subject, self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        title.setAccessibleName(subject)
        layout.addWidget(title)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Find:"), self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type part of a name, organisation or region"))
        self.search.setAccessibleName(self.tr("Find in the list"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)

        self.courses = lists_courses(what, ())
        self.model: PersonBriefModel | CourseBriefModel = (
            CourseBriefModel(self) if self.courses else PersonBriefModel(self)
        )
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._remembered = layout_remembered(self._state_key())
        self.view = RecordTableView(self._state_key(), subject, self)
        self.view.setModel(self.proxy)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.proxy.set_search)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy the list"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the list"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.copy_button)
        self.setTabOrder(self.copy_button, close)
        self._show_title(None)
        self._set_status(self.tr("Loading…"))
        job = worker.submit(targets.drill_down, database, what, region_code, key)
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_failed)

    def _state_key(self) -> str:
        return "targetDetailsCourses" if self.courses else "targetDetailsPersons"

    def is_loading(self) -> bool:
        return self.records is None and not self.copy_button.isEnabled()

    def _show_title(self, count: int | None) -> None:
        shown = "…" if count is None else QLocale().toString(count)
        title = self.tr("%1 (%2)").replace("%2", shown).replace("%1", self.subject)
        self.setWindowTitle(title)

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    @Slot(object)
    def _on_loaded(self, records: Any) -> None:
        self.records = tuple(records)
        if lists_courses(self.what, self.records) != self.courses:
            # The service answered with the other kind of record: show its columns.
            self.courses = not self.courses
            self.model = CourseBriefModel(self) if self.courses else PersonBriefModel(self)
            # A new proxy rather than a new source for the old one (SearchProxyModel does
            # not let go of its first source).
            self.search.textChanged.disconnect(self.proxy.set_search)
            self.proxy = SearchProxyModel(self)
            self.proxy.setSourceModel(self.model)
            self.proxy.set_search(self.search.text())
            self.search.textChanged.connect(self.proxy.set_search)
            self.view.setModel(self.proxy)
            self._remembered = layout_remembered(self._state_key())
        self.model.set_records(self.records)
        if not self._remembered and self.records:
            size_columns(self.view)
        count = len(self.records)
        cut = count >= targets.DRILL_DOWN_LIMIT
        total = self.expected if cut and self.expected and self.expected > count else count
        self._show_title(total)
        if count == 0:
            text = self.tr("Nothing lies behind this number yet.")
        elif cut:
            text = (
                self.tr("The first %1 of %2 are shown, by surname.")
                .replace("%1", QLocale().toString(count))
                .replace("%2", QLocale().toString(total))
            )
        elif self.courses:
            text = self.tr("One course.") if count == 1 else self.tr("%1 courses.")
        else:
            text = self.tr("One person.") if count == 1 else self.tr("%1 persons.")
        self._set_status(text.replace("%1", QLocale().toString(count)))
        self.copy_button.setEnabled(count > 0)
        self.view.setFocus()
        if count:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.loaded.emit(self.records)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.records = ()
        self._show_title(0)
        self._set_status(
            self.tr("The list could not be loaded: %1").replace("%1", refusal_text(exc))
        )
        self.loadFailed.emit(exc)

    def all_text(self) -> str:
        """Every row shown, as tab-separated text with a header line."""
        self.view.selectAll()
        text = self.view.selected_text()
        self.view.clearSelection()
        return text

    @Slot()
    def copy_all(self) -> None:
        text = self.all_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._set_status(self.tr("The list is copied; paste it into a spreadsheet or a mail."))
