"""A merge travels: later bundles for the merged person land on the survivor, and all converge."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.services import attendance, duplicates, enrolment, people
from soul_desktop.storage import person_merge
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Person
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from tests.sync.conftest import Installations, World, digest


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _redirect(db: Database) -> int:
    with UnitOfWork(db) as uow:
        moved = person_merge.redirect_to_survivors(uow.session)
        uow.commit()
    return moved


def _send(sites: Installations, source: str, target: str) -> Any:
    """Export from `source` for `target`, import there, and redirect to survivors.

    The importer is to call `redirect_to_survivors` inside its own transaction; the same step
    right after the import gives the same content, and is a no-op once the importer does it.
    """
    path = sites.bundle_path()
    export_bundle(sites[source], path, recipient_id=_me(sites[target]))
    summary = import_bundle(sites[target], path)
    assert summary.outcome == "applied", summary.reason
    _redirect(sites[target])
    return summary


def _mark(db: Database, session_id: str, person_id: str) -> Attendance | None:
    with UnitOfWork(db) as uow:
        row = uow.session.get(Attendance, ids.attendance_id(session_id, person_id))
        if row is not None:
            uow.session.expunge(row)
        return row


def _scenario(sites: Installations, world: World) -> tuple[str, str]:
    """A registers a person and marks them; B receives them, merges them into its own record;
    then A, not knowing, marks the merged person at two more sessions. Returns (dup, survivor).
    """
    course = world.course
    a, b = sites["A"], sites["B"]
    duplicate = ids.new_id()
    people.create_person(a, duplicate, "Nils", "Nilsson")
    enrolment.enrol(a, course.course_id, [duplicate])
    attendance.mark(a, course.sessions[0], duplicate, AttendanceStatus.PRESENT)
    _send(sites, "A", "B")

    survivor = ids.new_id()
    people.create_person(b, survivor, "Nils", "Nilsson", birth_year=1975)
    result = duplicates.merge(b, survivor, duplicate)
    assert (result.enrolments_moved, result.attendance_moved) == (1, 1)

    attendance.mark(a, course.sessions[1], duplicate, AttendanceStatus.PRESENT)
    attendance.mark(a, course.sessions[2], duplicate, AttendanceStatus.PARTIAL, minutes=60)
    return duplicate, survivor


def test_a_later_bundle_for_the_merged_person_lands_on_the_survivor(
    sites: Installations, world: World
) -> None:
    course = world.course
    duplicate, survivor = _scenario(sites, world)
    b = sites["B"]

    _send(sites, "A", "B")

    for session_id in course.sessions:
        assert _mark(b, session_id, duplicate).deleted is True  # type: ignore[union-attr]
        moved = _mark(b, session_id, survivor)
        assert moved is not None and moved.deleted is False
    assert _mark(b, course.sessions[2], survivor).minutes == 60  # type: ignore[union-attr]
    grid = attendance.grid(b, course.course_id)
    assert duplicate not in {p.id for p in grid.persons}
    assert {s for (s, p) in grid.cells if p == survivor} == set(course.sessions)

    # Both ways, then everyone holds the same: the merge and the moved marks reached A too.
    _send(sites, "B", "A")
    _send(sites, "A", "B")
    assert digest(sites["A"]) == digest(b)
    with UnitOfWork(sites["A"]) as uow:
        row = uow.session.get(Person, duplicate)
        assert row is not None and (row.deleted, row.merged_into_id) == (True, survivor)
    assert {
        s for (s, p) in attendance.grid(sites["A"], course.course_id).cells if p == survivor
    } == set(course.sessions)
    # And a third installation that hears from both, in either order, agrees.
    _send(sites, "B", "C")
    _send(sites, "A", "C")
    assert digest(sites["C"]) == digest(b)


def test_the_order_of_the_bundles_does_not_matter(sites: Installations, world: World) -> None:
    """C gets A's later marks before B's merge: the redirect happens when the merge arrives."""
    _scenario(sites, world)
    _send(sites, "A", "C")
    _send(sites, "B", "C")
    _send(sites, "A", "B")
    assert digest(sites["C"]) == digest(sites["B"])
    _send(sites, "C", "A")
    _send(sites, "B", "A")
    assert digest(sites["A"]) == digest(sites["B"]) == digest(sites["C"])


def test_the_importer_itself_redirects(sites: Installations, world: World) -> None:
    duplicate, _survivor = _scenario(sites, world)
    path = sites.bundle_path()
    export_bundle(sites["A"], path, recipient_id=_me(sites["B"]))
    assert import_bundle(sites["B"], path).outcome == "applied"
    with sites["B"].engine.connect() as conn:
        live = conn.execute(
            sa.select(sa.func.count()).where(
                Attendance.person_id == duplicate, Attendance.deleted.is_(False)
            )
        ).scalar_one()
    assert live == 0
    assert _redirect(sites["B"]) == 0
