"""Pure planning rules: validation, weekly series, overlaps, period, capacity and needs."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.domain.enums import AccessibilityNeed, CourseKind, CourseStatus
from soul_desktop.domain.planning import (
    BookedSlot,
    CourseRecord,
    PlanningError,
    Problem,
    SessionRecord,
    VenueRecord,
    WarningKind,
    capacity_warning,
    check_course,
    check_times,
    check_venue,
    course_warnings,
    double_bookings,
    needs_warnings,
    overlaps,
    parse_needs,
    parse_whole_number,
    period_warnings,
    weekly_slots,
)

D = dt.datetime


def _course(**changes: object) -> CourseRecord:
    values: dict[str, object] = {
        "id": "c1",
        "region_code": "SE32",
        "title": "Styrelsearbete",
        "kind": CourseKind.COURSE,
        "description": None,
        "target_group": None,
        "capacity": 12,
        "budget_sek": None,
        "status": CourseStatus.PLANNED,
        "completion_threshold_pct": 75,
    }
    values.update(changes)
    return CourseRecord(**values)  # type: ignore[arg-type]


def _session(sid: str, start: D, end: D, venue: str | None = "v1", leader: str | None = None):
    return SessionRecord(sid, "c1", start, end, venue, "Folkets Hus", leader, "Lisa Berg")


def _slot(sid: str, start: D, end: D, venue: str | None = "v1", leader: str | None = None):
    return BookedSlot(sid, "c2", "Ekonomi", start, end, venue, "Folkets Hus", leader, "Lisa Berg")


def _valid(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "title": "  Styrelse  arbete ",
        "kind": "course",
        "description": " ",
        "target_group": "Styrelser",
        "capacity": 12,
        "budget_sek": 0,
        "status": "open",
        "completion_threshold_pct": 75,
        "area_codes": ["NAT-1", "NAT-1", "NAT-2"],
        "leader_ids": [],
    }
    values.update(changes)
    return values


def test_a_valid_course_is_cleaned() -> None:
    fields = check_course(**_valid())  # type: ignore[arg-type]
    assert fields.title == "Styrelse arbete"
    assert fields.description is None
    assert fields.status is CourseStatus.OPEN
    assert fields.area_codes == ("NAT-1", "NAT-2")


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"title": "   "}, "title", Problem.TITLE_REQUIRED),
        ({"title": "x" * 301}, "title", Problem.TOO_LONG),
        ({"capacity": -1}, "capacity", Problem.NEGATIVE),
        ({"budget_sek": -500}, "budget_sek", Problem.NEGATIVE),
        ({"completion_threshold_pct": 101}, "completion_threshold_pct", Problem.THRESHOLD_RANGE),
        ({"completion_threshold_pct": -1}, "completion_threshold_pct", Problem.THRESHOLD_RANGE),
        ({"kind": "lecture"}, "kind", Problem.UNKNOWN),
        ({"status": "maybe"}, "status", Problem.UNKNOWN),
        ({"target_group": "y" * 301}, "target_group", Problem.TOO_LONG),
    ],
)
def test_bad_course_input_names_its_field(
    changes: dict[str, object], field: str, problem: Problem
) -> None:
    with pytest.raises(PlanningError) as caught:
        check_course(**_valid(**changes))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.problem is problem


def test_threshold_edges_are_allowed() -> None:
    assert check_course(**_valid(completion_threshold_pct=0)).completion_threshold_pct == 0  # type: ignore[arg-type]
    assert check_course(**_valid(completion_threshold_pct=100)).completion_threshold_pct == 100  # type: ignore[arg-type]


def test_whole_numbers_typed_by_the_user() -> None:
    assert parse_whole_number(" 1 500 ", "budget_sek") == 1500
    assert parse_whole_number("", "capacity") is None
    assert parse_whole_number("−3", "capacity") == -3
    with pytest.raises(PlanningError) as caught:
        parse_whole_number("tolv", "capacity")
    assert caught.value.field == "capacity" and caught.value.problem is Problem.NOT_A_NUMBER


def test_session_times() -> None:
    check_times(D(2010, 3, 1, 9), D(2010, 3, 1, 12))
    with pytest.raises(PlanningError) as caught:
        check_times(D(2010, 3, 1, 12), D(2010, 3, 1, 9))
    assert caught.value.field == "ends_at" and caught.value.problem is Problem.END_BEFORE_START
    with pytest.raises(PlanningError):
        check_times(D(2010, 3, 1, 9), D(2010, 3, 1, 9))
    with pytest.raises(PlanningError) as caught:
        check_times(D(2010, 3, 1, 9), D(2010, 3, 2, 9, 1))
    assert caught.value.problem is Problem.SESSION_TOO_LONG


def test_venue_rules() -> None:
    cleaned = check_venue({"name": " Folkets  Hus ", "capacity": 40, "hearing_loop": None})
    assert cleaned["name"] == "Folkets Hus" and cleaned["hearing_loop"] is None
    for values, field in (
        ({"name": ""}, "name"),
        ({"capacity": -4}, "capacity"),
        ({"hearing_loop": "yes"}, "hearing_loop"),
        ({"colour": "red"}, "colour"),
    ):
        with pytest.raises(PlanningError) as caught:
            check_venue(values)
        assert caught.value.field == field


def test_weekly_slots_keep_the_wall_clock_time() -> None:
    # Sweden moves to summer time on 2010-03-28; a naive local time stays at 18:00.
    slots = weekly_slots(D(2010, 3, 15, 18), D(2010, 3, 15, 20), 3)
    assert slots == [
        (D(2010, 3, 15, 18), D(2010, 3, 15, 20)),
        (D(2010, 3, 22, 18), D(2010, 3, 22, 20)),
        (D(2010, 3, 29, 18), D(2010, 3, 29, 20)),
    ]
    with pytest.raises(PlanningError) as caught:
        weekly_slots(D(2010, 3, 15, 18), D(2010, 3, 15, 20), 0)
    assert caught.value.field == "weeks"
    with pytest.raises(PlanningError):
        weekly_slots(D(2010, 3, 15, 18), D(2010, 3, 15, 17), 2)


def test_overlap_is_half_open() -> None:
    assert overlaps(D(2010, 1, 1, 9), D(2010, 1, 1, 12), D(2010, 1, 1, 11), D(2010, 1, 1, 13))
    assert not overlaps(D(2010, 1, 1, 9), D(2010, 1, 1, 12), D(2010, 1, 1, 12), D(2010, 1, 1, 13))


def test_double_bookings_of_venue_and_leader() -> None:
    mine = [_session("s1", D(2010, 1, 4, 9), D(2010, 1, 4, 12), "v1", "p1")]
    others = [
        _slot("o1", D(2010, 1, 4, 11), D(2010, 1, 4, 13), "v1", None),
        _slot("o2", D(2010, 1, 4, 10), D(2010, 1, 4, 11), "v9", "p1"),
        _slot("o3", D(2010, 1, 4, 12), D(2010, 1, 4, 14), "v1", "p1"),  # touches only
        _slot("o4", D(2010, 1, 4, 9), D(2010, 1, 4, 12), "v2", "p2"),  # someone else
    ]
    found = double_bookings(mine, others)
    assert [(w.kind, w.other_session_id) for w in found] == [
        (WarningKind.VENUE_DOUBLE_BOOKED, "o1"),
        (WarningKind.LEADER_DOUBLE_BOOKED, "o2"),
    ]
    assert found[0].other_course_title == "Ekonomi"
    assert "booked twice" in found[0].message


def test_a_clash_inside_one_course_is_said_once() -> None:
    a = _session("s1", D(2010, 1, 4, 9), D(2010, 1, 4, 12))
    b = _session("s2", D(2010, 1, 4, 10), D(2010, 1, 4, 11))
    slots = [_slot("s1", a.starts_at, a.ends_at), _slot("s2", b.starts_at, b.ends_at)]
    assert len(double_bookings([a, b], slots)) == 1


def test_sessions_outside_the_project_period() -> None:
    period = (dt.date(2009, 2, 2), dt.date(2012, 1, 31))
    sessions = [
        _session("early", D(2009, 2, 1, 9), D(2009, 2, 1, 12)),
        _session("first", D(2009, 2, 2, 9), D(2009, 2, 2, 12)),
        _session("last", D(2012, 1, 31, 9), D(2012, 1, 31, 12)),
        _session("late", D(2012, 2, 1, 9), D(2012, 2, 1, 12)),
    ]
    found = period_warnings(sessions, period)
    assert [w.session_id for w in found] == ["early", "late"]
    assert all(w.kind is WarningKind.OUTSIDE_PERIOD for w in found)
    assert period_warnings(sessions, None) == []


def test_enrolment_over_capacity() -> None:
    assert capacity_warning(_course(capacity=12, enrolled_count=12)) is None
    assert capacity_warning(_course(capacity=None, enrolled_count=50)) is None
    over = capacity_warning(_course(capacity=12, enrolled_count=13))
    assert over is not None and over.kind is WarningKind.OVER_CAPACITY
    assert (over.count, over.limit) == (13, 12)


def test_needs_not_met_and_not_checked() -> None:
    venue = VenueRecord(
        "v1", "SE32", "Folkets Hus", hearing_loop=False, step_free_entrance=None, allergy_safe=True
    )
    sessions = [
        _session("s1", D(2010, 1, 4, 9), D(2010, 1, 4, 12)),
        _session("s2", D(2010, 1, 11, 9), D(2010, 1, 11, 12)),
        _session("s3", D(2010, 1, 18, 9), D(2010, 1, 18, 12), venue=None),
    ]
    needs = ["hearing_loop,step_free_access", "hearing_loop", "allergy_safe", "", "breaks"]
    found = needs_warnings("c1", sessions, {"v1": venue}, needs)
    assert [(w.kind, w.need, w.count, w.limit) for w in found] == [
        (WarningKind.NEED_NOT_CHECKED, AccessibilityNeed.STEP_FREE_ACCESS, 1, 2),
        (WarningKind.NEED_NOT_MET, AccessibilityNeed.HEARING_LOOP, 2, 2),
    ]
    assert found[0].session_id == "s1"
    assert "has not checked" in found[0].message
    assert needs_warnings("c1", sessions, {"v1": venue}, ["breaks"]) == []


def test_parse_needs_ignores_free_text() -> None:
    assert parse_needs("hearing_loop, rullstol ,breaks") == {
        AccessibilityNeed.HEARING_LOOP,
        AccessibilityNeed.BREAKS,
    }


def test_course_warnings_put_the_course_wide_ones_first() -> None:
    course = _course(capacity=1, enrolled_count=2)
    sessions = [
        _session("s2", D(2012, 3, 1, 9), D(2012, 3, 1, 12)),
        _session("s1", D(2010, 1, 4, 9), D(2010, 1, 4, 12)),
    ]
    others = [_slot("o1", D(2010, 1, 4, 10), D(2010, 1, 4, 11))]
    found = course_warnings(
        course, sessions, others, (dt.date(2009, 1, 1), dt.date(2011, 12, 31)), {}, []
    )
    assert [w.kind for w in found] == [
        WarningKind.OVER_CAPACITY,
        WarningKind.VENUE_DOUBLE_BOOKED,
        WarningKind.OUTSIDE_PERIOD,
    ]
