"""The header every report carries: programme, funder, period, region, and who made it when."""

from __future__ import annotations

import datetime as dt

from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import FUNDER_SV, ReportHeader, period_text
from soul_desktop.storage import installations
from soul_desktop.storage import report_header as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork


def header(
    db: Database, period: Period, region_code: str | None, *, now: dt.datetime | None = None
) -> ReportHeader:
    """For a report about `region_code` (None: the whole country) in `period`."""
    with UnitOfWork(db) as uow:
        info = installations.local_installation(uow.session)
        name, short_name = store.programme_names(uow.session)
        return ReportHeader(
            programme=name,
            programme_short=short_name,
            funder=FUNDER_SV,
            period_text=period_text(period),
            region_text=store.region_label(uow.session, region_code),
            installation_name=info.name if info is not None else "SOUL Desktop",
            made_at=(now or dt.datetime.now()).replace(microsecond=0),
        )
