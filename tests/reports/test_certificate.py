"""Kursintyg: read back with pypdf (person, course, areas, dates, hours, completion), edges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from soul_desktop.domain.reports import ReportError, ReportKind, ReportRequest
from soul_desktop.reports import certificate
from soul_desktop.services import setup
from soul_desktop.storage.database import Database
from tests import attendance_papers_dataset as dataset
from tests.attendance_papers_dataset import Papers, pdf_text


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Database, Papers]]:
    db = setup.open_application_database(setup.locate(tmp_path / "c.db"), create=True).database
    yield db, dataset.central(db)
    db.dispose()


def _request(**kwargs: str) -> ReportRequest:
    return ReportRequest(ReportKind.CERTIFICATE, **kwargs)  # type: ignore[arg-type]


def _write(db: Database, tmp_path: Path, person_id: str, course_id: str) -> str:
    path = tmp_path / f"{person_id}-{course_id}.pdf"
    result = certificate.write(db, _request(person_id=person_id, course_id=course_id), str(path))
    assert result.pages == len(PdfReader(path).pages) == 1
    return pdf_text(path)


def test_a_completed_course(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    text = _write(db, tmp_path, papers.extra["Åberg"], papers.data.courses["C1"])
    for expected in (
        "Kursintyg",
        "Europeiska socialfonden",
        "sida 1 av 1",
        "Åsa Åberg",
        "Kurs C1",
        "2010-03-01 – 2010-03-15",
        "7,8 av 8,0 planerade timmar (3 av 3 tillfällen)",  # 465 of 480 minutes
        "Kursen genomförd",
        "minst 75 %",
        "Underskrift",
        "Ort och datum",
    ):
        assert expected in text, expected


def test_partly_and_not_completed(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    persons, courses = papers.data.persons, papers.data.courses
    partly = _write(db, tmp_path, persons["A"], courses["C2"])
    assert "4,0 av 6,0 planerade timmar" in partly and "Kursen delvis genomförd" in partly
    not_done = _write(db, tmp_path, persons["B"], courses["C1"])
    assert "0,0 av 8,0" in not_done and "Kursen ej genomförd" in not_done
    assert "har varit anmäld till kursen" in not_done


def test_competence_areas_by_their_swedish_names(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    with db.engine.connect() as conn:
        names = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name_sv FROM competence_area WHERE code IN ('NAT-1', 'NAT-2') ORDER BY code"
            )
        ]
    text = _write(db, tmp_path, papers.data.persons["A"], papers.data.courses["C1"])
    assert len(names) == 2 and all(name in text for name in names)


def test_a_course_without_sessions_says_so(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    text = _write(db, tmp_path, papers.data.persons["G"], papers.data.courses["C7"])
    assert certificate.NO_SESSIONS in text and "inga kurstillfällen" in text
    assert "Kursen ej genomförd" in text


def test_long_right_to_left_and_emoji_names_give_a_valid_pdf(
    world: tuple[Database, Papers], tmp_path: Path
) -> None:
    db, papers = world
    course = papers.data.courses["C1"]
    for first, last in (
        (dataset.LONG_FIRST, dataset.LONG_LAST),
        (dataset.RTL_FIRST, dataset.RTL_LAST),
        (dataset.EMOJI_FIRST, dataset.EMOJI_LAST),
    ):
        person_id = dataset.add_person(db, first, last, course)
        text = _write(db, tmp_path, person_id, course)
        assert certificate.NO_ATTENDANCE in text


def test_refusals_write_nothing(world: tuple[Database, Papers], tmp_path: Path) -> None:
    db, papers = world
    person, course = papers.data.persons["A"], papers.data.courses["C1"]
    path = tmp_path / "out.pdf"
    cases = (
        (_request(course_id=course), "report.person_required"),
        (_request(person_id=person), "report.course_required"),
        (_request(person_id="nobody", course_id=course), "report.not_found"),
        (_request(person_id=person, course_id=papers.data.courses["C4"]), "report.not_found"),
    )
    for request, code in cases:
        with pytest.raises(ReportError) as refused:
            certificate.write(db, request, str(path))
        assert refused.value.code == code
    assert not list(tmp_path.glob("*.pdf"))
