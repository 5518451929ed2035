"""The 4R figures for a unit and a period, computed from the data in one read."""

from __future__ import annotations

import datetime as dt

from soul_desktop.domain.fourr import FourRFigures, FourRUnit, Period
from soul_desktop.storage import fourr as store
from soul_desktop.storage import participation
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork


def figures(
    db: Database, unit: FourRUnit, period: Period, *, now: dt.datetime | None = None
) -> FourRFigures:
    """R1 and R2 for `unit` in `period`; `now` decides which enrolled persons are no-shows.

    Courses changed since the last read are summed again first (in the same transaction, so
    the figures and the summary agree).
    """
    moment = now or dt.datetime.now()
    with UnitOfWork(db) as uow:
        participation.refresh(uow.session)
        r1, r2 = store.figures(uow.session, unit, period, moment)
        courses = store.course_count(uow.session, unit, period)
        uow.commit()
    return FourRFigures(unit=unit, period=period, r1=r1, r2=r2, counted_at=moment, courses=courses)
