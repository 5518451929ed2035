"""Editing the project profile: central only, checked first, undone by the earlier values, and
carried to the regions in central's bundles."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import NATIONAL_PARTITION, MilestoneStatus
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.profile import (
    MAX_EVIDENCE_NOTE_LENGTH,
    MAX_TARGET_VALUE,
    ProfileError,
    TargetValues,
    check_target_values,
)
from soul_desktop.services import profile, setup
from soul_desktop.storage.database import Database
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from tests.enrolment import enrol, make_central

PARTICIPANTS = ids.derived_id("target", "M1-collaborating-participants")
NETWORKS = ids.derived_id("target", "M1-networks")
METHOD = ids.derived_id("milestone", "M2-method")


def _open(path: Path) -> Database:
    return setup.open_application_database(setup.locate(path), create=False).database


@pytest.fixture
def central(empty_db: Database) -> Database:
    make_central(empty_db)
    return empty_db


def _refusal(call: Callable[..., Any], *args: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def _row(db: Database, table: str, row_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        found = conn.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id})
        return dict(found.mappings().one())


# -- reading --------------------------------------------------------------------------------
def test_the_seeded_profile_reads_back(regional_db: Database) -> None:
    milestones = profile.milestones(regional_db)
    assert [(m.goal, m.code) for m in milestones] == [
        (2, "M2-method"),
        (2, "M2-planning"),
        (2, "M2-roles"),
        (2, "M2-umbrella"),
        (3, "M3-transnational"),
    ]
    assert {m.status for m in milestones} == {MilestoneStatus.NOT_STARTED}
    targets = {t.code: t for t in profile.targets(regional_db)}
    assert targets["M1-collaborating-participants"].value == 170
    assert targets["M1-collaborating-participants"].per_region_nominal == 30
    assert targets["M1-networks"].per_region_nominal is None
    regions = profile.programme_regions(regional_db)
    assert [r.region_code for r in regions if r.collaborating] == [
        "SE11",
        "SE12",
        "SE22",
        "SE23",
        "SE32",
    ]
    assert [r.region_code for r in regions if not r.collaborating] == ["SE21", "SE31", "SE33"]
    assert next(r for r in regions if r.region_code == "SE32").region_name == "Mellersta Norrland"
    settings = profile.settings(regional_db)
    assert settings.targets == profile.targets(regional_db)
    assert settings.collaborating()["SE21"] is False
    assert not profile.can_edit(regional_db)


# -- central edits, and undo by the earlier values --------------------------------------------
def test_central_sets_a_milestone_and_takes_it_back(central: Database) -> None:
    assert profile.can_edit(central)
    before = next(m for m in profile.milestones(central) if m.id == METHOD)
    after = profile.update_milestone(
        central, METHOD, status=MilestoneStatus.IN_PROGRESS, evidence_note="  Metodbok v1  "
    )
    assert (after.status, after.evidence_note) == (MilestoneStatus.IN_PROGRESS, "Metodbok v1")
    assert after == next(m for m in profile.milestones(central) if m.id == METHOD)
    row = _row(central, "milestone", METHOD)
    # A national row, stamped by this installation: central's bundles carry it.
    assert row["partition"] == NATIONAL_PARTITION
    assert row["change_counter"] > 0
    undone = profile.update_milestone(
        central, METHOD, status=before.status, evidence_note=before.evidence_note
    )
    assert undone == before


def test_a_blank_note_is_none_and_a_status_may_be_given_as_text(central: Database) -> None:
    record = profile.update_milestone(central, METHOD, status="achieved", evidence_note="   ")
    assert (record.status, record.evidence_note) == (MilestoneStatus.ACHIEVED, None)


def test_central_changes_a_target_and_takes_it_back(central: Database) -> None:
    before = next(t for t in profile.targets(central) if t.id == PARTICIPANTS)
    after = profile.update_target(central, PARTICIPANTS, value=180, per_region_nominal=36)
    assert (after.value, after.per_region_nominal) == (180, 36)
    assert after.text_sv == before.text_sv
    assert _row(central, "target", PARTICIPANTS)["partition"] == NATIONAL_PARTITION
    undone = profile.update_target(
        central, PARTICIPANTS, value=before.value, per_region_nominal=before.per_region_nominal
    )
    assert undone == before


def test_central_moves_a_region_between_collaborating_and_other(central: Database) -> None:
    record = profile.set_region_collaborating(central, "SE21", True)
    assert (record.region_code, record.collaborating) == ("SE21", True)
    assert profile.settings(central).collaborating()["SE21"] is True
    assert profile.set_region_collaborating(central, "SE21", False).collaborating is False


def test_one_dialog_change_is_one_write_and_undone_as_one(central: Database) -> None:
    before = profile.settings(central)
    after = profile.update_profile(
        central,
        targets=[TargetValues(PARTICIPANTS, 200, 40), TargetValues(NETWORKS, 7, None)],
        collaborating={"SE33": True, "SE11": False},
    )
    values = {t.id: (t.value, t.per_region_nominal) for t in after.targets}
    assert values[PARTICIPANTS] == (200, 40)
    assert values[NETWORKS] == (7, None)
    assert after.collaborating()["SE33"] is True
    assert after.collaborating()["SE11"] is False
    undone = profile.update_profile(
        central, targets=before.target_values(), collaborating=before.collaborating()
    )
    assert undone == before


def test_nothing_is_written_when_one_part_is_refused(central: Database) -> None:
    before = profile.settings(central)
    exc = _refusal(
        profile.update_profile,
        central,
        targets=[TargetValues(PARTICIPANTS, 200, 40)],
        collaborating={"SE99": True},
    )
    assert (exc.code, dict(exc.params)) == ("profile.region_not_in_programme", {"region": "SE99"})
    assert profile.settings(central) == before


def test_an_unchanged_value_writes_no_new_version(central: Database) -> None:
    counter = _row(central, "target", PARTICIPANTS)["change_counter"]
    profile.update_target(central, PARTICIPANTS, value=170, per_region_nominal=30)
    assert _row(central, "target", PARTICIPANTS)["change_counter"] == counter


# -- refusals -------------------------------------------------------------------------------
def test_a_regional_installation_may_not_edit_the_profile(regional_db: Database) -> None:
    before = profile.settings(regional_db)
    milestones = profile.milestones(regional_db)
    for exc in (
        _refusal(
            profile.update_milestone, regional_db, METHOD, status="achieved", evidence_note="x"
        ),
        _refusal(profile.update_target, regional_db, PARTICIPANTS, value=1, per_region_nominal=1),
        _refusal(profile.set_region_collaborating, regional_db, "SE21", True),
    ):
        assert isinstance(exc, ProfileError)
        assert (exc.code, dict(exc.params)) == ("profile.central_only", {})
    assert profile.settings(regional_db) == before
    assert profile.milestones(regional_db) == milestones


@pytest.mark.parametrize(
    ("value", "nominal", "code", "field", "params"),
    [
        (0, None, "profile.not_positive", "value", {}),
        (-5, None, "profile.not_positive", "value", {}),
        (170, 0, "profile.not_positive", "per_region_nominal", {}),
        (MAX_TARGET_VALUE + 1, None, "profile.too_large", "value", {"limit": MAX_TARGET_VALUE}),
        ("170", None, "profile.not_a_number", "value", {}),
        (True, None, "profile.not_a_number", "value", {}),
        (
            30,
            31,
            "profile.nominal_above_target",
            "per_region_nominal",
            {"nominal": 31, "target": 30},
        ),
    ],
)
def test_target_values_are_checked(
    central: Database, value: Any, nominal: Any, code: str, field: str, params: dict[str, Any]
) -> None:
    before = profile.targets(central)
    exc = _refusal(check_target_values, value, nominal)
    assert (exc.code, exc.field, dict(exc.params)) == (code, field, params)
    # The service refuses the same way, naming the target.
    exc = _refusal(
        profile.update_target, central, PARTICIPANTS, value=value, per_region_nominal=nominal
    )
    assert (exc.code, exc.field) == (code, field)
    assert dict(exc.params) == {**params, "target_id": PARTICIPANTS}
    assert profile.targets(central) == before


def test_milestone_input_is_checked(central: Database) -> None:
    exc = _refusal(
        profile.update_milestone,
        central,
        METHOD,
        status="achieved",
        evidence_note="x" * (MAX_EVIDENCE_NOTE_LENGTH + 1),
    )
    assert (exc.code, exc.field, dict(exc.params)) == (
        "profile.note_too_long",
        "evidence_note",
        {"limit": MAX_EVIDENCE_NOTE_LENGTH},
    )
    exc = _refusal(profile.update_milestone, central, METHOD, status="done", evidence_note=None)
    assert (exc.code, dict(exc.params)) == ("choice.unknown", {"value": "done"})
    # The longest note allowed is kept whole.
    note = "y" * MAX_EVIDENCE_NOTE_LENGTH
    assert (
        profile.update_milestone(
            central, METHOD, status="achieved", evidence_note=note
        ).evidence_note
        == note
    )


def test_unknown_rows_are_refused(central: Database) -> None:
    exc = _refusal(profile.update_milestone, central, "nope", status="achieved", evidence_note=None)
    assert exc.code == "profile.milestone_not_found"
    exc = _refusal(profile.update_target, central, "nope", value=5, per_region_nominal=None)
    assert (exc.code, dict(exc.params)) == ("profile.target_not_found", {"target_id": "nope"})
    exc = _refusal(profile.set_region_collaborating, central, "SE99", True)
    assert exc.code == "profile.region_not_in_programme"
    exc = _refusal(profile.update_profile, central, collaborating={"SE21": "yes"})
    assert exc.code == "flag.not_yes_or_no"


# -- central's bundle carries the change to a region ----------------------------------------------
@pytest.fixture
def region(empty_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "region" / "soul.db"
    path.parent.mkdir()
    shutil.copyfile(empty_template, path)
    db = _open(path)
    yield db
    db.dispose()


def _send(source: Database, target: Database, path: Path) -> None:
    with target.engine.connect() as conn:
        recipient = local_installation_id(conn)
    export_bundle(source, path, recipient_id=recipient)
    summary = import_bundle(target, path)
    assert summary.outcome == "applied", summary.reason


def test_a_target_changed_at_central_reaches_a_region_in_a_bundle(
    central: Database, region: Database, tmp_path: Path
) -> None:
    enrol(central, region, tmp_path, "Jämtland kontor", region="SE32")
    # The region tells central its keys first, as a newly enrolled office does.
    _send(region, central, tmp_path / "hello.soulbundle")
    profile.update_target(central, PARTICIPANTS, value=150, per_region_nominal=25)
    profile.set_region_collaborating(central, "SE21", True)
    profile.update_milestone(central, METHOD, status="in_progress", evidence_note="Utkast klart")
    _send(central, region, tmp_path / "profile.soulbundle")

    target = next(t for t in profile.targets(region) if t.id == PARTICIPANTS)
    assert (target.value, target.per_region_nominal) == (150, 25)
    assert profile.settings(region).collaborating()["SE21"] is True
    milestone = next(m for m in profile.milestones(region) if m.id == METHOD)
    assert (milestone.status, milestone.evidence_note) == (
        MilestoneStatus.IN_PROGRESS,
        "Utkast klart",
    )
    # The region reads them but may not change them.
    assert _refusal(profile.set_region_collaborating, region, "SE21", False).code == (
        "profile.central_only"
    )
