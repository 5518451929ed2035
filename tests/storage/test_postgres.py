"""Central on PostgreSQL: the same migrations, reference data, commands and digest as on SQLite.

Every test here gets a fresh database from the `postgres_url` fixture (tests/conftest.py) and is
skipped, with the reason in the summary, when SOUL_TEST_POSTGRES_URL names no reachable server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from soul_desktop.__main__ import main
from soul_desktop.domain.errors import DatabaseOpenError, NewerDatabaseError
from soul_desktop.services import setup
from soul_desktop.storage import migrations
from soul_desktop.storage.base import Base
from soul_desktop.storage.database import DatabaseLocation, create_engine, open_database

# Rows of these differ between any two databases (ids, clocks); everything else is compared.
PER_INSTALLATION = frozenset({"alembic_version", "local_state", "installation"})


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _engine(url: str) -> sa.Engine:
    return create_engine(DatabaseLocation.parse(url))


def _check_constraints(conn: sa.Connection) -> dict[str, list[str | None]]:
    inspector = sa.inspect(conn)
    return {
        table: sorted(c["name"] for c in inspector.get_check_constraints(table))
        for table in sorted(inspector.get_table_names())
    }


def _rows(conn: sa.Connection, table: sa.Table) -> list[tuple[object, ...]]:
    return sorted(tuple(row) for row in conn.execute(sa.select(table)))


def _schema_state(url: str) -> dict[str, object]:
    """Tables, columns, the schema revision and row counts: what a refusal must leave alone."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            inspector = sa.inspect(conn)
            state: dict[str, object] = {}
            for table in sorted(inspector.get_table_names()):
                columns = [c["name"] for c in inspector.get_columns(table)]
                count = conn.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar()
                state[table] = (columns, count)
            if "alembic_version" in state:
                state["revision"] = conn.execute(
                    sa.text("SELECT version_num FROM alembic_version")
                ).scalar()
    finally:
        engine.dispose()
    return state


def _same_local_installation(sqlite_path: Path, postgres_url: str) -> None:
    """Make the SQLite file the PostgreSQL database's own installation: its row (id, creation
    time, public keys and chain), its keys and programme key, and the keyed hashes of the
    personnummer it holds (which depend on the programme key).

    `init` makes a random id and random keys, so two databases initialised apart differ in
    these alone.
    """
    installation = Base.metadata.tables["installation"]
    keys = Base.metadata.tables["installation_key"]
    person = Base.metadata.tables["person"]
    pg = _engine(postgres_url)
    try:
        with pg.connect() as conn:
            row = conn.execute(
                sa.select(installation).join(
                    Base.metadata.tables["local_state"],
                    Base.metadata.tables["local_state"].c.installation_id == installation.c.id,
                )
            ).one()
            key_row = conn.execute(sa.select(keys)).one()
            hashes = conn.execute(
                sa.select(person.c.id, person.c.personnummer_hash).where(
                    person.c.personnummer_hash.is_not(None)
                )
            ).all()
    finally:
        pg.dispose()
    sqlite = create_engine(DatabaseLocation.parse(sqlite_path), enforce_foreign_keys=False)
    try:
        with sqlite.begin() as conn:
            local = conn.execute(sa.text("SELECT installation_id FROM local_state")).scalar_one()
            conn.execute(
                sa.update(installation)
                .where(installation.c.id == local)
                .values(
                    id=row.id,
                    created_at=row.created_at,
                    sign_key=row.sign_key,
                    encrypt_key=row.encrypt_key,
                    credential=row.credential,
                )
            )
            conn.execute(sa.text("UPDATE local_state SET installation_id = :i"), {"i": row.id})
            conn.execute(sa.delete(keys))
            conn.execute(sa.insert(keys).values(**key_row._mapping))
            for person_id, value in hashes:
                conn.execute(
                    sa.update(person)
                    .where(person.c.id == person_id)
                    .values(personnummer_hash=value)
                )
    finally:
        sqlite.dispose()


