"""Remembering a database's passphrase in the operating system's keyring, when the user asks.

The entry is keyed by the database file's absolute path, so two databases on one computer
keep their own passphrases. The keyring (Windows Credential Manager, the macOS Keychain, the
Secret Service on Linux) is the operating system's; SOUL Desktop writes no passphrase to any
file of its own. `keyring` is imported on first use: an unencrypted database never loads it.
Tests replace the backend with an in-memory one (`keyring.set_keyring`).
"""

from __future__ import annotations

import os
from typing import Any

from soul_desktop.domain.errors import SoulError
from soul_desktop.storage.database import Database, DatabaseLocation

SERVICE = "SOUL Desktop database"


class KeyringError(SoulError):
    """The keyring refused to store or remove the passphrase (locked, absent, denied)."""

    code = "keyring.failed"


def _keyring() -> Any:
    import keyring

    return keyring


Target = DatabaseLocation | Database


def _entry(target: Target) -> str | None:
    location = target.location if isinstance(target, Database) else target
    if location.path is None:
        return None
    # One entry per file however its path was written ("a/../soul.db"); Windows paths compare
    # without regard to case (elsewhere normcase changes nothing).
    return os.path.normcase(os.path.normpath(location.path))


def available() -> bool:
    """Whether this computer has a keyring to remember passphrases in."""
    try:
        backend = _keyring().get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        # A keyring that cannot even say what it is cannot be relied on to remember.
        return False


def recall(location: Target) -> str | None:
    """The remembered passphrase of the database at `location`, or None.

    None as well when the keyring cannot be asked (absent, locked and the user said no):
    the caller then asks the user, which is what would happen without a keyring.
    """
    entry = _entry(location)
    if entry is None:
        return None
    try:
        value = _keyring().get_password(SERVICE, entry)
    except Exception:
        return None
    return value if isinstance(value, str) and value else None


def is_remembered(location: Target) -> bool:
    return recall(location) is not None


def remember(location: Target, passphrase: str) -> None:
    """Store the passphrase for this database; KeyringError when the keyring refuses."""
    entry = _entry(location)
    if entry is None:
        raise KeyringError("only a database file has a passphrase to remember")
    try:
        _keyring().set_password(SERVICE, entry, passphrase)
    except Exception as exc:
        raise KeyringError(f"the keyring could not store the passphrase ({exc})") from exc


def forget(location: Target) -> bool:
    """Remove this database's passphrase from the keyring; False when none was there."""
    entry = _entry(location)
    if entry is None:
        return False
    keyring = _keyring()
    from keyring.errors import PasswordDeleteError

    try:
        if keyring.get_password(SERVICE, entry) is None:
            return False
        keyring.delete_password(SERVICE, entry)
    except PasswordDeleteError:
        return False
    except Exception as exc:
        raise KeyringError(f"the keyring could not remove the passphrase ({exc})") from exc
    return True
