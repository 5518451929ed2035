"""Table models of the 4R page: figures by gender, and the entries made by hand.

Figures are shown as rows (`FigureRow`) with one cell per gender, "count (share)", and a
total. When small counts are hidden, a gender whose persons are 1‥4 shows "< 5" instead, and
the row then shows no shares and no total, since either would give the hidden number away.
Hours and money of such a group are hidden with its persons (`domain.fourr.hidden_genders`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from soul_desktop.domain.enums import ActionStatus, Gender, OutsideBody, ResourceKind
from soul_desktop.domain.fourr import (
    GENDER_ORDER,
    AreaHours,
    BoardCount,
    GenderCounts,
    R1CountRecord,
    R1Figures,
    R2Figures,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
    hidden_genders,
)
from soul_desktop.ui import labels
from soul_desktop.ui.models.people import role_name
from soul_desktop.ui.models.record_table import Column, RecordTableModel
from soul_desktop.ui.widgets.gender_bars import gender_label, hidden_text, percent_text

RIGHT = Qt.AlignmentFlag.AlignRight

# Figure table columns.
FIGURE_LABEL = 0
FIGURE_WOMAN = 1
FIGURE_MAN = 2
FIGURE_OTHER = 3
FIGURE_NOT_STATED = 4
FIGURE_TOTAL = 5

# R1 manual counts.
COUNT_BODY = 0
COUNT_NAME = 1
COUNT_DATE = 2
COUNT_WOMAN = 3
COUNT_MAN = 4
COUNT_OTHER = 5
COUNT_NOT_STATED = 6
COUNT_TOTAL = 7
COUNT_VALID = 8

# R2 manual resources.
RESOURCE_KIND = 0
RESOURCE_DESCRIPTION = 1
RESOURCE_DATE = 2
RESOURCE_WOMAN = 3
RESOURCE_MAN = 4
RESOURCE_OTHER = 5
RESOURCE_NOT_STATED = 6
RESOURCE_TOTAL = 7
RESOURCE_UNIT = 8
RESOURCE_VALID = 9

# R3 versions.
VERSION_NUMBER = 0
VERSION_WRITTEN = 1
VERSION_AUTHOR = 2
VERSION_SUMMARY = 3

# R4 actions.
ACTION_WHAT = 0
ACTION_OWNER = 1
ACTION_DUE = 2
ACTION_STATUS = 3
ACTION_FINDING = 4
ACTION_FOLLOW_UP = 5

# Figure row keys (R1 steps, R2 lines); roles are "role:<value>", areas "area:<code>".
ENROLLED = "enrolled"
WAITLISTED = "waitlisted"
ATTENDED = "attended"
COMPLETED = "completed"
NO_SHOW = "no_show"
LEADERS = "leaders"
ATTENDED_HOURS = "attended_hours"
ATTENDED_PERSONS = "attended_persons"
HOURS_PER_PERSON = "hours_per_person"
BUDGET = "budget"
LEADER_HOURS = "leader_hours"

SUMMARY_LENGTH = 80


class ValueKind(Enum):
    PERSONS = "persons"
    HOURS = "hours"
    MONEY = "money"
    AMOUNT = "amount"  # a resource entered by hand, in its own unit


# -- words and numbers ------------------------------------------------------------------
def value_text(kind: ValueKind, value: float) -> str:
    """A value as the page writes it: persons whole, hours with one decimal, money in kr."""
    locale = QLocale()
    if kind is ValueKind.PERSONS:
        return locale.toString(round(value))
    if kind is ValueKind.HOURS:
        return locale.toString(value, "f", 1)
    if kind is ValueKind.MONEY:
        return QCoreApplication.translate("FourR", "%1 kr").replace(
            "%1", locale.toString(value, "f", 0)
        )
    whole = float(value).is_integer()
    return locale.toString(value, "f", 0 if whole else 2)


def body_name(body: OutsideBody) -> str:
    return {
        OutsideBody.STEERING_GROUP: QCoreApplication.translate("FourR", "Steering group"),
        OutsideBody.PARTNER_BOARD: QCoreApplication.translate("FourR", "Partner's board"),
        OutsideBody.NETWORK_BOARD: QCoreApplication.translate("FourR", "Network board"),
        OutsideBody.OTHER: QCoreApplication.translate("FourR", "Other body"),
    }[body]


def resource_kind_name(kind: ResourceKind) -> str:
    return {
        ResourceKind.MONEY: QCoreApplication.translate("FourR", "Money"),
        ResourceKind.TIME: QCoreApplication.translate("FourR", "Time"),
        ResourceKind.SPACE: QCoreApplication.translate("FourR", "Space"),
    }[kind]


def action_status_name(status: ActionStatus) -> str:
    return {
        ActionStatus.PLANNED: QCoreApplication.translate("FourR", "Planned"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("FourR", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("FourR", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("FourR", "Cancelled"),
    }[status]


def overdue_text() -> str:
    return QCoreApplication.translate("FourR", "Overdue")


def hidden_tooltip() -> str:
    return QCoreApplication.translate(
        "FourR", "Hidden: fewer than 5 persons, who could be recognised."
    )


def total_hidden_tooltip() -> str:
    return QCoreApplication.translate(
        "FourR", "Hidden: with the other figures it would give away a count under 5."
    )


def valid_text(start: dt.date | None, end: dt.date | None) -> str:
    """The period an entry applies to, in words."""
    if start is None and end is None:
        return QCoreApplication.translate("FourR", "Every period")
    if end is None:
        assert start is not None
        return QCoreApplication.translate("FourR", "From %1").replace("%1", labels.date_text(start))
    if start is None:
        return QCoreApplication.translate("FourR", "Until %1").replace("%1", labels.date_text(end))
    return f"{labels.date_text(start)} – {labels.date_text(end)}"


def _date_or_blank(day: dt.date | None) -> str:
    return labels.date_text(day) if day is not None else ""


# -- figure rows ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FigureRow:
    """One line of a figure table: a value per gender, formatted as `kind`.

    `hidden` holds the genders shown as "< 5". `shares` is False for values whose shares
    mean nothing (hours per person). `total` replaces the sum where the sum is not the
    total (hours per person: all hours over all persons).
    """

    key: str
    label: str
    counts: GenderCounts
    kind: ValueKind = ValueKind.PERSONS
    hidden: frozenset[Gender] = field(default_factory=frozenset)
    shares: bool = True
    total: float | None = None
    order: int = 0

    def cell_text(self, gender: Gender) -> str:
        if gender in self.hidden:
            return hidden_text()
        value = self.counts.get(gender)
        text = value_text(self.kind, value)
        share = self.counts.share(gender)
        if self.shares and not self.hidden and share is not None:
            return f"{text} ({percent_text(share)})"
        return text

    @property
    def total_hidden(self) -> bool:
        return bool(self.hidden)

    def total_value(self) -> float:
        return self.counts.total if self.total is None else self.total

    def total_text(self) -> str:
        if self.total_hidden:
            return "–"
        return value_text(self.kind, self.total_value())

    def accessible_text(self) -> str:
        """The row read aloud: "Enrolled: woman 12 (60 %), man 8 (40 %) …, total 20"."""
        cells = ", ".join(f"{gender_label(g)} {self.cell_text(g)}" for g in GENDER_ORDER)
        total = QCoreApplication.translate("FourR", "total %1").replace(
            "%1",
            QCoreApplication.translate("FourR", "hidden")
            if self.total_hidden
            else self.total_text(),
        )
        return f"{self.label}: {cells}, {total}"


def _hide(persons: GenderCounts, hide_small: bool) -> frozenset[Gender]:
    return hidden_genders(persons) if hide_small else frozenset()


def r1_rows(r1: R1Figures, hide_small: bool) -> list[FigureRow]:
    """Enrolled, waitlisted, attended, completed, no-show, course leaders, then the roles."""

    steps = [
        (ENROLLED, QCoreApplication.translate("FourR", "Enrolled"), r1.enrolled),
        (WAITLISTED, QCoreApplication.translate("FourR", "Waitlisted"), r1.waitlisted),
        (ATTENDED, QCoreApplication.translate("FourR", "Attended"), r1.attended),
        (COMPLETED, QCoreApplication.translate("FourR", "Completed"), r1.completed),
        (NO_SHOW, QCoreApplication.translate("FourR", "No-show"), r1.no_show),
        (LEADERS, QCoreApplication.translate("FourR", "Course leaders"), r1.leaders),
    ]
    rows = [
        FigureRow(key, label, counts, hidden=_hide(counts, hide_small), order=i)
        for i, (key, label, counts) in enumerate(steps)
    ]
    for j, role in enumerate(r1.roles):
        label = QCoreApplication.translate("FourR", "Role: %1").replace("%1", role_name(role.role))
        rows.append(
            FigureRow(
                f"role:{role.role.value}",
                label,
                role.counts,
                hidden=_hide(role.counts, hide_small),
                order=len(steps) + j,
            )
        )
    return rows


def board_rows(boards: Sequence[BoardCount], hide_small: bool) -> list[FigureRow]:
    return [
        FigureRow(
            f"board:{board.network_id}",
            f"{board.region_code} {board.network_name}",
            board.counts,
            hidden=_hide(board.counts, hide_small),
            order=i,
        )
        for i, board in enumerate(boards)
    ]


def r2_rows(r2: R2Figures, leaders: GenderCounts, hide_small: bool) -> list[FigureRow]:
    """Attended hours, persons and hours per person, the budget by gender, leaders' hours.

    Hours and money of attending persons are hidden with those persons; leaders' hours with
    the leaders.
    """

    persons_hidden = _hide(r2.attended_persons, hide_small)
    persons = r2.attended_persons.total
    return [
        FigureRow(
            ATTENDED_HOURS,
            QCoreApplication.translate("FourR", "Attended hours"),
            r2.attended_hours,
            ValueKind.HOURS,
            persons_hidden,
            order=0,
        ),
        FigureRow(
            ATTENDED_PERSONS,
            QCoreApplication.translate("FourR", "Persons who attended"),
            r2.attended_persons,
            ValueKind.PERSONS,
            persons_hidden,
            order=1,
        ),
        FigureRow(
            HOURS_PER_PERSON,
            QCoreApplication.translate("FourR", "Hours per person"),
            r2.hours_per_person,
            ValueKind.HOURS,
            persons_hidden,
            shares=False,
            total=r2.attended_hours.total / persons if persons else 0.0,
            order=2,
        ),
        FigureRow(
            BUDGET,
            QCoreApplication.translate("FourR", "Budget by participant hours"),
            r2.budget_sek,
            ValueKind.MONEY,
            persons_hidden,
            order=3,
        ),
        FigureRow(
            LEADER_HOURS,
            QCoreApplication.translate("FourR", "Course leaders' hours"),
            r2.leader_hours,
            ValueKind.HOURS,
            _hide(leaders, hide_small),
            order=4,
        ),
    ]


def area_rows(
    areas: Sequence[AreaHours], persons: GenderCounts, hide_small: bool
) -> list[FigureRow]:
    """Each competence area's attended hours by gender.

    The figures do not count persons per area, so an area's hours are hidden for the genders
    whose attending persons in the whole unit are few (a narrower group is never larger).
    """
    hidden = _hide(persons, hide_small)
    return [
        FigureRow(
            f"area:{area.area_code}",
            f"{area.area_code} {area.area_name}",
            area.hours,
            ValueKind.HOURS,
            hidden,
            order=i,
        )
        for i, area in enumerate(areas)
    ]


def _figure_columns() -> list[Column[FigureRow]]:
    def gender_column(gender: Gender) -> Column[FigureRow]:
        return Column(
            gender_label(gender),
            lambda r: r.cell_text(gender),
            sort_key=lambda r: None if gender in r.hidden else r.counts.get(gender),
            alignment=RIGHT,
            tooltip=lambda r: hidden_tooltip() if gender in r.hidden else None,
        )

    return [
        Column(
            QCoreApplication.translate("FourR", "Figure"),
            lambda r: r.label,
            sort_key=lambda r: r.order,
        ),
        *(gender_column(g) for g in GENDER_ORDER),
        Column(
            QCoreApplication.translate("FourR", "Total"),
            lambda r: r.total_text(),
            sort_key=lambda r: None if r.total_hidden else r.total_value(),
            alignment=RIGHT,
            tooltip=lambda r: total_hidden_tooltip() if r.total_hidden else None,
        ),
    ]


class FigureTableModel(RecordTableModel[FigureRow]):
    """Rows of figures by gender; AccessibleTextRole reads a whole cell with its meaning."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_figure_columns(), key=lambda r: r.key, parent=parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            record = self.record_at(index.row())
            column = index.column()
            if column == FIGURE_LABEL:
                return record.accessible_text()
            if FIGURE_WOMAN <= column <= FIGURE_NOT_STATED:
                gender = GENDER_ORDER[column - FIGURE_WOMAN]
                return f"{record.label}, {gender_label(gender)}: {record.cell_text(gender)}"
        return super().data(index, role)


