"""The GUI tests run as the app does: with PySide6's source scan of imported modules skipped
(`desktop/app.py` calls this before the GUI is imported)."""

from __future__ import annotations

from desktop.gui.feature_scan import skip_feature_scan

skip_feature_scan()
