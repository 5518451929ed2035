"""The 4R page: representation and resources computed from the data, realia and realisation.

The top bar chooses what is analysed (the programme, a region, a course or a competence area)
and the period; Update counts the figures (`services.fourr.figures`) and reads the entries
made by hand (`services.fourr_entries`). Every read runs on the worker and every change is an
undoable edit. "Hide counts under 5" is a display option kept between sessions: a gender with
1‥4 persons then shows "< 5", and its hours and money are hidden with it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    InstallationRole,
    OutsideBody,
    ResourceKind,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.fourr import (
    GENDER_ORDER,
    PROGRAMME,
    WHOLE_TIME,
    FourRError,
    FourRFigures,
    FourRUnit,
    GenderCounts,
    Period,
    R1CountRecord,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
)
from soul_desktop.services import fourr as fourr_service
from soul_desktop.services import fourr_entries
from soul_desktop.services import planning as planning_service
from soul_desktop.services.fourr_entries import FourREntries, UnitChoices
from soul_desktop.ui import labels
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import Edit
from soul_desktop.ui.models.fourr import (
    CountRow,
    FigureRow,
    FigureTableModel,
    R1CountTableModel,
    R2ResourceTableModel,
    R3VersionTableModel,
    R4ActionTableModel,
    ValueKind,
    action_status_name,
    area_rows,
    board_rows,
    body_name,
    count_rows,
    r1_rows,
    r2_rows,
    resource_kind_name,
    valid_text,
    value_text,
)
from soul_desktop.ui.models.record_table import KEY_ROLE, RECORD_ROLE
from soul_desktop.ui.pages.common import heading, page_layout
from soul_desktop.ui.planning_forms import (
    ErrorLabel,
    OptionalDateEdit,
    fit_columns,
    list_view,
    parse_date,
)
from soul_desktop.ui.refusals import refusal_text
from soul_desktop.ui.widgets.gender_bars import GenderBars, gender_label
from soul_desktop.ui.widgets.record_table_view import RecordTableView
from soul_desktop.ui.worker import LatestReads

TAB_R1 = 0
TAB_R2 = 1
TAB_R3 = 2
TAB_R4 = 3
SETTINGS_HIDE_SMALL = "fourr/hide_small"
SETTINGS_AUTHOR = "fourr/author"
CUSTOM_PERIOD = "custom"
UNIT_KINDS = (
    FourRUnitKind.PROGRAMME,
    FourRUnitKind.REGION,
    FourRUnitKind.COURSE,
    FourRUnitKind.COMPETENCE_AREA,
)
# A question of the method, a longer hint under it, and the analysis field it fills.
TEXT_HEIGHT = 90


def unit_kind_name(kind: FourRUnitKind) -> str:
    return {
        FourRUnitKind.PROGRAMME: QCoreApplication.translate("FourR", "Programme"),
        FourRUnitKind.REGION: QCoreApplication.translate("FourR", "Region"),
        FourRUnitKind.COURSE: QCoreApplication.translate("FourR", "Course"),
        FourRUnitKind.COMPETENCE_AREA: QCoreApplication.translate("FourR", "Competence area"),
    }[kind]


@dataclass(frozen=True, slots=True)
class PeriodChoice:
    """One entry of the period picker."""

    text: str
    period: Period


def period_choices(
    project: tuple[dt.date, dt.date] | None, today: dt.date | None = None
) -> list[PeriodChoice]:
    """The presets: the whole project period, every calendar year and half-year in it, and
    all dates. Without a project period the years around today stand in."""

    choices: list[PeriodChoice] = []
    if project is not None:
        start, end = project
        choices.append(
            PeriodChoice(
                QCoreApplication.translate("FourR", "Project period (%1 – %2)")
                .replace("%1", labels.date_text(start))
                .replace("%2", labels.date_text(end)),
                Period(start, end),
            )
        )
        first_year, last_year = start.year, end.year
    else:
        year = (today or dt.date.today()).year
        first_year, last_year = year - 1, year
    choices.append(PeriodChoice(QCoreApplication.translate("FourR", "All dates"), WHOLE_TIME))
    for year in range(first_year, last_year + 1):
        choices.append(PeriodChoice(str(year), Period(dt.date(year, 1, 1), dt.date(year, 12, 31))))
        choices.append(
            PeriodChoice(
                QCoreApplication.translate("FourR", "%1, first half (January–June)").replace(
                    "%1", str(year)
                ),
                Period(dt.date(year, 1, 1), dt.date(year, 6, 30)),
            )
        )
        choices.append(
            PeriodChoice(
                QCoreApplication.translate("FourR", "%1, second half (July–December)").replace(
                    "%1", str(year)
                ),
                Period(dt.date(year, 7, 1), dt.date(year, 12, 31)),
            )
        )
    return choices


def period_text(period: Period) -> str:
    """The period inside a sentence ("Figures for the programme, from 2010-01-01: …"), so in
    its own lower-case words, not the list's "From %1"."""
    start, end = period.start, period.end
    if start is None and end is None:
        return QCoreApplication.translate("FourR", "all dates")
    if end is None:
        assert start is not None
        return QCoreApplication.translate("FourR", "from %1").replace("%1", labels.date_text(start))
    if start is None:
        return QCoreApplication.translate("FourR", "until %1").replace("%1", labels.date_text(end))
    return f"{labels.date_text(start)} – {labels.date_text(end)}"


def _delete_key(view: QWidget, action: Callable[[], None]) -> None:
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(action)


def _read_date(edit: OptionalDateEdit) -> dt.date | None:
    """What the field holds now (typed or not yet confirmed); ValueError for nonsense."""
    return parse_date(edit.text())


