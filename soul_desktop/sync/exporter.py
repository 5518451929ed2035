"""Export: stream a database's synced rows (all, or what a recipient lacks) into a bundle."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import versions
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Installation, LocalState, SyncAck
from soul_desktop.sync.bundle import BundleWriter, Manifest, Party
from soul_desktop.sync.rows import encode_row, tables_in_order, versioned_columns

# Rows fetched per round trip: bounds memory whatever the table size.
BATCH_ROWS = 5_000


def _party(conn: sa.Connection, installation_id: str) -> Party | None:
    table = Installation.__table__
    row = conn.execute(
        sa.select(table.c.id, table.c.name, table.c.role, table.c.region_code).where(
            table.c.id == installation_id
        )
    ).first()
    if row is None:
        return None
    role = row.role.value if hasattr(row.role, "value") else str(row.role)
    return Party(id=row.id, name=row.name, role=role, region=row.region_code)


def local_installation_id(conn: sa.Connection) -> str:
    state = LocalState.__table__
    installation_id = conn.execute(
        sa.select(state.c.installation_id).where(state.c.id == 1)
    ).scalar()
    if installation_id is None:
        raise ValueError("this database has no installation yet; run `soul-desktop init` first")
    return str(installation_id)


def acknowledged(conn: sa.Connection, peer_id: str) -> dict[str, int]:
    """The highest counter per author that `peer_id` has acknowledged holding."""
    ack = SyncAck.__table__
    rows = conn.execute(sa.select(ack.c.author_id, ack.c.counter).where(ack.c.peer_id == peer_id))
    return {author: counter for author, counter in rows}


def _not_acknowledged(table: sa.Table, acks: Mapping[str, int]) -> sa.ColumnElement[bool]:
    if not acks:
        return sa.true()
    conditions: list[sa.ColumnElement[bool]] = [table.c.changed_by.not_in(list(acks))]
    for author, counter in sorted(acks.items()):
        conditions.append(sa.and_(table.c.changed_by == author, table.c.change_counter > counter))
    return sa.or_(*conditions)


def export_bundle(
    db: Database,
    path: str | os.PathLike[str],
    *,
    full: bool = False,
    recipient_id: str | None = None,
) -> Manifest:
    """Write every synced row (`full`) or those the recipient has not acknowledged.

    Rows keep their original `changed_by`/`change_counter`, also when they were relayed from a
    third installation, so receipts and onward transfers speak of the authors' own sequences.
    Without `recipient_id` an incremental export has nothing to leave out and holds everything.
    Tables go parents first, rows in id order, so the same data gives the same parts.
    """
    with db.engine.connect() as conn, conn.begin():
        source_id = local_installation_id(conn)
        source = _party(conn, source_id)
        if source is None:
            raise ValueError("the local installation row is missing")
        recipient = _party(conn, recipient_id) if recipient_id else None
        acks = {} if full or recipient_id is None else acknowledged(conn, recipient_id)
        fields: dict[str, Any] = {
            "source": source.to_json(),
            "recipient": recipient.to_json() if recipient else None,
            "kind": "full" if full else "incremental",
        }
        if recipient is None and recipient_id is not None:
            # Not yet known by name here: still say whom it is for.
            fields["recipient_id"] = recipient_id
        ranges: dict[str, list[int]] = {}
        with BundleWriter(path, fields) as writer:
            for table in tables_in_order():
                columns = tuple(c.name for c in table.c)
                statement = (
                    sa.select(*table.c).where(_not_acknowledged(table, acks)).order_by(table.c.id)
                )
                result = conn.execution_options(yield_per=BATCH_ROWS).execute(statement)
                with writer.part(table.name) as part:
                    for batch in result.partitions():
                        for values in batch:
                            row = encode_row(columns, tuple(values))
                            _widen(ranges, row)
                            part.write_row(row)
            writer.update_manifest(counter_ranges=dict(sorted(ranges.items())))
            return writer.close()


def _widen(ranges: dict[str, list[int]], row: Mapping[str, Any]) -> None:
    author, counter = row["changed_by"], row["change_counter"]
    span = ranges.get(author)
    if span is None:
        ranges[author] = [counter, counter]
    elif counter < span[0]:
        span[0] = counter
    elif counter > span[1]:
        span[1] = counter


# Fields a workshop leader does not need, per table, with the value a course pack gives them
# (as written in a bundle). See "Course pack" in docs/sync-bundle-format.md.
WITHHELD: dict[str, dict[str, Any]] = {
    "person": {
        "personnummer": None,
        "phone": None,
        "consent_date": None,
        "disability": "not_stated",
        "employment_status": "not_stated",
        "education_band": "not_stated",
        "accessibility_note": None,
        "declined_personnummer": False,
        "declined_education": False,
        "declined_employment": False,
        "declined_disability": False,
    },
    "course": {"budget_sek": None},
}

# The version a withheld field gets in a pack: clock 0, so every real version of that field is
# newer and a pack row sent back can never overwrite (nor conflict with) the real value.
WITHHELD_HLC = 0

# Ids per IN (…) list: well below every database's bound-parameter limit.
_CHUNK = 500


def withhold(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The encoded row with the fields a leader does not need blanked (in place, and returned).

    A blanked field keeps its author but gets clock `WITHHELD_HLC` and no base, so wherever the
    real value is held it is the same author's older version (or one the real one follows): the
    merge keeps the real value and raises no conflict. Rows keep their identity
    (`changed_by`, `change_counter`, `hlc`), so an unchanged row sent back is "unchanged".
    """
    blanks = WITHHELD.get(table_name)
    if not blanks:
        return row
    fields = versioned_columns(_table(table_name))
    current = versions.expand(
        versions.decode(row["field_versions"]), fields, row["hlc"], row["changed_by"]
    )
    for name, blank in blanks.items():
        if row[name] == blank:
            continue
        row[name] = blank
        current[name] = versions.FieldVersion(WITHHELD_HLC, current[name].author, versions.NO_BASE)
    row["field_versions"] = versions.encode(current, row["hlc"], row["changed_by"])
    return row


