"""Import: verify a bundle, then merge its rows field by field in one transaction (or none)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from soul_desktop.domain import canonical, versions
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.hlc import HybridLogicalClock
from soul_desktop.storage import participation
from soul_desktop.storage.database import Database
from soul_desktop.storage.gdpr import reapply_erasures
from soul_desktop.storage.models import (
    Installation,
    LocalState,
    SyncAck,
    SyncConflict,
    SyncImportLog,
)
from soul_desktop.storage.person_merge import redirect_to_survivors
from soul_desktop.storage.unit_of_work import UnitOfWork
from soul_desktop.sync import trust
from soul_desktop.sync.bundle import BundleError, BundleReader, Manifest, Party, open_bundle
from soul_desktop.sync.rows import (
    RowError,
    column_decoder,
    decode_row,
    tables_in_order,
    versioned_columns,
)
from soul_desktop.sync.scope import OUT_OF_SCOPE, ScopeGuard, Violation
from soul_desktop.sync.upgrades import RowUpgrade, upgrader

# Out-of-scope rows named in a refusal (the count covers the rest).
VIOLATIONS_SHOWN = 3

# Incoming rows handled per round trip (one SELECT of the local copies, one executemany).
BATCH_ROWS = 2_000

# Page cache of the importing connection (KiB; SQLite's default is 2 MiB).
IMPORT_CACHE_KIB = 64 * 1024

# Helper threads SQLite may use to sort while rebuilding indexes (PRAGMA threads).
SORT_THREADS = max(0, min(4, (os.cpu_count() or 1) - 1))

# On SQLite, a table about to receive at least this many rows, and more than it holds, is loaded
# without its secondary indexes, which are built again afterwards in the same transaction: one
# sort per index instead of a random B-tree insert per row and index (most of a first import).
BULK_LOAD_ROWS = 50_000

# The references of up to this many written rows per table are checked row by row at the end of
# an import (SQLite); beyond it, the whole table is checked at once (`PRAGMA foreign_key_check`).
CHECK_ROWS_LIMIT = 50_000

APPLIED, REFUSED, DRY_RUN = "applied", "refused", "dry_run"


@dataclass
class TableCounts:
    """What an import did (or would do) to one table."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0

    def to_json(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
        }


@dataclass
class ImportSummary:
    """The outcome of one bundle: applied, refused (with a reason) or a dry run."""

    file_name: str
    outcome: str
    bundle_id: str | None = None
    source_id: str | None = None
    reason_code: str | None = None
    reason: str | None = None
    tables: dict[str, TableCounts] = field(default_factory=dict)
    # Per author, the lowest and highest change counter the bundle held.
    counter_ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Rows moved from a merged person to the survivor after the merge (`storage.person_merge`).
    redirected: int = 0
    # Rows of erased persons blanked again after the merge (`storage.gdpr.reapply_erasures`).
    reblanked: int = 0

    @property
    def refused(self) -> bool:
        return self.outcome == REFUSED

    def total(self, name: str) -> int:
        return sum(getattr(counts, name) for counts in self.tables.values())

    def counts_json(self) -> dict[str, Any]:
        return {
            "tables": {name: c.to_json() for name, c in sorted(self.tables.items())},
            "counter_ranges": {k: list(v) for k, v in sorted(self.counter_ranges.items())},
        }

    def describe(self) -> str:
        """Plain lines for the command line: the outcome, then one line per changed table."""
        head = f"{self.file_name}: {self.outcome.replace('_', ' ')}"
        if self.reason:
            return f"{head}: {self.reason}"
        lines = [head]
        for name, c in sorted(self.tables.items()):
            if c.new or c.updated or c.conflicts or c.rejected:
                lines.append(
                    f"  {name:<28} {c.new:>8} new {c.updated:>8} updated "
                    f"{c.unchanged:>8} unchanged {c.conflicts:>5} conflicts "
                    f"{c.rejected:>5} rejected"
                )
        if self.redirected:
            lines.append(f"  {self.redirected} row(s) moved to the persons theirs was merged into")
        return "\n".join(lines)


class ImportRefused(ValidationError):
    """A bundle that passed the container checks but whose content cannot be merged."""


