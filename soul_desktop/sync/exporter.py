"""Export: stream a database's synced rows (all, or what a recipient lacks) into a bundle.

Every bundle is signed by this installation and sealed to exactly one recipient: the one named,
or, when none is, the installation that enrolled this one (central for a regional
installation, the coordinator for a leader laptop), whose key its enrolment chain proves.
Central itself must name the recipient. Personal
fields the recipient does not need travel blanked (`withheld_for`): the personnummer never
travels (its keyed hash does), see "Sensitive fields" in docs/sync-bundle-format.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import versions
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.storage import keys as key_store
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Installation, LocalState, SyncAck
from soul_desktop.sync import crypto, trust
from soul_desktop.sync.bundle import BundleWriter, Manifest, Party
from soul_desktop.sync.rows import encode_row, tables_in_order, versioned_columns

# Rows fetched per round trip: bounds memory whatever the table size.
BATCH_ROWS = 5_000


def _party(conn: sa.Connection, installation_id: str) -> Party | None:
    table = Installation.__table__
    row = conn.execute(
        sa.select(table.c.id, table.c.name, table.c.role, table.c.region_code).where(
            table.c.id == installation_id
        )
    ).first()
    if row is None:
        return None
    role = row.role.value if hasattr(row.role, "value") else str(row.role)
    return Party(id=row.id, name=row.name, role=role, region=row.region_code)


def local_installation_id(conn: sa.Connection) -> str:
    state = LocalState.__table__
    installation_id = conn.execute(
        sa.select(state.c.installation_id).where(state.c.id == 1)
    ).scalar()
    if installation_id is None:
        raise ValueError("this database has no installation yet; run `soul-desktop init` first")
    return str(installation_id)


def acknowledged(conn: sa.Connection, peer_id: str) -> dict[str, int]:
    """The highest counter per author that `peer_id` has acknowledged holding."""
    ack = SyncAck.__table__
    rows = conn.execute(sa.select(ack.c.author_id, ack.c.counter).where(ack.c.peer_id == peer_id))
    return {author: counter for author, counter in rows}


def _not_acknowledged(table: sa.Table, acks: Mapping[str, int]) -> sa.ColumnElement[bool]:
    if not acks:
        return sa.true()
    conditions: list[sa.ColumnElement[bool]] = [table.c.changed_by.not_in(list(acks))]
    for author, counter in sorted(acks.items()):
        conditions.append(sa.and_(table.c.changed_by == author, table.c.change_counter > counter))
    return sa.or_(*conditions)


class ExportRefused(trust.TrustError):
    """An export this installation may not make (not enrolled, no key for the recipient, …)."""


@dataclass(frozen=True)
class _Signer:
    """This installation as it signs: its trust state and its proven identity."""

    trust: trust.LocalTrust
    identity: trust.Identity


def _signer(conn: sa.Connection) -> _Signer:
    local_installation_id(conn)  # ValueError before `init`
    state = trust.ensure(conn)
    assert state is not None
    if not state.enrolled:
        raise ExportRefused(
            "This installation is not enrolled, so nobody would accept its bundles; set it up "
            "from an enrolment file issued by central (`init --enrolment`).",
            "export.not_enrolled",
        )
    return _Signer(state, state.own_identity())


def _recipient(
    conn: sa.Connection, signer: _Signer, recipient_id: str | None
) -> tuple[Party, crypto.X25519PublicKey]:
    """Whom a bundle is sealed to, and their encryption key.

    The installation that enrolled this one when no recipient is named (central must name
    one). Otherwise the named installation's key: from this installation's own chain (central
    and its issuer), from the recipient's installation row, believed only when its chain
    proves it, or else the one-time key of an enrolment issued here (an installation not heard
    from yet).
    """
    anchor = signer.trust.require_anchor()
    if recipient_id is None:
        if signer.identity.role == InstallationRole.CENTRAL.value:
            raise ExportRefused(
                "Central addresses every bundle to the installation it is for; name the "
                "recipient (--to).",
                "export.recipient_required",
            )
        recipient_id = signer.identity.issuers[-1]
    if recipient_id in signer.trust.revoked:
        raise ExportRefused(
            f"Installation {recipient_id} has been revoked; nothing is sent to it.",
            "export.revoked_recipient",
            installation=recipient_id,
        )
    if recipient_id == signer.identity.id:
        raise ExportRefused(
            "A bundle is for another installation, not for this one.", "export.to_itself"
        )
    # Central and the installations that enrolled this one are proven by its own chain.
    for above in trust.chain_identities(signer.trust.chain, anchor)[:-1]:
        if above.id == recipient_id:
            party = _party(conn, recipient_id) or above.party()
            return party, crypto.recipient_key(above.encrypt_key)
    table = Installation.__table__
    row = conn.execute(sa.select(table.c.credential).where(table.c.id == recipient_id)).first()
    if row is not None and row.credential is not None:
        proven = trust.chain_of_row(row.credential, anchor)
        if proven is not None and proven.id == recipient_id:
            party = _party(conn, recipient_id) or proven.party()
            return party, crypto.recipient_key(proven.encrypt_key)
    issued = key_store.issued(conn, recipient_id)
    if issued is not None:
        party = Party(
            id=issued.installation_id,
            name=issued.name,
            role=issued.role.value,
            region=issued.region_code,
        )
        return party, crypto.recipient_key(issued.enrolment_encrypt_key)
    raise ExportRefused(
        f"The keys of installation {recipient_id} are not known here: import a bundle from it "
        "(or from central, which knows every enrolled installation) first.",
        "export.unknown_recipient",
        installation=recipient_id,
    )


def _fields(signer: _Signer, source: Party, recipient: Party, kind: str) -> dict[str, Any]:
    return {
        "source": source.to_json(),
        "recipient": recipient.to_json(),
        "kind": kind,
        "signer": list(signer.trust.chain or []),
    }


def export_bundle(
    db: Database,
    path: str | os.PathLike[str],
    *,
    full: bool = False,
    recipient_id: str | None = None,
) -> Manifest:
    """Write every synced row (`full`) or those the recipient has not acknowledged.

    Rows keep their original `changed_by`/`change_counter`, also when they were relayed from a
    third installation, so receipts and onward transfers speak of the authors' own sequences.
    Without `recipient_id` the bundle is for the installation that enrolled this one (and
    leaves out what that one acknowledged). Tables go parents first, rows in id order, so the
    same data gives the same parts. Signed by this installation, sealed to the
    recipient; the fields the recipient does not need are blanked (`withheld_for`).
    """
    with db.engine.connect() as conn, conn.begin():
        source_id = local_installation_id(conn)
        source = _party(conn, source_id)
        if source is None:
            raise ValueError("the local installation row is missing")
        signer = _signer(conn)
        recipient, public = _recipient(conn, signer, recipient_id)
        acks = {} if full else acknowledged(conn, recipient.id)
        fields = _fields(signer, source, recipient, "full" if full else "incremental")
        ranges: dict[str, list[int]] = {}
        with BundleWriter(
            path, fields, seal_to=(recipient.id, public), sign=signer.trust.sign_manifest
        ) as writer:
            for table in tables_in_order():
                columns = tuple(c.name for c in table.c)
                blank = withheld_for(recipient, table.name)
                statement = (
                    sa.select(*table.c).where(_not_acknowledged(table, acks)).order_by(table.c.id)
                )
                result = conn.execution_options(yield_per=BATCH_ROWS).execute(statement)
                with writer.part(table.name) as part:
                    for batch in result.partitions():
                        for values in batch:
                            row = encode_row(columns, tuple(values))
                            if blank is not None:
                                row = blank(row)
                            _widen(ranges, row)
                            part.write_row(row)
            writer.update_manifest(counter_ranges=dict(sorted(ranges.items())))
            return writer.close()


def _widen(ranges: dict[str, list[int]], row: Mapping[str, Any]) -> None:
    author, counter = row["changed_by"], row["change_counter"]
    span = ranges.get(author)
    if span is None:
        ranges[author] = [counter, counter]
    elif counter < span[0]:
        span[0] = counter
    elif counter > span[1]:
        span[1] = counter


# Fields a workshop leader does not need, per table, with the value a course pack gives them
# (as written in a bundle). See "Course pack" in docs/sync-bundle-format.md.
WITHHELD: dict[str, dict[str, Any]] = {
    "person": {
        "personnummer": None,
        "personnummer_hash": None,
        "phone": None,
        "consent_date": None,
        "disability": "not_stated",
        "employment_status": "not_stated",
        "education_band": "not_stated",
        "accessibility_note": None,
        "declined_personnummer": False,
        "declined_education": False,
        "declined_employment": False,
        "declined_disability": False,
    },
    "course": {"budget_sek": None},
}

# The version a withheld field gets in a pack: clock 0, so every real version of that field is
# newer and a pack row sent back can never overwrite (nor conflict with) the real value.
WITHHELD_HLC = 0

# Ids per IN (…) list: well below every database's bound-parameter limit.
_CHUNK = 500


# What never travels, whoever receives the bundle: the personnummer (its keyed hash does).
NEVER_SENT: dict[str, dict[str, Any]] = {"person": {"personnummer": None}}

# What central does not need: the accessibility needs serve the region choosing venues; central
# gets the fields of the ESF participant breakdown (gender, age, education, employment,
# disability), see "Sensitive fields" in docs/sync-bundle-format.md.
NOT_FOR_CENTRAL: dict[str, dict[str, Any]] = {
    "person": {"personnummer": None, "accessibility_needs": "", "accessibility_note": None}
}

# What a regional installation does not need of a person of another region (central relays
# every region's rows): their disability and accessibility needs.
NOT_FOR_OTHER_REGIONS: dict[str, Any] = {
    "personnummer": None,
    "accessibility_needs": "",
    "accessibility_note": None,
    "disability": "not_stated",
    "declined_disability": False,
    "declined_accessibility": False,
}


def withheld_for(
    recipient: Party, table_name: str
) -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    """What blanks an encoded row of `table_name` for `recipient`, or None when nothing is.

    - every recipient: the personnummer (its keyed hash travels instead);
    - central: the accessibility needs and note;
    - a regional installation: a person of another region's disability and accessibility;
    - a leader: everything a course pack leaves out (`WITHHELD`), the hash too.
    """
    role = recipient.role
    if role == InstallationRole.LEADER.value:
        blanks = WITHHELD.get(table_name)
    elif role == InstallationRole.CENTRAL.value:
        blanks = NOT_FOR_CENTRAL.get(table_name)
    else:
        blanks = NEVER_SENT.get(table_name)
        if table_name == "person":
            region = recipient.region

            def regional(row: dict[str, Any]) -> dict[str, Any]:
                if row["partition"] == region:
                    return withhold(table_name, row, NEVER_SENT["person"])
                return withhold(table_name, row, NOT_FOR_OTHER_REGIONS)

            return regional
    if not blanks:
        return None
    chosen = blanks
    return lambda row: withhold(table_name, row, chosen)


def withhold(
    table_name: str, row: dict[str, Any], blanks: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The encoded row with `blanks` (by default what a leader does not need, `WITHHELD`)
    blanked, in place, and returned.

    A blanked field keeps its author but gets clock `WITHHELD_HLC` and no base, so wherever the
    real value is held it is the same author's older version (or one the real one follows): the
    merge keeps the real value and raises no conflict. Rows keep their identity
    (`changed_by`, `change_counter`, `hlc`), so an unchanged row sent back is "unchanged"
    where the blanked copy is held, and is merged (its field versions differ) where the real
    one is, which keeps the real values.
    """
    if blanks is None:
        blanks = WITHHELD.get(table_name)
    if not blanks:
        return row
    if all(row[name] == blank for name, blank in blanks.items()):
        return row
    fields = versioned_columns(_table(table_name))
    current = versions.expand(
        versions.decode(row["field_versions"]), fields, row["hlc"], row["changed_by"]
    )
    for name, blank in blanks.items():
        if row[name] == blank:
            continue
        row[name] = blank
        current[name] = versions.FieldVersion(WITHHELD_HLC, current[name].author, versions.NO_BASE)
    row["field_versions"] = versions.encode(current, row["hlc"], row["changed_by"])
    return row


