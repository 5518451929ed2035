"""The participant register: persons and organisations, one user action per function."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from soul_desktop.domain import people as rules
from soul_desktop.domain.enums import (
    Disability,
    EducationBand,
    EmploymentStatus,
    Gender,
    OrganisationKind,
    ParticipantRole,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.people import (
    LegalFormChoice,
    MunicipalityChoice,
    OrganisationRecord,
    PersonRecord,
    PersonSummary,
)
from soul_desktop.services.identity_numbers import (
    normalise_org_number,
    normalise_personnummer,
    personnummer_birth_date,
)
from soul_desktop.storage import installations
from soul_desktop.storage import people as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

# What a new person is before anything is said about them; also what creating a person again
# (redo after undo) resets the fields it was not given to.
PERSON_DEFAULTS: dict[str, Any] = {
    "gender": Gender.NOT_STATED,
    "birth_year": None,
    "personnummer": None,
    "email": None,
    "phone": None,
    "organisation_id": None,
    "municipality_code": None,
    "role": ParticipantRole.NOT_STATED,
    "employment_status": EmploymentStatus.NOT_STATED,
    "education_band": EducationBand.NOT_STATED,
    "accessibility_needs": (),
    "accessibility_note": None,
    "disability": Disability.NOT_STATED,
    "consent_date": None,
    "declined_personnummer": False,
    "declined_education": False,
    "declined_employment": False,
    "declined_disability": False,
    "declined_accessibility": False,
}
PERSON_FIELDS = frozenset({"first_name", "last_name", *PERSON_DEFAULTS})

ORGANISATION_DEFAULTS: dict[str, Any] = {
    "org_number": None,
    "legal_form_code": None,
    "municipality_code": None,
    "kind": OrganisationKind.SOCIAL_ECONOMY,
}
ORGANISATION_FIELDS = frozenset({"name", *ORGANISATION_DEFAULTS})

_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "gender": Gender,
    "role": ParticipantRole,
    "employment_status": EmploymentStatus,
    "education_band": EducationBand,
    "disability": Disability,
    "kind": OrganisationKind,
}


def _today() -> dt.date:
    return dt.date.today()


def _scope(session: Any) -> str | None:
    """The region whose register this installation keeps; None (every region) for central."""
    info = installations.local_installation(session)
    return None if info is None else info.region_code


# -- reading ----------------------------------------------------------------------------------


def list_persons(database: Database) -> list[PersonRecord]:
    """The register of this installation's region (central: every region), by name."""
    with UnitOfWork(database) as uow:
        return store.list_persons(uow.session, _scope(uow.session))


def get_person(database: Database, person_id: str) -> PersonRecord:
    with UnitOfWork(database) as uow:
        return _live_person(uow.session, person_id)


def get_person_summary(database: Database, person_id: str) -> PersonSummary:
    """The person with their enrolments and the hours they attended."""
    with UnitOfWork(database) as uow:
        person = _live_person(uow.session, person_id)
        courses = store.person_courses(uow.session, person_id)
        minutes = store.attended_minutes(uow.session, person_id)
    return PersonSummary(person, tuple(courses), minutes)


def list_organisations(database: Database) -> list[OrganisationRecord]:
    with UnitOfWork(database) as uow:
        return store.list_organisations(uow.session, _scope(uow.session))


def get_organisation(database: Database, organisation_id: str) -> OrganisationRecord:
    with UnitOfWork(database) as uow:
        return _live_organisation(uow.session, organisation_id)


def municipality_choices(database: Database) -> list[MunicipalityChoice]:
    """All 290 municipalities, by name, for typing with completion."""
    with UnitOfWork(database) as uow:
        return store.municipalities(uow.session)


def legal_form_choices(database: Database) -> list[LegalFormChoice]:
    """SCB's legal forms, by code."""
    with UnitOfWork(database) as uow:
        return store.legal_forms(uow.session)


# -- persons ----------------------------------------------------------------------------------


