"""Queries and writes for the editable parts of the project profile (national rows)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.profile import ProgrammeRegionRecord, TargetRecord
from soul_desktop.domain.targets import MilestoneRecord
from soul_desktop.storage.models import (
    Installation,
    LocalState,
    Milestone,
    ProgrammeRegion,
    Region,
    Target,
)


def local_role(session: Session) -> InstallationRole | None:
    state = session.get(LocalState, 1)
    if state is None or state.installation_id is None:
        return None
    installation = session.get(Installation, state.installation_id)
    return installation.role if installation is not None else None


# -- milestones ---------------------------------------------------------------------------
def milestone_record(row: Milestone) -> MilestoneRecord:
    return MilestoneRecord(
        id=row.id,
        code=row.code,
        goal=row.goal,
        text_sv=row.text_sv,
        status=row.status,
        evidence_note=row.evidence_note,
    )


def milestone_records(session: Session) -> list[MilestoneRecord]:
    rows = session.scalars(
        sa.select(Milestone)
        .where(Milestone.deleted.is_(False))
        .order_by(Milestone.goal, Milestone.code)
    )
    return [milestone_record(row) for row in rows]


def get_milestone(session: Session, milestone_id: str) -> Milestone | None:
    row = session.get(Milestone, milestone_id)
    return None if row is None or row.deleted else row


# -- targets ------------------------------------------------------------------------------
def target_record(row: Target) -> TargetRecord:
    return TargetRecord(
        id=row.id,
        code=row.code,
        goal=row.goal,
        text_sv=row.text_sv,
        measure=row.measure,
        scope=row.scope,
        value=row.value,
        per_region_nominal=row.per_region_nominal,
    )


def target_records(session: Session) -> list[TargetRecord]:
    rows = session.scalars(
        sa.select(Target).where(Target.deleted.is_(False)).order_by(Target.goal, Target.code)
    )
    return [target_record(row) for row in rows]


def get_targets(session: Session, target_ids: list[str]) -> dict[str, Target]:
    if not target_ids:
        return {}
    rows = session.scalars(
        sa.select(Target).where(Target.id.in_(target_ids), Target.deleted.is_(False))
    )
    return {row.id: row for row in rows}


# -- programme regions --------------------------------------------------------------------
def region_records(session: Session) -> list[ProgrammeRegionRecord]:
    rows = session.execute(
        sa.select(ProgrammeRegion.region_code, Region.name_sv, ProgrammeRegion.collaborating)
        .join(Region, Region.code == ProgrammeRegion.region_code)
        .where(ProgrammeRegion.deleted.is_(False))
        .order_by(ProgrammeRegion.region_code)
    )
    return [ProgrammeRegionRecord(code, name, bool(flag)) for code, name, flag in rows]


def get_programme_regions(session: Session, codes: list[str]) -> dict[str, ProgrammeRegion]:
    if not codes:
        return {}
    rows = session.scalars(
        sa.select(ProgrammeRegion).where(
            ProgrammeRegion.region_code.in_(codes), ProgrammeRegion.deleted.is_(False)
        )
    )
    return {row.region_code: row for row in rows}


def region_name(session: Session, code: str) -> str:
    region = session.get(Region, code)
    return region.name_sv if region is not None else code
