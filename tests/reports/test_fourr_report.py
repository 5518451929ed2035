"""The 4R report against the hand-worked dataset (tests/fourr_dataset.py): PDF read back with
pypdf, CSV with csv and XLSX with openpyxl; small counts hidden; an empty period; no data."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    InstallationRole,
    OutsideBody,
    ResourceKind,
)
from soul_desktop.domain.fourr import PROGRAMME, FourRUnit, GenderCounts, Period
from soul_desktop.domain.reports import ReportError, ReportFormat, ReportKind, ReportRequest
from soul_desktop.reports import fourr_report
from soul_desktop.services import fourr_entries, installation, setup
from soul_desktop.storage.database import Database
from tests import fourr_dataset
from tests.fourr_dataset import NOW, Dataset

TODAY = NOW.date()  # the report's "today": overdue actions are judged against it


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Dataset]]:
    opened = setup.open_application_database(setup.locate(tmp_path / "central.db"), create=True)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Centralkansliet")
    yield opened.database, fourr_dataset.build(opened.database)
    opened.database.dispose()


def _entries(db: Database, unit: FourRUnit = PROGRAMME) -> None:
    fourr_entries.create_r1_count(
        db,
        "r1-styrgrupp",
        unit,
        body=OutsideBody.STEERING_GROUP,
        body_name="Styrgruppen för Östra Göinge",
        counted_on=dt.date(2010, 5, 1),
        counts=GenderCounts(6, 5, 0, 1),
    )
    fourr_entries.create_r2_resource(
        db,
        "r2-lokal",
        unit,
        kind=ResourceKind.SPACE,
        description="Möteslokal i Åre",
        unit_label="m²",
        recorded_on=dt.date(2010, 6, 1),
        amounts=(Decimal("40"), Decimal("25.5"), Decimal("0"), Decimal("0")),
    )
    fourr_entries.save_r3(
        db,
        "r3-1",
        unit,
        Period(),
        "Första versionen.",
        "",
        "",
        "Åsa Öberg",
    )
    fourr_entries.save_r3(
        db,
        "r3-2",
        unit,
        Period(),
        "Kvinnor är styrelseledamöter oftare än män i vår förening.",
        "Kursernas tider passar de anställda.",
        "Normen att chefer går först.",
        "Åsa Öberg",
    )
    fourr_entries.create_r4_action(
        db,
        "r4-late",
        unit,
        what="Bjud in fler män till styrelsekursen",
        owner="Göran Ärlig",
        due_on=TODAY - dt.timedelta(days=30),
        status=ActionStatus.IN_PROGRESS,
        finding="Få män i R1",
    )
    fourr_entries.create_r4_action(
        db,
        "r4-done",
        unit,
        what="Flytta kvällskursen till dagtid",
        owner="Kerstin",
        due_on=TODAY - dt.timedelta(days=60),
        status=ActionStatus.DONE,
        follow_up_note="Gjort i september",
    )


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _request(**kwargs: object) -> ReportRequest:
    return ReportRequest(kind=ReportKind.FOURR, **kwargs)  # type: ignore[arg-type]


def test_the_programme_pdf_carries_the_hand_worked_figures(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    _entries(db)
    path = tmp_path / "4r.pdf"
    result = fourr_report.write(db, _request(), str(path), now=NOW)
    assert result.format is ReportFormat.PDF and result.notes == ()
    reader = PdfReader(path)
    assert len(reader.pages) == result.pages >= 2
    assert reader.metadata is not None and reader.metadata.title == "Jämställdhetsanalys med 4R"
    text = _text(path)
    for expected in (
        "Jämställdhetsanalys med 4R",
        "Europeiska socialfonden",
        "Hela programmet",
        "hela tiden",
        "Siffrorna vilar på 5 kurser",
        # R1 (test_fourr.test_programme_over_all_time): enrolled 2 2 1 0 of 5.
        "Anmälda 2 (40 %) 2 (40 %) 1 (20 %) 0 (0 %) 5",
        "På väntelistan 0 (0 %) 0 (0 %) 0 (0 %) 1 (100 %) 1",
        "Närvarande 2 (40 %) 2 (40 %) 1 (20 %) 0 (0 %) 5",
        "Genomförde 2 (40 %) 2 (40 %) 1 (20 %) 0 (0 %) 5",
        "Uteblev 0 (0 %) 1 (100 %) 0 (0 %) 0 (0 %) 1",
        "Kursledare 1 (33 %) 1 (33 %) 1 (33 %) 0 (0 %) 3",
        "Roll: anställd 1 (33 %) 2 (67 %)",
        "Anmälda efter kön",
        # Network boards: SE11 2 1 1 0.
        "Nätverk SE11 2 (50 %) 1 (25 %) 1 (25 %) 0 (0 %) 4",
        # Counted by hand.
        "Styrgruppen för Östra Göinge",
        # R2: hours 22 4 5, per person 11 2 5, leaders 8 3 3, unallocated 1 000, unrecorded 10.
        "Närvarotimmar 22,0 (71 %) 4,0 (13 %) 5,0 (16 %) 0,0 (0 %) 31,0",
        "Timmar per person 11,0 2,0 5,0 0,0 6,2",
        "Kursledartimmar 8,0 (57 %) 3,0 (21 %) 3,0 (21 %) 0,0 (0 %) 14,0",
        "Budget för kurser utan deltagare (kan inte fördelas på kön): 1 000 kr",
        "Timmar för kurstillfällen utan registrerad kursledare: 10,0",
        "NAT-2",
        "Möteslokal i Åre",
        # R3: the newest version.
        "Version 2",
        "Åsa Öberg",
        "Kvinnor är styrelseledamöter oftare än män",
        "Normen att chefer går först.",
        # R4
        "Bjud in fler män till styrelsekursen",
        "Pågår – Försenad",
        "1 åtgärd är försenad",
    ):
        assert expected.replace("\u00a0", " ") in text.replace("\u00a0", " "), expected
    assert "Första versionen." not in text
    # The done action is not overdue although its date has passed.
    assert "Klar – Försenad" not in text
    # Budget: C1 10 000 by 360/120/300 minutes, C2 6 000 all women, C3 half each.
    woman = round(10_000 * 360 / 780 + 6_000 + 1_500)
    assert f"{woman:,} kr".replace(",", " ") in text.replace("\u00a0", " ")


def test_csv_and_xlsx_hold_the_r1_and_r2_tables(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    csv_path = tmp_path / "4r.csv"
    result = fourr_report.write(db, _request(), str(csv_path), now=NOW)
    assert result.format is ReportFormat.CSV
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == list(fourr_report.TABULAR_HEADER)
    by_label = {row[1]: row for row in rows[1:]}
    assert len(rows) - 1 == result.pages
    assert by_label["Anmälda"][2:] == ["2", "40,0", "2", "40,0", "1", "20,0", "0", "0,0", "5"]
    assert by_label["Närvarotimmar"][2::2] == ["22,0", "4,0", "5,0", "0,0", "31,0"]
    assert by_label["Kursledartimmar"][2::2] == ["8,0", "3,0", "3,0", "0,0", "14,0"]

    xlsx_path = tmp_path / "4r.xlsx"
    fourr_report.write(db, _request(), str(xlsx_path), now=NOW)
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None and sheet.freeze_panes == "A2"
    values = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Genomförde"][2:] == (2, 40, 2, 40, 1, 20, 0, 0, 5)
    assert values["Uteblev"][-1] == 1
    assert values["Närvarotimmar"][2] == pytest.approx(22)
    assert values["Budget fördelad på deltagartimmar (kr)"][2] == pytest.approx(
        10_000 * 360 / 780 + 7_500, abs=0.01
    )
    boards = [row for label, row in values.items() if "Nätverk SE11" in str(label)]
    assert boards and boards[0][2::2] == (2, 1, 1, 0, 4)
    areas = {str(label)[:5]: row for label, row in values.items() if str(label).startswith("NAT")}
    assert areas["NAT-2"][2::2] == pytest.approx((13, 2, 5, 0, 20))


def test_small_counts_are_hidden_with_their_hours_and_money(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    _entries(db)
    path = tmp_path / "dolt.pdf"
    fourr_report.write(db, _request(hide_small=True), str(path), now=NOW)
    text = _text(path)
    assert "Antal under 5 är dolda" in text
    # Every group in the dataset is 1-4 persons: shown as "< 5", zeros stay 0, no totals.
    assert "Anmälda < 5 < 5 < 5 0 –" in text
    assert "Närvarotimmar < 5 < 5 < 5 0,0 –" in text
    assert "Timmar per person < 5 < 5 < 5 0,0 –" in text
    assert "22,0" not in text and "40 %" not in text
    # The hand count of 6 women, 5 men and 1 not stated: only the 1 is hidden.
    assert "Styrgruppen för Östra Göinge 2010-05-01 6 5 0 < 5 –" in text

    xlsx_path = tmp_path / "dolt.xlsx"
    fourr_report.write(db, _request(hide_small=True), str(xlsx_path), now=NOW)
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None
    values = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Anmälda"][2:] == ("< 5", None, "< 5", None, "< 5", None, 0, None, None)
    assert values["Budget fördelad på deltagartimmar (kr)"][2] == "< 5"


def test_an_empty_period_is_a_valid_document_that_says_so(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    path = tmp_path / "tomt.pdf"
    period = Period(dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    result = fourr_report.write(db, _request(period=period), str(path), now=NOW)
    assert result.notes and "noll" in result.notes[0]
    text = _text(path)
    assert "2001-01-01 – 2001-12-31" in text
    assert "Ingen kurs i enheten började under perioden" in text
    assert "Inga närvarotimmar i något kompetensområde" in text
    assert "Ingen version av analysen har sparats" in text
    assert "Inga åtgärder är registrerade" in text
    csv_path = tmp_path / "tomt.csv"
    fourr_report.write(db, _request(period=period), str(csv_path), now=NOW)
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row[1]: row for row in csv.reader(stream, delimiter=";")}
    assert rows["Anmälda"][-1] == "0"


def test_units_in_words_and_a_unit_without_data(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, data = world
    path = tmp_path / "region.pdf"
    region = FourRUnit(FourRUnitKind.REGION, "SE11")
    half = Period(dt.date(2010, 1, 1), dt.date(2010, 6, 30))
    fourr_report.write(db, _request(unit=region, period=half), str(path), now=NOW)
    text = _text(path)
    assert "Region SE11 Stockholm" in text
    assert "Anmälda 1 (33 %) 1 (33 %) 1 (33 %) 0 (0 %) 3" in text
    assert "Siffrorna vilar på 2 kurser" in text

    course = FourRUnit(FourRUnitKind.COURSE, data.courses["C2"])
    fourr_report.write(db, _request(unit=course), str(path), now=NOW)
    text = _text(path)
    assert "Kursen ”Kurs C2”" in text
    assert "Ingen nätverksstyrelse är registrerad" in text

    # C8 covers all seven areas; nobody attended it. NAT-7 has only C8.
    area = FourRUnit(FourRUnitKind.COMPETENCE_AREA, "NAT-7")
    result = fourr_report.write(db, _request(unit=area), str(path), now=NOW)
    text = _text(path)
    assert "Kompetensområde NAT-7" in text
    assert "Anmälda 0 0 0 0 0" in text
    assert "1 000 kr" in text.replace("\u00a0", " ")  # C8's unallocated budget
    assert result.pages >= 1

    # A region without any course.
    empty = FourRUnit(FourRUnitKind.REGION, "SE33")
    result = fourr_report.write(db, _request(unit=empty), str(path), now=NOW)
    assert result.notes
    assert "Ingen kurs i enheten började under perioden" in _text(path)


def test_refusals_come_before_anything_is_written(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    path = tmp_path / "fel.pdf"
    with pytest.raises(ReportError) as refused:
        fourr_report.write(
            db, _request(unit=FourRUnit(FourRUnitKind.COURSE, "no-such-course")), str(path)
        )
    assert refused.value.code == "report.not_found"
    with pytest.raises(ReportError) as refused:
        fourr_report.write(db, _request(), str(tmp_path / "fel.docx"))
    assert refused.value.code == "report.format"
    assert list(tmp_path.glob("fel*")) == []


def test_long_and_foreign_names_never_break_the_pdf(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _data = world
    fourr_entries.create_r4_action(
        db,
        "r4-long",
        PROGRAMME,
        what="Å" * 200 + " عربي 😀 <b>&amp;",
        owner="שלום 👋",
        status=ActionStatus.PLANNED,
    )
    path = tmp_path / "namn.pdf"
    fourr_report.write(db, _request(), str(path), now=NOW)
    text = _text(path)
    assert "&amp;" in text and "ÅÅÅÅ" in text
    assert len(PdfReader(path).pages) >= 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_pages_render(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _data = world
    _entries(db)
    path = tmp_path / "4r.pdf"
    result = fourr_report.write(db, _request(), str(path), now=NOW)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "sida")], check=True)
    assert len(list(tmp_path.glob("sida*.png"))) == result.pages
