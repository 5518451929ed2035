"""Duplicate persons: finding likely pairs, merging one into another, following "merged into".

Candidates (`find_candidates`) are pairs of live, unmerged persons that share
- the same personnummer (compared by its keyed hash, `person.personnummer_hash`, which is all
  that reaches central of a person registered elsewhere; by the number itself only where a
  person has no hash, registered before this installation had the programme key), or
- the same name (normalised: Unicode NFC, case folded, hyphens as spaces, runs of white space
  made one) and the same birth year, or
- the same name and the same organisation when a birth year is missing on either side
  (walk-ins are registered with a name and an organisation only).
Two persons whose personnummer are both known and differ are never a candidate.

The search reads the persons once (one query, the columns it compares) and groups them in
Python, where names can be normalised properly (SQLite's lower() knows only ASCII); each
group is small, so the work grows with the number of persons, not with its square.

The similarity score (0 to 1) adds up the evidence that the two are one person:

    same personnummer            0.50
    names (difflib ratio)        0.20 x similarity of the normalised full names (1 when equal)
    same birth year              0.10
    same organisation            0.10
    same municipality            0.04
    same e-mail (case folded)    0.03
    same phone (digits only)     0.03
    genders stated and differ   -0.10

so a shared personnummer always ranks above any pair without one (at most 0.50).

Merging (`move_person`) moves everything that refers to the duplicate onto the survivor and
leaves the duplicate as a tombstone with `merged_into_id` set. Rows with a derived id
(enrolment = f(course, person), attendance = f(session, person), course leader) are moved by
tombstoning the old row and creating (or reviving) the survivor's row with its derived id, so
installations that move the same row independently converge on one row. Where the survivor
already has a live row for the same course or session the two are combined:

- attendance: the better status is kept (present > partial > excused > absent), then the
  more minutes; on a tie the survivor's own; a missing note is taken from the other;
- enrolment: the more advanced status is kept (enrolled > offered > waitlisted > withdrawn),
  then the one that has held it longer (earlier `status_since`); on a tie the survivor's own.
  The kept enrolment's columns and its live status history become the survivor's: the history
  of the other is left on its tombstoned row (when it was the duplicate's) or tombstoned
  (when it was the survivor's), so the row still follows from its live history;
- course leader: the survivor leads already; the duplicate's row is tombstoned.

Status history entries follow their enrolment: in place (their `enrolment_id` changes), except a
walk-in's entry, whose id is derived from (enrolment, session) and so moves to the survivor's
derived id. A session's `leader_id` and a board seat's `person_id` are changed in place.
Every write goes through the ORM, so the unit of work stamps it and it travels in bundles.

`redirect_to_survivors` applies the same moves to live rows that still refer to a merged
person (a bundle made before the merge), following chains A -> B -> C to the final survivor;
rows of a person whose chain runs in a circle are left where they are.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus, Gender
from soul_desktop.storage.models import (
    Attendance,
    CourseLeader,
    CourseSession,
    Enrolment,
    EnrolmentStatusChange,
    Municipality,
    NetworkBoardMember,
    Organisation,
    Person,
)

# -- the similarity score ---------------------------------------------------------------------

WEIGHT_PERSONNUMMER = 0.50
WEIGHT_NAME = 0.20
WEIGHT_BIRTH_YEAR = 0.10
WEIGHT_ORGANISATION = 0.10
WEIGHT_MUNICIPALITY = 0.04
WEIGHT_EMAIL = 0.03
WEIGHT_PHONE = 0.03
PENALTY_GENDER = 0.10

# Ids per IN (...) list: well below SQLite's limit on bound parameters.
CHUNK = 500


class DuplicateReason(StrEnum):
    """Why two persons are proposed as one, strongest first."""

    SAME_PERSONNUMMER = "same_personnummer"
    SAME_NAME_AND_BIRTH_YEAR = "same_name_and_birth_year"
    SAME_NAME_AND_ORGANISATION = "same_name_and_organisation"


_REASON_ORDER = {reason: position for position, reason in enumerate(DuplicateReason)}


@dataclass(frozen=True, slots=True)
class CandidatePair:
    """Two persons that may be one; `first_id` < `second_id`. `evidence` names what they share."""

    first_id: str
    second_id: str
    reason: DuplicateReason
    score: float
    evidence: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.first_id}:{self.second_id}"


@dataclass(frozen=True, slots=True)
class _Compared:
    """What the search compares of one person."""

    id: str
    first: str  # normalised
    last: str  # normalised
    birth_year: int | None
    personnummer: str | None  # what identifies the number: its keyed hash, else "pnr:" + it
    organisation_id: str | None
    municipality_code: str | None
    gender: str
    email: str | None  # case folded
    phone: str | None  # digits only


def normalise_name(text: str | None) -> str:
    """A name as the search compares it: NFC, case folded, hyphens as spaces, single spaces."""
    folded = unicodedata.normalize("NFC", text or "").casefold().replace("-", " ")
    return " ".join(folded.split())


def _digits(text: str | None) -> str | None:
    found = "".join(ch for ch in text or "" if ch.isdigit())
    return found or None


def _folded(text: str | None) -> str | None:
    cleaned = (text or "").strip().casefold()
    return cleaned or None


def _same(a: Any, b: Any) -> bool:
    return a is not None and a == b


def score_pair(a: _Compared, b: _Compared) -> tuple[float, tuple[str, ...]]:
    """The similarity score of two persons and the names of the evidence it counted."""
    score = 0.0
    evidence: list[str] = []
    if _same(a.personnummer, b.personnummer):
        score += WEIGHT_PERSONNUMMER
        evidence.append("personnummer")
    name_a, name_b = f"{a.first} {a.last}", f"{b.first} {b.last}"
    similarity = 1.0 if name_a == name_b else difflib.SequenceMatcher(None, name_a, name_b).ratio()
    score += WEIGHT_NAME * similarity
    if similarity == 1.0:
        evidence.append("name")
    for name, weight, left, right in (
        ("birth_year", WEIGHT_BIRTH_YEAR, a.birth_year, b.birth_year),
        ("organisation", WEIGHT_ORGANISATION, a.organisation_id, b.organisation_id),
        ("municipality", WEIGHT_MUNICIPALITY, a.municipality_code, b.municipality_code),
        ("email", WEIGHT_EMAIL, a.email, b.email),
        ("phone", WEIGHT_PHONE, a.phone, b.phone),
    ):
        if _same(left, right):
            score += weight
            evidence.append(name)
    stated = Gender.NOT_STATED.value
    if a.gender != stated and b.gender != stated and a.gender != b.gender:
        score -= PENALTY_GENDER
    return round(min(1.0, max(0.0, score)), 3), tuple(evidence)


def _person_rows(session: Session, partition: str | None) -> list[Any]:
    """What the search compares of every live, unmerged person, as plain rows."""
    query = sa.select(
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.birth_year,
        Person.personnummer,
        Person.organisation_id,
        Person.municipality_code,
        sa.type_coerce(Person.gender, sa.String),
        Person.email,
        Person.phone,
        Person.personnummer_hash,
    ).where(Person.deleted.is_(False), Person.merged_into_id.is_(None))
    if partition is not None:
        query = query.where(Person.partition == partition)
    # Core rows straight from the connection: the ORM's row handling would double the time.
    return session.connection().execute(query).all()


def _number_key(number: str | None, number_hash: str | None) -> str | None:
    """What says two persons have one personnummer: the keyed hash, else the number itself."""
    if number_hash:
        return number_hash
    return f"pnr:{number}" if number else None


def _compared(row: Any, first: str, last: str) -> _Compared:
    pid, _first, _last, year, number, organisation, municipality, gender, email, phone, hashed = row
    return _Compared(
        pid,
        first,
        last,
        year,
        _number_key(number, hashed),
        organisation,
        municipality,
        gender,
        _folded(email),
        _digits(phone),
    )


def _pairs(members: list[_Compared]) -> Iterator[tuple[_Compared, _Compared]]:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            yield a, b


def find_candidates(session: Session, *, partition: str | None = None) -> list[CandidatePair]:
    """Every candidate pair among live, unmerged persons (of `partition` when given), best first.

    Ordered by score (highest first), then reason (strongest first), then ids.
    """
    rows = _person_rows(session, partition)
    # Names repeat a great deal; each distinct spelling is normalised once.
    normalised: dict[str, str] = {}

    def norm(text: str) -> str:
        try:
            return normalised[text]
        except KeyError:
            value = normalised[text] = normalise_name(text)
            return value

    names = [(norm(row[1]), norm(row[2])) for row in rows]
    by_number: dict[str, list[int]] = defaultdict(list)
    by_name_year: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    without_year: set[tuple[str, str]] = set()
    for index, row in enumerate(rows):
        key = _number_key(row[4], row[10])
        if key:
            by_number[key].append(index)
        if row[3] is None:
            without_year.add(names[index])
        else:
            by_name_year[(*names[index], row[3])].append(index)
    # Name and organisation matter only where a birth year is missing (walk-ins): index only
    # the names that occur without one.
    by_name_organisation: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    if without_year:
        for index, row in enumerate(rows):
            if row[5] is not None and names[index] in without_year:
                by_name_organisation[(*names[index], row[5])].append(index)

    persons: dict[int, _Compared] = {}

    def members(indexes: list[int]) -> list[_Compared]:
        found_members = []
        for index in indexes:
            person = persons.get(index)
            if person is None:
                person = persons[index] = _compared(rows[index], *names[index])
            found_members.append(person)
        return found_members

    found: dict[tuple[str, str], tuple[DuplicateReason, _Compared, _Compared]] = {}

    def propose(reason: DuplicateReason, a: _Compared, b: _Compared) -> None:
        if a.personnummer and b.personnummer and a.personnummer != b.personnummer:
            return  # two different personnummer: two different persons
        if a.id > b.id:
            a, b = b, a
        key = (a.id, b.id)
        known = found.get(key)
        if known is None or _REASON_ORDER[reason] < _REASON_ORDER[known[0]]:
            found[key] = (reason, a, b)

    for indexes in by_number.values():
        if len(indexes) > 1:
            for a, b in _pairs(members(indexes)):
                propose(DuplicateReason.SAME_PERSONNUMMER, a, b)
    for indexes in by_name_year.values():
        if len(indexes) > 1:
            for a, b in _pairs(members(indexes)):
                propose(DuplicateReason.SAME_NAME_AND_BIRTH_YEAR, a, b)
    for indexes in by_name_organisation.values():
        if len(indexes) < 2:
            continue
        # Only pairs with a birth year missing: the others met (or missed) each other above.
        group = members(indexes)
        unknown = [m for m in group if m.birth_year is None]
        known_year = [m for m in group if m.birth_year is not None]
        for a, b in _pairs(unknown):
            propose(DuplicateReason.SAME_NAME_AND_ORGANISATION, a, b)
        for a in unknown:
            for b in known_year:
                propose(DuplicateReason.SAME_NAME_AND_ORGANISATION, a, b)

    result = []
    for (first_id, second_id), (reason, a, b) in found.items():
        score, evidence = score_pair(a, b)
        result.append(CandidatePair(first_id, second_id, reason, score, evidence))
    result.sort(key=lambda p: (-p.score, _REASON_ORDER[p.reason], p.first_id, p.second_id))
    return result


# -- what the review shows of each person -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """One person as the duplicate review shows them, with the size of their history."""

    id: str
    partition: str
    first_name: str
    last_name: str
    gender: Gender
    birth_year: int | None
    personnummer: str | None
    email: str | None
    phone: str | None
    organisation_name: str | None
    municipality_name: str | None
    deleted: bool
    merged_into_id: str | None
    enrolments: int  # live enrolments, withdrawn ones included
    attendance: int  # live attendance marks
    attended_minutes: int  # minutes of the marks present or partial


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def person_facts(session: Session, person_ids: Iterable[str]) -> dict[str, PersonFacts]:
    """The facts of these persons (tombstones included), by id; unknown ids are left out."""
    wanted = list(dict.fromkeys(person_ids))
    enrolments: dict[str, int] = {}
    marks: dict[str, tuple[int, int]] = {}
    rows: list[Any] = []
    attended = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTIAL.value)
    for chunk in _chunks(wanted):
        rows += session.execute(
            sa.select(
                Person.id,
                Person.partition,
                Person.first_name,
                Person.last_name,
                Person.gender,
                Person.birth_year,
                Person.personnummer,
                Person.email,
                Person.phone,
                Organisation.name,
                Municipality.name,
                Person.deleted,
                Person.merged_into_id,
            )
            .outerjoin(
                Organisation,
                sa.and_(Organisation.id == Person.organisation_id, Organisation.deleted.is_(False)),
            )
            .outerjoin(Municipality, Municipality.code == Person.municipality_code)
            .where(Person.id.in_(chunk))
        ).all()
        enrolments.update(
            session.execute(
                sa.select(Enrolment.person_id, sa.func.count())
                .where(Enrolment.person_id.in_(chunk), Enrolment.deleted.is_(False))
                .group_by(Enrolment.person_id)
            ).all()
        )
        minutes = sa.func.sum(
            sa.case((Attendance.status.in_(attended), Attendance.minutes), else_=0)
        )
        for pid, count, total in session.execute(
            sa.select(Attendance.person_id, sa.func.count(), minutes)
            .where(Attendance.person_id.in_(chunk), Attendance.deleted.is_(False))
            .group_by(Attendance.person_id)
        ):
            marks[pid] = (int(count), int(total or 0))
    result = {}
    for row in rows:
        pid = row[0]
        count, total = marks.get(pid, (0, 0))
        result[pid] = PersonFacts(*row, int(enrolments.get(pid, 0)), count, total)
    return result


# -- merging ----------------------------------------------------------------------------------

ATTENDANCE_RANK = {
    AttendanceStatus.PRESENT: 3,
    AttendanceStatus.PARTIAL: 2,
    AttendanceStatus.EXCUSED: 1,
    AttendanceStatus.ABSENT: 0,
}
ENROLMENT_RANK = {
    EnrolmentStatus.ENROLLED: 3,
    EnrolmentStatus.OFFERED: 2,
    EnrolmentStatus.WAITLISTED: 1,
    EnrolmentStatus.WITHDRAWN: 0,
}

# The same derivation as services.attendance uses for a walk-in's history entry.
WALK_IN_HISTORY_KIND = "enrolment_walk_in"


def walk_in_history_id(enrolment_id: str, session_id: str) -> str:
    return ids.derived_id(WALK_IN_HISTORY_KIND, enrolment_id, session_id)


@dataclass
class MoveCounts:
    """What a merge or a redirect moved; `combined` rows met a live row of the survivor."""

    enrolments: int = 0
    enrolments_combined: int = 0
    attendance: int = 0
    attendance_combined: int = 0
    history: int = 0
    course_leaders: int = 0
    session_leaders: int = 0
    board_members: int = 0
    # Courses where two enrolments became one: places may have freed up.
    combined_courses: set[str] = field(default_factory=set)

    @property
    def rows(self) -> int:
        """Rows that referred to the duplicate and now refer to the survivor (history aside)."""
        return (
            self.enrolments
            + self.enrolments_combined
            + self.attendance
            + self.attendance_combined
            + self.course_leaders
            + self.session_leaders
            + self.board_members
        )


# Every column that refers to a person, besides person.merged_into_id (the redirect itself).
# tests/storage/test_person_merge.py checks this against the schema, so a new one is not missed.
PERSON_REFERENCES: tuple[tuple[type[Any], str], ...] = (
    (Enrolment, "person_id"),
    (Attendance, "person_id"),
    (CourseLeader, "person_id"),
    (CourseSession, "leader_id"),
    (NetworkBoardMember, "person_id"),
)


def _better_attendance(candidate: Attendance, incumbent: Attendance) -> bool:
    """Whether `candidate` beats `incumbent` (ties keep the incumbent)."""
    mine = (ATTENDANCE_RANK[AttendanceStatus(candidate.status)], candidate.minutes or 0)
    theirs = (ATTENDANCE_RANK[AttendanceStatus(incumbent.status)], incumbent.minutes or 0)
    return mine > theirs


def _better_enrolment(candidate: Enrolment, incumbent: Enrolment) -> bool:
    """Whether `candidate` beats `incumbent`: more advanced status, then held longer."""
    mine = ENROLMENT_RANK[EnrolmentStatus(candidate.status)]
    theirs = ENROLMENT_RANK[EnrolmentStatus(incumbent.status)]
    if mine != theirs:
        return mine > theirs
    return candidate.status_since < incumbent.status_since


def _move_attendance(session: Session, row: Attendance, to_id: str, counts: MoveCounts) -> None:
    target_id = ids.attendance_id(row.session_id, to_id)
    target = session.get(Attendance, target_id)
    if target is not None and not target.deleted:
        if _better_attendance(row, target):
            target.status = row.status
            target.minutes = row.minutes
            target.recorded_at = row.recorded_at
        if target.note is None and row.note is not None:
            target.note = row.note
        counts.attendance_combined += 1
    else:
        if target is None:
            target = Attendance(
                id=target_id,
                partition=row.partition,
                session_id=row.session_id,
                person_id=to_id,
            )
            session.add(target)
        target.status = row.status
        target.minutes = row.minutes
        target.recorded_at = row.recorded_at
        target.note = row.note
        target.deleted = False
        counts.attendance += 1
    row.deleted = True


def _live_history(session: Session, enrolment_id: str) -> list[EnrolmentStatusChange]:
    return list(
        session.scalars(
            sa.select(EnrolmentStatusChange)
            .where(
                EnrolmentStatusChange.enrolment_id == enrolment_id,
                EnrolmentStatusChange.deleted.is_(False),
            )
            .order_by(EnrolmentStatusChange.changed_at, EnrolmentStatusChange.id)
        )
    )


def _move_history(
    session: Session, source: Enrolment, target: Enrolment, counts: MoveCounts
) -> None:
    """Hang the source enrolment's live history entries on the target enrolment."""
    entries = _live_history(session, source.id)
    if not entries:
        return
    session_ids = session.scalars(
        sa.select(CourseSession.id).where(CourseSession.course_id == source.course_id)
    ).all()
    walk_ins = {walk_in_history_id(source.id, sid): sid for sid in session_ids}
    for entry in entries:
        session_id = walk_ins.get(entry.id)
        if session_id is None:
            entry.enrolment_id = target.id
        else:
            # A walk-in's entry has a derived id: the survivor's is derived from its enrolment.
            new_id = walk_in_history_id(target.id, session_id)
            moved = session.get(EnrolmentStatusChange, new_id)
            if moved is None:
                moved = EnrolmentStatusChange(
                    id=new_id, partition=entry.partition, enrolment_id=target.id
                )
                session.add(moved)
            moved.status = entry.status
            moved.changed_at = entry.changed_at
            moved.note = entry.note
            moved.deleted = False
            entry.deleted = True
        counts.history += 1


