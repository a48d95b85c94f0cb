from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.core.translation.errors import MissingPackError
from desktop.gui import workers
from desktop.gui.workers import TaskCancelled, TaskControl, run_task


def test_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    outcome: list[object] = []
    gui_thread = threading.current_thread()
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(result: object, error: BaseException | None) -> None:
        outcome.append((result, error, threading.current_thread()))

    task = run_task(work, done)
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [(42, None, gui_thread)]
    assert worker_threads[0] is not gui_thread
    assert not task.running
    assert workers.running_tasks() == []


def test_every_exception_is_delivered_as_the_error(qtbot: QtBot) -> None:
    outcome: list[tuple[object, BaseException | None]] = []

    def work() -> None:
        raise ValueError("broken")

    run_task(work, lambda result, error: outcome.append((result, error)))
    qtbot.waitUntil(lambda: bool(outcome))
    result, error = outcome[0]
    assert result is None
    assert isinstance(error, ValueError)


def test_explained_failures_are_logged_without_a_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    outcome: list[BaseException | None] = []

    def no_pack() -> None:
        raise MissingPackError("ar", "en")

    def bug() -> None:
        raise KeyError("bug")

    with caplog.at_level(logging.INFO, logger=workers.__name__):
        run_task(no_pack, lambda result, error: outcome.append(error))
        qtbot.waitUntil(lambda: len(outcome) == 1)
        run_task(bug, lambda result, error: outcome.append(error))
        qtbot.waitUntil(lambda: len(outcome) == 2)
    explained, unexpected = caplog.records
    assert explained.levelno == logging.INFO and explained.exc_info is None
    assert "no language pack installed" in explained.getMessage()
    assert unexpected.levelno == logging.ERROR and unexpected.exc_info is not None


def test_progress_in_order_and_cancel(qtbot: QtBot) -> None:
    seen: list[object] = []
    outcome: list[tuple[object, BaseException | None]] = []
    started = threading.Event()
    release = threading.Event()

    def work(control: TaskControl) -> str:
        for step in range(3):
            control.report(step)
        started.set()
        release.wait(5)
        control.raise_if_cancelled()
        return "not cancelled"

    task = run_task(
        work,
        lambda result, error: outcome.append((result, error)),
        on_progress=seen.append,
        with_control=True,
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [0, 1, 2]
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0][1], TaskCancelled)
    assert workers.wait_for_all(5000)


def test_no_callback_once_the_context_is_gone(qtbot: QtBot) -> None:
    outcome: list[object] = []
    release = threading.Event()
    context = QObject()
    task = run_task(lambda: release.wait(5), lambda r, e: outcome.append(r), context=context)
    context.deleteLater()
    qtbot.waitUntil(lambda: task.cancelled)
    release.set()
    qtbot.waitUntil(lambda: not task.running)
    assert outcome == []


@pytest.mark.usefixtures("inline_workers")
def test_inline_mode_runs_before_returning() -> None:
    outcome: list[object] = []
    run_task(lambda: "now", lambda result, error: outcome.append(result))
    assert outcome == ["now"]


def test_a_slot_lets_the_latest_task_win(qtbot: QtBot) -> None:
    """Starting a task in a slot supersedes the one before: it is asked to stop and its result
    is never delivered, even when it finishes later."""
    slot = workers.TaskSlot()
    first_may_finish = threading.Event()
    outcome: list[tuple[str, object, BaseException | None]] = []

    def slow(control: TaskControl) -> str:
        first_may_finish.wait(5)
        return "first"

    first = slot.start(slow, lambda r, e: outcome.append(("first", r, e)), with_control=True)
    second = slot.start(lambda: "second", lambda r, e: outcome.append(("second", r, e)))
    assert first.cancelled  # asked to stop
    first_may_finish.set()
    qtbot.waitUntil(lambda: not first.running and not second.running)
    qtbot.wait(50)
    assert outcome == [("second", "second", None)]
    assert slot.task is second and not slot.running


def test_cancelling_a_slot_reports_the_cancel_and_dropping_reports_nothing(qtbot: QtBot) -> None:
    slot = workers.TaskSlot()
    outcome: list[BaseException | None] = []

    def until_cancelled(control: TaskControl) -> None:
        while not control.cancelled.is_set():
            control.cancelled.wait(0.01)

    slot.start(until_cancelled, lambda _r, e: outcome.append(e), with_control=True)
    assert slot.running
    slot.cancel()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], TaskCancelled)

    task = slot.start(until_cancelled, lambda _r, e: outcome.append(e), with_control=True)
    slot.drop()
    qtbot.waitUntil(lambda: not task.running)
    qtbot.wait(50)
    assert len(outcome) == 1 and slot.task is None
