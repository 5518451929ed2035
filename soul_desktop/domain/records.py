"""Plain frozen records handed from services to the user interface and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from soul_desktop.domain.enums import InstallationRole


@dataclass(frozen=True, slots=True)
class InstallationInfo:
    id: str
    name: str
    role: InstallationRole
    region_code: str | None
    region_name: str | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RegionChoice:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """What the overview page shows before the target indicators arrive."""

    organisations: int
    persons: int
    courses: int
    sessions: int
    enrolments: int
    attendance_rows: int
    attended_hours: float
