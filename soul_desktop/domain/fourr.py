"""The 4R gender-equality analysis: units, periods, counts by gender and the figures' records.

The definitions behind every figure are in docs/fourr-and-targets.md; in short: a course
counts whole in the period in which its first session starts, persons are counted once per
figure (after duplicate merging), and "other" and "not stated" are never folded into the two
largest groups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    Gender,
    OutsideBody,
    ParticipantRole,
    ResourceKind,
)
from soul_desktop.domain.errors import ValidationError

# Counts from 1 to this minus one are hidden in anything that leaves the region.
SMALL_COUNT_LIMIT = 5
GENDER_ORDER: tuple[Gender, ...] = (Gender.WOMAN, Gender.MAN, Gender.OTHER, Gender.NOT_STATED)
# Roles counted in R1, in the order the page lists them.
R1_ROLES: tuple[ParticipantRole, ...] = (
    ParticipantRole.BOARD_MEMBER,
    ParticipantRole.MANAGER,
    ParticipantRole.EMPLOYEE,
    ParticipantRole.VOLUNTEER,
    ParticipantRole.COURSE_LEADER,
    ParticipantRole.OTHER,
    ParticipantRole.NOT_STATED,
)
OPEN_ACTION_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})


class FourRError(ValidationError):
    """A 4R entry or request that cannot be accepted; `code` names the refusal."""


@dataclass(frozen=True, slots=True)
class FourRUnit:
    """What an analysis is about: the programme, a region, a course or a competence area.

    `key` is "" for the programme, else the region code, the course id or the area code.
    """

    kind: FourRUnitKind
    key: str = ""

    def __post_init__(self) -> None:
        if (self.kind is FourRUnitKind.PROGRAMME) != (self.key == ""):
            raise FourRError(
                "the programme has no key; every other unit needs one",
                "unit",
                code="fourr.bad_unit",
            )


PROGRAMME = FourRUnit(FourRUnitKind.PROGRAMME)


@dataclass(frozen=True, slots=True)
class Period:
    """Dates from `start` to `end`, both included; None leaves that side open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise FourRError("the period ends before it starts", "period", code="fourr.bad_period")

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether an entry valid from `start` to `end` (None: open) falls in this period."""
        if self.end is not None and start is not None and start > self.end:
            return False
        return not (self.start is not None and end is not None and end < self.start)


WHOLE_TIME = Period()


@dataclass(frozen=True, slots=True)
class GenderCounts:
    """One figure split by gender: persons (int), hours or money (float)."""

    woman: float = 0
    man: float = 0
    other: float = 0
    not_stated: float = 0

    @classmethod
    def from_mapping(cls, values: Mapping[str, float]) -> GenderCounts:
        """From {gender value: amount}; unknown keys are refused rather than dropped."""
        unknown = set(values) - {g.value for g in Gender}
        if unknown:
            raise FourRError(
                f"unknown gender {sorted(unknown)[0]!r}", "gender", code="fourr.unknown_gender"
            )
        return cls(**{g.value: values.get(g.value, 0) for g in Gender})

    def get(self, gender: Gender) -> float:
        return float(getattr(self, gender.value))

    def items(self) -> tuple[tuple[Gender, float], ...]:
        return tuple((g, self.get(g)) for g in GENDER_ORDER)

    @property
    def total(self) -> float:
        return self.woman + self.man + self.other + self.not_stated

    def share(self, gender: Gender) -> float | None:
        """The gender's share of the total (0‥1); None when the total is zero."""
        total = self.total
        return None if total == 0 else self.get(gender) / total

    def per(self, persons: GenderCounts) -> GenderCounts:
        """Amount per person of each gender (0 where there is nobody)."""
        return GenderCounts(
            **{
                g.value: (self.get(g) / persons.get(g) if persons.get(g) else 0)
                for g in GENDER_ORDER
            }
        )


def is_small(count: float, limit: int = SMALL_COUNT_LIMIT) -> bool:
    """A count of persons that could point someone out: more than none and under the limit."""
    return 0 < count < limit