# -- entries made by hand ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CountRow:
    """A manual R1 count as the list shows it (with the genders hidden under the option)."""

    record: R1CountRecord
    hidden: frozenset[Gender] = field(default_factory=frozenset)

    @property
    def figure(self) -> FigureRow:
        return FigureRow(
            self.record.id, self.record.body_name, self.record.counts, hidden=self.hidden
        )


def count_rows(records: Iterable[R1CountRecord], hide_small: bool) -> list[CountRow]:
    return [CountRow(r, _hide(r.counts, hide_small)) for r in records]


class R1CountTableModel(RecordTableModel[CountRow]):
    def __init__(self, parent: Any = None) -> None:
        def gender_column(gender: Gender) -> Column[CountRow]:
            return Column(
                gender_label(gender),
                lambda r: r.figure.cell_text(gender),
                sort_key=lambda r: None if gender in r.hidden else r.record.counts.get(gender),
                alignment=RIGHT,
                tooltip=lambda r: hidden_tooltip() if gender in r.hidden else None,
            )

        columns: list[Column[CountRow]] = [
            Column(QCoreApplication.translate("FourR", "Body"), lambda r: body_name(r.record.body)),
            Column(QCoreApplication.translate("FourR", "Name"), lambda r: r.record.body_name),
            Column(
                QCoreApplication.translate("FourR", "Counted on"),
                lambda r: labels.date_text(r.record.counted_on),
                sort_key=lambda r: r.record.counted_on,
            ),
            *(gender_column(g) for g in GENDER_ORDER),
            Column(
                QCoreApplication.translate("FourR", "Total"),
                lambda r: r.figure.total_text(),
                sort_key=lambda r: None if r.hidden else r.record.counts.total,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("FourR", "Applies to"),
                lambda r: valid_text(r.record.period_start, r.record.period_end),
                sort_key=lambda r: r.record.period_start or dt.date.min,
            ),
        ]
        super().__init__(columns, key=lambda r: r.record.id, parent=parent)


