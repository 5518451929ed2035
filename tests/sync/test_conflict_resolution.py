"""The reviewer's choice travels as a change: everyone converges, no new review items (P5, P6)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import conflicts, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person, SyncConflict
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from tests.sync.conftest import NAMES, Installations, digest


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _send(sites: Installations, source: str, target: str) -> Any:
    path = sites.bundle_path()
    export_bundle(sites[source], path, recipient_id=_me(sites[target]))
    summary = import_bundle(sites[target], path)
    assert summary.outcome == "applied", summary.reason
    return summary


def _items(db: Database) -> list[dict[str, Any]]:
    table = SyncConflict.__table__
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(table).order_by(table.c.id))]


def _converge(sites: Installations, first: str = "A") -> None:
    order = (first, *(name for name in NAMES if name != first))
    for _round in range(2):
        for source in order:
            for target in NAMES:
                if source != target:
                    _send(sites, source, target)


def _field_version(db: Database, person_id: str, field: str) -> list[Any]:
    table = Person.__table__
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(table).where(table.c.id == person_id)).one()
    sparse = json.loads(row.field_versions or "{}")
    return sparse.get(field, [row.hlc, row.changed_by, 0])


@pytest.mark.parametrize("reviewer", ["A", "B"])
def test_the_reviewer_picks_the_losing_value_and_everyone_converges_on_it(
    sites: Installations, reviewer: str
) -> None:
    person_id = ids.new_id()
    people.create_person(sites["A"], person_id, "Åsa", "Berg")
    _send(sites, "A", "B")
    _send(sites, "A", "C")
    people.update_person(sites["A"], person_id, last_name="Ahlberg")
    people.update_person(sites["B"], person_id, last_name="Bergström")
    _send(sites, "A", "C")  # C holds A's side before anyone decides
    _send(sites, "A", "B")
    _send(sites, "B", "A")
    # Both A and B met the two versions; each recorded the conflict.
    for name in ("A", "B"):
        (item,) = conflicts.list_open(sites[name])
        assert (item.table, item.field, item.kind) == ("person", "last_name", "conflict")
        assert {item.kept_value, item.lost_value} == {"Ahlberg", "Bergström"}
        assert item.row_label == f"Åsa {item.kept_value}"
        assert {item.kept_source, item.lost_source} == {"Kontor A", "Kontor B"}
    (item,) = conflicts.list_open(sites[reviewer])
    kept, lost = item.kept_value, item.lost_value
    assert people.get_person(sites[reviewer], person_id).last_name == kept

    done = conflicts.resolve(sites[reviewer], item.id, conflicts.LOST)
    assert done.written and done.resolved_ids == (item.id,)
    assert people.get_person(sites[reviewer], person_id).last_name == lost
    assert conflicts.count_open(sites[reviewer]) == 0
    items_before = {name: len(_items(sites[name])) for name in NAMES}

    chosen = _field_version(sites[reviewer], person_id, "last_name")
    assert chosen[1] == _me(sites[reviewer])
    # The reviewer's bundles go out first, so C meets the choice before the old conflict.
    _converge(sites, first=reviewer)
    assert len({digest(sites[name]) for name in NAMES}) == 1
    for name in NAMES:
        assert people.get_person(sites[name], person_id).last_name == lost
        assert _field_version(sites[name], person_id, "last_name") == chosen
        # The choice superseded both sides everywhere: no installation recorded anything new.
        assert len(_items(sites[name])) == items_before[name], name
        # And the other side's copy of the item was settled by the choice when it arrived.
        assert conflicts.count_open(sites[name]) == 0, name


def test_the_choice_is_never_itself_a_review_item_whatever_the_order(
    sites: Installations,
) -> None:
    person_id = ids.new_id()
    people.create_person(sites["A"], person_id, "Åsa", "Berg")
    _send(sites, "A", "B")
    _send(sites, "A", "C")
    people.update_person(sites["A"], person_id, phone="070-111 11 11")
    people.update_person(sites["B"], person_id, phone="070-222 22 22")
    _send(sites, "A", "C")
    _send(sites, "A", "B")
    (item,) = conflicts.list_open(sites["B"])
    conflicts.resolve(sites["B"], item.id, conflicts.LOST)
    chosen = _field_version(sites["B"], person_id, "phone")
    # A sends first: C may meet the original conflict before the choice (and review it).
    _converge(sites, first="A")
    assert len({digest(sites[name]) for name in NAMES}) == 1
    for name in NAMES:
        assert people.get_person(sites[name], person_id).phone == item.lost_value
        for row in _items(sites[name]):
            sides = {(row["kept_hlc"], row["kept_author"]), (row["lost_hlc"], row["lost_author"])}
            assert (chosen[0], chosen[1]) not in sides
        # C may have met the original conflict, but the choice arrived after and settled it.
        assert conflicts.count_open(sites[name]) == 0, name


def test_keeping_the_winner_writes_nothing_and_sends_nothing(sites: Installations) -> None:
    person_id = ids.new_id()
    people.create_person(sites["A"], person_id, "Åsa", "Berg")
    _send(sites, "A", "B")
    people.update_person(sites["A"], person_id, email="a@example.se")
    people.update_person(sites["B"], person_id, email="b@example.se")
    _send(sites, "A", "B")
    (item,) = conflicts.list_open(sites["B"])
    before = digest(sites["B"])
    version = _field_version(sites["B"], person_id, "email")
    done = conflicts.resolve(sites["B"], item.id, conflicts.KEPT)
    assert not done.written
    assert digest(sites["B"]) == before
    assert _field_version(sites["B"], person_id, "email") == version
    _converge(sites)
    assert len({digest(sites[name]) for name in NAMES}) == 1
    assert people.get_person(sites["C"], person_id).email == item.kept_value


def test_restoring_a_row_edited_after_its_delete_travels(sites: Installations) -> None:  # P6
    person_id = ids.new_id()
    people.create_person(sites["A"], person_id, "Åsa", "Berg")
    _send(sites, "A", "B")
    _send(sites, "A", "C")
    people.delete_person(sites["A"], person_id)
    people.update_person(sites["B"], person_id, email="late@example.se")  # has not seen it
    _send(sites, "B", "A")
    (item,) = conflicts.list_open(sites["A"])
    assert item.kind == "edited_after_delete" and item.field == "email"
    assert item.row_deleted and item.lost_value == "late@example.se"
    done = conflicts.resolve(sites["A"], item.id, conflicts.LOST)
    assert done.written
    counts = {name: len(_items(sites[name])) for name in NAMES}
    _converge(sites)
    assert len({digest(sites[name]) for name in NAMES}) == 1
    for name in NAMES:
        record = people.get_person(sites[name], person_id)  # refuses a deleted person
        assert record.email == "late@example.se"
        # B and C never saw the tombstone win: the restore fast-forwards past it.
        assert len(_items(sites[name])) == counts[name], name
