"""Persons and organisations as plain records, and the pure rules their fields must meet."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from soul_desktop.domain.enums import (
    AccessibilityNeed,
    CourseStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    EnrolmentStatus,
    Gender,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError

MAX_NAME_LENGTH = 200
MAX_ORGANISATION_NAME_LENGTH = 300
MAX_EMAIL_LENGTH = 320
MAX_PHONE_LENGTH = 40
MAX_NEEDS_NOTE_LENGTH = 2000
# The database refuses years outside 1900–2100; nobody older than this takes a course.
OLDEST_AGE = 120
EARLIEST_BIRTH_YEAR = 1900

# One @, something on both sides, a dot in the domain, no spaces: enough to catch typing slips
# without refusing the odd but valid addresses the full RFC allows.
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_SHAPE = re.compile(r"^\+?[0-9][0-9 ()\-/]*$")


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """Every field of a person, plus the names of their organisation and municipality."""

    id: str
    partition: str
    first_name: str
    last_name: str
    gender: Gender
    birth_year: int | None
    personnummer: str | None
    email: str | None
    phone: str | None
    organisation_id: str | None
    organisation_name: str | None
    municipality_code: str | None
    municipality_name: str | None
    role: ParticipantRole
    employment_status: EmploymentStatus
    education_band: EducationBand
    accessibility_needs: tuple[AccessibilityNeed, ...]
    accessibility_note: str | None
    disability: Disability
    consent_date: dt.date | None
    declined_personnummer: bool
    declined_education: bool
    declined_employment: bool
    declined_disability: bool
    declined_accessibility: bool
    merged_into_id: str | None
    # Set when the person's data was erased (GDPR); the fields above are then blank.
    erased_at: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    id: str
    name: str
    org_number: str | None
    legal_form_code: str | None
    legal_form_name: str | None
    municipality_code: str | None
    municipality_name: str | None
    kind: OrganisationKind
    person_count: int


@dataclass(frozen=True, slots=True)
class PersonCourse:
    """One of a person's enrolments, with the course's dates and the hours they attended."""

    enrolment_id: str
    course_id: str
    course_title: str
    course_status: CourseStatus
    status: EnrolmentStatus
    enrolled_at: dt.datetime
    first_session: dt.datetime | None
    last_session: dt.datetime | None
    planned_minutes: int
    attended_minutes: int

    @property
    def attended_hours(self) -> float:
        return self.attended_minutes / 60


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a person's page shows: the person, their enrolments and all hours attended."""

    person: PersonRecord
    courses: tuple[PersonCourse, ...]
    attended_minutes: int

    @property
    def attended_hours(self) -> float:
        return self.attended_minutes / 60


@dataclass(frozen=True, slots=True)
class MunicipalityChoice:
    code: str
    name: str
    county_name: str


@dataclass(frozen=True, slots=True)
class LegalFormChoice:
    code: str
    name: str


# -- validation -------------------------------------------------------------------------------


def clean_text(value: str | None) -> str | None:
    """Trimmed text with runs of white space made one space; empty becomes None."""
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


# The English words for a name field in messages; the interface words each field itself.
NAME_LABELS = {"first_name": "first name", "last_name": "last name"}


def check_name(value: str | None, field: str, label: str | None = None) -> str:
    """A required name (first name, last name): not empty, at most 200 characters.

    `label` is the field's English name in the message (by default taken from `field`).
    """
    label = label or NAME_LABELS.get(field, "name")
    cleaned = clean_text(value)
    if cleaned is None:
        raise ValidationError(f"the {label} is required", field=field, code="name.required")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"the {label} is longer than {MAX_NAME_LENGTH} characters",
            field=field,
            code="name.too_long",
            params={"limit": MAX_NAME_LENGTH},
        )
    return cleaned


def check_organisation_name(value: str | None) -> str:
    cleaned = clean_text(value)
    if cleaned is None:
        raise ValidationError(
            "the organisation's name is required", field="name", code="organisation.name_required"
        )
    if len(cleaned) > MAX_ORGANISATION_NAME_LENGTH:
        raise ValidationError(
            f"the name is longer than {MAX_ORGANISATION_NAME_LENGTH} characters",
            field="name",
            code="organisation.name_too_long",
            params={"limit": MAX_ORGANISATION_NAME_LENGTH},
        )
    return cleaned


def check_birth_year(value: int | None, today: dt.date) -> int | None:
    """A year someone alive and taking part could be born in: not ahead, at most 120 years ago."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            "the birth year must be a whole number",
            field="birth_year",
            code="birth_year.not_a_number",
        )
    earliest = max(EARLIEST_BIRTH_YEAR, today.year - OLDEST_AGE)
    if value > today.year:
        raise ValidationError(
            f"the birth year {value} is in the future",
            field="birth_year",
            code="birth_year.future",
            params={"year": value},
        )
    if value < earliest:
        raise ValidationError(
            f"the birth year {value} is not plausible; it must be {earliest} or later",
            field="birth_year",
            code="birth_year.too_early",
            params={"year": value, "earliest": earliest},
        )
    return value


def parse_birth_year(text: str, today: dt.date) -> int | None:
    """The birth year as typed in a field: four digits, or empty for "not known"."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) != 4:
        raise ValidationError(
            "write the birth year with four digits, like 1975",
            field="birth_year",
            code="birth_year.format",
        )
    return check_birth_year(int(cleaned), today)


