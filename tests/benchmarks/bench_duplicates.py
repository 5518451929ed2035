"""Benchmark for the duplicate-person review (issue #4): candidate search on 100,000 persons.

Runs on the central 100,000-participant demo database (made if missing, about a minute):

    .venv/bin/python tests/benchmarks/bench_duplicates.py [--db /tmp/bench100k.db]

Measures, each the median of a few runs: the candidate search in storage (read every live
person once, group, score), the service call the review tab makes (the best 200 pairs with
both persons' details and history counts), a merge worked out and rolled back
(`preview_merge` of the best pair, so the database is left as it was), and the redirect the
importer runs after every bundle while nothing is merged. Prints one JSON document.
Target: the service call under 2 s, so the tab fills while the user is still looking at it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from soul_desktop.services import duplicates, setup
from soul_desktop.storage import person_merge
from soul_desktop.storage.unit_of_work import UnitOfWork

BIN = Path(sys.executable).with_name("soul-desktop")
TARGET_S = 2.0
RUNS = 5


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
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.db"))
    args = parser.parse_args()
    _ensure_database(args.db)
    database = setup.open_application_database(setup.locate(args.db), create=False).database

    def storage_search() -> list[person_merge.CandidatePair]:
        with UnitOfWork(database) as uow:
            return person_merge.find_candidates(uow.session)

    def redirect() -> int:
        with UnitOfWork(database) as uow:
            return person_merge.redirect_to_survivors(uow.session)  # rolled back on exit

    with UnitOfWork(database) as uow:
        persons = len(person_merge._person_rows(uow.session, None))
    storage_s, pairs = _timed(storage_search)
    service_s, shown = _timed(lambda: duplicates.find_candidates(database))
    best = shown[0]
    survivor = best.suggested_survivor
    preview_s, preview = _timed(
        lambda: duplicates.preview_merge(database, survivor.id, best.other(survivor.id).id)
    )
    redirect_s, _moved = _timed(redirect)
    report = {
        "database": str(args.db),
        "live_persons": persons,
        "candidate_pairs": len(pairs),
        "by_reason": dict(Counter(str(p.reason) for p in pairs)),
        "storage_search_s": round(storage_s, 3),
        "service_find_candidates_200_s": round(service_s, 3),
        "preview_merge_best_pair_s": round(preview_s, 3),
        "preview_moves": {
            "enrolments": preview.enrolments_moved + preview.enrolments_combined,
            "attendance": preview.attendance_moved + preview.attendance_combined,
        },
        "redirect_nothing_merged_s": round(redirect_s, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "target_s": TARGET_S,
        "within_target": service_s <= TARGET_S,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    database.dispose()


if __name__ == "__main__":
    main()
