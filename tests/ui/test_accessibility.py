"""Accessibility of the main window: names, keyboard, focus, contrast, not colour alone.

EN 301 549 chapter 11 and WCAG 2.1 AA where they apply to a desktop application: every control
reached by Tab has an accessible name, Tab reaches every control of a page and Shift+Tab goes
back, no list or table keeps the keyboard in, focus stays visible, the application's own
colours reach 4.5:1 against their background in a light and in a dark high-contrast palette,
attendance statuses are told by symbols and words, not by their tint alone, and the system's
font size is followed (sizes are only ever relative to it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from soul_desktop.domain.attendance import AttendanceCell, AttendanceGrid, GridPerson, GridSession
from soul_desktop.domain.enums import AttendanceStatus
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import demo
from soul_desktop.services.setup import Database
from soul_desktop.ui import accessibility, main_window
from soul_desktop.ui.main_window import MainWindow
from soul_desktop.ui.models import attendance as attendance_model
from soul_desktop.ui.widgets import gender_bars
from soul_desktop.ui.widgets.gender_bars import contrast_ratio
from soul_desktop.ui.worker import Worker

UI_SOURCES = Path(main_window.__file__).resolve().parent
TEXT_CONTRAST = 4.5
GRAPHICS_CONTRAST = 3.0
# Enough Tab presses to go round the busiest page (and the window around it) twice.
MAX_TABS = 200
LOAD_WAIT_MS = 400


@pytest.fixture(params=["empty", "demo data"])
def window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    worker: Worker,
    database: Database,
    installation_info: InstallationInfo,
) -> Iterator[MainWindow]:
    """The main window on an empty database, and on one with demo data: lists with rows
    and the forms of a selected record bring controls an empty page does not have."""
    if request.param == "demo data":
        demo.generate(database, participants=20, seed=8)
    result = MainWindow(worker, database, installation_info, "/data/soul.db")
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    result.activateWindow()
    qtbot.waitUntil(result.isActiveWindow, timeout=5000)
    yield result
    # The pages' loads answer while the window still exists.
    worker.shutdown()


# -- the focus chain ---------------------------------------------------------------------


def _tab_focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _inside(widget: QWidget | None, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def _page_controls(window: MainWindow, index: int) -> list[QWidget]:
    """The page's controls Tab should reach, in focus-chain order."""
    page = window.stack.widget(index)
    controls = []
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if _inside(widget, page) and _tab_focusable(widget):
            controls.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window:
            break
    return controls


def _press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "<nothing>"
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"


def _show_page(qtbot: QtBot, window: MainWindow, index: int) -> QWidget:
    window.go_to(index)
    page = window.page(index)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == index)
    # Let the page's first loads answer, so the controls they bring are in the chain too.
    qtbot.wait(LOAD_WAIT_MS)
    return page


