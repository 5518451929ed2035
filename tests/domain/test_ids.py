"""Derived ids converge across installations; random ids are reproducible when seeded."""

from __future__ import annotations

import random
import uuid

from soul_desktop.domain import ids


def test_attendance_id_depends_only_on_session_and_person() -> None:
    assert ids.attendance_id("s1", "p1") == ids.attendance_id("s1", "p1")
    assert ids.attendance_id("s1", "p1") != ids.attendance_id("s1", "p2")
    assert ids.attendance_id("s1", "p1") != ids.enrolment_id("s1", "p1")


def test_derived_ids_are_uuids() -> None:
    assert uuid.UUID(ids.enrolment_id("c", "p")).version == 5


def test_seeded_ids_repeat_and_unseeded_ones_do_not() -> None:
    assert ids.new_id(random.Random(3)) == ids.new_id(random.Random(3))
    assert ids.new_id() != ids.new_id()
    assert uuid.UUID(ids.new_id(random.Random(3))).version == 4
