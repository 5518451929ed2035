"""Måluppföljning: the programme's targets against their values, per region, with the regions'
standing, the milestones and the transnational activities (PDF); the targets by region as CSV
or XLSX.

What each measure counts is in docs/fourr-and-targets.md. The targets are counted over the
whole project (they have no period); a regional installation counts its own region only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from soul_desktop.domain.enums import MilestoneStatus
from soul_desktop.domain.fourr import WHOLE_TIME
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    ReportRequest,
    ReportResult,
    format_for,
)
from soul_desktop.domain.targets import (
    NATIONAL_AREA_COUNT,
    ActivityProgress,
    Measure,
    MilestoneRecord,
    RegionStanding,
    TargetProgress,
    TargetScope,
    TargetsOverview,
)
from soul_desktop.reports import pdf_base, tabular
from soul_desktop.reports.common import document_info
from soul_desktop.reports.pdf_base import data_table, date_text, text
from soul_desktop.services import planning, report_header, targets
from soul_desktop.storage import fourr_entries as entries_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

ALLOWED = (ReportFormat.PDF, ReportFormat.CSV, ReportFormat.XLSX)
TITLE = "Måluppföljning"
SHEET_TITLE = "Mål per region"

MEASURES_SV = {
    Measure.COMPLETED_ALL_OR_PART.value: "personer som har genomfört hela eller delar av "
    "programmet (minst en utbildning)",
    Measure.ATTENDED.value: "personer som har deltagit i minst ett kurstillfälle",
    Measure.REGIONS_WITH_NETWORK.value: "regioner som har bildat ett regionalt nätverk",
    Measure.REGIONS_COVERING_AREAS.value: "regioner vars utbildningar täcker alla "
    f"{NATIONAL_AREA_COUNT} nationella kompetensområden",
}
SCOPES_SV = {
    TargetScope.COLLABORATING.value: "de samverkande regionerna",
    TargetScope.OTHER.value: "övriga regioner",
    TargetScope.ALL.value: "alla regioner",
}
MILESTONES_SV = {
    MilestoneStatus.NOT_STARTED: "Inte påbörjad",
    MilestoneStatus.IN_PROGRESS: "Pågår",
    MilestoneStatus.ACHIEVED: "Uppnådd",
}
ACTIVITY_KINDS_SV = {
    "study_trip": "studieresa",
    "training": "utbildning",
    "coordination": "samordning",
    "conference": "konferens",
    "course": "kurs",
    "workshop": "workshop",
    "seminar": "seminarium",
}
TABULAR_HEADER = (
    "Mål",
    "Kod",
    "Målet",
    "Region",
    "Regionnamn",
    "Värde",
    "Målvärde",
    "Uppnått",
)
TOTAL_ROW = "Totalt"
# Measures that count regions: a region's value is 1 when it counts towards the target.
REGION_MEASURES = frozenset(
    {Measure.REGIONS_WITH_NETWORK.value, Measure.REGIONS_COVERING_AREAS.value}
)


def reached_text(target: TargetProgress) -> str:
    """ "Uppnått", "Ej uppnått: 166 kvar", or that this version does not count it."""
    if not target.known_measure:
        return "Räknas inte av den här versionen"
    if target.reached:
        return "Uppnått"
    return f"Ej uppnått: {target.target - target.value} kvar"


def _region_words(code: str, names: dict[str, str]) -> str:
    name = names.get(code)
    return f"{code} {name}" if name else code


def _region_names(db: Database) -> dict[str, str]:
    with UnitOfWork(db) as uow:
        return {c.code: c.name for c in entries_store.region_choices(uow.session, None)}


def _area_names(db: Database) -> dict[str, str]:
    return {a.code: a.name_sv for a in planning.area_choices(db, None)}


def tabular_rows(overview: TargetsOverview, names: dict[str, str]) -> list[list[tabular.Cell]]:
    """Each target's total (against its value) and then its regions (against the nominal)."""
    rows: list[list[tabular.Cell]] = []
    for t in overview.targets:
        rows.append(
            [
                t.goal,
                t.code,
                t.text_sv,
                TOTAL_ROW,
                "",
                t.value if t.known_measure else None,
                t.target,
                t.reached if t.known_measure else None,
            ]
        )
        for region in t.regions:
            rows.append(
                [
                    t.goal,
                    t.code,
                    t.text_sv,
                    region.region_code,
                    names.get(region.region_code, ""),
                    region.value,
                    region.nominal,
                    None if region.nominal is None else region.value >= region.nominal,
                ]
            )
    return rows