def _move_enrolment(session: Session, row: Enrolment, to_id: str, counts: MoveCounts) -> None:
    target_id = ids.enrolment_id(row.course_id, to_id)
    target = session.get(Enrolment, target_id)
    if target is not None and not target.deleted:
        counts.enrolments_combined += 1
        counts.combined_courses.add(row.course_id)
        if not _better_enrolment(row, target):
            row.deleted = True
            return  # the survivor's enrolment stays; the duplicate's history stays with its row
        for entry in _live_history(session, target.id):
            entry.deleted = True
    else:
        if target is None:
            target = Enrolment(
                id=target_id, partition=row.partition, course_id=row.course_id, person_id=to_id
            )
            session.add(target)
        else:
            for entry in _live_history(session, target.id):
                entry.deleted = True  # left over on a tombstone; the moved history replaces it
        counts.enrolments += 1
    target.status = row.status
    target.enrolled_at = row.enrolled_at
    target.status_since = row.status_since
    target.walk_in = row.walk_in
    target.deleted = False
    session.flush()  # the target exists before history entries refer to it
    _move_history(session, row, target, counts)
    row.deleted = True


def _move_course_leader(
    session: Session, row: CourseLeader, to_id: str, counts: MoveCounts
) -> None:
    target_id = ids.course_leader_id(row.course_id, to_id)
    target = session.get(CourseLeader, target_id)
    if target is None:
        session.add(
            CourseLeader(
                id=target_id,
                partition=row.partition,
                course_id=row.course_id,
                person_id=to_id,
                deleted=False,
            )
        )
    else:
        target.deleted = False
    row.deleted = True
    counts.course_leaders += 1


