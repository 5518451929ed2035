"""Kursintyg: a participant's certificate for one course.

The person, the course and its competence areas, the dates of its first and last session,
the hours attended of those planned for them, and whether they completed it under the
course's rule (domain.attendance.completion), with a place for the signature.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from soul_desktop.domain.attendance import Completion
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.reports.common import document_info
from soul_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    LINE_GREY,
    build_pdf,
    field_table,
    styles,
    text,
)
from soul_desktop.services import attendance_papers
from soul_desktop.services.attendance_papers import Certificate, hours_text
from soul_desktop.services.report_header import header
from soul_desktop.storage.database import Database

ALLOWED = (ReportFormat.PDF,)
TITLE = "Kursintyg"
COMPLETION_SV = {
    Completion.COMPLETED: "genomförd",
    Completion.PARTLY_COMPLETED: "delvis genomförd",
    Completion.NOT_COMPLETED: "ej genomförd",
}
NO_SESSIONS = "Kursen har inga kurstillfällen."
NO_ATTENDANCE = "Ingen närvaro registrerad på kursen."


def write(db: Database, request: ReportRequest, path: str) -> ReportResult:
    format_for(path, ALLOWED)
    if request.person_id is None:
        raise ReportError(
            "a certificate needs a person (--person)", "person", code="report.person_required"
        )
    if request.course_id is None:
        raise ReportError(
            "a certificate needs a course (--course)", "course", code="report.course_required"
        )
    found = attendance_papers.certificate(db, request.person_id, request.course_id)
    return render(db, found, path)


def dates_text(first: dt.date | None, last: dt.date | None) -> str:
    if first is None or last is None:
        return "inga kurstillfällen"
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} – {last.isoformat()}"


def _took_part(cert: Certificate) -> str:
    if cert.attended_minutes > 0:
        return "har deltagit i"
    return "har varit anmäld till" if cert.enrolled else "har inte deltagit i"


def render(db: Database, cert: Certificate, path: str) -> ReportResult:
    head = header(db, cert.period, cert.region_code)
    style = styles()
    notes: list[str] = []
    if cert.sessions == 0:
        notes.append(NO_SESSIONS)
    if cert.attended_minutes == 0:
        notes.append(NO_ATTENDANCE)
    outcome = COMPLETION_SV[cert.completion]
    story: list[Flowable] = [
        Spacer(1, 8 * mm),
        text(TITLE, style.title),
        Spacer(1, 4 * mm),
        text("Härmed intygas att", style.body),
        Spacer(1, 2 * mm),
        text(cert.person_name, style.heading),
        text(
            f"{_took_part(cert)} kursen ”{cert.course_title}” inom {head.programme}, "
            f"som delfinansieras av {head.funder}.",
            style.body,
        ),
        Spacer(1, 6 * mm),
        field_table(
            [
                ("Deltagare", cert.person_name),
                ("Organisation", cert.organisation_name or "ingen angiven"),
                ("Kurs", cert.course_title),
                ("Kompetensområden", ", ".join(cert.areas) if cert.areas else "inga angivna"),
                ("Kursdatum", dates_text(cert.first_date, cert.last_date)),
                (
                    "Närvaro",
                    f"{hours_text(cert.attended_minutes)} av {hours_text(cert.planned_minutes)} "
                    f"planerade timmar ({cert.attended_sessions} av {cert.sessions} tillfällen)",
                ),
                ("Resultat", f"Kursen {outcome}"),
                (
                    "Krav för genomförd kurs",
                    f"närvaro minst {cert.threshold_pct} % av de planerade timmarna",
                ),
            ],
            label_share=0.3,
        ),
    ]
    for note in notes:
        story.extend([Spacer(1, 3 * mm), text(note, style.body)])
    story.extend(
        [
            Spacer(1, 22 * mm),
            _signature_lines(("Ort och datum", "")),
            Spacer(1, 16 * mm),
            _signature_lines(("Underskrift", "Namnförtydligande")),
        ]
    )
    info = document_info(TITLE, f"{TITLE}: {cert.course_title}", head)
    pages = build_pdf(path, story, info)
    return ReportResult(path, ReportFormat.PDF, pages, tuple(notes))


def _signature_lines(labels: tuple[str, str]) -> Table:
    """Lines to write on, each with its caption below."""
    style = styles()
    table = Table(
        [[text(labels[0], style.small), "", text(labels[1], style.small)]],
        colWidths=[CONTENT_WIDTH * 0.47, CONTENT_WIDTH * 0.06, CONTENT_WIDTH * 0.47],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEABOVE", (0, 0), (0, 0), 0.7, LINE_GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    if labels[1]:
        commands.append(("LINEABOVE", (2, 0), (2, 0), 0.7, LINE_GREY))
    table.setStyle(TableStyle(commands))
    return table
