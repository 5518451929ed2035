"""Enrolments as plain records, and the pure rules of places, the waitlist and offers.

A place is held by an enrolled person and by one who has been offered a place and not yet
answered. Whoever cannot get a place waits; the waitlist is ordered by when each person began
waiting (`status_since`). When places free up (a withdrawal, a declined offer, a larger
capacity) the first waiting persons are offered them; when there are fewer places than holders
(a smaller capacity, a withdrawal taken back) the newest offers are taken back first. Enrolled
persons never lose their place to these rules.

An enrolment's status, `enrolled_at` and `status_since` always follow from its live history:
each change appends one entry, and taking a change back (undo) removes its entry, so the row
returns exactly to what it was, including its place in the waitlist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from soul_desktop.domain.enums import EnrolmentStatus
from soul_desktop.domain.errors import ValidationError

ACTIVE = frozenset({EnrolmentStatus.ENROLLED, EnrolmentStatus.OFFERED, EnrolmentStatus.WAITLISTED})
HOLDS_PLACE = frozenset({EnrolmentStatus.ENROLLED, EnrolmentStatus.OFFERED})
# Persons enrolled in one action wait in the order they were chosen: their waiting times are
# this far apart, so a sort by `status_since` keeps that order.
BATCH_STEP = dt.timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class EnrolmentRecord:
    id: str
    course_id: str
    person_id: str
    person_name: str
    organisation_name: str | None
    status: EnrolmentStatus
    enrolled_at: dt.datetime
    status_since: dt.datetime
    walk_in: bool


@dataclass(frozen=True, slots=True)
class EnrolmentChange:
    """One entry of an enrolment's status history."""

    id: str
    enrolment_id: str
    status: EnrolmentStatus
    changed_at: dt.datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class EnrolmentState:
    """The columns of an enrolment that its history decides."""

    status: EnrolmentStatus
    enrolled_at: dt.datetime
    status_since: dt.datetime


@dataclass(frozen=True, slots=True)
class Places:
    """A course's places: `capacity` None means unlimited."""

    capacity: int | None
    enrolled: int
    offered: int
    waiting: int

    @property
    def taken(self) -> int:
        return self.enrolled + self.offered

    @property
    def free(self) -> int | None:
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.taken)

    @property
    def over_capacity(self) -> int:
        if self.capacity is None:
            return 0
        return max(0, self.taken - self.capacity)


@dataclass(frozen=True, slots=True)
class Rebalance:
    """What the place rules ask for: offers to make and offers to take back, by enrolment id."""

    offer: tuple[str, ...] = ()
    retract: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CourseEnrolments:
    """A course's enrolments with what the enrolment panel shows above them."""

    course_id: str
    course_title: str
    capacity: int | None
    records: tuple[EnrolmentRecord, ...]

    @property
    def places(self) -> Places:
        return count_places(self.capacity, self.records)


def count_places(capacity: int | None, records: Iterable[EnrolmentRecord]) -> Places:
    enrolled = offered = waiting = 0
    for record in records:
        if record.status is EnrolmentStatus.ENROLLED:
            enrolled += 1
        elif record.status is EnrolmentStatus.OFFERED:
            offered += 1
        elif record.status is EnrolmentStatus.WAITLISTED:
            waiting += 1
    return Places(capacity, enrolled, offered, waiting)


def _waiting_key(record: EnrolmentRecord) -> tuple[dt.datetime, dt.datetime, str]:
    return (record.status_since, record.enrolled_at, record.id)


def waitlist(records: Iterable[EnrolmentRecord]) -> list[EnrolmentRecord]:
    """The waiting persons, first in line first."""
    waiting = [r for r in records if r.status is EnrolmentStatus.WAITLISTED]
    return sorted(waiting, key=_waiting_key)


def waitlist_positions(records: Iterable[EnrolmentRecord]) -> dict[str, int]:
    """Enrolment id → place in the waitlist, counting from 1."""
    return {record.id: number for number, record in enumerate(waitlist(records), start=1)}


def statuses_for_new(
    capacity: int | None, records: Sequence[EnrolmentRecord], count: int
) -> list[EnrolmentStatus]:
    """The statuses of `count` persons enrolled now, in the order they were chosen.

    A newcomer gets a place only when one is free and nobody is already waiting for it;
    otherwise they join the end of the waitlist.
    """
    places = count_places(capacity, records)
    if places.capacity is None:
        return [EnrolmentStatus.ENROLLED] * count
    free = 0 if places.waiting else (places.free or 0)
    given = min(free, count)
    return [EnrolmentStatus.ENROLLED] * given + [EnrolmentStatus.WAITLISTED] * (count - given)


def rebalance(capacity: int | None, records: Sequence[EnrolmentRecord]) -> Rebalance:
    """Offers to make when places are free and persons wait; offers to take back when full."""
    places = count_places(capacity, records)
    if places.over_capacity:
        offered = [r for r in records if r.status is EnrolmentStatus.OFFERED]
        newest_first = sorted(offered, key=_waiting_key, reverse=True)
        return Rebalance(retract=tuple(r.id for r in newest_first[: places.over_capacity]))
    waiting = waitlist(records)
    if not waiting:
        return Rebalance()
    free = len(waiting) if places.free is None else places.free
    return Rebalance(offer=tuple(r.id for r in waiting[:free]))


def state_from_history(changes: Sequence[EnrolmentChange]) -> EnrolmentState | None:
    """The enrolment's columns as its history (oldest first) says; None for no history.

    `enrolled_at` is when the latest spell began: the first entry, or the first one after a
    withdrawal (enrolling someone again starts a new spell on the same row).
    """
    if not changes:
        return None
    spell_start = changes[0].changed_at
    for previous, current in pairwise(changes):
        if (
            previous.status is EnrolmentStatus.WITHDRAWN
            and current.status is not EnrolmentStatus.WITHDRAWN
        ):
            spell_start = current.changed_at
    latest = changes[-1]
    return EnrolmentState(latest.status, spell_start, latest.changed_at)


def change_time(now: dt.datetime, changes: Sequence[EnrolmentChange]) -> dt.datetime:
    """`now`, or just after the latest entry when the clock has not moved on since."""
    if changes and changes[-1].changed_at >= now:
        return changes[-1].changed_at + BATCH_STEP
    return now


# -- which change is allowed from which status ------------------------------------------------


def check_can_enrol(record: EnrolmentRecord | None) -> None:
    if record is not None and record.status in ACTIVE:
        raise ValidationError(
            f"{record.person_name} is already on this course ({record.status.value})",
            field="persons",
            code="enrolment.already_on_course",
            params={"name": record.person_name, "status": record.status.value},
        )


def check_can_withdraw(record: EnrolmentRecord) -> None:
    if record.status not in ACTIVE:
        raise ValidationError(
            f"{record.person_name} has already withdrawn",
            field="status",
            code="enrolment.already_withdrawn",
            params={"name": record.person_name},
        )


def check_has_offer(record: EnrolmentRecord) -> None:
    if record.status is not EnrolmentStatus.OFFERED:
        raise ValidationError(
            f"{record.person_name} has not been offered a place ({record.status.value})",
            field="status",
            code="enrolment.no_offer",
            params={"name": record.person_name, "status": record.status.value},
        )
