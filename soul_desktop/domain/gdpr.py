"""A person's register extract (GDPR right of access) and an erasure's outcome, as plain records.

Everything an installation holds about one person, for the JSON and PDF exports. Values are
the stored ones (enum values as their codes); "who changed it when" is the installation and
the hybrid-logical-clock time of the row's (or field's) latest change, in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChangeMark:
    """Who made a change (installation id, and its name when known) and when (UTC)."""

    installation_id: str
    installation_name: str | None
    changed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class FieldChange:
    """The latest change of one field of the person, when it differs from the row's."""

    field: str
    change: ChangeMark


@dataclass(frozen=True, slots=True)
class PersonData:
    """Every stored field of a person row, sensitive ones and "declined" flags included."""

    id: str
    partition: str
    first_name: str
    last_name: str
    gender: str
    birth_year: int | None
    personnummer: str | None
    # The keyed hash central compares to find duplicates without the number itself.
    personnummer_hash: str | None
    email: str | None
    phone: str | None
    organisation_id: str | None
    municipality_code: str | None
    municipality_name: str | None
    role: str
    employment_status: str
    education_band: str
    accessibility_needs: tuple[str, ...]
    accessibility_note: str | None
    disability: str
    consent_date: dt.date | None
    declined_personnummer: bool
    declined_education: bool
    declined_employment: bool
    declined_disability: bool
    declined_accessibility: bool
    merged_into_id: str | None
    deleted: bool
    erased_at: dt.datetime | None
    last_change: ChangeMark
    field_changes: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class OrganisationData:
    id: str
    name: str
    org_number: str | None
    legal_form_code: str | None
    legal_form_name: str | None
    municipality_code: str | None
    municipality_name: str | None
    kind: str
    deleted: bool


@dataclass(frozen=True, slots=True)
class StatusChangeData:
    """One step of an enrolment's status history."""

    id: str
    status: str
    changed_at: dt.datetime
    note: str | None
    deleted: bool
    last_change: ChangeMark


@dataclass(frozen=True, slots=True)
class EnrolmentData:
    id: str
    person_id: str
    course_id: str
    course_title: str
    course_region: str
    status: str
    enrolled_at: dt.datetime
    status_since: dt.datetime
    walk_in: bool
    deleted: bool
    last_change: ChangeMark
    history: tuple[StatusChangeData, ...]


@dataclass(frozen=True, slots=True)
class AttendanceData:
    id: str
    person_id: str
    course_id: str
    course_title: str
    session_id: str
    session_starts_at: dt.datetime
    session_ends_at: dt.datetime
    status: str
    minutes: int
    recorded_at: dt.datetime
    note: str | None
    deleted: bool
    last_change: ChangeMark


@dataclass(frozen=True, slots=True)
class LeaderRoleData:
    """Leading a course (`session_starts_at` None) or one session of it."""

    id: str
    person_id: str
    course_id: str
    course_title: str
    course_region: str
    session_starts_at: dt.datetime | None
    deleted: bool
    last_change: ChangeMark


@dataclass(frozen=True, slots=True)
class BoardSeatData:
    id: str
    person_id: str
    network_id: str
    network_name: str
    region_code: str
    name: str
    gender: str
    board_role: str | None
    deleted: bool
    last_change: ChangeMark


@dataclass(frozen=True, slots=True)
class WalkInData:
    """An enrolment made at the door of a session."""

    enrolment_id: str
    course_id: str
    course_title: str
    enrolled_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ReviewItemData:
    """A sync review item about one of the person's rows (values as canonical JSON)."""

    id: int
    table_name: str
    row_id: str
    field: str
    kind: str
    kept_value: str
    kept: ChangeMark
    lost_value: str
    lost: ChangeMark
    detected_at: dt.datetime
    resolved: bool


@dataclass(frozen=True, slots=True)
class ErasureData:
    """A logged erasure (who, when, why; never what was erased)."""

    erased_at: dt.datetime
    installation_id: str
    installation_name: str
    reason: str


@dataclass(frozen=True, slots=True)
class SourceInstallation:
    """The installation that made the extract."""

    id: str
    name: str
    role: str
    region_code: str | None


@dataclass(frozen=True, slots=True)
class PersonalRecord:
    """Everything this installation holds about one person (a register extract).

    `duplicates` are person rows central merged into this one (the same human registered
    twice); their rows are included everywhere else too, each naming its `person_id`.
    """

    generated_at: dt.datetime
    installation: SourceInstallation
    person: PersonData
    duplicates: tuple[PersonData, ...]
    organisation: OrganisationData | None
    enrolments: tuple[EnrolmentData, ...]
    attendance: tuple[AttendanceData, ...]
    leader_roles: tuple[LeaderRoleData, ...]
    board_seats: tuple[BoardSeatData, ...]
    walk_ins: tuple[WalkInData, ...]
    review_items: tuple[ReviewItemData, ...]
    erasures: tuple[ErasureData, ...]

    @property
    def person_ids(self) -> tuple[str, ...]:
        return (self.person.id, *(d.id for d in self.duplicates))


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """What an erasure changed: the persons erased and the rows whose fields were blanked."""

    person_id: str
    person_ids: tuple[str, ...]
    erased_at: dt.datetime
    rows_changed: int
    review_items_removed: int
