"""Taking attendance: the course grid, marks, walk-ins at the door, today's list, completion."""

from __future__ import annotations

import datetime as dt

from soul_desktop.domain import ids
from soul_desktop.domain.attendance import (
    AttendanceCell,
    AttendanceGrid,
    CourseChoice,
    CourseCompletion,
    TodayList,
    WalkIn,
    WalkInCandidate,
    WalkInRemoved,
    course_completion,
    minutes_for,
)
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus, Gender
from soul_desktop.domain.errors import ValidationError
from soul_desktop.storage import attendance as store
from soul_desktop.storage import installations
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

MAX_NAME_LENGTH = 200
LOOKUP_LIMIT = 30


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _status(value: AttendanceStatus | str) -> AttendanceStatus:
    try:
        return AttendanceStatus(value)
    except ValueError:
        raise ValidationError(
            f"unknown attendance status {value!r}",
            field="status",
            code="choice.unknown",
            params={"value": str(value)},
        ) from None


def _session(uow: UnitOfWork, session_id: str) -> store.SessionInfo:
    info = store.session_info(uow.session, session_id)
    if info is None:
        raise ValidationError(
            "the session does not exist (or was removed)", field="session", code="session.not_found"
        )
    return info


def _require_on_list(uow: UnitOfWork, course_id: str, person_id: str) -> None:
    if not store.person_exists(uow.session, person_id):
        raise ValidationError(
            "the person does not exist (or was removed)", field="person", code="person.not_found"
        )
    state = store.enrolment_state(uow.session, ids.enrolment_id(course_id, person_id))
    if state is None or state.deleted or state.status is not EnrolmentStatus.ENROLLED:
        raise ValidationError(
            "the person is not enrolled on this course; add them as a walk-in",
            field="person",
            code="attendance.not_enrolled",
        )


def _region(uow: UnitOfWork) -> str | None:
    """The installation's region; None at central, which sees every region."""
    info = installations.local_installation(uow.session)
    return info.region_code if info is not None else None


def _walk_in_history_id(enrolment_id: str, session_id: str) -> str:
    # Derived, so the walk-in's history line is one row however often it is undone and redone.
    return ids.derived_id("enrolment_walk_in", enrolment_id, session_id)


# -- reading --------------------------------------------------------------------------------


def grid(db: Database, course_id: str) -> AttendanceGrid:
    with UnitOfWork(db) as uow:
        result = store.grid(uow.session, course_id)
    if result is None:
        raise ValidationError(
            "the course does not exist (or was removed)", field="course", code="course.not_found"
        )
    return result


def completion(db: Database, course_id: str) -> CourseCompletion:
    """Per person and for the course: attended and planned minutes and the outcome."""
    return course_completion(grid(db, course_id))


def course_choices(db: Database) -> list[CourseChoice]:
    """The courses of this installation's region (all of them at central)."""
    with UnitOfWork(db) as uow:
        return store.course_choices(uow.session, _region(uow))


def today(db: Database, now: dt.datetime | None = None) -> TodayList | None:
    """The region's session in progress at `now`, else the next one today, with its list."""
    moment = now or _now()
    with UnitOfWork(db) as uow:
        session_id = store.session_today(uow.session, moment, _region(uow))
        if session_id is None:
            return None
        info = _session(uow, session_id)
        course_grid = store.grid(uow.session, info.course_id)
    assert course_grid is not None
    return TodayList(info.session, course_grid)


def find_persons(db: Database, text: str, course_id: str | None = None) -> list[WalkInCandidate]:
    """Persons of the region (everyone at central) whose names start with the typed words."""
    if not text.strip():
        return []
    with UnitOfWork(db) as uow:
        return store.find_persons(
            uow.session, text, region_code=_region(uow), course_id=course_id, limit=LOOKUP_LIMIT
        )


# -- marking --------------------------------------------------------------------------------


def mark(
    db: Database,
    session_id: str,
    person_id: str,
    status: AttendanceStatus | str,
    minutes: int | None = None,
) -> AttendanceCell:
    """Mark a person at a session; marking again updates the same row (its id is derived)."""
    clean_status = _status(status)
    with UnitOfWork(db) as uow:
        info = _session(uow, session_id)
        _require_on_list(uow, info.course_id, person_id)
        attended = minutes_for(clean_status, info.session.planned_minutes, minutes)
        cell = store.upsert_mark(
            uow.session,
            attendance_id=ids.attendance_id(session_id, person_id),
            session_id=session_id,
            person_id=person_id,
            status=clean_status,
            minutes=attended,
            recorded_at=_now(),
            partition=info.region_code,
        )
        uow.commit()
    return cell


