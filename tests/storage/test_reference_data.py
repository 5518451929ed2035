"""Reference data loads once, corrects changed rows, and never overwrites profile edits."""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa

from soul_desktop.domain.reference import Region
from soul_desktop.services import setup
from soul_desktop.storage import reference_data
from soul_desktop.storage.database import Database
from soul_desktop.storage.models import Municipality, Target
from soul_desktop.storage.models import Region as RegionRow
from soul_desktop.storage.statistics import table_counts
from soul_desktop.storage.unit_of_work import UnitOfWork


def test_loading_again_changes_nothing(empty_db: Database) -> None:
    with UnitOfWork(empty_db) as uow:
        before = table_counts(uow.session)
        assert reference_data.load(uow.session, setup.reference()) is False
        uow.commit()
    with UnitOfWork(empty_db) as uow:
        assert table_counts(uow.session) == before
        assert before["municipality"] == 290 and before["region"] == 8


def test_changed_reference_files_update_names_but_keep_profile_edits(
    regional_db: Database,
) -> None:
    data = setup.reference()
    renamed = tuple(
        Region(r.code, "Norra Mellansverige (nytt)", r.name_en) if r.code == "SE31" else r
        for r in data.regions
    )
    changed = dataclasses.replace(data, regions=renamed, digest="changed")
    with UnitOfWork(regional_db) as uow:
        target = uow.session.scalar(sa.select(Target).where(Target.code == "M1-networks"))
        assert target is not None
        target.value = 7  # edited at central
        uow.session.flush()
        assert reference_data.load(uow.session, changed) is True
        uow.commit()
    with UnitOfWork(regional_db) as uow:
        assert uow.session.get(RegionRow, "SE31").name_sv == "Norra Mellansverige (nytt)"
        assert uow.session.scalar(sa.select(Target.value).where(Target.code == "M1-networks")) == 7
        assert uow.session.scalar(sa.select(sa.func.count()).select_from(Municipality)) == 290
