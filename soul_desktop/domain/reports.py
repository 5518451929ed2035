"""Reports: which there are, what each is asked for, and what every report says about itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.fourr import WHOLE_TIME, FourRUnit, Period

FUNDER_SV = "Europeiska socialfonden"


class ReportKind(StrEnum):
    """The reports, by the name the command line uses (`report KIND`)."""

    SIGNIN = "signin"  # Närvarolista
    MONTHLY = "monthly"  # Närvarorapport
    CERTIFICATE = "certificate"  # Kursintyg
    PARTICIPANTS = "participants"  # Deltagarredovisning
    FOURR = "4r"  # 4R-analys
    TARGETS = "targets"  # Måluppföljning


class ReportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


class ReportError(ValidationError):
    """A report that cannot be made as asked; `code` names why ("report.*")."""


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What a report is about. Each kind uses the fields it needs and refuses missing ones.

    `period` limits dates (both ends included; for `monthly`, the month's first and last
    day); `unit` is the 4R unit (the `4r` report); `hide_small` hides counts of 1–4 persons
    (anything that leaves the region).
    """

    kind: ReportKind
    period: Period = WHOLE_TIME
    region_code: str | None = None
    course_id: str | None = None
    session_id: str | None = None
    person_id: str | None = None
    unit: FourRUnit | None = None
    hide_small: bool = False


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """What every page's header and footer say: programme, funder, period, region, maker."""

    programme: str
    funder: str
    period_text: str
    region_text: str
    installation_name: str
    made_at: dt.datetime
    # The running header names the programme by its short name ("SOUL"), so that the period
    # and the region still fit beside the report's title; `programme` is the whole name.
    programme_short: str = "SOUL"

    @property
    def header_line(self) -> str:
        parts = [self.programme_short, self.funder, self.period_text, self.region_text]
        return " · ".join(p for p in parts if p)

    @property
    def footer_line(self) -> str:
        return f"Skapad {self.made_at:%Y-%m-%d %H:%M} av {self.installation_name} (SOUL Desktop)"


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: str
    format: ReportFormat
    pages: int  # PDF pages; rows written for CSV and XLSX
    # Said in the document too: an empty period, a course without sessions, and so on.
    notes: tuple[str, ...] = ()


def format_for(path: str, allowed: tuple[ReportFormat, ...]) -> ReportFormat:
    """The format a file's ending asks for, refused when this report cannot be written so."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    for candidate in ReportFormat:
        if suffix == candidate.value and candidate in allowed:
            return candidate
    raise ReportError(
        f"this report is written as {', '.join('.' + f.value for f in allowed)}, "
        f"not {'.' + suffix if suffix else 'a file without an ending'}",
        "out",
        code="report.format",
        params={"allowed": ", ".join("." + f.value for f in allowed), "suffix": suffix},
    )


def period_text(period: Period) -> str:
    """ "2010-01-01 – 2010-06-30", "från 2010-01-01", "till och med …", or "hela tiden"."""
    if period.start and period.end:
        return f"{period.start.isoformat()} – {period.end.isoformat()}"
    if period.start:
        return f"från {period.start.isoformat()}"
    if period.end:
        return f"till och med {period.end.isoformat()}"
    return "hela tiden"


def parse_period(text: str) -> Period:
    """ "2010-01..2010-06" (months, whole), "2010-01-15..2010-02-14" (days), "2010-03"."""
    cleaned = text.strip()

    def refuse() -> ReportError:
        return ReportError(
            f"a period is written 2010, 2010-03, 2010-01..2010-06 or 2010-01-15..2010-02-14, "
            f"not {cleaned!r}",
            "period",
            code="report.bad_period",
            params={"text": cleaned},
        )

    start_text, _, end_text = cleaned.partition("..")
    if not end_text:
        end_text = start_text
    try:
        start = _date(start_text, first=True)
        end = _date(end_text, first=False)
    except ValueError:
        raise refuse() from None
    if end < start:
        raise refuse()
    return Period(start, end)


def _date(text: str, *, first: bool) -> dt.date:
    parts = text.strip().split("-")
    if len(parts) == 1 and len(parts[0]) == 4:
        year = int(parts[0])
        return dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        start = dt.date(year, month, 1)
        if first:
            return start
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if len(parts) == 3:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    raise ValueError(text)
