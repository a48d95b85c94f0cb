"""Nashra never goes online behind the user's back.

The whole pipeline (every reader, translation with an installed pack, every summary method,
every export, the GUI opening and translating a document) runs inside `offline()`, an audit hook
that sees every socket connect and name lookup in the process. Only the pack manager's index
fetch and download may connect, and only when called.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import pytest

from desktop.core.export import EXPORT_FORMATS, EXPORT_KINDS, export_document
from desktop.core.pipeline import document_from_text, open_document
from desktop.core.summary import METHODS, SummaryLength, summarize
from desktop.core.translation.document_translation import translate_document
from desktop.core.translation.engine import TranslationEngine
from tests.fixtures.opus_fixtures import OpusSet
from tests.offline.articles import EXTENSIONS, REMOTE, write_article
from tests.offline.guard import NetworkAttemptError, network_guard, offline


def _listening_socket() -> socket.socket:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    return server


# -- the guard itself ----------------------------------------------------------------------------
def test_the_guard_stops_and_records_a_loopback_connect() -> None:
    with _listening_socket() as server:
        address = server.getsockname()
        with network_guard() as attempts:
            with pytest.raises(NetworkAttemptError):
                socket.create_connection(address, timeout=2)
            with socket.socket() as client, pytest.raises(NetworkAttemptError):
                client.connect(address)
        assert [a.event for a in attempts] == ["socket.getaddrinfo", "socket.connect"]
        assert attempts[-1].args[1] == address
        # Disarmed, the same connect goes through: the hook only acts inside a guard.
        socket.create_connection(address, timeout=2).close()


def test_the_guard_sees_other_threads_and_swallowed_attempts() -> None:
    def lookup() -> None:
        with contextlib.suppress(Exception):  # code that hides the failure is still caught
            socket.getaddrinfo("example.invalid", 80)

    with pytest.raises(AssertionError, match=r"socket\.getaddrinfo"), offline():
        worker = threading.Thread(target=lookup, name="background")
        worker.start()
        worker.join()


def test_the_guard_records_without_blocking_when_asked() -> None:
    with _listening_socket() as server, network_guard(block=False) as attempts:
        socket.create_connection(server.getsockname(), timeout=2).close()
    assert "socket.connect" in [a.event for a in attempts]


# -- the pipeline --------------------------------------------------------------------------------
def test_the_whole_pipeline_makes_no_connection(tmp_path: Path, argos_packages_dir: Path) -> None:
    files = [write_article(tmp_path, extension) for extension in EXTENSIONS]
    out = tmp_path / "exports"
    out.mkdir()
    with offline():
        engines = {
            pair: TranslationEngine.for_pair(*pair, pack_dirs=[argos_packages_dir])
            for pair in (("ar", "en"), ("en", "ar"))
        }
        documents = [open_document(path) for path in files]
        documents.append(document_from_text("Pasted text. It is English, not Arabic."))
        for document in documents:
            assert document.sentences(), document.source
            assert REMOTE not in "".join(p.text for p in document.paragraphs)
            to_code = "en" if document.language == "ar" else "ar"
            translated = translate_document(document, engines[(document.language, to_code)])
            translations = {sentence_id: t.text for sentence_id, t in translated.items()}
            assert sorted(translations) == [s.id for s in document.sentences()]
            for method in METHODS:
                summary = summarize(document, SummaryLength.sentences(2), method)
            summary_ids = [item.id for item in summary.sentences]
            stem = Path(document.source).name.replace(".", "_")
            for kind in EXPORT_KINDS:
                for fmt in EXPORT_FORMATS:
                    written = export_document(
                        document,
                        out / f"{stem}-{kind}.{fmt}",
                        what=kind,
                        to=fmt,
                        translations=translations,
                        summary_ids=summary_ids,
                    )
                    assert written.stat().st_size > 0
    assert len(list(out.iterdir())) == len(documents) * len(EXPORT_KINDS) * len(EXPORT_FORMATS)


def test_translating_with_an_installed_opus_mt_model_makes_no_connection(
    tmp_path: Path, opus_models: OpusSet, argos_packages_dir: Path
) -> None:
    arabic = write_article(tmp_path, ".txt")
    with offline():
        for from_code, to_code in (("ar", "en"), ("en", "ar")):
            engine = TranslationEngine.for_pair(
                from_code,
                to_code,
                pack_dirs=[argos_packages_dir],
                models_dir=opus_models.models_dir,
            )
            assert getattr(engine.model, "kind", "") == "opus-mt"  # the best model was chosen
            document = (
                open_document(arabic)
                if from_code == "ar"
                else document_from_text("Pasted text. It is English, not Arabic.")
            )
            translated = translate_document(document, engine)
            assert sorted(translated) == [s.id for s in document.sentences()]
