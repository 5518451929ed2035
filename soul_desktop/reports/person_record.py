"""The register extract (GDPR right of access) as a readable PDF in Swedish, and its file export.

The layout follows the record's sections; every value the JSON extract holds appears here
too, in words a participant can read (codes such as "isced_5_8" are written out).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.gdpr import ChangeMark, PersonalRecord, PersonData
from soul_desktop.reports import pdf_base
from soul_desktop.reports.pdf_base import data_table, date_text, field_table, text, time_text
from soul_desktop.services import gdpr

TITLE = "Registerutdrag"
SUBTITLE = "Dina personuppgifter enligt artikel 15 i dataskyddsförordningen (GDPR)"

YES_NO = {True: "ja", False: "nej"}
GENDERS = {"woman": "kvinna", "man": "man", "other": "annat", "not_stated": "ej angivet"}
ROLES = {
    "board_member": "styrelseledamot",
    "manager": "chef/verksamhetsledare",
    "employee": "anställd",
    "volunteer": "volontär/ideell",
    "course_leader": "kursledare",
    "other": "annan roll",
    "not_stated": "ej angiven",
}
EMPLOYMENT = {
    "employed": "anställd",
    "self_employed": "egenföretagare",
    "unemployed": "arbetslös",
    "inactive": "utanför arbetskraften",
    "not_stated": "ej angiven",
}
EDUCATION = {
    "isced_0_2": "förgymnasial (ISCED 0–2)",
    "isced_3_4": "gymnasial (ISCED 3–4)",
    "isced_5_8": "eftergymnasial (ISCED 5–8)",
    "not_stated": "ej angiven",
}
DISABILITY = {"yes": "ja", "no": "nej", "not_stated": "ej angivet"}
NEEDS = {
    "step_free_access": "entré utan trappsteg",
    "parking_nearby": "parkering i närheten",
    "hearing_loop": "hörslinga",
    "accessible_toilet": "tillgänglig toalett (RWC)",
    "allergy_safe": "allergianpassad miljö",
    "sign_language_interpreter": "teckenspråkstolk",
    "audio_description": "syntolkning",
    "special_diet": "specialkost",
    "alternative_formats": "alternativa format",
    "breaks": "pauser",
}
ENROLMENT_STATUS = {
    "enrolled": "anmäld",
    "waitlisted": "på reservlista",
    "offered": "erbjuden plats",
    "withdrawn": "avanmäld",
}
ATTENDANCE_STATUS = {
    "present": "närvarande",
    "absent": "frånvarande",
    "excused": "giltig frånvaro",
    "partial": "delvis närvarande",
}
INSTALLATION_ROLES = {
    "central": "centralt kansli",
    "regional": "regionkontor",
    "leader": "kursledarens dator",
}
ORGANISATION_KINDS = {
    "social_economy": "social ekonomi",
    "public_sector": "offentlig sektor",
    "union": "fackförbund",
    "employer_organisation": "arbetsgivarorganisation",
    "other": "annan",
}
REVIEW_KINDS = {
    "conflict": "ändrat på två ställen",
    "edited_after_delete": "ändrat efter borttagning",
}
TABLES = {
    "person": "person",
    "enrolment": "anmälan",
    "enrolment_status_change": "anmälans historik",
    "attendance": "närvaro",
    "course_leader": "kursledare",
    "network_board_member": "styrelseplats",
}
FIELDS = {
    "id": "Id",
    "partition": "Region",
    "first_name": "Förnamn",
    "last_name": "Efternamn",
    "gender": "Kön",
    "birth_year": "Födelseår",
    "personnummer": "Personnummer",
    "email": "E-post",
    "phone": "Telefon",
    "organisation_id": "Organisation",
    "municipality_code": "Kommun",
    "role": "Roll i organisationen",
    "employment_status": "Sysselsättning",
    "education_band": "Utbildning",
    "accessibility_needs": "Tillgänglighetsbehov",
    "accessibility_note": "Om behoven",
    "disability": "Funktionsnedsättning",
    "consent_date": "Datum för samtycke",
    "declined_personnummer": "Vill inte uppge personnummer",
    "declined_education": "Vill inte uppge utbildning",
    "declined_employment": "Vill inte uppge sysselsättning",
    "declined_disability": "Vill inte svara om funktionsnedsättning",
    "declined_accessibility": "Vill inte uppge tillgänglighetsbehov",
    "merged_into_id": "Sammanslagen med",
    "deleted": "Borttagen",
    "erased_at": "Raderad",
    "note": "Anteckning",
    "name": "Namn",
    "status": "Status",
    "minutes": "Minuter",
}
NOTHING = "Inga uppgifter."


def _word(table: dict[str, str], value: str) -> str:
    return table.get(value, value)


def _optional(value: object) -> str:
    return "" if value is None else str(value)


def _deleted(label: str, deleted: bool) -> str:
    """A row that was deleted (a tombstone still held) says so beside its first column."""
    return f"{label} (borttagen)" if deleted else label


# Coded fields a review item may hold, with the words for their codes.
_CODED_FIELDS = {
    "gender": GENDERS,
    "role": ROLES,
    "employment_status": EMPLOYMENT,
    "education_band": EDUCATION,
    "disability": DISABILITY,
    "status": {**ENROLMENT_STATUS, **ATTENDANCE_STATUS},
}


def _review_value(field: str, canonical_json: str) -> str:
    """A review item's stored value (canonical JSON) in words: "kvinna", not "\"woman\""."""
    try:
        value = json.loads(canonical_json)
    except ValueError:
        return canonical_json
    if value is None or value == "":
        return "(tomt)"
    if isinstance(value, bool):
        return YES_NO[value]
    if isinstance(value, str):
        return _CODED_FIELDS.get(field, {}).get(value, value)
    return str(value)


