"""GDPR erasure: which fields of a person's rows are personal data, and what they become.

An erased person keeps the fields that aggregate figures count by (gender and participant
role, the owning region, attendance minutes and statuses), so totals by region × gender and
hours stay as they were; every other field that says something about the person is set to
its "not stated" value. `blank_erased` is pure and works on database rows, decoded bundle rows
and raw (JSON) bundle rows alike, since every blank value is a plain JSON value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from soul_desktop.domain.enums import Disability, EducationBand, EmploymentStatus

# What an erased person is called. Two words, so the register's "first last" reads naturally.
ERASED_FIRST_NAME = "Raderad"
ERASED_LAST_NAME = "person"
ERASED_NAME = f"{ERASED_FIRST_NAME} {ERASED_LAST_NAME}"

# Column of `person` that marks the erasure (a timestamp, versioned and synced like any field).
ERASED_AT = "erased_at"

# The personal fields of each table that holds something about a person, with the value an
# erased person's row gets. Plain strings (not enum members) so they compare equal to both
# decoded and raw values and encode to the same JSON.
_PERSON_BLANKS: dict[str, Any] = {
    "first_name": ERASED_FIRST_NAME,
    "last_name": ERASED_LAST_NAME,
    "birth_year": None,
    "personnummer": None,
    "personnummer_hash": None,
    "email": None,
    "phone": None,
    "organisation_id": None,
    "municipality_code": None,
    "employment_status": EmploymentStatus.NOT_STATED.value,
    "education_band": EducationBand.NOT_STATED.value,
    "accessibility_needs": "",
    "accessibility_note": None,
    "disability": Disability.NOT_STATED.value,
    "consent_date": None,
    "declined_personnummer": False,
    "declined_education": False,
    "declined_employment": False,
    "declined_disability": False,
    "declined_accessibility": False,
}

BLANKS: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "person": MappingProxyType(_PERSON_BLANKS),
        # Free-text notes may name the person or describe their situation.
        "attendance": MappingProxyType({"note": None}),
        "enrolment_status_change": MappingProxyType({"note": None}),
        # A board seat held by the person: the seat and its gender stay (4R R1 counts seats
        # by gender and level), the name goes.
        "network_board_member": MappingProxyType({"name": ERASED_NAME}),
    }
)

# Fields of `person` an erasure leaves as they are, and why (tests check the two lists cover
# every column). Besides the sync columns (id, version, tombstone):
KEPT_PERSON_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "partition": "persons and hours are counted by region",
        "gender": "persons and hours are counted by gender",
        "role": "4R R1 counts persons by role and gender",
        "merged_into_id": "a merge redirect says nothing about the person; bundles follow it",
        "deleted": "a tombstone stays a tombstone",
        ERASED_AT: "the erasure itself",
    }
)


def erased_fields(table: str) -> frozenset[str]:
    """The fields of `table` an erasure blanks (empty for tables that hold nothing personal)."""
    return frozenset(BLANKS.get(table, ()))


def blank_erased(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `row` with the personal fields of `table` blanked; other fields as they are.

    Only fields present in `row` are touched (a bundle from an older schema may lack some).
    Does not set `erased_at`: callers blank rows of a person already marked erased.
    """
    result = dict(row)
    for name, blank in BLANKS.get(table, {}).items():
        if name in result:
            result[name] = blank
    return result


def is_blank(table: str, row: Mapping[str, Any]) -> bool:
    """Whether every personal field present in `row` already holds its blank value."""
    return all(row[name] == blank for name, blank in BLANKS.get(table, {}).items() if name in row)


@dataclass(frozen=True, slots=True)
class ErasedPersons:
    """The erased persons an installation knows, and the enrolments that belong to them.

    `covers(table, row)` says whether a row (stored, decoded or raw from a bundle) holds
    something about one of them and so must be blanked whatever its version.
    """

    person_ids: frozenset[str] = frozenset()
    enrolment_ids: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.person_ids)

    def covers(self, table: str, row: Mapping[str, Any]) -> bool:
        if table == "person":
            return row.get(ERASED_AT) is not None or row.get("id") in self.person_ids
        if table in ("attendance", "network_board_member"):
            return row.get("person_id") in self.person_ids
        if table == "enrolment_status_change":
            return row.get("enrolment_id") in self.enrolment_ids
        return False
