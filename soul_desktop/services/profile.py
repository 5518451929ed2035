"""Editing the project profile at central: milestones, target values, collaborating regions.

These rows are national (partition "national"): only the central office writes them, and its
bundles carry them to the regions. Each function is one user action in one unit of work: the
input is checked first, then written, and the answer is a frozen record. Calling a function
again with the earlier values takes a change back (undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from soul_desktop.domain.enums import InstallationRole, MilestoneStatus
from soul_desktop.domain.profile import (
    ProfileError,
    ProfileSettings,
    ProgrammeRegionRecord,
    TargetRecord,
    TargetValues,
    central_only,
    check_collaborating,
    check_milestone,
    check_target_values,
)
from soul_desktop.domain.targets import MilestoneRecord
from soul_desktop.storage import profile as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork


# -- reading ------------------------------------------------------------------------------
def milestones(db: Database) -> tuple[MilestoneRecord, ...]:
    """The milestones of Goals 2 and 3, by goal and code."""
    with UnitOfWork(db) as uow:
        return tuple(store.milestone_records(uow.session))


def targets(db: Database) -> tuple[TargetRecord, ...]:
    with UnitOfWork(db) as uow:
        return tuple(store.target_records(uow.session))


def programme_regions(db: Database) -> tuple[ProgrammeRegionRecord, ...]:
    with UnitOfWork(db) as uow:
        return tuple(store.region_records(uow.session))


def settings(db: Database) -> ProfileSettings:
    """Every target and every programme region, as the "Edit targets" dialog shows them."""
    with UnitOfWork(db) as uow:
        s = uow.session
        return ProfileSettings(tuple(store.target_records(s)), tuple(store.region_records(s)))


def can_edit(db: Database) -> bool:
    """Whether this installation may edit the profile (the central office only)."""
    with UnitOfWork(db) as uow:
        return store.local_role(uow.session) is InstallationRole.CENTRAL


# -- writing ------------------------------------------------------------------------------
def _require_central(s: Any) -> None:
    if store.local_role(s) is not InstallationRole.CENTRAL:
        raise central_only()


def update_milestone(
    db: Database, milestone_id: str, *, status: MilestoneStatus | str, evidence_note: str | None
) -> MilestoneRecord:
    """Set a milestone's status and evidence note (a blank note is none)."""
    checked_status, note = check_milestone(status, evidence_note)
    with UnitOfWork(db) as uow:
        s = uow.session
        _require_central(s)
        row = store.get_milestone(s, milestone_id)
        if row is None:
            raise ProfileError(
                "there is no such milestone", field="milestone", code="profile.milestone_not_found"
            )
        row.status = checked_status
        row.evidence_note = note
        s.flush()
        record = store.milestone_record(row)
        uow.commit()
    return record


def update_target(
    db: Database, target_id: str, *, value: int, per_region_nominal: int | None
) -> TargetRecord:
    """Set a target's value and its nominal share per region (None: the target has none)."""
    settings_after = update_profile(
        db, targets=[TargetValues(target_id, value, per_region_nominal)]
    )
    return next(t for t in settings_after.targets if t.id == target_id)


def set_region_collaborating(
    db: Database, region_code: str, collaborating: bool
) -> ProgrammeRegionRecord:
    """Make a region one of the collaborating regions, or one of the others."""
    settings_after = update_profile(db, collaborating={region_code: collaborating})
    return next(r for r in settings_after.regions if r.region_code == region_code)


def update_profile(
    db: Database,
    *,
    targets: Iterable[TargetValues] = (),
    collaborating: Mapping[str, bool] | None = None,
) -> ProfileSettings:
    """Several target values and region roles in one change (the "Edit targets" dialog).

    Everything is checked before anything is written; the answer is the whole profile as it
    is afterwards. Passing the earlier values (`ProfileSettings.target_values()` and
    `.collaborating()` of the record shown before) takes the change back.
    """
    wanted: dict[str, tuple[int, int | None]] = {}
    for item in targets:
        try:
            wanted[item.target_id] = check_target_values(item.value, item.per_region_nominal)
        except ProfileError as exc:
            raise ProfileError(
                exc.message,
                field=exc.field,
                code=exc.code,
                params={**exc.params, "target_id": item.target_id},
            ) from None
    roles = check_collaborating(collaborating or {})
    with UnitOfWork(db) as uow:
        s = uow.session
        _require_central(s)
        rows = store.get_targets(s, sorted(wanted))
        missing = sorted(set(wanted) - set(rows))
        if missing:
            raise ProfileError(
                "there is no such target",
                field="target",
                code="profile.target_not_found",
                params={"target_id": missing[0]},
            )
        regions = store.get_programme_regions(s, sorted(roles))
        unknown = sorted(set(roles) - set(regions))
        if unknown:
            raise ProfileError(
                f"{unknown[0]} is not one of the programme's regions",
                field="collaborating",
                code="profile.region_not_in_programme",
                params={"region": unknown[0]},
            )
        for target_id, (value, nominal) in wanted.items():
            row = rows[target_id]
            row.value = value
            row.per_region_nominal = nominal
        for code, flag in roles.items():
            regions[code].collaborating = flag
        s.flush()
        result = ProfileSettings(tuple(store.target_records(s)), tuple(store.region_records(s)))
        uow.commit()
    return result
