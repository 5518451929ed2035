"""4R figures against the hand-worked dataset (tests/fourr_dataset.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from soul_desktop.domain.enums import FourRUnitKind, Gender, InstallationRole, ParticipantRole
from soul_desktop.domain.fourr import (
    PROGRAMME,
    FourRUnit,
    GenderCounts,
    Period,
)
from soul_desktop.services import fourr, installation, setup
from soul_desktop.storage import fourr as fourr_storage
from soul_desktop.storage import participation
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Participation
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests import fourr_dataset
from tests.fourr_dataset import NOW, Dataset


def counts(
    woman: float = 0, man: float = 0, other: float = 0, not_stated: float = 0
) -> GenderCounts:
    return GenderCounts(woman, man, other, not_stated)


def _central(location: str | Path) -> Database:
    opened = setup.open_application_database(setup.locate(location), create=True)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Central")
    return opened.database


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = _central(tmp_path / "central.db")
    else:
        db = _central(request.getfixturevalue("postgres_url"))
    yield db
    db.dispose()


@pytest.fixture
def world(central: Database) -> tuple[Database, Dataset]:
    return central, fourr_dataset.build(central)


def _approx(actual: GenderCounts, expected: GenderCounts) -> None:
    for gender in Gender:
        assert actual.get(gender) == pytest.approx(expected.get(gender), abs=0.01), gender


def test_programme_over_all_time(world: tuple[Database, Dataset]) -> None:
    db, _data = world
    f = fourr.figures(db, PROGRAMME, Period(), now=NOW)
    r1, r2 = f.r1, f.r2
    # Enrolled on a course not cancelled that has begun: A E | B F | C (D waitlisted; J's
    # course deleted; G's course C7 has no session yet, so it belongs to no period).
    assert r1.enrolled == counts(2, 2, 1, 0)
    assert r1.waitlisted == counts(0, 0, 0, 1)
    # Attended: A E | I F | C — A once although on four courses in three regions.
    assert r1.attended == counts(2, 2, 1, 0)
    # Completed a course: A (C1 at exactly 75 %), E | I (without enrolment), F | C.
    assert r1.completed == counts(2, 2, 1, 0)
    # No-show: B; F's only other course was cancelled.
    assert r1.no_show == counts(0, 1, 0, 0)
    assert r1.leaders == counts(1, 1, 1, 0)
    roles = {r.role: r.counts for r in r1.roles}
    assert roles[ParticipantRole.BOARD_MEMBER] == counts(1)
    assert roles[ParticipantRole.MANAGER] == counts(0, 1, 1)
    assert roles[ParticipantRole.EMPLOYEE] == counts(1, 2)
    assert roles[ParticipantRole.VOLUNTEER] == counts()  # D only waits
    assert roles[ParticipantRole.NOT_STATED] == counts()  # G: C7 has not begun
    assert ParticipantRole.COURSE_LEADER not in roles
    boards = {b.region_code: b.counts for b in r1.network_boards}
    assert boards == {"SE11": counts(2, 1, 1), "SE12": counts(0, 1), "SE21": counts()}

    # Hours: A 360+240+120+420, E 180 | I 120, F 120 | C 300 minutes.
    _approx(r2.attended_hours, counts(22, 4, 5))
    assert r2.attended_persons == counts(2, 2, 1)
    _approx(r2.hours_per_person, counts(11, 2, 5))
    areas = {a.area_code: a.hours for a in r2.area_hours}
    assert set(areas) == {"NAT-1", "NAT-2", "NAT-3", "NAT-6"}
    _approx(areas["NAT-1"], counts(6, 2, 5))
    _approx(areas["NAT-2"], counts(13, 2, 5))
    _approx(areas["NAT-3"], counts(2, 2))
    _approx(areas["NAT-6"], counts(7))
    # C1 10 000 by 360/120/300 minutes, C2 6 000 all A and E, C3 3 000 half each; nobody
    # attended C8 (1 000 unallocated); C7 has not begun and C6 was cancelled.
    _approx(
        r2.budget_sek,
        counts(10_000 * 360 / 780 + 6_000 + 1_500, 10_000 * 120 / 780 + 1_500, 10_000 * 300 / 780),
    )
    assert r2.budget_unallocated_sek == 1_000
    # L1 leads C1 (480 min), L3 leads S2a, L2 the rest of C2; C3, C5, C8 have no leader.
    _approx(r2.leader_hours, counts(8, 3, 3))
    assert r2.leader_hours_unrecorded == pytest.approx((120 + 420 + 60) / 60)
    # C1 C2 C3 C5 C8 (C4 deleted, C6 cancelled, C7 not begun).
    assert f.courses == 5


def test_a_region_in_a_half_year(world: tuple[Database, Dataset]) -> None:
    db, _data = world
    unit = FourRUnit(FourRUnitKind.REGION, "SE11")
    f = fourr.figures(db, unit, Period(dt.date(2010, 1, 1), dt.date(2010, 6, 30)), now=NOW)
    # C1 and C5 start in the half-year; C7 has no session, so it belongs to no period.
    assert f.r1.enrolled == counts(1, 1, 1)
    assert f.r1.waitlisted == counts(0, 0, 0, 1)
    assert f.r1.attended == counts(1, 1, 1)
    assert f.r1.completed == counts(1, 1, 1)
    assert f.r1.no_show == counts(0, 1)
    assert f.r1.leaders == counts(1)
    assert {b.region_code for b in f.r1.network_boards} == {"SE11"}
    _approx(f.r2.attended_hours, counts(13, 2, 5))
    _approx(f.r2.budget_sek, counts(10_000 * 360 / 780, 10_000 * 120 / 780, 10_000 * 300 / 780))
    assert f.r2.budget_unallocated_sek == 0
    _approx(f.r2.leader_hours, counts(8))
    assert f.r2.leader_hours_unrecorded == pytest.approx(7)
    assert f.courses == 2


def test_one_course_and_one_area(world: tuple[Database, Dataset]) -> None:
    db, data = world
    c2 = fourr.figures(db, FourRUnit(FourRUnitKind.COURSE, data.courses["C2"]), Period(), now=NOW)
    assert c2.r1.enrolled == counts(2)
    assert c2.r1.completed == counts(1)  # E; A reached 240 of 360 minutes
    assert c2.r1.leaders == counts(0, 1, 1)
    _approx(c2.r2.leader_hours, counts(0, 3, 3))
    assert c2.r1.network_boards == ()
    area = fourr.figures(db, FourRUnit(FourRUnitKind.COMPETENCE_AREA, "NAT-2"), Period(), now=NOW)
    assert area.r1.enrolled == counts(2, 1, 1)  # A E | B | C
    assert area.r1.attended == counts(2, 1, 1)  # A E | I | C
    assert area.courses == 3  # C1, C2 and C8 (all seven national areas)


def test_an_empty_period_gives_zeros(world: tuple[Database, Dataset]) -> None:
    db, _data = world
    f = fourr.figures(db, PROGRAMME, Period(dt.date(2001, 1, 1), dt.date(2001, 12, 31)), now=NOW)
    assert f.r1.enrolled == counts() and f.r2.attended_hours == counts()
    assert f.r2.area_hours == () and f.courses == 0


def test_no_show_waits_for_the_first_expected_session(world: tuple[Database, Dataset]) -> None:
    db, _data = world
    before = fourr.figures(db, PROGRAMME, Period(), now=dt.datetime(2010, 2, 15))
    assert before.r1.no_show == counts()


def _summary(db: Database) -> list[tuple[object, ...]]:
    with UnitOfWork(db) as uow:
        table = Participation.__table__
        return sorted(tuple(r) for r in uow.session.execute(sa.select(table)))


def _rebuilt(db: Database) -> list[tuple[object, ...]]:
    with UnitOfWork(db) as uow:
        participation.rebuild(uow.session)
        rows = sorted(tuple(r) for r in uow.session.execute(sa.select(Participation.__table__)))
        uow.session.rollback()
    return rows


def test_changes_by_any_path_keep_the_summary_equal_to_a_rebuild(
    world: tuple[Database, Dataset],
) -> None:
    db, data = world
    fourr.figures(db, PROGRAMME, Period(), now=NOW)
    with UnitOfWork(db) as uow:
        s = uow.session
        # Raw SQL, as an import or a merge would write: the triggers see it all the same.
        s.execute(
            sa.text("UPDATE person SET gender = 'woman' WHERE id = :id"), {"id": data.persons["B"]}
        )
        s.execute(
            sa.text("UPDATE course SET completion_threshold_pct = 90 WHERE id = :id"),
            {"id": data.courses["C1"]},
        )
        s.execute(
            sa.text("UPDATE course_session SET deleted = :yes WHERE id = :id"),
            {"yes": True, "id": data.sessions["S2b"]},
        )
        s.execute(
            sa.text(
                "UPDATE attendance SET status = 'present', minutes = 180 WHERE id IN "
                "(SELECT id FROM attendance WHERE session_id = :s AND person_id = :p)"
            ),
            {"s": data.sessions["S1a"], "p": data.persons["B"]},
        )
        uow.commit()
    f = fourr.figures(db, PROGRAMME, Period(), now=NOW)
    assert _summary(db) == _rebuilt(db)
    # B (now a woman) attended S1a; C1 at 90 %: A 360/480 and B 180/480 fall short, C and I
    # still reach it; with S2b gone, A's 180 of 180 on C2 completes it and E loses her only
    # session.
    assert f.r1.no_show == counts()
    assert f.r1.attended == counts(2, 2, 1)  # A B | I F | C
    assert f.r1.completed == counts(1, 2, 1)  # A | I F | C


def test_the_upgrade_marks_every_course_stale(world: tuple[Database, Dataset]) -> None:
    db, _data = world
    with UnitOfWork(db) as uow:
        participation.mark_all_stale(uow.session.connection())
        assert participation.stale_courses(uow.session) == 8
        assert participation.refresh(uow.session) == 8
        assert participation.stale_courses(uow.session) == 0
        uow.commit()
    assert _summary(db) == _rebuilt(db)


def test_the_per_person_rows_agree_with_counting_course_by_course(
    world: tuple[Database, Dataset], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _data = world
    whole = Period(dt.date(2009, 2, 2), dt.date(2012, 1, 31))  # the project period holds all
    fast = fourr.figures(db, PROGRAMME, whole, now=NOW)
    monkeypatch.setattr(fourr_storage, "_holds_every_course", lambda _s, _p: False)
    slow = fourr.figures(db, PROGRAMME, whole, now=NOW)
    assert (fast.r1, fast.r2) == (slow.r1, slow.r2)
    assert fast.r1 == fourr.figures(db, PROGRAMME, Period(), now=NOW).r1


def test_a_session_attended_before_enrolling_is_planned_too(
    world: tuple[Database, Dataset],
) -> None:
    db, data = world
    from soul_desktop.domain.enums import AttendanceStatus
    from soul_desktop.services import attendance

    # C enrolled on 5 March, after S1a; present at it all the same (marked afterwards).
    attendance.mark(db, data.sessions["S1a"], data.persons["C"], AttendanceStatus.PRESENT)
    fourr.figures(db, PROGRAMME, Period(), now=NOW)
    with UnitOfWork(db) as uow:
        row = uow.session.get(Participation, (data.courses["C1"], data.persons["C"]))
        assert row is not None
        assert (row.attended_minutes, row.planned_minutes, row.attended_sessions) == (480, 480, 3)
        # I, present at S1c without an enrolment: that session is what was planned for him.
        row = uow.session.get(Participation, (data.courses["C1"], data.persons["I"]))
        assert row is not None and row.enrolment_status is None
        assert (row.attended_minutes, row.planned_minutes, row.completed) == (120, 120, True)
    assert _summary(db) == _rebuilt(db)