@dataclass
class _Local:
    installation_id: str
    last_counter: int
    clock: HybridLogicalClock
    bundle: Manifest
    now: dt.datetime
    guard: ScopeGuard
    upgrade: RowUpgrade | None
    trust: trust.LocalTrust
    signer: trust.Identity
    ranges: dict[str, list[int]] = field(default_factory=dict)
    top_hlc: int = 0
    # Per table written to: the ids of the rows written, or None when too many to keep.
    written: dict[str, set[str] | None] = field(default_factory=dict)
    # Tables that held no rows when the import began (large parts only): nothing to look up.
    empty: set[str] = field(default_factory=set)
    violations: list[Violation] = field(default_factory=list)
    violation_count: int = 0
    # Open review items per table: (row id, field) -> [(item id, kept hlc, kept author)].
    open_items: dict[str, dict[tuple[str, str], list[tuple[int, int, str]]]] | None = None
    # Review items an incoming version settles (decided elsewhere), marked resolved at the end.
    settled: set[int] = field(default_factory=set)
    # PostgreSQL: references to rows of the same table, written once the table is in, and the
    # first broken reference (refused after the scope check, as on SQLite).
    held: list[tuple[str, str, Any]] = field(default_factory=list)
    broken: ImportRefused | None = None
    # A bulk load ran without the participation summary's triggers (SQLite).
    summary_stale: bool = False

    def stamp(self) -> tuple[int, int]:
        self.last_counter += 1
        self.clock.observe(self.top_hlc)  # later than every incoming version seen so far
        return self.last_counter, self.clock.tick()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def import_bundle(
    db: Database, path: str | os.PathLike[str], *, dry_run: bool = False
) -> ImportSummary:
    """Merge one bundle into the database: everything, or nothing with the reason logged (P8).

    The bundle is opened and checked first (container, versions, hashes), then its signer
    (`sync.trust.check_bundle`: signed, enrolled through central, not revoked, the keys known
    for it), its addressee (this installation) and its key (the parts must decrypt); its rows
    are then validated, each against its writer's scope, and merged in one transaction: new
    rows inserted as they are, existing ones merged field by field
    (`domain.versions.merge_row`), conflicts recorded in `sync_conflict`. Rows whose
    (changed_by, change_counter, hlc) equal the local ones are skipped before any merge work.
    A dry run computes the same summary and rolls back. Every attempt is logged.
    """
    file_name = Path(path).name
    summary = ImportSummary(file_name=file_name, outcome=DRY_RUN if dry_run else APPLIED)
    try:
        reader = open_bundle(path)
    except BundleError as error:
        return _refuse(db, summary, error)
    with reader:
        summary.bundle_id = reader.manifest.bundle_id
        summary.source_id = reader.manifest.source.id
        try:
            _apply(db, reader, summary, dry_run)
        except (BundleError, ImportRefused, trust.TrustError) as error:
            if error.code != OUT_OF_SCOPE:  # its counts say which tables held the rows
                summary.tables = {}
            return _refuse(db, summary, error)
        except sa.exc.IntegrityError as error:
            summary.tables = {}
            refusal = _foreign_key_refusal(error) or ImportRefused(
                "The bundle refers to rows that are neither in it nor in this database, "
                f"or repeats a row ({error.orig}); nothing was imported.",
                code="import.integrity",
            )
            return _refuse(db, summary, refusal)
    return summary


def _refuse(db: Database, summary: ImportSummary, error: ValidationError) -> ImportSummary:
    summary.outcome = REFUSED
    summary.reason_code = error.code
    summary.reason = str(error)
    with db.engine.begin() as conn:
        _log(conn, summary)
    return summary


def _log(conn: sa.Connection, summary: ImportSummary) -> None:
    conn.execute(
        sa.insert(SyncImportLog.__table__).values(
            bundle_id=summary.bundle_id,
            source_id=summary.source_id,
            file_name=summary.file_name[:500],
            imported_at=_now(),
            outcome=summary.outcome,
            reason_code=summary.reason_code,
            reason=summary.reason,
            counts=None if summary.refused else canonical.dumps(summary.counts_json()),
        )
    )


def _apply(db: Database, reader: BundleReader, summary: ImportSummary, dry_run: bool) -> None:
    manifest = reader.manifest
    names = {info.name for info in manifest.parts}
    cache_size: Any = None
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        # SQLite: references are checked once, for the rows written, before COMMIT
        # (`_check_references`), so a bundle's own order cannot matter and no row pays twice.
        enforced = _suspend_foreign_keys(conn) if sqlite else False
        transaction = conn.begin()
        try:
            if sqlite:
                # New rows land at random places in several UUID indexes: a larger page cache
                # for this import's connection (given back below) saves most of the page reads.
                cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
                # Index rebuilds after a bulk load sort with helper threads (one per other core).
                conn.exec_driver_sql(f"PRAGMA threads = {SORT_THREADS}")
            local = _local_state(conn, manifest)
            reader.unlock(local.trust.decryption_keys())
            local.open_items = _open_items(conn)
            for table in tables_in_order():
                if table.name not in names:
                    continue
                counts = summary.tables.setdefault(table.name, TableCounts())
                incoming = manifest.part(table.name).rows
                if incoming >= BATCH_ROWS and _is_empty(conn, table):
                    local.empty.add(table.name)
                suspended = _suspend_indexes(conn, table, incoming) if sqlite else []
                if suspended and table.name in participation.WATCHED_TABLES:
                    # The summary's triggers would note a course per row: dropped with the
                    # indexes, every course is summed again at the next read instead.
                    suspended += participation.suspend_triggers(conn, [table.name])
                    local.summary_stale = True
                # Unchecked first: a damaged part raises midway, and this transaction then
                # rolls back whole, so reading each part once is enough.
                rows = _screened(
                    conn, table.name, reader.iter_rows(table.name, check_first=False), local
                )
                for batch in _batches(rows, BATCH_ROWS):
                    if sqlite:
                        _merge_batch(conn, table, batch, counts, local)
                    else:
                        _checked(conn, local, _merge_batch, conn, table, batch, counts, local)
                if local.held:
                    _checked(conn, local, _write_held_references, conn, table, local)
                for statement in suspended:
                    conn.exec_driver_sql(statement)  # a unique one refuses duplicates here
                if table.name == Installation.__tablename__:
                    # Authors relayed in this bundle are now known: judge their rows as theirs.
                    local.guard.learn(_installations(conn), _leader_courses(conn, local))
            if local.summary_stale:
                participation.mark_all_stale(conn)
            if local.violations:
                raise _out_of_scope(local)
            if local.broken is not None:
                raise local.broken
            if local.settled:
                review = SyncConflict.__table__
                conn.execute(
                    sa.update(review)
                    .where(review.c.id.in_(sorted(local.settled)))
                    .values(resolved=True)
                )
            summary.counter_ranges = {k: (v[0], v[1]) for k, v in sorted(local.ranges.items())}
            local.clock.observe(local.top_hlc)
            _save_clock(conn, local)
            # Rows of a bundle made before a merge here that still name the merged person move
            # to the survivor, as this installation's changes (after _save_clock: the unit of
            # work takes its counter and clock from local_state).
            with UnitOfWork.on_connection(conn) as uow:
                summary.redirected = redirect_to_survivors(uow.session)
                # GDPR: whatever version a bundle held, an erased person's personal fields
                # stay blank here (an edit made where the erasure had not yet arrived).
                summary.reblanked = reapply_erasures(uow.session)
                uow.commit()
            if sqlite:
                # Only rows written can break a reference (an import never deletes a row).
                _check_references(conn, local.written)
            if dry_run:
                transaction.rollback()
            else:
                _acknowledge(conn, manifest.source.id, local.ranges)
                _log(conn, summary)
                transaction.commit()
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
        finally:
            if conn.dialect.name == "sqlite" and cache_size is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
                conn.exec_driver_sql("PRAGMA threads = 0")
                conn.rollback()  # the PRAGMA began no work worth keeping
            if enforced:
                # Outside any transaction again, so the pooled connection enforces them again.
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
    if dry_run:
        with db.engine.begin() as conn:
            _log(conn, summary)


