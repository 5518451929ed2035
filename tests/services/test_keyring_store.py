"""Remembering passphrases in the keyring: round trip, one entry per database, failures."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from soul_desktop.services import keyring_store, setup
from soul_desktop.storage.database import DatabaseLocation
from tests.keyring_backend import MemoryKeyring


def test_remember_recall_forget(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    location = setup.locate(tmp_path / "soul.db")
    assert keyring_store.available()
    assert keyring_store.recall(location) is None
    keyring_store.remember(location, "hemlig fras")
    assert keyring_store.recall(location) == "hemlig fras"
    assert keyring_store.is_remembered(location)
    # Stored under the database file's absolute path, in SOUL Desktop's own service.
    assert memory_keyring.passwords == {
        (keyring_store.SERVICE, str(tmp_path / "soul.db")): "hemlig fras"
    }
    assert keyring_store.forget(location) is True
    assert keyring_store.recall(location) is None
    assert keyring_store.forget(location) is False


def test_each_database_has_its_own_entry(tmp_path: Path) -> None:
    first, second = setup.locate(tmp_path / "a.db"), setup.locate(tmp_path / "b.db")
    keyring_store.remember(first, "första frasen")
    keyring_store.remember(second, "andra frasen")
    # A relative path names the same file as its absolute form.
    assert keyring_store.recall(setup.locate(tmp_path / "x" / ".." / "a.db")) == "första frasen"
    assert keyring_store.recall(first) == "första frasen"
    assert keyring_store.recall(second) == "andra frasen"
    keyring_store.forget(first)
    assert keyring_store.recall(second) == "andra frasen"


def test_a_server_has_no_entry() -> None:
    server = DatabaseLocation.parse("postgresql+psycopg://soul@dbhost/central")
    assert keyring_store.recall(server) is None
    assert keyring_store.forget(server) is False
    with pytest.raises(keyring_store.KeyringError):
        keyring_store.remember(server, "vad som helst")


def test_a_locked_keyring_recalls_nothing_and_refuses_to_store(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    location = setup.locate(tmp_path / "soul.db")
    memory_keyring.fail_with = KeyringLocked("the user said no")
    assert keyring_store.recall(location) is None
    with pytest.raises(keyring_store.KeyringError, match="could not store"):
        keyring_store.remember(location, "hemlig fras")
    with pytest.raises(keyring_store.KeyringError, match="could not remove"):
        keyring_store.forget(location)


def test_no_keyring_on_this_computer(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    location = setup.locate(tmp_path / "soul.db")
    assert not keyring_store.available()
    assert keyring_store.recall(location) is None
    with pytest.raises(keyring_store.KeyringError):
        keyring_store.remember(location, "hemlig fras")
