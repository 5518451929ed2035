"""Table models of the Sync page: the dry-run preview per bundle and table, and the import log."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation
from soul_desktop.sync.bundle import BundleError, Manifest, open_bundle
from soul_desktop.sync.importer import (
    APPLIED,
    DRY_RUN,
    REFUSED,
    ImportSummary,
    import_bundle,
    import_log,
)
from soul_desktop.ui.labels import region_text, role_name, table_name
from soul_desktop.ui.models.record_table import Column, RecordTableModel
from soul_desktop.ui.refusals import refusal_text

if TYPE_CHECKING:
    from soul_desktop.services.setup import Database

COUNT_NAMES = ("new", "updated", "unchanged", "conflicts", "rejected")
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Named columns of the preview table.
PREVIEW_FILE = 0
PREVIEW_SOURCE = 1
PREVIEW_CREATED = 2
PREVIEW_TABLE = 3
PREVIEW_NEW = 4
PREVIEW_UPDATED = 5
PREVIEW_UNCHANGED = 6
PREVIEW_CONFLICTS = 7
PREVIEW_REJECTED = 8
PREVIEW_OUTCOME = 9

# Named columns of the history table.
HISTORY_TIME = 0
HISTORY_FILE = 1
HISTORY_SOURCE = 2
HISTORY_OUTCOME = 3
HISTORY_NEW = 4
HISTORY_UPDATED = 5
HISTORY_CONFLICTS = 6
HISTORY_REJECTED = 7
HISTORY_REASON = 8


def reason_text(code: str | None, reason: str | None) -> str:
    """Why a bundle or receipt was refused, in the interface language."""
    wordings = {
        "bundle.unreadable": QCoreApplication.translate("Sync", "The file cannot be read."),
        "bundle.not_a_bundle": QCoreApplication.translate("Sync", "The file is not a SOUL bundle."),
        "bundle.truncated": QCoreApplication.translate(
            "Sync", "The bundle is incomplete: the file ends too early."
        ),
        "bundle.corrupt": QCoreApplication.translate(
            "Sync", "The bundle is damaged: its contents do not match its checksum."
        ),
        "bundle.hash_mismatch": QCoreApplication.translate(
            "Sync", "The bundle is damaged: a part does not match its checksum."
        ),
        "bundle.count_mismatch": QCoreApplication.translate(
            "Sync", "The bundle is damaged: a part has the wrong number of rows."
        ),
        "bundle.bad_row": QCoreApplication.translate(
            "Sync", "The bundle is damaged: a row cannot be read."
        ),
        "bundle.manifest_invalid": QCoreApplication.translate(
            "Sync", "The bundle's description is damaged."
        ),
        "bundle.newer_version": QCoreApplication.translate(
            "Sync",
            "The bundle was made by a newer SOUL Desktop; update this installation to read it.",
        ),
        "bundle.too_large": QCoreApplication.translate(
            "Sync", "The bundle is larger than SOUL Desktop accepts."
        ),
        "bundle.unknown_table": QCoreApplication.translate(
            "Sync", "The bundle holds a table this installation does not know."
        ),
        "import.missing_reference": QCoreApplication.translate(
            "Sync", "The bundle refers to rows that are neither in it nor in this database."
        ),
        "import.integrity": QCoreApplication.translate(
            "Sync",
            "The bundle refers to rows that are neither in it nor in this database, "
            "or repeats a row.",
        ),
        "import.bad_row": QCoreApplication.translate(
            "Sync", "A row in the bundle breaks the rules of its table."
        ),
        "import.duplicate_row": QCoreApplication.translate(
            "Sync", "The bundle holds the same row twice."
        ),
        "bundle.out_of_scope": QCoreApplication.translate(
            "Sync",
            "The bundle holds rows its sender may not write (another region's, or rows a "
            "workshop leader does not write); nothing was imported.",
        ),
        "import.wrong_recipient": QCoreApplication.translate(
            "Sync", "The bundle is addressed to another installation."
        ),
        "import.source_mismatch": QCoreApplication.translate(
            "Sync",
            "The bundle's sender does not match what this installation knows about it "
            "(its role or region differs).",
        ),
        "import.not_initialised": QCoreApplication.translate(
            "Sync", "This installation is not set up yet."
        ),
        "bundle.tampered": QCoreApplication.translate(
            "Sync",
            "The bundle's encrypted rows were changed after it was made; nothing was imported.",
        ),
        "bundle.not_for_this_key": QCoreApplication.translate(
            "Sync", "The bundle is encrypted for another key than this installation's."
        ),
        "bundle.locked": QCoreApplication.translate(
            "Sync", "The bundle's rows are encrypted for another installation."
        ),
        "import.personnummer_in_clear": QCoreApplication.translate(
            "Sync",
            "The bundle holds a personnummer in clear; it never travels between "
            "installations, so nothing was imported.",
        ),
        "receipt.invalid": QCoreApplication.translate("Sync", "The file is not a valid receipt."),
        "receipt.unreadable": QCoreApplication.translate("Sync", "The receipt cannot be read."),
        "receipt.not_for_us": QCoreApplication.translate(
            "Sync", "This receipt is for another installation."
        ),
        "receipt.newer_version": QCoreApplication.translate(
            "Sync",
            "The receipt was made by a newer SOUL Desktop; update this installation to read it.",
        ),
        "receipt.not_imported": QCoreApplication.translate(
            "Sync", "This bundle has not been imported here."
        ),
    }
    if code in wordings:
        return wordings[code]
    return refusal_text(ValidationError(reason or "", code=code))


def outcome_text(outcome: str) -> str:
    """An import's outcome in words (never only as a colour)."""
    return {
        DRY_RUN: QCoreApplication.translate("Sync", "Ready to import"),
        APPLIED: QCoreApplication.translate("Sync", "Imported"),
        REFUSED: QCoreApplication.translate("Sync", "Refused"),
        CANCELLED: QCoreApplication.translate("Sync", "Not imported (cancelled)"),
    }.get(outcome, outcome)


CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class BundleCheck:
    """One file after its dry run: what the bundle says about itself and what it would do."""

    path: str
    manifest: Manifest | None
    summary: ImportSummary

    @property
    def source_text(self) -> str:
        if self.manifest is not None:
            return self.manifest.source.name
        return self.summary.source_id or ""

    @property
    def created(self) -> dt.datetime | None:
        return self.manifest.created if self.manifest is not None else None


def check_bundle(db: Database, path: str | os.PathLike[str]) -> BundleCheck:
    """A dry run of one file, with the bundle's own description when it can be read (worker)."""
    manifest: Manifest | None = None
    try:
        with open_bundle(path) as reader:
            manifest = reader.manifest
    except BundleError:
        pass  # the dry run below refuses it and says why
    summary = import_bundle(db, path, dry_run=True)
    return BundleCheck(str(path), manifest, summary)


def import_checked(db: Database, check: BundleCheck) -> BundleCheck:
    """The real import of a checked file (worker): all of it, or nothing with the reason."""
    return BundleCheck(check.path, check.manifest, import_bundle(db, check.path))


@dataclass(frozen=True, slots=True)
class SyncOverview:
    """What the History tab and the recipient choice show: the log and the known installations."""

    log: list[dict[str, Any]]
    installations: list[InstallationInfo]

    @property
    def names(self) -> dict[str, str]:
        return {info.id: info.name for info in self.installations}


def load_overview(db: Database) -> SyncOverview:
    """The import log and every installation this one knows of (worker)."""
    return SyncOverview(import_log(db), installation.known_installations(db))


def installation_text(info: InstallationInfo) -> str:
    """“Sundsvall kontor (Regional office, SE32 Mellersta Norrland)”: as a person knows it."""
    return f"{info.name} ({role_name(info.role)}, {region_text(info)})"


