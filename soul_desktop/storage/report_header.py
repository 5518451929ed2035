"""What every report's header names: the programme (from the project profile) and a region."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.storage.models import ProjectProfile, Region


def programme_names(session: Session) -> tuple[str, str]:
    """(the whole name, the short name) from the project profile."""
    row = session.execute(
        sa.select(ProjectProfile.name, ProjectProfile.short_name)
        .where(ProjectProfile.deleted.is_(False))
        .limit(1)
    ).first()
    if row is None:
        return "SOUL", "SOUL"
    return row[0] or "SOUL", row[1] or "SOUL"


def region_label(session: Session, code: str | None) -> str:
    """ "SE32 Mellersta Norrland", or "Hela landet" without a region."""
    if code is None:
        return "Hela landet"
    name = session.execute(sa.select(Region.name_sv).where(Region.code == code)).scalar()
    return f"{code} {name}" if name else code
