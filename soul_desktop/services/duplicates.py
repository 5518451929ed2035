"""Duplicate persons: the ranked candidates, and merging a duplicate into the person who stays.

Where: central, which sees every region's persons, and a regional installation for persons of
its own region (a region cleans up its register before sending it on; central and the region
merging the same person differently meet as an ordinary field conflict on `merged_into_id`).
A workshop leader's installation does not merge (`duplicates.not_here`): it holds one course.

How candidates are found and scored, and what a merge does with enrolments, attendance and the
rest, is described in `storage.person_merge`. On top of that a merge here
- refuses: the same person twice, a person missing or deleted, a person already merged, a
  survivor whose redirects lead to the duplicate (a circle), two different personnummer, a
  person outside this installation's region;
- fills the survivor's empty fields from the duplicate (names never change): a field counts as
  empty when it holds nothing and, for a question that may be declined, was not declined
  either; the answer and its "declined" mark move together, so the person never both has an
  answer and declined it. A personnummer moves only when it agrees with the survivor's birth
  year; an organisation only when it still exists;
- applies the place rules to courses where two enrolments became one (a place may be free).
The duplicate ends as a tombstone with `merged_into_id` pointing at the survivor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from soul_desktop.domain.enums import (
    Disability,
    EducationBand,
    EmploymentStatus,
    Gender,
    InstallationRole,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import enrolment as enrolment_service
from soul_desktop.services.identity_numbers import personnummer_birth_date
from soul_desktop.storage import enrolments as enrolment_store
from soul_desktop.storage import installations, person_merge
from soul_desktop.storage import people as people_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.person_merge import DuplicateReason
from soul_desktop.storage.unit_of_work import UnitOfWork

__all__ = [
    "DEFAULT_LIMIT",
    "DuplicateCandidate",
    "DuplicatePerson",
    "DuplicateReason",
    "MergeResult",
    "find_candidates",
    "mask_personnummer",
    "merge",
    "preview_merge",
]

DEFAULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class DuplicatePerson:
    """One side of a candidate pair, as the review shows it."""

    id: str
    region: str  # the owning partition
    first_name: str
    last_name: str
    gender: Gender
    birth_year: int | None
    personnummer_masked: str | None  # birth date shown, last four digits hidden
    email: str | None
    phone: str | None
    organisation_name: str | None
    municipality_name: str | None
    enrolments: int
    attendance: int
    attended_minutes: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def history(self) -> tuple[int, int, int]:
        """How much hangs on the person: attendance marks, enrolments, minutes attended."""
        return (self.attendance, self.enrolments, self.attended_minutes)


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """Two persons that may be one, why, and how alike they are (score 0 to 1)."""

    key: str
    first: DuplicatePerson
    second: DuplicatePerson
    reason: DuplicateReason
    score: float
    evidence: tuple[str, ...]  # what they share: personnummer, name, birth_year, organisation…

    @property
    def suggested_survivor(self) -> DuplicatePerson:
        """The one with more history (attendance, then enrolments, then minutes); else first."""
        return self.second if self.second.history > self.first.history else self.first

    def other(self, person_id: str) -> DuplicatePerson:
        return self.second if person_id == self.first.id else self.first


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did (or, from `preview_merge`, would do)."""

    survivor_id: str
    duplicate_id: str
    survivor_name: str
    duplicate_name: str
    enrolments_moved: int
    enrolments_combined: int  # the survivor was on the course already: one enrolment kept
    attendance_moved: int
    attendance_combined: int  # the survivor had a mark for the session: the better one kept
    history_moved: int
    other_moved: int  # course leaderships, sessions led, board seats
    filled_fields: tuple[str, ...]  # the survivor's empty fields filled from the duplicate
    place_changes: int  # enrolments the place rules changed afterwards (offers made)


def mask_personnummer(number: str | None) -> str | None:
    """ "19800101-1234" -> "19800101-****": enough to compare, not the number itself."""
    if not number:
        return None
    head, _sep, tail = number.partition("-")
    return f"{head}-{'*' * len(tail)}" if tail else "*" * len(number)


def _scope(session: Any) -> str | None:
    """The partition this installation may merge in: None (all) at central, else its region."""
    info = installations.local_installation(session)
    if info is None or info.role is InstallationRole.LEADER:
        raise ValidationError(
            "duplicate persons are reviewed at central or at a regional office, "
            "not on a workshop leader's installation",
            code="duplicates.not_here",
        )
    return None if info.role is InstallationRole.CENTRAL else info.region_code


