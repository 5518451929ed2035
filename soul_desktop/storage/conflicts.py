"""Queries and writes for the review of sync conflicts (table `sync_conflict`, issue #4 P5, P6)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import versions
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.hlc import LOGICAL_BITS
from soul_desktop.storage.base import Base, Synced
from soul_desktop.storage.models import (
    Attendance,
    Course,
    CourseLeader,
    CourseSession,
    Enrolment,
    Installation,
    Organisation,
    Person,
    SyncConflict,
    Venue,
)

# The two kinds of review item the importer records.
CONFLICT = "conflict"  # the same field edited on two sides; the winner is applied everywhere
EDITED_AFTER_DELETE = "edited_after_delete"  # a tombstoned row edited later elsewhere (P6)

# Ids per IN (...) list; well below SQLite's and PostgreSQL's parameter limits.
CHUNK = 500


def wall_time(hlc: int) -> dt.datetime:
    """When a version was made: the wall-clock part of a hybrid logical clock value, in UTC."""
    return dt.datetime.fromtimestamp((hlc >> LOGICAL_BITS) / 1000, tz=dt.UTC)


# -- tables and values ------------------------------------------------------------------------


@cache
def _models() -> dict[str, type[Synced]]:
    return {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }


def model_of(table_name: str) -> type[Synced] | None:
    """The mapped class of a synced table, None for a name this schema does not know."""
    return _models().get(table_name)


def _column(table_name: str, field: str) -> sa.Column[Any] | None:
    model = model_of(table_name)
    if model is None:
        return None
    table = model.__table__
    return table.c.get(field)


def decode_value(table_name: str, field: str, text: str) -> Any:
    """A canonical JSON value (`domain.canonical`) as the Python value its column holds.

    The inverse of `canonical.dumps` for one column: enums become their members, ISO text
    dates and datetimes, decimal text a Decimal. The value was checked against the column when
    its bundle was imported, so a mismatch here means a damaged review item: ValueError.
    (`sync.rows` has the same conversion for incoming rows; storage may not import sync.)
    """
    value = json.loads(text)
    column = _column(table_name, field)
    if value is None or column is None:
        return value
    kind = column.type
    if isinstance(kind, sa.Enum):  # before String: Enum is a String
        if kind.enum_class is not None:
            return kind.enum_class(value)
        if value not in kind.enums:
            raise ValueError(f"{value!r} is not one of {kind.enums}")
        return value
    if isinstance(kind, sa.Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if isinstance(kind, sa.Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{value!r} is not an integer")
        return value
    if isinstance(kind, sa.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa.Numeric):
        try:
            return Decimal(value)
        except (InvalidOperation, TypeError):
            raise ValueError(f"{value!r} is not a decimal number") from None
    if isinstance(kind, sa.String) and not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    return value


def _referenced_table(table_name: str, field: str) -> str | None:
    """The synced table a column refers to (person_id → person), if any."""
    column = _column(table_name, field)
    if column is None:
        return None
    for key in column.foreign_keys:
        target = key.column.table.name
        if target in _models():
            return target
    return None


# -- labels of rows ---------------------------------------------------------------------------


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


def _moment(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def _joined(*parts: str) -> str:
    return " – ".join(part for part in parts if part)


def _simple(column: Any) -> Callable[[Session, Sequence[str]], dict[str, str]]:
    table = column.class_

    def labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
        rows = session.execute(sa.select(table.id, column).where(table.id.in_(ids)))
        return {row_id: value or row_id for row_id, value in rows}

    return labels


def _person_labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(ids))
    )
    return {row_id: _name(first, last) or row_id for row_id, first, last in rows}


def _session_labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(CourseSession.id, Course.title, CourseSession.starts_at)
        .join(Course, Course.id == CourseSession.course_id)
        .where(CourseSession.id.in_(ids))
    )
    return {row_id: _joined(title, _moment(starts)) for row_id, title, starts in rows}


def _enrolment_labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(Enrolment.id, Person.first_name, Person.last_name, Course.title)
        .join(Person, Person.id == Enrolment.person_id)
        .join(Course, Course.id == Enrolment.course_id)
        .where(Enrolment.id.in_(ids))
    )
    return {row_id: _joined(_name(first, last), title) for row_id, first, last, title in rows}


def _leader_labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(CourseLeader.id, Person.first_name, Person.last_name, Course.title)
        .join(Person, Person.id == CourseLeader.person_id)
        .join(Course, Course.id == CourseLeader.course_id)
        .where(CourseLeader.id.in_(ids))
    )
    return {row_id: _joined(_name(first, last), title) for row_id, first, last, title in rows}


def _attendance_labels(session: Session, ids: Sequence[str]) -> dict[str, str]:
    # The session's time as well: a person attends many sessions of one course.
    rows = session.execute(
        sa.select(
            Attendance.id,
            Person.first_name,
            Person.last_name,
            Course.title,
            CourseSession.starts_at,
        )
        .join(Person, Person.id == Attendance.person_id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .where(Attendance.id.in_(ids))
    )
    return {
        row_id: _joined(_name(first, last), title, _moment(starts))
        for row_id, first, last, title, starts in rows
    }


_LABELS: dict[str, Callable[[Session, Sequence[str]], dict[str, str]]] = {
    "person": _person_labels,
    "organisation": _simple(Organisation.name),
    "course": _simple(Course.title),
    "venue": _simple(Venue.name),
    "installation": _simple(Installation.name),
    "course_session": _session_labels,
    "enrolment": _enrolment_labels,
    "attendance": _attendance_labels,
    "course_leader": _leader_labels,
}


def row_labels(session: Session, table_name: str, ids: Iterable[str]) -> dict[str, str]:
    """A human label per row id (deleted rows too): a person's name, a course's title, a
    session's course and time, an enrolment's person and course, …; otherwise the id itself.
    """
    wanted = sorted(set(ids))
    labels = {row_id: row_id for row_id in wanted}
    query = _LABELS.get(table_name)
    if query is not None:
        for chunk in _chunks(wanted):
            labels.update(query(session, chunk))
    return labels


def installation_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Names of the installations this database knows of; unknown ids are left out."""
    wanted = sorted(set(ids))
    names: dict[str, str] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(
            sa.select(Installation.id, Installation.name).where(Installation.id.in_(chunk))
        )
        names.update({row_id: name for row_id, name in rows})
    return names


