"""Planning queries: double bookings and the calendar walk indexes, not every session."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from soul_desktop.storage import planning as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork


def _plan_of(database: Database, run: Any) -> str:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        statements.append((statement, params))

    sa.event.listen(database.engine, "before_cursor_execute", capture)
    try:
        with UnitOfWork(database) as uow:
            run(uow.session)
            statement, params = statements[-1]
            rows = uow.session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, params
            )
            return "\n".join(str(row[-1]) for row in rows)
    finally:
        sa.event.remove(database.engine, "before_cursor_execute", capture)


def test_overlapping_bookings_use_the_start_time_index(regional_db: Database) -> None:
    plan = _plan_of(
        regional_db,
        lambda s: store.bookings_overlapping(
            s, dt.datetime(2010, 3, 1, 9), dt.datetime(2010, 3, 1, 12), "venue", "leader"
        ),
    )
    assert "SEARCH course_session USING INDEX ix_course_session_starts_at" in plan
    assert "SCAN course_session" not in plan


def test_the_calendar_does_not_scan_every_session(regional_db: Database) -> None:
    plan = _plan_of(
        regional_db,
        lambda s: store.calendar_sessions(
            s, "SE32", dt.datetime(2010, 3, 1), dt.datetime(2010, 3, 8)
        ),
    )
    # Through the start-time index or through the region's courses, never a full scan.
    assert "SCAN course_session" not in plan
