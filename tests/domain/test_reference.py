"""The shipped reference files are complete and consistent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soul_desktop import paths
from soul_desktop.domain.reference import load_reference_data


def test_counts_match_the_sources() -> None:
    data = load_reference_data(paths.reference_dir())
    assert len(data.regions) == 8
    assert len(data.counties) == 21
    assert len(data.municipalities) == 290
    assert len(data.legal_forms) == 35
    assert len(data.competence_areas) == 50
    assert sum(a.catalogue == "national" for a in data.competence_areas) == 7


def test_municipality_codes_start_with_their_county_code() -> None:
    data = load_reference_data(paths.reference_dir())
    assert all(m.code[:2] == m.county_code for m in data.municipalities)
    assert any(m.code == "0114" and m.name == "Upplands Väsby" for m in data.municipalities)


def test_profile_carries_targets_milestones_and_region_split() -> None:
    profile = load_reference_data(paths.reference_dir()).profile
    assert str(profile.period_start) == "2009-02-02"
    assert len(profile.collaborating_regions) == 5
    assert len(profile.other_regions) == 3
    assert {t.code: t.value for t in profile.targets}["M1-collaborating-participants"] == 170
    assert len(profile.milestones) == 5
    assert len(profile.activities) == 4


def test_inconsistent_files_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "reference"
    shutil.copytree(paths.reference_dir(), folder)
    counties = folder / "counties.csv"
    counties.write_text(
        counties.read_text(encoding="utf-8").replace(",SE11", ",SE99"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="unknown region SE99"):
        load_reference_data(folder)
