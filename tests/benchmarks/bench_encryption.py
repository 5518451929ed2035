"""Benchmark for issue #5: an encrypted (SQLCipher) database against the same one unencrypted.

On the 100,000-participant central demo database (`/tmp/bench100k.db` by default, built with
`init --unencrypted` and `demo --participants 100000 --seed 1` when missing; only ever copied,
never changed) this:

1. copies it and brings the copy to this build's schema (the plain database measured);
2. copies that and encrypts the copy in place (`encrypt_in_place`, timed: backup, export,
   integrity check and row counts, rename);
3. times on both, each in fresh processes (median of --runs):
   - open: `open_application_database` and one read (the installation), inside the process;
   - `soul-desktop stats --json`, the whole process;
   - process start to the shown main window (SOUL_STARTUP_PROBE=quit, offscreen); the
     encrypted database unlocked from an in-memory keyring holding its passphrase.

Not part of `make test`. Prints one JSON document; tests/benchmarks/README.md quotes it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).with_name("soul-desktop")
PASSPHRASE = "benchmark passphrase"

OPEN_CHILD = """
import json, os, sys, time
started = time.perf_counter()
from soul_desktop.services import installation, setup
imported = time.perf_counter()
opened = setup.open_application_database(
    setup.locate(sys.argv[1]), create=False, passphrase=os.environ.get("SOUL_PASSPHRASE")
)
assert installation.current(opened.database) is not None
done = time.perf_counter()
opened.database.dispose()
print(json.dumps({"import_s": imported - started, "open_s": done - imported}))
"""

# The application as `soul-desktop --db DB` starts it; for the encrypted database the
# passphrase waits in an in-memory keyring, as "Remember on this computer" would leave it.
GUI_CHILD = """
import os, sys
passphrase = os.environ.pop("SOUL_PASSPHRASE", None)
if passphrase:
    import keyring
    sys.path.insert(0, sys.argv[2])
    from tests.keyring_backend import MemoryKeyring
    from soul_desktop.services import keyring_store, setup
    keyring.set_keyring(MemoryKeyring())
    keyring_store.remember(setup.locate(sys.argv[1]), passphrase)
from soul_desktop.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _env(passphrase: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SOUL_PASSPHRASE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if passphrase:
        env["SOUL_PASSPHRASE"] = passphrase
    return env


def _ensure_source(path: Path) -> None:
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


def _open_times(db: Path, passphrase: str | None, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", OPEN_CHILD, str(db)],
            capture_output=True,
            text=True,
            check=True,
            env=_env(passphrase),
            cwd=ROOT,
        )
        times.append(json.loads(done.stdout)["open_s"])
    return times


def _stats_times(db: Path, passphrase: str | None, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [str(BIN), "--db", str(db), "stats", "--json"],
            capture_output=True,
            check=True,
            env=_env(passphrase),
        )
        times.append(time.perf_counter() - started)
    return times


def _startup_times(db: Path, passphrase: str | None, runs: int) -> list[float]:
    env = {**_env(passphrase), "SOUL_STARTUP_PROBE": "quit"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", GUI_CHILD, str(db), str(ROOT)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("SHOWN"):
                times.append(time.perf_counter() - started)
                break
        else:
            raise RuntimeError(f"no window shown for {db}")
        process.wait(timeout=60)
    return times


def _summary(values: list[float]) -> dict[str, float]:
    return {"median_s": round(statistics.median(values), 3), "max_s": round(max(values), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=Path("/tmp/bench100k.db"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from soul_desktop.services import setup
    from soul_desktop.storage import encryption

    _ensure_source(args.source)
    folder = Path(tempfile.mkdtemp(prefix="soul-bench-crypt-"))
    try:
        plain = folder / "plain.db"
        shutil.copyfile(args.source, plain)
        # Upgrade the copy now, so no run below pays for a migration.
        setup.open_application_database(setup.locate(plain), create=False).database.dispose()
        for backup in folder.glob("*.bak"):
            backup.unlink()
        encrypted = folder / "encrypted.db"
        shutil.copyfile(plain, encrypted)
        started = time.perf_counter()
        encryption.encrypt_in_place(encrypted, PASSPHRASE)
        conversion = time.perf_counter() - started

        figures: dict[str, object] = {
            "database_bytes": {
                "plain": plain.stat().st_size,
                "encrypted": encrypted.stat().st_size,
            },
            "encrypt_in_place_s": round(conversion, 1),
        }
        for name, db, passphrase in (
            ("plain", plain, None),
            ("encrypted", encrypted, PASSPHRASE),
        ):
            figures[name] = {
                "open": _summary(_open_times(db, passphrase, args.runs)),
                "stats_process": _summary(_stats_times(db, passphrase, args.runs)),
                "start_to_window": _summary(_startup_times(db, passphrase, args.runs)),
            }
        started = time.perf_counter()
        encryption.change_passphrase(encrypted, PASSPHRASE, PASSPHRASE + " 2")
        figures["change_passphrase_s"] = round(time.perf_counter() - started, 1)
        print(json.dumps(figures, indent=2))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
