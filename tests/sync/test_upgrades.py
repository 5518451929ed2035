"""Bundles from an older schema: their rows are brought up to date, local values are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import attendance, enrolment, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Enrolment, SyncConflict
from soul_desktop.sync import bundle as bundle_module
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle
from soul_desktop.sync.upgrades import ADDED_COLUMNS, upgrader
from tests.sync.conftest import Installations, World, digest, rewrite


def _written_at(
    monkeypatch: pytest.MonkeyPatch,
    source: Path,
    target: Path,
    revision: str,
    change: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]],
    sites: Installations,
) -> None:
    """A copy of A's bundle to B whose rows `change` rewrote, stamped as made at schema
    `revision` (signed by A, sealed to B, as A would have written it then)."""

    @contextmanager
    def at_revision() -> Iterator[None]:
        with monkeypatch.context() as patch:
            patch.setattr(bundle_module, "HEAD_REVISION", revision)
            yield

    rewrite(source, target, change, signer=sites["A"], recipient=sites["B"], writing=at_revision)


def _as_older(
    monkeypatch: pytest.MonkeyPatch,
    source: Path,
    target: Path,
    revision: str,
    sites: Installations,
) -> None:
    """The bundle as an installation at `revision` would have written it."""
    dropped = [(a.table, a.column) for a in ADDED_COLUMNS if int(a.revision) > int(revision)]

    def drop(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            for table, column in dropped:
                if table == name:
                    row.pop(column, None)
            if int(revision) < 4:
                row.pop("field_versions", None)
        return rows

    _written_at(monkeypatch, source, target, revision, drop, sites)


def _enrolment(db: Database, enrolment_id: str) -> dict[str, Any]:
    table = Enrolment.__table__
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.select(table).where(table.c.id == enrolment_id)).one()._mapping)


def test_current_bundles_need_no_upgrade() -> None:
    assert upgrader(bundle_module.HEAD_REVISION) is None
    assert upgrader("0002") is not None


def test_new_rows_of_an_older_bundle_get_the_migrations_defaults(
    sites: Installations, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites["A"], sites["B"]
    person = ids.new_id()
    people.create_person(a, person, "Åsa", "Berg")
    enrolment.enrol(a, world.course.course_id, [person])
    current, older = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, current, recipient_id=sites.id("B"))
    _as_older(monkeypatch, current, older, "0002", sites)
    summary = import_bundle(b, older)
    assert summary.outcome == "applied", summary.reason
    row = _enrolment(b, ids.enrolment_id(world.course.course_id, person))
    assert row["walk_in"] is False
    # A receiver of the current bundle holds the same content.
    c = sites["C"]
    assert sites.send(a, c).outcome == "applied"
    assert digest(b) == digest(c)


def test_an_older_bundle_keeps_a_newer_local_value_without_conflict(
    sites: Installations, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites["A"], sites["B"]
    course = world.course
    person = ids.new_id()
    attendance.add_walk_in(
        a, course.sessions[0], first_name="Mona", last_name="Mäki", new_person_id=person
    )
    first = sites.bundle_path()
    export_bundle(a, first, recipient_id=sites.id("B"))
    assert import_bundle(b, first).outcome == "applied"
    enrolment_id = ids.enrolment_id(course.course_id, person)
    enrolment.withdraw(a, enrolment_id)
    current, older = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, current, recipient_id=sites.id("B"))
    _as_older(monkeypatch, current, older, "0002", sites)
    summary = import_bundle(b, older)
    assert summary.outcome == "applied", summary.reason
    row = _enrolment(b, enrolment_id)
    assert (row["walk_in"], str(row["status"])) == (True, "withdrawn")
    with b.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(SyncConflict)).scalar() == 0


def test_an_older_bundle_lacking_a_column_it_had_is_refused(
    sites: Installations, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    current, older = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, current, recipient_id=sites.id("B"))

    def drop_name(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row.pop("last_name")
        return rows

    _written_at(monkeypatch, current, older, "0002", drop_name, sites)
    before = digest(b)
    summary = import_bundle(b, older)
    assert summary.refused and summary.reason_code == "import.bad_row"
    assert "last_name" in (summary.reason or "")
    assert digest(b) == before
