"""Where Nashra's log goes: standard error and `nashra.log` in the log folder.

The desktop app sets this up before Qt is imported (`setup_logging`); the crash handler makes sure
the file is there even when the GUI was started some other way (`ensure_log_file`), so the error
dialog can point to a file that holds the traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.core import paths

LOG_FILE_NAME = "nashra.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(debug: bool = False) -> None:
    """Log at INFO (DEBUG with `debug`) to standard error and to the log file."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format=LOG_FORMAT)
    ensure_log_file()


def ensure_log_file() -> logging.FileHandler | None:
    """Make sure the root logger writes to the log file.

    Returns the handler when one had to be added (None when there already was one, or when the
    file cannot be written: a read-only home must not stop the app; that is logged).
    """
    target = log_file()
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, logging.FileHandler) and existing.baseFilename == str(target):
            return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(target, encoding="utf-8")
    except OSError as error:
        log.warning("Cannot write the log file %s: %s", target, error)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.DEBUG if root.level == logging.DEBUG else logging.INFO)
    root.addHandler(handler)
    return handler
