"""Benchmark for the 4R figures and the targets (issue #6) on a national-scale database.

Runs on a central demo database of 300,000 participants taking 3 courses each on average
(about 5,000,000 attendance rows; made if missing, which takes several minutes):

    .venv/bin/python tests/benchmarks/bench_fourr.py [--db /tmp/nat5m.db]

Measures, each in this process, after the database was opened:
- the first read with every course marked stale (as after the demo, an upgrade or a bulk
  import): the participation summary is computed whole before the figures;
- the page's read with the summary fresh: all 4R figures for the programme over the project
  period plus the targets overview (target ≤ 2 s), and each on its own; median of 5;
- the same after one attendance mark (one course computed again);
- a region over one year (the summary rows read course by course, not the per-person rows);
- for comparison, one figure (attended hours by gender) aggregated straight from the
  attendance rows, the way it would be done without the summary.
Prints one JSON document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain.enums import AttendanceStatus, FourRUnitKind
from soul_desktop.domain.fourr import PROGRAMME, FourRUnit, Period
from soul_desktop.services import attendance, fourr, setup, targets
from soul_desktop.storage import participation
from soul_desktop.storage import statistics as stats_storage
from soul_desktop.storage.unit_of_work import UnitOfWork

BIN = Path(sys.executable).with_name("soul-desktop")
TARGET_S = 2.0
RUNS = 5
PROJECT = Period(dt.date(2009, 2, 2), dt.date(2012, 1, 31))


def _ensure_database(path: Path) -> float | None:
    if path.exists():
        return None
    started = time.perf_counter()
    subprocess.run(
        [str(BIN), "--db", str(path), "init", "--central", "--name", "Nationell", "--unencrypted"],
        check=True,
    )
    subprocess.run(
        [
            str(BIN),
            "--db",
            str(path),
            "demo",
            "--participants",
            "300000",
            "--courses-per-person",
            "3.0",
            "--seed",
            "6",
        ],
        check=True,
    )
    return time.perf_counter() - started


def _timed(call: Callable[[], Any], runs: int = RUNS) -> tuple[float, Any]:
    """(median seconds, the last result)."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/nat5m.db"))
    args = parser.parse_args()
    built_s = _ensure_database(args.db)
    database = setup.open_application_database(setup.locate(args.db), create=False).database
    with UnitOfWork(database) as uow:
        tables = stats_storage.table_counts(uow.session)
        # As after the demo, an upgrade or a bulk import: every course stale, so the first
        # read below computes the whole summary (the same every run).
        participation.mark_all_stale(uow.session.connection())
        uow.commit()

    def page() -> tuple[Any, Any]:
        return fourr.figures(database, PROGRAMME, PROJECT), targets.overview(database)

    started = time.perf_counter()
    first = page()
    first_s = time.perf_counter() - started
    page_s, (figures, overview) = _timed(page)
    fourr_s, _ = _timed(lambda: fourr.figures(database, PROGRAMME, PROJECT))
    targets_s, _ = _timed(lambda: targets.overview(database))

    # One mark, as the attendance page makes it: the next read computes that course again.
    with database.engine.connect() as conn:
        session_id, person_id = conn.execute(
            sa.text("SELECT session_id, person_id FROM attendance WHERE status = 'absent' LIMIT 1")
        ).one()
    after_mark: list[float] = []
    for status in (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT) * 2:
        attendance.mark(database, session_id, person_id, status)
        started = time.perf_counter()
        page()
        after_mark.append(time.perf_counter() - started)

    region_year = Period(dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    region_s, _ = _timed(
        lambda: fourr.figures(database, FourRUnit(FourRUnitKind.REGION, "SE23"), region_year)
    )
    area_s, _ = _timed(
        lambda: fourr.figures(database, FourRUnit(FourRUnitKind.COMPETENCE_AREA, "NAT-4"), PROJECT)
    )
    with UnitOfWork(database) as uow:
        direct_s, _ = _timed(
            lambda: stats_storage.attended_hours_by_region_gender(uow.session), runs=3
        )

    result = {
        "database": str(args.db),
        "demo_built_s": None if built_s is None else round(built_s, 1),
        "persons": tables["person"],
        "courses": tables["course"],
        "sessions": tables["course_session"],
        "enrolments": tables["enrolment"],
        "attendance_rows": tables["attendance"],
        "summary_rows": tables["participation"],
        "first_read_with_full_summary_s": round(first_s, 2),
        "programme_4r_plus_targets_s": round(page_s, 3),
        "programme_4r_s": round(fourr_s, 3),
        "targets_s": round(targets_s, 3),
        "after_one_mark_s": [round(t, 3) for t in after_mark],
        "region_one_year_s": round(region_s, 3),
        "area_project_period_s": round(area_s, 3),
        "direct_attended_hours_by_region_gender_s": round(direct_s, 2),
        "target_s": TARGET_S,
        "met": page_s <= TARGET_S,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "check": {
            "attended_persons": figures.r1.attended.total,
            "attended_hours": round(figures.r2.attended_hours.total),
            "first_equal": first[0].r1 == figures.r1,
            "targets": {t.code: t.value for t in overview.targets},
        },
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
