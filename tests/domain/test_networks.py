"""The rules of a regional network's input, each refusal with its stable code and params."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from soul_desktop.domain import networks as rules
from soul_desktop.domain.enums import CourseStatus, Gender
from soul_desktop.domain.networks import (
    BoardSeatRecord,
    MeetingRecord,
    NetworkError,
    NetworkRecord,
)

TODAY = dt.date(2026, 11, 27)


def _refusal(call: Callable[..., Any], *args: Any, **kwargs: Any) -> NetworkError:
    with pytest.raises(NetworkError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_network_is_cleaned() -> None:
    fields = rules.check_network(
        name="  Sociala   ekonomins nätverk  ",
        formed_on=dt.date(2010, 3, 1),
        notes="  Bildat på Folkets Hus.\n ",
        today=TODAY,
    )
    assert fields == rules.NetworkFields(
        "Sociala ekonomins nätverk", dt.date(2010, 3, 1), "Bildat på Folkets Hus."
    )
    blank = rules.check_network(name="N", formed_on=None, notes="   ", today=TODAY)
    assert (blank.formed_on, blank.notes) == (None, None)


def test_the_formed_date_may_be_today_and_the_first_of_2000() -> None:
    assert rules.check_formed_on(TODAY, TODAY) == TODAY
    assert rules.check_formed_on(dt.date(2000, 1, 1), TODAY) == dt.date(2000, 1, 1)


REFUSALS: list[tuple[Callable[..., Any], tuple[Any, ...], str, str, Mapping[str, object]]] = [
    (rules.clean_network_name, ("  ",), "name", "network.name_required", {}),
    (rules.clean_network_name, (None,), "name", "network.name_required", {}),
    (rules.clean_network_name, ("n" * 301,), "name", "network.name_too_long", {"limit": 300}),
    (
        rules.check_formed_on,
        (dt.date(1999, 12, 31), TODAY),
        "formed_on",
        "network.formed_too_early",
        {"date": "1999-12-31", "earliest": "2000-01-01"},
    ),
    (
        rules.check_formed_on,
        (dt.date(2026, 11, 28), TODAY),
        "formed_on",
        "network.formed_in_future",
        {"date": "2026-11-28"},
    ),
    (rules.check_formed_on, ("2010-03-01", TODAY), "formed_on", "network.formed_not_a_date", {}),
    (
        rules.check_formed_on,
        (dt.datetime(2010, 3, 1, 9), TODAY),
        "formed_on",
        "network.formed_not_a_date",
        {},
    ),
    (rules.clean_seat_name, ("",), "name", "board_seat.name_required", {}),
    (rules.clean_seat_name, ("å" * 301,), "name", "board_seat.name_too_long", {"limit": 300}),
    (rules.check_gender, ("female",), "gender", "board_seat.unknown_gender", {"value": "female"}),
    (
        rules.clean_board_role,
        ("r" * 101,),
        "board_role",
        "board_seat.role_too_long",
        {"limit": 100},
    ),
    (
        rules.check_field_names,
        ({"colour": 1}, rules.NETWORK_FIELDS, "networks"),
        "colour",
        "field.unknown",
        {"names": "colour"},
    ),
]


@pytest.mark.parametrize(
    ("call", "args", "field", "code", "params"),
    REFUSALS,
    ids=[f"{row[3]}-{i}" for i, row in enumerate(REFUSALS)],
)
def test_refusals_carry_a_code(
    call: Callable[..., Any],
    args: tuple[Any, ...],
    field: str,
    code: str,
    params: Mapping[str, object],
) -> None:
    exc = _refusal(call, *args)
    assert (exc.field, exc.code, dict(exc.params)) == (field, code, params), exc.message


def test_a_seat_is_cleaned() -> None:
    fields = rules.check_seat(
        name=" Karin  Lund ", gender="woman", board_role="  ordförande ", person_id=""
    )
    assert fields == rules.SeatFields("Karin Lund", Gender.WOMAN, "ordförande", None)
    assert rules.check_seat(name="K", gender=Gender.MAN, board_role="", person_id="p1") == (
        rules.SeatFields("K", Gender.MAN, None, "p1")
    )


def test_the_first_broken_rule_of_a_network_is_the_one_reported() -> None:
    exc = _refusal(
        rules.check_network, name="", formed_on=dt.date(1990, 1, 1), notes=None, today=TODAY
    )
    assert exc.code == "network.name_required"


def test_the_record_counts_the_board_by_gender_with_every_gender_present() -> None:
    seat = BoardSeatRecord
    record = NetworkRecord(
        id="n1",
        region_code="SE32",
        region_name="Mellersta Norrland",
        name="Nätverket",
        board=(
            seat("s1", "n1", "Karin", Gender.WOMAN),
            seat("s2", "n1", "Eva", Gender.WOMAN),
            seat("s3", "n1", "Kim", Gender.OTHER),
        ),
        meetings=(MeetingRecord("c1", "Möte", CourseStatus.PLANNED),),
    )
    assert record.board_by_gender() == {
        Gender.WOMAN: 2,
        Gender.MAN: 0,
        Gender.OTHER: 1,
        Gender.NOT_STATED: 0,
    }
    assert record.seat("s3") is record.board[2]
    assert record.seat("nope") is None
    assert record.member_ids() == frozenset()
