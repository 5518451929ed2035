"""Table models for attendance: the course grid (persons × sessions) and today's list."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from soul_desktop.domain.attendance import (
    AttendanceCell,
    AttendanceGrid,
    Completion,
    GridPerson,
    GridSession,
    PersonTotals,
    SessionTotals,
    TodayList,
    is_expected,
    person_totals,
    session_totals,
)
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.ui.accessibility import contrast_ratio, is_dark, muted_colour
from soul_desktop.ui.models.record_table import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex

# Roles of AttendanceGridModel besides Qt's own (Display, ToolTip, AccessibleText,
# TextAlignment, Font, Foreground, Background).
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # AttendanceCell of a session cell, else None
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # GridPerson of the row; None on the totals row
SESSION_ROLE = Qt.ItemDataRole.UserRole + 3  # GridSession of the column; None on total columns
EXPECTED_ROLE = Qt.ItemDataRole.UserRole + 4  # whether the person was expected at the session

# The named columns that follow the session columns, as offsets from the first of them.
TOTAL_HOURS = 0
TOTAL_SHARE = 1
TOTAL_COMPLETION = 2
TOTAL_COLUMNS = 3

# Soft tints that repeat what the symbol says; the symbol alone carries the meaning.
# Light tints on a light palette, dark ones on a dark palette, so the palette's text reads.
_TINTS = {
    AttendanceStatus.PRESENT: QColor(222, 241, 222),
    AttendanceStatus.PARTIAL: QColor(222, 234, 246),
    AttendanceStatus.ABSENT: QColor(248, 224, 224),
    AttendanceStatus.EXCUSED: QColor(246, 240, 214),
}
_DARK_TINTS = {
    AttendanceStatus.PRESENT: QColor(22, 56, 22),
    AttendanceStatus.PARTIAL: QColor(20, 42, 72),
    AttendanceStatus.ABSENT: QColor(72, 24, 24),
    AttendanceStatus.EXCUSED: QColor(64, 54, 14),
}
_NOT_EXPECTED_TEXT = "–"


# -- texts shared by the grid, the today list and the dialogs -------------------------------


def status_symbol(status: AttendanceStatus | None, minutes: int = 0) -> str:
    """The short text of a cell: ✓, ✗, the excused letter, or the partial minutes."""
    if status is None:
        return ""
    if status is AttendanceStatus.PRESENT:
        return "✓"
    if status is AttendanceStatus.ABSENT:
        return "✗"
    if status is AttendanceStatus.EXCUSED:
        return QCoreApplication.translate(
            "Attendance", "E", "one-letter mark for an excused (valid) absence; Swedish G"
        )
    return QCoreApplication.translate("Attendance", "%1 min").replace("%1", str(minutes))


def status_tint(status: AttendanceStatus | None, palette: QPalette | None = None) -> QColor | None:
    """The background of a cell with `status` for the palette (the application's if None)."""
    if status is None:
        return None
    return (_DARK_TINTS if is_dark(palette) else _TINTS)[status]


def status_text_colour(status: AttendanceStatus | None, palette: QPalette | None = None) -> QColor:
    """The text colour on a cell's tint: the palette's text, or black or white if that is faint."""
    palette = palette if palette is not None else QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    tint = status_tint(status, palette)
    if tint is None or contrast_ratio(text, tint) >= 4.5:
        return text
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast_ratio(black, tint) >= contrast_ratio(white, tint) else white


def status_name(status: AttendanceStatus | None) -> str:
    names = {
        None: QCoreApplication.translate("Attendance", "not marked"),
        AttendanceStatus.PRESENT: QCoreApplication.translate("Attendance", "present"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Attendance", "absent"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Attendance", "excused absence"),
        AttendanceStatus.PARTIAL: QCoreApplication.translate("Attendance", "partly present"),
    }
    return names[status]


def completion_name(outcome: Completion) -> str:
    names = {
        Completion.COMPLETED: QCoreApplication.translate("Attendance", "Completed"),
        Completion.PARTLY_COMPLETED: QCoreApplication.translate("Attendance", "Partly"),
        Completion.NOT_COMPLETED: QCoreApplication.translate("Attendance", "Not completed"),
    }
    return names[outcome]


def session_title(session: GridSession, *, two_lines: bool = False) -> str:
    """“Mon 1 Mar 13:00” in the user's language; the time on its own line for headers."""
    locale = QLocale()
    moment = QDateTime(session.starts_at)
    date_text = locale.toString(moment.date(), "ddd d MMM")
    time_text = locale.toString(moment.time(), "HH:mm")
    return f"{date_text}\n{time_text}" if two_lines else f"{date_text} {time_text}"


def session_long_title(session: GridSession) -> str:
    locale = QLocale()
    date_text = locale.toString(QDateTime(session.starts_at).date(), QLocale.FormatType.LongFormat)
    span = f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}"
    venue = f", {session.venue_name}" if session.venue_name else ""
    return f"{date_text} {span}{venue}"