def _who(mark: ChangeMark) -> str:
    return mark.installation_name or mark.installation_id


def _when_who(mark: ChangeMark) -> str:
    return f"{time_text(mark.changed_at)}, {_who(mark)}"


def _person_fields(person: PersonData) -> list[tuple[str, str]]:
    municipality = person.municipality_code or ""
    if person.municipality_name:
        municipality = f"{person.municipality_name} ({person.municipality_code})"
    needs = ", ".join(_word(NEEDS, n) for n in person.accessibility_needs) or "inga angivna"
    pairs = [
        ("Förnamn", person.first_name),
        ("Efternamn", person.last_name),
        ("Person-id", person.id),
        ("Region", person.partition),
        ("Kön", _word(GENDERS, person.gender)),
        ("Födelseår", _optional(person.birth_year)),
        ("Personnummer", person.personnummer or ""),
        ("Personnummer som nyckelhash (för dubblettsökning)", person.personnummer_hash or ""),
        ("E-post", person.email or ""),
        ("Telefon", person.phone or ""),
        ("Kommun", municipality),
        ("Roll i organisationen", _word(ROLES, person.role)),
        ("Sysselsättning", _word(EMPLOYMENT, person.employment_status)),
        ("Utbildning", _word(EDUCATION, person.education_band)),
        ("Tillgänglighetsbehov", needs),
        ("Om behoven", person.accessibility_note or ""),
        ("Funktionsnedsättning", _word(DISABILITY, person.disability)),
        ("Datum för samtycke", date_text(person.consent_date)),
    ]
    pairs.extend(
        (FIELDS[name], YES_NO[getattr(person, name)])
        for name in (
            "declined_personnummer",
            "declined_education",
            "declined_employment",
            "declined_disability",
            "declined_accessibility",
        )
    )
    pairs.extend(
        [
            ("Sammanslagen med", person.merged_into_id or ""),
            ("Borttagen ur registret", YES_NO[person.deleted]),
            ("Personuppgifterna raderade", time_text(person.erased_at) or "nej"),
            ("Senast ändrad", _when_who(person.last_change)),
        ]
    )
    return pairs


def _section(title: str, content: Iterable[Flowable] | None) -> list[Flowable]:
    flowables = list(content or ())
    return [*pdf_base.heading(title), *(flowables or [text(NOTHING, pdf_base.styles().body)])]


def _table_or_nothing(
    header: Sequence[str], rows: list[list[str]], widths: Sequence[float]
) -> list[Flowable]:
    return [data_table(header, rows, widths)] if rows else []


