"""The gender bar chart: four bars always, values in words, contrast, the hidden state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from soul_desktop.domain.enums import Gender
from soul_desktop.domain.fourr import GENDER_ORDER, GenderCounts
from soul_desktop.ui.widgets.gender_bars import (
    DARK_BACKGROUND_COLOURS,
    LIGHT_BACKGROUND_COLOURS,
    MIN_CONTRAST,
    PATTERNS,
    GenderBars,
    bar_colours,
    contrast_ratio,
)

NB = "\u00a0"


@pytest.fixture(autouse=True)
def swedish_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield


def _bars(qtbot: QtBot) -> GenderBars:
    bars = GenderBars("Anmälda")
    qtbot.addWidget(bars)
    return bars


def test_four_bars_with_count_and_share_and_an_accessible_reading(qtbot: QtBot) -> None:
    bars = _bars(qtbot)
    bars.set_values(GenderCounts(12, 6, 1, 1))
    assert bars.value_texts() == [f"12 (60{NB}%)", f"6 (30{NB}%)", f"1 (5{NB}%)", f"1 (5{NB}%)"]
    assert bars.accessibleName() == "Anmälda"
    assert bars.accessibleDescription() == (
        f"Woman: 12 (60{NB}%); Man: 6 (30{NB}%); Other: 1 (5{NB}%); Not stated: 1 (5{NB}%)."
    )
    assert bars.bar_fraction(Gender.WOMAN) == 1.0
    assert bars.bar_fraction(Gender.MAN) == 0.5
    # Two genders only in the data: still four bars, the empty ones at zero.
    bars.set_values(GenderCounts(3, 1))
    assert len(bars.value_texts()) == 4
    assert bars.value_texts()[2:] == [f"0 (0{NB}%)", f"0 (0{NB}%)"]
    assert bars.bar_fraction(Gender.OTHER) == 0.0


def test_hidden_genders_show_under_5_no_bar_and_no_shares(qtbot: QtBot) -> None:
    bars = _bars(qtbot)
    bars.set_values(GenderCounts(12, 6, 1, 0), hidden={Gender.OTHER})
    assert bars.value_texts() == ["12", "6", "< 5", "0"]
    assert bars.bar_fraction(Gender.OTHER) == 0.0
    assert bars.bar_fraction(Gender.WOMAN) == 1.0
    assert "Other: < 5" in bars.accessibleDescription()
    assert bars.hidden() == frozenset({Gender.OTHER})


def test_values_formatted_by_the_caller_and_no_shares_when_asked(qtbot: QtBot) -> None:
    bars = _bars(qtbot)
    bars.set_values(
        GenderCounts(6.0, 4.5, 0, 0), value_text=lambda v: f"{v:.1f} h", show_shares=False
    )
    assert bars.value_texts() == ["6.0 h", "4.5 h", "0.0 h", "0.0 h"]
    bars.set_values(GenderCounts())
    assert bars.value_texts() == ["0", "0", "0", "0"]
    assert all(bars.bar_fraction(g) == 0 for g in GENDER_ORDER)


def test_size_hint_holds_four_rows_and_the_labels(qtbot: QtBot) -> None:
    bars = _bars(qtbot)
    bars.set_values(GenderCounts(1234, 56, 7, 8))
    hint = bars.sizeHint()
    row = bars.fontMetrics().height()
    assert hint.height() >= 5 * row  # the title and four rows
    assert hint.width() >= bars.fontMetrics().horizontalAdvance("Not stated") + 200
    assert bars.minimumSizeHint().width() <= hint.width()
    bars.set_title("")
    assert bars.sizeHint().height() < hint.height()
    assert bars.accessibleName() == "Distribution by gender"


def test_colours_reach_the_contrast_on_light_and_dark_backgrounds() -> None:
    for background in (QColor("white"), QColor("#efefef")):
        for colour in bar_colours(background, QColor("black")).values():
            assert contrast_ratio(colour, background) >= MIN_CONTRAST
    for background in (QColor("black"), QColor("#2b2b2b")):
        colours = bar_colours(background, QColor("white"))
        assert {c.name() for c in colours.values()} == set(DARK_BACKGROUND_COLOURS.values())
        for colour in colours.values():
            assert contrast_ratio(colour, background) >= MIN_CONTRAST
    # A mid-grey background neither set suits: the text colour stands in.
    grey = QColor("#808080")
    fallback = QColor("black")
    for colour in bar_colours(grey, fallback).values():
        assert colour == fallback or contrast_ratio(colour, grey) >= MIN_CONTRAST
    assert len(set(LIGHT_BACKGROUND_COLOURS.values())) == 4
    assert len(set(PATTERNS.values())) == 4


def test_painting_draws_each_bar_in_its_colour(qtbot: QtBot) -> None:
    bars = _bars(qtbot)
    palette = bars.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    bars.setPalette(palette)
    bars.setAutoFillBackground(True)
    bars.set_values(GenderCounts(10, 5, 0, 0))
    bars.resize(bars.sizeHint())
    image: QImage = bars.grab().toImage()
    woman = QColor(LIGHT_BACKGROUND_COLOURS[Gender.WOMAN])
    colours = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert woman.name() in colours
    # Nothing drawn for "other" (zero): its colour never appears.
    assert LIGHT_BACKGROUND_COLOURS[Gender.OTHER] not in colours