def _suspend_foreign_keys(conn: sa.Connection) -> bool:
    """Stop SQLite checking references row by row on this connection; whether it did before.

    Only possible outside a transaction, hence on the driver's connection before BEGIN.
    """
    driver = conn.connection.driver_connection
    enforced = bool(driver.execute("PRAGMA foreign_keys").fetchone()[0])
    if enforced:
        driver.execute("PRAGMA foreign_keys = OFF")
    return enforced


def _is_empty(conn: sa.Connection, table: sa.Table) -> bool:
    return conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first() is None


def _suspend_indexes(conn: sa.Connection, table: sa.Table, incoming: int) -> list[str]:
    """Drop the table's secondary indexes for a bulk load; the statements that rebuild them.

    Only when the bundle brings at least `BULK_LOAD_ROWS` rows of the table and more than it
    holds. DDL is transactional in SQLite: a refused or killed import gets them back as they
    were. The primary key stays (its index is how rows are found and merged), and so does every
    index SQLite made itself (they have no SQL).
    """
    if incoming < BULK_LOAD_ROWS:
        return []
    held = conn.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar() or 0
    if held >= incoming:
        return []
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table.name,),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _check_references(conn: sa.Connection, written: Mapping[str, set[str] | None]) -> None:
    """Refuse when a row written by the import refers to a row that is nowhere (SQLite).

    The rows written are checked by id, reference by reference; a table that received more
    than `CHECK_ROWS_LIMIT` rows is checked whole (one pass, cheaper than looking them up).
    """
    for table in tables_in_order():
        if table.name not in written:
            continue
        ids = written[table.name]
        if ids is None:
            missing = _missing_reference_anywhere(conn, table)
        else:
            missing = _missing_reference(conn, table, sorted(ids))
        if missing is not None:
            raise _missing_reference_refusal(table.name, missing)


def _missing_reference_refusal(table: str, refers_to: str) -> ImportRefused:
    """The one refusal for a broken reference, on SQLite and on PostgreSQL."""
    return ImportRefused(
        f"A row of table {table!r} refers to a {refers_to!r} row that is neither "
        "in the bundle nor in this database; nothing was imported.",
        code="import.missing_reference",
        params={"table": table, "refers_to": refers_to},
    )


def _missing_reference(conn: sa.Connection, table: sa.Table, ids: list[str]) -> str | None:
    """The parent table of the first broken reference among the rows `ids`, or None."""
    for constraint in table.foreign_key_constraints:
        children = list(constraint.columns)
        parent_table = constraint.referred_table
        # A table that refers to itself (person.merged_into_id) needs its parent side aliased,
        # or the EXISTS would correlate to the child row itself.
        parent = parent_table.alias("parent") if parent_table is table else parent_table
        parents = [parent.c[element.column.name] for element in constraint.elements]
        matches = sa.and_(*(p == c for c, p in zip(children, parents, strict=True)))
        for start in range(0, len(ids), BATCH_ROWS):
            chunk = ids[start : start + BATCH_ROWS]
            broken = conn.execute(
                sa.select(table.c.id)
                .where(
                    table.c.id.in_(chunk),
                    *(c.is_not(None) for c in children),
                    ~sa.exists().where(matches),
                )
                .limit(1)
            ).first()
            if broken is not None:
                return str(parent_table.name)
    return None


def _missing_reference_anywhere(conn: sa.Connection, table: sa.Table) -> str | None:
    """The parent table of the first broken reference in the whole table, or None.

    Each distinct key is looked up once, in key order (the reference's index gives them
    sorted): far fewer and more local lookups than one per row, as `foreign_key_check` does.
    """
    for constraint in table.foreign_key_constraints:
        if len(constraint.columns) != 1:
            found = conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table.name}")').first()
            if found is not None:
                return str(found[2])
            continue
        (child,) = constraint.columns
        (element,) = constraint.elements
        parent = element.column
        keys = sa.select(child.label("key")).where(child.is_not(None)).distinct().subquery()
        broken = conn.execute(
            sa.select(keys.c.key).where(~sa.exists().where(parent == keys.c.key)).limit(1)
        ).first()
        if broken is not None:
            return str(parent.table.name)
    return None


