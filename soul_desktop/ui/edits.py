"""Undoable edits: each runs a service call on the worker and lands on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from soul_desktop.ui.worker import Worker


@dataclass(frozen=True, slots=True)
class Edit:
    """One user change: `forward` makes it, `backward` takes it back, `apply` shows the result.

    Both directions are complete service calls with every argument fixed in advance (ids made
    before the first run, earlier values taken from the record on screen), so redo repeats
    exactly what was done and undo restores exactly what was there. `apply` runs in the GUI
    thread with whatever the service call returned.
    """

    text: str
    forward: Callable[[], Any]
    backward: Callable[[], Any]
    apply: Callable[[Any], None]


class _EditCommand(QUndoCommand):
    def __init__(self, runner: EditRunner, edit: Edit) -> None:
        super().__init__(edit.text)
        self._runner = runner
        self._edit = edit
        self._first = True

    def redo(self) -> None:
        if self._first:
            # Pushed only after the first run succeeded; nothing to do again now.
            self._first = False
            return
        self._runner._run(self._edit.forward, self._edit.apply, self._edit.text)

    def undo(self) -> None:
        self._runner._run(self._edit.backward, self._edit.apply, self._edit.text)


class EditRunner(QObject):
    """Owns the undo stack; every change the user makes goes through `perform`.

    `failed` carries the exception when a change (or its undo or redo) is refused and the
    caller gave no `on_error` handler of its own (`ui.refusals.refusal_text` words it);
    `finished` fires after each successful run, for views that want to refresh totals.
    """

    failed = Signal(object)  # the exception
    finished = Signal(str)

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stack = QUndoStack(self)

    def perform(self, edit: Edit, on_error: Callable[[Exception], None] | None = None) -> None:
        """Run `edit.forward`; when it succeeds, apply its result and make it undoable."""
        job = self.worker.submit(edit.forward)

        def succeeded(result: Any) -> None:
            edit.apply(result)
            self.stack.push(_EditCommand(self, edit))
            self.finished.emit(edit.text)

        def failed(exc: Exception) -> None:
            # A caller with its own handler shows the refusal next to the field; a second
            # message from the window would only repeat it.
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(exc)

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)

    def _run(self, call: Callable[[], Any], apply: Callable[[Any], None], text: str) -> None:
        job = self.worker.submit(call)

        def succeeded(result: Any) -> None:
            apply(result)
            self.finished.emit(text)

        job.succeeded.connect(succeeded)
        job.failed.connect(self.failed.emit)
