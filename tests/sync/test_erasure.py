"""An erasure travels, and nothing brings the erased data back: not an older bundle, not an
edit made where the erasure had not arrived yet. On SQLite and on PostgreSQL (`sites`).

Keeping the fields blank against edits newer than the erasure is the importer's call of
`storage.gdpr.reapply_erasures` in its transaction.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.services import attendance, gdpr, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Person, SyncConflict
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from tests.sync.conftest import Installations, World, digest

SECRETS = ("Åsa", "Öberg", "070-111 11 11", "asa@example.se", "knät", "Lena")


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _bundle(sites: Installations, source: str, target: str) -> Any:
    path = sites.bundle_path()
    export_bundle(sites[source], path, recipient_id=_me(sites[target]))
    return path


def _import(sites: Installations, target: str, path: Any) -> None:
    summary = import_bundle(sites[target], path)
    assert summary.outcome == "applied", summary.reason


def _send(sites: Installations, source: str, target: str) -> None:
    _import(sites, target, _bundle(sites, source, target))


def _note(db: Database, session_id: str, person_id: str, note: str) -> None:
    with UnitOfWork(db) as uow:
        row = uow.session.get(Attendance, ids.attendance_id(session_id, person_id))
        assert row is not None
        row.note = note
        uow.commit()


def _person(db: Database, person_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(Person).where(Person.id == person_id)).one()
        return dict(row._mapping)


def _held_anywhere(db: Database, person_id: str) -> list[str]:
    """Which of the erased values this installation still holds, in its rows or review items."""
    with db.engine.connect() as conn:
        texts = [
            str(v) for v in conn.execute(sa.select(Person).where(Person.id == person_id)).one()
        ]
        texts += [
            str(note)
            for note in conn.execute(
                sa.select(Attendance.note).where(Attendance.person_id == person_id)
            ).scalars()
        ]
        for item in conn.execute(sa.select(SyncConflict)):
            texts += [item.kept_value, item.lost_value]
    return sorted({secret for secret in SECRETS for text in texts if secret in text})


def _prepare(sites: Installations, world: World) -> str:
    """A's person Åsa Öberg, with contact details and a note on her attendance, known to B."""
    course = world.course
    person_id = course.persons[2]
    a = sites["A"]
    people.update_person(a, person_id, email="asa@example.se", birth_year=1975)
    attendance.mark(a, course.sessions[0], person_id, AttendanceStatus.PRESENT)
    _note(a, course.sessions[0], person_id, "Åsa hade ont i knät")
    _send(sites, "A", "B")
    assert _held_anywhere(sites["B"], person_id) == ["asa@example.se", "knät", "Åsa", "Öberg"]
    return person_id


def test_an_older_bundle_that_still_holds_the_person_leaves_the_person_erased(
    sites: Installations, world: World
) -> None:
    person_id = _prepare(sites, world)
    a, b = sites["A"], sites["B"]
    # A's later edits travel in a bundle made before the erasure, imported at B after it.
    people.update_person(a, person_id, phone="070-111 11 11")
    _note(a, world.course.sessions[0], person_id, "Åsa hade fortfarande ont i knät")
    older = _bundle(sites, "A", "B")

    gdpr.erase_person(b, person_id, reason="Begäran från personen")
    _import(sites, "B", older)

    row = _person(b, person_id)
    assert row["erased_at"] is not None
    assert (row["first_name"], row["last_name"], row["phone"], row["email"]) == (
        "Raderad",
        "person",
        None,
        None,
    )
    with b.engine.connect() as conn:
        notes = conn.execute(
            sa.select(Attendance.note).where(Attendance.person_id == person_id)
        ).scalars()
        assert set(notes) == {None}

    # Both ways: A is erased too, and everyone holds the same.
    _send(sites, "B", "A")
    _send(sites, "A", "B")
    assert _person(a, person_id)["first_name"] == "Raderad"
    assert digest(a) == digest(b)


def test_replaying_the_bundle_that_held_the_person_changes_nothing(
    sites: Installations, world: World
) -> None:
    person_id = _prepare(sites, world)
    b = sites["B"]
    first = sites.bundle_path()
    export_bundle(sites["A"], first, full=True, recipient_id=sites.id("B"))
    gdpr.erase_person(b, person_id, reason="Begäran")
    before = digest(b)
    _import(sites, "B", first)
    assert digest(b) == before
    assert _person(b, person_id)["first_name"] == "Raderad"


def test_an_older_bundle_leaves_no_erased_value_in_review_items(
    sites: Installations, world: World
) -> None:
    person_id = _prepare(sites, world)
    a, b = sites["A"], sites["B"]
    people.update_person(a, person_id, phone="070-111 11 11")  # concurrent with the erasure
    older = _bundle(sites, "A", "B")
    gdpr.erase_person(b, person_id, reason="Begäran")
    _import(sites, "B", older)
    _send(sites, "B", "A")
    assert _held_anywhere(b, person_id) == []
    assert _held_anywhere(a, person_id) == []


def test_an_edit_made_where_the_erasure_had_not_arrived_does_not_revive_the_data(
    sites: Installations, world: World
) -> None:
    person_id = _prepare(sites, world)
    a, b = sites["A"], sites["B"]
    result = gdpr.erase_person(b, person_id, reason="Begäran från personen")
    erased_hlc = _person(b, person_id)["hlc"]

    # A has not seen the erasure and edits her afterwards: newer versions than the erasure's.
    people.update_person(a, person_id, first_name="Åsa-Lena", phone="070-111 11 11")
    _note(a, world.course.sessions[0], person_id, "Lena ringer om knät")
    assert _person(a, person_id)["hlc"] > erased_hlc

    _send(sites, "A", "B")
    row = _person(b, person_id)
    assert row["erased_at"] == result.erased_at
    assert (row["first_name"], row["phone"]) == ("Raderad", None)
    assert _held_anywhere(b, person_id) == []

    _send(sites, "B", "A")
    _send(sites, "A", "B")
    assert _person(a, person_id)["erased_at"] == result.erased_at
    assert _held_anywhere(a, person_id) == []
    assert digest(a) == digest(b)
    # A third installation that hears from both, in either order, agrees.
    _send(sites, "A", "C")
    _send(sites, "B", "C")
    assert digest(sites["C"]) == digest(b)
    assert _held_anywhere(sites["C"], person_id) == []
