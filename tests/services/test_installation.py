"""Setting up an installation validates role, region and name before writing anything."""

from __future__ import annotations

import pytest

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import AlreadyInitialisedError, ValidationError
from soul_desktop.services import installation
from soul_desktop.storage.database import Database


def test_initialise_then_read_back(empty_db: Database) -> None:
    assert installation.current(empty_db) is None
    made = installation.initialise(empty_db, InstallationRole.LEADER, "se32", "  Lisas   laptop ")
    assert made.name == "Lisas laptop"
    assert (made.role, made.region_code, made.region_name) == (
        InstallationRole.LEADER,
        "SE32",
        "Mellersta Norrland",
    )
    assert installation.current(empty_db) == made


def test_central_has_no_region(empty_db: Database) -> None:
    made = installation.initialise(empty_db, InstallationRole.CENTRAL, None, "Centralt kansli")
    assert made.region_code is None


def test_a_second_initialise_is_refused(regional_db: Database) -> None:
    before = installation.current(regional_db)
    with pytest.raises(AlreadyInitialisedError, match="Testkontoret"):
        installation.initialise(regional_db, InstallationRole.REGIONAL, "SE11", "Ny")
    assert installation.current(regional_db) == before


@pytest.mark.parametrize(
    ("role", "region", "name", "field", "message"),
    [
        (InstallationRole.REGIONAL, "SE99", "Kontor", "region", "unknown region code"),
        (InstallationRole.REGIONAL, None, "Kontor", "region", "needs --region"),
        (InstallationRole.CENTRAL, "SE11", "Kontor", "region", "no region"),
        (InstallationRole.REGIONAL, "SE11", "   ", "name", "needs a name"),
        (InstallationRole.REGIONAL, "SE11", "x" * 201, "name", "longer than"),
    ],
)
def test_invalid_answers_name_the_field(
    role: InstallationRole, region: str | None, name: str, field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        installation.validate(role, region, name)
    assert caught.value.field == field


def test_region_choices_list_all_eight(empty_db: Database) -> None:
    choices = installation.region_choices(empty_db)
    assert [c.code for c in choices][:2] == ["SE11", "SE12"]
    assert len(choices) == 8
