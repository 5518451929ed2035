"""The attendance page: a course's grid taken from the keyboard, walk-ins, and today's list."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.attendance import (
    AttendanceCell,
    AttendanceGrid,
    Completion,
    CourseChoice,
    GridPerson,
    GridSession,
    TodayList,
    WalkIn,
    WalkInRemoved,
    make_cell,
    next_status,
)
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.ids import new_id
from soul_desktop.services import attendance
from soul_desktop.ui import labels
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.attendance_dialogs import PartialMinutesDialog, WalkInChoice, WalkInDialog
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.attendance import (
    TODAY_NAME,
    AttendanceGridModel,
    TodayModel,
    TodayRow,
    completion_name,
    hours_text,
    session_long_title,
    session_title,
    status_name,
)
from soul_desktop.ui.models.record_table import SearchProxyModel
from soul_desktop.ui.pages.common import heading, page_layout
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import SETTINGS_GROUP, RecordTableView

TAB_GRID = 0
TAB_TODAY = 1
TODAY_FONT_SCALE = 1.6


class AttendanceGridView(QTableView):
    """The grid, worked from the keyboard: arrows move, Space cycles, P/Enter partial, Delete.

    Tab leaves the table (the keyboard is never trapped); Ctrl+C copies the selected cells
    with person and session names.
    """

    cycle_requested = Signal(QModelIndex)
    partial_requested = Signal(QModelIndex)
    clear_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        metrics = self.fontMetrics()
        # Fixed sizes: measuring every cell's text for 300 × 33 cells would cost a frame or two.
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(metrics.height() + 10)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal.setDefaultSectionSize(metrics.horizontalAdvance("Wed 30 Sep") + 16)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        horizontal.setHighlightSections(True)
        vertical.setHighlightSections(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Copy):
            text = self.selected_text()
            if text:
                QGuiApplication.clipboard().setText(text)
            event.accept()
            return
        if plain and index.isValid():
            if key == Qt.Key.Key_Space:
                self.cycle_requested.emit(index)
                return
            if key in (Qt.Key.Key_P, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.partial_requested.emit(index)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit(index)
                return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        """Selected cells as tab-separated text, with session and person names as headers."""
        model = self.model()
        indexes = self.selectionModel().selectedIndexes() if model is not None else []
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}

        def header(section: int, orientation: Qt.Orientation) -> str:
            value = model.headerData(section, orientation)
            return "" if value is None else str(value).replace("\n", " ")

        lines = ["\t".join(["", *(header(c, Qt.Orientation.Horizontal) for c in columns)])]
        for row in rows:
            values = [
                str(model.index(row, c).data() or "") if (row, c) in chosen else "" for c in columns
            ]
            lines.append("\t".join([header(row, Qt.Orientation.Vertical), *values]))
        return "\n".join(lines) + "\n"


class TodayView(RecordTableView):
    """The leader's list in large type: Space or Enter marks present, Delete marks absent.

    Letters typed go to the find field (`type_to_find`), so the leader types a few letters
    of a name and presses Enter; Escape empties the field again.
    """

    mark_requested = Signal(QModelIndex, object)  # proxy index, AttendanceStatus

    def has_saved_layout(self) -> bool:
        return self.settings().contains(f"{SETTINGS_GROUP}/{self._state_key}")

    def _save_state(self, *args: object) -> None:
        # An empty list (a day without a session) only stretches its last column; keeping
        # that would stop the first real list from being measured, and cut its names short.
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        super()._save_state(*args)

    type_to_find = Signal(str)
    erase_find = Signal()
    clear_find = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        index = self.currentIndex()
        if plain and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if index.isValid():
                self.mark_requested.emit(index, AttendanceStatus.PRESENT)
            return
        if plain and key == Qt.Key.Key_Delete:
            if index.isValid():
                self.mark_requested.emit(index, AttendanceStatus.ABSENT)
            return
        if plain and key == Qt.Key.Key_Backspace:
            self.erase_find.emit()
            return
        if plain and key == Qt.Key.Key_Escape:
            self.clear_find.emit()
            return
        text = event.text()
        if plain and text and text.isprintable() and not text.isspace():
            self.type_to_find.emit(text)
            return
        super().keyPressEvent(event)


def _starts_name_parts(person: GridPerson, words: list[str]) -> bool:
    parts = f"{person.first_name} {person.last_name}".casefold().replace("-", " ").split()
    return all(any(part.startswith(word) for part in parts) for word in words)


class AttendancePage(QWidget):
    """Attendance (Närvaro): choose a course, mark its grid; or today's list in large type.

    Every mark shows at once (the model is updated before the write) and runs through
    `context.edits`, so Ctrl+Z and Ctrl+Shift+Z take it back and do it again; a refused
    write puts the cell back as it was and says why.
    """

    choices_loaded = Signal()
    grid_loaded = Signal()
    today_loaded = Signal()
    walk_in_dialog_opened = Signal(object)  # the WalkInDialog
    partial_dialog_opened = Signal(object)  # the PartialMinutesDialog

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or dt.datetime.now
        self._grid_request = 0
        self._today_fitted = False
        self.grid_model = AttendanceGridModel(self)
        self.today_model = TodayModel(self)
        self.today_proxy = SearchProxyModel(self)
        self.today_proxy.setSourceModel(self.today_model)
        self.today: TodayList | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.partial_dialog: PartialMinutesDialog | None = None

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Attendance"), self))

        chooser_row = QHBoxLayout()
        course_label = QLabel(self.tr("&Course:"), self)
        self.course_box = QComboBox(self)
        self.course_box.setEditable(True)
        self.course_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.course_box.setAccessibleName(self.tr("Course"))
        self.course_box.lineEdit().setPlaceholderText(self.tr("Type to find a course…"))
        self.course_box.setMinimumContentsLength(40)
        self.course_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = QCompleter(self.course_box.model(), self.course_box)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.course_box.setCompleter(completer)
        course_label.setBuddy(self.course_box)
        chooser_row.addWidget(course_label)
        chooser_row.addWidget(self.course_box, 1)
        self.walk_in_button = QPushButton(self.tr("&Walk-in…"), self)
        self.walk_in_button.setAccessibleName(self.tr("Add a walk-in"))
        self.walk_in_button.setToolTip(self.tr("Add someone who came to the door (Ctrl+N)"))
        chooser_row.addWidget(self.walk_in_button)
        layout.addLayout(chooser_row)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Attendance views"))
        self.tabs.addTab(self._build_grid_tab(), self.tr("Course &grid"))
        self.tabs.addTab(self._build_today_tab(), self.tr("&Today"))
        layout.addWidget(self.tabs, 1)

        self.course_box.activated.connect(self._on_course_activated)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        walk_in_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        walk_in_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        walk_in_shortcut.activated.connect(self.open_walk_in)
        today_shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        today_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today_shortcut.activated.connect(self._toggle_today)
        self._update_enabled()

    # -- building -----------------------------------------------------------------------
    def _build_grid_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(self.tr("Choose a course to take its attendance."), tab)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.table = AttendanceGridView(tab)
        self.table.setAccessibleName(self.tr("Attendance grid: persons by sessions"))
        self.table.setModel(self.grid_model)
        layout.addWidget(self.table, 1)
        self.message = QLabel(tab)
        self.message.setWordWrap(True)
        set_error_colour(self.message)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)
        legend = QLabel(
            self.tr(
                "✓ present   ✗ absent   E excused absence   90 min partly present   "
                "– enrolled after the session"
            ),
            tab,
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        keys = QLabel(
            self.tr(
                "Space: present → absent → excused   P or Enter: partly present   "
                "Delete: clear   Ctrl+N: walk-in   Ctrl+Z: undo"
            ),
            tab,
        )
        keys.setWordWrap(True)
        layout.addWidget(keys)
        self.table.cycle_requested.connect(self._cycle)
        self.table.partial_requested.connect(self.open_partial)
        self.table.clear_requested.connect(self._clear)
        self.grid_model.dataChanged.connect(self._update_summary)
        self.grid_model.rowsInserted.connect(self._update_summary)
        self.grid_model.rowsRemoved.connect(self._update_summary)
        return tab

    def _build_today_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * TODAY_FONT_SCALE)
        self.today_title = QLabel(self.tr("Looking for today's session…"), tab)
        self.today_title.setWordWrap(True)
        self.today_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(big)
        title_font.setBold(True)
        self.today_title.setFont(title_font)
        layout.addWidget(self.today_title)
        find_row = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"), tab)
        find_label.setFont(big)
        self.today_find = QLineEdit(tab)
        self.today_find.setFont(big)
        self.today_find.setAccessibleName(self.tr("Find a person on today's list"))
        self.today_find.setPlaceholderText(self.tr("Type a name"))
        self.today_find.setClearButtonEnabled(True)
        find_label.setBuddy(self.today_find)
        find_row.addWidget(find_label)
        find_row.addWidget(self.today_find, 1)
        self.today_count = QLabel(tab)
        self.today_count.setFont(big)
        find_row.addWidget(self.today_count)
        layout.addLayout(find_row)
        self.today_table = TodayView("attendance/today", self.tr("Today's list"), tab)
        self.today_table.setFont(big)
        self.today_table.verticalHeader().setDefaultSectionSize(
            self.today_table.fontMetrics().height() + 16
        )
        self.today_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_table.setModel(self.today_proxy)
        layout.addWidget(self.today_table, 1)
        keys = QLabel(
            self.tr(
                "Type letters of a name to find it.   Space or Enter: present   "
                "Delete: absent   Escape: show everyone   Ctrl+N: walk-in"
            ),
            tab,
        )
        keys.setWordWrap(True)
        layout.addWidget(keys)
        self.today_find.textChanged.connect(self._on_today_find)
        self.today_find.installEventFilter(self)
        self.today_table.mark_requested.connect(self._mark_today)
        self.today_table.type_to_find.connect(self._type_to_find)
        self.today_table.erase_find.connect(lambda: self.today_find.backspace())
        self.today_table.clear_find.connect(self.today_find.clear)
        self.today_model.dataChanged.connect(self._update_today_count)
        self.today_model.modelReset.connect(self._update_today_count)
        self.today_model.rowsInserted.connect(self._update_today_count)
        self.today_model.rowsRemoved.connect(self._update_today_count)
        return tab

    # -- loading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():
            return  # the window came back from being minimised; nothing changed here
        # Other pages may have enrolled persons or planned sessions meanwhile.
        self.refresh()

    def refresh(self) -> None:
        """Ask for the course list, today's session and the open course's grid again."""
        db = self.context.database
        job = self.context.worker.submit(attendance.course_choices, db)
        job.succeeded.connect(self._on_choices)
        job.failed.connect(self._show_failure)
        self._load_today()
        if self.grid_model.course_id is not None:
            self.open_course(self.grid_model.course_id)

    def _on_choices(self, choices: list[CourseChoice]) -> None:
        current = self.grid_model.course_id
        self.course_box.blockSignals(True)
        self.course_box.clear()
        for choice in choices:
            self.course_box.addItem(self._choice_text(choice), choice.id)
            self.course_box.setItemData(
                self.course_box.count() - 1,
                self.tr("%1 persons enrolled, %2 sessions")
                .replace("%1", str(choice.enrolled))
                .replace("%2", str(choice.sessions)),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.course_box.setCurrentIndex(
            self.course_box.findData(current) if current is not None else -1
        )
        self.course_box.blockSignals(False)
        self._update_enabled()
        self.choices_loaded.emit()

    def _choice_text(self, choice: CourseChoice) -> str:
        if choice.first_date is None or choice.last_date is None:
            dates = self.tr("no sessions")
        elif choice.first_date == choice.last_date:
            dates = labels.date_text(choice.first_date)
        else:
            dates = f"{labels.date_text(choice.first_date)} – {labels.date_text(choice.last_date)}"
        return f"{choice.title} ({dates}, {choice.enrolled})"

    def _on_course_activated(self, row: int) -> None:
        course_id = self.course_box.itemData(row)
        if course_id:
            self.open_course(str(course_id))

    def open_course(self, course_id: str) -> None:
        """Load a course's grid; the chooser follows when the course is in it."""
        row = self.course_box.findData(course_id)
        if row >= 0 and row != self.course_box.currentIndex():
            self.course_box.setCurrentIndex(row)
        self._grid_request += 1
        request = self._grid_request
        job = self.context.worker.submit(attendance.grid, self.context.database, course_id)
        job.succeeded.connect(lambda grid: self._on_grid(request, grid))
        job.failed.connect(self._show_failure)

    def _on_grid(self, request: int, grid: AttendanceGrid) -> None:
        if request != self._grid_request:
            return  # the user chose another course meanwhile
        self.show_grid(grid)

    def show_grid(self, grid: AttendanceGrid) -> None:
        """Put a loaded grid on screen, with the cursor on the session nearest to now."""
        focus_table = self.course_box.hasFocus() or self.table.hasFocus()
        # Reloading the course on screen keeps the cursor on the same person and session.
        kept = None
        if grid.course_id == self.grid_model.course_id:
            index = self.table.currentIndex()
            session = self.grid_model.session_at(index.column())
            person = self.grid_model.person_at(index.row())
            kept = (session.id, person.id) if session and person else None
        self._show_message("")
        self.grid_model.set_grid(grid)
        self._size_columns()
        target = self.grid_model.index_of(*kept) if kept else QModelIndex()
        if not target.isValid() and grid.persons and grid.sessions:
            target = self.grid_model.index(0, self._column_near(self._clock()))
        if target.isValid():
            self.table.setCurrentIndex(target)
            self.table.scrollTo(target)
        self._update_summary()
        self._update_enabled()
        if focus_table:
            self.table.setFocus()
        self.grid_loaded.emit()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sessions = len(self.grid_model.sessions)
        # The widest outcome in the language shown ("Delvis genomförd" in Swedish).
        outcome = max((completion_name(c) for c in Completion), key=metrics.horizontalAdvance)
        for which, sample in enumerate(("000.0 h", "100 %", outcome)):
            header.resizeSection(sessions + which, metrics.horizontalAdvance(sample) + 24)

    def _column_near(self, now: dt.datetime) -> int:
        """The session in progress or the next one; the last when all are past."""
        sessions = self.grid_model.sessions
        for column, session in enumerate(sessions):
            if session.ends_at > now:
                return column
        return max(0, len(sessions) - 1)

    def _load_today(self) -> None:
        job = self.context.worker.submit(attendance.today, self.context.database, self._clock())
        job.succeeded.connect(self._on_today)
        job.failed.connect(self._show_failure)

    def _on_today(self, today: TodayList | None) -> None:
        self.today = today
        self.today_model.set_today(today)
        if today is not None and not self._today_fitted:
            self._today_fitted = True
            if not self.today_table.has_saved_layout():
                # Measured once there are names to measure; later the user's widths are kept.
                self.today_table.resizeColumnsToContents()
        if today is None:
            self.today_title.setText(
                self.tr("No session today. The course grid has every session of a course.")
            )
        else:
            self.today_title.setText(
                f"{today.grid.course_title}\n{session_long_title(today.session)}"
            )
            if self.grid_model.course_id is None:
                # The leader in the room wants today's course; open it in the grid too.
                self.open_course(today.grid.course_id)
        if self.today_proxy.rowCount():
            self.today_table.setCurrentIndex(self.today_proxy.index(0, TODAY_NAME))
        self._update_enabled()
        self.today_loaded.emit()

    # -- marking ------------------------------------------------------------------------
    def _cycle(self, index: QModelIndex) -> None:
        cell = self.grid_model.cell_at(index)
        session = self.grid_model.session_at(index.column())
        person = self.grid_model.person_at(index.row())
        if cell is None or session is None or person is None:
            return
        self.mark(session, person, next_status(cell.status))

    def _clear(self, index: QModelIndex) -> None:
        cell = self.grid_model.cell_at(index)
        session = self.grid_model.session_at(index.column())
        person = self.grid_model.person_at(index.row())
        if cell is None or session is None or person is None or cell.status is None:
            return
        self.mark(session, person, None)

    def open_partial(self, index: QModelIndex) -> None:
        cell = self.grid_model.cell_at(index)
        session = self.grid_model.session_at(index.column())
        person = self.grid_model.person_at(index.row())
        if cell is None or session is None or person is None:
            return
        minutes = cell.minutes if cell.status is AttendanceStatus.PARTIAL else None
        dialog = PartialMinutesDialog(person.name, session, minutes, self)
        self.partial_dialog = dialog
        dialog.accepted.connect(
            lambda: self.mark(session, person, AttendanceStatus.PARTIAL, dialog.value())
        )
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.partial_dialog_opened.emit(dialog)

    def _mark_today(self, proxy_index: QModelIndex, status: AttendanceStatus) -> None:
        if self.today is None:
            return
        row: TodayRow = self.today_proxy.record_at(proxy_index.row())
        filtered = bool(self.today_find.text())
        self.mark(self.today.session, row.person, status)
        if filtered:
            # Ready for the next name: everyone shown again, the cursor on who was marked.
            self.today_find.clear()
            source_row = self.today_model.row_of(row.person.id)
            if source_row is not None:
                index = self.today_proxy.mapFromSource(self.today_model.index(source_row, 0))
                self.today_table.setCurrentIndex(index)
        self.today_table.setFocus()

    def mark(
        self,
        session: GridSession,
        person: GridPerson,
        status: AttendanceStatus | None,
        minutes: int | None = None,
    ) -> None:
        """Show the mark now, write it on the worker, and make it undoable."""
        old = self._current_cell(session.id, person.id)
        try:
            new = (
                make_cell(session, person.id, status, minutes)
                if status is not None
                else AttendanceCell(session.id, person.id, None, 0)
            )
        except ValidationError as exc:
            self._show_message(refusal_text(exc))
            return
        if new == old:
            return
        self._show_message("")
        self._show_cell(new)
        db = self.context.database
        if status is None:
            forward = functools.partial(attendance.clear, db, session.id, person.id)
            text = self.tr("Clear %1 on %2")
        else:
            forward = functools.partial(attendance.mark, db, session.id, person.id, status, minutes)
            text = self.tr("Mark %1 %3 on %2").replace("%3", status_name(status))
        text = text.replace("%1", person.name).replace("%2", session_title(session))
        if old.status is None:
            backward = functools.partial(attendance.clear, db, session.id, person.id)
        else:
            old_minutes = old.minutes if old.status is AttendanceStatus.PARTIAL else None
            backward = functools.partial(
                attendance.mark, db, session.id, person.id, old.status, old_minutes
            )

        def refused(exc: Exception) -> None:
            self._show_cell(old)
            self._show_message(self.tr("Not saved: %1").replace("%1", refusal_text(exc)))

        self.context.edits.perform(Edit(text, forward, backward, self._apply), on_error=refused)

    def _current_cell(self, session_id: str, person_id: str) -> AttendanceCell:
        if self.grid_model.row_of(person_id) is not None:
            return self.grid_model.cell(session_id, person_id)
        today_cell = self.today_model.cell(person_id)
        if today_cell is not None and today_cell.session_id == session_id:
            return today_cell
        return AttendanceCell(session_id, person_id, None, 0)

    def _show_cell(self, cell: AttendanceCell) -> None:
        self.grid_model.set_cell(cell)
        self.today_model.set_cell(cell)

    def _apply(self, result: Any) -> None:
        """Show what a write (or its undo or redo) returned, wherever it is on screen."""
        if isinstance(result, AttendanceCell):
            self._show_cell(result)
        elif isinstance(result, WalkIn):
            self._add_row(result)
        elif isinstance(result, WalkInRemoved):
            self.grid_model.remove_person(result.person_id)
            self.today_model.remove_record(result.person_id)

    # -- walk-ins -----------------------------------------------------------------------
    def open_walk_in(self) -> None:
        on_today = self.tabs.currentIndex() == TAB_TODAY
        if on_today and self.today is not None:
            course_id = self.today.grid.course_id
            sessions = [self.today.session]
            session_id: str | None = self.today.session.id
        elif not on_today and self.grid_model.course_id is not None:
            course_id = self.grid_model.course_id
            sessions = self.grid_model.sessions
            current = self.grid_model.session_at(self.table.currentIndex().column())
            column = self._column_near(self._clock())
            fallback = sessions[column] if sessions else None
            chosen = current or fallback
            session_id = chosen.id if chosen else None
        else:
            self._show_message(self.tr("Choose a course (or a session today) first."))
            return
        if not sessions:
            self._show_message(self.tr("The course has no sessions yet."))
            return
        dialog = WalkInDialog(self.context, course_id, sessions, session_id, self)
        self.walk_in_dialog = dialog
        dialog.accepted.connect(lambda: self._walk_in_chosen(dialog.choice))
        dialog.finished.connect(lambda _result: self._back_from_dialog())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.walk_in_dialog_opened.emit(dialog)

    def _walk_in_chosen(self, choice: WalkInChoice | None) -> None:
        if choice is None:
            return
        candidate = choice.candidate
        session = self._session_by_id(choice.session_id)
        if session is None:
            return
        if candidate is not None and candidate.on_course:
            # Already on the list: a walk-in is just a present mark for them.
            person = self._person_by_id(candidate.id)
            if person is not None:
                self.mark(session, person, AttendanceStatus.PRESENT)
                self._go_to(session.id, person.id)
            return
        db = self.context.database
        if candidate is not None:
            person_id = candidate.id
            name = candidate.name
            forward = functools.partial(attendance.add_walk_in, db, session.id, person_id=person_id)
        else:
            person_id = new_id()
            name = f"{choice.first_name} {choice.last_name}"
            forward = functools.partial(
                attendance.add_walk_in,
                db,
                session.id,
                first_name=choice.first_name,
                last_name=choice.last_name,
                gender=choice.gender,
                organisation_id=choice.organisation_id,
                new_person_id=person_id,
            )
        backward = functools.partial(
            attendance.remove_walk_in, db, session.id, person_id, remove_person=candidate is None
        )
        text = self.tr("Add walk-in %1").replace("%1", name)

        def refused(exc: Exception) -> None:
            self._show_message(self.tr("Not saved: %1").replace("%1", refusal_text(exc)))

        self.context.edits.perform(Edit(text, forward, backward, self._apply), on_error=refused)

    def _add_row(self, walk_in: WalkIn) -> None:
        person, cell = walk_in.person, walk_in.cell
        if self.grid_model.column_of(cell.session_id) is not None:
            self.grid_model.add_person(person, [cell])
            self._go_to(cell.session_id, person.id)
        if self.today_model.session is not None and self.today_model.session.id == cell.session_id:
            self.today_model.update_record(TodayRow(person, cell))

    def _go_to(self, session_id: str, person_id: str) -> None:
        index = self.grid_model.index_of(session_id, person_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        row = self.today_model.row_of(person_id)
        if row is not None:
            proxy = self.today_proxy.mapFromSource(self.today_model.index(row, 0))
            if proxy.isValid():
                self.today_table.setCurrentIndex(proxy)

    def _session_by_id(self, session_id: str) -> GridSession | None:
        if self.today is not None and self.today.session.id == session_id:
            return self.today.session
        column = self.grid_model.column_of(session_id)
        return self.grid_model.session_at(column) if column is not None else None

    def _person_by_id(self, person_id: str) -> GridPerson | None:
        row = self.grid_model.row_of(person_id)
        if row is not None:
            return self.grid_model.person_at(row)
        today_row = self.today_model.row_of(person_id)
        return self.today_model.record_at(today_row).person if today_row is not None else None

    # -- today's find field ---------------------------------------------------------------
    def _type_to_find(self, text: str) -> None:
        self.today_find.insert(text)

    def _on_today_find(self, text: str) -> None:
        words = text.casefold().split()
        # A name part starting with each typed word: “an” finds Anna and Andersson, not Stefan.
        self.today_proxy.set_predicate(
            (lambda row: _starts_name_parts(row.person, words)) if words else None
        )
        if self.today_proxy.rowCount():
            self.today_table.setCurrentIndex(self.today_proxy.index(0, TODAY_NAME))
        self._update_today_count()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # In the find field, arrows move in the list and Enter marks the person present.
        if (
            watched is self.today_find
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.today_table.setFocus()
                self.today_table.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = self.today_table.currentIndex()
                if index.isValid():
                    self._mark_today(index, AttendanceStatus.PRESENT)
                return True
        return super().eventFilter(watched, event)

    # -- state on screen ------------------------------------------------------------------
    def _on_tab_changed(self, tab: int) -> None:
        if tab == TAB_TODAY:
            self._load_today()
        self._update_enabled()
        self._focus_current_view()

    def _toggle_today(self) -> None:
        self.tabs.setCurrentIndex(TAB_GRID if self.tabs.currentIndex() == TAB_TODAY else TAB_TODAY)

    def _back_from_dialog(self) -> None:
        # Not every window manager hands activation back to the main window by itself.
        self.window().activateWindow()
        self._focus_current_view()

    def _focus_current_view(self) -> None:
        if self.tabs.currentIndex() == TAB_TODAY:
            self.today_table.setFocus()
        else:
            self.table.setFocus()

    def _update_enabled(self) -> None:
        on_today = self.tabs.currentIndex() == TAB_TODAY
        ready = self.today is not None if on_today else self.grid_model.course_id is not None
        self.walk_in_button.setEnabled(ready)

    def _update_summary(self, *_args: object) -> None:
        model = self.grid_model
        if model.course_id is None:
            return
        attended, planned, outcomes = model.course_totals()
        text = (
            self.tr(
                "%1 sessions, %2 persons. Attended %3 of %4 planned. "
                "%5 completed, %6 partly, %7 not completed (rule: %8 % of the planned hours)."
            )
            .replace("%1", str(len(model.sessions)))
            .replace("%2", str(len(model.persons)))
            .replace("%3", hours_text(attended))
            .replace("%4", hours_text(planned))
            .replace("%5", str(outcomes[Completion.COMPLETED]))
            .replace("%6", str(outcomes[Completion.PARTLY_COMPLETED]))
            .replace("%7", str(outcomes[Completion.NOT_COMPLETED]))
            .replace("%8", str(model.threshold_pct))
        )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def _update_today_count(self, *_args: object) -> None:
        rows = self.today_model.records()
        present = sum(1 for r in rows if r.cell.attended)
        self.today_count.setText(
            self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(len(rows)))
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_failure(self, exc: Exception) -> None:
        self._show_message(refusal_text(exc))
