"""The installed Qt bindings survive many signal emits (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(int)

app = QCoreApplication([])
source = Source()
before = sys.getrefcount(True)
for value in range(5000):
    source.changed.emit(value)
print(before - sys.getrefcount(True))
"""


def test_emit_keeps_its_references() -> None:
    # In a subprocess: the broken release aborts the interpreter rather than failing an assert.
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 50
