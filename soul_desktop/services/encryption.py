"""The encrypted database at rest: its state, a new passphrase, encrypting an unencrypted file.

A SQLite database is encrypted with SQLCipher under a passphrase nothing can recover: there
is no key escrow and no back door. PostgreSQL relies on the server's own access control; none
of this applies to it (`state(...).applies` is False).
"""

from __future__ import annotations

from soul_desktop.domain.encryption import (
    EncryptionOutcome,
    EncryptionState,
    check_new_passphrase,
)
from soul_desktop.domain.enums import InstallationRole
from soul_desktop.domain.errors import DatabaseOpenError, PassphraseRequiredError, SoulError
from soul_desktop.domain.records import InstallationInfo
from soul_desktop.services import installation, keyring_store
from soul_desktop.services.setup import OpenedDatabase, open_application_database
from soul_desktop.storage import database as storage
from soul_desktop.storage import encryption as files
from soul_desktop.storage.database import Database, DatabaseLocation

# Why `open_for_init` refused: the caller words the way to give a passphrase (CLI or dialog).
INIT_NEEDS_PASSPHRASE = "init.passphrase_needed"


class InitNeedsPassphraseError(PassphraseRequiredError):
    """A new installation's database would be made unencrypted without being asked to."""

    code = INIT_NEEDS_PASSPHRASE


def state(database: Database, *, ask_keyring: bool = True) -> EncryptionState:
    """The database's encryption and, with `ask_keyring`, what the keyring knows of it.

    Start-up passes False: loading and asking the keyring takes a moment, and an unencrypted
    database has no passphrase to remember.
    """
    applies = database.location.path is not None
    if not (applies and ask_keyring):
        return EncryptionState(applies=applies, encrypted=database.encrypted)
    return EncryptionState(
        applies=True,
        encrypted=database.encrypted,
        remembered=database.encrypted and keyring_store.is_remembered(database.location),
        keyring_available=keyring_store.available(),
    )


def keyring_available() -> bool:
    return keyring_store.available()


def is_encrypted(location: DatabaseLocation) -> bool:
    """Whether the file at `location` is encrypted, from its first bytes (no passphrase needed).

    False for a server, a missing file or an unencrypted one; a file that is no SQLite
    database at all is refused (DatabaseOpenError).
    """
    return storage.file_kind(location) == files.ENCRYPTED


def change_passphrase(
    database: Database, current: str, new: str, repeated: str | None = None
) -> None:
    """Re-encrypt the database under `new`; `current` must unlock it.

    Refuses a new passphrase that breaks a rule (ValidationError), a wrong current one
    (WrongPassphraseError), and a database another program has open (DatabaseInUseError);
    each leaves the file as it was.
    """
    new_text = check_new_passphrase(new, repeated, current=current)
    storage.change_passphrase(database, current, new_text)


def encrypt(
    database: Database,
    passphrase: str,
    repeated: str | None = None,
    *,
    keep_backup: bool = False,
    make_backup: bool = True,
) -> EncryptionOutcome:
    """Encrypt the unencrypted SQLite database in place, safely (storage.encryption).

    The unencrypted backup taken first is removed once the encrypted file is checked and in
    place, unless `keep_backup`; older unencrypted backups next to the database are listed in
    the outcome, so the user can be told to remove them.
    """
    text = check_new_passphrase(passphrase, repeated)
    kept = storage.encrypt_database(
        database, text, make_backup=make_backup, keep_backup=keep_backup
    )
    path = database.location.path
    assert path is not None
    others = tuple(p for p in files.unencrypted_backups(path) if p != kept)
    return EncryptionOutcome(kept_backup=kept, unencrypted_backups=others)


def open_for_init(
    location: DatabaseLocation, passphrase: str | None, *, allow_unencrypted: bool = False
) -> OpenedDatabase:
    """The database `init` sets an installation up in: encrypted under `passphrase`.

    A new file is made encrypted. An existing unencrypted one that has no installation yet is
    encrypted in place first (it holds reference data only, so without a backup). Without a
    passphrase a SQLite database is refused (InitNeedsPassphraseError, nothing written) unless
    `allow_unencrypted` says a throw-away database is wanted. A database that already has an
    installation is returned as it is: `installation.initialise` refuses it with its reason.
    PostgreSQL ignores the passphrase.
    """
    if location.path is None:
        return open_application_database(location, create=True)
    kind = storage.file_kind(location)
    if passphrase is not None and kind != files.ENCRYPTED:
        # It becomes this database's passphrase: the rules for a new one apply.
        passphrase = check_new_passphrase(passphrase)
    if kind in (files.MISSING, files.EMPTY):
        if passphrase is None and not allow_unencrypted:
            raise _needs_passphrase(location)
        return open_application_database(location, create=True, passphrase=passphrase)
    opened = open_application_database(location, create=False, passphrase=passphrase)
    database = opened.database
    try:
        if database.encrypted or installation.current(database) is not None:
            return opened
        if passphrase is not None:
            storage.encrypt_database(database, passphrase, make_backup=False)
        elif not allow_unencrypted:
            raise _needs_passphrase(location)
    except BaseException:
        database.dispose()
        raise
    return opened


def _needs_passphrase(location: DatabaseLocation) -> InitNeedsPassphraseError:
    return InitNeedsPassphraseError(
        f"the new installation's database {location.describe()} is encrypted and needs a passphrase"
    )


def initialise_installation(
    database: Database,
    role: InstallationRole,
    region_code: str | None,
    name: str,
    passphrase: str | None,
    repeated: str | None = None,
) -> InstallationInfo:
    """The first-run dialog's one call: encrypt the new database, then set the installation up.

    Every answer is checked before anything is written. Encryption comes first, so a crash in
    between leaves an encrypted database without an installation (the dialog asks again),
    never an unencrypted installation. An installation-less database holds reference data
    only, so it is encrypted without a backup. `passphrase` None keeps it unencrypted (a
    database that is encrypted already, or PostgreSQL).
    """
    installation.validate(role, region_code, name)
    needs_encryption = passphrase is not None and not database.encrypted
    if needs_encryption:
        assert passphrase is not None
        text = check_new_passphrase(passphrase, repeated)
        if database.location.path is None:
            raise DatabaseOpenError("a PostgreSQL database is protected by the server instead")
        if installation.current(database) is not None:
            raise SoulError("this database already belongs to an installation")
        storage.encrypt_database(database, text, make_backup=False)
    return installation.initialise(database, role, region_code, name)