# -- review items -----------------------------------------------------------------------------


def count_open(session: Session) -> int:
    return (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.resolved.is_(False))
        )
        or 0
    )


def get_item(session: Session, item_id: int) -> SyncConflict | None:
    return session.get(SyncConflict, item_id)


def open_group(session: Session, item: SyncConflict) -> list[SyncConflict]:
    """The open items one decision on `item` settles (itself included).

    A conflict: every open conflict of the same field of the same row, since the value chosen
    stands for that field whichever lost version an item names. An edit after a delete: every
    open such item of the same row, since the question is whether the row stays deleted.
    """
    where = [
        SyncConflict.resolved.is_(False),
        SyncConflict.kind == item.kind,
        SyncConflict.table_name == item.table_name,
        SyncConflict.row_id == item.row_id,
    ]
    if item.kind != EDITED_AFTER_DELETE:
        where.append(SyncConflict.field == item.field)
    return list(session.scalars(sa.select(SyncConflict).where(*where).order_by(SyncConflict.id)))


def set_resolved(session: Session, item_ids: Iterable[int], resolved: bool) -> None:
    ids = sorted(set(item_ids))
    for chunk in range(0, len(ids), CHUNK):
        session.execute(
            sa.update(SyncConflict)
            .where(SyncConflict.id.in_(ids[chunk : chunk + CHUNK]))
            .values(resolved=resolved)
        )


def synced_row(session: Session, table_name: str, row_id: str) -> Synced | None:
    """The row an item is about (deleted or not), None when it is not in this database."""
    model = model_of(table_name)
    return None if model is None else session.get(model, row_id)


def _key_of(model: type[Synced], field: str) -> str:
    return sa.inspect(model).get_property_by_column(model.__table__.c[field]).key


def write_fields(session: Session, row: Synced, values: dict[str, Any]) -> bool:
    """Set fields of a row as an ordinary local edit; True when anything changed.

    Through the ORM, so the unit of work's ChangeStamper stamps the changed fields with a new
    version of this installation whose base is the version they had (`versions.next_base`).
    A value equal to the stored one changes nothing and gets no new version. A value the
    table's constraints refuse raises ValidationError (code "review.breaks_rule").
    """
    model = type(row)
    for field, value in values.items():
        setattr(row, _key_of(model, field), value)
    if not session.is_modified(row, include_collections=False):
        return False
    try:
        session.flush()
    except sa.exc.IntegrityError as error:
        # The unit of work rolls the whole decision back when this propagates.
        raise ValidationError(
            f"the chosen value breaks a rule of table {model.__tablename__} ({error.orig})",
            code="review.breaks_rule",
            params={"table": model.__tablename__, "fields": ", ".join(sorted(values))},
        ) from None
    return True


