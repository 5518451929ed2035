"""The duplicate-person review: likely pairs ranked, the two side by side, merge one into the other.

A tab of the Sync page ("Dubbletter"): central is where the regions' registers meet, and a
region may tidy its own. The list is read on the worker (`services.duplicates.find_candidates`);
choosing a pair shows both persons with their history, the one with more history chosen to stay.
Merge first works out what would move (`preview_merge`, rolled back), asks for confirmation
with those figures, then merges on the worker.

Why a merge has no undo: it touches many rows in several tables, combining overlapping marks
and enrolments keeps only the better of two by rule, and it travels in the next bundle, after
which other installations move rows of later bundles onto the survivor by themselves. A
"backward" call fixed in advance could restore neither what the combining dropped nor what
the others did. So the merge is confirmed up front instead, like an import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QLocale,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import NATIONAL_PARTITION
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import duplicates
from soul_desktop.services.duplicates import (
    DuplicateCandidate,
    DuplicatePerson,
    DuplicateReason,
    MergeResult,
)
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.models.people import gender_name
from soul_desktop.ui.models.record_table import Column, RecordTableModel
from soul_desktop.ui.pages.common import paragraph, value_label
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.record_table_view import RecordTableView

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Named columns of the candidate list.
COLUMN_SCORE = 0
COLUMN_REASON = 1
COLUMN_FIRST = 2
COLUMN_SECOND = 3
COLUMN_BIRTH_YEARS = 4
COLUMN_ORGANISATIONS = 5
COLUMN_REGIONS = 6


def reason_name(reason: DuplicateReason) -> str:
    return {
        DuplicateReason.SAME_PERSONNUMMER: QCoreApplication.translate(
            "Duplicates", "Same personnummer"
        ),
        DuplicateReason.SAME_NAME_AND_BIRTH_YEAR: QCoreApplication.translate(
            "Duplicates", "Same name and birth year"
        ),
        DuplicateReason.SAME_NAME_AND_ORGANISATION: QCoreApplication.translate(
            "Duplicates", "Same name and organisation"
        ),
    }[reason]


def region_text(partition: str) -> str:
    """A person's owning partition: a region code, or "national" in words."""
    return (
        QCoreApplication.translate("Duplicates", "national")
        if partition == NATIONAL_PARTITION
        else partition
    )


def score_text(score: float) -> str:
    return f"{QLocale().toString(round(score * 100))} %"


def _pair_text(first: Any, second: Any) -> str:
    """One value when both sides agree, else "first / second"; a dash for a missing one."""
    left = "–" if first in (None, "") else str(first)
    right = "–" if second in (None, "") else str(second)
    return left if left == right else f"{left} / {right}"


def _person_text(person: DuplicatePerson) -> str:
    return person.full_name


class DuplicateModel(RecordTableModel[DuplicateCandidate]):
    """Candidate pairs, most alike first: score, reason, both names, birth years, organisations.

    Roles as RecordTableModel (RECORD_ROLE gives the DuplicateCandidate, KEY_ROLE its key).
    """

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[DuplicateCandidate]] = [
            Column(
                QCoreApplication.translate("Duplicates", "Alike"),
                lambda c: score_text(c.score),
                sort_key=lambda c: c.score,
                alignment=NUMBER,
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Why"), lambda c: reason_name(c.reason)
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Person 1"),
                lambda c: _person_text(c.first),
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Person 2"),
                lambda c: _person_text(c.second),
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Born"),
                lambda c: _pair_text(c.first.birth_year, c.second.birth_year),
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Organisation"),
                lambda c: _pair_text(c.first.organisation_name, c.second.organisation_name),
                tooltip=lambda c: _pair_text(c.first.organisation_name, c.second.organisation_name),
            ),
            Column(
                QCoreApplication.translate("Duplicates", "Region"),
                lambda c: _pair_text(region_text(c.first.region), region_text(c.second.region)),
            ),
        ]
        super().__init__(columns, key=lambda c: c.key, parent=parent)