def _note_written(local: _Local, table: str, ids: Iterable[str]) -> None:
    if table in local.written and local.written[table] is None:
        return  # already too many to keep: the whole table is checked
    held = local.written.setdefault(table, set())
    assert held is not None
    held.update(ids)
    if len(held) > CHECK_ROWS_LIMIT:
        local.written[table] = None


def _foreign_key_refusal(error: sa.exc.IntegrityError) -> ImportRefused | None:
    """PostgreSQL's foreign key violation as the refusal `_check_references` gives on SQLite."""
    diag = getattr(error.orig, "diag", None)
    if getattr(error.orig, "sqlstate", None) != "23503" or diag is None:
        return None
    for table in tables_in_order():
        if table.name == diag.table_name:
            for constraint in table.foreign_key_constraints:
                if constraint.name == diag.constraint_name:
                    return _missing_reference_refusal(table.name, constraint.referred_table.name)
    return None


def _checked(conn: sa.Connection, local: _Local, write: Callable[..., None], *args: Any) -> None:
    """PostgreSQL checks a reference as the row is written: `write` runs in a savepoint, and a
    broken reference is noted in `local.broken` (refused after the scope check, as on SQLite)
    while the transaction stays usable for the rest of the bundle."""
    try:
        with conn.begin_nested():
            write(*args)
    except sa.exc.IntegrityError as error:
        refusal = _foreign_key_refusal(error)
        if refusal is None:
            raise
        if local.broken is None:
            local.broken = refusal


@cache
def _self_references(table: sa.Table) -> tuple[str, ...]:
    """Columns referring to rows of their own table (person.merged_into_id)."""
    return tuple(sorted(fk.parent.name for fk in table.foreign_keys if fk.column.table is table))


def _hold_self_references(table: sa.Table, rows: list[dict[str, Any]], local: _Local) -> None:
    """PostgreSQL: a reference to a row later in the bundle (or this batch) is written as NULL
    and set after the table's last batch (`_write_held_references`), so order cannot matter."""
    for name in _self_references(table):
        for row in rows:
            value = row.get(name)
            if value is not None:
                local.held.append((row["id"], name, value))
                row[name] = None


def _write_held_references(conn: sa.Connection, table: sa.Table, local: _Local) -> None:
    """Set the references held back; one to a row that is nowhere fails here."""
    by_column: dict[str, list[dict[str, Any]]] = {}
    for row_id, name, value in local.held:
        by_column.setdefault(name, []).append({"_id": row_id, "_value": value})
    local.held.clear()
    for name, params in sorted(by_column.items()):
        conn.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("_id"))
            .values({name: sa.bindparam("_value")}),
            params,
        )


def _local_state(conn: sa.Connection, manifest: Manifest) -> _Local:
    state = LocalState.__table__
    row = conn.execute(
        sa.select(state.c.installation_id, state.c.last_counter, state.c.last_hlc).where(
            state.c.id == 1
        )
    ).first()
    if row is None or row.installation_id is None:
        raise ImportRefused(
            "This database has no installation yet; set it up before importing.",
            code="import.not_initialised",
        )
    me = row.installation_id
    state = trust.ensure(conn)
    assert state is not None
    signer = trust.check_bundle(manifest, state, conn)
    recipient = manifest.recipient
    sealed_for = manifest.sealing.recipient if manifest.sealing is not None else me
    if (recipient is not None and recipient.id != me) or sealed_for != me:
        shown = recipient.name or recipient.id if recipient is not None else sealed_for
        raise ImportRefused(
            f"The bundle is addressed (and encrypted) to {shown!r}, not to this "
            "installation; nothing was imported.",
            code="import.wrong_recipient",
            params={"recipient": shown},
        )
    authors = _installations(conn)
    known = authors.get(manifest.source.id)
    # Central and the installations on this one's chain and on the signer's are proven even
    # when their rows have not arrived here yet.
    anchor = state.require_anchor()
    for proven in (
        *trust.chain_identities(state.chain, anchor),
        *trust.chain_identities(list(manifest.signer or []), anchor),
    ):
        authors.setdefault(proven.id, proven.party())
    if known is not None and (known.role, known.region) != (
        str(manifest.source.role),
        manifest.source.region,
    ):
        raise ImportRefused(
            f"The bundle says it comes from a {manifest.source.role} installation "
            f"({manifest.source.region or 'national'}), but this database knows "
            f"{known.name!r} as {known.role} ({known.region or 'national'}); nothing was imported.",
            code="import.source_mismatch",
            params={"source": known.name},
        )
    return _Local(
        installation_id=me,
        last_counter=row.last_counter or 0,
        clock=HybridLogicalClock(last=row.last_hlc or 0),
        bundle=manifest,
        now=_now(),
        guard=ScopeGuard(
            signer.party(),
            authors,
            leader_courses=signer.courses,
            author_courses=_courses_of(conn, state),
        ),
        upgrade=upgrader(manifest.schema_version),
        trust=state,
        signer=signer,
    )


def _courses_of(conn: sa.Connection, state: trust.LocalTrust) -> dict[str, tuple[str, ...]]:
    """The courses of the leaders this database holds proven enrolments for."""
    if state.anchor is None:
        return {}
    return {
        installation_id: identity.courses
        for installation_id, identity in trust.known_identities(conn, state.anchor).items()
        if identity.courses is not None
    }


def _leader_courses(conn: sa.Connection, local: _Local) -> dict[str, tuple[str, ...]]:
    return _courses_of(conn, local.trust)


