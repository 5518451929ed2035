"""Trust (issue #5): every refusal with its own reason and nothing changed; replays are no-ops;
revocations travel; personnummer and sensitive fields travel only to whom needs them."""

from __future__ import annotations

import hashlib
import shutil
import struct
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from soul_desktop.domain import ids
from soul_desktop.domain.enums import AccessibilityNeed, Disability, InstallationRole
from soul_desktop.domain.identity_hash import personnummer_hash
from soul_desktop.services import duplicates, enrolment, installation, people
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Person, Revocation
from soul_desktop.sync import bundle as bundle_module
from soul_desktop.sync import enrolment as enrolling
from soul_desktop.sync.bundle import BundleWriter, open_bundle
from soul_desktop.sync.exporter import export_bundle
from soul_desktop.sync.importer import ImportSummary, import_bundle, import_log
from soul_desktop.sync.scope import OUT_OF_SCOPE
from tests.enrolment import enrol, make_central
from tests.services.test_attendance import build_course
from tests.sync.conftest import (
    Installations,
    World,
    digest,
    installation_id,
    local_trust,
    open_db,
    read_bundle,
    rewrite,
)

PERSONNUMMER = "19800101-1231"


def _refused(summary: ImportSummary, code: str, db: Database, before: str) -> None:
    """Refused with `code` and a one-line reason, logged, and the database as it was."""
    assert summary.refused, summary
    assert summary.reason_code == code, summary.reason
    assert summary.reason and "\n" not in summary.reason and summary.reason.endswith(".")
    assert digest(db) == before
    last = import_log(db)[-1]
    assert (last["outcome"], last["reason_code"], last["reason"]) == (
        "refused",
        code,
        summary.reason,
    )


def _person(db: Database, person_id: str) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = conn.execute(sa.select(Person.__table__).where(Person.id == person_id)).one()
    return dict(row._mapping)


def _new_db(sites: Installations, empty_template: Path, name: str) -> Database:
    """A database without installation, kept with the sites (SQLite files: these tests are
    about trust, not the backend, and enrolment writes files)."""
    path = sites.folder / f"{name}.db"
    shutil.copyfile(empty_template, path)
    db = open_db(path)
    sites.dbs[name] = db
    return db


# -- the bytes of a bundle ------------------------------------------------------------------------


