"""The target report against the hand-worked dataset (tests/fourr_dataset.py; the same numbers
as tests/services/test_targets.py): PDF read back with pypdf, CSV and XLSX read back."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import ReportError, ReportFormat, ReportKind, ReportRequest
from soul_desktop.reports import targets_report
from soul_desktop.services import installation, setup
from soul_desktop.storage.database import Database
from tests import fourr_dataset
from tests.fourr_dataset import NOW, TODAY, Dataset


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Dataset]]:
    opened = setup.open_application_database(setup.locate(tmp_path / "central.db"), create=True)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralkansliet")
    yield opened.database, fourr_dataset.build(opened.database)
    opened.database.dispose()


def _request(**kwargs: object) -> ReportRequest:
    return ReportRequest(kind=ReportKind.TARGETS, **kwargs)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return text.replace("\u00a0", " ")


def test_the_pdf_carries_the_hand_worked_targets(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    path = tmp_path / "mal.pdf"
    result = targets_report.write(db, _request(), str(path), today=TODAY, now=NOW)
    assert result.format is ReportFormat.PDF and result.notes == ()
    reader = PdfReader(path)
    assert len(reader.pages) == result.pages >= 2
    assert reader.metadata is not None and reader.metadata.title == "Måluppföljning"
    text = _text(path)
    for expected in (
        "Måluppföljning",
        "Europeiska socialfonden",
        # M1-collaborating: 4 of 170; M1-other: 2 of 70; networks 1 of 6; coverage 1 of 8.
        "170 4 Ej uppnått: 166 kvar",
        "70 2 Ej uppnått: 68 kvar",
        "6 1 Ej uppnått: 5 kvar",
        "8 1 Ej uppnått: 7 kvar",
        # Regions' values against the nominal share (about 30 each).
        "SE11 Stockholm 3 ca 30 27 kvar till nominell andel",
        "SE12 Östra Mellansverige 1 ca 30 29 kvar",
        "SE21 Småland med öarna 2",
        # Standings: completed, attended, network, areas "n av 7" with the missing named.
        "SE11 Stockholm Samverkande 3 3 Nätverk SE11, bildat 2009-06-01 2 av 7; saknas: NAT-3",
        "SE12 Östra Mellansverige Samverkande 1 2 Nej (Nätverk SE12 är inte bildat än) 1 av 7",
        "7 av 7: alla täckta",
        "Finansieringsformer",
        # Milestones.
        "Milstolpar för mål 2 och 3",
        "Inte påbörjad",
        # Activities: 3.1.1 held 1 of 2, SE11 1 of the quota of 2.
        "3.1.1 Studiebesök och kompetensresa till europeiska nätverk i Bryssel studieresa 1 av 2",
        "SE11 Stockholm 1 av 2",
    ):
        assert expected in text, expected
    assert "Uppnått " not in text.replace("Ej uppnått", "")


def test_csv_and_xlsx_hold_the_targets_by_region(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    csv_path = tmp_path / "mal.csv"
    result = targets_report.write(db, _request(), str(csv_path), today=TODAY)
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == list(targets_report.TABULAR_HEADER)
    assert len(rows) - 1 == result.pages
    by_key = {(row[1], row[3]): row for row in rows[1:]}
    assert by_key[("M1-collaborating-participants", "Totalt")][5:] == ["4", "170", "nej"]
    assert by_key[("M1-collaborating-participants", "SE11")][4:] == [
        "Stockholm",
        "3",
        "30",
        "nej",
    ]
    assert by_key[("M1-other-participants", "SE21")][5] == "2"
    assert by_key[("M1-networks", "Totalt")][5] == "1"

    xlsx_path = tmp_path / "mal.xlsx"
    targets_report.write(db, _request(), str(xlsx_path), today=TODAY)
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None and sheet.freeze_panes == "A2"
    cells = {(r[1], r[3]): r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells[("M1-other-participants", "Totalt")][5:] == (2, 70, False)
    assert cells[("M1-area-coverage", "Totalt")][5:] == (1, 8, False)
    assert cells[("M1-collaborating-participants", "SE12")][5] == 1


def test_one_region_narrows_the_rows(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _data = world
    path = tmp_path / "se12.pdf"
    targets_report.write(db, _request(region_code="SE12"), str(path), today=TODAY)
    text = _text(path)
    assert "SE12 Östra Mellansverige" in text
    assert "SE11 Stockholm" not in text
    with pytest.raises(ReportError) as refused:
        targets_report.write(db, _request(region_code="XX99"), str(tmp_path / "fel.pdf"))
    assert refused.value.code == "report.not_found"
    with pytest.raises(ReportError) as refused:
        targets_report.write(db, _request(), str(tmp_path / "fel.txt"))
    assert refused.value.code == "report.format"
    assert list(tmp_path.glob("fel*")) == []


def test_a_period_is_said_to_be_unused(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _data = world
    path = tmp_path / "period.pdf"
    period = Period(dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    result = targets_report.write(db, _request(period=period), str(path), today=TODAY)
    assert result.notes
    assert "den valda perioden används inte" in _text(path)


def test_a_region_without_data_is_a_valid_document(regional_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    result = targets_report.write(regional_db, _request(), str(path), today=TODAY)
    text = _text(path)
    assert "Det här kontoret räknar bara sin egen region (SE32" in text
    assert "Inget av målen har något värde ännu" in text
    assert "0 av 7: inget nationellt kompetensområde täckt" in text
    assert result.pages >= 1
    xlsx = tmp_path / "tom.xlsx"
    targets_report.write(regional_db, _request(), str(xlsx), today=TODAY)
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[5] in (0, None) for r in rows)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_pages_render(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _data = world
    path = tmp_path / "mal.pdf"
    result = targets_report.write(db, _request(), str(path), today=TODAY)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "sida")], check=True)
    assert len(list(tmp_path.glob("sida*.png"))) == result.pages
