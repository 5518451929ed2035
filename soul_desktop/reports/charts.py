"""Horizontal bar charts by gender for the PDF reports (reportlab.graphics).

Every chart has four bars, always in the same order: Kvinna, Man, Annat, Ej angivet. Each
bar has its gender written at its left and its value (with the share of the total, where a
share means something) written at its right, so nothing is said by colour alone; the fills
differ in pattern as well (solid dark, solid light, stripes, outline with dots) so that a
black-and-white print keeps them apart. A count hidden as small (1–4 persons, when small
counts are hidden) draws no bar and says "< 5".
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from soul_desktop.domain.enums import Gender
from soul_desktop.domain.fourr import GENDER_ORDER, SMALL_COUNT_LIMIT, GenderCounts
from soul_desktop.reports import pdf_base

GENDER_SV = {
    Gender.WOMAN: "Kvinna",
    Gender.MAN: "Man",
    Gender.OTHER: "Annat",
    Gender.NOT_STATED: "Ej angivet",
}
HIDDEN_TEXT = f"< {SMALL_COUNT_LIMIT}"

DARK = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#E8A33D")
STRIPE = colors.HexColor("#2E6B3A")
OUTLINE = colors.HexColor("#4A5058")

BAR_HEIGHT = 11.0
BAR_GAP = 4.0
TITLE_SIZE = 9.0
LABEL_SIZE = 8.0
LABEL_WIDTH = 62.0
VALUE_WIDTH = 110.0
TITLE_HEIGHT = 16.0
PAD = 4.0


def number_text(value: float, decimals: int = 0) -> str:
    """Swedish numbers: a space between thousands (no-break) and a decimal comma."""
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return "0" if text in ("-0", "-0,0") else text


def percent_text(share: float) -> str:
    return f"{number_text(share * 100)}\u00a0%"


def persons_text(value: float) -> str:
    return number_text(round(value))


def hours_text(value: float) -> str:
    return number_text(value, 1)


def money_text(value: float) -> str:
    return f"{number_text(value)}\u00a0kr"


def _stripes(x: float, y: float, width: float, height: float) -> list[Line]:
    """Diagonal lines (45°) filling the rectangle, clipped to it."""
    lines: list[Line] = []
    step = 3.5
    offset = -height
    while offset < width:
        sx, sy = x + offset, y
        ex, ey = x + offset + height, y + height
        if sx < x:
            sy += x - sx
            sx = x
        if ex > x + width:
            ey -= ex - (x + width)
            ex = x + width
        if ex > sx:
            lines.append(Line(sx, sy, ex, ey, strokeColor=STRIPE, strokeWidth=0.8))
        offset += step
    return lines


def _dots(x: float, y: float, width: float, height: float) -> list[Circle]:
    dots: list[Circle] = []
    step = 4.0
    cy = y + height / 2
    cx = x + step / 2
    while cx < x + width - 1:
        dots.append(Circle(cx, cy, 0.8, fillColor=OUTLINE, strokeColor=None))
        cx += step
    return dots


def _bar(gender: Gender, x: float, y: float, width: float, height: float) -> list[object]:
    """One bar in its gender's fill: solid dark, solid light, stripes, or outline with dots."""
    if gender is Gender.WOMAN:
        return [Rect(x, y, width, height, fillColor=DARK, strokeColor=DARK, strokeWidth=0.5)]
    if gender is Gender.MAN:
        return [Rect(x, y, width, height, fillColor=LIGHT, strokeColor=OUTLINE, strokeWidth=0.5)]
    if gender is Gender.OTHER:
        return [
            Rect(x, y, width, height, fillColor=colors.white, strokeColor=None),
            *_stripes(x, y, width, height),
            Rect(x, y, width, height, fillColor=None, strokeColor=STRIPE, strokeWidth=0.8),
        ]
    return [
        Rect(x, y, width, height, fillColor=colors.white, strokeColor=OUTLINE, strokeWidth=0.8),
        *_dots(x, y, width, height),
    ]


def gender_bar_chart(
    title: str,
    values: GenderCounts,
    *,
    hidden: frozenset[Gender] = frozenset(),
    value_text: Callable[[float], str] = persons_text,
    shares: bool = True,
    width: float | None = None,
) -> Drawing:
    """Four horizontal bars (Kvinna, Man, Annat, Ej angivet) under `title`.

    `hidden` genders draw no bar and say "< 5"; while any gender is hidden, no shares are
    written (they would give the hidden number away), as in the tables.
    """
    pdf_base.register_fonts()
    font = pdf_base.FONT
    total_width = width if width is not None else pdf_base.CONTENT_WIDTH
    rows = len(GENDER_ORDER)
    height = TITLE_HEIGHT + rows * BAR_HEIGHT + (rows - 1) * BAR_GAP + 2 * PAD
    drawing = Drawing(total_width, height)
    drawing.add(
        String(0, height - TITLE_SIZE - 1, title, fontName=pdf_base.FONT_BOLD, fontSize=TITLE_SIZE)
    )
    bar_left = LABEL_WIDTH
    bar_room = max(20.0, total_width - LABEL_WIDTH - VALUE_WIDTH)
    visible = [max(0.0, values.get(g)) for g in GENDER_ORDER if g not in hidden]
    largest = max(visible, default=0.0)
    show_shares = shares and not hidden and values.total > 0
    axis_top = height - TITLE_HEIGHT - PAD
    for index, gender in enumerate(GENDER_ORDER):
        y = axis_top - (index + 1) * BAR_HEIGHT - index * BAR_GAP
        text_y = y + (BAR_HEIGHT - LABEL_SIZE) / 2 + 1
        drawing.add(String(0, text_y, GENDER_SV[gender], fontName=font, fontSize=LABEL_SIZE))
        if gender in hidden:
            label = HIDDEN_TEXT
            end = bar_left
        else:
            value = max(0.0, values.get(gender))
            length = bar_room * value / largest if largest > 0 else 0.0
            if length > 0:
                for shape in _bar(gender, bar_left, y, max(length, 1.0), BAR_HEIGHT):
                    drawing.add(shape)
            end = bar_left + length
            label = value_text(values.get(gender))
            share = values.share(gender)
            if show_shares and share is not None:
                label = f"{label} ({percent_text(share)})"
        drawing.add(String(end + 4, text_y, label, fontName=font, fontSize=LABEL_SIZE))
    # The axis the bars start from.
    bottom = axis_top - rows * BAR_HEIGHT - (rows - 1) * BAR_GAP
    drawing.add(Line(bar_left, bottom - 1, bar_left, axis_top + 1, strokeColor=OUTLINE))
    return drawing
