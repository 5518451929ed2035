"""Queries and writes for regional networks, their member organisations and board seats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import CourseKind
from soul_desktop.domain.networks import (
    BoardSeatRecord,
    MeetingRecord,
    MemberRecord,
    NetworkChoice,
    NetworkFields,
    NetworkRecord,
    OrganisationChoice,
    PersonChoice,
    SeatFields,
)
from soul_desktop.storage.models import (
    County,
    Course,
    CourseSession,
    Municipality,
    NetworkBoardMember,
    NetworkMember,
    Organisation,
    Person,
    Region,
    RegionalNetwork,
)


def _person_name() -> sa.ColumnElement[str]:
    return Person.first_name + " " + Person.last_name


# -- networks -----------------------------------------------------------------------------
def network_records(
    session: Session,
    region: str | None = None,
    network_ids: Sequence[str] | None = None,
    include_deleted: bool = False,
) -> list[NetworkRecord]:
    """Networks (of `region`, or every region for None) with their live members, board seats
    and meetings: four queries over the same chosen networks, joined here by id."""
    query = sa.select(RegionalNetwork, Region.name_sv).join(
        Region, Region.code == RegionalNetwork.region_code
    )
    if region is not None:
        query = query.where(RegionalNetwork.region_code == region)
    if network_ids is not None:
        query = query.where(RegionalNetwork.id.in_(network_ids))
    if not include_deleted:
        query = query.where(RegionalNetwork.deleted.is_(False))
    query = query.order_by(RegionalNetwork.region_code, RegionalNetwork.name, RegionalNetwork.id)
    rows = session.execute(query).all()
    if not rows:
        return []
    chosen = [network.id for network, _name in rows]

    members: dict[str, list[MemberRecord]] = {}
    for network_id, member_id, org_id, org_name, municipality in session.execute(
        sa.select(
            NetworkMember.network_id,
            NetworkMember.id,
            Organisation.id,
            Organisation.name,
            Municipality.name,
        )
        .join(Organisation, Organisation.id == NetworkMember.organisation_id)
        .outerjoin(Municipality, Municipality.code == Organisation.municipality_code)
        .where(NetworkMember.network_id.in_(chosen), NetworkMember.deleted.is_(False))
        .order_by(Organisation.name, Organisation.id)
    ):
        members.setdefault(network_id, []).append(
            MemberRecord(member_id, org_id, org_name, municipality)
        )

    board: dict[str, list[BoardSeatRecord]] = {}
    for seat, person_name in session.execute(
        sa.select(NetworkBoardMember, _person_name())
        .outerjoin(Person, Person.id == NetworkBoardMember.person_id)
        .where(NetworkBoardMember.network_id.in_(chosen), NetworkBoardMember.deleted.is_(False))
        .order_by(NetworkBoardMember.name, NetworkBoardMember.id)
    ):
        board.setdefault(seat.network_id, []).append(_seat_record(seat, person_name))

    spans = (
        sa.select(
            CourseSession.course_id.label("course_id"),
            sa.func.min(CourseSession.starts_at).label("first"),
            sa.func.count().label("n"),
        )
        .where(CourseSession.deleted.is_(False))
        .group_by(CourseSession.course_id)
        .subquery()
    )
    meetings: dict[str, list[MeetingRecord]] = {}
    for network_id, course_id, title, status, first, count in session.execute(
        sa.select(
            Course.network_id,
            Course.id,
            Course.title,
            Course.status,
            spans.c.first,
            spans.c.n,
        )
        .outerjoin(spans, spans.c.course_id == Course.id)
        .where(
            Course.network_id.in_(chosen),
            Course.deleted.is_(False),
            Course.kind == CourseKind.NETWORK_MEETING,
        )
    ):
        meetings.setdefault(network_id, []).append(
            MeetingRecord(course_id, title, status, _day(first), int(count or 0))
        )
    for found in meetings.values():
        # The latest meeting first; meetings still without a date (being planned) on top.
        found.sort(key=lambda m: m.title.casefold())
        found.sort(key=lambda m: (m.first_date is None, m.first_date or dt.date.min), reverse=True)

    return [
        NetworkRecord(
            id=network.id,
            region_code=network.region_code,
            region_name=region_name,
            name=network.name,
            formed_on=network.formed_on,
            notes=network.notes,
            members=tuple(members.get(network.id, ())),
            board=tuple(board.get(network.id, ())),
            meetings=tuple(meetings.get(network.id, ())),
            deleted=network.deleted,
        )
        for network, region_name in rows
    ]


def _day(value: dt.datetime | dt.date | str | None) -> dt.date | None:
    # SQLite hands back an aggregate of a DateTime column as text.
    if value is None:
        return None
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _seat_record(seat: NetworkBoardMember, person_name: str | None) -> BoardSeatRecord:
    return BoardSeatRecord(
        id=seat.id,
        network_id=seat.network_id,
        name=seat.name,
        gender=seat.gender,
        board_role=seat.board_role,
        person_id=seat.person_id,
        person_name=person_name,
    )


def network_record(session: Session, network_id: str) -> NetworkRecord | None:
    """The network as it is, tombstone or not."""
    found = network_records(session, network_ids=[network_id], include_deleted=True)
    return found[0] if found else None


def get_network(session: Session, network_id: str) -> RegionalNetwork | None:
    """The network row, tombstone or not."""
    return session.get(RegionalNetwork, network_id)


def live_network_of_region(
    session: Session, region: str, other_than: str | None = None
) -> RegionalNetwork | None:
    query = sa.select(RegionalNetwork).where(
        RegionalNetwork.region_code == region, RegionalNetwork.deleted.is_(False)
    )
    if other_than is not None:
        query = query.where(RegionalNetwork.id != other_than)
    return session.scalars(query.order_by(RegionalNetwork.id).limit(1)).first()


def add_network(
    session: Session, network_id: str, region: str, fields: NetworkFields
) -> RegionalNetwork:
    network = RegionalNetwork(id=network_id, partition=region, region_code=region)
    write_network(network, fields)
    session.add(network)
    return network


def write_network(network: RegionalNetwork, fields: NetworkFields) -> None:
    """Set the fields that differ (a field set to its own value would still count as edited)."""
    for name in ("name", "formed_on", "notes"):
        value = getattr(fields, name)
        if getattr(network, name) != value:
            setattr(network, name, value)


def meeting_count(session: Session, network_id: str) -> int:
    """Live courses that point at the network."""
    return int(
        session.execute(
            sa.select(sa.func.count())
            .select_from(Course)
            .where(Course.network_id == network_id, Course.deleted.is_(False))
        ).scalar_one()
    )


def region_exists(session: Session, code: str) -> bool:
    return session.get(Region, code) is not None


# -- members ------------------------------------------------------------------------------
def get_member(session: Session, member_id: str) -> NetworkMember | None:
    return session.get(NetworkMember, member_id)


def add_member(
    session: Session, member_id: str, network: RegionalNetwork, organisation_id: str
) -> NetworkMember:
    member = NetworkMember(
        id=member_id,
        partition=network.partition,
        network_id=network.id,
        organisation_id=organisation_id,
    )
    session.add(member)
    return member


def _in_region(region: str) -> sa.ColumnElement[bool]:
    """An organisation belongs to a region when it is registered there, or lies there (one
    registered at central has the national partition but a municipality)."""
    located = (
        sa.select(Municipality.code)
        .join(County, County.code == Municipality.county_code)
        .where(County.region_code == region)
    )
    return sa.or_(Organisation.partition == region, Organisation.municipality_code.in_(located))


def organisation_name(session: Session, organisation_id: str) -> str | None:
    """The live organisation's name, or None when there is none."""
    return session.scalars(
        sa.select(Organisation.name).where(
            Organisation.id == organisation_id, Organisation.deleted.is_(False)
        )
    ).first()


