"""Pure rules of the participant register: names, birth year, e-mail, needs, declined marks."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.domain.enums import AccessibilityNeed, Disability, EducationBand
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.people import (
    check_birth_year,
    check_declined,
    check_email,
    check_name,
    check_needs,
    check_phone,
    clean_text,
    needs_from_text,
    needs_to_text,
    parse_birth_year,
    parse_date,
)

TODAY = dt.date(2026, 11, 27)


def test_names_are_trimmed_and_required() -> None:
    assert check_name("  Anna   Maria ", "first_name", "first name") == "Anna Maria"
    with pytest.raises(ValidationError, match="first name is required") as caught:
        check_name("   ", "first_name", "first name")
    assert caught.value.field == "first_name"
    with pytest.raises(ValidationError, match="required"):
        check_name(None, "last_name", "last name")


def test_names_are_at_most_200_characters() -> None:
    assert len(check_name("Å" * 200, "last_name", "last name")) == 200
    with pytest.raises(ValidationError, match="longer than 200") as caught:
        check_name("Å" * 201, "last_name", "last name")
    assert caught.value.field == "last_name"


@pytest.mark.parametrize("year", [1906, 1975, 2026])
def test_plausible_birth_years(year: int) -> None:
    assert check_birth_year(year, TODAY) == year


@pytest.mark.parametrize(("year", "reason"), [(2027, "future"), (1905, "1906 or later")])
def test_implausible_birth_years(year: int, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as caught:
        check_birth_year(year, TODAY)
    assert caught.value.field == "birth_year"


def test_birth_year_as_typed() -> None:
    assert parse_birth_year(" 1975 ", TODAY) == 1975
    assert parse_birth_year("", TODAY) is None
    for text in ("75", "19x5", "١٩٧٥"):
        with pytest.raises(ValidationError, match="four digits"):
            parse_birth_year(text, TODAY)


@pytest.mark.parametrize("address", ["anna.ek@example.se", "a+b@sub.example.org", " x@y.se "])
def test_email_shapes_accepted(address: str) -> None:
    assert check_email(address) == address.strip()


@pytest.mark.parametrize("address", ["anna", "anna@", "@example.se", "a@b", "a b@c.se", "a@@b.se"])
def test_email_shapes_refused(address: str) -> None:
    with pytest.raises(ValidationError, match=r"name@example\.se") as caught:
        check_email(address)
    assert caught.value.field == "email"


def test_empty_email_and_phone_are_none() -> None:
    assert check_email("  ") is None
    assert check_phone("") is None
    assert check_phone(" 070-123 45 67 ") == "070-123 45 67"
    with pytest.raises(ValidationError, match="digits"):
        check_phone("ring mig")


def test_needs_come_from_the_vocabulary_in_its_order() -> None:
    needs = check_needs(["breaks", AccessibilityNeed.HEARING_LOOP, "breaks"])
    assert needs == (AccessibilityNeed.HEARING_LOOP, AccessibilityNeed.BREAKS)
    with pytest.raises(ValidationError, match="not a known accessibility need") as caught:
        check_needs(["wheelchair"])
    assert caught.value.field == "accessibility_needs"


def test_needs_round_trip_through_text() -> None:
    needs = (AccessibilityNeed.STEP_FREE_ACCESS, AccessibilityNeed.SPECIAL_DIET)
    assert needs_to_text(needs) == "step_free_access,special_diet"
    assert needs_from_text("special_diet,step_free_access,unknown_future_need") == needs
    assert needs_from_text("") == () and needs_from_text(None) == ()


def test_declined_and_answered_cannot_both_be_recorded() -> None:
    check_declined({"declined_education": True, "education_band": EducationBand.NOT_STATED})
    check_declined({"declined_personnummer": False, "personnummer": "19880320-0016"})
    with pytest.raises(ValidationError, match="declined") as caught:
        check_declined({"declined_disability": True, "disability": Disability.YES})
    assert caught.value.field == "declined_disability"
    with pytest.raises(ValidationError, match="accessibility needs"):
        check_declined(
            {"declined_accessibility": True, "accessibility_needs": (AccessibilityNeed.BREAKS,)}
        )


def test_dates_and_text() -> None:
    assert parse_date("2026-03-15", "consent_date") == dt.date(2026, 3, 15)
    assert parse_date(" ", "consent_date") is None
    with pytest.raises(ValidationError, match="YYYY-MM-DD") as caught:
        parse_date("15/3 2026", "consent_date")
    assert caught.value.field == "consent_date"
    assert clean_text("  a \n b ") == "a b" and clean_text("   ") is None
