"""Regional networks: the records the networks page shows and the rules their input keeps.

A region records its network (name, formed date, notes), the organisations that are members,
the seats of its board (with gender, counted in 4R R1) and the meetings it held, which are
courses of kind network meeting pointing at the network. A region has at most one live
network. Refusals are `NetworkError`s with a stable `code` ("network.name_required" …) and the
variable parts in `params`, worded in the user's language by the interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from soul_desktop.domain.enums import CourseStatus, Gender
from soul_desktop.domain.errors import ValidationError

MAX_NAME_LENGTH = 300  # network and board-seat names (the column widths)
MAX_ROLE_LENGTH = 100
# The programme's networks were formed from 2009 on; a date before 2000 is a typing mistake.
EARLIEST_FORMED = dt.date(2000, 1, 1)

NETWORK_FIELDS = frozenset({"name", "formed_on", "notes"})
SEAT_FIELDS = frozenset({"name", "gender", "board_role", "person_id"})


class NetworkError(ValidationError):
    """A refused network input or action; `code` names the rule, `params` its details."""

    def __init__(self, code: str, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message, field=field, code=code, params=params)


# -- records ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MemberRecord:
    """A member organisation of a network."""

    id: str
    organisation_id: str
    organisation_name: str
    municipality_name: str | None = None


@dataclass(frozen=True, slots=True)
class BoardSeatRecord:
    """A seat on the network's board; `person_id` links it to a registered person."""

    id: str
    network_id: str
    name: str
    gender: Gender
    board_role: str | None = None
    person_id: str | None = None
    person_name: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A network meeting: a course of kind network meeting that points at the network."""

    course_id: str
    title: str
    status: CourseStatus
    first_date: dt.date | None = None
    session_count: int = 0


@dataclass(frozen=True, slots=True)
class NetworkRecord:
    id: str
    region_code: str
    region_name: str
    name: str
    formed_on: dt.date | None = None
    notes: str | None = None
    members: tuple[MemberRecord, ...] = ()
    board: tuple[BoardSeatRecord, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    # True in the answer of a delete: the interface drops the row instead of updating it.
    deleted: bool = False

    def board_by_gender(self) -> dict[Gender, int]:
        """Seats per gender, every gender present (zero when none)."""
        counts = dict.fromkeys(Gender, 0)
        for seat in self.board:
            counts[seat.gender] += 1
        return counts

    def seat(self, seat_id: str) -> BoardSeatRecord | None:
        return next((s for s in self.board if s.id == seat_id), None)

    def member_ids(self) -> frozenset[str]:
        """The organisation ids of the members."""
        return frozenset(m.organisation_id for m in self.members)


@dataclass(frozen=True, slots=True)
class NetworkChoice:
    """A live network offered for a network meeting."""

    id: str
    region_code: str
    name: str


@dataclass(frozen=True, slots=True)
class OrganisationChoice:
    id: str
    name: str
    municipality_name: str | None = None


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class NetworkFields:
    name: str
    formed_on: dt.date | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class SeatFields:
    name: str
    gender: Gender
    board_role: str | None
    person_id: str | None


# -- rules --------------------------------------------------------------------------------
def _clean_line(text: object) -> str:
    return " ".join(str(text).split()) if text is not None else ""


def clean_network_name(name: object) -> str:
    cleaned = _clean_line(name)
    if not cleaned:
        raise NetworkError("network.name_required", "the network needs a name", "name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise NetworkError(
            "network.name_too_long",
            f"the network's name is longer than {MAX_NAME_LENGTH} characters",
            "name",
            limit=MAX_NAME_LENGTH,
        )
    return cleaned


def check_formed_on(value: object, today: dt.date) -> dt.date | None:
    """The date the network was formed: none yet, or from 2000 up to today."""
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise NetworkError(
            "network.formed_not_a_date", "the formed date is not a date", "formed_on"
        )
    if value < EARLIEST_FORMED:
        raise NetworkError(
            "network.formed_too_early",
            f"the formed date {value.isoformat()} is before {EARLIEST_FORMED.isoformat()}",
            "formed_on",
            date=value.isoformat(),
            earliest=EARLIEST_FORMED.isoformat(),
        )
    if value > today:
        raise NetworkError(
            "network.formed_in_future",
            f"the formed date {value.isoformat()} is in the future",
            "formed_on",
            date=value.isoformat(),
        )
    return value


def clean_notes(text: object) -> str | None:
    """Free text; blank becomes None."""
    if text is None:
        return None
    cleaned = str(text).strip()
    return cleaned or None


def check_network(
    *, name: object, formed_on: object, notes: object, today: dt.date
) -> NetworkFields:
    """Every network rule at once; the first broken rule is raised with its field."""
    return NetworkFields(
        name=clean_network_name(name),
        formed_on=check_formed_on(formed_on, today),
        notes=clean_notes(notes),
    )


def clean_seat_name(name: object) -> str:
    cleaned = _clean_line(name)
    if not cleaned:
        raise NetworkError("board_seat.name_required", "the board member needs a name", "name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise NetworkError(
            "board_seat.name_too_long",
            f"the board member's name is longer than {MAX_NAME_LENGTH} characters",
            "name",
            limit=MAX_NAME_LENGTH,
        )
    return cleaned


def check_gender(value: object) -> Gender:
    try:
        return Gender(str(value))
    except ValueError:
        raise NetworkError(
            "board_seat.unknown_gender", f"unknown gender {value!r}", "gender", value=str(value)
        ) from None


def clean_board_role(text: object) -> str | None:
    cleaned = _clean_line(text)
    if not cleaned:
        return None
    if len(cleaned) > MAX_ROLE_LENGTH:
        raise NetworkError(
            "board_seat.role_too_long",
            f"the board role is longer than {MAX_ROLE_LENGTH} characters",
            "board_role",
            limit=MAX_ROLE_LENGTH,
        )
    return cleaned


def check_seat(
    *, name: object, gender: object, board_role: object, person_id: object
) -> SeatFields:
    """Every board-seat rule at once; the first broken rule is raised with its field."""
    return SeatFields(
        name=clean_seat_name(name),
        gender=check_gender(gender),
        board_role=clean_board_role(board_role),
        person_id=str(person_id) if person_id else None,
    )


def check_field_names(given: Mapping[str, Any], allowed: frozenset[str], what: str) -> None:
    unknown = sorted(set(given) - allowed)
    if unknown:
        raise NetworkError(
            "field.unknown",
            f"{what} have no field {unknown[0]!r}",
            unknown[0],
            names=", ".join(unknown),
        )
