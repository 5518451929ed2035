"""Refusals in the interface language: worded by code, whole sentences per field, safe fallbacks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from soul_desktop.domain.errors import DatabaseOpenError, ValidationError
from soul_desktop.domain.people import check_name
from soul_desktop.domain.planning import PlanningError, Problem
from soul_desktop.services.identity_numbers import (
    NumberProblem,
    normalise_org_number,
    normalise_personnummer,
)
from soul_desktop.ui import i18n
from soul_desktop.ui.people_forms import NewPersonDialog
from soul_desktop.ui.refusals import as_sentence, refusal_text

PACKAGE = Path(__file__).resolve().parents[2] / "soul_desktop"
# Where refusals get their codes; the interface must have words for every one of them.
CODED_SOURCES = [
    "domain/people.py",
    "domain/enrolment.py",
    "domain/attendance.py",
    "services/people.py",
    "services/enrolment.py",
    "services/attendance.py",
    "services/installation.py",
    "services/gdpr.py",
    "services/fourr_entries.py",
    "services/networks.py",
    "services/profile.py",
    "services/targets.py",
    "domain/fourr.py",
    "domain/networks.py",
    "domain/profile.py",
    "reports/person_record.py",
    "ui/people_forms.py",
]
_CODE = re.compile(r'code="([a-z_]+\.[a-z_]+)"')
SENTINEL = "an english message nobody translated"


def _coded(code: str, field: str | None = None, **params: object) -> ValidationError:
    return ValidationError(SENTINEL, field=field, code=code, params=params)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """The Swedish translators, as the application installs them, taken out again after."""
    installed = i18n.install(qapp, "sv")
    assert installed, "resources/i18n/soul_sv.qm is missing: run `make i18n`"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()


def _refusal(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


# -- Swedish ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("swedish")
def test_identity_number_problems_in_swedish() -> None:
    assert refusal_text(_refusal(normalise_personnummer, "19880320-0018")) == (
        "Personnumrets kontrollsiffra (den sista siffran) stämmer inte med de andra; "
        "troligen är en siffra felskriven."
    )
    assert refusal_text(_refusal(normalise_personnummer, "880320-001")) == (
        "Ett personnummer har 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN); det här har 9."
    )
    assert refusal_text(_refusal(normalise_personnummer, "19881320-0016")) == (
        "Födelsedatumet 1988-13-20 i personnumret finns inte."
    )
    assert refusal_text(_refusal(normalise_personnummer, "19880380-0016")) == (
        "Det här är ett samordningsnummer (dagen är över 60); bara personnummer godtas."
    )
    assert refusal_text(_refusal(normalise_org_number, "556036-079")) == (
        "Ett organisationsnummer har 10 siffror (NNNNNN-NNNN); det här har 9."
    )


@pytest.mark.usefixtures("swedish")
def test_a_required_name_is_a_whole_swedish_sentence_per_field() -> None:
    first = refusal_text(_refusal(check_name, " ", "first_name"))
    last = refusal_text(_refusal(check_name, None, "last_name"))
    assert (first, last) == ("Förnamnet måste fyllas i.", "Efternamnet måste fyllas i.")
    assert refusal_text(_coded("name.too_long", "last_name", limit=200)) == (
        "Efternamnet får vara högst 200 tecken långt."
    )


@pytest.mark.usefixtures("swedish")
def test_enrolment_refusals_in_swedish() -> None:
    assert refusal_text(_coded("enrolment.no_persons")) == "Välj minst en person att anmäla."
    assert refusal_text(_coded("enrolment.course_cancelled", title="Styrelsearbete")) == (
        "Kursen ”Styrelsearbete” är inställd; ingen kan anmälas till den."
    )
    waiting = _coded("enrolment.already_on_course", name="Anna Ek", status="waitlisted")
    assert refusal_text(waiting) == "Anna Ek står redan på kursens väntelista."
    changed = _coded("enrolment.changed_since", name="Anna Ek", status="withdrawn")
    assert refusal_text(changed) == (
        "Anmälan för Anna Ek har ändrats sedan dess (nu: avanmäld) och kan inte tas tillbaka."
    )


@pytest.mark.usefixtures("swedish")
def test_attendance_refusals_in_swedish() -> None:
    assert refusal_text(_coded("attendance.not_enrolled")) == (
        "Personen är inte anmäld till kursen; lägg till personen som drop-in."
    )
    assert refusal_text(_coded("attendance.partial_range", planned=180)) == (
        "Delvis närvarande betyder mer än 0 och mindre än 180 minuter; "
        "markera annars personen som närvarande eller frånvarande."
    )
    assert refusal_text(_coded("attendance.minutes_not_partial", status="absent")) == (
        "Minuter anges bara för delvis närvarande, inte för frånvarande."
    )


@pytest.mark.usefixtures("swedish")
def test_planning_refusals_keep_their_own_swedish_wording() -> None:
    refused = PlanningError(Problem.NEGATIVE, "the capacity is negative", "capacity")
    assert refusal_text(refused) == "Får inte vara negativt."


@pytest.mark.usefixtures("swedish")
def test_fallbacks_in_swedish() -> None:
    # An unknown code: the English message, as a sentence, rather than nothing.
    assert refusal_text(_coded("moon.full")) == "An english message nobody translated."
    assert refusal_text(ValidationError("no code at all")) == "No code at all."
    assert refusal_text(DatabaseOpenError("the file is damaged")) == "The file is damaged."
    # Not one of ours: say that something went wrong, never the exception's class name.
    assert refusal_text(RuntimeError("disk full")) == "Något gick fel: Disk full."
    assert refusal_text(KeyError()) == "Något gick fel."
    assert "KeyError" not in refusal_text(KeyError())


@pytest.mark.usefixtures("swedish")
def test_the_new_person_dialog_words_a_missing_name_in_swedish(qtbot: QtBot) -> None:
    dialog = NewPersonDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    # Once "The förnamn is required": an English sentence with a Swedish noun spliced in.
    assert dialog.first_error.text() == "Förnamnet måste fyllas i."
    assert dialog.last_error.text() == "Efternamnet måste fyllas i."


# -- every code has words ------------------------------------------------------------------------


def _codes_in_sources() -> list[str]:
    codes = set()
    for source in CODED_SOURCES:
        codes.update(_CODE.findall((PACKAGE / source).read_text(encoding="utf-8")))
    # Identity numbers build their codes from the kind of number and the problem.
    codes.update(f"personnummer.{problem.value}" for problem in NumberProblem)
    codes.update(
        f"org_number.{problem}" for problem in ("empty", "format", "length", "check_digit")
    )
    return sorted(codes)


def test_the_sources_are_read() -> None:
    codes = _codes_in_sources()
    assert len(codes) > 50
    assert {"enrolment.no_persons", "personnummer.taken", "installation.name_required"} <= set(
        codes
    )


@pytest.mark.parametrize("code", _codes_in_sources())
def test_every_code_raised_has_its_own_words(code: str) -> None:
    for field in (None, "first_name", "last_name", "declined_personnummer"):
        text = refusal_text(_coded(code, field, name="Anna Ek", count=2, limit=200))
        assert text and text != as_sentence(SENTINEL), code
        assert "%1" not in text and "%2" not in text, text


def test_as_sentence() -> None:
    assert as_sentence("  the name is missing ") == "The name is missing."
    assert as_sentence("Klar.") == "Klar."
    assert as_sentence("") == ""
