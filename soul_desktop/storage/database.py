"""Opening a database: checks that leave a bad file untouched, backup, upgrade, engine set-up.

A SQLite file may be encrypted with SQLCipher (storage/encryption.py); it then opens only with
its passphrase, given to `open_database`. PostgreSQL relies on the server's access control.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from soul_desktop.domain.errors import (
    DatabaseOpenError,
    NewerDatabaseError,
    NotInitialisedError,
    PassphraseRequiredError,
)
from soul_desktop.storage import encryption, migrations


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
                if url.password:
                    # A command line is seen by every user of the machine (ps, shell history).
                    raise DatabaseOpenError(
                        "a passphrase does not belong in the database URL; set SOUL_PASSPHRASE "
                        "or give --passphrase-file instead"
                    )
                return cls.parse(url.database)
            return cls(text, None)
        path = Path(text).expanduser().absolute()
        return cls(f"sqlite:///{path}", path)

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


class Database:
    """An open, migrated database: the engine and the factory for sessions.

    `encrypted` tells whether it is a SQLCipher file. Changing its passphrase or encrypting it
    swaps the engine in place (`rebind`), so every holder of this handle goes on working.
    """

    def __init__(self, location: DatabaseLocation, engine: sa.Engine, *, encrypted: bool = False):
        self.location = location
        self.engine = engine
        self.encrypted = encrypted
        self.session_factory = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()

    def rebind(self, engine: sa.Engine, *, encrypted: bool) -> None:
        """Use `engine` from now on; the old one's connections are closed."""
        old = self.engine
        self.engine = engine
        self.encrypted = encrypted
        self.session_factory.configure(bind=engine)
        old.dispose()


def _sqlite_state(path: Path, kind: str, passphrase: str | None) -> str | None:
    """The revision of an existing SQLite file, None when it holds no tables at all.

    Opens the file read-only, so a file that is not ours is never written to; an encrypted
    one with its passphrase, which is tried before anything is read.
    """
    if kind in (encryption.MISSING, encryption.EMPTY):
        return None
    try:
        if kind == encryption.ENCRYPTED:
            if passphrase is None:
                raise PassphraseRequiredError(
                    f"{path} is encrypted; it opens with its passphrase only"
                )
            conn = encryption.connect(path, passphrase, read_only=True)
        else:
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
    except encryption.driver_errors() as exc:
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
    return encryption.backup_path(path, when)


def backup_sqlite(path: Path, passphrase: str | None = None) -> Path:
    """Copy the database with SQLite's online backup, consistent even with a WAL file.

    The copy of an encrypted database is encrypted under the same passphrase.
    """
    target = backup_path(path)
    encryption.backup(path, target, passphrase)
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


def create_engine(
    location: DatabaseLocation,
    *,
    enforce_foreign_keys: bool = True,
    passphrase: str | None = None,
) -> sa.Engine:
    """An engine; migrations on SQLite run with foreign keys off, as batch mode requires.

    With a passphrase, every connection is a sqlcipher3 one keyed before SQLAlchemy sees it.
    """
    if location.path is None:
        return sa.create_engine(location.url, pool_pre_ping=True)
    if passphrase is None:
        engine = sa.create_engine(location.url, connect_args={"check_same_thread": False})
    else:
        path = location.path

        def connect() -> object:
            return encryption.connect(path, passphrase, check=False)

        # The URL only tells SQLAlchemy it is a file (a pool that keeps connections); the
        # creator makes them, and `module` lets SQLAlchemy recognise sqlcipher3's errors.
        engine = sa.create_engine(location.url, module=encryption.driver(), creator=connect)
    sa.event.listen(engine, "connect", _sqlite_connect_hook(enforce_foreign_keys))
    sa.event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _migrate_sqlite(location: DatabaseLocation, passphrase: str | None) -> None:
    """Upgrade in one transaction; batch mode rebuilds tables, so keys are checked afterwards."""
    engine = create_engine(location, enforce_foreign_keys=False, passphrase=passphrase)
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


def file_kind(location: DatabaseLocation) -> str:
    """What the location holds: encryption.MISSING, EMPTY, PLAIN or ENCRYPTED (a server: PLAIN).

    Reads the first bytes only; a file that is no SQLite database at all is refused.
    """
    if location.path is None:
        return encryption.PLAIN
    if location.path.is_dir():
        raise DatabaseOpenError(f"{location.path} is a folder, not a database file")
    return encryption.file_kind(location.path)


