"""Export: stream a database's synced rows (all, or what a recipient lacks) into a bundle."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Installation, LocalState, SyncAck
from soul_desktop.sync.bundle import BundleWriter, Manifest, Party
from soul_desktop.sync.rows import encode_row, tables_in_order

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
                            author, counter = row["changed_by"], row["change_counter"]
                            span = ranges.get(author)
                            if span is None:
                                ranges[author] = [counter, counter]
                            elif counter < span[0]:
                                span[0] = counter
                            elif counter > span[1]:
                                span[1] = counter
                            part.write_row(row)
            writer.update_manifest(counter_ranges=dict(sorted(ranges.items())))
            return writer.close()
