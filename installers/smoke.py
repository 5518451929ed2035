"""Smoke run of a built SOUL Desktop bundle (Linux, Windows and macOS alike).

    python installers/smoke.py dist/soul-desktop            # the one-folder bundle
    python installers/smoke.py "dist/SOUL Desktop.app"      # the macOS application

Checks, each with the bundle's own executable and nothing from the build environment:

1. `--version` prints the version the bundle was built from.
2. Headless: `init --central --unencrypted`, `demo --participants 50`, `enrol` a region,
   `init --enrolment` a second database from it, `export` central's data for that region and
   `import` it there; the second database must then hold every person of the first. A PDF
   and an XLSX report are written (ReportLab's fonts and openpyxl are in the bundle).
3. The GUI, offscreen, on the demo database: the main window must be shown
   (SOUL_STARTUP_PROBE prints "SHOWN <seconds>") and still be running two seconds later.
4. Start time to the shown window: the median of a few runs with SOUL_STARTUP_PROBE=quit.
5. With --old-database (a database at revision 0001, made by installers/old_database.py): the
   frozen application upgrades a copy of it, backing it up first, and keeps its rows.

Everything happens in a temporary folder (databases by --db; the user data, config and
cache folders pointed there too), so the smoke run leaves the machine's data alone.
Exits non-zero on the first failure. Standard library only: CI runs it with any Python.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

TIMEOUT = 180
GUI_SECONDS = 2.0


class SmokeFailure(Exception):
    pass


def executables(bundle: Path) -> tuple[Path, Path]:
    """(the executable for the command line, the one a user starts) inside `bundle`."""
    if bundle.is_file():
        return bundle, bundle
    if bundle.suffix == ".app":
        exe = bundle / "Contents" / "MacOS" / "soul-desktop"
        return exe, exe
    if sys.platform == "win32":
        # The windowed soul-desktop.exe has no console; the CLI twin shares its folder.
        return bundle / "soul-desktop-cli.exe", bundle / "soul-desktop.exe"
    exe = bundle / "soul-desktop"
    return exe, exe


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Nothing from a development checkout may leak into the frozen application.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "SOUL_PASSPHRASE"):
        env.pop(name, None)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHONUTF8": "1",
            "PYTHONIOENCODING": "utf-8",
        }
    )
    return env


def run(exe: Path, env: dict[str, str], *args: str) -> str:
    shown = " ".join(["soul-desktop", *args])
    print(f"$ {shown}", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [str(exe), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
    )
    if result.returncode != 0:
        raise SmokeFailure(
            f"{shown} exited {result.returncode}\n--- stdout\n{result.stdout}\n"
            f"--- stderr\n{result.stderr}"
        )
    print(f"  ok ({time.perf_counter() - started:.2f} s)", flush=True)
    return result.stdout


def check_version(exe: Path, env: dict[str, str], expected: str | None) -> str:
    out = run(exe, env, "--version").strip()
    found = re.fullmatch(r"soul-desktop (\S+)", out)
    if not found:
        raise SmokeFailure(f"--version printed {out!r}")
    if expected and found.group(1) != expected:
        raise SmokeFailure(f"--version says {found.group(1)}, the source says {expected}")
    return found.group(1)


def persons(exe: Path, env: dict[str, str], db: Path) -> int:
    stats = json.loads(run(exe, env, "--db", str(db), "stats", "--json"))
    return int(stats["tables"]["person"])


def check_headless(exe: Path, env: dict[str, str], work: Path) -> Path:
    central, region = work / "central.db", work / "region.db"
    run(exe, env, "--db", str(central), "init", "--central", "--name", "Smoke", "--unencrypted")
    run(exe, env, "--db", str(central), "demo", "--participants", "50", "--seed", "1")
    enrolment = work / "region.enrol"
    out = run(exe, env, "--db", str(central), "enrol", "--region", "SE32", "--name",
              "Jämtland", "--out", str(enrolment))  # fmt: skip
    code = re.search(r"One-time code: ([A-Z0-9-]+)", out)
    if code is None:
        raise SmokeFailure(f"enrol printed no one-time code:\n{out}")
    code_file = work / "region.code"
    code_file.write_text(code.group(1) + "\n", encoding="utf-8")
    run(exe, env, "--db", str(region), "init", "--enrolment", str(enrolment), "--code-file",
        str(code_file), "--unencrypted")  # fmt: skip
    region_id = json.loads(enrolment.read_text(encoding="utf-8"))["installation"]["id"]
    bundle = work / "central.soulbundle"
    run(exe, env, "--db", str(central), "export", "--full", "--to", region_id, str(bundle))
    run(exe, env, "--db", str(region), "import", str(bundle))
    sent, received = persons(exe, env, central), persons(exe, env, region)
    if sent == 0 or received != sent:
        raise SmokeFailure(f"central has {sent} persons, the region received {received}")
    print(f"  {received} persons exported and imported", flush=True)
    pdf, xlsx = work / "targets.pdf", work / "participants.xlsx"
    run(exe, env, "--db", str(central), "report", "targets", "--out", str(pdf))
    run(exe, env, "--db", str(central), "report", "participants", "--out", str(xlsx))
    if not pdf.read_bytes().startswith(b"%PDF") or not xlsx.read_bytes().startswith(b"PK"):
        raise SmokeFailure("a report file is not a PDF / XLSX")
    return central


def _read_shown(process: subprocess.Popen[str], started: float) -> tuple[float, float]:
    """(the application's own SHOWN figure, wall seconds from spawn) from its stdout."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("SHOWN"):
            return float(line.split()[1]), time.perf_counter() - started
    raise SmokeFailure(f"the window was never shown (exit {process.wait()})")


def check_gui(exe: Path, env: dict[str, str], db: Path) -> None:
    """The main window is shown and the application is still running two seconds later."""
    print("$ soul-desktop --db central.db   (offscreen, two seconds)", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(exe), "--db", str(db)],
        env={**env, "SOUL_STARTUP_PROBE": "1"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        _read_shown(process, started)
        time.sleep(GUI_SECONDS)
        if process.poll() is not None:
            raise SmokeFailure(f"the application ended by itself (exit {process.returncode})")
        print("  ok: window shown, still running after two seconds", flush=True)
    finally:
        process.kill()
        process.wait(timeout=30)


def check_launcher(exe: Path, env: dict[str, str], db: Path) -> None:
    """The executable a user starts (windowed on Windows) opens the window and quits cleanly."""
    print("$ soul-desktop --db central.db   (the windowed executable)", flush=True)
    result = subprocess.run(
        [str(exe), "--db", str(db)],
        env={**env, "SOUL_STARTUP_PROBE": "quit"},
        capture_output=True,
        timeout=TIMEOUT,
    )
    if result.returncode != 0:
        raise SmokeFailure(f"the windowed executable exited {result.returncode}")
    print("  ok", flush=True)


def start_times(exe: Path, env: dict[str, str], db: Path, runs: int) -> dict[str, float]:
    own, wall = [], []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(exe), "--db", str(db)],
            env={**env, "SOUL_STARTUP_PROBE": "quit"},
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            figure, elapsed = _read_shown(process, started)
        finally:
            if process.wait(timeout=TIMEOUT) != 0:
                raise SmokeFailure(f"SOUL_STARTUP_PROBE=quit exited {process.returncode}")
        own.append(figure)
        wall.append(elapsed)
    return {
        "runs": runs,
        "shown_median_s": round(statistics.median(own), 3),
        "spawn_to_shown_median_s": round(statistics.median(wall), 3),
        "spawn_to_shown_max_s": round(max(wall), 3),
    }


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def check_upgrade(exe: Path, env: dict[str, str], old: Path, work: Path) -> None:
    """An old database is backed up, then migrated; its installation survives."""
    copy = work / "upgrade" / "soul.db"
    copy.parent.mkdir()
    copy.write_bytes(old.read_bytes())
    stats = json.loads(run(exe, env, "--db", str(copy), "stats", "--json"))
    backups = sorted(copy.parent.glob("soul.db.*.bak"))
    if len(backups) != 1 or _revision(backups[0]) != "0001":
        raise SmokeFailure(f"no backup of the old database before migrating: {backups}")
    if _revision(copy) == "0001":
        raise SmokeFailure("the old database was not migrated")
    if stats["tables"]["installation"] != 1:
        raise SmokeFailure("the upgraded database lost its installation")
    print(f"  ok: migrated, backed up as {backups[0].name}", flush=True)


def source_version() -> str | None:
    init = Path(__file__).resolve().parent.parent / "soul_desktop" / "__init__.py"
    found = re.search(r'__version__ = "([^"]+)"', init.read_text(encoding="utf-8"))
    return found.group(1) if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="dist/soul-desktop, the .app, or an executable")
    parser.add_argument("--runs", type=int, default=5, help="start-time runs (0: none)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--old-database", type=Path, help="a revision-0001 database to upgrade (old_database.py)"
    )
    args = parser.parse_args()

    cli, launcher = executables(args.bundle.resolve())
    if not cli.is_file():
        print(f"smoke: no executable at {cli}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="soul-smoke-") as folder:
        work = Path(folder)
        env = isolated_env(work)
        try:
            version = check_version(cli, env, source_version())
            central = check_headless(cli, env, work)
            check_gui(cli, env, central)
            if launcher != cli:
                check_launcher(launcher, env, central)
            if args.old_database:
                check_upgrade(cli, env, args.old_database.resolve(), work)
            figures = {"version": version, "platform": sys.platform}
            if args.runs:
                figures["start"] = start_times(cli, env, central, args.runs)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE FAILED: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("smoke run passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
