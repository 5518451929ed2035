"""The Swedish translation is complete, and keeps every placeholder and shortcut marker."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from soul_desktop import paths


def messages(language: str) -> list[ET.Element]:
    path = paths.i18n_dir() / f"soul_{language}.ts"
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_translation_is_left_unfinished(language: str) -> None:
    found = messages(language)
    assert found
    unfinished = [
        m.findtext("source")
        for m in found
        if (m.find("translation") is not None and m.find("translation").get("type"))
    ]
    assert unfinished == []


def translated_texts(message: ET.Element) -> list[str]:
    """The translation, or each plural form of a numerus message (its own text is whitespace)."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_swedish_translation_is_filled_in_and_keeps_placeholders() -> None:
    problems = []
    for message in messages("sv"):
        source = message.findtext("source") or ""
        texts = translated_texts(message)
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"Swedish needs two plural forms: {source!r}")
        for translation in texts:
            if not translation.strip():
                problems.append(f"empty: {source!r}")
            for marker in ("%1", "%2", "%n"):
                if (marker in source) != (marker in translation):
                    problems.append(f"{marker} differs: {source!r} -> {translation!r}")
            if ("&" in source) != ("&" in translation):
                problems.append(f"mnemonic differs: {source!r} -> {translation!r}")
    assert problems == []
