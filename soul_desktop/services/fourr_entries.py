"""The 4R entries made by hand: R1 counts, R2 resources, R3 analysis versions, R4 actions.

Each function is one user action in one unit of work: the input is checked first, then
written, and the answer is a frozen record (`domain.fourr`). Every write can be taken back by
another call: a create by a delete, a delete by a restore, an update by the same update with
the earlier values, and saving an R3 version by deleting that version. Creating again under
the same id revives the tombstone, so redo repeats exactly. Refusals are `FourRError`s with a
stable code ("fourr.text_required" …) and the variable parts in `params`.

The computed figures (R1 and R2 from courses and attendance) are in `services.fourr`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    Gender,
    OutsideBody,
    ResourceKind,
)
from soul_desktop.domain.fourr import (
    GENDER_ORDER,
    FourRError,
    FourRUnit,
    GenderCounts,
    Period,
    R1CountRecord,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
)
from soul_desktop.domain.planning import AreaChoice
from soul_desktop.domain.records import RegionChoice
from soul_desktop.storage import fourr_entries as store
from soul_desktop.storage import installations
from soul_desktop.storage import planning as planning_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import R1Count, R2Resource, R3Analysis, R4Action
from soul_desktop.storage.unit_of_work import UnitOfWork

# Lengths follow the columns; the free texts of an action and an analysis get a generous limit
# so a pasted document cannot grow a bundle without bound.
MAX_BODY_NAME = 300
MAX_DESCRIPTION = 500
MAX_UNIT_LABEL = 32
MAX_OWNER = 200
MAX_AUTHOR = 200
MAX_WHAT = 2_000
MAX_NOTE = 4_000
MAX_ANALYSIS_TEXT = 20_000
MAX_COUNT = 1_000_000
# Numeric(14, 2): twelve digits before the point.
MAX_AMOUNT = Decimal("999999999999.99")
CENT = Decimal("0.01")
# Dates outside these years are typing mistakes, not plans.
FIRST_DATE = dt.date(1990, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)

_E = TypeVar("_E", bound=StrEnum)


# -- records for the unit picker ----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CourseChoice:
    """A course the 4R page can analyse; `first_session` is None while it has no sessions."""

    id: str
    title: str
    region_code: str
    first_session: dt.date | None


@dataclass(frozen=True, slots=True)
class UnitChoices:
    """What the unit picker offers besides the programme.

    Regions by code (only its own at a regional installation), competence areas with the
    national catalogue first, and courses with the latest first.
    """

    regions: tuple[RegionChoice, ...]
    areas: tuple[AreaChoice, ...]
    courses: tuple[CourseChoice, ...]


@dataclass(frozen=True, slots=True)
class FourREntries:
    """Every entry made by hand for one unit and period, read in one go for the page."""

    unit: FourRUnit
    period: Period
    r1_counts: tuple[R1CountRecord, ...]
    r2_resources: tuple[R2ResourceRecord, ...]
    r3_versions: tuple[R3Version, ...]
    r4_actions: tuple[R4ActionRecord, ...]


# -- checks (pure) ------------------------------------------------------------------------
def _text(value: object, field: str, limit: int, *, required: bool) -> str | None:
    """Trimmed text; blank is refused (required) or None (optional)."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise FourRError(f"the {field} must be text", field, code="fourr.not_text")
    if not text:
        if required:
            raise FourRError(f"the {field} is required", field, code="fourr.text_required")
        return None
    if len(text) > limit:
        raise FourRError(
            f"the {field} can be at most {limit} characters long",
            field,
            code="fourr.text_too_long",
            params={"limit": limit},
        )
    return text


