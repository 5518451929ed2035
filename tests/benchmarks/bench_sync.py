"""Benchmark of sync: export, first import and re-import of ~1,000,000 attendance changes.

Run directly (not part of `make test`):
`.venv/bin/python tests/benchmarks/bench_sync.py [--source DB] [--participants N]`.

Builds a central installation with `demo --participants 100000` (1,048,344 attendance rows plus
the persons, courses and sessions they refer to), unless `--source` names such a database (it is
copied, never changed). The copy of the source (central) enrols a fresh regional installation
(SE32) as the target. Then, each step in its own process so its peak RSS is its own:

1. export a full bundle for the target (`export_bundle`: signed, sealed to the target, the
   fields a region does not need of other regions' persons blanked),
2. import it into the fresh regional installation (first import),
3. import it there again (re-import, everything unchanged),
4. baseline: plain `sqlite3` `executemany` upsert (`INSERT … ON CONFLICT(id) DO UPDATE`) of the
   same attendance rows, streamed from the source, into a fresh table keyed by their (random,
   uuid5) ids.

Prints one JSON document: seconds, rows/s (all rows and attendance rows) and peak RSS per step.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _open(path: str) -> Any:
    from soul_desktop.services import setup

    return setup.open_application_database(setup.locate(Path(path)), create=False).database


def _step(name: str, args: list[str]) -> dict[str, Any]:
    """One measured step, run in this (child) process."""
    if name == "build":
        from soul_desktop.domain.enums import InstallationRole
        from soul_desktop.services import demo, setup
        from soul_desktop.sync import enrolment

        db = setup.open_application_database(setup.locate(Path(args[0])), create=True).database
        enrolment.initialise(db, InstallationRole.CENTRAL, None, "Bench source")
        start = time.perf_counter()
        counts = demo.generate(db, participants=int(args[1]), seed=1)
        seconds = time.perf_counter() - start
        db.dispose()
        return {"seconds": seconds, "counts": counts}
    if name == "fresh":
        from soul_desktop.services import setup
        from soul_desktop.sync import enrolment

        # The source (central; keys made at first use, as for a database from before them)
        # enrols the target, a regional installation.
        source = _open(args[1])
        start = time.perf_counter()
        enrolment.ensure_identity(source)
        keys_seconds = time.perf_counter() - start
        issued = enrolment.issue_enrolment(
            source, Path(args[2]), name="Bench target", region_code="SE32"
        )
        source.dispose()
        db = setup.open_application_database(setup.locate(Path(args[0])), create=True).database
        info = enrolment.initialise_from_enrolment(db, Path(args[2]), issued.code)
        db.dispose()
        return {"seconds": keys_seconds, "target": info.id}
    if name == "export":
        from soul_desktop.sync.exporter import export_bundle

        db = _open(args[0])
        start = time.perf_counter()
        manifest = export_bundle(db, Path(args[1]), full=True, recipient_id=args[2])
        seconds = time.perf_counter() - start
        db.dispose()
        return {"seconds": seconds, "rows": sum(p.rows for p in manifest.parts)}
    if name == "import":
        from soul_desktop.sync.importer import import_bundle

        db = _open(args[0])
        start = time.perf_counter()
        summary = import_bundle(db, Path(args[1]))
        seconds = time.perf_counter() - start
        db.dispose()
        assert summary.outcome == "applied", summary.reason
        return {
            "seconds": seconds,
            "new": summary.total("new"),
            "updated": summary.total("updated"),
            "unchanged": summary.total("unchanged"),
        }
    if name == "upsert":
        source = sqlite3.connect(args[0])
        target = sqlite3.connect(args[1])
        columns = [row[1] for row in source.execute("PRAGMA table_info(attendance)")]
        target.execute(
            f"CREATE TABLE attendance ({', '.join(c for c in columns if c != 'id')}, "
            "id TEXT PRIMARY KEY)"
        )
        names = [c for c in columns if c != "id"] + ["id"]
        updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
        statement = (
            f"INSERT INTO attendance ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        rows = source.execute(f"SELECT {', '.join(names)} FROM attendance")
        start = time.perf_counter()
        with target:
            target.executemany(statement, rows)
        seconds = time.perf_counter() - start
        count = target.execute("SELECT count(*) FROM attendance").fetchone()[0]
        return {"seconds": seconds, "rows": count}
    raise SystemExit(f"unknown step {name}")


def _run(name: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--step", name, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _attendance(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM attendance").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, help="an existing demo database (copied)")
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.step:
        figures = _step(ns.step, ns.args)
        figures["peak_rss_mb"] = round(_peak_rss_mb(), 1)
        print(json.dumps(figures))
        return
    with tempfile.TemporaryDirectory(prefix="bench_sync") as folder:
        work = Path(folder)
        source = work / "source.db"
        report: dict[str, Any] = {}
        if ns.source:
            shutil.copyfile(ns.source, source)
        else:
            report["build"] = _run("build", str(source), str(ns.participants))
        attendance = _attendance(source)
        bundle = work / "full.soulbundle"
        target = work / "target.db"
        fresh = _run("fresh", str(target), str(source), str(work / "target.enrol"))
        report["first_use_keys_and_hashes"] = {"seconds": round(fresh["seconds"], 2)}
        report["export"] = _run("export", str(source), str(bundle), fresh["target"])
        report["bundle_mb"] = round(bundle.stat().st_size / 1e6, 1)
        report["import"] = _run("import", str(target), str(bundle))
        report["reimport"] = _run("import", str(target), str(bundle))
        report["upsert"] = _run("upsert", str(source), str(work / "upsert.db"))
        total = report["export"]["rows"]
        report["attendance_rows"] = attendance
        report["all_rows"] = total
        for step in ("export", "import", "reimport"):
            seconds = report[step]["seconds"]
            report[step]["rows_per_s"] = round(total / seconds)
            report[step]["attendance_equivalent_rows_per_s"] = round(attendance / seconds)
        report["upsert"]["rows_per_s"] = round(attendance / report["upsert"]["seconds"])
        upsert = report["upsert"]["rows_per_s"]
        report["targets"] = {
            "import >= half the plain upsert": report["import"]["rows_per_s"] >= upsert / 2,
            "re-import >= 2x first import": report["reimport"]["seconds"] * 2
            <= report["import"]["seconds"],
            "peak RSS < 300 MB (import steps)": max(
                report["import"]["peak_rss_mb"], report["reimport"]["peak_rss_mb"]
            )
            < 300,
        }
        report["python"] = sys.version.split()[0]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