def _screened(
    conn: sa.Connection, table_name: str, rows: Iterator[dict[str, Any]], local: _Local
) -> Iterator[dict[str, Any]]:
    """The rows of one part, with the checks trust asks of some tables before any merge.

    - `installation`: keys only with the chain that proves them, never other keys than the
      ones pinned here (`trust.check_installation_row`, `trust.check_pinned`);
    - `revocation`: only central's, signed, never withdrawn;
    - `person`: never a personnummer in clear (its keyed hash travels instead).
    """
    if table_name == Installation.__tablename__:
        anchor = local.trust.require_anchor()
        revoked = local.trust.revoked.keys()
        for row in rows:
            trust.check_installation_row(row, anchor, revoked)
            if row.get("sign_key") is not None:
                proven = trust.chain_of_row(row.get("credential"), anchor)
                if proven is not None:
                    trust.check_pinned(conn, proven)
            yield row
    elif table_name == "revocation":
        anchor = local.trust.require_anchor()
        for row in rows:
            trust.check_revocation_row(row, anchor)
            yield row
    elif table_name == "person":
        for row in rows:
            if row.get("personnummer") is not None:
                raise ImportRefused(
                    "The bundle holds a personnummer in clear; it never travels between "
                    "installations (its keyed hash does), so nothing was imported.",
                    code="import.personnummer_in_clear",
                )
            yield row
    else:
        yield from rows


def _open_items(
    conn: sa.Connection,
) -> dict[str, dict[tuple[str, str], list[tuple[int, int, str]]]]:
    """The open review items by table, then (row id, field): a handful, usually none."""
    review = SyncConflict.__table__
    found: dict[str, dict[tuple[str, str], list[tuple[int, int, str]]]] = {}
    for item in conn.execute(
        sa.select(
            review.c.id,
            review.c.table_name,
            review.c.row_id,
            review.c.field,
            review.c.kept_hlc,
            review.c.kept_author,
        ).where(review.c.resolved.is_(False))
    ):
        per_table = found.setdefault(item.table_name, {})
        per_table.setdefault((item.row_id, item.field), []).append(
            (item.id, item.kept_hlc, item.kept_author)
        )
    return found


def _installations(conn: sa.Connection) -> dict[str, Party]:
    """Every installation this database knows, as the parties that write rows."""
    table = Installation.__table__
    found = conn.execute(
        sa.select(table.c.id, table.c.name, table.c.role, table.c.region_code).where(
            table.c.deleted.is_(False)
        )
    )
    return {
        row.id: Party(id=row.id, name=row.name, role=str(row.role), region=row.region_code)
        for row in found
    }


def _out_of_scope(local: _Local) -> ImportRefused:
    first = local.violations[0]
    more = local.violation_count - 1
    source = local.guard.source
    writer = source.name if first.writer_id == source.id else first.writer_id
    tail = f" (and {more} more)" if more else ""
    return ImportRefused(
        f"The bundle holds {local.violation_count} row(s) its writer may not write, e.g. "
        f"{first.describe()} written by {writer!r}{tail}; nothing was imported.",
        code=OUT_OF_SCOPE,
        params={
            "count": local.violation_count,
            "table": first.table,
            "reason": first.reason,
            "writer": writer,
        },
    )


def _save_clock(conn: sa.Connection, local: _Local) -> None:
    state = LocalState.__table__
    conn.execute(
        sa.update(state)
        .where(state.c.id == 1)
        .values(last_counter=local.last_counter, last_hlc=local.clock.last)
    )


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _decode(table: sa.Table, raw: Mapping[str, Any], number: int) -> dict[str, Any]:
    try:
        return decode_row(table, raw)
    except RowError as error:
        raise ImportRefused(
            f"Row {number} of table {table.name!r} cannot be imported: {error}.",
            code="import.bad_row",
            params={"table": table.name, "row": number, "problem": str(error)},
        ) from None


# Tables whose rows may travel with fields blanked for their recipient (sync/exporter.py): a
# blanked copy keeps the row's identity, so for these the field versions are part of what
# "the same version as here" means, or the real values would be taken for the copy held.
BLANKABLE = frozenset({"person", "course"})


def _identity(table: sa.Table, raw: Mapping[str, Any], number: int) -> tuple[Any, ...]:
    """(id, changed_by, change_counter, hlc[, field_versions]) of an incoming row, checked
    cheaply."""
    if not raw.keys() <= _known_columns(table):
        _decode(table, raw, number)  # raises, naming the unknown column
    key: tuple[Any, ...] = (
        raw.get("id"),
        raw.get("changed_by"),
        raw.get("change_counter"),
        raw.get("hlc"),
    )
    if not (
        isinstance(key[0], str)
        and isinstance(key[1], str)
        and type(key[2]) is int
        and type(key[3]) is int
    ):
        _decode(table, raw, number)  # names the column that is wrong
    if table.name in BLANKABLE:
        key = (*key, raw.get("field_versions"))
    return key


@cache
def _known_columns(table: sa.Table) -> frozenset[str]:
    return frozenset(c.name for c in table.c)


