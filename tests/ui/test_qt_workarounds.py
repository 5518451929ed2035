"""The emit guard: emitting from Python many times leaves the reference count of True alone."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import soul_desktop.ui  # noqa: F401  (importing the interface installs the guards)


class Sender(QObject):
    changed = Signal(object)


def test_many_emits_do_not_use_up_true() -> None:
    sender = Sender()
    received: list[object] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(5000):
        sender.changed.emit(number)
    # Without the guard PySide6 6.12 on Python 3.11 loses one reference per emit and aborts.
    assert abs(sys.getrefcount(True) - before) < 50
    assert received == list(range(5000))
