"""Order-independent SHA-256 of all synced content, streamed table by table in id order."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import canonical
from soul_desktop.storage import models  # noqa: F401  (registers every synced table)
from soul_desktop.storage.base import Base, Synced

# Who wrote a row and in which order is not content: two installations holding the same data
# after different import orders must agree. `deleted` stays in, so tombstones count. The
# personnummer never travels (its keyed hash does), so it is not shared content either.
NOT_CONTENT = frozenset({"changed_by", "change_counter", "hlc", "field_versions", "personnummer"})

# Rows fetched per round trip; bounds memory whatever the table size.
BATCH_ROWS = 10_000


def synced_tables() -> list[sa.Table]:
    """Every table whose model mixes in Synced, by name."""
    names = {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }
    return [Base.metadata.tables[name] for name in sorted(names)]


def content_columns(table: sa.Table) -> list[sa.Column[object]]:
    return sorted((c for c in table.c if c.name not in NOT_CONTENT), key=lambda c: c.name)


def content_digest(session: Session, progress: Callable[[str, int], None] | None = None) -> str:
    """Hex SHA-256 over, per table: its name and columns, then a JSON array of its rows by id.

    Equal content gives an equal digest whatever order it arrived in and whoever wrote it;
    any difference in a content column (or a tombstone) changes it.
    """
    digest = hashlib.sha256()
    postgres = session.get_bind().dialect.name == "postgresql"
    for table in synced_tables():
        columns = content_columns(table)
        header = canonical.dumps(["table", table.name, [c.name for c in columns]])
        digest.update(header.encode() + b"\n")
        # Byte order of ids, the same on SQLite and PostgreSQL (whose default collation is not).
        order = table.c.id.collate("C") if postgres else table.c.id
        statement = sa.select(*columns).order_by(order)
        result = session.execute(statement.execution_options(yield_per=BATCH_ROWS))
        rows = 0
        for batch in result.partitions():
            # The table hashes as one JSON array of rows; a batch is encoded in one call
            # (the C encoder) and its brackets dropped, so the batch size cannot show.
            encoded = canonical.dumps([list(row) for row in batch])[1:-1]
            digest.update((("," if rows else "[") + encoded).encode())
            rows += len(batch)
            if progress is not None:
                progress(table.name, rows)
        digest.update(b"[]\n" if rows == 0 else b"]\n")
    return digest.hexdigest()
