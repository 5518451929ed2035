"""Duplicate persons in storage: candidates and their ranking, moving a person, redirects."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus, Gender
from soul_desktop.services import attendance as attendance_service
from soul_desktop.storage import person_merge
from soul_desktop.storage.base import Base
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    CourseLeader,
    CourseSession,
    Enrolment,
    EnrolmentStatusChange,
    LocalState,
    NetworkBoardMember,
    Organisation,
    Person,
    RegionalNetwork,
)
from soul_desktop.storage.person_merge import DuplicateReason, MergeRefused
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.services.test_attendance import Built, build_course

PNR = "19880320-0016"
LATER = dt.datetime(2010, 5, 1, 9, 0)


def _person(db: Database, first: str, last: str, **fields: Any) -> str:
    person_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Person(
                id=person_id,
                partition=fields.pop("partition", "SE32"),
                first_name=first,
                last_name=last,
                accessibility_needs="",
                **fields,
            )
        )
        uow.commit()
    return person_id


def _organisation(db: Database, name: str) -> str:
    organisation_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(Organisation(id=organisation_id, partition="SE32", name=name))
        uow.commit()
    return organisation_id


def _candidates(db: Database, partition: str | None = None) -> list[person_merge.CandidatePair]:
    with UnitOfWork(db) as uow:
        return person_merge.find_candidates(uow.session, partition=partition)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _found(db: Database) -> dict[tuple[str, str], person_merge.CandidatePair]:
    return {(p.first_id, p.second_id): p for p in _candidates(db)}


def _move(db: Database, from_id: str, to_id: str) -> person_merge.MoveCounts:
    with UnitOfWork(db) as uow:
        counts = person_merge.move_person(uow.session, from_id, to_id)
        uow.commit()
    return counts


def _redirect(db: Database) -> int:
    with UnitOfWork(db) as uow:
        moved = person_merge.redirect_to_survivors(uow.session)
        uow.commit()
    return moved


def _get(db: Database, model: type, row_id: str) -> Any:
    with UnitOfWork(db) as uow:
        row = uow.session.get(model, row_id)
        if row is not None:
            uow.session.expunge(row)
        return row


def _mark(
    db: Database, session_id: str, person_id: str, status: AttendanceStatus, minutes: int
) -> None:
    with UnitOfWork(db) as uow:
        row = uow.session.get(Attendance, ids.attendance_id(session_id, person_id))
        if row is None:
            row = Attendance(
                id=ids.attendance_id(session_id, person_id),
                partition="SE32",
                session_id=session_id,
                person_id=person_id,
            )
            uow.session.add(row)
        row.status = status
        row.minutes = minutes
        row.recorded_at = LATER
        row.deleted = False
        uow.commit()


def _enrol(
    db: Database, course_id: str, person_id: str, status: EnrolmentStatus, since: dt.datetime
) -> str:
    enrolment_id = ids.enrolment_id(course_id, person_id)
    with UnitOfWork(db) as uow:
        uow.session.add(
            Enrolment(
                id=enrolment_id,
                partition="SE32",
                course_id=course_id,
                person_id=person_id,
                status=status,
                enrolled_at=since,
                status_since=since,
            )
        )
        uow.session.flush()
        uow.session.add(
            EnrolmentStatusChange(
                id=ids.new_id(),
                partition="SE32",
                enrolment_id=enrolment_id,
                status=status,
                changed_at=since,
            )
        )
        uow.commit()
    return enrolment_id


def _live_history(db: Database, enrolment_id: str) -> list[tuple[str, EnrolmentStatus]]:
    with UnitOfWork(db) as uow:
        rows = uow.session.execute(
            sa.select(EnrolmentStatusChange.id, EnrolmentStatusChange.status)
            .where(
                EnrolmentStatusChange.enrolment_id == enrolment_id,
                EnrolmentStatusChange.deleted.is_(False),
            )
            .order_by(EnrolmentStatusChange.changed_at)
        ).all()
    return [(rid, status) for rid, status in rows]


@pytest.fixture
def course(regional_db: Database) -> Built:
    return build_course(regional_db)


# -- candidates -------------------------------------------------------------------------------


def test_names_are_compared_folded_with_hyphens_as_spaces() -> None:
    assert person_merge.normalise_name("  Anna-Karin  ") == "anna karin"
    assert person_merge.normalise_name("ÅSA") == person_merge.normalise_name("åsa") == "åsa"
    assert person_merge.normalise_name("Åsa") != person_merge.normalise_name("Asa")
    # Decomposed Å (A + ring) is the same name as the composed one.
    assert person_merge.normalise_name("A\u030asa") == "åsa"


def test_candidates_by_personnummer_name_and_birth_year_and_organisation(
    regional_db: Database,
) -> None:
    db = regional_db
    bron = _organisation(db, "Föreningen Bron")
    other = _organisation(db, "Kooperativet Väven")
    # Same personnummer, the name spelt differently.
    pnr_a = _person(db, "Karl", "Nilsson", personnummer=PNR, birth_year=1988)
    pnr_b = _person(db, "Kalle", "Nilsson", personnummer=PNR, birth_year=1988)
    # Same name and birth year, same organisation and municipality.
    org_a = _person(
        db, "Anna-Karin", "Öberg", birth_year=1970, organisation_id=bron, municipality_code="2380"
    )
    org_b = _person(
        db, "anna karin", "ÖBERG", birth_year=1970, organisation_id=bron, municipality_code="2380"
    )
    # Same name and birth year, nothing else in common.
    far_a = _person(db, "Erik", "Ek", birth_year=1960, organisation_id=bron)
    far_b = _person(db, "Erik", "Ek", birth_year=1960, organisation_id=other)
    # Same name and organisation; one is a walk-in without a birth year.
    walk_a = _person(db, "Sara", "Lind", organisation_id=bron)
    walk_b = _person(db, "Sara", "Lind", birth_year=1990, organisation_id=bron)
    # Not candidates: different personnummer, different birth years, deleted, merged.
    _person(db, "Bo", "Holm", personnummer="19880320-0016", birth_year=1988)
    _person(db, "Bo", "Holm", personnummer="19900101-0017", birth_year=1990)
    _person(db, "Eva", "Berg", birth_year=1950)
    _person(db, "Eva", "Berg", birth_year=1951)
    _person(db, "Ola", "Strand", birth_year=1980)
    _person(db, "Ola", "Strand", birth_year=1980, deleted=True)
    target = _person(db, "Lena", "Sund", birth_year=1975)
    _person(db, "Lena", "Sund", birth_year=1975, merged_into_id=target, deleted=True)

    pairs = _candidates(db)
    found = {(p.first_id, p.second_id): p for p in pairs}
    # "Bo Holm" 19880320-0016 shares the number with Karl and Kalle: those are candidates too.
    bo = {k for k, p in found.items() if p.reason is DuplicateReason.SAME_PERSONNUMMER} - {
        _pair(pnr_a, pnr_b)
    }
    assert len(bo) == 2
    expected = {
        _pair(pnr_a, pnr_b): DuplicateReason.SAME_PERSONNUMMER,
        _pair(org_a, org_b): DuplicateReason.SAME_NAME_AND_BIRTH_YEAR,
        _pair(far_a, far_b): DuplicateReason.SAME_NAME_AND_BIRTH_YEAR,
        _pair(walk_a, walk_b): DuplicateReason.SAME_NAME_AND_ORGANISATION,
    }
    for key, reason in expected.items():
        assert found[key].reason is reason
    assert set(found) == set(expected) | bo

    # Ranked: a shared personnummer first, then the more evidence the higher.
    order = [(p.first_id, p.second_id) for p in pairs]
    assert order.index(_pair(pnr_a, pnr_b)) < order.index(_pair(org_a, org_b))
    assert order.index(_pair(org_a, org_b)) < order.index(_pair(walk_a, walk_b))
    # Equal scores: the stronger reason first.
    assert order.index(_pair(far_a, far_b)) < order.index(_pair(walk_a, walk_b))
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    assert found[_pair(org_a, org_b)].score == pytest.approx(0.44)
    assert found[_pair(org_a, org_b)].evidence == (
        "name",
        "birth_year",
        "organisation",
        "municipality",
    )
    assert found[_pair(far_a, far_b)].score == pytest.approx(0.30)
    assert found[_pair(walk_a, walk_b)].score == pytest.approx(0.30)
    karl_kalle = found[_pair(pnr_a, pnr_b)]
    assert 0.7 < karl_kalle.score < 0.8  # 0.5 + 0.1 + name similarity below 1
    assert "name" not in karl_kalle.evidence


def test_a_stated_gender_that_differs_lowers_the_score(regional_db: Database) -> None:
    db = regional_db
    a = _person(db, "Kim", "Ek", birth_year=1980, gender=Gender.WOMAN)
    b = _person(db, "Kim", "Ek", birth_year=1980, gender=Gender.MAN)
    c = _person(db, "Kim", "Ek", birth_year=1980)
    found = _found(db)
    assert found[_pair(a, b)].score == pytest.approx(0.20)
    assert found[_pair(a, c)].score == pytest.approx(0.30)


def test_a_region_searches_its_own_partition(regional_db: Database) -> None:
    db = regional_db
    _person(db, "Per", "Ås", birth_year=1970, partition="SE11")
    _person(db, "Per", "Ås", birth_year=1970, partition="SE11")
    mine = [_person(db, "Per", "Ås", birth_year=1970) for _ in range(2)]
    assert len(_candidates(db)) == 6
    [only] = _candidates(db, partition="SE32")
    assert (only.first_id, only.second_id) == _pair(*mine)


def test_person_facts_count_live_enrolments_and_marks(regional_db: Database, course: Built) -> None:
    db = regional_db
    anna = course.persons[0]
    _mark(db, course.sessions[0], anna, AttendanceStatus.PRESENT, 180)
    _mark(db, course.sessions[1], anna, AttendanceStatus.ABSENT, 0)
    with UnitOfWork(db) as uow:
        facts = person_merge.person_facts(uow.session, [anna, course.others["stranger"], "nobody"])
    assert set(facts) == {anna, course.others["stranger"]}
    assert (facts[anna].enrolments, facts[anna].attendance, facts[anna].attended_minutes) == (
        1,
        2,
        180,
    )
    assert facts[anna].organisation_name == "Föreningen Bron"
    stranger = facts[course.others["stranger"]]
    assert (stranger.enrolments, stranger.attendance) == (0, 0)


# -- moving a person --------------------------------------------------------------------------


def test_every_reference_to_a_person_is_handled() -> None:
    referring = {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        for key in column.foreign_keys
        if key.target_fullname == "person.id"
    }
    handled = {(model.__tablename__, name) for model, name in person_merge.PERSON_REFERENCES} | {
        ("person", "merged_into_id")
    }
    assert referring == handled


def test_move_with_overlapping_sessions_keeps_the_better_mark(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    survivor, duplicate = course.persons[0], course.others["stranger"]
    s1, s2, s3 = course.sessions
    _mark(db, s1, duplicate, AttendanceStatus.PRESENT, 180)
    _mark(db, s2, duplicate, AttendanceStatus.PARTIAL, 60)
    _mark(db, s2, survivor, AttendanceStatus.PRESENT, 180)
    _mark(db, s3, duplicate, AttendanceStatus.PARTIAL, 90)
    _mark(db, s3, survivor, AttendanceStatus.ABSENT, 0)
    with UnitOfWork(db) as uow:
        row = uow.session.get(Attendance, ids.attendance_id(s3, survivor))
        assert row is not None
        row.note = "sjuk"
        uow.commit()

    counts = _move(db, duplicate, survivor)

    assert (counts.attendance, counts.attendance_combined) == (1, 2)
    expected = {
        s1: (AttendanceStatus.PRESENT, 180, None),
        s2: (AttendanceStatus.PRESENT, 180, None),  # the survivor's present beats partial
        s3: (AttendanceStatus.PARTIAL, 90, "sjuk"),  # partial beats absent; the note stays
    }
    for session_id, (status, minutes, note) in expected.items():
        row = _get(db, Attendance, ids.attendance_id(session_id, survivor))
        assert (row.status, row.minutes, row.note, row.deleted) == (status, minutes, note, False)
        old = _get(db, Attendance, ids.attendance_id(session_id, duplicate))
        assert old.deleted is True
    person = _get(db, Person, duplicate)
    assert (person.deleted, person.merged_into_id) == (True, survivor)


def test_every_moved_row_is_stamped_as_a_change(regional_db: Database, course: Built) -> None:
    db = regional_db
    survivor, duplicate = course.persons[0], course.others["stranger"]
    _mark(db, course.sessions[0], duplicate, AttendanceStatus.PRESENT, 180)
    with UnitOfWork(db) as uow:
        state = uow.session.get(LocalState, 1)
        assert state is not None
        before = state.last_counter
    _move(db, duplicate, survivor)
    for model, row_id in (
        (Attendance, ids.attendance_id(course.sessions[0], survivor)),
        (Attendance, ids.attendance_id(course.sessions[0], duplicate)),
        (Person, duplicate),
    ):
        row = _get(db, model, row_id)
        assert row.change_counter > before


def test_a_moved_enrolment_takes_its_history_along(regional_db: Database, course: Built) -> None:
    db = regional_db
    survivor = _person(db, "Vera", "Väntelista")
    duplicate = course.others["waitlisted"]
    old_id = ids.enrolment_id(course.course_id, duplicate)
    [(entry_id, _status)] = _live_history(db, old_id)

    counts = _move(db, duplicate, survivor)

    new_id = ids.enrolment_id(course.course_id, survivor)
    assert (counts.enrolments, counts.history) == (1, 1)
    moved = _get(db, Enrolment, new_id)
    assert (moved.status, moved.person_id, moved.deleted) == (
        EnrolmentStatus.WAITLISTED,
        survivor,
        False,
    )
    assert _get(db, Enrolment, old_id).deleted is True
    assert _live_history(db, new_id) == [(entry_id, EnrolmentStatus.WAITLISTED)]
    assert _live_history(db, old_id) == []


def test_overlapping_enrolments_keep_the_more_advanced(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    # The survivor withdrew; the duplicate is waiting: waiting is kept, with its history.
    survivor = course.others["withdrawn"]
    duplicate = _person(db, "Viktor", "Avhoppad")
    since = dt.datetime(2010, 2, 1, 10, 0)
    _enrol(db, course.course_id, duplicate, EnrolmentStatus.WAITLISTED, since)
    survivor_enrolment = ids.enrolment_id(course.course_id, survivor)
    duplicate_enrolment = ids.enrolment_id(course.course_id, duplicate)
    [(survivor_entry, _)] = _live_history(db, survivor_enrolment)
    [(duplicate_entry, _)] = _live_history(db, duplicate_enrolment)

    counts = _move(db, duplicate, survivor)

    assert (counts.enrolments, counts.enrolments_combined) == (0, 1)
    assert counts.combined_courses == {course.course_id}
    kept = _get(db, Enrolment, survivor_enrolment)
    assert (kept.status, kept.status_since, kept.deleted) == (
        EnrolmentStatus.WAITLISTED,
        since,
        False,
    )
    # The row follows its live history: the duplicate's entry replaces the survivor's.
    assert _live_history(db, survivor_enrolment) == [(duplicate_entry, EnrolmentStatus.WAITLISTED)]
    assert _get(db, EnrolmentStatusChange, survivor_entry).deleted is True
    assert _get(db, Enrolment, duplicate_enrolment).deleted is True


def test_the_survivors_enrolment_stays_when_it_is_ahead(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    survivor = course.persons[0]  # enrolled
    duplicate = course.others["waitlisted"]
    survivor_enrolment = ids.enrolment_id(course.course_id, survivor)
    before = _live_history(db, survivor_enrolment)
    counts = _move(db, duplicate, survivor)
    assert counts.enrolments_combined == 1
    assert _get(db, Enrolment, survivor_enrolment).status is EnrolmentStatus.ENROLLED
    assert _live_history(db, survivor_enrolment) == before
    # The duplicate's entry stays with its tombstoned enrolment, as a record of what was.
    old = ids.enrolment_id(course.course_id, duplicate)
    assert _get(db, Enrolment, old).deleted is True
    assert len(_live_history(db, old)) == 1


def test_a_walk_ins_history_moves_to_the_survivors_derived_id(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    session_id = course.sessions[1]
    walk_in = attendance_service.add_walk_in(
        db, session_id, first_name="Nils", last_name="Dörr", new_person_id=ids.new_id()
    )
    duplicate = walk_in.person.id
    survivor = _person(db, "Nils", "Dörr", birth_year=1970)

    _move(db, duplicate, survivor)

    enrolment_id = ids.enrolment_id(course.course_id, survivor)
    history_id = person_merge.walk_in_history_id(enrolment_id, session_id)
    assert history_id == attendance_service._walk_in_history_id(enrolment_id, session_id)
    assert _live_history(db, enrolment_id) == [(history_id, EnrolmentStatus.ENROLLED)]
    assert _get(db, Enrolment, enrolment_id).walk_in is True
    # So the walk-in can still be taken back on the survivor.
    attendance_service.remove_walk_in(db, session_id, survivor)
    assert _get(db, Enrolment, enrolment_id).deleted is True
    assert _get(db, Attendance, ids.attendance_id(session_id, survivor)).deleted is True


def test_leaderships_and_board_seats_move(regional_db: Database, course: Built) -> None:
    db = regional_db
    survivor, duplicate = course.persons[0], course.others["stranger"]
    network_id, seat_id = ids.new_id(), ids.new_id()
    with UnitOfWork(db) as uow:
        s = uow.session
        s.add(
            CourseLeader(
                id=ids.course_leader_id(course.course_id, duplicate),
                partition="SE32",
                course_id=course.course_id,
                person_id=duplicate,
            )
        )
        s.add(RegionalNetwork(id=network_id, partition="SE32", region_code="SE32", name="Nätet"))
        s.flush()
        s.add(
            NetworkBoardMember(
                id=seat_id,
                partition="SE32",
                network_id=network_id,
                name="Oskar Okänd",
                gender=Gender.MAN,
                person_id=duplicate,
            )
        )
        row = s.get(CourseSession, course.sessions[0])
        assert row is not None
        row.leader_id = duplicate
        uow.commit()

    counts = _move(db, duplicate, survivor)

    assert (counts.course_leaders, counts.session_leaders, counts.board_members) == (1, 1, 1)
    assert _get(db, CourseLeader, ids.course_leader_id(course.course_id, survivor)).deleted is False
    assert _get(db, CourseLeader, ids.course_leader_id(course.course_id, duplicate)).deleted
    assert _get(db, CourseSession, course.sessions[0]).leader_id == survivor
    assert _get(db, NetworkBoardMember, seat_id).person_id == survivor


def test_moving_into_itself_or_in_a_circle_is_refused(regional_db: Database) -> None:
    db = regional_db
    a = _person(db, "Ada", "Ek")
    b = _person(db, "Ada", "Ek")
    with pytest.raises(MergeRefused):
        _move(db, a, a)
    with pytest.raises(MergeRefused):
        _move(db, a, "no-such-person")
    _move(db, a, b)
    with pytest.raises(MergeRefused, match="circle"):
        _move(db, b, a)
    assert _get(db, Person, b).deleted is False


# -- redirects --------------------------------------------------------------------------------


def test_redirect_moves_rows_that_arrive_after_the_merge(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    survivor, duplicate = course.others["stranger"], course.persons[0]
    _move(db, duplicate, survivor)
    assert _redirect(db) == 0
    # A bundle made before the merge brings marks for the duplicate (written here directly).
    _mark(db, course.sessions[2], duplicate, AttendanceStatus.PRESENT, 180)
    assert _redirect(db) == 1
    assert _get(db, Attendance, ids.attendance_id(course.sessions[2], duplicate)).deleted
    moved = _get(db, Attendance, ids.attendance_id(course.sessions[2], survivor))
    assert (moved.status, moved.minutes, moved.deleted) == (AttendanceStatus.PRESENT, 180, False)
    assert _redirect(db) == 0


def test_redirect_follows_chains_to_the_final_survivor(
    regional_db: Database, course: Built
) -> None:
    db = regional_db
    a, b, c = course.persons
    _move(db, a, b)
    _move(db, b, c)
    with UnitOfWork(db) as uow:
        assert person_merge.final_survivor(uow.session, a) == c
        assert person_merge.final_survivor(uow.session, c) == c
    _mark(db, course.sessions[0], a, AttendanceStatus.PARTIAL, 30)
    _mark(db, course.sessions[1], b, AttendanceStatus.PRESENT, 180)
    assert _redirect(db) == 2
    assert _get(db, Attendance, ids.attendance_id(course.sessions[0], c)).minutes == 30
    assert _get(db, Attendance, ids.attendance_id(course.sessions[1], c)).minutes == 180
    assert _get(db, Attendance, ids.attendance_id(course.sessions[0], b)) is None


def test_redirect_leaves_the_rows_of_a_circle_alone(regional_db: Database, course: Built) -> None:
    db = regional_db
    a, b, c = course.persons
    # Two installations merged the pair opposite ways; both redirects arrived here.
    with UnitOfWork(db) as uow:
        for person_id, target in ((a, b), (b, a)):
            row = uow.session.get(Person, person_id)
            assert row is not None
            row.merged_into_id = target
            row.deleted = True
        uow.commit()
    _mark(db, course.sessions[0], a, AttendanceStatus.PRESENT, 180)
    _mark(db, course.sessions[0], c, AttendanceStatus.PRESENT, 180)
    with UnitOfWork(db) as uow:
        assert person_merge.final_survivor(uow.session, a) is None
    assert _redirect(db) == 0
    assert _get(db, Attendance, ids.attendance_id(course.sessions[0], a)).deleted is False


# -- a unit of work on an open connection -----------------------------------------------------


def _venue_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(sa.text("SELECT count(*) FROM organisation WHERE name = 'Inne'")).scalar()
        )


def _add_organisation(uow: UnitOfWork) -> str:
    organisation_id = ids.new_id()
    uow.session.add(Organisation(id=organisation_id, partition="SE32", name="Inne"))
    uow.session.flush()
    return organisation_id


def test_a_unit_of_work_on_a_connection_is_kept_by_the_outer_commit(
    regional_db: Database,
) -> None:
    db = regional_db
    with db.engine.connect() as conn:
        outer = conn.begin()
        conn.execute(sa.update(LocalState).where(LocalState.id == 1).values(last_counter=1000))
        with UnitOfWork.on_connection(conn) as uow:
            organisation_id = _add_organisation(uow)
            uow.commit()
        assert conn.in_transaction() and outer.is_active
        # The unit of work stamped from the counter the outer transaction had written.
        counter = conn.execute(
            sa.select(Organisation.change_counter).where(Organisation.id == organisation_id)
        ).scalar_one()
        assert counter == 1001
        assert _venue_count(db) == 0  # not visible outside before the outer commit
        outer.commit()
    assert _venue_count(db) == 1


def test_the_outer_rollback_undoes_a_committed_unit_of_work(regional_db: Database) -> None:
    db = regional_db
    with db.engine.connect() as conn:
        outer = conn.begin()
        with UnitOfWork.on_connection(conn) as uow:
            _add_organisation(uow)
            uow.commit()
        outer.rollback()
    assert _venue_count(db) == 0


def test_a_unit_of_work_left_without_commit_rolls_back_only_its_own_work(
    regional_db: Database,
) -> None:
    db = regional_db
    with db.engine.connect() as conn:
        outer = conn.begin()
        _existing = conn.execute(
            sa.insert(Organisation).values(
                id=ids.new_id(),
                partition="SE32",
                name="Inne",
                changed_by=ids.SEED_INSTALLATION_ID,
                change_counter=0,
                hlc=0,
                deleted=False,
            )
        )
        with pytest.raises(RuntimeError), UnitOfWork.on_connection(conn) as uow:
            _add_organisation(uow)
            raise RuntimeError("refused")
        assert outer.is_active
        outer.commit()
    assert _venue_count(db) == 1


def test_a_unit_of_work_needs_an_open_transaction(regional_db: Database) -> None:
    with regional_db.engine.connect() as conn, pytest.raises(ValueError, match="transaction"):
        UnitOfWork.on_connection(conn)


def test_redirect_inside_an_importers_transaction(regional_db: Database, course: Built) -> None:
    """What the importer does: Core writes, then the redirect in the same transaction."""
    db = regional_db
    survivor, duplicate = course.others["stranger"], course.persons[1]
    _move(db, duplicate, survivor)
    row_id = ids.attendance_id(course.sessions[0], duplicate)
    table = Attendance.__table__
    with db.engine.connect() as conn:
        outer = conn.begin()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        conn.execute(
            sa.insert(table).values(
                id=row_id,
                partition="SE32",
                session_id=course.sessions[0],
                person_id=duplicate,
                status=AttendanceStatus.PRESENT.value,
                minutes=180,
                recorded_at=LATER,
                changed_by=ids.new_id(),
                change_counter=7,
                hlc=1,
                deleted=False,
            )
        )
        with UnitOfWork.on_connection(conn) as uow:
            assert person_merge.redirect_to_survivors(uow.session) == 1
            uow.commit()
        outer.commit()
    assert _get(db, Attendance, row_id).deleted is True
    assert _get(db, Attendance, ids.attendance_id(course.sessions[0], survivor)).minutes == 180


# -- PostgreSQL (central in an office) ----------------------------------------------------------


def test_merge_and_redirect_on_postgresql(postgres_url: str) -> None:
    """The same merge and the importer-style redirect in a savepoint, on PostgreSQL."""
    from soul_desktop.domain.enums import InstallationRole
    from soul_desktop.services import duplicates, installation, setup

    opened = setup.open_application_database(setup.locate(postgres_url), create=True)
    db = opened.database
    try:
        installation.initialise(db, InstallationRole.CENTRAL, None, "Centralen")
        course = build_course(db)
        survivor, duplicate = course.others["stranger"], course.persons[0]
        _mark(db, course.sessions[0], duplicate, AttendanceStatus.PRESENT, 180)
        # Different names: never proposed, but the reviewer may still merge them.
        proposed = {frozenset((c.first.id, c.second.id)) for c in duplicates.find_candidates(db)}
        assert frozenset((survivor, duplicate)) not in proposed
        result = duplicates.merge(db, survivor, duplicate)
        assert (result.enrolments_moved, result.attendance_moved) == (1, 1)

        late = ids.attendance_id(course.sessions[1], duplicate)
        with db.engine.connect() as conn:
            outer = conn.begin()
            conn.execute(
                sa.insert(Attendance.__table__).values(
                    id=late,
                    partition="SE32",
                    session_id=course.sessions[1],
                    person_id=duplicate,
                    status=AttendanceStatus.PARTIAL.value,
                    minutes=45,
                    recorded_at=LATER,
                    changed_by=ids.new_id(),
                    change_counter=3,
                    hlc=1,
                    deleted=False,
                )
            )
            with UnitOfWork.on_connection(conn) as uow:
                assert person_merge.redirect_to_survivors(uow.session) == 1
                uow.commit()
            assert outer.is_active
            outer.commit()
        assert _get(db, Attendance, late).deleted is True
        moved = _get(db, Attendance, ids.attendance_id(course.sessions[1], survivor))
        assert (moved.status, moved.minutes) == (AttendanceStatus.PARTIAL, 45)
    finally:
        db.dispose()
