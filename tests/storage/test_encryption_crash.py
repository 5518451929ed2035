"""Crash safety of encryption: SIGKILL while encrypting in place or changing the passphrase.

Each run starts a child process that converts (or re-keys) a copy of one database and reports
the named stages it passes (storage/encryption.py). The parent kills it with SIGKILL either
exactly at a stage (the child waits there) or at a random moment of an uninterrupted run's
duration, then checks what the child left under the database's name: a whole database (PRAGMA
integrity_check), unencrypted or encrypted, with the same content as before.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from soul_desktop.domain.errors import WrongPassphraseError
from soul_desktop.services import demo, setup, sync_status
from soul_desktop.storage import encryption

pytestmark = [pytest.mark.crash, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]

OLD = "den gamla frasen"
NEW = "den nya frasen!"
ENCRYPT_STAGES = ("locked", "backed-up", "exported", "verified", "replaced", "cleaned")
REKEY_STAGES = ("locked", "rekeyed")
RANDOM_KILLS = 8

_CHILD = """
import sys
from pathlib import Path
from soul_desktop.storage import encryption
action, path, stop_at, old, new = sys.argv[1:6]

def stage(name):
    print(name, flush=True)
    if name == stop_at:
        sys.stdin.readline()  # held here until the parent kills the process

print("ready", flush=True)
if action == "encrypt":
    encryption.encrypt_in_place(Path(path), new, stage=stage)
else:
    encryption.change_passphrase(Path(path), old, new, stage=stage)
print("done", flush=True)
"""


@dataclass(frozen=True)
class Scene:
    plain: Path
    encrypted: Path
    digest: str


@pytest.fixture(scope="module")
def scene(regional_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Scene:
    folder = tmp_path_factory.mktemp("crypt-crash")
    plain = folder / "plain.db"
    shutil.copyfile(regional_template, plain)
    db = setup.open_application_database(setup.locate(plain), create=False).database
    demo.generate(db, participants=300, seed=6)
    digest = sync_status.digest(db)
    db.dispose()
    encrypted = folder / "encrypted.db"
    shutil.copyfile(plain, encrypted)
    encryption.encrypt_in_place(encrypted, OLD)
    return Scene(plain, encrypted, digest)


def _spawn(action: str, path: Path, stop_at: str = "") -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, action, str(path), stop_at, OLD, NEW],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else line
    return child


def _kill_at_stage(action: str, path: Path, stage: str) -> None:
    child = _spawn(action, path, stop_at=stage)
    assert child.stdout is not None
    while (line := child.stdout.readline().strip()) != stage:
        assert line, f"ended before {stage}: {child.stderr.read() if child.stderr else ''}"
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)


def _timed_run(action: str, path: Path) -> float:
    child = _spawn(action, path)
    start = time.perf_counter()
    _, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return time.perf_counter() - start


def _kill_after(action: str, path: Path, delay: float) -> bool:
    child = _spawn(action, path)
    time.sleep(delay)
    alive = child.poll() is None
    if alive:
        child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    return alive


def _content(path: Path, passphrase: str | None) -> str:
    """The digest of the database at `path`, after its integrity check."""
    db = setup.open_application_database(
        setup.locate(path), create=False, passphrase=passphrase
    ).database
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return sync_status.digest(db)
    finally:
        db.dispose()


def _after_encryption(path: Path, scene: Scene) -> str:
    """Which whole database the name holds now: "plain" or "encrypted" (same content both)."""
    kind = encryption.file_kind(path)
    assert kind in (encryption.PLAIN, encryption.ENCRYPTED)
    assert _content(path, NEW if kind == encryption.ENCRYPTED else None) == scene.digest
    return kind


def _moments(count: int, span: float, rng: random.Random) -> list[float]:
    return [span * (i + rng.random()) / count for i in range(count)]


@pytest.mark.parametrize("stage", ENCRYPT_STAGES)
def test_encryption_killed_at_each_stage_leaves_one_whole_database(
    scene: Scene, tmp_path: Path, stage: str
) -> None:
    path = tmp_path / "soul.db"
    shutil.copyfile(scene.plain, path)
    _kill_at_stage("encrypt", path, stage)
    kind = _after_encryption(path, scene)
    # Up to the rename the old file is in place; from it on, the encrypted one.
    replaced = ENCRYPT_STAGES.index(stage) >= ENCRYPT_STAGES.index("replaced")
    assert kind == (encryption.ENCRYPTED if replaced else encryption.PLAIN)
    if kind == encryption.PLAIN:
        # Run again: it succeeds, whatever the killed run left behind.
        encryption.encrypt_in_place(path, NEW)
        assert _after_encryption(path, scene) == encryption.ENCRYPTED
    assert not path.with_name(path.name + encryption.ENCRYPTING_SUFFIX).exists()


def test_encryption_killed_at_random_moments(scene: Scene, tmp_path: Path) -> None:
    probe = tmp_path / "probe.db"
    shutil.copyfile(scene.plain, probe)
    duration = _timed_run("encrypt", probe)
    assert _after_encryption(probe, scene) == encryption.ENCRYPTED
    rng = random.Random(11)
    outcomes = {encryption.PLAIN: 0, encryption.ENCRYPTED: 0}
    killed = 0
    for number, delay in enumerate(_moments(RANDOM_KILLS, duration * 1.1, rng)):
        path = tmp_path / f"kill{number}.db"
        shutil.copyfile(scene.plain, path)
        killed += _kill_after("encrypt", path, delay)
        outcomes[_after_encryption(path, scene)] += 1
    assert killed >= RANDOM_KILLS // 2, (killed, outcomes)


def _after_rekey(path: Path, scene: Scene) -> str:
    """Which passphrase opens the database now; exactly one of the two does."""
    opening = []
    for passphrase in (OLD, NEW):
        try:
            assert _content(path, passphrase) == scene.digest
        except WrongPassphraseError:
            continue
        opening.append(passphrase)
    assert len(opening) == 1, opening
    return opening[0]


@pytest.mark.parametrize("stage", REKEY_STAGES)
def test_passphrase_change_killed_at_each_stage(scene: Scene, tmp_path: Path, stage: str) -> None:
    path = tmp_path / "soul.db"
    shutil.copyfile(scene.encrypted, path)
    _kill_at_stage("rekey", path, stage)
    assert _after_rekey(path, scene) == (OLD if stage == "locked" else NEW)


def test_passphrase_change_killed_at_random_moments(scene: Scene, tmp_path: Path) -> None:
    probe = tmp_path / "probe.db"
    shutil.copyfile(scene.encrypted, probe)
    duration = _timed_run("rekey", probe)
    assert _after_rekey(probe, scene) == NEW
    rng = random.Random(12)
    outcomes = {OLD: 0, NEW: 0}
    killed = 0
    for number, delay in enumerate(_moments(RANDOM_KILLS, duration * 1.1, rng)):
        path = tmp_path / f"kill{number}.db"
        shutil.copyfile(scene.encrypted, path)
        killed += _kill_after("rekey", path, delay)
        outcomes[_after_rekey(path, scene)] += 1
    assert killed >= RANDOM_KILLS // 2, (killed, outcomes)
