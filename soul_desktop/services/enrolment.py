"""Enrolment: putting persons on courses, the waitlist and offers, and taking changes back.

Each action appends one entry per enrolment to the status history and then applies the place
rules of `domain.enrolment` (offer freed places to the first waiting, take back the newest
offers when there are too few places). The undo of an action removes the entries it appended,
which returns the enrolments to exactly where they were; the place rules then take back what
the action set off (the offer a withdrawal made, for instance).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from soul_desktop.domain import ids
from soul_desktop.domain.enrolment import (
    BATCH_STEP,
    CourseEnrolments,
    EnrolmentChange,
    EnrolmentRecord,
    EnrolmentState,
    change_time,
    check_can_enrol,
    check_can_withdraw,
    check_has_offer,
    rebalance,
    state_from_history,
    statuses_for_new,
)
from soul_desktop.domain.enums import CourseStatus, EnrolmentStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.storage import enrolments as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

# Notes written into the history, so a reader sees why a status changed.
NOTE_OFFERED = "a place became free"
NOTE_DECLINED = "offer declined"


def _now() -> dt.datetime:
    return dt.datetime.now()


# -- reading ----------------------------------------------------------------------------------


def list_enrolments(database: Database, course_id: str) -> list[EnrolmentRecord]:
    """Every enrolment of the course, withdrawn ones included, oldest first."""
    with UnitOfWork(database) as uow:
        _course(uow.session, course_id)
        return store.course_enrolments(uow.session, course_id)


def course_enrolments(database: Database, course_id: str) -> CourseEnrolments:
    """The course's title and capacity with its enrolments: what the enrolment panel shows."""
    with UnitOfWork(database) as uow:
        course = _course(uow.session, course_id)
        records = store.course_enrolments(uow.session, course_id)
    return CourseEnrolments(course.id, course.title, course.capacity, tuple(records))


def history(database: Database, enrolment_id: str) -> list[EnrolmentChange]:
    """The enrolment's status history, oldest first."""
    with UnitOfWork(database) as uow:
        _enrolment(uow.session, enrolment_id)
        return store.history(uow.session, enrolment_id)


# -- actions ----------------------------------------------------------------------------------


def enrol(database: Database, course_id: str, person_ids: Sequence[str]) -> list[EnrolmentRecord]:
    """Enrol persons, in the order given; those who find the course full join the waitlist.

    Someone withdrawn earlier is enrolled again on the same row (its id is derived from course
    and person). Walk-ins, who are enrolled at the door even when the course is full, go
    through `services.attendance.add_walk_in`. Returns the records, in the order given.
    """
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        raise ValidationError(
            "choose at least one person to enrol", field="persons", code="enrolment.no_persons"
        )
    with UnitOfWork(database) as uow:
        session = uow.session
        course = _course(session, course_id)
        if course.status is CourseStatus.CANCELLED:
            raise ValidationError(
                f"“{course.title}” is cancelled",
                field="course",
                code="enrolment.course_cancelled",
                params={"title": course.title},
            )
        store.lock_course(session, course_id)
        names = store.live_persons(session, wanted)
        missing = [pid for pid in wanted if pid not in names]
        if missing:
            raise ValidationError(
                f"{len(missing)} of the chosen persons no longer exist (deleted or merged)",
                field="persons",
                code="enrolment.persons_missing",
                params={"count": len(missing)},
            )
        records = store.course_enrolments(session, course_id)
        by_person = {record.person_id: record for record in records}
        for person_id in wanted:
            check_can_enrol(by_person.get(person_id))
        statuses = statuses_for_new(course.capacity, records, len(wanted))
        now = _now()
        for position, (person_id, status) in enumerate(zip(wanted, statuses, strict=True)):
            enrolment_id = ids.enrolment_id(course_id, person_id)
            row = store.enrolment_row(session, enrolment_id)
            changes = store.history(session, enrolment_id) if row is not None else []
            at = change_time(now + position * BATCH_STEP, changes)
            if row is None:
                store.add_enrolment(
                    session,
                    enrolment_id=enrolment_id,
                    partition=course.region_code,
                    course_id=course_id,
                    person_id=person_id,
                    state=EnrolmentState(status, at, at),
                    walk_in=False,
                )
            elif not row.deleted:
                _ensure_history(session, row, changes)
            _append(session, enrolment_id, course.region_code, status, at, None)
            if row is not None:
                # Enrolled again (after a withdrawal, or a redo after undo): same row, new spell.
                row.walk_in = False
                entry = EnrolmentChange("", enrolment_id, status, at, None)
                store.set_state(row, state_from_history([*changes, entry]))
        session.flush()
        _rebalance(session, course_id, course.capacity, course.region_code, now)
        session.flush()
        enrolled = [
            store.get_enrolment(session, ids.enrolment_id(course_id, pid)) for pid in wanted
        ]
        uow.commit()
    return [record for record in enrolled if record is not None]


