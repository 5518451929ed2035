"""Small dialogs of the attendance page: partial minutes, and a walk-in at the door."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.attendance import GridSession, WalkInCandidate, minutes_for
from soul_desktop.domain.enums import AttendanceStatus, Gender
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.people import OrganisationRecord, check_name
from soul_desktop.services import attendance, people
from soul_desktop.ui.accessibility import set_error_colour
from soul_desktop.ui.models.attendance import session_long_title
from soul_desktop.ui.refusals import refusal_text

if TYPE_CHECKING:
    from soul_desktop.ui.context import PageContext

# Wait this long after the last keystroke before asking the database for names.
LOOKUP_DELAY_MS = 120
MINUTE_STEP = 15


def _error_label(parent: QWidget) -> QLabel:
    """Where a refused input says why; red text, but the words carry the meaning."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_error_colour(label)
    label.setAccessibleName(QCoreApplication.translate("AttendanceDialogs", "Error"))
    label.hide()
    return label


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setAccessibleDescription(message)
    label.setVisible(bool(message))


class PartialMinutesDialog(QDialog):
    """Asks how many minutes of a session a person attended (more than 0, less than all)."""

    def __init__(
        self, person_name: str, session: GridSession, minutes: int | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partly present"))
        self.setAccessibleName(self.tr("Partly present"))
        self.setMinimumWidth(420)
        self.planned = session.planned_minutes
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("How long was %1 there on %2?")
            .replace("%1", person_name)
            .replace("%2", session_long_title(session)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, self.planned)
        self.minutes.setSingleStep(MINUTE_STEP)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(minutes if minutes is not None else self.planned // 2)
        self.minutes.setAccessibleName(self.tr("Minutes attended"))
        self.minutes.selectAll()
        form.addRow(self.tr("&Minutes attended:"), self.minutes)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("Between 1 and %1 minutes; the session is %2 minutes long.")
            .replace("%1", str(self.planned - 1))
            .replace("%2", str(self.planned)),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.minutes.setFocus()

    def value(self) -> int:
        return self.minutes.value()

    def accept(self) -> None:
        self.minutes.interpretText()
        try:
            minutes_for(AttendanceStatus.PARTIAL, self.planned, self.minutes.value())
        except ValidationError as exc:
            _show_error(self.error, refusal_text(exc))
            self.minutes.setFocus()
            self.minutes.selectAll()
            return
        super().accept()


@dataclass(frozen=True, slots=True)
class WalkInChoice:
    """What the walk-in dialog settled on: an existing person, or a new one's fields."""

    session_id: str
    candidate: WalkInCandidate | None
    first_name: str = ""
    last_name: str = ""
    gender: Gender = Gender.NOT_STATED
    organisation_id: str | None = None


class WalkInDialog(QDialog):
    """Find a person by name (Enter takes the highlighted one) or register a new one.

    Typing fills the new person's first and last name too, so someone not in the register
    is added with Enter, a gender, and Enter again.
    """

    results_shown = Signal()

    def __init__(
        self,
        context: PageContext,
        course_id: str,
        sessions: Sequence[GridSession],
        session_id: str | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._course_id = course_id
        self._sequence = 0
        self._names_edited = False
        self.choice: WalkInChoice | None = None
        self.setWindowTitle(self.tr("Walk-in"))
        self.setAccessibleName(self.tr("Walk-in"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.session_box = QComboBox(self)
        self.session_box.setAccessibleName(self.tr("Session"))
        for session in sessions:
            self.session_box.addItem(session_long_title(session), session.id)
        if session_id is not None:
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(session_id)))
        form.addRow(self.tr("&Session:"), self.session_box)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find a person by name"))
        self.find_edit.setPlaceholderText(self.tr("First or last name"))
        self.find_edit.setClearButtonEnabled(True)
        form.addRow(self.tr("&Find:"), self.find_edit)
        layout.addLayout(form)

        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching persons"))
        self.results.setMinimumHeight(150)
        layout.addWidget(self.results)
        self.results_note = QLabel(self.tr("Type a name to search the register."), self)
        self.results_note.setWordWrap(True)
        layout.addWidget(self.results_note)

        group = QGroupBox(self.tr("Not in the register? Register a new person"), self)
        new_form = QFormLayout(group)
        self.first_name = QLineEdit(group)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name = QLineEdit(group)
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.gender = QComboBox(group)
        self.gender.setAccessibleName(self.tr("Gender"))
        for gender, text in (
            (Gender.NOT_STATED, self.tr("Not stated")),
            (Gender.WOMAN, self.tr("Woman")),
            (Gender.MAN, self.tr("Man")),
            (Gender.OTHER, self.tr("Other")),
        ):
            self.gender.addItem(text, gender)
        self.organisation = QComboBox(group)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Organisation (optional)"))
        self.organisation.lineEdit().setPlaceholderText(self.tr("Optional: type to find"))
        self.organisation.addItem("", None)
        completer = QCompleter(self.organisation.model(), self.organisation)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation.setCompleter(completer)
        new_form.addRow(self.tr("F&irst name:"), self.first_name)
        new_form.addRow(self.tr("&Last name:"), self.last_name)
        new_form.addRow(self.tr("&Gender:"), self.gender)
        new_form.addRow(self.tr("&Organisation:"), self.organisation)
        layout.addWidget(group)

        self.error = _error_label(self)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Mark &selected present"), self)
        self.pick_button.setAccessibleName(self.tr("Mark the selected person present"))
        self.create_button = QPushButton(self.tr("&Register and mark present"), self)
        self.create_button.setAccessibleName(self.tr("Register the new person and mark present"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel"))
        for button in (self.pick_button, self.create_button, cancel):
            # Enter is decided by where the focus is (keyPressEvent), not by a default button.
            button.setAutoDefault(False)
            button.setDefault(False)
        row.addStretch(1)
        row.addWidget(self.pick_button)
        row.addWidget(self.create_button)
        row.addWidget(cancel)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._look_up)
        self.find_edit.textChanged.connect(self._on_find_changed)
        self.first_name.textEdited.connect(self._on_names_edited)
        self.last_name.textEdited.connect(self._on_names_edited)
        self.results.itemDoubleClicked.connect(lambda _item: self.pick())
        self.pick_button.clicked.connect(self.pick)
        self.create_button.clicked.connect(self.create)
        cancel.clicked.connect(self.reject)
        self._update_buttons()
        self.find_edit.setFocus()
        job = context.worker.submit(people.list_organisations, context.database)
        job.succeeded.connect(self._show_organisations)
        job.failed.connect(self._show_failure)

    def _show_organisations(self, organisations: list[OrganisationRecord]) -> None:
        typed = self.organisation.currentText()
        for organisation in organisations:
            text = organisation.name
            if organisation.municipality_name:
                text = f"{text}, {organisation.municipality_name}"
            self.organisation.addItem(text, organisation.id)
        self.organisation.setEditText(typed)

    # -- searching ----------------------------------------------------------------------
    def _on_find_changed(self, text: str) -> None:
        _show_error(self.error, "")
        if not self._names_edited:
            # “lina dörr” becomes Lina / Dörr; one word alone could be either name.
            words = [w[:1].upper() + w[1:] for w in text.split()]
            two = len(words) >= 2
            self.first_name.setText(words[0] if two else "")
            self.last_name.setText(" ".join(words[1:]) if two else "")
        self._timer.start()

    def _on_names_edited(self, _text: str) -> None:
        self._names_edited = True

    def _look_up(self) -> None:
        self._sequence += 1
        sequence = self._sequence
        text = self.find_edit.text()
        job = self._context.worker.submit(
            attendance.find_persons, self._context.database, text, self._course_id
        )
        job.succeeded.connect(lambda found: self._show_results(sequence, text, found))
        job.failed.connect(self._show_failure)

    def _show_failure(self, exc: Exception) -> None:
        _show_error(self.error, refusal_text(exc))

    def _show_results(self, sequence: int, text: str, found: list[WalkInCandidate]) -> None:
        if sequence != self._sequence:
            return  # an answer to an earlier keystroke
        self.results.clear()
        for candidate in found:
            details = [candidate.name]
            if candidate.organisation_name:
                details.append(candidate.organisation_name)
            if candidate.birth_year:
                details.append(self.tr("born %1").replace("%1", str(candidate.birth_year)))
            if candidate.on_course:
                details.append(self.tr("already on the list"))
            item = QListWidgetItem(" — ".join(details), self.results)
            item.setData(Qt.ItemDataRole.UserRole, candidate)
        if found:
            self.results.setCurrentRow(0)
            if len(found) >= attendance.LOOKUP_LIMIT:
                note = self.tr(
                    "The first %1 are shown; type more of the name to narrow them. "
                    "Enter marks the highlighted person present."
                )
            else:
                note = self.tr("%1 found. Enter marks the highlighted person present.")
            self.results_note.setText(note.replace("%1", str(len(found))))
        elif text.strip():
            self.results_note.setText(
                self.tr("Nobody of that name in the register. Enter registers a new person.")
            )
        else:
            self.results_note.setText(self.tr("Type a name to search the register."))
        self._update_buttons()
        self.results_shown.emit()

    def _update_buttons(self) -> None:
        self.pick_button.setEnabled(self.results.currentItem() is not None)

    def _session_id(self) -> str:
        return str(self.session_box.currentData())

    # -- deciding -----------------------------------------------------------------------
    def pick(self) -> None:
        item = self.results.currentItem()
        if item is None:
            if self.find_edit.text().strip():
                # Nobody found: the names are filled in from the search; the gender is next.
                self.gender.setFocus()
                return
            _show_error(self.error, self.tr("Type a name, then choose a person from the list."))
            return
        candidate = item.data(Qt.ItemDataRole.UserRole)
        self.choice = WalkInChoice(self._session_id(), candidate)
        self.accept()

    def create(self) -> None:
        # The same rule the service applies to a walk-in's names, worded for the field.
        try:
            first = check_name(self.first_name.text(), "first_name")
        except ValidationError as exc:
            _show_error(self.error, refusal_text(exc))
            self.first_name.setFocus()
            return
        try:
            last = check_name(self.last_name.text(), "last_name")
        except ValidationError as exc:
            _show_error(self.error, refusal_text(exc))
            self.last_name.setFocus()
            return
        organisation_id = None
        typed = self.organisation.currentText().strip()
        if typed:
            row = self.organisation.findText(typed, Qt.MatchFlag.MatchFixedString)
            if row <= 0:
                _show_error(
                    self.error,
                    self.tr("Choose an organisation from the list, or leave the field empty."),
                )
                self.organisation.setFocus()
                return
            organisation_id = str(self.organisation.itemData(row))
        self.choice = WalkInChoice(
            self._session_id(),
            None,
            first,
            last,
            Gender(self.gender.currentData()),
            organisation_id,
        )
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focus = self.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focus in (self.find_edit, self.results, self.session_box, self.pick_button):
                self.pick()
            else:
                self.create()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and focus is self.find_edit:
            # Arrows move in the results without leaving the search field.
            row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)