def _move_row(session: Session, row: Any, to_id: str, counts: MoveCounts) -> None:
    if isinstance(row, Attendance):
        _move_attendance(session, row, to_id, counts)
    elif isinstance(row, Enrolment):
        _move_enrolment(session, row, to_id, counts)
    elif isinstance(row, CourseLeader):
        _move_course_leader(session, row, to_id, counts)
    elif isinstance(row, CourseSession):
        row.leader_id = to_id
        counts.session_leaders += 1
    elif isinstance(row, NetworkBoardMember):
        row.person_id = to_id
        counts.board_members += 1
    else:  # pragma: no cover - PERSON_REFERENCES and this function go together
        raise TypeError(f"no move for {type(row).__name__}")


def _live_references(session: Session, person_ids: list[str]) -> Iterator[tuple[str, Any]]:
    """(person id, row) of every live row that refers to one of these persons."""
    for model, column_name in PERSON_REFERENCES:
        column = getattr(model, column_name)
        for chunk in _chunks(person_ids):
            # Sorted here rather than by ORDER BY id, which would make SQLite walk the whole
            # primary key of a table without an index on the column (course_session.leader_id).
            rows = session.scalars(
                sa.select(model).where(column.in_(chunk), model.deleted.is_(False))
            ).all()
            for row in sorted(rows, key=lambda r: r.id):
                yield getattr(row, column_name), row


