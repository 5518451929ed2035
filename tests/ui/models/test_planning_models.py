"""Planning table models and texts, tested without a window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import AccessibilityNeed, CourseKind, CourseStatus
from soul_desktop.domain.planning import (
    CourseRecord,
    PlanningError,
    PlanningWarning,
    Problem,
    SessionRecord,
    VenueRecord,
    WarningKind,
)
from soul_desktop.ui.models.planning import (
    COURSE_ENROLLED,
    COURSE_START,
    COURSE_TITLE,
    SESSION_DATE,
    SESSION_TIME,
    SESSION_VENUE,
    SESSION_WARNINGS,
    VENUE_ACCESSIBILITY,
    VENUE_CAPACITY,
    CourseTableModel,
    SessionTableModel,
    VenueTableModel,
    problem_text,
    warning_text,
)
from soul_desktop.ui.models.record_table import SearchProxyModel
from soul_desktop.ui.widgets.session_calendar import (
    DATE_ROLE,
    SESSIONS_ROLE,
    CalendarMode,
    CalendarModel,
    visible_range,
)

D = dt.datetime


def _course(cid: str, title: str, first: D | None, enrolled: int = 0) -> CourseRecord:
    return CourseRecord(
        id=cid,
        region_code="SE32",
        title=title,
        kind=CourseKind.WORKSHOP,
        description=None,
        target_group="Styrelser",
        capacity=12,
        budget_sek=None,
        status=CourseStatus.OPEN,
        completion_threshold_pct=75,
        area_codes=("NAT-1",),
        area_names=("Värdegrunden som bas för affärsutveckling",),
        leader_names=("Lisa Berg",),
        first_start=first,
        session_count=3 if first else 0,
        enrolled_count=enrolled,
        waitlisted_count=2 if enrolled > 12 else 0,
    )


def _swedish() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def test_course_model_texts_sorting_and_search(qtbot: QtBot) -> None:
    _swedish()
    model = CourseTableModel()
    model.set_records(
        [
            _course("a", "Ägarskap", D(2010, 3, 1, 9), enrolled=14),
            _course("b", "Bokföring", None),
            _course("c", "Ekonomi", D(2009, 5, 2, 9), enrolled=5),
        ]
    )
    assert model.index(0, COURSE_START).data() == "2010-03-01"
    assert model.index(0, COURSE_ENROLLED).data() == "14 / 12 (+2 waiting)"
    assert model.index(1, COURSE_START).data() == ""
    model.sort(COURSE_TITLE)
    # Swedish order: Ä after E.
    assert [r.title for r in model.records()] == ["Bokföring", "Ekonomi", "Ägarskap"]
    model.sort(COURSE_START)
    # Courses without sessions sort last whichever the direction of the other values.
    assert [r.id for r in model.records()] == ["c", "a", "b"]
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("lisa värdegrunden")
    assert proxy.rowCount() == 3
    proxy.set_search("ekon")
    assert proxy.rowCount() == 1 and proxy.record_at(0).id == "c"


def test_session_model_shows_warnings_in_their_column_only(qtbot: QtBot) -> None:
    _swedish()
    model = SessionTableModel()
    s1 = SessionRecord("s1", "c", D(2010, 3, 1, 18), D(2010, 3, 1, 20), "v", "Folkets Hus")
    s2 = SessionRecord("s2", "c", D(2010, 3, 8, 18), D(2010, 3, 9, 1), None, None)
    model.set_records([s1, s2])
    assert model.index(0, SESSION_DATE).data() == "mån 2010-03-01"
    assert model.index(0, SESSION_TIME).data() == "18:00–20:00"
    assert model.index(1, SESSION_TIME).data() == "18:00–2010-03-09 01:00"
    assert model.index(0, SESSION_VENUE).data() == "Folkets Hus"
    assert model.index(0, SESSION_WARNINGS).data() == ""
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, *_: changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    warning = PlanningWarning(
        WarningKind.VENUE_DOUBLE_BOOKED,
        "",
        "c",
        session_id="s1",
        other_session_id="x",
        other_course_id="other",
        other_course_title="Ekonomi",
        starts_at=s1.starts_at,
        venue_name="Folkets Hus",
    )
    model.set_warnings([warning])
    assert changed == [(0, SESSION_WARNINGS, 1, SESSION_WARNINGS)]
    assert model.index(0, SESSION_WARNINGS).data() == "⚠ venue booked twice"
    tooltip = model.index(0, SESSION_WARNINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Ekonomi" in tooltip and "Folkets Hus" in tooltip
    assert model.warnings_of("s2") == []


def test_venue_model_summarises_the_register(qtbot: QtBot) -> None:
    model = VenueTableModel()
    model.set_records(
        [
            VenueRecord(
                "v", "SE32", "Folkets Hus", capacity=40, hearing_loop=True, allergy_safe=False
            )
        ]
    )
    assert model.index(0, VENUE_ACCESSIBILITY).data() == "1 yes, 1 no, 6 not checked"
    details = model.index(0, VENUE_ACCESSIBILITY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Hearing loop with signage: yes" in details
    assert "Allergy-safe: no" in details
    assert "Automatic doors: not checked" in details
    assert model.index(0, VENUE_CAPACITY).data() == "40"


def test_refusals_and_warnings_read_as_sentences(qtbot: QtBot) -> None:
    _swedish()
    assert problem_text(PlanningError(Problem.NEGATIVE, "x", "capacity")) == "Cannot be negative."
    assert "at most 300" in problem_text(PlanningError(Problem.TOO_LONG, "x", "title", limit=300))
    assert "2 sessions are planned" in problem_text(
        PlanningError(Problem.VENUE_IN_USE, "x", "venue", count=2)
    )
    assert "One session is planned" in problem_text(
        PlanningError(Problem.VENUE_IN_USE, "x", "venue", count=1)
    )
    need = PlanningWarning(
        WarningKind.NEED_NOT_MET,
        "",
        "c",
        venue_name="Folkets Hus",
        need=AccessibilityNeed.HEARING_LOOP,
        count=2,
    )
    assert warning_text(need) == (
        "2 enrolled persons need a hearing loop, which Folkets Hus does not have."
    )
    unchecked = PlanningWarning(
        WarningKind.NEED_NOT_CHECKED,
        "",
        "c",
        venue_name="Folkets Hus",
        need=AccessibilityNeed.HEARING_LOOP,
        count=1,
    )
    assert warning_text(unchecked) == (
        "One enrolled person needs a hearing loop; Folkets Hus has not checked this."
    )
    outside = PlanningWarning(
        WarningKind.OUTSIDE_PERIOD,
        "",
        "c",
        starts_at=D(2012, 2, 1, 9),
        period_start=dt.date(2009, 2, 2),
        period_end=dt.date(2012, 1, 31),
    )
    assert warning_text(outside) == (
        "The session on ons 2012-02-01 09:00 is outside the project period "
        "(2009-02-02 – 2012-01-31)."
    )
    over = PlanningWarning(WarningKind.OVER_CAPACITY, "", "c", count=13, limit=12)
    assert warning_text(over) == "Over capacity: 13 enrolled, room for 12."


def test_calendar_model_week_and_month(qtbot: QtBot) -> None:
    _swedish()
    assert visible_range(CalendarMode.WEEK, dt.date(2010, 3, 3)) == (
        dt.date(2010, 3, 1),
        dt.date(2010, 3, 7),
    )
    # March 2010 begins on a Monday; six weeks are always shown.
    assert visible_range(CalendarMode.MONTH, dt.date(2010, 3, 17)) == (
        dt.date(2010, 3, 1),
        dt.date(2010, 4, 11),
    )
    model = CalendarModel()
    model.set_view(CalendarMode.WEEK, dt.date(2010, 3, 3))
    assert (model.rowCount(), model.columnCount()) == (1, 7)
    sessions = [
        SessionRecord(
            "b",
            "c",
            D(2010, 3, 3, 13),
            D(2010, 3, 3, 15),
            None,
            "Folkets Hus",
            course_title="Ekonomi",
        ),
        SessionRecord("a", "c", D(2010, 3, 3, 9), D(2010, 3, 3, 12), course_title="Styrelse"),
    ]
    model.set_sessions(sessions)
    wednesday = model.index(0, 2)
    assert wednesday.data(DATE_ROLE) == dt.date(2010, 3, 3)
    assert [s.id for s in wednesday.data(SESSIONS_ROLE)] == ["a", "b"]
    assert wednesday.data() == "09:00 Styrelse\n13:00 Ekonomi"
    spoken = wednesday.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "13:00–15:00 Ekonomi, Folkets Hus" in spoken
    assert model.index(0, 3).data(Qt.ItemDataRole.AccessibleTextRole).endswith("No sessions")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "ons 3/3"
    model.set_view(CalendarMode.MONTH, dt.date(2010, 3, 17))
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.index_of(dt.date(2010, 4, 11)).row() == 5
    assert not model.index_of(dt.date(2010, 4, 12)).isValid()
    assert model.headerData(0, Qt.Orientation.Vertical) == "w. 9"


def test_dates_typed_in_a_filter() -> None:
    from soul_desktop.ui.planning_forms import parse_date

    assert parse_date("") is None
    assert parse_date("2010-3-1") == dt.date(2010, 3, 1)
    assert parse_date(" 20100301 ") == dt.date(2010, 3, 1)
    for bad in ("2010-02-30", "1/3/2010", "mars", "201003"):
        try:
            parse_date(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
