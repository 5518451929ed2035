"""Rows of bundles made with an older schema, brought up to this one before they are merged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from soul_desktop.domain import versions


@dataclass(frozen=True, slots=True)
class AddedColumn:
    """A NOT NULL column a migration added to a synced table, and what older rows mean by it.

    `value` is the encoded (JSON) value a row from before `revision` gets: the one the
    migration gave existing rows (its server default).
    """

    revision: str
    table: str
    column: str
    value: Any


# Every NOT NULL column added to a synced table after revision 0001, oldest first. Nullable
# columns need no entry: a row without one keeps the local value (or NULL when new), and
# `field_versions` (0004) is such a column. Tables added later are simply absent from old bundles.
ADDED_COLUMNS: tuple[AddedColumn, ...] = (AddedColumn("0003", "enrolment", "walk_in", False),)

# The version a filled-in field gets: clock 0 and no base, so any real version of that field
# held anywhere is newer and the filled-in value never overwrites (nor conflicts with) it.
FILLED_HLC = 0

RowUpgrade = Callable[[str, dict[str, Any]], dict[str, Any]]


def upgrader(schema_version: str) -> RowUpgrade | None:
    """The function bringing raw rows of a bundle of `schema_version` up to date, or None.

    None when nothing changed since (every bundle of the current schema): no cost per row.
    """
    wanted: dict[str, list[AddedColumn]] = {}
    for added in ADDED_COLUMNS:
        if int(added.revision) > int(schema_version):
            wanted.setdefault(added.table, []).append(added)
    if not wanted:
        return None

    def upgrade(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
        missing = [a for a in wanted.get(table_name, ()) if a.column not in row]
        if not missing or not isinstance(row.get("hlc"), int) or "changed_by" not in row:
            return row  # nothing to fill, or a row the type check will refuse anyway
        try:
            sparse = versions.decode(row.get("field_versions"))
        except ValueError:
            return row  # the type check names the problem
        author = str(row["changed_by"])
        for added in missing:
            row[added.column] = added.value
            sparse[added.column] = versions.FieldVersion(FILLED_HLC, author, versions.NO_BASE)
        row["field_versions"] = versions.encode(sparse, row["hlc"], author)
        return row

    return upgrade
