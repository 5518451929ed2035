"""Units of work commit or roll back as a whole and stamp every change of a synced record."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soul_desktop.domain import ids
from soul_desktop.domain.errors import NotInitialisedError
from soul_desktop.domain.hlc import unpack
from soul_desktop.domain.versions import (
    NO_BASE,
    FieldVersion,
    decode,
    expand,
    record_local_edit,
)
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import LocalState, Organisation, Venue
from soul_desktop.storage.unit_of_work import UnitOfWork, versioned_fields


def _state(db: Database) -> tuple[str | None, int, int]:
    with UnitOfWork(db) as uow:
        state = uow.session.get(LocalState, 1)
        assert state is not None
        return state.installation_id, state.last_counter, state.last_hlc


def test_new_and_changed_records_get_counter_clock_and_partition(regional_db: Database) -> None:
    installation_id, counter, _hlc = _state(regional_db)
    venue_id = ids.new_id()
    with UnitOfWork(regional_db) as uow:
        uow.session.add(Venue(id=venue_id, name="Folkets Hus Östersund"))
        uow.commit()
    with UnitOfWork(regional_db) as uow:
        venue = uow.session.get(Venue, venue_id)
        assert venue is not None
        assert (venue.changed_by, venue.change_counter) == (installation_id, counter + 1)
        assert venue.partition == "SE32" and venue.deleted is False
        first_hlc = venue.hlc
        venue.hearing_loop = True
        uow.commit()
    with UnitOfWork(regional_db) as uow:
        venue = uow.session.get(Venue, venue_id)
        assert venue is not None
        assert venue.change_counter == counter + 2
        assert venue.hlc > first_hlc
        assert abs(unpack(venue.hlc)[0] / 1000 - dt.datetime.now().timestamp()) < 60
    assert _state(regional_db)[1] == counter + 2


def test_an_unchanged_record_is_not_stamped_again(regional_db: Database) -> None:
    venue_id = ids.new_id()
    with UnitOfWork(regional_db) as uow:
        uow.session.add(Venue(id=venue_id, name="Bygdegården"))
        uow.commit()
    counter = _state(regional_db)[1]
    with UnitOfWork(regional_db) as uow:
        venue = uow.session.get(Venue, venue_id)
        assert venue is not None
        venue.name = "Bygdegården"
        uow.commit()
    assert _state(regional_db)[1] == counter


def test_without_commit_nothing_is_kept(regional_db: Database) -> None:
    before = _state(regional_db)
    with UnitOfWork(regional_db) as uow:
        uow.session.add(Organisation(id=ids.new_id(), name="Kooperativet Bron"))
        uow.session.flush()
    with UnitOfWork(regional_db) as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Organisation)) == 0
    assert _state(regional_db) == before


def test_an_error_inside_rolls_everything_back(regional_db: Database) -> None:
    with pytest.raises(RuntimeError), UnitOfWork(regional_db) as uow:
        uow.session.add(Organisation(id=ids.new_id(), name="Föreningen Vägen"))
        uow.session.flush()
        raise RuntimeError("boom")
    with UnitOfWork(regional_db) as uow:
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Organisation)) == 0


def test_synced_writes_need_an_installation(empty_db: Database) -> None:
    with pytest.raises(NotInitialisedError), UnitOfWork(empty_db) as uow:
        uow.session.add(Organisation(id=ids.new_id(), name="Föreningen Vägen"))
        uow.session.flush()


def test_database_constraints_hold(regional_db: Database) -> None:
    with pytest.raises(sa.exc.IntegrityError), UnitOfWork(regional_db) as uow:
        uow.session.add(Venue(id=ids.new_id(), name="Minus", capacity=-1))
        uow.session.flush()


# --- per-field versions -----------------------------------------------------------------------

OTHER = "0000aaaa-0000-4000-8000-00000000beef"


def _venue_versions(db: Database, venue_id: str) -> tuple[int, str, dict[str, FieldVersion]]:
    with UnitOfWork(db) as uow:
        venue = uow.session.get(Venue, venue_id)
        assert venue is not None
        return venue.hlc, venue.changed_by, decode(venue.field_versions)


def _venue_fields() -> list[str]:
    return [column for _key, column in versioned_fields(Venue)]


def _add_venue(db: Database) -> str:
    venue_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(Venue(id=venue_id, name="Folkets Hus", capacity=40))
        uow.commit()
    return venue_id


def _edit_venue(db: Database, venue_id: str, **changes: object) -> None:
    with UnitOfWork(db) as uow:
        venue = uow.session.get(Venue, venue_id)
        assert venue is not None
        for name, value in changes.items():
            setattr(venue, name, value)
        uow.commit()


def test_versioned_fields_are_the_content_columns() -> None:
    fields = _venue_fields()
    assert {"name", "capacity", "partition", "deleted"} <= set(fields)
    assert not {"id", "changed_by", "change_counter", "hlc", "field_versions"} & set(fields)


def test_an_insert_leaves_the_map_empty(regional_db: Database) -> None:
    venue_id = _add_venue(regional_db)
    assert _venue_versions(regional_db, venue_id)[2] == {}


def test_editing_one_field_keeps_the_others_at_the_old_version(regional_db: Database) -> None:
    me = _state(regional_db)[0]
    venue_id = _add_venue(regional_db)
    inserted_hlc, _author, _map = _venue_versions(regional_db, venue_id)

    _edit_venue(regional_db, venue_id, capacity=50)

    row_hlc, author, sparse = _venue_versions(regional_db, venue_id)
    assert author == me and row_hlc > inserted_hlc
    assert "capacity" not in sparse  # it has the row's own version
    assert set(sparse) == set(_venue_fields()) - {"capacity"}
    assert all(v == FieldVersion(inserted_hlc, me, NO_BASE) for v in sparse.values())


def test_editing_all_fields_of_an_own_row_empties_the_map(regional_db: Database) -> None:
    venue_id = _add_venue(regional_db)
    _edit_venue(regional_db, venue_id, capacity=50)
    assert _venue_versions(regional_db, venue_id)[2] != {}
    _edit_venue(
        regional_db,
        venue_id,
        name="Nya Folkets Hus",
        address="Storgatan 1",
        municipality_code="2380",
        capacity=60,
        step_free_entrance=True,
        parking_within_25m=True,
        automatic_doors=True,
        hearing_loop=True,
        accessible_toilet=True,
        reachable_group_rooms=True,
        good_light_acoustics=True,
        allergy_safe=True,
        accessibility_notes="Ramp vid entrén",
        partition="SE33",
        deleted=True,
    )
    assert _venue_versions(regional_db, venue_id)[2] == {}


def _as_if_received_from_another_installation(db: Database, venue_id: str) -> int:
    received_hlc = 1_000 << 16
    with UnitOfWork(db) as uow:
        uow.session.execute(
            sa.update(Venue)
            .where(Venue.id == venue_id)
            .values(changed_by=OTHER, hlc=received_hlc, field_versions=None)
        )
        uow.commit()
    return received_hlc


def test_repeated_edits_of_a_received_field_keep_their_base(regional_db: Database) -> None:
    me = _state(regional_db)[0]
    venue_id = _add_venue(regional_db)
    received = _as_if_received_from_another_installation(regional_db, venue_id)

    _edit_venue(regional_db, venue_id, name="Bygdegården")
    first_hlc, _author, sparse = _venue_versions(regional_db, venue_id)
    assert sparse["name"] == FieldVersion(first_hlc, me, received)
    assert sparse["capacity"] == FieldVersion(received, OTHER, NO_BASE)

    _edit_venue(regional_db, venue_id, name="Bygdegården i Ås")
    second_hlc, _author, sparse = _venue_versions(regional_db, venue_id)
    assert second_hlc > first_hlc
    assert sparse["name"] == FieldVersion(second_hlc, me, received)  # base kept
    assert sparse["capacity"] == FieldVersion(received, OTHER, NO_BASE)


def test_a_tombstone_is_a_field_change(regional_db: Database) -> None:
    me = _state(regional_db)[0]
    venue_id = _add_venue(regional_db)
    received = _as_if_received_from_another_installation(regional_db, venue_id)

    _edit_venue(regional_db, venue_id, deleted=True)

    row_hlc, _author, sparse = _venue_versions(regional_db, venue_id)
    full = expand(sparse, _venue_fields(), row_hlc, me)
    assert full["deleted"] == FieldVersion(row_hlc, me, received)
    assert full["name"] == FieldVersion(received, OTHER, NO_BASE)


def test_an_unchanged_assignment_changes_no_version(regional_db: Database) -> None:
    venue_id = _add_venue(regional_db)
    _edit_venue(regional_db, venue_id, capacity=50)
    before = _venue_versions(regional_db, venue_id)
    _edit_venue(regional_db, venue_id, capacity=50, name="Folkets Hus")
    assert _venue_versions(regional_db, venue_id) == before


def test_bulk_inserts_store_no_map(regional_db: Database) -> None:
    from soul_desktop.storage.bulk import insert_rows

    venue_id = ids.new_id()
    with UnitOfWork(regional_db) as uow:
        insert_rows(uow, "venue", [{"id": venue_id, "name": "Hallen", "partition": "SE32"}])
        uow.commit()
    assert _venue_versions(regional_db, venue_id)[2] == {}


_CHANGES = {
    "name": lambda v: v.name + "x",
    "address": lambda v: (v.address or "") + "y",
    "capacity": lambda v: (v.capacity or 0) + 1,
    "hearing_loop": lambda v: not v.hearing_loop,
    "partition": lambda v: "SE33" if v.partition == "SE32" else "SE32",
    "deleted": lambda v: not v.deleted,
}
_steps = st.lists(
    st.one_of(st.just(None), st.sets(st.sampled_from(sorted(_CHANGES)), min_size=1)),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_steps)
def test_stamped_versions_follow_the_domain_rules(
    regional_db: Database, steps: list[set[str] | None]
) -> None:
    # Each step is a local edit of some fields, or (None) a whole row received from another
    # installation; after each, the stored map must say what domain.versions says it should.
    me = _state(regional_db)[0]
    assert me is not None
    fields = _venue_fields()
    venue_id = _add_venue(regional_db)
    row_hlc, author, sparse = _venue_versions(regional_db, venue_id)
    expected = expand(sparse, fields, row_hlc, author)
    for step in steps:
        if step is None:
            with UnitOfWork(regional_db) as uow:
                uow.session.execute(
                    sa.update(Venue)
                    .where(Venue.id == venue_id)
                    .values(changed_by=OTHER, hlc=Venue.hlc + 1, field_versions=None)
                )
                uow.commit()
            row_hlc, author, sparse = _venue_versions(regional_db, venue_id)
            expected = expand({}, fields, row_hlc, OTHER)
        else:
            with UnitOfWork(regional_db) as uow:
                venue = uow.session.get(Venue, venue_id)
                assert venue is not None
                for name in step:
                    setattr(venue, name, _CHANGES[name](venue))
                uow.commit()
            row_hlc, author, sparse = _venue_versions(regional_db, venue_id)
            expected = record_local_edit(expected, step, row_hlc, me)
        assert expand(sparse, fields, row_hlc, author) == expected
        assert set(sparse) <= set(fields)
