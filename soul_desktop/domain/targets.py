"""The programme's targets and milestones: what each measure counts, and the progress records.

The measures are named in the project profile (`resources/reference/soul_profile.toml`);
docs/fourr-and-targets.md defines each one in words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from soul_desktop.domain.enums import CourseKind, MilestoneStatus

# The kinds of course that make up the competence-development programme. Network meetings,
# study trips and conferences are followed on their own (networks, transnational activities).
TRAINING_KINDS: frozenset[CourseKind] = frozenset(
    {CourseKind.COURSE, CourseKind.WORKSHOP, CourseKind.SEMINAR}
)
NATIONAL_AREA_COUNT = 7


class Measure(StrEnum):
    """What a target counts (the `measure` of a target in the profile)."""

    # Persons who completed at least one course of the programme under its completion rule.
    COMPLETED_ALL_OR_PART = "unique_participants_completed_all_or_part"
    # Persons who attended at least one session of the programme.
    ATTENDED = "unique_participants_attended"
    # Regions with a regional network that has been formed (a formed date not in the future).
    REGIONS_WITH_NETWORK = "regions_with_network"
    # Regions whose courses (not cancelled, with a session) cover every national area.
    REGIONS_COVERING_AREAS = "regions_covering_all_national_areas"


class TargetScope(StrEnum):
    """Which regions a target is about."""

    COLLABORATING = "collaborating"
    OTHER = "other"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class RegionValue:
    """A target's value in one region; `nominal` is the region's share of the target."""

    region_code: str
    value: int
    nominal: int | None = None


@dataclass(frozen=True, slots=True)
class TargetProgress:
    id: str
    code: str
    goal: int
    text_sv: str
    measure: str
    scope: str | None
    target: int
    per_region_nominal: int | None
    # Counted once each: a person who took part in two regions counts once here, and in
    # each region's own value below.
    value: int
    regions: tuple[RegionValue, ...]
    # False for a measure this version does not know; the value is then 0 and shown as unknown.
    known_measure: bool = True

    @property
    def reached(self) -> bool:
        return self.known_measure and self.value >= self.target

    @property
    def share(self) -> float:
        return 0.0 if self.target <= 0 else min(1.0, self.value / self.target)


@dataclass(frozen=True, slots=True)
class RegionStanding:
    """Where one region stands on every measure."""

    region_code: str
    region_name: str
    collaborating: bool
    completed_persons: int
    attended_persons: int
    network_id: str | None
    network_name: str | None
    network_formed_on: dt.date | None
    areas_covered: tuple[str, ...]
    areas_missing: tuple[str, ...]

    @property
    def has_network(self) -> bool:
        return self.network_formed_on is not None

    @property
    def covers_all_areas(self) -> bool:
        return not self.areas_missing


@dataclass(frozen=True, slots=True)
class MilestoneRecord:
    id: str
    code: str
    goal: int
    text_sv: str
    status: MilestoneStatus
    evidence_note: str | None


@dataclass(frozen=True, slots=True)
class ActivityRegion:
    region_code: str
    participants: int


@dataclass(frozen=True, slots=True)
class ActivityProgress:
    """A transnational activity: its quota per region against the persons who attended."""

    id: str
    code: str
    kind: str
    title_sv: str
    participants_per_region: int
    occurrences_planned: int | None
    # Courses tagged with the activity's code that have at least one session.
    occurrences_held: int
    regions: tuple[ActivityRegion, ...]


@dataclass(frozen=True, slots=True)
class TargetsOverview:
    """The targets page: every target, every region's standing, milestones and activities.

    `region_code` is set at a regional installation, which counts its own region only.
    """

    targets: tuple[TargetProgress, ...]
    regions: tuple[RegionStanding, ...]
    milestones: tuple[MilestoneRecord, ...]
    activities: tuple[ActivityProgress, ...]
    counted_at: dt.datetime
    region_code: str | None = None


class DrillDown(StrEnum):
    """What lies behind a number on the targets page."""

    COMPLETED_PERSONS = "completed_persons"
    ATTENDED_PERSONS = "attended_persons"
    AREA_COURSES = "area_courses"
    NETWORK = "network"
    ACTIVITY_PERSONS = "activity_persons"


@dataclass(frozen=True, slots=True)
class PersonBrief:
    id: str
    name: str
    organisation_name: str | None
    region_codes: tuple[str, ...]
    courses: int


@dataclass(frozen=True, slots=True)
class CourseBrief:
    id: str
    title: str
    region_code: str
    kind: CourseKind
    first_start: dt.datetime | None
    area_codes: tuple[str, ...]
