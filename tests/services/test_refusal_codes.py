"""Every refusal the services raise carries a stable code, and params for its variable parts.

The interface words refusals by code (`ui.refusals`); the English message stays for the CLI.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from stdnum import luhn

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, CourseStatus, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.services import attendance, enrolment, installation, people
from soul_desktop.services.identity_numbers import (
    IdentityNumberError,
    NumberProblem,
    normalise_org_number,
    normalise_personnummer,
)
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.services.test_attendance import Built, build_course

PNR = "19880320-0016"
ORG = "556036-0793"
TODAY = dt.date(2026, 11, 27)
PACKAGE = Path(__file__).resolve().parents[2] / "soul_desktop"
# The modules whose refusals the interface words; each of their refusals must have a code.
CODED_MODULES = [
    "domain/people.py",
    "domain/enrolment.py",
    "domain/attendance.py",
    "domain/planning.py",
    "services/people.py",
    "services/enrolment.py",
    "services/attendance.py",
    "services/identity_numbers.py",
    "services/installation.py",
    "services/planning.py",
    "services/gdpr.py",
    "services/fourr_entries.py",
    "services/targets.py",
    "services/networks.py",
    "domain/networks.py",
    "domain/profile.py",
    "domain/reports.py",
    "services/profile.py",
    "domain/fourr.py",
    "reports/person_record.py",
]


def _refusal(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def _check(
    exc: ValidationError, code: str, params: Mapping[str, object] | None = None, field: str = ""
) -> None:
    assert exc.code == code, exc.message
    assert dict(exc.params) == dict(params or {}), exc.message
    if field:
        assert exc.field == field


def _person(db: Database, first: str = "Anna", last: str = "Ek", **fields: Any) -> str:
    person_id = ids.new_id()
    people.create_person(db, person_id, first, last, **fields)
    return person_id


def _course(db: Database, status: CourseStatus = CourseStatus.OPEN) -> str:
    course_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(
            Course(
                id=course_id,
                partition="SE32",
                region_code="SE32",
                title="Styrelsearbete",
                capacity=10,
                status=status,
            )
        )
        uow.commit()
    return course_id


# -- the source: no refusal without a code ---------------------------------------------------


def _uncoded_refusals(path: Path) -> list[str]:
    """`ValidationError(...)` calls without `code=` (subclasses set their code themselves)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name == "ValidationError" and not any(k.arg == "code" for k in node.keywords):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_refusal_in_the_worded_modules_has_a_code() -> None:
    uncoded = [place for module in CODED_MODULES for place in _uncoded_refusals(PACKAGE / module)]
    assert uncoded == []


# -- identity numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem", "params"),
    [
        ("  ", NumberProblem.EMPTY, {}),
        ("8803200016x", NumberProblem.FORMAT, {}),
        ("8803200-016", NumberProblem.FORMAT, {}),
        ("880320-001", NumberProblem.LENGTH, {"count": 9}),
        ("19881320-0016", NumberProblem.DATE, {"date": "1988-13-20"}),
        ("19880380-0016", NumberProblem.COORDINATION, {}),
        ("19880320-0018", NumberProblem.CHECK_DIGIT, {}),
    ],
)
def test_personnummer_refusals(
    text: str, problem: NumberProblem, params: dict[str, object]
) -> None:
    exc = _refusal(normalise_personnummer, text, TODAY)
    assert isinstance(exc, IdentityNumberError) and exc.problem is problem
    _check(exc, f"personnummer.{problem.value}", params, "personnummer")


def test_a_personnummer_born_in_the_future() -> None:
    serial = "001"
    number = f"20261224-{serial}{luhn.calc_check_digit('261224' + serial)}"
    exc = _refusal(normalise_personnummer, number, TODAY)
    _check(exc, "personnummer.future", {"date": "2026-12-24"}, "personnummer")


@pytest.mark.parametrize(
    ("text", "problem", "params"),
    [
        ("", NumberProblem.EMPTY, {}),
        ("556036/0793", NumberProblem.FORMAT, {}),
        ("556036-079", NumberProblem.LENGTH, {"count": 9}),
        ("556036-0794", NumberProblem.CHECK_DIGIT, {}),
    ],
)
def test_org_number_refusals(text: str, problem: NumberProblem, params: dict[str, object]) -> None:
    exc = _refusal(normalise_org_number, text)
    assert isinstance(exc, IdentityNumberError) and exc.problem is problem
    _check(exc, f"org_number.{problem.value}", params, "org_number")


# -- the participant register ---------------------------------------------------------------


