"""RecordTableModel and SearchProxyModel, tested without any window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from soul_desktop.ui.models.record_table import (
    KEY_ROLE,
    RECORD_ROLE,
    SORT_ROLE,
    Column,
    RecordTableModel,
    SearchProxyModel,
)


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    town: str
    hours: float | None


NAME, TOWN, HOURS = range(3)


def _model() -> RecordTableModel[Row]:
    columns = [
        Column("Name", lambda r: r.name),
        Column("Town", lambda r: r.town),
        Column(
            "Hours",
            lambda r: "" if r.hours is None else f"{r.hours:g}",
            sort_key=lambda r: r.hours,
            alignment=Qt.AlignmentFlag.AlignRight,
        ),
    ]
    model: RecordTableModel[Row] = RecordTableModel(columns, key=lambda r: r.id)
    model.set_records(
        [
            Row("1", "Åsa Öberg", "Östersund", 12.5),
            Row("2", "Erik Berg", "Krokom", None),
            Row("3", "Anna Ek", "Östersund", 3),
        ]
    )
    return model


def test_roles() -> None:
    model = _model()
    index = model.index(0, HOURS)
    assert index.data() == "12.5"
    assert index.data(SORT_ROLE) == 12.5
    assert index.data(KEY_ROLE) == "1"
    assert index.data(RECORD_ROLE).name == "Åsa Öberg"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(TOWN, Qt.Orientation.Horizontal) == "Town"
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0


def test_one_changed_record_signals_one_row(qtbot: QtBot) -> None:
    model = _model()
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_record(Row("2", "Erik Berg", "Krokom", 4))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (1, 1)
    assert (top.column(), bottom.column()) == (0, 2)
    assert model.index(1, HOURS).data() == "4"


def test_new_record_is_inserted_and_removed(qtbot: QtBot) -> None:
    model = _model()
    with qtbot.waitSignal(model.rowsInserted):
        model.update_record(Row("4", "Nils Holm", "Åre", 1))
    assert model.row_of("4") == 3
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_record("2")
    assert model.row_of("4") == 2 and model.row_of("2") is None


def test_sort_puts_missing_values_last_and_keeps_selection_on_the_record() -> None:
    model = _model()
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(0, NAME))  # Åsa
    model.sort(HOURS, Qt.SortOrder.AscendingOrder)
    assert [model.record_at(r).id for r in range(3)] == ["3", "1", "2"]
    assert kept.row() == 1
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert [model.record_at(r).name for r in range(3)] == ["Anna Ek", "Erik Berg", "Åsa Öberg"]


def test_search_needs_every_word_in_any_case() -> None:
    model = _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("östersund")
    assert proxy.rowCount() == 2
    proxy.set_search("ÖSTERSUND ek")
    assert proxy.rowCount() == 1 and proxy.record_at(0).id == "3"
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_predicate_and_search_combine_and_follow_changes() -> None:
    model = _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_predicate(lambda r: r.hours is not None)
    assert proxy.rowCount() == 2
    model.update_record(Row("2", "Erik Berg", "Krokom", 2))
    assert proxy.rowCount() == 3
    proxy.set_search("krokom")
    assert proxy.rowCount() == 1
    model.update_record(Row("2", "Erik Berg", "Strömsund", 2))
    assert proxy.rowCount() == 0
    model.set_records([Row("9", "Krokom IF", "Krokom", 1)])
    assert proxy.rowCount() == 1


def test_proxy_sort_is_done_by_the_source() -> None:
    model = _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, NAME).data() for r in range(3)] == ["Åsa Öberg", "Erik Berg", "Anna Ek"]
    assert proxy.index(0, 0, QModelIndex()).isValid()


def _many(count: int) -> RecordTableModel[Row]:
    model = _model()
    towns = ["Östersund", "Krokom", "Åre", "Strömsund"]
    model.set_records(
        Row(str(n), f"Person {n} {'Anna' if n % 3 == 0 else 'Bo'}", towns[n % 4], n)
        for n in range(count)
    )
    return model


def _shown(proxy: SearchProxyModel) -> list[str]:
    return [proxy.record_at(r).id for r in range(proxy.rowCount())]


def _expected(model: RecordTableModel[Row], text: str) -> list[str]:
    words = text.casefold().split()
    return [
        r.id
        for r in model.records()
        if all(w in f"{r.name} {r.town} {r.hours:g}".casefold() for w in words)
    ]


def test_typing_narrows_and_backspace_widens_with_the_same_answers() -> None:
    model = _many(200)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    for text in ["a", "an", "ann", "anna", "anna ö", "anna ös", "anna ö", "anna", "an", "bo å", ""]:
        proxy.set_search(text)
        assert _shown(proxy) == _expected(model, text), text


def test_selection_follows_its_record_through_searches(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = _many(30)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    kept = QPersistentModelIndex(proxy.index(9, NAME))  # Person 9 Anna, Krokom
    assert proxy.record_at(kept.row()).id == "9"
    proxy.set_search("anna")
    assert kept.isValid() and proxy.record_at(kept.row()).id == "9"
    proxy.set_search("åre")
    assert not kept.isValid()


def test_rows_added_and_removed_while_searching(qtbot: QtBot) -> None:
    model = _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("östersund")
    with qtbot.waitSignal(proxy.layoutChanged):
        model.update_record(Row("4", "Nils Holm", "Östersund", 1))
    assert _shown(proxy) == ["1", "3", "4"]
    model.update_record(Row("5", "Per Ek", "Åre", 1))
    assert _shown(proxy) == ["1", "3", "4"]
    model.remove_record("1")
    assert _shown(proxy) == ["3", "4"]
    assert proxy.mapFromSource(model.index(model.row_of("5") or 0, 0)).isValid() is False
    assert not proxy.filterAcceptsRow(model.row_of("5") or 0, QModelIndex())


def test_sorting_the_source_keeps_the_search(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    model = _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("östersund")
    kept = QPersistentModelIndex(proxy.index(0, NAME))  # Åsa
    proxy.sort(HOURS, Qt.SortOrder.AscendingOrder)
    assert _shown(proxy) == ["3", "1"]
    assert proxy.record_at(kept.row()).id == "1"
    assert proxy.headerData(TOWN, Qt.Orientation.Horizontal) == "Town"


def test_a_proxy_can_be_given_another_source_and_follows_only_that_one() -> None:
    first, second = _model(), _model()
    proxy = SearchProxyModel()
    proxy.setSourceModel(first)
    proxy.set_search("östersund")
    proxy.setSourceModel(second)
    assert proxy.rowCount() == 2
    first.set_records([])  # the old source no longer moves the proxy
    assert proxy.rowCount() == 2
    second.set_records([Row("9", "Lisa Sund", "Östersund", 1)])
    assert proxy.rowCount() == 1 and proxy.record_at(0).id == "9"
