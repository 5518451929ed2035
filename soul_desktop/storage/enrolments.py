"""Queries and writes for enrolments and their status history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enrolment import EnrolmentChange, EnrolmentRecord, EnrolmentState
from soul_desktop.domain.enums import CourseStatus, EnrolmentStatus
from soul_desktop.storage.models import (
    Course,
    Enrolment,
    EnrolmentStatusChange,
    Organisation,
    Person,
)


@dataclass(frozen=True, slots=True)
class CourseFacts:
    """What enrolling needs to know about a course."""

    id: str
    title: str
    region_code: str
    capacity: int | None
    status: CourseStatus


def course_facts(session: Session, course_id: str) -> CourseFacts | None:
    row = session.execute(
        sa.select(
            Course.id, Course.title, Course.region_code, Course.capacity, Course.status
        ).where(Course.id == course_id, Course.deleted.is_(False))
    ).one_or_none()
    return None if row is None else CourseFacts(*row)


def _record_query() -> sa.Select[Any]:
    return (
        sa.select(
            Enrolment.id,
            Enrolment.course_id,
            Enrolment.person_id,
            (Person.first_name + " " + Person.last_name),
            Organisation.name,
            Enrolment.status,
            Enrolment.enrolled_at,
            Enrolment.status_since,
            Enrolment.walk_in,
        )
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(
            Organisation,
            sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
        )
        .where(Enrolment.deleted.is_(False), Person.deleted.is_(False))
    )


def course_enrolments(session: Session, course_id: str) -> list[EnrolmentRecord]:
    """Every live enrolment of a course (withdrawn ones too), oldest first."""
    query = (
        _record_query()
        .where(Enrolment.course_id == course_id)
        .order_by(Enrolment.enrolled_at, Enrolment.status_since, Enrolment.id)
    )
    return [EnrolmentRecord(*row) for row in session.execute(query)]


def get_enrolment(session: Session, enrolment_id: str) -> EnrolmentRecord | None:
    row = session.execute(_record_query().where(Enrolment.id == enrolment_id)).one_or_none()
    return None if row is None else EnrolmentRecord(*row)


def enrolment_row(session: Session, enrolment_id: str) -> Enrolment | None:
    """The stored row, tombstone or not."""
    return session.get(Enrolment, enrolment_id)


def lock_course(session: Session, course_id: str) -> None:
    """Lock the course row on servers that share one database between several users.

    Places are read and then written; the lock keeps two users from both taking the last one.
    SQLite (one writer at a time) renders no lock, as it needs none.
    """
    session.execute(sa.select(Course.id).where(Course.id == course_id).with_for_update())


def add_enrolment(
    session: Session,
    *,
    enrolment_id: str,
    partition: str,
    course_id: str,
    person_id: str,
    state: EnrolmentState,
    walk_in: bool,
) -> Enrolment:
    row = Enrolment(
        id=enrolment_id,
        partition=partition,
        course_id=course_id,
        person_id=person_id,
        status=state.status,
        enrolled_at=state.enrolled_at,
        status_since=state.status_since,
        walk_in=walk_in,
        deleted=False,
    )
    session.add(row)
    return row


def set_state(row: Enrolment, state: EnrolmentState | None) -> None:
    """Write the columns the history decides; None (no history left) makes a tombstone."""
    if state is None:
        row.deleted = True
        return
    row.deleted = False
    row.status = state.status
    row.enrolled_at = state.enrolled_at
    row.status_since = state.status_since


def history(session: Session, enrolment_id: str) -> list[EnrolmentChange]:
    """The live history entries of an enrolment, oldest first."""
    rows = session.execute(
        sa.select(
            EnrolmentStatusChange.id,
            EnrolmentStatusChange.enrolment_id,
            EnrolmentStatusChange.status,
            EnrolmentStatusChange.changed_at,
            EnrolmentStatusChange.note,
        )
        .where(
            EnrolmentStatusChange.enrolment_id == enrolment_id,
            EnrolmentStatusChange.deleted.is_(False),
        )
        # The clock reading breaks ties between entries written in the same instant.
        .order_by(EnrolmentStatusChange.changed_at, EnrolmentStatusChange.hlc)
    )
    return [EnrolmentChange(*row) for row in rows]


def add_change(
    session: Session,
    *,
    change_id: str,
    partition: str,
    enrolment_id: str,
    status: EnrolmentStatus,
    changed_at: dt.datetime,
    note: str | None,
) -> None:
    session.add(
        EnrolmentStatusChange(
            id=change_id,
            partition=partition,
            enrolment_id=enrolment_id,
            status=status,
            changed_at=changed_at,
            note=note,
            deleted=False,
        )
    )


def remove_change(session: Session, change_id: str) -> None:
    """Tombstone one history entry (the change it records was taken back)."""
    row = session.get(EnrolmentStatusChange, change_id)
    if row is not None:
        row.deleted = True


def live_persons(session: Session, person_ids: list[str]) -> dict[str, str]:
    """Person id → full name of those ids that are live, unmerged persons."""
    rows = session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name).where(
            Person.id.in_(person_ids),
            Person.deleted.is_(False),
            Person.merged_into_id.is_(None),
        )
    )
    return {pid: f"{first} {last}" for pid, first, last in rows}