def test_person_refusals(regional_db: Database) -> None:
    db = regional_db
    anna = _person(db, personnummer=PNR)
    _check(_refusal(people.create_person, db, anna, "Anna", "Ek"), "person.exists", field="id")
    _check(_refusal(people.get_person, db, ids.new_id()), "person.not_found", field="id")
    _check(_refusal(people.restore_person, db, ids.new_id()), "person.not_found", field="id")
    _check(
        _refusal(people.update_person, db, anna, shoe_size=42),
        "field.unknown",
        {"names": "shoe_size"},
        "shoe_size",
    )
    _check(
        _refusal(people.update_person, db, anna, first_name=" "),
        "name.required",
        field="first_name",
    )
    _check(
        _refusal(people.update_person, db, anna, gender="martian"),
        "choice.unknown",
        {"value": "martian"},
        "gender",
    )
    _check(
        _refusal(people.update_person, db, anna, declined_education="yes"),
        "flag.not_yes_or_no",
        field="declined_education",
    )
    _check(
        _refusal(people.update_person, db, anna, birth_year=1970),
        "personnummer.birth_year_mismatch",
        {"year": 1970, "born": 1988},
        "birth_year",
    )
    _check(
        _refusal(people.create_person, db, ids.new_id(), "Bo", "Berg", personnummer=PNR),
        "personnummer.taken",
        {"name": "Anna Ek"},
        "personnummer",
    )
    _check(
        _refusal(people.update_person, db, anna, organisation_id=ids.new_id()),
        "organisation.not_found",
        field="organisation_id",
    )
    _check(
        _refusal(people.update_person, db, anna, municipality_code="9999"),
        "municipality.unknown_code",
        {"code": "9999"},
        "municipality_code",
    )
    _check(
        _refusal(people.update_person, db, anna, accessibility_note="x" * 2001),
        "accessibility_note.too_long",
        {"limit": 2000},
        "accessibility_note",
    )
    _check(
        _refusal(people.update_person, db, anna, consent_date=20260101),
        "consent_date.not_a_date",
        field="consent_date",
    )
    _check(
        _refusal(people.update_person, db, anna, consent_date="1 januari"),
        "date.format",
        field="consent_date",
    )


def test_a_personnummer_too_old_is_refused_at_the_personnummer(regional_db: Database) -> None:
    serial = "001"
    number = f"18900320-{serial}{luhn.calc_check_digit('900320' + serial)}"
    exc = _refusal(_person, regional_db, personnummer=number)
    # The birth-year rule, reported where the number was typed.
    assert exc.code == "birth_year.too_early" and exc.field == "personnummer"
    assert exc.params["year"] == 1890


def test_deleting_a_person_with_courses_or_attendance(regional_db: Database) -> None:
    db = regional_db
    course_id = _course(db)
    bo = _person(db, "Bo", "Berg")
    enrolment.enrol(db, course_id, [bo])
    _check(
        _refusal(people.delete_person, db, bo),
        "person.on_courses",
        {"name": "Bo Berg", "count": 1},
        "id",
    )
    built = build_course(db)
    attended = built.persons[0]
    attendance.mark(db, built.sessions[0], attended, AttendanceStatus.PRESENT)
    enrolment.withdraw(db, ids.enrolment_id(built.course_id, attended))
    _check(
        _refusal(people.delete_person, db, attended),
        "person.has_attendance",
        {"name": "Anna Berg"},
        "id",
    )


def test_organisation_refusals(regional_db: Database) -> None:
    db = regional_db
    org_id = ids.new_id()
    people.create_organisation(db, org_id, "Kooperativet Ugglan", org_number=ORG)
    _check(_refusal(people.create_organisation, db, org_id, "Ugglan"), "organisation.exists")
    _check(
        _refusal(people.create_organisation, db, ids.new_id(), "  "),
        "organisation.name_required",
        field="name",
    )
    _check(
        _refusal(people.create_organisation, db, ids.new_id(), "Bron", org_number=ORG),
        "org_number.taken",
        {"name": "Kooperativet Ugglan"},
        "org_number",
    )
    _check(
        _refusal(people.update_organisation, db, org_id, legal_form_code="X1"),
        "legal_form.unknown",
        {"code": "X1"},
        "legal_form_code",
    )
    _check(
        _refusal(people.update_organisation, db, org_id, kind="club"),
        "choice.unknown",
        {"value": "club"},
        "kind",
    )
    _check(_refusal(people.get_organisation, db, ids.new_id()), "organisation.not_found")
    _check(_refusal(people.restore_organisation, db, ids.new_id()), "organisation.not_found")
    _person(db, organisation_id=org_id)
    _check(
        _refusal(people.delete_organisation, db, org_id),
        "organisation.has_members",
        {"name": "Kooperativet Ugglan", "count": 1},
        "id",
    )


# -- enrolment -----------------------------------------------------------------------------------