def _caption(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


# -- dialogs ------------------------------------------------------------------------------
class _EntryDialog(QDialog):
    """A form in a dialog: checked with the service's own rules before it closes."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel(self)
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}

    def _finish(self) -> None:
        self.layout_.addWidget(self.buttons)

    def _period_fields(self, start: dt.date | None, end: dt.date | None) -> None:
        self.from_edit = OptionalDateEdit(self.tr("Applies from (date)"), self)
        self.to_edit = OptionalDateEdit(self.tr("Applies until (date)"), self)
        self.from_edit.set_date(start)
        self.to_edit.set_date(end)
        row = QHBoxLayout()
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        self.form.addRow(_caption(self.tr("&Applies from – until:"), self.from_edit, self), row)
        hint = QLabel(self.tr("Leave both empty for an entry that applies to every period."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.fields["period_start"] = self.from_edit
        self.fields["period_end"] = self.to_edit
        self.fields["period"] = self.from_edit

    def _dates(self, names: Sequence[tuple[str, OptionalDateEdit]]) -> dict[str, dt.date | None]:
        values: dict[str, dt.date | None] = {}
        for name, edit in names:
            try:
                values[name] = _read_date(edit)
            except ValueError:
                raise _LocalRefusal(
                    name, self.tr("Write a date as YYYY-MM-DD, such as 2010-03-01.")
                ) from None
        return values

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            values = self.values()
            self.check(values)
        except _LocalRefusal as refusal:
            self._show(refusal.field, refusal.text)
            return
        except ValidationError as exc:
            self._show(exc.field, refusal_text(exc))
            return
        self._values = values
        super().accept()

    def accepted_values(self) -> dict[str, Any]:
        return self._values

    def _show(self, field: str | None, text: str) -> None:
        self.error.show_text(text)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()


class _LocalRefusal(Exception):
    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


def _count_spin(parent: QWidget, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, fourr_entries.MAX_COUNT)
    spin.setAccessibleName(name)
    spin.setGroupSeparatorShown(True)
    return spin


class CountDialog(_EntryDialog):
    """A body outside the system (steering group, a partner's board) counted by gender."""

    def __init__(
        self, parent: QWidget, record: R1CountRecord | None, period: Period, today: dt.date
    ) -> None:
        super().__init__(
            self.tr("Edit count") if record else self.tr("Add a count by hand"), parent
        )
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Body"))
        for body in OutsideBody:
            self.body.addItem(body_name(body), body.value)
        self.form.addRow(_caption(self.tr("&Body:"), self.body, self), self.body)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the body"))
        self.name_edit.setMaxLength(fourr_entries.MAX_BODY_NAME)
        self.name_edit.setPlaceholderText(self.tr("Such as: The programme's steering group"))
        self.form.addRow(_caption(self.tr("&Name:"), self.name_edit, self), self.name_edit)
        self.date_edit = OptionalDateEdit(self.tr("Counted on (date)"), self)
        self.form.addRow(_caption(self.tr("&Counted on:"), self.date_edit, self), self.date_edit)
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for column, gender in enumerate(GENDER_ORDER):
            spin = _count_spin(self, self.tr("Persons: %1").replace("%1", gender_label(gender)))
            self.spins[gender.value] = spin
            grid.addWidget(_caption(gender_label(gender), spin, self), 0, column)
            grid.addWidget(spin, 1, column)
            self.fields[gender.value] = spin
        self.form.addRow(self.tr("Persons:"), grid)
        self.fields.update(
            {
                "body": self.body,
                "body_name": self.name_edit,
                "counted_on": self.date_edit,
                "counts": self.spins["woman"],
            }
        )
        if record is not None:
            self.body.setCurrentIndex(self.body.findData(record.body.value))
            self.name_edit.setText(record.body_name)
            self.date_edit.set_date(record.counted_on)
            for gender, value in record.counts.items():
                self.spins[gender.value].setValue(int(value))
            self._period_fields(record.period_start, record.period_end)
        else:
            self.date_edit.set_date(today)
            self._period_fields(period.start, period.end)
        self._finish()
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        dates = self._dates(
            [
                ("counted_on", self.date_edit),
                ("period_start", self.from_edit),
                ("period_end", self.to_edit),
            ]
        )
        for spin in self.spins.values():
            spin.interpretText()
        return {
            "body": OutsideBody(self.body.currentData()),
            "body_name": self.name_edit.text(),
            "counted_on": dates["counted_on"],
            "counts": GenderCounts(**{k: s.value() for k, s in self.spins.items()}),
            "period_start": dates["period_start"],
            "period_end": dates["period_end"],
        }

    def check(self, values: dict[str, Any]) -> None:
        fourr_entries.check_r1(values)


class ResourceDialog(_EntryDialog):
    """Money, time or space and how it divides between the genders."""

    def __init__(
        self, parent: QWidget, record: R2ResourceRecord | None, period: Period, today: dt.date
    ) -> None:
        super().__init__(
            self.tr("Edit resource") if record else self.tr("Add a resource by hand"), parent
        )
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of resource"))
        for kind in ResourceKind:
            self.kind.addItem(resource_kind_name(kind), kind.value)
        self.form.addRow(_caption(self.tr("&Kind:"), self.kind, self), self.kind)
        self.description = QLineEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setMaxLength(fourr_entries.MAX_DESCRIPTION)
        self.description.setPlaceholderText(self.tr("Such as: Fees paid to lecturers"))
        self.form.addRow(
            _caption(self.tr("&Description:"), self.description, self), self.description
        )
        self.unit_label = QComboBox(self)
        self.unit_label.setEditable(True)
        self.unit_label.setAccessibleName(self.tr("Unit of the amounts"))
        self.unit_label.addItems([self.tr("kr"), self.tr("hours"), self.tr("m²")])
        self.form.addRow(_caption(self.tr("&Unit:"), self.unit_label, self), self.unit_label)
        self.date_edit = OptionalDateEdit(self.tr("Recorded on (date)"), self)
        self.form.addRow(_caption(self.tr("&Recorded on:"), self.date_edit, self), self.date_edit)
        self.amounts: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for column, gender in enumerate(GENDER_ORDER):
            edit = QLineEdit(self)
            edit.setAccessibleName(self.tr("Amount: %1").replace("%1", gender_label(gender)))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0")
            self.amounts[gender.value] = edit
            grid.addWidget(_caption(gender_label(gender), edit, self), 0, column)
            grid.addWidget(edit, 1, column)
            self.fields[gender.value] = edit
        self.form.addRow(self.tr("Amounts:"), grid)
        self.fields.update(
            {
                "kind": self.kind,
                "description": self.description,
                "unit_label": self.unit_label,
                "recorded_on": self.date_edit,
                "amounts": self.amounts["woman"],
            }
        )
        if record is not None:
            self.kind.setCurrentIndex(self.kind.findData(record.kind.value))
            self.description.setText(record.description)
            self.unit_label.setCurrentText(record.unit_label)
            self.date_edit.set_date(record.recorded_on)
            for gender, amount in zip(GENDER_ORDER, record.amounts, strict=True):
                self.amounts[gender.value].setText(value_text(ValueKind.AMOUNT, float(amount)))
            self._period_fields(record.period_start, record.period_end)
        else:
            self.date_edit.set_date(today)
            self._period_fields(period.start, period.end)
        self._finish()
        self.description.setFocus()

    def values(self) -> dict[str, Any]:
        dates = self._dates(
            [
                ("recorded_on", self.date_edit),
                ("period_start", self.from_edit),
                ("period_end", self.to_edit),
            ]
        )
        return {
            "kind": ResourceKind(self.kind.currentData()),
            "description": self.description.text(),
            "unit_label": self.unit_label.currentText(),
            "recorded_on": dates["recorded_on"],
            # Typed in the user's way ("1 500,50"): spaces go, the comma is the point.
            "amounts": tuple(
                self.amounts[g.value].text().replace("\u00a0", "").replace(" ", "") or "0"
                for g in GENDER_ORDER
            ),
            "period_start": dates["period_start"],
            "period_end": dates["period_end"],
        }

    def check(self, values: dict[str, Any]) -> None:
        fourr_entries.check_r2(values)


def _text_box(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(TEXT_HEIGHT)
    return box


class ActionDialog(_EntryDialog):
    """An action: what is to be done, who answers for it, by when, and why."""

    def __init__(self, parent: QWidget, record: R4ActionRecord | None, period: Period) -> None:
        super().__init__(self.tr("Edit action") if record else self.tr("Add an action"), parent)
        self.what = _text_box(
            self, self.tr("What is to be done"), self.tr("Such as: Invite more men to…")
        )
        self.form.addRow(_caption(self.tr("&What:"), self.what, self), self.what)
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(self.tr("Who is responsible"))
        self.owner.setMaxLength(fourr_entries.MAX_OWNER)
        self.form.addRow(_caption(self.tr("W&ho:"), self.owner, self), self.owner)
        self.due = OptionalDateEdit(self.tr("By when (date)"), self)
        self.form.addRow(_caption(self.tr("&By when:"), self.due, self), self.due)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status.addItem(action_status_name(status), status.value)
        self.form.addRow(_caption(self.tr("&Status:"), self.status, self), self.status)
        self.finding = _text_box(
            self,
            self.tr("The finding behind the action"),
            self.tr("What in the analysis led to this action?"),
        )
        self.form.addRow(_caption(self.tr("&Finding:"), self.finding, self), self.finding)
        self.follow_up = _text_box(
            self, self.tr("Follow-up note"), self.tr("What came of it, and what next?")
        )
        self.form.addRow(_caption(self.tr("Follow-&up:"), self.follow_up, self), self.follow_up)
        self.fields.update(
            {
                "what": self.what,
                "owner": self.owner,
                "due_on": self.due,
                "status": self.status,
                "finding": self.finding,
                "follow_up_note": self.follow_up,
            }
        )
        if record is not None:
            self.what.setPlainText(record.what)
            self.owner.setText(record.owner)
            self.due.set_date(record.due_on)
            self.status.setCurrentIndex(self.status.findData(record.status.value))
            self.finding.setPlainText(record.finding or "")
            self.follow_up.setPlainText(record.follow_up_note or "")
            self._period_fields(record.period_start, record.period_end)
        else:
            self._period_fields(period.start, period.end)
        self._finish()
        self.what.setFocus()

    def values(self) -> dict[str, Any]:
        dates = self._dates(
            [("due_on", self.due), ("period_start", self.from_edit), ("period_end", self.to_edit)]
        )
        return {
            "what": self.what.toPlainText(),
            "owner": self.owner.text(),
            "due_on": dates["due_on"],
            "status": ActionStatus(self.status.currentData()),
            "finding": self.finding.toPlainText() or None,
            "follow_up_note": self.follow_up.toPlainText() or None,
            "period_start": dates["period_start"],
            "period_end": dates["period_end"],
        }

    def check(self, values: dict[str, Any]) -> None:
        fourr_entries.check_r4(values)


def _r1_values(record: R1CountRecord) -> dict[str, Any]:
    return {
        "body": record.body,
        "body_name": record.body_name,
        "counted_on": record.counted_on,
        "counts": record.counts,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


def _r2_values(record: R2ResourceRecord) -> dict[str, Any]:
    return {
        "kind": record.kind,
        "description": record.description,
        "unit_label": record.unit_label,
        "recorded_on": record.recorded_on,
        "amounts": record.amounts,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


def _r4_values(record: R4ActionRecord) -> dict[str, Any]:
    return {
        "what": record.what,
        "owner": record.owner,
        "due_on": record.due_on,
        "status": record.status,
        "finding": record.finding,
        "follow_up_note": record.follow_up_note,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


# -- the page -----------------------------------------------------------------------------
class FourRPage(QWidget):
    """Choose a unit and a period, update, and work through R1 to R4.

    Signals say when loaded data has been shown, for tests and for views that follow.
    `dialog` is the entry dialog open now (None when there is none).
    """

    choicesLoaded = Signal()
    figuresLoaded = Signal()
    entriesLoaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.database
        info = context.installation
        self.central = info.role is InstallationRole.CENTRAL
        self.home_region = info.region_code
        self.choices: UnitChoices | None = None
        self.figures: FourRFigures | None = None
        self.entries: FourREntries | None = None
        # What the figures and entries on screen are for (set by Update).
        self.unit: FourRUnit | None = None
        self.period: Period | None = None
        self.dialog: _EntryDialog | None = None
        self.today = dt.date.today()
        self._reads = LatestReads(self, context.worker, self._show_error)
        self._loaded_once = False
        self._r3_dirty = False
        self.setAccessibleName(self.tr("4R gender equality analysis"))

        layout = page_layout(self)
        layout.addWidget(heading(self.tr("4R gender equality analysis"), self))
        layout.addLayout(self._build_top_bar())
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("What the figures are for"))
        layout.addWidget(self.status_label)
        self.message = ErrorLabel(self)
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("The four steps of 4R"))
        self.tabs.addTab(self._build_r1(), self.tr("R1 Representation"))
        self.tabs.addTab(self._build_r2(), self.tr("R2 Resources"))
        self.tabs.addTab(self._build_r3(), self.tr("R3 Realia"))
        self.tabs.addTab(self._build_r4(), self.tr("R4 Realisation"))
        layout.addWidget(self.tabs, 1)
        self._set_tab_order()
        self._update_entry_buttons()

    # -- building -------------------------------------------------------------------------
    def _build_top_bar(self) -> QGridLayout:
        bar = QGridLayout()
        bar.setHorizontalSpacing(8)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of unit"))
        for kind in UNIT_KINDS:
            self.kind_combo.addItem(unit_kind_name(kind), kind.value)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(28)
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_combo.setMinimumContentsLength(34)
        self.from_edit = OptionalDateEdit(self.tr("Period from (date)"), self)
        self.to_edit = OptionalDateEdit(self.tr("Period until (date)"), self)
        self.hide_small = QCheckBox(self.tr("&Hide counts under 5"), self)
        self.hide_small.setAccessibleName(self.tr("Hide counts under 5"))
        self.hide_small.setAccessibleDescription(
            self.tr("Shows “< 5” for groups of one to four persons, before sharing figures.")
        )
        self.hide_small.setChecked(_setting_bool(SETTINGS_HIDE_SMALL, False))
        self.update_button = QPushButton(self.tr("&Update"), self)
        self.update_button.setAccessibleName(self.tr("Update the figures"))
        self.update_button.setDefault(True)
        columns = [
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("U&nit"), self.unit_combo),
            (self.tr("&Period"), self.period_combo),
            (self.tr("&From"), self.from_edit),
            (self.tr("Un&til"), self.to_edit),
        ]
        for column, (caption, widget) in enumerate(columns):
            bar.addWidget(_caption(caption, widget, self), 0, column)
            bar.addWidget(widget, 1, column)
        bar.addWidget(self.hide_small, 1, len(columns))
        bar.addWidget(self.update_button, 1, len(columns) + 1)
        bar.setColumnStretch(1, 2)
        bar.setColumnStretch(len(columns) + 2, 1)
        self._set_custom_enabled(False)

        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._show_unit_start())
        self.period_combo.currentIndexChanged.connect(self._on_period_choice)
        self.hide_small.toggled.connect(self._on_hide_small)
        self.update_button.clicked.connect(self.update_figures)
        # Enter in a custom date counts at once, as the Update button would.
        self.from_edit.returnPressed.connect(self.update_figures)
        self.to_edit.returnPressed.connect(self.update_figures)
        return bar

    def _table(self, state_key: str, name: str, model: Any, parent: QWidget) -> RecordTableView:
        view = list_view(state_key, name, parent)
        view.setModel(model)
        view.setSelectionMode(RecordTableView.SelectionMode.SingleSelection)
        return view

    def _buttons(
        self,
        parent: QWidget,
        names: tuple[str, str, str],
        add: Callable[[], None],
        edit: Callable[[], None],
        delete: Callable[[], None],
    ) -> tuple[QHBoxLayout, QPushButton, QPushButton, QPushButton]:
        """Add…, Edit… and Delete under a list; `names` are their accessible names, each
        written out whole (a translation cannot be built from a word put in)."""
        add_name, edit_name, delete_name = names
        row = QHBoxLayout()
        add_button = QPushButton(self.tr("Add…"), parent)
        add_button.setAccessibleName(add_name)
        edit_button = QPushButton(self.tr("Edit…"), parent)
        edit_button.setAccessibleName(edit_name)
        delete_button = QPushButton(self.tr("Delete"), parent)
        delete_button.setAccessibleName(delete_name)
        add_button.clicked.connect(add)
        edit_button.clicked.connect(edit)
        delete_button.clicked.connect(delete)
        row.addWidget(add_button)
        row.addWidget(edit_button)
        row.addWidget(delete_button)
        row.addStretch(1)
        return row, add_button, edit_button, delete_button

    def _subheading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_r1(self) -> QWidget:
        tab = QWidget(self)
        self.r1_model = FigureTableModel(self)
        self.r1_view = self._table(
            "fourr/r1", self.tr("Representation by gender"), self.r1_model, tab
        )
        self.r1_bars = GenderBars("", tab)
        top = QSplitter(Qt.Orientation.Horizontal, tab)
        top.addWidget(self.r1_view)
        bars_box = QWidget(tab)
        bars_layout = QVBoxLayout(bars_box)
        bars_layout.addWidget(self.r1_bars)
        bars_layout.addStretch(1)
        top.addWidget(bars_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)

        boards = QWidget(tab)
        boards_layout = QVBoxLayout(boards)
        boards_layout.setContentsMargins(0, 0, 0, 0)
        boards_layout.addWidget(self._subheading(self.tr("Regional network boards"), boards))
        self.boards_model = FigureTableModel(self)
        self.boards_view = self._table(
            "fourr/boards", self.tr("Regional network boards by gender"), self.boards_model, boards
        )
        self.boards_empty = QLabel(self.tr("No network board is recorded for this unit."), boards)
        self.boards_empty.setWordWrap(True)
        boards_layout.addWidget(self.boards_empty)
        boards_layout.addWidget(self.boards_view, 1)
        # Takes the room when the table is hidden, so the note stays under its heading.
        boards_layout.addStretch(0)

        counts = QWidget(tab)
        counts_layout = QVBoxLayout(counts)
        counts_layout.setContentsMargins(0, 0, 0, 0)
        counts_layout.addWidget(
            self._subheading(self.tr("Counted by hand (bodies outside the register)"), counts)
        )
        self.count_model = R1CountTableModel(self)
        self.count_view = self._table(
            "fourr/r1-counts", self.tr("Counts made by hand"), self.count_model, counts
        )
        counts_layout.addWidget(self.count_view, 1)
        row, self.add_count_button, self.edit_count_button, self.delete_count_button = (
            self._buttons(
                counts,
                (
                    self.tr("Add a count"),
                    self.tr("Edit the selected count"),
                    self.tr("Delete the selected count"),
                ),
                self.add_count,
                self.edit_count,
                self.delete_count,
            )
        )
        counts_layout.addLayout(row)

        bottom = QSplitter(Qt.Orientation.Horizontal, tab)
        bottom.addWidget(boards)
        bottom.addWidget(counts)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        # The steps and roles fit without scrolling on a 768-pixel screen.
        top.setSizes([760, 540])
        split.setSizes([320, 230])
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        self.r1_view.selectionModel().currentRowChanged.connect(self._on_r1_row)
        self.count_view.activated.connect(lambda _index: self.edit_count())
        self.count_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_entry_buttons()
        )
        _delete_key(self.count_view, self.delete_count)
        return tab

    def _build_r2(self) -> QWidget:
        tab = QWidget(self)
        self.r2_model = FigureTableModel(self)
        self.r2_view = self._table("fourr/r2", self.tr("Resources by gender"), self.r2_model, tab)
        self.r2_bars = GenderBars("", tab)
        self.unallocated_label = QLabel(tab)
        self.unallocated_label.setWordWrap(True)
        self.unrecorded_label = QLabel(tab)
        self.unrecorded_label.setWordWrap(True)
        side = QWidget(tab)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.r2_bars)
        side_layout.addWidget(self.unallocated_label)
        side_layout.addWidget(self.unrecorded_label)
        side_layout.addStretch(1)
        top = QSplitter(Qt.Orientation.Horizontal, tab)
        top.addWidget(self.r2_view)
        top.addWidget(side)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        # Money needs wide cells: the table gets most of the width, the bars the rest.
        top.setSizes([800, 500])

        areas = QWidget(tab)
        areas_layout = QVBoxLayout(areas)
        areas_layout.setContentsMargins(0, 0, 0, 0)
        areas_layout.addWidget(
            self._subheading(self.tr("Attended hours by competence area"), areas)
        )
        self.area_model = FigureTableModel(self)
        self.area_view = self._table(
            "fourr/r2-areas", self.tr("Attended hours by competence area"), self.area_model, areas
        )
        areas_layout.addWidget(self.area_view, 1)

        resources = QWidget(tab)
        res_layout = QVBoxLayout(resources)
        res_layout.setContentsMargins(0, 0, 0, 0)
        res_layout.addWidget(
            self._subheading(self.tr("Resources recorded by hand (money, time, space)"), resources)
        )
        self.resource_model = R2ResourceTableModel(self)
        self.resource_view = self._table(
            "fourr/r2-resources",
            self.tr("Resources recorded by hand"),
            self.resource_model,
            resources,
        )
        res_layout.addWidget(self.resource_view, 1)
        row, self.add_resource_button, self.edit_resource_button, self.delete_resource_button = (
            self._buttons(
                resources,
                (
                    self.tr("Add a resource"),
                    self.tr("Edit the selected resource"),
                    self.tr("Delete the selected resource"),
                ),
                self.add_resource,
                self.edit_resource,
                self.delete_resource,
            )
        )
        res_layout.addLayout(row)

        bottom = QSplitter(Qt.Orientation.Horizontal, tab)
        bottom.addWidget(areas)
        bottom.addWidget(resources)
        bottom.setChildrenCollapsible(False)
        bottom.setSizes([700, 600])
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        # Five lines of figures on top, the longer lists below.
        split.setSizes([210, 340])
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        self.r2_view.selectionModel().currentRowChanged.connect(self._on_r2_row)
        self.resource_view.activated.connect(lambda _index: self.edit_resource())
        self.resource_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_entry_buttons()
        )
        _delete_key(self.resource_view, self.delete_resource)
        return tab

    def _build_r3(self) -> QWidget:
        tab = QWidget(self)
        self.r3_intro = QLabel(tab)
        self.r3_intro.setWordWrap(True)
        editor = QWidget(tab)
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.why_edit = self._question(
            editor,
            form,
            self.tr("&Why do representation and the distribution of resources look like this?"),
            self.tr(
                "Look at R1 and R2: where are women, men, other and not stated many or few, "
                "and what explains it?"
            ),
        )
        self.whose_edit = self._question(
            editor,
            form,
            self.tr("On wh&ose terms is the activity shaped?"),
            self.tr(
                "Who decides the content, the times and the places? Whose needs and "
                "experience are the starting point?"
            ),
        )
        self.norms_edit = self._question(
            editor,
            form,
            self.tr("Which no&rms are at work?"),
            self.tr("Which ideas of what is normal, expected or suitable shape the activity?"),
        )
        author_row = QHBoxLayout()
        self.author_edit = QLineEdit(editor)
        self.author_edit.setAccessibleName(self.tr("Author of the analysis"))
        self.author_edit.setMaxLength(fourr_entries.MAX_AUTHOR)
        settings_author = QSettings().value(SETTINGS_AUTHOR)
        self.author_edit.setText(
            settings_author
            if isinstance(settings_author, str) and settings_author
            else self.context.installation.name
        )
        self.save_r3_button = QPushButton(self.tr("&Save as new version"), editor)
        self.save_r3_button.setAccessibleName(self.tr("Save the analysis as a new version"))
        author_row.addWidget(_caption(self.tr("Written &by:"), self.author_edit, editor))
        author_row.addWidget(self.author_edit, 1)
        author_row.addWidget(self.save_r3_button)
        form.addLayout(author_row)
        self.r3_message = ErrorLabel(editor)
        form.addWidget(self.r3_message)

        history = QWidget(tab)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self._subheading(self.tr("Earlier versions"), history))
        self.version_model = R3VersionTableModel(self)
        self.version_view = self._table(
            "fourr/r3-versions",
            self.tr("Saved versions of the analysis"),
            self.version_model,
            history,
        )
        history_layout.addWidget(self.version_view, 1)
        self.version_text = QPlainTextEdit(history)
        self.version_text.setReadOnly(True)
        self.version_text.setTabChangesFocus(True)
        self.version_text.setAccessibleName(self.tr("The chosen version (read only)"))
        history_layout.addWidget(self.version_text, 2)
        self.copy_version_button = QPushButton(self.tr("Start from this &version"), history)
        self.copy_version_button.setAccessibleName(
            self.tr("Copy the chosen version into the questions")
        )
        history_layout.addWidget(self.copy_version_button)

        split = QSplitter(Qt.Orientation.Horizontal, tab)
        split.addWidget(editor)
        split.addWidget(history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.r3_intro)
        layout.addWidget(split, 1)

        for box in (self.why_edit, self.whose_edit, self.norms_edit):
            box.textChanged.connect(self._on_r3_typed)
        self.save_r3_button.clicked.connect(self.save_r3)
        self.version_view.selectionModel().currentRowChanged.connect(self._on_version_row)
        self.copy_version_button.clicked.connect(self._copy_version)
        return tab

    def _question(
        self, parent: QWidget, layout: QVBoxLayout, question: str, hint: str
    ) -> QPlainTextEdit:
        label = QLabel(question, parent)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        box = QPlainTextEdit(parent)
        box.setAccessibleName(question.replace("&", ""))
        box.setAccessibleDescription(hint)
        box.setPlaceholderText(hint)
        box.setTabChangesFocus(True)
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box, 1)
        return box

    def _build_r4(self) -> QWidget:
        tab = QWidget(self)
        self.overdue_label = QLabel(tab)
        self.overdue_label.setWordWrap(True)
        self.action_model = R4ActionTableModel(self.today, self)
        self.action_view = self._table("fourr/r4", self.tr("Actions"), self.action_model, tab)
        self.action_view.setWordWrap(False)
        row, self.add_action_button, self.edit_action_button, self.delete_action_button = (
            self._buttons(
                tab,
                (
                    self.tr("Add an action"),
                    self.tr("Edit the selected action"),
                    self.tr("Delete the selected action"),
                ),
                self.add_action,
                self.edit_action,
                self.delete_action,
            )
        )
        self.status_combo = QComboBox(tab)
        self.status_combo.setAccessibleName(self.tr("Status of the selected action"))
        for status in ActionStatus:
            self.status_combo.addItem(action_status_name(status), status.value)
        row.insertWidget(3, _caption(self.tr("Statu&s:"), self.status_combo, tab))
        row.insertWidget(4, self.status_combo)
        # Texts too long for a cell are read here whole (and by a screen reader).
        self.action_text = QPlainTextEdit(tab)
        self.action_text.setReadOnly(True)
        self.action_text.setTabChangesFocus(True)
        self.action_text.setAccessibleName(self.tr("The selected action (read only)"))
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(self.action_view)
        split.addWidget(self.action_text)
        split.setChildrenCollapsible(False)
        split.setSizes([360, 160])
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.overdue_label)
        layout.addWidget(split, 1)
        layout.addLayout(row)

        self.action_view.activated.connect(lambda _index: self.edit_action())
        self.action_view.selectionModel().currentRowChanged.connect(self._on_action_row)
        self.status_combo.activated.connect(self._on_status_chosen)
        _delete_key(self.action_view, self.delete_action)
        return tab

    def _set_tab_order(self) -> None:
        chain = [
            self.kind_combo,
            self.unit_combo,
            self.period_combo,
            self.from_edit,
            self.to_edit,
            self.hide_small,
            self.update_button,
            self.tabs,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            return
        self._loaded_once = True
        self._load("choices", self._read_choices, done=self._on_choices)

    def _read_choices(self) -> tuple[UnitChoices, tuple[dt.date, dt.date] | None]:
        # Runs on the worker: both answers arrive together, so the defaults are set once.
        return fourr_entries.unit_choices(self.db), planning_service.project_period(self.db)

    def _load(
        self,
        key: str,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a read on the worker; only the newest answer for `key` is shown."""
        self._reads.load(key, function, *args, done=done, failed=failed)

    def _show_error(self, exc: Exception) -> None:
        self.message.show_text(refusal_text(exc))

    def _on_choices(self, result: tuple[UnitChoices, tuple[dt.date, dt.date] | None]) -> None:
        choices, project = result
        self.choices = choices
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for choice in period_choices(project, self.today):
            self.period_combo.addItem(choice.text, choice.period)
        self.period_combo.addItem(self.tr("Custom dates…"), CUSTOM_PERIOD)
        self.period_combo.setCurrentIndex(0)
        self.period_combo.blockSignals(False)
        self._on_period_choice(0)
        # A coordinator's first look is at the own region; central's at the programme.
        default = FourRUnitKind.PROGRAMME if self.central else FourRUnitKind.REGION
        if not choices.regions:
            default = FourRUnitKind.PROGRAMME
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(default.value))
        self.kind_combo.blockSignals(False)
        self._fill_units(default)
        self.choicesLoaded.emit()
        self.update_figures()

    # -- the unit and the period --------------------------------------------------------
    def _kind(self) -> FourRUnitKind:
        return FourRUnitKind(self.kind_combo.currentData())

    @Slot(int)
    def _on_kind(self, _index: int) -> None:
        self._fill_units(self._kind())

    def _fill_units(self, kind: FourRUnitKind) -> None:
        combo = self.unit_combo
        combo.blockSignals(True)
        combo.clear()
        combo.setEditable(False)
        choices = self.choices
        if kind is FourRUnitKind.PROGRAMME:
            combo.addItem(self.tr("The whole programme"), "")
        elif choices is not None and kind is FourRUnitKind.REGION:
            for region in choices.regions:
                combo.addItem(f"{region.code} {region.name}", region.code)
        elif choices is not None and kind is FourRUnitKind.COMPETENCE_AREA:
            for area in choices.areas:
                combo.addItem(f"{area.code} {area.name_sv}", area.code)
        elif choices is not None and kind is FourRUnitKind.COURSE:
            for course in choices.courses:
                when = (
                    labels.date_text(course.first_session)
                    if course.first_session
                    else self.tr("no sessions")
                )
                combo.addItem(f"{course.title} · {course.region_code} · {when}", course.id)
            # Many courses: type any part of the title (or region, or date) to find one.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            line = combo.lineEdit()
            if line is not None:
                line.setAccessibleName(self.tr("Find a course"))
                line.setPlaceholderText(self.tr("Type part of the title"))
        combo.setEnabled(kind is not FourRUnitKind.PROGRAMME)
        combo.setCurrentIndex(0 if combo.count() else -1)
        combo.blockSignals(False)
        self._show_unit_start()

    def _show_unit_start(self) -> None:
        """A long course name is read from its beginning, not scrolled to its end."""
        line = self.unit_combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    def chosen_unit(self) -> FourRUnit | None:
        """The unit the top bar names now (None: a course typed that is not in the list)."""
        kind = self._kind()
        if kind is FourRUnitKind.PROGRAMME:
            return PROGRAMME
        combo = self.unit_combo
        if combo.isEditable():
            # The typed text must name a course of the list.
            index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
            if index < 0:
                return None
            combo.setCurrentIndex(index)
        key = combo.currentData()
        if not isinstance(key, str) or not key:
            return None
        return FourRUnit(kind, key)

    def _set_custom_enabled(self, enabled: bool) -> None:
        self.from_edit.setEnabled(enabled)
        self.to_edit.setEnabled(enabled)

    @Slot(int)
    def _on_period_choice(self, _index: int) -> None:
        data = self.period_combo.currentData()
        custom = data == CUSTOM_PERIOD
        self._set_custom_enabled(custom)
        if isinstance(data, Period):
            self.from_edit.set_date(data.start)
            self.to_edit.set_date(data.end)
        elif custom:
            self.from_edit.setFocus()

    def chosen_period(self) -> Period:
        """The period the top bar names now; FourRError or ValueError when it is not one."""
        data = self.period_combo.currentData()
        if isinstance(data, Period):
            return data
        return Period(_read_date(self.from_edit), _read_date(self.to_edit))

    def unit_text(self, unit: FourRUnit) -> str:
        if unit.kind is FourRUnitKind.PROGRAMME:
            return self.tr("the whole programme")
        choices = self.choices
        name = unit.key
        if choices is not None:
            if unit.kind is FourRUnitKind.REGION:
                name = next(
                    (f"{r.code} {r.name}" for r in choices.regions if r.code == unit.key), name
                )
            elif unit.kind is FourRUnitKind.COMPETENCE_AREA:
                name = next(
                    (f"{a.code} {a.name_sv}" for a in choices.areas if a.code == unit.key), name
                )
            else:
                name = next((c.title for c in choices.courses if c.id == unit.key), name)
        texts = {
            FourRUnitKind.REGION: self.tr("region %1"),
            FourRUnitKind.COMPETENCE_AREA: self.tr("competence area %1"),
            FourRUnitKind.COURSE: self.tr("the course “%1”"),
        }
        return texts[unit.kind].replace("%1", name)

    # -- update ---------------------------------------------------------------------------
    @Slot()
    def update_figures(self) -> None:
        """Count the figures and read the entries for the unit and period chosen."""
        self.message.show_text("")
        unit = self.chosen_unit()
        if unit is None:
            self.message.show_text(self.tr("Choose a course from the list."))
            self.unit_combo.setFocus()
            return
        try:
            period = self.chosen_period()
        except ValueError:
            self.message.show_text(self.tr("Write a date as YYYY-MM-DD, such as 2010-03-01."))
            self.from_edit.setFocus()
            return
        except FourRError as exc:
            self.message.show_text(refusal_text(exc))
            self.from_edit.setFocus()
            return
        changed = unit != self.unit or period != self.period
        self.unit = unit
        self.period = period
        if changed:
            self._r3_dirty = False
        self.status_label.setText(
            self.tr("Counting the figures for %1, %2…")
            .replace("%1", self.unit_text(unit))
            .replace("%2", period_text(period))
        )
        self.update_button.setEnabled(False)
        self._load(
            "figures",
            fourr_service.figures,
            self.db,
            unit,
            period,
            done=self._on_figures,
            failed=self._on_figures_failed,
        )
        self.reload_entries()
        self._update_entry_buttons()

    def _on_figures_failed(self, exc: Exception) -> None:
        self.update_button.setEnabled(True)
        self.status_label.setText("")
        self._show_error(exc)

    def reload_entries(self) -> None:
        if self.unit is None or self.period is None:
            return
        self._load(
            "entries", fourr_entries.entries, self.db, self.unit, self.period, done=self._on_entries
        )

    def _on_figures(self, figures: FourRFigures) -> None:
        self.update_button.setEnabled(True)
        self.figures = figures
        counted = figures.counted_at
        self.status_label.setText(
            self.tr("Figures for %1, %2: %n course(s), counted at %3.", "", figures.courses)
            .replace("%1", self.unit_text(figures.unit))
            .replace("%2", period_text(figures.period))
            .replace("%3", counted.strftime("%H:%M"))
        )
        self._show_figures()
        self.figuresLoaded.emit()

    def _on_entries(self, entries: FourREntries) -> None:
        self.entries = entries
        self._show_entries()
        self.entriesLoaded.emit()

    @Slot(bool)
    def _on_hide_small(self, checked: bool) -> None:
        QSettings().setValue(SETTINGS_HIDE_SMALL, checked)
        self._show_figures()
        self._show_entries()

    # -- showing figures ------------------------------------------------------------------
    def _keep_row(self, view: RecordTableView, model: Any, rows: Sequence[Any]) -> None:
        """Replace the rows, keeping the selected one selected (the first otherwise)."""
        current = view.currentIndex()
        key = current.data(RECORD_ROLE).key if current.isValid() else None
        model.set_records(rows)
        fit_columns(view)
        row = model.row_of(key) if key is not None else None
        if model.rowCount():
            view.setCurrentIndex(model.index(row if row is not None else 0, 0))

    def _show_figures(self) -> None:
        figures = self.figures
        if figures is None:
            return
        hide = self.hide_small.isChecked()
        self._keep_row(self.r1_view, self.r1_model, r1_rows(figures.r1, hide))
        self._on_r1_row(self.r1_view.currentIndex(), QModelIndex())
        boards = board_rows(figures.r1.network_boards, hide)
        self.boards_model.set_records(boards)
        fit_columns(self.boards_view)
        self.boards_view.setVisible(bool(boards))
        self.boards_empty.setVisible(not boards)
        r2 = figures.r2
        self._keep_row(self.r2_view, self.r2_model, r2_rows(r2, figures.r1.leaders, hide))
        self._on_r2_row(self.r2_view.currentIndex(), QModelIndex())
        self.area_model.set_records(area_rows(r2.area_hours, r2.attended_persons, hide))
        fit_columns(self.area_view)
        self.unallocated_label.setText(
            self.tr("Budget of courses nobody attended (cannot be divided by gender): %1").replace(
                "%1", value_text(ValueKind.MONEY, r2.budget_unallocated_sek)
            )
        )
        self.unrecorded_label.setText(
            self.tr("Hours of sessions with no course leader recorded: %1").replace(
                "%1", value_text(ValueKind.HOURS, r2.leader_hours_unrecorded)
            )
        )

    def _show_bars(self, bars: GenderBars, row: FigureRow | None) -> None:
        if row is None:
            bars.set_title("")
            bars.set_values(GenderCounts())
            return
        bars.set_title(row.label)
        bars.set_values(
            row.counts,
            row.hidden,
            value_text=partial(value_text, row.kind),
            show_shares=row.shares,
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_r1_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_bars(self.r1_bars, current.data(RECORD_ROLE) if current.isValid() else None)

    @Slot(QModelIndex, QModelIndex)
    def _on_r2_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_bars(self.r2_bars, current.data(RECORD_ROLE) if current.isValid() else None)

    # -- showing entries ------------------------------------------------------------------
    def _show_entries(self) -> None:
        entries = self.entries
        if entries is None:
            return
        hide = self.hide_small.isChecked()
        self._keep_entry(self.count_view, self.count_model, count_rows(entries.r1_counts, hide))
        self._keep_entry(self.resource_view, self.resource_model, entries.r2_resources)
        self._keep_entry(self.action_view, self.action_model, entries.r4_actions)
        self._show_versions(entries.r3_versions)
        overdue = self.action_model.overdue_count()
        if overdue:
            self.overdue_label.setText(
                "⚠ " + self.tr("%n action(s) overdue: still open after the date due.", "", overdue)
            )
        else:
            self.overdue_label.setText(self.tr("No action is overdue."))
        self.overdue_label.setAccessibleName(self.overdue_label.text().lstrip("⚠ "))
        self._on_action_row(self.action_view.currentIndex(), QModelIndex())
        self._update_entry_buttons()

    def _keep_entry(self, view: RecordTableView, model: Any, records: Sequence[Any]) -> None:
        current = view.currentIndex()
        key = current.data(KEY_ROLE) if current.isValid() else None
        model.set_records(records)
        fit_columns(view)
        row = model.row_of(key) if isinstance(key, str) else None
        if row is not None:
            view.setCurrentIndex(model.index(row, 0))

    def _update_entry_buttons(self) -> None:
        ready = self.unit is not None and self.period is not None
        for button in (self.add_count_button, self.add_resource_button, self.add_action_button):
            button.setEnabled(ready)
        for view, buttons in (
            (self.count_view, (self.edit_count_button, self.delete_count_button)),
            (self.resource_view, (self.edit_resource_button, self.delete_resource_button)),
            (self.action_view, (self.edit_action_button, self.delete_action_button)),
        ):
            selected = ready and view.currentIndex().isValid()
            for button in buttons:
                button.setEnabled(selected)
        self.status_combo.setEnabled(ready and self.action_view.currentIndex().isValid())
        self.save_r3_button.setEnabled(ready)
        if ready:
            assert self.unit is not None and self.period is not None
            self.r3_intro.setText(
                self.tr(
                    "The analysis of %1, %2. Each save keeps a new version; earlier versions "
                    "stay as they were."
                )
                .replace("%1", self.unit_text(self.unit))
                .replace("%2", period_text(self.period))
            )

    def _selected(self, view: RecordTableView) -> Any:
        index = view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _after_edit(self, _result: Any) -> None:
        if shiboken6.isValid(self):
            self.reload_entries()

    def _perform(self, text: str, forward: Callable[[], Any], backward: Callable[[], Any]) -> None:
        self.context.edits.perform(
            Edit(text, forward, backward, self._after_edit), on_error=self._show_error
        )

    def _open_dialog(self, dialog: _EntryDialog, done: Callable[[dict[str, Any]], None]) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                done(dialog.accepted_values())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- R1 counts ------------------------------------------------------------------------
    def add_count(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit = self.unit
        dialog = CountDialog(self, None, self.period, self.today)

        def done(values: dict[str, Any]) -> None:
            count_id = ids.new_id()
            self._perform(
                self.tr("Add count “%1”").replace("%1", values["body_name"].strip()),
                partial(fourr_entries.create_r1_count, self.db, count_id, unit, **values),
                partial(fourr_entries.delete_r1_count, self.db, count_id),
            )

        self._open_dialog(dialog, done)

    def edit_count(self) -> None:
        row: CountRow | None = self._selected(self.count_view)
        if row is None or self.period is None:
            return
        record = row.record
        dialog = CountDialog(self, record, self.period, self.today)

        def done(values: dict[str, Any]) -> None:
            self._perform(
                self.tr("Change count “%1”").replace("%1", record.body_name),
                partial(fourr_entries.update_r1_count, self.db, record.id, **values),
                partial(fourr_entries.update_r1_count, self.db, record.id, **_r1_values(record)),
            )

        self._open_dialog(dialog, done)

    def delete_count(self) -> None:
        row: CountRow | None = self._selected(self.count_view)
        if row is None:
            return
        record = row.record
        self._perform(
            self.tr("Delete count “%1”").replace("%1", record.body_name),
            partial(fourr_entries.delete_r1_count, self.db, record.id),
            partial(fourr_entries.restore_r1_count, self.db, record.id),
        )

    # -- R2 resources ---------------------------------------------------------------------
    def add_resource(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit = self.unit
        dialog = ResourceDialog(self, None, self.period, self.today)

        def done(values: dict[str, Any]) -> None:
            resource_id = ids.new_id()
            self._perform(
                self.tr("Add resource “%1”").replace("%1", values["description"].strip()),
                partial(fourr_entries.create_r2_resource, self.db, resource_id, unit, **values),
                partial(fourr_entries.delete_r2_resource, self.db, resource_id),
            )

        self._open_dialog(dialog, done)

    def edit_resource(self) -> None:
        record: R2ResourceRecord | None = self._selected(self.resource_view)
        if record is None or self.period is None:
            return
        dialog = ResourceDialog(self, record, self.period, self.today)

        def done(values: dict[str, Any]) -> None:
            self._perform(
                self.tr("Change resource “%1”").replace("%1", record.description),
                partial(fourr_entries.update_r2_resource, self.db, record.id, **values),
                partial(fourr_entries.update_r2_resource, self.db, record.id, **_r2_values(record)),
            )

        self._open_dialog(dialog, done)

    def delete_resource(self) -> None:
        record: R2ResourceRecord | None = self._selected(self.resource_view)
        if record is None:
            return
        self._perform(
            self.tr("Delete resource “%1”").replace("%1", record.description),
            partial(fourr_entries.delete_r2_resource, self.db, record.id),
            partial(fourr_entries.restore_r2_resource, self.db, record.id),
        )

    # -- R3 analysis ----------------------------------------------------------------------
    def _on_r3_typed(self) -> None:
        self._r3_dirty = True
        self.r3_message.show_text("")

    def _show_versions(self, versions: Sequence[R3Version]) -> None:
        self._keep_entry(self.version_view, self.version_model, versions)
        if not self._r3_dirty:
            # Open on the newest version, ready to be carried on; typing keeps what is typed.
            newest = versions[0] if versions else None
            self._fill_r3(newest)
        if not self.version_view.currentIndex().isValid() and versions:
            self.version_view.setCurrentIndex(self.version_model.index(0, 0))
        self._on_version_row(self.version_view.currentIndex(), QModelIndex())

    def _fill_r3(self, version: R3Version | None) -> None:
        for box, text in (
            (self.why_edit, version.why_text if version else ""),
            (self.whose_edit, version.whose_terms_text if version else ""),
            (self.norms_edit, version.norms_text if version else ""),
        ):
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)
        self._r3_dirty = False

    @Slot(QModelIndex, QModelIndex)
    def _on_version_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version: R3Version | None = current.data(RECORD_ROLE) if current.isValid() else None
        self.copy_version_button.setEnabled(version is not None)
        if version is None:
            self.version_text.setPlainText(self.tr("No version has been saved yet."))
            return
        written = f"{labels.date_text(version.written_at)} {version.written_at.strftime('%H:%M')}"
        lines = [
            self.tr("Version %1, written %2 by %3")
            .replace("%1", str(version.version))
            .replace("%2", written)
            .replace("%3", version.author or self.tr("unknown")),
            "",
            self.tr("Why do representation and the distribution of resources look like this?"),
            version.why_text or "–",
            "",
            self.tr("On whose terms is the activity shaped?"),
            version.whose_terms_text or "–",
            "",
            self.tr("Which norms are at work?"),
            version.norms_text or "–",
        ]
        self.version_text.setPlainText("\n".join(lines))

    def _copy_version(self) -> None:
        version = self._selected(self.version_view)
        if version is not None:
            self._fill_r3(version)
            self._r3_dirty = True
            self.why_edit.setFocus()

    def save_r3(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit, period = self.unit, self.period
        why = self.why_edit.toPlainText()
        whose = self.whose_edit.toPlainText()
        norms = self.norms_edit.toPlainText()
        author = self.author_edit.text().strip() or None
        try:
            fourr_entries.check_r3(why, whose, norms)
        except ValidationError as exc:
            self.r3_message.show_text(refusal_text(exc))
            self.why_edit.setFocus()
            return
        QSettings().setValue(SETTINGS_AUTHOR, author or "")
        version_id = ids.new_id()

        def apply(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            # The saved text is what the editor shows: nothing left unsaved.
            self._r3_dirty = False
            self._after_edit(result)

        self.context.edits.perform(
            Edit(
                self.tr("Save the analysis"),
                partial(
                    fourr_entries.save_r3,
                    self.db,
                    version_id,
                    unit,
                    period,
                    why,
                    whose,
                    norms,
                    author,
                ),
                partial(fourr_entries.delete_r3_version, self.db, version_id),
                apply,
            ),
            on_error=lambda exc: self.r3_message.show_text(refusal_text(exc)),
        )

    # -- R4 actions -----------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_action_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record: R4ActionRecord | None = current.data(RECORD_ROLE) if current.isValid() else None
        if record is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(record.status.value))
        self.action_text.setPlainText(self._action_details(record))
        self._update_entry_buttons()

    def _action_details(self, record: R4ActionRecord | None) -> str:
        if record is None:
            return self.tr("Choose an action in the list to read it whole.")
        due = labels.date_text(record.due_on) if record.due_on else self.tr("no date")
        if record.is_overdue(self.action_model.today()):
            overdue = self.tr("Overdue")
            due = f"{due} – ⚠ {overdue}"
        lines = [
            record.what,
            "",
            self.tr("Who: %1").replace("%1", record.owner),
            self.tr("By when: %1").replace("%1", due),
            self.tr("Status: %1").replace("%1", action_status_name(record.status)),
            self.tr("Applies to: %1").replace(
                "%1", valid_text(record.period_start, record.period_end)
            ),
            "",
            self.tr("Finding: %1").replace("%1", record.finding or "–"),
            self.tr("Follow-up: %1").replace("%1", record.follow_up_note or "–"),
        ]
        return "\n".join(lines)

    @Slot(int)
    def _on_status_chosen(self, _index: int) -> None:
        record: R4ActionRecord | None = self._selected(self.action_view)
        if record is None:
            return
        status = ActionStatus(self.status_combo.currentData())
        if status is record.status:
            return
        self._perform(
            self.tr("Set the status of “%1” to %2")
            .replace("%1", record.what[:40])
            .replace("%2", action_status_name(status)),
            partial(fourr_entries.update_r4_action, self.db, record.id, status=status),
            partial(fourr_entries.update_r4_action, self.db, record.id, status=record.status),
        )

    def add_action(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit = self.unit
        dialog = ActionDialog(self, None, self.period)

        def done(values: dict[str, Any]) -> None:
            action_id = ids.new_id()
            self._perform(
                self.tr("Add action"),
                partial(fourr_entries.create_r4_action, self.db, action_id, unit, **values),
                partial(fourr_entries.delete_r4_action, self.db, action_id),
            )

        self._open_dialog(dialog, done)

    def edit_action(self) -> None:
        record: R4ActionRecord | None = self._selected(self.action_view)
        if record is None or self.period is None:
            return
        dialog = ActionDialog(self, record, self.period)

        def done(values: dict[str, Any]) -> None:
            self._perform(
                self.tr("Change action"),
                partial(fourr_entries.update_r4_action, self.db, record.id, **values),
                partial(fourr_entries.update_r4_action, self.db, record.id, **_r4_values(record)),
            )

        self._open_dialog(dialog, done)

    def delete_action(self) -> None:
        record: R4ActionRecord | None = self._selected(self.action_view)
        if record is None:
            return
        self._perform(
            self.tr("Delete action"),
            partial(fourr_entries.delete_r4_action, self.db, record.id),
            partial(fourr_entries.restore_r4_action, self.db, record.id),
        )


def _setting_bool(key: str, default: bool) -> bool:
    value = QSettings().value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)
