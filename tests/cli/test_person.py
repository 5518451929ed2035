"""`person export` and `person erase`: a register extract as JSON or PDF, and erasure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from soul_desktop.services import gdpr, setup
from tests.cli.test_cli import _refused, _run, _snapshot
from tests.services.test_gdpr import FIRST, LAST, PNR, Rich, build_rich_person


@pytest.fixture
def rich_db(regional_db_path: Path) -> tuple[Path, Rich]:
    database = setup.open_application_database(
        setup.locate(regional_db_path), create=False
    ).database
    try:
        return regional_db_path, build_rich_person(database)
    finally:
        database.dispose()


def test_export_as_json_and_as_pdf(
    rich_db: tuple[Path, Rich], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, rich = rich_db
    out = tmp_path / "utdrag.json"
    code, printed, _ = _run(
        capsys, "--db", str(path), "person", "export", rich.person_id, "--out", str(out)
    )
    assert code == 0 and f"register extract of {FIRST} {LAST}" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["personnummer"] == PNR

    pdf = tmp_path / "utdrag.PDF"
    code, _, _ = _run(
        capsys, "--db", str(path), "person", "export", rich.duplicate_id, "--out", str(pdf)
    )
    assert code == 0
    reader = PdfReader(pdf)
    assert (
        reader.metadata is not None and reader.metadata.title == f"Registerutdrag – {FIRST} {LAST}"
    )
    assert FIRST in reader.pages[0].extract_text()


def test_erase_then_export_shows_the_erasure(
    rich_db: tuple[Path, Rich], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, rich = rich_db
    code, printed, _ = _run(
        capsys,
        "--db",
        str(path),
        "person",
        "erase",
        rich.person_id,
        "--reason",
        "Begäran via e-post",
    )
    assert code == 0
    assert f"Erased the personal data of person {rich.person_id}" in printed
    assert "1 duplicate(s)" in printed

    out = tmp_path / "utdrag.json"
    assert (
        _run(capsys, "--db", str(path), "person", "export", rich.person_id, "--out", str(out))[0]
        == 0
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["person"]["first_name"], data["person"]["personnummer"]) == ("Raderad", None)
    assert data["erasures"][0]["reason"] == "Begäran via e-post"

    code, _, err = _run(
        capsys, "--db", str(path), "person", "erase", rich.person_id, "--reason", "igen"
    )
    _refused(code, err)
    assert "already erased" in err


def test_refusals_are_one_line_and_write_nothing(
    rich_db: tuple[Path, Rich], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, rich = rich_db
    folder = tmp_path / "ut"
    folder.mkdir()
    before = _snapshot(path.parent)
    cases = [
        ("person", "export", rich.person_id, "--out", str(folder / "utdrag.txt")),
        ("person", "export", "ingen-sådan", "--out", str(folder / "utdrag.pdf")),
        ("person", "erase", rich.person_id, "--reason", "   "),
        ("person", "erase", "ingen-sådan", "--reason", "Begäran"),
    ]
    for argv in cases:
        code, _, err = _run(capsys, "--db", str(path), *argv)
        _refused(code, err)
    code, _, err = _run(capsys, "--db", str(path), "person", "erase", rich.person_id)
    _refused(code, err)  # --reason is required
    assert list(folder.iterdir()) == []
    assert _snapshot(path.parent) == before
    database = setup.open_application_database(setup.locate(path), create=False).database
    try:
        assert gdpr.person_record(database, rich.person_id).person.personnummer == PNR
    finally:
        database.dispose()
