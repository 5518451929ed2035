"""The one background thread that runs database work serially and reports back to the GUI."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

# Job ids start at 1; 0 marks the internal stop call, whose outcome nobody waits for.
_STOP_JOB_ID = 0


class Job(QObject):
    """A handle on one submitted call; exactly one of its signals fires, in the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception the call raised

    def __init__(self, job_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job_id = job_id


class _Runner(QObject):
    """Lives in the worker thread; Qt's event queue hands it one call at a time, in order."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except Exception as exc:
            # Anything may go wrong in a service call; the GUI decides how to tell the user.
            if not _is_expected(exc):
                log.error("background job %d failed", job_id, exc_info=exc)
            self.failed.emit(job_id, exc)
        else:
            self.succeeded.emit(job_id, result)


def _is_expected(exc: BaseException) -> bool:
    from soul_desktop.domain.errors import SoulError

    return isinstance(exc, SoulError)


class Worker(QObject):
    """Runs callables one after another on a single thread.

    One thread, not a pool: SQLite allows one writer, and running every database call of the
    interface here keeps writes in the order the user made them. Results and errors come back
    as signals, delivered in the thread that owns the Worker (the GUI thread), so slots may
    touch widgets directly.
    """

    succeeded = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, exception
    _submitted = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("soul-worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        # Queued across threads: submit() returns at once and the runner takes calls in order.
        self._submitted.connect(self._runner.run)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)
        self._thread.finished.connect(self._runner.deleteLater)
        self._thread.start()

    def submit(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Queue `function(*args, **kwargs)`; connect to the returned Job's signals to hear back.

        After `shutdown` nothing runs any more: the Job returned never answers. An answer that
        arrives while the window closes may make a page ask again; that must not fail.
        """
        if not self._thread.isRunning():
            log.debug("ignored a call submitted after the worker was shut down")
            return Job(next(self._ids), self)
        job = Job(next(self._ids), self)
        self._jobs[job.job_id] = job
        self._submitted.emit(job.job_id, lambda: function(*args, **kwargs))
        return job

    def pending(self) -> int:
        """Jobs submitted whose result has not yet reached the GUI thread."""
        return len(self._jobs)

    def shutdown(self) -> None:
        """Finish the queued calls, then stop the thread; safe to call more than once."""
        if not self._thread.isRunning():
            return
        # Queued behind the calls already submitted, so none of them is dropped half-way.
        self._submitted.emit(_STOP_JOB_ID, self._thread.quit)
        self._thread.wait()
        # Deliver the answers now, while whoever asked still exists; an answer arriving in a
        # later event loop could reach a widget that is already gone.
        QCoreApplication.sendPostedEvents(self)
        for job in self._jobs.values():
            job.deleteLater()
        self._jobs.clear()

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: object) -> None:
        if job_id == _STOP_JOB_ID:
            return
        job = self._jobs.pop(job_id, None)
        self.succeeded.emit(job_id, result)
        if job is not None:
            job.succeeded.emit(result)
            job.deleteLater()

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        if job_id == _STOP_JOB_ID:
            return
        job = self._jobs.pop(job_id, None)
        self.failed.emit(job_id, exc)
        if job is not None:
            job.failed.emit(exc)
            job.deleteLater()


class LatestReads:
    """A page's reads on the worker, where only the newest answer to each question counts.

    `load(key, function, *args, done=...)` runs `function(*args)` on the worker and hands its
    answer to `done` in the GUI thread, unless a newer load under the same `key` was started
    meanwhile or the page is gone. Failures go to `failed`, or to the page's `on_error`.
    """

    def __init__(
        self, owner: QObject, worker: Worker, on_error: Callable[[Exception], None]
    ) -> None:
        self._owner = owner
        self._worker = worker
        self._on_error = on_error
        self._generation: dict[str, int] = {}

    def load(
        self,
        key: str,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        job = self._worker.submit(function, *args)

        def current() -> bool:
            # An answer may arrive after the page is gone, or after a newer question.
            return shiboken6.isValid(self._owner) and self._generation.get(key) == generation

        def succeeded(result: Any) -> None:
            if current():
                done(result)

        def went_wrong(exc: Exception) -> None:
            if current():
                (failed or self._on_error)(exc)

        job.succeeded.connect(succeeded)
        job.failed.connect(went_wrong)
