"""Shared PDF plumbing for SOUL's reports: embedded fonts, styles, tables, header and footer.

Every report is a ReportLab platypus story built by `build_pdf`, which embeds DejaVu Sans
(resources/fonts, so å, ä, ö and any name render on every machine), sets the document's
title, author, subject and language, shows the title in the viewer's title bar, and draws a
header line and a footer with "sida X av Y" on every page. ReportLab writes neither tagged PDF
nor PDF/A (docs: DESIGN.md); the text is real text, so it can be searched and read aloud.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from soul_desktop import __version__
from soul_desktop.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

PAGE_SIZE = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN

HEADER_GREY = colors.HexColor("#E4E7EB")
ZEBRA_GREY = colors.HexColor("#F5F6F8")
LINE_GREY = colors.HexColor("#9AA1A9")
TEXT_GREY = colors.HexColor("#4A5058")

# "sida 3 av 12": Swedish by default, like the reports themselves.
PAGE_LABEL = "sida {page} av {pages}"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once per process, as one family."""
    from reportlab.lib.fonts import addMapping

    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    # <b> in a paragraph switches to the bold face; there is no italic face, so italic
    # falls back to the upright ones rather than to a built-in font without å, ä, ö.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25, spaceAfter=2 * mm
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=TEXT_GREY
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=6 * mm,
            spaceAfter=2 * mm,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=TEXT_GREY),
        cell=ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        cell_header=ParagraphStyle(
            "cell_header", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10
        ),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters in names or notes are shown, not obeyed."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def heading(title: str) -> list[Flowable]:
    """A section heading that starts a new page rather than sit alone at the bottom of one.

    (keepWithNext would move a whole long table after it to the next page instead.)
    """
    return [CondPageBreak(30 * mm), text(title, styles().heading)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
) -> Table:
    """A table that wraps long cells, repeats its header on every page and stripes its rows.

    `widths` are fractions of the text width (they are scaled to sum to it).
    """
    style = styles()
    data: list[list[Any]] = [[text(h, style.cell_header) for h in header]]
    data.extend([text(cell, style.cell) for cell in row] for row in rows)
    if widths is None:
        widths = [1.0] * len(header)
    total = sum(widths)
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * w / total for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        # Cells are paragraphs with their own font; the table's default (Helvetica, without
        # å, ä, ö) must not be referenced at all.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, LINE_GREY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, LINE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands.extend(("BACKGROUND", (0, r), (-1, r), ZEBRA_GREY) for r in range(2, len(data), 2))
    table.setStyle(TableStyle(commands))
    return table


def field_table(pairs: Sequence[tuple[str, str]], label_share: float = 0.34) -> Table:
    """Label–value pairs in two columns (labels bold), for one record's fields."""
    style = styles()
    data = [[text(label, style.cell_header), text(value, style.cell)] for label, value in pairs]
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * label_share, CONTENT_WIDTH * (1 - label_share)],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, HEADER_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a report says about itself: metadata, and the text of its header and footer."""

    title: str
    subject: str
    author: str
    header: str  # left of the header line on every page
    footer: str  # left of the footer, beside "sida X av Y"
    language: str = "sv-SE"
    keywords: tuple[str, ...] = field(default=())


def fit_text(value: str, room: float, font: str, size: float) -> str:
    """`value`, cut with "…" where it would run past `room` points."""
    if pdfmetrics.stringWidth(value, font, size) <= room:
        return value
    while value and pdfmetrics.stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value.rstrip(" ·") + "…"


def _decorate(canvas: Canvas, info: DocumentInfo, page: int, pages: int) -> None:
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(TEXT_GREY)
    canvas.setStrokeColor(LINE_GREY)
    canvas.setLineWidth(0.4)
    top = height - MARGIN + 6 * mm
    # The title keeps its place on the right; the header gives way, shortened with an ellipsis.
    room = width - 2 * MARGIN - pdfmetrics.stringWidth(info.title, FONT, 7.5) - 6 * mm
    canvas.drawString(MARGIN, top, fit_text(info.header, room, FONT, 7.5))
    canvas.drawRightString(width - MARGIN, top, info.title)
    canvas.line(MARGIN, top - 1.8 * mm, width - MARGIN, top - 1.8 * mm)
    bottom = MARGIN - 9 * mm
    canvas.line(MARGIN, bottom + 3.5 * mm, width - MARGIN, bottom + 3.5 * mm)
    canvas.drawString(MARGIN, bottom, info.footer)
    canvas.drawRightString(width - MARGIN, bottom, PAGE_LABEL.format(page=page, pages=pages))
    canvas.restoreState()


def _canvas_maker(info: DocumentInfo) -> Callable[..., Canvas]:
    """A canvas that holds its pages back until the end, so each can say "av Y"."""

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, info, number, total)
                super().showPage()
            super().save()

    return PageCountingCanvas


def build_pdf(path: str | os.PathLike[str], story: list[Flowable], info: DocumentInfo) -> int:
    """Write the story as a PDF (whole or not at all) and return its number of pages."""
    register_fonts()
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".pdf", dir=target.parent
    )
    os.close(handle)
    document = SimpleDocTemplate(
        temporary,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=", ".join(info.keywords),
        creator=f"SOUL Desktop {__version__}",
        lang=info.language,
        displayDocTitle=True,
        initialFontName=FONT,
    )
    try:
        document.build(story, canvasmaker=_canvas_maker(info))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return int(document.page)


def date_text(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def time_text(value: dt.datetime | None) -> str:
    """ "2026-11-27 14:05": aware times in this computer's zone, naive ones as stored."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")
