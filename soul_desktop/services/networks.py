"""Regional networks: record a region's network, its member organisations and its board.

Each function is one user action in one unit of work: the input is checked first, then
written, and the answer is the network as a frozen record (a delete answers it with
`deleted=True`). Every write can be taken back by another call: create by delete, delete by
restore, an update by the same update with the earlier values, adding a member by removing it
and the other way round, adding a seat by removing it, removing by restoring. Ids are made
before the first call (a member's is derived from network and organisation), and doing it
again under the same id revives the tombstone, so redo repeats exactly.

A region has at most one live network. At central every region's networks are listed and
written; a regional installation lists and writes its own region's only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from soul_desktop.domain import ids
from soul_desktop.domain import networks as rules
from soul_desktop.domain.enums import Gender
from soul_desktop.domain.networks import (
    NetworkChoice,
    NetworkError,
    NetworkRecord,
    OrganisationChoice,
    PersonChoice,
)
from soul_desktop.storage import installations
from soul_desktop.storage import networks as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import NetworkBoardMember, RegionalNetwork
from soul_desktop.storage.unit_of_work import UnitOfWork


def _today() -> dt.date:
    return dt.date.today()


def _scope(s: Any) -> str | None:
    """The region this installation keeps; None (every region) at central."""
    info = installations.local_installation(s)
    return None if info is None else info.region_code


def _check_scope(s: Any, region: str) -> None:
    own = _scope(s)
    if own is not None and own != region:
        raise NetworkError(
            "network.outside_region",
            f"this installation keeps region {own}; the network belongs to {region}",
            "region_code",
            region=region,
            own=own,
        )


def _record(s: Any, network_id: str) -> NetworkRecord:
    s.flush()
    record = store.network_record(s, network_id)
    assert record is not None
    return record


# -- reading ------------------------------------------------------------------------------
def list_networks(db: Database) -> list[NetworkRecord]:
    """Every live network this installation keeps (central: every region's), by region."""
    with UnitOfWork(db) as uow:
        return store.network_records(uow.session, _scope(uow.session))


def get_network(db: Database, network_id: str) -> NetworkRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        _live_network(s, network_id)
        return _record(s, network_id)


def network_choices(db: Database, region: str | None) -> list[NetworkChoice]:
    """The live networks of a region (every region for None), for a network meeting."""
    with UnitOfWork(db) as uow:
        return store.network_choices(uow.session, region)


def organisation_choices(db: Database, region: str) -> list[OrganisationChoice]:
    """The organisations that can join the region's network."""
    with UnitOfWork(db) as uow:
        return store.organisation_choices(uow.session, region)


def person_choices(db: Database, region: str) -> list[PersonChoice]:
    """The persons of the region a board seat can be linked to."""
    with UnitOfWork(db) as uow:
        return store.person_choices(uow.session, region)


# -- networks -----------------------------------------------------------------------------
def _live_network(s: Any, network_id: str) -> RegionalNetwork:
    network = store.get_network(s, network_id)
    if network is None or network.deleted:
        raise NetworkError("network.not_found", "there is no such network", "network")
    return network


def _check_one_per_region(s: Any, region: str, network_id: str) -> None:
    other = store.live_network_of_region(s, region, other_than=network_id)
    if other is not None:
        raise NetworkError(
            "network.region_has_network",
            f"region {region} already has a network, {other.name}",
            "region_code",
            region=region,
            name=other.name,
        )


def create_network(
    db: Database,
    network_id: str,
    region_code: str,
    name: str,
    formed_on: dt.date | None = None,
    notes: str | None = None,
    *,
    today: dt.date | None = None,
) -> NetworkRecord:
    """Record the region's network under `network_id`; the same call again revives it."""
    fields = rules.check_network(
        name=name, formed_on=formed_on, notes=notes, today=today or _today()
    )
    with UnitOfWork(db) as uow:
        s = uow.session
        if not region_code or not store.region_exists(s, region_code):
            raise NetworkError(
                "network.region_required",
                "choose the network's region",
                "region_code",
                region=region_code or "",
            )
        _check_scope(s, region_code)
        existing = store.get_network(s, network_id)
        if existing is not None and not existing.deleted:
            raise NetworkError("network.exists", "the network already exists", "network")
        if existing is not None and existing.region_code != region_code:
            raise NetworkError("network.exists", "the id belongs to another network", "network")
        _check_one_per_region(s, region_code, network_id)
        if existing is None:
            store.add_network(s, network_id, region_code, fields)
        else:
            existing.deleted = False
            store.write_network(existing, fields)
        record = _record(s, network_id)
        uow.commit()
    return record


def update_network(
    db: Database, network_id: str, *, today: dt.date | None = None, **changes: Any
) -> NetworkRecord:
    """Change name, formed_on or notes; the values given are checked before anything is written."""
    rules.check_field_names(changes, rules.NETWORK_FIELDS, "networks")
    with UnitOfWork(db) as uow:
        s = uow.session
        network = _live_network(s, network_id)
        _check_scope(s, network.region_code)
        # Only what changes is checked: a formed date accepted earlier stays as it is.
        fields = rules.NetworkFields(
            name=rules.clean_network_name(changes["name"]) if "name" in changes else network.name,
            formed_on=(
                rules.check_formed_on(changes["formed_on"], today or _today())
                if "formed_on" in changes
                else network.formed_on
            ),
            notes=rules.clean_notes(changes["notes"]) if "notes" in changes else network.notes,
        )
        store.write_network(network, fields)
        record = _record(s, network_id)
        uow.commit()
    return record


def delete_network(db: Database, network_id: str) -> NetworkRecord:
    """Tombstone the network; refused while network meetings point at it."""
    with UnitOfWork(db) as uow:
        s = uow.session
        network = _live_network(s, network_id)
        _check_scope(s, network.region_code)
        count = store.meeting_count(s, network_id)
        if count:
            raise NetworkError(
                "network.has_meetings",
                f"{count} network meeting(s) belong to this network; delete them or move them "
                "to no network first",
                "network",
                count=count,
            )
        network.deleted = True
        record = _record(s, network_id)
        uow.commit()
    return record


def restore_network(db: Database, network_id: str) -> NetworkRecord:
    """Bring a deleted network back, with its members and board; refused when the region has
    recorded another network since."""
    with UnitOfWork(db) as uow:
        s = uow.session
        network = store.get_network(s, network_id)
        if network is None:
            raise NetworkError("network.not_found", "there is no such network", "network")
        _check_scope(s, network.region_code)
        _check_one_per_region(s, network.region_code, network_id)
        network.deleted = False
        record = _record(s, network_id)
        uow.commit()
    return record


# -- member organisations -----------------------------------------------------------------
def add_member(db: Database, network_id: str, organisation_id: str) -> NetworkRecord:
    """Make the organisation a member; it must be one of the network's region."""
    with UnitOfWork(db) as uow:
        s = uow.session
        network = _live_network(s, network_id)
        _check_scope(s, network.region_code)
        name = store.organisation_name(s, organisation_id)
        if name is None:
            raise NetworkError(
                "network_member.organisation_not_found",
                "the organisation is not in the register",
                "organisation_id",
            )
        if not store.organisation_in_region(s, organisation_id, network.region_code):
            raise NetworkError(
                "network_member.other_region",
                f"{name} is not an organisation of region {network.region_code}",
                "organisation_id",
                name=name,
                region=network.region_code,
            )
        member_id = ids.network_member_id(network_id, organisation_id)
        member = store.get_member(s, member_id)
        if member is not None and not member.deleted:
            raise NetworkError(
                "network_member.already_member",
                f"{name} is already a member",
                "organisation_id",
                name=name,
            )
        if member is None:
            store.add_member(s, member_id, network, organisation_id)
        else:
            member.deleted = False
        record = _record(s, network_id)
        uow.commit()
    return record


def remove_member(db: Database, network_id: str, organisation_id: str) -> NetworkRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        network = _live_network(s, network_id)
        _check_scope(s, network.region_code)
        member = store.get_member(s, ids.network_member_id(network_id, organisation_id))
        if member is None or member.deleted:
            raise NetworkError(
                "network_member.not_found",
                "the organisation is not a member of the network",
                "organisation_id",
            )
        member.deleted = True
        record = _record(s, network_id)
        uow.commit()
    return record


# -- board seats --------------------------------------------------------------------------
def _check_person(s: Any, person_id: str | None) -> None:
    if person_id is not None and not store.person_is_live(s, person_id):
        raise NetworkError(
            "board_seat.person_not_found", "the chosen person is not in the register", "person_id"
        )


def add_board_seat(
    db: Database,
    seat_id: str,
    network_id: str,
    name: str,
    gender: Gender | str = Gender.NOT_STATED,
    board_role: str | None = None,
    person_id: str | None = None,
) -> NetworkRecord:
    """A seat on the board under `seat_id`; the same call again revives a removed seat."""
    fields = rules.check_seat(name=name, gender=gender, board_role=board_role, person_id=person_id)
    with UnitOfWork(db) as uow:
        s = uow.session
        network = _live_network(s, network_id)
        _check_scope(s, network.region_code)
        _check_person(s, fields.person_id)
        existing = store.get_seat(s, seat_id)
        if existing is not None and (not existing.deleted or existing.network_id != network_id):
            raise NetworkError("board_seat.exists", "the board seat already exists", "seat")
        if existing is None:
            store.add_seat(s, seat_id, network, fields)
        else:
            existing.deleted = False
            store.write_seat(existing, fields)
        record = _record(s, network_id)
        uow.commit()
    return record


def _live_seat(s: Any, seat_id: str) -> NetworkBoardMember:
    seat = store.get_seat(s, seat_id)
    if seat is None or seat.deleted:
        raise NetworkError("board_seat.not_found", "there is no such board seat", "seat")
    return seat


def update_board_seat(db: Database, seat_id: str, **changes: Any) -> NetworkRecord:
    """Change name, gender, board_role or person_id of a seat."""
    rules.check_field_names(changes, rules.SEAT_FIELDS, "board seats")
    with UnitOfWork(db) as uow:
        s = uow.session
        seat = _live_seat(s, seat_id)
        network = _live_network(s, seat.network_id)
        _check_scope(s, network.region_code)
        current = store.seat_fields(seat)
        merged = {
            "name": current.name,
            "gender": current.gender,
            "board_role": current.board_role,
            "person_id": current.person_id,
            **changes,
        }
        fields = rules.check_seat(**merged)
        if "person_id" in changes:
            _check_person(s, fields.person_id)
        store.write_seat(seat, fields)
        record = _record(s, network.id)
        uow.commit()
    return record


def remove_board_seat(db: Database, seat_id: str) -> NetworkRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        seat = _live_seat(s, seat_id)
        network = _live_network(s, seat.network_id)
        _check_scope(s, network.region_code)
        seat.deleted = True
        record = _record(s, network.id)
        uow.commit()
    return record


def restore_board_seat(db: Database, seat_id: str) -> NetworkRecord:
    with UnitOfWork(db) as uow:
        s = uow.session
        seat = store.get_seat(s, seat_id)
        if seat is None:
            raise NetworkError("board_seat.not_found", "there is no such board seat", "seat")
        network = _live_network(s, seat.network_id)
        _check_scope(s, network.region_code)
        seat.deleted = False
        record = _record(s, network.id)
        uow.commit()
    return record


__all__ = [
    "add_board_seat",
    "add_member",
    "create_network",
    "delete_network",
    "get_network",
    "list_networks",
    "network_choices",
    "organisation_choices",
    "person_choices",
    "remove_board_seat",
    "remove_member",
    "restore_board_seat",
    "restore_network",
    "update_board_seat",
    "update_network",
]