def write(
    db: Database,
    request: ReportRequest,
    path: str,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> ReportResult:
    """The target report; `request.region_code` narrows the regions shown (the targets' totals
    stay the programme's). `today` decides which networks are formed."""
    chosen = format_for(path, ALLOWED)
    names = _region_names(db)
    if request.region_code is not None and request.region_code not in names:
        raise ReportError(
            f"there is no region {request.region_code!r}",
            "region",
            code="report.not_found",
            params={"kind": "region", "key": request.region_code},
        )
    overview = targets.overview(db, today=today)
    if request.region_code is not None:
        overview = _narrowed(overview, request.region_code)
    notes = _notes(overview, request)
    if chosen is ReportFormat.CSV:
        count = tabular.write_csv(path, TABULAR_HEADER, tabular_rows(overview, names))
        return ReportResult(path, chosen, count, notes)
    if chosen is ReportFormat.XLSX:
        count = tabular.write_xlsx(
            path, TABULAR_HEADER, tabular_rows(overview, names), sheet_title=SHEET_TITLE
        )
        return ReportResult(path, chosen, count, notes)
    region = request.region_code or overview.region_code
    header = report_header.header(db, WHOLE_TIME, region, now=now)
    story = _story(overview, names, _area_names(db), notes, now or overview.counted_at)
    info = document_info(TITLE, "Måluppföljning: målen, regionerna och milstolparna", header)
    pages = pdf_base.build_pdf(path, story, info)
    return ReportResult(path, chosen, pages, notes)


def _narrowed(overview: TargetsOverview, code: str) -> TargetsOverview:
    return replace(
        overview,
        targets=tuple(
            replace(t, regions=tuple(r for r in t.regions if r.region_code == code))
            for t in overview.targets
        ),
        regions=tuple(r for r in overview.regions if r.region_code == code),
        activities=tuple(
            replace(a, regions=tuple(r for r in a.regions if r.region_code == code))
            for a in overview.activities
        ),
    )


def _notes(overview: TargetsOverview, request: ReportRequest) -> tuple[str, ...]:
    notes: list[str] = []
    if request.period != WHOLE_TIME:
        notes.append("Målen räknas över hela projektet; den valda perioden används inte.")
    if not overview.targets:
        notes.append("Projektprofilen anger inga mål.")
    elif all(t.value == 0 for t in overview.targets):
        notes.append("Inget av målen har något värde ännu: inga deltagare eller nätverk räknade.")
    return tuple(notes)


def _paragraph(value: str) -> Flowable:
    return text(value, pdf_base.styles().body)


def _story(
    overview: TargetsOverview,
    names: dict[str, str],
    areas: dict[str, str],
    notes: tuple[str, ...],
    moment: dt.datetime,
) -> list[Flowable]:
    st = pdf_base.styles()
    scope = (
        "Det här kontoret räknar bara sin egen region "
        f"({_region_words(overview.region_code, names)})."
        if overview.region_code
        else "Det centrala kansliet räknar hela programmet, med dubbletter av personer "
        "sammanslagna: en person som deltagit i två regioner räknas i båda regionernas rader "
        "och en gång i målets totala värde."
    )
    story: list[Flowable] = [
        text(TITLE, st.title),
        text(
            "Målen, regionernas läge, milstolparna och de transnationella aktiviteterna",
            st.subtitle,
        ),
        Spacer(1, 2 * mm),
        _paragraph(f"Räknat {moment:%Y-%m-%d %H:%M}. {scope}"),
    ]
    story.extend(_paragraph(note) for note in notes)

    story.extend(pdf_base.heading("Målen"))
    story.extend(_targets(overview.targets, names))
    story.extend(pdf_base.heading("Regionernas läge"))
    story.append(_standings(overview.regions, areas))
    story.extend(pdf_base.heading("Milstolpar för mål 2 och 3"))
    story.append(_milestones(overview.milestones))
    story.extend(pdf_base.heading("Transnationella aktiviteter"))
    story.extend(_activities(overview.activities, overview.regions, names))
    return story


def _targets(items: Sequence[TargetProgress], names: dict[str, str]) -> list[Flowable]:
    if not items:
        return [_paragraph("Projektprofilen anger inga mål.")]
    story: list[Flowable] = [
        data_table(
            ["Mål", "Målet", "Räknar", "Målvärde", "Värde", "Läge"],
            [
                [
                    f"Mål {t.goal}",
                    t.text_sv,
                    MEASURES_SV.get(t.measure, t.measure)
                    + (f", i {SCOPES_SV.get(t.scope, t.scope)}" if t.scope else ""),
                    str(t.target),
                    str(t.value) if t.known_measure else "–",
                    reached_text(t),
                ]
                for t in items
            ],
            widths=[0.7, 3.0, 2.2, 0.9, 0.8, 1.4],
        )
    ]
    for t in items:
        if not t.regions:
            continue
        region_measure = t.measure in REGION_MEASURES
        rows = []
        for region in t.regions:
            if region_measure:
                standing = "Räknas mot målet" if region.value else "Räknas inte än"
            elif region.nominal is None:
                standing = ""
            elif region.value >= region.nominal:
                standing = "Nominell andel nådd"
            else:
                standing = f"{region.nominal - region.value} kvar till nominell andel"
            rows.append(
                [
                    _region_words(region.region_code, names),
                    str(region.value),
                    "–" if region.nominal is None else f"ca {region.nominal}",
                    standing,
                ]
            )
        story.append(
            KeepTogether(
                [
                    Spacer(1, 3 * mm),
                    text(f"Mål {t.goal}: {t.text_sv}", pdf_base.styles().cell_header),
                    data_table(
                        ["Region", "Värde", "Nominell andel", "Läge"],
                        rows,
                        widths=[3.0, 1.0, 1.4, 2.6],
                    ),
                ]
            )
        )
    return story


def _standings(regions: Sequence[RegionStanding], areas: dict[str, str]) -> Flowable:
    if not regions:
        return _paragraph("Inga regioner att visa.")
    rows = []
    for r in regions:
        if r.has_network:
            network = f"{r.network_name or 'Nätverk'}, bildat {date_text(r.network_formed_on)}"
        elif r.network_name:
            network = f"Nej ({r.network_name} är inte bildat än)"
        else:
            network = "Nej, inget regionalt nätverk"
        covered = f"{len(r.areas_covered)} av {NATIONAL_AREA_COUNT}"
        if not r.areas_covered:
            covered = f"{covered}: inget nationellt kompetensområde täckt"
        elif r.areas_missing:
            missing = ", ".join(f"{code} {areas.get(code, '')}".strip() for code in r.areas_missing)
            covered = f"{covered}; saknas: {missing}"
        else:
            covered = f"{covered}: alla täckta"
        rows.append(
            [
                f"{r.region_code} {r.region_name}",
                "Samverkande" if r.collaborating else "Övrig",
                str(r.completed_persons),
                str(r.attended_persons),
                network,
                covered,
            ]
        )
    return data_table(
        ["Region", "Typ", "Genomfört", "Deltagit", "Nätverk bildat", "Kompetensområden"],
        rows,
        widths=[1.5, 1.3, 1.2, 1.0, 1.7, 3.0],
    )


def _milestones(items: Sequence[MilestoneRecord]) -> Flowable:
    if not items:
        return _paragraph("Projektprofilen anger inga milstolpar.")
    return data_table(
        ["Mål", "Milstolpe", "Status", "Underlag"],
        [
            [
                f"Mål {m.goal}",
                m.text_sv,
                MILESTONES_SV.get(m.status, m.status.value),
                m.evidence_note or "inget",
            ]
            for m in items
        ],
        widths=[0.7, 3.6, 1.1, 2.8],
    )


def _activities(
    items: Sequence[ActivityProgress], regions: Sequence[RegionStanding], names: dict[str, str]
) -> list[Flowable]:
    if not items:
        return [_paragraph("Projektprofilen anger inga transnationella aktiviteter.")]
    story: list[Flowable] = [
        data_table(
            ["Aktivitet", "Typ", "Genomförda", "Kvot per region", "Deltagare totalt"],
            [
                [
                    f"{a.code} {a.title_sv}",
                    ACTIVITY_KINDS_SV.get(a.kind, a.kind),
                    str(a.occurrences_held)
                    if a.occurrences_planned is None
                    else f"{a.occurrences_held} av {a.occurrences_planned}",
                    f"{a.participants_per_region} "
                    f"{'person' if a.participants_per_region == 1 else 'personer'}",
                    str(sum(r.participants for r in a.regions)),
                ]
                for a in items
            ],
            widths=[3.4, 1.2, 1.3, 1.2, 1.2],
        ),
        Spacer(1, 3 * mm),
        text("Deltagare per region, av kvoten", pdf_base.styles().cell_header),
    ]
    codes = [r.region_code for r in regions] or sorted(
        {r.region_code for a in items for r in a.regions}
    )
    by_activity = {a.code: {r.region_code: r.participants for r in a.regions} for a in items}
    rows = [
        [
            _region_words(code, names),
            *(f"{by_activity[a.code].get(code, 0)} av {a.participants_per_region}" for a in items),
        ]
        for code in codes
    ]
    story.append(
        data_table(["Region", *(a.code for a in items)], rows, widths=[3.0, *([1.0] * len(items))])
    )
    return story
