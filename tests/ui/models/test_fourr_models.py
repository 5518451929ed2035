"""4R table models and texts, tested without a window over figures built by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import (
    ActionStatus,
    Gender,
    OutsideBody,
    ParticipantRole,
    ResourceKind,
)
from soul_desktop.domain.fourr import (
    PROGRAMME,
    AreaHours,
    BoardCount,
    GenderCounts,
    R1CountRecord,
    R1Figures,
    R2Figures,
    R2ResourceRecord,
    R3Version,
    R4ActionRecord,
    RoleCounts,
)
from soul_desktop.ui.models.fourr import (
    ACTION_DUE,
    ACTION_STATUS,
    ATTENDED,
    ATTENDED_HOURS,
    BUDGET,
    COUNT_TOTAL,
    COUNT_VALID,
    COUNT_WOMAN,
    ENROLLED,
    FIGURE_LABEL,
    FIGURE_MAN,
    FIGURE_NOT_STATED,
    FIGURE_OTHER,
    FIGURE_TOTAL,
    FIGURE_WOMAN,
    HOURS_PER_PERSON,
    LEADER_HOURS,
    RESOURCE_TOTAL,
    RESOURCE_WOMAN,
    VERSION_AUTHOR,
    VERSION_NUMBER,
    FigureRow,
    FigureTableModel,
    R1CountTableModel,
    R2ResourceTableModel,
    R3VersionTableModel,
    R4ActionTableModel,
    ValueKind,
    area_rows,
    board_rows,
    count_rows,
    r1_rows,
    r2_rows,
    valid_text,
    value_text,
)
from soul_desktop.ui.models.record_table import SORT_ROLE

D = dt.date
NB = "\u00a0"
TODAY = D(2010, 10, 1)


@pytest.fixture(autouse=True)
def swedish_locale(qtbot: QtBot) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield


def _r1() -> R1Figures:
    return R1Figures(
        enrolled=GenderCounts(12, 6, 1, 1),
        waitlisted=GenderCounts(0, 0, 0, 0),
        attended=GenderCounts(10, 5, 0, 1),
        completed=GenderCounts(8, 2, 0, 0),
        no_show=GenderCounts(2, 1, 1, 0),
        leaders=GenderCounts(2, 0, 0, 0),
        roles=(
            RoleCounts(ParticipantRole.BOARD_MEMBER, GenderCounts(5, 5, 0, 0)),
            RoleCounts(ParticipantRole.EMPLOYEE, GenderCounts(7, 1, 1, 1)),
        ),
        network_boards=(BoardCount("n1", "Nätverk Jämtland", "SE32", GenderCounts(3, 4, 0, 0)),),
    )


def _r2() -> R2Figures:
    return R2Figures(
        attended_hours=GenderCounts(60.0, 30.0, 0.0, 4.5),
        attended_persons=GenderCounts(10, 5, 0, 1),
        area_hours=(
            AreaHours("NAT-1", "Styrelsearbete", GenderCounts(40.0, 20.0, 0.0, 4.5)),
            AreaHours("NAT-2", "Arbetsrätt", GenderCounts(20.0, 10.0, 0.0, 0.0)),
        ),
        budget_sek=GenderCounts(30000.0, 15000.0, 0.0, 2250.0),
        budget_unallocated_sek=5000.0,
        leader_hours=GenderCounts(12.0, 0.0, 0.0, 0.0),
        leader_hours_unrecorded=3.0,
    )


def _model(rows: list[FigureRow]) -> FigureTableModel:
    model = FigureTableModel()
    model.set_records(rows)
    return model


def _cell(model: FigureTableModel, row: int, column: int, role: int = 0) -> object:
    return model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def test_value_texts_in_swedish() -> None:
    assert value_text(ValueKind.PERSONS, 1234) == f"1{NB}234"
    assert value_text(ValueKind.HOURS, 4.5) == "4,5"
    assert value_text(ValueKind.MONEY, 30000.0) == f"30{NB}000 kr"
    assert value_text(ValueKind.AMOUNT, 12.5) == "12,50"
    assert value_text(ValueKind.AMOUNT, 12.0) == "12"


def test_r1_rows_in_the_page_order_with_count_and_share_in_each_cell() -> None:
    rows = r1_rows(_r1(), hide_small=False)
    assert [r.label for r in rows] == [
        "Enrolled",
        "Waitlisted",
        "Attended",
        "Completed",
        "No-show",
        "Course leaders",
        "Role: Board member",
        "Role: Employee",
    ]
    model = _model(rows)
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Figure", "Woman", "Man", "Other", "Not stated", "Total"]
    # 12 + 6 + 1 + 1 = 20 enrolled: "other" and "not stated" stay on their own.
    assert [_cell(model, 0, c) for c in range(6)] == [
        "Enrolled",
        f"12 (60{NB}%)",
        f"6 (30{NB}%)",
        f"1 (5{NB}%)",
        f"1 (5{NB}%)",
        "20",
    ]
    # Nobody waitlisted: no share of nothing.
    assert [_cell(model, 1, c) for c in range(1, 6)] == ["0", "0", "0", "0", "0"]
    assert _cell(model, 0, FIGURE_LABEL, Qt.ItemDataRole.AccessibleTextRole) == (
        f"Enrolled: Woman 12 (60{NB}%), Man 6 (30{NB}%), Other 1 (5{NB}%), "
        f"Not stated 1 (5{NB}%), total 20"
    )
    assert _cell(model, 0, FIGURE_MAN, Qt.ItemDataRole.AccessibleTextRole) == (
        f"Enrolled, Man: 6 (30{NB}%)"
    )
    assert _cell(model, 0, FIGURE_WOMAN, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_hidden_small_counts_show_under_5_and_no_shares_or_total() -> None:
    rows = r1_rows(_r1(), hide_small=True)
    model = _model(rows)
    # Enrolled 12, 6, 1, 1: "other" and "not stated" are 1 person each.
    assert [_cell(model, 0, c) for c in range(1, 6)] == ["12", "6", "< 5", "< 5", "–"]
    assert _cell(model, 0, FIGURE_OTHER, Qt.ItemDataRole.ToolTipRole) == (
        "Hidden: fewer than 5 persons, who could be recognised."
    )
    assert _cell(model, 0, FIGURE_TOTAL, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, 0, FIGURE_OTHER, SORT_ROLE) is None
    # Board members 5 and 5: nothing small, shares shown; a zero is never hidden.
    board = rows[6]
    assert board.hidden == frozenset()
    assert board.cell_text(Gender.WOMAN) == f"5 (50{NB}%)"
    assert board.cell_text(Gender.OTHER) == f"0 (0{NB}%)"
    assert "total hidden" in rows[0].accessible_text()


def test_board_rows_name_the_network_and_region() -> None:
    (row,) = board_rows(_r1().network_boards, hide_small=True)
    assert row.label == "SE32 Nätverk Jämtland"
    assert row.cell_text(Gender.WOMAN) == "< 5"
    assert row.cell_text(Gender.MAN) == "< 5"
    assert row.total_text() == "–"
    (shown,) = board_rows(_r1().network_boards, hide_small=False)
    assert shown.total_text() == "7"


def test_r2_rows_hours_per_person_budget_and_leaders() -> None:
    r1 = _r1()
    rows = {r.key: r for r in r2_rows(_r2(), r1.leaders, hide_small=False)}
    assert list(rows) == [
        ATTENDED_HOURS,
        "attended_persons",
        HOURS_PER_PERSON,
        BUDGET,
        LEADER_HOURS,
    ]
    hours = rows[ATTENDED_HOURS]
    assert hours.cell_text(Gender.WOMAN) == f"60,0 (63{NB}%)"
    assert hours.cell_text(Gender.NOT_STATED) == f"4,5 (5{NB}%)"
    assert hours.total_text() == "94,5"
    per_person = rows[HOURS_PER_PERSON]
    # 60 h / 10 women, 30 h / 5 men, nobody "other", 4.5 h / 1 not stated; no shares.
    assert [per_person.cell_text(g) for g in Gender] == ["6,0", "6,0", "0,0", "4,5"]
    # All hours over all persons: 94.5 / 16.
    assert per_person.total_text() == "5,9"
    assert rows[BUDGET].cell_text(Gender.WOMAN) == f"30{NB}000 kr (63{NB}%)"
    assert rows[LEADER_HOURS].cell_text(Gender.WOMAN) == f"12,0 (100{NB}%)"


def test_r2_rows_hide_hours_and_money_with_their_few_persons() -> None:
    r1 = _r1()
    rows = {r.key: r for r in r2_rows(_r2(), r1.leaders, hide_small=True)}
    # One "not stated" person attended: their hours, money and hours per person are hidden.
    for key in (ATTENDED_HOURS, HOURS_PER_PERSON, BUDGET):
        assert rows[key].cell_text(Gender.NOT_STATED) == "< 5"
        assert rows[key].cell_text(Gender.WOMAN) != "< 5"
    # Nobody "other" attended: zero hours are not hidden.
    assert rows[ATTENDED_HOURS].cell_text(Gender.OTHER) == "0,0"
    # Two women lead: their hours are hidden with them.
    assert rows[LEADER_HOURS].cell_text(Gender.WOMAN) == "< 5"
    areas = area_rows(_r2().area_hours, _r2().attended_persons, hide_small=True)
    assert [a.label for a in areas] == ["NAT-1 Styrelsearbete", "NAT-2 Arbetsrätt"]
    assert areas[0].cell_text(Gender.NOT_STATED) == "< 5"
    assert areas[1].cell_text(Gender.MAN) == "10,0"


def test_figure_rows_sort_by_page_order_and_values() -> None:
    model = _model(r1_rows(_r1(), hide_small=False))
    model.sort(FIGURE_WOMAN, Qt.SortOrder.DescendingOrder)
    assert _cell(model, 0, FIGURE_LABEL) == "Enrolled"
    model.sort(FIGURE_LABEL)
    assert [model.record_at(i).key for i in range(2)] == [ENROLLED, "waitlisted"]
    model.sort(FIGURE_NOT_STATED, Qt.SortOrder.DescendingOrder)
    assert model.record_at(0).counts.not_stated == 1
    assert model.row_of(ATTENDED) is not None


def test_valid_text() -> None:
    assert valid_text(None, None) == "Every period"
    assert valid_text(D(2010, 1, 1), None) == "From 2010-01-01"
    assert valid_text(None, D(2010, 6, 30)) == "Until 2010-06-30"
    assert valid_text(D(2010, 1, 1), D(2010, 6, 30)) == "2010-01-01 – 2010-06-30"


def test_manual_counts_table() -> None:
    record = R1CountRecord(
        "c1",
        PROGRAMME,
        OutsideBody.STEERING_GROUP,
        "Styrgruppen",
        D(2010, 3, 1),
        GenderCounts(4, 3, 0, 1),
        period_start=D(2010, 1, 1),
    )
    model = R1CountTableModel()
    model.set_records(count_rows([record], hide_small=False))
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:3] == ["Steering group", "Styrgruppen", "2010-03-01"]
    assert texts[COUNT_WOMAN] == f"4 (50{NB}%)"
    assert texts[COUNT_TOTAL] == "8"
    assert texts[COUNT_VALID] == "From 2010-01-01"
    model.set_records(count_rows([record], hide_small=True))
    assert model.index(0, COUNT_WOMAN).data() == "< 5"
    assert model.index(0, COUNT_TOTAL).data() == "–"


def test_manual_resources_table() -> None:
    record = R2ResourceRecord(
        "r1",
        PROGRAMME,
        ResourceKind.SPACE,
        "Lokaler för kvinnliga nätverk",
        "m²",
        D(2010, 5, 1),
        (Decimal("75.50"), Decimal("24.50"), Decimal("0"), Decimal("0")),
    )
    model = R2ResourceTableModel()
    model.set_records([record])
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[:3] == ["Space", "Lokaler för kvinnliga nätverk", "2010-05-01"]
    assert texts[RESOURCE_WOMAN] == f"75,50 (76{NB}%)"
    assert texts[RESOURCE_TOTAL] == "100"
    assert texts[-2:] == ["m²", "Every period"]


def test_versions_table() -> None:
    version = R3Version(
        "v1",
        PROGRAMME,
        None,
        None,
        3,
        "  Därför att   kvinnorna\nfinns i vården. " + "x" * 100,
        "",
        "",
        dt.datetime(2010, 11, 2, 14, 5),
        "Anna Ek",
    )
    model = R3VersionTableModel()
    model.set_records([version])
    assert model.index(0, VERSION_NUMBER).data() == "3"
    assert model.index(0, 1).data() == "2010-11-02 14:05"
    assert model.index(0, VERSION_AUTHOR).data() == "Anna Ek"
    summary = model.index(0, 3).data()
    assert summary.startswith("Därför att kvinnorna finns i vården.")
    assert summary.endswith("…") and len(summary) == 80


def _action(aid: str, due: D | None, status: ActionStatus) -> R4ActionRecord:
    return R4ActionRecord(
        aid, PROGRAMME, "Bjud in fler män", "Anna", due, status, None, "8 av 10 är kvinnor"
    )


def test_overdue_actions_say_so_in_words_and_with_an_icon() -> None:
    model = R4ActionTableModel(today=TODAY)
    model.set_records(
        [
            _action("late", D(2010, 9, 30), ActionStatus.IN_PROGRESS),
            _action("done", D(2010, 9, 30), ActionStatus.DONE),
            _action("future", D(2010, 10, 1), ActionStatus.PLANNED),
            _action("undated", None, ActionStatus.PLANNED),
        ]
    )
    due = [model.index(r, ACTION_DUE).data() for r in range(4)]
    assert due == ["2010-09-30 – Overdue", "2010-09-30", "2010-10-01", ""]
    icon = model.index(0, ACTION_DUE).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.index(1, ACTION_DUE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, ACTION_DUE).data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue")
    assert model.index(0, ACTION_DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, ACTION_STATUS).data() == "In progress"
    assert model.overdue_count() == 1
    model.set_today(D(2010, 10, 2))
    assert model.overdue_count() == 2
    assert model.index(2, ACTION_DUE).data() == "2010-10-01 – Overdue"
