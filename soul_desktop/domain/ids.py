"""Record ids: random UUIDs made on the device, derived UUIDs for rows with a natural key."""

from __future__ import annotations

import random
import uuid

# Fixed namespace so every installation derives the same id for the same natural key.
SOUL_NAMESPACE = uuid.UUID("5f0e8c0a-6b1d-4c57-9b7e-2d1a4f3c9e61")

# Changes that come from shipped reference data rather than from any installation.
SEED_INSTALLATION_ID = "00000000-0000-0000-0000-000000000000"


def new_id(rng: random.Random | None = None) -> str:
    """A fresh random id; pass a seeded `rng` for reproducible demo data."""
    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def derived_id(kind: str, *parts: str) -> str:
    """The id of a row identified by its natural key, equal on every installation."""
    return str(uuid.uuid5(SOUL_NAMESPACE, ":".join((kind, *parts))))


def enrolment_id(course_id: str, person_id: str) -> str:
    return derived_id("enrolment", course_id, person_id)


def attendance_id(session_id: str, person_id: str) -> str:
    return derived_id("attendance", session_id, person_id)


def course_area_id(course_id: str, area_code: str) -> str:
    return derived_id("course_area", course_id, area_code)


def course_leader_id(course_id: str, person_id: str) -> str:
    return derived_id("course_leader", course_id, person_id)


def network_member_id(network_id: str, organisation_id: str) -> str:
    return derived_id("network_member", network_id, organisation_id)
