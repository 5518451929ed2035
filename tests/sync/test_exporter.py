"""Export: full and incremental bundles, original authorship kept, deterministic parts."""

from __future__ import annotations

import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import people
from soul_desktop.storage.database import Database
from soul_desktop.sync.bundle import verify_bundle
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle, raise_acks
from soul_desktop.sync.rows import decode_row, encode_row, tables_in_order
from tests.sync.conftest import Installations, local_trust, read_bundle


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _count(db: Database, table: sa.Table) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_full_export_holds_every_synced_row_parents_first(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    path = sites.bundle_path()
    manifest = export_bundle(a, path, full=True, recipient_id=_me(b))
    assert manifest.kind == "full"
    assert [p.name for p in manifest.parts] == [t.name for t in tables_in_order()]
    for table in tables_in_order():
        assert manifest.part(table.name).rows == _count(a, table), table.name
    report = verify_bundle(path, keys=local_trust(b).decryption_keys())
    assert report.payload_checked
    assert report.rows == sum(p.rows for p in manifest.parts)
    assert manifest.source.id == _me(a)
    assert "local_state" not in {p.name for p in manifest.parts}


def test_rows_round_trip_through_the_json_encoding(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    path = sites.bundle_path()
    export_bundle(a, path, full=True, recipient_id=_me(b))
    with read_bundle(path, b) as reader, a.engine.connect() as conn:
        for table in tables_in_order():
            stored = {row.id: row._asdict() for row in conn.execute(sa.select(*table.c))}
            for raw in reader.iter_rows(table.name):
                assert decode_row(table, raw) == stored[raw["id"]]


def test_counter_ranges_name_each_author_lowest_and_highest(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    path = sites.bundle_path()
    manifest = export_bundle(a, path, full=True, recipient_id=_me(b))
    seen: dict[str, list[int]] = {}
    with read_bundle(path, b) as reader:
        for info in manifest.parts:
            for row in reader.iter_rows(info.name):
                span = seen.setdefault(row["changed_by"], [row["change_counter"]] * 2)
                span[0] = min(span[0], row["change_counter"])
                span[1] = max(span[1], row["change_counter"])
    assert {k: list(v) for k, v in manifest.counter_ranges.items()} == seen


def test_same_data_gives_the_same_parts(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    first = export_bundle(a, sites.bundle_path(), full=True, recipient_id=_me(b))
    second = export_bundle(a, sites.bundle_path(), full=True, recipient_id=_me(b))
    assert [p.sha256 for p in first.parts] == [p.sha256 for p in second.parts]
    assert first.bundle_id != second.bundle_id


def test_incremental_export_leaves_out_what_the_recipient_acknowledged(
    sites: Installations,
) -> None:
    a, b = sites["A"], sites["B"]
    me, peer = _me(a), _me(b)
    with a.engine.connect() as conn:
        person = tables_in_order()[[t.name for t in tables_in_order()].index("person")]
        top = conn.execute(
            sa.select(sa.func.max(person.c.change_counter)).where(person.c.changed_by == me)
        ).scalar_one()
    with a.engine.begin() as conn:
        raise_acks(conn, peer, {me: 10**9})  # b holds everything a wrote so far
    nothing = export_bundle(a, sites.bundle_path(), recipient_id=peer)
    assert nothing.counter_ranges.get(me) is None
    person_id = ids.new_id()
    people.create_person(a, person_id, "Ny", "Person")
    with a.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM sync_ack"))
        raise_acks(conn, peer, {me: top})
    path = sites.bundle_path()
    manifest = export_bundle(a, path, recipient_id=peer)
    assert manifest.recipient is not None and manifest.recipient.id == peer
    assert manifest.counter_ranges[me][0] > top
    with read_bundle(path, b) as reader:
        rows = list(reader.iter_rows("person"))
    assert person_id in {r["id"] for r in rows}
    assert all(r["changed_by"] != me or r["change_counter"] > top for r in rows)


def test_relayed_rows_keep_their_author_and_counter(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Relä", "Rad")
    first = sites.bundle_path()
    export_bundle(a, first, recipient_id=_me(b))
    assert import_bundle(b, first).outcome == "applied"
    relayed = sites.bundle_path()
    export_bundle(b, relayed, full=True, recipient_id=sites.id("C"))
    with read_bundle(first, b) as r1, read_bundle(relayed, sites["C"]) as r2:
        original = next(r for r in r1.iter_rows("person") if r["id"] == person_id)
        again = next(r for r in r2.iter_rows("person") if r["id"] == person_id)
    assert again == original
    assert again["changed_by"] == _me(a)


def test_encode_row_spells_values_as_json() -> None:
    import datetime as dt
    from decimal import Decimal

    from soul_desktop.domain.enums import Gender

    row = encode_row(
        ("a", "b", "c", "d", "e"),
        (dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4, 5), Decimal("1.50"), Gender.MAN, None),
    )
    assert row == {"a": "2026-01-02", "b": "2026-01-02T03:04:05", "c": "1.5", "d": "man", "e": None}


def test_without_a_recipient_the_bundle_goes_to_the_installation_that_enrolled_this_one(
    sites: Installations,
) -> None:
    from soul_desktop.sync.receipts import apply_receipt, write_receipt

    a, central = sites["A"], sites["central"]
    path = sites.bundle_path()
    manifest = export_bundle(a, path)
    assert manifest.recipient is not None and manifest.recipient.id == _me(central)
    assert manifest.sealing is not None and manifest.sealing.recipient == _me(central)
    summary = import_bundle(central, path)
    assert summary.outcome == "applied"
    receipt = sites.folder / "receipt.json"
    write_receipt(central, summary, receipt)
    apply_receipt(a, receipt)
    # What central acknowledged is left out of the next one.
    assert export_bundle(a, sites.bundle_path()).counter_ranges.get(_me(a)) is None
    person_id = ids.new_id()
    people.create_person(a, person_id, "Ny", "Person")
    path = sites.bundle_path()
    export_bundle(a, path)
    with read_bundle(path, central) as reader:
        assert [row["id"] for row in reader.iter_rows("person")] == [person_id]


def test_central_names_the_recipient_and_nobody_writes_to_itself(sites: Installations) -> None:
    from soul_desktop.sync.exporter import ExportRefused

    central, a = sites["central"], sites["A"]
    for db, to, code in (
        (central, None, "export.recipient_required"),
        (a, _me(a), "export.to_itself"),
        (a, ids.new_id(), "export.unknown_recipient"),
    ):
        path = sites.bundle_path()
        try:
            export_bundle(db, path, recipient_id=to)
        except ExportRefused as refusal:
            assert refusal.code == code
        else:
            raise AssertionError(code)
        assert not path.exists()