def _merge_batch(
    conn: sa.Connection,
    table: sa.Table,
    raw_rows: list[dict[str, Any]],
    counts: TableCounts,
    local: _Local,
) -> None:
    start = counts.new + counts.updated + counts.unchanged + counts.rejected + 1
    if local.upgrade is not None:
        raw_rows = [local.upgrade(table.name, raw) for raw in raw_rows]
    keys = [_identity(table, raw, start + i) for i, raw in enumerate(raw_rows)]
    ids = [key[0] for key in keys]
    if len(set(ids)) != len(ids):
        raise ImportRefused(
            f"Table {table.name!r} holds the same row twice.",
            code="import.duplicate_row",
            params={"table": table.name},
        )
    known = (
        {}
        if table.name in local.empty  # a repeated id then fails on the primary key
        else _identities(conn, table, ids)
    )
    rows: list[dict[str, Any]] = []
    fresh: list[tuple[Any, ...]] = []
    fresh_ids: list[str] = []
    packer = _packer(table, conn.dialect) if conn.dialect.name == "sqlite" else None
    guard = local.guard
    # The generated packer is also the quickest full check (its conversions are cheap).
    check: Callable[[Mapping[str, Any]], Any] = packer if packer is not None else _checker(table)
    for number, (key, raw) in enumerate(zip(keys, raw_rows, strict=True), start):
        violation = guard.violation(table.name, raw)
        if violation is not None:
            # Counted and named, not merged; the whole bundle is refused after the last part.
            counts.rejected += 1
            local.violation_count += 1
            if len(local.violations) < VIOLATIONS_SHOWN:
                local.violations.append(violation)
            continue
        counter, hlc = key[2], key[3]
        span = local.ranges.setdefault(key[1], [counter, counter])
        if counter < span[0]:
            span[0] = counter
        elif counter > span[1]:
            span[1] = counter
        if hlc > local.top_hlc:
            local.top_hlc = hlc
        if packer is not None and key[0] not in known:
            packed = packer(raw)  # checked and converted in one pass; None: let _decode say why
            if packed is not None:
                fresh.append(packed)
                fresh_ids.append(key[0])
                continue
        if known.get(key[0]) == key:
            # The same version as here: nothing to merge (P1), but checked all the same.
            if not check(raw):  # False, or None from the packer
                _decode(table, raw, number)  # raises, naming the problem
            counts.unchanged += 1
            continue
        rows.append(_decode(table, raw, number))
    merging = [row["id"] for row in rows if row["id"] in known]
    existing = (
        {
            found.id: found._asdict()
            for found in conn.execute(sa.select(*table.c).where(table.c.id.in_(merging)))
        }
        if merging
        else {}
    )
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    fields = versioned_columns(table)
    for row in rows:
        current = existing.get(row["id"])
        if current is None:
            inserts.append(row)
            counts.new += 1
            continue
        merged = _merge(table, fields, current, row, local, conflicts)
        if merged is None:
            counts.unchanged += 1
        else:
            updates.append(merged)
            counts.updated += 1
    counts.new += len(fresh)
    if inserts or updates or fresh:
        _note_written(
            local,
            table.name,
            [*fresh_ids, *(r["id"] for r in inserts), *(r["id"] for r in updates)],
        )
    if fresh:
        conn.exec_driver_sql(_insert_plan(table, conn.dialect)[0], fresh)
    counts.conflicts += len(conflicts)
    if conn.dialect.name != "sqlite":
        _hold_self_references(table, inserts + updates, local)
    if inserts:
        _insert(conn, table, inserts)
    if updates:
        keys = [c.name for c in table.c if c.name != "id"]
        statement = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("_id"))
            .values({name: sa.bindparam(f"v_{name}") for name in keys})
        )
        conn.execute(
            statement,
            [{"_id": row["id"], **{f"v_{name}": row[name] for name in keys}} for row in updates],
        )
    if conflicts:
        _record_conflicts(conn, conflicts)


def _identities(conn: sa.Connection, table: sa.Table, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """(id, changed_by, change_counter, hlc) of the rows held here among `ids`, by id.

    On SQLite straight through the driver: these four plain values need no result processing,
    which would otherwise be most of a re-import.
    """
    blankable = table.name in BLANKABLE
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in ids)
        extra = ", field_versions" if blankable else ""
        cursor = conn.connection.driver_connection.execute(
            f'SELECT id, changed_by, change_counter, hlc{extra} FROM "{table.name}" '
            f"WHERE id IN ({marks})",
            ids,
        )
        return {found[0]: found for found in cursor.fetchall()}
    identity: tuple[Any, ...] = (
        table.c.id,
        table.c.changed_by,
        table.c.change_counter,
        table.c.hlc,
    )
    if blankable:
        identity = (*identity, table.c.field_versions)
    return {
        found[0]: tuple(found)
        for found in conn.execute(sa.select(*identity).where(table.c.id.in_(ids)))
    }


