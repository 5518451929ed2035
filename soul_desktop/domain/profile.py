"""Editing the project profile at central: target values, milestones, collaborating regions.

The records the profile services answer with, and the pure rules their input must meet, so a
dialog can check what was typed before anything is sent (the service checks again).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from soul_desktop.domain.enums import MilestoneStatus
from soul_desktop.domain.errors import ValidationError

# A target larger than this is a typing mistake: the programme counts hundreds of persons.
MAX_TARGET_VALUE = 100_000
MAX_EVIDENCE_NOTE_LENGTH = 4000


class ProfileError(ValidationError):
    """A refused profile edit; `code` is one of the "profile.*" codes below."""


@dataclass(frozen=True, slots=True)
class TargetRecord:
    """A target as the profile states it (its progress is `domain.targets.TargetProgress`)."""

    id: str
    code: str
    goal: int
    text_sv: str
    measure: str
    scope: str | None
    value: int
    per_region_nominal: int | None


@dataclass(frozen=True, slots=True)
class ProgrammeRegionRecord:
    region_code: str
    region_name: str
    collaborating: bool


@dataclass(frozen=True, slots=True)
class TargetValues:
    """The two editable numbers of one target."""

    target_id: str
    value: int
    per_region_nominal: int | None


@dataclass(frozen=True, slots=True)
class ProfileSettings:
    """What the "Edit targets" dialog shows: every target and every programme region."""

    targets: tuple[TargetRecord, ...]
    regions: tuple[ProgrammeRegionRecord, ...]

    def target_values(self) -> tuple[TargetValues, ...]:
        return tuple(TargetValues(t.id, t.value, t.per_region_nominal) for t in self.targets)

    def collaborating(self) -> dict[str, bool]:
        return {r.region_code: r.collaborating for r in self.regions}


def central_only() -> ProfileError:
    return ProfileError(
        "the project profile is edited at the central office only",
        code="profile.central_only",
    )


def check_target_values(value: object, per_region_nominal: object) -> tuple[int, int | None]:
    """A target's value (a whole number above 0) and its per-region share (none, or a whole
    number above 0 and not above the target)."""
    target = _positive(value, "value")
    if per_region_nominal is None:
        return target, None
    nominal = _positive(per_region_nominal, "per_region_nominal")
    if nominal > target:
        raise ProfileError(
            f"a region's share ({nominal}) cannot be larger than the target ({target})",
            field="per_region_nominal",
            code="profile.nominal_above_target",
            params={"nominal": nominal, "target": target},
        )
    return target, nominal


def _positive(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(
            "the value must be a whole number", field=field, code="profile.not_a_number"
        )
    if value <= 0:
        raise ProfileError(
            "the value must be larger than 0", field=field, code="profile.not_positive"
        )
    if value > MAX_TARGET_VALUE:
        raise ProfileError(
            f"the value can be at most {MAX_TARGET_VALUE}",
            field=field,
            code="profile.too_large",
            params={"limit": MAX_TARGET_VALUE},
        )
    return value


def check_milestone(
    status: object, evidence_note: str | None
) -> tuple[MilestoneStatus, str | None]:
    """A known status and a note of at most MAX_EVIDENCE_NOTE_LENGTH characters (blank: none)."""
    try:
        checked = MilestoneStatus(status)
    except ValueError:
        raise ProfileError(
            f"{status!r} is not a milestone status",
            field="status",
            code="choice.unknown",
            params={"value": str(status)},
        ) from None
    note = (evidence_note or "").strip()
    if len(note) > MAX_EVIDENCE_NOTE_LENGTH:
        raise ProfileError(
            f"the evidence note is longer than {MAX_EVIDENCE_NOTE_LENGTH} characters",
            field="evidence_note",
            code="profile.note_too_long",
            params={"limit": MAX_EVIDENCE_NOTE_LENGTH},
        )
    return checked, note or None


def check_collaborating(collaborating: Mapping[str, object]) -> dict[str, bool]:
    result = {}
    for code, flag in collaborating.items():
        if not isinstance(flag, bool):
            raise ProfileError(
                "the answer must be yes or no", field="collaborating", code="flag.not_yes_or_no"
            )
        result[code] = flag
    return result
