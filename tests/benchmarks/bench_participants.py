"""Benchmark for issue #3's participant register: loading the person list and search keystrokes.

Runs on the 100,000-participant demo database (made if missing, which takes about a minute):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_participants.py \
        [--db /tmp/bench100k.db]

Prints one JSON document. Target: one keystroke of person search ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from soul_desktop.services import people, setup
from soul_desktop.ui.models.people import PersonTableModel
from soul_desktop.ui.models.record_table import SearchProxyModel
from soul_desktop.ui.widgets.record_table_view import RecordTableView

BIN = Path(sys.executable).with_name("soul-desktop")
TARGET_MS = 50.0
# What a coordinator types: a common first name, letter by letter, then a second word.
TYPED = "anna"
RUNS = 7


def _ensure_database(path: Path) -> None:
    if path.exists():
        return
    subprocess.run(
        [str(BIN), "--db", str(path), "init", "--central", "--name", "B", "--unencrypted"],
        check=True,
    )
    subprocess.run(
        [str(BIN), "--db", str(path), "demo", "--participants", "100000", "--seed", "1"],
        check=True,
    )


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.db"))
    args = parser.parse_args()
    _ensure_database(args.db)
    app = QApplication.instance() or QApplication(sys.argv)
    database = setup.open_application_database(setup.locate(args.db), create=False).database

    started = time.perf_counter()
    records = people.list_persons(database)
    query_s = time.perf_counter() - started
    model = PersonTableModel()
    started = time.perf_counter()
    model.set_records(records)
    model_s = time.perf_counter() - started

    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    view = RecordTableView("bench/persons", "Persons")
    view.setModel(proxy)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    keystrokes: dict[str, dict[str, float | int]] = {}
    for length in range(1, len(TYPED) + 1):
        text = TYPED[:length]
        times = []
        for _ in range(RUNS):
            # Each run types the text after its prefix, as a user does; only the last key counts.
            proxy.set_search(text[:-1])
            app.processEvents()
            started = time.perf_counter()
            proxy.set_search(text)
            app.processEvents()  # the view repaints what the proxy now shows
            times.append(time.perf_counter() - started)
        keystrokes[text] = {"median_ms": _ms(statistics.median(times)), "rows": proxy.rowCount()}
    # Deleting a character widens the match again (Backspace).
    times = []
    for _ in range(RUNS):
        proxy.set_search(TYPED)
        app.processEvents()
        started = time.perf_counter()
        proxy.set_search(TYPED[:-1])
        app.processEvents()
        times.append(time.perf_counter() - started)
    backspace = _ms(statistics.median(times))
    proxy.set_search("")
    worst = max(float(k["median_ms"]) for k in keystrokes.values())
    result = {
        "database": str(args.db),
        "persons": len(records),
        "load_query_ms": _ms(query_s),
        "load_model_ms": _ms(model_s),
        "load_total_ms": _ms(query_s + model_s),
        "keystroke": keystrokes,
        "backspace_median_ms": backspace,
        "keystroke_target_ms": TARGET_MS,
        "keystroke_target_met": worst <= TARGET_MS and backspace <= TARGET_MS,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    view.close()
    database.dispose()


if __name__ == "__main__":
    main()
