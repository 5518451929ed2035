"""Deltagarredovisning: participants by region, course and period, by gender, age band and
education band, with unique persons counted once in every total; as PDF, CSV or XLSX.

Who counts and how is said in `storage.participant_report`. The PDF holds a summary (gender ×
age band with the attended hours, gender × education band), one row per region and one per
course. The CSV and XLSX hold one row per course, a row per region after its courses and a
total row at the end, with a column for every breakdown; numbers are numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from soul_desktop.domain.enums import CourseStatus
from soul_desktop.domain.reports import (
    ReportFormat,
    ReportHeader,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.reports import pdf_base, tabular
from soul_desktop.reports.common import document_info
from soul_desktop.reports.pdf_base import data_table, heading, text
from soul_desktop.reports.tabular import Cell
from soul_desktop.services import participant_report
from soul_desktop.services.participant_report import (
    CourseRow,
    Figures,
    ParticipantReport,
    RegionRow,
)
from soul_desktop.services.report_header import header as report_header
from soul_desktop.storage.database import Database

ALLOWED = (ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX)
TITLE = "Deltagarredovisning"
SUBJECT = "Deltagare per region och kurs efter kön, ålder och utbildning"

GENDER_LABELS = ("Kvinna", "Man", "Annat", "Ej angivet")
AGE_LABELS = ("Under 25", "25–54", "Över 54", "Okänd ålder")
EDUCATION_LABELS = ("ISCED 0–2", "ISCED 3–4", "ISCED 5–8", "Ej angiven")
EDUCATION_TEXT = (
    "ISCED 0–2 förgymnasial, 3–4 gymnasial, 5–8 eftergymnasial utbildning; "
    "ej angiven om uppgiften saknas."
)
STATUS_LABELS = {
    CourseStatus.PLANNED: "planerad",
    CourseStatus.OPEN: "öppen",
    CourseStatus.RUNNING: "pågår",
    CourseStatus.COMPLETED: "genomförd",
    CourseStatus.CANCELLED: "inställd",
}
TOTAL = "Totalt"
NO_PARTICIPANTS = "Inga deltagare under perioden."
HIDDEN = "< 5"
SMALL_LIMIT = 5
DEFINITION = (
    "En deltagare är en person som varit närvarande eller delvis närvarande vid minst ett "
    "kurstillfälle under perioden (tillfällets datum räknas). En person som deltagit i flera "
    "kurser räknas i varje kurs rad men en gång i regionens och i totalens summor, så kurs- "
    "och regionraderna kan summera till mer än totalen. Ålder är periodens slutår (eller, när "
    "perioden saknar slut, året för kursens första tillfälle) minus födelseåret. Timmar är "
    "närvarotimmar: hela tillfället vid närvaro, de registrerade minuterna vid delvis närvaro."
)
HIDE_TEXT = "Antal mellan 1 och 4 personer visas som ”< 5”, och timmarna för sådana grupper döljs."


def write(db: Database, request: ReportRequest, path: str) -> ReportResult:
    """Write the participant report for the request's period and region to `path`."""
    chosen = format_for(path, ALLOWED)
    data = participant_report.report(db, request.period, request.region_code)
    notes = (NO_PARTICIPANTS,) if data.empty else ()
    if chosen is ReportFormat.PDF:
        head = report_header(db, request.period, request.region_code)
        pages = pdf_base.build_pdf(
            path,
            _story(data, head, request.hide_small),
            document_info(TITLE, SUBJECT, head, ("deltagare", "kön", "ålder", "utbildning")),
        )
        return ReportResult(path, chosen, pages, notes)
    header, rows = table(data, request.hide_small)
    if chosen is ReportFormat.CSV:
        count = tabular.write_csv(path, header, rows)
    else:
        count = tabular.write_xlsx(path, header, rows, sheet_title=TITLE)
    return ReportResult(path, chosen, count, notes)


# -- numbers, hidden when small ------------------------------------------------------------------


def _small(count: int, hide: bool) -> bool:
    return hide and 0 < count < SMALL_LIMIT


def _count_cell(count: int, hide: bool) -> Cell:
    return HIDDEN if _small(count, hide) else count


def _hours_cell(hours: float, persons: int, hide: bool) -> Cell:
    return None if _small(persons, hide) else hours


def _number(value: int) -> str:
    """12 345 (a thin no-break space between thousands, as Swedish print does)."""
    return f"{value:,}".replace(",", "\u202f")


def _count_text(count: int, hide: bool) -> str:
    return HIDDEN if _small(count, hide) else _number(count)


def _hours_text(hours: float, persons: int, hide: bool) -> str:
    if _small(persons, hide):
        return "–"
    whole, _, decimals = f"{hours:,.2f}".partition(".")
    return f"{whole.replace(',', chr(0x202F))},{decimals}"


