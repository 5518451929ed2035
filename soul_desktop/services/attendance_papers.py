"""The attendance papers' contents: sign-in sheets, monthly attendance reports, certificates.

Each call is one unit of work returning frozen records; the reports in `soul_desktop.reports`
(signin, monthly, certificate) only lay them out. Missing courses, sessions and persons are
refused with ReportError code "report.not_found".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from soul_desktop.domain import attendance as rules
from soul_desktop.domain.attendance import Completion, GridPerson, GridSession
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus
from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import ReportError
from soul_desktop.storage import attendance_papers as store
from soul_desktop.storage import installations
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

# -- Swedish alphabetical order ----------------------------------------------------------------

# Å, Ä, Ö come after Z, in that order (Æ and Ø sort with Ä and Ö); "{" follows "z" in code
# points. Other accented letters sort with their base letter (é as e), ü as y.
_AFTER_Z = {"å": "{1", "ä": "{2", "æ": "{2", "ö": "{3", "ø": "{3", "ü": "y"}


def swedish_key(value: str) -> str:
    """A key that orders text as a Swedish dictionary does, ignoring case and accents."""
    out: list[str] = []
    for char in value.casefold():
        special = _AFTER_Z.get(char)
        if special is not None:
            out.append(special)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append(decomposed[0] if decomposed else char)
    return "".join(out)


def name_order(last_name: str, first_name: str, person_id: str) -> tuple[str, str, str, str, str]:
    """Surname, then first name, in Swedish order; exact spelling and id break ties."""
    return (swedish_key(last_name), swedish_key(first_name), last_name, first_name, person_id)


def hours_text(minutes: int) -> str:
    """ "2,5": minutes as hours with one decimal, written the Swedish way."""
    return f"{minutes / 60:.1f}".replace(".", ",")


# -- records -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetPerson:
    id: str
    first_name: str
    last_name: str
    organisation_name: str | None
    walk_in: bool = False

    @property
    def sort_name(self) -> str:
        """ "Last, First", how a sign-in sheet names people."""
        return f"{self.last_name}, {self.first_name}" if self.first_name else self.last_name


@dataclass(frozen=True, slots=True)
class SignInSheet:
    """One session's sheet: when, where, who leads, and who is expected, in name order."""

    session_id: str
    course_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_name: str | None
    venue_address: str | None
    leaders: tuple[str, ...]
    persons: tuple[SheetPerson, ...]


@dataclass(frozen=True, slots=True)
class SignInSheets:
    course_id: str
    course_title: str
    region_code: str
    sheets: tuple[SignInSheet, ...]

    @property
    def period(self) -> Period:
        if not self.sheets:
            return Period()
        return Period(self.sheets[0].starts_at.date(), self.sheets[-1].starts_at.date())


@dataclass(frozen=True, slots=True)
class MonthLine:
    """One session attended: the day, course, time and minutes."""

    course_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    minutes: int


@dataclass(frozen=True, slots=True)
class MonthlyReport:
    person_id: str
    first_name: str
    last_name: str
    organisation_name: str | None
    lines: tuple[MonthLine, ...]
    total_minutes: int

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def whole_hours(self) -> int:
        """The month's hours as ESF counts them: whole hours, rounded down."""
        return self.total_minutes // 60


@dataclass(frozen=True, slots=True)
class MonthlyReports:
    period: Period
    region_code: str | None
    reports: tuple[MonthlyReport, ...]


@dataclass(frozen=True, slots=True)
class Certificate:
    person_id: str
    person_name: str
    organisation_name: str | None
    course_id: str
    course_title: str
    region_code: str
    areas: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None
    sessions: int
    attended_sessions: int
    attended_minutes: int
    planned_minutes: int
    threshold_pct: int
    completion: Completion
    enrolled: bool

    @property
    def period(self) -> Period:
        return Period(self.first_date, self.last_date)


def _not_found(what: str, ident: str, field: str) -> ReportError:
    return ReportError(
        f"no {what} with id {ident}",
        field,
        code="report.not_found",
        params={"what": what, "id": ident},
    )


# -- sign-in sheets ----------------------------------------------------------------------------


def sign_in_sheets(
    db: Database, *, course_id: str | None = None, session_id: str | None = None
) -> SignInSheets:
    """One session's sheet (`session_id`), or one per session of the course (`course_id`)."""
    with UnitOfWork(db) as uow:
        s = uow.session
        if session_id is not None:
            owner = store.course_of_session(s, session_id)
            if owner is None:
                raise _not_found("session", session_id, "session")
            if course_id is not None and course_id != owner:
                raise _not_found("session", session_id, "session")
            course_id = owner
        if course_id is None:
            raise ReportError(
                "a sign-in sheet needs a session or a course",
                "session",
                code="report.session_required",
            )
        course = store.course(s, course_id)
        if course is None:
            raise _not_found("course", course_id, "course")
        rows = store.sessions(s, course_id, None if session_id is None else [session_id])
        course_leaders = tuple(store.course_leaders(s, course_id))
        enrolled = store.enrolled(s, course_id)
    persons = sorted(
        (
            GridPerson(
                e.id,
                e.first_name,
                e.last_name,
                e.organisation_name,
                e.enrolled_at,
                EnrolmentStatus.ENROLLED,
                e.walk_in,
            )
            for e in enrolled
        ),
        key=lambda p: name_order(p.last_name, p.first_name, p.id),
    )
    sheets = []
    for row in rows:
        grid_session = GridSession(row.id, row.starts_at, row.ends_at, row.venue_name)
        sheets.append(
            SignInSheet(
                session_id=row.id,
                course_title=course.title,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                venue_name=row.venue_name,
                venue_address=row.venue_address,
                leaders=(row.leader_name,) if row.leader_name else course_leaders,
                persons=tuple(
                    SheetPerson(p.id, p.first_name, p.last_name, p.organisation_name, p.walk_in)
                    for p in persons
                    if rules.is_expected(grid_session, p)
                ),
            )
        )
    return SignInSheets(course.id, course.title, course.region_code, tuple(sheets))


