"""The participant register's services: every rule, tombstones, and nothing written on refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    AttendanceStatus,
    Disability,
    EducationBand,
    Gender,
    OrganisationKind,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import enrolment, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, Course, CourseSession, LocalState
from soul_desktop.storage.unit_of_work import UnitOfWork

PNR = "19880320-0016"
ORG = "556036-0793"


def _counter(db: Database) -> int:
    """This installation's change counter: it moves with every row written."""
    with UnitOfWork(db) as uow:
        state = uow.session.get(LocalState, 1)
        assert state is not None
        return state.last_counter


def _refused(db: Database, field: str, call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    before = _counter(db)
    with pytest.raises(ValidationError) as caught:
        call(db, *args, **kwargs)
    assert caught.value.field == field, str(caught.value)
    assert _counter(db) == before, "a refused action wrote something"
    return caught.value


def _person(db: Database, first: str = "Anna", last: str = "Ek", **fields) -> str:  # type: ignore[no-untyped-def]
    person_id = ids.new_id()
    people.create_person(db, person_id, first, last, **fields)
    return person_id


def test_create_person_with_every_field(regional_db: Database) -> None:
    org = people.create_organisation(regional_db, ids.new_id(), "Kooperativet Ugglan")
    person_id = ids.new_id()
    record = people.create_person(
        regional_db,
        person_id,
        " Anna ",
        "Ek",
        gender=Gender.WOMAN,
        personnummer="880320-0016",
        email="anna.ek@example.se",
        phone="070-123 45 67",
        organisation_id=org.id,
        municipality_code="2380",
        role="employee",
        employment_status="employed",
        education_band=EducationBand.ISCED_5_8,
        accessibility_needs=["breaks", "hearing_loop"],
        accessibility_note="Behöver sitta nära talaren",
        disability=Disability.NO,
        consent_date=dt.date(2026, 1, 15),
        declined_employment=False,
    )
    assert record.first_name == "Anna" and record.partition == "SE32"
    assert record.personnummer == PNR and record.birth_year == 1988
    assert record.organisation_name == "Kooperativet Ugglan"
    assert record.municipality_name == "Östersund"
    assert record.accessibility_needs == (
        AccessibilityNeed.HEARING_LOOP,
        AccessibilityNeed.BREAKS,
    )
    assert people.get_person(regional_db, person_id) == record
    assert [p.id for p in people.list_persons(regional_db)] == [person_id]
    assert people.list_organisations(regional_db)[0].person_count == 1


def test_update_person_changes_only_what_is_given(regional_db: Database) -> None:
    person_id = _person(regional_db)
    before = _counter(regional_db)
    record = people.update_person(regional_db, person_id, email="ny@example.se")
    assert record.email == "ny@example.se" and record.first_name == "Anna"
    assert _counter(regional_db) == before + 1
    # The same value again is no change at all.
    people.update_person(regional_db, person_id, email="ny@example.se")
    assert _counter(regional_db) == before + 1


def test_personnummer_sets_the_birth_year(regional_db: Database) -> None:
    person_id = _person(regional_db, birth_year=1970)
    record = people.update_person(regional_db, person_id, personnummer="8803200016")
    assert (record.personnummer, record.birth_year) == (PNR, 1988)
    # Undo hands both old values back.
    record = people.update_person(regional_db, person_id, personnummer=None, birth_year=1970)
    assert (record.personnummer, record.birth_year) == (None, 1970)


def test_birth_year_must_match_the_personnummer(regional_db: Database) -> None:
    person_id = _person(regional_db, personnummer=PNR)
    error = _refused(regional_db, "birth_year", people.update_person, person_id, birth_year=1990)
    assert "does not match the personnummer" in str(error)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"first_name": "  "}, "first_name"),
        ({"last_name": "x" * 201}, "last_name"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_year": dt.date.today().year + 1}, "birth_year"),
        ({"personnummer": "19880320-0018"}, "personnummer"),
        ({"personnummer": "19881320-0016"}, "personnummer"),
        ({"email": "anna@"}, "email"),
        ({"phone": "ring mig"}, "phone"),
        ({"organisation_id": "no-such-organisation"}, "organisation_id"),
        ({"municipality_code": "9999"}, "municipality_code"),
        ({"gender": "unknown"}, "gender"),
        ({"accessibility_needs": ["wheelchair"]}, "accessibility_needs"),
        ({"consent_date": dt.date.today() + dt.timedelta(days=1)}, "consent_date"),
        ({"declined_education": True, "education_band": "isced_3_4"}, "declined_education"),
        ({"declined_education": "yes"}, "declined_education"),
        ({"shoe_size": 42}, "shoe_size"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    regional_db: Database, changes: dict[str, object], field: str
) -> None:
    person_id = _person(regional_db)
    _refused(regional_db, field, people.update_person, person_id, **changes)
    assert people.get_person(regional_db, person_id).first_name == "Anna"


def test_bad_new_person_is_refused_and_nothing_written(regional_db: Database) -> None:
    _refused(regional_db, "last_name", people.create_person, ids.new_id(), "Anna", "")
    _refused(
        regional_db, "personnummer", people.create_person, ids.new_id(), "A", "B", personnummer="1"
    )
    assert people.list_persons(regional_db) == []


def test_a_personnummer_belongs_to_one_person(regional_db: Database) -> None:
    _person(regional_db, personnummer=PNR)
    error = _refused(
        regional_db, "personnummer", people.create_person, ids.new_id(), "B", "C", personnummer=PNR
    )
    assert "Anna Ek" in str(error)


def test_declined_personnummer_while_one_is_stored(regional_db: Database) -> None:
    person_id = _person(regional_db, personnummer=PNR)
    _refused(
        regional_db,
        "declined_personnummer",
        people.update_person,
        person_id,
        declined_personnummer=True,
    )
    record = people.update_person(
        regional_db, person_id, personnummer=None, declined_personnummer=True
    )
    assert record.declined_personnummer and record.personnummer is None


def test_delete_and_restore_person(regional_db: Database) -> None:
    person_id = _person(regional_db)
    deleted = people.delete_person(regional_db, person_id)
    assert deleted.id == person_id
    assert people.list_persons(regional_db) == []
    _refused(regional_db, "id", people.get_person, person_id)
    _refused(regional_db, "id", people.update_person, person_id, email="a@b.se")
    assert people.restore_person(regional_db, person_id).first_name == "Anna"
    assert len(people.list_persons(regional_db)) == 1


def test_create_again_revives_the_same_person(regional_db: Database) -> None:
    person_id = _person(regional_db, email="a@example.se")
    people.update_person(regional_db, person_id, phone="070-1")
    people.delete_person(regional_db, person_id)
    record = people.create_person(regional_db, person_id, "Anna", "Ek", email="a@example.se")
    assert record.phone is None and record.email == "a@example.se"
    _refused(regional_db, "id", people.create_person, person_id, "Anna", "Ek")


def _course(db: Database, capacity: int | None = 10) -> str:
    course_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Course(
                id=course_id,
                partition="SE32",
                region_code="SE32",
                title="Styrelsearbete",
                capacity=capacity,
            )
        )
        uow.commit()
    return course_id