def test_from_empty_to_head_the_schema_equals_the_models(
    postgres_url: str, empty_db_path: Path
) -> None:
    opened = open_database(DatabaseLocation.parse(postgres_url), create=True)
    opened.database.dispose()
    assert opened.created and opened.backup is None and opened.upgraded_from is None

    engine = _engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.dialect.name == "postgresql"
            revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            differences = compare_metadata(context, Base.metadata)
            pg_checks = _check_constraints(conn)
    finally:
        engine.dispose()
    assert revision == migrations.HEAD_REVISION
    assert differences == []
    # compare_metadata ignores CHECK constraints: the enum and rule checks must all be there,
    # under the same names as on SQLite.
    sqlite = create_engine(DatabaseLocation.parse(empty_db_path))
    try:
        with sqlite.connect() as conn:
            sqlite_checks = _check_constraints(conn)
    finally:
        sqlite.dispose()
    assert set(Base.metadata.tables) <= set(pg_checks)
    assert pg_checks == sqlite_checks
    assert sum(len(names) for names in pg_checks.values()) > 0


def test_every_revision_downgrades_and_upgrades_again(postgres_url: str) -> None:
    engine = _engine(postgres_url)
    config = migrations.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.downgrade(config, "base")
            assert sa.inspect(conn).get_table_names() == ["alembic_version"]
            command.upgrade(config, "head")
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_an_older_schema_is_upgraded_in_place(postgres_url: str) -> None:
    engine = _engine(postgres_url)
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn, "0001")
    finally:
        engine.dispose()

    opened = open_database(DatabaseLocation.parse(postgres_url), create=False)
    opened.database.dispose()

    assert opened.upgraded_from == "0001" and not opened.created and opened.backup is None
    assert _schema_state(postgres_url)["revision"] == migrations.HEAD_REVISION


def test_reference_data_is_the_same_as_on_sqlite(postgres_url: str, empty_db_path: Path) -> None:
    """Bulk-loaded reference data and the seeded project profile (booleans, big integers)."""
    opened = setup.open_application_database(setup.locate(postgres_url), create=True)
    opened.database.dispose()
    # Opening again finds the reference data current and changes nothing.
    before = _schema_state(postgres_url)
    setup.open_application_database(setup.locate(postgres_url), create=False).database.dispose()
    assert _schema_state(postgres_url) == before

    pg = _engine(postgres_url)
    sqlite = create_engine(DatabaseLocation.parse(empty_db_path))
    compared = 0
    try:
        with pg.connect() as pg_conn, sqlite.connect() as sqlite_conn:
            for table in Base.metadata.sorted_tables:
                if table.name in PER_INSTALLATION:
                    continue
                pg_rows = _rows(pg_conn, table)
                assert pg_rows == _rows(sqlite_conn, table), table.name
                compared += len(pg_rows)
            assert pg_conn.execute(sa.text("SELECT count(*) FROM municipality")).scalar() == 290
    finally:
        pg.dispose()
        sqlite.dispose()
    assert compared > 290