def _choice(value: object, kind: type[_E], field: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        raise FourRError(
            f"{value!r} is not a valid {field}",
            field,
            code="fourr.bad_choice",
            params={"value": str(value)},
        ) from None


def _date(value: object, field: str, *, required: bool, past: bool = False) -> dt.date | None:
    """A date within the sensible years; `past` refuses one after today (a count made)."""
    if value is None:
        if required:
            raise FourRError(f"the {field} is required", field, code="fourr.date_required")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise FourRError(f"the {field} must be a date", field, code="fourr.not_a_date")
    if not FIRST_DATE <= value <= LAST_DATE:
        raise FourRError(
            f"the {field} must lie between {FIRST_DATE} and {LAST_DATE}",
            field,
            code="fourr.date_out_of_range",
            params={"first": FIRST_DATE.isoformat(), "last": LAST_DATE.isoformat()},
        )
    if past and value > dt.date.today():
        raise FourRError(f"the {field} cannot be in the future", field, code="fourr.date_in_future")
    return value


def _period(start: object, end: object) -> Period:
    first = _date(start, "period_start", required=False)
    last = _date(end, "period_end", required=False)
    return Period(first, last)


def _counts(counts: object) -> dict[str, int]:
    """Whole, non-negative persons of each gender; at least one person in all."""
    if not isinstance(counts, GenderCounts):
        raise FourRError("give the counts by gender", "counts", code="fourr.not_counts")
    values: dict[str, int] = {}
    for gender, amount in counts.items():
        field = gender.value
        if isinstance(amount, bool) or not float(amount).is_integer():
            raise FourRError(
                "a count of persons is a whole number", field, code="fourr.count_not_whole"
            )
        number = int(amount)
        if number < 0:
            raise FourRError("a count cannot be negative", field, code="fourr.count_negative")
        if number > MAX_COUNT:
            raise FourRError(
                f"a count can be at most {MAX_COUNT}",
                field,
                code="fourr.count_too_large",
                params={"limit": MAX_COUNT},
            )
        values[field] = number
    if not any(values.values()):
        raise FourRError("count at least one person", "counts", code="fourr.no_counts")
    return values


def _amounts(amounts: object) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Four amounts (woman, man, other, not stated), not negative, in whole cents."""
    if isinstance(amounts, GenderCounts):
        amounts = tuple(amounts.get(g) for g in GENDER_ORDER)
    if not isinstance(amounts, Sequence) or isinstance(amounts, str) or len(amounts) != 4:
        raise FourRError(
            "give four amounts: woman, man, other, not stated", "amounts", code="fourr.not_amounts"
        )
    cleaned: list[Decimal] = []
    for gender, raw in zip(GENDER_ORDER, amounts, strict=True):
        field = gender.value
        try:
            if isinstance(raw, bool):
                raise InvalidOperation
            value = Decimal(str(raw).strip().replace(",", ".")) if raw is not None else Decimal(0)
        except (InvalidOperation, ValueError):
            raise FourRError(
                "an amount is a number", field, code="fourr.amount_not_number"
            ) from None
        if not value.is_finite():
            raise FourRError("an amount is a number", field, code="fourr.amount_not_number")
        if value < 0:
            raise FourRError("an amount cannot be negative", field, code="fourr.amount_negative")
        if value > MAX_AMOUNT:
            raise FourRError(
                f"an amount can be at most {MAX_AMOUNT}",
                field,
                code="fourr.amount_too_large",
                params={"limit": str(MAX_AMOUNT)},
            )
        if value != value.quantize(CENT):
            raise FourRError(
                "an amount has at most two decimals", field, code="fourr.amount_precision"
            )
        cleaned.append(value.quantize(CENT))
    if not any(cleaned):
        raise FourRError("give at least one amount", "amounts", code="fourr.no_amounts")
    return cleaned[0], cleaned[1], cleaned[2], cleaned[3]


R1_FIELDS = frozenset({"body", "body_name", "counted_on", "counts", "period_start", "period_end"})
R2_FIELDS = frozenset(
    {"kind", "description", "unit_label", "recorded_on", "amounts", "period_start", "period_end"}
)
R4_FIELDS = frozenset(
    {"what", "owner", "due_on", "status", "follow_up_note", "finding", "period_start", "period_end"}
)


def check_r1(values: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of an R1 count from its fields, or the first rule broken."""
    body = _choice(values.get("body"), OutsideBody, "body")
    name = _text(values.get("body_name"), "body_name", MAX_BODY_NAME, required=True)
    counted_on = _date(values.get("counted_on"), "counted_on", required=True, past=True)
    counts = _counts(values.get("counts"))
    period = _period(values.get("period_start"), values.get("period_end"))
    return {
        "body": body,
        "body_name": name,
        "counted_on": counted_on,
        "women": counts[Gender.WOMAN.value],
        "men": counts[Gender.MAN.value],
        "other": counts[Gender.OTHER.value],
        "not_stated": counts[Gender.NOT_STATED.value],
        "period_start": period.start,
        "period_end": period.end,
    }


def check_r2(values: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of an R2 resource from its fields, or the first rule broken."""
    kind = _choice(values.get("kind"), ResourceKind, "kind")
    description = _text(values.get("description"), "description", MAX_DESCRIPTION, required=True)
    label = _text(values.get("unit_label"), "unit_label", MAX_UNIT_LABEL, required=True)
    recorded_on = _date(values.get("recorded_on"), "recorded_on", required=True, past=True)
    women, men, other, not_stated = _amounts(values.get("amounts"))
    period = _period(values.get("period_start"), values.get("period_end"))
    return {
        "resource_kind": kind,
        "description": description,
        "unit_label": label,
        "recorded_on": recorded_on,
        "women": women,
        "men": men,
        "other": other,
        "not_stated": not_stated,
        "period_start": period.start,
        "period_end": period.end,
    }


def check_r4(values: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of an R4 action from its fields, or the first rule broken."""
    what = _text(values.get("what"), "what", MAX_WHAT, required=True)
    owner = _text(values.get("owner"), "owner", MAX_OWNER, required=True)
    due_on = _date(values.get("due_on"), "due_on", required=False)
    status = _choice(values.get("status", ActionStatus.PLANNED), ActionStatus, "status")
    follow_up = _text(values.get("follow_up_note"), "follow_up_note", MAX_NOTE, required=False)
    finding = _text(values.get("finding"), "finding", MAX_NOTE, required=False)
    period = _period(values.get("period_start"), values.get("period_end"))
    return {
        "what": what,
        "owner": owner,
        "due_on": due_on,
        "status": status,
        "follow_up_note": follow_up,
        "finding": finding,
        "period_start": period.start,
        "period_end": period.end,
    }


def check_r3(why_text: object, whose_terms_text: object, norms_text: object) -> dict[str, str]:
    texts = {
        "why_text": _text(why_text, "why_text", MAX_ANALYSIS_TEXT, required=False) or "",
        "whose_terms_text": _text(
            whose_terms_text, "whose_terms_text", MAX_ANALYSIS_TEXT, required=False
        )
        or "",
        "norms_text": _text(norms_text, "norms_text", MAX_ANALYSIS_TEXT, required=False) or "",
    }
    if not any(texts.values()):
        raise FourRError(
            "write an answer to at least one of the questions",
            "why_text",
            code="fourr.analysis_empty",
        )
    return texts


def _unknown_fields(changes: Mapping[str, Any], allowed: frozenset[str], what: str) -> None:
    unknown = set(changes) - allowed
    if unknown:
        name = sorted(unknown)[0]
        raise FourRError(
            f"{what} have no field {name!r}",
            name,
            code="fourr.unknown_field",
            params={"name": name},
        )


# -- units --------------------------------------------------------------------------------
def _check_unit(s: Any, unit: FourRUnit) -> None:
    """The unit names something there is, and a regional installation writes for its own
    region only (another region's figures are not kept here)."""
    if not isinstance(unit, FourRUnit):
        raise FourRError("choose what the entry is about", "unit", code="fourr.bad_unit")
    if not store.unit_exists(s, unit):
        raise FourRError(
            f"there is no {unit.kind.value} {unit.key!r}",
            "unit",
            code="fourr.unknown_unit",
            params={"kind": unit.kind.value, "key": unit.key},
        )
    if unit.kind is FourRUnitKind.REGION:
        home = _home_region(s)
        if home is not None and unit.key != home:
            raise FourRError(
                f"this installation keeps the 4R entries of {home} only",
                "unit",
                code="fourr.other_region",
                params={"region": home},
            )


def _home_region(s: Any) -> str | None:
    info = installations.local_installation(s)
    return info.region_code if info is not None else None


def unit_choices(db: Database) -> UnitChoices:
    """Regions (its own only at a regional installation), competence areas (the national
    catalogue first, then the region's own or, at central, all) and the courses."""
    with UnitOfWork(db) as uow:
        s = uow.session
        home = _home_region(s)
        regions = store.region_choices(s, home)
        areas = planning_store.area_choices(s, home)
        courses = [CourseChoice(*row) for row in store.course_choices(s, home)]
    return UnitChoices(tuple(regions), tuple(areas), tuple(courses))


# -- reading ------------------------------------------------------------------------------
def r1_counts(db: Database, unit: FourRUnit, period: Period) -> list[R1CountRecord]:
    """The unit's counts valid in some part of the period, or always; the latest first."""
    with UnitOfWork(db) as uow:
        return store.r1_records(uow.session, unit, period)


def r2_resources(db: Database, unit: FourRUnit, period: Period) -> list[R2ResourceRecord]:
    with UnitOfWork(db) as uow:
        return store.r2_records(uow.session, unit, period)


def r4_actions(db: Database, unit: FourRUnit, period: Period) -> list[R4ActionRecord]:
    with UnitOfWork(db) as uow:
        return store.r4_records(uow.session, unit, period)


def r3_versions(db: Database, unit: FourRUnit, period: Period) -> list[R3Version]:
    """Every version of the analysis of exactly this unit and period, the newest first."""
    with UnitOfWork(db) as uow:
        return store.r3_records(uow.session, unit, period)


def entries(db: Database, unit: FourRUnit, period: Period) -> FourREntries:
    """All four lists at once, as of one moment."""
    with UnitOfWork(db) as uow:
        s = uow.session
        return FourREntries(
            unit=unit,
            period=period,
            r1_counts=tuple(store.r1_records(s, unit, period)),
            r2_resources=tuple(store.r2_records(s, unit, period)),
            r3_versions=tuple(store.r3_records(s, unit, period)),
            r4_actions=tuple(store.r4_records(s, unit, period)),
        )


# -- generic writes -----------------------------------------------------------------------
_ENTRY_NAMES = {
    R1Count: "r1_count",
    R2Resource: "r2_resource",
    R3Analysis: "r3_analysis",
    R4Action: "r4_action",
}


def _not_found(model: type) -> FourRError:
    name = _ENTRY_NAMES[model]
    return FourRError(
        f"there is no such {name.replace('_', ' ')}",
        name,
        code="fourr.not_found",
        params={"entry": name},
    )


def _live(s: Any, model: Any, entry_id: str) -> Any:
    row = store.get_entry(s, model, entry_id)
    if row is None or row.deleted:
        raise _not_found(model)
    return row


def _create(s: Any, model: Any, entry_id: str, unit: FourRUnit, columns: Mapping[str, Any]) -> Any:
    _check_unit(s, unit)
    existing = store.get_entry(s, model, entry_id)
    if existing is None:
        return store.add_entry(s, model, entry_id, unit, columns)
    if not existing.deleted or FourRUnit(existing.unit_kind, existing.unit_key) != unit:
        raise FourRError(
            "the entry already exists",
            _ENTRY_NAMES[model],
            code="fourr.already_exists",
        )
    # Redo of an undone create: the tombstone comes back with the values asked for.
    existing.deleted = False
    store.write_entry(existing, columns)
    return existing


def _update(s: Any, model: Any, entry_id: str, changes: Mapping[str, Any], current: Any) -> Any:
    row = _live(s, model, entry_id)
    return row, {**current(row), **changes}


def _set_deleted(db: Database, model: Any, entry_id: str, deleted: bool, record: Any) -> Any:
    with UnitOfWork(db) as uow:
        s = uow.session
        row = store.get_entry(s, model, entry_id)
        if row is None or (deleted and row.deleted):
            raise _not_found(model)
        if row.deleted != deleted:
            row.deleted = deleted
        s.flush()
        result = record(row)
        uow.commit()
    return result


# -- R1 counts ----------------------------------------------------------------------------
def _r1_fields(row: R1Count) -> dict[str, Any]:
    record = store.r1_record(row)
    return {
        "body": record.body,
        "body_name": record.body_name,
        "counted_on": record.counted_on,
        "counts": record.counts,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


def create_r1_count(
    db: Database,
    count_id: str,
    unit: FourRUnit,
    *,
    body: OutsideBody,
    body_name: str,
    counted_on: dt.date,
    counts: GenderCounts,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
) -> R1CountRecord:
    """A body outside the system counted by hand; a deleted count with this id is revived."""
    columns = check_r1(
        {
            "body": body,
            "body_name": body_name,
            "counted_on": counted_on,
            "counts": counts,
            "period_start": period_start,
            "period_end": period_end,
        }
    )
    with UnitOfWork(db) as uow:
        s = uow.session
        row = _create(s, R1Count, count_id, unit, columns)
        s.flush()
        record = store.r1_record(row)
        uow.commit()
    return record


def update_r1_count(db: Database, count_id: str, **changes: Any) -> R1CountRecord:
    """Change some fields (body, body_name, counted_on, counts, period_start, period_end);
    the rules are checked over the count as it would be."""
    _unknown_fields(changes, R1_FIELDS, "counts")
    with UnitOfWork(db) as uow:
        s = uow.session
        row, merged = _update(s, R1Count, count_id, changes, _r1_fields)
        store.write_entry(row, check_r1(merged))
        s.flush()
        record = store.r1_record(row)
        uow.commit()
    return record


def delete_r1_count(db: Database, count_id: str) -> R1CountRecord:
    return _set_deleted(db, R1Count, count_id, True, store.r1_record)


def restore_r1_count(db: Database, count_id: str) -> R1CountRecord:
    return _set_deleted(db, R1Count, count_id, False, store.r1_record)


# -- R2 resources -------------------------------------------------------------------------
def _r2_fields(row: R2Resource) -> dict[str, Any]:
    record = store.r2_record(row)
    return {
        "kind": record.kind,
        "description": record.description,
        "unit_label": record.unit_label,
        "recorded_on": record.recorded_on,
        "amounts": record.amounts,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


def create_r2_resource(
    db: Database,
    resource_id: str,
    unit: FourRUnit,
    *,
    kind: ResourceKind,
    description: str,
    unit_label: str,
    recorded_on: dt.date,
    amounts: Sequence[Decimal | int | float | str] | GenderCounts,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
) -> R2ResourceRecord:
    """Money, time or space and how it divides between the genders (woman, man, other, not
    stated, in `unit_label`: "SEK", "hours", "m²"); a deleted one with this id is revived."""
    columns = check_r2(
        {
            "kind": kind,
            "description": description,
            "unit_label": unit_label,
            "recorded_on": recorded_on,
            "amounts": amounts,
            "period_start": period_start,
            "period_end": period_end,
        }
    )
    with UnitOfWork(db) as uow:
        s = uow.session
        row = _create(s, R2Resource, resource_id, unit, columns)
        s.flush()
        record = store.r2_record(row)
        uow.commit()
    return record


def update_r2_resource(db: Database, resource_id: str, **changes: Any) -> R2ResourceRecord:
    """Change some fields (kind, description, unit_label, recorded_on, amounts,
    period_start, period_end)."""
    _unknown_fields(changes, R2_FIELDS, "resources")
    with UnitOfWork(db) as uow:
        s = uow.session
        row, merged = _update(s, R2Resource, resource_id, changes, _r2_fields)
        columns = check_r2(merged)
        # Compare amounts as numbers: 5 and 5.00 are the same value, not a change.
        for name in ("women", "men", "other", "not_stated"):
            if _decimal_equal(getattr(row, name), columns[name]):
                columns[name] = getattr(row, name)
        store.write_entry(row, columns)
        s.flush()
        record = store.r2_record(row)
        uow.commit()
    return record


def _decimal_equal(stored: Any, wanted: Decimal) -> bool:
    return stored is not None and Decimal(str(stored)) == wanted


def delete_r2_resource(db: Database, resource_id: str) -> R2ResourceRecord:
    return _set_deleted(db, R2Resource, resource_id, True, store.r2_record)


def restore_r2_resource(db: Database, resource_id: str) -> R2ResourceRecord:
    return _set_deleted(db, R2Resource, resource_id, False, store.r2_record)


# -- R4 actions ---------------------------------------------------------------------------
def _r4_fields(row: R4Action) -> dict[str, Any]:
    record = store.r4_record(row)
    return {
        "what": record.what,
        "owner": record.owner,
        "due_on": record.due_on,
        "status": record.status,
        "follow_up_note": record.follow_up_note,
        "finding": record.finding,
        "period_start": record.period_start,
        "period_end": record.period_end,
    }


def create_r4_action(
    db: Database,
    action_id: str,
    unit: FourRUnit,
    *,
    what: str,
    owner: str,
    due_on: dt.date | None = None,
    status: ActionStatus = ActionStatus.PLANNED,
    follow_up_note: str | None = None,
    finding: str | None = None,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
) -> R4ActionRecord:
    """An action: what is to be done, who answers for it, by when, and the finding behind it."""
    columns = check_r4(
        {
            "what": what,
            "owner": owner,
            "due_on": due_on,
            "status": status,
            "follow_up_note": follow_up_note,
            "finding": finding,
            "period_start": period_start,
            "period_end": period_end,
        }
    )
    with UnitOfWork(db) as uow:
        s = uow.session
        row = _create(s, R4Action, action_id, unit, columns)
        s.flush()
        record = store.r4_record(row)
        uow.commit()
    return record


def update_r4_action(db: Database, action_id: str, **changes: Any) -> R4ActionRecord:
    """Change some fields (what, owner, due_on, status, follow_up_note, finding,
    period_start, period_end); a status change is `update_r4_action(db, id, status=…)`."""
    _unknown_fields(changes, R4_FIELDS, "actions")
    with UnitOfWork(db) as uow:
        s = uow.session
        row, merged = _update(s, R4Action, action_id, changes, _r4_fields)
        store.write_entry(row, check_r4(merged))
        s.flush()
        record = store.r4_record(row)
        uow.commit()
    return record


def delete_r4_action(db: Database, action_id: str) -> R4ActionRecord:
    return _set_deleted(db, R4Action, action_id, True, store.r4_record)


def restore_r4_action(db: Database, action_id: str) -> R4ActionRecord:
    return _set_deleted(db, R4Action, action_id, False, store.r4_record)


# -- R3 analysis --------------------------------------------------------------------------
def save_r3(
    db: Database,
    new_id: str,
    unit: FourRUnit,
    period: Period,
    why_text: str,
    whose_terms_text: str,
    norms_text: str,
    author: str | None,
) -> R3Version:
    """Keep the analysis as a new version of exactly this unit and period: one more than the
    newest there is. Earlier versions are never changed; saving again under an id whose
    version was deleted (redo after undo) brings it back as the newest."""
    texts = check_r3(why_text, whose_terms_text, norms_text)
    clean_author = _text(author, "author", MAX_AUTHOR, required=False)
    if not isinstance(period, Period):
        raise FourRError("choose the period", "period", code="fourr.bad_period")
    with UnitOfWork(db) as uow:
        s = uow.session
        _check_unit(s, unit)
        existing = store.get_entry(s, R3Analysis, new_id)
        if existing is not None and (
            not existing.deleted
            or store.r3_record(existing).unit != unit
            or (existing.period_start, existing.period_end) != (period.start, period.end)
        ):
            raise FourRError(
                "the version already exists", "r3_analysis", code="fourr.already_exists"
            )
        columns = {
            **texts,
            "version": store.last_r3_version(s, unit, period) + 1,
            "written_at": dt.datetime.now().replace(microsecond=0),
            "author": clean_author,
            "period_start": period.start,
            "period_end": period.end,
        }
        if existing is None:
            row = store.add_entry(s, R3Analysis, new_id, unit, columns)
        else:
            existing.deleted = False
            store.write_entry(existing, columns)
            row = existing
        s.flush()
        record = store.r3_record(row)
        uow.commit()
    return record


def delete_r3_version(db: Database, version_id: str) -> R3Version:
    """Take a saved version back (the undo of `save_r3`); the others keep their numbers."""
    return _set_deleted(db, R3Analysis, version_id, True, store.r3_record)


__all__ = [
    "CourseChoice",
    "FourREntries",
    "UnitChoices",
    "create_r1_count",
    "create_r2_resource",
    "create_r4_action",
    "delete_r1_count",
    "delete_r2_resource",
    "delete_r3_version",
    "delete_r4_action",
    "entries",
    "r1_counts",
    "r2_resources",
    "r3_versions",
    "r4_actions",
    "restore_r1_count",
    "restore_r2_resource",
    "restore_r4_action",
    "save_r3",
    "unit_choices",
    "update_r1_count",
    "update_r2_resource",
    "update_r4_action",
]
