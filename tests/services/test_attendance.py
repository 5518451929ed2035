"""Attendance services: the grid, marks on one derived row, walk-ins, today, completion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.attendance import Completion
from soul_desktop.domain.enums import AttendanceStatus as S
from soul_desktop.domain.enums import EnrolmentStatus, Gender
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import attendance
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatusChange,
    Organisation,
    Person,
    Venue,
)
from soul_desktop.storage.unit_of_work import UnitOfWork

FIRST_SESSION = dt.datetime(2010, 3, 1, 13, 0)
BEFORE = FIRST_SESSION - dt.timedelta(days=20)


@dataclass(frozen=True)
class Built:
    course_id: str
    sessions: list[str]
    persons: list[str]  # enrolled, in name order
    others: dict[str, str]  # label -> person id of those not on the list


def build_course(
    db: Database,
    *,
    title: str = "Styrelsearbete i praktiken",
    sessions: int = 3,
    names: Sequence[tuple[str, str]] = (("Anna", "Berg"), ("Erik", "Ek"), ("Åsa", "Öberg")),
    region: str = "SE32",
    first_session: dt.datetime = FIRST_SESSION,
    minutes: int = 180,
) -> Built:
    """A course with weekly sessions and enrolled persons, written straight through storage.

    Also a waitlisted, a withdrawn and an unrelated person, named in `others`.
    """
    with UnitOfWork(db) as uow:
        s = uow.session
        organisation = Organisation(id=ids.new_id(), partition=region, name="Föreningen Bron")
        venue = Venue(id=ids.new_id(), partition=region, name="Östersunds Folkets Hus")
        course = Course(id=ids.new_id(), partition=region, region_code=region, title=title)
        s.add_all([organisation, venue, course])
        s.flush()  # no ORM relationships order the inserts, so parents go first by hand
        session_ids = []
        for n in range(sessions):
            starts = first_session + dt.timedelta(days=7 * n)
            row = CourseSession(
                id=ids.new_id(),
                partition=region,
                course_id=course.id,
                starts_at=starts,
                ends_at=starts + dt.timedelta(minutes=minutes),
                venue_id=venue.id,
            )
            s.add(row)
            session_ids.append(row.id)

        def person(first: str, last: str) -> str:
            row = Person(
                id=ids.new_id(),
                partition=region,
                first_name=first,
                last_name=last,
                organisation_id=organisation.id,
                accessibility_needs="",
            )
            s.add(row)
            return row.id

        def enrol(person_id: str, status: EnrolmentStatus) -> None:
            enrolment_id = ids.enrolment_id(course.id, person_id)
            s.add(
                Enrolment(
                    id=enrolment_id,
                    partition=region,
                    course_id=course.id,
                    person_id=person_id,
                    status=status,
                    enrolled_at=BEFORE,
                    status_since=BEFORE,
                )
            )
            s.flush()
            s.add(
                EnrolmentStatusChange(
                    id=ids.new_id(),
                    partition=region,
                    enrolment_id=enrolment_id,
                    status=status,
                    changed_at=BEFORE,
                )
            )

        enrolled = [person(first, last) for first, last in names]
        others = {
            "waitlisted": person("Vera", "Väntelista"),
            "withdrawn": person("Viktor", "Avhoppad"),
            "stranger": person("Oskar", "Okänd"),
        }
        s.flush()
        for person_id in enrolled:
            enrol(person_id, EnrolmentStatus.ENROLLED)
        enrol(others["waitlisted"], EnrolmentStatus.WAITLISTED)
        enrol(others["withdrawn"], EnrolmentStatus.WITHDRAWN)
        s.flush()
        uow.commit()
    return Built(course.id, session_ids, enrolled, others)


def _rows(db: Database, model: type, *where: object) -> list:
    with UnitOfWork(db) as uow:
        rows = list(uow.session.scalars(sa.select(model).where(*where)))
        # Detached with their loaded values, so the rollback on exit does not expire them.
        uow.session.expunge_all()
        return rows


@pytest.fixture
def built(regional_db: Database) -> Built:
    return build_course(regional_db)


# -- the grid ---------------------------------------------------------------------------------


def test_grid_has_sessions_enrolled_persons_and_marks(regional_db: Database, built: Built) -> None:
    attendance.mark(regional_db, built.sessions[0], built.persons[0], S.PRESENT)
    grid = attendance.grid(regional_db, built.course_id)
    assert grid.course_title == "Styrelsearbete i praktiken" and grid.threshold_pct == 75
    assert [s.id for s in grid.sessions] == built.sessions
    assert grid.sessions[0].planned_minutes == 180
    assert grid.sessions[0].venue_name == "Östersunds Folkets Hus"
    # Waitlisted and withdrawn persons are not rows.
    assert [p.id for p in grid.persons] == built.persons
    assert grid.persons[0].name == "Anna Berg"
    assert grid.persons[0].organisation_name == "Föreningen Bron"
    assert list(grid.cells) == [(built.sessions[0], built.persons[0])]
    assert grid.cell(built.sessions[0], built.persons[0]).minutes == 180
    assert grid.cell(built.sessions[1], built.persons[0]).status is None


def test_grid_of_an_unknown_course_is_refused(regional_db: Database) -> None:
    with pytest.raises(ValidationError):
        attendance.grid(regional_db, ids.new_id())


# -- marks ------------------------------------------------------------------------------------


def test_mark_update_clear_and_mark_again_keep_one_row(regional_db: Database, built: Built) -> None:
    session_id, person_id = built.sessions[1], built.persons[2]
    row_id = ids.attendance_id(session_id, person_id)
    cell = attendance.mark(regional_db, session_id, person_id, S.PRESENT)
    assert (cell.status, cell.minutes) == (S.PRESENT, 180)
    cell = attendance.mark(regional_db, session_id, person_id, S.PARTIAL, 90)
    assert (cell.status, cell.minutes) == (S.PARTIAL, 90)
    rows = _rows(regional_db, Attendance)
    assert [(r.id, r.status, r.minutes, r.deleted) for r in rows] == [
        (row_id, S.PARTIAL, 90, False)
    ]
    assert rows[0].partition == "SE32"
    cell = attendance.clear(regional_db, session_id, person_id)
    assert cell.status is None
    rows = _rows(regional_db, Attendance)
    assert [(r.id, r.deleted) for r in rows] == [(row_id, True)]
    assert attendance.grid(regional_db, built.course_id).cells == {}
    attendance.mark(regional_db, session_id, person_id, "excused")
    rows = _rows(regional_db, Attendance)
    assert [(r.id, r.status, r.minutes, r.deleted) for r in rows] == [(row_id, S.EXCUSED, 0, False)]


def test_clearing_a_blank_cell_writes_nothing(regional_db: Database, built: Built) -> None:
    attendance.clear(regional_db, built.sessions[0], built.persons[0])
    assert _rows(regional_db, Attendance) == []


@pytest.mark.parametrize("minutes", [0, -1, 180, 500, None])
def test_partial_minutes_out_of_range_are_refused(
    regional_db: Database, built: Built, minutes: int | None
) -> None:
    with pytest.raises(ValidationError) as caught:
        attendance.mark(regional_db, built.sessions[0], built.persons[0], S.PARTIAL, minutes)
    assert caught.value.field == "minutes"
    assert _rows(regional_db, Attendance) == []


def test_bad_marks_are_refused_with_nothing_written(regional_db: Database, built: Built) -> None:
    bad = [
        (ids.new_id(), built.persons[0], S.PRESENT, "session"),
        (built.sessions[0], ids.new_id(), S.PRESENT, "person"),
        (built.sessions[0], built.others["waitlisted"], S.PRESENT, "person"),
        (built.sessions[0], built.others["withdrawn"], S.PRESENT, "person"),
        (built.sessions[0], built.others["stranger"], S.PRESENT, "person"),
        (built.sessions[0], built.persons[0], "late", "status"),
    ]
    for session_id, person_id, status, field in bad:
        with pytest.raises(ValidationError) as caught:
            attendance.mark(regional_db, session_id, person_id, status)
        assert caught.value.field == field, (session_id, person_id, status)
    with pytest.raises(ValidationError):
        attendance.mark(regional_db, built.sessions[0], built.persons[0], S.PRESENT, 30)
    assert _rows(regional_db, Attendance) == []


# -- walk-ins ---------------------------------------------------------------------------------


def test_walk_in_new_person(regional_db: Database, built: Built) -> None:
    new_id = ids.new_id()
    result = attendance.add_walk_in(
        regional_db,
        built.sessions[1],
        first_name=" Lina ",
        last_name="Dörr",
        gender=Gender.WOMAN,
        new_person_id=new_id,
    )
    assert result.person.id == new_id and result.person.name == "Lina Dörr"
    assert result.person.walk_in and result.person.enrolled_at == FIRST_SESSION + dt.timedelta(7)
    assert (result.cell.status, result.cell.minutes) == (S.PRESENT, 180)
    [person] = _rows(regional_db, Person, Person.id == new_id)
    assert (person.gender, person.partition, person.deleted) == (Gender.WOMAN, "SE32", False)
    [enrolment] = _rows(regional_db, Enrolment, Enrolment.person_id == new_id)
    assert enrolment.id == ids.enrolment_id(built.course_id, new_id)
    assert (enrolment.status, enrolment.walk_in) == (EnrolmentStatus.ENROLLED, True)
    history = _rows(
        regional_db, EnrolmentStatusChange, EnrolmentStatusChange.enrolment_id == enrolment.id
    )
    assert [(h.status, h.note) for h in history] == [(EnrolmentStatus.ENROLLED, "walk-in")]
    grid = attendance.grid(regional_db, built.course_id)
    assert new_id in {p.id for p in grid.persons}
    # Not counted absent for the session before they came.
    totals = grid.person_totals(grid.person(new_id))
    assert (totals.attended_minutes, totals.planned_minutes) == (180, 360)

    # Undo takes back the mark, the enrolment and the person; redo brings the same rows back.
    removed = attendance.remove_walk_in(regional_db, built.sessions[1], new_id, remove_person=True)
    assert removed.person_id == new_id and removed.cell.status is None
    assert new_id not in {p.id for p in attendance.grid(regional_db, built.course_id).persons}
    assert _rows(regional_db, Person, Person.id == new_id)[0].deleted
    again = attendance.add_walk_in(
        regional_db,
        built.sessions[1],
        first_name="Lina",
        last_name="Dörr",
        gender="woman",
        new_person_id=new_id,
    )
    assert again == result
    assert len(_rows(regional_db, Person, Person.id == new_id)) == 1
    assert len(_rows(regional_db, Attendance)) == 1
    assert len(_rows(regional_db, Enrolment, Enrolment.person_id == new_id)) == 1


def test_walk_in_existing_person(regional_db: Database, built: Built) -> None:
    stranger = built.others["stranger"]
    result = attendance.add_walk_in(regional_db, built.sessions[0], person_id=stranger)
    assert result.person.id == stranger and result.person.walk_in
    assert result.cell.status is S.PRESENT
    with pytest.raises(ValidationError):
        attendance.add_walk_in(regional_db, built.sessions[1], person_id=stranger)
    attendance.remove_walk_in(regional_db, built.sessions[0], stranger)
    # An existing person stays in the register when their walk-in is taken back.
    assert not _rows(regional_db, Person, Person.id == stranger)[0].deleted
    [enrolment] = _rows(regional_db, Enrolment, Enrolment.person_id == stranger)
    assert enrolment.deleted


def test_walk_in_from_the_waitlist_and_back(regional_db: Database, built: Built) -> None:
    waiting = built.others["waitlisted"]
    attendance.add_walk_in(regional_db, built.sessions[2], person_id=waiting)
    [enrolment] = _rows(regional_db, Enrolment, Enrolment.person_id == waiting)
    assert enrolment.status is EnrolmentStatus.ENROLLED and enrolment.walk_in
    assert enrolment.enrolled_at == built_session_start(built, 2)
    attendance.remove_walk_in(regional_db, built.sessions[2], waiting)
    [enrolment] = _rows(regional_db, Enrolment, Enrolment.person_id == waiting)
    assert (enrolment.status, enrolment.walk_in, enrolment.deleted) == (
        EnrolmentStatus.WAITLISTED,
        False,
        False,
    )
    assert enrolment.enrolled_at == BEFORE


def built_session_start(built: Built, number: int) -> dt.datetime:
    return FIRST_SESSION + dt.timedelta(days=7 * number)


def test_bad_walk_ins_are_refused_with_nothing_written(regional_db: Database, built: Built) -> None:
    cases = [
        ({"first_name": "", "last_name": "Dörr"}, "first_name"),
        ({"first_name": "Lina", "last_name": "  "}, "last_name"),
        ({"first_name": "Lina", "last_name": "Dörr", "gender": "female"}, "gender"),
        ({"first_name": "Lina", "last_name": "Dörr", "organisation_id": "x"}, "organisation"),
        ({"person_id": ids.new_id()}, "person"),
        ({"person_id": built.persons[0]}, "person"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as caught:
            attendance.add_walk_in(
                regional_db, built.sessions[0], new_person_id=ids.new_id(), **kwargs
            )
        assert caught.value.field == field, kwargs
    with pytest.raises(ValidationError):
        attendance.add_walk_in(
            regional_db, ids.new_id(), first_name="A", last_name="B", new_person_id=ids.new_id()
        )
    with pytest.raises(ValidationError):
        attendance.remove_walk_in(regional_db, built.sessions[0], built.persons[0])
    assert _rows(regional_db, Attendance) == []
    assert len(_rows(regional_db, Person)) == 6


def test_find_persons_by_name_in_the_region(regional_db: Database, built: Built) -> None:
    build_course(regional_db, title="Annan region", names=[("Åke", "Östberg")], region="SE11")
    found = attendance.find_persons(regional_db, "öb", built.course_id)
    assert [(c.name, c.on_course) for c in found] == [("Åsa Öberg", True)]
    assert [c.name for c in attendance.find_persons(regional_db, "ÅSA")] == ["Åsa Öberg"]
    assert [c.name for c in attendance.find_persons(regional_db, "oskar ok")] == ["Oskar Okänd"]
    assert attendance.find_persons(regional_db, "östberg") == []  # another region's person
    assert attendance.find_persons(regional_db, "  ") == []
    assert attendance.find_persons(regional_db, "%") == []


def test_find_persons_by_any_name_part(regional_db: Database) -> None:
    build_course(regional_db, title="Dubbelnamn", names=[("Anna-Karin", "von Essen")])
    for typed in ("karin", "anna-karin", "ANNA KARIN", "essen", "von ess", "kar ess"):
        assert [c.name for c in attendance.find_persons(regional_db, typed)] == [
            "Anna-Karin von Essen"
        ], typed
    assert attendance.find_persons(regional_db, "nna") == []  # parts match from their start


# -- choosers, today, completion ------------------------------------------------------------


def test_course_choices(regional_db: Database, built: Built) -> None:
    build_course(regional_db, title="Annan region", region="SE11")
    [choice] = attendance.course_choices(regional_db)
    assert choice.id == built.course_id
    assert (choice.first_date, choice.last_date) == (dt.date(2010, 3, 1), dt.date(2010, 3, 15))
    assert (choice.enrolled, choice.sessions) == (3, 3)


def test_today_finds_the_session_in_progress_or_next(regional_db: Database, built: Built) -> None:
    second = built_session_start(built, 1)
    assert attendance.today(regional_db, second - dt.timedelta(days=1)) is None
    before = attendance.today(regional_db, second.replace(hour=8))
    assert before is not None and before.session.id == built.sessions[1]
    during = attendance.today(regional_db, second + dt.timedelta(hours=1))
    assert during is not None and during.session.id == built.sessions[1]
    assert [p.id for p in during.persons] == built.persons
    assert attendance.today(regional_db, second + dt.timedelta(hours=4)) is None


def test_completion_per_person_and_course(regional_db: Database, built: Built) -> None:
    anna, erik, _asa = built.persons
    for session_id in built.sessions:
        attendance.mark(regional_db, session_id, anna, S.PRESENT)
    attendance.mark(regional_db, built.sessions[0], erik, S.PRESENT)
    attendance.mark(regional_db, built.sessions[1], erik, S.PARTIAL, 45)
    result = attendance.completion(regional_db, built.course_id)
    outcomes = {t.person_id: t.completion for t in result.persons}
    assert outcomes[anna] is Completion.COMPLETED
    assert outcomes[erik] is Completion.PARTLY_COMPLETED
    assert (result.completed, result.partly_completed, result.not_completed) == (1, 1, 1)
    assert result.attended_minutes == 3 * 180 + 180 + 45
