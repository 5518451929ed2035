"""Horizontal bars by gender, with the number and the share written beside each bar.

Always four bars (woman, man, other, not stated): "other" and "not stated" are never folded
into the two largest groups. Nothing is told by colour alone: each row starts with the
gender's name, the value is written out, and each gender's bar has its own fill pattern
besides its colour. Colours are taken from a set with at least 4.5:1 contrast against the
palette's background (a light set on a dark palette).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from soul_desktop.domain.enums import Gender
from soul_desktop.domain.fourr import GENDER_ORDER, SMALL_COUNT_LIMIT, GenderCounts
from soul_desktop.ui.models.people import gender_name

# WCAG 2.1 contrast for text and graphics that carry meaning.
MIN_CONTRAST = 4.5
# Dark on a light background, light on a dark one; each over 4.5:1 against white or black.
LIGHT_BACKGROUND_COLOURS: dict[Gender, str] = {
    Gender.WOMAN: "#1f4e79",
    Gender.MAN: "#8a4500",
    Gender.OTHER: "#00665e",
    Gender.NOT_STATED: "#595959",
}
DARK_BACKGROUND_COLOURS: dict[Gender, str] = {
    Gender.WOMAN: "#9cc3e6",
    Gender.MAN: "#f4b183",
    Gender.OTHER: "#7fd1c7",
    Gender.NOT_STATED: "#c8c8c8",
}
# A pattern per gender, so a printout in grey or a colour-blind reader still tells them apart.
PATTERNS: dict[Gender, Qt.BrushStyle] = {
    Gender.WOMAN: Qt.BrushStyle.SolidPattern,
    Gender.MAN: Qt.BrushStyle.BDiagPattern,
    Gender.OTHER: Qt.BrushStyle.DiagCrossPattern,
    Gender.NOT_STATED: Qt.BrushStyle.Dense5Pattern,
}
BAR_MIN_WIDTH = 120
BAR_PREFERRED_WIDTH = 220
ROW_PADDING = 8
GAP = 10


def gender_label(gender: Gender) -> str:
    # The register's words, so the chart and the person form name genders alike.
    return gender_name(gender)


def hidden_text() -> str:
    """What stands instead of a hidden small count: "< 5"."""
    return f"< {SMALL_COUNT_LIMIT}"


def percent_text(share: float) -> str:
    """A share (0‥1) as a whole percentage in the user's language ("62 %" in Swedish)."""
    locale = QLocale()
    number = locale.toString(share * 100, "f", 0)
    if locale.language() == QLocale.Language.Swedish:
        return f"{number}\u00a0%"
    return f"{number}%"


def persons_text(value: float) -> str:
    return QLocale().toString(round(value))


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    first, second = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (first + 0.05) / (second + 0.05)


def bar_colours(background: QColor, fallback: QColor) -> dict[Gender, QColor]:
    """Each gender's colour for bars on `background`, at least 4.5:1 against it.

    The set that suits the background is used; a colour of it that still falls short (an
    unusual palette) is replaced by `fallback`, the palette's text colour.
    """
    dark = relative_luminance(background) < 0.18
    chosen = DARK_BACKGROUND_COLOURS if dark else LIGHT_BACKGROUND_COLOURS
    colours = {}
    for gender in GENDER_ORDER:
        colour = QColor(chosen[gender])
        colours[gender] = colour if contrast_ratio(colour, background) >= MIN_CONTRAST else fallback
    return colours


