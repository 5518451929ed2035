"""`soul-desktop report KIND`: every report written from the command line, read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from soul_desktop.__main__ import main
from soul_desktop.services import setup
from soul_desktop.storage.models import Attendance, CourseSession, Enrolment
from soul_desktop.storage.unit_of_work import UnitOfWork


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("report") / "central.db")
    assert main(["--db", path, "init", "--central", "--name", "Kansliet", "--unencrypted"]) == 0
    assert main(["--db", path, "demo", "--participants", "200", "--seed", "4"]) == 0
    return path


def _attended(db_path: str) -> tuple[str, str, str, str]:
    """A course, one of its sessions, and a person present at it (with the session's month)."""
    opened = setup.open_application_database(setup.locate(db_path), create=False)
    try:
        with UnitOfWork(opened.database) as uow:
            course_id, session_id, person_id, starts = uow.session.execute(
                sa.select(
                    CourseSession.course_id,
                    CourseSession.id,
                    Attendance.person_id,
                    CourseSession.starts_at,
                )
                .join(Attendance, Attendance.session_id == CourseSession.id)
                .join(
                    Enrolment,
                    sa.and_(
                        Enrolment.course_id == CourseSession.course_id,
                        Enrolment.person_id == Attendance.person_id,
                    ),
                )
                .where(Attendance.status == "present")
                .order_by(CourseSession.starts_at)
                .limit(1)
            ).one()
    finally:
        opened.database.dispose()
    return course_id, session_id, person_id, f"{starts:%Y-%m}"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_every_pdf_report_is_written_and_reads_back(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    course, session, person, month = _attended(demo_db)
    cases = {
        "signin": ["--session", session],
        "monthly": ["--person", person, "--period", month],
        "certificate": ["--person", person, "--course", course],
        "participants": ["--period", "2009-02..2012-01"],
        "4r": ["--period", "2009-02..2012-01"],
        "targets": [],
    }
    for kind, extra in cases.items():
        out = tmp_path / f"{kind}.pdf"
        code, said, err = _run(capsys, "--db", demo_db, "report", kind, "--out", str(out), *extra)
        assert code == 0, (kind, err)
        assert said.startswith(f"Wrote {out}"), said
        text = _text(out)
        assert "Europeiska socialfonden" in text and "sida 1 av" in text, kind


def test_table_reports_as_xlsx_and_csv(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    for kind in ("participants", "4r", "targets"):
        xlsx, csv_path = tmp_path / f"{kind}.xlsx", tmp_path / f"{kind}.csv"
        assert _run(capsys, "--db", demo_db, "report", kind, "--out", str(xlsx))[0] == 0
        assert _run(capsys, "--db", demo_db, "report", kind, "--out", str(csv_path))[0] == 0
        sheet = openpyxl.load_workbook(xlsx).active
        assert sheet is not None and sheet.max_row > 1
        assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_report_about_nothing_known_is_refused_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "lista.pdf"
    code, _said, err = _run(
        capsys, "--db", demo_db, "report", "signin", "--out", str(out), "--session", "okänd"
    )
    assert code != 0 and len(err.strip().splitlines()) == 1
    assert not out.exists()
