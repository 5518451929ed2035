"""Benchmark for issue #3: the attendance grid (300 persons × 30 sessions) on 100,000 persons.

Copies the demo database (`--db`, default /tmp/bench100k.db; built with `init --central` and
`demo --participants 100000 --seed 1` when missing), adds one course with 30 weekly sessions
and 300 enrolled persons through the planning and enrolment services, fills two thirds of
the grid with marks, and then measures, as the median of several runs:

- opening the grid: `services.attendance.grid` + putting it on the attendance page (model
  reset, column sizes, cursor) + the first paint of the page offscreen (target ≤ 150 ms);
- one mark in the interface: Space on a cell — the optimistic model update, the edit handed
  to the worker, and the repaint of what changed (target ≤ 16 ms);
- the write of one mark (`services.attendance.mark`, its own unit of work and commit);
- one keystroke of the walk-in person search (`services.attendance.find_persons`).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_attendance.py`.
Prints one JSON document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus, CourseStatus
from soul_desktop.services import attendance, enrolment, installation, planning, setup
from soul_desktop.storage import bulk
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.ui.context import PageContext
from soul_desktop.ui.edits import EditRunner
from soul_desktop.ui.pages.attendance import AttendancePage
from soul_desktop.ui.worker import Worker

BIN = Path(sys.executable).with_name("soul-desktop")
REGION = "SE11"
PERSONS = 300
SESSIONS = 30
MARKED_SESSIONS = 20
SESSION_MINUTES = 180


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _median_ms(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": _ms(statistics.median(samples)),
        "min_ms": _ms(min(samples)),
        "max_ms": _ms(max(samples)),
        "runs": len(samples),
    }


def _ensure_database(source: Path) -> None:
    if source.exists():
        return
    subprocess.run(
        [str(BIN), "--db", str(source), "init", "--central", "--name", "Bench", "--unencrypted"],
        check=True,
    )
    subprocess.run(
        [str(BIN), "--db", str(source), "demo", "--participants", "100000", "--seed", "1"],
        check=True,
    )


def _build_course(database: Any) -> tuple[str, list[str], list[str]]:
    """The course, its sessions and persons, through the services; marks in bulk."""
    course_id = ids.new_id()
    planning.create_course(
        database,
        course_id,
        region_code=REGION,
        title="Bänkkurs: 300 deltagare × 30 träffar",
        status=CourseStatus.RUNNING,
    )
    # Sessions from tomorrow on, so the enrolments made now are on the list for all of them.
    first = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(13, 0))
    session_ids = [ids.new_id() for _ in range(SESSIONS)]
    planning.add_weekly_sessions(
        database,
        course_id,
        first,
        first + dt.timedelta(minutes=SESSION_MINUTES),
        SESSIONS,
        None,
        None,
        session_ids,
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
    # Two thirds of the grid already marked, as in the middle of a course; written in bulk
    # (6,000 service calls would only make the set-up slow, not the measurement truer).
    rng = random.Random(1)
    rows = []
    statuses = [
        (AttendanceStatus.PRESENT, SESSION_MINUTES),
        (AttendanceStatus.PRESENT, SESSION_MINUTES),
        (AttendanceStatus.PRESENT, SESSION_MINUTES),
        (AttendanceStatus.ABSENT, 0),
        (AttendanceStatus.EXCUSED, 0),
        (AttendanceStatus.PARTIAL, 90),
    ]
    for session_id in session_ids[:MARKED_SESSIONS]:
        for person_id in person_ids:
            status, minutes = rng.choice(statuses)
            rows.append(
                {
                    "id": ids.attendance_id(session_id, person_id),
                    "partition": REGION,
                    "session_id": session_id,
                    "person_id": person_id,
                    "status": status.value,
                    "minutes": minutes,
                    "recorded_at": dt.datetime.now(),
                    "note": None,
                }
            )
    with UnitOfWork(database) as uow:
        bulk.insert_rows(uow, "attendance", rows)
        uow.commit()
    return course_id, session_ids, person_ids


def _time(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.db"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one open")
    args = parser.parse_args()
    _ensure_database(args.db)
    folder = Path(tempfile.mkdtemp(prefix="soul-bench-attendance-"))
    copy = folder / "bench.db"
    shutil.copyfile(args.db, copy)
    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    opened = setup.open_application_database(setup.locate(copy), create=False)
    database = opened.database
    worker = Worker()
    try:
        started = time.perf_counter()
        course_id, session_ids, person_ids = _build_course(database)
        setup_seconds = time.perf_counter() - started
        info = installation.current(database)
        assert info is not None
        edits = EditRunner(worker)
        page = AttendancePage(PageContext(worker, database, info, edits))
        page.resize(1366, 768)
        page.show()
        # Showing the page loads the course list and today's session on the worker; let
        # that finish so it does not share the CPU with what is measured.
        while worker.pending():
            app.processEvents()

        def open_grid() -> None:
            grid = attendance.grid(database, course_id)
            page.show_grid(grid)
            page.grab()  # the first paint, synchronously

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            open_grid()
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

        # The very first open pays for cold SQLite pages and Qt's font set-up; reported apart.
        first_open = _time(open_grid)
        service_only = [
            _time(lambda: attendance.grid(database, course_id)) for _ in range(args.runs)
        ]
        open_samples = [_time(open_grid) for _ in range(args.runs)]

        # One mark in the interface: Space on a blank cell of the unmarked sessions.
        table = page.table
        model = page.grid_model
        gui_samples = []
        for run in range(args.runs * 3):
            row = run % len(person_ids)
            column = MARKED_SESSIONS + (run // len(person_ids))
            index = model.index(row, column)
            table.setCurrentIndex(index)
            table.scrollTo(index)
            app.processEvents()

            def space(index: Any = index) -> None:
                page._cycle(index)
                # Paint what the mark changed, as the next frame would.
                app.processEvents()

            gui_samples.append(_time(space))
            while worker.pending():
                app.processEvents()
        assert model.index(0, MARKED_SESSIONS).data() == "✓"

        # The write alone, in this thread: mark again and again on fresh cells.
        write_samples = []
        last = session_ids[-1]
        for run in range(args.runs * 3):
            person_id = person_ids[-1 - run]
            write_samples.append(
                _time(lambda p=person_id: attendance.mark(database, last, p, "present"))
            )

        # A keystroke of the walk-in search over the whole country (central sees everyone).
        lookup_samples = []
        for word in ("a", "an", "and", "ande", "anders", "ber", "berg", "öb", "xq", "li lin"):
            lookup_samples.append(
                _time(lambda w=word: attendance.find_persons(database, w, course_id))
            )

        completion_samples = [
            _time(lambda: attendance.completion(database, course_id)) for _ in range(args.runs)
        ]
        choices_samples = [_time(lambda: attendance.course_choices(database)) for _ in range(3)]

        result = {
            "database": str(args.db),
            "grid": {"persons": model.rowCount() - 1, "sessions": len(model.sessions)},
            "setup_s": round(setup_seconds, 2),
            "open_grid_first_ms": _ms(first_open),
            "open_grid_total": _median_ms(open_samples),
            "open_grid_service_only": _median_ms(service_only),
            "mark_gui": _median_ms(gui_samples),
            "mark_write": _median_ms(write_samples),
            "walk_in_lookup_keystroke": _median_ms(lookup_samples),
            "completion": _median_ms(completion_samples),
            "course_choices": _median_ms(choices_samples),
            "targets": {"open_grid_ms": 150, "mark_gui_ms": 16},
        }
        print(json.dumps(result, indent=2))
        page.close()
    finally:
        worker.shutdown()
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
