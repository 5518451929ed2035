"""The 4R figures computed from the data (R1 representation, R2 resources), aggregated in SQL.

Most figures read the participation summary (one row per person and course, kept fresh by
`storage.participation`); leaders and budgets read the sessions and courses. Definitions:
docs/fourr-and-targets.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import (
    CourseStatus,
    EnrolmentStatus,
    FourRUnitKind,
    Gender,
    ParticipantRole,
)
from soul_desktop.domain.fourr import (
    R1_ROLES,
    AreaHours,
    BoardCount,
    FourRUnit,
    GenderCounts,
    Period,
    R1Figures,
    R2Figures,
    RoleCounts,
)
from soul_desktop.storage.models import (
    CompetenceArea,
    Course,
    CourseArea,
    CourseLeader,
    CourseSession,
    NetworkBoardMember,
    Participation,
    Person,
    RegionalNetwork,
)
from soul_desktop.storage.participation import session_minutes

P = Participation.__table__.c
WAITING = (EnrolmentStatus.WAITLISTED.value, EnrolmentStatus.OFFERED.value)


def _bounds(period: Period) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The period as [start, end) moments."""
    start = None if period.start is None else dt.datetime.combine(period.start, dt.time())
    end = (
        None
        if period.end is None
        else dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    )
    return start, end


