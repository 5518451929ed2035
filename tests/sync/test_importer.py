"""Import: insert as sent, merge field by field, skip what is known, refuse all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.services import attendance, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Attendance, LocalState, Person, SyncAck, SyncConflict
from soul_desktop.sync import bundle as bundle_module
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle, import_log
from tests.sync.conftest import Installations, World, digest, rewrite


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _rows(db: Database, table: sa.Table, *where: Any) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(table).where(*where))]


def _send(sites: Installations, source: Database, target: Database, **kw: Any) -> Any:
    path = sites.bundle_path()
    export_bundle(source, path, recipient_id=_me(target))
    summary = import_bundle(target, path, **kw)
    return summary


def _rewrite(
    source: Path,
    target: Path,
    change: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]],
    signer: Database,
    recipient: Database,
) -> None:
    """A copy of a bundle whose rows `change(table, rows)` rewrote, signed again by its
    source (an enrolled installation sending what it likes) and sealed to its recipient."""
    rewrite(source, target, change, signer=signer, recipient=recipient)


def test_new_rows_arrive_exactly_as_sent(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    people.update_person(a, person_id, email="asa@example.se")
    summary = _send(sites, a, b)
    assert summary.outcome == "applied"
    assert summary.tables["person"].new == 1
    table = Person.__table__
    assert _rows(b, table, table.c.id == person_id) == _rows(a, table, table.c.id == person_id)
    assert digest(a) == digest(b)


def test_reimport_changes_nothing_and_is_counted_unchanged(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=_me(b))
    assert import_bundle(b, path).outcome == "applied"
    before = digest(b)
    again = import_bundle(b, path)
    assert again.outcome == "applied"
    assert again.total("new") == again.total("updated") == again.total("conflicts") == 0
    assert digest(b) == before


def test_dry_run_reports_and_changes_nothing(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=_me(b))
    before, acks = digest(b), _rows(b, SyncAck.__table__)
    dry = import_bundle(b, path, dry_run=True)
    assert dry.outcome == "dry_run" and dry.tables["person"].new == 1
    assert digest(b) == before
    assert _rows(b, SyncAck.__table__) == acks
    real = import_bundle(b, path)
    assert {k: v.to_json() for k, v in real.tables.items()} == {
        k: v.to_json() for k, v in dry.tables.items()
    }
    assert [entry["outcome"] for entry in import_log(b)][-2:] == ["dry_run", "applied"]


def test_import_observes_clock_and_acknowledges_the_source(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.bundle_path()
    manifest = export_bundle(a, path, recipient_id=_me(b))
    import_bundle(b, path)
    top_hlc = max(r["hlc"] for r in _rows(a, Person.__table__))
    state = _rows(b, LocalState.__table__)[0]
    assert state["last_hlc"] >= top_hlc
    ack = SyncAck.__table__
    acks = {r["author_id"]: r["counter"] for r in _rows(b, ack, ack.c.peer_id == _me(a))}
    # (b also acknowledged earlier bundles from a, made when the world was set up)
    sent = {author: span[1] for author, span in manifest.counter_ranges.items()}
    assert {author: acks.get(author) for author in sent} == sent


def test_different_fields_on_two_sides_both_survive(sites: Installations) -> None:  # P4
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    _send(sites, a, b)
    people.update_person(a, person_id, first_name="Åse")
    people.update_person(b, person_id, email="berg@example.se")
    _send(sites, a, b)
    _send(sites, b, a)
    for db in (a, b):
        record = people.get_person(db, person_id)
        assert (record.first_name, record.email) == ("Åse", "berg@example.se")
    assert digest(a) == digest(b)
    assert _rows(a, SyncConflict.__table__) == _rows(b, SyncConflict.__table__) == []


def test_same_field_on_two_sides_one_winner_loser_kept(sites: Installations) -> None:  # P5
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    _send(sites, a, b)
    people.update_person(a, person_id, last_name="Ahlberg")
    people.update_person(b, person_id, last_name="Bergström")
    to_b = _send(sites, a, b)
    _send(sites, b, a)
    assert to_b.tables["person"].conflicts == 1
    assert digest(a) == digest(b)
    winner = people.get_person(a, person_id).last_name
    loser = ({"Ahlberg", "Bergström"} - {winner}).pop()
    for db in (a, b):
        (conflict,) = _rows(db, SyncConflict.__table__)
        assert conflict["kind"] == "conflict" and conflict["field"] == "last_name"
        assert json.loads(conflict["kept_value"]) == winner
        assert json.loads(conflict["lost_value"]) == loser
        assert conflict["resolved"] is False
    # Importing the same again records no second review item.
    _send(sites, b, a)
    assert len(_rows(a, SyncConflict.__table__)) == 1


def test_delete_travels_and_an_old_bundle_does_not_revive(sites: Installations) -> None:  # P6
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    old = sites.bundle_path()
    export_bundle(a, old, recipient_id=_me(b))
    import_bundle(b, old)
    people.delete_person(a, person_id)
    _send(sites, a, b)
    assert import_bundle(b, old).outcome == "applied"
    _send(sites, b, a)
    table = Person.__table__
    for db in (a, b):
        assert _rows(db, table, table.c.id == person_id)[0]["deleted"] is True
    assert digest(a) == digest(b)


def test_an_edit_after_a_delete_elsewhere_goes_to_review(sites: Installations) -> None:  # P6
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    _send(sites, a, b)
    people.delete_person(a, person_id)
    people.update_person(b, person_id, email="late@example.se")  # b has not seen the delete
    _send(sites, a, b)
    _send(sites, b, a)
    table = Person.__table__
    for db in (a, b):
        row = _rows(db, table, table.c.id == person_id)[0]
        assert row["deleted"] is True and row["email"] == "late@example.se"
        review = [c for c in _rows(db, SyncConflict.__table__) if c["kind"] != "conflict"]
        assert [(c["kind"], c["field"]) for c in review] == [("edited_after_delete", "email")]
    assert digest(a) == digest(b)


def test_attendance_marked_on_two_laptops_is_one_row(sites: Installations, world: World) -> None:
    a, b = sites["A"], sites["B"]  # P7
    session_id, person_id = world.course.sessions[0], world.course.persons[0]
    attendance.mark(a, session_id, person_id, AttendanceStatus.PRESENT)
    attendance.mark(b, session_id, person_id, AttendanceStatus.ABSENT)
    _send(sites, a, b)
    _send(sites, b, a)
    table = Attendance.__table__
    for db in (a, b):
        assert len(_rows(db, table, table.c.session_id == session_id)) == 1
    assert digest(a) == digest(b)


def test_a_flipped_byte_is_refused_and_logged(sites: Installations) -> None:  # P8
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=_me(b))
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    before = digest(b)
    summary = import_bundle(b, path)
    assert summary.refused and summary.reason_code is not None
    assert summary.reason_code.startswith("bundle.")
    assert digest(b) == before
    entry = import_log(b)[-1]
    assert entry["outcome"] == "refused" and entry["reason"] == summary.reason
    assert entry["file_name"] == path.name


def _refused_after_rewrite(
    sites: Installations, change: Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]]
) -> tuple[Any, Database]:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    attendance_person = ids.new_id()
    people.create_person(a, attendance_person, "Erik", "Ek")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))
    _rewrite(good, bad, change, a, b)
    before, acks = digest(b), _rows(b, SyncAck.__table__)
    summary = import_bundle(b, bad)
    assert summary.refused
    assert digest(b) == before  # the person rows before the bad one were rolled back
    assert _rows(b, SyncAck.__table__) == acks
    assert import_log(b)[-1]["reason"] == summary.reason
    return summary, b


def _in_last_person(mutate: Callable[[dict[str, Any]], None]) -> Any:
    def change(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if name == "person":
            mutate(rows[-1])
        return rows

    return change


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r.update(birth_year="1970"),
        lambda r: r.update(deleted=1),
        lambda r: r.update(gender="martian"),
        lambda r: r.update(consent_date="yesterday"),
        lambda r: r.update(first_name=None),
        lambda r: r.update(shoe_size=42),
        lambda r: r.pop("hlc"),
        lambda r: r.update(field_versions="{not json"),
        lambda r: r.update(last_name="x" * 1000),
    ],
    ids=[
        "int-as-text",
        "bool-as-int",
        "enum",
        "date",
        "null",
        "unknown",
        "no-hlc",
        "versions",
        "too-long",
    ],
)
def test_a_bad_row_refuses_the_whole_bundle(
    sites: Installations, mutate: Callable[[dict[str, Any]], None]
) -> None:
    summary, _b = _refused_after_rewrite(sites, _in_last_person(mutate))
    assert summary.reason_code == "import.bad_row"
    assert "person" in (summary.reason or "")


def test_a_missing_reference_refuses_the_whole_bundle(sites: Installations) -> None:
    def change(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if name == "attendance":
            return [
                {
                    "id": ids.new_id(),
                    "partition": "SE32",
                    "changed_by": rows[0]["changed_by"] if rows else ids.new_id(),
                    "change_counter": 1,
                    "hlc": 1,
                    "deleted": False,
                    "field_versions": None,
                    "session_id": ids.new_id(),  # no such session anywhere
                    "person_id": ids.new_id(),
                    "status": "present",
                    "minutes": 60,
                    "recorded_at": dt.datetime(2026, 1, 1).isoformat(),
                }
            ]
        return rows

    summary, _b = _refused_after_rewrite(sites, change)
    assert summary.reason_code == "import.missing_reference"
    assert "attendance" in (summary.reason or "")


def test_the_same_row_twice_is_refused(sites: Installations) -> None:
    def change(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return rows + rows[-1:] if name == "person" else rows

    summary, _b = _refused_after_rewrite(sites, change)
    assert summary.reason_code == "import.duplicate_row"


def test_a_bundle_from_a_newer_schema_is_refused(
    sites: Installations, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = sites["A"], sites["B"]
    path = sites.bundle_path()
    with monkeypatch.context() as patch:
        patch.setattr(bundle_module, "HEAD_REVISION", "9999")
        export_bundle(a, path, recipient_id=_me(b))
    before = digest(b)
    summary = import_bundle(b, path)
    assert summary.refused and summary.reason_code == "bundle.newer_version"
    assert digest(b) == before


def test_a_missing_nullable_column_keeps_the_local_value(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    kept, new = ids.new_id(), ids.new_id()
    people.create_person(a, kept, "Åsa", "Berg", email="asa@example.se")
    _send(sites, a, b)
    people.update_person(a, kept, first_name="Åse")
    people.create_person(a, new, "Erik", "Ek", email="erik@example.se")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))

    def drop_email(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row.pop("email")
        return rows

    _rewrite(good, bad, drop_email, a, b)
    summary = import_bundle(b, bad)
    assert summary.outcome == "applied", summary.reason
    assert (people.get_person(b, kept).first_name, people.get_person(b, kept).email) == (
        "Åse",
        "asa@example.se",
    )
    assert people.get_person(b, new).email is None


def test_a_bad_value_in_a_row_already_held_is_still_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good, bad = sites.bundle_path(), sites.bundle_path()
    export_bundle(a, good, recipient_id=_me(b))
    assert import_bundle(b, good).outcome == "applied"

    def wrong_type(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row["birth_year"] = "nineteen"  # same identity as held, value of the wrong type
        return rows

    _rewrite(good, bad, wrong_type, a, b)
    before = digest(b)
    summary = import_bundle(b, bad)
    assert summary.refused and summary.reason_code == "import.bad_row"
    assert "birth_year" in (summary.reason or "")
    assert digest(b) == before