def _story(record: PersonalRecord) -> list[Flowable]:
    style = pdf_base.styles()
    person = record.person
    source = record.installation
    region = f", {source.region_code}" if source.region_code else ""
    story: list[Flowable] = [
        text(TITLE, style.title),
        text(SUBTITLE, style.subtitle),
        Spacer(1, 3 * mm),
        text(
            f"{gdpr.PROGRAMME}. Programmet finansieras av {gdpr.FUNDER}. Utdraget visar allt "
            "som den här installationen av SOUL Desktop har sparat om personen, också "
            "uppgifter som tagits bort men ännu finns kvar.",
            style.body,
        ),
        Spacer(1, 3 * mm),
        field_table(
            [
                ("Person", f"{person.first_name} {person.last_name}"),
                ("Utdraget skapat", time_text(record.generated_at)),
                (
                    "Av installationen",
                    f"{source.name} ({_word(INSTALLATION_ROLES, source.role)}{region})",
                ),
                ("Installationens id", source.id),
            ]
        ),
    ]
    story += _section("Personuppgifter", [field_table(_person_fields(person))])
    if person.field_changes:
        story.append(Spacer(1, 2 * mm))
        story.append(text("Fält som ändrats vid andra tillfällen än resten:", style.body))
        story.append(
            data_table(
                ["Fält", "Ändrat", "Av"],
                [
                    [
                        FIELDS.get(c.field, c.field),
                        time_text(c.change.changed_at),
                        _who(c.change),
                    ]
                    for c in person.field_changes
                ],
                [3, 2, 3],
            )
        )
    if record.duplicates:
        duplicates: list[Flowable] = [
            text(
                "Personen fanns registrerad mer än en gång; posterna har slagits samman. "
                "Så här ser de sammanslagna posterna ut:",
                style.body,
            )
        ]
        for duplicate in record.duplicates:
            duplicates += [Spacer(1, 2 * mm), field_table(_person_fields(duplicate))]
        story += _section("Sammanslagna dubbletter", duplicates)

    organisation = record.organisation
    story += _section(
        "Organisation",
        [
            field_table(
                [
                    ("Namn", organisation.name),
                    ("Organisationsnummer", organisation.org_number or ""),
                    (
                        "Juridisk form",
                        organisation.legal_form_name or organisation.legal_form_code or "",
                    ),
                    ("Kommun", organisation.municipality_name or ""),
                    ("Slag", _word(ORGANISATION_KINDS, organisation.kind)),
                ]
            )
        ]
        if organisation is not None
        else None,
    )

    story += _section(
        "Anmälningar till kurser",
        _table_or_nothing(
            ["Kurs", "Region", "Status", "Anmäld", "Status sedan", "Drop-in"],
            [
                [
                    _deleted(e.course_title, e.deleted),
                    e.course_region,
                    _word(ENROLMENT_STATUS, e.status),
                    time_text(e.enrolled_at),
                    time_text(e.status_since),
                    YES_NO[e.walk_in],
                ]
                for e in record.enrolments
            ],
            [4.4, 1.3, 1.9, 2.2, 2.2, 1.3],
        ),
    )
    history = [
        [
            _deleted(e.course_title, h.deleted),
            _word(ENROLMENT_STATUS, h.status),
            time_text(h.changed_at),
            h.note or "",
        ]
        for e in record.enrolments
        for h in e.history
    ]
    story += _section(
        "Anmälningarnas historik",
        _table_or_nothing(["Kurs", "Status", "Från", "Anteckning"], history, [4, 2, 2.2, 4]),
    )
    story += _section(
        "Närvaro",
        _table_or_nothing(
            ["Kurs", "Tillfälle", "Status", "Minuter", "Registrerad", "Anteckning"],
            [
                [
                    _deleted(a.course_title, a.deleted),
                    f"{time_text(a.session_starts_at)}–{a.session_ends_at:%H:%M}",
                    _word(ATTENDANCE_STATUS, a.status),
                    str(a.minutes),
                    time_text(a.recorded_at),
                    a.note or "",
                ]
                for a in record.attendance
            ],
            [3.6, 2.6, 1.9, 1.4, 2.2, 3],
        ),
    )
    story += _section(
        "Uppdrag som kursledare",
        _table_or_nothing(
            ["Kurs", "Region", "Gäller"],
            [
                [
                    _deleted(r.course_title, r.deleted),
                    r.course_region,
                    "hela kursen"
                    if r.session_starts_at is None
                    else f"tillfället {time_text(r.session_starts_at)}",
                ]
                for r in record.leader_roles
            ],
            [4, 1.3, 3],
        ),
    )
    story += _section(
        "Styrelseplatser i regionala nätverk",
        _table_or_nothing(
            ["Nätverk", "Region", "Namn", "Kön", "Roll"],
            [
                [
                    _deleted(s.network_name, s.deleted),
                    s.region_code,
                    s.name,
                    _word(GENDERS, s.gender),
                    s.board_role or "",
                ]
                for s in record.board_seats
            ],
            [3, 1.3, 3, 1.5, 2],
        ),
    )
    story += _section(
        "Drop-in (anmäld på plats vid ett kurstillfälle)",
        _table_or_nothing(
            ["Kurs", "Anmäld"],
            [[w.course_title, time_text(w.enrolled_at)] for w in record.walk_ins],
            [4, 2],
        ),
    )
    story += _section(
        "Ärenden för granskning efter synkronisering",
        _table_or_nothing(
            ["Uppgift", "Fält", "Slag", "Behållet värde", "Andra värdet", "Upptäckt", "Klart"],
            [
                [
                    _word(TABLES, i.table_name),
                    FIELDS.get(i.field, i.field),
                    _word(REVIEW_KINDS, i.kind),
                    f"{_review_value(i.field, i.kept_value)} ({_when_who(i.kept)})",
                    f"{_review_value(i.field, i.lost_value)} ({_when_who(i.lost)})",
                    time_text(i.detected_at),
                    YES_NO[i.resolved],
                ]
                for i in record.review_items
            ],
            [1.6, 1.6, 1.8, 3, 3, 2, 1],
        ),
    )
    story += _section(
        "Radering av personuppgifter",
        _table_or_nothing(
            ["Raderat", "Av installationen", "Skäl"],
            [[time_text(e.erased_at), e.installation_name, e.reason] for e in record.erasures],
            [2, 3, 5],
        ),
    )
    story += _section("Vem ändrade uppgifterna och när", [_changes_table(record)])
    story += [
        Spacer(1, 6 * mm),
        text(
            "Tider för ändringar är angivna i den här datorns tidszon. Frågor om utdraget "
            "besvaras av SOUL-programmets personuppgiftsansvarige.",
            style.small,
        ),
    ]
    return story