class R2ResourceTableModel(RecordTableModel[R2ResourceRecord]):
    def __init__(self, parent: Any = None) -> None:
        def amount(record: R2ResourceRecord, gender: Gender) -> str:
            figure = FigureRow(record.id, record.description, record.counts, ValueKind.AMOUNT)
            return figure.cell_text(gender)

        def gender_column(gender: Gender) -> Column[R2ResourceRecord]:
            return Column(
                gender_label(gender),
                lambda r: amount(r, gender),
                sort_key=lambda r: r.counts.get(gender),
                alignment=RIGHT,
            )

        columns: list[Column[R2ResourceRecord]] = [
            Column(
                QCoreApplication.translate("FourR", "Kind"), lambda r: resource_kind_name(r.kind)
            ),
            Column(QCoreApplication.translate("FourR", "Description"), lambda r: r.description),
            Column(
                QCoreApplication.translate("FourR", "Recorded on"),
                lambda r: labels.date_text(r.recorded_on),
                sort_key=lambda r: r.recorded_on,
            ),
            *(gender_column(g) for g in GENDER_ORDER),
            Column(
                QCoreApplication.translate("FourR", "Total"),
                lambda r: value_text(ValueKind.AMOUNT, r.counts.total),
                sort_key=lambda r: r.counts.total,
                alignment=RIGHT,
            ),
            Column(QCoreApplication.translate("FourR", "Unit"), lambda r: r.unit_label),
            Column(
                QCoreApplication.translate("FourR", "Applies to"),
                lambda r: valid_text(r.period_start, r.period_end),
                sort_key=lambda r: r.period_start or dt.date.min,
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_LENGTH else line[: SUMMARY_LENGTH - 1] + "…"


class R3VersionTableModel(RecordTableModel[R3Version]):
    def __init__(self, parent: Any = None) -> None:
        def when(record: R3Version) -> str:
            moment = record.written_at
            return f"{labels.date_text(moment)} {moment.strftime('%H:%M')}"

        columns: list[Column[R3Version]] = [
            Column(
                QCoreApplication.translate("FourR", "Version"),
                lambda r: str(r.version),
                sort_key=lambda r: r.version,
                alignment=RIGHT,
            ),
            Column(
                QCoreApplication.translate("FourR", "Written"),
                when,
                sort_key=lambda r: r.written_at,
            ),
            Column(QCoreApplication.translate("FourR", "Author"), lambda r: r.author or ""),
            Column(
                QCoreApplication.translate("FourR", "Why (beginning)"),
                lambda r: _summary(r.why_text or r.whose_terms_text or r.norms_text),
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)


class R4ActionTableModel(RecordTableModel[R4ActionRecord]):
    """Actions; an open action past its date says "Overdue" in words and with an icon."""

    def __init__(self, today: dt.date | None = None, parent: Any = None) -> None:
        self._today = today or dt.date.today()

        def due(record: R4ActionRecord) -> str:
            text = _date_or_blank(record.due_on)
            if record.is_overdue(self._today):
                return f"{text} – {overdue_text()}"
            return text

        columns: list[Column[R4ActionRecord]] = [
            Column(
                QCoreApplication.translate("FourR", "What"),
                lambda r: _summary(r.what),
                tooltip=lambda r: r.what,
            ),
            Column(QCoreApplication.translate("FourR", "Who"), lambda r: r.owner),
            Column(
                QCoreApplication.translate("FourR", "By when"), due, sort_key=lambda r: r.due_on
            ),
            Column(
                QCoreApplication.translate("FourR", "Status"),
                lambda r: action_status_name(r.status),
            ),
            Column(
                QCoreApplication.translate("FourR", "Finding"),
                lambda r: _summary(r.finding or ""),
                tooltip=lambda r: r.finding,
            ),
            Column(
                QCoreApplication.translate("FourR", "Follow-up"),
                lambda r: _summary(r.follow_up_note or ""),
                tooltip=lambda r: r.follow_up_note,
            ),
        ]
        super().__init__(columns, key=lambda r: r.id, parent=parent)

    def set_today(self, today: dt.date) -> None:
        self._today = today
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def today(self) -> dt.date:
        return self._today

    def overdue_count(self) -> int:
        return sum(1 for r in self.records() if r.is_overdue(self._today))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and index.column() == ACTION_DUE:
            record = self.record_at(index.row())
            overdue = record.is_overdue(self._today)
            if role == Qt.ItemDataRole.DecorationRole and overdue:
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole and overdue:
                return QCoreApplication.translate(
                    "FourR", "Overdue: still open after the date it was due."
                )
            if role == Qt.ItemDataRole.FontRole and overdue:
                font = QApplication.font()
                font.setBold(True)
                return font
        return super().data(index, role)
