"""Receipts: what a recipient confirms is left out of later exports; until then it is resent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from soul_desktop.domain import ids
from soul_desktop.services import people
from soul_desktop.storage.database import Database
from soul_desktop.sync.bundle import open_bundle
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from soul_desktop.sync.receipts import ReceiptError, apply_receipt, read_receipt, write_receipt
from tests.sync.conftest import Installations


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _person_ids(path: Path) -> set[str]:
    with open_bundle(path) as reader:
        return {row["id"] for row in reader.iter_rows("person")}


def test_a_receipt_keeps_confirmed_changes_out_of_the_next_export(
    sites: Installations, tmp_path: Path
) -> None:
    a, b = sites["A"], sites["B"]
    first_person = ids.new_id()
    people.create_person(a, first_person, "Åsa", "Berg")
    path = sites.bundle_path()
    export_bundle(a, path, recipient_id=_me(b))
    summary = import_bundle(b, path)
    receipt_path = tmp_path / "receipt.json"
    receipt = write_receipt(b, summary, receipt_path)
    assert receipt.installation == _me(b) and receipt.to == _me(a)
    assert receipt.holds[_me(a)] == summary.counter_ranges[_me(a)][1]
    # Also from the bundle id alone (what the command line has).
    assert write_receipt(b, summary.bundle_id or "", tmp_path / "again.json").holds == receipt.holds

    # Before the receipt arrives, the next export to b still carries the first person.
    second_person = ids.new_id()
    people.create_person(a, second_person, "Erik", "Ek")
    resent = sites.bundle_path()
    export_bundle(a, resent, recipient_id=_me(b))
    assert {first_person, second_person} <= _person_ids(resent)

    applied = apply_receipt(a, receipt_path)
    assert applied == read_receipt(receipt_path)
    later = sites.bundle_path()
    export_bundle(a, later, recipient_id=_me(b))
    assert _person_ids(later) == {second_person}
    # Applying the same receipt again, or an older one, never lowers what is acknowledged.
    apply_receipt(a, receipt_path)
    assert _person_ids(export_bundle_path(sites, a, b)) == {second_person}


def export_bundle_path(sites: Installations, source: Database, target: Database) -> Path:
    path = sites.bundle_path()
    export_bundle(source, path, recipient_id=_me(target))
    return path


def test_a_lost_bundle_loses_nothing(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    lost = export_bundle_path(sites, a, b)  # never imported
    assert person_id in _person_ids(lost)
    found = export_bundle_path(sites, a, b)
    assert import_bundle(b, found).outcome == "applied"
    assert people.get_person(b, person_id).first_name == "Åsa"


def test_a_receipt_for_another_installation_is_refused(
    sites: Installations, tmp_path: Path
) -> None:
    a, b, c = sites["A"], sites["B"], sites["C"]
    path = export_bundle_path(sites, a, b)
    summary = import_bundle(b, path)
    receipt_path = tmp_path / "receipt.json"
    write_receipt(b, summary, receipt_path)
    with pytest.raises(ReceiptError) as caught:
        apply_receipt(c, receipt_path)
    assert caught.value.code == "receipt.not_for_us"


def test_no_receipt_for_a_bundle_that_was_not_applied(sites: Installations, tmp_path: Path) -> None:
    with pytest.raises(ReceiptError) as caught:
        write_receipt(sites["B"], ids.new_id(), tmp_path / "r.json")
    assert caught.value.code == "receipt.not_imported"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not json", "receipt.invalid"),
        (b"[]", "receipt.invalid"),
        (json.dumps({"format": "soul-desktop-receipt", "version": 2}).encode(),
         "receipt.newer_version"),
        (json.dumps({"format": "soul-desktop-receipt", "version": 1, "installation": "x"}).encode(),
         "receipt.invalid"),
    ],
)  # fmt: skip
def test_bad_receipts_are_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ReceiptError) as caught:
        read_receipt(path)
    assert caught.value.code == code


def test_a_receipt_with_bad_counters_is_refused(sites: Installations, tmp_path: Path) -> None:
    a, b = sites["A"], sites["B"]
    summary = import_bundle(b, export_bundle_path(sites, a, b))
    path = tmp_path / "r.json"
    write_receipt(b, summary, path)
    data = json.loads(path.read_text())
    data["holds"] = {_me(a): -1}
    path.write_text(json.dumps(data))
    with pytest.raises(ReceiptError) as caught:
        apply_receipt(a, path)
    assert caught.value.code == "receipt.invalid"
