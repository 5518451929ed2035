"""Import refuses bundles whose rows lie outside their writer's scope, or meant for another."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from soul_desktop.domain import ids
from soul_desktop.services import people
from soul_desktop.storage.database import Database
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle, import_log
from soul_desktop.sync.scope import OUT_OF_SCOPE
from tests.enrolment import enrol
from tests.services.test_attendance import build_course
from tests.sync.conftest import Installations, World, digest, open_db, rewrite
from tests.sync.test_importer import _rewrite


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def test_a_row_of_another_region_refuses_the_whole_bundle(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    inside, outside = ids.new_id(), ids.new_id()
    people.create_person(a, inside, "Åsa", "Berg")
    people.create_person(a, outside, "Erik", "Ek")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))

    def move(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person" and row["id"] == outside:
                row["partition"] = "SE33"  # Västernorrland is not A's region
        return rows

    _rewrite(good, bad, move, a, b)
    before = digest(b)
    summary = import_bundle(b, bad)
    assert summary.refused and summary.reason_code == OUT_OF_SCOPE
    assert "SE33" in (summary.reason or "") and "1 row" in (summary.reason or "")
    assert summary.tables["person"].rejected == 1
    assert digest(b) == before
    last = import_log(b)[-1]
    assert (last["outcome"], last["reason_code"]) == ("refused", OUT_OF_SCOPE)
    # The untouched bundle still goes in.
    assert import_bundle(b, good).outcome == "applied"


def test_a_dry_run_counts_the_rows_out_of_scope(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))

    def national(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row["partition"] = "national"
        return rows

    _rewrite(good, bad, national, a, b)
    summary = import_bundle(b, bad, dry_run=True)
    assert summary.refused and summary.reason_code == OUT_OF_SCOPE
    assert summary.tables["person"].rejected >= 1


def test_a_bundle_addressed_to_another_installation_is_refused(sites: Installations) -> None:
    a, b, c = sites["A"], sites["B"], sites["C"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=_me(c))
    before = digest(b)
    summary = import_bundle(b, path)
    assert summary.refused and summary.reason_code == "import.wrong_recipient"
    assert "Kontor C" in (summary.reason or "")
    assert digest(b) == before
    assert import_bundle(c, path).outcome == "applied"


def test_a_source_claiming_another_role_than_its_enrolment_is_refused(
    sites: Installations,
) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))
    forged = sites.bundle_path()

    def central(fields: dict[str, Any]) -> None:
        fields["source"] = {**fields["source"], "role": "central", "region": None}

    rewrite(good, forged, lambda _name, rows: rows, signer=a, recipient=b, manifest=central)
    before = digest(b)
    summary = import_bundle(b, forged)
    assert summary.refused and summary.reason_code == "trust.source_mismatch"
    assert digest(b) == before


@pytest.fixture
def leader(sites: Installations, empty_template: Path, world: World) -> Database:
    """A workshop leader's laptop in SE32, enrolled by A for the world's course, that has
    received A's data."""
    target = sites.folder / "leader.db"
    shutil.copyfile(empty_template, target)
    db = open_db(target)
    enrol(sites["A"], db, sites.folder, "Lärarens dator", leader=True,
          courses=[world.course.course_id])  # fmt: skip
    sites.dbs["leader"] = db
    path = sites.bundle_path()
    export_bundle(sites["A"], path, full=True, recipient_id=_me(db))
    summary = import_bundle(db, path)
    assert summary.outcome == "applied", summary.reason
    return db


def test_a_leader_writing_a_course_is_refused(sites: Installations, leader: Database) -> None:
    a = sites["A"]
    build_course(leader, title="Kurs på egen hand", names=(("Lisa", "Lund"),))
    path = sites.bundle_path()
    export_bundle(leader, path, recipient_id=_me(a))
    before = digest(a)
    summary = import_bundle(a, path)
    assert summary.refused and summary.reason_code == OUT_OF_SCOPE
    assert "a leader does not write" in (summary.reason or "")
    assert digest(a) == before


def test_relayed_rows_are_judged_against_their_author(
    sites: Installations, leader: Database
) -> None:
    """A course row said to be the leader's, relayed by A, is out of the leader's scope."""
    a, b = sites["A"], sites["B"]
    walk_in = ids.new_id()
    people.create_person(leader, walk_in, "Mona", "Mäki")
    to_a = sites.bundle_path()
    export_bundle(leader, to_a, recipient_id=_me(a))
    assert import_bundle(a, to_a).outcome == "applied"
    leader_id = _me(leader)
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b), full=True)

    def blame_leader(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "course":
                row["changed_by"] = leader_id
        return rows

    _rewrite(good, bad, blame_leader, a, b)
    before = digest(b)
    summary = import_bundle(b, bad)
    assert summary.refused and summary.reason_code == OUT_OF_SCOPE
    assert leader_id in (summary.reason or "")
    assert digest(b) == before
    assert import_bundle(b, good).outcome == "applied"


def test_a_leaders_own_rows_relay_to_a_receiver_that_never_met_it(
    sites: Installations, leader: Database
) -> None:
    a, b = sites["A"], sites["B"]
    walk_in = ids.new_id()
    people.create_person(leader, walk_in, "Mona", "Mäki")
    to_a = sites.bundle_path()
    export_bundle(leader, to_a, recipient_id=_me(a))
    assert import_bundle(a, to_a).outcome == "applied"
    to_b = sites.bundle_path()
    export_bundle(a, to_b, recipient_id=_me(b))
    summary = import_bundle(b, to_b)
    assert summary.outcome == "applied", summary.reason
    assert people.get_person(b, walk_in).first_name == "Mona"
    assert summary.tables["person"].rejected == 0
