"""Aggregate figures computed in SQL: table counts and persons and hours by region and gender."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.domain.records import OverviewFigures
from soul_desktop.storage.base import Base
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseSession,
    Enrolment,
    Organisation,
    Person,
)

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)


def table_counts(session: Session) -> dict[str, int]:
    """Rows per table; synced tables count live rows only (tombstones left out)."""
    counts: dict[str, int] = {}
    for name, table in sorted(Base.metadata.tables.items()):
        query = sa.select(sa.func.count()).select_from(table)
        if "deleted" in table.c:
            query = query.where(table.c.deleted.is_(False))
        counts[name] = int(session.execute(query).scalar_one())
    return counts


def persons_by_region_gender(session: Session) -> dict[str, dict[str, int]]:
    """Live, unmerged persons by owning region (partition) and gender."""
    rows = session.execute(
        sa.select(Person.partition, Person.gender, sa.func.count())
        .where(Person.deleted.is_(False), Person.merged_into_id.is_(None))
        .group_by(Person.partition, Person.gender)
        .order_by(Person.partition, Person.gender)
    )
    result: dict[str, dict[str, int]] = {}
    for partition, gender, count in rows:
        result.setdefault(partition, {})[str(gender)] = int(count)
    return result


def _attended_minutes_query() -> sa.Select[tuple[str, str, int]]:
    return (
        sa.select(Course.region_code, Person.gender, sa.func.sum(Attendance.minutes))
        .select_from(Attendance)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .join(Person, Person.id == Attendance.person_id)
        .where(
            Attendance.deleted.is_(False),
            Attendance.status.in_(ATTENDED),
            CourseSession.deleted.is_(False),
            Course.deleted.is_(False),
        )
        .group_by(Course.region_code, Person.gender)
        .order_by(Course.region_code, Person.gender)
    )


def attended_hours_by_region_gender(session: Session) -> dict[str, dict[str, float]]:
    """Attended hours by the course's region and the participant's gender."""
    result: dict[str, dict[str, float]] = {}
    for region, gender, minutes in session.execute(_attended_minutes_query()):
        result.setdefault(region, {})[str(gender)] = round(int(minutes or 0) / 60, 2)
    return result


def overview(session: Session) -> OverviewFigures:
    def live(model: type[Base]) -> int:
        table = model.__table__
        query = sa.select(sa.func.count()).select_from(table).where(table.c.deleted.is_(False))
        return int(session.execute(query).scalar_one())

    minutes = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(Attendance.minutes), 0)).where(
            Attendance.deleted.is_(False), Attendance.status.in_(ATTENDED)
        )
    ).scalar_one()
    return OverviewFigures(
        organisations=live(Organisation),
        persons=live(Person),
        courses=live(Course),
        sessions=live(CourseSession),
        enrolments=live(Enrolment),
        attendance_rows=live(Attendance),
        attended_hours=round(int(minutes) / 60, 1),
    )
