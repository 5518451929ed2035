"""SQLCipher files: what a file is, keyed connections, passphrase change, in-place encryption.

An encrypted database is an ordinary SQLite database whose pages SQLCipher encrypts (AES-256,
each page authenticated with HMAC-SHA512, the key derived from the passphrase with PBKDF2).
Its first 16 bytes are a random salt instead of SQLite's "SQLite format 3" header, which is
how a file is told apart without a passphrase.

`sqlcipher3` is imported on first use only: a start on an unencrypted database never loads it.
One SQLite library per file at a time: POSIX locks belong to the process, so a second copy of
SQLite (sqlcipher3 next to the standard library's sqlite3) closing its handle on a file would
drop the locks the other holds. Callers close every connection of the other kind first.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType
from typing import Any

from soul_desktop.domain.encryption import normalise
from soul_desktop.domain.errors import (
    DatabaseInUseError,
    DatabaseOpenError,
    WrongPassphraseError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"

# What a path holds, judged from its size and first bytes (file_kind).
MISSING = "missing"
EMPTY = "empty"
PLAIN = "plain"
ENCRYPTED = "encrypted"

# SQLite and SQLCipher page sizes are powers of two from 512 bytes; any file of theirs is a
# whole number of pages, which a text file or a picture almost never is.
_PAGE_UNIT = 512
# Long enough to wait out another connection's short write; short enough that a program that
# keeps the file open is reported promptly.
LOCK_WAIT_SECONDS = 3.0
ENCRYPTING_SUFFIX = ".encrypting"

# A test hook: named moments of a conversion or passphrase change, so crash-safety tests can
# stop the process exactly there. Never set in the application.
Stage = Callable[[str], None]


def file_kind(path: Path) -> str:
    """MISSING, EMPTY, PLAIN (SQLite) or ENCRYPTED (SQLCipher); anything else is refused."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return MISSING
    if size == 0:
        return EMPTY
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header == SQLITE_MAGIC:
        return PLAIN
    if size % _PAGE_UNIT == 0:
        return ENCRYPTED
    raise DatabaseOpenError(f"{path} is not a SQLite database")


@functools.cache
def driver() -> ModuleType:
    """sqlcipher3's DB-API module, imported (and told to keep quiet) on first use."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise DatabaseOpenError(
            "encrypted databases need the sqlcipher3 package, which is not installed"
        ) from exc
    # SQLCipher writes every failed key check to stderr by default; the refusal says it once.
    probe = dbapi2.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE").fetchall()
    finally:
        probe.close()
    return dbapi2


def _uri(path: Path, read_only: bool) -> str:
    # as_uri() percent-encodes "?", "#" and spaces, which a bare "file:" + path would not.
    return path.as_uri() + ("?mode=ro" if read_only else "")


def connect(
    path: Path,
    passphrase: str | None,
    *,
    read_only: bool = False,
    check: bool = True,
    timeout: float = 5.0,
) -> Any:
    """A sqlcipher3 connection to `path`, keyed before anything else touches the file.

    With `check`, the key is tried at once: a wrong one raises WrongPassphraseError and the
    connection is closed again. Without a passphrase the file is opened as plain SQLite.
    """
    db = driver()
    conn = db.connect(_uri(path, read_only), uri=True, timeout=timeout, check_same_thread=False)
    if passphrase is not None:
        # sqlite3_key: no SQL text, so no quoting to get wrong, whatever the passphrase holds.
        conn.set_key(normalise(passphrase))
    if check:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except db.DatabaseError as exc:
            conn.close()
            raise _refusal(path, exc) from exc
    return conn


def _refusal(path: Path, exc: Exception) -> DatabaseOpenError:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc):
        # SQLCipher cannot tell a wrong key from a file that is no database: say both.
        return WrongPassphraseError(
            f"the passphrase does not unlock {path} (or the file is not a SOUL Desktop "
            "database); nothing was changed"
        )
    if "locked" in str(exc) or "busy" in str(exc):
        return _in_use(path)
    return DatabaseOpenError(f"{path} is damaged and cannot be read ({exc})")


def _in_use(path: Path) -> DatabaseInUseError:
    return DatabaseInUseError(
        f"{path} is open in another program (another SOUL Desktop window or command?); "
        "close it and try again; nothing was changed"
    )


def driver_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of both SQLite libraries (sqlcipher3's only once it is loaded)."""
    if driver.cache_info().currsize:
        return (sqlite3.Error, driver().Error)
    return (sqlite3.Error,)


