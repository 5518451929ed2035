"""The 4R figures computed from the data (R1 representation, R2 resources), aggregated in SQL.

Everything is read from the summaries `storage.participation` keeps fresh: persons from the
per-person-and-course rows (or, for the whole programme over a period holding every course,
the per-person rows), hours, budgets and leaders from the per-course rows. A course counts
whole in the period in which its first session starts; one without sessions in none.
Definitions: docs/fourr-and-targets.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import (
    EnrolmentStatus,
    FourRUnitKind,
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
    CourseArea,
    CourseLeading,
    CourseSummary,
    NetworkBoardMember,
    ParticipantSummary,
    Participation,
    RegionalNetwork,
)
from soul_desktop.storage.participation import GENDERS, WAITING

P = Participation.__table__.c
C = CourseSummary.__table__.c
PS = ParticipantSummary.__table__.c


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
    """A course's first start is set and falls in the period."""
    start, end = _bounds(period)
    conditions: list[sa.ColumnElement[bool]] = [column.is_not(None)]
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


def _area_courses(area_code: str) -> sa.Select[tuple[str]]:
    return sa.select(CourseArea.course_id).where(
        CourseArea.area_code == area_code, CourseArea.deleted.is_(False)
    )


def _unit_filter(
    unit: FourRUnit, region: sa.ColumnElement[str], course: sa.ColumnElement[str]
) -> list[sa.ColumnElement[bool]]:
    if unit.kind is FourRUnitKind.REGION:
        return [region == unit.key]
    if unit.kind is FourRUnitKind.COURSE:
        return [course == unit.key]
    if unit.kind is FourRUnitKind.COMPETENCE_AREA:
        return [course.in_(_area_courses(unit.key))]
    return []


def participation_filter(unit: FourRUnit, period: Period) -> list[sa.ColumnElement[bool]]:
    """Per-person-and-course rows of the unit's courses that start in the period."""
    return [*_in_period(P.course_start, period), *_unit_filter(unit, P.region_code, P.course_id)]


def course_filter(unit: FourRUnit, period: Period) -> list[sa.ColumnElement[bool]]:
    """Per-course rows of the unit's courses that start in the period."""
    return [*_in_period(C.course_start, period), *_unit_filter(unit, C.region_code, C.course_id)]


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


def _holds_every_course(session: Session, period: Period) -> bool:
    """Whether the period holds the first session of every course that has one."""
    if period.start is None and period.end is None:
        return True
    first, last = session.execute(
        sa.select(sa.func.min(C.course_start), sa.func.max(C.course_start))
    ).one()
    if first is None:
        return True
    start, end = _bounds(period)
    return (start is None or first >= start) and (end is None or last < end)


def _person_rows(
    session: Session, unit: FourRUnit, period: Period, now: dt.datetime
) -> sa.Subquery:
    """One row per person in the unit and period: gender, role, what they did, minutes."""
    if unit.kind is FourRUnitKind.PROGRAMME and _holds_every_course(session, period):
        # The per-person rows cover exactly these courses: read them as they are.
        return sa.select(
            PS.person_id,
            PS.gender,
            PS.role,
            PS.enrolled,
            PS.waitlisted,
            PS.attended,
            PS.completed,
            sa.case((PS.no_show_from <= now, 1), else_=0).label("no_show"),
            PS.minutes,
        ).subquery("persons")
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


def persons(
    session: Session, unit: FourRUnit, period: Period, now: dt.datetime
) -> tuple[dict[str, GenderCounts], tuple[RoleCounts, ...]]:
    """R1's five steps (and attended persons for R2) and the participants' roles, one pass.

    Participants are persons enrolled on a course that was not cancelled, or who attended.
    """
    flags = _person_rows(session, unit, period, now)
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
        ).group_by(flags.c.gender, flags.c.role)
    ).all()
    steps = ("enrolled", "waitlisted", "attended", "completed", "no_show")
    totals: dict[str, dict[str, float]] = {step: {} for step in steps}
    roles: dict[str, dict[str, float]] = {}
    for gender, role, *values in rows:
        gender = str(gender)
        for step, value in zip(steps, values[:5], strict=True):
            totals[step][gender] = totals[step].get(gender, 0) + int(value or 0)
        if values[5]:
            roles.setdefault(str(role), {})[gender] = int(values[5])
    role_counts = tuple(
        RoleCounts(role, _int_counts(roles.get(role.value, {})))
        for role in R1_ROLES
        if role is not ParticipantRole.COURSE_LEADER or role.value in roles
    )
    return {step: _int_counts(values) for step, values in totals.items()}, role_counts