def clear(db: Database, session_id: str, person_id: str) -> AttendanceCell:
    """Blank the cell again (the undo of a first mark); the row stays as a tombstone."""
    with UnitOfWork(db) as uow:
        _session(uow, session_id)
        cell = store.clear_mark(
            uow.session,
            attendance_id=ids.attendance_id(session_id, person_id),
            session_id=session_id,
            person_id=person_id,
        )
        uow.commit()
    return cell


# -- walk-ins -------------------------------------------------------------------------------


def _clean_name(value: str, field: str, label: str) -> str:
    clean = " ".join(value.split())
    if not clean:
        raise ValidationError(f"a walk-in needs a {label}", field=field, code="name.required")
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"the {label} is longer than {MAX_NAME_LENGTH} characters",
            field=field,
            code="name.too_long",
            params={"limit": MAX_NAME_LENGTH},
        )
    return clean


def add_walk_in(
    db: Database,
    session_id: str,
    *,
    person_id: str | None = None,
    first_name: str = "",
    last_name: str = "",
    gender: Gender | str = Gender.NOT_STATED,
    organisation_id: str | None = None,
    new_person_id: str | None = None,
) -> WalkIn:
    """Put someone who came to the door on the course and mark them present.

    Either `person_id` names an existing person, or a new person is registered with the
    minimal fields under `new_person_id` (made by the caller, so a redo writes the same row).
    The enrolment has the derived id, status enrolled, `walk_in` set and `enrolled_at` the
    session's start, so earlier sessions are not counted against them.
    """
    creating = person_id is None
    if creating:
        if not new_person_id:
            raise ValidationError(
                "a new person needs an id made beforehand",
                field="person",
                code="walk_in.id_missing",
            )
        first = _clean_name(first_name, "first_name", "first name")
        last = _clean_name(last_name, "last_name", "last name")
        try:
            clean_gender = Gender(gender)
        except ValueError:
            raise ValidationError(
                f"unknown gender {gender!r}",
                field="gender",
                code="choice.unknown",
                params={"value": str(gender)},
            ) from None
    with UnitOfWork(db) as uow:
        info = _session(uow, session_id)
        course_id = info.course_id
        if creating:
            assert new_person_id is not None
            target = new_person_id
            if organisation_id is not None and not store.organisation_exists(
                uow.session, organisation_id
            ):
                raise ValidationError(
                    "the organisation does not exist",
                    field="organisation",
                    code="organisation.not_found",
                )
            store.save_walk_in_person(
                uow.session,
                person_id=target,
                first_name=first,
                last_name=last,
                gender=clean_gender,
                organisation_id=organisation_id,
                partition=info.region_code,
            )
        else:
            assert person_id is not None
            target = person_id
            if not store.person_exists(uow.session, target):
                raise ValidationError(
                    "the person does not exist (or was removed)",
                    field="person",
                    code="person.not_found",
                )
        enrolment_id = ids.enrolment_id(course_id, target)
        state = store.enrolment_state(uow.session, enrolment_id)
        if state is not None and not state.deleted and state.status is EnrolmentStatus.ENROLLED:
            raise ValidationError(
                "the person is already on this course's list",
                field="person",
                code="attendance.already_on_list",
            )
        store.enrol_walk_in(
            uow.session,
            enrolment_id=enrolment_id,
            history_id=_walk_in_history_id(enrolment_id, session_id),
            course_id=course_id,
            person_id=target,
            at=info.session.starts_at,
            partition=info.region_code,
        )
        cell = store.upsert_mark(
            uow.session,
            attendance_id=ids.attendance_id(session_id, target),
            session_id=session_id,
            person_id=target,
            status=AttendanceStatus.PRESENT,
            minutes=info.session.planned_minutes,
            recorded_at=_now(),
            partition=info.region_code,
        )
        person = store.grid_person(uow.session, course_id, target)
        assert person is not None
        uow.commit()
    return WalkIn(person, cell)


def remove_walk_in(
    db: Database, session_id: str, person_id: str, *, remove_person: bool = False
) -> WalkInRemoved:
    """The undo of `add_walk_in`: clear the mark, take back the enrolment (and a new person)."""
    with UnitOfWork(db) as uow:
        info = _session(uow, session_id)
        enrolment_id = ids.enrolment_id(info.course_id, person_id)
        state = store.enrolment_state(uow.session, enrolment_id)
        if state is None or state.deleted or not state.walk_in:
            raise ValidationError(
                "the person is not a walk-in on this course",
                field="person",
                code="walk_in.not_a_walk_in",
            )
        cell = store.clear_mark(
            uow.session,
            attendance_id=ids.attendance_id(session_id, person_id),
            session_id=session_id,
            person_id=person_id,
        )
        store.undo_walk_in(
            uow.session,
            enrolment_id=enrolment_id,
            history_id=_walk_in_history_id(enrolment_id, session_id),
            person_id=person_id,
            remove_person=remove_person,
        )
        uow.commit()
    return WalkInRemoved(person_id, cell)
