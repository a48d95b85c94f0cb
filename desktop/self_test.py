"""A smoke test of an installed (usually frozen) Nashra: does every part start and run?

`nashra --self-test` and `nashra-cli self-test` run the same checks: Qt starts (offscreen), the
bundled sample article loads, a language pack translates it (a bundled or installed one, or the
`.argosmodel` file or pack folder given), a summary is made and exports are written to a temporary
folder. Each check prints one line; a failure prints its reason and the run exits 1. A packaged
build that is missing a data file or a hidden import fails here rather than on a user's machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from desktop.core import paths
from desktop.core.document import Document

EXIT_PASSED = 0
EXIT_FAILED = 1


class SkipCheck(Exception):
    """A check that cannot run here (e.g. no language pack), without being a failure."""


@dataclass
class SelfTest:
    """The checks' shared state: the document, its translation and summary, the work folder."""

    work_dir: Path
    pack: Path | None = None
    require_pack: bool = False
    debug: bool = False
    document: Document | None = None
    translations: dict[int, str] = field(default_factory=dict)
    summary_ids: list[int] = field(default_factory=list)

    def check_qt(self) -> str:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless, whatever the desktop says
        from PySide6.QtWidgets import QApplication, QLabel

        from desktop.gui.application import setup_application
        from desktop.gui.i18n import install_translations
        from desktop.gui.main_window import MainWindow
        from desktop.gui.settings import Settings

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(["nashra"])
        settings = Settings()
        language = setup_application(app, settings)
        # The Arabic interface needs its compiled .qm in the bundle (no lrelease there).
        arabic = install_translations(app, "ar")
        install_translations(app, language)
        if arabic != "ar":
            raise AssertionError("the Arabic interface translation could not be loaded")
        label = QLabel("نشرة")
        label.adjustSize()
        window = MainWindow(settings)
        app.processEvents()
        window.close()
        window.deleteLater()
        label.deleteLater()
        app.processEvents()
        return f"{app.platformName()} platform, interface {language}, Arabic interface loads"

    def check_document(self) -> str:
        from desktop.core.pipeline import open_document

        sample = paths.sample_article()
        self.document = open_document(sample)
        sentences = list(self.document.sentences())
        if not sentences:
            raise AssertionError(f"{sample.name}: no sentences")
        return (
            f"{sample.name}: {len(self.document.paragraphs)} paragraphs, {len(sentences)} sentences"
        )

    def check_translation(self) -> str:
        from desktop.core.translation.document_translation import translate_document
        from desktop.core.translation.engine_pool import EnginePool
        from desktop.core.translation.errors import MissingPackError

        document = self._document()
        pack_dirs = None if self.pack is None else [self._pack_folder(self.pack)]
        try:
            engine = EnginePool(use_cache=False).engine_for_document(document, pack_dirs=pack_dirs)
        except MissingPackError as error:
            if self.require_pack or self.pack is not None:
                raise
            raise SkipCheck("no pack") from error
        results = translate_document(document, engine)
        missing = [s.id for s in document.sentences() if s.id not in results]
        if missing:
            raise AssertionError(f"{len(missing)} sentences were not translated")
        self.translations = {sentence_id: r.text for sentence_id, r in results.items()}
        return f"{engine.from_code}->{engine.to_code}: {len(results)} sentences"

    def check_summary(self) -> str:
        from desktop.core.summary import SummaryLength, summarize

        summary = summarize(self._document(), SummaryLength.ratio(1 / 3))
        if not summary.ids:
            raise AssertionError("the summary is empty")
        self.summary_ids = list(summary.ids)
        return f"{summary.method}: {len(summary.ids)} sentences"

    def check_export(self) -> str:
        from desktop.core.export import export_document

        document = self._document()
        kind = "bilingual" if self.translations else "original"
        written = []
        for fmt in ("txt", "md", "html", "docx", "pdf"):
            path = export_document(
                document,
                self.work_dir / f"export.{fmt}",
                what=kind,
                to=fmt,
                translations=self.translations or None,
            )
            written.append(path)
        export_document(
            document,
            self.work_dir / "summary.md",
            what="summary",
            to="md",
            summary_ids=self.summary_ids,
        )
        sizes = ", ".join(f"{path.suffix[1:]} {path.stat().st_size} B" for path in written)
        return f"{kind}: {sizes}"

    def check_formats(self) -> str:
        """Read the exports back: HTML goes through trafilatura, DOCX through python-docx, and
        the PDF (shaped by HarfBuzz in the bundled fonts) through pdfminer, word for word."""
        from desktop.core.pipeline import open_document

        read = []
        for name in ("export.html", "export.docx", "export.md", "export.pdf"):
            path = self.work_dir / name
            if not path.is_file():
                raise SkipCheck("no exports")
            document = open_document(path)
            if not list(document.sentences()):
                raise AssertionError(f"{name}: no sentences read back")
            read.append(f"{document.format} {len(list(document.sentences()))}")
        text = " ".join(
            sentence.text for sentence in open_document(self.work_dir / "export.pdf").sentences()
        )
        lost = [s.text for s in self._document().sentences() if s.text not in text]
        if lost:
            raise AssertionError(
                f"export.pdf: {len(lost)} sentences not read back, e.g. {lost[0]!r}"
            )
        return "read back " + ", ".join(read) + " sentences"

    def _document(self) -> Document:
        if self.document is None:
            raise SkipCheck("no document")
        return self.document

    def _pack_folder(self, pack: Path) -> Path:
        """A folder of packs holding `pack`: its parent for a pack folder, an unzip for a file."""
        if pack.is_dir():
            return pack.parent if (pack / "metadata.json").is_file() else pack
        if not pack.is_file():
            raise FileNotFoundError(f"{pack}: no such file or folder")
        target = self.work_dir / "packs"
        with zipfile.ZipFile(pack) as archive:
            archive.extractall(target)
        return target


def run_self_test(
    out: TextIO,
    *,
    pack: str | os.PathLike[str] | None = None,
    require_pack: bool = False,
    debug: bool = False,
) -> int:
    """Run every check, print one line each, and return 0 if none failed (1 otherwise)."""
    failures = 0
    with tempfile.TemporaryDirectory(prefix="nashra-self-test-") as work:
        work_dir = Path(work)
        # Settings, cache and logs of the test stay out of the user's folders.
        paths.set_base_dir(work_dir / "home")
        test = SelfTest(
            work_dir=work_dir,
            pack=Path(pack) if pack is not None else None,
            require_pack=require_pack,
            debug=debug,
        )
        checks: list[tuple[str, Callable[[], str]]] = [
            ("qt", test.check_qt),
            ("document", test.check_document),
            ("translation", test.check_translation),
            ("summary", test.check_summary),
            ("export", test.check_export),
            ("formats", test.check_formats),
        ]
        try:
            for name, check in checks:
                try:
                    detail = check()
                except SkipCheck as skip:
                    print(f"{name}: skipped: {skip}", file=out, flush=True)
                except Exception as error:
                    failures += 1
                    print(f"{name}: FAILED: {type(error).__name__}: {error}", file=out, flush=True)
                    if debug:
                        traceback.print_exc(file=out)
                else:
                    print(f"{name}: ok ({detail})", file=out, flush=True)
        finally:
            paths.set_base_dir(None)
    verdict = "passed" if failures == 0 else f"FAILED ({failures} checks)"
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"self-test {verdict} ({frozen}, {sys.platform})", file=out, flush=True)
    return EXIT_PASSED if failures == 0 else EXIT_FAILED
