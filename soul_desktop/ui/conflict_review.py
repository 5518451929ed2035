"""Conflict review: what two installations disagreed on, both values side by side, decided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import (
    AccessibilityNeed,
    AttendanceStatus,
    CourseKind,
    CourseStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    EnrolmentStatus,
    Gender,
    InstallationRole,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import conflicts
from soul_desktop.services.conflicts import KEPT, LOST, Resolution, ReviewItem
from soul_desktop.ui import labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.labels import table_name
from soul_desktop.ui.models import attendance as attendance_words
from soul_desktop.ui.models import people as people_words
from soul_desktop.ui.models import planning as planning_words
from soul_desktop.ui.models.record_table import Column, RecordTableModel
from soul_desktop.ui.pages.common import paragraph, value_label
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import SETTINGS_GROUP, RecordTableView

# The widest a column of the list is made when it is first fitted to its contents (pixels).
COLUMN_WIDEST = 165
STATE_KEY = "sync/conflicts"  # where the list's column layout is kept (QSettings)

# Named columns of the review list.
REVIEW_TABLE = 0  # what kind of record, in words
REVIEW_RECORD = 1  # which record (a person's name, a course's title, …)
REVIEW_FIELD = 2  # which field, in words
REVIEW_KEPT = 3  # the value kept everywhere (for an edit after a delete: "Deleted")
REVIEW_KEPT_SOURCE = 4  # the installation that made it
REVIEW_KEPT_TIME = 5  # when it was made
REVIEW_LOST = 6  # the other value
REVIEW_LOST_SOURCE = 7
REVIEW_LOST_TIME = 8


# -- words ------------------------------------------------------------------------------------


def field_name(field: str) -> str:
    """A field in words ("last_name" → "Last name"); an unknown one made readable."""
    names = {
        "first_name": QCoreApplication.translate("ConflictReview", "First name"),
        "last_name": QCoreApplication.translate("ConflictReview", "Last name"),
        "gender": QCoreApplication.translate("ConflictReview", "Gender"),
        "birth_year": QCoreApplication.translate("ConflictReview", "Birth year"),
        "personnummer": QCoreApplication.translate("ConflictReview", "Personnummer"),
        "email": QCoreApplication.translate("ConflictReview", "E-mail"),
        "phone": QCoreApplication.translate("ConflictReview", "Phone"),
        "organisation_id": QCoreApplication.translate("ConflictReview", "Organisation"),
        "municipality_code": QCoreApplication.translate("ConflictReview", "Municipality"),
        "role": QCoreApplication.translate("ConflictReview", "Role"),
        "employment_status": QCoreApplication.translate("ConflictReview", "Employment status"),
        "education_band": QCoreApplication.translate("ConflictReview", "Education"),
        "accessibility_needs": QCoreApplication.translate("ConflictReview", "Accessibility needs"),
        "accessibility_note": QCoreApplication.translate("ConflictReview", "Accessibility note"),
        "disability": QCoreApplication.translate("ConflictReview", "Disability"),
        "consent_date": QCoreApplication.translate("ConflictReview", "Consent given"),
        "declined_personnummer": QCoreApplication.translate(
            "ConflictReview", "Declined to give personal identity number"
        ),
        "declined_education": QCoreApplication.translate(
            "ConflictReview", "Declined to state education"
        ),
        "declined_employment": QCoreApplication.translate(
            "ConflictReview", "Declined to state employment"
        ),
        "declined_disability": QCoreApplication.translate(
            "ConflictReview", "Declined to state disability"
        ),
        "declined_accessibility": QCoreApplication.translate(
            "ConflictReview", "Declined to state accessibility needs"
        ),
        "merged_into_id": QCoreApplication.translate("ConflictReview", "Merged into"),
        "name": QCoreApplication.translate("ConflictReview", "Name"),
        "org_number": QCoreApplication.translate("ConflictReview", "Organisation number"),
        "legal_form_code": QCoreApplication.translate("ConflictReview", "Legal form"),
        "kind": QCoreApplication.translate("ConflictReview", "Kind"),
        "title": QCoreApplication.translate("ConflictReview", "Title"),
        "description": QCoreApplication.translate("ConflictReview", "Description"),
        "target_group": QCoreApplication.translate("ConflictReview", "Target group"),
        "capacity": QCoreApplication.translate("ConflictReview", "Places"),
        "budget_sek": QCoreApplication.translate("ConflictReview", "Budget (SEK)"),
        "status": QCoreApplication.translate("ConflictReview", "Status"),
        "completion_threshold_pct": QCoreApplication.translate(
            "ConflictReview", "Attendance needed to complete (%)"
        ),
        "activity_code": QCoreApplication.translate("ConflictReview", "Activity code"),
        "network_id": QCoreApplication.translate("ConflictReview", "Network"),
        "region_code": QCoreApplication.translate("ConflictReview", "Region"),
        "course_id": QCoreApplication.translate("ConflictReview", "Course"),
        "person_id": QCoreApplication.translate("ConflictReview", "Person"),
        "session_id": QCoreApplication.translate("ConflictReview", "Session"),
        "starts_at": QCoreApplication.translate("ConflictReview", "Starts"),
        "ends_at": QCoreApplication.translate("ConflictReview", "Ends"),
        "venue_id": QCoreApplication.translate("ConflictReview", "Venue"),
        "leader_id": QCoreApplication.translate("ConflictReview", "Leader"),
        "note": QCoreApplication.translate("ConflictReview", "Note"),
        "minutes": QCoreApplication.translate("ConflictReview", "Minutes attended"),
        "recorded_at": QCoreApplication.translate("ConflictReview", "Recorded"),
        "enrolled_at": QCoreApplication.translate("ConflictReview", "Enrolled"),
        "status_since": QCoreApplication.translate("ConflictReview", "Status since"),
        "changed_at": QCoreApplication.translate("ConflictReview", "Changed"),
        "walk_in": QCoreApplication.translate("ConflictReview", "Walk-in"),
        "address": QCoreApplication.translate("ConflictReview", "Address"),
        "accessibility_notes": QCoreApplication.translate(
            "ConflictReview", "Notes on accessibility"
        ),
        "deleted": QCoreApplication.translate("ConflictReview", "Deleted"),
        "partition": QCoreApplication.translate("ConflictReview", "Owning region"),
    }
    if field in names:
        return names[field]
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]


def _enum_text(value: Enum) -> str:
    words: dict[type[Enum], Callable[[Any], str]] = {
        Gender: people_words.gender_name,
        ParticipantRole: people_words.role_name,
        EmploymentStatus: people_words.employment_name,
        EducationBand: people_words.education_name,
        Disability: people_words.disability_name,
        OrganisationKind: people_words.kind_name,
        EnrolmentStatus: people_words.enrolment_status_name,
        CourseStatus: planning_words.status_name,
        CourseKind: planning_words.kind_name,
        AttendanceStatus: attendance_words.status_name,
        InstallationRole: labels.role_name,
    }
    name = words.get(type(value))
    text = name(value) if name is not None else str(value.value).replace("_", " ")
    # Some of these words are made for the middle of a sentence; here a value stands alone.
    return text[:1].upper() + text[1:]


def _needs_text(value: str) -> str:
    names = []
    for code in (part.strip() for part in value.split(",")):
        if not code:
            continue
        try:
            names.append(people_words.need_name(AccessibilityNeed(code)))
        except ValueError:
            names.append(code)  # free text or a value of a newer version
    return ", ".join(names)


def value_text(field: str, value: Any, label: str | None = None) -> str:
    """A field's value in words: a referenced row by its label, enums and flags translated."""
    if label:
        return label
    if value is None or value == "":
        return QCoreApplication.translate("ConflictReview", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictReview", "Yes")
            if value
            else QCoreApplication.translate("ConflictReview", "No")
        )
    if isinstance(value, Enum):
        return _enum_text(value)
    if isinstance(value, dt.datetime):
        return people_words.datetime_text(value)
    if isinstance(value, dt.date):
        return labels.date_text(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if field == "accessibility_needs" and isinstance(value, str):
        return _needs_text(value) or QCoreApplication.translate("ConflictReview", "(empty)")
    return str(value)


def moment_text(moment: dt.datetime | None) -> str:
    """When a version was made, in this computer's time zone."""
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return people_words.datetime_text(moment)


def kept_text(item: ReviewItem) -> str:
    if item.after_delete:
        return QCoreApplication.translate("ConflictReview", "Deleted")
    return value_text(item.field, item.kept_value, item.kept_label)


def lost_text(item: ReviewItem) -> str:
    return value_text(item.field, item.lost_value, item.lost_label)


def current_text(item: ReviewItem) -> str:
    return value_text(item.field, item.current_value, item.current_label)


def review_refusal_text(exc: BaseException) -> str:
    """Why a decision was refused, in the interface language."""
    if isinstance(exc, ValidationError) and exc.code:
        wordings = {
            "review.not_found": QCoreApplication.translate(
                "ConflictReview", "This conflict is no longer in the list."
            ),
            "review.already_resolved": QCoreApplication.translate(
                "ConflictReview", "This conflict has already been decided."
            ),
            "review.row_missing": QCoreApplication.translate(
                "ConflictReview", "The record this conflict is about is not in this database."
            ),
            "review.row_deleted": QCoreApplication.translate(
                "ConflictReview",
                "The record has been deleted since, so the other value cannot be written to it. "
                "Keep the value, or restore the record first.",
            ),
            "review.breaks_rule": QCoreApplication.translate(
                "ConflictReview",
                "The other value breaks a rule of the record as it is now (for example a "
                "session that would end before it starts). Change the record instead.",
            ),
            "review.bad_value": QCoreApplication.translate(
                "ConflictReview", "The other value is damaged and cannot be used."
            ),
        }
        if exc.code in wordings:
            return wordings[exc.code]
    return refusal_text(exc)


# -- the list ---------------------------------------------------------------------------------


def review_search_text(item: ReviewItem) -> str:
    return " ".join(
        (
            table_name(item.table),
            item.row_label,
            field_name(item.field),
            kept_text(item),
            lost_text(item),
            item.kept_source,
            item.lost_source,
        )
    )


class ReviewTableModel(RecordTableModel[ReviewItem]):
    """Open review items: what (table, record, field), the kept and the other value, each with
    the installation that made it and when.

    Roles as RecordTableModel (RECORD_ROLE gives the ReviewItem, KEY_ROLE its id as text).
    """

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[ReviewItem]] = [
            Column(
                QCoreApplication.translate("ConflictReview", "What"), lambda r: table_name(r.table)
            ),
            Column(QCoreApplication.translate("ConflictReview", "Record"), lambda r: r.row_label),
            Column(
                QCoreApplication.translate("ConflictReview", "Field"), lambda r: field_name(r.field)
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Kept value"),
                kept_text,
                tooltip=kept_text,
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Kept from"), lambda r: r.kept_source
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Kept made"),
                lambda r: moment_text(r.kept_at),
                sort_key=lambda r: r.kept_at,
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Other value"),
                lost_text,
                tooltip=lost_text,
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Other from"), lambda r: r.lost_source
            ),
            Column(
                QCoreApplication.translate("ConflictReview", "Other made"),
                lambda r: moment_text(r.lost_at),
                sort_key=lambda r: r.lost_at,
            ),
        ]
        super().__init__(
            columns, key=lambda r: r.key, search_text=review_search_text, parent=parent
        )