def _session(db: Database, course_id: str, day: int, hours: int = 3) -> str:
    session_id = ids.new_id()
    starts = dt.datetime(2026, 3, day, 9, 0)
    with UnitOfWork(db) as uow:
        uow.session.add(
            CourseSession(
                id=session_id,
                partition="SE32",
                course_id=course_id,
                starts_at=starts,
                ends_at=starts + dt.timedelta(hours=hours),
            )
        )
        uow.commit()
    return session_id


def _mark(
    db: Database, session_id: str, person_id: str, status: AttendanceStatus, minutes: int
) -> None:
    with UnitOfWork(db) as uow:
        uow.session.add(
            Attendance(
                id=ids.attendance_id(session_id, person_id),
                partition="SE32",
                session_id=session_id,
                person_id=person_id,
                status=status,
                minutes=minutes,
                recorded_at=dt.datetime(2026, 3, 1),
            )
        )
        uow.commit()


def test_summary_shows_enrolments_and_attended_hours(regional_db: Database) -> None:
    person_id = _person(regional_db)
    course_id = _course(regional_db)
    first = _session(regional_db, course_id, 2)
    second = _session(regional_db, course_id, 9)
    third = _session(regional_db, course_id, 16)
    enrolment.enrol(regional_db, course_id, [person_id])
    _mark(regional_db, first, person_id, AttendanceStatus.PRESENT, 180)
    _mark(regional_db, second, person_id, AttendanceStatus.PARTIAL, 90)
    _mark(regional_db, third, person_id, AttendanceStatus.ABSENT, 0)
    summary = people.get_person_summary(regional_db, person_id)
    assert summary.attended_minutes == 270 and summary.attended_hours == 4.5
    (course,) = summary.courses
    assert course.course_title == "Styrelsearbete"
    assert course.planned_minutes == 540 and course.attended_minutes == 270
    assert course.first_session == dt.datetime(2026, 3, 2, 9, 0)
    assert course.last_session == dt.datetime(2026, 3, 16, 9, 0)


