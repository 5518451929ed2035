"""A course's enrolments: enrol several at once, the waitlist, offers, withdrawals and history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import ids
from soul_desktop.domain.enrolment import (
    ACTIVE,
    CourseEnrolments,
    EnrolmentChange,
    EnrolmentRecord,
    Places,
)
from soul_desktop.domain.enums import EnrolmentStatus
from soul_desktop.domain.people import PersonRecord
from soul_desktop.services import enrolment, people
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.people import (
    EnrolmentHistoryModel,
    EnrolmentTableModel,
    PersonTableModel,
)
from soul_desktop.ui.models.record_table import SearchProxyModel
from soul_desktop.ui.people_forms import ColumnFitter, ErrorLabel
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView

# Up to this many names are listed in a message; more are counted.
NAMES_IN_MESSAGE = 5


@dataclass(frozen=True, slots=True)
class EnrolmentOutcome:
    """What an enrolment edit (or its undo) did, so the panel can say it in words."""

    action: str  # "enrol", "unenrol", "withdraw", "reinstate", "accept", "unaccept", "decline"
    records: tuple[EnrolmentRecord, ...]


def _run(action: str, call: Any, *args: Any) -> EnrolmentOutcome:
    return EnrolmentOutcome(action, tuple(call(*args)))


class EnrolDialog(QDialog):
    """Find persons by typing, choose one or several (Shift/Ctrl + arrows), enrol them at once.

    Persons already enrolled, offered a place or waiting on the course are not listed.
    """

    loaded = Signal(int)

    def __init__(
        self,
        context: PageContext,
        course_title: str,
        exclude: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._exclude = exclude
        self.setWindowTitle(self.tr("Enrol on %1").replace("%1", course_title))
        self.setAccessibleName(self.tr("Enrol persons"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Find"), self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find persons to enrol"))
        self.search.setPlaceholderText(self.tr("Name, organisation, municipality or e-mail"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        self.count_label = QLabel(self.tr("Loading persons…"), self)
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = PersonTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_predicate(lambda record: record.id not in self._exclude)
        self.view = RecordTableView("enrolment/choose_persons", self.tr("Persons to enrol"), self)
        self._fitter = ColumnFitter(self.view, "enrolment/choose_persons")
        self.view.setModel(self.proxy)
        layout.addWidget(self.view, 1)
        hint = QLabel(
            self.tr(
                "Type to narrow the list, Down to go into it, Shift+arrows or Ctrl+click to "
                "choose several, Enter to enrol them."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = ErrorLabel(self.tr("Enrol persons"), self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Enrol chosen"))
        self.ok_button.setAccessibleName(self.tr("Enrol the chosen persons"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.chosen: list[str] = []
        job = context.worker.submit(people.list_persons, context.database)
        job.succeeded.connect(self._persons_loaded)
        job.failed.connect(lambda exc: self.error.show_message(refusal_text(exc)))

    def _persons_loaded(self, records: list[PersonRecord]) -> None:
        self.model.set_records(records)
        self._fitter.rows_arrived()
        self._show_count()
        self.loaded.emit(len(records))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        text = self.tr("%1 found").replace("%1", QLocale().toString(self.proxy.rowCount()))
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount() > 0
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.selectionModel().setCurrentIndex(
                    self.proxy.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            return True
        return super().eventFilter(watched, event)

    def chosen_ids(self) -> list[str]:
        """The chosen persons, top to bottom as listed (the order they will wait in)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.proxy.record_at(row).id for row in rows]

    def accept(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            self.error.show_message(self.tr("Choose at least one person to enrol."))
            return
        self.chosen = chosen
        super().accept()


class EnrolmentPanel(QWidget):
    """The enrolments of one course, for the courses page to embed; `set_course` chooses it."""

    loaded = Signal(object)  # CourseEnrolments
    historyLoaded = Signal(object)  # list[EnrolmentChange]
    changed = Signal()  # an enrolment edit (or its undo or redo) was applied
    messageShown = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._course_id: str | None = None
        self._course: CourseEnrolments | None = None
        self._history_for: str | None = None
        self._request = 0
        self._select_after_load: str | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.setAccessibleName(self.tr("Enrolments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.places_label = QLabel(self)
        self.places_label.setWordWrap(True)
        self.places_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.places_label)

        bar = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("&Enrol…"), self)
        self.enrol_button.setAccessibleName(self.tr("Enrol persons"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the chosen enrolment"))
        self.accept_button = QPushButton(self.tr("&Accept offer"), self)
        self.accept_button.setAccessibleName(self.tr("Accept the offered place"))
        self.decline_button = QPushButton(self.tr("De&cline offer"), self)
        self.decline_button.setAccessibleName(self.tr("Decline the offered place"))
        for button in (
            self.enrol_button,
            self.withdraw_button,
            self.accept_button,
            self.decline_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.error = ErrorLabel(self.tr("Enrolments"), self)
        layout.addWidget(self.error)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = EnrolmentTableModel(self)
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTableView("enrolment/enrolments", self.tr("Enrolments"), splitter)
        self._fit_enrolments = ColumnFitter(self.view, "enrolment/enrolments")
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        history_box = QGroupBox(self.tr("Status history"), splitter)
        history_box.setAccessibleName(self.tr("Status history"))
        history_layout = QVBoxLayout(history_box)
        self.history_model = EnrolmentHistoryModel(self)
        self.history_view = RecordTableView(
            "enrolment/history", self.tr("Status history of the chosen enrolment"), history_box
        )
        self.history_view.setModel(self.history_model)
        history_layout.addWidget(self.history_view)
        splitter.addWidget(self.view)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.enrol_button.clicked.connect(self.open_enrol_dialog)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.accept_button.clicked.connect(self.accept_offer)
        self.decline_button.clicked.connect(self.decline_offer)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.set_course(None)

    # -- choosing and loading ---------------------------------------------------------------
    def course_id(self) -> str | None:
        return self._course_id

    def set_course(self, course_id: str | None) -> None:
        self._course_id = course_id
        self._course = None
        self.model.set_records([])
        self.history_model.set_records([])
        self._show_message("")
        self.error.show_message("")
        self.enrol_button.setEnabled(course_id is not None)
        self._update_buttons()
        if course_id is None:
            self.places_label.setText(self.tr("Choose a course to see who is enrolled."))
            return
        self.places_label.setText(self.tr("Loading enrolments…"))
        self.refresh()

    def refresh(self) -> None:
        if self._course_id is None:
            return
        self._request += 1
        request = self._request
        job = self._context.worker.submit(
            enrolment.course_enrolments, self._context.database, self._course_id
        )
        job.succeeded.connect(partial(self._loaded, request))
        job.failed.connect(partial(self._load_failed, request))

    def _loaded(self, request: int, course: CourseEnrolments) -> None:
        if request != self._request or course.course_id != self._course_id:
            return  # an answer for a course no longer shown
        current = self.current_record()
        wanted = self._select_after_load or (current.id if current is not None else None)
        self._select_after_load = None
        self._course = course
        self.model.set_records(course.records)
        self._fit_enrolments.rows_arrived()
        self.places_label.setText(self._places_text(course.places))
        self.places_label.setAccessibleName(self.places_label.text())
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()
        self.loaded.emit(course)

    def _load_failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self.error.show_message(refusal_text(exc))

    def _places_text(self, places: Places) -> str:
        locale = QLocale()
        parts = [
            self.tr("%1 enrolled").replace("%1", locale.toString(places.enrolled)),
            self.tr("%1 offered a place").replace("%1", locale.toString(places.offered)),
            self.tr("%1 waiting").replace("%1", locale.toString(places.waiting)),
        ]
        if places.capacity is None:
            head = self.tr("No limit on places")
        else:
            head = self.tr("%1 places").replace("%1", locale.toString(places.capacity))
        text = f"{head}: {', '.join(parts)}."
        if places.over_capacity:
            text += " " + self.tr("Warning: %1 more than the places.").replace(
                "%1", locale.toString(places.over_capacity)
            )
        return text

    def current_record(self) -> EnrolmentRecord | None:
        index = self.view.currentIndex()
        return self.proxy.record_at(index.row()) if index.isValid() else None

    def select(self, enrolment_id: str) -> bool:
        row = self.model.row_of(enrolment_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        record = self.current_record()
        self.history_model.set_records([])
        self._history_for = None if record is None else record.id
        if record is None:
            return
        job = self._context.worker.submit(enrolment.history, self._context.database, record.id)
        job.succeeded.connect(partial(self._history_loaded, record.id))

    def _history_loaded(self, enrolment_id: str, changes: list[EnrolmentChange]) -> None:
        if enrolment_id != self._history_for:
            return
        self.history_model.set_records(changes)
        # A few short rows: fitted every time, so a new status is never cut off.
        self.history_view.resizeColumnsToContents()
        self.historyLoaded.emit(changes)

    def _update_buttons(self) -> None:
        record = self.current_record()
        active = record is not None and record.status in ACTIVE
        offered = record is not None and record.status is EnrolmentStatus.OFFERED
        self.withdraw_button.setEnabled(active)
        self.accept_button.setEnabled(offered)
        self.decline_button.setEnabled(offered)

    # -- actions ----------------------------------------------------------------------------
    def open_enrol_dialog(self) -> None:
        if self._course_id is None:
            return
        exclude = {r.person_id for r in self.model.records() if r.status in ACTIVE}
        title = self._course.course_title if self._course else ""
        dialog = EnrolDialog(self._context, title, exclude, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.enrol(dialog.chosen))
        dialog.finished.connect(self._enrol_dialog_closed)
        # Window-modal and not blocking: the worker's answers keep arriving meanwhile.
        self.enrol_dialog = dialog
        dialog.open()

    def _enrol_dialog_closed(self, _result: int) -> None:
        self.enrol_dialog = None

    def enrol(self, person_ids: Sequence[str]) -> None:
        """Enrol the persons in one undoable action (some may end up on the waitlist)."""
        if self._course_id is None or not person_ids:
            return
        course_id = self._course_id
        database = self._context.database
        chosen = list(dict.fromkeys(person_ids))
        enrolment_ids = [ids.enrolment_id(course_id, pid) for pid in chosen]
        count = len(chosen)
        text = (
            self.tr("Enrol one person")
            if count == 1
            else self.tr("Enrol %1 persons").replace("%1", str(count))
        )
        self._perform(
            text,
            partial(_run, "enrol", enrolment.enrol, database, course_id, chosen),
            partial(_run, "unenrol", enrolment.unenrol, database, enrolment_ids),
        )

    def withdraw(self) -> None:
        record = self.current_record()
        if record is None or record.status not in ACTIVE:
            return
        database = self._context.database
        self._perform(
            self.tr("Withdraw %1").replace("%1", record.person_name),
            partial(_run, "withdraw", enrolment.withdraw, database, record.id),
            partial(_run, "reinstate", enrolment.reinstate, database, record.id),
        )

    def accept_offer(self) -> None:
        record = self.current_record()
        if record is None or record.status is not EnrolmentStatus.OFFERED:
            return
        database = self._context.database
        self._perform(
            self.tr("Accept the place for %1").replace("%1", record.person_name),
            partial(_run, "accept", enrolment.accept_offer, database, record.id),
            partial(_run, "unaccept", enrolment.retract_acceptance, database, record.id),
        )

    def decline_offer(self) -> None:
        record = self.current_record()
        if record is None or record.status is not EnrolmentStatus.OFFERED:
            return
        database = self._context.database
        self._perform(
            self.tr("Decline the place for %1").replace("%1", record.person_name),
            partial(_run, "decline", enrolment.decline_offer, database, record.id),
            partial(_run, "reinstate", enrolment.reinstate, database, record.id),
        )

    def _perform(self, text: str, forward: Any, backward: Any) -> None:
        self.error.show_message("")
        edit = Edit(text, forward=forward, backward=backward, apply=self._applied)
        self._context.edits.perform(edit, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.error.show_message(refusal_text(exc))

    def _applied(self, outcome: EnrolmentOutcome) -> None:
        shown = self._course_id is not None and any(
            r.course_id == self._course_id for r in outcome.records
        )
        if shown or not outcome.records:
            self._show_message(self._describe(outcome))
            if outcome.records:
                # The first one the action was about: the newly enrolled, the withdrawn, …
                self._select_after_load = outcome.records[0].id
            self.refresh()
        self.changed.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
        if text:
            self.messageShown.emit(text)

    def _describe(self, outcome: EnrolmentOutcome) -> str:
        """One or two sentences saying what happened, statuses in words."""
        records = outcome.records
        if outcome.action == "enrol":
            placed = [r for r in records if r.status is EnrolmentStatus.ENROLLED]
            waiting = [r for r in records if r.status is EnrolmentStatus.WAITLISTED]
            parts = []
            if placed:
                names = ", ".join(r.person_name for r in placed)
                parts.append(
                    self.tr("Enrolled: %1.").replace("%1", names)
                    if len(placed) <= NAMES_IN_MESSAGE
                    else self.tr("%1 enrolled.").replace("%1", str(len(placed)))
                )
            if waiting:
                names = ", ".join(r.person_name for r in waiting[:NAMES_IN_MESSAGE])
                if len(waiting) > NAMES_IN_MESSAGE:
                    names += ", …"
                parts.append(
                    self.tr("The course is full: %1 put on the waitlist (%2).")
                    .replace("%1", str(len(waiting)))
                    .replace("%2", names)
                )
            return " ".join(parts)
        if outcome.action == "unenrol":
            return self.tr("Enrolment undone.")
        first, rest = (records[0], records[1:]) if records else (None, ())
        name = first.person_name if first else ""
        texts = {
            "withdraw": self.tr("%1 has withdrawn."),
            "reinstate": self.tr("%1 is back as before."),
            "accept": self.tr("%1 has taken the place."),
            "unaccept": self.tr("%1 has the offer open again."),
            "decline": self.tr("%1 declined the place."),
        }
        text = texts[outcome.action].replace("%1", name)
        offered = [r.person_name for r in rest if r.status is EnrolmentStatus.OFFERED]
        retracted = [r.person_name for r in rest if r.status is EnrolmentStatus.WAITLISTED]
        if offered:
            text += " " + self.tr("Offered the free place: %1.").replace("%1", ", ".join(offered))
        if retracted:
            text += " " + self.tr("Back on the waitlist: %1.").replace("%1", ", ".join(retracted))
        return text
