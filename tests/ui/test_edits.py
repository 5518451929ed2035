"""Edits run on the worker, land on the undo stack only when they succeed, and undo exactly."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from soul_desktop.ui.edits import Edit, EditRunner
from soul_desktop.ui.worker import Worker


def test_perform_undo_redo(qtbot: QtBot, worker: Worker) -> None:
    runner = EditRunner(worker)
    store = {"value": 1}
    shown: list[int] = []

    def set_value(value: int) -> int:
        store["value"] = value
        return value

    edit = Edit("Ändra värdet", lambda: set_value(2), lambda: set_value(1), shown.append)
    with qtbot.waitSignal(runner.finished):
        runner.perform(edit)
    assert store["value"] == 2 and shown == [2]
    assert runner.stack.count() == 1 and runner.stack.undoText() == "Ändra värdet"
    with qtbot.waitSignal(runner.finished):
        runner.stack.undo()
    assert store["value"] == 1 and shown == [2, 1]
    with qtbot.waitSignal(runner.finished):
        runner.stack.redo()
    assert store["value"] == 2 and shown == [2, 1, 2]


def test_a_refused_edit_is_not_undoable(qtbot: QtBot, worker: Worker) -> None:
    runner = EditRunner(worker)
    errors: list[Exception] = []

    def refuse() -> None:
        raise ValueError("kapaciteten kan inte vara negativ")

    edit = Edit("Ändra", refuse, lambda: None, lambda _r: None)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.perform(edit)
    # The exception itself, for the window to word in the interface language.
    (refused,) = blocker.args
    assert isinstance(refused, ValueError) and str(refused) == "kapaciteten kan inte vara negativ"
    assert runner.stack.count() == 0
    # With a handler of its own, the caller shows the reason; the window stays quiet.
    with qtbot.assertNotEmitted(runner.failed):
        runner.perform(edit, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert runner.stack.count() == 0