def _walk(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Tab from `start` until focus comes back to it: the cycle Tab goes through."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = [start]
    for _ in range(MAX_TABS):
        after = _press(qtbot, Qt.Key.Key_Tab)
        assert after is not None, f"Tab from {_describe(visited[-1])} left focus nowhere"
        if after is start:
            return visited
        assert after not in visited, (
            f"Tab cycles without coming back: {' → '.join(map(_describe, visited))} → "
            f"{_describe(after)}"
        )
        visited.append(after)
    pytest.fail(f"Tab never came back to {_describe(start)}")


@pytest.mark.parametrize("index", range(main_window.PAGE_COUNT))
def test_tab_reaches_every_control_of_the_page_and_each_has_a_name(
    qtbot: QtBot, window: MainWindow, index: int
) -> None:
    _show_page(qtbot, window, index)
    controls = _page_controls(window, index)
    assert controls, "a page without a single control to reach"
    cycle = _walk(qtbot, controls[0])
    missed = [_describe(c) for c in controls if c not in cycle]
    assert missed == []
    assert window.nav in cycle, "Tab from the page never reaches the navigation list"
    nameless = [_describe(w) for w in cycle if not w.accessibleName().strip()]
    assert nameless == [], nameless


@pytest.mark.parametrize("index", range(main_window.PAGE_COUNT))
def test_shift_tab_goes_back_the_way_tab_came(qtbot: QtBot, window: MainWindow, index: int) -> None:
    _show_page(qtbot, window, index)
    controls = _page_controls(window, index)
    cycle = _walk(qtbot, controls[0])
    for before, after in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        after.setFocus(Qt.FocusReason.TabFocusReason)
        back = _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert back is before, f"Shift+Tab from {_describe(after)} went to {_describe(back)}"


@pytest.mark.parametrize("index", range(main_window.PAGE_COUNT))
def test_tab_leaves_every_list_and_table(qtbot: QtBot, window: MainWindow, index: int) -> None:
    page = _show_page(qtbot, window, index)
    views = [v for v in page.findChildren(QAbstractItemView) if _tab_focusable(v)]
    for view in views:
        for key, modifier in (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
        ):
            view.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v, timeout=2000)
            if view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
            after = _press(qtbot, key, modifier)
            assert not _inside(after, view), f"{_describe(view)} keeps the keyboard in"


def test_tab_leaves_the_navigation_list(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav, timeout=2000)
    assert _press(qtbot, Qt.Key.Key_Tab) is not window.nav


# -- visible focus ------------------------------------------------------------------------


INTERACTIVE = ("QAbstractButton", "QComboBox", "QLineEdit", "QAbstractSpinBox", "QTextEdit")


