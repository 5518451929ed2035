"""The erasure rules: which fields are blanked, which kept, and which rows an erasure covers."""

from __future__ import annotations

import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from soul_desktop.domain import canonical, versions
from soul_desktop.domain.erasure import (
    BLANKS,
    ERASED_NAME,
    KEPT_PERSON_FIELDS,
    ErasedPersons,
    blank_erased,
    erased_fields,
    is_blank,
)
from soul_desktop.storage.models import Person


def test_every_person_column_is_either_blanked_or_kept_for_a_stated_reason() -> None:
    columns = {c.name for c in sa.inspect(Person).columns} - versions.VERSION_COLUMNS
    assert set(BLANKS["person"]) | set(KEPT_PERSON_FIELDS) == columns
    assert not set(BLANKS["person"]) & set(KEPT_PERSON_FIELDS)
    # The aggregates count persons and hours by region and gender: those must stay.
    assert {"partition", "gender"} <= set(KEPT_PERSON_FIELDS)


def test_blanking_a_person_row() -> None:
    row = {
        "id": "p1",
        "first_name": "Åsa",
        "last_name": "Öberg",
        "gender": "woman",
        "personnummer": "19750315-0018",
        "accessibility_needs": "hearing_loop",
        "declined_education": True,
        "hlc": 5,
    }
    blank = blank_erased("person", row)
    assert blank == {
        "id": "p1",
        "first_name": "Raderad",
        "last_name": "person",
        "gender": "woman",
        "personnummer": None,
        "accessibility_needs": "",
        "declined_education": False,
        "hlc": 5,
    }
    assert row["first_name"] == "Åsa"  # a copy; the row given is left alone
    assert is_blank("person", blank) and not is_blank("person", row)


def test_other_tables_lose_their_notes_and_names_only() -> None:
    assert blank_erased("attendance", {"note": "Åsa kom sent", "minutes": 90}) == {
        "note": None,
        "minutes": 90,
    }
    assert blank_erased("network_board_member", {"name": "Åsa", "gender": "woman"}) == {
        "name": ERASED_NAME,
        "gender": "woman",
    }
    assert blank_erased("course", {"title": "Kurs"}) == {"title": "Kurs"}
    assert erased_fields("course") == frozenset()
    assert erased_fields("enrolment_status_change") == {"note"}


@given(
    st.dictionaries(
        st.sampled_from(sorted(BLANKS["person"])),
        # A small explicit alphabet: no Unicode tables to build on the first draw.
        st.none() | st.text(alphabet="aåÖ =+-@\t'", max_size=8),
        max_size=8,
    )
)
def test_blank_values_are_plain_json_and_blanking_twice_changes_nothing(row: dict) -> None:
    once = blank_erased("person", row)
    assert blank_erased("person", once) == once
    assert set(once) == set(row)
    canonical.dumps(once)  # encodes the same in a bundle as in the database


def test_which_rows_an_erasure_covers() -> None:
    erased = ErasedPersons(frozenset({"p1"}), frozenset({"e1"}))
    assert erased and not ErasedPersons()
    assert erased.covers("person", {"id": "p1", "erased_at": None})
    assert erased.covers("person", {"id": "p2", "erased_at": "2026-11-28T10:00:00"})
    assert not erased.covers("person", {"id": "p2", "erased_at": None})
    assert erased.covers("attendance", {"person_id": "p1"})
    assert erased.covers("network_board_member", {"person_id": "p1"})
    assert not erased.covers("network_board_member", {"person_id": None})
    assert erased.covers("enrolment_status_change", {"enrolment_id": "e1"})
    assert not erased.covers("enrolment_status_change", {"enrolment_id": "e2"})
    assert not erased.covers("course", {"id": "p1"})
