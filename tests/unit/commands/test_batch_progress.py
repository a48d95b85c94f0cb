"""The batch run's progress line: files done, sentences per second, time left; only on a tty."""

from __future__ import annotations

import io

from desktop.commands.batch_progress import BatchProgress, format_duration


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_counts_files_rate_and_time_left() -> None:
    clock = Clock()
    stream = io.StringIO()
    progress = BatchProgress(stream, files=4, total_bytes=4000, enabled=True, clock=clock)
    progress.start_file("a.txt", 1000)
    clock.now += 10
    progress.sentences(50, 100)  # half of the first quarter after 10 s
    line = progress.line()
    assert "0/4 files" in line
    assert "5.0 sentences/s" in line
    assert "1 min 10 s left" in line  # 1/8 done in 10 s: 70 s to go
    assert line.endswith("a.txt")
    progress.sentences(100, 100)
    progress.finish_file()
    assert "1/4 files" in progress.line()
    assert "10.0 sentences/s" in progress.line()
    assert "\r" in stream.getvalue()


def test_a_message_clears_the_line_first() -> None:
    stream = io.StringIO()
    progress = BatchProgress(stream, files=1, total_bytes=10, enabled=True, clock=Clock())
    progress.start_file("a.txt", 10)
    progress.message("nashra-cli: a.txt: the file is empty")
    assert "\r\x1b[K" + "nashra-cli: a.txt: the file is empty\n" in stream.getvalue()


def test_quiet_when_not_a_terminal() -> None:
    stream = io.StringIO()  # isatty() is False
    progress = BatchProgress(stream, files=2, total_bytes=10)
    progress.start_file("a.txt", 5)
    progress.sentences(3, 4)
    progress.finish_file()
    progress.close()
    assert stream.getvalue() == ""


def test_durations_read_as_people_say_them() -> None:
    assert format_duration(42.4) == "42 s"
    assert format_duration(125) == "2 min 05 s"
    assert format_duration(3 * 3600 + 60 * 7) == "3 h 07 min"