def _in_period(column: sa.ColumnElement[Any], period: Period) -> list[sa.ColumnElement[bool]]:
    """A course's first start falls in the period; without sessions only in an open period."""
    start, end = _bounds(period)
    conditions: list[sa.ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


def _area_courses(area_code: str) -> sa.Select[tuple[str]]:
    return sa.select(CourseArea.course_id).where(
        CourseArea.area_code == area_code, CourseArea.deleted.is_(False)
    )


def participation_filter(unit: FourRUnit, period: Period) -> list[sa.ColumnElement[bool]]:
    """Summary rows of the unit's courses that start in the period."""
    conditions = _in_period(P.course_start, period)
    if unit.kind is FourRUnitKind.REGION:
        conditions.append(P.region_code == unit.key)
    elif unit.kind is FourRUnitKind.COURSE:
        conditions.append(P.course_id == unit.key)
    elif unit.kind is FourRUnitKind.COMPETENCE_AREA:
        conditions.append(P.course_id.in_(_area_courses(unit.key)))
    return conditions


def _counts(rows: Iterable[tuple[Any, Any]]) -> GenderCounts:
    values: dict[str, float] = {}
    for gender, amount in rows:
        values[str(gender)] = values.get(str(gender), 0) + float(amount or 0)
    return GenderCounts.from_mapping(values)


def _int_counts(values: dict[str, float]) -> GenderCounts:
    return GenderCounts.from_mapping({k: int(v) for k, v in values.items()})


# -- R1 -------------------------------------------------------------------------------------
def _flag(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    return sa.func.max(sa.case((condition, 1), else_=0))


def person_flags(unit: FourRUnit, period: Period, now: dt.datetime) -> sa.Subquery:
    """One row per person in the unit and period: gender, role, what they did, minutes."""
    not_cancelled = P.cancelled.is_(False)
    enrolled = sa.and_(P.enrolment_status == EnrolmentStatus.ENROLLED.value, not_cancelled)
    return (
        sa.select(
            P.person_id,
            P.gender,
            P.role,
            _flag(enrolled).label("enrolled"),
            _flag(sa.and_(P.enrolment_status.in_(WAITING), not_cancelled)).label("waitlisted"),
            _flag(P.attended_sessions > 0).label("attended"),
            _flag(P.completed.is_(True)).label("completed"),
            _flag(sa.and_(enrolled, P.attended_sessions == 0, P.first_expected_start <= now)).label(
                "no_show"
            ),
            sa.func.sum(P.attended_minutes).label("minutes"),
        )
        .where(*participation_filter(unit, period))
        .group_by(P.person_id, P.gender, P.role)
        .subquery("persons")
    )


def persons_and_hours(
    session: Session, unit: FourRUnit, period: Period, now: dt.datetime
) -> tuple[dict[str, GenderCounts], tuple[RoleCounts, ...], GenderCounts, GenderCounts]:
    """R1's five steps and roles, and R2's hours and attended persons, in one pass.

    Roles count the participants: persons enrolled on a course that was not cancelled, or who
    attended.
    """
    flags = person_flags(unit, period, now)
    participant = sa.or_(flags.c.enrolled == 1, flags.c.attended == 1)
    rows = session.execute(
        sa.select(
            flags.c.gender,
            flags.c.role,
            sa.func.sum(flags.c.enrolled),
            sa.func.sum(flags.c.waitlisted),
            sa.func.sum(flags.c.attended),
            sa.func.sum(flags.c.completed),
            sa.func.sum(flags.c.no_show),
            sa.func.sum(sa.case((participant, 1), else_=0)),
            sa.func.sum(flags.c.minutes),
        ).group_by(flags.c.gender, flags.c.role)
    ).all()
    steps = ("enrolled", "waitlisted", "attended", "completed", "no_show")
    totals: dict[str, dict[str, float]] = {step: {} for step in steps}
    roles: dict[str, dict[str, float]] = {}
    minutes: dict[str, float] = {}
    for gender, role, *values in rows:
        gender = str(gender)
        for step, value in zip(steps, values[:5], strict=True):
            totals[step][gender] = totals[step].get(gender, 0) + int(value or 0)
        roles.setdefault(str(role), {})[gender] = int(values[5] or 0)
        minutes[gender] = minutes.get(gender, 0) + int(values[6] or 0)
    role_counts = tuple(
        RoleCounts(role, _int_counts(roles.get(role.value, {})))
        for role in R1_ROLES
        if role is not ParticipantRole.COURSE_LEADER or role.value in roles
    )
    hours = GenderCounts.from_mapping({g: m / 60 for g, m in minutes.items()})
    return (
        {step: _int_counts(values) for step, values in totals.items()},
        role_counts,
        hours,
        _int_counts(totals["attended"]),
    )


# -- sessions and their leaders ---------------------------------------------------------------
def _course_starts() -> sa.Subquery:
    return (
        sa.select(
            CourseSession.course_id.label("course_id"),
            sa.func.min(CourseSession.starts_at).label("first"),
        )
        .where(CourseSession.deleted.is_(False))
        .group_by(CourseSession.course_id)
        .subquery("course_starts")
    )


def unit_courses(unit: FourRUnit, period: Period) -> sa.Select[tuple[str]]:
    """Live, not cancelled courses of the unit whose first session starts in the period."""
    starts = _course_starts()
    query = (
        sa.select(Course.id)
        .outerjoin(starts, starts.c.course_id == Course.id)
        .where(Course.deleted.is_(False), Course.status != CourseStatus.CANCELLED.value)
        .where(*_in_period(starts.c.first, period))
    )
    if period.start is not None or period.end is not None:
        query = query.where(starts.c.first.is_not(None))
    if unit.kind is FourRUnitKind.REGION:
        query = query.where(Course.region_code == unit.key)
    elif unit.kind is FourRUnitKind.COURSE:
        query = query.where(Course.id == unit.key)
    elif unit.kind is FourRUnitKind.COMPETENCE_AREA:
        query = query.where(Course.id.in_(_area_courses(unit.key)))
    return query


def leaders(
    session: Session, unit: FourRUnit, period: Period
) -> tuple[GenderCounts, GenderCounts, float]:
    """Leaders by gender (persons), their hours by gender, and hours with no leader recorded.

    A session is led by its own leader when one is set, else by each of the course's leaders
    (co-leaders each give the whole session's hours).
    """
    dialect = session.get_bind().dialect.name
    courses = unit_courses(unit, period).cte("unit_courses")
    sessions = (
        sa.select(
            CourseSession.id.label("id"),
            CourseSession.course_id.label("course_id"),
            CourseSession.leader_id.label("leader_id"),
            session_minutes(dialect).label("minutes"),
        )
        .where(
            CourseSession.deleted.is_(False),
            CourseSession.course_id.in_(sa.select(courses.c.id)),
        )
        .cte("unit_sessions")
    )
    course_leaders = (
        sa.select(CourseLeader.course_id, CourseLeader.person_id)
        .where(
            CourseLeader.deleted.is_(False),
            CourseLeader.course_id.in_(sa.select(courses.c.id)),
        )
        .cte("unit_leaders")
    )
    led = sa.union_all(
        sa.select(sessions.c.leader_id.label("person_id"), sessions.c.minutes).where(
            sessions.c.leader_id.is_not(None)
        ),
        sa.select(course_leaders.c.person_id, sessions.c.minutes)
        .join(course_leaders, course_leaders.c.course_id == sessions.c.course_id)
        .where(sessions.c.leader_id.is_(None)),
    ).subquery("led")
    hours = _counts(
        (gender, minutes / 60)
        for gender, minutes in session.execute(
            sa.select(Person.gender, sa.func.sum(led.c.minutes))
            .select_from(led)
            .join(Person, Person.id == led.c.person_id)
            .group_by(Person.gender)
        )
    )
    everyone = sa.union(
        sa.select(sessions.c.leader_id.label("person_id")).where(sessions.c.leader_id.is_not(None)),
        sa.select(course_leaders.c.person_id),
    ).subquery("everyone")
    persons = _counts(
        session.execute(
            sa.select(Person.gender, sa.func.count())
            .select_from(everyone)
            .join(Person, Person.id == everyone.c.person_id)
            .group_by(Person.gender)
        ).all()
    )
    unrecorded = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(sessions.c.minutes), 0)).where(
            sessions.c.leader_id.is_(None),
            ~sa.exists().where(course_leaders.c.course_id == sessions.c.course_id),
        )
    ).scalar_one()
    return _int_counts({g.value: persons.get(g) for g in Gender}), hours, int(unrecorded) / 60