def _chain_target(merged: Mapping[str, str], person_id: str) -> str | None:
    """The final survivor of a merged person, None when its chain runs in a circle."""
    seen = {person_id}
    current = merged[person_id]
    while current in merged:
        if current in seen:
            return None
        seen.add(current)
        current = merged[current]
    return None if current in seen else current


def merged_persons(session: Session) -> dict[str, str]:
    """Merged person id -> the person it was merged into (tombstones included)."""
    return dict(
        session.execute(
            sa.select(Person.id, Person.merged_into_id).where(Person.merged_into_id.is_not(None))
        ).all()
    )


def final_survivor(session: Session, person_id: str) -> str | None:
    """Where a person's redirects end (the person itself when unmerged); None for a circle."""
    merged = merged_persons(session)
    return _chain_target(merged, person_id) if person_id in merged else person_id


class MergeRefused(ValueError):
    """A merge the data does not allow (the services check first and say why to the user)."""


def move_person(session: Session, from_id: str, to_id: str) -> MoveCounts:
    """Merge person `from_id` into `to_id` within the caller's unit of work.

    Everything referring to `from_id` moves to `to_id` (see the module's rules); `from_id`
    ends as a tombstone with `merged_into_id = to_id`.
    """
    if from_id == to_id:
        raise MergeRefused("a person cannot be merged into itself")
    source = session.get(Person, from_id)
    target = session.get(Person, to_id)
    if source is None or target is None:
        raise MergeRefused("both persons must exist")
    merged = merged_persons(session)
    merged[from_id] = to_id
    if _chain_target(merged, from_id) is None:
        raise MergeRefused("the merge would make a circle of redirects")
    counts = MoveCounts()
    for _person, row in list(_live_references(session, [from_id])):
        _move_row(session, row, to_id, counts)
    source.merged_into_id = to_id
    source.deleted = True
    session.flush()
    return counts


def redirect_to_survivors(session: Session) -> int:
    """Move live rows that still refer to a merged person onto its final survivor.

    For the importer, inside its transaction after a bundle is merged (through
    `UnitOfWork.on_connection`): a bundle made before a merge lands on the survivor. Chains
    are followed to their end; rows of a person whose chain is a circle stay. Returns the
    number of rows moved (status history entries that followed their enrolment not counted).
    """
    merged = merged_persons(session)
    if not merged:
        return 0
    targets = {pid: target for pid in merged if (target := _chain_target(merged, pid))}
    counts = MoveCounts()
    for person_id, row in list(_live_references(session, sorted(targets))):
        _move_row(session, row, targets[person_id], counts)
    session.flush()
    return counts.rows
