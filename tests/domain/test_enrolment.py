"""Pure place rules: who gets a place, who waits, offers made and taken back, history."""

from __future__ import annotations

import datetime as dt

from soul_desktop.domain.enrolment import (
    BATCH_STEP,
    EnrolmentChange,
    EnrolmentRecord,
    change_time,
    count_places,
    rebalance,
    state_from_history,
    statuses_for_new,
    waitlist,
    waitlist_positions,
)
from soul_desktop.domain.enums import EnrolmentStatus as S

T0 = dt.datetime(2026, 3, 1, 9, 0)


def _record(name: str, status: S, minutes: int) -> EnrolmentRecord:
    at = T0 + dt.timedelta(minutes=minutes)
    return EnrolmentRecord(name, "c", name, name, None, status, T0, at, False)


def test_places_count_enrolled_and_offered_as_taken() -> None:
    records = [
        _record("a", S.ENROLLED, 0),
        _record("b", S.OFFERED, 1),
        _record("c", S.WAITLISTED, 2),
        _record("d", S.WITHDRAWN, 3),
    ]
    places = count_places(3, records)
    assert (places.taken, places.free, places.waiting, places.over_capacity) == (2, 1, 1, 0)
    assert count_places(None, records).free is None
    assert count_places(1, records).over_capacity == 1


def test_newcomers_fill_free_places_then_wait_in_order() -> None:
    records = [_record("a", S.ENROLLED, 0)]
    assert statuses_for_new(3, records, 4) == [S.ENROLLED, S.ENROLLED, S.WAITLISTED, S.WAITLISTED]
    assert statuses_for_new(None, records, 2) == [S.ENROLLED, S.ENROLLED]
    assert statuses_for_new(0, [], 1) == [S.WAITLISTED]


def test_newcomers_never_jump_the_waitlist() -> None:
    records = [_record("a", S.ENROLLED, 0), _record("w", S.WAITLISTED, 1)]
    assert statuses_for_new(5, records, 1) == [S.WAITLISTED]


def test_waitlist_is_ordered_by_waiting_since() -> None:
    records = [
        _record("late", S.WAITLISTED, 30),
        _record("early", S.WAITLISTED, 10),
        _record("in", S.ENROLLED, 0),
    ]
    assert [r.id for r in waitlist(records)] == ["early", "late"]
    assert waitlist_positions(records) == {"early": 1, "late": 2}


def test_a_free_place_is_offered_to_the_first_waiting() -> None:
    records = [
        _record("a", S.ENROLLED, 0),
        _record("w2", S.WAITLISTED, 20),
        _record("w1", S.WAITLISTED, 10),
    ]
    plan = rebalance(2, records)
    assert plan.offer == ("w1",) and plan.retract == ()
    assert rebalance(3, records).offer == ("w1", "w2")
    assert rebalance(None, records).offer == ("w1", "w2")
    assert rebalance(1, records).offer == ()


def test_too_few_places_take_back_the_newest_offers_only() -> None:
    records = [
        _record("a", S.ENROLLED, 0),
        _record("b", S.ENROLLED, 1),
        _record("old", S.OFFERED, 5),
        _record("new", S.OFFERED, 9),
    ]
    assert rebalance(3, records).retract == ("new",)
    # Enrolled persons keep their place even when the capacity falls below them.
    assert rebalance(0, records).retract == ("new", "old")


def _change(status: S, minutes: int) -> EnrolmentChange:
    return EnrolmentChange(str(minutes), "e", status, T0 + dt.timedelta(minutes=minutes), None)


def test_state_follows_history() -> None:
    assert state_from_history([]) is None
    history = [_change(S.WAITLISTED, 0), _change(S.OFFERED, 5), _change(S.ENROLLED, 7)]
    state = state_from_history(history)
    assert state is not None
    assert (state.status, state.enrolled_at, state.status_since) == (
        S.ENROLLED,
        T0,
        T0 + dt.timedelta(minutes=7),
    )
    # Taking back the acceptance: offered again, since the offer was made.
    back = state_from_history(history[:-1])
    assert back is not None and back.status is S.OFFERED
    assert back.status_since == T0 + dt.timedelta(minutes=5)


def test_enrolling_again_starts_a_new_spell() -> None:
    history = [_change(S.ENROLLED, 0), _change(S.WITHDRAWN, 10), _change(S.WAITLISTED, 20)]
    state = state_from_history(history)
    assert state is not None and state.enrolled_at == T0 + dt.timedelta(minutes=20)
    withdrawn = state_from_history(history[:2])
    assert withdrawn is not None and withdrawn.status is S.WITHDRAWN
    assert withdrawn.enrolled_at == T0


def test_change_time_moves_past_the_latest_entry() -> None:
    history = [_change(S.ENROLLED, 10)]
    assert change_time(T0 + dt.timedelta(minutes=11), history) == T0 + dt.timedelta(minutes=11)
    assert change_time(T0, history) == T0 + dt.timedelta(minutes=10) + BATCH_STEP
