"""Network services: every rule and refusal (nothing written), scope, and undo round trips."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseKind, CourseStatus, Gender, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import installation, networks, people, planning, setup
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Course,
    NetworkBoardMember,
    NetworkMember,
    Organisation,
    Person,
    RegionalNetwork,
)
from soul_desktop.storage.unit_of_work import UnitOfWork

TODAY = dt.date(2026, 11, 27)
D = dt.datetime
OSTERSUND = "2380"
SUNDSVALL = "2281"
STOCKHOLM = "0180"


@pytest.fixture
def central_db(empty_db_path: Path) -> Iterator[Database]:
    opened = setup.open_application_database(setup.locate(empty_db_path), create=False)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralkontoret")
    yield opened.database
    opened.database.dispose()


def _refusal(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def _check(
    exc: ValidationError, code: str, params: Mapping[str, object] | None = None, field: str = ""
) -> None:
    assert exc.code == code, exc.message
    assert dict(exc.params) == dict(params or {}), exc.message
    if field:
        assert exc.field == field


def _count(db: Database, model: Any, *where: Any) -> int:
    with UnitOfWork(db) as uow:
        query = sa.select(sa.func.count()).select_from(model).where(*where)
        return int(uow.session.execute(query).scalar_one())


def _network(db: Database, region: str = "SE32", name: str = "Sociala ekonomins nätverk") -> str:
    network_id = ids.new_id()
    networks.create_network(db, network_id, region, name, dt.date(2010, 3, 1), today=TODAY)
    return network_id


def _foreign_network(db: Database, region: str, name: str) -> str:
    """A network another installation recorded (as it arrives in a bundle)."""
    network_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            RegionalNetwork(id=network_id, partition=region, region_code=region, name=name)
        )
        uow.commit()
    return network_id


def _organisation(
    db: Database, name: str, *, partition: str | None = None, municipality: str | None = None
) -> str:
    organisation_id = ids.new_id()
    if partition is None:
        people.create_organisation(db, organisation_id, name, municipality_code=municipality)
        return organisation_id
    with UnitOfWork(db) as uow:
        uow.session.add(
            Organisation(
                id=organisation_id,
                partition=partition,
                name=name,
                municipality_code=municipality,
            )
        )
        uow.commit()
    return organisation_id


def _person(db: Database, first: str, last: str, region: str = "SE32") -> str:
    person_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(Person(id=person_id, partition=region, first_name=first, last_name=last))
        uow.commit()
    return person_id


# -- the network ----------------------------------------------------------------------------


def test_record_a_network_and_read_it_back(regional_db: Database) -> None:
    db = regional_db
    network_id = ids.new_id()
    record = networks.create_network(
        db,
        network_id,
        "SE32",
        "  Sociala ekonomins  nätverk ",
        dt.date(2010, 3, 1),
        "Bildat på Folkets Hus.",
        today=TODAY,
    )
    assert (record.id, record.region_code, record.region_name) == (
        network_id,
        "SE32",
        "Mellersta Norrland",
    )
    assert (record.name, record.formed_on, record.notes) == (
        "Sociala ekonomins nätverk",
        dt.date(2010, 3, 1),
        "Bildat på Folkets Hus.",
    )
    assert (record.members, record.board, record.meetings, record.deleted) == ((), (), (), False)
    assert networks.list_networks(db) == [record]
    assert networks.get_network(db, network_id) == record
    with UnitOfWork(db) as uow:
        row = uow.session.get(RegionalNetwork, network_id)
        assert row is not None and row.partition == "SE32"


def test_network_refusals_write_nothing(regional_db: Database) -> None:
    db = regional_db
    new = ids.new_id()
    _check(
        _refusal(networks.create_network, db, new, "SE32", " ", today=TODAY),
        "network.name_required",
        field="name",
    )
    _check(
        _refusal(networks.create_network, db, new, "SE32", "N", dt.date(2026, 12, 1), today=TODAY),
        "network.formed_in_future",
        {"date": "2026-12-01"},
        "formed_on",
    )
    _check(
        _refusal(networks.create_network, db, new, "SE32", "N", dt.date(1999, 1, 1), today=TODAY),
        "network.formed_too_early",
        {"date": "1999-01-01", "earliest": "2000-01-01"},
        "formed_on",
    )
    _check(
        _refusal(networks.create_network, db, new, "SE99", "N", today=TODAY),
        "network.region_required",
        {"region": "SE99"},
        "region_code",
    )
    _check(
        _refusal(networks.create_network, db, new, "SE11", "N", today=TODAY),
        "network.outside_region",
        {"region": "SE11", "own": "SE32"},
        "region_code",
    )
    assert _count(db, RegionalNetwork) == 0
    _check(_refusal(networks.get_network, db, new), "network.not_found")
    _check(_refusal(networks.update_network, db, new, name="X"), "network.not_found")
    _check(_refusal(networks.delete_network, db, new), "network.not_found")
    _check(_refusal(networks.restore_network, db, new), "network.not_found")


def test_a_region_has_one_live_network(regional_db: Database) -> None:
    db = regional_db
    first = _network(db)
    _check(
        _refusal(networks.create_network, db, first, "SE32", "Again", today=TODAY),
        "network.exists",
    )
    _check(
        _refusal(networks.create_network, db, ids.new_id(), "SE32", "Andra", today=TODAY),
        "network.region_has_network",
        {"region": "SE32", "name": "Sociala ekonomins nätverk"},
        "region_code",
    )
    # Once the first is deleted another may be recorded, and the first cannot come back.
    networks.delete_network(db, first)
    second = ids.new_id()
    networks.create_network(db, second, "SE32", "Andra", today=TODAY)
    _check(
        _refusal(networks.restore_network, db, first),
        "network.region_has_network",
        {"region": "SE32", "name": "Andra"},
    )
    assert [r.id for r in networks.list_networks(db)] == [second]


def test_update_and_its_undo(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    before = networks.get_network(db, network_id)
    changed = networks.update_network(
        db, network_id, name="Nätverket Jämtland", formed_on=dt.date(2011, 1, 15), today=TODAY
    )
    assert (changed.name, changed.formed_on, changed.notes) == (
        "Nätverket Jämtland",
        dt.date(2011, 1, 15),
        None,
    )
    cleared = networks.update_network(db, network_id, formed_on=None, notes="  ")
    assert (cleared.formed_on, cleared.notes) == (None, None)
    undone = networks.update_network(
        db, network_id, name=before.name, formed_on=before.formed_on, notes=before.notes
    )
    assert undone == before
    _check(
        _refusal(networks.update_network, db, network_id, region_code="SE11"),
        "field.unknown",
        {"names": "region_code"},
        "region_code",
    )
    _check(
        _refusal(
            networks.update_network, db, network_id, formed_on=dt.date(2027, 1, 1), today=TODAY
        ),
        "network.formed_in_future",
        {"date": "2027-01-01"},
    )
    _check(_refusal(networks.update_network, db, network_id, name=""), "network.name_required")
    assert networks.get_network(db, network_id) == before


def test_an_unchanged_formed_date_is_not_checked_again(regional_db: Database) -> None:
    # A date accepted earlier stays as it is when another field changes.
    db = regional_db
    network_id = _foreign_network(db, "SE32", "Nätverket")
    with UnitOfWork(db) as uow:
        row = uow.session.get(RegionalNetwork, network_id)
        assert row is not None
        row.formed_on = dt.date(1998, 5, 1)
        uow.commit()
    assert networks.update_network(db, network_id, name="Nytt namn").formed_on == dt.date(
        1998, 5, 1
    )


def test_delete_restore_and_redo_of_a_create(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    member = _organisation(db, "Kooperativet Ugglan", municipality=OSTERSUND)
    networks.add_member(db, network_id, member)
    deleted = networks.delete_network(db, network_id)
    assert deleted.deleted and deleted.id == network_id
    assert networks.list_networks(db) == []
    restored = networks.restore_network(db, network_id)
    assert not restored.deleted and [m.organisation_id for m in restored.members] == [member]
    # Undo of the create is a delete; redo is the same create again, reviving the row.
    networks.delete_network(db, network_id)
    again = networks.create_network(db, network_id, "SE32", "Nätverket", today=TODAY)
    assert (again.name, again.formed_on, again.deleted) == ("Nätverket", None, False)
    assert _count(db, RegionalNetwork) == 1


def test_a_network_with_meetings_is_not_deleted(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    course_id = ids.new_id()
    planning.create_course(
        db,
        course_id,
        region_code="SE32",
        title="Nätverksträff",
        kind=CourseKind.NETWORK_MEETING,
        network_id=network_id,
    )
    _check(
        _refusal(networks.delete_network, db, network_id),
        "network.has_meetings",
        {"count": 1},
        "network",
    )
    planning.update_course(db, course_id, network_id=None)
    assert networks.delete_network(db, network_id).deleted


# -- scope ----------------------------------------------------------------------------------


def test_a_region_sees_and_writes_its_own_network_only(regional_db: Database) -> None:
    db = regional_db
    own = _network(db)
    other = _foreign_network(db, "SE11", "Stockholmsnätverket")
    assert [r.id for r in networks.list_networks(db)] == [own]
    for call, args in (
        (networks.update_network, (other,)),
        (networks.delete_network, (other,)),
        (networks.add_board_seat, (ids.new_id(), other, "Karin")),
        (networks.add_member, (other, _organisation(db, "Bron"))),
    ):
        kwargs = {"name": "X"} if call is networks.update_network else {}
        _check(
            _refusal(call, db, *args, **kwargs),
            "network.outside_region",
            {"region": "SE11", "own": "SE32"},
        )


def test_central_lists_and_writes_every_region(central_db: Database) -> None:
    db = central_db
    north = _network(db, "SE32", "Nätverket i norr")
    capital = _network(db, "SE11", "Stockholmsnätverket")
    records = networks.list_networks(db)
    # By region code.
    assert [r.id for r in records] == [capital, north]
    with UnitOfWork(db) as uow:
        row = uow.session.get(RegionalNetwork, capital)
        assert row is not None and row.partition == "SE11"
    assert [c.id for c in networks.network_choices(db, "SE11")] == [capital]
    assert [c.id for c in networks.network_choices(db, None)] == [capital, north]


# -- members --------------------------------------------------------------------------------


def test_member_organisations_of_the_region(central_db: Database) -> None:
    db = central_db
    network_id = _network(db)
    # Registered in the region, or registered at central but located there.
    local = _organisation(db, "Ugglan", partition="SE32")
    located = _organisation(db, "Bygdegården", municipality=SUNDSVALL)
    elsewhere = _organisation(db, "Stadsmissionen", municipality=STOCKHOLM)
    stockholm = _organisation(db, "Kvarteret", partition="SE11")
    choices = networks.organisation_choices(db, "SE32")
    assert [(c.name, c.municipality_name) for c in choices] == [
        ("Bygdegården", "Sundsvall"),
        ("Ugglan", None),
    ]
    networks.add_member(db, network_id, local)
    record = networks.add_member(db, network_id, located)
    assert [(m.organisation_name, m.municipality_name) for m in record.members] == [
        ("Bygdegården", "Sundsvall"),
        ("Ugglan", None),
    ]
    assert record.members[0].id == ids.network_member_id(network_id, located)
    with UnitOfWork(db) as uow:
        member = uow.session.get(NetworkMember, ids.network_member_id(network_id, local))
        assert member is not None and member.partition == "SE32"
    for organisation, name in ((elsewhere, "Stadsmissionen"), (stockholm, "Kvarteret")):
        _check(
            _refusal(networks.add_member, db, network_id, organisation),
            "network_member.other_region",
            {"name": name, "region": "SE32"},
            "organisation_id",
        )
    _check(
        _refusal(networks.add_member, db, network_id, local),
        "network_member.already_member",
        {"name": "Ugglan"},
    )
    _check(
        _refusal(networks.add_member, db, network_id, ids.new_id()),
        "network_member.organisation_not_found",
    )
    _check(_refusal(networks.remove_member, db, network_id, elsewhere), "network_member.not_found")


def test_remove_a_member_and_take_it_back(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    organisation = _organisation(db, "Ugglan")
    networks.add_member(db, network_id, organisation)
    assert networks.remove_member(db, network_id, organisation).members == ()
    # Undo of the removal adds it again under the same derived id: still one row.
    assert len(networks.add_member(db, network_id, organisation).members) == 1
    assert _count(db, NetworkMember) == 1


# -- board ----------------------------------------------------------------------------------


def test_board_seats_with_undo(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    person = _person(db, "Karin", "Lund")
    karin, olle = ids.new_id(), ids.new_id()
    networks.add_board_seat(db, karin, network_id, "Karin Lund", Gender.WOMAN, "ordförande", person)
    record = networks.add_board_seat(db, olle, network_id, "Olle Berg", "man")
    assert [(s.name, s.gender, s.board_role, s.person_name) for s in record.board] == [
        ("Karin Lund", Gender.WOMAN, "ordförande", "Karin Lund"),
        ("Olle Berg", Gender.MAN, None, None),
    ]
    with UnitOfWork(db) as uow:
        row = uow.session.get(NetworkBoardMember, karin)
        assert row is not None and row.partition == "SE32"

    changed = networks.update_board_seat(db, olle, gender=Gender.OTHER, board_role="kassör")
    seat = changed.seat(olle)
    assert seat is not None and (seat.gender, seat.board_role) == (Gender.OTHER, "kassör")
    networks.update_board_seat(db, olle, gender=Gender.MAN, board_role=None)

    removed = networks.remove_board_seat(db, karin)
    assert [s.id for s in removed.board] == [olle]
    assert [s.id for s in networks.restore_board_seat(db, karin).board] == [karin, olle]
    # Redo of an add after its undo revives the tombstone with the values asked for.
    networks.remove_board_seat(db, olle)
    again = networks.add_board_seat(db, olle, network_id, "Olle Berg", Gender.MAN)
    assert [s.id for s in again.board] == [karin, olle]
    assert _count(db, NetworkBoardMember) == 2


def test_board_seat_refusals(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    seat = ids.new_id()
    _check(
        _refusal(networks.add_board_seat, db, seat, network_id, " "),
        "board_seat.name_required",
        field="name",
    )
    _check(
        _refusal(networks.add_board_seat, db, seat, network_id, "Karin", "female"),
        "board_seat.unknown_gender",
        {"value": "female"},
        "gender",
    )
    _check(
        _refusal(networks.add_board_seat, db, seat, network_id, "Karin", person_id=ids.new_id()),
        "board_seat.person_not_found",
        field="person_id",
    )
    _check(_refusal(networks.add_board_seat, db, seat, ids.new_id(), "Karin"), "network.not_found")
    assert _count(db, NetworkBoardMember) == 0
    networks.add_board_seat(db, seat, network_id, "Karin")
    _check(_refusal(networks.add_board_seat, db, seat, network_id, "Karin"), "board_seat.exists")
    _check(
        _refusal(networks.update_board_seat, db, seat, role="x"),
        "field.unknown",
        {"names": "role"},
    )
    _check(
        _refusal(networks.update_board_seat, db, seat, board_role="r" * 101),
        "board_seat.role_too_long",
        {"limit": 100},
    )
    _check(_refusal(networks.update_board_seat, db, ids.new_id(), name="X"), "board_seat.not_found")
    _check(_refusal(networks.remove_board_seat, db, ids.new_id()), "board_seat.not_found")
    _check(_refusal(networks.restore_board_seat, db, ids.new_id()), "board_seat.not_found")


def test_person_choices_are_the_regions_live_persons(regional_db: Database) -> None:
    db = regional_db
    karin = _person(db, "Karin", "Lund")
    _person(db, "Anders", "Öberg")
    _person(db, "Sven", "Ek", region="SE11")
    gone = _person(db, "Gunnel", "Ahl")
    with UnitOfWork(db) as uow:
        row = uow.session.get(Person, gone)
        assert row is not None
        row.deleted = True
        uow.commit()
    assert [(c.id == karin, c.name) for c in networks.person_choices(db, "SE32")] == [
        (True, "Karin Lund"),
        (False, "Anders Öberg"),
    ]


# -- meetings -------------------------------------------------------------------------------


def test_meetings_are_the_network_meeting_courses_with_their_first_date(
    regional_db: Database,
) -> None:
    db = regional_db
    network_id = _network(db)
    spring, autumn, planned, gone = (ids.new_id() for _ in range(4))
    for course_id, title in (
        (spring, "Vårträff"),
        (autumn, "Höstträff"),
        (planned, "Nästa träff"),
        (gone, "Struken träff"),
    ):
        planning.create_course(
            db,
            course_id,
            region_code="SE32",
            title=title,
            kind=CourseKind.NETWORK_MEETING,
            network_id=network_id,
        )
    planning.add_session(db, ids.new_id(), spring, D(2010, 4, 20, 13), D(2010, 4, 20, 16))
    planning.add_session(db, ids.new_id(), spring, D(2010, 3, 9, 13), D(2010, 3, 9, 16))
    planning.add_session(db, ids.new_id(), autumn, D(2010, 10, 5, 13), D(2010, 10, 5, 16))
    planning.delete_course(db, gone)
    planning.update_course(db, autumn, status=CourseStatus.COMPLETED)
    record = networks.get_network(db, network_id)
    assert [(m.title, m.first_date, m.session_count, m.status) for m in record.meetings] == [
        ("Nästa träff", None, 0, CourseStatus.PLANNED),
        ("Höstträff", dt.date(2010, 10, 5), 1, CourseStatus.COMPLETED),
        ("Vårträff", dt.date(2010, 3, 9), 2, CourseStatus.PLANNED),
    ]


# -- the course's network and activity ------------------------------------------------------


def test_a_course_carries_its_network_or_activity(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    meeting, trip = ids.new_id(), ids.new_id()
    record = planning.create_course(
        db,
        meeting,
        region_code="SE32",
        title="Nätverksträff",
        kind=CourseKind.NETWORK_MEETING,
        network_id=network_id,
    )
    assert (record.network_id, record.activity_code) == (network_id, None)
    record = planning.create_course(
        db,
        trip,
        region_code="SE32",
        title="Bryssel",
        kind=CourseKind.STUDY_TRIP,
        activity_code="3.1.1",
    )
    assert (record.network_id, record.activity_code) == (None, "3.1.1")
    assert planning.update_course(db, trip, activity_code=None).activity_code is None
    assert planning.update_course(db, trip, activity_code="3.1.1").activity_code == "3.1.1"
    # A change of kind takes the network or activity away in the same call, and undo back.
    changed = planning.update_course(db, trip, kind=CourseKind.SEMINAR, activity_code=None)
    assert (changed.kind, changed.activity_code) == (CourseKind.SEMINAR, None)
    planning.update_course(db, trip, kind=CourseKind.STUDY_TRIP, activity_code="3.1.1")
    assert [a.code for a in planning.activity_choices(db)] == ["3.1.1", "3.1.2", "3.1.3", "3.2.1"]


def test_course_network_and_activity_refusals(regional_db: Database) -> None:
    db = regional_db
    network_id = _network(db)
    other = _foreign_network(db, "SE11", "Stockholmsnätverket")
    new = ids.new_id()
    meeting = {"region_code": "SE32", "title": "Träff", "kind": CourseKind.NETWORK_MEETING}
    _check(
        _refusal(planning.create_course, db, new, **meeting, network_id=ids.new_id()),
        "course.unknown_network",
        field="network_id",
    )
    _check(
        _refusal(planning.create_course, db, new, **meeting, network_id=other),
        "course.network_other_region",
        {"network_region": "SE11", "region": "SE32"},
        "network_id",
    )
    _check(
        _refusal(
            planning.create_course, db, new, region_code="SE32", title="K", network_id=network_id
        ),
        "course.network_wrong_kind",
        {"kind": "course"},
        "network_id",
    )
    _check(
        _refusal(planning.create_course, db, new, **meeting, activity_code="3.1.1"),
        "course.activity_wrong_kind",
        {"kind": "network_meeting"},
        "activity_code",
    )
    _check(
        _refusal(
            planning.create_course,
            db,
            new,
            region_code="SE32",
            title="K",
            kind=CourseKind.CONFERENCE,
            activity_code="9.9.9",
        ),
        "course.unknown_activity",
        {"code": "9.9.9"},
        "activity_code",
    )
    assert _count(db, Course) == 0
    planning.create_course(db, new, **meeting, network_id=network_id)
    _check(
        _refusal(planning.update_course, db, new, kind=CourseKind.WORKSHOP),
        "course.network_wrong_kind",
        {"kind": "workshop"},
    )
    _check(
        _refusal(planning.update_course, db, new, network_id=other),
        "course.network_other_region",
        {"network_region": "SE11", "region": "SE32"},
    )
    assert planning.get_course(db, new).network_id == network_id


def test_a_meeting_of_a_network_deleted_elsewhere_can_still_be_edited(
    regional_db: Database,
) -> None:
    # The network was deleted by a bundle after the meeting pointed at it.
    db = regional_db
    network_id = _network(db)
    course_id = ids.new_id()
    planning.create_course(
        db,
        course_id,
        region_code="SE32",
        title="Träff",
        kind=CourseKind.NETWORK_MEETING,
        network_id=network_id,
    )
    with UnitOfWork(db) as uow:
        row = uow.session.get(RegionalNetwork, network_id)
        assert row is not None
        row.deleted = True
        uow.commit()
    assert planning.update_course(db, course_id, title="Vårträff").network_id == network_id
    _check(
        _refusal(planning.update_course, db, course_id, network_id=ids.new_id()),
        "course.unknown_network",
    )
