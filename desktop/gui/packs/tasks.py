"""Language-pack operations on the worker pool, shared by the banner and the Language Packs dialog.

Each function starts one task (see :mod:`desktop.gui.workers`) and calls `on_done(result, error)`
on the GUI thread. Installs and removals that succeed are announced on
``pack_signals().packs_changed`` so every tab can re-check whether its pair is now translatable.
Only :func:`fetch_index_task` and :func:`download_task` touch the network, and only when the user
asked for it; :func:`cached_pack` reads the index copy cached by an earlier fetch.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core import packs
from desktop.core.errors import NashraError
from desktop.gui.bidi import isolate
from desktop.gui.packs.signals import pack_signals
from desktop.gui.settings import INDEX_URL, Settings
from desktop.gui.workers import Task, TaskCancelled, TaskControl, run_task

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]
Progress = Callable[[int, int | None], None]  # bytes done, total bytes (None: unknown)


def index_url(settings: Settings) -> str | None:
    """The index URL from the settings; None means the core's default (argos's)."""
    return settings[INDEX_URL] or None


def cached_pack(from_code: str, to_code: str, url: str | None = None) -> packs.AvailablePack | None:
    """The pack for a pair in the cached copy of the index at `url` (None: the default one),
    without touching the network."""
    try:
        cached = packs.load_cached_index(url)
        return cached.find(from_code, to_code) if cached is not None else None
    except (packs.PackError, ImportError) as exc:
        log.debug("No cached index entry for %s→%s: %s", from_code, to_code, exc)
        return None


def is_cancel(error: BaseException | None) -> bool:
    return isinstance(error, (TaskCancelled, packs.DownloadCancelledError))


def describe_error(error: BaseException) -> str:
    """What went wrong, in plain words, for a message in the interface."""
    detail = error.reason if isinstance(error, NashraError) else str(error)
    if isinstance(error, packs.IndexUnavailableError):
        return QCoreApplication.translate(
            "PackActions",
            "Nashra could not reach the list of language packs: you may be offline. "
            "You can still install a pack from a file (.argosmodel).",
        ) + _detail(error.detail)
    if is_cancel(error):
        return QCoreApplication.translate(
            "PackActions", "The download was cancelled. Nothing was installed."
        )
    if isinstance(error, packs.ChecksumMismatchError):
        return QCoreApplication.translate(
            "PackActions",
            "The downloaded file is damaged (it does not match the expected checksum). "
            "Nothing was installed. Please try again.",
        )
    if isinstance(error, packs.DownloadError):
        return QCoreApplication.translate(
            "PackActions", "The download failed. Nothing was installed."
        ) + _detail(detail)
    if isinstance(error, packs.PackTooLargeError):
        return QCoreApplication.translate(
            "PackActions", "This file is too large to be a language pack. Nothing was installed."
        )
    if isinstance(error, packs.InvalidPackError):
        return QCoreApplication.translate(
            "PackActions", "This file is not a usable language pack. Nothing was installed."
        ) + _detail(detail)
    if isinstance(error, packs.PackVersionError):
        return QCoreApplication.translate(
            "PackActions", "A newer version of this language pack is already installed."
        )
    if isinstance(error, packs.PackNotAvailableError):
        return QCoreApplication.translate(
            "PackActions", "The list of language packs offers no pack for these languages."
        )
    if isinstance(error, packs.ReadOnlyPackError):
        return QCoreApplication.translate(
            "PackActions", "This language pack comes with Nashra and cannot be removed."
        )
    if isinstance(error, packs.PackNotInstalledError):
        return QCoreApplication.translate(
            "PackActions", "This language pack is no longer installed."
        )
    if isinstance(error, NashraError):
        return detail
    return QCoreApplication.translate("PackActions", "Something unexpected went wrong.") + _detail(
        str(error) or type(error).__name__
    )


def _detail(text: str) -> str:
    """The core's own words (English) on a line of their own, in their own direction."""
    if not text:
        return ""
    return "\n" + QCoreApplication.translate("PackActions", "Details: %1").replace(
        "%1", isolate(text)
    )


def _weak(callback: Callable[..., None]) -> Callable[..., None]:
    """The callback without a strong reference to its widget.

    A task outlives the widget that started it; holding the widget through a bound method would
    make the task's end delete a parentless widget from inside the task's own clean-up.
    """
    if not inspect.ismethod(callback):
        return callback
    method = weakref.WeakMethod(callback)

    def call(*args: Any) -> None:
        alive = method()
        if alive is not None:
            alive(*args)

    return call


def _announce(on_done: Done) -> Done:
    weak_done = _weak(on_done)

    def done(result: Any, error: BaseException | None) -> None:
        if error is None:
            pack_signals().packs_changed.emit()
        weak_done(result, error)

    return done


def _progress(on_progress: Callable[[Any, Any], None] | None) -> Callable[[Any], None] | None:
    """A task's (a, b) reports as on_progress(a, b), without holding its widget."""
    if on_progress is None:
        return None
    weak_progress = _weak(on_progress)
    return lambda value: weak_progress(value[0], value[1])


def list_installed_task(
    on_done: Done, *, folders: packs.PackFolders | None = None, context: QObject | None = None
) -> Task:
    return run_task(lambda: packs.list_installed(folders), _weak(on_done), context=context)


def fetch_index_task(
    on_done: Done, *, url: str | None = None, context: QObject | None = None
) -> Task:
    return run_task(lambda: packs.fetch_index(url), _weak(on_done), context=context)


