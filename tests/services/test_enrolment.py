"""Enrolment services: waitlist, offers when a place frees, history, undo, and bad input."""

from __future__ import annotations

import pytest

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseStatus, EnrolmentStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import enrolment, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course, LocalState
from soul_desktop.storage.unit_of_work import UnitOfWork

E, W, OF, X = (
    EnrolmentStatus.ENROLLED,
    EnrolmentStatus.WAITLISTED,
    EnrolmentStatus.OFFERED,
    EnrolmentStatus.WITHDRAWN,
)


def _counter(db: Database) -> int:
    with UnitOfWork(db) as uow:
        state = uow.session.get(LocalState, 1)
        assert state is not None
        return state.last_counter


def _course(db: Database, capacity: int | None, status: CourseStatus = CourseStatus.OPEN) -> str:
    course_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Course(
                id=course_id,
                partition="SE32",
                region_code="SE32",
                title="Styrelsearbete",
                capacity=capacity,
                status=status,
            )
        )
        uow.commit()
    return course_id


def _set_capacity(db: Database, course_id: str, capacity: int | None) -> None:
    with UnitOfWork(db) as uow:
        course = uow.session.get(Course, course_id)
        assert course is not None
        course.capacity = capacity
        uow.commit()


def _persons(db: Database, *names: str) -> list[str]:
    made = []
    for name in names:
        person_id = ids.new_id()
        people.create_person(db, person_id, name, "Ek")
        made.append(person_id)
    return made


def _statuses(db: Database, course_id: str) -> dict[str, EnrolmentStatus]:
    return {r.person_name.split()[0]: r.status for r in enrolment.list_enrolments(db, course_id)}


def _id(db: Database, course_id: str, first_name: str) -> str:
    for record in enrolment.list_enrolments(db, course_id):
        if record.person_name.startswith(first_name + " "):
            return record.id
    raise AssertionError(first_name)


@pytest.fixture
def full_course(regional_db: Database) -> str:
    """Capacity 2: Anna and Bo enrolled, Cia then Dan waiting."""
    course_id = _course(regional_db, 2)
    persons = _persons(regional_db, "Anna", "Bo", "Cia", "Dan")
    records = enrolment.enrol(regional_db, course_id, persons)
    assert [r.status for r in records] == [E, E, W, W]
    return course_id


def test_waitlist_when_full(regional_db: Database, full_course: str) -> None:
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": E, "Cia": W, "Dan": W}
    (eva,) = _persons(regional_db, "Eva")
    (record,) = enrolment.enrol(regional_db, full_course, [eva])
    assert record.status is W and record.id == ids.enrolment_id(full_course, eva)
    overview = enrolment.course_enrolments(regional_db, full_course)
    assert overview.capacity == 2 and overview.places.waiting == 3


def test_unlimited_capacity_takes_everyone(regional_db: Database) -> None:
    course_id = _course(regional_db, None)
    records = enrolment.enrol(regional_db, course_id, _persons(regional_db, "A", "B", "C"))
    assert {r.status for r in records} == {E}


def test_withdrawal_offers_the_place_to_the_first_waiting(
    regional_db: Database, full_course: str
) -> None:
    changed = enrolment.withdraw(regional_db, _id(regional_db, full_course, "Bo"))
    assert [(r.person_name, r.status) for r in changed] == [("Bo Ek", X), ("Cia Ek", OF)]
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": X, "Cia": OF, "Dan": W}
    # The offer holds the place: a newcomer waits behind Dan.
    (eva,) = _persons(regional_db, "Eva")
    assert enrolment.enrol(regional_db, full_course, [eva])[0].status is W