def _split(data: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """(manifest, signature, part frames, end marker) of a format 2 bundle's bytes."""
    (length,) = struct.unpack_from(">I", data, 10)
    manifest = data[14 : 14 + length]
    at = 14 + length + 32
    (size,) = struct.unpack_from(">I", data, at)
    signature = data[at + 4 : at + 4 + size]
    return manifest, signature, data[at + 4 + size : -36], data[-36:-32]


def _assemble(target: Path, manifest: bytes, signature: bytes, frames: bytes) -> Path:
    """A bundle file with every checksum right around the given pieces."""
    body = (
        b"SOULBNDL"
        + struct.pack(">HI", 2, len(manifest))
        + manifest
        + hashlib.sha256(manifest).digest()
        + struct.pack(">I", len(signature))
        + signature
        + frames
        + struct.pack(">I", 0)
    )
    target.write_bytes(body + hashlib.sha256(body).digest())
    return target


def tamper_payload(source: Path, target: Path) -> Path:
    """A copy whose largest part has one encrypted byte changed, checksums made right again
    (anyone can recompute a SHA-256; only the key can make a ciphertext that decrypts)."""
    data = source.read_bytes()
    manifest, signature, frames, _end = _split(data)
    with open_bundle(source) as reader:
        parts = reader.manifest.parts
    biggest = max(parts, key=lambda p: p.compressed_bytes)
    at = 0
    for info in parts:
        (header,) = struct.unpack_from(">I", frames, at)
        start = at + 4 + header
        size = bundle_module._stored_size(info, True)
        if info.name == biggest.name:
            changed = bytearray(frames)
            changed[start + size // 2] ^= 0x20
            return _assemble(target, manifest, signature, bytes(changed))
        at = start + size
    raise AssertionError("no part")


# -- refusals -------------------------------------------------------------------------------------


def test_a_bundle_without_signature_is_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    manifest, _signature, frames, _end = _split(good.read_bytes())
    unsigned = _assemble(sites.bundle_path(), manifest, b"", frames)
    before = digest(b)
    _refused(import_bundle(b, unsigned), "trust.unsigned", b, before)
    # An old bundle (format 1: no signature frame, rows in clear) is refused alike.
    old = sites.bundle_path()
    source = {"id": sites.id("A"), "name": "Kontor A", "role": "regional", "region": "SE32"}
    with (
        BundleWriter(old, {"source": source, "kind": "full"}) as writer,
        writer.part("person") as part,
    ):
        part.write_row({"id": ids.new_id()})
    _refused(import_bundle(b, old), "trust.unsigned", b, before)
    assert import_bundle(b, good).outcome == "applied"


def test_a_manifest_changed_after_signing_is_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    manifest, signature, frames, _end = _split(good.read_bytes())
    # Claim the bundle holds nothing of A's earlier changes (counters), checksums right.
    changed = manifest.replace(b'"kind":"incremental"', b'"kind":"full"')
    assert changed != manifest
    forged = _assemble(sites.bundle_path(), changed, signature, frames)
    before = digest(b)
    _refused(import_bundle(b, forged), "trust.bad_signature", b, before)


def test_a_bundle_signed_with_another_key_than_the_enrolled_one_is_refused(
    sites: Installations, empty_template: Path
) -> None:
    """Someone who has A's (public) chain but not its key signs as A."""
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    outsider = _new_db(sites, empty_template, "outsider")
    installation.initialise(outsider, InstallationRole.REGIONAL, "SE32", "Falsk A")
    forged = sites.bundle_path()
    rewrite(good, forged, lambda _n, rows: rows, signer=outsider, recipient=b)
    before = digest(b)
    _refused(import_bundle(b, forged), "trust.bad_signature", b, before)


def test_a_bundle_from_an_installation_another_central_enrolled_is_refused(
    sites: Installations, empty_template: Path
) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    other_central = _new_db(sites, empty_template, "other_central")
    make_central(other_central, "Ett annat kansli")
    impostor = _new_db(sites, empty_template, "impostor")
    enrol(other_central, impostor, sites.folder, "Kontor A", region="SE32")
    chain = local_trust(impostor).chain

    def as_impostor(fields: dict[str, Any]) -> None:
        fields["signer"] = chain
        fields["source"] = {**fields["source"], "id": installation_id(impostor)}

    forged = sites.bundle_path()
    rewrite(good, forged, lambda _n, rows: rows, signer=impostor, recipient=b,
            manifest=as_impostor)  # fmt: skip
    before = digest(b)
    _refused(import_bundle(b, forged), "trust.unknown_installation", b, before)
    # Without any chain at all, likewise.
    bare = sites.bundle_path()
    rewrite(good, bare, lambda _n, rows: rows, signer=a, recipient=b,
            manifest=lambda f: f.update(signer=None))  # fmt: skip
    _refused(import_bundle(b, bare), "trust.unknown_installation", b, before)


def test_a_revoked_installation_is_refused_once_the_revocation_arrives(
    sites: Installations,
) -> None:
    a, b, central = sites["A"], sites["B"], sites["central"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    made_before = sites.export(a, b)  # made before the laptop was stolen: refused all the same
    enrolling.revoke(central, sites.id("A"), "stulen dator")
    # The revocation travels to B in central's bundle, as a row in central's scope.
    summary = sites.send(central, b)
    assert summary.outcome == "applied", summary.reason
    assert summary.tables["revocation"].new == 1
    with b.engine.connect() as conn:
        assert conn.execute(sa.select(Revocation.installation_id)).scalars().all() == [
            sites.id("A")
        ]
    before = digest(b)
    _refused(import_bundle(b, made_before), "trust.revoked", b, before)
    # Nothing goes to it either.
    with pytest.raises(Exception, match="revoked") as caught:
        sites.export(b, a)
    assert getattr(caught.value, "code", None) == "export.revoked_recipient"
    # B relays the revocation on: C refuses A's bundles once it hears from B.
    assert sites.send(b, "C").outcome == "applied"
    c = sites["C"]
    before_c = digest(c)
    _refused(import_bundle(c, sites.export(a, c)), "trust.revoked", c, before_c)


def test_a_forged_revocation_is_refused(sites: Installations) -> None:
    """A region cannot revoke its neighbour by writing a revocation in central's name."""
    a, b, central = sites["A"], sites["B"], sites["central"]
    enrolling.revoke(central, sites.id("C"), "test")
    genuine = sites.export(central, a)
    assert import_bundle(a, genuine).outcome == "applied"
    good = sites.export(a, b, full=True)

    def retarget(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if name == "revocation":
            for row in rows:
                row["installation_id"] = sites.id("B")  # the signature was for C
        return rows

    forged = sites.bundle_path()
    rewrite(good, forged, retarget, signer=a, recipient=b)
    before = digest(b)
    _refused(import_bundle(b, forged), "trust.bad_revocation", b, before)

    def withdraw(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if name == "revocation":
            for row in rows:
                row["deleted"] = True
        return rows

    rewrite(good, forged, withdraw, signer=a, recipient=b)
    _refused(import_bundle(b, forged), "trust.bad_revocation", b, before)
    assert import_bundle(b, good).outcome == "applied"


def test_a_row_outside_the_signers_scope_is_refused(sites: Installations) -> None:
    """A signed bundle from an enrolled installation is still held to its scope."""
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    good = sites.export(a, b)

    def elsewhere(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person" and row["id"] == person_id:
                row["partition"] = "SE11"
        return rows

    bad = sites.bundle_path()
    rewrite(good, bad, elsewhere, signer=a, recipient=b)
    before = digest(b)
    _refused(import_bundle(b, bad), OUT_OF_SCOPE, b, before)


def test_a_tampered_ciphertext_is_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    for number in range(40):
        people.create_person(a, ids.new_id(), "Åsa", f"Berg {number}")
    good = sites.export(a, b)
    bad = tamper_payload(good, sites.bundle_path())
    before = digest(b)
    _refused(import_bundle(b, bad), "bundle.tampered", b, before)
    assert import_bundle(b, good).outcome == "applied"


def test_a_bundle_for_another_recipient_is_refused(sites: Installations) -> None:
    a, b, c = sites["A"], sites["B"], sites["C"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    for_c = sites.export(a, c)
    before = digest(b)
    _refused(import_bundle(b, for_c), "import.wrong_recipient", b, before)
    # Re-addressed to B (and signed again by A) but still sealed to C's key.
    readdressed = sites.bundle_path()

    def to_b(fields: dict[str, Any]) -> None:
        fields["recipient"] = {**fields["recipient"], "id": sites.id("B"), "name": "Kontor B"}

    rewrite(for_c, readdressed, lambda _n, rows: rows, signer=a, recipient=c, manifest=to_b)
    _refused(import_bundle(b, readdressed), "import.wrong_recipient", b, before)


def test_a_bundle_sealed_to_another_key_of_the_recipient_is_refused(
    sites: Installations, empty_template: Path
) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    stranger = _new_db(sites, empty_template, "stranger")
    installation.initialise(stranger, InstallationRole.REGIONAL, "SE32", "Främling")
    wrong = sites.bundle_path()
    keys = local_trust(a)
    with read_bundle(good, b) as reader:
        old = reader.manifest
        parts = {info.name: list(reader.iter_rows(info.name)) for info in old.parts}
    fields = {"source": old.source.to_json(), "recipient": old.recipient.to_json(),  # type: ignore[union-attr]
              "kind": old.kind, "signer": list(old.signer or [])}  # fmt: skip
    other_key = local_trust(stranger).encrypt_private.public_key()
    with BundleWriter(wrong, fields, seal_to=(sites.id("B"), other_key),
                      sign=keys.sign_manifest) as writer:  # fmt: skip
        for name, rows in parts.items():
            with writer.part(name) as part:
                for row in rows:
                    part.write_row(row)
    before = digest(b)
    _refused(import_bundle(b, wrong), "bundle.not_for_this_key", b, before)


def test_an_unencrypted_bundle_is_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    good = sites.export(a, b)
    with read_bundle(good, b) as reader:
        old = reader.manifest
        parts = {info.name: list(reader.iter_rows(info.name)) for info in old.parts}
    fields = {"source": old.source.to_json(), "recipient": old.recipient.to_json(),  # type: ignore[union-attr]
              "kind": old.kind, "signer": list(old.signer or [])}  # fmt: skip
    clear = sites.bundle_path()
    with BundleWriter(clear, fields, sign=local_trust(a).sign_manifest) as writer:
        for name, rows in parts.items():
            with writer.part(name) as part:
                for row in rows:
                    part.write_row(row)
    before = digest(b)
    _refused(import_bundle(b, clear), "trust.unencrypted", b, before)


def test_replaying_a_valid_bundle_changes_nothing(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    people.create_person(a, ids.new_id(), "Åsa", "Berg")
    path = sites.export(a, b)
    first = import_bundle(b, path)
    assert first.outcome == "applied" and first.tables["person"].new == 1
    before = digest(b)
    again = import_bundle(b, path)
    assert again.outcome == "applied"
    assert again.total("new") == again.total("updated") == again.total("conflicts") == 0
    assert digest(b) == before


def test_an_enrolment_used_twice_is_refused_where_the_first_is_known(
    sites: Installations, empty_template: Path
) -> None:
    """Two laptops set up from one enrolment file: whoever knows the first refuses the second."""
    central, b = sites["central"], sites["B"]
    path = sites.folder / "twice.enrol"
    issued = enrolling.issue_enrolment(central, path, name="Kontor D", region_code="SE32")
    first = _new_db(sites, empty_template, "first")
    second = _new_db(sites, empty_template, "second")
    enrolling.initialise_from_enrolment(first, path, issued.code)
    enrolling.initialise_from_enrolment(second, path, issued.code)
    assert sites.send(first, central).outcome == "applied"  # central pins the first's keys
    people.create_person(second, ids.new_id(), "Åsa", "Berg")
    from_second = sites.export(second, central)
    before = digest(central)
    _refused(import_bundle(central, from_second), "trust.key_mismatch", central, before)
    # B, told of the first by central, refuses the second's bundles too.
    assert sites.send(central, b).outcome == "applied"
    path = sites.bundle_path()
    rewrite(
        from_second,
        path,
        lambda _n, rows: rows,
        signer=second,
        recipient=b,
        manifest=lambda f: f.update(recipient={**f["recipient"], "id": sites.id("B")}),
        read_by=central,
    )
    before = digest(b)
    _refused(import_bundle(b, path), "trust.key_mismatch", b, before)


def test_keys_in_an_installation_row_are_believed_only_with_their_chain(
    sites: Installations, empty_template: Path
) -> None:
    """A relay that puts its own key on another installation's row would read what others
    then seal to it."""
    a, b = sites["A"], sites["B"]
    good = sites.export(a, b, full=True)
    own_key = local_trust(a).encrypt_private.public_key()
    from soul_desktop.sync import crypto

    def swap_c(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "installation" and row["id"] == sites.id("C"):
                row["encrypt_key"] = crypto.b64(crypto.raw_public(own_key))
        return rows

    bad = sites.bundle_path()
    rewrite(good, bad, swap_c, signer=a, recipient=b)
    before = digest(b)
    _refused(import_bundle(b, bad), "trust.bad_credential", b, before)


def test_a_personnummer_in_clear_is_refused(sites: Installations) -> None:
    a, b = sites["A"], sites["B"]
    person_id = ids.new_id()
    people.create_person(a, person_id, "Åsa", "Berg")
    good = sites.export(a, b)

    def in_clear(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if name == "person":
                row["personnummer"] = PERSONNUMMER
        return rows

    bad = sites.bundle_path()
    rewrite(good, bad, in_clear, signer=a, recipient=b)
    before = digest(b)
    _refused(import_bundle(b, bad), "import.personnummer_in_clear", b, before)


# -- leaders --------------------------------------------------------------------------------------


def _leader(
    sites: Installations, empty_template: Path, coordinator: str, courses: list[str]
) -> Database:
    db = _new_db(sites, empty_template, "leader")
    enrol(sites[coordinator], db, sites.folder, "Lärarens dator", leader=True, courses=courses)
    summary = sites.send(coordinator, db, full=True)
    assert summary.outcome == "applied", summary.reason
    return db


def test_a_leader_writes_only_for_the_courses_of_its_enrolment(
    sites: Installations, world: World, empty_template: Path
) -> None:
    a = sites["A"]
    other = build_course(a, title="En annan kurs", names=(("Lisa", "Lund"),))
    leader = _leader(sites, empty_template, "A", [world.course.course_id])
    assert sites.send(a, leader, full=True).outcome == "applied"  # the other course too
    walk_in = ids.new_id()
    people.create_person(leader, walk_in, "Mona", "Mäki")
    enrolment.enrol(leader, world.course.course_id, [walk_in])
    assert sites.send(leader, a).outcome == "applied"
    enrolment.enrol(leader, other.course_id, [walk_in])
    before = digest(a)
    summary = import_bundle(a, sites.export(leader, a))
    _refused(summary, OUT_OF_SCOPE, a, before)
    assert "not one of the leader's courses" in (summary.reason or "")


def test_a_leader_enrolled_through_a_revoked_coordinator_is_refused(
    sites: Installations, world: World, empty_template: Path
) -> None:
    central, a = sites["central"], sites["A"]
    leader = _leader(sites, empty_template, "A", [world.course.course_id])
    people.create_person(leader, ids.new_id(), "Mona", "Mäki")
    enrolling.revoke(central, sites.id("A"), "stulen")
    b = sites["B"]
    assert sites.send(central, b).outcome == "applied"
    # The leader's keys are proven only through A's certificate, which no longer counts.
    path = sites.bundle_path()
    rewrite(sites.export(leader, a), path, lambda _n, rows: rows, signer=leader, recipient=a)
    with read_bundle(path, a) as reader:
        fields = reader.manifest
    assert fields.source.role == "leader"
    from soul_desktop.sync import trust

    with b.engine.begin() as conn:
        state = trust.ensure(conn)
        assert state is not None
        with pytest.raises(trust.TrustError) as caught:
            trust.check_bundle(fields, state, conn)
    assert caught.value.code == "trust.revoked"


def test_a_course_pack_goes_to_the_leader_before_it_has_sent_anything(
    sites: Installations, world: World, empty_template: Path
) -> None:
    """Sealed to the enrolment's one-time key; later bundles to the leader's own key."""
    a = sites["A"]
    leader = _new_db(sites, empty_template, "leader")
    enrol(a, leader, sites.folder, "Lärarens dator", leader=True,
          courses=[world.course.course_id])  # fmt: skip
    from soul_desktop.sync.exporter import export_course_pack

    pack = sites.bundle_path()
    manifest = export_course_pack(a, pack, world.course.course_id)
    enrolment_key = local_trust(leader).enrolment_encrypt_private
    assert enrolment_key is not None and manifest.sealing is not None
    from soul_desktop.sync import crypto

    assert manifest.sealing.recipient_key == crypto.public_text(enrolment_key)
    assert import_bundle(leader, pack).outcome == "applied"
    assert sites.send(leader, a).outcome == "applied"  # A now knows the leader's own key
    later = sites.bundle_path()
    manifest = export_course_pack(a, later, world.course.course_id)
    assert manifest.sealing is not None
    own = local_trust(leader).encrypt_private
    assert manifest.sealing.recipient_key == crypto.public_text(own)
    assert import_bundle(leader, later).outcome == "applied"


# -- what travels ---------------------------------------------------------------------------------


def _sensitive_person(db: Database) -> str:
    person_id = ids.new_id()
    people.create_person(
        db,
        person_id,
        "Åsa",
        "Berg",
        personnummer=PERSONNUMMER,
        accessibility_needs=(AccessibilityNeed.HEARING_LOOP,),
        accessibility_note="Behöver hörslinga",
        disability=Disability.YES,
    )
    return person_id


def test_the_personnummer_travels_only_as_its_keyed_hash(sites: Installations) -> None:
    a, b, central = sites["A"], sites["B"], sites["central"]
    person_id = _sensitive_person(a)
    here = _person(a, person_id)
    programme = local_trust(a).programme_key
    assert programme is not None
    assert here["personnummer"] == PERSONNUMMER
    assert here["personnummer_hash"] == personnummer_hash(programme, PERSONNUMMER)
    for target in (b, central):
        path = sites.export(a, target)
        assert PERSONNUMMER.encode() not in path.read_bytes()
        with read_bundle(path, target) as reader:
            (row,) = [r for r in reader.iter_rows("person") if r["id"] == person_id]
        assert row["personnummer"] is None
        assert row["personnummer_hash"] == here["personnummer_hash"]
        assert import_bundle(target, path).outcome == "applied"
        there = _person(target, person_id)
        assert there["personnummer"] is None
        assert there["personnummer_hash"] == here["personnummer_hash"]
    # Coming back, the row keeps A's number: the blank's version is older than A's.
    assert sites.send(b, a, full=True).outcome == "applied"
    assert _person(a, person_id)["personnummer"] == PERSONNUMMER


def test_central_finds_duplicates_by_the_hash(sites: Installations, empty_template: Path) -> None:
    a, central = sites["A"], sites["central"]
    other = _new_db(sites, empty_template, "vast")
    enrol(central, other, sites.folder, "Kontor Väst", region="SE23")
    first, second = ids.new_id(), ids.new_id()
    people.create_person(a, first, "Åsa", "Berg", personnummer=PERSONNUMMER)
    people.create_person(other, second, "Åsa", "Berg-Lind", personnummer=PERSONNUMMER)
    assert sites.send(a, central).outcome == "applied"
    assert sites.send(other, central).outcome == "applied"
    found = duplicates.find_candidates(central)
    pairs = {frozenset((c.first.id, c.second.id)): c for c in found}
    pair = pairs[frozenset((first, second))]
    assert "personnummer" in pair.evidence
    assert _person(central, first)["personnummer"] is None


def test_sensitive_fields_go_only_where_they_are_needed(
    sites: Installations, empty_template: Path
) -> None:
    a, b, central = sites["A"], sites["B"], sites["central"]
    person_id = _sensitive_person(a)
    # Another office of the same region chooses venues: it gets the needs.
    assert sites.send(a, b).outcome == "applied"
    at_b = _person(b, person_id)
    assert (at_b["accessibility_needs"], at_b["accessibility_note"]) == (
        "hearing_loop",
        "Behöver hörslinga",
    )
    assert str(at_b["disability"]) in ("yes", "Disability.YES")
    # Central counts disability for the ESF figures, but chooses no venues.
    assert sites.send(a, central).outcome == "applied"
    at_central = _person(central, person_id)
    assert str(at_central["disability"]) in ("yes", "Disability.YES")
    assert (at_central["accessibility_needs"], at_central["accessibility_note"]) == ("", None)
    # A region elsewhere, hearing of the person through central, gets neither.
    elsewhere = _new_db(sites, empty_template, "vast")
    enrol(central, elsewhere, sites.folder, "Kontor Väst", region="SE23")
    assert sites.send(central, elsewhere).outcome == "applied"
    far = _person(elsewhere, person_id)
    assert str(far["disability"]) in ("not_stated", "Disability.NOT_STATED")
    assert (far["accessibility_needs"], far["accessibility_note"]) == ("", None)
    assert far["first_name"] == "Åsa"
    # B hearing of the person through central too keeps what A sent it, and a copy of the
    # person blanked by central does not hide the real values from a third office (C).
    c = sites["C"]
    assert sites.send(central, c).outcome == "applied"
    assert sites.send(a, c).outcome == "applied"
    at_c = _person(c, person_id)
    assert at_c["accessibility_note"] == "Behöver hörslinga"
    assert sites.send(central, b).outcome == "applied"
    assert _person(b, person_id)["accessibility_note"] == "Behöver hörslinga"


# -- enrolment files ------------------------------------------------------------------------------


def test_enrolment_file_round_trip_and_refusals(sites: Installations, empty_template: Path) -> None:
    central = sites["central"]
    path = sites.folder / "d.enrol"
    issued = enrolling.issue_enrolment(central, path, name="Kontor D", region_code="se33")
    preview = enrolling.read_enrolment(path)
    assert (preview.installation_id, preview.name, preview.role, preview.region_code) == (
        issued.installation_id,
        "Kontor D",
        InstallationRole.REGIONAL,
        "SE33",
    )
    assert preview.central_fingerprint == issued.central_fingerprint
    target = _new_db(sites, empty_template, "d")
    from soul_desktop.sync.trust import TrustError

    with pytest.raises(TrustError) as caught:
        enrolling.initialise_from_enrolment(target, path, "AAAAA-AAAAA-AAAAA-AAAAA")
    assert caught.value.code == "enrolment_file.wrong_code"
    assert installation.current(target) is None
    info = enrolling.initialise_from_enrolment(target, path, issued.code.lower())
    assert (info.id, info.role, info.region_code) == (
        issued.installation_id,
        InstallationRole.REGIONAL,
        "SE33",
    )
    # The central's copy of the certificate, altered: the chain no longer holds.
    forged = sites.folder / "forged.enrol"
    forged.write_text(path.read_text("utf-8").replace("SE33", "SE32"), "utf-8")
    with pytest.raises(TrustError) as caught:
        enrolling.read_enrolment(forged)
    assert caught.value.code == "enrolment_file.invalid"
    # A second database cannot take the file for another installation already set up.
    with pytest.raises(Exception, match="belongs to installation"):
        enrolling.initialise_from_enrolment(sites["B"], path, issued.code)


def test_an_installation_from_before_enrolment_is_enrolled_under_its_id(
    sites: Installations, empty_template: Path
) -> None:
    central = sites["central"]
    old = _new_db(sites, empty_template, "old")
    info = installation.initialise(old, InstallationRole.REGIONAL, "SE32", "Gamla kontoret")
    person_id = ids.new_id()
    people.create_person(old, person_id, "Åsa", "Berg", personnummer=PERSONNUMMER)
    assert _person(old, person_id)["personnummer_hash"] is None  # no programme key yet
    with pytest.raises(Exception, match="not enrolled"):
        export_bundle(old, sites.bundle_path())
    enrol(central, old, sites.folder, "Gamla kontoret", region="SE32",
          installation_id=info.id)  # fmt: skip
    programme = local_trust(old).programme_key
    assert programme is not None
    assert _person(old, person_id)["personnummer_hash"] == personnummer_hash(
        programme, PERSONNUMMER
    )
    summary = sites.send(old, central)
    assert summary.outcome == "applied", summary.reason
    assert _person(central, person_id)["personnummer_hash"] is not None


def test_a_central_from_before_keys_gets_them_at_first_use(
    empty_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "central.db"
    shutil.copyfile(empty_template, path)
    db = open_db(path)
    try:
        make_central(db)
        person_id = ids.new_id()
        people.create_person(db, person_id, "Åsa", "Berg", personnummer=PERSONNUMMER)
        with db.engine.begin() as conn:  # as an installation upgraded from revision 0006
            conn.execute(sa.text("DELETE FROM installation_key"))
            conn.execute(sa.text("UPDATE person SET personnummer_hash = NULL"))
            conn.execute(
                sa.text(
                    "UPDATE installation SET sign_key = NULL, encrypt_key = NULL, credential = NULL"
                )
            )
        enrolling.ensure_identity(db)
        trust_state = local_trust(db)
        assert trust_state.enrolled and trust_state.programme_key is not None
        assert _person(db, person_id)["personnummer_hash"] == personnummer_hash(
            trust_state.programme_key, PERSONNUMMER
        )
        with db.engine.connect() as conn:
            keys = conn.execute(sa.text("SELECT sign_key, credential FROM installation")).one()
        assert keys[0] is not None and keys[1] == "[]"
    finally:
        db.dispose()
