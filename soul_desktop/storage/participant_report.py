"""The participant report's figures (Deltagarredovisning), aggregated in SQL.

A participant is a person marked present or partly present at a session that starts in the
period, of a live course in the region (every region when none is named). Deleted courses,
sessions and attendance never count; a duplicate merged away has had its attendance moved to
the person kept, so he or she counts once.

Every figure comes from one query: the attendance rows are grouped into one row per course
and person (a common table expression), those are grouped again per level (course, region,
whole report) and person, so a person counts once per course, once per region and once in the
total however many sessions or courses, and then counted by gender, age band and education
band with COUNT(DISTINCT person). Hours are
the minutes attended (the whole session when present, the minutes recorded when partly
present), like `stats`.

Age is a year count: the period's end year minus the birth year; with the period's end open,
the year of the course's first session minus the birth year. A person on several courses in a
region (or the report) is placed, for that level, by the earliest such year of his or hers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.domain.fourr import Period
from soul_desktop.storage.models import Attendance, Course, CourseSession, Person, Region

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)

# Age bands by code, in the report's order; the limits are inclusive ages.
AGE_UNDER_25 = "under_25"
AGE_25_54 = "25_54"
AGE_OVER_54 = "over_54"
AGE_UNKNOWN = "unknown"
AGE_BANDS = (AGE_UNDER_25, AGE_25_54, AGE_OVER_54, AGE_UNKNOWN)

Level = Literal["course", "region", "total"]

A = Attendance.__table__.c
S = CourseSession.__table__.c
C = Course.__table__.c
P = Person.__table__.c


def _bounds(period: Period) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The period as [start, end) moments."""
    start = None if period.start is None else dt.datetime.combine(period.start, dt.time())
    end = (
        None
        if period.end is None
        else dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    )
    return start, end


def _session_filter(period: Period, region_code: str | None) -> list[sa.ColumnElement[bool]]:
    """Live sessions of live courses, starting in the period, in the region."""
    start, end = _bounds(period)
    conditions: list[sa.ColumnElement[bool]] = [S.deleted.is_(False), C.deleted.is_(False)]
    if start is not None:
        conditions.append(S.starts_at >= start)
    if end is not None:
        conditions.append(S.starts_at < end)
    if region_code is not None:
        conditions.append(C.region_code == region_code)
    return conditions


def region_exists(session: Session, code: str) -> bool:
    return session.execute(sa.select(Region.code).where(Region.code == code)).first() is not None


def regions(session: Session, code: str | None) -> list[tuple[str, str]]:
    """(code, Swedish name) of the region, or of every region without one, by code."""
    query = sa.select(Region.code, Region.name_sv).order_by(Region.code)
    if code is not None:
        query = query.where(Region.code == code)
    return [(str(c), str(n)) for c, n in session.execute(query)]


def courses(
    session: Session, period: Period, region_code: str | None
) -> list[tuple[str, str, str, str, dt.datetime, dt.datetime, int]]:
    """(id, title, region, status, first and last session start, sessions) of every live
    course with a live session in the period, by region, first session and title."""
    first = sa.func.min(S.starts_at).label("first")
    query = (
        sa.select(
            C.id,
            C.title,
            C.region_code,
            C.status,
            first,
            sa.func.max(S.starts_at),
            sa.func.count(S.id),
        )
        .select_from(CourseSession.__table__.join(Course.__table__, C.id == S.course_id))
        .where(*_session_filter(period, region_code))
        .group_by(C.id, C.title, C.region_code, C.status)
        .order_by(C.region_code, first, C.title, C.id)
    )
    return [
        (str(i), str(t), str(r), str(s), f, last, int(n))
        for i, t, r, s, f, last, n in session.execute(query)
    ]


def _first_session_years() -> sa.Subquery:
    """Each live course's first session year."""
    return (
        sa.select(
            S.course_id.label("course_id"),
            sa.extract("year", sa.func.min(S.starts_at)).label("first_year"),
        )
        .where(S.deleted.is_(False))
        .group_by(S.course_id)
        .subquery("first_session")
    )


def _age_band(age: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.case(
        (age.is_(None), AGE_UNKNOWN),
        (age < 25, AGE_UNDER_25),
        (age <= 54, AGE_25_54),
        else_=AGE_OVER_54,
    )


def cells(
    session: Session, period: Period, region_code: str | None
) -> Sequence[tuple[Level, str, str, str, str, int, int]]:
    """(level, key, gender, age band, education band, persons, minutes) for every combination
    that has participants, at every level; key is the course id, the region code, or "" for
    the whole report.

    Within a level and key each person falls in exactly one combination, so the
    combinations' persons add up to the key's unique persons. The attendance rows are read
    once, into one row per course and person; the three levels are counted from those.
    """
    if period.end is not None:
        reference_year: sa.ColumnElement[Any] = sa.literal(period.end.year)
        source = (
            Attendance.__table__.join(CourseSession.__table__, S.id == A.session_id)
            .join(Course.__table__, C.id == S.course_id)
            .join(Person.__table__, P.id == A.person_id)
        )
    else:
        first = _first_session_years()
        reference_year = first.c.first_year
        source = (
            Attendance.__table__.join(CourseSession.__table__, S.id == A.session_id)
            .join(Course.__table__, C.id == S.course_id)
            .join(Person.__table__, P.id == A.person_id)
            .join(first, first.c.course_id == C.id)
        )
    person_columns = (A.person_id, P.gender, P.education_band, P.birth_year)
    per_course = (
        sa.select(
            C.id.label("course_id"),
            C.region_code.label("region_code"),
            A.person_id.label("person_id"),
            P.gender.label("gender"),
            P.education_band.label("education"),
            P.birth_year.label("birth_year"),
            sa.func.min(reference_year).label("reference_year"),
            sa.func.sum(A.minutes).label("minutes"),
        )
        .select_from(source)
        .where(
            A.deleted.is_(False),
            A.status.in_(ATTENDED),
            *_session_filter(period, region_code),
        )
        .group_by(C.id, C.region_code, *person_columns)
        .cte("per_course")
    )
    pc = per_course.c
    levels: list[sa.Select[Any]] = []
    for level, key in (
        ("course", pc.course_id),
        ("region", pc.region_code),
        ("total", None),
    ):
        # One row per key and person: a person counts once per course, region and in total.
        keys = [] if key is None else [key]
        per_person = (
            sa.select(
                (key if key is not None else sa.literal_column("''")).label("key"),
                pc.person_id,
                pc.gender,
                pc.education,
                pc.birth_year,
                sa.func.min(pc.reference_year).label("reference_year"),
                sa.func.sum(pc.minutes).label("minutes"),
            )
            .group_by(*keys, pc.person_id, pc.gender, pc.education, pc.birth_year)
            .subquery(f"per_{level}_person")
        )
        r = per_person.c
        band = _age_band(r.reference_year - r.birth_year)
        levels.append(
            sa.select(
                sa.literal_column(f"'{level}'").label("level"),
                r.key,
                r.gender,
                band.label("age_band"),
                r.education,
                sa.func.count(sa.distinct(r.person_id)).label("persons"),
                sa.func.coalesce(sa.func.sum(r.minutes), 0).label("minutes"),
            ).group_by(r.key, r.gender, band, r.education)
        )
    query = sa.union_all(*levels)
    return [
        (lv, str(k), str(g), str(b), str(e), int(n), int(m or 0))
        for lv, k, g, b, e, n, m in session.execute(query)
    ]
