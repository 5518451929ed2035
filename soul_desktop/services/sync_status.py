"""What sync needs to know about this database as a whole: its content digest."""

from __future__ import annotations

from collections.abc import Callable

from soul_desktop.storage.database import Database
from soul_desktop.storage.digest import content_digest
from soul_desktop.storage.unit_of_work import UnitOfWork


def digest(database: Database, progress: Callable[[str, int], None] | None = None) -> str:
    """Hex SHA-256 of all synced content: equal if and only if the data is equal.

    Ignores who wrote each row and in which order (changed_by, change_counter, hlc and the
    field versions), so installations that merged the same bundles in any order agree.
    `progress(table, rows_so_far)` is called after each batch.
    """
    # One read transaction, so a concurrent writer cannot make the digest mix two states.
    with UnitOfWork(database) as uow:
        return content_digest(uow.session, progress)