def open_database(
    location: DatabaseLocation, *, create: bool, passphrase: str | None = None
) -> OpenResult:
    """Open (and with `create`, make) a database, upgrading it to this build's schema.

    Every refusal happens before anything is written: a file that is not a SOUL database,
    a damaged one, one from a newer version or one in a read-only place stays as it was; so
    does an encrypted one without its passphrase or with a wrong one.

    `passphrase` unlocks an encrypted file, and makes a new one encrypted. An unencrypted file
    opens as before whether or not one is given (`Database.encrypted` tells which it was);
    PostgreSQL ignores it.
    """
    if location.path is not None:
        return _open_sqlite(location, create=create, passphrase=passphrase)
    return _open_server(location)


def _open_sqlite(location: DatabaseLocation, *, create: bool, passphrase: str | None) -> OpenResult:
    path = location.path
    assert path is not None
    kind = file_kind(location)
    exists = kind != encryption.MISSING
    if not exists and not create:
        raise NotInitialisedError(f"there is no database at {path}; run `soul-desktop init` first")
    if not exists and not path.parent.exists():
        try:
            path.parent.mkdir(parents=True)
        except OSError as exc:
            raise DatabaseOpenError(f"cannot create the folder {path.parent} ({exc})") from exc
    # The key in use: an encrypted file's, or a new file's; a plain file needs none.
    key = None if kind == encryption.PLAIN else passphrase
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    present = [p.exists() for p in sidecars]
    try:
        revision = _sqlite_state(path, kind, key)
        _refuse_if_newer(revision, str(path))
        if revision != migrations.HEAD_REVISION:
            _check_writable(path)
    except DatabaseOpenError:
        # Even a read-only open of a WAL file makes -wal/-shm; leave the folder as it was.
        for sidecar, existed in zip(sidecars, present, strict=True):
            if not existed:
                sidecar.unlink(missing_ok=True)
        raise
    backup = None
    try:
        if revision is None:
            _check_writable(path)
            if key is not None:
                conn = encryption.connect(path, key, check=False)
            else:
                conn = sqlite3.connect(path)
            try:
                # WAL lets the interface read while the worker writes; set once, kept in the file.
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
        elif revision != migrations.HEAD_REVISION:
            backup = backup_sqlite(path, key)
        if revision != migrations.HEAD_REVISION:
            _migrate_sqlite(location, key)
    except (sa.exc.DBAPIError, *encryption.driver_errors()) as exc:
        if not exists:
            _remove_new_file(path)
        reason = getattr(exc, "orig", None) or exc
        raise DatabaseOpenError(f"cannot set up the database at {path} ({reason})") from exc
    except DatabaseOpenError:
        if not exists:
            _remove_new_file(path)
        raise
    return OpenResult(
        Database(location, create_engine(location, passphrase=key), encrypted=key is not None),
        backup=backup,
        upgraded_from=revision if revision != migrations.HEAD_REVISION else None,
        created=revision is None,
    )


def change_passphrase(database: Database, current: str, new: str) -> None:
    """Re-encrypt `database` under `new`; `current` must unlock it (WrongPassphraseError).

    The engine's connections are closed first (the change needs the file to itself) and the
    handle then goes on with connections keyed with the new passphrase.
    """
    path = _encrypted_path(database)
    database.engine.dispose()
    encryption.change_passphrase(path, current, new)
    database.rebind(create_engine(database.location, passphrase=new), encrypted=True)


def encrypt_database(
    database: Database, passphrase: str, *, make_backup: bool = True, keep_backup: bool = False
) -> Path | None:
    """Encrypt the unencrypted SQLite `database` in place (encryption.encrypt_in_place).

    Its connections are closed first: the file is then touched by sqlcipher3 alone. On
    success the handle goes on encrypted; on failure, unencrypted as before.
    """
    path = database.location.path
    if path is None:
        raise DatabaseOpenError(
            "a PostgreSQL database is not encrypted by SOUL Desktop; the server's access "
            "control protects it"
        )
    if database.encrypted:
        raise DatabaseOpenError(f"{path} is already encrypted")
    database.engine.dispose()
    kept = encryption.encrypt_in_place(
        path, passphrase, make_backup=make_backup, keep_backup=keep_backup
    )
    database.rebind(create_engine(database.location, passphrase=passphrase), encrypted=True)
    return kept


def _encrypted_path(database: Database) -> Path:
    path = database.location.path
    if path is None or not database.encrypted:
        raise DatabaseOpenError(f"{database.location.describe()} is not encrypted")
    return path


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