# -- R2 ---------------------------------------------------------------------------------------
def area_hours(session: Session, unit: FourRUnit, period: Period) -> tuple[AreaHours, ...]:
    """Attended hours per competence area and gender; a course with two areas counts in both."""
    rows = session.execute(
        sa.select(CourseArea.area_code, P.gender, sa.func.sum(P.attended_minutes))
        .select_from(Participation)
        .join(
            CourseArea,
            sa.and_(CourseArea.course_id == P.course_id, CourseArea.deleted.is_(False)),
        )
        .where(*participation_filter(unit, period), P.attended_minutes > 0)
        .group_by(CourseArea.area_code, P.gender)
    ).all()
    by_area: dict[str, dict[str, float]] = {}
    for code, gender, minutes in rows:
        by_area.setdefault(code, {})[str(gender)] = int(minutes or 0) / 60
    if not by_area:
        return ()
    names = dict(
        session.execute(
            sa.select(CompetenceArea.code, CompetenceArea.name_sv).where(
                CompetenceArea.code.in_(sorted(by_area))
            )
        ).all()
    )
    return tuple(
        AreaHours(code, names.get(code, code), GenderCounts.from_mapping(values))
        for code, values in sorted(by_area.items())
    )


def budget(session: Session, unit: FourRUnit, period: Period) -> tuple[GenderCounts, float]:
    """Course budgets divided by gender in proportion to participant-hours; what nobody used.

    Cancelled courses are left out; a course nobody attended gives its whole budget to the
    unallocated sum.
    """
    courses = unit_courses(unit, period).cte("budget_courses")
    totals = (
        sa.select(P.course_id, sa.func.sum(P.attended_minutes).label("minutes"))
        .where(P.course_id.in_(sa.select(courses.c.id)))
        .group_by(P.course_id)
        .having(sa.func.sum(P.attended_minutes) > 0)
        .subquery("totals")
    )
    shared = session.execute(
        sa.select(
            P.gender,
            sa.func.sum(
                sa.cast(Course.budget_sek, sa.Float) * P.attended_minutes / totals.c.minutes
            ),
        )
        .select_from(Participation)
        .join(totals, totals.c.course_id == P.course_id)
        .join(Course, Course.id == P.course_id)
        .where(Course.budget_sek.is_not(None), P.attended_minutes > 0)
        .group_by(P.gender)
    ).all()
    unallocated = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(Course.budget_sek), 0)).where(
            Course.id.in_(sa.select(courses.c.id)),
            Course.id.not_in(sa.select(totals.c.course_id)),
        )
    ).scalar_one()
    return _counts(shared), float(unallocated)


# -- network boards ---------------------------------------------------------------------------
def network_boards(session: Session, unit: FourRUnit) -> tuple[BoardCount, ...]:
    """Boards of the live regional networks in the programme or the region, by gender."""
    if unit.kind not in (FourRUnitKind.PROGRAMME, FourRUnitKind.REGION):
        return ()
    query = (
        sa.select(
            RegionalNetwork.id,
            RegionalNetwork.name,
            RegionalNetwork.region_code,
            NetworkBoardMember.gender,
            sa.func.count(NetworkBoardMember.id),
        )
        .outerjoin(
            NetworkBoardMember,
            sa.and_(
                NetworkBoardMember.network_id == RegionalNetwork.id,
                NetworkBoardMember.deleted.is_(False),
            ),
        )
        .where(RegionalNetwork.deleted.is_(False))
        .group_by(
            RegionalNetwork.id,
            RegionalNetwork.name,
            RegionalNetwork.region_code,
            NetworkBoardMember.gender,
        )
        .order_by(RegionalNetwork.region_code, RegionalNetwork.name)
    )
    if unit.kind is FourRUnitKind.REGION:
        query = query.where(RegionalNetwork.region_code == unit.key)
    boards: dict[str, tuple[str, str, dict[str, float]]] = {}
    for network_id, name, region, gender, count in session.execute(query):
        entry = boards.setdefault(network_id, (name, region, {}))
        if gender is not None:
            entry[2][str(gender)] = int(count)
    return tuple(
        BoardCount(network_id, name, region, _int_counts(values))
        for network_id, (name, region, values) in boards.items()
    )


def course_count(session: Session, unit: FourRUnit, period: Period) -> int:
    return int(
        session.execute(
            sa.select(sa.func.count()).select_from(unit_courses(unit, period).subquery())
        ).scalar_one()
    )


def figures(
    session: Session, unit: FourRUnit, period: Period, now: dt.datetime
) -> tuple[R1Figures, R2Figures]:
    steps, roles, hours, attended_persons = persons_and_hours(session, unit, period, now)
    leader_persons, leader_hours, unrecorded = leaders(session, unit, period)
    shared, unallocated = budget(session, unit, period)
    r1 = R1Figures(
        enrolled=steps["enrolled"],
        waitlisted=steps["waitlisted"],
        attended=steps["attended"],
        completed=steps["completed"],
        no_show=steps["no_show"],
        leaders=leader_persons,
        roles=roles,
        network_boards=network_boards(session, unit),
    )
    r2 = R2Figures(
        attended_hours=hours,
        attended_persons=attended_persons,
        area_hours=area_hours(session, unit, period),
        budget_sek=shared,
        budget_unallocated_sek=unallocated,
        leader_hours=leader_hours,
        leader_hours_unrecorded=unrecorded,
    )
    return r1, r2