def _person(facts: person_merge.PersonFacts) -> DuplicatePerson:
    return DuplicatePerson(
        id=facts.id,
        region=facts.partition,
        first_name=facts.first_name,
        last_name=facts.last_name,
        gender=facts.gender,
        birth_year=facts.birth_year,
        personnummer_masked=mask_personnummer(facts.personnummer),
        email=facts.email,
        phone=facts.phone,
        organisation_name=facts.organisation_name,
        municipality_name=facts.municipality_name,
        enrolments=facts.enrolments,
        attendance=facts.attendance,
        attended_minutes=facts.attended_minutes,
    )


def find_candidates(database: Database, limit: int = DEFAULT_LIMIT) -> list[DuplicateCandidate]:
    """The `limit` most likely duplicate pairs among live persons, most alike first."""
    with UnitOfWork(database) as uow:
        session = uow.session
        partition = _scope(session)
        pairs = person_merge.find_candidates(session, partition=partition)[: max(0, limit)]
        facts = person_merge.person_facts(
            session, (pid for p in pairs for pid in (p.first_id, p.second_id))
        )
    return [
        DuplicateCandidate(
            key=pair.key,
            first=_person(facts[pair.first_id]),
            second=_person(facts[pair.second_id]),
            reason=pair.reason,
            score=pair.score,
            evidence=pair.evidence,
        )
        for pair in pairs
    ]


def merge(database: Database, survivor_id: str, duplicate_id: str) -> MergeResult:
    """Merge `duplicate_id` into `survivor_id` in one unit of work (see the module's rules)."""
    return _merge(database, survivor_id, duplicate_id, keep=True)


def preview_merge(database: Database, survivor_id: str, duplicate_id: str) -> MergeResult:
    """What `merge` would do, worked out and rolled back: for the confirmation."""
    return _merge(database, survivor_id, duplicate_id, keep=False)


def _merge(database: Database, survivor_id: str, duplicate_id: str, *, keep: bool) -> MergeResult:
    if survivor_id == duplicate_id:
        raise ValidationError(
            "a person cannot be merged with themselves",
            field="duplicate",
            code="duplicates.same_person",
        )
    with UnitOfWork(database) as uow:
        session = uow.session
        partition = _scope(session)
        facts = person_merge.person_facts(session, [survivor_id, duplicate_id])
        survivor = _check_person(facts.get(survivor_id), "survivor", partition)
        duplicate = _check_person(facts.get(duplicate_id), "duplicate", partition)
        if person_merge.final_survivor(session, survivor_id) is None or _leads_to(
            session, survivor_id, duplicate_id
        ):
            raise ValidationError(
                f"{survivor.first_name} {survivor.last_name} was merged into "
                f"{duplicate.first_name} {duplicate.last_name}; merging back would make a circle",
                field="survivor",
                code="duplicates.cycle",
                params={"survivor": _name(survivor), "duplicate": _name(duplicate)},
            )
        for person, role in ((survivor, "survivor"), (duplicate, "duplicate")):
            if person.merged_into_id is not None:
                raise ValidationError(
                    f"{_name(person)} has already been merged into another person",
                    field=role,
                    code="duplicates.already_merged",
                    params={"name": _name(person)},
                )
        if (
            survivor.personnummer
            and duplicate.personnummer
            and survivor.personnummer != duplicate.personnummer
        ):
            raise ValidationError(
                f"{_name(survivor)} and {_name(duplicate)} have different personnummer; "
                "they are two persons",
                field="duplicate",
                code="duplicates.different_personnummer",
                params={"survivor": _name(survivor), "duplicate": _name(duplicate)},
            )
        survivor_row = people_store.person_row(session, survivor_id)
        duplicate_row = people_store.person_row(session, duplicate_id)
        assert survivor_row is not None and duplicate_row is not None
        filled = _fill_plan(session, survivor_row, duplicate_row)
        # Taken off the duplicate first, so no two live persons ever hold one personnummer.
        counts = person_merge.move_person(session, duplicate_id, survivor_id)
        people_store.update_person(survivor_row, filled)
        session.flush()
        place_changes = 0
        for course_id in sorted(counts.combined_courses):
            if enrolment_store.course_facts(session, course_id) is not None:
                place_changes += len(enrolment_service.apply_place_rules(session, course_id))
        session.flush()
        result = MergeResult(
            survivor_id=survivor_id,
            duplicate_id=duplicate_id,
            survivor_name=_name(survivor),
            duplicate_name=_name(duplicate),
            enrolments_moved=counts.enrolments,
            enrolments_combined=counts.enrolments_combined,
            attendance_moved=counts.attendance,
            attendance_combined=counts.attendance_combined,
            history_moved=counts.history,
            other_moved=counts.course_leaders + counts.session_leaders + counts.board_members,
            filled_fields=tuple(sorted(filled)),
            place_changes=place_changes,
        )
        if keep:
            uow.commit()
    return result


