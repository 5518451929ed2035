"""Every headless command, and every bad input answered with one line and no change."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from soul_desktop import __version__
from soul_desktop.__main__ import main


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _refused(code: int, err: str) -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("soul-desktop") and ": error: " in lines[0]


def test_init_regional_leader_and_central(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # init encrypts the new database (issue #5): the passphrase comes from the environment.
    monkeypatch.setenv("SOUL_PASSPHRASE", "en hemlig mening")
    code, out, _ = _run(
        capsys,
        "--db",
        str(tmp_path / "r.db"),
        "init",
        "--region",
        "SE32",
        "--name",
        "Jämtland kontor",
    )
    assert code == 0 and "regional installation “Jämtland kontor” in SE32" in out
    code, out, _ = _run(
        capsys,
        "--db",
        str(tmp_path / "l.db"),
        "init",
        "--leader",
        "--region",
        "SE32",
        "--name",
        "Lisas laptop",
    )
    assert code == 0 and "leader installation" in out
    code, out, _ = _run(
        capsys, "--db", str(tmp_path / "c.db"), "init", "--central", "--name", "Centralt kansli"
    )
    assert code == 0 and "central installation" in out
    assert "Encrypted with the passphrase given" in out


def test_demo_and_stats_json(regional_db_path: Path, capsys: pytest.CaptureFixture[str]):
    db = str(regional_db_path)
    code, out, _ = _run(capsys, "--db", db, "demo", "--participants", "200", "--seed", "4")
    assert code == 0 and "attendance rows" in out
    code, out, _ = _run(capsys, "--db", db, "stats", "--json")
    assert code == 0
    figures = json.loads(out)
    assert figures["tables"]["person"] >= 200
    assert figures["tables"]["municipality"] == 290
    hours = figures["attended_hours_by_region_gender"]["SE32"]
    assert hours["woman"] > 0
    code, out, _ = _run(capsys, "--db", db, "stats")
    assert code == 0 and "Persons by region and gender" in out


def test_same_seed_same_stats(
    regional_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        path.write_bytes(regional_template.read_bytes())
        assert (
            _run(capsys, "--db", str(path), "demo", "--participants", "150", "--seed", "9")[0] == 0
        )
        outputs.append(_run(capsys, "--db", str(path), "stats", "--json")[1])
    assert outputs[0] == outputs[1]


def test_init_twice_is_refused(regional_db_path: Path, capsys: pytest.CaptureFixture[str]):
    before = _snapshot(regional_db_path.parent)
    code, _, err = _run(
        capsys, "--db", str(regional_db_path), "init", "--region", "SE11", "--name", "Igen"
    )
    _refused(code, err)
    assert "already belongs to installation “Testkontoret”" in err
    assert _snapshot(regional_db_path.parent) == before


@pytest.mark.parametrize("region", ["SE99", "XX", ""])
def test_unknown_region_leaves_no_file(
    tmp_path: Path, region: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "--db", str(tmp_path / "x.db"), "init", "--region", region, "--name", "Kontor"
    )
    _refused(code, err)
    assert list(tmp_path.iterdir()) == []


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = _snapshot(tmp_path)
    for argv in (["stats"], ["demo"], ["init", "--central", "--name", "C"]):
        code, _, err = _run(capsys, "--db", str(path), *argv)
        _refused(code, err)
        assert "not a SQLite database" in err
    assert _snapshot(tmp_path) == before


def test_corrupt_database(regional_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(regional_db_path.read_bytes())
    data[100:40_000] = b"\xff" * 39_900
    regional_db_path.write_bytes(bytes(data))
    before = _snapshot(regional_db_path.parent)
    code, _, err = _run(capsys, "--db", str(regional_db_path), "stats")
    _refused(code, err)
    assert "damaged" in err
    assert _snapshot(regional_db_path.parent) == before


def test_missing_database_for_stats_and_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("stats", "demo"):
        code, _, err = _run(capsys, "--db", str(tmp_path / "nothing.db"), command)
        _refused(code, err)
        assert "run `soul-desktop init` first" in err
    assert list(tmp_path.iterdir()) == []


def test_demo_before_init(empty_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _snapshot(empty_db_path.parent)
    code, _, err = _run(capsys, "--db", str(empty_db_path), "demo", "--participants", "5")
    _refused(code, err)
    assert _snapshot(empty_db_path.parent) == before


def test_read_only_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ro" / "soul.db"
    target.parent.mkdir()
    if os.geteuid() == 0:
        # Root ignores permission bits; drive the same refusal through os.access.
        monkeypatch.setattr(os, "access", lambda *_a, **_k: False)
    else:
        target.parent.chmod(0o555)
    try:
        # --unencrypted: without a passphrase init would refuse before looking at the place.
        code, _, err = _run(
            capsys, "--db", str(target), "init", "--central", "--name", "C", "--unencrypted"
        )
    finally:
        target.parent.chmod(0o755)
    _refused(code, err)
    assert "cannot write" in err
    assert list(target.parent.iterdir()) == []


def test_bad_arguments_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "demo", "--participants", "-3")
    _refused(code, err)
    code, _, err = _run(capsys, "init", "--central")
    _refused(code, err)


def test_console_script_runs_headless_without_qt(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("soul-desktop")
    db = str(tmp_path / "s.db")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"soul-desktop {__version__}"
    probe = (
        f"import sys, runpy; sys.argv = ['soul-desktop', '--db', {db!r}, 'init', '--central', "
        "'--name', 'C'];\ntry:\n    runpy.run_module('soul_desktop', run_name='__main__')\n"
        "except SystemExit as e:\n    assert not e.code, e.code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    # With a passphrase, as init now needs: loading SQLCipher must not load Qt either.
    env = {**os.environ, "SOUL_PASSPHRASE": "en hemlig mening"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "central installation" in done.stdout


def _bundle(path: Path) -> Path:
    from soul_desktop.sync.bundle import BundleWriter

    fields = {
        "source": {
            "id": "11111111-1111-4111-8111-111111111111",
            "name": "Jämtland kontor",
            "role": "regional",
            "region": "SE32",
        },
        "kind": "full",
        "counter_ranges": {"11111111-1111-4111-8111-111111111111": [1, 2]},
    }
    with BundleWriter(path, fields) as writer, writer.part("person") as part:
        part.write_row({"id": "p1", "first_name": "Åsa"})
        part.write_row({"id": "p2", "first_name": "Örjan"})
    return path


def test_verify_prints_the_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _bundle(tmp_path / "a.soulbundle")
    code, out, _ = _run(capsys, "verify", str(path))
    assert code == 0 and "Jämtland kontor" in out and "person" in out
    code, out, _ = _run(capsys, "verify", "--json", str(path))
    assert code == 0
    assert json.loads(out)["source"]["region"] == "SE32"


@pytest.mark.parametrize("damage", ["truncate", "flip", "not_a_bundle"])
def test_verify_refuses_damaged_files(
    tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bundle(tmp_path / "a.soulbundle")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        path.write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "flip":
        data[len(data) // 3] ^= 0x40
        path.write_bytes(bytes(data))
    else:
        path.write_text("Hej! Här är filen du bad om.\n", encoding="utf-8")
    code, _, err = _run(capsys, "verify", str(path))
    _refused(code, err)


def test_digest_is_equal_for_equal_data(
    regional_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digests = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        path.write_bytes(regional_template.read_bytes())
        assert (
            _run(capsys, "--db", str(path), "demo", "--participants", "60", "--seed", "2")[0] == 0
        )
        code, out, _ = _run(capsys, "--db", str(path), "digest")
        assert code == 0
        digests.append(out.strip())
    assert digests[0] == digests[1] and len(digests[0]) == 64
    other = tmp_path / "c.db"
    other.write_bytes(regional_template.read_bytes())
    _run(capsys, "--db", str(other), "demo", "--participants", "60", "--seed", "3")
    assert _run(capsys, "--db", str(other), "digest")[1].strip() != digests[0]


def _installation(
    template: Path, folder: Path, name: str, capsys: pytest.CaptureFixture[str], *init: str
) -> str:
    path = folder / name
    path.write_bytes(template.read_bytes())
    # Throw-away sync test databases: unencrypted, as init allows only when asked (issue #5).
    code, _, err = _run(capsys, "--db", str(path), "init", *init, "--unencrypted")
    assert code == 0, err
    return str(path)


def _enrol(
    issuer: str, folder: Path, name: str, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[Path, str]:
    """An enrolment file `issuer` writes (`enrol --name NAME OPTIONS`), and its one-time code."""
    path = folder / f"{name.replace(' ', '_')}.enrol"
    code, out, err = _run(capsys, "--db", issuer, "enrol", "--name", name, "--out", str(path),
                          *options)  # fmt: skip
    assert code == 0, err
    found = re.search(r"One-time code: ([A-Z0-9-]+)", out)
    assert found is not None, out
    return path, found.group(1)


def _enrolled(
    template: Path,
    folder: Path,
    file_name: str,
    issuer: str,
    name: str,
    capsys: pytest.CaptureFixture[str],
    *options: str,
) -> str:
    """A database set up from an enrolment file `issuer` wrote (code from --code-file)."""
    enrolment, secret = _enrol(issuer, folder, name, capsys, *options)
    code_file = folder / f"{file_name}.code"
    code_file.write_text(secret + "\n", encoding="utf-8")
    path = folder / file_name
    path.write_bytes(template.read_bytes())
    code, out, err = _run(capsys, "--db", str(path), "init", "--enrolment", str(enrolment),
                          "--code-file", str(code_file), "--unencrypted")  # fmt: skip
    assert code == 0, err
    assert "Enrolled by" in out and "fingerprint" in out
    return str(path)


def _central_and_region(
    template: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    central = _installation(
        template, folder, "central.db", capsys, "--central", "--name", "Centralt kansli"
    )
    region = _enrolled(template, folder, "region.db", central, "Jämtland kontor", capsys,
                       "--region", "SE32")  # fmt: skip
    return central, region


def test_export_import_receipt_round_trip(
    empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central, region = _central_and_region(empty_template, tmp_path, capsys)
    assert _run(capsys, "--db", region, "demo", "--participants", "80", "--seed", "5")[0] == 0
    bundle = tmp_path / "region.soulbundle"
    code, out, err = _run(capsys, "--db", region, "export", str(bundle), "--full")
    assert code == 0, err
    assert "rows" in out and bundle.exists()
    code, out, err = _run(capsys, "--db", central, "import", str(bundle), "--dry-run")
    assert code == 0 and "dry run" in out, err
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    code, out, err = _run(
        capsys, "--db", central, "import", str(bundle), "--receipt-dir", str(receipts)
    )
    assert code == 0 and "applied" in out, err
    region_stats = json.loads(_run(capsys, "--db", region, "stats", "--json")[1])
    central_stats = json.loads(_run(capsys, "--db", central, "stats", "--json")[1])
    assert central_stats["tables"]["attendance"] == region_stats["tables"]["attendance"] > 0
    # Importing again changes nothing.
    before = _run(capsys, "--db", central, "digest")[1]
    assert _run(capsys, "--db", central, "import", str(bundle))[0] == 0
    assert _run(capsys, "--db", central, "digest")[1] == before
    # The receipt goes back; the region then has nothing new for central.
    (receipt,) = receipts.iterdir()
    signed = json.loads(receipt.read_text(encoding="utf-8"))
    assert signed["version"] == 2 and signed["signature"]
    central_id = json.loads(signed["receipt"])["installation"]

    def exported_rows() -> int:
        again = tmp_path / "again.soulbundle"
        code, out, err = _run(capsys, "--db", region, "export", str(again), "--to", central_id)
        assert code == 0, err
        return int(re.search(r": \w+, ([\d,]+) rows", out).group(1).replace(",", ""))

    # Until the receipt comes back, everything is sent again (a lost USB stick loses nothing).
    assert exported_rows() > 0
    code, out, err = _run(capsys, "--db", region, "receipt", "apply", str(receipt))
    assert code == 0, err
    assert exported_rows() == 0


def test_import_refuses_a_damaged_bundle_and_goes_on(
    empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central, region = _central_and_region(empty_template, tmp_path, capsys)
    _run(capsys, "--db", region, "demo", "--participants", "30", "--seed", "5")
    good = tmp_path / "good.soulbundle"
    _run(capsys, "--db", region, "export", str(good), "--full")
    bad = tmp_path / "bad.soulbundle"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    before = _run(capsys, "--db", central, "digest")[1]
    code, out, _ = _run(capsys, "--db", central, "import", str(bad))
    assert code == 1 and "refused" in out
    assert _run(capsys, "--db", central, "digest")[1] == before
    code, out, _ = _run(capsys, "--db", central, "import", str(bad), str(good))
    assert code == 1 and "applied" in out
    assert _run(capsys, "--db", central, "digest")[1] != before


def test_export_before_init_is_one_line(
    empty_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--db", str(empty_db_path), "export", str(tmp_path / "x"))
    _refused(code, err)
    assert not (tmp_path / "x").exists()


def test_course_pack_for_a_leader(
    empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    _central, region = _central_and_region(empty_template, tmp_path, capsys)
    _run(capsys, "--db", region, "demo", "--participants", "40", "--seed", "5")
    with sqlite3.connect(region) as conn:
        (course_id,) = conn.execute(
            "SELECT course_id FROM enrolment WHERE status = 'enrolled' LIMIT 1"
        ).fetchone()
    # The coordinator enrols the leader's laptop for the course.
    leader = _enrolled(empty_template, tmp_path, "leader.db", region, "Lisas laptop", capsys,
                       "--leader", "--course", course_id)  # fmt: skip
    pack = tmp_path / "pack.soulbundle"
    code, out, err = _run(capsys, "--db", region, "export", str(pack), "--course", course_id)
    assert code == 0, err
    assert "encrypted for Lisas laptop" in out
    assert "course_pack" in _run(capsys, "verify", str(pack))[1]
    code, out, err = _run(capsys, "--db", leader, "import", str(pack))
    assert code == 0 and "applied" in out, err
    with sqlite3.connect(leader) as conn:
        assert conn.execute("SELECT count(*) FROM course").fetchone()[0] == 1
        assert (
            conn.execute("SELECT count(*) FROM person WHERE personnummer IS NOT NULL").fetchone()[0]
            == 0
        )
    code, _, err = _run(
        capsys, "--db", region, "export", str(tmp_path / "x"), "--course", "no-such-course"
    )
    _refused(code, err)
    code, _, err = _run(
        capsys, "--db", region, "export", str(tmp_path / "y"), "--course", course_id, "--full"
    )
    _refused(code, err)


def test_targets_lists_every_target_with_its_regions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "central.db")
    assert _run(capsys, "--db", db, "init", "--central", "--name", "C", "--unencrypted")[0] == 0
    assert _run(capsys, "--db", db, "demo", "--participants", "300", "--seed", "3")[0] == 0
    code, out, _err = _run(capsys, "--db", db, "targets")
    assert code == 0
    assert "M1-collaborating-participants:" in out and " of 170 " in out
    assert "M1-networks: 6 of 6 (reached)" in out  # the demo forms six networks
    code, out, _err = _run(capsys, "--db", db, "targets", "--json")
    data = json.loads(out)
    assert {t["code"] for t in data["targets"]} >= {"M1-networks", "M1-other-participants"}
    assert len(data["regions"]) == 8 and data["region_code"] is None


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["report", "targets", "--out", "mål.docx"], "written as .pdf, .csv, .xlsx, not .docx"),
        (["report", "signin", "--out", "lista.xlsx"], "written as .pdf, not .xlsx"),
        (["report", "4r", "--out", "4r.pdf", "--period", "2010-13"], "a period is written"),
        (["report", "4r", "--out", "4r.pdf", "--unit", "bogus"], "--unit is programme"),
    ],
)
def test_report_refuses_what_it_cannot_make_before_writing_anything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], says: str
) -> None:
    db = str(tmp_path / "central.db")
    assert _run(capsys, "--db", db, "init", "--central", "--name", "C", "--unencrypted")[0] == 0
    argv = [a if not a.endswith((".docx", ".xlsx", ".pdf")) else str(tmp_path / a) for a in argv]
    code, _out, err = _run(capsys, "--db", db, *argv)
    _refused(code, err)
    assert says in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["central.db"]