def backup(path: Path, target: Path, passphrase: str | None) -> None:
    """Copy with SQLite's online backup; an encrypted source gives an encrypted copy.

    Both ends are keyed with the same passphrase: SQLCipher decrypts each page as it reads it
    and encrypts it again for the copy, so the copy is never plain on disk.
    """
    if passphrase is None:
        source = sqlite3.connect(_uri(path, True), uri=True)
        destination = sqlite3.connect(target)
    else:
        source = connect(path, passphrase, read_only=True)
        destination = connect(target, passphrase, check=False)
    try:
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def backup_path(path: Path, when: dt.datetime | None = None, *, label: str = "") -> Path:
    """`soul.db.YYYYMMDD-HHMMSS[.label].bak` next to the database, never an existing name."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    middle = f".{label}" if label else ""
    candidate = path.with_name(f"{path.name}.{stamp}{middle}.bak")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stamp}-{counter}{middle}.bak")
        counter += 1
    return candidate


def unencrypted_backups(path: Path) -> tuple[Path, ...]:
    """Backups next to the database (`soul.db.*.bak`) that are plain SQLite files."""
    found = []
    for candidate in sorted(path.parent.glob(f"{_glob_escape(path.name)}.*.bak")):
        with suppress(OSError, DatabaseOpenError):
            if candidate.is_file() and file_kind(candidate) == PLAIN:
                found.append(candidate)
    return tuple(found)


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


@contextmanager
def _exclusive(path: Path, passphrase: str | None) -> Iterator[Any]:
    """A sqlcipher3 connection that alone holds the database, its WAL emptied into the file.

    EXCLUSIVE locking mode keeps the lock from the first write until the connection closes, so
    nobody else can read or write while a conversion or passphrase change runs. Another
    program that has the file open (another window, a command) makes this fail promptly.
    """
    db = driver()
    conn = connect(path, passphrase, check=False, timeout=LOCK_WAIT_SECONDS)
    try:
        conn.isolation_level = None
        # Set before the first read, so the WAL index lives in this process alone.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except db.DatabaseError as exc:
            raise _refusal(path, exc) from exc
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except db.OperationalError as exc:
            raise _in_use(path) from exc
        # Everything into the main file and the WAL emptied: what follows reads one file.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        yield conn
    finally:
        conn.close()


def change_passphrase(path: Path, current: str, new: str, *, stage: Stage | None = None) -> None:
    """Re-encrypt every page under `new` (PRAGMA rekey), in one transaction.

    SQLCipher rewrites the pages inside an ordinary SQLite write transaction, so a crash at any
    moment leaves the file whole under one of the two passphrases (tests/storage/
    test_encryption_crash.py kills it at random moments to show this).
    """
    report = stage or (lambda _name: None)
    with _exclusive(path, current) as conn:
        report("locked")
        # sqlite3_rekey, like sqlite3_key: the passphrase never becomes SQL text.
        conn.reset_key(normalise(new))
        report("rekeyed")
    # A fresh connection proves the file opens under the new passphrase. (A full integrity
    # check here would double the time and could change nothing: the old key is gone.)
    connect(path, new).close()


def encrypt_in_place(
    path: Path,
    passphrase: str,
    *,
    make_backup: bool = True,
    keep_backup: bool = False,
    stage: Stage | None = None,
) -> Path | None:
    """Turn the unencrypted database at `path` into an encrypted one under the same name.

    1. lock the file (nobody else may have it open) and empty its WAL into it;
    2. copy it with SQLite's online backup to `soul.db.<time>.unencrypted.bak` (`make_backup`);
    3. write the encrypted copy next to it, `soul.db.encrypting` (sqlcipher_export);
    4. check the copy: PRAGMA integrity_check, and the rows of every table counted on both;
    5. flush it to disk and rename it over the original in one step (os.replace).

    Until step 5 the original is untouched and the copy is a file nobody opens; after it, the
    encrypted database is complete. A crash anywhere leaves one of the two whole under the
    name `path`. The unencrypted backup is removed at the end unless `keep_backup`: left next
    to the encrypted file it would give away everything the encryption protects. Returns the
    backup kept, if any.
    """
    report = stage or (lambda _name: None)
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseOpenError(f"cannot write in {folder}; choose a folder you can write to")
    temporary = path.with_name(path.name + ENCRYPTING_SUFFIX)
    # An earlier, interrupted conversion may have left its copy: it was never in use.
    for leftover in (temporary, *sidecars(temporary)):
        leftover.unlink(missing_ok=True)
    backup_file: Path | None = None
    try:
        with _exclusive(path, None) as source:
            report("locked")
            if make_backup:
                backup_file = backup_path(path, label="unencrypted")
                partial = backup_file.with_name(backup_file.name + ".partial")
                destination = driver().connect(str(partial))
                try:
                    source.backup(destination)
                finally:
                    destination.close()
                _fsync(partial)
                os.replace(partial, backup_file)
                report("backed-up")
            counts = _row_counts(source)
            source.execute(
                "ATTACH DATABASE ? AS encrypted KEY ?", (str(temporary), normalise(passphrase))
            )
            try:
                source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            finally:
                source.execute("DETACH DATABASE encrypted")
            report("exported")
            copy = connect(temporary, passphrase)
            try:
                _require_ok(copy, temporary)
                if _row_counts(copy) != counts:
                    raise DatabaseOpenError(
                        f"the encrypted copy of {path} does not hold the same rows; "
                        "nothing was changed"
                    )
                # Kept in the file: readers and the writer do not block each other.
                copy.execute("PRAGMA journal_mode = WAL").fetchall()
            finally:
                copy.close()
            _fsync(temporary)
            report("verified")
        # The source is closed (its lock released, its empty WAL removed) before the rename,
        # so nothing of the old file is written after the new one takes its name.
        os.replace(temporary, path)
        _fsync_folder(folder)
        report("replaced")
    except BaseException:
        for leftover in (temporary, *sidecars(temporary)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    if backup_file is not None and not keep_backup:
        backup_file.unlink(missing_ok=True)
        report("cleaned")
        return None
    return backup_file


def _row_counts(conn: Any) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0] for name in tables
    }


def _require_ok(conn: Any, path: Path) -> None:
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if [tuple(row) for row in result] != [("ok",)]:
        raise DatabaseOpenError(
            f"{path} fails its integrity check ({result[0][0]}); nothing was changed"
        )


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    # The rename is durable once the folder's entry is; Windows has no such call (and needs none).
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
