"""The one helper that runs background work and hands results back on the GUI thread.

    task = run_task(fn, on_done)                         # fn() -> T
    task = run_task(fn, on_done, on_progress=cb, with_control=True)  # fn(control) -> T
    task.cancel()

* `on_done(result, error)` is called exactly once, on the GUI thread: `(result, None)` on success,
  `(None, exception)` on failure (every exception is caught and logged; a NashraError,
  an explained failure, at info level without a traceback), `(None, TaskCancelled())`
  after `cancel()` once `fn` has returned. It is not called if `context` (a QObject) was destroyed.
* With `with_control=True`, `fn` receives a `TaskControl`: `control.cancelled` (a
  threading.Event), `control.raise_if_cancelled()`, and `control.report(value)` which calls
  `on_progress(value)` on the GUI thread, in order.
* `task.running` is the busy flag; `running_tasks()` lists all unfinished tasks.
* `TaskSlot`: at most one task of a kind for one owner (the tab's translation, the summary):
  starting a new one supersedes the one before, whose callbacks are then never called (the
  latest request wins; a superseded result is not news).
* `wait_for_all(ms)` cancels nothing; call `cancel_all()` first at shutdown.
* `with inline_mode():` (tests): `fn` runs at once in the calling thread and the callbacks are
  called before `run_task` returns.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop.core.errors import NashraError

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any, BaseException | None], None]
ProgressCallback = Callable[[Any], None]

_inline = False
_pool: QThreadPool | None = None


class TaskCancelled(Exception):
    """The error `on_done` receives when the task was cancelled."""


@contextlib.contextmanager
def inline_mode() -> Iterator[None]:
    """Run the tasks started inside the block synchronously in the calling thread (tests)."""
    global _inline
    before, _inline = _inline, True
    try:
        yield
    finally:
        _inline = before


def thread_pool() -> QThreadPool:
    """Nashra's own pool, so waiting for it at exit does not wait for Qt's internal jobs."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
    return _pool


class TaskControl:
    """What a running function sees: a cancel flag and a progress reporter."""

    def __init__(self, report: Callable[[Any], None]) -> None:
        self.cancelled = threading.Event()
        self._report = report

    def raise_if_cancelled(self) -> None:
        if self.cancelled.is_set():
            raise TaskCancelled

    def report(self, value: Any) -> None:
        """Deliver `value` to `on_progress` on the GUI thread (dropped once cancelled)."""
        if not self.cancelled.is_set():
            self._report(value)


