"""Benchmark of the .soulbundle container: write, verify and read 1,000,000 attendance-shaped rows.

Run directly (not part of `make test`): `.venv/bin/python tests/benchmarks/bench_bundle.py`.
Measures the container alone (no database); prints one JSON document with rows/s, file size
and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from soul_desktop.sync.bundle import BundleWriter, open_bundle, verify_bundle

INSTALLATION = "6f1c2a8e-3c1d-4c1b-9a55-0d2f1b7e9c11"


def _rows(count: int):  # type: ignore[no-untyped-def]
    """Attendance-shaped rows: random-looking uuid5 ids like the real table's."""
    sessions = [str(uuid.uuid4()) for _ in range(2_000)]
    people = [str(uuid.uuid4()) for _ in range(20_000)]
    base = 1_795_000_000_000 << 16
    for i in range(count):
        session, person = sessions[i % len(sessions)], people[(i * 7) % len(people)]
        yield {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{session}/{person}/{i}")),
            "partition": "SE22",
            "changed_by": INSTALLATION,
            "change_counter": i + 1,
            "hlc": base + i,
            "deleted": False,
            "field_versions": None,
            "session_id": session,
            "person_id": person,
            "status": "present",
            "minutes": 180,
            "recorded_at": "2026-11-27T09:00:00",
            "note": None,
        }


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.soulbundle"
        fields = {
            "source": {"id": INSTALLATION, "name": "Bench", "role": "leader", "region": "SE22"},
            "kind": "full",
            "counter_ranges": {INSTALLATION: [1, args.rows]},
        }
        # Making the rows (uuid5 ids) is timed alone so the container's own rate can be shown.
        start = time.perf_counter()
        for _ in _rows(args.rows):
            pass
        generate_s = time.perf_counter() - start
        rows = _rows(args.rows)
        start = time.perf_counter()
        with BundleWriter(path, fields) as writer, writer.part("attendance") as part:
            for row in rows:
                part.write_row(row)
        write_s = time.perf_counter() - start
        after_write = _peak_rss_mb()

        start = time.perf_counter()
        report = verify_bundle(path)
        verify_s = time.perf_counter() - start

        start = time.perf_counter()
        count = 0
        with open_bundle(path) as reader:
            for _ in reader.iter_rows("attendance"):
                count += 1
        read_s = time.perf_counter() - start
        assert count == report.rows == args.rows

        part_info = report.manifest.parts[0]
        figures = {
            "rows": args.rows,
            "file_mb": round(path.stat().st_size / 1e6, 1),
            "ndjson_mb": round(part_info.bytes / 1e6, 1),
            "write_rows_per_s (incl. making the rows)": round(args.rows / write_s),
            "write_rows_per_s (container only)": round(args.rows / (write_s - generate_s)),
            "verify_rows_per_s": round(args.rows / verify_s),
            "read_rows_per_s (check pass + parse pass)": round(args.rows / read_s),
            "generate_s": round(generate_s, 2),
            "write_s": round(write_s, 2),
            "verify_s": round(verify_s, 2),
            "read_s": round(read_s, 2),
            "peak_rss_mb_after_write": round(after_write, 1),
            "peak_rss_mb": round(_peak_rss_mb(), 1),
            "python": sys.version.split()[0],
        }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
