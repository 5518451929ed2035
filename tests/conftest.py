"""Shared fixtures: migrated template databases, copied fresh for every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import installation, setup
from soul_desktop.storage.database import Database


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