def _name(facts: person_merge.PersonFacts) -> str:
    return f"{facts.first_name} {facts.last_name}"


def _check_person(
    facts: person_merge.PersonFacts | None, role: str, partition: str | None
) -> person_merge.PersonFacts:
    if facts is None or (facts.deleted and facts.merged_into_id is None):
        raise ValidationError(
            f"the {role} no longer exists (it may have been deleted)",
            field=role,
            code=f"duplicates.{role}_not_found",
        )
    if partition is not None and facts.partition != partition:
        raise ValidationError(
            f"{_name(facts)} belongs to region {facts.partition}; this installation merges "
            f"persons of {partition} only",
            field=role,
            code="duplicates.outside_region",
            params={"name": _name(facts), "region": facts.partition, "own": partition},
        )
    return facts


def _leads_to(session: Any, start: str, goal: str) -> bool:
    """Whether the redirects from `start` pass through `goal`."""
    merged = person_merge.merged_persons(session)
    seen = {start}
    current = merged.get(start)
    while current is not None and current not in seen:
        if current == goal:
            return True
        seen.add(current)
        current = merged.get(current)
    return False


# -- filling the survivor's empty fields ------------------------------------------------------

# Fields copied when the survivor has nothing: the value meaning "nothing" for each.
_PLAIN_FIELDS: dict[str, Any] = {
    "gender": Gender.NOT_STATED,
    "email": None,
    "phone": None,
    "municipality_code": None,
    "role": ParticipantRole.NOT_STATED,
    "consent_date": None,
}
# Questions that may be declined: (answer field, "nothing" value, declined mark).
_DECLINABLE: tuple[tuple[str, Any, str], ...] = (
    ("education_band", EducationBand.NOT_STATED, "declined_education"),
    ("employment_status", EmploymentStatus.NOT_STATED, "declined_employment"),
    ("disability", Disability.NOT_STATED, "declined_disability"),
)


def _is_nothing(value: Any, nothing: Any) -> bool:
    return value is None or value == "" or value == nothing


def _fill_plan(session: Any, survivor: Any, duplicate: Any) -> dict[str, Any]:
    """Column -> value for the survivor's empty fields the duplicate can fill."""
    changes: dict[str, Any] = {}
    for name, nothing in _PLAIN_FIELDS.items():
        mine, theirs = getattr(survivor, name), getattr(duplicate, name)
        if _is_nothing(mine, nothing) and not _is_nothing(theirs, nothing):
            changes[name] = theirs
    if (
        survivor.organisation_id is None
        and duplicate.organisation_id is not None
        and people_store.organisation_name(session, duplicate.organisation_id) is not None
    ):
        changes["organisation_id"] = duplicate.organisation_id
    for answer, nothing, declined in _DECLINABLE:
        unanswered = _is_nothing(getattr(survivor, answer), nothing) and not getattr(
            survivor, declined
        )
        if unanswered:
            if not _is_nothing(getattr(duplicate, answer), nothing):
                changes[answer] = getattr(duplicate, answer)
            elif getattr(duplicate, declined):
                changes[declined] = True
    # Accessibility: the needs, their note and the "declined" mark go as one answer.
    if (
        not survivor.accessibility_needs
        and not survivor.accessibility_note
        and not survivor.declined_accessibility
    ):
        if duplicate.accessibility_needs or duplicate.accessibility_note:
            if duplicate.accessibility_needs:
                changes["accessibility_needs"] = duplicate.accessibility_needs
            if duplicate.accessibility_note:
                changes["accessibility_note"] = duplicate.accessibility_note
        elif duplicate.declined_accessibility:
            changes["declined_accessibility"] = True
    # Birth year, then a personnummer that agrees with it.
    year = survivor.birth_year
    if year is None and duplicate.birth_year is not None and not survivor.personnummer:
        year = changes["birth_year"] = duplicate.birth_year
    if not survivor.personnummer and not survivor.declined_personnummer:
        if duplicate.personnummer:
            born = personnummer_birth_date(duplicate.personnummer).year
            if year is None or year == born:
                changes["personnummer"] = duplicate.personnummer
                if year is None:
                    changes["birth_year"] = born
        elif duplicate.declined_personnummer:
            changes["declined_personnummer"] = True
    return changes