# -- monthly attendance reports ----------------------------------------------------------------


def report_region(db: Database, region_code: str | None) -> str | None:
    """The region asked for, else this installation's (None at central: every region)."""
    if region_code is not None:
        return region_code
    with UnitOfWork(db) as uow:
        info = installations.local_installation(uow.session)
    return info.region_code if info is not None else None


def monthly_reports(
    db: Database, period: Period, *, person_id: str | None = None, region_code: str | None = None
) -> MonthlyReports:
    """Each person's attended sessions in the period (one month) with the minutes summed.

    With `person_id`, that person's report even when they attended nothing; without, every
    person who attended a session of the region's courses in the period, in name order.
    """
    if period.start is None or period.end is None:
        raise ReportError(
            "a monthly attendance report needs a month, such as 2010-03",
            "period",
            code="report.period_required",
        )
    region = report_region(db, region_code)
    with UnitOfWork(db) as uow:
        s = uow.session
        if person_id is not None:
            found = store.person(s, person_id)
            if found is None:
                raise _not_found("person", person_id, "person")
            persons = [found]
            only: list[str] | None = [person_id]
        else:
            persons = store.attended_persons(s, period.start, period.end, region)
            only = None
        lines = store.attended_sessions(s, period.start, period.end, region, only)
        totals = store.attended_minutes(s, period.start, period.end, region, only)
    by_person: dict[str, list[MonthLine]] = {}
    for line in lines:
        by_person.setdefault(line.person_id, []).append(
            MonthLine(line.course_title, line.starts_at, line.ends_at, line.minutes)
        )
    persons.sort(key=lambda p: name_order(p.last_name, p.first_name, p.id))
    reports = tuple(
        MonthlyReport(
            p.id,
            p.first_name,
            p.last_name,
            p.organisation_name,
            tuple(by_person.get(p.id, ())),
            totals.get(p.id, 0),
        )
        for p in persons
    )
    return MonthlyReports(period, region, reports)


# -- course certificates -----------------------------------------------------------------------


def certificate(db: Database, person_id: str, course_id: str) -> Certificate:
    """What the person's certificate for the course says, by the course's completion rule."""
    with UnitOfWork(db) as uow:
        s = uow.session
        course = store.course(s, course_id)
        if course is None:
            raise _not_found("course", course_id, "course")
        found = store.person(s, person_id)
        if found is None:
            raise _not_found("person", person_id, "person")
        areas = tuple(store.course_areas(s, course_id))
        rows = store.sessions(s, course_id)
        enrolment = store.enrolment_of(s, course_id, person_id)
        marks = store.marks_on_course(s, course_id, person_id)
    enrolled = enrolment is not None and enrolment[0] == EnrolmentStatus.ENROLLED.value
    # Someone not (or no longer) on the list was expected at nothing: only what they attended
    # counts, both as planned and as attended.
    enrolled_at = enrolment[1] if enrolled and enrolment is not None else dt.datetime.max
    grid_person = GridPerson(
        person_id, found.first_name, found.last_name, found.organisation_name, enrolled_at
    )
    sessions = [GridSession(r.id, r.starts_at, r.ends_at, r.venue_name) for r in rows]
    live = {r.id for r in rows}
    cells = {
        (m.session_id, person_id): rules.AttendanceCell(
            m.session_id, person_id, AttendanceStatus(m.status), m.minutes
        )
        for m in marks
        if m.session_id in live
    }
    totals = rules.person_totals(grid_person, sessions, cells, course.threshold_pct)
    return Certificate(
        person_id=person_id,
        person_name=f"{found.first_name} {found.last_name}".strip(),
        organisation_name=found.organisation_name,
        course_id=course.id,
        course_title=course.title,
        region_code=course.region_code,
        areas=areas,
        first_date=rows[0].starts_at.date() if rows else None,
        last_date=rows[-1].starts_at.date() if rows else None,
        sessions=len(rows),
        attended_sessions=sum(1 for c in cells.values() if c.attended),
        attended_minutes=totals.attended_minutes,
        planned_minutes=totals.planned_minutes,
        threshold_pct=course.threshold_pct,
        completion=totals.completion,
        enrolled=enrolled,
    )
