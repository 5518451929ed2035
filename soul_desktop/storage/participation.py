"""Keeping the participation summaries fresh: stale courses are computed again before a read.

The triggers of revision 0008 note a course in `participation_dirty` whenever something the
summaries rest on changes; `refresh` rewrites, in the caller's transaction, those courses' rows
(per person and course, per course, per leader) and then the per-person rows of everyone on
them. The rules are the attendance page's (`domain.attendance.person_totals` and
`completion`), written in SQL; docs/fourr-and-targets.md says what each figure counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import AttendanceStatus, CourseStatus, EnrolmentStatus, Gender
from soul_desktop.domain.targets import TRAINING_KINDS
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseLeader,
    CourseLeading,
    CourseSession,
    CourseSummary,
    Enrolment,
    ParticipantRegion,
    ParticipantSummary,
    Participation,
    ParticipationDirty,
    ParticipationDirtyPerson,
    Person,
)

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)
# Tables whose bulk loads drop their triggers (like their indexes); all courses are then
# computed again at the next read.
WATCHED_TABLES = frozenset(
    {"attendance", "enrolment", "course_session", "course_leader", "course", "person"}
)
GENDERS = tuple(g.value for g in Gender)
TRAINING = sorted(k.value for k in TRAINING_KINDS)
WAITING = (EnrolmentStatus.WAITLISTED.value, EnrolmentStatus.OFFERED.value)
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
    """The per-person-and-course rows of every course (or of the stale ones), from the data.

    One grouped pass over two kinds of row, each keyed by course and person: an enrolment
    (with its planned minutes) and an attended session. Grouping them once costs a sort of
    the rows, where joining the two after grouping each would build an index per join.
    """
    live_session = [CourseSession.deleted.is_(False), *_stale(only_dirty, CourseSession.course_id)]
    live_enrolment = [Enrolment.deleted.is_(False), *_stale(only_dirty, Enrolment.course_id)]
    # Each session's length worked out once, not once per enrolment and attendance row.
    sessions = (
        sa.select(
            CourseSession.id.label("id"),
            CourseSession.course_id.label("course_id"),
            CourseSession.starts_at.label("starts_at"),
            session_minutes(dialect).label("minutes"),
        )
        .where(*live_session)
        .cte("sessions")
    )
    # Two levels down from the enrolment, so it is named as the outer row explicitly.
    attended_here = (
        sa.exists()
        .where(
            Attendance.session_id == sessions.c.id,
            Attendance.person_id == Enrolment.person_id,
            Attendance.deleted.is_(False),
            Attendance.status.in_(ATTENDED),
        )
        .correlate_except(Attendance)
    )
    of_course = sessions.c.course_id == Enrolment.course_id
    after_enrolling = sessions.c.starts_at >= Enrolment.enrolled_at

    def per_enrolment(value: sa.ColumnElement[Any], *where: sa.ColumnElement[bool]) -> Any:
        # Looked up per enrolment among its course's few sessions: cheaper than pairing every
        # enrolment with every session and grouping the pairs.
        return sa.select(value).where(of_course, *where).scalar_subquery()

    zero = sa.literal(0)
    null_text = sa.null().cast(sa.String)
    # Planned: the sessions that began after the enrolment, and any earlier one attended.
    enrolments = sa.select(
        Enrolment.course_id.label("course_id"),
        Enrolment.person_id.label("person_id"),
        Enrolment.status.label("status"),
        sa.func.coalesce(per_enrolment(sa.func.sum(sessions.c.minutes), after_enrolling), 0).label(
            "expected"
        ),
        per_enrolment(sa.func.min(sessions.c.starts_at), after_enrolling).label("first_expected"),
        sa.func.coalesce(
            per_enrolment(sa.func.sum(sessions.c.minutes), ~after_enrolling, attended_here), 0
        ).label("early"),
        zero.label("attended"),
        zero.label("sessions"),
        zero.label("attended_planned"),
    ).where(*live_enrolment)
    attended = (
        sa.select(
            sessions.c.course_id,
            Attendance.person_id,
            null_text,
            zero,
            sa.null().cast(sa.DateTime),
            zero,
            Attendance.minutes,
            sa.literal(1),
            sessions.c.minutes,
        )
        .select_from(Attendance)
        .join(sessions, sessions.c.id == Attendance.session_id)
        .where(Attendance.deleted.is_(False), Attendance.status.in_(ATTENDED))
    )
    rows = sa.union_all(enrolments, attended).subquery("rows")
    pairs = (
        sa.select(
            rows.c.course_id,
            rows.c.person_id,
            sa.func.max(rows.c.status).label("status"),
            sa.func.sum(rows.c.expected).label("expected"),
            sa.func.min(rows.c.first_expected).label("first_expected"),
            sa.func.sum(rows.c.early).label("early"),
            sa.func.sum(rows.c.attended).label("attended"),
            sa.func.sum(rows.c.sessions).label("sessions"),
            sa.func.sum(rows.c.attended_planned).label("attended_planned"),
        )
        .group_by(rows.c.course_id, rows.c.person_id)
        .subquery("pairs")
    )
    starts = (
        sa.select(sessions.c.course_id, sa.func.min(sessions.c.starts_at).label("first"))
        .group_by(sessions.c.course_id)
        .cte("starts")
    )
    # Without an enrolment, the sessions attended are the planned ones.
    planned_minutes = sa.case(
        (pairs.c.status.is_(None), pairs.c.attended_planned),
        else_=pairs.c.expected + pairs.c.early,
    )
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
            pairs.c.status,
            pairs.c.attended,
            pairs.c.sessions,
            planned_minutes,
            pairs.c.first_expected,
            sa.and_(
                pairs.c.attended > 0,
                planned_minutes > 0,
                pairs.c.attended * 100 >= Course.completion_threshold_pct * planned_minutes,
            ),
        )
        .select_from(pairs)
        .join(Course, Course.id == pairs.c.course_id)
        .join(Person, Person.id == pairs.c.person_id)
        .outerjoin(starts, starts.c.course_id == pairs.c.course_id)
        .where(Person.deleted.is_(False), Course.deleted.is_(False))
    )


_PARTICIPATION_COLUMNS = (
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
P = Participation.__table__.c


def _stale(only_dirty: bool, column: sa.ColumnElement[str]) -> list[sa.ColumnElement[bool]]:
    return [column.in_(sa.select(ParticipationDirty.course_id))] if only_dirty else []


def _course_summary_select(dialect: str, only_dirty: bool) -> sa.Select[tuple[object, ...]]:
    """One row per live course: start, budget, attended and led minutes by gender."""
    minutes = session_minutes(dialect)
    sessions = (
        sa.select(
            CourseSession.course_id.label("course_id"),
            sa.func.min(CourseSession.starts_at).label("first"),
        )
        .where(CourseSession.deleted.is_(False), *_stale(only_dirty, CourseSession.course_id))
        .group_by(CourseSession.course_id)
        .subquery("first")
    )
    attended = (
        sa.select(
            P.course_id,
            *(
                sa.func.sum(sa.case((P.gender == g, P.attended_minutes), else_=0)).label(g)
                for g in GENDERS
            ),
        )
        .where(*_stale(only_dirty, P.course_id))
        .group_by(P.course_id)
        .subquery("attended")
    )
    led = (
        sa.select(
            CourseLeading.course_id,
            *(
                sa.func.sum(
                    sa.case((CourseLeading.gender == g, CourseLeading.minutes), else_=0)
                ).label(g)
                for g in GENDERS
            ),
        )
        .where(*_stale(only_dirty, CourseLeading.course_id))
        .group_by(CourseLeading.course_id)
        .subquery("led")
    )
    has_leader = sa.exists().where(
        CourseLeader.course_id == CourseSession.course_id, CourseLeader.deleted.is_(False)
    )
    unled = (
        sa.select(CourseSession.course_id, sa.func.sum(minutes).label("minutes"))
        .where(
            CourseSession.deleted.is_(False),
            CourseSession.leader_id.is_(None),
            ~has_leader,
            *_stale(only_dirty, CourseSession.course_id),
        )
        .group_by(CourseSession.course_id)
        .subquery("unled")
    )
    return (
        sa.select(
            Course.id,
            Course.region_code,
            Course.kind,
            Course.status == CourseStatus.CANCELLED.value,
            sessions.c.first,
            Course.budget_sek,
            *(sa.func.coalesce(attended.c[g], 0) for g in GENDERS),
            *(sa.func.coalesce(led.c[g], 0) for g in GENDERS),
            sa.func.coalesce(unled.c.minutes, 0),
        )
        .outerjoin(sessions, sessions.c.course_id == Course.id)
        .outerjoin(attended, attended.c.course_id == Course.id)
        .outerjoin(led, led.c.course_id == Course.id)
        .outerjoin(unled, unled.c.course_id == Course.id)
        .where(Course.deleted.is_(False), *_stale(only_dirty, Course.id))
    )


def _leading_select(dialect: str, only_dirty: bool) -> sa.Select[tuple[object, ...]]:
    """Leaders of live courses with the minutes they led.

    A session is led by its own leader when one is set, else by each of the course's leaders;
    a course leader who led no session of their own still counts, with 0 minutes.
    """
    minutes = session_minutes(dialect)
    live_course = sa.select(Course.id).where(
        Course.deleted.is_(False), *_stale(only_dirty, Course.id)
    )
    course_leaders = (
        sa.select(CourseLeader.course_id, CourseLeader.person_id)
        .where(CourseLeader.deleted.is_(False), CourseLeader.course_id.in_(live_course))
        .cte("leaders")
    )
    own = sa.select(
        CourseSession.course_id.label("course_id"),
        CourseSession.leader_id.label("person_id"),
        minutes.label("minutes"),
    ).where(
        CourseSession.deleted.is_(False),
        CourseSession.leader_id.is_not(None),
        CourseSession.course_id.in_(live_course),
    )
    shared = (
        sa.select(course_leaders.c.course_id, course_leaders.c.person_id, minutes)
        .join(CourseSession, CourseSession.course_id == course_leaders.c.course_id)
        .where(CourseSession.deleted.is_(False), CourseSession.leader_id.is_(None))
    )
    named = sa.select(course_leaders.c.course_id, course_leaders.c.person_id, sa.literal(0))
    led = sa.union_all(own, shared, named).subquery("led")
    return (
        sa.select(led.c.course_id, led.c.person_id, Person.gender, sa.func.sum(led.c.minutes))
        .join(Person, Person.id == led.c.person_id)
        .group_by(led.c.course_id, led.c.person_id, Person.gender)
    )


def _participant_select(only_dirty: bool) -> sa.Select[tuple[object, ...]]:
    """Per person over every course that has begun (a first session), for the programme."""
    not_cancelled = P.cancelled.is_(False)
    enrolled = sa.and_(P.enrolment_status == EnrolmentStatus.ENROLLED.value, not_cancelled)
    no_show = sa.and_(enrolled, P.attended_sessions == 0)
    query = sa.select(
        P.person_id,
        sa.func.max(P.gender),
        sa.func.max(P.role),
        sa.func.max(sa.case((enrolled, 1), else_=0)),
        sa.func.max(sa.case((sa.and_(P.enrolment_status.in_(WAITING), not_cancelled), 1), else_=0)),
        sa.func.max(sa.case((P.attended_sessions > 0, 1), else_=0)),
        sa.func.max(sa.case((P.completed.is_(True), 1), else_=0)),
        sa.func.min(sa.case((no_show, P.first_expected_start), else_=None)),
        sa.func.sum(P.attended_minutes),
    ).where(P.course_start.is_not(None))
    if only_dirty:
        query = query.where(P.person_id.in_(sa.select(ParticipationDirtyPerson.person_id)))
    return query.group_by(P.person_id)


def _participant_region_select(only_dirty: bool) -> sa.Select[tuple[object, ...]]:
    """Persons who attended a training course in a region, and whether they completed one."""
    query = sa.select(
        P.person_id,
        P.region_code,
        sa.func.max(sa.case((P.completed.is_(True), 1), else_=0)),
    ).where(P.kind.in_(TRAINING), P.attended_sessions > 0)
    if only_dirty:
        query = query.where(P.person_id.in_(sa.select(ParticipationDirtyPerson.person_id)))
    return query.group_by(P.person_id, P.region_code)


def _note_persons(session: Session) -> None:
    """Persons on the stale courses: their per-person rows are computed again."""
    dirty_person = ParticipationDirtyPerson.__table__
    persons = sa.select(P.person_id).where(P.course_id.in_(sa.select(ParticipationDirty.course_id)))
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement = pg_insert(dirty_person).from_select(["person_id"], persons)
        session.execute(statement.on_conflict_do_nothing())
    else:
        session.execute(
            sa.insert(dirty_person).prefix_with("OR IGNORE").from_select(["person_id"], persons)
        )


def _write(session: Session, only_dirty: bool) -> None:
    dialect = session.get_bind().dialect.name
    per_course = (Participation, CourseSummary, CourseLeading)
    per_person = (ParticipantSummary, ParticipantRegion)
    if only_dirty:
        _note_persons(session)
        stale = sa.select(ParticipationDirty.course_id)
        for model in per_course:
            table = model.__table__
            session.execute(sa.delete(table).where(table.c.course_id.in_(stale)))
    else:
        for model in (*per_course, *per_person):
            session.execute(sa.delete(model.__table__))
    session.execute(
        sa.insert(Participation.__table__).from_select(
            _PARTICIPATION_COLUMNS, _summary_select(dialect, only_dirty)
        )
    )
    session.execute(
        sa.insert(CourseLeading.__table__).from_select(
            ["course_id", "person_id", "gender", "minutes"], _leading_select(dialect, only_dirty)
        )
    )
    session.execute(
        sa.insert(CourseSummary.__table__).from_select(
            [c.name for c in CourseSummary.__table__.columns],
            _course_summary_select(dialect, only_dirty),
        )
    )
    if only_dirty:
        _note_persons(session)
        persons = sa.select(ParticipationDirtyPerson.person_id)
        for model in per_person:
            table = model.__table__
            session.execute(sa.delete(table).where(table.c.person_id.in_(persons)))
    session.execute(
        sa.insert(ParticipantSummary.__table__).from_select(
            [c.name for c in ParticipantSummary.__table__.columns],
            _participant_select(only_dirty),
        )
    )
    session.execute(
        sa.insert(ParticipantRegion.__table__).from_select(
            ["person_id", "region_code", "completed"], _participant_region_select(only_dirty)
        )
    )
    session.execute(sa.delete(ParticipationDirtyPerson.__table__))
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
    """Compute everything again (tests compare this with what `refresh` kept)."""
    _lock(session)
    _write(session, only_dirty=False)


def suspend_triggers(connection: sa.Connection, table_names: Iterable[str]) -> list[str]:
    """SQLite: drop the summary's triggers on these tables for a bulk load; the statements
    that make them again (run them, then `mark_all_stale`, in the same transaction).

    DDL is transactional in SQLite: a load that fails or is killed gets them back as they
    were. On PostgreSQL nothing is dropped (and nothing returned).
    """
    if connection.dialect.name != "sqlite":
        return []
    names = sorted(set(table_names) & WATCHED_TABLES)
    if not names:
        return []
    marks = ", ".join("?" for _ in names)
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(names),
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in found]


def mark_all_stale(connection: sa.Connection) -> None:
    """After a bulk load without triggers: every course is computed again at the next read."""
    dirty = ParticipationDirty.__table__
    connection.execute(sa.delete(dirty))
    connection.execute(sa.insert(dirty).from_select(["course_id"], sa.select(Course.id)))
