"""Bar charts by gender: four bars, labels beside each, "< 5" without a bar."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from soul_desktop.domain.enums import Gender
from soul_desktop.domain.fourr import GenderCounts
from soul_desktop.reports.charts import gender_bar_chart, hours_text


def _strings(drawing: object) -> list[str]:
    return [s.text for s in drawing.contents if isinstance(s, String)]  # type: ignore[attr-defined]


def _bars(drawing: object) -> int:
    return sum(
        1
        for s in drawing.contents  # type: ignore[attr-defined]
        if isinstance(s, Rect) and s.fillColor is not None
    )


def test_four_bars_with_count_and_share_written() -> None:
    chart = gender_bar_chart("Anmälda efter kön", GenderCounts(6, 3, 1, 0))
    texts = _strings(chart)
    assert texts[0] == "Anmälda efter kön"
    for label in ("Kvinna", "Man", "Annat", "Ej angivet"):
        assert label in texts
    assert "6 (60\u00a0%)" in texts and "1 (10\u00a0%)" in texts and "0 (0\u00a0%)" in texts
    assert _bars(chart) == 3  # nothing drawn for the zero


def test_hidden_counts_say_less_than_five_and_draw_no_bar() -> None:
    chart = gender_bar_chart(
        "Närvarotimmar",
        GenderCounts(22, 4, 5, 0),
        hidden=frozenset({Gender.MAN}),
        value_text=hours_text,
    )
    texts = _strings(chart)
    assert "< 5" in texts and "22,0" in texts and "5,0" in texts
    assert not any("%" in t for t in texts)  # shares would give the hidden count away
    assert _bars(chart) == 2


def test_all_zero_draws_no_bars() -> None:
    chart = gender_bar_chart("Tomt", GenderCounts())
    assert _bars(chart) == 0 and _strings(chart).count("0") == 4
