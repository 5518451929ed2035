"""Närvarolista: the sign-in sheet on the table at a session, or one per session of a course.

Each session's sheet starts on a new page: course, date and time, venue, leader, then the
persons expected (enrolled before the session began, walk-ins already registered included)
in Swedish surname order with their organisation and room to sign, then blank rows for
walk-ins. The table's header repeats on every page.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportKind,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.reports.common import document_info
from soul_desktop.reports.pdf_base import (
    LINE_GREY,
    build_pdf,
    data_table,
    field_table,
    styles,
    text,
)
from soul_desktop.services import attendance_papers
from soul_desktop.services.attendance_papers import SignInSheet, SignInSheets
from soul_desktop.services.report_header import header
from soul_desktop.storage.database import Database

ALLOWED = (ReportFormat.PDF,)
TITLE = "Närvarolista"
WALK_IN_ROWS = 8
NO_SESSIONS = "Kursen har inga kurstillfällen: det finns ingen närvarolista att skriva ut."
NO_PERSONS = "Inga anmälda deltagare till detta tillfälle."
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
# Room for a handwritten signature: the rows are padded to about 9 mm.
SIGNATURE_PADDING = 7.5
# An empty paragraph has no height; a no-break space gives a blank row a line's.
BLANK = "\u00a0"


def write(db: Database, request: ReportRequest, path: str) -> ReportResult:
    """The sheet for `request.session_id`, or every session's of `request.course_id`."""
    format_for(path, ALLOWED)
    if request.session_id is None and request.course_id is None:
        raise ReportError(
            "a sign-in sheet needs a session (--session) or a course (--course)",
            "session",
            code="report.session_required",
        )
    sheets = attendance_papers.sign_in_sheets(
        db, course_id=request.course_id, session_id=request.session_id
    )
    return render(db, sheets, path, request.kind)


def render(
    db: Database, sheets: SignInSheets, path: str, kind: ReportKind = ReportKind.SIGNIN
) -> ReportResult:
    head = header(db, sheets.period, sheets.region_code)
    story: list[Flowable] = []
    notes: tuple[str, ...] = ()
    if not sheets.sheets:
        notes = (NO_SESSIONS,)
        story.extend(
            [
                text(TITLE, styles().title),
                text(sheets.course_title, styles().subtitle),
                Spacer(1, 6 * mm),
                text(NO_SESSIONS, styles().body),
            ]
        )
    # Every sheet's walk-in rows are the same blank table: made once, drawn on each sheet.
    walk_ins = _walk_in_table() if sheets.sheets else None
    for number, sheet in enumerate(sheets.sheets):
        if number:
            story.append(PageBreak())
        story.extend(_sheet(sheet, walk_ins))
    subject = f"{TITLE}: {sheets.course_title}"
    # The page header's right end shows the title: kept short, the long header line beside it.
    pages = build_pdf(path, story, document_info(TITLE, subject, head))
    return ReportResult(path, ReportFormat.PDF, pages, notes)


def when_text(starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    """ "måndag 2010-03-01, 09:00–12:00" (the end's date too when it is another day)."""
    day = f"{WEEKDAYS[starts_at.weekday()]} {starts_at:%Y-%m-%d}"
    end = f"{ends_at:%H:%M}" if ends_at.date() == starts_at.date() else f"{ends_at:%Y-%m-%d %H:%M}"
    return f"{day}, {starts_at:%H:%M}–{end}"


def _venue_text(sheet: SignInSheet) -> str:
    parts = [p for p in (sheet.venue_name, sheet.venue_address) if p]
    return ", ".join(parts) if parts else "ingen lokal angiven"


def _sheet(sheet: SignInSheet, walk_ins: Table | None = None) -> list[Flowable]:
    style = styles()
    story: list[Flowable] = [
        text(TITLE, style.title),
        field_table(
            [
                ("Kurs", sheet.course_title),
                ("Datum och tid", when_text(sheet.starts_at, sheet.ends_at)),
                ("Lokal", _venue_text(sheet)),
                ("Kursledare", ", ".join(sheet.leaders) if sheet.leaders else "ingen angiven"),
                ("Anmälda", str(len(sheet.persons))),
            ],
            label_share=0.22,
        ),
        Spacer(1, 4 * mm),
    ]
    if sheet.persons:
        rows = [
            (str(n), p.sort_name, p.organisation_name or "", BLANK)
            for n, p in enumerate(sheet.persons, start=1)
        ]
        story.append(
            _signature_table(
                ("Nr", "Namn", "Organisation", "Underskrift"), rows, (0.45, 3, 2.6, 3.4)
            )
        )
    else:
        story.append(text(NO_PERSONS, style.body))
    story.extend(
        [
            Spacer(1, 5 * mm),
            text("Deltagare som inte är anmälda", style.cell_header),
            Spacer(1, 1.5 * mm),
            walk_ins if walk_ins is not None else _walk_in_table(),
        ]
    )
    return story


def _walk_in_table() -> Table:
    return _signature_table(
        ("Namn", "Organisation", "Underskrift"),
        [(BLANK, BLANK, BLANK)] * WALK_IN_ROWS,
        (3.45, 2.6, 3.4),
    )


def _signature_table(
    head: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]
) -> Table:
    """A data table whose rows are tall enough to sign in, ruled so the lines guide the pen."""
    table = data_table(head, rows, widths)
    table.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("BOTTOMPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE_GREY),
                ("LINEBEFORE", (-1, 0), (-1, -1), 0.5, LINE_GREY),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table