def test_central_demo_stats_and_digest_match_sqlite(
    postgres_url_other_collation: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    postgres_url = postgres_url_other_collation
    sqlite_path = tmp_path / "central.db"
    results = {}
    for db in (postgres_url, str(sqlite_path)):
        code, out, err = _run(
            capsys, "--db", db, "init", "--central", "--name", "Centralt kansli", "--unencrypted"
        )
        assert code == 0, err
        code, out, err = _run(capsys, "--db", db, "demo", "--participants", "200", "--seed", "1")
        assert code == 0, err
        code, out, err = _run(capsys, "--db", db, "stats", "--json")
        assert code == 0, err
        stats = json.loads(out)
        code, out, err = _run(capsys, "--db", db, "digest")
        assert code == 0, err
        results[db] = (stats, out.strip())

    pg_stats, pg_digest = results[postgres_url]
    sqlite_stats, sqlite_digest = results[str(sqlite_path)]
    assert pg_stats == sqlite_stats
    assert len(pg_digest) == 64
    # Only the installation row (its random id and creation time) differs; give the SQLite file
    # the same one and the digests must agree, ids hashed in the same byte order on both.
    assert pg_digest != sqlite_digest
    pg = _engine(postgres_url)
    try:
        with pg.connect() as conn:
            collation = conn.execute(
                sa.text("SELECT datlocprovider FROM pg_database WHERE datname = current_database()")
            ).scalar()
            by_default = conn.execute(sa.text("SELECT id FROM person ORDER BY id")).scalars()
            by_bytes = conn.execute(
                sa.text('SELECT id FROM person ORDER BY id COLLATE "C"')
            ).scalars()
            default_order, byte_order = list(by_default), list(by_bytes)
    finally:
        pg.dispose()
    assert sorted(byte_order) == byte_order
    if collation == "i":
        # The ICU collation was available: ids sort differently there, so an ORDER BY
        # without COLLATE "C" in the digest would make it differ from SQLite's.
        assert default_order != byte_order
    _same_local_installation(sqlite_path, postgres_url)
    code, out, err = _run(capsys, "--db", str(sqlite_path), "digest")
    assert code == 0, err
    assert out.strip() == pg_digest


def test_central_on_postgresql_merges_a_regional_bundle_as_sqlite_does(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from soul_desktop.services import sync_status
    from soul_desktop.sync import enrolment as enrolling
    from soul_desktop.sync.exporter import export_bundle
    from soul_desktop.sync.importer import import_bundle

    # One central, on both backends: the SQLite file is made the same installation as the
    # PostgreSQL database (keys too), so the region's bundle, sealed to central, opens in both.
    central_sqlite = tmp_path / "central.db"
    for location in (postgres_url, str(central_sqlite)):
        init = ("init", "--central", "--name", "C", "--unencrypted")
        assert _run(capsys, "--db", location, *init)[0] == 0
    _same_local_installation(central_sqlite, postgres_url)
    enrolment = tmp_path / "jamtland.enrol"
    code, out, err = _run(capsys, "--db", postgres_url, "enrol", "--region", "SE32", "--name",
                          "J", "--out", str(enrolment))  # fmt: skip
    assert code == 0, err
    secret = out.split("One-time code: ", 1)[1].split()[0]
    regional = tmp_path / "jamtland.db"
    db = setup.open_application_database(setup.locate(regional), create=True).database
    try:
        enrolling.initialise_from_enrolment(db, enrolment, secret)
    finally:
        db.dispose()
    code, _, err = _run(
        capsys, "--db", str(regional), "demo", "--participants", "80", "--seed", "4"
    )
    assert code == 0, err
    bundle = tmp_path / "jamtland.soulbundle"
    db = setup.open_application_database(setup.locate(regional), create=False).database
    try:
        export_bundle(db, bundle, full=True)
    finally:
        db.dispose()

    digests = {}
    for location in (postgres_url, str(central_sqlite)):
        db = setup.open_application_database(setup.locate(location), create=False).database
        try:
            summary = import_bundle(db, bundle)
            assert summary.outcome == "applied", summary
            merged = sync_status.digest(db)
            again = import_bundle(db, bundle)  # P1: the same bundle again changes nothing
            assert again.outcome == "applied", again
            assert sync_status.digest(db) == merged
        finally:
            db.dispose()
        digests[location] = merged
    assert digests[str(central_sqlite)] == digests[postgres_url]


def test_a_database_with_other_tables_is_refused_untouched(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = _engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"))
            conn.execute(sa.text("INSERT INTO invoices VALUES (1, 99.5)"))
    finally:
        engine.dispose()
    before = _schema_state(postgres_url)

    with pytest.raises(DatabaseOpenError, match="not a SOUL Desktop database"):
        open_database(DatabaseLocation.parse(postgres_url), create=True)
    code, _, err = _run(capsys, "--db", postgres_url, "init", "--central", "--name", "C")
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "not a SOUL Desktop database" in err

    assert _schema_state(postgres_url) == before == {"invoices": (["id", "total"], 1)}


def test_a_newer_schema_is_refused_untouched(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = open_database(DatabaseLocation.parse(postgres_url), create=True)
    opened.database.dispose()
    engine = _engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    before = _schema_state(postgres_url)

    with pytest.raises(NewerDatabaseError, match="newer SOUL Desktop"):
        open_database(DatabaseLocation.parse(postgres_url), create=False)
    code, _, err = _run(capsys, "--db", postgres_url, "stats", "--json")
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "newer SOUL Desktop" in err

    assert _schema_state(postgres_url) == before and before["revision"] == "9999"


def test_an_unreachable_server_is_one_line(
    postgres_server: sa.URL, capsys: pytest.CaptureFixture[str]
) -> None:
    # No database of that name exists on the test server.
    missing = postgres_server.set(database="soul_no_such_database")
    code, _, err = _run(
        capsys, "--db", missing.render_as_string(hide_password=False), "stats", "--json"
    )
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "soul_no_such_database" in err
