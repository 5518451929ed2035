"""Närvarorapport: read back with pypdf (pages, totals rounded down, signature lines), edges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import ReportError, ReportKind, ReportRequest, parse_period
from soul_desktop.reports import monthly
from soul_desktop.services import setup
from soul_desktop.storage.database import Database
from tests import attendance_papers_dataset as dataset
from tests.attendance_papers_dataset import Papers, page_texts, pdf_text

MARCH = parse_period("2010-03")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Papers]]:
    db = setup.open_application_database(setup.locate(tmp_path / "c.db"), create=True).database
    yield db, dataset.central(db)
    db.dispose()


def _request(period: Period = MARCH, **kwargs: str) -> ReportRequest:
    return ReportRequest(ReportKind.MONTHLY, period=period, **kwargs)  # type: ignore[arg-type]


def test_one_person_7_hours_45_minutes_counts_as_7(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    path = tmp_path / "aberg.pdf"
    result = monthly.write(db, _request(person_id=papers.extra["Åberg"]), str(path))
    assert result.pages == len(PdfReader(path).pages) == 1 and result.notes == ()
    text = pdf_text(path)
    for expected in (
        "Närvarorapport",
        "Europeiska socialfonden",
        "sida 1 av 1",
        "Åsa Åberg",
        "mars 2010",
        "2010-03-01 Kurs C1 09:00–12:00 3,0",
        "2010-03-15 Kurs C1 09:00–11:00 1,8",  # 105 minutes
        "Summa: 7 timmar (avrundat nedåt till hela timmar)",
        "7 tim 45 min",
        "Deltagarens underskrift",
        "Intygas av samordnare",
        "Namnförtydligande",
    ):
        assert expected in text, expected


def test_everyone_in_a_month_each_on_their_own_page(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, _ = world
    path = tmp_path / "march.pdf"
    result = monthly.write(db, _request(), str(path))
    pages = page_texts(path)
    assert result.pages == len(pages) == 4
    expected = (
        ("Åsa Åberg", "Summa: 7 timmar"),
        ("FörnamnA ÅkessonA", "Summa: 6 timmar"),
        ("FörnamnC ÅkessonC", "Summa: 5 timmar"),
        ("FörnamnI ÅkessonI", "Summa: 2 timmar"),
    )
    for page, (name, total) in zip(pages, expected, strict=True):
        assert name in page and total in page
    assert "sida 4 av 4" in pages[3]


def test_a_region_filter_and_partial_minutes(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, _ = world
    path = tmp_path / "se12.pdf"
    monthly.write(db, _request(parse_period("2010-09"), region_code="SE12"), str(path))
    pages = page_texts(path)
    assert len(pages) == 2
    # A: 180 + 60 (partial) = 240 minutes; E (walk-in): 180.
    assert "FörnamnA ÅkessonA" in pages[0] and "Summa: 4 timmar" in pages[0]
    assert "1,0" in pages[0] and "SE12" in pages[0]
    assert "FörnamnE ÅkessonE" in pages[1] and "Summa: 3 timmar" in pages[1]


def test_a_person_without_attendance_and_an_empty_month_say_so(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    path = tmp_path / "oberg.pdf"
    result = monthly.write(db, _request(person_id=papers.extra["Öberg"]), str(path))
    text = pdf_text(path)
    assert result.pages == 1 and len(result.notes) == 1
    assert "Östen Öberg" in text and "Ingen närvaro registrerad under mars 2010." in text
    assert "Summa: 0 timmar" in text
    empty = tmp_path / "empty.pdf"
    result = monthly.write(db, _request(parse_period("2011-07")), str(empty))
    assert result.pages == len(PdfReader(empty).pages) == 1
    assert "Ingen deltagare har närvaro registrerad under juli 2011." in pdf_text(empty)


def test_long_right_to_left_and_emoji_names_give_a_valid_pdf(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    course = papers.data.courses["C1"]
    long_id = dataset.add_person(db, dataset.LONG_FIRST, dataset.LONG_LAST, course)
    rtl_id = dataset.add_person(db, dataset.RTL_FIRST, dataset.RTL_LAST, course)
    emoji_id = dataset.add_person(db, dataset.EMOJI_FIRST, dataset.EMOJI_LAST, course)
    for person_id in (long_id, rtl_id, emoji_id):
        path = tmp_path / f"{person_id}.pdf"
        result = monthly.write(db, _request(person_id=person_id), str(path))
        assert result.pages == len(PdfReader(path).pages) == 1
    assert dataset.LONG_LAST in pdf_text(tmp_path / f"{long_id}.pdf").replace(" ", "")


def test_refusals_write_nothing(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, _ = world
    path = tmp_path / "out.pdf"
    cases = (
        (_request(Period()), "report.period_required"),
        (_request(parse_period("2010-01..2010-06")), "report.bad_period"),
        (_request(person_id="nobody"), "report.not_found"),
    )
    for request, code in cases:
        with pytest.raises(ReportError) as refused:
            monthly.write(db, request, str(path))
        assert refused.value.code == code
    with pytest.raises(ReportError) as xlsx:
        monthly.write(db, _request(), str(tmp_path / "x.xlsx"))
    assert xlsx.value.code == "report.format"
    assert not list(tmp_path.glob("*.pdf")) and not (tmp_path / "x.xlsx").exists()
