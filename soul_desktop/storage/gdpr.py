"""Queries and writes for GDPR rights: a person's whole record, their erasure, and keeping it.

Erasure writes through the ORM in a unit of work, so every blanked field gets a new version
stamped by this installation and travels to the others as an ordinary change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from soul_desktop.domain import erasure, hlc, versions
from soul_desktop.domain.gdpr import (
    AttendanceData,
    BoardSeatData,
    ChangeMark,
    EnrolmentData,
    ErasureData,
    FieldChange,
    LeaderRoleData,
    OrganisationData,
    PersonData,
    ReviewItemData,
    StatusChangeData,
    WalkInData,
)
from soul_desktop.domain.people import needs_from_text
from soul_desktop.storage.base import Synced
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseLeader,
    CourseSession,
    Enrolment,
    EnrolmentStatusChange,
    ErasureLog,
    Installation,
    LegalForm,
    Municipality,
    NetworkBoardMember,
    Organisation,
    Person,
    RegionalNetwork,
    SyncConflict,
)

# merged_into_id chains are short (a merge redirects to a survivor); a cycle would be a bug,
# and this bound keeps a damaged database from looping.
MAX_REDIRECTS = 64


def change_time(clock: int) -> dt.datetime:
    """The wall-clock time (UTC, whole milliseconds) of a hybrid-logical-clock reading."""
    wall_ms, _logical = hlc.unpack(clock)
    return dt.datetime.fromtimestamp(wall_ms / 1000, tz=dt.UTC)


# -- who is the person -----------------------------------------------------------------------


def survivor_of(session: Session, person_id: str) -> str | None:
    """The person a (possibly merged-away) person id stands for now; None when unknown."""
    current = person_id
    for _ in range(MAX_REDIRECTS):
        row = session.execute(
            sa.select(Person.id, Person.merged_into_id).where(Person.id == current)
        ).one_or_none()
        if row is None:
            return None
        if row.merged_into_id is None:
            return current
        current = row.merged_into_id
    return current


def person_group(session: Session, person_id: str) -> list[str]:
    """The person and every person merged into them (directly or through others)."""
    group = [person_id]
    frontier = [person_id]
    while frontier and len(group) < 10_000:
        found = list(
            session.scalars(
                sa.select(Person.id)
                .where(Person.merged_into_id.in_(frontier), Person.id.not_in(group))
                .order_by(Person.id)
            )
        )
        group.extend(found)
        frontier = found
    return group


def erased_at(session: Session, person_id: str) -> dt.datetime | None:
    return session.execute(
        sa.select(Person.erased_at).where(Person.id == person_id)
    ).scalar_one_or_none()


# -- the record (right of access) ------------------------------------------------------------


class _Marks:
    """ChangeMarks with the installations' names, looked up once."""

    def __init__(self, session: Session) -> None:
        self._names: dict[str, str] = dict(
            (row.id, row.name)
            for row in session.execute(sa.select(Installation.id, Installation.name))
        )

    def mark(self, author: str, clock: int) -> ChangeMark:
        return ChangeMark(author, self._names.get(author), change_time(clock))

    def of(self, row: Any) -> ChangeMark:
        return self.mark(row.changed_by, row.hlc)


def _person_data(session: Session, row: Person, marks: _Marks) -> PersonData:
    municipality = (
        session.get(Municipality, row.municipality_code) if row.municipality_code else None
    )
    default = versions.row_default(row.hlc, row.changed_by)
    field_changes = tuple(
        FieldChange(name, marks.mark(version.author, version.hlc))
        for name, version in sorted(versions.decode(row.field_versions).items())
        if (version.hlc, version.author) != (default.hlc, default.author)
    )
    return PersonData(
        id=row.id,
        partition=row.partition,
        first_name=row.first_name,
        last_name=row.last_name,
        gender=str(row.gender),
        birth_year=row.birth_year,
        personnummer=row.personnummer,
        personnummer_hash=row.personnummer_hash,
        email=row.email,
        phone=row.phone,
        organisation_id=row.organisation_id,
        municipality_code=row.municipality_code,
        municipality_name=municipality.name if municipality else None,
        role=str(row.role),
        employment_status=str(row.employment_status),
        education_band=str(row.education_band),
        accessibility_needs=tuple(str(n) for n in needs_from_text(row.accessibility_needs)),
        accessibility_note=row.accessibility_note,
        disability=str(row.disability),
        consent_date=row.consent_date,
        declined_personnummer=bool(row.declined_personnummer),
        declined_education=bool(row.declined_education),
        declined_employment=bool(row.declined_employment),
        declined_disability=bool(row.declined_disability),
        declined_accessibility=bool(row.declined_accessibility),
        merged_into_id=row.merged_into_id,
        deleted=bool(row.deleted),
        erased_at=row.erased_at,
        last_change=marks.of(row),
        field_changes=field_changes,
    )


