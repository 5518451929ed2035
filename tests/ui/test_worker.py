"""The background worker: results and errors come back as signals, calls run one at a time."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from soul_desktop.domain.errors import SoulError
from soul_desktop.ui.worker import Worker


def test_result_arrives_on_the_job_and_the_worker(qtbot: QtBot, worker: Worker) -> None:
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as general:
        job = worker.submit(lambda a, b: a + b, 40, b=2)
        with qtbot.waitSignal(job.succeeded, timeout=5000) as specific:
            pass
    assert specific.args == [42]
    assert general.args == [job.job_id, 42]
    assert worker.pending() == 0


def test_an_exception_is_delivered_as_the_error_signal(qtbot: QtBot, worker: Worker) -> None:
    def refuse() -> None:
        raise SoulError("the database is locked")

    with qtbot.waitSignal(worker.failed, timeout=5000) as general:
        job = worker.submit(refuse)
        with qtbot.waitSignal(job.failed, timeout=5000) as specific:
            pass
    (exc,) = specific.args
    assert isinstance(exc, SoulError)
    assert str(exc) == "the database is locked"
    assert general.args == [job.job_id, exc]


def test_an_unexpected_exception_is_delivered_too(qtbot: QtBot, worker: Worker) -> None:
    job = worker.submit(lambda: 1 / 0)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_calls_run_in_order_on_one_thread_that_is_not_the_gui(qtbot: QtBot, worker: Worker) -> None:
    seen: list[tuple[int, int | None]] = []

    def record(number: int) -> None:
        seen.append((number, threading.get_ident()))

    jobs = [worker.submit(record, number) for number in range(20)]
    with qtbot.waitSignal(jobs[-1].succeeded, timeout=5000):
        pass
    assert [number for number, _thread in seen] == list(range(20))
    threads = {thread for _number, thread in seen}
    assert len(threads) == 1
    assert threads != {threading.get_ident()}


def test_shutdown_finishes_queued_calls_then_runs_no_new_ones(qtbot: QtBot) -> None:
    worker = Worker()
    done: list[int] = []
    for number in range(5):
        worker.submit(done.append, number)
    worker.shutdown()
    assert done == [0, 1, 2, 3, 4]
    worker.submit(done.append, 5)  # a page answering while the window closes: ignored
    assert done == [0, 1, 2, 3, 4]
    worker.shutdown()  # a second call is harmless


def test_latest_reads_hand_on_only_the_newest_answer_per_question(
    qtbot: QtBot, worker: Worker
) -> None:
    from PySide6.QtCore import QObject

    from soul_desktop.ui.worker import LatestReads

    owner = QObject()
    errors: list[Exception] = []
    reads = LatestReads(owner, worker, errors.append)
    answers: list[object] = []
    release = threading.Event()

    def slow(value: str) -> str:
        release.wait(5)
        return value

    reads.load("list", slow, "old", done=answers.append)
    reads.load("list", lambda: "new", done=answers.append)
    reads.load("other", lambda: 1 / 0, done=answers.append)
    release.set()
    with qtbot.waitSignal(worker.failed, timeout=5000):
        pass
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)
    assert answers == ["new"]
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_a_call_after_shutdown_is_ignored_and_never_answers(qtbot: QtBot) -> None:
    worker = Worker()
    worker.shutdown()
    ran: list[int] = []
    job = worker.submit(lambda: ran.append(1))
    with qtbot.assertNotEmitted(job.succeeded, wait=100), qtbot.assertNotEmitted(job.failed):
        pass
    assert ran == [] and worker.pending() == 0