def test_enrolment_refusals(regional_db: Database) -> None:
    db = regional_db
    course_id = _course(db)
    anna = _person(db)
    _check(_refusal(enrolment.enrol, db, course_id, []), "enrolment.no_persons", field="persons")
    _check(
        _refusal(enrolment.enrol, db, course_id, [ids.new_id()]),
        "enrolment.persons_missing",
        {"count": 1},
        "persons",
    )
    _check(_refusal(enrolment.course_enrolments, db, ids.new_id()), "course.not_found")
    [record] = enrolment.enrol(db, course_id, [anna])
    _check(
        _refusal(enrolment.enrol, db, course_id, [anna]),
        "enrolment.already_on_course",
        {"name": "Anna Ek", "status": "enrolled"},
        "persons",
    )
    _check(
        _refusal(enrolment.accept_offer, db, record.id),
        "enrolment.no_offer",
        {"name": "Anna Ek", "status": "enrolled"},
    )
    _check(_refusal(enrolment.withdraw, db, ids.new_id()), "enrolment.not_found")
    _check(_refusal(enrolment.unenrol, db, []), "enrolment.nothing_to_undo")
    enrolment.withdraw(db, record.id)
    _check(
        _refusal(enrolment.withdraw, db, record.id),
        "enrolment.already_withdrawn",
        {"name": "Anna Ek"},
    )
    _check(
        _refusal(enrolment.retract_acceptance, db, record.id),
        "enrolment.changed_since",
        {"name": "Anna Ek", "status": "withdrawn"},
    )


def test_a_cancelled_course_takes_no_enrolments(regional_db: Database) -> None:
    course_id = _course(regional_db, CourseStatus.CANCELLED)
    exc = _refusal(enrolment.enrol, regional_db, course_id, [_person(regional_db)])
    _check(exc, "enrolment.course_cancelled", {"title": "Styrelsearbete"}, "course")


# -- attendance ---------------------------------------------------------------------------------


@pytest.fixture
def built(regional_db: Database) -> Built:
    return build_course(regional_db)


def test_marking_refusals(regional_db: Database, built: Built) -> None:
    db, session = regional_db, built.sessions[0]
    anna = built.persons[0]
    _check(
        _refusal(attendance.mark, db, session, anna, "late"),
        "choice.unknown",
        {"value": "late"},
        "status",
    )
    _check(_refusal(attendance.mark, db, ids.new_id(), anna, "present"), "session.not_found")
    _check(_refusal(attendance.mark, db, session, ids.new_id(), "present"), "person.not_found")
    _check(
        _refusal(attendance.mark, db, session, built.others["stranger"], "present"),
        "attendance.not_enrolled",
        field="person",
    )
    _check(
        _refusal(attendance.mark, db, session, anna, "partial", 180),
        "attendance.partial_range",
        {"planned": 180},
        "minutes",
    )
    _check(_refusal(attendance.grid, db, ids.new_id()), "course.not_found", field="course")


def test_walk_in_refusals(regional_db: Database, built: Built) -> None:
    db, session = regional_db, built.sessions[0]
    new = {"new_person_id": ids.new_id()}
    _check(
        _refusal(attendance.add_walk_in, db, session, first_name=" ", last_name="Ek", **new),
        "name.required",
        field="first_name",
    )
    _check(
        _refusal(attendance.add_walk_in, db, session, first_name="Li", last_name="x" * 201, **new),
        "name.too_long",
        {"limit": 200},
        "last_name",
    )
    _check(
        _refusal(attendance.add_walk_in, db, session, first_name="Li", last_name="Ek"),
        "walk_in.id_missing",
    )
    _check(
        _refusal(
            attendance.add_walk_in, db, session, first_name="Li", last_name="Ek", gender="x", **new
        ),
        "choice.unknown",
        {"value": "x"},
        "gender",
    )
    _check(
        _refusal(
            attendance.add_walk_in,
            db,
            session,
            first_name="Li",
            last_name="Ek",
            organisation_id=ids.new_id(),
            **new,
        ),
        "organisation.not_found",
    )
    _check(
        _refusal(attendance.add_walk_in, db, session, person_id=ids.new_id()), "person.not_found"
    )
    _check(
        _refusal(attendance.add_walk_in, db, session, person_id=built.persons[0]),
        "attendance.already_on_list",
        field="person",
    )
    _check(
        _refusal(attendance.remove_walk_in, db, session, built.persons[0]),
        "walk_in.not_a_walk_in",
        field="person",
    )


# -- setting up the installation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "region", "name", "code", "params", "field"),
    [
        (InstallationRole.REGIONAL, "SE32", "  ", "installation.name_required", {}, "name"),
        (
            InstallationRole.REGIONAL,
            "SE32",
            "x" * 201,
            "installation.name_too_long",
            {"limit": 200},
            "name",
        ),
        (
            InstallationRole.CENTRAL,
            "SE32",
            "Centralt",
            "installation.central_has_region",
            {},
            "region",
        ),
        (
            InstallationRole.LEADER,
            None,
            "Lisas laptop",
            "installation.region_required",
            {"role": "leader"},
            "region",
        ),
    ],
)
def test_installation_refusals(
    role: InstallationRole,
    region: str | None,
    name: str,
    code: str,
    params: dict[str, object],
    field: str,
) -> None:
    _check(_refusal(installation.validate, role, region, name), code, params, field)


def test_an_unknown_region_names_the_codes_there_are() -> None:
    exc = _refusal(installation.validate, InstallationRole.REGIONAL, "SE99", "Kontoret")
    assert exc.code == "installation.unknown_region" and exc.params["region"] == "SE99"
    assert "SE32" in str(exc.params["codes"])
