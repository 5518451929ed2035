"""Review of sync conflicts: list what two installations disagreed on, and decide it (P5, P6).

An import records a review item where two versions of one field meet (`sync.importer`):
a *conflict* (the same field edited on two sides; the deterministic winner is already applied
at every installation, the loser is kept here) or an *edit after a delete* (a tombstoned row
edited later by an installation that had not seen the delete; the tombstone stays).

Deciding an item is one unit of work. Choosing the other value (`LOST`) writes it as an
ordinary local edit of the field, through the ORM: the ChangeStamper gives the field a new
version of this installation whose base is the version it held (`domain.versions.next_base`).
That base is the kept version, which is at least as new as the lost one, so an installation
holding either side takes the new version as a fast-forward. (When this installation made
the kept version itself, the new version continues that chain: a holder of the kept version
fast-forwards by the same-author rule, and a holder of only the lost version sees a newer
concurrent version of the same value, which converges without review.) So the choice travels
onwards in the next bundle as an ordinary change and makes no new review item anywhere.
Restoring a deleted row (`LOST` for an edit after a delete) is the same: `deleted` is written
false as a local edit.

Choosing the kept value (`KEPT`) writes nothing and only marks the items resolved, because:
- the kept value is the deterministic winner, so every installation that holds both
  versions already holds it, and every other one will once the versions meet (P2); there is
  nothing to converge;
- a new version of the same value would be a change with no content, sent to every
  installation (and made by the kept version's author it would not even fast-forward over a
  lost version held elsewhere, since it continues that author's chain);
- if the field was edited since the conflict, writing the old kept value would undo that
  later edit behind the reviewer's back. "Keep" therefore means "leave the record as it is".
Another installation that recorded the same item keeps it open until someone there decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from soul_desktop.domain import versions
from soul_desktop.domain.errors import ValidationError
from soul_desktop.storage import conflicts as store
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

CONFLICT = store.CONFLICT
EDITED_AFTER_DELETE = store.EDITED_AFTER_DELETE

# The reviewer's choices. For an edit after a delete: KEPT keeps the row deleted, LOST
# restores it with the later edit.
KEPT = "kept"
LOST = "lost"
CHOICES = (KEPT, LOST)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One open review item, with everything the reviewer is shown.

    For a conflict, `kept_value` is the value applied everywhere and `lost_value` the other
    one. For an edit after a delete, `kept_value` is True (the tombstone; `kept_author` and
    `kept_at` say who deleted the row and when) and `lost_value` is the later edit of `field`.
    `*_label` is the label of the row a value refers to (an organisation's name for
    `organisation_id`), None for values that refer to nothing. `*_author_name` is None when
    this database does not know the installation; show the id then. `current_value` is what
    the row holds in `field` now, which may differ from both (`changed_since`).
    """

    id: int
    kind: str
    table: str
    row_id: str
    row_label: str
    field: str
    kept_value: Any
    kept_label: str | None
    kept_author: str
    kept_author_name: str | None
    kept_at: dt.datetime
    lost_value: Any
    lost_label: str | None
    lost_author: str
    lost_author_name: str | None
    lost_at: dt.datetime
    current_value: Any
    current_label: str | None
    row_exists: bool
    row_deleted: bool
    changed_since: bool
    bundle_id: str | None
    source_id: str | None
    source_name: str | None
    detected_at: dt.datetime

    @property
    def key(self) -> str:
        return str(self.id)

    @property
    def kept_source(self) -> str:
        """Who made the kept version: the installation's name, or its id when unknown."""
        return self.kept_author_name or self.kept_author

    @property
    def lost_source(self) -> str:
        return self.lost_author_name or self.lost_author

    @property
    def after_delete(self) -> bool:
        return self.kind == EDITED_AFTER_DELETE


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a decision did: the items it settled and whether it wrote a local edit."""

    item_id: int
    choice: str
    resolved_ids: tuple[int, ...]
    written: bool


def settles(decided: ReviewItem, other: ReviewItem) -> bool:
    """Whether a decision on `decided` also settles `other` (the rule `resolve` applies).

    A conflict settles every conflict of the same field of the same row; an edit after a
    delete settles every such item of the same row (the question is whether the row stays
    deleted).
    """
    if (other.kind, other.table, other.row_id) != (decided.kind, decided.table, decided.row_id):
        return False
    return decided.kind == EDITED_AFTER_DELETE or other.field == decided.field


def list_open(database: Database) -> list[ReviewItem]:
    """Every open review item, oldest first."""
    with UnitOfWork(database) as uow:
        return [ReviewItem(**facts) for facts in store.open_items(uow.session)]


def count_open(database: Database) -> int:
    with UnitOfWork(database) as uow:
        return store.count_open(uow.session)


def resolve(database: Database, item_id: int, choice: str) -> Resolution:
    """Decide a review item: keep what won (KEPT) or take the other value (LOST).

    Refuses (ValidationError, code "review.*") an unknown choice, an item that is not there or
    already decided, a row that is not in this database, taking the other value into a row
    deleted since, and a value the row's rules refuse now. Every open item the decision
    settles (`settles`) is marked resolved in the same unit of work.
    """
    if choice not in CHOICES:
        raise ValidationError(
            f"unknown choice {choice!r}; use one of {', '.join(CHOICES)}",
            code="review.unknown_choice",
            params={"choice": choice},
        )
    with UnitOfWork(database) as uow:
        session = uow.session
        item = store.get_item(session, item_id)
        if item is None:
            raise ValidationError(
                f"there is no review item {item_id}",
                code="review.not_found",
                params={"item": item_id},
            )
        if item.resolved:
            raise ValidationError(
                f"review item {item_id} has already been decided",
                code="review.already_resolved",
                params={"item": item_id},
            )
        row = store.synced_row(session, item.table_name, item.row_id)
        if row is None:
            raise ValidationError(
                f"the {item.table_name} row {item.row_id} is not in this database",
                code="review.row_missing",
                params={"table": item.table_name, "row": item.row_id},
            )
        written = False
        if choice == LOST:
            lost = _decoded(item.table_name, item.field, item.lost_value)
            if item.kind == EDITED_AFTER_DELETE:
                # Restore: the later edit is normally in the row already; written again in
                # case the field changed since, so the row comes back as the reviewer saw it.
                values = {versions.DELETED: False, item.field: lost}
            else:
                if row.deleted:
                    raise ValidationError(
                        f"the {item.table_name} row {item.row_id} has been deleted since",
                        code="review.row_deleted",
                        params={"table": item.table_name, "row": item.row_id},
                    )
                values = {item.field: lost}
            written = store.write_fields(session, row, values)
        settled = tuple(other.id for other in store.open_group(session, item))
        store.set_resolved(session, settled, True)
        uow.commit()
    return Resolution(item_id, choice, settled, written)


def reopen(database: Database, item: ReviewItem, choice: str, item_ids: Sequence[int]) -> None:
    """Take a decision back (undo): the row as `item` showed it, and the items open again.

    After LOST the field gets `item.current_value` back (and a restored row its tombstone),
    again as an ordinary local edit, so the undo travels like the decision did. `item_ids`
    are the items the decision settled (`settles` over the items on screen).
    """
    if choice not in CHOICES:
        raise ValidationError(
            f"unknown choice {choice!r}; use one of {', '.join(CHOICES)}",
            code="review.unknown_choice",
            params={"choice": choice},
        )
    with UnitOfWork(database) as uow:
        session = uow.session
        if choice == LOST:
            row = store.synced_row(session, item.table, item.row_id)
            if row is None:
                raise ValidationError(
                    f"the {item.table} row {item.row_id} is not in this database",
                    code="review.row_missing",
                    params={"table": item.table, "row": item.row_id},
                )
            values: dict[str, Any] = {item.field: item.current_value}
            if item.kind == EDITED_AFTER_DELETE:
                values[versions.DELETED] = item.row_deleted
            store.write_fields(session, row, values)
        store.set_resolved(session, item_ids, False)
        uow.commit()


def _decoded(table: str, field: str, text: str) -> Any:
    try:
        return store.decode_value(table, field, text)
    except ValueError as error:
        raise ValidationError(
            f"the stored value of {table}.{field} cannot be read ({error})",
            code="review.bad_value",
            params={"table": table, "field": field},
        ) from None