def create_person(
    database: Database, person_id: str, first_name: str, last_name: str, **fields: Any
) -> PersonRecord:
    """Register a person under an id made beforehand; the same call again revives a tombstone.

    Fields not given take their defaults, so a redo after undo makes the same person again.
    """
    _check_field_names(fields, PERSON_FIELDS)
    with UnitOfWork(database) as uow:
        session = uow.session
        row = store.person_row(session, person_id)
        if row is not None and not row.deleted:
            raise ValidationError(
                "this person is already registered", field="id", code="person.exists"
            )
        wanted = {**PERSON_DEFAULTS, **fields, "first_name": first_name, "last_name": last_name}
        values = _check_person(session, person_id, PERSON_DEFAULTS, wanted)
        if row is None:
            values.update(id=person_id, partition=uow.stamper.default_partition(), deleted=False)
            store.add_person(session, values)
        else:
            store.update_person(row, {**values, "deleted": False, "merged_into_id": None})
        session.flush()
        record = _live_person(session, person_id)
        uow.commit()
    return record


def update_person(database: Database, person_id: str, **changes: Any) -> PersonRecord:
    """Change some fields of a person; every rule is checked before anything is written.

    A new personnummer also sets the birth year it gives, unless the birth year is changed
    in the same call (undo passes both back).
    """
    _check_field_names(changes, PERSON_FIELDS)
    with UnitOfWork(database) as uow:
        session = uow.session
        current = _live_person(session, person_id)
        if current.erased_at is not None:
            # Importers blank an erased person's fields again whatever arrives (GDPR).
            raise ValidationError(
                "this person's data has been erased and cannot be filled in again",
                field="id",
                code="person.erased",
            )
        before = {name: getattr(current, name) for name in PERSON_FIELDS}
        values = _check_person(session, person_id, before, changes)
        row = store.person_row(session, person_id)
        assert row is not None
        store.update_person(row, _changed_columns(values, current))
        session.flush()
        record = _live_person(session, person_id)
        uow.commit()
    return record


def delete_person(database: Database, person_id: str) -> PersonRecord:
    """Tombstone a person registered by mistake; someone with courses or attendance stays."""
    with UnitOfWork(database) as uow:
        session = uow.session
        record = _live_person(session, person_id)
        active = store.active_enrolment_count(session, person_id)
        if active:
            raise ValidationError(
                f"{record.full_name} is on {active} course(s); withdraw them before deleting",
                field="id",
                code="person.on_courses",
                params={"name": record.full_name, "count": active},
            )
        if store.attendance_count(session, person_id):
            raise ValidationError(
                f"{record.full_name} has attendance recorded and cannot be deleted",
                field="id",
                code="person.has_attendance",
                params={"name": record.full_name},
            )
        row = store.person_row(session, person_id)
        assert row is not None
        row.deleted = True
        uow.commit()
    return record


def restore_person(database: Database, person_id: str) -> PersonRecord:
    """Take a deletion back (undo)."""
    with UnitOfWork(database) as uow:
        session = uow.session
        row = store.person_row(session, person_id)
        if row is None:
            raise ValidationError("there is no such person", field="id", code="person.not_found")
        row.deleted = False
        session.flush()
        record = _live_person(session, person_id)
        uow.commit()
    return record


# -- organisations ----------------------------------------------------------------------------


def create_organisation(
    database: Database, organisation_id: str, name: str, **fields: Any
) -> OrganisationRecord:
    """Register an organisation under an id made beforehand; again revives a tombstone."""
    _check_field_names(fields, ORGANISATION_FIELDS)
    with UnitOfWork(database) as uow:
        session = uow.session
        row = store.organisation_row(session, organisation_id)
        if row is not None and not row.deleted:
            raise ValidationError(
                "this organisation is already registered", field="id", code="organisation.exists"
            )
        wanted = {**ORGANISATION_DEFAULTS, **fields, "name": name}
        values = _check_organisation(session, organisation_id, wanted)
        if row is None:
            values.update(
                id=organisation_id, partition=uow.stamper.default_partition(), deleted=False
            )
            store.add_organisation(session, values)
        else:
            store.update_organisation(row, {**values, "deleted": False})
        session.flush()
        record = _live_organisation(session, organisation_id)
        uow.commit()
    return record


