"""Keeping the participation summary fresh: stale courses are computed again before a read.

The triggers of revision 0008 note a course in `participation_dirty` whenever something the
summary rests on changes; `refresh` rewrites those courses' rows from attendance, enrolments
and sessions in one statement, in the caller's transaction. The rules are the attendance
page's (`domain.attendance.person_totals` and `completion`), written in SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import AttendanceStatus, CourseStatus
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseSession,
    Enrolment,
    Participation,
    ParticipationDirty,
    Person,
)

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)
# Tables whose bulk loads drop their triggers (like their indexes); all courses are then
# computed again at the next read.
WATCHED_TABLES = frozenset({"attendance", "enrolment", "course_session", "course", "person"})
# PostgreSQL: one refresh at a time across connections (the rows of a course are deleted and
# written again); a fixed key for pg_advisory_xact_lock.
_ADVISORY_KEY = 0x50A7_0008


def session_minutes(dialect: str) -> sa.ColumnElement[int]:
    """A session's length in whole minutes, as `domain.attendance.GridSession` counts it."""
    starts, ends = CourseSession.starts_at, CourseSession.ends_at
    if dialect == "postgresql":
        return sa.cast(sa.func.floor(sa.extract("epoch", ends - starts) / 60), sa.Integer)
    seconds = sa.cast(sa.func.strftime("%s", ends), sa.Integer) - sa.cast(
        sa.func.strftime("%s", starts), sa.Integer
    )
    # Integer division: whole minutes, rounded down.
    return sa.cast(seconds / 60, sa.Integer)


def _summary_select(dialect: str, only_dirty: bool) -> sa.Select[tuple[object, ...]]:
    """The summary rows of every course (or of the stale ones), computed from the data."""
    courses = sa.select(Course.id).where(Course.deleted.is_(False))
    if only_dirty:
        courses = courses.where(Course.id.in_(sa.select(ParticipationDirty.course_id)))
    course_ids = courses.scalar_subquery()

    sessions = (
        sa.select(
            CourseSession.id.label("id"),
            CourseSession.course_id.label("course_id"),
            CourseSession.starts_at.label("starts_at"),
            session_minutes(dialect).label("minutes"),
        )
        .where(CourseSession.deleted.is_(False), CourseSession.course_id.in_(course_ids))
        .cte("s")
    )
    enrolments = (
        sa.select(
            Enrolment.course_id.label("course_id"),
            Enrolment.person_id.label("person_id"),
            Enrolment.status.label("status"),
            Enrolment.enrolled_at.label("enrolled_at"),
        )
        .where(Enrolment.deleted.is_(False), Enrolment.course_id.in_(course_ids))
        .cte("e")
    )
    # Sessions each enrolled person was expected at: those starting after they enrolled.
    expected = (
        sa.select(
            enrolments.c.course_id,
            enrolments.c.person_id,
            sa.func.sum(sessions.c.minutes).label("minutes"),
            sa.func.min(sessions.c.starts_at).label("first_start"),
        )
        .join(
            sessions,
            sa.and_(
                sessions.c.course_id == enrolments.c.course_id,
                sessions.c.starts_at >= enrolments.c.enrolled_at,
            ),
        )
        .group_by(enrolments.c.course_id, enrolments.c.person_id)
        .cte("x")
    )
    # Sessions attended; one attended before enrolling (or without enrolment) is planned too.
    before_enrolment = sa.or_(
        enrolments.c.enrolled_at.is_(None), sessions.c.starts_at < enrolments.c.enrolled_at
    )
    attended = (
        sa.select(
            sessions.c.course_id,
            Attendance.person_id,
            sa.func.sum(Attendance.minutes).label("minutes"),
            sa.func.count().label("sessions"),
            sa.func.sum(sa.case((before_enrolment, sessions.c.minutes), else_=0)).label("extra"),
        )
        .select_from(Attendance)
        .join(sessions, sessions.c.id == Attendance.session_id)
        .outerjoin(
            enrolments,
            sa.and_(
                enrolments.c.course_id == sessions.c.course_id,
                enrolments.c.person_id == Attendance.person_id,
            ),
        )
        .where(Attendance.deleted.is_(False), Attendance.status.in_(ATTENDED))
        .group_by(sessions.c.course_id, Attendance.person_id)
        .cte("a")
    )
    pairs = sa.union(
        sa.select(enrolments.c.course_id, enrolments.c.person_id),
        sa.select(attended.c.course_id, attended.c.person_id),
    ).subquery("pairs")
    starts = (
        sa.select(sessions.c.course_id, sa.func.min(sessions.c.starts_at).label("first"))
        .group_by(sessions.c.course_id)
        .cte("starts")
    )
    attended_minutes = sa.func.coalesce(attended.c.minutes, 0)
    planned = sa.func.coalesce(expected.c.minutes, 0) + sa.func.coalesce(attended.c.extra, 0)
    return (
        sa.select(
            pairs.c.course_id,
            pairs.c.person_id,
            Course.region_code,
            Course.kind,
            Course.status == CourseStatus.CANCELLED.value,
            starts.c.first,
            Person.gender,
            Person.role,
            enrolments.c.status,
            attended_minutes,
            sa.func.coalesce(attended.c.sessions, 0),
            planned,
            expected.c.first_start,
            sa.and_(
                attended_minutes > 0,
                planned > 0,
                attended_minutes * 100 >= Course.completion_threshold_pct * planned,
            ),
        )
        .select_from(pairs)
        .join(Course, Course.id == pairs.c.course_id)
        .join(Person, Person.id == pairs.c.person_id)
        .outerjoin(starts, starts.c.course_id == pairs.c.course_id)
        .outerjoin(
            enrolments,
            sa.and_(
                enrolments.c.course_id == pairs.c.course_id,
                enrolments.c.person_id == pairs.c.person_id,
            ),
        )
        .outerjoin(
            expected,
            sa.and_(
                expected.c.course_id == pairs.c.course_id,
                expected.c.person_id == pairs.c.person_id,
            ),
        )
        .outerjoin(
            attended,
            sa.and_(
                attended.c.course_id == pairs.c.course_id,
                attended.c.person_id == pairs.c.person_id,
            ),
        )
        .where(Person.deleted.is_(False))
    )


