"""Deciding review items: one unit of work, the choice written as an ordinary local edit."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import Gender
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import conflicts, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import LocalState, Person, SyncConflict
from tests.storage.test_conflicts import STRANGER, add_item, field_version, local_id


def _counter(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.select(LocalState.last_counter)).scalar_one())


def _resolved(db: Database) -> dict[int, bool]:
    table = SyncConflict.__table__
    with db.engine.connect() as conn:
        return {r.id: r.resolved for r in conn.execute(sa.select(table.c.id, table.c.resolved))}


def _person(db: Database, **fields: Any) -> str:
    person_id = ids.new_id()
    people.create_person(db, person_id, "Åsa", "Berg", **fields)
    return person_id


def _refusal(call: Any, *args: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


def test_open_items_are_frozen_records(regional_db: Database) -> None:
    person_id = _person(regional_db)
    add_item(regional_db, "person", person_id, "last_name", "Ek")
    (item,) = conflicts.list_open(regional_db)
    assert isinstance(item, conflicts.ReviewItem)
    assert (item.kept_value, item.lost_value, item.row_label) == ("Berg", "Ek", "Åsa Berg")
    assert (item.kept_source, item.lost_source) == ("Testkontoret", STRANGER)
    assert item.key == str(item.id) and not item.after_delete
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.field = "x"  # type: ignore[misc]
    assert conflicts.count_open(regional_db) == 1


def test_taking_the_other_value_is_a_local_edit_based_on_the_kept_version(
    regional_db: Database,
) -> None:
    person_id = _person(regional_db)
    # The kept version is another installation's, as after an import it lost against.
    with regional_db.engine.begin() as conn:
        conn.execute(
            sa.update(Person.__table__)
            .where(Person.id == person_id)
            .values(field_versions=f'{{"last_name":[5000,"{STRANGER}",0]}}')
        )
    kept = field_version(regional_db, "person", person_id, "last_name")
    item_id = add_item(regional_db, "person", person_id, "last_name", "Ek", lost_hlc=4000)
    other_field = add_item(regional_db, "person", person_id, "first_name", "Åse")
    before = _counter(regional_db)

    done = conflicts.resolve(regional_db, item_id, conflicts.LOST)

    assert done == conflicts.Resolution(item_id, "lost", (item_id,), written=True)
    assert people.get_person(regional_db, person_id).last_name == "Ek"
    new_hlc, author, base = field_version(regional_db, "person", person_id, "last_name")
    assert author == local_id(regional_db) and new_hlc > kept[0]
    assert base == kept[0] == 5000  # fast-forwards over the kept version everywhere
    assert _counter(regional_db) == before + 1
    # Other fields keep their versions; the other field's item stays open.
    assert field_version(regional_db, "person", person_id, "first_name")[0] < new_hlc
    assert _resolved(regional_db) == {item_id: True, other_field: False}
    assert [i.id for i in conflicts.list_open(regional_db)] == [other_field]


def test_every_open_item_of_the_same_field_is_settled(regional_db: Database) -> None:
    person_id = _person(regional_db)
    first = add_item(regional_db, "person", person_id, "last_name", "Ek")
    second = add_item(regional_db, "person", person_id, "last_name", "Ås", lost_author=ids.new_id())
    (one, two) = conflicts.list_open(regional_db)
    assert conflicts.settles(one, two) and conflicts.settles(two, one)
    done = conflicts.resolve(regional_db, second, conflicts.LOST)
    assert done.resolved_ids == (first, second)
    assert people.get_person(regional_db, person_id).last_name == "Ås"
    assert conflicts.count_open(regional_db) == 0


def test_keeping_the_winner_marks_resolved_and_writes_nothing(regional_db: Database) -> None:
    person_id = _person(regional_db, email="a@example.se")
    item_id = add_item(regional_db, "person", person_id, "email", "b@example.se")
    version = field_version(regional_db, "person", person_id, "email")
    before = _counter(regional_db)
    done = conflicts.resolve(regional_db, item_id, conflicts.KEPT)
    assert done == conflicts.Resolution(item_id, "kept", (item_id,), written=False)
    assert _counter(regional_db) == before
    assert field_version(regional_db, "person", person_id, "email") == version
    assert people.get_person(regional_db, person_id).email == "a@example.se"


def test_the_other_value_already_there_writes_nothing(regional_db: Database) -> None:
    person_id = _person(regional_db, email="a@example.se")
    item_id = add_item(regional_db, "person", person_id, "email", "b@example.se")
    people.update_person(regional_db, person_id, email="b@example.se")
    before = _counter(regional_db)
    assert not conflicts.resolve(regional_db, item_id, conflicts.LOST).written
    assert _counter(regional_db) == before


def test_values_go_back_to_their_column_types(regional_db: Database) -> None:
    person_id = _person(regional_db, gender=Gender.MAN)
    item_id = add_item(regional_db, "person", person_id, "gender", Gender.WOMAN)
    conflicts.resolve(regional_db, item_id, conflicts.LOST)
    assert people.get_person(regional_db, person_id).gender is Gender.WOMAN


def test_an_edit_after_a_delete_kept_deleted(regional_db: Database) -> None:
    person_id = _person(regional_db)
    people.update_person(regional_db, person_id, email="late@example.se")
    people.delete_person(regional_db, person_id)
    email = add_item(
        regional_db,
        "person",
        person_id,
        "email",
        "late@example.se",
        kind=conflicts.EDITED_AFTER_DELETE,
    )
    phone = add_item(
        regional_db, "person", person_id, "phone", "070", kind=conflicts.EDITED_AFTER_DELETE
    )
    before = _counter(regional_db)
    done = conflicts.resolve(regional_db, email, conflicts.KEPT)
    assert done.resolved_ids == (email, phone) and not done.written
    assert _counter(regional_db) == before
    assert _refusal(people.get_person, regional_db, person_id).code == "person.not_found"


def test_an_edit_after_a_delete_restored(regional_db: Database) -> None:
    person_id = _person(regional_db)
    people.update_person(regional_db, person_id, email="late@example.se")
    people.delete_person(regional_db, person_id)
    tombstone = field_version(regional_db, "person", person_id, "deleted")
    item_id = add_item(
        regional_db,
        "person",
        person_id,
        "email",
        "late@example.se",
        kind=conflicts.EDITED_AFTER_DELETE,
    )
    (item,) = conflicts.list_open(regional_db)
    assert item.after_delete and item.row_deleted
    done = conflicts.resolve(regional_db, item_id, conflicts.LOST)
    assert done.written and done.resolved_ids == (item_id,)
    assert people.get_person(regional_db, person_id).email == "late@example.se"
    restored = field_version(regional_db, "person", person_id, "deleted")
    assert restored[0] > tombstone[0] and restored[1] == local_id(regional_db)


def test_undo_puts_the_value_back_and_opens_the_items_again(regional_db: Database) -> None:
    person_id = _person(regional_db)
    first = add_item(regional_db, "person", person_id, "last_name", "Ek")
    second = add_item(regional_db, "person", person_id, "last_name", "Ås", lost_author=ids.new_id())
    items = conflicts.list_open(regional_db)
    item = items[0]
    settled = [other.id for other in items if conflicts.settles(item, other)]
    conflicts.resolve(regional_db, item.id, conflicts.LOST)
    conflicts.reopen(regional_db, item, conflicts.LOST, settled)
    assert people.get_person(regional_db, person_id).last_name == "Berg"
    assert _resolved(regional_db) == {first: False, second: False}
    # Redo repeats the same call.
    assert conflicts.resolve(regional_db, item.id, conflicts.LOST).resolved_ids == (first, second)


def test_undo_of_a_restore_deletes_again(regional_db: Database) -> None:
    person_id = _person(regional_db)
    people.delete_person(regional_db, person_id)
    item_id = add_item(
        regional_db, "person", person_id, "email", "x@example.se", kind="edited_after_delete"
    )
    (item,) = conflicts.list_open(regional_db)
    conflicts.resolve(regional_db, item_id, conflicts.LOST)
    assert people.get_person(regional_db, person_id).email == "x@example.se"
    conflicts.reopen(regional_db, item, conflicts.LOST, [item_id])
    assert _refusal(people.get_person, regional_db, person_id).code == "person.not_found"
    assert conflicts.count_open(regional_db) == 1


def test_undo_of_keep_only_reopens(regional_db: Database) -> None:
    person_id = _person(regional_db)
    item_id = add_item(regional_db, "person", person_id, "last_name", "Ek")
    (item,) = conflicts.list_open(regional_db)
    conflicts.resolve(regional_db, item_id, conflicts.KEPT)
    before = _counter(regional_db)
    conflicts.reopen(regional_db, item, conflicts.KEPT, [item_id])
    assert _counter(regional_db) == before and conflicts.count_open(regional_db) == 1


# -- refusals ---------------------------------------------------------------------------------


def test_refusals(regional_db: Database) -> None:
    person_id = _person(regional_db)
    item_id = add_item(regional_db, "person", person_id, "last_name", "Ek")
    exc = _refusal(conflicts.resolve, regional_db, item_id, "both")
    assert (exc.code, dict(exc.params)) == ("review.unknown_choice", {"choice": "both"})
    exc = _refusal(conflicts.resolve, regional_db, item_id + 100, conflicts.KEPT)
    assert (exc.code, dict(exc.params)) == ("review.not_found", {"item": item_id + 100})
    conflicts.resolve(regional_db, item_id, conflicts.KEPT)
    exc = _refusal(conflicts.resolve, regional_db, item_id, conflicts.LOST)
    assert (exc.code, dict(exc.params)) == ("review.already_resolved", {"item": item_id})
    assert people.get_person(regional_db, person_id).last_name == "Berg"


def test_a_row_that_is_not_here_is_refused(regional_db: Database) -> None:
    person_id = _person(regional_db)
    item_id = add_item(regional_db, "person", person_id, "last_name", "Ek")
    missing = ids.new_id()
    with regional_db.engine.begin() as conn:
        conn.execute(sa.update(SyncConflict.__table__).values(row_id=missing))
    for choice in conflicts.CHOICES:
        exc = _refusal(conflicts.resolve, regional_db, item_id, choice)
        assert (exc.code, dict(exc.params)) == (
            "review.row_missing",
            {"table": "person", "row": missing},
        )
    assert conflicts.count_open(regional_db) == 1


def test_the_other_value_into_a_row_deleted_since_is_refused(regional_db: Database) -> None:
    person_id = _person(regional_db)
    item_id = add_item(regional_db, "person", person_id, "last_name", "Ek")
    people.delete_person(regional_db, person_id)
    before = _counter(regional_db)
    exc = _refusal(conflicts.resolve, regional_db, item_id, conflicts.LOST)
    assert exc.code == "review.row_deleted"
    assert _counter(regional_db) == before and conflicts.count_open(regional_db) == 1
    # Keeping what is there still closes it.
    assert conflicts.resolve(regional_db, item_id, conflicts.KEPT).resolved_ids == (item_id,)


def test_a_value_the_row_refuses_now_changes_nothing(regional_db: Database) -> None:
    person_id = _person(regional_db, birth_year=1970)
    item_id = add_item(regional_db, "person", person_id, "birth_year", 1800)
    before = _counter(regional_db)
    exc = _refusal(conflicts.resolve, regional_db, item_id, conflicts.LOST)
    assert exc.code == "review.breaks_rule"
    assert dict(exc.params) == {"table": "person", "fields": "birth_year"}
    assert people.get_person(regional_db, person_id).birth_year == 1970
    assert _counter(regional_db) == before and conflicts.count_open(regional_db) == 1


def test_a_damaged_stored_value_is_refused(regional_db: Database) -> None:
    person_id = _person(regional_db)
    item_id = add_item(regional_db, "person", person_id, "gender", "martian")
    exc = _refusal(conflicts.resolve, regional_db, item_id, conflicts.LOST)
    assert (exc.code, dict(exc.params)) == (
        "review.bad_value",
        {"table": "person", "field": "gender"},
    )
    assert conflicts.count_open(regional_db) == 1