def update_organisation(
    database: Database, organisation_id: str, **changes: Any
) -> OrganisationRecord:
    _check_field_names(changes, ORGANISATION_FIELDS)
    with UnitOfWork(database) as uow:
        session = uow.session
        _live_organisation(session, organisation_id)
        values = _check_organisation(session, organisation_id, changes)
        row = store.organisation_row(session, organisation_id)
        assert row is not None
        store.update_organisation(row, values)
        session.flush()
        record = _live_organisation(session, organisation_id)
        uow.commit()
    return record


def delete_organisation(database: Database, organisation_id: str) -> OrganisationRecord:
    """Tombstone an organisation nobody belongs to any more."""
    with UnitOfWork(database) as uow:
        session = uow.session
        record = _live_organisation(session, organisation_id)
        members = store.member_count(session, organisation_id)
        if members:
            raise ValidationError(
                f"{members} person(s) belong to {record.name}; move them to another "
                "organisation before deleting it",
                field="id",
                code="organisation.has_members",
                params={"name": record.name, "count": members},
            )
        row = store.organisation_row(session, organisation_id)
        assert row is not None
        row.deleted = True
        uow.commit()
    return record


def restore_organisation(database: Database, organisation_id: str) -> OrganisationRecord:
    with UnitOfWork(database) as uow:
        session = uow.session
        row = store.organisation_row(session, organisation_id)
        if row is None:
            raise ValidationError(
                "there is no such organisation", field="id", code="organisation.not_found"
            )
        row.deleted = False
        session.flush()
        record = _live_organisation(session, organisation_id)
        uow.commit()
    return record


# -- checks -----------------------------------------------------------------------------------


def _check_field_names(given: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(given) - allowed)
    if unknown:
        raise ValidationError(
            f"unknown field(s): {', '.join(unknown)}",
            field=unknown[0],
            code="field.unknown",
            params={"names": ", ".join(unknown)},
        )


def _live_person(session: Any, person_id: str) -> PersonRecord:
    record = store.get_person(session, person_id)
    if record is None:
        raise ValidationError(
            "there is no such person (it may have been deleted)",
            field="id",
            code="person.not_found",
        )
    return record


def _live_organisation(session: Any, organisation_id: str) -> OrganisationRecord:
    record = store.get_organisation(session, organisation_id)
    if record is None:
        raise ValidationError(
            "there is no such organisation (it may have been deleted)",
            field="id",
            code="organisation.not_found",
        )
    return record


def _enum(name: str, value: Any) -> StrEnum:
    vocabulary = _ENUM_FIELDS[name]
    try:
        return vocabulary(value)
    except ValueError:
        raise ValidationError(
            f"{value!r} is not a valid {name.replace('_', ' ')}",
            field=name,
            code="choice.unknown",
            params={"value": str(value)},
        ) from None


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(
            f"{name.replace('_', ' ')} must be yes or no", field=name, code="flag.not_yes_or_no"
        )
    return value


