"""Per-field versions of synced rows: sparse encoding, local edits and the merge decision."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from soul_desktop.domain import canonical

# Columns that describe a row's version rather than its content; never versioned themselves.
VERSION_COLUMNS = frozenset({"id", "changed_by", "change_counter", "hlc", "field_versions"})

# The tombstone flag: versioned like any other field.
DELETED = "deleted"

# The base of a version that was not made by editing another one (an insert).
NO_BASE = 0


@dataclass(frozen=True, slots=True)
class FieldVersion:
    """Who last wrote a field and when (`hlc`, `author`), and where that chain of edits began.

    `base` is the hlc of the version the author's chain of edits started from, so a receiver
    that holds the base can fast-forward instead of seeing a conflict.
    """

    hlc: int
    author: str
    base: int = NO_BASE

    @property
    def key(self) -> tuple[int, str]:
        """The order of versions: clock first, the author breaks a (rare) clock tie."""
        return (self.hlc, self.author)


def row_default(row_hlc: int, row_author: str) -> FieldVersion:
    """The version a field has when the map does not mention it: the row's own, no base."""
    return FieldVersion(row_hlc, row_author, NO_BASE)


def encode(versions: Mapping[str, FieldVersion], row_hlc: int, row_author: str) -> str | None:
    """Compact JSON `{"field":[hlc,"author",base],…}` of the fields that differ from the row.

    None when every field has the row's version and no base: the common case (a row inserted
    once, or edited whole) stores nothing.
    """
    default = row_default(row_hlc, row_author)
    sparse = {
        name: [version.hlc, version.author, version.base]
        for name, version in versions.items()
        if version != default
    }
    if not sparse:
        return None
    return json.dumps(sparse, separators=(",", ":"), sort_keys=True)


def decode(text: str | None) -> dict[str, FieldVersion]:
    """The sparse map back; raises ValueError on anything that is not exactly that shape."""
    if text is None or text == "":
        return {}
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"field_versions is not JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError("field_versions is not a JSON object")
    result: dict[str, FieldVersion] = {}
    for name, entry in raw.items():
        if (
            not isinstance(entry, list)
            or len(entry) != 3
            or not _is_int(entry[0])
            or not isinstance(entry[1], str)
            or not _is_int(entry[2])
        ):
            raise ValueError(f"field_versions[{name!r}] is not [hlc, author, base_hlc]")
        result[name] = FieldVersion(entry[0], entry[1], entry[2])
    return result


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def expand(
    sparse: Mapping[str, FieldVersion], fields: Iterable[str], row_hlc: int, row_author: str
) -> dict[str, FieldVersion]:
    """Every field's version: the map's entry, or the row's own version."""
    default = row_default(row_hlc, row_author)
    return {name: sparse.get(name, default) for name in fields}


def next_base(current: FieldVersion, author: str) -> int:
    """The base of a new edit by `author` of a field whose version is `current`.

    Editing one's own version continues that chain (keeps its base), so several local edits
    between two exports look like one edit from the receiver's side; editing someone else's
    version starts a chain from it.
    """
    return current.base if current.author == author else current.hlc


def record_local_edit(
    current: Mapping[str, FieldVersion], changed: Iterable[str], hlc: int, author: str
) -> dict[str, FieldVersion]:
    """The versions after `author` changed `changed` at `hlc`; the other fields keep theirs."""
    result = dict(current)
    for name in changed:
        previous = current.get(name)
        base = NO_BASE if previous is None else next_base(previous, author)
        result[name] = FieldVersion(hlc, author, base)
    return result


def stamp_edit(
    field_versions: str | None,
    fields: Iterable[str],
    changed: Iterable[str],
    old_hlc: int,
    old_author: str,
    hlc: int,
    author: str,
) -> str | None:
    """The new `field_versions` column of a row edited locally (decode, edit, encode)."""
    current = expand(decode(field_versions), fields, old_hlc, old_author)
    return encode(record_local_edit(current, changed, hlc, author), hlc, author)


class Outcome(StrEnum):
    """How an incoming field version relates to the local one."""

    EQUAL = "equal"  # the same version (and value): nothing to do
    FAST_FORWARD = "fast_forward"  # incoming continues from the local version: take it
    OLDER = "older"  # local already continues from the incoming version: ignore it
    CONVERGED = "converged"  # concurrent edits that wrote the same value: no review needed
    CONFLICT = "conflict"  # concurrent edits of different values: winner kept, loser reviewed


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    take_incoming: bool  # whether the incoming value and version replace the local ones

    @property
    def needs_review(self) -> bool:
        return self.outcome is Outcome.CONFLICT


