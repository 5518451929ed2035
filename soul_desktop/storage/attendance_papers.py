"""Queries for the attendance papers: sign-in sheets, monthly attendance reports, certificates.

Every query is set-based (one course's sessions, one course's enrolled persons, one month's
attended sessions); totals are summed by the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from soul_desktop.domain.attendance import ATTENDED
from soul_desktop.domain.enums import EnrolmentStatus
from soul_desktop.storage.models import (
    Attendance,
    CompetenceArea,
    Course,
    CourseArea,
    CourseLeader,
    CourseSession,
    Enrolment,
    Organisation,
    Person,
    Venue,
)

_ATTENDED = tuple(sorted(s.value for s in ATTENDED))
_ENROLLED = EnrolmentStatus.ENROLLED.value


@dataclass(frozen=True, slots=True)
class CourseRow:
    id: str
    title: str
    region_code: str
    threshold_pct: int


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A live session with its venue and the leader named on it (if any)."""

    id: str
    course_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_name: str | None
    venue_address: str | None
    leader_name: str | None


@dataclass(frozen=True, slots=True)
class EnrolledRow:
    id: str
    first_name: str
    last_name: str
    organisation_name: str | None
    enrolled_at: dt.datetime
    walk_in: bool


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    first_name: str
    last_name: str
    organisation_name: str | None


@dataclass(frozen=True, slots=True)
class AttendedRow:
    """One session a person attended (present or partial)."""

    person_id: str
    session_id: str
    course_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    minutes: int


@dataclass(frozen=True, slots=True)
class MarkRow:
    session_id: str
    status: str
    minutes: int


def _full_name(first: sa.ColumnElement[str], last: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
    return sa.func.trim(sa.func.coalesce(first, "") + " " + sa.func.coalesce(last, ""))


# -- courses and sessions ---------------------------------------------------------------------


def course(session: Session, course_id: str) -> CourseRow | None:
    row = session.execute(
        sa.select(
            Course.id, Course.title, Course.region_code, Course.completion_threshold_pct
        ).where(Course.id == course_id, Course.deleted.is_(False))
    ).first()
    return CourseRow(*row) if row is not None else None


def course_of_session(session: Session, session_id: str) -> str | None:
    return session.execute(
        sa.select(CourseSession.course_id)
        .join(Course, Course.id == CourseSession.course_id)
        .where(
            CourseSession.id == session_id,
            CourseSession.deleted.is_(False),
            Course.deleted.is_(False),
        )
    ).scalar_one_or_none()


def sessions(
    session: Session, course_id: str, session_ids: Sequence[str] | None = None
) -> list[SessionRow]:
    """The course's live sessions in time order (or only those named), with venue and leader."""
    leader = aliased(Person)
    query = (
        sa.select(
            CourseSession.id,
            CourseSession.course_id,
            CourseSession.starts_at,
            CourseSession.ends_at,
            Venue.name,
            Venue.address,
            _full_name(leader.first_name, leader.last_name),
        )
        .outerjoin(Venue, sa.and_(Venue.id == CourseSession.venue_id, Venue.deleted.is_(False)))
        .outerjoin(leader, sa.and_(leader.id == CourseSession.leader_id, leader.deleted.is_(False)))
        .where(CourseSession.course_id == course_id, CourseSession.deleted.is_(False))
        .order_by(CourseSession.starts_at, CourseSession.id)
    )
    if session_ids is not None:
        query = query.where(CourseSession.id.in_(list(session_ids)))
    return [SessionRow(*row) for row in session.execute(query)]


def course_leaders(session: Session, course_id: str) -> list[str]:
    """Names of the course's leaders, by surname."""
    rows = session.execute(
        sa.select(Person.first_name, Person.last_name)
        .join(CourseLeader, CourseLeader.person_id == Person.id)
        .where(
            CourseLeader.course_id == course_id,
            CourseLeader.deleted.is_(False),
            Person.deleted.is_(False),
        )
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [f"{first} {last}".strip() for first, last in rows]


def course_areas(session: Session, course_id: str) -> list[str]:
    """The course's competence areas by their Swedish names, in code order."""
    return list(
        session.execute(
            sa.select(CompetenceArea.name_sv)
            .join(CourseArea, CourseArea.area_code == CompetenceArea.code)
            .where(CourseArea.course_id == course_id, CourseArea.deleted.is_(False))
            .order_by(CompetenceArea.code)
        ).scalars()
    )


def enrolled(session: Session, course_id: str) -> list[EnrolledRow]:
    """The course's enrolled persons (walk-ins included) with their organisation."""
    rows = session.execute(
        sa.select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Organisation.name,
            Enrolment.enrolled_at,
            Enrolment.walk_in,
        )
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(
            Organisation,
            sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
        )
        .where(
            Enrolment.course_id == course_id,
            Enrolment.status == _ENROLLED,
            Enrolment.deleted.is_(False),
            Person.deleted.is_(False),
        )
    )
    return [EnrolledRow(*row) for row in rows]


# -- persons ----------------------------------------------------------------------------------


def person(session: Session, person_id: str) -> PersonRow | None:
    row = session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name, Organisation.name)
        .outerjoin(
            Organisation,
            sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
        )
        .where(Person.id == person_id, Person.deleted.is_(False))
    ).first()
    return PersonRow(*row) if row is not None else None


