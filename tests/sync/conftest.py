"""Sync fixtures: central and three regional installations A, B, C sharing one course, on
SQLite or on PostgreSQL.

Central (`sites["central"]`) enrolled A, B and C (SE32) with enrolment files; each sent central
a bundle and got central's back, so every installation knows every other one's keys (bundles
are signed and sealed to one recipient: `sites.send(source, target)` addresses them).

`world` is parametrised by backend, so every test that takes `world` or `sites` runs twice:
- "sqlite": the three installations are files, which a test copies as it first uses each;
- "postgresql": the three are databases on the test server (SOUL_TEST_POSTGRES_URL, see
  tests/conftest.py), copied the same way with CREATE DATABASE … TEMPLATE and dropped after the
  test. Without a reachable server these variants are skipped with the reason in the summary
  (a failure when SOUL_TEST_POSTGRES_REQUIRED is set, as in .ci/run).
Bundles and other files always go to the test's folder. A test about SQLite itself runs on the
"sqlite" world alone when it (or its module, by `pytestmark`) is marked `sqlite_only(reason=...)`.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.services import setup, sync_status
from soul_desktop.storage.database import Database
from soul_desktop.sync import trust
from soul_desktop.sync.bundle import BundleReader, BundleWriter, open_bundle
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import ImportSummary, import_bundle
from tests.enrolment import enrol, make_central
from tests.services.test_attendance import Built, build_course

NAMES = ("A", "B", "C")
CENTRAL = "central"
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): run a sync test on the SQLite world only; the reason says why",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test using `world` (or `sites`) runs on each backend, unless it is SQLite-only."""
    if "world" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("sqlite_only")
    if marker is not None:
        reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else None)
        if not reason:
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
    backends = ("sqlite",) if marker is not None else BACKENDS
    metafunc.parametrize("world", backends, indirect=True, scope="session")


def open_db(location: str | os.PathLike[str]) -> Database:
    return setup.open_application_database(setup.locate(location), create=False).database


def digest(db: Database) -> str:
    return sync_status.digest(db)


def installation_id(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def local_trust(db: Database) -> trust.LocalTrust:
    with db.engine.begin() as conn:
        found = trust.ensure(conn)
    assert found is not None
    return found


def read_bundle(path: Path, recipient: Database) -> BundleReader:
    """A bundle opened with its recipient's keys, to look at its rows."""
    return open_bundle(path, keys=local_trust(recipient).decryption_keys())


def rewrite(
    source: Path,
    target: Path,
    change: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]],
    *,
    signer: Database,
    recipient: Database,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    writing: Callable[[], AbstractContextManager[object]] = nullcontext,
    read_by: Database | None = None,
) -> None:
    """A copy of a bundle whose rows `change(table, rows)` rewrote, signed again by `signer`
    and sealed to `recipient` as the original was: what an enrolled installation (or whoever
    holds its keys) could send. `manifest` may change the manifest's fields first; the copy is
    written inside `writing()` (say, a patched schema revision). The original is read with
    `read_by`'s keys (by default the recipient's).
    """
    keys = local_trust(signer)
    sealed_to = local_trust(recipient).encrypt_private.public_key()
    with read_bundle(source, read_by or recipient) as reader:
        old = reader.manifest
        parts = {info.name: list(reader.iter_rows(info.name)) for info in old.parts}
    fields: dict[str, Any] = {
        **old.extra,
        "source": old.source.to_json(),
        "recipient": old.recipient.to_json() if old.recipient else None,
        "kind": old.kind,
        "signer": list(old.signer or []),
        "counter_ranges": {k: list(v) for k, v in old.counter_ranges.items()},
    }
    if manifest is not None:
        manifest(fields)
    with (
        writing(),
        BundleWriter(
            target,
            fields,
            seal_to=(installation_id(recipient), sealed_to),
            sign=keys.sign_manifest,
        ) as writer,
    ):
        for name, rows in parts.items():
            with writer.part(name) as part:
                for row in change(name, rows):
                    part.write_row(row)


class Store:
    """Where the installations' databases live: `copy` makes a new one holding another's data."""

    backend: str

    def copy(self, source: str, folder: Path, name: str) -> str:
        raise NotImplementedError

    def drop(self, location: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Drop whatever this store made that is still there."""


class SqliteStore(Store):
    """Files under the caller's folder (pytest removes them)."""

    backend = "sqlite"

    def copy(self, source: str, folder: Path, name: str) -> str:
        target = folder / f"{name}.db"
        shutil.copyfile(source, target)
        return str(target)

    def drop(self, location: str) -> None:
        pass  # the file stays in the test's folder for a look after a failure


class PostgresStore(Store):
    """Databases on the test server, each copied from another with CREATE DATABASE … TEMPLATE.

    A template must have no open connections: callers dispose its Database first (PostgreSQL
    waits a few seconds for closing ones to go).
    """

    backend = "postgresql"

    def __init__(self, server: sa.URL) -> None:
        self.server = server
        self.admin = sa.create_engine(
            server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool
        )
        self.made: set[str] = set()
        with self.admin.connect() as conn:
            version = conn.execute(sa.text("SHOW server_version_num")).scalar_one()
        # PostgreSQL 15 copies a template block by block through the WAL unless told to copy
        # its files (after a checkpoint): for the few MB here, FILE_COPY is 2-5 times faster.
        self.strategy = "STRATEGY FILE_COPY" if int(version) >= 150000 else ""

    def url(self, database: str) -> str:
        return self.server.set(database=database).render_as_string(hide_password=False)

    def _create(self, template: str) -> str:
        database = f"soul_sync_{uuid.uuid4().hex[:16]}"
        options = "ENCODING 'UTF8'" if template == "template0" else self.strategy
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}" TEMPLATE "{template}" {options}')
        self.made.add(database)
        return database

    def empty(self) -> str:
        """A migrated database with reference data but no installation (like `empty_template`)."""
        location = self.url(self._create("template0"))
        setup.open_application_database(setup.locate(location), create=True).database.dispose()
        return location

    def copy(self, source: str, folder: Path, name: str) -> str:
        template = sa.make_url(source).database
        assert template is not None
        return self.url(self._create(template))

    def drop(self, location: str) -> None:
        database = sa.make_url(location).database
        assert database is not None
        with self.admin.connect() as conn:
            # FORCE ends connections a test left open (PostgreSQL 13 and later).
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        self.made.discard(database)

    def close(self) -> None:
        for database in sorted(self.made):
            self.drop(self.url(database))
        self.admin.dispose()


