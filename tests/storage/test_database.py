"""Opening refuses bad files with one clear reason and leaves them exactly as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from soul_desktop.domain.errors import DatabaseOpenError, NotInitialisedError
from soul_desktop.services import setup
from soul_desktop.storage.database import DatabaseLocation


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _open(path: Path, create: bool = False) -> None:
    opened = setup.open_application_database(setup.locate(path), create=create)
    opened.database.dispose()


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("inköpslista: mjölk, ägg\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseOpenError, match="not a SQLite database"):
        _open(path, create=True)
    assert _snapshot(tmp_path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = _snapshot(tmp_path)
    with pytest.raises(DatabaseOpenError, match="not a SOUL Desktop one"):
        _open(path, create=True)
    assert _snapshot(tmp_path) == before


def test_a_corrupt_database_is_refused_untouched(empty_db_path: Path) -> None:
    data = bytearray(empty_db_path.read_bytes())
    # Keep the header, wreck the pages behind it (schema and tables).
    data[100:60_000] = bytes(range(256)) * (59_900 // 256) + bytes(59_900 % 256)
    empty_db_path.write_bytes(bytes(data))
    before = _snapshot(empty_db_path.parent)
    with pytest.raises(DatabaseOpenError, match="damaged"):
        _open(empty_db_path)
    assert _snapshot(empty_db_path.parent) == before


def test_a_truncated_database_is_refused_untouched(empty_db_path: Path) -> None:
    data = empty_db_path.read_bytes()
    empty_db_path.write_bytes(data[:4096])
    before = _snapshot(empty_db_path.parent)
    with pytest.raises(DatabaseOpenError):
        _open(empty_db_path)
    assert _snapshot(empty_db_path.parent) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_gives_a_clear_reason(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseOpenError, match="cannot write"):
            _open(folder / "soul.db", create=True)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_an_unwritable_folder_is_reported_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root (as in CI) ignores permission bits, so the refusal is driven through os.access.
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    with pytest.raises(DatabaseOpenError, match="cannot write"):
        _open(tmp_path / "soul.db", create=True)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        _open(tmp_path, create=True)


def test_a_missing_file_is_not_created_without_create(tmp_path: Path) -> None:
    with pytest.raises(NotInitialisedError, match="init"):
        _open(tmp_path / "missing.db")
    assert list(tmp_path.iterdir()) == []


def test_locations_accept_paths_and_urls(tmp_path: Path) -> None:
    assert DatabaseLocation.parse(tmp_path / "a.db").path == tmp_path / "a.db"
    assert DatabaseLocation.parse(f"sqlite:///{tmp_path}/b.db").path == tmp_path / "b.db"
    server = DatabaseLocation.parse("postgresql+psycopg://soul:secret@localhost/soul")
    assert server.path is None
    assert "secret" not in server.describe()
    with pytest.raises(DatabaseOpenError, match="in-memory"):
        DatabaseLocation.parse("sqlite://")