# -- deciding ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What a decision (or its undo) did, so the panel can say it in words."""

    item: ReviewItem
    choice: str
    resolution: Resolution | None  # None: the decision was taken back


def _decide(database: Any, item: ReviewItem, choice: str) -> ReviewOutcome:
    return ReviewOutcome(item, choice, conflicts.resolve(database, item.id, choice))


def _take_back(
    database: Any, item: ReviewItem, choice: str, settled: Sequence[int]
) -> ReviewOutcome:
    conflicts.reopen(database, item, choice, settled)
    return ReviewOutcome(item, choice, None)


class _Side(QGroupBox):
    """One of the two values: the value itself, who made it and when, and its button."""

    def __init__(self, title: str, button_text: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.value = value_label("", self)
        self.value.setWordWrap(True)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        # Selectable by mouse only: by keyboard it would put a Tab stop between the list and
        # the decisions; the buttons' descriptions carry the value for screen readers.
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.made = QLabel(self)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text.replace("&", ""))  # until an item is chosen
        layout.addWidget(self.value)
        layout.addWidget(self.source)
        layout.addWidget(self.made)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class ConflictReviewPanel(QWidget):
    """The open review items of this installation, for the Sync page's "Conflicts" tab.

    Choose a row; both values are shown side by side with who made each and when. "Keep this
    value" leaves the record as it is and closes the item; "Use the other value" writes the other
    value as an ordinary change of this installation, which the next bundles carry to the
    others. For a record deleted at one installation and edited later at another the choices
    are to keep it deleted or to restore it with the later edit. Each decision is undoable
    (Ctrl+Z): the undo is again an ordinary change, and the items are open again.
    """

    loaded = Signal(int)  # the number of open items shown after a refresh
    resolved = Signal(object)  # the Resolution of a decision that was applied
    failed = Signal(str)  # why a decision or a refresh failed, in words

    PAGE_EMPTY, PAGE_LIST = 0, 1

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._request = 0
        self._select_key: str | None = None
        self.setAccessibleName(self.tr("Conflicts to review"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "When two installations changed the same field before they exchanged "
                    "bundles, every installation keeps the later change, and the other value "
                    "is listed here. Decide which value is right; a decision to use the other "
                    "value goes to the other installations with the next bundle."
                ),
                self,
            )
        )
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        self.empty_label = QLabel(self.tr("No conflicts to review"), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No conflicts to review"))
        font = QFont(self.empty_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty_label.setFont(font)
        self.stack.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = ReviewTableModel(self)
        self.view = RecordTableView(STATE_KEY, self.tr("Conflicts to review"), splitter)
        # Fitted once to the first rows, unless the user has already shaped the list.
        self._fit_pending = not QSettings().contains(f"{SETTINGS_GROUP}/{STATE_KEY}")
        self.view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        splitter.addWidget(self.view)
        splitter.addWidget(self._build_details(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.stack.addWidget(splitter)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Conflict review status"))
        layout.addWidget(self.status)

        # Keyboard: the list, then the two decisions; nothing else takes a Tab stop here.
        QWidget.setTabOrder(self.view, self.kept_side.button)
        QWidget.setTabOrder(self.kept_side.button, self.lost_side.button)
        self._show_item(None)
        self.refresh()

    def _build_details(self, parent: QWidget) -> QWidget:
        details = QWidget(parent)
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel(details)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.note = QLabel(details)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        sides = QHBoxLayout()
        self.kept_side = _Side(self.tr("Kept everywhere"), self.tr("&Keep this value"), details)
        self.lost_side = _Side(self.tr("The other value"), self.tr("&Use the other value"), details)
        self.kept_side.button.clicked.connect(self.keep)
        self.lost_side.button.clicked.connect(self.use_other)
        sides.addWidget(self.kept_side, 1)
        sides.addWidget(self.lost_side, 1)
        layout.addLayout(sides, 1)
        return details

    # -- reading ----------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Load the open items again on the worker (after an import, or a decision)."""
        self._request += 1
        request = self._request
        job = self._context.worker.submit(conflicts.list_open, self._context.database)
        job.succeeded.connect(lambda items: self._loaded(request, items))
        job.failed.connect(self._refresh_failed)

    def _loaded(self, request: int, items: list[ReviewItem]) -> None:
        if request != self._request:
            return  # a newer refresh is on its way
        current = self.current_item()
        key = self._select_key or (current.key if current is not None else None)
        self._select_key = None
        self.model.set_records(items)
        self._fit_columns()
        self.stack.setCurrentIndex(self.PAGE_LIST if items else self.PAGE_EMPTY)
        row = self.model.row_of(key) if key is not None else None
        if items:
            self._select_row(0 if row is None else row)
        else:
            self._show_item(None)
        self.loaded.emit(len(items))

    @Slot(object)
    def _refresh_failed(self, exc: BaseException) -> None:
        text = review_refusal_text(exc)
        self.status.setText(text)
        self.failed.emit(text)

    def _fit_columns(self) -> None:
        # Long labels (an attendance's person, course and session time) must not push the
        # values off a laptop screen: no column is made wider than COLUMN_WIDEST, and the
        # tooltips and the details below show a value in full.
        if not self._fit_pending or self.model.rowCount() == 0:
            return
        self._fit_pending = False
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), COLUMN_WIDEST))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self._show_item(self.model.record_at(row))

    def items(self) -> list[ReviewItem]:
        return self.model.records()

    def current_item(self) -> ReviewItem | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record_at(index.row())

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item(self.model.record_at(current.row()) if current.isValid() else None)

    def _show_item(self, item: ReviewItem | None) -> None:
        kept, lost = self.kept_side, self.lost_side
        for side in (kept, lost):
            side.button.setEnabled(item is not None)
        if item is None:
            self.title.setText("")
            self.note.setText("")
            self.note.setVisible(False)
            for side in (kept, lost):
                side.value.setText("")
                side.source.setText("")
                side.made.setText("")
            return
        self.title.setText(f"{table_name(item.table)}: {item.row_label} – {field_name(item.field)}")
        if item.after_delete:
            kept.setTitle(self.tr("Deleted"))
            kept.value.setText(self.tr("The record was deleted"))
            kept.button.setText(self.tr("&Keep it deleted"))
            kept.button.setAccessibleName(self.tr("Keep the record deleted"))
            lost.setTitle(self.tr("Edited later"))
            lost.value.setText(f"{field_name(item.field)}: {lost_text(item)}")
            lost.button.setText(self.tr("&Restore with the later edit"))
            lost.button.setAccessibleName(self.tr("Restore the record with the later edit"))
        else:
            kept.setTitle(self.tr("Kept everywhere"))
            kept.value.setText(kept_text(item))
            kept.button.setText(self.tr("&Keep this value"))
            kept.button.setAccessibleName(self.tr("Keep this value"))
            lost.setTitle(self.tr("The other value"))
            lost.value.setText(lost_text(item))
            lost.button.setText(self.tr("&Use the other value"))
            lost.button.setAccessibleName(self.tr("Use the other value"))
        kept.source.setText(self.tr("From: %1").replace("%1", item.kept_source))
        kept.made.setText(self.tr("Changed: %1").replace("%1", moment_text(item.kept_at)))
        lost.source.setText(self.tr("From: %1").replace("%1", item.lost_source))
        lost.made.setText(self.tr("Changed: %1").replace("%1", moment_text(item.lost_at)))
        kept.button.setAccessibleDescription(kept.value.text())
        lost.button.setAccessibleDescription(lost.value.text())
        note = self._note(item)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _note(self, item: ReviewItem) -> str:
        if not item.row_exists:
            return self.tr("The record is not in this database.")
        if item.after_delete:
            if not item.row_deleted:
                return self.tr("The record has been restored since.")
            return (
                self.tr(
                    "%1 deleted this record; %2 changed it later without knowing. The record stays "
                    "deleted unless you restore it."
                )
                .replace("%1", item.kept_source)
                .replace("%2", item.lost_source)
            )
        if item.row_deleted:
            return self.tr("The record has been deleted since.")
        if item.changed_since:
            return self.tr("Changed since: the record now holds %1.").replace(
                "%1", current_text(item)
            )
        return ""

    # -- deciding ---------------------------------------------------------------------
    @Slot()
    def keep(self) -> None:
        """Keep what won (for an edit after a delete: keep the record deleted)."""
        self._decide(KEPT)

    @Slot()
    def use_other(self) -> None:
        """Use the other value (for an edit after a delete: restore with the later edit)."""
        self._decide(LOST)

    def _decide(self, choice: str) -> None:
        item = self.current_item()
        if item is None:
            return
        # The items this decision settles, as listed now: undo opens exactly these again.
        settled = tuple(other.id for other in self.items() if conflicts.settles(item, other))
        database = self._context.database
        what = f"{item.row_label} – {field_name(item.field)}"
        if choice == KEPT:
            text = self.tr("Keep the value of %1").replace("%1", what)
        else:
            text = self.tr("Use the other value of %1").replace("%1", what)
        for side in (self.kept_side, self.lost_side):
            side.button.setEnabled(False)
        self.status.setText("")
        # Through the undo stack like every other change: a wrong click is taken back with
        # Ctrl+Z, which writes the earlier value back (again as an ordinary change) and opens
        # the items again.
        self._context.edits.perform(
            Edit(
                text,
                partial(_decide, database, item, choice),
                partial(_take_back, database, item, choice, settled),
                self._applied,
            ),
            on_error=self._refused,
        )

    def _applied(self, outcome: ReviewOutcome) -> None:
        item = outcome.item
        what = f"{item.row_label} – {field_name(item.field)}"
        if outcome.resolution is None:
            self.status.setText(
                self.tr("Decision taken back: %1 is open again.").replace("%1", what)
            )
            self._select_key = item.key
        elif outcome.choice == KEPT:
            self.status.setText(self.tr("Kept the value of %1.").replace("%1", what))
        elif item.after_delete:
            self.status.setText(self.tr("Restored %1.").replace("%1", item.row_label))
        else:
            self.status.setText(
                self.tr(
                    "%1 now holds the other value; the next bundles carry it to the other "
                    "installations."
                ).replace("%1", what)
            )
        self.refresh()
        if outcome.resolution is not None:
            self.resolved.emit(outcome.resolution)

    def _refused(self, exc: Exception) -> None:
        text = review_refusal_text(exc)
        self.status.setText(text)
        self.refresh()  # the list may be out of date (decided elsewhere, row gone)
        self.failed.emit(text)


__all__ = [
    "REVIEW_FIELD",
    "REVIEW_KEPT",
    "REVIEW_KEPT_SOURCE",
    "REVIEW_KEPT_TIME",
    "REVIEW_LOST",
    "REVIEW_LOST_SOURCE",
    "REVIEW_LOST_TIME",
    "REVIEW_RECORD",
    "REVIEW_TABLE",
    "ConflictReviewPanel",
    "ReviewOutcome",
    "ReviewTableModel",
    "field_name",
    "table_name",
    "value_text",
]