class Task:
    """Handle of one background job; only ever touched on the GUI thread.

    Deliberately not a QObject: the worker thread never holds it, so it can never be freed there
    (a QObject deleted on another thread than its own, while its queued signals are still
    pending, crashes PySide). Results travel through the one long-lived `_Dispatcher`.
    """

    def __init__(
        self,
        task_id: int,
        on_done: DoneCallback,
        on_progress: ProgressCallback | None,
        control: TaskControl,
    ) -> None:
        self.task_id = task_id
        self.control = control
        self.running = True
        self._on_done: DoneCallback | None = on_done
        self._on_progress = on_progress
        self._context_alive = True

    @property
    def cancelled(self) -> bool:
        return self.control.cancelled.is_set()

    def cancel(self) -> None:
        """Ask `fn` to stop; `on_done` then gets a TaskCancelled when it has returned."""
        self.control.cancelled.set()

    def supersede(self) -> None:
        """Ask `fn` to stop, and never call `on_done` or `on_progress` (a newer task replaces
        this one)."""
        self.cancel()
        self._on_done = self._on_progress = None

    def _context_destroyed(self) -> None:
        self._context_alive = False
        self.cancel()

    def _progress(self, value: Any) -> None:
        if self._on_progress is not None and self._context_alive and not self.cancelled:
            self._on_progress(value)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if self.cancelled and error is None:
            result, error = None, TaskCancelled()
        callback, self._on_done, self._on_progress = self._on_done, None, None
        # Drop the callbacks before calling: the callback may hold the last reference to its
        # widget, whose destruction must not find this task half-finished.
        if callback is not None and self._context_alive:
            callback(result, error)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; workers emit through it by task id."""

    progress = Signal(int, object)
    finished = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    def _on_progress(self, task_id: int, value: Any) -> None:
        task = _tasks.get(task_id)
        if task is not None:
            task._progress(value)

    def _on_finished(self, task_id: int, result: Any, error: Any) -> None:
        task = _tasks.pop(task_id, None)
        if task is not None:
            task._finish(result, error)


_dispatcher: _Dispatcher | None = None
_tasks: dict[int, Task] = {}
_next_id = itertools.count(1)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def _execute(dispatcher: _Dispatcher, task_id: int, fn: Callable[[], Any]) -> None:
    """Run `fn` and send the outcome to the GUI thread; runs on the worker (or inline)."""
    try:
        result, error = fn(), None
    except BaseException as caught:  # every failure goes back to the GUI
        if isinstance(caught, NashraError):  # an expected, explained failure (bad file, no pack)
            log.info("background task stopped: %s", caught)
        elif not isinstance(caught, TaskCancelled):
            log.exception("background task failed")
        result, error = None, caught
    dispatcher.finished.emit(task_id, result, error)


class _Runnable(QRunnable):
    """Holds only plain data: the function, the task's id and the long-lived dispatcher."""

    def __init__(self, dispatcher: _Dispatcher, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._dispatcher = dispatcher
        self._task_id = task_id
        self._fn: Callable[[], Any] | None = fn

    def run(self) -> None:
        _yield_to_the_window()
        fn, self._fn = self._fn, None
        if fn is not None:
            _execute(self._dispatcher, self._task_id, fn)


WORKER_NICENESS = 10  # how much lower than the window a worker runs (Unix nice steps)
_niced: set[int] = set()


def _yield_to_the_window() -> None:
    """Run this pool thread below the GUI thread, once.

    A translation keeps every core busy (CTranslate2's own threads, which inherit the niceness of
    the thread that loads the model); at equal priority the window's thread waits its turn behind
    them and a click can take a tenth of a second to answer. Lowered, the workers take what the
    window leaves. Linux and the BSDs give each thread its own niceness; elsewhere nothing is done.
    """
    thread = threading.get_native_id()
    if thread in _niced or not hasattr(os, "setpriority"):
        return
    _niced.add(thread)
    try:
        current = os.getpriority(os.PRIO_PROCESS, thread)
        os.setpriority(os.PRIO_PROCESS, thread, min(19, current + WORKER_NICENESS))
    except OSError as error:
        log.debug("could not lower a worker's priority: %s", error)


def _forget_context(task_id: int) -> None:
    task = _tasks.get(task_id)
    if task is not None:
        task._context_destroyed()


def run_task(
    fn: Callable[..., Any],
    on_done: DoneCallback,
    *,
    on_progress: ProgressCallback | None = None,
    with_control: bool = False,
    context: QObject | None = None,
) -> Task:
    """Run `fn` on the worker pool (see the module docstring for the contract).

    Args:
        fn: the work; `fn()`, or `fn(control)` when `with_control` is true. No Qt widgets in it.
        on_done: `on_done(result, error)` on the GUI thread, exactly once.
        on_progress: receives every `control.report(value)` on the GUI thread.
        with_control: pass a `TaskControl` to `fn`.
        context: when this QObject is destroyed, the task is cancelled and no callback is called.
    """
    dispatcher = _get_dispatcher()
    task_id = next(_next_id)
    control = TaskControl(lambda value: dispatcher.progress.emit(task_id, value))
    task = Task(task_id, on_done, on_progress, control)
    _tasks[task_id] = task
    if context is not None:
        context.destroyed.connect(lambda *_: _forget_context(task_id))
    call: Callable[[], Any] = (lambda: fn(control)) if with_control else fn
    if _inline:
        _execute(dispatcher, task_id, call)
        QCoreApplication.sendPostedEvents(dispatcher)
    else:
        thread_pool().start(_Runnable(dispatcher, task_id, call))
    return task


class TaskSlot:
    """One task at a time for one owner: `start` supersedes the task started before.

    Args:
        context: when this QObject is destroyed, the running task is cancelled and nothing is
            called back (see `run_task`).
    """

    def __init__(self, context: QObject | None = None) -> None:
        self._context = context
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def start(
        self,
        fn: Callable[..., Any],
        on_done: DoneCallback,
        *,
        on_progress: ProgressCallback | None = None,
        with_control: bool = False,
    ) -> Task:
        """Run `fn` as `run_task` does, superseding the slot's previous task."""
        self.drop()
        self.task = run_task(
            fn, on_done, on_progress=on_progress, with_control=with_control, context=self._context
        )
        return self.task

    def cancel(self) -> None:
        """Ask the running task to stop; its `on_done` gets a TaskCancelled when it returns."""
        if self.task is not None and self.task.running:
            self.task.cancel()

    def drop(self) -> None:
        """Stop the running task without calling it back (its result is no longer wanted)."""
        if self.task is not None and self.task.running:
            self.task.supersede()
        self.task = None


def running_tasks() -> list[Task]:
    return [task for task in _tasks.values() if task.running]


def cancel_all() -> None:
    for task in list(_tasks.values()):
        task.cancel()


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Block until every worker has returned (True) or the timeout passed (False)."""
    if _pool is None:
        return True
    return _pool.waitForDone(timeout_ms)
