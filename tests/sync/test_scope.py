"""Scope checks: which rows central, a regional installation and a leader may write."""

from __future__ import annotations

from typing import Any

from soul_desktop.domain import ids
from soul_desktop.sync.bundle import Party
from soul_desktop.sync.scope import check_rows_in_scope, scope_reason

CENTRAL = Party(id="c" * 8, name="Central", role="central", region=None)
REGION = Party(id="r" * 8, name="Jämtland", role="regional", region="SE32")
LEADER = Party(id="l" * 8, name="Ledare", role="leader", region="SE32")


def row(partition: str, **fields: Any) -> dict[str, Any]:
    return {"id": "x1", "partition": partition, "changed_by": "someone", **fields}


def test_central_writes_anything() -> None:
    for partition in ("national", "SE32", "SE11"):
        for table in ("milestone", "course", "attendance", "installation"):
            assert scope_reason(CENTRAL, table, row(partition)) is None


def test_regional_writes_its_own_region_only() -> None:
    assert scope_reason(REGION, "course", row("SE32")) is None
    assert scope_reason(REGION, "venue", row("SE32")) is None
    assert scope_reason(REGION, "course", row("SE11")) is not None
    assert scope_reason(REGION, "milestone", row("national")) is not None


def test_every_installation_writes_its_own_installation_row() -> None:
    own = {"id": REGION.id, "partition": "SE32"}
    assert scope_reason(REGION, "installation", own) is None
    assert scope_reason(LEADER, "installation", {"id": LEADER.id, "partition": "SE32"}) is None
    other = {"id": "someone-else", "partition": "national"}
    assert scope_reason(REGION, "installation", other) is not None
    assert scope_reason(LEADER, "installation", {"id": "x", "partition": "SE32"}) is not None


def test_leader_writes_attendance_walk_ins_and_session_notes_of_its_region() -> None:
    for table in ("attendance", "enrolment", "enrolment_status_change", "person", "course_session"):
        assert scope_reason(LEADER, table, row("SE32")) is None, table
        assert scope_reason(LEADER, table, row("SE11")) is not None, table
    for table in ("course", "venue", "organisation", "course_leader", "milestone"):
        assert scope_reason(LEADER, table, row("SE32")) is not None, table
    assert scope_reason(LEADER, "person", row("national")) is not None


def test_leader_courses_narrow_enrolments_and_sessions() -> None:
    mine = row("SE32", course_id="course-1")
    other = row("SE32", course_id="course-2")
    assert scope_reason(LEADER, "enrolment", mine, leader_courses={"course-1"}) is None
    assert scope_reason(LEADER, "enrolment", other, leader_courses={"course-1"}) is not None
    assert scope_reason(LEADER, "course_session", other, leader_courses={"course-1"}) is not None
    assert scope_reason(LEADER, "enrolment", other) is None  # courses unknown: region only


def test_check_rows_names_each_violation() -> None:
    rows = [row("SE32") | {"id": "a"}, row("SE11") | {"id": "b"}, row("national") | {"id": "c"}]
    violations = check_rows_in_scope(REGION, "course", rows)
    assert [(v.row_id, v.writer_id) for v in violations] == [("b", REGION.id), ("c", REGION.id)]
    assert "SE11" in violations[0].describe()
    assert check_rows_in_scope(CENTRAL, "course", rows) == []


def test_relayed_rows_are_checked_against_their_author() -> None:
    authors = {CENTRAL.id: CENTRAL, REGION.id: REGION}
    national = row("national") | {"changed_by": CENTRAL.id}
    # A regional bundle that relays central's national rows is fine …
    assert check_rows_in_scope(REGION, "milestone", [national], authors=authors) == []
    # … a leader relaying the coordinator's course rows (from its course pack) too …
    course = row("SE32") | {"changed_by": REGION.id, "course_id": "course-9"}
    assert check_rows_in_scope(LEADER, "course", [course], authors=authors) == []
    assert (
        check_rows_in_scope(
            LEADER, "enrolment", [course], authors=authors, leader_courses={"course-1"}
        )
        == []
    )
    # … but a relayed row outside its author's scope is not, nor one whose author is unknown
    # and that lies outside the source's own scope.
    foreign = row("SE11") | {"changed_by": REGION.id}
    assert len(check_rows_in_scope(CENTRAL, "course", [foreign], authors=authors)) == 1
    stranger = row("national") | {"changed_by": "unknown"}
    assert len(check_rows_in_scope(REGION, "milestone", [stranger], authors=authors)) == 1
    # The source's own rows are checked against the source, whatever `authors` says.
    own = row("SE32") | {"changed_by": LEADER.id}
    leader_as_central = {LEADER.id: CENTRAL}
    assert len(check_rows_in_scope(LEADER, "course", [own], authors=leader_as_central)) == 1


def test_seeded_rows_are_nobodys_change() -> None:
    seeded = row("national") | {"changed_by": ids.SEED_INSTALLATION_ID, "change_counter": 0}
    assert check_rows_in_scope(LEADER, "milestone", [seeded]) == []
    edited = seeded | {"change_counter": 3}
    assert len(check_rows_in_scope(LEADER, "milestone", [edited])) == 1