def hidden_genders(persons: GenderCounts, limit: int = SMALL_COUNT_LIMIT) -> frozenset[Gender]:
    """The genders whose figures are hidden when small counts are: their persons are 1‥4.

    Hours or money of such a group are hidden with the count, since they describe the same
    few persons.
    """
    return frozenset(g for g, n in persons.items() if is_small(n, limit))


# -- R1 representation ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RoleCounts:
    role: ParticipantRole
    counts: GenderCounts


@dataclass(frozen=True, slots=True)
class BoardCount:
    """A regional network's board by gender, from the seats recorded for the network."""

    network_id: str
    network_name: str
    region_code: str
    counts: GenderCounts


@dataclass(frozen=True, slots=True)
class R1CountRecord:
    """A body outside the system, counted by hand on a date."""

    id: str
    unit: FourRUnit
    body: OutsideBody
    body_name: str
    counted_on: dt.date
    counts: GenderCounts
    period_start: dt.date | None = None
    period_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class R1Figures:
    """Representation: persons by gender at each step, leaders, roles, boards."""

    enrolled: GenderCounts
    waitlisted: GenderCounts
    attended: GenderCounts
    completed: GenderCounts
    no_show: GenderCounts
    leaders: GenderCounts
    roles: tuple[RoleCounts, ...]
    network_boards: tuple[BoardCount, ...] = ()


# -- R2 resources --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AreaHours:
    area_code: str
    area_name: str
    hours: GenderCounts


@dataclass(frozen=True, slots=True)
class R2ResourceRecord:
    """A resource recorded by hand (money, time, space) and how it divides between genders."""

    id: str
    unit: FourRUnit
    kind: ResourceKind
    description: str
    unit_label: str
    recorded_on: dt.date
    amounts: tuple[Decimal, Decimal, Decimal, Decimal]  # woman, man, other, not stated
    period_start: dt.date | None = None
    period_end: dt.date | None = None

    @property
    def counts(self) -> GenderCounts:
        return GenderCounts(*(float(a) for a in self.amounts))


@dataclass(frozen=True, slots=True)
class R2Figures:
    """Resources: hours attended, per area, budgets by participant-hours, leaders' hours."""

    attended_hours: GenderCounts
    attended_persons: GenderCounts
    area_hours: tuple[AreaHours, ...]
    budget_sek: GenderCounts
    # Budget of courses in the unit that nobody attended: it cannot be divided by gender.
    budget_unallocated_sek: float
    leader_hours: GenderCounts
    # Hours of sessions with no leader recorded (on the session or the course).
    leader_hours_unrecorded: float

    @property
    def hours_per_person(self) -> GenderCounts:
        return self.attended_hours.per(self.attended_persons)


# -- R3 and R4 -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class R3Version:
    """One saved version of the written analysis; the newest has the highest number."""

    id: str
    unit: FourRUnit
    period_start: dt.date | None
    period_end: dt.date | None
    version: int
    why_text: str
    whose_terms_text: str
    norms_text: str
    written_at: dt.datetime
    author: str | None


@dataclass(frozen=True, slots=True)
class R4ActionRecord:
    id: str
    unit: FourRUnit
    what: str
    owner: str
    due_on: dt.date | None
    status: ActionStatus
    follow_up_note: str | None
    finding: str | None
    period_start: dt.date | None = None
    period_end: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        """Still open after its date."""
        return (
            self.due_on is not None and self.due_on < today and self.status in OPEN_ACTION_STATUSES
        )


@dataclass(frozen=True, slots=True)
class FourRFigures:
    """Everything computed from the data for one unit and period (R1 and R2).

    The entries made by hand (R1 counts, R2 resources, R3 texts, R4 actions) are read
    separately (`services.fourr_entries`).
    """

    unit: FourRUnit
    period: Period
    r1: R1Figures
    r2: R2Figures
    counted_at: dt.datetime
    # Courses the figures rest on (in the unit, live, first session in the period).
    courses: int = 0
