"""Bulk loads on SQLite: secondary indexes dropped for the load come back, whatever happens."""

from __future__ import annotations

from typing import Any

import pytest

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.domain.fourr import PROGRAMME, Period
from soul_desktop.services import attendance, fourr, people
from soul_desktop.storage import participation
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync import importer
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle
from tests.sync.conftest import Installations, digest
from tests.sync.test_importer import _rewrite

pytestmark = pytest.mark.sqlite_only(
    reason="bulk loads without indexes and the per-row reference checks are SQLite's"
)


def _indexes(db: Database) -> list[tuple[str, str]]:
    """Indexes and triggers (the participation summary's are dropped for a bulk load too)."""
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "ORDER BY name"
            )
        ]


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table with more incoming rows than it holds is bulk-loaded."""
    monkeypatch.setattr(importer, "BULK_LOAD_ROWS", 1)


def _persons(db: Database, count: int) -> None:
    for number in range(count):
        people.create_person(db, ids.new_id(), "Åsa", f"Berg {number}")


@pytest.mark.usefixtures("bulk")
def test_a_bulk_load_ends_with_the_same_indexes_and_content(sites: Installations) -> None:
    a, b, c = sites["A"], sites["B"], sites["C"]
    _persons(a, 30)
    path = sites.export(a, b)
    before = _indexes(b)
    summary = import_bundle(b, path)
    assert summary.outcome == "applied", summary.reason
    assert _indexes(b) == before
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "BULK_LOAD_ROWS", 10**9)
        assert sites.send(a, c).outcome == "applied"
    assert digest(b) == digest(c)


@pytest.mark.usefixtures("bulk")
def test_the_summary_after_a_bulk_load_without_triggers_is_complete(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    course = sites.world.course
    attendance.mark(a, course.sessions[0], course.persons[0], AttendanceStatus.PRESENT)
    attendance.mark(a, course.sessions[1], course.persons[1], AttendanceStatus.ABSENT)
    expected = fourr.figures(a, PROGRAMME, Period())
    fourr.figures(b, PROGRAMME, Period())  # B's summary is fresh before the import
    before = _indexes(b)
    assert import_bundle(b, sites.export(a, b)).outcome == "applied"
    assert _indexes(b) == before
    with UnitOfWork(b) as uow:
        assert participation.stale_courses(uow.session) > 0
    got = fourr.figures(b, PROGRAMME, Period(), now=expected.counted_at)
    assert (got.r1, got.r2) == (expected.r1, expected.r2)
    assert got.r1.attended.total == 1


@pytest.mark.usefixtures("bulk")
def test_a_refused_bulk_load_and_a_dry_run_keep_every_index(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    _persons(a, 30)
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=sites.id("B"))

    def orphan(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row["organisation_id"] = ids.new_id()  # no such organisation anywhere
        return rows

    _rewrite(good, bad, orphan, a, b)
    before, content = _indexes(b), digest(b)
    assert import_bundle(b, bad).reason_code == "import.missing_reference"
    assert import_bundle(b, good, dry_run=True).outcome == "dry_run"
    assert (_indexes(b), digest(b)) == (before, content)


@pytest.mark.parametrize("limit", [0, 10_000], ids=["whole table", "row by row"])
def test_a_broken_reference_is_found_either_way(
    sites: Installations, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(importer, "CHECK_ROWS_LIMIT", limit)
    a, b = sites["A"], sites["B"]
    _persons(a, 3)
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=sites.id("B"))

    def orphan(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person" and row["last_name"] == "Berg 1":
                row["organisation_id"] = ids.new_id()  # one of the new rows
        return rows

    _rewrite(good, bad, orphan, a, b)
    before = digest(b)
    summary = import_bundle(b, bad)
    assert summary.reason_code == "import.missing_reference"
    assert "organisation" in (summary.reason or "")
    assert digest(b) == before
    assert import_bundle(b, good).outcome == "applied"


def test_the_connection_enforces_references_again_after_an_import(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    _persons(a, 2)
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=sites.id("B"))
    assert import_bundle(b, path).outcome == "applied"
    assert import_bundle(b, sites.folder / "missing.soulbundle").refused
    with b.engine.connect() as conn:  # the pool hands out the importer's connection again
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
