"""Personnummer and org numbers: accepted forms, the stored form, and why a number is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.services.identity_numbers import (
    IdentityNumberError,
    NumberProblem,
    normalise_org_number,
    normalise_personnummer,
    personnummer_birth_date,
)

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "written",
    ["19880320-0016", "880320-0016", "8803200016", "198803200016", " 880320 - 0016 "],
)
def test_accepted_forms_are_stored_as_yyyymmdd_nnnn(written: str) -> None:
    assert normalise_personnummer(written, TODAY) == "19880320-0016"


def test_two_digit_years_take_the_latest_century_not_in_the_future() -> None:
    # 2012-12-12 has passed; 2026-12-01 has not, so that person was born in 1926.
    assert normalise_personnummer("121212-1212", TODAY) == "20121212-1212"
    assert normalise_personnummer("261201-0005", TODAY).startswith("1926")


def test_plus_marks_someone_aged_100_or_more() -> None:
    assert normalise_personnummer("250101+0009", TODAY) == "19250101-0009"
    assert normalise_personnummer("250101-0009", TODAY) == "20250101-0009"
    assert personnummer_birth_date("19250101-0009") == dt.date(1925, 1, 1)


def _problem(text: str) -> IdentityNumberError:
    with pytest.raises(IdentityNumberError) as caught:
        normalise_personnummer(text, TODAY)
    assert caught.value.field == "personnummer"
    return caught.value


def test_a_date_that_does_not_exist_is_named() -> None:
    error = _problem("19881320-0016")
    assert error.problem is NumberProblem.DATE
    assert "1988-13-20 does not exist" in str(error)
    assert _problem("19870229-0000").problem is NumberProblem.DATE


def test_a_wrong_check_digit_is_named() -> None:
    error = _problem("19880320-0018")
    assert error.problem is NumberProblem.CHECK_DIGIT
    assert "check digit" in str(error)


def test_a_future_birth_date_is_refused() -> None:
    assert _problem("20270101-0007").problem is NumberProblem.FUTURE


def test_length_and_shape() -> None:
    assert _problem("880320-001").problem is NumberProblem.LENGTH
    assert "has 9" in str(_problem("880320-001"))
    assert _problem("abc").problem is NumberProblem.FORMAT
    assert _problem("   ").problem is NumberProblem.EMPTY


def test_coordination_numbers_are_not_personnummer() -> None:
    assert _problem("19880380-0010").problem is NumberProblem.COORDINATION


@pytest.mark.parametrize("written", ["556036-0793", "5560360793", "16556036-0793", " 556036 0793"])
def test_org_numbers_are_stored_as_nnnnnn_nnnn(written: str) -> None:
    assert normalise_org_number(written) == "556036-0793"


def test_bad_org_numbers() -> None:
    with pytest.raises(IdentityNumberError, match="check digit") as caught:
        normalise_org_number("556036-0794")
    assert caught.value.problem is NumberProblem.CHECK_DIGIT
    assert caught.value.field == "org_number"
    with pytest.raises(IdentityNumberError, match="has 8") as caught:
        normalise_org_number("556036-07")
    assert caught.value.problem is NumberProblem.LENGTH
    with pytest.raises(IdentityNumberError) as caught:
        normalise_org_number("AB1234-5678")
    assert caught.value.problem is NumberProblem.FORMAT
