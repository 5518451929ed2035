"""Sync fixtures: distinct installations made from the empty template, sharing one course."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.services import installation, setup, sync_status
from soul_desktop.storage.database import Database
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle
from tests.services.test_attendance import Built, build_course

NAMES = ("A", "B", "C")


def open_db(path: Path) -> Database:
    return setup.open_application_database(setup.locate(path), create=False).database


def digest(db: Database) -> str:
    return sync_status.digest(db)


@dataclass(frozen=True)
class World:
    """Template files of three installations that all hold A's course (imported from A)."""

    files: dict[str, Path]
    course: Built


@pytest.fixture(scope="session")
def world(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("sync_world")
    files = {name: folder / f"{name}.db" for name in NAMES}
    for name, path in files.items():
        shutil.copyfile(empty_template, path)
        db = open_db(path)
        installation.initialise(db, InstallationRole.REGIONAL, "SE32", f"Kontor {name}")
        db.dispose()
    a = open_db(files["A"])
    course = build_course(a)
    bundle = folder / "course.soulbundle"
    export_bundle(a, bundle, full=True)
    a.dispose()
    for name in ("B", "C"):
        db = open_db(files[name])
        summary = import_bundle(db, bundle)
        assert summary.outcome == "applied", summary.reason
        db.dispose()
    # Every installation also learns the others' installation rows, so all start equal.
    for source in ("B", "C"):
        db = open_db(files[source])
        out = folder / f"{source}.soulbundle"
        export_bundle(db, out, full=True)
        db.dispose()
        for target in NAMES:
            if target != source:
                db = open_db(files[target])
                assert import_bundle(db, out).outcome == "applied"
                db.dispose()
    return World(files, course)


class Installations:
    """Fresh copies of the world's installations under one folder; close() disposes them."""

    def __init__(self, world: World, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.dbs: dict[str, Database] = {}
        for name, template in world.files.items():
            target = folder / f"{name}.db"
            shutil.copyfile(template, target)
            self.dbs[name] = open_db(target)
        self._bundles = 0

    def __getitem__(self, name: str) -> Database:
        return self.dbs[name]

    def bundle_path(self) -> Path:
        self._bundles += 1
        return self.folder / f"b{self._bundles}.soulbundle"

    def copy(self, name: str, as_name: str) -> Database:
        """Another copy of one installation's current file (same installation id)."""
        self.dbs[name].dispose()
        target = self.folder / f"{as_name}.db"
        shutil.copyfile(self.folder / f"{name}.db", target)
        self.dbs[as_name] = open_db(target)
        return self.dbs[as_name]

    def close(self) -> None:
        for db in self.dbs.values():
            db.dispose()


@pytest.fixture
def sites(world: World, tmp_path: Path) -> Iterator[Installations]:
    installations = Installations(world, tmp_path / "sites")
    yield installations
    installations.close()
