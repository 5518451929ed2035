"""Queries and writes for this installation's identity."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain.enums import NATIONAL_PARTITION, InstallationRole
from soul_desktop.domain.errors import AlreadyInitialisedError, NotInitialisedError
from soul_desktop.domain.records import InstallationInfo, RegionChoice
from soul_desktop.storage.models import Installation, LocalState, Region


def _info(session: Session, installation: Installation) -> InstallationInfo:
    region = session.get(Region, installation.region_code) if installation.region_code else None
    return InstallationInfo(
        id=installation.id,
        name=installation.name,
        role=installation.role,
        region_code=installation.region_code,
        region_name=region.name_sv if region else None,
        created_at=installation.created_at,
    )


def local_installation(session: Session) -> InstallationInfo | None:
    state = session.get(LocalState, 1)
    if state is None or state.installation_id is None:
        return None
    installation = session.get(Installation, state.installation_id)
    return _info(session, installation) if installation else None


def known(session: Session) -> list[InstallationInfo]:
    """Every installation this database knows (its own and those it heard from), by name."""
    rows = session.scalars(
        sa.select(Installation)
        .where(Installation.deleted.is_(False))
        .order_by(Installation.name, Installation.id)
    )
    return [_info(session, row) for row in rows]


def create_local(
    session: Session,
    *,
    installation_id: str,
    name: str,
    role: InstallationRole,
    region_code: str | None,
    created_at: dt.datetime,
) -> InstallationInfo:
    state = session.get(LocalState, 1)
    if state is None:
        raise NotInitialisedError("the reference data is missing; reopen the database")
    if state.installation_id is not None:
        existing = session.get(Installation, state.installation_id)
        label = f"“{existing.name}”" if existing else state.installation_id
        raise AlreadyInitialisedError(f"this database already belongs to installation {label}")
    state.installation_id = installation_id
    installation = Installation(
        id=installation_id,
        name=name,
        role=role,
        region_code=region_code,
        created_at=created_at,
        partition=region_code or NATIONAL_PARTITION,
    )
    session.add(installation)
    session.flush()
    return _info(session, installation)


def regions(session: Session) -> list[RegionChoice]:
    rows = session.execute(sa.select(Region.code, Region.name_sv).order_by(Region.code))
    return [RegionChoice(code, name) for code, name in rows]
