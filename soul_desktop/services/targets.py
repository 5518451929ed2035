"""The targets page: where the programme and each region stand, and what lies behind a number."""

from __future__ import annotations

import datetime as dt
from typing import Any

from soul_desktop.domain.enums import CourseKind, InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.targets import (
    CourseBrief,
    DrillDown,
    Measure,
    PersonBrief,
    TargetScope,
    TargetsOverview,
)
from soul_desktop.storage import installations, participation
from soul_desktop.storage import targets as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

# A drill-down list longer than this is cut (the dialog says so); the count stays exact.
DRILL_DOWN_LIMIT = 5000


def _own_region(session: Any) -> str | None:
    """The region a regional installation or leader counts; None at central (all regions)."""
    info = installations.local_installation(session)
    if info is None or info.role is InstallationRole.CENTRAL:
        return None
    return info.region_code


def overview(db: Database, *, today: dt.date | None = None) -> TargetsOverview:
    """Every target with its value per region, the regions' standings, milestones, activities.

    At central all regions are counted (persons once, after duplicate merging); a regional
    installation counts its own region only.
    """
    day = today or dt.date.today()
    with UnitOfWork(db) as uow:
        s = uow.session
        participation.refresh(s)
        only = _own_region(s)
        regions = store.programme_regions(s, only)
        standing = store.standings(s, regions, day)
        result = TargetsOverview(
            targets=store.target_progress(s, regions, standing),
            regions=standing,
            milestones=store.milestones(s),
            activities=store.activities(s, [code for code, _n, _c in regions]),
            counted_at=dt.datetime.now(),
            region_code=only,
        )
        uow.commit()
    return result


def drill_down(
    db: Database, what: DrillDown, region_code: str | None, key: str | None = None
) -> tuple[PersonBrief, ...] | tuple[CourseBrief, ...]:
    """The persons or courses behind a number on the targets page.

    `region_code` None means every region the number covers: for the person measures `key`
    may name a target scope ("collaborating", "other", "all"); for an activity `key` is its
    code; for a network `key` is the network's id (None: the meetings of every network).
    """
    with UnitOfWork(db) as uow:
        s = uow.session
        participation.refresh(s)
        only = _own_region(s)
        regions = store.programme_regions(s, only)
        if region_code is not None:
            codes = [code for code, _n, _c in regions if code == region_code]
        elif key == TargetScope.COLLABORATING.value:
            codes = [code for code, _n, collaborating in regions if collaborating]
        elif key == TargetScope.OTHER.value:
            codes = [code for code, _n, collaborating in regions if not collaborating]
        else:
            codes = [code for code, _n, _c in regions]
        result: tuple[PersonBrief, ...] | tuple[CourseBrief, ...]
        if what is DrillDown.COMPLETED_PERSONS:
            result = store.target_persons(s, Measure.COMPLETED_ALL_OR_PART, codes, DRILL_DOWN_LIMIT)
        elif what is DrillDown.ATTENDED_PERSONS:
            result = store.target_persons(s, Measure.ATTENDED, codes, DRILL_DOWN_LIMIT)
        elif what is DrillDown.AREA_COURSES:
            result = store.courses_behind(s, codes, national_training=True)
        elif what is DrillDown.NETWORK:
            # One network's meetings, or without a key every network meeting in the regions.
            result = store.courses_behind(
                s, codes, kind=CourseKind.NETWORK_MEETING, network_id=key or None
            )
        else:
            if not key:
                raise ValidationError("say which activity", "key", code="targets.activity_required")
            result = store.activity_persons(s, key, codes, DRILL_DOWN_LIMIT)
        uow.commit()
    return result
