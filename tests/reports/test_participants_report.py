"""Deltagarredovisning written as PDF, CSV and XLSX and read back: every figure by hand.

The dataset and its hand-worked figures are those of tests/services/test_participant_report.py
(the 4R dataset with birth years and education bands): over the whole time at central, five
unique persons (2 women, 2 men, 1 other), 31 attended hours (22 + 4 + 5), six courses with
sessions, A counted once in the total though she took part in three regions.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import ReportError, ReportFormat, ReportKind, ReportRequest
from soul_desktop.reports import participants
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Course
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.fourr_dataset import Dataset
from tests.services.test_participant_report import _central, build

REQUEST = ReportRequest(ReportKind.PARTICIPANTS)
EMPTY_PERIOD = Period(dt.date(2030, 1, 1), dt.date(2030, 12, 31))
C1_TITLE = "Föräldraskap och arbetsliv i Åre – grundkurs"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Dataset]]:
    db = _central(tmp_path / "central.db")
    data = build(db)
    with UnitOfWork(db) as uow:
        course = uow.session.get(Course, data.courses["C1"])
        assert course is not None
        course.title = C1_TITLE
        uow.commit()
    yield db, data
    db.dispose()


def _pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _rename(db: Database, data: Dataset, key: str, title: str) -> None:
    with UnitOfWork(db) as uow:
        course = uow.session.get(Course, data.courses[key])
        assert course is not None
        course.title = title
        uow.commit()


def test_pdf_says_every_figure(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _ = world
    path = tmp_path / "deltagare.pdf"
    result = participants.write(db, REQUEST, str(path))
    assert result.format is ReportFormat.PDF
    assert result.notes == ()
    pages, content = _pdf_text(path)
    assert pages == result.pages == 2
    flat = " ".join(content.split())
    for label in (
        "Deltagarredovisning",
        "Europeiska socialfonden",
        "Hela landet",
        "hela tiden",
        "sida 1 av 2",
        "sida 2 av 2",
        "Deltagare efter kön och ålder",
        "Deltagare efter kön och utbildning",
        "Per region",
        "Per kurs",
        "Östra Mellansverige",
        "Småland med öarna",
        "Okänd ålder",
        "Över 54",
        "ISCED 5–8",
        C1_TITLE,
        "Kurs C6 (inställd)",
    ):
        assert label in flat, label
    # Summary: 5 unique persons, 6 courses, 31 hours.
    assert "Unika deltagare 5" in flat
    assert "Kurser med tillfällen under perioden 6" in flat
    assert "Närvarotimmar 31,00" in flat
    # Gender × age band (under 25, 25–54, över 54, okänd, total, hours), then the total row.
    assert "Kvinna 1 0 0 1 2 22,00" in flat
    assert "Man 0 1 1 0 2 4,00" in flat
    assert "Annat 0 1 0 0 1 5,00" in flat
    assert "Ej angivet 0 0 0 0 0 0,00" in flat
    assert "Totalt 1 2 1 1 5 31,00" in flat
    # Gender × education band (0–2, 3–4, 5–8, ej angiven, total).
    assert "Kvinna 0 0 1 1 2" in flat
    assert "Man 1 0 1 0 2" in flat
    assert "Totalt 1 1 2 1 5" in flat
    # Regions (courses, women, men, other, not stated, total, hours), the total unique.
    assert "SE11 Stockholm 2 1 1 1 0 3 20,00" in flat
    assert "SE12 Östra Mellansverige 2 2 0 0 0 2 7,00" in flat
    assert "SE21 Småland med öarna 2 1 1 0 0 2 4,00" in flat
    assert "SE33 Övre Norrland 0 0 0 0 0 0 0,00" in flat
    assert "Totalt (unika personer) 6 2 2 1 0 5 31,00" in flat
    # Courses: C1 in March 2010 (A, I, C), 13 hours; C5 one day; C8 nobody.
    assert f"{C1_TITLE} SE11 2010-03-01 – 03-15 1 1 1 0 3 13,00" in flat
    assert "Kurs C5 SE11 2010-05-10 1 0 0 0 1 7,00" in flat
    assert "Kurs C8 SE21 2011-03-01 0 0 0 0 0 0,00" in flat
    reader = PdfReader(str(path))
    assert reader.metadata is not None and reader.metadata.title == "Deltagarredovisning"


def test_xlsx_rows_typed_with_a_frozen_header(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _ = world
    path = tmp_path / "deltagare.xlsx"
    result = participants.write(db, REQUEST, str(path))
    # Six courses, eight regions and the total.
    assert (result.format, result.pages) == (ReportFormat.XLSX, 15)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert len(rows) == 16
    assert header[:10] == [
        "Nivå",
        "Region",
        "Regionnamn",
        "Kurs-id",
        "Kurs",
        "Status",
        "Första tillfälle",
        "Sista tillfälle",
        "Tillfällen",
        "Deltagare",
    ]
    assert len(header) == len(set(header)) == 59
    record = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [(r["Nivå"], r["Region"]) for r in record[:4]] == [
        ("kurs", "SE11"),
        ("kurs", "SE11"),
        ("region", "SE11"),
        ("kurs", "SE12"),
    ]
    c1 = record[0]
    assert c1["Kurs"] == C1_TITLE
    assert c1["Status"] == "genomförd"
    assert c1["Första tillfälle"] == dt.datetime(2010, 3, 1)
    assert c1["Sista tillfälle"] == dt.datetime(2010, 3, 15)
    assert c1["Tillfällen"] == 3
    assert (c1["Deltagare"], c1["Kvinna"], c1["Man"], c1["Annat"], c1["Ej angivet"]) == (
        3,
        1,
        1,
        1,
        0,
    )
    assert c1["Timmar"] == 13.0
    total = record[-1]
    assert total["Nivå"] == "totalt"
    assert isinstance(total["Deltagare"], int) and total["Deltagare"] == 5
    assert [total[k] for k in ("Kvinna", "Man", "Annat", "Ej angivet")] == [2, 2, 1, 0]
    assert [total[k] for k in ("Under 25", "25–54", "Över 54", "Okänd ålder")] == [1, 2, 1, 1]
    assert [
        total[f"Utbildning {k}"] for k in ("ISCED 0–2", "ISCED 3–4", "ISCED 5–8", "Ej angiven")
    ] == [1, 1, 2, 1]
    assert total["Timmar"] == 31.0
    assert [total[f"Timmar {k}"] for k in ("kvinna", "man", "annat", "ej angivet")] == [
        22.0,
        4.0,
        5.0,
        0.0,
    ]
    assert total["Kvinna, under 25"] == 1 and total["Kvinna, okänd ålder"] == 1
    assert total["Man, över 54"] == 1 and total["Annat, 25–54"] == 1
    assert total["Kvinna, utbildning ISCED 5–8"] == 1
    assert total["Man, utbildning ISCED 0–2"] == 1
    regions = [r for r in record if r["Nivå"] == "region"]
    assert [r["Region"] for r in regions] == [
        "SE11",
        "SE12",
        "SE21",
        "SE22",
        "SE23",
        "SE31",
        "SE32",
        "SE33",
    ]
    assert [r["Deltagare"] for r in regions] == [3, 2, 2, 0, 0, 0, 0, 0]


def test_csv_with_bom_and_semicolons(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _ = world
    path = tmp_path / "deltagare.csv"
    result = participants.write(db, REQUEST, str(path))
    assert (result.format, result.pages) == (ReportFormat.CSV, 15)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    header, *body = rows
    assert header[:2] == ["Nivå", "Region"]
    assert len(body) == 15
    total = dict(zip(header, body[-1], strict=True))
    assert total["Nivå"] == "totalt"
    assert (total["Deltagare"], total["Kvinna"], total["Man"], total["Annat"]) == (
        "5",
        "2",
        "2",
        "1",
    )
    assert total["Timmar"] == "31,0"
    se12 = next(dict(zip(header, r, strict=True)) for r in body if r[:2] == ["region", "SE12"])
    assert se12["Regionnamn"] == "Östra Mellansverige"
    assert se12["Timmar kvinna"] == "7,0"


def test_an_empty_period_says_so(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _ = world
    request = ReportRequest(ReportKind.PARTICIPANTS, period=EMPTY_PERIOD)
    result = participants.write(db, request, str(tmp_path / "tom.pdf"))
    assert result.notes == ("Inga deltagare under perioden.",)
    pages, content = _pdf_text(tmp_path / "tom.pdf")
    assert pages == 1
    assert "Inga deltagare under perioden." in content
    assert "2030-01-01 – 2030-12-31" in content
    result = participants.write(db, request, str(tmp_path / "tom.xlsx"))
    rows = list(load_workbook(tmp_path / "tom.xlsx").active.iter_rows(values_only=True))
    assert result.pages == 9  # eight regions and the total, all nought
    assert rows[-1][0] == "totalt" and rows[-1][9] == 0
    # A region without any course: its own region only, nobody.
    request = ReportRequest(ReportKind.PARTICIPANTS, region_code="SE33")
    result = participants.write(db, request, str(tmp_path / "se33.pdf"))
    assert result.notes == ("Inga deltagare under perioden.",)
    _, content = _pdf_text(tmp_path / "se33.pdf")
    assert "SE33 Övre Norrland" in content


def test_a_region_and_a_period_with_sessions_but_nobody(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, _ = world
    # October 2010 holds only C6's session (cancelled, nobody attended).
    request = ReportRequest(
        ReportKind.PARTICIPANTS,
        period=Period(dt.date(2010, 10, 1), dt.date(2010, 10, 31)),
        region_code="SE12",
    )
    result = participants.write(db, request, str(tmp_path / "okt.pdf"))
    assert result.notes == ("Inga deltagare under perioden.",)
    _, content = _pdf_text(tmp_path / "okt.pdf")
    flat = " ".join(content.split())
    assert "1 kurser hade tillfällen under perioden, men ingen var närvarande vid dem." in flat
    assert "SE12 Östra Mellansverige" in flat


def test_long_right_to_left_and_emoji_titles(
    world: tuple[Database, Dataset], tmp_path: Path
) -> None:
    db, data = world
    long_title = "Långa namn på kurser för föreningar i Örebro " * 5
    long_title = long_title[:200]
    _rename(db, data, "C2", long_title)
    _rename(db, data, "C3", "دورة القيادة للجمعيات")
    _rename(db, data, "C5", "Studieresa 🚌🇸🇪 till Åland ✨")
    _rename(db, data, "C8", "<b>Seminarium</b> & =SUM(A1)")
    path = tmp_path / "namn.pdf"
    result = participants.write(db, REQUEST, str(path))
    pages, content = _pdf_text(path)
    assert pages == result.pages >= 2
    flat = "".join(content.split())
    assert "".join(long_title.split())[:60] in flat
    assert "Studieresa" in flat and "Åland" in flat
    assert "<b>Seminarium</b>&=SUM(A1)" in flat
    # XLSX and CSV keep the titles as text and never as a formula.
    participants.write(db, REQUEST, str(tmp_path / "namn.xlsx"))
    rows = list(load_workbook(tmp_path / "namn.xlsx").active.iter_rows(values_only=True))
    titles = {row[4] for row in rows[1:]}
    assert long_title in titles
    assert "دورة القيادة للجمعيات" in titles
    assert "'<b>Seminarium</b> & =SUM(A1)" not in titles  # it starts with "<", no prefix
    assert "<b>Seminarium</b> & =SUM(A1)" in titles


def test_small_counts_hidden_when_asked(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _ = world
    request = ReportRequest(ReportKind.PARTICIPANTS, hide_small=True)
    participants.write(db, request, str(tmp_path / "dolda.csv"))
    with (tmp_path / "dolda.csv").open(encoding="utf-8-sig", newline="") as stream:
        header, *body = list(csv.reader(stream, delimiter=";"))
    total = dict(zip(header, body[-1], strict=True))
    # Five persons stay; the groups of one or two are hidden with their hours.
    assert total["Deltagare"] == "5" and total["Timmar"] == "31,0"
    assert total["Kvinna"] == "< 5" and total["Ej angivet"] == "0"
    assert total["Timmar kvinna"] == "" and total["Timmar ej angivet"] == "0,0"
    participants.write(db, request, str(tmp_path / "dolda.pdf"))
    _, content = _pdf_text(tmp_path / "dolda.pdf")
    flat = " ".join(content.split())
    assert "Kvinna < 5 0 0 < 5 < 5 –" in flat
    assert "Totalt < 5 < 5 < 5 < 5 5 31,00" in flat
    assert "visas som ”< 5”" in flat


def test_refusals_write_nothing(world: tuple[Database, Dataset], tmp_path: Path) -> None:
    db, _ = world
    with pytest.raises(ReportError) as refused:
        participants.write(db, REQUEST, str(tmp_path / "deltagare.txt"))
    assert refused.value.code == "report.format"
    request = ReportRequest(ReportKind.PARTICIPANTS, region_code="SE99")
    with pytest.raises(ReportError) as refused:
        participants.write(db, request, str(tmp_path / "deltagare.pdf"))
    assert refused.value.code == "report.not_found"
    assert list(tmp_path.glob("deltagare*")) == []