def persons(session: Session, ids: Sequence[str]) -> list[PersonData]:
    """The person rows (tombstones too), in the order of `ids`."""
    marks = _Marks(session)
    rows = {row.id: row for row in session.scalars(sa.select(Person).where(Person.id.in_(ids)))}
    return [_person_data(session, rows[pid], marks) for pid in ids if pid in rows]


def organisation(session: Session, organisation_id: str | None) -> OrganisationData | None:
    if organisation_id is None:
        return None
    row = session.execute(
        sa.select(Organisation, LegalForm.name_sv, Municipality.name)
        .outerjoin(LegalForm, LegalForm.code == Organisation.legal_form_code)
        .outerjoin(Municipality, Municipality.code == Organisation.municipality_code)
        .where(Organisation.id == organisation_id)
    ).one_or_none()
    if row is None:
        return None
    found, legal_form_name, municipality_name = row
    return OrganisationData(
        id=found.id,
        name=found.name,
        org_number=found.org_number,
        legal_form_code=found.legal_form_code,
        legal_form_name=legal_form_name,
        municipality_code=found.municipality_code,
        municipality_name=municipality_name,
        kind=str(found.kind),
        deleted=bool(found.deleted),
    )


def enrolments(session: Session, ids: Sequence[str]) -> list[EnrolmentData]:
    """The persons' enrolments (withdrawn and deleted too) with their status histories."""
    marks = _Marks(session)
    rows = session.execute(
        sa.select(Enrolment, Course.title, Course.region_code)
        .join(Course, Course.id == Enrolment.course_id)
        .where(Enrolment.person_id.in_(ids))
        .order_by(Enrolment.enrolled_at, Enrolment.id)
    ).all()
    histories: dict[str, list[StatusChangeData]] = {}
    enrolment_ids = [row[0].id for row in rows]
    if enrolment_ids:
        for change in session.scalars(
            sa.select(EnrolmentStatusChange)
            .where(EnrolmentStatusChange.enrolment_id.in_(enrolment_ids))
            .order_by(EnrolmentStatusChange.changed_at, EnrolmentStatusChange.id)
        ):
            histories.setdefault(change.enrolment_id, []).append(
                StatusChangeData(
                    id=change.id,
                    status=str(change.status),
                    changed_at=change.changed_at,
                    note=change.note,
                    deleted=bool(change.deleted),
                    last_change=marks.of(change),
                )
            )
    return [
        EnrolmentData(
            id=row.id,
            person_id=row.person_id,
            course_id=row.course_id,
            course_title=title,
            course_region=region,
            status=str(row.status),
            enrolled_at=row.enrolled_at,
            status_since=row.status_since,
            walk_in=bool(row.walk_in),
            deleted=bool(row.deleted),
            last_change=marks.of(row),
            history=tuple(histories.get(row.id, ())),
        )
        for row, title, region in rows
    ]


def attendance(session: Session, ids: Sequence[str]) -> list[AttendanceData]:
    marks = _Marks(session)
    rows = session.execute(
        sa.select(Attendance, CourseSession, Course.id, Course.title)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .where(Attendance.person_id.in_(ids))
        .order_by(CourseSession.starts_at, Attendance.id)
    ).all()
    return [
        AttendanceData(
            id=row.id,
            person_id=row.person_id,
            course_id=course_id,
            course_title=title,
            session_id=meeting.id,
            session_starts_at=meeting.starts_at,
            session_ends_at=meeting.ends_at,
            status=str(row.status),
            minutes=row.minutes,
            recorded_at=row.recorded_at,
            note=row.note,
            deleted=bool(row.deleted),
            last_change=marks.of(row),
        )
        for row, meeting, course_id, title in rows
    ]


def leader_roles(session: Session, ids: Sequence[str]) -> list[LeaderRoleData]:
    """Courses the persons lead, and single sessions they were named leader of."""
    marks = _Marks(session)
    result = [
        LeaderRoleData(
            id=row.id,
            person_id=row.person_id,
            course_id=row.course_id,
            course_title=title,
            course_region=region,
            session_starts_at=None,
            deleted=bool(row.deleted),
            last_change=marks.of(row),
        )
        for row, title, region in session.execute(
            sa.select(CourseLeader, Course.title, Course.region_code)
            .join(Course, Course.id == CourseLeader.course_id)
            .where(CourseLeader.person_id.in_(ids))
            .order_by(Course.title, CourseLeader.id)
        )
    ]
    result.extend(
        LeaderRoleData(
            id=meeting.id,
            person_id=meeting.leader_id,
            course_id=meeting.course_id,
            course_title=title,
            course_region=region,
            session_starts_at=meeting.starts_at,
            deleted=bool(meeting.deleted),
            last_change=marks.of(meeting),
        )
        for meeting, title, region in session.execute(
            sa.select(CourseSession, Course.title, Course.region_code)
            .join(Course, Course.id == CourseSession.course_id)
            .where(CourseSession.leader_id.in_(ids))
            .order_by(CourseSession.starts_at, CourseSession.id)
        )
    )
    return result


