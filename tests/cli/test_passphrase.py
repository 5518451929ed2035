"""The command line and the encrypted database: passphrase from the environment or a file only."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from soul_desktop.storage import encryption
from tests.cli.test_cli import _refused, _run, _snapshot

PASSPHRASE = "en lång hemlig fras"
NEW = "en ny lång fras"


@pytest.fixture
def encrypted_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An encrypted regional installation with demo data; no passphrase left in the env."""
    path = tmp_path / "data" / "soul.db"
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(capsys, "--db", str(path), "init", "--region", "SE32", "--name", "K")
    assert code == 0, err
    code, _, err = _run(capsys, "--db", str(path), "demo", "--participants", "20", "--seed", "3")
    assert code == 0, err
    monkeypatch.delenv("SOUL_PASSPHRASE")
    return path


def _stats(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code, out, err = _run(capsys, *argv, "stats", "--json")
    assert code == 0, err
    return json.loads(out)


def test_init_encrypts_and_every_command_needs_the_passphrase(
    encrypted_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert encryption.file_kind(encrypted_db) == encryption.ENCRYPTED
    before = _snapshot(encrypted_db.parent)
    for argv in (["stats"], ["digest"], ["demo"], ["export", str(encrypted_db) + ".x", "--full"]):
        code, _, err = _run(capsys, "--db", str(encrypted_db), *argv)
        _refused(code, err)
        assert "is encrypted" in err and "SOUL_PASSPHRASE" in err and "--passphrase-file" in err
    assert _snapshot(encrypted_db.parent) == before
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    figures = _stats(capsys, "--db", str(encrypted_db))
    assert figures["tables"]["person"] >= 20  # type: ignore[index]


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    encrypted_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOUL_PASSPHRASE", "inte den rätta")
    before = _snapshot(encrypted_db.parent)
    for argv in (["stats"], ["demo"], ["init", "--central", "--name", "C"]):
        code, _, err = _run(capsys, "--db", str(encrypted_db), *argv)
        _refused(code, err)
        assert "passphrase does not unlock" in err
    assert _snapshot(encrypted_db.parent) == before


@pytest.mark.parametrize("ending", ["", "\n", "\r\n"])
def test_the_passphrase_from_a_file(
    encrypted_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], ending: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes((PASSPHRASE + ending).encode("utf-8"))
    figures = _stats(capsys, "--db", str(encrypted_db), "--passphrase-file", str(secret))
    assert figures["tables"]["person"] >= 20  # type: ignore[index]


def test_the_file_wins_over_the_environment_and_dash_reads_stdin(
    encrypted_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOUL_PASSPHRASE", "inte den rätta")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    _stats(capsys, "--db", str(encrypted_db), "--passphrase-file", str(secret))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    _stats(capsys, "--db", str(encrypted_db), "--passphrase-file", "-")


@pytest.mark.parametrize("content", [None, b"", b"\n", b"\xff\xfe not utf-8"])
def test_an_unreadable_passphrase_file_is_one_line(
    encrypted_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    secret = tmp_path / "secret.txt"
    if content is not None:
        secret.write_bytes(content)
    before = _snapshot(encrypted_db.parent)
    argv = ("--db", str(encrypted_db), "--passphrase-file", str(secret), "stats")
    code, _, err = _run(capsys, *argv)
    _refused(code, err)
    assert "--passphrase-file" in err
    assert _snapshot(encrypted_db.parent) == before


def test_a_passphrase_on_the_command_line_is_refused(
    encrypted_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(encrypted_db.parent)
    for argv in (
        ["--passphrase", PASSPHRASE, "stats"],
        [f"--passphrase={PASSPHRASE}", "stats"],
        ["passphrase", "change", "--new-passphrase", NEW],
    ):
        code, _, err = _run(capsys, "--db", str(encrypted_db), *argv)
        _refused(code, err)
        assert "never given on the command line" in err
        assert PASSPHRASE not in err and NEW not in err
    assert _snapshot(encrypted_db.parent) == before


def test_init_without_a_passphrase_is_refused_and_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new.db"
    code, _, err = _run(capsys, "--db", str(target), "init", "--central", "--name", "C")
    _refused(code, err)
    assert "SOUL_PASSPHRASE" in err and "--unencrypted" in err
    monkeypatch.setenv("SOUL_PASSPHRASE", "kort")
    code, _, err = _run(capsys, "--db", str(target), "init", "--central", "--name", "C")
    _refused(code, err)
    assert "at least 8 characters" in err
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(
        capsys, "--db", str(target), "init", "--central", "--name", "C", "--unencrypted"
    )
    _refused(code, err)
    assert "contradict" in err
    assert list(tmp_path.iterdir()) == []


def test_init_unencrypted_for_a_throw_away_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.db"
    code, out, err = _run(
        capsys, "--db", str(target), "init", "--central", "--name", "C", "--unencrypted"
    )
    assert code == 0, err
    assert "Not encrypted" in out
    assert encryption.file_kind(target) == encryption.PLAIN


def test_passphrase_change(
    encrypted_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _snapshot(encrypted_db.parent)
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(capsys, "--db", str(encrypted_db), "passphrase", "change")
    _refused(code, err)
    assert "SOUL_NEW_PASSPHRASE" in err
    monkeypatch.setenv("SOUL_NEW_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(capsys, "--db", str(encrypted_db), "passphrase", "change")
    _refused(code, err)
    assert "same as the current" in err
    monkeypatch.setenv("SOUL_PASSPHRASE", "inte den rätta")
    monkeypatch.setenv("SOUL_NEW_PASSPHRASE", NEW)
    code, _, err = _run(capsys, "--db", str(encrypted_db), "passphrase", "change")
    _refused(code, err)
    assert _snapshot(encrypted_db.parent) == before

    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    figures = _stats(capsys, "--db", str(encrypted_db))
    code, out, err = _run(capsys, "--db", str(encrypted_db), "passphrase", "change")
    assert code == 0, err
    assert "Changed the passphrase" in out and "Nothing can recover" in out
    code, _, err = _run(capsys, "--db", str(encrypted_db), "stats")
    _refused(code, err)
    monkeypatch.setenv("SOUL_PASSPHRASE", NEW)
    assert _stats(capsys, "--db", str(encrypted_db)) == figures
    # And back, the new one read from a file this time.
    new_file = tmp_path / "new.txt"
    new_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.delenv("SOUL_NEW_PASSPHRASE")
    code, _, err = _run(
        capsys,
        "--db",
        str(encrypted_db),
        "passphrase",
        "change",
        "--new-passphrase-file",
        str(new_file),
    )
    assert code == 0, err
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    assert _stats(capsys, "--db", str(encrypted_db)) == figures


def test_passphrase_encrypt_converts_an_unencrypted_database(
    regional_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "soul.db"
    shutil.copyfile(regional_template, path)
    _run(capsys, "--db", str(path), "demo", "--participants", "20", "--seed", "4")
    figures = _stats(capsys, "--db", str(path))
    code, _, err = _run(capsys, "--db", str(path), "passphrase", "change")
    _refused(code, err)
    before = _snapshot(tmp_path)
    code, _, err = _run(capsys, "--db", str(path), "passphrase", "encrypt")
    _refused(code, err)
    assert "SOUL_PASSPHRASE" in err
    assert _snapshot(tmp_path) == before

    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "--db", str(path), "passphrase", "encrypt")
    assert code == 0, err
    assert "Encrypted" in out and "Nothing can recover" in out
    assert encryption.file_kind(path) == encryption.ENCRYPTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["soul.db"]
    assert _stats(capsys, "--db", str(path)) == figures
    code, _, err = _run(capsys, "--db", str(path), "passphrase", "encrypt")
    _refused(code, err)
    assert "already encrypted" in err


def test_passphrase_encrypt_can_keep_the_backup(
    regional_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "soul.db"
    shutil.copyfile(regional_template, path)
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "--db", str(path), "passphrase", "encrypt", "--keep-backup")
    assert code == 0, err
    (backup,) = tmp_path.glob("*.unencrypted.bak")
    assert f"kept at {backup}" in out
    assert encryption.file_kind(backup) == encryption.PLAIN


def test_passphrase_commands_do_not_apply_to_postgres(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOUL_PASSPHRASE", PASSPHRASE)
    for action in ("change", "encrypt"):
        code, _, err = _run(
            capsys, "--db", "postgresql+psycopg://soul@dbhost/c", "passphrase", action
        )
        _refused(code, err)
        assert "access control" in err