def download_task(
    from_code: str,
    to_code: str,
    on_done: Done,
    *,
    on_progress: Progress | None = None,
    index: packs.PackIndex | None = None,
    url: str | None = None,
    folders: packs.PackFolders | None = None,
    context: QObject | None = None,
) -> Task:
    """Fetch the index at `url` (unless given), then download and install the pair's newest
    pack."""

    def work(control: TaskControl) -> Any:
        return packs.download_pack(
            from_code,
            to_code,
            index=index,
            index_url=url,
            folders=folders,
            progress=lambda done, total: control.report((done, total)),
            cancel=control.cancelled,
        )

    return run_task(
        work,
        _announce(on_done),
        on_progress=_progress(on_progress),
        with_control=True,
        context=context,
    )


def install_file_task(
    path: str | Path,
    on_done: Done,
    *,
    folders: packs.PackFolders | None = None,
    context: QObject | None = None,
) -> Task:
    return run_task(
        lambda: packs.install_pack_file(Path(path), folders), _announce(on_done), context=context
    )


def remove_task(
    from_code: str,
    to_code: str,
    on_done: Done,
    *,
    folders: packs.PackFolders | None = None,
    context: QObject | None = None,
) -> Task:
    return run_task(
        lambda: packs.remove_pack(from_code, to_code, folders), _announce(on_done), context=context
    )


def choose_pack_file(parent: QWidget, on_chosen: Callable[[str], None]) -> QFileDialog:
    """A non-modal file chooser for .argosmodel files; deleted when closed."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("PackActions", "Install a Language Pack from a File"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation),
        QCoreApplication.translate(
            "PackActions",
            "Language packs and OPUS-MT models (*.argosmodel *.zip);;All files (*)",
        ),
    )
    dialog.setObjectName("pack_file_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


# -- OPUS-MT models ---------------------------------------------------------------------------
InstallStep = Callable[[str, float], None]  # step ("checking", "converting"...), overall 0..1


def is_model_zip(path: str | Path) -> bool:
    """An OPUS-MT release zip (installed by conversion), not an argos pack."""
    return Path(path).suffix.casefold() == ".zip"


def list_models_task(on_done: Done, *, context: QObject | None = None) -> Task:
    """Every installed model of both kinds (`desktop.core.translation.models.ModelInfo`)."""

    def work() -> Any:
        from desktop.core.translation.models import list_models

        return list_models()

    return run_task(work, _weak(on_done), context=context)


def install_model_task(
    path: str | Path,
    on_done: Done,
    *,
    on_step: InstallStep | None = None,
    context: QObject | None = None,
) -> Task:
    """Check, unpack, convert and install an OPUS-MT release zip; cancellable between steps."""

    def work(control: TaskControl) -> Any:
        from desktop.core.models.opus_install import install_opus_zip

        return install_opus_zip(
            Path(path),
            progress=lambda step, fraction: control.report((step, fraction)),
            cancel=control.cancelled,
        )

    return run_task(
        work, _announce(on_done), on_progress=_progress(on_step), with_control=True, context=context
    )


def download_model_task(
    model_id: str,
    on_done: Done,
    *,
    on_progress: Progress | None = None,
    on_step: InstallStep | None = None,
    url: str | None = None,
    context: QObject | None = None,
) -> Task:
    """Download a pinned OPUS-MT release from its official address, then install it."""

    def work(control: TaskControl) -> Any:
        from desktop.core.models.opus_install import download_opus_model

        return download_opus_model(
            model_id,
            progress=lambda done, total: control.report(("bytes", done, total)),
            install_progress=lambda step, fraction: control.report(("step", step, fraction)),
            cancel=control.cancelled,
            url=url,
        )

    weak_progress = _weak(on_progress) if on_progress is not None else None
    weak_step = _weak(on_step) if on_step is not None else None

    def report(value: Any) -> None:
        if value[0] == "bytes" and weak_progress is not None:
            weak_progress(value[1], value[2])
        elif value[0] == "step" and weak_step is not None:
            weak_step(value[1], value[2])

    return run_task(
        work, _announce(on_done), on_progress=report, with_control=True, context=context
    )


def remote_size_task(url: str, on_done: Done, *, context: QObject | None = None) -> Task:
    """The size the server reports for `url` (None if it does not say), before a download."""

    def work() -> Any:
        from desktop.core.models.opus_install import remote_size

        return remote_size(url)

    return run_task(work, _weak(on_done), context=context)


def remove_model_task(model_id: str, on_done: Done, *, context: QObject | None = None) -> Task:
    def work() -> Any:
        from desktop.core.translation.models import remove_model

        return remove_model(model_id)

    return run_task(work, _announce(on_done), context=context)


def install_step_label(step: str) -> str:
    labels = {
        "checking": QCoreApplication.translate("PackActions", "Checking the release…"),
        "unpacking": QCoreApplication.translate("PackActions", "Unpacking…"),
        "converting": QCoreApplication.translate(
            "PackActions", "Converting the model for CTranslate2 (this takes a while)…"
        ),
        "loading": QCoreApplication.translate("PackActions", "Checking that the model loads…"),
        "placing": QCoreApplication.translate("PackActions", "Putting the model in place…"),
    }
    return labels.get(step, step)


def conversion_warning() -> str:
    return QCoreApplication.translate(
        "PackActions",
        "Nashra converts an OPUS-MT release to run it offline. For a Transformer-big model this "
        "takes a minute or two and about 1-1.5 GB of memory; the window stays usable and you "
        "can cancel. The finished model takes about 220-300 MB.",
    )
