"""Scope: whether an installation (central, regional, leader) may write a row of a bundle."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from soul_desktop.domain import ids
from soul_desktop.domain.enums import NATIONAL_PARTITION, InstallationRole
from soul_desktop.sync.bundle import Party

# What a workshop leader's installation writes: marks, walk-ins (a person, an enrolment and its
# status history) and session notes.
LEADER_TABLES = frozenset(
    {"attendance", "enrolment", "enrolment_status_change", "person", "course_session"}
)

# The refusal code the importer gives a bundle with any row outside its writer's scope.
OUT_OF_SCOPE = "bundle.out_of_scope"


@dataclass(frozen=True, slots=True)
class Violation:
    """One row outside the scope of the installation that wrote it."""

    table: str
    row_id: str | None
    partition: str | None
    writer_id: str
    reason: str

    def describe(self) -> str:
        return f"{self.table} row {self.row_id}: {self.reason}"


def _role(party: Party) -> str:
    return str(party.role)


def scope_reason(
    writer: Party,
    table_name: str,
    row: Mapping[str, Any],
    *,
    leader_courses: Collection[str] | None = None,
) -> str | None:
    """Why `writer` may not write `row` of `table_name`, or None when it may.

    - central writes anything;
    - every installation writes its own `installation` row;
    - a regional installation writes rows whose `partition` is its region (never `national`);
    - a leader writes rows of `LEADER_TABLES` in its region's partition and, when
      `leader_courses` is given, only enrolments and sessions of those courses.
    """
    role = _role(writer)
    if role == InstallationRole.CENTRAL.value:
        return None
    if table_name == "installation" and row.get("id") in (writer.id, row.get("changed_by")):
        # Every installation writes its own row (which is how a receiver learns a relayed
        # author's role and region before it judges that author's other rows).
        return None
    partition = row.get("partition")
    if partition == NATIONAL_PARTITION:
        return f"only central writes {NATIONAL_PARTITION!r} rows"
    if writer.region is None or partition != writer.region:
        return f"partition {partition!r} is not the writer's region {writer.region!r}"
    if role == InstallationRole.REGIONAL.value:
        return None
    if role != InstallationRole.LEADER.value:
        return f"unknown role {role!r}"
    if table_name not in LEADER_TABLES:
        return f"a leader does not write {table_name!r} rows"
    if leader_courses is not None and table_name in ("enrolment", "course_session"):
        course_id = row.get("course_id")
        if course_id not in leader_courses:
            return f"course {course_id!r} is not one of the leader's courses"
    return None


def check_rows_in_scope(
    source: Party,
    table_name: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    authors: Mapping[str, Party] | None = None,
    leader_courses: Collection[str] | None = None,
) -> list[Violation]:
    """The rows of one table that lie outside the scope of whoever wrote them.

    A row's writer is its author (`changed_by`) when that is a known installation other than
    the source (a relayed change, checked against its author's scope), otherwise the source
    itself (its own change, or a relay it vouches for). `authors` maps installation ids to their
    role and region, as the receiver knows them; `leader_courses` (the courses of the packs a
    leader was given) narrows a leader's enrolments and sessions, and applies only to rows the
    source wrote. An empty list means every row is in scope.
    """
    guard = ScopeGuard(source, authors or {}, leader_courses=leader_courses)
    return [v for row in rows if (v := guard.violation(table_name, row)) is not None]


class ScopeGuard:
    """The scope rule for one import (and for `check_rows_in_scope`), quick per row.

    The writer of each author is resolved once; rows of a central writer are not looked at.
    `learn` adds installations as the importer meets them (the bundle's `installation` part
    comes first), so relayed rows are judged against their real author. `leader_courses` are
    the source's courses (a leader's, from its enrolment); `author_courses` those of the other
    leaders known here, from their proven enrolments, so a leader's relayed rows are held to
    its courses too.
    """

    def __init__(
        self,
        source: Party,
        authors: Mapping[str, Party],
        *,
        leader_courses: Collection[str] | None = None,
        author_courses: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        self.source = source
        self._authors = dict(authors)
        self._leader_courses = leader_courses
        self._author_courses = dict(author_courses or {})
        self._writers: dict[object, tuple[Party, Collection[str] | None] | None] = {}

    def learn(
        self,
        authors: Mapping[str, Party],
        author_courses: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        self._authors.update(authors)
        if author_courses is not None:
            self._author_courses.update(author_courses)
        self._writers.clear()

    def _writer(self, author: object) -> tuple[Party, Collection[str] | None] | None:
        """The writer judged for rows by `author`, with its course limit; None: anything goes."""
        try:
            return self._writers[author]
        except KeyError:
            pass
        writer, courses = self.source, self._leader_courses
        if author != self.source.id and isinstance(author, str) and author in self._authors:
            writer, courses = self._authors[author], self._author_courses.get(author)
        found = None if _role(writer) == InstallationRole.CENTRAL.value else (writer, courses)
        self._writers[author] = found
        return found

    def _claims_central(self, row: Mapping[str, Any]) -> bool:
        """An installation row making a not yet known installation central."""
        if row.get("role") != InstallationRole.CENTRAL.value:
            return False
        known = self._authors.get(str(row.get("id")))
        return known is None or _role(known) != InstallationRole.CENTRAL.value

    def violation(self, table_name: str, row: Mapping[str, Any]) -> Violation | None:
        author = row.get("changed_by")
        writer = self._writer(author)
        if writer is None:
            return None
        if author == ids.SEED_INSTALLATION_ID and row.get("change_counter") == 0:
            return None
        party, courses = writer
        reason = scope_reason(party, table_name, row, leader_courses=courses)
        if reason is None and table_name == "installation" and self._claims_central(row):
            reason = "only central introduces a central installation"
        if reason is None:
            return None
        return Violation(table_name, row.get("id"), row.get("partition"), party.id, reason)