# Words for the fields a merge may fill, in the confirmation.
def field_name(name: str) -> str:
    return {
        "gender": QCoreApplication.translate("Duplicates", "gender"),
        "birth_year": QCoreApplication.translate("Duplicates", "birth year"),
        "personnummer": QCoreApplication.translate("Duplicates", "personnummer"),
        "declined_personnummer": QCoreApplication.translate(
            "Duplicates", "declined to give a personnummer"
        ),
        "email": QCoreApplication.translate("Duplicates", "e-mail"),
        "phone": QCoreApplication.translate("Duplicates", "phone"),
        "organisation_id": QCoreApplication.translate("Duplicates", "organisation"),
        "municipality_code": QCoreApplication.translate("Duplicates", "municipality"),
        "role": QCoreApplication.translate("Duplicates", "role"),
        "consent_date": QCoreApplication.translate("Duplicates", "consent date"),
        "education_band": QCoreApplication.translate("Duplicates", "education"),
        "declined_education": QCoreApplication.translate(
            "Duplicates", "declined to state education"
        ),
        "employment_status": QCoreApplication.translate("Duplicates", "employment"),
        "declined_employment": QCoreApplication.translate(
            "Duplicates", "declined to state employment"
        ),
        "disability": QCoreApplication.translate("Duplicates", "disability"),
        "declined_disability": QCoreApplication.translate(
            "Duplicates", "declined to answer about disability"
        ),
        "accessibility_needs": QCoreApplication.translate("Duplicates", "accessibility needs"),
        "accessibility_note": QCoreApplication.translate("Duplicates", "accessibility note"),
        "declined_accessibility": QCoreApplication.translate(
            "Duplicates", "declined to state accessibility needs"
        ),
    }.get(name, name)


def refusal(exc: BaseException) -> str:
    """A refused merge or search in words (the duplicates.* codes are worded here)."""
    if isinstance(exc, ValidationError) and exc.code:
        params = exc.params
        wordings = {
            "duplicates.not_here": QCoreApplication.translate(
                "Duplicates",
                "Duplicate persons are reviewed at the central office or at a regional office, "
                "not on a workshop leader's installation.",
            ),
            "duplicates.same_person": QCoreApplication.translate(
                "Duplicates", "A person cannot be merged with themselves."
            ),
            "duplicates.survivor_not_found": QCoreApplication.translate(
                "Duplicates", "The person to keep no longer exists; refresh the list."
            ),
            "duplicates.duplicate_not_found": QCoreApplication.translate(
                "Duplicates", "The person to merge no longer exists; refresh the list."
            ),
            "duplicates.already_merged": QCoreApplication.translate(
                "Duplicates", "%1 has already been merged into another person; refresh the list."
            ).replace("%1", str(params.get("name", ""))),
            "duplicates.cycle": QCoreApplication.translate(
                "Duplicates",
                "%1 was merged into %2 earlier; merging back would go round in a circle.",
            )
            .replace("%1", str(params.get("survivor", "")))
            .replace("%2", str(params.get("duplicate", ""))),
            "duplicates.different_personnummer": QCoreApplication.translate(
                "Duplicates", "%1 and %2 have different personnummer: they are two persons."
            )
            .replace("%1", str(params.get("survivor", "")))
            .replace("%2", str(params.get("duplicate", ""))),
            "duplicates.outside_region": QCoreApplication.translate(
                "Duplicates",
                "%1 belongs to region %2; this installation merges persons of %3 only.",
            )
            .replace("%1", str(params.get("name", "")))
            .replace("%2", str(params.get("region", "")))
            .replace("%3", str(params.get("own", ""))),
        }
        if exc.code in wordings:
            return wordings[exc.code]
    return refusal_text(exc)