def decide(
    local: FieldVersion, local_value: Any, incoming: FieldVersion, incoming_value: Any
) -> Decision:
    """Merge one field: which of two versions survives, and whether the loser needs review.

    Symmetric: `decide(a, x, b, y)` and `decide(b, y, a, x)` keep the same version and value,
    so the result does not depend on which side imports which.
    """
    if local.key == incoming.key:
        if local.base == incoming.base and _same(local_value, incoming_value):
            return Decision(Outcome.EQUAL, take_incoming=False)
        # One version with two values (or bases) cannot come from a correct installation;
        # still pick deterministically so every receiver ends alike, and show it.
        return Decision(
            Outcome.CONFLICT,
            take_incoming=_sort_key(incoming, incoming_value) > _sort_key(local, local_value),
        )
    newer_incoming = incoming.key > local.key
    if local.author == incoming.author:
        # One installation's edits of a field form a single chain: the later one saw the earlier.
        return _ordered(newer_incoming)
    incoming_follows = incoming.base >= local.hlc  # incoming's chain began at or after local
    local_follows = local.base >= incoming.hlc
    if incoming_follows != local_follows:
        return _ordered(incoming_follows)
    # Concurrent: neither side had seen the other. The higher (hlc, author) wins everywhere.
    if _same(local_value, incoming_value):
        return Decision(Outcome.CONVERGED, take_incoming=newer_incoming)
    return Decision(Outcome.CONFLICT, take_incoming=newer_incoming)


def _ordered(take_incoming: bool) -> Decision:
    return Decision(Outcome.FAST_FORWARD if take_incoming else Outcome.OLDER, take_incoming)


def _same(left: Any, right: Any) -> bool:
    return canonical.dumps(left) == canonical.dumps(right)


def _sort_key(version: FieldVersion, value: Any) -> tuple[int, str, int, str]:
    return (version.hlc, version.author, version.base, canonical.dumps(value))


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field edited on two sides: the value kept everywhere and the one kept for review."""

    field: str
    kept_value: Any
    kept_version: FieldVersion
    lost_value: Any
    lost_version: FieldVersion


@dataclass(frozen=True, slots=True)
class RowMerge:
    """One row after merging an incoming copy into the local one, field by field."""

    values: dict[str, Any]
    versions: dict[str, FieldVersion]
    taken: frozenset[str]  # fields whose incoming value and version replace the local ones
    conflicts: tuple[FieldConflict, ...]

    @property
    def row_version(self) -> FieldVersion:
        """The newest field version: what the row's own (hlc, changed_by) become."""
        return max(self.versions.values(), key=lambda v: v.key)

    @property
    def edited_after_delete(self) -> tuple[str, ...]:
        """Fields of a tombstoned row edited later by another installation (P6: review these).

        The tombstone still wins (`deleted` merges like any field); the later edit is kept in
        the row but must be shown, since its author may not have known of the delete.
        """
        if self.values.get(DELETED) is not True:
            return ()
        tombstone = self.versions[DELETED]
        return tuple(
            name
            for name, version in self.versions.items()
            if name != DELETED
            and version.key > tombstone.key
            and version.author != tombstone.author
        )


def merge_row(
    local_values: Mapping[str, Any],
    local_versions: Mapping[str, FieldVersion],
    incoming_values: Mapping[str, Any],
    incoming_versions: Mapping[str, FieldVersion],
) -> RowMerge:
    """Merge two copies of a row field by field (versions expanded, see `expand`).

    Every field ends at the greater of its two versions in the total order (hlc, author,
    base, canonical value), so merging is commutative, associative and idempotent: any order
    of imports gives the same row. A field only one side knows (a newer schema) is kept.
    """
    values: dict[str, Any] = {}
    versions: dict[str, FieldVersion] = {}
    taken: set[str] = set()
    conflicts: list[FieldConflict] = []
    for name in sorted(set(local_versions) | set(incoming_versions)):
        if name not in incoming_versions:
            values[name], versions[name] = local_values[name], local_versions[name]
            continue
        if name not in local_versions:
            values[name], versions[name] = incoming_values[name], incoming_versions[name]
            taken.add(name)
            continue
        local, incoming = local_versions[name], incoming_versions[name]
        decision = decide(local, local_values[name], incoming, incoming_values[name])
        if decision.take_incoming:
            values[name], versions[name] = incoming_values[name], incoming
            taken.add(name)
        else:
            values[name], versions[name] = local_values[name], local
        if decision.needs_review:
            lost_value, lost_version = (
                (local_values[name], local)
                if decision.take_incoming
                else (incoming_values[name], incoming)
            )
            conflicts.append(
                FieldConflict(name, values[name], versions[name], lost_value, lost_version)
            )
    return RowMerge(values, versions, frozenset(taken), tuple(conflicts))
