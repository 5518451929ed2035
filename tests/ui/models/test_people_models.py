"""Table models of the participant register and enrolment, tested without any window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from soul_desktop.domain.enrolment import EnrolmentChange, EnrolmentRecord
from soul_desktop.domain.enums import (
    AccessibilityNeed,
    CourseStatus,
    Disability,
    EducationBand,
    EmploymentStatus,
    EnrolmentStatus,
    Gender,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.people import OrganisationRecord, PersonCourse, PersonRecord
from soul_desktop.ui.models import people as models
from soul_desktop.ui.models.record_table import KEY_ROLE, SORT_ROLE, SearchProxyModel

T0 = dt.datetime(2026, 3, 2, 9, 0)


def _person(pid: str, first: str, last: str, **fields: object) -> PersonRecord:
    values: dict[str, object] = {
        "id": pid,
        "partition": "SE32",
        "first_name": first,
        "last_name": last,
        "gender": Gender.WOMAN,
        "birth_year": 1975,
        "personnummer": None,
        "email": None,
        "phone": None,
        "organisation_id": None,
        "organisation_name": None,
        "municipality_code": None,
        "municipality_name": None,
        "role": ParticipantRole.EMPLOYEE,
        "employment_status": EmploymentStatus.EMPLOYED,
        "education_band": EducationBand.ISCED_5_8,
        "accessibility_needs": (),
        "accessibility_note": None,
        "disability": Disability.NOT_STATED,
        "consent_date": None,
        "declined_personnummer": False,
        "declined_education": False,
        "declined_employment": False,
        "declined_disability": False,
        "declined_accessibility": False,
        "merged_into_id": None,
    }
    values.update(fields)
    return PersonRecord(**values)  # type: ignore[arg-type]


def _persons() -> list[PersonRecord]:
    return [
        _person(
            "1",
            "Anna",
            "Ek",
            organisation_name="Kooperativet Ugglan",
            municipality_name="Östersund",
            email="anna.ek@example.se",
        ),
        _person("2", "Bo", "Åberg", gender=Gender.MAN, birth_year=None, municipality_name="Krokom"),
        _person("3", "Cia", "Berg", organisation_name="Östersunds fritidsgård"),
    ]


def test_person_columns_and_roles() -> None:
    model = models.PersonTableModel()
    model.set_records(_persons())
    assert model.columnCount() == 7 and model.rowCount() == 3
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert header == [
        "Last name",
        "First name",
        "Organisation",
        "Municipality",
        "Born",
        "Gender",
        "E-mail",
    ]
    assert model.index(0, models.PERSON_LAST_NAME).data() == "Ek"
    assert model.index(0, models.PERSON_ORGANISATION).data() == "Kooperativet Ugglan"
    assert model.index(0, models.PERSON_EMAIL).data() == "anna.ek@example.se"
    assert model.index(1, models.PERSON_BIRTH_YEAR).data() == ""
    assert model.index(1, models.PERSON_BIRTH_YEAR).data(SORT_ROLE) is None
    assert model.index(1, models.PERSON_GENDER).data() == "Man"
    assert model.index(2, 0).data(KEY_ROLE) == "3"


def test_person_search_covers_name_organisation_municipality_and_email() -> None:
    model = models.PersonTableModel()
    model.set_records(_persons())
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    for text, expected in [
        ("anna", ["1"]),
        ("ÖSTERSUND", ["1", "3"]),
        ("ugglan", ["1"]),
        ("krokom", ["2"]),
        ("example.se", ["1"]),
        ("berg", ["2", "3"]),
        ("berg östersund", ["3"]),
    ]:
        proxy.set_search(text)
        assert [proxy.record_at(r).id for r in range(proxy.rowCount())] == expected, text


def test_person_sort_by_last_name_follows_swedish_order() -> None:
    model = models.PersonTableModel()
    model.set_records(_persons())
    model.sort(models.PERSON_LAST_NAME, Qt.SortOrder.AscendingOrder)
    # In a Swedish locale Å sorts after Z; in others it sorts with A. Either way, Berg < Ek.
    names = [model.record_at(r).last_name for r in range(3)]
    assert names.index("Berg") < names.index("Ek")


def test_organisation_model() -> None:
    model = models.OrganisationTableModel()
    record = OrganisationRecord(
        "o1",
        "Ugglan",
        "556036-0793",
        "51",
        "Ekonomiska föreningar",
        "2380",
        "Östersund",
        OrganisationKind.SOCIAL_ECONOMY,
        1234,
    )
    model.set_records([record])
    assert model.index(0, models.ORG_NUMBER).data() == "556036-0793"
    assert model.index(0, models.ORG_KIND).data() == "Social economy"
    assert model.index(0, models.ORG_PERSONS).data(SORT_ROLE) == 1234
    assert model.index(0, models.ORG_PERSONS).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("556036")
    assert proxy.rowCount() == 1


def _enrolment(eid: str, status: EnrolmentStatus, minutes: int) -> EnrolmentRecord:
    at = T0 + dt.timedelta(minutes=minutes)
    return EnrolmentRecord(eid, "c", "p" + eid, f"Person {eid}", None, status, T0, at, eid == "w")


def test_enrolment_status_says_the_waitlist_position_in_words() -> None:
    model = models.EnrolmentTableModel()
    model.set_records(
        [
            _enrolment("a", EnrolmentStatus.ENROLLED, 0),
            _enrolment("late", EnrolmentStatus.WAITLISTED, 20),
            _enrolment("early", EnrolmentStatus.WAITLISTED, 10),
            _enrolment("o", EnrolmentStatus.OFFERED, 5),
            _enrolment("x", EnrolmentStatus.WITHDRAWN, 1),
        ]
    )
    status = {
        model.record_at(r).id: model.index(r, models.ENROLMENT_STATUS).data() for r in range(5)
    }
    assert status == {
        "a": "Enrolled",
        "late": "Waiting, number 2",
        "early": "Waiting, number 1",
        "o": "Offered a place",
        "x": "Withdrawn",
    }
    assert model.waitlist_position("early") == 1 and model.waitlist_position("a") is None
    model.sort(models.ENROLMENT_STATUS, Qt.SortOrder.AscendingOrder)
    assert [model.record_at(r).id for r in range(5)] == ["a", "o", "early", "late", "x"]


def test_enrolment_dates_and_walk_in() -> None:
    model = models.EnrolmentTableModel()
    model.set_records([_enrolment("w", EnrolmentStatus.ENROLLED, 0)])
    assert model.index(0, models.ENROLMENT_WALK_IN).data() == "Walk-in"
    assert "2026" in model.index(0, models.ENROLMENT_ENROLLED_AT).data()
    assert model.index(0, models.ENROLMENT_ENROLLED_AT).data(SORT_ROLE) == T0


def test_person_courses_and_history_models() -> None:
    courses = models.PersonCourseTableModel()
    courses.set_records(
        [
            PersonCourse(
                "e1",
                "c1",
                "Styrelsearbete",
                CourseStatus.RUNNING,
                EnrolmentStatus.ENROLLED,
                T0,
                T0,
                T0 + dt.timedelta(days=14),
                540,
                270,
            ),
            PersonCourse(
                "e2",
                "c2",
                "Ekonomi",
                CourseStatus.PLANNED,
                EnrolmentStatus.WAITLISTED,
                T0,
                None,
                None,
                0,
                0,
            ),
        ]
    )
    assert courses.index(0, models.COURSE_ATTENDED).data() in ("4.5", "4,5")
    assert courses.index(0, models.COURSE_PLANNED).data() in ("9.0", "9,0")
    assert "–" in courses.index(0, models.COURSE_DATES).data()
    assert courses.index(1, models.COURSE_DATES).data() == "No sessions yet"
    assert courses.index(1, models.COURSE_ENROLMENT_STATUS).data() == "Waiting"
    history = models.EnrolmentHistoryModel()
    history.set_records(
        [EnrolmentChange("h1", "e1", EnrolmentStatus.OFFERED, T0, "a place became free")]
    )
    assert history.index(0, models.HISTORY_STATUS).data() == "Offered a place"
    assert history.index(0, models.HISTORY_NOTE).data() == "A place became free"


def test_every_value_has_a_name() -> None:
    namers = [
        (models.gender_name, Gender),
        (models.role_name, ParticipantRole),
        (models.employment_name, EmploymentStatus),
        (models.education_name, EducationBand),
        (models.disability_name, Disability),
        (models.need_name, AccessibilityNeed),
        (models.kind_name, OrganisationKind),
        (models.enrolment_status_name, EnrolmentStatus),
        (models.course_status_name, CourseStatus),
    ]
    for namer, vocabulary in namers:
        names = [namer(value) for value in vocabulary]
        assert all(names) and len(set(names)) == len(names), vocabulary
