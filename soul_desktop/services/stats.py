"""Figures about the whole database, for `stats` and the overview page."""

from __future__ import annotations

from typing import Any

from soul_desktop.domain.records import OverviewFigures
from soul_desktop.storage import statistics
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork


def collect(database: Database) -> dict[str, Any]:
    """Counts per table, persons by region × gender, attended hours by region × gender."""
    with UnitOfWork(database) as uow:
        return {
            "tables": statistics.table_counts(uow.session),
            "persons_by_region_gender": statistics.persons_by_region_gender(uow.session),
            "attended_hours_by_region_gender": statistics.attended_hours_by_region_gender(
                uow.session
            ),
        }


def overview(database: Database) -> OverviewFigures:
    with UnitOfWork(database) as uow:
        return statistics.overview(uow.session)
