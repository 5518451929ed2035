"""Course packs: what goes in, what is blanked, and the round trip back to the coordinator."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AttendanceStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
)
from soul_desktop.services import attendance
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Enrolment, Installation, Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync.bundle import Party
from soul_desktop.sync.exporter import export_bundle, export_course_pack
from soul_desktop.sync.importer import import_bundle
from soul_desktop.sync.scope import check_rows_in_scope
from tests.enrolment import enrol
from tests.sync.conftest import Installations, World, open_db, read_bundle

PERSONNUMMER = "19800101-1234"


def _fill_sensitive(db: Database, person_id: str) -> None:
    with UnitOfWork(db) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        person.personnummer = PERSONNUMMER
        person.phone = "070-1234567"
        person.consent_date = dt.date(2026, 1, 15)
        person.disability = Disability.YES
        person.employment_status = EmploymentStatus.EMPLOYED
        person.education_band = EducationBand.ISCED_3_4
        person.accessibility_needs = "hearing_loop"
        uow.commit()


def _leader(coordinator: Database, course_id: str, empty_template: Path, folder: Path) -> Database:
    """A leader laptop the coordinator enrolled for the course (it has sent nothing yet)."""
    path = folder / "leader.db"
    shutil.copyfile(empty_template, path)
    db = open_db(path)
    enrol(coordinator, db, folder, "Ledarens dator", leader=True, courses=[course_id])
    return db


def _person(db: Database, person_id: str) -> dict[str, object]:
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(Person.__table__).where(Person.id == person_id)).one()
    return dict(row._mapping)


def test_pack_holds_the_course_and_blanks_what_a_leader_does_not_need(
    sites: Installations, world: World, empty_template: Path, tmp_path: Path
) -> None:
    a = sites["A"]
    person_id = world.course.persons[0]
    _fill_sensitive(a, person_id)
    leader = _leader(a, world.course.course_id, empty_template, tmp_path)
    sites.dbs["leader"] = leader
    path = tmp_path / "pack.soulbundle"
    manifest = export_course_pack(a, path, world.course.course_id)
    assert manifest.kind == "course_pack"
    assert manifest.recipient is not None and manifest.recipient.role == "leader"
    assert manifest.sealing is not None and manifest.sealing.recipient == manifest.recipient.id
    with read_bundle(path, leader) as reader:
        rows = {info.name: list(reader.iter_rows(info.name)) for info in manifest.parts}
    assert [r["id"] for r in rows["course"]] == [world.course.course_id]
    assert len(rows["course_session"]) == len(world.course.sessions)
    assert len(rows["venue"]) == 1
    persons = {r["id"]: r for r in rows["person"]}
    # Enrolled, waitlisted and withdrawn are on the course's list; the stranger is not.
    assert set(world.course.persons) <= set(persons)
    assert world.course.others["stranger"] not in persons
    assert len(rows["organisation"]) == 1
    authors = {r["changed_by"] for part in rows.values() for r in part}
    assert authors <= {r["id"] for r in rows["installation"]}
    person = persons[person_id]
    assert person["personnummer"] is None and person["phone"] is None
    assert person["personnummer_hash"] is None
    assert person["consent_date"] is None and person["disability"] == "not_stated"
    assert person["employment_status"] == "not_stated"
    assert person["education_band"] == "not_stated"
    assert person["accessibility_needs"] == "hearing_loop"
    for table in ("municipality", "region", "milestone"):
        assert not rows.get(table)


def test_round_trip_keeps_the_coordinators_values(
    sites: Installations, world: World, empty_template: Path, tmp_path: Path
) -> None:
    coordinator = sites["A"]
    person_id = world.course.persons[0]
    _fill_sensitive(coordinator, person_id)
    before = _person(coordinator, person_id)
    leader = _leader(coordinator, world.course.course_id, empty_template, tmp_path)
    pack = tmp_path / "pack.soulbundle"
    export_course_pack(coordinator, pack, world.course.course_id)
    try:
        summary = import_bundle(leader, pack)
        assert summary.outcome == "applied", summary.reason
        at_leader = _person(leader, person_id)
        assert at_leader["personnummer"] is None
        assert at_leader["accessibility_needs"] == "hearing_loop"
        session_id = world.course.sessions[0]
        attendance.mark(leader, session_id, person_id, AttendanceStatus.PRESENT)
        walk_in_id = ids.new_id()
        attendance.add_walk_in(
            leader, session_id, first_name="Nils", last_name="Nykomling", new_person_id=walk_in_id
        )
        # A leader who also edits a shown field of a pack person: the blanked ones stay apart.
        with UnitOfWork(leader) as uow:
            edited = uow.session.get(Person, person_id)
            assert edited is not None
            edited.email = "anna@example.org"
            uow.commit()
        back = tmp_path / "back.soulbundle"
        # No recipient named: a leader's bundle goes to the coordinator that enrolled it.
        manifest = export_bundle(leader, back)
        assert manifest.recipient is not None and manifest.recipient.id == sites.id("A")
    finally:
        leader.dispose()

    # Every row of the leader's bundle lies in scope: its own rows are marks and walk-ins, the
    # pack rows it relays are the coordinator's.
    with coordinator.engine.connect() as conn:
        authors = {
            r.id: Party(r.id, r.name, str(r.role.value), r.region_code)
            for r in conn.execute(sa.select(Installation.__table__))
        }
    with read_bundle(back, coordinator) as reader:
        source = reader.manifest.source
        assert source.role == "leader"
        for info in reader.manifest.parts:
            rows = reader.iter_rows(info.name)
            assert check_rows_in_scope(source, info.name, rows, authors=authors) == [], info.name

    summary = import_bundle(coordinator, back)
    assert summary.outcome == "applied", summary.reason
    assert summary.total("conflicts") == 0
    after = _person(coordinator, person_id)
    for name in (
        "personnummer",
        "phone",
        "consent_date",
        "disability",
        "employment_status",
        "education_band",
        "accessibility_needs",
    ):
        assert after[name] == before[name], name
    assert after["email"] == "anna@example.org"
    with coordinator.engine.connect() as conn:
        marks = conn.execute(
            sa.select(Attendance.person_id).where(Attendance.session_id == session_id)
        ).scalars()
        assert {person_id, walk_in_id} <= set(marks)
        walk_in = conn.execute(
            sa.select(Enrolment.walk_in).where(Enrolment.person_id == walk_in_id)
        ).scalar_one()
        assert walk_in is True
    assert _person(coordinator, walk_in_id)["last_name"] == "Nykomling"