class MergeWording(QObject):
    """The confirmation's sentences (a QObject so plural forms are translated with tr())."""

    def text(
        self,
        result: MergeResult,
        survivor: tuple[str, str] | None = None,
        duplicate: tuple[str, str] | None = None,
    ) -> str:
        """What a merge will do, from its preview, in words.

        `survivor` and `duplicate` are (short label, full description) of each, such as
        ("Person 1", "Person 1 (Anna Berg, SE32)"), since the two may have the same name; by
        default their names.
        """
        keep, keep_full = survivor or (result.survivor_name, result.survivor_name)
        go, go_full = duplicate or (result.duplicate_name, result.duplicate_name)
        enrolments = result.enrolments_moved + result.enrolments_combined
        marks = result.attendance_moved + result.attendance_combined
        lines = [
            self.tr("Merge %1 into %2?").replace("%1", go_full).replace("%2", keep_full),
            "",
            self.tr("What moves to %1:").replace("%1", keep),
        ]
        if not (enrolments or marks or result.other_moved or result.filled_fields):
            lines.append(
                self.tr("• nothing: %1 has no enrolments, attendance or details to add").replace(
                    "%1", go
                )
            )
        if enrolments:
            line = self.tr("• %n enrolment(s)", "", enrolments)
            if result.enrolments_combined:
                line += " " + self.tr(
                    "(%n of them on a course where %1 is already enrolled: the one further "
                    "along is kept)",
                    "",
                    result.enrolments_combined,
                ).replace("%1", keep)
            lines.append(line)
        if marks:
            line = self.tr("• %n attendance mark(s)", "", marks)
            if result.attendance_combined:
                line += " " + self.tr(
                    "(%n of them for a session where %1 is already marked: the better mark "
                    "is kept)",
                    "",
                    result.attendance_combined,
                ).replace("%1", keep)
            lines.append(line)
        if result.other_moved:
            lines.append(
                self.tr(
                    "• %n course leadership(s), session(s) led or board seat(s)",
                    "",
                    result.other_moved,
                )
            )
        if result.filled_fields:
            names = ", ".join(field_name(name) for name in result.filled_fields)
            lines.append(self.tr("• empty fields filled in: %1").replace("%1", names))
        if result.place_changes:
            lines.append(
                self.tr(
                    "• %n freed place(s) offered to the first on the waitlist",
                    "",
                    result.place_changes,
                )
            )
        lines += [
            "",
            self.tr(
                "%1 is then removed and points to %2; bundles made before the merge land on %2 "
                "when they are imported. A merge cannot be undone.",
            )
            .replace("%1", go)
            .replace("%2", keep),
        ]
        return "\n".join(lines)


def confirmation_text(
    result: MergeResult,
    survivor: tuple[str, str] | None = None,
    duplicate: tuple[str, str] | None = None,
) -> str:
    """What a merge will do, from its preview, in words (see `MergeWording.text`)."""
    return MergeWording().text(result, survivor, duplicate)