def withdraw(database: Database, enrolment_id: str) -> list[EnrolmentRecord]:
    """Withdraw an enrolment; a place it held is offered to the first waiting person.

    Returns the withdrawn record first, then any record whose status the withdrawal changed.
    """
    return _change(database, enrolment_id, EnrolmentStatus.WITHDRAWN, check_can_withdraw, None)


def accept_offer(database: Database, enrolment_id: str) -> list[EnrolmentRecord]:
    """The offered person takes the place: offered → enrolled."""
    return _change(database, enrolment_id, EnrolmentStatus.ENROLLED, check_has_offer, None)


def decline_offer(database: Database, enrolment_id: str) -> list[EnrolmentRecord]:
    """The offered person says no: offered → withdrawn, and the next waiting person is offered."""
    return _change(
        database, enrolment_id, EnrolmentStatus.WITHDRAWN, check_has_offer, NOTE_DECLINED
    )


def rebalance_course(database: Database, course_id: str) -> list[EnrolmentRecord]:
    """Apply the place rules after the capacity changed: offer free places, retract offers.

    For the course editor, after it saved a new capacity (and after the undo of that).
    Returns the records whose status changed.
    """
    with UnitOfWork(database) as uow:
        session = uow.session
        touched = apply_place_rules(session, course_id)
        session.flush()
        records = _records(session, touched)
        uow.commit()
    return records


def apply_place_rules(session: Any, course_id: str) -> list[str]:
    """Within another service's unit of work (a changed capacity): the enrolments changed."""
    course = _course(session, course_id)
    store.lock_course(session, course_id)
    return _rebalance(session, course_id, course.capacity, course.region_code, _now())


# -- taking actions back (undo) ---------------------------------------------------------------


def unenrol(database: Database, enrolment_ids: Iterable[str]) -> list[EnrolmentRecord]:
    """The undo of `enrol`: each enrolment goes back to what it was (a new one is tombstoned).

    Returns the records that are still live afterwards (a re-enrolment goes back to
    withdrawn; a fresh one is gone).
    """
    return _take_back(
        database, list(enrolment_ids), {EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED}
    )


def reinstate(database: Database, enrolment_id: str) -> list[EnrolmentRecord]:
    """The undo of `withdraw` and `decline_offer`: back to the status held before.

    The person's place (or waitlist position, or offer) comes back; an offer the withdrawal
    made to someone else is taken back when the course would otherwise be over capacity.
    """
    return _take_back(database, [enrolment_id], {EnrolmentStatus.WITHDRAWN})


def retract_acceptance(database: Database, enrolment_id: str) -> list[EnrolmentRecord]:
    """The undo of `accept_offer`: the person holds an open offer again."""
    return _take_back(database, [enrolment_id], {EnrolmentStatus.ENROLLED})


# -- helpers ----------------------------------------------------------------------------------


def _course(session: Any, course_id: str) -> store.CourseFacts:
    course = store.course_facts(session, course_id)
    if course is None:
        raise ValidationError(
            "there is no such course (it may have been deleted)",
            field="course",
            code="course.not_found",
        )
    return course


def _enrolment(session: Any, enrolment_id: str) -> EnrolmentRecord:
    record = store.get_enrolment(session, enrolment_id)
    if record is None:
        raise ValidationError(
            "there is no such enrolment", field="enrolment", code="enrolment.not_found"
        )
    return record


def _records(session: Any, enrolment_ids: Iterable[str]) -> list[EnrolmentRecord]:
    found = (store.get_enrolment(session, eid) for eid in dict.fromkeys(enrolment_ids))
    return [record for record in found if record is not None]


