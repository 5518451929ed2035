"""The encryption services: passphrase rules, init's choices, the first run, conversion."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from soul_desktop.domain.encryption import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import (
    AlreadyInitialisedError,
    DatabaseOpenError,
    ValidationError,
    WrongPassphraseError,
)
from soul_desktop.services import encryption, installation, setup
from soul_desktop.storage import encryption as files
from soul_desktop.storage.database import DatabaseLocation

PASSPHRASE = "korrekt häst batteri"


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    ("passphrase", "repeated", "current", "code", "field"),
    [
        ("", None, None, "passphrase.empty", "passphrase"),
        ("kort", None, None, "passphrase.too_short", "passphrase"),
        ("tab\tinside it", None, None, "passphrase.control_character", "passphrase"),
        ("lång nog fras", "lång nog frasX", None, "passphrase.mismatch", "repeat"),
        ("lång nog fras", None, "lång nog fras", "passphrase.unchanged", "passphrase"),
    ],
)
def test_new_passphrase_rules(
    passphrase: str, repeated: str | None, current: str | None, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_new_passphrase(passphrase, repeated, current=current)
    assert (caught.value.code, caught.value.field) == (code, field)
    if code == "passphrase.too_short":
        assert dict(caught.value.params) == {"minimum": MIN_PASSPHRASE_LENGTH}


def test_a_good_passphrase_is_returned_normalised() -> None:
    decomposed = "Go\u0308teborg i maj"
    assert check_new_passphrase(decomposed, "Göteborg i maj") == "Göteborg i maj"
    # Spaces count, at the ends too: what is typed is what unlocks.
    assert check_new_passphrase(" åtta tecken ") == " åtta tecken "


def test_init_makes_a_new_database_encrypted(tmp_path: Path) -> None:
    location = setup.locate(tmp_path / "new.db")
    opened = encryption.open_for_init(location, PASSPHRASE)
    try:
        assert opened.created and opened.database.encrypted
        assert encryption.state(opened.database).encrypted
    finally:
        opened.database.dispose()
    assert encryption.is_encrypted(location)


def test_init_without_a_passphrase_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(encryption.InitNeedsPassphraseError) as caught:
        encryption.open_for_init(setup.locate(tmp_path / "new.db"), None)
    assert caught.value.code == encryption.INIT_NEEDS_PASSPHRASE
    assert list(tmp_path.iterdir()) == []
    opened = encryption.open_for_init(
        setup.locate(tmp_path / "demo.db"), None, allow_unencrypted=True
    )
    opened.database.dispose()
    assert not opened.database.encrypted


def test_init_refuses_a_short_passphrase_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at least"):
        encryption.open_for_init(setup.locate(tmp_path / "new.db"), "kort")
    assert list(tmp_path.iterdir()) == []


def test_init_encrypts_an_unencrypted_database_without_an_installation(
    empty_db_path: Path,
) -> None:
    location = setup.locate(empty_db_path)
    before = _snapshot(empty_db_path.parent)
    with pytest.raises(encryption.InitNeedsPassphraseError):
        encryption.open_for_init(location, None)
    assert set(_snapshot(empty_db_path.parent)) == set(before)
    assert not encryption.is_encrypted(location)
    opened = encryption.open_for_init(location, PASSPHRASE)
    try:
        assert opened.database.encrypted
        installation.initialise(opened.database, InstallationRole.CENTRAL, None, "Central")
    finally:
        opened.database.dispose()
    assert encryption.is_encrypted(location)
    # No unencrypted copy was kept: the file held reference data only.
    assert not list(empty_db_path.parent.glob("*.bak"))


def test_init_on_an_initialised_database_still_says_so(regional_db_path: Path) -> None:
    before = _snapshot(regional_db_path.parent)
    for passphrase in (None, PASSPHRASE):
        opened = encryption.open_for_init(setup.locate(regional_db_path), passphrase)
        try:
            with pytest.raises(AlreadyInitialisedError):
                installation.initialise(opened.database, InstallationRole.CENTRAL, None, "C")
        finally:
            opened.database.dispose()
    assert _snapshot(regional_db_path.parent).keys() == before.keys()
    assert not encryption.is_encrypted(setup.locate(regional_db_path))


def test_postgres_has_nothing_to_encrypt() -> None:
    location = DatabaseLocation.parse("postgresql+psycopg://soul@dbhost/central")
    assert not encryption.is_encrypted(location)


def test_first_run_encrypts_then_sets_up(empty_db_path: Path) -> None:
    opened = setup.open_application_database(setup.locate(empty_db_path), create=False)
    db = opened.database
    try:
        with pytest.raises(ValidationError, match="differ"):
            encryption.initialise_installation(
                db, InstallationRole.REGIONAL, "SE32", "Kontoret", PASSPHRASE, "något annat"
            )
        with pytest.raises(ValidationError) as caught:
            encryption.initialise_installation(
                db, InstallationRole.REGIONAL, None, "Kontoret", PASSPHRASE, PASSPHRASE
            )
        assert caught.value.field == "region"
        # Refused answers: nothing written, the file still unencrypted.
        assert not db.encrypted and installation.current(db) is None
        info = encryption.initialise_installation(
            db, InstallationRole.REGIONAL, "SE32", "Kontoret", PASSPHRASE, PASSPHRASE
        )
        assert db.encrypted and installation.current(db) == info
    finally:
        db.dispose()
    assert encryption.is_encrypted(setup.locate(empty_db_path))


def test_change_passphrase_checks_the_rules_first(tmp_path: Path) -> None:
    path = tmp_path / "soul.db"
    opened = encryption.open_for_init(setup.locate(path), PASSPHRASE)
    db = opened.database
    try:
        db.dispose()
        before = _snapshot(tmp_path)
        for new, repeated in (("kort", "kort"), (PASSPHRASE, PASSPHRASE), ("ny fras här", "x")):
            with pytest.raises(ValidationError):
                encryption.change_passphrase(db, PASSPHRASE, new, repeated)
        with pytest.raises(WrongPassphraseError):
            encryption.change_passphrase(db, "fel fras här", "ny fras här", "ny fras här")
        assert _snapshot(tmp_path) == before
        encryption.change_passphrase(db, PASSPHRASE, "ny fras här", "ny fras här")
        assert installation.current(db) is None
    finally:
        db.dispose()
    setup.open_application_database(
        setup.locate(path), create=False, passphrase="ny fras här"
    ).database.dispose()


def test_encrypt_lists_older_unencrypted_backups(regional_db_path: Path) -> None:
    older = regional_db_path.with_name(regional_db_path.name + ".20250101-120000.bak")
    shutil.copyfile(regional_db_path, older)
    unrelated = regional_db_path.with_name("other.db.20250101-120000.bak")
    shutil.copyfile(regional_db_path, unrelated)
    opened = setup.open_application_database(setup.locate(regional_db_path), create=False)
    try:
        outcome = encryption.encrypt(opened.database, PASSPHRASE, PASSPHRASE)
        assert outcome.kept_backup is None
        assert outcome.unencrypted_backups == (older,)
        with pytest.raises(DatabaseOpenError, match="already encrypted"):
            encryption.encrypt(opened.database, PASSPHRASE)
    finally:
        opened.database.dispose()
    assert files.file_kind(regional_db_path) == files.ENCRYPTED
