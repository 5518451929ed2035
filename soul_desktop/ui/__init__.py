"""The graphical interface: the only package (with app.py) that imports PySide6."""

from soul_desktop.ui import qt_workarounds

# Before any widget exists: the emit guard must cover every signal the interface sends.
qt_workarounds.apply()
