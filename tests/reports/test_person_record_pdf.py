"""The register extract as PDF: read back with pypdf (text, pages, metadata, fonts), rendered."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.gdpr import AttendanceData, PersonalRecord
from soul_desktop.reports import pdf_base
from soul_desktop.reports.person_record import export_pdf, export_record
from soul_desktop.services import gdpr
from soul_desktop.storage.database import Database
from tests.services.test_gdpr import FIRST, LAST, PNR, Rich, build_rich_person


@pytest.fixture
def record(regional_db: Database) -> PersonalRecord:
    rich: Rich = build_rich_person(regional_db)
    return gdpr.person_record(regional_db, rich.person_id)


def _text(reader: PdfReader) -> str:
    """All pages' text, white space made single spaces (table cells wrap where they like)."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_pdf_reads_back_with_every_section_and_swedish_letters(
    record: PersonalRecord, tmp_path: Path
) -> None:
    path = tmp_path / "utdrag.pdf"
    pages = export_pdf(record, path)

    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 2
    text = _text(reader)
    for expected in (
        "Registerutdrag",
        "Europeiska socialfonden",
        "Sociala ekonomins organisationer i Utveckling och Lärande",
        FIRST,
        LAST,
        PNR,
        "Östersund",
        "eftergymnasial (ISCED 5–8)",
        "hörslinga, specialkost",
        "Föreningen Bron",
        "Styrelsearbete i praktiken",
        "delvis närvarande",
        "Åsa kom sent, hade ont i knät",
        "Jämtlands sociala ekonomi",
        "ordförande",
        "Sammanslagna dubbletter",
        "Testkontoret",
    ):
        assert expected in text, expected
    assert '"woman"' not in text and "ej angivet (" in text  # review values in words
    for number in range(1, pages + 1):
        assert f"sida {number} av {pages}" in reader.pages[number - 1].extract_text()


def test_title_language_and_embedded_fonts(record: PersonalRecord, tmp_path: Path) -> None:
    path = tmp_path / "utdrag.pdf"
    export_pdf(record, path)

    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == f"Registerutdrag – {FIRST} {LAST}"
    assert reader.metadata.author == "Testkontoret (SOUL Desktop)"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "sv-SE"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descendant["/FontDescriptor"]
    # Only DejaVu Sans (subsets), each embedded: nothing left to the reader's own fonts.
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values())


def test_names_with_markup_characters_are_shown_as_written(
    record: PersonalRecord, tmp_path: Path
) -> None:
    person = dataclasses.replace(record.person, first_name="<b>Ödön</b> & Ægir", last_name="Ñúñez")
    path = tmp_path / "utdrag.pdf"
    export_pdf(dataclasses.replace(record, person=person), path)
    text = _text(PdfReader(path))
    assert "<b>Ödön</b> & Ægir" in text and "Ñúñez" in text


def test_a_long_record_runs_over_many_pages_each_numbered(
    record: PersonalRecord, tmp_path: Path
) -> None:
    template = record.attendance[0]
    many = tuple(
        dataclasses.replace(
            template,
            id=f"a{n}",
            session_starts_at=template.session_starts_at + dt.timedelta(days=n),
            session_ends_at=template.session_ends_at + dt.timedelta(days=n),
        )
        for n in range(400)
    )
    assert isinstance(many[0], AttendanceData)
    path = tmp_path / "lång.pdf"
    pages = export_pdf(dataclasses.replace(record, attendance=many), path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages > 8
    assert f"sida {pages} av {pages}" in reader.pages[-1].extract_text()


def test_the_file_ending_chooses_the_format(record: PersonalRecord, tmp_path: Path) -> None:
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    export_record(record, tmp_path / "utdrag.JSON")
    export_record(record, tmp_path / "utdrag.pdf")
    assert (tmp_path / "utdrag.JSON").read_text(encoding="utf-8").startswith("{")
    assert (tmp_path / "utdrag.pdf").read_bytes().startswith(b"%PDF-")
    with pytest.raises(ValidationError) as caught:
        export_record(record, tmp_path / "utdrag.docx")
    assert caught.value.code == "gdpr.export_format"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["utdrag.JSON", "utdrag.pdf"]


def test_the_fonts_come_with_their_licence() -> None:
    folder = pdf_base.fonts_dir()
    assert {p.name for p in folder.iterdir()} >= {*pdf_base.FONT_FILES.values(), "LICENSE"}
    assert "Bitstream" in (folder / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_every_page_renders(record: PersonalRecord, tmp_path: Path) -> None:
    path = tmp_path / "utdrag.pdf"
    pages = export_pdf(record, path)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "sida")],
        check=True,
        capture_output=True,
    )
    rendered = sorted(tmp_path.glob("sida-*.png"))
    assert len(rendered) == pages
    assert all(p.stat().st_size > 2000 for p in rendered)
