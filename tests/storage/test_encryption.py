"""The encrypted database: made, opened, refused, upgraded, re-keyed and converted safely."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import (
    DatabaseInUseError,
    DatabaseLockedError,
    DatabaseOpenError,
    NewerDatabaseError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from soul_desktop.services import demo, installation, setup, sync_status
from soul_desktop.storage import database as storage
from soul_desktop.storage import encryption, migrations
from soul_desktop.storage.database import Database, DatabaseLocation, create_engine

PASSPHRASE = "Rätt lösenfras 1"
OTHER = "En annan fras 2"


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _open(path: Path, passphrase: str | None = None, *, create: bool = False) -> Database:
    return setup.open_application_database(
        setup.locate(path), create=create, passphrase=passphrase
    ).database


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted regional installation with a little demo data."""
    path = tmp_path_factory.mktemp("encrypted") / "template.db"
    db = _open(path, PASSPHRASE, create=True)
    installation.initialise(db, InstallationRole.REGIONAL, "SE32", "Krypterat kontor")
    demo.generate(db, participants=40, seed=2)
    db.dispose()
    return path


@pytest.fixture
def encrypted_path(encrypted_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "soul.db"
    shutil.copyfile(encrypted_template, target)
    return target


@pytest.fixture
def template_digest(encrypted_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    copy = tmp_path_factory.mktemp("digest") / "copy.db"
    shutil.copyfile(encrypted_template, copy)
    db = _open(copy, PASSPHRASE)
    try:
        return sync_status.digest(db)
    finally:
        db.dispose()


@pytest.fixture
def plain_with_data(regional_db_path: Path) -> Iterator[tuple[Path, str]]:
    """An unencrypted regional database with demo data, and its content digest."""
    db = _open(regional_db_path)
    demo.generate(db, participants=40, seed=2)
    digest = sync_status.digest(db)
    db.dispose()
    yield regional_db_path, digest


def test_a_new_database_with_a_passphrase_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    opened = setup.open_application_database(setup.locate(path), create=True, passphrase=OTHER)
    db = opened.database
    try:
        assert opened.created and db.encrypted
        installation.initialise(db, InstallationRole.LEADER, "SE32", "Lisas laptop")
        with db.engine.connect() as conn:
            pragmas = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout", "cipher_version")
            }
    finally:
        db.dispose()
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["foreign_keys"] == 1 and pragmas["busy_timeout"] == 5000
    assert str(pragmas["cipher_version"]).startswith("4.")
    data = path.read_bytes()
    assert not data.startswith(encryption.SQLITE_MAGIC)
    # Nothing readable in the file: not the installation's name, not a table's.
    assert b"Lisas laptop" not in data and b"CREATE TABLE" not in data
    assert encryption.file_kind(path) == encryption.ENCRYPTED
    with sqlite3.connect(path) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_it_opens_with_its_passphrase_and_keeps_its_data(
    encrypted_path: Path, template_digest: str
) -> None:
    db = _open(encrypted_path, PASSPHRASE)
    try:
        assert db.encrypted
        info = installation.current(db)
        assert info is not None and info.name == "Krypterat kontor"
        assert sync_status.digest(db) == template_digest
    finally:
        db.dispose()


def test_without_a_passphrase_it_is_refused_untouched(encrypted_path: Path) -> None:
    before = _snapshot(encrypted_path.parent)
    with pytest.raises(PassphraseRequiredError, match="is encrypted") as caught:
        _open(encrypted_path)
    assert caught.value.code == "database.passphrase_needed"
    assert isinstance(caught.value, DatabaseLockedError)
    assert _snapshot(encrypted_path.parent) == before


@pytest.mark.parametrize("wrong", ["Rätt lösenfras", "rätt lösenfras 1", "x", "' OR 1=1 --"])
def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(
    encrypted_path: Path, wrong: str, capfd: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(encrypted_path.parent)
    for create in (False, True):
        with pytest.raises(WrongPassphraseError, match="does not unlock") as caught:
            _open(encrypted_path, wrong, create=create)
        assert caught.value.code == "database.wrong_passphrase"
    assert _snapshot(encrypted_path.parent) == before
    # SQLCipher's own complaint ("hmac check failed") is not printed: the refusal says it.
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_the_same_letters_typed_differently_still_unlock(encrypted_path: Path) -> None:
    # "ä" as one code point (Windows, Linux) or as a + combining diaeresis (macOS).
    decomposed = PASSPHRASE.replace("ä", "a\u0308")
    assert decomposed != PASSPHRASE
    _open(encrypted_path, decomposed).dispose()


def test_a_passphrase_with_quotes_and_odd_characters(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    odd = 'it\'s "quoted"; DROP TABLE x; -- 🔑 ø'
    _open(path, odd, create=True).dispose()
    _open(path, odd).dispose()
    with pytest.raises(WrongPassphraseError):
        _open(path, odd[:-1])


def test_an_unencrypted_database_opens_as_before_with_or_without_a_passphrase(
    regional_db_path: Path,
) -> None:
    before = _snapshot(regional_db_path.parent)
    for passphrase in (None, PASSPHRASE):
        db = _open(regional_db_path, passphrase)
        try:
            assert not db.encrypted
            assert installation.current(db) is not None
        finally:
            db.dispose()
    assert encryption.file_kind(regional_db_path) == encryption.PLAIN
    assert set(_snapshot(regional_db_path.parent)) == set(before)


def test_random_bytes_are_taken_for_an_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.db"
    path.write_bytes(os.urandom(8192))
    before = _snapshot(tmp_path)
    with pytest.raises(PassphraseRequiredError):
        _open(path)
    with pytest.raises(WrongPassphraseError, match="or the file is not a SOUL Desktop database"):
        _open(path, PASSPHRASE)
    assert _snapshot(tmp_path) == before


def test_a_passphrase_in_the_url_is_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="does not belong in the database URL"):
        DatabaseLocation.parse("sqlite+pysqlcipher://:secret@/tmp/x.db")


def _encrypted_at_first_revision(path: Path) -> None:
    location = DatabaseLocation.parse(path)
    engine = create_engine(location, enforce_foreign_keys=False, passphrase=PASSPHRASE)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
            conn.execute(
                sa.text(
                    "INSERT INTO region (code, name_sv, name_en) "
                    "VALUES ('SE32', 'Mellersta Norrland', 'x')"
                )
            )
    finally:
        engine.dispose()


def test_an_upgrade_backs_up_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _encrypted_at_first_revision(path)
    opened = setup.open_application_database(
        setup.locate(path), create=False, passphrase=PASSPHRASE
    )
    opened.database.dispose()
    assert opened.upgraded_from == "0001"
    backup = opened.backup
    assert backup is not None and backup.parent == tmp_path
    assert encryption.file_kind(backup) == encryption.ENCRYPTED
    assert b"Mellersta Norrland" not in backup.read_bytes()
    conn = encryption.connect(backup, PASSPHRASE, read_only=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT name_sv FROM region").fetchall() == [("Mellersta Norrland",)]
    finally:
        conn.close()
    conn = encryption.connect(path, PASSPHRASE, read_only=True)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == migrations.HEAD_REVISION
    finally:
        conn.close()


def test_a_newer_encrypted_database_is_refused_untouched(encrypted_path: Path) -> None:
    engine = create_engine(DatabaseLocation.parse(encrypted_path), passphrase=PASSPHRASE)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = _snapshot(encrypted_path.parent)
    with pytest.raises(NewerDatabaseError):
        _open(encrypted_path, PASSPHRASE)
    assert _snapshot(encrypted_path.parent) == before


# --- changing the passphrase ---------------------------------------------------------------


def test_change_passphrase_round_trip(encrypted_path: Path, template_digest: str) -> None:
    db = _open(encrypted_path, PASSPHRASE)
    try:
        storage.change_passphrase(db, PASSPHRASE, OTHER)
        # The same handle goes on working, with connections keyed anew.
        assert db.encrypted and installation.current(db) is not None
        assert sync_status.digest(db) == template_digest
    finally:
        db.dispose()
    with pytest.raises(WrongPassphraseError):
        _open(encrypted_path, PASSPHRASE)
    db = _open(encrypted_path, OTHER)
    try:
        assert sync_status.digest(db) == template_digest
        storage.change_passphrase(db, OTHER, PASSPHRASE)
    finally:
        db.dispose()
    _open(encrypted_path, PASSPHRASE).dispose()


def test_change_with_a_wrong_current_passphrase_changes_nothing(encrypted_path: Path) -> None:
    db = _open(encrypted_path, PASSPHRASE)
    try:
        db.dispose()
        before = _snapshot(encrypted_path.parent)
        with pytest.raises(WrongPassphraseError):
            storage.change_passphrase(db, "inte den", OTHER)
        assert _snapshot(encrypted_path.parent) == before
        assert installation.current(db) is not None
    finally:
        db.dispose()


@pytest.fixture
def held_open(request: pytest.FixtureRequest) -> Iterator[object]:
    """Start a child process that keeps a database open (as another window would)."""
    children: list[subprocess.Popen[str]] = []

    def hold(path: Path, passphrase: str | None) -> None:
        script = (
            "import sys\n"
            "from soul_desktop.storage import encryption\n"
            "from pathlib import Path\n"
            "key = sys.argv[2] or None\n"
            "conn = encryption.connect(Path(sys.argv[1]), key)\n"
            "conn.execute('SELECT count(*) FROM installation').fetchone()\n"
            "print('ready', flush=True)\n"
            "sys.stdin.readline()\n"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(path), passphrase or ""],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        children.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"

    yield hold
    for child in children:
        child.communicate("\n", timeout=30)


def test_change_while_another_program_has_it_open_is_refused(
    encrypted_path: Path, held_open: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encryption, "LOCK_WAIT_SECONDS", 0.2)
    held_open(encrypted_path, PASSPHRASE)  # type: ignore[operator]
    db = _open(encrypted_path, PASSPHRASE)
    try:
        with pytest.raises(DatabaseInUseError, match="open in another program"):
            storage.change_passphrase(db, PASSPHRASE, OTHER)
        assert installation.current(db) is not None
    finally:
        db.dispose()
    _open(encrypted_path, PASSPHRASE).dispose()


# --- encrypting an unencrypted database ----------------------------------------------------


def test_encrypt_in_place_keeps_every_row(plain_with_data: tuple[Path, str]) -> None:
    path, digest = plain_with_data
    db = _open(path)
    try:
        kept = storage.encrypt_database(db, PASSPHRASE)
        assert kept is None and db.encrypted
        assert sync_status.digest(db) == digest
    finally:
        db.dispose()
    assert encryption.file_kind(path) == encryption.ENCRYPTED
    # The unencrypted copy taken first is gone, and so is the working copy.
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix != ".db") == []
    assert not list(path.parent.glob("*.bak")) and not list(path.parent.glob("*.encrypting"))
    db = _open(path, PASSPHRASE)
    try:
        assert sync_status.digest(db) == digest
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        db.dispose()


def test_encrypt_can_keep_the_unencrypted_backup(plain_with_data: tuple[Path, str]) -> None:
    path, digest = plain_with_data
    db = _open(path)
    try:
        kept = storage.encrypt_database(db, PASSPHRASE, keep_backup=True)
    finally:
        db.dispose()
    assert kept is not None and kept.name.endswith(".unencrypted.bak")
    assert encryption.file_kind(kept) == encryption.PLAIN
    assert encryption.unencrypted_backups(path) == (kept,)
    backup_db = _open(kept)
    try:
        assert sync_status.digest(backup_db) == digest
    finally:
        backup_db.dispose()


def test_encrypt_refuses_while_another_program_has_it_open(
    plain_with_data: tuple[Path, str], held_open: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encryption, "LOCK_WAIT_SECONDS", 0.2)
    path, digest = plain_with_data
    held_open(path, None)  # type: ignore[operator]
    db = _open(path)
    try:
        with pytest.raises(DatabaseInUseError):
            storage.encrypt_database(db, PASSPHRASE)
        assert not db.encrypted
        assert sync_status.digest(db) == digest
    finally:
        db.dispose()
    assert encryption.file_kind(path) == encryption.PLAIN
    assert not list(path.parent.glob("*.bak")) and not list(path.parent.glob("*.encrypting"))


def test_encrypt_refuses_an_encrypted_database_and_postgres_urls(encrypted_path: Path) -> None:
    db = _open(encrypted_path, PASSPHRASE)
    try:
        with pytest.raises(DatabaseOpenError, match="already encrypted"):
            storage.encrypt_database(db, OTHER)
    finally:
        db.dispose()
    server = Database(
        DatabaseLocation.parse("postgresql+psycopg://u@h/db"), sa.create_engine("sqlite://")
    )
    with pytest.raises(DatabaseOpenError, match="access control"):
        storage.encrypt_database(server, PASSPHRASE)
    server.dispose()


def test_a_stale_working_copy_from_an_interrupted_run_is_replaced(
    plain_with_data: tuple[Path, str],
) -> None:
    path, digest = plain_with_data
    stale = path.with_name(path.name + encryption.ENCRYPTING_SUFFIX)
    stale.write_bytes(b"half a file")
    db = _open(path)
    try:
        storage.encrypt_database(db, PASSPHRASE)
        assert sync_status.digest(db) == digest
    finally:
        db.dispose()
    assert not stale.exists()


def test_bulk_loads_and_figures_are_the_same_encrypted(
    regional_db_path: Path, tmp_path: Path
) -> None:
    """The demo's bulk inserts (straight through the driver) and the figures on sqlcipher3."""
    from soul_desktop.services import stats

    figures = []
    for passphrase in (None, PASSPHRASE):
        path = tmp_path / f"{'encrypted' if passphrase else 'plain'}.db"
        shutil.copyfile(regional_db_path, path)
        db = _open(path)
        try:
            if passphrase:
                storage.encrypt_database(db, passphrase)
            demo.generate(db, participants=60, seed=8)
            figures.append(stats.collect(db))
        finally:
            db.dispose()
        assert encryption.file_kind(path) == (
            encryption.ENCRYPTED if passphrase else encryption.PLAIN
        )
    assert figures[0] == figures[1]
    assert figures[0]["tables"]["attendance"] > 0
