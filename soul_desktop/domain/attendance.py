"""Attendance records and rules: the status cycle, minutes, who is expected, completion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus
from soul_desktop.domain.errors import ValidationError

DEFAULT_THRESHOLD_PCT = 75

# Space moves a cell one step along this cycle; a blank cell starts at present.
_CYCLE = {
    None: AttendanceStatus.PRESENT,
    AttendanceStatus.PRESENT: AttendanceStatus.ABSENT,
    # Partial is a shortened "present", so it continues the cycle where present would.
    AttendanceStatus.PARTIAL: AttendanceStatus.ABSENT,
    AttendanceStatus.ABSENT: AttendanceStatus.EXCUSED,
    AttendanceStatus.EXCUSED: AttendanceStatus.PRESENT,
}

ATTENDED = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL})


class Completion(StrEnum):
    """A participant's outcome on a course under its completion rule."""

    COMPLETED = "completed"
    PARTLY_COMPLETED = "partly_completed"
    NOT_COMPLETED = "not_completed"


@dataclass(frozen=True, slots=True)
class AttendanceCell:
    """One person at one session; `status` None is a blank (unmarked) cell."""

    session_id: str
    person_id: str
    status: AttendanceStatus | None
    minutes: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.session_id, self.person_id)

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED


@dataclass(frozen=True, slots=True)
class GridSession:
    id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_name: str | None = None

    @property
    def planned_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class GridPerson:
    """A row of the grid: an enrolled person (or a walk-in) with what the register shows."""

    id: str
    first_name: str
    last_name: str
    organisation_name: str | None
    enrolled_at: dt.datetime
    status: EnrolmentStatus = EnrolmentStatus.ENROLLED
    walk_in: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_name(self) -> str:
        """“Last, First”: how a sign-in list names and orders people."""
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


@dataclass(frozen=True, slots=True)
class PersonTotals:
    person_id: str
    attended_minutes: int
    planned_minutes: int
    completion: Completion

    @property
    def share(self) -> float | None:
        """Attended share of the planned minutes (0‥1), None when nothing was planned."""
        if self.planned_minutes <= 0:
            return None
        return self.attended_minutes / self.planned_minutes


@dataclass(frozen=True, slots=True)
class SessionTotals:
    session_id: str
    expected: int
    present: int
    partial: int
    absent: int
    excused: int
    unmarked: int
    attended_minutes: int

    @property
    def attended(self) -> int:
        """Persons who were there, for all of the session or part of it."""
        return self.present + self.partial


@dataclass(frozen=True, slots=True)
class CourseCompletion:
    course_id: str
    course_title: str
    threshold_pct: int
    persons: tuple[PersonTotals, ...]
    completed: int
    partly_completed: int
    not_completed: int
    attended_minutes: int
    planned_minutes: int

    @property
    def share(self) -> float | None:
        if self.planned_minutes <= 0:
            return None
        return self.attended_minutes / self.planned_minutes


@dataclass(frozen=True, slots=True)
class AttendanceGrid:
    """One course's attendance: sessions in time order, persons, and the marked cells.

    `cells` holds only marked cells, keyed (session_id, person_id); `cell()` answers blanks.
    """

    course_id: str
    course_title: str
    threshold_pct: int
    sessions: tuple[GridSession, ...]
    persons: tuple[GridPerson, ...]
    cells: Mapping[tuple[str, str], AttendanceCell]

    def cell(self, session_id: str, person_id: str) -> AttendanceCell:
        found = self.cells.get((session_id, person_id))
        return found if found is not None else AttendanceCell(session_id, person_id, None, 0)

    def session(self, session_id: str) -> GridSession | None:
        return next((s for s in self.sessions if s.id == session_id), None)

    def person(self, person_id: str) -> GridPerson | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def person_totals(self, person: GridPerson) -> PersonTotals:
        return person_totals(person, self.sessions, self.cells, self.threshold_pct)

    def session_totals(self, session: GridSession) -> SessionTotals:
        return session_totals(session, self.persons, self.cells)


@dataclass(frozen=True, slots=True)
class TodayList:
    """The leader's list for one session: the grid of its course, narrowed to that session."""

    session: GridSession
    grid: AttendanceGrid

    @property
    def persons(self) -> tuple[GridPerson, ...]:
        """Those expected at the session, and anyone already marked for it."""
        session = self.session
        return tuple(
            p
            for p in self.grid.persons
            if is_expected(session, p) or (session.id, p.id) in self.grid.cells
        )

    def cell(self, person_id: str) -> AttendanceCell:
        return self.grid.cell(self.session.id, person_id)


@dataclass(frozen=True, slots=True)
class CourseChoice:
    """A course in the attendance page's chooser."""

    id: str
    title: str
    first_date: dt.date | None
    last_date: dt.date | None
    enrolled: int
    sessions: int


@dataclass(frozen=True, slots=True)
class WalkInCandidate:
    """A person found by name for a walk-in; `on_course` when already on the course's list."""

    id: str
    first_name: str
    last_name: str
    birth_year: int | None
    organisation_name: str | None
    on_course: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class WalkIn:
    """The outcome of adding a walk-in: their row on the grid and their present mark."""

    person: GridPerson
    cell: AttendanceCell