class GenderBars(QWidget):
    """Four bars (woman, man, other, not stated), each with "count (share)" beside it.

    `set_values(counts, hidden)` shows the figure; a gender in `hidden` (its persons are 1‥4
    and small counts are hidden) shows "< 5" and no bar, and then no shares are shown at all,
    since a share beside a count would give the total away and with it the hidden number.
    `value_text` formats a value (persons by default; hours or money for R2 figures). The
    accessible description reads every value aloud in the same words as on screen.
    """

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._counts = GenderCounts()
        self._hidden: frozenset[Gender] = frozenset()
        self._value_text: Callable[[float], str] = persons_text
        self._show_shares = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._update_accessible()

    # -- what is shown ------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def title(self) -> str:
        return self._title

    def set_values(
        self,
        counts: GenderCounts,
        hidden: Iterable[Gender] = (),
        *,
        value_text: Callable[[float], str] | None = None,
        show_shares: bool = True,
    ) -> None:
        self._counts = counts
        self._hidden = frozenset(hidden)
        self._value_text = value_text or persons_text
        self._show_shares = show_shares
        self._update_accessible()
        self.updateGeometry()
        self.update()

    def counts(self) -> GenderCounts:
        return self._counts

    def hidden(self) -> frozenset[Gender]:
        return self._hidden

    def value_texts(self) -> list[str]:
        """The text beside each bar, in gender order (what a test or a reader sees)."""
        return [self._value_label(g) for g in GENDER_ORDER]

    def bar_fraction(self, gender: Gender) -> float:
        """How much of the bar area the gender's bar fills (0‥1): value / largest shown."""
        if gender in self._hidden:
            return 0.0
        shown = [v for g, v in self._counts.items() if g not in self._hidden]
        largest = max(shown, default=0)
        return self._counts.get(gender) / largest if largest > 0 else 0.0

    def _value_label(self, gender: Gender) -> str:
        if gender in self._hidden:
            return hidden_text()
        value = self._counts.get(gender)
        text = self._value_text(value)
        share = self._counts.share(gender)
        if self._show_shares and not self._hidden and share is not None:
            return f"{text} ({percent_text(share)})"
        return text

    def _update_accessible(self) -> None:
        name = self._title or self.tr("Distribution by gender")
        self.setAccessibleName(name)
        parts = [f"{gender_label(g)}: {self._value_label(g)}" for g in GENDER_ORDER]
        description = "; ".join(parts) + "."
        self.setAccessibleDescription(description)
        self.setToolTip(f"{name}\n" + "\n".join(parts))

    # -- geometry -----------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + ROW_PADDING

    def _label_width(self, metrics: QFontMetrics) -> int:
        return max(metrics.horizontalAdvance(gender_label(g)) for g in GENDER_ORDER)

    def _value_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(t) for t in self.value_texts()), default=0)
        # Room for a typical "1 234 (56 %)" so the bars do not jump as values change.
        return max(widest, metrics.horizontalAdvance("0 000 (00 %)"))

    def _title_height(self) -> int:
        return self._row_height() if self._title else 0

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = (
            self._label_width(metrics)
            + GAP
            + BAR_PREFERRED_WIDTH
            + GAP
            + self._value_width(metrics)
        )
        return QSize(width, self._title_height() + len(GENDER_ORDER) * self._row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = self._label_width(metrics) + GAP + BAR_MIN_WIDTH + GAP + self._value_width(metrics)
        return QSize(width, self.sizeHint().height())

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        colours = bar_colours(background, text_colour)
        metrics = self.fontMetrics()
        row_height = self._row_height()
        label_width = self._label_width(metrics)
        value_width = self._value_width(metrics)
        top = 0
        if self._title:
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, 0, self.width(), row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._title,
            )
            painter.setFont(self.font())
            top = row_height
        bar_left = label_width + GAP
        bar_area = max(self.width() - bar_left - GAP - value_width, 1)
        bar_height = max(metrics.height() - 2, 6)
        for row, gender in enumerate(GENDER_ORDER):
            y = top + row * row_height
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                gender_label(gender),
            )
            length = self.bar_fraction(gender) * bar_area
            bar_top = y + (row_height - bar_height) / 2
            if length > 0:
                colour = colours[gender]
                rect = QRectF(bar_left, bar_top, max(length, 2), bar_height)
                painter.fillRect(rect, QBrush(colour, PATTERNS[gender]))
                painter.setPen(QPen(colour, 1))
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(bar_left + length + GAP, y, value_width + GAP, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._value_label(gender),
            )
        painter.end()
