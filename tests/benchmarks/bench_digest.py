"""Benchmark for issue #4: the content digest over the 100,000-person demo database.

Copies `--db` (default /tmp/bench100k.db; the original is never opened), opens the copy (which
migrates it to the current revision, e.g. adds `field_versions`), then times
`services.sync_status.digest` twice (cold and warm page cache) and reports peak memory.

Run: `.venv/bin/python tests/benchmarks/bench_digest.py [--db PATH]`. Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from soul_desktop.services import setup, sync_status


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.db"))
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist; build it as bench_attendance.py says", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.db"
        shutil.copyfile(args.db, copy)
        started = time.perf_counter()
        opened = setup.open_application_database(setup.locate(copy), create=False)
        open_seconds = time.perf_counter() - started
        timings = []
        digests = set()
        for _run in range(2):
            started = time.perf_counter()
            digests.add(sync_status.digest(opened.database))
            timings.append(time.perf_counter() - started)
        opened.database.dispose()
    print(
        json.dumps(
            {
                "database": str(args.db),
                "open_and_migrate_s": round(open_seconds, 2),
                "upgraded_from": opened.upgraded_from,
                "digest_s": [round(t, 2) for t in timings],
                "digest": digests.pop() if len(digests) == 1 else sorted(digests),
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
