"""Review-item queries: labels of rows, values back from canonical JSON, who and when, groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import canonical, hlc, ids
from soul_desktop.domain.enums import AttendanceStatus, EnrolmentStatus, Gender
from soul_desktop.services import attendance, people
from soul_desktop.storage import conflicts
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import LocalState, SyncConflict
from soul_desktop.storage.unit_of_work import UnitOfWork
from tests.services.test_attendance import build_course

STRANGER = "9f0d6f55-0000-4000-8000-00000000beef"  # an installation this database never met
DETECTED = dt.datetime(2026, 5, 4, 12, 0)


def local_id(db: Database) -> str:
    with db.engine.connect() as conn:
        found = conn.execute(sa.select(LocalState.installation_id)).scalar()
    assert found is not None
    return found


def field_version(db: Database, table: str, row_id: str, field: str) -> tuple[int, str, int]:
    model = conflicts.model_of(table)
    assert model is not None
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(model.__table__).where(model.id == row_id)).one()
    version = conflicts.field_version(row._asdict(), field)
    return (version.hlc, version.author, version.base)


def add_item(
    db: Database,
    table: str,
    row_id: str,
    field: str,
    lost: Any,
    *,
    kept: Any = None,
    kind: str = conflicts.CONFLICT,
    lost_hlc: int | None = None,
    lost_author: str = STRANGER,
    resolved: bool = False,
) -> int:
    """A review item as the importer records it: the row's current version of the field kept
    (for an edit after a delete, its tombstone) and `lost` from another installation."""
    kept_field = "deleted" if kind == conflicts.EDITED_AFTER_DELETE else field
    kept_hlc, kept_author, _base = field_version(db, table, row_id, kept_field)
    if kind == conflicts.EDITED_AFTER_DELETE:
        kept = True
    elif kept is None:
        model = conflicts.model_of(table)
        assert model is not None
        with db.engine.connect() as conn:
            kept = conn.execute(
                sa.select(model.__table__.c[field]).where(model.id == row_id)
            ).scalar()
    with db.engine.begin() as conn:
        return int(
            conn.execute(
                sa.insert(SyncConflict.__table__).values(
                    table_name=table,
                    row_id=row_id,
                    field=field,
                    kind=kind,
                    kept_value=canonical.dumps(kept),
                    kept_hlc=kept_hlc,
                    kept_author=kept_author,
                    lost_value=canonical.dumps(lost),
                    lost_hlc=kept_hlc - 1 if lost_hlc is None else lost_hlc,
                    lost_author=lost_author,
                    bundle_id=ids.new_id(),
                    source_id=lost_author,
                    detected_at=DETECTED,
                    resolved=resolved,
                )
            ).inserted_primary_key[0]
        )


def _open(db: Database) -> list[dict[str, Any]]:
    with UnitOfWork(db) as uow:
        return conflicts.open_items(uow.session)


# -- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("person", "gender", Gender.WOMAN),
        ("person", "birth_year", 1970),
        ("person", "first_name", "Åsa"),
        ("person", "email", None),
        ("person", "consent_date", dt.date(2026, 3, 1)),
        ("person", "declined_education", True),
        ("person", "deleted", False),
        ("course_session", "starts_at", dt.datetime(2026, 3, 1, 9, 30)),
        ("attendance", "status", AttendanceStatus.PARTIAL),
        ("enrolment", "status", EnrolmentStatus.WAITLISTED),
    ],
)
def test_a_canonical_value_comes_back_as_its_column_type(
    table: str, field: str, value: Any
) -> None:
    decoded = conflicts.decode_value(table, field, canonical.dumps(value))
    assert decoded == value and type(decoded) is type(value)


def test_decimals_and_unknown_columns() -> None:
    decoded = conflicts.decode_value("r2_resource", "women", canonical.dumps(Decimal("1.50")))
    assert decoded == Decimal("1.5") and isinstance(decoded, Decimal)
    # A column this schema lacks keeps its JSON value.
    assert conflicts.decode_value("person", "shoe_size", "42") == 42
    assert conflicts.decode_value("no_such_table", "x", '"y"') == "y"


@pytest.mark.parametrize(
    ("field", "text"),
    [("gender", '"martian"'), ("birth_year", '"1970"'), ("declined_education", "1")],
)
def test_a_value_that_does_not_fit_its_column_is_refused(field: str, text: str) -> None:
    with pytest.raises(ValueError):
        conflicts.decode_value("person", field, text)


def test_wall_time_is_the_clock_part_of_an_hlc() -> None:
    moment = dt.datetime(2026, 5, 4, 10, 15, 30, 250_000, tzinfo=dt.UTC)
    packed = hlc.pack(int(moment.timestamp() * 1000), 7)
    assert conflicts.wall_time(packed) == moment


# -- labels -----------------------------------------------------------------------------------


def test_rows_are_labelled_in_words(regional_db: Database) -> None:
    built = build_course(regional_db, title="Styrelsearbete")
    person_id = built.persons[0]
    session_id = built.sessions[0]
    attendance.mark(regional_db, session_id, person_id, AttendanceStatus.PRESENT)
    record = people.get_person(regional_db, person_id)
    with UnitOfWork(regional_db) as uow:
        s = uow.session
        assert conflicts.row_labels(s, "person", [person_id]) == {person_id: "Anna Berg"}
        organisation_id = record.organisation_id
        assert organisation_id is not None
        assert conflicts.row_labels(s, "organisation", [organisation_id]) == {
            organisation_id: "Föreningen Bron"
        }
        assert conflicts.row_labels(s, "course", [built.course_id]) == {
            built.course_id: "Styrelsearbete"
        }
        assert conflicts.row_labels(s, "course_session", [session_id]) == {
            session_id: "Styrelsearbete – 2010-03-01 13:00"
        }
        enrolment_id = ids.enrolment_id(built.course_id, person_id)
        assert conflicts.row_labels(s, "enrolment", [enrolment_id]) == {
            enrolment_id: "Anna Berg – Styrelsearbete"
        }
        attendance_id = ids.attendance_id(session_id, person_id)
        assert conflicts.row_labels(s, "attendance", [attendance_id]) == {
            attendance_id: "Anna Berg – Styrelsearbete – 2010-03-01 13:00"
        }
        me = local_id(regional_db)
        assert conflicts.row_labels(s, "installation", [me]) == {me: "Testkontoret"}
        # Tables without a label rule, and rows that are not here, show the id.
        other = ids.new_id()
        assert conflicts.row_labels(s, "course_area", [other]) == {other: other}
        assert conflicts.row_labels(s, "person", [other]) == {other: other}
        assert conflicts.installation_names(s, [me, STRANGER]) == {me: "Testkontoret"}


# -- open items -------------------------------------------------------------------------------


def test_an_open_item_carries_what_the_reviewer_needs(regional_db: Database) -> None:
    built = build_course(regional_db)
    person_id = built.persons[0]
    people.update_person(regional_db, person_id, last_name="Bergström")
    item_id = add_item(regional_db, "person", person_id, "last_name", "Berglund")
    kept_hlc, kept_author, _ = field_version(regional_db, "person", person_id, "last_name")
    (item,) = _open(regional_db)
    assert item["id"] == item_id
    assert (item["kind"], item["table"], item["row_id"], item["field"]) == (
        "conflict",
        "person",
        person_id,
        "last_name",
    )
    assert item["row_label"] == "Anna Bergström"
    assert (item["kept_value"], item["lost_value"], item["current_value"]) == (
        "Bergström",
        "Berglund",
        "Bergström",
    )
    assert item["kept_author"] == kept_author == local_id(regional_db)
    assert item["kept_author_name"] == "Testkontoret"
    assert (item["lost_author"], item["lost_author_name"]) == (STRANGER, None)
    assert (item["source_id"], item["source_name"]) == (STRANGER, None)
    assert item["kept_at"] == conflicts.wall_time(kept_hlc)
    assert item["lost_at"] == conflicts.wall_time(kept_hlc - 1)
    assert item["kept_at"].tzinfo is dt.UTC
    assert item["detected_at"] == DETECTED
    assert item["row_exists"] and not item["row_deleted"] and not item["changed_since"]
    assert item["kept_label"] is item["lost_label"] is item["current_label"] is None
    with UnitOfWork(regional_db) as uow:
        assert conflicts.count_open(uow.session) == 1


def test_the_current_value_and_a_change_since_are_shown(regional_db: Database) -> None:
    person_id = ids.new_id()
    people.create_person(regional_db, person_id, "Åsa", "Berg", email="a@example.se")
    add_item(regional_db, "person", person_id, "email", "b@example.se")
    people.update_person(regional_db, person_id, email="c@example.se")
    (item,) = _open(regional_db)
    assert (item["kept_value"], item["current_value"]) == ("a@example.se", "c@example.se")
    assert item["changed_since"]


def test_a_reference_is_shown_by_the_label_of_the_row_it_names(regional_db: Database) -> None:
    built = build_course(regional_db)
    person_id = built.persons[0]
    kept_org = people.get_person(regional_db, person_id).organisation_id
    other_org = ids.new_id()
    people.create_organisation(regional_db, other_org, "Kooperativet Gnistan")
    add_item(regional_db, "person", person_id, "organisation_id", other_org)
    (item,) = _open(regional_db)
    assert item["kept_value"] == item["current_value"] == kept_org
    assert item["kept_label"] == item["current_label"] == "Föreningen Bron"
    assert (item["lost_value"], item["lost_label"]) == (other_org, "Kooperativet Gnistan")


def test_an_edit_after_a_delete(regional_db: Database) -> None:
    person_id = ids.new_id()
    people.create_person(regional_db, person_id, "Åsa", "Berg")
    people.delete_person(regional_db, person_id)
    add_item(
        regional_db,
        "person",
        person_id,
        "email",
        "late@example.se",
        kind=conflicts.EDITED_AFTER_DELETE,
        lost_hlc=2**62,
    )
    (item,) = _open(regional_db)
    assert item["kind"] == "edited_after_delete"
    assert item["kept_value"] is True and item["kept_label"] is None
    assert item["lost_value"] == "late@example.se"
    assert item["row_deleted"] and item["row_label"] == "Åsa Berg"
    # The later edit is not in this row (the test wrote only the item): changed since.
    assert item["changed_since"]


def test_resolved_items_are_left_out_and_a_group_is_one_field_of_one_row(
    regional_db: Database,
) -> None:
    person_id = ids.new_id()
    people.create_person(regional_db, person_id, "Åsa", "Berg")
    first = add_item(regional_db, "person", person_id, "last_name", "Ek")
    second = add_item(regional_db, "person", person_id, "last_name", "Ås", lost_author=ids.new_id())
    other_field = add_item(regional_db, "person", person_id, "first_name", "Åse")
    add_item(regional_db, "person", person_id, "phone", "1", resolved=True)
    assert [item["id"] for item in _open(regional_db)] == [first, second, other_field]
    with UnitOfWork(regional_db) as uow:
        s = uow.session
        item = conflicts.get_item(s, first)
        assert item is not None
        assert [i.id for i in conflicts.open_group(s, item)] == [first, second]
        conflicts.set_resolved(s, [second], True)
        assert [i.id for i in conflicts.open_group(s, item)] == [first]
        uow.commit()
    assert [item["id"] for item in _open(regional_db)] == [first, other_field]


def test_an_item_about_a_row_that_is_not_here(regional_db: Database) -> None:
    person_id = ids.new_id()
    people.create_person(regional_db, person_id, "Åsa", "Berg")
    add_item(regional_db, "person", person_id, "last_name", "Ek")
    missing = ids.new_id()
    with regional_db.engine.begin() as conn:
        conn.execute(sa.update(SyncConflict.__table__).values(row_id=missing, table_name="person"))
    (item,) = _open(regional_db)
    assert (item["row_label"], item["row_exists"], item["current_value"]) == (
        missing,
        False,
        None,
    )
    with UnitOfWork(regional_db) as uow:
        assert conflicts.synced_row(uow.session, "person", missing) is None
        assert conflicts.synced_row(uow.session, "no_such_table", missing) is None