_COLUMNS = (
    "course_id",
    "person_id",
    "region_code",
    "kind",
    "cancelled",
    "course_start",
    "gender",
    "role",
    "enrolment_status",
    "attended_minutes",
    "attended_sessions",
    "planned_minutes",
    "first_expected_start",
    "completed",
)


def _write(session: Session, only_dirty: bool) -> None:
    dialect = session.get_bind().dialect.name
    table = Participation.__table__
    if only_dirty:
        session.execute(
            sa.delete(table).where(table.c.course_id.in_(sa.select(ParticipationDirty.course_id)))
        )
    else:
        session.execute(sa.delete(table))
    session.execute(sa.insert(table).from_select(_COLUMNS, _summary_select(dialect, only_dirty)))
    session.execute(sa.delete(ParticipationDirty.__table__))


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(_ADVISORY_KEY)))


def stale_courses(session: Session) -> int:
    return int(
        session.execute(sa.select(sa.func.count()).select_from(ParticipationDirty)).scalar_one()
    )


def refresh(session: Session) -> int:
    """Compute the stale courses again; how many there were. In the caller's transaction."""
    _lock(session)
    stale = stale_courses(session)
    if stale:
        course_count = session.execute(
            sa.select(sa.func.count()).select_from(Course).where(Course.deleted.is_(False))
        ).scalar_one()
        # Most courses stale (after a bulk import or the upgrade): one pass over everything is
        # cheaper than testing each row against the stale list.
        _write(session, only_dirty=stale * 2 < course_count)
    return stale


def rebuild(session: Session) -> None:
    """Compute every course again (tests compare this with what `refresh` kept)."""
    _lock(session)
    _write(session, only_dirty=False)


def mark_all_stale(connection: sa.Connection) -> None:
    """After a bulk load without triggers: every course is computed again at the next read."""
    dirty = ParticipationDirty.__table__
    connection.execute(sa.delete(dirty))
    connection.execute(sa.insert(dirty).from_select(["course_id"], sa.select(Course.id)))
