"""Benchmark for Deltagarredovisning (the participant report) on about 10,000 persons.

Runs on a central demo database of 10,000 participants (made if missing, in a few seconds):

    .venv/bin/soul-desktop --db /tmp/part-bench.db init --central --name B --unencrypted
    .venv/bin/soul-desktop --db /tmp/part-bench.db demo --participants 10000
    .venv/bin/python tests/benchmarks/bench_reports_participants.py [--db /tmp/part-bench.db]

Measures, each in this process after the database was opened, the median of 5 runs of the
whole `write` (data, header and file) for the whole country over the whole time as PDF, XLSX
and CSV (target ≤ 3 s for PDF and XLSX), the data alone, and a region over one year as PDF.
Prints one JSON document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soul_desktop.domain.fourr import WHOLE_TIME, Period
from soul_desktop.domain.reports import ReportKind, ReportRequest
from soul_desktop.reports import participants
from soul_desktop.services import participant_report, setup

BIN = Path(sys.executable).with_name("soul-desktop")
TARGET_S = 3.0
RUNS = 5


def _ensure_database(path: Path, persons: int) -> float | None:
    if path.exists():
        return None
    started = time.perf_counter()
    subprocess.run(
        [str(BIN), "--db", str(path), "init", "--central", "--name", "B", "--unencrypted"],
        check=True,
    )
    subprocess.run(
        [str(BIN), "--db", str(path), "demo", "--participants", str(persons)], check=True
    )
    return time.perf_counter() - started


def _timed(call: Callable[[], Any], runs: int = RUNS) -> tuple[float, list[float], Any]:
    """(median seconds, every run's seconds, the last result)."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return statistics.median(times), [round(t, 3) for t in times], result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/part-bench.db"))
    parser.add_argument("--persons", type=int, default=10_000)
    args = parser.parse_args()
    made_in = _ensure_database(args.db, args.persons)
    db = setup.open_application_database(setup.locate(args.db), create=False).database
    result: dict[str, Any] = {
        "database": str(args.db),
        "made_in_s": None if made_in is None else round(made_in, 1),
        "target_s": TARGET_S,
        "runs": RUNS,
    }
    try:
        whole = ReportRequest(ReportKind.PARTICIPANTS, period=WHOLE_TIME)
        data_s, data_runs, data = _timed(lambda: participant_report.report(db, WHOLE_TIME, None))
        result["data"] = {
            "median_s": round(data_s, 3),
            "runs_s": data_runs,
            "unique_persons": data.total.persons,
            "courses": len(data.courses),
            "regions": len(data.regions),
            "attended_hours": data.total.hours,
        }
        with tempfile.TemporaryDirectory() as folder:
            for ending in ("pdf", "xlsx", "csv"):
                path = str(Path(folder) / f"deltagare.{ending}")
                seconds, runs, written = _timed(lambda p=path: participants.write(db, whole, p))
                result[ending] = {
                    "median_s": round(seconds, 3),
                    "runs_s": runs,
                    "pages_or_rows": written.pages,
                    "bytes": Path(path).stat().st_size,
                    "within_target": seconds <= TARGET_S,
                }
            region = ReportRequest(
                ReportKind.PARTICIPANTS,
                period=Period(dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
                region_code="SE11",
            )
            path = str(Path(folder) / "se11-2010.pdf")
            seconds, runs, written = _timed(lambda: participants.write(db, region, path))
            result["region_year_pdf"] = {
                "median_s": round(seconds, 3),
                "runs_s": runs,
                "pages": written.pages,
            }
    finally:
        db.dispose()
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