# -- per-course figures -----------------------------------------------------------------------
def _sum_by_gender(
    session: Session, prefix: str, conditions: list[sa.ColumnElement[bool]]
) -> GenderCounts:
    row = session.execute(
        sa.select(*(sa.func.coalesce(sa.func.sum(C[f"{prefix}_{g}"]), 0) for g in GENDERS)).where(
            *conditions
        )
    ).one()
    return GenderCounts(*(int(v) / 60 for v in row))


def attended_hours(session: Session, unit: FourRUnit, period: Period) -> GenderCounts:
    """Hours attended by gender (cancelled courses too: the hours were spent)."""
    return _sum_by_gender(session, "minutes", course_filter(unit, period))


def leaders(
    session: Session, unit: FourRUnit, period: Period
) -> tuple[GenderCounts, GenderCounts, float]:
    """Leaders by gender (persons), their hours by gender, and hours with no leader recorded.

    Cancelled courses are left out. A session is led by its own leader when one is set, else
    by each of the course's leaders (co-leaders each give the whole session's hours).
    """
    conditions = [*course_filter(unit, period), C.cancelled.is_(False)]
    courses = sa.select(C.course_id).where(*conditions)
    persons = _counts(
        session.execute(
            sa.select(CourseLeading.gender, sa.func.count(sa.distinct(CourseLeading.person_id)))
            .where(CourseLeading.course_id.in_(courses))
            .group_by(CourseLeading.gender)
        ).all()
    )
    hours = _sum_by_gender(session, "leader_minutes", conditions)
    unled = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(C.unled_minutes), 0)).where(*conditions)
    ).scalar_one()
    return persons, hours, int(unled) / 60


def area_hours(session: Session, unit: FourRUnit, period: Period) -> tuple[AreaHours, ...]:
    """Attended hours per competence area and gender; a course with two areas counts in both."""
    rows = session.execute(
        sa.select(
            CourseArea.area_code,
            *(sa.func.sum(C[f"minutes_{g}"]) for g in GENDERS),
        )
        .join(
            CourseArea,
            sa.and_(CourseArea.course_id == C.course_id, CourseArea.deleted.is_(False)),
        )
        .where(*course_filter(unit, period))
        .group_by(CourseArea.area_code)
        .having(sa.func.sum(sum(C[f"minutes_{g}"] for g in GENDERS)) > 0)
        .order_by(CourseArea.area_code)
    ).all()
    if not rows:
        return ()
    names = dict(
        session.execute(
            sa.select(CompetenceArea.code, CompetenceArea.name_sv).where(
                CompetenceArea.code.in_([row[0] for row in rows])
            )
        ).all()
    )
    return tuple(
        AreaHours(code, names.get(code, code), GenderCounts(*(int(m or 0) / 60 for m in minutes)))
        for code, *minutes in rows
    )


def budget(session: Session, unit: FourRUnit, period: Period) -> tuple[GenderCounts, float]:
    """Course budgets divided by gender in proportion to participant-hours; what nobody used.

    Cancelled courses are left out; a course nobody attended gives its whole budget to the
    unallocated sum.
    """
    conditions = [*course_filter(unit, period), C.cancelled.is_(False), C.budget_sek.is_not(None)]
    total = sum(C[f"minutes_{g}"] for g in GENDERS)
    row = session.execute(
        sa.select(
            *(
                sa.func.coalesce(
                    sa.func.sum(
                        sa.case(
                            (
                                total > 0,
                                sa.cast(C.budget_sek, sa.Float) * C[f"minutes_{g}"] / total,
                            ),
                            else_=0,
                        )
                    ),
                    0,
                )
                for g in GENDERS
            ),
            sa.func.coalesce(sa.func.sum(sa.case((total == 0, C.budget_sek), else_=0)), 0),
        ).where(*conditions)
    ).one()
    return GenderCounts(*(float(v) for v in row[:4])), float(row[4])


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
    """Courses the figures rest on: of the unit, started in the period, not cancelled."""
    return int(
        session.execute(
            sa.select(sa.func.count()).where(*course_filter(unit, period), C.cancelled.is_(False))
        ).scalar_one()
    )


def figures(
    session: Session, unit: FourRUnit, period: Period, now: dt.datetime
) -> tuple[R1Figures, R2Figures]:
    steps, roles = persons(session, unit, period, now)
    hours = attended_hours(session, unit, period)
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
        attended_persons=steps["attended"],
        area_hours=area_hours(session, unit, period),
        budget_sek=shared,
        budget_unallocated_sek=unallocated,
        leader_hours=leader_hours,
        leader_hours_unrecorded=unrecorded,
    )
    return r1, r2
