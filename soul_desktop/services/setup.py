"""Opening the application's database: location, upgrade with backup, reference data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from soul_desktop import paths
from soul_desktop.domain.reference import ReferenceData, load_reference_data
from soul_desktop.storage import reference_data
from soul_desktop.storage.database import Database, DatabaseLocation, open_database
from soul_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    database: Database
    backup: Path | None
    upgraded_from: str | None
    created: bool


@cache
def reference() -> ReferenceData:
    return load_reference_data(paths.reference_dir())


def locate(db: str | os.PathLike[str] | None) -> DatabaseLocation:
    """`--db` as given (file path or SQLAlchemy URL), or the user data directory's file."""
    return DatabaseLocation.parse(db if db is not None else paths.default_database_path())


def open_application_database(
    location: DatabaseLocation, *, create: bool, passphrase: str | None = None
) -> OpenedDatabase:
    """Open, upgrade (after a backup) and bring the reference data up to date.

    `passphrase` unlocks an encrypted SQLite file (a wrong or missing one raises
    `DatabaseLockedError` before anything is written) and makes a new file encrypted; an
    unencrypted file opens as before (`database.encrypted` is then False).
    """
    result = open_database(location, create=create, passphrase=passphrase)
    try:
        with UnitOfWork(result.database) as uow:
            if reference_data.load(uow.session, reference()):
                uow.commit()
    except BaseException:
        result.database.dispose()
        raise
    return OpenedDatabase(result.database, result.backup, result.upgraded_from, result.created)
