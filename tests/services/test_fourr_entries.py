"""4R entries made by hand: lists by unit and period, every refusal (nothing written), undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import (
    ActionStatus,
    FourRUnitKind,
    InstallationRole,
    OutsideBody,
    ResourceKind,
)
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.fourr import PROGRAMME, WHOLE_TIME, FourRUnit, GenderCounts, Period
from soul_desktop.services import fourr_entries as entries
from soul_desktop.services import installation
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import (
    Course,
    CourseSession,
    R1Count,
    R2Resource,
    R3Analysis,
    R4Action,
)
from soul_desktop.storage.unit_of_work import UnitOfWork

D = dt.date
SE32 = FourRUnit(FourRUnitKind.REGION, "SE32")
Y2010 = Period(D(2010, 1, 1), D(2010, 12, 31))
H1_2011 = Period(D(2011, 1, 1), D(2011, 6, 30))


@pytest.fixture
def central_db(empty_db: Database) -> Database:
    installation.initialise(empty_db, InstallationRole.CENTRAL, None, "Centralen")
    return empty_db


def _count(db: Database, unit: FourRUnit = PROGRAMME, **fields: Any) -> str:
    count_id = ids.new_id()
    values: dict[str, Any] = {
        "body": OutsideBody.STEERING_GROUP,
        "body_name": "Styrgruppen",
        "counted_on": D(2010, 3, 1),
        "counts": GenderCounts(4, 3, 1, 0),
    }
    values.update(fields)
    entries.create_r1_count(db, count_id, unit, **values)
    return count_id


def _rows(db: Database, model: Any) -> list[Any]:
    with UnitOfWork(db) as uow:
        rows = list(uow.session.scalars(sa.select(model)))
        # Detached before the unit of work rolls back, so their loaded values stay readable.
        uow.session.expunge_all()
    return rows


def _refused(code: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value


def _course(
    db: Database, title: str, region: str = "SE32", first: dt.datetime | None = None
) -> str:
    course_id = ids.new_id()
    with UnitOfWork(db) as uow:
        uow.session.add(Course(id=course_id, partition=region, region_code=region, title=title))
        if first is not None:
            uow.session.add(
                CourseSession(
                    id=ids.new_id(),
                    partition=region,
                    course_id=course_id,
                    starts_at=first,
                    ends_at=first + dt.timedelta(hours=3),
                )
            )
        uow.commit()
    return course_id


# -- R1 ---------------------------------------------------------------------------------------
def test_an_r1_count_is_written_in_the_regions_partition_and_read_back(
    regional_db: Database,
) -> None:
    count_id = _count(regional_db, SE32, period_start=D(2010, 1, 1), period_end=D(2010, 12, 31))
    (record,) = entries.r1_counts(regional_db, SE32, Y2010)
    assert record.id == count_id
    assert record.unit == SE32
    assert record.body is OutsideBody.STEERING_GROUP
    assert record.counts == GenderCounts(4, 3, 1, 0)
    assert record.counts.total == 8
    assert (record.period_start, record.period_end) == (D(2010, 1, 1), D(2010, 12, 31))
    (row,) = _rows(regional_db, R1Count)
    assert row.partition == "SE32"
    assert (row.women, row.men, row.other, row.not_stated) == (4, 3, 1, 0)


def test_lists_hold_entries_whose_period_overlaps_or_that_have_none(
    regional_db: Database,
) -> None:
    always = _count(regional_db, body_name="Alltid")
    in_2010 = _count(
        regional_db, body_name="2010", period_start=D(2010, 1, 1), period_end=D(2010, 12, 31)
    )
    from_autumn = _count(regional_db, body_name="Från hösten", period_start=D(2010, 9, 1))
    until_2009 = _count(regional_db, body_name="Till 2009", period_end=D(2009, 12, 31))
    # Another unit's count never shows.
    _count(regional_db, SE32, body_name="Regionen")

    def shown(period: Period) -> set[str]:
        return {r.id for r in entries.r1_counts(regional_db, PROGRAMME, period)}

    assert shown(Y2010) == {always, in_2010, from_autumn}
    assert shown(H1_2011) == {always, from_autumn}
    assert shown(Period(D(2009, 6, 1), D(2009, 6, 30))) == {always, until_2009}
    assert shown(Period(D(2010, 12, 31), D(2010, 12, 31))) == {always, in_2010, from_autumn}
    assert shown(Period(None, D(2010, 8, 31))) == {always, in_2010, until_2009}
    assert shown(WHOLE_TIME) == {always, in_2010, from_autumn, until_2009}
    for period in (Y2010, H1_2011, WHOLE_TIME):
        for record in entries.r1_counts(regional_db, PROGRAMME, period):
            assert period.overlaps(record.period_start, record.period_end)


def test_r1_counts_are_listed_latest_first(regional_db: Database) -> None:
    _count(regional_db, body_name="B", counted_on=D(2010, 1, 1))
    _count(regional_db, body_name="A", counted_on=D(2010, 5, 1))
    names = [r.body_name for r in entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME)]
    assert names == ["A", "B"]


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"body_name": "  "}, "fourr.text_required", "body_name"),
        ({"body_name": "x" * 301}, "fourr.text_too_long", "body_name"),
        ({"body": "parliament"}, "fourr.bad_choice", "body"),
        ({"counted_on": None}, "fourr.date_required", "counted_on"),
        ({"counted_on": D(1989, 12, 31)}, "fourr.date_out_of_range", "counted_on"),
        (
            {"counted_on": dt.date.today() + dt.timedelta(days=1)},
            "fourr.date_in_future",
            "counted_on",
        ),
        ({"counts": GenderCounts(-1, 3, 0, 0)}, "fourr.count_negative", "woman"),
        ({"counts": GenderCounts(1, 2.5, 0, 0)}, "fourr.count_not_whole", "man"),
        ({"counts": GenderCounts(0, 0, 1_000_001, 0)}, "fourr.count_too_large", "other"),
        ({"counts": GenderCounts()}, "fourr.no_counts", "counts"),
        ({"counts": (1, 2, 3, 4)}, "fourr.not_counts", "counts"),
        (
            {"period_start": D(2010, 6, 1), "period_end": D(2010, 5, 1)},
            "fourr.bad_period",
            "period",
        ),
    ],
)
def test_r1_refusals_write_nothing(
    regional_db: Database, fields: dict[str, Any], code: str, field: str
) -> None:
    values: dict[str, Any] = {
        "body": OutsideBody.PARTNER_BOARD,
        "body_name": "Partnerstyrelse",
        "counted_on": D(2010, 3, 1),
        "counts": GenderCounts(1, 1, 0, 0),
    }
    values.update(fields)
    exc = _refused(code, entries.create_r1_count, regional_db, ids.new_id(), PROGRAMME, **values)
    assert exc.field == field
    assert _rows(regional_db, R1Count) == []


def test_r1_refusal_params_carry_the_limits(regional_db: Database) -> None:
    exc = _refused(
        "fourr.text_too_long",
        entries.create_r1_count,
        regional_db,
        ids.new_id(),
        PROGRAMME,
        body=OutsideBody.OTHER,
        body_name="x" * 301,
        counted_on=D(2010, 1, 1),
        counts=GenderCounts(1),
    )
    assert dict(exc.params) == {"limit": 300}


def test_update_of_an_r1_count_is_undone_by_the_same_update_with_the_old_values(
    regional_db: Database,
) -> None:
    count_id = _count(regional_db)
    (before,) = entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME)
    changed = entries.update_r1_count(
        regional_db, count_id, body_name="Ny styrgrupp", counts=GenderCounts(2, 2, 0, 1)
    )
    assert changed.body_name == "Ny styrgrupp"
    assert changed.counts == GenderCounts(2, 2, 0, 1)
    back = entries.update_r1_count(
        regional_db, count_id, body_name=before.body_name, counts=before.counts
    )
    assert back == before
    _refused("fourr.unknown_field", entries.update_r1_count, regional_db, count_id, colour="red")
    _refused("fourr.text_required", entries.update_r1_count, regional_db, count_id, body_name="")
    assert entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME) == [before]


def test_delete_restore_and_redo_of_a_create(regional_db: Database) -> None:
    count_id = _count(regional_db)
    deleted = entries.delete_r1_count(regional_db, count_id)
    assert deleted.id == count_id
    assert entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME) == []
    _refused("fourr.not_found", entries.delete_r1_count, regional_db, count_id)
    _refused("fourr.not_found", entries.update_r1_count, regional_db, count_id, body_name="X")
    restored = entries.restore_r1_count(regional_db, count_id)
    assert [r.id for r in entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME)] == [count_id]
    assert restored == deleted
    # Redo of an undone create: the same id again revives the tombstone, still one row.
    entries.delete_r1_count(regional_db, count_id)
    entries.create_r1_count(
        regional_db,
        count_id,
        PROGRAMME,
        body=OutsideBody.NETWORK_BOARD,
        body_name="Nätverksstyrelsen",
        counted_on=D(2010, 4, 1),
        counts=GenderCounts(2, 1, 0, 0),
    )
    (record,) = entries.r1_counts(regional_db, PROGRAMME, WHOLE_TIME)
    assert record.body_name == "Nätverksstyrelsen"
    assert len(_rows(regional_db, R1Count)) == 1
    exc = _refused(
        "fourr.already_exists",
        entries.create_r1_count,
        regional_db,
        count_id,
        PROGRAMME,
        body=OutsideBody.OTHER,
        body_name="X",
        counted_on=D(2010, 4, 1),
        counts=GenderCounts(1),
    )
    assert exc.field == "r1_count"
    _refused("fourr.not_found", entries.restore_r1_count, regional_db, ids.new_id())


def test_units_must_exist_and_a_region_writes_for_itself(regional_db: Database) -> None:
    values: dict[str, Any] = {
        "body": OutsideBody.OTHER,
        "body_name": "X",
        "counted_on": D(2010, 1, 1),
        "counts": GenderCounts(1),
    }
    for unit in (
        FourRUnit(FourRUnitKind.REGION, "SE99"),
        FourRUnit(FourRUnitKind.COURSE, ids.new_id()),
        FourRUnit(FourRUnitKind.COMPETENCE_AREA, "NOPE"),
    ):
        exc = _refused(
            "fourr.unknown_unit", entries.create_r1_count, regional_db, ids.new_id(), unit, **values
        )
        assert dict(exc.params) == {"kind": unit.kind.value, "key": unit.key}
    exc = _refused(
        "fourr.other_region",
        entries.create_r1_count,
        regional_db,
        ids.new_id(),
        FourRUnit(FourRUnitKind.REGION, "SE11"),
        **values,
    )
    assert dict(exc.params) == {"region": "SE32"}
    course_id = _course(regional_db, "Styrelsearbete")
    course = FourRUnit(FourRUnitKind.COURSE, course_id)
    entries.create_r1_count(regional_db, ids.new_id(), course, **values)
    assert len(entries.r1_counts(regional_db, course, WHOLE_TIME)) == 1
    assert len(_rows(regional_db, R1Count)) == 1


def test_central_writes_for_any_region_in_the_national_partition(central_db: Database) -> None:
    unit = FourRUnit(FourRUnitKind.REGION, "SE11")
    _count(central_db, unit)
    (row,) = _rows(central_db, R1Count)
    assert row.partition == "national"
    assert len(entries.r1_counts(central_db, unit, WHOLE_TIME)) == 1


# -- R2 ---------------------------------------------------------------------------------------
def _resource(db: Database, **fields: Any) -> str:
    resource_id = ids.new_id()
    values: dict[str, Any] = {
        "kind": ResourceKind.MONEY,
        "description": "Arvoden till föreläsare",
        "unit_label": "kr",
        "recorded_on": D(2010, 5, 1),
        "amounts": ("12000", 8000.5, Decimal("0"), 250),
    }
    values.update(fields)
    entries.create_r2_resource(db, resource_id, PROGRAMME, **values)
    return resource_id


def test_an_r2_resource_keeps_its_amounts_in_cents(regional_db: Database) -> None:
    resource_id = _resource(regional_db)
    (record,) = entries.r2_resources(regional_db, PROGRAMME, Y2010)
    assert record.id == resource_id
    assert record.amounts == (
        Decimal("12000.00"),
        Decimal("8000.50"),
        Decimal("0.00"),
        Decimal("250.00"),
    )
    assert record.counts == GenderCounts(12000.0, 8000.5, 0.0, 250.0)
    assert record.kind is ResourceKind.MONEY
    assert record.unit_label == "kr"
    # The same amounts written differently are not a change.
    same = entries.update_r2_resource(regional_db, resource_id, amounts=(12000, "8000.5", 0, 250))
    assert same == record
    (row,) = _rows(regional_db, R2Resource)
    assert row.field_versions is None
    changed = entries.update_r2_resource(
        regional_db, resource_id, kind=ResourceKind.SPACE, unit_label="m²", amounts=(40, 20, 0, 0)
    )
    assert changed.amounts[0] == Decimal("40.00")
    back = entries.update_r2_resource(
        regional_db,
        resource_id,
        kind=record.kind,
        unit_label=record.unit_label,
        amounts=record.amounts,
    )
    assert back == record


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"description": ""}, "fourr.text_required", "description"),
        ({"description": "x" * 501}, "fourr.text_too_long", "description"),
        ({"unit_label": " "}, "fourr.text_required", "unit_label"),
        ({"unit_label": "x" * 33}, "fourr.text_too_long", "unit_label"),
        ({"kind": "love"}, "fourr.bad_choice", "kind"),
        ({"recorded_on": None}, "fourr.date_required", "recorded_on"),
        ({"amounts": (1, 2, 3)}, "fourr.not_amounts", "amounts"),
        ({"amounts": (1, "abc", 0, 0)}, "fourr.amount_not_number", "man"),
        ({"amounts": (1, 0, "NaN", 0)}, "fourr.amount_not_number", "other"),
        ({"amounts": (1, 0, 0, -5)}, "fourr.amount_negative", "not_stated"),
        ({"amounts": ("1000000000000", 0, 0, 0)}, "fourr.amount_too_large", "woman"),
        ({"amounts": ("1.005", 0, 0, 0)}, "fourr.amount_precision", "woman"),
        ({"amounts": (0, 0, 0, 0)}, "fourr.no_amounts", "amounts"),
        ({"period_end": D(2200, 1, 1)}, "fourr.date_out_of_range", "period_end"),
    ],
)
def test_r2_refusals_write_nothing(
    regional_db: Database, fields: dict[str, Any], code: str, field: str
) -> None:
    values: dict[str, Any] = {
        "kind": ResourceKind.TIME,
        "description": "Handledning",
        "unit_label": "timmar",
        "recorded_on": D(2010, 5, 1),
        "amounts": (10, 10, 0, 0),
    }
    values.update(fields)
    exc = _refused(code, entries.create_r2_resource, regional_db, ids.new_id(), PROGRAMME, **values)
    assert exc.field == field
    assert _rows(regional_db, R2Resource) == []


def test_r2_delete_and_restore(regional_db: Database) -> None:
    resource_id = _resource(regional_db)
    entries.delete_r2_resource(regional_db, resource_id)
    assert entries.r2_resources(regional_db, PROGRAMME, WHOLE_TIME) == []
    entries.restore_r2_resource(regional_db, resource_id)
    assert len(entries.r2_resources(regional_db, PROGRAMME, WHOLE_TIME)) == 1


# -- R4 ---------------------------------------------------------------------------------------
def test_r4_actions_their_status_and_what_is_overdue(regional_db: Database) -> None:
    action_id = ids.new_id()
    record = entries.create_r4_action(
        regional_db,
        action_id,
        SE32,
        what="Bjud in fler män till kurserna i styrelsearbete",
        owner="Regionkoordinatorn",
        due_on=D(2010, 9, 30),
        finding="Åtta av tio deltagare är kvinnor",
        period_start=D(2010, 1, 1),
        period_end=D(2010, 12, 31),
    )
    assert record.status is ActionStatus.PLANNED
    assert record.follow_up_note is None
    assert record.is_overdue(D(2010, 10, 1))
    done = entries.update_r4_action(
        regional_db, action_id, status=ActionStatus.DONE, follow_up_note="Klart i oktober"
    )
    assert done.status is ActionStatus.DONE
    assert not done.is_overdue(D(2010, 10, 1))
    back = entries.update_r4_action(
        regional_db, action_id, status=record.status, follow_up_note=record.follow_up_note
    )
    assert back == record
    _refused("fourr.bad_choice", entries.update_r4_action, regional_db, action_id, status="x")
    _refused("fourr.text_required", entries.update_r4_action, regional_db, action_id, owner="")
    _refused(
        "fourr.text_too_long",
        entries.update_r4_action,
        regional_db,
        action_id,
        finding="x" * 4001,
    )
    assert entries.r4_actions(regional_db, SE32, Y2010) == [record]
    assert entries.r4_actions(regional_db, SE32, H1_2011) == []
    entries.delete_r4_action(regional_db, action_id)
    assert entries.r4_actions(regional_db, SE32, Y2010) == []
    entries.restore_r4_action(regional_db, action_id)
    assert entries.r4_actions(regional_db, SE32, Y2010) == [record]


def test_r4_actions_are_listed_by_date_due_undated_last(regional_db: Database) -> None:
    for what, due in (("C", None), ("B", D(2010, 9, 1)), ("A", D(2010, 3, 1))):
        entries.create_r4_action(
            regional_db, ids.new_id(), PROGRAMME, what=what, owner="Anna", due_on=due
        )
    assert [r.what for r in entries.r4_actions(regional_db, PROGRAMME, WHOLE_TIME)] == [
        "A",
        "B",
        "C",
    ]
    assert len(_rows(regional_db, R4Action)) == 3


def test_r4_refusals(regional_db: Database) -> None:
    _refused(
        "fourr.text_required",
        entries.create_r4_action,
        regional_db,
        ids.new_id(),
        PROGRAMME,
        what=" ",
        owner="Anna",
    )
    _refused(
        "fourr.not_a_date",
        entries.create_r4_action,
        regional_db,
        ids.new_id(),
        PROGRAMME,
        what="Gör något",
        owner="Anna",
        due_on=dt.datetime(2010, 1, 1, 12),
    )
    _refused(
        "fourr.not_text",
        entries.create_r4_action,
        regional_db,
        ids.new_id(),
        PROGRAMME,
        what=5,
        owner="Anna",
    )
    assert _rows(regional_db, R4Action) == []


# -- R3 ---------------------------------------------------------------------------------------
def test_r3_versions_count_up_per_unit_and_exact_period(regional_db: Database) -> None:
    first = entries.save_r3(regional_db, ids.new_id(), SE32, Y2010, "För att…", "", "", "Anna Ek")
    assert first.version == 1
    assert first.author == "Anna Ek"
    second = entries.save_r3(
        regional_db, ids.new_id(), SE32, Y2010, "För att…", "Männens", "Normer", None
    )
    assert second.version == 2
    # Another period, even an overlapping one, and another unit start their own numbering.
    other = entries.save_r3(regional_db, ids.new_id(), SE32, H1_2011, "", "", "Tyst", "Bo")
    assert other.version == 1
    open_end = entries.save_r3(
        regional_db, ids.new_id(), SE32, Period(D(2010, 1, 1)), "Öppen", "", "", None
    )
    assert open_end.version == 1
    programme = entries.save_r3(regional_db, ids.new_id(), PROGRAMME, Y2010, "X", "", "", None)
    assert programme.version == 1
    versions = entries.r3_versions(regional_db, SE32, Y2010)
    assert [v.version for v in versions] == [2, 1]
    # Earlier versions stay as they were.
    assert versions[1] == first
    assert versions[0].whose_terms_text == "Männens"
    assert versions[0].written_at >= first.written_at


def test_undo_of_an_r3_save_deletes_that_version_and_redo_brings_it_back(
    regional_db: Database,
) -> None:
    entries.save_r3(regional_db, ids.new_id(), SE32, Y2010, "Ett", "", "", None)
    second_id = ids.new_id()
    entries.save_r3(regional_db, second_id, SE32, Y2010, "Två", "", "", None)
    entries.delete_r3_version(regional_db, second_id)
    assert [v.why_text for v in entries.r3_versions(regional_db, SE32, Y2010)] == ["Ett"]
    redone = entries.save_r3(regional_db, second_id, SE32, Y2010, "Två", "", "", None)
    assert redone.version == 2
    assert [v.version for v in entries.r3_versions(regional_db, SE32, Y2010)] == [2, 1]
    assert len(_rows(regional_db, R3Analysis)) == 2
    _refused(
        "fourr.already_exists",
        entries.save_r3,
        regional_db,
        second_id,
        SE32,
        Y2010,
        "Tre",
        "",
        "",
        None,
    )
    _refused("fourr.not_found", entries.delete_r3_version, regional_db, ids.new_id())


def test_r3_refusals(regional_db: Database) -> None:
    _refused(
        "fourr.analysis_empty",
        entries.save_r3,
        regional_db,
        ids.new_id(),
        SE32,
        Y2010,
        " ",
        "",
        "",
        None,
    )
    exc = _refused(
        "fourr.text_too_long",
        entries.save_r3,
        regional_db,
        ids.new_id(),
        SE32,
        Y2010,
        "x",
        "",
        "y" * 20_001,
        None,
    )
    assert exc.field == "norms_text"
    _refused(
        "fourr.text_too_long",
        entries.save_r3,
        regional_db,
        ids.new_id(),
        SE32,
        Y2010,
        "x",
        "",
        "",
        "a" * 201,
    )
    assert _rows(regional_db, R3Analysis) == []


def test_entries_reads_all_four_lists_at_once(regional_db: Database) -> None:
    _count(regional_db, SE32)
    _resource(regional_db)
    entries.save_r3(regional_db, ids.new_id(), SE32, Y2010, "Varför", "", "", None)
    entries.create_r4_action(regional_db, ids.new_id(), SE32, what="Gör", owner="Anna")
    found = entries.entries(regional_db, SE32, Y2010)
    assert found.unit == SE32
    assert found.period == Y2010
    assert len(found.r1_counts) == 1
    assert found.r2_resources == ()  # that one is the programme's
    assert [v.why_text for v in found.r3_versions] == ["Varför"]
    assert [a.what for a in found.r4_actions] == ["Gör"]


# -- the unit picker --------------------------------------------------------------------------
def test_unit_choices_at_a_regional_installation(regional_db: Database) -> None:
    later = _course(regional_db, "Styrelsearbete", first=dt.datetime(2010, 9, 1, 9))
    earlier = _course(regional_db, "Arbetsrätt", first=dt.datetime(2010, 3, 1, 9))
    unplanned = _course(regional_db, "Ekonomi")
    _course(regional_db, "Stockholmskurs", region="SE11", first=dt.datetime(2010, 5, 1, 9))
    choices = entries.unit_choices(regional_db)
    assert [r.code for r in choices.regions] == ["SE32"]
    assert [c.id for c in choices.courses] == [later, earlier, unplanned]
    assert choices.courses[0].first_session == D(2010, 9, 1)
    assert choices.courses[0].region_code == "SE32"
    assert choices.courses[2].first_session is None
    catalogues = [a.catalogue for a in choices.areas]
    assert catalogues and set(catalogues) == {"national"}


def test_unit_choices_at_central_hold_every_region_and_catalogue(central_db: Database) -> None:
    _course(central_db, "Stockholmskurs", region="SE11", first=dt.datetime(2010, 5, 1, 9))
    _course(central_db, "Jämtlandskurs", region="SE32", first=dt.datetime(2010, 6, 1, 9))
    choices = entries.unit_choices(central_db)
    assert len(choices.regions) == 8
    assert [r.code for r in choices.regions] == sorted(r.code for r in choices.regions)
    assert {c.region_code for c in choices.courses} == {"SE11", "SE32"}
    catalogues = [a.catalogue for a in choices.areas]
    assert catalogues[0] == "national"
    assert len(set(catalogues)) > 1
    # National first: once another catalogue starts, the national one does not come back.
    first_other = next(i for i, c in enumerate(catalogues) if c != "national")
    assert "national" not in catalogues[first_other:]
