"""Small words the whole core shares: the cancel flag, the other language, the log file."""

from __future__ import annotations

import logging
import threading

from desktop.core import logs, paths
from desktop.core.cancel import is_cancelled
from desktop.core.language import other_language


def test_a_cancel_flag_is_an_event_or_a_function() -> None:
    event = threading.Event()
    assert not is_cancelled(None)
    assert not is_cancelled(event)
    event.set()
    assert is_cancelled(event)
    assert is_cancelled(lambda: True) and not is_cancelled(lambda: False)


def test_arabic_and_english_are_each_others_other_language() -> None:
    assert other_language("ar") == "en"
    assert other_language("en") == "ar"
    # A language no model translates goes to English, and the request fails naming it.
    assert other_language("fr") == "en"
    assert other_language("fa") == "en"


def test_the_log_file_is_added_once() -> None:
    root = logging.getLogger()
    handler = logs.ensure_log_file()
    try:
        assert handler is not None
        assert logs.log_file() == paths.log_dir() / "nashra.log"
        assert logs.ensure_log_file() is None  # already there
        logging.getLogger("nashra.test").warning("written to the file")
        handler.flush()
        assert "written to the file" in logs.log_file().read_text(encoding="utf-8")
    finally:
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