def test_accept_and_decline(regional_db: Database, full_course: str) -> None:
    enrolment.withdraw(regional_db, _id(regional_db, full_course, "Bo"))
    cia = _id(regional_db, full_course, "Cia")
    changed = enrolment.decline_offer(regional_db, cia)
    assert [(r.person_name, r.status) for r in changed] == [("Cia Ek", X), ("Dan Ek", OF)]
    dan = _id(regional_db, full_course, "Dan")
    (accepted,) = enrolment.accept_offer(regional_db, dan)
    assert accepted.status is E
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": X, "Cia": X, "Dan": E}


def test_history_is_kept(regional_db: Database, full_course: str) -> None:
    enrolment.withdraw(regional_db, _id(regional_db, full_course, "Bo"))
    cia = _id(regional_db, full_course, "Cia")
    enrolment.accept_offer(regional_db, cia)
    entries = enrolment.history(regional_db, cia)
    assert [e.status for e in entries] == [W, OF, E]
    assert entries[1].note == enrolment.NOTE_OFFERED
    assert entries[0].changed_at < entries[1].changed_at < entries[2].changed_at


def test_enrolling_again_revives_the_same_row(regional_db: Database, full_course: str) -> None:
    bo = _id(regional_db, full_course, "Bo")
    enrolment.withdraw(regional_db, bo)
    enrolment.accept_offer(regional_db, _id(regional_db, full_course, "Cia"))
    person_id = next(
        r.person_id for r in enrolment.list_enrolments(regional_db, full_course) if r.id == bo
    )
    (again,) = enrolment.enrol(regional_db, full_course, [person_id])
    assert again.id == bo and again.status is W
    assert len(enrolment.list_enrolments(regional_db, full_course)) == 4
    assert [e.status for e in enrolment.history(regional_db, bo)] == [E, X, W]


def test_more_places_offer_them_and_fewer_take_offers_back(
    regional_db: Database, full_course: str
) -> None:
    _set_capacity(regional_db, full_course, 4)
    changed = enrolment.rebalance_course(regional_db, full_course)
    assert {r.person_name: r.status for r in changed} == {"Cia Ek": OF, "Dan Ek": OF}
    _set_capacity(regional_db, full_course, 3)
    (back,) = enrolment.rebalance_course(regional_db, full_course)
    assert (back.person_name, back.status) == ("Dan Ek", W)
    _set_capacity(regional_db, full_course, 1)
    enrolment.rebalance_course(regional_db, full_course)
    # Enrolled persons keep their places; only offers are taken back.
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": E, "Cia": W, "Dan": W}


def test_waitlist_order_survives_an_offer_taken_back(
    regional_db: Database, full_course: str
) -> None:
    bo = _id(regional_db, full_course, "Bo")
    enrolment.withdraw(regional_db, bo)
    enrolment.reinstate(regional_db, bo)
    records = enrolment.list_enrolments(regional_db, full_course)
    waiting = sorted((r for r in records if r.status is W), key=lambda r: r.status_since)
    assert [r.person_name for r in waiting] == ["Cia Ek", "Dan Ek"]


def _snapshot(db: Database, course_id: str) -> list[tuple[object, ...]]:
    return [
        (r.id, r.status, r.enrolled_at, r.status_since)
        for r in enrolment.list_enrolments(db, course_id)
    ]


def test_undo_of_each_action_restores_exactly(regional_db: Database, full_course: str) -> None:
    start = _snapshot(regional_db, full_course)
    bo = _id(regional_db, full_course, "Bo")
    enrolment.withdraw(regional_db, bo)
    after_withdraw = _snapshot(regional_db, full_course)
    cia = _id(regional_db, full_course, "Cia")
    enrolment.accept_offer(regional_db, cia)
    enrolment.retract_acceptance(regional_db, cia)
    assert _snapshot(regional_db, full_course) == after_withdraw
    enrolment.decline_offer(regional_db, cia)
    enrolment.reinstate(regional_db, cia)
    assert _snapshot(regional_db, full_course) == after_withdraw
    enrolment.reinstate(regional_db, bo)
    assert _snapshot(regional_db, full_course) == start
    assert [e.status for e in enrolment.history(regional_db, cia)] == [W]


