"""4R-analys: the 4R gender-equality analysis of a unit and a period, as PDF, CSV or XLSX.

The PDF has R1 (representation: persons at each step, roles, network boards, bodies counted
by hand), R2 (resources: hours, hours per competence area, budgets by participant-hours,
leaders' hours, resources recorded by hand), R3 (the newest saved version of the written
analysis) and R4 (the actions, overdue ones marked "Försenad"), with bar charts by gender.
CSV and XLSX hold the R1 and R2 tables, one row per figure.

What each figure counts is in docs/fourr-and-targets.md. With `hide_small`, a gender whose
persons are 1–4 shows "< 5"; its hours and money are hidden with it, and a row with a hidden
gender shows neither shares nor a total (either would give the hidden number away) — the same
rule as the 4R page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    Gender,
    OutsideBody,
    ParticipantRole,
    ResourceKind,
)
from soul_desktop.domain.fourr import (
    GENDER_ORDER,
    PROGRAMME,
    FourRFigures,
    FourRUnit,
    GenderCounts,
    R1CountRecord,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
    hidden_genders,
)
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportRequest,
    ReportResult,
    format_for,
    period_text,
)
from soul_desktop.reports import charts, pdf_base, tabular
from soul_desktop.reports.charts import (
    GENDER_SV,
    HIDDEN_TEXT,
    hours_text,
    money_text,
    percent_text,
    persons_text,
)
from soul_desktop.reports.common import document_info
from soul_desktop.reports.pdf_base import data_table, date_text, text
from soul_desktop.services import fourr, fourr_entries, report_header
from soul_desktop.services.fourr_entries import FourREntries
from soul_desktop.storage import fourr_entries as entries_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import CompetenceArea, Course, Region
from soul_desktop.storage.unit_of_work import UnitOfWork

ALLOWED = (ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX)
TITLE = "Jämställdhetsanalys med 4R"
SHEET_TITLE = "4R R1 och R2"

STEPS_SV = {
    "enrolled": "Anmälda",
    "waitlisted": "På väntelistan",
    "attended": "Närvarande",
    "completed": "Genomförde",
    "no_show": "Uteblev",
    "leaders": "Kursledare",
}
ROLES_SV = {
    ParticipantRole.BOARD_MEMBER: "styrelseledamot",
    ParticipantRole.MANAGER: "chef/verksamhetsledare",
    ParticipantRole.EMPLOYEE: "anställd",
    ParticipantRole.VOLUNTEER: "volontär/ideell",
    ParticipantRole.COURSE_LEADER: "kursledare",
    ParticipantRole.OTHER: "annan roll",
    ParticipantRole.NOT_STATED: "ej angiven",
}
BODIES_SV = {
    OutsideBody.STEERING_GROUP: "Styrgrupp",
    OutsideBody.PARTNER_BOARD: "Partnerns styrelse",
    OutsideBody.NETWORK_BOARD: "Nätverksstyrelse",
    OutsideBody.OTHER: "Annat organ",
}
RESOURCES_SV = {
    ResourceKind.MONEY: "Pengar",
    ResourceKind.TIME: "Tid",
    ResourceKind.SPACE: "Lokaler",
}
STATUS_SV = {
    ActionStatus.PLANNED: "Planerad",
    ActionStatus.IN_PROGRESS: "Pågår",
    ActionStatus.DONE: "Klar",
    ActionStatus.CANCELLED: "Avbruten",
}
OVERDUE_SV = "Försenad"
R3_QUESTIONS = (
    ("why_text", "Varför ser representationen och resursfördelningen ut så här?"),
    ("whose_terms_text", "På vems villkor formas verksamheten?"),
    ("norms_text", "Vilka normer styr verksamheten?"),
)
# The R1 rows drawn as charts as well as in the table.
CHARTED_STEPS = ("enrolled", "attended", "completed")


# -- rows -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Row:
    """One figure by gender, as the tables and the charts show it.

    `hidden` genders are shown as "< 5"; while any is hidden the row shows no shares and no
    total. `shares` is False where a share means nothing (hours per person); `total` replaces
    the sum where the sum is not the total.
    """

    section: str
    label: str
    counts: GenderCounts
    fmt: Callable[[float], str] = persons_text
    hidden: frozenset[Gender] = field(default_factory=frozenset)
    shares: bool = True
    total: float | None = None
    decimals: int = 0

    @property
    def total_value(self) -> float:
        return self.counts.total if self.total is None else self.total

    def cell(self, gender: Gender) -> str:
        if gender in self.hidden:
            return HIDDEN_TEXT
        value = self.counts.get(gender)
        share = self.counts.share(gender)
        if self.shares and not self.hidden and share is not None:
            return f"{self.fmt(value)} ({percent_text(share)})"
        return self.fmt(value)

    def total_text(self) -> str:
        return "–" if self.hidden else self.fmt(self.total_value)

    def number(self, value: float) -> int | float:
        return round(value) if self.decimals == 0 else round(value, self.decimals)

    def tabular(self) -> list[tabular.Cell]:
        cells: list[tabular.Cell] = [self.section, self.label]
        for gender in GENDER_ORDER:
            if gender in self.hidden:
                cells.extend([HIDDEN_TEXT, None])
                continue
            share = self.counts.share(gender)
            cells.append(self.number(self.counts.get(gender)))
            cells.append(
                round(share * 100, 1)
                if self.shares and not self.hidden and share is not None
                else None
            )
        cells.append(None if self.hidden else self.number(self.total_value))
        return cells


TABULAR_HEADER = (
    "Avsnitt",
    "Uppgift",
    *(f"{GENDER_SV[g]}{suffix}" for g in GENDER_ORDER for suffix in ("", " %")),
    "Totalt",
)


def _hide(persons: GenderCounts, hide_small: bool) -> frozenset[Gender]:
    return hidden_genders(persons) if hide_small else frozenset()


def _hours(value: float) -> str:
    return hours_text(value)


def r1_rows(f: FourRFigures, hide_small: bool) -> list[Row]:
    r1 = f.r1
    steps = {
        "enrolled": r1.enrolled,
        "waitlisted": r1.waitlisted,
        "attended": r1.attended,
        "completed": r1.completed,
        "no_show": r1.no_show,
        "leaders": r1.leaders,
    }
    rows = [
        Row("R1", STEPS_SV[key], counts, hidden=_hide(counts, hide_small))
        for key, counts in steps.items()
    ]
    rows.extend(
        Row(
            "R1 roll",
            f"Roll: {ROLES_SV.get(role.role, role.role.value)}",
            role.counts,
            hidden=_hide(role.counts, hide_small),
        )
        for role in r1.roles
    )
    return rows


def board_rows(f: FourRFigures, names: dict[str, str], hide_small: bool) -> list[Row]:
    return [
        Row(
            "R1 nätverksstyrelse",
            f"{_region_words(board.region_code, names)}: {board.network_name}",
            board.counts,
            hidden=_hide(board.counts, hide_small),
        )
        for board in f.r1.network_boards
    ]


def r2_rows(f: FourRFigures, hide_small: bool) -> list[Row]:
    r2 = f.r2
    persons_hidden = _hide(r2.attended_persons, hide_small)
    persons = r2.attended_persons.total
    return [
        Row("R2", "Närvarotimmar", r2.attended_hours, _hours, persons_hidden, decimals=2),
        Row("R2", "Personer som deltog", r2.attended_persons, persons_text, persons_hidden),
        Row(
            "R2",
            "Timmar per person",
            r2.hours_per_person,
            _hours,
            persons_hidden,
            shares=False,
            total=r2.attended_hours.total / persons if persons else 0.0,
            decimals=2,
        ),
        Row(
            "R2",
            "Budget fördelad på deltagartimmar (kr)",
            r2.budget_sek,
            money_text,
            persons_hidden,
            decimals=2,
        ),
        Row(
            "R2",
            "Kursledartimmar",
            r2.leader_hours,
            _hours,
            _hide(f.r1.leaders, hide_small),
            decimals=2,
        ),
    ]


def area_rows(f: FourRFigures, hide_small: bool) -> list[Row]:
    """Hours per competence area, hidden for the genders whose attending persons in the whole
    unit are few (persons are not counted per area, and a narrower group is never larger)."""
    hidden = _hide(f.r2.attended_persons, hide_small)
    return [
        Row(
            "R2 kompetensområde",
            f"{area.area_code} {area.area_name}",
            area.hours,
            _hours,
            hidden,
            decimals=2,
        )
        for area in f.r2.area_hours
    ]


# -- the unit in words ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UnitWords:
    label: str  # "Region SE11 Stockholm", "Kursen ”Kurs C1” (SE11 Stockholm)" …
    region_code: str | None  # for the header: the region the unit lies in, if one


def _region_words(code: str, names: dict[str, str]) -> str:
    name = names.get(code)
    return f"{code} {name}" if name else code


def unit_words(db: Database, unit: FourRUnit, region_code: str | None) -> UnitWords:
    """The unit named in words; an unknown region, course or area is refused (report.*)."""
    with UnitOfWork(db) as uow:
        s = uow.session
        if unit.kind is not FourRUnitKind.PROGRAMME and not entries_store.unit_exists(s, unit):
            raise ReportError(
                f"there is no {unit.kind.value.replace('_', ' ')} {unit.key!r}",
                "unit",
                code="report.not_found",
                params={"kind": unit.kind.value, "key": unit.key},
            )
        if unit.kind is FourRUnitKind.PROGRAMME:
            return UnitWords("Hela programmet", region_code)
        if unit.kind is FourRUnitKind.REGION:
            region = s.get(Region, unit.key)
            name = region.name_sv if region is not None else ""
            return UnitWords(f"Region {unit.key} {name}".strip(), unit.key)
        if unit.kind is FourRUnitKind.COMPETENCE_AREA:
            area = s.get(CompetenceArea, unit.key)
            name = area.name_sv if area is not None else ""
            return UnitWords(f"Kompetensområde {unit.key} {name}".strip(), region_code)
        course = s.get(Course, unit.key)
        assert course is not None
        region = s.get(Region, course.region_code)
        where = f"{course.region_code} {region.name_sv}" if region else course.region_code
        return UnitWords(f"Kursen ”{course.title}” ({where})", course.region_code)


def _region_names(db: Database) -> dict[str, str]:
    with UnitOfWork(db) as uow:
        return {c.code: c.name for c in entries_store.region_choices(uow.session, None)}


# -- writing --------------------------------------------------------------------------------
def write(
    db: Database,
    request: ReportRequest,
    path: str,
    *,
    now: dt.datetime | None = None,
) -> ReportResult:
    """The 4R report of `request.unit` (None: the programme) in `request.period`.

    `now` decides which enrolled persons are no-shows and which actions are overdue.
    """
    chosen = format_for(path, ALLOWED)
    unit = request.unit or PROGRAMME
    words = unit_words(db, unit, request.region_code)
    moment = now or dt.datetime.now()
    figures = fourr.figures(db, unit, request.period, now=moment)
    names = _region_names(db)
    notes = _notes(figures)
    rows = [
        *r1_rows(figures, request.hide_small),
        *board_rows(figures, names, request.hide_small),
        *r2_rows(figures, request.hide_small),
        *area_rows(figures, request.hide_small),
    ]
    if chosen is ReportFormat.CSV:
        count = tabular.write_csv(path, TABULAR_HEADER, [r.tabular() for r in rows])
        return ReportResult(path, chosen, count, notes)
    if chosen is ReportFormat.XLSX:
        count = tabular.write_xlsx(
            path, TABULAR_HEADER, [r.tabular() for r in rows], sheet_title=SHEET_TITLE
        )
        return ReportResult(path, chosen, count, notes)

    header = report_header.header(db, request.period, words.region_code, now=moment)
    found = fourr_entries.entries(db, unit, request.period)
    story = _story(figures, found, words, names, request, moment, notes)
    info = document_info(
        TITLE, f"4R-analys: {words.label}, {period_text(request.period)}", header, ("4R",)
    )
    pages = pdf_base.build_pdf(path, story, info)
    return ReportResult(path, chosen, pages, notes)


def _notes(f: FourRFigures) -> tuple[str, ...]:
    if f.courses == 0:
        return (
            "Ingen kurs i enheten började under perioden: alla siffror som räknas fram ur "
            "registret är noll.",
        )
    return ()


def _figure_table(rows: Sequence[Row], first: str = "Uppgift") -> Flowable:
    return data_table(
        [first, *(GENDER_SV[g] for g in GENDER_ORDER), "Totalt"],
        [[r.label, *(r.cell(g) for g in GENDER_ORDER), r.total_text()] for r in rows],
        widths=[2.6, 1.4, 1.4, 1.4, 1.4, 1.1],
    )


def _paragraph(value: str) -> Flowable:
    return text(value, pdf_base.styles().body)


def _small(value: str) -> Flowable:
    return text(value, pdf_base.styles().small)


def _valid(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "Alla perioder"
    if end is None:
        return f"Från {date_text(start)}"
    if start is None:
        return f"Till och med {date_text(end)}"
    return f"{date_text(start)} – {date_text(end)}"


def _story(
    f: FourRFigures,
    found: FourREntries,
    words: UnitWords,
    names: dict[str, str],
    request: ReportRequest,
    moment: dt.datetime,
    notes: tuple[str, ...],
) -> list[Flowable]:
    st = pdf_base.styles()
    hide = request.hide_small
    story: list[Flowable] = [
        text(TITLE, st.title),
        text(words.label, st.subtitle),
        text(f"Period: {period_text(request.period)}", st.subtitle),
        Spacer(1, 2 * mm),
        _paragraph(
            f"Siffrorna vilar på {f.courses} "
            f"{'kurs' if f.courses == 1 else 'kurser'} "
            f"(kurser som inte är borttagna och vars första kurstillfälle ligger i perioden; "
            f"en kurs räknas hel i den period då den börjar). "
            f"Räknat {f.counted_at:%Y-%m-%d %H:%M}."
        ),
    ]
    if hide:
        story.append(
            _paragraph(
                "Antal under 5 är dolda: en grupp på en till fyra personer visas som ”< 5”, "
                "och gruppens timmar och pengar döljs med den. En rad med en dold grupp visar "
                "varken andelar eller totalt, eftersom de skulle avslöja det dolda antalet."
            )
        )
    story.extend(_paragraph(note) for note in notes)

    # R1
    story.extend(pdf_base.heading("R1 Representation"))
    story.append(_small("Varje person räknas en gång per uppgift, hur många kurser hen än gått."))
    rows = r1_rows(f, hide)
    story.append(_figure_table(rows))
    by_label = {r.label: r for r in rows}
    for key in CHARTED_STEPS:
        row = by_label[STEPS_SV[key]]
        story.append(Spacer(1, 3 * mm))
        story.append(
            charts.gender_bar_chart(
                f"{row.label} efter kön", row.counts, hidden=row.hidden, value_text=row.fmt
            )
        )

    story.extend(pdf_base.heading("Regionala nätverksstyrelser"))
    boards = board_rows(f, names, hide)
    if boards:
        story.append(_figure_table(boards, "Nätverk"))
    else:
        story.append(_paragraph("Ingen nätverksstyrelse är registrerad för den här enheten."))

    story.extend(pdf_base.heading("Räknat för hand (organ utanför registret)"))
    story.append(_counts_table(found.r1_counts, hide))

    # R2
    story.extend(pdf_base.heading("R2 Resurser"))
    r2 = r2_rows(f, hide)
    story.append(_figure_table(r2))
    story.append(Spacer(1, 2 * mm))
    story.append(
        _paragraph(
            "Budget för kurser utan deltagare (kan inte fördelas på kön): "
            f"{money_text(f.r2.budget_unallocated_sek)}."
        )
    )
    story.append(
        _paragraph(
            "Timmar för kurstillfällen utan registrerad kursledare: "
            f"{hours_text(f.r2.leader_hours_unrecorded)}."
        )
    )
    hours = r2[0]
    story.append(Spacer(1, 3 * mm))
    story.append(
        charts.gender_bar_chart(
            "Närvarotimmar efter kön", hours.counts, hidden=hours.hidden, value_text=hours_text
        )
    )
    story.extend(pdf_base.heading("Närvarotimmar per kompetensområde"))
    areas = area_rows(f, hide)
    if areas:
        story.append(
            _small(
                "En kurs med två kompetensområden räknar sina timmar under båda, så områdena "
                "kan tillsammans bli fler timmar än totalen."
            )
        )
        story.append(_figure_table(areas, "Kompetensområde"))
    else:
        story.append(_paragraph("Inga närvarotimmar i något kompetensområde under perioden."))

    story.extend(pdf_base.heading("Resurser registrerade för hand (pengar, tid, lokaler)"))
    story.append(_resources_table(found.r2_resources))

    # R3
    story.extend(pdf_base.heading("R3 Realia"))
    story.extend(_r3(found.r3_versions))

    # R4
    story.extend(pdf_base.heading("R4 Realisering"))
    story.extend(_r4(found.r4_actions, moment.date()))
    return story


def _counts_table(records: Sequence[R1CountRecord], hide: bool) -> Flowable:
    if not records:
        return _paragraph("Inga organ utanför registret är räknade för den här enheten.")
    data = []
    for record in records:
        row = Row(
            "R1 räknat för hand", record.body_name, record.counts, hidden=_hide(record.counts, hide)
        )
        data.append(
            [
                BODIES_SV.get(record.body, record.body.value),
                record.body_name,
                date_text(record.counted_on),
                *(row.cell(g) for g in GENDER_ORDER),
                row.total_text(),
                _valid(record.period_start, record.period_end),
            ]
        )
    return data_table(
        ["Organ", "Namn", "Räknat den", *(GENDER_SV[g] for g in GENDER_ORDER), "Totalt", "Gäller"],
        data,
        widths=[1.2, 1.9, 1.5, 1.0, 1.0, 1.0, 1.1, 0.9, 1.4],
    )


def _amount(value: float) -> str:
    return charts.number_text(value, 0 if float(value).is_integer() else 2)


def _resources_table(records: Sequence[R2ResourceRecord]) -> Flowable:
    if not records:
        return _paragraph("Inga resurser är registrerade för hand för den här enheten.")
    data = []
    for record in records:
        counts = record.counts
        data.append(
            [
                RESOURCES_SV.get(record.kind, record.kind.value),
                record.description,
                date_text(record.recorded_on),
                *(_amount(counts.get(g)) for g in GENDER_ORDER),
                _amount(counts.total),
                record.unit_label,
                _valid(record.period_start, record.period_end),
            ]
        )
    return data_table(
        [
            "Typ",
            "Beskrivning",
            "Registrerad den",
            *(GENDER_SV[g] for g in GENDER_ORDER),
            "Totalt",
            "Enhet",
            "Gäller",
        ],
        data,
        widths=[0.9, 1.7, 1.5, 1.0, 1.0, 1.0, 1.1, 1.0, 0.8, 1.4],
    )


def _r3(versions: Sequence[R3Version]) -> list[Flowable]:
    if not versions:
        return [
            _paragraph("Ingen version av analysen har sparats för den här enheten och perioden.")
        ]
    newest = max(versions, key=lambda v: v.version)
    st = pdf_base.styles()
    story: list[Flowable] = [
        _paragraph(
            f"Version {newest.version}, skriven {newest.written_at:%Y-%m-%d %H:%M} "
            f"av {newest.author or 'okänd'}."
            + (f" Tidigare versioner: {len(versions) - 1}." if len(versions) > 1 else "")
        )
    ]
    for attribute, question in R3_QUESTIONS:
        answer = getattr(newest, attribute) or "(inget svar)"
        story.append(
            KeepTogether([Spacer(1, 2 * mm), text(question, st.cell_header), text(answer, st.body)])
        )
    return story


def _r4(actions: Sequence[R4ActionRecord], today: dt.date) -> list[Flowable]:
    if not actions:
        return [_paragraph("Inga åtgärder är registrerade för den här enheten.")]
    overdue = [a for a in actions if a.is_overdue(today)]
    summary = (
        f"{len(overdue)} {'åtgärd är försenad' if len(overdue) == 1 else 'åtgärder är försenade'}: "
        "fortfarande öppna efter sista datum."
        if overdue
        else "Ingen åtgärd är försenad."
    )
    data = []
    for action in actions:
        status = STATUS_SV.get(action.status, action.status.value)
        if action.is_overdue(today):
            status = f"{status} – {OVERDUE_SV}"
        data.append(
            [
                action.what,
                action.owner,
                date_text(action.due_on) or "inget datum",
                status,
                action.finding or "",
                action.follow_up_note or "",
            ]
        )
    return [
        _paragraph(summary),
        Spacer(1, 2 * mm),
        data_table(
            ["Vad", "Vem", "Klart senast", "Status", "Iakttagelse", "Uppföljning"],
            data,
            widths=[2.4, 1.3, 1.1, 1.3, 2.0, 2.0],
        ),
    ]