def _table(name: str) -> sa.Table:
    return next(t for t in tables_in_order() if t.name == name)


def _rows_where(
    conn: sa.Connection,
    table: sa.Table,
    column: str,
    values: Iterable[Any],
    *,
    live: bool = True,
) -> list[dict[str, Any]]:
    """Rows of `table` whose `column` is one of `values` (only live ones if `live`), encoded."""
    wanted = sorted({v for v in values if v is not None})
    names = tuple(c.name for c in table.c)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        statement = sa.select(*table.c).where(table.c[column].in_(wanted[start : start + _CHUNK]))
        if live:
            statement = statement.where(table.c.deleted.is_(False))
        found.extend(encode_row(names, tuple(values)) for values in conn.execute(statement))
    return found


def course_pack_rows(conn: sa.Connection, course_id: str) -> dict[str, list[dict[str, Any]]]:
    """The encoded rows of a course pack per table, withheld fields blanked, in id order."""
    course = _rows_where(conn, _table("course"), "id", [course_id])
    if not course:
        raise ValueError(f"no live course with id {course_id!r}")
    rows: dict[str, list[dict[str, Any]]] = {"course": course}
    # Rows that are referred to go along even as tombstones, so every reference resolves.
    rows["regional_network"] = _rows_where(
        conn, _table("regional_network"), "id", [course[0]["network_id"]], live=False
    )
    rows["course_area"] = _rows_where(conn, _table("course_area"), "course_id", [course_id])
    rows["course_leader"] = _rows_where(conn, _table("course_leader"), "course_id", [course_id])
    sessions = _rows_where(conn, _table("course_session"), "course_id", [course_id])
    rows["course_session"] = sessions
    rows["venue"] = _rows_where(
        conn, _table("venue"), "id", (s["venue_id"] for s in sessions), live=False
    )
    enrolments = _rows_where(conn, _table("enrolment"), "course_id", [course_id])
    rows["enrolment"] = enrolments
    rows["enrolment_status_change"] = _rows_where(
        conn, _table("enrolment_status_change"), "enrolment_id", (e["id"] for e in enrolments)
    )
    rows["attendance"] = _rows_where(
        conn, _table("attendance"), "session_id", (s["id"] for s in sessions)
    )
    person_ids = {e["person_id"] for e in enrolments}
    person_ids.update(r["person_id"] for r in rows["course_leader"])
    person_ids.update(s["leader_id"] for s in sessions)
    person_ids.update(a["person_id"] for a in rows["attendance"])
    persons = _rows_where(conn, _table("person"), "id", person_ids, live=False)
    # A redirect ("merged into") must resolve at the leader: take its target along.
    targets = {p["merged_into_id"] for p in persons} - {p["id"] for p in persons}
    persons.extend(_rows_where(conn, _table("person"), "id", targets, live=False))
    rows["person"] = persons
    rows["organisation"] = _rows_where(
        conn, _table("organisation"), "id", (p["organisation_id"] for p in persons), live=False
    )
    for name, table_rows in rows.items():
        table_rows.sort(key=lambda row: row["id"])
        for row in table_rows:
            withhold(name, row)
    return rows


