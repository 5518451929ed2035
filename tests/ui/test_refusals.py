"""Refusals in the interface language: worded by code, whole sentences per field, safe fallbacks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from soul_desktop.domain.errors import DatabaseOpenError, ValidationError
from soul_desktop.services.identity_numbers import (
    NumberProblem,
)
from soul_desktop.ui import i18n
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


# -- fallbacks (English: no translator installed) -------------------------------------------------


def test_fallbacks() -> None:
    # An unknown code: the English message, as a sentence, rather than nothing.
    assert refusal_text(_coded("moon.full")) == "An english message nobody translated."
    assert refusal_text(ValidationError("no code at all")) == "No code at all."
    assert refusal_text(DatabaseOpenError("the file is damaged")) == "The file is damaged."
    # Not one of ours: say that something went wrong, never the exception's class name.
    assert refusal_text(RuntimeError("disk full")) == "Something went wrong: Disk full."
    assert refusal_text(KeyError()) == "Something went wrong."


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
