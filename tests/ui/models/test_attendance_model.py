"""The attendance grid and today models, tested without any window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain.attendance import (
    AttendanceCell,
    AttendanceGrid,
    GridPerson,
    GridSession,
    TodayList,
)
from soul_desktop.domain.enums import AttendanceStatus as S
from soul_desktop.ui.models.attendance import (
    CELL_ROLE,
    EXPECTED_ROLE,
    PERSON_ROLE,
    SESSION_ROLE,
    TODAY_STATUS,
    TOTAL_COMPLETION,
    TOTAL_HOURS,
    TOTAL_SHARE,
    AttendanceGridModel,
    TodayModel,
)

DAY = dt.datetime(2010, 3, 1, 13, 0)
DISPLAY = Qt.ItemDataRole.DisplayRole


def _grid() -> AttendanceGrid:
    sessions = tuple(
        GridSession(
            f"s{i}", DAY + dt.timedelta(days=7 * i), DAY + dt.timedelta(days=7 * i, hours=3)
        )
        for i in range(4)
    )
    early = DAY - dt.timedelta(days=5)
    persons = (
        GridPerson("p-asa", "Åsa", "Öberg", "Föreningen Bron", early),
        GridPerson("p-anna", "Anna", "Berg", None, early),
        GridPerson("p-late", "Erik", "Ek", None, sessions[2].starts_at, walk_in=True),
    )
    cells = {
        ("s0", "p-anna"): AttendanceCell("s0", "p-anna", S.PRESENT, 180),
        ("s1", "p-anna"): AttendanceCell("s1", "p-anna", S.PARTIAL, 90),
        ("s2", "p-anna"): AttendanceCell("s2", "p-anna", S.ABSENT, 0),
        ("s3", "p-anna"): AttendanceCell("s3", "p-anna", S.EXCUSED, 0),
        ("s0", "p-asa"): AttendanceCell("s0", "p-asa", S.PRESENT, 180),
    }
    return AttendanceGrid("c1", "Kurs", 75, sessions, persons, cells)


def _model() -> AttendanceGridModel:
    model = AttendanceGridModel()
    model.set_grid(_grid())
    return model


def test_shape_and_order() -> None:
    model = _model()
    assert (model.rowCount(), model.columnCount()) == (4, 4 + 3)
    # Persons by last name in Swedish order: Berg, Ek, Öberg; the totals row last.
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names == ["Berg, Anna", "Ek, Erik (walk-in)", "Öberg, Åsa", "Attended"]
    assert model.headerData(model.total_column(TOTAL_HOURS), Qt.Orientation.Horizontal) == "Hours"
    assert "13:00" in model.headerData(0, Qt.Orientation.Horizontal)


def test_cell_text_is_never_colour_alone() -> None:
    model = _model()
    anna = model.row_of("p-anna")
    texts = [model.index(anna, c).data() for c in range(4)]
    assert texts == ["✓", "90 min", "✗", "E"]
    late = model.row_of("p-late")
    # Sessions before the walk-in came: a dash, not an absence; later ones blank.
    assert [model.index(late, c).data() for c in range(4)] == ["–", "–", "", ""]
    assert not model.index(late, 0).data(EXPECTED_ROLE)
    assert "enrolled after" in model.index(late, 0).data(Qt.ItemDataRole.ToolTipRole)
    tip = model.index(anna, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Anna Berg" in tip and "90 of 180 min" in tip
    index = model.index(anna, 0)
    assert index.data(CELL_ROLE) == AttendanceCell("s0", "p-anna", S.PRESENT, 180)
    assert index.data(PERSON_ROLE).id == "p-anna" and index.data(SESSION_ROLE).id == "s0"


def test_totals_per_person_session_and_course() -> None:
    model = _model()
    anna, asa = model.row_of("p-anna"), model.row_of("p-asa")
    hours, share, outcome = (
        model.total_column(w) for w in (TOTAL_HOURS, TOTAL_SHARE, TOTAL_COMPLETION)
    )
    assert model.index(anna, hours).data() == "4.5 h"
    assert model.index(anna, share).data() == "38 %"
    assert model.index(anna, outcome).data() == "Partly"
    assert model.index(asa, outcome).data() == "Partly"
    totals = model.totals_row
    assert [model.index(totals, c).data() for c in range(4)] == ["2/2", "1/2", "0/3", "0/3"]
    assert model.index(totals, outcome).data() == "0 of 3"


def test_set_cell_signals_only_the_cell_and_its_totals(qtbot: QtBot) -> None:
    model = _model()
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): changes.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    asa = model.row_of("p-asa")
    first, last = model.total_column(0), model.total_column(2)
    for column in (1, 2, 3):
        model.set_cell(AttendanceCell(f"s{column}", "p-asa", S.PRESENT, 180))
    assert not resets
    assert changes[:4] == [
        (asa, 1, asa, 1),
        (asa, first, asa, last),
        (3, 1, 3, 1),
        (3, first, 3, last),
    ]
    assert len(changes) == 12
    assert model.index(asa, 1).data() == "✓"
    assert model.index(asa, model.total_column(TOTAL_COMPLETION)).data() == "Completed"
    assert model.index(3, model.total_column(TOTAL_COMPLETION)).data() == "1 of 3"
    # The same state again changes nothing; a cell of another course is ignored.
    changes.clear()
    model.set_cell(AttendanceCell("s1", "p-asa", S.PRESENT, 180))
    assert not model.set_cell(AttendanceCell("other", "p-asa", S.PRESENT, 180))
    assert changes == []
    # Clearing a cell blanks it.
    model.set_cell(AttendanceCell("s1", "p-asa", None, 0))
    assert model.index(asa, 1).data() == ""
    assert model.cell("s1", "p-asa").status is None


def test_walk_in_rows_come_and_go(qtbot: QtBot) -> None:
    model = _model()
    person = GridPerson("p-new", "Lina", "Dörr", None, DAY + dt.timedelta(days=7), walk_in=True)
    with qtbot.waitSignal(model.rowsInserted):
        row = model.add_person(person, [AttendanceCell("s1", "p-new", S.PRESENT, 180)])
    assert row == 1 and model.person_at(1) == person
    assert model.index(model.totals_row, 1).data() == "2/3"
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_person("p-new")
    assert model.rowCount() == 4 and model.row_of("p-new") is None
    assert model.index(model.totals_row, 1).data() == "1/2"
    model.remove_person("p-new")  # gone already: nothing happens


def test_empty_model() -> None:
    model = AttendanceGridModel()
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    assert model.cell_at(QModelIndex()) is None


def test_today_model() -> None:
    grid = _grid()
    model = TodayModel()
    model.set_today(TodayList(grid.sessions[0], grid))
    # The walk-in who came later is not on the list of the first session.
    assert model.rowCount() == 2
    row = model.row_of("p-anna")
    assert model.index(row, TODAY_STATUS).data() == "✓ present"
    assert model.set_cell(AttendanceCell("s0", "p-anna", S.ABSENT, 0))
    assert model.index(row, TODAY_STATUS).data() == "✗ absent"
    assert not model.set_cell(AttendanceCell("s1", "p-anna", S.ABSENT, 0))
    assert model.cell("p-anna") == AttendanceCell("s0", "p-anna", S.ABSENT, 0)
    assert model.index(model.row_of("p-asa"), TODAY_STATUS).data() == "✓ present"
    model.set_today(None)
    assert model.rowCount() == 0