def board_seats(session: Session, ids: Sequence[str]) -> list[BoardSeatData]:
    marks = _Marks(session)
    return [
        BoardSeatData(
            id=row.id,
            person_id=row.person_id,
            network_id=row.network_id,
            network_name=name,
            region_code=region,
            name=row.name,
            gender=str(row.gender),
            board_role=row.board_role,
            deleted=bool(row.deleted),
            last_change=marks.of(row),
        )
        for row, name, region in session.execute(
            sa.select(NetworkBoardMember, RegionalNetwork.name, RegionalNetwork.region_code)
            .join(RegionalNetwork, RegionalNetwork.id == NetworkBoardMember.network_id)
            .where(NetworkBoardMember.person_id.in_(ids))
            .order_by(RegionalNetwork.name, NetworkBoardMember.id)
        )
    ]


def walk_ins(found: Iterable[EnrolmentData]) -> list[WalkInData]:
    return [
        WalkInData(e.id, e.course_id, e.course_title, e.enrolled_at) for e in found if e.walk_in
    ]


def _rows_by_table(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    """Every row id that holds something about the persons, by table."""
    enrolment_ids = list(
        session.scalars(sa.select(Enrolment.id).where(Enrolment.person_id.in_(ids)))
    )
    rows = {
        "person": list(ids),
        "enrolment": enrolment_ids,
        "enrolment_status_change": (
            list(
                session.scalars(
                    sa.select(EnrolmentStatusChange.id).where(
                        EnrolmentStatusChange.enrolment_id.in_(enrolment_ids)
                    )
                )
            )
            if enrolment_ids
            else []
        ),
        "attendance": list(
            session.scalars(sa.select(Attendance.id).where(Attendance.person_id.in_(ids)))
        ),
        "course_leader": list(
            session.scalars(sa.select(CourseLeader.id).where(CourseLeader.person_id.in_(ids)))
        ),
        "network_board_member": list(
            session.scalars(
                sa.select(NetworkBoardMember.id).where(NetworkBoardMember.person_id.in_(ids))
            )
        ),
    }
    return {table: found for table, found in rows.items() if found}


def _review_filter(rows: dict[str, list[str]], only_erased_fields: bool) -> sa.ColumnElement[bool]:
    clauses = []
    for table, row_ids in rows.items():
        clause = sa.and_(SyncConflict.table_name == table, SyncConflict.row_id.in_(row_ids))
        if only_erased_fields:
            fields = sorted(erasure.erased_fields(table))
            if not fields:
                continue
            clause = sa.and_(clause, SyncConflict.field.in_(fields))
        clauses.append(clause)
    return sa.or_(*clauses) if clauses else sa.false()


def review_items(session: Session, ids: Sequence[str]) -> list[ReviewItemData]:
    """Sync review items about any of the persons' rows."""
    marks = _Marks(session)
    rows = _rows_by_table(session, ids)
    return [
        ReviewItemData(
            id=item.id,
            table_name=item.table_name,
            row_id=item.row_id,
            field=item.field,
            kind=item.kind,
            kept_value=item.kept_value,
            kept=marks.mark(item.kept_author, item.kept_hlc),
            lost_value=item.lost_value,
            lost=marks.mark(item.lost_author, item.lost_hlc),
            detected_at=item.detected_at,
            resolved=bool(item.resolved),
        )
        for item in session.scalars(
            sa.select(SyncConflict)
            .where(_review_filter(rows, only_erased_fields=False))
            .order_by(SyncConflict.detected_at, SyncConflict.id)
        )
    ]


def erasures(session: Session, ids: Sequence[str]) -> list[ErasureData]:
    return [
        ErasureData(row.erased_at, row.installation_id, row.installation_name, row.reason)
        for row in session.scalars(
            sa.select(ErasureLog)
            .where(ErasureLog.person_id.in_(ids))
            .order_by(ErasureLog.erased_at, ErasureLog.id)
        )
    ]


# -- erasure ---------------------------------------------------------------------------------


def _blank(row: Synced, table: str, *, force: bool) -> bool:
    """Set the personal fields of a mapped row to their blanks; True when the row changed.

    With `force`, fields already blank are marked changed as well, so each gets a new version
    from this erasure and no copy of the row made before it can win over it anywhere.
    """
    changed = False
    columns = sa.inspect(type(row)).columns
    for name, blank in erasure.BLANKS[table].items():
        if getattr(row, name) != blank:
            kind = columns[name].type
            # Enum columns take their enum's members (a StrEnum equals its value).
            enum_class = kind.enum_class if isinstance(kind, sa.Enum) else None
            setattr(row, name, enum_class(blank) if enum_class is not None else blank)
            changed = True
        elif force:
            flag_modified(row, name)
            changed = True
    return changed


def erase(session: Session, ids: Sequence[str], moment: dt.datetime) -> tuple[int, int]:
    """Blank every personal field of the persons' rows and mark them erased.

    Returns (rows changed, review items removed). Tombstoned rows are blanked too: they still
    hold the data.
    """
    changed = 0
    for person in session.scalars(sa.select(Person).where(Person.id.in_(ids))):
        _blank(person, "person", force=True)
        person.erased_at = moment
        changed += 1
    changed += _blank_children(session, ids, force=True)
    session.flush()
    return changed, _remove_review_items(session, ids)


def _blank_children(session: Session, ids: Sequence[str], *, force: bool) -> int:
    changed = 0
    enrolment_ids = sa.select(Enrolment.id).where(Enrolment.person_id.in_(ids))
    children: list[tuple[str, Any]] = [
        ("attendance", sa.select(Attendance).where(Attendance.person_id.in_(ids))),
        (
            "enrolment_status_change",
            sa.select(EnrolmentStatusChange).where(
                EnrolmentStatusChange.enrolment_id.in_(enrolment_ids)
            ),
        ),
        (
            "network_board_member",
            sa.select(NetworkBoardMember).where(NetworkBoardMember.person_id.in_(ids)),
        ),
    ]
    for table, query in children:
        if not force:
            # Only rows still holding something: keeping an erasure touches no blank row.
            model = query.column_descriptions[0]["entity"]
            query = query.where(
                sa.or_(
                    *(
                        _not_blank(getattr(model, name), blank)
                        for name, blank in erasure.BLANKS[table].items()
                    )
                )
            )
        for row in session.scalars(query):
            if _blank(row, table, force=force):
                changed += 1
    return changed


def _not_blank(column: Any, blank: Any) -> sa.ColumnElement[bool]:
    if blank is None:
        return column.is_not(None)
    return sa.or_(column.is_(None), column != blank)


def _remove_review_items(session: Session, ids: Sequence[str]) -> int:
    """Review items on erased fields hold the values the erasure removed: they go too."""
    rows = _rows_by_table(session, ids)
    result = session.execute(
        sa.delete(SyncConflict).where(_review_filter(rows, only_erased_fields=True))
    )
    return int(result.rowcount or 0)


def log_erasure(
    session: Session,
    person_id: str,
    moment: dt.datetime,
    installation_id: str,
    installation_name: str,
    reason: str,
    persons_erased: int,
    rows_changed: int,
) -> None:
    session.add(
        ErasureLog(
            person_id=person_id,
            erased_at=moment,
            installation_id=installation_id,
            installation_name=installation_name,
            reason=reason,
            persons=persons_erased,
            rows_changed=rows_changed,
        )
    )
    session.flush()


def erased_persons(connection: sa.Connection | Session) -> erasure.ErasedPersons:
    """The erased persons this installation knows and their enrolments (for the importer)."""
    person_ids = frozenset(
        connection.execute(sa.select(Person.id).where(Person.erased_at.is_not(None))).scalars()
    )
    if not person_ids:
        return erasure.ErasedPersons()
    enrolment_ids = frozenset(
        connection.execute(
            sa.select(Enrolment.id)
            .join(Person, Person.id == Enrolment.person_id)
            .where(Person.erased_at.is_not(None))
        ).scalars()
    )
    return erasure.ErasedPersons(person_ids, enrolment_ids)


def reapply_erasures(session: Session) -> int:
    """Blank what a merge left non-blank in rows of erased persons; returns rows changed.

    An import can bring a version of a personal field newer than the erasure (an edit made
    where the erasure had not arrived yet), which the field-by-field merge keeps. This puts
    the blank back as a change of this installation, and removes review items that hold such
    values. Cheap when nobody is erased (one indexed query); touches nothing already blank.
    """
    erased = list(session.scalars(sa.select(Person).where(Person.erased_at.is_not(None))))
    if not erased:
        return 0
    changed = sum(1 for person in erased if _blank(person, "person", force=False))
    ids = [person.id for person in erased]
    changed += _blank_children(session, ids, force=False)
    session.flush()
    _remove_review_items(session, ids)
    return changed
