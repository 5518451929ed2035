"""Idempotent loading of the shipped reference data and the project profile."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import ids
from soul_desktop.domain.enums import NATIONAL_PARTITION
from soul_desktop.domain.reference import ReferenceData
from soul_desktop.storage.base import Base
from soul_desktop.storage.models import (
    CompetenceArea,
    County,
    LegalForm,
    LocalState,
    Milestone,
    Municipality,
    Partner,
    ProgrammeRegion,
    ProjectProfile,
    Region,
    Target,
    TransnationalActivity,
)

PROFILE_ID = ids.derived_id("project_profile", "SOUL")


def _seed_columns() -> dict[str, Any]:
    # Every installation seeds identical rows, so any real edit (counter > 0) wins over them.
    return {
        "partition": NATIONAL_PARTITION,
        "changed_by": ids.SEED_INSTALLATION_ID,
        "change_counter": 0,
        "hlc": 0,
        "deleted": False,
    }


def _upsert_reference(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert new codes and correct changed names; reference codes are never deleted."""
    table = model.__table__
    key = next(iter(table.primary_key.columns)).name
    existing = {row._mapping[key]: dict(row._mapping) for row in session.execute(sa.select(table))}
    inserts = [row for row in rows if row[key] not in existing]
    updates = [row for row in rows if row[key] in existing and existing[row[key]] != row]
    if inserts:
        session.execute(sa.insert(table), inserts)
    for row in updates:
        values = {k: v for k, v in row.items() if k != key}
        session.execute(sa.update(table).where(table.c[key] == row[key]).values(**values))


def _insert_missing(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Profile rows are seeded once; later edits made at central are never overwritten."""
    table = model.__table__
    existing = set(session.execute(sa.select(table.c.id)).scalars())
    missing = [{**_seed_columns(), **row} for row in rows if row["id"] not in existing]
    if missing:
        session.execute(sa.insert(table), missing)


def load(session: Session, data: ReferenceData) -> bool:
    """Bring reference tables up to `data`; returns False when they already were."""
    state = session.get(LocalState, 1)
    if state is not None and state.reference_digest == data.digest:
        return False
    _upsert_reference(
        session,
        Region,
        [{"code": r.code, "name_sv": r.name_sv, "name_en": r.name_en} for r in data.regions],
    )
    _upsert_reference(
        session,
        County,
        [{"code": c.code, "name": c.name, "region_code": c.region_code} for c in data.counties],
    )
    _upsert_reference(
        session,
        Municipality,
        [
            {"code": m.code, "name": m.name, "county_code": m.county_code}
            for m in data.municipalities
        ],
    )
    _upsert_reference(
        session,
        LegalForm,
        [{"code": f.code, "name_sv": f.name_sv, "name_en": f.name_en} for f in data.legal_forms],
    )
    # Parents first, so the self-reference holds on every insert.
    areas = sorted(data.competence_areas, key=lambda a: a.parent_code is not None)
    _upsert_reference(
        session,
        CompetenceArea,
        [
            {
                "code": a.code,
                "catalogue": a.catalogue,
                "name_sv": a.name_sv,
                "name_en": a.name_en,
                "parent_code": a.parent_code,
            }
            for a in areas
        ],
    )
    _load_profile(session, data)
    if state is None:
        state = LocalState(id=1, installation_id=None, last_counter=0, last_hlc=0)
        session.add(state)
    state.reference_digest = data.digest
    session.flush()
    return True


def _load_profile(session: Session, data: ReferenceData) -> None:
    profile = data.profile
    _insert_missing(
        session,
        ProjectProfile,
        [
            {
                "id": PROFILE_ID,
                "name": profile.name,
                "short_name": profile.short_name,
                "owner": profile.owner,
                "programme_area": profile.programme_area,
                "funder": profile.funder,
                "granted_esf_sek": profile.granted_esf_sek,
                "total_budget_sek": profile.total_budget_sek,
                "period_start": profile.period_start,
                "period_end": profile.period_end,
                "home_region": profile.home_region,
                "purpose_sv": profile.purpose_sv,
            }
        ],
    )
    _insert_missing(
        session,
        Partner,
        [
            {"id": ids.derived_id("partner", p.name), "name": p.name, "region_code": p.region_code}
            for p in profile.partners
        ],
    )
    _insert_missing(
        session,
        ProgrammeRegion,
        [
            {
                "id": ids.derived_id("programme_region", code),
                "region_code": code,
                "collaborating": code in profile.collaborating_regions,
            }
            for code in (*profile.collaborating_regions, *profile.other_regions)
        ],
    )
    _insert_missing(
        session,
        Target,
        [
            {
                "id": ids.derived_id("target", t.code),
                "code": t.code,
                "goal": t.goal,
                "text_sv": t.text_sv,
                "measure": t.measure,
                "scope": t.scope,
                "value": t.value,
                "per_region_nominal": t.per_region_nominal,
            }
            for t in profile.targets
        ],
    )
    _insert_missing(
        session,
        Milestone,
        [
            {
                "id": ids.derived_id("milestone", m.code),
                "code": m.code,
                "goal": m.goal,
                "text_sv": m.text_sv,
                "status": "not_started",
                "evidence_note": None,
            }
            for m in profile.milestones
        ],
    )
    _insert_missing(
        session,
        TransnationalActivity,
        [
            {
                "id": ids.derived_id("activity", a.code),
                "code": a.code,
                "kind": a.kind,
                "title_sv": a.title_sv,
                "participants_per_region": a.participants_per_region,
                "occurrences": a.occurrences,
                "days": a.days,
            }
            for a in profile.activities
        ],
    )
