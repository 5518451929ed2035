"""Attendance rules: the Space cycle, minutes per status, who is expected, completion."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.domain.attendance import (
    AttendanceCell,
    AttendanceGrid,
    Completion,
    GridPerson,
    GridSession,
    TodayList,
    completion,
    course_completion,
    is_expected,
    make_cell,
    minutes_for,
    next_status,
    person_totals,
    session_totals,
)
from soul_desktop.domain.enums import AttendanceStatus as S
from soul_desktop.domain.errors import ValidationError

DAY = dt.datetime(2010, 3, 1, 13, 0)


def _session(number: int, minutes: int = 180) -> GridSession:
    starts = DAY + dt.timedelta(days=7 * number)
    return GridSession(f"s{number}", starts, starts + dt.timedelta(minutes=minutes), "Folkets Hus")


def _person(pid: str, enrolled_at: dt.datetime = DAY - dt.timedelta(days=10)) -> GridPerson:
    return GridPerson(pid, "Anna", "Berg", None, enrolled_at)


def test_space_cycles_present_absent_excused() -> None:
    assert next_status(None) is S.PRESENT
    assert next_status(S.PRESENT) is S.ABSENT
    assert next_status(S.ABSENT) is S.EXCUSED
    assert next_status(S.EXCUSED) is S.PRESENT
    # Partial is a shortened present: the cycle goes on from there.
    assert next_status(S.PARTIAL) is S.ABSENT


def test_minutes_for_each_status() -> None:
    assert minutes_for(S.PRESENT, 180) == 180
    assert minutes_for(S.ABSENT, 180) == 0
    assert minutes_for(S.EXCUSED, 180) == 0
    assert minutes_for(S.PARTIAL, 180, 90) == 90
    assert minutes_for(S.PARTIAL, 180, 1) == 1
    assert minutes_for(S.PARTIAL, 180, 179) == 179


@pytest.mark.parametrize("minutes", [None, 0, -5, 180, 181])
def test_partial_minutes_must_lie_inside_the_session(minutes: int | None) -> None:
    with pytest.raises(ValidationError) as caught:
        minutes_for(S.PARTIAL, 180, minutes)
    assert caught.value.field == "minutes"


def test_minutes_only_for_partial() -> None:
    with pytest.raises(ValidationError):
        minutes_for(S.PRESENT, 180, 90)


def test_make_cell_and_planned_minutes() -> None:
    session = _session(0, minutes=150)
    assert session.planned_minutes == 150
    assert make_cell(session, "p", S.PRESENT) == AttendanceCell("s0", "p", S.PRESENT, 150)
    assert make_cell(session, "p", S.PARTIAL, 60).minutes == 60


@pytest.mark.parametrize(
    ("attended", "planned", "expected"),
    [
        (75, 100, Completion.COMPLETED),  # exactly the threshold
        (74, 100, Completion.PARTLY_COMPLETED),
        (100, 100, Completion.COMPLETED),
        (1, 100, Completion.PARTLY_COMPLETED),
        (0, 100, Completion.NOT_COMPLETED),
        (0, 0, Completion.NOT_COMPLETED),
        (405, 540, Completion.COMPLETED),  # 3 × 180 min, 75 % exactly
        (404, 540, Completion.PARTLY_COMPLETED),
    ],
)
def test_completion_at_75_percent(attended: int, planned: int, expected: Completion) -> None:
    assert completion(attended, planned, 75) is expected


def test_completion_follows_the_course_threshold() -> None:
    assert completion(50, 100, 50) is Completion.COMPLETED
    assert completion(99, 100, 100) is Completion.PARTLY_COMPLETED
    assert completion(100, 100, 100) is Completion.COMPLETED


def test_a_session_before_the_enrolment_is_not_expected() -> None:
    late = _person("late", enrolled_at=_session(1).starts_at)
    assert not is_expected(_session(0), late)
    # Enrolled at the very start of a session (a walk-in): expected there.
    assert is_expected(_session(1), late)
    assert is_expected(_session(2), late)


def test_late_enrolment_is_not_counted_as_planned() -> None:
    sessions = [_session(i) for i in range(4)]
    late = _person("late", enrolled_at=sessions[2].starts_at - dt.timedelta(hours=1))
    cells = {
        ("s2", "late"): AttendanceCell("s2", "late", S.PRESENT, 180),
        ("s3", "late"): AttendanceCell("s3", "late", S.PARTIAL, 90),
    }
    totals = person_totals(late, sessions, cells, 75)
    assert (totals.attended_minutes, totals.planned_minutes) == (270, 360)
    assert totals.share == pytest.approx(0.75)
    assert totals.completion is Completion.COMPLETED
    # Marked present anyway for an earlier session: it counts, planned and attended.
    cells[("s0", "late")] = AttendanceCell("s0", "late", S.PRESENT, 180)
    assert person_totals(late, sessions, cells, 75).planned_minutes == 540
    # Absent for a session before they enrolled: it does not count against them.
    cells[("s1", "late")] = AttendanceCell("s1", "late", S.ABSENT, 0)
    assert person_totals(late, sessions, cells, 75).planned_minutes == 540


def test_unmarked_and_excused_sessions_are_planned_but_not_attended() -> None:
    sessions = [_session(i) for i in range(4)]
    person = _person("p")
    cells = {
        ("s0", "p"): AttendanceCell("s0", "p", S.PRESENT, 180),
        ("s1", "p"): AttendanceCell("s1", "p", S.EXCUSED, 0),
        ("s2", "p"): AttendanceCell("s2", "p", S.PRESENT, 180),
    }
    totals = person_totals(person, sessions, cells, 75)
    assert (totals.attended_minutes, totals.planned_minutes) == (360, 720)
    assert totals.completion is Completion.PARTLY_COMPLETED
    assert person_totals(person, sessions, {}, 75).completion is Completion.NOT_COMPLETED
    assert person_totals(person, [], {}, 75).share is None


def test_session_totals_count_each_status() -> None:
    session = _session(1)
    persons = [_person(p) for p in ("a", "b", "c", "d", "e")]
    persons.append(_person("late", enrolled_at=session.ends_at))
    cells = {
        ("s1", "a"): AttendanceCell("s1", "a", S.PRESENT, 180),
        ("s1", "b"): AttendanceCell("s1", "b", S.PARTIAL, 60),
        ("s1", "c"): AttendanceCell("s1", "c", S.ABSENT, 0),
        ("s1", "d"): AttendanceCell("s1", "d", S.EXCUSED, 0),
    }
    totals = session_totals(session, persons, cells)
    assert (totals.expected, totals.present, totals.partial) == (5, 1, 1)
    assert (totals.absent, totals.excused, totals.unmarked) == (1, 1, 1)
    assert totals.attended == 2 and totals.attended_minutes == 240


def test_course_completion_and_today_list() -> None:
    sessions = (_session(0), _session(1))
    late = _person("late", enrolled_at=sessions[1].starts_at)
    persons = (_person("a"), _person("b"), _person("c"), late)
    cells = {
        ("s0", "a"): AttendanceCell("s0", "a", S.PRESENT, 180),
        ("s1", "a"): AttendanceCell("s1", "a", S.PRESENT, 180),
        ("s0", "b"): AttendanceCell("s0", "b", S.PRESENT, 180),
    }
    grid = AttendanceGrid("c1", "Kurs", 75, sessions, persons, cells)
    result = course_completion(grid)
    assert (result.completed, result.partly_completed, result.not_completed) == (1, 1, 2)
    assert result.attended_minutes == 540 and result.planned_minutes == 180 * 7
    assert grid.cell("s0", "c").status is None
    today = TodayList(sessions[0], grid)
    assert [p.id for p in today.persons] == ["a", "b", "c"]
    assert today.cell("a").status is S.PRESENT
