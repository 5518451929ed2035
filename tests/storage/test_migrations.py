"""Migrations: from empty, from the first revision with data, newer-version refusal, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from soul_desktop.domain.errors import NewerDatabaseError
from soul_desktop.services import setup
from soul_desktop.storage import migrations
from soul_desktop.storage.base import Base, Synced
from soul_desktop.storage.database import DatabaseLocation, create_engine


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_head_constant_matches_the_scripts() -> None:
    assert migrations.script_head() == migrations.HEAD_REVISION


def test_migrated_schema_equals_the_models(empty_db_path: Path) -> None:
    engine = create_engine(DatabaseLocation.parse(empty_db_path))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_from_empty_creates_every_table_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    opened = setup.open_application_database(setup.locate(path), create=True)
    opened.database.dispose()
    assert opened.created and opened.backup is None
    assert _revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert set(Base.metadata.tables) <= tables
    assert list(tmp_path.glob("*.bak")) == []


def _database_at_first_revision(path: Path, then_upgrade_to: str | None = None) -> None:
    """A 0001 database with one row in a few tables, optionally upgraded further with it."""
    location = DatabaseLocation.parse(path)
    engine = create_engine(location, enforce_foreign_keys=False)
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
        conn.execute(
            sa.text(
                "INSERT INTO region (code, name_sv, name_en) "
                "VALUES ('SE32', 'Mellersta Norrland', 'x')"
            )
        )
        sync = "'SE32', 'i1', 1, 1, 0"
        conn.execute(
            sa.text(
                "INSERT INTO installation (id, name, role, region_code, created_at, partition, "
                "changed_by, change_counter, hlc, deleted) "
                f"VALUES ('i1', 'Gammal', 'regional', 'SE32', '2010-01-01 00:00:00', {sync})"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO local_state (id, installation_id, last_counter, last_hlc) "
                "VALUES (1, 'i1', 3, 0)"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO course (id, region_code, title, kind, capacity, status, "
                "completion_threshold_pct, partition, changed_by, change_counter, hlc, deleted) "
                f"VALUES ('c1', 'SE32', 'Kvalitetsfrågor', 'course', 20, 'planned', 75, {sync})"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO person (id, first_name, last_name, gender, role, employment_status, "
                "education_band, accessibility_needs, disability, declined_personnummer, "
                "declined_education, declined_employment, declined_disability, "
                "declined_accessibility, partition, changed_by, change_counter, hlc, deleted) "
                "VALUES ('p1', 'Åsa', 'Öberg', 'woman', 'employee', 'employed', 'isced_5_8', '', "
                f"'not_stated', 0, 0, 0, 0, 0, {sync})"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO enrolment (id, course_id, person_id, status, enrolled_at, "
                "status_since, partition, changed_by, change_counter, hlc, deleted) VALUES "
                "('e1', 'c1', 'p1', 'enrolled', '2010-01-01 00:00:00', '2010-01-01 00:00:00', "
                f"{sync})"
            )
        )
        if then_upgrade_to is not None:
            migrations.upgrade(conn, then_upgrade_to)
    engine.dispose()


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_first_revision(path)
    before = _digest(path)

    opened = setup.open_application_database(setup.locate(path), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0001"
    assert opened.backup is not None and opened.backup.parent == tmp_path
    assert opened.backup.name.startswith("old.db.") and opened.backup.suffix == ".bak"
    assert _revision(opened.backup) == "0001"
    with sqlite3.connect(opened.backup) as conn:
        assert conn.execute("SELECT title FROM course").fetchall() == [("Kvalitetsfrågor",)]
    assert _revision(path) == migrations.HEAD_REVISION
    assert _digest(path) != before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT title, network_id FROM course").fetchall() == [
            ("Kvalitetsfrågor", None)
        ]
        assert conn.execute("SELECT first_name, last_name FROM person").fetchall() == [
            ("Åsa", "Öberg")
        ]
        assert conn.execute("SELECT status, walk_in FROM enrolment").fetchall() == [("enrolled", 0)]
        assert conn.execute("SELECT count(*) FROM municipality").fetchone()[0] == 290
        assert conn.execute("SELECT count(*) FROM target").fetchone()[0] == 4
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(
    empty_db_path: Path,
) -> None:
    with sqlite3.connect(empty_db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(empty_db_path)
    files_before = sorted(p.name for p in empty_db_path.parent.iterdir())

    with pytest.raises(NewerDatabaseError, match="newer SOUL Desktop"):
        setup.open_application_database(setup.locate(empty_db_path), create=False)

    assert _digest(empty_db_path) == before
    assert sorted(p.name for p in empty_db_path.parent.iterdir()) == files_before


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "roundtrip.db"
    engine = create_engine(DatabaseLocation.parse(path), enforce_foreign_keys=False)
    config = migrations.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        assert sa.inspect(conn).get_table_names() == ["alembic_version"]
        command.upgrade(config, "head")
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_0003_with_data_adds_empty_field_versions(tmp_path: Path) -> None:
    path = tmp_path / "before_sync.db"
    _database_at_first_revision(path, then_upgrade_to="0003")
    assert _revision(path) == "0003"

    opened = setup.open_application_database(setup.locate(path), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0003"
    assert _revision(path) == migrations.HEAD_REVISION
    synced = sorted(
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    )
    with sqlite3.connect(path) as conn:
        for table in synced:
            columns = {row[1]: row for row in conn.execute(f"PRAGMA table_info({table})")}
            assert columns["field_versions"][2] == "TEXT", table
            assert columns["field_versions"][3] == 0, table  # nullable
        assert conn.execute(
            "SELECT first_name, hlc, changed_by, field_versions FROM person"
        ).fetchall() == [("Åsa", 1, "i1", None)]
        assert conn.execute("SELECT status, field_versions FROM enrolment").fetchall() == [
            ("enrolled", None)
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = create_engine(DatabaseLocation.parse(path))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_revision_names_every_synced_table() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "revision_0004", migrations.migrations_dir() / "versions" / "0004_field_versions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    synced = {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }
    # Synced tables created by later revisions have field_versions from the start.
    later = {"revocation"}  # 0007
    assert set(module.SYNCED_TABLES) == synced - later


def test_upgrade_from_0004_adds_the_local_sync_tables_empty(tmp_path: Path) -> None:
    path = tmp_path / "before_bookkeeping.db"
    _database_at_first_revision(path, then_upgrade_to="0004")
    assert _revision(path) == "0004"

    opened = setup.open_application_database(setup.locate(path), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0004"
    assert _revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        for table in ("sync_ack", "sync_import_log", "sync_conflict"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert conn.execute("SELECT first_name FROM person").fetchall() == [("Åsa",)]
    engine = create_engine(DatabaseLocation.parse(path))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_0005_adds_the_erasure_marker_unset_and_an_empty_log(tmp_path: Path) -> None:
    path = tmp_path / "before_erasure.db"
    _database_at_first_revision(path, then_upgrade_to="0005")
    assert _revision(path) == "0005"

    opened = setup.open_application_database(setup.locate(path), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0005"
    assert _revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(person)")}
        assert columns["erased_at"][3] == 0  # nullable: no upgrade of older bundles needed
        assert conn.execute("SELECT first_name, erased_at FROM person").fetchall() == [
            ("Åsa", None)
        ]
        assert conn.execute("SELECT count(*) FROM erasure_log").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = create_engine(DatabaseLocation.parse(path))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_0006_adds_nullable_keys_and_hash_and_empty_trust_tables(
    tmp_path: Path,
) -> None:
    path = tmp_path / "before_trust.db"
    _database_at_first_revision(path, then_upgrade_to="0006")
    assert _revision(path) == "0006"

    opened = setup.open_application_database(setup.locate(path), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0006"
    assert _revision(path) == migrations.HEAD_REVISION
    with sqlite3.connect(path) as conn:
        columns = {row[1]: row for row in conn.execute("PRAGMA table_info(installation)")}
        for name in ("sign_key", "encrypt_key", "credential"):
            assert columns[name][3] == 0, name  # nullable: keys come at first use
        assert conn.execute(
            "SELECT name, sign_key, encrypt_key, credential FROM installation"
        ).fetchall() == [("Gammal", None, None, None)]
        person = {row[1]: row for row in conn.execute("PRAGMA table_info(person)")}
        assert person["personnummer_hash"][3] == 0
        assert conn.execute("SELECT first_name, personnummer_hash FROM person").fetchall() == [
            ("Åsa", None)
        ]
        for table in ("revocation", "installation_key", "issued_enrolment"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    engine = create_engine(DatabaseLocation.parse(path))
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_from_0007_marks_every_course_stale_and_watches_the_data(tmp_path: Path) -> None:
    path = tmp_path / "before_summary.db"
    _database_at_first_revision(path, then_upgrade_to="0007")
    opened = setup.open_application_database(setup.locate(path), create=False)
    try:
        assert opened.upgraded_from == "0007"
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT course_id FROM participation_dirty").fetchall() == [("c1",)]
            for table in ("participation", "course_summary", "participant_summary"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
            triggers = {
                row[0]
                for row in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
            }
            assert triggers == {
                "attendance",
                "enrolment",
                "course_session",
                "course_leader",
                "course",
                "person",
            }
        # The first read sums the course: Åsa is enrolled on it, which has no session yet.
        from soul_desktop.domain.fourr import PROGRAMME, Period
        from soul_desktop.services import fourr

        assert fourr.figures(opened.database, PROGRAMME, Period()).courses == 0
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM participation_dirty").fetchone() == (0,)
            assert conn.execute(
                "SELECT course_id, person_id, enrolment_status, course_start FROM participation"
            ).fetchall() == [("c1", "p1", "enrolled", None)]
            # A change by any path marks its course again.
            conn.execute("UPDATE person SET gender = 'other' WHERE id = 'p1'")
            assert conn.execute("SELECT course_id FROM participation_dirty").fetchall() == [("c1",)]
    finally:
        opened.database.dispose()
