"""Reference data (regions, counties, municipalities, legal forms, competence areas, profile)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REFERENCE_FILES = (
    "nuts2_regions.csv",
    "counties.csv",
    "municipalities.csv",
    "legal_forms.csv",
    "competence_areas.csv",
    "soul_profile.toml",
)


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name_sv: str
    name_en: str


@dataclass(frozen=True, slots=True)
class County:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True, slots=True)
class Municipality:
    code: str
    name: str
    county_code: str


@dataclass(frozen=True, slots=True)
class LegalForm:
    code: str
    name_sv: str
    name_en: str


@dataclass(frozen=True, slots=True)
class CompetenceArea:
    code: str
    catalogue: str
    name_sv: str
    name_en: str
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class Target:
    code: str
    goal: int
    text_sv: str
    measure: str
    scope: str | None
    value: int
    per_region_nominal: int | None


@dataclass(frozen=True, slots=True)
class Milestone:
    code: str
    goal: int
    text_sv: str


@dataclass(frozen=True, slots=True)
class Partner:
    name: str
    region_code: str


@dataclass(frozen=True, slots=True)
class TransnationalActivity:
    code: str
    kind: str
    title_sv: str
    participants_per_region: int
    occurrences: int | None
    days: int | None


@dataclass(frozen=True, slots=True)
class ProjectProfile:
    name: str
    short_name: str
    owner: str
    programme_area: str
    funder: str
    granted_esf_sek: int
    total_budget_sek: int
    period_start: dt.date
    period_end: dt.date
    home_region: str
    purpose_sv: str
    collaborating_regions: tuple[str, ...]
    other_regions: tuple[str, ...]
    partners: tuple[Partner, ...] = field(default_factory=tuple)
    targets: tuple[Target, ...] = field(default_factory=tuple)
    milestones: tuple[Milestone, ...] = field(default_factory=tuple)
    activities: tuple[TransnationalActivity, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ReferenceData:
    regions: tuple[Region, ...]
    counties: tuple[County, ...]
    municipalities: tuple[Municipality, ...]
    legal_forms: tuple[LegalForm, ...]
    competence_areas: tuple[CompetenceArea, ...]
    profile: ProjectProfile
    digest: str

    def region_codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.regions)


def _rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def reference_digest(directory: Path) -> str:
    """SHA-256 over the reference files, so a changed file triggers a reload."""
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()


def load_profile(path: Path) -> ProjectProfile:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    project = data["project"]
    return ProjectProfile(
        name=project["name"],
        short_name=project["short_name"],
        owner=project["owner"],
        programme_area=project["programme_area"],
        funder=project["funder"],
        granted_esf_sek=int(project["granted_esf_sek"]),
        total_budget_sek=int(project["total_budget_sek"]),
        period_start=project["period_start"],
        period_end=project["period_end"],
        home_region=project["home_region"],
        purpose_sv=project["purpose_sv"],
        collaborating_regions=tuple(data["regions"]["collaborating"]),
        other_regions=tuple(data["regions"]["other"]),
        partners=tuple(Partner(p["name"], p["region"]) for p in data.get("partner", [])),
        targets=tuple(
            Target(
                code=t["id"],
                goal=int(t["goal"]),
                text_sv=t["text_sv"],
                measure=t["measure"],
                scope=t.get("scope"),
                value=int(t["value"]),
                per_region_nominal=t.get("per_region_nominal"),
            )
            for t in data.get("target", [])
        ),
        milestones=tuple(
            Milestone(m["id"], int(m["goal"]), m["text_sv"]) for m in data.get("milestone", [])
        ),
        activities=tuple(
            TransnationalActivity(
                code=a["id"],
                kind=a["kind"],
                title_sv=a["title_sv"],
                participants_per_region=int(a["participants_per_region"]),
                occurrences=a.get("occurrences"),
                days=a.get("days"),
            )
            for a in data.get("activity", [])
        ),
    )


def load_reference_data(directory: Path) -> ReferenceData:
    """Read and cross-check the shipped reference files; raises ValueError when inconsistent."""
    regions = tuple(
        Region(r["nuts2_code"], r["name_sv"], r["name_en"])
        for r in _rows(directory / "nuts2_regions.csv")
    )
    counties = tuple(
        County(r["county_code"], r["county_name"], r["nuts2_code"])
        for r in _rows(directory / "counties.csv")
    )
    municipalities = tuple(
        Municipality(r["code"], r["name"], r["county_code"])
        for r in _rows(directory / "municipalities.csv")
    )
    legal_forms = tuple(
        LegalForm(r["code"], r["name_sv"], r["name_en"])
        for r in _rows(directory / "legal_forms.csv")
    )
    areas = tuple(
        CompetenceArea(
            r["code"], r["catalogue"], r["name_sv"], r["name_en"], r["parent_code"] or None
        )
        for r in _rows(directory / "competence_areas.csv")
    )
    region_codes = {r.code for r in regions}
    county_codes = {c.code for c in counties}
    area_codes = {a.code for a in areas}
    problems = [
        f"county {c.code} names unknown region {c.region_code}"
        for c in counties
        if c.region_code not in region_codes
    ]
    problems += [
        f"municipality {m.code} names unknown county {m.county_code}"
        for m in municipalities
        if m.county_code not in county_codes
    ]
    problems += [
        f"competence area {a.code} names unknown parent {a.parent_code}"
        for a in areas
        if a.parent_code and a.parent_code not in area_codes
    ]
    if problems:
        raise ValueError("inconsistent reference data: " + "; ".join(problems))
    return ReferenceData(
        regions=regions,
        counties=counties,
        municipalities=municipalities,
        legal_forms=legal_forms,
        competence_areas=areas,
        profile=load_profile(directory / "soul_profile.toml"),
        digest=reference_digest(directory),
    )
