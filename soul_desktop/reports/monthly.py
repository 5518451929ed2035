"""Närvarorapport: a participant's sessions in one month, for them to sign (ESF practice).

Every session attended (present or partly) that month with its date, course, time and hours;
the month's total in whole hours rounded down, as ESF counts it; the participant's signature
line and the coordinator's certification. One person (`person_id`), or everyone who attended
in the month in the region, each starting on a new page, in one file.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from soul_desktop.domain.fourr import Period
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
    data_table,
    field_table,
    styles,
    text,
)
from soul_desktop.services import attendance_papers
from soul_desktop.services.attendance_papers import MonthlyReport, MonthlyReports, hours_text
from soul_desktop.services.report_header import header
from soul_desktop.storage.database import Database

ALLOWED = (ReportFormat.PDF,)
TITLE = "Närvarorapport"
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
NO_ATTENDANCE = "Ingen närvaro registrerad under {month}."
NOBODY = "Ingen deltagare har närvaro registrerad under {month}{where}."
SUM = "Summa: {hours} timmar (avrundat nedåt till hela timmar)"


def month_text(period: Period) -> str:
    """ "mars 2010" for a whole month; the dates otherwise."""
    start, end = period.start, period.end
    if (
        start is not None
        and end is not None
        and start.day == 1
        and (start.year, start.month)
        == (
            end.year,
            end.month,
        )
    ):
        return f"{MONTHS[start.month - 1]} {start.year}"
    return f"{start} – {end}"


def write(db: Database, request: ReportRequest, path: str) -> ReportResult:
    format_for(path, ALLOWED)
    period = request.period
    if period.start is None or period.end is None:
        raise ReportError(
            "a monthly attendance report needs a month (--period 2010-03)",
            "period",
            code="report.period_required",
        )
    if (period.start.year, period.start.month) != (period.end.year, period.end.month):
        raise ReportError(
            "a monthly attendance report covers one month (--period 2010-03)",
            "period",
            code="report.bad_period",
            params={"text": f"{period.start}..{period.end}"},
        )
    reports = attendance_papers.monthly_reports(
        db, period, person_id=request.person_id, region_code=request.region_code
    )
    return render(db, reports, path)


def render(db: Database, reports: MonthlyReports, path: str) -> ReportResult:
    head = header(db, reports.period, reports.region_code)
    month = month_text(reports.period)
    story: list[Flowable] = []
    notes: list[str] = []
    if not reports.reports:
        where = f" i {head.region_text}" if reports.region_code else ""
        notes.append(NOBODY.format(month=month, where=where))
        story.extend(
            [
                text(TITLE, styles().title),
                text(month.capitalize(), styles().subtitle),
                Spacer(1, 6 * mm),
                text(notes[-1], styles().body),
            ]
        )
    for number, report in enumerate(reports.reports):
        if number:
            story.append(PageBreak())
        if not report.lines:
            notes.append(f"{report.name}: {NO_ATTENDANCE.format(month=month)}")
        story.extend(_page(report, month, head.region_text))
    info = document_info(TITLE, f"{TITLE} {month}", head)
    pages = build_pdf(path, story, info)
    return ReportResult(path, ReportFormat.PDF, pages, tuple(notes))


def _page(report: MonthlyReport, month: str, region: str) -> list[Flowable]:
    style = styles()
    story: list[Flowable] = [
        text(TITLE, style.title),
        text(f"Närvaro under {month}", style.subtitle),
        Spacer(1, 3 * mm),
        field_table(
            [
                ("Deltagare", report.name),
                ("Organisation", report.organisation_name or "ingen angiven"),
                ("Månad", month),
                ("Region", region),
            ],
            label_share=0.22,
        ),
        Spacer(1, 4 * mm),
    ]
    if report.lines:
        rows = [
            (
                f"{line.starts_at:%Y-%m-%d}",
                line.course_title,
                f"{line.starts_at:%H:%M}–{line.ends_at:%H:%M}",
                hours_text(line.minutes),
            )
            for line in report.lines
        ]
        story.append(data_table(("Datum", "Kurs", "Tid", "Timmar"), rows, (1.3, 4.2, 1.4, 0.9)))
    else:
        story.append(text(NO_ATTENDANCE.format(month=month), style.body))
    minutes = report.total_minutes
    story.extend(
        [
            Spacer(1, 4 * mm),
            text(SUM.format(hours=report.whole_hours), style.cell_header),
            text(
                f"Registrerad tid: {minutes // 60} tim {minutes % 60} min "
                f"({hours_text(minutes)} timmar) vid {len(report.lines)} tillfällen.",
                style.small,
            ),
            Spacer(1, 10 * mm),
            KeepTogether(
                [
                    text("Jag intygar att uppgifterna ovan stämmer med min närvaro.", style.body),
                    Spacer(1, 10 * mm),
                    _signature_lines(("Deltagarens underskrift", "Datum")),
                    Spacer(1, 10 * mm),
                    text("Intygas av samordnare", style.cell_header),
                    Spacer(1, 10 * mm),
                    _signature_lines(("Samordnarens underskrift", "Datum")),
                    Spacer(1, 10 * mm),
                    _signature_lines(("Namnförtydligande", "")),
                ]
            ),
        ]
    )
    return story


def _signature_lines(labels: tuple[str, str]) -> Table:
    """Lines to write on, each with its caption below: a wide one and a narrow one."""
    style = styles()
    table = Table(
        [[text(labels[0], style.small), "", text(labels[1], style.small)]],
        colWidths=[CONTENT_WIDTH * 0.62, CONTENT_WIDTH * 0.06, CONTENT_WIDTH * 0.32],
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
