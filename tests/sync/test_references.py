"""References inside a bundle: its own order never matters, a reference to nothing is refused.

SQLite checks references at commit; PostgreSQL checks each as the row is written, so a person
merged into one that comes later in the bundle (ids are exported in id order) is the case that
tells them apart. Every test runs on both backends (the `sites` fixture).
"""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person, SyncAck
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync import importer
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle, import_log
from tests.sync.conftest import Installations, digest, read_bundle
from tests.sync.test_importer import _rewrite


def _id(first: str) -> str:
    """A new id that sorts by its first character (bundles hold rows in id order)."""
    return first + ids.new_id()[1:]


def _merge(db: Database, merged: str, into: str) -> None:
    with UnitOfWork(db) as uow:
        person = uow.session.get(Person, merged)
        assert person is not None
        person.merged_into_id = into
        uow.commit()


def _persons(db: Database, *person_ids: str) -> list[dict[str, Any]]:
    table = Person.__table__
    with db.engine.connect() as conn:
        found = conn.execute(
            sa.select(table).where(table.c.id.in_(person_ids)).order_by(table.c.id)
        )
        return [dict(row._mapping) for row in found]


def _person_ids_in(path: Any, recipient: Database) -> list[str]:
    with read_bundle(path, recipient) as reader:
        return [row["id"] for row in reader.iter_rows("person")]


@pytest.mark.parametrize("batch_rows", [importer.BATCH_ROWS, 1], ids=["one-batch", "row-by-row"])
def test_a_row_may_refer_to_one_later_in_the_bundle(
    sites: Installations, monkeypatch: pytest.MonkeyPatch, batch_rows: int
) -> None:
    a, b = sites["A"], sites["B"]
    first, middle, last = _id("0"), _id("7"), _id("f")
    for person_id in (first, middle, last):
        people.create_person(a, person_id, "Åsa", "Berg")
    # A chain pointing forwards: first -> middle -> last.
    _merge(a, first, middle)
    _merge(a, middle, last)
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=sites.id("B"))
    order = _person_ids_in(path, b)
    assert order.index(first) < order.index(middle) < order.index(last)

    monkeypatch.setattr(importer, "BATCH_ROWS", batch_rows)
    summary = import_bundle(b, path)
    assert summary.outcome == "applied", summary.reason
    assert summary.tables["person"].new == 3
    assert _persons(b, first, middle, last) == _persons(a, first, middle, last)
    assert digest(b) == digest(a)
    # Again: nothing changes, the references stay.
    assert import_bundle(b, path).outcome == "applied"
    assert digest(b) == digest(a)


def test_an_update_may_refer_to_a_row_new_in_a_later_batch(
    sites: Installations, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites["A"], sites["B"]
    merged = _id("0")
    people.create_person(a, merged, "Erik", "Ek")
    first = sites.bundle_path()
    export_bundle(a, first, recipient_id=sites.id("B"))
    assert import_bundle(b, first).outcome == "applied"
    survivor = _id("f")
    people.create_person(a, survivor, "Erik", "Ek", email="erik@example.se")
    _merge(a, merged, survivor)
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=sites.id("B"))
    monkeypatch.setattr(importer, "BATCH_ROWS", 1)  # the update's batch comes before the insert's
    summary = import_bundle(b, path)
    assert summary.outcome == "applied", summary.reason
    assert (summary.tables["person"].new, summary.tables["person"].updated) == (1, 1)
    assert _persons(b, merged, survivor) == _persons(a, merged, survivor)
    assert digest(b) == digest(a)


@pytest.mark.parametrize("dry_run", [False, True], ids=["apply", "dry-run"])
def test_a_reference_to_a_row_that_is_nowhere_is_refused_alike(
    sites: Installations, dry_run: bool
) -> None:
    a, b = sites["A"], sites["B"]
    merged, survivor = _id("0"), _id("f")
    people.create_person(a, merged, "Maja", "Öberg")
    people.create_person(a, survivor, "Maja", "Öberg")
    _merge(a, merged, survivor)
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=sites.id("B"))

    def drop_survivor(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [row for row in rows if row["id"] != survivor] if name == "person" else rows

    _rewrite(good, bad, drop_survivor, a, b)
    before = digest(b)
    with b.engine.connect() as conn:
        acks = conn.execute(sa.select(SyncAck.__table__)).all()
    summary = import_bundle(b, bad, dry_run=dry_run)
    assert summary.refused
    assert summary.reason_code == "import.missing_reference", summary.reason
    assert summary.reason == (
        "A row of table 'person' refers to a 'person' row that is neither in the bundle nor in "
        "this database; nothing was imported."
    )
    assert summary.tables == {}
    # Nothing was written, and the refusal is logged.
    assert digest(b) == before
    with b.engine.connect() as conn:
        assert conn.execute(sa.select(SyncAck.__table__)).all() == acks
    entry = import_log(b)[-1]
    assert (entry["outcome"], entry["reason_code"]) == ("refused", "import.missing_reference")
    assert entry["reason"] == summary.reason
    # The database is fine afterwards: the whole bundle goes in.
    assert import_bundle(b, good).outcome == "applied"
    assert _persons(b, merged, survivor) == _persons(a, merged, survivor)


def test_a_missing_parent_in_another_table_is_refused_alike(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Nils", "Holm")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=sites.id("B"))
    missing = ids.new_id()

    def point_elsewhere(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if name == "person":
            for row in rows:
                if row["id"] == person_id:
                    row["organisation_id"] = missing
        return rows

    _rewrite(good, bad, point_elsewhere, a, b)
    before = digest(b)
    summary = import_bundle(b, bad)
    assert summary.reason_code == "import.missing_reference", summary.reason
    assert "'person'" in (summary.reason or "") and "'organisation'" in (summary.reason or "")
    assert digest(b) == before
    assert import_log(b)[-1]["reason"] == summary.reason
