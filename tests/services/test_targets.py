"""Targets, region standings, activities and drill-downs against the hand-worked dataset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.targets import CourseBrief, DrillDown, PersonBrief
from soul_desktop.services import installation, setup, targets
from soul_desktop.storage.database import Database
from tests import fourr_dataset
from tests.fourr_dataset import TODAY, Dataset


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Dataset]]:
    location = (
        str(tmp_path / "central.db")
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    opened = setup.open_application_database(setup.locate(location), create=True)
    installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Central")
    yield opened.database, fourr_dataset.build(opened.database)
    opened.database.dispose()


def test_targets_and_standings(world: tuple[Database, Dataset]) -> None:
    db, data = world
    o = targets.overview(db, today=TODAY)
    assert o.region_code is None
    by_code = {t.code: t for t in o.targets}
    collaborating = by_code["M1-collaborating-participants"]
    # Completed a training course: A C I in SE11, E in SE12 (A only partly there): 4 persons.
    assert (collaborating.value, collaborating.target) == (4, 170)
    assert {r.region_code: r.value for r in collaborating.regions} == {
        "SE11": 3,
        "SE12": 1,
        "SE22": 0,
        "SE23": 0,
        "SE32": 0,
    }
    assert {r.nominal for r in collaborating.regions} == {30}
    other = by_code["M1-other-participants"]
    # Attended in SE21: F, and A through her merged duplicate H: counted once.
    assert other.value == 2
    assert {r.region_code: r.value for r in other.regions} == {"SE21": 2, "SE31": 0, "SE33": 0}
    networks = by_code["M1-networks"]
    assert networks.value == 1  # SE12's is not formed yet, SE21's formed date is to come
    coverage = by_code["M1-area-coverage"]
    assert coverage.value == 1  # SE21: C8 covers all seven
    assert not any(t.reached for t in o.targets)

    standing = {s.region_code: s for s in o.regions}
    assert len(standing) == 8
    se11 = standing["SE11"]
    assert (se11.completed_persons, se11.attended_persons) == (3, 3)
    assert se11.network_id == data.networks["N11"] and se11.has_network
    # C1's two areas; C7 has no session, C5 is a study trip.
    assert se11.areas_covered == ("NAT-1", "NAT-2")
    assert len(se11.areas_missing) == 5
    se12 = standing["SE12"]
    assert (se12.completed_persons, se12.attended_persons) == (1, 2)
    assert se12.network_name == "Nätverk SE12" and not se12.has_network
    assert se12.areas_covered == ("NAT-2",)  # C6 was cancelled
    assert standing["SE21"].covers_all_areas and standing["SE21"].collaborating is False

    trip = next(a for a in o.activities if a.code == "3.1.1")
    assert trip.occurrences_held == 1 and trip.occurrences_planned == 2
    assert {r.region_code: r.participants for r in trip.regions}["SE11"] == 1
    assert len(o.milestones) == 5


def test_drill_downs_list_what_the_numbers_count(world: tuple[Database, Dataset]) -> None:
    db, data = world
    persons = targets.drill_down(db, DrillDown.COMPLETED_PERSONS, "SE11")
    assert all(isinstance(p, PersonBrief) for p in persons)
    assert [p.name for p in persons] == [
        "FörnamnA ÅkessonA",
        "FörnamnC ÅkessonC",
        "FörnamnI ÅkessonI",
    ]
    everyone = targets.drill_down(db, DrillDown.COMPLETED_PERSONS, None, "collaborating")
    assert len(everyone) == 4
    a = next(p for p in everyone if p.id == data.persons["A"])
    assert a.region_codes == ("SE11",)  # her partly completed SE12 course does not count
    attended_other = targets.drill_down(db, DrillDown.ATTENDED_PERSONS, None, "other")
    assert {p.id for p in attended_other} == {data.persons["A"], data.persons["F"]}
    courses = targets.drill_down(db, DrillDown.AREA_COURSES, "SE21")
    assert all(isinstance(c, CourseBrief) for c in courses)
    assert [c.title for c in courses] == ["Kurs C3", "Kurs C8"]
    assert courses[1].area_codes == tuple(f"NAT-{n}" for n in range(1, 8))
    trip = targets.drill_down(db, DrillDown.ACTIVITY_PERSONS, None, "3.1.1")
    assert [p.id for p in trip] == [data.persons["A"]]
    assert targets.drill_down(db, DrillDown.NETWORK, "SE11", data.networks["N11"]) == ()
    assert targets.drill_down(db, DrillDown.NETWORK, None) == ()  # no network meetings held
    with pytest.raises(ValidationError) as refused:
        targets.drill_down(db, DrillDown.ACTIVITY_PERSONS, "SE11")
    assert refused.value.code == "targets.activity_required"


def test_a_region_counts_its_own_region_only(regional_db: Database) -> None:
    o = targets.overview(regional_db, today=TODAY)
    assert o.region_code == "SE32"
    assert [s.region_code for s in o.regions] == ["SE32"]
    collaborating = next(t for t in o.targets if t.code == "M1-collaborating-participants")
    assert [r.region_code for r in collaborating.regions] == ["SE32"]
    other = next(t for t in o.targets if t.code == "M1-other-participants")
    assert other.regions == () and other.value == 0