def hours_text(minutes: int) -> str:
    return QCoreApplication.translate("Attendance", "%1 h").replace(
        "%1", QLocale().toString(minutes / 60, "f", 1)
    )


def share_text(share: float | None) -> str:
    if share is None:
        return "–"
    return QCoreApplication.translate("Attendance", "%1 %").replace(
        "%1", QLocale().toString(round(share * 100))
    )


def person_label(person: GridPerson) -> str:
    if person.walk_in:
        return QCoreApplication.translate("Attendance", "%1 (walk-in)").replace(
            "%1", person.sort_name
        )
    return person.sort_name


# -- the grid -------------------------------------------------------------------------------


class AttendanceGridModel(QAbstractTableModel):
    """Persons as rows, sessions as columns, then the named total columns; a totals row last.

    The vertical header names the person (last name first) and stays in view while the
    sessions scroll sideways. A cell's DisplayRole is its status as text or symbol (✓, ✗,
    E, “90 min”, “–” for a session before the person enrolled); ToolTipRole and
    AccessibleTextRole say the same in words with the person and session; tints only
    repeat the text. CELL_ROLE, PERSON_ROLE, SESSION_ROLE and EXPECTED_ROLE give the records
    behind a cell. `set_cell` repaints one cell and the totals it changes, never the rest.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.course_id: str | None = None
        self.course_title = ""
        self.threshold_pct = 75
        self._sessions: list[GridSession] = []
        self._persons: list[GridPerson] = []
        self._cells: dict[tuple[str, str], AttendanceCell] = {}
        self._session_column: dict[str, int] = {}
        self._person_row: dict[str, int] = {}
        self._person_totals: dict[str, PersonTotals] = {}
        self._session_totals: dict[str, SessionTotals] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._collator = QCollator(QLocale())

    # -- loading ------------------------------------------------------------------------
    def set_grid(self, grid: AttendanceGrid | None) -> None:
        self.beginResetModel()
        if grid is None:
            self.course_id, self.course_title = None, ""
            self._sessions, self._persons, self._cells = [], [], {}
        else:
            self.course_id = grid.course_id
            self.course_title = grid.course_title
            self.threshold_pct = grid.threshold_pct
            self._sessions = list(grid.sessions)
            self._persons = sorted(grid.persons, key=self._name_key)
            self._cells = dict(grid.cells)
        self._session_column = {s.id: i for i, s in enumerate(self._sessions)}
        self._reindex_persons()
        self._person_totals = {p.id: self._compute_person(p) for p in self._persons}
        self._session_totals = {s.id: self._compute_session(s) for s in self._sessions}
        self.endResetModel()

    def _name_key(self, person: GridPerson) -> Any:
        # Swedish order (Å, Ä, Ö after Z) in a Swedish interface, whatever the database did.
        return functools.cmp_to_key(self._compare_names)(person)

    def _compare_names(self, a: GridPerson, b: GridPerson) -> int:
        compare = self._collator.compare
        return (
            compare(a.last_name, b.last_name)
            or compare(a.first_name, b.first_name)
            or (a.id > b.id) - (a.id < b.id)
        )

    def _reindex_persons(self) -> None:
        self._person_row = {p.id: i for i, p in enumerate(self._persons)}

    def _compute_person(self, person: GridPerson) -> PersonTotals:
        return person_totals(person, self._sessions, self._cells, self.threshold_pct)

    def _compute_session(self, session: GridSession) -> SessionTotals:
        return session_totals(session, self._persons, self._cells)

    # -- geometry -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.course_id is None:
            return 0
        return len(self._persons) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.course_id is None:
            return 0
        return len(self._sessions) + TOTAL_COLUMNS

    @property
    def sessions(self) -> list[GridSession]:
        return list(self._sessions)

    @property
    def persons(self) -> list[GridPerson]:
        return list(self._persons)

    @property
    def totals_row(self) -> int:
        return len(self._persons)

    def total_column(self, which: int) -> int:
        """The column of TOTAL_HOURS, TOTAL_SHARE or TOTAL_COMPLETION."""
        return len(self._sessions) + which

    def session_at(self, column: int) -> GridSession | None:
        return self._sessions[column] if 0 <= column < len(self._sessions) else None

    def person_at(self, row: int) -> GridPerson | None:
        return self._persons[row] if 0 <= row < len(self._persons) else None

    def row_of(self, person_id: str) -> int | None:
        return self._person_row.get(person_id)

    def column_of(self, session_id: str) -> int | None:
        return self._session_column.get(session_id)

    def index_of(self, session_id: str, person_id: str) -> QModelIndex:
        row, column = self._person_row.get(person_id), self._session_column.get(session_id)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def cell(self, session_id: str, person_id: str) -> AttendanceCell:
        found = self._cells.get((session_id, person_id))
        return found if found is not None else AttendanceCell(session_id, person_id, None, 0)

    def cell_at(self, index: Index) -> AttendanceCell | None:
        """The cell under a session column of a person's row, else None."""
        session, person = self.session_at(index.column()), self.person_at(index.row())
        if session is None or person is None:
            return None
        return self.cell(session.id, person.id)

    def person_totals(self, person_id: str) -> PersonTotals:
        return self._person_totals[person_id]

    def session_totals(self, session_id: str) -> SessionTotals:
        return self._session_totals[session_id]

    def course_totals(self) -> tuple[int, int, dict[Completion, int]]:
        """Attended and planned minutes over everyone, and how many reached each outcome."""
        outcomes = dict.fromkeys(Completion, 0)
        attended = planned = 0
        for totals in self._person_totals.values():
            attended += totals.attended_minutes
            planned += totals.planned_minutes
            outcomes[totals.completion] += 1
        return attended, planned, outcomes

    # -- changes ------------------------------------------------------------------------
    def set_cell(self, cell: AttendanceCell) -> bool:
        """Show a new state of one cell; False when the cell is not on this grid."""
        row = self._person_row.get(cell.person_id)
        column = self._session_column.get(cell.session_id)
        if row is None or column is None:
            return False
        key = cell.key
        old = self._cells.get(key)
        if cell.status is None:
            self._cells.pop(key, None)
        else:
            self._cells[key] = cell
        if old == (cell if cell.status is not None else None):
            return True
        person = self._persons[row]
        session = self._sessions[column]
        self._person_totals[person.id] = self._compute_person(person)
        self._session_totals[session.id] = self._compute_session(session)
        first_total, last_total = self.total_column(0), self.total_column(TOTAL_COLUMNS - 1)
        totals_row = self.totals_row
        changed = self.dataChanged
        changed.emit(self.index(row, column), self.index(row, column))
        changed.emit(self.index(row, first_total), self.index(row, last_total))
        changed.emit(self.index(totals_row, column), self.index(totals_row, column))
        changed.emit(self.index(totals_row, first_total), self.index(totals_row, last_total))
        return True

    def add_person(self, person: GridPerson, cells: Iterable[AttendanceCell] = ()) -> int:
        """Insert a row (a walk-in) at its place by name; returns the row."""
        if person.id in self._person_row:
            self.remove_person(person.id)
        key = self._name_key(person)
        row = next(
            (i for i, p in enumerate(self._persons) if self._name_key(p) > key),
            len(self._persons),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._persons.insert(row, person)
        for cell in cells:
            if cell.status is not None and cell.session_id in self._session_column:
                self._cells[cell.key] = cell
        self._reindex_persons()
        self._person_totals[person.id] = self._compute_person(person)
        self.endInsertRows()
        self._refresh_all_session_totals()
        return row

    def remove_person(self, person_id: str) -> None:
        row = self._person_row.get(person_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._persons[row]
        for session in self._sessions:
            self._cells.pop((session.id, person_id), None)
        self._person_totals.pop(person_id, None)
        self._reindex_persons()
        self.endRemoveRows()
        self._refresh_all_session_totals()

    def _refresh_all_session_totals(self) -> None:
        self._session_totals = {s.id: self._compute_session(s) for s in self._sessions}
        if self._sessions:
            self.dataChanged.emit(
                self.index(self.totals_row, 0),
                self.index(self.totals_row, self.columnCount() - 1),
            )

    # -- reading ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        person = self._persons[row] if row < len(self._persons) else None
        session = self._sessions[column] if column < len(self._sessions) else None
        if person is not None and session is not None:
            return self._cell_data(person, session, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if person is None:
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if session is not None:
                return self._session_total_data(session, role)
            return self._course_total_data(column - len(self._sessions), role)
        if role == PERSON_ROLE:
            return person
        return self._person_total_data(person, column - len(self._sessions), role)

    def _cell_data(self, person: GridPerson, session: GridSession, role: int) -> Any:
        cell = self._cells.get((session.id, person.id))
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is not None:
                return status_symbol(cell.status, cell.minutes)
            return "" if is_expected(session, person) else _NOT_EXPECTED_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_description(person, session, cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_tint(cell.status) if cell is not None and cell.status else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell is not None and cell.status:
                return status_text_colour(cell.status)
            return muted_colour() if not is_expected(session, person) else None
        if role == CELL_ROLE:
            return cell or AttendanceCell(session.id, person.id, None, 0)
        if role == PERSON_ROLE:
            return person
        if role == SESSION_ROLE:
            return session
        if role == EXPECTED_ROLE:
            return is_expected(session, person)
        return None

    def _cell_description(
        self, person: GridPerson, session: GridSession, cell: AttendanceCell | None
    ) -> str:
        where = f"{person.name}, {session_title(session)}"
        if cell is None:
            if not is_expected(session, person):
                return QCoreApplication.translate(
                    "Attendance", "%1: enrolled after this session"
                ).replace("%1", where)
            return f"{where}: {status_name(None)}"
        text = f"{where}: {status_name(cell.status)}"
        if cell.status is AttendanceStatus.PARTIAL:
            text += " " + QCoreApplication.translate("Attendance", "(%1 of %2 min)").replace(
                "%1", str(cell.minutes)
            ).replace("%2", str(session.planned_minutes))
        return text

    def _person_total_data(self, person: GridPerson, which: int, role: int) -> Any:
        totals = self._person_totals[person.id]
        if role == Qt.ItemDataRole.DisplayRole:
            if which == TOTAL_HOURS:
                return hours_text(totals.attended_minutes)
            if which == TOTAL_SHARE:
                return share_text(totals.share)
            return completion_name(totals.completion)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                QCoreApplication.translate("Attendance", "%1: attended %2 of %3 planned; %4")
                .replace("%1", person.name)
                .replace("%2", hours_text(totals.attended_minutes))
                .replace("%3", hours_text(totals.planned_minutes))
                .replace("%4", completion_name(totals.completion))
            )
        return None

    def _session_total_data(self, session: GridSession, role: int) -> Any:
        totals = self._session_totals[session.id]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{totals.attended}/{totals.expected}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                QCoreApplication.translate(
                    "Attendance",
                    "%1: %2 present, %3 partly, %4 absent, %5 excused, "
                    "%6 not marked of %7 expected",
                )
                .replace("%1", session_title(session))
                .replace("%2", str(totals.present))
                .replace("%3", str(totals.partial))
                .replace("%4", str(totals.absent))
                .replace("%5", str(totals.excused))
                .replace("%6", str(totals.unmarked))
                .replace("%7", str(totals.expected))
            )
        if role == SESSION_ROLE:
            return session
        return None

    def _course_total_data(self, which: int, role: int) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        attended, planned, outcomes = self.course_totals()
        if which == TOTAL_HOURS:
            return hours_text(attended)
        if which == TOTAL_SHARE:
            return share_text(attended / planned if planned else None)
        text = QCoreApplication.translate("Attendance", "%1 of %2").replace(
            "%1", str(outcomes[Completion.COMPLETED])
        )
        text = text.replace("%2", str(len(self._persons)))
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        return (
            QCoreApplication.translate("Attendance", "%1 completed, %2 partly, %3 not completed")
            .replace("%1", str(outcomes[Completion.COMPLETED]))
            .replace("%2", str(outcomes[Completion.PARTLY_COMPLETED]))
            .replace("%3", str(outcomes[Completion.NOT_COMPLETED]))
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        if section >= len(self._persons):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return QCoreApplication.translate("Attendance", "Attended")
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        person = self._persons[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person_label(person)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [person.name]
            if person.organisation_name:
                parts.append(person.organisation_name)
            if person.walk_in:
                parts.append(QCoreApplication.translate("Attendance", "came as a walk-in"))
            return "\n".join(parts)
        if role == PERSON_ROLE:
            return person
        return None

    def _column_header(self, section: int, role: int) -> Any:
        session = self.session_at(section)
        if session is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return session_title(session, two_lines=True)
            if role == Qt.ItemDataRole.ToolTipRole:
                return session_long_title(session)
            if role == SESSION_ROLE:
                return session
            return None
        which = section - len(self._sessions)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TOTAL_HOURS: QCoreApplication.translate("Attendance", "Hours"),
                TOTAL_SHARE: QCoreApplication.translate("Attendance", "Share"),
                TOTAL_COMPLETION: QCoreApplication.translate("Attendance", "Completion"),
            }.get(which)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                TOTAL_HOURS: QCoreApplication.translate("Attendance", "Hours attended"),
                TOTAL_SHARE: QCoreApplication.translate(
                    "Attendance", "Share of the planned hours attended"
                ),
                TOTAL_COMPLETION: QCoreApplication.translate(
                    "Attendance", "Completed at %1 % of the planned hours"
                ).replace("%1", str(self.threshold_pct)),
            }.get(which)
        return None


# -- today's list ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TodayRow:
    """One line of the leader's list: the person and their mark for today's session."""

    person: GridPerson
    cell: AttendanceCell


# Named columns of the today list.
TODAY_NAME = 0
TODAY_ORGANISATION = 1
TODAY_STATUS = 2


def today_rows(today: TodayList) -> list[TodayRow]:
    return [TodayRow(p, today.cell(p.id)) for p in today.persons]


class TodayModel(RecordTableModel[TodayRow]):
    """Today's list: name, organisation and the mark in words; searchable by name.

    Roles as RecordTableModel (RECORD_ROLE gives the TodayRow).
    """

    def __init__(self, parent: Any = None) -> None:
        columns = [
            Column(
                QCoreApplication.translate("Attendance", "Name"), lambda r: person_label(r.person)
            ),
            Column(
                QCoreApplication.translate("Attendance", "Organisation"),
                lambda r: r.person.organisation_name or "",
            ),
            Column(
                QCoreApplication.translate("Attendance", "Attendance"),
                lambda r: (
                    f"{status_symbol(r.cell.status, r.cell.minutes)} "
                    f"{status_name(r.cell.status)}".strip()
                ),
                tooltip=lambda r: f"{r.person.name}: {status_name(r.cell.status)}",
            ),
        ]
        super().__init__(
            columns,
            key=lambda r: r.person.id,
            search_text=lambda r: f"{r.person.first_name} {r.person.last_name}",
            parent=parent,
        )
        self.session: GridSession | None = None
        self.course_id: str | None = None
        self.course_title = ""

    def set_today(self, today: TodayList | None) -> None:
        self.session = today.session if today else None
        self.course_id = today.grid.course_id if today else None
        self.course_title = today.grid.course_title if today else ""
        self.set_records(today_rows(today) if today else [])

    def set_cell(self, cell: AttendanceCell) -> bool:
        if self.session is None or cell.session_id != self.session.id:
            return False
        row = self.row_of(cell.person_id)
        if row is None:
            return False
        self.update_record(TodayRow(self.record_at(row).person, cell))
        return True

    def cell(self, person_id: str) -> AttendanceCell | None:
        row = self.row_of(person_id)
        return None if row is None else self.record_at(row).cell
