"""Shared fixtures: migrated template databases, copied fresh for every test."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import installation, setup
from soul_desktop.storage.database import Database
from tests.keyring_backend import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A fresh in-memory keyring for every test; the computer's real one is never touched.

    Child processes get keyring's "fail" backend, which stores nothing.
    """
    import keyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return backend


def _make_template(folder: Path, role: InstallationRole | None, region: str | None) -> Path:
    path = folder / "template.db"
    opened = setup.open_application_database(setup.locate(path), create=True)
    if role is not None:
        installation.initialise(opened.database, role, region, "Testkontoret")
    opened.database.dispose()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with reference data but no installation."""
    return _make_template(tmp_path_factory.mktemp("empty"), None, None)


@pytest.fixture(scope="session")
def regional_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database initialised as the SE32 regional installation."""
    return _make_template(tmp_path_factory.mktemp("regional"), InstallationRole.REGIONAL, "SE32")


def _copy(template: Path, folder: Path) -> Path:
    target = folder / "soul.db"
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def empty_db_path(empty_template: Path, tmp_path: Path) -> Path:
    return _copy(empty_template, tmp_path)


@pytest.fixture
def regional_db_path(regional_template: Path, tmp_path: Path) -> Path:
    return _copy(regional_template, tmp_path)


@pytest.fixture
def regional_db(regional_db_path: Path) -> Iterator[Database]:
    opened = setup.open_application_database(setup.locate(regional_db_path), create=False)
    yield opened.database
    opened.database.dispose()


@pytest.fixture
def empty_db(empty_db_path: Path) -> Iterator[Database]:
    opened = setup.open_application_database(setup.locate(empty_db_path), create=False)
    yield opened.database
    opened.database.dispose()


# --- PostgreSQL -----------------------------------------------------------------------------------
# Tests that need a server take `postgres_url`: a fresh, empty database on the server named by
# SOUL_TEST_POSTGRES_URL, dropped afterwards. Without a reachable server they are skipped with
# the reason in the summary; .ci/run starts a server and sets SOUL_TEST_POSTGRES_REQUIRED=1,
# which turns that skip into a failure so CI can never pass without running them.

POSTGRES_URL_VARIABLE = "SOUL_TEST_POSTGRES_URL"
POSTGRES_REQUIRED_VARIABLE = "SOUL_TEST_POSTGRES_REQUIRED"


def _no_postgres(reason: str) -> NoReturn:
    if os.environ.get(POSTGRES_REQUIRED_VARIABLE, "") not in ("", "0"):
        pytest.fail(f"{reason} (and {POSTGRES_REQUIRED_VARIABLE} is set)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> sa.URL:
    """The server's URL from SOUL_TEST_POSTGRES_URL, checked once per run."""
    text = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    if not text:
        _no_postgres(
            f"no PostgreSQL server: set {POSTGRES_URL_VARIABLE}="
            "postgresql+psycopg://user@host:port/db to run this test (.ci/run starts one)"
        )
    url = make_url(text)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("psycopg is not installed: pip install -e '.[postgres]'")
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.DBAPIError as exc:
        lines = str(exc.orig).strip().splitlines() or [type(exc.orig).__name__]
        _no_postgres(
            f"PostgreSQL at {url.render_as_string(hide_password=True)} is unreachable ({lines[0]})"
        )
    finally:
        engine.dispose()
    return url


# A default collation under which ORDER BY a UUID column is not byte order (Swedish, digits
# compared as numbers), for tests that must not depend on the server's locale. PostgreSQL 15 + ICU.
OTHER_COLLATION = "LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE-u-kn' LOCALE 'C'"


def _fresh_database(server: sa.URL, *, other_collation: bool) -> Iterator[str]:
    name = f"soul_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    create = f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
    try:
        with admin.connect() as conn:
            try:
                conn.exec_driver_sql(f"{create} {OTHER_COLLATION}" if other_collation else create)
            except sa.exc.DBAPIError:
                if not other_collation:
                    raise
                conn.exec_driver_sql(create)  # an older server or one without ICU
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            # FORCE ends connections a test left open (PostgreSQL 13 and later).
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_server: sa.URL) -> Iterator[str]:
    """A fresh database (soul_<random>) on the test server as a URL string; dropped afterwards."""
    yield from _fresh_database(postgres_server, other_collation=False)


@pytest.fixture
def postgres_url_other_collation(postgres_server: sa.URL) -> Iterator[str]:
    """Like `postgres_url`, with a default collation that does not sort ids in byte order.

    Falls back to the server's default where ICU locales are not available.
    """
    yield from _fresh_database(postgres_server, other_collation=True)
