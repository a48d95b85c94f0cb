"""The batch run's progress line on a terminal: files done, sentences per second, time left.

Drawn on standard error and only when it is a terminal, so a log file or a pipe gets the one-line
reports and the summary but no carriage returns. The time left is estimated from bytes (every
input's size is known before the run; its sentences are not until it is read), counting the share
of the current file's sentences already done.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

_REDRAW_SECONDS = 0.1
_BAR_WIDTH = 20


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class BatchProgress:
    """Progress of a run over `files` inputs of `total_bytes` bytes in all.

    Args:
        stream: where to draw (standard error).
        enabled: draw at all; by default when `stream` is a terminal.
        clock: seconds, for tests.
    """

    def __init__(
        self,
        stream: TextIO,
        files: int,
        total_bytes: int,
        *,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.files = files
        self.total_bytes = max(1, total_bytes)
        self.enabled = stream.isatty() if enabled is None else enabled
        self.clock = clock
        self.started = clock()
        self.files_done = 0
        self.sentences_done = 0
        self._bytes_done = 0
        self._current_bytes = 0
        self._current_share = 0.0
        self._current_sentences = 0
        self._name = ""
        self._drawn_at = float("-inf")
        self._shown = False

    def start_file(self, name: str, size: int) -> None:
        self._name = name
        self._current_bytes = size
        self._current_share = 0.0
        self._current_sentences = 0
        self._draw()

    def sentences(self, done: int, total: int) -> None:
        """Within the current file: `done` of its `total` sentences are translated."""
        self.sentences_done += max(0, done - self._current_sentences)
        self._current_sentences = done
        self._current_share = done / total if total else 1.0
        self._draw()

    def finish_file(self) -> None:
        self.files_done += 1
        self._bytes_done += self._current_bytes
        self._current_bytes = 0
        self._current_share = 0.0
        self._current_sentences = 0
        self._draw(force=True)

    def message(self, line: str) -> None:
        """Print a line (a failed input) above the progress line."""
        self._clear()
        print(line, file=self.stream, flush=True)
        self._draw(force=True)

    def close(self) -> None:
        self._clear()

    def line(self) -> str:
        """The progress line as drawn (without the carriage return)."""
        elapsed = max(1e-9, self.clock() - self.started)
        share = (self._bytes_done + self._current_share * self._current_bytes) / self.total_bytes
        share = min(1.0, share)
        filled = round(share * _BAR_WIDTH)
        parts = [
            f"[{'#' * filled}{'-' * (_BAR_WIDTH - filled)}] {self.files_done}/{self.files} files",
            f"{self.sentences_done / elapsed:.1f} sentences/s",
        ]
        if share > 0:
            parts.append(f"{format_duration(elapsed * (1 - share) / share)} left")
        if self._name:
            parts.append(self._name)
        return " · ".join(parts)

    def _draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if not force and now - self._drawn_at < _REDRAW_SECONDS:
            return
        self._drawn_at = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        text = self.line()[:width]
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self._shown = True

    def _clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
