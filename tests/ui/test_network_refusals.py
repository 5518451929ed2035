"""Every refusal code of the networks and of the course's network and activity is worded."""

from __future__ import annotations

import pytest

from soul_desktop.domain.errors import ValidationError
from soul_desktop.ui.refusals import refusal_text

CODES: list[tuple[str, dict[str, object], str]] = [
    ("network.name_required", {}, "The network needs a name."),
    (
        "network.name_too_long",
        {"limit": 300},
        "The network's name can be at most 300 characters long.",
    ),
    ("network.formed_not_a_date", {}, "Write the formed date as YYYY-MM-DD, like 2010-03-01."),
    (
        "network.formed_too_early",
        {"date": "1999-12-31", "earliest": "2000-01-01"},
        "The formed date 1999-12-31 is too early; it must be 2000-01-01 or later.",
    ),
    (
        "network.formed_in_future",
        {"date": "2027-01-01"},
        "The formed date 2027-01-01 is in the future; record it once the network is formed.",
    ),
    ("network.region_required", {"region": ""}, "Choose the network's region."),
    (
        "network.outside_region",
        {"region": "SE11", "own": "SE32"},
        "This installation keeps region SE32; the network of SE11 is kept there.",
    ),
    ("network.exists", {}, "The network is already recorded."),
    ("network.not_found", {}, "The network is no longer there; it may have been deleted."),
    (
        "network.region_has_network",
        {"region": "SE32", "name": "Nätverket"},
        "Region SE32 already has a network, “Nätverket”; a region has one network.",
    ),
    (
        "network.has_meetings",
        {"count": 3},
        "3 network meetings belong to this network; delete them, or set them to no network, "
        "before deleting the network.",
    ),
    (
        "network_member.organisation_not_found",
        {},
        "The organisation is no longer in the register; it may have been deleted.",
    ),
    (
        "network_member.other_region",
        {"name": "Bron", "region": "SE32"},
        "Bron is not an organisation of region SE32.",
    ),
    ("network_member.already_member", {"name": "Bron"}, "Bron is already a member of the network."),
    ("network_member.not_found", {}, "The organisation is no longer a member of the network."),
    ("board_seat.name_required", {}, "The board member needs a name."),
    (
        "board_seat.name_too_long",
        {"limit": 300},
        "The board member's name can be at most 300 characters long.",
    ),
    (
        "board_seat.role_too_long",
        {"limit": 100},
        "The board role can be at most 100 characters long.",
    ),
    ("board_seat.unknown_gender", {"value": "x"}, "“x” is not one of the choices."),
    ("board_seat.person_not_found", {}, "The chosen person is no longer in the register."),
    ("board_seat.not_found", {}, "The board seat is no longer there; it may have been removed."),
    ("board_seat.exists", {}, "The board seat is already recorded."),
    (
        "course.unknown_network",
        {},
        "The chosen network is no longer there; it may have been deleted.",
    ),
    (
        "course.network_other_region",
        {"network_region": "SE11", "region": "SE32"},
        "The chosen network belongs to region SE11, not to the course's SE32.",
    ),
    ("course.unknown_activity", {"code": "9.9.9"}, "There is no transnational activity 9.9.9."),
    (
        "course.network_wrong_kind",
        {"kind": "course"},
        "Only a network meeting belongs to a network; choose no network first.",
    ),
    (
        "course.activity_wrong_kind",
        {"kind": "network_meeting"},
        "A network meeting is not part of a transnational activity; choose no activity first.",
    ),
]


@pytest.mark.parametrize(("code", "params", "text"), CODES, ids=[c[0] for c in CODES])
def test_the_code_is_worded(code: str, params: dict[str, object], text: str) -> None:
    exc = ValidationError("the English message", field="x", code=code, params=params)
    assert refusal_text(exc) == text


def test_one_meeting_is_said_in_the_singular() -> None:
    exc = ValidationError("m", code="network.has_meetings", params={"count": 1})
    assert refusal_text(exc).startswith("A network meeting belongs to this network;")
