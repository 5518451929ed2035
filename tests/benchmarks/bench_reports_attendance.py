"""Benchmark for issue #7: sign-in sheets for one course of 100 sessions × 25 persons.

Copies the demo database (`--db`, default /tmp/rep-bench.db; built with `init --central` and
`demo --participants 3000` when missing), adds one course with 100 weekly sessions and 25
enrolled persons through the planning and enrolment services, and measures, as the median of
several runs, `reports.signin.write` for the whole course (the data gathered in one unit of
work and the PDF rendered and written; target ≤ 2 s). Also times one monthly attendance
report for every participant of a month in the course's region.

Run: `.venv/bin/python tests/benchmarks/bench_reports_attendance.py`. Prints one JSON document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pypdf import PdfReader

from soul_desktop.domain import ids
from soul_desktop.domain.enums import CourseStatus
from soul_desktop.domain.reports import ReportKind, ReportRequest, parse_period
from soul_desktop.reports import monthly, signin
from soul_desktop.services import enrolment, planning, setup
from soul_desktop.storage.unit_of_work import UnitOfWork

BIN = Path(sys.executable).with_name("soul-desktop")
REGION = "SE11"
PERSONS = 25
SESSIONS = 100
SESSION_MINUTES = 180
TARGET_S = 2.0


def _ensure_database(source: Path) -> None:
    if source.exists():
        return
    subprocess.run(
        [str(BIN), "--db", str(source), "init", "--central", "--name", "B", "--unencrypted"],
        check=True,
    )
    subprocess.run([str(BIN), "--db", str(source), "demo", "--participants", "3000"], check=True)


def _build_course(database: Any) -> str:
    course_id = ids.new_id()
    planning.create_course(
        database,
        course_id,
        region_code=REGION,
        title="Bänkkurs: 25 deltagare × 100 träffar",
        status=CourseStatus.RUNNING,
    )
    # Weekly from tomorrow (so today's enrolments are expected at every session), in two
    # runs of 50 weeks: the planner repeats a session for at most 52.
    first = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(13, 0))
    for half in range(2):
        start = first + dt.timedelta(weeks=50 * half)
        planning.add_weekly_sessions(
            database,
            course_id,
            start,
            start + dt.timedelta(minutes=SESSION_MINUTES),
            SESSIONS // 2,
            None,
            None,
            [ids.new_id() for _ in range(SESSIONS // 2)],
        )
    with UnitOfWork(database) as uow:
        person_ids = list(
            uow.session.execute(
                sa.text(
                    "SELECT id FROM person WHERE partition = :region AND deleted = 0 "
                    "ORDER BY id LIMIT :n"
                ).bindparams(region=REGION, n=PERSONS)
            ).scalars()
        )
    enrolment.enrol(database, course_id, person_ids)
    return course_id


def _time(runs: int, action: Any) -> list[float]:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/rep-bench.db"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    _ensure_database(args.db)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.db"
        shutil.copyfile(args.db, copy)
        database = setup.open_application_database(setup.locate(copy), create=False).database
        course_id = _build_course(database)
        out = str(Path(folder) / "sheets.pdf")
        request = ReportRequest(ReportKind.SIGNIN, course_id=course_id)
        signin.write(database, request, out)  # warm: fonts registered, imports done
        samples = _time(args.runs, lambda: signin.write(database, request, out))
        reader = PdfReader(out)
        pages = len(reader.pages)

        month_out = str(Path(folder) / "monthly.pdf")
        month = ReportRequest(
            ReportKind.MONTHLY, period=parse_period("2010-03"), region_code=REGION
        )
        month_samples = _time(
            max(1, args.runs // 2), lambda: monthly.write(database, month, month_out)
        )
        month_pages = len(PdfReader(month_out).pages)
        database.dispose()
    median = statistics.median(samples)
    print(
        json.dumps(
            {
                "signin_course": {
                    "sessions": SESSIONS,
                    "persons_per_session": PERSONS,
                    "pages": pages,
                    "median_s": round(median, 3),
                    "min_s": round(min(samples), 3),
                    "max_s": round(max(samples), 3),
                    "runs": len(samples),
                    "target_s": TARGET_S,
                    "within_target": median <= TARGET_S,
                },
                "monthly_region_month": {
                    "region": REGION,
                    "month": "2010-03",
                    "pages": month_pages,
                    "median_s": round(statistics.median(month_samples), 3),
                    "runs": len(month_samples),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
