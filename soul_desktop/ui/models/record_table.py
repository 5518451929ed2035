"""A table model over frozen records, and the search proxy that filters it quickly."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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


class SearchProxyModel(QSortFilterProxyModel):
    """Search-as-you-type and filters over a RecordTableModel.

    The words typed must all appear in a row's search text (any order, any case). The match
    is worked out for all rows at once in `_recompute`; `filterAcceptsRow` only looks the
    answer up, which keeps a keystroke over 100,000 rows inside a frame or two. Sorting is
    handed to the source model.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._accepted: list[bool] | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self._refilter)
        model.dataChanged.connect(self._on_data_changed)
        self._refilter()

    def source(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self._refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only records for which `predicate(record)` is true (None keeps all)."""
        self._predicate = predicate
        self._refilter()

    def record_at(self, proxy_row: int) -> Any:
        source_row = self.mapToSource(self.index(proxy_row, 0)).row()
        return self.source().record_at(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        return True if accepted is None else accepted[source_row]

    def _recompute(self) -> None:
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel) or (
            not self._words and self._predicate is None
        ):
            self._accepted = None
            return
        keys = source.search_keys()
        words = self._words
        if len(words) == 1:
            word = words[0]
            accepted = [word in key for key in keys]
        else:
            accepted = [all(w in key for w in words) for key in keys]
        if self._predicate is not None:
            predicate = self._predicate
            records = source.records()
            accepted = [ok and predicate(r) for ok, r in zip(accepted, records, strict=True)]
        self._accepted = accepted

    def _refilter(self, *_args: Any) -> None:
        self.beginFilterChange()
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: Any
    ) -> None:
        if self._accepted is None:
            return
        # One changed row: decide it alone rather than refiltering everything.
        if top_left.row() == bottom_right.row():
            row = top_left.row()
            source = self.source()
            key = source.search_keys()[row]
            ok = all(w in key for w in self._words)
            if ok and self._predicate is not None:
                ok = self._predicate(source.record_at(row))
            if ok != self._accepted[row]:
                self.beginFilterChange()
                self._accepted[row] = ok
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        self._refilter()