def format_moment(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return QLocale().toString(moment.replace(microsecond=0), "yyyy-MM-dd HH:mm")


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One table of one bundle (or one line for a refused bundle)."""

    key: str
    file_name: str
    source: str
    created: dt.datetime | None
    table: str
    counts: Mapping[str, int]
    outcome: str
    reason: str


def preview_rows(checks: Iterable[BundleCheck]) -> list[PreviewRow]:
    rows: list[PreviewRow] = []
    for number, check in enumerate(checks):
        summary = check.summary
        file_name = Path(check.path).name
        if summary.refused:
            reason = reason_text(summary.reason_code, summary.reason)
            rows.append(
                PreviewRow(
                    f"{number}:",
                    file_name,
                    check.source_text,
                    check.created,
                    "",
                    {},
                    REFUSED,
                    reason,
                )
            )
            continue
        for table, counts in sorted(summary.tables.items()):
            if not any(counts.to_json().values()):
                continue  # a table the bundle holds no rows of says nothing
            rows.append(
                PreviewRow(
                    f"{number}:{table}",
                    file_name,
                    check.source_text,
                    check.created,
                    table,
                    counts.to_json(),
                    summary.outcome,
                    "",
                )
            )
        if not any(any(c.to_json().values()) for c in summary.tables.values()):
            rows.append(
                PreviewRow(
                    f"{number}:",
                    file_name,
                    check.source_text,
                    check.created,
                    "",
                    {},
                    summary.outcome,
                    QCoreApplication.translate("Sync", "The bundle holds no rows."),
                )
            )
    return rows


def _count_column(title: str, name: str) -> Column[Any]:
    return Column(
        title,
        lambda r: str(r.counts[name]) if name in r.counts else "",
        sort_key=lambda r: r.counts.get(name),
        alignment=NUMBER,
    )


class PreviewModel(RecordTableModel[PreviewRow]):
    """The dry run (or the imports): per bundle and table, new/updated/unchanged/conflicts/rejected.

    Roles as RecordTableModel (RECORD_ROLE gives the PreviewRow).
    """

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[PreviewRow]] = [
            Column(QCoreApplication.translate("Sync", "File"), lambda r: r.file_name),
            Column(QCoreApplication.translate("Sync", "From"), lambda r: r.source),
            Column(
                QCoreApplication.translate("Sync", "Made"),
                lambda r: format_moment(r.created),
                sort_key=lambda r: r.created,
            ),
            Column(
                QCoreApplication.translate("Sync", "Table"),
                lambda r: table_name(r.table) if r.table else "",
            ),
            _count_column(QCoreApplication.translate("Sync", "New"), "new"),
            _count_column(QCoreApplication.translate("Sync", "Updated"), "updated"),
            _count_column(QCoreApplication.translate("Sync", "Unchanged"), "unchanged"),
            _count_column(QCoreApplication.translate("Sync", "Conflicts"), "conflicts"),
            _count_column(QCoreApplication.translate("Sync", "Rejected"), "rejected"),
            Column(
                QCoreApplication.translate("Sync", "Outcome"),
                lambda r: (
                    f"{outcome_text(r.outcome)}: {r.reason}"
                    if r.reason
                    else outcome_text(r.outcome)
                ),
                tooltip=lambda r: r.reason or None,
            ),
        ]
        super().__init__(columns, key=lambda r: r.key, parent=parent)

    def set_checks(self, checks: Iterable[BundleCheck]) -> None:
        self.set_records(preview_rows(checks))


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of the import log."""

    id: int
    file_name: str
    source_id: str
    source: str  # the installation's name where known, else its id
    imported_at: dt.datetime | None
    outcome: str
    reason: str
    counts: Mapping[str, int]


def history_rows(
    log: Iterable[Mapping[str, Any]], names: Mapping[str, str] | None = None
) -> list[HistoryRow]:
    """The import log, newest first, with the counts summed over tables and sources named."""
    names = names or {}
    rows = []
    for entry in log:
        tables = (entry.get("counts") or {}).get("tables", {})
        totals = {n: sum(int(t.get(n, 0)) for t in tables.values()) for n in COUNT_NAMES}
        reason = (
            reason_text(entry.get("reason_code"), entry.get("reason"))
            if entry.get("outcome") == REFUSED
            else ""
        )
        rows.append(
            HistoryRow(
                int(entry["id"]),
                str(entry.get("file_name") or ""),
                str(entry.get("source_id") or ""),
                names.get(str(entry.get("source_id")), str(entry.get("source_id") or "")),
                entry.get("imported_at"),
                str(entry.get("outcome") or ""),
                reason,
                totals,
            )
        )
    rows.sort(key=lambda r: r.id, reverse=True)
    return rows


class HistoryModel(RecordTableModel[HistoryRow]):
    """The import log: time, file, source, outcome and counts; newest first.

    Roles as RecordTableModel (RECORD_ROLE gives the HistoryRow).
    """

    def __init__(self, parent: Any = None) -> None:
        columns: list[Column[HistoryRow]] = [
            Column(
                QCoreApplication.translate("Sync", "Time"),
                lambda r: format_moment(r.imported_at),
                sort_key=lambda r: r.imported_at,
            ),
            Column(QCoreApplication.translate("Sync", "File"), lambda r: r.file_name),
            Column(
                QCoreApplication.translate("Sync", "From installation"),
                lambda r: r.source,
                tooltip=lambda r: r.source_id or None,
            ),
            Column(
                QCoreApplication.translate("Sync", "Outcome"), lambda r: outcome_text(r.outcome)
            ),
            _count_column(QCoreApplication.translate("Sync", "New"), "new"),
            _count_column(QCoreApplication.translate("Sync", "Updated"), "updated"),
            _count_column(QCoreApplication.translate("Sync", "Conflicts"), "conflicts"),
            _count_column(QCoreApplication.translate("Sync", "Rejected"), "rejected"),
            Column(
                QCoreApplication.translate("Sync", "Reason"),
                lambda r: r.reason,
                tooltip=lambda r: r.reason or None,
            ),
        ]
        super().__init__(columns, key=lambda r: str(r.id), parent=parent)

    def set_log(
        self, log: Iterable[Mapping[str, Any]], names: Mapping[str, str] | None = None
    ) -> None:
        self.set_records(history_rows(log, names))