def enrolment_of(
    session: Session, course_id: str, person_id: str
) -> tuple[str, dt.datetime] | None:
    """(status, enrolled_at) of the person's live enrolment on the course."""
    row = session.execute(
        sa.select(Enrolment.status, Enrolment.enrolled_at).where(
            Enrolment.course_id == course_id,
            Enrolment.person_id == person_id,
            Enrolment.deleted.is_(False),
        )
    ).first()
    if row is None:
        return None
    status, enrolled_at = row
    return (getattr(status, "value", status), enrolled_at)


def marks_on_course(session: Session, course_id: str, person_id: str) -> list[MarkRow]:
    """The person's live marks on the course's live sessions."""
    table = Attendance.__table__
    rows = session.execute(
        sa.select(table.c.session_id, table.c.status, table.c.minutes)
        .join(CourseSession.__table__, CourseSession.id == table.c.session_id)
        .where(
            CourseSession.course_id == course_id,
            CourseSession.deleted.is_(False),
            table.c.person_id == person_id,
            table.c.deleted.is_(False),
        )
    )
    return [MarkRow(*row) for row in rows]


# -- a month's attendance ---------------------------------------------------------------------


def _attended_in(
    start: dt.date, end: dt.date, region_code: str | None
) -> list[sa.ColumnElement[bool]]:
    table = Attendance.__table__
    conditions = [
        table.c.status.in_(_ATTENDED),
        table.c.deleted.is_(False),
        CourseSession.deleted.is_(False),
        Course.deleted.is_(False),
        Person.deleted.is_(False),
        CourseSession.starts_at >= dt.datetime.combine(start, dt.time()),
        CourseSession.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
    ]
    if region_code is not None:
        conditions.append(Course.region_code == region_code)
    return conditions


def _attended_from() -> sa.FromClause:
    table = Attendance.__table__
    return (
        table.join(CourseSession.__table__, CourseSession.id == table.c.session_id)
        .join(Course.__table__, Course.id == CourseSession.course_id)
        .join(Person.__table__, Person.id == table.c.person_id)
    )


def attended_persons(
    session: Session, start: dt.date, end: dt.date, region_code: str | None
) -> list[PersonRow]:
    """Every live person who attended a session starting between the dates (both included)."""
    rows = session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name, Organisation.name)
        .where(
            Person.id.in_(
                sa.select(Attendance.__table__.c.person_id)
                .select_from(_attended_from())
                .where(*_attended_in(start, end, region_code))
            )
        )
        .outerjoin(
            Organisation,
            sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
        )
    )
    return [PersonRow(*row) for row in rows]


def attended_sessions(
    session: Session,
    start: dt.date,
    end: dt.date,
    region_code: str | None,
    person_ids: Sequence[str] | None = None,
) -> list[AttendedRow]:
    """The sessions attended between the dates, by person and time (all persons, or those)."""
    table = Attendance.__table__
    query = (
        sa.select(
            table.c.person_id,
            CourseSession.id,
            Course.title,
            CourseSession.starts_at,
            CourseSession.ends_at,
            table.c.minutes,
        )
        .select_from(_attended_from())
        .where(*_attended_in(start, end, region_code))
        .order_by(table.c.person_id, CourseSession.starts_at, CourseSession.id)
    )
    if person_ids is not None:
        query = query.where(table.c.person_id.in_(list(person_ids)))
    return [AttendedRow(*row) for row in session.execute(query)]


def attended_minutes(
    session: Session,
    start: dt.date,
    end: dt.date,
    region_code: str | None,
    person_ids: Sequence[str] | None = None,
) -> dict[str, int]:
    """Minutes attended between the dates, summed per person by the database."""
    table = Attendance.__table__
    query = (
        sa.select(table.c.person_id, sa.func.sum(table.c.minutes))
        .select_from(_attended_from())
        .where(*_attended_in(start, end, region_code))
        .group_by(table.c.person_id)
    )
    if person_ids is not None:
        query = query.where(table.c.person_id.in_(list(person_ids)))
    return {pid: int(total or 0) for pid, total in session.execute(query)}
