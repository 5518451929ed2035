"""A week and month calendar of sessions: a keyboard-navigable grid of days with their sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from soul_desktop.domain.planning import SessionRecord
from soul_desktop.ui.accessibility import muted_colour
from soul_desktop.ui.models.planning import date_text, time_range_text

Index = QModelIndex | QPersistentModelIndex

DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's dt.date
SESSIONS_ROLE = Qt.ItemDataRole.UserRole + 2  # the day's sessions, a list of SessionRecord
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3  # False for days of the neighbouring months
MONTH_ROWS = 6
DAYS = 7
PADDING = 4


class CalendarMode(IntEnum):
    WEEK = 0
    MONTH = 1


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def visible_range(mode: CalendarMode, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day shown: the anchor's week, or six whole weeks around its month."""
    if mode is CalendarMode.WEEK:
        first = monday_of(anchor)
        return first, first + dt.timedelta(days=DAYS - 1)
    first = monday_of(anchor.replace(day=1))
    return first, first + dt.timedelta(days=DAYS * MONTH_ROWS - 1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarModel(QAbstractTableModel):
    """Days as cells (Monday first), each holding that day's sessions in time order.

    Roles: DisplayRole gives the day's sessions as lines of text, AccessibleTextRole and
    ToolTipRole the date with every session in full, DATE_ROLE the date, SESSIONS_ROLE the
    sessions and IN_MONTH_ROLE whether the day belongs to the month shown.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = CalendarMode.WEEK
        self.anchor = dt.date.today()
        self.today = dt.date.today()
        self.first, self.last = visible_range(self.mode, self.anchor)
        self._by_day: dict[dt.date, list[SessionRecord]] = {}

    # -- shape ----------------------------------------------------------------------------
    def set_view(self, mode: CalendarMode, anchor: dt.date) -> None:
        self.beginResetModel()
        self.mode, self.anchor = mode, anchor
        self.first, self.last = visible_range(mode, anchor)
        self._by_day = {}
        self.endResetModel()

    def set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        by_day: dict[dt.date, list[SessionRecord]] = {}
        for s in sorted(sessions, key=lambda s: (s.starts_at, s.course_title)):
            by_day.setdefault(s.starts_at.date(), []).append(s)
        self._by_day = by_day
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 1 if self.mode is CalendarMode.WEEK else MONTH_ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    def date_at(self, row: int, column: int) -> dt.date:
        return self.first + dt.timedelta(days=row * DAYS + column)

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < self.rowCount() * DAYS:
            return QModelIndex()
        return self.index(offset // DAYS, offset % DAYS)

    def sessions_on(self, day: dt.date) -> list[SessionRecord]:
        return list(self._by_day.get(day, ()))

    # -- data -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.date_at(index.row(), index.column())
        sessions = self._by_day.get(day, [])
        if role == DATE_ROLE:
            return day
        if role == SESSIONS_ROLE:
            return sessions
        if role == IN_MONTH_ROLE:
            return self.mode is CalendarMode.WEEK or day.month == self.anchor.month
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(f"{s.starts_at:%H:%M} {s.course_title}" for s in sessions)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(day)
        return None

    def describe(self, day: dt.date) -> str:
        """The day in words with each session: read by screen readers and shown as tooltip."""
        locale = QLocale()
        name = locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
        lines = [name]
        if day == self.today:
            lines[0] += " " + self.tr("(today)")
        sessions = self._by_day.get(day, [])
        if not sessions:
            lines.append(self.tr("No sessions"))
        for s in sessions:
            line = f"{time_range_text(s.starts_at, s.ends_at)} {s.course_title}"
            if s.venue_name:
                line += f", {s.venue_name}"
            lines.append(line)
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if orientation == Qt.Orientation.Horizontal:
            day_name = locale.dayName(section + 1, QLocale.FormatType.ShortFormat)
            if self.mode is CalendarMode.WEEK:
                day = self.date_at(0, section)
                return f"{day_name} {day.day}/{day.month}"
            return day_name
        week = self.date_at(section, 0).isocalendar()[1]
        return self.tr("w. %1").replace("%1", str(week))


class CalendarDelegate(QStyledItemDelegate):
    """Paints a day: its date on top, then one block per session (time, course, venue)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, CalendarModel)
        day: dt.date = index.data(DATE_ROLE)
        sessions: list[SessionRecord] = index.data(SESSIONS_ROLE)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(option.rect)
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Base))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            # A tint and a frame: the sessions stay readable in their usual colour.
            tint = QColor(highlight)
            tint.setAlpha(40)
            painter.fillRect(option.rect, tint)
            painter.setPen(QPen(highlight, 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
        colour = palette.color(QPalette.ColorRole.Text)
        if not index.data(IN_MONTH_ROLE):
            # Muted, but still 4.5:1: the palette's disabled grey is often under 2:1.
            colour = muted_colour(palette)
        rect = option.rect.adjusted(PADDING + 2, PADDING + 1, -PADDING - 2, -PADDING)
        painter.setPen(colour)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        y = rect.top()
        week = model.mode is CalendarMode.WEEK
        label = "" if week else str(day.day)
        if day == model.today:
            # Today is told by a word and an underline, not by colour alone.
            # Outside the f-string, where lupdate would not see it.
            today = QCoreApplication.translate("CalendarModel", "today")
            label = f"{label} {today}".strip()
        if label:
            painter.setFont(bold)
            painter.drawText(QRect(rect.left(), y, rect.width(), line), 0, label)
            if day == model.today:
                width = QFontMetrics(bold).horizontalAdvance(label)
                painter.drawLine(rect.left(), y + line, rect.left() + width, y + line)
            y += line + 2
        for number, s in enumerate(sessions):
            title_lines = (
                self._wrap(s.course_title, option.font, rect.width() - 8, 2) if week else []
            )
            needed = (2 + len(title_lines)) * line + 6 if week else line
            remaining = len(sessions) - number
            # Keep a line for "+n more" unless this is the last session.
            reserve = line if remaining > 1 else 0
            if y + needed + reserve > rect.bottom() + 1:
                more = QCoreApplication.translate("CalendarModel", "+%1 more").replace(
                    "%1", str(remaining)
                )
                painter.setFont(option.font)
                painter.drawText(QRect(rect.left(), y, rect.width(), line), 0, more)
                break
            if week:
                block = (2 + len(title_lines)) * line
                painter.fillRect(QRect(rect.left(), y, 3, block), colour)
                texts = [(bold, time_range_text(s.starts_at, s.ends_at))]
                texts += [(option.font, text) for text in title_lines]
                texts.append((option.font, s.venue_name or ""))
                for font, text in texts:
                    painter.setFont(font)
                    elided = QFontMetrics(font).elidedText(
                        text, Qt.TextElideMode.ElideRight, rect.width() - 8
                    )
                    painter.drawText(QRect(rect.left() + 8, y, rect.width() - 8, line), 0, elided)
                    y += line
                y += 6
            else:
                painter.setFont(option.font)
                text = f"{s.starts_at:%H:%M} {s.course_title}"
                elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
                painter.drawText(QRect(rect.left(), y, rect.width(), line), 0, elided)
                y += line
        if option.state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DotLine))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()

    @staticmethod
    def _wrap(text: str, font: QFont, width: int, most: int) -> list[str]:
        """At most `most` lines of whole words; the last one is elided when it runs over."""
        metrics = QFontMetrics(font)
        lines: list[str] = []
        words = text.split()
        while words and len(lines) < most:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if words and lines:
            lines[-1] = f"{lines[-1]} {' '.join(words)}"
        return lines or [""]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(120, 80)


