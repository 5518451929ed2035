"""Units of work commit or roll back as a whole and stamp every change of a synced record."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.errors import NotInitialisedError
from soul_desktop.domain.hlc import unpack
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import LocalState, Organisation, Venue
from soul_desktop.storage.unit_of_work import UnitOfWork


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
