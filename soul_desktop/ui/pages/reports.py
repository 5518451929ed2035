"""The reports page: a report and only the inputs it needs; preview its first page, save, open.

Choices (courses, regions, 4R units, the project period) are read on the worker when the page
is first shown; a course's sessions and the person search are read as they are asked for.
Preview writes the report as a PDF into a temporary folder on the worker and renders its
first page there (pypdfium2); Save… writes to the chosen file on the worker, by the format
its ending names; Open hands the saved file to the system's viewer. A refused report is told
in words next to the inputs, and the field it names gets the focus.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.enums import FourRUnitKind, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.fourr import PROGRAMME, FourRUnit, Period
from soul_desktop.domain.planning import CourseRecord, SessionRecord
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportKind,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.reports import catalogue
from soul_desktop.services import attendance as attendance_service
from soul_desktop.services import fourr_entries
from soul_desktop.services import planning as planning_service
from soul_desktop.services.fourr_entries import UnitChoices
from soul_desktop.ui import labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.pages.common import heading, page_layout
from soul_desktop.ui.pages.fourr import CUSTOM_PERIOD, UNIT_KINDS, period_choices, unit_kind_name
from soul_desktop.ui.planning_forms import ErrorLabel, OptionalDateEdit, parse_date
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.report_preview import PreviewView, RenderedPage, render_first_page, to_image
from soul_desktop.ui.worker import LatestReads

SETTINGS_FOLDER = "reports/folder"
SETTINGS_HIDE_SMALL = "reports/hide_small"
ALL = ""  # "every session of the course", "every region", "every participant"
KIND_ORDER = (
    ReportKind.SIGNIN,
    ReportKind.MONTHLY,
    ReportKind.CERTIFICATE,
    ReportKind.PARTICIPANTS,
    ReportKind.FOURR,
    ReportKind.TARGETS,
)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FORM_WIDTH = 560

# The inputs each report asks for (the others are hidden).
COURSE, SESSION, PERSON, MONTH, REGION, PERIOD, UNIT, HIDE_SMALL = (
    "course",
    "session",
    "person",
    "month",
    "region",
    "period",
    "unit",
    "hide_small",
)
INPUTS: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.SIGNIN: (COURSE, SESSION),
    ReportKind.MONTHLY: (MONTH, PERSON),
    ReportKind.CERTIFICATE: (COURSE, PERSON),
    ReportKind.PARTICIPANTS: (REGION, PERIOD, COURSE, HIDE_SMALL),
    ReportKind.FOURR: (UNIT, PERIOD, HIDE_SMALL),
    ReportKind.TARGETS: (REGION, PERIOD),
}
# An optional course (the participant report) may be left at "every course".
OPTIONAL_COURSE = (ReportKind.PARTICIPANTS,)
OPTIONAL_PERSON = (ReportKind.MONTHLY,)


@dataclass(frozen=True, slots=True)
class Choices:
    """What the page's pickers offer, read together on the worker."""

    courses: tuple[CourseRecord, ...]
    units: UnitChoices
    project: tuple[dt.date, dt.date] | None


def read_choices(db: Any) -> Choices:
    """Courses, 4R units (with the regions) and the project period (on the worker)."""
    return Choices(
        tuple(planning_service.list_courses(db)),
        fourr_entries.unit_choices(db),
        planning_service.project_period(db),
    )


def write_report(db: Any, request: ReportRequest, path: str) -> ReportResult:
    """Write one report through the catalogue (on the worker)."""
    return catalogue.write(db, request, path)


def preview_report(db: Any, request: ReportRequest, path: str) -> tuple[ReportResult, RenderedPage]:
    """Write the report as a PDF to `path` and render its first page (on the worker)."""
    result = catalogue.write(db, request, path)
    return result, render_first_page(path)


