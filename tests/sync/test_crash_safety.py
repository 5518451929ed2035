"""Crash safety: SIGKILL during import and export leaves an intact database, all or nothing.

Each run starts a child process (`python -c`) that opens the database, prints a line once it is
ready, and then imports (or exports) one bundle. The parent kills it with SIGKILL at a random
moment between that line and a little past the time an uninterrupted run takes, then checks the
files the child left behind.

SQLite only, unlike the rest of the sync suite (conftest.py): what is tested is that the file the
killed process was writing, with its journal, is intact (PRAGMA integrity_check) and all or
nothing. On PostgreSQL there is no such file: the server rolls back a killed client's open
transaction.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from soul_desktop.services import demo
from soul_desktop.sync.bundle import verify_bundle
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle
from tests.enrolment import enrol, make_central
from tests.sync.conftest import digest, local_trust, open_db

pytestmark = [pytest.mark.crash, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]

IMPORT_KILLS = 16
EXPORT_KILLS = 8

_CHILD = """
import sys
from soul_desktop.services import setup
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import import_bundle
action, db_path, bundle = sys.argv[1:4]
db = setup.open_application_database(setup.locate(db_path), create=False).database
with db.engine.connect():
    pass
print("ready", flush=True)
if action == "import":
    summary = import_bundle(db, bundle)
    assert summary.outcome == "applied", summary.reason
else:
    export_bundle(db, bundle, full=True)
db.dispose()
print("done", flush=True)
"""


@dataclass(frozen=True)
class Scene:
    """A source with a few thousand rows, its full bundle, and a receiver before and after."""

    source: Path
    bundle: Path
    target: Path
    before: str
    after: str
    source_digest: str
    rows: int


@pytest.fixture(scope="module")
def scene(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Scene:
    """A regional source with demo data, enrolled by central; its full bundle goes to central
    (the one that enrolled it, so `export_bundle` needs no recipient in the child)."""
    folder = tmp_path_factory.mktemp("crash")
    target = folder / "target.db"
    shutil.copyfile(empty_template, target)
    central = open_db(target)
    make_central(central, "Mottagaren")
    source = folder / "source.db"
    shutil.copyfile(empty_template, source)
    db = open_db(source)
    enrol(central, db, folder, "Källan", region="SE32")
    demo.generate(db, participants=150, seed=3)
    bundle = folder / "full.soulbundle"
    export_bundle(db, bundle, full=True)
    source_digest = digest(db)
    db.dispose()
    before = digest(central)
    keys = local_trust(central).decryption_keys()
    central.dispose()
    reference = folder / "reference.db"
    shutil.copyfile(target, reference)
    db = open_db(reference)
    assert import_bundle(db, bundle).outcome == "applied"
    after = digest(db)
    db.dispose()
    rows = verify_bundle(bundle, keys=keys).rows
    return Scene(source, bundle, target, before, after, source_digest, rows)


def _spawn(action: str, db_path: Path, bundle: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, action, str(db_path), str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else line
    return child


def _timed_run(action: str, db_path: Path, bundle: Path) -> float:
    """Seconds an uninterrupted child takes from 'ready' to its end."""
    child = _spawn(action, db_path, bundle)
    start = time.perf_counter()
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return time.perf_counter() - start


def _kill_at(child: subprocess.Popen[str], delay: float) -> bool:
    """SIGKILL the child after `delay` seconds; True when it was still running."""
    time.sleep(delay)
    alive = child.poll() is None
    if alive:
        child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    return alive


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _digest_of(path: Path) -> str:
    db = open_db(path)
    try:
        return digest(db)
    finally:
        db.dispose()


def _moments(count: int, span: float, rng: random.Random) -> list[float]:
    """Kill moments spread over [0, span]: one random point in each of `count` equal slices."""
    return [span * (i + rng.random()) / count for i in range(count)]


def test_killed_import_is_all_or_nothing_and_can_be_repeated(scene: Scene, tmp_path: Path) -> None:
    assert scene.rows >= 2_000
    probe = tmp_path / "probe.db"
    shutil.copyfile(scene.target, probe)
    duration = _timed_run("import", probe, scene.bundle)
    assert _digest_of(probe) == scene.after
    rng = random.Random(4)
    outcomes = {"before": 0, "after": 0}
    killed = 0
    for number, delay in enumerate(_moments(IMPORT_KILLS, duration * 1.1, rng)):
        path = tmp_path / f"kill{number}.db"
        shutil.copyfile(scene.target, path)
        killed += _kill_at(_spawn("import", path, scene.bundle), delay)
        assert _integrity(path) == "ok", f"kill {number} after {delay:.3f} s"
        state = _digest_of(path)
        assert state in (scene.before, scene.after), f"half an import after {delay:.3f} s"
        outcomes["before" if state == scene.before else "after"] += 1
        db = open_db(path)
        try:
            assert import_bundle(db, scene.bundle).outcome == "applied"
            assert digest(db) == scene.after
        finally:
            db.dispose()
        assert _integrity(path) == "ok"
    # Most moments fall inside the import: the test really interrupted it.
    assert killed >= IMPORT_KILLS // 2, (killed, outcomes)


def test_killed_export_leaves_no_half_file_and_the_database_unchanged(
    scene: Scene, tmp_path: Path
) -> None:
    probe_db = tmp_path / "probe.db"
    shutil.copyfile(scene.source, probe_db)
    duration = _timed_run("export", probe_db, tmp_path / "probe.soulbundle")
    rng = random.Random(5)
    killed = 0
    for number, delay in enumerate(_moments(EXPORT_KILLS, duration * 1.1, rng)):
        db_path = tmp_path / f"source{number}.db"
        shutil.copyfile(scene.source, db_path)
        out = tmp_path / f"out{number}.soulbundle"
        killed += _kill_at(_spawn("export", db_path, out), delay)
        if out.exists():  # only ever a whole bundle under the final name
            assert verify_bundle(out).rows == scene.rows
        assert _integrity(db_path) == "ok"
        assert _digest_of(db_path) == scene.source_digest
    assert killed >= EXPORT_KILLS // 2