def organisation_in_region(session: Session, organisation_id: str, region: str) -> bool:
    found = session.execute(
        sa.select(Organisation.id).where(Organisation.id == organisation_id, _in_region(region))
    ).first()
    return found is not None


def organisation_choices(session: Session, region: str) -> list[OrganisationChoice]:
    """The region's live organisations, by name."""
    query = (
        sa.select(Organisation.id, Organisation.name, Municipality.name)
        .outerjoin(Municipality, Municipality.code == Organisation.municipality_code)
        .where(Organisation.deleted.is_(False), _in_region(region))
        .order_by(Organisation.name, Organisation.id)
    )
    return [OrganisationChoice(*row) for row in session.execute(query)]


# -- board seats --------------------------------------------------------------------------
def get_seat(session: Session, seat_id: str) -> NetworkBoardMember | None:
    return session.get(NetworkBoardMember, seat_id)


def add_seat(
    session: Session, seat_id: str, network: RegionalNetwork, fields: SeatFields
) -> NetworkBoardMember:
    seat = NetworkBoardMember(id=seat_id, partition=network.partition, network_id=network.id)
    write_seat(seat, fields)
    session.add(seat)
    return seat


def write_seat(seat: NetworkBoardMember, fields: SeatFields) -> None:
    for name in ("name", "gender", "board_role", "person_id"):
        value = getattr(fields, name)
        if getattr(seat, name) != value:
            setattr(seat, name, value)


def seat_fields(seat: NetworkBoardMember) -> SeatFields:
    return SeatFields(seat.name, seat.gender, seat.board_role, seat.person_id)


def person_is_live(session: Session, person_id: str) -> bool:
    found = session.execute(
        sa.select(Person.id).where(Person.id == person_id, Person.deleted.is_(False))
    ).first()
    return found is not None


def person_choices(session: Session, region: str) -> list[PersonChoice]:
    """The region's live persons (duplicates merged away left out), by last and first name."""
    query = (
        sa.select(Person.id, _person_name())
        .where(
            Person.deleted.is_(False),
            Person.merged_into_id.is_(None),
            Person.partition == region,
        )
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [PersonChoice(*row) for row in session.execute(query)]


# -- for the course form ------------------------------------------------------------------
def network_choices(session: Session, region: str | None) -> list[NetworkChoice]:
    query = sa.select(RegionalNetwork.id, RegionalNetwork.region_code, RegionalNetwork.name).where(
        RegionalNetwork.deleted.is_(False)
    )
    if region is not None:
        query = query.where(RegionalNetwork.region_code == region)
    query = query.order_by(RegionalNetwork.region_code, RegionalNetwork.name, RegionalNetwork.id)
    return [NetworkChoice(*row) for row in session.execute(query)]