# -- CSV and XLSX --------------------------------------------------------------------------------


def _columns() -> list[str]:
    columns = [
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
        *GENDER_LABELS,
        *AGE_LABELS,
        *(f"Utbildning {label}" for label in EDUCATION_LABELS),
        "Timmar",
        *(f"Timmar {label.lower()}" for label in GENDER_LABELS),
    ]
    for gender in GENDER_LABELS:
        columns.extend(f"{gender}, {age.lower()}" for age in AGE_LABELS)
    for gender in GENDER_LABELS:
        columns.extend(f"{gender}, utbildning {band}" for band in EDUCATION_LABELS)
    return columns


def _breakdown(figures: Figures, hide: bool) -> list[Cell]:
    cells: list[Cell] = [_count_cell(figures.persons, hide)]
    cells.extend(_count_cell(n, hide) for n in figures.by_gender)
    cells.extend(_count_cell(n, hide) for n in figures.by_age)
    cells.extend(_count_cell(n, hide) for n in figures.by_education)
    cells.append(_hours_cell(figures.hours, figures.persons, hide))
    cells.extend(
        _hours_cell(hours, persons, hide)
        for hours, persons in zip(figures.hours_by_gender, figures.by_gender, strict=True)
    )
    for row in figures.gender_age:
        cells.extend(_count_cell(n, hide) for n in row)
    for row in figures.gender_education:
        cells.extend(_count_cell(n, hide) for n in row)
    return cells


def _course_cells(course: CourseRow, region_names: dict[str, str], hide: bool) -> list[Cell]:
    return [
        "kurs",
        course.region_code,
        region_names.get(course.region_code, ""),
        course.course_id,
        course.title,
        STATUS_LABELS.get(course.status, course.status.value),
        course.first_day,
        course.last_day,
        course.sessions,
        *_breakdown(course.figures, hide),
    ]


def _region_cells(region: RegionRow, hide: bool) -> list[Cell]:
    return [
        "region",
        region.code,
        region.name,
        None,
        None,
        None,
        None,
        None,
        None,
        *_breakdown(region.figures, hide),
    ]


def table(data: ParticipantReport, hide: bool = False) -> tuple[list[str], Iterator[list[Cell]]]:
    """The header and the rows: each region's courses, then the region, then the total."""

    def rows() -> Iterator[list[Cell]]:
        names = {region.code: region.name for region in data.regions}
        by_region: dict[str, list[CourseRow]] = {}
        for course in data.courses:
            by_region.setdefault(course.region_code, []).append(course)
        for region in data.regions:
            for course in by_region.get(region.code, ()):
                yield _course_cells(course, names, hide)
            yield _region_cells(region, hide)
        yield ["totalt", *([None] * 8), *_breakdown(data.total, hide)]

    return _columns(), rows()


# -- PDF -----------------------------------------------------------------------------------------


def _with_total_row(table_: Table) -> Table:
    """The last row set off as the total: shaded, with a line above."""
    table_.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, -1), (-1, -1), pdf_base.HEADER_GREY),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf_base.LINE_GREY),
            ]
        )
    )
    return table_


def _gender_age_table(total: Figures, hide: bool) -> Table:
    header = ["Kön", *AGE_LABELS, TOTAL, "Timmar"]
    rows: list[list[str]] = []
    for label, ages, persons, hours in zip(
        GENDER_LABELS, total.gender_age, total.by_gender, total.hours_by_gender, strict=True
    ):
        rows.append(
            [
                label,
                *(_count_text(n, hide) for n in ages),
                _count_text(persons, hide),
                _hours_text(hours, persons, hide),
            ]
        )
    rows.append(
        [
            TOTAL,
            *(_count_text(n, hide) for n in total.by_age),
            _count_text(total.persons, hide),
            _hours_text(total.hours, total.persons, hide),
        ]
    )
    return _with_total_row(data_table(header, rows, (1.3, 1, 1, 1, 1.1, 1, 1.3)))


def _gender_education_table(total: Figures, hide: bool) -> Table:
    header = ["Kön", *EDUCATION_LABELS, TOTAL]
    rows = [
        [label, *(_count_text(n, hide) for n in bands), _count_text(persons, hide)]
        for label, bands, persons in zip(
            GENDER_LABELS, total.gender_education, total.by_gender, strict=True
        )
    ]
    rows.append(
        [
            TOTAL,
            *(_count_text(n, hide) for n in total.by_education),
            _count_text(total.persons, hide),
        ]
    )
    return _with_total_row(data_table(header, rows, (1.3, 1, 1, 1, 1, 1)))