def test_undo_of_enrol_removes_new_rows_and_redo_revives_them(
    regional_db: Database, full_course: str
) -> None:
    eva, fia = _persons(regional_db, "Eva", "Fia")
    records = enrolment.enrol(regional_db, full_course, [eva, fia])
    before = _snapshot(regional_db, full_course)
    enrolment.unenrol(regional_db, [r.id for r in records])
    assert set(_statuses(regional_db, full_course)) == {"Anna", "Bo", "Cia", "Dan"}
    again = enrolment.enrol(regional_db, full_course, [eva, fia])
    assert [r.id for r in again] == [r.id for r in records]
    assert [e.status for e in enrolment.history(regional_db, again[0].id)] == [W]
    assert len(_snapshot(regional_db, full_course)) == len(before)


def test_undo_of_re_enrolment_returns_to_withdrawn(regional_db: Database) -> None:
    course_id = _course(regional_db, 5)
    (anna,) = _persons(regional_db, "Anna")
    (record,) = enrolment.enrol(regional_db, course_id, [anna])
    enrolment.withdraw(regional_db, record.id)
    withdrawn = _snapshot(regional_db, course_id)
    enrolment.enrol(regional_db, course_id, [anna])
    (back,) = enrolment.unenrol(regional_db, [record.id])
    assert back.status is X
    assert _snapshot(regional_db, course_id) == withdrawn


def _refused(db: Database, field: str, call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    before = _counter(db)
    with pytest.raises(ValidationError) as caught:
        call(db, *args, **kwargs)
    assert caught.value.field == field, str(caught.value)
    assert _counter(db) == before, "a refused action wrote something"
    return caught.value


def test_bad_input_is_refused_and_nothing_written(regional_db: Database, full_course: str) -> None:
    anna = _id(regional_db, full_course, "Anna")
    anna_person = next(
        r.person_id for r in enrolment.list_enrolments(regional_db, full_course) if r.id == anna
    )
    (eva,) = _persons(regional_db, "Eva")
    _refused(regional_db, "persons", enrolment.enrol, full_course, [])
    # One already on the course refuses the whole action: Eva is not enrolled either.
    error = _refused(regional_db, "persons", enrolment.enrol, full_course, [eva, anna_person])
    assert "Anna Ek is already on this course" in str(error)
    _refused(regional_db, "persons", enrolment.enrol, full_course, [eva, "no-such-person"])
    _refused(regional_db, "course", enrolment.enrol, "no-such-course", [eva])
    cancelled = _course(regional_db, 5, CourseStatus.CANCELLED)
    _refused(regional_db, "course", enrolment.enrol, cancelled, [eva])
    _refused(regional_db, "status", enrolment.accept_offer, anna)
    _refused(regional_db, "status", enrolment.decline_offer, anna)
    _refused(regional_db, "enrolment", enrolment.withdraw, "no-such-enrolment")
    _refused(regional_db, "enrolment", enrolment.reinstate, anna)
    enrolment.withdraw(regional_db, anna)
    _refused(regional_db, "status", enrolment.withdraw, anna)
    _refused(regional_db, "enrolment", enrolment.retract_acceptance, anna)
    _refused(regional_db, "enrolment", enrolment.unenrol, [])
    assert eva not in {r.person_id for r in enrolment.list_enrolments(regional_db, full_course)}


def test_raising_capacity_in_the_course_editor_offers_the_place(
    regional_db: Database, full_course: str
) -> None:
    from soul_desktop.services import planning

    planning.update_course(regional_db, full_course, capacity=3)
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": E, "Cia": OF, "Dan": W}
    # Its undo (the capacity set back) takes the offer back in the same call.
    planning.update_course(regional_db, full_course, capacity=2)
    assert _statuses(regional_db, full_course) == {"Anna": E, "Bo": E, "Cia": W, "Dan": W}
