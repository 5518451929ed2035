"""Unit of work: one session, one transaction, rolled back unless committed; stamps changes."""

from __future__ import annotations

from functools import cache
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from soul_desktop.domain import versions
from soul_desktop.domain.enums import NATIONAL_PARTITION
from soul_desktop.domain.errors import NotInitialisedError
from soul_desktop.domain.hlc import HybridLogicalClock
from soul_desktop.domain.identity_hash import personnummer_hash
from soul_desktop.storage import keys
from soul_desktop.storage.base import Synced
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Installation, LocalState, Person


@cache
def versioned_fields(model: type[Synced]) -> tuple[tuple[str, str], ...]:
    """(attribute key, column name) of a synced model's versioned content columns."""
    mapper = sa.inspect(model)
    return tuple(
        (prop.key, prop.columns[0].name)
        for prop in mapper.column_attrs
        if prop.columns[0].name not in versions.VERSION_COLUMNS
    )


def changed_fields(record: Synced) -> list[str]:
    """Column names of the versioned fields whose value this session changed."""
    state = sa.inspect(record)
    return [
        column
        for key, column in versioned_fields(type(record))
        if state.attrs[key].history.has_changes()
    ]


class ChangeStamper:
    """Hands out this installation's change counters and clock readings within one session."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._state: LocalState | None = None
        self._clock: HybridLogicalClock | None = None
        self._default_partition: str | None = None
        self._programme_key: bytes | None = None
        self._programme_key_read = False

    def _load(self) -> tuple[LocalState, HybridLogicalClock]:
        if self._state is None or self._clock is None:
            with self._session.no_autoflush:
                state = self._session.get(LocalState, 1)
            if state is None or state.installation_id is None:
                raise NotInitialisedError(
                    "this database has no installation yet; run `soul-desktop init` first"
                )
            self._state = state
            self._clock = HybridLogicalClock(last=state.last_hlc)
        return self._state, self._clock

    @property
    def installation_id(self) -> str:
        state, _clock = self._load()
        assert state.installation_id is not None
        return state.installation_id

    def default_partition(self) -> str:
        if self._default_partition is None:
            with self._session.no_autoflush:
                installation = self._session.get(Installation, self.installation_id)
            region = installation.region_code if installation else None
            self._default_partition = region or NATIONAL_PARTITION
        return self._default_partition

    def hash_personnummer(self, number: str) -> str | None:
        """The keyed hash that travels instead of `number`; None without the programme key
        (an installation not yet enrolled)."""
        if not self._programme_key_read:
            with self._session.no_autoflush:
                self._programme_key = keys.programme_key(self._session.connection())
            self._programme_key_read = True
        if self._programme_key is None:
            return None
        return personnummer_hash(self._programme_key, number)

    def stamp(self, record: Synced) -> None:
        """Stamp a new record: every field has the row's version, so the map stays empty."""
        self._stamp(record)
        record.field_versions = None

    def stamp_update(self, record: Synced) -> None:
        """Stamp a changed record: changed fields get the new version, the others keep theirs."""
        changed = changed_fields(record)
        old_hlc, old_author, old_map = record.hlc, record.changed_by, record.field_versions
        self._stamp(record)
        record.field_versions = versions.stamp_edit(
            old_map,
            (column for _key, column in versioned_fields(type(record))),
            changed,
            old_hlc,
            old_author,
            record.hlc,
            record.changed_by,
        )

    def _stamp(self, record: Synced) -> None:
        state, clock = self._load()
        state.last_counter += 1
        record.changed_by = self.installation_id
        record.change_counter = state.last_counter
        record.hlc = clock.tick()
        state.last_hlc = clock.last
        if record.partition is None:
            record.partition = self.default_partition()

    def stamp_rows(self, rows: list[dict[str, Any]]) -> None:
        """Fill the sync columns of plain rows bound for a bulk insert."""
        state, clock = self._load()
        installation_id = self.installation_id
        counter = state.last_counter
        for row in rows:
            counter += 1
            row["changed_by"] = installation_id
            row["change_counter"] = counter
            row["hlc"] = clock.tick()
            row.setdefault("deleted", False)
        state.last_counter = counter
        state.last_hlc = clock.last


def _keep_personnummer_hash(stamper: ChangeStamper, record: Person, new: bool) -> None:
    """A person's personnummer_hash follows its personnummer, in the same change (so the two
    fields share a version): set when a number is entered or changed, cleared with it."""
    if not new and not sa.inspect(record).attrs.personnummer.history.has_changes():
        return
    number = record.personnummer
    if new and not number:
        return
    wanted = stamper.hash_personnummer(number) if number else None
    if record.personnummer_hash != wanted:
        record.personnummer_hash = wanted


def _stamp_before_flush(session: Session, _context: object, _instances: object) -> None:
    stamper: ChangeStamper | None = session.info.get("stamper")
    if stamper is None:
        return
    for record in list(session.new):
        if isinstance(record, Synced):
            if isinstance(record, Person):
                _keep_personnummer_hash(stamper, record, new=True)
            stamper.stamp(record)
    for record in list(session.dirty):
        if isinstance(record, Synced) and session.is_modified(record, include_collections=False):
            if isinstance(record, Person):
                _keep_personnummer_hash(stamper, record, new=False)
            stamper.stamp_update(record)


class UnitOfWork:
    """`with UnitOfWork(db) as uow: ...; uow.commit()` — anything else rolls back.

    `UnitOfWork.on_connection(conn)` runs one inside a transaction someone else holds open.
    """

    def __init__(self, database: Database) -> None:
        self._database: Database | None = database
        self._connection: sa.Connection | None = None
        self._committed = False

    @classmethod
    def on_connection(cls, connection: sa.Connection) -> UnitOfWork:
        """A unit of work inside the transaction already open on `connection`.

        For work that must be part of a larger Core transaction (the importer's): the session
        joins it through a SAVEPOINT, so `commit()` releases the savepoint and leaving without
        it rolls back to the savepoint. The caller's transaction is never committed or rolled
        back here; whether the work is kept is decided by the caller's COMMIT or ROLLBACK.
        Rows are stamped as in any unit of work, from the counter and clock in `local_state`
        as the connection sees them, so the caller must have written its own first.
        """
        if not connection.in_transaction():
            raise ValueError("UnitOfWork.on_connection needs a connection with a transaction open")
        unit = cls.__new__(cls)
        unit._database = None
        unit._connection = connection
        unit._committed = False
        return unit

    def __enter__(self) -> UnitOfWork:
        if self._connection is not None:
            self.session = Session(
                bind=self._connection,
                join_transaction_mode="create_savepoint",
                expire_on_commit=False,
            )
        else:
            assert self._database is not None
            self.session = self._database.session()
        self.stamper = ChangeStamper(self.session)
        self.session.info["stamper"] = self.stamper
        sa.event.listen(self.session, "before_flush", _stamp_before_flush)
        return self

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()