@dataclass(frozen=True, slots=True)
class WalkInRemoved:
    """The outcome of taking a walk-in back: the row to drop and the cleared mark."""

    person_id: str
    cell: AttendanceCell


# -- rules ----------------------------------------------------------------------------------


def next_status(status: AttendanceStatus | None) -> AttendanceStatus:
    """The status Space gives a cell: present → absent → excused → present."""
    return _CYCLE[status]


def minutes_for(status: AttendanceStatus, planned_minutes: int, minutes: int | None = None) -> int:
    """Minutes attended for a mark; partial needs `minutes` with 0 < minutes < the length."""
    if status is AttendanceStatus.PARTIAL:
        if minutes is None:
            raise ValidationError(
                "partial attendance needs the minutes attended",
                field="minutes",
                code="attendance.minutes_missing",
            )
        if not 0 < minutes < planned_minutes:
            raise ValidationError(
                f"partial attendance is more than 0 and less than {planned_minutes} minutes; "
                "mark present or absent instead",
                field="minutes",
                code="attendance.partial_range",
                params={"planned": planned_minutes},
            )
        return minutes
    if minutes is not None:
        raise ValidationError(
            f"minutes are given only for partial attendance, not for {status.value}",
            field="minutes",
            code="attendance.minutes_not_partial",
            params={"status": status.value},
        )
    return planned_minutes if status is AttendanceStatus.PRESENT else 0


def make_cell(
    session: GridSession, person_id: str, status: AttendanceStatus, minutes: int | None = None
) -> AttendanceCell:
    return AttendanceCell(
        session.id, person_id, status, minutes_for(status, session.planned_minutes, minutes)
    )


def is_expected(session: GridSession, person: GridPerson) -> bool:
    """Whether the person was on the list when the session began.

    Someone enrolled after a session started is not counted absent for it: the cell stays
    blank and its minutes are not planned for them.
    """
    return session.starts_at >= person.enrolled_at


def completion(attended_minutes: int, planned_minutes: int, threshold_pct: int) -> Completion:
    """Completed at `threshold_pct` % of the planned minutes; any attendance is partly."""
    if attended_minutes <= 0:
        return Completion.NOT_COMPLETED
    # Whole numbers avoid a float landing a hair below exactly 75 %.
    if planned_minutes > 0 and attended_minutes * 100 >= threshold_pct * planned_minutes:
        return Completion.COMPLETED
    return Completion.PARTLY_COMPLETED


def person_totals(
    person: GridPerson,
    sessions: Iterable[GridSession],
    cells: Mapping[tuple[str, str], AttendanceCell],
    threshold_pct: int,
) -> PersonTotals:
    """Attended and planned minutes over the sessions the person was expected at.

    A session before their enrolment counts only if they attended it anyway.
    """
    attended = planned = 0
    for session in sessions:
        cell = cells.get((session.id, person.id))
        if is_expected(session, person):
            planned += session.planned_minutes
            if cell is not None:
                attended += cell.minutes
        elif cell is not None and cell.status in ATTENDED:
            planned += session.planned_minutes
            attended += cell.minutes
    return PersonTotals(person.id, attended, planned, completion(attended, planned, threshold_pct))


def session_totals(
    session: GridSession,
    persons: Iterable[GridPerson],
    cells: Mapping[tuple[str, str], AttendanceCell],
) -> SessionTotals:
    counts = dict.fromkeys(AttendanceStatus, 0)
    expected = unmarked = minutes = 0
    for person in persons:
        cell = cells.get((session.id, person.id))
        if is_expected(session, person):
            expected += 1
            if cell is None:
                unmarked += 1
        if cell is not None and cell.status is not None:
            counts[cell.status] += 1
            minutes += cell.minutes
    return SessionTotals(
        session.id,
        expected=expected,
        present=counts[AttendanceStatus.PRESENT],
        partial=counts[AttendanceStatus.PARTIAL],
        absent=counts[AttendanceStatus.ABSENT],
        excused=counts[AttendanceStatus.EXCUSED],
        unmarked=unmarked,
        attended_minutes=minutes,
    )


def course_completion(grid: AttendanceGrid) -> CourseCompletion:
    totals = tuple(grid.person_totals(p) for p in grid.persons)
    by_outcome = dict.fromkeys(Completion, 0)
    for t in totals:
        by_outcome[t.completion] += 1
    return CourseCompletion(
        course_id=grid.course_id,
        course_title=grid.course_title,
        threshold_pct=grid.threshold_pct,
        persons=totals,
        completed=by_outcome[Completion.COMPLETED],
        partly_completed=by_outcome[Completion.PARTLY_COMPLETED],
        not_completed=by_outcome[Completion.NOT_COMPLETED],
        attended_minutes=sum(t.attended_minutes for t in totals),
        planned_minutes=sum(t.planned_minutes for t in totals),
    )
