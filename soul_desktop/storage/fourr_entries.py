"""Queries and writes for the 4R entries made by hand, and the 4R unit picker's choices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import FourRUnitKind
from soul_desktop.domain.fourr import (
    FourRUnit,
    GenderCounts,
    Period,
    R1CountRecord,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
)
from soul_desktop.domain.records import RegionChoice
from soul_desktop.storage.models import (
    CompetenceArea,
    Course,
    CourseSession,
    R1Count,
    R2Resource,
    R3Analysis,
    R4Action,
    Region,
)

Entry = TypeVar("Entry", R1Count, R2Resource, R3Analysis, R4Action)
EntryModel = type[R1Count] | type[R2Resource] | type[R3Analysis] | type[R4Action]


# -- filters ------------------------------------------------------------------------------
def _of_unit(model: EntryModel, unit: FourRUnit) -> list[sa.ColumnElement[bool]]:
    return [model.unit_kind == unit.kind, model.unit_key == unit.key]


def _overlapping(model: EntryModel, period: Period) -> list[sa.ColumnElement[bool]]:
    """Entries valid in some part of `period`, or valid always (no dates): `Period.overlaps`."""
    conditions: list[sa.ColumnElement[bool]] = []
    if period.end is not None:
        conditions.append(sa.or_(model.period_start.is_(None), model.period_start <= period.end))
    if period.start is not None:
        conditions.append(sa.or_(model.period_end.is_(None), model.period_end >= period.start))
    return conditions


def _same_period(model: EntryModel, period: Period) -> list[sa.ColumnElement[bool]]:
    """Entries written for exactly `period` (an open side matches only an open side)."""
    return [
        model.period_start.is_(None)
        if period.start is None
        else model.period_start == period.start,
        model.period_end.is_(None) if period.end is None else model.period_end == period.end,
    ]


def _unit(row: R1Count | R2Resource | R3Analysis | R4Action) -> FourRUnit:
    return FourRUnit(row.unit_kind, row.unit_key)


# -- rows ---------------------------------------------------------------------------------
def get_entry(session: Session, model: type[Entry], entry_id: str) -> Entry | None:
    """The row, tombstone or not."""
    return session.get(model, entry_id)


def add_entry(
    session: Session, model: type[Entry], entry_id: str, unit: FourRUnit, values: Mapping[str, Any]
) -> Entry:
    # The partition is left to the unit of work: the installation's region, or national.
    row = model(id=entry_id, unit_kind=unit.kind, unit_key=unit.key, **values)
    session.add(row)
    return row


def write_entry(row: Entry, values: Mapping[str, Any]) -> None:
    """Set the fields that differ, so an edit versions only what it changed."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


# -- records ------------------------------------------------------------------------------
def r1_record(row: R1Count) -> R1CountRecord:
    return R1CountRecord(
        id=row.id,
        unit=_unit(row),
        body=row.body,
        body_name=row.body_name,
        counted_on=row.counted_on,
        counts=GenderCounts(row.women, row.men, row.other, row.not_stated),
        period_start=row.period_start,
        period_end=row.period_end,
    )


def _decimal(value: Decimal | float | int | None) -> Decimal:
    # SQLite hands back what it stored; two decimals, as the column says.
    return Decimal(str(value if value is not None else 0)).quantize(Decimal("0.01"))


def r2_record(row: R2Resource) -> R2ResourceRecord:
    return R2ResourceRecord(
        id=row.id,
        unit=_unit(row),
        kind=row.resource_kind,
        description=row.description,
        unit_label=row.unit_label,
        recorded_on=row.recorded_on,
        amounts=(
            _decimal(row.women),
            _decimal(row.men),
            _decimal(row.other),
            _decimal(row.not_stated),
        ),
        period_start=row.period_start,
        period_end=row.period_end,
    )


def r3_record(row: R3Analysis) -> R3Version:
    return R3Version(
        id=row.id,
        unit=_unit(row),
        period_start=row.period_start,
        period_end=row.period_end,
        version=row.version,
        why_text=row.why_text,
        whose_terms_text=row.whose_terms_text,
        norms_text=row.norms_text,
        written_at=row.written_at,
        author=row.author,
    )


def r4_record(row: R4Action) -> R4ActionRecord:
    return R4ActionRecord(
        id=row.id,
        unit=_unit(row),
        what=row.what,
        owner=row.owner,
        due_on=row.due_on,
        status=row.status,
        follow_up_note=row.follow_up_note,
        finding=row.finding,
        period_start=row.period_start,
        period_end=row.period_end,
    )