def _table(name: str) -> sa.Table:
    return next(t for t in tables_in_order() if t.name == name)


def _rows_where(
    conn: sa.Connection,
    table: sa.Table,
    column: str,
    values: Iterable[Any],
    *,
    live: bool = True,
) -> list[dict[str, Any]]:
    """Rows of `table` whose `column` is one of `values` (only live ones if `live`), encoded."""
    wanted = sorted({v for v in values if v is not None})
    names = tuple(c.name for c in table.c)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        statement = sa.select(*table.c).where(table.c[column].in_(wanted[start : start + _CHUNK]))
        if live:
            statement = statement.where(table.c.deleted.is_(False))
        found.extend(encode_row(names, tuple(values)) for values in conn.execute(statement))
    return found


def course_pack_rows(conn: sa.Connection, course_id: str) -> dict[str, list[dict[str, Any]]]:
    """The encoded rows of a course pack per table, withheld fields blanked, in id order."""
    course = _rows_where(conn, _table("course"), "id", [course_id])
    if not course:
        raise ValueError(f"no live course with id {course_id!r}")
    rows: dict[str, list[dict[str, Any]]] = {"course": course}
    # Rows that are referred to go along even as tombstones, so every reference resolves.
    rows["regional_network"] = _rows_where(
        conn, _table("regional_network"), "id", [course[0]["network_id"]], live=False
    )
    rows["course_area"] = _rows_where(conn, _table("course_area"), "course_id", [course_id])
    rows["course_leader"] = _rows_where(conn, _table("course_leader"), "course_id", [course_id])
    sessions = _rows_where(conn, _table("course_session"), "course_id", [course_id])
    rows["course_session"] = sessions
    rows["venue"] = _rows_where(
        conn, _table("venue"), "id", (s["venue_id"] for s in sessions), live=False
    )
    enrolments = _rows_where(conn, _table("enrolment"), "course_id", [course_id])
    rows["enrolment"] = enrolments
    rows["enrolment_status_change"] = _rows_where(
        conn, _table("enrolment_status_change"), "enrolment_id", (e["id"] for e in enrolments)
    )
    rows["attendance"] = _rows_where(
        conn, _table("attendance"), "session_id", (s["id"] for s in sessions)
    )
    person_ids = {e["person_id"] for e in enrolments}
    person_ids.update(r["person_id"] for r in rows["course_leader"])
    person_ids.update(s["leader_id"] for s in sessions)
    person_ids.update(a["person_id"] for a in rows["attendance"])
    persons = _rows_where(conn, _table("person"), "id", person_ids, live=False)
    # A redirect ("merged into") must resolve at the leader: take its target along.
    targets = {p["merged_into_id"] for p in persons} - {p["id"] for p in persons}
    persons.extend(_rows_where(conn, _table("person"), "id", targets, live=False))
    rows["person"] = persons
    rows["organisation"] = _rows_where(
        conn, _table("organisation"), "id", (p["organisation_id"] for p in persons), live=False
    )
    for name, table_rows in rows.items():
        table_rows.sort(key=lambda row: row["id"])
        for row in table_rows:
            withhold(name, row)
    return rows


def export_course_pack(db: Database, path: str | os.PathLike[str], course_id: str) -> Manifest:
    """Write a course pack: what a workshop leader's installation needs to run one course.

    The course with its areas, leaders, live sessions and their venues, its enrolments (with
    their status history) and attendance, the persons enrolled and leading, their organisations
    and the installation rows of the source and of the rows' authors; reference tables are left
    out (every installation ships them). Fields a leader does not need are blanked
    (`WITHHELD`, `withhold`).
    """
    with db.engine.connect() as conn, conn.begin():
        source_id = local_installation_id(conn)
        source = _party(conn, source_id)
        if source is None:
            raise ValueError("the local installation row is missing")
        rows = course_pack_rows(conn, course_id)
        # The installation rows of the source and of every author in the pack, so the leader
        # (and whoever the leader's rows reach) knows who wrote what.
        authors = {source_id}
        authors.update(row["changed_by"] for table_rows in rows.values() for row in table_rows)
        installations = _rows_where(conn, _table("installation"), "id", authors, live=False)
        rows["installation"] = sorted(installations, key=lambda row: row["id"])
        fields: dict[str, Any] = {
            "source": source.to_json(),
            "recipient": None,
            "kind": "course_pack",
        }
        ranges: dict[str, list[int]] = {}
        with BundleWriter(path, fields) as writer:
            for table in tables_in_order():
                with writer.part(table.name) as part:
                    for row in rows.get(table.name, ()):
                        _widen(ranges, row)
                        part.write_row(row)
            writer.update_manifest(counter_ranges=dict(sorted(ranges.items())))
            return writer.close()
