"""GDPR services: a person's complete record (access) and erasure that keeps the aggregates."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from soul_desktop.domain import erasure, ids, versions
from soul_desktop.domain.enums import (
    AttendanceStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    Gender,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import attendance, duplicates, gdpr, people, stats
from soul_desktop.storage import gdpr as gdpr_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Attendance,
    CourseLeader,
    CourseSession,
    EnrolmentStatusChange,
    ErasureLog,
    NetworkBoardMember,
    Person,
    RegionalNetwork,
    SyncConflict,
)
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.services.test_attendance import Built, build_course

PNR = "19750315-0018"  # valid date and check digit (a test number)
FIRST, LAST = "Åsa", "Öberg-Ängström"
NOTE = "Åsa kom sent, hade ont i knät"


@dataclass(frozen=True)
class Rich:
    """A person with something in every section of the record."""

    person_id: str
    duplicate_id: str
    course: Built
    other_course: Built
    network_id: str
    seat_id: str


def build_rich_person(db: Database) -> Rich:
    """Åsa Öberg-Ängström: every personal field, courses, hours, a walk-in, leader roles, a
    board seat, notes naming her, a review item, and a duplicate merged into her."""
    course = build_course(db, names=((FIRST, LAST), ("Erik", "Ek")))
    person_id = course.persons[0]
    other = build_course(db, title="Ekonomi för föreningar", sessions=2, names=(("Bo", "Ek"),))
    people.update_person(
        db,
        person_id,
        gender=Gender.WOMAN,
        birth_year=1975,
        personnummer=PNR,
        email="asa.oberg@example.se",
        phone="070-123 45 67",
        municipality_code="2380",
        role=ParticipantRole.MANAGER,
        employment_status=EmploymentStatus.EMPLOYED,
        education_band=EducationBand.ISCED_5_8,
        accessibility_needs=("hearing_loop", "special_diet"),
        accessibility_note="Glutenfritt, hörslinga i salen",
        disability=Disability.YES,
        consent_date=dt.date(2010, 2, 1),
        declined_employment=False,
    )
    attendance.mark(db, course.sessions[0], person_id, AttendanceStatus.PRESENT)
    attendance.mark(db, course.sessions[1], person_id, AttendanceStatus.PARTIAL, minutes=90)
    attendance.mark(db, course.sessions[2], person_id, AttendanceStatus.ABSENT)
    attendance.add_walk_in(db, other.sessions[0], person_id=person_id)
    duplicate_id = ids.new_id()
    people.create_person(db, duplicate_id, FIRST, LAST, gender=Gender.WOMAN, phone="063-12 34 56")
    with UnitOfWork(db) as uow:
        s = uow.session
        row = s.get(Attendance, ids.attendance_id(course.sessions[0], person_id))
        assert row is not None
        row.note = NOTE
        for change in s.scalars(sa.select(EnrolmentStatusChange)):
            change.note = "Åsa ringde och anmälde sig"
        s.add(
            CourseLeader(
                id=ids.course_leader_id(other.course_id, person_id),
                partition="SE32",
                course_id=other.course_id,
                person_id=person_id,
            )
        )
        meeting = s.get(CourseSession, other.sessions[1])
        assert meeting is not None
        meeting.leader_id = person_id
        network = RegionalNetwork(
            id=ids.new_id(), partition="SE32", region_code="SE32", name="Jämtlands sociala ekonomi"
        )
        s.add(network)
        s.flush()
        seat = NetworkBoardMember(
            id=ids.new_id(),
            partition="SE32",
            network_id=network.id,
            name=f"{FIRST} {LAST}",
            gender=Gender.WOMAN,
            board_role="ordförande",
            person_id=person_id,
        )
        s.add(seat)
        s.add(
            SyncConflict(
                table_name="person",
                row_id=person_id,
                field="phone",
                kind="conflict",
                kept_value='"070-123 45 67"',
                kept_hlc=2 << 16,
                kept_author="x",
                lost_value='"070-999 99 99"',
                lost_hlc=1 << 16,
                lost_author="y",
                detected_at=dt.datetime(2026, 1, 5, 10, 0),
            )
        )
        s.add(
            SyncConflict(
                table_name="person",
                row_id=person_id,
                field="gender",
                kind="conflict",
                kept_value='"woman"',
                kept_hlc=2 << 16,
                kept_author="x",
                lost_value='"not_stated"',
                lost_hlc=1 << 16,
                lost_author="y",
                detected_at=dt.datetime(2026, 1, 5, 10, 0),
            )
        )
        uow.commit()
    duplicates.merge(db, person_id, duplicate_id)
    return Rich(person_id, duplicate_id, course, other, network.id, seat.id)


@pytest.fixture
def rich(regional_db: Database) -> Rich:
    return build_rich_person(regional_db)


# Local tables an erasure writes to: its log, and the review items holding erased values.
ERASURE_BOOKKEEPING = ("erasure_log", "sync_conflict")


def _figures(db: Database) -> dict[str, object]:
    """What `stats` shows (row counts of every table, persons and hours by region × gender)."""
    figures = stats.collect(db)
    figures["tables"] = {k: v for k, v in figures["tables"].items() if k not in ERASURE_BOOKKEEPING}
    return figures


# -- access ----------------------------------------------------------------------------------


def test_the_record_holds_everything_about_the_person(regional_db: Database, rich: Rich) -> None:
    record = gdpr.person_record(regional_db, rich.person_id)

    person = record.person
    assert (person.first_name, person.last_name, person.personnummer) == (FIRST, LAST, PNR)
    assert person.accessibility_needs == ("hearing_loop", "special_diet")
    assert (person.disability, person.education_band, person.role) == (
        "yes",
        "isced_5_8",
        "manager",
    )
    assert person.municipality_name == "Östersund"
    assert person.declined_personnummer is False and person.erased_at is None
    assert person.last_change.installation_name == "Testkontoret"
    assert [d.id for d in record.duplicates] == [rich.duplicate_id]
    assert record.duplicates[0].merged_into_id == rich.person_id
    assert record.organisation is not None and record.organisation.name == "Föreningen Bron"
    assert {e.course_title for e in record.enrolments} == {
        "Styrelsearbete i praktiken",
        "Ekonomi för föreningar",
    }
    assert all(e.history for e in record.enrolments)
    minutes = {a.session_id: (a.status, a.minutes) for a in record.attendance}
    assert minutes[rich.course.sessions[0]] == ("present", 180)
    assert minutes[rich.course.sessions[1]] == ("partial", 90)
    assert minutes[rich.course.sessions[2]] == ("absent", 0)
    assert minutes[rich.other_course.sessions[0]] == ("present", 180)
    assert NOTE in {a.note for a in record.attendance}
    assert [w.course_title for w in record.walk_ins] == ["Ekonomi för föreningar"]
    assert sorted((r.course_title, r.session_starts_at is None) for r in record.leader_roles) == [
        ("Ekonomi för föreningar", False),
        ("Ekonomi för föreningar", True),
    ]
    assert [(s.network_name, s.board_role) for s in record.board_seats] == [
        ("Jämtlands sociala ekonomi", "ordförande")
    ]
    assert sorted(i.field for i in record.review_items) == ["gender", "phone"]
    assert record.erasures == ()
    assert record.installation.name == "Testkontoret" and record.installation.region_code == "SE32"


def test_a_merged_away_id_gives_the_record_of_the_person_it_was_merged_into(
    regional_db: Database, rich: Rich
) -> None:
    record = gdpr.person_record(regional_db, rich.duplicate_id)
    assert record.person.id == rich.person_id
    assert record.person_ids == (rich.person_id, rich.duplicate_id)


def test_an_unknown_person_is_refused(regional_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        gdpr.person_record(regional_db, "nobody")
    assert caught.value.code == "gdpr.person_not_found"


def test_json_export_is_readable_utf8_with_iso_dates_and_a_stable_order(
    regional_db: Database, rich: Rich, tmp_path: Path
) -> None:
    record = gdpr.person_record(regional_db, rich.person_id)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    gdpr.export_json(record, first)
    gdpr.export_json(record, second)

    raw = first.read_bytes()
    assert raw == second.read_bytes()
    assert FIRST.encode() in raw and b"\\u" not in raw  # å and ö as they are
    data = json.loads(raw.decode("utf-8"))
    assert list(data)[:6] == [
        "format",
        "format_version",
        "title",
        "programme",
        "funder",
        "generated_at",
    ]
    assert data["title"] == "Registerutdrag" and data["funder"] == "Europeiska socialfonden"
    assert data["person"]["personnummer"] == PNR
    assert data["person"]["consent_date"] == "2010-02-01"
    assert dt.datetime.fromisoformat(data["generated_at"]).tzinfo is not None
    assert data["attendance"][0]["session_starts_at"] == "2010-03-01T13:00:00"
    assert data["board_seats"][0]["name"] == f"{FIRST} {LAST}"
    assert sorted(data) == sorted(
        [
            "format",
            "format_version",
            "title",
            "programme",
            "funder",
            "generated_at",
            "installation",
            "person",
            "duplicates",
            "organisation",
            "enrolments",
            "attendance",
            "leader_roles",
            "board_seats",
            "walk_ins",
            "review_items",
            "erasures",
        ]
    )


# -- erasure ---------------------------------------------------------------------------------


def test_erasure_blanks_personal_fields_everywhere_and_keeps_the_aggregates(
    regional_db: Database, rich: Rich
) -> None:
    before = _figures(regional_db)
    hours_before = gdpr.person_record(regional_db, rich.person_id).attendance

    result = gdpr.erase_person(regional_db, rich.person_id, reason="Begäran 2026-11-28")

    assert _figures(regional_db) == before
    assert result.person_ids == (rich.person_id, rich.duplicate_id)
    assert result.review_items_removed == 1  # the phone item; the gender item stays
    record = gdpr.person_record(regional_db, rich.person_id)
    for person in (record.person, *record.duplicates):
        assert (person.first_name, person.last_name) == ("Raderad", "person")
        assert person.personnummer is person.email is person.phone is None
        assert person.personnummer_hash is None
        assert person.birth_year is None and person.municipality_code is None
        assert person.organisation_id is None and person.consent_date is None
        assert person.accessibility_needs == () and person.accessibility_note is None
        assert (person.disability, person.education_band, person.employment_status) == (
            "not_stated",
            "not_stated",
            "not_stated",
        )
        assert person.erased_at == result.erased_at
    # What the figures count by stays.
    assert (record.person.gender, record.person.role, record.person.partition) == (
        "woman",
        "manager",
        "SE32",
    )
    assert record.organisation is None
    assert [(a.session_id, a.status, a.minutes) for a in record.attendance] == [
        (a.session_id, a.status, a.minutes) for a in hours_before
    ]
    assert all(a.note is None for a in record.attendance)
    assert all(h.note is None for e in record.enrolments for h in e.history)
    assert [(s.name, s.gender, s.board_role) for s in record.board_seats] == [
        ("Raderad person", "woman", "ordförande")
    ]
    assert [i.field for i in record.review_items] == ["gender"]
    assert [(e.installation_name, e.reason) for e in record.erasures] == [
        ("Testkontoret", "Begäran 2026-11-28")
    ]


def test_the_erasure_log_holds_who_when_and_why_but_nothing_erased(
    regional_db: Database, rich: Rich
) -> None:
    result = gdpr.erase_person(regional_db, rich.person_id, reason="  Begäran  via e-post ")
    with UnitOfWork(regional_db) as uow:
        logged = [
            (r.person_id, r.erased_at, r.reason, r.persons, r.rows_changed)
            for r in uow.session.scalars(sa.select(ErasureLog))
        ]
        row_text = " ".join(
            str(v) for r in uow.session.scalars(sa.select(ErasureLog)) for v in vars(r).values()
        )
    assert logged == [
        (rich.person_id, result.erased_at, "Begäran via e-post", 2, result.rows_changed)
    ]
    for erased in (FIRST, LAST, PNR, "asa.oberg", "070-123"):
        assert erased not in row_text


def test_every_personal_field_gets_a_new_version_even_one_already_blank(
    regional_db: Database, rich: Rich
) -> None:
    gdpr.erase_person(regional_db, rich.person_id, reason="Begäran")
    with UnitOfWork(regional_db) as uow:
        row = uow.session.get(Person, rich.duplicate_id)
        assert row is not None
        fields = versions.expand(
            versions.decode(row.field_versions),
            list(erasure.BLANKS["person"]),
            row.hlc,
            row.changed_by,
        )
        # The duplicate had no e-mail to begin with; its e-mail field is stamped by the erasure.
        assert {v.hlc for v in fields.values()} == {row.hlc}


def test_erasure_is_refused_without_a_reason_twice_or_for_nobody(
    regional_db: Database, rich: Rich
) -> None:
    for reason, code in (("", "gdpr.reason_required"), ("x" * 2001, "gdpr.reason_too_long")):
        with pytest.raises(ValidationError) as caught:
            gdpr.erase_person(regional_db, rich.person_id, reason=reason)
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        gdpr.erase_person(regional_db, "nobody", reason="x")
    assert caught.value.code == "gdpr.person_not_found"
    assert gdpr.person_record(regional_db, rich.person_id).person.first_name == FIRST

    gdpr.erase_person(regional_db, rich.duplicate_id, reason="Begäran")  # the merged-away id
    with pytest.raises(ValidationError) as caught:
        gdpr.erase_person(regional_db, rich.person_id, reason="igen")
    assert caught.value.code == "gdpr.already_erased"


def test_an_erased_person_cannot_be_filled_in_again(regional_db: Database, rich: Rich) -> None:
    gdpr.erase_person(regional_db, rich.person_id, reason="Begäran")
    with pytest.raises(ValidationError) as caught:
        people.update_person(regional_db, rich.person_id, first_name="Åsa")
    assert caught.value.code == "person.erased"
    assert people.get_person(regional_db, rich.person_id).first_name == "Raderad"


def test_the_register_shows_an_erased_person_as_erased(regional_db: Database, rich: Rich) -> None:
    result = gdpr.erase_person(regional_db, rich.person_id, reason="Begäran")
    record = people.get_person(regional_db, rich.person_id)
    assert record.full_name == "Raderad person"
    assert record.erased_at == result.erased_at
    assert [p.erased_at for p in people.list_persons(regional_db) if p.id == rich.person_id] == [
        result.erased_at
    ]


# -- keeping an erasure (what the importer calls) ---------------------------------------------


def test_reapplying_blanks_what_came_back_and_nothing_else(
    regional_db: Database, rich: Rich
) -> None:
    gdpr.erase_person(regional_db, rich.person_id, reason="Begäran")
    with UnitOfWork(regional_db) as uow:
        assert gdpr_store.reapply_erasures(uow.session) == 0  # nothing to do: no change made
        uow.commit()
    with UnitOfWork(regional_db) as uow:
        # As if a merge had taken later versions made where the erasure had not arrived.
        s = uow.session
        person = s.get(Person, rich.person_id)
        assert person is not None
        person.phone, person.first_name = "070-555 55 55", FIRST
        row = s.get(Attendance, ids.attendance_id(rich.course.sessions[1], rich.person_id))
        assert row is not None
        row.note = "Åsa igen"
        seat = s.get(NetworkBoardMember, rich.seat_id)
        assert seat is not None
        seat.name = "Åsa Ö."
        s.add(
            SyncConflict(
                table_name="person",
                row_id=rich.person_id,
                field="first_name",
                kind="conflict",
                kept_value='"Åsa"',
                kept_hlc=9 << 16,
                kept_author="x",
                lost_value='"Raderad"',
                lost_hlc=8 << 16,
                lost_author="y",
                detected_at=dt.datetime(2026, 1, 5, 10, 0),
            )
        )
        uow.commit()
    with UnitOfWork(regional_db) as uow:
        assert gdpr_store.reapply_erasures(uow.session) == 3
        uow.commit()
    record = gdpr.person_record(regional_db, rich.person_id)
    assert (record.person.first_name, record.person.phone) == ("Raderad", None)
    assert all(a.note is None for a in record.attendance)
    assert record.board_seats[0].name == "Raderad person"
    assert [i.field for i in record.review_items] == ["gender"]


def test_erased_persons_names_the_persons_and_their_enrolments(
    regional_db: Database, rich: Rich
) -> None:
    with UnitOfWork(regional_db) as uow:
        assert not gdpr_store.erased_persons(uow.session)
    gdpr.erase_person(regional_db, rich.person_id, reason="Begäran")
    record = gdpr.person_record(regional_db, rich.person_id)
    with UnitOfWork(regional_db) as uow:
        erased = gdpr_store.erased_persons(uow.session)
    assert erased.person_ids == {rich.person_id, rich.duplicate_id}
    assert erased.enrolment_ids == {e.id for e in record.enrolments}
