"""Bulk inserts of plain rows through SQLAlchemy Core, stamped as this installation's changes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from soul_desktop.storage.base import Base
from soul_desktop.storage.unit_of_work import UnitOfWork


def insert_rows(uow: UnitOfWork, table_name: str, rows: Iterable[dict[str, Any]]) -> int:
    """Insert rows into a synced table in one executemany; returns how many."""
    table = Base.metadata.tables[table_name]
    batch = list(rows)
    if not batch:
        return 0
    if "changed_by" in table.c:
        uow.stamper.stamp_rows(batch)
    if table_name == "person":
        # What travels instead of the personnummer (see unit_of_work._keep_personnummer_hash);
        # set on every row, since an executemany takes its columns from the first.
        for row in batch:
            number = row.get("personnummer")
            row["personnummer_hash"] = uow.stamper.hash_personnummer(number) if number else None
    uow.session.execute(sa.insert(table), batch)
    return len(batch)