def _changes_table(record: PersonalRecord) -> Flowable:
    rows = [
        [
            "Personen",
            _who(record.person.last_change),
            time_text(record.person.last_change.changed_at),
        ]
    ]
    rows += [
        [f"Sammanslagen post {d.id[:8]}", _who(d.last_change), time_text(d.last_change.changed_at)]
        for d in record.duplicates
    ]
    for e in record.enrolments:
        rows.append(
            [f"Anmälan: {e.course_title}", _who(e.last_change), time_text(e.last_change.changed_at)]
        )
        rows += [
            [
                f"Historik: {e.course_title}, {_word(ENROLMENT_STATUS, h.status)}",
                _who(h.last_change),
                time_text(h.last_change.changed_at),
            ]
            for h in e.history
        ]
    rows += [
        [
            f"Närvaro: {a.course_title} {time_text(a.session_starts_at)}",
            _who(a.last_change),
            time_text(a.last_change.changed_at),
        ]
        for a in record.attendance
    ]
    rows += [
        [f"Kursledare: {r.course_title}", _who(r.last_change), time_text(r.last_change.changed_at)]
        for r in record.leader_roles
    ]
    rows += [
        [
            f"Styrelseplats: {s.network_name}",
            _who(s.last_change),
            time_text(s.last_change.changed_at),
        ]
        for s in record.board_seats
    ]
    return data_table(["Uppgift", "Senast ändrad av", "När"], rows, [5, 3, 2])


def export_pdf(record: PersonalRecord, path: str | os.PathLike[str]) -> int:
    """Write the extract as a PDF; returns its number of pages."""
    person = record.person
    name = f"{person.first_name} {person.last_name}"
    info = pdf_base.DocumentInfo(
        title=f"{TITLE} – {name}",
        subject=SUBTITLE,
        author=f"{record.installation.name} (SOUL Desktop)",
        header=f"SOUL · {gdpr.FUNDER}",
        footer=f"{TITLE} för {name}, skapat {time_text(record.generated_at)}",
        keywords=("SOUL", "registerutdrag", "GDPR"),
    )
    return pdf_base.build_pdf(path, _story(record), info)


FORMATS = (".json", ".pdf")


def check_format(path: str | os.PathLike[str]) -> str:
    """The format a file name asks for (".json" or ".pdf"); refuses any other ending."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"choose a file ending in .json or .pdf, not {suffix or 'no ending'}",
            field="path",
            code="gdpr.export_format",
            params={"suffix": suffix},
        )
    return suffix


def export_record(record: PersonalRecord, path: str | os.PathLike[str]) -> None:
    """Write the extract as JSON or PDF, chosen by the file name's ending."""
    if check_format(path) == ".json":
        gdpr.export_json(record, path)
    else:
        export_pdf(record, path)