@dataclass(frozen=True)
class World:
    """Templates of three installations that all hold A's course (imported from A)."""

    store: Store
    locations: dict[str, str]
    course: Built

    @property
    def backend(self) -> str:
        return self.store.backend


def _transfer(
    locations: dict[str, str], folder: Path, source: str, target: str, **kw: object
) -> None:
    src, dst = open_db(locations[source]), open_db(locations[target])
    try:
        out = folder / f"{source}-to-{target}.soulbundle"
        export_bundle(src, out, recipient_id=installation_id(dst), **kw)  # type: ignore[arg-type]
        summary = import_bundle(dst, out)
        assert summary.outcome == "applied", summary.reason
    finally:
        src.dispose()
        dst.dispose()


def _build_world(store: Store, empty: str, folder: Path) -> World:
    locations = {name: store.copy(empty, folder, name) for name in (CENTRAL, *NAMES)}
    central = open_db(locations[CENTRAL])
    make_central(central)
    for name in NAMES:
        db = open_db(locations[name])
        enrol(central, db, folder, f"Kontor {name}", region="SE32")
        db.dispose()
    central.dispose()
    # Each tells central its keys; central's answer tells each about the others.
    for name in NAMES:
        _transfer(locations, folder, name, CENTRAL)
    for name in NAMES:
        _transfer(locations, folder, CENTRAL, name)
    a = open_db(locations["A"])
    course = build_course(a)
    a.dispose()
    for name in ("B", "C"):
        _transfer(locations, folder, "A", name, full=True)
    # Every installation also learns the others' installation rows, so all start equal.
    for source in ("B", "C"):
        for target in NAMES:
            if target != source:
                _transfer(locations, folder, source, target, full=True)
    return World(store, locations, course)


@pytest.fixture(scope="session")
def world(
    request: pytest.FixtureRequest, empty_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """The three installations on one backend (`pytest_generate_tests` says which)."""
    folder = tmp_path_factory.mktemp(f"sync_world_{request.param}")
    if request.param == "sqlite":
        yield _build_world(SqliteStore(), str(empty_template), folder)
        return
    # Skips (or fails, in CI) with the reason when there is no server.
    store = PostgresStore(request.getfixturevalue("postgres_server"))
    try:
        yield _build_world(store, store.empty(), folder)
    finally:
        store.close()


class Installations:
    """Fresh copies of the world's installations, each made when first used; close() disposes
    (and on PostgreSQL drops) them. Bundles go under `folder`; on SQLite the databases too.
    """

    def __init__(self, world: World, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.world = world
        self.store = world.store
        self.backend = world.backend
        self.locations: dict[str, str] = {}
        self.dbs: dict[str, Database] = {}
        self._bundles = 0

    def __getitem__(self, name: str) -> Database:
        if name not in self.dbs:
            self.locations[name] = self.store.copy(self.world.locations[name], self.folder, name)
            self.dbs[name] = open_db(self.locations[name])
        return self.dbs[name]

    def bundle_path(self) -> Path:
        self._bundles += 1
        return self.folder / f"b{self._bundles}.soulbundle"

    def id(self, name: str) -> str:
        """The installation id of one of the sites."""
        return installation_id(self[name])

    def export(self, source: str | Database, to: str | Database, **kw: object) -> Path:
        """A bundle from `source` addressed (and sealed) to `to`; `kw` as `export_bundle`."""
        path = self.bundle_path()
        src = self[source] if isinstance(source, str) else source
        dst = self[to] if isinstance(to, str) else to
        export_bundle(src, path, recipient_id=installation_id(dst), **kw)  # type: ignore[arg-type]
        return path

    def send(self, source: str | Database, to: str | Database, **kw: object) -> ImportSummary:
        """Export from `source` to `to` and import it there; the import's summary."""
        dst = self[to] if isinstance(to, str) else to
        dry_run = bool(kw.pop("dry_run", False))
        return import_bundle(dst, self.export(source, dst, **kw), dry_run=dry_run)

    def copy(self, name: str, as_name: str) -> Database:
        """Another copy of one installation's current database (same installation id)."""
        self[name].dispose()  # a file copy or a template must have no open connections
        self.locations[as_name] = self.store.copy(self.locations[name], self.folder, as_name)
        self.dbs[as_name] = open_db(self.locations[as_name])
        return self.dbs[as_name]

    def close(self) -> None:
        for db in self.dbs.values():
            db.dispose()
        for location in self.locations.values():
            self.store.drop(location)


@pytest.fixture
def sites(world: World, tmp_path: Path) -> Iterator[Installations]:
    installations = Installations(world, tmp_path / "sites")
    yield installations
    installations.close()