class _DayGrid(QTableView):
    """The grid: arrows move between days, Page Up / Page Down change week or month."""

    pageRequested = Signal(int)  # -1 previous, +1 next
    dayActivated = Signal(object)  # dt.date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.pageRequested.emit(-1)
            return
        if key == Qt.Key.Key_PageDown:
            self.pageRequested.emit(1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.dayActivated.emit(index.data(DATE_ROLE))
            return
        super().keyPressEvent(event)


class SessionCalendar(QWidget):
    """Week or month of sessions with previous / today / next, and the chosen day in a list.

    `rangeChanged(first, last)` asks the owner for the sessions of the days shown; the owner
    answers with `set_sessions`. `sessionActivated(SessionRecord)` fires on Enter or a
    double click on a session of the day list.
    """

    rangeChanged = Signal(object, object)
    sessionActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calendar of sessions"))
        self.model = CalendarModel(self)
        self.selected = dt.date.today()

        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous week or month"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next week or month"))
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Week"), int(CalendarMode.WEEK))
        self.mode_combo.addItem(self.tr("Month"), int(CalendarMode.MONTH))
        self.mode_combo.setAccessibleName(self.tr("Show a week or a month"))
        mode_label = QLabel(self.tr("&View:"), self)
        mode_label.setBuddy(self.mode_combo)
        self.title_label = QLabel(self)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(mode_label)
        bar.addWidget(self.mode_combo)

        self.grid = _DayGrid(self)
        self.grid.setAccessibleName(self.tr("Days"))
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(CalendarDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setHighlightSections(False)

        self.day_label = QLabel(self)
        self.day_label.setWordWrap(True)
        self.day_list = QListWidget(self)
        self.day_list.setAccessibleName(self.tr("Sessions of the chosen day"))
        self.day_list.setWordWrap(True)
        self.day_list.setSpacing(4)
        self.day_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_label.setBuddy(self.day_list)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.day_label)
        side_layout.addWidget(self.day_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(200)
        splitter.setSizes([880, 230])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(dt.date.today()))
        self.mode_combo.currentIndexChanged.connect(self._on_mode)
        self.grid.pageRequested.connect(self.step)
        self.grid.dayActivated.connect(self._activate_day)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.day_list.itemActivated.connect(self._on_item_activated)
        self._show()

    # -- navigation -----------------------------------------------------------------------
    def mode(self) -> CalendarMode:
        return CalendarMode(self.mode_combo.currentData())

    def set_mode(self, mode: CalendarMode) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(int(mode)))

    def go_to(self, day: dt.date) -> None:
        self.selected = day
        self._show()

    def step(self, direction: int) -> None:
        """A week or a month back (-1) or forward (+1), keeping the weekday or day of month."""
        day = self.selected
        if self.mode() is CalendarMode.WEEK:
            self.go_to(day + dt.timedelta(weeks=direction))
            return
        month = day.month - 1 + direction
        year = day.year + month // 12
        month = month % 12 + 1
        last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        self.go_to(dt.date(year, month, min(day.day, last_day)))

    def range(self) -> tuple[dt.date, dt.date]:
        return self.model.first, self.model.last

    def set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        self.model.set_sessions(sessions)
        self._fill_day_list()

    @Slot(int)
    def _on_mode(self, _index: int) -> None:
        self._show()

    def _show(self) -> None:
        mode = self.mode()
        self.model.today = dt.date.today()
        self.model.set_view(mode, self.selected)
        # The week's number is in the title; a month shows one per row.
        self.grid.verticalHeader().setVisible(mode is CalendarMode.MONTH)
        locale = QLocale()
        if mode is CalendarMode.WEEK:
            first, last = self.model.first, self.model.last
            week = first.isocalendar()[1]
            title = (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(week))
                .replace("%2", date_text(first))
                .replace("%3", date_text(last))
            )
        else:
            title = locale.toString(_qdate(self.selected), "MMMM yyyy")
            title = title[:1].upper() + title[1:]
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        index = self.model.index_of(self.selected)
        self.grid.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._fill_day_list()
        self.rangeChanged.emit(self.model.first, self.model.last)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        day = current.data(DATE_ROLE)
        if day == self.selected:
            return
        self.selected = day
        if self.mode() is CalendarMode.MONTH and day.month != self.model.anchor.month:
            # Stepping onto a day of the next or previous month turns the page.
            self._show()
            return
        self._fill_day_list()

    def _fill_day_list(self) -> None:
        day = self.selected
        sessions = self.model.sessions_on(day)
        locale = QLocale()
        heading = locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
        count = self.tr("%n session(s)", "", len(sessions))
        self.day_label.setText(f"{heading}: {count}")
        self.day_list.clear()
        for s in sessions:
            text = f"{time_range_text(s.starts_at, s.ends_at)}\n{s.course_title}"
            if s.venue_name:
                text += f"\n{s.venue_name}"
            if s.leader_name:
                text += f"\n{s.leader_name}"
            item = QListWidgetItem(text, self.day_list)
            item.setData(Qt.ItemDataRole.UserRole, s)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))

    @Slot(object)
    def _activate_day(self, day: dt.date) -> None:
        sessions = self.model.sessions_on(day)
        if len(sessions) == 1:
            self.sessionActivated.emit(sessions[0])
        elif sessions:
            self.day_list.setFocus()
            self.day_list.setCurrentRow(0)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.sessionActivated.emit(item.data(Qt.ItemDataRole.UserRole))