def check_email(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if len(cleaned) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            f"the e-mail address is longer than {MAX_EMAIL_LENGTH} characters",
            field="email",
            code="email.too_long",
            params={"limit": MAX_EMAIL_LENGTH},
        )
    if not _EMAIL_SHAPE.match(cleaned):
        raise ValidationError(
            "the e-mail address should look like name@example.se",
            field="email",
            code="email.format",
        )
    return cleaned


def check_phone(value: str | None) -> str | None:
    cleaned = clean_text(value)
    if cleaned is None:
        return None
    if len(cleaned) > MAX_PHONE_LENGTH:
        raise ValidationError(
            f"the phone number is longer than {MAX_PHONE_LENGTH} characters",
            field="phone",
            code="phone.too_long",
            params={"limit": MAX_PHONE_LENGTH},
        )
    if not _PHONE_SHAPE.match(cleaned):
        raise ValidationError(
            "a phone number holds digits, spaces, + - ( ) and /",
            field="phone",
            code="phone.format",
        )
    return cleaned


def check_needs(values: Iterable[AccessibilityNeed | str]) -> tuple[AccessibilityNeed, ...]:
    """Needs from the vocabulary, each once, in the vocabulary's order."""
    chosen: set[AccessibilityNeed] = set()
    for value in values:
        try:
            chosen.add(AccessibilityNeed(value))
        except ValueError:
            raise ValidationError(
                f"{value!r} is not a known accessibility need",
                field="accessibility_needs",
                code="accessibility_needs.unknown",
                params={"value": str(value)},
            ) from None
    return tuple(need for need in AccessibilityNeed if need in chosen)


def needs_to_text(needs: Iterable[AccessibilityNeed]) -> str:
    """How the needs are stored: their values separated by commas."""
    return ",".join(need.value for need in needs)


_NEED_BY_VALUE = {need.value: need for need in AccessibilityNeed}
_NEED_ORDER = {need: position for position, need in enumerate(AccessibilityNeed)}


def needs_from_text(text: str | None) -> tuple[AccessibilityNeed, ...]:
    """The stored needs; values this version does not know are left out rather than fatal."""
    if not text:
        return ()  # most persons: kept cheap, the register reads 100,000 of these at once
    found = {_NEED_BY_VALUE[part] for part in text.split(",") if part in _NEED_BY_VALUE}
    return tuple(sorted(found, key=_NEED_ORDER.__getitem__))


def check_consent_date(value: dt.date | None, today: dt.date) -> dt.date | None:
    if value is not None and value > today:
        raise ValidationError(
            "the consent date is in the future", field="consent_date", code="consent_date.future"
        )
    return value


def parse_date(text: str, field: str) -> dt.date | None:
    """A date typed as YYYY-MM-DD; empty means no date."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        raise ValidationError(
            "write the date as YYYY-MM-DD, like 2026-03-15", field=field, code="date.format"
        ) from None


# A "declined to answer" marker and the answer it stands in for; an answer and a refusal to
# give it cannot both be recorded.
DECLINED_MARKERS = {
    "declined_personnummer": "personnummer",
    "declined_education": "education_band",
    "declined_employment": "employment_status",
    "declined_disability": "disability",
    "declined_accessibility": "accessibility_needs",
}

_NOT_ANSWERED = {
    "personnummer": (None,),
    "education_band": (EducationBand.NOT_STATED,),
    "employment_status": (EmploymentStatus.NOT_STATED,),
    "disability": (Disability.NOT_STATED,),
    "accessibility_needs": ((),),
}

_ANSWER_LABELS = {
    "personnummer": "a personnummer",
    "education_band": "an education level",
    "employment_status": "an employment status",
    "disability": "a disability answer",
    "accessibility_needs": "accessibility needs",
}


def check_declined(values: dict[str, object]) -> None:
    """Refuse a person who both declined to answer a question and has an answer to it."""
    for marker, answer_field in DECLINED_MARKERS.items():
        if values.get(marker) and values.get(answer_field) not in _NOT_ANSWERED[answer_field]:
            raise ValidationError(
                f"the person declined to answer but {_ANSWER_LABELS[answer_field]} is recorded; "
                "clear the answer or the “declined” mark",
                field=marker,
                code="declined.answer_recorded",
            )


def person_sort_name(record: PersonRecord) -> str:
    return f"{record.last_name} {record.first_name}"
