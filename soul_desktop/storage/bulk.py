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
    uow.session.execute(sa.insert(table), batch)
    return len(batch)