# -- lists --------------------------------------------------------------------------------
def r1_records(session: Session, unit: FourRUnit, period: Period) -> list[R1CountRecord]:
    """Live counts of the unit valid in the period; the latest count first."""
    query = (
        sa.select(R1Count)
        .where(R1Count.deleted.is_(False), *_of_unit(R1Count, unit), *_overlapping(R1Count, period))
        .order_by(R1Count.counted_on.desc(), R1Count.body_name, R1Count.id)
    )
    return [r1_record(row) for row in session.scalars(query)]


def r2_records(session: Session, unit: FourRUnit, period: Period) -> list[R2ResourceRecord]:
    """Live resources of the unit valid in the period; the latest recorded first."""
    query = (
        sa.select(R2Resource)
        .where(
            R2Resource.deleted.is_(False),
            *_of_unit(R2Resource, unit),
            *_overlapping(R2Resource, period),
        )
        .order_by(R2Resource.recorded_on.desc(), R2Resource.description, R2Resource.id)
    )
    return [r2_record(row) for row in session.scalars(query)]


def r4_records(session: Session, unit: FourRUnit, period: Period) -> list[R4ActionRecord]:
    """Live actions of the unit valid in the period; by date due (undated last), then what."""
    query = (
        sa.select(R4Action)
        .where(
            R4Action.deleted.is_(False), *_of_unit(R4Action, unit), *_overlapping(R4Action, period)
        )
        .order_by(R4Action.due_on.is_(None), R4Action.due_on, R4Action.what, R4Action.id)
    )
    return [r4_record(row) for row in session.scalars(query)]


def r3_records(session: Session, unit: FourRUnit, period: Period) -> list[R3Version]:
    """Live versions of the analysis of exactly this unit and period, the newest first."""
    query = (
        sa.select(R3Analysis)
        .where(
            R3Analysis.deleted.is_(False),
            *_of_unit(R3Analysis, unit),
            *_same_period(R3Analysis, period),
        )
        .order_by(R3Analysis.version.desc(), R3Analysis.written_at.desc(), R3Analysis.id)
    )
    return [r3_record(row) for row in session.scalars(query)]


def last_r3_version(session: Session, unit: FourRUnit, period: Period) -> int:
    """The highest live version number for exactly this unit and period (0: none yet)."""
    query = sa.select(sa.func.max(R3Analysis.version)).where(
        R3Analysis.deleted.is_(False),
        *_of_unit(R3Analysis, unit),
        *_same_period(R3Analysis, period),
    )
    return int(session.execute(query).scalar_one() or 0)


# -- units --------------------------------------------------------------------------------
def unit_exists(session: Session, unit: FourRUnit) -> bool:
    """Whether the unit names something there is: a region, a live course, an area."""
    if unit.kind is FourRUnitKind.PROGRAMME:
        return True
    if unit.kind is FourRUnitKind.REGION:
        return session.get(Region, unit.key) is not None
    if unit.kind is FourRUnitKind.COMPETENCE_AREA:
        return session.get(CompetenceArea, unit.key) is not None
    course = session.get(Course, unit.key)
    return course is not None and not course.deleted


def region_choices(session: Session, region: str | None) -> list[RegionChoice]:
    """The regions by code; only `region` when one is given (a regional installation)."""
    query = sa.select(Region.code, Region.name_sv).order_by(Region.code)
    if region is not None:
        query = query.where(Region.code == region)
    return [RegionChoice(code, name) for code, name in session.execute(query)]


def course_choices(
    session: Session, region: str | None
) -> list[tuple[str, str, str, dt.date | None]]:
    """(id, title, region, first session's date) of the live courses (of `region` when one
    is given): the latest first, courses still without sessions last, then by title."""
    first = (
        sa.select(
            CourseSession.course_id.label("course_id"),
            sa.func.min(CourseSession.starts_at).label("first_start"),
        )
        .where(CourseSession.deleted.is_(False))
        .group_by(CourseSession.course_id)
        .subquery()
    )
    query = (
        sa.select(Course.id, Course.title, Course.region_code, first.c.first_start)
        .outerjoin(first, first.c.course_id == Course.id)
        .where(Course.deleted.is_(False))
        .order_by(first.c.first_start.is_(None), first.c.first_start.desc(), Course.title)
    )
    if region is not None:
        query = query.where(Course.region_code == region)
    rows = []
    for course_id, title, region_code, first_start in session.execute(query):
        day = first_start.date() if isinstance(first_start, dt.datetime) else first_start
        rows.append((course_id, title, region_code, day))
    return rows
