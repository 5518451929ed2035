"""The hybrid logical clock orders local and received timestamps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from soul_desktop.domain.hlc import LOGICAL_MASK, HybridLogicalClock, pack, unpack


def test_pack_round_trips() -> None:
    assert unpack(pack(1_700_000_000_000, 42)) == (1_700_000_000_000, 42)


def test_tick_uses_wall_clock_when_it_moves_forward() -> None:
    now = iter([1000, 2000])
    clock = HybridLogicalClock(now_ms=lambda: next(now))
    assert unpack(clock.tick()) == (1000, 0)
    assert unpack(clock.tick()) == (2000, 0)


def test_tick_counts_logically_when_wall_clock_stalls_or_goes_back() -> None:
    now = iter([1000, 1000, 900])
    clock = HybridLogicalClock(now_ms=lambda: next(now))
    first, second, third = clock.tick(), clock.tick(), clock.tick()
    assert first < second < third
    assert unpack(third) == (1000, 2)


def test_observe_moves_past_a_remote_clock_that_runs_ahead() -> None:
    clock = HybridLogicalClock(now_ms=lambda: 1000)
    remote = pack(5000, 7)
    assert clock.observe(remote) > remote
    assert clock.tick() > remote


def test_logical_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridLogicalClock(last=pack(1000, LOGICAL_MASK), now_ms=lambda: 1000)
    assert unpack(clock.tick()) == (1001, 0)


@given(
    walls=st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=40),
    remotes=st.lists(st.integers(min_value=0, max_value=pack(10**13, 100)), max_size=40),
)
def test_timestamps_strictly_increase_whatever_the_wall_clock_does(
    walls: list[int], remotes: list[int]
) -> None:
    readings = iter(walls * 3)
    clock = HybridLogicalClock(now_ms=lambda: next(readings, walls[-1]))
    seen: list[int] = []
    for index, wall in enumerate(walls):
        del wall
        if index < len(remotes):
            seen.append(clock.observe(remotes[index]))
            assert seen[-1] > remotes[index]
        seen.append(clock.tick())
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