def test_interactive_controls_take_focus(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(main_window.PAGE_COUNT):
        window.page(index)
    nofocus = [
        _describe(w)
        for w in window.findChildren(QWidget)
        if any(w.inherits(kind) for kind in INTERACTIVE)
        and not w.objectName().startswith("qt_")
        and w.focusPolicy() == Qt.FocusPolicy.NoFocus
        # Qt's own arrows and clear buttons inside a control are reached through the control.
        and not (w.parentWidget() is not None and w.parentWidget().inherits("QLineEdit"))
        and not w.inherits("QTabBar")
    ]
    assert nofocus == []


FOCUS_HIDING = re.compile(
    r"outline\s*:\s*(none|0)|show-decoration-selected\s*:\s*0|:focus\s*\{[^}]*border\s*:\s*none",
    re.IGNORECASE,
)


def test_no_style_sheet_hides_the_focus() -> None:
    offending = []
    for source in sorted(UI_SOURCES.rglob("*.py")) + sorted(UI_SOURCES.parent.rglob("*.qss")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if FOCUS_HIDING.search(line) or "WA_MacShowFocusRect, False" in line:
                offending.append(f"{source.name}:{number}: {line.strip()}")
    assert offending == []


def test_the_window_draws_focus_in_the_style(window: MainWindow) -> None:
    # The style's focus frame is drawn from the palette's Highlight; it must stand out.
    palette = window.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast_ratio(highlight, palette.color(role)) >= GRAPHICS_CONTRAST


# -- contrast -----------------------------------------------------------------------------


def light_palette() -> QPalette:
    """The default palette of the platform style (what the tests run with)."""
    return QApplication.style().standardPalette()


def dark_high_contrast_palette() -> QPalette:
    """A dark high-contrast palette like the systems' high-contrast themes."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#bfbfbf"))
    return palette


def dark_grey_palette() -> QPalette:
    """A dark theme that is not pure black (Adwaita dark, Windows dark mode)."""
    palette = dark_high_contrast_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("#2d2d2d"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#282828"))
    return palette


PALETTES = {
    "light": light_palette,
    "dark high contrast": dark_high_contrast_palette,
    "dark": dark_grey_palette,
}


def _backgrounds(palette: QPalette) -> list[QColor]:
    return [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
    ]


@pytest.fixture(params=list(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    saved = QApplication.palette()
    chosen = PALETTES[request.param]()
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(saved)


def test_the_palettes_own_text_reads(palette: QPalette) -> None:
    # The palettes the other checks use are themselves sound. (Selected text is left out:
    # the platform style's own choice, white on Fusion's #308cc6 is 3.7:1, is not ours.)
    pairs = [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    ]
    for text, background in pairs:
        assert contrast_ratio(palette.color(text), palette.color(background)) >= TEXT_CONTRAST


def test_gender_bar_colours_reach_4_5_to_1(palette: QPalette) -> None:
    for background in _backgrounds(palette):
        colours = gender_bars.bar_colours(background, palette.color(QPalette.ColorRole.Text))
        for gender, colour in colours.items():
            ratio = contrast_ratio(colour, background)
            assert ratio >= TEXT_CONTRAST, (gender, colour.name(), background.name(), ratio)


def test_gender_bar_colour_sets_are_sound_on_white_and_black() -> None:
    for colours, background in (
        (gender_bars.LIGHT_BACKGROUND_COLOURS, "#ffffff"),
        (gender_bars.DARK_BACKGROUND_COLOURS, "#000000"),
    ):
        for colour in colours.values():
            assert contrast_ratio(QColor(colour), QColor(background)) >= TEXT_CONTRAST


def test_error_text_colour_reads_on_the_palette(palette: QPalette) -> None:
    colour = accessibility.error_colour(palette)
    for background in _backgrounds(palette):
        ratio = contrast_ratio(colour, background)
        assert ratio >= TEXT_CONTRAST, (colour.name(), background.name(), ratio)


def test_muted_text_colour_reads_on_the_palette(palette: QPalette) -> None:
    colour = accessibility.muted_colour(palette)
    for background in _backgrounds(palette):
        ratio = contrast_ratio(colour, background)
        assert ratio >= TEXT_CONTRAST, (colour.name(), background.name(), ratio)


def test_attendance_cells_read_on_their_tint(palette: QPalette) -> None:
    for status in AttendanceStatus:
        tint = attendance_model.status_tint(status, palette)
        text = attendance_model.status_text_colour(status, palette)
        if tint is None:
            continue
        ratio = contrast_ratio(text, tint)
        assert ratio >= TEXT_CONTRAST, (status, text.name(), tint.name(), ratio)


HARD_CODED_COLOUR = re.compile(
    r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d|Qt\.GlobalColor\.(?!transparent)|color\s*:", re.IGNORECASE
)
# Where colours may be written out: each of these is checked above in every palette.
COLOUR_MODULES = {"accessibility.py", "gender_bars.py", "attendance.py"}


def test_no_text_in_the_palettes_disabled_grey() -> None:
    """The disabled grey (#bebebe on white in Fusion) is for disabled controls only; text that
    is merely secondary takes accessibility.muted_colour, which keeps 4.5:1."""
    found = [
        f"{source.relative_to(UI_SOURCES)}:{number}: {line.strip()}"
        for source in sorted(UI_SOURCES.rglob("*.py"))
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if "ColorGroup.Disabled" in line
    ]
    assert found == []


def test_no_other_hard_coded_colours() -> None:
    """A colour written elsewhere would escape the contrast checks of this file."""
    found = []
    for source in sorted(UI_SOURCES.rglob("*.py")):
        if source.name in COLOUR_MODULES and source.parent.name in {"ui", "widgets", "models"}:
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0] if not re.search(r"[\"'][^\"']*#", line) else line
            if HARD_CODED_COLOUR.search(code) and not code.lstrip().startswith(("#", '"""')):
                found.append(f"{source.relative_to(UI_SOURCES)}:{number}: {line.strip()}")
    assert found == []


# -- not by colour alone ------------------------------------------------------------------


def test_every_attendance_status_has_a_symbol_and_a_name() -> None:
    symbols = {}
    for status in AttendanceStatus:
        symbol = attendance_model.status_symbol(status, 30)
        name = attendance_model.status_name(status)
        assert symbol.strip(), status
        assert name.strip() and name != symbol, status
        symbols[status] = symbol
    # Each status is told apart by its text alone.
    assert len(set(symbols.values())) == len(symbols)


# -- the system's font size ---------------------------------------------------------------


FIXED_FONT_SIZE = re.compile(
    r"setPointSizeF?\((?![^)]*pointSize)|setPixelSize\(|font-size\s*:|QFont\(\s*[\"'][^\"']*[\"']\s*,",
)


def test_font_sizes_are_relative_to_the_system_font() -> None:
    fixed = []
    for source in sorted(UI_SOURCES.rglob("*.py")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if FIXED_FONT_SIZE.search(line):
                fixed.append(f"{source.relative_to(UI_SOURCES)}:{number}: {line.strip()}")
    assert fixed == []


def test_a_large_system_font_reaches_every_page(
    qtbot: QtBot, worker: Worker, database: Database, installation_info: InstallationInfo
) -> None:
    saved = QApplication.font()
    large = QFont(saved)
    large.setPointSizeF(20)
    QApplication.setFont(large)
    try:
        window = MainWindow(worker, database, installation_info, "/data/soul.db")
        qtbot.addWidget(window)
        for index in range(main_window.PAGE_COUNT):
            window.page(index)
        small = [
            f"{_describe(w)}: {w.font().pointSizeF()}"
            for w in [window, *window.findChildren(QWidget)]
            if 0 < w.font().pointSizeF() < 20
        ]
        assert small == []
    finally:
        QApplication.setFont(saved)
        worker.shutdown()


def _grid_with_every_status() -> AttendanceGrid:
    day = dt.datetime(2010, 3, 1, 13, 0)
    sessions = tuple(
        GridSession(
            f"s{i}", day + dt.timedelta(days=7 * i), day + dt.timedelta(days=7 * i, hours=3)
        )
        for i in range(len(AttendanceStatus) + 1)
    )
    early = day - dt.timedelta(days=5)
    persons = (
        GridPerson("p-anna", "Anna", "Berg", None, early),
        GridPerson("p-late", "Erik", "Ek", None, sessions[-1].starts_at, walk_in=True),
    )
    cells = {
        (f"s{i}", "p-anna"): AttendanceCell(f"s{i}", "p-anna", status, 90)
        for i, status in enumerate(AttendanceStatus)
    }
    return AttendanceGrid("c1", "Kurs", 75, sessions, persons, cells)


def test_the_attendance_grid_tells_statuses_by_text_and_its_cells_read(
    palette: QPalette,
) -> None:
    model = attendance_model.AttendanceGridModel()
    model.set_grid(_grid_with_every_status())
    anna, late = model.row_of("p-anna"), model.row_of("p-late")
    base = palette.color(QPalette.ColorRole.Base)
    texts = set()
    for column, status in enumerate(AttendanceStatus):
        index = model.index(anna, column)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert text and attendance_model.status_name(status) in spoken, status
        texts.add(text)
        background = index.data(Qt.ItemDataRole.BackgroundRole) or base
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        foreground = QColor(foreground.color() if hasattr(foreground, "color") else foreground)
        ratio = contrast_ratio(foreground, QColor(background))
        assert ratio >= TEXT_CONTRAST, (status, foreground.name(), QColor(background).name())
    assert len(texts) == len(AttendanceStatus)
    # A session before a walk-in came: a muted dash that still reads.
    dash = model.index(late, 0)
    assert dash.data(Qt.ItemDataRole.DisplayRole) == "–"
    muted = QColor(dash.data(Qt.ItemDataRole.ForegroundRole))
    assert contrast_ratio(muted, base) >= TEXT_CONTRAST
