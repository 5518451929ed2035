"""Planning services: every rule, every refusal (nothing written), and undo round trips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    AttendanceStatus,
    CourseKind,
    CourseStatus,
    EnrolmentStatus,
    ParticipantRole,
)
from soul_desktop.domain.planning import (
    CourseFilter,
    PlanningError,
    Problem,
    WarningKind,
)
from soul_desktop.services import planning
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    CourseArea,
    CourseLeader,
    Enrolment,
    LocalState,
    Person,
)
from soul_desktop.storage.unit_of_work import UnitOfWork

D = dt.datetime


def _person(
    db: Database,
    first: str,
    last: str,
    *,
    role: ParticipantRole = ParticipantRole.EMPLOYEE,
    needs: str = "",
    region: str = "SE32",
) -> str:
    person_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Person(
                id=person_id,
                partition=region,
                first_name=first,
                last_name=last,
                role=role,
                accessibility_needs=needs,
            )
        )
        uow.commit()
    return person_id


def _enrol(db: Database, course_id: str, person_id: str, status: EnrolmentStatus) -> None:
    now = D(2010, 1, 1, 12)
    with UnitOfWork(db) as uow:
        uow.session.add(
            Enrolment(
                id=ids.enrolment_id(course_id, person_id),
                partition="SE32",
                course_id=course_id,
                person_id=person_id,
                status=status,
                enrolled_at=now,
                status_since=now,
            )
        )
        uow.commit()


def _counter(db: Database) -> int:
    with UnitOfWork(db) as uow:
        state = uow.session.get(LocalState, 1)
        assert state is not None
        return state.last_counter


def _course(db: Database, title: str = "Styrelsearbete", **fields: Any) -> str:
    course_id = ids.new_id()
    planning.create_course(db, course_id, region_code="SE32", title=title, **fields)
    return course_id


def _venue(db: Database, name: str = "Folkets Hus", **features: Any) -> str:
    venue_id = ids.new_id()
    planning.create_venue(db, venue_id, "SE32", name=name, **features)
    return venue_id


def _refused(
    db: Database, call: Callable[[], object], field: str, problem: Problem | None = None
) -> PlanningError:
    """The call is refused naming `field`, and not a single change is written."""
    before = _counter(db)
    with pytest.raises(PlanningError) as caught:
        call()
    assert caught.value.field == field
    if problem is not None:
        assert caught.value.problem is problem
    assert _counter(db) == before
    return caught.value


# -- courses ------------------------------------------------------------------------------
def test_create_and_list_a_course(regional_db: Database) -> None:
    leader = _person(regional_db, "Lisa", "Berg", role=ParticipantRole.COURSE_LEADER)
    course_id = ids.new_id()
    record = planning.create_course(
        regional_db,
        course_id,
        region_code="SE32",
        title="  Ekonomi för lekmän ",
        kind=CourseKind.WORKSHOP,
        capacity=15,
        budget_sek=20_000,
        area_codes=["NAT-3", "NAT-2"],
        leader_ids=[leader],
    )
    assert record.title == "Ekonomi för lekmän"
    assert record.area_codes == ("NAT-2", "NAT-3")
    assert record.area_names[0] == "Kvalitetsfrågor"
    assert record.leader_names == ("Lisa Berg",)
    assert record.session_count == 0 and record.first_start is None
    listed = planning.list_courses(regional_db, CourseFilter(region="SE32"))
    assert [c.id for c in listed] == [course_id]
    assert planning.get_course(regional_db, course_id) == record


def test_filters(regional_db: Database) -> None:
    a = _course(regional_db, "Ekonomi", kind=CourseKind.WORKSHOP, area_codes=["NAT-3"])
    b = _course(regional_db, "Styrelse", status=CourseStatus.OPEN, area_codes=["NAT-1"])
    planning.add_session(regional_db, ids.new_id(), a, D(2010, 3, 1, 9), D(2010, 3, 1, 12))
    planning.add_session(regional_db, ids.new_id(), b, D(2010, 5, 1, 9), D(2010, 5, 1, 12))

    def found(**kw: Any) -> set[str]:
        return {c.id for c in planning.list_courses(regional_db, CourseFilter(**kw))}

    assert found() == {a, b}
    assert found(region="SE11") == set()
    assert found(kind=CourseKind.WORKSHOP) == {a}
    assert found(status=CourseStatus.OPEN) == {b}
    assert found(area="NAT-1") == {b}
    assert found(period_from=dt.date(2010, 4, 1)) == {b}
    assert found(period_to=dt.date(2010, 3, 1)) == {a}
    assert found(period_from=dt.date(2010, 3, 2), period_to=dt.date(2010, 4, 30)) == set()
    assert found(text="styr") == {b}


def test_update_course_and_undo_with_the_earlier_values(regional_db: Database) -> None:
    course_id = _course(regional_db, capacity=12)
    before = planning.get_course(regional_db, course_id)
    after = planning.update_course(regional_db, course_id, title="Nytt namn", capacity=20)
    assert (after.title, after.capacity) == ("Nytt namn", 20)
    undone = planning.update_course(regional_db, course_id, title=before.title, capacity=12)
    assert undone == before


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"title": " "}, "title", Problem.TITLE_REQUIRED),
        ({"capacity": -1}, "capacity", Problem.NEGATIVE),
        ({"budget_sek": -1}, "budget_sek", Problem.NEGATIVE),
        ({"completion_threshold_pct": 120}, "completion_threshold_pct", Problem.THRESHOLD_RANGE),
        ({"area_codes": ["NAT-99"]}, "area_codes", Problem.UNKNOWN),
        ({"leader_ids": ["nobody"]}, "leader_ids", Problem.UNKNOWN),
        ({"colour": "red"}, "colour", Problem.UNKNOWN),
    ],
)
def test_bad_course_changes_write_nothing(
    regional_db: Database, changes: dict[str, Any], field: str, problem: Problem
) -> None:
    course_id = _course(regional_db, capacity=12)
    before = planning.get_course(regional_db, course_id)
    # A good change riding along with the bad one is not written either.
    _refused(
        regional_db,
        lambda: planning.update_course(regional_db, course_id, target_group="Alla", **changes),
        field,
        problem,
    )
    assert planning.get_course(regional_db, course_id) == before


def test_bad_new_courses_write_nothing(regional_db: Database) -> None:
    def create(**kw: Any) -> Callable[[], object]:
        values: dict[str, Any] = {"region_code": "SE32", "title": "Kurs"}
        values.update(kw)
        return lambda: planning.create_course(regional_db, ids.new_id(), **values)

    _refused(regional_db, create(title=""), "title", Problem.TITLE_REQUIRED)
    _refused(regional_db, create(capacity=-3), "capacity", Problem.NEGATIVE)
    _refused(regional_db, create(region_code="SE99"), "region_code", Problem.REGION_REQUIRED)
    assert planning.list_courses(regional_db) == []


def test_area_and_leader_links_are_tombstoned_and_revived(regional_db: Database) -> None:
    leader = _person(regional_db, "Lisa", "Berg", role=ParticipantRole.COURSE_LEADER)
    course_id = _course(regional_db, area_codes=["NAT-1", "NAT-2"], leader_ids=[leader])
    planning.update_course(regional_db, course_id, area_codes=["NAT-2"], leader_ids=[])
    with UnitOfWork(regional_db) as uow:
        areas = {a.area_code: a.deleted for a in uow.session.scalars(sa.select(CourseArea))}
        leaders = [link.deleted for link in uow.session.scalars(sa.select(CourseLeader))]
    assert areas == {"NAT-1": True, "NAT-2": False}
    assert leaders == [True]
    record = planning.update_course(
        regional_db, course_id, area_codes=["NAT-1", "NAT-2"], leader_ids=[leader]
    )
    assert record.area_codes == ("NAT-1", "NAT-2") and record.leader_ids == (leader,)
    with UnitOfWork(regional_db) as uow:
        rows = [(a.id, a.deleted) for a in uow.session.scalars(sa.select(CourseArea))]
    # The same derived rows came back; no second row for NAT-1.
    assert sorted(rows) == sorted(
        (ids.course_area_id(course_id, code), False) for code in ("NAT-1", "NAT-2")
    )


def test_delete_restore_and_redo_of_a_course(regional_db: Database) -> None:
    course_id = ids.new_id()
    created = planning.create_course(regional_db, course_id, region_code="SE32", title="A")
    gone = planning.delete_course(regional_db, course_id)
    assert gone.deleted and gone.id == course_id
    assert planning.list_courses(regional_db) == []
    with pytest.raises(PlanningError):
        planning.get_course(regional_db, course_id)
    assert planning.restore_course(regional_db, course_id) == created
    # Redo of "new course" after its undo: the same call revives the tombstone.
    planning.delete_course(regional_db, course_id)
    again = planning.create_course(regional_db, course_id, region_code="SE32", title="A")
    assert again == created
    _refused(
        regional_db,
        lambda: planning.create_course(regional_db, course_id, region_code="SE32", title="B"),
        "course",
        Problem.ALREADY_EXISTS,
    )


def test_a_course_with_attendance_cannot_be_deleted(regional_db: Database) -> None:
    course_id = _course(regional_db)
    session = planning.add_session(
        regional_db, ids.new_id(), course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12)
    )
    person = _person(regional_db, "Anna", "Ek")
    with UnitOfWork(regional_db) as uow:
        uow.session.add(
            Attendance(
                id=ids.attendance_id(session.id, person),
                partition="SE32",
                session_id=session.id,
                person_id=person,
                status=AttendanceStatus.PRESENT,
                minutes=180,
                recorded_at=D(2010, 3, 1, 12),
            )
        )
        uow.commit()
    _refused(
        regional_db,
        lambda: planning.delete_course(regional_db, course_id),
        "course",
        Problem.HAS_ATTENDANCE,
    )
    _refused(
        regional_db,
        lambda: planning.delete_session(regional_db, session.id),
        "session",
        Problem.HAS_ATTENDANCE,
    )


# -- sessions -----------------------------------------------------------------------------
def test_sessions_add_update_delete_restore(regional_db: Database) -> None:
    course_id = _course(regional_db)
    venue = _venue(regional_db)
    leader = _person(regional_db, "Lisa", "Berg", role=ParticipantRole.COURSE_LEADER)
    session_id = ids.new_id()
    added = planning.add_session(
        regional_db,
        session_id,
        course_id,
        D(2010, 3, 1, 9),
        D(2010, 3, 1, 12),
        venue,
        leader,
        " Ta med dator ",
    )
    assert (added.venue_name, added.leader_name, added.note) == (
        "Folkets Hus",
        "Lisa Berg",
        "Ta med dator",
    )
    assert added.course_title == "Styrelsearbete" and added.minutes == 180
    moved = planning.update_session(
        regional_db, session_id, starts_at=D(2010, 3, 2, 13), ends_at=D(2010, 3, 2, 16)
    )
    assert moved.starts_at == D(2010, 3, 2, 13) and moved.venue_id == venue
    course = planning.get_course(regional_db, course_id)
    assert (course.session_count, course.first_start, course.last_end) == (
        1,
        D(2010, 3, 2, 13),
        D(2010, 3, 2, 16),
    )
    cleared = planning.update_session(regional_db, session_id, venue_id=None, leader_id=None)
    assert cleared.venue_name is None and cleared.leader_name is None
    gone = planning.delete_session(regional_db, session_id)
    assert gone.deleted
    assert planning.list_sessions(regional_db, course_id) == []
    back = planning.restore_session(regional_db, session_id)
    assert back == cleared
    # Redo of an undone add revives the same row.
    planning.delete_session(regional_db, session_id)
    again = planning.add_session(
        regional_db, session_id, course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12)
    )
    assert again.starts_at == D(2010, 3, 1, 9) and not again.deleted


def test_bad_sessions_write_nothing(regional_db: Database) -> None:
    course_id = _course(regional_db)
    session_id = ids.new_id()
    planning.add_session(regional_db, session_id, course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12))
    _refused(
        regional_db,
        lambda: planning.add_session(
            regional_db, ids.new_id(), course_id, D(2010, 3, 1, 12), D(2010, 3, 1, 9)
        ),
        "ends_at",
        Problem.END_BEFORE_START,
    )
    _refused(
        regional_db,
        lambda: planning.update_session(regional_db, session_id, ends_at=D(2010, 3, 1, 8)),
        "ends_at",
        Problem.END_BEFORE_START,
    )
    _refused(
        regional_db,
        lambda: planning.update_session(regional_db, session_id, venue_id="no-such-venue"),
        "venue_id",
        Problem.UNKNOWN,
    )
    _refused(
        regional_db,
        lambda: planning.add_session(
            regional_db, ids.new_id(), "no-course", D(2010, 3, 1, 9), D(2010, 3, 1, 12)
        ),
        "course",
        Problem.NOT_FOUND,
    )
    assert len(planning.list_sessions(regional_db, course_id)) == 1


def test_weekly_series_and_its_undo(regional_db: Database) -> None:
    course_id = _course(regional_db)
    venue = _venue(regional_db)
    session_ids = [ids.new_id() for _ in range(4)]
    made = planning.add_weekly_sessions(
        regional_db,
        course_id,
        D(2010, 3, 15, 18),
        D(2010, 3, 15, 20),
        4,
        venue,
        None,
        session_ids,
    )
    assert [s.starts_at for s in made] == [D(2010, 3, d, 18) for d in (15, 22, 29)] + [
        D(2010, 4, 5, 18)
    ]
    assert all(s.venue_id == venue for s in made)
    undone = planning.delete_sessions(regional_db, session_ids)
    assert all(s.deleted for s in undone)
    assert planning.list_sessions(regional_db, course_id) == []
    redone = planning.add_weekly_sessions(
        regional_db,
        course_id,
        D(2010, 3, 15, 18),
        D(2010, 3, 15, 20),
        4,
        venue,
        None,
        session_ids,
    )
    assert [s.id for s in redone] == [s.id for s in made]
    _refused(
        regional_db,
        lambda: planning.add_weekly_sessions(
            regional_db, course_id, D(2010, 5, 1, 9), D(2010, 5, 1, 10), 0, None, None, []
        ),
        "weeks",
        Problem.WEEKS_RANGE,
    )
    _refused(
        regional_db,
        lambda: planning.add_weekly_sessions(
            regional_db, course_id, D(2010, 5, 1, 9), D(2010, 5, 1, 10), 3, None, None, ["x"]
        ),
        "session_ids",
        Problem.IDS_MISMATCH,
    )


def test_calendar_shows_the_regions_sessions_in_range(regional_db: Database) -> None:
    mine = _course(regional_db, "Ekonomi")
    cancelled = _course(regional_db, "Inställd", status=CourseStatus.CANCELLED)
    planning.add_session(regional_db, ids.new_id(), mine, D(2010, 3, 1, 9), D(2010, 3, 1, 12))
    planning.add_session(regional_db, ids.new_id(), mine, D(2010, 3, 8, 9), D(2010, 3, 8, 12))
    planning.add_session(regional_db, ids.new_id(), cancelled, D(2010, 3, 2, 9), D(2010, 3, 2, 12))
    week = planning.calendar_sessions(regional_db, "SE32", dt.date(2010, 3, 1), dt.date(2010, 3, 7))
    assert [(s.course_title, s.starts_at) for s in week] == [("Ekonomi", D(2010, 3, 1, 9))]
    assert (
        planning.calendar_sessions(regional_db, "SE11", dt.date(2010, 3, 1), dt.date(2010, 3, 7))
        == []
    )


# -- warnings -----------------------------------------------------------------------------
def test_venue_double_booking_is_warned_on_both_courses(regional_db: Database) -> None:
    venue = _venue(regional_db)
    a = _course(regional_db, "Ekonomi")
    b = _course(regional_db, "Styrelse")
    sa_ = planning.add_session(
        regional_db, ids.new_id(), a, D(2010, 3, 1, 9), D(2010, 3, 1, 12), venue
    )
    sb = planning.add_session(
        regional_db, ids.new_id(), b, D(2010, 3, 1, 11), D(2010, 3, 1, 14), venue
    )
    planning.add_session(  # same venue, touching only
        regional_db, ids.new_id(), b, D(2010, 3, 1, 12), D(2010, 3, 1, 13)
    )
    warned = planning.warnings_for_course(regional_db, a)
    assert [(w.kind, w.session_id, w.other_session_id, w.other_course_title) for w in warned] == [
        (WarningKind.VENUE_DOUBLE_BOOKED, sa_.id, sb.id, "Styrelse")
    ]
    assert [w.other_course_title for w in planning.warnings_for_course(regional_db, b)] == [
        "Ekonomi"
    ]
    # Moving the session away clears both.
    planning.update_session(regional_db, sb.id, starts_at=D(2010, 3, 1, 12))
    assert planning.warnings_for_course(regional_db, a) == []
    # A cancelled course no longer holds the venue.
    planning.update_session(regional_db, sb.id, starts_at=D(2010, 3, 1, 10))
    planning.update_course(regional_db, b, status=CourseStatus.CANCELLED)
    assert planning.warnings_for_course(regional_db, a) == []


def test_leader_double_booking(regional_db: Database) -> None:
    leader = _person(regional_db, "Lisa", "Berg", role=ParticipantRole.COURSE_LEADER)
    a = _course(regional_db, "Ekonomi")
    b = _course(regional_db, "Styrelse")
    planning.add_session(
        regional_db,
        ids.new_id(),
        a,
        D(2010, 3, 1, 9),
        D(2010, 3, 1, 12),
        _venue(regional_db),
        leader,
    )
    planning.add_session(
        regional_db, ids.new_id(), b, D(2010, 3, 1, 10), D(2010, 3, 1, 11), None, leader
    )
    (warning,) = planning.warnings_for_course(regional_db, a)
    assert warning.kind is WarningKind.LEADER_DOUBLE_BOOKED
    assert warning.leader_name == "Lisa Berg"


def test_outside_the_project_period(regional_db: Database) -> None:
    period = planning.project_period(regional_db)
    assert period == (dt.date(2009, 2, 2), dt.date(2012, 1, 31))
    course_id = _course(regional_db)
    inside = planning.add_session(
        regional_db, ids.new_id(), course_id, D(2011, 3, 1, 9), D(2011, 3, 1, 12)
    )
    late = planning.add_session(
        regional_db, ids.new_id(), course_id, D(2012, 2, 1, 9), D(2012, 2, 1, 12)
    )
    warned = planning.warnings_for_course(regional_db, course_id)
    assert [(w.kind, w.session_id) for w in warned] == [(WarningKind.OUTSIDE_PERIOD, late.id)]
    assert inside.id not in {w.session_id for w in warned}


def test_enrolment_over_capacity(regional_db: Database) -> None:
    course_id = _course(regional_db, capacity=2)
    for n in range(3):
        _enrol(regional_db, course_id, _person(regional_db, "P", str(n)), EnrolmentStatus.ENROLLED)
    _enrol(regional_db, course_id, _person(regional_db, "W", "W"), EnrolmentStatus.WAITLISTED)
    course = planning.get_course(regional_db, course_id)
    assert (course.enrolled_count, course.waitlisted_count) == (3, 1)
    (warning,) = planning.warnings_for_course(regional_db, course_id)
    assert (warning.kind, warning.count, warning.limit) == (WarningKind.OVER_CAPACITY, 3, 2)
    planning.update_course(regional_db, course_id, capacity=3)
    assert planning.warnings_for_course(regional_db, course_id) == []


def test_needs_not_met_by_the_venue(regional_db: Database) -> None:
    course_id = _course(regional_db)
    venue = _venue(regional_db, hearing_loop=False, step_free_entrance=True)
    planning.add_session(
        regional_db, ids.new_id(), course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12), venue
    )
    hears = _person(regional_db, "Anna", "Ek", needs="hearing_loop,parking_nearby")
    _enrol(regional_db, course_id, hears, EnrolmentStatus.ENROLLED)
    waiting = _person(regional_db, "Bo", "Al", needs="allergy_safe")
    _enrol(regional_db, course_id, waiting, EnrolmentStatus.WAITLISTED)
    warned = planning.warnings_for_course(regional_db, course_id)
    assert [(w.kind, w.need) for w in warned] == [
        (WarningKind.NEED_NOT_MET, AccessibilityNeed.HEARING_LOOP),
        (WarningKind.NEED_NOT_CHECKED, AccessibilityNeed.PARKING_NEARBY),
    ]
    planning.update_venue(regional_db, venue, hearing_loop=True, parking_within_25m=True)
    assert planning.warnings_for_course(regional_db, course_id) == []


# -- venues -------------------------------------------------------------------------------
def test_venues_create_update_delete_restore(regional_db: Database) -> None:
    venue_id = ids.new_id()
    made = planning.create_venue(
        regional_db,
        venue_id,
        "SE32",
        name=" Bygdegården ",
        municipality_code="2361",
        capacity=40,
        hearing_loop=True,
        accessible_toilet=False,
    )
    assert made.name == "Bygdegården" and made.municipality_name == "Härjedalen"
    assert (made.hearing_loop, made.accessible_toilet, made.allergy_safe) == (True, False, None)
    changed = planning.update_venue(regional_db, venue_id, accessible_toilet=None, address="Byv 1")
    assert changed.accessible_toilet is None and changed.address == "Byv 1"
    assert [v.id for v in planning.list_venues(regional_db, "SE32")] == [venue_id]
    assert planning.list_venues(regional_db, "SE11") == []
    assert planning.delete_venue(regional_db, venue_id).deleted
    assert planning.list_venues(regional_db) == []
    assert planning.restore_venue(regional_db, venue_id) == changed
    planning.delete_venue(regional_db, venue_id)
    assert planning.create_venue(regional_db, venue_id, "SE32", name="Bygdegården").id == venue_id


def test_bad_venues_write_nothing(regional_db: Database) -> None:
    venue_id = _venue(regional_db)
    _refused(
        regional_db,
        lambda: planning.create_venue(regional_db, ids.new_id(), "SE32", name=" "),
        "name",
        Problem.NAME_REQUIRED,
    )
    _refused(
        regional_db,
        lambda: planning.update_venue(regional_db, venue_id, capacity=-1),
        "capacity",
        Problem.NEGATIVE,
    )
    _refused(
        regional_db,
        lambda: planning.update_venue(regional_db, venue_id, municipality_code="9999"),
        "municipality_code",
        Problem.UNKNOWN,
    )
    course_id = _course(regional_db)
    planning.add_session(
        regional_db, ids.new_id(), course_id, D(2010, 3, 1, 9), D(2010, 3, 1, 12), venue_id
    )
    _refused(
        regional_db,
        lambda: planning.delete_venue(regional_db, venue_id),
        "venue",
        Problem.VENUE_IN_USE,
    )


# -- choices ------------------------------------------------------------------------------
def test_leader_choices_are_the_regions_leaders_and_those_already_leading(
    regional_db: Database,
) -> None:
    lisa = _person(regional_db, "Lisa", "Berg", role=ParticipantRole.COURSE_LEADER)
    _person(regional_db, "Sven", "Ek", role=ParticipantRole.COURSE_LEADER, region="SE11")
    anna = _person(regional_db, "Anna", "Alm")
    course_id = _course(regional_db, leader_ids=[anna])
    assert [p.name for p in planning.leader_choices(regional_db, "SE32")] == ["Lisa Berg"]
    choices = planning.leader_choices(regional_db, "SE32", course_id)
    assert [p.id for p in choices] == [anna, lisa]


def test_area_choices_put_the_national_catalogue_first(regional_db: Database) -> None:
    jamtland = [a.code for a in planning.area_choices(regional_db, "SE32")]
    assert jamtland == [f"NAT-{n}" for n in range(1, 8)]
    skane = [a.code for a in planning.area_choices(regional_db, "SE22")]
    assert skane[:7] == jamtland and skane[7:10] == ["SKA-1", "SKA-1.1", "SKA-1.2"]
    assert skane.index("SKA-10") > skane.index("SKA-9") > skane.index("SKA-2")
    everything = planning.area_choices(regional_db, None)
    assert everything[0].code == "NAT-1" and len(everything) == 50
    names = [m.name for m in planning.municipality_choices(regional_db, "SE32")]
    assert "Östersund" in names and "Sundsvall" in names and "Umeå" not in names