def kind_name(kind: ReportKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        ReportKind.SIGNIN: QCoreApplication.translate("Reports", "Sign-in sheet"),
        ReportKind.MONTHLY: QCoreApplication.translate("Reports", "Monthly attendance report"),
        ReportKind.CERTIFICATE: QCoreApplication.translate("Reports", "Course certificate"),
        ReportKind.PARTICIPANTS: QCoreApplication.translate("Reports", "Participant statistics"),
        ReportKind.FOURR: QCoreApplication.translate("Reports", "4R analysis"),
        ReportKind.TARGETS: QCoreApplication.translate("Reports", "Target follow-up"),
    }[kind]


def kind_description(kind: ReportKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        ReportKind.SIGNIN: QCoreApplication.translate(
            "Reports",
            "The enrolled persons by surname with a signature column and blank rows for "
            "walk-ins: for one session, or every session of the course in one file.",
        ),
        ReportKind.MONTHLY: QCoreApplication.translate(
            "Reports",
            "Every session a participant attended in the month, with the month's whole hours "
            "and lines to sign: for one participant, or all of them in one file.",
        ),
        ReportKind.CERTIFICATE: QCoreApplication.translate(
            "Reports", "A participant's certificate for a course: areas, dates, hours, completion."
        ),
        ReportKind.PARTICIPANTS: QCoreApplication.translate(
            "Reports",
            "Participants by gender, age band and education, with totals; a person counts once.",
        ),
        ReportKind.FOURR: QCoreApplication.translate(
            "Reports", "R1 and R2 with charts by gender, the R3 analysis and the R4 actions."
        ),
        ReportKind.TARGETS: QCoreApplication.translate(
            "Reports", "Each target against its value per region, and the milestones."
        ),
    }[kind]


def format_name(kind: ReportFormat) -> str:
    return {ReportFormat.PDF: "PDF", ReportFormat.CSV: "CSV", ReportFormat.XLSX: "XLSX"}[kind]


