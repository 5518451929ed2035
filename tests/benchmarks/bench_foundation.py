"""Benchmark for issue #2: `demo --participants 100000` and start-up time to the shown window.

Run with `make bench` (or this file directly, with QT_QPA_PLATFORM=offscreen). Not part of
`make test`. Prints one JSON document with the figures; the README's table quotes them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("soul-desktop")

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
def shown():
    print("SHOWN", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _time_to_line(argv: list[str], env: dict[str, str]) -> float:
    """Wall seconds from spawning the process to its "SHOWN" line."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{argv} never reported a shown window")
    process.wait(timeout=30)
    return elapsed


def _startup(db: Path, runs: int) -> dict[str, float]:
    env = {
        **os.environ,
        "SOUL_STARTUP_PROBE": "quit",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    app = [_time_to_line([str(BIN), "--db", str(db)], env) for _ in range(runs)]
    bare = [_time_to_line([sys.executable, "-c", BARE_WINDOW], env) for _ in range(runs)]
    return {
        "app_median_s": round(statistics.median(app), 3),
        "app_max_s": round(max(app), 3),
        "bare_pyside6_window_median_s": round(statistics.median(bare), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the database at this path")
    parser.add_argument(
        "--startup-only",
        type=Path,
        metavar="DB",
        help="only time start-up, on an existing database",
    )
    args = parser.parse_args()
    if args.startup_only:
        print(json.dumps({"startup": _startup(args.startup_only, args.runs)}, indent=2))
        return 0

    folder = Path(tempfile.mkdtemp(prefix="soul-bench-"))
    db = folder / "bench.db"
    try:
        subprocess.run(
            [str(BIN), "--db", str(db), "init", "--central", "--name", "Bench", "--unencrypted"],
            check=True,
            capture_output=True,
        )
        started = time.perf_counter()
        subprocess.run(
            [
                str(BIN),
                "--db",
                str(db),
                "demo",
                "--participants",
                str(args.participants),
                "--seed",
                "1",
            ],
            check=True,
        )
        demo_seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stats = json.loads(
            subprocess.run(
                [str(BIN), "--db", str(db), "stats", "--json"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        attendance = stats["tables"]["attendance"]
        result = {
            "participants": args.participants,
            "persons": stats["tables"]["person"],
            "courses": stats["tables"]["course"],
            "sessions": stats["tables"]["course_session"],
            "attendance_rows": attendance,
            "demo_seconds": round(demo_seconds, 1),
            "demo_attendance_rows_per_s": round(attendance / demo_seconds),
            "demo_peak_rss_mb": round(peak_mb),
            "database_mb": round(db.stat().st_size / 2**20),
            "startup": _startup(db, args.runs),
        }
        print(json.dumps(result, indent=2))
        if args.keep:
            shutil.copyfile(db, args.keep)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