def _region_gender_table(data: ParticipantReport, hide: bool) -> Table:
    header = ["Region", "Kurser", *GENDER_LABELS, TOTAL, "Timmar"]

    def row(label: str, courses: int, figures: Figures) -> list[str]:
        return [
            label,
            _number(courses),
            *(_count_text(n, hide) for n in figures.by_gender),
            _count_text(figures.persons, hide),
            _hours_text(figures.hours, figures.persons, hide),
        ]

    rows = [row(f"{r.code} {r.name}", r.courses, r.figures) for r in data.regions]
    if len(data.regions) == 1:  # one region's report: its row is the total
        return data_table(header, rows, (2.6, 0.8, 0.9, 0.9, 0.9, 1, 0.9, 1.3))
    rows.append(row(f"{TOTAL} (unika personer)", len(data.courses), data.total))
    return _with_total_row(data_table(header, rows, (2.6, 0.8, 0.9, 0.9, 0.9, 1, 0.9, 1.3)))


def _region_bands_table(data: ParticipantReport, hide: bool) -> Table:
    header = ["Region", *AGE_LABELS, *EDUCATION_LABELS]

    def row(label: str, figures: Figures) -> list[str]:
        return [
            label,
            *(_count_text(n, hide) for n in figures.by_age),
            *(_count_text(n, hide) for n in figures.by_education),
        ]

    rows = [row(f"{r.code} {r.name}", r.figures) for r in data.regions]
    if len(data.regions) == 1:
        return data_table(header, rows, (2.2, *([1.0] * 8)))
    rows.append(row(f"{TOTAL} (unika)", data.total))
    return _with_total_row(data_table(header, rows, (2.2, *([1.0] * 8))))


def _course_table(courses: Sequence[CourseRow], hide: bool) -> Table:
    header = ["Kurs", "Region", "Datum", *GENDER_LABELS, TOTAL, "Timmar"]
    rows = []
    for course in courses:
        title = course.title
        if course.status is CourseStatus.CANCELLED:
            title += " (inställd)"
        dates = course.first_day.isoformat()
        if course.last_day != course.first_day:
            # "2009-02-23 – 03-30" within a year, so the column keeps to one line.
            same_year = course.last_day.year == course.first_day.year
            dates += f"\u00a0– {course.last_day.isoformat()[5 if same_year else 0 :]}"
        figures = course.figures
        rows.append(
            [
                title,
                course.region_code,
                dates,
                *(_count_text(n, hide) for n in figures.by_gender),
                _count_text(figures.persons, hide),
                _hours_text(figures.hours, figures.persons, hide),
            ]
        )
    return data_table(header, rows, (44, 14, 37, 14, 11, 13, 14, 13, 17))


def _story(data: ParticipantReport, head: ReportHeader, hide: bool) -> list[Flowable]:
    style = pdf_base.styles()
    story: list[Flowable] = [
        text(TITLE, style.title),
        text(f"{head.region_text} · {head.period_text}", style.subtitle),
        Spacer(1, 3 * mm),
    ]
    if data.empty:
        story.append(text(NO_PARTICIPANTS, style.body))
        if data.courses:
            story.append(
                text(
                    f"{len(data.courses)} kurser hade tillfällen under perioden, "
                    "men ingen var närvarande vid dem.",
                    style.body,
                )
            )
        story.extend([Spacer(1, 3 * mm), text(DEFINITION, style.small)])
        return story
    story.append(
        pdf_base.field_table(
            [
                ("Unika deltagare", _count_text(data.total.persons, hide)),
                ("Kurser med tillfällen under perioden", _number(len(data.courses))),
                ("Närvarotimmar", _hours_text(data.total.hours, data.total.persons, hide)),
            ],
            label_share=0.45,
        )
    )
    story.extend([Spacer(1, 2 * mm), text(DEFINITION, style.small)])
    if hide:
        story.append(text(HIDE_TEXT, style.small))
    story.extend(heading("Deltagare efter kön och ålder"))
    story.append(_gender_age_table(data.total, hide))
    story.extend(heading("Deltagare efter kön och utbildning"))
    story.append(_gender_education_table(data.total, hide))
    story.extend([Spacer(1, 1.5 * mm), text(EDUCATION_TEXT, style.small)])
    story.extend(heading("Per region"))
    story.append(_region_gender_table(data, hide))
    story.append(Spacer(1, 3 * mm))
    story.append(_region_bands_table(data, hide))
    story.extend(heading("Per kurs"))
    story.append(
        text(
            "Datum är första och sista tillfället under perioden; en person räknas i varje kurs "
            "hon eller han deltagit i.",
            style.small,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(_course_table(data.courses, hide))
    return story
