"""Enrolment, revocation and checking bundles from the command line (issue #5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import _enrol, _enrolled, _installation, _refused, _run


@pytest.fixture
def programme(
    empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, str]:
    """Central, and a region it enrolled (code by --code-file) that has demo data."""
    central = _installation(
        empty_template, tmp_path, "central.db", capsys, "--central", "--name", "Centralt kansli"
    )
    region = _enrolled(empty_template, tmp_path, "region.db", central, "Jämtland kontor", capsys,
                       "--region", "SE32")  # fmt: skip
    assert _run(capsys, "--db", region, "demo", "--participants", "20", "--seed", "7")[0] == 0
    return {"central": central, "region": region}


def _id(db: str) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return str(conn.execute("SELECT installation_id FROM local_state").fetchone()[0])


def test_enrolment_by_the_environment_variable_and_the_files_contents(
    empty_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = _installation(
        empty_template, tmp_path, "central.db", capsys, "--central", "--name", "Centralt kansli"
    )
    enrolment, secret = _enrol(central, tmp_path, "Kontor Väst", capsys, "--region", "se23")
    document = json.loads(enrolment.read_text(encoding="utf-8"))
    # The file names the installation and holds central's credential; its secrets are sealed.
    assert document["installation"]["region"] == "SE23"
    assert document["central"]["certificate"]
    assert "seed" not in json.dumps(document) and "programme_key" not in json.dumps(document)
    target = tmp_path / "vast.db"
    target.write_bytes(empty_template.read_bytes())
    monkeypatch.setenv("SOUL_ENROLMENT_CODE", secret.lower().replace("-", " "))
    code, out, err = _run(capsys, "--db", str(target), "init", "--enrolment", str(enrolment),
                          "--unencrypted")  # fmt: skip
    assert code == 0, err
    assert "regional installation “Kontor Väst” in SE23" in out
    assert document["installation"]["id"] in out


def test_a_wrong_code_sets_nothing_up(
    empty_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = _installation(
        empty_template, tmp_path, "central.db", capsys, "--central", "--name", "Centralt kansli"
    )
    enrolment, _secret = _enrol(central, tmp_path, "Kontor Väst", capsys, "--region", "SE23")
    monkeypatch.setenv("SOUL_ENROLMENT_CODE", "AAAAA-AAAAA-AAAAA-AAAAA")
    target = tmp_path / "new.db"
    code, _, err = _run(capsys, "--db", str(target), "init", "--enrolment", str(enrolment),
                        "--unencrypted")  # fmt: skip
    _refused(code, err)
    assert "code does not open" in err
    assert not target.exists()


def test_init_refusals_are_one_line(
    empty_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central = _installation(
        empty_template, tmp_path, "central.db", capsys, "--central", "--name", "Centralt kansli"
    )
    enrolment, _secret = _enrol(central, tmp_path, "Kontor Väst", capsys, "--region", "SE23")
    target = str(tmp_path / "new.db")
    for argv in (
        ("init", "--enrolment", str(enrolment), "--name", "X", "--unencrypted"),
        ("init", "--enrolment", str(enrolment), "--unencrypted"),  # no code anywhere
        ("init", "--enrolment", str(tmp_path / "missing.enrol"), "--unencrypted"),
        ("init", "--region", "SE32", "--unencrypted"),  # no name
        ("init", "--name", "X", "--code-file", "c", "--unencrypted"),
    ):
        code, _, err = _run(capsys, "--db", target, *argv)
        _refused(code, err)
    assert not Path(target).exists()
    bad = tmp_path / "bad.enrol"
    bad.write_text(enrolment.read_text(encoding="utf-8").replace("Kontor", "Kantor"), "utf-8")
    code, _, err = _run(capsys, "--db", target, "init", "--enrolment", str(bad), "--unencrypted")
    _refused(code, err)
    assert "not a valid enrolment file" in err


def test_who_may_enrol_and_revoke(
    programme: dict[str, str],
    empty_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    central, region = programme["central"], programme["region"]
    out_file = str(tmp_path / "x.enrol")
    # A region enrols leader laptops of its own region only, and only for its courses.
    for argv in (
        ("enrol", "--region", "SE32", "--name", "Annan", "--out", out_file),
        ("enrol", "--leader", "--name", "Lisa", "--out", out_file),  # no course
        ("enrol", "--leader", "--course", "no-such", "--name", "Lisa", "--out", out_file),
        ("enrol", "--leader", "--region", "SE32", "--name", "Lisa", "--out", out_file),
        ("revoke", _id(central)),
    ):
        code, _, err = _run(capsys, "--db", region, *argv)
        _refused(code, err)
    assert not Path(out_file).exists()
    # An installation set up without an enrolment file cannot enrol anyone.
    loner = _installation(empty_template, tmp_path, "loner.db", capsys, "--region", "SE32",
                          "--name", "Ensam")  # fmt: skip
    code, _, err = _run(capsys, "--db", loner, "enrol", "--leader", "--course", "c", "--name",
                        "L", "--out", out_file)  # fmt: skip
    _refused(code, err)
    assert "not enrolled" in err
    # Central revokes once, never itself.
    code, _, err = _run(capsys, "--db", central, "revoke", _id(central))
    _refused(code, err)
    code, out, err = _run(capsys, "--db", central, "revoke", _id(region), "--reason", "stulen")
    assert code == 0 and "Revoked installation" in out, err
    code, _, err = _run(capsys, "--db", central, "revoke", _id(region))
    _refused(code, err)
    assert "already revoked" in err


def test_verify_shows_the_manifest_and_checks_the_rest_with_the_recipients_database(
    programme: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central, region = programme["central"], programme["region"]
    bundle = tmp_path / "region.soulbundle"
    code, out, err = _run(capsys, "--db", region, "export", str(bundle))
    assert code == 0 and "signed, encrypted for Centralt kansli" in out, err
    code, out, err = _run(capsys, "verify", str(bundle))
    assert code == 0, err
    assert "Payload not checked" in out and "Signature: present, not checked" in out
    assert "Encrypted: yes" in out
    code, out, err = _run(capsys, "verify", "--json", str(bundle))
    assert code == 0 and json.loads(out)["payload_checked"] is False
    # The recipient checks the signer against central's key and decrypts every row.
    code, out, err = _run(capsys, "--db", central, "verify", str(bundle))
    assert code == 0, err
    assert "Signature: valid, by Jämtland kontor (regional, SE32)" in out
    assert "Intact:" in out and "Payload not checked" not in out
    # The sender can check the signature but not read what it sealed to central.
    code, out, err = _run(capsys, "--db", region, "verify", str(bundle))
    assert code == 0 and "Signature: valid" in out and "Payload not checked" in out, err
    # A changed byte in the encrypted payload, with the file's checksum made right again.
    from tests.sync.test_trust import tamper_payload

    tampered = tamper_payload(bundle, tmp_path / "tampered.soulbundle")
    code, out, err = _run(capsys, "verify", str(tampered))
    assert code == 0, err  # without the key nothing shows it
    code, _, err = _run(capsys, "--db", central, "verify", str(tampered))
    _refused(code, err)
    assert "does not decrypt" in err


def test_a_revoked_regions_bundles_are_refused(
    programme: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central, region = programme["central"], programme["region"]
    bundle = tmp_path / "region.soulbundle"
    assert _run(capsys, "--db", region, "export", str(bundle))[0] == 0
    assert _run(capsys, "--db", central, "revoke", _id(region))[0] == 0
    before = _run(capsys, "--db", central, "digest")[1]
    code, out, _ = _run(capsys, "--db", central, "import", str(bundle))
    assert code == 1 and "refused" in out and "revoked" in out
    assert _run(capsys, "--db", central, "digest")[1] == before
    code, _, err = _run(capsys, "--db", central, "verify", str(bundle))
    _refused(code, err)
    # Central addresses every bundle; to a revoked installation it sends nothing.
    code, _, err = _run(capsys, "--db", central, "export", str(tmp_path / "c.soulbundle"))
    _refused(code, err)
    code, _, err = _run(capsys, "--db", central, "export", str(tmp_path / "c.soulbundle"),
                        "--to", _id(region))  # fmt: skip
    _refused(code, err)
    assert "revoked" in err
