"""The duplicate review's services: candidates as records, merging, and what a merge refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AttendanceStatus,
    EducationBand,
    EnrolmentStatus,
    Gender,
    InstallationRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import attendance, duplicates, enrolment, installation, people
from soul_desktop.services.duplicates import DuplicateReason
from soul_desktop.services.sync_status import digest
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course, Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.services.test_attendance import Built, build_course

PNR = "19880320-0016"
OTHER_PNR = "19880320-0024"


@pytest.fixture
def central_db(empty_db: Database) -> Database:
    installation.initialise(empty_db, InstallationRole.CENTRAL, None, "Centralen")
    return empty_db


@pytest.fixture
def course(central_db: Database) -> Built:
    return build_course(central_db)


def _person(db: Database, first: str = "Anna", last: str = "Ek", **fields: Any) -> str:
    person_id = ids.new_id()
    people.create_person(db, person_id, first, last, **fields)
    return person_id


def _refusal(call: Callable[..., Any], *args: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


def _row(db: Database, person_id: str) -> Person:
    with UnitOfWork(db) as uow:
        row = uow.session.get(Person, person_id)
        assert row is not None
        uow.session.expunge(row)
        return row


def test_candidates_are_records_with_both_persons_and_their_history(
    central_db: Database, course: Built
) -> None:
    db = central_db
    anna = course.persons[0]  # Anna Berg, enrolled, with organisation Föreningen Bron
    people.update_person(db, anna, birth_year=1980)
    twin = _person(db, "Anna", "Berg", birth_year=1980, personnummer="19800101-0001")
    for session_id in course.sessions[:2]:
        attendance.mark(db, session_id, anna, AttendanceStatus.PRESENT)

    [candidate] = duplicates.find_candidates(db)

    assert candidate.reason is DuplicateReason.SAME_NAME_AND_BIRTH_YEAR
    assert candidate.score == pytest.approx(0.30)
    by_id = {candidate.first.id: candidate.first, candidate.second.id: candidate.second}
    assert by_id[anna].organisation_name == "Föreningen Bron"
    assert (by_id[anna].enrolments, by_id[anna].attendance, by_id[anna].attended_minutes) == (
        1,
        2,
        360,
    )
    assert by_id[twin].personnummer_masked == "19800101-****"
    assert by_id[twin].history == (0, 0, 0)
    assert candidate.suggested_survivor.id == anna
    assert candidate.other(anna).id == twin
    assert candidate.key == ":".join(sorted((anna, twin)))


def test_the_limit_keeps_the_most_alike(central_db: Database) -> None:
    db = central_db
    _person(db, "Bo", "Ek", birth_year=1970)
    _person(db, "Bo", "Ek", birth_year=1970)
    # Two registrations with one personnummer: the services refuse that, an import does not.
    strong = {_person(db, "Cia", "Ek", personnummer=PNR)}
    other = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Person(
                id=other,
                partition="SE32",
                first_name="Cecilia",
                last_name="Ek",
                personnummer=PNR,
                accessibility_needs="",
            )
        )
        uow.commit()
    strong.add(other)
    [best] = duplicates.find_candidates(db, limit=1)
    assert {best.first.id, best.second.id} == strong
    assert best.reason is DuplicateReason.SAME_PERSONNUMMER
    assert duplicates.find_candidates(db, limit=0) == []


def test_merge_moves_history_and_leaves_a_redirect(central_db: Database, course: Built) -> None:
    db = central_db
    survivor = course.persons[0]
    duplicate = _person(db, "Anna", "Berg")
    enrolment.enrol(db, course.course_id, [duplicate])
    attendance.mark(db, course.sessions[0], duplicate, AttendanceStatus.PRESENT)
    attendance.mark(db, course.sessions[1], duplicate, AttendanceStatus.PRESENT)
    attendance.mark(db, course.sessions[1], survivor, AttendanceStatus.ABSENT)

    result = duplicates.merge(db, survivor, duplicate)

    assert (result.survivor_id, result.duplicate_id) == (survivor, duplicate)
    assert (result.survivor_name, result.duplicate_name) == ("Anna Berg", "Anna Berg")
    assert (result.enrolments_moved, result.enrolments_combined) == (0, 1)
    assert (result.attendance_moved, result.attendance_combined) == (1, 1)
    row = _row(db, duplicate)
    assert (row.deleted, row.merged_into_id) == (True, survivor)
    grid = attendance.grid(db, course.course_id)
    assert duplicate not in {p.id for p in grid.persons}
    marks = {s: c.status for (s, p), c in grid.cells.items() if p == survivor}
    assert marks == {
        course.sessions[0]: AttendanceStatus.PRESENT,
        course.sessions[1]: AttendanceStatus.PRESENT,
    }
    assert duplicate not in {p.id for p in people.list_persons(db)}
    assert duplicates.find_candidates(db) == []


def test_preview_changes_nothing(central_db: Database, course: Built) -> None:
    db = central_db
    survivor, duplicate = course.persons[0], _person(db, "Anna", "Berg")
    attendance.add_walk_in(db, course.sessions[0], person_id=duplicate)
    before = digest(db)
    preview = duplicates.preview_merge(db, survivor, duplicate)
    assert (preview.enrolments_combined, preview.attendance_moved, preview.history_moved) == (
        1,
        1,
        0,
    )
    assert digest(db) == before
    assert duplicates.merge(db, survivor, duplicate) == preview


def test_empty_fields_of_the_survivor_are_filled_from_the_duplicate(central_db: Database) -> None:
    db = central_db
    survivor = _person(
        db,
        "Eva",
        "Lund",
        birth_year=1988,
        email="eva@example.se",
        declined_education=True,
    )
    duplicate = _person(
        db,
        "Eva",
        "Lund",
        personnummer=PNR,
        email="other@example.se",
        phone="070-123 45 67",
        gender=Gender.WOMAN,
        education_band=EducationBand.ISCED_3_4,
        municipality_code="2380",
        accessibility_needs=["sign_language_interpreter"],
    )
    result = duplicates.merge(db, survivor, duplicate)
    assert result.filled_fields == (
        "accessibility_needs",
        "gender",
        "municipality_code",
        "personnummer",
        "phone",
    )
    person = people.get_person(db, survivor)
    assert person.personnummer == PNR and person.birth_year == 1988
    assert person.email == "eva@example.se"  # the survivor's own value stays
    assert person.education_band is EducationBand.NOT_STATED  # declined stays declined
    assert person.declined_education is True
    assert person.first_name == "Eva"


def test_a_personnummer_that_disagrees_with_the_birth_year_is_not_taken(
    central_db: Database,
) -> None:
    db = central_db
    survivor = _person(db, "Eva", "Lund", birth_year=1990)
    duplicate = _person(db, "Eva", "Lund", personnummer=PNR)
    result = duplicates.merge(db, survivor, duplicate)
    assert "personnummer" not in result.filled_fields
    assert people.get_person(db, survivor).personnummer is None


def test_a_freed_place_is_offered_to_the_first_waiting(central_db: Database) -> None:
    db = central_db
    course_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Course(id=course_id, partition="SE32", region_code="SE32", title="Kurs", capacity=2)
        )
        uow.commit()
    survivor, duplicate, waiting = (_person(db, "Ida", "Ek"), _person(db, "Ida", "Ek"), _person(db))
    enrolment.enrol(db, course_id, [survivor, duplicate, waiting])
    result = duplicates.merge(db, survivor, duplicate)
    assert result.place_changes == 1
    statuses = {r.person_id: r.status for r in enrolment.list_enrolments(db, course_id)}
    assert statuses == {survivor: EnrolmentStatus.ENROLLED, waiting: EnrolmentStatus.OFFERED}


# -- refusals ---------------------------------------------------------------------------------


def test_refusals(central_db: Database) -> None:
    db = central_db
    a, b, c = _person(db), _person(db), _person(db)
    gone = _person(db)
    people.delete_person(db, gone)

    exc = _refusal(duplicates.merge, db, a, a)
    assert (exc.code, exc.field) == ("duplicates.same_person", "duplicate")
    assert _refusal(duplicates.merge, db, "nobody", a).code == "duplicates.survivor_not_found"
    assert _refusal(duplicates.merge, db, a, gone).code == "duplicates.duplicate_not_found"

    duplicates.merge(db, b, a)  # a -> b
    exc = _refusal(duplicates.merge, db, c, a)
    assert (exc.code, exc.field, dict(exc.params)) == (
        "duplicates.already_merged",
        "duplicate",
        {"name": "Anna Ek"},
    )
    # b survived a; merging b into a would make a circle.
    exc = _refusal(duplicates.merge, db, a, b)
    assert (exc.code, exc.field) == ("duplicates.cycle", "survivor")
    assert _refusal(duplicates.preview_merge, db, a, b).code == "duplicates.cycle"


def test_two_different_personnummer_are_two_persons(central_db: Database) -> None:
    db = central_db
    a = _person(db, personnummer=PNR)
    b = _person(db, personnummer=OTHER_PNR)
    exc = _refusal(duplicates.merge, db, a, b)
    assert exc.code == "duplicates.different_personnummer"
    assert dict(exc.params) == {"survivor": "Anna Ek", "duplicate": "Anna Ek"}


def test_a_region_merges_its_own_persons_only(regional_db: Database) -> None:
    db = regional_db
    mine = _person(db, birth_year=1970)
    also_mine = _person(db, birth_year=1970)
    theirs = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Person(
                id=theirs,
                partition="SE11",
                first_name="Anna",
                last_name="Ek",
                birth_year=1970,
                accessibility_needs="",
            )
        )
        uow.commit()
    [candidate] = duplicates.find_candidates(db)
    assert {candidate.first.id, candidate.second.id} == {mine, also_mine}
    exc = _refusal(duplicates.merge, db, mine, theirs)
    assert (exc.code, exc.field, exc.params["region"]) == (
        "duplicates.outside_region",
        "duplicate",
        "SE11",
    )
    assert duplicates.merge(db, mine, also_mine).duplicate_id == also_mine


def test_a_leaders_installation_does_not_review_duplicates(empty_db: Database) -> None:
    installation.initialise(empty_db, InstallationRole.LEADER, "SE32", "Kurslaptop")
    assert _refusal(duplicates.find_candidates, empty_db).code == "duplicates.not_here"
    a, b = _person(empty_db), _person(empty_db)
    assert _refusal(duplicates.merge, empty_db, a, b).code == "duplicates.not_here"


def test_masking() -> None:
    assert duplicates.mask_personnummer("19800101-1234") == "19800101-****"
    assert duplicates.mask_personnummer(None) is None
    assert duplicates.mask_personnummer("") is None


def test_a_refused_merge_changes_nothing(central_db: Database) -> None:
    db = central_db
    a = _person(db, personnummer=PNR)
    b = _person(db, personnummer=OTHER_PNR)
    before = digest(db)
    _refusal(duplicates.merge, db, a, b)
    assert digest(db) == before
