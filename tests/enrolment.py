"""Enrolling test installations the way the programme does: the issuer writes an enrolment
file, the new installation is set up from it with the one-time code."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.storage.database import Database
from soul_desktop.sync import enrolment as enrolling


def enrol(
    issuer: Database,
    target: Database,
    folder: Path,
    name: str,
    *,
    region: str | None = None,
    leader: bool = False,
    courses: Iterable[str] = (),
    installation_id: str | None = None,
) -> InstallationInfo:
    """Set up `target` (a database without installation, or the installation named by
    `installation_id`) from an enrolment file `issuer` writes for it."""
    path = folder / f"{uuid.uuid4().hex[:12]}.enrol"
    issued = enrolling.issue_enrolment(
        issuer,
        path,
        name=name,
        region_code=region,
        leader=leader,
        courses=courses,
        installation_id=installation_id,
    )
    return enrolling.initialise_from_enrolment(target, path, issued.code)


def make_central(db: Database, name: str = "Centralt kansli") -> InstallationInfo:
    return enrolling.initialise(db, InstallationRole.CENTRAL, None, name)
