"""A table model over frozen records, and the search proxy that filters it quickly."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")

# Roles every RecordTableModel answers besides Qt's own.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole frozen record of the row
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's key (its id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the value the column sorts by

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its header, what it shows, and optionally how it sorts and aligns."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str | None] | None = None


def _sortable(value: Any) -> tuple[int, Any]:
    # None sorts last whatever the type of the other values.
    return (1, 0) if value is None else (0, value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen records, addressed by key; one changed record repaints only its row.

    Roles: DisplayRole gives the column's text, ToolTipRole its tooltip, TextAlignmentRole its
    alignment, RECORD_ROLE the record, KEY_ROLE its key and SORT_ROLE the column's sort value.
    Sorting happens here in Python (`sort`), because a proxy sorting a hundred thousand rows
    would call back into Python for every comparison.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        key: Callable[[R], str],
        search_text: Callable[[R], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._search_text = search_text
        self._records: list[R] = []
        self._rows: dict[str, int] = {}
        self._search_keys: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Text sorts as the user's language does: in Swedish, Å Ä Ö come after Z.
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)

    # -- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == RECORD_ROLE:
            return record
        if role == KEY_ROLE:
            return self._key(record)
        if role == SORT_ROLE:
            return (column.sort_key or column.text)(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return super().headerData(section, orientation, role)

    def records(self) -> list[R]:
        return list(self._records)

    def record_at(self, row: int) -> R:
        return self._records[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def search_keys(self) -> list[str]:
        """Lower-case text per row for the search proxy, in row order."""
        return self._search_keys

    # -- writing ------------------------------------------------------------------------
    def set_records(self, records: Iterable[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._sort is not None:
            self._records.sort(
                key=self._sort_key(self._sort[0]),
                reverse=self._sort[1] == Qt.SortOrder.DescendingOrder,
            )
        self._reindex()
        self.endResetModel()

    def update_record(self, record: R) -> None:
        """Replace the record with the same key, or add it at the end."""
        key = self._key(record)
        row = self._rows.get(key)
        if row is None:
            position = len(self._records)
            self.beginInsertRows(QModelIndex(), position, position)
            self._records.append(record)
            self._rows[key] = position
            self._search_keys.append(self._text_of(record))
            self.endInsertRows()
            return
        self._records[row] = record
        self._search_keys[row] = self._text_of(record)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def remove_record(self, key: str) -> None:
        row = self._rows.get(key)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        del self._search_keys[row]
        self._rows = {self._key(r): i for i, r in enumerate(self._records)}
        self.endRemoveRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = dict(self._rows)
        persistent = self.persistentIndexList()
        self._records.sort(
            key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._sort = (column, order)
        self._reindex()
        # Selections and the current cell follow their record to its new row.
        keys_by_old_row = {row: key for key, row in old_rows.items()}
        new_indexes = []
        for index in persistent:
            key = keys_by_old_row.get(index.row())
            row = self._rows.get(key, index.row()) if key is not None else index.row()
            new_indexes.append(self.index(row, index.column()))
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # -- helpers ------------------------------------------------------------------------
    def _sort_key(self, column: int) -> Callable[[R], Any]:
        spec = self._columns[column]
        if spec.sort_key is None:
            collator = self._collator
            return lambda record: (0, collator.sortKey(spec.text(record)))
        raw = spec.sort_key
        return lambda record: _sortable(raw(record))

    def _text_of(self, record: R) -> str:
        if self._search_text is not None:
            return self._search_text(record).casefold()
        return " ".join(c.text(record) for c in self._columns).casefold()

    def _reindex(self) -> None:
        self._rows = {self._key(r): i for i, r in enumerate(self._records)}
        self._search_keys = [self._text_of(r) for r in self._records]


class SearchProxyModel(QAbstractProxyModel):
    """Search-as-you-type and filters over a RecordTableModel.

    The words typed must all appear in a row's search text (any order, any case). The proxy
    keeps the list of source rows it shows, worked out for all rows at once in Python; Qt
    asks only about the rows on screen. A keystroke that only adds to what was typed
    searches the rows already found, not the whole list, and a change of the shown rows is
    one layout change (selection and current row follow their records) rather than
    thousands of row removals. This keeps a keystroke over 100,000 rows inside a few frames.
    Sorting is handed to the source model.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        # Source rows the predicate keeps (None: all), and of those the ones shown (None: all).
        self._kept: list[int] | None = None
        self._rows: list[int] | None = None
        self._pending: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []
        # (signal, slot) pairs connected to the current source.
        self._connections: list[tuple[Any, Any]] = []

    # -- set-up -------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        self.beginResetModel()
        # Our own connections to the previous source go (Qt drops its own); by slot, since a
        # PySide6 signal cannot be disconnected from a receiver object as a whole.
        for signal, slot in self._connections:
            signal.disconnect(slot)
        super().setSourceModel(model)
        self._connections = [
            (model.modelAboutToBeReset, self._source_about_to_reset),
            (model.modelReset, self._source_reset),
            *(
                (signal, self._source_about_to_change)
                for signal in (
                    model.layoutAboutToBeChanged,
                    model.rowsAboutToBeInserted,
                    model.rowsAboutToBeRemoved,
                )
            ),
            *(
                (signal, self._source_changed)
                for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved)
            ),
            (model.dataChanged, self._on_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._kept = self._rows = None
        self._recompute()
        self.endResetModel()

    def source(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    # -- what the user asks for ---------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        # Every old word inside some new word: the new matches are among the old ones.
        narrower = self._rows is not None and all(
            any(old in new for new in words) for old in self._words
        )
        self._words = words
        candidates = self._rows if narrower else None
        self._show(self._match(candidates))

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only records for which `predicate(record)` is true (None keeps all)."""
        self._predicate = predicate
        self._kept = self._keep()
        self._show(self._match(None))

    def record_at(self, proxy_row: int) -> Any:
        return self.source().record_at(self._source_row(proxy_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    # -- QAbstractProxyModel ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._rows is not None:
            return len(self._rows)
        source = self.sourceModel()
        return source.rowCount() if source is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if self._rows is not None:
            if row >= len(self._rows):
                return QModelIndex()
            row = self._rows[row]
        return source.index(row, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source_index = self.mapToSource(index)
        return source_index.data(role) if source_index.isValid() else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < self.rowCount():
                return None
            section = self._source_row(section)
        return source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        source_index = self.mapToSource(index)
        if not source_index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self.sourceModel().flags(source_index)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether a source row is shown (kept for code that asks the Qt way)."""
        return self._proxy_row(source_row) is not None

    # -- the rows shown -----------------------------------------------------------------
    def _source_row(self, proxy_row: int) -> int:
        return proxy_row if self._rows is None else self._rows[proxy_row]

    def _proxy_row(self, source_row: int) -> int | None:
        rows = self._rows
        if rows is None:
            source = self.sourceModel()
            count = source.rowCount() if source is not None else 0
            return source_row if 0 <= source_row < count else None
        # The shown rows are in source order, so a binary search finds one.
        position = bisect_left(rows, source_row)
        return position if position < len(rows) and rows[position] == source_row else None

    def _keep(self) -> list[int] | None:
        source = self.sourceModel()
        if self._predicate is None or not isinstance(source, RecordTableModel):
            return None
        predicate = self._predicate
        return [row for row, record in enumerate(source.records()) if predicate(record)]

    def _match(self, candidates: list[int] | None) -> list[int] | None:
        """The source rows to show, searched among `candidates` (None: all the predicate keeps)."""
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return None
        rows = candidates if candidates is not None else self._kept
        words = self._words
        if not words:
            # A copy: the shown rows may be edited in place, the kept ones must not change.
            return None if rows is None else list(rows)
        keys = source.search_keys()
        if len(words) == 1:
            word = words[0]
            if rows is None:
                return [row for row, key in enumerate(keys) if word in key]
            return [row for row in rows if word in keys[row]]
        if rows is None:
            return [row for row, key in enumerate(keys) if all(w in key for w in words)]
        return [row for row in rows if all(w in keys[row] for w in words)]

    def _recompute(self) -> None:
        self._kept = self._keep()
        self._rows = self._match(None)

    def _show(self, rows: list[int] | None) -> None:
        """Show `rows` in one layout change; selection and current row follow their records."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [
            (self._source_row(i.row()) if i.row() < self.rowCount() else -1, i.column())
            for i in before
        ]
        self._rows = rows
        after = []
        for source_row, column in sources:
            row = self._proxy_row(source_row) if source_row >= 0 else None
            after.append(QModelIndex() if row is None else self.createIndex(row, column))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- following the source -----------------------------------------------------------
    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _source_about_to_change(self, *_args: Any) -> None:
        # Rows move, come or go in the source: remember where our persistent indexes point
        # there, so they can follow after the change.
        self.layoutAboutToBeChanged.emit()
        source = self.sourceModel()
        self._pending = []
        for index in self.persistentIndexList():
            source_index = self.mapToSource(index)
            self._pending.append(
                (QPersistentModelIndex(index), QPersistentModelIndex(source_index))
            )
        _ = source

    def _source_changed(self, *_args: Any) -> None:
        self._recompute()
        before, after = [], []
        for proxy_index, source_index in self._pending:
            before.append(QModelIndex(proxy_index))
            after.append(self.mapFromSource(QModelIndex(source_index)))
        self._pending = []
        if before:
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *roles: Any
    ) -> None:
        if self._rows is None:
            # Everything is shown: pass the change on.
            self._forward_data_changed(top_left, bottom_right, *roles)
            return
        if top_left.row() != bottom_right.row():
            self._show_after_change()
            return
        # One changed row: decide it alone rather than searching everything again.
        row = top_left.row()
        source = self.source()
        kept = True
        if self._kept is not None and self._predicate is not None:
            kept = self._predicate(source.record_at(row))
            _set_member(self._kept, row, kept)
        key = source.search_keys()[row]
        ok = kept and all(w in key for w in self._words)
        shown = self._proxy_row(row) is not None
        if ok == shown:
            if shown:
                self._forward_data_changed(top_left, bottom_right, *roles)
            return
        rows = list(self._rows)
        _set_member(rows, row, ok)
        self._show(rows)

    def _show_after_change(self) -> None:
        self._kept = self._keep()
        self._show(self._match(None))

    def _forward_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *roles: Any
    ) -> None:
        first = self.mapFromSource(top_left)
        last = self.mapFromSource(bottom_right)
        if first.isValid() and last.isValid():
            self.dataChanged.emit(first, last, *roles)


def _set_member(rows: list[int], row: int, member: bool) -> None:
    """Put `row` into (or take it out of) a sorted list of rows."""
    position = bisect_left(rows, row)
    present = position < len(rows) and rows[position] == row
    if member and not present:
        rows.insert(position, row)
    elif not member and present:
        del rows[position]
