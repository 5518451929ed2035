"""Every refusal of the pure rules carries a stable code and the variable parts as params."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from soul_desktop.domain import people
from soul_desktop.domain.attendance import minutes_for
from soul_desktop.domain.enrolment import (
    EnrolmentRecord,
    check_can_enrol,
    check_can_withdraw,
    check_has_offer,
)
from soul_desktop.domain.enums import AttendanceStatus, EducationBand, EnrolmentStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.planning import PlanningError, Problem, clean_title

TODAY = dt.date(2026, 11, 27)
MOMENT = dt.datetime(2026, 3, 1, 9, 0)


def _refusal(call: Callable[..., Any], *args: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


def _enrolment(status: EnrolmentStatus) -> EnrolmentRecord:
    return EnrolmentRecord("e1", "c1", "p1", "Anna Ek", None, status, MOMENT, MOMENT, walk_in=False)


def test_a_validation_error_without_a_code_still_works() -> None:
    exc = ValidationError("the name is missing", field="name")
    assert (exc.message, exc.field, exc.code, dict(exc.params)) == (
        "the name is missing",
        "name",
        None,
        {},
    )
    assert str(exc) == "the name is missing"


def test_params_are_read_only_and_a_refusal_can_move_to_another_field() -> None:
    exc = ValidationError("x", field="birth_year", code="birth_year.future", params={"year": 2090})
    with pytest.raises(TypeError):
        exc.params["year"] = 1  # type: ignore[index]
    moved = exc.at_field("personnummer")
    assert (moved.message, moved.field, moved.code, dict(moved.params)) == (
        "x",
        "personnummer",
        "birth_year.future",
        {"year": 2090},
    )


PEOPLE_REFUSALS: list[
    tuple[Callable[..., Any], tuple[Any, ...], str, str, Mapping[str, object]]
] = [
    (people.check_name, ("  ", "first_name"), "first_name", "name.required", {}),
    (people.check_name, (None, "last_name"), "last_name", "name.required", {}),
    (people.check_name, ("Å" * 201, "last_name"), "last_name", "name.too_long", {"limit": 200}),
    (people.check_organisation_name, (" ",), "name", "organisation.name_required", {}),
    (
        people.check_organisation_name,
        ("x" * 301,),
        "name",
        "organisation.name_too_long",
        {"limit": 300},
    ),
    (people.check_birth_year, (1975.0, TODAY), "birth_year", "birth_year.not_a_number", {}),
    (people.check_birth_year, (2030, TODAY), "birth_year", "birth_year.future", {"year": 2030}),
    (
        people.check_birth_year,
        (1890, TODAY),
        "birth_year",
        "birth_year.too_early",
        {"year": 1890, "earliest": 1906},
    ),
    (people.parse_birth_year, ("75", TODAY), "birth_year", "birth_year.format", {}),
    (people.check_email, ("anna.example.se",), "email", "email.format", {}),
    (people.check_email, ("a@b.se" + "e" * 320,), "email", "email.too_long", {"limit": 320}),
    (people.check_phone, ("ring mig",), "phone", "phone.format", {}),
    (people.check_phone, ("1" * 41,), "phone", "phone.too_long", {"limit": 40}),
    (
        people.check_needs,
        (["ramp"],),
        "accessibility_needs",
        "accessibility_needs.unknown",
        {"value": "ramp"},
    ),
    (
        people.check_consent_date,
        (dt.date(2027, 1, 1), TODAY),
        "consent_date",
        "consent_date.future",
        {},
    ),
    (people.parse_date, ("1/3 2026", "consent_date"), "consent_date", "date.format", {}),
    (
        people.check_declined,
        ({"declined_education": True, "education_band": EducationBand.ISCED_0_2},),
        "declined_education",
        "declined.answer_recorded",
        {},
    ),
]


@pytest.mark.parametrize(
    ("call", "args", "field", "code", "params"),
    PEOPLE_REFUSALS,
    ids=[f"{row[3]}-{row[2]}" for row in PEOPLE_REFUSALS],
)
def test_people_rules_refuse_with_a_code(
    call: Callable[..., Any],
    args: tuple[Any, ...],
    field: str,
    code: str,
    params: Mapping[str, object],
) -> None:
    exc = _refusal(call, *args)
    assert (exc.field, exc.code, dict(exc.params)) == (field, code, params), exc.message


def test_the_english_message_names_the_field_in_english_whatever_the_caller() -> None:
    # The interface no longer passes a translated label: the message stays English.
    assert _refusal(people.check_name, "", "first_name").message == "the first name is required"
    assert _refusal(people.check_name, "", "last_name", "surname").message == (
        "the surname is required"
    )


@pytest.mark.parametrize(
    ("check", "status", "code", "params"),
    [
        (
            check_can_enrol,
            EnrolmentStatus.WAITLISTED,
            "enrolment.already_on_course",
            {"name": "Anna Ek", "status": "waitlisted"},
        ),
        (
            check_can_withdraw,
            EnrolmentStatus.WITHDRAWN,
            "enrolment.already_withdrawn",
            {"name": "Anna Ek"},
        ),
        (
            check_has_offer,
            EnrolmentStatus.ENROLLED,
            "enrolment.no_offer",
            {"name": "Anna Ek", "status": "enrolled"},
        ),
    ],
)
def test_enrolment_rules_refuse_with_a_code(
    check: Callable[[EnrolmentRecord], None],
    status: EnrolmentStatus,
    code: str,
    params: Mapping[str, object],
) -> None:
    exc = _refusal(check, _enrolment(status))
    assert (exc.code, dict(exc.params)) == (code, params)


@pytest.mark.parametrize(
    ("status", "minutes", "code", "params"),
    [
        (AttendanceStatus.PARTIAL, None, "attendance.minutes_missing", {}),
        (AttendanceStatus.PARTIAL, 180, "attendance.partial_range", {"planned": 180}),
        (AttendanceStatus.PARTIAL, 0, "attendance.partial_range", {"planned": 180}),
        (
            AttendanceStatus.ABSENT,
            30,
            "attendance.minutes_not_partial",
            {"status": "absent"},
        ),
    ],
)
def test_attendance_rules_refuse_with_a_code(
    status: AttendanceStatus, minutes: int | None, code: str, params: Mapping[str, object]
) -> None:
    exc = _refusal(minutes_for, status, 180, minutes)
    assert (exc.field, exc.code, dict(exc.params)) == ("minutes", code, params)


def test_planning_refusals_carry_their_problem_as_code() -> None:
    exc = _refusal(clean_title, "x" * 500)
    assert isinstance(exc, PlanningError)
    assert exc.problem is Problem.TOO_LONG
    assert (exc.code, dict(exc.params)) == ("planning.too_long", {"limit": 300})