def _append(
    session: Any,
    enrolment_id: str,
    partition: str,
    status: EnrolmentStatus,
    at: dt.datetime,
    note: str | None,
) -> None:
    store.add_change(
        session,
        change_id=ids.new_id(),
        partition=partition,
        enrolment_id=enrolment_id,
        status=status,
        changed_at=at,
        note=note,
    )


def _ensure_history(session: Any, row: Any, changes: list[EnrolmentChange]) -> None:
    """Rows written without history (older data, imports) get one entry for their state."""
    if changes:
        return
    _append(session, row.id, row.partition, row.status, row.status_since, None)
    changes.append(EnrolmentChange("", row.id, row.status, row.status_since, None))


def _set_status(
    session: Any, enrolment_id: str, status: EnrolmentStatus, now: dt.datetime, note: str | None
) -> None:
    """Append one history entry and make the row follow it."""
    row = store.enrolment_row(session, enrolment_id)
    assert row is not None
    changes = store.history(session, enrolment_id)
    _ensure_history(session, row, changes)
    at = change_time(now, changes)
    _append(session, enrolment_id, row.partition, status, at, note)
    state = state_from_history([*changes, EnrolmentChange("", enrolment_id, status, at, note)])
    store.set_state(row, state)


def _step_back(session: Any, enrolment_id: str) -> None:
    """Remove the latest history entry and make the row follow what is left."""
    row = store.enrolment_row(session, enrolment_id)
    assert row is not None
    changes = store.history(session, enrolment_id)
    if not changes:
        return
    store.remove_change(session, changes[-1].id)
    store.set_state(row, state_from_history(changes[:-1]))


def _rebalance(
    session: Any, course_id: str, capacity: int | None, partition: str, now: dt.datetime
) -> list[str]:
    """Offer free places to the first waiting, or take back the newest offers; the ids changed."""
    session.flush()
    plan = rebalance(capacity, store.course_enrolments(session, course_id))
    for enrolment_id in plan.retract:
        _step_back(session, enrolment_id)
    for position, enrolment_id in enumerate(plan.offer):
        _set_status(
            session,
            enrolment_id,
            EnrolmentStatus.OFFERED,
            now + (position + 1) * BATCH_STEP,
            NOTE_OFFERED,
        )
    return [*plan.retract, *plan.offer]


def _change(
    database: Database,
    enrolment_id: str,
    status: EnrolmentStatus,
    check: Any,
    note: str | None,
) -> list[EnrolmentRecord]:
    with UnitOfWork(database) as uow:
        session = uow.session
        record = _enrolment(session, enrolment_id)
        course = _course(session, record.course_id)
        store.lock_course(session, course.id)
        check(record)
        now = _now()
        _set_status(session, enrolment_id, status, now, note)
        touched = _rebalance(session, course.id, course.capacity, course.region_code, now)
        session.flush()
        records = _records(session, [enrolment_id, *touched])
        uow.commit()
    return records


def _take_back(
    database: Database, enrolment_ids: list[str], expected: set[EnrolmentStatus]
) -> list[EnrolmentRecord]:
    if not enrolment_ids:
        raise ValidationError(
            "nothing to take back", field="enrolment", code="enrolment.nothing_to_undo"
        )
    with UnitOfWork(database) as uow:
        session = uow.session
        courses: dict[str, store.CourseFacts] = {}
        for enrolment_id in enrolment_ids:
            record = _enrolment(session, enrolment_id)
            if record.status not in expected:
                raise ValidationError(
                    f"{record.person_name}'s enrolment has changed since "
                    f"({record.status.value}); it cannot be taken back",
                    field="enrolment",
                    code="enrolment.changed_since",
                    params={"name": record.person_name, "status": record.status.value},
                )
            if record.course_id not in courses:
                courses[record.course_id] = _course(session, record.course_id)
                store.lock_course(session, record.course_id)
            _step_back(session, enrolment_id)
        touched: list[str] = []
        now = _now()
        for course in courses.values():
            touched += _rebalance(session, course.id, course.capacity, course.region_code, now)
        session.flush()
        records = _records(session, [*enrolment_ids, *touched])
        uow.commit()
    return records
