"""Fixtures for the interface tests: offscreen Qt, private settings, fresh databases, a worker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before Qt is imported anywhere: no display is needed, nor wanted, for these tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, setup
from soul_desktop.storage.database import Database
from soul_desktop.ui.worker import Worker


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes into the test's folder, never into the developer's real settings."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def restore_locale() -> Iterator[None]:
    """Some tests (and app.main) switch the default locale; put it back for the next test."""
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def opened(empty_db_path: Path) -> Iterator[setup.OpenedDatabase]:
    """A fresh copy of the migrated template, with reference data but no installation yet."""
    result = setup.open_application_database(setup.locate(empty_db_path), create=False)
    yield result
    result.database.dispose()


@pytest.fixture
def fresh_database(opened: setup.OpenedDatabase) -> Database:
    return opened.database


@pytest.fixture
def database(fresh_database: Database) -> Database:
    """A fresh database set up as a regional installation in Mellersta Norrland."""
    installation.initialise(fresh_database, InstallationRole.REGIONAL, "SE32", "Jämtland kontor")
    return fresh_database


@pytest.fixture
def installation_info(database: Database) -> InstallationInfo:
    info = installation.current(database)
    assert info is not None
    return info


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    result = Worker()
    yield result
    # Joins the thread: a QThread destroyed while running would abort the test process.
    result.shutdown()
