"""Guards against known PySide6 defects, each applied only where the defect is detected."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 64
_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_its_result() -> bool:
    """True when SignalInstance.emit() hands back its result without a reference of its own.

    PySide6 6.12.0 on Python 3.11 does: every emit() from Python then drops one reference to
    True, and after some hundreds of emits the interpreter aborts ("bool_dealloc: deallocating
    True or False"). Python 3.12 made True immortal, so there the defect does no harm and is
    not detected here. The probe's own lost references are given back when it finds the leak.
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    probe.deleteLater()
    if lost >= _PROBE_EMITS // 2:
        for _ in range(_PROBE_EMITS):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


def apply() -> bool:
    """Install the guards this PySide6 needs; returns whether the emit guard was installed."""
    global _applied
    if _applied:
        return True
    if not emit_leaks_its_result():
        return False
    original: Callable[..., Any] = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        # Supply the reference emit() should have taken, so dropping the result is balanced.
        incref(ctypes.py_object(result))
        return result

    emit.__doc__ = original.__doc__
    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
