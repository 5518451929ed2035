"""Report requests: periods as typed on the command line, formats by a file's ending."""

from __future__ import annotations

import datetime as dt

import pytest

from soul_desktop.domain.fourr import Period
from soul_desktop.domain.reports import (
    ReportError,
    ReportFormat,
    format_for,
    parse_period,
    period_text,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2010-01..2010-06", Period(D(2010, 1, 1), D(2010, 6, 30))),
        ("2010-02", Period(D(2010, 2, 1), D(2010, 2, 28))),
        ("2012-02", Period(D(2012, 2, 1), D(2012, 2, 29))),
        ("2010-12", Period(D(2010, 12, 1), D(2010, 12, 31))),
        ("2010", Period(D(2010, 1, 1), D(2010, 12, 31))),
        ("2009..2010-06", Period(D(2009, 1, 1), D(2010, 6, 30))),
        ("2010-01-15..2010-02-14", Period(D(2010, 1, 15), D(2010, 2, 14))),
        (" 2010-03..2010-03-10 ", Period(D(2010, 3, 1), D(2010, 3, 10))),
    ],
)
def test_periods_are_read_as_whole_months_or_days(text: str, period: Period) -> None:
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["", "201", "2010-13", "2010-06..2010-01", "mars", "2010-02-30"])
def test_a_period_that_cannot_be_read_is_refused_with_a_code(text: str) -> None:
    with pytest.raises(ReportError) as refused:
        parse_period(text)
    assert refused.value.code == "report.bad_period"


def test_formats_follow_the_ending_and_what_the_report_allows() -> None:
    both = (ReportFormat.PDF, ReportFormat.XLSX)
    assert format_for("a/b/Rapport.PDF", both) is ReportFormat.PDF
    assert format_for("lista.xlsx", both) is ReportFormat.XLSX
    for path in ("lista.csv", "lista", "lista.pdf.docx"):
        with pytest.raises(ReportError) as refused:
            format_for(path, both)
        assert refused.value.code == "report.format"
        assert refused.value.params["allowed"] == ".pdf, .xlsx"


def test_period_text_says_open_ends_in_words() -> None:
    assert period_text(Period()) == "hela tiden"
    assert period_text(Period(D(2010, 1, 1), None)) == "från 2010-01-01"
    assert period_text(Period(None, D(2010, 6, 30))) == "till och med 2010-06-30"
    assert period_text(Period(D(2010, 1, 1), D(2010, 6, 30))) == "2010-01-01 – 2010-06-30"