def test_person_on_a_course_cannot_be_deleted(regional_db: Database) -> None:
    person_id = _person(regional_db)
    course_id = _course(regional_db)
    (record,) = enrolment.enrol(regional_db, course_id, [person_id])
    error = _refused(regional_db, "id", people.delete_person, person_id)
    assert "withdraw" in str(error)
    session_id = _session(regional_db, course_id, 2)
    _mark(regional_db, session_id, person_id, AttendanceStatus.PRESENT, 180)
    enrolment.withdraw(regional_db, record.id)
    assert "attendance" in str(_refused(regional_db, "id", people.delete_person, person_id))


def test_organisations(regional_db: Database) -> None:
    org_id = ids.new_id()
    record = people.create_organisation(
        regional_db,
        org_id,
        "Ugglans kooperativ",
        org_number="5560360793",
        legal_form_code="51",
        municipality_code="2380",
        kind=OrganisationKind.SOCIAL_ECONOMY,
    )
    assert record.org_number == ORG and record.municipality_name == "Östersund"
    assert record.legal_form_name and record.person_count == 0
    record = people.update_organisation(regional_db, org_id, kind="union", name="Ugglan")
    assert record.kind is OrganisationKind.UNION and record.name == "Ugglan"
    _refused(
        regional_db, "org_number", people.update_organisation, org_id, org_number="556036-0794"
    )
    _refused(regional_db, "name", people.update_organisation, org_id, name=" ")
    _refused(
        regional_db, "legal_form_code", people.update_organisation, org_id, legal_form_code="XX"
    )
    _refused(
        regional_db,
        "municipality_code",
        people.update_organisation,
        org_id,
        municipality_code="0000",
    )
    _refused(
        regional_db, "org_number", people.create_organisation, ids.new_id(), "Kopia", org_number=ORG
    )
    member = _person(regional_db, organisation_id=org_id)
    assert "move them" in str(_refused(regional_db, "id", people.delete_organisation, org_id))
    people.update_person(regional_db, member, organisation_id=None)
    people.delete_organisation(regional_db, org_id)
    assert people.list_organisations(regional_db) == []
    assert people.restore_organisation(regional_db, org_id).name == "Ugglan"


def test_choices(regional_db: Database) -> None:
    municipalities = people.municipality_choices(regional_db)
    assert len(municipalities) == 290
    assert any(m.name == "Östersund" and m.code == "2380" for m in municipalities)
    forms = people.legal_form_choices(regional_db)
    assert any(f.code == "51" for f in forms)
