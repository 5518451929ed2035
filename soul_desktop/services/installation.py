"""Setting up this installation (role, region, name) and reading who it is."""

from __future__ import annotations

import datetime as dt

from soul_desktop.domain import ids
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import ValidationError
from soul_desktop.domain.records import InstallationInfo, RegionChoice
from soul_desktop.services.setup import reference
from soul_desktop.storage import installations
from soul_desktop.storage.database import Database
from soul_desktop.storage.unit_of_work import UnitOfWork

MAX_NAME_LENGTH = 200


def validate(role: InstallationRole, region_code: str | None, name: str) -> tuple[str | None, str]:
    """Check the answers of `init` or the first-run dialog before anything is written."""
    clean_name = " ".join(name.split())
    if not clean_name:
        raise ValidationError(
            "the installation needs a name", field="name", code="installation.name_required"
        )
    if len(clean_name) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"the name is longer than {MAX_NAME_LENGTH} characters",
            field="name",
            code="installation.name_too_long",
            params={"limit": MAX_NAME_LENGTH},
        )
    codes = reference().region_codes()
    if role is InstallationRole.CENTRAL:
        if region_code:
            raise ValidationError(
                "a central installation has no region",
                field="region",
                code="installation.central_has_region",
            )
        return None, clean_name
    if not region_code:
        raise ValidationError(
            f"a {role.value} installation needs --region",
            field="region",
            code="installation.region_required",
            params={"role": role.value},
        )
    code = region_code.strip().upper()
    if code not in codes:
        raise ValidationError(
            f"unknown region code {region_code!r}; use one of {', '.join(sorted(codes))}",
            field="region",
            code="installation.unknown_region",
            params={"region": region_code, "codes": ", ".join(sorted(codes))},
        )
    return code, clean_name


def initialise(
    database: Database, role: InstallationRole, region_code: str | None, name: str
) -> InstallationInfo:
    code, clean_name = validate(role, region_code, name)
    with UnitOfWork(database) as uow:
        info = installations.create_local(
            uow.session,
            installation_id=ids.new_id(),
            name=clean_name,
            role=role,
            region_code=code,
            created_at=dt.datetime.now().replace(microsecond=0),
        )
        uow.commit()
    return info


def current(database: Database) -> InstallationInfo | None:
    with UnitOfWork(database) as uow:
        return installations.local_installation(uow.session)


def known_installations(database: Database) -> list[InstallationInfo]:
    """Every installation this one knows of: itself and those whose bundles it imported."""
    with UnitOfWork(database) as uow:
        return installations.known(uow.session)


def region_choices(database: Database) -> list[RegionChoice]:
    with UnitOfWork(database) as uow:
        return installations.regions(uow.session)