def open_items(session: Session) -> list[dict[str, Any]]:
    """Every open review item with what a reviewer needs, oldest first.

    Keys: id, kind, table, row_id, row_label, field, for the kept and the lost side each
    `<side>_value` (the column's Python value), `<side>_label` (a label when the value refers
    to another row, else None), `<side>_author`, `<side>_author_name` (None when this database
    does not know that installation), `<side>_at` (UTC); current_value and current_label (what
    the row holds now), row_exists, row_deleted, changed_since (the field, or for an edit after
    a delete the tombstone or the field, has a newer version than the item names),
    bundle_id, source_id, source_name and detected_at.
    """
    items = list(
        session.scalars(
            sa.select(SyncConflict)
            .where(SyncConflict.resolved.is_(False))
            .order_by(SyncConflict.detected_at, SyncConflict.id)
        )
    )
    if not items:
        return []
    by_table: dict[str, set[str]] = defaultdict(set)
    for item in items:
        by_table[item.table_name].add(item.row_id)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    labels: dict[tuple[str, str], str] = {}
    for table_name, ids in by_table.items():
        model = model_of(table_name)
        if model is not None:
            table = model.__table__
            for chunk in _chunks(sorted(ids)):
                for found in session.execute(sa.select(table).where(table.c.id.in_(chunk))):
                    rows[(table_name, found.id)] = found._asdict()
        for row_id, label in row_labels(session, table_name, ids).items():
            labels[(table_name, row_id)] = label

    decoded: list[dict[str, Any]] = []
    references: dict[str, set[str]] = defaultdict(set)
    for item in items:
        row = rows.get((item.table_name, item.row_id))
        values = {
            "kept_value": _decoded(item, item.kept_value, EDITED_AFTER_DELETE),
            "lost_value": _decoded(item, item.lost_value, None),
            "current_value": None if row is None else row.get(item.field),
        }
        target = _referenced_table(item.table_name, item.field)
        if target is not None:
            for name, value in values.items():
                if isinstance(value, str) and not (
                    name == "kept_value" and item.kind == EDITED_AFTER_DELETE
                ):
                    references[target].add(value)
        decoded.append(values)
    reference_labels = {
        (target, row_id): label
        for target, ids in references.items()
        for row_id, label in row_labels(session, target, ids).items()
    }
    authors = installation_names(
        session,
        {i.kept_author for i in items}
        | {i.lost_author for i in items}
        | {i.source_id for i in items if i.source_id},
    )

    result = []
    for item, values in zip(items, decoded, strict=True):
        row = rows.get((item.table_name, item.row_id))
        target = _referenced_table(item.table_name, item.field)

        def label(name: str, value: Any, item: SyncConflict = item, target: Any = target) -> Any:
            if target is None or not isinstance(value, str):
                return None
            if name == "kept" and item.kind == EDITED_AFTER_DELETE:
                return None
            return reference_labels.get((target, value), value)

        result.append(
            {
                "id": item.id,
                "kind": item.kind,
                "table": item.table_name,
                "row_id": item.row_id,
                "row_label": labels.get((item.table_name, item.row_id), item.row_id),
                "field": item.field,
                "kept_value": values["kept_value"],
                "kept_label": label("kept", values["kept_value"]),
                "kept_author": item.kept_author,
                "kept_author_name": authors.get(item.kept_author),
                "kept_at": wall_time(item.kept_hlc),
                "lost_value": values["lost_value"],
                "lost_label": label("lost", values["lost_value"]),
                "lost_author": item.lost_author,
                "lost_author_name": authors.get(item.lost_author),
                "lost_at": wall_time(item.lost_hlc),
                "current_value": values["current_value"],
                "current_label": label("current", values["current_value"]),
                "row_exists": row is not None,
                "row_deleted": bool(row is not None and row["deleted"]),
                "changed_since": _changed_since(item, row),
                "bundle_id": item.bundle_id,
                "source_id": item.source_id,
                "source_name": authors.get(item.source_id) if item.source_id else None,
                "detected_at": item.detected_at,
            }
        )
    return result


def _decoded(item: SyncConflict, text: str, flag_kind: str | None) -> Any:
    # The kept side of an edit after a delete is the tombstone flag, not the field's value.
    field = versions.DELETED if item.kind == flag_kind else item.field
    try:
        return decode_value(item.table_name, field, text)
    except ValueError:
        return json.loads(text)  # shown as it is; resolving it refuses with the reason


def field_version(row: dict[str, Any], field: str) -> versions.FieldVersion:
    """The version a field of a row (as a column mapping) has now."""
    sparse = versions.decode(row.get("field_versions"))
    return sparse.get(field, versions.row_default(row["hlc"], row["changed_by"]))


def _changed_since(item: SyncConflict, row: dict[str, Any] | None) -> bool:
    if row is None:
        return True
    now = field_version(row, item.field).key
    if item.kind == EDITED_AFTER_DELETE:
        tombstone = field_version(row, versions.DELETED).key
        return tombstone != (item.kept_hlc, item.kept_author) or now != (
            item.lost_hlc,
            item.lost_author,
        )
    return now != (item.kept_hlc, item.kept_author)
