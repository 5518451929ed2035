"""Hybrid logical clock: timestamps that order changes across installations with skewed clocks."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1


def pack(wall_ms: int, logical: int) -> int:
    """One sortable 64-bit integer: wall milliseconds above a 16-bit logical counter."""
    if not 0 <= logical <= LOGICAL_MASK:
        raise ValueError("logical counter out of range")
    return (wall_ms << LOGICAL_BITS) | logical


def unpack(value: int) -> tuple[int, int]:
    return value >> LOGICAL_BITS, value & LOGICAL_MASK


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HybridLogicalClock:
    """Kulkarni et al.'s HLC; `last` is the packed value of the newest timestamp seen or made."""

    last: int = 0
    now_ms: Callable[[], int] = wall_clock_ms

    def tick(self) -> int:
        """A timestamp for a local change, greater than every timestamp seen so far."""
        last_wall, last_logical = unpack(self.last)
        wall = self.now_ms()
        if wall > last_wall:
            self.last = pack(wall, 0)
        else:
            self.last = self._bump(last_wall, last_logical)
        return self.last

    def observe(self, remote: int) -> int:
        """Merge a timestamp received from another installation; returns the new local time."""
        last_wall, last_logical = unpack(self.last)
        remote_wall, remote_logical = unpack(remote)
        wall = self.now_ms()
        top = max(wall, last_wall, remote_wall)
        if top == wall and wall > last_wall and wall > remote_wall:
            self.last = pack(wall, 0)
        elif last_wall == remote_wall == top:
            self.last = self._bump(top, max(last_logical, remote_logical))
        elif top == last_wall:
            self.last = self._bump(top, last_logical)
        else:
            self.last = self._bump(top, remote_logical)
        return self.last

    @staticmethod
    def _bump(wall: int, logical: int) -> int:
        # On overflow of the logical part, borrow the next millisecond rather than wrap.
        if logical >= LOGICAL_MASK:
            return pack(wall + 1, 0)
        return pack(wall, logical + 1)
