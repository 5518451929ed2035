"""Opening a database: checks that leave a bad file untouched, backup, upgrade, engine set-up."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from soul_desktop.domain.errors import DatabaseOpenError, NewerDatabaseError, NotInitialisedError
from soul_desktop.storage import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    """Where the data lives: a SQLite file (`path`) or any SQLAlchemy URL."""

    url: str
    path: Path | None

    @classmethod
    def parse(cls, value: str | os.PathLike[str]) -> DatabaseLocation:
        text = os.fspath(value)
        if "://" in text:
            url = make_url(text)
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise DatabaseOpenError("an in-memory database cannot hold SOUL data")
                return cls.parse(url.database)
            return cls(text, None)
        path = Path(text).expanduser().absolute()
        return cls(f"sqlite:///{path}", path)

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


class Database:
    """An open, migrated database: the engine and the factory for sessions."""

    def __init__(self, location: DatabaseLocation, engine: sa.Engine) -> None:
        self.location = location
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_state(path: Path) -> str | None:
    """The revision of an existing SQLite file, None when it holds no tables at all.

    Opens the file read-only, so a file that is not ours is never written to.
    """
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise DatabaseOpenError(f"{path} is not a SQLite database")
    if not header:
        return None
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    present = [p.exists() for p in sidecars]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseOpenError(f"{path} is a SQLite database but not a SOUL Desktop one")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # Even a read-only open of a WAL file makes -wal/-shm; leave the folder as it was.
        for sidecar, existed in zip(sidecars, present, strict=True):
            if not existed:
                sidecar.unlink(missing_ok=True)
        raise DatabaseOpenError(f"{path} is damaged and cannot be read ({exc})") from exc
    if row is None:
        raise DatabaseOpenError(f"{path} has no schema version; it is damaged")
    return str(row[0])


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseOpenError(f"{path} is read-only; SOUL Desktop needs to write to it")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseOpenError(f"cannot write in {folder}; choose a folder you can write to")


def backup_path(path: Path, when: dt.datetime | None = None) -> Path:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{stamp}.bak")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stamp}-{counter}.bak")
        counter += 1
    return candidate


def backup_sqlite(path: Path) -> Path:
    """Copy the database with SQLite's online backup, consistent even with a WAL file."""
    target = backup_path(path)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _sqlite_connect_hook(enforce_foreign_keys: bool):  # type: ignore[no-untyped-def]
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling fights SQLAlchemy's; let SQLAlchemy issue BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if enforce_foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return on_connect


def _on_sqlite_begin(connection: sa.Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def create_engine(location: DatabaseLocation, *, enforce_foreign_keys: bool = True) -> sa.Engine:
    """An engine; migrations on SQLite run with foreign keys off, as batch mode requires."""
    if location.path is None:
        return sa.create_engine(location.url, pool_pre_ping=True)
    engine = sa.create_engine(location.url, connect_args={"check_same_thread": False})
    sa.event.listen(engine, "connect", _sqlite_connect_hook(enforce_foreign_keys))
    sa.event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _migrate_sqlite(location: DatabaseLocation) -> None:
    """Upgrade in one transaction; batch mode rebuilds tables, so keys are checked afterwards."""
    engine = create_engine(location, enforce_foreign_keys=False)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseOpenError(
                    f"the upgrade of {location.describe()} would break {len(broken)} references; "
                    "nothing was changed"
                )
    finally:
        engine.dispose()


@dataclass(frozen=True, slots=True)
class OpenResult:
    database: Database
    backup: Path | None
    upgraded_from: str | None
    created: bool


def _refuse_if_newer(revision: str | None, label: str) -> None:
    # Alembic is imported only here, when the file is not at this build's revision.
    if revision in (None, migrations.HEAD_REVISION):
        return
    if revision not in migrations.known_revisions():
        raise NewerDatabaseError(
            f"{label} was made by a newer SOUL Desktop (schema {revision}); "
            "update the application to open it"
        )


def open_database(location: DatabaseLocation, *, create: bool) -> OpenResult:
    """Open (and with `create`, make) a database, upgrading it to this build's schema.

    Every refusal happens before anything is written: a file that is not a SOUL database,
    a damaged one, one from a newer version or one in a read-only place stays as it was.
    """
    if location.path is not None:
        return _open_sqlite(location, create=create)
    return _open_server(location)


def _open_sqlite(location: DatabaseLocation, *, create: bool) -> OpenResult:
    path = location.path
    assert path is not None
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file")
    exists = path.exists()
    if not exists and not create:
        raise NotInitialisedError(f"there is no database at {path}; run `soul-desktop init` first")
    if not exists and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as exc:
            raise DatabaseOpenError(f"cannot create the folder {path.parent} ({exc})") from exc
    revision = _sqlite_state(path) if exists else None
    _refuse_if_newer(revision, str(path))
    if revision != migrations.HEAD_REVISION:
        _check_writable(path)
    backup = None
    try:
        if revision is None:
            _check_writable(path)
            conn = sqlite3.connect(path)
            try:
                # WAL lets the interface read while the worker writes; set once, kept in the file.
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
        elif revision != migrations.HEAD_REVISION:
            backup = backup_sqlite(path)
        if revision != migrations.HEAD_REVISION:
            _migrate_sqlite(location)
    except (sa.exc.DBAPIError, sqlite3.Error) as exc:
        if not exists:
            _remove_new_file(path)
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseOpenError(f"cannot set up the database at {path} ({reason})") from exc
    except DatabaseOpenError:
        if not exists:
            _remove_new_file(path)
        raise
    return OpenResult(
        Database(location, create_engine(location)),
        backup=backup,
        upgraded_from=revision if revision != migrations.HEAD_REVISION else None,
        created=revision is None,
    )


def _remove_new_file(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)


def _open_server(location: DatabaseLocation) -> OpenResult:
    engine = create_engine(location)
    try:
        with engine.connect() as conn:
            inspector = sa.inspect(conn)
            tables = set(inspector.get_table_names())
            revision = None
            if tables:
                if "alembic_version" not in tables:
                    raise DatabaseOpenError(
                        f"{location.describe()} holds tables but is not a SOUL Desktop database"
                    )
                revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        _refuse_if_newer(revision, location.describe())
        if revision != migrations.HEAD_REVISION:
            with engine.begin() as conn:
                migrations.upgrade(conn)
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        raise DatabaseOpenError(f"cannot open {location.describe()} ({exc.orig})") from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    return OpenResult(
        Database(location, engine),
        backup=None,
        upgraded_from=revision if revision != migrations.HEAD_REVISION else None,
        created=revision is None,
    )