def _pack_recipient(conn: sa.Connection, course_id: str, recipient_id: str | None) -> str:
    """The leader a course pack is for: the one named, or the one leader enrolment issued here
    that lists the course."""
    if recipient_id is not None:
        return recipient_id
    leaders = [
        record.installation_id
        for record in key_store.all_issued(conn)
        if record.role is InstallationRole.LEADER and course_id in record.courses
    ]
    if len(leaders) != 1:
        raise ExportRefused(
            f"A course pack is sealed to the leader's laptop; {len(leaders)} leader enrolments "
            "issued here list this course, so name the leader's installation (--to).",
            "export.leader_required",
            count=len(leaders),
        )
    return leaders[0]


def export_course_pack(
    db: Database,
    path: str | os.PathLike[str],
    course_id: str,
    *,
    recipient_id: str | None = None,
) -> Manifest:
    """Write a course pack: what a workshop leader's installation needs to run one course.

    The course with its areas, leaders, live sessions and their venues, its enrolments (with
    their status history) and attendance, the persons enrolled and leading, their organisations
    and the installation rows of the source and of the rows' authors; reference tables are left
    out (every installation ships them). Fields a leader does not need are blanked
    (`WITHHELD`, `withhold`). Sealed to the leader's installation (`recipient_id`, or the one
    leader enrolment issued here for this course): its own key once known here, else its
    enrolment's one-time key.
    """
    with db.engine.connect() as conn, conn.begin():
        source_id = local_installation_id(conn)
        source = _party(conn, source_id)
        if source is None:
            raise ValueError("the local installation row is missing")
        signer = _signer(conn)
        rows = course_pack_rows(conn, course_id)
        recipient, public = _recipient(conn, signer, _pack_recipient(conn, course_id, recipient_id))
        if recipient.role != InstallationRole.LEADER.value:
            raise ExportRefused(
                f"A course pack is for a workshop leader's installation; {recipient.name!r} is "
                f"a {recipient.role} one.",
                "export.not_a_leader",
            )
        # The installation rows of the source and of every author in the pack, so the leader
        # (and whoever the leader's rows reach) knows who wrote what.
        authors = {source_id}
        authors.update(row["changed_by"] for table_rows in rows.values() for row in table_rows)
        installations = _rows_where(conn, _table("installation"), "id", authors, live=False)
        rows["installation"] = sorted(installations, key=lambda row: row["id"])
        fields = _fields(signer, source, recipient, "course_pack")
        ranges: dict[str, list[int]] = {}
        with BundleWriter(
            path, fields, seal_to=(recipient.id, public), sign=signer.trust.sign_manifest
        ) as writer:
            for table in tables_in_order():
                with writer.part(table.name) as part:
                    for row in rows.get(table.name, ()):
                        _widen(ranges, row)
                        part.write_row(row)
            writer.update_manifest(counter_ranges=dict(sorted(ranges.items())))
            return writer.close()