class ReportsPage(QWidget):
    """Choose a report and its inputs; Preview, Save… and Open.

    Signals are for tests and for the window: `choicesLoaded`, `sessionsLoaded`,
    `personsFound`, `previewShown(pages)`, `saved(path)` and `refused(text)`.
    """

    choicesLoaded = Signal()
    sessionsLoaded = Signal()
    personsFound = Signal()
    previewShown = Signal(int)
    saved = Signal(str)
    refused = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.database
        info = context.installation
        self.central = info.role is InstallationRole.CENTRAL
        self.home_region = info.region_code
        self.choices: Choices | None = None
        self.sessions: list[SessionRecord] = []
        self.person_id: str | None = None
        self.saved_path: str | None = None
        self.busy = False
        self._loaded_once = False
        self._reads = LatestReads(self, context.worker, self._show_refusal)
        self._temp = tempfile.mkdtemp(prefix="soul-preview-")
        self._preview_count = 0
        self.destroyed.connect(lambda *_a, folder=self._temp: shutil.rmtree(folder, True))
        self.setAccessibleName(self.tr("Reports"))

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Reports"), self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_form())
        self.preview = PreviewView(self)
        splitter.addWidget(self.preview)
        # The inputs need a form's width; the page's preview gets the rest.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([FORM_WIDTH, 2 * FORM_WIDTH])
        layout.addWidget(splitter, 1)
        self._set_tab_order()
        self._on_kind(0)

    # -- building -----------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        box.setMinimumWidth(FORM_WIDTH * 3 // 4)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.rows: dict[str, QWidget] = {}

        self.kind_combo = QComboBox(box)
        self.kind_combo.setAccessibleName(self.tr("Report"))
        for kind in KIND_ORDER:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self._add_row(self.tr("&Report:"), self.kind_combo, None)
        self.description = QLabel(box)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.description)

        self.course_combo = QComboBox(box)
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.course_combo.setEditable(True)
        self.course_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.course_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course_combo.setMinimumContentsLength(24)
        completer = QCompleter(self.course_combo.model(), self.course_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.course_combo.setCompleter(completer)
        line = self.course_combo.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Find a course"))
            line.setPlaceholderText(self.tr("Type part of the title"))
        self._add_row(self.tr("&Course:"), self.course_combo, COURSE)

        self.session_combo = QComboBox(box)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self._add_row(self.tr("&Session:"), self.session_combo, SESSION)

        self.person_edit = QLineEdit(box)
        self.person_edit.setAccessibleName(self.tr("Person"))
        self.person_edit.setPlaceholderText(self.tr("Type the first letters of a name"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_model = QStandardItemModel(self)
        self.person_completer = QCompleter(self.person_model, self.person_edit)
        # The service has filtered already: show every answer it gave.
        self.person_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.person_edit.setCompleter(self.person_completer)
        self.person_hint = QLabel(box)
        self.person_hint.setWordWrap(True)
        self.person_hint.setVisible(False)
        person_box = QWidget(box)
        person_layout = QVBoxLayout(person_box)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.setSpacing(2)
        person_layout.addWidget(self.person_edit)
        person_layout.addWidget(self.person_hint)
        self._add_row(self.tr("P&erson:"), person_box, PERSON, buddy=self.person_edit)

        self.month_edit = QDateEdit(box)
        self.month_edit.setAccessibleName(self.tr("Month"))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDate(QDate.currentDate())
        self._add_row(self.tr("&Month:"), self.month_edit, MONTH)

        self.region_combo = QComboBox(box)
        self.region_combo.setAccessibleName(self.tr("Region"))
        self._add_row(self.tr("Re&gion:"), self.region_combo, REGION)

        self.unit_kind_combo = QComboBox(box)
        self.unit_kind_combo.setAccessibleName(self.tr("Kind of unit"))
        for kind in UNIT_KINDS:
            self.unit_kind_combo.addItem(unit_kind_name(kind), kind.value)
        self.unit_combo = QComboBox(box)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(20)
        unit_box = QWidget(box)
        unit_layout = QHBoxLayout(unit_box)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(self.unit_kind_combo)
        unit_layout.addWidget(self.unit_combo, 1)
        self._add_row(self.tr("4R &unit:"), unit_box, UNIT, buddy=self.unit_kind_combo)

        self.period_combo = QComboBox(box)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_combo.setMinimumContentsLength(24)
        self.from_edit = OptionalDateEdit(self.tr("Period from (date)"), box)
        self.to_edit = OptionalDateEdit(self.tr("Period until (date)"), box)
        period_box = QWidget(box)
        period_layout = QVBoxLayout(period_box)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(4)
        period_layout.addWidget(self.period_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–", period_box))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        period_layout.addLayout(dates)
        self._add_row(self.tr("&Period:"), period_box, PERIOD, buddy=self.period_combo)

        self.hide_small = QCheckBox(self.tr("&Hide counts under 5"), box)
        self.hide_small.setAccessibleName(self.tr("Hide counts under 5"))
        self.hide_small.setAccessibleDescription(
            self.tr("Shows “< 5” for groups of one to four persons, before sharing figures.")
        )
        self.hide_small.setChecked(bool(QSettings().value(SETTINGS_HIDE_SMALL, False, bool)))
        form.addRow("", self.hide_small)
        self.rows[HIDE_SMALL] = self.hide_small

        self.format_combo = QComboBox(box)
        self.format_combo.setAccessibleName(self.tr("File format"))
        self._add_row(self.tr("&Format:"), self.format_combo, "format")
        outer.addLayout(form)

        self.message = ErrorLabel(box)
        outer.addWidget(self.message)
        self.status = QLabel(box)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Report status"))
        outer.addWidget(self.status)
        self.progress = QProgressBar(box)
        self.progress.setRange(0, 0)  # the report modules cannot say how far they are
        self.progress.setAccessibleName(self.tr("Making the report"))
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view"), box)
        self.preview_button.setAccessibleName(self.tr("Preview the first page"))
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save…"), box)
        self.save_button.setAccessibleName(self.tr("Save the report to a file"))
        self.open_button = QPushButton(self.tr("&Open"), box)
        self.open_button.setAccessibleName(self.tr("Open the saved report"))
        self.open_button.setEnabled(False)
        for button in (self.preview_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)

        for combo in box.findChildren(QComboBox):
            # A long course title or venue must not push the preview off the page.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            if combo.minimumContentsLength() == 0:
                combo.setMinimumContentsLength(16)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.course_combo.currentIndexChanged.connect(self._on_course)
        self.person_edit.textEdited.connect(self._on_person_typed)
        self.person_completer.activated[QModelIndex].connect(self._on_person_chosen)
        self.unit_kind_combo.currentIndexChanged.connect(lambda _i: self._fill_units())
        self.period_combo.currentIndexChanged.connect(self._on_period_choice)
        self.hide_small.toggled.connect(lambda on: QSettings().setValue(SETTINGS_HIDE_SMALL, on))
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(lambda: self.save())
        self.open_button.clicked.connect(self.open_saved)
        return box

    def _add_row(
        self, caption: str, field: QWidget, key: str | None, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(caption, field.parentWidget())
        label.setBuddy(buddy or field)
        self.form.addRow(label, field)
        if key is not None:
            self.rows[key] = field

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.kind_combo,
            self.course_combo,
            self.session_combo,
            self.person_edit,
            self.month_edit,
            self.region_combo,
            self.unit_kind_combo,
            self.unit_combo,
            self.period_combo,
            self.from_edit,
            self.to_edit,
            self.hide_small,
            self.format_combo,
            self.preview_button,
            self.save_button,
            self.open_button,
            self.preview,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- loading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            return
        self._loaded_once = True
        self._reads.load("choices", read_choices, self.db, done=self._on_choices)

    def _on_choices(self, choices: Choices) -> None:
        self.choices = choices
        combo = self.course_combo
        combo.blockSignals(True)
        combo.clear()
        for course in choices.courses:
            when = (
                labels.date_text(course.first_start.date())
                if course.first_start
                else self.tr("no sessions")
            )
            combo.addItem(f"{course.title} · {course.region_code} · {when}", course.id)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        self._fill_course_all()

        self.region_combo.clear()
        if self.central:
            self.region_combo.addItem(self.tr("All regions"), ALL)
            for region in choices.units.regions:
                self.region_combo.addItem(f"{region.code} {region.name}", region.code)
        else:
            name = next(
                (f"{r.code} {r.name}" for r in choices.units.regions if r.code == self.home_region),
                self.home_region or "",
            )
            self.region_combo.addItem(name, self.home_region or ALL)
        # A region's reports are its own region's; only central chooses.
        self.region_combo.setEnabled(self.central)

        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for choice in period_choices(choices.project):
            self.period_combo.addItem(choice.text, choice.period)
        self.period_combo.addItem(self.tr("Custom dates…"), CUSTOM_PERIOD)
        self.period_combo.setCurrentIndex(0)
        self.period_combo.blockSignals(False)
        self._on_period_choice(0)
        if choices.project is not None:
            # After the project (or before it) the current month has no sessions to report:
            # start from the project's nearest month instead.
            today = dt.date.today()
            start, end = choices.project
            month = min(max(today, start), end)
            self.month_edit.setDate(QDate(month.year, month.month, 1))

        default = FourRUnitKind.PROGRAMME if self.central else FourRUnitKind.REGION
        if not choices.units.regions:
            default = FourRUnitKind.PROGRAMME
        self.unit_kind_combo.blockSignals(True)
        self.unit_kind_combo.setCurrentIndex(self.unit_kind_combo.findData(default.value))
        self.unit_kind_combo.blockSignals(False)
        self._fill_units()
        self._on_course(self.course_combo.currentIndex())
        self.choicesLoaded.emit()

    def _fill_course_all(self) -> None:
        """The participant report may cover every course: that choice leads the list."""
        kind = self.kind()
        combo = self.course_combo
        has_all = combo.count() > 0 and combo.itemData(0) == ALL
        combo.blockSignals(True)
        if kind in OPTIONAL_COURSE and not has_all:
            combo.insertItem(0, self.tr("All courses"), ALL)
            combo.setCurrentIndex(0)
        elif kind not in OPTIONAL_COURSE and has_all:
            combo.removeItem(0)
            combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        line = combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    @Slot(int)
    def _on_course(self, _index: int) -> None:
        course_id = self.chosen_course_id()
        self.sessions = []
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("All sessions of the course"), ALL)
        if not course_id:
            return
        self._reads.load(
            "sessions",
            planning_service.list_sessions,
            self.db,
            course_id,
            done=self._on_sessions,
        )

    def _on_sessions(self, sessions: list[SessionRecord]) -> None:
        self.sessions = list(sessions)
        combo = self.session_combo
        combo.clear()
        combo.addItem(self.tr("All sessions of the course"), ALL)
        for session in sessions:
            start, end = session.starts_at, session.ends_at
            text = f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
            if session.venue_name:
                text += f" · {session.venue_name}"
            combo.addItem(text, session.id)
        self.sessionsLoaded.emit()

    # -- the person search --------------------------------------------------------------
    @Slot(str)
    def _on_person_typed(self, text: str) -> None:
        self.person_id = None
        self._hint("")
        if not text.strip():
            self.person_model.clear()
            return
        course_id = self.chosen_course_id() or None
        self._reads.load(
            "persons",
            attendance_service.find_persons,
            self.db,
            text,
            course_id,
            done=self._on_persons,
        )

    def _on_persons(self, candidates: list[Any]) -> None:
        self.person_model.clear()
        for candidate in candidates:
            parts = [candidate.name]
            if candidate.birth_year:
                parts.append(str(candidate.birth_year))
            if candidate.organisation_name:
                parts.append(candidate.organisation_name)
            item = QStandardItem(" · ".join(parts))
            item.setData(candidate.id, PERSON_ID_ROLE)
            item.setEditable(False)
            self.person_model.appendRow(item)
        if not candidates:
            self._hint(self.tr("Nobody found by that name."))
        elif self.person_edit.hasFocus():
            self.person_completer.complete()
        self.personsFound.emit()

    @Slot(QModelIndex)
    def _on_person_chosen(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        self.choose_person(str(person_id) if person_id else None, str(index.data() or ""))

    def _hint(self, text: str) -> None:
        self.person_hint.setText(text)
        self.person_hint.setVisible(bool(text))

    def choose_person(self, person_id: str | None, text: str) -> None:
        """Take the person (from the search's answers, or given directly)."""
        self.person_id = person_id
        self.person_edit.setText(text)
        self._hint("" if person_id else self.tr("Choose a name from the list."))

    # -- what is asked ------------------------------------------------------------------
    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ReportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    @Slot(int)
    def _on_kind(self, _index: int) -> None:
        kind = self.kind()
        wanted = INPUTS[kind]
        for key, widget in self.rows.items():
            if key == "format":
                continue
            visible = key in wanted
            self.form.setRowVisible(widget, visible)
        self.description.setText(kind_description(kind))
        self.format_combo.clear()
        for allowed in catalogue.ALLOWED_FORMATS[kind]:
            self.format_combo.addItem(format_name(allowed), allowed.value)
        self.format_combo.setEnabled(self.format_combo.count() > 1)
        self._fill_course_all()
        if kind in OPTIONAL_PERSON:
            self.person_edit.setPlaceholderText(self.tr("Every participant of the month"))
        else:
            self.person_edit.setPlaceholderText(self.tr("Type the first letters of a name"))
        self.message.show_text("")
        if self.preview.image() is not None:
            # A page of another report must not stand beside this one's inputs.
            self.preview.show_message(self.tr("Press Preview to see this report's first page."))
            self.status.setText("")

    def chosen_course_id(self) -> str | None:
        combo = self.course_combo
        if combo.count() == 0:
            return None
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        if index != combo.currentIndex():
            combo.setCurrentIndex(index)
        key = combo.itemData(index)
        return str(key) if key else None

    def chosen_format(self) -> ReportFormat:
        return ReportFormat(self.format_combo.currentData() or ReportFormat.PDF.value)

    def _fill_units(self) -> None:
        kind = FourRUnitKind(self.unit_kind_combo.currentData())
        combo = self.unit_combo
        combo.clear()
        choices = self.choices.units if self.choices else None
        if kind is FourRUnitKind.PROGRAMME:
            combo.addItem(self.tr("The whole programme"), ALL)
        elif choices is not None and kind is FourRUnitKind.REGION:
            for region in choices.regions:
                combo.addItem(f"{region.code} {region.name}", region.code)
        elif choices is not None and kind is FourRUnitKind.COMPETENCE_AREA:
            for area in choices.areas:
                combo.addItem(f"{area.code} {area.name_sv}", area.code)
        elif choices is not None and kind is FourRUnitKind.COURSE:
            for course in choices.courses:
                combo.addItem(f"{course.title} · {course.region_code}", course.id)
        combo.setEnabled(kind is not FourRUnitKind.PROGRAMME)

    def chosen_unit(self) -> FourRUnit | None:
        kind = FourRUnitKind(self.unit_kind_combo.currentData())
        if kind is FourRUnitKind.PROGRAMME:
            return PROGRAMME
        key = self.unit_combo.currentData()
        return FourRUnit(kind, key) if isinstance(key, str) and key else None

    @Slot(int)
    def _on_period_choice(self, _index: int) -> None:
        data = self.period_combo.currentData()
        custom = data == CUSTOM_PERIOD
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if isinstance(data, Period):
            self.from_edit.set_date(data.start)
            self.to_edit.set_date(data.end)

    def chosen_period(self) -> Period:
        data = self.period_combo.currentData()
        if isinstance(data, Period):
            return data
        try:
            return Period(parse_date(self.from_edit.text()), parse_date(self.to_edit.text()))
        except (ValueError, ValidationError):
            # A date that is none, or an end before the start (Period's own refusal).
            raise self._bad_period() from None

    def _bad_period(self) -> ReportError:
        text = f"{self.from_edit.text()}..{self.to_edit.text()}"
        return ReportError(
            f"the period {text!r} is not one", "period", code="report.bad_period", params={}
        )

    def _month_period(self) -> Period:
        day = self.month_edit.date()
        first = dt.date(day.year(), day.month(), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return Period(first, following - dt.timedelta(days=1))

    def request(self) -> ReportRequest:
        """The report the inputs ask for; ReportError (naming the field) when one is missing."""
        kind = self.kind()
        wanted = INPUTS[kind]
        course_id = self.chosen_course_id() if COURSE in wanted else None
        if COURSE in wanted and kind not in OPTIONAL_COURSE and not course_id:
            raise ReportError("choose the course", "course", code="report.course_required")
        session_id = None
        if SESSION in wanted:
            session_id = self.session_combo.currentData() or None
        person_id = self.person_id if PERSON in wanted else None
        if PERSON in wanted and kind not in OPTIONAL_PERSON and not person_id:
            raise ReportError("choose the person", "person", code="report.person_required")
        typed = self.person_edit.text().strip()
        if PERSON in wanted and kind in OPTIONAL_PERSON and typed and not person_id:
            # Typed but not chosen: never quietly make everybody's report instead.
            raise ReportError("choose the person", "person", code="report.person_required")
        period = Period()
        if PERIOD in wanted:
            period = self.chosen_period()
        elif MONTH in wanted:
            period = self._month_period()
        region = None
        if REGION in wanted:
            region = self.region_combo.currentData() or None
        elif not self.central:
            region = self.home_region
        unit = None
        if UNIT in wanted:
            unit = self.chosen_unit()
            if unit is None:
                raise ReportError("choose the unit", "unit", code="report.unit_required")
        return ReportRequest(
            kind=kind,
            period=period,
            region_code=region,
            course_id=course_id,
            session_id=session_id,
            person_id=person_id,
            unit=unit,
            hide_small=HIDE_SMALL in wanted and self.hide_small.isChecked(),
        )

    # -- preview, save, open -------------------------------------------------------------
    def _checked_request(self) -> ReportRequest | None:
        try:
            return self.request()
        except ReportError as exc:
            self._show_refusal(exc)
            return None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.status.setText(text)
        if busy:
            self.message.show_text("")

    def _run(
        self,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
    ) -> None:
        job = self.context.worker.submit(function, *args)
        job.succeeded.connect(done)
        job.failed.connect(self._on_failed)

    @Slot()
    def make_preview(self) -> None:
        """Write the report as a PDF into a temporary file and show its first page."""
        if self.busy:
            return
        request = self._checked_request()
        if request is None:
            return
        self._preview_count += 1
        path = str(Path(self._temp) / f"preview-{self._preview_count}.pdf")
        self._set_busy(True, self.tr("Making the preview…"))
        self._run(preview_report, self.db, request, path, done=self._on_preview)

    def _on_preview(self, answer: tuple[ReportResult, RenderedPage]) -> None:
        result, page = answer
        self._set_busy(False)
        pages = result.pages
        description = (
            self.tr("First page of %1 (%2 pages)")
            .replace("%1", kind_name(self.kind()))
            .replace("%2", str(pages))
        )
        self.preview.show_page(to_image(page), description)
        status = description
        if result.notes:
            status += "\n" + "\n".join(result.notes)
        self.status.setText(status)
        self.previewShown.emit(pages)

    def save(self, path: str | None = None) -> None:
        """Write the report to `path` (asked for when None) in the format its ending names."""
        if self.busy:
            return
        request = self._checked_request()
        if request is None:
            return
        if path is None:
            path = self._ask_path(request.kind)
            if not path:
                return
        try:
            format_for(path, catalogue.ALLOWED_FORMATS[request.kind])
        except ReportError as exc:
            self._show_refusal(exc)
            return
        self._set_busy(True, self.tr("Saving the report…"))
        self._run(write_report, self.db, request, path, done=self._on_saved)

    def _ask_path(self, kind: ReportKind) -> str:
        settings = QSettings()
        folder = str(settings.value(SETTINGS_FOLDER, "") or Path.home())
        chosen = self.chosen_format()
        filters = {
            ReportFormat.PDF: self.tr("PDF document (*.pdf)"),
            ReportFormat.CSV: self.tr("CSV, semicolons (*.csv)"),
            ReportFormat.XLSX: self.tr("Excel workbook (*.xlsx)"),
        }
        allowed = catalogue.ALLOWED_FORMATS[kind]
        ordered = [chosen, *(f for f in allowed if f is not chosen)]
        name = f"{kind.value}-{dt.date.today().isoformat()}.{chosen.value}"
        path, picked = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path(folder) / name),
            ";;".join(filters[f] for f in ordered),
        )
        if not path:
            return ""
        if "." not in Path(path).name:
            match = next((f for f in ordered if filters[f] == picked), chosen)
            path += f".{match.value}"
        settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
        return path

    def _on_saved(self, result: ReportResult) -> None:
        self._set_busy(False)
        self.saved_path = result.path
        self.open_button.setEnabled(True)
        if result.format is ReportFormat.PDF:
            counted = self.tr("%1 pages").replace("%1", str(result.pages))
        else:
            counted = self.tr("%1 rows").replace("%1", str(result.pages))
        text = self.tr("Saved to %1 (%2).").replace("%1", result.path).replace("%2", counted)
        if result.notes:
            text += "\n" + "\n".join(result.notes)
        self.status.setText(text)
        self.saved.emit(result.path)

    @Slot()
    def open_saved(self) -> None:
        if self.saved_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.saved_path))

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_refusal(exc)

    def _show_refusal(self, exc: Exception) -> None:
        text = refusal_text(exc)
        self.message.show_text(text)
        self.status.setText("")
        field = getattr(exc, "field", None)
        targets = {
            "course": self.course_combo,
            "course_id": self.course_combo,
            "session": self.session_combo,
            "session_id": self.session_combo,
            "person": self.person_edit,
            "person_id": self.person_edit,
            "period": self.period_combo if self.period_combo.isVisible() else self.month_edit,
            "unit": self.unit_combo,
            "region": self.region_combo,
            "out": self.format_combo,
        }
        widget = targets.get(field or "")
        if widget is not None and widget.isVisible() and widget.isEnabled():
            widget.setFocus()
        self.refused.emit(text)
