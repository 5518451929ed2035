"""Närvarolista: read back with pypdf (pages, names in Swedish order, header), refusals, edges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from soul_desktop.domain.reports import ReportError, ReportKind, ReportRequest
from soul_desktop.reports import signin
from soul_desktop.services import setup
from soul_desktop.storage.database import Database
from tests import attendance_papers_dataset as dataset
from tests.attendance_papers_dataset import Papers, page_texts, pdf_text


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Papers]]:
    db = setup.open_application_database(setup.locate(tmp_path / "c.db"), create=True).database
    yield db, dataset.central(db)
    db.dispose()


def _request(**kwargs: str) -> ReportRequest:
    return ReportRequest(ReportKind.SIGNIN, **kwargs)  # type: ignore[arg-type]


def test_one_session_lists_the_expected_in_swedish_order(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    path = tmp_path / "s1b.pdf"
    result = signin.write(db, _request(session_id=papers.data.sessions["S1b"]), str(path))
    reader = PdfReader(path)
    assert result.pages == len(reader.pages) == 1
    text = pdf_text(path)
    for expected in (
        "Närvarolista",
        "Europeiska socialfonden",
        "sida 1 av 1",
        "Kurs C1",
        "måndag 2010-03-08, 09:00–12:00",
        "FörnamnL1 ÅkessonL1",
        "Underskrift",
        "Deltagare som inte är anmälda",
        dataset.ORGANISATION,
    ):
        assert expected in text, expected
    positions = [text.index(name) for name in dataset.C1_ORDER_AT_S1B]
    assert positions == sorted(positions)
    assert "ÅkessonD" not in text and "ÅkessonI" not in text  # waitlisted; never enrolled
    assert reader.metadata is not None and reader.metadata.title == "Närvarolista"


def test_a_whole_course_gives_each_session_its_own_pages(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    path = tmp_path / "c1.pdf"
    result = signin.write(db, _request(course_id=papers.data.courses["C1"]), str(path))
    pages = page_texts(path)
    assert result.pages == len(pages) == 3
    for page, day in zip(pages, ("2010-03-01", "2010-03-08", "2010-03-15"), strict=True):
        assert day in page and page.count("Närvarolista") >= 1
    assert "ÅkessonC" not in pages[0] and "ÅkessonC" in pages[1]
    assert "sida 3 av 3" in pages[2]


def test_a_long_list_repeats_its_header_on_every_page(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    course = papers.data.courses["C1"]
    for n in range(40):
        dataset.add_person(db, f"Person{n:02d}", f"Ämnesson{n:02d}", course)
    path = tmp_path / "long.pdf"
    result = signin.write(db, _request(session_id=papers.data.sessions["S1a"]), str(path))
    pages = page_texts(path)
    assert result.pages == len(pages) >= 2
    assert all("Nr Namn Organisation Underskrift" in page for page in pages[:-1])
    text = " ".join(pages)
    assert text.index("Ämnesson39") < text.index("Öberg, Östen")


def test_a_course_without_sessions_says_so(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    path = tmp_path / "c7.pdf"
    result = signin.write(db, _request(course_id=papers.data.courses["C7"]), str(path))
    assert result.pages == len(PdfReader(path).pages) == 1
    assert result.notes == (signin.NO_SESSIONS,)
    assert signin.NO_SESSIONS in pdf_text(path)


def test_a_session_nobody_is_enrolled_at_still_has_walk_in_rows(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    path = tmp_path / "s8a.pdf"
    signin.write(db, _request(session_id=papers.data.sessions["S8a"]), str(path))
    text = pdf_text(path)
    assert signin.NO_PERSONS in text and "Deltagare som inte är anmälda" in text


def test_long_right_to_left_and_emoji_names_give_a_valid_pdf(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    course = papers.data.courses["C1"]
    dataset.add_person(db, dataset.LONG_FIRST, dataset.LONG_LAST, course)
    dataset.add_person(db, dataset.RTL_FIRST, dataset.RTL_LAST, course)
    dataset.add_person(db, dataset.EMOJI_FIRST, dataset.EMOJI_LAST, course)
    path = tmp_path / "edge.pdf"
    result = signin.write(db, _request(course_id=course), str(path))
    assert result.pages == len(PdfReader(path).pages) >= 3
    text = pdf_text(path).replace(" ", "")
    assert dataset.LONG_LAST in text
    assert "Åberg" in text


def test_refusals_write_nothing(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    path = tmp_path / "out.pdf"
    cases = (
        (_request(), "report.session_required"),
        (_request(session_id="nope"), "report.not_found"),
        (_request(course_id="nope"), "report.not_found"),
    )
    for request, code in cases:
        with pytest.raises(ReportError) as refused:
            signin.write(db, request, str(path))
        assert refused.value.code == code
    with pytest.raises(ReportError) as csv:
        signin.write(db, _request(course_id=papers.data.courses["C1"]), str(tmp_path / "x.csv"))
    assert csv.value.code == "report.format"
    assert list(tmp_path.glob("*.pdf")) == [] and not (tmp_path / "x.csv").exists()
