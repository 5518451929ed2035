"""Receipts: what a recipient confirms is left out of later exports; until then it is resent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.services import people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import SyncAck
from soul_desktop.sync import enrolment as enrolling
from soul_desktop.sync.exporter import export_bundle, local_installation_id
from soul_desktop.sync.importer import import_bundle
from soul_desktop.sync.receipts import ReceiptError, apply_receipt, read_receipt, write_receipt
from soul_desktop.sync.trust import TrustError, sign_receipt
from tests.sync.conftest import Installations, local_trust, read_bundle


def _me(db: Database) -> str:
    with db.engine.connect() as conn:
        return local_installation_id(conn)


def _person_ids(path: Path, recipient: Database) -> set[str]:
    with read_bundle(path, recipient) as reader:
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
    assert {first_person, second_person} <= _person_ids(resent, b)

    applied = apply_receipt(a, receipt_path)
    assert applied == read_receipt(receipt_path)
    later = sites.bundle_path()
    export_bundle(a, later, recipient_id=_me(b))
    assert _person_ids(later, b) == {second_person}
    # Applying the same receipt again, or an older one, never lowers what is acknowledged.
    apply_receipt(a, receipt_path)
    assert _person_ids(export_bundle_path(sites, a, b), b) == {second_person}


def export_bundle_path(sites: Installations, source: Database, target: Database) -> Path:
    path = sites.bundle_path()
    export_bundle(source, path, recipient_id=_me(target))
    return path


def test_a_lost_bundle_loses_nothing(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    lost = export_bundle_path(sites, a, b)  # never imported
    assert person_id in _person_ids(lost, b)
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
        (json.dumps({"format": "soul-desktop-receipt", "version": 3}).encode(),
         "receipt.newer_version"),
        (json.dumps({"format": "soul-desktop-receipt", "version": 2, "receipt": "{}"}).encode(),
         "receipt.invalid"),
        (json.dumps({"format": "soul-desktop-receipt", "version": 2}).encode(),
         "receipt.invalid"),
        # Version 1 receipts were not signed: nobody vouches for them.
        (json.dumps({"format": "soul-desktop-receipt", "version": 1, "installation": "x"}).encode(),
         "trust.unsigned"),
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
    body = json.loads(data["receipt"])
    body["holds"] = {_me(a): -1}
    data["receipt"] = json.dumps(body)
    path.write_text(json.dumps(data))
    with pytest.raises(ReceiptError) as caught:
        apply_receipt(a, path)
    assert caught.value.code == "receipt.invalid"


def _acks(db: Database) -> list[tuple[str, str, int]]:
    with db.engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(sa.select(SyncAck.__table__)))


def _receipt(sites: Installations, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    summary = import_bundle(b, export_bundle_path(sites, a, b))
    path = tmp_path / "r.json"
    write_receipt(b, summary, path)
    return path, json.loads(path.read_text())


def test_a_forged_receipt_is_refused_and_changes_nothing(
    sites: Installations, tmp_path: Path
) -> None:
    """Raising a counter in a receipt would make A leave changes out for good."""
    a = sites["A"]
    path, data = _receipt(sites, tmp_path)
    body = json.loads(data["receipt"])
    body["holds"] = {author: counter + 1000 for author, counter in body["holds"].items()}
    data["receipt"] = json.dumps(body, sort_keys=True, separators=(",", ":"))
    path.write_text(json.dumps(data))
    before = _acks(a)
    with pytest.raises(TrustError) as caught:
        apply_receipt(a, path)
    assert caught.value.code == "trust.bad_signature"
    assert _acks(a) == before


def test_a_receipt_signed_by_another_installation_is_refused(
    sites: Installations, tmp_path: Path
) -> None:
    a, c = sites["A"], sites["C"]
    path, data = _receipt(sites, tmp_path)
    # C signs B's receipt with its own key and chain: a valid signature, by the wrong one.
    signed = sign_receipt(local_trust(c), data["receipt"])
    data.update(signer=signed["signer"], signature=signed["signature"])
    path.write_text(json.dumps(data))
    with pytest.raises(TrustError) as caught:
        apply_receipt(a, path)
    assert caught.value.code == "trust.source_mismatch"


def test_a_receipt_from_a_revoked_installation_is_refused(
    sites: Installations, tmp_path: Path
) -> None:
    a, b, central = sites["A"], sites["B"], sites["central"]
    path, _data = _receipt(sites, tmp_path)
    enrolling.revoke(central, _me(b), "stolen")
    assert sites.send(central, a).outcome == "applied"
    before = _acks(a)
    with pytest.raises(TrustError) as caught:
        apply_receipt(a, path)
    assert caught.value.code == "trust.revoked"
    assert _acks(a) == before
