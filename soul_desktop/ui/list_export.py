"""Export a list as shown (visible columns in view order, rows sorted and filtered) as CSV or XLSX.

The rows are read from the view's model in the GUI thread (the model lives there), then the
file is written on a pool thread through `reports.tabular`, which writes whole or not at all.
A cell keeps its typed value (number, date) where the model's SORT_ROLE holds one that the
shown text states; otherwise the shown text is written, so a status never turns into its
sort order.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHeaderView

from soul_desktop.domain.reports import ReportFormat, format_for
from soul_desktop.reports import tabular
from soul_desktop.reports.tabular import Cell
from soul_desktop.ui.models.record_table import SORT_ROLE

LIST_FORMATS = (ReportFormat.CSV, ReportFormat.XLSX)
# Spaces Swedish number formatting puts between thousands.
_GROUP_SPACES = (" ", "\u00a0", "\u202f")


def visible_columns(header: QHeaderView) -> list[int]:
    """Logical columns in the order the user sees them, hidden ones left out."""
    columns = (header.logicalIndex(visual) for visual in range(header.count()))
    return [c for c in columns if c >= 0 and not header.isSectionHidden(c)]


def _number_of(text: str) -> Decimal | None:
    cleaned = text.strip()
    for space in _GROUP_SPACES:
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace("\u2212", "-").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def cell_value(display: Any, typed: Any) -> Cell:
    """The typed value when the shown text says the same thing, else the shown text."""
    text = "" if display is None else str(display)
    if isinstance(typed, bool):
        return text
    if isinstance(typed, int | float | Decimal):
        shown = _number_of(text)
        if shown is not None and shown == Decimal(str(typed)):
            return typed
        return text
    if isinstance(typed, dt.datetime):
        return typed if typed.strftime("%Y-%m-%d %H:%M") in text else text
    if isinstance(typed, dt.date):
        return typed if typed.isoformat() == text.strip() else text
    return text


def table_rows(
    model: QAbstractItemModel, columns: Sequence[int]
) -> tuple[list[str], list[list[Cell]]]:
    """The header and every row of `model` (a proxy: as filtered and sorted) for `columns`."""
    horizontal = Qt.Orientation.Horizontal
    header = [str(model.headerData(c, horizontal) or "") for c in columns]
    display = Qt.ItemDataRole.DisplayRole
    rows: list[list[Cell]] = []
    for row in range(model.rowCount()):
        cells: list[Cell] = []
        for column in columns:
            index = model.index(row, column)
            cells.append(cell_value(index.data(display), index.data(SORT_ROLE)))
        rows.append(cells)
    return header, rows


def write_rows(
    path: str | os.PathLike[str], header: Sequence[str], rows: Sequence[Sequence[Cell]], title: str
) -> int:
    """Write the rows as CSV or XLSX by the file's ending; ReportError for any other ending."""
    kind = format_for(str(path), LIST_FORMATS)
    if kind is ReportFormat.CSV:
        return tabular.write_csv(path, header, rows)
    return tabular.write_xlsx(path, header, rows, sheet_title=title or Path(path).stem)


class _Signals(QObject):
    succeeded = Signal(object)  # rows written
    failed = Signal(object)  # the exception


class ExportJob(QRunnable):
    """Writes rows already read from the model; its signals arrive in the GUI thread."""

    def __init__(
        self, path: str, header: Sequence[str], rows: Sequence[Sequence[Cell]], title: str
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._arguments = (path, header, rows, title)

    def run(self) -> None:
        try:
            count = write_rows(*self._arguments)
        except Exception as exc:  # shown to the user; nothing half-written stays behind
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(count)


def start_export(
    model: QAbstractItemModel, columns: Sequence[int], path: str, title: str
) -> ExportJob:
    """Read the rows now and write them off the GUI thread; connect to `job.signals`."""
    format_for(path, LIST_FORMATS)  # a wrong ending is refused before anything is read
    header, rows = table_rows(model, columns)
    job = ExportJob(path, header, rows, title)
    job.setAutoDelete(False)  # the caller keeps it until its signal has arrived
    QThreadPool.globalInstance().start(job)
    return job
