"""The content digest: equal data gives equal digests, whoever wrote it and in whatever order."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import demo, setup, sync_status
from soul_desktop.storage import digest as storage_digest
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person, Venue
from soul_desktop.storage.unit_of_work import UnitOfWork

OTHER = "0000aaaa-0000-4000-8000-00000000beef"


@pytest.fixture
def twin(regional_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second copy of the regional template, so two databases can be compared."""
    path = tmp_path / "twin" / "soul.db"
    path.parent.mkdir()
    shutil.copyfile(regional_template, path)
    opened = setup.open_application_database(setup.locate(path), create=False)
    yield opened.database
    opened.database.dispose()


def _venues(db: Database, rows: list[dict[str, object]]) -> None:
    with UnitOfWork(db) as uow:
        for row in rows:
            uow.session.add(Venue(**row))
            uow.session.flush()  # one flush each, so the insertion order is really different
        uow.commit()


def _rewrite_authorship(db: Database) -> None:
    """Make every synced row look written by another installation, with other counters."""
    with UnitOfWork(db) as uow:
        for table in storage_digest.synced_tables():
            uow.session.execute(
                sa.update(table).values(
                    changed_by=OTHER,
                    change_counter=table.c.change_counter + 1000,
                    hlc=table.c.hlc + 12345,
                    field_versions='{"name":[1,"x",0]}',
                )
            )
        uow.commit()


def _edit(db: Database, model: type, row_id: str, **changes: object) -> None:
    with UnitOfWork(db) as uow:
        row = uow.session.get(model, row_id)
        assert row is not None
        for name, value in changes.items():
            setattr(row, name, value)
        uow.commit()


def test_the_digest_is_a_sha256_and_stable(regional_db: Database) -> None:
    first = sync_status.digest(regional_db)
    assert len(first) == 64 and int(first, 16) >= 0
    assert sync_status.digest(regional_db) == first


def test_insertion_order_does_not_matter(regional_db: Database, twin: Database) -> None:
    rows = [
        {"id": ids.new_id(), "name": f"Lokal {n}", "capacity": n, "hearing_loop": n % 2 == 0}
        for n in range(5)
    ]
    _venues(regional_db, rows)
    _venues(twin, [dict(row) for row in reversed(rows)])
    assert sync_status.digest(regional_db) == sync_status.digest(twin)


def test_who_wrote_the_rows_does_not_matter(regional_db: Database, twin: Database) -> None:
    for db in (regional_db, twin):
        demo.generate(db, participants=30, seed=11)
    _rewrite_authorship(twin)
    assert sync_status.digest(regional_db) == sync_status.digest(twin)


def test_any_content_change_changes_the_digest(regional_db: Database) -> None:
    demo.generate(regional_db, participants=30, seed=5)
    with UnitOfWork(regional_db) as uow:
        person_id, first_name = uow.session.execute(
            sa.select(Person.id, Person.first_name).order_by(Person.id).limit(1)
        ).one()
    before = sync_status.digest(regional_db)

    _edit(regional_db, Person, person_id, first_name=first_name + "x")
    edited = sync_status.digest(regional_db)
    assert edited != before

    _edit(regional_db, Person, person_id, first_name=first_name)
    assert sync_status.digest(regional_db) == before  # same content again, newer versions

    _edit(regional_db, Person, person_id, deleted=True)
    assert sync_status.digest(regional_db) not in (before, edited)


def test_a_field_of_another_type_changes_the_digest(regional_db: Database) -> None:
    venue_id = ids.new_id()
    _venues(regional_db, [{"id": venue_id, "name": "Hallen", "capacity": 10}])
    seen = {sync_status.digest(regional_db)}
    for changes in ({"capacity": 11}, {"hearing_loop": False}, {"hearing_loop": True}):
        _edit(regional_db, Venue, venue_id, **changes)
        seen.add(sync_status.digest(regional_db))
    assert len(seen) == 4


def test_the_batch_size_does_not_show(
    regional_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.generate(regional_db, participants=30, seed=3)
    whole = sync_status.digest(regional_db)
    monkeypatch.setattr(storage_digest, "BATCH_ROWS", 7)
    batches: list[tuple[str, int]] = []
    assert sync_status.digest(regional_db, lambda t, n: batches.append((t, n))) == whole
    assert ("person", 7) in batches and ("person", 14) in batches


def test_every_synced_table_is_covered_without_version_columns() -> None:
    tables = storage_digest.synced_tables()
    assert [t.name for t in tables] == sorted(t.name for t in tables)
    assert {"person", "attendance", "enrolment", "installation"} <= {t.name for t in tables}
    for table in tables:
        names = [c.name for c in storage_digest.content_columns(table)]
        assert "id" in names and "deleted" in names and "partition" in names
        assert not set(names) & storage_digest.NOT_CONTENT