def _insert(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert decoded rows as they are; on SQLite straight through the driver's executemany.

    The statement and each column's bind processor are prepared once per table, so a row costs
    one tuple instead of SQLAlchemy's per-row parameter handling (most of a first import).
    """
    if conn.dialect.name != "sqlite":
        columns = _known_columns(table)
        conn.execute(sa.insert(table), [{c: row.get(c) for c in columns} for row in rows])
        return
    statement, names, processors = _insert_plan(table, conn.dialect)
    plan = tuple(zip(names, processors, strict=True))
    values = [
        tuple(
            value if (value := row.get(name)) is None or process is None else process(value)
            for name, process in plan
        )
        for row in rows
    ]
    conn.exec_driver_sql(statement, values)


@cache
def _insert_plan(
    table: sa.Table, dialect: sa.Dialect
) -> tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...]]:
    names = tuple(c.name for c in table.c)
    processors = tuple(c.type._cached_bind_processor(dialect) for c in table.c)
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    return f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', names, processors


_Pack = Callable[[Mapping[str, Any]], "tuple[Any, ...] | None"]


_SAMPLE_MOMENT = dt.datetime(2010, 3, 15, 14, 0, 0, 5)


def _stores_iso(column: sa.Column[Any], process: Callable[[Any], Any] | None) -> bool:
    """Whether a date or date-time column's driver value is its ISO text (SQLite), so the
    generated packer may format it in C; the sample proves the formats agree."""
    if process is None:
        return False
    if isinstance(column.type, sa.DateTime):
        return bool(process(_SAMPLE_MOMENT) == _SAMPLE_MOMENT.isoformat(" ", "microseconds"))
    if isinstance(column.type, sa.Date):
        return bool(process(_SAMPLE_MOMENT.date()) == _SAMPLE_MOMENT.date().isoformat())
    return False


@cache
def _packer(table: sa.Table, dialect: sa.Dialect) -> _Pack:
    """A function checking one incoming row and giving its driver values (in `_insert_plan`
    column order), or None when anything is off, so that `decode_row` names the problem.

    It accepts at most what `decode_row` accepts (a new row is inserted as sent) and converts
    each value straight to what the driver stores. It is generated per table: text, integer,
    enum, date and date-time columns are checked inline, the rest through the column's own
    check and bind processor. Per-value calls were most of the Python time of a first import.
    """
    _, names, processors = _insert_plan(table, dialect)
    lines = ["def pack(raw):", "    get = raw.get", "    try:"]
    scope: dict[str, Any] = {
        "moment": dt.datetime.fromisoformat,
        "day": dt.date.fromisoformat,
        "decode_versions": versions.decode,
        "Failed": (RowError, ValueError, TypeError),
    }
    out: list[str] = []
    for number, (name, process) in enumerate(zip(names, processors, strict=True)):
        column = table.c[name]
        nullable = bool(column.nullable) and not column.primary_key
        v = f"v{number}"
        out.append(v)
        lines.append(f"        {v} = get({name!r})")
        lines.append(f"        if {v} is None:")
        lines.append("            pass" if nullable else "            return None")
        lines.append("        else:")
        for line in _value_code(column, process, v, number, scope):
            lines.append(f"            {line}")
    lines.append("        if get('change_counter') < 0 or get('hlc') < 0:")
    lines.append("            return None")
    lines.append("        decode_versions(get('field_versions'))")
    lines.append("    except Failed:")
    lines.append("        return None")
    lines.append(f"    return ({', '.join(out)},)")
    exec("\n".join(lines), scope)  # the source is built above from the schema only
    return scope["pack"]  # type: ignore[no-any-return]


_INT64 = (-(2**63), 2**63)


def _value_code(
    column: sa.Column[Any],
    process: Callable[[Any], Any] | None,
    v: str,
    number: int,
    scope: dict[str, Any],
) -> list[str]:
    """Lines checking (and converting in place) value `v` of `column` as `decode_row` would."""
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        allowed = frozenset(kind.enums)
        # Stored as its string value: proven for every member, else the generic path below.
        if all(process is None or process(kind.enum_class(value)) == value for value in allowed):
            scope[f"allowed{number}"] = allowed
            return [f"if type({v}) is not str or {v} not in allowed{number}:", "    return None"]
    elif isinstance(kind, sa.Boolean):
        if process is None:
            return [f"if type({v}) is not bool:", "    return None"]
    elif isinstance(kind, sa.Integer):
        if process is None:
            return [
                f"if type({v}) is not int or not {_INT64[0]} <= {v} < {_INT64[1]}:",
                "    return None",
            ]
    elif isinstance(kind, sa.DateTime):
        if _stores_iso(column, process):
            return [
                f"if type({v}) is not str:",
                "    return None",
                f"parsed = moment({v})",
                "if parsed.tzinfo is not None:",
                "    return None",
                f"{v} = parsed.isoformat(' ', 'microseconds')",
            ]
    elif isinstance(kind, sa.Date):
        if _stores_iso(column, process):
            return [
                f"if type({v}) is not str or len({v}) != 10:",
                "    return None",
                f"{v} = day({v}).isoformat()",
            ]
    elif isinstance(kind, sa.String) and not isinstance(kind, sa.Enum) and process is None:
        length = getattr(kind, "length", None)
        limit = "" if length is None else f" or len({v}) > {int(length)}"
        return [f"if type({v}) is not str{limit}:", "    return None"]
    check = column_decoder(column.table, column.name)  # type: ignore[arg-type]
    scope[f"check{number}"] = check
    if process is None:
        return [f"{v} = check{number}({v})"]
    scope[f"process{number}"] = process
    return [f"{v} = process{number}(check{number}({v}))"]


@cache
def _checker(table: sa.Table) -> Callable[[Mapping[str, Any]], bool]:
    """Whether an incoming row passes `decode_row`, without building the decoded row.

    For rows already held in the same version (a re-import): they are checked, not merged.
    """
    plan = tuple(
        (
            column.name,
            column_decoder(table, column.name),
            bool(column.nullable) and not column.primary_key,
        )
        for column in table.c
    )

    def check(raw: Mapping[str, Any]) -> bool:
        try:
            for name, decode, nullable in plan:
                value = raw.get(name)
                if value is None:
                    if not nullable:
                        return False
                else:
                    decode(value)
            if raw["change_counter"] < 0 or raw["hlc"] < 0:
                return False
            versions.decode(raw.get("field_versions"))
        except (RowError, ValueError, TypeError):
            return False
        return True

    return check


def _versions_of(
    row: Mapping[str, Any], fields: tuple[str, ...]
) -> dict[str, versions.FieldVersion]:
    return versions.expand(
        versions.decode(row.get("field_versions")), fields, row["hlc"], row["changed_by"]
    )


def _merge(
    table: sa.Table,
    fields: tuple[str, ...],
    current: dict[str, Any],
    incoming: dict[str, Any],
    local: _Local,
    conflicts: list[dict[str, Any]],
) -> dict[str, Any] | None:
    """The merged row to write, or None when the local copy already holds everything."""
    local_versions = _versions_of(current, fields)
    # A column the bundle lacks (older schema) is not an incoming change: the local one stays.
    present = tuple(name for name in fields if name in incoming)
    incoming_versions = _versions_of(incoming, present)
    result = versions.merge_row(
        {name: current[name] for name in fields},
        local_versions,
        {name: incoming[name] for name in present},
        incoming_versions,
    )
    for conflict in result.conflicts:
        conflicts.append(
            _conflict_row(table.name, current["id"], conflict.field, "conflict",
                          conflict.kept_value, conflict.kept_version,
                          conflict.lost_value, conflict.lost_version, local)
        )  # fmt: skip
    for name in result.edited_after_delete:
        # P6: the tombstone stays; the later edit by someone who had not seen it is shown.
        conflicts.append(
            _conflict_row(table.name, current["id"], name, "edited_after_delete",
                          True, result.versions[versions.DELETED],
                          result.values[name], result.versions[name], local)
        )  # fmt: skip
    if not result.taken:
        return None
    items = local.open_items.get(table.name) if local.open_items else None
    if items:
        for name in result.taken:
            # A version made by someone who had the kept value before them (a reviewer's
            # decision elsewhere, or a later edit of it) settles the item here too: its base
            # is at least the kept version, or it continues the kept version's own chain.
            new = result.versions[name]
            for item_id, kept_hlc, kept_author in items.get((current["id"], name), ()):
                if new.base >= kept_hlc or (new.author == kept_author and new.hlc > kept_hlc):
                    local.settled.add(item_id)
    merged: dict[str, Any] = {"id": current["id"], **result.values}
    if present == fields and result.versions == incoming_versions:
        # The incoming copy wins whole: keep its identity so it relays as the author's change.
        merged.update(
            changed_by=incoming["changed_by"],
            change_counter=incoming["change_counter"],
            hlc=incoming["hlc"],
        )
    else:
        # A mix of both copies is a state no one has exported yet: it becomes a change of this
        # installation (new counter), so onward exports carry it; the field versions stay.
        counter, hlc = local.stamp()
        merged.update(changed_by=local.installation_id, change_counter=counter, hlc=hlc)
    merged["field_versions"] = versions.encode(result.versions, merged["hlc"], merged["changed_by"])
    return merged


def _conflict_row(
    table: str,
    row_id: str,
    name: str,
    kind: str,
    kept_value: Any,
    kept: versions.FieldVersion,
    lost_value: Any,
    lost: versions.FieldVersion,
    local: _Local,
) -> dict[str, Any]:
    return {
        "table_name": table,
        "row_id": row_id,
        "field": name,
        "kind": kind,
        "kept_value": canonical.dumps(kept_value),
        "kept_hlc": kept.hlc,
        "kept_author": kept.author,
        "lost_value": canonical.dumps(lost_value),
        "lost_hlc": lost.hlc,
        "lost_author": lost.author,
        "bundle_id": local.bundle.bundle_id,
        "source_id": local.bundle.source.id,
        "detected_at": local.now,
        "resolved": False,
    }


def _record_conflicts(conn: sa.Connection, conflicts: list[dict[str, Any]]) -> None:
    table = SyncConflict.__table__
    key = ("table_name", "row_id", "field", "lost_hlc", "lost_author")
    for conflict in conflicts:
        # The same lost version seen again (a re-import, another path) is one review item.
        exists = conn.execute(
            sa.select(table.c.id).where(*(table.c[k] == conflict[k] for k in key))
        ).first()
        if exists is None:
            conn.execute(sa.insert(table).values(**conflict))


def _acknowledge(conn: sa.Connection, peer_id: str, ranges: Mapping[str, list[int]]) -> None:
    """The source evidently holds what it sent: never send those changes back to it."""
    raise_acks(conn, peer_id, {author: span[1] for author, span in ranges.items()})


def raise_acks(conn: sa.Connection, peer_id: str, counters: Mapping[str, int]) -> None:
    """Set peer's acknowledged counter per author to at least the given one."""
    ack = SyncAck.__table__
    for author, counter in sorted(counters.items()):
        current = conn.execute(
            sa.select(ack.c.counter).where(ack.c.peer_id == peer_id, ack.c.author_id == author)
        ).scalar()
        if current is None:
            conn.execute(sa.insert(ack).values(peer_id=peer_id, author_id=author, counter=counter))
        elif counter > current:
            conn.execute(
                sa.update(ack)
                .where(ack.c.peer_id == peer_id, ack.c.author_id == author)
                .values(counter=counter)
            )


def import_log(db: Database) -> list[dict[str, Any]]:
    """Every logged import attempt, oldest first (counts decoded)."""
    table = SyncImportLog.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(table).order_by(table.c.id)).mappings().all()
    return [{**row, "counts": json.loads(row["counts"]) if row["counts"] else None} for row in rows]