def _check_person(
    session: Any, person_id: str, current: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """Checked, normalised values of `changes`, plus the birth year a new personnummer gives.

    `current` is the person before the change (the defaults for a new one); the rules tying
    fields together (personnummer and birth year, declined marks and answers) are judged on
    the person as it would be afterwards.
    """
    today = _today()
    clean = {
        name: _check_person_field(session, person_id, name, value, today)
        for name, value in changes.items()
    }
    after = {**current, **clean}
    number = after.get("personnummer")
    if number:
        born = personnummer_birth_date(number).year
        follows_number = "personnummer" in changes and "birth_year" not in changes
        if after.get("birth_year") is None or follows_number:
            try:
                rules.check_birth_year(born, today)
            except ValidationError as exc:
                raise exc.at_field("personnummer") from None
            clean["birth_year"] = after["birth_year"] = born
        elif after["birth_year"] != born:
            field = "personnummer" if "personnummer" in changes else "birth_year"
            raise ValidationError(
                f"the birth year {after['birth_year']} does not match the personnummer "
                f"(born {born})",
                field=field,
                code="personnummer.birth_year_mismatch",
                params={"year": after["birth_year"], "born": born},
            )
    rules.check_declined(after)
    if "accessibility_needs" in clean:
        clean["accessibility_needs"] = rules.needs_to_text(clean["accessibility_needs"])
    return clean


def _check_person_field(session: Any, person_id: str, name: str, value: Any, today: dt.date) -> Any:
    if name in _ENUM_FIELDS:
        return _enum(name, value)
    if name.startswith("declined_"):
        return _flag(name, value)
    if name == "first_name":
        return rules.check_name(value, name)
    if name == "last_name":
        return rules.check_name(value, name)
    if name == "birth_year":
        return rules.check_birth_year(value, today)
    if name == "personnummer":
        return _check_personnummer(session, person_id, value, today)
    if name == "email":
        return rules.check_email(value)
    if name == "phone":
        return rules.check_phone(value)
    if name == "organisation_id":
        return _check_organisation_ref(session, value)
    if name == "municipality_code":
        return _check_municipality(session, value)
    if name == "accessibility_needs":
        return rules.check_needs(value)
    if name == "accessibility_note":
        return _check_note(value)
    if name == "consent_date":
        return rules.check_consent_date(_as_date(value), today)
    raise ValidationError(
        f"unknown field {name}", field=name, code="field.unknown", params={"names": name}
    )


def _changed_columns(values: dict[str, Any], current: PersonRecord) -> dict[str, Any]:
    """Only the columns whose value differs, so an unchanged field does not count as an edit."""
    result = {}
    for name, value in values.items():
        old = getattr(current, name)
        if name == "accessibility_needs":
            old = rules.needs_to_text(old)
        if value != old:
            result[name] = value
    return result


def _check_personnummer(
    session: Any, person_id: str, value: str | None, today: dt.date
) -> str | None:
    if value is None or not str(value).strip():
        return None
    number = normalise_personnummer(str(value), today)
    others = store.persons_with_personnummer(session, number, except_id=person_id)
    if others:
        raise ValidationError(
            f"this personnummer already belongs to {others[0][1]}",
            field="personnummer",
            code="personnummer.taken",
            params={"name": others[0][1]},
        )
    return number


def _check_organisation_ref(session: Any, value: str | None) -> str | None:
    if not value:
        return None
    if store.organisation_name(session, value) is None:
        raise ValidationError(
            "there is no such organisation", field="organisation_id", code="organisation.not_found"
        )
    return value


def _check_municipality(
    session: Any, value: str | None, field: str = "municipality_code"
) -> str | None:
    if not value:
        return None
    if store.municipality_name(session, value) is None:
        raise ValidationError(
            f"{value!r} is not a Swedish municipality code",
            field=field,
            code="municipality.unknown_code",
            params={"code": str(value)},
        )
    return value


def _check_note(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = value.strip()
    if len(cleaned) > rules.MAX_NEEDS_NOTE_LENGTH:
        raise ValidationError(
            f"the note is longer than {rules.MAX_NEEDS_NOTE_LENGTH} characters",
            field="accessibility_note",
            code="accessibility_note.too_long",
            params={"limit": rules.MAX_NEEDS_NOTE_LENGTH},
        )
    return cleaned or None


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return rules.parse_date(value, "consent_date")
    raise ValidationError(
        "the consent date is not a date", field="consent_date", code="consent_date.not_a_date"
    )


def _check_organisation(
    session: Any, organisation_id: str, given: dict[str, Any]
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in given.items():
        if name == "name":
            values[name] = rules.check_organisation_name(value)
        elif name == "org_number":
            values[name] = _check_org_number(session, organisation_id, value)
        elif name == "legal_form_code":
            if value and not store.legal_form_exists(session, value):
                raise ValidationError(
                    f"{value!r} is not an SCB legal form",
                    field=name,
                    code="legal_form.unknown",
                    params={"code": str(value)},
                )
            values[name] = value or None
        elif name == "municipality_code":
            values[name] = _check_municipality(session, value)
        elif name == "kind":
            values[name] = _enum(name, value)
    return values


def _check_org_number(session: Any, organisation_id: str, value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    number = normalise_org_number(str(value))
    others = store.organisations_with_number(session, number, except_id=organisation_id)
    if others:
        raise ValidationError(
            f"this org number already belongs to {others[0]}",
            field="org_number",
            code="org_number.taken",
            params={"name": others[0]},
        )
    return number