class PersonCard(QGroupBox):
    """One person of the pair: details, history, and the choice to keep them."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.label = title
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.keep_radio = QRadioButton(self)
        self._name_keep_radio(None)
        layout.addWidget(self.keep_radio)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("name", QCoreApplication.translate("Duplicates", "Name")),
            ("birth_year", QCoreApplication.translate("Duplicates", "Birth year")),
            ("personnummer", QCoreApplication.translate("Duplicates", "Personnummer")),
            ("gender", QCoreApplication.translate("Duplicates", "Gender")),
            ("organisation", QCoreApplication.translate("Duplicates", "Organisation")),
            ("municipality", QCoreApplication.translate("Duplicates", "Municipality")),
            ("region", QCoreApplication.translate("Duplicates", "Region")),
            ("email", QCoreApplication.translate("Duplicates", "E-mail")),
            ("phone", QCoreApplication.translate("Duplicates", "Phone")),
            ("enrolments", QCoreApplication.translate("Duplicates", "Enrolments")),
            ("attendance", QCoreApplication.translate("Duplicates", "Attendance marks")),
            ("hours", QCoreApplication.translate("Duplicates", "Hours attended")),
        ):
            value = value_label("", self)
            value.setAccessibleName(f"{title}: {label}")
            self.values[key] = value
            form.addRow(label, value)
        layout.addLayout(form)
        layout.addStretch(1)
        self.person: DuplicatePerson | None = None

    def describe(self) -> str:
        """ "person 1 (Anna Berg, SE32)": who this is, also when both have the same name."""
        if self.person is None:
            return self.label
        return (
            QCoreApplication.translate("Duplicates", "%1 (%2, %3)")
            .replace("%1", self.label)
            .replace("%2", self.person.full_name)
            .replace("%3", region_text(self.person.region))
        )

    def _name_keep_radio(self, person: DuplicatePerson | None) -> None:
        self.keep_radio.setText(QCoreApplication.translate("Duplicates", "Keep this person"))
        if person is None:
            name = QCoreApplication.translate("Duplicates", "Keep %1").replace("%1", self.label)
        else:
            name = (
                QCoreApplication.translate(
                    "Duplicates", "Keep %1 (%2) and merge the other into them"
                )
                .replace("%1", self.label)
                .replace("%2", person.full_name)
            )
        self.keep_radio.setAccessibleName(name)

    def show_person(self, person: DuplicatePerson | None) -> None:
        self.person = person
        self.keep_radio.setEnabled(person is not None)
        self._name_keep_radio(person)
        if person is None:
            self.setTitle(self.label)
            for value in self.values.values():
                value.setText("")
            return
        locale = QLocale()
        missing = "–"
        texts = {
            "name": person.full_name,
            "birth_year": str(person.birth_year) if person.birth_year else missing,
            "personnummer": person.personnummer_masked or missing,
            "gender": gender_name(person.gender),
            "organisation": person.organisation_name or missing,
            "municipality": person.municipality_name or missing,
            "region": region_text(person.region),
            "email": person.email or missing,
            "phone": person.phone or missing,
            "enrolments": locale.toString(person.enrolments),
            "attendance": locale.toString(person.attendance),
            "hours": locale.toString(person.attended_minutes // 60),
        }
        for key, text in texts.items():
            self.values[key].setText(text)


class DuplicateReviewPanel(QWidget):
    """Ranked candidate pairs; the chosen pair side by side; keep one, merge the other into it."""

    loaded = Signal()  # the list is shown (after refresh)
    merged = Signal(object)  # the MergeResult of a merge done
    failed = Signal(str)  # what went wrong, in words

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        limit: int = duplicates.DEFAULT_LIMIT,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.limit = limit
        self.setAccessibleName(self.tr("Duplicate persons"))
        self._busy = False
        # Said in front of the next list's status, once the refresh after a merge is in.
        self._merge_note = ""
        # The search reads every person: done when the panel is first shown, not before.
        self._searched = False

        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Persons who may be registered twice, most alike first: the same "
                    "personnummer, or the same name with the same birth year or organisation. "
                    "Choose a pair, compare the two, choose who stays and merge the other into "
                    "them."
                ),
                self,
            )
        )
        top = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh list"), self)
        self.refresh_button.setAccessibleName(self.tr("Look for duplicate persons again"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.status_label = value_label("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Duplicate review status"))
        top.addWidget(self.status_label, 1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = DuplicateModel(self)
        self.view = RecordTableView("sync/duplicates", self.tr("Possible duplicate persons"), self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        splitter.addWidget(self.view)

        compare = QWidget(self)
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        cards = QHBoxLayout()
        self.first_card = PersonCard(self.tr("Person 1"), compare)
        self.second_card = PersonCard(self.tr("Person 2"), compare)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.first_card.keep_radio)
        self.keep_group.addButton(self.second_card.keep_radio)
        self.keep_group.buttonToggled.connect(self._update_merge_button)
        cards.addWidget(self.first_card, 1)
        cards.addWidget(self.second_card, 1)
        compare_layout.addLayout(cards)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge…"), compare)
        self.merge_button.setAccessibleName(self.tr("Merge the other person into the one to keep"))
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addWidget(self.merge_button)
        self.choice_label = QLabel("", compare)
        self.choice_label.setWordWrap(True)
        self.choice_label.setAccessibleName(self.tr("What the merge does"))
        buttons.addWidget(self.choice_label, 1)
        compare_layout.addLayout(buttons)
        splitter.addWidget(compare)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._show_pair(None)

    # -- reading ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._searched:
            self.refresh()

    @Slot()
    def invalidate(self) -> None:
        """The data changed (an import): search again now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._searched = False

    @Slot()
    def refresh(self) -> None:
        """Look for candidates again (on the worker)."""
        self._searched = True
        self._set_busy(True)
        self.status_label.setText(self.tr("Looking for duplicate persons…"))
        job = self.context.worker.submit(
            duplicates.find_candidates, self.context.database, self.limit
        )
        job.succeeded.connect(self._on_loaded)
        job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_loaded(self, candidates: list[DuplicateCandidate]) -> None:
        self._set_busy(False)
        selected = self.current_candidate()
        first_load = self.model.rowCount() == 0
        self.model.set_records(candidates)
        if first_load and candidates:
            self.view.resizeColumnsToContents()
        if not candidates:
            self.status_label.setText(
                self.tr(
                    "No likely duplicates: no two persons share a personnummer, or a name with "
                    "a birth year or an organisation."
                )
            )
        elif len(candidates) >= self.limit:
            self.status_label.setText(
                self.tr(
                    "The %1 most alike pairs are shown; merge some and refresh for more."
                ).replace("%1", QLocale().toString(len(candidates)))
            )
        else:
            self.status_label.setText(
                self.tr("%n possible duplicate pair(s), most alike first.", "", len(candidates))
            )
        if self._merge_note:
            self.status_label.setText(f"{self._merge_note} {self.status_label.text()}")
            self._merge_note = ""
        row = self.model.row_of(selected.key) if selected is not None else None
        if row is None and candidates:
            row = 0
        if row is not None:
            self.view.selectRow(row)
        else:
            self._show_pair(None)
        self.loaded.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._merge_note = ""
        message = refusal(exc)
        self.status_label.setText(message)
        self.failed.emit(message)

    # -- choosing ---------------------------------------------------------------------
    def current_candidate(self) -> DuplicateCandidate | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.record_at(rows[0].row())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_args: Any) -> None:
        self._show_pair(self.current_candidate())

    def _show_pair(self, candidate: DuplicateCandidate | None) -> None:
        self.first_card.show_person(candidate.first if candidate else None)
        self.second_card.show_person(candidate.second if candidate else None)
        if candidate is not None:
            # The one with more history stays unless the reviewer says otherwise.
            suggested = candidate.suggested_survivor
            card = self.first_card if suggested.id == candidate.first.id else self.second_card
            card.keep_radio.setChecked(True)
        self._update_merge_button()

    def survivor(self) -> DuplicatePerson | None:
        cards = self._cards()
        return cards[0].person if cards is not None else None

    def choose_survivor(self, person_id: str) -> None:
        for card in (self.first_card, self.second_card):
            if card.person is not None and card.person.id == person_id:
                card.keep_radio.setChecked(True)

    def _cards(self) -> tuple[PersonCard, PersonCard] | None:
        """(the card of the one to keep, the other), None before a choice."""
        for keep, other in (
            (self.first_card, self.second_card),
            (self.second_card, self.first_card),
        ):
            if keep.keep_radio.isChecked() and keep.person is not None:
                return keep, other
        return None

    @Slot()
    def _update_merge_button(self, *_args: Any) -> None:
        candidate = self.current_candidate()
        cards = self._cards() if candidate is not None else None
        self.merge_button.setEnabled(cards is not None and not self._busy)
        if cards is None:
            self.choice_label.setText(self.tr("Choose a pair in the list."))
            return
        keep, other = cards
        # The titles say it too, in words rather than only by the checked button.
        keep.setTitle(self.tr("%1: stays").replace("%1", keep.label))
        other.setTitle(
            self.tr("%1: is merged into %2").replace("%1", other.label).replace("%2", keep.label)
        )
        self.choice_label.setText(
            self.tr("%1 stays; %2 is merged into them.")
            .replace("%1", keep.describe())
            .replace("%2", other.describe())
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh_button.setEnabled(not busy)
        self._update_merge_button()

    # -- merging ----------------------------------------------------------------------
    def confirmation_box(self, text: str) -> QMessageBox:
        """The question asked before a merge; Cancel is the default answer."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge duplicate persons"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Merge"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def confirm_merge(self, text: str) -> bool:
        """Ask before merging (a method, so tests can answer it)."""
        box = self.confirmation_box(text)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    @Slot()
    def merge_selected(self) -> None:
        """Work out what the merge would do, ask, then merge (all database work on the worker)."""
        candidate = self.current_candidate()
        survivor = self.survivor()
        if candidate is None or survivor is None:
            return
        duplicate = candidate.other(survivor.id)
        self._set_busy(True)
        self.status_label.setText(self.tr("Working out what the merge would move…"))
        job = self.context.worker.submit(
            duplicates.preview_merge, self.context.database, survivor.id, duplicate.id
        )
        job.succeeded.connect(self._on_previewed)
        job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_previewed(self, preview: MergeResult) -> None:
        described = {
            card.person.id: (card.label, card.describe())
            for card in (self.first_card, self.second_card)
            if card.person is not None
        }
        text = confirmation_text(
            preview, described.get(preview.survivor_id), described.get(preview.duplicate_id)
        )
        if not self.confirm_merge(text):
            self._set_busy(False)
            self.status_label.setText(self.tr("Not merged."))
            return
        self.status_label.setText(self.tr("Merging…"))
        job = self.context.worker.submit(
            duplicates.merge, self.context.database, preview.survivor_id, preview.duplicate_id
        )
        job.succeeded.connect(self._on_merged)
        job.failed.connect(self._on_failed)

    @Slot(object)
    def _on_merged(self, result: MergeResult) -> None:
        self._set_busy(False)
        self._merge_note = (
            self.tr("%1 was merged into %2.")
            .replace("%1", result.duplicate_name)
            .replace("%2", result.survivor_name)
        )
        self.merged.emit(result)
        self.refresh()

    def candidates(self) -> Iterable[DuplicateCandidate]:
        return self.model.records()
