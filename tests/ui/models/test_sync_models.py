"""The Sync page's table models, without a window: preview rows per bundle and table, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from soul_desktop.sync.importer import ImportSummary, TableCounts
from soul_desktop.ui.models.sync import (
    HISTORY_NEW,
    HISTORY_OUTCOME,
    HISTORY_REASON,
    HISTORY_SOURCE,
    PREVIEW_CONFLICTS,
    PREVIEW_NEW,
    PREVIEW_OUTCOME,
    PREVIEW_TABLE,
    BundleCheck,
    HistoryModel,
    PreviewModel,
    history_rows,
    preview_rows,
)


def _summary(outcome: str = "dry_run", **tables: TableCounts) -> ImportSummary:
    return ImportSummary("a.soulbundle", outcome, "b-id", "src-id", tables=dict(tables))


def _text(model: PreviewModel | HistoryModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_a_dry_run_gives_one_row_per_table_with_its_counts() -> None:
    summary = _summary(person=TableCounts(new=3, conflicts=1), course=TableCounts(unchanged=2))
    model = PreviewModel()
    model.set_checks([BundleCheck("/x/a.soulbundle", None, summary)])
    assert model.rowCount() == 2
    assert [_text(model, r, PREVIEW_TABLE) for r in range(2)] == ["Course", "Person"]
    assert _text(model, 1, PREVIEW_NEW) == "3"
    assert _text(model, 1, PREVIEW_CONFLICTS) == "1"
    assert _text(model, 1, PREVIEW_OUTCOME) == "Ready to import"


def test_a_refused_bundle_is_one_row_with_the_reason_in_words() -> None:
    summary = ImportSummary(
        "bad.soulbundle", "refused", reason_code="bundle.truncated", reason="truncated at 10"
    )
    rows = preview_rows([BundleCheck("/x/bad.soulbundle", None, summary)])
    assert len(rows) == 1
    assert rows[0].counts == {}
    assert "incomplete" in rows[0].reason
    model = PreviewModel()
    model.set_records(rows)
    assert _text(model, 0, PREVIEW_OUTCOME).startswith("Refused: ")
    assert _text(model, 0, PREVIEW_NEW) == ""


def test_history_is_newest_first_with_counts_summed_over_tables() -> None:
    moment = dt.datetime(2026, 5, 4, 10, 30)
    log = [
        {
            "id": 1,
            "file_name": "a.soulbundle",
            "source_id": "s",
            "imported_at": moment,
            "outcome": "applied",
            "reason_code": None,
            "reason": None,
            "counts": {"tables": {"person": {"new": 2}, "course": {"new": 1, "updated": 4}}},
        },
        {
            "id": 2,
            "file_name": "b.soulbundle",
            "source_id": None,
            "imported_at": moment,
            "outcome": "refused",
            "reason_code": "something.unknown",
            "reason": "odd thing",
            "counts": None,
        },
    ]
    rows = history_rows(log)
    assert [r.id for r in rows] == [2, 1]
    assert rows[1].counts["new"] == 3 and rows[1].counts["updated"] == 4
    model = HistoryModel()
    model.set_log(log, {str(log[0]["source_id"]): "Kontor A"})
    assert _text(model, 1, HISTORY_SOURCE) == "Kontor A"  # named where known
    assert _text(model, 0, HISTORY_SOURCE) == ""
    assert _text(model, 0, HISTORY_OUTCOME) == "Refused"
    assert _text(model, 0, HISTORY_REASON) == "Odd thing."
    assert _text(model, 1, HISTORY_NEW) == "3"
    assert _text(model, 1, HISTORY_OUTCOME) == "Imported"
